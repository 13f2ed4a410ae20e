"""Every document of a directory converted alone, its whole model written as JSON lines.

    .venv/bin/python benchmarks/corpus_records.py DIR OUT.jsonl
    .venv/bin/python benchmarks/corpus_records.py --compare BEFORE.jsonl AFTER.jsonl

For a change that must not alter what the converter reads (a refactoring): dump a
corpus before and after, then ``--compare`` names each document whose model differs
(paragraphs, notes, facts, log, references, events) and the first field that does.
A document that cannot be read is written as its error message, so refusals compare too.
Files are read as ``corpus_check.py`` reads them (PDFs, texts, mandate-pipeline's JSON).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_check import load
from build_scripts.errors import SourceError
from build_scripts.pipeline import convert_source


def record(path: Path) -> str:
    try:
        converted = convert_source(load(path))
    except SourceError as err:
        return json.dumps({"file": path.name, "error": err.message})
    value: dict[str, Any] = {
        "file": path.name,
        "document": dataclasses.asdict(converted.document),
        "events": [dataclasses.asdict(event) for event in converted.events or []],
    }
    return json.dumps(value, default=str, sort_keys=True)


def _first_difference(before: Any, after: Any, where: str = "") -> str:
    if type(before) is not type(after):
        return where or "."
    if isinstance(before, dict):
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                return _first_difference(before.get(key), after.get(key), f"{where}.{key}")
    if isinstance(before, list):
        for index, (a, b) in enumerate(zip(before, after, strict=False)):
            if a != b:
                return _first_difference(a, b, f"{where}[{index}]")
        if len(before) != len(after):
            return f"{where}: {len(before)} items, now {len(after)}"
    return f"{where}: {str(before)[:120]!r} -> {str(after)[:120]!r}"


def compare(before_file: Path, after_file: Path) -> int:
    def read(path: Path) -> dict[str, Any]:
        return {r["file"]: r for r in map(json.loads, path.read_text().splitlines())}

    before, after = read(before_file), read(after_file)
    changed = 0
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            changed += 1
            print(f"{name}: {_first_difference(before.get(name), after.get(name))}")
    print(f"{changed} of {len(set(before) | set(after))} documents differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compare", action="store_true", help="compare two dumps instead")
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.compare:
        return compare(args.first, args.second)
    files = sorted(p for p in args.first.iterdir() if p.suffix in (".pdf", ".txt", ".json", ".md"))
    with ProcessPoolExecutor(args.jobs) as pool, args.second.open("w") as out:
        for line in pool.map(record, files, chunksize=8):
            out.write(line + "\n")
    print(f"{len(files)} documents written to {args.second}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
