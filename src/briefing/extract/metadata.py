"""Front-matter metadata of one source: title, date, authors, publisher, url, language, kind, summary.

Each field has its own small function; `extract_metadata` runs them in order
and the editorial overrides (config.sources) win over all of them.
"""

from __future__ import annotations

import re

from briefing.model import Block, Document

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÄÖÜ„\"])")


def first_sentences(text: str, count: int = 3, limit: int = 420) -> str:
    sentences = _SENTENCE_END.split(text.strip())
    out = ""
    for sentence in sentences[:count]:
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    return out


def detect_language(text: str) -> str | None:
    from simplemma.language_detector import langdetect

    scores = langdetect(text[:5000], lang=("de", "en", "fr", "es", "it", "nl"))
    best, score = scores[0]
    return best if best != "unk" and score > 0.2 else None


def find_title(doc: Document) -> Block | None:
    for block in doc.blocks[:12]:
        if block.kind == "heading" or (block.kind == "paragraph" and len(block.text) <= 200):
            return block
    return None


def extract_metadata(doc: Document) -> Document:
    meta = doc.meta
    declared = doc.declared
    title_block = find_title(doc)
    meta.title = declared.get("title") or (title_block.text if title_block else None)
    if title_block is not None and not declared.get("title"):
        doc.blocks.remove(title_block)
    body = " ".join(b.text for b in doc.blocks if b.kind in ("paragraph", "answer"))
    meta.language = declared.get("language") or detect_language(body)
    lead = next((b.text for b in doc.blocks if b.kind == "paragraph" and len(b.text) > 120), None)
    meta.summary = declared.get("summary") or (first_sentences(lead) if lead else None)
    for key in ("date", "publisher", "url", "kind"):
        if declared.get(key):
            setattr(meta, key, str(declared[key]))
    if declared.get("authors"):
        authors = declared["authors"]
        meta.authors = [authors] if isinstance(authors, str) else [str(a) for a in authors]
    return doc


def apply_overrides(doc: Document, override) -> Document:
    """The editor's per-source values win over every extracted field."""
    if override is None:
        return doc
    values = override.model_dump(exclude_none=True)
    topics = values.pop("topics", None)
    for key, value in values.items():
        setattr(doc.meta, key, value)
    if "date" in values:
        doc.meta.date_inferred = False
    if topics is not None:
        from briefing.model import TopicHit

        kept = {hit.id: hit for hit in doc.topics}
        doc.topics = [kept.get(t, TopicHit(id=t, score=0.0)) for t in topics]
    return doc
