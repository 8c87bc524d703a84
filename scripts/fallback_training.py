"""What the training scripts of the learned fallback steps share (scripts/affiliation_fallback.py for
`extract.affiliations`, scripts/role_fallback.py for `extract.roles`).

Each step fills one field of the indexed people (`Step.field`) with the best of its candidates by a logistic model.
The scripts convert the tuned sets with the code on PYTHONPATH without the step (`collect`), list each person's
candidates with features and a label (their own `person_rows`), fit the model (`train`), and measure the field as
`scripts/evaluate.py` counts it with and without the step (`compare`, `cross_validate`). The step's code is read from
this repository by path (`load_step`), so that older code on PYTHONPATH can convert sets it never saw.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT / "src/briefing/extract"
sys.path.insert(0, str(ROOT / "scripts"))
import evaluate as ev  # noqa: E402  (the sets, the gold and the comparison, as the evaluation reads them)

# The held-out pairs: --cv leaves them out, so that they can judge what it chose.
DEV_EXCLUDED = {f"holdout{n}" for n in range(24, 30)}


@dataclass(frozen=True)
class Step:
    """A fallback step as its training sees it."""

    field: str  # the attribute it fills (on Mention and on the corpus' Affiliation), and the evaluation's name for it
    fill: Callable  # fill(doc, model): the step; the pipeline calls it by the same name
    match: Callable[[str | None, str | None], bool]  # the evaluation's comparison of a gold value and a found one
    word_features: tuple[str, ...]  # prefixes of the features that are words of the text: kept if in min_sets sets


# --- the step's code, from this repository ----------------------------------------------------------------------

def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def load_step(prefix: str, names: list[str]) -> ModuleType:
    """This repository's src/briefing/extract/<name>.py for each of names in order, read by path whatever (older)
    code PYTHONPATH converts with; the last is the step. While they load, each stands in for
    `briefing.extract.<name>` so that the later ones import this repository's version; afterwards the code on
    PYTHONPATH is `briefing` again."""
    import briefing.extract as package

    saved_modules: dict[str, ModuleType | None] = {}
    saved_attributes: dict[str, ModuleType | None] = {}
    try:
        for name in names:
            module = _load(f"{prefix}_{name}", EXTRACT / f"{name}.py")
            saved_modules[f"briefing.extract.{name}"] = sys.modules.get(f"briefing.extract.{name}")
            saved_attributes[name] = getattr(package, name, None)
            sys.modules[f"briefing.extract.{name}"] = module
            setattr(package, name, module)  # 'from briefing.extract import <name>' reads the attribute first
        return module
    finally:
        for key, saved in saved_modules.items():
            if saved is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = saved
        for name, saved in saved_attributes.items():
            if saved is None:
                delattr(package, name)
            else:
                setattr(package, name, saved)


# --- the documents --------------------------------------------------------------------------------------------

# The fallback steps in the order `pipeline.convert_document` runs them.
PIPELINE_ORDER = ("fill_affiliations", "fill_roles")


def collect(step: Step, sets: list[str], cache: Path | None = None) -> list[dict]:
    """Per document of the sets: set, gold entry and the Document as the code on PYTHONPATH converts it without the
    step (the population the step works on). `cache` keeps them between runs."""
    import briefing.pipeline as pipeline
    from briefing.config import load_config

    if cache and cache.is_file():
        records = pickle.loads(cache.read_bytes())
        if {r["set"] for r in records} >= set(sets):
            return [r for r in records if r["set"] in sets]
    # the step and the fallback steps after it are off: the step sees each document as it does in the pipeline
    # (the role step runs after the affiliation step, so the affiliations' training sees no filled role)
    later = PIPELINE_ORDER[PIPELINE_ORDER.index(step.fill.__name__):]
    for name in later:
        if hasattr(pipeline, name):  # older code may not have the step
            setattr(pipeline, name, lambda doc, *args, **kwargs: doc)
    config = load_config(ROOT / "briefing.yml")
    records = []
    for name in sets:
        gold_path, folder = ev.SETS[name]
        for entry in ev.load_gold(gold_path):
            records.append({"set": name, "gold": entry,
                            "doc": pipeline.convert_document(folder / entry["file"], config)})
    if cache:
        cache.write_bytes(pickle.dumps(records))
    return records


# --- the model ----------------------------------------------------------------------------------------------------

def vocabulary(step: Step, rows: list[dict], min_sets: int) -> set[str]:
    """The word features found in at least min_sets sets (no set's subject vocabulary)."""
    sets_of: dict[str, set[str]] = collections.defaultdict(set)
    for row in rows:
        for _, f, _ in row["cands"]:
            for k in f:
                if k.startswith(step.word_features):
                    sets_of[k].add(row["set"])
    return {k for k, s in sets_of.items() if len(s) >= min_sets}


def _kept(step: Step, f: dict[str, float], vocab: set[str]) -> dict[str, float]:
    return {k: v for k, v in f.items() if not k.startswith(step.word_features) or k in vocab}


def train(step: Step, rows: list[dict], c: float, min_sets: int, threshold: float) -> dict:
    """A logistic regression (L2, C) over the rows' candidates, as the JSON the step reads: weights rounded (those
    rounding to 0 left out), intercept, threshold."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(step, rows, min_sets)
    x, y, weights = [], [], []
    for row in rows:
        for _, f, match in row["cands"]:
            x.append(_kept(step, f, vocab))
            y.append(match)
            weights.append(1 / row["people"])  # a document counts once, however many people it names
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=10000).fit(vectorizer.fit_transform(x), y, sample_weight=weights)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if round(float(w), 4) != 0.0}
    return {"intercept": round(float(model.intercept_[0]), 4), "threshold": threshold,
            "weights": dict(sorted(weights.items()))}


def write_model(model: dict, path: Path) -> None:
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- measuring ----------------------------------------------------------------------------------------------------

def apply_step(step: Step, records: list[dict], model: dict) -> list:
    """Copies of the documents with the step applied."""
    docs = []
    for record in records:
        doc = record["doc"].model_copy(deep=True)
        step.fill(doc, model)
        docs.append(doc)
    return docs


def measure(step: Step, records: list[dict], docs: list) -> dict:
    """The step's field of the gold experts the index found, as evaluate.py counts it, per set and pooled; and
    what the index holds for each (source, person)."""
    from briefing.config import load_config
    from briefing.corpus import build_corpus

    config = load_config(ROOT / "briefing.yml")
    by_set: dict[str, list[int]] = collections.defaultdict(list)
    for i, record in enumerate(records):
        by_set[record["set"]].append(i)
    correct = total = 0
    found: dict[tuple[str, str], str | None] = {}
    for name, indices in by_set.items():
        corpus = build_corpus([docs[i] for i in indices], config)
        stats = ev.role_accuracy([records[i]["gold"] for i in indices], corpus)
        correct += stats[step.field][0]
        total += stats[step.field][1]
        for person in corpus.people:
            for a in person.affiliations:
                found[(a.source, ev.norm_name(person.name))] = getattr(a, step.field)
    return {"correct": correct, "total": total, "found": found}


def compare(step: Step, records: list[dict], model: dict) -> dict:
    """The converter alone against the converter and the step: accuracy, and each addition judged."""
    before = measure(step, records, [r["doc"] for r in records])
    after_docs = apply_step(step, records, model)
    after = measure(step, records, after_docs)
    added = collections.Counter()
    examples = []
    for record, doc in zip(records, after_docs):
        for expert in record["gold"].get("experts") or []:
            key = (doc.id, ev.norm_name(expert["name"]))
            if key not in after["found"] or before["found"].get(key) == after["found"][key]:
                continue
            truth, new = expert.get(step.field), after["found"][key]
            verdict = "right" if step.match(truth, new) else "wrong (gold none)" if not truth else "wrong"
            added[verdict] += 1
            examples.append((verdict, record["set"], record["gold"]["file"], expert["name"], truth, new))
    return {"before": (before["correct"], before["total"]), "after": (after["correct"], after["total"]),
            "added": dict(added), "examples": examples}


def cross_validate(step: Step, records: list[dict], rows: list[dict], folds: int, cs: list[float], min_sets: int,
                   thresholds: list[float]) -> None:
    """For each C: train on all sets but one fold of them (the rows), apply to that fold (the records); summed over
    the folds, per threshold."""
    sets = sorted({r["set"] for r in records})
    for c in cs:
        totals = {t: collections.Counter() for t in thresholds}
        for k in range(folds):
            held = set(sets[k::folds])
            model = train(step, [r for r in rows if r["set"] not in held], c, min_sets, thresholds[0])
            part = [r for r in records if r["set"] in held]
            for t in thresholds:
                result = compare(step, part, model | {"threshold": t})
                totals[t].update({"before": result["before"][0], "after": result["after"][0],
                                  "total": result["after"][1], **result["added"]})
        for t, n in totals.items():
            print(f"C {c} threshold {t:.2f}: {step.field} {n['before']}/{n['total']} -> {n['after']}/{n['total']}"
                  f"  added right {n['right']}, wrong {n['wrong']}, wrong where the gold has none "
                  f"{n['wrong (gold none)']}", flush=True)
