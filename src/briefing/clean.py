"""Stage 2, clean: remove what web and PDF extraction leave behind, repair the text.

A chain of small named steps over the document's lines. Every step is a pure
function `lines -> lines` (or `lines, removed -> lines`), tested on its own.
What a step removes is kept in `Document.removed` with the reason, so metadata
extraction can still read bylines, tag lines and source lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.model import Document, Removed

Lines = list[str]
Step = Callable[[Lines, list[Removed]], Lines]

# --- vocabularies of boilerplate (general, not tied to one outlet) -----------------

_AD_MARKER = re.compile(
    r"^(kurze\s+)?(werbe\w*|werbung|anzeige|advertisement|advertising|sponsored|gesponsert|ad)"
    r"(\s+\w+)?$", re.I)
_BACK_TO_TOP = re.compile(
    r"(zurück\s+(zum\s+anfang|nach\s+oben)|nach\s+oben|back\s+to\s+top|scroll\s+to\s+top|to\s+top)", re.I)
_COMMENT_COUNTER = re.compile(r"^(kommentare?|comments?|leserkommentare)\s*\(?\d*\)?$", re.I)
_PLACEHOLDER = re.compile(r"^(no data|keine daten|n/a|loading\.*|wird geladen\.*)$", re.I)
_SHARE_COOKIE = re.compile(
    r"^(teilen|share|drucken|print|e-mail senden|artikel teilen|auf \w+ teilen|share on \w+|"
    r"cookie[- ]?(einstellungen|settings|hinweis)|alle cookies akzeptieren|accept( all)? cookies|"
    r"newsletter abonnieren|subscribe( to our newsletter)?|jetzt abonnieren|mehr anzeigen|weiterlesen|read more)$",
    re.I)
# Headings that open the portal's tail: related articles, same topic, footers.
_TAIL_MARKER = re.compile(
    r"^(ähnliche artikel|verwandte artikel|weitere artikel|mehr zum thema|das könnte sie auch interessieren|"
    r"gleiches thema|gleiche kategorie|gleicher autor|related( articles| stories| posts)?|"
    r"more (on this|from)\b.*|you may also like|top-?themen|meistgelesen|most read|details zur meldung)$", re.I)
_TAG_LINE = re.compile(r"^(etikett|etiketten|tags?|schlagworte?|schlagwörter|stichworte?|themen|keywords?)\s*:\s*(.+)$", re.I)
_SOURCE_LINE = re.compile(r"^(quelle|source)\s*:?\s*(\S.*)?$", re.I)
_URL_ONLY = re.compile(r"^<?\(?((https?://|www\.)\S+|[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?)\)?>?$", re.I)
_ICON_GLYPHS = re.compile(r"^(#{1,6}\s+)(?:\*\*)?\s*(?:[©®™•►▶→✓✔★☆●■◆◇▪︎]|\((?:i|!)\))\s*", re.I)


def _is_nav_run(line: str) -> bool:
    """Category words glued together: 'ArbeitRegierungTechnologie'."""
    if " " in line or len(line) < 12:
        return False
    humps = re.findall(r"[a-zäöüß][A-ZÄÖÜ]", line)
    return len(humps) >= 2 and line[0].isupper()


def split_glued_words(text: str) -> list[str]:
    """'ChinaDeepSeek' → ['China', 'DeepSeek'] (words glued by a portal's tag list)."""
    words: list[str] = []
    for part in re.split(r"\s*[,;|]\s*", text.strip()):
        words.extend([part] if " " in part else _regroup(part))
    return [w for w in words if w]


def _regroup(token: str) -> list[str]:
    # Split at lower→upper humps, but keep camel-case names whole ("DeepSeek",
    # "OpenAI"): a piece of at most four letters joins the next one.
    pieces = re.split(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])", token)
    merged: list[str] = []
    for piece in pieces:
        if merged and len(merged[-1]) <= 4 and merged[-1][:1].isupper():
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


# --- steps --------------------------------------------------------------------------

def drop_control_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """Trailing spaces and non-breaking-space-only lines."""
    return [line.replace("\u00a0", " ").rstrip() for line in lines]


def drop_navigation_runs(lines: Lines, removed: list[Removed]) -> Lines:
    out = []
    for line in lines:
        if _is_nav_run(line.strip()):
            removed.append(Removed(text=line, reason="navigation"))
        else:
            out.append(line)
    return out


def drop_markers(lines: Lines, removed: list[Removed]) -> Lines:
    """Ad, share, cookie, back-to-top, comment-counter and placeholder lines."""
    out = []
    for line in lines:
        text = line.strip().strip('"„“')
        reason = None
        if _AD_MARKER.match(text):
            reason = "advertising"
        elif len(text) < 60 and _BACK_TO_TOP.search(text):
            reason = "back-to-top"
        elif _COMMENT_COUNTER.match(text) and text:
            reason = "comment-counter"
        elif _PLACEHOLDER.match(text):
            reason = "placeholder"
        elif _SHARE_COOKIE.match(text):
            reason = "share-cookie"
        if reason:
            removed.append(Removed(text=line, reason=reason))
        else:
            out.append(line)
    return out


def extract_tag_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """'Etikett: ChinaDeepSeek' becomes keywords, not text."""
    out = []
    for line in lines:
        match = _TAG_LINE.match(line.strip())
        if match and len(line) < 200:
            removed.append(Removed(text=match.group(2).strip(), reason="tags"))
        else:
            out.append(line)
    return out


def drop_portal_tail(lines: Lines, removed: list[Removed]) -> Lines:
    """Everything from a related-articles or footer heading in the last part is the portal's."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return lines
    start_of_tail_zone = nonblank[int(len(nonblank) * 0.5)]
    for i in nonblank:
        if i >= start_of_tail_zone and _TAIL_MARKER.match(lines[i].strip().rstrip(":")):
            tail = lines[i:]
            # A source line inside the tail still carries the article's origin.
            for j, line in enumerate(tail):
                if _SOURCE_LINE.match(line.strip()):
                    value = (_SOURCE_LINE.match(line.strip()).group(2) or "").strip()
                    if not value:
                        value = next((t.strip() for t in tail[j + 1:] if t.strip()), "")
                    if value:
                        removed.append(Removed(text=value, reason="source"))
            removed.extend(Removed(text=line, reason="portal-tail") for line in tail if line.strip())
            return lines[:i]
    return lines


def extract_source_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """'Quelle: https://…' (or 'Quelle' then the address) is metadata, not body."""
    out: Lines = []
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        match = _SOURCE_LINE.match(line.strip())
        if match:
            value = (match.group(2) or "").strip()
            if not value:
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
                if nxt is not None and _URL_ONLY.match(lines[nxt].strip()):
                    value = lines[nxt].strip()
                    lines[nxt] = ""
            if value and _URL_ONLY.match(value):
                removed.append(Removed(text=value, reason="source"))
                continue
        out.append(line)
    return out


def drop_trailing_bare_urls(lines: Lines, removed: list[Removed]) -> Lines:
    """A lone '(itklub.de' at the very end is the PDF footer's web address."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if nonblank and _URL_ONLY.match(lines[nonblank[-1]].strip()):
        i = nonblank[-1]
        removed.append(Removed(text=lines[i].strip().strip("()<>"), reason="footer-url"))
        return lines[:i]
    return lines


def drop_icon_glyphs(lines: Lines, removed: list[Removed]) -> Lines:
    """'### © Geringere Kosten' → '### Geringere Kosten' (icons lost in PDF extraction)."""
    return [_ICON_GLYPHS.sub(r"\1", line) for line in lines]


def fix_hyphen_spacing(lines: Lines, removed: list[Removed]) -> Lines:
    """'KI -Geschäft' → 'KI-Geschäft'; a spaced dash ' - ' stays."""
    return [re.sub(r"(?<=\w) -(?=[A-Za-zÄÖÜäöü])", "-", line) for line in lines]


def join_line_end_hyphenation(lines: Lines, removed: list[Removed]) -> Lines:
    """'Informations-\\nverarbeitung' → 'Informationsverarbeitung'."""
    out: Lines = []
    for line in lines:
        if out and re.search(r"[a-zäöüß]-$", out[-1]) and re.match(r"^[a-zäöüß]", line):
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
    return out


def join_page_breaks(lines: Lines, removed: list[Removed]) -> Lines:
    """A paragraph cut by a page break continues after blank lines with a lower-case word or '('."""
    out: Lines = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() in ("", "\f") and out and out[-1].strip():
            j = i
            while j < len(lines) and lines[j].strip() in ("", "\f"):
                j += 1
            prev = out[-1].rstrip()
            if (j < len(lines) and not prev.startswith(("#", "|", "!", "-", "*"))
                    and re.search(r"[\w,;)]$", prev) and len(prev) > 80
                    and re.match(r"^[a-zäöüß(]", lines[j].strip())):
                out[-1] = prev + " " + lines[j].strip()
                i = j + 1
                continue
        out.append(line.replace("\f", ""))
        i += 1
    return out


def collapse_repeated_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """The same non-blank line twice in a row appears once (images, headings)."""
    out: Lines = []
    last = None
    for line in lines:
        if line.strip() and line.strip() == last:
            removed.append(Removed(text=line, reason="repeated"))
            continue
        if line.strip():
            last = line.strip()
        out.append(line)
    return out


STEPS: list[Step] = [
    drop_control_lines,
    drop_navigation_runs,
    drop_markers,
    extract_tag_lines,
    drop_portal_tail,
    extract_source_lines,
    drop_trailing_bare_urls,
    drop_icon_glyphs,
    fix_hyphen_spacing,
    join_line_end_hyphenation,
    join_page_breaks,
    collapse_repeated_lines,
]


def clean_lines(text: str, removed: list[Removed] | None = None) -> Lines:
    removed = [] if removed is None else removed
    lines = text.split("\n")
    for step in STEPS:
        lines = step(lines, removed)
    return lines


def clean(doc: Document) -> Document:
    doc.lines = clean_lines(doc.raw_text, doc.removed)
    return doc
