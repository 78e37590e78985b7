"""The command line's bad input: the error every command raises for it (reported in one line with
status 2) and the exit statuses."""

from __future__ import annotations

EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input: reported in one line with status 2."""


def describe(exc: Exception) -> str:
    """What was wrong with a line of input, in a few words: a missing field, or the error's first
    line."""
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
