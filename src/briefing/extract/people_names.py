"""Finding personal names in running text without a downloadable model.

Signals, cheapest first: an academic title before the name; a first name the
gender-guesser gazetteer knows; a role word, speech verb or apposition around
the name. The German POS tagger HanTa is consulted only for candidates that
have a context signal but no known first name, and as a veto on sentence-initial
words the gazetteer happens to know ("Solange", "Man").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.people_lexicon import (
    AGE_AFTER_NAME, AMBIGUOUS_FIRST, FUNCTION_WORDS, HONORIFIC, HONOUR, NOT_FIRST, NOT_NAME, ORG_WORDS, SPEECH_VERBS, SURNAME_HOMONYMS, TITLES, UNIT_WORDS,
    SURNAME_NOUNS, TITLE_RE, is_org_part, is_person_noun, is_role_word, singular, speech_verb_pattern,
)

_LOW = "a-zäöüßàáâãåæèéêëìíîïñòóôõøùúûýÿçăćčďđěęėąłľĺńňőřŕśšșťțůűźżžğış"
_UP = "A-ZÄÖÜÀÁÂÃÅÆÈÉÊËÌÍÎÏÑÒÓÔÕØÙÚÛÝÇĂĆČĎĐĚĘĖĄŁĽĹŃŇŐŘŔŚŠȘŤȚŮŰŽŹŻ"
WORD = rf"(?:Mc|Mac|O['’])?[{_UP}][{_LOW}'’]+(?:-[{_UP}][{_LOW}'’]+)*"
INITIALS = rf"(?:[{_UP}]\.\s?){{1,3}}|[{_UP}]{{2}}(?![\w-])"
PARTICLE = (r"(?:von und zu|van der|van den|van de|von der|von dem|de la|de los|de las|van|von|zu|de|di|da|du|dos|das|"
            r"del|della|degli|ten|ter|le|la|al|el|bin|bint|ibn|ben|abu)")
# Lower-case particles inside a name ("Anna von der Aue", "Anna Muster zu Beispielhausen").
LOWER_PARTICLES = {"von", "van", "zu", "und", "der", "den", "dem", "de", "di", "da", "du", "dos", "das", "do", "del",
                   "della", "degli", "la", "le", "los", "las", "ten", "ter", "al", "el", "bin", "bint", "ibn", "ben",
                   "abu"}
# Particles that are also German articles: after a complete name they start the object ('X das Thema').
GERMAN_ARTICLES = {"der", "den", "dem", "das", "des"}
# Particles that may follow a surname and start its second part ("Muster zu Beispielhausen", "Silva da Costa");
# not "von" ("Anna Schmidt von Acme" is a person and a company).
SURNAME_LINKS = {"zu", "de", "da", "dos", "do", "das", "van", "ter", "ten", "y"}
# Capitalised particles that are part of the surname ("Omar Al Example", "Omar Bin Example", "Amr El Example").
UPPER_PARTICLES = {"Al", "El", "Bin", "Ben", "Abu", "Ibn", "Van", "Von", "De", "Da", "Di", "Du", "Del", "Della", "Le",
                   "La", "Ter", "Ten", "Mac"}
# A run of name-like tokens on one line.
NAME_RE = re.compile(
    rf"(?<![\w@.-])(?P<name>(?:{INITIALS}|{WORD})(?:[ \t]+(?:(?:{INITIALS})[ \t]?|(?:{PARTICLE}[ \t]+){{1,2}})?{WORD})+)"
    rf"(?![\w-])")
TITLED_RE = re.compile(rf"(?P<title>{TITLES})(?P<name>(?:{INITIALS}|{WORD})(?:[ \t]+(?:(?:{INITIALS})[ \t]?|"
                       rf"(?:{PARTICLE}[ \t]+){{1,2}})?{WORD}){{1,3}})(?![\w-])")
# (the German suffix -nis follows a consonant other than n: 'Ergebnis', 'Zeugnis'; 'Dennis', 'Jannis' are names)
_NOUN_SUFFIX = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|ismus|(?<![aeiouyäöün])nis|tum|ität|ness|ity)$")


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as gender

        return gender.Detector(case_sensitive=False)
    except Exception:  # the gazetteer is optional: without it only context signals count
        return None


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str:
    """'female', 'male', 'andy' (either) or 'unknown'."""
    detector = _detector()
    if detector is None or word.casefold() in NOT_FIRST:
        return "unknown"
    parts = word.split("-")
    result = detector.get_gender(parts[0])
    if result == "unknown" and len(parts) > 1:
        result = detector.get_gender(parts[1])
    return {"mostly_female": "female", "mostly_male": "male"}.get(result, result)


def gender_fits(pronoun: str, name: str) -> bool:
    """'er'/'he' fits a male or unknown first name, 'sie'/'she' a female or unknown one ('either' fits both)."""
    gender = first_name_gender(name.split()[0])
    if pronoun in ("er", "he"):
        return gender in ("male", "andy", "unknown")
    return gender in ("female", "andy", "unknown")


def is_first_name(word: str) -> bool:
    return first_name_gender(word) != "unknown"


@lru_cache(maxsize=1)
def _tagger():
    try:
        from HanTa import HanoverTagger as ht

        return ht.HanoverTagger("morphmodel_ger.pgz")
    except Exception:
        return None


_TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*|[^\w\s]")


@lru_cache(maxsize=2048)
def pos_tags(sentence: str) -> tuple[tuple[str, str], ...]:
    """(token, STTS tag) pairs by HanTa; empty when HanTa is not installed."""
    tagger = _tagger()
    if tagger is None:
        return ()
    tokens = _TOKEN.findall(sentence)
    try:
        return tuple((tok, tag) for tok, _lemma, tag in tagger.tag_sent(tokens, taglevel=1))
    except Exception:
        return ()


@lru_cache(maxsize=2048)
@lru_cache(maxsize=4096)  # the tagger is slow (about 3,000 tokens/s) and a sentence is asked about more than once
def has_konjunktiv(sentence: str) -> bool:
    """A German sentence with a verb in the third person of the Konjunktiv I, the form of reported speech
    ('kombiniere', 'wechsele', 'liefere': the infinitive without its final -n, which HanTa reads in context as a
    finite verb). The first person ('ich sage') is the caller's to exclude; English text and a missing HanTa: no."""
    tagger = _tagger()
    words = [w.casefold() for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", sentence)]
    german = sum(w in _GERMAN_WORDS for w in words)
    if tagger is None or german == 0 or german <= sum(w in _ENGLISH_WORDS for w in words):
        return False  # only a sentence its function words mark as German ('role' is no Konjunktiv of 'rolen')
    try:
        tagged = tagger.tag_sent(_TOKEN.findall(sentence), taglevel=1)
    except Exception:
        return False
    return any(re.fullmatch(r"[a-zäöüß]{3,}e", word) and tag.startswith(("VV", "VA", "VM")) and "FIN" in tag
               and lemma.casefold() in (word + "n", word[:-1] + "n") for word, lemma, tag in tagged)


def tag_of(sentence: str, word: str) -> str | None:
    for token, tag in pos_tags(sentence):
        if token == word:
            return tag
    return None


def plausible_surname(word: str) -> bool:
    low = word.casefold()
    if low in NOT_NAME or is_role_word(word):
        return False
    suffix = _NOUN_SUFFIX.search(low)
    # 'Wedung', 'Hartung', 'Jung': a word in -ung is a noun of action only when a verb lies under it
    # ('Leitung' ← leiten, 'Entwicklung' ← entwickeln); without one it can be a surname
    return not suffix or (suffix.group() == "ung" and not _deverbal(low))


@lru_cache(maxsize=2048)
def _deverbal(low: str) -> bool:
    """'leitung' ← 'leiten', 'wanderung' ← 'wandern', 'entwicklung' ← 'entwickeln': the infinitive HanTa knows.
    Without HanTa every word in -ung counts as such a noun."""
    tagger = _tagger()
    stem = low[:-3]
    if tagger is None:
        return True
    if len(stem) < 2:
        return False
    forms = {stem + "en", stem + "n"}
    if stem[-1] in "lr" and stem[-2] not in "aeiouäöü":
        forms.add(stem[:-1] + "e" + stem[-1] + "n")
    for form in forms:
        try:
            lemma, tag = tagger.analyze(form, taglevel=1)
        except Exception:
            continue
        if tag.startswith("VV") and lemma.casefold() == form:
            return True
    return False


@dataclass
class Candidate:
    name: str
    start: int
    end: int
    title: str | None = None
    signal: str = ""  # title, gazetteer, context, label


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right + 1].strip()


def _context_signal(text: str, start: int, end: int) -> bool:
    """A role word or speech verb right before, or an apposition/speech verb right after."""
    left = text[max(0, start - 80):start]
    right = skip_note(text[end:end + 120])[:80]
    left_words = re.findall(r"[\w-]+|[,(]", left)
    if left_words:
        last = left_words[-1]
        if is_role_word(last) or last.casefold() in SPEECH_VERBS or re.fullmatch(HONORIFIC.replace("\\.?", ""), last):
            return True
        # 'and its director, M.J. Example', 'ihr Stellvertreter, A. Muster': a possessive role phrase and a comma
        if last == "," and re.search(r"(?:^|\s)(?:its|his|her|their|our|sein\w*|ihr\w*|dessen|deren|unser\w*)\s+"
                                     r"(?:[\w-]+\s+)?([\w-]+)\s*,\s*$", left) \
                and is_role_word(re.search(r"([\w-]+)\s*,\s*$", left).group(1)):
            return True
    # "dem Rektor der Universität Beispielstadt, Jonas Muster": a role apposition ahead of the name
    ahead = re.search(r"(?:^|\s)(?:der|die|dem|den|the|our|unser\w*)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:des|der|von|vom|of|at)\s+"
                      r"[^,;.]{2,80},\s*$", left)
    if ahead and is_role_word(ahead.group(1)):
        return True
    # 'beschreibt der Geschäftsführer des Teeverbands X Y', 'the director of the Example Trust X Y': a role and its
    # organisation in the genitive right before the name, no comma between
    ahead = re.search(r"(?:^|\s)(?:der|die|dem|den|the)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:des|der|vom|of(?:\s+the)?)\s+"
                      r"(?:[A-ZÄÖÜ][\w-]*\s+){1,3}$", left)
    if ahead and is_role_word(ahead.group(1)):
        return True
    if re.match(r"\s*,\s*(?:(?:der|die|ein|eine|the|a|an|ehemalige[rn]?|former)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+", right):
        words = re.findall(r"[\w-]+", right[:60])[:5]
        if any(is_role_word(w) for w in words) or (not is_first_name(text[start:end].split()[0])
                                                    and any(is_person_noun(w) for w in words[:3])):
            return True
    if re.match(r"\s*\((?:[^)]{2,80})\)", right):
        inner = re.match(r"\s*\(([^)]*)\)", right).group(1)
        if any(is_role_word(w) for w in inner.split()) or any(is_org_part(w) for w in inner.split()):
            return True
    # "X of Eastford State University", "X vom Beispiel-Institut": a person placed at an organisation
    # ('X and Y, both of Eastford University', 'X und Y, beide vom Beispiel-Institut': the first of the pair too)
    pair = re.match(rf"\s+(?:and|und|&)\s+(?:{WORD}\s+){{1,2}}(?={WORD}\s*,\s*(?:both|beide)\s)(?:{WORD})", right)
    if pair and (both := re.match(r"\s*,\s*(?:both|beide)\s+((?:[\w-]+\s+){0,2}[\w-]+)", right[pair.end():])) \
            and any(is_role_word(w) for w in both.group(1).split()):
        return True  # 'X and Y, both faculty members in …', 'X und Y, beide Professorinnen am …'
    place = re.match(r"\s*,?\s*(?:(?:both|beide)\s+)?(?:of|from|at|vom|von der|aus dem|aus der|am|an der)\s+(?:the\s+)?"
                     r"((?:[A-ZÄÖÜ][\w.&-]*\s*){1,6})", right[pair.end():] if pair else right)
    if place and any(part.casefold().strip(".,") in ORG_WORDS for w in place.group(1).split()
                     for part in w.split("-")):
        return True
    first_right = re.match(r"\s*([\w-]+)", right)
    if first_right and first_right.group(1).casefold() in SPEECH_VERBS - {"so", "laut", "zufolge"}:
        return True
    # 'X ist Leiterin der Arbeitsgruppe …', 'X is an associate professor of …': a role as the predicate
    predicate = re.match(r"\s+(?:ist|war|is|was)\s+(?:(?:der|die|eine?|an?|the)\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)"
                         r"(?=\s+(?:der|des|für|am|an|im|von|vom|of|at|in|for|with)\b|[,.;]|$)", right)
    if predicate and is_role_word(predicate.group(1).split()[-1]):
        return True
    # 'X und Kollegen', 'X et al.': an author with co-authors; 'ein Team um X', 'a group led by X': its head
    if re.match(r"\s+(?:(?:und|and)\s+(?:Kolleg(?:en|innen)|colleagues|co-?authors)\b|et\s+al\b)", right):
        return True
    # 'X and his team', 'X und ihre Arbeitsgruppe': the head of a team
    if re.match(r"\s+(?:und|and|&)\s+(?:his|her|their|seine\w*|ihre\w*)\s+(?:[\w-]*[Tt]eam|group|[\w-]*[Gg]ruppe|"
                r"colleagues|Kolleg\w*|co-workers)\b", right):
        return True
    if re.search(r"(?i)(?:team|gruppe|group)\s+(?:um|led\s+by|headed\s+by)\s+$", left):
        return True
    if re.match(r",\s*(?:sagt|sagte|said|says|erklärt|erklärte|betont|betonte)\b", left[-2:] + right):
        return True
    return _person_position(text, start, end)


_ARTICLE = r"(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Tt]he|[Oo]ur|[Ii]ts|[Vv]om|[Zz]um|[Zz]ur|[Bb]eim|[Uu]nser\w*|[Ee]ine?[mnrs]?|an?)"
# '…, so X Y', '… said longtime dealer X Y', 'sagte der Forscher X Y': a speech verb, a short description, the name
_SPEECH_DESCRIPTION = re.compile(r"(?:^|\s)(?P<verb>[\w-]+)\s+(?:(?:der|die|the|a|an|our|unser\w*)\s+)?"
                                 r"(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)\s+$")
# 'Der CEO von Acme, X Y', 'vom neuen Ministerpräsidenten, X Y', 'die Professorin für Pädagogik, X Y': a role phrase
# that opens with an article and ends in a comma before the name
_ROLE_PHRASE_COMMA = re.compile(rf"(?:^|[\s(„\"»])(?:{_ARTICLE}\s+)(?P<words>(?:[\w.-]+\s+){{0,3}}?)(?P<role>[\w-]+)"
                                rf"(?:\s+(?:des|der|von|vom|für|of|at|for|in|im|bei|beim)\s+[^,;:.!?\n]{{2,90}})?\s*,\s*$")
# 'Minister für Wissenschaft und Kultur X Y': a role, 'für', the capitalised words of its field, the name
_ROLE_FOR_FIELD = re.compile(r"(?P<role>[\w-]+)\s+für\s+(?:[A-ZÄÖÜ][\w-]*\s+(?:(?:und|and|&)\s+)?){1,5}$")
# 'Interview mit X Y', 'im Gespräch mit X Y', 'spoke with X Y', 'joined by X Y', 'Mein Name ist X Y'
_MEETS_PERSON = re.compile(r"(?i)(?:\b(?:interview|gespräch|talk|conversation|chat|q\s*&\s*a)\s+(?:with|mit)|"
                           r"\b(?:spoke|spoken|speaks|talked|talks|sprach|spricht|sprachen)\s+(?:with|to|mit)|"
                           r"\bjoined\s+by|\b(?:mein\s+name\s+ist|my\s+name\s+is)|\bmy\s+guests?\s*,?|"
                           # '3 Fragen an X', 'Five questions for X': a person answers questions
                           r"\bfragen\s+an|\bquestions\s+(?:for|to))\s+$")
# '„…“, weiß X Y.', '„…“, meldet Gestütsführer X Y.': after a closing quotation, a comma and a verb, the subject
# that ends the clause is the speaker (German inverts the order; a role may stand before the name)
_QUOTE_INVERSION = re.compile(r"[“”\"»«]\s*,\s*[a-zäöüß]+\s+(?:(?:der|die|the)\s+)?(?:[A-ZÄÖÜ][\w/.-]*\s+){0,2}$")
# the end of the clause after the speaker: punctuation, a separable particle ('fügt X hinzu.'), or where they are
# from ('meldet X von der Beispielhütte.')
_CLAUSE_END = re.compile(r"\s*(?:[a-zäöü]+\s*|(?:von|vom|aus|of|from|at)\s+[^.,;:!?\n]{1,60}?)?(?:[.,;:!?]|$)")
# '“…” – X Y': a quotation signed with a dash and the speaker's name
_QUOTE_DASH = re.compile(r"[“”\"»«]\s*[–—-]\s*$")
# 'X Y, said:', 'wie X Y, betont, …': the name's own verb of speech after a comma (not 'X Y, sagte sie')
_SPEAKS_AFTER_COMMA = re.compile(rf"\s*,\s*(?:{speech_verb_pattern('so', 'laut', 'zufolge', 'according')})\b"
                                 r"(?!\s+(?:er|sie|es|man|wir|ich|he|she|they|it|we|I|der|die|das|the)\b)")
_HONORIFIC_ABBR = re.compile(r"(?:^|\s)(?:Rep|Reps|Sen|Sens|Gov|Rev|Hon|Mr|Mrs|Ms|Mx|Dr|Prof)\.\s+$")
# 'X Y, Ph.D.', 'X Y, MD, PhD': a degree after the name
_DEGREE_AFTER = re.compile(r"\s*,\s*(?:Ph\.\s?D\.?|PhD|M\.\s?D\.|MD|D\.\s?Phil\.|DPhil|Sc\.\s?D\.|M\.\s?Sc\.|MSc|MBA|"
                           r"M\.\s?A\.|B\.\s?A\.|RN|DDS|DVM|J\.\s?D\.|Esq\.)(?![\w-])")
# 'X Y, who won …', 'X Y, whose late husband …'
_RELATIVE_WHO = re.compile(r"\s*,\s*(?:who|whose|whom)\b")
# 'X Y. He is coordinator of …', 'X Y. Sie ist Professorin …'
_PRONOUN_ROLE = re.compile(r"(?:[^.!?:\n]{0,100}?[a-zäöüß\d)“”\"]\s*)?[.:]\s+(?:He|She|Er|Sie)(?:'s|’s|\s+is|\s+was|\s+ist|\s+war)\s+(?P<rest>[^.;!?\n]{2,120})")


def _person_position(text: str, start: int, end: int) -> bool:
    """A place in the sentence that only a person takes, wherever the gazetteer has never heard of the first name:
    a description of the person before the name (after a speech verb, in a role phrase ending in a comma, a role for
    a field), an interview or self-introduction, an honorific, a degree, age or relative pronoun after the name, or
    a predicate or the next sentence's pronoun naming a role."""
    left = text[max(0, start - 200):start]
    right = skip_note(text[end:end + 160])
    left_words = re.findall(r"[\w-]+", left[-60:])
    if left_words and re.search(r"[\w-]\s+$", left) and is_person_noun(left_words[-1]) \
            and not is_org_part(left_words[-1]):
        return True
    said = _SPEECH_DESCRIPTION.search(left[-80:])
    if said and said.group("verb").casefold() in SPEECH_VERBS:
        words = said.group("words").split()
        if is_person_noun(words[-1]) and not any(is_org_part(w) for w in words):
            return True
    phrase = _ROLE_PHRASE_COMMA.search(left)
    if phrase and is_person_noun(phrase.group("role")) and not is_org_part(phrase.group("role")) \
            and not any(w[:1].isupper() and is_org_part(w) for w in phrase.group("words").split()):
        return True
    field = _ROLE_FOR_FIELD.search(left[-100:])
    if field and is_person_noun(field.group("role")) and not is_org_part(field.group("role")):
        return True
    if _MEETS_PERSON.search(left[-60:]) or _HONORIFIC_ABBR.search(left[-12:]):
        return True
    if _QUOTE_INVERSION.search(left[-80:]) and _CLAUSE_END.match(right) \
            or _QUOTE_DASH.search(left[-12:]):
        return True
    if _SPEAKS_AFTER_COMMA.match(right):
        return True
    if _DEGREE_AFTER.match(right) or _RELATIVE_WHO.match(right):
        return True
    # 'X Y, 27, promoviert in …', 'X Y (28) führt das Weingut': an adult's age, then the sentence goes on with a verb
    if (age := AGE_AFTER_NAME.match(right)) and re.match(r"\s*(?:,\s*)?[a-zäöü]", right[age.end():]) \
            and not re.match(r"\s*(?:,\s*)?(?:der|die|das|und|mit|the|and|with|who)\b", right[age.end():]) \
            and int(re.search(r"\d+", age.group()).group()) >= 18:
        return True
    # 'X Y is president and chief operating officer of …', 'X Y ist seit 2020 Professorin für …'
    pred = re.match(r"\s+(?:ist|war|is|was|wird|bleibt)\s+(?P<rest>[^.;:!?\n]{2,100})", right)
    if pred and _role_in_predicate(pred.group("rest")):
        return True
    pron = _PRONOUN_ROLE.match(right)
    # (the pronoun's sentence right after the name's, with no other name between)
    if pron and _role_in_predicate(pron.group("rest")) \
            and not re.search(r"[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+", right[:pron.start("rest")].split(".")[0][1:]) \
            and not any(is_person_noun(w) or is_org_part(w) for w in re.findall(r"[\w-]+", right[:pron.start("rest")])[:-2]):
        return True
    # 'sieht X Y als Forscher am Institut …', 'X Y as chief engineer'
    role_as = re.match(r"\s+(?:als|as)\s+(?:(?:der|die|the|an?|eine?)\s+)?(?:[a-zäöü][\w-]*\s+){0,2}([\w-]+)", right)
    return bool(role_as and is_role_word(role_as.group(1)))


def _role_in_predicate(rest: str) -> bool:
    """'president and chief operating officer of …', 'an der Fakultät 7 Juniorprofessorin für …': a role word among
    the predicate's first words, before any organisation word."""
    for word in re.findall(r"[\w-]+", rest)[:14]:
        if is_org_part(word):
            continue
        if is_role_word(word) or is_person_noun(word):
            return True
    return False


_NOTE = re.compile(r"^\s*\[[^\[\]\n]{1,40}\]")


def skip_note(right: str) -> str:
    """'Mark Example [pictured above], a professor': an editor's note in brackets is not the apposition."""
    return _NOTE.sub("", right, count=1)


# Legal forms of companies: "Acme Pharma, LLC", "Muster Logistik GmbH" name an organisation, not a person.
LEGAL_FORM = re.compile(r"[ \t]*,?[ \t]*(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|GmbH|AG|KG|SE|plc|PLC|Corp\.?|"
                        r"Co\.|e\.\s?V\.|S\.A\.|N\.V\.|B\.V\.|Pte\.?)(?![\w-])")


def _followed_by_org(text: str, end: int) -> bool:
    match = re.match(r"[ \t]*([\w.-]+)", text[end:end + 40])
    return bool(match and match.group(1).casefold().strip(".") in ORG_WORDS) or bool(LEGAL_FORM.match(text[end:end + 20]))


def split_name(raw: str) -> list[str]:
    return raw.split()


def surname(name: str) -> str:
    """'Anna Muster zu Beispielhausen' → 'Muster zu Beispielhausen', 'Anna von der Aue' → 'von der Leyen',
    'Omar Al Example' → 'Al Example', 'Anna Keller' → 'Keller': the part a person is addressed by."""
    tokens = name.split()
    for p in range(1, len(tokens) - 1):
        if tokens[p] in LOWER_PARTICLES or tokens[p] in UPPER_PARTICLES:
            start = p - 1 if p - 1 > 0 and tokens[p] in SURNAME_LINKS and not is_first_name(tokens[p - 1]) else p
            return " ".join(tokens[start:])
    return tokens[-1] if tokens else name


# A nickname in quotation marks inside a name: 'Robert W. "Bob" Example', 'Katharina „Kati“ Berg'; or in
# parentheses ('Dr. Klaus (Kai) Muster'), where a capital and lower-case letters only (not a party 'SPD').
_NICKNAME = re.compile(r"(?<=[\w.])[ \t]+(?:[\"“„»][A-ZÄÖÜ][\w-]{1,15}[\"“”«]|\([A-ZÄÖÜ][a-zäöüß]{1,15}\))[ \t]+"
                       r"(?=[A-ZÄÖÜ])")


# Scraped pages glue a name to the word or number before it ('regelmäßigAnna Muster (35)', 'kf2105220pxMuster:'):
# three lower-case letters or two digits right before a capital.
GLUED_BEFORE = rf"(?<=[{_LOW}]{{3}})(?=[{_UP}][{_LOW}])|(?<=\d{{2}})(?=[{_UP}][{_LOW}])"


def find_candidates(text: str) -> list[Candidate]:
    """Every personal name in `text`, with the signal that let it in. A nickname in quotation marks after a
    first name or an initial is no part of the name (positions stay those of `text`)."""
    cuts = [m for m in _NICKNAME.finditer(text)
            if (w := re.search(r"(\S+)$", text[:m.start()])) and (is_first_name(w.group(1).rstrip("."))
                                                                  or re.fullmatch(r"[A-Z]\.", w.group(1)))]
    if not cuts:
        return _find_candidates(text)
    cleaned, where, pos = [], [], 0
    for m in cuts:
        cleaned.append(text[pos:m.start()] + " ")
        where.extend(range(pos, m.start() + 1))
        pos = m.end()
    cleaned.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return [Candidate(c.name, where[c.start], where[c.end - 1] + 1, c.title, c.signal)
            for c in _find_candidates("".join(cleaned))]


def _find_candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for match in TITLED_RE.finditer(text):
        name = _trim(match.group("name"))
        if not name:
            continue
        title = re.sub(r"\s+", " ", match.group("title")).strip()
        # 'Prof. Dame Anna Example': a British honour after the academic title belongs to the title
        honour = re.match(rf"({HONOUR})\s+(?=\S+\s+\S)", name)
        if honour:
            title, name = f"{title} {honour.group(1)}", name[honour.end():]
        tokens = name.split()
        # "Prof. Dr. Anna Keller Universität Beispielstadt": the name ends before a word that is never part of one
        cut = next((n for n, t in enumerate(tokens) if n >= 2 and not plausible_surname(t)
                    and t not in LOWER_PARTICLES | UPPER_PARTICLES), None)
        tokens = tokens[:cut] if cut is not None else tokens
        # "Prof. Dr. Anna Keller Abstract": a third token must be a name, not a common noun
        # ('Dr. Mark A. Example': after a middle initial comes the surname, whatever the tagger thinks of it)
        while len(tokens) > 2 and tokens[-2] not in LOWER_PARTICLES | UPPER_PARTICLES \
                and not re.fullmatch(INITIALS, tokens[-2]) and (
                not plausible_surname(tokens[-1]) or (
                tag_of(_sentence_around(text, match.start("name"), match.end("name")), tokens[-1])
                not in (None, "NE", "XY"))):
            tokens.pop()
        while len(tokens) > 2 and tokens[-1] in LOWER_PARTICLES | UPPER_PARTICLES:
            tokens.pop()
        # "Dr. Carla Nunes von der Katholischen Hochschule": after 'von der', an adjective or common noun
        # starts an organisation, not the rest of the surname ('Anna von der Aue' stays whole)
        particle = next((n for n, t in enumerate(tokens) if t in LOWER_PARTICLES), None)
        # 'Prof. Dr. Anna Keller das Thema': after a full name, an article and a common noun are the sentence's
        # object, not a surname part ('Maria Silva das Neves' stays whole)
        if particle is not None and particle >= 2 and ((tag_of(
                _sentence_around(text, match.start("name"), match.end("name")), tokens[-1]) or "").startswith("ADJ")
                or (tokens[particle] in GERMAN_ARTICLES and tag_of(_sentence_around(
                    text, match.start("name"), match.end("name")), tokens[-1]) == "NN")
                or _organisation_after_particle(tokens[particle:])):
            tokens = tokens[:particle]
        name = " ".join(tokens)
        start = match.start("name") + (honour.end() if honour else 0)
        found.append(Candidate(name, start, start + len(name), title, "title"))
        taken.append((match.start(), start + len(name)))
    for match in NAME_RE.finditer(text):
        for cand in _split_run(text, match.start("name"), match.group("name")):
            if any(s <= cand.start < e for s, e in taken):
                continue
            found.append(cand)
    found = [c for c in found if not (c.signal != "title" and (_names_an_organisation(text, c) or _after_article(text, c)
                                                                or _after_place_word(text, c)))]
    found = [c for c in map(lambda c: _possessive(text, c), found) if c is not None]
    found = _coordinated_names(text, found)
    return sorted(_person_before_affiliation(text, found), key=lambda c: c.start)


# A name-shaped pair (an optional middle initial) coordinated with a name: 'X Y und Anna Muster', 'Anna Muster,
# X Y & Z W' (a pair before the name, or after it)
_PAIR = rf"(?P<first>{WORD})[ \t]+(?:(?:[{_UP}]\.)[ \t]?)?(?P<last>{WORD})"
_COORDINATOR = r"[ \t]*(?:,[ \t]*(?:(?:und|and|sowie)[ \t]+)?|[ \t]+(?:und|and|&|sowie)[ \t]+)"
_PLURAL_ENDINGS = (("innen", "in"), ("en", ""), ("n", ""), ("s", ""))  # 'Professorinnen', 'Professoren', 'Trainers'
_PAIR_BEFORE = re.compile(rf"(?<![\w-]){_PAIR}{_COORDINATOR}(?P<role>[{_UP}][\w.-]*[ \t]+)?$")
_PAIR_AFTER = re.compile(rf"{_COORDINATOR}{_PAIR}(?![\w-])")


def _coordinated_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """'die Professoren X Y und Anna Muster', 'A B, C D und Elmar Muster': a name-shaped pair coordinated with a
    person's name (a comma, 'und', 'and', '&') names a person too, whether or not the gazetteer knows its first
    name; such lists name people of one kind. Repeated, so that a whole list follows from one name in it."""
    found = list(found)
    added = True
    while added:
        added = False
        for cand in list(found):
            before = _PAIR_BEFORE.search(text[max(0, cand.start - 80):cand.start])
            spans = []
            # ('X Y sowie Professorin Anna Muster': a role or title may stand before the name)
            if before and before.group("role") and not (is_person_noun(before.group("role").strip())
                                                        or TITLE_RE.fullmatch(before.group("role"))):
                before = None
            if before:
                offset = max(0, cand.start - 80)
                spans.append((offset + before.start(), offset + before.start("last") + len(before.group("last")),
                              before.group("first"), before.group("last")))
            after = _PAIR_AFTER.match(text, cand.end)
            if after:
                spans.append((after.start("first"), after.end("last"), after.group("first"), after.group("last")))
            for start, end, first, last in spans:
                if any(c.start < end and start < c.end for c in found) \
                        or not _coordinated_pair_is_name(text, start, end, first, last):
                    continue
                found.append(Candidate(text[start:end], start, end, None, "context"))
                added = True
    return found


def _coordinated_pair_is_name(text: str, start: int, end: int, first: str, last: str) -> bool:
    """The pair has a name's shape (no organisation, role, place or function word; a plausible surname), the
    tagger reads its words as proper nouns, and no organisation follows ('Anna Muster und Acme Pharma GmbH')."""
    # the pair is a whole item of the list, not the end or start of a longer name ('Uma Example, Green Hope High
    # School'); a role or title may stand before it ('die Professoren X Y und …')
    ahead = re.search(r"(?<![\w-])([\w.-]+)[ \t]+$", text[max(0, start - 40):start])
    if re.match(r"[ \t]+[A-ZÄÖÜ0-9]", text[end:end + 2]) or (ahead and ahead.group(1)[:1].isupper() and not (
            is_person_noun(ahead.group(1)) or TITLE_RE.fullmatch(ahead.group(1))
            or singular(ahead.group(1), _PLURAL_ENDINGS))):
        return False
    if first.casefold() in NOT_FIRST | NOT_NAME or is_role_word(first) or is_person_noun(first) \
            or not name_shaped(f"{first} {last}") or _followed_by_org(text, end) or _unit_word(first):
        return False
    tags = dict(pos_tags(_sentence_around(text, start, end)))
    return all(tags.get(w, "NE") in ("NE", "FM", "XY") for w in (first, last))


_POSSESSIVE = re.compile(r"['’]s$")
# "Acme Survey’s senior press officer Jane Roe": a role of the possessor, then the holder's name
_ROLE_OF_POSSESSOR = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<role>[\w-]+)\s+[A-ZÄÖÜ]")


def _possessive(text: str, cand: Candidate) -> Candidate | None:
    """'Jane Roe’s book': the name without the possessive ending. A pair found only by its context that owns a role
    held by a named person ('Acme Survey’s press officer Jane Roe') is an organisation, not a person."""
    m = _POSSESSIVE.search(cand.name)
    if not m or len(cand.name.split()) < 2:
        return cand
    role = _ROLE_OF_POSSESSOR.match(text, cand.end)
    if cand.signal == "context" and role and is_role_word(role.group("role")):
        return None
    name = cand.name[:m.start()]
    return Candidate(name, cand.start, cand.start + len(name), cand.title, cand.signal)


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:der|die|das|des|dem|den|the)\s+$", re.I)


def _after_article(text: str, cand: Candidate) -> bool:
    """'während des Gewinnaufrufs von Beispiel', 'the Annual Meeting': a pair right after an article is a noun
    phrase, not a name (an article stands before the role noun, 'des Forschers Tim Roth', not before the name),
    unless the first word is a known given name."""
    return bool(_ARTICLE_BEFORE.search(text[max(0, cand.start - 6):cand.start])) \
        and not is_first_name(cand.name.split()[0])


# 'Frankfurt am Main Beispiel', 'im Anna-Haus', 'St. Ann Parish': after a contraction of preposition and article
# (German 'am', 'im', 'zum') or a saint's abbreviation comes a place, a river, a church; never a person's name
# ('I am Jane Doe' and '10 am' are English: a word of two letters or more must stand before 'am')
_PLACE_BEFORE = re.compile(r"(?:(?:^|[^\W\d_]{2}\s+)(?:am|im|zum)|(?<![\w.])(?:St|Ste)\.|\b(?:Sankt|Saint))\s+$")


def _after_place_word(text: str, cand: Candidate) -> bool:
    return bool(_PLACE_BEFORE.search(text[max(0, cand.start - 20):cand.start]))


_ORG_OF = re.compile(r"([\w-]+)\s+(?:for|of|on|für|der|des|zur|zum)\s+(?:the\s+)?$")


def _names_an_organisation(text: str, cand: Candidate) -> bool:
    """'Institute for Brain Research', 'Zentrum für Marine Umwelt': the words after an organisation word and
    'for'/'für' are its name, not a person's; so are the last fields of a coordination after it ('Department of
    History, Criminal Justice, and Political Science', 'Institut für Physik und Angewandte Chemie')."""
    m = _ORG_OF.search(text[max(0, cand.start - 40):cand.start])
    if m and is_org_part(m.group(1)):
        return True
    if cand.signal != "context":
        return False
    m = _ORG_FIELDS.search(text[max(0, cand.start - 160):cand.start])
    if not m or not is_org_part(m.group(1)):
        return False
    # the last field ('…, and C') or one between commas before it ('A, B, and C')
    return bool(m.group("conj") or m.group("conj2")) or bool(_MORE_FIELDS.match(text, cand.end))


# An organisation word, 'of'/'für', then capitalised fields joined by commas (and 'and'/'und') before the name.
_ORG_FIELDS = re.compile(r"([\w-]+)\s+(?:for|of|on|für|der|des|zur|zum)\s+(?:the\s+)?"
                         r"(?:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*\s*,\s*)*"
                         r"(?:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*\s*(?:,\s*(?P<conj>(?:and|und|&)\s+)?|\s+(?P<conj2>and|und|&)\s+))$")
_MORE_FIELDS = re.compile(r"\s*,\s*(?:(?:and|und|&)\s+)?[A-ZÄÖÜ]")


_BEFORE_AFFILIATION = re.compile(rf"(?:^|(?<=[\s(„\"»]))(?P<name>(?P<first>{WORD})\s+(?P<last>{WORD}))\s+(?:von|vom|of|from)\s+$")


def _person_before_affiliation(text: str, found: list[Candidate]) -> list[Candidate]:
    """'Jonas Muster von Vogelschutz Beispiel bezeichnete …': a name found only by its context that follows
    a name-shaped pair and 'von'/'of' is the pair's affiliation; the pair is the person."""
    out = []
    for cand in found:
        offset = max(0, cand.start - 60)
        m = _BEFORE_AFFILIATION.search(text[offset:cand.start])
        if cand.signal == "context" and m and plausible_surname(m.group("last")) \
                and m.group("first").casefold() not in NOT_FIRST | NOT_NAME and not is_role_word(m.group("first")):
            start = offset + m.start("name")
            if not any(c.start == start for c in found):
                out.append(Candidate(m.group("name"), start, start + len(m.group("name")), None, "context"))
            continue
        out.append(cand)
    return out


def _organisation_after_particle(tokens: list[str]) -> bool:
    """'von der Beispiel-Rechtsabteilung', 'vom Landesamt': a particle with an article, then a noun that names a unit
    or an institution (a noun suffix, a unit or organisation word), starts the person's affiliation; a surname after
    'von der' ('von der Aue') is none of these."""
    with_article = tokens[0] == "vom" or any(t in GERMAN_ARTICLES for t in tokens[1:-1])
    if len(tokens) < 2 or not with_article:
        return False
    last = tokens[-1].split("-")[-1]
    return bool(_NOUN_SUFFIX.search(last.casefold())) or _unit_word(last) or is_org_part(last)


def _trim(name: str) -> str | None:
    tokens = name.split()
    # after a title a surname that is also a place word stays ('Dr. Jane Lake')
    while tokens and tokens[-1].casefold() in NOT_NAME and tokens[-1].casefold() not in SURNAME_HOMONYMS:
        tokens.pop()
    if len(tokens) < 2 and not (tokens and len(tokens[0]) > 2):
        return None
    return " ".join(tokens) if len(tokens) >= 2 else None


# 'am 3. Mai', 'im August', 'seit April': the word is the month of a date, not a given name
_TIME_BEFORE = re.compile(r"(?:\d\.?|(?<![\w-])(?:im|in|seit|bis|ab|vom|zum|Anfang|Ende|Mitte|since|until|early|late))\s+$",
                          re.I)


def _split_run(text: str, offset: int, run: str) -> list[Candidate]:
    """A run of capitalised tokens ('Acme CEO Jane Example') → the names in it."""
    out = []
    tokens = [(m.start() + offset, m.group()) for m in re.finditer(r"\S+", run)]
    i = 0
    while i < len(tokens) - 1:
        start, first = tokens[i]
        if first.casefold() in AMBIGUOUS_FIRST and i + 1 < len(tokens) and plausible_surname(tokens[i + 1][1]) \
                and not _TIME_BEFORE.search(text[max(0, start - 12):start]) and _context_signal(text, start, tokens[i + 1][0] + len(tokens[i + 1][1])):
            end = tokens[i + 1][0] + len(tokens[i + 1][1])
            out.append(Candidate(text[start:end], start, end, None, "context"))
            i += 2
            continue
        # 'Mark A. Example': a middle initial with its full stop and a surname make the ambiguous word a first name
        if first.casefold() in AMBIGUOUS_FIRST and i + 2 < len(tokens) \
                and re.fullmatch(rf"(?:[{_UP}]\.){{1,2}}", tokens[i + 1][1]) and plausible_surname(tokens[i + 2][1]) \
                and tokens[i + 2][1].casefold() not in NOT_NAME and not re.search(r"\d\s*$", text[:start]):
            end = tokens[i + 2][0] + len(tokens[i + 2][1])
            out.append(Candidate(text[start:end], start, end, None, "context"))
            i += 3
            continue
        # 'Klimaforschers Jonas Muster': the next token starts a name only when a surname can follow it;
        # 'sagt OB Jonas Muster': two capitals without full stops before a first name and a surname abbreviate an
        # office, they are not the initials of the name ('JD Example' has no first name after them)
        if _office_abbreviation(first, [t for _, t in tokens[i + 1:i + 3]]) or \
                first.casefold() in NOT_FIRST | NOT_NAME | FUNCTION_WORDS or is_role_word(first) or (
                not re.fullmatch(INITIALS, first) and not is_first_name(first) and is_first_name(tokens[i + 1][1])
                and i + 2 < len(tokens) and not _unknown_first_of_three(text, tokens, i)) or (
                # 'Nach Angaben von Svenja Muster': a noun, 'von', then a first name
                not is_first_name(first) and tokens[i + 1][1] in LOWER_PARTICLES and i + 3 < len(tokens)
                and is_first_name(tokens[i + 2][1]) and not _unknown_first_of_three(text, tokens, i)):
            i += 1
            continue
        # further first names, initials or particles, then one surname: the longest reading that works
        j = None
        for k in range(i + 1, min(len(tokens), i + 6)):
            middle = [t for _, t in tokens[i + 1:k]]
            following = [t for _, t in tokens[i + 1:k + 1]]
            # first names, initials, particles, or the first part of a surname linked by a particle
            if not all(is_first_name(t) or re.fullmatch(INITIALS, t) or t in LOWER_PARTICLES
                       or t in UPPER_PARTICLES or (following[n + 1] in SURNAME_LINKS and plausible_surname(t))
                       for n, t in enumerate(middle)):
                break
            word = tokens[k][1]
            particle_before = tokens[k - 1][1] in LOWER_PARTICLES | UPPER_PARTICLES and k - 1 > i
            if particle_before and k - 2 > i \
                    and tokens[k - 2][1] not in LOWER_PARTICLES | UPPER_PARTICLES and tag_of(
                    _sentence_around(text, tokens[i][0], tokens[k][0] + len(word)), word) not in (None, "NE", "FM", "XY"):
                break  # a second surname part must be a proper noun: "Anna Müller zu Hause" is not a name
            surname_ok = plausible_surname(word) or (word.casefold() in SURNAME_HOMONYMS and _context_signal(
                text, start, tokens[k][0] + len(word)))  # 'Anna Schüler, Professorin …', 'Jane Lake, a hydrologist'
            if word[:1].isupper() and surname_ok and not any(
                    is_org_part(part) for _, t in tokens[i:k + 1] for part in t.split("-")) and not (
                    tokens[k - 1][1].islower() and tokens[k - 1][1] not in LOWER_PARTICLES) and not (
                    tokens[k - 1][1] in ("von", "vom") and k - 2 > i and not is_first_name(tokens[k - 2][1])):
                # a longer reading must end in a proper noun ("Arne Muster Stabsstelle" stops at the surname);
                # after a particle the surname is certain ("Muster zu Beispielhausen", "Al Example")
                # a name never ends in an initial; after a middle initial the surname is certain ('Ronald J. Example')
                if re.fullmatch(INITIALS, word):
                    continue
                if j is not None and not particle_before and not re.fullmatch(INITIALS, tokens[k - 1][1]) and tag_of(
                        _sentence_around(text, tokens[i][0], tokens[k][0] + len(word)), word) not in (
                        (None, "NE", "XY", "FM") if all(is_first_name(t) for t in middle) else (None, "NE", "XY")):
                    break
                j = k
        # a name does not end in a particle ("Sultan Al" of "Omar Al Example")
        while j is not None and j > i + 1 and tokens[j][1] in UPPER_PARTICLES:
            j -= 1
        if j is None:
            i += 1
            continue
        last_start, last = tokens[j]
        end = last_start + len(last)
        name = text[start:end]
        if _followed_by_org(text, end):
            i = j + 1
            continue
        initials = bool(re.fullmatch(INITIALS, first))
        known = is_first_name(first)
        context = _context_signal(text, start, end)
        if known and not initials:
            if _vetoed(text, start, end, first, last, strict=not context):
                i += 1
                continue
            out.append(Candidate(name, start, end, None, "gazetteer"))
        elif context and not _unit_word(first) and first.casefold() not in KINSHIP \
                and not re.search(r"(?:ship|ment|ness|ity|tion|ung|heit|keit|schaft)$", first) \
                and not _noun_before_name(text, tokens, i, j) \
                and _tagged_as_name(text, start, end, first, last, initials):
            out.append(Candidate(name, start, end, None, "context"))
        else:
            i += 1
            continue
        i = j + 1
    return out


def _unknown_first_of_three(text: str, tokens: list[tuple[int, str]], i: int) -> bool:
    """'says Dagrun Vegard Example, managing director', 'Doktor Thandiwe Ismail Example vom Lehrstuhl': an unknown
    first name before a known one (or a particle) and a surname, the three in a place only a person takes."""
    first = tokens[i][1]
    rest = tokens[i + 1:i + 4]
    # the first token of the run, or after a title or role ('Landkreis Hamburg Jonas Muster' is a place before a name)
    if i > 0 and not (is_person_noun(tokens[i - 1][1]) or re.fullmatch(HONORIFIC, tokens[i - 1][1])):
        return False
    # ('Captain John Example': a rank or office word, even one that is also a surname, is no first name here)
    if is_person_noun(first) or first.casefold() in SURNAME_NOUNS or re.fullmatch(HONOUR, first) \
            or is_org_part(first) or first.casefold() in NOT_NAME or _unit_word(first) \
            or not plausible_surname(first):
        return False
    k = next((n for n, (_, t) in enumerate(rest) if n >= 1 and t not in LOWER_PARTICLES | UPPER_PARTICLES), None)
    if k is None or not plausible_surname(rest[k][1]) or any(is_org_part(t) for _, t in rest[:k + 1]):
        return False
    start, end = tokens[i][0], rest[k][0] + len(rest[k][1])
    sentence = _sentence_around(text, start, end)
    if tag_of(sentence, first) not in (None, "NE", "FM", "XY"):
        return False
    return _context_signal(text, start, end)


# 'mit seinem Sohn Nicklas', 'her husband John': a relative named by a kinship word and a first name
KINSHIP = {"sohn", "tochter", "mutter", "vater", "bruder", "schwester", "onkel", "tante", "oma", "opa", "enkel",
           "enkelin", "ehefrau", "ehemann", "frau", "mann", "son", "daughter", "mother", "father", "brother", "sister",
           "uncle", "aunt", "wife", "husband", "grandson", "granddaughter", "mom", "dad", "mum"}


def _noun_before_name(text: str, tokens: list[tuple[int, str]], i: int, j: int) -> bool:
    """'Minister für Wissenschaft und Kultur Thandiwe Stratmann': an unknown first token the tagger reads as a common
    noun, with a plausible surname still after the pair, is the end of the words before the name."""
    if j + 1 >= len(tokens) or re.fullmatch(INITIALS, tokens[i][1]) or not plausible_surname(tokens[j + 1][1]):
        return False
    sentence = _sentence_around(text, tokens[i][0], tokens[j + 1][0] + len(tokens[j + 1][1]))
    return tag_of(sentence, tokens[i][1]) == "NN"


def _unit_word(token: str) -> bool:
    """'Arbeitsgruppe', 'Fachgebiet', 'Abteilung': a unit of an organisation never starts a name ('die
    Arbeitsgruppe Baustatik' after a role)."""
    low = token.casefold()
    return any(low.endswith(u) for u in UNIT_WORDS if len(u) > 4)


def _office_abbreviation(token: str, following: list[str]) -> bool:
    """'RP', 'OB' before 'Jonas Muster': capitals without full stops, then a known first name and a surname."""
    return bool(re.fullmatch(rf"[{_UP}]{{2}}", token)) and len(following) == 2 and is_first_name(following[0]) \
        and plausible_surname(following[1])


def _vetoed(text: str, start: int, end: int, first: str, last: str, strict: bool) -> bool:
    """HanTa veto for gazetteer names: a sentence-initial function word or a common noun as surname."""
    sentence_start = start == 0 or re.search(r"(?:^|[.!?:\n„\"»]\s*)$", text[max(0, start - 3):start]) is not None
    if not (sentence_start or strict):
        return False
    sentence = _sentence_around(text, start, end)
    first_tag = tag_of(sentence, first.split("-")[0])
    # the tagger knows German only: in an English sentence a known first name it reads as a German word ('Matt',
    # 'Hans') is still the name
    if first_tag and first_tag not in ("NE", "NN", "FM", "XY") and not english_sentence(sentence):
        return True
    if strict:
        last_tag = tag_of(sentence, last)
        if last_tag and last_tag not in ("NE", "NN", "FM", "XY"):
            return True
        if first_tag == "NN" and last_tag == "NN":
            return True  # two common nouns ("Ende Januar")
    return False


_ENGLISH_WORDS = {"the", "and", "of", "to", "is", "was", "has", "have", "had", "said", "says", "with", "for", "that",
                  "who", "our", "their", "his", "her", "on", "at", "from", "be", "been", "are", "were", "it"}
_GERMAN_WORDS = {"der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "war", "hat", "mit", "von", "für",
                 "sagte", "sagt", "auf", "nicht", "ein", "eine", "auch", "sich", "wir", "ich", "zu", "im"}


def english_sentence(sentence: str) -> bool:
    """More English function words than German ones, and at least two: the sentence is English."""
    words = [w.casefold() for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", sentence)]
    en = sum(w in _ENGLISH_WORDS for w in words)
    return en >= 2 and en > sum(w in _GERMAN_WORDS for w in words)


def _tagged_as_name(text: str, start: int, end: int, first: str, last: str, initials: bool) -> bool:
    sentence = _sentence_around(text, start, end)
    tags = dict(pos_tags(sentence))
    if not tags:
        return True
    words = [last] if initials else [first, last]
    if all(tags.get(w, "NE") in ("NE", "NN", "FM", "XY") for w in words):
        return True
    # 'Wiremu Morsch', 'Amaru Lang', 'Thandiwe Schütz': a capitalised surname the tagger reads as an adjective or a
    # verb, after a first name it reads as a noun, mid-sentence (a capitalised adjective there would start a noun
    # phrase, and no verb is capitalised there)
    first_tag = "NE" if initials else tags.get(first, "NE")
    return first_tag in ("NE", "NN", "FM", "XY") and tags.get(last, "NE").startswith(("ADJ", "VV")) \
        and not _sentence_initial(text, start) and not re.match(r"[ \t]+[a-zäöüß]*[A-ZÄÖÜ]", text[end:end + 3])


def _sentence_initial(text: str, start: int) -> bool:
    return start == 0 or re.search(r"(?:^|[.!?:\n„\"»]\s*)$", text[max(0, start - 3):start]) is not None


def looks_like_name(label: str) -> bool:
    """A speaker label such as 'Jonas Beispiel' (two or three capitalised tokens, a known first name)."""
    tokens = label.split()
    if not 2 <= len(tokens) <= 4 or not all(re.fullmatch(rf"{WORD}|{INITIALS}|{PARTICLE}", t) for t in tokens):
        return False
    return (is_first_name(tokens[0]) or bool(re.fullmatch(INITIALS, tokens[0]))) and plausible_surname(tokens[-1]) \
        and not any(is_org_part(part) for t in tokens for part in t.split("-"))


def name_shaped(label: str) -> bool:
    """'Jane Example': the shape of a name (two to four name tokens, a plausible surname, no organisation,
    role or function word) when the gazetteer does not know the first name."""
    tokens = label.split()
    if not 2 <= len(tokens) <= 4 or not all(re.fullmatch(rf"{WORD}|{INITIALS}|{PARTICLE}", t) for t in tokens):
        return False
    return plausible_surname(tokens[-1]) and tokens[0].casefold() not in NOT_FIRST | NOT_NAME \
        and not any(is_role_word(t) or t.casefold() in NOT_NAME for t in tokens) \
        and not any(is_org_part(part) for t in tokens for part in t.split("-"))
