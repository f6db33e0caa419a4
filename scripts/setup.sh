# Shared set-up of scripts/run and scripts/test: the one list of Debian packages SalesPlan needs,
# installed when any is missing, and the CMake configure + build step. Sourced, not run.

SALESPLAN_PACKAGES=(
    # toolchain (ccache makes rebuilds cheap)
    cmake g++ ninja-build pkg-config ccache
    # Qt 6 (qt6-charts-dev's CMake config needs libqt6opengl6-dev)
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # ICU's Chinese calendar, for the lunar dates of the public holidays; libical for .ics files
    libicu-dev libical-dev
    # SQLite's C API, for the raw-commit floor in the store benchmark
    libsqlite3-dev
    # zlib's minizip unzips the .xlsx workbooks history is imported from
    libminizip-dev
    # tests (Debian's python3 with openpyxl writes the workbooks the .xlsx import is tested with
    # and reads back the ones the export writes)
    python3-openpyxl
    catch2 xvfb xauth poppler-utils
    # Latin (Noto Sans) and Chinese text on screen and in the PDF, the same on every machine;
    # emoji drawn in one colour in the PDF
    fonts-noto-core fonts-noto-cjk fonts-symbola
    # the PDFs' bookmarks, links and properties, which QPdfWriter cannot write
    libqpdf-dev
    # the .xlsx workbook export (openpyxl, above, reads it back in the tests; the workbook
    # benchmark compares with LibreOffice Calc when libreoffice-calc-nogui is installed)
    libxlsxwriter-dev
    # the desktop integration's tests: desktop-file-validate, appstreamcli validate, xmllint and
    # update-mime-database (shared-mime-info) check the .desktop, metainfo and MIME files
    desktop-file-utils appstream libxml2-utils shared-mime-info
    # Qt's icns plugin reads back the macOS icon the build writes (the icon test)
    qt6-image-formats-plugins
    # the .deb (scripts/package, CPack): dpkg-shlibdeps (dpkg-dev) and `file` find the packages
    # of the libraries the executable links
    dpkg-dev file
    # the team server: Qt's PostgreSQL driver (QPSQL); PostgreSQL 15 itself, whose initdb and
    # pg_ctl (/usr/lib/postgresql/15/bin) start the throw-away cluster of the server tests and
    # whose psql checks the roles' access without SalesPlan; QtKeychain keeps the server's
    # password in the system's keychain (GNOME Keyring, KWallet, macOS Keychain, Windows)
    libqt6sql6-psql postgresql-15 postgresql-client-15 qtkeychain-qt6-dev
    # libpq (the library QPSQL speaks through): a new role's password goes to the server as the
    # SCRAM-SHA-256 verifier libpq computes here, as psql's \password does, never as clear text
    libpq-dev
)

salesplan_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# salesplan_missing_packages [EXTRA PACKAGE...]: the packages of the list (and the extra ones)
# that are not installed.
salesplan_missing_packages() {
    local package
    for package in "${SALESPLAN_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            echo "$package"
        fi
    done
}

# salesplan_install_packages [EXTRA PACKAGE...]: installs what is missing of the list and of the
# extra packages a script needs beyond it (scripts/fuzz: clang and its libFuzzer).
salesplan_install_packages() {
    local missing
    missing=$(salesplan_missing_packages "$@")
    if [ -z "$missing" ]; then
        echo "setup: all $(echo "${SALESPLAN_PACKAGES[@]}" "$@" | wc -w) Debian packages are installed"
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "setup: installing" $missing
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}

# salesplan_build BUILD_DIR BUILD_TYPE [extra cmake arguments...]
salesplan_build() {
    local build_dir="$1" build_type="$2"
    shift 2
    cmake -S "$salesplan_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}
