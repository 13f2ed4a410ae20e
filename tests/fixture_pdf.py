"""A committed fixture converted as the build converts it, every word of its text layer
accounted for (the fidelity proof): what the tests of tables and figures read."""

from __future__ import annotations

import functools
from pathlib import Path

from build_scripts.model import Document
from build_scripts.pipeline import read_source
from build_scripts.sources import Source

FIXTURES = Path(__file__).parent / "fixtures"


@functools.cache
def convert(path: str) -> Document:
    """``path`` under tests/fixtures, converted once a test run."""
    source = FIXTURES / path
    doc, proof = read_source(Source(source.name, "", {}, [], source.read_bytes()))
    assert proof.problems == []  # every word of the text layer accounted for
    return doc
