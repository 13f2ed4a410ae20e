"""The document page shows every paragraph the model holds, wherever it hangs."""

from __future__ import annotations

import re
from datetime import date

from build_scripts.model import Document, Footnote, FootnoteRef, Paragraph
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.links import build_link_index
from build_scripts.writers.pages import render_document


def _para(pid: str, kind: str, text: str, part: str | None = None, subs: list[Paragraph] | None = None) -> Paragraph:
    return Paragraph(pid, kind, None, text, part=part, subparagraphs=subs or [])  # type: ignore[arg-type]


def _page(doc: Document) -> str:
    return render_document(doc, build_link_index([doc], load_catalogue()))


def _anchors(page: str) -> set[str]:
    """Anchors of the page's Markdown headings (``{ #id }``) and HTML blocks (``id="..."``)."""
    return set(re.findall(r"#([\w-]+)(?: [^}]*)?\s*\}", page)) | set(re.findall(r'<p id="([\w-]+)"', page))


def test_items_under_an_annex_heading_are_on_the_page() -> None:
    """A lettered list carried on across an annex's headings (A/RES/79/323's
    "Regional trade integration" (j)) hangs on the heading: it was dropped once."""
    items = [_para("annex-h2a", "numbered", "We resolve to trade.", "Annex")]
    doc = Document(
        "A/RES/99/1",
        "General Assembly",
        "resolution",
        "Trade",
        paragraphs=[
            _para("op1", "operative", "Adopts the annexed text;"),
            _para("annex", "heading", "Annex", "Annex"),
            _para("annex-h1", "heading", "Outcome", "Annex"),
            _para("annex-h2", "heading", "Regional trade integration", "Annex", items),
        ],
    )
    page = _page(doc)
    assert {p.id for p in doc.all_paragraphs()} <= _anchors(page)
    assert "We resolve to trade." in page


def test_items_under_a_report_heading_are_on_the_page() -> None:
    items = [_para("h1a", "numbered", "An item under the heading.")]
    doc = Document(
        "A/99/1",
        "General Assembly",
        "report",
        "A report",
        paragraphs=[_para("h1", "heading", "I. Introduction", None, items), _para("para1", "numbered", "Text.")],
    )
    page = _page(doc)
    assert {"h1a", "para1"} <= _anchors(page)
    assert "An item under the heading." in page


def test_a_council_resolution_without_title_is_headed_by_its_number_and_shows_no_session() -> None:
    """ "Security Council resolution 242 (1967)" heads the page of S/RES/242(1967), whose
    text prints no title; its card has no session or agenda item rows (the Council has
    neither), a General Assembly resolution's has them, stated or not."""
    council = Document("S/RES/242(1967)", "Security Council", "resolution", None, adopted=date(1967, 11, 22))
    council.paragraphs = [Paragraph("op1", "operative", "1", "Affirms the principles;")]
    page = render_document(council, build_link_index([council], load_catalogue()))
    assert "# Security Council resolution 242 (1967) { #title }" in page
    assert "Session" not in page and "Agenda item" not in page
    assembly = Document("A/RES/78/10", "General Assembly", "resolution", None)
    assembly.paragraphs = [Paragraph("op1", "operative", "1", "Decides;")]
    page = render_document(assembly, build_link_index([assembly], load_catalogue()))
    assert "# A/RES/78/10 { #title }" in page and "Session" in page and "Agenda item" in page


def test_a_letters_annex_is_on_its_page_once() -> None:
    """A letter (no preamble or operative part) with an annex: the annex's heading and
    paragraphs stand in the annex's section only, each anchor once."""
    letter = Document("A/80/192", "General Assembly", "letter", "Letter dated 7 August 2025")
    letter.paragraphs = [
        _para("p1", "numbered", "We have the honour to request an item."),
        _para("annex", "heading", "Annex", part="Annex"),
        _para("annex-h1", "heading", "Explanatory memorandum", part="Annex"),
        _para("annex-p1", "numbered", "The Agency is an intergovernmental organization.", part="Annex"),
    ]
    page = _page(letter)
    for anchor in ("p1", "annex", "annex-h1", "annex-p1"):
        assert len(re.findall(rf'id="{anchor}"|{{ #{anchor} }}', page)) == 1, anchor
    assert page.index("We have the honour") < page.index("Explanatory memorandum") < page.index("The Agency is")


def test_a_decisions_card_has_its_adoption_rows() -> None:
    """A decision is adopted as a resolution is: its card shows adoption, meeting and vote,
    stated or not; a report's shows them only where stated."""
    decision = Document("A/HRC/DEC/59/101", "Human Rights Council", "decision", "Outcome of the review")
    decision.paragraphs = [Paragraph("op1", "operative", None, "Decides to adopt the outcome.")]
    page = _page(decision)
    assert all(label in page for label in ("Adopted", "Meeting", "Vote"))
    report = Document("A/80/1", "General Assembly", "report", "Report")
    report.paragraphs = [Paragraph("para1", "numbered", "1", "The report.")]
    assert "Meeting" not in _page(report)


def test_a_heading_with_a_note_is_named_in_the_contents_without_its_marker() -> None:
    """ "Items subject to a no-objection process" with note 1 (S/RES/2776 (2025)'s annex A):
    the heading shows the marker; the table of contents names it without ("process1")."""
    title = "Items subject to a no-objection process"
    heading = _para("annex-1-h1", "heading", title, "Annex A")
    heading.footnote_refs = [FootnoteRef("1", "fn1", "fnref1", len(title))]
    plain = _para("annex-2-h1", "heading", "Parts & components", "Annex B")
    doc = Document(
        "S/RES/9999(2025)",
        "Security Council",
        "resolution",
        None,
        paragraphs=[
            _para("op1", "operative", "Decides."),
            _para("annex-1", "heading", "Annex A", "Annex A"),
            heading,
            _para("annex-2", "heading", "Annex B", "Annex B"),
            plain,
        ],
        footnotes=[Footnote("fn1", "1", "Not applicable.")],
    )
    page = _page(doc)
    line = next(line for line in page.splitlines() if "{ #annex-1-h1" in line)
    assert line.endswith(f'{{ #annex-1-h1 data-toc-label="{title}" }}'), line
    assert "fnref1" in line  # the heading itself keeps its marker
    assert next(line for line in page.splitlines() if "{ #annex-2-h1" in line).endswith("{ #annex-2-h1 }")


def test_a_note_marked_in_other_header_text_leads_from_it() -> None:
    """A/80/150: the note "*" on "Provisional agenda of the eightieth regular session of
    the General Assembly*", a heading kept as other header text, is marked there and
    leads back there; header text that marks nothing is as before."""
    text = "Provisional agenda of the eightieth regular session of the General Assembly"
    doc = Document("A/80/150", "General Assembly", "report", "To convene at United Nations Headquarters")
    doc.paragraphs = [Paragraph("para1", "numbered", "1", "Opening of the session.")]
    doc.extra["header"] = text
    doc.metadata_refs["header"] = [FootnoteRef("*", "fn-star", "fnref-star", len(text))]
    doc.footnotes = [Footnote("fn-star", "*", "Issued in accordance with rule 12 of the rules of procedure.")]
    page = _page(doc)
    row = next(line for line in page.splitlines() if "Provisional agenda of the eightieth" in line)
    assert 'href="#fn-star"' in row and 'id="fnref-star"' in row
    assert 'href="#fnref-star"' in page  # the note leads back
    plain = Document("A/80/151", "General Assembly", "report", "A report", extra={"header": "Sixth Committee"})
    plain.paragraphs = [Paragraph("para1", "numbered", "1", "Text.")]
    assert "<sup" not in next(line for line in _page(plain).splitlines() if "Sixth Committee" in line)
