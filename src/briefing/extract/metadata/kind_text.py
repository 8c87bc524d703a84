"""kind from the words of the text: a linear model over genre words, for texts the signals leave undecided.

The signals of `kind.py` are sure when they fire (a Q/A layout, a press office's kind word, a wire's dateline)
but most texts carry only weak ones ('someone said', 'we'), and there hand weights read from the tuned sets did
not transfer to unseen sets. A multinomial logistic regression over which genre words a text uses (only words
found in at least eight different evaluation sets, so no subject's vocabulary) and a few measures of its form
did: trained without them, it read the kind of sets the rules had never seen 10 to 15 points better than the
rules (`scripts/train_kind_model.py` trains it and says how it was measured).

Only standard Python here: the model is a JSON file of weights (`kind_model.json`), written by the training
script, read once; a text's score per kind is the sum of the weights of the words it contains.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("kind_model.json")

# Words, numbers and the punctuation that marks speech, questions and addresses.
_TOKEN = re.compile(r"[a-zäöüß]+|[\"?!:@]|\d+")
# Every double quotation mark is one: whether a scraper or a keyboard printed „…“, “…”, »…« or "…" says nothing of
# a text's kind.
_QUOTES = str.maketrans(dict.fromkeys("„“”»«", '"'))


def text_tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.casefold().translate(_QUOTES)))


def form_features(lines: list[str]) -> dict[str, float]:
    """How the text is punctuated, per thousand characters, whatever its line breaks (another scraper joins or
    wraps lines differently): its length, its questions, its quotation marks, an e-mail address."""
    text = " ".join(line.strip() for line in lines if line.strip())
    per_thousand = max(1, len(text)) / 1000
    return {
        "form:length": len(text) / 2000,
        "form:questions": text.count("?") / per_thousand,
        "form:quotes": text.translate(_QUOTES).count('"') / per_thousand,
        "form:email": float("@" in text),
    }


def text_features(body: str, lines: list[str]) -> dict[str, float]:
    """The model's inputs: every token of the body (present: 1) and the form measures of the lines."""
    return dict.fromkeys(text_tokens(body), 1.0) | form_features(lines)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def kind_probabilities(features: dict[str, float], model: dict | None = None) -> dict[str, float]:
    """The model's probability of each kind for these features (softmax of the linear scores)."""
    model = model or load_model()
    scores = {}
    for kind, intercept in model["intercepts"].items():
        weights = model["weights"][kind]
        scores[kind] = intercept + sum(value * weights[name] for name, value in features.items() if name in weights)
    top = max(scores.values())
    exp = {kind: math.exp(score - top) for kind, score in scores.items()}
    total = sum(exp.values())
    return {kind: value / total for kind, value in exp.items()}


def kind_from_text(body: str, lines: list[str]) -> str:
    """The most probable kind other than an interview (ties: the model's first kind). An interview is the form of
    a text, its questions and answers, which the signals read; for the words alone many questions make one."""
    probabilities = kind_probabilities(text_features(body, lines))
    return max((kind for kind in probabilities if kind != "interview"), key=lambda kind: probabilities[kind])
