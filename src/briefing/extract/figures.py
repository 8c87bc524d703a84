"""Figures a briefing reader looks for: sums of money, percentages, counts, dates, hardware.

Every figure keeps the value as printed ("5,6 Millionen US-Dollar"), the
sentence around it, the anchor of its block, its kind, and the topics whose
evidence includes that block (topics run before figures). `amount()` turns a
printed value into a number in base units (5.6e6, "USD"), so that different
figures for the same thing can be put side by side.

Numbers are read in either convention: a separator followed by exactly three
digits groups thousands ("294.000", "294,000"), any other is a decimal mark
("5,6", "10.9"). Noise is left out on purpose: a year alone, list numbering,
phone numbers, version and model names ("R1", "V3", "GPT-4"), and lines that
hold nothing but the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Document, Figure
from briefing.text import sentence_spans

# --- vocabularies ------------------------------------------------------------------------------

SCALES = {
    "tausend": 1e3, "tsd": 1e3, "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9,
    "billionen": 1e12, "trillion": 1e12, "trillions": 1e12,
}
_CURRENCIES = {
    "us-dollar": "USD", "us dollar": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "$": "USD",
    "us$": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "yuan": "CNY", "cny": "CNY",
    "rmb": "CNY", "renminbi": "CNY", "pfund": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "£": "GBP",
    "yen": "JPY", "jpy": "JPY", "¥": "JPY", "franken": "CHF", "chf": "CHF",
}
MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "december": 12,
}
# Nouns after a number that make a duration, a unit or an ordinal, not a count of things.
_NOT_COUNTED = {
    "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "monats", "woche", "wochen",
    "tag", "tage", "tagen", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "mal",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minutes",
    "seconds", "times", "prozent", "percent", "uhr", "seite", "seiten", "page", "pages", "kapitel",
    "ausgabe", "nummer", "nr", "platz", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at",
    "by", "from", "oder", "und", "bis", "pro", "je",
}
_VENDORS = r"(?:Nvidia|NVIDIA|AMD|Intel|Huawei|Qualcomm|Apple|Google|Cerebras|Groq|Graphcore|TSMC|Ascend|Arm)"
_HW_NOUNS = (r"(?:Chips?|GPUs?|Grafikkarten?|Grafikprozessoren|Grafikprozessors?|Karten|Beschleuniger|"
             r"Serie|Series|Prozessoren|Prozessors?|Cluster|Server|accelerators?|cards?|processors?|TPUs?|NPUs?)")
_MODEL = r"[A-Z]{1,3}\d{2,4}[A-Za-z]{0,3}"  # H100, A100, H800, B200, MI300X, GB200 — not R1, V3, o1

# --- patterns ----------------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_LEFT = r"(?<![\w.,/+\-])"  # a number starts a word: not "R1", "V3", "1/2025", "+49"
_RIGHT = r"(?![\w/])"
_APPROX = (r"(?:(?:rund|etwa|ca\.|circa|knapp|fast|fast\s+genau|über|mehr\s+als|weniger\s+als|bis\s+zu|"
           r"gut|about|around|approximately|roughly|over|more\s+than|less\s+than|nearly|almost|up\s+to)\s+)?")
_SCALE = r"(?:Tausend|Tsd\.|Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen|Billion|thousand|million|billion|trillion|bn|mn|[kmMB])"
# English prose writes currencies in lower case ("5.6 million dollars", "US dollars", "euros").
_CUR_AFTER = (r"(?:US\s?-\s?Dollars?|U\.S\.\s?dollars?|US\s?dollars?|US\$|Dollars?|dollars?|USD|Euros?|euros?|EUR|"
              r"Yuan|yuan|CNY|RMB|Renminbi|renminbi|Pfund|GBP|Yen|yen|JPY|CHF|Franken|\$|€|£|¥)")
_CUR_BEFORE = r"(?:US\$|\$|€|£|¥|USD|EUR)"

_MONEY = re.compile(
    rf"{_APPROX}{_LEFT}(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE})(?![\w]))?\s*(?P<cur>{_CUR_AFTER})(?![\w])"
    rf"|{_APPROX}(?P<cur2>{_CUR_BEFORE})\s?(?P<num2>{_NUM})(?:\s*(?P<scale2>{_SCALE})(?![\w]))?{_RIGHT}"
    rf"|(?:zig|mehrere|einige|viele|Hunderte\s+von|hunderte\s+von|tens\s+of|hundreds\s+of)\s+"
    rf"(?P<vscale>Millionen|Milliarden|millions|billions)\s+(?:von\s+|of\s+)?(?P<vcur>US\s?-\s?Dollar|Dollar|Euro|dollars|euros)(?![\w])"
)
_PERCENT = re.compile(rf"{_APPROX}{_LEFT}(?P<num>{_NUM})\s*(?:Prozent|%|percent|per\s+cent)(?![\w])", re.I)
_COUNT = re.compile(
    rf"{_APPROX}{_LEFT}(?P<num>{_NUM}(?:\s?[-–]\s?{_NUM})?)\+?(?:\s+(?P<scale>{_SCALE})(?![\w]))?\s+"
    r"(?P<noun>[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß]*(?:-[\wÄÖÜäöüß]+)*)"
)
# A count in front of vendor chips ("2.048 Nvidia-GPUs"), never a year ("seit 2023 Nvidia-Chips").
_HW_COUNT = rf"(?:{_LEFT}(?!(?:19|20)\d{{2}}\s){_NUM}\s+)?"
_HARDWARE = re.compile(
    # "H100- und A100-Serie", "H100 and A100 GPUs"
    rf"(?:{_VENDORS}[\s-]+)?{_MODEL}-?\s+(?:und|oder|and|or|sowie)\s+{_MODEL}(?:-|\s+){_HW_NOUNS}(?![\w])"
    # "Nvidia H800-Chips", "Nvidia H100", "H800-Chips"
    rf"|{_HW_COUNT}{_VENDORS}[\s-]+{_MODEL}(?:(?:-|\s+){_HW_NOUNS})?(?![\w])"
    rf"|{_MODEL}(?:-|\s+){_HW_NOUNS}(?![\w])"
    # "800 Karten von Nvidia", "GPUs von NVIDIA"
    rf"|(?:{_NUM}\s+)?(?:[\wäöüÄÖÜß]+-)?{_HW_NOUNS}\s+(?:von|of|from)\s+{_VENDORS}(?![\w])"
    # "NVIDIA-Chips", "Nvidia-GPUs", "Huawei Ascend chips"
    rf"|{_HW_COUNT}{_VENDORS}(?:-|\s+){_HW_NOUNS}(?![\w])"
)
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\d.])(?:[0-3]?\d)\.\s?(?:[01]?\d)\.\s?(?:19|20)\d{2}(?!\d)"  # 30.01.2025
    r"|(?<![\d/])(?:[0-3]?\d)/(?:[01]?\d)/(?:19|20)\d{2}(?!\d)"  # 17/09/2025
    r"|(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d)"  # 2025-01-30
    rf"|(?<![\d.])(?:[0-3]?\d)\.\s?(?:{_MONTH_NAMES})(?:\s+(?:19|20)\d{{2}})?(?![\w])"  # 30. Januar 2025
    rf"|(?:{_MONTH_NAMES})\s+[0-3]?\d,?\s+(?:19|20)\d{{2}}(?!\d)"  # January 27, 2025
    rf"|(?<![\d.])[0-3]?\d\s+(?:{_MONTH_NAMES})\s+(?:19|20)\d{{2}}(?!\d)"  # 27 January 2025
    rf"|(?:(?:Anfang|Mitte|Ende|im|seit|ab|bis|vom|zum|early|mid|late|in|since|until|by)\s+)"
    rf"(?:{_MONTH_NAMES})\s+(?:19|20)\d{{2}}(?!\d)"  # Ende Januar 2025 ('im Januar' without a year is no fact)
    rf"|(?:{_MONTH_NAMES})\s+(?:19|20)\d{{2}}(?!\d)"  # Januar 2025
)
_PHONE = re.compile(r"(?:\+|\b0)\d[\d\s/().-]{6,}\d|\b\d{2,5}[\s/-]\d{3,}-\d{2,}")
# A postal code before its town ('42651 Solingen', 'D-10115 Berlin') in a line that is an address: no count.
# It follows a comma, a house number, a state's code ('QLD 4810', 'MO 65211') or starts the line; not a year.
_POSTCODE = re.compile(r"(?:^|(?<=, )|(?<=\d )|(?<=\d[a-z] )|(?<=\b[A-Z]{2} )|(?<=\b[A-Z]{3} )|(?<=\b[A-Z]-)|(?<=\b[A-Z]{2}-))"
                       r"(?!(?:19|20)\d{2}\b)\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+")
_ADDRESS_MARK = re.compile(r"\b(?:Tel|Telefon|Telephone|Phone|Fax|E-Mail|Postfach|PO Box)\b|@"
                           r"|[a-zäöüß](?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm)\s*\d{1,4}[a-z]?\b")
# A section or page number before a heading word ('1 Geltungsbereich', '2 RAHMENTARIFVERTRAG'): numbering, no count.
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}\s+){1,2}(?:[A-ZÄÖÜ]{3,}\b|[A-ZÄÖÜ][a-zäöüß]+(?:\s+[IVX]+\.|$))")


# --- amounts -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Amount:
    """A figure as a number in base units: 5.6e6 "USD", 55.0 "%", 1.09e7 "Downloads"."""

    value: float
    unit: str | None


def parse_number(text: str) -> float | None:
    """A printed number in German or English convention: "294.000", "294,000", "5,6", "10.9", "1.234,5"."""
    text = text.strip().replace("\u00a0", ".").replace("\u202f", ".")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        return None
    seps = [c for c in text if c in ".,"]
    if not seps:
        return float(text)
    last = max(text.rfind("."), text.rfind(","))
    tail = text[last + 1:]
    if len(set(seps)) == 2:  # both marks: the last one is the decimal mark
        return float(re.sub(r"[.,]", "", text[:last]) + "." + tail)
    if len(seps) == 1 and len(tail) != 3:  # "5,6", "10.9"
        return float(text.replace(",", "."))
    if len(seps) > 1 and len(tail) != 3:  # "1.2.3" is not a number
        return None
    return float(re.sub(r"[.,]", "", text))  # "294.000", "1.000.000", "294,000"


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    key = word.rstrip(".").strip()
    if key in ("k", "m", "M", "B"):
        return {"k": 1e3, "m": 1e6, "M": 1e6, "B": 1e9}[key]
    if key == "Billion":  # German capitalised noun: 10^12; English prose writes "billion"
        return 1e12
    return SCALES.get(key.casefold(), 1.0)


def _currency(word: str) -> str | None:
    key = re.sub(r"\s*-\s*", "-", word.strip()).casefold()
    key = re.sub(r"^u\.s\.\s?", "us ", key)
    return _CURRENCIES.get(key) or _CURRENCIES.get(key.replace(" ", "-").removesuffix("s"))


def amount(value: str) -> Amount | None:
    """Normalise a printed figure to a float in base units; None when it is vague ("zig Millionen Dollar") or a date.

    >>> amount("5,6 Millionen US-Dollar")
    Amount(value=5600000.0, unit='USD')
    """
    text = value.strip()
    m = _MONEY.search(text)
    if m and m.group("vcur") is None:
        num, scale, cur = (m.group("num"), m.group("scale"), m.group("cur")) if m.group("num") else (
            m.group("num2"), m.group("scale2"), m.group("cur2"))
        number = parse_number(num)
        if number is not None:
            return Amount(number * _scale(scale), _currency(cur))
    m = _PERCENT.search(text)
    if m:
        number = parse_number(m.group("num"))
        return Amount(number, "%") if number is not None else None
    m = _COUNT.search(text)
    if m and not re.search(r"[-–]\s?\d", m.group("num")):
        number = parse_number(m.group("num"))
        if number is not None:
            return Amount(number * _scale(m.group("scale")), m.group("noun"))
    m = re.fullmatch(rf"{_APPROX}(?P<num>{_NUM})\s*(?P<scale>{_SCALE})?\.?", text)
    if m:
        number = parse_number(m.group("num"))
        return Amount(number * _scale(m.group("scale")), None) if number is not None else None
    return None


def figure_amount(figure: Figure) -> Amount | None:
    """The number behind a figure (money, percentage, count, "800 Karten von Nvidia"); None for dates and names."""
    if figure.kind == "date":
        return None
    if figure.kind == "hardware":  # "2,048 Nvidia H800 GPUs" counts GPUs, "800 Karten von Nvidia" Karten
        m = re.match(rf"{_NUM}(?=\s)", figure.value.strip())
        nouns = re.findall(rf"(?<![^\W\d_]){_HW_NOUNS}(?![\w])", figure.value)
        number = parse_number(m.group(0)) if m else None
        if number is None or not nouns:
            return None
        return Amount(number, nouns[-1])
    return amount(figure.value)


# --- sentences ---------------------------------------------------------------------------------

def _sentence_around(text: str, start: int, end: int) -> str:
    for a, b in sentence_spans(text):
        if a <= start < b:
            # a figure may straddle a boundary the splitter saw; extend to its end
            while b < end:
                b = next((y for x, y in sentence_spans(text) if x >= b), len(text))
            return text[a:b].strip()
    return text.strip()


# --- extraction --------------------------------------------------------------------------------

@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    priority: int


def _is_year(num: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", num))


def find_figures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every figure in a passage, left to right, without overlaps."""
    blocked = [m.span() for m in _PHONE.finditer(text)]
    if _ADDRESS_MARK.search(text):
        blocked += [m.span() for m in _POSTCODE.finditer(text)]
        blocked += [m.span() for m in re.finditer(r"\b(?:PO Box|P\.\s?O\.\s?Box|Postfach)\s+\d[\d ]*", text)]
    heading = _NUMBERED_HEADING.match(text)
    if heading:
        blocked.append(heading.span())

    def free(a: int, b: int) -> bool:
        return not any(a < y and b > x for x, y in blocked)

    found: list[_Candidate] = []
    for m in _HARDWARE.finditer(text):
        found.append(_Candidate(m.start(), m.end(), "hardware", 0))
    for m in _MONEY.finditer(text):
        found.append(_Candidate(m.start(), m.end(), "money", 1))
    for m in _PERCENT.finditer(text):
        found.append(_Candidate(m.start(), m.end(), "percent", 2))
    for m in _DATE.finditer(text):
        found.append(_Candidate(m.start(), m.end(), "date", 3))
    for m in _COUNT.finditer(text):
        noun = m.group("noun")
        num = m.group("num")
        if noun.casefold() in _NOT_COUNTED or _is_year(num) or noun.casefold() in MONTHS:
            continue
        if not (noun[0].isupper() or m.group("scale") or noun.casefold().endswith("s")):
            continue  # German counts name a noun; English ones a plural or a scale ("2 million users")
        if _currency(noun) or re.fullmatch(_SCALE, noun):
            continue
        found.append(_Candidate(m.start(), m.end(), "count", 4))
    found.sort(key=lambda c: (c.priority, -(c.end - c.start), c.start))
    kept: list[_Candidate] = []
    for cand in found:
        if not free(cand.start, cand.end):
            continue
        if any(cand.start < k.end and cand.end > k.start for k in kept):
            continue
        kept.append(cand)
    return [(c.start, c.end, c.kind) for c in sorted(kept, key=lambda c: c.start)]


def _passage(block) -> str:
    if block.kind == "list":
        return "\n".join(block.items)
    if block.kind == "table":
        return "\n".join(" | ".join(row) for row in block.rows[1:])
    return block.text


def extract_figures(doc: Document) -> Document:
    topic_blocks: dict[str, list[str]] = {}
    for hit in doc.topics:
        for anchor in hit.evidence:
            topic_blocks.setdefault(anchor, []).append(hit.id)
    figures = []
    for block in doc.blocks:
        if block.kind not in ("paragraph", "answer", "question", "list", "table", "heading"):
            continue
        for piece in _passage(block).split("\n"):
            for start, end, kind in find_figures(piece):
                value = piece[start:end].strip()
                sentence = _sentence_around(piece, start, end)
                if re.sub(r"\W", "", sentence) == re.sub(r"\W", "", value):
                    continue  # a number on a line of its own ("90+", "30.01.2025") says nothing
                figures.append(Figure(value=value, kind=kind, sentence=sentence, anchor=block.anchor,
                                      topics=list(topic_blocks.get(block.anchor, []))))
    doc.figures = figures
    return doc
