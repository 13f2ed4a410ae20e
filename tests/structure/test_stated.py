"""Facts not read from the text's lines: a resolution's symbol and session derived from its
number (``derive_symbol``), and facts stated beside the text (``apply_stated``)."""

from __future__ import annotations

from datetime import date

from build_scripts.model import LogEntry
from build_scripts.structure.state import DocumentState
from build_scripts.structure.stated import apply_stated, derive_symbol, year_from_adoption

from .helpers import doc_state


def resolution_state(body: str, number: str, doc_type: str = "resolution") -> DocumentState:
    doc = doc_state()
    doc.facts.body, doc.facts.doc_type, doc.number = body, doc_type, number
    return doc


def test_derive_symbol_of_a_general_assembly_resolution_and_its_session() -> None:
    """56/145 of the General Assembly is A/RES/56/145, of the fifty-sixth session (provenance said)."""
    doc = resolution_state("General Assembly", "56/145")
    derive_symbol(doc)
    assert (doc.facts.symbol, doc.facts.session) == ("A/RES/56/145", 56)
    assert doc.provenance["session"].startswith("derived from the resolution number")
    assert doc.log == []


def test_derive_symbol_of_a_commission_resolution_without_session() -> None:
    """2003/48 of the Commission is E/CN.4/RES/2003/48; no session is derived from a year."""
    doc = resolution_state("Commission on Human Rights", "2003/48")
    derive_symbol(doc)
    assert (doc.facts.symbol, doc.facts.session, doc.provenance) == ("E/CN.4/RES/2003/48", None, {})


def test_derive_symbol_keeps_a_stated_session() -> None:
    """A session read from the masthead is not replaced."""
    doc = resolution_state("General Assembly", "56/145")
    doc.facts.session = 57
    derive_symbol(doc)
    assert (doc.facts.session, doc.provenance) == (57, {})


def test_derive_symbol_keeps_a_printed_resolution_symbol_of_the_same_number() -> None:
    """A Human Rights Council resolution issued under "General Assembly" prints
    A/HRC/RES/59/25: its own, never made A/RES/59/25; nothing to warn of."""
    doc = resolution_state("General Assembly", "59/25")
    doc.facts.symbol = "A/HRC/RES/59/25"
    derive_symbol(doc)
    assert (doc.facts.symbol, doc.log) == ("A/HRC/RES/59/25", [])


def test_derive_symbol_the_titles_number_wins_over_furniture() -> None:
    """A furniture symbol that differs from the title's number is replaced, and said."""
    doc = resolution_state("General Assembly", "56/145")
    doc.facts.symbol = "A/RES/56/146"
    derive_symbol(doc)
    assert doc.facts.symbol == "A/RES/56/145"
    assert doc.log == [
        LogEntry(
            "warning",
            "conflicting-metadata",
            None,
            "symbol 'A/RES/56/146' in the page furniture, 'A/RES/56/145' from the title",
        )
    ]


def test_derive_symbol_of_a_council_resolution_has_its_year_and_no_space() -> None:
    """ "Resolution 242 (1967)" of the Security Council is S/RES/242(1967); no session."""
    doc = resolution_state("Security Council", "242(1967)")
    derive_symbol(doc)
    assert (doc.facts.symbol, doc.facts.session) == ("S/RES/242(1967)", None)


def test_derive_symbol_declines_drafts_unknown_bodies_and_unnumbered_texts() -> None:
    """A draft, a number of the wrong body's form (a Council's without its year, the
    Assembly's with one), or no number: no symbol derived."""
    for doc in (
        resolution_state("General Assembly", "56/145", "draft resolution"),
        resolution_state("Security Council", "1373"),
        resolution_state("General Assembly", "242(1967)"),
        resolution_state("General Assembly", ""),
    ):
        derive_symbol(doc)
        assert (doc.facts.symbol, doc.facts.session, doc.log) == (None, None, [])


def test_apply_stated_fills_open_facts_with_their_reason() -> None:
    """A sidecar's symbol and date where the text states none, each with its "why"."""
    doc = doc_state()
    sidecar = {
        "symbol": {"value": "A/56/583", "why": "printed only on the cover page\n"},
        "distributed": {"value": "2002-02-06", "why": "cover page"},
        "session": {"value": "56", "why": "cover page"},
    }
    apply_stated(doc, doc.raw, sidecar)
    assert (doc.facts.symbol, doc.facts.distributed, doc.facts.session) == ("A/56/583", date(2002, 2, 6), 56)
    assert doc.provenance["symbol"] == "sidecar: printed only on the cover page"
    assert doc.log == []


def test_apply_stated_the_text_wins_and_says_so() -> None:
    """Where the text states the fact too, its value stays and the difference is a warning;
    the same words but for trailing punctuation are no difference."""
    doc = doc_state()
    doc.facts.symbol, doc.facts.title = "A/56/583", "The Arms Trade Treaty"
    sidecar = {
        "symbol": {"value": "A/56/584", "why": "typo"},
        "title": {"value": "The Arms Trade Treaty :", "why": "export"},
    }
    apply_stated(doc, doc.raw, sidecar)
    assert (doc.facts.symbol, doc.facts.title) == ("A/56/583", "The Arms Trade Treaty")
    assert [(e.rule, e.detail) for e in doc.log] == [
        ("sidecar-conflict", "sidecar says symbol='A/56/584', the text says 'A/56/583'; the text wins")
    ]
    assert doc.provenance == {}


def test_apply_stated_front_matter_after_the_sidecar() -> None:
    """An export's front matter fills what neither the text nor the sidecar states; the
    sidecar's entry for a fact hides the front matter's."""
    doc = doc_state()
    doc.raw.facts = {
        "symbol": {"value": "A/56/999", "why": "front matter"},
        "body": {"value": "General Assembly", "why": "front matter field"},
    }
    apply_stated(doc, doc.raw, {"symbol": {"value": "A/56/583", "why": "cover"}})
    assert (doc.facts.symbol, doc.facts.body) == ("A/56/583", "General Assembly")
    assert doc.provenance == {"symbol": "sidecar: cover", "body": "front matter: front matter field"}
    assert doc.log == []


def test_derive_symbol_of_an_emergency_special_sessions_resolution_has_no_session_number() -> None:
    """ES-11/1 is A/RES/ES-11/1; its session is not a regular one, so none is derived."""
    doc = resolution_state("General Assembly", "ES-11/1")
    derive_symbol(doc)
    assert (doc.facts.symbol, doc.facts.session) == ("A/RES/ES-11/1", None)


def test_derive_symbol_of_a_decision_is_in_its_bodys_decision_series() -> None:
    """A Human Rights Council decision 59/101 is A/HRC/DEC/59/101 (was read as a
    resolution, A/HRC/RES/59/101); a General Assembly decision A/DEC/78/541."""
    for body, number, symbol in (
        ("Human Rights Council", "59/101", "A/HRC/DEC/59/101"),
        ("General Assembly", "78/541", "A/DEC/78/541"),
    ):
        doc = resolution_state(body, number, "decision")
        derive_symbol(doc)
        assert doc.facts.symbol == symbol


def test_year_from_adoption_numbers_a_yearless_council_resolution_with_its_adoptions_year() -> None:
    """ "Resolution 290" / "of 8 December 1970" under "The Security Council,": S/RES/290(1970),
    the year taken from the adoption date and said."""
    doc = resolution_state("Security Council", "")
    doc.number, doc.yearless_number, doc.facts.adopted = None, ("290", ""), date(1970, 12, 8)
    derive_symbol(doc)
    assert doc.facts.symbol == "S/RES/290(1970)"
    assert [e.rule for e in doc.log] == ["year-from-adoption"]


def test_year_from_adoption_declines_without_a_date_or_under_another_body() -> None:
    """No adoption date, or the Assembly's formula: no year is guessed, no symbol made."""
    for body, adopted in (("Security Council", None), ("General Assembly", date(1970, 12, 8))):
        doc = resolution_state(body, "")
        doc.number, doc.yearless_number, doc.facts.adopted = None, ("290", ""), adopted
        year_from_adoption(doc)
        assert (doc.number, doc.log) == (None, [])
