"""authors: who wrote the text.

`find_authors`: the header's authors (bylines 'Autor: …', 'Von …', 'X sprach mit Y', the
contact name in a press-release header, a press office's contact line); else the persons of an
imprint's editorial field ('Redaktion: …', not its photographers); else, when the lead
calls it the author's own interview, the answering speakers; else interviewer labels that
are person names.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.byline import parse_byline
from briefing.extract.metadata.names import known_first_name, placed_person_name, strip_titles, unlabelled_person_name
from briefing.extract.metadata.vocab import ACADEMIC_TITLES
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.signals import imprint_authors, question_labels, speaker_labels
from briefing.extract.metadata.text import block_lines, strip_markup
from briefing.extract.people_names import is_role_word, plausible_surname
from briefing.model import Document

_OWN_INTERVIEW = re.compile(r"\b(?:mein(?:es|em)?\s+(?:Interviews?|Gesprächs?)|my interview)\b", re.I)


def _persons(labels: list[str]) -> list[str]:
    """The labels that are person names, without titles, each once: a speaker's label says its words are a name, so
    a given name the name list does not know is one (`placed_person_name`)."""
    names = [strip_titles(label) for label in dict.fromkeys(labels)]
    return [n for n in names if placed_person_name(n)]


# 'Beispielstadt - Von Anna Beck. Bei der …': a local paper's dateline and byline opening the lead.
_DATELINE_BYLINE = re.compile(r"^[A-ZÄÖÜ][\w.'’/-]+(?:\s[A-ZÄÖÜ][\w.'’/-]+)?\s+[-–—]\s+(?P<byline>(?:Von|By)\s+[^.!?]{5,60}?)\.\s+[A-ZÄÖÜ„\"]")
_BYLINE_START = re.compile(r"^(?:Von|By)\s*:?\s+[A-ZÄÖÜ]|^(?:Von|By)\s+(?:unsere[mnr]?|our)\s", re.I)
_LEAD_BLOCKS = 3  # the first blocks of the body (the header's own lines are already taken out)
_TAIL_BLOCKS = 4  # the last blocks, where an agency's story closes with its byline


def _explicit_byline(doc: Document) -> list[str]:
    """A byline the header walk did not reach that says it is one ('Von …', 'By …'): an item of a header list
    ('zurück' / 'BEISPIELSTADT' / headline / 'Von Anna Beck'), the lead's opening dateline ('Ort - Von Anna
    Beck. …'), or a closing line of its own ('Von Anna Beck, Reporterin der Beispiel News')."""
    blocks = [b for b in doc.blocks if b.kind in ("paragraph", "list", "heading")]
    for block in blocks[:_LEAD_BLOCKS]:
        if block.kind == "list":
            for item in block.items:
                item = strip_markup(item)
                if len(item) <= 100 and _BYLINE_START.match(item) and (byline := parse_byline(item)) and byline.authors:
                    return byline.authors
        elif block.kind == "paragraph" and (m := _DATELINE_BYLINE.match(strip_markup(block.text))) \
                and (byline := parse_byline(m.group("byline"))) and byline.authors:
            return byline.authors
    for block in blocks[-_TAIL_BLOCKS:]:
        text = strip_markup(block.text or "")
        if block.kind == "paragraph" and len(text) <= 100 and _BYLINE_START.match(text) \
                and (byline := parse_byline(text)) and byline.authors:
            return byline.authors
    return []


# A role word before a name printed again that makes it the writer's ('CJ reporter Anna Beck, right, …').
_WRITER_ROLE = re.compile(r"(?:reporter(?:in)?|redakteur(?:in)?|autor(?:in)?|author|writer|correspondent|korrespondent(?:in)?)\s+$",
                          re.I)


def _name_line(doc: Document) -> list[str]:
    """A person's name alone on the first line of the first body block, right under the headline ('Anna Beck' /
    'The Example Times', 'Anna Beck' over a photo caption): a news site's byline without 'Von'.
    Neither the name nor its surname may be printed again, but after a role that makes it the writer's: a subject
    of the text is ('Anna Beck' / 'is a director at …', then 'Beck has coached …')."""
    blocks = [b for b in doc.blocks if b.kind in ("paragraph", "heading", "list", "question", "answer", "image")]
    for k, block in enumerate(blocks[:1]):  # right under the headline: after a teaser, a name is a caption's or a contact's
        if block.kind not in ("paragraph", "heading"):
            continue
        lines = [strip_markup(line).strip() for line in block_lines(doc, block.text)] or [strip_markup(block.text)]
        name = strip_titles(lines[0])
        if not _bare_name(name):
            continue
        rest = " ".join(lines[1:])
        if rest and (len(rest) < 100 or not re.search(r"[a-zäöüß]{3,}[.!?]", rest)):
            continue  # 'Anna Beck' / 'Pressestelle' / phone: a contact block, not a byline
        if not rest and k + 1 < len(blocks) and (blocks[k + 1].text or "")[:1].islower():
            continue  # the name runs on into the next line: it is the sentence's subject
        surname = name.split()[-1]
        mentions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", doc.raw_text)]
        if all(_WRITER_ROLE.search(doc.raw_text[max(0, i - 30):i].removesuffix(name[:-len(surname)]))
               for i in mentions[1:]):
            return [name]
    return []


def _bare_name(text: str) -> bool:
    """Two or three name words, a given name known or tagged a proper noun (`unlabelled_person_name`), a plausible
    surname, nothing else."""
    words = text.split()
    return 2 <= len(words) <= 3 and not re.search(r"[\d,:;!?|()]", text) and unlabelled_person_name(text) \
        and plausible_surname(words[-1]) and not any(is_role_word(w) for w in words)


# A publication's editor field in its imprint or cover, often run into other fields by the PDF's transcript:
# 'REDAKTION Anna Beck Gestaltung …', 'Redaktion: Dr. ANNA BECK Satz: …', 'Editor Tim Roth 8 Example Road'.
_EDITOR_FIELD = re.compile(rf"(?:^|(?<=\s))(?:Redaktion|REDAKTION|Schriftleitung|SCHRIFTLEITUNG|Chefredaktion|Editor|EDITOR)"
                           rf"\s*:?\s+(?:(?:{ACADEMIC_TITLES})\s*)*(?P<name>[A-ZÄÖÜ][\w'’-]*\.?(?:\s+[A-ZÄÖÜ][\w'’-]*\.?){{1,2}})"
                           rf"(?=\s+[A-ZÄÖÜ\d]|\s*[,;]?\s*$)")  # then the next field or a number, no prose ('… und ihr Team')


def _editor_field(doc: Document) -> list[str]:
    """The editor named in a publication's field among its first lines; the word before the label no lowercase
    word ('Letters to the Editor Anna Beck', 'said editor Tim Roth'), the name the label's only words."""
    for line in [strip_markup(line) for line in doc.lines[:60] if line.strip()][:40]:
        for m in _EDITOR_FIELD.finditer(line):
            before = line[:m.start()].split()
            if before and before[-1].isalpha() and before[-1].islower():
                continue
            words = [w if not w.isupper() or len(w) <= 2 else w.title() for w in m.group("name").split()]
            # a third word is the name's when the second is a middle name or initial ('Anna H. Beck'), else the next
            # field's label ('Anna Beck Gestaltung')
            n = 3 if len(words) == 3 and (re.fullmatch(r"[A-Z]\.", words[1]) or known_first_name(words[1])) else 2
            name = " ".join(words[:n])
            if placed_person_name(name) and plausible_surname(words[n - 1]):  # (the label says it is a name)
                return [name]
    return []


def find_authors(doc: Document, header: Header) -> list[str]:
    if header.authors:
        return list(header.authors)
    if names := _explicit_byline(doc) or (None if header.staff else _name_line(doc)):
        return names  # (a staff byline names no one: a name under it is not the writer's)
    if names := imprint_authors(doc) or _editor_field(doc):
        return names  # 'Impressum … Redaktion: Anna Beck', 'Editor Tim Roth' on a magazine's cover
    lead = " ".join(b.text for b in doc.blocks[:3] if b.kind == "paragraph")
    if _OWN_INTERVIEW.search(lead):
        # 'Hier der Originaltext meines Interviews mit …': the interviewee publishes it.
        if names := _persons([label for label, question in speaker_labels(doc) if not question]):
            return names
    return _persons(question_labels(doc))
