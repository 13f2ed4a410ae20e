"""Date parsing: every form the texts use, at its own precision, and the traps."""

from __future__ import annotations

import pytest

from build_scripts.transforms.dates import find_dates


def dates(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.as_written, m.date, m.precision, m.end_date) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("adopted on 18 December 1990 by", [("18 December 1990", "1990-12-18", "day", None)]),
        ("established in March 1998 for", [("March 1998", "1998-03", "month", None)]),
        ("adopted in June 1993 by the World Conference", [("June 1993", "1993-06", "month", None)]),
        (
            "held in the Marshall Islands from 6 to 9 March 2001,",
            [("from 6 to 9 March 2001", "2001-03-06", "day", "2001-03-09")],
        ),
        (
            "held from 19 March to 27 April 2001,",
            [("from 19 March to 27 April 2001", "2001-03-19", "day", "2001-04-27")],
        ),
        (
            "to be held in New York from 6 to 8 September 2000,",
            [("from 6 to 8 September 2000", "2000-09-06", "day", "2000-09-08")],
        ),
        ("the Summit, 6 to 8 September 2000", [("6 to 8 September 2000", "2000-09-06", "day", "2000-09-08")]),
        ("deposited in September/October 2000.", [("September/October 2000", "2000-09", "month", "2000-10")]),
        ("their 1997 appeal to Governments", [("1997", "1997", "year", None)]),
        ("in 1997, the Secretary-General", [("1997", "1997", "year", None)]),
        ("As at 1 June 2001, the Convention", [("1 June 2001", "2001-06-01", "day", None)]),
        ("probably in November 2001.", [("November 2001", "2001-11", "month", None)]),
        (
            "One was held from 6 to 9 March 2001, the other probably in November 2001.",
            [
                ("from 6 to 9 March 2001", "2001-03-06", "day", "2001-03-09"),
                ("November 2001", "2001-11", "month", None),
            ],
        ),
        ("resolution 45/158 of 18 December 1990,", [("18 December 1990", "1990-12-18", "day", None)]),
    ],
)
def test_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 2200 A (XXI), annex.",
        "resolution 2001/53 and resolution 1999/44",
        "Supplement No. 3 (E/1999/23), chap. II",
        "Official Records of the Economic and Social Council, 1999, Supplement No. 3",
        "ratified or acceded to by 16 States",
        "at least 20 States have ratified",
        "The 25 treaties representing the United Nations key objectives",
        "at its fifty-sixth session",
        "have been planned for 2001",
        "article 87 of the Convention",
        "on 31 June 2001",  # no such day: no date, and no guess at "June 2001" either
    ],
)
def test_not_dates(text):
    assert dates(text) == []
