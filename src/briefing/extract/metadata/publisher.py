"""publisher, distributor: who issued the text, and the platform that distributed it.

`find_publisher`, a scored choice: every signal (`SIGNALS`, each a small named function with a
weight) may name a candidate: the header (organisation line, outlet glued to a date, outlet or
agency in a byline, copyright notice, press contact, a magazine credit), an imprint's
'Herausgeber:', an agency credit ('Berlin (dpa) -', '(dpa)', '(ANI):'), an interviewer label that
is a domain, an 'Über den …/About …' section, an 'issued by' statement, a contact block, an
institution's own photo credit, 'X today announced', in an interview the outlet of 'im Interview
mit der X', in a press release (also a wire service's) 'X has announced', the organisation it
defines most ('Full Name (ABBR)') or names most, the site's name over the page, its copyright footer,
and the document's own URL host; a paper's short name glued to its interview or staff ('im MZ-Gespräch'), a
newsletter's signup line, a press office ('Pressestelle X'), an outlet beside the date, a report's title ('X's
2019 Annual Report'), a periodical's 'Das Magazin des X' or its cover's masthead ('X Newsletter Number 56'), a
release's label with its issuer ('Pressemitteilung | X e.V.'), a text credited to a press office, an organisation's
acronym banner ('ABC - tagline'), an interviewer's label in words or initials ('Beispiel Aktuell:', 'BA:'), an outlet
naming itself as reporter ('(X berichtete)', 'X fragte nach', 'told X' twice), a byline's outlet or agency, a
statement's headline ('X Statement: …'), a masthead line without an outlet word that a credit, a printed website, a
repetition or an issue line backs, an organisation opening the lead with its acronym in a text speaking as 'we', a
release's sign-off ('Anna Beck, EXV'), the organisation a text writes as 'we' ('our researchers' … 'X researchers'),
a periodical's statement of how often it appears and who issues it ('erscheint monatlich bei X', 'is published
quarterly by X'), an interviewer's label spelled as a brand ('ExampleNerd:'), a story signed by its agency alone.
An office named by its holder's role alone ('the Mayor's Office') names no one.
Equal names
add their weights; the best is taken when it reaches `MIN_CONFIDENCE`, else None.
`find_distributor`: a press-release portal (URL host) or a portal banner, unless it is the publisher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from briefing.extract.metadata.header_lines import (
    copyright_holder,
    is_link_text,
    issuer_line,
    kind_word,
    masthead_before_slogan,
    operator_line,
    outlet_masthead,
)
from briefing.extract.metadata.byline import OUTLET_STAFF
from briefing.extract.metadata.dates import find_date, parse_date_line
from briefing.extract.metadata.kind import is_interview
from briefing.extract.metadata.names import agency_name, is_org_line, is_person_name, known_first_name, org_name, org_word
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.signals import (
    DOMAIN_LABEL,
    INSTITUTION,
    agency_credit,
    announcing_org,
    contact_block_org,
    imprint_publisher,
    institutional_photo_credit,
    press_release_signals,
    publisher_from_statement,
    question_labels,
    speaker_labels,
    wire_service,
)
from briefing.extract.metadata.text import alnum, printed_body, strip_markup, times_printed
from briefing.extract.metadata.title import section_word
from briefing.extract.metadata.url import URL_IN_TEXT, host_of, hosts_in_text, parse_url_line, press_portal, registrable_domain, site_name
from briefing.extract.people_lexicon import ROLE_STEMS, is_role_word
from briefing.text import QUOTATION
from briefing.extract.metadata.vocab import (
    AGENCIES, EXPERT_REACTION_WORDS, LEGAL_FORMS, MONTHS, NEWSROOM_WORDS, ORG_WORDS, OUTLET_NAME_WORDS, PLAYER_WORDS,
    PUBLICATION_FREQUENCIES, TURN_LABEL_WORDS, UNIT_WORDS,
)
from briefing.model import Document


def _printed_form(short: str, text: str) -> str | None:
    """How the text prints a host's name: 'exd' → 'EXD' (acronym or camel-case), 'beispielverband' →
    'Beispielverband' (a capitalised organisation word, also in the genitive: 'des Beispielverbands')."""
    forms = re.findall(rf"(?<![\w.-]){re.escape(short)}(?![\w-])", text, re.I)
    for form in forms:
        if form.isupper() or re.search(r"[a-z][A-Z]", form):
            return form
    for m in re.finditer(rf"(?<![\w.-])({re.escape(short)})(?:e?s)?(?![\w-])", text, re.I):
        if m.group(1)[:1].isupper() and org_word(m.group(1)):
            return m.group(1)
    return None


def publisher_from_host(host: str | None, text: str) -> str | None:
    """'edition.exd.com' → 'EXD' when the text names it so, else 'exd.com'."""
    if not host or press_portal(host):
        return None
    # The address alone says who hosts the page, not who issues the text: the name must be printed apart
    # from the addresses ('© exd.com', 'Exd meldet …').
    prose = URL_IN_TEXT.sub(" ", text)
    if printed := _printed_form(site_name(host), prose):
        # an acronym the text spells out is named in full ('exv.de', 'EXV' → 'Example Verband of X')
        return (printed.isupper() and spelled_out(printed, prose)) or printed
    domain = registrable_domain(host)
    named = any(re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", prose, re.I) for name in (domain, site_name(host)))
    return domain if named else None


def publisher_from_interviewer(doc: Document) -> str | None:
    """An interviewer label that is a domain ('BeispielTV.de') → the matching URL host ('beispiel-tv.de'), or an
    outlet's name in capitals ('MUSTERBLATT:')."""
    labels = _interviewer_labels(doc)
    hosts = hosts_in_text(doc.raw_text)
    for label in labels:
        if DOMAIN_LABEL.match(label):
            for host in hosts:
                if alnum(host) == alnum(label) or alnum(registrable_domain(host)) == alnum(label):
                    return registrable_domain(host)
            return label
        for host in hosts:
            if alnum(site_name(host)) == alnum(label) and not is_person_name(label):
                return label
        if re.fullmatch(r"[A-ZÄÖÜ]{4,}", label):
            return label  # an outlet's name as the interviewer's label ('MUSTERBLATT:', 'WOCHENPOST:'), not an acronym ('AB:')
        if re.fullmatch(r"[A-ZÄÖÜ]{4,}(?:\s[A-ZÄÖÜ]{4,}){1,2}", label) and not is_person_name(label.title(), strict=True):
            return label  # in two words ('BEISPIEL AKTUELL:'); a person's name in capitals ('ANNA BECK:') is none
    for label, _ in speaker_labels(doc):
        if re.fullmatch(r"[A-ZÄÖÜ]{2,3}", label) and re.search(rf"\b{label}-(?i:interview|gespräch)\b", doc.raw_text):
            return label  # 'MZ-INTERVIEW mit …' and the label 'MZ:': the paper's short name, not the initials of a person
    return None


# ('Über 500 Menschen …' is 'more than': a quantity starts no organisation's name; '3M' may)
_ABOUT = re.compile(r"^(?i:über|about)\s+(?:(?i:den|die|das|the)\s+)?(?!\d[\d.,]*\s)(?P<name>[A-ZÄÖÜ0-9][^:.!?]{1,60})$")
_CONNECTORS = r"&|und|and|of|for|für|der|de|du|am|an|in|e\.\s?V\.|GmbH|AG|Inc\.|Ltd\."


def expand_org_name(short: str, text: str) -> str:
    """'Beispiel Klub' → 'Beispiel Klub Musterstadt & Umland', the longest form the text uses."""
    pattern = re.compile(rf"{re.escape(short)}(?:[ \t]+(?:[A-ZÄÖÜ][\w.-]*[\w]|{_CONNECTORS}))*")
    best = short
    for match in pattern.finditer(text):
        form = re.sub(rf"(?:[ \t]+(?:{_CONNECTORS}))+$", "", match.group(0)).strip()
        words = form.split()
        # A capitalised sentence start after the name is no part of it.
        while len(words) > len(short.split()) and words[-1].casefold() in ("der", "die", "das", "wir", "we", "the"):
            words.pop()
        form = " ".join(words)
        if len(form) > len(best):
            best = form
    return best


# An 'About X' heading run into its paragraph, which names X again first: 'About Example Fest The Example Fest is …'.
_ABOUT_RUN_IN = re.compile(r"^(?i:über|about)\s+(?:(?i:den|die|das|the)\s+)?(?!\d[\d.,]*\s)(?P<name>[A-ZÄÖÜ0-9][^:.!?]{1,60}?)"
                           r"\s+(?:(?:The|Der|Die|Das)\s+)?(?P=name)(?![\w-])")


def publisher_from_about(doc: Document) -> str | None:
    """An 'Über den X' / 'About X' section names the organisation behind the text; its heading may run into the
    paragraph (`_ABOUT_RUN_IN`)."""
    body = printed_body(doc)
    for block in doc.blocks[len(doc.blocks) // 2:]:  # the 'About' section closes a release
        if block.kind == "paragraph" and (m := _ABOUT_RUN_IN.match(strip_markup(block.text))) \
                and not is_person_name(m.group("name")):  # 'About Anna Beck Anna Beck is …': an author's note
            return m.group("name")
    for block, after in zip(doc.blocks, [*doc.blocks[1:], None]):
        if block.kind != "heading" and not (block.kind == "paragraph" and after is not None and len(block.text) <= 80):
            continue
        match = _ABOUT.match(strip_markup(block.text))
        if match and block.kind == "paragraph" and match.group("name").strip() not in (after.text or ""):
            continue  # a short line 'Über X' is the section's heading when the next paragraph names X again
        if match and match.group("name").casefold() not in ("uns", "us", "mich", "me", "the author", "den autor"):
            return expand_org_name(match.group("name").strip(), body)
    return None


_DEFINED = re.compile(r"\((?P<abbr>[A-ZÄÖÜ][\wÄÖÜäöü]*(?:\s[A-ZÄÖÜ][\w]*)?)\)")
# Small words inside a defined organisation's name. Not `_RUN_CONNECTORS`: 'the' inside a name, and no
# 'vom'/'zum' (a union would change which names are read).
_ORG_CONNECTORS = {"für", "der", "des", "und", "of", "for", "and", "the", "&", "de", "bin", "al"}


# Bodies of members, which issue releases as often as institutions do: 'Example Contractors Association (ECA)'.
_MEMBERSHIP_BODY = re.compile(r"(?i:association|society|federation|verband|verein|gesellschaft)|(?<=[a-zäöü])bund\b|\bBund\b")


def defined_organisations(text: str) -> list[tuple[str, int]]:
    """Organisations introduced as 'Full Name (ABBR)', with how often the text names them."""
    found: dict[str, int] = {}
    for match in _DEFINED.finditer(text):
        # a dash glued to the name parts it from a dateline ('Musterville, Md.—The Example Association (EA)')
        words = re.split(r"[—–]", text[:match.start()])[-1].split()
        name: list[str] = []
        while words and (words[-1][:1].isupper() or words[-1] in _ORG_CONNECTORS) and len(name) < 8:
            name.insert(0, words.pop())
        while name and (name[0] in _ORG_CONNECTORS or name[0] in ("The", "Der", "Die", "Das")):
            name.pop(0)
        full = " ".join(name)
        if full and not is_org_line(full):
            full = org_name(name) or ""  # 'Forscher des Beispiel-Instituts für X' → 'Beispiel-Institut für X'
        if not full or not is_org_line(full) or not (INSTITUTION.search(full) or _MEMBERSHIP_BODY.search(full)):
            continue
        abbr = match.group("abbr")
        count = len(re.findall(rf"(?<!\w){re.escape(abbr)}(?!\w)", text)) + max(text.count(full), 1) - 1
        found[full] = max(found.get(full, 0), count)
    return sorted(found.items(), key=lambda kv: -kv[1])


# The small words a run of capitalised words may hold ('Institut für X', 'Zentrum am Y'); a run does not
# end in one. (Order matters in the pattern: 'der' before 'de'.)
_RUN_CONNECTORS = ("für", "der", "des", "und", "of", "for", "and", "&", "bin", "al", "de", "vom", "am", "im", "zum",
                   "zur")
_RUN = re.compile(r"[A-ZÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'’-]*|" + "|".join(_RUN_CONNECTORS) + r"))*")


def most_named_organisation(text: str, lead: str) -> str | None:
    """The organisation a text names most often (twice at least, more than any other, and in its
    lead), counting its genitive ('des Uniklinikums Beispielstadt') with it. An organisation that
    only the later paragraphs name is an expert's affiliation, not the issuer."""
    names: set[str] = set()
    runs = [run for match in _RUN.finditer(text) for run in re.split(r"(?<=[a-zäöüß]{2})\.(?:\s+|$)", match.group(0))]
    for run in runs:
        words = run.split()
        while words and words[-1].casefold() in _RUN_CONNECTORS:
            words.pop()
        if name := org_name(words):
            names.add(name)
    counts: dict[str, int] = {}
    for name in names:
        head, *rest = name.split(" ", 1)
        forms = {name, " ".join([head + "s", *rest]), " ".join([head + "es", *rest])}
        counts[name] = sum(times_printed(form, text) for form in forms)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        name = ranked[0][0]
        head, *rest = name.split(" ", 1)
        if any(" ".join([h, *rest]) in lead for h in (head, head + "s", head + "es")):
            return name
    return None


_INTERVIEW_OUTLET = re.compile(
    r"\b(?:im\s+(?:Interview|Gespräch)\s+mit\s+(?:(?:der|dem|den)\s+[„\"“]?|[„\"“])|"
    r"in\s+an?\s+interview\s+with\s+the\s+[„\"“]?)"
    r"(?P<outlet>[A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*){0,3})|"
    # a site named in small letters like its address: 'im Gespräch mit beispiel-news'
    r"\bim\s+(?:Interview|Gespräch)\s+mit\s+(?P<site>[a-z][a-z0-9]*[-.][a-z0-9][\w.-]*[a-z0-9])(?=[\s,.;:])")


# 'Exclusive Example Weekly Interview with Dr. X', '… Example Weekly interviewed over the phone the …'
_OUTLET_INTERVIEWS = re.compile(
    r"(?:^|[.•]\s+|\b(?:morning|evening|week|day|recently|exclusive|Exclusive)\s+)"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:[Ii]nterview\s+with\b|interviewed\s+(?:over\s+the\s+phone\s+|by\s+phone\s+)?(?:the|Dr\.|Prof))")


def publisher_from_interview_lead(doc: Document) -> str | None:
    """An interview's lead names the outlet it was given to: '… erklärt Anna Beck im Interview mit
    der Musterpost' → 'Musterpost'; 'Exclusive Example Weekly Interview with …', 'Example Weekly
    interviewed …' → 'Example Weekly'."""
    texts = [doc.meta.title or ""] + [b.text for b in doc.blocks[:4] if b.kind in ("paragraph", "list", "heading")]
    for text in texts:
        for pattern in (_INTERVIEW_OUTLET, _OUTLET_INTERVIEWS):
            if match := pattern.search(text or ""):
                outlet = (match.group("outlet") or match.group("site")).rstrip(".,;:")
                if outlet.split()[0] in ("Exclusive", "An", "The", "In", "Our", "This"):
                    outlet = " ".join(outlet.split()[1:])
                # 'Video Interview with …' names a format, not an outlet: an outlet names itself again
                if pattern is _OUTLET_INTERVIEWS and doc.raw_text.count(outlet) < 2:
                    continue
                if outlet and not is_person_name(outlet, strict=True) and not is_org_line(outlet):
                    return outlet
    return None


# news aktuell's original-text service: 'Musterstadt (ots) - …' opens a text its issuer wrote itself.
_OTS_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w/ .-]{1,40}\s\(ots(?:/[^)]{1,40})?\)\s*[-–—]")


# A breadcrumb: sections joined by arrows, two at least ('Home › News › Press releases').
_CRUMB_TRAIL = re.compile(r"^[^.!?]{0,80}?\s[›»>→]\s[^.!?]{0,80}?\s[›»>→]\s[^.!?]{0,80}$")


@dataclass
class PublisherContext:
    doc: Document
    header: Header
    url: str | None

    @cached_property
    def press_release(self) -> bool:
        """Issued by an organisation (press office, contact block) or through a release wire."""
        return bool(press_release_signals(self.doc, self.header, self.header.title) or wire_service(self.doc)
                    or any(_OTS_DATELINE.match(b.text) for b in self.doc.blocks[:6] if b.kind == "paragraph"))

    @cached_property
    def body(self) -> str:
        return printed_body(self.doc)

    @cached_property
    def raw_lines(self) -> list[str]:
        """The text's lines as read, before cleaning: credits and tags the header reader consumes or a
        headline run into the lead would hide from the blocks."""
        return self.doc.raw_text.splitlines()

    @cached_property
    def head_lines(self) -> list[str]:
        """The raw lines from where the text begins (`_from_text_start`)."""
        return _from_text_start(self.raw_lines, self.doc)


def _from_text_start(lines: list[str], doc: Document) -> list[str]:
    """The lines from the text's first own line: a site's menu (lines clean took out as navigation) and its
    breadcrumb ('Home › News › Press releases') over the text are the page's, so 'the first lines' of a text count
    from its own first line. A menu's run of short lines is the page's as a whole when most of its items were taken
    out ('World' beside 'Politics' and 'Business')."""
    chrome = {item.text for item in doc.removed if item.reason in ("navigation", "masthead")}
    start = 0
    while start < len(lines):
        if not lines[start].strip() or _CRUMB_TRAIL.search(strip_markup(lines[start])):
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        run = [line.strip() for line in lines[start:end]]
        taken = sum(line in chrome for line in run)
        if taken == len(run) or taken * 2 >= len(run) and all(len(line.split()) <= 3 and len(line) <= 25 for line in run):
            start = end
            continue
        break
    return lines[start:]


def from_header(c: PublisherContext) -> str | None:
    """The header's organisation line, outlet + date, byline outlet, copyright, press contact, magazine credit."""
    return c.header.publisher


def from_imprint(c: PublisherContext) -> str | None:
    return imprint_publisher(c.doc)


def from_agency(c: PublisherContext) -> str | None:
    """'Berlin (dpa) -', '(dpa)', '(ANI):'."""
    return agency_credit(c.doc)


def from_interviewer(c: PublisherContext) -> str | None:
    """The interviewer's label: a domain, an outlet's name in capitals (`publisher_from_interviewer`), in an interview
    also an outlet's name in words ('Beispiel Aktuell:', `outlet_question_label`) or its initials ('BA:' for 'BEISPIEL
    AKTUELL', `initials_label_outlet`)."""
    if name := publisher_from_interviewer(c.doc):
        return name
    if not is_interview(c.doc, c.header):
        return None
    return outlet_question_label(c.doc) or initials_label_outlet(c.doc)


# The small words inside an outlet's name ('Welt am Sonntag', 'Journal of Example'): a person's name has none of these.
_OUTLET_CONNECTORS = {"am", "im", "der", "des", "die", "das", "für", "of", "the", "for", "and", "&", "und"}


def outlet_label(label: str) -> bool:
    """An interviewer's label that names an outlet, not a person: two to five capitalised words (small connectors
    inside), no given name first ('Anna Beck:'), no role ('Frage:'); an acronym first ('ABC Aktuell') is a broadcaster's,
    not a person's initials ('JD Beck' has two letters)."""
    words = label.split()
    if not 2 <= len(words) <= 5 or words[0].casefold() in _OUTLET_CONNECTORS or words[-1].casefold() in _OUTLET_CONNECTORS:
        return False
    if not all(re.fullmatch(r"[A-ZÄÖÜ][\w&.'’-]*", w) or w.casefold() in _OUTLET_CONNECTORS for w in words):
        return False
    if known_first_name(words[0]) or any(w.rstrip(".") in _TITLE_WORDS for w in words):
        return False
    if any(is_person_name(" ".join(words[i:]), strict=True) for i in range(1, len(words) - 1)):
        return False  # 'Unser Redakteur Tim Roth', 'Reporterin Anna Beck': a person named after a word
    if any(is_role_word(w) for w in words):
        return False  # 'CEO Anna Beck', 'Unser Redaktionsmitglied Anna Beck'
    # Capitalised words alone name a person as often as an outlet, and the name list does not know every given
    # name ('Ngozi Beck'): an outlet's label shows it by an acronym ('SWR Aktuell'), a small word inside ('Welt am
    # Sonntag') or an outlet's word ('Example Magazine').
    acronym = any(re.fullmatch(r"[A-ZÄÖÜ&]{2,}", w) for w in words)
    connector = any(w.casefold() in _OUTLET_CONNECTORS for w in words[1:-1])
    outlet_word = any(w.casefold() in OUTLET_NAME_WORDS | NEWSROOM_WORDS or org_word(w) for w in words)
    if not (acronym or connector or outlet_word):
        return False
    acronym_first = bool(re.fullmatch(r"[A-ZÄÖÜ]{3,}", words[0]))
    return acronym_first or not is_person_name(label, strict=True)


# A brand's spelling, which no person's name has: a capital inside the word after a whole first part ('ExampleNerd';
# not 'McBeck', 'MacBeck', 'DeBeck'), or a name in small letters ('beispielwelt').
_CAMEL_BRAND = re.compile(r"(?!Fitz)[A-ZÄÖÜ][a-zäöü]{3,}[A-ZÄÖÜ][a-zäöü][\w-]*|[a-zäöü]{1,3}[A-ZÄÖÜ][a-zäöü][\w-]*")
# (not 'FitzGerald': a surname's prefix)
_SMALL_BRAND = re.compile(r"[a-zäöü][a-zäöü0-9-]{3,}")


def brand_label(label: str, text: str) -> bool:
    """An interviewer's label of one word spelled as a brand (`_CAMEL_BRAND`), or in small letters and named again
    in the text ('beispielwelt hat nachgefragt'); no role's or question's word ('frage', 'moderator')."""
    if _CAMEL_BRAND.fullmatch(label):
        return True
    return bool(_SMALL_BRAND.fullmatch(label)) and not is_role_word(label) and label not in TURN_LABEL_WORDS \
        and len(re.findall(rf"(?<![\w.@/-]){re.escape(label)}(?![\w@-]|\.\w)", text)) >= 3


# Titles a person's label may carry ('Prof. Beck:', 'Dr Anna Beck:').
_TITLE_WORDS = {"Dr", "Prof", "Mr", "Mrs", "Ms", "Herr", "Frau", "Sir", "Dame"}
# 'Label:' alone or before the question it asks ('Beispiel Aktuell: Wie …?').
_LABEL_TURN = re.compile(r"^(?P<label>[^:\n?!.]{3,40}):\s*(?P<rest>.*)$", re.S)


def _interviewer_labels(doc: Document) -> list[str]:
    """The labels the questions are asked under: structured question labels, then speakers' labels over a question,
    each once."""
    labels = question_labels(doc)
    return labels + [label for label, question in speaker_labels(doc) if question and label not in labels]


def outlet_question_label(doc: Document) -> str | None:
    """An outlet named as the interviewer by the label of its questions: 'Beispiel Aktuell: Wie …?', 'ExampleNerd: Wie …?'
    (a structured question label, or a line 'Label:' with its question after it or on the next line)."""
    labels = _interviewer_labels(doc)
    for label in labels:
        if outlet_label(label) or brand_label(label, doc.raw_text):
            return label
    blocks = [b for b in doc.blocks if b.kind in ("paragraph", "heading", "question")]
    for block, after in zip(blocks, [*blocks[1:], None]):
        if not (m := _LABEL_TURN.match(strip_markup(block.text).strip())):
            continue
        if not (outlet_label(label := m.group("label").strip()) or brand_label(label, doc.raw_text)):
            continue
        question = m.group("rest").strip() or (after.text.strip() if after is not None else "")
        if question.endswith("?"):
            return m.group("label").strip()
    return None


def initials_label_outlet(doc: Document) -> str | None:
    """An interviewer's label that is the initials of a name the text prints in capitals ('SW:' and 'STAY WYSE chatted
    with …'): the outlet asks under its initials, its guest answers under theirs."""
    labels = _interviewer_labels(doc)
    for label in labels:
        if not re.fullmatch(r"[A-ZÄÖÜ]{2,4}", label):
            continue
        for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][A-ZÄÖÜ-]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ-]+){1,3}(?![\w-])", doc.raw_text):
            if "".join(w[0] for w in m.group(0).split()) == label:
                return m.group(0)
    return None


def from_about(c: PublisherContext) -> str | None:
    return publisher_from_about(c.doc)


def from_statement(c: PublisherContext) -> str | None:
    """'These comments have been collated by the Example Media Centre'."""
    return publisher_from_statement(c.doc)


def from_contact_block(c: PublisherContext) -> str | None:
    return contact_block_org(c.doc)


def from_photo_credit(c: PublisherContext) -> str | None:
    return institutional_photo_credit(c.doc)


def from_announcement(c: PublisherContext) -> str | None:
    """'X today announced …'."""
    return announcing_org(c.doc)


def from_interview_lead(c: PublisherContext) -> str | None:
    """In an interview, the outlet of its lead ('im Interview mit der Musterpost')."""
    return publisher_from_interview_lead(c.doc) if is_interview(c.doc, c.header) else None


def from_release_announcement(c: PublisherContext) -> str | None:
    """In a press release, 'X has announced …'."""
    return announcing_org(c.doc, today_only=False) if c.press_release else None


def from_defined_organisation(c: PublisherContext) -> str | None:
    """In a press release, the organisation it defines most ('Full Name (ABBR)'), named twice at least."""
    if not c.press_release:
        return None
    orgs = defined_organisations(c.body)
    if orgs and orgs[0][1] >= 2 and (len(orgs) == 1 or orgs[0][1] > orgs[1][1]):
        return orgs[0][0]
    return None


def from_lead_defined_organisation(c: PublisherContext) -> str | None:
    """A lead that opens, after its dateline, with an organisation defining itself and acting ('Musterville, Md.—The
    Example Contractors Association (ECA) commends …'), named again later: a release's issuer speaks first. An
    organisation defined further into the lead is what the text reports on. Not in an interview: its lead introduces
    the interviewee's institute, and the outlet that asks is the publisher."""
    if is_interview(c.doc, c.header):
        return None
    # (the first long paragraphs: a site's notice may stand before the lead)
    leads = [b.text for b in c.doc.blocks[:8] if b.kind == "paragraph" and len(b.text) >= 80][:4]
    for name, count in defined_organisations(c.body):
        if count >= 2 and any(re.match(rf"(?:[^\n]{{0,40}}?(?:—|--|\s[-–]\s))?\s*(?:The|Der|Die|Das)\s+"
                                       rf"{re.escape(name)}\s+\([^)]+\)\s+[a-zäöü]", lead) for lead in leads):
            return name
    return None


# A release's closing pointer to its issuer: 'For more information about Example University, visit www.example.edu.'
_MORE_ABOUT = re.compile(
    r"^(?:For\s+(?:more|further|additional)\s+information\s+(?:about|on)\s+(?:the\s+)?|"
    r"Weitere\s+Informationen\s+(?:über|zu[mr]?)\s+(?:(?:der|die|das|dem|den)\s+)?)"
    r"(?P<org>[A-ZÄÖÜ][\w&'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&'’-]*|of|for|für|der|des|und|and|&)){0,7}?)\s*[,:]?\s+"
    r"(?:see|visit|go\s+to|please\s+visit|finden\s+Sie|unter|auf)\b")


def from_more_about(c: PublisherContext) -> str | None:
    """The organisation a release's last lines send readers to ('For more information about Example University, see
    …'), when the name is an organisation's ('… about the festival, visit …' names an event)."""
    for line in [strip_markup(line) for line in c.raw_lines if line.strip()][-10:]:
        if (m := _MORE_ABOUT.match(line)) and _organisation(m.group("org")):
            return m.group("org")
    return None


def from_most_named(c: PublisherContext) -> str | None:
    """In a press release, the organisation it names most, in its lead too. The lead is prose, not a
    speaker's attribution ('Dr Anna Beck, School of X, University Y, said:'); a release collecting
    experts' statements names their institutions, not its issuer."""
    title = c.header.title
    if not c.press_release or (title and title.casefold().startswith(EXPERT_REACTION_WORDS)):
        return None
    lead = next((b.text for b in c.doc.blocks if b.kind == "paragraph" and len(b.text) >= 100
                 and not b.text.rstrip().endswith(":")), "")
    return most_named_organisation(c.body, lead)


_SITE_STATEMENT = re.compile(
    r"^\W*(?P<site>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\s+(?:ist\s+ein\s+(?:Angebot|Portal|Dienst|Service)|"
    r"is\s+(?:a\s+(?:service|website|site|publication)|published|owned|operated))\b", re.I)


def from_site_statement(c: PublisherContext) -> str | None:
    """A site's line about itself: 'beispiel-online.de ist ein Angebot der Musterverlag GmbH' → 'beispiel-online.de'."""
    for block in c.doc.blocks[:40]:
        if block.kind == "paragraph" and len(block.text) <= 200 and (m := _SITE_STATEMENT.match(block.text.strip())):
            return m.group("site")
    for item in c.doc.removed:
        if len(item.text) <= 200 and (m := _SITE_STATEMENT.match(item.text.strip())):
            return m.group("site")
    for line in c.doc.lines[:40]:
        if operator := operator_line(strip_markup(line.strip())):
            return operator
    return None


def _prose_after(raw_text: str, text: str) -> bool:
    """The body goes on after the line: a photo's copyright over its caption, not the page's footer."""
    lines = raw_text.splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip().startswith(text.strip()[:60])), None)
    return at is not None and any(len(line) >= 150 for line in lines[at + 1:])


def from_copyright_footer(c: PublisherContext) -> str | None:
    """The page's copyright footer ('© Musterbote 2023 | Impressum'), read by the cleaner as a footer line;
    a photo's copyright is no footer."""
    footer = [item.text for item in c.doc.removed if item.reason in ("footer", "share-cookie")]
    footer += [line for line in c.doc.lines[-6:] if line.strip()]  # a long footer line the cleaner kept
    for text in footer:
        if re.match(r"^\s*(?:©|\(c\)|copyright\b)", text, re.I) and not _prose_after(c.doc.raw_text, text):
            holder = copyright_holder(text)
            if holder and not is_person_name(holder):
                return holder
    return None


def site_name_printed_twice(header: Header) -> str | None:
    """The site's name printed twice over the page, as its logo's text and as text
    ('{ werkstatt für ideen }' / 'werkstatt für ideen'): `clean.drop_site_name` removed it and
    `header.read_header` kept it as the site's name; a newspaper's masthead in the header's menu
    lines ('Beispielstädter Zeitung') is kept there too."""
    return header.site_name


_LOGO_LINE = re.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:logo|Logo|LOGO)\b")


def logo_alt_text(line: str) -> str | None:
    """A logo's alt text left as a line ('Example Daily logo', 'EXD Logo') → 'Example Daily'; a person's
    portrait ('Anna Beispiel logo') names no site."""
    if (m := _LOGO_LINE.match(line)) and not is_person_name(m.group("name"), strict=True):
        return m.group("name")
    return None


_NEWS_MASTHEAD = re.compile(r"^(?P<org>.{4,60}?)\s+(?:News|Newsroom|Today|Aktuell|Nachrichten|Presse)$")


def news_masthead(line: str) -> str | None:
    """An organisation's news masthead: its name and a news word ('Musterstadt University News',
    'Hochschule Beispielstadt Presse') → the organisation."""
    if (m := _NEWS_MASTHEAD.match(line)) and is_org_line(m.group("org")):
        return m.group("org")
    return None


def from_site_name(c: PublisherContext) -> str | None:
    """The site's name over the page, one signal of three readings, tried in this order: the name
    printed twice (`site_name_printed_twice`); else, line by line among the first eight lines, a
    newspaper's masthead ('Beispielstädter Zeitung | Ihre Zeitung aus …', `outlet_masthead`) or a
    logo's alt text (`logo_alt_text`); else among the first three lines a masthead a flattened page ran its
    menu into (`masthead_before_slogan`) or an organisation's news masthead (`news_masthead`)."""
    if name := site_name_printed_twice(c.header):
        return name
    lines = [strip_markup(line.strip()) for line in c.doc.lines[:15] if line.strip()][:8]
    # a media player's button ('Play Live Radio') is no masthead
    lines = [line for line in lines if line.split()[0].casefold() not in PLAYER_WORDS]
    for line in lines:
        if name := outlet_masthead(line) or logo_alt_text(line):
            return name
    for line in lines[:3]:
        if name := masthead_before_slogan(line):
            return name
    for line in lines[:3]:
        if name := news_masthead(line):
            return name
    return None


_TITLE_SUFFIX = re.compile(r"^(?P<head>.{15,}?)\s+[|–-]\s+(?P<site>[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,2})$")


def _name_like(site: str, text: str) -> bool:
    """A site's name, not a label ('New', 'Home'): several words, a brand's capitals or digits ('BR24',
    'ExampleTV'), or printed again in the text."""
    return len(site.split()) >= 2 or bool(re.search(r"\d|[A-Z].*[A-Z]", site)) or text.count(site) >= 2


def from_title_suffix(c: PublisherContext) -> str | None:
    """'Headline | Example News' over the page: a browser title names the site after its headline
    (a newspaper's section there, 'Headline | Wissen', names no one)."""
    if not c.header.title:
        return None
    for line in [strip_markup(line.strip()) for line in c.doc.lines[:15] if line.strip()]:
        if (m := _TITLE_SUFFIX.match(line)) and alnum(m.group("head")) == alnum(c.header.title) \
                and not all(section_word(w) for w in m.group("site").split()) \
                and not is_person_name(m.group("site"), strict=True) and _name_like(m.group("site"), c.doc.raw_text) \
                and not re.search(r"\b(?:19|20)\d{2}\b", m.group("site")):  # 'Issue 6 | November 2019': a date, no site
            return m.group("site")
    return None


def from_host(c: PublisherContext) -> str | None:
    """The document's own address: 'edition.exd.com' → 'EXD' (a press portal is no publisher)."""
    return publisher_from_host(host_of(c.url), c.doc.raw_text)


# The wires whose releases print the issuer right after the dateline. Not all of `vocab.WIRE_SERVICES`
# (a union would read an issuer after more datelines), and EQS is no entry there (it would become the
# distributor): two lists on purpose.
_WIRE_LEAD = re.compile(r"\((?:GLOBE\s+NEWSWIRE|BUSINESS\s+WIRE|ACCESSWIRE|PRNewswire[\w-]*|Newsfile|EQS[\w-]*)\)\s*"
                        r"(?:[-–—]+|/)\s*(?P<rest>.{3,200})", re.I)
_ORG_RUN = re.compile(r"^(?:The\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|&|de|der|für)){0,7}"
                      r"(?:\s+\([A-Z]{2,8}\))?)(?:\s*\([A-Za-z]{2,8}:\s*[A-Z0-9.]{1,8}\))?"
                      r"\s*(?:,|\s+(?:today|has|have|announced|announces)\b)")


def from_wire_lead(c: PublisherContext) -> str | None:
    """A release on a wire names its issuer right after the dateline: '… (GLOBE NEWSWIRE) -- Acme, the …'."""
    for block in c.doc.blocks[:6]:
        if block.kind == "paragraph" and (m := _WIRE_LEAD.search(block.text[:400])):
            if (org := _ORG_RUN.match(m.group("rest"))) and not is_person_name(org.group("org"), strict=True):
                return org.group("org")
    return None


_DATE_CREDIT = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.\s*[A-ZÄÖÜ]?[a-zäöü]*\.?\s*\d{4})\s+"
                          r"\((?P<credit>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\)\s*[-–—:]")


# the other order: 'Musterstädter Nachrichten (24.03.10) - Die …'
_CREDIT_DATE = re.compile(r"^(?P<credit>[A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*){1,3})\s+"
                          r"\((?:\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\)\s*[-–—:]")


def from_date_credit(c: PublisherContext) -> str | None:
    """A lead that opens with its date and the outlet's credit: 'Jun 8, 2011 (Example News) – …', or with the
    outlet and its date: 'Musterstädter Nachrichten (24.03.10) - …' (an outlet's name, not a dateline's place)."""
    for block in c.doc.blocks[:6]:
        if block.kind == "paragraph" and (m := _DATE_CREDIT.match(block.text)):
            return m.group("credit")
        if block.kind == "paragraph" and (m := _CREDIT_DATE.match(block.text)) \
                and (outlet_masthead(m.group("credit")) or is_org_line(m.group("credit"))):
            return m.group("credit")
    return None


_SOURCE_OUTLET = re.compile(r"^(?:source|quelle)\s*:\s*(?P<outlet>[A-ZÄÖÜ][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4})\s*$", re.I)


def from_source_outlet(c: PublisherContext) -> str | None:
    """A repost's 'Source: Example Daily' / 'Quelle: Musterstädter Kurier' names the outlet that published it."""
    lines = [b.text for b in c.doc.blocks[:12] if b.kind in ("paragraph", "heading")]
    lines += [item.text for item in c.doc.removed if item.reason == "source"]
    for text in lines:
        if (m := _SOURCE_OUTLET.match(strip_markup(text).strip())) and not parse_url_line(m.group("outlet")) \
                and not is_person_name(m.group("outlet"), strict=True) \
                and _name_like(m.group("outlet").rstrip("."), c.doc.raw_text):
            # ('Quelle: Fischer' under a photo, printed once, is its photographer's surname, not an outlet)
            return m.group("outlet").rstrip(".")
    return None


# A periodical's issue line: 'Musterstädter UniversitätsJournal Nr. 2 vom 3. Februar 2015',
# 'A 2510 Beispielblatt Medizin | Jg. 107 | Heft 50 | 17. Dezember 2010'.
_ISSUE_FIRST = re.compile(r"^(?:Heft|Ausgabe|Issue|No\.|Nr\.)\s*\d{1,3}/(?:19|20)\d{2}\s+[-–—|]\s+(?P<name>[A-ZÄÖÜ].{3,80})$")
_ISSUE_LINE = re.compile(
    r"^(?:[A-Z]\s+\d+\s+)?(?P<name>[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,3})\s*(?:\|\s*)?"
    r"(?:Nr\.|No\.|Heft|Ausgabe|Jg\.|Jahrgang|Vol\.|Volume|Issue)\s*\d")


# A cover's masthead: the periodical's name, its kind and the issue ('Beispiel Magazin 3-2019', 'The Example Society
# Newsletter Number 56 …'), at a line's start; the text may run on after it.
_PERIODICAL_ISSUE = re.compile(
    r"^(?:The\s+)?(?P<name>[A-ZÄÖÜ][\w'’-]*(?:\s+(?:[A-ZÄÖÜ][\w'’-]*|of|for|and|&|der|des|für|und)){0,6}?)\s+"
    r"(?P<word>Magazin|Magazine|Journal|Zeitschrift|Newsletter|Rundbrief|Mitteilungen|Bulletin)\s+"
    r"(?:\d{1,2}[-/](?:19|20)\d{2}\b|(?:Number|Nummer|Issue|No\.|Nr\.|Ausgabe|Heft)\s*\d)")


_NO_MASTHEAD_START = {"our", "unser", "unsere", "your", "ihr", "ihre", "this", "dieser", "diese", "der", "die", "das", "ein",
                      "eine", "a", "an", "new", "neue", "neues", "next", "nächste", "letzte", "last", "latest", "aktuelle"}


def periodical_issue(line: str) -> str | None:
    """The publisher a cover's masthead names: the organisation whose periodical it is ('The Example Society
    Newsletter Number 56' → 'Example Society'), else the periodical ('Beispiel Magazin 3-2019' → 'Beispiel Magazin')."""
    if not (m := _PERIODICAL_ISSUE.match(strip_markup(line).strip())):
        return None
    name = m.group("name")
    if name.split()[0].casefold() in _NO_MASTHEAD_START:
        return None  # 'Unser Newsletter 3/2019': a pointer to a periodical, not its masthead
    if is_org_line(name):
        return name
    return None if is_person_name(name, strict=True) else f"{name} {m.group('word')}"


def from_issue_line(c: PublisherContext) -> str | None:
    """A periodical's issue line names the periodical ('Beispielblatt Medizin | Jg. 107 | Heft 50'), its parts
    on one line or on lines of their own; a cover's masthead among the first lines (`periodical_issue`)."""
    lines = [line.strip() for line in c.doc.lines[:120] if line.strip()]
    for line in lines[:8]:
        if name := periodical_issue(line):
            return name
    for i, line in enumerate(lines):
        if len(line) > 160:
            continue
        if (m := _ISSUE_FIRST.match(strip_markup(line))) and is_org_line(m.group("name")):
            return m.group("name")  # 'Heft 01/2013 - Deutsches Zentrum für Beispielfragen'
        if m := _ISSUE_LINE.match(strip_markup(" ".join(lines[i:i + 4]))):
            name = m.group("name")
            if len(name.split()) >= 2 or re.search(r"[a-zäöü][A-ZÄÖÜ]", name):  # 'UniversitätsJournal'
                return name
    return None


_INFORMS = re.compile(r"^(?P<org>[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,5}?)\s+(?:informiert|teilt\s+mit|gibt\s+bekannt|"
                      r"lädt\s+ein|informs)\b")


_PUBLISHER_LABEL = re.compile(r"^(?:Herausgeber(?:in)?|Hrsg\.|Published\s+by|Publisher|Issued\s+by|Verlegt\s+vo[nm])\s*:?\s+"
                              r"(?:(?:der|die|das|the)\s+)?(?P<org>[A-ZÄÖÜ][^,;|]{2,80})")


# An author's note: 'Anna Beck is an Associate Editor and Tim Roth is an Assistant Editor at Example Management.',
# 'Anna Beck ist Redakteurin bei der Musterzeitung.'
_STAFF_NOTE = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?i:editors?|writers?|reporters?|correspondents?|columnists?)"
    r"\s+(?:at|for|with)\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'’-]*(?:\.\w+)*(?:\s+[A-Z][\w&'’-]*(?:\.\w+)*){0,4})|"
    r"\bist\s+(?:[\w-]+\s+)?(?:Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Autor(?:in)?)\s+(?:bei|der|des|von)"
    r"\s+(?:der\s+|dem\s+|den\s+)?(?P<outlet_de>[A-ZÄÖÜ][\w&'’-]*(?:\.\w+)*(?:\s+[A-ZÄÖÜ][\w&'’-]*(?:\.\w+)*){0,4})")


def from_staff_note(c: PublisherContext) -> str | None:
    """An author's note under the byline or at the end names the outlet the authors work for: the magazine or
    paper that printed the text."""
    blocks = c.doc.blocks
    for block in blocks[:12] + blocks[12:][-8:]:
        if block.kind == "paragraph" and (m := _STAFF_NOTE.search(block.text)):
            outlet = (m.group("outlet") or m.group("outlet_de")).rstrip(".")
            if not is_person_name(outlet, strict=True):
                return outlet
    return None


def from_publisher_label(c: PublisherContext) -> str | None:
    """'Herausgeber: Beispiel-Institut, Musterstraße 1', 'Issued by the Example Society': the text names its
    publisher on a line of its own (an imprint without its heading); the label may stand alone, its value on the
    lines below it, wrapped ('Herausgeber' / 'Der Vorstand des' / 'Beispielvereins e.V.' / 'Musterweg 1')."""
    lines = [strip_markup(line.strip()) for line in c.doc.lines if line.strip()]
    for i, line in enumerate(lines):
        if _PUBLISHER_LABEL_ALONE.match(line):
            line = f"{line.rstrip(' :')}: " + " ".join(lines[i + 1:i + 4])
        if not (m := _PUBLISHER_LABEL.match(line) or _INLINE_PUBLISHER_LABEL.search(line)):
            continue
        org = re.split(r"[,;|]", _before_address(line[m.start("org"):]))[0].strip(" .")
        org = _without_full_stop(_NEXT_LABEL.split(org)[0].strip())
        if len(org) <= 100 and (is_org_line(org) or _organisation(org) or _caps_name(org, c.doc.raw_text)):
            return org  # (a legal form names an organisation too)
    return None


def _caps_name(name: str, text: str) -> bool:
    """One word in capitals that the text prints again ('BEISPIELSPORT'): an organisation's brand, never a person's
    name."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{3,}", name)) \
        and times_printed(name, text) >= 2


# An imprint run into one line by a PDF's text layer: the label inside it, after the imprint's heading or with its
# colon ('… Impressum Imprint Herausgeber Beispiel-Gesellschaft e.V. Publisher …',
# '… Herausgeber: Beispielverband …').
_INLINE_PUBLISHER_LABEL = re.compile(r"(?:\b(?:Impressum|Imprint)\b[^.:]{0,30}?\s(?:Herausgeber(?:in)?|Publisher|Hrsg\.)\s*:?|"
                                     r"\s(?:Herausgeber(?:in)?|Hrsg\.|Publisher)\s*:)\s+(?:(?:der|die|das|the)\s+)?"
                                     r"(?P<org>[A-ZÄÖÜ][^,;|]{2,80})")
# The next field's label after an imprint's value ('… e.V. Publisher Example Society …').
_NEXT_LABEL = re.compile(r"\s+(?:Publisher|Herausgeber(?:in)?|Editor|Redaktion|Gestaltung|Design|Layout|Druck|Print|"
                         r"Kontakt|Contact|Address)\b")
_PUBLISHER_LABEL_ALONE = re.compile(r"^(?:Herausgeber(?:in)?|Hrsg\.|Published\s+by|Publisher|Verlegt\s+vo[nm])\s*:?$")
# Where an imprint's value runs into the address: a street and its number, a postcode, a telephone, the next label.
_ADDRESS_START = re.compile(r"\s+(?:\S+\s+\d{1,4}[a-z]?\b|\d{4,5}\s|(?:Tel|Fon|Fax|Telefon|Phone|E-Mail|Anschrift|Postfach|"
                            r"Redaktion|Chefredaktion|Verantwortlich)\b)")


def _without_full_stop(name: str) -> str:
    """A name without a sentence's full stop; a legal form's ('e.V.', 'Inc.') stays."""
    return name if _LEGAL_TAIL.sub("", name) != name else name.rstrip(" .")


def _before_address(value: str) -> str:
    """'Beispielverband e.V. Musterweg 12 12345 Musterstadt' → 'Beispielverband e.V.'."""
    m = _ADDRESS_START.search(value)
    return value[:m.start()] if m else value


# A periodical's own imprint says how often it appears and who issues it: 'erscheint 12 x jährlich bei Beispiel Verlag
# GmbH', 'The Example Review is published twice a year by the College of Examples'. The frequency tells the statement
# from a news text's 'the study published by …' or 'das Buch erscheint im Musterverlag'. (A line of small words may
# stand before the name: a bilingual imprint's translation.)
# (a name may wrap onto the next line; a blank line ends it)
_ISSUE_NAME = (r"(?P<org>[A-ZÄÖÜ][\w&.'’-]*(?:(?:[ \t]*\n[ \t]*|[ \t]+)(?:[A-ZÄÖÜ][\w&.'’-]*|of|for|and|&|für|der|des|und|de))"
               r"{0,7})")
_PUBLISHED_BY = re.compile(
    r"(?:\berscheint\s+(?P<de>[^.!?:]{2,40}?)\s+(?:bei|im|vom)|\b(?:is|are)\s+published\s+(?P<en>[^.!?:]{2,40}?)\s+by)"
    rf"\s+(?:[a-z0-9][a-z0-9 .]{{0,40}}\n\s*)?(?:[■•·|]\s*)?(?:the\s+|der\s+|dem\s+)?{_ISSUE_NAME}")


def _frequency(words: str) -> bool:
    """'monatlich', '12 x jährlich', 'twice a year', 'four times a year': how often a periodical appears."""
    key = words.casefold()
    return any(w in PUBLICATION_FREQUENCIES for w in re.findall(r"[\w-]+", key)) \
        or re.search(r"\b(?:a|per|pro|im)\s+(?:year|jahr)\b", key) is not None


def publication_statement_org(text: str) -> str | None:
    """The issuer a periodical's imprint names with its frequency (`_PUBLISHED_BY`), up to its legal form
    ('… Verlags GmbH Musterstraße 3' → '… Verlags GmbH')."""
    for m in _PUBLISHED_BY.finditer(text):
        if not _frequency(m.group("de") or m.group("en")):
            continue
        words = _before_address(" ".join(m.group("org").split())).split()
        legal = next((i for i, w in enumerate(words) if w.casefold() in LEGAL_FORMS), None)
        words = words[:legal + 1] if legal is not None else words
        while words and words[-1] in ("of", "for", "and", "&", "für", "der", "des", "und", "de"):
            words.pop()
        name = _without_full_stop(" ".join(words))
        if name and _organisation(name):
            return name
    return None


def from_publication_statement(c: PublisherContext) -> str | None:
    """The issuer named in the periodical's statement of how often it appears (`publication_statement_org`)."""
    return publication_statement_org(c.doc.raw_text)


def from_issuer_line(c: PublisherContext) -> str | None:
    """'Eine Pressemitteilung der Universität X', 'Medieninformation Nr. 12/2019 der X' on a line of its own,
    wherever it stands (the header reads the one over the headline)."""
    for line in c.doc.lines:
        if len(line) <= 160 and (issued := issuer_line(line)) and is_org_line(issued[1]):
            return issued[1]
    return None


def from_informing_org(c: PublisherContext) -> str | None:
    """A release's deck names its issuer as the one who informs: 'Landratsamt X informiert zum …'."""
    for block in c.doc.blocks[:4]:
        if block.kind in ("paragraph", "heading") \
                and (m := _INFORMS.match(strip_markup(block.text))) and is_org_line(m.group("org")):
            return re.sub(r"^(?:Die|Der|Das|The)\s+", "", m.group("org"))  # 'Die Universität X teilt mit'
    return None


# 'im MZ-Gespräch', 'im XY-Interview', 'XY-Redakteur Hans Beispiel sprach mit …': a paper's short name glued to
# its own format or its staff.
_OUTLET_COMPOUND = re.compile(r"(?<![\w-])(?P<outlet>[A-ZÄÖÜ]{2,5})-(?:[A-ZÄÖÜ][a-zäöü]+(?:gespräch|interview)|Gespräch|Interview|"
                              r"Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Redaktion)\b")


def from_outlet_compound(c: PublisherContext) -> str | None:
    """A paper's short name glued to its interview or its staff: 'im MZ-Gespräch', 'MZ-Redakteurin Anna Beck'."""
    texts = [block.text for block in c.doc.blocks[:8] if block.kind in ("paragraph", "heading")]
    texts += [line for line in c.head_lines[:40] if line.strip()][:12]  # a deck the header took as its own
    for text in texts:
        if m := _OUTLET_COMPOUND.search(text):
            return m.group("outlet")
    return None


_NEWSLETTER = re.compile(r"\b(?:Der|Den|Unser(?:en)?|The|Our)\s+(?P<name>[A-ZÄÖÜ][\w.&-]*(?:\s+[A-ZÄÖÜ][\w.&-]*){0,2})"
                         r"[\s-]Newsletter\b(?=.{0,200}\b(?:informiert|abonnieren|anmelden|Anmeldung|bestellen|sign\s+up|"
                         r"subscribe|delivered|inbox|Postfach)\b)", re.I | re.S)


def from_newsletter(c: PublisherContext) -> str | None:
    """A site's newsletter signup line names the site: 'Der Beispiel24 Newsletter informiert Sie …'."""
    texts = [b.text for b in c.doc.blocks] + [r.text for r in c.doc.removed]
    for text in texts:
        if len(text) <= 400 and (m := _NEWSLETTER.search(text)):
            name = m.group("name")
            if name[:1].isupper() and not is_person_name(name, strict=True):
                return name
    return None


_PRESS_OFFICE = re.compile(r"^(?:Pressestelle|Pressebüro|Presse-\s?und\s+Öffentlichkeitsarbeit|Press\s+Office)\s+"
                           r"(?:(?:der|des|of\s+the|of)\s+)?(?P<org>[A-ZÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'’-]*|für|der|of|for|and|und|&)){0,6})")


def press_office_org(text: str) -> str | None:
    """'Pressestelle der Beispiel-Gesellschaft', 'Press Office of Example College' → the organisation; a person's
    name after it ('Pressestelle Anna Beck') is no organisation."""
    text = strip_markup(text).strip()
    for part in re.split(r"\s*[,;|]\s*|\s+[-–]\s+", text)[:3]:
        if m := _PRESS_OFFICE.match(part):
            org = re.sub(r"\s+(?:der|des|of|for|and|und|für|&)$", "", m.group("org"))
            if not is_person_name(org) and org.casefold() not in ("tel", "telefon", "phone", "e-mail", "email"):
                return org
    # the office after the press officer's name: 'Anna Beck, Pressestelle Beispiel-Gesellschaft, Musterstadt'
    if m := re.search(r",\s+((?:Pressestelle|Press\s+Office)\b.*)$", text):
        return press_office_org(m.group(1))
    return None


def from_press_office(c: PublisherContext) -> str | None:
    """The press office that issued the text, on a line of its own or after its officer's name."""
    for line in c.doc.lines:
        if len(line) <= 160 and (org := press_office_org(line)):
            return org
    return None


def outlet_date_line(line: str) -> str | None:
    """A short line of an outlet's name and the date: 'Beispiel News - Jun 9, 2011', '04.04.2017, beispielzeit' →
    the name; a dateline's place ('Musterstadt, 04.04.2017'), a label ('Updated …') or a byline's person is no outlet."""
    line = strip_markup(line).strip()
    if len(line) > 60 or not (hit := find_date(line)):
        return None
    _, start, end = hit
    before, after = line[:start].strip(), line[end:].strip()
    if before and not after and (m := re.fullmatch(r"(?P<name>.+?)\s+(?:[-–—|]|\|)", before)):
        name = m.group("name")
    elif before and not after and re.fullmatch(r"[A-ZÄÖÜ]{2,5}", before):
        name = before  # a paper's sign before its date: 'MSZ 08.04.2014'

    elif after and not before and (m := re.fullmatch(r"(?:,|[-–—|])\s*(?P<name>.+)", after)):
        name = m.group("name")
    else:
        return None
    if not re.fullmatch(r"[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}", name) or not re.search(r"[A-Za-zÄÖÜäöü]{2}", name) \
            or is_person_name(name) or any(section_word(w) for w in name.split()) \
            or re.search(r"\d", name) or (name.isupper() and len(name) > 5):  # 'MUSTERSTADT -': a dateline
        return None
    return name


def from_outlet_date_line(c: PublisherContext) -> str | None:
    """Among the first lines, the outlet's name beside the date (`outlet_date_line`)."""
    for line in [line for line in c.doc.lines[:20] if line.strip()][:10]:
        if name := outlet_date_line(line):
            return name
    return None


_REPORT_WORD = re.compile(r"(?:(?<=\s)|^)(?:(?P<pre_year>(?:19|20)\d{2})\s+)?(?i:Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|"
                          r"Annual\s+Report|Activity\s+Report)(?:\s+(?P<year>(?:19|20)\d{2}))?(?=\s|$)")
_CAP_WORD = r"[A-ZÄÖÜ][\w&.'’/-]*"


def report_title_issuer(line: str, text: str) -> str | None:
    """A report's title line names its issuer before or after the report word: 'Beispiel-Gemeinschaft Jahresbericht
    2015', 'Example Fire Department's 2017 Annual Report', '2010 Annual Report Example Power Cooperative'. The name
    is an organisation's, or one the text prints again; a person's name is none."""
    line = strip_markup(line).strip()
    if len(line) > 160 or not (m := _REPORT_WORD.search(line)) or not (m.group("pre_year") or m.group("year")):
        return None
    before = re.sub(r"['’]s$", "", line[:m.start()].strip()).split()
    after = line[m.end():].split() if m.group("pre_year") else []  # '2010 Annual Report Example Cooperative'
    names = []
    run = []
    for word in reversed(before):  # the capitalised words right before the report word, longest first
        if not (re.fullmatch(_CAP_WORD, word) or word in ("of", "for", "für", "der", "des", "und", "and", "&")):
            break
        run.insert(0, word)
    names += [" ".join(run[i:]) for i in range(len(run))]
    run = []
    for word in after:
        if not (re.fullmatch(_CAP_WORD, word) or word in ("of", "for", "für", "der", "des", "und", "and", "&")):
            break
        run.append(word)
    names += [" ".join(run[:i]) for i in range(len(run), 0, -1)]
    for name in names:
        words = name.split()
        if len(words) < 2 and not name.isupper() or words[0].casefold() in ("of", "for", "für", "der", "des", "und", "and", "&") \
                or words[-1].casefold() in ("of", "for", "für", "der", "des", "und", "and", "&") \
                or (len(words) <= 3 and is_person_name(name, strict=True)):
            continue
        if is_org_line(name) or times_printed(name, text) >= 2:
            return name
    return None


def from_report_title(c: PublisherContext) -> str | None:
    """A report's title over its first pages names who issued it (`report_title_issuer`)."""
    for line in [line for line in c.doc.lines[:30] if line.strip()][:12]:
        if name := report_title_issuer(line, c.doc.raw_text):
            return name
    return None


_OWN_ORGAN = re.compile(r"\b(?:(?i:das|die)\s+(?i:Magazin|Mitgliedermagazin|Mitgliederzeitschrift|Zeitschrift|Verbandszeitschrift|"
                        r"Mitteilungsblatt)\s+(?P<article>(?i:des|der))|"
                        # a periodical's subtitle: '(Offizielles) Organ des Beispielverbands', 'Zeitschrift des X' over a cover
                        r"(?:^|(?<=\s))(?:(?i:offizielles|amtliches)\s+)?(?:Organ|Mitteilungsorgan|Verbandsorgan|Zeitschrift)\s+"
                        r"(?P<article2>des|der)|(?i:the)\s+(?i:magazine|newsletter|journal)\s+of\s+the"
                        # ('The Journal of Example Medicine' is a journal's title: without 'the', only a magazine)
                        r"|(?i:the)\s+(?:(?i:official)\s+)?(?i:magazine|newsletter)\s+of)\s+"
                        r"(?P<org>[A-ZÄÖÜ][\w&'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&'’-]*|für|of|for|and|und|&)){0,5}(?:\s+e\.\s?V\.)?)")


def _nominative_name(words: list[str], article: str, text: str) -> str:
    """'Bayerischen Ruderverbandes' → 'Bayerischer Ruderverband': the form the text prints, else the genitive
    undone by rule (an adjective's '-en' → '-er' after 'des', '-e' after 'der'; a noun's '-es'/'-s' after 'des')."""
    stems = [re.sub(r"(?:es|en|s|n|e)$", "", w) if len(w) > 5 else w for w in words]
    pattern = r"\s+".join(rf"{re.escape(s)}\w{{0,2}}" for s in stems)
    for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, re.I):
        if m.group(0).split() != words:
            return m.group(0)
    out = []
    for i, w in enumerate(words):
        low = w.casefold()
        last = i == len(words) - 1
        if not last and article.casefold() == "des" and (stem := _genitive_stem(w)):
            w = stem  # 'des Verbandes Deutscher Musterzüchter': the head noun first, its attribute after it
        elif not last and low.endswith("en"):
            w = w[:-1] + ("R" if w.isupper() else "r") if article.casefold() == "des" else w[:-1]
        elif last and article.casefold() == "des" and len(w) > 5 and low.endswith("s"):
            w = w[:-2] if low.endswith("es") and not low.endswith(("ses", "tes")) else w[:-1]
        out.append(w)
    return " ".join(out)


def _genitive_stem(word: str) -> str | None:
    """'Verbandes' → 'Verband', 'Instituts' → 'Institut': an organisation word in the genitive."""
    for cut in (2, 1):
        if len(word) > cut + 3 and word.casefold().endswith("es"[2 - cut:]) and org_word(word[:-cut]):
            return word[:-cut]
    return None


# A cover's furniture run on after the organisation's name ('… of Example GB Cover teasers').
_COVER_WORDS = {"cover", "contents", "editorial", "inhalt", "titelbild", "titelseite", "impressum"}


def own_organ_org(text: str, body: str) -> str | None:
    """'Das Magazin des Beispielverbandes', 'The Newsletter of the Example Society': a periodical names the
    organisation it belongs to, its publisher."""
    if not (m := _OWN_ORGAN.search(text)):
        return None
    words = m.group("org").split()
    if not words[0].isupper():  # 'of the Society ISSUE 12': a word in capitals after the name is the next line's
        words = words[:next((i for i, w in enumerate(words) if w.isupper() and len(w) >= 3), len(words))]
    while words and words[-1].casefold() in {"für", "of", "for", "and", "und", "&"} | _COVER_WORDS:
        words.pop()
    if not words or (len(words) < 2 and not org_word(words[0])):
        return None  # 'The Newsletter of the Guild': a word alone names no one
    article = m.group("article") or m.group("article2")
    return _nominative_name(words, article, body) if article else " ".join(words)


def from_own_organ(c: PublisherContext) -> str | None:
    """A periodical's subtitle over its first pages (`own_organ_org`)."""
    for line in c.doc.lines[:40]:
        if org := own_organ_org(strip_markup(line), c.doc.raw_text):
            return org
    return None


# --- credits that name the issuer in passing ------------------------------------------------

# Small words an acronym skips: 'Fachverband Deutscher Floristen' spells 'FDF', 'Society of Example Makers' 'SEM'.
_ACRONYM_SKIPS = {"der", "des", "die", "und", "für", "of", "for", "and", "the", "&", "de", "e.v."}
_CAPITAL_RUN = re.compile(r"[A-ZÄÖÜ][\w'’.-]*(?:\s+(?:[A-ZÄÖÜ][\w'’.-]*|der|des|und|für|of|for|and|the|&|de))*")


def spelled_out(abbr: str, text: str) -> str | None:
    """The words an abbreviation stands for, as the text prints them: 'FDF' → 'Fachverband Deutscher
    Floristen'. Three letters at least: two initials match too many word pairs by chance."""
    letters = abbr.casefold()
    if len(letters) < 3 or not letters.isalpha():
        return None
    for run in _CAPITAL_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            if not words[start][:1].isupper() or words[start].casefold() in _ACRONYM_SKIPS:
                continue  # an article before the name is no part of it
            initials, end = "", start
            while end < len(words) and len(initials) < len(letters):
                if words[end].casefold() not in _ACRONYM_SKIPS:
                    initials += words[end][0].casefold()
                end += 1
            # an acronym's last word is a name's word, never a skipped one ('… Floristen und' is cut)
            if initials == letters and words[end - 1].casefold() not in _ACRONYM_SKIPS:
                return " ".join(words[start:end])
    return None


# A repost's credit line: 'Article from the Example Advertiser, with the kind permission …', 'By Anna Beck,
# published in the Example Times March 30, 2014', 'Zuerst erschienen in der Musterpost'. Anchored at the line's
# start: 'a study published in the Journal of …' inside a sentence names a journal, not the text's outlet.
_REPRINT = re.compile(
    r"^(?:By\s+[^,]{3,60},\s+)?(?i:(?:an?\s+)?(?:article|story|column|interview|artikel|beitrag)\s+(?:from|aus)"
    r"|(?:first\s+|originally\s+)?(?:published|appeared)\s+in(?:\s*:)?|reprinted\s+(?:with\s+permission\s+)?from"
    r"|(?:zuerst\s+|erstmals\s+|ursprünglich\s+)?(?:erschienen|veröffentlicht)(?:\s+(?:in|im|bei)(?:\s*:)?|\s*:))"
    r"\s+(?i:the\s+|der\s+|dem\s+|des\s+)?"
    r"(?P<outlet>[A-ZÄÖÜ][\w&'’.-]*(?:\s+(?:[A-ZÄÖÜ][\w&'’.-]*|and|of|&|und|für)){0,6})")
# Words a date after the outlet's name starts with: a month (the project's list, abbreviations too) or 'on'/'am'.
_DATE_WORDS = set(MONTHS) | {"on", "am"}


def reprint_outlet(line: str) -> str | None:
    """The outlet a repost's credit line names (`_REPRINT`), without a date after it."""
    if len(line) > 200 or not (m := _REPRINT.match(strip_markup(line).strip())):
        return None
    words = m.group("outlet").rstrip(".,;:").split()
    while words and (words[-1].casefold().rstrip(".,") in _DATE_WORDS or words[-1] in ("and", "of", "&", "und", "für")):
        words.pop()
    name = " ".join(words)
    return name if name and (outlet_masthead(name) or not is_person_name(name, strict=True)) else None


def from_reprint_credit(c: PublisherContext) -> str | None:
    """A repost names the outlet that first published it, near the top ('Article from the Example Advertiser …') or as
    its last line ('Erschienen: Musterblatt, Ausgabe 5')."""
    lines = [line for line in c.raw_lines if line.strip()]
    for line in lines[:12] + lines[-2:]:
        if outlet := reprint_outlet(line):
            return outlet
    return None


# A release's lead tagged with its issuer's abbreviation and date: '(EXV/5.6.2025) Mit einer …', '(EXV) – …'.
_LEAD_TAG = re.compile(r"^\((?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜ&-]{1,11})(?:\s*/\s*[^)]{1,25})?\)\s*[-–—]?\s*\S")


def from_lead_tag(c: PublisherContext) -> str | None:
    """The issuer's abbreviation tagging a release's lead, when the text spells it out ('(EXV/5.6.2025) …' with
    'Example Verband' printed): an unexplained tag may be a portal's or an office's code ('(ots)', '(pug)')."""
    for line in [line for line in c.raw_lines[:60] if len(line) > 60][:3]:
        if m := _LEAD_TAG.match(line.strip()):
            abbr = m.group("abbr")
            if abbr.casefold() in AGENCIES or press_portal(abbr.casefold() + ".de"):
                return None
            return spelled_out(abbr, c.doc.raw_text)
    return None


# Readers addressed by the site's name: 'Liebe Example3-Leser', 'liebe Musterblatt-Leserinnen und -Leser'.
_READERS = re.compile(r"\b(?i:liebe[n]?)\s+(?P<site>[A-ZÄÖÜ][\w.]*[\w])-Leser", )


def from_readers_address(c: PublisherContext) -> str | None:
    """A site that addresses its readers by its own name ('Liebe Example3-Leser, …') is the text's publisher."""
    for block in c.doc.blocks[:12]:
        if block.kind == "paragraph" and (m := _READERS.search(block.text)):
            return m.group("site")
    return None


# An outlet's paywall offer names the outlet's site: 'Premium-Zugriff auf example.de für nur 0,99 €'.
_PAYWALL_SITE = re.compile(r"\b(?i:Zugriff\s+auf|Zugang\s+zu|access\s+to|subscribe\s+to)\s+(?P<site>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})\b")
_PAYWALL_WORD = re.compile(r"(?i:premium|abo\b|abonn|subscri|€|\$|plus\b)")


def from_paywall(c: PublisherContext) -> str | None:
    """The site a paywall offer sells access to ('Premium-Zugriff auf example.de für nur 0,99 €')."""
    for line in [*c.doc.lines[:40], *(item.text for item in c.doc.removed)]:  # (the offer may have been cleaned out)
        if len(line) <= 120 and (m := _PAYWALL_SITE.search(line)) and _PAYWALL_WORD.search(line):
            return m.group("site")
    return None


# A text that opens with an organisation's full legal name: 'Landesverband Beispiel der Gärtner e.V. Aktuelles …'
# (a document host's heading, a letterhead run into the next lines).
_LEGAL_NAME_FIRST = re.compile(
    r"^(?P<org>[A-ZÄÖÜ][\w&'’.-]*(?:\s+(?:[A-ZÄÖÜ][\w&'’.-]*|und|der|des|für|of|for|and|&|the|zu|vom|von|am|im|zum|zur)){0,9}?,?\s+"
    r"(?:e\.\s?V\.|gGmbH|GmbH|AG|KG|Inc\.|Ltd\.?|LLC|plc|eG)(?=\s|$))")


def from_legal_name_first(c: PublisherContext) -> str | None:
    """The organisation whose legal name opens the text, or stands alone on a line of the header
    ('Beispielbund e.V.' under the byline): a letterhead, not a name in passing."""
    lines = [strip_markup(line).strip() for line in c.head_lines[:30] if line.strip()]
    lines, rest = lines[:8], lines[8:]
    for i, line in enumerate(lines):
        prose_before = sum(len(prev) > 100 for prev in lines[:i])
        if prose_before >= 2 or prose_before and not any(len(after) > 100 for after in lines[i + 1:] + rest):
            break  # the header ends where the prose begins (a deck is one long line, and the text goes on under the
            # name): a name under the text is a contact block's
        if _OWN_ORGAN.search(line):
            continue  # 'Zeitschrift des Beispielverbands e.V.': a periodical's subtitle, read by `from_own_organ`
        m = _LEGAL_NAME_FIRST.match(line)
        if m and (i == 0 or m.end() == len(line)) and not is_person_name(m.group("org").split(",")[0], strict=True):
            return m.group("org")
    return None


def from_staff_line(c: PublisherContext) -> str | None:
    """A byline that credits the outlet's staff on a line of its own: 'Example News Staff', 'Beispiel-Redaktion'."""
    for line in [line.strip() for line in c.raw_lines[:30] if line.strip()][:10]:
        if (m := OUTLET_STAFF.match(strip_markup(line))):
            outlet = (m.group("outlet") or m.group("outlet_de")).rstrip("-")
            if outlet.casefold() not in ("our", "unsere", "all", "the") and not is_person_name(outlet, strict=True):
                return outlet
    return None


# Bodies of public administration, whose names carry no organisation word: 'Landkreis Beispiel', 'Stadt Musterstadt'.
_PUBLIC_BODY = {"landkreis", "stadt", "gemeinde", "kreis", "bezirk", "bistum", "erzbistum", "county", "city"}
_LEGAL_TAIL = re.compile(r"(?:,?\s+(?:e\.\s?V\.|gGmbH|GmbH|AG|KG|Inc\.|Ltd\.?|LLC|plc|eG))?(?:\s+\([A-ZÄÖÜ][\w&-]{1,11}\))?$")


def _organisation(name: str) -> bool:
    """A name that is an organisation's: an organisation word ('Beispielverband e.V. (BV)'), a legal form, or a
    public body's ('Landkreis Musterland')."""
    core = _LEGAL_TAIL.sub("", name).strip()
    if not core or is_person_name(core, strict=True):
        return False
    return is_org_line(core) or core != name.strip() and len(core.split()) >= 2 \
        or (core.split()[0].casefold() in _PUBLIC_BODY and len(core.split()) >= 2 and core.split()[1][:1].isupper())


# A release's label followed by its issuer: 'Pressemitteilung | Beispielverband e.V.', '(Pressemitteilung Landkreis
# Musterland 28.07.2014)'. Without the article of `header_lines.issuer_line` ('… der Universität X').
_KIND_LABEL = re.compile(r"^(?P<kind>[A-ZÄÖÜ][\w-]*(?:\s+[a-z][\w-]*)?)\s*(?:[|:–—-]\s*|\s)(?P<rest>[A-ZÄÖÜ][^|:]{3,100})$")


def kind_label_org(line: str) -> str | None:
    """'Pressemitteilung | Beispielverband e.V.' → 'Beispielverband e.V.': a press release's label and its issuer, maybe
    its date; the rest must be an organisation's name ('Presseinformation: Neue Funde auf dem Campus' is a headline)."""
    line = strip_markup(line).strip()
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # the label in brackets under the headline
    if len(line) > 140 or not (m := _KIND_LABEL.match(line)) or kind_word(m.group("kind")) != "press_release":
        return None
    rest = m.group("rest").strip()
    if hit := find_date(rest):
        _, start, end = hit
        if rest[end:].strip(" .)"):
            return None
        rest = rest[:start].strip(" ,–-")
    return rest if rest and _organisation(rest) else None


# The separators of a site's label row: bars, bullets, and a capital 'I' set as a bar ('13 Dez I Pressemitteilung I …').
_ROW_BAR = re.compile(r"\s*[|•·]\s*|\s+I\s+")


def label_row_org(line: str) -> str | None:
    """A row of labels set apart by bars ('13 Dez | Pressemitteilung | Beispielverband e.V. |'): the release's label,
    then its issuer; a date may stand anywhere in the row. A capital 'I' counts as a bar only when it parts two
    fields at least ('… I am …' is a pronoun)."""
    line = strip_markup(line).strip()
    if len(line) > 160 or not ("|" in line or "•" in line or "·" in line or len(re.findall(r"\sI\s", line)) >= 2):
        return None
    parts = [p.strip(" ,") for p in _ROW_BAR.split(f" {line} ") if p.strip(" ,")]
    for i, part in enumerate(parts[:-1]):
        if kind_word(part) == "press_release":
            rest = [p for p in parts[i + 1:] if not _only_date(p)]
            return rest[0] if rest and _organisation(rest[0]) else None
    return None


def _only_date(text: str) -> bool:
    """'13 Dez', '04.07.2018': a field that is a date and nothing else."""
    if hit := find_date(text):
        return not (text[:hit[1]] + text[hit[2]:]).strip(" ,.")
    return bool(re.fullmatch(r"\d{1,2}\.?\s+[A-ZÄÖÜa-zäöü]{3,9}\.?(?:\s+\d{2,4})?", text))


def from_kind_label(c: PublisherContext) -> str | None:
    """Among the first lines, a release's label that names its issuer (`kind_label_org`), also in a row of labels
    (`label_row_org`)."""
    for line in [line for line in c.head_lines[:40] if line.strip()][:15]:
        if org := kind_label_org(line) or label_row_org(line):
            return org
    return None


_ORG_WORDS_RUN = r"[A-ZÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'’-]*|of|for|and|&|für|der|des|und)){0,7}"
# A headline that names a statement as an organisation's: 'Example Growers Association Statement: …', 'Statement from the
# Example Society on …', 'Stellungnahme des Beispielverbands zu …'.
_STATEMENT_TITLE = re.compile(
    rf"^(?:The\s+)?(?P<org>{_ORG_WORDS_RUN}?)\s+(?:Statement|Stellungnahme)\b|"
    rf"^(?:Joint\s+|Gemeinsame\s+)?(?:Statement|Stellungnahme|Erklärung)\s+(?:from|by|of|(?P<article>des|der)|vom|von)\s+"
    rf"(?:the\s+|dem\s+|der\s+)?(?P<org2>{_ORG_WORDS_RUN})")


def statement_title_org(title: str, text: str) -> str | None:
    """The organisation a statement's headline names as its author (`_STATEMENT_TITLE`): the issuer."""
    if not (m := _STATEMENT_TITLE.match(strip_markup(title).strip())):
        return None
    words = (m.group("org") or m.group("org2")).split()
    while words and words[-1] in ("of", "for", "and", "&", "für", "der", "des", "und"):
        words.pop()  # 'Statement of the Example Society on …' ends before its topic's small word
    name = _nominative_name(words, m.group("article"), text) if m.group("article") and words else " ".join(words)
    return name if name and _organisation(name) else None


def from_statement_title(c: PublisherContext) -> str | None:
    """A headline naming the statement as an organisation's (`statement_title_org`)."""
    titles = [c.header.title or ""] + [line for line in c.head_lines[:10] if line.strip()][:3]
    for title in titles:
        if org := statement_title_org(title, c.doc.raw_text):
            return org
    return None


# A closing credit signed by a press office, not a person: 'Text: Städtische Pressestelle'.
_OFFICE_CREDIT = re.compile(r"^(?:Text|Quelle|Source|Text\s+und\s+Fotos?|Text\s+and\s+photos?)\s*:\s*"
                            r"(?P<office>(?:[A-ZÄÖÜ][\w-]*\s+){0,3}(?:Pressestelle|Pressebüro|Press\s+Office|Pressedienst))"
                            r"(?=\s*$|\s+[A-ZÄÖÜ][\w-]{2,20}\s*:)")  # alone, or run into the next label ('… Kontakt: …')


def from_office_credit(c: PublisherContext) -> str | None:
    """A text credited to a press office, not a person ('Text: Städtische Pressestelle'): the office issued it."""
    for line in [line.strip() for line in c.raw_lines if line.strip()][-12:]:
        if m := _OFFICE_CREDIT.match(strip_markup(line)):
            return m.group("office")
    return None


# An organisation's banner over the page: its acronym and its tagline ('EXV - Example World Series', 'ABC | Canoe - Kayak').
_ACRONYM_BANNER = re.compile(r"^(?P<abbr>[A-Z]{2,6})\s+[-–—|]\s+(?P<tail>\S.{3,70})$")
_BANNER_WORDS = {"news", "home", "menu", "blog", "press", "top", "info", "new", "live", "faq", "login", "media"}


def from_acronym_banner(c: PublisherContext) -> str | None:
    """The acronym of an organisation's banner among the first lines, when the text names it again and again (three
    times at least): the body behind the page, not a section's label ('NEWS - …')."""
    for line in [strip_markup(line).strip() for line in c.head_lines[:20] if line.strip()][:5]:
        if (m := _ACRONYM_BANNER.match(line)) and m.group("abbr").casefold() not in _BANNER_WORDS \
                and not section_word(m.group("abbr")) \
                and times_printed(m.group("abbr"), c.doc.raw_text) >= 3:
            return m.group("abbr")
    return None


# An outlet's name ends in an outlet word: a paper's, a broadcaster's, a magazine's ('Beispiel-Post', 'Musterfunk',
# 'the Example Times'). The word alone ('der Zeitung', 'dem Magazin') names no outlet.
_OUTLET_TAIL = (r"(?:[Zz]eitung|[Pp]ost|[Bb]latt|Kurier|Anzeiger|Rundschau|Nachrichten|[Mm]agazin|[Ff]unk|[Rr]adio|"
                r"[Ff]ernsehen|TV|Echo|Bote|Journal|Times|News|Herald|Gazette|Tribune|Telegraph|Chronicle|Magazine|Observer)")
_OUTLET_NAME = r"[A-ZÄÖÜ][\w&'’-]*(?:\s+[A-ZÄÖÜ][\w&'’-]*){0,3}"
_CAPS_OUTLET = r"[A-ZÄÖÜ]{4,}(?![\w-])"  # a name in capitals: 'BEISPIELSPORT'
# A news site named by its address: 'beispiel.de', 'Example.com' (a top-level domain of letters after one dot or two).
_SITE_NAME = r"(?<![\w@.-])[A-Za-zÄÖÜäöü][\w-]*(?:\.[a-z]{2,3})?\.(?:de|at|ch|com|org|net|eu|uk|info)(?![\w-]|\.\w)"
_SPOKEN_TO = re.compile(
    # 'sagt Anna Beck zu BEISPIELSPORT', 'sagte sie gegenüber der Beispiel-Post', '…, sagte Anna Beck, Präsidentin des
    # Verbands, im Musterfunk'
    r"\b(?:sagte?n?|erklärte?n?|betonte?n?|meinte?n?|berichtete?n?|verriet|verrät|bestätigte?n?)\b[^.!?\"“”„]{0,120}?"
    rf"(?:\bgegenüber\s+(?:der|dem|den)\s+(?P<de1>{_OUTLET_NAME})|\bzu\s+(?P<caps>{_CAPS_OUTLET})|"
    rf"\bzu\s+(?:der|dem)\s+(?P<de2>{_OUTLET_NAME})|\bim\s+(?P<de3>[A-ZÄÖÜ][\w-]*(?:funk|[Rr]adio|[Ff]ernsehen|TV))(?![\w-]))|"
    # '…, sagte Anna Beck auf Anfrage der Beispiel-Post', '… auf Nachfrage von beispiel.de': the outlet that asked
    rf"\bauf\s+(?:Anfrage|Nachfrage)\s+(?:von\s+|der\s+|des\s+|bei\s+(?:der\s+|dem\s+)?)(?:(?P<site>{_SITE_NAME})|(?P<de4>{_OUTLET_NAME}))|"
    # 'told the Example Times', 'said to Example News', 'mentioned to Example Dog News', 'told beispiel.com'
    rf"\b(?:told|said\s+to|speaking\s+to|spoke\s+to|mentioned\s+to|explained\s+to|confirmed\s+to)\s+(?:the\s+|The\s+)?"
    rf"(?:(?P<site_en>{_SITE_NAME})|(?P<en>{_OUTLET_NAME}))")


def outlet_spoken_to(text: str) -> str | None:
    """The outlet a person in the text spoke to ('sagte Anna Beck zu BEISPIELSPORT', '… told the Example Times'): a
    news text quotes what was said to itself. A name in capitals must be printed twice (else an organisation's
    acronym); two different outlets mean a text quoting others, which names none of its own."""
    outlets = set()
    for m in _SPOKEN_TO.finditer(text):
        outlet = next(g for g in (m.group("de1"), m.group("de2"), m.group("de3"), m.group("de4"), m.group("en"),
                                  m.group("caps"), m.group("site"), m.group("site_en")) if g)
        if m.group("caps") and times_printed(outlet, text) < 2:
            continue
        if not (m.group("caps") or m.group("site") or m.group("site_en")):  # (an address is an outlet's name as it is)
            words = outlet.split()  # the name up to its outlet word: 'Beispiel-Post Vorher …' → 'Beispiel-Post'
            while words and not re.search(rf"{_OUTLET_TAIL}$", words[-1]):
                words.pop()
            outlet = " ".join(words)
        if not outlet or re.fullmatch(_OUTLET_TAIL, outlet, re.I) or is_person_name(outlet, strict=True):
            continue
        outlets.add(outlet)
    return outlets.pop() if len(outlets) == 1 else None


def from_outlet_spoken_to(c: PublisherContext) -> str | None:
    """The outlet the text's people spoke to (`outlet_spoken_to`), in its paragraphs."""
    return outlet_spoken_to("\n".join(b.text for b in c.doc.blocks if b.kind == "paragraph"))


_SELF_NAME = r"(?P<outlet>[A-ZÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'’-]*|am|im|der|des|für|of|the|for|and|&|und)){0,4}?)"
# An outlet naming itself as the reporter: '(BEISPIEL-NEWS berichtete)', '… sagte sie. BEISPIEL fragte nach',
# 'BEISPIEL WEEKLY chatted with …'. A person may be the subject of these verbs too: the name must be an outlet's shape.
_SELF_REPORTED = re.compile(rf"\((?:wie\s+)?(?:die\s+|der\s+|das\s+)?{_SELF_NAME}\s+(?:berichtete|hat\s+berichtet)\)")
_SELF_ASKS = re.compile(
    rf"(?:^|(?<=[.!?:])\s+|\n){_SELF_NAME}\s+(?:fragte\s+nach|hat\s+nachgefragt|fragte\s+bei|sprach\s+mit|traf\s+sich\s+mit|"
    r"chatted\s+(?:with|to)|spoke\s+(?:with|to)|talked\s+(?:with|to)|caught\s+up\s+with|sat\s+down\s+with)\b")
# 'told Example Journalism: "…"', named so twice: the outlet a text's people spoke to, when it is no outlet word's name
# (those `outlet_spoken_to` reads).
_TOLD = re.compile(rf"\btold\s+(?:the\s+)?{_SELF_NAME}(?=\s*[:,.]|\s+(?:that|about|in|on|at|he|she|they|it)\b)")


def _outlet_shape(name: str) -> bool:
    """An outlet's name as it names itself: one word in capitals ('BEISPIEL', 'MUSTER-NEWS'), or words that are no
    person's (`outlet_label`)."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{2,}", name)) or outlet_label(name)


def outlet_self_report(text: str) -> str | None:
    """The outlet a text names as its own reporter or interviewer (`_SELF_REPORTED`, `_SELF_ASKS`), or the one its people told what
    they said, twice (`_TOLD`); a single name only."""
    matches = [*_SELF_REPORTED.finditer(text), *_SELF_ASKS.finditer(text)]
    found = {m.group("outlet") for m in matches if _outlet_shape(m.group("outlet"))}
    told = [m.group("outlet") for m in _TOLD.finditer(text)]
    found |= {name for name in told if told.count(name) >= 2 and _outlet_shape(name)}
    return found.pop() if len(found) == 1 else None


def from_outlet_self_report(c: PublisherContext) -> str | None:
    """The outlet that names itself as reporter or interviewer in the text's paragraphs (`outlet_self_report`)."""
    return outlet_self_report("\n".join(b.text for b in c.doc.blocks if b.kind in ("paragraph", "heading")))


# A byline's fields: '| Anna Beck | Musterstädter Zeitung', '• Anna Beck, dpa', 'by Example Weekly on May 3, 2010'.
_BYLINE_FIELDS = re.compile(r"\s*[|•·,;]\s*|\s+[-–—]\s+")
_POSTED_BY = re.compile(r"^(?i:posted\s+)?(?i:by|von)\s+(?P<name>[A-ZÄÖÜ][^|,;]{2,50}?)\s+(?:on|am|at|um)\s+[^|]{0,12}?\d")


def agency_byline(line: str) -> str | None:
    """A byline that signs with an agency's name alone: 'By Example Press', 'Example Press by Example Press' → the
    agency as printed. Not a photo credit ('© Bildagentur/dpa'): each part must be the agency's name itself."""
    parts = [part.strip() for part in re.split(r"(?i:(?:^|\s)(?:by|von)\s+)", line)]
    named = [part for part in parts if part]
    if len(parts) < 2 or not named or not all(p.casefold() in AGENCIES or p in AGENCIES.values() for p in named):
        return None
    return named[0] if len({agency_name(p) for p in named}) == 1 else None


def byline_outlet(line: str) -> str | None:
    """The outlet or agency a byline line names beside its author ('Anna Beck | Musterstädter Zeitung', 'Anna Beck, dpa'),
    or as its poster ('by Example Weekly on May 3, 2010'): a newspaper's name (`outlet_masthead`) or a news agency's."""
    line = strip_markup(line).strip()
    if len(line) > 100:
        return None
    if (m := _POSTED_BY.match(line)) and (outlet := outlet_masthead(m.group("name").strip())):
        return outlet
    # a story signed by its agency alone: 'By Example Press', 'Example Press by Example Press'
    if agency := agency_byline(line):
        return agency
    fields = [f for f in _BYLINE_FIELDS.split(re.sub(r"^(?i:von|by)\s+", "", line.strip(" |•·"))) if f]
    if not 2 <= len(fields) <= 3 or not is_person_name(strip_markup(fields[0]), strict=True):
        return None
    for field in fields[1:]:
        if outlet := agency_name(field) if len(field) <= 20 else None:
            return outlet
        if outlet := outlet_masthead(field):
            return outlet
    return None


def from_byline_outlet(c: PublisherContext) -> str | None:
    """Among the first lines, a byline that names its outlet or agency (`byline_outlet`)."""
    for line in [line for line in c.head_lines[:40] if line.strip()][:12]:
        if outlet := byline_outlet(line):
            return outlet
    return None


# A masthead line: the outlet's or the organisation's name alone on one of the first lines ('Beispiel Rural', 'Die
# Musterländische', 'Ministerium für Beispielfragen'), a one-word periodical's name too, even in small letters
# ('musterwinds').
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w&.'’-]*")
_SMALL_NAME = re.compile(r"[a-zäöü][a-zäöü-]{3,}")
_ISSUE_START = re.compile(r"^(?:Ausgabe|Heft|Issue|Nr\.|No\.|Number|Nummer|Jahrgang|Jg\.|Vol\.|Volume)\s*\d", re.I)
_NAME_CONNECTORS = _OUTLET_CONNECTORS | set(_RUN_CONNECTORS) | {"den", "dem", "von", "zu"}
_CREDIT_WORDS = r"(?:Fotos?|Bilder?|Photos?|Images?|Quelle|Source|©|\(c\)|Copyright)"


def _name_line(line: str) -> bool:
    """A name alone on its line: up to eight capitalised words (small connectors between them), or one word in small
    letters; no digits, no sentence or field punctuation, no person's name, no section or kind label."""
    words = line.split()
    if not 1 <= len(words) <= 8 or len(line) > 70 or re.search(r"[\d:!?;,|•·@/()\[\]\"“”„]|\.$", line):
        return False
    if len(words) == 1 and _SMALL_NAME.fullmatch(line):
        return True
    if not (_NAME_WORD.fullmatch(words[0]) and _NAME_WORD.fullmatch(words[-1])):
        return False
    if not all(_NAME_WORD.fullmatch(w) or w.casefold() in _NAME_CONNECTORS for w in words):
        return False
    # a first word in capitals before words in small letters is a broadcaster's or a body's initials ('BR Rural'),
    # never a person's first name
    initials = len(words) >= 2 and words[0].isupper() and len(words[0]) >= 2 and not any(w.isupper() for w in words[1:])
    # a name before a kind word is a label ('Beispielverband Press Release'); a link's text is no name
    labelled = any(kind_word(" ".join(words[i:])) for i in range(len(words)))
    return not ((is_person_name(line, strict=True) and not initials) or labelled or is_link_text(line)
                or all(section_word(w) for w in words)
                or words[0].casefold() in PLAYER_WORDS | _NO_MASTHEAD_START - {"der", "die", "das"})


def _credited(name: str, text: str) -> bool:
    """The name as a photo's or a text's credit ('Foto: Die Musterländische', '© Beispiel Rural'), or its initials'
    word as the outlet's part of a photo credit ('BR: Anna Beck' under a page of 'BR Rural')."""
    if re.search(rf"{_CREDIT_WORDS}\s*:?\s*(?:©\s*)?{re.escape(name)}(?![\w-])", text):
        return True
    first = name.split()[0]
    if len(name.split()) < 2 or not re.fullmatch(r"[A-ZÄÖÜ]{2,6}", first):
        return False
    credits = re.finditer(rf"(?m)^\s*{first}\s*:\s*(.{{5,40}})$", text)
    return any(is_person_name(m.group(1).strip(), strict=True) for m in credits)


def _own_website(name: str, text: str) -> bool:
    """The text prints the name as its website ('musterwinds.de' under 'musterwinds')."""
    key = alnum(re.sub(r"^(?:The|Der|Die|Das)\s+", "", name))
    site = re.compile(rf"(?<![\w@.-])(?:www\.)?{re.escape(key)}\.[a-z]{{2,4}}(?![\w-])", re.I)
    return len(key) >= 4 and site.search(text) is not None


def masthead_line(lines: list[str], title: str | None, text: str) -> str | None:
    """Among the first six lines, a name alone (`_name_line`) that is no headline and that something backs as the
    text's masthead: the text credits it (`_credited`) or prints it as its website (`_own_website`); or, over the
    headline, an organisation's name or a name of two words or more printed again as a line of its own; or a name
    over an issue line ('Ausgabe 2/2016 …') that the text names again."""
    lines = [strip_markup(line).strip() for line in lines if line.strip()][:6]
    title_key = alnum(title or "")
    before_title = True
    for i, line in enumerate(lines):
        if _name_line(line) and (_credited(line, text) or _own_website(line, text)):
            return line
        key = alnum(line)
        if title_key and key and (title_key.startswith(key) or title_key in key):  # the headline, or its first line
            before_title = False
            continue
        if not _name_line(line):
            continue
        # (a single word printed twice over the headline is a section's or a region's label: 'Bayern', 'Sport')
        repeated = len(line.split()) >= 2 and sum(other.strip() == line for other in text.splitlines()) >= 2
        if before_title and title_key and (is_org_line(line) or repeated):
            return line
        if i + 1 < len(lines) and _ISSUE_START.match(lines[i + 1]) and len(re.findall(
                rf"(?<![\w.-]){re.escape(line)}(?![\w-])", text, re.I)) >= 2:
            return line
    return None


def from_masthead_line(c: PublisherContext) -> str | None:
    """The masthead line among the text's first lines (`masthead_line`)."""
    return masthead_line(c.head_lines[:40], c.header.title, c.doc.raw_text)


# A lead that opens, after its dateline, with a name and the acronym it defines ('Musterville - Example Border
# Watch (EBW) officers …'), the name made of capitals and small connectors only.
_LEAD_ACRONYM = re.compile(r"^(?:[^\n]{0,40}?(?:—|--|\s[-–]\s))?\s*(?:(?:The|Der|Die|Das)\s+)?"
                           r"(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:\s+(?:[A-ZÄÖÜ][\w.&'’-]*|of|for|and|&|der|des|für|und|de)){1,7})"
                           r"\s+\((?P<abbr>[A-ZÄÖÜ]{2,8})\)\s+[a-zäöü]")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|[Ww]ir|[Uu]ns|[Uu]nser(?:e|er|em|en|es)?)\b")


def spells_acronym(abbr: str, name: str) -> bool:
    """The acronym is made of the initials of the name's last capitalised words ('Example Border Watch' → 'EBW', also
    after a leading 'U.S.'), small connectors skipped."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(abbr) >= 2 and initials.upper().endswith(abbr.upper())


def lead_acronym_voice(leads: list[str], text: str) -> str | None:
    """An organisation that opens the lead with the acronym its initials spell, named by that acronym twice more, in a
    text that speaks as 'we'/'our' ('our officers'): the issuer, though its name holds no organisation word."""
    if not _WE.search(text):
        return None
    for lead in leads:
        if (m := _LEAD_ACRONYM.match(lead)) and spells_acronym(m.group("abbr"), m.group("name")) \
                and times_printed(m.group("abbr"), text) >= 3 \
                and not is_person_name(m.group("name"), strict=True):
            return f"{m.group('name')} ({m.group('abbr')})"
    return None


def from_lead_acronym_voice(c: PublisherContext) -> str | None:
    """In a text that is no interview, the organisation of `lead_acronym_voice` (a site's notice may stand before the
    lead: the first three long paragraphs)."""
    if is_interview(c.doc, c.header):
        return None
    leads = [b.text for b in c.doc.blocks[:8] if b.kind == "paragraph" and len(b.text) >= 80][:3]
    return lead_acronym_voice(leads, c.body)


# A group of the writer's own organisation, named with it ('the Beispielwerk crew', 'the Example Lab team').
_GROUP_NOUNS = ("team", "crew", "staff")
_NAMED_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<org>[A-ZÄÖÜ][\w&'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&'’-]*|of|for|and|&)){0,6})\s+"
                           r"(?P<noun>[a-z]{3,20})\b")


def we_voice_org(text: str) -> str | None:
    """A text that speaks as 'we' outside quotations and names one organisation before a noun it also writes after
    'our', a plural ('our researchers' … 'Example University researchers'), or before a group word ('the Beispielwerk crew'):
    that organisation is the 'we', the writer's own."""
    own = QUOTATION.sub(" ", text)
    if len(_WE.findall(own)) < 2:
        return None
    # (the people it has: a plural, 'our researchers', 'our members')
    ours = {m.group(1).casefold() for m in re.finditer(r"\b(?:[Oo]ur)\s+([a-z]{2,20}s)\b", own)} | set(_GROUP_NOUNS)
    found = {m.group("org") for m in _NAMED_BEFORE.finditer(own) if m.group("noun") in ours}
    found = {re.sub(r"^The\s+", "", org) for org in found if not is_person_name(org, strict=True)
             and not (len(org.split()) == 1 and org.casefold() in _NO_MASTHEAD_START | {"the", "our", "we"})}
    # (several words must name an organisation; one word may be a company's brand: 'the Beispielwerk crew')
    found = {org for org in found if (is_org_line(org) if len(org.split()) >= 2 else len(org) >= 4)}
    return found.pop() if len(found) == 1 else None


def from_we_voice(c: PublisherContext) -> str | None:
    """In a text that is no interview, the organisation that writes it as 'we' (`we_voice_org`)."""
    if is_interview(c.doc, c.header):
        return None
    return we_voice_org(c.body)


# A release's sign-off: the writer and the organisation's acronym or name on the last line ('Anna Beck, EXV').
_SIGN_OFF = re.compile(r"^(?P<person>[A-ZÄÖÜ][^,]{3,40}),\s*(?P<org>[A-ZÄÖÜ][^,]{1,80})$")


def sign_off_org(lines: list[str], text: str) -> str | None:
    """Among the last three lines, 'Person, ORG': a person's name, then an organisation's name or an acronym the text
    names again (not a role's: 'Anna Beck, CEO')."""
    for line in [strip_markup(line).strip() for line in lines if line.strip()][-3:]:
        if not (m := _SIGN_OFF.match(line)) or not is_person_name(m.group("person"), strict=True):
            continue
        org = _without_full_stop(m.group("org").strip())
        acronym = re.fullmatch(r"[A-ZÄÖÜ]{2,6}", org) and org.casefold() not in ROLE_STEMS \
            and times_printed(org, text) >= 2
        if acronym or is_org_line(org) or _organisation(org):
            return org
    return None


def from_sign_off(c: PublisherContext) -> str | None:
    """In a text that is no interview, the organisation of its sign-off (`sign_off_org`)."""
    if is_interview(c.doc, c.header):
        return None
    return sign_off_org(c.raw_lines[-20:], c.doc.raw_text)


# (signal, weight): how much one signal proves. What the text states about itself (header,
# imprint, an agency's credit) weighs most; what is inferred from counting names, least.
SIGNALS: list[tuple[Callable[[PublisherContext], str | None], float]] = [
    (from_header, 10),
    (from_imprint, 9),
    (from_agency, 8),
    (from_interviewer, 7),
    (from_about, 6),
    (from_statement, 6),
    (from_site_statement, 6),
    (from_source_outlet, 6),
    (from_issue_line, 5),
    (from_wire_lead, 5),
    (from_date_credit, 6),
    (from_informing_org, 5),
    (from_publisher_label, 8),
    (from_staff_note, 5),
    (from_issuer_line, 6),
    (from_publication_statement, 6),
    (from_site_name, 5),
    (from_title_suffix, 5),
    (from_copyright_footer, 4),
    (from_contact_block, 5),
    (from_photo_credit, 4),
    (from_announcement, 4),
    (from_interview_lead, 3),
    (from_release_announcement, 3),
    (from_defined_organisation, 3),
    (from_most_named, 3),
    (from_host, 3),
    (from_outlet_compound, 4),
    (from_newsletter, 4),
    (from_press_office, 4),
    (from_outlet_date_line, 6),
    (from_report_title, 5),
    (from_own_organ, 5),
    (from_reprint_credit, 6),
    (from_lead_tag, 5),
    (from_readers_address, 5),
    (from_paywall, 4),
    (from_legal_name_first, 5),
    (from_staff_line, 5),
    (from_kind_label, 6),
    (from_office_credit, 5),
    (from_acronym_banner, 5),
    (from_outlet_spoken_to, 4),
    (from_lead_defined_organisation, 3),
    (from_more_about, 5),
    (from_statement_title, 5),
    (from_outlet_self_report, 5),
    (from_byline_outlet, 6),
    (from_masthead_line, 5),
    (from_lead_acronym_voice, 3),
    (from_sign_off, 4),
    (from_we_voice, 3),
]
MIN_CONFIDENCE = 3.0  # below this, no publisher: a wrong one is worse than none
MIN_MARGIN = 1.0  # the best must lead a different candidate by this much; a tie is no answer


def _name_words(name: str) -> list[str]:
    """The words that identify a name: no article, no '(ABBR)' after it."""
    words = re.findall(r"\w+", re.sub(r"\s*\([^)]*\)\s*$", "", name).casefold())
    return words[1:] if len(words) > 1 and words[0] in ("the", "der", "die", "das") else words


def _same_publisher(a: str, b: str) -> bool:
    """'dpa' ~ 'dpa/lrs', 'Universität Musterstadt' ~ 'Karl Muster Universität Musterstadt', 'The X (XI)'
    ~ 'X': one name's words are a run of the other's."""
    x, y = _name_words(a), _name_words(b)
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return bool(short) and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def publisher_candidates(doc: Document, header: Header, url: str | None) -> list[tuple[str, float, list[str]]]:
    """(name, summed weight, signals) of every name a signal gave; equal names (`_same_publisher`)
    are one candidate, named as its strongest signal names it. Best first."""
    c = PublisherContext(doc, header, url)
    groups: list[list] = []  # [name, weight, best weight, signals]
    for signal, weight in SIGNALS:
        name = signal(c)
        if not name:
            continue
        group = next((g for g in groups if _same_publisher(g[0], name)), None)
        if group is None:
            groups.append([name, weight, weight, [signal.__name__]])
        else:
            group[1] += weight
            group[3].append(signal.__name__)
    ranked = sorted(groups, key=lambda g: -g[1])  # stable: ties keep the stronger first signal
    return [(name, total, signals) for name, total, _, signals in ranked]


def find_publisher(doc: Document, header: Header, url: str | None) -> str | None:
    """The best supported candidate, when its weight reaches `MIN_CONFIDENCE` and leads the next
    candidate by `MIN_MARGIN`."""
    candidates = publisher_candidates(doc, header, url)
    # a bare 'Center' or 'Inc.' names no one, but it still weighs against a rival as weak as itself
    named = [c for c in candidates if not _generic(c[0])]
    if not named or named[0][1] < MIN_CONFIDENCE:
        return None
    if any(c is not named[0] and named[0][1] - c[1] < MIN_MARGIN for c in candidates):
        return None
    return _as_printed_in_text(named[0][0], printed_body(doc))


def _generic(name: str) -> bool:
    """One organisation word alone ('Center', 'Universität'): no name."""
    words = name.split()
    # an office named by its holder's role alone ('the Mayor's Office', 'the Governor's Office') names no one
    held = len(words) == 2 and (m := re.fullmatch(r"([A-Z][a-z]+)['’]s", words[0])) is not None \
        and is_role_word(m.group(1)) and words[1].casefold().rstrip(".") in ORG_WORDS | UNIT_WORDS
    return held or len(words) == 1 and words[0].casefold().rstrip(".") in ORG_WORDS  # legal forms ('inc', 'gmbh') too


def _as_printed_in_text(name: str, text: str) -> str:
    """A name set in capitals on a banner ('NORTHFIELD UNIVERSITY') as the text spells it ('Northfield
    University'); acronyms ('EXD', 'ABC') stay."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    for m in re.finditer(re.escape(name), text, re.I):
        if not m.group(0).isupper():
            return m.group(0)
    return name


_DISTRIBUTED_BY = re.compile(r"\b(?:übermittelt|verbreitet|versandt|distributed|disseminated)\s+(?:durch|von|über|by|via)\s+"
                             r"(?:die\s+|der\s+|the\s+)?(?P<who>[A-Za-z][\w!.&-]*(?:\s+[a-z]*[A-Z]?[\w!.&-]*){0,2})")


def find_distributor(header: Header, url: str | None, publisher: str | None, wire: str | None = None,
                     doc: Document | None = None) -> str | None:
    """The platform that distributed it: a press portal, a portal banner, the wire service of the
    dateline (`signals.wire_service`), a service the text names ('übermittelt durch news aktuell'), or the
    newspaper whose masthead is over an agency's story; not the publisher."""
    stated = None
    if doc is not None:
        for line in doc.lines[-15:] + [r.text for r in doc.removed]:
            if m := _DISTRIBUTED_BY.search(line):
                stated = m.group("who").rstrip(".,")
                break
    masthead = header.site_name if publisher and publisher in AGENCIES.values() else None
    for candidate in (press_portal(host_of(url)), header.banner, wire, stated, masthead):
        if candidate and (not publisher or alnum(candidate) != alnum(publisher)):
            return candidate
    return None
