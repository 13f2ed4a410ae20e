from __future__ import annotations

import pytest

from build_scripts.repairs.joining import (
    ends_paragraph,
    is_wrapped,
    join_lines,
    join_wrapped,
    should_rejoin,
    starts_numbered,
    wrap_width,
)
from build_scripts.repairs.markers import sentinel


@pytest.mark.parametrize(
    ("first", "second", "joined", "removed"),
    [
        ("the marked increase in", "migratory movements", "the marked increase in migratory movements", False),
        ("increase in migra-", "tory movements", "increase in migratory movements", True),
        (
            "intergovernmental and non-",
            "governmental organizations",
            "intergovernmental and non-governmental organizations",
            False,
        ),
        ("the Secretary-", "General", "the Secretary-General", False),
        ("a self-", "executing treaty", "a self-executing treaty", False),
    ],
)
def test_join_lines(first, second, joined, removed):
    assert join_lines(first, second) == (joined, removed)


def test_join_lines_of_an_unhyphenated_layout_keeps_the_hyphen_in_any_script():
    """A PDF's line-final hyphen is the word's own: kept, and the word not cut by a space,
    in Cyrillic as in Latin ("Центральноафрикан-" "ской", CEDAW/C/CAF/CO/6 in Russian)."""
    assert join_lines("fact-", "finding", dehyphenate=False) == ("fact-finding", False)
    assert join_lines("Центральноафрикан-", "ской", dehyphenate=False) == ("Центральноафрикан-ской", False)
    assert join_lines("1990 -", "1995", dehyphenate=False) == ("1990 - 1995", False)


def test_join_wrapped_counts_hyphens():
    assert join_wrapped("one migra-\ntory line\nand more") == ("one migratory line and more", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("families,", True),
        ("world;", True),
        ("instruments”.", True),
        ("priority.", True),
        (f"the Child,{sentinel('5')}", True),
        ("all migrant", False),
        ("of All", False),
    ],
)
def test_ends_paragraph(text, expected):
    assert ends_paragraph(text) is expected


@pytest.mark.parametrize(
    ("previous", "following", "expected"),
    [
        ("protection of all migrant", "workers and their families", True),  # blank line mid-sentence
        ("Cape Verde,", "colombia and more", True),  # continues in lower case
        ("of the Convention,", "Underlining the importance", False),  # next preambular paragraph
        ("at the earliest possible time,", "1. Acknowledges", False),
        ("She has also", "participated in meetings", True),
        ("She has also", "2. Next paragraph", False),
        # a marker standing apart after the paragraph's comma: the next paragraph follows
        ("admission to the United Nations, 14", "Recommends to the General Assembly", False),
        ("admission to the United Nations, 14", "and recommends", True),
        ("in its resolutions 242 (1967) and 338", "Recommends", True),  # no end before the number
    ],
)
def test_should_rejoin(previous, following, expected):
    assert should_rejoin(previous, following) is expected


def test_starts_numbered():
    assert starts_numbered("1. Expresses") and starts_numbered("(a) To") and starts_numbered("(iv) To")
    assert not starts_numbered("1990 was") and not starts_numbered("45/158.")


def test_wrap_width_and_wrapped_lines():
    lines = ["x" * 100] * 9 + ["short line,"]
    width = wrap_width(lines)
    assert width == 100
    assert is_wrapped("y" * 95, width) and not is_wrapped("y" * 60, width)


def _join_lines_by_search(first: str, second: str, dehyphenate: bool = True) -> tuple[str, bool]:
    """``join_lines`` as written before: each rule searched over the whole text so far."""
    import re

    from build_scripts.repairs.joining import _KEEP_HYPHEN_PREFIXES

    left, right = first.rstrip(), second.strip()
    if not dehyphenate and re.search(r"[^\W\d_]-$", left) and right[:1].isalpha():
        return left + right, False
    match = re.search(r"([A-Za-z]+)-$", left)
    if match and right[:1].isalpha():
        part = match.group(1)
        if right[:1].isupper() or part.lower() in _KEEP_HYPHEN_PREFIXES or part[:1].isupper():
            return left + right, False
        return left[:-1] + right, True
    return f"{left} {right}", False


def test_join_lines_reads_the_hyphenated_word_back_from_the_hyphen_as_the_search_did():
    """``join_lines`` reads the word before a final hyphen back from it: for every pair of
    lines of the real resolutions' texts, and for lines made of every kind of character
    before a hyphen, it joins as searching the whole text did."""
    import itertools
    from pathlib import Path

    real = Path(__file__).parent.parent / "fixtures" / "real"
    lines = [line for path in sorted(real.glob("*.txt")) for line in path.read_text().splitlines()]
    assert sum(line.rstrip().endswith("-") for line in lines) > 10
    pieces = ["", "-", "a", "Z", "é", "ж", "1", "_", " ", "\n", "non", "Self", "ab-cd", "x y", "—", "\u00ad"]
    made = ["".join(p) + end for p in itertools.product(pieces, repeat=2) for end in ("-", "- ", "-\n", "")]
    seconds = ["tory", "General", "1 item", " é", "", "-x"]
    for first, second in [*itertools.pairwise(lines), *itertools.product(made, seconds)]:
        for dehyphenate in (True, False):
            assert join_lines(first, second, dehyphenate) == _join_lines_by_search(first, second, dehyphenate)
