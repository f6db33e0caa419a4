#!/usr/bin/env bash
# check_mime.sh SALESPLAN.XML: the MIME type is well-formed and update-mime-database, which builds
# the database desktops look files up in, takes it: *.salesplan maps to application/x-salesplan
# (glob weight 80) and its magic is SQLite's header with the plan's application id.
set -euo pipefail
xml="$1"
xmllint --noout "$xml"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/mime/packages"
cp "$xml" "$scratch/mime/packages/"
XDG_DATA_HOME="$scratch" update-mime-database "$scratch/mime" 2>"$scratch/errors"
if [ -s "$scratch/errors" ]; then
    cat "$scratch/errors" >&2
    exit 1
fi
grep -qx '80:application/x-salesplan:\*.salesplan' "$scratch/mime/globs2" ||
    { echo "no *.salesplan glob in globs2" >&2; exit 1; }
grep -aq 'application/x-salesplan' "$scratch/mime/magic" ||
    { echo "no magic for application/x-salesplan" >&2; exit 1; }
grep -aq 'SPLN' "$scratch/mime/magic" ||
    { echo "the magic does not check the application id" >&2; exit 1; }
