"""Figures: money, percentages, counts, dates and hardware, in German and English; the gold facts of the seeds."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from briefing.config import load_config
from briefing.extract.figures import (Amount, amount, extract_figures, figure_amount, find_figures, parse_number,
                                      sentence_spans)
from briefing.model import Block, Document, Figure, SourceMeta, TopicHit
from briefing.pipeline import convert_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = yaml.safe_load((ROOT / "tests" / "fixtures" / "gold_seeds.yml").read_text(encoding="utf-8"))


def found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], kind) for a, b, kind in find_figures(text)]


# --- numbers and amounts -----------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("294.000", 294000), ("294,000", 294000), ("5,6", 5.6), ("10.9", 10.9), ("1.234.567", 1234567),
    ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("55", 55), ("2023", 2023),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_parse_number_refuses_nonsense():
    assert parse_number("1.2.3") is None
    assert parse_number("R1") is None


@pytest.mark.parametrize("text,value,unit", [
    ("294.000 US-Dollar", 294_000, "USD"),
    ("rund 6 Millionen US-Dollar", 6e6, "USD"),
    ("5,6 Millionen US-Dollar", 5.6e6, "USD"),
    ("228 Milliarden US -Dollar", 228e9, "USD"),
    ("3 Mrd. Euro", 3e9, "EUR"),
    ("€ 10 Mio.", 10e6, "EUR"),
    ("$5.6 million", 5.6e6, "USD"),
    ("$589 billion", 589e9, "USD"),
    ("1,5 Billionen Euro", 1.5e12, "EUR"),  # German "Billion" is 10^12
    ("55 Prozent", 55, "%"),
    ("12.5%", 12.5, "%"),
    ("über 10,9 Millionen Downloads", 10.9e6, "Downloads"),
    ("2,000 GPUs", 2000, "GPUs"),
])
def test_amount_in_base_units(text, value, unit):
    assert amount(text) == Amount(pytest.approx(value), unit)


def test_vague_sums_have_no_amount():
    assert amount("zig Millionen Dollar") is None
    assert amount("im Januar") is None


def test_figure_amount_by_kind():
    assert figure_amount(Figure(value="5,6 Millionen US-Dollar", kind="money", sentence="", anchor="p-1")).value == 5.6e6
    assert figure_amount(Figure(value="Nvidia H800-Chips", kind="hardware", sentence="", anchor="p-1")) is None
    assert figure_amount(Figure(value="im Januar", kind="date", sentence="", anchor="p-1")) is None


# --- finding figures ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Das Training kostete nur 294.000 US-Dollar.", [("294.000 US-Dollar", "money")]),
    ("satte 228 Milliarden US-Dollar, 55 Prozent mehr als 2024.",
     [("228 Milliarden US-Dollar", "money"), ("55 Prozent", "percent")]),
    ("mit über 10,9 Millionen Downloads", [("über 10,9 Millionen Downloads", "count")]),
    ("die zig Millionen Dollar, die Konkurrenten ausgaben", [("zig Millionen Dollar", "money")]),
    ("mit Nvidia H800-Chips trainiert", [("Nvidia H800-Chips", "hardware")]),
    ("Chips wie der H100- und A100-Serie", [("H100- und A100-Serie", "hardware")]),
    ("mit 800 Karten von Nvidia trainiert", [("800 Karten von Nvidia", "hardware")]),
    ("mit schwächeren NVIDIA-Chips", [("NVIDIA-Chips", "hardware")]),
    ("DeepSeek machte Ende Januar Schlagzeilen", []),  # a month without a year is no fact
    ("DeepSeek machte Ende Januar 2025 Schlagzeilen", [("Ende Januar 2025", "date")]),
    ("am 30. Januar 2025 und am 17/09/2025", [("30. Januar 2025", "date"), ("17/09/2025", "date")]),
    ("On January 27, 2025 Nvidia lost $589 billion.", [("January 27, 2025", "date"), ("$589 billion", "money")]),
    ("It was trained on 2,048 GPUs by 200 researchers.", [("2,048 GPUs", "count"), ("200 researchers", "count")]),
    # a number before a town is a count where no address surrounds it; a count may open a sentence
    ("Es kamen über 12000 Besucher nach Solingen, 15000 Kinder nach Berlin.",
     [("über 12000 Besucher", "count"), ("15000 Kinder", "count")]),
    ("3 Vereine haben 250 Mitglieder.", [("3 Vereine", "count"), ("250 Mitglieder", "count")]),
    ("Auf Platz 2 landeten 1500 Läufer aus Solingen.", [("1500 Läufer", "count")]),
    # beside an address, a print run is still a count: no comma, house number or state code stands before it
    ("Verlag AG, 3084 Wabern, info@example.org Druckauflage: BEISPIELBLATT 7700 Exemplare",
     [("7700 Exemplare", "count")]),
])
def test_find_figures(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Tel.: +49 30 314-77129 (Sekretariat)",  # phone number
    "Ausgabe 1/2025 | Autor",  # edition
    "DeepSeek R1/V3, GPT-4, o1 und Llama-70b",  # model names
    "seit 2023 verboten; Ende 2023 ein Modell",  # years alone
    "1. Router-Netzwerk",  # list numbering
    "in den nächsten 12 Monaten",  # a duration is no count
    "Grok 3, die nächste Iteration",
    "ChatGPT 2.0 ist frei nutzbar",
    "Musterweg 2 42651 Solingen Tel.: (02 12) 22 65 76-01",  # a postal code in an address
    "Beispielverband e. V., Postfach 12 03, D-10115 Berlin",
    "Research Centre PO Box 772 Townsville QLD 4810 Australia Telephone",
    "2 RAHMENTARIFVERTRAG für die Beschäftigten",  # a page number before a heading
    "3 1 Geltungsbereich I. Räumlich",  # page and section numbers
])
def test_no_noise(text):
    assert found(text) == []


def test_sentence_spans_respect_abbreviations_and_dates():
    text = "Es kostete 5,6 Mio. US-Dollar, z.B. am 30. Januar. Dann kam Dr. Meier. Ende."
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == ["Es kostete 5,6 Mio. US-Dollar, z.B. am 30. Januar.", "Dann kam Dr. Meier.", "Ende."]


def test_extract_figures_keeps_sentence_anchor_and_topics():
    doc = Document(id="x", seed="x.txt", format="txt", meta=SourceMeta(language="de"), blocks=[
        Block(kind="paragraph", text="Vorher. Das Training kostete 294.000 US-Dollar. Nachher.", anchor="p-1"),
        Block(kind="paragraph", text="90+", anchor="p-2"),  # a bare number says nothing
        Block(kind="heading", text="Kosten", anchor="h-1"),
    ], topics=[TopicHit(id="cost-efficiency", score=3, evidence=["p-1", "h-1"])])
    extract_figures(doc)
    assert [f.model_dump() for f in doc.figures] == [{
        "value": "294.000 US-Dollar", "kind": "money", "sentence": "Das Training kostete 294.000 US-Dollar.",
        "anchor": "p-1", "topics": ["cost-efficiency"]}]


def test_figures_in_lists_and_tables():
    doc = Document(id="x", seed="x.txt", format="txt", blocks=[
        Block(kind="list", items=["Kosten: 5 Millionen Euro", "Anteil: 40 Prozent"], anchor="l-1"),
        Block(kind="table", rows=[["Modell", "Preis"], ["R1", "2 US-Dollar pro Million Tokens"]], anchor="t-1"),
    ])
    values = [(f.value, f.anchor) for f in extract_figures(doc).figures]
    assert values == [("5 Millionen Euro", "l-1"), ("40 Prozent", "l-1"), ("2 US-Dollar", "t-1")]


# --- gold facts --------------------------------------------------------------------------------

CONFIG = load_config(ROOT / "briefing.yml")


@lru_cache(maxsize=None)
def pipeline_doc(seed: str) -> Document:
    return convert_document(ROOT / "seeds" / seed, CONFIG)


def fact_amounts(fact: str) -> list[tuple[str, Amount]]:
    """The figures a gold fact names, read with the same rules ("about 294,000 USD" → money 294000 USD)."""
    out = []
    for a, b, kind in find_figures(fact):
        value = amount(fact[a:b])
        if kind in ("money", "percent", "count") and value is not None:
            out.append((kind, value))
    return out


FACTS = [(entry["file"], fact) for entry in GOLD for fact in entry.get("facts", [])]


def test_every_fact_names_a_figure():
    assert all(fact_amounts(fact) for _, fact in FACTS)


@pytest.mark.parametrize("seed,fact", FACTS)
def test_gold_fact_is_found_with_its_source(seed, fact):
    doc = pipeline_doc(seed)
    anchors = {b.anchor for b in doc.blocks}
    for kind, wanted in fact_amounts(fact):
        hits = [f for f in doc.figures if f.kind == kind and (got := figure_amount(f)) is not None
                and got.value == pytest.approx(wanted.value)
                and (got.unit or "").casefold() == (wanted.unit or "").casefold()]
        assert hits, f"{seed}: no {kind} figure {wanted} for fact {fact!r}; figures: {[f.value for f in doc.figures]}"
        figure = hits[0]
        assert figure.anchor in anchors and figure.value in figure.sentence


def test_gold_hardware_of_the_seeds():
    values = {f.value for seed in ("000_d47760217372a6ea.txt", "002_bc7bd72e0dd89d0b.txt")
              for f in pipeline_doc(seed).figures if f.kind == "hardware"}
    assert {"H100- und A100-Serie", "Nvidia H800-Chips"} <= values


def test_no_noise_in_the_seeds():
    for entry in GOLD:
        for figure in pipeline_doc(entry["file"]).figures:
            assert figure.value not in ("R1", "V3", "2023", "2024", "2025"), (entry["file"], figure)
            assert "+49" not in figure.value and "314" not in figure.value


# --- English currencies and counted chips ----------------------------------------------------------

@pytest.mark.parametrize("text,value,unit", [
    ("It cost 5.6 million dollars to train.", 5.6e6, "USD"),
    ("about 5 million euros", 5e6, "EUR"),
    ("Training cost 5.6 million US dollars.", 5.6e6, "USD"),
    ("It cost 5.6 million U.S. dollars.", 5.6e6, "USD"),
])
def test_english_currencies_in_lower_case(text, value, unit):
    [(a, b, kind)] = find_figures(text)
    assert kind == "money" and amount(text[a:b]) == Amount(pytest.approx(value), unit)


@pytest.mark.parametrize("text,value,number,unit", [
    ("Es wurde auf 2.048 Nvidia-GPUs trainiert.", "2.048 Nvidia-GPUs", 2048, "GPUs"),
    ("trained on 2,048 Nvidia H800 GPUs", "2,048 Nvidia H800 GPUs", 2048, "GPUs"),
    ("mit 800 Karten von Nvidia trainiert", "800 Karten von Nvidia", 800, "Karten"),
    ("seit 2023 Nvidia-Chips verboten", "Nvidia-Chips", None, None),  # a year is no count
])
def test_hardware_counts(text, value, number, unit):
    [(a, b, kind)] = find_figures(text)
    assert (text[a:b], kind) == (value, "hardware")
    got = figure_amount(Figure(value=value, kind="hardware", sentence=text, anchor="p-1"))
    assert (got.value, got.unit) == (number, unit) if number else got is None
