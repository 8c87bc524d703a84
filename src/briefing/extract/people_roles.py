"""Role, unit and affiliation of a person from the words around their name.

Appositions and predicates, German and English:
  "X (Forschungsgruppenleiterin)"                  role in parentheses
  "X, ein Machine-Learning-Ingenieur bei ORG"      apposition after the name
  "X ist Postdoktorand in der UNIT des UNIT an der ORG"
  "X vom ORG", "ROLE X (ORG)", "ORG ROLE X", "Der ROLE von ORG, X"
The organisation chain ("in der A des B an der C") is split into units (A, B)
and the affiliation (C).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.people_lexicon import (
    AGE_AFTER_NAME, BOARD_CHAIR, FUNCTION_WORDS, INTRO_VERBS, MASTER_TITLE, NON_EXPERT_STEMS, ORG_WORDS, POLITICAL_ROLE_STEMS, SCHOLARLY_ROLE_STEMS, POST_NOMINAL_OFFICES, RESEARCH_ORG_WORDS, SPEECH_PHRASES, SPEECH_VERBS, TOP_ORG_WORDS, UNIT_WORDS, has_stem, is_org_part, is_role_word,
    is_trade_compound, singular,
)
from briefing.extract.people_names import is_first_name, skip_note, tag_of


@dataclass
class Description:
    role: str | None = None
    units: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    weight: int = 0  # how much the source says; the richest description wins

    @property
    def unit(self) -> str | None:
        return ", ".join(self.units) or None

    @property
    def affiliation(self) -> str | None:
        return "; ".join(self.affiliations) or None

    def score(self) -> int:
        return (2 if self.role else 0) + (2 if self.affiliations else 0) + (1 if self.units else 0) + self.weight


_ARTICLE = r"(?:der|die|das|dem|den|ein|eine|einer|eines|einem|the|a|an)"
_MODIFIER = r"(?:ehemalige[rn]?|frühere[rn]?|letzte[rn]?|stellvertretende[rn]?|langjährige[rn]?|leitende[rn]?|amtierende[rn]?|" \
            r"designierte[rn]?|neue[rn]?|former|acting|deputy|interim)"
# Connectors of an organisation chain, longest first.
_CONNECT = re.compile(
    r"(?:^|\s+)(?P<c>und (?:des|der|dem|am|an der|im|in der|bei|beim|vom|von)|in der|in dem|im|an der|an dem|am|"
    r"bei der|bei dem|beim|bei|vom|von der|von dem|von|des|der|at the|at|with the|with|"
    # 'a professor in the Eastford School of Dentistry': English 'in the' only before a school, college or institute
    r"in the(?=\s+(?:[A-Z][\w&.-]*\s+){0,4}(?:School|College|University|Institute|Center|Centre|Hospital)\b))"
    r"\s+(?=[A-ZÄÖÜ„\"])")
_GENERIC_UNIT = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]*(?:gruppe|abteilung|bereich|team|stelle|referat|ausschuss|"
                           r"kommission|projekt|initiative|programm)(?:e?s)?\b"
                           # 'des Fachbereichs „Beispielrecht“': a unit named by its field
                           r"(?:\s+(?:für|zu|zur|zum|über)\b.*|\s+[„\"»][^“\"«]{2,80}[“\"«])?$")
# English prepositions printed capitalised inside a title-case name ('Center For Brain Research'): no end of it
_NAME_INNER = {"of", "for", "on", "at", "to", "by", "from", "with"}
_LEGAL_FORMS = {"e.v.", "gmbh"}  # legal forms among the inner words: they end a name, they are never cut from it
_ORG_INNER = {"für", "for", "of", "the", "and", "und", "&", "de", "du", "la", "le", "on", "e.v.", "gmbh", "für"}


def trim_org(text: str) -> str:
    """Keep the name of an organisation, drop the clause after it ('TU Berlin zu …' → 'TU Berlin')."""
    text = re.sub(r"\s+", " ", text.strip(" ,;:"))
    # a sentence's full stop, not the one of a legal form ('e. V.', 'Inc.', 'Ltd.')
    text = re.sub(r"(?<!\be\.\sV)(?<!\be\.V)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bCo)\.$", "", text)
    # 'e. V.' is one token of the name (its space held by a placeholder while the tokens are read)
    tokens = [t.replace("\x00", " ") for t in re.sub(r"\be\.\sV\b", "e.\x00V", text).split(" ")]
    kept: list[str] = []
    for i, token in enumerate(tokens):
        bare = token.strip("„“\"'()")
        if not bare:
            continue
        if token.endswith(":") and bare.rstrip(":")[:1].isupper():
            kept.append(token.rstrip(":"))  # 'Eastford University: Er stellte …': a colon ends the name
            break
        if token.startswith("(") and token.endswith(")") and re.fullmatch(r"\([A-ZÄÖÜ][\w&.-]*\)", token):
            kept.append(token)
            continue
        if kept and bare[:1].isupper() and bare.casefold() in FUNCTION_WORDS - _NAME_INNER:
            if kept[-1].endswith(".") and not _LEGAL_FORM.search(kept[-1]):
                kept[-1] = kept[-1][:-1]  # 'Anstalt Musterstadt I. Und …': the full stop ended the sentence
            break  # "… Systems Im Gespräch"
        if kept and re.search(r"['’]s$", bare) and any(k.casefold().strip(",") in ORG_WORDS for k in kept):
            break  # "University of Eastford China’s new model": a possessive starts the next phrase
        if bare[:1].isupper() or bare[:1].isdigit() or bare.casefold().replace(" ", "") in _ORG_INNER:
            if kept and kept[-1].casefold() in ("und", "and", "&") and not bare[:1].isupper():
                break
            kept.append(token)
            continue
        # lower-case adjective inside a name: "Institut für intelligente Systeme"
        if kept and kept[-1].casefold() in ("für", "for") and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            kept.append(token)
            continue
        break
    while kept and kept[-1].casefold().strip("„“\"").replace(" ", "") in _ORG_INNER - _LEGAL_FORMS | {"und", "and"}:
        kept.pop()
    org = " ".join(kept).strip(" ,;:")
    if re.fullmatch(r"[„\"»][^„“\"»«]+[“\"«]", org):
        org = org[1:-1]  # '„Beispielclub Musterstadt“': a name in quotes, the quotes no part of it
    if org and org.split()[0].casefold() in FUNCTION_WORDS - {"the"}:
        return ""
    return org


def _anaphoric(org: str) -> bool:
    """'des Zentrums', 'des Instituts': a generic noun that refers back, not the name of an organisation."""
    words = org.split()
    return len(words) == 1 and re.sub(r"(?:es|s)$", "", words[0].casefold()) in ORG_WORDS | {
        "unternehmen", "konzern", "verband", "startup", "start-up", "hauses", "haus"}


_DESCRIPTOR = re.compile(r"^(?:[\w]+-)*(?:start-?ups?|startups?|unternehmens?|firma|konzerns?|verbands?|netzwerks?|"
                         r"company|firm|platform|plattform|anbieters?|herstellers?)$", re.I)


def _named_org(phrase: str) -> str:
    """'deutschen KI-Start-ups Acme Labs' → 'Acme Labs' (adjectives and a generic descriptor dropped)."""
    org = trim_org(phrase)
    if org:
        return org
    tokens = phrase.split()
    while tokens and (not tokens[0][:1].isupper() or _DESCRIPTOR.match(tokens[0].strip(",."))):
        tokens.pop(0)
    return trim_org(" ".join(tokens)) if tokens else ""


def is_top_org(text: str) -> bool:
    low = f" {text.casefold()} "
    return any(w in low for w in (" tu ", " uni ", "universität", "university", "hochschule", " gmbh", " ag ",
                                  " inc", " ltd", " e.v.", "charité", "klinikum"))


def parse_chain(text: str, after_role: bool = True) -> tuple[str, list[str], list[str]]:
    """'Leiter der Forschungsgruppe … am BPI und des BNET' → (role tail, units, affiliations)."""
    # "Doktorandin am Lehrstuhl X hier an der Universität Y": an adverb of place or time is no part of a name
    text = re.sub(r"\s+(?:hier|dort|derzeit|zurzeit|jetzt|nun|seit \d{4}|here|now|currently)(?=\s+(?:in|im|an|am|bei|at)\s)",
                  "", text)
    # 'Chef des privaten Instituts für X': an adjective between the connector and an organisation's head noun
    # is no part of the chain's name
    # … and so is a participle of its founding before a quoted name ('des 1971 gegründeten „Beispielclub X“')
    text = re.sub(r"\b(des|der|dem|vom|beim|am|im) (?:(?:19|20)\d\d )?[a-zäöü][a-zäöüß]+(?:en|e) (?=(„?)([A-ZÄÖÜ][\w-]*))",
                  lambda m: m.group(1) + " " if m.group(2) or is_org_part(m.group(3)) or _org_head(m.group(3))
                  else m.group(0), text)
    parts = _CONNECT.split(" " + text)
    head = parts[0].strip()
    # re.split with a named group returns [head, c, seg, c, seg, ...]
    pieces = parts[1:]
    pairs = [(pieces[i], pieces[i + 1]) for i in range(0, len(pieces) - 1, 2)]
    role_tail = ""
    units: list[str] = []
    affs: list[str] = []
    level = None
    for index, (conn, seg) in enumerate(pairs):
        raw = seg.strip()
        conn = conn.strip()
        if index == 0 and after_role and conn in ("der", "des", "von", "von der") and _GENERIC_UNIT.match(raw):
            role_tail = f" {conn} {raw.strip(' ,;')}"
            continue
        org = trim_org(raw)
        if org and raw.startswith(org):
            org = _with_genitive(org, raw[len(org):])
        if not org or _anaphoric(org):
            break
        if conn.startswith("und "):
            conn_level = level or "aff"
        elif conn in ("in der", "in dem", "im", "in the"):
            conn_level = "unit"
        elif conn in ("des", "der"):
            conn_level = "unit" if level == "unit" else "aff"
        else:
            conn_level = "aff"
        level = conn_level
        (units if conn_level == "unit" else affs).append(org)
        if org != re.sub(r"\s+", " ", raw.strip(" ,;.:")):
            break  # the organisation name ended inside this segment; what follows is another clause
    if not affs and units:
        affs.append(units.pop())
    # "an der Medizinischen Klinik I der Universität X", "am Lehrstuhl Y an der Universität X": parts named
    # before the university, company or institute they lie in are its units (not "am A und am B": two places)
    if len(affs) > 1 and is_top_org(affs[-1]) and not any(is_top_org(a) for a in affs[:-1]) \
            and not any(c.strip().startswith("und ") for c, _ in pairs[1:len(affs) + len(units)]):
        units, affs = units + affs[:-1], affs[-1:]
    return (head + role_tail).strip(), units, affs


# The genitive attribute of a German organisation's head noun is part of its name: 'Bundesverband des
# Beispiel-Handels', 'Verband der pyrotechnischen Industrie (VPI)', 'Fachverband geprüfter Baumpfleger' (plural,
# without article).
_GENITIVE_ATTRIBUTE = re.compile(r"\s+(?:(?:des|der)\s+(?:[\wäöüß-]+(?:en|er)\s+){0,2}?|(?:[a-zäöü][a-zäöüß]+er\s+){1,2})"
                                 r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])(?P<abbr>\s+\([A-ZÄÖÜ][\w&-]{1,9}\))?(?![\w-])")


def _with_genitive(org: str, rest: str) -> str:
    """'Verbandes' + ' der beispielhaften Industrie (VBI), sagte …' → 'Verbandes der beispielhaften Industrie (VBI)'.
    Not before another organisation ('Institut der Universität X': a unit of it) or a place."""
    words = org.split()
    if len(words) > 2 or not (_org_head(words[-1]) or is_org_part(words[-1])) or re.search(r"[)“\"]$", org):
        return org
    m = _GENITIVE_ATTRIBUTE.match(rest)
    if not m or is_org_part(m.group("noun")) or _org_head(m.group("noun")) or is_top_org(m.group("noun")) \
            or m.group("noun").casefold() in FUNCTION_WORDS or tag_of(rest[:m.end()], m.group("noun")) == "NE":
        return org
    return nominative_org(re.sub(r"\s+", " ", org + rest[:m.end()]))


def _org_head(word: str) -> bool:
    """'Instituts', 'Bundesamtes', 'Universitätsklinikum': the head noun of an organisation's name."""
    low = re.sub(r"(?:es|s)$", "", word.casefold())
    return any(low.endswith(k) for k in _ORG_HEADS) and low not in ("amt", "rat", "werk", "dienst")


# A time before the role says when, not what: 'seit 2020 Mitglied', 'since 2019 director'.
_SINCE = re.compile(r"^(?:(?:seit|since|ab|bis|until|von|from)\s+(?:\w+\s+)?(?:19|20)\d{2}|"
                    # 'seit einem Jahr', 'seit mehr als 20 Jahren', 'for ten years', 'unter anderem', 'among others'
                    r"(?:seit|since|for)\s+(?:[\w-]+\s+){0,3}?(?:Jahr|Jahren|Monat|Monaten|Jahrzehnten?|years?|"
                    r"months?|decades?)|unter anderem|u\.\s?a\.|among others)\s+", re.I)
# Roles that say a person belongs somewhere, not what they do: another role of the source wins.
WEAK_ROLES = re.compile(r"^(?:\w+\s+)?(?:mitglied|mitglieder|member|teilnehmer(?:in)?|participant|gast|guest|"
                        r"alumn(?:us|a|i)|absolvent(?:in)?)\b", re.I)


# A role phrase holds no verb: where the closing comma was left out ('X, Head of Development presented the room …',
# 'sagte der Präsident und verwies auf …'), the predicate starts at a coordinated speech verb or at an English verb
# in the past tense before its object or infinitive.
_PREDICATE_IN_ROLE = re.compile(r"\s+(?:(?:und|and)\s+(?P<verb>[a-zäöüß]+)\b|[a-z]{3,}ed\s+(?:to|the|a|an|with|on|"
                                r"in|his|her|their|its|our|some|this|that)\s)")


# A German role coordinates nouns and declined adjectives ('Präsident und geschäftsführender Vorstand'); 'und' before
# a lower-case word in -t that is none ('und zeigt dabei …', 'und seit 2018 beim …') starts a new predicate.
_GERMAN_CLAUSE_IN_ROLE = re.compile(r"\s+(?:und|sowie)\s+[a-zäöüß]{2,}t\s+\S")
# 'and since 2018 at …', 'und ab 2020 …': a time after 'and' opens the next predicate, not another role
_TIME_CLAUSE_IN_ROLE = re.compile(r"\s+(?:and|und|sowie)\s+(?:since|seit|ab|until|bis)\b", re.I)


def _cut_predicate(role: str) -> str:
    for m in _PREDICATE_IN_ROLE.finditer(role):
        if m.group("verb") is None or m.group("verb") in SPEECH_VERBS or SPEECH_PHRASES.match(role, m.start("verb")):
            role = role[:m.start()]
            break
    for pattern in (_GERMAN_CLAUSE_IN_ROLE, _TIME_CLAUSE_IN_ROLE):
        if (m := pattern.search(role)):
            role = role[:m.start()]
    return role


def _clean_role(role: str) -> str | None:
    role = _SINCE.sub("", _cut_predicate(role.strip(" ,;.:")))
    # 'Chefarzt der' (a text cut off after the article): the role ends before it
    role = re.sub(r"\s+(?:der|des|die|dem|den|am|im|an|von|vom|the|of|at)$", "", role)
    # a participle phrase says where from, not what: 'aus Beispielland stammende neue Professor' → 'neue Professor'
    role = re.sub(r"^(?:[\w-]+\s+){0,4}?[a-zäöü]+end(?:e|er|en)\s+(?=\S)", "", role)
    role = re.sub(rf"^(?:{_ARTICLE}\s+)", "", role, flags=re.I)
    role = re.sub(r"\s+", " ", role)
    # 'X and Y, both faculty members in …': the role of each of them, in the singular
    both = re.match(r"(?i)both\s+((?:[a-z-]+\s+){0,2}?)([a-z-]+?s)\b", role)
    if both and (one := singular(both.group(2), (("s", ""),))):
        role = both.group(1) + one + role[both.end():]
    if not role or not any(is_role_word(w) for w in re.findall(r"[\w-]+", role)):
        return None
    return role[0].upper() + role[1:] if role[0].islower() and not re.match(_MODIFIER, role) else role


def describe_apposition(text: str) -> Description | None:
    """Parse 'ein Machine-Learning-Ingenieur bei Acme Robotics' or 'Postdoktorand in der … an der TU Berlin'."""
    dative = re.match(r"\s*dem\s+", text)
    article = re.match(rf"\s*({_ARTICLE})\s+", text, flags=re.I)
    text = re.sub(rf"^\s*{_ARTICLE}\s+", "", text.strip(), flags=re.I)
    if dative:  # 'dem Vorsitzenden des Verbands' → 'Vorsitzender des Verbands' (adjectival noun, base form)
        text = re.sub(r"^([A-ZÄÖÜ][\w-]*(?:end|t))en\b", r"\1er", text)
    head, units, affs = parse_chain(text)
    if not affs:
        # 'President of ACMEAI', 'Director at Acme Labs': an English 'of'/'at' with an organisation
        # ('CEO of the Beispiel Society (BSO)': the organisation's abbreviation in parentheses after it)
        # ('founder of Acme Brewery in Springfield': the town after the name is no part of it)
        m = re.search(r"\b(?:of|at)\s+((?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.-]*))*)"
                      r"(?P<abbr>\s+\([A-Z][A-Za-z0-9&-]{1,9}\))?(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?$", head)
        if m and (re.fullmatch(r"(?:the\s+)?[A-Z][A-Z0-9&-]{1,9}", m.group(1)) or research_org(m.group(1))
                  or is_top_org(m.group(1)) or _office_of_org(head[:m.start()], m.group(1))
                  or _role_of_named_org(head[:m.start()], m.group(1))
                  or _role_of_titled_name(head[:m.start()], m.group(1))):
            affs = [trim_org(re.sub(r"^the\s+", "", m.group(1))) + (m.group("abbr") or "")]
    if not affs and not units and (office := _office_then_name(head)):
        head, affs = office
    role = _clean_role(head)
    if role is None and not affs:
        return None
    if role and article:
        role = nominative_role(article.group(1), role)
    return Description(role=role, units=units, affiliations=affs)


# Offices held at an organisation: 'CEO of Acme Robotics', 'president of The Beispiel Association'.
_OFFICE_BEFORE_OF = re.compile(r"(?:\b(?:ceo|cfo|coo|cto|president|chair|chairman|chairwoman|chairperson|founder|co-founder|owner|"
                               r"officer|partner|(?:managing|executive|general|regional|country)\s+(?:director|manager))"
                               r")\s*$", re.I)
# Fields and departments after 'of' ('Vice President of Research', 'Chief Officer of Global Sales'): no organisation.
_FIELD_WORDS = {"research", "engineering", "marketing", "sales", "operations", "communications", "communication",
                "strategy", "technology", "technologies", "policy", "science", "sciences", "product", "products",
                "business", "finance", "human", "public", "global", "corporate", "government", "external", "investor",
                "innovation", "development", "design", "data", "digital", "sustainability", "education", "studies",
                "medicine", "security", "legal", "people", "talent", "customer", "international", "information",
                "staff", "board", "trustees", "directors", "governors", "supervisors"}


def _office_of_org(head: str, org: str) -> bool:
    """'founder and CEO' + 'Acme Recovery': an office before 'of', then a capitalised name that is no field."""
    words = re.sub(r"^[Tt]he\s+", "", org).split()
    return bool(_OFFICE_BEFORE_OF.search(head)) and bool(words) and words[0].casefold() not in _FIELD_WORDS \
        and all(w[:1].isupper() or w.casefold() in ("of", "for", "and", "&") for w in words)


_LEGAL_FORM = re.compile(r"(?:^|\s)(?:e\.\s?V\.?|GmbH|AG|Inc\.?|Ltd\.?|LLC|KG|SE)$")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w.&'’-]*|e\.\s?V\.?|für|for|of|und|and|&")


def _office_then_name(head: str) -> tuple[str, list[str]] | None:
    """German office titles take the organisation's name without article or genitive: 'Geschäftsführerin Beispiel
    Nord', 'Vorsitzender Musterverein Talheim e.V.' → (role, [organisation]). The name after the role word is a proper
    name of two words or more, or ends in an organisation's word or legal form; a common noun there is the office's
    area ('Leiterin Vertrieb'), a given name the start of a person's name."""
    # 'e. V.' is one word of the name (its space held by a placeholder while the words are split)
    words = [w.replace("\x00", " ") for w in re.sub(r"\be\.\s+V\b", "e.\x00V", head).split()]
    at = next((i for i, w in enumerate(words[:2]) if is_role_word(w)), None)
    if at is None or at + 1 >= len(words):
        return None
    org_words = words[at + 1:]
    if not all(_NAME_WORD.fullmatch(w) for w in org_words) or not org_words[0][:1].isupper():
        return None
    first = org_words[0]
    if is_role_word(first) or first.casefold() in _ROLE_ADJECTIVES or is_first_name(first):
        return None
    org = " ".join(org_words)
    proper = tag_of(head, first) == "NE" and len(org_words) >= 2
    named = _LEGAL_FORM.search(org) or any(_org_head(w.strip(".,")) or is_org_part(w) for w in org_words)
    return (" ".join(words[:at + 1]), [org]) if proper or named else None


def _role_of_titled_name(head: str, org: str) -> bool:
    """'Artistic Director of The Example Ballet': a capitalised 'The' inside a sentence belongs to a name, and a field
    of study never takes one ('Professor of Marine Biology')."""
    role = re.search(r"([\w-]+)\s*$", head)
    # a professorship or a lectureship names its field after 'of', whatever its article
    return bool(role) and is_role_word(role.group(1)) and not has_stem(role.group(1), SCHOLARLY_ROLE_STEMS) \
        and re.match(r"The\s+[A-Z]", org) is not None and org.split()[1].casefold() not in _FIELD_WORDS


def _role_of_named_org(head: str, org: str) -> bool:
    """'medical director of the Example Ambulance Service': a role word right before 'of', then a name that ends in
    a word naming an organisation (a field after 'of' never does: 'Professor of Marine Biology')."""
    role = re.search(r"([\w-]+)\s*$", head)
    return bool(role) and is_role_word(role.group(1)) and is_org_part(org.split()[-1])


def _apposition_text(right: str) -> str:
    """The apposition up to the next comma, semicolon or sentence end (quotes and parentheses kept whole)."""
    out, depth_q, depth_p = [], 0, 0
    for i, ch in enumerate(right):
        if ch in "„“\"»«":
            depth_q = 1 - depth_q if ch in "\"" else (1 if ch in "„»" else 0)
        elif ch == "(":
            depth_p += 1
        elif ch == ")":
            depth_p = max(0, depth_p - 1)
        elif depth_q == 0 and depth_p == 0 and (ch in ",;\n" or (ch in ".!?" and (i + 1 == len(right)
                                                                                     or right[i + 1] in " \n")
                                                                 and not _abbreviation_dot(right, i))):
            break
        out.append(ch)
    return "".join(out)


POSTNOMINAL_DEGREE = re.compile(r"^\s*,?\s*(?:Ph\.\s?D\.?|PhD|M\.\s?D\.|MD|D\.Phil\.|DPhil|Sc\.D\.|M\.Sc\.|MSc|MBA|"
                                r"M\.A\.|B\.Sc\.)(?![\w])(?:\s*,?\s*(?:Ph\.\s?D\.?|PhD|M\.\s?D\.|MD|MBA)(?![\w]))*"
                                # 'X, Ph.D., CCC-SLP, professor …': a certification in capitals after the degree, before
                                # a lowercase role ('X, PhD, NASA, Houston': an organisation stays the apposition)
                                r"(?:\s*,\s*[A-Z]{2,6}(?:-[A-Z]{2,6})?(?=\s*,\s*[a-z]))?")


def strip_degrees(right: str) -> tuple[str | None, str]:
    """'X, Ph.D., professor of …' → ('Ph.D.', ', professor of …'): degrees after a name are no apposition."""
    m = POSTNOMINAL_DEGREE.match(right)
    if not m:
        return None, right
    return m.group().strip(" ,"), right[m.end():]


# "X will join ORG as ROLE", "X wechselt zur ORG als ROLE": the new position
_JOINS = re.compile(r"\s+(?:will\s+|has\s+|have\s+|is\s+to\s+)?(?:join(?:s|ed)?|wechselt\s+(?:zu[mr]?|an\s+die|an\s+das)|"
                    r"kommt\s+(?:zu[mr]?|an\s+die))\s+(?:the\s+)?(?P<org>[A-ZÄÖÜ][^\n]{1,100}?)\s+(?:as|als)\s+"
                    r"(?P<role>[^\n]{2,100})")
# "X und ich bin …", "X, and I am …" (a self-introduction), "X als Forscher am …", "X as head of …"
_PREDICATE_LEAD = re.compile(r"\s*,?\s+(?:und ich bin|ich bin|and i am|and i'm|i am|als|as)\s+", re.I)


def _abbreviation_dot(text: str, i: int) -> bool:
    """The full stop of an initial or abbreviation inside a name ('J.R. Example', 'St. Louis'), not a sentence end:
    a single capital (or 'St', 'Dr', 'Co') before it and a capitalised word after it; or the 'e.' of a German
    association's legal form ('Beispielverein e. V.', 'e.V.')."""
    if re.search(r"(?:^|[\s(])e$", text[:i]) and re.match(r"\s?V\b", text[i + 1:i + 4]):
        return True
    # the ordinal of an office ('1. Vorsitzender', '2. Bürgermeisterin'), not a number ending a sentence
    if re.search(r"(?:^|\s)\d{1,2}$", text[:i]) and (nxt := re.match(r"\s([\w-]+)", text[i + 1:])) \
            and nxt.group(1)[:1].isupper() and is_role_word(nxt.group(1)):
        return True
    return bool(re.search(r"(?:^|[\s.(])(?:[A-Z]|St|Dr|Mt|Ft|Co)$", text[:i])) and bool(re.match(r"\s[A-Z]", text[i + 1:i + 3]))


_ROLE_ADJECTIVES = {"senior", "junior", "chief", "lead", "former", "executive", "managing", "deputy", "associate",
                    "assistant", "principal", "general", "global", "regional", "head", "co", "vice", "acting",
                    "interim", "founding", "research", "staff", "visiting", "emeritus", "distinguished"}
# The field or place of an English office title, capitalised before its role word ('Medical Director', 'Port
# Director', 'Artistic Director'): part of the role, no organisation (fields of _FIELD_WORDS likewise).
_OFFICE_FIELDS = {"medical", "port", "artistic", "technical", "creative", "clinical", "scientific", "athletic",
                  "musical", "music", "program", "programme", "project", "editorial", "site", "plant", "facility",
                  "festival"}
_ORG_BEFORE_ROLE = re.compile(r"^(?P<org>(?:[A-Z][\w&.'’-]*\s+){1,3})(?P<role>[a-z].*)$")
_FOR_ORG = re.compile(r"\s+for\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$")


def _printed_capitalised(word: str, source: str) -> bool:
    """The word stands capitalised in the text (a name), not capitalised by `_clean_role` ('a voice scientist')."""
    m = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", source, re.I)
    return bool(m) and m.group(0)[:1].isupper()


def _starts_with_role(phrase: str) -> bool:
    """'executive director and CEO', 'senior researcher': a role word after adjectives of rank."""
    for word in phrase.split():
        word = word.strip(",")
        if word.casefold() not in _ROLE_ADJECTIVES:
            return is_role_word(word)
    return False


def _organisation_in_role(desc: Description | None, source: str) -> Description | None:
    """English puts the organisation into the role phrase: 'Acme co-founder and CEO', 'vice president of lab
    services for Acme'. Without another affiliation, the name of the organisation moves there."""
    if desc is None or not desc.role or desc.affiliations:
        return desc
    if (m := _ORG_BEFORE_ROLE.match(desc.role)) and _starts_with_role(m.group("role")) \
            and not any(is_role_word(w) or w.casefold() in _ROLE_ADJECTIVES for w in m.group("org").split()) \
            and _printed_capitalised(m.group("org").split()[0], source):
        return Description(role=m.group("role"), units=desc.units, affiliations=[m.group("org").strip()],
                           weight=desc.weight)
    if m := _FOR_ORG.search(desc.role):
        return Description(role=desc.role[:m.start()], units=desc.units, affiliations=[m.group("org")],
                           weight=desc.weight)
    return desc


def describe_after(right: str) -> Description | None:
    """Text right after a name."""
    return _organisation_in_role(_describe_after(right), right)


_POST_NOMINAL = re.compile(r"\s*,?\s*(?P<office>%s)(?![\w-])" % "|".join(POST_NOMINAL_OFFICES))


def _describe_after(right: str) -> Description | None:
    right = skip_note(right)
    if (office := _POST_NOMINAL.match(right)):  # 'Jane Roe MP said …', 'Max Muster, MdB,'
        return Description(role=POST_NOMINAL_OFFICES[office.group("office")])
    _degree, right = strip_degrees(right)
    joins = _JOINS.match(right)
    if joins:
        org = trim_org(joins.group("org"))
        role = _clean_role(re.sub(rf"^{_ARTICLE}\s+", "", _apposition_text(joins.group("role")), flags=re.I))
        if org and role:
            return Description(role=role, affiliations=[org])
    lead = _PREDICATE_LEAD.match(right)
    if lead:
        app = _apposition_text(right[lead.end():])
        # 'hieß X als neuen Chefarzt willkommen': the accusative adjective of a masculine role, in the base form
        app = re.sub(r"^([a-zäöü][a-zäöüß]+e)n(?=\s+([A-ZÄÖÜ][\w-]*))",
                     lambda m: m.group(1) + ("r" if is_role_word(m.group(2)) and not m.group(2).endswith("in")
                                             else "n"), app)
        if any(is_role_word(w) for w in re.findall(r"[\w-]+", app)[:8]):
            return describe_apposition(app)
    # an age is not the apposition: 'X, 49, a former head of …', 'X (65) vertritt …'
    right = right[m.end():] if (m := AGE_AFTER_NAME.match(right)) else right
    # 'X, 44, ist Vizepräsident …': after the age the verb starts a predicate, not an apposition
    if m and re.match(r",\s+(?:ist|war|is|was)\s", right):
        right = right[1:]
    match = re.match(r"\s*\(([^()]{2,120})\)", right)
    if match:
        inner = match.group(1)
        parts = [p.strip() for p in re.split(r"[,;/]", inner) if p.strip()]
        desc = Description()
        for part in parts:
            if any(is_role_word(w) for w in part.split()) and desc.role is None:
                sub = describe_apposition(part)
                if sub:
                    desc.role, desc.units, desc.affiliations = sub.role, sub.units, sub.affiliations
            elif re.match(r"^[A-ZÄÖÜ]", part) and not re.search(r"\d", part) and not desc.affiliations:
                desc.affiliations = [trim_org(part)]
        if desc.role or desc.affiliations:
            rest = describe_after(right[match.end():])
            if rest and not desc.affiliations:
                desc.units, desc.affiliations = rest.units, rest.affiliations
            return desc
        return None
    # 'X – Professor of Y; Regius Professor of Z' (a name line of a profile or a list): a dash before a role
    # phrase sets off the apposition like a comma
    dash = re.match(r"[ \t]+[–—-][ \t]+(?P<app>[^\n]+)", right)
    if dash and any(is_role_word(w) for w in re.findall(r"[\w-]+", dash.group("app"))[:3]):
        right = ", " + dash.group("app")
    match = re.match(rf"\s*,\s*((?:{_ARTICLE}\s+)?(?:{_MODIFIER}\s+)?.+)", right, flags=re.I | re.S)
    place = re.match(rf"\s*,\s*(?:{_SENTENCE_ADVERB}\s+)?(?:vom|von der|from|at|am|an der|aus dem|aus der)\s+"
                     r"(?=[A-ZÄÖÜ]|the\s)", right)
    if place:  # "X, at Eastford University …", "X, ebenfalls vom Y": the place apposition, handled like "X at …"
        right = re.sub(rf"^\s*,(?:\s*{_SENTENCE_ADVERB}(?=\s))?", "", right)
        match = None
    if match:
        app = _apposition_text(match.group(1))
        words = re.findall(r"[\w-]+", app)[:6]
        # 'X, konnte zur Tagung 40 Gäste begrüßen': a clause that opens with a verb, not an apposition
        # (its role word stands far in); 'X, ehemaliger Leiter', 'X, a professor' open with the role phrase
        if words and re.fullmatch(r"[a-zäöü][a-zäöüß]+", words[0]) and not re.fullmatch(_ARTICLE, words[0]) \
                and not any(is_role_word(w) for w in words[:4]):
            words = []
        if any(is_role_word(w) for w in words) and not _names_a_person(app):
            desc = describe_apposition(app)
            if desc is not None and not desc.affiliations:
                _comma_chain(match.group(1)[len(app):], desc)
            return desc
        # 'said X, University of Eastford, “…”', 'X and Y, both of University of Z,': the organisation alone
        org = re.sub(r"^(?:both|beide)?\s*(?:of|from|at|von der|vom|von)?\s*(?:the\s+)?", "", app.strip())
        name = trim_org(org) if org[:1].isupper() and 2 <= len(org.split()) <= 16 else ""
        if 2 <= len(name.split()) <= 10 and (is_top_org(name) or research_org(name)):
            # 'University of Eastford at Westville': a campus after 'at' is part of the name
            if re.fullmatch(rf"{re.escape(name)} at [A-Z][\w-]+(?: [A-Z][\w-]+)?", org):
                name = org
            # 'X, Institut für A und B an der TU Y,': the institute is a unit of the university after 'an der'
            parent = re.fullmatch(r"\s+(?:an der|an dem|am|der|des)\s+(?P<top>[A-ZÄÖÜ].+)", org[len(name):]) \
                if org.startswith(name) else None
            if parent and is_top_org(top := trim_org(parent.group("top"))) and not is_top_org(name):
                return Description(units=[name], affiliations=[top])
            if len(org.split()) > 8 and name == trim_org(org) and org != name:
                return None  # a long apposition that is no organisation alone
            return Description(affiliations=[name])
        return None
    match = re.match(rf"\s+(?:ist|war|is|was|arbeitet als|works as)\s+(?:{_SENTENCE_ADVERB}\s+)?"
                     rf"((?:{_ARTICLE}\s+)?(?:{_MODIFIER}\s+)?.+)", right, flags=re.I | re.S)
    if match:
        # 'X was shown around by the office manager': the role words after a passive's agent are the agent's
        app = re.split(r"\s+(?:by|durch)\s+", _apposition_text(match.group(1)), maxsplit=1)[0]
        # 'X is a wheat farmer and said …': the predicate ends where the next verb phrase begins
        app = re.split(r"\s+(?:and|und)\s+(?:[\wäöüß]+\s+)?(?=(?:%s)\b)" % "|".join(
            sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len, reverse=True)), app)[0]
        words = re.findall(r"[\w-]+", app)[:8]
        if any(is_role_word(w) for w in words):
            return describe_apposition(app)
        return None
    match = re.match(r"\s+(?:vom|von der|von|from|of|at|am|an der|aus dem|aus der)\s+(?:the\s+)?(?=[A-ZÄÖÜ])(.+)", right,
                     flags=re.S)
    if match:
        app = _apposition_text(match.group(1))
        org = trim_org(app)
        if org and app.startswith(org):
            org = _with_genitive(org, app[len(org):])
        # 'vom AWI': an acronym alone names an organisation too (spelled out where the text defines it); 'vom
        # Fachverband …': a compound on an organisation's head noun
        if org and (len(org.split()) > 1 or any(is_org_part(w) or _org_head(w) for w in org.split())
                    or re.fullmatch(r"[A-ZÄÖÜ]{2,6}", org)):
            # "vom Seminar für X der Universität Y": the unit, then the organisation it belongs to
            rest = re.match(r"\s*(?:der|des|of the|of|von der|vom|an der|am)\s+(?=[A-ZÄÖÜ])(.+)", app[len(org):].lstrip(" ,"),
                            flags=re.S) \
                if app.startswith(org) else None
            parent = trim_org(rest.group(1)) if rest else ""
            if parent and is_top_org(parent) and not is_top_org(org):
                return Description(units=[org], affiliations=[parent])
            return Description(affiliations=[org])
    return None


def _names_a_person(app: str) -> bool:
    """'Landrat A, Geselle B C und Obermeister D E': an apposition that opens with a capitalised noun and a first
    name is the next person of a list (a caption's), not the apposition of the name before."""
    m = re.match(r"\s*([A-ZÄÖÜ][\w-]+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+[A-ZÄÖÜ]", app)
    return bool(m) and not is_first_name(m.group(1)) and is_first_name(m.group(2)) \
        and re.search(r"\s(?:und|and)\s", app) is not None


# Adverbs between the verb (or the comma) and the predicate say how or when, not what: 'ist zudem Experte',
# 'ebenfalls vom Institut', 'is also a professor'.
_SENTENCE_ADVERB = r"(?:zudem|außerdem|auch|ebenfalls|ebenso|gleichfalls|inzwischen|mittlerweile|derzeit|zurzeit|" \
                   r"seither|nun|jetzt|heute|also|now|currently|likewise)"


_SAID = re.compile(rf"^\s*(?:{INTRO_VERBS})\b", re.I)


def _comma_chain(rest: str, desc: Description) -> None:
    """'Research Fellow, School of X, Eastford University, said:' – the units and the organisation
    listed after the role, up to the speech verb or the end of the sentence (expert-reaction style)."""
    orgs: list[str] = []
    parts = rest.split(",")[1:6]
    closed = False  # the chain runs to the end of its entry (the text, a semicolon or a full stop)
    said = False  # the chain ends at the speech verb ('…, Acme Europe, said:')
    for k, part in enumerate(parts):
        part = part.strip()
        if not part or _SAID.match(part):
            said = bool(part)
            break
        end = re.search(r"[.!?:;](?:\s|$)", part)
        org = trim_org(part[:end.start()] if end else part) if part[:1].isupper() else ""
        if not org:
            break
        orgs.append(org)
        if end or org != part:
            closed = bool(end) and end.group()[0] in ".;" and org == part[:end.start()].strip()
            break
        closed = k == len(parts) - 1 and len(rest.split(",")) <= 6
    top = [i for i, org in enumerate(orgs) if is_top_org(org)]
    if not top:
        top = [i for i, org in enumerate(orgs) if research_org(org) and not org_is_unit(org)]
    # 'Guests: Dr. X, cardiac anesthesiologist, Acme Clinic Foundation; Y, …': an entry of a list of people
    # ends with the organisation, named by an organisation word
    if not top and closed and orgs and any(is_org_part(w) for w in orgs[-1].split()):
        top = [len(orgs) - 1]
    # 'Dr. X, Biologiedirektor, LKA Nordland' alone on its line: the last part, led by an acronym, is the body
    # … and so is one right before the speech verb: 'X, General Manager, ACME Middle East, said:'
    if not top and orgs and (said or re.fullmatch(r"(?:,\s*[^,]+){%d}\s*" % len(orgs), rest)) \
            and re.match(r"[A-ZÄÖÜ]{2,}(?:\s|$)", orgs[-1]):
        top = [len(orgs) - 1]
    if top:
        desc.units = desc.units or orgs[:top[-1]]
        desc.affiliations = [orgs[top[-1]]]


def describe_before(left: str, antecedent: str | None = None) -> Description | None:
    """Text right before a name: 'Der CEO von ORG, ', 'Acme CEO ', 'Forscher ', 'sein Besitzer, '."""
    left = left.rstrip(" \t")
    match = re.search(rf"(?:^|[\s(])(?:{_ARTICLE})\s+((?:{_MODIFIER}\s+)?[\w-]+(?:\s+[\w-]+){{0,2}}?)\s+"
                      r"(von|des|der|bei|of|at)\s+([^,]{2,80}),$", left, flags=re.I)
    if match and any(is_role_word(w) for w in match.group(1).split()):
        org = _named_org(match.group(3))
        role = _clean_role(match.group(1))
        article = re.search(rf"({_ARTICLE})\s+$", left[:match.start(1)], flags=re.I)
        role = nominative_role(article.group(1), role) if role and article else role
        # 'der Leiter des Fachbereichs „Beispielrecht“ im Landratsamt X, ': a unit of the role, then the organisation
        full = describe_apposition(f"{match.group(1)} {match.group(2)} {match.group(3)}")
        if role and full and full.role and full.affiliations and len(full.role) > len(match.group(1)):
            role = nominative_role(article.group(1), full.role) if article else full.role
            return Description(role=role, units=full.units, affiliations=full.affiliations)
        return Description(role=role, affiliations=[org] if org and not _anaphoric(org) else [])
    match = re.search(r"(?:^|\s)(?:sein|seine|ihr|ihre|its|his|her|their|dessen|deren)\s+([\w-]+),$", left, flags=re.I)
    if match and is_role_word(match.group(1)):
        # 'the work of ACME and its director, X': the organisation named right before 'and its'
        own = re.search(r"(?:^|\s)((?:[A-ZÄÖÜ][\w&.-]*\s+){0,4}[A-ZÄÖÜ][\w&.-]*)\s+(?:and|und)\s+(?:its|seine?|ihre?)\s+[\w-]+,$",
                        left)
        if antecedent is None and own and (is_org_part(own.group(1).split()[-1]) or re.fullmatch(
                r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9}", own.group(1).split()[-1])):
            antecedent = trim_org(own.group(1)) or None
        return Description(role=match.group(1), affiliations=[antecedent] if antecedent else [])
    general = article_apposition(left)
    if general is not None:
        return general
    # "ORG President and CEO, X": two coordinated roles, the comma before the name
    bare = left[:-1].rstrip() if left.endswith(",") else left
    pair = re.search(r"\s((?:[A-ZÄÖÜ][\w&.-]*\s+){0,3}?)([\w-]+)\s+(and|und|&)\s+([\w-]+)$", bare)
    coordinated = None
    if pair and is_role_word(pair.group(2)) and is_role_word(pair.group(4)):
        coordinated = f"{pair.group(2)} {pair.group(3)} {pair.group(4)}"
        bare = bare[:pair.start()] + " " + pair.group(1) + pair.group(4)
    if role := _lowercase_role_before(left):
        return Description(role=role)
    match = re.search(r"(?:^|[\s(„\"])((?:[A-ZÄÖÜ][\w&.-]*\s+){0,3}?)([\w-]+)$", bare)
    if match and (coordinated or bare == left) and is_role_word(match.group(2)) and match.group(2)[0].isupper():
        org = match.group(1).strip()
        org_tokens = org.split()
        while org_tokens and (org_tokens[0].casefold() in FUNCTION_WORDS or is_role_word(org_tokens[0])
                              or not _proper(org_tokens[0], left)):
            org_tokens.pop(0)
        role = match.group(2)
        # 'Acme Union Chief Executive X': a capitalised role adjective before the role word belongs to the role
        while org_tokens and org_tokens[-1].casefold() in _ROLE_ADJECTIVES | _FIELD_WORDS | _OFFICE_FIELDS \
                and not coordinated:
            role = f"{org_tokens.pop()} {role}"
        if "-" in role and not is_role_word(role.split("-")[0]) and role.split("-")[0][:1].isupper() \
                and not org_tokens and re.search(r"[A-Z].*[A-Z]|^[A-Z]+$", role.split("-")[0]):
            org_tokens, role = [role.split("-")[0]], role  # "Acme-Chef"
        if re.search(r"\bdes\s+(?:[\w-]+\s+){0,2}$", bare[:match.start(2)]):
            role = _nominative_noun(role)  # 'nach Ansicht des Klimaforschers X' → 'Klimaforscher'
        return Description(role=coordinated or role, affiliations=[" ".join(org_tokens)] if org_tokens else [])
    if bare == left and (trade := _trade_before(left)):
        return Description(role=trade)
    return _role_with_area(left, antecedent) if bare == left else None


def _trade_before(left: str) -> str | None:
    """A trade or an office the role words do not list, right before the name: 'sagt Zollbeamter X',
    'Klavierbauerin X', 'said Master Distiller X' (not a surname of the name before: 'Anna Neubauer X')."""
    m = re.search(r"(?:^|(?<=[\s(„\"“]))(?P<word>[A-ZÄÖÜ][\w-]+)$", left)
    if m and is_trade_compound(m.group("word")):
        before = left[:m.start()].split()
        if not (before and is_first_name(before[-1].strip("„\"“("))) \
                and tag_of(left[-120:], m.group("word")) not in ("NE", "FM"):
            return m.group("word")
    m = re.search(r"(?:^|\s)(?P<title>Master\s+[A-Z][a-z]{3,})$", left)
    return m.group("title") if m and MASTER_TITLE.fullmatch(m.group("title")) else None


def _role_with_area(left: str, antecedent: str | None) -> Description | None:
    """German office titles name their area after the role word, without article or preposition: 'Bundestrainer
    Sprint X', 'Leiterin Vertrieb X', 'DEU-Bundestrainerin Ausbildung X' (the area is a common noun, not a name)."""
    m = re.search(r"(?<=\s)(?P<area>[A-ZÄÖÜ][a-zäöüß]{3,})$", left)
    if not m or is_role_word(m.group("area")) or tag_of(left[-120:], m.group("area")) != "NN":
        return None
    head = left[:m.start()].rstrip()
    word = re.search(r"[\w-]+$", head)
    if not word or not word.group()[:1].isupper() or not is_role_word(word.group()):
        return None
    desc = describe_before(head, antecedent)
    if desc is None or not desc.role or not desc.role.endswith(word.group()):
        return None
    desc.role = f"{desc.role} {m.group('area')}"
    return desc


def _nominative_noun(word: str) -> str:
    """A role noun in the genitive back to its base form: 'Klimaforschers' → 'Klimaforscher'."""
    return singular(word, (("es", ""), ("s", ""))) or word


_PREPOSITIONS = {"by", "for", "of", "at", "in", "on", "with", "from", "to", "as", "like", "than", "about", "says", "said"}


def _lowercase_role_before(left: str) -> str | None:
    """English puts a lowercase role right before the name: '… led maritime archaeologist X' → 'maritime
    archaeologist' (the role word and up to two adjectives before it; no verb, adverb or function word)."""
    words = re.findall(r"[\w-]+|[^\w\s]", left)[-3:]
    if not words or not re.fullmatch(r"[a-z][a-z-]+", words[-1]) or not is_role_word(words[-1]):
        return None
    role = [words[-1]]
    for word in reversed(words[:-1]):
        if not re.fullmatch(r"[a-z][a-z-]+", word) or word in FUNCTION_WORDS or word in SPEECH_VERBS or word in _PREPOSITIONS \
                or re.search(r"(?:ed|ly|s)$", word):
            break
        role.insert(0, word)
    return " ".join(role)


_ARTICLE_AT = re.compile(r"(?:^|(?<=[\s(„\"]))(?P<art>der|die|das|dem|den|the|a|an|ein|eine|einer|unser\w*|our)\s+",
                         re.I)


def article_apposition(left: str) -> Description | None:
    """A role phrase that opens with an article and ends in the comma before the name, in any length:
    'so der Projektleiter, X', 'Der ehemalige Leiter für A an der B, X', 'our lead scientist at the C, X'.
    The nearest article whose next words hold a role word opens it; the phrase is parsed like an apposition."""
    if not left.endswith(","):
        return None
    window = left[-200:]
    for m in reversed(list(_ARTICLE_AT.finditer(window))):
        phrase = window[m.end():-1].strip()
        if not phrase or re.search(r"[.;:!?„“\"»«]", phrase) or len(phrase.split()) > 16:
            continue
        if not any(is_role_word(w) for w in re.findall(r"[\w-]+", phrase)[:4]):
            continue
        desc = describe_apposition(phrase)
        if desc is None or desc.role is None:
            return None
        desc.role = nominative_role(m.group("art"), desc.role)
        if desc.affiliations and _anaphoric(desc.affiliations[0]):
            desc.affiliations = []
        return desc
    return None


def nominative_role(article: str, role: str) -> str:
    """'(der) ehemalige Abteilungsleiter' → 'ehemaliger Abteilungsleiter': a weak adjective after 'der' takes the
    strong ending when the role stands alone; feminine roles ('die ehemalige Leiterin') are unchanged."""
    words = role.split()
    if article.casefold() != "der" or len(words) < 2 or not re.fullmatch(r"[a-zäöü][\w-]*e", words[0]):
        return role
    noun = next((w for w in words[1:] if is_role_word(w)), "")
    if not noun or re.search(r"in(?:nen)?$", noun):
        return role
    return " ".join([words[0] + "r", *words[1:]])


def _proper(token: str, context: str) -> bool:
    """HanTa says the token is a proper noun (or it looks like a brand: inner capitals, digits)."""
    if re.search(r"[a-z][A-Z]|\d|^[A-Z]{2,}$", token):
        return True
    tag = tag_of(context[-120:], token)
    return tag in (None, "NE", "FM", "XY")


_ANTECEDENT = re.compile(r"(?:Plattform|Unternehmen|Firma|Konzern|Startup|Start-up|Netzwerk|Dienst|Partei|Verein|"
                         r"platform|company|firm|network|party)\s+([A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*){0,2})")


def antecedent_org(left: str) -> str | None:
    """'… auf der Social-Media-Plattform X, …' → 'X' (for 'sein Besitzer')."""
    found = _ANTECEDENT.findall(left)
    return found[-1].rstrip(",.") if found else None


def is_non_expert_role(role: str | None, affiliation: str | None) -> bool:
    """Executives, owners, politicians and spokespeople are quoted, not experts (unless they lead a research body)."""
    if not role:
        return False
    if BOARD_CHAIR.search(role):  # 'Board Chair', 'Chair of the Board': an executive
        return not (affiliation and research_org(affiliation))
    if has_stem(role, [s for s in POLITICAL_ROLE_STEMS if " " in s]):  # 'Member of Parliament': a politician
        return True
    text = re.sub(r"\b(?:senior |executive |corporate )?vice president\b", "", role, flags=re.I)
    words = [w for w in re.findall(r"[\w-]+", text) if not re.fullmatch(_MODIFIER, w, flags=re.I)]
    first = next((w for w in words if is_role_word(w)), None)
    if first is None:
        return False
    low = first.casefold()
    # 'Biologiedirektor', 'Institutsdirektorin' end in 'rektor' but are no rector
    if not any((low == s or low.endswith(s) or low.endswith(s + "in"))
               and not (s == "rektor" and re.search(r"direktor(?:in)?$", low)) for s in NON_EXPERT_STEMS):
        return False
    if affiliation and research_org(affiliation):
        return False  # the former CEO of a research institute speaks as an expert
    return True


# universities as their abbreviations name them ('TU Dresden', 'Uni Kiel', 'RWTH Aachen', 'HU Berlin')
_UNIVERSITY_ABBR = re.compile(r"(?<![\w-])(?:TU|TH|FH|HU|FU|Uni|RWTH|LMU|ETH|EPFL|KIT|HAW)(?![\w-])")


def research_org(text: str) -> bool:
    low = text.casefold()
    return any(w in low for w in RESEARCH_ORG_WORDS) or bool(_UNIVERSITY_ABBR.search(text))


def org_is_unit(text: str) -> bool:
    low = text.casefold()
    return any(re.search(rf"{w}\b", low) for w in UNIT_WORDS) and not is_top_org(text)


# Head nouns of organisation names and their grammatical gender (for the adjective before them).
_ORG_HEADS = {"institut": "n", "zentrum": "n", "klinikum": "n", "amt": "n", "ministerium": "n", "museum": "n",
              "labor": "n", "werk": "n", "unternehmen": "n", "krankenhaus": "n", "kolleg": "n", "forum": "n",
              "planetarium": "n", "observatorium": "n", "archiv": "n", "theater": "n", "kuratorium": "n",
              "gericht": "n", "gerichtshof": "m",
              "konsortium": "n", "gremium": "n", "präsidium": "n", "direktorium": "n", "kollegium": "n",
              "verband": "m", "dienst": "m", "rat": "m", "bund": "m", "konzern": "m", "verein": "m", "fonds": "m",
              "senat": "m", "ausschuss": "m", "hochschulverband": "m",
              "universität": "f", "hochschule": "f", "klinik": "f", "akademie": "f", "gesellschaft": "f",
              "stiftung": "f", "behörde": "f", "anstalt": "f", "bibliothek": "f", "kommission": "f",
              "innung": "f", "club": "m", "klub": "m"}


def nominative_org(org: str) -> str:
    """German genitive forms of an organisation name back to the base form: 'Deutschen Beispieldienstes (DBD)'
    → 'Deutscher Beispieldienst (DBD)', 'Beispiel-Instituts für Klimafolgenforschung' → 'Beispiel-Institut für
    Klimafolgenforschung', 'Nordstädter Beispiel-Zentrums' → 'Nordstädter Beispiel-Zentrum'; the colloquial 'Uni Nordstadt'
    → 'Universität Nordstadt'. Other names unchanged."""
    org = re.sub(r"^Uni\s+(?=[A-ZÄÖÜ])", "Universität ", org)
    tokens = org.split()
    end = next((i for i, t in enumerate(tokens) if not t[:1].isupper() or t.startswith("(")), len(tokens))
    gender, head = None, -1
    for head in range(end):
        word = tokens[head]
        low = word.casefold()
        for suffix in ("s", "es", ""):
            stem = low[:-len(suffix)] if suffix else low
            key = next((k for k in _ORG_HEADS if stem.endswith(k)), None) if low.endswith(suffix) else None
            if key:
                gender, tokens[head] = _ORG_HEADS[key], word[:-len(suffix)] if suffix else word
                break
        if gender:
            break
    if gender is None:
        return org
    if head > 0 and tokens[head - 1][:1].isupper() and re.fullmatch(
            r"[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|ig|al|ell|iv|är|ar|sch|ei|eu|ert)en", tokens[head - 1]):  # not 'Essen', 'Bremen'
        # a declined adjective before the head (genitive or dative): 'Deutschen' → 'Deutscher' / 'Deutsches' /
        # 'Medizinischen' (Universität) → 'Medizinische'
        tokens[head - 1] = tokens[head - 1][:-1] + {"m": "r", "n": "s", "f": ""}[gender]
    return " ".join(tokens)


__all__ = ["nominative_org", "Description", "antecedent_org", "article_apposition", "describe_after", "describe_before", "is_non_expert_role",
           "is_top_org", "org_is_unit", "parse_chain", "trim_org", "TOP_ORG_WORDS"]
