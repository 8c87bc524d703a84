"""Different figures for the same thing, side by side with their sources.

One source says the training cost 5.6 million USD, another 294,000 USD plus about 6 million USD
for the base model: `comparable_figures` puts such figures in one `FigureComparison`.

Two figures are compared when they have the same kind and unit (money: the currency; counts:
the lemma of the counted noun, "GPUs" ~ "GPU"), come from different sources, and their sentences
describe the same thing. A sentence is described by its *key words*: lowercase simplemma lemmas
of its content words, without

* stop words, number, scale, currency and month words, and the words of the figure itself;
* names of people (every name and label the sources give);
* the collection's ubiquitous words: those in at least half the documents that also fill a
  large share of their sentences ("DeepSeek", "Modell" in a DeepSeek collection). Words that
  are merely in every document ("Kosten", "Training") stay: they are rare per sentence.

Words that name *what a sum is* ("Kosten", "ausgeben", "cost", "spend") are everywhere money is
spoken of, so they are weak: they never link two figures alone. Two figures are linked when
their sentences share a strong key word, or when they give the same specific amount (two or
more significant digits: 5.6 million, not 6 million) and share any key word. Linked figures are
merged into groups, strongest links first, and a group only takes a figure whose sentence shares
a key word with every figure of the other sources in it, so a chain of links cannot join
unrelated things ("training cost" and "infrastructure spend" share no key word).

The subject of a group is made of the key words that at least two of its sources share,
specific words first ("Training · Kosten"), as printed when a sentence prints the lemma.
Everything is sorted on stable keys, so the output does not depend on set or dict order.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from pydantic import BaseModel

from briefing.extract.figures import MONTHS, SCALES, Amount, figure_amount, find_figures
from briefing.extract.topics import lemma as lemma_of
from briefing.model import Document, Figure
from briefing.text import LANGUAGES, sentence_spans

__all__ = ["FigureComparison", "comparable_figures", "key_words"]

_KINDS = ("money", "count")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

# Function words and all-purpose verbs, adverbs and adjectives, as lemmas (casefolded).
_STOP = frozenset("""
    der die das und ist nicht ein eine einen einem einer sich mit auf für von dem den des zu im auch es
    sie er wir ich wird werden wurde hat haben sind war noch nur aber oder wie bei aus nach um dass kann
    können über vor durch mehr schon sein seine ihre ihr man diese dieser dieses wenn als am zum zur vom
    bis unter gegen sehr jetzt dann doch so was wer uns hier in an
    the and of to in is that it for on with as was are be by this an at from or have has not but they
    their which will would can been were more its also we he she you had there what about into than when
    who how our so if do does did these those such may could should
    ein eine einer eines einem einen kein keine der die das den dem des dies dieser diese dieses jener
    welcher solch all alle aller jeder jede jedes ander anderer andere viel viele wenig weniger mehr meist
    sein haben werden können sollen müssen wollen dürfen mögen lassen geben machen sagen gehen kommen
    stehen liegen halten bringen nehmen sehen zeigen heißen bleiben legen setzen stellen finden gelten
    rund etwa ca circa knapp fast über unter mehr weniger gut nur bereits schon erst erstmals noch
    wieder immer nie auch sogar zudem zusätzlich ebenfalls jedoch allerdings aber sondern denn also
    damit dabei dafür dazu daher davon darin darauf danach dadurch deshalb trotzdem sowie bzw etc
    laut gemäß pro je ab bis seit während innerhalb ausserhalb außerhalb zwischen gegenüber ohne
    ganz sehr so wie als ob wenn weil dass da hier dort heute jetzt nun dann damals bisher derzeit
    neu alt gross groß klein hoch niedrig lang kurz erste erster zweite letzte letzter eigen eigene
    ich du er sie es wir ihr man sich mein dein unser euer ihr sein selbst jemand etwas nichts
    be have do does did done say said make made get got go goes take took give given show shown
    about around nearly almost roughly only just even still already also too very much many more most
    less least some any each every other another such own new old first last next same few several
    per via according while during since until between against without within among
    i you he she it we they me him her us them my your his its our their this that these those
    what which who whom whose where when why how there here then now today yet just well
    one ones thing things way ways
""".split())

# Number words and the like; currency and scale words come from the figure vocabularies.
_NUMBER_WORDS = frozenset("""
    null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert
    tausend zig hunderte tausende dutzend dutzende hälfte drittel viertel prozent prozentpunkt
    zero one two three four five six seven eight nine ten eleven twelve twenty thirty hundred hundreds
    thousand thousands dozen dozens half third quarter percent per cent
    dollar dollars us-dollar us euro euros yuan renminbi pfund pound pounds yen franken cent cents
    usd eur cny rmb gbp jpy chf million millionen milliarde milliarden billion billionen mio mrd tsd
    trillion bn mn
""".split()) | frozenset(SCALES) | frozenset(MONTHS)

# What a sum is: everywhere money is spoken of, so never enough to link two figures alone.
_WEAK = frozenset("""
    kosten kost kostend ausgabe ausgaben ausgeben investieren investition investitionen betragen betrag
    summe preis wert zahlen bezahlen bezahlung aufwand aufwenden finanzieren finanzierung budget
    gesamt insgesamt gesamtkosten
    cost costs costing spend spent spending expense expenses expenditure invest investment pay paid
    price sum amount value total budget fund funding worth
""".split())

# Ubiquitous: in at least this share of the documents (and at least two) …
_UBIQUITOUS_DOCS = 0.5
# … and in at least this share of their sentences, and this many sentences per document.
_UBIQUITOUS_SENTENCES = 0.08
_UBIQUITOUS_MIN_PER_DOC = 4.0
_LABEL_WORDS = 3


class FigureComparison(BaseModel):
    """Figures of the same kind and unit from at least two sources about the same thing."""

    subject: str  # the shared key words, for people: "Training · Kosten"
    kind: str  # "money" or "count"
    unit: str  # "USD", "EUR", or the counted noun as printed ("GPUs")
    key_words: list[str]  # the lemmas behind the subject, in the same order
    entries: list[tuple[str, Figure, float]]  # (document id, figure, amount in base units), by amount

    @property
    def sources(self) -> list[str]:
        """The documents in the comparison, in the order of their first entry."""
        return list(dict.fromkeys(doc_id for doc_id, _, _ in self.entries))


# --- words -------------------------------------------------------------------------------------

def _languages(language: str | None) -> str | tuple[str, ...]:
    return language if language in LANGUAGES else LANGUAGES


def _tokens(text: str, language: str | tuple[str, ...]) -> list[tuple[str, str]]:
    """(surface, lemma) of the words of a text that have a letter; numbers alone are no words."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if not any(c.isalpha() for c in word):
            continue
        out.append((word, lemma_of(word, language)))
    return out


def _is_content(surface: str, lemma: str) -> bool:
    folded = surface.casefold()
    if len(lemma) < 3 and not any(c.isdigit() for c in lemma):
        return False
    return not ({lemma, folded} & (_STOP | _NUMBER_WORDS))


def _name_words(documents: list[Document]) -> frozenset[str]:
    words = set()
    for doc in documents:
        for mention in doc.people:
            for name in [mention.name, *mention.labels]:
                words.update(w.casefold() for w in _WORD.findall(name) if len(w) > 1)
    return frozenset(words)


def _ubiquitous(documents: list[Document]) -> frozenset[str]:
    """Lemmas that fill the whole collection: in most documents and in many of their sentences."""
    doc_count: Counter[str] = Counter()
    sentence_count: Counter[str] = Counter()
    sentences_in: Counter[str] = Counter()  # sentences of the documents that hold the lemma
    for doc in documents:
        language = _languages(doc.meta.language)
        seen: Counter[str] = Counter()
        total = 0
        for block in doc.blocks:
            text = block.content()
            for a, b in sentence_spans(text):
                total += 1
                seen.update({lemma for _, lemma in _tokens(text[a:b], language)})
        for lemma, n in seen.items():
            doc_count[lemma] += 1
            sentence_count[lemma] += n
            sentences_in[lemma] += total
    needed = max(2, math.ceil(_UBIQUITOUS_DOCS * len(documents)))
    return frozenset(
        lemma for lemma, docs in doc_count.items()
        if docs >= needed and sentence_count[lemma] >= _UBIQUITOUS_MIN_PER_DOC * docs
        and sentence_count[lemma] >= _UBIQUITOUS_SENTENCES * sentences_in[lemma])


def key_words(sentence: str, value: str, language: str | None = None,
              ignore: frozenset[str] = frozenset()) -> dict[str, str]:
    """The key words of a figure's sentence: {lemma: surface as first printed}, without the figure's own words.

    >>> sorted(key_words("Das Training von R1 kostete nur 294.000 US-Dollar.", "294.000 US-Dollar"))
    ['kosten', 'r1', 'training']
    """
    lang = _languages(language)
    text = sentence.replace(value, " ", 1) if value else sentence
    # the words of other figures in the sentence ("rund 6 Millionen US-Dollar") are no key words
    for a, b, kind in reversed(find_figures(text)):
        if kind in ("money", "percent", "date"):
            text = text[:a] + " " + text[b:]
    out: dict[str, str] = {}
    for surface, lemma in _tokens(text, lang):
        folded = surface.casefold()
        if {lemma, folded} & ignore or not _is_content(surface, lemma):
            continue
        if folded.endswith(("s", "'s", "’s")) and folded.rstrip("s").rstrip("'’") in ignore:
            continue  # a genitive of an ignored word ("DeepSeeks")
        if lemma not in out or (out[lemma].casefold() != lemma and surface.casefold() == lemma):
            out[lemma] = surface  # prefer the form that prints the lemma ("Kosten" over "gekostet")
    return out


# --- grouping ----------------------------------------------------------------------------------

class _Item:
    __slots__ = ("index", "doc_id", "figure", "amount", "unit", "words", "surfaces")

    def __init__(self, index, doc_id, figure, amount, unit, words, surfaces):
        self.index, self.doc_id, self.figure, self.amount = index, doc_id, figure, amount
        self.unit, self.words, self.surfaces = unit, words, surfaces


def _unit_key(figure: Figure, got: Amount, language: str | None) -> tuple[str, str] | None:
    if figure.kind == "money":
        return ("money", got.unit) if got.unit else None
    noun = (got.unit or "").split("-")[-1]  # "Nvidia-GPUs" counts GPUs
    if not noun:
        return None
    if noun.endswith("s") and noun[:-1].isupper():  # "GPUs" ~ "GPU"
        noun = noun[:-1]
    return ("count", lemma_of(noun, _languages(language)))


def _specific(value: float) -> bool:
    """Two or more significant digits: 5.6 million and 294,000 are specific, 6 million is round."""
    if value <= 0:
        return False
    digits = f"{value:.6e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 2


def _same_amount(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def _strong(words: set[str]) -> set[str]:
    return {w for w in words if w not in _WEAK}


def _link(a: _Item, b: _Item, weight: dict[str, float]) -> float:
    """How strongly two figures of different sources speak of the same thing; 0 when they do not."""
    shared = a.words & b.words
    strong = _strong(shared)
    same = bool(shared) and _same_amount(a.amount, b.amount) and _specific(a.amount)
    if not strong and not same:
        return 0.0
    return (sum(weight[w] for w in sorted(strong)) + 0.5 * sum(weight[w] for w in sorted(shared - strong))
            + (1.0 if same else 0.0))


def _compatible(a: _Item, b: _Item) -> bool:
    return a.doc_id == b.doc_id or bool(a.words & b.words) or (
        _same_amount(a.amount, b.amount) and _specific(a.amount))


def _subject(members: list[_Item], frequency: Counter[str]) -> tuple[str, list[str]]:
    by_docs: dict[str, set[str]] = defaultdict(set)
    for item in members:
        for word in item.words:
            by_docs[word].add(item.doc_id)
    shared = [w for w, docs in by_docs.items() if len(docs) >= 2]
    shared.sort(key=lambda w: (w in _WEAK, -len(by_docs[w]), frequency[w], w))
    chosen = shared[:_LABEL_WORDS]
    # weak words trail the specific ones ("Training · Kosten")
    chosen.sort(key=lambda w: (w in _WEAK, -len(by_docs[w]), frequency[w], w))
    labels = []
    for word in chosen:
        forms = [item.surfaces[word] for item in members if word in item.surfaces]
        # as printed when a sentence prints the lemma or a form built on it ("training" for "train");
        # else the lemma ("gekostet" reads "Kosten")
        printed = next((f for f in forms if f.casefold() == word),
                       next((f for f in sorted(forms, key=lambda f: (len(f), f)) if f.casefold().startswith(word)),
                            word))
        labels.append(printed[:1].upper() + printed[1:])
    return " · ".join(labels), chosen


def comparable_figures(documents: list[Document]) -> list[FigureComparison]:
    """Figures of the same kind and unit from two or more sources about the same thing, side by side.

    Groups come most sources first; their entries by amount, then document id and position.
    """
    documents = sorted(documents, key=lambda d: d.id)
    ignore = _ubiquitous(documents) | _name_words(documents)
    items: list[_Item] = []
    for doc in documents:
        for figure in doc.figures:
            if figure.kind not in _KINDS and figure.kind != "hardware":
                continue
            got = figure_amount(figure)
            if got is None or got.unit is None or got.value <= 0:
                continue
            unit = _unit_key(figure, got, doc.meta.language)
            if unit is None:
                continue
            words = key_words(figure.sentence, figure.value, doc.meta.language, ignore)
            if unit[0] == "count":  # the counted noun is the unit, not evidence
                words = {w: s for w, s in words.items() if w.removesuffix("s") != unit[1]}
            items.append(_Item(len(items), doc.id, figure, got.value, unit, set(words), words))

    # rarer key words weigh more (inverse frequency over the figures' sentences)
    frequency: Counter[str] = Counter(w for item in items for w in item.words)
    weight = {w: 1.0 + math.log((1 + len(items)) / (1 + n)) for w, n in frequency.items()}

    by_unit: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for item in items:
        by_unit[item.unit].append(item)

    comparisons: list[FigureComparison] = []
    for unit in sorted(by_unit):
        pool = by_unit[unit]
        links = []
        for i, a in enumerate(pool):
            for b in pool[i + 1:]:
                if a.doc_id != b.doc_id and (score := _link(a, b, weight)) > 0:
                    links.append((-score, a.index, b.index, a, b))
        links.sort(key=lambda link: link[:3])
        group_of: dict[int, int] = {}
        groups: dict[int, list[_Item]] = {}
        for _, _, _, a, b in links:
            ga, gb = group_of.get(a.index), group_of.get(b.index)
            if ga is not None and ga == gb:
                continue
            left = groups[ga] if ga is not None else [a]
            right = groups[gb] if gb is not None else [b]
            if not all(_compatible(x, y) for x in left for y in right):
                continue
            merged = sorted(left + right, key=lambda item: item.index)
            gid = min(item.index for item in merged)
            for old in {ga, gb} - {None}:
                groups.pop(old, None)
            groups[gid] = merged
            for item in merged:
                group_of[item.index] = gid
        for gid in sorted(groups):
            members = groups[gid]
            if len({m.doc_id for m in members}) < 2:
                continue
            subject, chosen = _subject(members, frequency)
            entries = sorted(members, key=lambda m: (m.amount, m.doc_id, m.index))
            printed_unit = unit[1] if unit[0] == "money" else _printed_noun(members)
            comparisons.append(FigureComparison(
                subject=subject, kind=unit[0], unit=printed_unit, key_words=chosen,
                entries=[(m.doc_id, m.figure, m.amount) for m in entries]))
    comparisons.sort(key=lambda c: (-len(c.sources), -len(c.entries), c.kind, c.unit, c.subject,
                                    [(d, f.anchor, f.value) for d, f, _ in c.entries]))
    return comparisons


def _printed_noun(members: list[_Item]) -> str:
    nouns = Counter((figure_amount(m.figure).unit or "").split("-")[-1] for m in members)
    return sorted(nouns.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
