"""Across sources: one person per real person, one topic with its sources and experts."""

from __future__ import annotations

import re
import unicodedata

from briefing.config import BriefingConfig
from briefing.model import Affiliation, Corpus, Diagnostic, Document, Person, Topic

INDEXED = ("expert", "quoted")


def slug(text: str) -> str:
    text = text.replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def name_key(name: str) -> str:
    """'J. D. Vance', 'JD Vance', 'Jd Vance' → 'jd vance'; umlauts folded."""
    name = re.sub(r"\b(Prof|Dr|Dr\.-Ing|PD|PhD)\.?\s*", "", name)
    name = re.sub(r"\b([A-Z])\.\s*(?=[A-Z]\.)", r"\1", name)  # J. D. → JD.
    name = re.sub(r"\b([A-Z]{1,3})\.", r"\1", name)
    folded = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return " ".join(folded.casefold().split())


def _person_specs(config: BriefingConfig) -> dict[str, tuple[str, object]]:
    """name key → (canonical name, spec), for names and aliases in the configuration."""
    specs = {}
    for name, spec in config.people.items():
        canonical = spec.name or name
        for variant in [name, canonical, *spec.aliases]:
            specs[name_key(variant)] = (canonical, spec)
    return specs


def merge_people(documents: list[Document], config: BriefingConfig) -> list[Person]:
    specs = _person_specs(config)
    people: dict[str, Person] = {}
    for doc in documents:
        for mention in doc.people:
            if mention.category not in INDEXED:
                continue
            canonical, spec = specs.get(name_key(mention.name), (mention.name, None))
            if spec is not None and spec.exclude:
                continue
            key = name_key(canonical)
            person = people.get(key)
            if person is None:
                person = people[key] = Person(id=slug(canonical), name=canonical, category=mention.category)
            if mention.category == "expert":
                person.category = "expert"  # an expert anywhere is an expert
            person.title = person.title or mention.title
            person.email = person.email or mention.email
            person.phone = person.phone or mention.phone
            if doc.id not in person.sources:
                person.sources.append(doc.id)
                person.affiliations.append(Affiliation(source=doc.id, role=mention.role,
                                                       affiliation=mention.affiliation, unit=mention.unit))
            for quote in doc.quotes:
                if mention.name in quote.speakers:
                    person.quotes.append({"source": doc.id, "text": quote.text, "anchor": quote.anchor})
            for hit in doc.topics:
                if hit.id not in person.topics and _speaks_on(doc, mention.name, hit.evidence):
                    person.topics.append(hit.id)
            if spec is not None:
                person.category = spec.category or person.category
                person.title = spec.title or person.title
                person.homepage, person.orcid, person.note = spec.homepage, spec.orcid, spec.note
    return sorted(people.values(), key=lambda p: (p.name.split()[-1].casefold(), p.name.casefold()))


def _speaks_on(doc: Document, name: str, evidence: list[str]) -> bool:
    """A person is an expert on a topic where one of their quotes is evidence for it."""
    anchors = set(evidence)
    return any(name in q.speakers and q.anchor in anchors for q in doc.quotes)


def build_topics(documents: list[Document], people: list[Person], config: BriefingConfig) -> list[Topic]:
    language = config.site.language
    topics = []
    for spec in config.topics:
        sources = [d.id for d in documents if any(h.id == spec.id for h in d.topics)]
        experts = [p.id for p in people if spec.id in p.topics]
        topics.append(Topic(id=spec.id, label=spec.label_for(language), description=spec.description,
                            sources=sources, experts=experts))
    return topics


def build_corpus(documents: list[Document], config: BriefingConfig,
                 diagnostics: list[Diagnostic] | None = None) -> Corpus:
    documents = sorted(documents, key=lambda d: d.seed)
    people = merge_people(documents, config)
    topics = build_topics(documents, people, config)
    return Corpus(documents=documents, people=people, topics=topics, diagnostics=diagnostics or [])
