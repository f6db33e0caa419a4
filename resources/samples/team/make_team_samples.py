#!/usr/bin/python3
"""Makes the team plan samples in resources/samples/team/LANG/ from resources/samples/sample-LANG.json:
a director's team plan (the sample plan with its regions as units, each allocated an amount) and
one unit plan per region (the sample plan with that region's members, history and its own target).
Run it again after the samples change: /usr/bin/python3 resources/samples/team/make_team_samples.py"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent

# language: (team plan name, [(region, file, allocation, the unit's own target)])
TEAMS = {
    "en": ("FY2027 Team Plan", [("East", "east", "4400000.00", "4600000.00"),
                                ("West", "west", "3600000.00", "3200000.00")]),
    "zh_CN": ("2027年度团队计划", [("华东", "east", "50000000.00", "52000000.00"),
                                  ("华南", "south", "40000000.00", "35000000.00"),
                                  ("华北", "north", "30000000.00", "30000000.00")]),
}


def unit_plan(sample, region, target):
    plan = copy.deepcopy(sample["plan"])
    plan["info"]["name"] = "%s — %s" % (plan["info"]["name"], region)
    targets = plan["targets"]
    targets["annualTarget"] = target
    targets["regions"] = [r for r in targets["regions"] if r["name"] == region]
    team = plan["team"]
    team["members"] = [m for m in team["members"] if m.get("region") == region]
    team["hiring"] = [h for h in team.get("hiring", []) if h.get("region") == region]
    plan["history"] = [h for h in plan.get("history", []) if h.get("region") == region]
    # The region's own last year, not the whole team's: else the unit's growth reads as a fall.
    last_year = "%d-" % (plan["info"]["period"]["year"] - 1)
    targets["lastYearActual"] = "%.2f" % sum(float(h["amount"]) for h in plan["history"]
                                             if h["month"].startswith(last_year))
    plan.pop("scenarios", None)
    return {"format": sample["format"], "version": sample["version"], "plan": plan}


def main():
    for language, (name, units) in TEAMS.items():
        sample = json.loads((SAMPLES / ("sample-%s.json" % language)).read_text(encoding="utf-8"))
        folder = HERE / language
        (folder / "units").mkdir(parents=True, exist_ok=True)
        team = copy.deepcopy(sample)
        team["plan"]["info"]["name"] = name
        team["plan"]["targets"]["unitAllocation"] = "amounts"
        team["plan"]["units"] = [{"name": region, "path": "units/%s.json" % file,
                                  "allocation": allocation, "weight": 1}
                                 for region, file, allocation, _ in units]
        write(folder / "team.json", team)
        for region, file, _, target in units:
            write(folder / "units" / ("%s.json" % file), unit_plan(sample, region, target))


def write(path, document):
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                    encoding="utf-8")


if __name__ == "__main__":
    main()
