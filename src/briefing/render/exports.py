"""Exports for wikis and other tools beside api/*.json: an RSS feed of sources, a CSV of
experts, and redirect pages that keep renamed ids working."""

from __future__ import annotations

import csv
import html
import io
from datetime import date
from email.utils import format_datetime
from datetime import datetime, timezone

from briefing.model import Corpus


def _absolute(site_url: str, path: str) -> str:
    return f"{site_url}/{path}" if site_url else path


def _rfc822(value: str | None) -> str | None:
    if not value or len(value) != 10:
        return None  # RSS needs a full date; partial dates stay out of pubDate
    d = date.fromisoformat(value)
    return format_datetime(datetime(d.year, d.month, d.day, tzinfo=timezone.utc))


def rss_feed(corpus: Corpus, title: str, description: str, site_url: str) -> str:
    items = []
    documents = sorted(corpus.documents, key=lambda d: (d.meta.date or "", d.seed), reverse=True)
    for doc in documents:
        link = _absolute(site_url, f"sources/{doc.id}/")
        parts = [f"<title>{html.escape(doc.meta.title or doc.seed)}</title>",
                 f"<link>{html.escape(link)}</link>",
                 f'<guid isPermaLink="{"true" if site_url else "false"}">{html.escape(link)}</guid>']
        if doc.meta.summary:
            parts.append(f"<description>{html.escape(doc.meta.summary)}</description>")
        if (pub := _rfc822(doc.meta.date)) and not doc.meta.date_inferred:
            parts.append(f"<pubDate>{pub}</pubDate>")
        for author in doc.meta.authors:
            parts.append(f"<dc:creator>{html.escape(author)}</dc:creator>")
        items.append("<item>" + "".join(parts) + "</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"<title>{html.escape(title)}</title><link>{html.escape(_absolute(site_url, ''))}</link>"
            f"<description>{html.escape(description or title)}</description>"
            + "".join(items) + "</channel></rss>\n")


def experts_csv(corpus: Corpus) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "name", "title", "category", "roles", "sources", "topics", "quotes",
                     "email", "phone", "path"])
    for p in corpus.people:
        roles = "; ".join(", ".join(x for x in (a.role, a.affiliation) if x) + f" [{a.source}]"
                          for a in p.affiliations)
        writer.writerow([p.id, p.name, p.title or "", p.category, roles, " ".join(p.sources),
                         " ".join(p.topics), len(p.quotes), p.email or "", p.phone or "", f"experts/{p.id}/"])
    return buffer.getvalue()


def redirect_page(target: str) -> str:
    """A static page that sends an old address to the new one, without JavaScript."""
    target = html.escape(target)
    return (f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{target}</title>'
            f'<link rel="canonical" href="{target}"><meta http-equiv="refresh" content="0; url={target}">'
            f'</head><body><a href="{target}">{target}</a></body></html>\n')
