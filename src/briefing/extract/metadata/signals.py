"""Signals of the body that more than one field reads (publisher, authors, kind).

Datelines and agency credits ('Berlin (dpa) - …'), interview speaker labels, a contact
block at the end, an institution's own photo credit, an 'issued by' statement, and
`press_release_signals`, which combines the signals of a text issued by an organisation.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.names import (
    agency_name,
    clean_person,
    is_org_line,
    is_person_name,
    known_first_name,
    org_name,
    org_word,
    strip_titles,
    unlabelled_person_name,
)
from briefing.extract.metadata.header_lines import outlet_masthead
from briefing.extract.people_lexicon import is_role_word
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.text import alnum, strip_markup, times_printed
from briefing.extract.metadata.vocab import (
    ACADEMIC_TITLES,
    CONTACT_LABELS,
    EXPERT_REACTION_WORDS,
    LEGAL_FORMS,
    MONTHS,
    NAME_PARTICLES,
    PRESS_OFFICE_WORDS,
    UNIVERSITY_ABBREVIATIONS,
    WIRE_SERVICES,
)
from briefing.model import Document

# --- datelines and agency credits -----------------------------------------------------

# The lead after a dateline's dash opens a sentence: a small letter there continues a compound ('Sport- und …').
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,3})\s*(?:\((?P<credit>[^()]{2,30})\))?\s*[-–—]"
    r"\s+(?![a-zäöüß])\S")
# 'MUSTERVILLE, Minn. – …' (a US state), 'Springfield, June 26 (ANI): …' (a day without a year).
# 'BERLIN (np) Über 40 000 Tonnen …': a place in capitals and a correspondent's code, no dash.
# 'MUSTERVILLE, Alaska (AP) —', 'SPRINGFIELD, Neb. (KXYZ) -': the place may carry its state or country.
_DATELINE_CAPS = re.compile(r"^(?P<place>[A-ZÄÖÜ]{3,}(?:[ /-][A-ZÄÖÜ]{2,}){0,3})(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
                            r"\s*\((?P<credit>[^()]{2,30})\)\s*[-–—:]?\s+[A-ZÄÖÜ„\"“]")
# 'BEISPIELSTADT epd ■ In der …': the agency without brackets, then a separator; a place has three words at most
# (a headline in capitals before a dash is none)
_DATELINE_BARE_AGENCY = re.compile(r"^(?P<place>[A-ZÄÖÜ]{3,}(?:[ /-][A-ZÄÖÜ]{2,}){0,2})\s+"
                                   r"(?P<credit>[a-z]{2,4}|[A-Z]{2,5})\s*[■•|/–—-]\s")
# 'Musterstadt (epd). Wissenschaftler …': a known agency's credit closed by a full stop
_DATELINE_AGENCY_STOP = re.compile(r"^(?P<place>[A-ZÄÖÜ][\w'’-]+(?:[ /-][A-ZÄÖÜ][\w'’-]+){0,2})\s*"
                                   r"\((?P<credit>[^()]{2,20})\)[.:]\s+[A-ZÄÖÜ„\"»]")
# 'Beispielstadt. In Beispielstadt soll …', 'Musterstadt. „Dieses …': a town and a full stop open a local report
_DATELINE_CITY_STOP = re.compile(r"^(?P<place>[A-ZÄÖÜ][a-zäöüß]{3,}(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?\.)\s+[A-ZÄÖÜ„\"»]")
_DATELINE_QUALIFIED = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,2}),\s+"
    r"(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|(?P<month>[A-Z][a-z]{2,8}\.?)\s+\d{1,2})"
    r"\s*(?:\((?P<credit>[^()]{2,30})\))?\s*(?P<sep>[-–—]|:)\s+(?![a-zäöüß])\S")

# A dateline's place is a place: a title ('Professor Dr.', 'Prof.') opens a sentence about a person.
_TITLE_WORD = re.compile(rf"(?<![\w.-])(?:{ACADEMIC_TITLES})(?![\w])")


def _place(match: re.Match | None) -> re.Match | None:
    """The match of a dateline pattern, unless its place holds a person's title."""
    if match and _TITLE_WORD.search(match.group("place")):
        return None
    return match


# A paragraph that opens with the header's date: header lines run into the teaser, not yet the lead.
_HEADER_RESIDUE = re.compile(r"^(?:\w+,\s+)?(?:\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s*\d{4}|"
                             r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\b")


def read_dateline(doc: Document) -> tuple[bool, str | None]:
    """(dateline, agency) of the first body paragraph: 'Berlin (dpa) - …' → (True, 'dpa'),
    'Musterstadt - …' → (True, None). A credit that is no agency makes no dateline."""
    for block in doc.blocks[:8]:
        if block.kind != "paragraph" or len(block.text) < 25 or re.search(r"\S+@\S+\.\w+$", block.text):
            continue  # a site's notice ending in its e-mail address is no lead
        if (stop := _DATELINE_AGENCY_STOP.match(block.text)) and (agency := agency_name(stop.group("credit"))):
            return True, agency
        # a lead cut short by a line break still opens with its dateline ('NEW YORK (AP) — In just a')
        short = len(block.text) < 60
        if short and not (_DATELINE_CAPS.match(block.text) and not re.search(r"[.!?…][\"“”»]?$", block.text)):
            continue
        if caps := _DATELINE_CAPS.match(block.text):
            credit = caps.group("credit").strip()
            if alnum(credit) in WIRE_SERVICES:
                return True, None  # '(PRWEB)': the wire that carried an issuer's release, not an agency's story
            # a credit in capitals that is no known agency is the station's or service's own ('(KXYZ)');
            # a code in small letters ('(np)') is a correspondent's
            return True, agency_name(credit) or (credit if re.fullmatch(r"[A-Z]{2,6}", credit) else None)
        if bare := _DATELINE_BARE_AGENCY.match(block.text):
            # without brackets only a known agency is a credit: 'NEW YORK –', 'LITTLE ROCK –' is a place of two words
            return True, agency_name(bare.group("credit").strip())
        if _place(_DATELINE_CITY_STOP.match(block.text)):
            return True, None  # 'Beispielstadt. In Beispielstadt soll …': a local paper's dateline
        if len(block.text) < 120:
            continue  # a short lead may still carry a dateline in capitals; other datelines open a long one
        match = _place(_DATELINE.match(block.text))
        if not match and (match := _place(_DATELINE_QUALIFIED.match(block.text))):
            if match.group("month") and match.group("month").rstrip(".").casefold() not in MONTHS:
                return False, None
            if match.group("sep") == ":" and not match.group("credit"):
                return False, None
        if not match and _HEADER_RESIDUE.match(block.text):
            continue  # the header's date and source run into the teaser ('30. Januar 2025 · Quelle: dpa Die …')
        if not match:
            return False, None
        if match.group("credit"):
            agency = agency_name(match.group("credit"))
            return agency is not None, agency
        return True, None
    return False, None


_LEAD_CREDIT = re.compile(r"^\((?P<credit>[a-z]{2,6}|[A-Z]{2,6})\)\s+[A-ZÄÖÜ0-9„\"“]")
_OUTLET_CREDIT = re.compile(r"^\((?P<outlet>[A-Z][^()]{2,40})\)\s*[—–]\s")
_TOLD_AGENCY = re.compile(r"\b(?:told|said\s+to|sagte\s+(?:der|dem)|sagte|erklärte\s+(?:der|dem)|gegenüber\s+(?:der|dem))\s+"
                          r"(?:the\s+)?(?P<agency>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def agency_credit(doc: Document) -> str | None:
    """An agency named by a dateline or by a removed credit line '(dpa)'; an agency or service's
    credit that opens the lead ('(xyz) Geringe Werte …'), an outlet's too ('(The Example Post) — …'); an agency a speaker is quoted to twice
    or in the lead ('…, told AFP.', '…, sagte er der dpa')."""
    _, agency = read_dateline(doc)
    if agency or (agency := _dateline_alone(doc.raw_text)):
        return agency
    for item in doc.removed:
        if item.reason in ("credit", "source") and (agency := agency_name(item.text.strip().strip("()"))):
            return agency
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    for block in paragraphs[:6]:
        if len(block.text) >= 120 and (match := _LEAD_CREDIT.match(block.text)):
            return agency_name(match.group("credit")) or match.group("credit")
    for block in paragraphs[:4]:
        if (match := _OUTLET_CREDIT.match(block.text)) and (outlet := outlet_masthead(match.group("outlet"))):
            return outlet  # '(The Example Post) — …': a site reposting an outlet's story credits it first
    told = [agency for b in paragraphs for m in _TOLD_AGENCY.finditer(b.text)
            if (agency := agency_name(m.group("agency")))]
    if told and len(told) == told.count(told[0]):
        return told[0]
    return None


# A dateline the lead's paragraph does not open: set apart from its lead by a line break ('MUSTERVILLE, Md. (KXYZ) --' /
# 'The …', a line the header may take as its own), or run into the header's lines by a flattened page ('… [with video]
# MUSTERVILLE (KXYZ) -- The …'). Read in the text's first characters, wherever its lines break.
_DATELINE_ANYWHERE = re.compile(r"(?:^|(?<=\s))(?P<place>[A-ZÄÖÜ]{3,}(?:[ /-][A-ZÄÖÜ]{2,})*)"
                                r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*\((?P<credit>[A-Z]{2,6})\)\s*(?:--|[–—]|-(?=\s))"
                                r"\s+[A-ZÄÖÜ„\"“]")


def _dateline_alone(raw_text: str) -> str | None:
    """The credit of a dateline among the text's first characters (`_DATELINE_ANYWHERE`): a known agency, or a
    station's call letters ('(KXYZ)'); a release wire's tag ('(PRWEB)') is none."""
    if not (m := _DATELINE_ANYWHERE.search(raw_text[:1500])) or alnum(m.group("credit")) in WIRE_SERVICES:
        return None
    credit = m.group("credit")
    # a broadcaster's call letters start with K, W or C ('KXYZ', 'WPVI', 'CFRB'); 'DOWNLOAD (PDF) –' names none
    return agency_name(credit) or (credit if re.fullmatch(r"[KWC][A-Z]{2,3}", credit) else None)


# (the date may stand between the wire and the dash: '(EXWIRE) May 01, 2015 --')
_WIRE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*)?"
_WIRE = re.compile(rf"\((?P<a>[A-Za-z][\w ]{{2,30}}?)\)\s*{_WIRE_DATE}(?:--|[–—])|/(?P<b>[A-Za-z][\w -]{{1,40}}?)/\s*{_WIRE_DATE}(?:--|[–—])")


def wire_service(doc: Document) -> str | None:
    """The wire service of a release's dateline: '(GLOBE NEWSWIRE) --', '/PRNewswire/ --'."""
    for block in doc.blocks[:6]:
        if block.kind != "paragraph":
            continue
        for match in _WIRE.finditer(block.text[:400]):
            key = alnum((match.group("a") or match.group("b")).split("-")[0])
            if key in WIRE_SERVICES:
                return WIRE_SERVICES[key]
    return None


_NEWSROOM_CREDIT = re.compile(
    r"\((?:[^()]*;\s*)?(?:(?:additional\s+)?reporting\s+by|writing\s+by|[^()]{2,60}?\s+reporting\s+(?:from|in|by))"
    r"[^()]*(?:editing|edited)\s+by[^()]*\)|\((?:Mitarbeit|Redigiert\s+von|Bearbeitet\s+von):[^()]*\)", re.I)


def newsroom_credit(doc: Document) -> bool:
    """A wire desk's closing credit: '(Reporting by Anna Beck; Editing by Tim Roth)',
    '(Anna Beck reporting in Detroit, Editing by Tim Roth)'."""
    return any(_NEWSROOM_CREDIT.search(line) for line in doc.lines[-15:])


_ANNOUNCES_TODAY = r"(?:today\s+announced|announced\s+today|today\s+announces|announces\s+today|" \
    r"gab\s+heute\s+bekannt|gibt\s+heute\s+bekannt|hat\s+heute\s+bekanntgegeben|teilte\s+heute\s+mit|" \
    r"(?:is|are)\s+(?:happy|pleased|proud|delighted|thrilled|excited)\s+to\s+announce)"
_ANNOUNCES = r"(?:has\s+announced|announced|announces|has\s+released|has\s+launched|gab\s+bekannt|gibt\s+bekannt|" \
    r"hat\s+bekanntgegeben)"
_APPOSITION = re.compile(r"(?:\s*[—–]\s*[^—–]{3,160}[—–]|,\s+(?:the|a|an|der|die|das|ein|eine|which|who)\s[^,]{3,160},)\s*$")
# The lead opens with the issuer and an apposition that runs into the verb: 'Example Climbing, the national
# governing body for the sport, announced today …' without the apposition's closing comma. The release's dateline may
# stand before the name on the same line ('Musterstadt, Region – May 4, 2014 Example Climbing, the …'): a short run
# without a full stop, ending in a year or a dash.
_OPEN_APPOSITION = re.compile(r"^(?:[^.]{0,80}?(?:\b(?:19|20)\d\d|\s[-–—])\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,6}),\s+(?:the|an?)\s[^,]{3,160}$")
_LISTING_TAIL = re.compile(r"\s*\((?:[A-Za-z][\w ]{0,15}):\s*[A-Z0-9.]{1,8}\)\s*$")
_ABBR_TAIL = re.compile(r"\s*\((?P<abbr>[A-Z][\w&.-]{1,12})\)\s*$")
_RUN_WORD = re.compile(r"^(?:[A-ZÄÖÜ0-9][\w&.'’-]*|of|for|and|&|für|der|des|und|bin|al|de|von|van|du|la)$")


# 'Musterstadt University and Beispielstadt software firm Acme': two organisations announce together.
# ('&' belongs to one name: 'Procter & Gamble', 'The Anna & Bert Ott Center')
_JOINT = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s+(?:and|und)\s+(?:[\w.&'’-]+\s+){0,5}"
                    r"[A-Z][\w.&'’-]*$")


def announcing_org(doc: Document, today_only: bool = True) -> str | None:
    """The issuer of a release: 'The Example Institute (EXI) today announced …' → 'Example Institute (EXI)';
    'Beispiel University (BU)—the first …—has announced …'. today_only: only 'today announced'."""
    verbs = _ANNOUNCES_TODAY if today_only else rf"(?:(?:today|heute|on\s+\w+|am\s+\w+)\s+)?{_ANNOUNCES}"
    verb = re.compile(rf"(?:\s+|(?<=[—–]))(?:{_ANNOUNCES_TODAY}|{verbs})\b")
    # the first four paragraphs of prose: short credit lines ('Host - Anna Beck') may come first
    leads = [b for b in doc.blocks[:12] if b.kind == "paragraph" and len(b.text) >= 60][:4]
    for block in leads:
        if not (match := verb.search(block.text[:600])):
            continue
        # '--([ BUSINESS WIRE ])--Acme, Inc. today announced': the wire's dashes part it from the name
        before = _APPOSITION.sub("", re.sub(r"-{2,}", " | ", block.text[:match.start()])).rstrip(" ,")
        if opening := _OPEN_APPOSITION.match(before):
            before = opening.group("name")
        if _JOINT.search(before):
            return None  # 'A and B today announced …': two issuers, the announcement names neither alone
        # Listing codes after the name ('(NASDAQ: ABC)', '(OTCBB: XY) (FWB: Z1)') are no part of it.
        while listing := _LISTING_TAIL.search(before):
            before = before[:listing.start()].rstrip(" ,")
        abbr = _ABBR_TAIL.search(before)
        if abbr:
            before = before[:abbr.start()]
        words: list[str] = []
        for word in reversed(before.split()):
            # 'Beispiel Labs, Inc.': the comma before a legal form belongs to the name.
            bare = word[:-1] if word.endswith(",") and words and words[0].casefold() in LEGAL_FORMS else word
            if not _RUN_WORD.match(bare) or len(words) >= 10:
                break
            words.insert(0, word)
        while words and not words[0][:1].isupper():
            words.pop(0)
        if words and words[0] in ("The", "Die", "Der", "Das"):
            words.pop(0)
        name = " ".join(words).rstrip(",")
        if not (words and words[-1].casefold() in LEGAL_FORMS):
            name = name.rstrip(".")  # the sentence's full stop, not an abbreviation's ('Inc.')
        # an acronym opens no person's name ('USA Example', 'ACME Labs')
        if not name or (is_person_name(name) and not is_org_line(name) and not re.fullmatch(r"[A-Z]{2,}", words[0])) \
                or name.casefold() in ("it", "we", "the company", "wir"):
            continue
        return f"{name} ({abbr.group('abbr')})" if abbr else name
    return None


# --- an imprint ('Impressum Herausgeber: … Redaktion: …') ------------------------------

_IMPRINT = re.compile(r"\b(?:Impressum|IMPRESSUM|Imprint|IMPRINT)\b")
_IMPRINT_FIELD = re.compile(r"(?:(?<=\s)|^)(?P<label>[A-ZÄÖÜ][\wäöüß.-]*(?:\s*/\s*[A-ZÄÖÜ][\wäöüß.-]*)*)\s*:\s+")


def imprint_fields(doc: Document) -> list[tuple[str, str]]:
    """The labelled fields of an imprint: [('Herausgeber', 'Der Vorstand des …'), ('Redaktion', …)].
    An imprint is a block after 'Impressum', or a block that opens with two or more of its labels
    ('Redaktion: Anna Beck Lektorat: Tim Roth Autoren: …', the imprint's heading on a page before)."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading"):
            continue
        if head := _IMPRINT.search(block.text):
            text = block.text[head.end():]
        else:
            text = block.text
            labels = [m.group("label").casefold() for m in _IMPRINT_FIELD.finditer(text)]
            if not (_IMPRINT_FIELD.match(text) and sum(label in _IMPRINT_LABELS for label in labels) >= 2):
                continue
        matches = list(_IMPRINT_FIELD.finditer(text))
        if len(matches) < 2:
            continue
        ends = [m.start() for m in matches[1:]] + [len(text)]
        return [(m.group("label"), text[m.end():end].strip(" ,;")) for m, end in zip(matches, ends)]
    return []


_PUBLISHER_LABELS = {"herausgeber", "herausgeberin", "herausgegeben von", "publisher", "published by", "verlag"}
_EDITOR_LABELS = {"redaktion", "text", "texte", "autor", "autorin", "autoren", "editor", "editors", "author",
                  "authors", "chefredaktion", "verantwortliche redaktion"}
# the labels only an imprint prints, side by side
_IMPRINT_LABELS = _PUBLISHER_LABELS | _EDITOR_LABELS | {
    "lektorat", "gestaltung", "layout", "satz", "druck", "fotos", "bildnachweis", "titelbild", "konzept", "grafik",
    "design", "photos", "printing", "printed by", "copy editing", "proofreading", "v.i.s.d.p."}


def imprint_publisher(doc: Document) -> str | None:
    """'Herausgeber: Der Vorstand des Universitätsklinikums Beispielstadt' → 'Universitätsklinikum Beispielstadt'."""
    for label, value in imprint_fields(doc):
        if label.casefold() in _PUBLISHER_LABELS and value:
            words = re.split(r"\s*[,;]\s*", value)[0].split()
            return org_name(words) or (value if is_org_line(value) else None)
    return None


def imprint_authors(doc: Document) -> list[str]:
    """The persons of an imprint's editorial field ('Konzept/Redaktion: Agentur X GmbH, Berlin
    Anna Beck, Stabsstelle Presse'); not its photographers."""
    names: list[str] = []
    for label, value in imprint_fields(doc):
        if not any(part.strip().casefold() in _EDITOR_LABELS for part in label.split("/")):
            continue
        value = re.sub(r"\s*\((?:S\.|p\.|pp\.|Seite|page)[^()]*\)", "", value)  # 'Anna Beck (S. 23–33)'
        for part in re.split(r"\s*[,;]\s*|\s+(?:und|and|&)\s+", value):
            words = strip_titles(part).split()
            for n in (2, 3):
                if len(words) >= n and unlabelled_person_name(" ".join(words[-n:])) \
                        and not any(org_word(w) for w in words[-n:]):
                    name = " ".join(words[-n:])
                    if name not in names:
                        names.append(name)
                    break
    return names


# --- interview speakers ---------------------------------------------------------------

_SPEAKER = re.compile(r"^(?P<label>[^:\n]{2,50}?):\s+\S")
DOMAIN_LABEL = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")


def question_labels(doc: Document) -> list[str]:
    """The labels of structured interview questions, as printed ('BeispielTV.de', 'Anna Beck')."""
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
    """A line that opens with a contact label ('Pressekontakt: …', 'Media contact'), or ends with one and its colon:
    the label heads the lines below it, wherever a copy ran it onto the end of the line before ('… Quelle: Universität
    X Ansprechpartner:')."""
    key = line.strip().casefold()
    return any(key == label or key.startswith((label + ":", label + " :")) for label in CONTACT_LABELS) \
        or bool(_TRAILING_CONTACT_LABEL.search(line.strip()))


# A contact label written as a label (capitalised, its colon last on the line) after the words of another line.
_TRAILING_CONTACT_LABEL = re.compile(
    r"\s(?:" + "|".join(re.escape(label[:1].upper() + label[1:]) for label in CONTACT_LABELS) + r")\s*:$")


_PRESS_OFFICE_OF = re.compile(r"^(?:Pressestelle|Presse- und Öffentlichkeitsarbeit|Stabsstelle Kommunikation|"
                              r"Press\s+[Oo]ffice|Media\s+[Rr]elations|Office\s+of\s+(?:Communications|Media Relations))"
                              r"\s+(?:der|des|of\s+the|of)\s+(?P<org>[A-ZÄÖÜ][^,;|]{2,80}?)\s*$")
_CONTACT_HEADING = re.compile(r"^(?:(?:presse|medien)?kontakt|(?:press|media)\s+contacts?|contact)\s*:?$", re.I)


def _press_office_line(line: str) -> bool:
    """'Unternehmenskommunikation', 'Media Relations', 'Anna Beck, Pressesprecherin': a press office or its officer."""
    words = [w.casefold().strip(",.") for w in line.split()]
    return bool(words) and (line.casefold() in PRESS_OFFICE_WORDS or (len(words) <= 2 and words[0] in PRESS_OFFICE_WORDS)
                            or ("," in line and words[-1] in PRESS_OFFICE_WORDS))


def contact_block_org(doc: Document) -> str | None:
    """A contact block at the end: 'Prof. Dr. Anna Beck' / 'Universität X' → 'Universität X'. A unit the text
    places inside a larger organisation ('Zentrum für Beispielkunde der Universität Musterstadt') gives that one.
    A block whose fields a copy ran into one line is read field by field (`contact_fields`)."""
    lines = [strip_markup(line) for line in doc.lines if line.strip()][-12:]
    if org := _contact_org(lines, doc):
        return org
    fields = []
    for above, line in zip([""] + lines, lines):
        # only a line that shows it is a contact block's (a phone or mail label, a press office, under a contact heading)
        fields += contact_fields(line) if _CONTACT_HEADING.match(above) or _contact_marker(line) else [line]
    return _contact_org(fields, doc) if fields != lines else None


def _contact_marker(line: str) -> bool:
    """A phone or mail label, a mail address or a press office's word in the line."""
    return "@" in line or any(_FIELD_LABEL.match(w) or w.casefold().strip(",.;:") in PRESS_OFFICE_WORDS
                              for w in line.split())


_FIELD_LABEL = re.compile(r"^(?:Tel(?:efon)?|Fax|E-?[Mm]ail|Phone|Mobil(?:e)?|Web|Internet)\.?:?$|^www\.")
_CONNECTOR = {"für", "der", "des", "die", "und", "of", "for", "the", "and", "&", "de", "am", "an", "zu", "in"}


def contact_fields(line: str) -> list[str]:
    """The fields of a contact block run into one line ('Prof. Dr. Anna Beck Universität Beispielstadt Institut für
    Musterkunde Tel. 0123' → 'Prof. Dr. Anna Beck', 'Universität Beispielstadt', 'Institut für Musterkunde',
    'Tel. 0123'): a person's name (its titles before it) is a field of its own; a field ends before a second
    organisation's word that follows one with its own (no connector between), before a press office's word that
    no comma ties to a name, before a lowercase word after a capitalised one, and before a phone or mail label. A sentence (lowercase words) stays one."""
    words = line.split()
    lowercase = [w for w in words if w[:1].islower() and w not in _CONNECTOR and "@" not in w and "." not in w]
    if len(words) < 3 or len(words) > 40 or len(lowercase) >= 3:
        return [line]
    starts = {0} | _name_bounds(words)
    for i in range(1, len(words)):
        field = words[max(s for s in starts if s < i):i] if i not in starts else []
        if field and _field_starts(field, words[i]):
            starts.add(i)
    bounds = sorted(starts) + [len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:]) if a < b]


def _name_bounds(words: list[str]) -> set[int]:
    """Where the persons' names in a run of words begin (at their titles) and end (`contact_fields`)."""
    bounds: set[int] = set()
    i = 0
    while i < len(words):
        # a third word is the name's only after a middle name, an initial or a particle ('Anna B. Beck', 'Tim von Roth')
        middle = i + 1 < len(words) and (words[i + 1] in NAME_PARTICLES or re.fullmatch(r"[A-Z]\.", words[i + 1])
                                         or known_first_name(words[i + 1]))
        n = next((n for n in ((3, 2) if middle else (2,)) if len(words[i:i + n]) == n
                  and is_person_name(" ".join(words[i:i + n]).rstrip(",;"), strict=True)), 0)
        if not n:
            i += 1
            continue
        start = i
        while start > 0 and strip_titles(words[start - 1] + " X") == "X":
            start -= 1  # 'Prof. Dr.' belongs to the name
        bounds |= {start, i + n}
        i += n
    return bounds


def _field_starts(field: list[str], word: str) -> bool:
    """`word` opens a new field after the words of `field` (`contact_fields`)."""
    key = word.casefold().strip(",.;:")
    if _FIELD_LABEL.match(word) or (key in PRESS_OFFICE_WORDS and not field[-1].endswith(",")):
        return True
    if word[:1].islower() and key not in _CONNECTOR and field[-1][:1].isupper():
        return True  # a name's or an organisation's words are capitalised: a lowercase one begins an address, a mail
    return org_word(word) and key not in LEGAL_FORMS and field[-1].casefold() not in _CONNECTOR \
        and not field[-1].endswith("-") and any(org_word(w) for w in field)


def _contact_org(lines: list[str], doc: Document) -> str | None:
    """`contact_block_org` over the block's lines (or fields)."""
    for line in lines:
        if (m := _PRESS_OFFICE_OF.match(line)) and is_org_line(m.group("org")):
            return m.group("org")  # 'Pressestelle der Universität X': the organisation's own press office
    for line, below in zip(lines, lines[1:]):
        if _CONTACT_HEADING.match(line) and (is_org_line(below) or outlet_masthead(below)):
            return below  # 'Pressekontakt:' / 'Beispielstädter Anzeiger' / 'Newsdesk': the issuer's own contact
        # 'Beispiel AG' / 'Unternehmenskommunikation' / 'Anna Beck, Pressesprecherin': the issuer over its press office
        if is_org_line(line) and _press_office_line(below):
            return line
    for i, line in enumerate(lines[:-1]):
        if clean_person(line, strict=True) and strip_titles(line) == clean_person(line, strict=True):
            orgs = [nxt for nxt in lines[i + 1:i + 4] if is_org_line(nxt)]
            if orgs:  # a university or company over its institute, in either order; else the last line
                org = next((o for o in orgs if _TOP_ORG.search(o)), orgs[-1])
                return parent_organisation(org, "\n".join(doc.lines)) or org
            if named := _named_over_phone(lines[i + 1:i + 5], doc.raw_text):
                return named
    return None


# A contact block's phone or mail line: a mail address, a number in groups ('555.123.4567', '(0123) 45 67'), a label.
_PHONE_OR_MAIL = re.compile(r"@|\[email|\d{2,5}[\s./)-]{1,2}\d{2,}[\s./-]?\d{2,}|^(?:Tel|Telefon|Phone|Fon|E-?[Mm]ail)\b")


def _named_over_phone(lines: list[str], text: str) -> str | None:
    """Under a contact's name (and role), the line over the phone or mail line: the contact's organisation, though its
    name holds no organisation word ('Example Jazz Festival' / '555.123.4567'), when the text names it twice more."""
    for line, below in zip(lines, lines[1:]):
        if _PHONE_OR_MAIL.search(below) and _plain_name(line) \
                and times_printed(line, text) >= 3:
            return line
    return None


def _plain_name(line: str) -> bool:
    """Up to six capitalised words (small connectors between), no digits, no person's name, no role ('Press
    Officer')."""
    words = line.split()
    return 1 <= len(words) <= 6 and not re.search(r"[\d:@,;|/()]", line) \
        and all(re.fullmatch(r"[A-ZÄÖÜ][\w&.'’-]*", w) or w in _CONNECTOR for w in words) \
        and words[-1] not in _CONNECTOR and not is_person_name(line, strict=True) \
        and not any(is_role_word(w) or w.casefold() in PRESS_OFFICE_WORDS for w in words)


_TOP_ORG = re.compile(r"universit|hochschule|college|\b(?:TU|FH|Uni)\b|gmbh|\bag\b|\binc\b|\bltd\b|stiftung|foundation|"
                      r"gesellschaft|klinikum|society", re.I)
_UNIVERSITY_ABBREVIATION = re.compile(rf"(?:{'|'.join(UNIVERSITY_ABBREVIATIONS)})\b")
_PARENT = r"[ \t]+(?:der|des|an der|am|of the|at the)[ \t]+(?P<parent>[A-ZÄÖÜ][\w'’-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w'’-]*|für|der|of|for))*)"


def parent_organisation(unit: str, text: str) -> str | None:
    """'Zentrum für Beispielkunde' + '… vom Zentrum für Beispielkunde der Universität Musterstadt …' →
    'Universität Musterstadt': the organisation the text names the unit part of (a university,
    an institute, a society), or None."""
    for m in re.finditer(re.escape(unit) + _PARENT, text):
        parent = re.sub(r"(?:\s+(?:für|der|of|for))+$", "", m.group("parent"))
        if is_org_line(parent) and (INSTITUTION.search(parent) or _UNIVERSITY_ABBREVIATION.match(parent)) \
                and parent != unit:
            return parent
    return None


# (The photo labels of a credit in brackets; `clean._PHOTO_CREDIT` and `people_lexicon.CAPTION` read other
# forms with other labels: a union would change what counts as a credit.)
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


# Verbs that also tell who provides a service ('glider rides provided by the Example Club'): they name the text's issuer
# only when the sentence is about a text, or opens with the verb ('Provided by the Example Society').
_SERVICE_VERBS = re.compile(r"(?i:provided|prepared|distributed|bereitgestellt)")
_TEXT_NOUNS = re.compile(r"(?i)\b(?:comments?|statements?|information|content|release|text|materials?|articles?|reports?|"
                         r"summary|briefing|notes?|Informationen|Inhalte?|Beitrag|Mitteilung|Bericht|Material(?:ien)?)\b")


def _about_the_text(block_text: str, match: re.Match) -> bool:
    """A statement's verb names the text's issuer: a service verb only in a sentence about a text (`_SERVICE_VERBS`)."""
    if not _SERVICE_VERBS.match(match.group(0)):
        return True
    sentence = re.split(r"(?<=[.!?])\s+", block_text[:match.start()])[-1]
    return not sentence.strip(" -–•*") or bool(_TEXT_NOUNS.search(sentence))


def publisher_from_statement(doc: Document) -> str | None:
    """'These comments have been collated by the Example Media Centre' → 'Example Media Centre'."""
    for block in doc.blocks[:12]:
        for match in _ISSUED_BY.finditer(block.text):
            if not _about_the_text(block.text, match):
                continue
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
