"""The header: the lines around the title, read into a `Header` and taken out of the body.

`read_header` walks the blocks in four passes:

1. the first block: a scraper's ' date 2025-01' prefix and a leading copyright notice
   (`read_leading_metadata`);
2. the blocks before the title: kind word, URL, portal banner, outlet + date, byline lines
   (`header_lines`, `byline`); in a press-release header also category lines (keywords),
   the organisation (publisher), a contact name (author); site menus, a portal's name and
   a kicker are skipped; then the title (`title`);
3. the blocks after the title: bylines, dates, a URL, a press office's contact line
   (`read_press_contact`), date or byline lines glued to a paragraph (`split_header_lines`);
4. the last blocks: 'X sprach mit Y', 'Text: …'; and lines the cleaner removed that still
   name an outlet and a date, or a portal banner.

Every block read as metadata is in `Header.consumed`; `extract_metadata` removes them.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.byline import (AUTHOR_LABEL, OUTLET_STAFF, beside_byline, conversation_lead, parse_byline,
                                              parse_interview_credit)
from briefing.extract.metadata.dates import date_over_label, find_date, iso_date, parse_date_line, parse_magazine_credit
from briefing.extract.metadata.header_lines import (
    copyright_holder,
    glued_outlet_date,
    is_link_text,
    is_navigation,
    is_portal_name,
    is_scope_run,
    issuer_line,
    keyword_line,
    kind_word,
    operator_line,
    outlet_masthead,
    portal_banner,
    split_copyright,
)
from briefing.extract.metadata.names import (
    clean_person,
    is_org_line,
    is_person_name,
    split_authors,
    strip_titles,
)
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.text import alnum, block_lines, run_lines, strip_markup
from briefing.extract.metadata.title import (
    colon_kicker,
    photo_caption,
    cover_title,
    headline_under_crumbs,
    credit_line,
    dateline,
    document_label,
    header_noise,
    headline_run_into_lead,
    image_headline,
    interview_question,
    kicker_before,
    looks_like_title,
    repeated_headline,
    short_line,
    series_source,
    shorter_repeat,
    teaser_headline,
    tidy_title,
    title_among,
    title_follows,
    trailing_byline,
    periodical_masthead,
    periodical_name,
    full_title_of_cut,
    episode_after_show,
    kicker_before_sentence,
    kicker_shown_by_copy,
    quote_after_kicker,
    quote_after_rubric,
)
from briefing.extract.metadata.language import detect_language
from briefing.extract.metadata.url import hosts_in_text, parse_url_line
from briefing.extract.metadata.vocab import PRESS_OFFICE_WORDS, UNIT_WORDS
from briefing.extract.people_names import plausible_surname, tag_of
from briefing.model import Block, Document
from briefing.text import split_sentences

_COPY_SCAN_CHARS = 30000  # the page's opening, where a breadcrumb or a page title copies the headline
HEADER_ZONE = 15  # blocks searched for header lines and the title
POST_TITLE_ZONE = 5  # blocks after the title searched for bylines and dates
TAIL_ZONE = 4  # last blocks searched for bylines ("X sprach mit Y")


def _read_line(text: str, header: Header, hosts: list[str], banner: bool = False, urls: bool = True,
               document: str = "") -> bool:
    """A kind word, URL, (banner,) outlet + date or byline line; read into the header.

    urls=False: an address glued to a paragraph is a link of that paragraph ('Weitere
    Informationen auf der Webseite der Stiftung' / 'http://…'), not the document's own.
    """
    if kind := kind_word(text):
        header.kind = header.kind or kind
        return True
    if urls and (url := parse_url_line(text)):
        header.url = header.url or url
        return True
    if banner and (site := portal_banner(text)):
        header.banner = header.banner or site
        return True
    if glued := glued_outlet_date(text, hosts):
        header.take_outlet_date(glued)
        return True
    if issued := issuer_line(text):
        header.kind = header.kind or issued[0]
        header.publisher = header.publisher or issued[1]
        header.take_date(issued[2])
        return True
    if byline := parse_byline(text, document):
        header.take_byline(byline)
        return True
    return False


def _header_line(doc: Document, block: Block, header: Header, in_press_header: bool, hosts: list[str]) -> bool:
    """Read one line before the title; True when it is metadata (and so consumed)."""
    text = strip_markup(block.as_printed())
    if block.kind not in ("paragraph", "answer", "heading") or len(text) > 200:
        return False
    if _read_line(text, header, hosts, banner=True, document=doc.raw_text):
        return True
    if in_press_header and block.kind == "heading" and text.isupper() and is_org_line(text):
        header.publisher = header.publisher or text  # 'NORTHFIELD UNIVERSITY' set as a banner
        return True
    if not in_press_header or block.kind == "heading":
        return False
    if block.kind == "paragraph" and (keywords := keyword_line(run_lines(doc, block.text))) \
            and not is_person_name(text) and not is_org_line(text):
        header.add_keywords(keywords)
        return True
    if is_org_line(text):
        header.publisher = header.publisher or text
        return True
    if _organisation_over_menu(lines := block_lines(doc, block.text)):
        header.publisher = header.publisher or strip_markup(lines[0])  # 'Hochschule X' over its breadcrumb
        return True
    if (name := clean_person(text, strict=True)) and name == strip_titles(text):
        header.add_authors([name])
        return True
    return False


def press_header_end(doc: Document) -> int:
    """Index of the last header line of a press-release style header, or -1.

    Header lines are short lines before the first heading or long paragraph;
    the header is there when one of them is a kind word, a date, a URL or a
    portal's category block ending with a scope word ('überregional').
    """
    end = -1
    for i, block in enumerate(doc.blocks[:HEADER_ZONE]):
        text = strip_markup(block.as_printed())
        if block.kind == "list":
            if is_scope_run(block.items) or (end >= 0 and keyword_line(block.items)):
                end = i
            continue
        if block.kind in ("heading", "image", "question", "table") or len(text) > 200:
            break
        if kind_word(text) or parse_url_line(text) or parse_date_line(text) \
                or (block.kind == "paragraph" and is_scope_run(run_lines(doc, block.text))):
            end = i
    return end


_CONTACT_LABEL = re.compile(
    r"^(?:kontakt|pressekontakt|medienkontakt|ansprechpartner(?:in)?|ansprechperson|contact|media contact|"
    r"press contact|pressesprecher(?:in)?)\s*:?\s+(?P<names>.+)$", re.I)


_LEADING_DATE = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?![\d-])\s*")


def read_leading_metadata(block: Block, header: Header) -> bool:
    """A scraper's metadata prefix (' date 2025-01 …', a copyright notice) on the first block.

    The prefix is read and cut off; True when nothing of the block is left.
    """
    text = block.text
    if m := _LEADING_DATE.match(text):
        iso = iso_date(int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)
        if iso:
            header.take_date(iso)
            text = text[m.end():]
    if parts := split_copyright(text):
        statement, text = parts
        header.publisher = header.publisher or copyright_holder(statement)
    if text != block.text:
        block.text = text
    return not text.strip()


def _read_list_header(block: Block, header: Header) -> None:
    """Menu items before the title may hold the kind and the date ('Interview', 'Teilen:', '13.12.2018 13:41')."""
    for item in block.items:
        item = strip_markup(item)
        if kind := kind_word(item):
            header.kind = header.kind or kind
        elif byline := parse_byline(item):
            header.take_byline(byline)


def _headline_under_kickers(doc: Document, block: Block) -> str | None:
    """'Gesellschaft' / 'Forscherin über Nachbarschaft' / '»Nachbarschaft ist kein Zufall …«' in one block: after
    one or two short kicker lines, the first headline-like line of four words or more."""
    parts = [strip_markup(p) for p in block_lines(doc, block.text)]
    if not 2 <= len(parts) <= 4 or not short_line(parts[0]):
        return None
    for k, part in enumerate(parts[1:3], start=1):
        if part[:1].islower():
            return None  # 'Marketing, fashion, technology' / 'to blend at …': one headline wrapped, no kicker
        if short_line(part):
            continue
        if looks_like_title(part) and len(part.split()) >= 4 and len(part) >= 30 and k >= len(parts) - 2 \
                and not _BREADCRUMB_LINE.search(part) and not is_navigation([part]):
            # (the block's last line, the one over the lead, is the headline when this one reads as its kicker,
            # as it would over that line set as a heading)
            last = parts[-1]
            if k < len(parts) - 1 and kicker_before(Block(kind="paragraph", text=part), [Block(kind="heading", text=last)]):
                return last
            return part
        return None
    return None


def _heading_repeating_lead(block: Block, following: list[Block]) -> Block | None:
    """A heading just below that repeats how the paragraph begins (three words at least)."""
    for other in following:
        if other.kind == "heading" and len(other.text.split()) >= 3 and len(block.text) > len(other.text) + 20 \
                and block.text.startswith(other.text) and not block.text[len(other.text)].isalnum():
            return other
    return None


def _organisation_over_menu(lines: list[str]) -> bool:
    """'Hochschule X' / 'Hochschule > Aktuelles > Pressemitteilungen': an organisation's name over its menu
    or breadcrumb, at the top of its own page."""
    return len(lines) >= 2 and is_org_line(strip_markup(lines[0])) and all(
        is_navigation([strip_markup(line)]) or _BREADCRUMB_LINE.search(line) for line in lines[1:])


def _headline_in_list(block: Block) -> str | None:
    """'Rheintal-Zeitung' / 'Nachrichten > Wissen' / 'Gletscherschmelze' / 'Alpengletscher verlieren …': short
    header lines read as a list, the last a headline after a kicker (or the last before its byline and date)."""
    items = [strip_markup(item) for item in block.items]
    while len(items) > 2 and (parse_byline(last := items[-1].strip(" |")) or dateline(last)
                              or (re.match(r"(?:Von|By)\s+\S", last) and len(last.split()) <= 8)):
        items = items[:-1]  # the byline and the date under the headline ('Von Anna Beck', 'aktualisiert: 17.07.2013')
    if len(items) >= 2 and short_line(items[-2]) and looks_like_title(items[-1]) and len(items[-1].split()) >= 4 \
            and not is_navigation([items[-1]]):
        return items[-1]
    return None


_BREADCRUMB_LINE = re.compile(r"\s[>»›]\s")
_NEWSROOM_PART = re.compile(r"^(?:news(?:room| office| centre| center)?|press(?: office| room| releases?)?|media(?: centre| center"
                            r"| relations)?|pressestelle|presse|pressemitteilungen|aktuelles|nachrichten|newsroom)$", re.I)


# 'MUSTER-MAGAZIN logo …': a name in capitalised words, then the word logo (an image's alt text)
_LOGO_START = re.compile(r"^[A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*){0,3}\s+(?:logo|Logo|LOGO)\b")


_CREDIT_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(?P<credit>(?:Das\s+(?:Gespräch|Interview)\s+führten?|Die\s+Fragen\s+stellten?|"
                              r"Interview\s+by|Interviewed\s+by)\s+[^.!?]{3,80}?\.)(?:\s|$)")
# 'RS = Anna Beck (interviewer)', 'Tim Roth (Moderation)': the one who asks, marked in a transcript's legend.
_MARKED_INTERVIEWER = re.compile(r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){1,2})\s*"
                                 r"\((?i:interviewer(?:in)?|moderator(?:in)?|moderation|host)\)")
# 'MZ-Mitarbeiter Anna Beck sprach mit Tim Roth, …': the paper's reporter conducts the interview.
_STAFF_CREDIT = re.compile(r"(?:^|[.!?]\s+)(?:Unser(?:e)?\s+)?(?:[\w-]+-)?(?:Mitarbeiter|Redakteur|Reporter|Korrespondent|Volontär|"
                           r"Redaktionsmitglied)(?:in)?\s+"
                           r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s+(?:sprach|sprachen|spricht)\s+mit\b")
# 'Warum …, erklärt Anna Beck, Leiterin des X, im Beispielradio-Gespräch mit Tim Roth.': the one who speaks is the
# sentence's subject, the partner of the conversation closing it is the one who asks (the outlet's interviewer).
_SPEAKER_IN_CONVERSATION_WITH = re.compile(
    r"\b(?:erklärt|erklärte|sagt|sagte|berichtet|berichtete|erzählt|erzählte|erläutert|erläuterte|schildert|schilderte|"
    r"verrät|verriet|explains|explained|says|said|tells|told)\s[^.!?]{3,200}?\b(?:im|in\s+(?:an?|the))\s+(?:[\w-]+[\s-])?"
    r"(?:Gespräch|Interview|conversation|interview)\s+(?:mit|with)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s*[.!?](?:\s|$)")
_TURN_LABEL = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2}):\s+\S")


def _opens_a_turn(text: str, blocks: list[Block]) -> bool:
    """A speaker's turn ('LABEL: …') whose label opens at least two other paragraphs of the text."""
    match = _TURN_LABEL.match(text)
    if not match:
        return False
    label = match.group("label")
    return sum(1 for b in blocks if b.kind in ("paragraph", "question", "answer")
               and ((b.text or "").startswith(label + ":") or b.label == label)) >= 3


def _site_header(text: str) -> bool:
    """'University of Ashcombe | News Office', 'Stadtwerke Nord – Presse': an organisation and its news section."""
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", text)]
    return len(parts) == 2 and bool(_NEWSROOM_PART.match(parts[1])) and is_org_line(parts[0])


def _read_byline_items(block: Block, header: Header, document: str) -> bool:
    """A short list whose every item is a byline or a date line: read them all, or none."""
    items = [strip_markup(item) for item in block.items if not beside_byline(item)]
    if byline := _name_and_date(items):
        header.add_authors([byline[0]])  # 'Anna Beck' / '7. Dezember 2016': a byline without 'Von'
        header.take_date(byline[1])
        return True
    read = [parse_byline(item, document) or parse_date_line(item) for item in items]
    if not items or not all(read):
        return False
    for value in read:
        if isinstance(value, str):
            header.take_date(value)
        else:
            header.take_byline(value)
    return True


def _read_text_line(text: str, header: Header, hosts: list[str], document: str = "") -> bool:
    """A date, byline, kind or URL line; read into the header."""
    text = strip_markup(text)
    if not text or len(text) > 200:
        return False
    return _read_line(text, header, hosts, urls=False, document=document)


def split_header_lines(doc: Document, block: Block, header: Header, hosts: list[str],
                       first: bool = True, last: bool = False) -> bool:
    """A date or byline line glued to a paragraph ('29.05.2024' + lead, lead + 'Text: Anna Beck'):
    read the line and cut it off the block. True when a line was read."""
    if block.kind not in ("paragraph", "heading"):
        return False
    lines = block_lines(doc, block.text)
    if len(lines) < 2:
        return False
    read = False
    if first and doc.blocks and block is doc.blocks[0] and (url := parse_url_line(strip_markup(lines[0]))):
        header.url = header.url or url  # the page's address as the document's first line
        lines, read = lines[1:], True
    while first and len(lines) > 1 and _read_text_line(lines[0], header, hosts, doc.raw_text):
        lines, read = lines[1:], True
    while last and len(lines) > 1 and _read_text_line(lines[-1], header, hosts, doc.raw_text):
        lines, read = lines[:-1], True
    if last:
        # A byline line between the lead and the body that were joined ('Text: Anna Beck').
        for i, line in enumerate(lines[1:4], start=1):
            byline = parse_byline(line) if len(line) <= 120 else None
            if byline and byline.authors:
                header.take_byline(byline)
                lines, read = lines[:i] + lines[i + 1:], True
                break
        # and a date line there ('Posted Oct 25, 2016 7:03 AM CDT')
        for i, line in enumerate(lines[1:4], start=1):
            if len(line) <= 80 and (iso := parse_date_line(line)):
                header.take_date(iso)
                # kicker lines over the date ('Nachrichten' / '3. Mai 2030' / headline) are the header's, not
                # the start of a lead: the block goes on from the line under the date
                lines = lines[i + 1:] if i + 1 < len(lines) and all(short_line(strip_markup(x)) for x in lines[:i]) \
                    else lines[:i] + lines[i + 1:]
                read = True
                break
    if read:
        block.text = " ".join(lines)
    return read


def read_press_contact(doc: Document, block: Block, header: Header) -> bool:
    """'Dr. Anna Beck Stabsstelle Presse und Kommunikation' / 'Universität X' after the title:
    the press officer (author) and the organisation (publisher) of a press release."""
    if block.kind not in ("paragraph", "heading", "list"):
        return False
    lines = [strip_markup(line) for line in (block.items if block.kind == "list" else block_lines(doc, block.text))]
    if not lines or len(lines) > 4 or any(len(line) > 160 for line in lines):
        return False
    first = strip_titles(lines[0])
    words = first.split()
    for n in (2, 3, 4):
        name, unit = " ".join(words[:n]), words[n:]
        # 'Presse- und Öffentlichkeitsarbeit': a word cut before 'und' keeps its hyphen.
        if unit and is_person_name(name) \
                and unit[0].casefold().strip(",-") in PRESS_OFFICE_WORDS | UNIT_WORDS \
                and any(w.casefold().strip(",-") in PRESS_OFFICE_WORDS for w in unit):
            header.add_authors([name])
            header.press = True
            # 'Anna Beck Presse- und Öffentlichkeitsarbeit Universität Beispielstadt': the organisation on the same line
            orgs = [line for line in [_org_after_office(unit)] + lines[1:] if line and is_org_line(line)]
            if orgs:
                header.publisher = header.publisher or orgs[0]
            return True
    return False


def _org_after_office(unit: list[str]) -> str | None:
    """The organisation named after the press office's words on one line ('Presse- und Öffentlichkeitsarbeit
    Universität X' → 'Universität X')."""
    for k in range(1, len(unit)):
        head = [w.casefold().strip(",-") for w in unit[:k]]
        if all(w in PRESS_OFFICE_WORDS | UNIT_WORDS or w in ("und", "and", "&", "") for w in head) \
                and unit[k].casefold().strip(",-") not in PRESS_OFFICE_WORDS | UNIT_WORDS | {"und", "and"} \
                and is_org_line(org := " ".join(unit[k:])):
            return org
    return None


# '… seit 1908 über die Theke gingen. Von Anna Beck': a byline run onto the end of the teaser.
# A British standfirst ends on its reporter: '… some of England's finest buildings. Anna Beck reports'.
_GLUED_BYLINE = re.compile(r"(?<=[.!?])\s+(?:(?:Von|By)\s+(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})|"
                           r"(?P<reporter>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s+reports)\s*$")


def _bare_name(text: str) -> bool:
    """A person's name alone on a line: two or three words, nothing else."""
    words = text.split()
    if not 2 <= len(words) <= 3 or len(set(words)) < len(words) or re.search(r"[\d,:;.!?|()]", text) \
            or not is_person_name(text) or not plausible_surname(words[-1]):
        return False  # 'Peer-Reviewed Publication': a given name, then no surname
    # a given name the name list does not know ('Ifeoma Beck') must at least be tagged a proper noun
    return is_person_name(text, strict=True) or tag_of(text, words[0]) == "NE"


# A search box's label: 'Search for:', 'Suche', 'Suchbegriff eingeben'.
_SEARCH_BOX = re.compile(r"^(?:search(?:\s+for)?|suche(?:n)?|suchbegriff(?:\s+eingeben)?|site\s+search|volltextsuche)\s*:?\s*$",
                         re.I)


def _name_and_date(lines: list[str]) -> tuple[str, str] | None:
    """Two lines under the headline, a person's name alone and a date ('Anna Beck' / '7. Dezember 2016'): the
    author and the date of a news site's byline. Either order."""
    lines = [strip_markup(line).strip() for line in lines if line.strip()]
    if len(lines) != 2:
        return None
    for name, date in (lines, lines[::-1]):
        if _bare_name(name) and (iso := parse_date_line(date)):
            return name, iso
    return None


def _opens_with_date(block: Block) -> bool:
    """A block that starts with a date, at most a label of three words before it ('Release Date: May 4, 2012',
    '13 August 2015 - …'): the date line under a headline."""
    text = strip_markup(" ".join(block.items) if block.kind == "list" else block.text or "")
    hit = find_date(text[:80])
    return bool(hit) and len(text[:hit[1]].split()) <= 3 and not re.search(r"[.!?]", text[:hit[1]])


def _note_over_headline(text: str, following: list[Block]) -> bool:
    """A sentence or two, short, over a heading that reads as a headline (a kicker line may stand between): a
    caption or an appeal printed above the headline, not the lead, which comes under it."""
    if len(text) > 160 or len(split_sentences(text)) > 2:
        return False
    for k, block in enumerate(following):
        words = strip_markup(block.text)
        if block.kind == "heading":
            return looks_like_title(words) and not parse_date_line(words) and len(words.split()) >= 3
        if block.kind == "paragraph" and len(words.split()) >= 4 and looks_like_title(words) \
                and k + 1 < len(following) and _opens_with_date(following[k + 1]):
            return True  # a headline line over its date: the note is over the headline, not its lead
        if block.kind != "paragraph" or not short_line(words) and len(words.split()) > 4:
            return False
    return False


def _dateline_place(text: str, following: list[Block]) -> bool:
    """'Beispielstadt, Germany' over 'May 20, 2009': the place of a dateline set on two lines, no headline."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+)?, [A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+)?", text)) \
        and bool(following) and bool(parse_date_line(strip_markup(following[0].text)))


# A kind word's number ('Nr. 12/2016') or a separator ('Interview – …') ends the kind word before a headline.
_KIND_NUMBER = re.compile(r"^(?:Nr\.|No\.)?\s*\d{1,4}(?:\s*/\s*\d{2,4})?\s+(?=\S)")
_KIND_SEPARATOR = re.compile(r"^[–—|-]\s+(?=\S)")
# '#84 Headline': a podcast's or list's running number, a sign, no word of the headline ('Episode 3: …' keeps its words).
_EPISODE_NUMBER = re.compile(r"^#\d{1,4}\s+(?=\S)")


def kind_prefix(title: str) -> tuple[str, str] | None:
    """'Interview – Wie entsteht …?' → ('interview', 'Wie entsteht …?'), 'Pressemitteilung Nr. 12/2016 Neue …' →
    ('press_release', 'Neue …'): a kind word printed before the headline, ended by a number or a dash; the
    headline after it is three words at least and no person's name ('Interview – Anna Beck' keeps its word)."""
    words = title.split()
    for n in (1, 2):
        if not (kind := kind_word(" ".join(words[:n]))):
            continue
        rest = " ".join(words[n:])
        if not (m := _KIND_NUMBER.match(rest) or _KIND_SEPARATOR.match(rest)):
            continue
        rest = rest[m.end():]
        if len(rest.split()) >= 3 and (rest[:1].isupper() or rest[:1] in "\"„“»'") \
                and not is_person_name(strip_titles(rest)):
            return kind, rest  # (a headline starts with a capital: 'Pressemitteilung 2018 war …' is one sentence)
    return None


def _repeated_by_heading(text: str, following: list[Block]) -> bool:
    """'Jahresheft 2018' over the heading '1 Jahresheft 2018': a short line the heading under it prints again (a
    cover's title and its page); the short line is the title, no kicker."""
    key = alnum(text)
    return len(key) >= 8 and any(b.kind == "heading" and key in alnum(b.text) for b in following)


def _first_question(block: Block, following: list[Block]) -> bool:
    """A question set as a heading that a named speaker answers at once ('Anna Beck: …'): the text starts with
    the interview."""
    text = strip_markup(block.text).strip()
    if not text.endswith("?") or not following or following[0].kind not in ("paragraph", "answer"):
        return False
    turn = _TURN_LABEL.match(strip_markup(following[0].text))
    return bool(turn) and is_person_name(turn.group("label"))


def _block_past_caption(blocks: list[Block]) -> Block:
    """The first of `blocks` past a photo's caption: a caption printed under a headline stands between it and its
    lead."""
    if len(blocks) > 1 and blocks[0].kind in ("paragraph", "heading") and len(blocks[0].text) <= 200 \
            and photo_caption(strip_markup(blocks[0].text)):
        return blocks[1]
    return blocks[0]


def _headline_after_intro(blocks: list[Block]) -> int | None:
    """Index of a headline heading under a site's intro text: the first heading, of three words or more, that reads
    as a headline, directly under a short label line (a section or kicker: 'News', 'Forschung in X') and over a
    long paragraph (its lead). A subheading in the body follows prose, not a label."""
    k = next((n for n, b in enumerate(blocks) if b.kind == "heading"), None)
    if k is None or not 1 <= k < len(blocks) - 1:
        return None
    label, lead, text = strip_markup(blocks[k - 1].text), _block_past_caption(blocks[k + 1:]), strip_markup(blocks[k].text)
    if blocks[k - 1].kind == "paragraph" and short_line(label) and not label.isupper() and len(text.split()) >= 3 \
            and looks_like_title(text) and "?" not in text and not photo_caption(text) and not dateline(text) \
            and lead.kind == "paragraph" and len(strip_markup(lead.text)) > 200:
        return k
    return None


# An address block's telephone label or a street number with a postcode: a letterhead, no headline.
_ADDRESS_LINE = re.compile(r"\b(?:phone|fax|tel\.?|telefon|e-?mail)\s*:|\b\d{4,5}(?:-\d{4})?\b.*\b\d{3,}", re.I)


def _first_line(doc: Document, text: str) -> str:
    """The raw file's line a paragraph starts with (the cleaner may have joined it with a caption under it)."""
    return next((line for line in (raw.strip() for raw in doc.raw_text[:20000].splitlines())
                 if len(line) >= 20 and text.startswith(line)), text)


def _headline_over_dateline(blocks: list[Block]) -> int | None:
    """Index of the first headline-like paragraph (four words or more) directly over a short line that is only a
    date or a dateline ('Jun 25, 2019', 'Hamburg, 9. Juli 2018'): news pages print the date under the headline, so
    the line over it is the headline even when a site's chrome over it hid it."""
    for k, block in enumerate(blocks[:-1]):
        below = _block_past_caption(blocks[k + 1:])
        text, under = strip_markup(block.text or ""), strip_markup(below.text or "")
        if block.kind == "paragraph" and below.kind in ("paragraph", "heading") and len(under) <= 60 \
                and dateline(under) and len(text.split()) >= 4 and looks_like_title(text) \
                and not interview_question(text) and not parse_date_line(text) and not parse_byline(text) \
                and not is_org_line(text) and not kind_word(text) and not _ADDRESS_LINE.search(text):
            return k
    return None


def _one_line_headline(doc: Document, block: Block) -> str | None:
    """The text of a paragraph printed as one headline-like line of four to fifteen words; None otherwise."""
    text = strip_markup(block.text or "")
    if block.kind != "paragraph" or len(block_lines(doc, block.text)) != 1 or not 4 <= len(text.split()) <= 15:
        return None
    if not looks_like_title(text) or interview_question(text) or parse_date_line(text) or parse_byline(text) \
            or is_org_line(text) or kind_word(text) or _ADDRESS_LINE.search(text) or is_navigation([text]):
        return None
    return text


def _headline_over_deck(doc: Document, blocks: list[Block], k: int) -> int:
    """The index of the headline when the line at `k`, over the date, is its deck: news pages print the headline, the
    deck under it, then the date; a headline-like line right over the line over the date is the headline, as the
    first of the two is when both stand in one block."""
    if k >= 1 and _one_line_headline(doc, blocks[k]) and _one_line_headline(doc, blocks[k - 1]):
        return k - 1
    return k


def _outlet_staff_line(text: str, document: str) -> bool:
    """'Example Daily Staff' alone on a line, the outlet named elsewhere on the page too: the byline of a
    newspaper's staff without its 'By'; a section heading ('Our Staff', 'Medical Staff') names no outlet there."""
    match = OUTLET_STAFF.match(text.strip())
    outlet = match and match.group("outlet")
    if not outlet or len(text) > 50 or outlet.casefold() in ("our", "the", "all", "news", "medical", "support"):
        return False
    return len(re.findall(re.escape(outlet), document, re.I)) >= 2


def _headline_over_date(text: str, following: list[Block], header: Header) -> bool:
    """'Pilgrims Wanted' over 'August 13, 2030' opening a press header: the headline over its date, no header
    line; an organisation's or a kind's line over the date stays one."""
    return header.title is None and len(text.split()) >= 3 and not re.search(r"[.!?]\s+\S", text) \
        and bool(following) and following[0].kind == "paragraph" \
        and bool(parse_date_line(strip_markup(following[0].text))) and looks_like_title(text) \
        and not kind_word(text) and not is_org_line(text) and not parse_date_line(text) and not parse_url_line(text)


# A weekday and its date alone: 'Mo, 11. Dezember 2017', 'Monday, March 4, 2030'.
_WEEKDAY_DATE = re.compile(r"^(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
                           r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"\.?,?\s+\S.{5,25}$")


# The end of a date line's time of day: ', 19:16 Uhr', ' | 10.15 h', ' at 6:58 am'.
_TIME_AFTER_DATE = re.compile(r"^[\s,|·–-]*(?:(?:um|at)\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?", re.I)


def _date_line_run_into_lead(doc: Document, block: Block) -> str | None:
    """The date of a date line a paragraph opens with, the lead run onto it ('Dienstag, den 27.08.2002, 19:16 Uhr Mit
    über …'): a page prints the date over the lead, a scraper joined the two; no headline follows. A date in the
    lead's first sentence ('Am 3. Mai hat …') is preceded by words that are no date line's."""
    text = strip_markup(block.text or "")
    if len(text) <= 120 or not (hit := find_date(text[:80])):
        return None
    end = hit[2] + (m.end() if (m := _TIME_AFTER_DATE.match(text[hit[2]:])) else 0)
    head, rest = text[:end].strip(), text[end:].strip()
    if not rest[:1].isupper() or len(rest) < 80 or parse_date_line(head) != hit[0]:
        return None  # ('13. Mai 2016 – Musterstadt. Die …': a dateline opens the lead, no line of its own)
    return hit[0]


_LETTER_I_BAR = re.compile(r"\s+I(?:\s+|$)")


def _bars_for_letter_i(text: str) -> str | None:
    """'13 Mai I Pressemitteilung I Musterverband e.V. I' → '13 Mai | Pressemitteilung | Musterverband e.V. |': a
    site that sets its label fields apart with a capital I where others print a bar; two such separators at
    least, short fields, and a trailing one or a kind word among the fields (an English 'I' stands inside a
    sentence, never after its last word)."""
    line = strip_markup(text).strip()
    if len(line) > 160 or len(_LETTER_I_BAR.findall(line)) < 2:
        return None
    fields = [f.strip() for f in _LETTER_I_BAR.split(line)]
    filled = [f for f in fields if f]
    if any(len(f.split()) > 8 for f in filled) or "" in fields[:-1]:
        return None
    if not line.endswith(" I") and not any(kind_word(f) for f in filled):
        return None
    return " | ".join(fields).strip()


def _read_label_fields(text: str, header: Header) -> bool:
    """A label line of fields set apart by bars, each a kind word, a date (or a day and month without the year), or
    the issuing organisation, a kind word among them: read into the header; False (and nothing read) otherwise."""
    fields = [f.strip() for f in re.split(r"\s*\|\s*", text) if f.strip()]
    if len(fields) < 2 or len(text) > 160 or not any(kind_word(f) for f in fields):
        return False
    read: list[tuple[str, str]] = []
    for field in fields:
        if kind := kind_word(field):
            read.append(("kind", kind))
        elif iso := parse_date_line(field):
            read.append(("date", iso))
        elif is_org_line(re.sub(r"\s+e\.\s?V\.$", "", field)):  # (a registered association's 'e.V.')
            read.append(("publisher", field))
        elif not re.fullmatch(r"\d{1,2}\.?\s+[A-ZÄÖÜ][a-zäöü]{2,8}\.?", field):
            return False  # ('13 Mai': a day and month without the year is no date, but part of the label)
    for what, value in read:
        if what == "kind":
            header.kind = header.kind or value
        elif what == "date":
            header.take_date(value)
        else:
            header.publisher = header.publisher or value
    return True


def _masthead_over_heading(text: str, following: list[Block]) -> bool:
    """An organisation's name alone on the line directly over a headline heading: the site's masthead (the
    ministry's, the association's name over each of its pages), never the headline, which names what happened."""
    return bool(following) and following[0].kind == "heading" and is_org_line(text) \
        and looks_like_title(strip_markup(following[0].text)) and not parse_date_line(strip_markup(following[0].text))


def _opening_paragraph(doc: Document) -> Block | None:
    """The paragraph the text opens with, past the site's breadcrumb or menu over it (a page's navigation comes
    before whatever the text itself prints first); None when the text opens with anything else."""
    for block in doc.blocks:
        if block.kind == "rule":
            continue
        text = strip_markup(block.as_printed()) if block.kind in ("paragraph", "heading") else ""
        if (text and header_noise(text)) or (block.kind == "list" and is_navigation(block.items)):
            continue
        return block if block.kind == "paragraph" else None
    return None


def read_header(doc: Document) -> Header:
    """Title, header lines before it, byline lines after it and at the end of the text."""
    header = Header()
    blocks = doc.blocks
    hosts = hosts_in_text(doc.raw_text)
    first_text = _opening_paragraph(doc)
    if first_text is not None and read_leading_metadata(first_text, header):
        header.consumed.append(first_text)
    elif first_text is not None and _WEEKDAY_DATE.match(strip_markup(first_text.text)) \
            and (iso := parse_date_line(strip_markup(first_text.text))):
        header.take_date(iso)  # a site's today-line opening the page: a date under it is the text's own
        header.page_date = iso
        header.consumed.append(first_text)
    for block in blocks[:HEADER_ZONE]:
        if block.kind in ("paragraph", "heading") and (bars := _bars_for_letter_i(block.text or "")):
            block.text = bars  # '3 Mai I Pressemitteilung I Verband I': a capital I printed for the bar
    header_end = press_header_end(doc)
    in_press_header = header_end >= 0
    extras: list[str] = []  # unread lines inside a press header (a unit, a department)
    title_index = None
    kicker: Block | None = None  # a kicker over a heading that may turn out to be a header line
    list_headline: str | None = None  # the headline at the end of a run of short header lines
    for i, block in enumerate(blocks[:HEADER_ZONE]):
        if block.kind == "rule" or any(block is c for c in header.consumed):
            continue
        if block.kind == "image":
            if headline := image_headline(doc, block, blocks[i + 1:i + 4]):
                header.title = headline
                block.text = headline  # the image stays, its alt text once
                title_index = i
                break
            continue
        if block.kind == "list" and read_press_contact(doc, block, header):
            header.consumed.append(block)  # the press officer and the organisation as two short lines
            continue
        if block.kind == "list" and _organisation_over_menu(block.items):
            header.publisher = header.publisher or strip_markup(block.items[0])  # 'Hochschule X' over its breadcrumb
            header.consumed.append(block)
            continue
        if block.kind == "list":
            list_headline = list_headline or _headline_in_list(block)
            header.site_name = header.site_name or next(
                (o for item in block.items[:2] if (o := outlet_masthead(strip_markup(item)))), None)
        if block.kind == "list" and in_press_header and (keywords := keyword_line(block.items)):
            header.add_keywords(keywords)
            header.consumed.append(block)
            continue
        if block.kind == "list" and all(len(item.split()) <= 12 for item in block.items) \
                and (title_follows(blocks[i + 1:]) or (len(block.items) <= 4 and any(
                    parse_date_line(strip_markup(item)) for item in block.items))):
            # a menu's remains, or a breadcrumb over the date ('Home News Interview' / 'Dienstag, 8. November 2011')
            _read_list_header(block, header)  # menu remains before the title
            header.consumed.append(block)
            continue
        if block.kind == "list" and any(_SEARCH_BOX.match(strip_markup(item)) for item in block.items) \
                and all(len(item.split()) <= 8 for item in block.items):
            header.consumed.append(block)  # 'Find an Expert' / 'Search for:': the site's tools over the text
            continue
        if block.kind in ("table", "list") or (block.kind == "question" and (block.number or block.label)):
            # (a question a named speaker asks, 'Anna: So what …?', opens the interview: no headline follows)
            break
        if block.kind == "contact":
            continue  # a press contact's lines ('Editor, The Example Chronicle', a phone number): never the headline
        if block.kind in ("paragraph", "heading") and header_noise(strip_markup(block.as_printed())):
            header.consumed.append(block)  # a banner, a breadcrumb, a printer's colour bar
            continue
        if block.kind in ("paragraph", "heading") and _read_label_fields(strip_markup(block.text or ""), header):
            header.consumed.append(block)  # '13 Mai | Pressemitteilung | Musterverband e.V. |': the release's label line
            continue
        if block.kind in ("paragraph", "heading") and credit_line(strip_markup(block.as_printed())):
            continue  # 'Host - Jon Beck': a show's credits stay in the text
        if block.kind == "paragraph" and colon_kicker(strip_markup(block.text), blocks[i + 1:i + 3]):
            continue  # 'Neues aus dem Institut:' over the headline stays in the text
        if block.kind == "paragraph" and document_label(strip_markup(block.as_printed())):
            header.consumed.append(block)  # 'Anlage 2', 'EXHIBIT 10.3': a filing's label, no title
            continue
        if block.kind == "paragraph" and (iso := date_over_label(strip_markup(block.text))):
            header.take_date(iso)  # '12.05.2031 - Beispielpokal' over the headline: whatever else the line is read as
        split_header_lines(doc, block, header, hosts, first=True, last=True)
        if _header_line(doc, block, header, in_press_header, hosts):
            header.consumed.append(block)
            continue
        if is_link_text(strip_markup(block.as_printed())):
            header.consumed.append(block)  # a link to another page ('Zum Newsletter'), no headline
            continue
        if block.kind == "paragraph" and _masthead_over_heading(strip_markup(block.text), blocks[i + 1:i + 2]):
            continue  # 'Ministerium für X' over the heading: the site's organisation, the heading is the headline
        if block.kind == "paragraph" and (heading := _heading_repeating_lead(block, blocks[i + 1:i + 3])):
            # 'Gardeners Share Tips … In May, Example Radio visited …' over the heading 'Gardeners Share
            # Tips …': the headline was run into the teaser, and printed again as the heading
            header.title = strip_markup(heading.text)
            header.consumed.append(heading)
            block.text = block.text[len(heading.text):].strip()
            title_index = next(k for k, b in enumerate(blocks) if b is heading)
            break
        if block.kind == "paragraph" and (headline := headline_under_crumbs(
                lines := [strip_markup(line) for line in block_lines(doc, block.text)])):
            header.title = headline  # a news site's kicker line over its breadcrumb, both ending in the headline
            for line in lines:
                if len(line) <= 40 and (iso := parse_date_line(line)):
                    header.take_date(iso)  # '11:00 24.09.2015' among the header's lines
            header.consumed.append(block)
            title_index = i
            break
        if block.kind in ("paragraph", "heading") and (headline := _headline_under_kickers(doc, block)):
            header.title = headline  # kicker lines over the headline, in one block
            header.consumed.append(block)
            title_index = i
            break
        if block.kind == "heading" and photo_caption(strip_markup(block.text)):
            continue  # a photo caption set as a heading
        if block.kind == "heading" and (iso := dateline(block.text)):
            header.take_date(iso)  # the date or dateline set as a heading ('PHILADELPHIA - March 4, 2014')
            header.consumed.append(block)
            continue
        if block.kind == "heading" and _CONTACT_LABEL.match(strip_markup(block.text)):
            header.consumed.append(block)  # 'Contact: Anna Beck, Communications' set as a heading: no headline
            continue
        if block.kind == "heading" and header_noise(strip_markup(block.text)):
            header.consumed.append(block)  # what is left of a heading once its date line was read off
            continue
        if block.kind in ("heading", "paragraph") and _outlet_staff_line(strip_markup(block.text), doc.raw_text):
            header.consumed.append(block)  # 'Example Daily Staff' under the headline: the outlet's staff byline
            continue
        if block.kind == "heading" and _first_question(block, blocks[i + 1:i + 2]):
            break  # 'Ist das gefährlich?' / 'Anna Beck: Wenn man …': the interview's first question, no headline
        if block.kind == "heading":
            header.title = strip_markup(block.text)
            header.consumed.append(block)
            title_index = i
            break
        text = strip_markup(block.as_printed())
        if in_press_header and (m := _CONTACT_LABEL.match(text)) and (names := split_authors(m.group("names"))):
            header.add_authors(names)
            header.consumed.append(block)
            continue
        if i < header_end and len(text) <= 200 and not _headline_over_date(text, blocks[i + 1:i + 2], header):
            extras.append(text)
            header.consumed.append(block)
            continue
        if block.kind == "paragraph":
            if portal := is_portal_name(text):
                header.banner = header.banner or portal
                header.consumed.append(block)
                continue
            if outlet := outlet_masthead(text):
                header.site_name = header.site_name or outlet
                header.consumed.append(block)
                continue
            if is_navigation(run_lines(doc, block.text)) or (short_line(text) and title_follows(blocks[i + 1:])
                                                             and not _repeated_by_heading(text, blocks[i + 1:i + 2])):
                header.consumed.append(block)  # menu remains, a kicker over the headline
                continue
        if photo_caption(text) and len(text) <= 200:
            continue  # a photo caption over the headline stays in the text
        if not in_press_header and kicker_before(block, blocks[i + 1:i + 3]):
            kicker = kicker or block
            continue  # a kicker over the headline stays in the text
        if block.kind == "paragraph" and (teaser := teaser_headline(text, blocks[i + 1:i + 3])):
            header.title = teaser
            header.consumed.append(block)  # the teaser; its lead follows as the first paragraph
            title_index = i
            break
        if block.kind == "paragraph" and _LOGO_START.match(text) and i + 1 < len(blocks) \
                and blocks[i + 1].kind == "heading":
            header.consumed.append(block)  # 'X logo' and the teasers of other stories, over the headline
            continue
        if block.kind == "paragraph" and _site_header(text):
            header.consumed.append(block)  # 'University of X | News Office': the site's header
            continue
        if block.kind == "paragraph" and re.fullmatch(r"(?:\d{1,2}\.\s+)?(?:Home|Homepage|Start|Startseite)", text):
            header.consumed.append(block)  # '1. Home': a numbered breadcrumb's first item, its others follow
            continue
        if block.kind == "paragraph" and operator_line(text):
            header.consumed.append(block)  # 'Ein Angebot des Musterverlags': the site's operator, read as publisher
            continue
        if _opens_a_turn(text, blocks):
            break  # 'SPIEGEL: Sie haben selbst …': the text starts with the interview, it has no headline
        if block.kind == "paragraph" and (opening := _date_line_run_into_lead(doc, block)):
            header.take_date(opening)  # 'Dienstag, den 27.08.2002, 19:16 Uhr' / lead: the text's date, no headline
            break
        if block.kind == "paragraph" and block.text.strip() == text.strip() and not looks_like_title(tidy_title(text)[0]) \
                and (run_in := headline_run_into_lead(text)) and not is_portal_name(run_in[0]) \
                and not outlet_masthead(run_in[0]) and not portal_banner(run_in[0]):
            header.title = run_in[0]  # the headline run into the lead on one line: the lead stays the first paragraph
            block.text = run_in[1]
            title_index = i
            break
        if (looks_like_title(tidy_title(text)[0]) and not interview_question(text) and not parse_date_line(text)
                and not _dateline_place(text, blocks[i + 1:i + 2])) \
                or repeated_headline(text, blocks[i + 1:i + 6]) \
                or (block.kind == "paragraph" and short_line(text) and len(text.split()) >= 2
                    and _repeated_by_heading(text, blocks[i + 1:i + 2])):
            header.title = text
            header.consumed.append(block)
            title_index = i
            if extras and i >= 1 and blocks[i - 1] is header.consumed[-2] and extras[-1] == strip_markup(
                    blocks[i - 1].as_printed()) and i + 1 < len(blocks) and parse_date_line(strip_markup(blocks[i + 1].text)) \
                    and _headline_over_deck(doc, blocks, i) == i - 1:
                header.title, title_index = extras.pop(), i - 1  # the press header's headline over its deck
        elif block.kind == "paragraph" and _note_over_headline(text, blocks[i + 1:i + 3]):
            continue  # a photo's caption or a site's appeal over the headline ('Eure Unterstützung macht ihn möglich!')
        break
    if header.title is None:
        # a kicker and its headline read as a list say more than the longest unread line of a press header
        header.title = list_headline or title_among(extras)
    elif list_headline and header.title.endswith(" " + list_headline) and len(list_headline.split()) >= 3:
        header.title = list_headline  # 'Kicker Headline' under a breadcrumb that ends in 'Headline'
    if header.title:
        header.publisher = header.publisher or series_source(header.title)
    if header.title and title_index is not None:
        following = blocks[title_index + 1:title_index + 25]
        if repeat := shorter_repeat(header.title, following):
            header.title = repeat  # the headline again, without its label or addition
            header.consumed += [b for b in following if strip_markup(b.text).strip() == repeat][:1]
    if header.title:
        if issue := periodical_name(header.title):
            header.title = issue[0]  # a periodical's cover line: its name, then volume, issue and date
            if issue[1] and not header.date:
                header.date = parse_date_line(issue[1])
        opening = doc.raw_text[:_COPY_SCAN_CHARS].splitlines()
        header.title = full_title_of_cut(header.title, opening) or header.title  # 'Long title ... - Portal'
        header.title, list_date = tidy_title(header.title)
        header.title = quote_after_rubric(header.title) or quote_after_kicker(header.title) \
            or header.title  # 'FRAGEBOGEN: „…“', 'Kicker „…“'
        # 'Kicker Headline' where a breadcrumb or the page title prints 'Kicker: Headline'
        header.title = kicker_shown_by_copy(header.title, opening) or header.title
        if (rest := kicker_before_sentence(header.title)) and detect_language(doc.raw_text) == "de":
            header.title = rest  # 'Kicker Subjekt will …': a German kicker without a verb before the headline's sentence
        header.title = episode_after_show(header.title, doc.raw_text) or header.title  # 'Show - Episode title'
        if glued_byline := trailing_byline(header.title):
            header.title = glued_byline[0]  # '… geschrieben von Anna Beck': the byline run onto the headline
            header.take_byline(glued_byline[1])
        if list_date and not header.date:
            header.date = parse_date_line(list_date)
    if cover := cover_title(doc.lines):
        header.title, header.date = cover[0], header.date or cover[1]  # the cover names the publication
    elif masthead := periodical_masthead(doc):
        header.title = masthead  # a periodical's name beside its issue's date on its pages
    if header.title is None and kicker is not None:
        # The heading under the 'kicker' was a header line ('Presseinformation der X vom …'):
        # the line over it is the headline.
        header.title = strip_markup(kicker.as_printed())
        header.consumed.append(kicker)
        title_index = blocks.index(kicker)
    if header.title is None and not header.interview and (k := _headline_after_intro(blocks[:HEADER_ZONE])) is not None:
        header.title = strip_markup(blocks[k].text)  # a site's welcome text or a caption over the kicker and headline
        header.consumed.append(blocks[k])
        title_index = k
    if header.title is None and not header.interview and (k := _headline_over_dateline(blocks[:HEADER_ZONE])) is not None:
        k = _headline_over_deck(doc, blocks, k)
        lines = [strip_markup(line) for line in block_lines(doc, blocks[k].text)]
        # a site's chrome over the headline, its date right under it; a deck on the line under the headline is none of it
        header.title = lines[0] if len(lines) == 2 and len(lines[0].split()) >= 4 and looks_like_title(lines[0]) \
            else strip_markup(blocks[k].text)
        header.consumed.append(blocks[k])
        title_index = k
    if header.title and (m := re.match(r"^([^:]{4,30}):\s+(\S.{7,})$", header.title)) \
            and (kind := kind_word(m.group(1))) \
            and not is_person_name(strip_titles(m.group(2).split(",")[0])):
        # ('Interview: Anna Beck, Coach': the kind word and the person interviewed are the headline together;
        # 'MEDIA ADVISORY: …', an advisory label, is a kind word too)
        header.kind, header.title = header.kind or kind, m.group(2)  # 'Presseinformation: Ausgrabungen …'
    elif header.title and (split := kind_prefix(header.title)):
        header.kind, header.title = header.kind or split[0], split[1]  # 'Interview – Wie …?', 'Pressemitteilung Nr. 12/2016 …'
    if header.title and (m := _EPISODE_NUMBER.match(header.title)) and len(header.title[m.end():].split()) >= 3:
        header.title = header.title[m.end():]  # '#84 Anna Beck, wie …?': a podcast's episode number
    start = (title_index + 1) if title_index is not None else len(header.consumed)
    prose = False  # the text's prose has begun: an address on a line of its own after it is a link of the text
    for block in blocks[start:start + POST_TITLE_ZONE]:
        if any(block is c for c in header.consumed):
            continue
        if block.kind == "list" and read_press_contact(doc, block, header):
            header.consumed.append(block)  # the press officer and the organisation as two short lines
            continue
        if block.kind == "list" and _read_byline_items(block, header, doc.raw_text):
            header.consumed.append(block)  # 'Von Anna Beck' / '15.06.2022, 10:15 Uhr' as two short lines
            continue
        if block.kind not in ("paragraph", "answer", "heading"):
            continue
        text = strip_markup(block.as_printed())
        if len(text) > 120 and (host := conversation_lead(text)):
            header.add_authors(host)  # 'Anna Beck speaks with Tim Roth of …' opens the show's lead
            header.interview = True
        if not prose and block.kind == "paragraph":
            # (the teaser's first line: the paragraph may have been joined with the caption under it; looked up in the
            # raw text only for a teaser before the prose, the one place a byline runs onto it)
            teaser = block.text if _GLUED_BYLINE.search(block.text) else _first_line(doc, block.text)
            glued_by = _GLUED_BYLINE.search(teaser)
            if glued_by and _bare_name(name := glued_by.group("name") or glued_by.group("reporter")):
                # '… über die Theke gingen. Von Anna Beck': the teaser's byline
                header.add_authors([name])
                block.text = teaser[:glued_by.start() + 1] + block.text[len(teaser):]
                text = strip_markup(block.as_printed())
        if len(text) > 200:
            split_header_lines(doc, block, header, hosts, first=True, last=True)
            prose = True
            continue
        if glued := glued_outlet_date(text, hosts):
            header.take_outlet_date(glued)
        elif byline := parse_byline(text, doc.raw_text):
            header.take_byline(byline)
        elif not header.url and not prose and (url := parse_url_line(text)):
            header.url = url
        elif read_press_contact(doc, block, header):
            pass
        elif not prose and (byline := _name_and_date(block_lines(doc, block.text))):
            header.add_authors([byline[0]])  # 'Anna Beck' / '7. Dezember 2016' under the headline: a byline without 'Von'
            header.take_date(byline[1])
        else:
            split_header_lines(doc, block, header, hosts, first=True, last=True)
            continue
        header.consumed.append(block)
    for block in blocks[-TAIL_ZONE:]:
        if block.kind not in ("paragraph", "answer") or any(block is c for c in header.consumed):
            continue
        names = parse_interview_credit(block.as_printed())
        if names is None:
            label = AUTHOR_LABEL.match(strip_markup(block.as_printed()).strip("()"))
            names = split_authors(label.group("names")) if label else None
        else:
            header.interview = True
        if names:
            header.add_authors(names)
            header.consumed.append(block)
    # A transcript's legend marks its interviewer: 'RS = Anna Beck (interviewer)'.
    if not header.authors:
        for line in doc.lines[:60]:
            if (m := _MARKED_INTERVIEWER.search(line)) and _bare_name(m.group("name")):
                header.add_authors([m.group("name")])
                header.interview = True
                break
    # An interview credit run into a paragraph: '… Das Gespräch führte Anna Beck.'
    if not header.authors:
        for block in blocks:
            if block.kind in ("paragraph", "answer") and (credit := _CREDIT_SENTENCE.search(block.text or "")) \
                    and (names := parse_interview_credit(credit.group("credit"))):
                header.add_authors(names)
                header.interview = True
                break
            if block.kind == "paragraph" and ((staff := _STAFF_CREDIT.search(block.text or ""))
                                              or (staff := _SPEAKER_IN_CONVERSATION_WITH.search(block.text or ""))) \
                    and _bare_name(staff.group("name")):
                header.add_authors([staff.group("name")])
                header.interview = True
                break
    # A magazine's credit anywhere in the text: 'Aus Musterblatt der Wissenschaft 07/2013'.
    if not (header.publisher and header.date):
        for block in blocks:
            if block.kind not in ("paragraph", "heading"):
                continue
            credit = next((c for line in block_lines(doc, block.text) if (c := parse_magazine_credit(line))), None)
            if credit:
                header.publisher = header.publisher or credit[0]
                header.take_date(credit[1])
                break
    # Lines the cleaner removed as navigation may still hold 'OutletOutlet17/09/2025'.
    for item in doc.removed:
        if item.reason in ("portal-tail", "tags", "source", "footer-url"):
            continue
        if item.reason == "site-name":
            header.site_name = header.site_name or item.text
        elif item.reason == "masthead" and (site := portal_banner(item.text)):
            header.banner = header.banner or site
        elif glued := glued_outlet_date(item.text.strip(), hosts):
            header.take_outlet_date(glued)
    return header


def find_title(doc: Document) -> str | None:
    """The headline (without touching the blocks)."""
    copy = doc.model_copy(deep=True)
    return read_header(copy).title
