"""The linear models of the learned fallback steps (`extract.affiliations`, `extract.roles`): reading, scoring and
choosing.

A model is a JSON file of weights by feature name, an intercept and a threshold, written by the step's training
script (scikit-learn); reading and applying it needs only standard Python. This file imports nothing of `briefing`,
so that the training scripts can read it by path next to older code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def load_model(path: Path) -> dict:
    """The weights, intercept and threshold a training script wrote (read once per file)."""
    return json.loads(path.read_text(encoding="utf-8"))


def probability(features: dict[str, float], model: dict, clamp: float = 30.0) -> float:
    """The logistic of the intercept plus the weighted features (a feature the model does not know weighs nothing);
    the score is clamped to +-clamp so that no weights overflow the exponential."""
    weights = model["weights"]
    score = model["intercept"] + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-clamp, min(clamp, score))))


def best_above(rows: Sequence[tuple], threshold: float):
    """The candidate of the best row (rows are (probability, candidate, …), best first) when it is credible (its
    probability at least the threshold), else None."""
    if not rows or rows[0][0] < threshold:
        return None
    return rows[0][1]


def best_of_each(people: list, rows_of: Callable[[object], Sequence[tuple]], threshold: float) -> list:
    """For each person the best credible candidate of rows_of(person), or None. All are chosen before the caller
    assigns any, so every choice is made on the document as the extraction left it (as the model was trained)."""
    return [best_above(rows_of(person), threshold) for person in people]
