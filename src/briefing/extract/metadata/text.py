"""Text helpers shared by the metadata steps: a block as printed, markup stripped, doubled text."""

from __future__ import annotations

import re

from briefing.model import Block, Document

def printed_body(doc: Document) -> str:
    """All blocks as printed, one a line."""
    return "\n".join(b.as_printed() for b in doc.blocks)


def strip_markup(text: str) -> str:
    """'### **Im Fokus: DeepSeek**' → 'Im Fokus: DeepSeek'."""
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    while re.fullmatch(r"(\*\*|__)(.+)\1", text) or re.fullmatch(r"([*_])(.+)\1", text):
        text = re.sub(r"^(\*\*|__|[*_])(.+)\1$", r"\2", text).strip()
    return re.sub(r"\s+", " ", text).strip()


def alnum(text: str) -> str:
    """Letters and digits only, case-folded: the key two spellings of a name are compared by."""
    return re.sub(r"[\W_]+", "", text).casefold()


def doubled_text(text: str, min_words: int = 4) -> str | None:
    """An image alt text that repeats the headline twice gives the headline once.

    min_words: how many words the doubled text must have at least.
    """
    words = text.split()
    n = len(words)
    if n >= min_words and n % 2 == 0 and words[: n // 2] == words[n // 2:]:
        return " ".join(words[: n // 2])
    return None


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
