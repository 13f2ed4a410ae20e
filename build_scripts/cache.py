"""A content-addressed cache of converted sources, so a rebuild converts only what changed.

The key of a source is a hash of its bytes, its sidecar and the converter itself (every
file of ``build_scripts``: code, templates, data), so any change to any of them means a
fresh conversion. Values live in memory for the life of the process (``mkdocs serve``: ``remember``)
and, when a directory is given, on disk between runs. A collection's generated files are
kept apart, as files (``output_store``, under ``output/``): the value cached for them is
their manifest.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import tempfile
from pathlib import Path
from typing import Any

from .output_store import StoredFiles

PACKAGE = Path(__file__).resolve().parent


@functools.cache
def converter_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yaml", ".j2"):
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class ConversionCache:
    """``remember``: keep what is read or stored in this process's memory too, for the next
    build in the same process (``mkdocs serve``); a one-off build (``mkdocs build``) does
    not: every converted document held by the cache to the end was the model held twice."""

    def __init__(self, directory: Path | None = None, remember: bool = True) -> None:
        self.directory = directory
        self.remember = remember or directory is None
        self.memory: dict[str, Any] = {}
        self.hits = 0
        self.misses = 0
        self._outputs: dict[str, StoredFiles] = {}  # without a directory: temporary ones

    @staticmethod
    def key(name: str, text: str, sidecar: dict[str, Any], data: bytes | None = None) -> str:
        """``data``: the bytes of a source read from its layout (a PDF), not from its text."""
        digest = hashlib.sha256(converter_fingerprint().encode())
        digest.update(name.encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        if data is not None:
            digest.update(data)
        digest.update(repr(sorted(sidecar.items())).encode())
        return digest.hexdigest()

    @staticmethod
    def collection_key(source_keys: list[str], directory_urls: bool) -> str:
        """The key of a whole collection's output: its sources' keys, in order, and the URL style."""
        digest = hashlib.sha256(f"collection:{directory_urls}".encode())
        for key in source_keys:
            digest.update(key.encode())
        return digest.hexdigest()

    def get(self, key: str) -> Any | None:
        """The value stored under ``key`` (counted as a hit or a miss)."""
        value = self.peek(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def peek(self, key: str) -> Any | None:
        """``get`` without counting: for what a build may reuse, not what it must convert."""
        if key in self.memory:
            return self.memory[key]
        if self.directory is not None:
            try:
                with self._path(key).open("rb") as stored:  # read as unpickled: never all its bytes at once
                    value = pickle.load(stored)
            except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError):
                value = None
            if value is not None:
                if self.remember:
                    self.memory[key] = value
                return value
        return None

    def put(self, key: str, value: Any) -> None:
        if self.remember:
            self.memory[key] = value
        if self.directory is not None:
            path = self._path(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".partial")
            with partial.open("wb") as stored:  # written as pickled: a collection's output is GBs
                pickle.dump(value, stored, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(path)

    def forget(self, key: str) -> None:
        """Drop a value no build will ask for again (a superseded collection's output), so
        that neither ``mkdocs serve``'s memory nor the cache directory grows with each edit."""
        self.memory.pop(key, None)
        self.output_store(key).remove()
        self._outputs.pop(key, None)
        if self.directory is not None:
            self._path(key).unlink(missing_ok=True)

    def output_store(self, key: str) -> StoredFiles:
        """Where the generated files of the output cached under ``key`` are written: under
        the cache's directory, or (a cache in memory only) a temporary directory that lives
        until the key is forgotten."""
        if self.directory is not None:
            return StoredFiles(self.directory / "output" / key)
        if key not in self._outputs:
            self._outputs[key] = StoredFiles(Path(tempfile.mkdtemp(prefix="un-docs-output-")))
        return StoredFiles(self._outputs[key].directory)

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / key
