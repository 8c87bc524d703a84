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
        "figure": "Zahl", "sentence": "Satz", "no_figures": "Keine Zahlen gefunden.",
        "tags_intro": "Alle Schlagworte (Themen) mit den Seiten, die sie tragen.",
        "kinds": {"press_release": "Pressemitteilung", "interview": "Interview", "news": "Nachricht",
                  "slides": "Folien/Broschüre", "article": "Artikel"},
        "passages": "Stellen",
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
        "figure": "Figure", "sentence": "Sentence", "no_figures": "No figures found.",
        "tags_intro": "All tags (topics) with the pages that carry them.",
        "kinds": {"press_release": "Press release", "interview": "Interview", "news": "News",
                  "slides": "Slides/brochure", "article": "Article"},
        "passages": "passages",
    },
}


def strings(language: str) -> dict:
    return STRINGS.get(language, STRINGS["en"])
