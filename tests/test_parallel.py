"""The work splitter behind conversion, lineage and rendering: every slice once, in order,
shared between this process and a forked worker."""

from __future__ import annotations

import os
import time

import pytest

from build_scripts import parallel


def _slow_part(shared: int, start: int, stop: int) -> dict[int, tuple[int, int]]:
    time.sleep(0.02)
    return {n: (n * shared, os.getpid()) for n in range(start, stop)}


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(parallel, "worker_count", lambda: 2)


def test_every_item_once_in_order_with_this_process_taking_a_share(two_cores):
    merged, extra = parallel.split_work(_slow_part, 3, 64, lambda: "meanwhile", minimum=1)
    assert extra == "meanwhile"
    assert list(merged) == list(range(64))
    assert [value for value, _ in merged.values()] == [3 * n for n in range(64)]
    processes = {pid for _, pid in merged.values()}
    assert os.getpid() in processes  # this process took slices no worker had started
    assert len(processes) == 2


def test_a_slow_meanwhile_leaves_the_slices_to_the_worker(two_cores):
    def meanwhile() -> str:
        time.sleep(1.0)
        return "done"

    merged, extra = parallel.split_work(_slow_part, 1, 16, meanwhile, minimum=1)
    assert extra == "done" and list(merged) == list(range(16))
    assert {pid for _, pid in merged.values()} != {os.getpid()}


def test_below_the_minimum_all_runs_here(two_cores):
    merged, _ = parallel.split_work(_slow_part, 1, 5, lambda: None, minimum=10)
    assert {pid for _, pid in merged.values()} == {os.getpid()}
