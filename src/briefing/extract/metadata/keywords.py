"""keywords: the header's press-portal category lines, then the tag lines the cleaner removed."""

from __future__ import annotations

from briefing.extract.metadata.records import Header
from briefing.model import Document


def find_keywords(doc: Document, header: Header) -> list[str]:
    from briefing.clean import split_glued_words

    words = list(header.keywords)
    for item in doc.removed:
        if item.reason == "tags":
            words += split_glued_words(item.text)
    seen: dict[str, str] = {}
    for word in words:
        word = word.strip().strip("#").strip()
        if word and word.casefold() not in seen:
            seen[word.casefold()] = word
    return list(seen.values())
