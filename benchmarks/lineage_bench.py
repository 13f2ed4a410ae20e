"""Lineage at scale, against a ground truth: ``python benchmarks/lineage_bench.py [N ...]``.

Builds synthetic series of resolutions (five documents a series, ~25 paragraphs each):
each document carries the previous one's paragraphs over unchanged, amends some (words
inserted, deleted or replaced), drops a few and adds new ones, so the true status and
source of every paragraph is known. Prints, for each N, the lineage time and peak
memory (peak RSS of the process), and precision and recall of the statuses (a paragraph counts as right only
with the right status *and*, for unchanged/amended, the right source paragraph).
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_scripts.model import Document, Paragraph  # noqa: E402
from build_scripts.transforms.lineage import compute_lineage, paragraph_signatures  # noqa: E402

SYLLABLES = ["ra", "to", "mi", "ne", "su", "ka", "lo", "ve", "di", "pa", "go", "ri", "sa", "te", "bu", "no"]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def fresh(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(15, 45))) + ","


def amend(rng: random.Random, words: list[str], text: str) -> str:
    tokens = text.rstrip(",").split()
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(["insert", "delete", "replace"])
        at = rng.randrange(len(tokens))
        if op == "insert":
            tokens.insert(at, rng.choice(words))
        elif op == "delete" and len(tokens) > 10:
            del tokens[at]
        else:
            tokens[at] = rng.choice(words)
    return " ".join(tokens) + ","


def series(rng: random.Random, words: list[str], number: int, length: int = 5):
    """Documents of one series and the truth: (symbol, paragraph) -> (status, source)."""
    truth: dict[tuple[str, str], tuple[str, tuple[str, str] | None]] = {}
    documents: list[Document] = []
    previous: list[tuple[str, str]] = []  # (paragraph id, text) of the previous document
    previous_symbol = ""
    for year in range(length):
        symbol = f"A/RES/{50 + year}/{number}"
        texts: list[tuple[str, tuple[str, str] | None, str]] = []  # (text, source, status)
        for pid, text in previous:
            roll = rng.random()
            if roll < 0.08:
                continue  # dropped
            if roll < 0.55:
                texts.append((text, (previous_symbol, pid), "unchanged"))
            else:
                texts.append((amend(rng, words, text), (previous_symbol, pid), "amended"))
        for _ in range(25 if not previous else rng.randint(1, 4)):
            texts.insert(rng.randint(0, len(texts)), (fresh(rng, words), None, "new"))
        doc = Document(symbol, "General Assembly", "resolution", f"Series {number}", adopted=date(1995 + year, 12, 1))
        doc.paragraphs = [Paragraph(f"pp{i}", "preamble", None, text) for i, (text, _, _) in enumerate(texts, start=1)]
        for para, (_, source, status) in zip(doc.paragraphs, texts, strict=True):
            truth[(symbol, para.id)] = (status, source)
        documents.append(doc)
        previous = [(p.id, p.text) for p in doc.paragraphs]
        previous_symbol = symbol
    return documents, truth


def run(count: int, seed: int = 7) -> dict[str, float]:
    rng = random.Random(seed)
    words = vocabulary(rng)
    documents, truth = [], {}
    for number in range(count // 5):
        docs, part = series(rng, words, 1000 + number)
        documents += docs
        truth.update(part)
    documents.sort(key=lambda d: (d.adopted, d.symbol))
    paragraphs = sum(len(d.paragraphs) for d in documents)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    signatures = {d.symbol: paragraph_signatures(d) for d in documents}
    signed = time.perf_counter()
    lineage = compute_lineage(documents, signatures)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB, whole process
    scores: dict[str, dict[str, int]] = {s: {"tp": 0, "fp": 0, "fn": 0} for s in ("unchanged", "amended", "new")}
    for key, (status, source) in truth.items():
        got = lineage[key]
        got_source = (got.source.symbol, got.source.paragraph) if got.source else None
        right = got.status == status and (status == "new" or got_source == source)
        if right:
            scores[status]["tp"] += 1
        else:
            scores[status]["fn"] += 1
            if got.status in scores:
                scores[got.status]["fp"] += 1
    row: dict[str, float] = {
        "documents": len(documents),
        "paragraphs": paragraphs,
        "signatures_s": signed - start,
        "lineage_s": elapsed,
        "us_per_paragraph": 1e6 * elapsed / paragraphs,
        "peak_mb": peak,
        "grew_mb": peak - before,
    }
    for status, s in scores.items():
        row[f"{status}_precision"] = s["tp"] / max(s["tp"] + s["fp"], 1)
        row[f"{status}_recall"] = s["tp"] / max(s["tp"] + s["fn"], 1)
    return row


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1000, 5000]
    header = [
        "docs",
        "paras",
        "sign s",
        "total s",
        "µs/para",
        "peak MB",
        "unch P",
        "unch R",
        "amend P",
        "amend R",
        "new P",
        "new R",
    ]
    print("  ".join(f"{h:>8}" for h in header))
    for size in sizes:
        r = run(size)
        values = [
            r["documents"],
            r["paragraphs"],
            r["signatures_s"],
            r["lineage_s"],
            r["us_per_paragraph"],
            r["peak_mb"],
            r["unchanged_precision"],
            r["unchanged_recall"],
            r["amended_precision"],
            r["amended_recall"],
            r["new_precision"],
            r["new_recall"],
        ]
        formats = ["{:.0f}", "{:.0f}", "{:.1f}", "{:.1f}", "{:.0f}", "{:.0f}"] + ["{:.3f}"] * 6
        print("  ".join(f"{fmt.format(v):>8}" for fmt, v in zip(formats, values, strict=True)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
