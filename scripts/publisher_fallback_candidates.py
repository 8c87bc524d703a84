"""Candidates of the publisher-fallback experiment (scripts/publisher_fallback.py): when no rule of `publisher.py`
names the issuer, the organisation names the text prints where issuers are printed, ranked by a small learned model,
or none. Not in the converter: measured once on the sealed sets it moved nothing (the script's docstring).

The rules read one phrasing each ('Herausgeber: X', 'Berlin (dpa) -'); on texts they had never seen most of their
errors were a publisher left out where the text did print it, in a place no rule knew the wording of. This step
does not read phrasings: it collects every name-like string in a few kinds of place (a line of its own, a
question's label, a dateline's parentheses, a credit, a label, a sign-off, a phrase addressing an outlet, a name the
page's address or an e-mail's domain spells) and describes each by general features: which places, where in the
text, how often, its form. A logistic regression over these features gives each candidate a probability; the best
is taken only when it reaches the model's threshold, since most texts the rules leave without a publisher name no
issuer at all (the gold conventions: null where the text does not say who issues it).

Only standard Python, the converter's vocabularies and its first-name list (gender_guesser). The step reads the
document's raw text and its address (`doc.meta.url`), nothing else the converter decided, so its answers do not
depend on the version of the other steps (the script measures it with older converters).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

from briefing.extract.metadata.vocab import (
    AGENCIES, NEWSROOM_WORDS, ORG_WORDS, OUTLET_NAME_WORDS, PLAYER_WORDS, PRESS_PORTALS, TURN_LABEL_WORDS,
    WIRE_SERVICES,
)


# Lines longer than this are prose, not a name printed on a line of its own.
_NAME_LINE_MAX = 80
_NAME_WORDS_MAX = 8
_HEAD, _TAIL = 5, 5  # 'first lines', 'last lines' of a text

# Small words inside a name ('Verband der X', 'Institute of Y', 'Obst vom Z').
_CONNECTORS = {"of", "for", "and", "&", "the", "de", "du", "la", "der", "des", "die", "das", "für", "und", "am", "im",
               "vom", "zum", "zur", "an", "in", "auf", "von"}
_ARTICLES = {"the", "der", "die", "das", "den", "dem", "des"}
# A token of a name: capitalised ('Verband', 'McCauley', 'e.V.' after one), a number inside ('3M'), a printed domain.
_TOKEN = r"(?:[A-ZÄÖÜ0-9][\w&.'’/+-]*|[a-zäöü][\w-]*\.(?:de|com|org|net|at|ch|info|eu|uk|us|fr|it|nl|io|tv|fm))"
# (the small words sorted and closed by a word's end: a set's order changes from run to run, and 'an' must not stop
# a name at the start of 'and')
_SMALL_WORD = "(?:" + "|".join(re.escape(c) for c in sorted(_CONNECTORS, key=lambda c: (-len(c), c))) + r")(?![\w-])"
_RUN = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{_TOKEN}|{_SMALL_WORD}|e\.\s?V\.))*")
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,7}")
_LEGAL = re.compile(r"^(?:e\.\s?V\.?|gGmbH|GmbH|AG|KG|eG|Inc\.?|Ltd\.?|LLC|plc|Corp\.?|Co\.)$")
_SENTENCE_END = re.compile(r"(?<![A-ZÄÖÜ])(?<!\b[A-Za-z])(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bCo)[.!?]\s*$")
_BULLETS = " \t•■▪●◦·*|>-–—:;,"

# Phrases that address an outlet: 'told X', 'gegenüber der X', 'auf Anfrage von X', '(X berichtete)'.
_CUE_BEFORE = re.compile(
    r"\b(?:told|mentioned\s+to|said\s+to|spoke\s+(?:to|with)|talked\s+(?:to|with)|explained\s+to|"
    r"gegenüber|auf\s+Anfrage(?:\s+(?:von|bei))?|im\s+(?:Gespräch|Interview)\s+mit|"
    r"in\s+an?\s+interview\s+with|an\s+interview\s+with|exclusively\s+to)"
    r"\s+(?:(?:der|dem|den|des|the)\s+)?(?P<name>" + _RUN.pattern + ")")
_CUE_AFTER = re.compile(r"(?P<name>" + _RUN.pattern + r")\s+(?:berichtete|berichtet|fragte\s+nach|hat\s+nachgefragt|"
                        r"reported|asked)\b")
# 'PHILADELPHIA (WPVI) --', 'Musterstadt (epd) -': a tag in parentheses after the dateline's place.
_DATELINE_TAG = re.compile(r"^[A-ZÄÖÜ][\w./ ,-]{1,40}?\s*\((?P<name>[^()]{2,30})\)\s*(?:[-–—:]|\d|$)")
# 'Full Name (ABBR)': an organisation defining its short name.
_DEFINED = re.compile(r"(?P<full>" + _RUN.pattern + r")\s+\((?P<abbr>[A-ZÄÖÜ][\w&-]{1,11})\)")
# Labels that credit who issues or supplies a text.
_SOURCE_LABEL = re.compile(r"^\s*(?:Quelle(?:\s+und\s+Volltext)?|Source|Erschienen(?:\s+in)?|Published\s+in|"
                           r"Originally\s+published\s+(?:in|by)|Text|Bericht)\s*:\s*(?P<name>.{2,80})$", re.I)
_IMPRINT_LABEL = re.compile(r"\b(?:Herausgeber(?:in)?|Hrsg\.|Published\s+by|Publisher|Verlag|Issued\s+by|"
                            r"Medieninhaber)\s*:?\s+(?P<name>" + _RUN.pattern + ")")
# (case-insensitive only the label: a name's capitals are what tells it from the words after it)
_COPYRIGHT = re.compile(r"(?:©|\((?i:c)\)|\b(?i:copyright)\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:(?i:by)\s+)?"
                        r"(?P<name>" + _RUN.pattern + ")")
_PHOTO_CREDIT = re.compile(r"\b(?:Foto|Fotos|Bild|Photo|Image|Credit)\s*:\s*(?P<name>" + _RUN.pattern + ")")
_BYLINE = re.compile(r"^\s*(?i:by|von|text\s+von)\s+(?P<name>" + _RUN.pattern + ")")
# 'Organ des Verbandes X', 'The Newsletter of the X', 'Zeitschrift der X'.
_ORGAN = re.compile(r"\b(?:Organ|Zeitschrift|Mitgliederzeitschrift|Verbandszeitschrift|Magazin|Mitteilungsblatt|"
                    r"Newsletter|Magazine|Journal|Bulletin|Publication|Mitteilungen|Informationsdienst)\s+"
                    r"(?:des|der|of\s+the|of|from\s+the|from)\s+(?P<name>" + _RUN.pattern + ")")
_ABOUT = re.compile(r"^\s*(?:About|Über)\s+(?:(?:the|den|die|das)\s+)?(?P<name>" + _RUN.pattern + r")\s*:?\s*$")
_RELEASE_WORDS = (r"(?:Pressemitteilung|Presseinformation|Pressemeldung|Medienmitteilung|Medieninformation|"
                  r"Pressedienst|Press\s+Release|News\s+Release|Media\s+Release|Media\s+Advisory|Statement|Mitteilung)")
_RELEASE_OF = re.compile(_RELEASE_WORDS + r"\s*(?:der|des|von|vom|of|from|by|[|:I–—-])\s*(?:(?:der|des|the)\s+)?"
                         r"(?P<name>" + _RUN.pattern + ")")
_RELEASE_BY = re.compile(r"(?P<name>" + _RUN.pattern + r")\s*[|:–—-]?\s*" + _RELEASE_WORDS + r"\b")
# A line's parts: 'Title - Outlet', '13 Dez | Pressemitteilung | X e.V.', 'Tarifvertrag. … X', 'X, Ausgabe 51'.
_SEGMENT_SPLIT = re.compile(r"\s+[|I•·–—-]\s+|\s*[|•·]\s*|(?<=[a-zäöü]\.)\s+(?=[A-ZÄÖÜ])|\.{3}\s*|,\s+")
_SIGN_OFF = re.compile(r"^(?P<person>[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){1,3})\s*[,|/]\s*"
                       r"(?P<name>" + _RUN.pattern + r")\s*$")
_LABEL = re.compile(r"^\s*(?P<name>[^\s:?!.][^:?!]{0,39}?)\s*:\s*(?P<rest>.*)$")
_POSSESSIVE = re.compile(r"(?P<name>" + _RUN.pattern + r")['’]s\s")
_TITLE_PREFIX = re.compile(r"^(?P<name>[^:]{2,40}):\s+\S")
_HOST = re.compile(r"(?:https?://|www\.)(?P<host>[\w-]+(?:\.[\w-]+)+)", re.I)
_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")
_DOMAIN_IN_PROSE = re.compile(r"(?<![\w./@-])(?P<name>[\w-]{2,}\.(?:de|com|org|net|at|ch|info|eu|uk|fm|tv))(?![\w/.-]*\w)")

# Each regular expression that reads one line, and the source it names.
_EVERY_MATCH = (("cue_outlet", _CUE_BEFORE), ("cue_outlet", _CUE_AFTER), ("imprint_label", _IMPRINT_LABEL),
                ("copyright", _COPYRIGHT), ("photo_credit", _PHOTO_CREDIT), ("organ", _ORGAN),
                ("release_label", _RELEASE_OF), ("release_label", _RELEASE_BY), ("domain_in_prose", _DOMAIN_IN_PROSE))
_FIRST_MATCH = (("dateline_tag", _DATELINE_TAG), ("source_label", _SOURCE_LABEL), ("byline", _BYLINE),
                ("about", _ABOUT))


# How much of a long text is read: its first and last lines, each up to a length. Issuers are printed at a text's
# ends, and the cost grows with the square of the length (each name is counted over the whole text); the texts the
# model was trained and measured on have at most 94 lines of at most 2,000 characters, so none is cut.
_READ_HEAD, _READ_TAIL, _READ_WIDTH = 200, 50, 3000


def text_lines(raw_text: str) -> list[str]:
    """The text's non-empty lines, as read (the header and the credits included); of a long text its first and last
    lines."""
    lines = [line.strip()[:_READ_WIDTH] for line in raw_text.splitlines() if line.strip()]
    return lines if len(lines) <= _READ_HEAD + _READ_TAIL else lines[:_READ_HEAD] + lines[-_READ_TAIL:]


# A word ending in a full stop that is no sentence's end: an initial, an abbreviation, a legal form.
_ABBREVIATION = re.compile(r"(?:[^\W\d_]\.)+|[A-ZÄÖÜ][a-zäöü]{0,3}\.|(?:Inc|Ltd|Corp|Prof|Mrs|Bros)\.")


def tidy_name(name: str) -> str:
    """A name as found, up to a sentence's end ('Material. Erste Tests' → 'Material'), without bullets, a leading
    article, trailing connectors or punctuation."""
    name = name.strip(_BULLETS + "\"'„“”«»()[]")
    words = name.split()
    end = next((i for i, w in enumerate(words[:-1]) if w.endswith(".") and not _ABBREVIATION.fullmatch(w)), None)
    if end is not None:
        words = words[:end + 1]
    while words and words[0].casefold() in _ARTICLES:
        words.pop(0)
    while words and (words[-1].casefold() in _CONNECTORS or words[-1] in {"-", "–", "&"}):
        words.pop()
    if len(words) > 1 and words[-1] == "I":
        words.pop()  # a capital I set as a separator ('Pressemitteilung I X e.V. I')
    name = " ".join(words).rstrip(",;:")
    if name.endswith(".") and not re.search(r"(?:e\.\s?V|Inc|Ltd|Corp|Co|[A-Z]\.[A-Z])\.$", name):
        name = name[:-1]
    return name


def _words(name: str) -> list[str]:
    return re.findall(r"[\w&]+(?:[.'’-][\w&]+)*", name)


def has_org_word(name: str) -> bool:
    """A word of an organisation, also at the end of a compound ('Landesapothekerkammer', 'Zentralverband')."""
    for word in _words(name.casefold()):
        if word in ORG_WORDS or word.rstrip(".") in ORG_WORDS:
            return True
        if any(len(org) >= 5 and word.endswith(org) for org in ORG_WORDS):
            return True
    return False


def has_outlet_word(name: str) -> bool:
    return any(w in OUTLET_NAME_WORDS or w in NEWSROOM_WORDS for w in _words(name.casefold()))


def name_like(text: str) -> bool:
    """A name rather than a sentence: a few words, most capitalised (connectors apart), no sentence end, not mostly
    numbers, not a turn label ('Frage', 'Interviewer'); or a printed domain ('beispiel.de')."""
    words = text.split()
    if not 1 <= len(words) <= _NAME_WORDS_MAX or not 2 <= len(text) <= _NAME_LINE_MAX:
        return False
    if _printed_domain(text):
        return True
    if _SENTENCE_END.search(text) or re.search(r"[?!\"“”„]", text) or text.casefold() in TURN_LABEL_WORDS:
        return False
    letters = [w for w in words if re.search(r"[^\W\d_]", w)]
    if not letters or sum(any(c.isdigit() for c in w) for w in words) > len(words) / 2:
        return False
    capitalised = [w for w in letters if w[0].isupper() or w.casefold() in _CONNECTORS or "." in w]
    return words[0][0].isupper() and len(capitalised) >= 0.75 * len(letters)


def _printed_domain(text: str) -> bool:
    return bool(re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}", text))


def _generic(name: str) -> bool:
    """One organisation, outlet or legal word alone ('Verband', 'News', 'GmbH') names no one; nor does a media
    player's button ('Play Live Radio', 'Jetzt anhören')."""
    words = _words(name.casefold())
    if words and words[0] in PLAYER_WORDS:
        return True
    return len(words) == 1 and (words[0] in ORG_WORDS or words[0] in OUTLET_NAME_WORDS or words[0] in NEWSROOM_WORDS
                                or bool(_LEGAL.match(name)))


def _distributor(name: str) -> bool:
    """A wire service or a press portal ('GLOBE NEWSWIRE', 'EurekAlert!', 'openpr.de') distributes what others
    issue (`find_distributor` names it); never the publisher."""
    key = re.sub(r"\W|_", "", name.casefold())
    portals = {re.sub(r"\W|_", "", n.casefold()) for n in PRESS_PORTALS.values()}
    return key in WIRE_SERVICES or key in portals or name.casefold() in PRESS_PORTALS \
        or any(key == re.sub(r"\W|_", "", host.split(".")[0]) for host in PRESS_PORTALS)


class _Found:
    """The candidates of one text: name → the places it was found (source, line index)."""

    def __init__(self) -> None:
        self.places: dict[str, list[tuple[str, int]]] = defaultdict(list)

    def add(self, name: str | None, source: str, index: int) -> None:
        """A name found, and its part before a comma or a ' by ' ('X, Ausgabe 51' → 'X' too)."""
        name = tidy_name(name or "")
        head = tidy_name(re.split(r",\s+|\s+by\s+", name)[0])
        for form in dict.fromkeys((name, head)):
            # a label or a phrase addressing an outlet marks a name by its place, whatever its form ('azubi-blog:')
            marked = source in ("question_label", "cue_outlet")
            if len(form) >= 2 and not _generic(form) and not _distributor(form) and (name_like(form) or marked):
                if (source, index) not in self.places[form]:
                    self.places[form].append((source, index))


def _from_line(found: _Found, line: str, index: int, lines: list[str]) -> None:
    """Every source that reads one line."""
    found.add(line, "own_line", index)
    if _SEGMENT_SPLIT.search(line) and len(line) <= 160:
        for part in _SEGMENT_SPLIT.split(line):
            if part.strip() and part.strip() != line:
                found.add(part, "segment", index)
    if m := _LABEL.match(line):
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if "?" in m.group("rest") or (not m.group("rest") and "?" in next_line):
            found.add(m.group("name"), "question_label", index)
        elif not m.group("rest"):
            found.add(m.group("name"), "label_alone", index)
    for source, pattern in _EVERY_MATCH:
        for m in pattern.finditer(line):
            found.add(m.group("name"), source, index)
    for source, pattern in _FIRST_MATCH:
        if m := pattern.search(line):
            found.add(m.group("name"), source, index)
    for m in _DEFINED.finditer(line):
        found.add(m.group("full"), "defined_full", index)
        found.add(m.group("abbr"), "defined_abbr", index)


def _from_ends(found: _Found, lines: list[str]) -> None:
    """In the first lines a heading's prefix ('X: …') and a possessive ('X's Guide to …'); in the last lines a
    sign-off ('Anna Beck, EXV')."""
    for index, line in enumerate(lines[:_HEAD]):
        if (m := _TITLE_PREFIX.match(line)) and "?" not in line:
            found.add(m.group("name"), "title_prefix", index)
        for m in _POSSESSIVE.finditer(line):
            found.add(m.group("name"), "possessive", index)
    for index in range(max(0, len(lines) - _TAIL), len(lines)):
        if m := _SIGN_OFF.match(lines[index]):
            found.add(m.group("name"), "sign_off", index)


def _site_names(domain: str) -> set[str]:
    """'https://news.example-verband.de/x' → {'news', 'exampleverband'}: a host's labels but its suffix."""
    labels = re.sub(r"^\w+://", "", domain).split("/")[0].casefold().removeprefix("www.").split(".")[:-1]
    if len(labels) >= 2 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "or"):
        labels = labels[:-1]
    return {re.sub(r"\W|_", "", label) for label in labels if len(label) >= 2}


def _portal(domain: str) -> bool:
    labels = re.sub(r"^\w+://", "", domain).split("/")[0].casefold().removeprefix("www.").split(".")
    return any(".".join(labels[i:]) in PRESS_PORTALS for i in range(len(labels) - 1))


def _acronym(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w.casefold() not in _CONNECTORS and w[0].isalpha()).casefold()


def _spells(part: str, names: set[str]) -> bool:
    """A name a host spells: its letters ('Beispiel-Verband' ~ 'beispielverband') or its initials."""
    return re.sub(r"\W|_", "", part.casefold()) in names or (len(_words(part)) >= 2 and _acronym(part) in names)


def _from_addresses(found: _Found, lines: list[str], url: str | None) -> None:
    """A name the text prints that the page's address or an e-mail's domain spells ('tagesschau.de' → 'tagesschau',
    'ex-verband.de' → 'Ex-Verband' or, by its initials, 'Example Verband')."""
    text = "\n".join(lines)
    hosts = [m.group("host") for m in _HOST.finditer(text)] + ([url] if url else [])
    emails = [m.group("host") for m in _EMAIL_DOMAIN.finditer(text)]
    for source, domains in (("host_name", hosts), ("email_name", emails)):
        names = {n for domain in domains if not _portal(domain) for n in _site_names(domain)}
        if not names:
            continue
        for index, line in enumerate(lines):
            prose = _HOST.sub(" ", _EMAIL_DOMAIN.sub(" ", line))
            for m in _RUN.finditer(prose):
                words = tidy_name(m.group(0)).split()[:_NAME_WORDS_MAX]
                for i in range(len(words)):
                    for j in range(i + 1, len(words) + 1):
                        if _spells(" ".join(words[i:j]), names):
                            found.add(" ".join(words[i:j]), source, index)


def _org_parts(run: str) -> list[str]:
    """The parts of a capitalised run that may be an organisation's name: the run itself when it holds an
    organisation's word, or ends in an outlet's word without joining nouns by 'und' ('Musterstädter Kurier', not
    'Zeit und Material': in German prose every noun is capitalised), and every acronym in it."""
    words = run.split()
    parts = [w for w in words if _ACRONYM.fullmatch(w)]
    outlet = has_outlet_word(words[-1]) and not {w.casefold() for w in words} & {"und", "and", "&"} if words else False
    if len(words) <= 6 and (has_org_word(run) or outlet):
        parts.append(run)
    return parts


def _from_runs(found: _Found, lines: list[str]) -> None:
    """Names inside the prose: an acronym or a name with an organisation's or outlet's word in the first lines
    ('BILD stellt vor'), or printed three times or more anywhere."""
    text = "\n".join(lines)
    folded = text.casefold()
    for index, line in enumerate(lines):
        for m in _RUN.finditer(line):
            for part in _org_parts(tidy_name(m.group(0))):
                if index < _HEAD:
                    found.add(part, "head_name", index)
                # (the substring count bounds the word count and is quick: a long text has many runs)
                if folded.count(part.casefold()) >= 3 and times_printed(part, text) >= 3:
                    found.add(part, "named_often", index)


def collect_candidates(raw_text: str, url: str | None = None) -> dict[str, list[tuple[str, int]]]:
    """Every candidate of a text with the places it was found: (source, index of its line)."""
    lines = text_lines(raw_text)
    found = _Found()
    for index, line in enumerate(lines):
        _from_line(found, line, index, lines)
    _from_ends(found, lines)
    _from_addresses(found, lines, url)
    _from_runs(found, lines)
    return {name: places for name, places in found.places.items() if places}


def times_printed(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I))


def _person_like(name: str) -> bool:
    """Two or three capitalised words without an organisation's or outlet's word, the first a known first name
    ('Anna Beck'): the form of a person's name, which issues no text."""
    words = name.split()
    if has_org_word(name) or has_outlet_word(name) or not 2 <= len(words) <= 3:
        return False
    if not all(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß'’-]+\.?|[A-Z]\.", w) for w in words):
        return False
    return _known_first_name(words[0])


@lru_cache(maxsize=4096)
def _known_first_name(word: str) -> bool:
    return _first_names().get_gender(word.split("-")[0]) != "unknown"


@lru_cache(maxsize=1)
def _first_names():
    import gender_guesser.detector as gender  # the converter's dependency for names already

    return gender.Detector(case_sensitive=False)


def _short_line(lines: list[str], index: int) -> bool:
    return 0 <= index < len(lines) and len(lines[index]) <= 40


def candidate_features(name: str, places: list[tuple[str, int]], lines: list[str], text: str) -> dict[str, float]:
    """What the model reads of one candidate: where it was found (each source, in the first or the last lines), how
    often the text prints it, its form."""
    n = len(lines)
    features: dict[str, float] = {}
    for source, index in places:
        features[f"src:{source}"] = 1.0
        if index < _HEAD:
            features[f"head:{source}"] = 1.0
        if index >= n - _TAIL and n > _HEAD + _TAIL:
            features[f"tail:{source}"] = 1.0
        if source == "own_line" and not (_short_line(lines, index - 1) or _short_line(lines, index + 1)):
            features["own_line:apart"] = 1.0  # not one item of a menu's run of short lines
    first = min(index for _, index in places)
    features["pos:first_line"] = float(first == 0)
    features["pos:head"] = float(first < _HEAD)
    features["sources"] = math.log1p(len({source for source, _ in places}))
    features["places"] = math.log1p(len(places))
    features["questions_labelled"] = math.log1p(sum(source == "question_label" for source, _ in places))
    printed = times_printed(name, text)
    features["printed"] = math.log1p(printed)
    features["printed_once"] = float(printed <= 1)
    words = _words(name)
    features["form:one_word"] = float(len(words) == 1)
    features["form:long"] = float(len(words) >= 5)
    features["form:acronym"] = float(bool(_ACRONYM.fullmatch(name)))
    features["form:all_caps"] = float(name.isupper() and len(words) >= 2)
    features["form:org_word"] = float(has_org_word(name))
    features["form:outlet_word"] = float(has_outlet_word(name))
    features["form:legal"] = float(any(_LEGAL.match(w) for w in name.split()))
    features["form:domain"] = float(_printed_domain(name))
    features["form:lower"] = float(name[:1].islower())
    features["form:person"] = float(_person_like(name))
    features["form:digit"] = float(any(c.isdigit() for c in name))
    features["form:agency"] = float(name.casefold() in AGENCIES)
    # A place counts for a name of an organisation's or an outlet's form, not for a person's or a heading's: each
    # source also paired with the form (a linear model cannot combine them itself).
    forms = [f for f in ("org_word", "outlet_word", "acronym", "person", "legal") if features[f"form:{f}"]]
    for source in sorted({source for source, _ in places}):
        for form in forms:
            features[f"{source}&{form}"] = 1.0
    return {k: v for k, v in features.items() if v}


def document_candidates(raw_text: str, url: str | None = None) -> list[tuple[str, dict[str, float]]]:
    """(name, features) of every candidate of a text, in the order found; with how each compares to the text's
    other candidates (found in the most places, printed most often) and how many there are."""
    lines = text_lines(raw_text)
    text = "\n".join(lines)
    found = [(name, candidate_features(name, places, lines, text))
             for name, places in collect_candidates(raw_text, url).items()]
    for key in ("sources", "printed"):
        best = max((features.get(key, 0.0) for _, features in found), default=0.0)
        for _, features in found:
            if best and features.get(key, 0.0) == best:
                features[f"most:{key}"] = 1.0
    for _, features in found:
        features["doc:candidates"] = math.log1p(len(found))
    return found


def probability(features: dict[str, float], model: dict) -> float:
    weights = model["weights"]
    # (fsum: the same score whatever order the features were added in)
    score = model["intercept"] + math.fsum(value * weights.get(name, 0.0) for name, value in features.items())
    return 1 / (1 + math.exp(-score))


def rank_candidates(raw_text: str, model: dict, url: str | None = None) -> list[tuple[str, float]]:
    """(name, probability) of every candidate, best first (ties: the first found)."""
    scored = [(name, probability(features, model)) for name, features in document_candidates(raw_text, url)]
    return sorted(scored, key=lambda item: -item[1])


def fallback_publisher(raw_text: str, model: dict, url: str | None = None) -> str | None:
    """The best candidate when the model gives it at least the model's threshold; else None (abstain)."""
    ranked = rank_candidates(raw_text, model, url)
    if ranked and ranked[0][1] >= model["threshold"]:
        return ranked[0][0]
    return None
