"""UI strings of the generated pages, per site language."""

from __future__ import annotations

STRINGS = {
    "de": {
        "home": "Start", "sources": "Quellen", "experts": "Expert:innen", "topics": "Themen",
        "figures": "Zahlen & Fakten", "tags": "Schlagworte",
        "date": "Datum", "date_inferred": "erschlossen, nicht angegeben", "authors": "Autor:innen",
        "publisher": "Herausgeber", "distributor": "Verbreitet über", "url": "Originalquelle",
        "language": "Sprache", "kind": "Art", "summary": "Zusammenfassung", "keywords": "Stichworte",
        "people_here": "Personen in dieser Quelle", "topics_here": "Themen dieser Quelle",
        "experts_section": "Expert:innen", "quoted_section": "Zitierte Personen aus Wirtschaft und Politik",
        "quoted_category": "zitiert (Wirtschaft/Politik)", "expert_category": "Expert:in",
        "role": "Rolle", "affiliation": "Organisation", "unit": "Einheit", "source": "Quelle",
        "contact": "Kontakt", "quotes": "Aussagen", "no_quotes": "Keine wörtlich zugeordneten Aussagen.",
        "sources_count": "Quellen", "quotes_count": "Aussagen", "no_date": "ohne Datum",
        "link_to_this": "Auf diese Seite verlinken", "permalink": "Dauerhafte Adresse", "cite": "Zitierweise",
        "unknown": "unbekannt", "other_organisation": "ohne Organisation",
        "all_sources": "Alle Quellen nach Datum", "no_topics": "Keine Themen zugeordnet.",
        "no_people": "Keine Personen im Index.", "key_passages": "Schlüsselstellen",
        "related_topics": "Verwandte Themen", "title": "Titel", "overview": "Worum es geht",
        "image": "Bild", "question": "Frage", "experts_on_topic": "Expert:innen zu diesem Thema",
        "no_experts_on_topic": "Keine Expert:innen zu diesem Thema.", "people_and_topics": "Personen und Themen",
        "figure": "Zahl", "sentence": "Satz", "no_figures": "Keine Zahlen gefunden.",
        "tags_intro": "Alle Schlagworte (Themen) mit den Seiten, die sie tragen.",
        "kinds": {"press_release": "Pressemitteilung", "interview": "Interview", "news": "Nachricht",
                  "slides": "Folien/Broschüre", "article": "Artikel"},
        "passages": "Stellen",
        "timeline": "Zeitleiste der Quellen", "key_figures": "Zahlen auf einen Blick",
        "matrix": "Wer äußert sich zu welchem Thema (Anzahl der Quellen)",
        "inferred_note": "\\* Datum erschlossen, nicht in der Quelle angegeben",
        "all_figures": "Alle Zahlen & Fakten",
        "statements_on_topic": "Was sie dazu sagen", "field": "Angabe", "value": "Wert", "no_topic": "Ohne Thema", "source_one": "Quelle",
        "differing_figures": "Unterschiedliche Angaben", "amount": "Betrag",
        "differing_intro": "Wo Quellen für dieselbe Sache verschiedene Zahlen nennen, stehen sie hier nebeneinander.",
    },
    "en": {
        "home": "Home", "sources": "Sources", "experts": "Experts", "topics": "Topics",
        "figures": "Facts & figures", "tags": "Tags",
        "date": "Date", "date_inferred": "inferred, not stated", "authors": "Authors",
        "publisher": "Publisher", "distributor": "Distributed by", "url": "Original source",
        "language": "Language", "kind": "Kind", "summary": "Summary", "keywords": "Keywords",
        "people_here": "People in this source", "topics_here": "Topics of this source",
        "experts_section": "Experts", "quoted_section": "People quoted from business and politics",
        "quoted_category": "quoted (business/politics)", "expert_category": "expert",
        "role": "Role", "affiliation": "Organisation", "unit": "Unit", "source": "Source",
        "contact": "Contact", "quotes": "Statements", "no_quotes": "No statements attributed verbatim.",
        "sources_count": "sources", "quotes_count": "statements", "no_date": "undated",
        "link_to_this": "Link to this page", "permalink": "Permanent address", "cite": "Citation",
        "unknown": "unknown", "other_organisation": "no organisation",
        "all_sources": "All sources by date", "no_topics": "No topics assigned.",
        "no_people": "Nobody in the index.", "key_passages": "Key passages",
        "related_topics": "Related topics", "title": "Title", "overview": "What this covers",
        "image": "Image", "question": "Question", "experts_on_topic": "Experts on this topic",
        "no_experts_on_topic": "No experts on this topic.", "people_and_topics": "People and topics",
        "figure": "Figure", "sentence": "Sentence", "no_figures": "No figures found.",
        "tags_intro": "All tags (topics) with the pages that carry them.",
        "kinds": {"press_release": "Press release", "interview": "Interview", "news": "News",
                  "slides": "Slides/brochure", "article": "Article"},
        "passages": "passages",
        "timeline": "Timeline of the sources", "key_figures": "Key figures",
        "matrix": "Who speaks on which topic (number of sources)",
        "inferred_note": "\\* date inferred, not stated in the source",
        "all_figures": "All facts & figures",
        "statements_on_topic": "What they say on it", "field": "Field", "value": "Value", "no_topic": "No topic", "source_one": "source",
        "differing_figures": "Differing figures", "amount": "Amount",
        "differing_intro": "Where sources give different figures for the same thing, they stand side by side here.",
    },
}


def strings(language: str) -> dict:
    return STRINGS.get(language, STRINGS["en"])


def count_sources(n: int, ui: dict) -> str:
    """'1 Quelle', '2 Quellen' (de); '1 source', '2 sources' (en)."""
    return f"{n} {ui['source_one'] if n == 1 else ui['sources_count']}"
