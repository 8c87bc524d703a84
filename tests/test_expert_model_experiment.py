"""The expert-model experiment (scripts/expert_model_experiment.py, scripts/expert_model_features.py): its features,
inference and training. The converter does not use the model (it read worse on the sealed sets)."""

from __future__ import annotations

import json
import math

import pytest

from briefing.model import Mention, Quote

from script_module import load_script
from test_people_titles import doc_of  # blocks → a document with anchors and its raw text


def training_module():
    return load_script("expert_model_experiment")


def features_module():
    return load_script("expert_model_features")


# --- inference ------------------------------------------------------------------------------------------------------

def test_probability_is_the_logistic_of_the_weights():
    features = features_module()
    model = {"intercept": -1.0, "threshold": 0.5, "weights": {"title": 2.0, "near:sagte": 0.5}}
    assert features.expert_probability({}, model) == pytest.approx(1 / (1 + math.e))
    both = features.expert_probability({"title": 1.0, "near:sagte": 1.0, "near:unbekannt": 1.0}, model)
    assert both == pytest.approx(1 / (1 + math.exp(-1.5)))  # a feature without a weight counts nothing
    assert features.expert_probability({"mentions": 0.3}, model) == features.expert_probability({}, model)


def test_reasons_the_model_decides():
    features = features_module()
    assert features.model_decides("no statement and no presented expertise")
    assert features.model_decides("office holder (executive, politician, spokesperson) without a statement")
    # a reason with the 'how' of a statement is that reason
    lay = "quoted; a lay witness (role without expertise or organisation)"
    assert features.reason_kind(lay) == "a lay witness (role without expertise or organisation)"
    assert features.model_decides(lay)
    for sure in ("asks the questions", "journalist by role", "byline", "press or media contact",
                 "named only in a caption", "named only in a list of names", "quoted; no expertise stated",
                 "quoted; title, research role or research affiliation",
                 "presented in a profile or expert section; executive or political role"):
        assert not features.model_decides(sure), sure


def test_features_of_a_person_read_from_the_extraction():
    features = features_module()
    doc = doc_of("Die Stadtwerke Musterstadt bauen aus. „Wir investieren“, sagte Dr. Anna Muster, Leiterin der "
                 "Abteilung.", "Muster betonte: Die Kosten sind gedeckt.", kind="news", authors=["Tim Roth"])
    doc.people = [Mention(name="Anna Muster", title="Dr.", role="Leiterin der Abteilung", affiliation="Stadtwerke",
                          category="quoted", labels=["Muster"]),
                  Mention(name="Tim Roth", category="author", labels=["Roth"])]
    doc.quotes = [Quote(speakers=["Anna Muster"], text="Wir investieren", anchor="b-0"),
                  Quote(speakers=["Anna Muster"], text="Die Kosten sind gedeckt", anchor="b-1", kind="indirect")]
    reading = features.DocumentReading(doc)
    anna = features.person_features(reading, doc.people[0], "quoted; no expertise stated")
    assert anna["category:quoted"] == anna["reason:no expertise stated"] == anna["kind:news"] == 1.0
    assert anna["title"] == anna["role"] == anna["affiliation"] == 1.0 and "email" not in anna
    assert anna["role:leiterin"] == anna["role:abteilung"] == 1.0
    assert anna["statements"] == pytest.approx(2 / 5) and "answers" not in anna
    # the full name and the surname, each a word of its own ('Musterstadt' is no mention)
    assert anna["mentions"] == pytest.approx(2 / 10)
    assert {"near:sagte", "near:betonte", 'near:"', "near:kosten"} <= set(anna)
    roth = features.person_features(reading, doc.people[1], "byline")
    assert roth["author"] == 1.0 and roth["reason:byline"] == 1.0 and "mentions" not in roth


# --- training -------------------------------------------------------------------------------------------------------

def _rows():
    """Invented rows: an expert is quoted and titled, the others are not; words of four sets and of one."""
    rows = []
    for n in range(16):
        expert = n // 4 % 2 == 0  # in every set
        features = {"category:" + ("expert" if expert else "mentioned"): 1.0, "title": float(expert),
                    "near:sagte" if expert else "near:besuch": 1.0, f"near:only{n}": 1.0, "role:leiterin": 1.0}
        rows.append({"set": f"set{n % 4}", "gold": expert, "features": {k: v for k, v in features.items() if v}})
    return rows


def test_training_keeps_words_of_several_sets_and_is_deterministic():
    features = features_module()
    train = training_module()
    rows = _rows()
    assert train.vocabulary(rows, min_sets=3) == sorted(
        ["category:expert", "category:mentioned", "title", "near:sagte", "near:besuch", "role:leiterin"])
    first, second = (train.fit(rows, min_sets=3, c=1.0, threshold=0.3) for _ in range(2))
    dump = lambda model: json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True)  # noqa: E731 (as main writes)
    assert dump(first) == dump(second)
    assert first["weights"]["near:sagte"] > 0 > first["weights"]["near:besuch"] and first["threshold"] == 0.3
    assert features.expert_probability({"title": 1.0, "near:sagte": 1.0}, first) > 0.5
    assert features.expert_probability({"near:besuch": 1.0}, first) < 0.5


def test_training_refuses_to_hold_out_a_set_that_is_not_tuned(capsys):
    train = training_module()
    sealed = train.ev.GROUPS["sealed"]() or ["holdout999"]
    with pytest.raises(SystemExit):
        train.main(["--hold-out", sealed[0]])
    assert "not a tuned set" in capsys.readouterr().err
