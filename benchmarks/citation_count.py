"""Count the citations the recogniser finds in a corpus of text extractions, and compare
two versions of the recogniser citation by citation.

    .venv/bin/python benchmarks/citation_count.py DIR [--dump OUT.jsonl] [--code REPO]
    .venv/bin/python benchmarks/citation_count.py --compare BEFORE.jsonl AFTER.jsonl

DIR holds ``.json`` files whose ``"text"`` field is a document's text (the PyMuPDF
extractions of wannli/mandate-pipeline) or ``.txt`` files. Each text is read as the
General Assembly's, its whitespace made single spaces (as a paragraph reaches the
recogniser: lines joined), and given to ``find_citations`` whole. Prints the number of
citations and of documents citing, in all and per series (Security Council resolutions,
presidential statements, ...). ``--dump`` writes every citation (file, span, text, symbol,
kind, locator), one a line; ``--compare`` prints every citation one dump has and the
other has not. ``--code`` imports the recogniser from another checkout (the version
before a change), so that both dumps come from this one script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

SERIES = (
    ("Security Council resolutions", re.compile(r"^S/RES/")),
    ("Security Council presidential statements", re.compile(r"^S/PRST/")),
    ("other Security Council documents", re.compile(r"^S/")),
    ("General Assembly resolutions", re.compile(r"^A/RES/")),
    ("General Assembly decisions", re.compile(r"^A/DEC/")),
    ("Human Rights Council", re.compile(r"^A/HRC/(?:RES|DEC)/")),
    ("Economic and Social Council and its commissions", re.compile(r"^E/(?:CN\.\d+/)?(?:Sub\.2/)?(?:RES|DEC)/")),
)


def texts(directory: Path) -> list[tuple[str, str]]:
    """(file name, text with single spaces) for every text of ``directory``, sorted."""
    out = []
    for path in sorted(directory.iterdir()):
        if path.suffix == ".json":
            raw = json.loads(path.read_text(encoding="utf-8")).get("text") or ""
        elif path.suffix == ".txt":
            raw = path.read_text(encoding="utf-8")
        else:
            continue
        out.append((path.name, " ".join(raw.split())))
    return out


def series(symbol: str) -> str:
    return next((name for name, pattern in SERIES if pattern.match(symbol)), "other")


def records(directory: Path) -> list[dict[str, object]]:
    from build_scripts.transforms import citations as recogniser
    from build_scripts.transforms.citations import find_citations, load_catalogue

    print(f"recogniser: {recogniser.__file__}")
    catalogue = load_catalogue()
    found = []
    for name, text in texts(directory):
        citations, _ = find_citations(text, "General Assembly", catalogue)
        found += [
            {
                "file": name,
                "start": c.start,
                "end": c.end,
                "text": c.text(text),
                "symbol": c.symbol,
                "kind": c.kind,
                "locator": c.locator,
            }
            for c in citations
        ]
    return found


def summary(found: list[dict[str, object]]) -> None:
    citations: Counter[str] = Counter()
    documents: dict[str, set[object]] = {}
    for record in found:
        name = series(str(record["symbol"]))
        citations[name] += 1
        documents.setdefault(name, set()).add(record["file"])
    print(f"{len(found)} citations in {len({r['file'] for r in found})} documents")
    for name, count in citations.most_common():
        print(f"  {name}: {count} citations in {len(documents[name])} documents")


def compare(before_path: Path, after_path: Path) -> None:
    def load(path: Path) -> set[str]:
        return set(path.read_text(encoding="utf-8").splitlines())

    before, after = load(before_path), load(after_path)
    gone, new = sorted(before - after), sorted(after - before)
    print(f"{len(before)} citations before, {len(after)} after: {len(gone)} gone, {len(new)} new")
    for line in gone:
        print("-", line)
    for line in new:
        print("+", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path)
    parser.add_argument("--dump", type=Path, help="write every citation here, one JSON object a line")
    parser.add_argument("--code", type=Path, help="the checkout whose recogniser to run (default: this one)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    if args.directory is None:
        parser.error("a directory of texts, or --compare")
    sys.path.insert(0, str((args.code or Path(__file__).resolve().parent.parent).resolve()))
    found = records(args.directory)
    summary(found)
    if args.dump:
        lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in found]
        args.dump.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
