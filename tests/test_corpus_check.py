"""``benchmarks/corpus_check.py`` (``make corpus``): the symbol a file name gives, the kind
of a document (genre × body × decade), and the judgement of each genre by its own
criteria, on documents read from this repository's fixtures and seeds. The figures of
whole corpora rest on these: a kind misread or a criterion of the wrong genre would move
them silently."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from benchmarks.corpus_check import (
    DIFFERS,
    GENERIC,
    INCOMPLETE,
    NO_SYMBOL,
    Judgement,
    Kind,
    _letters_ok,
    _list_resumed,
    another_texts_note,
    expected_symbol,
    facts_the_source_never_prints,
    judge,
    kind_of,
    kind_table,
    load,
    marks_note,
    notes_the_source_never_prints,
    prints_garbled_marker,
    read_short,
    reason_class,
    refused,
    same_symbol,
    series_body,
    summary,
)
from build_scripts.model import Document, LogEntry, Paragraph
from build_scripts.pipeline import read_source
from build_scripts.readers.base import Block, RawNote
from build_scripts.sources import Source, load_sources
from build_scripts.structure.document import build_document
from tests.structure.helpers import raw_document, sentinel

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@functools.cache
def _read(path: Path) -> Document:
    return read_source(load(path))[0]


def fixture(name: str) -> Document:
    """A fixture read as ``make corpus`` reads it; a fresh copy, so a test may change it."""
    return replace(_read(FIXTURES / name))


@functools.cache
def _seeds() -> dict[str, Document]:
    """The seed collection's documents (with their sidecars), by symbol."""
    return {doc.symbol: doc for doc in (read_source(s)[0] for s in load_sources(ROOT / "sources"))}


def seed(symbol: str) -> Document:
    return replace(_seeds()[symbol])


# -- the symbol a file name gives ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "symbol"),
    [
        ("A_RES_78_10.pdf", "A/RES/78/10"),
        ("A_RES_78_10.json", "A/RES/78/10"),
        ("A_80_10.en.pdf", "A/80/10"),
        # checked by hand: the Spanish version of another document (HELD_UNDER_ANOTHER_NAME)
        ("A_78_354.en.pdf", "S/2023/664"),
        ("A_45_696_Add.1.en.pdf", "A/45/696/Add.1"),
        ("S_RES_0242_1967_EN_GOLD.txt", "S/RES/242(1967)"),
        ("S_RES_0001_1946_EN_GOLD.txt", "S/RES/1(1946)"),
        ("A_HRC_RES_59_25.pdf", "A/HRC/RES/59/25"),
        ("E_CN.4_2003_48.txt", "E/CN.4/2003/48"),
        ("E_CN.6_2025_NGO_166.en.pdf", "E/CN.6/2025/NGO/166"),
        ("E_ICEF_672(PartII).en.pdf", "E/ICEF/672(PartII)"),
        ("S_2025_10_Add.32.en.pdf", "S/2025/10/Add.32"),
        ("UNDoc-4077798.en.pdf", None),
        ("***.en.pdf", None),
        ("000_b4a211301873ce80.txt", None),
    ],
)
def test_expected_symbol_from_the_file_name(name: str, symbol: str | None) -> None:
    assert expected_symbol(name) == symbol


def test_spaces_do_not_make_a_symbol_another() -> None:
    """The Council prints "S/RES/242 (1967)"; the canonical form has no space."""
    assert same_symbol("S/RES/242 (1967)", "S/RES/242(1967)")
    assert same_symbol("E/ICEF/672 (Part II)", "E/ICEF/672(PartII)")
    assert not same_symbol("S/RES/243 (1967)", "S/RES/242(1967)")
    assert not same_symbol("A/RES/78/1", "A/RES/78/10")
    assert same_symbol("FCCC/SBSTA/2011/MISC.14", "FCCC/SBSTA/2011/Misc.14")  # as UNFCCC prints it


# -- kinds -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "body"),
    [
        ("A/RES/78/10", "General Assembly"),
        ("A/HRC/RES/59/25", "Human Rights Council"),
        ("A/HRC/59/1", "Human Rights Council"),
        ("E/CN.4/RES/2003/48", "Commission on Human Rights"),
        ("E/CN.6/2025/3", "Economic and Social Council"),
        ("E/2025/22", "Economic and Social Council"),
        ("S/RES/242(1967)", "Security Council"),
        ("S/2025/107", "Security Council"),
        ("CCPR/C/GC/37", "treaty body"),
        ("CEDAW/C/FRA/CO/9", "treaty body"),
        ("CRC/C/GC/26", "treaty body"),
        ("CERD/C/GC/36", "treaty body"),
        ("CMW/C/GC/5", "treaty body"),
        ("DP/FPA/2025/11", "series DP"),
        (None, "unknown"),
    ],
)
def test_series_body(symbol: str | None, body: str) -> None:
    assert series_body(symbol) == body


def test_kinds_of_the_fixtures_and_seeds() -> None:
    """Genre from the converter's type, body as named, decade of the adoption date (else
    of the distribution date)."""
    assert kind_of(fixture("real/A_RES_78_10.txt")) == Kind("resolution", "General Assembly", "2020s")
    assert kind_of(fixture("drafts/A_80_L.7.pdf")) == Kind("draft resolution", "General Assembly", "2020s")
    assert kind_of(seed("E/CN.4/RES/2003/48")) == Kind("resolution", "Commission on Human Rights", "2000s")
    assert kind_of(seed("A/RES/54/158")) == Kind("resolution", "General Assembly", "1990s")
    report = seed("A/56/179")
    assert (report.adopted, report.distributed) == (None, date(2001, 7, 12))
    assert kind_of(report) == Kind("report", "General Assembly", "2000s")


def test_kind_without_a_named_body_or_a_date() -> None:
    """The series stands for a body the text does not name; no date: decade unknown."""
    doc = replace(fixture("real/A_RES_78_10.txt"), body=None, adopted=None, distributed=None)
    assert kind_of(doc) == Kind("resolution", "General Assembly", "unknown")
    assert kind_of(replace(doc, symbol="A/HRC/RES/59/25")).body == "Human Rights Council"
    # a "body" the converter misread from a sentence ("The Pact for the Future sets out
    # ...,") is no body: the series stands for it
    misread = replace(doc, body="Pact for the Future sets out to build on the Goals", symbol="E/CN.6/2025/NGO/40")
    assert kind_of(misread).body == "Economic and Social Council"
    assert kind_of(replace(doc, body="Security Council")).body == "Security Council"


def test_genres_made_finer_by_the_documents_words() -> None:
    report = seed("A/56/179")
    assert kind_of(replace(report, title="Letter dated 3 March 2025 from ...")).genre == "letter"
    assert kind_of(replace(report, title="Identical letters dated 3 March 2025 from ...")).genre == "letter"
    assert kind_of(replace(report, subtitle="Note by the Secretary-General")).genre == "note"
    assert kind_of(replace(report, title="Provisional agenda")).genre == "agenda"
    assert kind_of(replace(report, title="Annotations to the provisional agenda")).genre == "agenda"
    assert kind_of(replace(report, title="Implementation of the 2030 Agenda")).genre == "report"
    resolution = fixture("real/A_RES_78_10.txt")
    assert kind_of(replace(resolution, symbol="A/HRC/DEC/59/101")).genre == "decision"


def letter(named: bool = True) -> Document:
    """A letter: read as a letter when the line naming it is there, else generically."""
    naming = "Letter dated 27 January 2025 from the Permanent Representative of Ukraine"
    raw = raw_document(
        Block("United Nations A/79/756", 1),
        Block("General Assembly Distr.: General\n27 January 2025", 2),
        Block("Seventy-ninth session\nAgenda item 32", 4),
        Block("Prevention of armed conflict", 6),
        Block(naming if named else "Comments of the Ministry of Foreign Affairs", 7, "heading"),
        Block("Excellency,", 10),
        Block("I would appreciate your assistance in circulating the present letter.", 14),
        Block("(Signed) Sergiy Kyslytsya", 16),
    )
    return build_document(raw)


def test_a_letter_read_as_a_letter_is_right() -> None:
    result = judge(letter(), "A_79_756.en.pdf")
    assert result.kind == Kind("letter", "General Assembly", "2020s")
    assert (result.status, result.problems) == ("right", [])


def test_a_paragraphs_own_items_in_roman_numerals_are_no_letter_gap() -> None:
    """S/RES/66 (1948) lists "Calls upon the Governments concerned:" (i), (ii), (iii) (hand
    checked in the text): no gap, where letters (i), (ii) would be (i) then (ii) doubled;
    (i), (iii) is one, as are (a), (c)."""

    def para(*numbers: str) -> Paragraph:
        subs = [Paragraph(f"op1-{n.strip('()')}", "operative", n, "To act;") for n in numbers]
        return Paragraph("op1", "operative", None, "Calls upon:", subparagraphs=subs)

    assert _letters_ok(para("(i)", "(ii)", "(iii)"))
    assert not _letters_ok(para("(i)", "(iii)"))
    assert not _letters_ok(para("(a)", "(c)"))


def test_groups_of_items_and_a_list_that_goes_on_are_no_letter_gap() -> None:
    """A/50/610 (hand-checked, pp. 6, 12-13): "(b)" holds "(i)-(iii)" then "(iv)"; "(l)"
    holds "(i) and (iii)", "(ii)", "(iv)": each numeral named once, no gap; "(i) and
    (iii)" then "(iv)" lacks (ii). TD/B/CN.4/36 (pp. 15-16): paragraph 61's "(ii)" to
    "(vi)" go on from paragraph 59's "(i)", accepted only where the converter said so."""

    def item(parent: str, *numbers: str) -> Paragraph:
        subs = [Paragraph(f"{parent}-{n}", "numbered", n, "The Committee adopted it.") for n in numbers]
        return Paragraph(parent, "numbered", "(b)", "Third preambular paragraph", subparagraphs=subs)

    assert _letters_ok(item("para8b", "(i)-(iii)", "(iv)"))
    assert _letters_ok(item("para8l", "(i) and (iii)", "(ii)", "(iv)"))
    assert not _letters_ok(item("para8l", "(i) and (iii)", "(iv)"))
    subs = [Paragraph(f"para61-{n}", "numbered", f"({n})", "Training.") for n in ("ii", "iii", "iv")]
    para61 = Paragraph("para61", "numbered", "61", "Continuing efforts are made.", subparagraphs=subs)
    doc = replace(letter(), paragraphs=[para61])
    assert not _letters_ok(para61) and not _list_resumed(doc, para61)
    said = LogEntry(
        "warning", "list-resumes", 9, "item (ii) goes on the list of para59 under para61, as printed after it"
    )
    assert _list_resumed(replace(doc, log=[said]), para61)


def test_a_generic_reading_is_wrong_whatever_its_kind() -> None:
    doc = letter(named=False)
    result = judge(doc, "A_79_756.en.pdf")
    assert (result.kind.genre, result.status, result.problems) == ("document", "wrong", ["no title", GENERIC])
    # without the rule's warning only the title would be missing: it is the warning that counts
    doc.log = [entry for entry in doc.log if entry.rule != "generic-reading"]
    assert judge(doc, "A_79_756.en.pdf").problems == ["no title"]


# -- judgement per genre ---------------------------------------------------------------


def test_a_ga_resolution_is_judged_as_before() -> None:
    """Every fact of the regular form; each one missing is named."""
    doc = fixture("real/A_RES_78_10.txt")
    assert judge(doc, "A_RES_78_10.txt").status == "right"
    for name in ("adopted", "distributed", "session", "agenda_item", "meeting"):
        result = judge(replace(doc, **{name: None}), "A_RES_78_10.txt")
        assert (result.status, result.problems) == ("wrong", [f"no {name}"]), name
    gap = replace(doc, paragraphs=[p for p in doc.paragraphs if p.id != "op2"])
    assert judge(gap, "A_RES_78_10.txt").problems == ["operative numbering has gaps"]
    preamble = replace(doc, paragraphs=[p for p in doc.paragraphs if p.kind != "operative"])
    assert judge(preamble, "A_RES_78_10.txt").problems == ["no operative paragraph"]


def test_a_special_session_resolution_needs_no_agenda_item() -> None:
    doc = replace(fixture("real/A_RES_78_10.txt"), symbol="A/RES/ES-10/21", agenda_item=None)
    assert judge(doc, "A_RES_ES-10_21.pdf").status == "right"
    assert judge(replace(doc, session=None), "A_RES_ES-10_21.pdf").problems == ["no session"]


def test_a_security_council_resolution_has_no_session_or_agenda_item() -> None:
    """The Council's criteria: adoption date, meeting, operative paragraphs; what the
    Assembly's resolution must have besides is not asked."""
    ga = fixture("real/A_RES_78_10.txt")
    sc = replace(
        ga, symbol="S/RES/242 (1967)", body="Security Council", session=None, agenda_item=None, distributed=None
    )
    name = "S_RES_0242_1967_EN_GOLD.txt"
    result = judge(sc, name)
    assert (result.kind, result.status) == (Kind("resolution", "Security Council", "2020s"), "right")
    assert judge(replace(sc, meeting=None), name).problems == ["no meeting"]
    assert judge(replace(sc, adopted=None), name).problems == ["no adopted"]
    no_operative = replace(sc, paragraphs=[p for p in sc.paragraphs if p.kind != "operative"])
    assert judge(no_operative, name).problems == ["no operative paragraph"]
    gap = replace(sc, paragraphs=[p for p in sc.paragraphs if p.id != "op2"])
    assert judge(gap, name).problems == ["numbering has gaps"]
    # the same document as the Assembly's would lack its session and agenda item
    assert judge(replace(sc, body="General Assembly"), name).problems[:2] == ["no distributed", "no session"]


def test_a_commission_resolution_needs_its_meeting_not_a_distribution_date() -> None:
    doc = seed("E/CN.4/RES/2003/48")
    assert (doc.distributed, doc.agenda_item) == (None, None)
    assert judge(doc, "E_CN.4_RES_2003_48.txt").status == "right"
    assert judge(replace(doc, meeting=None), "E_CN.4_RES_2003_48.txt").problems == ["no meeting"]


def test_a_report_needs_a_date_a_title_and_its_numbering() -> None:
    doc = seed("A/56/179")
    name = "A_56_179.en.pdf"
    assert (judge(doc, name).status, doc.meeting, doc.adopted) == ("right", None, None)
    assert judge(replace(doc, distributed=None), name).problems == ["no date"]
    assert judge(replace(doc, title=None), name).problems == ["no title"]
    gap = replace(doc, paragraphs=[p for p in doc.paragraphs if p.id != "para3"])
    assert judge(gap, name).problems == ["numbering has gaps"]
    repeated = replace(doc, paragraphs=[*doc.paragraphs[:3], doc.paragraphs[2], *doc.paragraphs[3:]])
    assert judge(repeated, name).problems == ["numbering has gaps"]


def test_a_draft_is_judged_as_a_document_not_as_an_adopted_resolution() -> None:
    doc = fixture("drafts/A_80_L.7.pdf")
    assert (doc.adopted, doc.meeting) == (None, None)
    assert judge(doc, "A_80_L.7.pdf").status == "right"
    assert judge(replace(doc, distributed=None), "A_80_L.7.pdf").problems == ["no date"]


def test_notes_and_furniture_count_for_every_genre() -> None:
    doc = seed("A/56/179")
    doc.log = [*doc.log, LogEntry("warning", "unreferenced-note", None, "note 3 is never referenced")]
    assert judge(doc, "A_56_179.en.pdf").problems == ["note never referenced"]
    doc = seed("A/56/179")
    first = replace(doc.paragraphs[0], text="01-44444 (E) 120701")
    doc.paragraphs = [first, *doc.paragraphs[1:]]
    assert judge(doc, "A_56_179.en.pdf").problems == ["page furniture in a paragraph"]


def test_a_line_of_the_text_left_in_the_masthead_is_wrong() -> None:
    """E/CN.5/2025/L.6: "Social Council the adoption of the following draft resolution:"
    left unread in the masthead is the text's; a short unread line (a committee's name)
    or a long one that ends as a title does is not."""
    unread = "header line not understood, kept as written: {!r}"
    for line, wrong in (
        ("Social Council the adoption of the following draft resolution:", True),
        ("or migrating due to the impacts of climate change, and their families", True),
        ("Commission for Social Development", False),
        ("Identical letters dated 8 January 2025 from the Secretary-General addressed to the President", False),
    ):
        doc = seed("A/56/179")
        doc.log = [*doc.log, LogEntry("warning", "header-line", 5, unread.format(line))]
        assert ("text read as masthead" in judge(doc, "A_56_179.en.pdf").problems) is wrong, line


def test_another_symbol_than_the_name_is_counted_apart() -> None:
    doc = fixture("real/A_RES_78_10.txt")
    result = judge(doc, "A_RES_78_11.txt")
    assert result.status == "differs"
    assert result.problems == [f"{DIFFERS} (printed A/RES/78/10)"]
    assert reason_class(result.problems[0]) == DIFFERS
    # a name that gives no symbol is not compared
    assert judge(doc, "UNDoc-4077798.en.pdf").status == "right"


def test_a_symbol_read_short_is_wrong_not_another_document() -> None:
    """ "S/RES/1445" for the file of S/RES/1445 (2002): the same document, its symbol
    read short; a plain wrong, not a file holding another document."""
    doc = replace(
        fixture("real/A_RES_78_10.txt"), symbol="S/RES/1445", body="Security Council", session=None, agenda_item=None
    )
    result = judge(doc, "S_RES_1445_2002_EN_GOLD.txt")
    assert (result.status, result.problems) == ("wrong", [f"{INCOMPLETE} (printed S/RES/1445)"])
    assert reason_class(result.problems[0]) == INCOMPLETE
    assert judge(replace(doc, symbol="S/RES/1446"), "S_RES_1445_2002_EN_GOLD.txt").status == "differs"
    assert judge(replace(doc, symbol="A/ES"), "A_ES-10_1022.en.pdf").status == "wrong"
    # a number that is another's beginning is another document
    assert judge(replace(doc, symbol="A/52/2"), "A_52_23.en.pdf").status == "differs"
    assert read_short("E/ICEF/672", "E/ICEF/672(PartII)") and not read_short("A/52/23", "A/52/23")
    # a collection's label on the file name is no part of the symbol: the printed one differs
    assert not read_short("JIU/NOTE/2022/1/Rev.1", "JIU/NOTE/2022/1/Rev.1(review)")


def test_a_refused_document_is_of_its_names_series() -> None:
    result = refused("S_RES_0242_1967_EN_GOLD.txt", "text of unknown shape")
    assert (result.kind, result.status) == (Kind("refused", "Security Council", "1960s"), "refused")
    assert refused("E_2025_22.en.pdf", "x").kind == Kind("refused", "Economic and Social Council", "2020s")
    assert refused("A_RES_78_10.pdf", "x").kind == Kind("refused", "General Assembly", "unknown")
    assert refused("UNDoc-4077798.en.pdf", "x").kind == Kind("refused", "unknown", "unknown")


def test_the_table_counts_each_kind() -> None:
    """A row per kind, most documents first, each status counted, reasons by class."""
    ga = Kind("resolution", "General Assembly", "2020s")
    sc = Kind("refused", "Security Council", "1960s")
    results = [
        Judgement("a", ga, "right", [], None, "A/RES/78/1"),
        Judgement("b", ga, "wrong", ["no meeting"], None, "A/RES/78/2"),
        Judgement("c", ga, "differs", [f"{DIFFERS} (printed A/RES/78/9)"], None, "A/RES/78/9"),
        Judgement("d", sc, "refused", ["text of unknown shape (known shapes: x, y)"], None, None),
    ]
    rows = kind_table(results)
    assert rows[2] == (
        f"| resolution × General Assembly × 2020s | 3 | 1 | 1 | 1 | 0 | 33.3 | no meeting (1); {DIFFERS} (1) |"
    )
    assert rows[3] == "| refused × Security Council × 1960s | 1 | 0 | 0 | 0 | 1 | 0.0 | text of unknown shape … (1) |"
    assert summary(results)[:2] == ["1 of 4 right (25.0%)", "  right 1, wrong 1, differs 1, refused 1"]


# -- notes a source never marks ----------------------------------------------------------

# a page of the printed volume: note 4 is the resolution before's, 5 this one's ("May,5")
PAGE_NOTES = """5 (1946). Resolution of 8 May 1946

The Security Council,

Having considered the statement of 6 May,5 submitted in compliance with the
resolution of 4 April 1946 [resolution 3 (1946)],

Resolves to defer further proceedings.

Adopted at the 40th meeting by 10 votes.

4 Ibid., 33rd meeting.
5 Ibid., Supplement No. 2.
"""


def test_where_a_source_marks_a_note_read_apart_from_the_converter() -> None:
    """A number is a marker where it stands whole, glued ("May,5", "meeting.11", "19895"
    after a month) or apart, unless it is a paragraph's number, names what a word before
    numbers, is a day, a resolution's number, a share or a count of the vote."""
    for body, marker in (
        ("of 6 May,5 submitted", "5"),
        ("Adopted at the meeting.11", "11"),
        ("the Truce Supervision Organization in Palestine 5 which deal", "5"),
        ("the note of 15\nFebruary 19895 and his report", "5"),
        ("of 13 August 1948 5 and 5 January 1949", "5"),
        ("the two resolutions 31 adopted at", "31"),
        ("the two resolutions 31 and adopted at", "31"),  # no list: no number after "and"
        ("Lebanon: 32\n\n(d) Provision", "32"),
        ("further period of 4 months", "4"),  # a quantity in words: erring towards a marker
        ("Relies on * the Chief", "*"),
    ):
        assert marks_note(body, marker), (body, marker)
    for body, marker in (
        ("7. Resolves to consider", "7"),
        ("3, Decides that the sanctions", "3"),
        ("(7) the parties", "7"),
        ("the resolution of 4 April 1946 [resolution 3 (1946)]", "4"),
        ("resolution 3 (1946)", "3"),
        ("the letters dated 14 and 22 April 1988", "14"),
        ("document S/5764/Add.1 and S/10182", "1"),
        ("paragraph 8 of the report, para. 9", "8"),
        ("at the 194th meeting by 7 votes to none, with 4 abstentions", "4"),
        ("not exceed 30 per cent, 1.5 million", "30"),
        ("The Security Council,", "*"),
        # a list a naming word, singular or plural, names (S/RES/386 (1976), 301 (1971))
        ("the provisions of Articles 49 and 50 of", "49"),
        ("the provisions of Articles 49 and 50 of", "50"),
        ("in particular paragraphs 1 to 8 and 11;", "11"),
        ("with paragraphs 5 and 6 above;", "5"),
    ):
        assert not marks_note(body, marker), (body, marker)


def test_a_note_the_source_never_marks_is_right_and_counted_apart() -> None:
    """Note 4 of the page, whose marker this text never prints: right, its warning shown on
    the page, counted apart in the summary; without the text (a PDF) it is wrong, and so
    it is when the text prints the marker where the converter did not see one."""
    name = "S_RES_0005_1946_EN_GOLD.txt"
    doc = read_source(Source(name, PAGE_NOTES, {}, []))[0]
    assert any("[unreferenced-note] note 4 has no marker in the text" in w for w in doc.warnings)
    result = judge(doc, name, PAGE_NOTES)
    assert (result.status, result.problems, result.unmarked_notes) == ("right", [], ["4"])
    assert summary([result])[2] == "  right, with notes the source never marks: 1"
    assert judge(doc, name).problems == ["note never referenced"]
    printed = PAGE_NOTES.replace("proceedings.", "proceedings for 4 weeks.")
    doc = read_source(Source(name, printed, {}, []))[0]
    assert judge(doc, name, printed).problems == ["note never referenced"]


NO_SIGNOFF = """129 (1958). Resolution of 7 August 1958
[S/4083]

The Security Council,

Taking into account that the lack of unanimity of
its permanent members at the 834th and 837th meetings
has prevented the Council from exercising its primary
responsibility for the maintenance of international
peace and security,

Decides to call an emergency special session of the
General Assembly.
"""


def test_a_meeting_or_date_the_source_never_prints_is_right_and_counted_apart() -> None:
    """A volume's resolution printed without sign-off ("the 834th and 837th meetings" that
    failed to act are not its own) or without a day in its date: the converter says so,
    the judge reads the text apart and agrees; right, counted apart. A meeting the text
    prints, a date printed but misread, or no text to read (a PDF): wrong."""
    name = "S_RES_0129_1958_EN_GOLD.txt"
    doc = read_source(Source(name, NO_SIGNOFF, {}, []))[0]
    assert any("[no-meeting]" in w for w in doc.warnings)
    result = judge(doc, name, NO_SIGNOFF)
    assert (result.status, result.problems, result.unprinted_facts) == ("right", [], ["meeting"])
    assert summary([result])[2] == "  right, with a meeting, date, operative part or number the source never prints: 1"
    assert judge(doc, name).problems == ["no meeting"]
    signed = NO_SIGNOFF.replace("General Assembly.", "General Assembly.\n\nAdopted at the 838th met.")
    assert facts_the_source_never_prints(doc, signed) == []
    dayless = "RESOLUTION 801 (1993)\n\nAdopted by the Security Council at its 3158th meeting, on January 1993\n\n"
    dayless += "The Security Council,\n\nRecalling its resolution 743 (1992),\n\n1. Decides to remain seized.\n"
    doc = read_source(Source("S_RES_0801_1993_EN_GOLD.txt", dayless, {}, []))[0]
    assert (doc.meeting, doc.adopted) == ("3158th meeting", None)
    assert judge(doc, "S_RES_0801_1993_EN_GOLD.txt", dayless).status == "right"
    misread = dayless.replace("on January 1993", "on 2l January 1993")
    assert facts_the_source_never_prints(doc, misread) == []
    cut = "Resolution 565 (1985)\nof 14 June 1985\n\nThe Security Council,\n\nTaking note of the report,\n\n"
    cut += "Noting also that it is necessary to keep the Force in Cyprus beyond\n15 June 1985,\n"
    doc = read_source(Source("S_RES_0565_1985_EN_GOLD.txt", cut, {}, []))[0]
    assert any("[no-operative-part] no operative paragraph found: the text ends within" in w for w in doc.warnings)
    result = judge(doc, "S_RES_0565_1985_EN_GOLD.txt", cut)
    assert (result.status, result.unprinted_facts) == ("right", ["meeting", "operative paragraph"])
    whole = cut + "\n1. Decides to extend the stationing of the Force,\n"
    assert "operative paragraph" not in facts_the_source_never_prints(doc, whole)


def test_a_marker_garbled_or_misread_is_no_note_the_source_never_marks() -> None:
    """Glyphs a scan made of a marker ("1949°8", "Jordan?°", "1985'*") may mark any note:
    the judge cannot tell, so the note stays never referenced; a closing quote or a
    question is no such glyph. A note numbered among the text's markers is this text's,
    and so may be one when the text prints a marker no note has (its misreading); a note
    below or above every marker, all with their notes, is another resolution's."""
    for body in ("of 12 August 1949°8 is", "of Jordan?° and", "of 24 May 1985'* on", "276 (1970)?”,"):
        assert prints_garbled_marker(body), body
    for body in ('the "tasks” of', "the Board of Governors' report", "Is it not so? Yes"):
        assert not prints_garbled_marker(body), body
    body = "of Angola 71 for admission, with 1 abstention (United States). 78"
    assert not another_texts_note(body, "75", {"75", "78"})
    assert not another_texts_note("the Geneva Convention of 1949, 35", "38", {"38"})
    assert another_texts_note("the third report 20 of the Committee", "19", {"19", "20"})
    assert another_texts_note("of 22 September 1989, 74 and", "73", {"73", "74"})
    name = "S_RES_0005_1946_EN_GOLD.txt"
    garbled = PAGE_NOTES.replace("proceedings.", "proceedings of 1949°?.")
    doc = read_source(Source(name, garbled, {}, []))[0]
    assert judge(doc, name, garbled).problems == ["note never referenced"]


def test_a_document_printing_no_symbol_is_wrong_not_refused_nor_differing() -> None:
    """Read all the same, keyed by its file's name (UNSYMBOLLED/...): wrong for its
    symbol, never compared with the name's as if it printed another."""
    doc = build_document(raw_document(Block("Some text of a report.", 7), Block("More text.", 8)))
    result = judge(doc, "A_39_361.en.pdf")
    assert result.status == "wrong" and result.problems[0] == NO_SYMBOL
    assert not any(p.startswith(DIFFERS) for p in result.problems)


def test_a_letter_gap_the_source_prints_is_accepted_only_as_listed_and_said(monkeypatch: pytest.MonkeyPatch) -> None:
    """A/80/23 prints (g), then (i), (j), no (h) (p. 46, checked by hand): listed in
    ``PRINTED_LETTER_GAPS`` with the converter's warning, the gap is no problem; the same
    gap in a file not listed, or without the warning, is one."""
    from benchmarks import corpus_check

    raw = raw_document(
        Block("United Nations A/79/756", 1),
        Block("General Assembly Distr.: General\n27 January 2025", 2),
        Block("Letter dated 27 January 2025 from the Permanent Representative of Ukraine", 7, "heading"),
        Block("The Committee decided:", 14),
        Block("(a) To meet;", 15),
        Block("(b) To report;", 16),
        Block("(d) To close.", 17),
        Block("(Signed) Sergiy Kyslytsya", 18),
    )
    doc = build_document(raw)
    said = [e.detail for e in doc.log if e.rule == "numbering-gap"]
    assert said == ["sub-paragraph (d) follows (b) in p1"]
    gap = "sub-paragraph letters have gaps"
    assert gap in judge(doc, "A_79_756.en.pdf").problems
    monkeypatch.setitem(corpus_check.PRINTED_LETTER_GAPS, "A_79_756.en.pdf", {"p1": said[0]})
    assert judge(doc, "A_79_756.en.pdf").problems == []
    doc.log = [e for e in doc.log if e.rule != "numbering-gap"]
    assert gap in judge(doc, "A_79_756.en.pdf").problems


def test_a_number_the_source_prints_out_of_order_is_accepted_only_as_listed_and_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DP/OPS/2025/3 prints 43, then 45 (p. 7, checked by hand): listed in
    ``PRINTED_NUMBER_GAPS`` with the converter's warning, the order goes on from 45; the
    same gap in a file not listed, or without the warning, is one."""
    from benchmarks import corpus_check

    raw = raw_document(
        Block("United Nations DP/OPS/2025/3", 1),
        Block("Executive Board Distr.: General\n27 January 2025", 2),
        Block("Process innovation and digitalization programme", 7, "heading"),
        Block("1. The programme began.", 14),
        Block("2. It went on.", 15),
        Block("4. It ended.", 17),
        Block("5. It was reported on.", 18),
    )
    doc = build_document(raw)
    said = [e.detail for e in doc.log if e.rule == "numbering-gap"]
    assert said == ["paragraph 4 where 3 was expected"]
    gap = "numbering has gaps"
    assert gap in judge(doc, "DP_OPS_2025_3.en.pdf").problems
    monkeypatch.setitem(corpus_check.PRINTED_NUMBER_GAPS, "DP_OPS_2025_3.en.pdf", {"para4": said[0]})
    assert gap not in judge(doc, "DP_OPS_2025_3.en.pdf").problems
    doc.log = [e for e in doc.log if e.rule != "numbering-gap"]
    assert gap in judge(doc, "DP_OPS_2025_3.en.pdf").problems


SC_FIXTURES = FIXTURES / "security_council"


def _fixture_text(name: str) -> tuple[Document, str]:
    text = (SC_FIXTURES / name).read_text(encoding="utf-8")
    return read_source(Source(name, text, {}, []))[0], text


def test_a_page_note_after_a_list_of_articles_is_the_source_never_marking_it() -> None:
    """S/RES/386 (1976) prints notes 23 and 24's markers; note 22 ("Ibid., Thirty-first
    Year, ...") is the page's resolution before's. "Articles 49 and 50 of" names two
    Articles, no markers: 22 is below every marker the text prints, so right, counted apart."""
    name = "S_RES_0386_1976_EN_GOLD.txt"
    doc, text = _fixture_text(name)
    result = judge(doc, name, text)
    assert (result.status, result.problems, result.unmarked_notes) == ("right", [], ["22"])


def test_a_paragraph_number_the_source_never_prints_is_right_and_counted_apart() -> None:
    """S/RES/484 (1980) prints "Calls upon Israel, the occupying Power, ..." between
    paragraphs 1 and 3 with no "2.": the converter keeps it unnumbered and says the gap;
    the judge, reading the text apart, finds no paragraph 2 printed: right, counted apart.
    Where the text prints "2." (the converter missed it), or without the text: wrong."""
    name = "S_RES_0484_1980_EN_GOLD.txt"
    doc, text = _fixture_text(name)
    assert [e.detail for e in doc.log if e.rule == "numbering-gap"] == ["operative paragraph 3 where 2 was expected"]
    result = judge(doc, name, text)
    assert (result.status, result.problems, result.unprinted_facts) == ("right", [], ["numbering"])
    assert judge(doc, name).problems == ["numbering has gaps"]
    printed = text.replace("Calls upon Israel", "2. Calls upon Israel")
    assert facts_the_source_never_prints(doc, printed) == []
    assert judge(doc, name, printed).problems == ["numbering has gaps"]


def test_a_note_the_source_skips_is_no_note_the_converter_missed() -> None:
    """S/2025/284 marks notes 41 and 42 on page 18, prints note 41 there and note 43 on
    the next page: no line opens with "42". Such a note, between two notes read, is one
    the source never prints: right, counted apart. A line opening "42 ..." is the note
    missed; a marker out of the notes' run (A/47/466's "Lesotho 11 June 1992", a figure
    read as a marker) may be the text's own, misread: both stay wrong."""
    marks = f"Bildt wrote.{sentinel('41')} He noted the problem.{sentinel('42')} Izetbegovic{sentinel('43')} wrote."
    notes = [RawNote("41", "Carl Bildt, Bosnia to war.", 30), RawNote("43", "Islamic Declaration, p. 30.", 31)]
    doc = build_document(raw_document(Block("S/2025/284", 1), Block(marks, 2), notes=notes))
    text = "S/2025/284\nBildt wrote.41 He noted the problem.42\n41 Carl Bildt, Bosnia to war.\n43 Islamic Declaration, p. 30."
    assert notes_the_source_never_prints(doc, text.split("\n")) == ["42"]
    result = judge(doc, "S_2025_284.en.txt", text)
    assert "note missing" not in result.problems and result.unprinted_notes == ["42"]
    printed = text + "\n42 Id."
    assert notes_the_source_never_prints(doc, printed.split("\n")) is None
    assert "note missing" in judge(doc, "S_2025_284.en.txt", printed).problems
    alone = build_document(raw_document(Block("A/47/466", 1), Block(f"Lesotho{sentinel('11')} June 1992", 2)))
    assert notes_the_source_never_prints(alone, ["Lesotho 11 June 1992"]) is None
