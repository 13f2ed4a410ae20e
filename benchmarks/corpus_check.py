"""Convert every document of a directory one by one and say, per document, what is wrong.

    .venv/bin/python benchmarks/corpus_check.py DIR [--limit N] [--show N] [--json OUT]

DIR holds real documents as users have them: official PDFs (``A_RES_78_10.pdf``)
and/or text extractions (``A_RES_78_10.txt``, or the ``.json`` files of
wannli/mandate-pipeline's ``data/extracted``, whose ``"text"`` field is taken). Nothing
here was tuned per file: a document is *right* when

- it converts (no error) and the fidelity proof passes;
- its symbol is its own (from the file name, ``A_RES_78_10`` -> ``A/RES/78/10``);
- adoption and distribution dates, session, agenda item and meeting are found;
- operative paragraphs are numbered 1..N without gaps (a section that numbers afresh,
  from its first number), sub-paragraph letters and roman numerals too;
- every note marker has its note, every note its marker (none missing or unmarked);
- no paragraph holds page furniture (job number, page ``2/5``, the running symbol)
  or is a note's text (``Resolution 60/1.``), and none is an unnumbered stray
  among the operative paragraphs.

Prints one line per document that is not right, then a summary (share right, per
kind of problem, milliseconds per page for PDFs by the process's own clock).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from build_scripts.errors import SourceError
from build_scripts.model import Document, Paragraph
from build_scripts.pipeline import read_source
from build_scripts.sources import Source, decode

_FURNITURE_RE = re.compile(r"\b\d{2}-\d{5}\b|\b\d{1,3}/\d{1,3} \d{2}-\d{5}|\*\d{7}\*")
_NOTE_TEXT_RE = re.compile(r"^(?:Resolution \d+/\d+(?:, annex)?\.|See [A-Z]/\S+\.|[AES]/\S+\.)$")


def expected_symbol(path: Path) -> str:
    return path.stem.replace("_", "/")


def load(path: Path) -> Source:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return Source(path.name, "", {}, [], data)
    if path.suffix == ".json":
        text = json.loads(data)["text"]
        return Source(path.with_suffix(".txt").name, text, {}, [])
    text, notes = decode(path.name, data)
    return Source(path.name, text, {}, notes)


def _letter_index(letter: str) -> int:
    """(a) = 0 ... (z) = 25, (aa) = 26 ... as UN texts letter long lists."""
    return 26 * (len(letter) - 1) + ord(letter[0]) - ord("a")


def _letters_ok(para: Paragraph) -> bool:
    """A paragraph's lettered items follow each other without a gap (a list a heading
    interrupts goes on after it: (g) may open one); a letter's items are roman numerals."""
    numbers = [sub.number.strip("()") for sub in para.subparagraphs if sub.number and sub.number.startswith("(")]
    if para.number and para.number.startswith("("):
        return all(_ROMAN.index(n) == i for i, n in enumerate(numbers) if n in _ROMAN) and all(
            n in _ROMAN for n in numbers
        )
    letters = [n for n in numbers if n.isalpha() and len(set(n)) == 1]
    indexes = [_letter_index(letter) for letter in letters]
    return indexes == list(range(indexes[0], indexes[0] + len(indexes))) if indexes else True


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def problems_of(doc: Document, path: Path) -> list[str]:
    problems: list[str] = []
    if doc.symbol != expected_symbol(path):
        problems.append(f"symbol {doc.symbol!r}")
    for name in ("adopted", "distributed", "session", "agenda_item", "meeting"):
        if getattr(doc, name) is None:
            problems.append(f"no {name}")
    # numbered 1..N within each scope (sections of a budget resolution number afresh: secXXV-op1)
    scopes: dict[str, list[int]] = {}
    for para in doc.paragraphs:
        scope, found, _ = para.id.partition("op")
        if para.kind == "operative" and found and para.number and para.number.isdigit() and para.part is None:
            scopes.setdefault(scope, []).append(int(para.number))
    # the body numbers from 1; a section that goes on numbering ("B": 7 to 11) starts where it starts
    if any(
        numbers != list(range(numbers[0] if scope else 1, (numbers[0] if scope else 1) + len(numbers)))
        for scope, numbers in scopes.items()
    ):
        problems.append("operative numbering has gaps")
    if not scopes and not any(p.kind == "operative" for p in doc.paragraphs):
        problems.append("no operative paragraph")
    if any(not _letters_ok(p) for p in doc.all_paragraphs()):
        problems.append("sub-paragraph letters have gaps")
    if any(p.id.startswith("u") for p in doc.paragraphs):
        problems.append("stray unnumbered paragraph")
    if any(n.missing for n in doc.footnotes):
        problems.append("note missing")
    if any(not n.marker for n in doc.footnotes):
        problems.append("note without marker")
    if any(e.rule == "unreferenced-note" for e in doc.log):
        problems.append("note never referenced")
    texts = [p.text for p in doc.all_paragraphs()]
    if any(_FURNITURE_RE.search(t) for t in texts):
        problems.append("page furniture in a paragraph")
    if any(_NOTE_TEXT_RE.match(t.strip()) for t in texts):
        problems.append("note text as a paragraph")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--show", type=int, default=100, help="print at most N failing documents")
    parser.add_argument("--json", type=Path, help="write every document's problems here")
    args = parser.parse_args()
    files = sorted(p for p in args.directory.iterdir() if p.suffix in (".pdf", ".txt", ".json", ".md"))
    if args.limit:
        files = files[: args.limit]
    kinds: Counter[str] = Counter()
    results: dict[str, list[str]] = {}
    pdf_seconds = 0.0
    pdf_pages = 0
    shown = 0
    for path in files:
        started = time.process_time()
        try:
            document, _ = read_source(load(path))
            found = problems_of(document, path)
        except SourceError as err:
            found = [f"error: {err.message[:160]}"]
        if path.suffix == ".pdf":
            pdf_seconds += time.process_time() - started
            pdf_pages += _pages(path)
        results[path.name] = found
        for problem in found:
            kinds[problem.split(":")[0] if problem.startswith("error") else re.sub(r"'.*'", "…", problem)] += 1
        if found and shown < args.show:
            shown += 1
            print(f"{path.name}: {'; '.join(found)}")
    right = sum(1 for found in results.values() if not found)
    total = len(results)
    print(f"\n{right} of {total} right ({100 * right / max(total, 1):.1f}%)")
    for kind, count in kinds.most_common():
        print(f"  {count:5d}  {kind}")
    if pdf_pages:
        print(f"PDF conversion: {1000 * pdf_seconds / pdf_pages:.1f} ms per page ({pdf_pages} pages, process time)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True))


def _pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        return len(pdf)
    finally:
        pdf.close()


if __name__ == "__main__":
    main()
