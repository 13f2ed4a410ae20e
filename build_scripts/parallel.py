"""Work split across worker processes that share the converted collection by fork.

Page rendering and lineage scoring need the whole collection (links, back-links, other
documents' paragraphs), which is costly to pickle; forked workers inherit it instead,
and only the results come back. Meanwhile this process does what is not split (the
collection-wide pages and data), so both cores work. Where fork is not available, or
the work is small, everything runs here, in the same order, with the same result.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

PARALLEL_FROM = 64  # items before worker processes pay for themselves
Result = TypeVar("Result")
Part = Callable[[Any, int, int], dict[Any, Any]]

# What forked workers inherit: the function and the data it works on.
_inherited: tuple[Part, Any] | None = None


def _run_part(start: int, stop: int) -> dict[Any, Any]:
    assert _inherited is not None, "a worker must be forked after split_work sets its work"
    part, shared = _inherited
    return part(shared, start, stop)


_alone = False  # set in a process that must leave the other cores to another


def worker_count() -> int:
    """One worker per core, at most eight (beyond that, merging results dominates); one
    in a process told to work alone."""
    return 1 if _alone else min(os.cpu_count() or 1, 8)


def work_alone() -> None:
    """This process splits no work from now on (it runs beside another that needs the
    other cores: the deferred half of a build, beside MkDocs)."""
    global _alone
    _alone = True


def split_work(
    part: Part, shared: Any, count: int, meanwhile: Callable[[], Result], minimum: int | None = None
) -> tuple[dict[Any, Any], Result]:
    """``part(shared, start, stop)`` over ``range(count)``, merged in order, and
    ``meanwhile()`` at the same time; all here below ``minimum`` items (``PARALLEL_FROM``
    as it is when called).

    One process per core: this one and ``cores - 1`` forked workers. The work is cut in
    small slices the workers take from the front; this process runs ``meanwhile()``, then
    takes the slices no worker has started from the back (a slice is cancelled before it
    is taken, so each runs once). Whichever side is slower, neither core idles."""
    workers = worker_count()
    if (
        count < (PARALLEL_FROM if minimum is None else minimum)
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return part(shared, 0, count), meanwhile()
    global _inherited
    _inherited = (part, shared)
    # small slices: where the two sides meet, one finishes its last slice alone (with 8
    # a worker, 60 documents of conversion at 1,000: 0.3 s of one idle core on average)
    step = max(1, -(-count // (workers * 32)))
    slices = [(start, min(start + step, count)) for start in range(0, count, step)]
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_part, start, stop) for start, stop in slices]
            extra = meanwhile()
            done_here: dict[int, dict[Any, Any]] = {}
            for number in range(len(slices) - 1, -1, -1):
                if futures[number].cancel():
                    done_here[number] = part(shared, *slices[number])
            merged: dict[Any, Any] = {}
            for number, future in enumerate(futures):
                merged.update(done_here[number] if number in done_here else future.result())
    finally:
        _inherited = None
    return merged, extra
