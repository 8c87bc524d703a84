"""publisher, distributor: who issued the text, and the platform that distributed it.

`find_publisher`, first found wins: the header (organisation line, outlet glued to a date,
outlet or agency in a byline, copyright notice, press contact) → an agency credit
('Berlin (dpa) -', '(dpa)') → an interviewer label that is a domain → an 'Über den …/About …'
section → an 'issued by' statement → a contact block → an institution's own photo credit →
in a press release, the organisation it defines most ('Full Name (ABBR)') → the host of the URL.
`find_distributor`: a press-release portal (URL host) or a portal banner, unless it is the publisher.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.names import is_org_line, is_person_name
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.signals import (
    DOMAIN_LABEL,
    INSTITUTION,
    agency_credit,
    contact_block_org,
    institutional_photo_credit,
    press_release_signals,
    publisher_from_statement,
    question_labels,
    speaker_labels,
)
from briefing.extract.metadata.text import alnum, printed_body, strip_markup
from briefing.extract.metadata.url import host_of, hosts_in_text, press_portal, registrable_domain, site_name
from briefing.model import Document


def _printed_form(short: str, text: str) -> str | None:
    """How the text prints a host's name: 'cnn' → 'CNN' (acronym or camel-case only)."""
    forms = re.findall(rf"(?<![\w.-]){re.escape(short)}(?![\w-])", text, re.I)
    for form in forms:
        if form.isupper() or re.search(r"[a-z][A-Z]", form):
            return form
    return None


def publisher_from_host(host: str | None, text: str) -> str | None:
    """'edition.cnn.com' → 'CNN' when the text names it so, else 'cnn.com'."""
    if not host or press_portal(host):
        return None
    return _printed_form(site_name(host), text) or registrable_domain(host)


def publisher_from_interviewer(doc: Document) -> str | None:
    """An interviewer label that is a domain ('NTV.de') → the matching URL host ('n-tv.de')."""
    labels = question_labels(doc)
    labels += [label for label, question in speaker_labels(doc) if question and label not in labels]
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
    return None


_ABOUT = re.compile(r"^(?i:über|about)\s+(?:(?i:den|die|das|the)\s+)?(?P<name>[A-ZÄÖÜ0-9][^:.!?]{1,60})$")
_CONNECTORS = r"&|und|and|of|for|für|der|de|du|am|an|in|e\.\s?V\.|GmbH|AG|Inc\.|Ltd\."


def expand_org_name(short: str, text: str) -> str:
    """'IT Klub' → 'IT Klub Mainz & Rheinhessen', the longest form the text uses."""
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


def publisher_from_about(doc: Document) -> str | None:
    """An 'Über den X' / 'About X' section names the organisation behind the text."""
    body = printed_body(doc)
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        match = _ABOUT.match(strip_markup(block.text))
        if match and match.group("name").casefold() not in ("uns", "us", "mich", "me", "the author", "den autor"):
            return expand_org_name(match.group("name").strip(), body)
    return None


_DEFINED = re.compile(r"\((?P<abbr>[A-ZÄÖÜ][\wÄÖÜäöü]*(?:\s[A-ZÄÖÜ][\w]*)?)\)")
_ORG_CONNECTORS = {"für", "der", "des", "und", "of", "for", "and", "the", "&", "de"}


def defined_organisations(text: str) -> list[tuple[str, int]]:
    """Organisations introduced as 'Full Name (ABBR)', with how often the text names them."""
    found: dict[str, int] = {}
    for match in _DEFINED.finditer(text):
        words = text[:match.start()].split()
        name: list[str] = []
        while words and (words[-1][:1].isupper() or words[-1] in _ORG_CONNECTORS) and len(name) < 8:
            name.insert(0, words.pop())
        while name and name[0] in _ORG_CONNECTORS:
            name.pop(0)
        full = " ".join(name)
        if not full or not is_org_line(full) or not INSTITUTION.search(full):
            continue
        abbr = match.group("abbr")
        count = len(re.findall(rf"(?<!\w){re.escape(abbr)}(?!\w)", text)) + text.count(full) - 1
        found[full] = max(found.get(full, 0), count)
    return sorted(found.items(), key=lambda kv: -kv[1])


def find_publisher(doc: Document, header: Header, url: str | None) -> str | None:
    text = doc.raw_text
    found = (header.publisher
             or agency_credit(doc)
             or publisher_from_interviewer(doc)
             or publisher_from_about(doc)
             or publisher_from_statement(doc)
             or contact_block_org(doc)
             or institutional_photo_credit(doc))
    if not found and press_release_signals(doc, header, header.title):
        orgs = defined_organisations(printed_body(doc))
        if orgs and orgs[0][1] >= 2 and (len(orgs) == 1 or orgs[0][1] > orgs[1][1]):
            found = orgs[0][0]
    return found or publisher_from_host(host_of(url), text)


def find_distributor(header: Header, url: str | None, publisher: str | None) -> str | None:
    """The platform that distributed it: a press portal, a portal banner; not the publisher."""
    for candidate in (press_portal(host_of(url)), header.banner):
        if candidate and (not publisher or alnum(candidate) != alnum(publisher)):
            return candidate
    return None
