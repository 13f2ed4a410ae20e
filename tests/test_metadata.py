from __future__ import annotations

from datetime import date

import pytest

from build_scripts import metadata as md


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("Fifty-sixth", 56),
        ("fifty-eighth", 58),
        ("Tenth", 10),
        ("Sixtieth", 60),
        ("59th", 59),
        ("83rd", 83),
        ("sixty", None),
    ],
)
def test_ordinal_to_int(word, number):
    assert md.ordinal_to_int(word) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 December 1990", date(1990, 12, 18)),
        ("Distr.: General 6 February 2002", date(2002, 2, 6)),
        ("4 March 2004Fifty-eighth session", date(2004, 3, 4)),
        ("31 February 2001", None),
        ("June 1993", None),
        # the other languages' versions (``languages``)
        ("13 de septiembre de 2023", date(2023, 9, 13)),
        ("Distr. générale 1er avril 2024", date(2024, 4, 1)),
        ("от 11 марта 2024 года на имя", date(2024, 3, 11)),
        ("12 mars de l’année", None),
    ],
)
def test_parse_date(text, expected):
    assert md.parse_date(text) == expected


def test_parse_session():
    assert md.parse_session("Fifty-sixth session") == 56
    assert md.parse_session("4 March 2004Fifty-eighth session") == 58
    assert md.parse_session("a session") is None


@pytest.mark.parametrize(
    ("line", "vote"),
    [
        ("[Adopted without a vote.]", "without a vote"),
        ("Adopted without a vote.", "without a vote"),
        (
            "[Adopted by a recorded vote of 52 to 1, with 0 abstentions.]",
            "by a recorded vote of 52 to 1, with 0 abstentions",
        ),
        ("59th meeting", None),
    ],
)
def test_votes_in_adoption_notes(line, vote):
    note = md.parse_adoption_note(line)
    assert (note or {}).get("vote") == vote


def test_closing_lines():
    for line in (
        "88th plenary meeting",
        "59th meeting",
        "19 December 2001",
        "[Adopted without a vote.]",
        "See chap. XIV. - E/CN.4/2003/L.11/Add.4]",
    ):
        assert md.is_closing_line(line), line
    assert not md.is_closing_line("1. Decides to consider the report")


def test_symbols_in_glued_furniture():
    assert md.SYMBOL_RE.findall("United NationsA/RES/58/166General AssemblyDistr.: General") == ["A/RES/58/166"]
    assert md.SYMBOL_RE.findall("E/CN.4/2003/L.11/Add.4]") == ["E/CN.4/2003/L.11/Add.4"]


def test_agenda_items():
    assert md.AGENDA_RE.search("Agenda item 119 (a)").group(1) == "119 (a)"
    assert md.AGENDA_RE.search("Item 132 (a) of the preliminary list").group(1) == "132 (a) of the preliminary list"


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("[Adopted without a vote.]", {"vote": "without a vote"}),
        ("See chap. XIV. - E/CN.4/2003/L.11/Add.4]", {"chapter": "XIV", "symbol": "E/CN.4/2003/L.11/Add.4"}),
        ("[Adopted without a vote. See chap. XIV.]", {"vote": "without a vote", "chapter": "XIV"}),
        (
            "[Adopted by a recorded vote of 52 votes to 1, with 2 abstentions. See chap. XI. - E/CN.4/2004/L.10/Add.11]",
            {
                "vote": "by a recorded vote of 52 votes to 1, with 2 abstentions",
                "chapter": "XI",
                "symbol": "E/CN.4/2004/L.10/Add.11",
            },
        ),
        ("A/56/179.", None),
        ("Takes note of the report", None),
    ],
)
def test_adoption_notes(line, note):
    assert md.parse_adoption_note(line) == note


@pytest.mark.parametrize(
    ("line", "committee", "report"),
    [
        ("[on the report of the Third Committee (A/78/481)]", "Third Committee", "A/78/481"),
        # A/RES/79/85: a committee with its other name, the report with a paragraph
        (
            "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/79/420, para. 8)]",
            "Special Political and Decolonization Committee (Fourth Committee)",
            "A/79/420, para. 8",
        ),
    ],
)
def test_the_report_a_resolution_was_adopted_on(line, committee, report):
    match = md.ON_REPORT_RE.match(line)
    assert match is not None and match.groups() == (committee, report)


def test_symbol_of_a_joint_board_is_read_whole():
    """The joint Executive Board's "DP-FPA/2025/1" is one series, not FPA/2025/1; a joint
    symbol "A/79/756-S/2025/61" is still two symbols, and a hyphenated word before a
    number that is no symbol's ("Follow-up") is none."""
    assert md.SYMBOL_RE.findall("United Nations DP-FPA/2025/1") == ["DP-FPA/2025/1"]
    assert md.SYMBOL_RE.findall("A/79/756-S/2025/61") == ["A/79/756", "S/2025/61"]
    assert md.SYMBOL_RE.findall("Follow-up to 2025/1") == []


def test_named_types_of_the_lines_naming_a_document():
    """The lines that name what a document is, as UN bodies print them; a title that
    only mentions an agenda or a report names nothing."""
    assert md.named_type("Report of Denmark") == "report"
    assert md.named_type("Provisional annotated agenda, timetable and organization of work") == "agenda"
    assert md.named_type("LIST OF PARTICIPANTS") == "list of participants"
    assert md.named_type("List of Delegations to the 2025 United Nations Conference") == "list of participants"
    assert md.named_type("Draft report on the substantive session of 2025") == "draft report"
    assert md.named_type("Draft programme of work") == "programme of work"
    assert md.named_type("Views adopted by the Committee under article 5 (4) of the Optional Protocol") == "views"
    assert md.named_type("Corrigendum") == "corrigendum" and md.named_type("Corrigendum to the report") is None
    assert md.named_type("Programme of work of the Committee on Science and Technology") is None
    assert md.named_type("Report of Denmark and Norway on forests") is None
    assert md.named_type("Implementation of the 2030 Agenda for Sustainable Development") is None
    assert md.OPENING_RE.match("The Executive Board") and not md.OPENING_RE.match("The Executive Board met")


def test_ocr_symbol_makes_look_alike_letters_digits_in_numbers_only():
    """A typewritten masthead's "A/39/36I" is A/39/361 and "A./47/435" A/47/435; a clean
    symbol needs no repair, and letters with no digit beside them are no number."""
    assert md.ocr_symbol("A/39/36I") == "A/39/361"
    assert md.ocr_symbol("A./47/435") == "A/47/435"
    assert md.ocr_symbol("A/47/435") is None
    assert md.ocr_symbol("E/CNA/UO") is None
    assert md.ocr_symbol("The Assembly/IO") is None


def test_symbol_with_a_session_in_brackets_and_an_original_in_capitals():
    """ "ICCD/COP(8)/CST/8" is one symbol; "ORIGINAL: ENGLISH" a typewritten original."""
    assert md.SYMBOL_RE.findall("ICCD/COP(8)/CST/INF.1 26 July 2007") == ["ICCD/COP(8)/CST/INF.1"]
    assert md.ORIGINAL_RE.match("ORIGINAL: ENGLISH").group("original") == "ENGLISH"
    assert md.ORIGINAL_RE.match("FRENCH ORIGINAL: ENGLISH")
    assert not md.ORIGINAL_RE.match("ORIGINALLY: ENGLISH")
