"""url: the source's address; and the URL and host helpers the other fields use.

`find_url`: the header URL line, a 'Quelle' line, then a footer address.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from briefing.extract.metadata.records import Header
from briefing.extract.metadata.vocab import PRESS_PORTALS
from briefing.model import Document

_URL_LINE = re.compile(
    r"^<?\(?(?P<url>(?:https?://|www\.)[^\s<>()]+|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}(?:/[^\s<>()]*)?)\)?>?[.;,]?$",
    re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s<>()\"'\]]+", re.I)


def split_url(url: str) -> SplitResult:
    """The parts of an address, also of one printed without a scheme ('beispielverein.de/x')."""
    return urlsplit(url if "://" in url else f"http://{url}")


def parse_url_line(text: str) -> str | None:
    """'<http://idw-online.de/de/news123456>' → the address; '(beispielverein.de' → 'beispielverein.de'."""
    match = _URL_LINE.match(text.strip())
    return match.group("url").rstrip(".,;") if match else None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = split_url(url).hostname or ""
    host = host.casefold().removeprefix("www.")
    return host or None


def registrable_domain(host: str) -> str:
    """'edition.exd.com' → 'exd.com'; 'news.example.co.uk' → 'example.co.uk'."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "or"):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_name(host: str) -> str:
    """'edition.exd.com' → 'exd' (the registrable domain without its suffix)."""
    return registrable_domain(host).split(".")[0]


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
    for url in URL_IN_TEXT.findall(text):
        host = host_of(url)
        if host and host not in hosts:
            hosts.append(host)
    return hosts


SOCIAL_NETWORKS = frozenset({"facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com",
                             "xing.com", "tiktok.com", "threads.net", "bsky.app", "flickr.com", "pinterest.com"})


# A release asks to be credited with its site: 'bitten wir um die Quellenangabe "www.example.de"'.
_CREDIT_REQUEST = re.compile(r"\bQuellenangabe\s*[:„“\"»«]*\s*(?P<url>(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+)", re.I)


def ends_wrapped_sentence(raw_text: str, address: str) -> bool:
    """The address's line carries on the line above it: a sentence or caption wrapped before its link ('… visit
    our site at' / 'www.example.org.', 'Rollator (Foto:' / 'example.org/anna)'). The line above ends in a small
    word or a comma, or opens a bracket the address's line closes; a footer's address stands on its own."""
    lines = raw_text.splitlines()
    for i, line in enumerate(lines[1:], 1):
        text = line.strip()
        if address not in text or not parse_url_line(text):
            continue
        above = lines[i - 1].rstrip()
        if re.search(r"(?:\b[a-zäöüß]+|,)$", above):
            return True
        if above.count("(") > above.count(")") and text.count(")") > text.count("("):
            return True
    return False


def find_url(doc: Document, header: Header) -> str | None:
    """Header URL line, 'Quelle' line, then a footer address, then the site a release asks to be credited with."""
    if header.url:
        return header.url
    if url := opening_address(doc.raw_text):
        return url
    for reason in ("source", "footer-url"):
        for item in doc.removed:
            if item.reason == reason and (url := parse_url_line(item.text)) \
                    and registrable_domain(host_of(url) or "") not in SOCIAL_NETWORKS \
                    and not (reason == "footer-url" and ends_wrapped_sentence(doc.raw_text, item.text)):
                return url  # (a footer's link to the issuer's profile on a social network is not the text's address)
    for line in doc.raw_text.splitlines()[:60]:
        if m := _CREDIT_REQUEST.search(line):
            return m.group("url")
    return closing_source(doc.raw_text)


# A scraper prints the page's address first; a flattened copy runs the headline onto it on the same line.
_OPENING_ADDRESS = re.compile(r"(?P<url>https?://[^\s<>()\"']+)\s+\S")


def opening_address(raw_text: str) -> str | None:
    """'https://example.org/a-123.html Headline of the page …': the address opening the text is the page's."""
    first = next((line.strip() for line in raw_text.splitlines() if line.strip()), "")
    return m.group("url").rstrip(".,;") if (m := _OPENING_ADDRESS.match(first)) else None


# A portal's details after the text name its source, the label and its address last on the line whatever ran
# onto it before ('Details zur Meldung Quelle example.org').
_CLOSING_SOURCE = re.compile(r"(?:^|\s)(?:Quelle|Source)\s*:?\s+(?P<url>\S+)$")


def closing_source(raw_text: str) -> str | None:
    """The address of a source label ending one of the text's last lines (the cleaner reads one on a line of
    its own)."""
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    for line in lines[-8:]:
        if (m := _CLOSING_SOURCE.search(line)) and (url := parse_url_line(m.group("url"))):
            return url
    return None


# A web address as a publication prints it: 'www.example.org', 'http://www.example.org' (the site, not a page of it).
_PRINTED_SITE = re.compile(r"(?<![@\w/.-])(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?(?![\w/.-])")


def publication_website(doc: Document, publisher: str | None = None) -> str | None:
    """A PDF publication's (report's, newsletter's) address: the first website it prints, as printed. A
    publication names its issuer's site on its cover or in its imprint; an advertiser's follows later, or stands
    on a cover page of ads: when the issuer is known, only a site whose name holds a word of the issuer's name or its
    initials is the issuer's."""
    for line in doc.lines:
        for match in _PRINTED_SITE.finditer(line):
            host = host_of(match.group(0)) or ""
            if registrable_domain(host) not in SOCIAL_NETWORKS and (not publisher or _site_of(host, publisher)):
                return match.group(0).rstrip("/")
    return None


def _site_of(host: str, organisation: str) -> bool:
    """'beispielverband.de' is the 'Beispielverband e.V.''s site, 'www.bvx.example.de' the 'Bund der Verbände X''s."""
    name = re.sub(r"[^a-z0-9]", "", host.casefold().rsplit(".", 1)[0])
    words = [w.casefold() for w in re.findall(r"[\w-]+", organisation) if len(w) >= 4]
    initials = "".join(w[0] for w in re.findall(r"[\w-]+", organisation) if w[0].isupper()).casefold()
    if any(re.sub(r"[^a-z0-9]", "", w)[:6] in name for w in words) or (len(initials) >= 2 and initials in name):
        return True
    # a site named by the first initials of a compound name's parts ('mbg.de' for the 'Muster-Beispiel-Gesellschaft
    # für X e.V.')
    label = registrable_domain(host).split(".")[0].casefold()
    parts = "".join(w[0] for w in re.findall(r"[^\W\d_]+", organisation) if w[0].isupper()).casefold()
    return len(label) >= 3 and parts.startswith(label)
