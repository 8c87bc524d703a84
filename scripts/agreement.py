"""How far two careful readers agree: a second reader's blind annotation of documents of the tuned
sets against those sets' gold, field by field, with the comparisons `scripts/evaluate.py` scores the
converter with. It tells which accuracy a field can reach at all and where the conventions leave a
choice open (the second reader marks those with '# unclear:').

    .venv/bin/python scripts/agreement.py                       # tests/fixtures/second_reader/gold.yml
    .venv/bin/python scripts/agreement.py -v                    # and every disagreement
    .venv/bin/python scripts/agreement.py --second other.yml

The second annotation names each document by its path under the repository
('tests/fixtures/holdout11/006_….txt'). Documents of sealed sets are refused: reading their gold
would open them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev  # noqa: E402  (the comparisons are the evaluation's own)

DEFAULT = ev.ROOT / "tests/fixtures/second_reader/gold.yml"


def first_reading(path: str) -> dict:
    """The gold entry of a document named by its repository path."""
    folder, name = Path(path).parent.name, Path(path).name
    if folder not in ev.SETS:
        raise SystemExit(f"{path}: not in an evaluation set")
    if ev.sealed(folder):
        raise SystemExit(f"{path}: {folder} is sealed; its gold is not read")
    for entry in ev.load_gold(ev.SETS[folder][0]):
        if entry["file"] == name:
            return entry
    raise SystemExit(f"{path}: no gold entry in {folder}")


def agreement(second: list[dict]) -> dict:
    fields = {f: {"agree": 0, "total": 0, "disagreements": []} for f in ev.FIELDS}
    tp = fp = fn = 0
    roles = {"role": [0, 0], "affiliation": [0, 0]}
    for other in second:
        first = first_reading(other["file"])
        for field in ev.FIELDS:
            same = ev.field_match(field, first.get(field), other.get(field))
            fields[field]["agree"] += same
            fields[field]["total"] += 1
            if not same:
                fields[field]["disagreements"].append((other["file"], first.get(field), other.get(field)))
        a = {ev.norm_name(e["name"]): e for e in first.get("experts") or []}
        b = {ev.norm_name(e["name"]): e for e in other.get("experts") or []}
        tp, fp, fn = tp + len(a.keys() & b.keys()), fp + len(b.keys() - a.keys()), fn + len(a.keys() - b.keys())
        for key in a.keys() & b.keys():
            roles["role"][0] += ev._role_match(a[key].get("role"), b[key].get("role"))
            roles["affiliation"][0] += ev._affiliation_match(a[key].get("affiliation"), b[key].get("affiliation"))
            roles["role"][1] += 1
            roles["affiliation"][1] += 1
    return {"documents": len(second), "fields": fields, "experts": {"tp": tp, "fp": fp, "fn": fn}, "roles": roles}


def print_agreement(result: dict, verbose: bool) -> None:
    print(f"== second reader against the gold ({result['documents']} documents) ==")
    for field, s in result["fields"].items():
        print(f"  {field:<10} {s['agree'] / s['total']:6.1%}  ({s['agree']}/{s['total']})")
    e = result["experts"]
    precision = e["tp"] / (e["tp"] + e["fp"]) if e["tp"] + e["fp"] else 0.0
    recall = e["tp"] / (e["tp"] + e["fn"]) if e["tp"] + e["fn"] else 0.0
    print(f"  experts    precision {precision:6.1%}  recall {recall:6.1%}  (the gold as truth; "
          f"tp {e['tp']}, fp {e['fp']}, fn {e['fn']})")
    r = result["roles"]
    print(f"  expert role        {r['role'][0]}/{r['role'][1]}  affiliation {r['affiliation'][0]}/"
          f"{r['affiliation'][1]}  (of the experts both name)")
    if verbose:
        for field, s in result["fields"].items():
            for file, gold, other in s["disagreements"]:
                print(f"    {field:<10} {file}: gold {ev._plain(gold)!r} | second {ev._plain(other)!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--second", type=Path, default=DEFAULT, help="the second reader's annotation (YAML list)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    second = yaml.safe_load(args.second.read_text(encoding="utf-8"))
    if not isinstance(second, list):
        raise SystemExit(f"{args.second}: expected a list of documents")
    print_agreement(agreement(second), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
