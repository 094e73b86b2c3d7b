"""pyannote's SpeakerDiarization extended for calls: CAM++ once per call, local speakers
re-checked across pauses, clustering bounded on long calls."""
from __future__ import annotations

from pyannote.audio.core.plda import PLDA
from pyannote.audio.pipelines import SpeakerDiarization

from .campplus import embed_local_speakers
from .clustering import BoundedAgglomerativeClustering, split_at_pauses


class NoPLDA(PLDA):
    """Agglomerative clustering uses no PLDA; SpeakerDiarization still asks for one."""

    def __init__(self) -> None:  # noqa: D401 - nothing to load
        self.lda_dimension = 0



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
