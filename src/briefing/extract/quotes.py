"""Quotes in one source: interview and Q&A answers, direct quotes („…“, "…", »…«, ‚…‘)
and indirect speech ("sagte, dies sei …"), each attributed to its speakers.

Attribution (extract.people_speech): an answer's speaker label resolves to the
full names introduced in the document ("Schmitt und Feldhus" → both); a quote
goes to the person named in its clause next to a speech verb ("sagte X",
"so X", "laut X", "X betonte"), to the person a pronoun refers back to
("sagte er"), or to the speaker of the sentence before.
"""

from __future__ import annotations

from briefing.extract import people_speech
from briefing.model import Document, Mention, Quote


def resolve_label(label: str, doc: Document | list[Mention]) -> list[str]:
    """'Schmitt und Feldhus' → the full names of both, as introduced in the same document."""
    people = doc.people if isinstance(doc, Document) else doc
    return people_speech.resolve_label(label, people)


def extract_quotes(doc: Document) -> Document:
    quotes = people_speech.attribute(doc, doc.people)
    seen: set[tuple[str, str]] = set()
    unique: list[Quote] = []
    for quote in quotes:
        key = (quote.anchor, quote.text)
        if key not in seen:
            seen.add(key)
            unique.append(quote)
    doc.quotes = unique
    return doc
