"""Errors that name the file (and line) at fault, so a bad source never ends in a traceback."""

from __future__ import annotations


class SourceError(Exception):
    """A source (or its sidecar) cannot be turned into a document."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        """Picklable, so that an error in a worker process reaches the build intact."""
        return (SourceError, (self.path, self.message, self.line))
