"""Stage 3, structure: cleaned lines become typed blocks.

Steps, each a small function:

1. `split_runs`: lines → runs (paragraphs split at blank lines; one line a run
   when a text has almost no blank lines, as scraped interviews do). Headings,
   images and bullet lists are cut out of a run they are glued to.
2. `classify`: every run gets a first reading — table (tab-separated or pipe
   rows), Markdown heading, bold-only heading, image, numbered question,
   bullet list, short-line list, labelled line ("Name: text"), or text.
3. `find_speaker_labels`: which "Name: text" prefixes are speaker labels. A
   label needs an interview context: it comes after the first question (a
   numbered question, a "Frage:/Q:" label, or a labelled question that a
   differently labelled line answers), or it recurs in a dialogue of at least
   two speakers. Contact fields ("Tel.:", "E-Mail:") and values that are phone
   numbers or addresses never are.
4. `blocks_from_lines`: builds the blocks. In an interview, unlabelled lines
   ending in '?' after an answer are questions, the lines after a question are
   the interviewee's answers (unlabelled alternation), and more paragraphs after
   an answer continue it. Short title lines followed by longer text are headings.
5. `make_lists`: ≥3 consecutive short one-sentence stand-alone lines between
   headings become a list; neighbouring lists merge; numbered questions with no
   answer between them are a list of questions, not an interview.

Structure creates no HTML: text stays as printed (inline Markdown); the
renderer escapes raw HTML. `finalise` (after metadata took the title) sets the
outline levels (H2/H3 under the page's one H1) and stable anchors.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from briefing.model import Block, Document
from briefing.text import CAPTION, OPEN_END_WORDS, split_sentences, strip_emphasis

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BOLD_LINE = re.compile(r"^(\*\*|__)([^*_].{1,88}?)\1:?$")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\((\S+?)(?:\s+\"[^\"]*\")?\)$")
_NUMBERED_QUESTION = re.compile(r"^(?:\*\*)?(\d{1,2})[.)]\s+(.+\?)(?:\*\*)?$", re.S)
_BULLET = re.compile(r"^\s*(?:[-*•–▪·◦●]|\d{1,2}[.)])\s+(.+)$")
_PIPE_ROW = re.compile(r"^\|.*\|$")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
# "Beispiel und Muster: …", "BeispielTV.de: …", "**Anna Beispiel:** …", "Ursula von der Beispiel: …"; an article
# alone between two words makes a heading's phrase, no name ("Lieblingsbücher der Bibliothekare: …").
_SPEAKER_LABEL = re.compile(
    r"^(?:\[\d{1,2}\]\s*)?(?:\*\*|__)?(?P<label>[A-ZÄÖÜ][\w.'’*-]*(?:(?:\s+|\s*/\s*)(?:(?:und|and|&|de|zu|du|la|le|bin|al)\s+|"
    r"(?:von|van)\s+(?:(?:der|den|dem|de)\s+)?)*[A-ZÄÖÜ][\w.'’*-]*){0,5})\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?P<text>\S.*)$", re.S)
# Field labels of contact blocks, bylines, captions: never speakers.
_NOT_SPEAKER = re.compile(
    r"^(e-?mail|mail|tel|telefon|telephone|fax|mobil|mobile|handy|phone|quelle|source|autor|autorin|author|"
    r"authors|foto|fotos|bild|photo|hinweis|kontakt|contact|pressekontakt|stand|datum|date|web|website|"
    r"internet|url|link|etikett|tags?|schlagworte?|ausgabe|edition|fazit|wichtig|achtung|note|update|"
    r"lesen sie auch|mehr|anmerkung|adresse|address|anschrift|ort|zeit|uhrzeit|termin|preis|ergebnis|"
    r"beispiel|tipp|info|infos|hintergrund|zum beispiel|zb|z\.b|ps|nb|achtung|warnung|disclaimer|"
    r"copyright|lizenz|license|isbn|doi|orcid|twitter|linkedin|x|facebook|instagram|mastodon|bluesky)$", re.I)
_QUESTION_LABEL = re.compile(r"^(frage|f|q|question|interviewer|interviewerin|moderator|moderatorin)$", re.I)
# A broadcast or podcast transcript's label: the speaker's surname (or whole name) in capitals,
# an honorific, then a role after a comma or a description in brackets: "TIM MUSTER, host:",
# "MUSTER:", "Mr. KARL BEISPIEL (Coordinator, …):", "Erika MUSTERFRAU:".
_TRANSCRIPT_LABEL = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov)\.?\s+)?"
    r"(?P<name>(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][A-Z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'’-]+)){0,3})"
    r"(?:,\s*(?P<role>[a-z][a-z -]{1,30})|\s*\((?P<note>[^()]{2,300})\))?\s*:(?:\s+(?P<text>\S.*))?$", re.S)
# Words of section headings in capitals that are no speaker's name.
_NOT_A_NAME = {"contact", "contacts", "about", "media", "press", "note", "notes", "editors", "information", "for", "the",
               "kontakt", "presse", "über", "hinweis", "inc", "corp", "ltd", "gmbh", "ag", "news", "update", "source"}
# The label of whoever leads a broadcast: their turns are the questions.
_HOST_ROLE = re.compile(r"^(host|co-host|anchor|moderator|moderatorin|interviewer|presenter|correspondent)$", re.I)
_ANSWER_LABEL = re.compile(r"^(antwort|a|answer)$", re.I)
# A field value, not speech: phone number, e-mail, web address.
_FIELD_VALUE = re.compile(r"^(\+?[\d\s()/.-]{6,}|\S+@\S+|(https?://|www\.)\S+|<\S+>)", re.I)
# Closing credit of an interview: "Mit X sprach Y", "Das Interview führte X".
_INTERVIEW_CREDIT = re.compile(
    r"(\bsprach mit\b|^mit .{3,60} sprach\b|\binterview führte\b|\bgespräch führte\b|\bfragen stellte\b|"
    r"^(interview|gespräch|interviewed by|interview by)\s*:|\binterviewed by\b|\bthe interview was conducted\b)",
    re.I)
# How an answer to a statement-question opens: "Ja, …", "Grundsätzlich ja.", "No. …"
_ANSWER_OPENER = re.compile(
    r"^(?:\w+\s+)?(ja|nein|jein|genau|richtig|stimmt|absolut|natürlich|klar|yes|no|exactly|absolutely|"
    r"sure|right|correct|indeed)\s*[,.!;:–—]", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"“”»«'’)]*$|[\"“”»«]$")
_INNER_SENTENCE = re.compile(r"[.!?…][\"“”»«'’)]*\s+[A-ZÄÖÜ„\"]")


@dataclass
class _Item:
    """A run of lines with its first reading."""

    lines: list[str]
    text: str
    kind: str = "text"  # table, heading, image, nquestion, bquestion (a question in bold), list, label,
    # direction (a transcript's stage direction), text
    level: int = 0
    number: int | None = None
    label: str | None = None
    said: str = ""
    transcript: bool = False  # a label of a broadcast transcript (`read_transcript_labels`)
    host: bool = False  # … naming the broadcast's host ("TIM MUSTER, host:")
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    src: str | None = None


# --- 1. runs --------------------------------------------------------------------

def _is_cut_line(line: str) -> bool:
    text = line.strip()
    return bool(_MD_HEADING.match(text) or _IMAGE.match(text))


def _lines_are_paragraphs(run: list[str]) -> bool:
    """A run saved one paragraph a line, not hard-wrapped prose: most of its lines end a
    sentence, which wrapped lines only do by chance, and at least one is long."""
    if len(run) < 3:
        return False
    ends = sum(1 for line in run[:-1] if _SENTENCE_END.search(line.rstrip()) or line.rstrip().endswith(":"))
    return ends >= 0.6 * (len(run) - 1) and max(len(line) for line in run) > 80


_FIELD_LINE = re.compile(r"^\s*[\w.-]{1,14}:\s+\S")


def _lines_after_colon(run: list[str]) -> bool:
    """A lead ending in a colon over short lines without closing punctuation ('Als Gesprächspartner stehen
    zur Verfügung:' / 'Prof. Dr. A, Vizepräsident …' / 'B, Leiter …'): one entry a line."""
    body = [line.strip() for line in run[1:]]
    return len(body) >= 2 and run[0].rstrip().endswith(":") and all(
        0 < len(line) <= 160 and not re.search(r"[.!?;,]$", line) and line[:1].isupper() for line in body)


def _lines_are_fields(run: list[str]) -> bool:
    """A run of fields, one a line ('im: Gasometer …' / 'am: Mittwoch, 9. Dezember …' / 'mit: Dr. …'):
    two lines at least open with a short label."""
    return len(run) >= 2 and (sum(1 for line in run if _FIELD_LINE.match(line)) >= 2
                              or any(len(line.strip()) <= 60 and _CONTACT_LEAD.match(line.strip()) for line in run))


def _split_at_indent(run: list[str]) -> list[list[str]]:
    """An indented line under flush ones starts a paragraph: plain-text exports mark a new
    paragraph (or a speaker's turn) by indenting it ('X im Gespräch mit Y | 07.03.2010' /
    '    Anna Beispiel: Herr Präsident, …'). Continuation lines are never indented more."""
    parts: list[list[str]] = [[run[0]]]
    for prev, line in zip(run, run[1:]):
        if _indent(line) >= 2 and _indent(line) > _indent(prev):
            parts.append([line])
        else:
            parts[-1].append(line)
    return parts


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


_QUESTION_LINE = re.compile(r"^.{3,200}\?[\"“”»«'’]?$")


def _split_first_line(run: list[str]) -> list[list[str]]:
    """A question or a headline on its own line over its answer in one paragraph ('Wie viel Schlaf ist gesund?' /
    'Das hängt vom Alter ab. …'): an interview that sets its questions apart by a line break only.
    The answer must be longer than the question, so a wrapped line ending in '?' stays put."""
    first = run[0].strip()
    rest = " ".join(line.strip() for line in run[1:])
    if len(run) >= 2 and _QUESTION_LINE.match(first) and "? " not in first \
            and len(rest) > max(2 * len(first), 80) and rest[:1].isupper():
        return [[run[0]], run[1:]]
    # A headline on the line over a paragraph saved as one long line ('What Scares Food Scientists?
    # Headline Writers' / 'News media are …'): a line that long is never hard-wrapped prose.
    if len(run) >= 2 and 3 <= len(first.split()) <= 20 and len(first) <= 150 and first[:1].isupper() \
            and not re.search(r"[.,;:]$", first) and len(run[1].strip()) > max(250, 3 * len(first)) \
            and run[1].strip()[:1].isupper():
        return [[run[0]], run[1:]]
    return [run]


def _rewrap(lines: list[str]) -> list[list[str]]:
    """Lines without blank lines between them: one paragraph a line, unless the text is hard-wrapped
    prose (most lines end inside a sentence). Then the lines of a sentence run are one paragraph,
    ending where a line ends a sentence; the short header lines before the prose stay apart
    ('Beispielstadt, Germany' / 'May 20, 2009' / 'Viele Gäste aus der' / 'Musterbranche …')."""
    ends = sum(1 for line in lines if _SENTENCE_END.search(line) or line.endswith(":"))
    if len(lines) < 8 or ends >= 0.4 * len(lines):
        return [[line] for line in lines]
    runs: list[list[str]] = []
    prose = False  # the header lines at the top are over
    width = _wrap_width(lines)
    for line in lines:
        prose = prose or len(line.split()) >= 6
        if not prose or _BULLET.match(line) or _PIPE_ROW.match(line.strip()) or line.strip() == "|":
            runs.append([line])
            continue
        last = runs[-1][-1] if runs else ""
        # a line over 200 characters was saved as a paragraph of its own, never wrapped onto the line before
        if last and not (_SENTENCE_END.search(last) or last.endswith(":")) and not _BULLET.match(last) \
                and last.strip() != "|" and _joinable(runs[-1]) and len(line.strip()) <= 200 \
                and _wrapped(last, line, width):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


# A word no line ends on unless the sentence goes on: an article, a preposition, a conjunction.
_OPEN_END = re.compile(rf"\b(?:{'|'.join(OPEN_END_WORDS)})$", re.I)


def _wrap_width(lines: list[str]) -> int:
    """The width the prose was wrapped at: the length most long lines reach (their 80th percentile).
    A text saved one paragraph a line has a width of whole paragraphs, which no headline reaches."""
    lengths = sorted(len(line.strip()) for line in lines if len(line.split()) >= 6)
    return lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0


def _wrapped(last: str, line: str, width: int) -> bool:
    """`line` continues `last`: `last` fills the width of the wrapped lines (a headline over its deck falls
    short of it), ends on a word that needs a continuation, or `line` goes on in lower case."""
    end = last.rstrip()
    return len(end) >= 0.6 * width or bool(_OPEN_END.search(end)) or line.strip()[:1].islower()


def _joinable(run: list[str]) -> bool:
    """A run of prose lines to continue (not a header line kept apart)."""
    return len(run) > 1 or len(run[0].split()) >= 6 or bool(re.search(r"\b[a-zäöüß]+$", run[0]))


def _one_per_line(lines: list[str]) -> bool:
    """Lines without blank lines between them are one paragraph each when there are many, or when some line
    is far longer than a hard-wrapped line (a short text saved one paragraph a line)."""
    return len(lines) > 10 or max((len(line.strip()) for line in lines), default=0) > 200


def _unbroken_text(run: list[str]) -> bool:
    """A text saved without blank lines: paragraphs saved as lines (one far longer than a wrapped line),
    or many lines of wrapped prose (most of eight words or more). A teaser list's headlines and credits
    are neither."""
    if len(run) <= 2:
        return False
    return max(len(line.strip()) for line in run) > 200 or \
        (len(run) > 10 and sum(len(line.split()) >= 8 for line in run) >= 0.6 * len(run))


# A line in small letters that is no headline's second line: a byline, a date, a label, an address.
_OWN_LOWER_LINE = re.compile(r"^(?:von|vom|by|am|um|und|and|mit|with|posted|updated|aktualisiert|veröffentlicht|stand|"
                             r"text|fotos?|bild|quelle|source|via|from|www\.|https?:|e-?mail)\b", re.I)


def _join_wrapped_headline(runs: list[list[str]]) -> list[list[str]]:
    """A headline wrapped onto a second line that goes on in small letters ('Marketing, fashion, technology' /
    'to blend at the fair'; 'Neue Wege für' / 'bessere Brücken'), set apart by a line break or a blank line: one
    line. Only two short one-line runs, the first capitalised and open at its end; a byline ('von Anna Beck'),
    a date or a label below a headline stays apart."""
    out: list[list[str]] = []
    for run in runs:
        line = run[0].strip() if len(run) == 1 else ""
        prev = out[-1][0].strip() if out and len(out[-1]) == 1 else ""
        if line and prev and line[:1].islower() and line[:1].isalpha() and not _OWN_LOWER_LINE.match(line) \
                and len(line) <= 90 and len(prev) <= 90 and len(prev.split()) + len(line.split()) <= 20 \
                and len(prev.split()) >= 2 and len(line.split()) >= 2 \
                and prev[:1].isupper() and not re.search(r"[.!?:;…\"“”»«)]$", prev) and ":" not in line \
                and not _BULLET.match(prev) and not _is_cut_line(prev) and not _PIPE_ROW.match(prev) \
                and not re.search(r"\d|\s[-–—|·•]\s", line) and "\t" not in prev + line:
            out[-1] = [f"{out[-1][0].rstrip()} {line}"]
        else:
            out.append(run)
    return out


# A line that ends inside a sentence (a word in small letters or a comma) over one that goes on in small letters:
# the clearest evidence of a line a tool wrapped.
_MID_SENTENCE_END = re.compile(r"[a-zäöüß,]$")


def _wrap_bounds(lines: list[str]) -> list[tuple[int, int]]:
    """For each line wrapped inside a sentence, the widths it was wrapped at: at least its length, less than its
    length with the next line's first word."""
    text = [line.strip() for line in lines]
    return [(len(a), len(a) + 1 + len(b.split()[0])) for a, b in zip(text, text[1:])
            if a and b and _MID_SENTENCE_END.search(a) and b[:1].islower()]


def greedy_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at by a tool that fills each line with as many words as fit (textwrap,
    an e-mail client, a PDF's fixed-pitch text): every line wrapped inside a sentence is so long that the next
    line's first word would not have fitted on it. The width most such lines agree with (the narrowest of them);
    None when the lines do not agree (lines saved one paragraph each, a proportional font's justified lines).
    Lines longer than the width (a word rejoined across a hyphen) are left out, but may be no more than a few."""
    bounds = _wrap_bounds(lines)
    if len(bounds) < 4:
        return None
    agreeing = {w: sum(lo <= w < hi for lo, hi in bounds) for w in range(20, 200)}
    width = max(agreeing, key=lambda w: (agreeing[w], -w))
    within = [hi for lo, hi in bounds if lo <= width]
    long = [len(line.strip()) for line in lines if len(line.split()) >= 4]
    if agreeing[width] < 5 or agreeing[width] < 0.9 * len(within) \
            or sum(n > width for n in long) > 0.4 * len(long):
        return None
    # a line ending inside a sentence over a capitalised word (a noun, a name) was wrapped too, as a rule: a
    # proportional font's lines, shorter or longer by their letters, break that rule
    text = [line.strip() for line in lines]
    open_ends = [len(a) + 1 + len(b.split()[0]) > width for a, b in zip(text, text[1:])
                 if a and b and len(a) <= width and _MID_SENTENCE_END.search(a) and b[:1].isupper()]
    return width if sum(open_ends) >= 0.75 * len(open_ends) else None


def _greedy_runs(lines: list[str], width: int) -> list[list[str]]:
    """Paragraph runs of a text wrapped at `width`: a line goes on on the next one when that line's first word
    would not have fitted on it; a line the next word would have fitted on ended there by choice (a headline,
    a byline, a paragraph's end), whatever its punctuation."""
    runs: list[list[str]] = []
    for line in lines:
        if not line.strip():
            if runs and runs[-1]:
                runs.append([])
            continue
        last = runs[-1][-1].strip() if runs and runs[-1] else ""
        if last and len(last) + 1 + len(line.split()[0]) > width and not _BULLET.match(line) \
                and not _is_cut_line(last) and not _is_cut_line(line) and not _PIPE_ROW.match(line.strip()) \
                and not _PIPE_ROW.match(last):
            runs[-1].append(line.rstrip())
        else:
            runs.append([line.rstrip()])
    return [run for run in runs if run]


def split_runs(lines: list[str]) -> list[list[str]]:
    """Paragraph runs; headings and images stand alone; a bullet tail is cut from its intro."""
    inner = "\n".join(lines).strip("\n").split("\n")  # blank lines at the ends do not count
    blank = sum(1 for line in inner if not line.strip())
    if width := greedy_width(inner):
        raw = _greedy_runs(inner, width)  # hard-wrapped at a fixed width: where each line ends shows why
    # Almost no blank lines: the lines are paragraphs or hard-wrapped prose (`_rewrap`).
    elif blank < len(inner) * 0.05 and _one_per_line(lines) and len(inner) > 2:
        raw = _rewrap([line.rstrip() for line in lines if line.strip()])
    else:
        raw, current = [], []
        for line in lines:
            if line.strip():
                current.append(line.rstrip())
            elif current:
                raw.append(current)
                current = []
        if current:
            raw.append(current)
        # A run that holds most of the characters is a text saved without blank lines, whatever menu, caption or
        # footer around it was set apart by blank lines: read its lines as such a text is read.
        total = sum(len(line.strip()) for line in inner)
        raw = [part for run in raw for part in
               (_rewrap(run) if 2 * sum(len(line.strip()) for line in run) >= total and _unbroken_text(run) else [run])]
        raw = [part for run in raw for part in ([[line] for line in run]
                                                if _lines_are_paragraphs(run) or _lines_are_fields(run)
                                                or _lines_after_colon(run) else [run])]
        raw = [part for run in raw for indented in _split_at_indent(run) for part in _split_first_line(indented)]
    raw = _join_wrapped_headline(raw)
    runs: list[list[str]] = []
    for run in raw:
        current = []
        for line in run:
            if _is_cut_line(line):
                if current:
                    runs.append(current)
                runs.append([line])
                current = []
            else:
                current.append(line)
        if current:
            runs.append(current)
    out: list[list[str]] = []
    for run in runs:
        first_bullet = next((k for k, line in enumerate(run) if _BULLET.match(line)), None)
        if first_bullet and len(run) - first_bullet >= 2 and all(_BULLET.match(x) for x in run[first_bullet:]):
            out.extend([run[:first_bullet], run[first_bullet:]])
        else:
            out.append(run)
    return _merge_table_rows(out)


def _merge_table_rows(runs: list[list[str]]) -> list[list[str]]:
    """Tab-separated rows split by blank lines are one table."""
    out: list[list[str]] = []
    for run in runs:
        if out and all("\t" in x for x in run) and all("\t" in x for x in out[-1]) \
                and run[0].count("\t") == out[-1][0].count("\t"):
            out[-1] = out[-1] + run
        else:
            out.append(run)
    return out


# --- 2. first reading -------------------------------------------------------------

def _table(run: list[str]) -> list[list[str]] | None:
    if len(run) >= 2 and all("\t" in line for line in run):
        rows = [[cell.strip() for cell in line.strip().split("\t")] for line in run]
    elif len(run) >= 2 and all(_PIPE_ROW.match(line.strip()) for line in run):
        rows = [[cell.strip() for cell in line.strip()[1:-1].split("|")]
                for line in run if not _PIPE_RULE.match(line.strip())]
    else:
        return None
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    return [r + [""] * (width - len(r)) for r in rows]


def _short_line_list(run: list[str]) -> list[str] | None:
    """A run of ≥2 short lines that are not wrapped prose (keyword lines, address blocks)."""
    if len(run) < 2:
        return None
    texts = [line.strip() for line in run]
    if any(len(t) > 50 or len(t.split()) > 5 or re.search(r"[-,;]$", t) for t in texts):
        return None
    lower_starts = sum(1 for t in texts[1:] if re.match(r"^[a-zäöüß]", t))
    if lower_starts * 2 > len(texts) - 1:
        return None
    return texts


def _label_candidate(text: str) -> tuple[str, str] | None:
    match = _SPEAKER_LABEL.match(text)
    if not match:
        return None
    label = match.group("label").strip().strip("*_").strip()
    said = match.group("text").strip()
    said = re.sub(r"^(\*\*|__)\s*", "", said) if said.count("**") % 2 else said
    # a field label ('Info: Eintritt frei'), unless an outlet in capitals asks a question ('INFO: Was meinen Sie?')
    if (_NOT_SPEAKER.match(label.rstrip(".")) and not (label.isupper() and said.rstrip("*_ ").endswith("?"))) \
            or _FIELD_VALUE.match(said):
        return None
    if len(said.split()) < 2:
        return None
    return label, said


def classify(run: list[str]) -> _Item:
    text = " ".join(line.strip() for line in run).strip()
    item = _Item(lines=run, text=text)
    if (rows := _table(run)) is not None:
        item.kind, item.rows = "table", rows
    elif len(run) == 1 and (m := _MD_HEADING.match(text)):
        item.kind, item.level, item.text = "heading", len(m.group(1)), strip_emphasis(m.group(2))
        if not item.text:
            item.kind = "empty"
    elif len(run) == 1 and (m := _IMAGE.match(text)):
        item.kind, item.text, item.src = "image", m.group(1).strip(), m.group(2)
    elif re.fullmatch(r"(\*\*|__)[^*_].*\?[\"“”»«']?\1", text, re.S) and len(text) <= 600:
        item.kind, item.text = "bquestion", strip_emphasis(text)  # '**Herr Beispiel, warum …?**'
    elif (m := _NUMBERED_QUESTION.match(text)) and not re.search(r"\s\d{1,2}[.)]\s", m.group(2)):
        item.kind, item.number, item.text = "nquestion", int(m.group(1)), m.group(2).strip()
    elif len(run) >= 2 and all(_BULLET.match(line) for line in run):
        item.kind, item.items = "list", [_BULLET.match(line).group(1).strip() for line in run]
    elif (items := _short_line_list(run)) is not None:
        item.kind, item.items = "list", items
    elif len(run) == 1 and (m := _BOLD_LINE.match(text)) and not _SENTENCE_END.search(m.group(2)) \
            and _label_candidate(text) is None:
        item.kind, item.level, item.text = "heading", 2, m.group(2).strip()
    elif (cand := _label_candidate(text)) is not None:
        item.kind, item.label, item.said = "label", cand[0], cand[1]
    return item


# --- 3. speaker labels ----------------------------------------------------------------

def _transcript_name(name: str) -> str:
    """'KARL BEISPIEL' → 'Karl Beispiel', 'Erika MUSTERFRAU' → 'Erika Musterfrau'."""
    return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in name.split())


def read_transcript_labels(items: list[_Item]) -> list[_Item]:
    """A broadcast transcript's labels become speaker labels named in title case, a label alone
    on its line takes the next paragraph as what was said, and a host's label is marked.

    Only a transcript's shape counts ("TIM MUSTER, host:", "Mr. KARL BEISPIEL (…):", "Erika
    MUSTERFRAU:": a whole name with capitals, a role or a description), and at least two such
    labels: one capitalised word before a colon may be an outlet ("MUSTERBLATT:"). Then a surname alone
    ("MUSTER:") names the speaker introduced with the full name.
    """
    found: list[tuple[int, re.Match]] = []
    for i, it in enumerate(items):
        if it.kind not in ("text", "label") or len(it.lines) > 3:
            continue
        match = _TRANSCRIPT_LABEL.match(it.text)
        if not match:
            continue
        words = match.group("name").split()
        if not any(w.isupper() and len(w) >= 3 for w in words) \
                or any(w.casefold() in _NOT_A_NAME for w in words) or _NOT_SPEAKER.match(match.group("name")):
            continue  # 'MEDIA CONTACT:', 'ABOUT ACME CORP:': headings, no speakers
        if len(words) >= 2 or match.group("role") or match.group("note"):
            found.append((i, match))
    if len(found) < 2:
        return items
    full = {_transcript_name(m.group("name")) for _, m in found}
    by_surname = {name.split()[-1]: name for name in full}
    hosts = {_transcript_name(m.group("name")) for _, m in found if m.group("role") and _HOST_ROLE.match(m.group("role").strip())}
    out: list[_Item] = []
    skip = False
    for i, it in enumerate(items):
        if skip:
            skip = False
            continue
        match = _TRANSCRIPT_LABEL.match(it.text) if it.kind in ("text", "label") and len(it.lines) <= 3 else None
        name = _transcript_name(match.group("name")) if match else None
        if name is not None and name not in full:
            name = by_surname.get(name)  # 'MUSTER:' after 'TIM MUSTER, host:'
        if match is None or name is None:
            out.append(it)
            continue
        said = (match.group("text") or "").strip()
        if not said and i + 1 < len(items) and items[i + 1].kind == "text":
            said, skip = items[i + 1].text, True  # the label alone on its line
        if not said:
            out.append(it)
            continue
        if re.fullmatch(r"\([^()]*\)", said):  # a stage direction ('(Speaking foreign language)'): no turn
            out.append(_Item(lines=it.lines, text=it.text, kind="direction"))
            continue
        out.append(_Item(lines=it.lines, text=f"{name}: {said}", kind="label", label=name, said=said,
                         transcript=True, host=name in hosts))
    return out


# An outlet that writes its name in small letters labels its questions with it ('beispielblog: Wie …?'); the
# speaker pattern wants a capital. One such word asking two questions or more is the interviewer's label.
_SMALL_LABEL = re.compile(r"^(?P<label>[a-zäöüß][\w.-]{1,30}):\s+(?P<said>\S.*\?[\"“”»«']?)$", re.S)


def read_small_interviewer_labels(items: list[_Item]) -> list[_Item]:
    """Unlabelled questions that open with the same small-letter word and a colon become that word's labels."""
    found = [_SMALL_LABEL.match(it.text) if it.kind == "text" else None for it in items]
    counts: dict[str, int] = {}
    for match in filter(None, found):
        counts[match.group("label")] = counts.get(match.group("label"), 0) + 1
    for it, match in zip(items, found):
        if match and counts[match.group("label")] >= 2 and not _NOT_SPEAKER.match(match.group("label").rstrip(".")):
            it.kind, it.label, it.said = "label", match.group("label"), match.group("said").strip()
    return items


def find_speaker_labels(items: list[_Item]) -> tuple[set[str], set[str], int | None]:
    """Accepted speaker labels, interviewer labels, and the index where the interview starts."""
    anchors: list[int] = []
    interviewers: set[str] = set()
    bold_questions = [i for i, it in enumerate(items) if it.kind == "bquestion"]
    for i, it in enumerate(items):
        if it.kind == "nquestion" or (it.kind == "bquestion" and len(bold_questions) >= 2):
            anchors.append(i)
        elif it.kind == "label" and _QUESTION_LABEL.match(it.label):
            anchors.append(i)
            interviewers.add(it.label)
        elif it.kind == "label" and it.said.rstrip("*_ ").endswith("?"):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is not None and nxt.kind == "label" and nxt.label != it.label \
                    and not nxt.said.rstrip().endswith("?"):
                anchors.append(i)
                interviewers.add(it.label)
    # An interviewer whose answers come unlabelled: a label that asks at least twice, each
    # time followed by unlabelled text ("BZ: …?" / answer / "BZ: …?").
    asking: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        if it.kind == "label":
            asking.setdefault(it.label, []).append(i)
    for label, where in asking.items():
        if len(where) >= 2 and all(items[i].said.rstrip("*_ ").endswith("?") and i + 1 < len(items)
                                   and items[i + 1].kind == "text" for i in where):
            anchors.append(where[0])
            interviewers.add(label)
    # A transcript: its hosts ask, and every labelled speaker's turn counts.
    transcript = [i for i, it in enumerate(items) if it.transcript]
    if len({items[i].label for i in transcript}) >= 2:
        interviewers |= {items[i].label for i in transcript if items[i].host}
        anchors.append(transcript[0])
    accepted: set[str] = set(interviewers)
    start = min(anchors) if anchors else None
    if start is not None:
        accepted |= {it.label for it in items[start:] if it.kind == "label" and _is_speech(it.said)}
    else:
        # A dialogue without questions: ≥2 speakers, each with ≥2 long statements.
        counts: dict[str, int] = {}
        for it in items:
            if it.kind == "label" and len(it.said) >= 60:
                counts[it.label] = counts.get(it.label, 0) + 1
        speakers = {label for label, n in counts.items() if n >= 2}
        if len(speakers) >= 2:
            accepted = speakers
            start = next(i for i, it in enumerate(items) if it.kind == "label" and it.label in speakers)
    return accepted, interviewers, start


def _is_speech(said: str) -> bool:
    """Something said, not a title: several words, and sentence punctuation or length."""
    return len(said.split()) >= 4 and (bool(_SENTENCE_END.search(said)) or len(said) > 120)


# --- 4. blocks ----------------------------------------------------------------------

def _is_title_line(text: str, next_text: str | None, allow_question: bool = False) -> bool:
    """A short stand-alone line without closing punctuation, followed by longer body text.

    Outside interviews a short question ('Was bedeutet das für Europa?') can be a heading too.
    """
    if allow_question and text.endswith("?") and "? " not in text:
        text = text[:-1]
    if not (3 <= len(text) <= 90):
        return False
    if not (text[0].isupper() or text[0].isdigit() or re.match(r"^[a-z][A-Z]", text)):
        return False
    if re.search(r"[.,;:!?…)]$", text) or text.startswith(("„", '"', "(", "“", "»", "«", "'")):
        return False
    if re.search(r"[\"“”»«]$", text) and not re.search(r"[„\"“»«].+[\"“”»«]$", text):
        return False  # a closing quote without its opening one ends a quotation
    if re.search(r"[.!…][\"“”»«'’]+$", text):
        return False  # 'X sagt: „Das ist genauer.“': a quoted sentence, closed by its full stop
    words = text.split()
    if len(words) < 2 or len(words) > 12:
        return False
    if CAPTION.search(text):
        return False  # a photo's caption or credit ('… Foto: Anna Beck / Agentur') heads nothing
    return next_text is not None and len(next_text) > max(len(text) * 1.5, 100)


_NAME_LINE = re.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+$")


def name_line_turns(lines: list[str]) -> list[str]:
    """A transcript that sets each speaker's name on a line of its own over the turn ('Anna Beispiel' /
    'Welcome to the show, Tim.' / 'Tim Muster' / 'Thank you, Anna.'): each name and its turn become one
    labelled line, a paragraph of its own. Only when two names at least head two turns each, so a
    heading over one paragraph stays a heading."""
    heads = {i for i, line in enumerate(lines[:-1]) if _NAME_LINE.match(line.strip())
             and lines[i + 1].strip() and not _NAME_LINE.match(lines[i + 1].strip())
             and len(lines[i + 1].split()) >= 3}
    counts: dict[str, int] = {}
    for i in heads:
        counts[lines[i].strip()] = counts.get(lines[i].strip(), 0) + 1
    speakers = {name for name, n in counts.items() if n >= 2}
    if len(speakers) < 2:
        return lines
    out: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
        elif i in heads and line.strip() in speakers:
            out += ["", f"{line.strip()}: {lines[i + 1].strip()}"]
            skip = True
        else:
            out.append(line)
    return out


def _text_after(items: list[_Item], i: int) -> str | None:
    """The text after item `i`, past a photo's caption: a caption printed under a headline stands between it and
    the text it heads."""
    for it in items[i + 1:i + 3]:
        if not (len(it.text) <= 200 and CAPTION.search(it.text)):
            return it.text
    return items[i + 1].text if i + 1 < len(items) else None


def blocks_from_lines(lines: list[str]) -> list[Block]:
    items = [classify(run) for run in split_runs(name_line_turns(lines))]
    items = read_small_interviewer_labels(read_transcript_labels([it for it in items if it.kind != "empty"]))
    accepted, interviewers, start = find_speaker_labels(items)
    later_anchor = [False] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        later_anchor[i] = later_anchor[i + 1] or it.kind == "nquestion" or (
            it.kind == "label" and it.label in accepted)

    blocks: list[Block] = []
    hosts = {it.label for it in items if it.host}
    interviewee: str | None = None
    alternation = False  # questions come unlabelled: answers follow by position
    for i, it in enumerate(items):
        in_interview = start is not None and i >= start
        nxt = _text_after(items, i)
        prev = blocks[-1] if blocks else None
        if it.kind == "table":
            blocks.append(Block(kind="table", rows=it.rows))
        elif it.kind == "direction":
            blocks.append(Block(kind="paragraph", text=it.text))
        elif it.kind == "heading":
            blocks.append(Block(kind="heading", level=it.level, text=it.text))
        elif it.kind == "image":
            blocks.append(Block(kind="image", text=it.text, src=it.src))
        elif it.kind == "nquestion":
            blocks.append(Block(kind="question", number=it.number, text=it.text))
        elif it.kind == "bquestion" and in_interview:
            blocks.append(Block(kind="question", text=it.text))
        elif it.kind == "bquestion":
            blocks.append(Block(kind="paragraph", text=it.lines[0].strip() if len(it.lines) == 1 else it.text))
        elif it.kind == "list":
            blocks.append(Block(kind="list", items=it.items))
        elif it.kind == "label" and it.label in accepted and in_interview:
            if it.label in interviewers:
                # A generic "Frage:"/"Q:" names nobody: no label.
                label = None if _QUESTION_LABEL.match(it.label) else it.label
                blocks.append(Block(kind="question", text=it.said, label=label))
            elif _ANSWER_LABEL.match(it.label):
                blocks.append(Block(kind="answer", text=it.said, label=interviewee))
            else:
                interviewee = it.label
                blocks.append(Block(kind="answer", text=it.said, label=it.label))
        elif in_interview and it.kind == "text" and prev is not None and prev.kind == "question" \
                and prev.label in hosts:
            blocks.append(Block(kind="question", text=it.text, label=prev.label))  # the host goes on
        elif in_interview and prev is not None and (prev.kind == "answer" or alternation) \
                and it.text.rstrip("*_ ").endswith("?") and len(it.text) <= 600:
            alternation = True
            blocks.append(Block(kind="question", text=it.text))
        elif in_interview and alternation and prev is not None and prev.kind == "answer" \
                and len(it.text) <= 300 and nxt is not None and _ANSWER_OPENER.match(nxt) \
                and not _INTERVIEW_CREDIT.search(it.text):
            # A question printed without '?': the next line opens with "Ja," / "Grundsätzlich ja."
            blocks.append(Block(kind="question", text=it.text))
        elif in_interview and prev is not None and prev.kind == "question" \
                and (prev.label is None or prev.label in interviewers) \
                and prev.number is None and not _is_title_line(it.text, nxt) \
                and not it.text.rstrip().endswith("?"):
            if it.kind == "label" and it.label not in interviewers:
                interviewee = it.label  # a short labelled answer ('Tim Roth: Sehr schnell.')
                blocks.append(Block(kind="answer", text=it.said, label=it.label))
            else:
                blocks.append(Block(kind="answer", text=it.text, label=interviewee))
        elif in_interview and prev is not None and prev.kind == "answer" \
                and (later_anchor[i + 1] or alternation) and _SENTENCE_END.search(it.text) \
                and not _INTERVIEW_CREDIT.search(it.text) and not _is_title_line(it.text, nxt):
            blocks.append(Block(kind="answer", text=it.text, label=prev.label))
        elif _is_title_line(it.text, nxt, allow_question=not in_interview) and not (prev is not None and prev.kind == "image"
                                                    and len(it.text) > 40):
            blocks.append(Block(kind="heading", level=2, text=it.text))
        else:
            blocks.append(Block(kind="paragraph", text=it.text))
    return mark_contacts(make_lists(_carry_interviewer(blocks)))


def _carry_interviewer(blocks: list[Block]) -> list[Block]:
    """'BeispielTV.de: …?' then unlabelled questions: when one interviewer labels the questions, the later
    unlabelled ones are theirs too, so every question of the interview reads alike."""
    labels = {b.label for b in blocks if b.kind == "question" and b.label}
    if len(labels) != 1:
        return blocks
    label = labels.pop()
    first = next(i for i, b in enumerate(blocks) if b.kind == "question" and b.label)
    for block in blocks[first:]:
        if block.kind == "question" and not block.label and block.number is None:
            block.label = label
    return blocks


# --- 6. contact section ----------------------------------------------------------------

# 'Weitere Informationen erteilen Ihnen gern:', 'Kontakt:', 'Pressekontakt', 'Media contact:'. A line that opens
# with one; not `vocab.CONTACT_LABELS` (a whole label): a union would mark other sections as contacts.
_CONTACT_LEAD = re.compile(
    r"^(?:weitere informationen|für (?:weitere )?(?:fragen|rückfragen)|kontakt|ansprechpartner(?:in|innen)?|"
    r"pressekontakt|medienkontakt|wissenschaftliche ansprechpartner|rückfragen|contact|media contact|"
    r"press contact|media inquiries|media enquiries|for further information|for more information)\b", re.I)
_CONTACT_FIELD = re.compile(r"\S+@\S+|\b(?:tel|telefon|phone|fax|mobil|mobile|e-?mail|web|www)\b|\+?\d[\d\s/()-]{6,}",
                            re.I)
# A line opening with a day's date ('18.04.2013 - Verband', '2013-04-18'): a news list's date over the headline;
# no address or phone line of a contact starts with one, so the contact section has ended.
_OPENING_DATE = re.compile(r"^\W*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)")


def mark_contacts(blocks: list[Block]) -> list[Block]:
    """The contact section at the end of a press release: after its lead line, the short lines of
    names, units, organisations, e-mail and phone become `contact` lines, grouped into addresses
    (a new address starts after the e-mail or phone lines of the one before). The lead stays text."""
    start = next((i for i, b in enumerate(blocks) if b.kind == "paragraph" and len(b.text) <= 100
                  and _CONTACT_LEAD.match(b.text.strip("*_ "))), None)
    if start is None:
        return blocks
    group, fields_seen = 0, False
    for k, block in enumerate(blocks[start + 1:], start=start + 1):
        text = block.text.strip()
        if block.kind != "paragraph" or not text or len(text) > 160 or len(split_sentences(text)) > 1:
            break
        if _OPENING_DATE.match(text):
            break
        field = bool(_CONTACT_FIELD.search(text))
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if fields_seen and not field and after is not None and (after.kind == "heading" or len(after.text or "") > 200):
            break  # a release's contact lines at the top, then its headline over the deck or the lead
        if (fields_seen and not field) or _CONTACT_LEAD.match(text.strip("*_ ")):
            group, fields_seen = group + 1, False  # the next address, or a second lead ('Pressekontakt:')
        fields_seen = fields_seen or field
        block.kind, block.group = "contact", group
    return blocks


# --- 5. lists -----------------------------------------------------------------------

def _list_line(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind == "paragraph" and 0 < len(text) <= 120 and not _INNER_SENTENCE.search(text)
            and not text.endswith(":"))


def make_lists(blocks: list[Block]) -> list[Block]:
    """Short one-sentence lines between headings → list; adjacent lists merge;
    a run of ≥2 numbered questions without answers → a list of questions."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        after_heading = not out or out[-1].kind == "heading"
        if after_heading and _list_line(b):
            j = i
            while j < len(blocks) and _list_line(blocks[j]):
                j += 1
            ends_section = j == len(blocks) or blocks[j].kind == "heading"
            if j - i >= 3 and ends_section and out:
                out.append(Block(kind="list", items=[x.text for x in blocks[i:j]]))
                i = j
                continue
        if b.kind == "question" and b.number is not None:
            j = i
            while j < len(blocks) and blocks[j].kind == "question" and blocks[j].number is not None:
                j += 1
            if j - i >= 2:
                out.append(Block(kind="list", items=[f"{x.number}. {x.text}" for x in blocks[i:j]]))
                i = j
                continue
        if b.kind == "list" and out and out[-1].kind == "list":
            out[-1].items.extend(b.items)
        else:
            out.append(b)
        i += 1
    return out


# --- outline and anchors ------------------------------------------------------------

def _harmonise_numbered_headings(blocks: list[Block]) -> None:
    """'1. Router' (H4), '2. Experten' (H3) … are siblings: one level for the sequence."""
    group: list[Block] = []
    last = 0

    def close():
        if len(group) >= 2:
            level = min(b.level for b in group)
            for b in group:
                b.level = level

    for b in blocks:
        if b.kind != "heading":
            continue
        m = re.match(r"^(\d{1,2})[.)]\s", b.text)
        if m and int(m.group(1)) == last + 1 and group:
            group.append(b)
            last += 1
        else:
            close()
            group, last = ([b], int(m.group(1))) if m else ([], 0)
    close()


def normalise_outline(blocks: list[Block], title: str | None) -> list[Block]:
    """One H1 (the title, rendered by the page), then H2/H3 with no gaps."""
    headings = [b for b in blocks if b.kind == "heading"]
    if title:
        for b in headings[:1]:
            if strip_emphasis(b.text).casefold() == title.strip().casefold():
                blocks = [x for x in blocks if x is not b]
                break
    _harmonise_numbered_headings(blocks)
    levels = sorted({b.level for b in blocks if b.kind == "heading"})
    mapping = {level: 2 if rank == 0 else 3 for rank, level in enumerate(levels)}
    seen_top = False
    for b in blocks:
        if b.kind == "heading":
            b.level = mapping[b.level]
            seen_top = seen_top or b.level == 2
            # No gap: sub-headings before the first top-level heading are section headings.
            if not seen_top:
                b.level = 2
    _items_under_colon(blocks)
    return blocks


def _items_under_colon(blocks: list[Block]) -> None:
    """Headed items announced by a lead ending in a colon ('Einige der Gründe:' / 'Geringere Kosten' /
    one short paragraph / 'Quelloffen' / …) are sub-headings of the section that announces them: a
    deck's feature tiles, not sections of their own. The run ends at a question or a longer section."""
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not (block.text or "").rstrip().endswith(":"):
            continue
        section = next((b for b in reversed(blocks[:i]) if b.kind == "heading"), None)
        if section is None or section.level != 2:
            continue
        run: list[Block] = []
        k = i + 1
        while k + 1 < len(blocks) and blocks[k].kind == "heading" and blocks[k].level == 2 \
                and not blocks[k].text.rstrip().endswith("?") and blocks[k + 1].kind == "paragraph" \
                and len(blocks[k + 1].text) <= 400 and (k + 2 == len(blocks) or blocks[k + 2].kind == "heading"):
            run.append(blocks[k])
            k += 2
        if len(run) >= 2:
            for heading in run:
                heading.level = 3


ANCHOR_PREFIX = {"heading": "h", "paragraph": "p", "question": "q", "answer": "a",
                 "list": "l", "table": "t", "image": "i", "rule": "r", "contact": "c"}


def _anchor_words(block: Block) -> str:
    text = block.text or " ".join(block.items) or " ".join(" ".join(r) for r in block.rows[:1]) or block.src or ""
    return " ".join(text.casefold().split()[:12])


def assign_anchors(blocks: list[Block]) -> list[Block]:
    """Anchors from a block's kind and opening words ('a-3f9c2e'), not its position, so a wiki
    link to a passage survives blocks added or removed elsewhere on the page (a better cleaner,
    a new heading). The same opening twice on a page gets '-2', '-3' in order."""
    seen: dict[str, int] = {}
    for block in blocks:
        key = ANCHOR_PREFIX[block.kind]
        digest = hashlib.sha1(f"{key}:{_anchor_words(block)}".encode()).hexdigest()[:6]
        anchor = f"{key}-{digest}"
        seen[anchor] = seen.get(anchor, 0) + 1
        block.anchor = anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}"
    return blocks


def structure(doc: Document) -> Document:
    doc.blocks = blocks_from_lines(doc.lines)
    return doc


def finalise(doc: Document) -> Document:
    """After metadata took the title and header lines: outline levels, then anchors."""
    doc.blocks = assign_anchors(normalise_outline(doc.blocks, doc.meta.title))
    return doc
