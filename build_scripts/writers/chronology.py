"""The chronology page (with its timeline drawn as inline SVG at build time) and the
chronology exports: JSON (DESIGN.md), CSV and iCalendar."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .. import anchors
from ..model import Event
from .escape import html_text, md_text
from .json_export import json_array
from .pages import _environment
from .urls import html_href, page_path, relative, site_url

CHRONOLOGY_PAGE = "chronology/index.md"
# The events a page of the chronology holds at most: a year with more is split by month
MAX_EVENTS_PER_PAGE = 400
_MONTH_NAMES = [date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def format_event_date(event: Event) -> str:
    """The date at its own precision: '25 June 1993', 'June 1993', '1997', '6–9 March 2001'."""

    def one(value: str) -> tuple[int, int | None, int | None]:
        parts = [int(p) for p in value.split("-")]
        return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None

    year, month, day = one(event.date)
    if month is None:
        return str(year)
    if event.end is None:
        return f"{day} {_MONTH_NAMES[month - 1]} {year}" if day else f"{_MONTH_NAMES[month - 1]} {year}"
    end_year, end_month, end_day = one(event.end)
    if day is None:
        return f"{_MONTH_NAMES[month - 1]}–{_MONTH_NAMES[(end_month or month) - 1]} {year}"
    if (end_year, end_month) == (year, month):
        return f"{day}–{end_day} {_MONTH_NAMES[month - 1]} {year}"
    return f"{day} {_MONTH_NAMES[month - 1]} – {end_day} {_MONTH_NAMES[(end_month or month) - 1]} {end_year}"


def _position(value: str) -> float:
    """A date as a fractional year, for the timeline."""
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 7
    day = parts[2] if len(parts) > 2 else 15
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline_svg(events: list[Event]) -> str:
    """An inline SVG: one axis, a tick per year, a dot per event (a bar for a span),
    each a link to the event's entry. Drawn at build time; no script."""
    if not events:
        return ""
    first = int(min(_position(e.date) for e in events))
    last = int(max(_position(e.end or e.date) for e in events)) + 1
    width, left, right, row_height, axis_y = 1000, 30, 30, 16, 34
    scale = (width - left - right) / max(last - first, 1)
    rows: list[float] = []  # right edge of the last mark in each row
    marks: list[str] = []
    for event in events:
        x1 = left + (_position(event.date) - first) * scale
        x2 = left + (_position(event.end) - first) * scale if event.end else x1
        row = next((i for i, edge in enumerate(rows) if x1 - edge > 13), len(rows))
        if row == len(rows):
            rows.append(x2)
        rows[row] = x2
        y = axis_y + 16 + row * row_height
        title = xml_escape(f"{format_event_date(event)}: {event.label} ({event.status})")
        shape = (
            f'<rect x="{x1:.1f}" y="{y - 4}" width="{max(x2 - x1, 8):.1f}" height="8" rx="4"/>'
            if event.end and x2 - x1 > 8
            else f'<circle cx="{x1:.1f}" cy="{y}" r="6"/>'
        )
        marks.append(f'<a href="#{event.id}" class="un-mark un-{event.status}"><title>{title}</title>{shape}</a>')
    height = axis_y + 16 + len(rows) * row_height + 10
    ticks = []
    for year in range(first, last + 1):
        x = left + (year - first) * scale
        ticks.append(f'<line x1="{x:.1f}" y1="{axis_y - 5}" x2="{x:.1f}" y2="{height - 6}" class="un-tick"/>')
        ticks.append(f'<text x="{x:.1f}" y="{axis_y - 10}" text-anchor="middle">{year}</text>')
    caption = f"Timeline of {len(events)} events, {first} to {last - 1}"
    return (
        f'<svg class="un-timeline" viewBox="0 0 {width} {height}" role="group" aria-label="{html_text(caption)}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" class="un-axis"/>'
        + "".join(ticks)
        + "".join(marks)
        + "</svg>"
    )


def _sources(event: Event, from_page: str) -> list[str]:
    links = []
    for source in event.sources:
        if source.paragraph not in (None, anchors.TITLE, anchors.SIGNATURE):
            label = anchors.label(source.paragraph)
        else:  # the document's own dates: its adoption (sign-off or masthead), its distribution
            label = "adoption" if event.key.startswith("adopt:") else "distribution"
        href = relative(from_page, page_path(source.symbol), source.paragraph)
        text = f"{source.symbol}, {label}"
        links.append(f'[{md_text(text)}]({href} "{html_text(source.as_written)}") (“{md_text(source.as_written)}”)')
    return links


@dataclass
class ChronologyPage:
    """One page of the chronology: a year, or (a part of) a month of a year with more
    events than a page holds."""

    key: str  # "2024", "2024-03", "2024-03-2": the page's name
    title: str  # "2024", "March 2024", "March 2024 (part 2)"
    year: str
    events: list[Event]

    @property
    def path(self) -> str:
        return f"chronology/{self.key}.md"


def chronology_pages(events: list[Event], most: int = MAX_EVENTS_PER_PAGE) -> list[ChronologyPage]:
    """The chronology's pages, in date order: one a year; a year with more than ``most``
    events, one a month (its events dated only by the year first), and a month with
    more, several parts. No page grows with the collection beyond ``most`` events."""
    years: dict[str, list[Event]] = {}
    for event in events:
        years.setdefault(event.date[:4], []).append(event)
    pages: list[ChronologyPage] = []
    for year, told in years.items():
        if len(told) <= most:
            pages.append(ChronologyPage(year, year, year, told))
            continue
        periods: dict[str, list[Event]] = {}
        for event in told:
            periods.setdefault(event.date[:7], []).append(event)
        for period, within in periods.items():
            name = f"{_MONTH_NAMES[int(period[5:7]) - 1]} {year}" if len(period) == 7 else f"{year}, month not stated"
            key = period if len(period) == 7 else f"{year}-year"
            for part, first in enumerate(range(0, len(within), most), start=1):
                suffix = (f"-{part}", f" (part {part})") if part > 1 else ("", "")
                pages.append(ChronologyPage(key + suffix[0], name + suffix[1], year, within[first : first + most]))
    return pages


def chronology_paths(pages: list[ChronologyPage]) -> list[str]:
    return [CHRONOLOGY_PAGE, *(page.path for page in pages)]


def render_chronology(events: list[Event], directory_urls: bool = True, latest: str | None = None) -> dict[str, str]:
    """The chronology: an overview (every year with its counts and pages, drawn as bars;
    the planned events still to come after ``latest``, the newest document's date) and
    one page per year or month. Each event is one Markdown paragraph (no ``markdown``
    blocks: Python-Markdown's md_in_html re-reads the rest of the page at each one)."""
    pages = chronology_pages(events)
    environment = _environment()
    files = {CHRONOLOGY_PAGE: _overview(events, pages, latest, directory_urls)}
    template = environment.get_template("chronology_page.md.j2")
    for number, page in enumerate(pages):
        before = pages[number - 1] if number else None
        after = pages[number + 1] if number + 1 < len(pages) else None
        files[page.path] = template.render(
            page=page,
            entries=[_entry(event, page.path) for event in page.events],
            svg=timeline_svg(page.events),
            overview=relative(page.path, CHRONOLOGY_PAGE),
            before=(before.title, relative(page.path, before.path)) if before else None,
            after=(after.title, relative(page.path, after.path)) if after else None,
        )
    return files


def _entry(event: Event, page: str) -> dict[str, Any]:
    return {
        "event": event,
        "when": format_event_date(event),
        "label": md_text(event.label),
        "sources": _sources(event, page),
        "symbols": " ".join(sorted({s.symbol for s in event.sources})),
    }


UPCOMING_SHOWN = 30  # planned events the overview lists (the year pages have them all)


def _overview(events: list[Event], pages: list[ChronologyPage], latest: str | None, directory_urls: bool) -> str:
    years: dict[str, dict[str, Any]] = {}
    for page in pages:
        year = years.setdefault(
            page.year,
            {
                "year": page.year,
                "happened": 0,
                "planned": 0,
                "pages": [],
                "href": html_href(CHRONOLOGY_PAGE, page.path, directory_urls),
            },
        )
        year["pages"].append((page.title, relative(CHRONOLOGY_PAGE, page.path)))
        for event in page.events:
            year[event.status] += 1
    upcoming = [e for e in events if e.status == "planned" and latest is not None and e.date > latest]
    page_of = {id(event): page for page in pages for event in page.events}
    shown = [
        {**_entry(event, CHRONOLOGY_PAGE), "link": relative(CHRONOLOGY_PAGE, page_of[id(event)].path, event.id)}
        for event in upcoming[:UPCOMING_SHOWN]
    ]
    return (
        _environment()
        .get_template("chronology.md.j2")
        .render(
            years=list(years.values()),
            svg=years_svg(list(years.values())),
            count=len(events),
            first=events[0].date[:4] if events else "",
            last=(events[-1].end or events[-1].date)[:4] if events else "",
            upcoming=shown,
            upcoming_count=len(upcoming),
            latest=latest,
        )
    )


def years_svg(years: list[dict[str, Any]]) -> str:
    """The events a year as bars (happened below planned), each a link to the year's
    first page: one mark a year, however many events."""
    if not years:
        return ""
    first, last = int(years[0]["year"]), int(years[-1]["year"])
    width, left, right, top, height = 1000, 30, 30, 10, 120
    span = max(last - first + 1, 1)
    step = (width - left - right) / span
    peak = max(y["happened"] + y["planned"] for y in years) or 1
    marks, labels = [], []
    for year in years:
        x = left + (int(year["year"]) - first) * step
        total = year["happened"] + year["planned"]
        happened = height * year["happened"] / peak
        planned = height * year["planned"] / peak
        title = xml_escape(f"{year['year']}: {year['happened']} happened, {year['planned']} planned")
        bar_width = max(step - 1, 1)
        marks.append(
            f'<a href="{html_text(year["href"])}" class="un-year-bar"><title>{title}</title>'
            f'<rect class="un-happened" x="{x:.1f}" y="{top + height - happened:.1f}" width="{bar_width:.1f}" '
            f'height="{happened:.1f}"/>'
            f'<rect class="un-planned" x="{x:.1f}" y="{top + height - happened - planned:.1f}" '
            f'width="{bar_width:.1f}" height="{planned:.1f}"/></a>'
        )
        if total and (int(year["year"]) % 10 == 0 or len(years) <= 12):
            labels.append(
                f'<text x="{x + step / 2:.1f}" y="{top + height + 16}" text-anchor="middle">{year["year"]}</text>'
            )
    caption = f"Events a year, {first} to {last}"
    return (
        f'<svg class="un-timeline un-years" viewBox="0 0 {width} {top + height + 24}" role="group" '
        f'aria-label="{html_text(caption)}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(marks)
        + "".join(labels)
        + "</svg>"
    )


def _record(event: Event, directory_urls: bool) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date,
        "precision": event.precision,
        "end": event.end,
        "label": event.label,
        "status": event.status,
        "sources": [
            {
                "symbol": s.symbol,
                "paragraph": s.paragraph,
                "as_written": s.as_written,
                "url": site_url(page_path(s.symbol), directory_urls) + (f"#{s.paragraph}" if s.paragraph else ""),
            }
            for s in event.sources
        ],
    }


def chronology_json(events: list[Event], directory_urls: bool = True) -> str:
    return json_array([_record(e, directory_urls) for e in events])


def chronology_csv(events: list[Event]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "end", "precision", "label", "status", "sources"])
    for event in events:
        sources = "; ".join(f"{s.symbol} {s.paragraph or ''}".strip() for s in event.sources)
        writer.writerow([event.date, event.end or "", event.precision, event.label, event.status, sources])
    return out.getvalue()


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> str:
    """RFC 5545: lines of at most 75 octets, continued with a space, never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[bytes] = []
    start, room = 0, 75
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back off to the character's start
            end -= 1
        parts.append(data[start:end])
        start, room = end, 74  # continuation lines begin with a space
    parts.append(data[start:])
    return "\r\n ".join(part.decode("utf-8") for part in parts)


def chronology_ics(events: list[Event]) -> str:
    """All-day events for day- and month-precise dates (a month spans the whole month).
    DTSTAMP is the event's own date, so the file is the same on every build."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//un-docs//chronology//EN", "CALSCALE:GREGORIAN"]
    for event in events:
        if event.precision == "year":
            continue
        start = event.date if event.precision == "day" else f"{event.date}-01"
        if event.end:
            last = event.end if len(event.end) == 10 else _month_end(event.end)
        else:
            last = start if event.precision == "day" else _month_end(event.date)
        end = date.fromordinal(date.fromisoformat(last).toordinal() + 1)
        sources = ", ".join(f"{s.symbol} {s.paragraph or ''}".strip() for s in event.sources)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.id}@un-docs",
            f"DTSTAMP:{start.replace('-', '')}T000000Z",
            f"DTSTART;VALUE=DATE:{start.replace('-', '')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(event.label)}",
            f"DESCRIPTION:{_ics_text(f'{event.status}; told by {sources}')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


def _month_end(month: str) -> str:
    year, number = (int(p) for p in month.split("-")[:2])
    following = date(year + number // 12, number % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1).isoformat()
