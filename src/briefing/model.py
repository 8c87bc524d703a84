"""The one typed document model that flows through the pipeline.

read → clean → structure → extract → render: each stage takes a `Document`
and fills in its part. Field by field, the stage that sets it is named in
the comment beside it, so a reader finds the origin of any front-matter
field in one hop.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Kind = Literal["press_release", "interview", "news", "slides", "article"]
Category = Literal["expert", "quoted"]
# Roles a person can have in one source. Only `expert` and `quoted` make the index.
MentionRole = Literal["expert", "quoted", "author", "interviewer", "contact", "mentioned"]
BlockKind = Literal["heading", "paragraph", "question", "answer", "list", "table", "image", "rule", "contact"]


class Diagnostic(BaseModel):
    """A problem found in an input file; reported with the file and, if known, the line."""

    file: str
    line: int | None = None
    level: Literal["error", "warning", "info"] = "warning"
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class Block(BaseModel):
    """One unit of the cleaned body (set by `structure`)."""

    kind: BlockKind
    text: str = ""  # heading, paragraph, question, answer (inline Markdown)
    level: int = 0  # heading level, 1..4
    number: int | None = None  # number of a numbered question
    label: str | None = None  # speaker label of an answer, as printed ("Schmitt und Feldhus")
    speakers: list[str] = Field(default_factory=list)  # resolved full names (extract.people)
    items: list[str] = Field(default_factory=list)  # list items
    rows: list[list[str]] = Field(default_factory=list)  # table rows, the first is the header
    src: str | None = None  # image address
    group: int | None = None  # contact: which address of the contact section the line belongs to
    anchor: str = ""  # stable id on the source page (structure.assign_anchors)

    def content(self) -> str:
        """All the words of the block: its text, list items and table cells, one line each."""
        return "\n".join(filter(None, [self.text, *self.items, *(" | ".join(row) for row in self.rows)]))

    def as_printed(self) -> str:
        """The block as the source printed it: a labelled question or answer with its label back."""
        if self.kind in ("question", "answer") and self.label:
            return f"{self.label}: {self.text}"
        return self.content()


class Removed(BaseModel):
    """A line the cleaner took out, and why; metadata extraction may still read it."""

    text: str
    reason: str


class SourceMeta(BaseModel):
    """Front matter of a source page (extract.metadata, then config overrides)."""

    title: str | None = None
    date: str | None = None  # ISO, partial allowed ("2025", "2025-02")
    date_inferred: bool = False  # true when taken from a URL or timestamp, not stated
    authors: list[str] = Field(default_factory=list)
    publisher: str | None = None
    distributor: str | None = None  # the platform that distributed it, when not the publisher
    url: str | None = None
    language: str | None = None
    kind: Kind | None = None
    summary: str | None = None
    keywords: list[str] = Field(default_factory=list)
    edition: str | None = None


class Mention(BaseModel):
    """A person as one source presents them (extract.people)."""

    name: str
    title: str | None = None  # academic title: "Dr.", "Prof. Dr.", "Dr.-Ing."
    role: str | None = None
    affiliation: str | None = None
    unit: str | None = None  # group, lab or institute inside the affiliation
    email: str | None = None
    phone: str | None = None
    category: MentionRole = "mentioned"
    labels: list[str] = Field(default_factory=list)  # how the text refers to them ("Eberle")


class Quote(BaseModel):
    """A statement attributed to one or more people (extract.quotes)."""

    speakers: list[str]
    text: str
    anchor: str  # the block on the source page that holds it
    kind: Literal["direct", "indirect", "answer"] = "direct"


class TopicHit(BaseModel):
    """A topic assigned to a source, with the passages that signalled it (extract.topics)."""

    id: str
    score: float
    evidence: list[str] = Field(default_factory=list)  # anchors of the passages


class Figure(BaseModel):
    """A number a briefing reader looks for, in its sentence (extract.figures)."""

    value: str  # as printed: "294.000 US-Dollar"
    kind: Literal["money", "percent", "count", "date", "hardware"]
    sentence: str
    anchor: str
    topics: list[str] = Field(default_factory=list)


class Document(BaseModel):
    """One seed on its way through the pipeline."""

    id: str  # URL slug from the seed's file name (read)
    seed: str  # file name inside the seeds folder (read)
    format: str  # txt, md, html, pdf (read)
    raw_text: str = ""  # decoded text (read)
    declared: dict = Field(default_factory=dict)  # metadata the file itself declares (read)
    lines: list[str] = Field(default_factory=list)  # cleaned lines (clean)
    removed: list[Removed] = Field(default_factory=list)  # what clean took out (clean)
    blocks: list[Block] = Field(default_factory=list)  # body (structure)
    meta: SourceMeta = Field(default_factory=SourceMeta)  # (extract.metadata)
    people: list[Mention] = Field(default_factory=list)  # (extract.people)
    quotes: list[Quote] = Field(default_factory=list)  # (extract.quotes)
    topics: list[TopicHit] = Field(default_factory=list)  # (extract.topics)
    figures: list[Figure] = Field(default_factory=list)  # (extract.figures)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    def warn(self, message: str, line: int | None = None) -> None:
        self.diagnostics.append(Diagnostic(file=self.seed, line=line, message=message))


class Affiliation(BaseModel):
    source: str  # document id
    role: str | None = None
    affiliation: str | None = None
    unit: str | None = None


class Person(BaseModel):
    """A person across all sources (corpus)."""

    id: str
    name: str
    title: str | None = None
    category: Category
    affiliations: list[Affiliation] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    quotes: list[dict] = Field(default_factory=list)  # {source, text, anchor}
    email: str | None = None
    phone: str | None = None
    homepage: str | None = None
    orcid: str | None = None
    note: str | None = None


class Topic(BaseModel):
    """A topic across all sources (corpus)."""

    id: str
    label: str
    description: str | None = None
    sources: list[str] = Field(default_factory=list)
    experts: list[str] = Field(default_factory=list)


class Corpus(BaseModel):
    """Everything the render stage needs."""

    documents: list[Document]
    people: list[Person]
    topics: list[Topic]
    comparisons: list = Field(default_factory=list)  # compare.FigureComparison: one thing, differing figures
    diagnostics: list[Diagnostic] = Field(default_factory=list)
