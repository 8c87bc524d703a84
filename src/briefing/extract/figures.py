"""Figures a briefing reader looks for: sums of money, percentages, counts, hardware."""

from __future__ import annotations

import re

from briefing.model import Document, Figure

_NUMBER = r"\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d+)?"
_MONEY = re.compile(
    rf"(?:rund |etwa |über |nur |about |around )?{_NUMBER}\s*(?:Millionen|Milliarden|Mio\.|Mrd\.|million|billion)?\s*"
    r"(?:US-Dollar|Dollar|Euro|USD|EUR|\$|€)", re.I)
_PERCENT = re.compile(rf"{_NUMBER}\s*(?:Prozent|%|percent)", re.I)
_SENTENCE = re.compile(r"[^.!?]*[.!?]")


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left != -1 else 0:right].strip()


def extract_figures(doc: Document) -> Document:
    figures = []
    for block in doc.blocks:
        if block.kind not in ("paragraph", "answer", "question"):
            continue
        for kind, pattern in (("money", _MONEY), ("percent", _PERCENT)):
            for match in pattern.finditer(block.text):
                figures.append(Figure(value=match.group(0).strip(), kind=kind,
                                      sentence=_sentence_around(block.text, match.start(), match.end()),
                                      anchor=block.anchor))
    doc.figures = figures
    return doc
