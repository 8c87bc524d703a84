"""Front-matter metadata of one source, read as a careful editor reads it.

One small function per field; `extract_metadata` runs them in order and the
editorial overrides (config.sources, `apply_overrides`) win over all of them.

Where each field comes from:

- title: the first heading, or the first headline-like line after the header
  lines of a press release (kind word, organisation, contact, date, URL,
  category lines), after a portal banner ("site.tld - tagline"); an image
  whose alt text repeats the headline twice gives the headline.
- date: stated on a header, byline or "outlet + date" line (ISO, partial
  allowed: "Ausgabe 1/2025" → "2025"); only when nothing is stated, a date in
  the page URL or an image URL path ("/2025/02/") is used, marked inferred.
- authors: bylines ("Autor: …", "Von …", "X sprach mit Y"), the contact name
  in a press-release header, interviewer labels that are person names.
- publisher / distributor: organisation header line, glued outlet name before
  a date, an interviewer label that is a domain, an "Über den …/About …"
  section, the host of the source URL; press-release portals and portal
  banners are distributors.
- url: front matter, header URL line, "Quelle" line, footer address.
- keywords: tag lines (removed by clean) and press-portal category lines.
- kind, language, summary: general signals; the summary is the lead, verbatim.
  kind: Q/A turns (labelled or answered in the first person) → interview, even inside a
  press release; header kind word; press office/contact lines, expert-reaction titles, an
  institution's own photo credit → press_release; agency datelines "(dpa)", "Quelle: dpa",
  reporting verbs → news. language: stopword frequencies (de/en/fr/es/it/nl), no dictionaries.
- site menus, a portal's name, menu lists and a kicker before the headline are skipped
  (and taken out of the body); a scraper's " date 2025-01" prefix and a leading copyright
  notice are read and cut off the first block.

The blocks read as metadata (title, header and byline lines) are removed from
`doc.blocks`, so the body does not repeat them. Unknown stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import datetime, timezone
from functools import lru_cache
from urllib.parse import urlsplit

from briefing.extract.metadata_vocab import (
    ACADEMIC_TITLES,
    AGENCIES,
    CONTACT_LABELS,
    DATE_LINE_WORDS,
    EXPERT_REACTION_WORDS,
    KIND_WORDS,
    MONTHS,
    NAME_PARTICLES,
    ORG_WORDS,
    PRESS_OFFICE_WORDS,
    PRESS_PORTALS,
    SCOPE_WORDS,
    UNIT_WORDS,
    STOPWORDS,
)
from briefing.model import Block, Document

HEADER_ZONE = 15  # blocks searched for header lines and the title
POST_TITLE_ZONE = 5  # blocks after the title searched for bylines and dates
TAIL_ZONE = 4  # last blocks searched for bylines ("X sprach mit Y")

# --- text helpers ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÄÖÜ„\"])")


def first_sentences(text: str, count: int = 3, limit: int = 420) -> str:
    sentences = _SENTENCE_END.split(text.strip())
    out = ""
    for sentence in sentences[:count]:
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    return out


def block_text(block: Block) -> str:
    """The text of a block as printed (a labelled answer gets its label back)."""
    if block.kind in ("question", "answer") and block.label:
        return f"{block.label}: {block.text}"
    if block.kind == "list":
        return "\n".join(block.items)
    if block.kind == "table":
        return ""
    return block.text


def strip_markup(text: str) -> str:
    """'### **Im Fokus: DeepSeek**' → 'Im Fokus: DeepSeek'."""
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    while re.fullmatch(r"(\*\*|__)(.+)\1", text) or re.fullmatch(r"([*_])(.+)\1", text):
        text = re.sub(r"^(\*\*|__|[*_])(.+)\1$", r"\2", text).strip()
    return re.sub(r"\s+", " ", text).strip()


def _alnum(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def doubled_text(text: str) -> str | None:
    """An image alt text that repeats the headline twice gives the headline once."""
    words = text.split()
    n = len(words)
    if n >= 4 and n % 2 == 0 and words[: n // 2] == words[n // 2:]:
        return " ".join(words[: n // 2])
    return None


def _run_lines(doc: Document, text: str) -> list[str]:
    """The original lines of a paragraph block (structure joins a run with spaces)."""
    run: list[str] = []
    for line in [*doc.lines, ""]:
        if line.strip():
            run.append(line.strip())
            continue
        if run and " ".join(run) == text:
            return run
        run = []
    return [text]


def _block_lines(doc: Document, text: str) -> list[str]:
    """The original lines a paragraph block was joined from (any consecutive lines of the file)."""
    lines = [line.strip() for line in doc.lines]
    for i, line in enumerate(lines):
        if not line or not text.startswith(line):
            continue
        run, joined = [], ""
        for nxt in lines[i:]:
            if not nxt:
                break
            run.append(nxt)
            joined = " ".join(run)
            if len(joined) >= len(text):
                break
        if joined == text:
            return run
    return [text]


# --- dates ----------------------------------------------------------------------------

_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DATE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)"), "dmy"),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)"), "slash"),
    (re.compile(rf"(?<!\w)(\d{{1,2}})\.?\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d{{2}})(?!\d)", re.I), "d_mon_y"),
    (re.compile(rf"(?<!\w)({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})(?!\d)", re.I),
     "mon_d_y"),
    (re.compile(rf"(?<!\w)({_MONTH_RE})\.?\s+((?:19|20)\d{{2}})(?!\d)", re.I), "mon_y"),
]
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:uhr|h|am|pm)?\b", re.I)


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """A valid ISO date of the given precision, or None."""
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return _date(year, month, day).isoformat()
    except ValueError:
        return None


def _match_to_iso(match: re.Match, form: str) -> str | None:
    g = match.groups()
    if form == "ymd":
        return iso_date(int(g[0]), int(g[1]), int(g[2]))
    if form == "dmy":
        return iso_date(int(g[2]), int(g[1]), int(g[0]))
    if form == "slash":
        a, b = int(g[0]), int(g[1])
        day, month = (b, a) if b > 12 >= a else (a, b)  # day first unless impossible
        return iso_date(int(g[2]), month, day)
    if form == "d_mon_y":
        return iso_date(int(g[2]), MONTHS[g[1].casefold()], int(g[0]))
    if form == "mon_d_y":
        return iso_date(int(g[2]), MONTHS[g[0].casefold()], int(g[1]))
    return iso_date(int(g[1]), MONTHS[g[0].casefold()])


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date printed in a text: (ISO date, start, end)."""
    found = []
    for pattern, form in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _match_to_iso(match, form)
            if iso:
                found.append((match.start(), -(match.end() - match.start()), iso, match.end()))
    if not found:
        return None
    start, _, iso, end = min(found)
    return iso, start, end


def parse_date_line(text: str) -> str | None:
    """A line that is a date, maybe with a label, weekday, time or dateline city.

    '30.01.2025', 'Veröffentlicht am 3. März 2025, 10:15 Uhr', 'Berlin, 30.01.2025'.
    """
    text = strip_markup(text)
    if len(text) > 80:
        return None
    hit = find_date(text)
    if not hit:
        return None
    iso, start, end = hit
    rest = _TIME.sub(" ", text[:start] + " " + text[end:])
    rest = re.sub(r"[|,;:()\[\]/·•–—-]", " ", rest).strip()
    words = [w.strip(".").casefold() for w in rest.split()]
    unknown = [w for w in words if w and w not in DATE_LINE_WORDS]
    if not unknown:
        return iso
    # A dateline: 'Berlin, 30.01.2025' (one or two capitalised place words before the date).
    before = text[:start].strip()
    if re.fullmatch(r"[A-ZÄÖÜ][\w.-]+(?:\s[A-ZÄÖÜ/][\w./-]*)?\s*[,(/–-]", before) and not text[end:].strip(" .)"):
        return iso
    return None


_EDITION = re.compile(
    r"(?<!\w)(?:Ausgabe|Heft|Issue|Edition|Nummer|Number|Nr\.|No\.)\s*:?\s*"
    r"(?P<num>\d{1,3})\s*/\s*(?P<year>(?:19|20)\d{2})(?!\d)", re.I)
_EDITION_MONTH = re.compile(
    rf"(?<!\w)(?:Ausgabe|Heft|Issue|Edition)\s*:?\s*(?P<month>{_MONTH_RE})\.?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)",
    re.I)


def parse_edition(text: str) -> tuple[str, str] | None:
    """'Ausgabe 1/2025' → ('1/2025', '2025'); 'Issue March 2025' → ('March 2025', '2025-03')."""
    if m := _EDITION.search(text):
        return f"{int(m.group('num'))}/{m.group('year')}", m.group("year")
    if m := _EDITION_MONTH.search(text):
        year, month = int(m.group("year")), MONTHS[m.group("month").casefold()]
        return f"{m.group('month')} {year}", iso_date(year, month)
    return None


_URL_PATH_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?:/(\d{1,2}))?(?=/|$)")
_EPOCH = re.compile(r"(?<!\d)(1[2-9]\d{8})(\d{3})?(?!\d)")


def date_from_url(url: str | None, timestamps: bool = False) -> str | None:
    """'/wp-content/uploads/2025/02/x.jpg' → '2025-02'; optionally an epoch timestamp."""
    if not url:
        return None
    path = urlsplit(url if "://" in url else f"http://{url}").path
    if m := _URL_PATH_DATE.search(path):
        year, month = int(m.group(1)), int(m.group(2))
        iso = iso_date(year, month, int(m.group(3)) if m.group(3) else None)
        if iso:
            return iso
    if timestamps and (m := _EPOCH.search(path)):
        stamp = datetime.fromtimestamp(int(m.group(1)), tz=timezone.utc)
        if 2000 <= stamp.year <= datetime.now(timezone.utc).year:
            return stamp.date().isoformat()
    return None


# --- URLs and hosts -------------------------------------------------------------------

_URL_LINE = re.compile(
    r"^<?\(?(?P<url>(?:https?://|www\.)[^\s<>()]+|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}(?:/[^\s<>()]*)?)\)?>?[.;,]?$",
    re.I)
_URL_IN_TEXT = re.compile(r"https?://[^\s<>()\"'\]]+", re.I)


def parse_url_line(text: str) -> str | None:
    """'<http://idw-online.de/de/news846599>' → the address; '(itklub.de' → 'itklub.de'."""
    match = _URL_LINE.match(text.strip())
    return match.group("url").rstrip(".,;") if match else None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    host = host.casefold().removeprefix("www.")
    return host or None


def registrable_domain(host: str) -> str:
    """'edition.cnn.com' → 'cnn.com'; 'news.bbc.co.uk' → 'bbc.co.uk'."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "or"):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def press_portal(host: str | None) -> str | None:
    """The name of a known press-release portal from a URL host."""
    if not host:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = PRESS_PORTALS.get(".".join(labels[i:]))
        if name:
            return name
    return None


def hosts_in_text(text: str) -> list[str]:
    hosts = []
    for url in _URL_IN_TEXT.findall(text):
        host = host_of(url)
        if host and host not in hosts:
            hosts.append(host)
    return hosts


# --- names ----------------------------------------------------------------------------

_TITLES = re.compile(rf"^(?:(?:{ACADEMIC_TITLES})\s*)+")
_NAME_WORD = re.compile(r"^[A-ZÄÖÜÀ-ÝŁŠŽČ][a-zäöüßà-ÿłšžčćńő'’]+(?:-[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿłšžčćńő'’]+)?$")
_INITIAL = re.compile(r"^(?:[A-Z]\.|[A-Z]{2,3})$")


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def known_first_name(word: str) -> bool:
    return _gender_detector().get_gender(word.split("-")[0]) != "unknown"


def strip_titles(name: str) -> str:
    """'Dr.-Ing. Klaus Meffert' → 'Klaus Meffert'."""
    return _TITLES.sub("", name.strip()).strip()


def is_person_name(text: str, strict: bool = False) -> bool:
    """Two to four name words ('Stefanie Terp', 'Ursula von der Leyen', 'JD Vance').

    strict: the first name must be a known given name (header lines, 'Von …').
    """
    words = text.split()
    core = [w for w in words if w not in NAME_PARTICLES]
    if not 2 <= len(core) <= 4 or words[0] in NAME_PARTICLES or words[-1] in NAME_PARTICLES:
        return False
    for i, word in enumerate(words):
        if word in NAME_PARTICLES:
            continue
        if word.casefold() in ORG_WORDS:
            return False
        if not (_NAME_WORD.match(word) or (i < len(words) - 1 and _INITIAL.match(word))):
            return False
    return not strict or known_first_name(words[0]) or bool(_INITIAL.match(words[0]))


def clean_person(text: str, strict: bool = False) -> str | None:
    """A name as printed in a byline, without titles, trailing place or role."""
    name = strip_titles(text.strip().strip("()[]*_").strip())
    name = re.split(r"\s*(?:,|\(|\s[–—-]\s)", name, maxsplit=1)[0].strip().rstrip(".")
    return name if is_person_name(name, strict) else None


def split_authors(text: str, strict: bool = False) -> list[str]:
    """'Anna Beck und Dr. Tim Roth' → ['Anna Beck', 'Tim Roth']; [] when one part is not a name."""
    parts = [p for p in re.split(r"\s*(?:;|,|\bund\b|\band\b|&|/)\s*", text.strip().rstrip(".")) if p.strip()]
    names = [clean_person(part, strict) for part in parts]
    if not names or any(n is None for n in names):
        # 'Anna Beck, Berlin': a trailing place is no author.
        first = clean_person(text, strict)
        return [first] if first else []
    return names  # type: ignore[return-value]


# --- header lines ---------------------------------------------------------------------

def kind_word(text: str) -> str | None:
    """'Pressemitteilung' → 'press_release' (a header line that only names the kind)."""
    key = re.sub(r"\s+", " ", strip_markup(text).strip(" :.-–|")).casefold()
    return KIND_WORDS.get(key)


_BANNER = re.compile(r"^(?P<site>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,})\s+[-–—|:·]\s+(?P<tail>\S.*)$")


def portal_banner(text: str) -> str | None:
    """'Vietnam.vn - Nền tảng quảng bá Việt Nam' → 'Vietnam.vn' (a site's banner line)."""
    match = _BANNER.match(text.strip())
    if match and len(text) <= 120 and not text.rstrip().endswith((".", "?", "!")):
        return match.group("site")
    return None


def glued_outlet_date(text: str, hosts: list[str] = ()) -> tuple[str, str] | None:
    """'VietnamPlusVietnamPlus17/09/2025' → ('VietnamPlus', '2025-09-17').

    The outlet's name (printed twice by a logo and its text, or matching a URL
    host of the document) directly before the date.
    """
    text = strip_markup(text)
    match = re.match(r"^(?P<name>[^\d,]{2,60}?)\s*[|·•–-]?\s*(?P<date>\d.{5,40})$", text)
    if not match:
        return None
    iso = parse_date_line(match.group("date"))
    if not iso:
        return None
    name = match.group("name").strip()
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return name[:half].strip(), iso
    words = name.split()
    if len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2:]:
        return " ".join(words[: len(words) // 2]), iso
    labels = {_alnum(registrable_domain(h).split(".")[0]) for h in hosts}
    if _alnum(name) in labels and len(words) <= 4:
        return name, iso
    return None


def is_org_line(text: str) -> bool:
    """'Technische Universität Berlin', 'Max-Planck-Institut für Intelligente Systeme'."""
    text = strip_markup(text)
    if len(text) > 100 or text.endswith((".", ":", "?", "!")) or not text[:1].isupper():
        return False
    words = text.split()
    if len(words) > 10:
        return False
    small = {"für", "der", "die", "des", "und", "of", "for", "the", "and", "de", "am", "an", "zu", "in", "&",
             "du", "la", "et", "e.v.", "mbh", "gmbh", "ag", "kg", "ggmbh", "inc.", "ltd."}
    if any(w[:1].islower() and w.casefold() not in small for w in words):
        return False
    tokens = {t.casefold() for w in words for t in [w, *w.split("-")]}
    return bool(tokens & ORG_WORDS) or any(w.casefold().endswith(tuple(ORG_WORDS - {"ag", "kg", "ev", "rat", "amt"}))
                                           for w in words if len(w) > 8)


def keyword_line(lines: list[str]) -> list[str] | None:
    """Press-portal category lines: 'Forschungsprojekte, Informationstechnik' / 'überregional'."""
    items: list[str] = []
    scope = False
    for line in lines:
        line = strip_markup(line)
        if line.casefold() in SCOPE_WORDS:
            scope = True
            continue
        if line.endswith((".", ":", "?", "!")):
            return None
        for item in re.split(r"\s*[,;]\s*", line):
            if not item:
                continue
            if len(item.split()) > 5 or not item[:1].isupper():
                return None
            items.append(item)
    commas = sum(line.count(",") + line.count(";") for line in lines)
    if items and (scope or commas >= 1 or len(lines) >= 2):
        return items
    return None


# --- bylines --------------------------------------------------------------------------

_AUTHOR_LABEL = re.compile(
    r"^(?:autor(?:in|en|innen|\*innen|:innen)?|author(?:s)?|text|verfasst von|written by|redaktion|reporter)"
    r"\s*:?\s+(?P<names>.+)$", re.I)
_VON = re.compile(r"^(?:von|by)\s+(?P<names>.+)$", re.I)
_SPRACH_MIT = re.compile(r"^(?P<a>.+?)\s+(?:sprach|sprachen|spricht|sprechen)\s+mit\s+(?P<b>.+?)\.?$")
_MIT_SPRACH = re.compile(r"^(?i:mit)\s+(?P<b>.+?)\s+(?:sprach|sprachen)\s+(?P<a>.+?)\.?$")
_SPOKE_WITH = re.compile(r"^(?P<a>.+?)\s+(?:spoke|talked)\s+(?:with|to)\s+(?P<b>.+?)\.?$")
_INTERVIEW_BY = re.compile(
    r"^(?:das\s+(?:interview|gespräch)\s+führten?|die\s+fragen\s+stellten?|interview(?:\s+by)?|"
    r"interviewed\s+by|fragen)\s*:?\s+(?P<a>.+?)\.?$", re.I)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    edition: str | None = None
    interview: bool = False
    publisher: str | None = None
    kind: str | None = None


def agency_name(text: str) -> str | None:
    """'dpa/lrs' → 'dpa', 'Thomson Reuters' → 'Reuters' (a news agency's credit), else None."""
    for part in re.split(r"\s*[/,;+]\s*", text.strip().strip("()[]").strip()):
        if name := AGENCIES.get(re.sub(r"\s+", " ", part).casefold()):
            return name
    return None


_KIND_NUMBER = re.compile(r"^(?P<kind>\D+?)\s*(?:Nr\.|No\.)?\s*\d{1,4}(?:\s*/\s*\d{2,4})?$")


def kind_with_number(text: str) -> str | None:
    """'Pressemitteilung 24/2023' (also printed twice, glued) → 'press_release'."""
    text = strip_markup(text)
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        text = text[:half]
    match = _KIND_NUMBER.match(text)
    return kind_word(match.group("kind")) if match else None


_SOURCE_LABEL = re.compile(r"^(?:quelle|source|credit)\s*:\s*(?P<src>.+)$", re.I)
_OUTLET = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|für|der|de))*(?:\s+[A-Z][\w&.'’-]*)?$")


def parse_interview_credit(text: str) -> list[str] | None:
    """'Diana Dittmer sprach mit Jonas Geiping' → ['Diana Dittmer'] (the interviewer)."""
    text = strip_markup(text).strip("()")
    for pattern in (_SPRACH_MIT, _MIT_SPRACH, _SPOKE_WITH, _INTERVIEW_BY):
        match = pattern.match(text)
        if match and len(text) <= 160:
            names = split_authors(match.group("a"))
            if names:
                return names
    return None


def parse_byline(text: str) -> Byline | None:
    """'Ausgabe 1/2025 | Autor: Dr.-Ing. Klaus Meffert' → edition, date, authors.

    Every part of the line must be read, or it is no byline.
    """
    text = strip_markup(text)
    if len(text) > 200:
        return None
    result = Byline()
    for part in re.split(r"\s+[|•·]\s+|\s+[–—]\s+", text):
        part = part.strip().strip("()").strip()
        if not part:
            continue
        if edition := parse_edition(part):
            result.edition, result.date = edition
        elif iso := parse_date_line(part):
            result.date = iso
        elif kind := kind_word(part) or kind_with_number(part):
            result.kind = kind
        elif (m := _SOURCE_LABEL.match(part)) and (agency := agency_name(m.group("src"))):
            result.publisher = agency
        elif result.authors and not result.publisher and _OUTLET.match(part) and len(part.split()) <= 4 \
                and (part.split()[0].isupper() or not is_person_name(part, strict=True)):
            result.publisher = part  # 'By Anna Beck – City News': the outlet after the byline
        elif (names := parse_interview_credit(part)) is not None:
            result.authors += names
            result.interview = True
        elif m := _AUTHOR_LABEL.match(part):
            names = split_authors(m.group("names"))
            if not names:
                return None
            result.authors += names
        elif m := _VON.match(part):
            names = split_authors(m.group("names"), strict=True)
            if not names:
                return None
            result.authors += names
        else:
            return None
    if result.kind and not (result.date or result.authors):
        return None  # a kind word alone is read by kind_word
    return result if (result.authors or result.date or result.edition or result.publisher) else None


# --- the header -----------------------------------------------------------------------

@dataclass
class Header:
    """What the lines around the title say about the source."""

    consumed: list[Block] = field(default_factory=list)
    title: str | None = None
    kind: str | None = None
    date: str | None = None
    edition: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    banner: str | None = None  # the distributing site's banner ("Vietnam.vn")
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    interview: bool = False
    press: bool = False  # a press office's contact line was read

    def take_byline(self, byline: Byline) -> None:
        self.authors += [a for a in byline.authors if a not in self.authors]
        self.date = self.date or byline.date
        self.edition = self.edition or byline.edition
        self.interview = self.interview or byline.interview
        self.publisher = self.publisher or byline.publisher
        self.kind = self.kind or byline.kind


_TRAILING_FUNCTION_WORD = re.compile(
    r"\b(?:für|der|die|das|den|dem|des|und|oder|mit|von|zu|zum|zur|im|in|am|an|auf|bei|"
    r"of|the|for|and|or|with|to|a|an|at|on|by)$", re.I)


def _raw_alt_doubled(doc: Document, alt: str) -> bool:
    """Was this alt text printed twice in the raw file ('![Headline Headline](…)')?"""
    for raw in re.findall(r"!\[([^\]]{8,600})\]", doc.raw_text[:20000]):
        once = doubled_text(raw)
        if once and _alnum(once) == _alnum(alt):
            return True
    return False


def image_headline(doc: Document, image: Block, following: list[Block]) -> str | None:
    """An image at the top whose alt text is the headline.

    Its alt text repeats the headline twice (a scraped figure's alt and title),
    or it is a complete headline and no heading follows it.
    """
    alt = strip_markup(image.text)
    if once := doubled_text(alt):
        return strip_markup(once)
    if not looks_like_title(alt) or len(alt.split()) < 5:
        return None
    if _raw_alt_doubled(doc, alt):
        return alt
    if any(b.kind == "heading" for b in following) or _TRAILING_FUNCTION_WORD.search(alt) \
            or re.search(r"\.(?:jpe?g|png|gif|webp|svg)$", alt, re.I):
        return None
    return alt if len(alt.split()) >= 6 else None


def looks_like_title(text: str) -> bool:
    """A headline: short, one or two sentences, no closing full stop or colon."""
    text = strip_markup(text)
    if not 8 <= len(text) <= 200 or len(text.split()) < 2:
        return False
    if text.endswith((":", ";", ",")) or (text.endswith(".") and not text.endswith("...")):
        return False
    return len(_SENTENCE_END.split(text)) <= 2 and not parse_url_line(text)


def _header_line(doc: Document, block: Block, header: Header, in_press_header: bool, hosts: list[str]) -> bool:
    """Read one line before the title; True when it is metadata (and so consumed)."""
    text = strip_markup(block_text(block))
    if block.kind not in ("paragraph", "answer", "heading") or len(text) > 200:
        return False
    if kind := kind_word(text):
        header.kind = header.kind or kind
        return True
    if url := parse_url_line(text):
        header.url = header.url or url
        return True
    if site := portal_banner(text):
        header.banner = header.banner or site
        return True
    if glued := glued_outlet_date(text, hosts):
        header.publisher = header.publisher or glued[0]
        header.date = header.date or glued[1]
        return True
    if byline := parse_byline(text):
        header.take_byline(byline)
        return True
    if not in_press_header or block.kind == "heading":
        return False
    if block.kind == "paragraph" and (keywords := keyword_line(_run_lines(doc, block.text))) \
            and not is_person_name(text) and not is_org_line(text):
        header.keywords += [k for k in keywords if k not in header.keywords]
        return True
    if is_org_line(text):
        header.publisher = header.publisher or text
        return True
    if (name := clean_person(text, strict=True)) and name == strip_titles(text):
        if name not in header.authors:
            header.authors.append(name)
        return True
    return False


def _is_scope_run(lines: list[str]) -> bool:
    return any(strip_markup(line).casefold() in SCOPE_WORDS for line in lines)


def press_header_end(doc: Document) -> int:
    """Index of the last header line of a press-release style header, or -1.

    Header lines are short lines before the first heading or long paragraph;
    the header is there when one of them is a kind word, a date, a URL or a
    portal's category block ending with a scope word ('überregional').
    """
    end = -1
    for i, block in enumerate(doc.blocks[:HEADER_ZONE]):
        text = strip_markup(block_text(block))
        if block.kind == "list":
            if _is_scope_run(block.items) or (end >= 0 and keyword_line(block.items)):
                end = i
            continue
        if block.kind in ("heading", "image", "question", "table") or len(text) > 200:
            break
        if kind_word(text) or parse_url_line(text) or parse_date_line(text) \
                or (block.kind == "paragraph" and _is_scope_run(_run_lines(doc, block.text))):
            end = i
    return end


_CONTACT_LABEL = re.compile(
    r"^(?:kontakt|pressekontakt|medienkontakt|ansprechpartner(?:in)?|ansprechperson|contact|media contact|"
    r"press contact|pressesprecher(?:in)?)\s*:?\s+(?P<names>.+)$", re.I)


_LEADING_DATE = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?![\d-])\s*")
_COPYRIGHT_START = re.compile(r"^(?:(?:quelle|source)\s*:\s*)?(?:\(c\)|©|copyright\b)", re.I)


def copyright_holder(statement: str) -> str | None:
    """'(c) Copyright Thomson Reuters 2025.' → 'Reuters'; '© 2025 Tagesblatt GmbH' → 'Tagesblatt GmbH'."""
    text = _URL_IN_TEXT.sub(" ", statement)
    text = re.sub(r"^(?:(?:quelle|source)\s*:\s*)", "", text.strip(), flags=re.I)
    text = re.sub(r"\(c\)|©|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b", " ", text, flags=re.I)
    text = re.sub(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)", " ", text)
    holder = re.split(r"\.\s|\s[-–|]\s", " ".join(text.split()) + " ", maxsplit=1)[0].strip(" .,;:-")
    if agency := agency_name(holder):
        return agency
    if holder and holder[:1].isupper() and len(holder.split()) <= 5:
        return holder
    return None


def split_copyright(text: str) -> tuple[str, str] | None:
    """A copyright statement at the start of a text: (statement, rest)."""
    if not _COPYRIGHT_START.match(text):
        return None
    url = _URL_IN_TEXT.search(text[:300])
    if url:
        end = url.end()
    else:
        stop = re.search(r"\.\s+(?=[A-ZÄÖÜ])", text[:300])
        end = stop.end() if stop else min(len(text), 300)
    return text[:end].strip(), text[end:].strip()


def read_leading_metadata(block: Block, header: Header) -> bool:
    """A scraper's metadata prefix (' date 2025-01 …', a copyright notice) on the first block.

    The prefix is read and cut off; True when nothing of the block is left.
    """
    text = block.text
    if m := _LEADING_DATE.match(text):
        iso = iso_date(int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)
        if iso:
            header.date = header.date or iso
            text = text[m.end():]
    if parts := split_copyright(text):
        statement, text = parts
        header.publisher = header.publisher or copyright_holder(statement)
    if text != block.text:
        block.text = text
    return not text.strip()


_MENU_SEPARATORS = re.compile(r"\s[|›»>/]\s|\s[|›»]|[|›»]\s")


def _menu_line(line: str) -> bool:
    line = strip_markup(line)
    if len(_MENU_SEPARATORS.findall(line)) >= 2:
        return True
    if re.search(r"[.!?]$", line) and not line.endswith("..."):
        return False
    items = [x for x in re.split(r"\s*[,;·•]\s*", line) if x.strip()]
    if len(items) >= 3 and all(len(x.split()) <= 2 for x in items):
        return True
    return len(line.split()) <= 4 and len(line) <= 40


def is_navigation(lines: list[str]) -> bool:
    """Remains of a site menu: a run of short lines, a line of menu items ('A | B | C',
    'Nachrichten, Termine, Experten'), one word, or a label with nothing after it ('Teilen:')."""
    lines = [strip_markup(line) for line in lines if line.strip()]
    if not lines:
        return False
    if len(lines) >= 2:
        return all(_menu_line(line) for line in lines)
    line = lines[0]
    if kind_word(line):
        return False
    if line.endswith(":") and len(line.split()) <= 3:
        return True
    if len(line.split()) == 1 and len(line) <= 30:
        return True
    if len(_MENU_SEPARATORS.findall(line)) >= 2:
        return True
    items = [x for x in re.split(r"\s*[,;·•]\s*", line) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 2 for x in items) and not line.endswith(".")


def _short_line(text: str) -> bool:
    return len(text.split()) <= 3 and len(text) <= 30 and not re.search(r"[.!?:]$", text)


def _title_follows(blocks: list[Block]) -> bool:
    """A heading or a headline-like line comes within the next blocks."""
    for block in blocks[:3]:
        if block.kind == "heading":
            return True
        if block.kind == "paragraph":
            text = strip_markup(block.text)
            if looks_like_title(text) and len(text.split()) >= 4 and not parse_byline(text):
                return True
    return False


def is_portal_name(text: str) -> str | None:
    """'idw – Informationsdienst Wissenschaft': a known press portal's name printed as a banner."""
    key = _alnum(text)
    for name in PRESS_PORTALS.values():
        if key and key == _alnum(name):
            return name
    return None


def _read_list_header(block: Block, header: Header) -> None:
    """Menu items before the title may hold the kind and the date ('Interview', 'Teilen:', '13.12.2018 13:41')."""
    for item in block.items:
        item = strip_markup(item)
        if kind := kind_word(item):
            header.kind = header.kind or kind
        elif byline := parse_byline(item):
            header.take_byline(byline)


def _read_text_line(text: str, header: Header, hosts: list[str]) -> bool:
    """A date, byline, kind or URL line; read into the header."""
    text = strip_markup(text)
    if not text or len(text) > 200:
        return False
    if kind := kind_word(text):
        header.kind = header.kind or kind
        return True
    if url := parse_url_line(text):
        header.url = header.url or url
        return True
    if glued := glued_outlet_date(text, hosts):
        header.publisher = header.publisher or glued[0]
        header.date = header.date or glued[1]
        return True
    if byline := parse_byline(text):
        header.take_byline(byline)
        return True
    return False


def split_header_lines(doc: Document, block: Block, header: Header, hosts: list[str],
                       first: bool = True, last: bool = False) -> bool:
    """A date or byline line glued to a paragraph ('29.05.2024' + lead, lead + 'Text: Anna Beck'):
    read the line and cut it off the block. True when a line was read."""
    if block.kind != "paragraph":
        return False
    lines = _block_lines(doc, block.text)
    if len(lines) < 2:
        return False
    read = False
    while first and len(lines) > 1 and _read_text_line(lines[0], header, hosts):
        lines, read = lines[1:], True
    while last and len(lines) > 1 and _read_text_line(lines[-1], header, hosts):
        lines, read = lines[:-1], True
    if last:
        # A byline line between the lead and the body that were joined ('Text: Anna Beck').
        for i, line in enumerate(lines[1:4], start=1):
            byline = parse_byline(line) if len(line) <= 120 else None
            if byline and byline.authors:
                header.take_byline(byline)
                lines, read = lines[:i] + lines[i + 1:], True
                break
    if read:
        block.text = " ".join(lines)
    return read


def read_press_contact(doc: Document, block: Block, header: Header) -> bool:
    """'Dr. Anna Beck Stabsstelle Presse und Kommunikation' / 'Universität X' after the title:
    the press officer (author) and the organisation (publisher) of a press release."""
    if block.kind not in ("paragraph", "heading"):
        return False
    lines = [strip_markup(line) for line in _block_lines(doc, block.text)]
    if not lines or len(lines) > 4 or any(len(line) > 160 for line in lines):
        return False
    first = strip_titles(lines[0])
    words = first.split()
    for n in (2, 3, 4):
        name, unit = " ".join(words[:n]), words[n:]
        if unit and is_person_name(name, strict=True) and unit[0].casefold() in PRESS_OFFICE_WORDS | UNIT_WORDS \
                and any(w.casefold().strip(",") in PRESS_OFFICE_WORDS for w in unit):
            header.authors += [name] if name not in header.authors else []
            header.press = True
            for line in lines[1:]:
                if is_org_line(line):
                    header.publisher = header.publisher or line
                    break
            return True
    return False


def read_header(doc: Document) -> Header:
    """Title, header lines before it, byline lines after it and at the end of the text."""
    header = Header()
    blocks = doc.blocks
    hosts = hosts_in_text(doc.raw_text)
    first_text = next((b for b in blocks if b.kind == "paragraph"), None)
    if first_text is not None and blocks and first_text is blocks[0] and read_leading_metadata(first_text, header):
        header.consumed.append(first_text)
    header_end = press_header_end(doc)
    in_press_header = header_end >= 0
    extras: list[str] = []  # unread lines inside a press header (a unit, a department)
    title_index = None
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
        if block.kind == "list" and in_press_header and (keywords := keyword_line(block.items)):
            header.keywords += [k for k in keywords if k not in header.keywords]
            header.consumed.append(block)
            continue
        if block.kind == "list" and all(len(item.split()) <= 12 for item in block.items) \
                and _title_follows(blocks[i + 1:]):
            _read_list_header(block, header)  # menu remains before the title
            header.consumed.append(block)
            continue
        if block.kind in ("table", "list") or (block.kind == "question" and block.number):
            break
        split_header_lines(doc, block, header, hosts)
        if _header_line(doc, block, header, in_press_header, hosts):
            header.consumed.append(block)
            continue
        if block.kind == "heading":
            header.title = strip_markup(block.text)
            header.consumed.append(block)
            title_index = i
            break
        text = strip_markup(block_text(block))
        if in_press_header and (m := _CONTACT_LABEL.match(text)) and (names := split_authors(m.group("names"))):
            header.authors += [n for n in names if n not in header.authors]
            header.consumed.append(block)
            continue
        if i < header_end and len(text) <= 200:
            extras.append(text)
            header.consumed.append(block)
            continue
        if block.kind == "paragraph":
            if portal := is_portal_name(text):
                header.banner = header.banner or portal
                header.consumed.append(block)
                continue
            if is_navigation(_run_lines(doc, block.text)) or (_short_line(text) and _title_follows(blocks[i + 1:])):
                header.consumed.append(block)  # menu remains, a kicker over the headline
                continue
        if looks_like_title(text):
            header.title = text
            header.consumed.append(block)
            title_index = i
        break
    if header.title is None and (candidates := [t for t in extras if looks_like_title(t)]):
        header.title = max(candidates, key=lambda t: len(t.split()))
    start = (title_index + 1) if title_index is not None else len(header.consumed)
    for block in blocks[start:start + POST_TITLE_ZONE]:
        if block.kind not in ("paragraph", "answer", "heading") or any(block is c for c in header.consumed):
            continue
        text = strip_markup(block_text(block))
        if len(text) > 200:
            split_header_lines(doc, block, header, hosts, first=True, last=True)
            continue
        if glued := glued_outlet_date(text, hosts):
            header.publisher = header.publisher or glued[0]
            header.date = header.date or glued[1]
        elif byline := parse_byline(text):
            header.take_byline(byline)
        elif not header.url and (url := parse_url_line(text)):
            header.url = url
        elif read_press_contact(doc, block, header):
            pass
        else:
            split_header_lines(doc, block, header, hosts, first=True, last=True)
            continue
        header.consumed.append(block)
    for block in blocks[-TAIL_ZONE:]:
        if block.kind not in ("paragraph", "answer") or any(block is c for c in header.consumed):
            continue
        names = parse_interview_credit(block_text(block))
        if names is None:
            label = _AUTHOR_LABEL.match(strip_markup(block_text(block)).strip("()"))
            names = split_authors(label.group("names")) if label else None
        else:
            header.interview = True
        if names:
            header.authors += [n for n in names if n not in header.authors]
            header.consumed.append(block)
    # Lines the cleaner removed as navigation may still hold 'OutletOutlet17/09/2025'.
    for item in doc.removed:
        if item.reason in ("portal-tail", "tags", "source", "footer-url"):
            continue
        if item.reason == "masthead" and (site := portal_banner(item.text)):
            header.banner = header.banner or site
        elif glued := glued_outlet_date(item.text.strip(), hosts):
            header.publisher = header.publisher or glued[0]
            header.date = header.date or glued[1]
    return header


def find_title(doc: Document) -> str | None:
    """The headline (without touching the blocks)."""
    copy = doc.model_copy(deep=True)
    return read_header(copy).title


# --- fields ---------------------------------------------------------------------------

def find_url(doc: Document, header: Header) -> str | None:
    """Header URL line, 'Quelle' line, then a footer address."""
    if header.url:
        return header.url
    for reason in ("source", "footer-url"):
        for item in doc.removed:
            if item.reason == reason and (url := parse_url_line(item.text)):
                return url
    return None


def find_stated_or_inferred_date(doc: Document, header: Header, url: str | None) -> tuple[str | None, bool]:
    """(date, inferred): stated in the text, else from the page URL or an image URL path."""
    if header.date:
        return header.date, False
    if iso := date_from_url(url, timestamps=True):
        return iso, True
    for block in doc.blocks:
        if block.kind == "image" and (iso := date_from_url(block.src)):
            return iso, True
    return None, False


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
    domain = registrable_domain(host)
    return _printed_form(domain.split(".")[0], text) or domain


_DOMAIN_LABEL = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")


def publisher_from_interviewer(doc: Document) -> str | None:
    """An interviewer label that is a domain ('NTV.de') → the matching URL host ('n-tv.de')."""
    labels = [b.label for b in doc.blocks if b.kind == "question" and b.label]
    labels += [label for label, question in speaker_labels(doc) if question and label not in labels]
    hosts = hosts_in_text(doc.raw_text)
    for label in labels:
        if _DOMAIN_LABEL.match(label):
            for host in hosts:
                if _alnum(host) == _alnum(label) or _alnum(registrable_domain(host)) == _alnum(label):
                    return registrable_domain(host)
            return label
        for host in hosts:
            if _alnum(registrable_domain(host).split(".")[0]) == _alnum(label) and not is_person_name(label):
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
    body = "\n".join(block_text(b) for b in doc.blocks)
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        match = _ABOUT.match(strip_markup(block.text))
        if match and match.group("name").casefold() not in ("uns", "us", "mich", "me", "the author", "den autor"):
            return expand_org_name(match.group("name").strip(), body)
    return None


# --- signals of the body: datelines, speaker labels, contact blocks, credits ---------------

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


_SPEAKER = re.compile(r"^(?P<label>[^:\n]{2,50}?):\s+\S")


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
        elif not (re.fullmatch(r"[A-ZÄÖÜ]{2,3}", label) or _DOMAIN_LABEL.match(label)
                  or any(p.split()[-1] == name for p in persons)):
            continue
        out.append((label, block.text.rstrip().endswith("?")))
    return out


_FIRST_PERSON = re.compile(r"^(?:I|I['’]m|I['’]ve|I['’]d|We|We['’]re|Ich|Wir|Meiner|Mein|Unser|Unsere)\b")
_INTERVIEW_PHRASE = re.compile(
    r"\b(?:(?:ein|im|das|dieses|unser|mein(?:es|em)?)\s+(?:Interview|Gespräch)s?|"
    r"(?:in an|an|this|my|our)\s+interview|Q&A)\b", re.I)


def _question_block(block: Block) -> bool:
    return block.kind in ("question", "heading", "paragraph") and not block.number \
        and block.text.rstrip(" \"“”'").endswith("?") and len(block.text) <= 400


def is_interview(doc: Document, header: Header) -> bool:
    """Q/A turns: labelled speakers, or questions answered in the first person."""
    if header.interview or header.kind == "interview":
        return True
    questions = [b for b in doc.blocks if b.kind == "question" and not b.number]
    answers = [b for b in doc.blocks if b.kind == "answer"]
    if len(questions) >= 3 and len(answers) >= 3:
        return True
    blocks = doc.blocks
    asked = sum(_question_block(b) for b in blocks)
    labels = speaker_labels(doc)
    if len(labels) >= 2 and asked >= 2:
        return True
    pairs = [(a, b) for a, b in zip(blocks, blocks[1:]) if _question_block(a) and b.kind in ("paragraph", "answer")
             and not _question_block(b)]
    if any(_FIRST_PERSON.match(b.text) for _, b in pairs):
        return True
    lead = " ".join(b.text for b in blocks[:4] if b.kind == "paragraph")
    return bool(pairs or labels) and bool(_INTERVIEW_PHRASE.search(lead))


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
_INSTITUTION = re.compile(r"universit|hochschule|institut|klinik|zentrum|centre|center|stiftung|foundation|"
                          r"ministeri|academy|akademie|college|school", re.I)


def institutional_photo_credit(doc: Document) -> str | None:
    """'(Bild: Anna Beck / Universität X)': the organisation's own photographer → 'Universität X'."""
    for block in doc.blocks:
        for match in _PHOTO_CREDIT.finditer(block.text):
            parts = [p.strip() for p in match.group("who").split("/")]
            if len(parts) == 2 and clean_person(parts[0]) and is_org_line(parts[1]) and _INSTITUTION.search(parts[1]):
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
        if not full or not is_org_line(full) or not _INSTITUTION.search(full):
            continue
        abbr = match.group("abbr")
        count = len(re.findall(rf"(?<!\w){re.escape(abbr)}(?!\w)", text)) + text.count(full) - 1
        found[full] = max(found.get(full, 0), count)
    return sorted(found.items(), key=lambda kv: -kv[1])


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
        body = "\n".join(block_text(b) for b in doc.blocks)
        orgs = defined_organisations(body)
        if orgs and orgs[0][1] >= 2 and (len(orgs) == 1 or orgs[0][1] > orgs[1][1]):
            found = orgs[0][0]
    return found or publisher_from_host(host_of(url), text)


def find_distributor(header: Header, url: str | None, publisher: str | None) -> str | None:
    """The platform that distributed it: a press portal, a portal banner; not the publisher."""
    for candidate in (press_portal(host_of(url)), header.banner):
        if candidate and (not publisher or _alnum(candidate) != _alnum(publisher)):
            return candidate
    return None


_OWN_INTERVIEW = re.compile(r"\b(?:mein(?:es|em)?\s+(?:Interviews?|Gesprächs?)|my interview)\b", re.I)


def find_authors(doc: Document, header: Header) -> list[str]:
    if header.authors:
        return list(header.authors)
    lead = " ".join(b.text for b in doc.blocks[:3] if b.kind == "paragraph")
    if _OWN_INTERVIEW.search(lead):
        # 'Hier der Originaltext meines Interviews mit …': the interviewee publishes it.
        labels = [label for label, question in speaker_labels(doc) if not question]
        names = [strip_titles(label) for label in dict.fromkeys(labels)]
        if names := [n for n in names if is_person_name(n, strict=True)]:
            return names
    labels = [b.label for b in doc.blocks if b.kind == "question" and b.label]
    names = [strip_titles(label) for label in dict.fromkeys(labels)]
    return [n for n in names if is_person_name(n, strict=True)]


def find_keywords(doc: Document, header: Header) -> list[str]:
    from briefing.clean import split_glued_words

    words = list(header.keywords)
    for item in doc.removed:
        if item.reason == "tags":
            words += split_glued_words(item.text)
    seen: dict[str, str] = {}
    for word in words:
        word = word.strip().strip("#").strip()
        if word and word.casefold() not in seen:
            seen[word.casefold()] = word
    return list(seen.values())


_LANG_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """de, en, fr, es, it or nl from the share of each language's function words; None if unclear.

    Dependency-free and fast (one pass over at most 20,000 characters).
    """
    tokens = [t.casefold() for t in _LANG_WORD.findall(text[:20000])]
    if not tokens:
        return None
    scores = {lang: sum(t in words for t in tokens) for lang, words in STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top / len(tokens) < 0.08 or top < 1.25 * second:
        return None
    return best


_CREDIT = re.compile(r"^\((?:[A-Za-z][\w+.&-]*)(?:\s*[/,]\s*[A-Za-z][\w+.&-]*)*\)$")
_REPORTING = re.compile(
    r"\b(sagte|sagt|erklärte|betonte|meinte|warnte|ergänzte|erläuterte|so\s+\w+|said|says|told|according to|"
    r"laut|stressed|explained|argued|concluded|added|noted|warned|emphasi[sz]ed)\b", re.I)


def heading_density(doc: Document) -> float:
    text_blocks = [b for b in doc.blocks if b.kind in ("heading", "paragraph", "answer", "list", "table")]
    if not text_blocks:
        return 0.0
    return sum(b.kind == "heading" for b in text_blocks) / len(text_blocks)


def detect_kind(doc: Document, header: Header, url: str | None, distributor: str | None) -> str:
    """press_release, interview, slides, news or article, from general signals.

    An interview published as a press release is an interview.
    """
    if is_interview(doc, header):
        return "interview"
    if header.kind:
        return header.kind
    if press_portal(host_of(url)) or (distributor and distributor in PRESS_PORTALS.values()):
        return "press_release"
    if press_release_signals(doc, header, header.title):
        return "press_release"
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    short = sum(len(p) < 80 for p in paragraphs) / len(paragraphs) if paragraphs else 0.0
    density = heading_density(doc)
    if (header.edition and density >= 0.15) or (doc.format == "pdf" and density >= 0.25) \
            or (density >= 0.3 and short >= 0.4):
        return "slides"
    credit = any(b.kind == "paragraph" and _CREDIT.match(b.text.strip()) for b in doc.blocks[-5:]) \
        or any(item.reason == "credit" for item in doc.removed)
    source = any(item.reason == "source" for item in doc.removed)
    dateline, _ = read_dateline(doc)
    reporting = sum(len(_REPORTING.findall(p)) for p in paragraphs)
    if source or credit or dateline or agency_credit(doc) or reporting >= 3:
        return "news"
    return "article"


def find_summary(doc: Document) -> str | None:
    """The lead: the first two or three sentences of the first real paragraph, verbatim."""
    for block in doc.blocks:
        if block.kind in ("paragraph", "answer") and len(block.text) > 120 and not block.text.endswith(":"):
            return first_sentences(block.text)
    return None


def body_text(doc: Document) -> str:
    return " ".join(b.text for b in doc.blocks if b.kind in ("paragraph", "answer", "question", "heading"))


# --- entry points ---------------------------------------------------------------------

def extract_metadata(doc: Document) -> Document:
    """Fill `doc.meta` and take the blocks read as metadata out of the body."""
    meta = doc.meta
    declared = doc.declared
    header = read_header(doc)
    consumed = {id(b) for b in header.consumed}
    if declared.get("title") and header.title is None:
        consumed = set()  # nothing was recognised as the title; leave the body alone
    doc.blocks = [b for b in doc.blocks if id(b) not in consumed]

    meta.title = header.title
    meta.url = find_url(doc, header)
    meta.date, meta.date_inferred = find_stated_or_inferred_date(doc, header, meta.url)
    meta.edition = header.edition
    meta.authors = find_authors(doc, header)
    meta.publisher = find_publisher(doc, header, meta.url)
    meta.distributor = find_distributor(header, meta.url, meta.publisher)
    meta.keywords = find_keywords(doc, header)
    meta.language = detect_language(body_text(doc))
    meta.kind = detect_kind(doc, header, meta.url, meta.distributor)
    meta.summary = find_summary(doc)

    # What the file itself declares (front matter, HTML metadata) wins over what was read.
    for key in ("title", "publisher", "distributor", "url", "kind", "language", "summary", "edition"):
        if declared.get(key):
            setattr(meta, key, str(declared[key]))
    if declared.get("date"):
        meta.date, meta.date_inferred = str(declared["date"]), False
    if declared.get("authors"):
        authors = declared["authors"]
        meta.authors = [authors] if isinstance(authors, str) else [str(a) for a in authors]
    if declared.get("keywords"):
        keywords = declared["keywords"]
        meta.keywords = [keywords] if isinstance(keywords, str) else [str(k) for k in keywords]
    return doc


def apply_overrides(doc: Document, override) -> Document:
    """The editor's per-source values win over every extracted field."""
    if override is None:
        return doc
    values = override.model_dump(exclude_none=True, exclude={"old_ids"})
    topics = values.pop("topics", None)
    for key, value in values.items():
        setattr(doc.meta, key, value)
    if "date" in values:
        doc.meta.date_inferred = False
    if topics is not None:
        from briefing.model import TopicHit

        kept = {hit.id: hit for hit in doc.topics}
        doc.topics = [kept.get(t, TopicHit(id=t, score=0.0)) for t in topics]
    return doc
