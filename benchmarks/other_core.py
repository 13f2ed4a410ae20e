"""Does work on the other core slow MkDocs down on this machine?

The hook hands most of the conversion to a forked process that runs while MkDocs renders
(build_scripts/deferred.py): on a machine whose two cores are two cores that work is
free; on a virtual machine whose vCPUs share a physical core, or caches, it is not, and
the hook's wall-clock share (+conv in ``make bench``) then includes it. This builds the
same generated Markdown with plain MkDocs alone, beside a CPU-bound loop, and beside the
converter itself converting the same collection over and over in one process (what the
forked process does: Python walking a large model), in rotating order, and prints each
round and the median slowdown of each against alone.

    python benchmarks/other_core.py [--repeat R] [N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_corpus import make_corpus  # noqa: E402
from benchmarks.run import generated_docs, measured, plain_config  # noqa: E402

BESIDE = {
    "alone": None,
    "loop": "while True: pass",
    "converter": (
        "import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path\n"
        "from build_scripts import build, parallel\n"
        "parallel.work_alone()\n"
        "while True: build.generate(Path(sys.argv[2]))"
    ),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("documents", nargs="?", type=int, default=100)
    args = parser.parse_args()
    kinds = list(BESIDE)
    with tempfile.TemporaryDirectory(prefix="un-docs-other-core-") as tmp:
        work = Path(tmp)
        sources = work / "sources"
        make_corpus(args.documents, sources)
        docs = generated_docs(sources, work)
        build = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(plain_config(work, docs))]
        build += ["--site-dir", str(work / "site")]
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        slowdowns: dict[str, list[float]] = {kind: [] for kind in kinds[1:]}
        for number in range(args.repeat):
            timed: dict[str, float] = {}
            for kind in kinds[number % len(kinds) :] + kinds[: number % len(kinds)]:  # rotating order
                code = BESIDE[kind]
                beside = (
                    None if code is None else subprocess.Popen([sys.executable, "-c", code, str(ROOT), str(sources)])
                )
                try:
                    timed[kind], _ = measured(build, env)
                finally:
                    if beside is not None:
                        beside.kill()
                        beside.wait()
            for kind in slowdowns:
                slowdowns[kind].append(timed[kind] / timed["alone"] - 1)
            print("  ".join(f"{kind} {seconds:.2f} s" for kind, seconds in timed.items()), flush=True)
    for kind, values in slowdowns.items():
        print(
            f"plain MkDocs beside the {kind}: {median(values):+.1%} against alone (median of {len(values)}; {args.documents} documents)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
