"""Errors that name the file (and line) at fault, so a bad source never ends in a traceback."""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Unread:
    """A source file the build left out, and why: listed on the fidelity page, in
    ``data/fidelity.json`` and at the end of the build's output, so that one bad file
    costs its own document and never the collection (``strict_sources`` makes it stop
    the build instead)."""

    source_file: str
    reason: str
    line: int | None = None

    @classmethod
    def of(cls, error: SourceError) -> Unread:
        return cls(error.path, error.message, error.line)

    def error(self) -> SourceError:
        """The refusal again, to stop a strict build with the very message."""
        return SourceError(self.source_file, self.reason, self.line)

    def describe(self) -> str:
        return f"{self.source_file}:{self.line}: {self.reason}" if self.line else f"{self.source_file}: {self.reason}"


def stop_at_first(unread: list[Unread], strict: bool = True) -> None:
    """In a strict build, the first file left out stops it, with its own message."""
    if strict and unread:
        raise unread[0].error()


def no_source_read(unread: list[Unread]) -> SourceError:
    """Nothing to publish: every source file was refused. The error names them all, so
    that a build of only bad files stops rather than publishing an empty site."""
    if len(unread) == 1:
        only = unread[0]
        return SourceError(only.source_file, f"no source could be read: {only.reason}", only.line)
    return SourceError("sources", "no source could be read: " + "; ".join(u.describe() for u in unread))
