from __future__ import annotations

from build_scripts.readers import markdown_superscript, ohchr_web, sg_report
from build_scripts.repairs.markers import split_markers

from .. import shapes
from ..conftest import SOURCES


def test_superscript_notes_anywhere_are_notes():
    raw = markdown_superscript.read(shapes.markdown_superscript(), "x.md")
    assert [n.marker for n in raw.notes] == ["1", "2", "3"]
    assert all(not b.text.startswith("Resolution 58/190") for b in raw.blocks)


def test_operative_verbs_lose_their_emphasis_marks_only():
    raw = markdown_superscript.read((SOURCES / "000_b4a211301873ce80.txt").read_text(encoding="utf-8"), "000.txt")
    op1 = next(b for b in raw.blocks if b.text.startswith("1. "))
    assert op1.text.startswith("1. Expresses its deep concern at the growing")


def test_web_banner_removed_title_kept_as_heading():
    raw = ohchr_web.read(shapes.ohchr_web(), "x.md")
    assert raw.blocks[0].kind == "heading" and raw.blocks[0].text == shapes.TITLE
    assert [e.rule for e in raw.log if e.kind == "removed"] == ["web-banner"]


def test_numbered_lines_without_blank_lines_are_separate_paragraphs():
    raw = ohchr_web.read(shapes.ohchr_web(), "x.md")
    assert [b.text.split(".")[0] for b in raw.blocks if b.text[:1].isdigit() and ". " in b.text[:4]] == ["1", "2"]


def test_report_notes_follow_page_breaks_only():
    raw = sg_report.read((SOURCES / "004_f480feab1e58da5f.txt").read_text(encoding="utf-8"), "004.txt")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("*", "A/56/50."),
        (
            "**",
            "The footnote requested by the General Assembly in resolution 54/248 was not included in the submission.",
        ),
    ]
    item = next(b for b in raw.blocks if b.text.startswith("Item 132"))
    assert split_markers(item.text) == ("Item 132 (a) of the preliminary list", [("*", 36)])
