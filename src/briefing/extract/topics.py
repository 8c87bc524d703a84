"""Topics of one source, from the taxonomy's signals matched on lemmas, with evidence."""

from __future__ import annotations

import re

from simplemma import lemmatize

from briefing.config import BriefingConfig, TopicSpec
from briefing.model import Document, TopicHit

_WORD = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*")


def lemmas(text: str, language: str) -> list[str]:
    lang = language if language in ("de", "en") else "de"
    return [lemmatize(token, lang=lang).casefold() for token in _WORD.findall(text)]


def _signal_matches(signal: str, words: list[str], lemma_text: str, language: str) -> bool:
    wanted = " ".join(lemmas(signal, language))
    if " " in wanted:
        return f" {wanted} " in f" {lemma_text} "
    # German compounds: "Destillatmodelle" signals "destillat"; a word that starts or ends with the signal counts.
    return any(w == wanted or (len(wanted) >= 5 and (w.startswith(wanted) or w.endswith(wanted))) for w in words)


def score_topic(topic: TopicSpec, doc: Document) -> TopicHit:
    language = doc.meta.language or "de"
    evidence, score = [], 0.0
    for block in doc.blocks:
        text = " ".join([block.text, *block.items, *(" ".join(r) for r in block.rows)])
        if not text.strip():
            continue
        words = lemmas(text, language)
        lemma_text = " ".join(words)
        hits = sum(1 for signal in topic.signals if _signal_matches(signal, words, lemma_text, language))
        if hits:
            score += 1 + 0.5 * (hits - 1)
            evidence.append(block.anchor)
    return TopicHit(id=topic.id, score=round(score, 2), evidence=evidence)


def assign_topics(doc: Document, config: BriefingConfig) -> Document:
    hits = [score_topic(topic, doc) for topic in config.topics]
    doc.topics = [hit for hit in hits if hit.score >= config.topic_min_score]
    return doc
