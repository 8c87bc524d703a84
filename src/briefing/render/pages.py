"""Stage 5, render: the corpus becomes Markdown pages (with YAML front matter).

`render_site` returns {docs-relative path: text}: these pages plus the exports of
render/exports.py (api/*.json, feed, CSV, redirects); the MkDocs plugin adds these
files to the build, `briefing convert` writes them to a folder. URLs derive
from seed file names, person names and topic ids, never from titles (render/paths.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import frontmatter
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from briefing.config import BriefingConfig
from briefing.model import Corpus, Document, Person, Topic
from briefing.render.charts import matrix_table, timeline_svg
from briefing.render.exports import export_files
from briefing.render.i18n import count_sources, strings
from briefing.render.markdown import body_markdown, inline, link_label, opens_with
from briefing.render.paths import EXPERTS_DIR, SOURCES_DIR, TOPICS_DIR, page_path, page_url

TEMPLATES = Path(__file__).parent / "templates"


def _urllink(url: str) -> str:
    href = url if url.startswith(("http://", "https://")) else f"https://{url}"
    return f"[{inline(url)}]({href})"


def shorten_quote(text: str, limit: int = 320) -> str:
    """A long answer cut at a sentence end (or a word) so quotes stand side by side."""
    if len(text) <= limit:
        return text
    cut = max(text.rfind(". ", 0, limit), text.rfind("? ", 0, limit), text.rfind("! ", 0, limit))
    if cut > limit // 2:
        return text[:cut + 1] + " […]"
    return text[:text.rfind(" ", 0, limit)] + " […]"


def format_amount(value: float, unit: str, language: str) -> str:
    """5600000.0, 'USD' → '5,6 Mio. USD' (de) / '5.6 million USD' (en)."""
    scales = ([(1e9, "Mrd."), (1e6, "Mio.")] if language == "de" else [(1e9, "billion"), (1e6, "million")])
    for size, word in scales:
        if abs(value) >= size:
            number = f"{value / size:.2f}".rstrip("0").rstrip(".")
            return f"{number.replace('.', ',') if language == 'de' else number} {word} {unit}"
    number = f"{value:,.0f}"
    return f"{number.replace(',', '.') if language == 'de' else number} {unit}"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=False, autoescape=False)
    env.filters["inline"] = lambda text: inline(str(text))
    env.filters["link_label"] = link_label
    env.filters["shorten_quote"] = shorten_quote
    env.filters["urllink"] = _urllink
    return env


def _date_key(doc: Document) -> tuple:
    # Dated sources first, oldest first; undated after them in seed order.
    return (doc.meta.date is None, doc.meta.date or "", doc.seed)


def _with_front_matter(meta: dict, body: str) -> str:
    # python-frontmatter writes the YAML; sort_keys=False keeps the documented field order.
    return frontmatter.dumps(frontmatter.Post(body.strip(), **meta), sort_keys=False, width=1000) + "\n"


def _main_org(person: Person) -> str | None:
    return next((a.affiliation for a in person.affiliations if a.affiliation), None)


def _main_role(person: Person) -> str | None:
    return next((a.role for a in person.affiliations if a.role), None)


class SiteRenderer:
    def __init__(self, corpus: Corpus, config: BriefingConfig, site_url: str | None = None):
        self.corpus = corpus
        self.config = config
        self.language = config.site.language
        self.ui = strings(self.language)
        self.env = _environment()
        self.env.filters["count_sources"] = lambda n: count_sources(n, self.ui)
        self.site_url = (site_url or "").rstrip("/")
        self.docs = {d.id: d for d in corpus.documents}
        self.people = {p.id: p for p in corpus.people}
        self.person_by_name = {p.name: p for p in corpus.people}
        self.topics = {t.id: t for t in corpus.topics}
        self.titles = {d.id: d.meta.title or d.seed for d in corpus.documents}

    # --- helpers ----------------------------------------------------------------
    def _render(self, template: str, **context) -> str:
        return self.env.get_template(template).render(ui=self.ui, **context)

    def _link_box(self, url: str, citation: str) -> str:
        permalink = f"{self.site_url}/{url}" if self.site_url else url
        return self._render("link_box.md.j2", permalink=permalink, citation=citation)

    def _citation(self, doc: Document) -> str:
        parts = [", ".join(doc.meta.authors) or doc.meta.publisher or self.ui["unknown"],
                 f"„{doc.meta.title or doc.seed}“", doc.meta.publisher if doc.meta.authors else None,
                 doc.meta.date or self.ui["no_date"], doc.meta.url]
        return ". ".join(p for p in parts if p) + "."

    @staticmethod
    def _by_category(people) -> tuple[list[dict], list[dict]]:
        """People as list entries (id, name, organisation): the experts, and those quoted from
        business and politics, each in the given order."""
        groups: dict[str, list[dict]] = {"expert": [], "quoted": []}
        for p in people:
            groups["quoted" if p.category == "quoted" else "expert"].append(
                {"id": p.id, "name": p.name, "org": _main_org(p)})
        return groups["expert"], groups["quoted"]

    def people_of(self, doc: Document) -> list[Person]:
        return [p for p in self.corpus.people if doc.id in p.sources]

    def topics_of(self, doc: Document) -> list[Topic]:
        return [self.topics[h.id] for h in doc.topics if h.id in self.topics]

    # --- pages ------------------------------------------------------------------
    def source_page(self, doc: Document) -> str:
        meta = doc.meta
        front = {
            "title": meta.title, "date": meta.date, "date_inferred": meta.date_inferred,
            "authors": meta.authors, "publisher": meta.publisher, "url": meta.url,
            "language": meta.language, "kind": meta.kind, "summary": meta.summary,
            "topics": [t.id for t in self.topics_of(doc)],
            "people": [p.name for p in self.people_of(doc)],
            "seed": doc.seed,
            "distributor": meta.distributor, "keywords": meta.keywords, "edition": meta.edition,
            "tags": [t.label for t in self.topics_of(doc)],
        }
        if meta.summary:
            front["description"] = meta.summary
        body = body_markdown(doc.blocks, self.ui, self.config.site.hotlink_images)
        url = page_url(SOURCES_DIR, doc.id)
        # The summary box only when the body does not open with the summary anyway.
        summary = meta.summary if meta.summary and not opens_with(doc.blocks, meta.summary) else None
        text = self._render("source.md.j2", doc=doc, summary=summary, body=body, people=self.people_of(doc),
                            topics=self.topics_of(doc), link_box=self._link_box(url, self._citation(doc)))
        return _with_front_matter(front, text)

    def person_page(self, person: Person) -> str:
        grouped: dict[str, list] = defaultdict(list)
        for quote in person.quotes:
            grouped[quote["source"]].append(quote)
        front = {"title": person.name, "category": person.category,
                 "tags": [self.topics[t].label for t in person.topics if t in self.topics]}
        org = _main_org(person)
        citation = f"{person.name}{', ' + org if org else ''}. {self.config.site.title}."
        text = self._render("person.md.j2", person=person, titles=self.titles,
                            quotes_by_source=list(grouped.items()),
                            topic_links=[self.topics[t] for t in person.topics if t in self.topics],
                            link_box=self._link_box(page_url(EXPERTS_DIR, person.id), citation))
        return _with_front_matter(front, text)

    def topic_page(self, topic: Topic) -> str:
        sources = sorted((self.docs[s] for s in topic.sources), key=_date_key)
        experts, quoted = self._by_category(self.people[e] for e in topic.experts)
        passages_by_source = []
        for doc in sources:
            evidence = next((h.evidence for h in doc.topics if h.id == topic.id), [])
            blocks = {b.anchor: b for b in doc.blocks}
            passages = [blocks[a] for a in evidence if a in blocks and blocks[a].text][:6]
            passages_by_source.append((doc, passages))
        statements = self._statements_on(topic, sources)
        related = Counter()
        for doc in sources:
            for hit in doc.topics:
                if hit.id != topic.id and hit.id in self.topics:
                    related[hit.id] += 1
        related_list = [(self.topics[t], n) for t, n in sorted(related.items(), key=lambda x: (-x[1], x[0]))]
        front = {"title": topic.label, "tags": [topic.label]}
        text = self._render("topic.md.j2", topic=topic, sources=sources, experts=experts, quoted=quoted,
                            passages_by_source=passages_by_source, related=related_list, statements=statements,
                            link_box=self._link_box(page_url(TOPICS_DIR, topic.id),
                                                    f"{topic.label}. {self.config.site.title}."))
        return _with_front_matter(front, text)

    def _statements_on(self, topic: Topic, sources: list[Document], per_person: int = 2) -> list[dict]:
        """What each expert says on the topic: their quotes in passages that are evidence for it."""
        evidence = {(d.id, a) for d in sources for h in d.topics if h.id == topic.id for a in h.evidence}
        out = []
        # Experts first, then the people quoted from business and politics.
        for person in sorted((self.people[p] for p in topic.experts), key=lambda p: p.category == "quoted"):
            quotes = [q for q in person.quotes if (q["source"], q["anchor"]) in evidence][:per_person]
            if quotes:
                out.append({"id": person.id, "name": person.name, "org": _main_org(person),
                            "quotes": [dict(q, title=self.titles[q["source"]]) for q in quotes]})
        return out

    def experts_index(self) -> str:
        sections = []
        for category, title in (("expert", self.ui["experts_section"]), ("quoted", self.ui["quoted_section"])):
            by_org: dict[str, list] = defaultdict(list)
            other = self.ui["other_organisation"]
            for p in self.corpus.people:
                if p.category == category:
                    by_org[_main_org(p) or other].append(
                        {"id": p.id, "name": p.name, "role": _main_role(p), "sources": p.sources, "quotes": p.quotes})
            if by_org:
                # organisations in alphabetical order, the people without one after them
                sections.append((title, sorted(by_org.items(), key=lambda kv: (kv[0] == other, kv[0].casefold()))))
        return _with_front_matter({"title": self.ui["experts"]}, self._render("experts.md.j2", sections=sections))

    def sources_index(self) -> str:
        docs = sorted(self.corpus.documents, key=_date_key)
        return _with_front_matter({"title": self.ui["sources"]}, self._render("sources.md.j2", documents=docs))

    def topics_index(self) -> str:
        topics = sorted(self.corpus.topics, key=lambda t: (-len(t.sources), t.label.casefold()))
        return _with_front_matter({"title": self.ui["topics"]}, self._render("topics.md.j2", topics=topics))

    def comparisons(self) -> list[dict]:
        """Different figures for the same thing, side by side with their sources (compare.py)."""
        out = []
        for group in self.corpus.comparisons:
            entries = [{"doc": self.docs[doc_id], "figure": figure,
                        "amount": format_amount(amount, group.unit, self.language)}
                       for doc_id, figure, amount in group.entries]
            out.append({"subject": group.subject, "unit": group.unit, "entries": entries})
        return out

    def figures_page(self) -> str:
        groups: dict[str, list] = defaultdict(list)
        for doc in sorted(self.corpus.documents, key=_date_key):
            for figure in doc.figures:
                topic_id = next((t for t in figure.topics if t in self.topics), None)
                label = self.topics[topic_id].label if topic_id else self.ui["no_topic"]
                groups[label].append((figure, doc))
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] == self.ui["no_topic"], kv[0].casefold()))
        return _with_front_matter({"title": self.ui["figures"]},
                                  self._render("figures.md.j2", groups=ordered, comparisons=self.comparisons()))

    def home_page(self) -> str:
        docs = sorted(self.corpus.documents, key=_date_key)
        topics = sorted((t for t in self.corpus.topics if t.sources), key=lambda t: (-len(t.sources), t.label))
        experts, quoted = self._by_category(self.corpus.people)
        text = self._render("home.md.j2", site_title=self.config.site.title,
                            description=self.config.site.description, documents=docs, topics=topics,
                            experts=experts, quoted=quoted,
                            key_figures=self.key_figures(), comparisons=self.comparisons(),
                            timeline=timeline_svg(docs, self.ui["timeline"]),
                            matrix=matrix_table(self.corpus.people, self.corpus.topics, self.ui["matrix"],
                                                lambda n: count_sources(n, self.ui)))
        # The theme shows "page title - site name"; the home page's own title is the site's.
        return _with_front_matter({"title": self.ui["home"], "hide": ["navigation"]}, text)

    def key_figures(self, limit: int = 6) -> list:
        """Sums of money with a number, at most two per source so every source has a say."""
        picked = []
        for doc in sorted(self.corpus.documents, key=_date_key):
            money = [f for f in doc.figures if f.kind == "money" and any(c.isdigit() for c in f.value)]
            picked += [(f, doc) for f in money[:2]]
        return picked[:limit]

    def tags_page(self) -> str:
        return _with_front_matter({"title": self.ui["tags"]}, self._render("tags.md.j2"))


def render_site(corpus: Corpus, config: BriefingConfig, site_url: str | None = None) -> dict[str, str]:
    """Every generated file, keyed by its docs-relative path. Deterministic."""
    r = SiteRenderer(corpus, config, site_url)
    files = {
        "index.md": r.home_page(),
        f"{SOURCES_DIR}/index.md": r.sources_index(),
        f"{EXPERTS_DIR}/index.md": r.experts_index(),
        f"{TOPICS_DIR}/index.md": r.topics_index(),
        "figures/index.md": r.figures_page(),
        "tags.md": r.tags_page(),
        **export_files(corpus, config, r.site_url),
    }
    for doc in corpus.documents:
        files[page_path(SOURCES_DIR, doc.id)] = r.source_page(doc)
    for person in corpus.people:
        files[page_path(EXPERTS_DIR, person.id)] = r.person_page(person)
    for topic in corpus.topics:
        files[page_path(TOPICS_DIR, topic.id)] = r.topic_page(topic)
    return files


def nav(config: BriefingConfig) -> list[dict]:
    """The short sidebar: index pages only, so page size does not grow with the corpus."""
    ui = strings(config.site.language)
    return [{ui["home"]: "index.md"}, {ui["sources"]: f"{SOURCES_DIR}/index.md"},
            {ui["experts"]: f"{EXPERTS_DIR}/index.md"}, {ui["topics"]: f"{TOPICS_DIR}/index.md"},
            {ui["figures"]: "figures/index.md"}, {ui["tags"]: "tags.md"}]


