#!/usr/bin/env python
"""Score the converter against the hand-made gold annotations.

Runs every document of a gold set through `briefing.pipeline.convert_document`, builds the
corpus (so that the people counted are the ones the site's expert index would show), and
prints per-field accuracy and expert precision/recall.

    .venv/bin/python scripts/evaluate.py                # both sets
    .venv/bin/python scripts/evaluate.py --set eval -v  # one set, with every mismatch
    .venv/bin/python scripts/evaluate.py --set holdout -v  # tuned on in round 2
    .venv/bin/python scripts/evaluate.py --set holdout2 -v  # tuned on in rounds 3-4
    .venv/bin/python scripts/evaluate.py --set holdout3 -v  # tuned on in session 2
    .venv/bin/python scripts/evaluate.py --set holdout4 -v  # tuned on late in session 2
    .venv/bin/python scripts/evaluate.py --set tuned        # every set tuned on, each and pooled
    .venv/bin/python scripts/evaluate.py --set sealed       # the sealed sets, one pooled figure only
    .venv/bin/python scripts/evaluate.py --json

Comparisons are normalised: case, whitespace, typographic quotes and dashes, a trailing
full stop; names also drop academic titles and fold umlauts (`corpus.name_key`); URLs drop
the scheme, "www." and a trailing slash; a publisher matches when one name contains the
other word for word ("dpa" ~ "dpa/lrs", "Universität Tübingen" ~ "Eberhard Karls
Universität Tübingen"). A gold null is only matched by an empty prediction (or, for the date, by one marked
as inferred, which the gold conventions allow).
Experts: a gold person (borderline ones included) is found when a person of category
expert/quoted with the same normalised name is indexed for that document; every other
indexed person of the document is a false positive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import traceback
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (ROOT / "tests/fixtures/gold_seeds.yml", ROOT / "seeds"),
    # each set a folder under tests/fixtures/ with its gold.yml beside the documents
    **{name: (ROOT / "tests/fixtures" / name / "gold.yml", ROOT / "tests/fixtures" / name)
       for name in ("eval", "holdout", *(f"holdout{n}" for n in range(2, 100)))
       if (ROOT / "tests/fixtures" / name / "gold.yml").is_file()},
}
FIELDS = ("title", "date", "authors", "publisher", "url", "language", "kind")


def sealed(name: str) -> bool:
    """A set still sealed (its SOURCES.md says '**Status: sealed'): measured, never looked into. A set without
    its SOURCES.md is still being built, and sealed too."""
    sources = SETS[name][1] / "SOURCES.md"
    return name != "seeds" and (not sources.is_file() or "**Status: sealed" in sources.read_text(encoding="utf-8"))


# Groups of sets: 'all' the seeds and the first set; 'tuned' every set the rules were tuned on;
# 'sealed' the sets that are not, printed as one pooled figure only.
GROUPS = {
    "all": lambda: ["seeds", "eval"],
    "tuned": lambda: [n for n in SETS if not sealed(n)],
    "sealed": lambda: [n for n in SETS if sealed(n)],
}

_QUOTES = dict.fromkeys(map(ord, "\"'„“”‚‘’«»‹›`´"), None)
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―"), "-")


def norm_text(value) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_QUOTES).translate(_DASHES)
    text = " ".join(text.split()).casefold()
    return text.rstrip(" .:;,")


def norm_name(value) -> str:
    from briefing.corpus import name_key

    return name_key(str(value or "")).translate(_QUOTES).strip()


def norm_url(value) -> str:
    text = norm_text(value)
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def norm_date(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# Words that name no one on their own: a legal form or an article ('Inc.' is no match for 'PPD, Inc.').
_FORM_WORDS = {"inc", "ltd", "llc", "corp", "co", "gmbh", "ag", "kg", "ev", "e", "v", "plc", "sa", "the", "der", "die", "das"}


def publisher_match(gold, pred) -> bool:
    g, p = _words(norm_text(gold)), _words(norm_text(pred))
    if not g or not p:
        return not g and not p
    if not [w for w in g if w not in _FORM_WORDS] or not [w for w in p if w not in _FORM_WORDS]:
        return False
    short, long = (g, p) if len(g) <= len(p) else (p, g)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def field_match(field: str, gold, pred) -> bool:
    if field == "authors":
        return {norm_name(a) for a in gold or []} == {norm_name(a) for a in pred or []}
    if field == "publisher":
        return publisher_match(gold, pred)
    if field == "url":
        return norm_url(gold) == norm_url(pred)
    if field == "date":
        return norm_date(gold) == norm_date(pred)
    return norm_text(gold) == norm_text(pred)


def load_gold(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise SystemExit(f"{path}: expected a list of documents")
    return data


def evaluate_set(name: str, gold_path: Path, folder: Path, config) -> dict:
    from briefing.corpus import build_corpus
    from briefing.pipeline import convert_document

    gold_docs = load_gold(gold_path)
    docs, errors = {}, {}
    for entry in gold_docs:
        path = folder / entry["file"]
        try:
            docs[entry["file"]] = convert_document(path, config)
        except Exception as exc:  # a crash counts as wrong on every field, and is shown
            errors[entry["file"]] = f"{type(exc).__name__}: {exc}"
            traceback.print_exc(file=sys.stderr)
    corpus = build_corpus(list(docs.values()), config)
    indexed: dict[str, set[str]] = {}
    for person in corpus.people:
        for source in person.sources:
            indexed.setdefault(source, set()).add(person.name)

    fields = {f: {"correct": 0, "total": 0, "mismatches": []} for f in FIELDS}
    tp = fp = fn = leaked = 0
    missed_kinds = {"quoted": 0, "presented": 0, "borderline": 0}
    documents = []
    for entry in gold_docs:
        doc = docs.get(entry["file"])
        meta = doc.meta if doc else None
        row = {"file": entry["file"], "error": errors.get(entry["file"]), "fields": {}}
        for field in FIELDS:
            gold = entry.get(field)
            pred = getattr(meta, field, None) if meta else None
            ok = doc is not None and field_match(field, gold, pred)
            if field == "date" and doc is not None and gold is None and meta.date_inferred:
                ok = True  # gold convention: a date guessed from elsewhere may be shown, marked as inferred
            stats = fields[field]
            stats["total"] += 1
            stats["correct"] += ok
            if not ok:
                stats["mismatches"].append({"file": entry["file"], "gold": _plain(gold), "found": _plain(pred)})
            row["fields"][field] = ok
        gold_people = {norm_name(e["name"]): e["name"] for e in entry.get("experts") or []}
        found_names = indexed.get(doc.id, set()) if doc else set()
        found = {norm_name(n): n for n in found_names}
        others = {norm_name(n) for n in entry.get("other_people") or []}
        hits = set(gold_people) & set(found)
        for expert in entry.get("experts") or []:
            if norm_name(expert["name"]) not in hits:
                kind = "borderline" if expert.get("borderline") else "quoted" if expert["quoted"] else "presented"
                missed_kinds[kind] += 1
        tp += len(hits)
        fn += len(set(gold_people) - hits)
        fp += len(set(found) - hits)
        leaked += len(set(found) & others)
        row["experts"] = {
            "found": sorted(gold_people[k] for k in hits),
            "missed": sorted(gold_people[k] for k in set(gold_people) - hits),
            "false_positives": sorted(found[k] for k in set(found) - hits),
        }
        documents.append(row)

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "roles": role_accuracy(gold_docs, corpus),
        "set": name,
        "gold": str(gold_path.relative_to(ROOT)) if gold_path.is_relative_to(ROOT) else str(gold_path),
        "documents": len(gold_docs),
        "errors": errors,
        "fields": {f: {**s, "accuracy": s["correct"] / s["total"] if s["total"] else 0.0}
                   for f, s in fields.items()},
        "experts": {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall,
                    "f1": f1, "other_people_indexed": leaked},
        "per_document": documents,
    }
    result["profile"] = error_profile(result["fields"], missed_kinds)
    return result


def _empty(value) -> bool:
    return value in (None, "", [], {})


def error_profile(fields: dict, missed_kinds: dict[str, int]) -> dict:
    """What kind of error each miss is, counted (no document named): a field left empty where the gold has a
    value ('missing'), a value where the gold has none ('extra'), or another value ('wrong'); the kinds
    confused (gold -> found); and the missed experts by what the gold says of them."""
    profile: dict = {"fields": {}, "kind_confusion": {}, "missed_experts": dict(missed_kinds)}
    for field, stats in fields.items():
        counts = {"missing": 0, "extra": 0, "wrong": 0}
        for m in stats["mismatches"]:
            counts["missing" if _empty(m["found"]) else "extra" if _empty(m["gold"]) else "wrong"] += 1
            if field == "kind":
                key = f"{m['gold']} -> {m['found']}"
                profile["kind_confusion"][key] = profile["kind_confusion"].get(key, 0) + 1
        profile["fields"][field] = counts
    return profile


def merge_profiles(profiles: list[dict]) -> dict:
    merged: dict = {"fields": {}, "kind_confusion": {}, "missed_experts": {}}
    for profile in profiles:
        for field, counts in profile["fields"].items():
            target = merged["fields"].setdefault(field, dict.fromkeys(counts, 0))
            for key, n in counts.items():
                target[key] += n
        for section in ("kind_confusion", "missed_experts"):
            for key, n in profile[section].items():
                merged[section][key] = merged[section].get(key, 0) + n
    return merged


def print_profile(profile: dict) -> None:
    print("  errors     " + "  ".join(f"{field} {c['missing']}/{c['extra']}/{c['wrong']}"
                                      for field, c in profile["fields"].items() if any(c.values()))
          + "   (missing/extra/wrong)")
    if profile["kind_confusion"]:
        print("  kind       " + ", ".join(f"{k}: {n}" for k, n in sorted(profile["kind_confusion"].items(),
                                                                           key=lambda kv: (-kv[1], kv[0]))))
    print("  missed     " + ", ".join(f"{k} {n}" for k, n in profile["missed_experts"].items()) + " (experts)")


def _role_match(gold, pred) -> bool:
    """A role matches when it equals, contains or is contained in one of the gold's '; '-separated roles."""
    if not gold or not pred:
        return not gold and not pred
    p = norm_text(pred)
    return any(g and (g in p or p in g) for g in (norm_text(part) for part in str(gold).split(";")))


def _affiliation_match(gold, pred) -> bool:
    """Word-for-word containment (as for publishers), with or without a parenthesised abbreviation,
    or the abbreviation of one ('… Software Engineering (IESE)') a word of the other ('Fraunhofer IESE')."""
    if not gold or not pred:
        return not gold and not pred
    stripped = [re.sub(r"\s*\([^()]*\)", "", str(t)) for t in (gold, pred)]
    if publisher_match(gold, pred) or publisher_match(*stripped):
        return True
    for one, other in ((gold, pred), (pred, gold)):
        if any(a in _words(norm_text(stripped[0 if other is gold else 1]))
               for a in (norm_text(x) for x in re.findall(r"\(([^()]{2,12})\)", str(one)))):
            return True
    return False


def role_accuracy(gold_docs: list[dict], corpus) -> dict:
    """Role and affiliation of every gold expert the index found, against the gold's (per source)."""
    by_key = {}
    for person in corpus.people:
        for aff in person.affiliations:
            by_key[(norm_name(person.name), aff.source)] = aff
    docs = {d.seed: d.id for d in corpus.documents}
    stats = {"role": [0, 0], "affiliation": [0, 0], "mismatches": []}
    for entry in gold_docs:
        doc_id = docs.get(entry["file"])
        for expert in entry.get("experts") or []:
            aff = by_key.get((norm_name(expert["name"]), doc_id))
            if aff is None:
                continue
            for field, match in (("role", _role_match), ("affiliation", _affiliation_match)):
                ok = match(expert.get(field), getattr(aff, field))
                stats[field][0] += ok
                stats[field][1] += 1
                if not ok:
                    stats["mismatches"].append({"file": entry["file"], "name": expert["name"], "field": field,
                                                "gold": expert.get(field), "found": getattr(aff, field)})
    return stats


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def combine(results: list[dict]) -> dict:
    fields = {}
    for field in FIELDS:
        correct = sum(r["fields"][field]["correct"] for r in results)
        total = sum(r["fields"][field]["total"] for r in results)
        fields[field] = {"correct": correct, "total": total, "accuracy": correct / total if total else 0.0}
    tp, fp, fn = (sum(r["experts"][k] for r in results) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    roles = {k: [sum(r["roles"][k][i] for r in results) for i in (0, 1)] for k in ("role", "affiliation")}
    return {"set": "all", "documents": sum(r["documents"] for r in results), "fields": fields,
            "profile": merge_profiles([r["profile"] for r in results]), "roles": roles | {"mismatches": []},
            "experts": {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
                        "other_people_indexed": sum(r["experts"]["other_people_indexed"] for r in results)}}


def print_report(result: dict, verbose: bool, profile: bool = False) -> None:
    print(f"== {result['set']} ({result['documents']} documents) ==")
    for field, s in result["fields"].items():
        print(f"  {field:<10} {s['accuracy']:6.1%}  ({s['correct']}/{s['total']})")
    e = result["experts"]
    print(f"  experts    precision {e['precision']:6.1%}  recall {e['recall']:6.1%}  F1 {e['f1']:6.1%}"
          f"  (tp {e['tp']}, fp {e['fp']}, fn {e['fn']}; other_people indexed: {e['other_people_indexed']})")
    r = result.get("roles")
    if r:
        print(f"  expert role        {r['role'][0]}/{r['role'][1]}  affiliation {r['affiliation'][0]}/"
              f"{r['affiliation'][1]}  (of the gold experts found)")
        if verbose:
            for m in r["mismatches"]:
                print(f"    {m['field']:<11} {m['file']}: {m['name']}: gold {m['gold']!r} | found {m['found']!r}")
    if profile and result.get("profile"):
        print_profile(result["profile"])
    for file, error in (result.get("errors") or {}).items():
        print(f"  ERROR {file}: {error}")
    if verbose and "per_document" in result:
        for field, s in result["fields"].items():
            for m in s["mismatches"]:
                print(f"    {field:<10} {m['file']}: gold {m['gold']!r} | found {m['found']!r}")
        for row in result["per_document"]:
            ex = row["experts"]
            if ex["missed"] or ex["false_positives"]:
                print(f"    experts    {row['file']}: missed {ex['missed']} | extra {ex['false_positives']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, *GROUPS), default="all")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--profile", action="store_true",
                        help="count the errors by type (missing/extra/wrong, kinds confused, experts missed); "
                             "no document named, so sealed sets allow it")
    parser.add_argument("--config", type=Path, default=ROOT / "briefing.yml")
    args = parser.parse_args(argv)

    from briefing.config import load_config

    config = load_config(args.config)
    names = GROUPS[args.set]() if args.set in GROUPS else [args.set]
    closed = [n for n in names if sealed(n)]
    if closed and (args.verbose or args.json):
        parser.error(f"{', '.join(closed)} sealed: aggregate figures only (no -v, no --json)")
    results = [evaluate_set(n, *SETS[n], config) for n in names]
    if args.set == "sealed":
        print_report(combine(results) | {"set": f"sealed ({', '.join(names)})"}, False, args.profile)
        return 0
    if args.json:
        out = {"sets": results}
        if len(results) > 1:
            out["all"] = combine(results)
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return 0
    for result in results:
        print_report(result, args.verbose, args.profile)
    if len(results) > 1:
        print_report(combine(results), False, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
