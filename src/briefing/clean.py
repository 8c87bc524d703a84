"""Stage 2, clean: remove what web and PDF extraction leave behind, repair the text.

A chain of small named steps over the document's lines (`STEPS`). Every step is
a pure function `(lines, removed) -> lines`, tested on its own; it never edits
its input list. What a step removes is kept in `Document.removed` with a
reason, so metadata extraction can still read bylines, tag lines and sources.

Reasons used in `Removed.reason` (stable names; metadata extraction reads some):

- ``navigation``     glued category words ("ArbeitRegierungTechnologie"), menu lists, skip links
- ``masthead``       a site banner as the first line ("example.com - Die Nachrichtenseite")
- ``site-name``      a site's name printed twice at the top (logo text and name), plain form
- ``advertising``    ad markers ("Kurze Werbeeinblendung", "Anzeige")
- ``back-to-top``    back-to-top buttons ('Schaltfläche "Zurück zum Anfang"')
- ``comment-counter``"Kommentar (0)", "12 Kommentare"
- ``placeholder``    "No data", "Wird geladen …"
- ``share-cookie``   share, print, cookie and newsletter widgets
- ``related``        a "Lesen Sie auch: …" teaser inside the article
- ``tags``           the value of a tag line ("Etikett: ChinaOpenLab" → "ChinaOpenLab");
                     `split_glued_words` turns it into keywords
- ``portal-tail``    everything from a related-articles heading ("Ähnliche Artikel") on
- ``source``         the address of a "Quelle: …" line (value only)
- ``credit``         an agency credit line "(dpa/Reuters)", "(abc/Beispiel+)" (text without brackets)
- ``photo-credit``   "(Foto: Jane Doe)", "Bild: dpa"
- ``footer``         portal/PDF footer phrases ("Alle Rechte vorbehalten", "Besuchen Sie uns online")
- ``footer-url``     a bare web address of a page footer ("(beispielverein.de" → "beispielverein.de")
- ``running-head``   a PDF's running head or foot with its page number ("Ausblick 2021   Page 2 of 6")
- ``document-host``  what a document host prints around a PDF's text ("Transkript", "Wird geladen…");
                     the kind step reads it as a sign of slides
- ``repeated``       a line that repeats the line before it, or a long line printed again further down
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.model import Document, Removed
from briefing.text import OPEN_END_WORDS, doubled_text

Lines = list[str]
Step = Callable[[Lines, list[Removed]], Lines]

# --- vocabularies of boilerplate (general, not tied to one outlet) -----------------

_AD_MARKER = re.compile(
    r"^(kurze\s+)?(werbung|werbeeinblendung|werbepause|anzeige|reklame|advertisement|advertising|"
    r"sponsored(\s+content)?|gesponsert|ads?)"
    r"(\s*[-:–]?\s*(schließen|überspringen|ende|beendet|skip(\s+ad)?|close))?$"
    r"|^(artikel|text|story|article)\s+(wird\s+)?(nach|unter|below|continues\s+(below|after))\b.*"
    r"(werbung|anzeige|advertisement|ad)\b.*$"
    r"|^(weiterlesen|lesen sie weiter)\s+(nach|unter)\s+der\s+(werbung|anzeige)$", re.I)
_BACK_TO_TOP = re.compile(
    r"^(?:(?:schaltfläche|button|link)\s*[:\-]?\s*)?[\W_]*"
    r"(zurück\s+(zum\s+(seiten)?anfang|nach\s+oben)|nach\s+oben|zum\s+seitenanfang|seitenanfang|"
    r"back\s+to\s+(the\s+)?top|scroll\s+to\s+top|to\s+top)[\W_]*$", re.I)
# Accessibility skip links of a web page: "Zum Hauptinhalt springen", "Skip to main content".
# Numbered in a list of skip links: '1. Zum Inhalt springen', '3. Zu weiteren Angeboten der X springen'.
_SKIP_LINK = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:(?:direkt\s+)?zu(?:m|r)?\s+(?:haupt)?(?:inhalt|navigation|hauptnavigation|suche|menü|footer|seitenende)"
    r"(?:\s+(?:springen|wechseln|gehen))?|zu\s+weiteren\s+angeboten(?:\s+\S+){0,3}\s+springen|"
    r"inhalt\s+überspringen|navigation\s+überspringen|"
    r"(?:\d{1,2}\.\s+)?skip\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu|footer)|jump\s+to\s+(?:main\s+)?"
    r"(?:content|navigation))$", re.I)
# ('Kommentar' alone is the kicker of an opinion piece, kept for the kind; with a count it is a counter.)
_COMMENT_COUNTER = re.compile(
    r"^((kommentare|comments?|leserkommentare|antworten|replies)\s*\(?\s*\d*\s*\)?|kommentar\s*\(?\s*\d+\s*\)?|"
    r"\d+\s+(kommentare?|comments?|antworten|replies))$", re.I)
_PLACEHOLDER = re.compile(
    r"^(no data|keine daten|n/a|loading\s*\.*|wird geladen\s*\.*|lädt\s*\.*|bitte warten\s*\.*|"
    r"image|bild|video|embed|\[\s*\]|null|undefined)$", re.I)
_SHARE_COOKIE = re.compile(
    r"^(teilen|share|drucken|print|e-mail senden|per e-mail (senden|teilen)|artikel (teilen|drucken|merken)|"
    r"merken|link kopieren|copy link|auf \w+ teilen|share on \w+|share this (article|story)|"
    r"(facebook|twitter|x|linkedin|whatsapp|xing|telegram|pinterest|reddit|e-?mail)"
    r"(\s*[|·/,]\s*(facebook|twitter|x|linkedin|whatsapp|xing|telegram|pinterest|reddit|e-?mail))+|"
    r"cookie[- ]?(einstellungen|settings|hinweis|richtlinie|policy)|alle cookies akzeptieren|"
    r"accept( all)? cookies|cookies akzeptieren|newsletter abonnieren|subscribe( to our newsletter)?|"
    r"jetzt abonnieren|mehr anzeigen|weiterlesen|read more|show more|mehr laden|load more|"
    r"(?:(?:seite|artikel|beitrag|page|article)\s+(?:drucken|teilen|merken|empfehlen|versenden|print|share|email)"
    r"(?:\s*[|·/]\s*)?)+)$",
    re.I)
# The buttons of a share or tool bar, printed in a row: 'Teilen | Drucken | Mailen', 'Share · Print · Email'.
_ACTION_WORDS = {w.casefold() for w in """
    teilen share drucken print mailen mail e-mail email senden send versenden merken speichern save bookmark
    kommentieren comment comments kommentare empfehlen recommend tweet tweeten pin kopieren copy link pdf download
    vorlesen anhören listen schriftgröße font size a- a+ facebook twitter x linkedin whatsapp xing telegram pinterest
    reddit bluesky mastodon threads instagram flipboard messenger sms
    """.split()}
SHARE_BAR_WORDS = frozenset(_ACTION_WORDS)  # for readers of a line a share bar's buttons were run onto
_READING_TIME_LINE = re.compile(
    r"^(?:(?:lesezeit|lesedauer|reading time|read time|time to read)\s*:?\s*(?:ca\.\s*|about\s+)?\d{1,3}\s*"
    r"(?:minuten|minute|min\.?|minutes?|mins?)\.?|\d{1,3}\s*(?:minuten|min\.?|minutes?|mins?)\s+"
    r"(?:read|reading time|lesezeit|lesedauer|zum lesen))$", re.I)


def _action_bar(text: str) -> bool:
    """Two buttons or more of a share or tool bar and nothing else."""
    words = [w for w in re.split(r"[\s|·•/,]+", text.casefold()) if w]
    return len(words) >= 2 and all(w in _ACTION_WORDS for w in words)


# A podcast player's buttons: 'Listen now (01:03:32)', 'Or on your favorite platform: Listen on …', 'Jetzt anhören'.
_PLAYER = re.compile(
    r"^(?:(?:listen|play|stream)\s+(?:now|episode|the episode)|jetzt\s+(?:anhören|hören|reinhören)|episode\s+abspielen|"
    r"(?:or\s+)?on\s+your\s+favou?rite\s+(?:platform|app)\b.*|(?:listen|subscribe)\s+on\s+(?:apple|spotify|google|"
    r"amazon|youtube|deezer|overcast|pocket\s*casts)\b.*|(?:anhören|abonnieren)\s+(?:bei|auf)\s+(?:apple|spotify|"
    r"google|amazon|youtube|deezer)\b.*)(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?$", re.I)
# A cookie banner in one line: 'We use cookies … Accept all cookies | Manage preferences'.
_COOKIE_BANNER = re.compile(r"\bcookies?\b.*\b(?:accept|akzeptier|zustimm|einstellung|preferences|einwillig|consent|"
                            r"datenschutz|privacy|ablehnen|reject)", re.I)
_RELATED_TEASER = re.compile(r"^(lesen sie auch|lesen sie mehr|mehr dazu|auch interessant|siehe auch|"
                             r"read also|also read|see also|related)\s*:\s*\S.*$", re.I)
# Headings that open the portal's tail: related articles, same topic, footers.
_TAIL_MARKER = re.compile(
    r"^(ähnliche artikel|ähnliche beiträge|verwandte artikel|verwandte themen|weitere artikel|"
    r"weitere nachrichten|mehr zum thema|mehr aus (dem|der|diesem) \w+|das könnte sie auch interessieren|"
    r"auch interessant|empfehlungen|empfohlene artikel|"
    r"(?:gleiche[rs]?|same)\s+(?:thema|kategorie|rubrik|autor|autorin|topic|category|section|author)|"
    r"neueste artikel|neueste nachrichten|aktuelle nachrichten|top-?themen|meistgelesen|meistgelesene artikel|"
    r"related( articles| stories| posts| content| news)?|recommended( for you| articles| stories)?|"
    r"more (on this( story| topic)?|from|stories|news)\b.*|you may also like|you might also like|"
    r"read next|most read|most popular|trending( now)?|latest news|"
    r"details\s+zu(?:r\s+meldung|r\s+nachricht|m\s+artikel|m\s+beitrag)|(?:article|story)\s+details)$", re.I)
_TAG_LINE = re.compile(r"^(etikett|etiketten|tags?|schlagworte?|schlagwörter|stichworte?|stichwörter|"
                       r"themen|keywords?|topics)\s*:\s*(.+)$", re.I)
_SOURCE_LINE = re.compile(r"^(quelle|source|originalquelle|original source)\s*:?\s*(\S.*)?$", re.I)
_URL_ONLY = re.compile(r"^<?\(?((https?://|www\.)\S+|[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?)\)?>?$", re.I)
_DOMAIN = re.compile(r"^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.I)
_AGENCY_CREDIT = re.compile(r"^\(([A-ZÄÖÜa-zäöü][\w.+&-]*(?:\s*[/,]\s*[A-ZÄÖÜ\w][\w.+&-]*){0,4})\)$")
_PHOTO_CREDIT = re.compile(r"^\(?\s*(foto|fotos|bild|bilder|photo|photos|image|grafik|illustration|"
                           r"video|credit|bildquelle|fotoquelle)\s*:\s*[^()]{1,80}\)?$", re.I)
_FOOTER = re.compile(
    r"^(©|\(c\)|copyright)\s*.{0,80}$|"
    r"^.{0,60}\b(alle rechte vorbehalten|all rights reserved)\.?$|"
    r"^(impressum|datenschutz|datenschutzerklärung|agb|nutzungsbedingungen|barrierefreiheit|"
    r"privacy policy|terms of (use|service)|cookie policy|imprint|sitemap)"
    r"(\s*[|·•]\s*(impressum|datenschutz|datenschutzerklärung|agb|nutzungsbedingungen|kontakt|"
    r"barrierefreiheit|privacy policy|terms of (use|service)|cookie policy|imprint|sitemap|contact))*$|"
    r"^(besuchen sie uns|folgen sie uns|visit us|follow us)(\s+(online|auf|on|im|in)\b.*)?$", re.I)
# Section words of portal menus (German and English).
_NAV_WORDS = {w.casefold() for w in """
    startseite home homepage politik wirtschaft finanzen börse sport kultur wissen wissenschaft
    technik technologie digital gesellschaft panorama meinung reise auto mobilität gesundheit leben
    lokal regional welt ausland inland deutschland video videos fotos bilder podcast podcasts newsletter
    abo login anmelden registrieren suche menü menu news nachrichten aktuelles arbeit regierung
    verbraucher karriere bildung umwelt klima business politics world sports sport culture science
    tech technology health opinion lifestyle travel entertainment unterhaltung search sitemap
    archiv archive service ratgeber geld immobilien recht familie stil medien kontakt impressum
    startups games spiele wetter weather markets märkte economy us europe europa asien asia
    """.split()}
# The items of an organisation's or a site's menu, one or a few words each: a vertical menu is a run of them.
_MENU_ITEMS = _NAV_WORDS | {w.casefold() for w in """
    about contact presse press media medien events veranstaltungen termine kalender calendar jobs stellenangebote
    shop blog themen topics forschung research studium lehre teaching institut institute team publikationen
    publications projekte projects downloads download faq hilfe help english deutsch en de partner mitglieder
    members mitgliedschaft membership mediathek galerie gallery links start übersicht overview leistungen services
    produkte products unternehmen company spenden donate subscribe abonnieren programm program aktuell neuigkeiten
    meldungen presseinformationen pressemitteilungen pressemeldungen pressebereich newsroom pressezentrum campus
    alumni international angebote vorträge veröffentlichungen standorte locations education give giving support
    admissions studieren bibliothek library visit besuch
    """.split()} | {
    "über uns", "about us", "contact us", "kontakt & anfahrt", "log in", "sign in", "sign up", "mein konto",
    "my account", "press releases", "press room", "news room", "news & events", "news and events", "aktuelles & presse",
    "wer wir sind", "who we are", "what we do", "was wir tun", "get involved", "mitmachen", "jetzt spenden",
    "donate now", "our work", "unsere arbeit", "for media", "für medien", "for journalists", "für journalisten"}
_ICON_GLYPHS = re.compile(
    r"^(#{1,6}\s+)(?:\*\*|__)?\s*"
    r"(?:[©®™•►▶→✓✔✗★☆●○■□◆◇▪▫➤➔⮕❯»\u2022\ue000-\uf8ff\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
    r"|\((?:i|!|\?|x|c)\))\s*",
    re.I)
_GLYPH_ONLY = re.compile(r"^[\s\ue000-\uf8ff\U0001F300-\U0001FAFF\u2600-\u27BF©®™•►▶→✓✔★☆●○■□◆◇▪▫\ufe0f]+$")
# German elision: "Forschungs- und Entwicklungsarbeit" keeps its hyphen at a line end.
_ELISION_NEXT = re.compile(r"^(und|oder|bzw\.?|sowie|bis|als auch|noch|and|or)\b")


def _is_nav_run(line: str) -> bool:
    """Category words glued together: 'ArbeitRegierungTechnologie'."""
    if " " in line or len(line) < 12 or not line[0].isupper() or _URL_ONLY.match(line):
        return False
    humps = re.findall(r"[a-zäöüß][A-ZÄÖÜ]", line)
    if len(humps) < 2:
        return False
    pieces = _regroup(line)
    known = sum(1 for p in pieces if p.casefold() in _NAV_WORDS)
    return len(pieces) >= 3 or known >= 2


def split_glued_words(text: str) -> list[str]:
    """'ChinaOpenLab' → ['China', 'OpenLab'] (words glued by a portal's tag list)."""
    words: list[str] = []
    for part in re.split(r"\s*[,;|]\s*", text.strip()):
        words.extend([part] if " " in part else _regroup(part))
    return [w for w in words if w]


def _regroup(token: str) -> list[str]:
    # Split at lower→upper humps, but keep camel-case names whole ("OpenLab",
    # "NovaAI"): a piece of at most four letters joins the next one.
    pieces = re.split(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])", token)
    merged: list[str] = []
    for piece in pieces:
        if merged and len(merged[-1]) <= 4 and merged[-1][:1].isupper():
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


def _bare(line: str) -> str:
    """A line without surrounding whitespace, emphasis and quotes, for matching."""
    text = line.strip()
    text = re.sub(r"^(\*\*|__|\*|_)(.+)\1$", r"\2", text).strip()
    return text.strip('"„“”»«').strip()


def _nonblank(lines: Lines) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


# --- steps --------------------------------------------------------------------------

def drop_control_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """Trailing spaces, non-breaking and zero-width spaces, tabs kept (tables need them)."""
    out = []
    for line in lines:
        line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
        out.append(line.rstrip(" \r"))
    return out


def drop_masthead(lines: Lines, removed: list[Removed]) -> Lines:
    """A site banner as the very first line: 'example.com - Die Nachrichtenseite'."""
    nonblank = _nonblank(lines)
    if not nonblank:
        return lines
    i = nonblank[0]
    match = re.match(r"^(\S+)\s+[-–—|:]\s+\S.{0,80}$", lines[i].strip())
    if match and _DOMAIN.match(match.group(1)):
        removed.append(Removed(text=lines[i].strip(), reason="masthead"))
        return lines[:i] + lines[i + 1:]
    return lines


_BULLET_START = re.compile(r"^\s*[-*•–▪·◦●]\s")


def _letters_key(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).split()).casefold()


def drop_site_name(lines: Lines, removed: list[Removed]) -> Lines:
    """A site's name printed twice at the top, as its logo's text and as text
    ('{ werkstatt für ideen }' / 'werkstatt für ideen'): no text of the article,
    but its publisher (reason 'site-name', the plain form)."""
    nonblank = _nonblank(lines)[:4]
    for a, b in zip(nonblank, nonblank[1:]):
        first, second = lines[a].strip(), lines[b].strip()
        key = _letters_key(first)
        if key and key == _letters_key(second) and first != second and len(key.split()) <= 6 \
                and len(key) >= 4 and not _PLACEHOLDER.match(key) and not _BULLET_START.match(first + second) \
                and not re.search(r"[.!?:]$", second):
            plain = min((first, second), key=lambda t: len(t) - len(_letters_key(t)))
            removed.append(Removed(text=plain, reason="site-name"))
            return [line for i, line in enumerate(lines) if i not in (a, b)]
    return lines


def drop_navigation_runs(lines: Lines, removed: list[Removed]) -> Lines:
    """Glued category words on one line, and runs of ≥3 menu words on their own lines."""
    out: Lines = []
    for line in lines:
        if _is_nav_run(line.strip()):
            removed.append(Removed(text=line.strip(), reason="navigation"))
        else:
            out.append(line)
    # Vertical menus: ≥3 consecutive short lines (blank lines between allowed), mostly menu words.
    nonblank = _nonblank(out)
    drop: set[int] = set()
    k = 0
    while k < len(nonblank):
        m = k
        while m < len(nonblank) and _menu_item(out[nonblank[m]]):
            m += 1
        drop.update(_menu_span(out, nonblank[k:m]))
        k = max(m, k + 1)
    for i in sorted(drop):
        removed.append(Removed(text=out[i].strip(), reason="navigation"))
    return [line for i, line in enumerate(out) if i not in drop]


def _menu_span(lines: Lines, run: list[int]) -> list[int]:
    """The menu in a run of short lines: the longest stretch from one menu word to another in which two
    lines of three are menu words, three lines at least. The short lines around it (a kicker, the
    headline, a byline) are the text's own and stay."""
    known = [_bare(lines[i]).casefold() in _MENU_ITEMS for i in run]
    best: list[int] = []
    for a in range(len(run)):
        if not known[a]:
            continue
        for b in range(len(run) - 1, a + 1, -1):
            if known[b] and b - a + 1 > len(best) and sum(known[a:b + 1]) * 3 >= (b - a + 1) * 2:
                best = run[a:b + 1]
                break
    return best


def _menu_item(line: str) -> bool:
    text = _bare(line)
    return 0 < len(text) <= 30 and len(text.split()) <= 3 and not re.search(r"[.,;:!?\d]", text)


def drop_markers(lines: Lines, removed: list[Removed]) -> Lines:
    """Ad, share, cookie, back-to-top, comment-counter, placeholder, teaser and footer lines."""
    out = []
    for line in lines:
        text = _bare(line)
        reason = None
        if not text:
            pass
        elif _AD_MARKER.match(text):
            reason = "advertising"
        elif _BACK_TO_TOP.match(text):
            reason = "back-to-top"
        elif _SKIP_LINK.match(text):
            reason = "navigation"
        elif _COMMENT_COUNTER.match(text):
            reason = "comment-counter"
        elif _PLACEHOLDER.match(text):
            reason = "placeholder"
        elif len(text) <= 200 and text.startswith(("©", "(c)", "(C)")):
            reason = "footer"  # '© 2023 X GmbH | Impressum | … | Cookie-Einstellungen'
        elif _SHARE_COOKIE.match(text) or _PLAYER.match(text) or (len(text) <= 400 and _COOKIE_BANNER.search(text)) \
                or _action_bar(text) or _READING_TIME_LINE.match(text):
            reason = "share-cookie"
        elif _RELATED_TEASER.match(text) and len(text) < 200:
            reason = "related"
        elif _FOOTER.match(text):
            reason = "footer"
        if reason:
            removed.append(Removed(text=line.strip(), reason=reason))
        else:
            out.append(line)
    return out


def extract_tag_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """'Etikett: ChinaOpenLab' becomes keywords (reason 'tags'), not text."""
    out = []
    for line in lines:
        match = _TAG_LINE.match(_bare(line))
        if match and len(line) < 200 and not re.search(r"[.!?]$", match.group(2).strip()):
            removed.append(Removed(text=match.group(2).strip(), reason="tags"))
        else:
            out.append(line)
    return out


def drop_portal_tail(lines: Lines, removed: list[Removed]) -> Lines:
    """Everything from a related-articles or 'details' heading in the document's second half.

    'Second half' is measured in characters, so a long tail of short headlines
    cannot push the marker into the first half.
    """
    total = sum(len(line) for line in lines)
    if not total:
        return lines
    before = 0
    for i, line in enumerate(lines):
        if before >= total * 0.5 and _TAIL_MARKER.match(_bare(line).rstrip(":")):
            tail = lines[i:]
            # A source line inside the tail still carries the article's origin.
            for j, t in enumerate(tail):
                src = _SOURCE_LINE.match(t.strip())
                if src:
                    value = (src.group(2) or "").strip()
                    if not value:
                        value = next((x.strip() for x in tail[j + 1:] if x.strip()), "")
                    if value and _URL_ONLY.match(value):
                        removed.append(Removed(text=value.strip("()<>"), reason="source"))
            removed.extend(Removed(text=t.strip(), reason="portal-tail") for t in tail if t.strip())
            return lines[:i]
        before += len(line)
    return lines


def extract_source_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """'Quelle: https://…' (or 'Quelle' then the address) is metadata, not body."""
    out: Lines = []
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        match = _SOURCE_LINE.match(_bare(line))
        if match:
            value = (match.group(2) or "").strip()
            nxt = None
            if not value:
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
                if nxt is not None and _URL_ONLY.match(lines[nxt].strip()):
                    value = lines[nxt].strip()
            if value and _URL_ONLY.match(value):
                removed.append(Removed(text=value.strip("()<>"), reason="source"))
                if nxt is not None:
                    skip.add(nxt)
                continue
        out.append(line)
    return out


def extract_credit_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """Agency credits '(dpa/Reuters)' and photo credits '(Foto: Jane Doe)' on their own line."""
    out: Lines = []
    for line in lines:
        text = line.strip()
        agency = _AGENCY_CREDIT.match(text)
        if agency and len(text) <= 60 and not _DOMAIN.match(agency.group(1)) \
                and (re.search(r"[/,]", agency.group(1)) or len(agency.group(1)) <= 6):
            removed.append(Removed(text=agency.group(1), reason="credit"))
        elif _PHOTO_CREDIT.match(text):
            removed.append(Removed(text=text.strip("()"), reason="photo-credit"))
        else:
            out.append(line)
    return out


# Stock photo agencies: a line naming one is a photo's credit ('Quelle: Anna Beck / pixabay.com', 'Foto: iStock/Tim Roth').
_STOCK_PHOTO = re.compile(r"\b(?:pixabay|unsplash|pexels|shutterstock|istock(?:photo)?|stock\.adobe|adobe\s*stock|fotolia|"
                          r"getty\s*images|gettyimages|depositphotos|123rf|dreamstime|picture[\s-]alliance|imago\s+images|"
                          r"colourbox|panthermedia|alamy)\b", re.I)


def extract_stock_credits(lines: Lines, removed: list[Removed]) -> Lines:
    """A short line naming a stock photo agency: a photo's credit (not a 'Quelle:' of the text)."""
    out: Lines = []
    for line in lines:
        text = line.strip()
        if 0 < len(text) <= 120 and _STOCK_PHOTO.search(text) and not re.search(r"[.!?]\s+[A-ZÄÖÜ]", text):
            removed.append(Removed(text=text, reason="photo-credit"))
        else:
            out.append(line)
    return out


# An image's file name left in the text: 'Luftbild 2019_1240x400', 'IMG_4711.jpg', '1_DSC_2072'.
_IMAGE_FILE = re.compile(r"(?<![\w/])(?:[\w-]*\.(?:jpe?g|png|gif|webp|tiff?|heic)|\w*(?:IMG|DSC|DSCN|DSCF|_MG)_\d{3,5}\w*|"
                         r"\w*_\d{2,4}x\d{2,4}|\d{3,4}x\d{3,4})(?![\w/])", re.I)


def drop_image_files(lines: Lines, removed: list[Removed]) -> Lines:
    """Image file names: at the end of a line of five words or more (a headline run into its photo's name) the
    name alone goes; a shorter line holding one is an image's name or alt text and goes."""
    out: Lines = []
    for line in lines:
        text = line.strip()
        if not text or not (match := _IMAGE_FILE.search(text)) or "://" in text:
            out.append(line)
        elif match.end() == len(text) and len(text[:match.start()].split()) >= 5:
            removed.append(Removed(text=match.group(0), reason="image-file"))
            out.append(line[:line.rindex(match.group(0))].rstrip())
        elif len(text) <= 60:
            removed.append(Removed(text=text, reason="image-file"))
        else:
            out.append(line)
    return out


# What a document host prints around a PDF's text: 'Transkript', 'Page content transcription',
# 'Ab Seite anzeigen:', 'Download "…"', 'Wird geladen…'.
_DOCUMENT_HOST = re.compile(
    r"^(?:transkript|transcript(?:ion)?(?:\s+of\s+.+)?|transcrição|transcripción|trascrizione|"
    r"page content transcription|volltext|ab seite anzeigen:?|home\s*>\s*documents\s*>.*|\+\s*all categories|"
    r"(?:größe|size):\s*px|start display at page:?|total page:\s*\d+|file type:\s*pdf.*|date post:.*|"
    r"upload:.*|view:\s*\d+\s+times|download:\s*\d+\s+times|share this document with a friend|"
    r"sie wollen auch ein epaper\?.*|page\s+\d+:\s+.+|"
    r"download\s+[\"“„].+|wird geladen\W*.*|if your browser does not render page correctly.*|"
    r"\(?jetzt volltext ansehen\)?)$", re.I)
# The top where a host's controls stand: its first lines, or its first characters however a tool wrapped them (a
# PDF's cover run into one long line that another tool breaks into many).
DOCUMENT_HOST_ZONE = 40
DOCUMENT_HOST_ZONE_CHARS = 3000


def drop_document_host_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """The controls a document host prints over a PDF's text ('Transkript', 'Ab Seite anzeigen:',
    'Download "Jahresbericht"', 'Wird geladen…') in the first lines: not the document's text."""
    out: Lines = []
    offset = 0
    for i, line in enumerate(lines):
        in_zone = i < DOCUMENT_HOST_ZONE or offset < DOCUMENT_HOST_ZONE_CHARS
        offset += len(line) + 1
        if in_zone and _DOCUMENT_HOST.match(line.strip()):
            removed.append(Removed(text=line.strip(), reason="document-host"))
            continue
        out.append(line)
    return out


_PAGE_MARK = re.compile(r"(?:^|\s{2,}|\s[|·•]\s)(?:page|seite|p\.|s\.)\s*\d{1,4}(?:\s*(?:of|von|/)\s*\d{1,4})?\s*$", re.I)


def drop_running_heads(lines: Lines, removed: list[Removed]) -> Lines:
    """A PDF's running head or foot: a short line with a page mark ('Ausblick 2021   Page 2 of 6',
    'Seite 3 von 8'), or a short line that recurs with only its page number changed
    ('Jahresbericht 2019 · Institut X   3', '… 4')."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    counts: dict[str, int] = {}
    for line in lines:
        text = line.strip()
        if text and len(text) <= 100 and re.search(r"\d", text):
            counts[key(text)] = counts.get(key(text), 0) + 1
    out: Lines = []
    for line in lines:
        text = line.strip()
        if text and len(text) <= 100 and (_PAGE_MARK.search(text) or (
                counts.get(key(text), 0) >= 2 and re.search(r"\d\s*$", text) and len(text.split()) >= 2
                and not _looks_like_date_or_sum(text))):
            removed.append(Removed(text=text, reason="running-head"))
        else:
            out.append(line)
    return out


def _looks_like_date_or_sum(text: str) -> bool:
    return bool(re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}|[€$%]|\b(?:19|20)\d{2}$", text))


def drop_footer_urls(lines: Lines, removed: list[Removed]) -> Lines:
    """Bare web addresses of page footers: the last line, a line repeated on every page,
    or a PDF artifact with an unbalanced bracket like '(beispielverein.de'."""
    nonblank = _nonblank(lines)
    if not nonblank:
        return lines
    counts: dict[str, int] = {}
    for i in nonblank:
        counts[lines[i].strip()] = counts.get(lines[i].strip(), 0) + 1
    drop = set()
    for i in nonblank:
        text = lines[i].strip()
        if not _URL_ONLY.match(text):
            continue
        unbalanced = text.count("(") != text.count(")") or text.count("<") != text.count(">")
        if i == nonblank[-1] or counts[text] >= 2 or unbalanced:
            drop.add(i)
    seen = set()
    for i in sorted(drop):
        value = lines[i].strip().strip("()<>")
        if value not in seen:
            removed.append(Removed(text=value, reason="footer-url"))
            seen.add(value)
    return [line for i, line in enumerate(lines) if i not in drop]


def drop_icon_glyphs(lines: Lines, removed: list[Removed]) -> Lines:
    """'### © Geringere Kosten' → '### Geringere Kosten'; lines of nothing but icons go."""
    out = []
    for line in lines:
        if line.strip() and _GLYPH_ONLY.match(line):
            continue
        # The glyph can sit inside the emphasis: '### **© Titel**'.
        line = re.sub(r"^(#{1,6}\s+)(\*\*|__)\s*(?=\S)", r"\1\2", line)
        fixed = _ICON_GLYPHS.sub(r"\1", line)
        if fixed != line and re.match(r"^#{1,6}\s+(\*\*|__)?\s*$", fixed):
            fixed = line  # the glyph was the whole heading; leave it
        out.append(_fix_emphasis_open(fixed, line))
    return out


def _fix_emphasis_open(fixed: str, original: str) -> str:
    # '### **© Titel**' lost its opening '**' with the glyph: put it back.
    m = re.match(r"^(#{1,6}\s+)(\*\*|__)", original)
    if m and fixed != original and not fixed[len(m.group(1)):].startswith(m.group(2)) \
            and fixed.rstrip().endswith(m.group(2)):
        return m.group(1) + m.group(2) + fixed[len(m.group(1)):]
    return fixed


def fix_hyphen_spacing(lines: Lines, removed: list[Removed]) -> Lines:
    """'KI -Geschäft' → 'KI-Geschäft', 'US -amerikanisch' → 'US-amerikanisch'.

    Joined when the word after the dash is capitalised or the word before is an
    all-caps abbreviation; a spaced dash ' - ' and option flags ('use -v') stay.
    """
    def join(match: re.Match) -> str:
        before = re.search(r"(\w+)$", match.string[: match.start()]).group(1)
        after = match.string[match.end():]
        if after[:1].isupper() or (before.isupper() and len(before) >= 2):
            return "-"
        return match.group(0)

    return [re.sub(r"(?<=\w) -(?=\w)", join, line) for line in lines]


# A space before a full stop or comma: the gap a link left when a scraper cut it out ('in 100 Städten . Mehr').
# Not a spaced ellipsis or dot leader ('. . .'), not between numbers ('1 , 5').
_SPACE_BEFORE_STOP = re.compile(r"(?<=[^\W_]) +(?=[.,](?:\s+(?![\d.,])|\s*$))")


def join_space_before_stop(lines: Lines, removed: list[Removed]) -> Lines:
    """'in 100 Städten . Mehr' → 'in 100 Städten. Mehr': the stop and the comma join the word before them."""
    return [_SPACE_BEFORE_STOP.sub("", line) if " ." in line or " ," in line else line for line in lines]


def join_line_end_hyphenation(lines: Lines, removed: list[Removed]) -> Lines:
    """'Informations-\\nverarbeitung' → 'Informationsverarbeitung' ('Forschungs- und' stays)."""
    out: Lines = []
    for line in lines:
        stripped = line.strip()
        if out and re.search(r"[a-zäöüß]-$", out[-1]) and re.match(r"^[a-zäöüß]", stripped):
            if _ELISION_NEXT.match(stripped):
                out[-1] = out[-1] + " " + stripped
            else:
                out[-1] = out[-1][:-1] + stripped
        else:
            out.append(line)
    return out


_SPLIT_WORD = re.compile(r"(?<![\w-])(?P<head>[A-ZÄÖÜ]?[a-zäöüß]{1,20})-\s+(?P<mark>\*\*|__)?(?P<tail>[A-Za-zÄÖÜäöüß]{3,})")


def _known_word(word: str) -> bool:
    import simplemma

    return any(simplemma.is_known(word, lang=lang) for lang in ("de", "en"))


def join_split_words(lines: Lines, removed: list[Removed]) -> Lines:
    """A word split by a PDF line break inside a line, with the OCR's damage: 'au- **Bergewöhnliche' →
    '**außergewöhnliche' (a capital B read for ß). Joined only when the joined word is in the dictionary
    (simplemma) and a capitalised piece after the hyphen is no word of its own ('Forschungs- und Lehre',
    'Nord- Süd' stay)."""
    def join(m: re.Match) -> str:
        head, tail, mark = m.group("head"), m.group("tail"), m.group("mark") or ""
        if tail[:1].isupper() and _known_word(tail):
            return m.group(0)  # 'Nord- Süd': a word of its own after the hyphen
        for candidate in (tail[:1].lower() + tail[1:], "ß" + tail[1:] if tail[:1] == "B" else None):
            if candidate and _known_word(head + candidate):
                return f"{mark}{head}{candidate}"
        return m.group(0)
    return [_SPLIT_WORD.sub(join, line) if "-" in line else line for line in lines]


_SPACED_RUN = re.compile(r"(?<![\w])(?:\w{1,2} ){3,}\w{1,2}(?![\w])")


def join_letter_spacing(lines: Lines, removed: list[Removed]) -> Lines:
    """Letter-spaced words of a PDF cover: 'J A H R E S B E R I C H T' → 'JAHRESBERICHT', '2 0 1 3' → '2013'.
    A run of four tokens at least, nearly all single characters; letters and digits stay apart."""
    def join(m: re.Match) -> str:
        tokens = m.group(0).split(" ")
        if sum(len(t) == 1 for t in tokens) < 0.75 * len(tokens):
            return m.group(0)
        return re.sub(r"(?<=[^\W\d])(?=\d)|(?<=\d)(?=[^\W\d])", " ", "".join(tokens))
    return [_SPACED_RUN.sub(join, line) for line in lines]


def join_page_breaks(lines: Lines, removed: list[Removed]) -> Lines:
    """A paragraph cut by a page break (blank lines or a form feed) is joined again.

    The piece before must be prose (long, not a heading, list or table line) that
    ends without closing punctuation. The piece after continues it when it starts
    with a lower-case word or '(' — or, after a break, with any word when it is
    itself long prose (German nouns are capitalised).
    """
    out: Lines = []
    first = True  # still among the header lines over the prose
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() in ("", "\f") and out and out[-1].strip():
            j = i
            while j < len(lines) and lines[j].strip() in ("", "\f"):
                j += 1
            standalone = len(out) < 2 or not out[-2].strip()
            # no page break falls before the text's prose: over it stand only short header lines. Once the
            # prose has begun it stays begun, so the lines before are not counted again at every break.
            first = first and not any(len(line.strip()) > 150 for line in out[:-1]) \
                and sum(bool(x.strip()) for x in out) <= 12
            if j < len(lines) and _continues(out[-1].rstrip(), lines[j].strip()) \
                    and not (standalone and _headline_line(out[-1].strip(), lines[j].strip())) \
                    and not (first and _opening_headline(out[-1].strip(), lines[j].strip())):
                prev = out[-1].rstrip()
                if prev.endswith("-") and re.match(r"^[a-zäöüß]", lines[j].strip()) \
                        and not _ELISION_NEXT.match(lines[j].strip()):
                    out[-1] = prev[:-1] + lines[j].strip()
                else:
                    out[-1] = prev + " " + lines[j].strip()
                i = j + 1
                continue
        out.append(line.replace("\f", ""))
        i += 1
    return out


def _headline_line(prev: str, nxt: str) -> bool:
    """A line of its own that reads as a headline (no sentence end in it, a capitalised last
    word) stands before a capitalised paragraph: a title over its lead, not a page break."""
    return (len(prev) <= 150 and not re.search(r"[.!?…][\"“”»«']?\s", prev)
            and bool(re.search(r"(?:^|\s)[\"„“]?[A-ZÄÖÜ][\w-]*[\"“”]?$", prev))
            and bool(re.match(r"^[A-ZÄÖÜ]", nxt)))


def _opening_headline(line: str, nxt: str) -> bool:
    """A text's first line without a sentence's end is its headline, whatever follows it (a caption in
    small letters: 'a person playing video games'), unless it ends open ('… und die', '… weil es',
    '… (zum Beispiel …)' below it): a page break never falls within a page's first line."""
    return len(line) <= 200 and not re.search(r"[.!?…][\"“”»«']?(?:\s|$)", line) \
        and not re.search(r"[,;–-]$", line) and not _OPEN_LAST_WORD.search(line) and not nxt.startswith("(")


# A word no sentence stops on: an article, a preposition, a conjunction, a pronoun.
_OPEN_LAST_WORD = re.compile(rf"\b(?:{'|'.join((*OPEN_END_WORDS, 'weil', 'es', 'sie', 'wir', 'which', 'who', 'is', 'are', 'was'))})$",
                             re.I)


def _is_prose(text: str) -> bool:
    return (len(text) > 80 and " " in text and "\t" not in text
            and not re.match(r"^(#|\||!\[|[-*•]\s|\d{1,2}[.)]\s|>)", text))


# A piece that opens with a dateline ('Göttingen (epd). …', 'BERLIN (dpa) – …') starts a text of its own.
# So does one with a place and a date ('Musterstadt, 21. März 2018. …', 'Berlin | Bonn, 25.04.2012. …').
_OPENS_WITH_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+(?:[ /|-]+[A-ZÄÖÜ][\w'’.-]+){0,3}(?:,?\s*\([^()]{2,20}\)\s*[.:–—-]|"
                                  r",\s+\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s*(?:19|20)\d\d\b)")
_ENDS_WITH_ADDRESS = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+)$")
# A teaser ends with its byline ('… über die Theke gingen. Von Anna Beck'): the text starts after it.
_ENDS_WITH_BYLINE = re.compile(r"[.!?…]\s+(?:Von|By)\s+[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}$")
# A photo's caption ends with its credit ('… Foto: Anna Beck, Beispiel-Institut'): the caption is over.
_ENDS_WITH_CREDIT = re.compile(r"\b(?:Foto|Fotos|Bild|Photo|Photos|Credit)\s*:\s*[^.:]{2,60}$", re.I)


def _continues(prev: str, nxt: str) -> bool:
    if not _is_prose(prev) or not re.search(r"[\w,;–-]$", prev) or "\t" in nxt:
        return False
    if _OPENS_WITH_DATELINE.match(nxt) or _ENDS_WITH_ADDRESS.search(prev) or _ENDS_WITH_CREDIT.search(prev) \
            or _ENDS_WITH_BYLINE.search(prev):
        return False  # a notice ending in its e-mail address over the report's dateline
    if re.search(r"\d$", prev) and not re.match(r"^[a-zäöüß(]", nxt):
        return False
    if re.match(r"^[a-zäöüß(]", nxt):
        return not re.match(r"^(#|\||!\[|[-*•]\s)", nxt)
    return _is_prose(nxt) and bool(re.match(r"^[A-ZÄÖÜ]", nxt)) and not re.search(r"[:]$", nxt)


def collapse_repeated_lines(lines: Lines, removed: list[Removed]) -> Lines:
    """The same non-blank line twice in a row (blank lines between allowed) appears once."""
    out: Lines = []
    last = None
    for line in lines:
        text = line.strip()
        if text and text == last and len(text) >= 3:
            removed.append(Removed(text=text, reason="repeated"))
            continue
        if text:
            last = text
        out.append(line)
    return out


# A paragraph this long printed again further down is a page's furniture printed twice (an image's caption under
# each copy of the image, a teaser repeating the lead), not something the author said twice.
_REPRINT_MIN = 80


def drop_reprinted_paragraphs(lines: Lines, removed: list[Removed]) -> Lines:
    """A long line that repeats an earlier line of the text word for word appears once, where it first stood. The
    short lines printed right over it that were printed over its first copy too go with it (a caption's name line
    over its sentence: 'Anna Beck' / 'Anna Beck explains …')."""
    out: Lines = []
    above: dict[str, list[str]] = {}  # each long line's first copy: the lines of its paragraph above it, nearest first
    paragraph: list[str] = []  # the current paragraph's lines so far, as kept in `out`
    for line in lines:
        text = re.sub(r"\s+", " ", line.strip())
        if not text:
            paragraph = []
        elif len(text) >= _REPRINT_MIN and text in above:
            removed.append(Removed(text=text, reason="repeated"))
            for earlier in above[text]:
                if not paragraph or paragraph[-1] != earlier:
                    break
                removed.append(Removed(text=paragraph.pop(), reason="repeated"))
                out.pop()
            continue
        elif len(text) >= _REPRINT_MIN:
            above[text] = paragraph[::-1]
        if text:
            paragraph.append(text)
        out.append(line)
    return out


def collapse_doubled_text(lines: Lines, removed: list[Removed]) -> Lines:
    """An image's alt text that says the same thing twice: '![Titel Titel](…)' → '![Titel](…)'."""
    out = []
    for line in lines:
        m = re.match(r"^(!\[)([^\]]*)(\].*)$", line.strip())
        if m:
            out.append(m.group(1) + (doubled_text(m.group(2)) or m.group(2)) + m.group(3))
        else:
            out.append(line)
    return out


_BREAK_TAG = re.compile(r"<br\s*/?>\s*$", re.I)
_INLINE_TAG = re.compile(r"</?(?:strong|b|em|i|u|span|font|small|big|sup|sub)(?:\s[^<>]{0,80})?>", re.I)


def drop_markup_residue(lines: Lines, removed: list[Removed]) -> Lines:
    """A page's HTML left in its text by a scraper ('informationsdienst<br />', '<strong>Heft</strong>'):
    a line ending in a break tag runs on in the next line (the blank line the scraper put between
    them goes), and inline emphasis tags go. Only where such residue recurs (three tags at least), so
    a text that shows a tag as an example keeps it."""
    text = "\n".join(lines)
    if len(re.findall(r"<br\s*/?>", text, re.I)) + len(_INLINE_TAG.findall(text)) < 3:
        return lines
    out: Lines = []
    skip_blank = False
    for line in lines:
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = bool(_BREAK_TAG.search(line))
        out.append(_INLINE_TAG.sub("", _BREAK_TAG.sub("", line)))
    removed.append(Removed(text="inline HTML tags and line breaks", reason="markup-residue"))
    return out


_TILE_NUMBER = re.compile(r"^[<>~≈]?\s*\d[\d.,]*\s*(?:\+|%|k|mio\.?|mrd\.?|tsd\.?)?$", re.I)
_TILE_LABEL = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,4}$")


def drop_counter_tiles(lines: Lines, removed: list[Removed]) -> Lines:
    """A web page's counter tiles ('90+' / 'Mitglieder' / '15+' / 'Veranstaltungen pro Jahr'): two
    pairs at least of a bare figure over a short label, and a label left without its figure next to
    them, in the second half of the text. Facts about the site's owner, not the article's."""
    index = _nonblank(lines)
    drop: set[int] = set()
    k = len(index) // 2
    while k < len(index) - 3:
        pairs, j = 0, k
        while j + 1 < len(index) and _TILE_NUMBER.match(lines[index[j]].strip()) \
                and _TILE_LABEL.match(lines[index[j + 1]].strip()):
            pairs, j = pairs + 1, j + 2
        # a numbered outline ('1' / 'Einleitung' / '2' / ...) has no tile mark like '90+'
        marked = any(re.search(r"[+%]|\d\s*(?:k|mio|mrd|tsd)", lines[index[m]], re.I) for m in range(k, j, 2))
        if pairs >= 2 and marked:
            run = index[k:j]
            # a label whose figure was lost ('Expertengruppen') right after the tiles
            while j < len(index) and _TILE_LABEL.match(lines[index[j]].strip()) and len(lines[index[j]].split()) <= 2:
                run.append(index[j])
                j += 1
            drop.update(run)
            k = j
        else:
            k += 1
    if not drop:
        return lines
    removed.extend(Removed(text=lines[i].strip(), reason="counter-tiles") for i in sorted(drop))
    return [line for i, line in enumerate(lines) if i not in drop]


# 'By Anna BeckThe circus is …': a byline run into the first sentence without a space (a lost line break).
_GLUED_BYLINE = re.compile(r"^(?P<byline>(?:By|Von)\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-Z]\.)?\s+[A-ZÄÖÜ][a-zäöüß]+?)"
                           r"(?P<rest>(?:The|A|An|In|On|At|When|For|After|Der|Die|Das|Ein|Eine|Im|Am|Es|Nach|Seit)\s.{40,})$")


def split_glued_byline(lines: Lines, removed: list[Removed]) -> Lines:
    """A byline glued to the first sentence ('By Anna BeckThe circus is …') is cut off onto its own line."""
    out: Lines = []
    for line in lines:
        if (m := _GLUED_BYLINE.match(line.strip())) and len(m.group("byline").split()) <= 4:
            out += [m.group("byline"), "", m.group("rest")]
        else:
            out.append(line)
    return out


STEPS: list[Step] = [
    drop_control_lines,
    drop_markup_residue,
    drop_navigation_runs,  # first: a menu may stand over the masthead or the site's name
    drop_masthead,
    drop_site_name,
    drop_markers,
    extract_tag_lines,
    drop_portal_tail,
    drop_counter_tiles,
    drop_image_files,
    extract_stock_credits,  # before the 'Quelle:' lines: 'Quelle: X / pixabay.com' credits a photo
    extract_source_lines,
    extract_credit_lines,
    drop_running_heads,
    drop_document_host_lines,
    drop_footer_urls,
    drop_icon_glyphs,
    fix_hyphen_spacing,
    join_space_before_stop,
    join_letter_spacing,
    join_line_end_hyphenation,
    join_split_words,
    join_page_breaks,
    split_glued_byline,
    collapse_repeated_lines,
    drop_reprinted_paragraphs,
    collapse_doubled_text,
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
