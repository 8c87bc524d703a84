"""Byline lines: 'Ausgabe 1/2025 | Autor: Dr.-Ing. Anna Beispiel', 'Von …', 'X sprach mit Y'.

A byline gives authors, a date or edition, an outlet (publisher), the kind, and whether
the text is an interview. `header.read_header` reads them around the title and at the end.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.dates import find_date, parse_date_line, parse_edition
from briefing.extract.metadata.header_lines import kind_with_number, kind_word
from briefing.extract.metadata.names import (NOT_GIVEN_NAME, agency_name, is_org_line, is_person_name, placed_person_name,
                                             split_authors, split_placed_authors)
from briefing.extract.metadata.vocab import ORG_WORDS
from briefing.extract.metadata.records import Byline
from briefing.extract.metadata.text import strip_markup, times_printed

AUTHOR_LABEL = re.compile(
    r"^(?:autor(?:in|en|innen|\*innen|:innen)?|author(?:s)?|text\s*(?:und|&|\+|/)\s*(?:bild|bilder|fotos?|photos?)|"
    r"text|words|verfasst von|geschrieben von|written by|prepared by|compiled by|"
    r"redaktion|reporter|(?:ein|das)\s+(?:interview|gespräch)\s+(?:von|mit\s+\S+\s+von)|interview\s+by)"
    r"\s*:?\s+(?P<names>.+)$", re.I)
# A reading time or a photo credit beside the byline: read past, no part of it.
_BESIDE_BYLINE = re.compile(r"^(?:(?:lesezeit|lesedauer|reading time)\s*:?\s*)?(?:(?:ca\.|etwa|about|approx\.)\s*)?"
                            r"\d{1,3}(?:[.,]\d)?\s*(?:min\.?|minuten|minutes?|mins?)"
                            r"(?:\s+(?:lesezeit|read|lesedauer))?\.?$|^(?:fotos?|bilder?|photos?|illustrations?)\s*:\s*\S.{0,60}$",
                            re.I)
_VON = re.compile(r"^(?:(?:article|story|report|text|words|posted|bericht|(?:a\s+)?guest\s+post|(?:ein\s+)?gastbeitrag|"
                  r"ein\s+(?:bericht|beitrag|artikel|text|kommentar))\s+)?(?:von|by)\s*:?\s+"
                  # 'Von unserem Redaktionsmitglied Anna Beck', 'By our correspondent Tim Roth': the paper's own writer
                  r"(?:(?:unsere[mnr]?|our)\s+(?:[\w-]+\s+)?(?:redaktionsmitglied|redakteur(?:in)?|mitarbeiter(?:in)?|"
                  r"korrespondent(?:in|en)?|reporter(?:in)?|volontär(?:in)?|autor(?:in)?|correspondent|staff\s+writer)\s+)?"
                  r"(?P<names>.+)$", re.I)
# 'Anna Beispiel, Senior Editor, Example Daily April 2024': a name, the author's job, the outlet and issue.
_NAME_ROLE_OUTLET = re.compile(
    r"^(?P<name>[^,]{4,40}),\s*(?P<role>(?:[\w-]+\s+){0,2}(?:editor|reporter|correspondent|writer|columnist|"
    r"contributor|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?)\b[^,]{0,30})"
    r"(?:,\s*(?P<outlet>[^,]{3,60}))?$", re.I)
_SPRACH_MIT = re.compile(r"^(?P<a>.+?)\s+(?:sprach|sprachen|spricht|sprechen)\s+mit\s+(?P<b>.+?)\.?$")
_MIT_SPRACH = re.compile(r"^(?i:mit)\s+(?P<b>.+?)\s+(?:sprach|sprachen)\s+(?P<a>.+?)\.?$")
_SPOKE_WITH = re.compile(r"^(?P<a>.+?)\s+(?:spoke|talked|speaks|talks)\s+(?:with|to)\s+(?P<b>.+?)\.?$")
# 'Anna Beispiel im Gespräch mit Tim Muster': the guest first, the interviewer after "mit"
_IN_CONVERSATION = re.compile(r"^(?P<b>.+?)\s+(?:im\s+(?:gespräch|interview)\s+mit|in\s+conversation\s+with)\s+(?P<a>.+?)\.?$",
                              re.I)
_INTERVIEW_BY = re.compile(
    r"^(?:das\s+(?:interview|gespräch)\s+führten?|die\s+fragen\s+stellten?|interview(?:\s+(?:by|von))?|"
    r"interviewed\s+by|fragen|(?:das\s+)?(?:interview\s+|gespräch\s+)?geführt\s+von)\s*:?\s+(?P<a>.+?)\.?$", re.I)

_KIND_DATE = re.compile(r"^(?P<kind>[^\d,:]{4,40}?)\s*[,:]?\s+(?P<date>(?:\d|[A-Z][a-z]{2,8}\.?\s+\d).{5,40})$")
_UPDATED = re.compile(r"^(?:Updated|Aktualisiert|Zuletzt aktualisiert|Last updated)\s*(?:am|on|:)?\s*(?P<date>.+)$", re.I)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?$", re.I)
_SOURCE_LABEL = re.compile(r"^(?:quelle|source|credit)\s*:\s*(?P<src>.+)$", re.I)
# 'Tim Muster, Example Daily Staff', 'Anna Beck, Musterville Tribune staff writer': the reporter and the outlet.
_STAFF = re.compile(r"^(?P<names>.+?),\s*(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
                    r"(?:[Ss]taff(?:\s+[Ww]riter|\s+[Rr]eporter)?|[Cc]orrespondent|[Rr]eporter|Redaktion)$")
# 'By Example Daily Staff', 'Von der Musterblatt-Redaktion': the outlet's staff, no one named.
OUTLET_STAFF = re.compile(r"^(?:the\s+|der\s+)?(?P<outlet>[A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*){0,4})\s+"
                           r"(?:[Ss]taff|[Ee]ditors|[Nn]ewsroom)$|^(?:der\s+)?(?P<outlet_de>[A-ZÄÖÜ][\w&.'’-]*)-?[Rr]edaktion$")
# 'Anna Beck, dpa': a reporter's name and a news agency's credit after a comma, the byline of agency copy (a name
# with the agency in brackets, 'Tim Roth (AFP)', is a photo's credit as often).
_NAME_AGENCY = re.compile(r"^(?P<name>[^,()]{4,40}?),\s*(?P<agency>[^,()]{2,25})$")
_CAPS_BYLINE = re.compile(r"^(?P<name>(?:[A-ZÄÖÜ][A-ZÄÖÜ'’-]+\s+){1,2}[A-ZÄÖÜ][A-ZÄÖÜ'’-]+)(?:,?\s+(?P<outlet>\S.*))?$")
_OUTLET = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|für|der|de))*(?:\s+[A-Z][\w&.'’-]*)?$")


# 'Autor: Beispiel', 'Author: Example': the author label names the writer, even by the surname alone.
_AUTHOR_SURNAME = re.compile(r"^(?i:autor(?:in)?|author)\s*:\s*(?P<name>[A-ZÄÖÜ][a-zäöüß'’-]{2,})\.?$")


def _surname_after_author_label(part: str) -> list[str]:
    """['Beispiel'] for 'Autor: Beispiel'; a role, a date's or a site's word after the label is none ('Autor: Redaktion')."""
    from briefing.extract.people_names import plausible_surname

    match = _AUTHOR_SURNAME.match(part.strip())
    if not match or (name := match.group("name")).casefold() in NOT_GIVEN_NAME or name.casefold() in ORG_WORDS:
        return []
    return [name] if plausible_surname(name) and not is_org_line(name) else []


def beside_byline(text: str) -> bool:
    """'Lesezeit 3 Min.', 'Fotos: Tim Roth': a line that stands beside a byline and says nothing of the text."""
    return bool(_BESIDE_BYLINE.match(strip_markup(text)))


# 'Drei Trainer sprechen mit MZ-Redakteur Anna Beck über …': the partner named by a journalist's role conducts the
# interview, whatever the order of the sentence.
_JOURNALIST_PARTNER = re.compile(r"^(?:(?:unsere[mnr]?|our)\s+)?(?:[\w-]+-)?(?:redakteur(?:in)?|reporter(?:in)?|"
                                 r"mitarbeiter(?:in)?|korrespondent(?:in)?|redaktionsmitglied|volontär(?:in)?|editor|"
                                 r"correspondent|staff\s+writer)\s+(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})"
                                 r"(?=\s+(?:über|about|on|zu|zum|zur)\b|\s*[.,]?$)", re.I)


# 'Interview: Anna Beck' alone is a German paper's credit of its interviewer; a name with its role or credentials
# after a comma is the person interviewed ('Interview: Anna Beck, Harbour Master').
_BARE_INTERVIEW_LABEL = re.compile(r"^interview\s*:", re.I)


def parse_interview_credit(text: str) -> list[str] | None:
    """'Anna Beispiel sprach mit Tim Muster' → ['Anna Beispiel'] (the interviewer)."""
    text = strip_markup(text).strip("()")
    for pattern in (_SPRACH_MIT, _MIT_SPRACH, _SPOKE_WITH, _IN_CONVERSATION, _INTERVIEW_BY):
        match = pattern.match(text)
        if match and len(text) <= 160 and "b" in match.groupdict() \
                and (journalist := _JOURNALIST_PARTNER.match(match.group("b"))) \
                and (names := split_placed_authors(journalist.group("name"))):
            return names  # (the journalist's role says the words are a name)
        if match and pattern is _INTERVIEW_BY and _BARE_INTERVIEW_LABEL.match(text) and "," in match.group("a"):
            continue  # 'Interview: Anna Beck, Harbour Master': the person interviewed, with a role; a credit names only
        if match and len(text) <= 160:
            names = split_authors(match.group("a"))
            if names:
                return names
    return None


# 'speaks with', 'spricht mit': a host's conversation with a guest (also `kind.announced_conversation`)
SPEAKS_WITH = r"(?:speaks|talks|chats|spricht|plaudert)\s+(?:with|to|mit)"
_CONVERSATION_LEAD = re.compile(rf"^(?P<a>(?:[A-ZÄÖÜ][\w'’.-]+\s+){{1,3}}?){SPEAKS_WITH}\s+[A-ZÄÖÜ]")


def conversation_lead(text: str) -> list[str] | None:
    """'Anna Beck speaks with Tim Roth of the Beispiel Institute. …': a show's lead opening with its host,
    who conducts the interview → ['Anna Beck']."""
    match = _CONVERSATION_LEAD.match(strip_markup(text))
    if match and (names := split_placed_authors(match.group("a").strip())):
        return names
    return None


def _printed_again(names: list[str], text: str) -> bool:
    """Each name is printed at least twice in the text (the byline and a closing credit)."""
    return bool(names) and all(times_printed(n, text, in_compounds=True) >= 2 for n in names)


def _full_names(surnames: str, document: str) -> list[str]:
    """'Beispiel/Muster' → ['Anna Beispiel', 'Tim Muster'] when the document prints
    each surname once with a first name; [] unless every part resolves."""
    names = []
    for part in re.split(r"\s*(?:,|/|&|\bund\b|\band\b)\s*", surnames.strip().rstrip(".")):
        if not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", part):
            return []
        printed = {m.group(0) for m in re.finditer(rf"\b[A-ZÄÖÜ][\w'’-]+\s+{re.escape(part)}(?![\w-])", document)}
        # a known given name first; else a name-shaped one ('Ifeoma Beispiel'): the byline says the surname is a person's
        found = {n for n in printed if is_person_name(n, strict=True)} or {n for n in printed if placed_person_name(n)}
        if len(found) != 1:
            return []
        names.append(found.pop())
    return names


# 'By Anna Beck, published in the Example Times March 30, 2014': the byline, the outlet that printed it, its date.
_PUBLISHED_IN = re.compile(r"^(?P<byline>(?:von|by)\s+[^,|\d]{3,60}?),\s+(?:first\s+|zuerst\s+)?(?:published|erschienen|"
                           r"veröffentlicht)\s+(?:in|im)\s+(?:the\s+|der\s+|dem\s+)?(?P<outlet>[A-ZÄÖÜ][^,|\d]{2,60}?),?\s+"
                           r"(?=(?:on\s+|am\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d))", re.I)


# A page's author line run into its date: 'Anna Beispiel13.04.2013'.
_NAME_GLUED_DATE = re.compile(r"^(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’.-]*[a-zäöüß])+)"
                              r"(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)$")


def _unknown_given_name(name: str) -> bool:
    """A person's name whose given name the name list does not know ('Ifeoma Aksoy'), not a header's words."""
    words = name.split()
    return is_person_name(name) and not any(w.casefold() in NOT_GIVEN_NAME for w in words) \
        and not any(w.casefold() in ORG_WORDS for w in words)


def parse_byline(text: str, document: str = "") -> Byline | None:
    """'Ausgabe 1/2025 | Autor: Dr.-Ing. Anna Beispiel' → edition, date, authors.

    Every part of the line must be read, or it is no byline. 'By Kalani Beispiel' with a given name
    the name list does not know is a byline when the document prints the name again
    ('(Kalani Beispiel reporting in Beispielstadt …)').
    """
    text = re.sub(r"^[-–—•|]\s+", "", strip_markup(text))  # '- Von Anna Beispiel', '| By Example Daily Staff'
    if len(text) > 200:
        return None
    # 'by Anna Beck on March 18, 2016', 'Von Anna Beck am 18.03.2016': a blog's byline with its date
    text = re.sub(r"^((?:von|by)\s+[^,|\d]{3,60}?)\s+(?:on|am)\s+(?=\S*\d|[A-Z][a-z]+\.?\s+\d)", r"\1 | ",
                  text, flags=re.I)
    # 'By Anna Beck, published in the Example Times March 30, 2014': the byline, the outlet, the date
    result = Byline()
    if published := _PUBLISHED_IN.match(text):
        result.publisher = published.group("outlet")
        text = f"{published.group('byline')} | {text[published.end():]}"
    section = None  # a section word before the byline ('Stimmen | von …')
    # 'Posted on March 12, 2021 by Anna Beck': a date and a byline in one part
    # 'Von Anna Beispiel-Muster, 10.03.2013.': the byline's date after a comma
    # 'Von Anna Beck 19.06.2015, 18:05': the date (and its time) right after the name
    text = re.sub(r"^((?:von|by)\s+[^,|\d]{3,60}?),?\s+(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)"
                  r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\.?$", r"\1 | \2", text, flags=re.I)
    if (glued := _NAME_GLUED_DATE.match(text)) and is_person_name(glued.group("name"), strict=True):
        text = f"von {glued.group('name')} | {glued.group('date')}"  # 'Anna Beispiel13.04.2013': name and date run together
    parts = re.split(r"\s+[|•·]\s+|\s+[-–—]\s+|(?<=(?:19|20)\d\d)\s+(?=(?:by|von)\s+[A-ZÄÖÜ])|\s{3,}|"
                     r"(?<=\d|M)\s+(?=(?:Updated|Aktualisiert|Zuletzt aktualisiert|Last updated)\b)"
                     r"|(?<!und)(?<![&+/])\s+(?=(?:Fotos?|Bilder?|Photos?)\s*:)", text)
    for index, part in enumerate(parts):
        part = part.strip().strip("()|").strip()
        if not part:
            continue
        if _TIME_ONLY.match(part) and (result.date or result.edition):
            continue  # 'Montag, 03.05.2021 | 17:19': the time of the date
        if (update := _UPDATED.match(part)) and index > 0 and (result.date or parse_date_line(update.group("date"))):
            result.date = result.date or parse_date_line(update.group("date"))
            continue  # 'Posted 2/25/2003 5:34 PM Updated 2/26/2003 12:20 AM': the first date is the text's
        if _BESIDE_BYLINE.match(part) and index > 0:
            continue  # 'Text: Anna Beck   Fotos: Tim Roth', '… | Lesezeit 3 Min.'

        if edition := parse_edition(part):
            result.edition, result.date = edition
            if (found := find_date(part)) and len(found[0]) == 10:
                result.date = found[0]  # 'Nr. 45/2019 vom 12. März 2019': the day
        elif (m := _KIND_DATE.match(part)) and (kind := kind_word(m.group("kind"))) \
                and (iso := parse_date_line(m.group("date"))):
            result.kind, result.date = kind, iso  # 'Presseinformation, 07.11.2019'
        elif iso := parse_date_line(part):
            result.date = iso
        elif kind := kind_word(part) or kind_with_number(part):
            result.kind = kind
        elif (m := _SOURCE_LABEL.match(part)) and (agency := agency_name(m.group("src"))):
            result.publisher = agency
        elif result.authors and not result.publisher and _OUTLET.match(part) and len(part.split()) <= 4 \
                and (part.split()[0].isupper() or not is_person_name(part, strict=True)):
            result.publisher = part  # 'By Anna Beck – City News': the outlet after the byline
        elif (credit := _NAME_AGENCY.match(part)) and (agency := agency_name(credit.group("agency"))) \
                and (names := split_authors(credit.group("name"), strict=True)):
            result.authors += names  # 'Anna Beck, dpa': the reporter and the agency she writes for
            result.publisher = result.publisher or agency
        elif (names := parse_interview_credit(part)) is not None:
            result.authors += names
            result.interview = True
        elif m := AUTHOR_LABEL.match(part):
            names = split_authors(m.group("names")) or _surname_after_author_label(part)
            if not names:
                return None
            result.authors += names
        elif (m := _VON.match(part)) and (caps := _CAPS_BYLINE.match(m.group("names"))) \
                and is_person_name(name := caps.group("name").title()):
            result.authors.append(name)  # 'By ANNA BECK Associated Press': the name in capitals, then the outlet
            if outlet := caps.group("outlet"):
                result.publisher = agency_name(outlet) or (outlet if _OUTLET.match(outlet) else None)
        elif (m := _VON.match(part)) and (staff := OUTLET_STAFF.match(m.group("names"))) \
                and not is_person_name(staff.group("outlet") or staff.group("outlet_de"), strict=True):
            result.publisher, result.staff = (staff.group("outlet") or staff.group("outlet_de")).rstrip("-"), True  # 'By X Staff'
        elif m := _VON.match(part):
            if staff := _STAFF.match(m.group("names")):
                result.publisher, result.staff = staff.group("outlet"), True
                m = staff
            names = []
            # 'Von Anna Beck / APA-Science': the agency or outlet after a slash
            if (slash := re.match(r"^(?P<names>.+?)\s+/\s+(?P<outlet>[^/]{2,40})$", m.group("names"))) \
                    and (outlet := agency_name(slash.group("outlet")) or (
                        slash.group("outlet") if _OUTLET.match(slash.group("outlet"))
                        and not is_person_name(slash.group("outlet"), strict=True) else None)) \
                    and (names := split_placed_authors(slash.group("names"))):
                result.publisher = outlet
            if not names and (job := _NAME_ROLE_OUTLET.match(m.group("names"))) and job.group("outlet") \
                    and (names := split_authors(job.group("name"), strict=True)):
                outlet = job.group("outlet").strip()
                if (dated := re.match(r"^(?P<outlet>.+?)\s+(?P<date>(?:\d{1,2}\.\s*)?[A-ZÄÖÜ][a-zäöü]+\.?\s+\d{4})$", outlet)) \
                        and (iso := parse_date_line(dated.group("date"))):
                    outlet, result.date = dated.group("outlet"), result.date or iso
                result.publisher = outlet if _OUTLET.match(outlet) else None
            names = names or split_authors(m.group("names"), strict=True)
            if not names and document and _printed_again(loose := split_authors(m.group("names")), document):
                names = loose
            if not names and len(parts) <= 3 and (loose := split_authors(m.group("names"))) \
                    and all(_unknown_given_name(n) for n in loose):
                names = loose  # 'Von Ifeoma Aksoy' alone on its line: a given name the list does not know
            if not names and document:
                names = _full_names(m.group("names"), document)
            if not names:
                return None
            result.authors += names
        elif index == 0 and len(part.split()) <= 2 and part[:1].isupper() and not re.search(r"[\d.:!?]", part):
            section = part
        else:
            return None
    if section and not result.authors:
        return None
    if result.kind and not (result.date or result.authors):
        return None  # a kind word alone is read by kind_word
    return result if (result.authors or result.date or result.edition or result.publisher) else None
