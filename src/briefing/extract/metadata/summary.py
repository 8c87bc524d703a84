"""summary: the lead, verbatim: the first two or three sentences of the first real paragraph."""

from __future__ import annotations

import re

from briefing.model import Document
from briefing.text import split_sentences


# A transcript's stage direction under its speaker: 'Mr. ANN BECK (Author, …): (Speaking French)'.
_STAGE_DIRECTION = re.compile(r"^[^:]{2,300}:\s*\([^()]*\)$")


def first_sentences(text: str, count: int = 3, limit: int = 420) -> str:
    sentences = split_sentences(text)
    out = ""
    for sentence in sentences[:count]:
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    return out


def find_summary(doc: Document) -> str | None:
    """The lead: the first two or three sentences of the first real paragraph, verbatim."""
    for block in doc.blocks:
        if block.kind in ("paragraph", "answer") and len(block.text) > 120 and not block.text.endswith(":") \
                and not _STAGE_DIRECTION.match(block.text):
            return first_sentences(block.text)
    return None
