"""``make bench``: the converter measured against MkDocs itself, on synthetic collections.

For each N (100 and 1,000; 5,000 with --large) it writes a corpus (benchmarks/make_corpus.py)
and prints one row: conversion time by stage (read, transforms, write), the full
``mkdocs build`` with the hook, and in the same run a plain ``mkdocs build`` of the
already-generated Markdown with the hook disabled (their ratio is the headline; and
against plain MkDocs given only the hook's garbage-collector freeze,
benchmarks/gc_freeze_hook.py, so that what the freeze saves MkDocs is not counted as the
converter being fast), peak
memory of each, site and search index size, time per document, and incremental
rebuilds with a warm cache (no source changed; one changed). Figures also go to
benchmarks/results.json. Timings are wall-clock on this machine: compare rows, not runs.
The MkDocs builds of each kind run ``--repeat`` times, interleaved (every sample is kept
in results.json). This machine's speed drifts by tens of percent within minutes, so the
headline (+conv) is the median, over the rounds, of the hook build against the plain
build next to it, in alternating order (``round_orders``); beside it the fastest hook
build against the fastest plain one (+fastest: one lucky minute moves it), and the
median share of MkDocs's time spent in or waiting for the converter within each hook
build (+inside, the hook's own clock, the thread receiving the forked process's files
included, which drift cannot skew but which does not see the forked process's work
slowing MkDocs from the other core). The build times shown are the fastest of each
kind. benchmarks/README.md says what these views found on a 2-vCPU virtual machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402, F401  loaded up front: a one-time import is no per-document cost

from benchmarks import offline_bench, search_bench, tree_memory  # noqa: E402
from benchmarks.make_corpus import make_corpus  # noqa: E402
from build_scripts.build import generate, write_files, write_tree  # noqa: E402
from build_scripts.bundle import write_bundle  # noqa: E402
from build_scripts.cache import ConversionCache  # noqa: E402
from build_scripts.pipeline import convert_directory  # noqa: E402
from build_scripts.readers import reader_for  # noqa: E402
from build_scripts.sources import load_sources  # noqa: E402
from build_scripts.structure import build_document  # noqa: E402


def measured(command: list[str], env: dict[str, str], timeline: Path | None = None) -> tuple[float, float]:
    """Wall time (s) and peak memory (MB) of a command and every process it starts,
    together (``tree_memory``: a build forks; the largest process alone understates it);
    ``timeline``: each process's memory every 0.2 s, written there."""
    peak = tree_memory.measure(command, env, timeline=timeline)
    if peak.returncode:
        raise subprocess.CalledProcessError(peak.returncode, command)
    return peak.seconds, peak.tree_mb


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def stages(corpus: Path) -> dict[str, float]:
    """Conversion split by stage, in this process, no cache."""
    start = time.perf_counter()
    for source in load_sources(corpus):
        build_document(reader_for(source).read(source)[0], source.sidecar, source.notes)
    read = time.perf_counter() - start
    start = time.perf_counter()
    collection = convert_directory(corpus)  # read again + every transform
    convert = time.perf_counter() - start
    start = time.perf_counter()
    write_files(collection)
    write = time.perf_counter() - start
    return {"read": read, "transforms": max(convert - read, 0.0), "write": write, "convert": convert + write}


def generated_docs(corpus: Path, work: Path) -> Path:
    """The pages the hook would generate, written beside the hand-written ones, for MkDocs
    alone to build."""
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs)
    write_tree(docs, write_files(convert_directory(corpus)).items())
    return docs


def plain_config(work: Path, docs: Path, hooks: list[Path] | None = None) -> Path:
    config = work / f"mkdocs.plain{len(hooks or [])}.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nhooks: {json.dumps([str(h) for h in hooks or []])}\n"
        "strict: false\n"
        "not_in_nav: |\n  /A/\n  /E/\nvalidation:\n  nav:\n    omitted_files: info\n",
        encoding="utf-8",
    )
    return config


def round_orders(repeat: int) -> list[list[str]]:
    """The builds of each round, the hook build and the plain one next to each other
    (their ratio is one paired sample), in the opposite order every other round: a drift
    that slows every later build then counts against the hook in one round and for it in
    the next, instead of always one way."""
    forward = ["hook", "plain", "frozen", "warm"]
    return [forward if number % 2 == 0 else forward[::-1] for number in range(repeat)]


def largest_page(site: Path) -> float:
    """The largest HTML page of a built site, in KB."""
    return max(p.stat().st_size for p in site.rglob("*.html")) / 1024


def bench(count: int, work: Path, repeat: int = 1, given: Path | None = None) -> dict[str, float]:
    """``given``: a directory of real sources to measure instead of a synthetic corpus."""
    corpus = given or work / "sources"
    if given is None:
        make_corpus(count, corpus)
    else:
        count = len(load_sources(corpus))
    row: dict[str, float] = {"documents": count, "real": given is not None}
    row.update(stages(corpus))

    env = dict(os.environ, UN_DOCS_SOURCES=str(corpus), UN_DOCS_CACHE="off", NO_MKDOCS_2_WARNING="1")
    site = work / "site"
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(ROOT / "mkdocs.yml")]
    warm = dict(env, UN_DOCS_CACHE=str(work / "hook-cache"))
    generate(corpus, cache=ConversionCache(work / "hook-cache"))  # fills the cache the warm builds read

    docs = generated_docs(corpus, work)
    plain = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(plain_config(work, docs))]
    frozen = [*plain[:-1], str(plain_config(work, docs, [ROOT / "benchmarks" / "gc_freeze_hook.py"]))]

    # Interleaved and repeated, the fastest of each kept: this machine's speed drifts by
    # tens of percent within minutes, and a drift must not pass for the converter's cost.
    runs: dict[str, list[tuple[float, float]]] = {"hook": [], "plain": [], "frozen": [], "warm": []}
    shares: list[float] = []  # the converter's share of each hook build, measured within it
    timings = work / "timings.json"
    builds = {
        "hook": ([*mkdocs, "--site-dir", str(site)], dict(env, UN_DOCS_TIMINGS=str(timings))),
        "plain": ([*plain, "--site-dir", str(work / "plain-site")], env),
        "frozen": ([*frozen, "--site-dir", str(work / "plain-site")], env),
        "warm": ([*mkdocs, "--site-dir", str(work / "warm-site")], warm),
    }
    for kinds in round_orders(repeat):
        for kind in kinds:
            command, kind_env = builds[kind]
            runs[kind].append(measured(command, kind_env))
            if kind == "hook":
                spent = json.loads(timings.read_text(encoding="utf-8"))
                shares.append(spent["converter"] / (spent["build"] - spent["converter"]))
    best = {name: min(samples) for name, samples in runs.items()}
    row["mkdocs_with_hook"], row["rss_with_hook_mb"] = best["hook"]
    row["mkdocs_plain"], row["rss_plain_mb"] = best["plain"]
    row["mkdocs_plain_frozen"], _ = best["frozen"]
    row["mkdocs_with_hook_warm"], _ = best["warm"]
    row["repeats"] = repeat
    row["samples"] = {name: [round(seconds, 2) for seconds, _ in samples] for name, samples in runs.items()}  # type: ignore[assignment]
    row["site_mb"] = tree_size(site) / 1e6
    row["search_index_mb"] = (site / "search" / "search_index.json").stat().st_size / 1e6
    row["largest_page_kb"] = largest_page(site)
    row["mkdocs_ms_per_document"] = 1000 * row["mkdocs_plain"] / count
    # make site: the website, then the offline bundle made from it, against one plain build
    start = time.perf_counter()
    write_bundle(site, work / "bundle.zip")
    row["bundle_s"] = time.perf_counter() - start
    row["make_site"] = row["mkdocs_with_hook"] + row["bundle_s"]
    row["make_site_ratio"] = row["make_site"] / row["mkdocs_plain"]
    row["bundle_mb"] = (work / "bundle.zip").stat().st_size / 1e6
    row.update(search_bench.measure(site, search_bench.default_queries(site)))
    row.update(offline_bench.measure(work / "bundle.zip"))
    row["converter_share"] = (row["mkdocs_with_hook"] - row["mkdocs_plain"]) / row["mkdocs_plain"]
    row["converter_share_frozen"] = (row["mkdocs_with_hook"] - row["mkdocs_plain_frozen"]) / row["mkdocs_plain_frozen"]
    row["converter_share_warm"] = (row["mkdocs_with_hook_warm"] - row["mkdocs_plain"]) / row["mkdocs_plain"]
    # Drift-proof views: each round's hook build against the plain build next to it,
    # and, within each hook build, MkDocs's time in (or waiting for) the converter
    # against the rest of that build (the hook's own clock, $UN_DOCS_TIMINGS)
    paired = [hook / plain - 1 for (hook, _), (plain, _) in zip(runs["hook"], runs["plain"], strict=True)]
    row["converter_share_paired"] = median(paired)
    row["paired_samples"] = [round(share, 3) for share in paired]  # type: ignore[assignment]
    row["converter_share_inside"] = median(shares)
    row["ms_per_document"] = 1000 * row["convert"] / count

    conversion_only = [sys.executable, "-m", "build_scripts", "--sources", str(corpus), "--out", str(work / "gen")]
    _, row["rss_conversion_mb"] = measured(conversion_only, env)

    # incremental, as the hook does it (generate with a cache): nothing changed, then one source changed
    cache = ConversionCache(work / "cache")
    generate(corpus, cache=cache)
    cache = ConversionCache(work / "cache")  # a new process: the cache comes from disk
    start = time.perf_counter()
    generate(corpus, cache=cache)
    row["rebuild_unchanged"] = time.perf_counter() - start
    row["unchanged_reconverted"] = cache.misses
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cache.hits = cache.misses = 0
    start = time.perf_counter()
    generate(corpus, cache=cache)
    row["rebuild_one_changed"] = time.perf_counter() - start
    row["one_changed_reconverted"] = cache.misses - 1  # the collection's own key is one miss
    return row


def huge(count: int, work: Path, timelines: Path | None = None) -> dict[str, float]:
    """One build of each kind at a size where memory, not time, is the question: the
    hook build, the plain build of the same pages, ``make site`` (the hook build and the
    bundle), each with the time and the peak memory of its whole process tree. The
    conversion alone (``python -m build_scripts --out``) too. No search measures: the
    offline one is its own benchmark (``offline_bench.py``). ``timelines``: a directory
    to write each build's timeline of memory by process to (``tree_memory.py --timeline``)."""

    def timeline(kind: str) -> Path | None:
        return timelines / f"{count}-{kind}.txt" if timelines is not None else None

    corpus = work / "sources"
    make_corpus(count, corpus)
    env = dict(os.environ, UN_DOCS_SOURCES=str(corpus), UN_DOCS_CACHE="off", NO_MKDOCS_2_WARNING="1")
    row: dict[str, float] = {"documents": count, "real": False}
    conversion_only = [sys.executable, "-m", "build_scripts", "--sources", str(corpus), "--out", str(work / "gen")]
    row["conversion_s"], row["rss_conversion_mb"] = measured(conversion_only, env, timeline("conversion"))
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs)
    shutil.copytree(work / "gen", docs, dirs_exist_ok=True)
    shutil.rmtree(work / "gen")
    plain = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(plain_config(work, docs))]
    row["mkdocs_plain"], row["rss_plain_mb"] = measured(
        [*plain, "--site-dir", str(work / "plain-site")], env, timeline("plain")
    )
    shutil.rmtree(work / "plain-site")
    shutil.rmtree(docs)
    site = work / "site"
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(ROOT / "mkdocs.yml")]
    row["mkdocs_with_hook"], row["rss_with_hook_mb"] = measured(
        [*mkdocs, "--site-dir", str(site)], env, timeline("hook")
    )
    bundle = [sys.executable, "-c", BUNDLE, str(site), str(work / "bundle.zip")]
    row["bundle_s"], row["rss_bundle_mb"] = measured(bundle, env, timeline("bundle"))
    row["make_site"] = row["mkdocs_with_hook"] + row["bundle_s"]
    row["make_site_ratio"] = row["make_site"] / row["mkdocs_plain"]
    row["memory_ratio"] = row["rss_with_hook_mb"] / row["rss_plain_mb"]
    row["largest_page_kb"] = largest_page(site)
    row["ms_per_document"] = 1000 * row["conversion_s"] / count
    row["build_ms_per_document"] = 1000 * row["make_site"] / count
    return row


BUNDLE = "import sys; from pathlib import Path; from build_scripts.bundle import write_bundle; "
BUNDLE += "write_bundle(Path(sys.argv[1]), Path(sys.argv[2]))"

HUGE_COLUMNS = [
    ("documents", "docs", "{:.0f}"),
    ("conversion_s", "conv s", "{:.0f}"),
    ("ms_per_document", "conv ms/d", "{:.1f}"),
    ("rss_conversion_mb", "conv MB", "{:.0f}"),
    ("mkdocs_plain", "plain s", "{:.0f}"),
    ("rss_plain_mb", "plain MB", "{:.0f}"),
    ("mkdocs_with_hook", "build s", "{:.0f}"),
    ("rss_with_hook_mb", "build MB", "{:.0f}"),
    ("memory_ratio", "MB/plain", "{:.2f}"),
    ("bundle_s", "bundle s", "{:.0f}"),
    ("make_site", "make site s", "{:.0f}"),
    ("make_site_ratio", "site/plain", "{:.2f}"),
    ("build_ms_per_document", "site ms/d", "{:.1f}"),
    ("largest_page_kb", "max page KB", "{:.0f}"),
]

COLUMNS = [
    ("documents", "docs", "{:.0f}"),
    ("read", "read s", "{:.2f}"),
    ("transforms", "transf. s", "{:.2f}"),
    ("write", "write s", "{:.2f}"),
    ("ms_per_document", "ms/doc", "{:.1f}"),
    ("mkdocs_with_hook", "build s", "{:.1f}"),
    ("mkdocs_plain", "plain s", "{:.1f}"),
    ("converter_share_paired", "+conv", "{:.0%}"),
    ("converter_share", "+fastest", "{:.0%}"),
    ("converter_share_inside", "+inside", "{:.1%}"),
    ("mkdocs_plain_frozen", "plain+gc s", "{:.1f}"),
    ("converter_share_frozen", "+conv/gc", "{:.0%}"),
    ("mkdocs_with_hook_warm", "warm bld s", "{:.1f}"),
    ("converter_share_warm", "+warm", "{:.0%}"),
    ("rss_conversion_mb", "conv MB", "{:.0f}"),
    ("rss_with_hook_mb", "build MB", "{:.0f}"),
    ("site_mb", "site MB", "{:.1f}"),
    ("search_index_mb", "index MB", "{:.1f}"),
    ("bundle_mb", "bundle MB", "{:.1f}"),
    ("largest_page_kb", "max page KB", "{:.0f}"),
    ("mkdocs_ms_per_document", "mkdocs ms/d", "{:.1f}"),
    ("make_site", "make site s", "{:.1f}"),
    ("make_site_ratio", "site/plain", "{:.2f}"),
    ("first_search_kb", "search KB", "{:.0f}"),
    ("first_search_ms", "search ms", "{:.0f}"),
    ("offline_search_ms", "offl. ms", "{:.0f}"),
    ("offline_search_kb", "offl. KB", "{:.0f}"),
    ("offline_heap_mb", "offl. heap MB", "{:.1f}"),
    ("rebuild_unchanged", "warm s", "{:.2f}"),
    ("unchanged_reconverted", "reconv", "{:.0f}"),
    ("rebuild_one_changed", "1-chg s", "{:.2f}"),
    ("one_changed_reconverted", "reconv", "{:.0f}"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--large", action="store_true", help="also 5,000 documents (several minutes)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=0,
        help="builds of each kind, interleaved (default 3 up to 1,000 documents, else 1)",
    )
    parser.add_argument("--corpus", type=Path, help="also a directory of real sources (one round)")
    parser.add_argument(
        "--huge", action="store_true", help="only memory and time at 1,000, 5,000 and 20,000 (one build of each kind)"
    )
    parser.add_argument("--timelines", type=Path, help="with --huge: a directory for each build's memory timeline")
    parser.add_argument("--keep", type=Path, help="with --huge: a directory to keep each size's offline bundle in")
    parser.add_argument("sizes", nargs="*", type=int)
    args = parser.parse_args()
    if args.huge:
        return huge_main(args.sizes or [1000, 5000, 20000], args.timelines, args.keep)
    sizes = args.sizes or ([100, 1000, 5000] if args.large else [100, 1000])
    print("  ".join(f"{title:>9}" for _, title, _ in COLUMNS))
    rows = []
    for count in sizes:
        with tempfile.TemporaryDirectory(prefix="un-docs-bench-") as tmp:
            row = bench(count, Path(tmp), args.repeat or (3 if count <= 1000 else 1))
        rows.append(row)
        print("  ".join(f"{fmt.format(row[key]):>9}" for key, _, fmt in COLUMNS), flush=True)
    if args.corpus:
        with tempfile.TemporaryDirectory(prefix="un-docs-bench-") as tmp:
            row = bench(0, Path(tmp), args.repeat or 1, args.corpus.resolve())
        rows.append(row)
        print("  ".join(f"{fmt.format(row[key]):>9}" for key, _, fmt in COLUMNS), f"real: {args.corpus}", flush=True)
    results = ROOT / "benchmarks" / "results.json"
    try:  # rows of other sizes from earlier runs are kept: 5,000 is measured on its own
        earlier = json.loads(results.read_text(encoding="utf-8"))["rows"]
        kept = [
            r for r in earlier if (r["documents"] not in sizes or r.get("real")) and not (args.corpus and r.get("real"))
        ]
    except (OSError, ValueError, KeyError):
        kept = []
    rows = sorted(kept + rows, key=lambda r: r["documents"])
    results.write_text(json.dumps({"machine_cores": os.cpu_count(), "rows": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"(also in {results.relative_to(ROOT)})")
    return 0


def huge_main(sizes: list[int], timelines: Path | None = None, keep: Path | None = None) -> int:
    """``keep``: a directory each size's offline bundle is kept in (``N.zip``), for
    ``offline_bench.py``."""
    print("  ".join(f"{title:>9}" for _, title, _ in HUGE_COLUMNS))
    for directory in (timelines, keep):
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
    rows = []
    for count in sizes:
        with tempfile.TemporaryDirectory(prefix="un-docs-huge-") as tmp:
            row = huge(count, Path(tmp), timelines)
            if keep is not None:
                shutil.move(Path(tmp) / "bundle.zip", keep / f"{count}.zip")
        rows.append(row)
        print("  ".join(f"{fmt.format(row[key]):>9}" for key, _, fmt in HUGE_COLUMNS), flush=True)
    results = ROOT / "benchmarks" / "results_huge.json"
    results.write_text(json.dumps({"machine_cores": os.cpu_count(), "rows": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"(also in {results.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
