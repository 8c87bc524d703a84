"""authors: who wrote the text.

`find_authors`: the header's authors (bylines 'Autor: …', 'Von …', 'X sprach mit Y', the
contact name in a press-release header, a press office's contact line); else the persons of an
imprint's editorial field ('Redaktion: …', not its photographers); else, when the lead
calls it the author's own interview, the answering speakers; else interviewer labels that
are person names.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.names import is_person_name, strip_titles
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.signals import imprint_authors, question_labels, speaker_labels
from briefing.model import Document

_OWN_INTERVIEW = re.compile(r"\b(?:mein(?:es|em)?\s+(?:Interviews?|Gesprächs?)|my interview)\b", re.I)


def _persons(labels: list[str]) -> list[str]:
    """The labels that are person names (strict), without titles, each once."""
    names = [strip_titles(label) for label in dict.fromkeys(labels)]
    return [n for n in names if is_person_name(n, strict=True)]


def find_authors(doc: Document, header: Header) -> list[str]:
    if header.authors:
        return list(header.authors)
    if names := imprint_authors(doc):
        return names  # 'Impressum … Redaktion: Anna Beck
    lead = " ".join(b.text for b in doc.blocks[:3] if b.kind == "paragraph")
    if _OWN_INTERVIEW.search(lead):
        # 'Hier der Originaltext meines Interviews mit …': the interviewee publishes it.
        if names := _persons([label for label, question in speaker_labels(doc) if not question]):
            return names
    return _persons(question_labels(doc))
