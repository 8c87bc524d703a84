"""Quotes in one source: answers of interviews and Q&A, attributed to their speakers."""

from __future__ import annotations

import re

from briefing.model import Document, Quote


def resolve_label(label: str, doc: Document) -> list[str]:
    """'Schmitt und Feldhus' → the full names of both, as introduced in the same document."""
    names = []
    for part in re.split(r"\s+(?:und|and|&)\s+", label):
        for person in doc.people:
            if part == person.name or part in person.labels:
                names.append(person.name)
                break
    return names


def extract_quotes(doc: Document) -> Document:
    quotes = []
    for block in doc.blocks:
        if block.kind == "answer" and block.label:
            speakers = resolve_label(block.label, doc)
            block.speakers = speakers
            if speakers:
                quotes.append(Quote(speakers=speakers, text=block.text, anchor=block.anchor, kind="answer"))
    doc.quotes = quotes
    return doc
