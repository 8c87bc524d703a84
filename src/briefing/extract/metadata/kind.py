"""kind: interview, press_release, slides, news or article, a scored choice among general signals.

Every signal is a small named function of a `KindContext` and votes for one kind with a weight
(`FEATURES`). `kind_scores` adds the votes per kind; `detect_kind` takes an interview when its evidence
reaches `INTERVIEW_MIN`, the kind with the most evidence when a decisive signal fired (`DECISIVE_WEIGHT`: its
own word, a press office, a document host …), a PDF as slides, and leaves every other text to the words it uses
(`kind_text.kind_from_text`, a model trained on the tuned sets).

The weights say how much a signal proves. The form of the text outweighs who issued it: an
interview published as a press release is an interview (labelled Q/A turns weigh more than a
press office's kind word and contact block together). A phrase like 'im Interview mit der Zeitung'
in a news text, or a question somewhere in a teaser list, is weak evidence only and makes no
interview on its own. Ties go to the earlier kind of `KINDS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from briefing.extract.metadata.byline import SPEAKS_WITH
from briefing.extract.metadata.header_lines import outlet_masthead
from briefing.extract.metadata.names import agency_name, is_person_name
from briefing.extract.metadata.records import Header
from briefing.extract.metadata.signals import (
    agency_credit,
    announcing_org,
    newsroom_credit,
    press_release_signals,
    read_dateline,
    speaker_labels,
    wire_service,
)
from briefing.extract.metadata.kind_text import kind_from_text
from briefing.extract.metadata.text import alnum, alternation, strip_markup
from briefing.extract.metadata.title import cover_title, interview_question
from briefing.extract.people_lexicon import TITLE_RE, speech_verb_pattern
from briefing.extract.metadata.url import host_of, press_portal
from briefing.extract.metadata.vocab import (
    PRESS_MAILBOX_NAMES, PRESS_PORTALS, PUBLICATION_FREQUENCIES_DE, PUBLICATION_FREQUENCIES_EN, WIRE_SERVICES,
)
from briefing.model import Block, Document

KINDS = ("interview", "press_release", "slides", "news", "article")
# A signal this strong decides the kind on its own (a kind word, a press office, a wire's dateline, a document
# host). Texts with weaker signals only ('someone said', 'we', a dateline) are left to the words they use: for
# them the hand weights were right on the tuned sets and wrong on unseen ones (sets opened later: 57 and 60 %),
# where the rules' decisive signals with the text model read 67 and 77 % (scripts/train_kind_model.py).
DECISIVE_WEIGHT = 5.0
INTERVIEW_MIN = 5.0  # `is_interview`: the interview evidence that makes an interview

_FIRST_PERSON = re.compile(r"^(?:I|I['’]m|I['’]ve|I['’]d|We|We['’]re|Ich|Wir|Meiner|Mein|Unser|Unsere)\b")

# An editor's note only an interview carries.
_EDITED_INTERVIEW = re.compile(
    r"\b(?:This|The\s+following)\s+(?:interview|conversation|Q&A)\s+(?:has\s+been|was)\s+"
    r"(?:lightly\s+)?(?:edited|condensed)|"
    r"\b(?:Das|Dieses)\s+(?:Interview|Gespräch)\s+wurde\s+(?:\w+\s+){0,2}(?:gekürzt|redigiert|bearbeitet|geführt)",
    re.I)
_INTERVIEW_PHRASE = re.compile(
    r"\b(?:(?:ein|im|das|dieses|unser|mein(?:es|em)?)\s+(?:Interview|Gespräch)s?|"
    r"(?:in an|an|this|my|our)\s+interview|Q&A)\b", re.I)
_CREDIT = re.compile(r"^\((?:[A-Za-z][\w+.&-]*)(?:\s*[/,]\s*[A-Za-z][\w+.&-]*)*\)$")
# Verbs of reported speech (present and past, German and English: the people module's list) and
# the phrases of attribution.
_REPORTING = re.compile(
    r"\b(" + speech_verb_pattern("so", "laut", "say") +
    r"|so\s+\w+|according to|laut|hieß\s+es|heißt\s+es|it\s+was\s+said|concluded|emphasi[sz]ed)\b", re.I)
_PAGE_START = re.compile(r"^(?P<n>\d{1,3})\s+\S")


def _question_block(block: Block) -> bool:
    """A question standing alone, as an interviewer's turn; not one closing a paragraph that attributes speech to
    someone ('…,” said Beck. So what is the cause?'): a reporter asks their readers so, an interviewer does not."""
    return block.kind in ("question", "heading", "paragraph") and not block.number \
        and block.text.rstrip(" \"“”'").endswith("?") and len(block.text) <= 400 and not _attributes_speech(block.text)


def page_numbered(doc: Document) -> bool:
    """A PDF's text whose pages start with their numbers ('1 2012 Titel', '2 IMPRESSUM …',
    '3 Liebe Leserin …'): three paragraphs in a row numbered 1, 2, 3 (or n, n+1, n+2)."""
    blocks = [b for b in doc.blocks if b.kind == "paragraph"]
    numbers = [int(m.group("n")) if (m := _PAGE_START.match(b.text)) else None for b in blocks]
    for i in range(len(blocks) - 2):
        a, b, c = numbers[i:i + 3]
        # A page holds text; a table of contents ('1 Einleitung', '2 Methoden') does not.
        if a is not None and b == a + 1 and c == a + 2 and max(len(x.text) for x in blocks[i:i + 3]) > 300:
            return True
    return False


def heading_density(doc: Document) -> float:
    text_blocks = [b for b in doc.blocks if b.kind in ("heading", "paragraph", "answer", "list", "table")]
    if not text_blocks:
        return 0.0
    return sum(b.kind == "heading" for b in text_blocks) / len(text_blocks)


@dataclass
class KindContext:
    """The document and what the other steps read, with the counts several signals share."""

    doc: Document
    header: Header
    url: str | None = None
    distributor: str | None = None

    @cached_property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.doc.blocks if b.kind == "paragraph"]

    @cached_property
    def printed_lines(self) -> list[str]:
        """Every line the page printed: the cleaned lines and those the cleaner took out (menus, credits, contacts)."""
        return [*self.doc.lines, *(item.text for item in self.doc.removed)]

    @cached_property
    def unquoted_paragraphs(self) -> list[str]:
        """The paragraphs without their quotations: the text's own voice (`own_voice`, `narrator`)."""
        return [_QUOTED.sub(" ", p) for p in self.paragraphs]

    @cached_property
    def pairs(self) -> list[tuple[Block, Block]]:
        """A question followed by its answer (a paragraph that is no question)."""
        blocks = self.doc.blocks
        return [(a, b) for a, b in zip(blocks, blocks[1:]) if _question_block(a)
                and b.kind in ("paragraph", "answer") and not _question_block(b)]

    @cached_property
    def labels(self) -> list:
        return speaker_labels(self.doc)

    @cached_property
    def reporting(self) -> int:
        return sum(len(_REPORTING.findall(p)) for p in self.paragraphs)

    @cached_property
    def density(self) -> float:
        return heading_density(self.doc)


# --- interview: the form of a conversation ---------------------------------------------------

def declared_interview(c: KindContext) -> bool:
    """An interview credit ('Das Gespräch führte …') or kind word read by the header."""
    return c.header.interview or c.header.kind == "interview"


def labelled_turns(c: KindContext) -> bool:
    """Three structured questions and three answers."""
    questions = [b for b in c.doc.blocks if b.kind == "question" and not b.number]
    return len(questions) >= 3 and sum(b.kind == "answer" for b in c.doc.blocks) >= 3


def speaker_turns(c: KindContext) -> bool:
    """Two speaker labels ('Frage:', 'ZEIT:', 'Beck:') and two questions asked."""
    return len(c.labels) >= 2 and sum(_question_block(b) for b in c.doc.blocks) >= 2


def dialogue_turns(c: KindContext) -> bool:
    """Answers by two speakers named in their labels: a transcript or a panel, with or without
    questions. Numbered questions answered by several experts are a release's FAQ form instead."""
    blocks = c.doc.blocks
    return len({b.label for b in blocks if b.kind == "answer" and b.label}) >= 2 \
        and not any(b.kind == "question" and b.number for b in blocks)


def first_person_answer(c: KindContext) -> bool:
    """A question answered in the first person ('… ? ' / 'Ich glaube …', 'We found …')."""
    return any(_FIRST_PERSON.match(b.text) for _, b in c.pairs)


def editors_note(c: KindContext) -> bool:
    """'This interview has been edited for length', 'Das Interview wurde schriftlich geführt'."""
    return any(_EDITED_INTERVIEW.search(b.text) for b in c.doc.blocks if b.kind == "paragraph")


def labelled_question(c: KindContext) -> bool:
    """A single structured question or a question's speaker label: weak, a FAQ has them too."""
    return any(question for _, question in c.labels) \
        or any(b.kind == "question" and not b.number for b in c.doc.blocks)


def question_answer_pairs(c: KindContext) -> float:
    """Questions followed by a paragraph, up to three: weak, a teaser list has them too."""
    return min(len(c.pairs), 3)


_ADDRESS = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?|du|dich|dir|dein(?:e[mnrs]?)?|you|your)\b")


def asks_the_interviewee(c: KindContext) -> bool:
    """A question that addresses the interviewee ('Frau Beck, …?', 'Was erforschen Sie?', 'How did
    you …?'), not the reader's own question of a teaser ('Sollte ich mich impfen lassen?')."""
    return any(interview_question(a.text) or _ADDRESS.search(a.text) for a, _ in c.pairs) \
        or any(b.kind == "question" and _ADDRESS.search(b.text) for b in c.doc.blocks)


# 'Frau Professor Beck, im Jahr 2014 …', 'Herr Dr. Roth, …': a paragraph that opens by addressing someone
_VOCATIVE = re.compile(r"^(?:Liebe[r]?\s+)?(?:Frau|Herr)\s+(?:(?:Professor(?:in)?|Prof\.|Dr\.|Präsident(?:in)?|"
                       r"Minister(?:in)?)\s+)*[A-ZÄÖÜ][\w'’-]+,\s+\S")


def addresses_by_name(c: KindContext) -> bool:
    """A paragraph that opens by addressing a person by name and speaks to them ('Frau Professorin X, …
    Ihre Abteilung …?'): an interviewer's question, whether or not the text marks it as one. German only:
    English news writes 'Mr. X, 54, said'."""
    return any(b.kind in ("paragraph", "question") and _VOCATIVE.match(b.text or "")
               and (_ADDRESS.search(b.text) or b.text.rstrip().endswith("?")) for b in c.doc.blocks)


_INLINE_QUESTION = re.compile(r"^(?P<q>[^.!?]{10,200}\?)[\s\"“”»«]+(?P<a>[A-ZÄÖÜ\"„“»].{60,})$", re.S)
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I['’]m|I['’]ve|my|we|our|ich|mich|mir|mein\w*|wir|uns|unser\w*)\b", re.I)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]


def _spoken_turn(question: str, answer: str) -> bool:
    """A question addressed to the interviewee, answered in the first person in its first sentence."""
    return bool(_ADDRESS.search(question) and _FIRST_PERSON_WORD.search(_first_sentence(answer)))


def inline_turns(c: KindContext) -> bool:
    """Questions to the interviewee run into their answers ('Wie messen Sie das? Wir zählen …'), three at
    least, two of them addressed to the interviewee and answered in the first person: an interview whose
    question marking was lost. (A guide's questions to its readers are answered by others: 'Experten raten …')"""
    turns = [m for b in c.doc.blocks if b.kind == "paragraph" and (m := _INLINE_QUESTION.match(b.text))]
    spoken = sum(_spoken_turn(m.group("q"), m.group("a")) for m in turns)
    return len(turns) >= 3 and spoken >= 2


# (the turn follows its label on the same line, or the label ends the line and its turn begins the next)
_TURN_LABEL = r"(?P<label>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,2}):(?:\s+\S|\s*$)"
# A speaker's label right after a question mark: the answer's turn run into the question ('… ?Beck: Ich …'). Not after a
# quoted question ('?“ Rolfs Antwort:'), which a reporter tells.
_ANSWER_AFTER_QUESTION = re.compile(r"\?\s*" + _TURN_LABEL)
_LABEL_ANYWHERE = re.compile(r"(?<![\w'’.-])" + _TURN_LABEL)


def answered_turns(c: KindContext) -> bool:
    """Questions answered under a speaker's label in the same paragraph, the turns' line breaks lost: the same label
    twice ('…?Roth: …' … '…?Roth: …'), or a named person's once beside the interviewer's own label ('Anna Beck: Wie …?
    Tim Roth: Ich …')."""
    texts = [b.text for b in c.doc.blocks if b.kind in ("paragraph", "answer")]
    answers = [m.group("label") for text in texts for m in _ANSWER_AFTER_QUESTION.finditer(text)]
    if len(answers) >= 2 and len(set(answers)) == 1:
        return True
    people = {m.group("label") for text in texts for m in _LABEL_ANYWHERE.finditer(text) if is_person_name(m.group("label"))}
    return any(is_person_name(label) for label in answers) and len(people) >= 2


# The letters or words that label a question's and an answer's turn: 'Q.', 'A:', 'Frage:', 'Antwort:'.
_TURN_MARK = re.compile(r"(?:^|(?<=\s))(?P<mark>Q|A|F|Frage|Antwort|Question|Answer)[.:]\s+")
_QUESTION_MARKS = {"Q", "F", "Frage", "Question"}


def _marked_turns(text: str) -> list[tuple[str, str]]:
    """'Q. Wie …? A. Ich …' → [('Q', 'Wie …?'), ('A', 'Ich …')]: the labelled turns in a run of text."""
    marks = list(_TURN_MARK.finditer(text))
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(m.group("mark"), text[m.end():end].strip()) for m, end in zip(marks, ends)]


def run_in_marked_turns(c: KindContext) -> bool:
    """Questions and answers under their letters ('Q. … ? A. …') run into one paragraph, the turns' line breaks lost:
    three questions answered at least, two of them addressed to the interviewee and answered in the first person (a
    FAQ's answers speak of the organisation)."""
    turns = [_marked_turns(p) for p in c.paragraphs]
    pairs = [(q, a) for run in turns for (qm, q), (am, a) in zip(run, run[1:])
             if qm in _QUESTION_MARKS and am not in _QUESTION_MARKS and q.rstrip(" \"“”'").endswith("?")]
    return len(pairs) >= 3 and sum(_spoken_turn(q, a) for q, a in pairs) >= 2


def numbered_interview(c: KindContext) -> bool:
    """Numbered questions to one interviewee ('1. How did you …?' / 'I started …'): three at least, two of
    them addressed to the interviewee and answered in the first person, none by a labelled speaker (a
    release's FAQ has experts answer under their names)."""
    blocks = c.doc.blocks
    if any(b.kind == "answer" and b.label for b in blocks):
        return False
    pairs = [(a, b) for a, b in zip(blocks, blocks[1:]) if a.kind == "question" and a.number
             and a.text.rstrip().endswith("?") and b.kind in ("paragraph", "answer")]
    spoken = sum(_spoken_turn(a.text, b.text) for a, b in pairs)
    return len(pairs) >= 3 and spoken >= 2


def interview_lead(c: KindContext) -> bool:
    """The lead speaks of an interview ('… im Interview der dpa'): weak, news quote interviews."""
    lead = " ".join(b.text for b in c.doc.blocks[:4] if b.kind == "paragraph")
    return bool(_INTERVIEW_PHRASE.search(lead))


_TITLE_INTERVIEW = re.compile(r"\b(?:interview|gespräch|q&a)\s+(?:with|mit)\b|^(?:interview|im gespräch)\s*:", re.I)
_HOST_SPEAKS = re.compile(rf"^(?:[A-ZÄÖÜ][\w'’-]+\s+){{1,3}}{SPEAKS_WITH}\s+[A-ZÄÖÜ]|"
                          r"^(?:Host|Moderator(?:in)?|Moderation|Gastgeber(?:in)?)\s*:\s*[A-ZÄÖÜ].{0,80}?"
                          r"\b(?:Guests?|Gäste|Gast|Gesprächspartner(?:in)?)\s*:")


def announced_conversation(c: KindContext) -> bool:
    """The title announces an interview ('Exclusive Interview with Dr. X', 'Im Gespräch mit …') or the lead
    says who speaks with whom ('Anna Beck speaks with Tim Roth of …', 'Host: X. Guests: Y, …'): a podcast's,
    a radio show's or a site's interview."""
    title = c.header.title or ""
    leads = [b.text for b in c.doc.blocks[:5] if b.kind == "paragraph"]
    return bool(_TITLE_INTERVIEW.search(title)) or any(_HOST_SPEAKS.match(text) for text in leads) \
        or any(_QUESTIONS_FOR.match(text) for text in [title, *_short_lines(c)])


# A podcast's or a show's episode: 'Podcast', 'Episode 12', 'Show Notes', 'Shownotes', 'Folge 24'.
_EPISODE = re.compile(r"\b(?:[Pp]odcasts?|PODCASTS?|[Ee]pisodes?|EPISODES?|[Ss]how\s?[Nn]otes|SHOW\s?NOTES|Shownotes|"
                      r"Folge\s+\d{1,4})\b")
# The transcript's label, alone or as its link ('Transcript', 'Transkript anzeigen'), wherever a copy put its line break.
_TRANSCRIPT_LABEL = re.compile(r"(?:^|(?<=\s))(?:Transcript|Transkript|TRANSCRIPT|TRANSKRIPT)"
                               r"(?:\s+(?:anzeigen|ansehen|lesen|show|read))?(?=\s|$)")


def episode_transcript(c: KindContext) -> bool:
    """An episode of a podcast or show with its transcript ('Episode Date …' / 'Transcript' / 'Hey, welcome …'): the
    recorded conversation written out, whether or not its speakers are labelled. (A document host's 'Transkription von
    Seiteninhalten' over a PDF's text names no episode.)"""
    return any(_heads_transcript(text) for text in c.printed_lines) \
        and any(_EPISODE.search(text) for text in c.printed_lines)


def _heads_transcript(line: str) -> bool:
    """The label on a line of its own, or, where a copy joined the lines, between a sentence's end and the next
    sentence; 'Das Transkript der Sitzung' in a report's sentence is no episode's transcript."""
    line = line.strip()
    if (m := _TRANSCRIPT_LABEL.match(line)) and m.end() == len(line):
        return True
    return any(re.match(r"\s+[A-ZÄÖÜ\"„“]", line[m.end():]) and re.search(r"(?:^|[.!?:)\]])\s*$", line[:m.start()])
               for m in _TRANSCRIPT_LABEL.finditer(line))


# A counted set of questions put to someone named, an interview's title: '5 Questions for Anna Beck', 'Drei Fragen an
# Dr. Roth'. (Not 'Fünf Fragen an die Politik': the questions go to a person, written with a capital.)
_QUESTIONS_FOR = re.compile(r"^\W*(?i:\d{1,2}|three|four|five|six|seven|eight|nine|ten|drei|vier|fünf|sechs|sieben|acht|"
                            r"neun|zehn)\s+(?i:questions|fragen)\s+(?i:for|to|with|an|für|mit)\s+[A-ZÄÖÜ]")


def _short_lines(c: KindContext) -> list[str]:
    """The headings and short paragraphs of the first blocks: where a title or a section's heading stands."""
    return [b.text for b in c.doc.blocks[:40] if b.kind == "heading" or (b.kind == "paragraph" and len(b.text) <= 100)]


# --- press release: issued by the organisation itself -----------------------------------------

def press_portal_host(c: KindContext) -> bool:
    """Published on (or distributed by) a press-release portal."""
    return bool(press_portal(host_of(c.url)) or (c.distributor and c.distributor in PRESS_PORTALS.values()))


def press_office(c: KindContext) -> bool:
    """A press office or contact line, a contact block, an expert-reaction title, an institution's
    own photo credit (`signals.press_release_signals`)."""
    return bool(press_release_signals(c.doc, c.header, c.header.title))


_RELEASE_APPARATUS = re.compile(r"^(?:(?:originalpublikation|originalveröffentlichung|original publication|publikation|"
                                r"journal reference|fachartikel|wissenschaftliche ansprechpartner\w*|"
                                r"media contacts?|pressekontakt)\s*:?|###|-ends-|- ende -)\s*$|"
                                r"^(?:release\s+date|date\s+of\s+release)\s*:\s*\S", re.I)
# A note addressed to the newsrooms that receive the text: 'Note to Editors: …', 'Hinweis für Redaktionen:'.
_TO_EDITORS = re.compile(r"^(?:notes?\s+(?:to|for)\s+editors|editors['’]?\s+notes?|"
                         r"hinweise?\s+(?:für|an)\s+(?:die\s+)?redaktion(?:en)?|für\s+(?:die\s+)?redaktion(?:en)?)\s*:", re.I)
# People offered to the press: '… are available to discuss …', 'stehen als Gesprächspartner zur Verfügung'.
_EXPERT_OFFER = re.compile(
    r"\b(?:(?:is|are)\s+available\s+(?:to\s+(?:discuss|comment|talk|speak)|for\s+(?:interviews?|comment))|"
    r"can\s+(?:talk|speak|comment)\s+(?:about|on)|to\s+(?:speak|talk)\s+with\s+\w+,\s+contact|"
    r"(?:steh(?:t|en)|stünden)\s+(?:\w+\s+){0,6}(?:für\s+(?:Interviews?|Rückfragen|Gespräche)|"
    r"als\s+(?:Gesprächs|Interview)partner\w*)\s+(?:\w+\s+){0,3}zur\s+Verfügung)", re.I)
# An organisation's closing self-description: 'X ist ein mittelständisches Unternehmen …',
# 'X is a leading provider of …', or a heading 'Über X' / 'About X'.
_PROFILE = re.compile(
    r"^(?:[A-ZÄÖÜ][\w&.-]*\s+){1,6}(?:ist|is)\s+(?:(?:ein|eine|einer\s+der|eines\s+der|a|an|one\s+of\s+the|the)\s+)"
    r"(?:\S+\s+){0,6}?(?:\w*unternehmen|\w*verband|\w*verein|\w*gesellschaft|\w*institut|\w*anbieter|\w*hersteller|"
    r"\w*organisation|\w*stiftung|\w*konzern|\w*gruppe|compan(?:y|ies)|provider|manufacturer|organi[sz]ation|"
    r"institute|association|society|foundation|group|firm|maker|developer|nonprofit|non-profit)\b")
_ABOUT_HEADING = re.compile(r"^(?:über|about)\s+(?:(?:die|den|das|the)\s+)?[A-ZÄÖÜ][\w&.-]*(?:\s+[\w&.-]+){0,5}\s*:?$", re.I)
# A release's opening date and place: '13. September 2016 – Düsseldorf. …', 'Sülbeck, Germany' / 'May 20, 2009'.
_DATE_PLACE_LEAD = re.compile(
    r"^(?:\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.)\s*\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*[-–—,/]\s*"
    r"[A-ZÄÖÜ][\w-]+(?:[ ,]+[A-ZÄÖÜ][\w.-]+){0,2}\s*[.:–—-]\s+\S")
_PLACE_LINE = re.compile(r"^[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?,\s+[A-ZÄÖÜ][\w.]+(?:\s+[A-ZÄÖÜ][\w.]+)?$")
_DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.)\s*\d{4})$")


def release_apparatus(c: KindContext) -> bool:
    """What only a release carries: 'Originalpublikation:', 'Media contact', 'Release Date: …', the end mark '###'. (An 'About
    <organisation>' section is no sign: brochures and slide decks have one too.)"""
    for line in c.doc.lines:
        text = line.strip()
        if _RELEASE_APPARATUS.match(text) or _RELEASE_APPARATUS.match(text.strip("*_ ")):
            return True
    return False


# The kind word alone on a line near the top, as a site labels the text: '· Pressemitteilung', 'News Release',
# '> Medienmitteilung'. (A breadcrumb 'Startseite › Pressemitteilungen' is the site's menu and does not count.)
_KIND_WORD_LINE = re.compile(r"^[\W_]*(?:Pressemitteilung(?:en)?|Pressemeldung(?:en)?|Presseinformation(?:en)?|"
                             r"Medienmitteilung(?:en)?|(?:Press|News|Media)\s+[Rr]eleases?|PRESSEMITTEILUNG|"
                             r"(?:PRESS|NEWS|MEDIA)\s+RELEASE)[\W_]*$")


# The kind word in the singular, one field of a label line: '13 Mai | Pressemitteilung | Beispielverband e.V.'.
_RELEASE_WORD = re.compile(r"^(?:Pressemitteilung|Pressemeldung|Presseinformation|Medienmitteilung|Medieninformation|"
                           r"(?:Press|News|Media)\s+[Rr]elease|PRESSEMITTEILUNG|(?:PRESS|NEWS|MEDIA)\s+RELEASE)$")
# the separators of such a line: a bar, a bullet, a slash or a dash between spaces, or a capital I standing for a bar
_LABEL_FIELDS = re.compile(r"\s*\|\s*|\s+[I·•/–—-]\s+")


def _labelled_release(line: str) -> bool:
    """A label line of several fields, one of them the release's kind word in the singular. (A menu names its section in
    the plural, 'Pressemitteilungen'; a breadcrumb's arrows are no separators here.)"""
    fields = [f.strip(" *_") for f in _LABEL_FIELDS.split(line.strip())]
    return len(fields) >= 2 and any(_RELEASE_WORD.match(f) for f in fields)


def release_label(c: KindContext) -> bool:
    """A line near the top that is only the release's kind word, whatever marks surround it ('· Pressemitteilung'), or one
    field of a label line beside the date and the issuer ('13 Mai | Pressemitteilung | Beispielverband')."""
    return any(_KIND_WORD_LINE.match(line.strip()) or _labelled_release(line) for line in c.doc.lines[:40])


# The issuer's leave to print the text or its pictures: 'Abdruck honorarfrei', 'Belegexemplar erbeten', 'Veröffentlichung
# honorarfrei bei Link zu …', 'Free for editorial use', 'For immediate release'. An outlet sells its stories; an organisation
# gives its own away.
_REPRINT_LEAVE = re.compile(
    r"\bhonorarfrei\b|\bBelegexemplar|\b(?:Abdruck|Nachdruck|Veröffentlichung)\s+(?:\w+\s+){0,2}?(?:kostenfrei|frei)\b|"
    r"\bzur\s+(?:honorarfreien|kostenfreien|freien)\s+(?:Veröffentlichung|Verwendung|Nutzung)\b|"
    r"\bfree\s+(?:of\s+charge\s+)?for\s+(?:editorial|press|media)\s+(?:use|purposes)\b|\bfor\s+immediate\s+release\b", re.I)


def reprint_leave(c: KindContext) -> bool:
    """The issuer lets the press print the text or its pictures for free ('Abdruck honorarfrei', 'For immediate release'),
    anywhere in the text or in the lines the cleaner took out."""
    return any(_REPRINT_LEAVE.search(text) for text in c.printed_lines)


# A press office's own mailbox: 'presse@beispiel.de', 'media.relations@example.org', 'pressestelle@…'.
_PRESS_MAILBOX = re.compile(rf"\b(?:{alternation(PRESS_MAILBOX_NAMES)})(?:[._-]\w+)?@[\w-]+(?:\.[\w-]+)+", re.I)


def press_mailbox(c: KindContext) -> bool:
    """The issuer's press office gives its mailbox for questions: a release's contact; a newsroom gives its reporters'."""
    return any(_PRESS_MAILBOX.search(text) for text in c.printed_lines)


def note_to_editors(c: KindContext) -> bool:
    """'Note to Editors: …': written for the newsrooms that receive it."""
    return any(_TO_EDITORS.match(line.strip().strip("*_ ")) for line in c.doc.lines)


def expert_offer(c: KindContext) -> bool:
    """Experts offered to reporters: '… are available to discuss', 'steht für Interviews zur Verfügung'."""
    return any(_EXPERT_OFFER.search(p) for p in c.paragraphs)


def organisation_profile(c: KindContext) -> bool:
    """The organisation describes itself in the second half ('X ist ein … Unternehmen', 'About X'):
    a release's boilerplate. Not in a PDF, where a brochure's or report's profile says nothing."""
    if c.doc.format == "pdf":
        return False
    blocks = c.doc.blocks
    tail = blocks[len(blocks) // 2:]
    return any(b.kind == "paragraph" and _PROFILE.match(b.text) for b in tail) \
        or any(b.kind == "heading" and _ABOUT_HEADING.match(b.text) for b in tail)


def date_place_lead(c: KindContext) -> bool:
    """The text opens with its date and place ('13. September 2016 – Düsseldorf. …') or a place line
    over a date line, as a release does; a newspaper's dateline names the place alone."""
    paragraphs = [b for b in c.doc.blocks[:6] if b.kind == "paragraph"]
    if paragraphs and _DATE_PLACE_LEAD.match(paragraphs[0].text):
        return True
    lines = [line.strip() for line in c.doc.lines[:6] if line.strip()]
    return any(_PLACE_LINE.match(a) and _DATE_LINE.match(b) for a, b in zip(lines, lines[1:]))


# Any release wire's name between slashes before the dash of its dateline: '/Beispielwire.com/ --'.
_SLASH_WIRE = re.compile(r"/\s*[A-Z][\w.]*[Ww]ire(?:\.com)?\s*/\s*(?:--|[-–—])")


# news aktuell's original-text service in a dateline ('Musterstadt (ots) -', '(ots/Beispielverband)'): the service carries
# texts as their issuers wrote them.
_OTS_CREDIT = re.compile(r"(?:^|\s)\((?:ots|OTS)(?:/[^()]{1,40})?\)(?=\s|$|[-–—.:])")


def _release_wire(name: str | None) -> bool:
    """A release wire's name ('PRWEB', 'Business Wire'): a service that carries what organisations issue, not news."""
    return bool(name) and alnum(name.split("-")[0]) in WIRE_SERVICES


def wire_dateline(c: KindContext) -> bool:
    """A release wire's dateline: '(GLOBE NEWSWIRE) --', '/PRNewswire/ --', '(ots)', and any wire's so written; or a wire in the
    place of a dateline's agency, whatever follows it ('BEISPIELSTADT, Iowa (PRWEB) May 1, 2015 --')."""
    return bool(wire_service(c.doc)) or any(_SLASH_WIRE.search(line) or _OTS_CREDIT.search(line) for line in c.doc.lines[:60]) \
        or _release_wire(read_dateline(c.doc)[1])


# An embargo: 'EMBARGOED FOR RELEASE: …', 'Embargoed until …', 'Sperrfrist: …'.
_EMBARGO = re.compile(r"\bEMBARGO(?:ED)?\b|\bEmbargo(?:ed)?\s+(?:for|until|till|bis)\b|\bSperrfrist\b|\bSPERRFRIST\b")


def embargo(c: KindContext) -> bool:
    """A text under embargo: handed to the press before it may be published, as releases (and press copies of
    reports) are."""
    return any(_EMBARGO.search(line) for line in c.doc.lines)


# A person's full academic titles: 'Prof. Dr. Anna Beck', 'Tim Roth, Ph.D.', ', M.D.', 'Dr. med.'.
_FULL_TITLES = re.compile(r"\bProf\.\s*Dr\.|,\s*(?:Ph\.\s?D\.|M\.D\.)|\bDr\.\s*(?:med\.|rer\.|phil\.|-Ing\.)")


def full_titles(c: KindContext) -> bool:
    """Someone named with their full academic titles ('Prof. Dr. …', '…, Ph.D.'): an institution honours its own people
    so; the press shortens a name to 'Professor Beck' or 'Beck'."""
    return any(_FULL_TITLES.search(p) for p in c.paragraphs)


def today_announced(c: KindContext) -> bool:
    """'The Beispiel Institute today announced …'."""
    return bool(announcing_org(c.doc))


# Quoted speech, left out where the text's own voice is read: „…“, "…", “…”, »…«.
_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»", re.S)
# A quotation left open: English carries a quotation over several paragraphs, opening each with its mark and closing only
# the last ('“We are …' / '“Our staff …”'); an opening mark that nothing closes quotes the rest of its paragraph.
_OPEN_QUOTE = re.compile(r"[„“\"»«].*", re.S)


def unquoted(paragraph: str) -> str:
    """The paragraph without its quotations, closed or left open to the paragraph's end."""
    return _OPEN_QUOTE.sub(" ", _QUOTED.sub(" ", paragraph))


# 'wir', 'unser', 'we', 'our' (and lower-case 'us', not 'US')
_WE = re.compile(r"\b(?:[Ww]ir|[Uu]ns|[Uu]nser\w*|[Ww]e|[Oo]ur|us)\b")


def own_voice(c: KindContext) -> bool:
    """The text speaks as 'we' outside its quotations twice at least ('Wir laden ein …', 'our partners'):
    the issuer speaks for itself, in its release or its publication. A reporter writes of an
    organisation in the third person and leaves 'we' to the people quoted."""
    return sum(len(_WE.findall(p)) for p in c.unquoted_paragraphs) >= 2


# A date alone on its line: '16.12.2013', '4. April 2011', 'April 10, 2020', '2013-05-23'.
_DATE_ALONE = re.compile(r"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\s+\d{4}|"
                         r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)\s*$")


def dated_without_byline(c: KindContext) -> bool:
    """A date alone on a line at the top and no byline: an organisation's news list dates its texts so;
    a newspaper puts the date beside its reporter's name or the time of the day."""
    return not c.header.authors and any(_DATE_ALONE.match(line) for line in c.doc.lines[:10])


# --- slides, a publication's PDF text ---------------------------------------------------------

def publication_cover(c: KindContext) -> bool:
    """The text opens with a publication's cover ('Jahresbericht 2013', 'Annual Report 2023')."""
    return cover_title(c.doc.lines) is not None


# A printer's colour bar left in the text of a print PDF: 'C M Y CM MY CY CMY K'.
_PRINTER_MARKS = re.compile(r"^(?:(?:C|M|Y|K|CM|MY|CY|CMY|CMYK)\s+){3,}(?:C|M|Y|K|CM|MY|CY|CMY|CMYK)$")


def document_host(c: KindContext) -> bool:
    """The page of a document host showing a PDF's text: the cleaner took its controls out
    ('Transkript', 'Page content transcription'; `clean.drop_document_host_lines`)."""
    return any(item.reason == "document-host" for item in c.doc.removed)


# A print file's slug line: the PDF's file name beside its trim size, colour space or time stamp
# ('heft_03.pdf; s1; (210.00 x 297.00 mm); 12.Mar 2020 10:15:02; PDF-CMYK').
_PRINT_FILE = re.compile(r"\S\.pdf\b", re.I)
_PRINT_SLUG = re.compile(r"\d+(?:[.,]\d+)?\s*[x×]\s*\d+(?:[.,]\d+)?\s*mm\b|\bCMYK\b|\b\d\d:\d\d:\d\d\b")


def printer_marks(c: KindContext) -> bool:
    """A printer's colour bar or a print file's slug line: the text of a print PDF."""
    return any(_PRINTER_MARKS.match(line.strip()) for line in c.doc.lines[:40]) \
        or any(_PRINT_FILE.search(line) and _PRINT_SLUG.search(line) for line in c.doc.lines[:60])


def page_numbers(c: KindContext) -> bool:
    return page_numbered(c.doc)


def headings_with_edition(c: KindContext) -> bool:
    """An edition ('Ausgabe 1/2025') and many headings: a magazine's or report's text."""
    return bool(c.header.edition) and c.density >= 0.15


def headings_in_pdf(c: KindContext) -> bool:
    return c.doc.format == "pdf" and c.density >= 0.25


_CONTENTS_ENTRY = re.compile(r"\s(?:Seite|S\.|Page|p\.)\s*\d{1,3}$", re.I)


def contents_listing(c: KindContext) -> bool:
    """A table of contents ('WOHNEN AN DER GRENZE Seite 6', 'Annual results Page 12'): three entries at least."""
    lines = [line for b in c.doc.blocks[:40] for line in (b.items if b.kind == "list" else [b.text])]
    return sum(bool(_CONTENTS_ENTRY.search(strip_markup(line).strip())) for line in lines) >= 3


_PAGE_REFERENCE = re.compile(r"(?:\bS\.|\bSeite|\bPage|\bp\.)\s*\d{1,3}\b")


# A print page's jump line: '(continued on page 2)', 'Fortsetzung auf Seite 3', 'weiter auf S. 4'.
_JUMP_LINE = re.compile(r"\b(?:continued\s+(?:on|from)\s+(?:page|p\.)|(?:Fortsetzung|weiter)\s+(?:auf|von)\s+(?:Seite|S\.))"
                        r"\s*\d{1,3}\b", re.I)


# A print page's running head or foot: its number between the fields of the publication's name ('Seite 2 | Beispielverein |
# Jahresbericht 2016', 'Annual Report 2020 | Page 14').
# (the publication's field carries its year: a site's pagination 'News | Page 2' does not)
_RUNNING_FOOT = re.compile(r"\b(?:Seite|Page)\s+\d{1,3}\s*\|(?:[^|\n]{2,60}\|)?\s*[A-ZÄÖÜ][^|\n]{1,60}\b(?:19|20)\d\d\b|"
                           r"\|\s*[A-ZÄÖÜ][^|\n]{1,60}\b(?:19|20)\d\d\s*\|\s*(?:Seite|Page)\s+\d{1,3}\b")


def page_references(c: KindContext) -> bool:
    """Three page references at the top, also run together in one line ('Thema der Woche S. 2 … S. 3 …'):
    a publication's contents, whatever became of its layout. Or one jump line ('continued on page 2') or one running
    head or foot with its page number ('Seite 2 | Verein | Jahresbericht 2016'): pages exist only in print."""
    return sum(len(_PAGE_REFERENCE.findall(line)) for line in c.doc.lines[:60]) >= 3 \
        or any(_JUMP_LINE.search(line) or _RUNNING_FOOT.search(line) for line in c.doc.lines)


# An issue in the first lines, followed by its date or a separator: 'Ausgabe Nr. 13, 3. April 2017', 'Issue 7 | Page 8',
# 'NUMBER 87 MARCH/APRIL 2020'. (A release's own number 'Pressemitteilung Nr. 92/2011' is no issue, nor a journal's
# issue the text mentions: 'erscheint in Heft 3 der Zeitschrift'.)
_ISSUE = re.compile(r"\b(?:Ausgabe|AUSGABE|Issue|ISSUE|Number|NUMBER|Heft|HEFT)\s+(?:(?:Nr|No)\.?\s*)?\d{1,3}\b"
                    r"(?=\s*(?:[|,/–—-]|$|(?:\d{1,2}\.\s*)?(?i:(?:[a-zäöü]+\s*/\s*)?(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|"
                    r"sep|okt|oct|nov|dez|dec|spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst))|\d{4}\b))")


def issue_line(c: KindContext) -> bool:
    """The text opens with its issue number: a newsletter's or magazine's. A running head the cleaner took out
    ('The Winning Edge Issue 7 | Page 8') is the issue's own line too. (Not a clipping's note of the paper and issue
    that printed the story: `clipping_reference`.)"""
    heads = [item.text for item in c.doc.removed if item.reason == "running-head"]
    # the opening lines, and the opening paragraphs for a cover whose long line a PDF tool wrapped
    opening = [*[line for line in c.doc.lines if line.strip()][:6], *[b.text for b in c.doc.blocks[:6]]]
    return any(_ISSUE.search(_CLIPPING.split(line)[0]) for line in [*opening, *heads])


# A story reprinted from a newspaper names where it appeared: 'Erschienen: Beispieler Wochenblatt, Ausgabe 51 2014',
# 'Erschienen in der Musterstädter Zeitung', 'By Anna Beck, published in the Example Times March 30, 2014'.
_CLIPPING = re.compile(r"(?:^|(?<=[\s,.;|]))(?:Erschienen(?:\s+(?:in|im|am))?(?:\s+(?:der|dem|den))?\s*:?|"
                       r"(?:[Oo]riginally\s+)?[Pp]ublished\s+in\s+the|Zuerst\s+erschienen\s+in(?:\s+(?:der|dem))?)"
                       r"\s+(?=[A-ZÄÖÜ])")


def clipping_reference(c: KindContext) -> bool:
    """A note of the newspaper that printed the text ('Erschienen: Beispieler Wochenblatt, Ausgabe 51'), opening a line
    or following the byline: a newspaper's story shown on someone's site. (Not 'published in the journal …' in a
    sentence: the note stands alone.)"""
    for text in c.doc.lines:
        for match in _CLIPPING.finditer(text):
            before = text[:match.start()].strip()
            if (not before or _BY.match(before)) and not re.match(r"(?i)journal\b", text[match.end():]):
                return True
    return False


_SPEECH = re.compile(r"\b(?:Es\s+gilt\s+das\s+gesprochene\s+Wort|Check\s+against\s+delivery)\b", re.I)


def speech_manuscript(c: KindContext) -> bool:
    """'Es gilt das gesprochene Wort', 'Check against delivery': the manuscript of a speech or statement,
    a document handed out, not a report of it."""
    return bool(_SPEECH.search(" ".join(c.doc.lines)))  # (the phrase may be wrapped over a line end)


# The apparatus of a magazine, report or newsletter, in four groups: its contents, its editorial or foreword,
# its imprint, its issue.
_APPARATUS = (
    re.compile(r"(?:^|\s)(?:Inhalt|INHALT|Inhaltsverzeichnis|INHALTSVERZEICHNIS|Contents|CONTENTS|Table of [Cc]ontents|"
               r"In [Tt]his [Ii]ssue|In dieser Ausgabe)(?:\s|$|:)"),
    # (the salutation to the readers may follow another one: 'Liebe Mitglieder, liebe Leserinnen und Leser')
    re.compile(r"(?:^|\s)(?:Editorial|EDITORIAL|Vorwort|VORWORT|Grußwort|Foreword|FOREWORD|[Ll]iebe Leserinnen und Leser|"
               r"[Ll]iebe Leser|Dear [Rr]eaders?|Dear [Mm]embers|Editor['’]s [Ll]etter|EDITOR['’]S LETTER|"
               r"(?:Letter|Note) from the [Ee]ditor)\b"),
    # the imprint, or the lines of one: who publishes, prints or typesets the issue, and when copy closes
    re.compile(r"(?:^|\s)(?:Impressum|IMPRESSUM|Imprint|IMPRINT|ISSN\s*\d{4}-?\d{3}[\dX]|Herausgeber(?:in)?\s*:|"
               r"Redaktionsschlu(?:ss|ß)|Typeset\s+by|Printed\s+by|Druck\s*:|ISSN[\s:-]*\d{4}\s*-?\s*\d{3}[\dX]|"
               # the imprint's label ending its line, its entry on the next, as a PDF's columns give it
               r"Herausgeber(?:in)?[ \t]*(?:\n|$))"),
    # the issue, or the rhythm it appears in: 'erscheint monatlich', 'a quarterly magazine'
    re.compile(r"\b(?:\d{1,3}\.\s*Jahrgang|Jahrgang\s+\d{1,3}|JAHRGANG|Heft\s+\d{1,2}\b|HEFT\s+\d|Volume\s+\d{1,3}|"
               r"Vol\.\s*\d{1,3}|VOLUME\s+\d|(?i:erscheint\s+(?:\w+\s+){0,2}(?:"
               rf"{alternation(PUBLICATION_FREQUENCIES_DE)})|(?:{alternation(PUBLICATION_FREQUENCIES_EN)})\s+"
               r"(?:magazine|newsletter|journal|bulletin|publication)))"),
)


def publication_apparatus(c: KindContext) -> bool:
    """Two parts of a publication's apparatus (contents, editorial, imprint, issue number): a magazine's,
    report's or newsletter's text, whatever site shows it."""
    text = "\n".join(c.doc.lines[:120])
    return sum(bool(pattern.search(text)) for pattern in _APPARATUS) >= 2


def headings_over_short_lines(c: KindContext) -> bool:
    """Many headings over short lines: bullet points of a slide deck."""
    short = sum(len(p) < 80 for p in c.paragraphs) / len(c.paragraphs) if c.paragraphs else 0.0
    return c.density >= 0.3 and short >= 0.4


# --- news: reported by a newsroom or an agency ------------------------------------------------

def source_line(c: KindContext) -> bool:
    """A 'Quelle: dpa' line (removed by the cleaner)."""
    return any(item.reason == "source" for item in c.doc.removed)


def closing_credit(c: KindContext) -> bool:
    """An agency's closing credit '(dpa/lrs)' in the last blocks."""
    return any(b.kind == "paragraph" and _CREDIT.match(b.text.strip()) for b in c.doc.blocks[-5:]) \
        or any(item.reason == "credit" for item in c.doc.removed)


def news_dateline(c: KindContext) -> bool:
    """'Berlin (dpa) -', 'DULUTH, Minn. –'; not a release wire's dateline (`wire_dateline`)."""
    found, agency = read_dateline(c.doc)
    # (a wire in the credit's place, '(EXWIRE) May 1, 2015 --', is read as no agency: the wire itself says release)
    return found and not _release_wire(agency) and not wire_service(c.doc)


def agency_named(c: KindContext) -> bool:
    """A news agency credited; a release wire in that place is no agency (`wire_dateline`)."""
    agency = agency_credit(c.doc)
    return bool(agency) and not _release_wire(agency)


def newsroom(c: KindContext) -> bool:
    """'(Reporting by Anna Beck; Editing by Tim Roth)'."""
    return newsroom_credit(c.doc)


# A photo credit: '© picture-alliance/dpa', 'Foto: dpa/Anna Beck', 'Photo: AFP / Tim Roth'.
_PHOTO_CREDIT = re.compile(r"(?:^|\s|\()(?:©|\(c\)|Fotos?\s*:|Bild(?:er)?\s*:|Photos?\s*:|Credits?\s*:|F\.\s*:)\s*"
                           r"(?P<credit>[^\n()]{2,60})", re.I)
# Picture agencies that sell news photographs (news agencies are `names.agency_name`).
_PICTURE_AGENCY = re.compile(r"\b(?:picture[- ]?alliance|Getty\s*Images|imago(?:\s+images)?|Keystone)\b", re.I)


def agency_photo(c: KindContext) -> bool:
    """A photo credited to a news or picture agency ('© picture-alliance/dpa', 'Foto: AFP'): an outlet
    illustrates with bought news photographs, an organisation with its own pictures."""
    for text in c.printed_lines:
        for match in _PHOTO_CREDIT.finditer(text):
            credit = match.group("credit")
            if _PICTURE_AGENCY.search(credit) or any(
                    len(part) > 1 and agency_name(part) for part in re.split(r"[\s/,;|]+", credit)[:6]):
                return True
    return False


# The fields of a byline line: '| Anna Beck | Beispieler Zeitung', 'Von Anna Beck, Musterville Tribune'.
_BYLINE_FIELDS = re.compile(r"\s*[|·•,]\s*|\s+[–—-]\s+")
_BY = re.compile(r"^(?:Von|By|Text|Autor(?:in)?:?)\s+", re.I)


def _outlet_byline(line: str) -> bool:
    """A short line of two to four fields: a person's name, and a newspaper's or broadcaster's name."""
    fields = [_BY.sub("", f.strip(" *_")) for f in _BYLINE_FIELDS.split(line.strip()) if f.strip(" *_")]
    if not 2 <= len(fields) <= 4:
        return False
    outlets = [f for f in fields if outlet_masthead(f)]
    return bool(outlets) and any(is_person_name(f) for f in fields if f not in outlets)


def outlet_byline(c: KindContext) -> bool:
    """A byline that names the reporter's paper beside the reporter ('| Anna Beck | Beispieler Zeitung'): the paper's own
    story, wherever it is shown."""
    return any(_outlet_byline(line) for line in c.doc.lines[:25])


def staff_byline(c: KindContext) -> bool:
    """'By Anna Beck, Example Daily Staff': written by the outlet's own reporter."""
    return c.header.staff


# A newspaper speaking of itself: '… sagte sie unserer Zeitung', 'told this newspaper'.
_OWN_NEWSROOM = re.compile(r"\b(?:unserer|dieser)\s+(?:Zeitung|Redaktion)\b|\bgegenüber\s+unserer\s+(?:Zeitung|Redaktion)\b|"
                           r"\b(?:told|said\s+to)\s+this\s+(?:newspaper|paper|reporter)\b")
# An outlet presenting its newsroom around the text: 'Von unserem Redaktionsmitglied …', 'Mehr als 100 Journalistinnen und
# Journalisten berichten für Sie …', 'Zum journalistischen Leitbild', 'our journalists', 'Partner im Redaktionsnetzwerk …'.
_NEWSROOM_PRESENTED = re.compile(
    r"\b[Uu]nser(?:em|e)?\s+Redaktionsmitglied|\bRedaktionsnetzwerk\b|\bjournalistisch\w*\s+(?:Leitbild|Grundsätze|Standards)\b|"
    r"\bJournalist(?:innen|en)\s+(?:und\s+Journalist(?:innen|en)\s+)?berichten\b|"
    r"\b(?:[Oo]ur|[Uu]nsere)\s+(?:journalists|reporters|Journalistinnen|Journalisten|Reporter(?:innen)?)\b")


def own_newsroom(c: KindContext) -> bool:
    """The paper names itself as the one a speaker talked to, or presents its newsroom around the text: written by its
    own reporters. An organisation's press text speaks of no newsroom of its own."""
    return any(_OWN_NEWSROOM.search(p) for p in c.paragraphs) \
        or any(_NEWSROOM_PRESENTED.search(_unquoted_line(text)) for text in c.printed_lines)


def _unquoted_line(text: str) -> str:
    return _QUOTED.sub(" ", text)


# A text that reports what an organisation announced: 'teilte die Universität mit', 'laut einer Pressemitteilung',
# 'said in a statement', 'according to a news release', 'nach eigenen Angaben'. A release speaks for itself and says none of this.
_REPORTED_RELEASE = re.compile(
    r"\b(?:teilte|teilten|teilt)\s+(?:\w+\s+){0,6}?mit\b|"
    r"\b(?:in\s+einer|laut\s+(?:einer\s+)?|wie\s+(?:\w+\s+){0,4}in\s+einer\s+)(?:Presse)?(?:mitteilung|erklärung)\b|"
    r"\b(?:said|says|announced|wrote)\s+in\s+a\s+(?:news\s+|press\s+)?(?:release|statement)\b|"
    r"\baccording\s+to\s+a\s+(?:news\s+|press\s+)?(?:release|statement)\b|"
    # a reporter's reserve about what the organisation says of itself: 'nach eigenen Angaben'
    r"\bnach\s+eigenen\s+Angaben\b|\beigenen\s+Angaben\s+zufolge\b|\bby\s+its\s+own\s+account\b", re.I)


def reported_release(c: KindContext) -> bool:
    """The text reports an organisation's announcement in the third person: a newsroom's text about a release."""
    return any(_REPORTED_RELEASE.search(p) for p in c.paragraphs)


def reported_speech(c: KindContext) -> bool:
    """Reporting verbs: three at least, or two per 1,000 characters."""
    length = sum(map(len, c.paragraphs))
    return c.reporting >= 3 or (c.reporting >= 2 and c.reporting * 1000 >= 2 * length)


# An outlet's page around its text: a paywall, a subscriber flag, 'Diesen Artikel merken'. An organisation
# sells no subscriptions to its own news.
# So are a warning on an archived story ('This article is more than 10 years old') and a photographer credited as
# working for the paper ('Photograph: X for the Guardian'). (Not a reading time or a menu's 'Lokales': any site's
# template may carry those, and the robustness check adds them to releases as well.)
_OUTLET_CHROME = re.compile(r"\b(?:\w*[Pp]aywall|isSubscriber|Abonnent\w*|Diesen\s+Artikel\s+(?:teilen|merken|drucken)|"
                            r"Artikel\s+(?:merken|drucken))\b|\bSubscribe\s+to\s+\S+\s+News\b|"
                            r"\b(?:This|Dieser)\s+(?:article|story|Artikel|Beitrag)\s+(?:is|ist)\s+(?:more|older|mehr|älter)\s+"
                            r"(?:than|als)\s+\w+\s+(?:years?|Jahre)|"
                            r"\b(?:Photograph|Photo|Picture)\s*:\s*[A-Z][^\n:]{2,40}?\s+for\s+(?:the\s+)?[A-Z]\w+")


# A paywall's notice: the article is for subscribers ('Um diesen Artikel zu lesen, benötigen Sie ein Abo', 'Mit einem
# Digital-Abo haben Sie Zugriff auf alle Artikel', 'This story is for subscribers'). (Not a subscription alone: a release
# service offers its 'Abo' of releases.)
_SUBSCRIPTION = r"\b(?:\w+-)?(?:Abo|Abonnement|[Ss]ubscription|[Ss]ubscribers?)\b"
_READING = r"\b(?:Artikel|Beitr[äa]g\w*|lesen|weiterlesen|Zugriff|articles?|stor(?:y|ies)|read|reading|access)\b"
_PAYWALL = re.compile(rf"{_SUBSCRIPTION}[^.!?\n]{{0,80}}?{_READING}|{_READING}[^.!?\n]{{0,80}}?{_SUBSCRIPTION}|"
                      # a metered paywall counting the reader's free stories: 'you have 3 views left', 'noch 2 freie Artikel'
                      r"\b\d{1,2}\s+(?:free\s+)?(?:views|articles|stories)\s+(?:left|remaining)\b|"
                      r"\bnoch\s+\d{1,2}\s+(?:kostenlose|kostenfreie|freie)\s+(?:Artikel|Beiträge)\b", re.I)


def outlet_chrome(c: KindContext) -> bool:
    """A news outlet's page furniture left in the text ('showPaywall:', 'Diesen Artikel teilen'), or its paywall's
    notice."""
    return any(_OUTLET_CHROME.search(text) or _PAYWALL.search(text)
               for text in c.printed_lines)


# A newspaper's reference to its own earlier report: '(wir berichteten)', 'wie berichtet', 'as previously reported'.
_REPORTED_BEFORE = re.compile(r"\(wir\s+berichteten\)|\bwie\s+(?:bereits\s+|schon\s+)?berichtet\b|"
                              r"\bas\s+(?:previously|first|earlier)\s+reported\b", re.I)


def reported_before(c: KindContext) -> bool:
    """The text refers to its outlet's earlier report of the matter: a series of reports is a newsroom's."""
    return any(_REPORTED_BEFORE.search(p) for p in c.paragraphs)


# A person's age beside the name, as the press gives it: 'Michael Kendel (51)', 'Anna Beck, 67, said'.
# (The name may follow a lowercase letter directly: a heading run into it when a copy lost the line break.)
_AGE_BESIDE_NAME = re.compile(r"(?:\b|(?<=[a-zäöüß]))(?P<name>[A-ZÄÖÜ][a-zäöüß-]+\s+[A-ZÄÖÜ][a-zäöüß-]+)"
                              r"(?:\s+\(\d{2}\)(?!\s*[.:]?\s*\d)|,\s+\d{2},\s)")


# A person called by their age, the press's way of not repeating a name: 'der 25-Jährige', 'the 54-year-old'.
_AGE_AS_NAME = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em)\s+\d{2}-[Jj]ährigen?\b|\bthe\s+\d{2}-year-old\b")


def _aged_people(c: KindContext) -> set[str]:
    """The people named with their age beside the name ('Tim Roth (51)', 'Anna Beck, 67,')."""
    return {m.group("name") for line in c.doc.lines for m in _AGE_BESIDE_NAME.finditer(line) if is_person_name(m.group("name"))}


def age_beside_name(c: KindContext) -> bool:
    """A person named with their age ('Tim Roth (51)', 'Anna Beck, 67,') or called by it ('der 25-Jährige'): the press's
    convention; an organisation introduces its people by their role, not their age. (Not a count: 'Die Teilnehmer (38)'.)"""
    return bool(_aged_people(c)) or any(_AGE_AS_NAME.search(p) for p in c.paragraphs)


def ages_of_several(c: KindContext) -> bool:
    """Two people named with their ages at least: the press gives the age of everyone it portrays (in the tuned sets
    5 of 6 such texts were news)."""
    return len(_aged_people(c)) >= 2


# A local paper's dateline forms: the place and a bullet ('MUSTERSTADT ▪ …', 'Musterstadt • …'), or the place and the
# reporter's name ('Musterdorf - Von Anna Beck. …'). Looked for in the first three paragraphs: a photo caption may come first.
_BULLET_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.'’-]+(?:[ /-][A-ZÄÖÜ][\w.'’-]+){0,2}\s*[▪•■]\s+[A-ZÄÖÜ0-9„\"“]")
_REPORTER_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.'’-]+(?:[ /-][A-ZÄÖÜ][\w.'’-]+){0,2}\s*[-–—]\s*(?:Von|By)\s+[A-ZÄÖÜ][\w'’-]+"
                                r"(?:\s+(?:von\s+der|von|van|de)?\s*[A-ZÄÖÜ][\w'’-]+){1,3}\s*[.:]\s")


# The same bullet dateline after words that end no sentence: a subtitle or headline without its full stop that a copy
# ran into the first paragraph ('… findet im Mai statt Musterstadt • Es ist …').
_BULLET_DATELINE_RUN_IN = re.compile(r"\s" + _BULLET_DATELINE.pattern[1:])
_BULLETS = re.compile(r"[▪•■]")


def _bullet_dateline(paragraph: str) -> bool:
    """The paragraph opens with a bullet dateline, or has one in its opening as its only bullet (a menu has several)."""
    opening = paragraph[:300]
    return bool(_BULLET_DATELINE.match(paragraph)) \
        or (len(_BULLETS.findall(opening)) == 1 and bool(_BULLET_DATELINE_RUN_IN.search(opening)))


# A German paper's dateline as a sentence of its own: the place and a full stop opening the lead ('Musterstadt. Der
# Gemeinderat …', 'Bad Beispiel. Motoren heulen …'). A release opens with its date and place or with its subject.
_PLACE_STOP_DATELINE = re.compile(r"(?:(?:Bad|Sankt|St\.)\s+)?[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
                                  r"(?:\s+(?:am|an\s+der|im|in|ob\s+der)\s+[A-ZÄÖÜ][a-zäöüß]+)?\.\s+[A-ZÄÖÜ„\"]")


def _place_stop_dateline(paragraph: str) -> bool:
    """The paragraph opens with a place and a full stop; not with a person's title ('Prof. Roth …')."""
    return bool(_PLACE_STOP_DATELINE.match(paragraph)) and not TITLE_RE.match(paragraph)


def paper_dateline(c: KindContext) -> bool:
    """'ALTENA ▪ Seit …', 'Musterdorf - Von Anna Beck. …', 'Musterstadt. Der …': a newspaper's dateline, with its bullet,
    its reporter or its full stop."""
    return any(_bullet_dateline(p) or _REPORTER_DATELINE.match(p) or _place_stop_dateline(p) for p in c.paragraphs[:3])


# A newspaper writes for the next morning: 'gestern', 'yesterday'; a release speaks of its own day ('heute', 'today').
_YESTERDAY = re.compile(r"\b(?:gestern|vorgestern|yesterday)\b", re.I)


def day_after(c: KindContext) -> bool:
    """The text, outside its quotations, tells what happened 'yesterday': a daily paper's report."""
    return any(_YESTERDAY.search(p) for p in c.unquoted_paragraphs)


_SPEECH_VERB = speech_verb_pattern("so", "laut", "say")
_SPEAKER = r"(?:(?:Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)*[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2}"
# 'sagt Anna Beck', 'Tim Roth said', '…“, so Beck'
_ATTRIBUTIONS = (re.compile(rf"\b(?:{_SPEECH_VERB})\s+(?P<name>{_SPEAKER})"),
                 re.compile(rf"(?P<name>{_SPEAKER})\s+(?:{_SPEECH_VERB})\b"),
                 re.compile(rf"[,“”\"»«]\s*so\s+(?P<name>{_SPEAKER})"))


def _attributes_speech(text: str) -> bool:
    """A quotation attributed to someone by name ('“…,” said Beck', '„…“, sagt Anna Roth'); not an interviewer's
    'Was sagen Sie …?'."""
    if not _QUOTED.search(text):
        return False
    names = (m.group("name").split()[-1] for pattern in _ATTRIBUTIONS[:2] for m in pattern.finditer(text))
    return any(name not in _NO_SPEAKER and not _ADDRESS.fullmatch(name) and len(name) > 2 for name in names)


_NO_SPEAKER = {"Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Man", "He", "She", "They", "It", "The", "We", "I"}


def speakers(c: KindContext) -> set[str]:
    """The last words of the names that speech is attributed to ('sagt Anna Beck', 'Roth said'): who speaks."""
    names = set()
    for paragraph in c.paragraphs:
        for pattern in _ATTRIBUTIONS:
            for match in pattern.finditer(paragraph):
                last = match.group("name").split()[-1]
                if last not in _NO_SPEAKER and len(last) > 2:
                    names.add(last)
    return names


def several_speakers(c: KindContext) -> bool:
    """Speech attributed to three people by name at least: a reporter gathers voices; a release quotes its own
    one or two."""
    return len(speakers(c)) >= 3


def signed_report(c: KindContext) -> bool:
    """A byline above a text that reports speech: a reporter's story. A release is signed by no one, and a column's
    author speaks for themself rather than quoting others (in the tuned sets 12 of 16 such texts were news)."""
    return reported_speech(c) and signed_above(c.doc, c.header)


# --- article: an author's voice ----------------------------------------------------------------

# The narrator in the first person singular: 'ich', 'mein', 'I', 'my'.
_I = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|my|me|ich|mich|mir|mein\w*)\b")


# The byline names the genre: 'Ein Gastbeitrag von Anna Beck', 'Ein Kommentar von …', 'A guest post by …', 'Essay by …'.
_GENRE_BYLINE = re.compile(
    r"^(?:(?:Ein|Eine)\s+)?(?:Gastbeitrag|Gastkommentar|Kommentar|Kolumne|Essay|Meinungsbeitrag|Glosse)\s+(?:von|by)\s+[A-ZÄÖÜ]|"
    r"^(?:(?:A|An)\s+)?(?:[Gg]uest\s+(?:post|column|essay|commentary|blog)|[Oo]p-[Ee]d|[Ee]ssay|[Cc]ommentary|[Cc]olumn|"
    r"[Oo]pinion)\s+by\s+[A-Z]")


def genre_byline(c: KindContext) -> bool:
    """A byline that names the genre ('Ein Gastbeitrag von …', 'A guest column by …'): the author's piece,
    declared as the kind word of a header declares it."""
    return any(_GENRE_BYLINE.match(line.strip().strip("*_ ")) for line in c.doc.lines[:30])


def narrator(c: KindContext) -> bool:
    """The text speaks as 'I' outside its quotations twice at least ('Seit Jahren bin ich …', 'I have not
    covered …'): an author's column, essay or blog post. A release speaks as 'we', a report leaves 'I' to
    the people it quotes."""
    return sum(len(_I.findall(p)) for p in c.unquoted_paragraphs) >= 2


def storyteller(c: KindContext) -> bool:
    """The text speaks as 'I' four times at least outside every quotation, also one carried over several paragraphs
    (`unquoted`): the author tells their own experience, as a blog post or a column does. A release speaks as 'we',
    and a report's 'I' belongs to the people it quotes. (Only in paragraphs of running text: a teaser list's headlines
    speak as their readers, 'Sollte ich …?')"""
    return sum(len(_I.findall(unquoted(p))) for p in c.paragraphs if len(p) >= 150) >= 4


def says_not_said(c: KindContext) -> bool:
    """English quotes attributed in the present, 'says' twice at least, and never 'said': a feature's or
    magazine piece's timeless voice; news reports what was said."""
    text = " ".join(c.paragraphs)
    return len(re.findall(r"\bsays\b", text)) >= 2 and not re.search(r"\bsaid\b", text)


# --- the header's kind word, for whichever kind it names --------------------------------------

def _kind_word(kind: str) -> Callable[[KindContext], bool]:
    def named(c: KindContext) -> bool:
        return c.header.kind == kind
    named.__name__ = f"kind_word_{kind}"
    named.__doc__ = f"The header names the text a {kind} ('Pressemitteilung', 'Interview', …)."
    return named


# (signal, kind it votes for, weight); a signal gives True/False or a count
FEATURES: list[tuple[Callable[[KindContext], bool | float], str, float]] = [
    (declared_interview, "interview", 20),
    (labelled_turns, "interview", 20),
    (speaker_turns, "interview", 20),
    (editors_note, "interview", 20),
    (dialogue_turns, "interview", 20),
    (first_person_answer, "interview", 12),
    (inline_turns, "interview", 12),
    (numbered_interview, "interview", 12),
    (answered_turns, "interview", 12),
    (run_in_marked_turns, "interview", 12),
    (asks_the_interviewee, "interview", 4),
    (labelled_question, "interview", 3),
    (interview_lead, "interview", 2),
    (addresses_by_name, "interview", 3),
    (announced_conversation, "interview", 5),
    (episode_transcript, "interview", 12),
    (question_answer_pairs, "interview", 1.5),
    (_kind_word("press_release"), "press_release", 10),
    (press_portal_host, "press_release", 7),
    (press_office, "press_release", 7),
    (wire_dateline, "press_release", 7),
    (release_apparatus, "press_release", 5),
    (today_announced, "press_release", 7),
    (note_to_editors, "press_release", 5),
    (press_mailbox, "press_release", 5),
    (reprint_leave, "press_release", 5),
    (release_label, "press_release", 5),
    (embargo, "press_release", 5),
    (expert_offer, "press_release", 5),
    (organisation_profile, "press_release", 3),
    (date_place_lead, "press_release", 3),
    (dated_without_byline, "press_release", 2),
    (full_titles, "press_release", 2),
    # The issuer's own voice: a release's, or a publication's (slides need their own evidence beside it;
    # a tie goes to the release).
    (own_voice, "press_release", 2),
    (own_voice, "slides", 2),
    (_kind_word("slides"), "slides", 10),
    (page_numbers, "slides", 6),
    (document_host, "slides", 6),
    (printer_marks, "slides", 6),
    (publication_cover, "slides", 6),
    (headings_with_edition, "slides", 5),
    (headings_in_pdf, "slides", 5),
    (headings_over_short_lines, "slides", 5),
    (contents_listing, "slides", 6),
    (publication_apparatus, "slides", 6),
    (page_references, "slides", 6),
    (issue_line, "slides", 6),
    (speech_manuscript, "slides", 6),
    # (No vote for the header's 'News', 'Aktuelles', 'Meldung': a site's section label, which an organisation's news page
    # carries as often as a newsroom's; in the tuned sets it stood over releases only.)
    (_kind_word("article"), "article", 10),
    (source_line, "news", 3),
    (closing_credit, "news", 3),
    (news_dateline, "news", 3),
    (agency_named, "news", 3),
    (agency_photo, "news", 3),
    (newsroom, "news", 3),
    (staff_byline, "news", 3),
    (outlet_byline, "news", 3),
    (own_newsroom, "news", 3),
    (reported_speech, "news", 2),
    (signed_report, "news", 2),
    (reported_release, "news", 3),
    (outlet_chrome, "news", 3),
    (reported_before, "news", 3),
    (clipping_reference, "news", 3),
    (age_beside_name, "news", 2),
    (ages_of_several, "news", 2),
    (several_speakers, "news", 2),
    (paper_dateline, "news", 3),
    (day_after, "news", 2),
    (genre_byline, "article", 10),
    (narrator, "article", 2),
    (storyteller, "article", 3),
    (says_not_said, "article", 2),
]


def kind_evidence(c: KindContext) -> dict[str, list[str]]:
    """The signals that fired, per kind (for debugging and tests)."""
    fired: dict[str, list[str]] = {k: [] for k in KINDS}
    for signal, kind, _ in FEATURES:
        if value := signal(c):
            fired[kind].append(signal.__name__ if value is True else f"{signal.__name__}={value}")
    return fired


def kind_scores(doc: Document, header: Header, url: str | None = None,
                distributor: str | None = None) -> dict[str, float]:
    return _votes(KindContext(doc, header, url, distributor))[0]


def _votes(c: KindContext) -> tuple[dict[str, float], bool]:
    """The evidence per kind, and whether a decisive signal (other than an interview's) is among it."""
    scores = dict.fromkeys(KINDS, 0.0)
    decisive = False
    for signal, kind, weight in FEATURES:
        value = float(signal(c))
        scores[kind] += weight * value
        decisive |= bool(value) and kind != "interview" and weight >= DECISIVE_WEIGHT
    return scores, decisive


def is_interview(doc: Document, header: Header) -> bool:
    """Enough evidence of Q/A turns: labelled speakers, an interview credit, questions answered
    in the first person, or weaker signals together (a lead 'im Interview' and a labelled question)."""
    c = KindContext(doc, header)
    return sum(w * float(signal(c)) for signal, kind, w in FEATURES if kind == "interview") >= INTERVIEW_MIN


def detect_kind(doc: Document, header: Header, url: str | None, distributor: str | None) -> str:
    """The signals' kind (`signal_kind`) when they are sure: an interview's evidence reaches `INTERVIEW_MIN`
    (the form of the text outweighs who issued it: an interview published as a press release or by an agency is
    an interview) or a decisive signal fired; else slides for a PDF; else the kind the text's words say
    (`kind_from_text`)."""
    scores, decisive = _votes(KindContext(doc, header, url, distributor))
    if decisive or scores["interview"] >= INTERVIEW_MIN:
        return signal_kind(scores)
    if doc.format == "pdf":
        return "slides"
    return kind_from_text("\n".join(block.text for block in doc.blocks), doc.lines)


def signal_kind(scores: dict[str, float]) -> str:
    """The kind the signals point to: an interview when its evidence reaches `INTERVIEW_MIN`, else the kind with
    the most evidence (ties, and no evidence at all: the earlier kind of `KINDS`, a press release)."""
    if scores["interview"] >= INTERVIEW_MIN:
        return "interview"
    rest = [kind for kind in KINDS if kind != "interview"]
    return max(rest, key=lambda kind: scores[kind])


def signed_above(doc: Document, header: Header) -> bool:
    """An author named above the text ('Von Anna Beck', 'By Tim Roth'): a byline, not a contributor's credit under a
    club's report ('Text und Bild: Anna Beck')."""
    if not header.authors:
        return False
    # the text up to the opening of the body's first paragraph, however its lines are broken
    flat = " ".join(" ".join(doc.lines).split())
    first = next((" ".join(b.text.split()) for b in doc.blocks if b.kind == "paragraph" and len(b.text) >= 150), "")
    start = flat.find(first[:60]) if first else -1
    top = flat[:start + 80] if start >= 0 else flat[:300]
    return any(author in top for author in header.authors)
