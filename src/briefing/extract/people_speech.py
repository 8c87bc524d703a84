"""Who says what: answers of interviews and Q&A, direct quotes and indirect speech.

Shared by `extract.people` (a person who speaks is a source, which decides the
category) and `extract.quotes` (which stores the statements).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract.people_lexicon import (
    CAPTION, FUNCTION_WORDS, HONORIFIC, INTRO_VERBS, SPEECH_PHRASES, SPEECH_VERBS, TITLES, is_role_word,
    speech_verb_pattern,
)
from briefing.extract.people_names import GLUED_BEFORE, find_candidates, first_name_gender, gender_fits, has_konjunktiv, name_shaped
from briefing.model import Block, Document, Mention, Quote
from briefing.text import mask_quotations, sentence_spans

# 'sagte er'; a sentence may open with the pronoun ('Er betonte …', 'He said …'); capitalised 'Sie' is also the
# polite 'you' of an interview and stays out
_PRONOUN = re.compile(r"\b(er|sie|he|she)\b|^\s*(Er|He|She)\b")
_CLAUSE_SPLIT = re.compile(r",\s+(?=(?:während|wobei|aber|doch|obwohl|auch\s+wenn|wenngleich|whereas|while|but|"
                           r"even\s+(?:if|though))\b)|;\s+|\s+–\s+")
MIN_DIRECT_WORDS = 3
SHORT_QUOTE_WORDS = 5  # a quotation shorter than this inside reported speech is a phrase, not the statement


def split_label(label: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s*(?:,|\bund\b|\band\b|&|/|\+)\s*", label) if p.strip()]


def resolve_name(part: str, people: list[Mention]) -> str | None:
    """'Muster', 'Herrn Muster', 'Dr. Anna Beispiel' → the full name of a person of this document."""
    part = re.sub(rf"^(?:{HONORIFIC}\s+|{TITLES})", "", part.strip(" :,")).strip()
    for person in people:
        if part == person.name:
            return person.name
    matches = [p.name for p in people if part in p.labels or part.casefold() == p.name.split()[-1].casefold()]
    return matches[0] if len(matches) == 1 else None


def resolve_label(label: str, people: list[Mention]) -> list[str]:
    """'Muster und Beispiel' → both full names; empty unless every part resolves."""
    names = []
    for part in split_label(label):
        name = resolve_name(part, people)
        if name is None:
            return []
        if name not in names:
            names.append(name)
    return names


def _name_pattern(person: Mention) -> re.Pattern:
    variants = sorted({person.name, *person.labels}, key=len, reverse=True)
    alternatives = "|".join(re.escape(v) for v in variants)
    # (a scraper may glue the name to the word before it: 'regelmäßigAnna Muster', 'AddedMuster')
    return re.compile(rf"(?:(?:{TITLES})|{HONORIFIC}\s+)?(?:(?<![\w-])|{GLUED_BEFORE})(?:{alternatives})(?![\w-])")


def find_mentions(text: str, people: list[Mention]) -> list[tuple[int, int, str]]:
    hits = []
    for person in people:
        for m in _name_pattern(person).finditer(text):
            hits.append((m.start(), m.end(), person.name))
    hits.sort()
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            if hit[1] - hit[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def _has_speech(clause: str) -> bool:
    words = {w.casefold() for w in re.findall(r"[\wäöüß]+", clause)}
    if words & (SPEECH_VERBS - {"so", "laut", "zufolge", "according"}):
        return True
    if re.search(r"(?:^|[,(]\s*|[_“»\"]\s*,?\s*)so\s+[A-ZÄÖÜ]", clause) or re.search(r"\b[Ll]aut\s+", clause):
        return True
    # "…, so der Projektleiter, X": "so" with a role reference
    # (an adjective or two may stand before the role word: 'so die Wiener Kinderärztin X')
    for m in re.finditer(r"(?:^|[,(]\s*|[_“»\"]\s*,?\s*)so\s+(?:der|die)\s+((?:[\wäöüß-]+\s+){0,2}[\wäöüß-]+)",
                         clause):
        if any(_role_word(w) for w in m.group(1).split()):
            return True
    return bool(SPEECH_PHRASES.search(clause)) or bool(re.search(r":\s*_", clause))


def _role_word(word: str) -> bool:
    return word[:1].isupper() and is_role_word(word)


# Verbs that report speech only with the person as their subject ("X, professor of AI, called it a 'normal step'";
# not "a start-up called Acme, founded by X").
# Appeals and announcements too: 'X, chief health officer, urged people to …', 'Governor X on Friday announced …'
# (not 'the company urged X to resign', 'announced the appointment of X').
# A person who 'reported' something spoke ('X, flight coordinator, reported pilots had …'; not 'the Daily Mirror
# reported', whose name is no person's).
WEAK_SPEECH_VERBS = {"called", "calls", "nannte", "nennt", "urged", "urges", "appealed", "announced", "announces",
                     "reported"}


_WEAK_AFTER_NAME = re.compile(rf"\s*(?:,[^,.;:!?_]{{1,100}},)?\s*(?:(?:[a-zäöüß]+|on\s+[A-Z][a-z]+day)\s+){{0,2}}?"
                              rf"(?P<verb>{'|'.join(sorted(WEAK_SPEECH_VERBS))})\b")


def _subject_speaks(clause: str, offset: int, in_clause: list[tuple[int, int, str]]) -> bool:
    """One person, then (after an apposition between commas and an adverb or two) a weak speech verb:
    the person is its subject. Others named only in the 'that'/'dass' clause after the verb are what is said
    ('X, director of Y, announced that Z will dance the title role')."""
    names = {m[2] for m in in_clause}
    for _start, end, name in in_clause:
        m = _WEAK_AFTER_NAME.match(clause, end - offset)
        if m and (len(names) == 1 or (_THAT.match(clause, m.end() + 1) and all(
                o[0] - offset > m.end() for o in in_clause if o[2] != name))):
            return True
    return False


_SOURCE_CUES = {"laut", "zufolge", "according"}
_THAT = re.compile(r"\b(?:dass|daß|that)\s")


def _in_reported_clause(clause: str, offset: int, mention: tuple[int, int, str]) -> bool:
    """The name stands in a 'dass'/'that' clause opened right after a speech verb ('sagte, dass X …', 'added
    that X …'; an adverb or two may stand between)."""
    before = clause[:mention[0] - offset]
    for m in reversed(list(_THAT.finditer(before))):
        lead = before[max(0, m.start() - 40):m.start()]
        return _has_speech(lead) or bool(re.search(rf"\b(?:{'|'.join(WEAK_SPEECH_VERBS)})\s*,?\s*$", lead))
    return False


def _source_cue_fits(clause: str, offset: int, mention: tuple[int, int, str]) -> bool:
    """When the clause's only speech cue is 'laut X', 'according to X' or 'X zufolge', the person must be that
    source: no more than an article and a role word or two between the cue and the name."""
    words = {w.casefold() for w in re.findall(r"[\wäöüß]+", clause)}
    if not words & _SOURCE_CUES or words & (SPEECH_VERBS - _SOURCE_CUES - {"so"}) \
            or _subject_speaks(clause, offset, [mention]) or re.search(r"(?:^|[,(]\s*|[_“»\"]\s*,?\s*)so\s+", clause) \
            or re.search(r":\s*_", clause) or (SPEECH_PHRASES.search(clause) and not re.search(
                r"according to|zufolge", SPEECH_PHRASES.search(clause).group(), re.I)):
        return True
    start, end = mention[0] - offset, mention[1] - offset
    before = clause[:start]
    # ('according to BBB’s X': an organisation's possessive among the words between)
    if re.search(r"\b(?:[Ll]aut|[Aa]ccording\s+to)\s+(?:[\wäöüß'’-]+\s+){0,3}$", before):
        return True
    return bool(re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*zufolge\b", clause[end:]))


# A speech verb and the subject next to it: "forderte Verbands-Expertin X", "so X", "X betonte", "laut X".
_VERB_THEN_NAME = r"(?:[\w-]+\s+){0,4}?"  # article, role words, adjectives between verb and name


# (an adverb may follow the apposition: 'X, chair of Y, also stressed …', not a conjunction: ', und Z sagte')
_APPOSITION = re.compile(r"\s*,[^,.;:!?_()]{2,120},\s*(?:(?!(?:und|and|or|oder|sowie|but|aber)\s)[a-zäöüß]+\s+)?")


# 'assured Stein that …', 'praised Reece for …': an English name right after the verb and before 'that'/'for' is the
# person spoken to or about, not the speaker ('said Stein.' and 'said Stein, who …' stay the speaker)
_ADDRESSEE_AFTER = re.compile(r"\s+(?:that|for)\b")


def _next_to_verb(clause: str, offset: int, in_clause: list[tuple[int, int, str]]) -> str | None:
    """The person right after or right before a speech verb of the clause, when exactly one is."""
    if len(in_clause) < 2:
        return None
    verbs = [m for m in re.finditer(r"[\wäöüß]+", clause)
             if m.group().casefold() in SPEECH_VERBS and (m.group().casefold() != "so" or m.group() == "so")]
    # a speech phrase is a verb too ('X verwies auf … und zitierte Y': X, right before it, is its subject)
    verbs += list(SPEECH_PHRASES.finditer(clause))
    close = set()
    for verb in verbs:
        for start, end, name in in_clause:
            s, e = start - offset, end - offset
            between_after = clause[verb.end():s]
            between_before = clause[e:verb.start()]
            # 'X, chief officer of Y Z, said': the name before its apposition between commas is the subject,
            # whatever the apposition names (an organisation read as a name, a colleague)
            if e <= verb.start() and _APPOSITION.fullmatch(between_before) \
                    and not any(o[0] - offset < s for o in in_clause if o[2] != name):
                close.add(name)
                continue
            # the name nearest the verb on each side: another person in between is not skipped
            if any(verb.end() <= o[0] - offset < s or e <= o[0] - offset < verb.start() for o in in_clause
                   if o[2] != name):
                continue
            if s >= verb.end() and re.fullmatch(rf"[\s,]*{_VERB_THEN_NAME}", between_after) \
                    and not re.search(r"[.;:_]", between_after) and not _ADDRESSEE_AFTER.match(clause, e):
                close.add(name)
            elif e <= verb.start() and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:hat\s+|has\s+|had\s+)?", between_before):
                close.add(name)
    return close.pop() if len(close) == 1 else None


def _joint_speakers(clause: str, offset: int, in_clause: list[tuple[int, int, str]]) -> list[str]:
    """'sagen Peter Muster und Anna Beispiel', 'Anna Roth and Ben Lee said': two people joined by 'und'/'and' right
    next to a plural or past speech verb, and nobody else in the clause, speak together."""
    if len(in_clause) != 2 or in_clause[0][2] == in_clause[1][2]:
        return []
    (s1, e1, n1), (s2, e2, n2) = in_clause
    if not re.fullmatch(r"\s*(?:und|and|sowie|&)\s*(?:(?:Professor(?:in)?|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)*", clause[e1 - offset:s2 - offset]):
        return []
    before, after = clause[:s1 - offset], clause[e2 - offset:]
    plural = r"sagen|sagten|erklären|erklärten|betonen|betonten|meinen|meinten|said|say|explained|explain|noted|note|argue|argued"
    if re.search(rf"\b(?:{plural})\s+$", before) and re.match(r"\s*(?:[,.;:!?(]|$|(?:vom|von|der|des|beide|of|from|at|both)\b)", after):
        return [n1, n2]
    if re.match(rf"\s*(?:{plural})\b", after):
        return [n1, n2]
    return []


# Between two people of one subject: an apposition between commas, then a list comma or a conjunction and a few
# words that introduce the next ('…, Leiter der Stelle, sein Stellvertreter X und Geschäftsführerin Y haben …')
# (the words: capitalised role and organisation words, articles, possessives and prepositions – no verb)
_NEXT_IN_SUBJECT = re.compile(r"\s*(?:,[^,.;:!?_()]{2,120},)?\s*(?:(?:und|and|sowie|&)\s+)?"
                              r"(?:(?:[A-ZÄÖÜ][\w.-]*|sein\w*|ihr\w*|his|her|their|der|die|des|dem|den|the|of|von|vom|"
                              r"für|for|at|beim|stellvertretend\w*|deputy|new|neue\w*),?\s+){0,6}")
_AND = re.compile(r"\b(?:und|and|sowie)\b|&")
# After the last of them: its apposition (or the comma closing one around the name), then a finite plural verb ('haben', 'betonten', 'sind'; English 'said')
_PLURAL_VERB_AFTER = re.compile(r"\s*(?:,[^,.;:!?_()]{2,120},|,)?\s*(?P<verb>[a-zäöüß]+(?:en|ten|ern|eln)|sind|waren|"
                                r"have|had|said|say|told|explained|agreed|stressed|noted)\b")
_APPOSITION_FIRST = re.compile(r"^\s*,[^,.;:!?_()]{2,120},")


def _coordinated_subject(clause: str, offset: int, in_clause: list[tuple[int, int, str]]) -> list[str]:
    """'A, Leiter der Stelle, sein Stellvertreter B und Geschäftsführer C haben … berichtet': people listed as the
    clause's subject before a plural verb whose predicate reports speech all speak; the list must open the clause
    and hold nothing but the people, their appositions, role words and a conjunction before the last (three people
    or more, or two with an apposition)."""
    runs: list[tuple[int, int, str]] = []  # 'Dr. Jo (Jojo) Muster': the name and its surname found again, one run
    for m in in_clause:
        if runs and runs[-1][2] == m[2]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], m[1]), m[2])
        else:
            runs.append(m)
    people = list(dict.fromkeys(m[2] for m in runs))
    if len(people) < 2 or len(people) != len(runs):
        return []
    spans = [(s - offset, e - offset) for s, e, _ in runs]
    if not re.fullmatch(r"\s*(?:(?:der|die|the)\s+)?(?:\(?[A-ZÄÖÜ][\w.-]*\)?\s+){0,4}", clause[:spans[0][0]]):
        return []
    gaps = [clause[spans[i][1]:spans[i + 1][0]] for i in range(len(spans) - 1)]
    if len(people) == 2 and "," not in gaps[0]:
        return []  # two names joined by 'und' alone: _joint_speakers, which wants the speech verb right after them
    last_gap = _APPOSITION_FIRST.sub("", gaps[-1], count=1)  # the conjunction, not a word inside an apposition
    if not all(_NEXT_IN_SUBJECT.fullmatch(g) for g in gaps) or not _AND.search(last_gap):
        return []
    verb = _PLURAL_VERB_AFTER.match(clause, spans[-1][1])
    # the speech belongs to their predicate, before its next comma ('X und Y hörten zu, als der Redner sagte' is not)
    return people if verb and _has_speech(clause[verb.start("verb"):].split(",", 1)[0]) else []


# '„…“, fasst Rektor Prof. X die Lage zusammen', '„…“, freut sich X': in German a quotation, a comma, then
# any finite verb with the person as its subject attributes the quotation (the verb need not be one of speech).
# Between verb and name only a reflexive pronoun, an article, titles and capitalised role words.
_INVERTED = re.compile(rf"_\s*,\s*(?P<verb>[a-zäöüß]+)\s+(?:(?:sich|der|die|the|(?:{TITLES})|"
                       rf"[A-ZÄÖÜ][\w-]*)\s+){{0,3}}$"
                       # '„…“, beschreibt der Geschäftsführer des Verbands X': the role with its organisation
                       rf"|_\s*,\s*(?P<verb2>[a-zäöüß]+)\s+(?:der|die|the)\s+[A-ZÄÖÜ][\w-]*\s+(?:des|der|of\s+the|of)\s+"
                       rf"(?:[A-ZÄÖÜ][\w-]*\s+){{1,3}}$")


_SUBJECT_AND = re.compile(rf"\b(?:{speech_verb_pattern('so', 'laut', 'zufolge', 'according')})\s+"
                          r"(?:(?P<pronoun>er|sie|he|she|they)|(?:der|die|the)\s+(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+))\s+"
                          r"(?:und|and|sowie|while|während|but|aber)\s+(?:[\w-]+\s+){0,3}?$", re.I)


def _after_subject_and(clause: str, offset: int, mention: tuple[int, int, str],
                       in_clause: list[tuple[int, int, str]]) -> bool:
    """'sagte sie und X', 'said the mayor and X': between the speech verb and the name stand the verb's own subject
    (a pronoun, or an article and a role word) and a conjunction; nobody else the text names stands there."""
    m = _SUBJECT_AND.search(clause, 0, mention[0] - offset)
    if not m or (m.group("role") and not is_role_word(m.group("role"))):
        return False
    # 'sagte der Biologe und Muschelspezialist X': two role nouns joined before the name describe one subject
    joined = clause[m.end("role") if m.group("role") else m.end():mention[0] - offset].split()[1:]
    if m.group("role") and joined and _role_word(joined[-1]) \
            and not any(w.casefold() in ("der", "die", "dem", "den", "the", "a", "an", "ein", "eine") for w in joined):
        return False
    return not any(m.start() <= o[0] - offset < mention[0] - offset for o in in_clause if o != mention)


# '„…“, schwärmte der Sprecher des Beispiel-Instituts (BI), Tim Muster': the verb's subject is a role of an
# organisation, and the name follows as its apposition.
_INVERTED_ROLE = re.compile(r"_\s*,\s*(?P<verb>[a-zäöüß]+)\s+(?:der|die|the)\s+(?P<role>[A-ZÄÖÜ][\w-]*|[a-z][\w-]*)\s+"
                            r"(?:des|der|von|vom|beim|of|at)\s+[^,;:_]{2,90},\s*$")


_POSSESSOR = re.compile(r"['’]s\s+(?!(?:a|an|the|been|not|got|going|also|now|still|very|just|never|always|done|had)\b)"
                        r"[a-z]")


def _inverted_speaker(clause: str, offset: int, in_clause: list[tuple[int, int, str]]) -> str | None:
    """The person right after '„…“, VERB' (see _INVERTED, _INVERTED_ROLE)."""
    for start, _end, name in in_clause:
        m = _INVERTED.search(clause, 0, start - offset)
        verb = m and (m.group("verb") or m.group("verb2"))
        if m and verb not in FUNCTION_WORDS and verb not in SPEECH_VERBS:
            return name
        m = _INVERTED_ROLE.search(clause, 0, start - offset)
        if m and m.group("verb") not in FUNCTION_WORDS and is_role_word(m.group("role")) \
                and not any(o[0] < start for o in in_clause if o[2] != name):
            return name
    return None


_ROLE_REFERENCE = re.compile(r"\b(?P<verb>[\wäöüß]+)\s+(?P<art>der|die|das|the)\s+(?:[\wäöüß-]+\s+){0,2}?(?P<role>[\wäöüß-]+)")


def _role_reference(clause: str, tracker: "_Tracker") -> str | None:
    """'…“, sagte die Vorsitzende des Rates.' → the person last mentioned (of the article's gender)."""
    for m in _ROLE_REFERENCE.finditer(clause):
        if m.group("verb").casefold() not in SPEECH_VERBS or m.group("verb").casefold() in ("so", "laut"):
            continue
        if not is_role_word(m.group("role")) or not m.group("role")[:1].isupper() and m.group("art") != "the":
            continue
        art = m.group("art").casefold()
        pronoun = {"der": "er", "die": "sie"}.get(art)
        if pronoun is None:
            return tracker.recent[-1] if tracker.recent else None
        return tracker.resolve(pronoun)
    return None


class _Tracker:
    """The most recently mentioned people, for 'sagte er'. People seen together (one sentence's mentions) form a
    batch; a pronoun that fits two people of the latest fitting batch is ambiguous and resolves to nobody."""

    def __init__(self):
        self.recent: list[str] = []
        self.batch: dict[str, int] = {}
        self._batches = 0

    def see(self, names: Iterable[str]):
        self._batches += 1
        for name in names:
            if name in self.recent:
                self.recent.remove(name)
            self.recent.append(name)
            self.batch[name] = self._batches

    def resolve(self, pronoun: str) -> str | None:
        fitting = [name for name in reversed(self.recent) if gender_fits(pronoun.casefold(), name)]
        if not fitting:
            return None
        pronoun = pronoun.casefold()
        if len(fitting) > 1 and self.batch.get(fitting[0]) == self.batch.get(fitting[1]) \
                and _gender_fits_strictly(pronoun, fitting[0]) == _gender_fits_strictly(pronoun, fitting[1]):
            return None
        return fitting[0]


def _gender_fits_strictly(pronoun: str, name: str) -> bool:
    """The first name's gender is known and matches the pronoun (not only 'unknown' or 'either')."""
    gender = first_name_gender(name.split()[0])
    return gender == ("male" if pronoun in ("er", "he") else "female")


def _clauses(masked: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(masked):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(masked)))
    return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;")


# '“…,” said X' typed with a straight closing mark ('“…," said X. "Next …'): the first straight mark after '“' that
# follows a non-space and precedes a space or punctuation closes it (else it would pair with the next opening one)
_MIXED_CLOSE = re.compile(r"“([^“”\"\n]{2,}?)(?<=\S)\"(?=[\s,.;:!?)]|$)")


def close_mixed_quotes(text: str) -> str:
    """The text with a typographic opening mark's straight closing mark made typographic (same length)."""
    return _MIXED_CLOSE.sub(lambda m: f"“{m.group(1)}”", text)


def _in_subject_place(masked: str, mention: tuple[int, int, str]) -> bool:
    """The name stands where a sentence's subject stands: at its opening after nothing but an article, titles and
    role words ('Der Vorsitzende Dr. X …', 'Chair X, …'), or after a reflexive verb of German inversion ('Erfreut
    zeigte sich der Vorsitzende X')."""
    before = masked[:mention[0]]
    return bool(re.match(r"^\s*(?:(?:der|die|the)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,4}$", before)) \
        or bool(re.search(r"\b[a-zäöüß]+\s+sich\s+(?:(?:der|die|the)\s+)?(?:[\w.-]+\s+){0,3}$", before))


# 'Verheiratet, 2 Kinder: „…“': a short lead-in (no verb of its own) before a colon and the quotation
_SHORT_LEAD = re.compile(r"^[^_:]{1,40}:\s*(?=_)")


def _quotation_only(masked: str, spans: list[tuple[int, int, str]]) -> bool:
    """The sentence is one long quotation and its closing punctuation, nothing else but a short lead-in with a
    colon (a profile's 'Verheiratet, 2 Kinder: „…“')."""
    lead = _SHORT_LEAD.match(masked)
    if lead and (len(lead.group().split()) > 4 or _PRONOUN.search(lead.group()) or _has_speech(lead.group())):
        lead = None
    rest = masked[lead.end():] if lead else masked
    return len(spans) == 1 and len(spans[0][2].split()) >= MIN_DIRECT_WORDS \
        and not re.sub(r"[_\s.,;:!?…]", "", rest)


# '„…,“ freute sich X', '“…,” beams X': English and much German typesetting put the comma that ends a quotation
# inside its closing mark; the verb and subject that follow attribute it as after '„…“, freute sich X'
_COMMA_INSIDE_CLOSE = re.compile(r",([“”\"»«])(?=\s+[a-zäöüß])")


def comma_after_quotes(text: str) -> str:
    """The text with a comma inside a closing quotation mark moved after it (same length)."""
    return _COMMA_INSIDE_CLOSE.sub(r"\1,", text)


# German reported speech in the subjunctive ('… brauche es verlässliche Regeln', 'das sei eine Herausforderung'):
# frequent third-person forms of the Konjunktiv I, which the indicative never uses
_SUBJUNCTIVE = re.compile(r"\b(?:sei(?!\s+(?:es|denn)\b)|seien|könne|müsse|solle|wolle|dürfe|habe|werde|gebe|"
                          r"brauche|lasse|liege|stehe|fehle|bleibe|gehe|komme|zeige|wisse)\b")
# (and 'man': 'Man nehme zwei Eier' is a recipe's instruction, no reported speech)
_FIRST_PERSON = re.compile(r"\b(?:ich|wir|Ich|Wir|du|Sie|man|Man)\b")
_BEFORE_SUBJECT = re.compile(r"(?:\b(?:des|mit|von|vom|für|bei|beim|an|am|zu|zum|zur|um|über|gegen|ohne|durch|und|sowie|oder|"
                             r"with|by|for|to|from|of|and|or)\s+(?:[\w.-]+\s+){0,2}|[„“\"»]\s*)$")


def _sole_subject(masked: str, mentions: list[tuple[int, int, str]]) -> str | None:
    """The one person a sentence names, where it is not the object of a preposition ('mit X', 'von X')."""
    if len({m[2] for m in mentions}) != 1:
        return None
    return None if _BEFORE_SUBJECT.search(masked[:mentions[0][0]]) else mentions[0][2]


# 'ob …, will die Besucherin wissen', 'fragt er sich, ob …': an indirect question in the subjunctive is somebody's
# question, not the previous sentence's subject's statement
_INDIRECT_QUESTION = re.compile(r"\b[Oo]b\b(?=.*\b(?:wissen|erfahren|fragt\w*|fragen|gefragt)\b)|"
                                r"\b(?:wissen|erfahren|fragt\w*|fragen|gefragt)\b.*\bob\b")


def _reported_on(masked: str, spans) -> bool:
    """A sentence of German reported speech that names nobody: a subjunctive verb outside quotations, no first or
    second person, no indirect question. A quotation the reported sentence introduces with a colon ('Es kombiniere
    sich …: „…“') goes on with the same statement."""
    if spans and not re.search(r":\s*$", masked[:spans[0][0]]):
        return False
    if _FIRST_PERSON.search(masked) or _INDIRECT_QUESTION.search(masked):
        return False
    return bool(_SUBJUNCTIVE.search(masked)) or has_konjunktiv(re.sub(r"_+", " ", masked))


# 'Needless to say, our goalie X …', 'so to speak': fixed phrases with a speech verb that attribute nothing
_SAY_IDIOM = re.compile(r"(?i)\b(?:needless|suffice\s+it|that\s+is|safe|fair|strange|sad)\s+to\s+say\b|\bso\s+to\s+speak\b|"
                        r"\bsozusagen\b|\bsprich\b")


def attribute_block(block: Block, people: list[Mention], tracker: _Tracker) -> list[Quote]:
    """Direct and indirect statements in one paragraph."""
    text = comma_after_quotes(close_mixed_quotes(block.text))
    quotes: list[Quote] = []
    previous: list[str] = []
    subject: str | None = None  # the one person the previous sentence named (its subject), while nobody else is named
    last_subject: str | None = None  # the one person the sentence just before named (its subject)
    for s_start, s_end in sentence_spans(text):
        sentence = text[s_start:s_end]
        masked, spans = mask_quotations(sentence)
        masked = _SAY_IDIOM.sub(lambda m: " " * len(m.group()), masked)
        mentions = find_mentions(masked, people)
        # 'X, Leiter des Verbands, ordnete die Lage ein. Es brauche verlässliche Regeln.': the subjunctive of the
        # next sentences reports what X said
        if not mentions and subject and _reported_on(masked, spans) \
                and not _has_speech(masked[:spans[0][0]] if spans else masked) and not _PRONOUN.search(masked):
            quotes.append(Quote(speakers=[subject], text=_clean(sentence), anchor=block.anchor, kind="indirect"))
            tracker.see([subject])
            previous = [subject]
            continue
        # 'X, chair of Y, describes the decision. “…”': a sentence that is one quotation and nothing else, right after
        # a sentence about one person, quotes that person
        if not mentions and last_subject and not previous and _quotation_only(masked, spans):
            for q in spans:
                quotes.append(Quote(speakers=[last_subject], text=_clean(q[2]), anchor=block.anchor, kind="direct"))
            tracker.see([last_subject])
            previous, last_subject = [last_subject], None
            continue
        last_subject = _sole_subject(masked, mentions) if mentions and _in_subject_place(masked, mentions[0]) else None
        subject = _sole_subject(masked, mentions) if mentions else subject
        sentence_speakers: list[str] = []
        long_quotes = [s for s in spans if len(s[2].split()) >= MIN_DIRECT_WORDS]
        clauses = _clauses(masked)
        # "…, während der CEO von X, Y, während des Auftritts betonte, …": the person and the verb belong together
        merged: list[tuple[int, int]] = []
        for c_start, c_end in clauses:
            if merged:
                p_start, p_end = merged[-1]
                prev_has_person = any(p_start <= m[0] < p_end for m in mentions)
                has_person = any(c_start <= m[0] < c_end for m in mentions)
                if prev_has_person and not _has_speech(masked[p_start:p_end]) and not has_person \
                        and _has_speech(masked[c_start:c_end]):
                    merged[-1] = (p_start, c_end)
                    continue
            merged.append((c_start, c_end))
        for c_start, c_end in merged:
            clause = masked[c_start:c_end]
            # 'a version of X’s psychoanalysis': the possessor of a thing is not the clause's speaker
            in_clause = [m for m in mentions if c_start <= m[0] < c_end and not _POSSESSOR.match(masked, m[1])]
            clause_quotes = [s for s in long_quotes if c_start <= s[0] < c_end]
            inverted = _inverted_speaker(clause, c_start, in_clause) if clause_quotes else None
            if not inverted and not _has_speech(clause) and not _subject_speaks(clause, c_start, in_clause) \
                    and not (long_quotes and in_clause and re.search(r"[_]\s*,?\s*$|:\s*_", clause)):
                continue
            speaker = None
            joint = [] if inverted else (_joint_speakers(clause, c_start, in_clause)
                                         or _coordinated_subject(clause, c_start, in_clause))
            if joint:
                for q in clause_quotes or [None]:
                    text_ = _clean(q[2]) if q else _clean(sentence if len(merged) == 1 else sentence[c_start:c_end])
                    quotes.append(Quote(speakers=joint, text=text_, anchor=block.anchor,
                                        kind="direct" if q else "indirect"))
                sentence_speakers.extend(n for n in joint if n not in sentence_speakers)
                continue
            # '„…“, sagte sie und X nickte', '…, said the mayor and X left': the verb has its subject (a pronoun or
            # a role reference) before the conjunction; the name after it begins another clause
            in_clause = [m for m in in_clause if not _after_subject_and(clause, c_start, m, in_clause)]
            # 'Acme fügte hinzu, dass X ein erfahrener Arzt ist': a name after the verb's 'dass'/'that' is what is
            # said, not who says it
            reported = [m for m in in_clause if _in_reported_clause(clause, c_start, m)]
            if reported and len(reported) == len(in_clause) and not inverted:
                continue
            in_clause = [m for m in in_clause if m not in reported]
            if inverted:
                speaker = inverted
            elif in_clause:
                speaker = _next_to_verb(clause, c_start, in_clause)
                if speaker is None and len({m[2] for m in in_clause}) > 1:
                    continue  # several people and none next to the speech verb: ambiguous, no attribution
                if speaker is None and not _source_cue_fits(clause, c_start, in_clause[0]):
                    continue  # "laut einer Studie der Gruppe um X": the source is a study, not X
                if speaker is None:
                    speaker = in_clause[0][2]
            else:
                pronoun = _PRONOUN.search(clause)
                verb_near = pronoun and _has_speech(clause[max(0, pronoun.start() - 25):pronoun.end() + 25])
                if pronoun and verb_near:
                    speaker = tracker.resolve(pronoun.group(1) or pronoun.group(2))
                else:
                    speaker = _role_reference(clause, tracker)
            if speaker is None:
                continue
            if speaker not in sentence_speakers:
                sentence_speakers.append(speaker)
            outside = clause
            for q in clause_quotes:
                outside = outside.replace(q[2], " ")
            phrase_only = clause_quotes and max(len(q[2].split()) for q in clause_quotes) < SHORT_QUOTE_WORDS \
                and len(outside.split()) >= 12  # a phrase quoted inside a long reported statement
            if clause_quotes and not phrase_only:
                for q in clause_quotes:
                    quotes.append(Quote(speakers=[speaker], text=_clean(q[2]), anchor=block.anchor, kind="direct"))
            else:
                # no quotation, or only a phrase quoted inside reported speech ('… aus dem „alten Lager“ einen
                # Ort der Begegnung machen, sagte X'): the clause is the statement
                body = sentence if len(merged) == 1 else sentence[c_start:c_end]
                quotes.append(Quote(speakers=[speaker], text=_clean(body), anchor=block.anchor, kind="indirect"))
        # quotes of the sentence no clause claimed: the sentence's speaker, else the previous sentence's
        claimed = {q.text for q in quotes}
        owner = sentence_speakers[:1] or (previous if not mentions and not _has_speech(masked) else [])
        for q in long_quotes:
            if _clean(q[2]) not in claimed and owner:
                quotes.append(Quote(speakers=list(owner), text=_clean(q[2]), anchor=block.anchor, kind="direct"))
        tracker.see(m[2] for m in mentions)
        tracker.see(sentence_speakers)
        previous = sentence_speakers or (previous if spans and not mentions else [])
    return quotes


# "Ein Gespräch mit X, dem …, und dem Rektor …, Y", "in an interview with X": the people after it are interviewed
# (the names may start with a title, whose full stops do not end the phrase: "interview was with Dr. X")
_TALK_WITH = re.compile(rf"\b(?:(?:ein|das|im|in einem)\s+)?(?:Gespräch|Interview|Streitgespräch|Doppelinterview)\s+mit\s+"
                        rf"(?P<rest>(?:{TITLES})?[^.?!\n]{{3,200}})|\b(?:an?\s+)?(?:(?:interview|conversation|talk|chat)"
                        # 'in our talk with X', 'Acme Radio interviews X': the person after it is interviewed
                        rf"(?:\s+(?:was|is))?\s+with|interviews)\s+(?P<rest_en>(?:{TITLES})?[^.?!\n]{{3,200}})", re.I)
# "X im Interview (mit der Zeitung)", "X im Gespräch": the person right before it is interviewed
_NAME_IN_TALK = re.compile(r"\s+(?:(?:spricht|sprach|erzählt|erzählte|erklärt|erklärte|verrät|verriet|berichtet|"
                           r"berichtete|talks|talked|speaks|spoke|explains|explained)\s+)?"
                           r"(?:im\s+(?:Interview|Gespräch)|in\s+an\s+interview|in\s+conversation)\b")
# "Frau Muster, Sie sind …?" "Herr Professor Muster – Sie waren …?": the person the first question addresses
_ADDRESS = re.compile(rf"(?:^|(?<=\s))(?:Frau|Herr|Mr\.?|Mrs\.?|Ms\.?)\s+(?:(?:Professor(?:in)?|Prof\.|Dr\.)\s+)*"
                      rf"(?P<name>(?:[A-ZÄÖÜ][\w'’-]+\s+|(?:von|van|zu|de|der|den|al|el|bin)\s+)*?[A-ZÄÖÜ][\w'’-]+)"
                      rf"\s*[,–—:-]\s+(?:[^\n]{{0,400}}?\?|[^\n]{{0,200}}?\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b)")


# 'Hi Daryl, so how …?', 'Hallo Anna, wie …?': a greeting and a first name open the first question
_GREETING = re.compile(r"\s*(?:Hi|Hello|Hey|Hallo|Servus|Moin)\s+(?P<first>[A-ZÄÖÜ][\w'’-]+)\s*[,!]\s+[^\n]{0,300}\?")
_GENERIC_ANSWER = re.compile(r"^(?:a|antwort|answer)$", re.I)
# "Mein Name ist X", "My name is X": who introduces themselves answers the interview
_SELF_INTRO = re.compile(r"\b(?:Mein Name ist|Ich heiße|My name is|My name's)\s+(?P<rest>[^.?!\n,]{3,80})")
# "Dr. X" alone (the surname with a title): a name where the text gives no first name
_TITLED_SURNAME = re.compile(rf"^\s*(?:{TITLES})(?P<name>[A-ZÄÖÜ][\w'’-]+)(?![\w-])")


def _names_in(rest: str) -> list[str]:
    cands = _coordinated(rest, find_candidates(rest))
    names = [c.name for c in cands]
    if not names or (cands[0].start > 0 and not re.fullmatch(rf"\s*(?:{TITLES})?\s*", rest[:cands[0].start])):
        # the phrase itself places a person after it, whatever the gazetteer knows of the first name
        lead = "Interview mit "
        led = find_candidates(lead + rest)
        # (the name may be run into the next one: 'with Anna Muster Ben Beispiel Editor', a headline and its byline)
        names = [c.name for c in led if c.start == len(lead) and (re.match(
            r"\s*(?:$|[(,;:–-]|(?:und|and|über|about|on|zu|zum|zur|vom|von|from|of|at|am|an|in|im)\b)",
            (lead + rest)[c.end:]) or any(re.fullmatch(r"\s+", (lead + rest)[c.end:o.start]) for o in led))] or names
    if not names:
        m = _TITLED_SURNAME.match(rest)
        names = [m.group("name")] if m else []
    return names




def _coordinated(rest: str, cands: list) -> list:
    """The names of an 'interview with' phrase are coordinated ('A und B', 'A, B and C'): a name run into the one
    before it with nothing between (a headline run into the byline: 'with Anna Muster Ben Beispiel Editor')
    belongs to something else, and so does everything after it."""
    kept = cands[:1]
    for prev, cand in zip(cands, cands[1:]):
        if re.fullmatch(r"\s+", rest[prev.end:cand.start]):
            break
        kept.append(cand)
    return kept


def interview_partners(doc: Document) -> list[str]:
    """Names of the people a document introduces as interviewed (as printed: 'Jonas Muster', or only the
    surname of the address 'Frau Muster'), in reading order. Only for interviews."""
    if doc.meta.kind != "interview":
        return []
    texts = [b.text or "" for b in doc.blocks if b.kind in ("paragraph", "heading", "question")][:6]
    texts = [doc.meta.title or ""] + texts + [line for line in doc.raw_text.splitlines()[:15] if line.strip()]
    names: list[str] = []

    def add(name: str):
        if name and name not in names:
            names.append(name)

    talks: list[tuple[int, list[str]]] = []  # (where in the source, the names of one "interview with" phrase)
    body = "\n".join(texts)
    for text in texts:
        for m in _TALK_WITH.finditer(text):
            if _guest_before(text, m):
                continue  # 'X im Gespräch mit Y': Y asks the questions (talk_hosts)
            rest = m.group("rest") or m.group("rest_en")
            found = _names_in(rest)
            if found:
                talks.append((body.find(m.group(0)), found))
        for m in _NAME_IN_TALK.finditer(text):
            for cand in find_candidates(text[:m.start()]):
                if cand.end == m.start():
                    add(cand.name)
    # several "interview with" phrases and no speaker labels to tell who answers: the one nearest before the
    # questions ("My first interview with A is below … My second interview was with B.") – the later one
    labelled = any(b.kind == "answer" and b.label for b in doc.blocks)
    groups = {tuple(names_) for _, names_ in talks}
    if len(groups) > 1 and not labelled:
        talks = [max(talks, key=lambda t: t[0])]
    for _, found in sorted(talks, key=lambda t: t[0]):
        for name in found:
            add(name)
    if not names:
        for text in texts:
            m = _SELF_INTRO.search(text)
            if m:
                # ('Mein Name ist X': the phrase places the name, whatever the gazetteer knows of the first name)
                lead = len(m.group(0)) - len(m.group("rest"))
                for cand in [c for c in find_candidates(m.group(0)) if c.start >= lead][:1]:
                    add(cand.name)
                if names:
                    break
    if not names:
        for text in texts:
            m = _ADDRESS.search(text)
            if m and m.start() <= 30:
                add(m.group("name"))
                break
    if not names:
        # 'Hi Daryl, how do you feel …?': the first question greets the interviewee by the first name of a person
        # the title or the intro names in full
        for text in texts:
            m = _GREETING.match(text)
            if m:
                full = {c.name for t in texts for c in find_candidates(t)
                        if c.name.split()[0] == m.group("first") and len(c.name.split()) >= 2}
                if len(full) == 1:
                    add(full.pop())
                break
    if not names:
        # the intro presents one person and no one else ('Neuroscientist Dr. A studies … We spoke with her'):
        # the interviewee, when the answers carry no name
        intro = []
        for block in doc.blocks:
            if block.kind in ("question", "answer"):
                break
            if block.kind == "paragraph":
                intro += [c.name for c in find_candidates(block.text) if c.name not in doc.meta.authors]
        if len(set(intro)) == 1 and not any(b.kind == "answer" and b.label and not _GENERIC_ANSWER.match(b.label)
                                            for b in doc.blocks) and not _named_inline_label(doc):
            add(intro[0])
    return names


_INLINE_NAME_LABEL = re.compile(r"^(?P<label>[A-ZÄÖÜ][^:\n]{1,60}?)\s*(?:\((?P<abbr>[A-ZÄÖÜ]{1,4})\))?:\s+\S")


def _named_inline_label(doc: Document) -> bool:
    """Paragraphs open with a name as the speaker's label ('Chidi Muster (CM): …' then 'CM: …', or the name or its
    surname more than once): the answers carry a name."""
    found = [m for b in doc.blocks if b.kind == "paragraph" and (m := _INLINE_NAME_LABEL.match(b.text or ""))]
    opening = [m.group("label").strip() for m in found]
    for m in found:
        label = m.group("label").strip()
        if not name_shaped(label):
            continue
        if (m.group("abbr") and m.group("abbr") in opening) or sum(o in (label, label.split()[-1]) for o in opening) >= 2:
            return True
    return False


def _guest_before(text: str, m: re.Match) -> bool:
    """'Anna Muster im Gespräch mit Ben Beispiel', 'Anna Muster in conversation with Ben Beispiel': a name right
    before 'im Gespräch mit' is the guest; the one after 'mit' hosts the talk."""
    head = text[:m.start()]
    if re.match(r"im\s", m.group(0), re.I):
        head = head.rstrip()
    elif lead := re.search(r"\s+(?:im\s+[\w-]+-|in\s+)$", head):
        head = head[:lead.start()]  # 'im SWR-Aktuell-Gespräch': a programme's name before the talk
    else:
        return False
    return _ends_with_name(head)


# The apposition between the name and 'im Gespräch mit': 'X, Leiter des Beispielzentrums in Ort, im Gespräch mit Y'
_APPOSITION_AT_END = re.compile(r",[^,.;:!?„“\"»«\n]{3,160},$")


def _ends_with_name(head: str) -> bool:
    """The text ends in a name, or in a name and its apposition between commas."""
    head = _APPOSITION_AT_END.sub("", head.rstrip())
    window = head[-80:]
    return any(cand.end == len(window) for cand in find_candidates(window))


_IN_TALK_WITH = re.compile(r"\s+(?:im\s+(?:[\w-]+-)?(?:Gespräch|Interview)|in\s+(?:conversation|an\s+interview))"
                           r"\s+mit\s+|\s+in\s+(?:conversation|an\s+interview)\s+with\s+")


def talk_hosts(doc: Document) -> list[str]:
    """'Anna Muster im Gespräch mit Ben Beispiel' (a broadcaster's line over an interview): the person after 'mit'
    asks the questions; the one before it is interviewed (interview_partners)."""
    names: list[str] = []
    texts = [doc.meta.title or ""] + [b.text or "" for b in doc.blocks[:8] if b.kind in ("paragraph", "heading")]
    # the line may have been read as the byline and taken out of the body
    texts += [line.strip() for line in doc.raw_text.splitlines()[:40] if 0 < len(line.strip()) <= 200]
    for text in texts:
        for m in _IN_TALK_WITH.finditer(text):
            if not _ends_with_name(text[:m.start()]):
                continue
            after = find_candidates(text[m.end():m.end() + 80])
            if after and after[0].start == 0 and after[0].name not in names:
                names.append(after[0].name)
    return names


# 'In this episode of …, Anna is joined by Ben Beispiel', 'In dieser Folge ist Ben Beispiel zu Gast': a show's guest
_EPISODE_GUEST = re.compile(r"\b(?:[Ee]pisode|[Pp]odcast|[Ss]how|Folge|Sendung)\b(?:[^.!?]|\.+(?=[\"”“»«]))"
                            r"{0,120}?\b(?:"
                            r"(?:is|are)\s+joined\s+by|(?:guests?|Gast|Gäste)\s+(?:is|are|ist|sind)|"
                            r"(?:ist|sind)\s+(?=[^.!?]{3,80}\bzu\s+Gast\b))\s+(?P<rest>[^.!?\n]{3,120})")


# 'This time we are joined by X', 'Zu Gast: X', 'unser Gast ist X', 'our guest, X': the host announces the guest
_JOINED_BY = re.compile(r"\b(?:(?:we|I)(?:\s+a|’|')re\s+joined\s+by|(?:we|I)\s+(?:are|am|were|was)\s+joined\s+by|"
                        r"[Zz]u\s+Gast(?:\s+(?:ist|sind|war|waren))?\s*:?|(?:[Uu]nser(?:e)?|[Oo]ur)\s+(?:heutiger?\s+|"
                        r"today’?'?s\s+|special\s+)?(?:Gast|Gäste|guests?)(?:\s+(?:ist|sind|is|are|heute|today))*\s*[:,]?)"
                        rf"\s+(?P<rest>(?:{TITLES})*[^.!?\n]{{3,120}})")
# a show's episode title ending on its guest: 'Episode 12: Soil and Carbon with Dr. Jane Roe', '#7 Im Labor – mit X'
_TITLE_WITH = re.compile(r"\b(?:with|mit)\s+(?P<rest>(?:(?!\b(?:with|mit)\s)[^\n]){3,80}?)\s*$", re.I)
# 'im Gespräch mit X', 'in conversation with X', 'Interview mit X': read by talk_hosts / interview_partners
_TALK_BEFORE_WITH = re.compile(r"(?:Gespräch|Interview|Talk|[Cc]onversation|[Cc]hat|[Ii]nterview)\s*$")
_SHOW_PAGE = re.compile(r"\b(?:[Ee]pisode|EPISODE|[Pp]odcast|Folge|Transcript|Transkript|Show\s+[Nn]otes)\b")


def _leading_name(m: re.Match, whole: bool = False) -> list[str]:
    """The name that opens the match's `rest` (after an academic title), read in its sentence; with `whole`, only
    when it is all of `rest`."""
    text, start = m.string, m.start("rest")
    found = [c for c in find_candidates(text) if c.start >= start][:1]
    found = [c for c in found if re.fullmatch(rf"\s*(?:{TITLES})*\s*", text[start:c.start])
             and (not whole or not text[c.end:m.end("rest")].strip(" .!?\"“”»«"))]
    return [c.name for c in found]


def _title_guest(doc: Document) -> list[str]:
    """The guest an episode page's headline ends on ('… with X', '… – mit X'), on a show's page only: on an
    interview page or one that speaks of its episode or transcript."""
    opening = doc.raw_text[:3000]
    if doc.meta.kind != "interview" and not _SHOW_PAGE.search(opening):
        return []
    lines = [line.strip() for line in doc.raw_text.splitlines()[:3] if line.strip()][:1]
    for text in [doc.meta.title or "", *lines]:
        m = _TITLE_WITH.search(text)
        if m and not _TALK_BEFORE_WITH.search(text[:m.start()].rstrip(" -–—:")):
            names = _leading_name(m, whole=True)
            if names:
                return names
    return []


def episode_guests(doc: Document) -> list[str]:
    """The guests a show's page introduces in its opening ('In this episode …, A is joined by X', 'Zu Gast: X',
    a headline ending '… with X'): interviewed, whatever kind of text the page was taken for."""
    texts = [doc.meta.title or ""] + [b.text or "" for b in doc.blocks[:4] if b.kind in ("paragraph", "heading")]
    for text in texts:
        m = _EPISODE_GUEST.search(text)
        if m:
            return _leading_name(m)
    if (guests := _title_guest(doc)):
        return guests
    if doc.meta.kind == "interview" or _SHOW_PAGE.search(doc.raw_text[:3000]):
        for text in texts:
            m = _JOINED_BY.search(text)
            if m and (names := _leading_name(m)):
                return names
    return []


def interviewees(doc: Document, people: list[Mention]) -> list[str]:
    """The people who answer in this document (labelled answers)."""
    names: list[str] = []
    for block in doc.blocks:
        if block.kind == "answer" and block.label:
            for name in resolve_label(block.label, people):
                if name not in names:
                    names.append(name)
    return names


_INLINE_LABEL = re.compile(r"^(?P<label>[^:\n]{2,60}?)\s*(?:\([A-ZÄÖÜ]{1,4}\))?:\s+(?P<text>\S.*)", re.S)


# A question and its labelled answer in one paragraph, when the line break between them was lost
# ('Was ist neu daran? Dr. Keller: Bisher …', 'Why now? Smith: Because …').
_LABEL_AFTER_QUESTION = re.compile(rf"\?[\"“”»«'’]?\s+(?P<label>(?:{TITLES})?[A-ZÄÖÜ][^:?!.\n]{{1,58}}?)\s*"
                                   rf"(?:\([A-ZÄÖÜ]{{1,4}}\))?:\s+(?P<text>\S.*)", re.S)


def _inline_answer(block: Block, people: list[Mention], askers: set[str] = frozenset()) -> tuple[list[str], str] | None:
    """A paragraph that starts with a speaker label of this document's people ('HM: …', 'Dr. Anna Keller: …'),
    or whose question is followed by one ('Warum? Dr. Anna Keller: …')."""
    m = _INLINE_LABEL.match(block.text or "")
    if m and not resolve_label(m.group("label").strip(), people):
        m = None
    m = m or _LABEL_AFTER_QUESTION.search(block.text or "")
    if not m or len(m.group("text").split()) < MIN_DIRECT_WORDS:
        return None
    label = m.group("label").strip()
    names = resolve_label(label, people)
    if not names or set(names) <= askers:
        return None  # 'Muster: Lieber Herr X, …?': the interviewer's question is no answer
    return names, _clean(m.group("text"))


# A further speaker's label inside an answer, after the end of a sentence ('… Das war das Größte. Ben Beispiel: Ich …'):
# a transcript whose line breaks were lost runs the turns of several speakers into one paragraph
_RUN_IN_LABEL = re.compile(rf"(?<=[.!?…\"“”»«])\s+(?P<label>(?:{TITLES})?[A-ZÄÖÜ][^:?!.\n\"“”„»«]{{1,58}}?)\s*:\s+(?=\S)")


def _turns(speakers: list[str], text: str, people: list[Mention], askers: set[str]) -> list[tuple[list[str], str]]:
    """An answer split at the labels of other people of the document run into it: each speaker's turn."""
    turns: list[tuple[list[str], str]] = []
    start = 0
    for m in _RUN_IN_LABEL.finditer(text):
        names = resolve_label(m.group("label").strip(), people)
        if len(names) != 1 or names == speakers or set(names) <= askers:
            continue
        turns.append((speakers, text[start:m.start()].strip()))
        speakers, start = names, m.end()
    if not turns:
        return [(speakers, text)]
    turns.append((speakers, text[start:].strip()))
    return [(who, turn) for who, turn in turns if len(turn.split()) >= MIN_DIRECT_WORDS]


# A greeting before the address that opens a turn ('Hallo Herr Muster, …', 'Good morning, Dr. Muster, …')
_GREETING_LEAD = re.compile(r"^\s*(?:Hallo|Hi|Hello|Hey|Guten\s+(?:Tag|Morgen|Abend)|Good\s+(?:morning|afternoon|evening)|"
                            r"Liebe[rs]?|Dear)\b[,!]?\s+")


def addressing_speakers(doc: Document, people: list[Mention]) -> set[str]:
    """In a transcript of labelled turns, a speaker whose turn opens by addressing another labelled speaker by name
    ('Hallo Herr Muster, schön, dass Sie …', 'Frau Muster, wie …?') asks the questions: the interviewer. Two
    speakers who address each other so are a conversation of equals, and neither is."""
    turns = [(names, block.text or "") for block in doc.blocks if block.kind == "answer" and block.label
             for names in [resolve_label(block.label, people)] if len(names) == 1]
    speakers = {names[0] for names, _ in turns}
    addressed: dict[str, set[str]] = {}
    for names, text in turns:
        m = _ADDRESS.match(_GREETING_LEAD.sub("", text, count=1))
        if not m:
            continue
        called = m.group("name").split()[-1]
        addressed.setdefault(names[0], set()).update(
            other for other in speakers if other != names[0] and other.split()[-1] == called)
    return {name for name, others in addressed.items()
            if others and not any(name in addressed.get(other, ()) for other in others)}


def asks(text: str) -> bool:
    """The paragraph ends in a question: what an interviewer says."""
    return text.rstrip(" \"“”»«'*_").endswith("?")


def inline_askers(doc: Document, people: list[Mention]) -> set[str]:
    """People whose inline speaker label ('Muster: …?') opens only questions: the interviewers (never the
    person who answers in labelled answers or whom the text introduces as interviewed)."""
    answering = set(interviewees(doc, people))
    answering |= {n for part in interview_partners(doc) for n in [resolve_name(part, people)] if n}
    asking: dict[str, bool] = {}
    for block in doc.blocks:
        m = _INLINE_LABEL.match(block.text or "") if block.kind == "paragraph" else None
        if not m:
            continue
        for name in resolve_label(m.group("label").strip(), people):
            asking[name] = asking.get(name, True) and asks(m.group("text"))
    return {name for name, only_questions in asking.items() if only_questions and name not in answering}


# A paragraph that is only a speaker's label ('Anna Muster:', 'Muster:'): an interview printed with the label on a
# line of its own; the next paragraph is that person's answer.
_LABEL_LINE = re.compile(rf"(?P<label>(?:{TITLES})?[A-ZÄÖÜ][^:\n]{{1,58}}):")


def _answer_after_label(text: str) -> bool:
    """A paragraph that can be an answer: a few words of statement, not a question, no contact data."""
    return len(text.split()) >= 2 * MIN_DIRECT_WORDS and not text.rstrip().endswith("?") \
        and not re.search(r"@|\b(?:Tel|Fax|Phone)\b", text)


def _pull_quote(block: Block, people: list[Mention]) -> Quote | None:
    """'“… struggle.” Anna Muster, PhD candidate': a block that opens with a complete quoted statement followed
    by nothing but a name and its apposition (a pull quote and its attribution line)."""
    text = close_mixed_quotes(block.text or "")
    masked, spans = mask_quotations(text)
    if len(spans) != 1 or text[:spans[0][0]].strip():
        return None
    start, end, inner = spans[0]
    if len(inner.split()) < MIN_DIRECT_WORDS or not re.search(r"[.!?…]$", inner):
        return None  # '“…,” Anna Muster said' ends in a comma: running prose, not a pull quote
    mentions = find_mentions(masked, people)
    if not mentions or not re.fullmatch(r"\s*(?:[-–—]\s*)?", masked[end:mentions[0][0]]):
        return None
    rest = masked[mentions[0][1]:]
    if (rest.strip() and not rest.startswith(",")) or _has_speech(rest) or re.search(r"[.!?]\s+\S", rest):
        return None
    return Quote(speakers=[mentions[0][2]], text=_clean(inner), anchor=block.anchor, kind="direct")


def _pull_quote_over(block: Block, following: Block | None, people: list[Mention]) -> Quote | None:
    """A block that is nothing but a complete quoted statement, its attribution line the next block
    ('“… struggle.”' / 'Anna Muster, PhD candidate'): a pull quote whose line break became a paragraph break."""
    if following is None or following.kind != "paragraph" or block.kind != "paragraph":
        return None
    joined = Block(kind="paragraph", text=f"{block.text.strip()} {following.text.strip()}", anchor=block.anchor)
    text = close_mixed_quotes(block.text or "")
    masked, spans = mask_quotations(text)
    if len(spans) != 1 or masked.strip() != "_" * (spans[0][1] - spans[0][0]):
        return None
    return _pull_quote(joined, people)


def attribute(doc: Document, people: list[Mention]) -> list[Quote]:
    """Every statement of the document with its speakers, in reading order; sets Block.speakers of answers."""
    quotes: list[Quote] = []
    tracker = _Tracker()
    answering = interviewees(doc, people)
    has_questions = any(b.kind == "question" for b in doc.blocks)
    # an interview printed without labels or question blocks, with one interviewee the text introduces:
    # after the first question, a paragraph that is not a question, caption or attributed statement is an answer
    unlabelled = None
    if not answering and not has_questions:
        partners = [n for part in interview_partners(doc) for n in [resolve_name(part, people)] if n]
        unlabelled = partners[0] if len(set(partners)) == 1 else None
    asked = unlabelled is not None and bool(_ADDRESS.match((doc.meta.title or "").strip()))
    # question blocks that also hold the answer ("Q: What …? If you really want …"), with no answer blocks and one
    # interviewee the text introduces: the text after the question is that person's answer
    combined = None
    partners = [n for part in interview_partners(doc) for n in [resolve_name(part, people)] if n]
    sole_partner = partners[0] if len(set(partners)) == 1 else None
    if has_questions and not answering and not any(b.kind == "answer" for b in doc.blocks):
        combined = sole_partner
    askers = inline_askers(doc, people)
    pending: list[str] = []
    unanswered: list[Quote] = []  # an intro whose statement did not follow still counts
    label_owner: str | None = None
    for index, block in enumerate(doc.blocks):
        owner, label_owner = label_owner, None
        if block.kind == "paragraph" and owner and _answer_after_label(block.text or ""):
            quotes.append(Quote(speakers=[owner], text=block.text, anchor=block.anchor, kind="answer"))
            block.speakers = [owner]
            tracker.see([owner])
            continue
        if block.kind == "paragraph" and (label := _LABEL_LINE.fullmatch((block.text or "").strip())):
            speakers = resolve_label(label.group("label"), people)
            label_owner = speakers[0] if len(speakers) == 1 else None
            if label_owner:
                continue
        if block.kind == "question" and combined:
            m = re.search(r"\?[\s\"“”»«]*\s(?=[A-ZÄÖÜ\"„“»])(?P<answer>[^?]*[.!…\"“”])\s*$", block.text or "")
            if m and len(m.group("answer").split()) >= 2 * MIN_DIRECT_WORDS \
                    and not find_mentions(m.group("answer"), people):
                quotes.append(Quote(speakers=[combined], text=_clean(m.group("answer")), anchor=block.anchor,
                                    kind="answer"))
                tracker.see([combined])
            continue
        if block.kind == "answer":
            speakers = resolve_label(block.label, people) if block.label else []
            if not speakers and not block.label and has_questions and len(answering) == 1:
                speakers = list(answering)
            elif not speakers and not block.label and not answering and sole_partner:
                speakers = [sole_partner]  # unlabelled answers to labelled questions ("BZ: …?")
            block.speakers = speakers
            if speakers:
                quotes.append(Quote(speakers=speakers, text=block.text, anchor=block.anchor, kind="answer"))
                tracker.see(speakers)
            else:
                quotes += attribute_block(block, people, tracker)
        elif block.kind == "paragraph" and _inline_answer(block, people, askers):
            speakers, text = _inline_answer(block, people, askers)
            for turn_speakers, turn in _turns(speakers, text, people, askers):
                quotes.append(Quote(speakers=turn_speakers, text=turn, anchor=block.anchor, kind="answer"))
                tracker.see(turn_speakers)
        elif block.kind in ("paragraph", "list") and (block.text or block.items):
            if block.kind == "list":
                block = block.model_copy(update={"text": "\n".join(block.items)})
            found = attribute_block(block, people, tracker)
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            if not found and block.kind == "paragraph" and (
                    pulled := _pull_quote(block, people) or _pull_quote_over(block, following, people)):
                found = [pulled]
                tracker.see(pulled.speakers)
            if unlabelled and block.kind == "paragraph":
                text = block.text.strip()
                if text.endswith("?"):
                    asked = True
                    continue
                if asked and not found and not find_mentions(text, people) and not CAPTION.search(text):
                    quotes.append(Quote(speakers=[unlabelled], text=block.text, anchor=block.anchor, kind="answer"))
                    block.speakers = [unlabelled]
                    tracker.see([unlabelled])
                    continue
            intro = _statement_intro(block.text, found) or (
                [] if found else _announced_statement(block.text, people))
            if intro:
                quotes += unanswered
                pending, unanswered = intro, found  # the statement follows in the next paragraphs
                continue
            if not found and pending and block.kind == "paragraph":
                found = _statement(block, pending)
                if found:
                    unanswered = []
            elif found or find_mentions(block.text, people):
                pending = []
            quotes += found
        if block.kind == "heading":
            pending = []
    return quotes + unanswered


_INTRO_END = re.compile(rf"\b(?:{INTRO_VERBS})\s*:\s*$", re.I)


# 'X issued the following statement:', 'X gab folgende Stellungnahme ab:': a statement announced by its noun
_STATEMENT_NOUN_END = re.compile(r"\b(?:statement|remarks|Erklärung|Stellungnahme|Statement)(?:\s+ab)?\s*:\s*$")


def _announced_statement(text: str, people: list[Mention]) -> list[str]:
    """The one person named in the last sentence of a paragraph that ends by announcing a statement."""
    if not _STATEMENT_NOUN_END.search(text or ""):
        return []
    spans = sentence_spans(text)
    last = text[spans[-1][0]:] if spans else text
    named = {name for _s, _e, name in find_mentions(last, people)}
    return list(named) if len(named) == 1 else []


def _statement_intro(text: str, found: list[Quote]) -> list[str]:
    """'Dr X, Research Fellow, University of Y, said:' – a paragraph that only introduces a statement."""
    if not _INTRO_END.search(text or "") or not found:
        return []
    speakers = {tuple(q.speakers) for q in found}
    if len(speakers) != 1 or any(q.kind == "direct" for q in found):
        return []
    return list(found[0].speakers)


def _statement(block: Block, speakers: list[str]) -> list[Quote]:
    """A paragraph of the statement an intro announced: its quotations, or the whole paragraph."""
    _masked, spans = mask_quotations(block.text)
    long_quotes = [q for q in spans if len(q[2].split()) >= MIN_DIRECT_WORDS]
    if re.match(r"^[„“\"»]", block.text.strip()):
        text = block.text.strip().strip("„“”\"»«")
        return [Quote(speakers=list(speakers), text=_clean(text), anchor=block.anchor, kind="direct")]
    return [Quote(speakers=list(speakers), text=_clean(q[2]), anchor=block.anchor, kind="direct")
            for q in long_quotes]
