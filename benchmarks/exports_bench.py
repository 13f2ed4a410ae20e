"""The research exports at scale: the size of each and the time it takes to make.

    .venv/bin/python benchmarks/exports_bench.py [N]     # default 1,000 documents

Generates N synthetic documents (``make_corpus.py``), converts and links them once, then
makes each export alone by the process's CPU clock (this machine's speed drifts; shares
of one run are what to compare): the documents table, the citations, the GraphML network,
the references page's network figure, every document's Akoma Ntoso XML; and, beside
them, the document pages, the largest part of a build, for scale.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_corpus import make_corpus  # noqa: E402
from build_scripts.pipeline import convert_directory  # noqa: E402
from build_scripts.writers.akn import akn_document  # noqa: E402
from build_scripts.writers.network import citation_graph, graphml, network_svg  # noqa: E402
from build_scripts.writers.pages import render_documents  # noqa: E402
from build_scripts.writers.tables import citation_rows, citations_csv, documents_csv  # noqa: E402


def timed(make: Callable[[], list[str]]) -> tuple[float, int]:
    """CPU seconds and bytes (UTF-8) of what ``make`` returns."""
    start = time.process_time()
    texts = make()
    return time.process_time() - start, sum(len(text.encode("utf-8")) for text in texts)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as work:
        make_corpus(count, Path(work))
        collection = convert_directory(Path(work))
    docs, links = collection.documents, collection.links

    def graph():  # type: ignore[no-untyped-def]
        return citation_graph(docs, links, citation_rows(docs, links))

    exports: dict[str, Callable[[], list[str]]] = {
        "data/documents.csv": lambda: [documents_csv(docs, links, collection.lineage)],
        "data/citations.csv": lambda: [citations_csv(docs, links)],
        "data/citations.graphml": lambda: [graphml(graph())],
        "references/network.svg": lambda: [network_svg(graph())],
        "data/akn/ (every document)": lambda: [akn_document(doc, links) for doc in docs],
        "document pages (for scale)": lambda: list(render_documents(docs, links, collection.lineage).values()),
    }
    print(f"{len(docs)} documents, {sum(len(d.references) for d in docs):,} citations")
    print(f"{'export':>30} {'CPU s':>8} {'ms/doc':>8} {'MB':>8}")
    for name, make in exports.items():
        seconds, size = timed(make)
        print(f"{name:>30} {seconds:8.2f} {seconds / len(docs) * 1000:8.2f} {size / 1e6:8.2f}")


if __name__ == "__main__":
    main()
