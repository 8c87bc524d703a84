"""Signals of the body that more than one field reads (publisher, authors, kind).

Datelines and agency credits ('Berlin (dpa) - …'), interview speaker labels, a contact
block at the end, an institution's own photo credit, an 'issued by' statement, and
`press_release_signals`, which combines the signals of a text issued by an organisation.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.names import agency_name, clean_person, is_org_line, is_person_name, strip_titles
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.text import strip_markup
from briefing.extract.metadata.vocab import CONTACT_LABELS, EXPERT_REACTION_WORDS
from briefing.model import Document

# --- datelines and agency credits -----------------------------------------------------

_DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,3})\s*(?:\((?P<credit>[^()]{2,30})\))?\s*[-–—]\s+\S")


def read_dateline(doc: Document) -> tuple[bool, str | None]:
    """(dateline, agency) of the first body paragraph: 'Berlin (dpa) - …' → (True, 'dpa'),
    'Heidelberg - …' → (True, None). A credit that is no agency makes no dateline."""
    for block in doc.blocks[:8]:
        if block.kind != "paragraph" or len(block.text) < 120:
            continue
        match = _DATELINE.match(block.text)
        if not match:
            return False, None
        if match.group("credit"):
            agency = agency_name(match.group("credit"))
            return agency is not None, agency
        return True, None
    return False, None


def agency_credit(doc: Document) -> str | None:
    """An agency named by a dateline or by a removed credit line '(dpa)'."""
    _, agency = read_dateline(doc)
    if agency:
        return agency
    for item in doc.removed:
        if item.reason in ("credit", "source") and (agency := agency_name(item.text.strip().strip("()"))):
            return agency
    return None


# --- interview speakers ---------------------------------------------------------------

_SPEAKER = re.compile(r"^(?P<label>[^:\n]{2,50}?):\s+\S")
DOMAIN_LABEL = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")


def question_labels(doc: Document) -> list[str]:
    """The labels of structured interview questions, as printed ('NTV.de', 'Anna Beck')."""
    return [b.label for b in doc.blocks if b.kind == "question" and b.label]


def speaker_labels(doc: Document) -> list[tuple[str, bool]]:
    """(label, is_question) of interview turns: structured labels and 'Name:' / 'HU:' / 'site.de:'
    printed at the start of a paragraph."""
    out: list[tuple[str, bool]] = []
    persons: list[str] = []
    for block in doc.blocks:
        if block.kind in ("question", "answer") and block.label:
            out.append((block.label, block.kind == "question"))
            continue
        if block.kind != "paragraph" or not (match := _SPEAKER.match(block.text)):
            continue
        label = re.sub(r"\s*\([A-ZÄÖÜ]{1,4}\)$", "", match.group("label").strip())
        name = strip_titles(label)
        if is_person_name(name):
            persons.append(name)
        elif not (re.fullmatch(r"[A-ZÄÖÜ]{2,3}", label) or DOMAIN_LABEL.match(label)
                  or any(p.split()[-1] == name for p in persons)):
            continue
        out.append((label, block.text.rstrip().endswith("?")))
    return out


# --- texts issued by an organisation --------------------------------------------------

def _contact_line(line: str) -> bool:
    key = line.strip().casefold()
    return any(key == label or key.startswith((label + ":", label + " :")) for label in CONTACT_LABELS)


def contact_block_org(doc: Document) -> str | None:
    """A contact block at the end: 'Prof. Dr. Anna Beck' / 'Universität X' → 'Universität X'."""
    lines = [strip_markup(line) for line in doc.lines if line.strip()][-12:]
    for i, line in enumerate(lines[:-1]):
        if clean_person(line, strict=True) and strip_titles(line) == clean_person(line, strict=True):
            for nxt in lines[i + 1:i + 3]:
                if is_org_line(nxt):
                    return nxt
    return None


_PHOTO_CREDIT = re.compile(r"\((?:Bild|Bilder|Foto|Fotos|Photo|Image|Grafik)\s*:\s*(?P<who>[^()]{3,100})\)")
INSTITUTION = re.compile(r"universit|hochschule|institut|klinik|zentrum|centre|center|stiftung|foundation|"
                         r"ministeri|academy|akademie|college|school", re.I)


def institutional_photo_credit(doc: Document) -> str | None:
    """'(Bild: Anna Beck / Universität X)': the organisation's own photographer → 'Universität X'."""
    for block in doc.blocks:
        for match in _PHOTO_CREDIT.finditer(block.text):
            parts = [p.strip() for p in match.group("who").split("/")]
            if len(parts) == 2 and clean_person(parts[0]) and is_org_line(parts[1]) and INSTITUTION.search(parts[1]):
                return parts[1]
    return None


_ISSUED_BY = re.compile(
    r"\b(?:collated|compiled|prepared|issued|provided|distributed|zusammengestellt|herausgegeben|"
    r"bereitgestellt)\s+(?:by|vo[mn])\s+(?:the\s+|der\s+|dem\s+)?"
    r"(?P<org>[A-ZÄÖÜ][\w'’-]*(?:\s+(?:[A-ZÄÖÜ][\w'’-]*|of|for|für|and|und|&))*)")


def publisher_from_statement(doc: Document) -> str | None:
    """'These comments have been collated by the Science Media Centre' → 'Science Media Centre'."""
    for block in doc.blocks[:12]:
        for match in _ISSUED_BY.finditer(block.text):
            org = re.sub(r"(?:\s+(?:of|for|für|and|und|&))+$", "", match.group("org"))
            if is_org_line(org):
                return org
    return None


def press_release_signals(doc: Document, header: Header, title: str | None) -> bool:
    """A text issued by an organisation itself: a press office line, a contact block, an
    expert-reaction release, an institution's own photographer."""
    if header.press or header.kind == "press_release":
        return True
    if title and title.casefold().startswith(EXPERT_REACTION_WORDS):
        return True
    if any(_contact_line(strip_markup(line)) for line in doc.lines):
        return True
    return bool(contact_block_org(doc) or institutional_photo_credit(doc) or publisher_from_statement(doc))
