"""The forms a symbol is found by in search (``search/symbols/``): as people type it, and
the shard of the symbols list each form names."""

from __future__ import annotations

from build_scripts.search_engine import symbol_shard
from build_scripts.writers.search_index import symbol_forms


def test_the_forms_people_type() -> None:
    """Whole, by session and number, from "RES" on; a Council resolution by number and
    year ("242 (1967)", the worker dropping the query's spaces)."""
    assert symbol_forms("A/RES/56/145") == ["A/RES/56/145", "56/145", "RES/56/145"]
    assert symbol_forms("E/CN.4/RES/2003/48") == ["E/CN.4/RES/2003/48", "2003/48", "RES/2003/48"]
    assert symbol_forms("S/RES/242(1967)") == ["S/RES/242(1967)", "242(1967)", "RES/242(1967)"]
    assert symbol_forms("A/56/179") == ["A/56/179", "56/179"]


SHARDED = {
    "A/RES/56/145": 45,
    "E/CN.4/RES/2003/48": 48,
    "S/RES/242(1967)": 42,
    "A/56/179": 79,
    "A/C.3/78/L.5": 5,
    "A/HRC/59/L.17/Rev.1": 1,
    "E/ICEF/672(PartI)": 72,
    "S/PRST/2024/1": 1,
    "A/RES/ES-11/1": 1,
    "A/RES/" + "9" * 30: 99,  # any length
}


def test_every_form_of_a_symbol_names_its_shard() -> None:
    """A query typed in any form reads the shard its document is in; the worker computes
    the same (tests/test_browser.py)."""
    for symbol, shard in SHARDED.items():
        assert symbol_shard(symbol) == shard, symbol
        assert {symbol_shard(form) for form in symbol_forms(symbol)} == {shard}, symbol
    assert symbol_shard("242 (1967)") == 42  # as typed, spaces and all
    assert symbol_shard("A/HRC/RES") is None
