"""Every shape is recognised from content alone, seeds and new texts alike."""

from __future__ import annotations

import pytest

from build_scripts.errors import SourceError
from build_scripts.readers import READERS, choose_reader
from build_scripts.sources import Source

from .. import shapes
from ..conftest import SOURCES

CASES = [
    ((SOURCES / "000_b4a211301873ce80.txt").read_text(encoding="utf-8"), "markdown-superscript"),
    ((SOURCES / "001_3102e6f66c413e7c.txt").read_text(encoding="utf-8"), "word-ods"),
    ((SOURCES / "002_f42212296a7c67d7.txt").read_text(encoding="utf-8"), "pdf-text"),
    ((SOURCES / "003_56be27d593927a28.txt").read_text(encoding="utf-8"), "ohchr-web"),
    ((SOURCES / "004_f480feab1e58da5f.txt").read_text(encoding="utf-8"), "markdown-report"),
    (shapes.markdown_superscript(), "markdown-superscript"),
    (shapes.word_ods(), "word-ods"),
    (shapes.pdf_text(), "pdf-text"),
    (shapes.ohchr_web(), "ohchr-web"),
    (shapes.markdown_report(), "markdown-report"),
]


@pytest.mark.parametrize(("text", "shape"), CASES)
def test_the_right_reader_is_chosen_and_no_other_is_as_confident(text, shape):
    assert choose_reader(text, "x.txt").name == shape
    scores = {reader.name: reader.sniff(Source("x.txt", text)) for reader in READERS}
    best = scores.pop(shape)
    assert best >= 0.5
    assert all(score < best for score in scores.values()), scores


@pytest.mark.parametrize(
    "text",
    ["Just a shopping list\nmilk\neggs\n", "Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.\n", "{}\n"],
)
def test_text_of_unknown_shape_is_refused_with_the_file_name(text):
    with pytest.raises(SourceError, match=r"notes\.txt: text of unknown shape"):
        choose_reader(text, "notes.txt")
