"""Errors that reach users: each names the file and the problem in one line."""
from __future__ import annotations


class CallcoachError(Exception):
    """Base class for every error callcoach reports to a user."""


class InputError(CallcoachError):
    """A recording or transcript that cannot be analysed.

    The message is one line: ``<file>: <problem>[; <what to do>]``.
    """

    def __init__(self, source: str, problem: str, hint: str | None = None):
        self.source = str(source)
        self.problem = problem
        self.hint = hint
        message = f"{self.source}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class ModelError(CallcoachError):
    """A model could not be found or loaded."""
