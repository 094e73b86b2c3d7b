"""The labels the language analysers report (the contract's names).

The exemplar sentences that used to live here were replaced by a training corpus written
for the purpose (``benchmarks/data/language_train/``) and heads fitted on it
(:mod:`callcoach.analysis.language.heads`). Teach the coach new wording by adding lines
there, then re-running ``build.py`` and ``fit.py`` beside the corpus.
"""
from __future__ import annotations

EMPATHY_FAMILIES = ("apologize", "acknowledge", "appreciate", "own", "reassure", "invite", "personalize")
# Families the embedding head may report (all of them; personalising is also found from the
# customer's name and explicit references back, "as you mentioned").
EMBEDDED_FAMILIES = EMPATHY_FAMILIES
DISMISSIVE_CATEGORIES = ("blame", "policy_wall", "dismiss_feelings", "deflect", "repeat_impatience", "jargon")
