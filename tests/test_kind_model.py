"""The text model of `kind` (extract/metadata/kind_text.py, kind_model.json) and its training script."""

from __future__ import annotations

import json
import re

import pytest

from briefing.extract.metadata import kind_text
from briefing.extract.metadata.kind import KINDS

from script_module import load_script


def training_module():
    return load_script("train_kind_model")


def test_the_committed_model_knows_every_kind_and_never_saw_a_sealed_set():
    model = kind_text.load_model()
    assert set(model["weights"]) == set(model["intercepts"]) == set(KINDS)
    assert model["documents"] >= 500
    train = training_module()
    tuned, sealed = set(train.ev.GROUPS["tuned"]()), set(train.ev.GROUPS["sealed"]())
    assert set(model["trained_on"]) <= tuned and not set(model["trained_on"]) & sealed
    for weights in model["weights"].values():
        # genre words and form measures only: a token of the tokenizer or a 'form:' measure
        assert all(re.fullmatch(r"[a-zäöüß]+|[\"?!:@]|\d+|form:\w+", name) for name in weights)


def test_features_are_the_body_s_tokens_and_the_lines_form():
    lines = ["Wer fragt?", "", "Anna Beck (anna@example.org) sagte: „Wir.“ " + "x" * 80]
    features = kind_text.text_features("Wer fragt? Anna sagte: „Wir.“", lines)
    assert {"wer", "fragt", "?", "anna", "sagte", ":", '"', "wir"} <= set(features)
    per_thousand = len("Wer fragt? " + lines[2]) / 1000  # the lines joined, blank ones left out
    assert features["form:questions"] == pytest.approx(1 / per_thousand) and features["form:email"] == 1.0
    assert features["form:quotes"] == pytest.approx(2 / per_thousand)
    # quotation marks of any style are the same to the model
    straight = [line.replace("„", '"').replace("“", '"') for line in lines]
    assert kind_text.text_features('Wer fragt? Anna sagte: "Wir."', straight) == features
    assert kind_text.text_features("Wer fragt? Anna sagte: „Wir.“", lines) == features
    # the same text in other lines has the same form
    assert kind_text.form_features(["Wer fragt? " + lines[2]]) == kind_text.form_features(lines)
    assert kind_text.form_features(["Wer", "fragt? " + lines[2]]) == kind_text.form_features(lines)


def test_probabilities_follow_the_weights():
    model = {"intercepts": {"news": 0.0, "article": 0.5},
             "weights": {"news": {"sagte": 2.0, "form:email": 0.0}, "article": {"ich": 1.0}}}
    news = kind_text.kind_probabilities({"sagte": 1.0, "form:email": 1.0}, model)
    assert news["news"] > news["article"] and sum(news.values()) == pytest.approx(1.0)
    article = kind_text.kind_probabilities({"ich": 1.0, "unbekannt": 1.0}, model)
    assert article["article"] > article["news"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Die Polizei sucht nach dem Unfall in der Innenstadt nach Zeugen. Wie ein Sprecher am Montag sagte, war der "
     "Fahrer nach ersten Erkenntnissen zu schnell unterwegs. „Wir prüfen alle Hinweise“, sagte er. Die Straße "
     "blieb bis zum Abend gesperrt, berichtete die Stadt.", "news"),
    ("Die Stadtwerke Musterstadt bieten ihren Kundinnen und Kunden ab dem 1. März einen neuen Service an. „Wir "
     "freuen uns, den Alltag unserer Kunden einfacher zu machen“, sagt Geschäftsführerin Anna Beck. Mit der neuen App "
     "können Zählerstände bequem online übermittelt werden. Über die Stadtwerke Musterstadt: Die Stadtwerke "
     "versorgen 40.000 Haushalte mit Strom, Gas und Wasser. Pressekontakt: Tim Roth, "
     "presse@stadtwerke-musterstadt.de", "press_release"),
    ("Example Corp today announced the launch of its new recycling program for schools. “We are proud to support "
     "teachers,” said Jane Roe, CEO of Example Corp. The program provides free bins and lesson plans. About Example "
     "Corp: Example Corp makes packaging from recycled paper. Media contact: Tim Roth, press@example.com",
     "press_release"),
])
def test_the_committed_model_reads_a_report_and_releases(text, kind):
    # a sanity check of the trained weights on invented texts of plain genre
    assert kind_text.kind_from_text(text, text.split(". ")) == kind


def _rows():
    """Invented training rows: 'sagte' and a question mark in news and interviews of four sets."""
    rows = []
    for n, kind in enumerate(["news", "interview", "press_release"] * 4):
        words = {"news": ["sagte", "polizei"], "interview": ["?", "sie"], "press_release": ["freuen", "kontakt"]}[kind]
        rows.append({"set": f"set{n % 4}", "gold": kind,
                     "features": dict.fromkeys(words + [f"only{n}"], 1.0) | {"form:email": float(kind == "press_release")}})
    return rows


def test_training_keeps_words_of_several_sets_and_is_deterministic():
    train = training_module()
    rows = _rows()
    assert train.vocabulary(rows, min_sets=3) == sorted(
        ["?", "form:email", "freuen", "kontakt", "polizei", "sagte", "sie"])  # 'only<n>' is in one set
    first, second = train.fit(rows, min_sets=3, c=1.0), train.fit(rows, min_sets=3, c=1.0)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert first["weights"]["news"]["sagte"] > 0 > first["weights"]["press_release"]["sagte"]
    probabilities = kind_text.kind_probabilities({"sagte": 1.0, "polizei": 1.0}, first)
    assert max(probabilities, key=probabilities.get) == "news"


def test_training_refuses_to_hold_out_a_set_that_is_not_tuned(capsys):
    train = training_module()
    sealed = train.ev.GROUPS["sealed"]()
    with pytest.raises(SystemExit):
        train.main(["--hold-out", sealed[0]])
    assert "not a tuned set" in capsys.readouterr().err
