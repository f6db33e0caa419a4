#!/bin/bash
# A developer tool for Linux, not part of SalesPlan nor of its test suite: the team server's walk
# of issue #21 — a director and two unit managers go through allocate → write → publish →
# consolidate → present — saved as PNG and text files to look at.
#
#   tools/team-walk.sh OUTDIR [--lang en|zh_CN|zh_TW]
#
# It starts a throw-away PostgreSQL cluster (tests/server/pgcluster.sh, stopped on exit), sets the
# team up from the language's team sample (resources/samples/team/LANG; zh_TW uses zh_CN's): a
# director and managers for the sample's first two units. The command line does what a script
# would (server setup, the allocation, consolidate, export); the window's steps are the hidden
# [.walk] test cases of test_teamserver_ui (tests/ui/test_teamwalk.cpp), which sign in through the
# connection dialog and save what they show. Passwords go by PGPASSWORD or standard input, never
# in an address. Build first: cmake --build build/test --target salesplan test_teamserver_ui
# (another build folder: SALESPLAN_BUILD=DIR).
set -euo pipefail

usage() {
    echo "usage: tools/team-walk.sh OUTDIR [--lang en|zh_CN|zh_TW]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
out=$1
shift
lang=en
while [ $# -gt 0 ]; do
    case $1 in
    --lang) lang=${2:?--lang needs a language}; shift 2 ;;
    *) usage ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SALESPLAN_BUILD:-$root/build/test}
app=$build/app/salesplan
walk_test=$build/tests/ui/test_teamserver_ui
for program in "$app" "$walk_test"; do
    [ -x "$program" ] || { echo "team-walk.sh: no $program: build salesplan and test_teamserver_ui" >&2; exit 1; }
done
sample=$root/resources/samples/team/$lang
[ -d "$sample" ] || sample=$root/resources/samples/team/zh_CN
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
export PG_BIN
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/salesplan-walk.XXXXXX")
cleanup() {
    "$root/tests/server/pgcluster.sh" stop "$work/cluster" || true
    rm -rf "$work"
}
trap cleanup EXIT
"$root/tests/server/pgcluster.sh" start "$work/cluster"

admin_url=$(cat "$work/cluster/url")
admin_password=$(cat "$work/cluster/admin-password")
# The address of the same database for another role.
url_of() { echo "$admin_url" | sed "s|//salesplan_admin@|//$1@|"; }
new_password() { od -An -N12 -tx1 /dev/urandom | tr -d ' \n'; }

salesplan() { "$app" "$@"; }
say() { printf '\n== %s\n' "$*"; }

# The sample's units: "NAME<TAB>FILE<TAB>ALLOCATION" for the first two.
units=$(/usr/bin/python3 - "$sample/team.json" <<'EOF'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))["plan"]
for unit in plan["units"][:2]:
    print("%s\t%s\t%s" % (unit["name"], unit["path"], unit["allocation"]))
EOF
)
IFS=$'\t' read -r unit1 file1 allocation1 <<<"$(sed -n 1p <<<"$units")"
IFS=$'\t' read -r unit2 file2 allocation2 <<<"$(sed -n 2p <<<"$units")"
manager1=walk_$(basename "$file1" .json)
manager2=walk_$(basename "$file2" .json)
director=walk_director
declare -A password=([$director]=$(new_password) [$manager1]=$(new_password)
    [$manager2]=$(new_password))

# A team plan in JSON with some units' allocations changed: reallocate IN OUT UNIT=AMOUNT…
reallocate() {
    /usr/bin/python3 - "$@" <<'EOF'
import json, sys
source, target, *allocations = sys.argv[1:]
document = json.load(open(source, encoding="utf-8"))
for assignment in allocations:
    name, amount = assignment.split("=", 1)
    for unit in document["plan"]["units"]:
        if unit["name"] == name:
            unit["allocation"] = amount
json.dump(document, open(target, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
}

# One window step of the walk as ROLE (a hidden [.walk] test case), its PNG files named NAME-….
# walk_step ROLE UNIT PLAN NAME "TEST CASE" [VAR=VALUE…]
walk_step() {
    local role=$1 unit=$2 plan=$3 name=$4 case=$5
    shift 5
    env WALK_URL="$(url_of "$role")" WALK_USER="$role" WALK_UNIT="$unit" WALK_PLAN="$plan" \
        WALK_OUT="$out" WALK_NAME="$name" WALK_LANG="$lang" WALK_SETTINGS="$work/settings/$role" \
        PGPASSWORD="${password[$role]}" "$@" "$walk_test" "$case" >"$work/step-$name.log" 2>&1 ||
        { cat "$work/step-$name.log" >&2; echo "team-walk.sh: step $name failed" >&2; exit 1; }
    grep '\.png$' "$work/step-$name.log" || true
}

say "The team server: a database, a director and two unit managers"
{
    printf '%s\n' "$admin_password" | salesplan server init "$admin_url" --password-stdin --lang "$lang"
    printf '%s\n%s\n' "$admin_password" "${password[$director]}" |
        salesplan server add-director "$admin_url" --director "$director" --password-stdin --lang "$lang"
    printf '%s\n%s\n' "$admin_password" "${password[$manager1]}" |
        salesplan server add-unit "$admin_url" --unit "$unit1" --manager "$manager1" --password-stdin --lang "$lang"
    printf '%s\n%s\n' "$admin_password" "${password[$manager2]}" |
        salesplan server add-unit "$admin_url" --unit "$unit2" --manager "$manager2" --password-stdin --lang "$lang"
} | tee "$out/00-server-setup.txt"

say "The director allocates: the team plan's Units tab, the allocation published"
mkdir -p "$work/director" "$work/$manager1" "$work/$manager2"
cp -r "$sample/units" "$work/director/units"
salesplan import "$sample/team.json" --to "$work/director/team.salesplan"
walk_step "$director" "" "$work/director/team.salesplan" 01-director "Walk: the plan's Targets ▸ Units tab"
# A team plan is published as the allocation: File ▸ Publish to Team Server asks for no unit.
walk_step "$director" "" "$work/director/team.salesplan" 02-director-publish \
    "Walk: File ▸ Publish to Team Server" WALK_EXPECT=published
PGPASSWORD=${password[$director]} salesplan server units "$(url_of "$director")" --lang "$lang" |
    tee "$out/02-director-allocation.txt"

say "The managers open the team server before they write"
salesplan import "$sample/$file1" --to "$work/$manager1/unit.salesplan"
salesplan import "$sample/$file2" --to "$work/$manager2/unit.salesplan"
walk_step "$manager2" "$unit2" "$work/$manager2/unit.salesplan" 03-manager2-open "Walk: File ▸ Open from Team Server"
walk_step "$manager1" "$unit1" "$work/$manager1/unit.salesplan" 04-manager1-open "Walk: File ▸ Open from Team Server"

say "$unit1's manager brings the target to the allocation and publishes"
walk_step "$manager1" "$unit1" "$work/$manager1/unit.salesplan" 05-manager1-publish \
    "Walk: File ▸ Publish to Team Server" WALK_TARGET="${allocation1%.*}" WALK_EXPECT=published

say "The director moves 10 % of $unit2's allocation to $unit1: allocation version 2"
read -r new1 new2 < <(/usr/bin/python3 -c "
a1, a2 = float('$allocation1'), float('$allocation2')
print('%.2f %.2f' % (a1 + round(a2 * 0.1), a2 - round(a2 * 0.1)))")
salesplan export "$work/director/team.salesplan" --json "$work/director/team.json"
reallocate "$work/director/team.json" "$work/director/team-2.json" "$unit1=$new1" "$unit2=$new2"
salesplan import "$work/director/team-2.json" --to "$work/director/team-2.salesplan"
PGPASSWORD=${password[$director]} salesplan publish "$work/director/team-2.salesplan" \
    --server "$(url_of "$director")" --allocation --lang "$lang" | tee "$out/06-director-allocation-2.txt"

say "$unit2's manager publishes on the allocation read before: refused"
walk_step "$manager2" "$unit2" "$work/$manager2/unit.salesplan" 07-manager2-stale \
    "Walk: File ▸ Publish to Team Server" WALK_EXPECT=refused
say "$unit2's manager fetches the new allocation, meets it and publishes"
PGPASSWORD=${password[$manager2]} salesplan fetch "$work/$manager2/unit.salesplan" \
    --server "$(url_of "$manager2")" --unit "$unit2" --lang "$lang" | tee "$out/08-manager2-fetch.txt"
walk_step "$manager2" "$unit2" "$work/$manager2/unit.salesplan" 08-manager2-open "Walk: File ▸ Open from Team Server"
walk_step "$manager2" "$unit2" "$work/$manager2/unit.salesplan" 09-manager2-publish \
    "Walk: File ▸ Publish to Team Server" WALK_TARGET="${new2%.*}" WALK_EXPECT=published

say "The director consolidates"
walk_step "$director" "" "" 10-director-open "Walk: File ▸ Open from Team Server"
# What a manager reads of the same: every unit's published figures, not their plans.
walk_step "$manager1" "$unit1" "$work/$manager1/unit.salesplan" 11-manager1-open "Walk: File ▸ Open from Team Server"
# consolidate ROLE FILE: exits 1 when the consolidation has errors (a unit published nothing).
consolidate() {
    local status=0
    PGPASSWORD=${password[$1]} salesplan consolidate --server "$(url_of "$1")" --lang "$lang" \
        >"$2" || status=$?
    [ "$status" -le 1 ] || { echo "team-walk.sh: consolidate as $1 failed" >&2; exit 1; }
}
consolidate "$director" "$out/12-consolidate.txt"
consolidate "$manager1" "$out/12-consolidate-manager1.txt"
cat "$out/12-consolidate.txt"

say "Present: the team plan's deck and its report's Team consolidation"
# Over the units as the server has them (--server), not the director's own copies of their files.
PGPASSWORD=${password[$director]} salesplan export "$work/director/team-2.salesplan" \
    --deck "$out/13-deck.pdf" --server "$(url_of "$director")" --lang "$lang"
pdftoppm -png -r 50 "$out/13-deck.pdf" "$out/13-deck"
PGPASSWORD=${password[$director]} salesplan export "$work/director/team-2.salesplan" \
    --pdf "$work/report.pdf" --server "$(url_of "$director")" --lang "$lang"
case $lang in
zh_CN) title=团队汇总 ;;
zh_TW) title=團隊彙總 ;;
*) title="Team consolidation" ;;
esac
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "$pages"); do
    text=$(pdftotext -f "$page" -l "$page" -layout "$work/report.pdf" - 2>/dev/null)
    # The section's first page (not the contents' line about it) and the one after it.
    if grep -q "$title" <<<"$text" && ! grep -qE '^\s*(Contents|目录|目錄)\s*$' <<<"$text"; then
        pdftoppm -png -r 80 -f "$page" -l "$((page < pages ? page + 1 : page))" "$work/report.pdf" \
            "$out/14-report-consolidation"
        break
    fi
done
cp "$work/report.pdf" "$out/14-report.pdf"
ls "$out"
