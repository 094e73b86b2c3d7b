"""The ``batch``, ``search`` and ``calibrate`` commands (registered on the main CLI)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the archive commands to ``app`` (imports stay light: work happens when run)."""
