"""Features of the expert-model experiment (scripts/expert_model_experiment.py): is this person an expert of this
source? A linear model over what the extraction found, for the cases the rules leave uncertain.

`people.decide_category` is sure of some capacities (a statement with a title or research role, who asks the
questions, a byline, a press contact, a name in a caption or a list only) and decides others for lack of evidence:
a person named without a statement or stated expertise, an office holder whose statement the attribution missed, a
lay witness. A logistic regression over what the extraction's output says of a person (the rules' category and
reason, academic title, role, affiliation, contact data, how often and in what words the text names them,
statements and answers, the document's kind) found more experts than the rules on held-out sets converted with old
code, but with the current rules it indexed more wrong people than right ones on the sealed sets, so the converter
does not use it (the experiment's docstring has the figures).

Only standard Python here. The features are read from the document as `extract_people` leaves it
(`Document.people`, `doc.quotes`, `doc.blocks`, `doc.meta`): that output has the same shape in every version of
the code, so the model can be measured on the output of code that had never seen a set.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # nothing of briefing at run time: the experiment loads this file by its path
    from briefing.model import Document, Mention


def _linear_model():
    """This repository's extract/linear_model.py, read by path (it imports nothing of briefing either), whatever
    code PYTHONPATH converts with."""
    path = Path(__file__).resolve().parent.parent / "src/briefing/extract/linear_model.py"
    spec = importlib.util.spec_from_file_location("expert_model_linear_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


linear_model = _linear_model()

# Words, numbers and the punctuation that marks speech, questions and addresses.
_TOKEN = re.compile(r"[a-zäöüß]+|[\"?!:@]|\d+")
# Every double quotation mark is one, whichever style a scraper or a keyboard printed.
_QUOTES = str.maketrans(dict.fromkeys("„“”»«", '"'))
_ROLE_WORD = re.compile(r"[a-zäöüß]+")
CONTEXT_CHARS = 80  # the words this far either side of each time the text names the person

# The rules' reasons (`decide_category`, without the 'how' of a statement) the model decides. Chosen per reason on
# sets the rules had never seen (scripts/expert_model_experiment.py --by-reason): the reasons where the model put more
# people right than the rules, on either pair and worse on neither. All leave the person out of the index for lack
# of evidence, so the model only adds people; every decision the rules index stays, as does every sure exclusion
# (interviewer, byline, journalist, press contact, caption, credits, list of names, historical figure).
MODEL_DECIDES = (
    "no statement and no presented expertise",
    "office holder (executive, politician, spokesperson) without a statement",
    "named in an interview somebody else answers",
    "a lay witness (role without expertise or organisation)",
    "quoted as a witness (named with an age, as a couple, a relative or a patient; no title or expertise)",
)
# How a person speaks, the first part of a reason 'quoted; no expertise stated' (`decide_category`'s `how`).
_HOW = ("answers; ", "introduced as interviewee; ", "quoted; ", "author of the foreword; ")


def reason_kind(reason: str) -> str:
    """The rules' reason without the 'how' of a statement: 'quoted; a lay witness …' -> 'a lay witness …'."""
    return next((reason[len(how):] for how in _HOW if reason.startswith(how)), reason)


def model_decides(reason: str) -> bool:
    """The rules' reason is one the model decides instead (MODEL_DECIDES)."""
    return reason_kind(reason) in MODEL_DECIDES


class DocumentReading:
    """What the features need of a document, read once for all its people."""

    def __init__(self, doc: Document):
        self.kind = doc.meta.kind or "unknown"
        self.text = " ".join("\n".join(b.text for b in doc.blocks if b.text).split())
        self.labels = [b.label for b in doc.blocks if b.label]
        self.statements = Counter(s for q in doc.quotes for s in q.speakers)
        self.answers = Counter(s for q in doc.quotes if q.kind == "answer" for s in q.speakers)
        self.authors = {a.casefold() for a in doc.meta.authors or []}
        self.people = len(doc.people)

    def hits(self, mention: Mention) -> list[re.Match]:
        """Every place the text names the person: the full name, the surname, the labels the text uses."""
        names = sorted({mention.name, mention.name.split()[-1], *mention.labels}, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        return list(pattern.finditer(self.text))


def person_features(reading: DocumentReading, mention: Mention, reason: str) -> dict[str, float]:
    """The model's inputs for one person: what the rules decided, how the extraction describes the person, and
    the words around each place the text names them (every word: the training keeps only words of many sets)."""
    hits = reading.hits(mention)
    names = {mention.name, mention.name.split()[-1], *mention.labels}
    features = {
        "category:" + mention.category: 1.0,
        "reason:" + reason_kind(reason): 1.0,
        "kind:" + reading.kind: 1.0,
        "title": float(bool(mention.title)),
        "role": float(bool(mention.role)),
        "affiliation": float(bool(mention.affiliation)),
        "unit": float(bool(mention.unit)),
        "email": float(bool(mention.email)),
        "phone": float(bool(mention.phone)),
        "author": float(mention.name.casefold() in reading.authors),
        "mentions": min(len(hits), 10) / 10,
        "statements": min(reading.statements[mention.name], 5) / 5,
        "answers": min(reading.answers[mention.name], 5) / 5,
        "labels": min(sum(1 for label in reading.labels if any(n in label for n in names)), 5) / 5,
        "people": min(reading.people, 20) / 20,
    }
    for word in _ROLE_WORD.findall((mention.role or "").casefold()):
        features["role:" + word] = 1.0
    for hit in hits:
        around = reading.text[max(0, hit.start() - CONTEXT_CHARS):hit.end() + CONTEXT_CHARS]
        for token in _TOKEN.findall(around.casefold().translate(_QUOTES)):
            features["near:" + token] = 1.0
    return {name: value for name, value in features.items() if value}


def expert_probability(features: dict[str, float], model: dict) -> float:
    """The model's probability that the person is an expert of the source (logistic of the linear score)."""
    return linear_model.probability(features, model, clamp=500.0)
