"""The records the steps fill: what one byline line says, and what the whole header says.

`header.read_header` fills a `Header`; the field steps (`url.find_url`, `dates.find_stated_or_inferred_date`,
`authors.find_authors`, …) read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.model import Block


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    edition: str | None = None
    interview: bool = False
    publisher: str | None = None
    kind: str | None = None


@dataclass
class Header:
    """What the lines around the title say about the source."""

    consumed: list[Block] = field(default_factory=list)
    title: str | None = None
    kind: str | None = None
    date: str | None = None
    edition: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    banner: str | None = None  # the distributing site's banner ("Vietnam.vn")
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    interview: bool = False
    press: bool = False  # a press office's contact line was read

    def add_authors(self, names: list[str]) -> None:
        self.authors += [n for n in names if n not in self.authors]

    def add_keywords(self, keywords: list[str]) -> None:
        self.keywords += [k for k in keywords if k not in self.keywords]

    def take_outlet_date(self, glued: tuple[str, str]) -> None:
        """An outlet's name glued to a date ('VietnamPlus17/09/2025'): (publisher, date)."""
        self.publisher = self.publisher or glued[0]
        self.date = self.date or glued[1]

    def take_byline(self, byline: Byline) -> None:
        self.add_authors(byline.authors)
        self.date = self.date or byline.date
        self.edition = self.edition or byline.edition
        self.interview = self.interview or byline.interview
        self.publisher = self.publisher or byline.publisher
        self.kind = self.kind or byline.kind
