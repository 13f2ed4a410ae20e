"""How UN texts number their paragraphs: the patterns, and the checks that numbers follow."""

from __future__ import annotations

import re

import pytest

from build_scripts.model import Paragraph
from build_scripts.readers.base import Block
from build_scripts.structure.numbering import (
    ANNEX_HEADING_RE,
    ARTICLE_RE,
    BARE_NUMBER_RE,
    CHAPTER_RE,
    LETTER_RE,
    NUMBERED_RE,
    ROMAN_RE,
    SECTION_LABEL_RE,
    following_number,
    fresh_sections,
    is_draft_formula,
    is_next_letter,
    is_part_heading,
    is_short_contents_entry,
    is_subheading,
    letter_index,
    letter_without_bracket,
    misread_number,
    numbering_gaps,
    numbering_restarts,
    numbers_again,
    numerals,
    numerals_in_order,
    restarts_after,
    starts_numbered_or_lettered,
    statement_headings,
)

from .helpers import sentinel


def groups(pattern: re.Pattern[str], text: str) -> tuple[str | None, ...]:
    """What ``pattern`` reads at the start of ``text`` (failing the test if nothing)."""
    match = pattern.match(text)
    assert match is not None, text
    return match.groups()


def test_patterns_read_numbers_letters_and_romans() -> None:
    """ "3. Calls", "(a) To", "(mm)Designing", "(iv) Acceding", "26 Condemns" and what they hold."""
    assert groups(NUMBERED_RE, "3. Calls upon all States to:") == ("3", "Calls upon all States to:")
    assert groups(LETTER_RE, "(a) To ratify;") == ("a", None, "To ratify;")
    assert groups(LETTER_RE, "(mm)Designing policies;") == ("mm", "m", "Designing policies;")
    assert groups(ROMAN_RE, "(iv) Acceding to it;") == ("iv", "Acceding to it;")
    assert groups(BARE_NUMBER_RE, "26 Condemns all acts;") == ("26", "Condemns all acts;")
    assert groups(BARE_NUMBER_RE, "26 States replied.") == ("26", "States replied.")
    assert BARE_NUMBER_RE.match("2002 Budget") is None
    assert BARE_NUMBER_RE.match("26 countries replied.") is None
    assert LETTER_RE.match("(ab) To ratify;") is None
    assert NUMBERED_RE.match("1.5 million people") is None


def test_section_article_and_annex_heading_patterns() -> None:
    """Section labels "II" / "XXV Effects ..." / "B."; articles "Article 12", "Rule 15 bis"."""
    assert groups(SECTION_LABEL_RE, "XXV Effects of changes in rates of exchange") == ("XXV",)
    assert groups(SECTION_LABEL_RE, "B.") == ("B",)
    assert SECTION_LABEL_RE.match("Budget") is None
    assert groups(ARTICLE_RE, "Article 12") == ("Article", "12")
    assert groups(ARTICLE_RE, "Rule 15 bis") == ("Rule", "15 bis")
    assert ANNEX_HEADING_RE.match("I. General provisions")
    assert ANNEX_HEADING_RE.match("Chapter II")
    assert ANNEX_HEADING_RE.match("I. The Committee shall meet.") is None


def test_starts_numbered_or_lettered() -> None:
    """A number, a letter or a roman numeral opens the block; a preamble does not."""
    assert starts_numbered_or_lettered("3. Decides;")
    assert starts_numbered_or_lettered("(b) To report;")
    assert starts_numbered_or_lettered("(ii) Acceding;")
    assert not starts_numbered_or_lettered("Reaffirming its resolution 55/88,")


def test_is_part_heading() -> None:
    """ "Rule 15" / "Duties of the secretariat" and "II" / "Activities ..." are headings; a
    label followed by a sentence is not."""
    assert is_part_heading("Rule 15\nDuties of the secretariat")
    assert is_part_heading(f"II{sentinel('1')}\nActivities of the Committee")
    assert is_part_heading("Article 13.\nScope of application")
    # alone, its stop reads as a sentence's end (the annex grammar's ``heading`` rule takes it by pattern)
    assert not is_part_heading("Article 13.")
    assert not is_part_heading("Rule 15\nThe secretariat shall assist the Committee.")
    assert not is_part_heading("Programme of action")
    # a section's title may run over four lines (A/RES/79/145, section II, names the Agreement in full)
    title = (
        "II\nImplementation of the 1995 Agreement for the Implementation of the\n"
        "Provisions of the United Nations Convention on the Law of the Sea of\n"
        "10 December 1982 relating to the Conservation and Management of Straddling\n"
        "Fish Stocks and Highly Migratory Fish Stocks"
    )
    assert is_part_heading(title)
    assert not is_part_heading("Rule 15\na\nb\nc\nd\ne")


def test_is_subheading() -> None:
    """A capitalised line that ends no sentence, of at most 40 words."""
    assert is_subheading("Budget performance report for the period from 1 July 2000 to 30 June 2001")
    assert not is_subheading("Requests the Secretary-General to report.")
    assert not is_subheading("welcomes the progress made")
    assert not is_subheading("Word " * 41)


def test_letter_index() -> None:
    """(a) 0, (z) 25, (aa) 26, (bb) 27."""
    assert [letter_index(letter) for letter in ("a", "z", "aa", "bb")] == [0, 25, 26, 27]


@pytest.mark.parametrize(
    ("previous", "candidate", "expected"),
    [
        ("(h)", "i", True),
        ("(u)", "v", True),
        ("(w)", "x", True),
        ("(hh)", "ii", True),
        ("(a)", "i", False),
        ("(h)", "ii", False),
        ("(c)", "i", False),
        (None, "i", False),
    ],
)
def test_is_next_letter(previous: str | None, candidate: str, expected: bool) -> None:
    """ "(i)" after "(h)" is a letter; after "(a)" or "(c)" a roman numeral."""
    assert is_next_letter(previous, candidate) is expected


def test_following_number() -> None:
    """The number after op25 is 26; after nothing, or a paragraph without a number, 1."""
    assert following_number(Paragraph("op25", "operative", "25", "Decides;")) == "26"
    assert following_number(None) == "1"
    assert following_number(Paragraph("pp1", "preamble", None, "Recalling,")) == "1"
    assert following_number(Paragraph("op3a", "operative", "(a)", "To report;")) == "1"


def test_numbering_restarts_after_a_section_heading() -> None:
    """Budget resolutions' sections number afresh: "II" then "1." after "2."."""
    blocks = [Block("I", 1, "heading"), Block("1. Approves;", 2), Block("2. Decides;", 3), Block("II", 4, "heading")]
    assert numbering_restarts([*blocks, Block("1. Notes;", 5)])
    assert not numbering_restarts([*blocks, Block("3. Notes;", 5)])
    # a "1." in a list, with no section heading before it, is no restart
    assert not numbering_restarts([Block("1. Adopts:", 1), Block("2. Decides:", 2), Block("1. Opening.", 3)])


def test_fresh_sections_are_a_drafts_section_headings_numbering_from_1() -> None:
    """E/2025/72's draft resolution in parts: "A Work of the Committee ...", op. 1 and 2,
    "B ...", op. 1 ...: both number afresh; "C", whose first paragraph goes on (3.), does
    not. A/80/21's draft B: "I Introduction", op. 1, then "II ...", op. 3: one section
    alone opening with "1." in its draft numbers nothing afresh, nor does one section
    of each of two drafts."""
    formula = Block("The Economic and Social Council,", 2)
    blocks = [
        Block("1. The Committee of Experts held its session.", 1),
        formula,
        Block("A Work of the Committee regarding the transport of dangerous goods", 3, "heading"),
        Block("1. Expresses its appreciation;", 4),
        Block("2. Requests the Secretary-General;", 5),
        Block("B Work of the Committee regarding the Globally Harmonized System", 6, "heading"),
        Block("Recalling its resolution,", 7),
        Block("1. Commends the Secretary-General;", 8),
        Block("2. Invites Governments;", 9),
        Block("C Scope and programme of work of the Committee", 10, "heading"),
        Block("3. Decides;", 11),
    ]
    assert fresh_sections(blocks) == {2, 5}
    one = [
        formula,
        Block("I Introduction", 2, "heading"),
        Block("1. Requests the Secretary-General;", 3),
        Block("2. Reaffirms;", 4),
        Block("II General activities of the Department", 5, "heading"),
        Block("3. Requests the Department;", 6),
    ]
    assert fresh_sections(one) == set()
    assert fresh_sections([*one, *one]) == set()


def test_restarts_after_a_chapter_heading_whose_first_paragraph_is_1() -> None:
    """E/2025/24 (a commission's report to ECOSOC) numbers each chapter's paragraphs
    from 1: the first numbered block under "Chapter II ..." is "1." after "2.". A/80/36
    numbers through its chapters; an agenda's "1." further down a chapter, or a numbered
    heading ("1. Treaty bodies"), is no restart."""
    chapter_1 = [Block("Chapter I Matters calling for action", 1, "heading"), Block("1. The Commission;", 2)]
    chapter_1 += [Block("2. The Commission recommends:", 3)]
    chapter_2 = Block("Chapter II Items for discussion", 4, "heading")
    assert restarts_after([*chapter_1, chapter_2, Block("1. The Commission considered item 3.", 5)], CHAPTER_RE)
    assert not restarts_after([*chapter_1, chapter_2, Block("3. The Commission considered.", 5)], CHAPTER_RE)
    agenda = [Block("Provisional agenda", 4, "heading"), Block("1. Election of officers.", 5)]
    assert not restarts_after([*chapter_1, *agenda], CHAPTER_RE)
    numbered_heading = Block("1. Treaty bodies", 5, "heading")
    assert not restarts_after([*chapter_1, chapter_2, numbered_heading, Block("3. OHCHR supported.", 6)], CHAPTER_RE)
    # the rules of procedure a note transmits: "Rule 8" then "1." after rule 7's "2."
    rules = [Block("Rule 7 General powers", 1, "heading"), Block("1. The Presidents shall;", 2)]
    rules += [Block("2. The presiding President;", 3), Block("Rule 8 Acting President", 4, "heading")]
    assert restarts_after([*rules, Block("1. If both Presidents are absent;", 5)], ARTICLE_RE)


NICARAGUA = "Deseamos expresar nuestro sincero agradecimiento por el desarrollo del proceso del Grupo."
NIGER = "Tout d’abord j’adresse mes félicitations au Président du Groupe de travail, avec son équipe."
PAKISTAN = "I also extend my gratitude to the briefers for their insightful briefings on this matter."


def test_statement_headings_where_speakers_number_afresh_one_after_another() -> None:
    """A/AC.292/2025/INF/5 compiles statements: the note's paragraphs 1 and 2, then
    "Nicaragua", its address, "1." to "9."; "Niger", "1." to "8.". Both headings open a
    statement numbering afresh; S/2025/453's Pakistan prints its first paragraph without
    its number ("2." first). One restart alone is a list under its title ("Provisional
    agenda" then "1. Opening"), and a section's label scopes by its own number."""
    note = [Block("1. On 11 July 2025, the working group;", 1), Block("2. The Secretariat compiled:", 2)]
    nicaragua = [Block("Nicaragua", 3, "heading"), Block("Señor Presidente, permítanos:", 4)]
    nicaragua += [Block(f"1. {NICARAGUA}", 5), Block("9. Nicaragua reafirma su compromiso.", 6)]
    niger = [Block("Niger", 7, "heading"), Block(f"1. {NIGER}", 8), Block("8. Sur la participation.", 9)]
    assert statement_headings([*note, *nicaragua, *niger]) == {2, 6}
    pakistan = [Block("8. Pakistan", 10, "heading"), Block("I would like to thank;", 11), Block(f"2. {PAKISTAN}", 12)]
    assert statement_headings([*note, *nicaragua, *pakistan]) == {2, 6}
    assert statement_headings([*note, *nicaragua]) == set()
    # the text's own numbering going on after them: quoted texts, each numbered from 1
    assert statement_headings([*note, *nicaragua, *niger, Block("3. The report reads as follows.", 10)]) == set()
    # items of lists under headings ("Agriculture – Coordinator: China"), no statements
    lists = [Block("Working groups", 3, "heading"), Block("1. Agriculture – Coordinator: China", 4)]
    lists += [Block("Other groups", 5, "heading"), Block("1. Tourism – Coordinator: Tajikistan", 6)]
    assert statement_headings([*note, *lists]) == set()
    agenda = [Block("Provisional agenda", 3, "heading"), Block("1. Opening of the session.", 4)]
    assert statement_headings([*note, *agenda, Block("3. The Board;", 5)]) == set()
    sections = [Block("II. Activities", 3, "heading"), Block(f"1. {NIGER}", 4), Block("5. It.", 5)]
    assert statement_headings([*note, *sections, Block("III. Audits", 6, "heading"), Block(f"1. {NIGER}", 7)]) == set()


def test_chapter_pattern_reads_a_chapters_label_and_title() -> None:
    assert groups(CHAPTER_RE, "Chapter VIII Organization of the session") == ("Chapter", "VIII")
    assert groups(CHAPTER_RE, "Chapter 2") == ("Chapter", "2")
    assert CHAPTER_RE.match("Chapter II of the report describes the work.") is None


def test_is_short_contents_entry() -> None:
    """E/C.2/2025/2/Add.5: "6. Regroupement ... – section Togo .. 10", two dots left."""
    assert is_short_contents_entry("6. Regroupement des jeunes africains – section Togo .. 10")
    assert not is_short_contents_entry("6. The Committee met on 10 March.")
    # E/ICEF/2025/11: the next group's heading run on after the page number
    entry = "17. Private Fundraising: financial report for the year ended 31 December 2024 .. 7 Other matters"
    assert is_short_contents_entry(entry)
    assert not is_short_contents_entry("17. The Committee met on 10 March .. 7 Other matters. It decided.")


def numbered_paragraph(pid: str, number: str, *subs: Paragraph, part: str | None = None, line: int = 1) -> Paragraph:
    return Paragraph(pid, "operative", number, "Text;", subparagraphs=list(subs), line=line, part=part)


def test_numbering_gaps_operative_numbers() -> None:
    """op1, op3: 3 where 2 was expected; a section's first number may be any; annex paragraphs are not counted."""
    paragraphs = [
        numbered_paragraph("op1", "1", line=10),
        numbered_paragraph("op3", "3", line=11),
        numbered_paragraph("secII-op4", "4", line=12),
        numbered_paragraph("secII-op5", "5", line=13),
        numbered_paragraph("annex-op9", "9", part="Annex", line=14),
    ]
    assert numbering_gaps(paragraphs) == [(11, "operative paragraph 3 where 2 was expected")]


def test_numbering_gaps_a_reports_numbered_paragraphs() -> None:
    """DP/OPS/2025/3 prints 43 then 45: "paragraph 45 where 44 was expected"; an annex
    numbers from its first paragraph; a number read twice (``para96-2``) is said where it
    is made unique, not here; paragraphs that follow each other are no gap."""
    paragraphs = [
        Paragraph("para43", "numbered", "43", "In its decision.", line=265),
        Paragraph("para45", "numbered", "45", "Progress is being made.", line=276),
        Paragraph("para45-2", "numbered", "45", "Again.", line=280),
        Paragraph("para46", "numbered", "46", "Significant strides.", line=290),
        Paragraph("annex-para7", "numbered", "7", "An annex.", line=300),
        Paragraph("annex-para8", "numbered", "8", "Its next.", line=301),
    ]
    assert numbering_gaps(paragraphs) == [
        (265, "paragraph 43 where 1 was expected"),
        (276, "paragraph 45 where 44 was expected"),
    ]
    assert numbering_gaps([Paragraph("para1", "numbered", "1", "x."), Paragraph("para2", "numbered", "2", "y.")]) == []


def test_numbering_gaps_numbered_paragraphs_in_each_scope() -> None:
    """A/47/435 prints paragraphs 1 to 7, then 9: "paragraph 9 where 8 was expected"; a
    number read twice (para2-2) is said where it is made unique, not here; an annex's or
    chapter's paragraphs follow from their first number (annex-para5, annex-para6;
    chapii-para1, chapii-para2), unsaid."""

    def para(pid: str, number: str, line: int) -> Paragraph:
        return Paragraph(pid, "numbered", number, "Text.", line=line)

    paragraphs = [
        para("para1", "1", 1),
        para("para2", "2", 2),
        para("para2-2", "2", 3),
        para("para3", "3", 4),
        para("para5", "5", 5),
        para("chapii-para1", "1", 6),
        para("chapii-para2", "2", 7),
        para("annex-para5", "5", 8),
        para("annex-para6", "6", 9),
        Paragraph("p1", "numbered", None, "Unnumbered.", line=10),
    ]
    assert numbering_gaps(paragraphs) == [(5, "paragraph 5 where 4 was expected")]


def test_numbering_gaps_a_drafts_sections_number_afresh() -> None:
    """E/2025/72's draft: op. 1 to 6 under section A, op. 1 to 7 under B; each section
    its own scope (``draft1-secA-op1``, ``draft1-secB-op1``), no gap; a gap inside one is said."""

    def op(pid: str, number: str, line: int) -> Paragraph:
        return Paragraph(pid, "operative", number, "Decides;", line=line)

    paragraphs = [op("draft1-secA-op1", "1", 1), op("draft1-secA-op2", "2", 2), op("draft1-secB-op1", "1", 3)]
    assert numbering_gaps(paragraphs) == []
    assert numbering_gaps([*paragraphs, op("draft1-secB-op3", "3", 4)]) == [
        (4, "operative paragraph 3 where 2 was expected")
    ]


def test_numbers_again() -> None:
    """Two blocks of text opening with "1.": the text numbers from 1 again; one, or a
    heading "1. Trade", does not count."""
    blocks = [Block("1. Human well-being.", 1), Block("2. Energy.", 2), Block("1. Human development.", 3)]
    assert numbers_again(blocks)
    assert not numbers_again(blocks[:2])
    assert not numbers_again([*blocks[:2], Block("1. Trade", 3, "heading")])


def test_numbering_gaps_letters_and_romans() -> None:
    """(a) then (c) is a gap; (z) then (aa) is not; romans must run from (i)."""
    a = Paragraph(
        "op1a", "operative", "(a)", "To;", line=2, subparagraphs=[Paragraph("op1a-ii", "operative", "(ii)", "x;")]
    )
    c = Paragraph("op1c", "operative", "(c)", "To;", line=3)
    op1 = numbered_paragraph("op1", "1", a, c)
    z = Paragraph("op2z", "operative", "(z)", "To;", line=5)
    aa = Paragraph("op2aa", "operative", "(aa)", "To;", line=6)
    op2 = numbered_paragraph("op2", "2", z, aa)
    assert numbering_gaps([op1, op2]) == [
        (2, "sub-paragraphs (ii) in op1a"),
        (3, "sub-paragraph (c) follows (a) in op1"),
    ]


def test_numbering_gaps_a_paragraphs_own_roman_items_are_no_letters() -> None:
    """S/RES/66 (1948): op1's (i), (ii), (iii) (``op1-ii``) follow each other; read as
    letters ``op1i``, ``op1ii`` they would not."""
    romans = [Paragraph(f"op1-{n}", "operative", f"({n})", "To act;", line=i) for i, n in enumerate(("i", "ii"))]
    assert numbering_gaps([numbered_paragraph("op1", "1", *romans)]) == []
    letters = [Paragraph(f"op1{n}", "operative", f"({n})", "To act;", line=i) for i, n in enumerate(("i", "ii"))]
    assert numbering_gaps([numbered_paragraph("op1", "1", *letters)]) == [(1, "sub-paragraph (ii) follows (i) in op1")]


def test_is_draft_formula() -> None:
    """A body's formula alone; without its comma only where a draft was announced; a
    title in a list ("The Ocean and Cryosphere in a Changing Climate,") is none."""
    assert is_draft_formula("The General Assembly,", False)
    assert is_draft_formula("The Meeting of States Parties,", False)
    assert is_draft_formula("The High-level Committee,", False)
    assert not is_draft_formula("The Executive Board", False)
    assert is_draft_formula("The Executive Board", True)
    assert not is_draft_formula("The Ocean and Cryosphere in a Changing Climate,", True)
    assert not is_draft_formula("The Committee met on 3 May,", True)


def test_misread_number_reads_letters_for_digits_only_where_the_order_expects_them() -> None:
    """ "L. Strongly condemns ...;" opening the operative part is 1, "i9. Calls upon" after
    18 is 19, "ll." after 10 is 11 (group 2: the text after it); not where another number
    is expected, not a first part that ends no paragraph (unless asked), not a roman
    numeral ("I. Pumps ..."), not digits ("12." is ``NUMBERED_RE``'s)."""
    match = misread_number("L. Strongly condemns the Portuguese authorities;", "1")
    assert match is not None and (match.group(1), match.group(2)) == (
        "1",
        "Strongly condemns the Portuguese authorities;",
    )
    nineteen = misread_number("i9. Calls upon Member States;", "19")
    assert nineteen is not None and nineteen.groups() == ("19", "Calls upon Member States;")
    assert misread_number("ll. Requests the Secretary-General to report;", "11") is not None
    assert misread_number("Z. Demands that Iraq:", "2") is not None
    assert misread_number("S. Appeals urgently to all parties;", "4") is None
    assert misread_number("L. Strongly condemns the", "1") is None
    assert misread_number("L. Strongly condemns the", "1", whole=False) is not None  # a paragraph's first part
    # a roman numeral is read as printed: S/RES/883 (1993)'s annex lists "I. Pumps ...", "II. ..."
    assert misread_number("I. Pumps of medium or large capacity;", "1") is None
    assert misread_number("12. Requests the Secretary-General;", "12") is None


def test_letter_without_bracket_reads_only_the_next_letter() -> None:
    """ "b) To abstain" after "(a)" is item (b), its bracket lost; not after "(c)", nor
    "b) to" (a sentence's words), nor with no item before."""
    match = letter_without_bracket("b) To abstain from invoking those treaties;", "(a)")
    assert match is not None and match.groups() == ("b", "To abstain from invoking those treaties;")
    assert letter_without_bracket("f) To monitor the process,", "e") is not None
    assert letter_without_bracket("b) To abstain;", "(c)") is None
    assert letter_without_bracket("b) to abstain;", "(a)") is None
    assert letter_without_bracket("b) To abstain;", None) is None


def test_numerals_a_label_names_and_groups_in_the_order_of_votes() -> None:
    """A/50/610: "(i)-(iii)" names three numerals, "(i) and (iii)" two; "(i) and (iii)",
    "(ii)", "(iv)" name (i) to (iv) once each (no gap); "(ii)", "(iv)" alone do not,
    nor do numerals out of order where no label groups them."""
    assert numerals("(i)-(iii)") == ["i", "ii", "iii"]
    assert numerals("(i) and (iii)") == ["i", "iii"]
    assert numerals("(iv)") == ["iv"] and numerals("(b)") == []
    assert numerals_in_order(["(i)-(iii)", "(iv)"])
    assert numerals_in_order(["(i) and (iii)", "(ii)", "(iv)"])
    assert not numerals_in_order(["(ii)", "(iv)"])
    assert not numerals_in_order(["(ii)", "(i)"])
