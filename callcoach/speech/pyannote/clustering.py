"""Clustering of local speakers across a call: bounded on long calls, and local speakers
re-checked across pauses (pieces assigned to the clusters learnt from whole speakers)."""
from __future__ import annotations

import numpy as np
from pyannote.audio.pipelines.clustering import AgglomerativeClustering
from pyannote.core import SlidingWindowFeature
from scipy.spatial.distance import cdist

SPLIT_MAX_STEP = 0.25
"""Cutting local speakers at pauses needs several windows to vote on every moment (at
least 4): at the 5 s step (``fast``) it added confusion on several calls
(``benchmarks/mono_eval.py``, docs/measurements.md), so it is off there."""
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
    raw = segmentations.data  # NaN-free copies are made one window at a time (long calls)
    num_chunks, num_frames, num_speakers = raw.shape
    pieces: list[list[tuple[int, int, int]]] = []
    for c in range(num_chunks):
        chunk = []
        data = np.nan_to_num(raw[c], nan=0.0)
        for s in range(num_speakers):
            active = np.flatnonzero(data[:, s] > 0.5)
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
    # float16 holds powerset segmentations (exactly 0 or 1; this path runs only for them)
    # without loss at half the size: on a 2-hour call this array and the binarised copy
    # pyannote makes of it are 0.2 GB each in float32.
    out = np.zeros((num_chunks, num_frames, width), dtype=np.float16)
    parent = np.full((num_chunks, width), -1, dtype=np.int64)
    for c, chunk in enumerate(pieces):
        data = np.nan_to_num(raw[c], nan=0.0)
        for k, (s, a, b) in enumerate(chunk):
            out[c, a:b, k] = data[a:b, s]
            parent[c, k] = s
    return SlidingWindowFeature(out, segmentations.sliding_window), parent


MAX_CLUSTERED = 2000
"""Agglomerative clustering holds all pairwise distances: beyond this many embeddings (a
call of about 25 minutes at the 1 s step) it clusters an even spread of them and the rest
join the nearest cluster."""


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
