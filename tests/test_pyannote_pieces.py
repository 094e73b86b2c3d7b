"""Local speakers cut at pauses (segmentation-3.0 merging two people who trade short turns)."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pyannote.audio")
from pyannote.core import SlidingWindow, SlidingWindowFeature  # noqa: E402

from callcoach.speech.pyannote.clustering import BoundedAgglomerativeClustering, split_at_pauses  # noqa: E402

FRAMES = 100


def segmentation(*chunks: list[list[tuple[int, int]]]) -> SlidingWindowFeature:
    """chunks[c][s] = active frame ranges of local speaker s in window c."""
    speakers = max(len(chunk) for chunk in chunks)
    data = np.zeros((len(chunks), FRAMES, speakers), dtype=np.float32)
    for c, chunk in enumerate(chunks):
        for s, ranges in enumerate(chunk):
            for a, b in ranges:
                data[c, a:b, s] = 1.0
    return SlidingWindowFeature(data, SlidingWindow(start=0.0, duration=10.0, step=1.0))


def pieces_of(pieces, parent, chunk: int, speaker: int) -> list[tuple[int, int]]:
    """Active frame ranges of every piece that came from ``speaker``."""
    out = []
    for k in np.flatnonzero(parent[chunk] == speaker):
        active = np.flatnonzero(pieces.data[chunk, :, k] > 0.5)
        if active.size:
            out.append((int(active[0]), int(active[-1]) + 1))
    return out


def test_a_local_speaker_is_cut_at_a_long_pause_only():
    seg = segmentation([[(0, 20), (40, 60), (63, 80)], [(85, 95)]])
    pieces, parent = split_at_pauses(seg, gap_frames=10, min_frames=5)
    # the 20-frame pause cuts, the 3-frame one does not
    assert pieces_of(pieces, parent, 0, 0) == [(0, 20), (40, 80)]
    assert pieces_of(pieces, parent, 0, 1) == [(85, 95)]
    # every frame keeps its speaker activity: nothing added, nothing lost
    assert np.array_equal(pieces.data.sum(axis=2), seg.data.sum(axis=2))


def test_a_run_too_short_to_embed_stays_with_its_nearest_neighbour():
    seg = segmentation([[(0, 30), (45, 48), (80, 100)]])
    pieces, parent = split_at_pauses(seg, gap_frames=10, min_frames=5)
    # the 3-frame blip is 15 frames after the first run and 32 before the last
    assert pieces_of(pieces, parent, 0, 0) == [(0, 48), (80, 100)]


def test_at_most_max_runs_pieces_cut_at_the_longest_pauses():
    seg = segmentation([[(0, 10), (25, 35), (60, 65), (70, 75), (90, 95)]])
    pieces, parent = split_at_pauses(seg, gap_frames=10, min_frames=5, max_runs=3)
    # pauses of 15, 25, 5 (no cut) and 15 frames give 4 runs; the first short pause is joined
    assert pieces_of(pieces, parent, 0, 0) == [(0, 35), (60, 75), (90, 95)]


def test_windows_without_pauses_pad_with_silent_pieces():
    seg = segmentation([[(0, 20), (50, 70)]], [[(0, 40)]])  # two windows, one local speaker each
    pieces, parent = split_at_pauses(seg, gap_frames=10, min_frames=5)
    assert pieces.data.shape[2] == 2
    assert list(parent[0]) == [0, 0] and list(parent[1]) == [0, -1]
    assert pieces.data[1, :, 1].sum() == 0


def test_pieces_go_to_the_nearest_cluster_learnt_from_whole_local_speakers():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=16), rng.normal(size=16)
    # six windows, one whole local speaker each: three are voice A, three voice B
    whole = np.stack([[a + 0.01 * rng.normal(size=16)] for _ in range(3)]
                     + [[b + 0.01 * rng.normal(size=16)] for _ in range(3)])
    _, parent = split_at_pauses(segmentation(*[[[(0, 40), (60, 100)]]] * 6), gap_frames=10, min_frames=5)
    pieces = np.repeat(whole, 2, axis=1)
    pieces[0, 1] = b  # window 0's local speaker (voice A) also holds a piece of voice B
    pieces[5, 1] = np.nan  # a piece too short to embed keeps its whole speaker's cluster
    clustering = BoundedAgglomerativeClustering(metric="cosine")
    clustering.instantiate({"method": "centroid", "min_cluster_size": 1, "threshold": 0.6})
    clustering.train_on = (whole, segmentation(*[[[(0, 100)]]] * 6), parent)
    hard, _, _ = clustering(pieces, segmentations=None, num_clusters=2)
    assert hard[0, 0] == hard[1, 0] == hard[1, 1] == hard[2, 0]
    assert hard[0, 1] == hard[3, 0] == hard[4, 0] == hard[5, 0] == hard[5, 1]
    assert hard[0, 0] != hard[0, 1]
    assert clustering.train_on is None  # used once, not carried into the next call


class FakeCamPlusPlus:
    """Stands in for CAM++: one 'feature' per 20 ms frame, the embedding is their mean."""

    @staticmethod
    def _fbank(wave):
        import torch

        n = wave.shape[0] // 160  # 10 ms fbank hop
        return torch.ones((n, 80))

    @staticmethod
    def frames(feats):
        import torch

        return torch.ones((192, feats.shape[0] // 2))

    @staticmethod
    def pool(frames):
        return frames.mean(dim=-1)


def test_a_piece_under_the_other_voice_keeps_its_local_speakers_cluster():
    """A backchannel spoken over the other voice would embed as the louder voice: no own embedding."""
    import torch

    from callcoach.speech.pyannote.campplus import embed_local_speakers

    frames = 589  # segmentation-3.0 frames per 10 s window
    data = np.zeros((1, frames, 2), dtype=np.float32)
    data[0, 0:200, 0] = 1.0      # speaker 0 talks...
    data[0, 300:500, 0] = 1.0    # ...and again after a pause
    data[0, 350:370, 1] = 1.0    # speaker 1: a short backchannel inside speaker 0's speech
    data[0, 100:160, 1] = 1.0    # and another one
    whole = SlidingWindowFeature(data, SlidingWindow(start=0.0, duration=10.0, step=1.0))
    pieces, parent = split_at_pauses(whole, gap_frames=18, min_frames=15)
    waveform = torch.zeros(160000)
    piece_emb, whole_emb = embed_local_speakers(FakeCamPlusPlus(), waveform, pieces, True, also=whole)
    # whole local speakers always get an embedding (pyannote's fallback to overlapped frames)
    assert not np.isnan(whole_emb[0]).any()
    # speaker 0's two clean pieces are embedded; speaker 1's two fully overlapped pieces are not
    active = pieces.data[0].sum(axis=0) > 0
    own = [k for k in range(len(active)) if active[k] and parent[0, k] == 0]
    under = [k for k in range(len(active)) if active[k] and parent[0, k] == 1]
    assert len(own) == 2 and len(under) == 2
    assert not np.isnan(piece_emb[0, own]).any()
    assert np.isnan(piece_emb[0, under]).all()
