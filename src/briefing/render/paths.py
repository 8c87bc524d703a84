"""Where generated pages live: docs-relative files and site-relative URLs.

URLs derive from seed file names, person names and topic ids, never from titles.
"""

from __future__ import annotations

SOURCES_DIR, EXPERTS_DIR, TOPICS_DIR = "sources", "experts", "topics"


def page_path(kind: str, ident: str) -> str:
    """Docs-relative file of a generated page: 'sources/000-d4….md'."""
    return f"{kind}/{ident}.md"


def page_url(kind: str, ident: str) -> str:
    """Site-relative URL with directory URLs: 'sources/000-d4…/'."""
    return f"{kind}/{ident}/"
