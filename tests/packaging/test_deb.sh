#!/usr/bin/env bash
# test_deb.sh BUILD_DIR SAMPLE_JSON VERSION: builds the .deb from BUILD_DIR as scripts/package does,
# unpacks it into a scratch root (dpkg-deb -x, as dpkg would install it) and runs the unpacked
# salesplan: --version, then an import and a Chinese PDF export. Checks the package holds the
# product and the desktop files and nothing else, and that dpkg-shlibdeps found its libraries.
set -euo pipefail
build_dir="$1"
sample="$2"
expected_version="$3"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "test_deb: $*" >&2; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$scratch/out" -maxdepth 1 -name 'salesplan_*.deb')
[ -n "$deb" ] || fail "no salesplan_*.deb in the cpack output"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q 'libqt6widgets6' <<<"$depends" || fail "Depends lacks libqt6widgets6: dpkg-shlibdeps did not run"
grep -q 'libqt6sql6-sqlite' <<<"$depends" || fail "Depends lacks the SQLite driver"
grep -q 'libpq5' <<<"$depends" || fail "Depends lacks libpq5 (the team server's passwords)"
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
grep -q 'libqt6sql6-psql' <<<"$recommends" || fail "Recommends lacks the PostgreSQL driver of the team server"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$scratch/files"
cat >"$scratch/expected" <<LIST
/usr/bin/salesplan
/usr/share/applications/io.github.salesplan.SalesPlan.desktop
/usr/share/icons/hicolor/128x128/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/16x16/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/24x24/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/256x256/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/32x32/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/48x48/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/64x64/apps/io.github.salesplan.SalesPlan.png
/usr/share/icons/hicolor/scalable/apps/io.github.salesplan.SalesPlan.svg
/usr/share/metainfo/io.github.salesplan.SalesPlan.metainfo.xml
/usr/share/mime/packages/salesplan.xml
LIST
sort -o "$scratch/expected" "$scratch/expected"
diff -u "$scratch/expected" "$scratch/files" || fail "the package holds other files than the product's"

dpkg-deb -x "$deb" "$scratch/root"
salesplan="$scratch/root/usr/bin/salesplan"
version=$("$salesplan" --version)
echo "--version: $version"
grep -qF "$expected_version" <<<"$version" || fail "--version does not say $expected_version"

export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -m 700 "$scratch/runtime"
"$salesplan" import "$sample" --to "$scratch/plan.salesplan" || fail "import failed"
"$salesplan" export "$scratch/plan.salesplan" --pdf "$scratch/plan.pdf" --lang zh_CN ||
    fail "export failed"
pdftotext "$scratch/plan.pdf" "$scratch/plan.txt"
grep -q '年度销售计划' "$scratch/plan.txt" || fail "the PDF has no Chinese title"
echo "export: $(pdfinfo "$scratch/plan.pdf" | grep Pages)"
