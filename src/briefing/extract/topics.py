"""Topics of one source, from the taxonomy's signals matched on lemmas, with evidence.

A signal is a word or a phrase from `briefing.yml` (`topics[].signals`). It is
matched on lemmas (simplemma), so case and inflection do not matter
("Chips" ~ "Chip", "destilliert" ~ "destillieren"). In German text a one-word
signal also matches a compound that starts or ends with it ("Destillat" →
"Destillatmodelle", "Chip" → "Chiphersteller", "Sicherheit" → "Datensicherheit").
Hyphenated words are split into their parts, so "Open Source" matches
"Open-Source-Modellen". Two forms are for the editor who needs more:

- `word*`   an explicit prefix, in any language ("chip*" → "chipmaker");
- `/regex/` a regular expression, case-insensitive, on the block's text
            (e.g. GPU model names `/\\b[ABH]\\d{2,3}\\b/`).

Scoring: every block (paragraph, answer, heading, list, table …) that matches
contributes the number of *distinct* terms that signal the topic in it (variants
of one signal, and a word inside a matched phrase, count once), capped at
`_BLOCK_CAP`; the source's score is the sum. One block with one signal is a
passing mention (score 1) and does not tag the source with the default
`topic_min_score` of 2; two blocks, or one block that talks about the topic in
several ways, do. The anchors of the matching blocks are the evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from simplemma import lemmatize

from briefing.config import BriefingConfig, TopicSpec
from briefing.model import Block, Document, TopicHit
from briefing.text import supported_language

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_BLOCK_CAP = 3  # one block, however dense, counts at most this much
_COMPOUND_MIN = 4  # a signal must be this long to match inside a German compound
_COMPOUND_REST = 3  # … and the rest of the compound at least this long
_STEM_ENDINGS = ("ern", "en", "er", "es", "em", "e", "s", "n", "t", "et", "te", "ten", "st")


_ENDINGS_LONGEST_FIRST = tuple(sorted(_STEM_ENDINGS, key=len, reverse=True))


@lru_cache(maxsize=65536)
def lemma(word: str, language: str | tuple[str, ...], capitals: bool = True) -> str:
    """Casefolded lemma of one word (simplemma); a tuple of languages tries each. With `capitals`, a word in capitals
    the dictionary does not know is tried capitalised ('CHIPS' → 'chip')."""
    try:
        lemma = lemmatize(word, lang=language)
        if capitals and lemma == word and word.isupper() and len(word) > 3:  # "CHIPS": the dictionary knows "Chips"
            lemma = lemmatize(word.capitalize(), lang=language)
        return lemma.casefold()
    except Exception:  # pragma: no cover - simplemma refuses odd input
        return word.casefold()


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude German stem, so that forms the lemmatiser does not know still meet ("zensiert" ~ "zensieren")."""
    for ending in _ENDINGS_LONGEST_FIRST:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class Token:
    surface: str  # casefolded as printed
    lemma: str  # casefolded lemma
    start: int = 0  # character offsets in the text
    end: int = 0
    keys: frozenset[str] = frozenset()  # forms it is compared by: surface, lemma, (German) their stems


def _token(part: str, start: int, language: str) -> Token:
    surface, base = part.casefold(), lemma(part, language)
    keys = {surface, base}
    if language == "de":
        keys |= {_stem(surface), _stem(base)}
    return Token(surface, base, start, start + len(part), frozenset(keys))


@lru_cache(maxsize=8192)
def _tokens(text: str, language: str) -> tuple[Token, ...]:
    out = []
    for word in _WORD.finditer(text):
        for part in re.finditer(r"[^-'’]+", word.group(0)):
            out.append(_token(part.group(0), word.start() + part.start(), language))
    return tuple(out)


def tokens(text: str, language: str | None) -> list[Token]:
    """Words of a text as (surface, lemma); hyphenated words give their parts."""
    return list(_tokens(text, supported_language(language)))


def lemmas(text: str, language: str | None) -> list[str]:
    return [token.lemma for token in tokens(text, language)]


@dataclass(frozen=True)
class Signal:
    text: str
    regex: re.Pattern | None = None
    prefix: str | None = None
    words: tuple[Token, ...] = ()


@lru_cache(maxsize=4096)
def compile_signal(signal: str, language: str | None) -> Signal:
    lang = supported_language(language)
    raw = signal.strip()
    if len(raw) > 2 and raw.startswith("/") and raw.endswith("/"):
        return Signal(raw, regex=re.compile(raw[1:-1], re.I))
    if raw.endswith("*") and " " not in raw:
        return Signal(raw, prefix=raw[:-1].casefold())
    return Signal(raw, words=tuple(tokens(raw, lang)))


def _word_matches(want: Token, token: Token, language: str, compound: bool) -> bool:
    if not want.keys.isdisjoint(token.keys):
        return True
    if not compound or language != "de":
        return False
    for key in {want.surface, want.lemma}:
        if len(key) < _COMPOUND_MIN:
            continue
        for form in {token.surface, token.lemma}:
            if len(form) - len(key) >= _COMPOUND_REST and (form.startswith(key) or form.endswith(key)):
                return True
    return False


@lru_cache(maxsize=65536)
def _affixes(form: str) -> frozenset[str]:
    """Every start and end of a word that a compound signal may be (see _word_matches)."""
    n = len(form)
    return frozenset(a for k in range(_COMPOUND_MIN, n - _COMPOUND_REST + 1) for a in (form[:k], form[n - k:]))


@lru_cache(maxsize=8192)
def _word_index(text: str, language: str) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Positions of a passage's words by comparison key and by compound affix, built once per
    passage so each single-word signal is a look-up instead of a scan (the taxonomy has hundreds)."""
    exact: dict[str, list[int]] = defaultdict(list)
    affix: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(_tokens(text, language)):
        for key in token.keys:
            exact[key].append(i)
        if language == "de":
            for form in {token.surface, token.lemma}:
                for part in _affixes(form):
                    affix[part].append(i)
    return exact, affix


def _single_word_positions(want: Token, text: str, language: str) -> list[int]:
    exact, affix = _word_index(text, language)
    found = {i for key in want.keys for i in exact.get(key, ())}
    if language == "de":
        found.update(i for key in {want.surface, want.lemma} if len(key) >= _COMPOUND_MIN
                     for i in affix.get(key, ()))
    return sorted(found)


def signal_occurrences(signal: Signal, text: str, words: list[Token], language: str | None) -> list[tuple[int, ...]]:
    """Where a signal occurs in a passage: for each occurrence, the indices of the words it covers."""
    lang = supported_language(language)
    if signal.regex is not None:
        found = []
        for match in signal.regex.finditer(text):
            covered = tuple(i for i, t in enumerate(words) if t.start < match.end() and t.end > match.start())
            if covered:
                found.append(covered)
        return found
    if signal.prefix is not None:
        return [(i,) for i, t in enumerate(words)
                if t.surface.startswith(signal.prefix) or t.lemma.startswith(signal.prefix)]
    want = signal.words
    if not want:
        return []
    # `words` are the tokens of `text` (every caller passes tokens(text, language)), so the
    # passage's word index stands for them.
    if len(want) == 1:
        return [(i,) for i in _single_word_positions(want[0], text, lang)]
    exact, _ = _word_index(text, lang)
    starts = sorted({i for key in want[0].keys for i in exact.get(key, ())})
    n = len(want)
    return [tuple(range(i, i + n)) for i in starts if i + n <= len(words)
            and all(_word_matches(w, words[i + k], lang, compound=False) for k, w in enumerate(want[1:], 1))]


def signal_matches(signal: Signal, text: str, words: list[Token], language: str | None) -> bool:
    return bool(signal_occurrences(signal, text, words, language))


def block_signals(topic: TopicSpec, text: str, language: str | None, words: list[Token] | None = None) -> list[str]:
    """The signals of a topic that one passage matches, in taxonomy order."""
    words = tokens(text, language) if words is None else words
    return [s for s in topic.signals if signal_matches(compile_signal(s, language), text, words, language)]


def block_terms(topic: TopicSpec, text: str, language: str | None) -> set[tuple[str, ...]]:
    """The distinct terms of a passage that signal a topic.

    Variants of one signal count once: "Aktie" and "Aktienkurs" both matching
    "Aktienkurs" is one term, and so are "Open Source" and "Open-Source"; a
    word inside a longer matched phrase does not count apart from it.
    """
    words = tokens(text, language)
    spans: set[tuple[int, ...]] = set()
    for signal in topic.signals:
        spans.update(signal_occurrences(compile_signal(signal, language), text, words, language))
    sets = [frozenset(span) for span in spans]
    kept = [span for span, covered in zip(spans, sets) if not any(covered < other for other in sets)]
    return {tuple(words[i].lemma for i in span) for span in kept}


def score_topic(topic: TopicSpec, doc: Document) -> TopicHit:
    language = doc.meta.language or "de"
    evidence, score = [], 0.0
    for block in doc.blocks:
        text = block.content()
        if not text.strip() or block.kind == "contact":
            continue  # an address block's words ('Pressestelle', the issuer's name) say nothing of the subject
        matched = block_terms(topic, text, language)
        if matched:
            score += min(len(matched), _BLOCK_CAP)
            if block.anchor not in evidence:
                evidence.append(block.anchor)
    return TopicHit(id=topic.id, score=round(score, 2), evidence=evidence)


def assign_topics(doc: Document, config: BriefingConfig) -> Document:
    """Assign every topic of the taxonomy whose score reaches `config.topic_min_score`, best first."""
    hits = [score_topic(topic, doc) for topic in config.topics]
    kept = [hit for hit in hits if hit.evidence and hit.score >= config.topic_min_score]
    order = {topic.id: i for i, topic in enumerate(config.topics)}
    doc.topics = sorted(kept, key=lambda hit: (-hit.score, order[hit.id]))
    return doc
