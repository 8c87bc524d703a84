"""Readers of one line around the title; `header.read_header` calls them.

kind word ('Pressemitteilung', 'Pressemitteilung 24/2023'), a portal's banner
('site.tld - tagline') or name, an outlet glued to a date, press-portal category lines
(keywords), site menus, and a copyright notice (its holder is a publisher).
"""

from __future__ import annotations

import re

from briefing.extract.metadata.dates import parse_date_line
from briefing.extract.metadata.names import agency_name
from briefing.extract.metadata.text import alnum, doubled_text, glued_twice, strip_markup
from briefing.extract.metadata.url import URL_IN_TEXT, site_name
from briefing.extract.metadata.vocab import (
    BROADCAST_WORDS,
    KIND_WORDS,
    LIST_PAGE_WORDS,
    OUTLET_NAME_WORDS,
    PRESS_PORTALS,
    SCOPE_WORDS,
)

# --- kind words -----------------------------------------------------------------------


def kind_word(text: str) -> str | None:
    """'Pressemitteilung' → 'press_release' (a header line that only names the kind); also the
    header of a list page ('Aktuelle Pressemitteilungen', 'Latest press releases')."""
    key = re.sub(r"\s+", " ", strip_markup(text).strip(" :.-–|")).casefold()
    if key in KIND_WORDS:
        return KIND_WORDS[key]
    first, _, rest = key.partition(" ")
    return KIND_WORDS.get(rest) if first in LIST_PAGE_WORDS else None


_KIND_NUMBER = re.compile(r"^(?P<kind>\D+?)\s*(?:Nr\.|No\.)?\s*\d{1,4}(?:\s*/\s*\d{2,4})?$")


def kind_with_number(text: str) -> str | None:
    """'Pressemitteilung 24/2023' (also printed twice, glued) → 'press_release'."""
    text = strip_markup(text)
    if (once := glued_twice(text)) is not None:
        text = once
    match = _KIND_NUMBER.match(text)
    return kind_word(match.group("kind")) if match else None


# --- sites and outlets ----------------------------------------------------------------

_BANNER = re.compile(r"^(?P<site>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,})\s+[-–—|:·]\s+(?P<tail>\S.*)$")


def portal_banner(text: str) -> str | None:
    """'beispiel.vn - Das Nachrichtenportal' → 'beispiel.vn' (a site's banner line)."""
    match = _BANNER.match(text.strip())
    if match and len(text) <= 120 and not text.rstrip().endswith((".", "?", "!")):
        return match.group("site")
    return None


def is_portal_name(text: str) -> str | None:
    """'idw – Informationsdienst Wissenschaft': a known press portal's name printed as a banner."""
    key = alnum(text)
    for name in PRESS_PORTALS.values():
        # The whole name, or its first words when the banner broke over two lines ('idw - Informationsdienst').
        if key and (key == alnum(name) or (len(text.split()) >= 2 and len(key) >= 10 and alnum(name).startswith(key))):
            return name
    return None


# 'Ein Angebot der Musterverlag GmbH' on a page's line of its own: the site's operator.
_OPERATOR_LINE = re.compile(r"^(?:Ein\s+(?:Angebot|Service|Produkt)\s+(?:des|der|von|vom)|An?\s+(?:service|publication|product)\s+of)"
                            r"\s+(?:the\s+)?(?P<org>[\w„\"][^.!?:;|]{2,60})$")


def operator_line(text: str) -> str | None:
    """'Ein Angebot des medienhaus muster' → 'medienhaus muster': the line naming the site's operator, or None."""
    return m.group("org").strip() if (m := _OPERATOR_LINE.match(text.strip())) else None


def outlet_masthead(text: str) -> str | None:
    """'Beispielstaedter Zeitung', 'Musterville Tribune': a newspaper's or magazine's name on its own line
    (two to four capitalised words, one of them a newspaper word), or None."""
    return _outlet_name(text)


def masthead_before_slogan(text: str) -> str | None:
    """On a page flattened into one line the menu runs into the masthead before its slogan ('Menü Musterländer
    Zeitung | Ihre Zeitung aus …'): the fewest last words before the bar that make a masthead."""
    head, bar, _ = text.partition(" | ")
    words = head.split()
    if not bar:
        return None
    for n in range(2, min(len(words), 4) + 1):
        tail = words[-n:]
        # a name opens with a capital, not with an article ('die Zeitung' is a headline's words)
        if tail[0][:1].isupper() and tail[0].casefold() not in ("the", "die", "der", "das") \
                and (name := _outlet_name(" ".join(tail))):
            return name
    return None


def _outlet_name(text: str) -> str | None:
    """`outlet_masthead` on the line as it stands."""
    text = re.sub(r"\s+\([A-ZÄÖÜ][\w -]{2,30}\)$", "", text)  # 'Musterländer Allgemeine (Beispielstadt)': a local edition
    text = re.sub(r"\s+\|\s+[A-ZÄÖÜ][^|]{3,50}$", "", text)  # 'Musterländer Allgemeine | Ihre Zeitung aus …': its slogan
    words = text.split()
    if not 2 <= len(words) <= 4 or re.search(r"[.,:;!?|\d()]", text):
        return None
    if not all(w[:1].isupper() or w.casefold() in ("the", "de", "der", "die") for w in words):
        return None
    if words[0] in ("A", "An", "Ein", "Eine"):
        return None  # 'A Quick Review': a heading; a masthead has no indefinite article
    # the last part of a compound counts ('Stadt-Anzeiger')
    if any(w.casefold().rsplit("-", 1)[-1] in OUTLET_NAME_WORDS for w in words[1:]) \
            or words[0].casefold() in BROADCAST_WORDS:
        return text
    return None


def glued_outlet_date(text: str, hosts: list[str] = ()) -> tuple[str, str] | None:
    """'BeispielPlusBeispielPlus17/09/2025' → ('BeispielPlus', '2025-09-17').

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
    if (once := glued_twice(name)) is not None:
        return once.strip(), iso
    if (once := doubled_text(name, min_words=2)) is not None:
        return once, iso
    labels = {alnum(site_name(h)) for h in hosts}
    if alnum(name) in labels and len(name.split()) <= 4:
        return name, iso
    if (outlet := outlet_masthead(name.rstrip(" |·•–-"))) and outlet == name.rstrip(" |·•–-"):
        return outlet, iso  # 'Beispielstädter Zeitung | 12.03.2019': a newspaper's name by its date
    return None


# --- category lines -------------------------------------------------------------------

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


def is_scope_run(lines: list[str]) -> bool:
    """A press portal's category block ends with a scope word ('überregional')."""
    return any(strip_markup(line).casefold() in SCOPE_WORDS for line in lines)


# --- site menus -----------------------------------------------------------------------

_MENU_SEPARATORS = re.compile(r"\s[|›»>/]\s|\s[|›»]|[|›»]\s")


def _separated_menu(line: str) -> bool:
    """'A | B | C', 'Home › News › Wissenschaft'."""
    return len(_MENU_SEPARATORS.findall(line)) >= 2


def _listed_menu(line: str) -> bool:
    """'Nachrichten, Termine, Experten': three or more items of one or two words."""
    items = [x for x in re.split(r"\s*[,;·•]\s*", line) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 2 for x in items)


def _menu_line(line: str) -> bool:
    line = strip_markup(line)
    if _separated_menu(line):
        return True
    if re.search(r"[.!?]$", line) and not line.endswith("..."):
        return False
    if _listed_menu(line):
        return True
    return len(line.split()) <= 4 and len(line) <= 40


# The text of a link to another page: "Zum Newsletter 2 | 2022", "Mehr zum Projekt", "Back to overview".
_LINK_TEXT = re.compile(r"^(?:zum|zur|zu den|mehr zu[mr]?|mehr über|mehr erfahren|zurück zu[mr]?|weiter zu[mr]?|"
                        r"hier geht'?s zu[mr]?|alle (?:beiträge|artikel|meldungen|news)|go to|"
                        # 'Back to overview', not 'Back to basics': the link names a page of the site
                        r"back to (?:the )?(?:top|overview|list|home|homepage|start|index|main|search|results|previous|all|"
                        r"news|blog|articles|posts|stories|press|media|events)|"
                        r"more (?:about|on|from)|see all|view all|read the)\b", re.I)


# A media player's or download widget's button: 'Listen Now', 'Jetzt anhören', 'Transcript'.
_PLAYER_BUTTON = re.compile(r"^(?:listen(?: now)?|jetzt (?:anhören|hören|ansehen)|anhören|play|abspielen|download|"
                            r"herunterladen|transcript|transkript|audio|video|podcast abonnieren|subscribe)$", re.I)


# A download link of the document as a file: 'PDF Pressemitteilung komplett', 'Download (PDF, 240 KB)',
# 'Jahresbericht als PDF herunterladen'.
_FILE_WORD = re.compile(r"(?<![\w-])(?:pdf|docx?|download|herunterladen)(?![\w-])", re.I)


def is_link_text(line: str) -> bool:
    """A link's or button's text before the headline, not a headline: 'Zum Newsletter', 'Mehr zum Projekt',
    'Listen Now', 'PDF Pressemitteilung komplett'."""
    line = re.sub(r"^\d{1,2}\.\s+", "", line.strip())  # '1. Zum Inhalt springen': a skip link in a numbered list
    if _PLAYER_BUTTON.match(line.strip(" •·:")) or _MEDIA_PROMPT.match(line):
        return True
    if _FILE_WORD.search(line) and len(line.split()) <= 5 and not line.endswith((".", "?", "!")):
        return True
    return bool(_LINK_TEXT.match(line)) and len(line.split()) <= 8 and not line.endswith((".", "?", "!"))


# A prompt to another medium of the same piece: 'Watch the video version of this interview', 'Video ansehen',
# 'Listen to the episode', 'Hier können Sie den Beitrag hören'.
_MEDIA_PROMPT = re.compile(r"^(?:(?:watch|listen to|view|read) (?:the|this) (?:full )?(?:video|audio|podcast|episode|"
                           r"transcript|interview)\b|(?:video|audio|beitrag|podcast|sendung|interview) "
                           r"(?:jetzt )?(?:ansehen|anhören|anschauen|hören)$)", re.I)


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
    if is_link_text(line):
        return True
    if line.endswith(":") and len(line.split()) <= 3:
        return True
    if len(line.split()) == 1 and len(line) <= 30:
        return True
    if _separated_menu(line):
        return True
    return _listed_menu(line) and not line.endswith(".")


# --- copyright notices ----------------------------------------------------------------

_COPYRIGHT_START = re.compile(r"^(?:(?:quelle|source)\s*:\s*)?(?:\(c\)|©|copyright\b)", re.I)


def copyright_holder(statement: str) -> str | None:
    """'(c) Copyright Thomson Reuters 2025.' → 'Reuters'; '© 2025 Tagesblatt GmbH' → 'Tagesblatt GmbH'."""
    text = URL_IN_TEXT.sub(" ", statement)
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
    url = URL_IN_TEXT.search(text[:300])
    if url:
        end = url.end()
    else:
        stop = re.search(r"\.\s+(?=[A-ZÄÖÜ])", text[:300])
        end = stop.end() if stop else min(len(text), 300)
    return text[:end].strip(), text[end:].strip()


_ISSUER_LINE = re.compile(
    r"^(?:(?:[Ee]ine?|[Aa]n?)\s+)?(?P<kind>[^\W\d][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s+(?:Nr\.|No\.)?\s*\d{1,4}(?:/\d{2,4})?)?"
    r"(?:\s+\([^()]{1,60}\))?\s+(?:der|des|von|vom|of|from|by)\s+"
    r"(?:the\s+)?(?P<org>[A-ZÄÖÜ][^,]{1,80}?)(?:\s*(?:,|\bvom\b|\bfrom\b|\bon\b|\bam\b)\s*(?P<date>\S.{4,40}))?$")


def issuer_line(text: str) -> tuple[str, str, str | None] | None:
    """'Presseinformation (Reihe X) der Beispiel-Gesellschaft vom 03.01.2019' → ('press_release',
    'Beispiel-Gesellschaft', '2019-01-03'): a kind word, the issuing organisation, maybe the date."""
    from briefing.extract.metadata.dates import parse_date_line
    from briefing.extract.metadata.names import is_person_name

    match = _ISSUER_LINE.match(strip_markup(text).strip())
    if not match or not (kind := kind_word(match.group("kind"))):
        return None
    # the organisation ends at a spaced dash: what follows names its office or the page's subject
    # ('Pressemitteilungen der Beispielwacht - Leitung zur Sturmlage')
    org = re.split(r"\s+[-–—]\s+", match.group("org"))[0].strip(" .")
    if is_person_name(org):
        return None
    date = match.group("date")
    iso = parse_date_line(date) if date else None
    if date and not iso:
        return None
    return kind, org, iso
