"""Shared fixtures: sample paths and one Coach (models loaded once per test session)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "audio_samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


def load_truth(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text())


@pytest.fixture(scope="session")
def model():
    """The sentence model and heads of the language tests, loaded once."""
    from callcoach.analysis.language.model import PhraseModel

    return PhraseModel()


@pytest.fixture
def config():
    """Default language settings (a fresh object per test: tests may change it)."""
    from callcoach.config import LanguageConfig

    return LanguageConfig()


@pytest.fixture(scope="session")
def coach():
    from callcoach import Coach, Config

    return Coach(Config())


@pytest.fixture(scope="session")
def stereo_report(coach):
    return coach.analyze(SAMPLES / "call_stereo_8k.wav")


@pytest.fixture(scope="session")
def mono_report(coach):
    return coach.analyze(SAMPLES / "call_mono_16k.wav")
