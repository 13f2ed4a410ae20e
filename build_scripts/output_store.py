"""A build's generated files on disk: written once, as they are made, read a file at a time.

Why: the generated pages and data of a large collection are gigabytes as Python strings
(330 MB of text at 5,000 documents, twice that in memory). The forked renderer used to
send each file through a pipe into MkDocs's process, which held it until MkDocs read it:
MkDocs reads every page before it writes any and copies the data files last, so nearly
the whole output sat in its memory at once; a cache then kept all of it again, in one
pickle, for the next build, which loaded it whole. Now the renderer writes each file
here, MkDocs is handed files backed by these paths (``File.generated(...,
abs_src_path=...)``: it reads a page when it renders it and copies a data file itself),
and the cache keeps only the manifest (``StoredFiles``: each path with its content's
digest); the next build hands MkDocs the same files, takes an unchanged page from here by
hard link, and says a file is unchanged by comparing digests.

Nothing here is specific to MkDocs or to UN documents; it is written by hand because the
whole need (a directory, a digest a file, a hard link with a copy as fallback) is a few
lines over ``pathlib`` and ``hashlib``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .paths import safe_join


def digest_of(content: str) -> str:
    """The digest a file's content is compared by (``unchanged_since``)."""
    return hashlib.blake2b(content.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass
class StoredFiles(Mapping[str, str]):
    """Generated files kept in ``directory``: a mapping of path (under ``docs/``) to its
    content, read from disk when asked for, never held; ``digests`` in the order the files
    were written (MkDocs's order). Pickled (a cache's copy of an output) as the manifest
    alone."""

    directory: Path
    digests: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, path: str) -> str:
        if path not in self.digests:
            raise KeyError(path)
        return self.source(path).read_text(encoding="utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self.digests)

    def __len__(self) -> int:
        return len(self.digests)

    def __contains__(self, path: object) -> bool:
        return path in self.digests

    def source(self, path: str) -> Path:
        """Where the file is (``safe_join``: never outside the directory)."""
        return safe_join(self.directory, path)

    def intact(self) -> bool:
        """Whether every file is still there (a cache directory cleaned by hand is not)."""
        return all(os.path.isfile(self.source(path)) for path in self.digests)

    def write(self, path: str, content: str) -> str:
        """A file made now; its digest."""
        target = self.source(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        digest = self.digests[path] = digest_of(content)
        return digest

    def write_lines(self, path: str, lines: Iterable[str]) -> str:
        """A file made a line at a time, never whole in memory; its digest."""
        target = self.source(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.blake2b(digest_size=16)
        with target.open("w", encoding="utf-8") as written:
            for line in lines:
                written.write(line)
                digest.update(line.encode("utf-8", "surrogatepass"))
        self.digests[path] = digest.hexdigest()
        return self.digests[path]

    def take(self, path: str, other: Mapping[str, str]) -> str:
        """A file taken unchanged from another build's output: a hard link to its copy
        there when both are stored (no byte read), else written; its digest."""
        if not isinstance(other, StoredFiles):
            return self.write(path, other[path])
        target = self.source(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            os.link(other.source(path), target)
        except OSError:  # another file system, or no hard links there
            shutil.copyfile(other.source(path), target)
        digest = self.digests[path] = other.digests[path]
        return digest

    def remove(self) -> None:
        """The directory and every file in it (an output no build will read again)."""
        shutil.rmtree(self.directory, ignore_errors=True)


def digest_in(files: Mapping[str, str], path: str) -> str | None:
    """A file's digest in an output held in memory or stored; None when it has no such file."""
    if isinstance(files, StoredFiles):
        return files.digests.get(path)
    content = files.get(path)
    return digest_of(content) if content is not None else None
