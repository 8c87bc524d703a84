"""People in one source: who they are, how the source presents them, and in what capacity.

1. Names: academic titles, the first-name gazetteer, role words and speech verbs
   around a name, HanTa as a veto or tie-break (extract.people_names).
2. Speaker labels of answers ("Eberle:", "Schmitt und Feldhus:") and surnames
   resolve to the full names introduced in the same document.
3. Role, unit and affiliation from appositions and predicates around each
   mention (extract.people_roles), profile blocks ("Dr. X" + "Leiter …") and
   contact blocks (e-mail, phone, unit and organisation lines).
4. Category: expert or quoted when the source quotes them or presents their
   expertise; author, interviewer, contact or mentioned otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing.extract.people_lexicon import (
    AUTHOR_LEAD, CONTACT_LEAD, CORPORATE_EXPERTISE, CORPORATE_ROLE_STEMS, EMAIL, EXPERT_LEAD, HONORIFIC, INTERVIEW_LINE, JOURNALIST_STEMS, PHONE,
    POLITICAL_ROLE_STEMS, PRESS_CONTACT, RESEARCH_ROLE_STEMS, TITLES, has_stem, is_role_word,
)
from briefing.extract.people_names import TITLED_RE, Candidate, find_candidates, looks_like_name, surname as surname_of
from briefing.extract.people_roles import (
    Description, antecedent_org, describe_after, describe_before, is_non_expert_role, nominative_org, research_org,
    parse_chain, trim_org,
)
from briefing.extract.people_speech import attribute, interview_partners, resolve_label, split_label
from briefing.model import Block, Document, Mention, Quote

_TEXT_KINDS = ("paragraph", "answer", "question", "heading", "list", "image")
_PREDICATE = re.compile(r"\b(?:forsch\w*|arbeite\w*|lehr\w*|tätig|works?|research(?:es)?|promoviert\w*)\s+"
                        r"(?=(?:in|im|an|am|bei|beim|at)\s)(?P<chain>.+)", re.S)


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
    roles: set[str] = field(default_factory=set)  # author, interviewer, contact, presented


def _fold(text: str) -> str:
    text = text.replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _block_text(block: Block) -> str:
    if block.kind == "list":
        return "\n".join(block.items)
    if block.label and block.kind in ("answer", "question"):
        return f"{block.label}: {block.text}"
    return block.text or ""


class _Registry:
    def __init__(self):
        self.people: dict[str, _Person] = {}
        self.contact_start: int | None = None  # the block where a contact section begins

    def add(self, name: str, title: str | None = None, signal: str = "", block: int | None = None) -> _Person:
        name = re.sub(r"\s+", " ", name).strip()
        person = self.people.get(name)
        if person is None:
            # 'J. D. Vance' and 'JD Vance', a name with and without a middle initial: one person
            for other in self.people.values():
                if _same(other.name, name):
                    person = other
                    break
        if person is None:
            person = self.people[name] = _Person(name)
        if title and (person.title is None or len(title) > len(person.title)):
            person.title = title
        if signal:
            person.signals.add(signal)
        if block is not None:
            person.blocks.add(block)
        return person

    def surname_map(self) -> dict[str, str]:
        by_surname: dict[str, list[str]] = {}
        for person in self.people.values():
            for key in {person.name.split()[-1], surname_of(person.name)}:
                by_surname.setdefault(key, []).append(person.name)
        return {s: names[0] for s, names in by_surname.items() if len(names) == 1}


def _same(a: str, b: str) -> bool:
    ka, kb = _fold(re.sub(r"[.\s]", "", a)), _fold(re.sub(r"[.\s]", "", b))
    if ka == kb:
        return True
    ta, tb = a.split(), b.split()
    if ta[-1] == tb[-1] and ta[0] == tb[0] and (len(ta) != len(tb)):
        return True
    # 'Meyer zu Tittingdorf' (as addressed) and 'Friederike Meyer zu Tittingdorf': the full surname
    short, long = (a, b) if len(ta) < len(tb) else (b, a)
    return len(short.split()) >= 2 and short != long and surname_of(long) == short



def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    from briefing.extract.people_speech import sentences

    for s, e in sentences(text):
        if s <= start < e or s < end <= e:
            return s, e
    return 0, len(text)


_TITLE_ROLE = re.compile(r"(?i)prof(?:essor(?:in)?|\.)?")


def _describe(text: str, cand_start: int, cand_end: int) -> Description | None:
    s, e = _sentence_bounds(text, cand_start, cand_end)
    left, right = text[s:cand_start], text[cand_end:e]
    # a title or form of address before the name is not part of the left context ('CEO, Mr. X')
    left = re.sub(rf"(?:(?:{TITLES})|(?:{HONORIFIC})\s+(?:{TITLES})?)$", "", left)
    before = describe_before(left, antecedent_org(left))
    after = describe_after(right) if not own_initials(text[cand_start:cand_end], right) else None
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
    if not desc.affiliations:
        match = _PREDICATE.search(right)
        if match and not re.search(r"[.!?]\s", right[:match.start()]):
            _head, units, affs = parse_chain("x " + match.group("chain"))
            desc.units, desc.affiliations = desc.units or units, affs
    return desc if (desc.role or desc.affiliations) else None


def _profile(doc: Document, index: int, person: _Person) -> Description | None:
    """A block that is only the name, then a paragraph of role sentences ('Ansprechpartner … Geschäftsführer …')."""
    nxt = next((b for b in doc.blocks[index + 1:index + 2] if b.kind == "paragraph"), None)
    if nxt is None:
        return None
    first = re.match(r"[\w-]+", nxt.text)
    if not first or not is_role_word(first.group()):
        return None
    roles = []
    affiliation = None
    for sentence in re.split(r"(?<=[.!?])\s+", nxt.text):
        word = re.match(r"[\w-]+", sentence)
        if not word or not is_role_word(word.group()):
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


def _is_name_only(text: str, name: str) -> bool:
    bare = re.sub(rf"^(?:{TITLES})", "", text.strip(" *#:")).strip()
    return bare == name


def _contact_blocks(doc: Document, reg: _Registry) -> None:
    """Contact section: groups of name line, unit and organisation lines, e-mail and phone."""
    start = next((i for i, b in enumerate(doc.blocks) if CONTACT_LEAD.match(_block_text(b).strip())), None)
    if start is None:
        return
    reg.contact_start = start
    press = bool(PRESS_CONTACT.search(_block_text(doc.blocks[start])))
    # "Ansprechpartner am PIK:", "Kontakt an der Universität X:": the organisation of the people listed
    lead = re.match(r"[^:\n]*?\b(?:am|an der|beim|bei der|bei|im|vom|von der|at|at the)\s+([A-ZÄÖÜ][^:\n]{1,80}?)\s*:",
                    _block_text(doc.blocks[start]).strip())
    lead_org = trim_org(lead.group(1)) if lead else None
    head_text = _block_text(doc.blocks[start])
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
        text = _block_text(block).strip()
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


def _initials_of(abbr: str, name: str) -> bool:
    """'HU' for 'Hans Uszkoreit', 'H' or 'U' too; not 'KI'."""
    initials = "".join(t[0] for t in name.split() if t[:1].isupper())
    return abbr in (initials, initials[:1], initials[-1:]) or abbr == name.split()[-1][:len(abbr)].upper()


def own_initials(name: str, right: str) -> bool:
    """'Hans Uszkoreit (HU): …': the parenthesis after a name is the speaker label, not an organisation."""
    m = re.match(r"\s*\(([A-ZÄÖÜ]{1,4})\)\s*:", right)
    return bool(m and _initials_of(m.group(1), name))


def _inline_labels(doc: Document, reg: _Registry) -> None:
    """Answers printed as paragraphs that start with the speaker: 'Hans Uszkoreit (HU): …', then 'HU: …'."""
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        m = _INLINE_LABEL.match(block.text or "")
        if not m:
            continue
        label = m.group("label").strip()
        bare = re.sub(rf"^(?:{TITLES})", "", label).strip()
        if bare not in reg.people and not looks_like_name(bare):
            continue
        person = reg.add(bare, signal="label")
        abbr = m.group("abbr")
        if abbr and _initials_of(abbr, person.name) and abbr not in person.labels:
            person.labels.append(abbr)


def _bylines(doc: Document, reg: _Registry) -> tuple[set[str], set[str], set[str]]:
    """Authors, interviewers and interviewees named in bylines and metadata."""
    authors, interviewers, interviewees = set(), set(), set()
    lines = [_block_text(b) for b in doc.blocks] + [r.text for r in doc.removed]
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


def extract_people(doc: Document) -> Document:
    reg = _Registry()
    occurrences: list[tuple[int, Candidate]] = []
    # 1. names in the text
    for index, block in enumerate(doc.blocks):
        if block.kind not in _TEXT_KINDS:
            continue
        text = block.text if block.kind != "list" else "\n".join(block.items)
        for cand in find_candidates(text):
            if re.match(r"\s*@", text[cand.end:cand.end + 2]):
                continue
            reg.add(cand.name, cand.title, cand.signal, index)
            occurrences.append((index, cand))
    # 2. speaker labels that are names ("Jonas Geiping:")
    labels = [b.label for b in doc.blocks if b.kind in ("answer", "question") and b.label]
    for label in labels:
        for part in split_label(label):
            if looks_like_name(part) or (labels.count(label) >= 2 and part in reg.people):
                reg.add(part, signal="label")
    _inline_labels(doc, reg)
    authors, interviewers, named_interviewees = _bylines(doc, reg)
    # introduced as interviewed ("Ein Gespräch mit X", "X im Interview") or addressed by the first question
    for name in interview_partners(doc):
        known = next((p.name for p in reg.people.values() if p.name == name or surname_of(p.name) == name
                      or p.name.split()[-1] == name or _same(p.name, name)), None)
        named_interviewees.add(reg.add(known or name, signal="label").name)
    _contact_blocks(doc, reg)
    surnames = reg.surname_map()
    # 3. descriptions of every mention
    for index, cand in occurrences:
        block = doc.blocks[index]
        person = reg.people.get(cand.name) or reg.add(cand.name)
        if block.kind == "image":
            continue
        if PRESS_CONTACT.search(block.text[cand.end:cand.end + 60]) and not re.search(
                r"[.!?]\s", block.text[cand.end:cand.end + 60].split("Presse")[0]):
            person.roles.add("press")  # "Dr. X, Stabsstelle Presse und Kommunikation"
        desc = _describe(block.text if block.kind != "list" else "\n".join(block.items), cand.start, cand.end)
        if desc:
            person.descriptions.append(desc)
        if block.kind in ("heading", "paragraph") and _is_name_only(block.text, cand.name):
            profile = _profile(doc, index, person)
            if profile:
                person.descriptions.append(profile)
                person.roles.add("presented")
    # surname mentions ("Herrn Tunstall", "so Etzioni") and their appositions
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("paragraph", "answer"):
            continue
        for surname, name in surnames.items():
            for m in re.finditer(rf"(?:{HONORIFIC}\s+)?(?<![\w-]){re.escape(surname)}(?![\w-])", block.text):
                if name in block.text[max(0, m.start() - len(name)):m.end()]:
                    continue
                reg.people[name].blocks.add(index)
                label = surname
                if label not in reg.people[name].labels:
                    reg.people[name].labels.append(label)
    # experts presented in a section ("Die Expert*innen:")
    in_expert_section = False
    for index, block in enumerate(doc.blocks):
        if block.kind == "question" or (block.kind == "heading" and not EXPERT_LEAD.match(block.text)):
            in_expert_section = False
        if EXPERT_LEAD.match(_block_text(block).strip()) and len(block.text) < 60:
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
            if "contact" in person.roles and "press" not in person.roles and person.title \
                    and any(i < reg.contact_start for i in person.blocks):
                person.roles.discard("contact")
    mentions = [_mention(p) for p in reg.people.values()]
    _complete_affiliations(doc, mentions)
    # 4. who speaks
    quotes = attribute(doc, mentions)
    speaking = _speaking(quotes, mentions)
    question_people = {n for b in doc.blocks if b.kind == "question" and b.label
                       for n in resolve_label(b.label, mentions)}
    interviewers |= question_people
    interviewees = named_interviewees | {n for b in doc.blocks if b.kind == "answer" for n in b.speakers} \
        | {n for q in quotes if q.kind == "answer" for n in q.speakers}
    others_speak = bool(speaking - authors)
    # an interview's sources are the people who answer; anybody else it names (a project lead, a colleague)
    # is mentioned, however titled
    answered = doc.meta.kind == "interview" and bool(interviewees)
    for mention in mentions:
        person = reg.people[mention.name]
        mention.category = _category(mention, person, speaking, authors, interviewers, interviewees,
                                     others_speak, answered)
    _own_experts(doc, mentions)
    doc.people = [m for m in mentions if not _is_fragment(m, mentions)]
    # the one attribution of the document: extract_quotes keeps these, nobody attributes again
    kept = {m.name for m in doc.people}
    doc.quotes = unique_quotes([q for q in quotes if set(q.speakers) <= kept])
    return doc


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
    ASIDE_WORDS words, or are only questions, is mentioned, not a source (a greeting, a question, "Schwierig")."""
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
    """'Heinrich-Heine-Universität Düsseldorf (HHU)' → {'HHU': 'Heinrich-Heine-Universität Düsseldorf'}."""
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
            # capitals spell the abbreviation; a name particle may too ('Mohamed bin Zayed …' → MBZ…)
            capitals = "".join(re.findall(r"(?<![\w])[A-ZÄÖÜ]|(?<=-)[A-ZÄÖÜ]|(?<![\w])(?:b(?=in\s)|a(?=l\s))", long))
            capitals = capitals.upper()
            letters = iter(capitals)
            if long and research_org(long) | _top_org(long) and all(ch in letters for ch in abbr.upper()):
                found.setdefault(abbr, nominative_org(long))
    return found


def _top_org(text: str) -> bool:
    from briefing.extract.people_roles import _is_top_org

    return _is_top_org(text)


def _complete_affiliations(doc: Document, mentions: list[Mention]) -> None:
    """An abbreviation the document defines is spelled out; a unit alone ('Fakultät', 'Lehrstuhl') is a unit,
    of the publishing organisation when that is a university or institute (its own press release)."""
    from briefing.extract.people_roles import org_is_unit

    abbreviations = None
    publisher = doc.meta.publisher if doc.meta.publisher and _top_org(doc.meta.publisher) else None
    for mention in mentions:
        if mention.affiliation:
            mention.affiliation = nominative_org(mention.affiliation)
        if mention.affiliation and re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜa-z0-9]{1,7}", mention.affiliation):
            if abbreviations is None:
                abbreviations = _abbreviations(doc)
            mention.affiliation = abbreviations.get(mention.affiliation, mention.affiliation)
        elif mention.affiliation and "(" not in mention.affiliation:
            # 'Potsdam-Institut' (from 'des Potsdam-Instituts') → the full name the document defines with its
            # abbreviation, 'Potsdam-Institut für Klimafolgenforschung (PIK)'
            if abbreviations is None:
                abbreviations = _abbreviations(doc)
            short = mention.affiliation
            longer = [(abbr, long) for abbr, long in abbreviations.items()
                      if long != short and (long + " ").startswith(short + " ")]
            if len(longer) == 1:
                mention.affiliation = f"{longer[0][1]} ({longer[0][0]})"
        if mention.affiliation and org_is_unit(mention.affiliation) and not mention.unit:
            mention.unit, mention.affiliation = mention.affiliation, publisher


def _own_experts(doc: Document, mentions: list[Mention]) -> None:
    """A university's or institute's own press release presents its own researchers: an expert it names without
    any affiliation belongs to the publisher. Only experts, and only after they were classed (no effect on who
    counts as one)."""
    publisher = doc.meta.publisher
    if doc.meta.kind != "press_release" or not publisher or not (_top_org(publisher) and research_org(publisher)):
        return
    for mention in mentions:
        if mention.category == "expert" and not mention.affiliation and not is_non_expert_role(mention.role, None) \
                and not corporate_office(mention.role):  # a company's manager at a university event is a guest
            mention.affiliation = publisher


def _is_fragment(mention: Mention, mentions: list[Mention]) -> bool:
    return False


def _mention(person: _Person) -> Mention:
    descs = sorted(person.descriptions, key=lambda d: d.score(), reverse=True)
    best = descs[0] if descs else Description()
    role = best.role or next((d.role for d in descs if d.role), None)
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
    """'General Manager IBM Gulf', 'Senior Vice President and Chief Communications Officer': a company office,
    not expertise; 'Chief AI Officer', 'Vice President of Research' are offices of expertise."""
    return bool(role) and has_stem(role, CORPORATE_ROLE_STEMS) and not CORPORATE_EXPERTISE.search(role)


def _category(mention: Mention, person: _Person, speaking: set[str], authors: set[str], interviewers: set[str],
              interviewees: set[str], others_speak: bool, answered: bool = False) -> str:
    name = mention.name
    journalist = bool(mention.role and has_stem(mention.role, JOURNALIST_STEMS))
    if name in interviewers or (journalist and name not in interviewees):
        return "interviewer" if name in interviewers else "author"
    researcher = bool(mention.title) or bool(mention.role and has_stem(mention.role, RESEARCH_ROLE_STEMS)) \
        or name in interviewees or bool(mention.affiliation and research_org(mention.affiliation))
    if "press" in person.roles and name not in speaking:
        return "contact"
    if name in speaking or name in interviewees or (("presented" in person.roles) and (mention.title or mention.role)):
        # an author who answers the questions of an interview (a blog repost of one's own interview) is its source
        if name in authors and not others_speak and not (mention.title or mention.role) and name not in interviewees:
            return "author"
        if is_non_expert_role(mention.role, mention.affiliation):
            return "quoted"
        return "expert" if researcher or "presented" in person.roles else "quoted"
    if name in authors:
        return "expert" if (mention.title and mention.role and not others_speak) else "author"
    # presented with an academic title or a research role, though not quoted: an expert the source names
    # (not in an interview whose answers come from somebody else)
    if not answered and (mention.title or (mention.role and has_stem(mention.role, RESEARCH_ROLE_STEMS)
                          and not is_non_expert_role(mention.role, mention.affiliation)
                          and not corporate_office(mention.role))) \
            and "contact" not in person.roles:
        return "expert"
    if "contact" in person.roles:
        return "contact"
    return "mentioned"
