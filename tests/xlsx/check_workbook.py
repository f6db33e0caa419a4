#!/usr/bin/python3
"""Reads the workbook `salesplan export PLAN --xlsx` writes with openpyxl, an independent reader,
and compares every figure and formula with `salesplan summary PLAN --json`.

usage: check_workbook.py SALESPLAN PLAN LANGUAGE TRANSLATIONS_DIR [--self-test]
                         [--no-collections]

Exit 0 when the workbook holds the plan's figures to the cent, every total is a SUM formula over
the right cells whose stored value is that sum, the sheets carry the translated names, their
headers are frozen and the title and author are set. --self-test also changes one figure of the
workbook read back and requires the check to find it, so the check is known to fail when a
figure is wrong. --no-collections exports the plan (a JSON plan) with its collection terms
cleared: the workbook then has no Collections sheet.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils import get_column_letter

SHEETS = ["Summary", "Months and quarters", "Regions", "Product lines", "Team quotas",
          "Funnel and capacity", "Activity targets", "Collections", "Budget", "Initiatives", "KPIs"]


def translations(directory, language):
    """The finished translations of the context PlanWorkbook for LANGUAGE, by source text."""
    path = os.path.join(directory, "salesplan_%s.ts" % language)
    if language == "en" or not os.path.exists(path):
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != "PlanWorkbook":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[message.findtext("source")] = translation.text
    return found


def cents(value):
    """A cell's number or a JSON decimal string as whole cents."""
    amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    return int((amount * 100).to_integral_value(ROUND_HALF_UP))


class Check:
    def __init__(self):
        self.problems = []

    def equal(self, what, found, expected):
        if found != expected:
            self.problems.append("%s: found %r, expected %r" % (what, found, expected))

    def money(self, what, cell, expected):
        if not isinstance(cell, (int, float)):
            self.problems.append("%s: %r is not a number" % (what, cell))
        else:
            self.equal(what, cents(cell), cents(expected))

    def sum_formula(self, what, formulas, values, cell, cells):
        """`cell` holds =SUM(cells) and its stored value is the sum of the cells' values."""
        self.equal(what + " formula", formulas[cell].value, "=SUM(%s)" % cells)
        first, last = cells.split(":")
        total = sum(cents(c.value) for row in values[first:last] for c in row
                    if isinstance(c.value, (int, float)))
        stored = values[cell].value
        if not isinstance(stored, (int, float)):
            self.problems.append("%s: no value stored with the formula" % what)
        else:
            self.equal(what + " stored value", cents(stored), total)


def month_table(check, name, formulas, values, items, first_month_column):
    """A split by month: each item's months, its SUM total, and the total row's SUMs."""
    rows = {values.cell(row, 1).value: row for row in range(2, values.max_row + 1)}
    first = get_column_letter(first_month_column)
    last = get_column_letter(first_month_column + 11)
    total_column = get_column_letter(first_month_column + 12)
    for item in items:
        row = rows.get(item["name"])
        if row is None:
            check.problems.append("%s: no row for %s" % (name, item["name"]))
            continue
        for month, amount in enumerate(item["months"]):
            cell = values.cell(row, first_month_column + month)
            check.money("%s %s month %d" % (name, item["name"], month + 1), cell.value, amount)
        total = "%s%d" % (total_column, row)
        check.sum_formula("%s %s total" % (name, item["name"]), formulas, values, total,
                          "%s%d:%s%d" % (first, row, last, row))
        check.money("%s %s annual" % (name, item["name"]), values[total].value, item["annual"])
    total_row = len(items) + 2
    for column in range(first_month_column, first_month_column + 13):
        letter = get_column_letter(column)
        check.sum_formula("%s total row, column %s" % (name, letter), formulas, values,
                          "%s%d" % (letter, total_row), "%s2:%s%d" % (letter, letter, total_row - 1))


def check_months(check, formulas, values, decomposition):
    for month, amount in enumerate(decomposition["months"]):
        check.money("month %d" % (month + 1), values.cell(month + 2, 2).value, amount)
    check.sum_formula("the year", formulas, values, "B14", "B2:B13")
    check.money("the year", values["B14"].value, decomposition["annual"])
    for quarter, amount in enumerate(decomposition["quarters"]):
        cell = "F%d" % (quarter + 2)
        check.sum_formula("quarter %d" % (quarter + 1), formulas, values, cell,
                          "B%d:B%d" % (quarter * 3 + 2, quarter * 3 + 4))
        check.money("quarter %d" % (quarter + 1), values[cell].value, amount)
    check.sum_formula("the quarters' year", formulas, values, "F6", "F2:F5")


def check_collections(check, formulas, values, collections):
    for month in range(12):
        check.money("collected in month %d" % (month + 1), values.cell(month + 2, 3).value,
                    collections["months"][month])
        check.money("from last year in month %d" % (month + 1), values.cell(month + 2, 4).value,
                    collections["fromOpeningReceivable"][month])
    for letter in "BCD":
        check.sum_formula("collections total " + letter, formulas, values, letter + "14",
                          "%s2:%s13" % (letter, letter))
    check.money("opening receivable", values["C16"].value, collections["openingReceivable"])
    check.money("closing receivable", values["C17"].value, collections["closingReceivable"])


BUDGET_KEYS = ["headcount", "commission", "marketing", "events", "travel", "tools",
               "initiatives", "other"]


def check_budget(check, formulas, values, budget):
    """Each month and category as `summary --json` has them; every total a SUM equal to it."""
    for month, parts in enumerate(budget["months"]):
        row = month + 2
        for column, key in enumerate(BUDGET_KEYS, 2):
            check.money("budget month %d %s" % (month + 1, key), values.cell(row, column).value,
                        parts[key])
        check.sum_formula("budget month %d total" % (month + 1), formulas, values, "J%d" % row,
                          "B%d:I%d" % (row, row))
        check.money("budget month %d total" % (month + 1), values.cell(row, 10).value,
                    parts["total"])
    for column, key in enumerate(BUDGET_KEYS + ["total"], 2):
        letter = get_column_letter(column)
        check.sum_formula("budget year " + key, formulas, values, letter + "14",
                          "%s2:%s13" % (letter, letter))
        check.money("budget year " + key, values.cell(14, column).value, budget["year"][key])
    check.money("budget total", values["J14"].value, budget["total"])
    for quarter, parts in enumerate(budget["quarters"]):
        cell = "J%d" % (16 + quarter)
        check.sum_formula("budget quarter %d" % (quarter + 1), formulas, values, cell,
                          "J%d:J%d" % (quarter * 3 + 2, quarter * 3 + 4))
        check.money("budget quarter %d" % (quarter + 1), values[cell].value, parts["total"])


ACTIVITY_KEYS = ["deals", "proposals", "qualified", "leads", "calls"]


def excel_day(check, what, cell, expected):
    """`cell` is an Excel date (a number shown as a date) on the ISO day `expected`, or empty."""
    if expected is None:
        check.equal(what, cell.value, None)
    elif not isinstance(cell.value, datetime.datetime):
        check.problems.append("%s: %r is not a date" % (what, cell.value))
    else:
        check.equal(what, cell.value.date().isoformat(), expected)
        check.equal(what + " format", cell.number_format, "yyyy-mm-dd")


def check_initiatives(check, formulas, values, initiatives, milestones, money_format):
    """One row per initiative: name, goal, owner, start, due, budget, serves, KPI, status, notes,
    spent; a SUM of the budgets and the spends below; then the milestones by initiative name."""
    for row, initiative in enumerate(initiatives, 2):
        what = "initiative " + initiative["name"]
        check.equal(what, values.cell(row, 1).value, initiative["name"])
        check.equal(what + " owner", values.cell(row, 3).value, initiative["owner"] or None)
        excel_day(check, what + " start", values.cell(row, 4), initiative["start"])
        excel_day(check, what + " due", values.cell(row, 5), initiative["due"])
        check.money(what + " budget", values.cell(row, 6).value, initiative["budget"])
        check.equal(what + " budget format", values.cell(row, 6).number_format, money_format)
        if not values.cell(row, 9).value:
            check.problems.append(what + ": no status")
        check.money(what + " spent", values.cell(row, 11).value, initiative["spent"])
    total = len(initiatives) + 2
    for letter, key in (("F", "budget"), ("K", "spent")):
        cell = "%s%d" % (letter, total)
        check.sum_formula("initiatives' " + key, formulas, values, cell,
                          "%s2:%s%d" % (letter, letter, total - 1))
    names = {i["id"]: i["name"] for i in initiatives}
    first = total + 3  # the milestones' header is one row below a blank row
    for row, milestone in enumerate(milestones, first):
        what = "milestone " + milestone["name"]
        check.equal(what + " initiative", values.cell(row, 1).value, names[milestone["initiative"]])
        check.equal(what, values.cell(row, 2).value, milestone["name"])
        excel_day(check, what + " date", values.cell(row, 3), milestone["date"])
    check.equal("rows of the Initiatives sheet", values.max_row, first + len(milestones) - 1)


def check_activity(check, formulas, values, members, team, q2):
    """Each person's year and Q2 as `summary --json` has them; the team row SUMs the people."""
    team_row = len(members) + 2
    for row, member in enumerate(members, 2):
        year = member["activity"]["year"]
        check.equal("activity row %d" % row, values.cell(row, 1).value, member["name"])
        check.money("%s quota" % member["name"], values.cell(row, 2).value, year["quota"])
        for column, key in enumerate(ACTIVITY_KEYS, 3):
            check.equal("%s %s" % (member["name"], key), values.cell(row, column).value, year[key])
    for column in range(2, 8):
        letter = get_column_letter(column)
        check.sum_formula("activity team column " + letter, formulas, values,
                          "%s%d" % (letter, team_row), "%s2:%s%d" % (letter, letter, team_row - 1))
    for column, key in enumerate(ACTIVITY_KEYS, 3):
        check.equal("team " + key, values.cell(team_row, column).value, team["year"][key])
    quarters_header = team_row + 2
    for index, member in enumerate(members):
        row = quarters_header + 1 + 4 * index + 1  # the member's Q2
        check.equal("Q2 row of %s" % member["name"],
                    (values.cell(row, 1).value, values.cell(row, 2).value), (member["name"], q2))
        check.equal("%s Q2 deals" % member["name"], values.cell(row, 4).value,
                    member["activity"]["quarters"][1]["deals"])


def summary_figure(values, label):
    for row in range(1, values.max_row + 1):
        if values.cell(row, 1).value == label:
            return values.cell(row, 2).value
    return None


def check_workbook(formulas, values, summary, plan, names, wan_yi):
    check = Check()
    decomposition = summary["decomposition"]
    # The splits in the order of the plan: regions, product lines, team members (named in the
    # export's language).
    regions, products, members = [d["items"] for d in decomposition["dimensions"]]
    has_budget = "error" not in summary["budget"]
    has_initiatives = bool(plan.get("initiatives"))
    expected = [names[n] for n in SHEETS
                if (n != "Collections" or "collections" in summary) and (n != "Budget" or has_budget)
                and (n != "Initiatives" or has_initiatives)]
    check.equal("sheet names", formulas.sheetnames, expected)
    if check.problems:
        return check.problems
    for sheet in formulas.worksheets:
        if not sheet.freeze_panes:
            check.problems.append("%s: no frozen header" % sheet.title)
    check.equal("title", formulas.properties.title, summary["plan"])
    if not formulas.properties.creator:
        check.problems.append("the workbook has no author")

    def sheet(name):
        return formulas[names[name]], values[names[name]]

    f, v = sheet("Summary")
    check.money("annual target", summary_figure(v, names["Annual target"]), summary["annualTarget"])
    check.money("stretch tier", summary_figure(v, names["Stretch tier"]), summary["tiers"]["stretch"])
    check.money("challenge tier", summary_figure(v, names["Challenge tier"]),
                summary["tiers"]["challenge"])
    check.equal("won deals", summary_figure(v, names["Won deals needed"]), summary["funnel"]["deals"])
    money_format = v["B5"].number_format
    check.equal("money in 万/亿", "万" in money_format or "萬" in money_format, wan_yi)
    check_months(check, *sheet("Months and quarters"), decomposition)
    month_table(check, "regions", *sheet("Regions"), regions, 2)
    month_table(check, "product lines", *sheet("Product lines"), products, 2)
    month_table(check, "team", *sheet("Team quotas"), members, 5)
    f, v = sheet("Funnel and capacity")
    funnel = summary["funnel"]
    for row, key in enumerate(["calls", "leads", "qualifiedLeads", "proposals", "deals"], 2):
        check.equal("funnel " + key, v.cell(row, 2).value, funnel[key])
    check_activity(check, *sheet("Activity targets"), summary["members"], summary["teamActivity"],
                   names["Q%1"].replace("%1", "2"))
    if "collections" in summary:
        check_collections(check, *sheet("Collections"), summary["collections"])
    if has_budget:
        check_budget(check, *sheet("Budget"), summary["budget"])
    if has_initiatives:
        # The summary's initiatives in the plan's order, with the ids the milestones name.
        initiatives = [dict(s, id=p["id"]) for s, p in zip(summary["initiatives"],
                                                           plan["initiatives"])]
        check_initiatives(check, *sheet("Initiatives"), initiatives, plan.get("milestones", []),
                          money_format)
    return check.problems


def without_collections(plan, scratch):
    """A copy of the JSON plan in `scratch` whose collections are not planned."""
    with open(plan, encoding="utf-8") as source:
        document = json.load(source)
    terms = document["plan"]["targets"]["collections"]
    for key in terms:
        terms[key] = "0.00" if key == "openingReceivable" else 0
    copy = os.path.join(scratch, "no-collections.json")
    with open(copy, "w", encoding="utf-8") as target:
        json.dump(document, target, ensure_ascii=False)
    return copy


def main():
    salesplan, plan, language, translation_dir = sys.argv[1:5]
    self_test = "--self-test" in sys.argv
    found = translations(translation_dir, language)
    names = {name: found.get(name, name)[:31] for name in SHEETS}
    for label in ["Annual target", "Stretch tier", "Challenge tier", "Won deals needed", "Q%1"]:
        names[label] = found.get(label, label)
    with tempfile.TemporaryDirectory() as scratch:
        if "--no-collections" in sys.argv:
            plan = without_collections(plan, scratch)
        # A settings folder of its own: the 万/亿 preference is its default, on.
        environment = dict(os.environ, XDG_CONFIG_HOME=scratch, HOME=scratch, LANG="C.UTF-8",
                           QT_QPA_PLATFORM="offscreen")
        workbook = os.path.join(scratch, "plan.xlsx")
        subprocess.run([salesplan, "export", plan, "--xlsx", workbook, "--lang", language],
                       check=True, env=environment)
        summary = json.loads(subprocess.run([salesplan, "summary", plan, "--json", "--lang", language], check=True,
                                            env=environment, capture_output=True).stdout)
        formulas = openpyxl.load_workbook(workbook)
        with open(plan, encoding="utf-8") as source:
            document = json.load(source)["plan"]
        values = openpyxl.load_workbook(workbook, data_only=True)
    problems = check_workbook(formulas, values, summary, document, names, language.startswith("zh"))
    if self_test and not problems:
        values[names["Regions"]]["C3"].value += 0.01
        if not check_workbook(formulas, values, summary, document, names, language.startswith("zh")):
            problems.append("self-test: a region's month one cent off went unnoticed")
        values[names["Regions"]]["C3"].value -= 0.01
        values[names["Initiatives"]]["E2"].value += datetime.timedelta(days=1)
        if not check_workbook(formulas, values, summary, document, names, language.startswith("zh")):
            problems.append("self-test: an initiative due a day late went unnoticed")
    for problem in problems:
        print("check_workbook: " + problem, file=sys.stderr)
    print("check_workbook: %s (%s): %s" % (os.path.basename(plan), language,
                                            "%d problem(s)" % len(problems) if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
