"""Rendering split across worker processes that share the converted collection by fork.

Page rendering needs the whole collection (links, back-links, lineage), which is costly
to pickle; forked workers inherit it instead, and only the rendered text comes back.
Meanwhile this process renders what is not split (the collection-wide pages and data),
so both cores work. Where fork is not available, or the work is small, everything runs
here, in the same order, with the same result.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

PARALLEL_FROM = 64  # items before worker processes pay for themselves
Result = TypeVar("Result")
Part = Callable[[Any, int, int], dict[str, str]]

# What forked workers inherit: the function and the data it works on.
_inherited: tuple[Part, Any] | None = None


def _run_part(start: int, stop: int) -> dict[str, str]:
    assert _inherited is not None, "a worker must be forked after split_rendering sets its work"
    part, shared = _inherited
    return part(shared, start, stop)


def split_rendering(
    part: Part, shared: Any, count: int, meanwhile: Callable[[], Result]
) -> tuple[dict[str, str], Result]:
    """``part(shared, start, stop)`` over ``range(count)`` in forked workers, merged in
    order, and ``meanwhile()`` in this process at the same time."""
    workers = min(os.cpu_count() or 1, 8)
    if count < PARALLEL_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return part(shared, 0, count), meanwhile()
    global _inherited
    _inherited = (part, shared)
    step = max(1, -(-count // (workers * 4)))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_part, start, min(start + step, count)) for start in range(0, count, step)]
            extra = meanwhile()
            merged: dict[str, str] = {}
            for future in futures:
                merged.update(future.result())
    finally:
        _inherited = None
    return merged, extra
