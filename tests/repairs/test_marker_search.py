"""build_scripts/repairs/marker_search.py: markers an export flattened into the text,
put back where the notes' order says they are."""

from __future__ import annotations

from build_scripts.model import LogEntry
from build_scripts.repairs.marker_search import Wanted, put_back_markers
from build_scripts.repairs.markers import split_markers


def place(lines: list[str], markers: list[str], home: int = 0) -> tuple[list[str], list[LogEntry]]:
    log: list[LogEntry] = []
    wanted = [Wanted(marker, 100 + n, range(len(lines)), home) for n, marker in enumerate(markers)]
    out = put_back_markers(lines, wanted, log)
    return [split_markers(line)[0] for line in out], log


def markers_of(line: str) -> list[tuple[str, int]]:
    return split_markers(line)[1]


def test_glued_spaced_and_year_forms() -> None:
    log: list[LogEntry] = []
    lines = ["the returns of Member States for 2021, 1 2022,2 20233 and 2024,4"]
    out = put_back_markers(lines, [Wanted(m, 1, range(1)) for m in "1234"], log)
    text, markers = split_markers(out[0])
    assert text == "the returns of Member States for 2021, 2022, 2023 and 2024,"
    assert [m for m, _ in markers] == ["1", "2", "3", "4"]
    assert text[: markers[2][1]].endswith("2023") and not log


def test_order_decides_between_a_number_and_a_marker() -> None:
    """'Goal 14 of' comes before the marker 14 and is left alone, since marker 13 stands
    between them; the day in 'on 1 December' is never a marker."""
    lines = ["Goal 14 of the Agenda, adopted on 1 December 2025,", "as recalled in resolution 70/1,13 and the Pact,14"]
    out, log = place(lines, ["13", "14"])
    assert out == [
        "Goal 14 of the Agenda, adopted on 1 December 2025,",
        "as recalled in resolution 70/1, and the Pact,",
    ]
    assert not log


def test_symbols_and_abbreviations_are_not_markers() -> None:
    out, log = place(["[without reference to a Main Committee (A/80/L.2/Rev.1)]", "A/RES/78/181"], ["1"])
    assert out == ["[without reference to a Main Committee (A/80/L.2/Rev.1)]", "A/RES/78/181"]
    assert [entry.rule for entry in log] == ["marker-not-found"] and log[0].line == 100


def test_two_markers_at_one_place_lose_the_comma_between_them() -> None:
    log: list[LogEntry] = []
    out = put_back_markers(
        ["in a single conflict,10,11 and"], [Wanted("10", 1, range(1)), Wanted("11", 2, range(1))], log
    )
    text, markers = split_markers(out[0])
    assert text == "in a single conflict, and" and [m for m, _ in markers] == ["10", "11"]
