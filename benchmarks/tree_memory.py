"""Peak memory of a whole process tree: a command and every process it starts, together.

    .venv/bin/python benchmarks/tree_memory.py [--timeline FILE] COMMAND [ARG ...]

``getrusage``'s ``ru_maxrss`` gives the largest single process, not the tree: a build whose
MkDocs process peaks at 7 GB while its forked renderer holds 4 GB reports 7. This polls
``/proc`` instead (every 0.2 s, Linux only): the tree's processes found by their parent,
each one's proportional set size (``smaps_rollup``'s Pss: pages shared after a fork
counted once between the sharers, so the sum is what the tree really holds), summed. A
peak shorter than the interval can be missed; builds measured here last minutes and
their peaks seconds. Printed as JSON: wall seconds, the tree's peak (MB), the largest
single process's peak (MB) and the command's exit status.

Written by hand because psutil (the library that would do it) is not otherwise a
dependency and the whole need is thirty lines of ``/proc``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

INTERVAL = 0.2


@dataclass
class TreePeak:
    seconds: float
    tree_mb: float  # the whole tree's peak, Pss summed
    largest_mb: float  # the largest single process's peak (Pss)
    returncode: int


def _children() -> dict[int, list[int]]:
    """Every process's children, read from ``/proc/PID/stat`` (its 4th field)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces: fields after the last ")"
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    return children


def tree(root: int) -> list[int]:
    """``root`` and all its descendants."""
    children = _children()
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def pss_kb(pid: int) -> int:
    """A process's proportional set size (KB), 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _name(pid: int) -> str:
    """A process's command name and pid (``python3.12/4711``), for the timeline."""
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip() + f"/{pid}"
    except OSError:
        return f"?/{pid}"


def measure(
    command: list[str], env: dict[str, str] | None = None, quiet: bool = True, timeline: Path | None = None
) -> TreePeak:
    """Run ``command`` (output discarded when ``quiet``) and poll its tree until it ends;
    ``timeline``: a file to write each sample to (seconds, then each process's name, pid
    and Pss in MB: ``python3/4711:812``)."""
    output = subprocess.DEVNULL if quiet else None
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=output, stderr=output)
    tree_peak = largest = 0
    samples = []
    while process.poll() is None:
        pids = tree(process.pid)
        sizes = [pss_kb(pid) for pid in pids]
        named = [f"{_name(pid)}:{size / 1024:.0f}" for pid, size in zip(pids, sizes, strict=True) if size]
        samples.append(f"{time.perf_counter() - start:.1f} " + " ".join(named))
        tree_peak = max(tree_peak, sum(sizes))
        largest = max(largest, max(sizes, default=0))
        time.sleep(INTERVAL)
    seconds = time.perf_counter() - start
    if timeline is not None:
        timeline.write_text("\n".join(samples) + "\n", encoding="utf-8")
    return TreePeak(seconds, tree_peak / 1024, largest / 1024, process.returncode)


def main(argv: list[str]) -> int:
    timeline = None
    if argv[:1] == ["--timeline"]:
        timeline, argv = Path(argv[1]), argv[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    peak = measure(argv, dict(os.environ), quiet=False, timeline=timeline)
    print(json.dumps(peak.__dict__))
    return peak.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
