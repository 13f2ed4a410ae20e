"""The forms a symbol is found by in search (``search/symbols.json``): as people type it."""

from __future__ import annotations

from build_scripts.writers.search_index import symbol_forms


def test_the_forms_people_type() -> None:
    """Whole, by session and number, from "RES" on; a Council resolution by number and
    year ("242 (1967)", the worker dropping the query's spaces)."""
    assert symbol_forms("A/RES/56/145") == ["A/RES/56/145", "56/145", "RES/56/145"]
    assert symbol_forms("E/CN.4/RES/2003/48") == ["E/CN.4/RES/2003/48", "2003/48", "RES/2003/48"]
    assert symbol_forms("S/RES/242(1967)") == ["S/RES/242(1967)", "242(1967)", "RES/242(1967)"]
    assert symbol_forms("A/56/179") == ["A/56/179", "56/179"]
