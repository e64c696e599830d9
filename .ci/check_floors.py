#!/usr/bin/env python3
"""Compares dev-gold scores with the floors in floors.json; exits 1 if any figure is below its floor.

    check_floors.py FLOORS.json SCORES_DIR

FLOORS.json maps a gold set name to {"metric.field": floor}, e.g.
{"seeds": {"detection.f1": 0.88}}; SCORES_DIR holds <set>.json from score.py --json.
Floors sit just under the current measurement; raise them as accuracy improves, never lower them
to make CI pass.
"""
import json
import os
import sys


def main(floors_path, scores_dir):
    with open(floors_path, encoding="utf-8") as handle:
        floors = json.load(handle)
    failures = []
    for gold_set, metrics in sorted(floors.items()):
        if gold_set.startswith("_"):
            continue
        with open(os.path.join(scores_dir, gold_set + ".json"), encoding="utf-8") as handle:
            scores = json.load(handle)
        for key, floor in sorted(metrics.items()):
            metric, field = key.split(".")
            value = scores[metric][field]
            status = "ok" if value >= floor else "BELOW FLOOR"
            print(f"{gold_set:18s} {key:24s} {value:.3f} (floor {floor:.3f}) {status}")
            if value < floor:
                failures.append(f"{gold_set} {key}")
    if failures:
        print("accuracy gate failed: " + ", ".join(failures))
        return 1
    print("accuracy gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
