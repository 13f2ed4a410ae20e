"""Does work on the other core slow MkDocs down on this machine?

The hook hands most of the conversion to a forked process that runs while MkDocs renders
(build_scripts/deferred.py): on a machine whose two cores are two cores that work is
free; on a virtual machine whose vCPUs share a physical core it is not, and the hook's
wall-clock share then includes it. This builds the same generated Markdown with plain
MkDocs, alternately alone and with a CPU-bound loop running beside it, and prints each
pair and the median slowdown: the figure to read the hook's +conv against.

    python benchmarks/other_core.py [--repeat R] [N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_corpus import make_corpus  # noqa: E402
from benchmarks.run import generated_docs, measured, median, plain_config  # noqa: E402

SPIN = "while True: pass"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="pairs of builds (default 5)")
    parser.add_argument("documents", nargs="?", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="un-docs-other-core-") as tmp:
        work = Path(tmp)
        make_corpus(args.documents, work / "sources")
        docs = generated_docs(work / "sources", work)
        build = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(plain_config(work, docs))]
        build += ["--site-dir", str(work / "site")]
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        slowdowns = []
        for number in range(args.repeat):
            timed: dict[str, float] = {}
            for busy in (False, True) if number % 2 == 0 else (True, False):
                spinner = subprocess.Popen([sys.executable, "-c", SPIN]) if busy else None
                try:
                    timed["busy" if busy else "alone"], _ = measured(build, env)
                finally:
                    if spinner is not None:
                        spinner.kill()
                        spinner.wait()
            slowdowns.append(timed["busy"] / timed["alone"] - 1)
            print(
                f"alone {timed['alone']:.2f} s, other core busy {timed['busy']:.2f} s ({slowdowns[-1]:+.0%})",
                flush=True,
            )
    print(f"median slowdown of MkDocs with the other core busy: {median(slowdowns):+.1%} ({args.documents} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
