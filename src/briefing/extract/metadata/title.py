"""title: what a headline looks like; `header.read_header` takes the first one.

The title is the first heading, or the first headline-like line after the header lines
of a press release, after a portal banner ('site.tld - tagline'); an image whose alt text
repeats the headline twice gives the headline. A kicker over the headline is no title.
"""

from __future__ import annotations

import re

from briefing.extract.metadata.byline import parse_byline
from briefing.extract.metadata.dates import ISSUE_WHEN, PERIODICAL_WORD, find_date, has_issue_line, parse_date_line
from briefing.extract.metadata.header_lines import is_link_text, kind_word, outlet_masthead
from briefing.extract.metadata.names import agency_name, is_org_line, is_person_name, strip_titles
from briefing.extract.metadata.records import Byline
from briefing.extract.metadata.text import alnum, alternation, doubled_text, strip_markup
from briefing.extract.metadata.url import parse_url_line
from briefing.extract.metadata.vocab import GENRE_LABELS, MONTHS, SECTION_WORDS, WEEKDAYS
from briefing.extract.people_lexicon import NEWSROOM_STEMS
from briefing.model import Block, Document
from briefing.text import CAPTION, split_sentences


# '… (Anna Beck/dpa)', '… (Foto: Tim Roth)': a photographer and an agency in brackets end a caption
_BRACKET_CREDIT = re.compile(r"\((?P<who>[^()/]{2,40})/\s*(?P<agency>[^()/]{2,25})\)$")


# '… in freier Natur. Foto: A. Beck / Beispielbote': a credit with initials and the outlet ends a caption
_CREDIT_END = re.compile(r"\b(?:Foto|Fotos|Bild|Bilder|Photo|Photos)\s*:\s*(?:[A-ZÄÖÜ]\.\s*)+[A-ZÄÖÜ][\w'’-]+"
                         r"(?:\s*/\s*[\w'’ .-]{2,30})?$")


# 'Photo by Anna Beck', 'Graphic by Tim Roth / Example Agency', 'Illustration courtesy of …': a picture's credit on a
# line of its own; it names who made the picture, a headline says what happened.
_MEDIA_CREDIT = re.compile(r"^(?i:photo|photos|photograph|photography|graphic|graphics|illustration|illustrations|image|"
                           r"images|video|chart|map|infographic|animation|artwork|grafik|grafiken|illustrationen?)"
                           r"\s+(?i:by|courtesy\s+of)\s+[A-ZÄÖÜ][\w.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w.'’-]*|[/&]|von|van|de)){0,7}$")
# (the maker's name in capitals: 'Images by Webb telescope reveal …' is a headline)


def photo_caption(text: str) -> bool:
    """A photo's caption or credit line: never a headline."""
    if CAPTION.search(text) or _CREDIT_END.search(text.strip()) or _MEDIA_CREDIT.match(text.strip()):
        return True
    match = _BRACKET_CREDIT.search(text.strip())
    return bool(match and agency_name(match.group("agency").strip()))


def looks_like_title(text: str) -> bool:
    """A headline: short, one or two sentences, no closing full stop or colon."""
    text = strip_markup(text)
    if not 8 <= len(text) <= 200 or len(text.split()) < 2 or photo_caption(text):
        return False  # a photo caption with its credit ('… Fotos: Hochschul-Pressestelle ©') is no headline
    if _BREADCRUMB.search(text):
        return False  # 'Sie sind hier: Home > Digital > …', 'Home » Wissenschaft » Umwelt'
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 2:
        return False  # '(703) 555-0100, ext. 3007': a phone number, a code, no words
    if re.search(r"\s=\s", text):
        return False  # 'RS = Anna Beck (interviewer) AB = …': a transcript's legend of speaker codes, an equation
    if _FILE_NAME.search(text):
        return False  # 'PM 179 Besuch in Musterstadt (1).JPG': an image's file name left by the page

    # a sentence's full stop, also inside a closing quotation mark ('… stellt klar: „Wir bleiben.“')
    closed = text.rstrip("\"“”»«'’")
    if text.rstrip(" |").endswith((":", ";", ",")) or (closed.endswith(".") and not closed.endswith("...") and not headline_case(text)):
        return False
    if _LOWERCASE_START.match(text) or (_TRAILING_FUNCTION_WORD.search(text) and not _SEPARATED_PARTICLE.search(text)):
        return False  # 'magazin Themen …', '12345 oktober–dezember': no headline; 'Viele Gäste aus der': a cut line
    return len(split_sentences(text)) <= 2 and not parse_url_line(text)


# A number before a lower-case word ('12345 oktober–dezember …': an issue line), or a lower-case
# word before a capitalised one ('magazin Themen …': a label) — a headline in sentence case
# ('expert reaction to …') passes.
_LOWERCASE_START = re.compile(r"^(?:\d[\d\s./-]*\s[a-zäöüß]|(?!(?:de|von|van|der|den|du|da|di|la|le|zu|al|bin)\s)"
                              r"[a-zäöüß][a-zäöüß]+\s+[A-ZÄÖÜ])")


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|tiff?|pdf|docx?)$", re.I)
_BREADCRUMB = re.compile(r"^(?:sie sind hier|you are here)\b|(?:\s[>»›→⇒]\s?.*){2}|\s[>»›→⇒]$", re.I)
# '- Press Release Distribution', '• Keine Ergebnisse gefunden': a banner or a widget's line, no headline
_BANNER = re.compile(r"^[-–—•·▪]\s+\S")


_WIDGET_LABEL = re.compile(r"^(?:(?:die\s+)?top\s*\d{1,2}(?:\s+(?:der|des|of\s+the|this)\s+(?:woche|tages|monats|week|day|month))?|"
                           r"meistgelesen\w*|meist\s+gelesen|most\s+(?:read|popular|viewed)|ähnliche?(?:\s+(?:artikel|beiträge|themen))?|"
                           r"related(?:\s+(?:articles|posts|stories|content))?|auch\s+interessant|"
                           r"das\s+könnte\s+sie\s+auch\s+interessieren|you\s+may\s+also\s+like)\W*$", re.I)


# A site's greeting ('Herzlich willkommen beim Beispielverband!', 'Welcome to our website'): it addresses the
# visitor of the site, a headline reports.
_GREETING = re.compile(r"^(?:(?:herzlich|ganz\s+herzlich)\s+)?willkommen\s+(?:bei|beim|auf|im|in\s+unserem|in\s+unserer|"
                       r"an\s+der|am)\b|^(?:a\s+(?:warm\s+)?)?welcome\s+to\s+(?:the\s+)?(?:our\s+)?"
                       r"(?:\S+\s+){0,5}?(?:website|web\s+site|site|homepage|home\s+page|blog|portal)\b", re.I)
# An embargo notice ('EMBARGOED FOR RELEASE: …', 'Sperrfrist: …'): the release's header line, no headline.
_EMBARGO = re.compile(r"^\W*(?:embargoed|under\s+embargo|embargo\s*:|sperrfrist|not\s+for\s+(?:publication|release)\s+"
                      r"(?:before|until))", re.I)
# A site's notice over every page: the government banner ('An official website of the United States government',
# 'Offizielle Website der Stadt …') and an archive's label ('Archived Content', 'Archivierter Inhalt'); it speaks
# of the site or the page, a headline of the news.
_SITE_NOTICE = re.compile(r"\b(?:an?\s+)?official\s+(?:web\s?)?site\s+of\b|\boffizielle[ns]?\s+(?:web|internet)?"
                          r"(?:seite|site|portal|auftritt)\s+(?:des|der|von|vom)\b|"
                          r"^(?:archived|archivierte[rs]?)\s+(?:content|page|web\s?page|article|inhalt|seite|beitrag)\W*$", re.I)
# A wire's transmission code ('ABC0067 5 CA 0346 XYZ003', '***PRESS RELEASE***'): letters run into digits.
_WIRE_CODE = re.compile(r"(?<!\S)[A-Z]{2,}\d{2,}(?!\S)")


def _repeats_a_phrase(words: list[str]) -> bool:
    """'Logo Home Page Example Home Page Example Home Page': a phrase of two words printed three times, the alt texts
    of a site's images, not a sentence."""
    pairs = [" ".join(words[k:k + 2]).casefold() for k in range(len(words) - 1)]
    return any(pairs.count(pair) >= 3 for pair in set(pairs))


# An item number opening a line or following a word: '1. Start 2. Sections 3. …'.
_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=[^\W\d])")


def _numbered_items_run_together(text: str) -> bool:
    """A list's items numbered 1, 2, 3 … in order on one line: an ordered list (a menu, a breadcrumb, skip links)
    a flattened page printed as one line; a headline never counts through its words from one."""
    numbers = [int(m.group(1)) for m in _ITEM_NUMBER.finditer(text)]
    return len(numbers) >= 3 and text.lstrip().startswith("1.") and numbers == list(range(1, len(numbers) + 1))


# A dateline with nothing after it ('BEISPIELSTADT (WXYZ) --', 'SPRINGFIELD, Ill. —'): the lead's opening set on a
# line of its own; the place in capitals, an outlet's call letters in brackets, the dash that leads into the text.
_BARE_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ.'’ -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
                            r"(?:\s*\([\w ./&-]{2,25}\))?\s*(?:--|[–—])$")
# An image's alt text naming a logo ('Example Foundation logo'): capitalised words of a name, then 'logo'.
_LOGO_ALT = re.compile(r"^[A-ZÄÖÜ0-9][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜ0-9&][\w&.'’-]*|of|for|and|the|für|und|der|des)){0,6}"
                       r"\s+(?:logo|Logo|LOGO)$")
# A site's account bar ('Welcome guest, you have 3 views left. Register | Sign In', 'Anmelden / Registrieren'): it
# ends in two of the account's links.
_ACCOUNT_BAR = re.compile(r"(?:\b(?:register|sign\s?in|sign\s?up|log\s?in|log\s?out|my\s+account|anmelden|registrieren|"
                          r"einloggen|abmelden|mein\s+konto)\b[\s|/·•]*){2,}$", re.I)  # (one separator class: no backtracking)
# A list's button to more teasers ('View More In This Section', 'Show more', 'Mehr anzeigen'): site chrome.
_MORE_BUTTON = re.compile(r"^(?:(?:view|see|show|load|read)\s+more(?:\s+(?:in\s+this\s+section|stories|articles|news|posts|"
                          r"results))?|mehr\s+(?:anzeigen|laden|lesen))$", re.I)  # ('Show more compassion …' is a headline)


def header_noise(text: str) -> bool:
    """A line over the headline that is none: a banner or widget line after a dash or bullet, a
    breadcrumb, a printer's colour bar ('C M Y CM MY CY CMY K'), a site's greeting or notice, an embargo notice,
    a wire's code line, a site's image alt texts run together, a logo's alt text, a 'more' button, a dateline
    without its text."""
    words = text.split()
    if len(text) > 200 and len(split_sentences(text)) >= 2:
        return False  # prose, even when it ends in a 'Learn more >' arrow
    if len(words) <= 8 and (_LOGO_ALT.match(text.strip()) or _MORE_BUTTON.match(text.strip())
                            or _BARE_DATELINE.match(text.strip())):
        return True
    if len(words) <= 20 and _ACCOUNT_BAR.search(text.strip()):
        return True
    if _GREETING.match(text.strip()) and len(words) <= 12:
        return True
    if _EMBARGO.match(text) and len(words) <= 16:
        return True
    if _SITE_NOTICE.search(text) and len(words) <= 14:
        return True
    if len(text) <= 200 and len(_WIRE_CODE.findall(text)) >= 2:
        return True
    if len(words) >= 6 and len(text) <= 120 and not re.search(r"[.,;:!?\"“”„»«]", text) and _repeats_a_phrase(words):
        return True
    if _BANNER.match(text) and len(words) <= 7 and not parse_byline(text):
        return True
    if _WIDGET_LABEL.match(text.strip()) and len(text) <= 40:
        return True  # 'Top 5 der Woche', 'Meistgelesen', 'Related articles': a list of other texts begins
    if re.fullmatch(r"[\w-]+(?: [\w-]+)?:(?:\s*\|)+", text.strip()):
        return True  # 'Classifieds:   |   |   |': a menu's label with its empty cells
    if len(text) <= 300 and _numbered_items_run_together(text):
        return True  # '1. Start 2. Sections 3. …': a numbered menu or breadcrumb flattened onto one line
    return bool(_BREADCRUMB.search(text)) or (len(words) >= 4 and all(len(w) <= 3 and w.isupper() for w in words))


# '… Meeresforschung [19.10.06]': the date of a news list printed after the headline;
# 'Headline | New': a site's section after a bar.
_TRAILING_DATE = re.compile(r"\s*[\[(](?P<date>\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4}))[\])]$")
_TRAILING_SECTION = re.compile(r"\s+\|\s+[^|]{1,20}$")
# A browser title cut to length with an ellipsis, the site's name after a dash or bar ('Long Title of the ... - Portal').
_CUT_TITLE_SITE = re.compile(r"\s*(?:\.\.\.|…)\s+[|–—-]\s+[^|–—-]{2,40}$")
_TRAILING_SITE = re.compile(r"\s+[|–-]\s+(?P<site>[A-ZÄÖÜ][^|–-]{2,60})$")


# A German headline under a glued kicker that names an organisation or places ('Universität Musterstadt
# Alles rund um den Sport', 'Beispielstadt/Musterstadt Das Leiden der Pendler'): the rest starts anew.
_PLACES_KICKER = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]+(?:/[A-ZÄÖÜ][\wäöüß-]+)+\s+")


# German words in the rest after an organisation's name ('… Alles rund um den Sport'): `_GERMAN_WORDS` and a few
# more; an English headline after one ('Example Association Members in The Globe') is one headline.
_GERMAN_FUNCTION_WORDS = ("der", "die", "das", "und", "ist", "sind", "für", "mit", "nicht", "sich", "ein", "eine", "auf",
                          "zu", "im", "vom", "wird")
_GERMAN_REST = re.compile(rf"\b(?:{'|'.join((*_GERMAN_FUNCTION_WORDS, 'den', 'dem', 'des', 'einen', 'um', 'bei', 'nach', 'über', 'auch', 'wie', 'werden'))})\b")


def glued_kicker(title: str) -> str | None:
    """The kicker glued before a German headline, when the rest reads as a headline of its own."""
    words = title.split()
    candidates = [m.group(0).strip()] if (m := _PLACES_KICKER.match(title)) else []
    candidates += [" ".join(words[:n]) for n in range(2, min(5, len(words) - 2) + 1) if is_org_line(" ".join(words[:n]))]
    for kicker in candidates:
        if re.search(r"[·|›»>]|\d$", kicker):
            continue  # 'Institut · 30 Jahre …': a separator or a number inside the headline, no kicker
        rest = title[len(kicker):].strip().split()
        # the rest opens with a capital and has lower-case words (a German sentence, not title case)
        if len(rest) >= 3 and rest[0][:1].isupper() and any(w[:1].islower() for w in rest) \
                and not rest[0][:1].isdigit() and _GERMAN_REST.search(" ".join(rest)):
            return kicker
    return None


# A kicker glued to a German headline shows where the headline starts: a capitalised function word after a
# word in small letters ('Tag des Schlafes Für Manche ist …'); German capitalises no 'für' or 'die' inside
# a sentence, and these words are German only, so English title case never matches.
_GERMAN_RESTART = re.compile(r"(?<=[a-zäöüß0-9)])\s+(?=(?:Für|Mit|Der|Die|Das|Den|Dem|Des|Wie|Warum|Wieso|Weshalb|Wer|Was|"
                             r"Wenn|Wo|Ein|Eine|"
                             r"Einen|Einem|Einer|Im|"
                             r"Zum|Zur|Vom|Bei|Nach|Über|Auf|Aus|Unter|Vor)\s+\S)")
# no English title word; a German question word opens a headline that asks ('… im Test Warum Minigolf …')
_GERMAN_ONLY_START = re.compile(r"(?:Den|Dem|Einen|Einem|Einer|Für|Über|Zum|Zur|Vom|Warum|Wieso|Weshalb)\s")
_GERMAN_WORDS = re.compile(rf"\b(?:{'|'.join(_GERMAN_FUNCTION_WORDS)})\b")


# A series label with its number before the headline ('HINTERGRUND/210: …', 'RATGEBER/060: …') and the
# source in brackets after it ('… (Beispiel Magazin)').
_SERIES_LABEL = re.compile(r"^[A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,})*/\d{1,4}:\s+")
_SERIES_SOURCE = re.compile(r"\s+\((?P<source>[A-ZÄÖÜ][\w&.'’-]*(?:\s+[\w&.'’-]+){1,4})\)$")


def series_source(title: str) -> str | None:
    """The source a series entry names after its headline: 'RATGEBER/060: Besser lernen (Beispiel Magazin)'."""
    if _SERIES_LABEL.match(title) and (source := _SERIES_SOURCE.search(title)):
        return source.group("source")
    return None


# the glued text is a list of names: a capitalised pair and a comma ('AchievementsAnna Beispiel, ...')
_GLUED_TAIL = re.compile(r"(?<=[a-zäöüß]{6})(?=[A-ZÄÖÜ][a-zäöüß]{3,}\s+[A-ZÄÖÜ][\w.-]+,)")
_CAMEL_KICKER = re.compile(r"^(?P<kicker>[A-ZÄÖÜ][a-zäöüß]{7,})(?=[A-ZÄÖÜ][a-zäöüß]{3,}\s)")


# 'Aktuelles › Headline': the breadcrumb's sections printed before the headline.
_LEADING_CRUMBS = re.compile(r"^(?:[\w.&-]+(?:\s+[\w.&-]+){0,2}\s+[›»>→]\s+)+(?=\S+(?:\s+\S+){2})")


# German sections a compound may end in ('Seewirtschaft', 'Landespolitik'); English compounds are two words.
_SECTION_STEMS = ("wirtschaft", "politik", "kultur", "sport", "wissenschaft", "forschung", "bildung", "gesundheit")
_SECTION_LABEL = re.compile(r"^(?P<section>[A-ZÄÖÜ][\w-]+)\s?:\s+(?=\S.{14,})")  # ('Reportage : …', French spacing)


def section_word(word: str) -> bool:
    """A newspaper section's name ('Panorama', 'Wirtschaft') or a German compound ending in one ('Seewirtschaft')."""
    folded = word.casefold()
    return folded in SECTION_WORDS or any(folded.endswith(stem) and len(folded) >= len(stem) + 3
                                          for stem in _SECTION_STEMS)


def _section_compound(title: str) -> str | None:
    """The first word of a German headline when it is a section's compound name ('Lokalsport', 'Landespolitik') and
    the headline starts anew after it, capitalised, in sentence case (a small word follows): a site's section label
    glued before the headline. A plain section word ('Sport', 'Science') may open a headline; a compound label
    names no subject."""
    first, _, rest = title.partition(" ")
    words = rest.split()
    folded = first.casefold()
    if folded in SECTION_WORDS or not section_word(first) or len(words) < 3 or not words[0][:1].isupper() \
            or not any(w[:1].islower() for w in words[1:]) or headline_case(title):
        return None
    return first


def without_section_kicker(line: str) -> str:
    """'Studium & Wissenschaft Seismologe wider Willen' -> 'Seismologe wider Willen': the section names a news
    site prints before its headline, joined by '&' or 'und'; at most three words, and four words must remain."""
    words = line.split()
    end = 0
    for k, word in enumerate(words[:3]):
        if section_word(word):
            end = k + 1
        elif word not in ("&", "und", "and"):
            break
    return " ".join(words[end:]) if end and len(words) - end >= 3 else line


def headline_under_crumbs(lines: list[str]) -> str | None:
    """'Seewirtschaft Headline of four words' over 'Nachrichten Wirtschaft Seewirtschaft Headline of four words':
    a news site's kicker line and its breadcrumb both end in the headline; the headline without the kicker."""
    for line, below in zip(lines, lines[1:]):
        if len(line.split()) >= 4 and below.endswith(" " + line) and len(below.split()) <= len(line.split()) + 6:
            return without_section_kicker(line)
    return None


def tidy_title(title: str) -> tuple[str, str | None]:
    """The headline without a leading bullet or breadcrumb, a kicker glued to it ('SprechstundeExperten
    beantworten …'), a trailing list date or a short section after a bar; and that date."""
    date = None
    title = re.sub(r"^[•·▪]\s+", "", title)
    title = _LEADING_CRUMBS.sub("", title)
    if (match := _SECTION_LABEL.match(title)) and match.group("section").casefold() in SECTION_WORDS | GENRE_LABELS:
        title = title[match.end():]  # 'Panorama: Satelliten gestartet', 'Reportage: …': the section's or genre's label
    elif compound := _section_compound(title):
        title = title[len(compound):].strip()  # 'Lokalsport Neuer Rekord beim Stadtlauf': a local section's name
    if match := _SERIES_LABEL.match(title):
        title = title[match.end():]  # 'RATGEBER/060: Besser lernen (Beispiel Magazin)'
        if source := _SERIES_SOURCE.search(title):
            title = title[:source.start()]
    if match := _CAMEL_KICKER.match(title):
        title = title[match.end():]
    elif len(title) <= 160 and (match := _GLUED_TAIL.search(title)) and " " in title[:match.start()]:
        title = title[:match.start()]  # 'A Year of Many AchievementsAnna Beispiel, …': the next text glued on
    if glued := _glued_trailing_date(title):
        title, date = glued  # 'Neue Halle eröffnet28. September 2012': the page's date element run onto the headline
    elif match := _TRAILING_DATE.search(title):
        title, date = title[:match.start()], match.group("date")
        day_month, _, year = date.rpartition(".")
        if len(year) == 2:  # '19.10.06': a list's short year, this century up to the next decade
            date = f"{day_month}.{'20' if int(year) <= 40 else '19'}{year}"
    if (match := _CUT_TITLE_SITE.search(title)) and len(title[:match.start()].split()) >= 3:
        title = title[:match.start()]  # 'Long document title ... - Portal': a portal's browser title, cut and signed
    if (match := _TRAILING_SECTION.search(title)) and len(title[:match.start()].split()) >= 4:
        title = title[:match.start()]
    elif (match := _TRAILING_SITE.search(title)) and len(title[:match.start()].split()) >= 3 \
            and (is_org_line(site := match.group("site")) or outlet_masthead(site)):
        title = title[:match.start()]  # 'Headline | Universität Musterstadt': the browser title's site name
    if kicker := glued_kicker(title):
        title = title[len(kicker):]
    elif (match := _GERMAN_RESTART.search(title)) and len(title[:match.start()].split()) <= 6 \
            and len(title[match.end():].split()) >= 3 and (_GERMAN_WORDS.search(title[match.end():])
                                                           or _GERMAN_ONLY_START.match(title[match.end():])):
        title = title[match.end():]  # 'Tag des Schlafes Für Manche ist …': a German headline starts anew
    return title.strip(), date


# A periodical's cover line: its name, the volume and issue, the issue's date ('Example News Volume 5, Issue 6 |
# November 2019', 'Beispielblatt Jahrgang 12, Heft 3'): the name is the title, the volume and issue number no part of it.
_ISSUE_LINE = re.compile(r"^(?P<name>\S.{1,60}?)\s*[,|·–-]?\s+(?i:volume|vol\.|jahrgang|jg\.)\s*\d{1,4}\s*[,/|·]?\s*"
                         r"(?:(?i:issue|no\.|number|nr\.|heft|ausgabe)\s*\d{1,4})?"
                         r"(?:\s*[|,·–-]?\s*(?P<date>\S.{3,30}))?$")


def periodical_name(title: str) -> tuple[str, str | None] | None:
    """'Example News Volume 5, Issue 6 | November 2019' → ('Example News', 'November 2019'): a periodical's
    cover line read as the title gives its name and the issue's date."""
    if (issue := _ISSUE_LINE.match(title)) and (not issue.group("date") or parse_date_line(issue.group("date"))):
        return issue.group("name").strip(), issue.group("date")
    return None


# A date run onto the headline without a space ('…eröffnet28. September 2012', '…ReopensMarch 4, 2012'): a
# scraper joined the headline and the page's date element; a word never runs into a number or a capital.
_GLUED_DATE_START = re.compile(r"(?<=[a-zäöüß])(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)")


def _glued_trailing_date(title: str) -> tuple[str, str] | None:
    """The headline and the date run onto its end, when the end parses as a date and nothing else."""
    for match in _GLUED_DATE_START.finditer(title):
        head, tail = title[:match.start()], title[match.start():].strip()
        if len(tail) <= 40 and len(head.split()) >= 3 and parse_date_line(tail):
            return head.strip(), tail
    return None


# A byline run onto the headline ('Neue Halle eröffnet geschrieben von Anna Beck'): a blog's or a content system's
# author label, which never belongs to a headline; a bare 'von'/'by' may ('Ein Roman von Anna Beck') and stays.
_TRAILING_BYLINE = re.compile(r"\s+(?P<byline>(?:geschrieben|verfasst|written|posted)\s+(?:von|by)\s*:?\s+\S.{2,60})$", re.I)


# A magazine's byline of name and job under the headline, run onto it ('… with Tim Roth Anna Beck Features Editor',
# '… Anna Beck Redakteurin'): a journalist's job title closes the line, a headline never ends in one.
# The roles a headline's trailing byline names: the newsroom's (`NEWSROOM_STEMS`), and the writers' words kept out of
# `JOURNALIST_STEMS`, since there they would mark a study's 'Autor' or a journal's 'editor' as no expert.
_BYLINE_ROLES = (*(stem.capitalize() for stem in NEWSROOM_STEMS),
                 "Editor", "Correspondent", "Writer", "Columnist", "Contributor", "Autor", "Autorin")
_TRAILING_NAME_ROLE = re.compile(
    r"\s+(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}?)\s+(?:(?:Senior|Chief|Managing|Deputy|Features?|News|"
    r"Sports?|Staff|Contributing|Associate|Executive|Online|Science|Political|Culture|Arts|Opinion|Freie[r]?|Leitende[r]?|"
    rf"Stellvertretende[r]?)\s+)?(?:{alternation(_BYLINE_ROLES)})$")


def trailing_byline(title: str) -> tuple[str, Byline] | None:
    """The headline and the byline a flattened page ran onto its end."""
    if (match := _TRAILING_BYLINE.search(title)) and len(title[:match.start()].split()) >= 3 \
            and (byline := parse_byline(match.group("byline"))) and byline.authors:
        return title[:match.start()].strip(), byline
    for match in (m for at in (k for k, c in enumerate(title) if c == " ")
                  if (m := _TRAILING_NAME_ROLE.match(title, at))):
        name = match.group("name")  # (tried at every word: 'Sample Jane Doe' fails, 'Jane Doe' is the name)
        if len(title[:match.start()].split()) >= 3 and is_person_name(name, strict=True) \
                and (byline := parse_byline(f"By {name}")) and byline.authors:
            return title[:match.start()].strip(), byline
    return None


def _without_title_label(title: str, line: str) -> str:
    """'Musterstadt Neue Brücke eröffnet' under the page title 'Musterstadt: Neue Brücke eröffnet - Verlag': the
    heading with the kicker the page title sets before a colon, run onto it by a space; the heading without it."""
    label = re.match(r"^\W*(?P<label>[^:]{2,30}?):\s", title)
    if label and line.startswith(label.group("label") + " ") and not line.startswith(label.group("label") + ": "):
        return line[len(label.group("label")):].strip()
    return line


def shorter_repeat(title: str, following: list[Block]) -> str | None:
    """The headline printed again below without its decoration: 'HINTERGRUND/210: Wieso …? - Interview mit X'
    over 'Wieso …?', 'Archiv "Blatt: Klug, aber nicht trocken"' over 'Klug, aber nicht trocken'.
    What the title has around the repeat is a label ending in a colon, quotes or brackets, or an addition
    after a dash or bar; the repeat is three words at least."""
    for block in following:
        if block.kind not in ("paragraph", "heading"):
            continue
        line = _without_title_label(title, strip_markup(block.text).strip())
        if len(line.split()) < 3 or len(line) >= len(title) or (at := title.find(line)) < 0:
            continue
        before, after = title[:at].strip(" \"'„“”»«("), title[at + len(line):].strip(" \"'„“”»«)")
        if (not before or before.endswith(":")) and (not after or re.match(r"^[-–—|]\s", after)):
            return line
    return None


# 'FRAGEBOGEN: „Wir bleiben hier“': a series' rubric set in capitals, a colon, then a headline that is one quotation
# and nothing else; the rubric labels every text of the series, the quotation is this one's headline. (A topic in
# ordinary case, 'Hochwasser: „…“', is part of the headline and stays.)
_RUBRIC_QUOTE = re.compile(r"^(?P<rubric>[^:\"„“”»«a-zäöüß]{2,40}?)\s*:\s*(?P<quote>[\"„“»«][^\"„“”»«]{8,}[\"“”«»])$")


def quote_after_rubric(title: str) -> str | None:
    """The quotation of 'RUBRIC: „Quoted headline“' without its rubric in capitals (six letters at least: 'EU: „…“'
    names a subject)."""
    match = _RUBRIC_QUOTE.match(title.strip())
    if not match:
        return None
    letters = re.sub(r"[^\w]|[\d_]", "", match.group("rubric"))
    if len(letters) < 6 or not letters.isupper() or len(match.group("quote").split()) < 2 or kind_word(match.group("rubric")):
        return None
    return match.group("quote")


# A German kicker run onto a headline that is one quotation ('Besuch beim Wetterdienst „Wir sind rund um die Uhr
# da“'): a noun phrase without a colon, then the quotation to the end of the line.
_KICKER_QUOTE = re.compile(r"^(?P<kicker>[^\"„“”»«:]{3,60}?)\s+(?P<quote>[\"„“»«][^\"„“”»«]{8,}[\"“”«»])$")


def quote_after_kicker(title: str) -> str | None:
    """The quotation of a German headline 'Kicker „Quoted headline“': the kicker, two to eight words, ends in a
    capitalised word (a German noun or acronym; a verb of saying, 'warnt', is written small and keeps its quote) and
    the quotation is a German sentence of four words at least."""
    match = _KICKER_QUOTE.match(title.strip())
    if not match:
        return None
    kicker, quote = match.group("kicker").split(), match.group("quote")
    if not 2 <= len(kicker) <= 8 or not kicker[-1][:1].isupper() or len(quote.split()) < 4 \
            or not quote[1:2].isupper() or not _GERMAN_REST.search(quote.casefold()):
        return None
    from briefing.extract.people_names import pos_tags  # (HanTa: loaded only where a quote follows a kicker)
    if any(tag.startswith(("VV", "VA", "VM")) and "FIN" in tag for _, tag in pos_tags(" ".join(kicker))):
        return None  # 'Museum zeigt Ausstellung „…“': a sentence whose object is a title in quotes, no kicker
    return quote


_CUT_TITLE = re.compile(r"^(?P<head>\S.{10,}?)\s*(?:\.\.\.|…)(?:\s+[|–—-]\s+[^|–—-]{2,40}-?)?$")
# a word broken at a line's end by a PDF tool or a hard wrap ('Engagemen-\ntförderung')
_BROKEN_WORD = re.compile(r"(?<=[a-zäöüß])-\n(?=[a-zäöüß])")


def full_title_of_cut(title: str, lines: list[str]) -> str | None:
    """A title cut to length with an ellipsis ('Long Title of the ... - Portal'): the document's copy that prints it
    in full, from the cut words to the end of its line, wherever a flattened page or a PDF's wrap put them."""
    if not (match := _CUT_TITLE.match(title.strip())) or re.search(r"\.\.\.|…", match.group("head")):
        return None  # ('Headline ... of the text ...': a search snippet with gaps, no headline cut to length)
    head = match.group("head").split()
    text = _BROKEN_WORD.sub("", "\n".join(lines))
    for found in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, head)) + r"(?!\w)", text):
        end = text.find("\n", found.end())
        line = strip_markup(text[found.start():end if end >= 0 else len(text)]).strip()
        if len(alnum(line)) > len(alnum(" ".join(head))) and len(line) <= 200 and looks_like_title(line) \
                and not _CUT_TITLE.match(line):
            return line
    return None


def kicker_shown_by_copy(title: str, lines: list[str]) -> str | None:
    """'Kicker Headline' where another copy of the headline on the page (a breadcrumb, the page title, a share text)
    prints 'Kicker: Headline': the colon shows where the kicker ends; the headline without it."""
    words = title.split()
    for line in lines:
        line = strip_markup(line).strip()
        if ": " not in line or len(line) > len(title) + 80:
            continue
        for n in range(1, min(7, len(words) - 2)):
            kicker, head = " ".join(words[:n]), " ".join(words[n:])
            if f"{kicker}: {head}" in line:
                return head
    return None


def kicker_before_sentence(title: str) -> str | None:
    """'Faire Bezahlung Stadtwerke wollen neue Tarife' -> 'Stadtwerke wollen neue Tarife': a German kicker run into
    its headline. A German sentence sets no two common nouns side by side without an article or a preposition; when
    the second is the subject of a finite verb right after it (the verb's second place), the words before it are a
    kicker without a verb. An organisation's name ('Deutsche Krebs Gesellschaft lädt …') and a role before a name
    ('Landrat Huber will …') are no such pair. German text only (the caller's to check)."""
    from briefing.extract.people_names import is_role_word, pos_tags

    tags = pos_tags(title)
    for i in range(1, min(7, len(tags) - 2)):
        (before, tag0), (noun, tag1), (verb, tag2) = tags[i - 1], tags[i], tags[i + 1]
        if tag0 != "NN" or tag1 != "NN" or not tag2.endswith("(FIN)") or not verb[:1].islower():
            continue
        # ('Hundert Jahre Vogelfreunde feiern …': a counted measure before its noun is one phrase)
        if any(tag.endswith("(FIN)") for _, tag in tags[:i]) or is_role_word(before) \
                or is_org_line(f"{before} {noun}") or (i >= 2 and tags[i - 2][1] == "CARD"):
            return None
        if (at := title.find(f"{before} {noun} {verb}")) >= 0 and len(title[:at].split()) <= 5:
            return title[at + len(before) + 1:].strip()
        return None
    return None


# 'Show Name with Host - Episode title': a podcast platform's episode title; the page calls itself an episode
_SHOW_PREFIX = re.compile(r"^(?P<show>[^-–—:|]{3,60}?)(?:\s+(?:with|mit)\s+[^-–—]{3,40}?)?\s+[-–—]\s+(?P<episode>\S.{8,})$")
_EPISODE_WORD = re.compile(r"\b(?:episode|episodes|podcast|folge|sendung)\b", re.I)


def episode_after_show(title: str, text: str) -> str | None:
    """The episode's own title after the show's name ('Example Talk with Ann Lee - Ep. 4: Bees' -> 'Ep. 4: Bees'),
    when the page speaks of an episode or a podcast near its top and names the show twice more in its text ('welcome
    to another episode of Example Talk', 'support Example Talk'); a topic before a dash is no show's name."""
    if not (match := _SHOW_PREFIX.match(title.strip())) or len(match.group("episode").split()) < 3:
        return None
    rest = text.replace(title.strip(), " ")
    if not _EPISODE_WORD.search(rest[:3000]):
        return None
    show = match.group("show").strip()
    if len(re.findall(rf"(?<!\w){re.escape(show)}(?!\w)", rest, re.I)) < 2:
        return None
    return match.group("episode").strip()


def colon_kicker(text: str, following: list[Block]) -> bool:
    """'Neues aus dem Institut:' over the headline: a short line ending in a colon."""
    if not (text.endswith(":") and 2 <= len(text.split()) <= 6):
        return False
    nxt = next((b for b in following if b.kind in ("paragraph", "heading")), None)
    return nxt is not None and (looks_like_title(tidy_title(strip_markup(nxt.text))[0])
                                or headline_run_into_lead(strip_markup(nxt.text)) is not None)


_CREDIT_LINE = re.compile(r"^(?P<role>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+[-–—:]\s+(?P<name>[^,;:]{4,50})$")


# The roles a show's or production's credits name; a series' name before a person ('Feature Friday – Anna Beck')
# is a headline, no credit.
_CREDIT_ROLES = {"host", "co-host", "cohost", "producer", "moderator", "moderatorin", "moderation", "presenter", "editor",
                 "director", "regie", "redaktion", "camera", "kamera", "schnitt", "sprecher", "sprecherin", "reporter",
                 "guest", "gast", "interviewer", "photographer", "fotograf", "fotografin", "writer", "author", "autor",
                 "autorin", "text", "music", "musik", "source", "quelle", "by", "von", "anchor", "narrator"}


def credit_line(text: str) -> bool:
    """A show's or production's credit ('Host - Jon Beck', 'Producer – Dr. Ann Roth'): no headline."""
    match = _CREDIT_LINE.match(text.strip())
    return bool(match) and match.group("role").split()[-1].casefold() in _CREDIT_ROLES \
        and is_person_name(strip_titles(match.group("name")))


# Not `_TRAILING_FUNCTION_WORD`: a headline may end in 'as' or 'from', a minor word; the lists differ on purpose.
_MINOR_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                "with", "vs", "via"}


def headline_case(text: str) -> bool:
    """English headline case ('Acme Expands Its Research Team with New Appointment.'): five words
    at least, every word but the minor ones capitalised; such a line is a headline even with a
    closing full stop. A German sentence capitalises only its nouns and fails."""
    words = [w.strip("\"'“”‘’()") for w in strip_markup(text).split()]
    words = [w for w in words if w and w[0].isalpha()]
    if len(words) < 5:
        return False
    major = [w for w in words[1:] if w.casefold() not in _MINOR_WORDS]
    return len(major) >= 3 and all(w[0].isupper() for w in major) and words[0][0].isupper()


_LABEL_LINE = re.compile(r"^[^\W\d][\w-]*\.?\s+(?:Nr\.\s*|No\.\s*)?\d+(?:\.\d+)*[a-z]?$")


def document_label(text: str) -> bool:
    """A filing's or appendix's label line ('EXHIBIT 99.1', 'Anlage 3', 'Annex 2'): a word and a
    number, nothing else."""
    return bool(_LABEL_LINE.match(strip_markup(text).strip()))


_VOCATIVE = re.compile(r"^(?:Frau|Herr|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.|Professor(?:in)?|Prof\.)\s+"
                       r"(?:(?:Dr\.|Prof\.|Professor(?:in)?)\s+)*[A-ZÄÖÜ][\w'’-]+(?:\s+(?:von|van|zu|de)?\s*[A-ZÄÖÜ][\w'’-]+)?"
                       r"\s*[,–—-]\s")


_NUMBERED_QUESTION = re.compile(r"^[\W_]*\d{1,2}[.)]\s+\S.*\?[\s\"“”'»«]*$")


def interview_question(text: str) -> bool:
    """An interviewer's question, no headline: it addresses the interviewee ('Frau Beck, Sie …?',
    'Mr. Smith, …') or asks after a statement of its own (two sentences, the last a question)."""
    text = strip_markup(text)
    if _VOCATIVE.match(text) or _NUMBERED_QUESTION.match(text):
        return True  # '> 3. How did you start?': a questionnaire's numbered question
    return text.rstrip(" \"“”'»«").endswith("?") and len(split_sentences(text)) >= 2


def repeated_headline(text: str, following: list[Block]) -> bool:
    """A short one-sentence line with a closing full stop ('Aus Ideen werden Taten.') that the
    next blocks print again (a download link, a cover page): the title of a publication."""
    text = strip_markup(text)
    if not text.endswith(".") or text.endswith("...") or not 2 <= len(text.split()) <= 12 \
            or len(split_sentences(text)) > 1:
        return False
    key = alnum(text)
    return any(key in alnum(b.text) for b in following if b.kind in ("paragraph", "heading"))


def kicker_before(block: Block, following: list[Block]) -> bool:
    """A line directly over a headline heading is its kicker (the heading is the title)."""
    nxt = next((b for b in following if b.kind != "rule"), None)
    return block.kind == "paragraph" and looks_like_title(block.text) and nxt is not None and nxt.kind == "heading" \
        and looks_like_title(nxt.text) and len(strip_markup(nxt.text).split()) >= 4 \
        and not (headline_case(block.text) and not headline_case(nxt.text)) \
        and not interview_question(nxt.text) and not _names_a_person(nxt.text) and not photo_caption(nxt.text) \
        and not parse_date_line(nxt.text) and not _deck_after_colon(block.text, nxt.text) \
        and not _name_under_headline(block.text, nxt.text) \
        and not (len(strip_markup(block.text).split()) >= 8 and not _PULL_QUOTE_START.match(strip_markup(block.text))
                 and not re.search(r"\s[-–—/]\s", block.text))
    # (an English line in headline case over a heading in sentence case is the headline over its deck;
    # 'PLACE - March 4, 2014' set as a heading is the dateline, no headline; a line of eight words or more
    # says what a kicker only names: it is the headline, the heading under it its deck; not a deck's points
    # joined by dashes or slashes, nor a pull quote)


def _name_under_headline(line: str, heading: str) -> bool:
    """A sentence-case line over a shorter heading of capitalised words only ('Small shops keep the harbour
    busy' / 'Example County Chronicle'): the heading names an outlet or an organisation, the line is the
    headline; a kicker is the shorter of the two and a headline says more than a name."""
    line, heading = strip_markup(line).split(), strip_markup(heading).split()
    return len(line) > len(heading) and len(heading) <= 5 and all(w[:1].isupper() for w in heading) \
        and not re.search(r"[.!?:,\d]", " ".join(heading)) and any(w[:1].islower() for w in line[1:])


def _deck_after_colon(line: str, heading: str) -> bool:
    """A line of four words or more over a heading split by a colon ('Researchers call for more: …', 'Thema: So …'):
    the heading is the deck that explains the headline, no headline under its kicker; a kicker names, it has no colon
    inside the line under it to answer."""
    line, heading = strip_markup(line), strip_markup(heading)
    return len(line.split()) >= 4 and ":" not in line and bool(re.match(r"^[^:\"„“]{3,60}:\s+\S", heading))


_PULL_QUOTE_START = re.compile(r"^[\"„“”»«‘’']")


def _names_a_person(text: str) -> bool:
    """'Dr. Petra Beispiel Stabsstelle Presse': a contact or byline line opens with a person's name."""
    words = strip_titles(strip_markup(text)).split()
    return any(is_person_name(" ".join(words[:n]), strict=True) for n in (2, 3))


# A German verb's particle closing the headline ('Klinik ruft zu Vorsorgeuntersuchungen auf', 'Stadt kündigt
# neue Regeln an'): a finite verb, then two words or more, then the particle; a cut line ends on an article
# ('Viele Gäste aus der') or has no verb before its preposition.
_SEPARATED_PARTICLE = re.compile(r"\s(?:[a-zäöüß]+t)\s+(?:\S+\s+){2,}(?:auf|an|mit|zu|bei)$")
_TRAILING_FUNCTION_WORD = re.compile(
    r"\b(?:für|der|die|das|den|dem|des|und|oder|mit|von|zu|zum|zur|im|in|am|an|auf|bei|"
    r"of|the|for|and|or|with|to|a|an|at|on|by)$", re.I)


def _raw_alt_doubled(doc: Document, alt: str) -> bool:
    """Was this alt text printed twice in the raw file ('![Headline Headline](…)')?"""
    for raw in re.findall(r"!\[([^\]]{8,600})\]", doc.raw_text[:20000]):
        once = doubled_text(raw)
        if once and alnum(once) == alnum(alt):
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


# 'Beispielstadt, Colorado – October 10, 2014', 'ABC 08.04.2014': a place or an outlet's short name before a date.
_DATELINE = re.compile(r"^(?P<place>[A-ZÄÖÜ][\w.'’-]*(?:,?\s+[A-ZÄÖÜ][\w.'’-]*){0,3})\s*[,–—|-]?\s+(?P<date>\S.{5,40})$")


def dateline(text: str) -> str | None:
    """The date of a dateline or an outlet's date line without the body ('Beispielstadt, Colorado – October 10,
    2014', 'ABC 08.04.2014'): at most four capitalised words before a date; no headline."""
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", strip_markup(text).strip())  # '13th August 2021'
    if iso := parse_date_line(text):
        return iso
    match = _DATELINE.match(text)
    return parse_date_line(match.group("date")) if match else None


def name_then_date(text: str) -> bool:
    """'Anna Beck 7. Dezember 2016': an author's name and the date, the two lines under a headline run into one;
    a byline without its 'Von', never a headline."""
    text = strip_markup(text).strip()
    if len(text) > 80 or not (hit := find_date(text)) or len(text[hit[2]:].strip()) > 12:
        return False  # (a time of day may follow the date)
    return is_person_name(strip_titles(text[:hit[1]].strip(" ,;|·•–-")), strict=True)


def title_follows(blocks: list[Block]) -> bool:
    """A heading or a headline-like line comes within the next blocks; not when the next block is a date or a
    byline, which stand under a headline, never between a kicker and its headline."""
    if blocks and blocks[0].kind == "paragraph" and len(strip_markup(blocks[0].text)) <= 80 \
            and (dateline(blocks[0].text) or parse_byline(strip_markup(blocks[0].text))):
        return False
    if blocks and blocks[0].kind in ("paragraph", "heading") and name_then_date(blocks[0].text):
        return False  # (an author's name and the date run into one line may be set as a heading)
    for block in blocks[:3]:
        if block.kind == "heading" and is_link_text(strip_markup(block.text)):
            continue  # 'Listen Now': a player's button set as a heading
        if block.kind in ("heading", "paragraph") and photo_caption(strip_markup(block.text)):
            continue  # a photo's caption under the headline, even set as a heading, is none
        if block.kind == "heading" and (dateline(block.text) or parse_byline(strip_markup(block.text))):
            continue  # the date or the byline under the headline, set as a heading ('June 5, 2018'), is none
        if block.kind == "heading":
            return True
        if block.kind == "paragraph":
            text = strip_markup(block.text)
            if looks_like_title(text) and len(text.split()) >= 4 and not parse_byline(text):
                return True
            if len(text) > 200:
                return False  # the lead has begun: a line after it is a subheading, no headline
    return False


def short_line(text: str) -> bool:
    """A kicker over the headline (or a menu item): three words at most, no closing punctuation."""
    return len(text.split()) <= 3 and len(text) <= 30 and not re.search(r"[.!?:]$", text)


def title_among(lines: list[str]) -> str | None:
    """The longest headline-like line of a press header that held no other title."""
    if candidates := [t for t in lines if looks_like_title(t)]:
        return max(candidates, key=lambda t: len(t.split()))
    return None


_COVER = re.compile(r"^\W*(?P<word>Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|Forschungsbericht|Jahrbuch|"
                    r"Annual\s*Report|Activity\s*Report|Research\s*Report|Yearbook)\b"
                    r"(?:\s*[|/]\s*[^\d|/]{3,30}?)?\s*(?P<year>(?:19|20)\d{2})(?!\d)", re.I)


def cover_title(lines: list[str]) -> tuple[str, str] | None:
    """A publication's cover at the top of the text names it: 'JAHRESBERICHT | ANNUAL REPORT 2013 Impressum …',
    'Jahrbuch 2014 /Yearbook 2014 2 Inhalt' → ('Jahresbericht 2013', '2013'): its title and its year."""
    for line in [line for line in lines if line.strip()][:5]:
        if m := _COVER.match(line.strip()):
            word = " ".join(m.group("word").split())
            word = word.capitalize() if word.isupper() else word
            return f"{word} {m.group('year')}", m.group("year")
    return None


# A periodical prints its name beside the issue's date in the running head or foot of its pages ('Example Magazin |
# Dezember 2019', 'Examplewinds · März/April 2016', 'January 2017 THE EXAMPLE 12', 'Beispiel-Journal Bayern 1/2013');
# the name recurs on the cover or in the imprint. Words of the issue line and sentence words are no part of a name.
_NAME_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß][\w&'’-]*$")
_NAME_EDGE_WORDS = frozenset({"der", "die", "das", "des", "und", "für", "the", "of", "and", "for", "a", "an", "in",
                              "im", "issn", "volume", "vol", "issue", "number", "nummer", "no", "nr", "heft", "ausgabe",
                              "jahrgang", "edition", "page", "seite", "inhalt", "contents", "editorial", "impressum"})
_ARTICLES = frozenset({"der", "die", "das", "the"})
_SEPARATOR = "|·•,–—-"
_MASTHEAD_SCAN_CHARS = 30000


def _name_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _name_words(words: list[str]) -> bool:
    """Words that may be a periodical's name: no number, month, weekday or spaced-out letter; an article may open it
    ('Der Beispielbote', 'The Example'), no other function word opens or ends it."""
    if not words or not all(_NAME_WORD.match(w) and len(w) >= 2 for w in words):
        return False
    first = words[1:] if len(words) >= 2 and words[0].casefold() in _ARTICLES and words[1][:1].isupper() else words
    return first[0].casefold() not in _NAME_EDGE_WORDS and words[-1].casefold() not in _NAME_EDGE_WORDS \
        and not PERIODICAL_WORD.fullmatch(" ".join(first)) \
        and not any(w.casefold() in MONTHS or w.casefold() in WEEKDAYS for w in words)


def _recurring_name(words: list[str], key: str) -> str | None:
    """The longest run of words (at most four) that recurs in the text, spaces and case aside."""
    for n in range(min(4, len(words)), 0, -1):
        name = words[-n:]
        if _name_words(name) and len(_name_key(" ".join(name))) >= 4 and key.count(_name_key(" ".join(name))) >= 2:
            return " ".join(name)
    return None


def periodical_masthead(doc: Document) -> str | None:
    """The name a periodical prints beside its issue's date on its pages, when its opening has an issue line
    (`dates.has_issue_line`); the name recurring most often wins ('Magazin' alone names none)."""
    text = " ".join(strip_markup(line).strip() for line in doc.lines if line.strip())[:_MASTHEAD_SCAN_CHARS]
    if not has_issue_line(text):
        return None
    key = _name_key(text)
    names: list[str] = []
    for when in ISSUE_WHEN.finditer(text):
        before = text[max(0, when.start() - 100):when.start()].rstrip(" " + _SEPARATOR).split()
        if name := _recurring_name(before, key):
            names.append(name)
        after = re.match(r"\s*([^\d|·•]{2,60}?)\s+\d{1,3}(?!\S)", text[when.end():when.end() + 70])
        if after and (name := _recurring_name(after.group(1).split(), key)) and name == after.group(1).strip():
            names.append(name)  # 'January 2017 THE EXAMPLE 12': date, name, page number
    if not names:
        return None
    return max(names, key=lambda n: (key.count(_name_key(n)), -names.index(n)))


def teaser_headline(text: str, following: list[Block]) -> str | None:
    """A portal's teaser 'Headline: lead text …' whose lead the next paragraph prints again: the part
    before the colon is the headline ('Preis für Meereskunde verliehen: Zwei junge Forscherinnen …')."""
    head, sep, lead = strip_markup(text).partition(": ")
    nxt = next((b for b in following if b.kind == "paragraph"), None)
    if not sep or nxt is None or len(lead) < 60 or not looks_like_title(head) or len(head.split()) < 3:
        return None
    return head if alnum(strip_markup(nxt.text)).startswith(alnum(lead[:80])) else None


# Where a lead starts when a flattened page ran the headline into it on one line:
# a German sentence starting anew with a capitalised article, preposition or verb after a word ('… im Landkreis
# Musterstadt Die Versorgung hat …'; German writes these words in small letters inside a sentence), an agency's
# dateline in capitals ('… in Europe BEISPIELSTADT, Calif.--(WIRE)--', 'Musterstadt (dpa) - ').
_LEAD_RESTART = re.compile(r"(?<=[\w\"“”»«'’)\]])\s+(?=(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Im|Am|Ist|Es|In|Mit|"
                           r"Für|Bei|Nach|Auf|Aus|Seit|Wie|Wer|Wenn|Als|Zum|Zur|Vom|Über|Unter|Vor)\s+\S)")
_LEAD_DATELINE = re.compile(r"(?<=[\w\"“”»«'’)])\s+(?=(?:[A-ZÄÖÜ]{3,}(?:[ .'-][A-ZÄÖÜ.]+)*(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
                            r"\s*(?:--|[–—]\s)|[A-ZÄÖÜ][\w.-]+(?:/[A-ZÄÖÜ][\w.-]+)?\s+\([A-Za-z/]{2,12}\)\s+[-–—]\s))")
# A dateline of place names before a dash or bullet ('… Jahrespressekonferenz Stuttgart, Musterdorf. – Eine …',
# '… nach Musterstadt Beispielstadt • Es ist …'): a press text's lead opens with it, a sentence follows it.
_LEAD_PLACE_DASH = re.compile(r"(?<=[\w\"“”»«'’)])\s+(?=[A-ZÄÖÜ][\w.-]+(?:,\s+[A-ZÄÖÜ][\w.-]+){0,3}\.?\s+[–—•]\s+"
                              r"[A-ZÄÖÜ\"„“])")
_LISTED_DATE = re.compile(r"(?<=\w)\s*[\[(]\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})[\])](?=\s)")
_TRAILING_WEEKDAY = re.compile(rf"\s+(?:{'|'.join(d.capitalize() for d in (*WEEKDAYS, 'sonnabend'))})\W*$|[\s,;|·•\[(–—-]+$")


def _headline_case_end(text: str) -> int | None:
    """Where an English headline in headline case ends when a lead in sentence case was run onto it ('Retired
    Racehorses to Join a Study More than 100 horses will …'): before the capitalised word that opens a run of
    words in small letters (a sentence's first word, then its words not capitalised), the words before it in
    headline case. A lead opening on a name ('The National Association said …') gives no cut: a capitalised
    article inside the headline may be where the lead began."""
    words = list(re.finditer(r"\S+", text))
    for j, word in enumerate(words):
        bare = word.group(0).strip("\"'“”‘’(),")
        if not bare[:1].islower() or bare.casefold() in _MINOR_WORDS:
            continue
        start = j - 1  # the first lower-case word of weight: the sentence began on the word before it
        if start < 5 or not words[start].group(0)[:1].isupper():
            return None
        after = [w.group(0) for w in words[j:j + 3]]
        if len(after) < 3 or not all(w[:1].islower() or w[:1].isdigit() for w in after):
            return None
        head = text[:words[start].start()].strip()
        if not headline_case(head) or _TRAILING_FUNCTION_WORD.search(head) \
                or any(w.group(0) in ("The", "A", "An") for w in words[1:start]):
            return None  # ('… Island The Coastal Society announced': an article in capitals opened the sentence earlier)
        return words[start].start()
    return None


def headline_run_into_lead(text: str) -> tuple[str, str] | None:
    """A headline run into the lead of a long paragraph, as a flattened page prints them on one line: the
    headline and the rest, cut where the lead starts: before the first date, an agency's dateline, or (German)
    a sentence starting anew after a word. ('Neue Brücke in Musterstadt eröffnet Die Stadt hat am Montag …',
    'Acme Opens a Lab in Europe BEISPIELSTADT, Calif.--(WIRE)--Acme today …'.) The headline reads as one: three
    to twenty words, no sentence ended inside it."""
    text = text.strip()
    if len(text) <= 120:
        return None
    head_zone = text[:220]
    cuts = [m.start() for m in (_LEAD_DATELINE.search(head_zone),) if m]
    if (m := _LEAD_RESTART.search(head_zone)) and len(_GERMAN_WORDS.findall(text[m.end():m.end() + 300])) >= 2:
        cuts.append(m.start())  # German only: English capitalises 'In' or 'Die' in title case
    if place := _LEAD_PLACE_DASH.search(head_zone):
        cuts.append(place.start())
    if (case_end := _headline_case_end(head_zone)) is not None:
        cuts.append(case_end)
    if hit := find_date(head_zone):
        cuts.append(hit[1])
    if listed := _LISTED_DATE.search(head_zone):
        cuts.append(listed.end())  # '… Headline [19.10.06] Lead …': a news list's date after the headline
    for cut in sorted(cuts):
        head = _TRAILING_WEEKDAY.sub("", text[:cut]).strip()
        rest = text[len(head):].strip(" ,;|·•")
        words = head.split()
        if head[:1].islower() or not 3 <= len(words) <= 20 or len(head) > 160 or len(rest) < 80 \
                or len(split_sentences(head)) > 1 or re.search(r"[!?…]\s+\S", head) \
                or len(re.findall(r"[\"„“”«»]", head)) % 2:
            continue  # (a sentence ended inside, an abbreviation's point, 'Jr.', ends none; a quotation left open)
        if all(re.sub(r"\W", "", w).isupper() and len(re.sub(r"\W", "", w)) >= 2 for w in words[-2:]) \
                or (words[-1].isalpha() and words[-1].isupper() and len(words[-1]) >= 2
                    and re.match(r"[A-ZÄÖÜ]{2,}\b", rest)):
            # 'Newswire — BEISPIELSTADT, IL - May 2, 2015 - …': a dateline in capitals before the date;
            # 'Wire — SAN FRANCISCO – …': one cut in two
            break
        if looks_like_title(tidy_title(head)[0]) and not interview_question(head) and not parse_date_line(head) \
                and not parse_byline(head):
            return head, rest
        break  # the earliest cut decides: a later one would run a line of the lead into the headline
    return None
