"""Chronology: labels, statuses and merges; the seeds' chronology verified by reading them."""

from __future__ import annotations

import random
from datetime import date

from build_scripts.model import Document, Event, EventSource, Paragraph
from build_scripts.transforms.chronology import _TRAILING_RE, document_events, merge_events, strip_trailing
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.references import extract_references

CATALOGUE = load_catalogue()


def event(when: str, precision: str, label: str, key: str, symbol: str, status: str = "happened") -> Event:
    return Event(when, precision, None, label, status, [EventSource(symbol, "p1", when, status)], key)  # type: ignore[arg-type]


def test_the_same_event_told_twice_is_one_entry_at_the_best_precision():
    merged = merge_events(
        [
            event("1993-06", "month", "X adopts Y", "adopt:Y", "B"),
            event("1993-06-25", "day", "X adopts Y", "adopt:Y", "A"),
        ]
    )
    assert len(merged) == 1
    assert (merged[0].date, merged[0].precision) == ("1993-06-25", "day")
    assert [s.symbol for s in merged[0].sources] == ["B", "A"]


def test_different_events_on_one_day_stay_apart():
    merged = merge_events(
        [
            event("2003-12-22", "day", "General Assembly adopts resolution 58/166", "adopt:A/RES/58/166", "A"),
            event("2003-12-22", "day", "General Assembly adopts resolution 58/167", "adopt:A/RES/58/167", "A"),
        ]
    )
    assert len(merged) == 2


def test_conflicting_dates_for_one_event_are_not_merged():
    merged = merge_events(
        [
            event("1990-12-18", "day", "adopts", "adopt:Z", "A"),
            event("1990-12-19", "day", "adopts", "adopt:Z", "B"),
        ]
    )
    assert len(merged) == 2


def test_an_event_planned_in_one_document_and_reported_in_a_later_one_happened():
    merged = merge_events(
        [
            event("2003-07-01", "day", "enters into force", "in-force:X", "old", "planned"),
            event("2003-07-01", "day", "enters into force", "in-force:X", "new", "happened"),
        ]
    )
    assert merged[0].status == "happened"


def test_ids_are_stable_and_unique():
    merged = merge_events([event("2001-01-01", "day", "Same label", f"k{i}", "A") for i in range(3)])
    assert [e.id for e in merged] == [
        "ev-2001-01-01-same-label",
        "ev-2001-01-01-same-label-2",
        "ev-2001-01-01-same-label-3",
    ]


def report(text: str, issued: date) -> Document:
    doc = Document("A/99/1", "General Assembly", "report", "A report", distributed=issued)
    doc.paragraphs = [Paragraph("para1", "numbered", "1", text)]
    doc.references = extract_references(doc, CATALOGUE)
    return doc


def labels(doc: Document) -> list[tuple[str, str, str]]:
    return [(e.date, e.label, e.status) for e in document_events(doc, CATALOGUE) if e.sources[0].paragraph == "para1"]


def test_future_events_are_planned_as_of_the_document():
    doc = report(
        "A seminar was held in Geneva on 3 May 2001. Another seminar will be held in Bangkok in October 2001.",
        date(2001, 7, 1),
    )
    assert labels(doc) == [
        ("2001-05-03", "A seminar was held in Geneva", "happened"),
        ("2001-10", "Another seminar will be held in Bangkok", "planned"),
    ]


def test_resolution_adoption_labels_name_the_body():
    doc = report("In its resolution 57/218 of 18 December 2002, the General Assembly noted.", date(2003, 7, 1))
    assert labels(doc) == [("2002-12-18", "General Assembly adopts resolution 57/218", "happened")]
    doc = report("Commission on Human Rights resolution 2002/62 of 25 April 2002 was adopted.", date(2003, 7, 1))
    assert labels(doc) == [("2002-04-25", "Commission on Human Rights adopts resolution 2002/62", "happened")]
    # A/RES/78/222: the Council's number as it prints it
    doc = report("pursuant to Security Council resolution 1325 (2000) of 31 October 2000, and", date(2023, 12, 19))
    assert labels(doc) == [("2000-10-31", "Security Council adopts resolution 1325 (2000)", "happened")]


SEED_CHRONOLOGY = [
    (
        "1990-12-18",
        None,
        "General Assembly adopts the Migrant Workers Convention (resolution 45/158)",
        {"A/RES/54/158", "A/56/179", "A/RES/56/145", "E/CN.4/RES/2003/48", "A/RES/58/166"},
    ),
    (
        "1993-06-25",
        None,
        "World Conference on Human Rights adopts the Vienna Declaration and Programme of Action",
        {"A/RES/54/158", "A/RES/56/145", "E/CN.4/RES/2003/48", "A/RES/58/166"},
    ),
    ("1997", None, "Appeal to Governments urging ratification of the treaties", {"A/56/179"}),
    (
        "1998-03",
        None,
        "The International Steering Committee of the Global Campaign for Ratification of the Convention on the Rights of Migrants established",
        {"A/56/179"},
    ),
    ("1998-12-09", None, "General Assembly adopts resolution 53/137", {"A/RES/54/158"}),
    (
        "1999-01-19",
        None,
        "The Secretary-General and the High Commissioner sent a joint letter to heads of Governments",
        {"A/56/179"},
    ),
    ("1999-04-27", None, "Commission on Human Rights adopts resolution 1999/44", {"A/RES/54/158"}),
    ("1999-12-17", None, "General Assembly adopts resolution 54/158 (83rd plenary meeting)", {"A/RES/54/158"}),
    (
        "2000-04-12",
        None,
        "A round table was held during the fifty-sixth session of the Commission on Human Rights",
        {"A/56/179"},
    ),
    ("2000-05-15", None, "The Secretary-General sent a letter to all heads of State or Government", {"A/56/179"}),
    (
        "2000-09",
        "2000-10",
        "Three ratifications or accessions to and seven signatures of the Convention were deposited with the Secretary-General",
        {"A/56/179"},
    ),
    ("2000-09-06", "2000-09-08", "The Millennium Summit in New York", {"A/56/179"}),
    ("2000-12-04", None, "General Assembly adopts resolution 55/88", {"A/56/179"}),
    ("2001-03-06", "2001-03-09", "One workshop was held in the Marshall Islands", {"A/56/179"}),
    ("2001-03-19", "2001-04-27", "The fifty-seventh session of the Commission", {"A/56/179"}),
    ("2001-04-24", None, "Commission on Human Rights adopts resolution 2001/53", {"A/56/179"}),
    ("2001-06-01", None, "The Migrant Workers Convention had been ratified or acceded to by 16 States", {"A/56/179"}),
    ("2001-07-12", None, "A/56/179 distributed", {"A/56/179"}),
    (
        "2001-09",
        None,
        "The next event will coincide with the twenty-seventh special session of the General Assembly on children and its fifty-sixth session",
        {"A/56/179"},
    ),
    ("2001-11", None, "The other workshop will be organized in Barbados", {"A/56/179"}),
    ("2001-12-19", None, "General Assembly adopts resolution 56/145 (88th plenary meeting)", {"A/RES/56/145"}),
    ("2002-02-06", None, "A/RES/56/145 distributed", {"A/RES/56/145"}),
    ("2003-04-23", None, "Commission on Human Rights adopts resolution 2003/48 (59th meeting)", {"E/CN.4/RES/2003/48"}),
    ("2003-07-01", None, "The Migrant Workers Convention enters into force", {"E/CN.4/RES/2003/48", "A/RES/58/166"}),
    ("2003-12-11", None, "The initial meeting of States parties to the Convention", {"A/RES/58/166"}),
    ("2003-12-22", None, "General Assembly adopts resolution 58/166 (77th plenary meeting)", {"A/RES/58/166"}),
    ("2004-03-04", None, "A/RES/58/166 distributed", {"A/RES/58/166"}),
]


def test_the_seeds_chronology(collection):
    got = [(e.date, e.end, e.label, {s.symbol for s in e.sources}) for e in collection.events]
    assert got == SEED_CHRONOLOGY


def test_planned_events_of_the_seeds(collection):
    planned = [(e.date, e.label) for e in collection.events if e.status == "planned"]
    assert [d for d, _ in planned] == ["2001-09", "2001-11"]


def test_the_vienna_declaration_keeps_each_sources_own_words(collection):
    vienna = next(e for e in collection.events if e.key == "adopt:A/CONF.157/23")
    written = {(s.symbol, s.paragraph): s.as_written for s in vienna.sources}
    assert written[("E/CN.4/RES/2003/48", "pp10")] == "June 1993"
    assert written[("A/RES/56/145", "pp5")] == "25 June 1993"


def test_trailing_connectors_are_stripped_as_the_pattern_strips_them_at_any_length():
    """``strip_trailing`` searches near the end first: the same result as the pattern
    over the whole label, also where the match begins before that window (long runs of
    separators) or a connector straddles its edge."""
    pieces = ["meeting", "held", "on", "in", "as at", "As at", "probably", "upon", "x", ",", ";", ":", " ", "  ", "\t"]
    rng = random.Random(7)
    labels = ["", " ", "held", "in", "a" * 200, "a" * 100 + " " * 80, "b" * 58 + " probably", "c" * 60 + " as at , "]
    for _ in range(3000):
        labels.append("".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 40))))
    # a connector before a long run of separators: it straddles the window's edge
    labels += ["d" * 5 + " " + word + " " * j for word in ("on", "probably", "as at") for j in range(40, 75)]
    for label in labels:
        assert strip_trailing(label) == _TRAILING_RE.sub("", label), repr(label)
    assert strip_trailing("the meeting was held in") == "the meeting was held"


def test_an_adoption_links_to_the_sign_off_or_to_the_masthead_when_there_is_none():
    """A/RES/79/85's print has no sign-off: its adoption, read from the masthead, must
    not link to a ``#signature`` its page lacks."""
    doc = Document("A/RES/79/85", "General Assembly", "resolution", "Effects", adopted=date(2024, 12, 4))
    (adoption,) = [e for e in document_events(doc, CATALOGUE) if e.key.startswith("adopt:")]
    assert adoption.sources[0].paragraph == "title"
    doc.closing_lines = ["45th plenary meeting", "4 December 2024"]
    (adoption,) = [e for e in document_events(doc, CATALOGUE) if e.key.startswith("adopt:")]
    assert adoption.sources[0].paragraph == "signature"
