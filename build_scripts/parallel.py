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


def worker_count() -> int:
    """One worker per core, at most eight (beyond that, merging results dominates)."""
    return min(os.cpu_count() or 1, 8)


def split_work(
    part: Part, shared: Any, count: int, meanwhile: Callable[[], Result], minimum: int = PARALLEL_FROM
) -> tuple[dict[Any, Any], Result]:
    """``part(shared, start, stop)`` over ``range(count)`` in forked workers, merged in
    order, and ``meanwhile()`` in this process at the same time; all here below
    ``minimum`` items."""
    workers = worker_count()
    if count < minimum or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return part(shared, 0, count), meanwhile()
    global _inherited
    _inherited = (part, shared)
    step = max(1, -(-count // (workers * 4)))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_part, start, min(start + step, count)) for start in range(0, count, step)]
            extra = meanwhile()
            merged: dict[Any, Any] = {}
            for future in futures:
                merged.update(future.result())
    finally:
        _inherited = None
    return merged, extra
