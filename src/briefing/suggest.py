"""Propose a topic taxonomy from key phrases that several sources share.

For an editor who has not written `topics:` yet: YAKE picks the key phrases of
each source; a phrase becomes a suggested topic when, lemmatised, it occurs in
several sources. Phrases are deduplicated on lemmas ("Open-Source-Modelle" and
"Open-Source-Modell" are one), a shorter phrase inside a longer kept one joins it
as a signal, and the names of people are left out. The result is deterministic:
the same documents give the same YAML.

`topics_or_suggestions(config, documents)` is the fallback for a configuration
without a taxonomy: the suggestions, and `True` to say so.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

import yaml
from simplemma import lemmatize

from briefing.config import BriefingConfig, TopicSpec
from briefing.extract.metadata.vocab import MONTHS, WEEKDAYS
from briefing.extract.people_lexicon import is_role_word
from briefing.extract.people_names import tag_of
from briefing.extract.topics import lemma as word_lemma, tokens
from briefing.model import Document
from briefing.slugs import slug
from briefing.text import supported_language

MAX_TOPICS = 12
PER_DOCUMENT = 40  # key phrases YAKE proposes per source
MAX_WORDS = 3

# Words that make a phrase about the text rather than about a subject.
_GENERIC = {
    "de": {"beispiel", "jahr", "frage", "antwort", "zeit", "teil", "art", "weise", "fall", "grund", "ende",
           "anfang", "seite", "bereich", "punkt", "sicht", "moment", "vergangenheit", "zukunft", "leute",
           "menschen", "herr", "frau", "dr", "prof", "uhr", "tag", "woche", "monat", "foto", "quelle",
           "e-mail", "tel", "informationen", "mal", "dank", "laut", "ja", "nein", "tausend", "millionen",
           "milliarden", "prozent", "dollar", "us-dollar", "euro", "experte", "experten", "expert*innen",
           "unternehmen", "firma", "welt", "dinge", "problem", "beispiele",
           # the genre's own words: a release's press office and contact, a report's weekend and team
           "presse", "pressemitteilung", "pressestelle", "kontakt", "wochenende", "team", "job", "gast"},
    "en": {"example", "year", "question", "answer", "time", "part", "way", "case", "reason", "end",
           "beginning", "side", "point", "view", "moment", "past", "future", "people", "mr", "mrs", "ms",
           "dr", "prof", "day", "week", "month", "photo", "source", "email", "information", "thanks",
           "thousand", "million", "billion", "percent", "dollar", "dollars", "euro", "expert", "experts",
           "company", "companies", "world", "things", "problem",
           "press", "release", "media", "contact", "weekend", "team", "job", "guest"},
}


@dataclass
class _Candidate:
    key: tuple[str, ...]
    forms: dict[str, int] = field(default_factory=dict)  # printed forms and how often YAKE gave them
    support: float = 0.0  # sum over sources of YAKE relevance (1 for the best phrase of a source)
    sources: set[str] = field(default_factory=set)  # sources whose text holds the phrase
    signals: list[str] = field(default_factory=list)


def _body(doc: Document) -> str:
    parts = [b.content() for b in doc.blocks if b.kind not in ("image", "rule", "contact")]
    return "\n".join(p for p in parts if p.strip()) or doc.raw_text


def _person_words(documents: list[Document]) -> set[str]:
    words = set()
    for doc in documents:
        for person in doc.people:
            for name in [person.name, *person.labels]:
                words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2)
    return words


def _keep_phrase(phrase: str, language: str, person_words: set[str]) -> bool:
    words = phrase.split()
    if not words or len(words) > MAX_WORDS:
        return False
    if any(re.search(r"\d", w) for w in words) or any(len(w) < 2 for w in words):
        return False
    if any(w.casefold() in person_words for w in words):
        return False
    if any(w.casefold() in _GENERIC[language] or word_lemma(w, language, capitals=False) in _GENERIC[language]
           for w in words):
        return False  # also a plural ('Teams', 'Experten')
    if any(w.casefold().rstrip(".") in MONTHS or w.casefold() in WEEKDAYS for w in words):
        return False  # 'Juni', 'Freitag': sources dated in the same month share the word, not a subject
    if language == "de" and not all(w[0].isupper() for w in words):
        return False  # German subjects are nouns; a lower-case word makes it a verb or adjective phrase
    return len(phrase) >= 3


def _key(phrase: str, language: str) -> tuple[str, ...]:
    return tuple(t.lemma for t in tokens(phrase, language))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def _keywords(text: str, language: str) -> list[tuple[str, float]]:
    import yake  # imported here: only this command needs it

    extractor = yake.KeywordExtractor(lan=language, n=MAX_WORDS, dedup_lim=0.8, top=PER_DOCUMENT)
    found = extractor.extract_keywords(text)
    return sorted(((str(p), float(s)) for p, s in found), key=lambda ps: (ps[1], ps[0]))


def suggest_topics(documents: list[Document], language: str | None = "de", max_topics: int = MAX_TOPICS,
                   min_sources: int | None = None) -> list[TopicSpec]:
    """Topics proposed from key phrases that at least `min_sources` sources share (default: 2, or 1 for one source)."""
    lang = supported_language(language)
    documents = sorted(documents, key=lambda d: d.id)
    if not documents:
        return []
    min_sources = min_sources or (2 if len(documents) > 1 else 1)
    person_words = _person_words(documents)
    texts = {doc.id: _body(doc) for doc in documents}
    lemma_texts = {doc_id: tuple(t.lemma for t in tokens(text, lang)) for doc_id, text in texts.items()}

    candidates: dict[tuple[str, ...], _Candidate] = {}
    for doc in documents:
        doc_lang = supported_language(doc.meta.language or lang)
        keywords = [(p, s) for p, s in _keywords(texts[doc.id], doc_lang) if _keep_phrase(p, doc_lang, person_words)]
        for rank, (phrase, _score) in enumerate(keywords):
            key = _key(phrase, doc_lang)
            if not key:
                continue
            cand = candidates.setdefault(key, _Candidate(key))
            cand.forms[phrase] = cand.forms.get(phrase, 0) + 1
            cand.support += 1.0 / (1 + rank)
    for cand in candidates.values():
        cand.sources = {doc_id for doc_id, lemmas in lemma_texts.items() if _contains(lemmas, cand.key)}

    shared = [c for c in candidates.values() if len(c.sources) >= min_sources]
    # The subject of the whole collection ("DeepSeek", "KI") is in every source and names no topic of its own.
    if len(documents) >= 3:
        shared = [c for c in shared if len(c.sources) < len(documents) or len(c.key) > 1]

    def weight(c: _Candidate) -> float:
        spread = len(c.sources) / len(documents)
        return c.support * (1 + math.log(len(c.sources))) * (1.0 if spread < 1 else 0.5)

    shared.sort(key=lambda c: (-weight(c), -len(c.sources), c.key))

    kept: list[_Candidate] = []
    for cand in shared:
        if not _names_a_subject(cand, texts, lang):
            continue
        if any(_contains(k.key, cand.key) for k in kept):
            continue  # a part of a kept phrase ("Language" of "Large Language Model") is broader, not a signal
        home = next((k for k in kept if _contains(cand.key, k.key)), None)
        if home is not None:  # a longer phrase holding a kept one ("Open-Source-Modelle") signals it too
            home.signals.append(_display(cand))
            continue
        if len(kept) < max_topics:
            kept.append(cand)

    specs = []
    used: set[str] = set()
    for cand in kept:
        label = _label(cand, lang)
        topic_id = slug(label, fallback="topic")
        while topic_id in used:
            topic_id += "-2"
        used.add(topic_id)
        names = sorted(cand.sources)
        signals = list(dict.fromkeys([label, *sorted(cand.forms), *cand.signals]))
        description = (f"Vorgeschlagen: kommt in {len(names)} Quellen vor ({', '.join(names)})." if lang == "de"
                       else f"Suggested: occurs in {len(names)} sources ({', '.join(names)}).")
        specs.append(TopicSpec(id=topic_id, label={lang: label}, description=description, signals=signals))
    return specs


def _names_a_subject(cand: _Candidate, texts: dict[str, str], language: str) -> bool:
    """A German word alone names a subject when it is a noun: not an adjective or adverb that opened a sentence
    ('Gemeinsam', whose lemma is written small), not a nominalised adjective ('die Deutschen', tagged NNA), and not a
    person's office ('Vorsitzender': people are the expert index's, not topics). The tagger reads the first sentence
    that holds the word."""
    if language != "de" or len(cand.key) > 1:
        return True
    word = _display(cand)
    if is_role_word(word) or _lemma_written_small(word):
        return False
    for doc_id in sorted(cand.sources):
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", texts[doc_id]):
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence):
                return (tag_of(sentence, word) or "NN") in ("NN", "NE")
    return True


def _lemma_written_small(word: str) -> bool:
    """simplemma writes a German noun's lemma with its capital, an adjective's or adverb's small ('gemeinsam')."""
    try:
        return lemmatize(word, lang="de")[:1].islower()
    except Exception:  # pragma: no cover - simplemma refuses odd input
        return False


def _label(cand: _Candidate, language: str) -> str:
    """The printed form, capitalised (a label heads a page and a table row: 'food' → 'Food'); a German noun alone
    in its dictionary form ('Fahrschülern' → 'Fahrschüler'), as a heading names it."""
    label = _display(cand)
    if language == "de" and len(label.split()) == 1 and "-" not in label:
        lemma = lemmatize(label, lang="de")
        if lemma[:1].isupper() and lemma.isalpha():
            label = lemma
    return label[:1].upper() + label[1:]


def _display(cand: _Candidate) -> str:
    """The printed form YAKE gave most often; ties go to the shortest, then alphabetically."""
    return sorted(cand.forms.items(), key=lambda fc: (-fc[1], len(fc[0]), fc[0]))[0][0]


def suggestions_yaml(specs: list[TopicSpec]) -> str:
    """The suggested taxonomy as a `topics:` block to paste into briefing.yml."""
    header = ("# Suggested topics (briefing suggest-topics): key phrases shared by several sources.\n"
              "# Review them: rename, merge, delete, add signals; then paste into briefing.yml.\n")
    data = {"topics": [spec.model_dump(exclude_defaults=True, exclude={"old_ids"}) for spec in specs]}
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def topics_or_suggestions(config: BriefingConfig, documents: list[Document]) -> tuple[list[TopicSpec], bool]:
    """The editor's taxonomy, or — when there is none — suggestions, and True to say they are suggested."""
    if config.topics:
        return list(config.topics), False
    return suggest_topics(documents, config.site.language), True
