"""Affiliation fallback: an organisation for an indexed person the people extraction left without one.

The extraction reads a person's organisation from the apposition and the predicates around the name
(`extract.people`). Where those say nothing, the organisation is often still in the text: named in the same
sentence in a form the grammar does not parse ('… hat X den Beispiel-Verband mitgegründet'), in a sentence
before, as the issuer of a press release, by an abbreviation ('der BVX'), or in the person's own answers ('wir
als BVX'). Rules drawn from single documents did not transfer to unseen text; a ranker over general features
did better, so this step:

1. collects organisation candidates from the whole document by general means (`organisation_candidates`):
   phrases around an organisation head word in German or English ('Verband', 'Institut', 'Innung', German
   compounds such as 'Beispielverband', 'University', 'Association', …), names with a legal form ('GmbH',
   'e.V.', 'Inc.'), abbreviations the text defines and the phrases they abbreviate, the document's publisher;
2. describes every (person, candidate) pair by features (`pair_features`): how near the candidate stands to the
   person's mentions (same sentence, same block, token distance, nearest of the candidates), whether a role
   phrase governs it ('Präsident des X', 'X-Präsident', 'director of X'), the words between them, how often the
   document names it, whether it is the publisher, in the person's own answers or quotations, its head word's
   kind;
3. scores the pairs with a logistic model (`affiliation_model.json`, trained on the tuned evaluation sets by
   `scripts/affiliation_fallback.py`, which also says how it was measured on held-out sets) and takes the best
   candidate when its probability reaches the model's threshold; otherwise the person keeps no affiliation
   (a wrong organisation is worse than none).

Only standard Python and the model file: no scikit-learn at conversion time. The step only fills what is empty;
it never changes an affiliation the extraction found, nor anybody outside the index (expert or quoted).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from briefing.extract import linear_model
from briefing.extract.linear_model import best_of_each, probability

MODEL_PATH = Path(__file__).with_name("affiliation_model.json")
# corpus.INDEXED, the categories the index takes; restated because the training scripts read this file
# by path next to older code that may not have it
INDEXED = ("expert", "quoted")

# --- organisation words -----------------------------------------------------------------------------------------

# Head nouns that end a German organisation's name, alone or as the end of a compound ('Robotikverband',
# 'Malerinnung', 'Hauptzollamt'): the kind each stands for (a feature) and its gender (for the base form).
_DE_HEADS = {
    "research": {"universität": "f", "hochschule": "f", "fachhochschule": "f", "institut": "n", "klinikum": "n",
                 "klinik": "f", "krankenhaus": "n", "akademie": "f", "zentrum": "n", "labor": "n", "museum": "n",
                 "bibliothek": "f", "archiv": "n", "sternwarte": "f", "observatorium": "n", "schule": "f",
                 "gymnasium": "n", "spital": "n"},
    "association": {"verband": "m", "verein": "m", "innung": "f", "kammer": "f", "gesellschaft": "f", "stiftung": "f",
                    "bund": "m", "club": "m", "klub": "m", "vereinigung": "f", "bündnis": "n", "netzwerk": "n",
                    "initiative": "f", "forum": "n", "gilde": "f", "wacht": "f", "genossenschaft": "f", "partei": "f",
                    "fraktion": "f"},
    "public": {"amt": "n", "behörde": "f", "ministerium": "n", "anstalt": "f", "gericht": "n", "landkreis": "m",
               "gemeinde": "f", "senat": "m", "kommission": "f", "dienst": "m", "wehr": "f", "polizei": "f",
               "verwaltung": "f", "direktion": "f"},
    "company": {"bank": "f", "sparkasse": "f", "kasse": "f", "werke": "p", "verlag": "m", "brauerei": "f",
                "agentur": "f", "konzern": "m", "praxis": "f", "gestüt": "n", "heim": "n", "theater": "n",
                "orchester": "n", "ballett": "n", "festival": "n", "messe": "f", "station": "f", "bahnen": "p",
                "manufaktur": "f", "gießerei": "f", "brennerei": "f", "weingut": "n", "kellerei": "f", "hütte": "f",
                "apotheke": "f"},
}
_GENDER = {word: gender for heads in _DE_HEADS.values() for word, gender in heads.items()}
# English head nouns: a capitalised word of their own ('Southeast Example Radio Club', 'University of Example').
_EN_HEADS = {
    "research": ("university", "college", "institute", "institution", "school", "academy", "laboratory",
                 "laboratories", "lab", "labs", "hospital", "clinic", "museum", "library", "observatory", "center",
                 "centre", "archive", "archives"),
    "association": ("association", "society", "federation", "union", "league", "club", "council", "foundation",
                    "trust", "alliance", "coalition", "network", "initiative", "committee", "party", "guild",
                    "forum", "organization", "organisation"),
    "public": ("department", "agency", "office", "commission", "board", "bureau", "authority", "ministry",
               "government", "county", "administration", "court", "police", "service", "services", "survey",
               "program", "programme"),
    "company": ("company", "corporation", "group", "partners", "consulting", "systems", "technologies",
                "solutions", "industries", "bank", "fund", "church", "cathedral", "festival", "farm", "farms",
                "distillery", "brewery", "winery", "orchestra", "theatre", "theater", "ballet", "zoo", "station",
                "press", "media"),
}
_HEAD_KIND = {word: kind for heads in (_DE_HEADS, _EN_HEADS) for kind, words in heads.items() for word in words}
_DE_SUFFIXES = sorted({w for words in _DE_HEADS.values() for w in words}, key=len, reverse=True)
_EN_WORDS = {w for words in _EN_HEADS.values() for w in words}
# Legal forms: the name before them is a company's or an association's ('Beispiel GmbH', 'Beispielverein e.V.').
_LEGAL = re.compile(r"(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|gGmbH|mbH|AG|KG|KGaA|SE|eG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|PLC|plc|"
                    r"Corp\.?|Co\.|LLP|S\.A\.|N\.V\.|B\.V\.)(?![\w])")
# Words inside a name between capitalised ones ('Institut für Beispielkunde', 'Department of Example and Test').
_INNER = {"für", "for", "of", "and", "und", "&", "the", "de", "der", "des", "in", "at", "on", "zu", "am", "an"}
# Capitalised words that open a sentence or a clause, never a name's first word.
_FUNCTION = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "im",
    "in", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "vor", "seit", "zu", "zum", "zur", "für", "von",
    "vom", "über", "about", "unter", "als", "wie", "auch", "laut", "so", "dass", "wenn", "sein", "seine", "ihr", "ihre",
    "unser", "unsere", "dieser", "diese", "dieses", "jeder", "alle", "mehr", "neue", "neuen", "neuer", "the", "a", "an",
    "of", "and", "or", "at", "to", "for", "from", "with", "by", "on", "in", "as", "his", "her", "their", "its", "our",
    "this", "that", "these", "those", "new", "all", "every", "we", "wir", "ich", "i", "er", "sie", "es", "he", "she",
    "it", "they", "you", "du", "man", "but", "aber", "denn", "doch", "nun", "jetzt", "heute", "today", "now",
    "ihrem", "ihren", "ihrer", "ihres", "seinem", "seinen", "seiner", "seines", "unserem", "unseren", "unserer",
    "unseres", "meine", "meinem", "meinen", "meiner", "deren", "dessen", "jede", "jeden", "jedem", "kein", "keine",
}
# Capitals that are no organisation ('CEO', 'USA', 'PDF'), news agencies (a source's distributor, not a
# person's employer), and academic degrees as printed after a name ('X, PhD').
_NOT_ACRONYM = {"CEO", "CFO", "COO", "CTO", "CMO", "CIO", "USA", "US", "UK", "PDF", "TV", "DNA", "RNA", "COVID",
                "KI", "AI", "IT", "OK", "PS", "PR", "GPS", "FAQ", "MRT", "MRI", "CT", "ID", "VIP", "HIV", "SARS", "USB",
                "II", "III", "IV", "VI", "VII", "CD", "DVD", "PC", "SMS", "WLAN", "LED", "DDR", "BRD", "NS", "AM", "PM",
                "ET", "CET", "MEZ", "GMT", "PLZ", "TEL", "FAX", "NR", "CO", "CO2", "ST", "DR", "PROF", "Q&A", "PD",
                "EUR", "USD", "KW", "KM", "DPA", "AP", "AFP", "EPD", "KNA", "SID", "APA", "UPI",
                "MP", "MEP", "MDB", "MDL", "VP", "SVP", "EVP"}  # the last: offices ('X MP', 'X MdB')
_DEGREES = {"PhD", "MD", "MSc", "BSc", "MBA", "MPH", "DVM", "RN", "BVMS", "MA", "BA", "DDS", "JD", "LLM", "MS", "BS",
            "MBBS", "FRCS", "DO", "NP", "PA"}
ACRONYM_LETTERS = 5  # capitals longer than this, undefined, are a word in capitals ('WICHTIG'), no abbreviation
# Political offices: the gold conventions give their holders their office as role, rarely an organisation.
_POLITICAL = re.compile(r"(?i)minister|kanzler|senator|abgeordnet|bürgermeister|staatssekretär|landr[aä]t|"
                        r"gouverneur|"
                        r"politiker|premier|regierungs|governor|mayor|congress|councill?or|alderm|parlament|"
                        r"\bMP\b|\bMdB\b|\bMdL\b|\bMEP\b")
_TITLE_WORD = re.compile(r"(?:Prof|Dr|Dipl|Ing|med|rer|nat|phil|jur|habil|PD|Mag|Mr|Mrs|Ms|Sir|St)\.?$")

_TOKEN = re.compile(r"[\w'’.&-]+|[^\w\s]")
# German nouns by their ending ('Pressemitteilung', 'Sanierungsfall'): a capitalised word of the sentence, not of
# the name next to it.
_COMMON_NOUN = re.compile(r"(?:ung|heit|keit|schaft|tion|ismus|nis|tum|fall|ende|ierte)$")
_ROMAN = re.compile(r"[IVX]{1,4}")  # 'Berufsschule II', 'Station III'
_COMPLEMENT = {"für", "for", "of", "der", "des", "at", "zu"}  # 'Institut für …', 'University of …'
_COORDINATION = {"und", "and", "&"}  # inside a complement only: 'für Beispiel und Test', 'of Commerce and Trade'


# --- text -------------------------------------------------------------------------------------------------------

@dataclass
class Unit:
    """A piece of the document's text: a block (its index) or the title (-1), with its sentences."""

    index: int
    kind: str
    text: str
    speakers: tuple[str, ...] = ()
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_of(self, pos: int) -> int:
        for k, (start, end) in enumerate(self.sentences):
            if start <= pos < end:
                return k
        return len(self.sentences) - 1


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"“”»«'’)]*\s+(?=[A-ZÄÖÜ0-9„»\"“(])|\n+")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|Dr|Prof|Ing|bzw|ca|Nr|St|vgl|z\.B|Mr|Mrs|Ms|Jr|Sr|Dipl|Inc|Co|Ltd|Corp|"
                           r"e\.\s?V|u\.a|d\.h|med|rer|nat|phil|jur|habil|\d{1,2})\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; a full stop after an abbreviation, a title or an initial ends none."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().strip() == "" and _ABBREVIATION.search(text[max(0, m.start() - 6):m.start()]) \
                and "\n" not in m.group():
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()] or [(0, len(text))]


def text_units(doc) -> list[Unit]:
    """The blocks that carry words (their items and cells too) and the title."""
    units = []
    for index, block in enumerate(doc.blocks):
        parts = [block.text or "", *(block.items or []), *(" | ".join(row) for row in (block.rows or []))]
        text = "\n".join(p for p in parts if p)
        if text.strip() and block.kind not in ("rule",):
            units.append(Unit(index, block.kind, text, tuple(getattr(block, "speakers", None) or ())))
    if doc.meta.title:
        units.append(Unit(-1, "title", doc.meta.title))
    for unit in units:
        unit.sentences = sentence_spans(unit.text)
    return units


# --- candidates -------------------------------------------------------------------------------------------------

@dataclass
class Occurrence:
    unit: int  # position in the list of units
    start: int
    end: int
    form: str  # as printed


@dataclass
class Candidate:
    """One organisation of the document, with every place it is named."""

    key: tuple[str, ...]
    name: str
    acronym: str | None = None
    head: str | None = None  # the kind of its head word: research, association, public, company
    sources: set[str] = field(default_factory=set)  # head, legal, acronym, defined, publisher
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def label(self) -> str:
        """As the index shows it: the name, with its abbreviation where the text defines one."""
        if self.acronym and self.name != self.acronym and self.acronym not in self.name.split():
            return f"{self.name} ({self.acronym})"
        return self.name


def _stem(word: str) -> str:
    """A word of a name without its case ending ('Verbandes' → 'verband', 'Deutschen' → 'deutsch')."""
    low = word.casefold().strip(".,;:'’\"„“()")
    for ending in ("es", "en", "er", "em", "s", "e", "n"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[:-len(ending)]
    return low


def name_key(name: str) -> tuple[str, ...]:
    """The words that identify an organisation, inflection, legal form and abbreviation in brackets left out."""
    name = _LEGAL.sub(" ", re.sub(r"\([^()]*\)", " ", name))
    words = [w for w in re.findall(r"[\wÄÖÜäöüß]+", name) if w.casefold() not in _INNER]
    return tuple(_stem(w) for w in words)


def _german_head(word: str) -> tuple[str, str] | None:
    """(head, case ending) of a German head word, a compound's end included ('Landesinnungsverbandes' →
    ('verband', 'es')); a compound needs three letters before its head ('Ehrenamt' yes, 'Samt' no)."""
    low = word.casefold().strip(".,;:'’\"„“()")
    if low in _EN_WORDS or low.rstrip("s") in _EN_WORDS:
        return None  # 'Archives', 'Services': English
    for suffix in _DE_SUFFIXES:
        # a genitive ('des Beispielverbandes') is one organisation; a plural ('Mitgliedsinnungen', 'Vereine') many
        for ending in ("", "s", "es") if _GENDER[suffix] != "p" else ("",):
            whole = suffix + ending
            if low.endswith(whole) and (len(low) == len(whole) or len(low) - len(whole) >= 3):
                return suffix, ending
    return None


def _head_kind(word: str) -> str | None:
    low = word.casefold().strip(".,;:'’\"„“()")
    if low in _EN_WORDS:
        return _HEAD_KIND[low]
    if word.isupper():
        return None  # 'PRESSEDIENST': a word set in capitals, a label
    head = _german_head(word)
    return _HEAD_KIND[head[0]] if head else None


def _generic(phrase: str) -> bool:
    """'der Verband', 'the University', 'Verbandes': a head word alone refers back and names nobody."""
    words = [w for w in phrase.split() if w.casefold() not in _INNER]
    if len(words) != 1:
        return False
    low = words[0].casefold().strip(".,;:")
    head = _german_head(low)
    return low in _EN_WORDS or bool(head and low == head[0] + head[1])


def _is_name_word(token: str, persons: set[str]) -> bool:
    """A word that may belong to an organisation's name: capitalised (or a number), no function word, no word of
    a person's name, no academic title."""
    bare = token.strip("„“\"'’()")
    return bool(bare) and (bare[:1].isupper() or bare[:1].isdigit()) and bare.casefold() not in _FUNCTION \
        and bare not in persons and not _TITLE_WORD.fullmatch(bare)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _joined(text: str, toks, a: int, b: int) -> bool:
    """Tokens a and b (a < b) stand in one phrase: only spaces or hyphens between them, no line break."""
    gap = text[toks[a][1]:toks[b][0]]
    return "\n" not in gap and not re.search(r"[^\s-]", gap) and not re.search(r"[,;:!?]$", toks[a][2]) \
        and not (toks[a][2].endswith(".") and not _LEGAL.fullmatch(toks[a][2]) and len(toks[a][2]) > 3)


def _name_before(text: str, toks, i: int, persons: set[str], limit: int = 5) -> int:
    """The first token of the capitalised words that run up to token i ('Deutscher Beispiel Verband'); a possessive
    ends them ('Exampletown's Example Club' → 'Example Club')."""
    first = i
    while first > 0 and i - first < limit and _is_name_word(toks[first - 1][2], persons) \
            and _joined(text, toks, first - 1, first) and not re.search(r"['’]s$", toks[first - 1][2]) \
            and not _COMMON_NOUN.search(toks[first - 1][2]) and not toks[first - 1][2][:1].isdigit():
        first -= 1
    return first


def _complement_end(text: str, toks, head: int, persons: set[str]) -> int:
    """The last token of an organisation phrase after its head word: a complement ('für Beispielkunde und Test',
    'of Example', 'der Beispielbranche'), else the capitalised words of a place ('Klinikum Beispielstadt'); then a
    legal form ('… Beispielwerke GmbH', '… e.V.')."""
    last = head
    k = head + 1
    if k + 1 < len(toks) and toks[k][2].casefold() in _COMPLEMENT and _joined(text, toks, head, k) \
            and _joined(text, toks, k, k + 1):
        nxt = k + 1
        if toks[k][2].casefold() in ("für", "for") and re.fullmatch(r"[a-zäöü]+(?:e|en|er|es)", toks[nxt][2]) \
                and nxt + 1 < len(toks) and _joined(text, toks, nxt, nxt + 1):
            nxt += 1  # 'Institut für angewandte Beispielkunde'
        if _is_name_word(toks[nxt][2], persons):
            last = nxt
            k = nxt + 1
            words = 1
            while k < len(toks) and words < 6 and _joined(text, toks, k - 1, k):
                tok = toks[k][2]
                if tok.casefold() in _COORDINATION | {"der", "des", "in", "of", "for", "für"} and k + 1 < len(toks) \
                        and _joined(text, toks, k, k + 1) and _is_name_word(toks[k + 1][2], persons):
                    k += 1
                elif not _is_name_word(tok, persons) or tok.startswith("(") or tok[:1].isdigit() \
                        or _COMMON_NOUN.search(tok):
                    break
                last, k, words = k, k + 1, words + 1
    else:
        # a German head takes one place word ('Klinikum Beispielstadt'; a second capitalised word is more often the
        # next noun), an English one two ('Example Hospital Northtown East'); a Roman numeral counts as one
        limit = 2 if toks[head][2].casefold() in _EN_WORDS else 1
        places = 0
        while k < len(toks) and places < limit and _joined(text, toks, k - 1, k) and _place_word(toks[k][2], persons):
            last, k, places = k, k + 1, places + 1
    while last + 1 < len(toks) and _LEGAL.fullmatch(toks[last + 1][2]) and _joined(text, toks, last, last + 1):
        last += 1
    if last + 2 < len(toks) and toks[last + 1][2] == "e." and toks[last + 2][2] in ("V.", "V"):
        last += 2
    return last


def _place_word(token: str, persons: set[str]) -> bool:
    """A word of a place after a head word ('Nordstadt', 'II'): no number, head word, legal form or German noun."""
    return (_is_name_word(token, persons) and not token[:1].isdigit() or bool(_ROMAN.fullmatch(token))) \
        and not token.startswith("(") and _head_kind(token) is None and not _LEGAL.fullmatch(token) \
        and not _COMMON_NOUN.search(token)


def _phrases_at_heads(text: str, persons: set[str]) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, phrase, source, head kind) of every organisation phrase: a head word or a legal form, the
    capitalised words before it, and its complement after it."""
    toks = _tokens(text)
    found = []
    for i, (_, _, tok) in enumerate(toks):
        legal = bool(_LEGAL.fullmatch(tok)) or (tok == "e." and i + 1 < len(toks) and toks[i + 1][2] in ("V.", "V"))
        kind = None if legal or not tok[:1].isupper() else _head_kind(tok)
        if not (kind or legal):
            continue
        if legal and i > 0 and (_LEGAL.fullmatch(toks[i - 1][2]) or _head_kind(toks[i - 1][2])):
            continue  # the head before it took the legal form in
        first = _name_before(text, toks, i, persons)
        if legal:
            if first == i:
                continue  # a legal form needs a name before it
            last = i + 1 if tok == "e." else i
            while last + 1 < len(toks) and _LEGAL.fullmatch(toks[last + 1][2]) and _joined(text, toks, last, last + 1):
                last += 1
        else:
            last = _complement_end(text, toks, i, persons)
        phrase = re.sub(r"['’]s$", "", text[toks[first][0]:toks[last][1]])
        if not _generic(phrase):
            found.append((toks[first][0], toks[last][1], phrase, "legal" if legal else "head",
                          kind or ("company" if legal else None)))
    return found


_ACRONYM = r"[A-ZÄÖÜ](?:[A-ZÄÖÜ0-9&]|[a-z](?=[A-ZÄÖÜ])){1,7}"
_ACRONYM_TOKEN = re.compile(rf"(?<![\w&.-]){_ACRONYM}(?![\w&])")
_DEFINED_BEFORE = re.compile(rf"(?<![\w-])(?P<abbr>{_ACRONYM})\s*\((?P<long>[^()]{{6,90}})\)")


def _spells(abbr: str, long: str) -> bool:
    """The capitals or word initials of the long form spell the abbreviation in order ('Beispiel-Verband für
    Test' → BVT, BVfT); the head of a German compound counts as a word ('Beispielverband Nord' → BVN)."""
    initials = []
    for word in re.findall(r"[\wÄÖÜäöüß-]+", long):
        initials += re.findall(r"^\w|(?<=-)[A-ZÄÖÜ]|(?<=[a-zäöü])[A-ZÄÖÜ]", word)
        head = _german_head(word)
        if head and len(word) > len(head[0] + head[1]) and not word[-len(head[0] + head[1]):][:1].isupper():
            initials.append(head[0][0])
    letters = iter("".join(initials).upper())
    return all(ch in letters for ch in abbr.upper() if ch.isalpha())


def _is_acronym(token: str, defined: bool = False) -> bool:
    return token.upper() not in _NOT_ACRONYM and token not in _DEGREES and sum(c.isupper() for c in token) >= 2 \
        and (defined or len(token) <= ACRONYM_LETTERS)


def _long_before(text: str, pos: int, abbr: str, persons: set[str]) -> int | None:
    """Where the long form printed before '(ABBR)' starts: the shortest run of name words (and 'für', 'of', …)
    ending at pos that spells the abbreviation."""
    toks = _tokens(text[:pos])
    for first in range(len(toks) - 1, max(-1, len(toks) - 12), -1):
        tok = toks[first][2]
        if not (_is_name_word(tok, persons) or tok.casefold() in _INNER or tok == "-"):
            return None
        if tok[:1] == abbr[:1] and _spells(abbr, text[toks[first][0]:pos]) and tok.casefold() not in _FUNCTION:
            return toks[first][0]
    return None


def _acronym_mentions(text: str, persons: set[str]) -> list[tuple[int, int, str, str | None]]:
    """Abbreviations: (start, end, abbr, long form or None) for every abbreviation the text prints, with the long
    form where this place defines it ('Long Form (LF)', 'LF (Long Form)'); start and end then span both."""
    found = []
    for m in _ACRONYM_TOKEN.finditer(text):
        abbr, start, end = m.group(), m.start(), m.end()
        if not _is_acronym(abbr, defined=True) or abbr in persons:
            continue
        if text[max(0, start - 1):start] == "(" and text[end:end + 1] == ")":
            long_start = _long_before(text, start - 1, abbr, persons)
            if long_start is not None and len(text[long_start:start - 1].strip()) > len(abbr):
                found.append((long_start, end + 1, abbr, text[long_start:start - 1].strip()))
            elif _is_acronym(abbr):
                found.append((start, end, abbr, None))
            continue
        defined = _DEFINED_BEFORE.match(text, start)
        if defined and defined.group("long")[:1].isupper() and _spells(abbr, defined.group("long")):
            found.append((start, defined.end(), abbr, defined.group("long").strip()))
        elif _is_acronym(abbr):
            found.append((start, end, abbr, None))
    return found


def _persons_words(doc) -> set[str]:
    return {w for m in doc.people for w in m.name.split()} | {w for m in doc.people for w in m.labels or []}


def _initials(doc) -> set[str]:
    """The initials of the document's people ('JD', 'ABC' for 'Anna B. Cee'): a label, no organisation."""
    found = set()
    for m in doc.people:
        letters = [w[0].upper() for w in re.split(r"[\s-]+", m.name) if w[:1].isalpha()]
        found |= {"".join(letters), "".join(letters[:1] + letters[-1:])}
    return found


def organisation_candidates(doc, units: list[Unit] | None = None) -> list[Candidate]:
    """Every organisation the document names, merged over its forms: inflected, abbreviated, shortened."""
    units = units if units is not None else text_units(doc)
    persons = _persons_words(doc) | _initials(doc)
    # unit, start, end, phrase, source, head kind, abbreviation
    raw: list[tuple[int, int, int, str, str, str | None, str | None]] = []
    definitions: dict[str, str] = {}
    for u, unit in enumerate(units):
        if not _title_case(unit.text):
            for start, end, phrase, source, kind in _phrases_at_heads(unit.text, persons):
                raw.append((u, start, end, phrase, source, kind, None))
        for start, end, abbr, long in _acronym_mentions(unit.text, persons):
            if long:
                definitions.setdefault(abbr, long)
                raw.append((u, start, end, long, "defined", _phrase_kind(long), abbr))
            else:
                raw.append((u, start, end, unit.text[start:end], "acronym", None, abbr))
    if doc.meta.publisher:
        raw.append((-1, 0, 0, doc.meta.publisher, "publisher", _phrase_kind(doc.meta.publisher), None))
    cands = _merge(raw, definitions)
    _more_occurrences(cands, units)
    return cands


def _title_case(text: str) -> bool:
    """'Mayor Accepts City Council Budget': a headline in title case, where every word looks like a name's."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) >= 4 and not any(w[:1].islower() and len(w) > 3 for w in words)


def _more_occurrences(cands: list[Candidate], units: list[Unit]) -> None:
    """Every other place a candidate is printed as found (a headline in title case, a second mention the phrase
    reader did not take), so that how often and where the document names it is counted."""
    for cand in cands:
        forms = {o.form for o in cand.occurrences} | {cand.name} | ({cand.acronym} if cand.acronym else set())
        for u, unit in enumerate(units):
            for form in forms:
                if len(form) < 2:
                    continue
                for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", unit.text):
                    _add_occurrence(cand, Occurrence(u, m.start(), m.end(), form))


def _phrase_kind(phrase: str) -> str | None:
    if _LEGAL.search(phrase):
        return "company"
    return next((kind for w in phrase.split() if w[:1].isupper() and (kind := _head_kind(w))), None)


_ADJECTIVE = re.compile(r"(?P<stem>[A-ZÄÖÜ][a-zäöüß-]*(?:isch|lich|ig|al|ell|iv|är|ar|sch|ei|eu|ert|ant|ent))"
                        r"(?:e|en|er|es|em)")


def base_form(phrase: str) -> str:
    """The name as a subject would print it: 'des Deutschen Beispielverbandes' → 'Deutscher Beispielverband',
    'die Westdeutsche Beispiel-Akademie' → 'Westdeutsche Beispiel-Akademie', 'Beispiel University.' → 'Beispiel
    University'. Only German heads decline; place adjectives ('Nordstädter') never do."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:-„“\"")
    phrase = re.sub(r"(?<!\be\. V)(?<!\be\.V)(?<!Inc)(?<!Ltd)(?<!Corp)(?<!Co)\.$", "", phrase)
    tokens = phrase.split()
    while tokens and tokens[0].casefold() in _FUNCTION and not tokens[0].isupper():
        tokens.pop(0)  # 'Die Beispiel AG' → 'Beispiel AG'; 'IM' stays
    for i, token in enumerate(tokens):
        if not token[:1].isupper():
            break
        head = _german_head(token)
        if not head:
            continue
        suffix, ending = head
        gender = _GENDER[suffix]
        if gender in "mn" and ending in ("s", "es"):
            tokens[i] = token[:len(token) - len(ending)]
        for j in range(i - 1, -1, -1):  # 'Deutschen Beispiel Verband': adjectives before the head's other words too
            if m := _ADJECTIVE.fullmatch(tokens[j]):
                tokens[j] = m.group("stem") + {"m": "er", "n": "es", "f": "e", "p": "e"}[gender]
            elif not tokens[j][:1].isupper():
                break
        break
    return " ".join(tokens)


def _merge(raw, definitions: dict[str, str]) -> list[Candidate]:
    """One candidate per organisation: the forms with the same key, an abbreviation with its long form, and a
    shorter form with the one longer name that contains it ('Beispielverband' in 'Deutscher Beispielverband')."""
    by_key: dict[tuple[str, ...], Candidate] = {}
    long_key = {abbr: name_key(long) for abbr, long in definitions.items()}
    for u, start, end, phrase, source, kind, abbr in raw:
        key = long_key.get(abbr) if abbr and phrase == abbr else None
        key = key or name_key(phrase)
        if not key:
            continue
        name = base_form(phrase)
        if not name:
            continue
        cand = by_key.get(key)
        if cand is None:
            cand = by_key[key] = Candidate(key=key, name=name, head=kind)
        elif source != "publisher" and len(name) > len(cand.name):
            cand.name = name  # the fullest form the text prints ('Beispielverband e.V.' over 'Beispielverband')
        cand.sources.add(source)
        cand.head = cand.head or kind
        if abbr and (abbr in definitions or phrase == abbr):
            cand.acronym = cand.acronym or abbr
        if u >= 0:
            _add_occurrence(cand, Occurrence(u, start, end, phrase))
    kept: list[Candidate] = []
    for cand in sorted(by_key.values(), key=lambda c: (-len(c.key), c.name)):
        longer = [k for k in kept if _contains(k.key, cand.key)]
        if len(longer) == 1:
            target = longer[0]
            for occurrence in cand.occurrences:
                _add_occurrence(target, occurrence)
            target.sources |= cand.sources
            target.acronym = target.acronym or cand.acronym
            target.head = target.head or cand.head
        else:
            kept.append(cand)
    for cand in kept:
        if cand.sources <= {"acronym"}:
            cand.sources.add("acronym_only")
        if cand.acronym and cand.acronym in definitions and cand.name == cand.acronym:
            cand.name = base_form(definitions[cand.acronym])
    return kept


def _add_occurrence(cand: Candidate, new: Occurrence) -> None:
    """A place once, however many readers found it ('Beispielverband Nord (BVN)' as a phrase and as a definition)."""
    if not any(o.unit == new.unit and o.start < new.end and new.start < o.end for o in cand.occurrences):
        cand.occurrences.append(new)


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return 0 < n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


# --- person -----------------------------------------------------------------------------------------------------

def person_spots(mention, units: list[Unit]) -> list[tuple[int, int, int]]:
    """(unit, start, end) of every place the text names the person: the full name or a label ('Beispiel')."""
    names = [mention.name, *[label for label in (mention.labels or []) if len(label) >= 3]]
    spots = []
    for u, unit in enumerate(units):
        for name in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", unit.text):
                if not any(s[0] == u and s[1] <= m.start() < s[2] for s in spots):
                    spots.append((u, m.start(), m.end()))
    return spots


# --- features ---------------------------------------------------------------------------------------------------

_BETWEEN_TOKEN = re.compile(r"[a-zäöüß]+|[,;:()\-–]|['’]s\b")
_GOVERNED_AFTER = re.compile(r"^\s*,?\s*(?:[^\s,.;:!?]+\s+){0,6}?(?:des|der|dem|den|vom|von|beim|bei|am|im|"
                             r"of|at|for|from|with|with\s+the|of\s+the|at\s+the|for\s+the|from\s+the)\s+$", re.I)
_GOVERNED_BEFORE = re.compile(r"^(?:['’]s)?(?:-|\s)(?:[^\s,.;:!?]+\s+){0,3}$")
_OWN = re.compile(r"\b(?:wir|unser\w*|uns|we|our|us)\b", re.I)


def _same_organisation(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two keys of one organisation: equal, or one a part of the other ('Beispielverband' of 'Deutscher …')."""
    return bool(a) and (a == b or _contains(a, b) or _contains(b, a))


def _between_tokens(text: str) -> list[str]:
    return _BETWEEN_TOKEN.findall(text.casefold())


def _role_names(role: str | None, cand: Candidate) -> bool:
    """'BVX-Präsident', 'Präsident des Beispielverbands': the person's role already names the organisation."""
    if not role:
        return False
    words = {_stem(w) for w in re.findall(r"[\wÄÖÜäöüß]+", role)}
    if cand.acronym and re.search(rf"(?<![\w]){re.escape(cand.acronym)}(?![a-z])", role):
        return True
    distinctive = [k for k in cand.key if _head_kind(k) is None and len(k) >= 4]
    return bool(distinctive) and all(k in words for k in distinctive)


def _email_match(domain: str, cand: Candidate) -> bool:
    labels = domain.casefold().split(".")[:-1]
    words = [k for k in cand.key if len(k) >= 4 and _head_kind(k) is None]
    return any(cand.acronym and label == cand.acronym.casefold() or any(w in label for w in words) for label in labels)


def pair_features(doc, units: list[Unit], mention, cand: Candidate, cands: list[Candidate],
                  distances: dict[int, "Nearest"]) -> dict[str, float]:
    """The features of one (person, candidate) pair; `distances` holds where every candidate of the document
    stands nearest to the person (`_distance`), for this one's and for its rank among them."""
    f: dict[str, float] = {"bias": 1.0}
    best = distances[id(cand)]
    same_sentence = best.level == 0
    f["same_sentence"] = float(same_sentence)
    f["same_block"] = float(best.level == 1)
    f["next_sentence"] = float(best.level == 1 and best.sentences <= 1)
    f["elsewhere"] = float(best.level == 2)
    ranks = sorted(distances.values())
    rank = ranks.index(best)
    f["nearest"] = float(rank == 0 and best.level < 3)
    f["second"] = float(rank == 1 and best.level < 3)
    f["tie_nearest"] = float(rank == 0 and ranks.count(best) > 1)
    if same_sentence:  # the words between the person and the candidate
        d = best.tokens
        f["dist<=2" if d <= 2 else "dist<=6" if d <= 6 else "dist<=15" if d <= 15 else "dist>15"] = 1.0
        governed = _GOVERNED_AFTER.match(best.between) if best.after else _GOVERNED_BEFORE.match(best.between)
        f["governed"] = float(bool(governed))
        f["after" if best.after else "before"] = 1.0
        f["other_between"] = float(best.other_between)
        f["other_nearer"] = float(best.other_nearer)
        content = [w for w in re.findall(r"[a-zäöüß]+", best.between) if w not in _FUNCTION]
        f["between_words:" + ("0" if not content else "1" if len(content) == 1 else "2-3" if len(content) <= 3
                              else "4+")] = 1.0
        f["quote_between"] = float(bool(re.search(r"[„“”\"»«]", best.between)))
        for token in set(_between_tokens(best.between)[:12]):
            f[("ba:" if best.after else "bb:") + token] = 1.0
    f["role_names"] = float(_role_names(mention.role, cand))
    # how the document names it
    n = len(cand.occurrences)
    f["count"] = math.log1p(n)
    counts = sorted((len(c.occurrences) for c in cands), reverse=True)
    f["most_frequent"] = float(n > 0 and n == counts[0] and (len(counts) == 1 or counts[1] < n))
    f["in_title"] = float(any(units[o.unit].kind == "title" for o in cand.occurrences))
    first_block = min((u.index for u in units if u.index >= 0), default=0)
    f["in_first_block"] = float(any(units[o.unit].index == first_block for o in cand.occurrences))
    f["in_heading"] = float(any(units[o.unit].kind == "heading" for o in cand.occurrences))
    f["in_contact"] = float(any(units[o.unit].kind == "contact" for o in cand.occurrences))
    for source in ("head", "legal", "acronym", "defined", "publisher", "acronym_only"):
        f["src:" + source] = float(source in cand.sources)
    f["publisher_release"] = float("publisher" in cand.sources and doc.meta.kind == "press_release")
    f["head:" + (cand.head or "none")] = 1.0
    f["words:" + str(min(len(cand.key), 4))] = 1.0
    # the person's own words: an answer or a quotation that names it ('wir als BVX')
    own_units = {u for u, unit in enumerate(units) if mention.name in unit.speakers}
    f["own_answer"] = float(any(o.unit in own_units for o in cand.occurrences))
    quotes = [q.text for q in doc.quotes if mention.name in q.speakers]
    forms = {o.form for o in cand.occurrences}
    f["own_quote"] = float(any(form in q for q in quotes for form in forms))
    f["own_we"] = float(any(_OWN.search(units[o.unit].text[max(0, o.start - 25):o.start])
                            for o in cand.occurrences if o.unit in own_units or any(o.form in q for q in quotes)))
    f["other_has_it"] = float(any(m.name != mention.name and m.affiliation and _same_organisation(
        name_key(m.affiliation), cand.key) for m in doc.people))
    emails = [mention.email] if mention.email else []
    f["email_person"] = float(any(_email_match(e.split("@")[-1], cand) for e in emails))
    doc_emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", "\n".join(u.text for u in units))
    f["email_doc"] = float(any(_email_match(d, cand) for d in doc_emails))
    # the person: what kind of source, how many organisations compete
    for token in set(re.findall(r"[a-zäöüß]+", (mention.role or "").casefold())):
        f["r:" + token] = 1.0  # what the person is: some roles speak for an organisation, others for themselves
    f["p:political"] = float(bool(mention.role and _POLITICAL.search(mention.role)))
    f["p:quoted"] = float(mention.category == "quoted")
    f["p:role"] = float(bool(mention.role))
    f["p:title"] = float(bool(mention.title))
    f["p:unit"] = float(bool(mention.unit))
    f["p:single_candidate"] = float(len(cands) == 1)
    f["p:many_candidates"] = float(len(cands) > 4)
    f["kind:" + (doc.meta.kind or "none")] = 1.0
    f["lang:" + (doc.meta.language or "none")] = 1.0
    return f


class Nearest(NamedTuple):
    """Where a candidate stands nearest to a person (the smallest tuple wins)."""

    level: int  # 0 the same sentence, 1 the same block, 2 elsewhere in the text, 3 not in the text (the publisher)
    sentences: int  # sentences apart, in the same block
    tokens: int  # words apart, in the same sentence
    between: str = ""  # the text between them, in the same sentence
    after: bool = False  # the candidate comes after the person
    other_between: bool = False  # another person is named between them
    other_nearer: bool = False  # another person of the sentence stands nearer to the candidate


FAR = Nearest(3, 99, 99)


def _distance(units: list[Unit], cand: Candidate, spots, others) -> Nearest:
    best = FAR
    for o in cand.occurrences:
        unit = units[o.unit]
        for u, start, end in spots:
            if u != o.unit:
                best = min(best, Nearest(2, 99, 99))
                continue
            s_person, s_cand = unit.sentence_of(start), unit.sentence_of(o.start)
            if s_person != s_cand:
                best = min(best, Nearest(1, abs(s_person - s_cand), 99))
                continue
            after = o.start >= end
            lo, hi = (end, o.start) if after else (o.end, start)
            between = unit.text[lo:hi] if lo <= hi else ""
            gap = len(between.split())
            in_sentence = [(os_, oe) for ou, os_, oe in others if ou == u and unit.sentence_of(os_) == s_person]
            other_between = any(lo <= os_ < hi for os_, _ in in_sentence)
            other_nearer = any(len(unit.text[min(oe, o.start):max(os_, o.end)].split()) < gap
                               for os_, oe in in_sentence)
            best = min(best, Nearest(0, 0, gap, between, after, other_between, other_nearer))
    return best


# --- model ------------------------------------------------------------------------------------------------------

def load_model(path: Path = MODEL_PATH) -> dict:
    """The weights, intercept and threshold `scripts/affiliation_fallback.py --train` wrote."""
    return linear_model.load_model(path)


def scored_candidates(doc, mention, units: list[Unit], cands: list[Candidate], model: dict | None = None,
                      ) -> list[tuple[float, Candidate, dict[str, float]]]:
    """Every candidate for one person, with its probability and features, best first."""
    spots = person_spots(mention, units)
    others = [s for m in doc.people if m.name != mention.name for s in person_spots(m, units)]
    distances = {id(c): _distance(units, c, spots, others) for c in cands}
    rows = []
    for cand in cands:
        f = pair_features(doc, units, mention, cand, cands, distances)
        rows.append((probability(f, model) if model else 0.0, cand, f))
    rows.sort(key=lambda r: (-r[0], r[1].label))
    return rows


def needs_affiliation(mention) -> bool:
    """An indexed person (expert or quoted) the extraction left without an organisation."""
    return mention.category in INDEXED and not mention.affiliation


def fill_affiliations(doc, model: dict | None = None):
    """Give every indexed person without an organisation the document's credible candidate, if any."""
    people = [m for m in doc.people if needs_affiliation(m)]
    if not people:
        return doc
    model = model or load_model()
    units = text_units(doc)
    cands = organisation_candidates(doc, units)
    if not cands:
        return doc
    chosen = best_of_each(people, lambda mention: scored_candidates(doc, mention, units, cands, model),
                          model["threshold"])
    for mention, cand in zip(people, chosen):
        if cand is not None:
            mention.affiliation = cand.label
    return doc
