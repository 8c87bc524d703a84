"""Text helpers shared by the metadata steps: a block as printed, markup stripped, doubled text."""

from __future__ import annotations

import re

from briefing.model import Document
from briefing.text import doubled_text, strip_emphasis

__all__ = ["alnum", "alternation", "block_lines", "doubled_text", "glued_twice", "printed_body", "run_lines",
           "strip_markup", "times_printed"]


def printed_body(doc: Document) -> str:
    """All blocks as printed, one a line."""
    return "\n".join(b.as_printed() for b in doc.blocks)


def strip_markup(text: str) -> str:
    """'### **Im Fokus: Beispielthema**' → 'Im Fokus: Beispielthema': no heading marks, no emphasis, one space."""
    text = strip_emphasis(re.sub(r"^#{1,6}\s+", "", text.strip()))
    return re.sub(r"\s+", " ", text).strip()


def alnum(text: str) -> str:
    """Letters and digits only, case-folded: the key two spellings of a name are compared by."""
    return re.sub(r"[\W_]+", "", text).casefold()


def glued_twice(text: str) -> str | None:
    """'PressemitteilungPressemitteilung' (a logo and its text, glued) → 'Pressemitteilung'."""
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        return text[:half]
    return None


def run_lines(doc: Document, text: str) -> list[str]:
    """The original lines of a paragraph block (structure joins a run with spaces)."""
    run: list[str] = []
    for line in [*doc.lines, ""]:
        if line.strip():
            run.append(line.strip())
            continue
        if run and " ".join(run) == text:
            return run
        run = []
    return [text]


def block_lines(doc: Document, text: str) -> list[str]:
    """The original lines a paragraph block was joined from (any consecutive lines of the file)."""
    lines = [line.strip() for line in doc.lines]
    for i, line in enumerate(lines):
        if not line or not text.startswith(line):
            continue
        run, joined = [], ""
        for nxt in lines[i:]:
            if not nxt:
                break
            run.append(nxt)
            joined = " ".join(run)
            if len(joined) >= len(text):
                break
        if joined == text:
            return run
    return [text]


def alternation(words) -> str:
    """A regular expression's alternatives matching any of the words as written, the longest first:
    ('press', 'presse') → 'presse|press'. A vocabulary becomes a pattern's part so."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def times_printed(name: str, text: str, in_compounds: bool = False) -> int:
    """How often the text prints a name as a word of its own, not inside a longer word or a hyphenated compound
    ('BDSW' in 'BDSW-Präsident' does not count): how the readers tell a name the text repeats from a passing one.
    With `in_compounds`, a hyphenated compound counts too ('Anna Muster-Beispiel' prints 'Anna Muster'): a byline's
    person named again in a closing credit."""
    edge = r"\w" if in_compounds else r"[\w-]"
    return len(re.findall(rf"(?<!{edge}){re.escape(name)}(?!{edge})", text))
