"""language: de, en, fr, es, it or nl from stopword frequencies of the body, no dictionaries."""

from __future__ import annotations

import re

from briefing.extract.metadata.vocab import STOPWORDS
from briefing.model import Document

_LANG_WORD = re.compile(r"[^\W\d_]+")


def body_text(doc: Document) -> str:
    return " ".join(b.text for b in doc.blocks if b.kind in ("paragraph", "answer", "question", "heading"))


def detect_language(text: str, min_share: float = 0.08) -> str | None:
    """de, en, fr, es, it or nl from the share of each language's function words; None if unclear
    (fewer than `min_share` of the words are the best language's function words, or a rival is close).

    Dependency-free and fast (one pass over at most 20,000 characters).
    """
    tokens = [t.casefold() for t in _LANG_WORD.findall(text[:20000])]
    if not tokens:
        return None
    scores = {lang: sum(t in words for t in tokens) for lang, words in STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top / len(tokens) < min_share or top < 1.25 * second:
        return None
    return best
