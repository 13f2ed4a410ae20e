"""Readers, one per shape of text or file format, in one registry: ``READERS``.

A reader says what it reads (``base.Reader``): text or bytes, the file suffixes of
``sources/`` it claims, and how sure it is that a source is its own. A shape of text is
sniffed from the decoded text, never from the file's name; a file format is known by its
bytes (``%PDF-``; a zip holding ``word/document.xml`` or an OpenDocument text).
``sources.load_sources`` asks the registry which files are sources and whether a file's
bytes are what its name says; ``pipeline.read_source`` asks it for the reader of each
source (``reader_for``) and reads the source with it.

Adding a shape of text or a file format is one new file here and one line in ``READERS``:

- a shape of text: a module with ``name``, ``sniff(text) -> float`` and
  ``read(text, source_file) -> RawDocument``, listed as ``TextShape(module)``;
- a file format: a module that is a ``base.Reader`` itself (``name``, ``reads = "bytes"``,
  ``suffixes``, ``mismatch``, ``sniff(source)``, ``read(source) -> (raw, text)``), listed
  as it is; its suffixes become sources' suffixes.

``pdf_layout`` and ``office_xml`` are not readers: they turn a PDF's or a Word or
OpenDocument file's bytes into plain data, for ``pdf`` and ``office`` to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import SourceError
from . import (
    markdown_export,
    markdown_superscript,
    office,
    ohchr_web,
    pdf,
    pdf_extract,
    pdf_text,
    plain_text,
    sg_report,
    word_ods,
)
from .base import TEXT_SUFFIXES, Reader, TextShape

if TYPE_CHECKING:
    from ..sources import Source

READERS: tuple[Reader, ...] = (
    TextShape(markdown_export),
    TextShape(markdown_superscript),
    TextShape(word_ods),
    TextShape(pdf_text),
    TextShape(pdf_extract),
    TextShape(ohchr_web),
    TextShape(sg_report),
    TextShape(plain_text),
    pdf,
    office,
)
MIN_CONFIDENCE = 0.5


def reader_for(source: Source) -> Reader:
    """The reader most confident it knows this source; an error naming the file if none
    is confident enough."""
    scored = sorted(((reader.sniff(source), reader.name, reader) for reader in READERS), key=lambda s: (-s[0], s[1]))
    confidence, _, reader = scored[0]
    if confidence >= MIN_CONFIDENCE:
        return reader
    reads = "text" if source.data is None else "bytes"
    known = ", ".join(r.name for r in READERS if r.reads == reads)
    if source.data is None:
        raise SourceError(
            source.name, f"text of unknown shape (known shapes: {known}); no reader is confident it can read it"
        )
    raise SourceError(source.name, f"bytes of no format the converter reads (known formats: {known})")


def choose_reader(text: str, source_file: str) -> Reader:
    """The shape of text most confident it knows ``text`` (``reader_for`` a text source)."""
    from ..sources import Source

    return reader_for(Source(source_file, text))


def source_suffixes() -> tuple[str, ...]:
    """The suffixes of the files ``sources/`` reads: the texts', then each format's."""
    suffixes = dict.fromkeys(TEXT_SUFFIXES)
    for reader in READERS:
        suffixes.update(dict.fromkeys(reader.suffixes))
    return tuple(suffixes)


def claimants(suffix: str) -> list[Reader]:
    """The readers of files named with ``suffix`` (any case); none for a file ``sources/``
    does not read."""
    return [reader for reader in READERS if suffix.lower() in reader.suffixes]
