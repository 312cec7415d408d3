#!/usr/bin/env python3
"""Seeded inputs for the Spark example.

  generate.py audit N OUT.csv [SEED]   a payroll: the audit's header row, then N rows
  generate.py batch N OUT.jsonl [SEED] N scenarios, one JSON object a line: the Examples/*.json files
                                       in turn (without expect and notes) with varied wages, cities, hours
                                       and amounts paid; every 997th in a region that does not exist
"""

import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADER = (
    "worker_id,region,month,monthly_wage,workday_overtime_hours,rest_day_overtime_hours,"
    "holiday_overtime_hours,heat_exposed,stoppage_start,paid_total"
)
CITIES = ["广州", "深圳", "东莞", "佛山", "中山", "惠州", "汕头", "江门", "湛江", "清远", "珠海", "肇庆"]
DISTRICTS = ["海珠区", "天河", "宝安区", "440606", "guangzhou", "南山"]  # the other spellings a city is given in


def audit(n, out, rng):
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for i in range(n):
            year, month = rng.randint(2021, 2026), rng.randint(1, 12)
            wage = rng.randint(1800, 12000)
            region = rng.choice(DISTRICTS) if rng.random() < 0.05 else rng.choice(CITIES)
            if rng.random() < 0.001:
                region = "火星"  # not a city: the row keeps its place with the reason in `error`
            stoppage = f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.05 else ""
            heat = "1" if 6 <= month <= 10 and rng.random() < 0.5 else "0"
            holiday = str(rng.randint(0, 16)) if rng.random() < 0.2 else "0"
            paid = wage + rng.randint(-600, 2000)
            row = [
                f"w{i}", region, f"{year:04d}-{month:02d}", str(wage), str(rng.randint(0, 30)),
                str(rng.randint(0, 24)), holiday, heat, stoppage, str(paid),
            ]
            f.write(",".join(row) + "\n")


def money(x):
    return f"{x:.2f}"


def vary(scenario, rng):
    """A copy of an example with other wages, amounts paid and (where the case allows it) another city."""
    s = json.loads(json.dumps(scenario))
    s.pop("expect", None)
    s.pop("notes", None)
    facts = s["facts"]
    wage = rng.randint(1800, 6000 if s["entitlement"] == "severance" else 15000)
    for key in ("monthlyWage", "averageMonthlyWage", "lastMonthWage"):
        if key in facts:
            facts[key] = money(wage + (rng.randint(-300, 300) if key == "lastMonthWage" else 0))
    if "paid" in facts:
        facts["paid"] = money(rng.randint(0, wage * 3))
    if "pay" in facts:
        total = rng.randint(1500, 6000)
        facts["pay"]["total"] = money(total)
        facts["pay"]["overtimePay"] = money(rng.randint(0, total // 3))
    for m in facts.get("months", []):
        m["paid"] = money(rng.choice([0, 150, 300]))
        m["paidInKindOnly"] = rng.random() < 0.5
    if s["entitlement"] == "overtime":
        for day in facts["work"]:
            day["hours"] = str(rng.randint(1, 11))
    if s["entitlement"] != "severance":  # severance above 3× the minimum wage needs an average wage held
        s["region"] = rng.choice(CITIES)
    return s


def batch(n, out, rng):
    paths = sorted((ROOT / "Examples").glob("*.json"))
    examples = [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            stem, example = examples[i % len(examples)]
            s = vary(example, rng)
            if i % 997 == 996:
                s["region"] = "火星"  # not a city: an error object keeps the line's place
            s["name"] = f"{stem} #{i} ({s['region']})"
            f.write(json.dumps(s, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2026)
    {"audit": audit, "batch": batch}[kind](n, out, rng)
