"""Security Council resolutions of 1946–1992 as hand-corrected plain text
(tests/fixtures/security_council, from SeanFobbe/cr-unsc, CC0): read by the
``plain-text`` shape, their masthead, sign-off and notes by the Council's own rules.

Every fact below was read off the fixture's text by hand.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

from build_scripts.model import Document
from build_scripts.pipeline import read_source
from build_scripts.sources import Source
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.links import build_link_index
from build_scripts.writers.pages import render_document

HERE = Path(__file__).parent / "fixtures" / "security_council"
NAMES = sorted(p.name for p in HERE.glob("*.txt"))


@functools.cache
def convert(number: str) -> Document:
    path = next(HERE.glob(f"S_RES_{number}_*.txt"))
    return read_source(Source(path.name, path.read_text(encoding="utf-8"), {}, []))[0]


def numbers(doc: Document, kind: str) -> list[str | None]:
    return [p.number for p in doc.paragraphs if p.kind == kind]


def note_refs(doc: Document) -> dict[str, str]:
    """Each note's marker -> where it is referenced from (a paragraph id or a masthead fact)."""
    found = {ref.marker: p.id for p in doc.all_paragraphs() for ref in p.footnote_refs}
    found |= {ref.marker: f"metadata:{name}" for name, refs in doc.metadata_refs.items() for ref in refs}
    return found


@pytest.mark.parametrize("name", NAMES)
def test_every_fixture_reads_as_a_council_resolution(name: str) -> None:
    """The plain-text shape; a Council resolution, its symbol with its year and no space."""
    doc = convert(name[6:15])
    assert doc.shape == ("pdf-extract" if "2002" in name else "plain-text")  # 1454 (2002) keeps its form feeds
    assert (doc.body, doc.doc_type) == ("Security Council", "resolution")
    number, year = name[6:10].lstrip("0"), name[11:15]
    expected = f"S/RES/{number}({year})" if name != "S_RES_0434_1978_EN_GOLD.txt" else "S/RES/434(1973)"
    assert doc.symbol == expected


def test_the_first_resolution() -> None:
    """ "MILITARY STAFF COMMITTEE" / "1 (1946) Resolution of 25 January 1946"; no opening
    formula (said); three numbered paragraphs; the sign-off's note 22."""
    doc = convert("0001_1946")
    assert (doc.title, doc.adopted, doc.meeting, doc.vote) == (
        "MILITARY STAFF COMMITTEE",
        date(1946, 1, 25),
        "2nd meeting",
        None,
    )
    assert numbers(doc, "operative") == ["1", "2", "3"]
    assert [p.text for p in doc.paragraphs if p.kind == "preamble"][1] == "Therefore"
    assert [(n.marker, n.text) for n in doc.footnotes] == [("22", "Adopted without vote.")]
    assert note_refs(doc) == {"22": "metadata:meeting"}
    assert any("no opening formula ('The Security Council,')" in w for w in doc.warnings)


def test_a_1951_resolution_its_draft_vote_and_markers_standing_apart() -> None:
    """ "93 (1951). Resolution of 18 May 1951" / "[S/2157]"; markers typed apart from their
    word ("of 7 March 1951, 13"); the vote as printed."""
    doc = convert("0093_1951")
    assert (doc.adopted, doc.meeting, doc.based_on) == (date(1951, 5, 18), "547th meeting", "S/2157")
    assert doc.vote == "by 10 votes to none, with 1 abstention (Union of Soviet Socialist Republics)"
    assert [n.marker for n in doc.footnotes] == ["13", "14"]
    refs = note_refs(doc)
    assert set(refs) == {"13", "14"} and all(where.startswith("pp") for where in refs.values())
    assert "memorandum of 7 March 1951," in next(p.text for p in doc.paragraphs if p.id == refs["13"])


def test_resolution_242() -> None:
    """Three preambular paragraphs, four operative ones, (a)-(c) under the second; adopted
    unanimously at the 1382nd meeting on 22 November 1967."""
    doc = convert("0242_1967")
    assert (doc.adopted, doc.meeting, doc.vote) == (date(1967, 11, 22), "1382nd meeting", "unanimously")
    assert len(numbers(doc, "preamble")) == 3
    assert numbers(doc, "operative") == ["1", "2", "3", "4"]
    op2 = next(p for p in doc.paragraphs if p.id == "op2")
    assert [sub.number for sub in op2.subparagraphs] == ["(a)", "(b)", "(c)"]
    assert doc.paragraphs[0].text == "Expressing its continuing concern with the grave situation in the Middle East,"
    assert doc.closing_lines == ["Adopted unanimously at the", "1382nd meeting."]


def test_a_title_whose_year_is_not_the_adoptions_is_said() -> None:
    """ "Resolution 434 (1973)" adopted "of 18 September 1978": the symbol as printed, the
    conflict said; the note glued to its number ("33.One member") found and referenced."""
    doc = convert("0434_1978")
    assert doc.adopted == date(1978, 9, 18)
    assert any("'434(1973)' but adopted on 1978-09-18" in w for w in doc.warnings)
    assert [(n.marker, n.text) for n in doc.footnotes] == [
        ("33", "One member (China) did not participate in the voting.")
    ]
    assert note_refs(doc) == {"33": "metadata:meeting"}


def test_a_resolution_quoting_another() -> None:
    """501 (1982) quotes resolution 425 (1978) whole after op. 1's colon: the quoted
    paragraphs are op. 1's, the numbering 1..6 is its own."""
    doc = convert("0501_1982")
    assert numbers(doc, "operative") == ["1", "2", "3", "4", "5", "6"]
    op1 = next(p for p in doc.paragraphs if p.id == "op1")
    assert op1.text == "Reaffirms its resolution 425 (1978) which reads:"
    assert [sub.id for sub in op1.subparagraphs][:2] == ["op1-p1", "op1-p2"]
    assert len(op1.subparagraphs) == 9


def test_a_sign_off_cut_by_a_blank_line_and_notes_that_skip_a_number() -> None:
    """ "Adopted unanimously at the" / "" / "2828th meeting."; notes 54 and 56 (55 is
    another resolution's on the printed page)."""
    doc = convert("0622_1988")
    assert (doc.meeting, doc.vote) == ("2828th meeting", "unanimously")
    assert [n.marker for n in doc.footnotes] == ["54", "56"]
    assert doc.footnotes[0].text == "Ibid., document S/19835."


def test_a_vote_with_names() -> None:
    """678 (1990): "by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China)"; "Acting
    under Chapter VII" is a preambular paragraph of its own although no blank line parts it."""
    doc = convert("0678_1990")
    assert doc.vote == "by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China)"
    assert len(numbers(doc, "preamble")) == 5
    assert doc.paragraphs[4].text == "Acting under Chapter VII of the Charter,"
    assert numbers(doc, "operative") == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(
    ("number", "adopted", "meeting", "operative"),
    [("0768_1992", date(1992, 7, 30), "3102nd meeting", 5), ("0781_1992", date(1992, 10, 9), "3122nd meeting", 7)],
)
def test_the_1992_layout(number: str, adopted: date, meeting: str, operative: int) -> None:
    """ "RESOLUTION 768 (1992)" / "Adopted by the Security Council at its 3102nd meeting on
    30 July 1992": date and meeting from the masthead, no sign-off."""
    doc = convert(number)
    assert (doc.adopted, doc.meeting, doc.closing_lines) == (adopted, meeting, [])
    assert numbers(doc, "operative") == [str(n) for n in range(1, operative + 1)]


def test_notes_marked_1_slash() -> None:
    """The 1990s' "1/" markers: notes fn1-fn3, each referenced from the paragraph that prints it."""
    doc = convert("0781_1992")
    assert [(n.id, n.marker, n.text) for n in doc.footnotes] == [
        ("fn1", "1/", "S/24476, annex."),
        ("fn2", "2/", "S/24634, annex."),
        ("fn3", "3/", "S/24616."),
    ]
    refs = note_refs(doc)
    assert refs == {"1/": "pp4", "2/": "pp5", "3/": "pp7"}
    assert doc.paragraphs[3].text.startswith("Recalling in this context the Joint Declaration signed at Geneva")


def test_a_2002_resolution_with_annexes_a_and_b() -> None:
    """S/RES/1454 (2002), as the Council prints it since the 1990s: its masthead's symbol
    with its year, five operative paragraphs, then "Annex A" and "Annex B", each an annex
    of its own (not operative paragraphs)."""
    path = HERE / "S_RES_1454_2002_EN_GOLD.txt"
    doc = read_source(Source(path.name, path.read_text(encoding="utf-8"), {}, []))[0]
    assert (doc.symbol, doc.adopted, doc.meeting) == ("S/RES/1454(2002)", date(2002, 12, 30), "4683rd meeting")
    assert numbers(doc, "operative") == ["1", "2", "3", "4", "5"]
    assert [(p.id, p.text) for p in doc.paragraphs if p.id in ("annex-1", "annex-2")] == [
        ("annex-1", "Annex A"),
        ("annex-2", "Annex B"),
    ]


ANNEXED_RULES = """Resolution 263 (1969)
of 24 January 1969

The Security Council,

Decides to amend rules 41 and 42 of its provisional rules of procedure as set forth
in the annex to the present resolution.

ANNEX

Revised text of rules 41 and 42

Rule 41

Chinese, English, French, Russian and Spanish shall be the official languages.

Rule 42

Speeches made in one of the working languages shall be interpreted.

Adopted at the 1463rd meeting. 29


29 Adopted without vote.
"""


def test_a_sign_off_printed_after_the_annex_is_read_and_shown_there() -> None:
    """The volume prints the annexed rules, then "Adopted at the 1463rd meeting." (its
    note after it): the meeting is read, and the page shows the sign-off after the annex,
    where it was printed (the fidelity check, run on reading, holds the order too)."""
    doc = read_source(Source("S_RES_0263_1969_EN_GOLD.txt", ANNEXED_RULES, {}, []))[0]
    assert (doc.meeting, doc.closing_lines) == ("1463rd meeting", ["Adopted at the 1463rd meeting.29"])
    assert doc.extra["signoff_after_annexes"] is True
    assert [n.marker for n in doc.footnotes if not n.missing] == ["29"]
    page = render_document(doc, build_link_index([doc], load_catalogue()))
    assert page.index("Speeches made in one") < page.index('id="signature"') < page.index("## Notes")


# S/RES/277 (1970), cut short (cr-unsc, CC0): two numbers the scan misread, "i." for 1 and
# "i9." for 19, each opening with a small letter after a paragraph that ended
MISREAD_NUMBERS = """Resolution 277 (1970)
of 18 March 1970

The Security Council,

Acting wider Chapter VII of the Charter,

i. Condemns the illegal proclamation of republican
status of the Territory by the illegal régime in
Southern Rhodesia;

2. Decides that Member States shall refrain from
recognizing this legal régime or from rendering any
assistance to it;

18. Urges, having regard to the principle stated in
Article 2 of the Charter, States not Members of the
United Nations to act in accordance with the provisions
of the present resolution;

i9. Calls upon Member States fo report to the
Secretary-General by 1 June 1970 on the measures
taken to implement the present resolution;

20. Requests the Secretary-General to export to
the Security Council on the progress of the implementation of the present resolution;

Adopted at the 1535th meeting by 14 votes to none, with
one abstention (Spain).
"""


def test_numbers_misread_as_letters_are_read_where_the_order_expects_them() -> None:
    """ "i." opening the operative part is paragraph 1, "i9." after 18 is 19: each its own
    paragraph (not the text of the one before, though it starts with a small letter),
    warned with what was printed; the fidelity proof (run on reading) takes "i" for "1"
    only where the warning stands."""
    doc = read_source(Source("S_RES_0277_1970_EN_GOLD.txt", MISREAD_NUMBERS, {}, []))[0]
    assert [(p.id, p.number) for p in doc.paragraphs if p.kind == "operative"] == [
        ("op1", "1"),
        ("op2", "2"),
        ("op18", "18"),
        ("op19", "19"),
        ("op20", "20"),
    ]
    assert doc.paragraphs[1].text.startswith("Condemns the illegal proclamation")
    assert [(e.line, e.detail) for e in doc.log if e.rule == "misread-number"] == [
        (8, "paragraph 1 printed as 'i.', read as the number the order expects"),
        (21, "paragraph 19 printed as 'i9.', read as the number the order expects"),
    ]
    # the only gap is the excerpt's own cut
    gaps = [e.detail for e in doc.log if e.rule == "numbering-gap"]
    assert gaps == ["operative paragraph 18 where 3 was expected"]


def test_markers_printed_unreadable_are_linked_by_their_place_and_kept_as_printed() -> None:
    """465 (1980) prints notes 18, 19, 21 and 23's markers, and in their places 20's and
    22's garbled: "Jordan?° and" between 19 and 21, "of 12 August 1949,?? is" between 21
    and 23. Each is linked to its note, its glyphs kept as printed (the page shows "?°",
    never "20"), and said; no note is left never referenced."""
    doc = convert("0465_1980")
    refs = [(r.marker, r.footnote_id, p.id) for p in doc.all_paragraphs() for r in p.footnote_refs]
    assert refs == [
        ("18", "fn18", "pp1"),
        ("19", "fn19", "pp1"),
        ("?°", "fn20", "pp2"),
        ("21", "fn21", "pp2"),
        ("??", "fn22", "pp4"),
        ("23", "fn23", "pp10"),
    ]
    pp2 = next(p for p in doc.paragraphs if p.id == "pp2")
    ref = pp2.footnote_refs[0]
    assert pp2.text[: ref.offset].endswith("Permanent Representative of Jordan")
    assert "?°" not in pp2.text and "20" not in pp2.text
    assert [(e.line, e.detail) for e in doc.log if e.rule == "unreadable-marker"] == [
        (
            13,
            "note 20: its marker printed unreadable ('?°'), linked to the note by its place in the notes' sequence"
            " (between note 19's and note 21's markers)",
        ),
        (
            20,
            "note 22: its marker printed unreadable ('??'), linked to the note by its place in the notes' sequence"
            " (between note 21's and note 23's markers)",
        ),
    ]
    assert not any(e.rule == "unreferenced-note" for e in doc.log)
    page = render_document(doc, build_link_index([doc], load_catalogue()))
    assert 'href="#fn20"' in page and ">?°</a></sup>" in page


def test_a_garbled_marker_a_misread_number_could_be_is_not_linked() -> None:
    """880 (1993): note 28's marker is missing before 29's ("... 3 November 1993, 29"),
    where the text prints "5 October 1993,78" (a number no note has, above the notes'
    first: 28 misread?) and "7 October 1993%6": which is 28's is not settled, so neither
    is linked and the note is said never referenced."""
    doc = convert("0880_1993")
    assert [r.marker for p in doc.all_paragraphs() for r in p.footnote_refs] == ["29", "30"]
    assert not any(e.rule == "unreadable-marker" for e in doc.log)
    assert [e.detail for e in doc.log if e.rule == "unreferenced-note"] == ["note 28 has no marker in the text"]


def test_an_operative_part_of_lettered_paragraphs_only() -> None:
    """34 (1947): "The Security Council" then "(a) Resolves that ... seized ; and" and
    "(b) Requests that ... the General Assembly.": no number, no paragraph ends as a
    sentence but the last item, so the whole is the operative part (op1, its item op1b)."""
    doc = convert("0034_1947")
    assert [(p.id, p.kind, p.number) for p in doc.all_paragraphs()] == [
        ("op1", "operative", None),
        ("op1b", "operative", "(b)"),
    ]
    assert doc.paragraphs[0].text.startswith("(a) Resolves that the dispute between Greece")
    assert not any(e.rule == "no-operative-part" for e in doc.log)


# S/RES/851 (1993), its head (cr-unsc, CC0): the file opens with the end of the President's
# statement and the meeting's decision the volume printed before the resolution
TEXT_BEFORE = """cease its armed attacks. The Council expresses its condemnation of
such criminal attacks and stresses that those responsible must be held
accountable.

At its 3254th meeting, on 15 July 1993, the Council decided to
invite the representatives of Angola, Egypt, Namibia, Portugal, the
United Republic of Tanzania, Zambia and Zimbabwe to participate,
without vote, in the discussion of the item.

Resolution 851 (1993)
of 15 July 1993

The Security Council,

Reaffirming its resolutions 696 (1991) of 30 May 1991,

1. Decides to remain actively seized of the matter.

Adopted unanimously at the 3254th meeting.
"""


def test_the_end_of_the_text_printed_before_is_kept_as_printed_and_read_for_nothing() -> None:
    """851 (1993): the resolution's symbol, date and formula are found after the text the
    volume printed before it, which is kept as printed first of the header lines, said
    once, and read for no fact (its "on 15 July 1993" dates no distribution)."""
    doc = read_source(Source("S_RES_0851_1993_EN_GOLD.txt", TEXT_BEFORE, {}, []))[0]
    assert (doc.symbol, doc.adopted, doc.meeting, doc.distributed) == (
        "S/RES/851(1993)",
        date(1993, 7, 15),
        "3254th meeting",
        None,
    )
    assert doc.header_lines[0] == "cease its armed attacks. The Council expresses its condemnation of"
    assert doc.header_lines[-2:] == ["Resolution 851 (1993)", "of 15 July 1993"]
    assert [(e.line, e.detail) for e in doc.log if e.rule == "text-before"] == [
        (1, "the file opens with the end of the text printed before the document (7 lines), kept as printed")
    ]
    assert [(p.id, p.kind) for p in doc.paragraphs] == [("pp1", "preamble"), ("op1", "operative")]


# S/RES/471 (1980), its end (cr-unsc, CC0): after the sign-off, the volume's next part
TEXT_AFTER = """Resolution 471 (1980)
of 5 June 1980

The Security Council,

Shocked by the assassination attempts against the
Mayors of Nablus, Ramallah and Al Bireh,

7. Requests the Secretary-General to report on the
implementation of the present resolution.

Adopted at the 2226th meeting
by 14 votes to none, with 1
abstention (United States of
America).

Decisions

At its 2232nd meeting, on 17 June 1980, the Council
decided to invite the representatives of Ireland, Israel,
Lebanon and the Netherlands to participate, without
vote, in the discussion of the item.

Resolution 474 (1980)
of 17 June 1980
"""


def test_the_text_the_volume_printed_after_is_kept_after_the_signoff() -> None:
    """471 (1980): its sign-off is found though the volume's "Decisions" follow it (and the
    next resolution's title): those are kept as printed after the sign-off's lines, read
    for no fact (the 2232nd meeting and 17 June are another text's), and said."""
    doc = read_source(Source("S_RES_0471_1980_EN_GOLD.txt", TEXT_AFTER, {}, []))[0]
    assert (doc.meeting, doc.adopted) == ("2226th meeting", date(1980, 6, 5))
    assert doc.vote == "by 14 votes to none, with 1 abstention (United States of America)"
    assert doc.closing_lines[3:6] == ["America).", "Decisions", "At its 2232nd meeting, on 17 June 1980, the Council"]
    assert doc.closing_lines[-2:] == ["Resolution 474 (1980)", "of 17 June 1980"]
    assert [(e.line, e.detail) for e in doc.log if e.rule == "text-after"] == [
        (17, "the text the volume printed after the document (7 lines) kept as printed, after its sign-off")
    ]
    assert [p.id for p in doc.paragraphs] == ["pp1", "op7"]
