"""People in one source: who they are, how the source presents them, and in what capacity.

First version: names introduced with an academic title and full-name speaker
labels of answers. Later steps (appositions, speech verbs, contact blocks)
refine roles, affiliations and categories.
"""

from __future__ import annotations

import re

from briefing.model import Document, Mention

_TITLE = r"(?:Prof\.\s*)?(?:Dr\.(?:-Ing\.)?\s*)+|Prof\.\s*"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}"
_TITLED_NAME = re.compile(rf"(?P<title>{_TITLE})(?P<name>{_NAME})")


def extract_people(doc: Document) -> Document:
    found: dict[str, Mention] = {}
    text = "\n".join(b.text for b in doc.blocks)
    for match in _TITLED_NAME.finditer(text):
        name = match.group("name")
        if name not in found:
            found[name] = Mention(name=name, title=match.group("title").strip(), category="expert",
                                  labels=[name.split()[-1]])
    for block in doc.blocks:
        if block.kind == "answer" and block.label and " " in block.label and " und " not in block.label:
            found.setdefault(block.label, Mention(name=block.label, category="expert",
                                                 labels=[block.label.split()[-1]]))
    doc.people = list(found.values())
    return doc
