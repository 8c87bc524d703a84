"""Stage 3, structure: cleaned lines become typed blocks.

Headings (markdown markers, short title lines, numbered questions), Q&A with
speaker labels, tables from tab-separated rows, lists, images; every block
gets a stable anchor so quotes and topics can link to the exact passage.
"""

from __future__ import annotations

import re

from briefing.model import Block, Document

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\((\S+?)(?:\s+\"[^\"]*\")?\)$")
_NUMBERED_QUESTION = re.compile(r"^(\d{1,2})[.)]\s+(.+\?)$")
_BULLET = re.compile(r"^\s*(?:[-*•–▪·]|\d{1,2}[.)])\s+(.+)$")
# "Schmitt und Feldhus: …", "NTV.de: …", "Jonas Geiping: …"
_SPEAKER_LABEL = re.compile(
    r"^(?P<label>[A-ZÄÖÜ][\w.'’-]*(?:\s+(?:und|and|&|von|van|de|der)?\s*[A-ZÄÖÜ][\w.'’-]*){0,3}):\s+(?P<text>\S.+)$")
# Field labels of contact blocks and bylines are not speakers.
_NOT_SPEAKER = re.compile(
    r"^(e-?mail|tel|telefon|fax|mobil|phone|quelle|source|autor|autorin|author|foto|bild|photo|hinweis|"
    r"kontakt|contact|stand|datum|date|web|internet|url|etikett|tags?|schlagworte?|ausgabe|edition|"
    r"fazit|wichtig|achtung|note|update|lesen sie auch|mehr|anmerkung)$", re.I)


def _strip_emphasis(text: str) -> str:
    text = text.strip()
    while re.fullmatch(r"(\*\*|__)(.+)\1", text) or re.fullmatch(r"([*_])(.+)\1", text):
        text = re.sub(r"^(\*\*|__|[*_])(.+)\1$", r"\2", text).strip()
    return text


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Group lines into runs separated by blank lines."""
    runs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _is_title_line(text: str, next_text: str | None) -> bool:
    """A short stand-alone line without closing punctuation, followed by body text."""
    if not (3 <= len(text) <= 90) or not text[0].isupper():
        return False
    if re.search(r"[.,;:!?…\"“”»«)]$", text) or text.startswith(("„", '"', "(")):
        return False
    if len(text.split()) < 2 or len(text.split()) > 12:
        return False
    return next_text is not None and len(next_text) > max(len(text) * 1.5, 100)


def _speaker_label(text: str) -> tuple[str, str] | None:
    match = _SPEAKER_LABEL.match(text)
    if not match or _NOT_SPEAKER.match(match.group("label")):
        return None
    return match.group("label"), match.group("text")


def _table(run: list[str]) -> Block | None:
    if len(run) < 2 or not all("\t" in line for line in run):
        return None
    rows = [[cell.strip() for cell in line.split("\t")] for line in run]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Block(kind="table", rows=rows)


def blocks_from_lines(lines: list[str]) -> list[Block]:
    # Interviews are often one line a paragraph with no blank lines between them;
    # treat every line as its own run when the text has almost no blank lines.
    blank = sum(1 for line in lines if not line.strip())
    runs = _paragraphs(lines)
    if blank < len(lines) * 0.05 and len(lines) > 10:
        runs = [[line] for line in lines if line.strip()]

    blocks: list[Block] = []
    flat = [" ".join(run) for run in runs]
    interviewee: str | None = None  # last labelled non-interviewer speaker
    interviewer_labels: set[str] = set()
    in_interview = False
    for i, run in enumerate(runs):
        text = flat[i].strip()
        nxt = flat[i + 1].strip() if i + 1 < len(runs) else None
        if (table := _table(run)) is not None:
            blocks.append(table)
            continue
        if (m := _MD_HEADING.match(text)) and len(run) == 1:
            title = _strip_emphasis(m.group(2))
            if title:
                blocks.append(Block(kind="heading", level=len(m.group(1)), text=title))
            continue
        if (m := _IMAGE.match(text)) and len(run) == 1:
            blocks.append(Block(kind="image", text=m.group(1).strip(), src=m.group(2)))
            continue
        if (m := _NUMBERED_QUESTION.match(text)):
            blocks.append(Block(kind="question", number=int(m.group(1)), text=m.group(2)))
            continue
        if all(_BULLET.match(line) for line in run) and len(run) >= 2:
            blocks.append(Block(kind="list", items=[_BULLET.match(line).group(1) for line in run]))
            continue
        if (label := _speaker_label(text)) is not None:
            name, said = label
            if said.rstrip().endswith("?") and not in_interview or name in interviewer_labels:
                interviewer_labels.add(name)
                in_interview = True
                blocks.append(Block(kind="question", text=said, label=name))
            else:
                if in_interview:
                    interviewee = name
                blocks.append(Block(kind="answer", text=said, label=name))
            continue
        if in_interview and interviewee and text.endswith("?") and len(text) <= 400:
            blocks.append(Block(kind="question", text=text))
            continue
        if in_interview and interviewee and blocks and blocks[-1].kind in ("question", "answer") \
                and blocks[-1].label in (None, interviewee) and not _is_title_line(text, nxt):
            if blocks[-1].kind == "question":
                blocks.append(Block(kind="answer", text=text, label=interviewee))
                continue
        if _is_title_line(text, nxt):
            blocks.append(Block(kind="heading", level=2, text=text))
            continue
        blocks.append(Block(kind="paragraph", text=text))
    return blocks


def normalise_outline(blocks: list[Block], title: str | None) -> list[Block]:
    """One H1 (the title, rendered by the page), then H2/H3 with no gaps."""
    headings = [b for b in blocks if b.kind == "heading"]
    if title:
        for b in headings[:1]:
            if _strip_emphasis(b.text).casefold() == title.casefold():
                blocks = [x for x in blocks if x is not b]
                break
    levels = sorted({b.level for b in blocks if b.kind == "heading"})
    mapping = {level: min(2 + rank, 4) for rank, level in enumerate(levels)}
    for b in blocks:
        if b.kind == "heading":
            b.level = mapping[b.level]
    return blocks


def assign_anchors(blocks: list[Block]) -> list[Block]:
    """Stable anchors by kind and position: 'p-3', 'q-2', 'a-5', 'h-1' …"""
    prefix = {"heading": "h", "paragraph": "p", "question": "q", "answer": "a",
              "list": "l", "table": "t", "image": "i", "rule": "r"}
    counters: dict[str, int] = {}
    for b in blocks:
        key = prefix[b.kind]
        counters[key] = counters.get(key, 0) + 1
        b.anchor = f"{key}-{counters[key]}"
    return blocks


def structure(doc: Document) -> Document:
    doc.blocks = blocks_from_lines(doc.lines)
    return doc


def finalise(doc: Document) -> Document:
    """After metadata took the title and header lines: outline levels, then anchors."""
    doc.blocks = assign_anchors(normalise_outline(doc.blocks, doc.meta.title))
    return doc
