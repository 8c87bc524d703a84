"""Quotes in one source: interview and Q&A answers, direct quotes („…“, "…", »…«, ‚…‘)
and indirect speech ("sagte, dies sei …"), each attributed to its speakers.

Attribution happens once, in extract.people (people_speech.attribute), because who speaks decides who
is an expert; this step keeps its result. Attribution (extract.people_speech): an answer's speaker label resolves to the
full names introduced in the document ("Schmitt und Feldhus" → both); a quote
goes to the person named in its clause next to a speech verb ("sagte X",
"so X", "laut X", "X betonte"), to the person a pronoun refers back to
("sagte er"), or to the speaker of the sentence before. Ambiguous attribution
gives no quote: several people in the clause and none next to the verb, a
pronoun that fits two people named together, "laut einer Studie … um X".
"""

from __future__ import annotations

from briefing.extract import people_speech
from briefing.model import Document, Mention


def resolve_label(label: str, doc: Document | list[Mention]) -> list[str]:
    """'Schmitt und Feldhus' → the full names of both, as introduced in the same document."""
    people = doc.people if isinstance(doc, Document) else doc
    return people_speech.resolve_label(label, people)


def extract_quotes(doc: Document) -> Document:
    """The statements extract_people attributed (once, with the same people list that decided who is an
    expert), each kept once. Nothing is attributed here again, and no block is touched."""
    from briefing.extract.people import unique_quotes

    names = {m.name for m in doc.people}
    doc.quotes = unique_quotes([q for q in doc.quotes if set(q.speakers) <= names])
    return doc
