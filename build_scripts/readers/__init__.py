"""Readers, one per raw shape, chosen by sniffing the content (never the file name)."""

from __future__ import annotations

from types import ModuleType

from ..errors import SourceError
from . import markdown_export, markdown_superscript, ohchr_web, pdf_extract, pdf_text, sg_report, word_ods

READERS: tuple[ModuleType, ...] = (
    markdown_export,
    markdown_superscript,
    word_ods,
    pdf_text,
    pdf_extract,
    ohchr_web,
    sg_report,
)
MIN_CONFIDENCE = 0.5


def choose_reader(text: str, source_file: str) -> ModuleType:
    """The reader most confident it knows this shape; an error if none is confident enough."""
    scored = sorted(((reader.sniff(text), reader.name, reader) for reader in READERS), key=lambda s: (-s[0], s[1]))
    confidence, _, reader = scored[0]
    if confidence < MIN_CONFIDENCE:
        shapes = ", ".join(r.name for r in READERS)
        raise SourceError(
            source_file, f"text of unknown shape (known shapes: {shapes}); no reader is confident it can read it"
        )
    return reader
