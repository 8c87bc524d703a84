"""publisher, distributor: who issued the text, and the platform that distributed it.

`find_publisher`, first found wins: the header (organisation line, outlet glued to a date,
outlet or agency in a byline, copyright notice, press contact, a magazine credit) → an imprint's
'Herausgeber:' → an agency credit ('Berlin (dpa) -', '(dpa)', '(ANI):') → an interviewer label
that is a domain → an 'Über den …/About …' section → an 'issued by' statement → a contact block →
an institution's own photo credit → 'X today announced' → in an interview, the outlet of
'im Interview mit der X' → in a press release (also a wire service's), 'X has announced', the
organisation it defines most ('Full Name (ABBR)'), the organisation it names most → the URL host.
`find_distributor`: a press-release portal (URL host) or a portal banner, unless it is the publisher.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.kind import is_interview
from briefing.extract.metadata.names import is_org_line, is_person_name, org_name
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
from briefing.extract.metadata.text import alnum, printed_body, strip_markup
from briefing.extract.metadata.url import host_of, hosts_in_text, press_portal, registrable_domain, site_name
from briefing.extract.metadata.vocab import EXPERT_REACTION_WORDS
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
_ORG_CONNECTORS = {"für", "der", "des", "und", "of", "for", "and", "the", "&", "de", "bin", "al"}


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
        if full and not is_org_line(full):
            full = org_name(name) or ""  # 'Forscher des Potsdam-Instituts für X' → 'Potsdam-Institut für X'
        if not full or not is_org_line(full) or not INSTITUTION.search(full):
            continue
        abbr = match.group("abbr")
        count = len(re.findall(rf"(?<!\w){re.escape(abbr)}(?!\w)", text)) + max(text.count(full), 1) - 1
        found[full] = max(found.get(full, 0), count)
    return sorted(found.items(), key=lambda kv: -kv[1])


_RUN = re.compile(r"[A-ZÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'’-]*|für|der|des|und|of|for|and|&|bin|al|de|"
                  r"vom|am|im|zum|zur))*")


def most_named_organisation(text: str, lead: str) -> str | None:
    """The organisation a text names most often (twice at least, more than any other, and in its
    lead), counting its genitive ('des Uniklinikums Beispielstadt') with it. An organisation that
    only the later paragraphs name is an expert's affiliation, not the issuer."""
    names: set[str] = set()
    runs = [run for match in _RUN.finditer(text) for run in re.split(r"(?<=[a-zäöüß]{2})\.(?:\s+|$)", match.group(0))]
    for run in runs:
        words = run.split()
        while words and words[-1].casefold() in {"für", "der", "des", "und", "of", "for", "and", "&", "vom", "am",
                                                  "im", "zum", "zur", "bin", "al", "de"}:
            words.pop()
        if name := org_name(words):
            names.add(name)
    counts: dict[str, int] = {}
    for name in names:
        head, *rest = name.split(" ", 1)
        forms = {name, " ".join([head + "s", *rest]), " ".join([head + "es", *rest])}
        counts[name] = sum(len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)) for form in forms)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        name = ranked[0][0]
        head, *rest = name.split(" ", 1)
        if any(" ".join([h, *rest]) in lead for h in (head, head + "s", head + "es")):
            return name
    return None


_INTERVIEW_OUTLET = re.compile(
    r"\b(?:im\s+(?:Interview|Gespräch)\s+mit\s+(?:der|dem|den)|in\s+an?\s+interview\s+with\s+the)\s+"
    r"[„\"“]?(?P<outlet>[A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*){0,3})")


def publisher_from_interview_lead(doc: Document) -> str | None:
    """An interview's lead names the outlet it was given to: '… erklärt Anna Beck im Interview mit
    der Tagespost' → 'Tagespost'."""
    for block in doc.blocks[:4]:
        if block.kind == "paragraph" and (match := _INTERVIEW_OUTLET.search(block.text)):
            outlet = match.group("outlet").rstrip(".,;:")
            if not is_person_name(outlet) and not is_org_line(outlet):
                return outlet
    return None


def find_publisher(doc: Document, header: Header, url: str | None) -> str | None:
    text = doc.raw_text
    found = (header.publisher
             or imprint_publisher(doc)
             or agency_credit(doc)
             or publisher_from_interviewer(doc)
             or publisher_from_about(doc)
             or publisher_from_statement(doc)
             or contact_block_org(doc)
             or institutional_photo_credit(doc)
             or announcing_org(doc))
    if not found and is_interview(doc, header):
        found = publisher_from_interview_lead(doc)
    if not found and (press_release_signals(doc, header, header.title) or wire_service(doc)):
        found = announcing_org(doc, today_only=False)
        body = printed_body(doc)
        orgs = defined_organisations(body)
        if not found and orgs and orgs[0][1] >= 2 and (len(orgs) == 1 or orgs[0][1] > orgs[1][1]):
            found = orgs[0][0]
        # The lead is prose, not a speaker's attribution ('Dr Anna Beck, School of X, University Y, said:');
        # a release collecting experts' statements names their institutions, not its issuer.
        lead = next((b.text for b in doc.blocks if b.kind == "paragraph" and len(b.text) >= 100
                     and not b.text.rstrip().endswith(":")), "")
        if not (header.title and header.title.casefold().startswith(EXPERT_REACTION_WORDS)):
            found = found or most_named_organisation(body, lead)
    return found or publisher_from_host(host_of(url), text)


def find_distributor(header: Header, url: str | None, publisher: str | None, wire: str | None = None) -> str | None:
    """The platform that distributed it: a press portal, a portal banner, the wire service of the
    dateline (`signals.wire_service`); not the publisher."""
    for candidate in (press_portal(host_of(url)), header.banner, wire):
        if candidate and (not publisher or alnum(candidate) != alnum(publisher)):
            return candidate
    return None
