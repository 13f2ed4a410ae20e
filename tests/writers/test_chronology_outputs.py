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


def test_every_event_is_on_the_page_with_links_to_its_sources(site, collection):
    page = index_page(site / "chronology/index.html")
    for event in collection.events:
        element = page.by_id(event.id)
        assert element.attrs["data-sources"] == " ".join(sorted({s.symbol for s in event.sources}))
    html = (site / "chronology/index.html").read_text(encoding="utf-8")
    assert html.count('class="un-mark un-') == len(collection.events)  # one timeline mark each
    assert 'href="../A/RES/58/166/#op1"' in html and 'href="../E/CN.4/RES/2003/48/#op1"' in html
    assert '<svg class="un-timeline"' in html and ">1990</text>" in html and ">2004</text>" in html


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
