"""Milliseconds per PDF page: the layout (PDFium's characters grouped into lines) and the
whole conversion (layout, reader, structure, fidelity proof), by the process's own clock.

    .venv/bin/python benchmarks/pdf_bench.py [DIR] [--repeat N]

DIR defaults to the real resolutions among the test fixtures; the best of N passes is
reported (this machine's speed drifts; the fastest pass is the least disturbed one).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build_scripts.errors import SourceError
from build_scripts.pipeline import read_source
from build_scripts.readers.pdf_layout import read_pdf
from build_scripts.sources import Source

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path, nargs="?", default=FIXTURES)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files, pages, refused = [], 0, []
    for path in sorted(args.directory.glob("*.pdf")):
        data = path.read_bytes()
        try:  # a PDF the converter refuses (a scan, a placeholder) is no page it converts
            pages += read_pdf(path.name, data)[-1].page
            read_source(Source(path.name, "", {}, [], data))
        except SourceError:
            refused.append(path.name)
            continue
        files.append((path.name, data))
    layout = conversion = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        for name, data in files:
            read_pdf(name, data)
        layout = min(layout, time.process_time() - started)
        started = time.process_time()
        for name, data in files:
            read_source(Source(name, "", {}, [], data))
        conversion = min(conversion, time.process_time() - started)
    print(f"PDF: {len(files)} files, {pages} pages (best of {args.repeat}, process time)")
    if refused:
        print(
            f"  left out, refused by the converter: {len(refused)} ({', '.join(refused[:5])}{', ...' * (len(refused) > 5)})"
        )
    print(f"  layout      {1000 * layout / pages:6.1f} ms per page")
    print(f"  conversion  {1000 * conversion / pages:6.1f} ms per page (layout, reader, structure, fidelity proof)")


if __name__ == "__main__":
    main()
