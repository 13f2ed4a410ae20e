"""The anchor grammar (build_scripts/anchors.py): every kind of anchor made, read back to
the same parts and named as the site names it; and every anchor the converter makes, in
the seeds and the fixtures, read back to itself and to what the model says it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts import anchors
from build_scripts.anchors import Anchor
from build_scripts.model import Document, Paragraph
from build_scripts.pipeline import convert_directory, read_source
from build_scripts.sources import Source

from .test_real_documents import NAMES, SHAPES
from .test_real_documents import convert as convert_real

FIXTURES = Path(__file__).parent / "fixtures"

OP3 = Anchor("op", "3")
OP3A = Anchor("letter", mark="a", parent=OP3)
ANNEX = Anchor("annex", annex="")
ANNEX_2 = Anchor("annex", annex="2")

# what a function makes, the parts it is read back to, and how the site names it
MADE = [
    (anchors.preamble(3), Anchor("pp", "3"), "pp. 3"),
    (anchors.operative(5), Anchor("op", "5"), "op. 5"),
    (anchors.operative("03"), Anchor("op", "03"), "op. 03"),
    (anchors.lettered(anchors.operative(3), "a"), OP3A, "op. 3 (a)"),
    (anchors.lettered(anchors.operative(3), "aa"), Anchor("letter", mark="aa", parent=OP3), "op. 3 (aa)"),
    (anchors.roman("op3a", "ii"), Anchor("roman", mark="ii", parent=OP3A), "op. 3 (a) (ii)"),
    (anchors.held(anchors.operative(3), 1), Anchor("held", "1", parent=OP3), "op. 3, unnumbered para. 1"),
    (
        anchors.held(anchors.roman("op3a", "ii"), 2),
        Anchor("held", "2", parent=Anchor("roman", mark="ii", parent=OP3A)),
        "op. 3 (a) (ii), unnumbered para. 2",
    ),
    (anchors.item(anchors.operative(3), 2), Anchor("item", "2", parent=OP3), "op. 3, item 2"),
    (anchors.numbered(12), Anchor("para", "12"), "para. 12"),
    (anchors.stray(1), Anchor("u", "1"), "u1"),
    (anchors.heading(2), Anchor("h", "2"), "heading 2"),
    (anchors.lettered(anchors.heading(2), "j"), Anchor("letter", mark="j", parent=Anchor("h", "2")), "heading 2 (j)"),
    (anchors.annex(1, 1), ANNEX, "annex"),
    (anchors.annex(2, 3), ANNEX_2, "annex II"),
    (anchors.annex(16, 16), Anchor("annex", annex="16"), "annex 16"),
    (anchors.numbered(3, anchors.annex_scope("annex-2")), Anchor("para", "3", "2"), "annex II, para. 3"),
    (anchors.numbered(3, anchors.annex_scope("annex")), Anchor("para", "3", ""), "annex, para. 3"),
    (anchors.unnumbered(1, anchors.annex_scope("annex")), Anchor("p", "1", ""), "annex, unnumbered para. 1"),
    (anchors.unnumbered(3, ""), Anchor("p", "3"), "unnumbered para. 3"),
    (anchors.heading(1, anchors.annex_scope("annex")), Anchor("h", "1", ""), "annex, heading 1"),
    (
        anchors.numbered(1, anchors.article_scope("Article", "12", "annex-")),
        Anchor("para", "1", "", "art", "12"),
        "annex, art. 12, para. 1",
    ),
    (
        anchors.numbered(1, anchors.article_scope("Rule", "15", "annex-")),
        Anchor("para", "1", "", "rule", "15"),
        "annex, rule 15, para. 1",
    ),
    (
        anchors.numbered(2, anchors.article_scope("Article", "IV", "annex-2-")),
        Anchor("para", "2", "2", "art", "iv"),
        "annex II, art. IV, para. 2",
    ),
    (  # the Security Council's lists, numbering again in each part of an annex
        anchors.numbered(1, anchors.article_scope("Part", "II", "annex-2-")),
        Anchor("para", "1", "2", "part", "ii"),
        "annex II, part II, para. 1",
    ),
    (
        anchors.operative(1, anchors.section_scope("XXV")),
        Anchor("op", "1", None, "sec", "XXV"),
        "section XXV, op. 1",
    ),
    # a list item's lettered part, and the list an item announces
    (
        anchors.lettered(anchors.item("op3", 1), "a"),
        Anchor("letter", mark="a", parent=Anchor("item", "1", parent=OP3)),
        "op3-i1a",
    ),
    (
        anchors.item(anchors.item("para3", 8), 1),
        Anchor("item", "1", parent=Anchor("item", "8", parent=Anchor("para", "3"))),
        "para. 3, item 8, item 1",
    ),
    # what a list's item holds: an agenda item's "Documentation" and its titles
    (
        anchors.held(anchors.item("para16", 3), 1),
        Anchor("held", "1", parent=Anchor("item", "3", parent=Anchor("para", "16"))),
        "para. 16, item 3, unnumbered para. 1",
    ),
    # the second draft a report recommends: its own preamble and operative numbering
    (anchors.operative(1, anchors.draft_scope(2)), Anchor("op", "1", None, "draft", "2"), "draft 2, op. 1"),
    (anchors.preamble(3, anchors.draft_scope(1)), Anchor("pp", "3", None, "draft", "1"), "draft 1, pp. 3"),
    # the second statement of a compilation that numbers its paragraphs afresh
    (anchors.numbered(3, anchors.statement_scope(2)), Anchor("para", "3", None, "st", "2"), "statement 2, para. 3"),
    (
        anchors.lettered(anchors.numbered(1, anchors.statement_scope(1, "annex-2-")), "b"),
        Anchor("letter", mark="b", parent=Anchor("para", "1", "2", "st", "1")),
        "annex II, statement 1, para. 1 (b)",
    ),
    # a draft's section numbering its operative paragraphs afresh (E/2025/72's draft, parts A to C)
    (
        anchors.operative(2, anchors.section_scope("B", anchors.draft_scope(1))),
        Anchor("op", "2", None, "draft", "1", "B"),
        "draft 1, section B, op. 2",
    ),
    (
        anchors.operative(1, anchors.section_scope("A", anchors.draft_scope(1, "annex-2-"))),
        Anchor("op", "1", "2", "draft", "1", "A"),
        "annex II, draft 1, section A, op. 1",
    ),
    (anchors.duplicate(anchors.operative(3), 2), Anchor("op", "3", copy=2), "op. 3"),
    (anchors.duplicate("op3a", 2), Anchor("letter", mark="a", copy=2, parent=OP3), "op. 3 (a)"),
    # the site names a duplicate's letter and a duplicate block by their anchors
    (anchors.lettered("op3-2", "a"), Anchor("letter", mark="a", parent=Anchor("op", "3", copy=2)), "op3-2a"),
    (anchors.duplicate("op3-p1", 2), Anchor("held", "1", copy=2, parent=OP3), "op3-p1-2"),
    (anchors.note("1", 1), Anchor("note", mark="1"), "note 1"),
    (anchors.note("*", 1), Anchor("note", mark="*"), "note *"),
    (anchors.note("**", 2), Anchor("note", mark="**"), "note **"),
    (anchors.note("†", 1), Anchor("note", mark="†"), "note †"),
    (anchors.note("‡‡", 1), Anchor("note", mark="‡‡"), "note ‡‡"),
    # a marker the anchor does not keep: the note is known by its order
    (anchors.note("a", 3), Anchor("note", "3"), "fn-x3"),
    (anchors.note_ref("fn1", 1), Anchor("note_ref", parent=Anchor("note", mark="1")), "fnref1"),
    (anchors.note_ref("fn1", 2), Anchor("note_ref", copy=2, parent=Anchor("note", mark="1")), "fnref1-2"),
    (anchors.note_ref("fn-star2", 3), Anchor("note_ref", copy=3, parent=Anchor("note", mark="**")), "fnref-star2-3"),
    (anchors.note_ref("fn-x7", 2), Anchor("note_ref", copy=2, parent=Anchor("note", "7")), "fnref-x7-2"),
]


@pytest.mark.parametrize(("made", "parts", "label"), MADE, ids=[m[0] for m in MADE])
def test_an_anchor_is_read_back_to_its_parts_and_named(made: str, parts: Anchor, label: str) -> None:
    assert anchors.parse(made) == parts
    assert str(parts) == made
    assert anchors.label(made) == label


def test_the_makers_write_the_documented_shapes() -> None:
    """The shapes the README and the site's URLs promise, spelt out once."""
    made = [
        anchors.preamble(3),
        anchors.lettered(anchors.operative(3), "a"),
        anchors.roman(anchors.lettered(anchors.operative(3), "a"), "ii"),
        anchors.roman(anchors.operative(1), "ii"),
        anchors.held(anchors.operative(3), 1),
        anchors.item(anchors.operative(3), 2),
        anchors.numbered(3, anchors.annex_scope(anchors.annex(2, 3))),
        anchors.numbered(1, anchors.article_scope("Rule", "15", anchors.annex_scope(anchors.annex(1, 1)))),
        anchors.operative(1, anchors.section_scope("XXV")),
        anchors.duplicate(anchors.operative(3), 2),
        anchors.note("*", 1),
        anchors.note("**", 2),
        anchors.note("†", 1),
        anchors.note("", 3),
        anchors.note("07", 1),
        anchors.note_ref(anchors.note("1", 1), 2),
    ]
    assert made == [
        "pp3",
        "op3a",
        "op3a-ii",
        "op1-ii",
        "op3-p1",
        "op3-i2",
        "annex-2-para3",
        "annex-rule15-para1",
        "secXXV-op1",
        "op3-2",
        "fn-star",
        "fn-star2",
        "fn-dagger",
        "fn-x3",
        "fn7",
        "fnref1-2",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "title",
        "signature",
        "other",
        "op",
        "annex-",
        "op3-list",  # the Akoma Ntoso eId of a paragraph's list
        "metadata:title",
        "ref-a-res-56-145",
        "op3-02",  # a copy is written as counted
        "op3-2-3",  # a copy of a copy
        "op3-1",
        "op3-p1-p1",
        "op3-i1-ii",  # a numeral hangs on a letter, not on an item
        "fn-star1",
        "fnref1-1",
        "fn01",
        "fnrefref1",  # a reference refers to a note
        "secA-secB-op1",  # a section's section: only a draft's section is written inside a scope
        "draft1-secb-op1",  # a section's label is printed in capitals
    ],
)
def test_what_the_grammar_does_not_make_is_no_anchor(text: str) -> None:
    assert anchors.parse(text) is None
    assert anchors.label(text) == text


def test_a_second_paragraph_of_one_number_takes_the_first_free_copy() -> None:
    assert anchors.first_free("op3", set()) == "op3"
    assert anchors.first_free("op3", {"op3"}) == "op3-2"
    assert anchors.first_free("op3", {"op3", "op3-2", "op3-3"}) == "op3-4"


def test_a_paragraphs_own_roman_items_are_anchors() -> None:
    """S/RES/66 (1948): "Calls upon the Governments concerned:" then (i), (ii), (iii), no
    letters: ``op1-ii``, "op. 1 (ii)"; "op3-i1-ii" (a numeral on a list's item) is none."""
    assert str(anchors.parse("op1-ii")) == "op1-ii"
    assert anchors.label("op1-ii") == "op. 1 (ii)"
    assert anchors.parse("op3-i1-ii") is None


def test_a_sub_paragraph_moves_with_its_paragraph() -> None:
    """``pp2-i`` of ``pp2`` found operative is ``op1-i``; its (a)'s (ii) too; an anchor not
    under the paragraph is refused."""
    assert anchors.moved("pp2-i", "pp2", "op1") == "op1-i"
    assert anchors.moved("annex-pp2a-ii", "annex-pp2", "annex-op1") == "annex-op1a-ii"
    assert anchors.parse(anchors.moved("pp2a-p1", "pp2", "op1")) is not None
    with pytest.raises(ValueError):
        anchors.moved("pp3a", "pp2", "op1")


@pytest.mark.parametrize(
    ("anchor", "scope"),
    [
        ("op3", ""),
        ("op3-2", ""),
        ("secXXV-op1", "secXXV-"),
        ("draft1-secB-op2", "draft1-secB-"),
        ("u1", None),
        ("para3", None),
        ("op3a", None),
        ("x", None),
    ],
)
def test_an_operative_paragraph_counts_in_its_section(anchor: str, scope: str | None) -> None:
    assert anchors.operative_scope(anchor) == scope


def test_places_without_a_paragraph() -> None:
    assert anchors.masthead("based_on") == "metadata:based_on"
    assert anchors.is_masthead("metadata:based_on") and not anchors.is_masthead("op3")
    assert [anchors.is_annex(a) for a in ("annex", "annex-2", "annex-p1", "annex-2-para3", "op1")] == [
        True,
        True,
        False,
        False,
        False,
    ]


# -- any anchor made from parts reads back to them -----------------------------------

counts = st.integers(min_value=1, max_value=300)
letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz").flatmap(lambda c: st.sampled_from([c, c + c]))
numerals = st.sampled_from(["i", "ii", "iii", "iv", "v", "vi", "ix", "x", "xiv"])


@st.composite
def within(draw: st.DrawFn) -> tuple[str, str | None]:
    """An annex's scope and number, or the body's."""
    total = draw(st.integers(min_value=0, max_value=20))
    if total == 0:
        return "", None
    number = draw(st.integers(min_value=1, max_value=total))
    return anchors.annex_scope(anchors.annex(number, total)), "" if total == 1 else str(number)


@st.composite
def paragraphs(draw: st.DrawFn) -> tuple[str, Anchor]:
    """A paragraph anchor made by the makers, with the parts it was made of."""
    prefix, annex = draw(within())
    kind, number = draw(st.sampled_from(anchors.BASES)), str(draw(counts))
    scope, scope_number = "", ""
    if annex is not None and kind == "para" and draw(st.booleans()):
        word, scope_number = draw(st.sampled_from(["Article", "Rule"])), draw(st.sampled_from(["12", "3 bis", "iv"]))
        scope, prefix = {"Article": "art", "Rule": "rule"}[word], anchors.article_scope(word, scope_number, prefix)
    elif annex is None and kind == "op" and draw(st.booleans()):
        scope, scope_number = "sec", draw(st.sampled_from(["I", "XXV", "B"]))
        prefix = anchors.section_scope(scope_number)
    elif kind == "para" and draw(st.booleans()):
        scope, scope_number = "st", str(draw(counts))
        prefix = anchors.statement_scope(scope_number, prefix)
    makers = {
        "pp": anchors.preamble,
        "u": anchors.stray,
        "op": lambda n: anchors.operative(n, prefix),
        "para": lambda n: anchors.numbered(n, prefix),
        "p": lambda n: anchors.unnumbered(n, prefix),
        "h": lambda n: anchors.heading(n, prefix),
        "table": lambda n: anchors.table(n, prefix),
        "figure": lambda n: anchors.figure(n, prefix),
    }
    if kind in ("pp", "u"):
        annex = None
    elif kind == "p" and annex is None:
        kind = "para"
    return makers[kind](number), Anchor(kind, number, annex, scope, scope_number)


def _maybe_copy(draw: st.DrawFn, made: str, parts: Anchor) -> tuple[str, Anchor]:
    copy = draw(st.sampled_from([1, 1, 2, 3, 11]))
    return (made, parts) if copy == 1 else (anchors.duplicate(made, copy), Anchor(**{**vars(parts), "copy": copy}))


@st.composite
def any_paragraph(draw: st.DrawFn) -> tuple[str, Anchor]:
    """A paragraph, maybe its letter and numeral, maybe a block or an item it holds, any
    of them maybe a duplicate."""
    made, parts = _maybe_copy(draw, *draw(paragraphs()))
    if draw(st.booleans()):
        letter = draw(letters)
        made, parts = _maybe_copy(draw, anchors.lettered(made, letter), Anchor("letter", mark=letter, parent=parts))
        if draw(st.booleans()):
            numeral = draw(numerals)
            made, parts = _maybe_copy(draw, anchors.roman(made, numeral), Anchor("roman", mark=numeral, parent=parts))
    held = draw(st.sampled_from([None, "held", "item"]))
    if held is not None:
        k = str(draw(counts))
        made_by = anchors.held if held == "held" else anchors.item
        made, parts = _maybe_copy(draw, made_by(made, k), Anchor(held, k, parent=parts))
    return made, parts


@settings(max_examples=300, deadline=None)
@given(any_paragraph())
def test_any_paragraph_anchor_reads_back_to_its_parts(case: tuple[str, Anchor]) -> None:
    made, parts = case
    assert anchors.parse(made) == parts
    assert str(parts) == made
    assert anchors.label(made)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["1", "12", "*", "**", "***", "†", "††", "‡", "a", "", "§"]), counts, counts)
def test_any_note_and_reference_read_back(marker: str, ordinal: int, count: int) -> None:
    note = anchors.note(marker, ordinal)
    parsed = anchors.parse(note)
    assert parsed is not None and parsed.kind == "note" and str(parsed) == note
    assert parsed.mark == marker or (parsed.mark == "" and parsed.number == str(ordinal))
    ref = anchors.parse(anchors.note_ref(note, count))
    assert ref == Anchor("note_ref", copy=count, parent=parsed)


# -- the anchors the converter makes -------------------------------------------------

BUDGET = """United Nations A/RES/77/999

General Assembly

Distr.: General
2 January 2023

Seventy-seventh session
Agenda item 140

Resolution adopted by the General Assembly on 30 December 2022

77/999. Questions relating to the programme budget

The General Assembly,

Recalling its resolution 76/245 of 24 December 2021,¹

I
Budget performance

1. Takes note of the report of the Secretary-General;¹

¹ A/77/6.

2. Decides the following:

(a) To approve the appropriation;

(b) To request the Secretary-General to report on:

(i) The first matter;

(ii) The second matter;

2. Further decides that the following agenda shall apply:

1. Opening of the session.

2. Adoption of the agenda.

3. Requests the Secretary-General to announce the following themes:

Theme one, on the first matter;

Theme two, on the second matter.

II
Effects of changes in rates of exchange

1. Approves the estimates;

2. Decides to consider the question at its next session.

*73rd plenary meeting*
*30 December 2022*

Annex I

Rules of procedure

Rule 1
Chairs and officers

1. The Committee shall meet once a year.

2. The Committee shall adopt its agenda.

Annex II
Terms of reference

The panel shall advise the Committee.

1. The panel shall consist of five members.
"""


def test_the_rarer_anchors_the_structure_makes() -> None:
    """Sections numbering afresh, a number printed twice, a list and blocks inside a
    paragraph, two annexes and an annex's rule: each anchor and the site's name for it."""
    doc = read_source(Source("budget.txt", BUDGET, {}, []))[0]
    named = [(p.id, anchors.label(p.id)) for p in doc.all_paragraphs()]
    assert named == [
        ("pp1", "pp. 1"),
        ("h1", "heading 1"),
        ("secI-op1", "section I, op. 1"),
        ("secI-op2", "section I, op. 2"),
        ("secI-op2a", "section I, op. 2 (a)"),
        ("secI-op2b", "section I, op. 2 (b)"),
        ("secI-op2b-i", "section I, op. 2 (b) (i)"),
        ("secI-op2b-ii", "section I, op. 2 (b) (ii)"),
        ("secI-op2-2", "section I, op. 2"),
        ("secI-op2-2-i1", "section I, op. 2, item 1"),
        ("secI-op2-2-i2", "section I, op. 2, item 2"),
        ("secI-op3", "section I, op. 3"),
        ("secI-op3-p1", "section I, op. 3, unnumbered para. 1"),
        ("secI-op3-p2", "section I, op. 3, unnumbered para. 2"),
        ("h2", "heading 2"),
        ("secII-op1", "section II, op. 1"),
        ("secII-op2", "section II, op. 2"),
        ("annex-1", "annex I"),
        ("annex-1-h1", "annex I, heading 1"),
        ("annex-1-h2", "annex I, heading 2"),
        ("annex-1-rule1-para1", "annex I, rule 1, para. 1"),
        ("annex-1-rule1-para2", "annex I, rule 1, para. 2"),
        ("annex-2", "annex II"),
        ("annex-2-h1", "annex II, heading 1"),
        ("annex-2-p1", "annex II, unnumbered para. 1"),
        ("annex-2-para1", "annex II, para. 1"),
    ]
    assert [r.ref_id for p in doc.all_paragraphs() for r in p.footnote_refs] == ["fnref1", "fnref1-2"]
    _assert_anchors_read_back(doc)


_MODEL_KINDS = {
    "pp": {"preamble"},
    "op": {"operative"},
    "para": {"numbered"},
    "p": {"numbered"},
    "h": {"heading"},
    "u": {"operative", "numbered"},
    "annex": {"heading"},
    "table": {"table"},
    "figure": {"figure"},
}


def _assert_paragraph(para: Paragraph, holder: Paragraph | None) -> None:
    """The anchor reads back to itself and says what the model says: the kind and number
    of a paragraph, the letter, numeral or item number of a part, and who holds it."""
    parsed = anchors.parse(para.id)
    assert parsed is not None and str(parsed) == para.id, para.id
    if holder is None:
        assert parsed.parent is None and para.kind in _MODEL_KINDS[parsed.kind], para.id
        assert (parsed.annex is not None) == (para.part is not None), para.id
        if parsed.kind in ("op", "para") and para.number is not None:
            assert parsed.number == para.number, para.id
        return
    assert str(parsed.parent) == holder.id, para.id
    if parsed.kind in ("letter", "roman"):
        assert para.number == f"({parsed.mark})", para.id
    else:
        assert para.number == (parsed.number if parsed.kind == "item" else None), para.id


def _assert_anchors_read_back(doc: Document) -> None:
    def walk(paras: list[Paragraph], holder: Paragraph | None) -> None:
        for para in paras:
            _assert_paragraph(para, holder)
            walk(para.subparagraphs, para)

    walk(doc.paragraphs, None)
    for note in doc.footnotes:
        parsed = anchors.parse(note.id)
        assert parsed is not None and parsed.kind == "note" and str(parsed) == note.id, note.id
        # the marker as the anchor keeps it ("07" is fn7), or none (fn-x3: by its order)
        kept = str(int(note.marker)) if note.marker.isdigit() else note.marker
        assert parsed.mark == kept or (parsed.mark == "" and parsed.number), note.id
    refs = [r for p in doc.all_paragraphs() for r in p.footnote_refs]
    refs += [r for found in doc.metadata_refs.values() for r in found]
    for ref in refs:
        parsed = anchors.parse(ref.ref_id)
        assert parsed is not None and parsed.kind == "note_ref" and str(parsed.parent) == ref.footnote_id, ref.ref_id


def test_every_anchor_of_the_seeds_reads_back(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        _assert_anchors_read_back(doc)
    notes = {n.id for doc in docs.values() for n in doc.footnotes}
    assert {"fn1", "fn-star", "fn-star2"} <= notes


@pytest.mark.parametrize("directory", ["series", "drafts"])
def test_every_anchor_of_the_fixture_collections_reads_back(directory: str) -> None:
    for doc in convert_directory(FIXTURES / directory).documents:
        _assert_anchors_read_back(doc)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_every_anchor_of_the_real_documents_reads_back(name: str, shape: str) -> None:
    _assert_anchors_read_back(convert_real(name, shape))


def test_the_real_documents_hold_the_grammar_s_common_shapes() -> None:
    """What the fixtures above exercise: a paragraph's letter and numeral, its blocks and
    items, an annex's articles and unnumbered paragraphs, a note's second reference."""
    shapes: set[str] = set()
    for name in NAMES:
        doc = convert_real(name, "pdf")
        ids = [p.id for p in doc.all_paragraphs()] + [r.ref_id for p in doc.all_paragraphs() for r in p.footnote_refs]
        for anchor in ids:
            parsed = anchors.parse(anchor)
            assert parsed is not None
            shapes.add("/".join(node.kind + ("@" + node.scope if node.scope else "") for node in parsed.path))
    assert {"op/letter/roman", "op/letter/held", "op/item", "para@art/letter", "p/letter/roman", "annex"} <= shapes
    assert "note/note_ref" in shapes
