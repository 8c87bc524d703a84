#!/usr/bin/env python
"""Train and measure the role fallback (src/briefing/extract/roles.py, model role_model.json).

Every document of the tuned sets (never a sealed one) is converted by the code on PYTHONPATH without this step. For
every gold expert the index took (category expert or quoted) whom the extraction left without a role, the
fallback's candidates (person nouns near the person's mentions and in their own answers) are listed with their
features (`roles.scored_candidates`) and labelled by the evaluation's own comparison (`evaluate._role_match`
against the gold role; a gold expert without one makes every candidate wrong, which teaches the model to abstain).
A logistic regression (scikit-learn, L2, C) is fitted; the words between a person and a candidate count only if
found in at least `--min-sets` sets. The model is written as JSON with the threshold below which the step abstains.

    .venv/bin/pip install scikit-learn==1.9.1   # training only; the converter reads the JSON without it
    PYTHONPATH=src .venv/bin/python scripts/role_fallback.py --train       # every tuned set -> role_model.json
    PYTHONPATH=src .venv/bin/python scripts/role_fallback.py --cv -C 0.3 1 --threshold 0.4 0.5 0.6 0.7
    PYTHONPATH=src .venv/bin/python scripts/role_fallback.py --analyse     # where the missing roles stand

`--hold-out` reports, on sets converted by the code on PYTHONPATH, the role accuracy of the gold experts the index
found (as `scripts/evaluate.py` counts it), the converter alone and followed by this step (with a model trained
without those sets: `--train --exclude … --out …`), and each addition judged. This file reads `roles.py`,
`affiliations.py`, `people_lexicon.py` and `linear_model.py` from its own repository by path (and the training it
shares with the affiliation fallback from scripts/fallback_training.py), the rest of `briefing` from PYTHONPATH, so
that old code can convert the sets it never saw:

    PYTHONPATH=src .venv/bin/python scripts/role_fallback.py --train --exclude holdout27,holdout28,holdout29 \\
        --out /tmp/role_wo27.json
    PYTHONPATH=<worktree at 3694313>/src .venv/bin/python scripts/role_fallback.py \\
        --hold-out holdout27,holdout28,holdout29 --model /tmp/role_wo27.json -v    # session 12 opened them there
    PYTHONPATH=src .venv/bin/python scripts/role_fallback.py --train --exclude holdout24,holdout25,holdout26 \\
        --out /tmp/role_wo24.json
    PYTHONPATH=<worktree at bb9b2d6>/src .venv/bin/python scripts/role_fallback.py \\
        --hold-out holdout24,holdout25,holdout26 --model /tmp/role_wo24.json -v    # session 11 opened them there

`--analyse` counts, for the gold experts the index found without any role (the gold naming one), the nearest place
where the document names the head noun of the gold role (add --hold-out to count only those sets). Session 15:

| nearest place of the gold role's head noun | tuned, 783a8f5 | holdout27-29, 3694313 | holdout24-26, bb9b2d6 |
|---|---|---|---|
| apposition or directly before the name (<= 3 words) | 63 | 6 | 8 |
| same sentence, before the name | 20 | 0 | 2 |
| same sentence, after the name | 43 | 3 | 0 |
| self-description ('ich bin …', 'as a …') | 1 | 0 | 0 |
| another sentence of the same block | 11 | 0 | 4 |
| elsewhere in the text | 17 | 4 | 0 |
| nowhere (a description, not a noun in the text) | 14 | 0 | 3 |
| total without a role (and with a wrong one) | 169 (32) | 13 (2) | 17 (4) |

(The head noun is the last word of a gold part before its complement; its stem, anywhere in a word. The candidates
the step generates hold a right one for 94 of the 169 tuned misses.)

Measured in session 14 (C 0.3, threshold 0.6, both chosen by --cv on the tuned sets other than holdout24-29 before
the held-out pairs were looked at; 'added' the roles the step gives, judged against the gold; an added role can only
raise the accuracy unless the gold has none):

| held out (converting code) | converter alone | converter + step | added right | wrong | wrong, gold has none |
|---|---|---|---|---|---|
| holdout27-29 (3694313) | 36/51 | 39/51 | 3 | 3 | 0 |
| holdout24-26 (bb9b2d6) | 29/50 | 37/50 | 8 | 0 | 0 |
| --cv, 5 folds over the other tuned sets | 443/611 | 488/611 | 46 | 6 | 1 |

How far to trust it: 60 documents a pair, a handful of additions each. The held-out pairs were measured twice.
The first look (same C and threshold) read holdout27-29 36 -> 39 (3 right, 2 wrong) and holdout24-26 29 -> 33 (4
right, 4 wrong): most wrong additions were right heads with too long a phrase ('… des 1971 gegründeten', 'Präsidenten',
'… in <place>'). The same fault showed in the tuned cross-validation ('Solistin in ihren 23 Jahren beim'), so the
complement was narrowed to 'für/des/der/of/for' + a noun phrase ending on a noun, and weak nouns put in their base
form; cross-validation then chose the same C and threshold, and the second look gave the table above. The change
was prompted partly by the first look, so holdout24-26's 37/50 is not a clean figure; 33/50 is the figure from
before it. The three wrong additions on holdout27-29 (a plural with a verb before it, a plural, an English '-er'
shape that is no person) were not acted on. On the tuned sets it was trained on the step reads 532 -> 593/735
(one set lost one: a role added where the gold has none): no evidence.

Shipped after one measurement on the sealed sets holdout30-35 (120 documents; the converter of 783a8f5, with the
affiliation fallback, with and without this step; role of the gold experts the index found): 74/110 -> 83/110
(holdout30-32 41 -> 45, holdout33-35 33 -> 38); every other field and the experts unchanged.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import evaluate as ev  # noqa: E402  (the sets, the gold and the comparison, as the evaluation reads them)
import fallback_training as training  # noqa: E402  (read from this repository, like the step)

MODEL_PATH = ROOT / "src/briefing/extract/role_model.json"
# Regularisation and threshold chosen by --cv on the tuned sets other than holdout24-29 (the held-out pairs).
THRESHOLD = 0.6
C = 0.3
MIN_SETS = 8

# This repository's roles.py with the lexicon, affiliation helpers and linear model it imports, whatever (older)
# code PYTHONPATH converts with.
roles = training.load_step("briefing_roles", ["linear_model", "people_lexicon", "affiliations", "roles"])
STEP = training.Step(field="role", fill=roles.fill_roles, match=ev._role_match,
                     word_features=("ba:", "bb:"))  # words between person and candidate


def person_rows(records: list[dict]) -> list[dict]:
    """A row per gold expert the index took without a role: its candidates with features and whether each matches
    the gold role (a gold expert without one makes every candidate wrong: the model learns to abstain)."""
    rows = []
    for record in records:
        doc = record["doc"]
        gold = {ev.norm_name(e["name"]): e for e in record["gold"].get("experts") or []}
        people = [m for m in doc.people if roles.needs_role(m) and ev.norm_name(m.name) in gold]
        if not people:
            continue
        units = roles.text_units(doc)
        for mention in people:
            truth = gold[ev.norm_name(mention.name)].get("role")
            scored = roles.scored_candidates(doc, mention, units)
            rows.append({"set": record["set"], "file": record["gold"]["file"], "name": mention.name, "gold": truth,
                         "people": len(people),
                         "cands": [(c.text, f, bool(truth) and ev._role_match(truth, c.text)) for _, c, f in scored]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="train on the tuned sets and write the model")
    parser.add_argument("--exclude", default="", help="with --train: comma-separated sets to leave out")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="with --train: where to write the model")
    parser.add_argument("--hold-out", default="", help="comma-separated tuned sets to report on")
    parser.add_argument("--model", type=Path, help="with --hold-out: a model trained without those sets")
    parser.add_argument("--cv", type=int, nargs="?", const=5, default=0)
    parser.add_argument("--analyse", action="store_true", help="where the gold roles of the misses stand")
    parser.add_argument("-C", type=float, nargs="*", default=[C], dest="c")
    parser.add_argument("--min-sets", type=int, default=MIN_SETS)
    parser.add_argument("--threshold", type=float, nargs="*", default=[THRESHOLD])
    parser.add_argument("--cache", type=Path, help="keep the converted documents in this file between runs")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    tuned = ev.GROUPS["tuned"]()
    held = [s for s in args.hold_out.split(",") if s]
    if any(ev.sealed(s) for s in held):
        parser.error("sealed sets are not measured here")
    if args.analyse:
        records = training.collect(STEP, held or tuned, args.cache)
        analyse(records)
        return 0
    if args.cv:
        records = training.collect(STEP, [s for s in tuned if s not in training.DEV_EXCLUDED], args.cache)
        training.cross_validate(STEP, records, person_rows(records), args.cv, args.c, args.min_sets, args.threshold)
        return 0
    if held:
        records = training.collect(STEP, held, args.cache)
        model = json.loads((args.model or MODEL_PATH).read_text(encoding="utf-8"))
        for t in args.threshold if args.threshold != [THRESHOLD] else [model["threshold"]]:
            result = training.compare(STEP, records, model | {"threshold": t})
            print(f"held out {', '.join(held)} (threshold {t}): role {result['before'][0]}/{result['before'][1]} -> "
                  f"{result['after'][0]}/{result['after'][1]}; added {result['added']}")
            if args.verbose:
                for example in result["examples"]:
                    print("   ", example)
        return 0
    if args.train:
        excluded = {s for s in args.exclude.split(",") if s}
        records = training.collect(STEP, tuned, args.cache)
        model = training.train(STEP, person_rows([r for r in records if r["set"] not in excluded]), args.c[0],
                               args.min_sets, args.threshold[0])
        training.write_model(model, args.out)
        print(f"{args.out}: {len(model['weights'])} weights")
        return 0
    parser.print_help()
    return 1


# --- where the missing roles stand (--analyse) -------------------------------------------------------------------

_PLACES = ("apposition or directly before the name", "same sentence, before", "same sentence, after",
           "self-description", "another sentence of the block", "elsewhere in the text", "nowhere")


def _head_of(gold: str) -> list[str]:
    """The words to look for: each ';'-part's last word before a complement ('Professor für X' → 'professor')."""
    heads = []
    for part in str(gold).split(";"):
        part = re.split(r"\s(?:für|for|of|des|der|at|an|am|im|in|bei|von|and|und)\s|,", part.strip())[0]
        words = re.findall(r"[\wÄÖÜäöüß-]+", part)
        if words:
            heads.append(words[-1].casefold())
    return [h for h in heads if len(h) >= 4]


def _stem_in(head: str, text: str) -> list[int]:
    stem = head[:max(4, len(head) - 3)]
    return [m.start() for m in re.finditer(re.escape(stem), text.casefold())]


_SELF = re.compile(r"\b(?:ich bin|ich war|ich arbeite als|als \w+|i am|i'm|i was|i work as|as an?)\s+(?:\w+\s+){0,3}$",
                   re.I)


def locate(doc, mention, gold: str) -> str:
    """The nearest place (of _PLACES) where the document names the gold role's head noun."""
    units = roles.text_units(doc)
    spots = roles.person_spots(mention, units)
    own = {u for u, unit in enumerate(units) if mention.name in unit.speakers}
    best = len(_PLACES) - 1
    for head in _head_of(gold):
        for u, unit in enumerate(units):
            for pos in _stem_in(head, unit.text):
                lead = unit.text[max(0, pos - 40):pos]
                if _SELF.search(lead) and (u in own or any(s[0] == u for s in spots)):
                    best = min(best, 3)
                for su, s, e in spots:
                    if su != u:
                        continue
                    if unit.sentence_of(s) == unit.sentence_of(pos):
                        between = unit.text[e:pos] if pos >= e else unit.text[pos:s]
                        tight = len(between.split()) <= 3 and (pos < s or between.strip().startswith((",", "(")))
                        best = min(best, 0 if tight else 1 if pos < s else 2)
                    else:
                        best = min(best, 4)
                best = min(best, 5)
    return _PLACES[best]


def analyse(records: list[dict]) -> None:
    """For the gold experts the index found without any role (the gold naming one): the nearest place the
    document names the gold role's head noun."""
    found = training.measure(STEP, records, [r["doc"] for r in records])["found"]
    counts = collections.Counter()
    wrong = 0
    for record in records:
        doc = record["doc"]
        for expert in record["gold"].get("experts") or []:
            key = (doc.id, ev.norm_name(expert["name"]))
            if not expert.get("role") or key not in found:
                continue
            if found[key]:
                wrong += not ev._role_match(expert["role"], found[key])
                continue
            mention = next((m for m in doc.people if ev.norm_name(m.name) == key[1]), None)
            if mention is not None:
                counts[locate(doc, mention, expert["role"])] += 1
    print(f"{sum(counts.values())} gold experts found without a role (and {wrong} with a wrong one)")
    for place in _PLACES:
        print(f"  {place:<42} {counts[place]:3}")


if __name__ == "__main__":
    sys.exit(main())
