"""Front-matter metadata of one source, read as a careful editor reads it.

A chain of small, named steps; `extract_metadata` runs them in order, what the file itself
declares (front matter, HTML metadata) wins over what was read, and the editorial overrides
(config.sources, `apply_overrides`) win over all of them. Unknown stays None.

Where each field of the front matter comes from:

=================  ==============================================================
field              module: step
=================  ==============================================================
(blocks consumed)  header: read_header (header, byline and banner lines, the title;
                   taken out of `doc.blocks` so the body does not repeat them)
title              header: read_header, recognised by title (looks_like_title,
                   image_headline)
url                url: find_url; for slides without one, url: publication_website
date, inferred     dates: find_stated_or_inferred_date (stated lines via header; else
                   the best scored date of the first blocks, header_zone_date; else
                   the page URL or an image URL path)
edition            dates: parse_edition, read by byline in header: read_header
authors            authors: find_authors (bylines via byline/header)
publisher          publisher: find_publisher (scored candidates of every signal, SIGNALS)
distributor        publisher: find_distributor
keywords           keywords: find_keywords (category lines via header_lines)
language           language: detect_language
kind               kind: detect_kind (scored signals, FEATURES; shared with publisher)
summary            summary: find_summary
=================  ==============================================================

The helpers: `records` (the Byline and Header the steps fill), `header_lines` (readers of
one line: kind word, banner, outlet + date, category, menu, copyright), `byline`, `names`
(persons, organisations, agencies), `signals` (datelines, speakers, contact blocks, photo
credits read by publisher, authors and kind), `text` (block text, markup), `vocab` (the
vocabularies; extend those, not the rules).
"""

from __future__ import annotations

from briefing.extract.metadata.authors import find_authors
from briefing.extract.metadata.byline import parse_byline, parse_interview_credit
from briefing.extract.metadata.dates import (
    date_from_url,
    find_date,
    find_stated_or_inferred_date,
    iso_date,
    parse_date_line,
    parse_edition,
)
from briefing.extract.metadata.header import (
    HEADER_ZONE,
    POST_TITLE_ZONE,
    TAIL_ZONE,
    find_title,
    press_header_end,
    read_header,
    read_leading_metadata,
    read_press_contact,
    split_header_lines,
)
from briefing.extract.metadata.header_lines import (
    copyright_holder,
    glued_outlet_date,
    is_link_text,
    is_navigation,
    is_portal_name,
    keyword_line,
    kind_with_number,
    kind_word,
    outlet_masthead,
    portal_banner,
    split_copyright,
)
from briefing.extract.metadata.keywords import find_keywords
from briefing.extract.metadata.kind import detect_kind, heading_density, is_interview
from briefing.extract.metadata.language import body_text, detect_language
from briefing.extract.metadata.names import (
    agency_name,
    clean_person,
    is_org_line,
    is_person_name,
    known_first_name,
    split_authors,
    strip_titles,
)
from briefing.extract.metadata.publisher import (
    defined_organisations,
    expand_org_name,
    find_distributor,
    find_publisher,
    publisher_from_about,
    publisher_from_host,
    publisher_from_interviewer,
)
from briefing.extract.metadata.records import Byline, Header
from briefing.extract.metadata.signals import (
    agency_credit,
    announcing_org,
    contact_block_org,
    imprint_authors,
    imprint_publisher,
    newsroom_credit,
    institutional_photo_credit,
    press_release_signals,
    publisher_from_statement,
    read_dateline,
    speaker_labels,
    wire_service,
)
from briefing.extract.metadata.summary import find_summary, first_sentences
from briefing.extract.metadata.text import doubled_text, strip_markup
from briefing.extract.metadata.title import (
    cover_title,
    credit_line,
    glued_kicker,
    header_noise,
    tidy_title,
    image_headline,
    interview_question,
    looks_like_title,
    repeated_headline,
    teaser_headline,
)
from briefing.extract.metadata.url import (
    find_url,
    host_of,
    hosts_in_text,
    parse_url_line,
    press_portal,
    publication_website,
    registrable_domain,
)
from briefing.model import Document

__all__ = [
    "extract_metadata", "apply_overrides",
    # authors, byline, dates
    "find_authors", "parse_byline", "parse_interview_credit",
    "date_from_url", "find_date", "find_stated_or_inferred_date", "iso_date", "parse_date_line", "parse_edition",
    # header, header lines
    "HEADER_ZONE", "POST_TITLE_ZONE", "TAIL_ZONE", "find_title", "press_header_end", "read_header",
    "read_leading_metadata", "read_press_contact", "split_header_lines",
    "copyright_holder", "glued_outlet_date", "is_link_text", "is_navigation", "is_portal_name", "keyword_line",
    "kind_with_number", "kind_word", "outlet_masthead", "portal_banner", "split_copyright",
    # keywords, kind, language
    "find_keywords", "detect_kind", "heading_density", "is_interview", "body_text", "detect_language",
    # names
    "agency_name", "clean_person", "is_org_line", "is_person_name", "known_first_name", "split_authors",
    "strip_titles",
    # publisher, signals
    "defined_organisations", "expand_org_name", "find_distributor", "find_publisher", "publisher_from_about",
    "publisher_from_host", "publisher_from_interviewer",
    "agency_credit", "contact_block_org", "institutional_photo_credit", "press_release_signals",
    "publisher_from_statement", "read_dateline", "speaker_labels",
    "announcing_org", "imprint_authors", "imprint_publisher", "newsroom_credit", "wire_service",
    # records, summary, text, title, url
    "Byline", "Header", "find_summary", "first_sentences", "doubled_text", "strip_markup",
    "cover_title", "credit_line", "glued_kicker", "header_noise", "tidy_title", "image_headline", "interview_question", "looks_like_title", "repeated_headline", "teaser_headline",
    "find_url", "host_of", "hosts_in_text", "parse_url_line", "press_portal", "registrable_domain",
]


def _as_list(value) -> list[str]:
    """A declared value that may be one string or a list."""
    return [value] if isinstance(value, str) else [str(v) for v in value]


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
    meta.distributor = find_distributor(header, meta.url, meta.publisher, wire_service(doc), doc)
    meta.keywords = find_keywords(doc, header)
    # a deck's or a list's body may hold too few function words; the whole text, menus and header
    # included, still tells its language when the best language clearly leads
    meta.language = detect_language(body_text(doc)) or detect_language(doc.raw_text, min_share=0.03)
    meta.kind = detect_kind(doc, header, meta.url, meta.distributor)
    meta.summary = find_summary(doc)

    # What the file itself declares (front matter, HTML metadata) wins over what was read.
    for key in ("title", "publisher", "distributor", "url", "kind", "language", "summary", "edition"):
        if declared.get(key):
            setattr(meta, key, str(declared[key]))
    if declared.get("date"):
        meta.date, meta.date_inferred = str(declared["date"]), False
    if declared.get("authors"):
        meta.authors = _as_list(declared["authors"])
    if declared.get("keywords"):
        meta.keywords = _as_list(declared["keywords"])
    if meta.kind == "slides" and not meta.url:
        meta.url = publication_website(doc, meta.publisher)  # (once the kind is known: the site a publication prints is its address)
        if meta.url and not meta.publisher and not declared.get("publisher"):
            meta.publisher = find_publisher(doc, header, meta.url)  # the address may name its issuer
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
