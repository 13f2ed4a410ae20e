"""The chronology page and its exports, on the built seed site."""

from __future__ import annotations

import csv
import io
import json

from ..htmlcheck import index_page


def test_chronology_json_shape(site, collection):
    events = json.loads((site / "data/chronology.json").read_text(encoding="utf-8"))
    assert len(events) == len(collection.events) == 27
    vienna = next(e for e in events if e["label"].endswith("Vienna Declaration and Programme of Action"))
    assert (vienna["date"], vienna["precision"], vienna["end"], vienna["status"]) == (
        "1993-06-25",
        "day",
        None,
        "happened",
    )
    assert {
        "symbol": "E/CN.4/RES/2003/48",
        "paragraph": "pp10",
        "as_written": "June 1993",
        "url": "E/CN.4/RES/2003/48/#pp10",
    } in vienna["sources"]
    barbados = next(e for e in events if "Barbados" in e["label"])
    assert (barbados["date"], barbados["precision"], barbados["status"]) == ("2001-11", "month", "planned")
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_every_event_is_on_its_year_page_with_links_to_its_sources(site, collection):
    years = sorted({event.date[:4] for event in collection.events})
    marks = 0
    for year in years:
        page = index_page(site / f"chronology/{year}/index.html")
        told = [e for e in collection.events if e.date.startswith(year)]
        for event in told:
            element = page.by_id(event.id)
            assert element.attrs["data-sources"] == " ".join(sorted({s.symbol for s in event.sources}))
        html = (site / f"chronology/{year}/index.html").read_text(encoding="utf-8")
        assert html.count('class="un-mark un-') == len(told)  # one timeline mark each
        marks += len(told)
    assert marks == len(collection.events) == 27
    html = (site / "chronology/2003/index.html").read_text(encoding="utf-8")
    assert 'href="../../E/CN.4/RES/2003/48/#op1"' in html and 'href="../../A/RES/58/166/#op1"' in html


def test_the_overview_counts_each_year_and_links_its_page(site, collection):
    html = (site / "chronology/index.html").read_text(encoding="utf-8")
    assert '<svg class="un-timeline un-years"' in html and ">1990</text>" in html
    for year in {event.date[:4] for event in collection.events}:
        assert f'href="{year}/"' in html, year
        told = [e for e in collection.events if e.date.startswith(year)]
        happened = sum(1 for e in told if e.status == "happened")
        assert f"{year}: {happened} happened, {len(told) - happened} planned" in html


def test_a_year_with_many_events_is_split_by_month():
    from build_scripts.model import Event
    from build_scripts.writers.chronology import chronology_pages

    events = [Event(f"2024-{m:02d}-01", "day", None, f"e{m}-{i}", "happened") for m in (1, 3) for i in range(5)]
    events.insert(0, Event("2024", "year", None, "sometime", "happened"))
    pages = chronology_pages(events, most=4)
    assert [(p.key, p.title, len(p.events)) for p in pages] == [
        ("2024-year", "2024, month not stated", 1),
        ("2024-01", "January 2024", 4),
        ("2024-01-2", "January 2024 (part 2)", 1),
        ("2024-03", "March 2024", 4),
        ("2024-03-2", "March 2024 (part 2)", 1),
    ]
    assert sum(len(p.events) for p in pages) == len(events)
    assert [p.key for p in chronology_pages(events, most=11)] == ["2024"]


def test_csv_and_icalendar(site, collection):
    rows = list(csv.DictReader(io.StringIO((site / "data/chronology.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 27 and rows[0]["date"] == "1990-12-18"
    ics = (site / "data/chronology.ics").read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    day_or_month = sum(1 for e in collection.events if e.precision != "year")
    assert ics.count("BEGIN:VEVENT") == day_or_month
    assert "DTSTART;VALUE=DATE:20030701\r\nDTEND;VALUE=DATE:20030702" in ics
    assert "DTSTART;VALUE=DATE:20011101\r\nDTEND;VALUE=DATE:20011201" in ics  # November 2001: the whole month
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_icalendar_folding_keeps_characters_whole():
    from build_scripts.writers.chronology import _ics_fold

    line = "SUMMARY:" + "Réunion préparatoire à Genève — " * 8
    folded = _ics_fold(line)
    pieces = folded.split("\r\n ")
    assert "".join(pieces) == line
    assert all(len(piece.encode()) <= (75 if i == 0 else 74) for i, piece in enumerate(pieces))
