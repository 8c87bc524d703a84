"""kind: interview, press_release, slides, news or article, from general signals.

`detect_kind`, first match wins: Q/A turns (labelled, or answered in the first person) →
interview, even inside a press release; the header's kind word → that kind; a press-release
portal, a press office or contact line, an expert-reaction title, an institution's own photo
credit, a wire service's dateline ('(GLOBE NEWSWIRE) --'), 'X today announced' → press_release;
a PDF's page-numbered text, many headings (an edition, a PDF) → slides; agency datelines '(dpa)',
US datelines ('DULUTH, Minn. –'), 'Quelle: dpa', a wire desk's credit ('(Reporting by …; Editing
by …)'), reporting verbs → news; else article. An editor's note ('This interview has been edited
…') or a question turn under a lead 'im Interview der …' makes an interview.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.records import Header
from briefing.extract.metadata.signals import (
    agency_credit,
    announcing_org,
    newsroom_credit,
    press_release_signals,
    read_dateline,
    speaker_labels,
    wire_service,
)
from briefing.extract.metadata.url import host_of, press_portal
from briefing.extract.metadata.vocab import PRESS_PORTALS
from briefing.model import Block, Document

_FIRST_PERSON = re.compile(r"^(?:I|I['’]m|I['’]ve|I['’]d|We|We['’]re|Ich|Wir|Meiner|Mein|Unser|Unsere)\b")


# An editor's note only an interview carries.
_EDITED_INTERVIEW = re.compile(
    r"\b(?:This|The\s+following)\s+(?:interview|conversation|Q&A)\s+(?:has\s+been|was)\s+"
    r"(?:lightly\s+)?(?:edited|condensed)|"
    r"\b(?:Das|Dieses)\s+(?:Interview|Gespräch)\s+wurde\s+(?:\w+\s+){0,2}(?:gekürzt|redigiert|bearbeitet|geführt)",
    re.I)
_INTERVIEW_PHRASE = re.compile(
    r"\b(?:(?:ein|im|das|dieses|unser|mein(?:es|em)?)\s+(?:Interview|Gespräch)s?|"
    r"(?:in an|an|this|my|our)\s+interview|Q&A)\b", re.I)


def _question_block(block: Block) -> bool:
    return block.kind in ("question", "heading", "paragraph") and not block.number \
        and block.text.rstrip(" \"“”'").endswith("?") and len(block.text) <= 400


def is_interview(doc: Document, header: Header) -> bool:
    """Q/A turns: labelled speakers, or questions answered in the first person."""
    if header.interview or header.kind == "interview":
        return True
    questions = [b for b in doc.blocks if b.kind == "question" and not b.number]
    answers = [b for b in doc.blocks if b.kind == "answer"]
    if len(questions) >= 3 and len(answers) >= 3:
        return True
    blocks = doc.blocks
    asked = sum(_question_block(b) for b in blocks)
    labels = speaker_labels(doc)
    if len(labels) >= 2 and asked >= 2:
        return True
    pairs = [(a, b) for a, b in zip(blocks, blocks[1:]) if _question_block(a) and b.kind in ("paragraph", "answer")
             and not _question_block(b)]
    if any(_FIRST_PERSON.match(b.text) for _, b in pairs):
        return True
    if any(_EDITED_INTERVIEW.search(b.text) for b in blocks if b.kind == "paragraph"):
        return True
    lead = " ".join(b.text for b in blocks[:4] if b.kind == "paragraph")
    return bool(pairs or labels or questions) and bool(_INTERVIEW_PHRASE.search(lead))


_CREDIT = re.compile(r"^\((?:[A-Za-z][\w+.&-]*)(?:\s*[/,]\s*[A-Za-z][\w+.&-]*)*\)$")
_REPORTING = re.compile(
    r"\b(sagte|sagt|erklärte|betonte|meinte|warnte|ergänzte|erläuterte|so\s+\w+|said|says|told|according to|"
    r"laut|stressed|explained|argued|concluded|added|noted|warned|emphasi[sz]ed|hieß\s+es|heißt\s+es|"
    r"it\s+was\s+said)\b", re.I)


_PAGE_START = re.compile(r"^(?P<n>\d{1,3})\s+\S")


def page_numbered(doc: Document) -> bool:
    """A PDF's text whose pages start with their numbers ('1 2012 Titel', '2 IMPRESSUM …',
    '3 Liebe Leserin …'): three paragraphs in a row numbered 1, 2, 3 (or n, n+1, n+2)."""
    blocks = [b for b in doc.blocks if b.kind == "paragraph"]
    numbers = [int(m.group("n")) if (m := _PAGE_START.match(b.text)) else None for b in blocks]
    for i in range(len(blocks) - 2):
        a, b, c = numbers[i:i + 3]
        # A page holds text; a table of contents ('1 Einleitung', '2 Methoden') does not.
        if a is not None and b == a + 1 and c == a + 2 and max(len(x.text) for x in blocks[i:i + 3]) > 300:
            return True
    return False


def heading_density(doc: Document) -> float:
    text_blocks = [b for b in doc.blocks if b.kind in ("heading", "paragraph", "answer", "list", "table")]
    if not text_blocks:
        return 0.0
    return sum(b.kind == "heading" for b in text_blocks) / len(text_blocks)


def detect_kind(doc: Document, header: Header, url: str | None, distributor: str | None) -> str:
    """press_release, interview, slides, news or article, from general signals.

    An interview published as a press release is an interview.
    """
    if is_interview(doc, header):
        return "interview"
    if header.kind:
        return header.kind
    if press_portal(host_of(url)) or (distributor and distributor in PRESS_PORTALS.values()):
        return "press_release"
    if press_release_signals(doc, header, header.title) or wire_service(doc) or announcing_org(doc):
        return "press_release"
    if page_numbered(doc):
        return "slides"  # a PDF publication's text, page numbers run into it
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    short = sum(len(p) < 80 for p in paragraphs) / len(paragraphs) if paragraphs else 0.0
    density = heading_density(doc)
    if (header.edition and density >= 0.15) or (doc.format == "pdf" and density >= 0.25) \
            or (density >= 0.3 and short >= 0.4):
        return "slides"
    credit = any(b.kind == "paragraph" and _CREDIT.match(b.text.strip()) for b in doc.blocks[-5:]) \
        or any(item.reason == "credit" for item in doc.removed)
    source = any(item.reason == "source" for item in doc.removed)
    dateline, _ = read_dateline(doc)
    reporting = sum(len(_REPORTING.findall(p)) for p in paragraphs)
    # Reported speech at a high rate (two reporting verbs at least, two per 1,000 characters) is news.
    dense = reporting >= 2 and reporting * 1000 >= 2 * sum(map(len, paragraphs))
    if source or credit or dateline or agency_credit(doc) or newsroom_credit(doc) or reporting >= 3 or dense:
        return "news"
    return "article"
