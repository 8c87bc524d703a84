"""Names as printed: persons (authors), organisation lines (publishers), news agencies."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.extract.metadata.text import strip_markup
from briefing.extract.metadata.vocab import ACADEMIC_TITLES, AGENCIES, NAME_PARTICLES, ORG_WORDS, OUTLET_NAME_WORDS, WEEKDAYS

_TITLES = re.compile(rf"^(?:(?:{ACADEMIC_TITLES})\s*)+")
_NAME_WORD = re.compile(r"^[A-ZÄÖÜÀ-ÝŁŠŽČ][a-zäöüßà-ÿłšžčćńő'’]+(?:-[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿłšžčćńő'’]+)?$")
_INITIAL = re.compile(r"^(?:[A-Z]\.|[A-Z]{2,3})$")
_ARTICLE_PARTICLES = {"der", "den"}


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def known_first_name(word: str) -> bool:
    return _gender_detector().get_gender(word.split("-")[0]) != "unknown"


def strip_titles(name: str) -> str:
    """'Dr.-Ing. Anna Beispiel' → 'Anna Beispiel'."""
    return _TITLES.sub("", name.strip()).strip()


def is_person_name(text: str, strict: bool = False) -> bool:
    """Two to four name words ('Anna Beispiel', 'Karl von der Muster', 'JD Beispiel').

    strict: the first name must be a known given name (header lines, 'Von …').
    """
    words = text.split()
    core = [w for w in words if w not in NAME_PARTICLES]
    if not 2 <= len(core) <= 4 or words[0] in NAME_PARTICLES or words[-1] in NAME_PARTICLES:
        return False
    if words[0] in ("The", "A", "An", "Der", "Die", "Das", "Ein", "Eine"):
        return False  # 'The Circus', 'Die Zeit': a title, an outlet (gender lists hold 'The' as a given name)
    for i, word in enumerate(words):
        if word in _ARTICLE_PARTICLES and words[i - 1] not in NAME_PARTICLES:
            return False  # 'van der', 'von den'; an article alone joins a phrase ('Bücher der Bibliothekare')
        if word in NAME_PARTICLES:
            continue
        if word.casefold() in ORG_WORDS:
            return False
        if not (_NAME_WORD.match(word) or (i < len(words) - 1 and _INITIAL.match(word))):
            return False
    if outlet_short_name(text):
        return False
    return not strict or known_first_name(words[0]) or bool(_INITIAL.match(words[0]))


def outlet_short_name(text: str) -> bool:
    """'TFH Magazine', 'SWR Aktuell': an outlet's initials and a word of its name (a medium's word, or an adjective
    no surname is), no person's ('JD Beispiel')."""
    words = text.split()
    if len(words) < 2 or not re.fullmatch(r"[A-ZÄÖÜ]{2,5}", words[0]):
        return False
    return any(w.casefold() in OUTLET_NAME_WORDS or w.casefold() in _OUTLET_EDITION_WORDS for w in words[1:])


# Words an outlet's programme or edition is named with after its initials ('SWR Aktuell', 'NDR Info').
_OUTLET_EDITION_WORDS = {"aktuell", "info", "online", "news", "plus", "extra", "digital", "live", "today", "heute"}


def clean_person(text: str, strict: bool = False) -> str | None:
    """A name as printed in a byline, without titles, trailing place or role."""
    name = strip_titles(text.strip().strip("()[]*_").strip())
    name = re.split(r"\s*(?:,|\(|\s[–—-]\s)", name, maxsplit=1)[0].strip().rstrip(".")
    return name if is_person_name(name, strict) else None


def _unknown_given_name(name: str) -> bool:
    """'Jölund Roth': a name whose given name no list knows, no role word in it ('Leiterin Presse')."""
    from briefing.extract.people_names import is_role_word, plausible_surname

    words = name.split()
    return not any(is_role_word(w) for w in words) and plausible_surname(words[-1])


# Capitalised words of a header that follow 'Von'/'By' and name no person ('By Staff Writer', 'Von Montag an'), and a
# spa town's prefix of a dateline's place ('Bad Musterbrunn').
NOT_GIVEN_NAME = {w.casefold() for w in """
    Staff Writer Writers Reporter Reporters Editor Editors Redaktion Team Desk Newsroom Agentur Agency Press Presse
    News Online Digital Admin Administrator Guest Gast Autor Author Correspondent Korrespondent Contributor Editorial
    Januar Februar März April Mai Juni Juli August September Oktober November Dezember January February March June July
    October December Heute Today Anfang Ende Beginn Start Home Hause Haus Seite Page Links Rechts Bad""".split()} | set(WEEKDAYS)


def placed_person_name(name: str) -> bool:
    """A name whose place already says it is a person's (after 'Von'/'By', a speaker's label, an editor's field,
    the host of 'X speaks with Y'): a known given name, or, one the name list does not know ('Ifeoma Aksoy'), two to
    four name words, none a role, an organisation's, a date's or a sentence's word, the last a plausible surname."""
    if is_person_name(name, strict=True):
        return True
    from briefing.extract.people_lexicon import NOT_FIRST, NOT_NAME
    from briefing.extract.people_names import is_role_word, plausible_surname

    words = name.split()
    return is_person_name(name) and words[0].casefold() not in NOT_FIRST and plausible_surname(words[-1]) \
        and not any(is_role_word(w) or w.casefold() in NOT_NAME or w.casefold() in NOT_GIVEN_NAME for w in words)


def unlabelled_person_name(name: str) -> bool:
    """A name alone on a line, no label calling it one ('Anna Beck' under a headline, a name in an imprint's field
    among an agency's and an office's): a `placed_person_name` whose given name the name list knows or the tagger
    takes for a proper noun ('Ifeoma Beck', not 'Stabsstelle Recht')."""
    from briefing.extract.people_names import tag_of

    return placed_person_name(name) and (is_person_name(name, strict=True) or tag_of(name, name.split()[0]) == "NE")


def split_placed_authors(text: str) -> list[str]:
    """`split_authors` of a byline's names (`placed_person_name`): strictly, else each part a placed name."""
    if names := split_authors(text, strict=True):
        return names
    names = split_authors(text)
    return names if names and all(placed_person_name(n) for n in names) else []


def split_authors(text: str, strict: bool = False) -> list[str]:
    """'Anna Beck und Dr. Tim Roth' → ['Anna Beck', 'Tim Roth']; [] when one part is not a name."""
    # 'Anna B Beispiel': a middle initial printed without its full stop
    text = re.sub(r"(?<=[a-zäöüß]\s)([A-Z])(?=\s+[A-ZÄÖÜ][a-zäöüß])", r"\1.", text)
    parts = [p for p in re.split(r"\s*(?:;|,|\bund\b|\band\b|&|/)\s*", text.strip().rstrip(".")) if p.strip()]
    names = [clean_person(part, strict) for part in parts]
    if strict and len(parts) >= 3 and None in names and sum(n is not None for n in names) >= max(2, len(parts) // 2 + 1) \
            and all((loose := clean_person(part)) and _unknown_given_name(loose) for part, n in zip(parts, names) if n is None):
        # 'Anna Beck, Jölund Roth, Tim Muster': a list of names, most given names known, one not
        names = [clean_person(part) for part in parts]
    if not names or any(n is None for n in names):
        if (head := _names_before_trailing_place(text, strict)):
            return head  # 'Anna Beck und Tim Roth, Berlin': the names before a place or a newsroom
        # 'Anna Beck, Berlin': a trailing place is no author.
        first = clean_person(text, strict)
        return [first] if first else []
    return names  # type: ignore[return-value]


def _names_before_trailing_place(text: str, strict: bool) -> list[str]:
    """'Anna Beck und Tim Roth, Beispielstadt' / '…, ABC': two names or more joined by 'und'/'and', then after the
    last comma a place or a newsroom of four words at most; the names, without it."""
    head, sep, tail = text.strip().rstrip(".").rpartition(",")
    if not sep or not tail.strip()[:1].isupper() or len(tail.split()) > 4 or not re.search(r"\b(?:und|and)\b|&", head):
        return []
    parts = [p for p in re.split(r"\s*(?:;|,|\bund\b|\band\b|&|/)\s*", head) if p.strip()]
    names = [clean_person(part, strict) for part in parts]
    if len(names) < 2 or any(n is None for n in names) or clean_person(tail.strip(), strict):
        return []
    return names  # type: ignore[return-value]


def is_org_line(text: str) -> bool:
    """'Technische Universität Beispielstadt', 'Max-Planck-Institut für Beispielforschung'."""
    text = strip_markup(text)
    if len(text) > 100 or text.endswith((".", ":", "?", "!")) or not text[:1].isupper():
        return False
    words = text.split()
    if len(words) > 10:
        return False
    small = {"für", "der", "die", "des", "den", "dem", "und", "of", "for", "the", "and", "de", "am", "an", "zu", "in", "&",
             "du", "la", "et", "bin", "al", "von", "van", "e.v.", "mbh", "gmbh", "ag", "kg", "ggmbh", "inc.", "ltd."}
    # a compound's second part after 'und' keeps its hyphen ('für Materialforschung und -prüfung')
    if any(w[:1].islower() and w.casefold() not in small for w in words if not re.match(r"-[a-zäöüß]", w)):
        return False
    return any(org_word(w) for w in words)


_ORG_ENDINGS = tuple(ORG_WORDS - {"ag", "kg", "ev", "rat", "amt"})


def org_word(word: str) -> bool:
    """'Universität', 'Max-Planck-Institut', 'Uniklinikum', 'GmbH': a word that names an organisation."""
    tokens = {t.casefold() for t in [word, *word.split("-")]}
    key = word.casefold()
    # an office: 'Landratsamt', 'Gesundheitsamt', 'Bundesamt' (not 'insgesamt')
    office = len(word) > 8 and key.endswith("amt") and not key.endswith("gesamt")
    return bool(tokens & ORG_WORDS) or (len(word) > 8 and key.endswith(_ORG_ENDINGS)) or office


def nominative(word: str) -> str:
    """'Instituts' → 'Institut', 'Uniklinikums' → 'Uniklinikum' (a genitive -s of an organisation word)."""
    if word.endswith("s") and not org_word(word) and org_word(word[:-1]):
        return word[:-1]
    return word


_GENITIVE = {"des", "der", "vom", "am", "im", "beim", "zum", "zur"}
_INNER_PARTICLES = {"bin", "al", "von", "van", "de", "du", "la"}
_ARTICLES = {"die", "der", "das", "the", "den", "dem", "des"}


def org_name(words: list[str]) -> str | None:
    """The organisation in a run of capitalised words, in the nominative: 'Zahlreiche Wissenschaftler
    des Beispiel-Instituts für Meeresforschung' → 'Beispiel-Institut für Meeresforschung'.

    The run is cut at a genitive article when the part before it names no organisation; the name
    starts at its first organisation word and the capitalised words right before it ('Technische').
    """
    for i in range(len(words) - 1, 0, -1):
        if words[i].casefold() in _GENITIVE and not any(org_word(nominative(w)) for w in words[:i]):
            words = words[i + 1:]
            break
    cut = next((i for i, w in enumerate(words) if w.casefold() in _GENITIVE), len(words))
    words = [nominative(w) for w in words[:cut]] + words[cut:]
    first = next((i for i, w in enumerate(words) if org_word(w)), None)
    if first is None:
        return None
    start = first
    while start > 0:
        prev = words[start - 1]
        if prev[:1].isupper() and prev.casefold() not in _ARTICLES and prev.casefold() not in _GENITIVE:
            start -= 1
        elif prev in _INNER_PARTICLES and start > 1 and words[start - 2][:1].isupper():
            start -= 1
        else:
            break
    name = " ".join(words[start:]).strip(" ,.;:")
    return name if is_org_line(name) else None


def agency_name(text: str) -> str | None:
    """'dpa/lrs' → 'dpa', 'Thomson Reuters' → 'Reuters' (a news agency's credit), else None."""
    for part in re.split(r"\s*[/,;+]\s*", text.strip().strip("()[]").strip()):
        if name := AGENCIES.get(re.sub(r"\s+", " ", part).casefold()):
            return name
    return None
