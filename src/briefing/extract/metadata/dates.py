"""date, date_inferred: stated on a header, byline or 'outlet + date' line; else from a URL.

Dates are ISO, partial allowed ('Ausgabe 1/2025' → '2025', a magazine credit 'Aus X 07/2013'
→ '2013-07', a report's own year 'dieser Jahresbericht 2012' → '2012'). Only when nothing is stated,
a date in the page URL or an image URL path ('/2025/02/') is used, marked inferred
(`find_stated_or_inferred_date`). The parsers here read the lines `header.read_header` walks.
"""

from __future__ import annotations

import re
from datetime import date as _date
from datetime import datetime, timezone

from briefing.clean import SHARE_BAR_WORDS
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.text import strip_markup
from briefing.extract.metadata.url import split_url
from briefing.extract.metadata.vocab import DATE_LINE_WORDS, MONTHS, WEEKDAYS
from briefing.model import Document

_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DATE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))"), "dmy"),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)"), "slash"),
    (re.compile(r"(?<![\d/])((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?![\d/])"), "ymd"),  # 2021/03/12
    (re.compile(rf"(?<![\w-])(\d{{1,2}})-({_MONTH_RE})-((?:19|20)\d{{2}})(?!\d)", re.I), "d_mon_y"),  # 12-MAR-2021
    # '3. März 2025', '13th August 2021', '20.Nov 2000' (a day glued to its month after the full stop)
    (re.compile(rf"(?<!\w)(\d{{1,2}})(?:\.\s*|(?:st|nd|rd|th)?\s+)({_MONTH_RE})\.?,?\s+((?:19|20)\d{{2}})(?!\d)", re.I),
     "d_mon_y"),
    # ('October 21. 2012': a full stop for the comma after the day)
    (re.compile(rf"(?<!\w)({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+((?:19|20)\d{{2}})(?!\d)", re.I),
     "mon_d_y"),
    (re.compile(rf"(?<!\w)({_MONTH_RE})\.?\s+((?:19|20)\d{{2}})(?!\d)", re.I), "mon_y"),
]
_READING_TIME = re.compile(
    r"(?:(?:Lesezeit|Lesedauer|Reading time)\s*:?\s*)?\b\d{1,3}\s*(?:Minuten|Minute|Min\.?|minutes?|mins?)"
    r"(?:\s*,?\s*\d{1,2}\s*(?:Sekunden|Sekunde|Sek\.?|seconds?|secs?))?(?:\s+(?:Lesezeit|read|Lesedauer))?",
    re.I)
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


# A document host's stamp of its upload, not the document's date: 'Post on 18-May-2020', 'Date post: 24-Apr-2018',
# '07.08.2019 Aufrufe' (the day, then the host's view counter).
_HOST_STAMP = re.compile(r"^\W*(?:post\s+on|date\s+post)\s*:?\s*\S.{4,30}$|"
                         r"^\W*\S.{4,30}?\s+(?:\d+\s+)?(?:aufrufe|views|downloads)\W*$", re.I)


def host_stamp(text: str) -> bool:
    """'Post on 18-May-2020', '07.08.2019 Aufrufe': a document host's upload stamp with its date."""
    return bool(_HOST_STAMP.match(text.strip())) and find_date(text) is not None


# A release's embargo names the day it may be published, its date: 'Embargoed for Release: March 3, 2011', 'Sperrfrist: …'.
_RELEASE_LABEL = re.compile(r"^\W*(?:embargoed\s+(?:for\s+release|until)|embargo|(?:for\s+)?release\s+date|for\s+release|"
                            r"sperrfrist)\s*:?\s*(?=\S*\d|[A-Z])", re.I)


def _without_share_buttons(text: str) -> str:
    """'Tweet Friday 20th October 2017', 'Teilen Drucken 3. Mai 2019': a share bar's buttons run onto the date line
    of the same page element; the buttons are no words of the line."""
    words = text.split()
    k = 0
    while k < min(len(words), 4) and words[k].strip("|·•,").casefold() in SHARE_BAR_WORDS:
        k += 1
    return " ".join(words[k:]) if k and k < len(words) else text


# A German letter's date: 'Dienstag, den 27.08.2002', 'Berlin, den 3. Mai 2019' (the article after the comma).
_LETTER_DEN = re.compile(r"(?<=,)\s*den\s+(?=\d)")


def parse_date_line(text: str) -> str | None:
    """A line that is a date, maybe with a label, weekday, time or dateline city.

    '30.01.2025', 'Veröffentlicht am 3. März 2025, 10:15 Uhr', 'Berlin, 30.01.2025'.
    """
    text = _without_share_buttons(_RELEASE_LABEL.sub("", strip_markup(text)))
    text = _LETTER_DEN.sub(" ", text)
    if len(text) > 80 or host_stamp(text):
        return None
    hit = find_date(text)
    if not hit:
        return None
    iso, start, end = hit
    rest = text[:start] + " " + text[end:]
    # The same date again ('04.07.2015 UPDATE: 04.07.2015 16:01 Uhr'), a reading time.
    while (again := find_date(rest)) and again[0] == iso:
        rest = rest[:again[1]] + " " + rest[again[2]:]
    rest = _TIME.sub(" ", _READING_TIME.sub(" ", rest))
    rest = re.sub(r"[|,;:()\[\]/·•–—-]", " ", rest).strip()
    words = [w.strip(".").casefold() for w in rest.split()]
    unknown = [w for w in words if w and w not in DATE_LINE_WORDS]
    if not unknown:
        return iso
    # A dateline: 'Berlin, 30.01.2025' (one or two capitalised place words before the date).
    before = text[:start].strip()
    if not text[end:].strip(" .)") and (_LINE_DATELINE.fullmatch(before) or _OUTLET_CODE.fullmatch(before)):
        return iso
    return None


# The place of a dateline before the date: 'Berlin,', 'Bad Ems (', 'Boulder, Colorado –' (a city and its state or country).
_LINE_DATELINE = re.compile(r"[A-ZÄÖÜ][\w.-]+(?:\s[A-ZÄÖÜ/][\w./-]*)?(?:,\s[A-ZÄÖÜ][\w.-]+(?:\s[A-ZÄÖÜ][\w.-]+)?)?\s*[,(/–-]")
# A newspaper's abbreviation alone before the date ('ABZ 08.04.2014'): the paper's credit line and its issue day.
_OUTLET_CODE = re.compile(r"(?!(?:AB|BIS|SEIT|BY|TO|TILL|UNTIL|FROM|DUE)\b)[A-ZÄÖÜ]{2,5}")


_EDITION = re.compile(
    r"(?<!\w)(?:Ausgabe|Heft|Issue|Edition|Nummer|Number|Nr\.|No\.)\s*:?\s*"
    r"(?P<num>\d{1,3})\s*/\s*(?P<year>(?:19|20)\d{2})(?!\d)", re.I)
_EDITION_MONTH = re.compile(
    rf"(?<!\w)(?:Ausgabe|Heft|Issue|Edition)\s*:?\s*(?P<month>{_MONTH_RE})\.?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)",
    re.I)


# 'Ausgabe Nr. 13, 3. April 2017', 'Issue No. 87, March 4, 2020': a numbered issue with its day.
_EDITION_DATED = re.compile(r"(?<!\w)(?:Ausgabe|Heft|Issue|Edition)\s*(?:Nr\.|No\.|Nummer|Number)?\s*(?P<num>\d{1,4})"
                            r"\s*(?:,|vom|from|of)\s+(?P<date>\S.{5,30})$", re.I)


def parse_edition(text: str) -> tuple[str, str] | None:
    """'Ausgabe 1/2025' → ('1/2025', '2025'); 'Issue March 2025' → ('March 2025', '2025-03');
    'Ausgabe Nr. 13, 3. April 2017' → ('Ausgabe Nr. 13', '2017-04-03')."""
    if (m := _EDITION_DATED.search(text.strip())) and (iso := parse_date_line(m.group("date"))):
        return text.strip()[m.start():m.end("num")], iso
    if m := _EDITION.search(text):
        return f"{int(m.group('num'))}/{m.group('year')}", m.group("year")
    if m := _EDITION_MONTH.search(text):
        year, month = int(m.group("year")), MONTHS[m.group("month").casefold()]
        return f"{m.group('month')} {year}", iso_date(year, month)
    return None


_MAGAZINE_CREDIT = re.compile(
    r"^(?:Aus|From|Erschienen\s+in|Published\s+in|Zuerst\s+erschienen\s+in|First\s+published\s+in)\s+"
    r"(?P<outlet>[A-ZÄÖÜ][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'’-]*|der|des|die|für|of|the|and|&|und)){0,6}?)\s+"
    r"(?:(?:Ausgabe|Heft|Nr\.|Issue|No\.)\s*)?(?P<num>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d{2})\.?$")


def parse_magazine_credit(text: str) -> tuple[str, str] | None:
    """'Aus Musterblatt der Wissenschaft 07/2013' → ('Musterblatt der Wissenschaft', '2013-07'): the
    magazine and its issue; a two-digit issue number of a year is its month, else the year."""
    match = _MAGAZINE_CREDIT.match(strip_markup(text))
    if not match:
        return None
    num, year = match.group("num"), int(match.group("year"))
    month = int(num) if len(num) == 2 and 1 <= int(num) <= 12 else None
    return match.group("outlet"), iso_date(year, month) or str(year)


# The report words here, in `_ISSUE_YEAR` and in `title._COVER` differ by a few words on purpose (a union
# would read a year or a title from more lines).
_REPORT_YEAR = re.compile(
    r"\b(?:Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|Jahrbuch|Annual\s+Report|Activity\s+Report|"
    r"Yearbook)\s+(?P<year>(?:19|20)\d{2})(?![\d/-])", re.I)
_SELF_REFERENCE = re.compile(
    r"\b(?:(?:in\s+)?(?:diesem|dieser|unserem|unserer|vorliegenden)\s+(?:Jahresbericht|Geschäftsbericht|"
    r"Tätigkeitsbericht|Jahrbuch|Bericht)|(?:in\s+)?(?:this|our)\s+(?:annual\s+|activity\s+)?report|this\s+yearbook)\b",
    re.I)


def report_year(doc: Document) -> str | None:
    """A report that speaks of itself ('in diesem Jahresbericht') and names its year
    ('der Jahresbericht 2012 des …', 'Annual Report 2023') → '2012'."""
    text = "\n".join(b.text for b in doc.blocks[:12] if b.kind in ("paragraph", "heading"))
    if not _SELF_REFERENCE.search(text):
        return None
    match = _REPORT_YEAR.search(text)
    return match.group("year") if match else None


_SEASONS = r"(?:Winter|Spring|Summer|Fall|Autumn|Frühjahr|Frühling|Sommer|Herbst)"
# A publication's cover or issue line: '2010 Annual Report …', 'Winter/ Spring 1999 Volume 16',
# 'oktober–dezember 2006', 'Januar / Februar 2013', '7. Jahrgang · 2013 · Heft 2'.
_ISSUE_YEAR = re.compile(
    rf"^(?:\W|\d+\s)*(?:(?P<a>(?:19|20)\d{{2}})\s+(?:Annual\s+Report|Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|"
    rf"Jahrbuch|Yearbook)\b|{_SEASONS}(?:\s*/\s*{_SEASONS})?\s+(?P<b>(?:19|20)\d{{2}})(?!\d)|(?P<e>(?:19|20)\d{{2}})\s+{_SEASONS}\b|"
    rf"(?:{_MONTH_RE})\.?\s*[–/-]\s*(?:{_MONTH_RE})\.?\s+(?P<c>(?:19|20)\d{{2}})(?!\d)|"
    rf"\d{{1,3}}\.\s*(?:Jahrgang|Jg\.)\s*[·|,–-]\s*(?P<d>(?:19|20)\d{{2}})(?!\d))", re.I)


def publication_year(doc: Document) -> str | None:
    """The year of a publication's issue printed on its cover among the first short lines."""
    for line in [line.strip() for line in doc.lines[:40] if line.strip()][:15]:
        if len(line) <= 120 and (m := _ISSUE_YEAR.match(line)):
            return m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
    return None


# A publication's month: a line that is only 'März 2022' (maybe with a page number), or a cover's or foreword's
# place and month 'Kiel, Dezember 2014' (the word before the place no preposition: 'held in Paris, March 2011').
_MONTH_LINE = re.compile(rf"^\W*(?:\d{{1,3}}\s+)?(?P<month>{_MONTH_RE})\.?\s+(?P<year>(?:19|20)\d{{2}})(?:\s+\d{{1,3}})?\W*$", re.I)
_PLACE_MONTH = re.compile(rf"(?:^|(?<=\s))[A-ZÄÖÜ][a-zäöüß]+(?:\s(?:i\.\s?Br\.|a\.\s?M\.))?,\s+"
                          rf"(?P<month>(?i:{_MONTH_RE}))\s+(?P<year>(?:19|20)\d{{2}})(?![\d.,/-])")


def publication_month(doc: Document) -> str | None:
    """The month of a publication among its first lines: the one month printed alone on a line (several are an
    archive's list), or a place and a month ('Paris, March 2011')."""
    lines = [strip_markup(line).strip() for line in doc.lines[:80] if line.strip()][:40]
    alone = {iso for line in lines if (m := _MONTH_LINE.match(line))
             and (iso := iso_date(int(m.group("year")), MONTHS[m.group("month").casefold()]))}
    if len(alone) == 1:
        return alone.pop()
    if alone:
        return None
    for line in lines[:15]:
        for m in _PLACE_MONTH.finditer(line):
            before = line[:m.start()].split()
            if not before or not before[-1][:1].islower():
                return iso_date(int(m.group("year")), MONTHS[m.group("month").casefold()])
    return None


# A periodical's issue line, read from the opening text with its lines joined (a PDF host runs the cover's lines
# together): an issue mark ('Volume 5, Issue 6', '68. Jahrgang', 'ISSN 1234-5678', 'Number 56') beside the issue's
# month, months or season ('Dezember 2019', 'March/April 2020', 'Winter/Spring 1999'), or a numbered issue of a year
# ('Ausgabe 2/2016', 'Heft 01/2013', 'Magazin 3-2019', 'Journal Bayern 1/2013'). One month gives the month, two
# months or a season the year; the number before a year is the issue's, never a month.
_ISSUE_MARK = (r"(?:(?:Volume|Vol\.|Jahrgang|Jg\.)\s*\d{1,4}|\d{1,3}\.\s*(?:Jahrgang|Jg\.)|"
               r"(?:Issue|Number|Nummer|No\.|Nr\.|Heft|Ausgabe|Edition)\s*(?:Nr\.|No\.)?\s*\d{1,4}|ISSN[\s:-]*\d{4}\s*-\s*\d{3}[\dX])")
_PERIODICAL = r"(?:Magazin|Magazine|Newsletter|Zeitschrift|Journal|Bulletin|Rundbrief|Mitteilungsblatt|Nachrichtenblatt)"
_ISSUE_SEP = r"\s*[,|·•/–-]?\s*"
_ISSUE_WHEN = (rf"(?:(?:(?P<day>\d{{1,2}})\.?\s+)?(?P<m1>{_MONTH_RE})\.?(?:\s*[/–-]\s*(?P<m2>{_MONTH_RE})\.?)?|{_SEASONS}(?:\s*/\s*{_SEASONS})?)"
               rf"\s+(?P<year>(?:19|20)\d{{2}})(?![\d./])")
_ISSUE_DATES = (re.compile(rf"(?<!\w)(?:(?:{_ISSUE_MARK}{_ISSUE_SEP})+|{_PERIODICAL}\s+){_ISSUE_WHEN}", re.I),
                re.compile(rf"(?<!\w){_ISSUE_WHEN}{_ISSUE_SEP}{_ISSUE_MARK}", re.I))
_NUMBERED_ISSUE = re.compile(
    rf"(?<!\w)(?:(?:Ausgabe|Heft|Issue|Edition|Nummer|Number|Nr\.|No\.)\s*:?|{_PERIODICAL}(?:\s+[A-ZÄÖÜ][\w-]+)?)"
    rf"\s*\d{{1,2}}\s*[/-]\s*(?P<year>(?:19|20)\d{{2}})(?![\d/-])", re.I)
_ISSUE_TEXT_CHARS = 2500
# (for the periodical's name printed beside them: `title.periodical_masthead`)
PERIODICAL_WORD = re.compile(rf"{_PERIODICAL}", re.I)
_ISSUE_MARK_RE = re.compile(rf"(?<!\w){_ISSUE_MARK}", re.I)
ISSUE_WHEN = re.compile(rf"(?<!\w)(?:{_ISSUE_WHEN}|\d{{1,2}}\s*/\s*(?:19|20)\d{{2}}(?![\d/]))", re.I)


def has_issue_line(text: str) -> bool:
    """An issue line in a text's opening: a numbered issue of a year, an issue mark (ISSN, volume, issue number),
    or a periodical's word beside the issue's date."""
    opening = text[:_ISSUE_TEXT_CHARS]
    return bool(_NUMBERED_ISSUE.search(opening) or _ISSUE_MARK_RE.search(opening)
                or any(pattern.search(opening) for pattern in _ISSUE_DATES))


def issue_date(doc: Document) -> str | None:
    """The date of a periodical's issue on its cover: 'Zeitschrift des X | ISSN … | 68. Jahrgang | Dezember 2019'
    → '2019-12', 'Ausgabe 2/2016 (März/April)' → '2016', 'Number 87 March/April 2020' → '2020',
    'Ausgabe Nr. 13, 3. April 2017' → '2017-04-03'."""
    text = " ".join(strip_markup(line).strip() for line in doc.lines if line.strip())[:_ISSUE_TEXT_CHARS]
    numbered = _NUMBERED_ISSUE.search(text)
    dated = min((m for pattern in _ISSUE_DATES if (m := pattern.search(text))), key=lambda m: m.start(), default=None)
    if numbered and (not dated or numbered.start() <= dated.start()):
        return numbered.group("year")
    if not dated:
        return None
    year = int(dated.group("year"))
    if dated.group("m1") and not dated.group("m2"):
        day = int(dated.group("day")) if dated.group("day") else None
        return iso_date(year, MONTHS[dated.group("m1").casefold().rstrip(".")], day)
    return str(year)


_URL_PATH_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?:/(\d{1,2}))?(?=/|$)")
_EPOCH = re.compile(r"(?<!\d)(1[2-9]\d{8})(\d{3})?(?!\d)")


def date_from_url(url: str | None, timestamps: bool = False) -> str | None:
    """'/wp-content/uploads/2025/02/x.jpg' → '2025-02'; optionally an epoch timestamp."""
    if not url:
        return None
    path = split_url(url).path
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


# A redistributor's notice under a reprinted text names the day its issuer published it: 'Example AG published this
# content on 04 July 2018 and is solely responsible …', 'Beispiel AG veröffentlichte diesen Inhalt am 04 Juli 2018'.
_ISSUER_PUBLISHED = re.compile(r"\b(?:published|released)\s+this\s+(?:content|document|information)\s+on\s+|"
                               r"\bveröffentlichte\s+diese(?:n|s)?\s+(?:Inhalt|Dokument|Information)\s+am\s+", re.I)


def issuer_published_date(doc: Document) -> str | None:
    """The date a redistributor's notice gives as the issuer's own publication day."""
    text = " ".join(doc.raw_text.split())
    for match in _ISSUER_PUBLISHED.finditer(text):
        if (hit := find_date(text[match.end():match.end() + 40])) and hit[1] == 0 and len(hit[0]) == 10:
            return hit[0]
    return None


def find_stated_or_inferred_date(doc: Document, header: Header, url: str | None) -> tuple[str | None, bool]:
    """(date, inferred): stated in the text, else from the page URL or an image URL path."""
    if header.date:
        if len(header.date) < 10 and (iso := header_zone_date(doc)) and iso.startswith(header.date):
            return iso, False  # 'Pressemitteilung Nr. 12/2016' in the header, 'Hamburg, 17. März 2016.' opening the lead
        return header.date, False
    if iso := header_zone_date(doc) or issuer_published_date(doc):
        return iso, False
    if year := report_year(doc) or publication_year(doc) or publication_month(doc) or issue_date(doc):
        return year, False
    if iso := date_from_url(url, timestamps=True):
        return iso, True
    for block in doc.blocks:
        if block.kind == "image" and (iso := date_from_url(block.src)):
            return iso, True
    return None, False


_DATE_LABEL = re.compile(
    r"(?:\b(?:vom|am|datum|stand|veröffentlicht|erschienen|publiziert|aktualisiert|published|posted|dated|date|"
    r"updated|issued|released|broadcast|aired|gesendet|ausgestrahlt)|\bon)\s*:?\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s*)?$",
    re.I)
# A show's own date, even inside its teaser: 'Show originally broadcast May 16, 2008.'
_BROADCAST_LABEL = re.compile(r"(?:\boriginally\s+|\b(?:show|episode|programme|program|sendung|folge)\s+(?:was\s+|wurde\s+)?)"
                              r"(?:broadcast|aired|ausgestrahlt|gesendet)\s+(?:on\s+|am\s+)?$", re.I)
_TIME_FIRST = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?$", re.I)
_DATELINE_PLACE = re.compile(r"^[A-ZÄÖÜ][\w.'’-]*(?:(?:[ ,]+|\s+\|\s+)[A-ZÄÖÜ][\w.'’-]*){0,3}\s*(?:,(?:\s*den)?|[–—-]|\()\s*$")
# A news service's name before a release's dateline ('Newswise — ').
_SERVICE_BEFORE_DATELINE = re.compile(r"^[A-Z][\w.-]*\s+[—–]\s+(?=[A-Z])")
# A German release's source and date in brackets opening its lead: '(ABV/5.6.2025) Mit einer Feier …'.
_SOURCE_DATELINE = re.compile(r"(?:^|\s)\(\s*[A-Za-zÄÖÜ][\w&.-]{1,20}\s*/\s*$")
# A reprinted release names its kind and date in brackets: '(Press Release, October 5 2000)', '(Pressemitteilung vom 3.5.2012)'.
_KIND_IN_BRACKETS = re.compile(r"\(\s*(?:press\s+release|news\s+release|media\s+release|pressemitteilung|presseinformation|"
                               r"medienmitteilung|pressemeldung)\s*(?:,|vom|of|dated)?\s*$", re.I)
# A release's lead opening with its place and date after the deck's last sentence: '… empfohlen. Hamburg, 3. März 2016. Den …'.
_LEAD_DATELINE = re.compile(r"(?:^|[.!?]\s+)(?P<place>[A-ZÄÖÜ][\w.-]+(?:\s[A-ZÄÖÜ][\w.-]+)?),\s*(?:den\s+)?$")


def _lead_dateline(before: str, after: str) -> bool:
    """A place, a comma and the date after a sentence's end, the date closed by a full stop or a dash."""
    match = _LEAD_DATELINE.search(before)
    return bool(match) and bool(re.match(r"\s*(?:\.\s|[–—-]\s)", after)) and not any(
        w.casefold() in WEEKDAYS or w.casefold() in _DATE_PREPOSITIONS for w in match.group("place").split())


_HEADER_DATE_BLOCKS = 8
_DAY_PRECISION = ("ymd", "dmy", "slash", "d_mon_y", "mon_d_y")


# A label that names the date wherever it stands ('Publication date :', 'Veröffentlicht am'), unlike 'am'/'on'.
_PUBLICATION_LABEL = re.compile(r"\b(?:datum|stand|veröffentlicht|erschienen|publiziert|aktualisiert|published|posted|"
                                r"dated|date|updated|issued|released)\s*(?:am|on)?\s*:?\s*$", re.I)
# Words that put a date into a sentence ('Am 5. Mai 2004 bebte …', 'Since March 3, 2020 …').
_DATE_PREPOSITIONS = {"am", "an", "vom", "seit", "bis", "ab", "zum", "zur", "nach", "vor", "im", "on", "since", "until",
                      "from", "before", "after", "by", "in", "of", "at"}
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜ„\"]")
_WEEKDAY_ABBREVIATIONS = ("mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                          "sat", "sun")
# A weekday printed right before the date ('Mo, 20.11.2000', 'Tuesday, March 3, 2020'): the date of a header field.
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join((*WEEKDAYS, *_WEEKDAY_ABBREVIATIONS))})\.?,\s*$", re.I)


def _header_fields_before(before: str, start: int) -> bool:
    """Only header fields before a date, run into one line with it ('Teilen: 22.07.2011 08:59', 'Pressemitteilung
    Nr. 92/2011 4. April 2011 …', '• Von Anna Beck • 20. Aug. 2022', 'Source : X Publication date : 11/10/2015'):
    a publication label with no sentence before it, or a few capitalised words, numbers and marks near the start
    of the line, no preposition that puts the date into a sentence."""
    if _SENTENCE_BREAK.search(before):
        return False
    if _PUBLICATION_LABEL.search(before[-40:]):
        return True
    words = before.split()
    if start <= 80 and len(words) <= 9 and _WEEKDAY_BEFORE.search(before):
        words = words[-5:]  # 'OTS0067 5 CA 0346 AI Mo, 20.Nov 2000': a wire's codes, then the weekday of the date
    return start <= 80 and len(words) <= 5 and all(
        (w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum()) and w.casefold().strip(":,") not in _DATE_PREPOSITIONS
        for w in words)


def date_candidates(text: str) -> list[tuple[int, str]]:
    """Every day-precise date printed in a line, scored by where it stands: a label before it
    ('vom', 'Veröffentlicht am', 'published on') or the start of the line, also after a dateline's
    place ('Beispielstadt, NJ – March 3, 2021 –'), make it the line's own date (score 3); a date
    inside prose (a label counts on a header-length line only) scores 0. Returns (score, ISO date) in text order."""
    found = []
    if host_stamp(text):
        return []
    for pattern, form in _DATE_PATTERNS:
        if form not in _DAY_PRECISION:
            continue
        for match in pattern.finditer(text):
            iso = _match_to_iso(match, form)
            if not iso:
                continue
            before = text[:match.start()]
            stripped = before.strip(" \t|•·[(")  # "[28.03.2012] Per Anhalter …"
            stripped = _TIME_FIRST.sub("", stripped)  # '11:00 24.09.2015': a time before the date
            before = _SERVICE_BEFORE_DATELINE.sub("", before)  # 'Newswise — MUSTERVILLE, IL - March 3, 2015 -'
            labelled = (len(text) <= 200 and _DATE_LABEL.search(before[-40:])) \
                or _BROADCAST_LABEL.search(before[-40:])  # in prose 'am 3. Mai' is no label; 'originally aired' is
            # 'MUSTERVILLE, NY (Jan. 25, 2021)—': the date in brackets after the dateline's place
            sourced = ((_SOURCE_DATELINE.search(before) or _KIND_IN_BRACKETS.search(before))
                       and text[match.end():].lstrip().startswith(")")) \
                or _lead_dateline(before, text[match.end():])
            if not stripped or labelled or sourced or _DATELINE_PLACE.match(stripped) or _DATELINE_PLACE.match(before.strip()):
                found.append((match.start(), 3, iso))
            elif _header_fields_before(before, match.start()):
                found.append((match.start(), 2, iso))
            else:
                found.append((match.start(), 0, iso))
    return [(score, iso) for _, score, iso in sorted(found)]


# A news list's date over the headline with the item's section or series after a dash or bar: '12.05.2031 - Beispielpokal'.
_DATE_THEN_LABEL = re.compile(r"^\W*(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\s+[-–—|]\s+"
                              r"(?P<label>[^.!?:;]{2,40})$")


def date_over_label(text: str) -> str | None:
    """'12.05.2031 - Beispielpokal' → '2031-05-12': a short line opening with the day's date, a dash and a label."""
    if (match := _DATE_THEN_LABEL.match(text.strip())) and len(match.group("label").split()) <= 4:
        return parse_date_line(match.group("date"))
    return None


def header_zone_date(doc: Document) -> str | None:
    """The text's own date when no header line was read as one: the best scored date candidate
    (`date_candidates`) of the first blocks (list items too), the earliest of equal scores; a
    date only mentioned in prose is none."""
    best: tuple[int, int] | None = None
    found = None
    # (a release's contact lines printed over its header take no place in the zone)
    for i, block in enumerate([b for b in doc.blocks if b.kind != "contact"][:_HEADER_DATE_BLOCKS]):
        if block.kind not in ("paragraph", "heading", "list", "answer"):
            continue
        lines = block.items if block.kind == "list" else [block.text]
        for line in lines:
            for score, iso in date_candidates(strip_markup(line)[:300]):
                if score > 0 and (best is None or (score, -i) > best):
                    best, found = (score, -i), iso
    return found
