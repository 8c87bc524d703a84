"""Role fallback: a role for an indexed person the people extraction left without one.

The extraction reads a person's role from a tight apposition or the title before the name (`extract.people`).
Where those say nothing, the role is often still in the text: a person noun in the sentence around the name
('… sagt die Tierärztin', 'X, who works as an exploration geologist'), in the person's own words ('ich bin
Imkerin', 'as a geologist I …'), or before the name in a form the grammar does not parse. This step, built like
the affiliation fallback (`extract.affiliations`, whose text units, sentences and person spots it reuses):

1. collects role candidates near the person's mentions (`role_candidates`): a person noun by the people lexicon
   (role words, person nouns, trade compounds) or by a general shape (German '-loge', '-meisterin', '-ist';
   English '-ist', '-ian', '-er'), with the adjectives before it and a short complement ('für X', 'of the Y');
2. describes each (person, candidate) pair by general features (`candidate_features`): where it stands (the same
   sentence, directly before the name, in apposition after it, after a copula, in a first-person sentence of the
   person), the head noun's class in the lexicon, the words between (only those found in many sets);
3. scores them with a logistic model (`role_model.json`, trained by `scripts/role_fallback.py` on the tuned sets)
   and takes the best when its probability reaches the model's threshold; otherwise the role stays empty.

Only standard Python and the model file. The step only fills an empty role of an indexed person (expert or quoted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing.extract import linear_model
from briefing.extract import people_lexicon as lex
from briefing.extract.affiliations import INDEXED, Unit, person_spots, text_units
from briefing.extract.linear_model import best_of_each, probability

MODEL_PATH = Path(__file__).with_name("role_model.json")
WINDOW = 2  # sentences either side of a mention where candidates are looked for

_WORD = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ][\wÄÖÜäöüß'’-]*")
# General shapes of person nouns the lexicon may not list: German agent nouns ('Vulkanologin', 'Bäckermeister',
# 'Tätowiererin', 'Pianist'), English ones in lower case ('herpetologist', 'librarian', 'violin maker').
_DE_SHAPE = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:loge|login|meister|meisterin|leiter|leiterin|ist|istin|eur|eurin|"
                       r"ent|entin|ant|antin|erin|ler|ner|ker|ger|ter|der|rer|ber|ser|zer|mer|ger)")
_EN_SHAPE = re.compile(r"[a-z]{3,}(?:ist|ian|maker|builder|keeper|grower|breeder|trainer|writer|player|owner|"
                       r"officer|worker|tor|sor|ter|ner|ger|ler|ker|der|rer|ber|ver|per)")
# Common words of those shapes that are no person ('Computer', 'Muster', 'whether', 'monitor', 'pistol').
_NOT_PERSON = {
    "other", "another", "together", "whether", "rather", "either", "neither", "further", "never", "however", "under",
    "after", "water", "number", "order", "paper", "power", "later", "over", "center", "computer", "weather", "river",
    "summer", "winter", "cancer", "matter", "letter", "chapter", "layer", "border", "corner", "cluster", "filter",
    "answer", "better", "bigger", "larger", "smaller", "higher", "lower", "faster", "greater", "longer", "stronger",
    "older", "younger", "earlier", "easier", "harder", "deeper", "wider", "closer", "fewer", "sooner", "quarter",
    "monitor", "factor", "sector", "error", "floor", "door", "motor", "indoor", "outdoor", "minor", "major", "behavior",
    "humor", "color", "colour", "vector", "reactor", "tractor", "mirror", "editor", "super", "per", "upper", "inner",
    "outer", "member", "number", "master", "mister", "sister", "brother", "mother", "father", "daughter", "partner",
    "consumer", "customer", "user", "people", "offer", "wonder", "remember", "november", "december", "october",
    "september", "shelter", "timber", "rubber", "silver", "copper", "danger", "hunger", "finger", "ginger", "tiger",
    "wander", "thunder", "powder", "ladder", "folder", "shoulder", "sender", "gender", "tender", "wonder", "render",
    "binder", "cylinder", "calendar", "otter", "litter", "butter", "twitter", "matter", "scatter", "chatter",
    "twister", "disaster", "poster", "roster", "register", "semester", "trimester", "meter", "liter", "center",
    "theater", "theatre", "perimeter", "parameter", "daughter", "laughter", "slaughter", "encounter", "counter",
    "platter", "shutter", "gutter", "corridor", "vendor", "doctor", "sponsor", "mentor", "tutor",
    "muster", "computer", "theater", "zentimeter", "kilometer", "meter", "liter", "wasser", "messer", "fenster",
    "winter", "sommer", "zimmer", "immer", "nummer", "summer", "hammer", "jammer", "kammer", "klammer", "nummer",
    "keller", "teller", "zucker", "becker", "acker", "finger", "hunger", "anger", "lager", "tiger", "ringer",
    "feder", "leder", "ruder", "bruder", "ufer", "silber", "kalender", "wetter", "vetter", "futter", "mutter",
    "butter", "gitter", "splitter", "liter", "ganz", "kreuzer", "moment", "element", "argument", "dokument",
    "instrument", "experiment", "segment", "fundament", "parlament", "prozent", "talent", "patent", "konsument",
    "restaurant", "diamant", "elefant", "variante", "variant", "ursprung", "tourist", "christ",
}
_MODIFIER_DE = re.compile(r"[a-zäöüß]{3,}(?:e|er|es|en|em)$|[A-ZÄÖÜ][a-zäöüß]+-$")  # 'niedersächsischer', 'Bio-'
_COMPLEMENT = re.compile(r"^\s+(?:für|for|of|des|der|of the|for the)(?=\s)")
_COPULA = re.compile(r"\b(?:ist|is|war|was|als|as|wurde|became|works as|arbeitet als|bin|am|i'm|sind|are)\s+"
                     r"(?:(?:a|an|the|ein|eine|einer|der|die|das|seit|since|\w+)\s+){0,3}$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:ich bin|ich war|ich arbeite als|als \w*|i am|i'm|i was|i work as|as an?)\s+"
                           r"(?:\w+\s+){0,3}$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einer|einen|a|an|the|unser\w*|our)\s+"
                             r"(?:[\w-]+\s+){0,2}$", re.I)
_BETWEEN = re.compile(r"[a-zäöüß]+|[,;:()\-–]")


@dataclass
class RoleCandidate:
    text: str  # as the role would be shown
    head: str  # the person noun
    unit: int
    start: int
    end: int


def head_class(word: str) -> str:
    """What the lexicon says the noun is: a scholarly role, a profession, an executive or political office, a lay
    role, a journalist, some person noun, a trade compound, or only a person noun's shape."""
    low = word.casefold()

    def has(stems) -> bool:
        return any(s in low for s in stems if " " not in s)

    if has(lex.JOURNALIST_STEMS):
        return "journalist"
    if has(lex.POLITICAL_ROLE_STEMS):
        return "political"
    if has(lex.SCHOLARLY_ROLE_STEMS):
        return "scholarly"
    if has(lex.PROFESSION_STEMS):
        return "profession"
    if has(lex.EXECUTIVE_ROLE_STEMS):
        return "executive"
    if has(lex.LAY_ROLE_STEMS):
        return "lay"
    if has(lex.RESEARCH_ROLE_STEMS) or has(lex.COACH_STEMS) or has(lex.NEUTRAL_ROLE_STEMS):
        return "role"
    if lex.is_trade_compound(word):
        return "trade"
    if lex.is_person_noun(word):
        return "person"
    return "shape"


def _is_head(word: str, language: str | None) -> bool:
    """A word that names a person: the lexicon's role and person nouns, a trade compound, or a person noun's shape
    (the German shapes in a German text, the English ones in an English text: 'seiner' is no English agent noun)."""
    low = word.casefold()
    if len(low) < 4 or low in _NOT_PERSON or low.endswith(("innen",)) or low in lex.SURNAME_NOUNS:
        return False
    if word.isupper():
        return False
    if lex.is_person_noun(word) or lex.is_trade_compound(word):
        return True
    shape = _DE_SHAPE if language == "de" else _EN_SHAPE if language == "en" else None
    return bool(shape and shape.fullmatch(word))


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """The role phrase around a head noun: adjectives and compound parts before it ('exploration geologist',
    'niedersächsischer Ministerpräsident'), a short complement after it ('Professor für X', 'head of the Y')."""
    words = list(_WORD.finditer(text[max(0, start - 60):start]))
    offset = max(0, start - 60)
    lo = start
    for m in reversed(words[-2:]):
        gap = text[offset + m.end():lo]
        if gap.strip():
            break
        w = m.group()
        if _MODIFIER_DE.fullmatch(w) or (w.islower() and w.casefold() not in lex.FUNCTION_WORDS
                                        and w.casefold() not in _STOP_MODIFIERS and text[start].islower()):
            lo = offset + m.start()
        else:
            break
    hi = end + _complement_length(text[end:end + 80])
    return lo, hi


def _complement_length(rest: str) -> int:
    """How much of the text after a head noun is its complement: 'für' / 'des' / 'der' / 'of' / 'for' with the noun
    phrase that follows ('für Hydromechanik', 'des Deutschen Beispielverbands', 'of the Example Society'), ending
    on a noun. Places and times ('in Beispielstadt', 'seit 2009', 'in ihren Jahren beim …') are not the role: the
    evaluation compares roles by containment, and a role longer than the gold's stops matching."""
    m = _COMPLEMENT.match(rest)
    if not m:
        return 0
    end = cursor = m.end()
    english = m.group().split()[0].casefold() in ("of", "for")
    for _ in range(4):
        word = re.match(r"\s+([^\s,.;:!?()\"„“”»«]+)", rest[cursor:])
        if not word:
            break
        token, after = word.group(1), rest[cursor + word.end():]
        if token[:1].isupper() or (english and token.isascii() and token.isalpha() and token.islower() and len(token) > 3
                                   and token not in lex.FUNCTION_WORDS and token not in _STOP_MODIFIERS):
            end = cursor + word.end()  # a noun of the phrase ('Hydromechanik', 'BVX', 'biology')
        elif not re.fullmatch(r"[a-zäöüß]{3,}(?:e|en|er|es|em)|the|die|den|das", token) \
                or not re.match(r"\s+[A-ZÄÖÜ]", after):
            break  # only an article or an adjective before a noun ('für experimentelle Physik') continues
        cursor += word.end()
    return 0 if end == m.end() else end


def base_form(word: str) -> str:
    """A weak noun's singular ('Präsidenten' → 'Präsident', 'Ägyptologen' → 'Ägyptologe'): the role as the gold
    writes it, not in the case the sentence gives it."""
    low = word.casefold()
    if low.endswith("ologen"):
        return word[:-1]
    for ending in lex.WEAK_NOUN_ENDINGS:
        if low.endswith(ending + "en"):
            return word[:-1] if ending.endswith("e") or ending.endswith("olog") else word[:-2]
    return word


_STOP_MODIFIERS = {"said", "says", "told", "according", "is", "was", "are", "were", "be", "been", "has", "have", "had",
                   "not", "also", "very", "more", "most", "many", "some", "such", "only", "just", "who", "which", "that",
                   "ist", "sind", "war", "auch", "nicht", "sehr", "nur", "noch", "schon", "sagt", "erklärt", "wie",
                   "als", "as", "like", "first", "local", "other", "another", "each", "every", "both", "two", "three"}


def role_candidates(units: list[Unit], spots, taken, own_units=(), language: str | None = None,
                    ) -> list[RoleCandidate]:
    """Person nouns within WINDOW sentences of a mention and in the person's own answers, not inside a name."""
    seen: dict[tuple[int, int], RoleCandidate] = {}
    regions = [(u, 0, len(units[u].text)) for u in sorted(own_units)]
    for u, start, _ in spots:
        unit = units[u]
        k = unit.sentence_of(start)
        lo = unit.sentences[max(0, k - WINDOW)][0]
        hi = unit.sentences[min(len(unit.sentences) - 1, k + WINDOW)][1]
        regions.append((u, lo, hi))
    for u, lo, hi in regions:
        text = units[u].text
        for m in _WORD.finditer(text, lo, hi):
            if any(tu == u and ts <= m.start() < te for tu, ts, te in taken):
                continue
            word = m.group().strip("'’-")
            if not _is_head(word, language):
                continue
            start, end = _extend(text, m.start(), m.start() + len(word))
            key = (u, m.start())
            if key not in seen:
                phrase = text[start:m.start()] + base_form(word) + text[m.start() + len(word):end]
                seen[key] = RoleCandidate(re.sub(r"\s+", " ", phrase).strip(), word, u, start, end)
    return list(seen.values())


def _between_tokens(text: str) -> list[str]:
    return _BETWEEN.findall(text.casefold())


def candidate_features(doc, units: list[Unit], mention, cand: RoleCandidate, spots, others, cands,
                       own_units: set[int]) -> dict[str, float]:
    """The features of one (person, candidate) pair, from the mention of the person nearest to the candidate."""
    f: dict[str, float] = {"bias": 1.0}
    unit = units[cand.unit]
    text = unit.text
    near = [(abs(unit.sentence_of(s) - unit.sentence_of(cand.start)), s, e) for u, s, e in spots if u == cand.unit]
    if near:
        gap, s, e = min(near, key=lambda x: (x[0], abs(x[1] - cand.start)))
        after = cand.start >= e
        between = text[e:cand.start] if after else text[cand.end:s]
        f["same_sentence"] = float(gap == 0)
        f["sentences:" + ("0" if gap == 0 else "1" if gap == 1 else "2")] = 1.0
        if gap == 0:
            n = len(between.split())
            f["dist:" + ("0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "7+")] = 1.0
            f["after" if after else "before"] = 1.0
            f["directly_before"] = float(not after and not between.strip(" \t-"))
            f["apposition_after"] = float(after and between.strip().startswith(",") and n <= 4)
            f["bracket_after"] = float(after and between.strip().startswith("(") and n <= 3)
            f["other_between"] = float(any(u == cand.unit and min(s, cand.start) < os_ < max(e, cand.end)
                                           for u, os_, _ in others))
            f["other_nearer"] = float(any(u == cand.unit and unit.sentence_of(os_) == unit.sentence_of(cand.start)
                                          and abs(os_ - cand.start) < abs(s - cand.start) for u, os_, _ in others))
            for token in set(_between_tokens(between)[:10]):
                f[("ba:" if after else "bb:") + token] = 1.0
    else:
        f["own_answer_only"] = 1.0
    lead = text[max(0, cand.start - 40):cand.start]
    f["copula"] = float(bool(_COPULA.search(lead)))
    f["first_person"] = float(bool(_FIRST_PERSON.search(lead)) and (cand.unit in own_units or bool(near)))
    f["own_answer"] = float(cand.unit in own_units)
    f["article_before"] = float(bool(_ARTICLE_BEFORE.search(lead)))
    f["sentence_start"] = float(not lead.strip() or lead.rstrip()[-1:] in ".!?\n")
    f["class:" + head_class(cand.head)] = 1.0
    f["capitalised"] = float(cand.head[:1].isupper())
    f["plural_like"] = float(cand.head.casefold().endswith(("ers", "ists", "ians", "tors")))
    f["phrase_words:" + str(min(len(cand.text.split()), 4))] = 1.0
    f["complement"] = float(bool(re.search(r"\s(?:für|for|of|des|der)\s", cand.text)))
    same_head = [c for c in cands if c.head.casefold() == cand.head.casefold()]
    f["repeated"] = float(len(same_head) > 1)
    f["in_heading"] = float(unit.kind in ("heading", "title"))
    f["p:affiliation"] = float(bool(mention.affiliation))
    f["p:quoted"] = float(mention.category == "quoted")
    f["p:title"] = float(bool(mention.title))
    f["many_candidates"] = float(len(cands) > 6)
    f["lang:" + (doc.meta.language or "none")] = 1.0
    f["kind:" + (doc.meta.kind or "none")] = 1.0
    return f


def load_model(path: Path = MODEL_PATH) -> dict:
    """The weights, intercept and threshold `scripts/role_fallback.py --train` wrote."""
    return linear_model.load_model(path)


def scored_candidates(doc, mention, units: list[Unit], model: dict | None = None):
    """Every role candidate for one person, with its probability and features, best first."""
    spots = person_spots(mention, units)
    others = [s for m in doc.people if m.name != mention.name for s in person_spots(m, units)]
    own_units = {u for u, unit in enumerate(units) if mention.name in unit.speakers}
    cands = role_candidates(units, spots, spots + others, own_units, doc.meta.language)
    rows = []
    for cand in cands:
        f = candidate_features(doc, units, mention, cand, spots, others, cands, own_units)
        rows.append((probability(f, model) if model else 0.0, cand, f))
    rows.sort(key=lambda r: (-r[0], r[1].unit, r[1].start))
    return rows


def needs_role(mention) -> bool:
    """An indexed person (expert or quoted) the extraction left without a role."""
    return mention.category in INDEXED and not mention.role


def fill_roles(doc, model: dict | None = None):
    """Give every indexed person without a role the best credible candidate near their mentions, if any."""
    people = [m for m in doc.people if needs_role(m)]
    if not people:
        return doc
    model = model or load_model()
    units = text_units(doc)
    chosen = best_of_each(people, lambda mention: scored_candidates(doc, mention, units, model), model["threshold"])
    for mention, cand in zip(people, chosen):
        if cand is not None:
            mention.role = cand.text
    return doc
