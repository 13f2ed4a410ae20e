"""The front matter's rules: the day a report without a masthead date gives itself and
the year its imprint prints, each read only where the masthead left it unknown."""

from __future__ import annotations

from datetime import date

from build_scripts.readers.base import Block
from build_scripts.structure.frontmatter import (
    FrontMatterState,
    bracketed_date,
    date_above_contents,
    imprint_year,
    read_front_matter,
)

from .helpers import doc_state


def front(*lines: str) -> FrontMatterState:
    return FrontMatterState(doc_state(), list(enumerate(lines, start=1)))


def test_bracketed_date_takes_the_day_in_square_brackets() -> None:
    f = front("[25 June 2025]")
    assert bracketed_date(f, 1, "[25 June 2025]") is True
    assert f.doc.facts.dated == date(2025, 6, 25)
    assert "square brackets" in f.doc.provenance["dated"]


def test_bracketed_date_declines_a_dated_document_or_a_date_in_a_sentence() -> None:
    f = front("[25 June 2025]")
    f.doc.set_fact("distributed", date(2025, 6, 1), 1)
    assert bracketed_date(f, 1, "[25 June 2025]") is False
    assert f.doc.facts.dated is None
    assert bracketed_date(front("x"), 1, "[adopted on 25 June 2025]") is False


def test_date_above_contents_takes_a_date_alone_over_contents() -> None:
    f = front("27 February 2025", "Contents")
    assert date_above_contents(f, 1, "27 February 2025") is True
    assert f.doc.facts.dated == date(2025, 2, 27)


def test_date_above_contents_declines_a_date_over_anything_else() -> None:
    f = front("27 February 2025", "Introduction")
    assert date_above_contents(f, 1, "27 February 2025") is False
    assert f.doc.facts.dated is None


def test_imprint_year_takes_the_year_of_the_imprint_never_a_day() -> None:
    f = front("United Nations • New York, 2025")
    assert imprint_year(f, 1, "United Nations • New York, 2025") is True
    assert (f.doc.facts.published, f.doc.facts.dated) == (2025, None)
    assert f.doc.extra["imprint"] == "United Nations • New York, 2025"


def test_imprint_year_declines_a_line_that_is_no_imprint() -> None:
    f = front("United Nations New York, 2025 was a year")
    assert imprint_year(f, 1, "United Nations New York, 2025 was a year") is False
    assert f.doc.facts.published is None


def test_read_front_matter_stops_at_paragraph_1() -> None:
    """A bracketed date after paragraph 1 is the body's: not read."""
    doc = doc_state()
    read_front_matter(doc, [Block("United Nations • New York, 2024", 1), Block("1. The Committee met.", 3)])
    assert doc.facts.published == 2024
    doc = doc_state()
    read_front_matter(doc, [Block("1. The Committee met.", 1), Block("[25 June 2025]", 3)])
    assert doc.facts.dated is None
