"""The fidelity report: a page of the site and ``data/fidelity.json``."""

from __future__ import annotations

from typing import Any

from ..model import LogEntry
from ..transforms.fidelity import FidelityReport
from .json_export import json_array
from .pages import _environment
from .urls import page_path, relative

FIDELITY_PAGE = "fidelity/index.md"


def _entry(entry: LogEntry) -> dict[str, Any]:
    return {"rule": entry.rule, "line": entry.line, "detail": entry.detail, "removed": entry.removed}


def fidelity_json(reports: list[FidelityReport]) -> str:
    records = [
        {
            "source_file": r.source_file,
            "symbol": r.symbol,
            "shape": r.shape,
            "source_words": r.source_words,
            "removed_words": r.removed_words,
            "kept_words": r.kept_words,
            "kept_share": round(r.kept_share, 6),
            "joined_words": r.joined_words,
            "markers_restored": r.markers_restored,
            "removals": [_entry(e) for e in r.removals],
            "repairs": [_entry(e) for e in r.repairs],
            "warnings": [_entry(e) for e in r.warnings],
        }
        for r in reports
    ]
    return json_array(records)


def render_fidelity(reports: list[FidelityReport]) -> str:
    rows = [
        {"report": r, "link": relative(FIDELITY_PAGE, page_path(r.symbol)), "percent": f"{100 * r.kept_share:.2f}%"}
        for r in reports
    ]
    totals = {
        "source": sum(r.source_words for r in reports),
        "removed": sum(r.removed_words for r in reports),
        "kept": sum(r.kept_words for r in reports),
    }
    body = totals["source"] - totals["removed"]
    totals["percent"] = f"{100 * (totals['kept'] / body if body else 1):.2f}%"
    return _environment().get_template("fidelity.md.j2").render(rows=rows, totals=totals)
