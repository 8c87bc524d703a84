"""People in one source: who they are, how the source presents them, and in what capacity.

1. Names: academic titles, the first-name gazetteer, role words and speech verbs
   around a name, HanTa as a veto or tie-break (extract.people_names).
2. Speaker labels of answers ("Muster:", "Muster und Beispiel:") and surnames
   resolve to the full names introduced in the same document.
3. Role, unit and affiliation from appositions and predicates around each
   mention (extract.people_roles), profile blocks ("Dr. X" + "Leiter …") and
   contact blocks (e-mail, phone, unit and organisation lines).
4. Category: one decision, `decide_category(Evidence)`, from what the source
   says about the person (statements, answers, title, scholarly role,
   affiliation, profile, contact section, caption, list of names, byline …).
   Expert or quoted only with positive evidence of speaking or presented
   expertise; author, interviewer, contact or mentioned otherwise.
   `explain_people(doc)` gives each person's category with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing.extract.metadata.text import alternation
from briefing.extract.metadata.vocab import AGENCIES, MONTHS, PRESS_MAILBOX_NAMES
from briefing.extract.people_lexicon import (
    AGE_AFTER_NAME, AUTHOR_LEAD, CAPTION, CAPTION_OPENING, CONTACT_LEAD, CREDIT_LABEL, IMPRINT_MARK, CORPORATE_EXPERTISE, CORPORATE_ROLE_STEMS, EMAIL, EXPERT_LEAD, HOST_LEAD,
    HISTORICAL, HISTORICAL_BEFORE, HISTORY_YEAR, HONORIFIC, PAST_SPEECH_VERBS, INTERVIEW_LINE, JOURNALIST_STEMS, LAY_ROLE_STEMS,
    NEUTRAL_ROLE_STEMS, ORG_WORDS, PRESS_OFFICER_STEMS, PHONE, POLITICAL_ROLE_STEMS, PRESS_CONTACT,
    RESEARCH_ROLE_STEMS, SCHOLARLY_ROLE_STEMS, PROFESSION_STEMS, COACH_STEMS, HEAD_STEMS, RESEARCH_UNIT, ANY_RESEARCH_UNIT, SPEAKER_LEAD, SPEECH_VERBS, TALK_BY, TITLES, has_stem, is_org_part, is_role_word,
    FUNCTION_WORDS, AMBIGUOUS_FIRST, MASTER_TITLE, is_trade_compound, singular,
    speech_verb_pattern,
)
from briefing.extract.people_names import (
    TITLED_RE, Candidate, find_candidates, gender_fits, is_first_name, looks_like_name, name_shaped, plausible_surname,
    surname as surname_of,
)
from briefing.extract.people_roles import (
    WEAK_ROLES, Description, antecedent_org, describe_after, describe_apposition, describe_before, is_non_expert_role,
    article_apposition, is_top_org, nominative_org, org_is_unit, parse_chain, research_org, trim_org,
)
from briefing.extract.people_speech import addressing_speakers, attribute, inline_askers, interview_partners, resolve_label, split_label, talk_hosts, episode_guests
from briefing.model import Block, Document, Mention, Quote
from briefing.text import OPEN_END_WORDS, mask_quotations, sentence_spans

_TEXT_KINDS = ("paragraph", "answer", "question", "heading", "list", "image")
_PREDICATE = re.compile(r"\b(?:forsch\w*|arbeite\w*|lehr\w*|tätig|works?|research(?:es)?|promoviert\w*|"
                        r"stud(?:ies|ied)|teach(?:es)?|untersucht|erforscht)\s+(?:[\w-]+\s+){0,6}?"
                        r"(?=(?:in|im|an|am|bei|beim|at)\s+(?:the\s+|der\s+|dem\s+)?[A-ZÄÖÜ])(?P<chain>.+)", re.S)


@dataclass
class _Person:
    name: str
    title: str | None = None
    signals: set[str] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)
    email: str | None = None
    phone: str | None = None
    contact_units: list[str] = field(default_factory=list)
    contact_affiliation: str | None = None
    blocks: set[int] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # contact, press, presented, scientific, historical
    places: set[str] = field(default_factory=set)  # where the name occurs: text, caption, list (of names)
    spellings: dict[str, int] = field(default_factory=dict)  # how often each spelling of the name is printed


def _fold(text: str) -> str:
    text = text.replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


# "Vorwort/Foreword Prof. Dr. X", "Grußwort von X": the author of a foreword speaks in this source
_FOREWORD = re.compile(rf"\b(?:Vorwort|Grußwort|Geleitwort|Foreword|Preface)(?:\s*/\s*\w+)?\s*(?:von|by|:)?\s*"
                       rf"(?:{TITLES})?$")
LIST_NAMES = 6  # a sentence naming this many people is a list of names (a jury, a team, a study's authors)
CAPTION_CHARS = 400  # a caption is short; a long paragraph that ends in a photo credit is text


_FILLER = re.compile(rf"(?:{TITLES})|[A-ZÄÖÜ][\w-]*\.|(?:[A-Z]\.){{1,3}}[\w.]*|[A-ZÄÖÜ]{{2,}}")
# 'talks by Nobel laureates X and Y', 'Vortrag der Nobelpreisträgerin X': an honour before the speaker's name
_HONOURED = re.compile(r"Nobel|[Ll]aureates?|(?:Nobel)?[Pp]reisträger(?:in|innen|s)?")
_SEMICOLON_NEXT = re.compile(rf";\s*(?:(?:and|und|sowie)\s+)?(?:(?:{TITLES})\s*)?$")
_AND_NEXT = re.compile(rf"\s*(?:,|und|and|sowie|&)\s+(?:(?:{TITLES})\s*|[A-ZÄÖÜ][\w-]*\.\s+|(?:[A-Z]\.){{1,3}}\s*)*$")


def _gives_talk(text: str, cand: Candidate, speakers: list[Candidate]) -> bool:
    """'ein Vortrag von Dr. X, Restauratorin', 'presentations by U.S. Rep. X and Y': the speaker of a talk (and
    the people joined to the speaker by 'and'), presented by the source. Between the cue and the name only
    titles, abbreviations and role words."""
    left = text[max(0, cand.start - 120):cand.start]
    if speakers and _AND_NEXT.fullmatch(text[speakers[-1].end:cand.start]):
        return True
    # 'talks by A, professor at B, who spoke on …; C of D; and E of F': the entries of a list split by semicolons
    if speakers and _SEMICOLON_NEXT.search(text, speakers[-1].end, cand.start) \
            and _sentence_bounds(text, cand.start, cand.end)[0] <= speakers[-1].start:
        return True
    m = TALK_BY.search(left)
    if not m:
        return False
    return all(_FILLER.fullmatch(w) or is_role_word(w) or _HONOURED.fullmatch(w) for w in m.group("between").split())


# 'Speakers include A and B', 'Among the experts who will speak at the event are A, …', 'Zu den Referenten gehören
# A und B', 'Referentinnen sind A und B': the people the sentence names after the cue are announced speakers.
_SPEAKERS_ARE = re.compile(
    r"\b(?:(?:keynote\s+)?speakers|panel(?:ist)?s|presenters|lecturers)\s+(?:will\s+)?(?:include|are|will\s+be)\b|"
    r"\bwho\s+will\s+(?:speak|present|lecture|give\s+talks?)\b(?:[^.;:!?]|\.(?=\s+[a-z])){0,100}?\s(?:are|include)\s|"
    r"\b(?:Referent|Redner|Vortragend)\w*\s+(?:sind|waren|werden\s+\w+\s+sein)\b|"
    r"\bZu\s+den\s+(?:\w+\s+){0,2}?(?:Referent|Redner|Vortragend)\w*\s+(?:gehören|zählen|gehörten|zählten)\b")


# 'Statement Prof. Dr. X …', 'Redemanuskript von X': a manuscript opens with its speaker's name
_STATEMENT_OPENING = re.compile(rf"\s*(?:(?:Presse|Eingangs|Kurz)?[Ss]tatement|Stellungnahme|Rede(?:manuskript|text)?|"
                                rf"(?:Opening\s+)?[Rr]emarks|Prepared\s+[Rr]emarks)\s*(?:von|des|der|of|by)?\s*[:–-]?\s*"
                                rf"(?:(?:{TITLES})\s*)?")


def _announced_speaker(text: str, cand: Candidate) -> bool:
    """The name follows a cue announcing the speakers of an event in its sentence (_SPEAKERS_ARE)."""
    s, _e = _sentence_bounds(text, cand.start, cand.end)
    return any(m.end() <= cand.start for m in _SPEAKERS_ARE.finditer(text, s, cand.start))


def _caption_sentence(text: str, cand: Candidate) -> bool:
    """'… informieren. Von links: A, B und C.': a caption run into the text (the sentence opens like one)."""
    s, e = _sentence_bounds(text, cand.start, cand.end)
    return bool(CAPTION_OPENING.match(text[s:e]))


def _is_caption(text: str) -> bool:
    """A photo caption or credit ('Foto: …', '(Bild: …)', '©', 'v.l.n.r.'): names there are no sources."""
    return len(text) <= CAPTION_CHARS and bool(CAPTION.search(text))


# 'Co-Host - Dr. X' on a line of its own: a show's credit line
_CREDIT_LINE = re.compile(rf"^\s*{CREDIT_LABEL}\s*(?:[-–—:|]\s*)(?:{TITLES})?[^\s,;.:]+(?:\s+[^\s,;:]+){{1,3}}\s*$")
_CREDIT_WORD = re.compile(rf"(?<![\w-]){CREDIT_LABEL}(?![\w-])")
IMPRINT_CREDITS = 3  # a block with this many distinct credit labels and an imprint mark is an imprint


def _is_credits(text: str) -> bool:
    """A show's credit line ('Producer - X') or a publication's imprint ('published by … Editor X, Photography Y,
    Graphic Design Z', in a PDF's text often run together with the cover): the people named there make the source,
    they are not its experts."""
    if _CREDIT_LINE.match(text):
        return True
    return bool(IMPRINT_MARK.search(text)) and len({m.group() for m in _CREDIT_WORD.finditer(text)}) >= IMPRINT_CREDITS


_COUPLE = re.compile(r"(?<![\w-])(?P<first>[A-ZÄÖÜ][\w'’-]+)\s+(?:and|und|&)\s+(?:[A-ZÄÖÜ][\w-]+\s+)?$")


def _couple(text: str, cand: Candidate, others: list[Candidate], surnames: set[str]) -> bool:
    """'Chris and Bruce Example', 'Anna und Peter Keller': a bare first name joined to a full name shares its surname,
    a couple or family named together (donors, residents, owners), not experts. Not the surname of somebody the
    text names ('by Muster and Christine Example')."""
    offset = max(0, cand.start - 40)
    m = _COUPLE.search(text[offset:cand.start])
    if not m or not is_first_name(m.group("first")) or m.group("first") in surnames:
        return False
    return not any(other.end == offset + m.end("first") for other in others)  # not the surname of another name


_BACK_THEN = re.compile(r"\b(?:[Dd]amals|[Dd]amalige\w*|[Ss]einerzeit|at the time|back then|in those days)\b")
_YEAR = re.compile(r"(?<![\d.,/-])(1[0-9]\d\d|20\d\d)(?![\d-]|[.,]\d)")


# A number from 1000 to 1999 is a year only where it stands as one: after 'im Jahr', 'in', 'seit', a month, or
# followed by no noun of quantity ('1792 sagte', 'in 1792'); '1200 Mitarbeiter', 'rund 1500 Euro' count things.
_YEAR_CUE = re.compile(r"\b(?:[Jj]ahr(?:e|es)?|[Yy]ear|[Aa]nno|[Ss]ommer|[Ww]inter|[Ff]rühjahr|[Hh]erbst|summer|spring|"
                       r"autumn|" + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3), key=len, reverse=True))
                       + r")\s+$")
_YEAR_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ii]m|[Ss]eit|[Bb]is|[Uu]m|[Aa]b|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ff]rom|"
                              r"[Vv]on|[Vv]or|[Nn]ach|[Bb]efore|[Aa]fter)\s+$")
_QUANTIFIER_BEFORE = re.compile(r"\b(?:rund|etwa|ungefähr|über|mehr als|weniger als|fast|knapp|bis zu|insgesamt|je|"
                               r"around|about|over|nearly|almost|some|more than|fewer than|less than|up to|"
                               r"mit|with|hat|haben|has|have|had)\s+$|[€$£]\s*$", re.I)
_QUANTITY_AFTER = re.compile(r"\s*(?:[€$£%‰]|(?:Mio|Mrd|Tsd|km|kg|ha|qm|m²|cm|mm|t)\b\.?|(?:Million|Milliard|Euro|Dollar|"
                            r"Franken|Pfund|Prozent|Meter|Kilometer|Kilogramm|Tonne|Hektar|Mitarbeit|Beschäftigt|"
                            r"Menschen|Personen|Einwohner|Besucher|Teilnehm|Stück|Seite|Fäll|Patient|Studierend|"
                            r"Student|Schüler|Mitglied|Exemplar|Arbeitsplätz|Stell)\w*\b|(?:million|billion|thousand|"
                            r"percent|euros?|dollars?|pounds?|francs?|metres?|meters?|miles?|feet|tons?|tonnes?|"
                            r"hectares?|acres?|employees|people|workers|staff|residents|visitors|participants|"
                            r"students|patients|members|jobs|cases|copies|units|pages|words|households|users|"
                            r"customers|children|men|women|samples|species)\b)")


def is_year(text: str, start: int, end: int) -> bool:
    """The number text[start:end] (1000–2099) stands as a year: 'im Jahr 1792', 'in 1792', '1792 sagte', not
    '1200 Mitarbeiter', 'rund 1500 Euro', '1400 employees'."""
    before, after = text[max(0, start - 30):start], text[end:end + 30]
    if _YEAR_CUE.search(before):
        return True
    if _QUANTIFIER_BEFORE.search(before) or _QUANTITY_AFTER.match(after):
        return False
    if _YEAR_PREPOSITION.search(before):
        return True
    return not re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", after)  # '1200 Mitarbeiter': a noun that counts



def _said_long_ago(doc: Document, index: int, cand: Candidate) -> bool:
    """'Apotheker X … schrieb im ersten Heft …' after 'Damals … 1908', 'war X, als sie 1899 …, so sagte
    sie': a statement in the past tense whose sentence, read with the two paragraphs before it, is last dated before
    HISTORY_YEAR comes from a historical figure."""
    text = doc.blocks[index].text or ""
    s, e = _sentence_bounds(text, cand.start, cand.end)
    if not {w.casefold() for w in re.findall(r"[\wäöüß]+", text[s:e])} & PAST_SPEECH_VERBS:
        return False
    window = " ".join(b.text or "" for b in doc.blocks[max(0, index - 2):index]) + " " + text[:e]
    # only numbers that stand as years ('im Jahr 1792', '1792 sagte'), not counts ('1200 Mitarbeiter', '1500 Euro')
    years = [m for m in _YEAR.finditer(window) if is_year(window, m.start(), m.end())]
    if not years or int(years[-1].group()) >= HISTORY_YEAR:
        return False
    # the year dates the statement itself, or the text says it is set back then ('Damals', 'at the time')
    return years[-1].start() >= len(window) - (e - s) or bool(_BACK_THEN.search(window))


def _historical_after(text: str) -> bool:
    """Life dates or a relative clause set before 1900 right after a name (HISTORICAL), its year a year."""
    m = HISTORICAL.match(text)
    return bool(m) and (m.group("year") is None or is_year(text, m.start("year"), m.end("year")))


_KIN = (r"(?:mother|father|mom|mum|dad|wife|husband|son|daughter|sister|brother|grand(?:mother|father|son|daughter)|"
        r"parents?|widow|widower|Mutter|Vater|Ehefrau|Ehemann|Gattin|Gatte|Tochter|Sohn|Schwester|Bruder|Oma|Opa|"
        r"Großmutter|Großvater|Enkelin|Enkel|Witwe|Witwer|Eltern)")
_PATIENT = r"(?:patient|Patient(?:in)?)"
# 'Mia's mother X', 'ihre Tochter X', 'patient X', 'Patientin X' (a possessive before a relative: 'seine Frau' alone
# could be an honorific)
_LAY_BEFORE = re.compile(rf"(?:(?:\b[A-ZÄÖÜ][\w-]*['’]s|\b(?:his|her|their|my|our|sein\w*|ihr\w*|dessen|deren|unser\w*))"
                         rf"\s+(?:[a-zäöüß-]+\s+)?{_KIN}|(?:^|(?<=[\s(]))(?:the\s+|der\s+|die\s+)?{_PATIENT})\s*,?\s*$")
# 'X, the mother of …', 'X, Mutter von …', 'X hat als zweiter Patient …', 'X, a patient at …'
_LAY_AFTER = re.compile(rf"\s*(?:,\s*(?:(?:the|a|an|die|der|eine?)\s+)?(?:[a-zäöüß-]+\s+)?(?:{_KIN}\s+(?:of|von|eine[rs]?|des|der)\b|"
                        rf"{_PATIENT}\b)|\s+(?:[a-zäöüß]+\s+){{0,2}}als\s+(?:[\w-]+\s+){{0,2}}{_PATIENT}\b)")


def _lay_relation(text: str, cand: Candidate) -> bool:
    """A relative or a patient ('Mia's mother X', 'X, the father of …', 'X hat als erster Patient …'): quoted, they
    speak as private people, not as experts."""
    return bool(_LAY_BEFORE.search(text[max(0, cand.start - 60):cand.start])
                or _LAY_AFTER.match(text[cand.end:cand.end + 80]))


_BULLET_INSIDE = re.compile(r"(?<=\s)[•▪●◦]\s")


def _in_name_list(text: str, cand: Candidate, cands: list[Candidate]) -> bool:
    """The name stands in a sentence (or list item) that names LIST_NAMES people or more. A bullet inside a
    paragraph starts an item of its own (list items a copy ran together)."""
    for s, e in sentence_spans(text):
        if s <= cand.start < e:
            s = max([s, *(m.end() for m in _BULLET_INSIDE.finditer(text, s, cand.start))])
            e = next((m.start() for m in _BULLET_INSIDE.finditer(text, cand.end, e)), e)
            return len({c.name for c in cands if s <= c.start < e}) >= LIST_NAMES
    return False


class _Registry:
    def __init__(self):
        self.people: dict[str, _Person] = {}
        self.contact_start: int | None = None  # the block where a contact section begins
        self.aliases: dict[str, str] = {}  # a misspelt label → the name it stands for
        self.possessive: set[str] = set()  # names read before a noun ('Anna Musters Studie'): maybe a genitive

    def _rename(self, person: _Person, name: str) -> None:
        """The person is known under `name` from now on; the old name stays an alias."""
        del self.people[person.name]
        self.aliases[person.name] = name
        person.name = name
        self.people[name] = person

    def add(self, name: str, title: str | None = None, signal: str = "", block: int | None = None,
            possessive: bool = False) -> _Person:
        name = re.sub(r"\s+", " ", name).strip()
        if possessive:
            self.possessive.add(name)
        person = self.people.get(name) or self._aliased(name)
        if person is None:
            # 'Stefan Example' and 'Stephan Example': one person whose first name the text spells two ways
            person = next((o for o in self.people.values() if _spelling_variant(o.name, name)), None)
            if person is not None:
                self.aliases[name] = person.name
        if person is None:
            # 'J. D. Example' and 'JD Example', a name with and without a middle initial: one person
            for other in self.people.values():
                if _same(other.name, name):
                    person = other
                    break
            if person is not None and _office_and_surname(person.name) and not _office_and_surname(name):
                self._rename(person, name)  # 'RP Example' was read first, 'Anna Example' is the name
        if person is None:
            # 'Anna Musters Studie', "Anna Muster's study": the genitive of a person the text names in full
            person = next((o for o in self.people.values() if _genitive_of(name, o.name, self.possessive)), None)
            if person is not None:
                self.aliases[name] = person.name
                if name not in person.labels:
                    person.labels.append(name)
            else:
                # the genitive was read first: the name without its ending is the person's
                first = next((o for o in self.people.values() if _genitive_of(o.name, name, self.possessive)), None)
                if first is not None:
                    first.labels = [*first.labels, first.name]
                    self._rename(first, name)
                    person = first
        if person is None and signal == "label":
            # a transcript's label that misspells a first name by one letter ('Marla X:' for 'Marta X')
            person = next((o for o in self.people.values() if _one_letter_apart(o.name, name)), None)
            if person is not None:
                self.aliases[name] = person.name
        if person is None:
            person = self.people[name] = _Person(name)
        if title and (person.title is None or len(title) > len(person.title)):
            person.title = title
        if signal:
            person.signals.add(signal)
        if block is not None:
            person.blocks.add(block)
        self._count_spelling(person, name)
        return person

    def _aliased(self, name: str) -> _Person | None:
        seen = set()
        while name in self.aliases and name not in seen:  # an alias of a name that was renamed in turn
            seen.add(name)
            name = self.aliases[name]
        return self.people.get(name)

    def _count_spelling(self, person: _Person, name: str) -> None:
        """The spelling the text prints more often is the person's name ('Stephan' three times, 'Stefan' once)."""
        person.spellings[name] = person.spellings.get(name, 0) + 1
        if name != person.name and _spelling_variant(person.name, name) \
                and person.spellings[name] > person.spellings.get(person.name, 0):
            self.aliases.pop(name, None)
            self._rename(person, name)

    def surname_map(self) -> dict[str, str]:
        by_surname: dict[str, list[str]] = {}
        for person in self.people.values():
            for key in {person.name.split()[-1], surname_of(person.name)}:
                by_surname.setdefault(key, []).append(person.name)
        return {s: names[0] for s, names in by_surname.items() if len(names) == 1}


def _one_letter_apart(a: str, b: str) -> bool:
    """Same surname, first names of four letters or more that differ in one letter only."""
    ta, tb = a.split(), b.split()
    if len(ta) != 2 or len(tb) != 2 or ta[1] != tb[1] or len(ta[0]) != len(tb[0]) or len(ta[0]) < 4:
        return False
    return sum(x != y for x, y in zip(ta[0], tb[0])) == 1 and ta[0][0] == tb[0][0]


def _spelling_key(word: str) -> str:
    """A first name with the spelling variants of German and English folded: 'Stephan'/'Stefan', 'Matthias'/'Mathias',
    'Carsten'/'Karsten', 'Philipp'/'Philip'."""
    key = _fold(word).casefold()
    for old, new in (("ph", "f"), ("th", "t"), ("ck", "k"), ("c", "k"), ("y", "i")):
        key = key.replace(old, new)
    return re.sub(r"(.)\1", r"\1", key)


def _spelling_variant(a: str, b: str) -> bool:
    """Two full names with the same surname and first names that are spelling variants of each other."""
    ta, tb = a.split(), b.split()
    return len(ta) == len(tb) == 2 and ta[1] == tb[1] and ta[0] != tb[0] and len(ta[0]) >= 4 \
        and _spelling_key(ta[0]) == _spelling_key(tb[0])


def _genitive_of(name: str, base: str, possessive: set[str]) -> bool:
    """"Anna Muster's", or 'Anna Musters' read before a noun ('Anna Musters Studie'), is the genitive of 'Anna
    Muster' (same tokens, the last with 's or -s); 'mit Anna Peters über' names somebody else."""
    tn, tb = name.split(), base.split()
    if len(tn) != len(tb) or len(tn) < 2 or tn[:-1] != tb[:-1]:
        return False
    return tn[-1] in (tb[-1] + "'s", tb[-1] + "’s") or (tn[-1] == tb[-1] + "s" and name in possessive)


def _office_and_surname(name: str) -> bool:
    """'RP Example', 'OB Example': an office abbreviated in two capitals (no full stops) and a surname."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{2} \S+", name))


def _same(a: str, b: str) -> bool:
    ka, kb = _fold(re.sub(r"[.\s]", "", a)), _fold(re.sub(r"[.\s]", "", b))
    if ka == kb:
        return True
    ta, tb = a.split(), b.split()
    if ta[-1] == tb[-1] and ta[0] == tb[0] and (len(ta) != len(tb)):
        return True
    # 'RP Example' and 'Anna Example': the office's abbreviation before the surname of a person with a first name
    if ta[-1] == tb[-1] and _office_and_surname(a) != _office_and_surname(b) \
            and is_first_name((tb if _office_and_surname(a) else ta)[0]):
        return True
    # 'Muster zu Beispielhausen' (as addressed) and 'Anna Muster zu Beispielhausen': the full surname
    short, long = (a, b) if len(ta) < len(tb) else (b, a)
    return len(short.split()) >= 2 and short != long and surname_of(long) == short



# a title right before a surname ('Dr. Muster', 'Prof. Dr. Muster', 'Professor Muster', 'Herrn Dr. Muster')
_SURNAME_TITLE = re.compile(rf"(?:^|(?<=[\s(„“\"'»]))(?P<title>(?:Professor(?:in)?\s+)?(?:{TITLES})|Professor(?:in)?)\s*$")


def _surname_title(left: str) -> str | None:
    """The academic title printed right before a surname mention, or None."""
    m = _SURNAME_TITLE.search(left[-60:])
    return re.sub(r"\s+", " ", m.group("title")).strip() if m else None


# the mailbox of a press office ('presse@…', 'media@…'): who answers there is a press contact. A newsroom's
# ('news@…') too: here it tells a press contact from an expert, whereas `kind.press_mailbox` must leave it out, since
# it tells a release from a news outlet's text, and an outlet gives its newsroom's mailbox.
_PRESS_MAILBOX = re.compile(r"^(?:(?![.!?]\s+[A-ZÄÖÜ])[^@\n])*?(?<![\w.+-])"
                            rf"(?:{alternation(PRESS_MAILBOX_NAMES | {'newsroom', 'news'})})@", re.I)


def _described_as_researcher(person: _Person) -> bool:
    """The text (not a contact block) describes the person with a research role or a research organisation
    ('Anna Muster vom Seminar für Sprachwissenschaft der Universität Beispielstadt')."""
    return any((d.role and has_stem(d.role, RESEARCH_ROLE_STEMS + SCHOLARLY_ROLE_STEMS)
                and not has_stem(d.role, LAY_ROLE_STEMS + JOURNALIST_STEMS))
               or any(research_org(a) for a in d.affiliations) for d in person.descriptions)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    for s, e in sentence_spans(text):
        if s <= start < e or s < end <= e:
            return s, e
    return 0, len(text)


_TITLE_ROLE = re.compile(r"(?i)prof(?:essor(?:in)?|\.)?|privatdozent(?:in)?")


# A speech verb right before the name (and its role words): 'sagte der Moorforscher X', 'erklärte X'.
_SPEECH_BEFORE = re.compile(r"\b(?:" + speech_verb_pattern("so", "laut", "zufolge") +
                            r")\s+(?:(?:der|die|dem)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# 'Herrn Professor Dr.' (a form of address), 'die Professorinnen Dr. X und Dr. Y' (a plural): no role of its own
_PROFESSOR_END = re.compile(r"(?:(?<=\s)|^)(?:{h}\s+Professor(?:in)?|Professor(?:innen|en))\s*$".format(h=HONORIFIC))
_PROFESSOR_BEFORE = re.compile(rf"(?:^|(?<=[\s(„\"]))(?P<word>Professor(?:in|innen|en)?)\s+(?:{TITLES})$")


def professor_title(text: str, cand: Candidate, previous: Candidate | None = None) -> str | None:
    """'Professor Dr. X' → 'Professor Dr.', 'die Professorinnen Dr. X und Dr. Y' → 'Professorin Dr.' for both:
    the professor word before an academic title belongs to the title."""
    if not cand.title:
        return None
    head = text[:cand.start]
    m = _PROFESSOR_BEFORE.search(head)
    if m is None and previous is not None and previous.title and re.fullmatch(
            rf"\s+(?:und|and|sowie|&)\s+(?:{TITLES})", text[previous.end:cand.start]):
        m = _PROFESSOR_BEFORE.search(text[:previous.start])
        if m and not re.search(r"(?:innen|en)$", m.group("word")):
            m = None  # only a plural ('die Professorinnen') covers the second name
    if m is None:
        return None
    word = singular(m.group("word"), (("innen", "in"), ("oren", "or")), role=False) or m.group("word")
    return f"{word} {cand.title}"


_ROLE_OF_BEFORE_TITLE = re.compile(r"(?:^|\s)(?P<art>der|die|dem|den|the)\s+(?P<role>(?:[\w-]+\s+)?[\w-]+)\s+"
                                   r"(?P<conn>des|der|von|vom|of|at)\s+(?P<org>[A-ZÄÖÜ][\w.&'’-]*\s+(?:(?:[A-ZÄÖÜ][\w.&'’-]*|für|for|of|and|und)\s+){0,5}?)$")


def _role_before_title(left: str) -> Description | None:
    """'beschreibt der Leiter des Beispielhofes Prof. X': a role phrase right before a titled name, no comma (the
    title marks where the name begins). An organisation after the role is the affiliation; another place (a
    farm, a collection) stays part of the role."""
    m = _ROLE_OF_BEFORE_TITLE.search(left)
    if not m or not is_role_word(m.group("role").split()[-1]):
        return None
    org = m.group("org").strip()
    if any(is_org_part(w) for w in org.split()) or research_org(org) or is_top_org(org):
        return Description(role=m.group("role"), affiliations=[nominative_org(org)])
    return Description(role=f"{m.group('role')} {m.group('conn')} {org}")


def _coordinated_rest(right: str) -> str | None:
    """'… und Dr. Y vom Fachgebiet Z' → ' vom Fachgebiet Z': what follows the second of two coordinated names."""
    m = re.match(r"\s+(?:und|and|sowie|&)\s+", right)
    if not m:
        return None
    cands = find_candidates(right[m.end():m.end() + 120])
    if not cands or cands[0].start != 0 and not re.fullmatch(rf"(?:{TITLES})", right[m.end():m.end() + cands[0].start]):
        return None
    return right[m.end() + cands[0].end:]


# 'die Neurologische Klinik des Universitätsklinikums X (Direktor: Prof. Y)': the head of the organisation before
_HEAD_IN_PARENTHESIS = re.compile(rf"(?P<org>[A-ZÄÖÜ][^()]{{2,120}}?)\s*\(\s*(?P<role>[\w-]+)\s*:?\s*(?:(?:{TITLES})\s*)?$")


def _head_in_parenthesis(left: str) -> Description | None:
    m = _HEAD_IN_PARENTHESIS.search(left)
    if not m or not is_role_word(m.group("role")) or not has_stem(m.group("role"), HEAD_STEMS + ("chef", "chief")):
        return None
    _head, units, affs = parse_chain("x in " + m.group("org").split(" in ")[-1].split(" im ")[-1])
    if not affs:
        return None
    return Description(role=m.group("role"), units=units, affiliations=affs)


def _describe(text: str, cand_start: int, cand_end: int) -> Description | None:
    s, e = _sentence_bounds(text, cand_start, cand_end)
    left, right = text[s:cand_start], text[cand_end:e]
    # a title or form of address before the name is not part of the left context ('CEO, Mr. X')
    left = re.sub(rf"(?:(?:{TITLES})|(?:{HONORIFIC})\s+(?:{TITLES})?)$", "", left)
    # 'Herrn Professor Dr. X', 'die Professorinnen Dr. X und Dr. Y': the professor word is part of the title
    if left != text[s:cand_start]:
        left = _PROFESSOR_END.sub("", left)
    before = describe_before(left, antecedent_org(left))
    # 'der Leiter des Beispielhofes (Prof.) X': with or without a title between, the name's start ends the phrase
    if before is None or not before.role:
        before = _role_before_title(left) or before
    after = describe_after(right) if not own_initials(text[cand_start:cand_end], right) else None
    if after is None and (pair := _coordinated_rest(right)):
        after = describe_after(pair)  # 'Dr. X und Dr. Y vom Fachgebiet Z': the apposition after both names
    if after and _SPEECH_BEFORE.search(left) and re.match(r"\s+(?:der|dem)\s+[A-ZÄÖÜ]", right):
        after = None  # '…, sagte der Forscher X der Deutschen Presse-Agentur': whom he told, not his employer
    # a title word before the name ('Professor Dr. X, Direktor des Instituts'): the stated function wins
    if before and after and after.role and before.role and _TITLE_ROLE.fullmatch(before.role):
        before = Description(units=before.units, affiliations=before.affiliations)
    desc = Description()
    for part in (before, after):
        if part is None:
            continue
        desc.role = desc.role or part.role
        desc.units = desc.units or part.units
        desc.affiliations = desc.affiliations or part.affiliations
    if not desc.affiliations and (head := _head_in_parenthesis(text[s:cand_start])):
        desc.role = desc.role or head.role
        desc.units, desc.affiliations = desc.units or head.units, head.affiliations
    if not desc.affiliations:
        match = _PREDICATE.search(right)
        if match and not re.search(r"[.!?]\s", right[:match.start()]):
            _head, units, affs = parse_chain("x " + match.group("chain"))
            desc.units, desc.affiliations = desc.units or units, affs
    return desc if (desc.role or desc.affiliations) else None


_PRONOUN_IS = re.compile(r"\s*(?P<pron>He|She|Er|Sie)(?:['’]s|\s+is|\s+ist)\s+(?P<rest>[^\n]+)")


_GROUP_NOUN = re.compile(r"\b(?P<noun>Professor(?:en|innen|\*innen|:innen)|Wissenschaftler(?:innen)?|Forscher(?:innen)?|"
                         r"Forschenden|professors|researchers|scientists)\b")
_LISTED_WITH_FIELD = re.compile(r"(?:[:,]|\b(?:und|and|sowie))\s+(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})"
                                r"\s*\((?P<field>[^()\d]{2,80})\)")
_FIELD_AFTER = re.compile(r"\s*\((?P<field>[^()\d]{2,80})\)")


_GROUP_ENDINGS = (("innen", "in"), ("oren", "or"), ("enden", "ende"), ("s", ""))


def _singular(noun: str) -> str:
    """'Professor*innen' → 'Professor', 'Forschenden' → 'Forschende', 'researchers' → 'researcher'."""
    noun = re.sub(r"(?:\*|:)innen$", "", noun)
    return singular(noun, _GROUP_ENDINGS, role=False) or noun


# the name as the subject of a verb of research at the start of a sentence: 'X forscht zu …', 'X researches …'
_RESEARCHES = re.compile(r"\s+(?:(?:seit\s+\d{4}|since\s+\d{4}|bereits|schon|already)\s+)?"
                         r"(?:forscht|forschte|erforscht|erforschte|researches|researched|studies|studied|investigates|"
                         r"investigated)\s+(?:(?:zu|zur|zum|über|an|am|im|in|on|into|the|how|wie|ob|whether|seit)\b)")
# 'Forschende von drei Universitäten, darunter auch X', 'researchers …, among them X': a member of the group
_AMONG = re.compile(r"(?:,|\s–|\s-)?\s+(?:darunter(?:\s+auch)?|unter\s+ihnen(?:\s+auch)?|among\s+them|including)\s+$")


def _member_of_group(text: str, cand: Candidate) -> str | None:
    """The role a group of researchers named earlier in the sentence gives the name after 'darunter', 'among them',
    'including' ('Wissenschaftlerinnen und Wissenschaftler von drei Universitäten, darunter auch X' → 'Wissenschaftler')."""
    s, _e = _sentence_bounds(text, cand.start, cand.end)
    left = re.sub(rf"(?:(?:{TITLES})\s*)+$", "", text[s:cand.start])
    m = _AMONG.search(left)
    if not m:
        return None
    nouns = list(_GROUP_NOUN.finditer(left[:m.start()]))
    if not nouns or len(left[nouns[-1].end():m.start()]) > 120 or re.search(r"[;:]", left[nouns[-1].end():m.start()]):
        return None
    return _singular(nouns[-1].group("noun"))


def _by_block(occurrences: list[tuple[int, Candidate]]) -> dict[int, list[Candidate]]:
    """The names found, grouped by the block they stand in."""
    by_block: dict[int, list[Candidate]] = {}
    for index, cand in occurrences:
        by_block.setdefault(index, []).append(cand)
    return by_block


def _field_lists(doc: Document, reg: _Registry, occurrences: list[tuple[int, Candidate]]) -> None:
    """'Die neuen Professoren … (von links): X (Bodenkunde), Y (Soil Physics) und Z (Marketing)': people
    listed each with their field in parentheses, where the passage names them as professors, researchers or
    scientists (a plural in the block or the next one), are presented as experts in that field."""
    by_block = _by_block(occurrences)
    for index, cands in [(i, by_block.get(i, [])) for i in range(len(doc.blocks))]:
        block = doc.blocks[index]
        if block.kind not in ("paragraph", "image", "list") or not block.text:
            continue
        fields = {}
        for cand in cands:
            m = _FIELD_AFTER.match(block.text, cand.end)
            if m and not any(is_role_word(w) for w in re.findall(r"[\w-]+", m.group("field"))) \
                    and not re.fullmatch(r"[A-ZÄÖÜ]{1,6}", m.group("field").strip()):
                fields[cand.name] = m.group("field").strip()
        # a member of the list whose first name the gazetteer does not know: the shape of a name between separators
        shaped = []
        for m in _LISTED_WITH_FIELD.finditer(block.text):
            name = m.group("name")
            if name not in fields and name_shaped(name) and not any(c.start <= m.start("name") < c.end for c in cands) \
                    and not any(is_role_word(w) for w in re.findall(r"[\w-]+", m.group("field"))):
                shaped.append((Candidate(name, m.start("name"), m.end("name"), None, "context"), m.group("field").strip()))
        if len(fields) + len(shaped) < 2:
            continue
        nearby = " ".join(b.text or "" for b in doc.blocks[index:index + 2] if b.kind in ("paragraph", "image", "heading"))
        group = _GROUP_NOUN.search(nearby)
        if not group:
            continue
        for cand, field_ in shaped:
            reg.add(cand.name, None, "context", index).places.add("list")
            occurrences.append((index, cand))
            fields[cand.name] = field_
        role = _singular(group.group("noun"))
        for name, field_ in fields.items():
            person = reg.people[name]
            person.descriptions = [d for d in person.descriptions if field_ not in d.affiliations]
            person.descriptions.append(Description(role=f"{role}, {field_}", weight=3))
            person.roles.add("presented")


_AUTHOR_SEPARATOR = re.compile(r"\s*(?:,|&|and|und)\s*(?:(?:,|&|and|und)\s*)?")
_AFTER_AUTHORS = re.compile(r"\s*(?:[\d*†,]+\s*)?(?=[A-ZÄÖÜ])")


def _author_lists(doc: Document, reg: _Registry, occurrences: list[tuple[int, Candidate]]) -> None:
    """'Title A B, C D & E F Research Centre & X University …': names joined only by commas and '&', then at once
    (no verb, no punctuation) a research organisation: the author line of a report or paper, whose authors the
    source presents with that affiliation."""
    for index, cands in _by_block(occurrences).items():
        block = doc.blocks[index]
        if block.kind not in ("paragraph", "heading"):
            continue
        text = block.text
        cands = sorted({(c.start, c.end, c.name): c for c in cands}.values(), key=lambda c: c.start)
        run: list[Candidate] = []
        for k, cand in enumerate(cands):
            if run and _AUTHOR_SEPARATOR.fullmatch(text[run[-1].end:cand.start]) and not cand.title:
                run.append(cand)
            else:
                run = [cand] if not cand.title else []
            following = cands[k + 1] if k + 1 < len(cands) else None
            if len(run) < 2 or (following and _AUTHOR_SEPARATOR.fullmatch(text[cand.end:following.start])):
                continue
            after = _AFTER_AUTHORS.match(text, cand.end)
            org = _first_organisation(text[after.end():after.end() + 160]) if after else ""
            if org and research_org(org):
                role = "Autor" if doc.meta.language == "de" else "Author"
                for member in run:
                    person = reg.people[member.name]
                    person.roles.add("report_author")
                    person.descriptions.append(Description(role=role, affiliations=[org]))
            run = []


# A verb of scholarly treatment after the names ('A, B und C widmen sich der „…“', 'A and B examine a study of …')
_TREATS = re.compile(r"\s+(?:widm(?:en|et)\s+sich|befass(?:en|t)\s+sich|behandel(?:n|t)|thematisier(?:en|t)|"
                     r"untersuch(?:en|t)|analysier(?:en|t)|beschreib(?:en|t)|diskutier(?:en|t)|"
                     r"examine|examines|discuss|discusses|analy[sz]es?|investigates?|explores?|describes?)\b")
_TREATED = re.compile(r"[„“\"»«]|\b(?:Studie|Untersuchung|Beitrag|Analyse|Befragung|Erhebung|study|paper|article|"
                      r"survey|analysis)\b")
_NAME_SEPARATOR = re.compile(r"\s*(?:,|und|and|&)\s*(?:(?:und|and|&)\s+)?")
_SHAPED_BETWEEN = re.compile(r"\s*,\s*(?P<name>[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s*(?:,|und|and|&)\s*")


def _study_authors(doc: Document, reg: _Registry, occurrences: list[tuple[int, Candidate]]) -> None:
    """'A, B und C widmen sich der „…“', 'A and B examine a study of …': names joined by commas and 'und', then at
    once a verb of scholarly treatment whose object is a title in quotation marks or a study: the authors of the
    contributions a journal's cover or contents presents. A member whose first name the gazetteer does not know
    counts where it has the shape of a name between two found ones."""
    for index, cands in _by_block(occurrences).items():
        block = doc.blocks[index]
        if block.kind not in ("paragraph", "heading", "list") or not block.text:
            continue
        text = block.text
        cands = sorted({(c.start, c.end): c for c in cands}.values(), key=lambda c: c.start)
        run: list[Candidate] = []
        for k, cand in enumerate(cands):
            between = text[run[-1].end:cand.start] if run else ""
            shaped = _SHAPED_BETWEEN.fullmatch(between) if run else None
            if run and shaped and name_shaped(shaped.group("name")):
                start = run[-1].end + shaped.start("name")
                run.append(Candidate(shaped.group("name"), start, start + len(shaped.group("name")), None, "context"))
                run.append(cand)
            elif run and _NAME_SEPARATOR.fullmatch(between):
                run.append(cand)
            else:
                run = [cand]
            verb = _TREATS.match(text, cand.end)
            if len(run) < 2 or not verb:
                continue
            _s, e = _sentence_bounds(text, verb.start(), verb.end())
            if not _TREATED.search(text, verb.end(), max(e, verb.end())):
                run = []
                continue
            role = "Autor" if doc.meta.language == "de" else "Author"
            for member in run:
                person = reg.add(member.name, None, member.signal, index)
                if member.signal == "context" and not any(c is member for _i, c in occurrences):
                    person.places.add("text")
                    occurrences.append((index, member))
                person.roles.add("report_author")
                person.descriptions.append(Description(role=role))
            run = []


def _first_organisation(text: str) -> str:
    """'Beispiel Reef Research Centre & Eastford University Founded …' → 'Beispiel Reef Research Centre': the
    capitalised words up to the first head noun of an organisation."""
    words: list[str] = []
    for word in text.split()[:10]:
        bare = word.strip(",.;:")
        if not (bare[:1].isupper() or bare[:1].isdigit() or bare.casefold() in ("of", "for", "für", "der", "des")):
            return ""
        words.append(bare)
        if is_org_part(bare) or bare.casefold() in ("centre", "center", "zentrum"):
            return " ".join(words)
        if bare != word:
            return ""
    return ""


def _pronoun_predicate(text: str, cand: Candidate) -> Description | None:
    """'… is John Example. He's coordinator of … at the Beispiel Science Foundation': the sentence after the
    one that names a single person, opening with 'He is'/'Sie ist' and a role, describes that person."""
    spans = sentence_spans(text)
    k = next((k for k, (s, e) in enumerate(spans) if s <= cand.start < e), None)
    if k is None or k + 1 >= len(spans):
        return None
    s, e = spans[k]
    if len({c.name for c in find_candidates(text[s:e])}) != 1:
        return None
    nxt = text[spans[k + 1][0]:spans[k + 1][1]]
    m = _PRONOUN_IS.match(nxt)
    if not m or find_candidates(nxt) or not gender_fits(m.group("pron").casefold(), cand.name):
        return None
    rest = re.sub(r"[.!?]\s*$", "", m.group("rest"))
    words = re.findall(r"[\w-]+", rest)[:4]
    if not any(is_role_word(w) for w in words):
        return None
    desc = describe_after(" ist " + rest)
    if desc is None or not desc.role:
        return None
    if not desc.affiliations:
        # '…, and co-director of the program at the Beispiel Science Foundation in Eastford'
        at = re.search(r"\b(?:at|an der|am|bei der|beim)\s+(?:the\s+)?(?P<org>[A-ZÄÖÜ][^,.;]{2,80})", rest)
        org = trim_org(at.group("org")) if at else ""
        if org and (research_org(org) or is_top_org(org) or any(w.casefold() in ORG_WORDS for w in org.split())):
            desc.affiliations = [org]
    return desc


# an adjective before the role word ('Stellvertretende Klinikdirektorin', 'Leitender Oberarzt', 'Deputy Director')
_ROLE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es)|Deputy|Senior|Associate|Assistant|Acting|Interim|Chief")


def _opens_with_role(text: str) -> bool:
    """The text opens with a role word, maybe after an adjective ('Stellvertretende Direktorin; Leiterin …')."""
    words = re.findall(r"[\w-]+", text[:80])[:2]
    if not words:
        return False
    # ('The members …', 'Die Mitglieder …': an article opens a sentence, not a role)
    return is_role_word(words[0]) or (len(words) == 2 and bool(_ROLE_ADJECTIVE.fullmatch(words[0]))
                                      and words[0].casefold() not in FUNCTION_WORDS and is_role_word(words[1]))


# the paragraph under a name continues its sentence: 'is a director at …', 'ist Leiterin des …'
_PREDICATE_OPENING = re.compile(r"(?:is|was|ist|war)\s+(?=\S)")
_NOUN_PHRASE = re.compile(r"(?:is|was|ist|war)\s+(?:a|an|the|ein|eine|der|die)\s+(?P<role>[^.,;:!?()]{3,80}?)"
                          r"(?=\s+(?:who|which|that|and\s+(?:has|was|is)|der|die|und\s+(?:hat|war|ist))\b|[.,;:!?(]|$)")


def _continued_profile(text: str) -> Description | None:
    """'X' over 'is a director at the Example Academy. …': a profile whose first sentence the name opens; its
    role (and organisation) from the predicate."""
    sentence = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    desc = describe_after(" " + sentence)
    if desc and desc.role:
        return Description(role=desc.role, units=desc.units, affiliations=desc.affiliations, weight=3)
    m = _NOUN_PHRASE.match(sentence)
    if m and len(m.group("role").split()) <= 8:
        return Description(role=m.group("role").strip(), weight=3)
    return None


def _profile(doc: Document, index: int, person: _Person) -> Description | None:
    """A block that is only the name, then a paragraph of role sentences ('Ansprechpartner … Geschäftsführer …')."""
    nxt = next((b for b in doc.blocks[index + 1:index + 2] if b.kind == "paragraph"), None)
    if nxt is None or _label_of_next_name(doc, index + 1):
        return None
    if _PREDICATE_OPENING.match(nxt.text):
        return _continued_profile(nxt.text)
    if not _opens_with_role(nxt.text):
        return None
    roles = []
    affiliation = None
    for sentence in re.split(r"(?<=[.!?])\s+", nxt.text):
        if not _opens_with_role(sentence):
            break
        role = re.sub(r"\s*\([^)]*\)", "", sentence).strip(" .")
        roles.append(role)
        if not roles[1:] and affiliation is None:
            _head, _units, affs = parse_chain(role)
            affiliation = affs[0] if affs else None
    if not roles:
        return None
    affiliation = affiliation or doc.meta.publisher
    return Description(role="; ".join(roles), affiliations=[affiliation] if affiliation else [], weight=3)


def _label_of_next_name(doc: Document, index: int) -> bool:
    """An imprint or a list of credits prints label and name in turn ('Chefredakteurin' / 'Anna Muster' / 'Chief
    Editor' / 'Ben Beispiel'): a bare label (no sentence) followed by a block that is only a name labels that name,
    not the name above it. The name above must have a label over it too: a contact list printing the name first
    ('Anna Muster' / 'Leiterin' / 'Ben Beispiel' / 'Pressesprecher') labels the name above."""
    if index < 2 or not _bare_label(doc.blocks[index - 2]) or not _bare_label(doc.blocks[index]):
        return False
    following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    if following is None or len(following.text or "") > 60:
        return False
    cands = find_candidates(following.text or "")
    return bool(cands) and _is_name_only(following.text, cands[0].name)


def _bare_label(block: Block) -> bool:
    """A short line that is no sentence and no name ('Chefredakteurin', 'Chief Editor')."""
    label = block.as_printed().strip().lstrip("■•*#- ")
    if not label or len(label) > 60 or re.search(r"[.!?]$", label):
        return False
    cands = find_candidates(label)
    return not (cands and _is_name_only(label, cands[0].name))


_OPENING_TITLE = re.compile(rf"^\s*(?:(?P<role>[\w-]+)\s+(?:\([^()]{{1,12}}\)\s*)?)?(?:{TITLES})?$")


def _profile_opening(text: str, cand: Candidate, desc: Description) -> bool:
    """'Privatdozent (PD) Dr. X ist seit 2007 Chefarzt der …', 'X ist seit 2007 Chefarzt der …' opening a paragraph:
    the source presents the person with a profession of expertise (a profile paragraph), even where it names people
    in passing; with or without a title before the name."""
    m = _OPENING_TITLE.match(text[:cand.start])
    if not m or (m.group("role") and not is_role_word(m.group("role"))):
        return False
    return bool(re.match(r"\s+(?:ist|war|is|was)\s", text[cand.end:cand.end + 6])) and bool(desc.role) \
        and has_stem(desc.role, SCHOLARLY_ROLE_STEMS)


def _is_name_only(text: str, name: str) -> bool:
    bare = re.sub(rf"^(?:{TITLES})", "", text.strip(" *#:")).strip()
    return bare == name


def _heading_ends_with(text: str, cand: Candidate) -> bool:
    """'Auswirkungen der Pandemie auf die Versorgung Anna Muster': a programme's heading that runs the talk's title
    and the speaker's name together (a PDF); the name ends it (the paragraph after it must give the role)."""
    return not text[cand.end:].strip(" *#:") and bool(re.search(r"[a-zäöüß?!)“\"]\s+$", text[:cand.start]))


def _contact_blocks(doc: Document, reg: _Registry) -> None:
    """Contact section: groups of name line, unit and organisation lines, e-mail and phone."""
    start = next((i for i, b in enumerate(doc.blocks) if CONTACT_LEAD.match(b.as_printed().strip())), None)
    if start is None:
        return
    reg.contact_start = start
    press = bool(PRESS_CONTACT.search(doc.blocks[start].as_printed()))
    # "Ansprechpartner am BIK:", "Kontakt an der Universität X:": the organisation of the people listed
    lead = re.match(r"[^:\n]*?\b(?:am|an der|beim|bei der|bei|im|vom|von der|at|at the)\s+([A-ZÄÖÜ][^:\n]{1,80}?)\s*:",
                    doc.blocks[start].as_printed().strip())
    lead_org = trim_org(lead.group(1)) if lead else None
    head_text = doc.blocks[start].as_printed()
    if lead_org and ":" in head_text:  # the people may follow in the same block
        for cand in find_candidates(head_text.split(":", 1)[1]):
            if cand.name in reg.people or cand.signal == "title":
                person = reg.add(cand.name, cand.title)
                person.contact_affiliation = person.contact_affiliation or lead_org
    group: list[_Person] = []
    org_lines: list[str] = []

    def close():
        if group and org_lines:
            for person in group:
                person.contact_affiliation = person.contact_affiliation or org_lines[-1]
                person.contact_units = person.contact_units or org_lines[:-1]

    for block in doc.blocks[start + 1:start + 40]:
        if block.kind == "heading" and not TITLED_RE.search(block.text):
            break
        text = block.as_printed().strip()
        names = [c for c in find_candidates(text) if c.name in reg.people or c.signal == "title"]
        if lead_org and not PRESS_CONTACT.search(text):
            for cand in names:
                person = reg.add(cand.name, cand.title)
                person.contact_affiliation = person.contact_affiliation or lead_org
        if names and not EMAIL.search(text):
            close()
            group, org_lines = [], []
            for cand in names:
                person = reg.add(cand.name, cand.title)
                person.roles.add("contact")
                if press or PRESS_CONTACT.search(text):
                    person.roles.add("press")
                group.append(person)
            continue
        if not group:
            continue
        emails = EMAIL.findall(text)
        if emails:
            for address in emails:
                local = _fold(address.split("@")[0])
                owner = next((p for p in group if _fold(p.name.split()[-1]) in local), None)
                if owner is None and len(group) == 1:
                    owner = group[0]
                if owner is not None and owner.email is None:
                    owner.email = address
            continue
        phone = PHONE.search(text)
        if phone and re.match(r"^(?:tel|telefon|phone|fon|mobil|fax)?\.?:?\s*\+?\d", text, re.I):
            if not text.casefold().startswith("fax") and group[0].phone is None:
                group[0].phone = re.sub(r"\s+", " ", phone.group()).strip()
            continue
        if len(text) <= 120 and text[:1].isupper() and not text.endswith("."):
            org_lines.append(trim_org(text) or text)
    close()


_INLINE_LABEL = re.compile(r"^(?P<label>[^:\n]{2,60}?)\s*(?:\((?P<abbr>[A-ZÄÖÜ]{1,4})\))?:\s+\S")


_SIGN = re.compile(r"\s*\((?P<sign>[a-zäöü]{2,4})\)\s*$")


def _signed(name: str, rest_of_line: str) -> bool:
    """'Kultur: Jana Beispiel (jb)' ending its line: a newspaper's writer signs with a lower-case short sign
    made of their own letters (a Redaktionskürzel), so the person is the text's journalist, not its source."""
    m = _SIGN.match(rest_of_line)
    if not m:
        return False
    sign, parts = m.group("sign"), [t.casefold() for t in name.split() if t[:1].isupper()]
    return len(parts) >= 2 and sign[0] in (parts[0][0], parts[-1][0])


def _initials_of(abbr: str, name: str) -> bool:
    """'HM' for 'Hans Muster', 'H' or 'M' too; not 'KI'."""
    initials = "".join(t[0] for t in name.split() if t[:1].isupper())
    return abbr in (initials, initials[:1], initials[-1:]) or abbr == name.split()[-1][:len(abbr)].upper()


def own_initials(name: str, right: str) -> bool:
    """'Hans Muster (HM): …': the parenthesis after a name is the speaker label, not an organisation."""
    m = re.match(r"\s*\(([A-ZÄÖÜ]{1,4})\)\s*:", right)
    return bool(m and _initials_of(m.group(1), name))


def _addressed(doc: Document, name: str) -> bool:
    """'Herr Professor Example, …', 'Frau Example', 'Mr. Example': the text addresses the label's surname, so the
    label names a person whether or not the gazetteer knows the first name."""
    last = re.escape(name.split()[-1])
    return bool(re.search(rf"\b(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professorin|Professor)\s+"
                          rf"(?:(?:Dr\.|Prof\.|Professor|Professorin)\s+)*{last}(?![\w-])", doc.raw_text))


def _addressed_surname(doc: Document, reg: _Registry, part: str) -> bool:
    """'… von Herrn Muster, Lehrlingswart der Innung, …' then 'Muster: …': a one-word answer label that the text
    addresses with 'Herr'/'Frau'/'Mr.' names a person known by the surname only (no full name of theirs is known)."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß'’-]{2,}", part)) and plausible_surname(part) \
        and not is_role_word(part) and not is_org_part(part) and part.casefold() not in FUNCTION_WORDS \
        and not any(part in p.name.split() for p in reg.people.values()) and _addressed(doc, part) \
        and bool(re.search(rf"\b(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?)\s+{re.escape(part)}(?![\w-])", doc.raw_text))


def _capital_surname(doc: Document, name: str) -> bool:
    """'Jane EXAMPLE:', 'Mr. JOHN EXAMPLE (…):': transcripts print the speaker's surname in capitals."""
    tokens = name.split()
    return bool(re.search(rf"(?<![\w-]){re.escape(' '.join(tokens[:-1]))}\s+{re.escape(tokens[-1].upper())}(?![\w-])",
                          doc.raw_text)) or bool(re.search(
        rf"(?<![\w-]){re.escape(name.upper())}(?![\w-])", doc.raw_text))


_VERB_ALT = speech_verb_pattern("so", "laut", "zufolge", "according")
# '"…," said Beispielovic , "…"', '"…", sagte Muster.': a bare surname right after a speech verb, or before one
_SAID_SURNAME = re.compile(rf"\b(?:{_VERB_ALT})\s+(?P<a>[A-ZÄÖÜ][\w'’-]+)\s*[,.;:]|"
                           rf"[,“”\"»«]\s+(?P<b>[A-ZÄÖÜ][\w'’-]+)\s+(?:{_VERB_ALT})\b|"
                           # '„…“, so X.', '„…“, fügt X hinzu.', '„…“, fasst X zusammen.': after a closing quotation,
                           # a comma and a verb, the surname that ends the clause is the speaker (German word order)
                           r"[“”\"»«]\s*,\s*[a-zäöüß]+\s+(?P<c>[A-ZÄÖÜ][\w'’-]+)(?:\s+[a-zäöü]+)?\s*[.,;]")


def _surname_speakers(doc: Document, reg: _Registry, occurrences: list[tuple[int, Candidate]]) -> None:
    """A surname the text quotes ('said Beispielovic') names the person introduced with first name and surname
    earlier ('Strahko Beispielovic hosted …'), even when the gazetteer does not know the first name."""
    known = {t for p in reg.people.values() for t in p.name.split()}
    for block in doc.blocks:
        if block.kind not in ("paragraph", "answer"):
            continue
        for m in _SAID_SURNAME.finditer(block.text or ""):
            last = m.group("a") or m.group("b") or m.group("c")
            if last in known or not name_shaped(f"Xx {last}") or last.casefold() in SPEECH_VERBS \
                    or last.casefold() in AGENCIES:
                continue  # 'told Reuters', 'sagte Reuters': a news agency is told, it is no person
            for index, other in enumerate(doc.blocks):
                if other.kind not in ("paragraph", "answer", "question") or not other.text:
                    continue
                full = re.search(rf"(?<![\w-])(?P<first>[A-ZÄÖÜ][\w'’-]+)\s+{re.escape(last)}(?![\w-])", other.text)
                if full and name_shaped(full.group()) and not is_role_word(full.group("first")):
                    start = full.start()
                    cand = Candidate(full.group(), start, full.end(), None, "context")
                    reg.add(cand.name, None, "context", index).places.add("text")
                    occurrences.append((index, cand))
                    known.add(last)
                    break
            else:
                # the lead that introduced the person in full was taken out of the body (a dateline paragraph, a
                # deck): the full name the source printed names the speaker
                if (full_name := _printed_in_full(doc, last)) and last not in known:
                    reg.add(full_name, None, "context").places.add("text")
                    reg.people[full_name].roles.add("named")
                    known.add(last)


# 'LKA-Präsident Huber: „…“', '„…“, sagte Bürgermeisterin Huber.': a role word and a bare surname that speaks
_ROLE_SURNAME = re.compile(rf"(?:^|(?<=[.!?]\s)|\b(?:{_VERB_ALT})\s+)(?P<role>[A-ZÄÖÜ][\w-]*)\s+"
                           rf"(?P<sur>[A-ZÄÖÜ][\w'’-]+)(?:\s*:\s*[„“\"»]|\s*[.,;](?=\s|$))")


def _role_surname_speakers(doc: Document, reg: _Registry, occurrences: list[tuple[int, Candidate]]) -> None:
    """A person the text names only by role and surname where they speak ('LKA-Präsident Huber: „…“') is a
    person of the document (the surname is the name), unless a full name with that surname is known."""
    known = {t for p in reg.people.values() for t in p.name.split()}
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not block.text:
            continue
        for m in _ROLE_SURNAME.finditer(block.text):
            role, last = m.group("role"), m.group("sur")
            if not m.group(0).rstrip().endswith((":", "„", "“", '"', "»")) and not re.match(
                    rf"(?:{_VERB_ALT})\b", m.group(0)):
                continue
            if last in known or not is_role_word(role) or has_stem(role, JOURNALIST_STEMS) or is_role_word(last) \
                    or not name_shaped(f"Xx {last}") or is_first_name(last) or last.casefold() in SPEECH_VERBS:
                continue
            cand = Candidate(last, m.start("sur"), m.end("sur"), None, "context")
            reg.add(last, None, "context", index).places.add("text")
            reg.people[last].roles.add("named")
            occurrences.append((index, cand))
            known.add(last)


_CAPITAL_NAME = r"(?<![\w-])(?P<first>[A-ZÄÖÜ][A-ZÄÖÜ'’-]+)\s+{}(?![\w-])"


# 'JANE EXAMPLE, painter, …': the lower-case words after a name printed in capitals on a line of its own
_CAPITAL_LINE_ROLE = re.compile(r",[ \t]*(?P<role>[a-z][a-z -]{2,40}?)[ \t]*(?:,|$)", re.M)
_CAPITAL_LINE = re.compile(r"^[ \t]*(?P<first>[A-ZÄÖÜ][A-ZÄÖÜ'’-]+)[ \t]+(?P<last>[A-ZÄÖÜ][A-ZÄÖÜ'’-]{2,})(?=,[ \t]*[a-z])",
                           re.M)


def _capital_lines(doc: Document, reg: _Registry) -> None:
    """A post of several interviews, each opened by its partner's name in capitals and a lower-case role
    ('JANE EXAMPLE, painter, …'): once such a line introduces a labelled partner, every line of its shape
    presents a partner (also one whose answers the source cut off)."""
    if not any("capital_label" in p.roles for p in reg.people.values()):
        return
    for m in _CAPITAL_LINE.finditer(doc.raw_text):
        first, last = m.group("first").title(), m.group("last").title()
        # the line's shape (a labelled partner's, a lower-case role after the comma) vouches for a given name
        # the name list does not know ('CHIDI EXAMPLE, painter')
        if is_org_part(first) or is_role_word(first) or first.casefold() in FUNCTION_WORDS \
                or is_org_part(last) or is_role_word(last):
            continue
        person = reg.add(f"{first} {last}", signal="label")
        person.places.add("text")
        person.roles.add("presented")
        if "capital_label" not in person.roles and (role := _CAPITAL_LINE_ROLE.match(doc.raw_text, m.end())):
            person.descriptions.append(Description(role=role.group("role")))


def _short_label(doc: Document, reg: _Registry, part: str, uses: int) -> None:
    """A label the source gives several answers that is no full name: the surname in capitals, introduced in
    full in capitals elsewhere ('JANE EXAMPLE, painter' … 'EXAMPLE: …') → 'Jane Example'; a known first name alone
    labelling two answers or more ('Jane: …') → the one person of the document with that first name, or the first name itself."""
    if re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜ'’-]{2,}", part) and not is_org_part(part.title()) \
            and not is_role_word(part.title()):
        for m in re.finditer(_CAPITAL_NAME.format(re.escape(part)), doc.raw_text):
            first = m.group("first").title()
            # a known given name, or the partner's line ('CHIDI EXAMPLE, painter'): the label's full name
            if is_first_name(first) or (_CAPITAL_LINE_ROLE.match(doc.raw_text, m.end()) and not is_org_part(first)
                                        and not is_role_word(first) and first.casefold() not in FUNCTION_WORDS):
                person = reg.add(f"{first} {part.title()}", signal="label")
                person.places.add("text")
                person.roles.add("capital_label")
                if role := _CAPITAL_LINE_ROLE.match(doc.raw_text, m.end()):
                    person.descriptions.append(Description(role=role.group("role")))
                return
        return
    if uses < 2 or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", part) or not is_first_name(part) or is_role_word(part) \
            or part.casefold() in FUNCTION_WORDS:
        return
    # 'Jana Peter' … 'Peter: …': a word that could be a first name labels the person whose surname it is
    if any(p.name.split()[-1] == part or surname_of(p.name) == part for p in reg.people.values()):
        return
    bearers = [p for p in reg.people.values() if part in p.name.split()[:-1]]
    if len(bearers) == 1:
        if part not in bearers[0].labels:
            bearers[0].labels.append(part)
    elif not bearers:
        reg.add(part, signal="label").places.add("text")


_HOST_NOUN = r"(?:co-?)?(?:host|presenter|moderator|Gastgeber(?:in)?|Moderator(?:in)?)"
# "I'm your host, Dr. X", 'Ich bin eure Moderatorin X' / "I'm X, your host", 'Hier ist X, Ihr Gastgeber'
_HOST_BEFORE = re.compile(rf"\b(?:I['’]m|I\s+am|[Ii]ch\s+bin)\s+(?:your|Ihr|Ihre|euer|eure)\s+{_HOST_NOUN}\s*,?\s*"
                          rf"(?:(?:{TITLES})\s*)?$")
_I_AM_BEFORE = re.compile(rf"\b(?:I['’]m|I\s+am|[Tt]his\s+is|[Ii]ch\s+bin|[Hh]ier\s+ist|[Mm]y\s+name\s+is|"
                          rf"[Mm]ein\s+Name\s+ist)\s+(?:(?:{TITLES})\s*)?$")
_HOST_AFTER = re.compile(rf",?\s+(?:(?:and\s+)?I['’]m\s+|(?:und\s+)?ich\s+bin\s+)?(?:your|Ihr|Ihre|euer|eure)\s+{_HOST_NOUN}\b")


def _self_host(text: str, cand: Candidate) -> bool:
    """The person introduces themselves as the show's host ("I'm your host, Dr. X", "This is X, your host",
    'Ich bin X, eure Moderatorin'): the host asks the questions."""
    left = text[max(0, cand.start - 60):cand.start]
    return bool(_HOST_BEFORE.search(left)) or (bool(_I_AM_BEFORE.search(left))
                                               and bool(_HOST_AFTER.match(text, cand.end)))


def _inline_labels(doc: Document, reg: _Registry) -> None:
    """Answers printed as paragraphs that start with the speaker: 'Hans Muster (HM): …', then 'HM: …'. A name the
    gazetteer does not know is a label when the source labels several answers with it or its surname
    ('Chidi Muster: …', 'Muster: …')."""
    opening = [re.sub(rf"^(?:{TITLES})", "", m.group("label").strip()).strip()
               for b in doc.blocks if b.kind == "paragraph" and (m := _INLINE_LABEL.match(b.text or ""))]
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        m = _INLINE_LABEL.match(block.text or "")
        if not m:
            continue
        label = m.group("label").strip()
        bare = re.sub(rf"^(?:{TITLES})", "", label).strip()
        abbr = m.group("abbr")
        # 'X Y (HU): …', then 'HU: …': the abbreviation labels the later answers
        abbr_used = bool(abbr) and abbr in opening
        if bare not in reg.people and not looks_like_name(bare) and not (
                name_shaped(bare) and (sum(o in (bare, bare.split()[-1]) for o in opening) + abbr_used >= 2
                                       or _addressed(doc, bare))):
            continue
        person = reg.add(bare, signal="label")
        if abbr and (_initials_of(abbr, person.name) or abbr_used) and abbr not in person.labels:
            person.labels.append(abbr)
    _initials_after_questions(doc, reg)


# 'WW: Why …? JT: I decided …': the answer's label, initials, right after the question in one paragraph
_INITIALS_AFTER_QUESTION = re.compile(r"\?[\"“”»«'’]?\s+(?P<label>[A-ZÄÖÜ]{2,3}):\s+\S")


def _initials_after_questions(doc: Document, reg: _Registry) -> None:
    """Initials that label the answers after two questions or more ('… ? JT: …') stand for the one person of the
    document whose name they spell ('Jane Tillman' for 'JT'); the same whether the answer runs on in the question's
    paragraph or a line break made it an answer of its own."""
    counts: dict[str, int] = {}
    for block in doc.blocks:
        if block.kind in ("paragraph", "question", "answer"):
            for m in _INITIALS_AFTER_QUESTION.finditer(block.text or ""):
                counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
        if block.kind == "answer" and re.fullmatch(r"[A-ZÄÖÜ]{2,3}", block.label or ""):
            counts[block.label] = counts.get(block.label, 0) + 1
    for label, count in counts.items():
        if count < 2:
            continue
        owners = [p for p in reg.people.values() if len(p.name.split()) >= 2
                  and label in {"".join(t[0] for t in n.split() if t[:1].isupper())
                                for n in (p.name, p.name.replace("-", " "))}]
        if len(owners) == 1 and label not in owners[0].labels:
            owners[0].labels.append(label)


_PLURAL_ENDINGS = (("innen", "in"), ("en", ""), ("n", ""), ("s", ""))


# a plural article, with adjectives in the weak plural, right before the role word
_PLURAL_ER = re.compile(r"(?:^|\s)(?:[Dd]ie|[Dd]en|[Bb]eide[n]?)(?:\s+[a-zäöü][\w-]*en)*\s+$")


def _plural_role_before(text: str, cand: Candidate, cands: list[Candidate]) -> str | None:
    """'die Professoren X und Y', 'the researchers X, Y and Z': a plural role word before a coordination of
    names gives each of them the role in the singular."""
    first = cand
    for prev in sorted((c for c in cands if c.end <= cand.start), key=lambda c: -c.start):
        if not re.fullmatch(r"\s*(?:,|,?\s+(?:und|and|sowie|&))\s+", text[prev.end:first.start]):
            break
        first = prev
    m = re.search(r"(?:^|\s)([A-Za-zÄÖÜäöüß-]{4,})\s+$", text[:first.start])
    if not m or (first is cand and not re.match(r"\s*(?:,|,?\s+(?:und|and|sowie|&))\s+\S", text[cand.end:])):
        return None
    word = m.group(1)
    if is_role_word(word) and first is not cand and _PLURAL_ER.search(text[:m.start(1)]) \
            and word.endswith("er"):
        return word  # 'die bisherigen Trainer X und Y': a German -er noun has the same form in the plural
    if is_role_word(word) or not (word[:1].isupper() or word.islower()):
        return None
    base = singular(word, _PLURAL_ENDINGS, shortest=4)
    if base is None:
        return None
    return base[:1].upper() + base[1:] if word[:1].isupper() else base


_FIELD_OPENING = re.compile(r"^[a-zäöü]{1,12}:\s+\S")  # 'im: Saal 3', 'am: Montag, 10 Uhr': one field of an invitation


def _speaker_lead_inside(text: str) -> int | None:
    """Where a list of speakers starts inside the block: after a sentence ('Host: X. Guests: Dr. Y, …'), after
    the other fields of an invitation whose lines were joined ('im: Saal 3 am: Montag, 10 Uhr mit: Dr. Y, …'),
    or as the label closing the block after the event's date and place, the speakers following in the next
    blocks ('Montag, 10 Uhr, Saal 3 Als Gesprächspartner stehen zur Verfügung:')."""
    for m in re.finditer(r"[.;!?]\s+", text):
        if SPEAKER_LEAD.match(text[m.end():]) and not re.match(r"(?:mit|with)\b", text[m.end():], re.I):
            return m.end()
    fields = bool(_FIELD_OPENING.match(text))
    for m in re.finditer(r"\s+(?=\S)", text):
        rest = text[m.end():]
        if not (lead := SPEAKER_LEAD.match(rest)):
            continue
        if (fields and re.match(r"[a-zäöü]{1,12}:", rest)) or (rest[:1].isupper() and lead.end() == len(rest)):
            return m.end()
    return None


def _continues_line(previous: str, text: str) -> bool:
    """A line that only continues the entry above it, wrapped at a line break: the entry ends without closing
    punctuation, the line is short and ends no sentence ('Prof. Dr. A, Leiterin des Planetariums' /
    'Beispielstadt, Vorstand …'; not 'Wir freuen uns auf Ihr Kommen.')."""
    return bool(previous) and not re.search(r"[.!?:;]\s*$", previous) and 0 < len(text) <= 120 \
        and not re.search(r"[.!?]\W*$", text)


def _printed_in_full(doc: Document, surname: str) -> str | None:
    """'Herr Beispiel, …' addresses a person the text names in full somewhere ('Anna Beispiel' at the top,
    even glued to other text where no candidate was read): that full name."""
    if " " in surname:
        return None
    for m in re.finditer(rf"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}(?![a-zäöüß])", doc.raw_text):
        if looks_like_name(f"{m.group(1)} {surname}"):
            return f"{m.group(1)} {surname}"
    return None


def _bylines(doc: Document, reg: _Registry) -> tuple[set[str], set[str], set[str]]:
    """Authors, interviewers and interviewees named in bylines and metadata."""
    authors, interviewers, interviewees = set(), set(), set()
    lines = [b.as_printed() for b in doc.blocks] + [r.text for r in doc.removed]
    lines += [line.strip() for line in doc.raw_text.splitlines() if 0 < len(line.strip()) <= 200]
    for author in doc.meta.authors:
        authors.add(reg.add(author).name)
    for line in lines:
        if len(line) > 200:
            continue
        lead = AUTHOR_LEAD.search(line)
        if lead:
            for cand in find_candidates(line[lead.end():]):
                if cand.start <= 12:  # the name right after the lead, title included
                    authors.add(reg.add(cand.name, cand.title).name)
        match = INTERVIEW_LINE.search(line.strip())
        if match:
            a, b = match.group("a") or match.group("c") or match.group("d"), match.group("b")
            for cand in find_candidates(a or ""):
                interviewers.add(reg.add(cand.name, cand.title).name)
            for cand in find_candidates(b or ""):
                interviewees.add(reg.add(cand.name, cand.title).name)
    return authors, interviewers, interviewees


# 'Seit 1995 bin ich Zoodirektor im …', 'I have been a marine biologist at …': the writer states their own office
_SELF_ROLE = re.compile(r"\b(?:[Ii]ch bin|bin ich|[Ii]ch war|war ich|I am|I['’]m|I have been|I['’]ve been|I was)\s+"
                        r"(?P<rest>[^.!?;:_]{2,160})")
_NEGATED = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:kein\w*|nie|niemals|not|no|never)\b|^(?:[\w-]+\s+){0,2}?nicht\b(?!\s+nur)",
                      re.I)


def _self_description(doc: Document) -> Description | None:
    """The role a first-person text's writer gives themselves outside quotations (a column by a zoo director);
    not in interviews, where the first person is the interviewee's."""
    if doc.meta.kind == "interview" or any(b.kind in ("question", "answer") for b in doc.blocks):
        return None
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        masked, _ = mask_quotations(block.text)
        for m in _SELF_ROLE.finditer(masked):
            rest = m.group("rest")
            if _NEGATED.match(rest):
                continue
            role = next((w for w in list(re.finditer(r"[\w-]+", rest))[:6] if is_role_word(w.group())
                         and not has_stem(w.group(), JOURNALIST_STEMS + LAY_ROLE_STEMS + NEUTRAL_ROLE_STEMS)), None)
            if role:
                return describe_after(", " + rest[role.start():]) or Description(role=role.group())
    return None


# 'ein Team um X', 'ein Forschungsteam um die Biologin X', 'the team led by X', 'die Studie unter der Leitung von X':
# the head of the group that did the work (a role word between must be one of expertise: not 'um den Trainer X')
_TEAM_AROUND = re.compile(r"(?i)\b(?:[\w-]*team|[\w-]*gruppe|group|studie|study|projekt|project)\b,?\s+"
                          r"(?:(?:was|wurde|is|ist)\s+)?(?:um|led\s+by|headed\s+by|unter\s+(?:der\s+)?(?:Leitung|Federführung)"
                          r"\s+von)\s+(?:(?:der|die|den|dem|des|the)\s+)?(?P<role>[\w-]+\s+)?$")
# the sentence speaks of research ('Verfahren', 'Studie', an institute), not of a sports team or a band
_RESEARCH_CONTEXT = re.compile(r"(?i)forsch|wissenschaft|studie|\bstud(?:y|ies)\b|research|scien|universit|institut|"
                               r"hochschule|verfahren|\bmethod|\blabor|entwickel|developed|untersuch|journal|"
                               r"fachzeitschrift|analys|experiment|messung|measure|invent|erfind|erfund|entdeck|"
                               r"discover")
# 'Die Studie von X und Kollegen', 'a paper by X et al.': the author of the study the text presents, with co-authors
# or published ('erscheint im Fachjournal'); 'Die Studie von 2019' names no person
_STUDY_BY = re.compile(r"(?i)\b(?:studie|untersuchung|analyse|publikation|veröffentlichung|fachartikel|arbeit|"
                       r"study|paper|analysis|article)\s+(?:von|by)\s+$")
_WITH_COLLEAGUES = re.compile(r"\s+(?:(?:und|and|&)\s+(?:(?:seine|ihre|his|her|their)\w*\s+)?"
                              r"(?:Kolleg\w*|colleagues|co-?authors|Co-?Autor\w*|Team|team)\b|et\s+al\b)")
_PUBLISHED = re.compile(r"(?i)\b(?:erschein\w*|erschien\w*|erschienen|veröffentlicht\w*|publiziert\w*|published|"
                        r"appears?\s+in|appeared\s+in)\b")


def _left_of_name(text: str, cand: Candidate) -> tuple[str, str, str]:
    """The sentence around a name: the words before it (without its title), after it, and the whole sentence."""
    s, e = _sentence_bounds(text, cand.start, cand.end)
    left = re.sub(rf"(?:(?:{TITLES})\s*)+$", "", text[s:cand.start])
    return left, text[cand.end:e], text[s:e]


def _leads_team(left: str, sentence: str) -> bool:
    """'Entwickelt hat das Verfahren ein Team um X vom Beispiel-Institut', 'The study was led by X': the head of
    a research group, where the sentence speaks of research; 'ein Team um den Trainer X' is no research group.
    (`left` and `sentence` as `_left_of_name` gives them.)"""
    m = _TEAM_AROUND.search(left)
    if not m or not _RESEARCH_CONTEXT.search(sentence):
        return False
    role = (m.group("role") or "").strip()
    if role and not (has_stem(role, RESEARCH_ROLE_STEMS + SCHOLARLY_ROLE_STEMS + PROFESSION_STEMS)
                     and not has_stem(role, LAY_ROLE_STEMS + JOURNALIST_STEMS)):
        return False
    return True


# 'developed by X and his team', 'entwickelt von X und ihrem Team': the head of the team that did the work
_BY_END = re.compile(r"\b(?:by|von|durch)\s+$")
_AND_OWN_TEAM = re.compile(r"\s+(?:and|und|&)\s+(?:his|her|their|seine\w*|ihre\w*)\s+(?:[\w-]*[Tt]eam|group|"
                           r"[\w-]*[Gg]ruppe|colleagues|Kolleg\w*|Mitarbeiter\w*|co-workers)\b")


def _with_own_team(left: str, right: str, sentence: str) -> bool:
    """'invented at the Example Institute by X and his team': the head of the research team, where the sentence
    speaks of research."""
    return bool(_BY_END.search(left)) and bool(_AND_OWN_TEAM.match(right)) and bool(_RESEARCH_CONTEXT.search(sentence))


def _study_author(left: str, right: str, sentence: str) -> bool:
    """'Die Studie von X und Kollegen erscheint im Fachjournal …': the author of the study the text presents."""
    return bool(_STUDY_BY.search(left)) and bool(_WITH_COLLEAGUES.match(right) or _PUBLISHED.search(sentence))


_TITLE_AT_END = re.compile(rf"(?:^|(?<=\s))(?P<title>{TITLES})\s*$")


def _continuation(doc: Document, index: int, text: str) -> str:
    """' ' and the next block's text where this block stops mid-sentence and the next goes on in lower case
    ('Jane Example' / 'is a former player …'): a line break or blank line a page or a copy put inside a sentence
    does not end it, so the name is read with the words that follow it."""
    if index + 1 >= len(doc.blocks) or re.search(r"[.!?:;\"“”»«)]\s*$", text):
        return ""
    following = doc.blocks[index + 1]
    if following.kind != "paragraph" or not re.match(r"[a-zäöüß]", following.text or ""):
        return ""
    return " " + following.text


# --- a paragraph a page's layout split: read on across the break ------------------------------------

_SENTENCE_END = re.compile(r"[.!?:;…\"“”»«)]\s*$")
_MIDDLE_INITIAL_AT_END = re.compile(r"(?<![\w-])(?P<first>[A-ZÄÖÜ][a-zäöüß]+)\s+[A-Z]\.\s*$")
_TITLED_FIRST_NAME_AT_END = re.compile(rf"(?:{TITLES})\s*(?P<first>[A-ZÄÖÜ][a-zäöüß]+)\s*$")
_OPENED_QUOTATION = re.compile(r"(?:^|(?<=\s))[„»“\"](?=\w)")
_PAGE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
_ITEM_MARK = re.compile(r"\s*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s")
RUNNING_WORDS = 8  # a paragraph of this many words that stops on a word (no punctuation) was cut by the page
_READ_ON_KINDS = ("paragraph", "heading", "answer", "question")


def _ends_inside_name(text: str) -> bool:
    """'… sagt Prof. Dr.', '… sagte Prof. Dr. Anna', '… by Gov. John E.': a title's or a middle initial's full stop
    ends no sentence, nor does a given name after a title: the name goes on."""
    m = _MIDDLE_INITIAL_AT_END.search(text) or _TITLED_FIRST_NAME_AT_END.search(text)
    return bool(_TITLE_AT_END.search(text) or (m and is_first_name(m.group("first"))))


def _given_name_at_end(text: str) -> bool:
    """'… fordert Verbandspräsident Christian': running text stops on a given name only where the line broke
    before the surname."""
    m = re.search(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+$", text)
    return bool(m) and m.group().casefold() not in AMBIGUOUS_FIRST and is_first_name(m.group())


def _sentence_goes_on(block: Block) -> str | None:
    """How the block's last sentence goes on in the next block: 'surely' where it ends inside a name, on a comma or
    a word no sentence stops on (an article, a preposition, a conjunction) or inside a quotation it opened;
    'running' where running text (a paragraph of RUNNING_WORDS or more) stops on a word in lower case (a verb, an
    adjective: a line the page cut); 'open' where it only ends without a punctuation mark (a headline, an address
    line, or a sentence cut after a noun); None where it ended."""
    text = (block.text or "").rstrip()
    if text and (_ends_inside_name(text) or (block.kind != "heading" and _given_name_at_end(text))):
        return "surely"
    if not text or _SENTENCE_END.search(text):
        return None
    words = text.split()
    if text.endswith(",") or words[-1].casefold() in OPEN_END_WORDS \
            or _OPENED_QUOTATION.search(mask_quotations(text)[0]):
        return "surely"
    if block.kind != "heading" and len(words) >= RUNNING_WORDS and re.match(r"[a-zäöüß]", words[-1]):
        return "running"
    return "open" if block.kind != "heading" else None  # a heading over text that goes on in lower case: a profile


def _goes_on_in(following: Block, how: str) -> bool:
    """`following` carries on the sentence: running text, no new list item, and after an 'open' end one that goes on
    in lower case; a line the layout made a heading only where the sentence surely went on."""
    if not following.text or _ITEM_MARK.match(following.text) or _FIELD_OPENING.match(following.text):
        return False  # a new list item, or an invitation's next field ('am: Montag')
    if how == "open":
        return following.kind == "paragraph" and bool(re.match(r"[a-zäöüß]", following.text))
    return following.kind == "paragraph" or (following.kind == "heading" and how == "surely")


def _read_across_breaks(doc: Document) -> tuple[Document, list[tuple[Block, Block]]]:
    """The document with each paragraph a PDF's or a copy's line breaks split mid-sentence read as one (a page
    number between its parts left out): names, titles, appositions and speech verbs are read in their sentence, not
    in the line the layout cut. Returns the reading copy and (joined block, its first block) pairs; the document's
    own blocks stay as they are."""
    blocks: list[Block] = []
    pairs: list[tuple[Block, Block]] = []
    i = 0
    while i < len(doc.blocks):
        first = block = doc.blocks[i]
        i += 1
        while block.kind in _READ_ON_KINDS and (how := _sentence_goes_on(block)):
            j = i + 1 if i < len(doc.blocks) and _PAGE_NUMBER.fullmatch(doc.blocks[i].text or "") else i
            if j >= len(doc.blocks) or not _goes_on_in(doc.blocks[j], how):
                break
            block = block.model_copy(update={"text": f"{block.text.rstrip()} {doc.blocks[j].text.lstrip()}",
                                             "kind": "paragraph" if block.kind == "heading" else block.kind})
            i = j + 1
        blocks.append(block)
        if block is not first:
            pairs.append((block, first))
    return doc.model_copy(update={"blocks": blocks}), pairs


def _analyse(doc: Document) -> dict[str, tuple[Evidence, str]]:
    """Extract the people of the document into it (read across the breaks a page's layout put into sentences);
    returns the evidence and reason behind each category."""
    reading, joined = _read_across_breaks(doc)
    decisions = _analyse_reading(reading)
    doc.people, doc.quotes = reading.people, reading.quotes
    for block, first in joined:  # an answer's speakers, found in the joined reading
        if block.speakers:
            first.speakers = block.speakers
    return decisions


def _analyse_reading(doc: Document) -> dict[str, tuple[Evidence, str]]:
    reg = _Registry()
    occurrences: list[tuple[int, Candidate]] = []
    # 1. names in the text
    for index, block in enumerate(doc.blocks):
        if block.kind not in _TEXT_KINDS:
            continue
        text = block.text if block.kind != "list" else "\n".join(block.items)
        read = text + _continuation(doc, index, text)
        cands = [c for c in find_candidates(read) if c.end <= len(text) and not re.match(r"\s*@", read[c.end:c.end + 2])]
        caption = block.kind == "image" or _is_caption(text)
        credits = not caption and _is_credits(text)
        speakers: list[Candidate] = []
        for k, cand in enumerate(cands):
            title = professor_title(text, cand, cands[k - 1] if k else None) or cand.title
            # a name that opens the block as its speaker's label ('Dr. X Y: …')
            labelled = re.match(r"\s*:", text[cand.end:cand.end + 3]) \
                and re.fullmatch(rf"\s*(?:{TITLES})?\s*", text[:cand.start])
            if labelled:
                reg.add(cand.name, title, "label", index)
            person = reg.add(cand.name, title, cand.signal, index,
                             possessive=bool(re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", text[cand.end:cand.end + 3])))
            in_caption = caption or _caption_sentence(text, cand)
            person.places.add("caption" if in_caption else "list" if _in_name_list(text, cand, cands) else "text")
            person.roles.add("credited" if credits else "named")
            occurrences.append((index, cand))
            if not in_caption and (_gives_talk(text, cand, speakers) or _announced_speaker(text, cand)
                                   or (index <= 3 and _STATEMENT_OPENING.fullmatch(text[:cand.start]))):
                speakers.append(cand)
                person.roles.update(("presented", "speaker"))
    _surname_speakers(doc, reg, occurrences)
    _role_surname_speakers(doc, reg, occurrences)
    # 2. speaker labels that are names ("Jonas Beispiel:")
    labels = [b.label for b in doc.blocks if b.kind in ("answer", "question") and b.label]
    answer_labels = {b.label for b in doc.blocks if b.kind == "answer" and b.label}
    # a transcript whose answers are labelled by name: a label the gazetteer knows, or a name-shaped one the
    # transcript repeats; its other name-shaped answer labels are names too
    named_labels = any(looks_like_name(p) or (label in answer_labels and labels.count(label) >= 2 and name_shaped(p))
                       for label in labels for p in split_label(label))
    # 'Jane D. Example: …', then 'J.D.E.: …': the later answers are labelled with initials
    initial_answers = any(re.fullmatch(r"(?:[A-ZÄÖÜ]\.\s?){2,4}|[A-ZÄÖÜ]{2,3}", label) for label in answer_labels)
    for label in labels:
        for part in split_label(label):
            if looks_like_name(part) or (labels.count(label) >= 2 and part in reg.people) \
                    or (label in answer_labels and name_shaped(part) and (
                        named_labels or _capital_surname(doc, part) or labels.count(label) >= 2 or part in reg.people
                        or _addressed(doc, part) or initial_answers)):
                reg.add(part, signal="label").places.add("text")
            elif label in answer_labels and _addressed_surname(doc, reg, part):
                reg.add(part, signal="label").places.add("text")
            elif label in answer_labels:
                _short_label(doc, reg, part, labels.count(label))
    _capital_lines(doc, reg)
    _inline_labels(doc, reg)
    authors, interviewers, named_interviewees = _bylines(doc, reg)
    if len(authors) == 1 and (own := _self_description(doc)):
        author = reg.people[next(iter(authors))]
        author.roles.add("self_presented")
        author.descriptions.append(own)
    # 'Host: X. Guests: …', 'Moderation: X': the host asks, whatever the labels of the transcript say
    for index, cand in occurrences:
        block = doc.blocks[index]
        if block.kind != "list" and (HOST_LEAD.search(block.text[:cand.start]) or _self_host(block.text, cand)):
            interviewers.add(reg.add(cand.name).name)
    # 'X im Gespräch mit Y': Y hosts the talk and asks the questions
    for name in talk_hosts(doc):
        interviewers.add(reg.add(name).name)
    # introduced as interviewed ("Ein Gespräch mit X", "X im Interview") or addressed by the first question
    for name in [*interview_partners(doc), *episode_guests(doc)]:
        known = next((p.name for p in reg.people.values() if p.name == name or surname_of(p.name) == name
                      or p.name.split()[-1] == name or _same(p.name, name)), None)
        named_interviewees.add(reg.add(known or _printed_in_full(doc, name) or name, signal="label").name)
    _contact_blocks(doc, reg)
    surnames = reg.surname_map()
    # 3. descriptions of every mention
    for index, cand in occurrences:
        block = doc.blocks[index]
        person = reg.people.get(cand.name) or reg.add(cand.name)
        if block.kind == "image":
            continue
        if _historical_after(block.text[cand.end:]) or HISTORICAL_BEFORE.search(block.text[:cand.start]) \
                or _said_long_ago(doc, index, cand):
            person.roles.add("historical")
        if AGE_AFTER_NAME.match(block.text[cand.end:]) and not cand.title:
            person.roles.add("private")  # 'Gisela Muster (67)', 'Luis Example, 34,': how reports name private people
        if not cand.title and _couple(block.text, cand, [c for i, c in occurrences if i == index], set(surnames)):
            person.roles.add("private")  # 'said Chris and Bruce Example': a couple speaks as private people
        if not cand.title and _lay_relation(block.text, cand):
            person.roles.add("private")  # 'Mia's mother X', 'X hat als erster Patient …': a relative or patient
        if _FOREWORD.search(block.text[max(0, cand.start - 60):cand.start]):
            person.roles.add("foreword")
        if block.kind in ("paragraph", "heading", "answer") and not _is_caption(block.text):
            left, right, sentence = _left_of_name(block.text, cand)
            if _leads_team(left, sentence) or _with_own_team(left, right, sentence):
                person.roles.add("team_lead")
            if _TEAM_AROUND.search(left):
                person.roles.add("team_head")  # 'das Team um Trainer X', 'the team led by coach X': the team's news
            if _study_author(left, right, sentence):
                person.roles.add("report_author")
        if _signed(cand.name, block.text[cand.end:].split("\n")[0]):
            person.roles.add("signed")
        if _PRESS_MAILBOX.search(block.text[cand.end:cand.end + 80].split("\n")[0]):
            person.roles.add("press")  # 'X, E-Mail: presse@…': the press office's mailbox
        if PRESS_CONTACT.search(block.text[cand.end:cand.end + 60]) and not re.search(
                r"[.!?]\s", block.text[cand.end:cand.end + 60].split("Presse")[0]):
            person.roles.add("press")  # "Dr. X, Stabsstelle Presse und Kommunikation"
        desc = _describe(block.text if block.kind != "list" else "\n".join(block.items), cand.start, cand.end)
        if desc:
            person.descriptions.append(desc)
            # 'X, Beispiel-Institut für Materialforschung, …': the organisation itself as the apposition
            if not desc.role and desc.affiliations and re.match(r",\s*[A-ZÄÖÜ]", block.text[cand.end:cand.end + 3]):
                person.roles.add("org_apposition")
        elif block.kind != "list" and (role := _plural_role_before(block.text, cand, [c for i, c in occurrences
                                                                                      if i == index])):
            person.descriptions.append(Description(role=role))
        if block.kind in ("paragraph", "answer") and _RESEARCHES.match(block.text, cand.end) \
                and re.search(r"(?:^|[.!?:]\s+|\n)$", block.text[:cand.start]):
            person.roles.add("researches")  # 'X forscht zur Zwangsstörung', 'X studies coral reefs'
        if block.kind in ("paragraph", "answer") and (role := _member_of_group(block.text, cand)):
            person.descriptions.append(Description(role=role))
        if block.kind == "paragraph" and desc and _profile_opening(block.text, cand, desc):
            person.roles.add("presented")
        if block.kind != "list" and (desc := _pronoun_predicate(block.text, cand)):
            person.descriptions.append(desc)
        if (block.kind in ("heading", "paragraph") and _is_name_only(block.text, cand.name)) \
                or (block.kind == "heading" and _heading_ends_with(block.text, cand)):
            profile = _profile(doc, index, person)
            if profile:
                person.descriptions.append(profile)
                person.roles.add("presented")
    _field_lists(doc, reg, occurrences)
    _author_lists(doc, reg, occurrences)
    _study_authors(doc, reg, occurrences)
    # surname mentions ("Herrn Muster", "so Muster") and their appositions
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("paragraph", "answer"):
            continue
        for surname, name in surnames.items():
            for m in re.finditer(rf"(?:{HONORIFIC}\s+)?(?<![\w-]){re.escape(surname)}(?![\w-])", block.text):
                if name in block.text[max(0, m.start() - len(name)):m.end()]:
                    continue
                reg.people[name].blocks.add(index)
                reg.people[name].places.add("caption" if _is_caption(block.text) else "text")
                label = surname
                if label not in reg.people[name].labels:
                    reg.people[name].labels.append(label)
                # 'Dr. Muster', 'Professor Muster': a title the text gives the surname is the person's, where the
                # full name stands without one ('Anna Muster …, sagte Dr. Muster')
                if (title := _surname_title(block.text[:m.start()])) and reg.people[name].title is None:
                    reg.people[name].title = title
                # 'Muster ist Dekan des Fachbereichs …': a predicate after the surname describes the person
                if re.match(r"\s+(?:ist|war|is|was)\s", block.text[m.end():m.end() + 6]) \
                        and re.search(r"(?:^|[.!?]\s+)(?:\S+\s+)?$", block.text[:m.start()]):
                    desc = describe_after(block.text[m.end():_sentence_bounds(block.text, m.start(), m.end())[1]])
                    if desc and desc.role:  # the role only: units and organisation come with the full name
                        reg.people[name].descriptions.append(Description(role=desc.role))
    # experts presented in a section ("Die Expert*innen:") or a list of speakers ("mit: Dr. X, …" / "Y, Leiterin …")
    in_expert_section = in_speaker_list = in_press_section = False
    previous = ""
    for index, block in enumerate(doc.blocks):
        opens_with_name = any(index in p.blocks and block.as_printed().lstrip().startswith(
            tuple(filter(None, (p.title, p.name)))) for p in reg.people.values())
        named = any(index in p.blocks for p in reg.people.values())
        last, previous = previous, block.as_printed().strip()
        if SPEAKER_LEAD.match(block.as_printed()) or (in_speaker_list and opens_with_name):
            in_speaker_list = True
            for person in reg.people.values():
                if index in person.blocks:
                    person.roles.update(("presented", "speaker"))
            continue
        # an entry of the list wrapped onto the next line ('Katrin Muster, Leiterin des Museums' / 'Beispielstadt')
        if in_speaker_list and block.kind in ("paragraph", "heading") and not named \
                and _continues_line(last, previous):
            continue
        # 'Host: X. Guests: Dr. Y, …; Z, …': a list of speakers after the first sentence of a block
        lead = _speaker_lead_inside(block.text) if block.kind == "paragraph" else None
        if lead is not None:
            for i, cand in occurrences:
                if i == index and cand.start >= lead:
                    reg.add(cand.name).roles.update(("presented", "speaker"))
        # the list goes on in the next blocks unless a sentence closed it
        in_speaker_list = lead is not None and not re.search(r"[.!?]\W*$", block.text)
        if block.kind == "question" or (block.kind == "heading" and not EXPERT_LEAD.match(block.text)):
            in_expert_section = False
        # 'Pressestelle:', 'Media contact:' and the short contact lines after it: the press office, not experts
        printed = block.as_printed().strip().lstrip("#* ")
        if len(printed) < 60 and PRESS_CONTACT.match(printed) and not EXPERT_LEAD.match(printed):
            in_expert_section, in_press_section = False, True
            continue
        if in_press_section:
            if block.kind in ("heading", "question") or len(block.text) > 200 or CONTACT_LEAD.match(printed) \
                    or EXPERT_LEAD.match(printed):
                in_press_section = False
            else:
                for person in reg.people.values():
                    if index in person.blocks:
                        person.roles.add("press")
        if EXPERT_LEAD.match(block.as_printed().strip()) and len(block.text) < 60:
            in_expert_section = True
            continue
        if in_expert_section:
            for person in reg.people.values():
                if index in person.blocks:
                    person.roles.add("presented")
    # the scientific contact of a press release who is also its subject (named, titled, in the text before the
    # contact section) is presented as an expert, not only listed as a contact
    if reg.contact_start is not None:
        for person in reg.people.values():
            if "contact" in person.roles and "press" not in person.roles \
                    and (person.title or _described_as_researcher(person)) \
                    and any(i < reg.contact_start for i in person.blocks):
                person.roles.discard("contact")
                person.roles.add("scientific")
    mentions = [_mention(p) for p in reg.people.values()]
    _resolve_back_references(doc, mentions)
    _complete_affiliations(doc, mentions)
    _colleagues(doc, mentions)
    mentions = [m for m in mentions if not _names_an_affiliation(m, reg.people[m.name], mentions)]
    _first_name_labels(doc, mentions)
    # 4. who speaks, and the category each person's evidence allows (decide_category)
    quotes = attribute(doc, mentions)
    _describe_role_references(doc, quotes, mentions)
    speaking = _speaking(quotes, mentions)
    said = {n for q in quotes for n in q.speakers}
    question_people = {n for b in doc.blocks if b.kind == "question" and b.label
                       for n in resolve_label(b.label, mentions)}
    interviewers |= question_people | inline_askers(doc, mentions) | addressing_speakers(doc, mentions)
    answering = {n for b in doc.blocks if b.kind == "answer" for n in b.speakers} \
        | {n for q in quotes if q.kind == "answer" for n in q.speakers}
    interviewees = named_interviewees | answering
    others_speak = bool(speaking - authors)
    # an interview's sources are the people who answer; anybody else it names (a project lead, a colleague)
    # is mentioned, however titled
    answered = doc.meta.kind == "interview" and bool(interviewees)
    decisions: dict[str, tuple[Evidence, str]] = {}
    for mention in mentions:
        person = reg.people[mention.name]
        evidence = _evidence(mention, person, speaking=speaking, said=said, answering=answering,
                             interviewees=interviewees, authors=authors, interviewers=interviewers,
                             others_speak=others_speak, answered=answered,
                             reporting=doc.meta.kind in ("news", "interview"))
        mention.category, reason = decide_category(evidence)
        decisions[mention.name] = (evidence, reason)
    _late_descriptions(doc, mentions)
    _own_experts(doc, mentions)
    _university_experts(doc, mentions)
    doc.people = [m for m in mentions if not _is_fragment(m, mentions)]
    # the one attribution of the document: extract_quotes keeps these, nobody attributes again
    kept = {m.name for m in doc.people}
    doc.quotes = unique_quotes([q for q in quotes if set(q.speakers) <= kept])
    return {m.name: decisions[m.name] for m in doc.people if m.name in decisions}


def extract_people(doc: Document) -> Document:
    """Fill `doc.people` (each with its category) and `doc.quotes`."""
    _analyse(doc)
    return doc


def explain_people(doc: Document) -> dict[str, tuple[str, str, Evidence]]:
    """Name → (category, reason, evidence) for every person of the document: why each is or is not indexed.
    Works on a copy; the document is not changed."""
    decisions = _analyse(doc.model_copy(deep=True))
    return {name: (decide_category(ev)[0], reason, ev) for name, (ev, reason) in decisions.items()}


def unique_quotes(quotes: list[Quote]) -> list[Quote]:
    """Each statement once (the same text in the same block), in reading order."""
    seen: set[tuple[str, str]] = set()
    unique: list[Quote] = []
    for quote in quotes:
        key = (quote.anchor, quote.text)
        if key not in seen:
            seen.add(key)
            unique.append(quote)
    return unique


ASIDE_WORDS = 8  # a politician's statement this short is an aside, not a statement on the subject


def _speaking(quotes, mentions: list[Mention]) -> set[str]:
    """Who makes a statement. A politician (by role) whose statements together run to fewer than
    ASIDE_WORDS words, or are only questions, is mentioned, not a source (a greeting, a question, "Gut so")."""
    words: dict[str, int] = {}
    for quote in quotes:
        statement = 0 if quote.text.rstrip(" “”\"»«").endswith("?") else len(quote.text.split())
        for name in quote.speakers:
            words[name] = words.get(name, 0) + statement
    political = {m.name for m in mentions if m.role and has_stem(m.role, POLITICAL_ROLE_STEMS)}
    return {name for name, count in words.items() if name not in political or count >= ASIDE_WORDS}


_DEFINED_ABBR = re.compile(r"([A-ZÄÖÜ][\w.&-]*(?:\s+(?:für|for|of|der|des|und|and|bin|al|el|von|de|"
                          r"[A-ZÄÖÜ][\w.&-]*)){0,8})\s*\(([A-ZÄÖÜ][A-ZÄÖÜa-z0-9]{1,7})\)")


def _abbreviations(doc: Document) -> dict[str, str]:
    """'Anna-Beispiel-Universität Nordstadt (ABU)' → {'ABU': 'Anna-Beispiel-Universität Nordstadt'}."""
    found: dict[str, str] = {}
    for block in doc.blocks:
        for m in _DEFINED_ABBR.finditer(block.text or ""):
            long, abbr = m.group(1), m.group(2)
            tokens = long.split()
            # the long form starts where its capitals spell the abbreviation's first letter
            starts = [i for i, t in enumerate(tokens) if t[:1] == abbr[:1]]
            if not starts:
                continue
            long = trim_org(" ".join(tokens[starts[0]:]))
            # capitals spell the abbreviation; a name particle may too ('Omar bin Example …' → OBE…)
            capitals = "".join(re.findall(r"(?<![\w])[A-ZÄÖÜ]|(?<=-)[A-ZÄÖÜ]|(?<![\w])(?:b(?=in\s)|a(?=l\s))", long))
            capitals = capitals.upper()
            letters = iter(capitals)
            if long and research_org(long) | is_top_org(long) and all(ch in letters for ch in abbr.upper()):
                found.setdefault(abbr, nominative_org(long))
    return found


def _complete_affiliations(doc: Document, mentions: list[Mention]) -> None:
    """An abbreviation the document defines is spelled out; a unit alone ('Fakultät', 'Lehrstuhl') is a unit,
    of the publishing organisation when that is a university or institute (its own press release)."""
    abbreviations = None
    publisher = doc.meta.publisher if doc.meta.publisher and is_top_org(doc.meta.publisher) else None
    for mention in mentions:
        if mention.affiliation:  # each of several organisations ('Universität A; Uni B') in its base form
            mention.affiliation = "; ".join(nominative_org(part) for part in mention.affiliation.split("; "))
        if mention.affiliation and re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜa-z0-9]{1,7}", mention.affiliation):
            if abbreviations is None:
                abbreviations = _abbreviations(doc)
            mention.affiliation = abbreviations.get(mention.affiliation, mention.affiliation)
        elif mention.affiliation and "(" not in mention.affiliation:
            # 'Beispiel-Institut' (from 'des Beispiel-Instituts') → the full name the document defines with its
            # abbreviation, 'Beispiel-Institut für Klimafolgenforschung (BIK)'
            if abbreviations is None:
                abbreviations = _abbreviations(doc)
            short = mention.affiliation
            longer = [(abbr, long) for abbr, long in abbreviations.items()
                      if long != short and (long + " ").startswith(short + " ")]
            if len(longer) == 1:
                mention.affiliation = f"{longer[0][1]} ({longer[0][0]})"
        if mention.affiliation and org_is_unit(mention.affiliation) and not mention.unit:
            mention.unit, mention.affiliation = mention.affiliation, publisher


_BACK_REFERENCE = re.compile(r"\s+(?:at|of|from)\s+the\s+(?P<noun>university|institute|college|hospital|laboratory|lab)\b"
                             r"|\s+(?:an|von)\s+der\s+(?P<noun_de>Universität|Hochschule|Klinik)(?![\w-]|\s+[A-ZÄÖÜ])")


def _resolve_back_references(doc: Document, mentions: list[Mention]) -> None:
    """'a voice scientist at the university and co-author of the study': the role ends before 'at the
    university', and the affiliation is the one university (institute, …) the text names."""
    body = "\n".join(b.text for b in doc.blocks if b.kind in ("paragraph", "answer", "heading"))
    for mention in mentions:
        m = _BACK_REFERENCE.search(mention.role or "")
        if not m:
            continue
        mention.role = mention.role[:m.start()].strip(" ,") or None
        noun = (m.group("noun") or m.group("noun_de")).casefold()
        if mention.affiliation:
            continue
        proper = noun[:1].upper() + noun[1:]  # 'University of Eastford', 'Eastford University'
        named = {n.strip() for n in re.findall(
            rf"(?:\b[A-ZÄÖÜ][\w-]+\s+)*{proper}(?:\s+(?:of|für|for|der|des)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)*)?",
            body) if len(n.split()) > 1}
        named = {re.sub(r"^(?:The|Die|Der|Scientists|Researchers|Forschende)\s+", "", n) for n in named}
        if len(named) == 1:
            mention.affiliation = named.pop()


_COLLEAGUE = re.compile(rf"\b(?:his|her|their|sein(?:e|em|en)?|ihr(?:e|em|en)?)\s+(?:colleague|co-author|"
                        rf"Kolleg(?:e|in|en)|Mitautor(?:in)?)\s*,?\s*(?:(?:{TITLES})\s*)*$", re.I)


def _colleagues(doc: Document, mentions: list[Mention]) -> None:
    """'His colleague, Dr. Sara Malik, …', 'Ihr Kollege Dr. X': without an organisation of their own, a colleague
    shares the one of the person named just before."""
    order: list[tuple[int, int, Mention]] = []  # (block, position, person) of every full-name mention
    for index, block in enumerate(doc.blocks):
        for mention in mentions:
            for m in re.finditer(re.escape(mention.name), block.text or ""):
                order.append((index, m.start(), mention))
    order.sort(key=lambda t: (t[0], t[1]))
    for k, (index, start, mention) in enumerate(order):
        text = doc.blocks[index].text
        if mention.affiliation or not _COLLEAGUE.search(text[max(0, start - 60):start]):
            continue
        before = [m for _, _, m in order[:k] if m.name != mention.name]
        if before and before[-1].affiliation:
            mention.affiliation = before[-1].affiliation


_PROFESSOR_AFTER_COMMA = re.compile(rf",\s*Professor(?:in)?\s+(?:(?:{TITLES})\s*)*$")
_CONNECTIVE = {"des", "der", "von", "vom", "beim", "bei", "am", "an", "im", "für", "und"}


def _sentence_role(sentence: str) -> Description | None:
    """'Der Gründer von Acme ist …', 'Die Leiterin des Instituts warnte …': the role phrase that opens a
    sentence, up to its verb. A singular only: 'Der' before a noun, 'Die' before a feminine one."""
    m = re.match(r"\s*(?P<art>Der|Die)\s+", sentence)
    if not m:
        return None
    tokens = sentence[m.end():].split()
    phrase: list[str] = []
    for k, token in enumerate(tokens[:14]):
        word = token.strip(",;:")
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if word[:1].isupper() or word in _CONNECTIVE or (re.fullmatch(r"[a-zäöü]+(?:e|en|er|es)", word)
                                                          and nxt[:1].isupper()):
            phrase.append(word)
            if token != word:
                break
            continue
        break
    nouns = [w for w in phrase[:3] if is_role_word(w)]
    if not nouns or not phrase or phrase[-1] in _CONNECTIVE:
        return None
    noun = nouns[0]
    if m.group("art") == "Der" and noun.endswith("innen") or m.group("art") == "Die" and not re.search(r"(?:in|e)$", noun):
        return None  # 'Die Forscher …': a plural, a group
    return describe_apposition(f"{m.group('art').lower()} {' '.join(phrase)}")


def _late_descriptions(doc: Document, mentions: list[Mention]) -> None:
    """What the text says of an indexed person (expert or quoted) beyond the apposition, read after the categories
    were decided (no effect on who counts as one):
      'Die Leiterin des Fachgebiets X, Professorin Y, …'  the role phrase before a professor word and the name
      '…, sagte X. Der Gründer von Acme warnte …'          a role phrase opening the next sentence"""
    experts = [m for m in mentions if m.category in ("expert", "quoted")]
    for mention in experts:
        for block in doc.blocks:
            if block.kind not in ("paragraph", "answer") or not block.text:
                continue
            text = block.text
            if (not mention.role or _TITLE_ROLE.fullmatch(mention.role)) and mention.name in text:
                for hit in re.finditer(re.escape(mention.name), text):
                    left = text[_sentence_bounds(text, hit.start(), hit.end())[0]:hit.start()]
                    if (professor := _PROFESSOR_AFTER_COMMA.search(left)) and \
                            (desc := article_apposition(left[:professor.start() + 1])) and desc.role:
                        mention.role = desc.role
                        _late_organisation(mention, desc)
                        break
            if mention.role and mention.affiliation:
                continue
            spans = sentence_spans(text)
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                sentence = text[s1:e1]
                names = [m2 for m2 in mentions if m2.name in sentence or any(
                    re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", sentence) for label in m2.labels[:1])]
                if names != [mention]:
                    continue  # the sentence names this expert and nobody else
                desc = _sentence_role(text[s2:e2])
                if desc and desc.role:
                    mention.role = mention.role or desc.role
                    _late_organisation(mention, desc)
                    break


def _late_organisation(mention: Mention, desc: Description) -> None:
    """The organisation of a late description where the expert has none; a unit ('Fachgebiet X') is the unit."""
    if mention.affiliation or not desc.affiliation:
        return
    org = nominative_org(desc.affiliations[0])
    unit = org_is_unit(re.sub(r"^(\S+?)e?s\b", r"\1", org))  # 'des Fachgebietes X' names a unit too
    if unit or desc.units:
        mention.unit = mention.unit or ", ".join(desc.units + ([org] if unit else []))
    if not unit:
        mention.affiliation = org


def _own_experts(doc: Document, mentions: list[Mention]) -> None:
    """A university's or institute's own press release presents its own researchers: an expert it names without
    any affiliation belongs to the publisher. Only experts, and only after they were classed (no effect on who
    counts as one)."""
    publisher = doc.meta.publisher
    if doc.meta.kind != "press_release" or not publisher or not (is_top_org(publisher) and research_org(publisher)):
        return
    for mention in mentions:
        if mention.category == "expert" and not mention.affiliation and not is_non_expert_role(mention.role, None) \
                and not corporate_office(mention.role):  # a company's manager at a university event is a guest
            mention.affiliation = publisher


_UNIVERSITY = re.compile(
    r"(?<![\w-])(?:"
    r"(?:[A-ZÄÖÜ][\w-]*\s+){0,3}(?:University|Universität|Hochschule|Fachhochschule)(?:\s+(?:of|zu|für)\s+"
    r"[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?|\s+[A-ZÄÖÜ][\w-]+)?"
    r"|[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)*-Universität(?:\s+[A-ZÄÖÜ][\w-]+)?"
    r"|(?:TU|FH|HU|LMU|RWTH|ETH|Uni)\s+[A-ZÄÖÜ][\w-]+)(?![\w-])")
_UNI_WORDS = re.compile(r"^(?:University|Universität|Hochschule|Fachhochschule|TU|FH|HU|Uni)$")


def named_universities(doc: Document) -> set[str]:
    """The universities the text names ('Eastford State University’s …', 'an der Beispiel-Universität', 'FH Nordstadt'),
    in their base form, one entry for a name and its shorter or longer variants."""
    found: list[str] = []
    for block in doc.blocks:
        if block.kind not in ("paragraph", "heading", "answer", "question", "list"):
            continue
        text = block.text if block.kind != "list" else "\n".join(block.items)
        for m in _UNIVERSITY.finditer(text or ""):
            tokens = re.sub(r"['’]s$", "", m.group()).split()
            while tokens and (tokens[0].casefold() in FUNCTION_WORDS or not tokens[0][:1].isupper()):
                tokens.pop(0)
            name = nominative_org(" ".join(tokens))
            if not name or _UNI_WORDS.match(name) or len(name.split()) < 2 and "-" not in name:
                continue  # 'der Universität': a back reference, not a name
            found.append(name)
    distinct: list[str] = []
    for name in sorted(set(found), key=len):
        if not any(re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", name) for short in distinct):
            distinct.append(name)
    return set(distinct)


def _university_experts(doc: Document, mentions: list[Mention]) -> None:
    """A researcher the text presents without an organisation ('X, associate civil engineering professor', 'Prof. X
    vom Fachgebiet Y', 'der Leiter des Versuchsfelds Prof. X') belongs to the one university the text names, when
    it names exactly one and nobody in it is placed at another research organisation. Only experts, after they
    were classed (no effect on who counts as one)."""
    candidates = [m for m in mentions if m.category == "expert" and not m.affiliation
                  and (m.unit or m.title or (m.role and has_stem(m.role, RESEARCH_ROLE_STEMS)))
                  and not is_non_expert_role(m.role, None) and not corporate_office(m.role)]
    if not candidates:
        return
    universities = named_universities(doc)
    if len(universities) != 1:
        return
    university = next(iter(universities))
    others = {m.affiliation for m in mentions if m.affiliation and research_org(m.affiliation)}
    if any(university not in other and other not in university for other in others):
        return
    for mention in candidates:
        mention.affiliation = university


def _names_an_affiliation(mention: Mention, person: _Person, mentions: list[Mention]) -> bool:
    """'Acme Recovery says …' and 'John Roe, CEO of Acme Recovery': a name found only by its context (no title,
    no first name the gazetteer knows) that opens another person's affiliation is that organisation."""
    if mention.title or person.signals & {"title", "gazetteer", "label"} or mention.role:
        return False
    return any(other.name != mention.name and other.affiliation and re.match(
        rf"(?:the\s+)?{re.escape(mention.name)}(?![\w-])", other.affiliation, re.I) for other in mentions)


def _is_fragment(mention: Mention, mentions: list[Mention]) -> bool:
    return False


_SAID_THE = re.compile(r"\b(?P<verb>[a-zäöüß]+)\s+(?P<phrase>(?:der|die)\s+[^,.;:!?„“\"»«()]{3,120})")


def _describe_role_references(doc: Document, quotes: list[Quote], mentions: list[Mention]) -> None:
    """'…“, sagte der Experte des Nordstädter Beispiel-Zentrums.': a statement attributed through a role reference
    (`people_speech`) also tells the speaker's role and organisation, where the name had no apposition."""
    by_name = {m.name: m for m in mentions}
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        speakers = {n for q in quotes if q.anchor == block.anchor for n in q.speakers}
        if len(speakers) != 1:
            continue
        mention = by_name.get(next(iter(speakers)))
        if mention is None or (mention.role and mention.affiliation):
            continue
        for m in _SAID_THE.finditer(block.text):
            if m.group("verb") not in SPEECH_VERBS or m.group("verb") in ("so", "laut"):
                continue
            if any(name.split()[-1] in m.group("phrase") for name in by_name):
                continue  # 'sagte der Forscher X …' names the speaker: no role reference
            desc = describe_apposition(m.group("phrase"))
            if desc and desc.role:
                mention.role = mention.role or desc.role
                mention.affiliation = mention.affiliation or (nominative_org(desc.affiliation)
                                                              if desc.affiliation else None)
                break


def _first_name_labels(doc: Document, mentions: list[Mention]) -> None:
    """Features and profiles go on by the first name ('Russell tells.', 'Daryl has won …'): a known first name the
    text uses alone, that no other person of the document shares, refers to the one person it names in full."""
    firsts: dict[str, list[Mention]] = {}
    for m in mentions:
        tokens = m.name.split()
        if len(tokens) >= 2:
            firsts.setdefault(tokens[0], []).append(m)
    texts = [b.text for b in doc.blocks if b.kind in ("paragraph", "answer") and b.text]
    for first, owners in firsts.items():
        if len(owners) != 1 or first.casefold() in AMBIGUOUS_FIRST or not is_first_name(first) \
                or any(first in m.labels or m.name == first for m in mentions):
            continue
        alone = re.compile(rf"(?<![\w-]){re.escape(first)}(?![\w'’-])(?!\s+[A-ZÄÖÜ])")
        if any(alone.search(t) for t in texts):
            owners[0].labels.append(first)


def _mention(person: _Person) -> Mention:
    descs = sorted(person.descriptions, key=lambda d: d.score(), reverse=True)
    best = descs[0] if descs else Description()
    roles = [d.role for d in descs if d.role]
    # a membership ('Mitglied der Akademie') yields to what the person does, stated elsewhere in the source
    role = next((r for r in roles if not WEAK_ROLES.match(r)), roles[0] if roles else None)
    affiliation = best.affiliation or next((d.affiliation for d in descs if d.affiliation), None) \
        or person.contact_affiliation
    unit = best.unit or (", ".join(person.contact_units) if person.contact_units and
                         (affiliation is None or affiliation == person.contact_affiliation) else None)
    labels = list(person.labels)
    for last in (person.name.split()[-1], surname_of(person.name)):
        if last not in labels and last != person.name:
            labels.insert(0, last)
    return Mention(name=person.name, title=person.title, role=role, affiliation=affiliation, unit=unit,
                   email=person.email, phone=person.phone, labels=labels)


def corporate_office(role: str | None) -> bool:
    """'General Manager Acme Gulf', 'Senior Vice President and Chief Communications Officer': a company office,
    not expertise; 'Chief AI Officer', 'Vice President of Research' are offices of expertise."""
    return bool(role) and has_stem(role, CORPORATE_ROLE_STEMS) and not CORPORATE_EXPERTISE.search(role)


@dataclass(frozen=True)
class Evidence:
    """What this source says about one person, the only input of `decide_category`.

    Positive evidence (a person enters the expert index only with some of it):
      quoted        a statement attributed to them: a quotation or indirect speech next to a speech verb,
                    "so X", "laut X", or a resolved pronoun or role reference ("sagte sie", "so der Leiter")
      foreword      named as the author of the foreword ("Vorwort/Foreword Prof. Dr. X")
      answers       answers of an interview or Q&A (labelled or the one introduced interviewee)
      interviewee   introduced as the person interviewed ("Ein Gespräch mit X", "X im Interview")
      presented     a profile block (name line + role sentences) or an expert section ("Die Expertinnen:")
      report_author in the author line of a report or paper, followed by its research organisation
      scientific_contact  the titled scientific contact of a press release, named in its text before
      title, scholarly_role, affiliation   how the source presents them (an academic title, a research role
                    such as professor or scientist, an organisation in the apposition)
    Negative evidence (never a source in this capacity):
      byline, interviewer, journalist, press_contact, contact, caption_only, credits_only, list_only, historical,
      non_expert_role (executive, politician, spokesperson), corporate_office, political_aside
    Context: others_speak (somebody besides the authors speaks), answered_interview (an interview whose answers
    come from identified interviewees), reporting (news or interview: a text that names people in passing,
    unlike a press release or report that presents the researchers it names).
    """

    quoted: bool = False
    foreword: bool = False
    answers: bool = False
    interviewee: bool = False
    presented: bool = False
    scientific_contact: bool = False
    title: bool = False
    role: bool = False
    scholarly_role: bool = False
    research_role: bool = False
    affiliation: bool = False
    research_affiliation: bool = False
    byline: bool = False
    interviewer: bool = False
    journalist: bool = False
    press_contact: bool = False
    contact: bool = False
    caption_only: bool = False
    list_only: bool = False
    historical: bool = False
    private: bool = False
    listed_speaker: bool = False  # named in a list of speakers or people available for interviews
    report_author: bool = False  # in the author line of a report or paper, with its research organisation
    self_presented: bool = False  # the sole author, stating their own office in the first person
    credits_only: bool = False  # named in full only in a show's credits or a publication's imprint
    non_expert_role: bool = False
    corporate_office: bool = False
    political_aside: bool = False
    profession: bool = False  # a profession of expertise ('Bauingenieur X', 'X, an engineer at …')
    trade: bool = False  # a trade or an office named by a compound or a craft title ('Zollbeamter X', 'Master Brewer X')
    unit_head: bool = False  # head of a research unit ('Leiterin der Arbeitsgruppe … am Institut')
    team_lead: bool = False  # head of the research team of the text ('ein Team um X', 'led by X')
    researches: bool = False  # subject of a verb of research ('X forscht zur Zwangsstörung', 'X studies …')
    professor: bool = False  # a professor by title or role: the office is itself an academic affiliation
    org_apposition: bool = False  # the organisation alone as the apposition ('X, Beispiel-Institut für …,')
    others_speak: bool = False
    answered_interview: bool = False
    reporting: bool = False

    @property
    def speaks(self) -> bool:
        return self.quoted or self.foreword or self.answers or self.interviewee


def decide_category(ev: Evidence) -> tuple[str, str]:
    """The capacity in which the source presents a person, and why (a short reason an editor can read).

    Principle: only `expert` and `quoted` enter the index, and only with positive evidence in this source –
    they speak (a statement attributed unambiguously, an answer, introduced as the interviewee, the foreword
    they sign) or the source presents them as its expert (profile block or expert section, the titled scientific
    contact of a press release, an academic title or scholarly role; in news and interviews, which name people
    in passing, only together with an affiliation). Bylines and editors, interviewers, journalists, press and
    media contacts, people named only in captions or in long lists of names, historical figures and office
    holders (executives, politicians) merely mentioned never enter. Speakers with an executive or political
    role are `quoted`, researchers `expert`. The checks run in this order; the first that applies decides.
    """
    if ev.interviewer:
        return "interviewer", "asks the questions"
    if ev.journalist and not ev.interviewee and not ev.answers:
        return "author", "journalist by role"
    if ev.press_contact and not ev.speaks:
        return "contact", "press or media contact"
    researcher = ev.title or ev.research_role or ev.interviewee or ev.answers or ev.research_affiliation
    if ev.historical and not (ev.answers or ev.interviewee):
        return "mentioned", "historical figure (life dates or a time long past), not a source of this text"
    # (a role at a named organisation makes the statement an official one, whatever age the report gives)
    official = ev.role and ev.affiliation
    if ev.speaks and ev.private and not (researcher or ev.presented or ev.non_expert_role or ev.byline or official):
        # a resident, patient or passer-by quoted as a witness: reports give private people an age
        return "mentioned", "quoted as a witness (named with an age, as a couple, a relative or a patient; no title or expertise)"
    if ev.speaks:
        how = "answers" if ev.answers else "introduced as interviewee" if ev.interviewee else \
            "quoted" if ev.quoted else "author of the foreword"
        # an author who answers the questions of an interview (a blog repost of one's own interview) is its source
        if ev.byline and not ev.others_speak and not (ev.title or ev.role) and not ev.interviewee:
            return "author", f"byline ({how}, but nobody else speaks)"
        if ev.byline and ev.others_speak and not (ev.title or ev.role or ev.interviewee or ev.answers):
            # 'X im Gespräch mit Y' / 'Y: Herr Präsident, …': the byline's author speaks as the interviewer
            return "author", f"byline ({how} while others answer: the interviewer's own words)"
        if ev.non_expert_role:
            return "quoted", f"{how}; executive or political role"
        if researcher:
            return "expert", f"{how}; title, research role or research affiliation"
        if ev.presented:
            return "expert", f"{how}; presented as expert"
        if ev.role and not ev.affiliation and not (ev.corporate_office or ev.profession or ev.trade):
            # 'sagte Landwirtin Petra Muster', 'the former diver Dale Example': a lay role, no organisation (an
            # office or a profession before the name, 'der Vorsitzenden X', 'Klavierbauer X', speaks from it)
            return "mentioned", f"{how}; a lay witness (role without expertise or organisation)"
        return "quoted", f"{how}; no expertise stated"
    if ev.presented and (ev.title or ev.role or ev.listed_speaker or ev.research_affiliation):
        if ev.non_expert_role:
            return "quoted", "presented in a profile or expert section; executive or political role"
        return "expert", "presented in a profile or expert section"
    if ev.report_author and not (ev.non_expert_role or ev.caption_only or ev.historical):
        return "expert", "author of a report, paper or study (author line, or the study the text presents)"
    if ev.byline:
        if ev.self_presented and not ev.others_speak:
            return "expert", "author of a first-person text who states their own expert office"
        if ev.title and ev.role and not ev.others_speak:
            return "expert", "author of an expert text (titled, with role, nobody else speaks)"
        return "author", "byline"
    if ev.caption_only:
        return "mentioned", "named only in a caption"
    if ev.credits_only:
        return "mentioned", "named only in credits or an imprint (staff of the show or publication)"
    if ev.list_only:
        return "mentioned", "named only in a list of names"
    if ev.historical:
        return "mentioned", "historical figure, not quoted"
    if ev.scientific_contact and not (ev.non_expert_role or ev.corporate_office):
        return "expert", "scientific contact named in the text"
    if ev.answered_interview:
        return ("contact" if ev.contact else "mentioned"), "named in an interview somebody else answers"
    if ev.contact:
        return "contact", "listed in the contact section"
    if ev.non_expert_role or ev.corporate_office:
        return "mentioned", "office holder (executive, politician, spokesperson) without a statement"
    # 'X, Beispiel-Institut für Materialforschung, und Y': a research organisation as the whole apposition presents
    # a researcher as a title would
    research_apposition = ev.research_affiliation and ev.org_apposition and not ev.role
    if ev.title or ev.scholarly_role or ev.profession or ev.unit_head or research_apposition:
        # news and interviews name many people in passing: there an unquoted person is the source's expert only
        # with the apposition that presents them (a scholarly role or title and an organisation)
        if ev.reporting and not ev.affiliation and not ev.professor:
            return "mentioned", "named in a report with a title or scholarly role, but no affiliation"
        if ev.title or ev.scholarly_role:
            return "expert", "presented with an academic title or scholarly role"
        if ev.unit_head:
            return "expert", "presented as head of a research unit"
        if research_apposition:
            return "expert", "presented with a research organisation"
        return "expert", "presented with a profession of expertise"
    if ev.team_lead and not (ev.reporting and not ev.affiliation):
        return "expert", "presented as head of the research team (a team around them, led by them)"
    if ev.researches and not (ev.reporting and not ev.affiliation):
        return "expert", "presented by their research (the subject of 'forscht zu', 'studies')"
    if ev.political_aside:
        return "mentioned", "a politician's aside, no statement on the subject"
    return "mentioned", "no statement and no presented expertise"


# 'Prof.', 'Professorin', 'professor of …' (not 'Professur' alone, nor an 'Assistant' to one)
_PROFESSOR = re.compile(r"\bProf(?:\.|essor(?:in)?\b)", re.I)


def _heads_research_unit(mention: Mention) -> bool:
    """'Leiterin der Arbeitsgruppe Baustatik am Beispiel-Institut', 'head of the Example Lab': the head of a unit
    that is research by itself, or of a group at a research organisation (not 'Leiter der Abteilung Vertrieb')."""
    role = mention.role or ""
    if not role or not has_stem(role, HEAD_STEMS) or has_stem(role, JOURNALIST_STEMS):
        return False
    where = " ".join(filter(None, (role, mention.unit, mention.affiliation)))
    return bool(RESEARCH_UNIT.search(where)) or (bool(ANY_RESEARCH_UNIT.search(where)) and research_org(where))


# The journalists' stems without the press officers': those write the text, a quoted press officer is a source.
_WRITER_STEMS = tuple(s for s in JOURNALIST_STEMS if s not in PRESS_OFFICER_STEMS)


def _evidence(mention: Mention, person: _Person, *, speaking: set[str], said: set[str], answering: set[str],
              interviewees: set[str], authors: set[str], interviewers: set[str], others_speak: bool, answered: bool,
              reporting: bool) -> Evidence:
    name, role = mention.name, mention.role
    # a press officer quoted on the subject is a spokesperson (a borderline source), not the text's writer
    journalist = bool(role and (has_stem(role, _WRITER_STEMS)
                                or (has_stem(role, PRESS_OFFICER_STEMS) and name not in speaking))) \
        or "signed" in person.roles
    # a coach presented in the role teaches the sport; one named as the head of a team is the team's news
    coach = bool(role and has_stem(role, COACH_STEMS) and "team_head" not in person.roles)
    return Evidence(
        quoted=name in speaking,
        political_aside=name in said and name not in speaking,
        foreword="foreword" in person.roles,
        answers=name in answering,
        interviewee=name in interviewees,
        presented="presented" in person.roles,
        scientific_contact="scientific" in person.roles,
        title=bool(mention.title),
        role=bool(role),
        research_role=bool(role and (has_stem(role, RESEARCH_ROLE_STEMS) or coach)),
        # a scholarly role, or an office whose field is itself expertise ('Chief AI Officer', 'head of AI')
        scholarly_role=bool(role and (has_stem(role, SCHOLARLY_ROLE_STEMS)
                                      or (has_stem(role, RESEARCH_ROLE_STEMS) and CORPORATE_EXPERTISE.search(role)))),
        affiliation=bool(mention.affiliation or mention.unit),
        research_affiliation=bool(mention.affiliation and research_org(mention.affiliation)),
        byline=name in authors,
        interviewer=name in interviewers,
        journalist=journalist,
        press_contact="press" in person.roles,
        contact="contact" in person.roles,
        caption_only=bool(person.places) and person.places <= {"caption"},
        list_only=bool(person.places) and person.places <= {"caption", "list"},
        historical="historical" in person.roles,
        private="private" in person.roles,
        listed_speaker="speaker" in person.roles,
        report_author="report_author" in person.roles,
        self_presented="self_presented" in person.roles,
        credits_only="credited" in person.roles and "named" not in person.roles,
        non_expert_role=is_non_expert_role(role, mention.affiliation),
        profession=bool(role and (has_stem(role, PROFESSION_STEMS) or coach)
                        and not has_stem(role, LAY_ROLE_STEMS + JOURNALIST_STEMS)),
        trade=bool(role and (any(is_trade_compound(w) for w in role.split()) or MASTER_TITLE.search(role))),
        unit_head=_heads_research_unit(mention),
        team_lead="team_lead" in person.roles,
        researches="researches" in person.roles,
        professor=bool(_PROFESSOR.search(f"{mention.title or ''} {role or ''}")),
        org_apposition="org_apposition" in person.roles,
        corporate_office=corporate_office(role),
        others_speak=others_speak,
        answered_interview=answered,
        reporting=reporting,
    )
