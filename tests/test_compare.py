"""Different figures for the same thing, side by side: general rules on small documents, then the seeds."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

from briefing.compare import FigureComparison, comparable_figures, key_words
from briefing.config import load_config
from briefing.extract.figures import extract_figures
from briefing.model import Block, Document, Mention, SourceMeta
from briefing.pipeline import convert_document

ROOT = Path(__file__).resolve().parents[1]


def doc(doc_id: str, *paragraphs: str, language: str = "de", people: list[str] = ()) -> Document:
    d = Document(id=doc_id, seed=f"{doc_id}.txt", format="txt", meta=SourceMeta(language=language),
                 blocks=[Block(kind="paragraph", text=t, anchor=f"p-{i}") for i, t in enumerate(paragraphs, 1)],
                 people=[Mention(name=n) for n in people])
    return extract_figures(d)


def values(comparison: FigureComparison) -> list[tuple[str, str]]:
    return [(doc_id, figure.value) for doc_id, figure, _ in comparison.entries]


# --- key words ---------------------------------------------------------------------------------

def test_key_words_leave_out_stop_number_and_currency_words():
    words = key_words("Das Training von R1 kostete nur rund 294.000 US-Dollar im Januar.", "rund 294.000 US-Dollar")
    assert sorted(words) == ["kosten", "r1", "training"]


def test_key_words_prefer_the_printed_lemma_and_drop_ignored_words():
    words = key_words("Die Kosten hat Acme gekostet: 5 Mio. Euro.", "5 Mio. Euro", "de", frozenset({"acme"}))
    assert words == {"kosten": "Kosten"}


# --- grouping ----------------------------------------------------------------------------------

def test_german_training_costs_stand_side_by_side_without_the_infrastructure_spend():
    docs = [
        doc("a", "Das Unternehmen gab die Kosten für das Training mit 5,6 Millionen US-Dollar an."),
        doc("b", "Eine Studie zeigte, dass das Training nur 294.000 US-Dollar kostete."),
        doc("c", "Meta und Microsoft wollen 228 Milliarden US-Dollar in Infrastruktur investieren, "
                 "die Kosten steigen."),
    ]
    [group] = comparable_figures(docs)
    assert group.kind == "money" and group.unit == "USD"
    assert values(group) == [("b", "294.000 US-Dollar"), ("a", "5,6 Millionen US-Dollar")]
    assert [amount for _, _, amount in group.entries] == [294_000, 5_600_000]
    assert group.subject == "Training · Kosten" and group.key_words == ["training", "kosten"]
    assert group.sources == ["b", "a"]


def test_english_sources_and_the_same_specific_amount():
    docs = [
        doc("a", "The final training run cost $5.6 million, the company said.", language="en"),
        doc("b", "Analysts doubt the claim that training cost only 5.6 million dollars.", language="en"),
        doc("c", "Its total cost was estimated at $5.6 million by the bank.", language="en"),  # amount + weak word
        doc("d", "Microsoft will spend $80 billion on data centres this year.", language="en"),
    ]
    [group] = comparable_figures(docs)
    assert sorted(d for d, _, _ in group.entries) == ["a", "b", "c"]
    assert group.subject.startswith("Training")
    assert all(amount == 5_600_000 for _, _, amount in group.entries)


def test_a_shared_cost_word_alone_does_not_make_the_same_thing():
    docs = [
        doc("a", "Das Training kostete 5 Millionen Euro."),
        doc("b", "Die neue Fabrik kostet 200 Millionen Euro."),
    ]
    assert comparable_figures(docs) == []


def test_no_comparison_across_units_within_one_source_or_without_shared_words():
    assert comparable_figures([
        doc("a", "Das Training kostete 5 Millionen Euro."),
        doc("b", "Das Training kostete 6 Millionen US-Dollar."),  # another currency
    ]) == []
    assert comparable_figures([
        doc("a", "Das Training kostete 5 Millionen Euro. Später kostete das Training 7 Millionen Euro."),
    ]) == []  # one source is no comparison
    assert comparable_figures([
        doc("a", "Der Umsatz lag bei 5 Millionen Euro.", "Nichts weiter."),
        doc("b", "Die Fabrik in Sachsen kostet 9 Millionen Euro."),
    ]) == []


def test_counts_compare_by_their_noun():
    docs = [
        doc("a", "Für das Training nutzte das Labor 2.048 GPUs."),
        doc("b", "Das Training lief angeblich auf 10.000 GPUs."),
        doc("c", "Das Training lief mit 300 Forschern."),  # another noun
    ]
    [group] = comparable_figures(docs)
    assert group.kind == "count" and group.unit == "GPUs"
    assert values(group) == [("a", "2.048 GPUs"), ("b", "10.000 GPUs")]


def test_a_chain_of_links_does_not_join_unrelated_things():
    docs = [
        doc("a", "Das Training des Sprachmodells kostete 5 Millionen Euro."),
        doc("b", "Training und Rechenzentrum kosteten Microsoft 8 Millionen Euro."),
        doc("c", "Microsoft baut ein Rechenzentrum für 900 Millionen Euro in Irland."),
    ]
    groups = comparable_figures(docs)
    for group in groups:
        ids = {d for d, _, _ in group.entries}
        assert not {"a", "c"} <= ids


def test_names_of_people_are_no_shared_subject():
    docs = [
        doc("a", "Anna Schmidt schätzt den Umsatz auf 5 Millionen Euro.", people=["Anna Schmidt"]),
        doc("b", "Laut Schmidt kostet die neue Fabrik 90 Millionen Euro."),
    ]
    assert comparable_figures(docs) == []


def test_the_collections_ubiquitous_words_are_no_shared_subject():
    filler = ["Quantix wächst.", "Quantix forscht.", "Quantix baut Chips.", "Quantix stellt ein.",
              "Quantix expandiert."]
    docs = [
        doc("a", "Quantix kostete die Fabrik 5 Millionen Euro.", *filler),
        doc("b", "Für Quantix lag der Umsatz bei 90 Millionen Euro.", *filler),
        doc("c", *filler),
    ]
    assert comparable_figures(docs) == []
    # the same two sentences alone: "Quantix" is a shared subject there
    alone = [doc("a", "Quantix kostete die Fabrik 5 Millionen Euro."),
             doc("b", "Für Quantix lag der Umsatz bei 90 Millionen Euro.")]
    assert len(comparable_figures(alone)) == 1


def test_output_does_not_depend_on_document_order():
    docs = [
        doc("a", "Das Training kostete 5,6 Millionen US-Dollar."),
        doc("b", "Das Training kostete nur 294.000 US-Dollar."),
        doc("c", "Das Training kostete rund 6 Millionen US-Dollar.", "Die Fabrik kostete 2 Millionen Euro."),
        doc("d", "Die Fabrik kostete 3 Millionen Euro."),
    ]
    expected = [c.model_dump() for c in comparable_figures(docs)]
    assert [(c["subject"], c["unit"]) for c in expected] == [("Training · Kosten", "USD"), ("Fabrik · Kosten", "EUR")]
    for seed in range(5):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert [c.model_dump() for c in comparable_figures(shuffled)] == expected


# --- the seeds ---------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def seed_documents() -> tuple[Document, ...]:
    config = load_config(ROOT / "briefing.yml")
    return tuple(convert_document(path, config) for path in sorted((ROOT / "seeds").iterdir()))


def test_seed_training_costs_side_by_side():
    groups = comparable_figures(list(seed_documents()))
    training = [g for g in groups if any(f.value == "294.000 US-Dollar" for _, f, _ in g.entries)]
    assert len(training) == 1
    group = training[0]
    entries = {(d[:3], f.value) for d, f, _ in group.entries}
    assert {("003", "5,6 Millionen US-Dollar"), ("004", "5,6 Millionen US-Dollar"),
            ("002", "294.000 US-Dollar")} <= entries
    assert entries <= {("003", "5,6 Millionen US-Dollar"), ("004", "5,6 Millionen US-Dollar"),
                       ("002", "294.000 US-Dollar"), ("002", "rund 6 Millionen US-Dollar"),
                       ("002", "rund 300.000 US-Dollar")}
    assert group.unit == "USD" and "training" in group.key_words
    amounts = [amount for _, _, amount in group.entries]
    assert amounts == sorted(amounts)
    assert not any("228 Milliarden" in f.value for g in groups for _, f, _ in g.entries)
