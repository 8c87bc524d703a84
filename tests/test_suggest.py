"""Suggested taxonomy: key phrases shared by several sources, lemmatised, deduplicated, deterministic."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefing.config import BriefingConfig, TopicSpec, load_config, parse_config
from briefing.model import Block, Document, Mention, SourceMeta
from briefing.suggest import suggest_topics, suggestions_yaml, topics_or_suggestions

ROOT = Path(__file__).resolve().parents[1]

TEXTS = {
    "a": ["Die Kernfusion gilt als saubere Energiequelle der Zukunft.",
          "Forscher am Tokamak in Greifswald melden einen Rekord bei der Kernfusion.",
          "Der Stellarator Wendelstein hält das Plasma länger stabil.",
          "Laut Anna Berger ist die Kernfusion noch Jahrzehnte entfernt."],
    "b": ["Die Kernfusion bekommt neue Fördermittel vom Bund.",
          "Ein Tokamak in Frankreich soll ab 2035 Plasma erzeugen.",
          "Kritiker sehen die Fördermittel für die Kernfusion skeptisch.",
          "Anna Berger sagt, die Solarenergie sei schneller verfügbar."],
    "c": ["Die Solarenergie wächst weltweit schneller als erwartet.",
          "Neue Solarzellen aus Perowskit erreichen Rekordwerte.",
          "Auch Anna Berger lobt die Solarenergie als günstige Quelle.",
          "Die Solarzellen werden billiger, der Ausbau der Solarenergie schneller."],
}


def make_doc(doc_id: str, paragraphs: list[str]) -> Document:
    blocks = [Block(kind="paragraph", text=t, anchor=f"p-{i}") for i, t in enumerate(paragraphs, 1)]
    return Document(id=doc_id, seed=f"{doc_id}.txt", format="txt", blocks=blocks,
                    meta=SourceMeta(language="de"), people=[Mention(name="Anna Berger", category="expert")])


def documents() -> list[Document]:
    return [make_doc(k, v) for k, v in TEXTS.items()]


def test_suggests_phrases_shared_by_several_sources():
    specs = suggest_topics(documents(), "de")
    ids = [s.id for s in specs]
    assert "kernfusion" in ids and "solarenergie" in ids
    kern = next(s for s in specs if s.id == "kernfusion")
    assert kern.label == {"de": "Kernfusion"} and "Kernfusion" in kern.signals
    assert "a, b" in kern.description


def test_months_and_weekdays_are_no_topics():
    """Sources written in the same month share its name ('Juni'), which names no subject."""
    extra = ["Im Juni beginnt die Saison, am Freitag die Messe.", "Der Juni bleibt der Juni, und Freitag ist Freitag."]
    texts = {k: [*v, *extra] if k in "ab" else v for k, v in TEXTS.items()}
    specs = suggest_topics([make_doc(k, v) for k, v in texts.items()], "de")
    labels = {s.label["de"] for s in specs}
    assert "Kernfusion" in labels and not labels & {"Juni", "Freitag"}


def test_the_genres_own_words_are_no_topics_also_in_the_plural():
    """A release's 'Presse' and a report's 'Teams' are in many sources of a corpus and name no subject."""
    extra = ["Die Presse war da, die Teams auch, viele Gäste.", "Kontakt für die Presse: die Teams der Pressestelle und Gäste."]
    texts = {k: [*v, *extra] if k in "ab" else v for k, v in TEXTS.items()}
    labels = {s.label["de"] for s in suggest_topics([make_doc(k, v) for k, v in texts.items()], "de")}
    assert "Kernfusion" in labels and not labels & {"Presse", "Teams", "Team", "Kontakt", "Pressestelle", "Gast", "Gäste"}


def test_a_german_noun_is_labelled_in_its_dictionary_form():
    """YAKE prints the form the texts use most ('Imkern'); a topic heading names the noun ('Imker')."""
    texts = {"a": ["Den Imkern fehlt der Regen.", "Mit den Imkern sprach der Verband.", "Den Imkern hilft das."],
             "b": ["Bei den Imkern ist Ruhe.", "Von den Imkern kommt Honig.", "Den Imkern gehört die Wiese."],
             "c": ["Der Regen kam spät."]}
    specs = suggest_topics([make_doc(k, v) for k, v in texts.items()], "de")
    imker = next(s for s in specs if s.id.startswith("imker"))
    assert imker.label == {"de": "Imker"} and "Imkern" in imker.signals


def test_a_phrase_of_one_source_is_no_topic():
    ids = [s.id for s in suggest_topics(documents(), "de")]
    assert not any("wendelstein" in i or "perowskit" in i for i in ids)


def test_people_are_no_topics():
    ids = [s.id for s in suggest_topics(documents(), "de")]
    assert not any("berger" in i or "anna" in i for i in ids)


def test_deduplicated_on_lemmas_and_unique_ids():
    specs = suggest_topics(documents(), "de")
    ids = [s.id for s in specs]
    assert len(ids) == len(set(ids))
    lowered = [s.label["de"].casefold() for s in specs]
    assert len(lowered) == len(set(lowered))


def test_deterministic_whatever_the_order():
    one = suggestions_yaml(suggest_topics(documents(), "de"))
    two = suggestions_yaml(suggest_topics(list(reversed(documents())), "de"))
    assert one == two


def test_max_topics_and_no_documents():
    assert len(suggest_topics(documents(), "de", max_topics=1)) == 1
    assert suggest_topics([], "de") == []


def test_yaml_is_a_valid_topics_block():
    text = suggestions_yaml(suggest_topics(documents(), "de"))
    assert text.startswith("#")
    config = parse_config(text, Path("suggested.yml"))
    assert config.topics and all(isinstance(t, TopicSpec) for t in config.topics)
    assert "old_ids" not in yaml.safe_load(text)["topics"][0]


def test_topics_or_suggestions():
    config = BriefingConfig(topics=[TopicSpec(id="x", label="X", signals=["x"])])
    assert topics_or_suggestions(config, documents()) == (config.topics, False)
    specs, suggested = topics_or_suggestions(BriefingConfig(), documents())
    assert suggested and specs == suggest_topics(documents(), "de")


def test_suggestions_for_the_seeds_are_shared_phrases():
    from briefing.pipeline import convert_document

    config = load_config(ROOT / "briefing.yml")
    docs = [convert_document(p, config) for p in sorted((ROOT / "seeds").glob("*"))]
    specs = suggest_topics(docs, "de")
    assert 3 <= len(specs) <= 12
    assert any(s.id == "open-source" for s in specs)
    assert not any(s.id in ("deepseek", "lewis-tunstall") for s in specs)


def test_a_german_word_alone_is_a_topic_only_as_a_noun():
    """'Gemeinsam' opening sentences (an adverb), 'die Deutschen' (a nominalised adjective) and 'Vorsitzender' (an
    office: people belong to the expert index) are no subjects; 'Ernte' is."""
    opening = ["Gemeinsam mit den Nachbarn feiern die Deutschen die Ernte im Dorf.",
               "Der Vorsitzender des Vereins lobt die Ernte des Jahres.",
               "Gemeinsam planen sie die nächste Ernte, sagt der Vorsitzender."]
    docs = [make_doc(k, opening + [f"Weitere Sätze über das Dorf {k} folgen hier."]) for k in "abc"]
    docs.append(make_doc("d", ["Im Nachbarort wird ein Fest für den Frühling geplant.", "Die Musik spielt lange."]))
    labels = {s.label["de"] for s in suggest_topics(docs, "de")}
    assert "Ernte" in labels
    assert not labels & {"Gemeinsam", "Deutschen", "Vorsitzender"}


def test_a_label_starts_with_a_capital():
    docs = [make_doc(k, ["The harvest of organic food grows.", "Organic food sells well, food experts say.",
                         "More food is organic than ever."]) for k in "ab"]
    for doc in docs:
        doc.meta.language = "en"
    specs = suggest_topics(docs, "en")
    assert specs and all(s.label["en"][:1].isupper() for s in specs)
