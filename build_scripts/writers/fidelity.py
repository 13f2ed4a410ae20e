"""The fidelity report: a page of the site and ``data/fidelity.json``."""

from __future__ import annotations

from typing import Any

from ..errors import Unread
from ..model import LogEntry
from ..transforms.fidelity import FidelityReport
from .json_export import json_array
from .pages import _environment
from .urls import page_path, relative

FIDELITY_PAGE = "fidelity/index.md"


def _entry(entry: LogEntry) -> dict[str, Any]:
    return {"rule": entry.rule, "line": entry.line, "detail": entry.detail, "removed": entry.removed}


def fidelity_json(reports: list[FidelityReport], unread: list[Unread] | None = None) -> str:
    """One record per source file, by file name: each read one's proof, and each file left
    out (``read`` false) with why, so that the data account for every file of sources/."""
    records = [
        {
            "source_file": r.source_file,
            "read": True,
            "reason": None,
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
    records += [_unread_record(u) for u in unread or []]
    return json_array(sorted(records, key=lambda record: record["source_file"]))


def _unread_record(unread: Unread) -> dict[str, Any]:
    """A file left out: the fields of a read one, null (nothing was read to count)."""
    counts = ("symbol", "shape", "source_words", "removed_words", "kept_words", "kept_share", "joined_words")
    return {
        "source_file": unread.source_file,
        "read": False,
        "reason": f"line {unread.line}: {unread.reason}" if unread.line else unread.reason,
        **dict.fromkeys(counts),
        "markers_restored": [],
        "removals": [],
        "repairs": [],
        "warnings": [],
    }


# Documents a page of the fidelity list holds at most
MAX_DOCUMENTS_PER_PAGE = 500
# Files left out the summary lists at most (the others: in data/fidelity.json)
MAX_UNREAD_LISTED = 500


def needing_attention(reports: list[FidelityReport]) -> list[FidelityReport]:
    """The documents the list shows: those with warnings first, then those repaired."""
    warned = [r for r in reports if r.warnings]
    repaired = [r for r in reports if r.repairs and not r.warnings]
    return warned + repaired


def fidelity_paths(reports: list[FidelityReport]) -> list[str]:
    listed = len(needing_attention(reports))
    return [FIDELITY_PAGE, *(_list_path(part) for part in range(1, -(-listed // MAX_DOCUMENTS_PER_PAGE) + 1))]


def _list_path(part: int) -> str:
    return "fidelity/documents.md" if part == 1 else f"fidelity/documents-{part}.md"


def render_fidelity(reports: list[FidelityReport], unread: list[Unread] | None = None) -> dict[str, str]:
    """The source files left out, with why (first: they are what a reader of the site
    misses), the summary (totals, each rule's count) and the list of the documents that
    needed repairs or carry warnings, in pages of at most ``MAX_DOCUMENTS_PER_PAGE``;
    every removal and repair itself is on its document's page and in
    ``data/fidelity.json``."""
    totals = {
        "source": sum(r.source_words for r in reports),
        "removed": sum(r.removed_words for r in reports),
        "kept": sum(r.kept_words for r in reports),
        "documents": len(reports),
        "warned": sum(1 for r in reports if r.warnings),
        "repaired": sum(1 for r in reports if r.repairs),
    }
    body = totals["source"] - totals["removed"]
    totals["percent"] = f"{100 * (totals['kept'] / body if body else 1):.2f}%"
    rules: dict[tuple[str, str], list[int]] = {}
    for report in reports:
        for kind, entries in (("removed", report.removals), ("repaired", report.repairs), ("warning", report.warnings)):
            seen = set()
            for entry in entries:
                counts = rules.setdefault((kind, entry.rule), [0, 0])
                counts[0] += 1
                if entry.rule not in seen:
                    counts[1] += 1
                    seen.add(entry.rule)
    listed = needing_attention(reports)
    parts = [listed[i : i + MAX_DOCUMENTS_PER_PAGE] for i in range(0, len(listed), MAX_DOCUMENTS_PER_PAGE)]
    environment = _environment()
    files = {
        FIDELITY_PAGE: environment.get_template("fidelity.md.j2").render(
            totals=totals,
            unread=(unread or [])[:MAX_UNREAD_LISTED],
            unread_count=len(unread or []),
            rules=[(kind, rule, counts[0], counts[1]) for (kind, rule), counts in sorted(rules.items())],
            parts=[(relative(FIDELITY_PAGE, _list_path(n)), len(part)) for n, part in enumerate(parts, start=1)],
        )
    }
    template = environment.get_template("fidelity_list.md.j2")
    for number, part in enumerate(parts, start=1):
        path = _list_path(number)
        rows = [
            {
                "report": r,
                # its record on its page: what was removed and repaired (none: its warnings, at the top)
                "link": relative(path, page_path(r.symbol), "conversion-log" if r.removals or r.repairs else None),
                "percent": f"{100 * r.kept_share:.2f}%",
                "rules": sorted({e.rule for e in [*r.warnings, *r.repairs]}),
            }
            for r in part
        ]
        files[path] = template.render(
            rows=rows,
            number=number,
            count=len(parts),
            summary=relative(path, FIDELITY_PAGE),
            before=relative(path, _list_path(number - 1)) if number > 1 else None,
            after=relative(path, _list_path(number + 1)) if number < len(parts) else None,
        )
    return files
