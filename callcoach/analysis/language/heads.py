"""Logistic heads over sentence embeddings, fitted offline on the training corpus.

The corpus (``benchmarks/data/language_train/``, written by hand for this purpose, see its
README) is embedded with :class:`~callcoach.analysis.language.encoder.E5Encoder` and one
head is fitted per judgement:

- ``families``: one-vs-rest, one sigmoid per empathy family (a sentence may show several);
- ``dismissive``: softmax over the dismissive categories and ``none``;
- ``specific``: sigmoid, on apologies only: does it name the problem?
- ``customer``: softmax over ``distress``, ``neutral``, ``positive`` (emotion, not topic).

The fitted weights live in ``_heads_data.py`` (written by
``benchmarks/data/language_train/fit.py``; plain Python, so no package data is needed),
with each label's decision threshold, chosen by grouped cross-validation on the corpus.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

FAMILY_LABELS = ("apologize", "acknowledge", "appreciate", "own", "reassure", "invite", "personalize")
DISMISSIVE_LABELS = ("none", "blame", "policy_wall", "dismiss_feelings", "deflect", "repeat_impatience", "jargon")
CUSTOMER_LABELS = ("distress", "neutral", "positive")


@dataclass
class Head:
    """A linear head: ``kind`` ``ovr`` (independent sigmoids) or ``softmax``."""

    name: str
    labels: tuple[str, ...]
    kind: str
    coef: np.ndarray
    intercept: np.ndarray
    thresholds: dict[str, float] = field(default_factory=dict)

    def proba(self, embeddings: np.ndarray) -> np.ndarray:
        """Probabilities, shape ``(n, len(labels))``."""
        logits = embeddings.astype(np.float32) @ self.coef.T + self.intercept
        if self.kind == "ovr":
            return 1.0 / (1.0 + np.exp(-logits))
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def threshold(self, label: str, default: float = 0.5) -> float:
        return float(self.thresholds.get(label, default))

    def to_dict(self) -> dict:
        return {"labels": list(self.labels), "kind": self.kind, "shape": list(self.coef.shape),
                "coef": _b64(self.coef), "intercept": _b64(self.intercept),
                "thresholds": {k: round(float(v), 3) for k, v in self.thresholds.items()}}

    @classmethod
    def from_dict(cls, name: str, data: dict) -> "Head":
        coef = _unb64(data["coef"]).reshape(data["shape"])
        return cls(name, tuple(data["labels"]), data["kind"], coef, _unb64(data["intercept"]),
                   dict(data.get("thresholds", {})))


def _b64(a: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(a, dtype="<f4").tobytes()).decode("ascii")


def _unb64(s: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(s), dtype="<f4").astype(np.float32)


def load_heads() -> dict[str, Head]:
    """The fitted heads shipped with the package (``{}`` if they have not been fitted)."""
    try:
        from . import _heads_data
    except ImportError:  # pragma: no cover - the data module is part of the package
        return {}
    return {name: Head.from_dict(name, data) for name, data in _heads_data.HEADS.items()}


def heads_meta() -> dict:
    try:
        from . import _heads_data
    except ImportError:  # pragma: no cover
        return {}
    return dict(_heads_data.META)


@dataclass
class Exemplars:
    """Labelled training sentences, kept as embeddings: a sentence scores the
    similarity-weighted mean of the ``values`` of its ``k`` nearest exemplars (weights
    exp(``sharpness`` x cosine)). A paraphrase of a training line ("I'm at the end of my
    tether" for "Honestly, I'm at the end of my tether.") lands next to it even where the
    linear head reads the two apart."""

    name: str
    vectors: np.ndarray
    """(n, 384) float32, each row L2-normalised (stored as int8 with a scale per row)."""
    values: np.ndarray
    """(n,) or (n, labels) float32: the label of each exemplar as a number (customer: -1
    distress, 0, +1; families: one 0/1 column per family)."""
    k: int = 15
    sharpness: float = 100.0
    weight: float = 0.7
    """Share of the exemplar score in the blend with the head (the rest is the head's)."""

    def score(self, embeddings: np.ndarray) -> np.ndarray:
        if len(embeddings) == 0 or len(self.values) == 0:
            return np.zeros((len(embeddings),) + self.values.shape[1:], dtype=np.float32)
        sims = embeddings.astype(np.float32) @ self.vectors.T
        k = min(self.k, sims.shape[1])
        idx = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        top = np.take_along_axis(sims, idx, axis=1)
        w = np.exp((top - top.max(axis=1, keepdims=True)) * self.sharpness)
        if self.values.ndim == 2:  # one score per column: (m, labels)
            return (w[:, :, None] * self.values[idx]).sum(axis=1) / w.sum(axis=1)[:, None]
        return (w * self.values[idx]).sum(axis=1) / w.sum(axis=1)

    def to_dict(self) -> dict:
        scale = np.abs(self.vectors).max(axis=1) / 127.0 + 1e-12
        q = np.round(self.vectors / scale[:, None]).astype(np.int8)
        return {"shape": list(self.vectors.shape), "k": self.k, "sharpness": self.sharpness, "weight": self.weight,
                "vectors": base64.b64encode(q.tobytes()).decode("ascii"), "scale": _b64(scale),
                "values": base64.b64encode(self.values.astype(np.int8).tobytes()).decode("ascii"),
                "values_shape": list(self.values.shape)}

    @classmethod
    def from_dict(cls, name: str, data: dict) -> Exemplars:
        q = np.frombuffer(base64.b64decode(data["vectors"]), dtype=np.int8).reshape(data["shape"])
        vectors = q.astype(np.float32) * _unb64(data["scale"])[:, None]
        values = np.frombuffer(base64.b64decode(data["values"]), dtype=np.int8).astype(np.float32)
        values = values.reshape(data.get("values_shape", [len(values)]))
        return cls(name, vectors, values, int(data["k"]), float(data["sharpness"]), float(data["weight"]))


def load_exemplars() -> dict[str, Exemplars]:
    """The exemplar sets shipped with the package (``{}`` if none were written)."""
    try:
        from . import _exemplars_data
    except ImportError:  # pragma: no cover - written by fit.py with the heads
        return {}
    return {name: Exemplars.from_dict(name, data) for name, data in _exemplars_data.EXEMPLARS.items()}


# -- fitting (development only: needs scikit-learn) -------------------------------------------

def fit_logistic(x: np.ndarray, y: np.ndarray, c: float, balanced: bool = False):
    """sklearn's logistic regression on standardised features; returns (coef, intercept) for
    the raw features (the scaling is folded in), one row per sklearn class row."""
    from sklearn.linear_model import LogisticRegression

    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    model.fit((x - mean) / std, y)
    coef = model.coef_ / std
    intercept = model.intercept_ - coef @ mean
    return model.classes_, coef.astype(np.float32), intercept.astype(np.float32)


def fit_ovr(name: str, x: np.ndarray, targets: np.ndarray, labels: Sequence[str], c: float,
            thresholds: dict[str, float] | None = None) -> Head:
    """One sigmoid per column of the 0/1 matrix ``targets``."""
    coef = np.zeros((len(labels), x.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(labels), dtype=np.float32)
    for j in range(len(labels)):
        _, w, b = fit_logistic(x, targets[:, j].astype(int), c)
        coef[j], intercept[j] = w[0], b[0]
    return Head(name, tuple(labels), "ovr", coef, intercept, dict(thresholds or {}))


def fit_softmax(name: str, x: np.ndarray, y: Sequence[str], labels: Sequence[str], c: float,
                thresholds: dict[str, float] | None = None, balanced: bool = False) -> Head:
    index = {label: i for i, label in enumerate(labels)}
    classes, w, b = fit_logistic(x, np.array([index[v] for v in y]), c, balanced)
    coef = np.zeros((len(labels), x.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(labels), dtype=np.float32)
    if len(classes) == 2:  # binary: sklearn keeps one row, for the second class
        coef[classes[1]], intercept[classes[1]] = w[0], b[0]
    else:
        for k, cls in enumerate(classes):
            coef[cls], intercept[cls] = w[k], b[k]
    return Head(name, tuple(labels), "softmax", coef, intercept, dict(thresholds or {}))
