"""Everything beside the Markdown pages: the JSON exports (api/sources.json, api/experts.json,
api/topics.json), an RSS feed of sources and a CSV of experts for wikis and other tools, and
redirect pages that keep renamed ids working."""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import date, datetime, timezone
from email.utils import format_datetime

from briefing.config import BriefingConfig
from briefing.model import Corpus
from briefing.render.paths import EXPERTS_DIR, SOURCES_DIR, TOPICS_DIR, page_url


def export_files(corpus: Corpus, config: BriefingConfig, site_url: str) -> dict[str, str]:
    """Every generated file that is not a Markdown page, keyed by its docs-relative path."""
    files = {
        "api/sources.json": _json(api_sources(corpus)),
        "api/experts.json": _json(api_experts(corpus)),
        "api/topics.json": _json(api_topics(corpus)),
        "api/feed.xml": rss_feed(corpus, config.site.title, config.site.description or "", site_url),
        "api/experts.csv": experts_csv(corpus),
    }
    for kind, old, new in redirects(corpus, config):
        files[f"{kind}/{old}/index.html"] = redirect_page(f"../{new}/")
    return files


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def api_sources(corpus: Corpus) -> list[dict]:
    topic_ids = {t.id for t in corpus.topics}
    out = []
    for doc in sorted(corpus.documents, key=lambda d: d.seed):
        m = doc.meta
        out.append({"id": doc.id, "seed": doc.seed, "title": m.title, "date": m.date,
                    "date_inferred": m.date_inferred, "authors": m.authors, "publisher": m.publisher,
                    "url": m.url, "language": m.language, "kind": m.kind, "summary": m.summary,
                    "topics": [h.id for h in doc.topics if h.id in topic_ids],
                    "people": [p.id for p in corpus.people if doc.id in p.sources],
                    "path": page_url(SOURCES_DIR, doc.id)})
    return out


def api_experts(corpus: Corpus) -> list[dict]:
    return [{"id": p.id, "name": p.name, "title": p.title, "category": p.category,
             "affiliations": [{"source": a.source, "role": a.role, "affiliation": a.affiliation}
                              for a in p.affiliations],
             "sources": p.sources, "topics": p.topics,
             "quotes": [{"source": q["source"], "text": q["text"], "anchor": q["anchor"]} for q in p.quotes],
             "path": page_url(EXPERTS_DIR, p.id)} for p in corpus.people]


def api_topics(corpus: Corpus) -> list[dict]:
    return [{"id": t.id, "label": t.label, "sources": t.sources, "experts": t.experts,
             "path": page_url(TOPICS_DIR, t.id)} for t in corpus.topics]


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
        link = _absolute(site_url, page_url(SOURCES_DIR, doc.id))
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
                         " ".join(p.topics), len(p.quotes), p.email or "", p.phone or "",
                         page_url(EXPERTS_DIR, p.id)])
    return buffer.getvalue()


def redirect_page(target: str) -> str:
    """A static page that sends an old address to the new one, without JavaScript."""
    target = html.escape(target)
    return (f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{target}</title>'
            f'<link rel="canonical" href="{target}"><meta http-equiv="refresh" content="0; url={target}">'
            f'</head><body><a href="{target}">{target}</a></body></html>\n')


def redirects(corpus: Corpus, config: BriefingConfig) -> list[tuple[str, str, str]]:
    """(folder, old id, new id) for every renamed topic, person and source the configuration lists."""
    out = [(TOPICS_DIR, old, t.id) for t in config.topics for old in t.old_ids]
    people = {p.name: p.id for p in corpus.people}
    for name, spec in config.people.items():
        new = people.get(spec.name or name)
        out += [(EXPERTS_DIR, old, new) for old in spec.old_ids if new]
    ids = {d.seed: d.id for d in corpus.documents}
    for seed, override in config.sources.items():
        out += [(SOURCES_DIR, old, ids[seed]) for old in override.old_ids if seed in ids]
    return sorted(set(out))
