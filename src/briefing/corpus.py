"""Across sources: one person per real person, one topic with its sources and experts."""

from __future__ import annotations

import re
import unicodedata

from briefing.compare import comparable_figures
from briefing.config import BriefingConfig
from briefing.model import Affiliation, Corpus, Diagnostic, Document, Mention, Person, Topic
from briefing.slugs import slug

INDEXED = ("expert", "quoted")


_TITLE_WORDS = re.compile(
    r"(?<![\w-])(?:(?:Univ\.-)?Prof|Jun\.-Prof|Priv\.-Doz|PD|Dr\.?-Ing|Dr|PhD|Ph\.D|Dipl\.-\w+|"
    r"Herrn?|Frau|Mr|Mrs|Ms|Sir)\.?(?![\w-])\s*")
_UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def name_key(name: str) -> str:
    """'J. D. Vance', 'JD Vance', 'Jd Vance' → 'jd vance'; 'Dr. Jürgen Müller', 'Juergen Mueller' → one key."""
    name = _TITLE_WORDS.sub(" ", name)
    name = re.sub(r",?\s+(?:PhD|MBA|MSc|M\.Sc\.)\b\.?", "", name)
    name = re.sub(r"\b([A-Z])\.\s*(?=[A-Z]\.)", r"\1", name)  # J. D. → JD.
    name = re.sub(r"\b([A-Z]{1,3})\.", r"\1", name)
    name = name.translate(_UMLAUT)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.replace(",", " ").casefold().split())


def _initial_match(key: str, people: dict[str, Person]) -> str | None:
    """'l tunstall' → 'lewis tunstall' when exactly one known person has that surname and initial."""
    tokens = key.split()
    if len(tokens) < 2 or len(tokens[0]) > 2:
        return None
    matches = [k for k in people if k.split()[-1] == tokens[-1] and k.split()[0][:1] == tokens[0][:1]
               and len(k.split()[0]) > 2]
    same_surname = [k for k in people if k.split()[-1] == tokens[-1]]
    return matches[0] if len(matches) == 1 and len(same_surname) == 1 else None


def _person_specs(config: BriefingConfig) -> dict[str, tuple[str, object]]:
    """name key → (canonical name, spec), for names and aliases in the configuration."""
    specs = {}
    for name, spec in config.people.items():
        canonical = spec.name or name
        for variant in [name, canonical, *spec.aliases]:
            specs[name_key(variant)] = (canonical, spec)
    return specs


def _longer_title(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    return b if len(b) > len(a) else a


def merge_people(documents: list[Document], config: BriefingConfig) -> list[Person]:
    """One Person per real person across sources; only experts and people quoted on the subject are indexed.

    Names are compared by `name_key` (titles, initials, umlauts normalised); a name given with an initial
    joins a full name only when that surname is unambiguous. Each source keeps its own role and affiliation.
    The editor's configuration (rename, aliases, exclude, category, title, homepage, orcid, note) wins.
    """
    specs = _person_specs(config)
    people: dict[str, Person] = {}
    pending: list[tuple[Document, Mention]] = []
    for doc in documents:
        for mention in doc.people:
            canonical, spec = specs.get(name_key(mention.name), (mention.name, None))
            if spec is not None and spec.exclude:
                continue
            if mention.category not in INDEXED and not (spec is not None and spec.category):
                continue
            pending.append((doc, mention))
    # full names first, so that 'A. Beispiel' finds 'Anna Beispiel'
    pending.sort(key=lambda pair: len(name_key(pair[1].name).split()[0]) <= 2)
    for doc, mention in pending:
        canonical, spec = specs.get(name_key(mention.name), (mention.name, None))
        canonical = re.sub(r"\s+", " ", _TITLE_WORDS.sub(" ", canonical)).strip() if spec is None else canonical
        key = name_key(canonical)
        if key not in people and spec is None:
            key = _initial_match(key, people) or key
        person = people.get(key)
        category = mention.category if mention.category in INDEXED else "quoted"
        if person is None:
            person = people[key] = Person(id=_unique_id(slug(canonical), people), name=canonical, category=category)
        if category == "expert":
            person.category = "expert"  # an expert anywhere is an expert
        person.title = _longer_title(person.title, mention.title)
        person.email = person.email or mention.email
        person.phone = person.phone or mention.phone
        if doc.id not in person.sources:
            person.sources.append(doc.id)
        entry = Affiliation(source=doc.id, role=mention.role, affiliation=mention.affiliation, unit=mention.unit)
        if not any(a == entry for a in person.affiliations) and (entry.role or entry.affiliation or entry.unit
                                                                  or not any(a.source == doc.id
                                                                             for a in person.affiliations)):
            person.affiliations.append(entry)
        for quote in doc.quotes:
            if mention.name in quote.speakers:
                item = {"source": doc.id, "text": quote.text, "anchor": quote.anchor}
                if item not in person.quotes:
                    person.quotes.append(item)
        # an expert who wrote the source (an expert brochure) speaks through all of it
        author = mention.category == "expert" and mention.name in doc.meta.authors
        for hit in doc.topics:
            if hit.id not in person.topics and (author or _speaks_on(doc, mention.name, hit.evidence)):
                person.topics.append(hit.id)
        if spec is not None:
            person.category = spec.category or person.category
            person.title = spec.title or person.title
            person.homepage = spec.homepage or person.homepage
            person.orcid = spec.orcid or person.orcid
            person.note = spec.note or person.note
    return sorted(people.values(), key=lambda p: (p.name.split()[-1].casefold(), p.name.casefold()))


def _unique_id(base: str, people: dict[str, Person]) -> str:
    taken = {p.id for p in people.values()}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


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
    diagnostics = list(diagnostics or [])
    documents = sorted(documents, key=lambda d: d.seed)
    diagnostics += unique_document_ids(documents)
    people = merge_people(documents, config)
    topics = build_topics(documents, people, config)
    return Corpus(documents=documents, people=people, topics=topics,
                  comparisons=comparable_figures(documents), diagnostics=diagnostics)


def unique_document_ids(documents: list[Document]) -> list[Diagnostic]:
    """Seeds whose names give the same URL slug ("a.txt", "a.md") get "-2", "-3" … in seed order."""
    taken: dict[str, str] = {}
    notes = []
    for doc in documents:
        base, n = doc.id, 1
        while doc.id in taken:
            n += 1
            doc.id = f"{base}-{n}"
        if n > 1:
            notes.append(Diagnostic(file=doc.seed, message=f"its page address would be the same as that of "
                                                            f"{taken[base]}; it is sources/{doc.id}/ instead"))
        taken[doc.id] = doc.seed
    return notes
