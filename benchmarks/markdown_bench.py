"""Python-Markdown's time on a document page, and what of it the inline patterns take.

    .venv/bin/python benchmarks/markdown_bench.py [N]

Generates N synthetic documents (default 200, ``make_corpus.py``), renders their pages
(``python -m build_scripts``) and converts each document page with the Markdown
extensions of ``mkdocs.yml``, three rounds, by the process's CPU clock (this machine's
speed drifts; the two figures of a round are taken side by side). Prints, per page: the
conversion as MkDocs does it, and the same with every inline pattern removed, i.e. the
share of the time spent on Markdown the page still has inline. Document pages are
finished HTML except their headings (``writers/pages.py``): the inline share is what
that saved.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import markdown
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
COLLECTION_DIRS = ("compare", "chronology", "references", "fidelity", "documents", "lineage", "data")


def document_pages(docs: Path) -> list[str]:
    """The Markdown (front matter left out) of every document page under ``docs``."""
    pages = []
    for path in sorted(docs.rglob("*.md")):
        relative = path.relative_to(docs)
        if relative.parts[0] in COLLECTION_DIRS or relative.name == "index.md":
            continue
        pages.append(path.read_text(encoding="utf-8").split("\n---\n", 1)[1])
    return pages


def convert_ms(pages: list[str], inline: bool) -> float:
    """CPU milliseconds a page to convert ``pages`` as MkDocs's Markdown would."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    if not inline:
        for pattern in [item.name for item in md.inlinePatterns._priority]:
            md.inlinePatterns.deregister(pattern)
    start = time.process_time()
    for page in pages:
        md.reset()
        md.convert(page)
    return (time.process_time() - start) / len(pages) * 1000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as work:
        sources, docs = Path(work) / "sources", Path(work) / "docs"
        python = sys.executable
        subprocess.run([python, str(ROOT / "benchmarks" / "make_corpus.py"), str(count), str(sources)], check=True)
        subprocess.run(
            [python, "-m", "build_scripts", "--sources", str(sources), "--out", str(docs)],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        pages = document_pages(docs)
    size = sum(map(len, pages)) // len(pages)
    print(f"{len(pages)} document pages, {size:,} characters of Markdown each on average")
    for round_ in range(1, 4):
        whole, bare = convert_ms(pages, inline=True), convert_ms(pages, inline=False)
        print(
            f"round {round_}: {whole:5.1f} ms a page; without inline patterns {bare:5.1f} ms "
            f"(inline share {1 - bare / whole:.0%})"
        )


if __name__ == "__main__":
    main()
