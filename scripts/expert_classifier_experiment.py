#!/usr/bin/env python
"""Experiment: does a learned decision 'is this person an expert of the source?' transfer better than the rules?

Not part of the converter. For every person a document's people extraction finds (`Document.people`, every
category), a row: the rules' category and whether the index took the person, the gold's answer (an expert or
borderline expert of the document), and features: category, academic title, role, affiliation, unit, contact,
mentions, answer labels, quotes, the document's kind, whether the person is an author, the words of the role and
the words around each mention (only words found in at least eight sets: no set's subject vocabulary). A logistic
regression is trained on every tuned set but the held-out ones and compared with the rules on those, with the
rules of the code that had never seen them (convert with that code on PYTHONPATH, as for
scripts/train_kind_model.py). Needs scikit-learn (a test dependency).

    PYTHONPATH=<worktree at 3694313>/src .venv/bin/python scripts/expert_classifier_experiment.py \\
        extract /tmp/people_3694313.pkl
    .venv/bin/python scripts/expert_classifier_experiment.py measure /tmp/people_3694313.pkl \\
        holdout27,holdout28,holdout29

Result (session 13; F1 over the gold experts of the held-out sets, those without any candidate counted as missed):

| held out (rules' code) | rules P / R / F1 | classifier, C 0.1, threshold 0.4 |
|---|---|---|
| holdout27-29 (3694313) | 78.5 / 69.9 / 73.9 | 76.0 / 78.1 / 77.0 |
| holdout24-26 (bb9b2d6) | 83.3 / 64.9 / 73.0 | 81.8 / 70.1 / 75.5 |

About 3 points of F1 on both, mostly recall: consistent, but within the noise of 60 documents each, so the converter
keeps its rules for now.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import evaluate as ev  # noqa: E402

_TOKEN = re.compile(r"[a-zäöüß]+|[„“\"»«?!:@]|\d+")
MIN_SETS = 8


def extract(out: Path) -> None:
    from briefing.config import load_config
    from briefing.corpus import build_corpus
    from briefing.pipeline import convert_document

    config = load_config(ROOT / "briefing.yml")
    rows = []
    for name in ev.GROUPS["tuned"]():
        gold_path, folder = ev.SETS[name]
        gold_docs = ev.load_gold(gold_path)
        docs = [convert_document(folder / e["file"], config) for e in gold_docs]
        indexed: dict[str, set[str]] = {}
        for person in build_corpus(docs, config).people:
            for source in person.sources:
                indexed.setdefault(source, set()).add(ev.norm_name(person.name))
        for entry, doc in zip(gold_docs, docs):
            gold = {ev.norm_name(x["name"]) for x in entry.get("experts") or []}
            flat = " ".join("\n".join(b.text for b in doc.blocks).split())
            quotes = collections.Counter(s for q in doc.quotes for s in q.speakers)
            authors = {ev.norm_name(a) for a in doc.meta.authors or []}
            for m in doc.people:
                names = {m.name, m.name.split()[-1], *(m.labels or [])}
                context, count = set(), 0
                for n in names:
                    for hit in re.finditer(re.escape(n), flat):
                        count += 1
                        context |= {"c:" + t for t in _TOKEN.findall(flat[max(0, hit.start() - 80):hit.end() + 80].casefold())}
                rows.append({
                    "set": name, "gold": ev.norm_name(m.name) in gold,
                    "indexed": ev.norm_name(m.name) in indexed.get(doc.id, set()),
                    "category": m.category, "title": bool(m.title), "role": m.role or "", "affiliation": bool(m.affiliation),
                    "unit": bool(m.unit), "email": bool(m.email), "phone": bool(m.phone), "mentions": count,
                    "answer_labels": sum(1 for b in doc.blocks if b.label and any(n in b.label for n in names)),
                    "quotes": quotes.get(m.name, 0), "context": sorted(context), "kind": doc.meta.kind,
                    "author": ev.norm_name(m.name) in authors})
            found = {ev.norm_name(m.name) for m in doc.people}
            rows += [{"set": name, "gold": True, "indexed": False, "category": None} for _ in gold - found]
    out.write_bytes(pickle.dumps(rows))
    print(f"{out}: {len(rows)} rows")


def _features(row: dict, vocab: set[str]) -> dict[str, float]:
    f = {"cat=" + row["category"]: 1, "title": row["title"], "has_role": bool(row["role"]), "aff": row["affiliation"],
         "unit": row["unit"], "email": row["email"], "phone": row["phone"], "mentions": min(row["mentions"], 10) / 10,
         "labels": min(row["answer_labels"], 5) / 5, "quotes": min(row["quotes"], 5) / 5, "kind=" + row["kind"]: 1,
         "author": row["author"]}
    f |= {w: 1 for w in ("r:" + x for x in re.findall(r"[a-zäöüß]+", row["role"].casefold())) if w in vocab}
    f |= {c: 1 for c in row["context"] if c in vocab}
    return {k: float(v) for k, v in f.items()}


def measure(rows: list[dict], held: set[str], c: float, threshold: float) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    candidates = [r for r in rows if r["category"] is not None]
    train = [r for r in candidates if r["set"] not in held]
    test = [r for r in candidates if r["set"] in held]
    gold_total = sum(r["gold"] for r in rows if r["set"] in held)
    sets_of: dict[str, set[str]] = collections.defaultdict(set)
    for r in train:
        for w in [*r["context"], *("r:" + x for x in re.findall(r"[a-zäöüß]+", r["role"].casefold()))]:
            sets_of[w].add(r["set"])
    vocab = {w for w, s in sets_of.items() if len(s) >= MIN_SETS}
    vectorizer = DictVectorizer()
    x_train = vectorizer.fit_transform([_features(r, vocab) for r in train])
    model = LogisticRegression(C=c, max_iter=5000).fit(x_train, [r["gold"] for r in train])
    scores = model.predict_proba(vectorizer.transform([_features(r, vocab) for r in test]))[:, 1]

    def report(label: str, chosen: list[bool]) -> None:
        tp = sum(ch and r["gold"] for ch, r in zip(chosen, test))
        fp = sum(ch and not r["gold"] for ch, r in zip(chosen, test))
        fn = gold_total - tp
        print(f"{label:<11} P {tp / max(1, tp + fp):.3f}  R {tp / gold_total:.3f}  F1 {2 * tp / (2 * tp + fp + fn):.3f}"
              f"  (tp {tp}, fp {fp}, fn {fn})")

    report("rules", [r["indexed"] for r in test])
    report("classifier", list(scores >= threshold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract")
    ex.add_argument("out", type=Path)
    me = sub.add_parser("measure")
    me.add_argument("rows", type=Path)
    me.add_argument("held_out", help="comma-separated tuned sets")
    me.add_argument("-C", type=float, default=0.1, dest="c")
    me.add_argument("--threshold", type=float, default=0.4)
    args = parser.parse_args(argv)
    if args.command == "extract":
        extract(args.out)
    else:
        measure(pickle.loads(args.rows.read_bytes()), set(args.held_out.split(",")), args.c, args.threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
