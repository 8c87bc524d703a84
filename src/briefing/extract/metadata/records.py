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
    staff: bool = False  # 'By X, Example Daily Staff': a newsroom's own reporter


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
    banner: str | None = None  # the distributing site's banner ("beispiel.vn")
    site_name: str | None = None  # the site's own name over the page (logo and text)
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    interview: bool = False
    press: bool = False  # a press office's contact line was read
    staff: bool = False  # a byline names the outlet's staff ('By X, Example Daily Staff')
    byline_date: str | None = None  # the date printed with the authors' names
    page_date: str | None = None  # a site's today-line over the page ('Mo, 11. Dezember 2017'), not the text's date

    def add_authors(self, names: list[str]) -> None:
        self.authors += [n for n in names if n not in self.authors]

    def add_keywords(self, keywords: list[str]) -> None:
        self.keywords += [k for k in keywords if k not in self.keywords]

    def take_date(self, iso: str | None) -> None:
        """The first date read stays, unless a later one is the same date, more precise
        ('Pressemitteilung Nr. 92/2011' gives 2011; the next line '4. April 2011')."""
        if iso and (not self.date or (len(iso) > len(self.date) and iso.startswith(self.date))):
            self.date = iso
        elif iso and self.date == self.page_date and iso != self.page_date:
            self.date = self.page_date = iso  # the text's own date under the site's today-line wins over it

    def take_outlet_date(self, glued: tuple[str, str]) -> None:
        """An outlet's name glued to a date ('BeispielPlus17/09/2025'): (publisher, date)."""
        self.publisher = self.publisher or glued[0]
        self.take_date(glued[1])

    def take_byline(self, byline: Byline) -> None:
        """A byline's date is the text's own: it wins over a page's date line read before it
        ('Donnerstag, 28. März 2024' over the headline, 'Von Anna Beck | 07.03.2010' under it)."""
        self.add_authors(byline.authors)
        if byline.authors and byline.date and not self.byline_date:
            if not (self.date and self.date.startswith(byline.date)):  # keep a more precise date of the same day
                self.date = byline.date
            self.byline_date = self.date
        self.take_date(byline.date)
        self.edition = self.edition or byline.edition
        self.interview = self.interview or byline.interview
        self.publisher = self.publisher or byline.publisher
        self.kind = self.kind or byline.kind
        self.staff = self.staff or byline.staff
