"""The masthead's rules, one by one: what each takes from a line (the facts it sets,
what it leaves the next line to expect) and what it declines, leaving the state as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from build_scripts.model import FootnoteRef, LogEntry
from build_scripts.readers.base import Block
from build_scripts.structure.lines import bracketed_joined, lines_of
from build_scripts.structure.masthead import (
    adopted_at_meeting,
    adopted_by,
    adoption_date,
    agenda_item,
    agenda_title,
    agenda_title_continued,
    board_name,
    board_session,
    body_name,
    council_resolution,
    distribution,
    distribution_date,
    draft_adopted,
    draft_title,
    glued_facts,
    header_line,
    issuance,
    meeting_place,
    memo_line,
    misread_adoption_date,
    misread_year_date,
    named_resolution,
    ocr_symbol_line,
    official_records,
    on_report,
    organs_session,
    original_language,
    presiding,
    read_furniture,
    read_masthead,
    record_day,
    record_meeting,
    report_subtitle,
    resolution_title,
    search_facts,
    session_line,
    sponsors,
    symbol_with_part,
    title_continued,
    unmatched_heading,
    without_reference,
    yearless_council_resolution,
)

from .helpers import assert_declines, doc_state, line, masthead, sentinel

TITLE = "International Convention on the Protection of the Rights of All Migrant Workers"

# -- lines read by the line before -----------------------------------------------------


def test_title_continued_takes_the_next_line_of_a_wrapped_title() -> None:
    """A title's second line in its block is appended to it, and the rejoin is logged."""
    m = masthead("title")
    m.doc.facts.title = "International Convention on the Protection"
    assert title_continued(m, line("of the Rights of All Migrant Workers", 10, index=1)) is True
    assert m.doc.facts.title == TITLE
    assert m.doc.log == [LogEntry("repaired", "rejoin-title", 10, "title continued on this line rejoined")]
    assert m.expect == "title"  # a third line would continue it too


def test_title_continued_declines_a_new_block_a_session_or_no_title_expected() -> None:
    """The first line of a block, a session line, or any line when no title is open, is not the title's."""
    m = masthead("title")
    m.doc.facts.title = "International Convention on the Protection"
    assert_declines(title_continued, m, line("Resolution adopted by the General Assembly", 11, index=0))
    assert_declines(title_continued, m, line("Fifty-sixth session", 11, index=1))
    assert_declines(title_continued, masthead(""), line("of the Rights of All Migrant Workers", 11, index=1))


def test_title_continued_keeps_the_markers_of_the_line_it_adds() -> None:
    """A marker at the end of a wrapped title is the title's, at the end of the whole title
    (as ``resolution_title`` keeps markers on its own line)."""
    doc = doc_state()
    wrapped = f"56/145. International Convention on the Protection\nof the Rights of All Migrant Workers{sentinel('*')}"
    read_masthead(doc, [Block(wrapped, 9)])
    assert doc.facts.title == TITLE
    assert [(r.marker, r.offset, r.footnote_id) for r in doc.metadata_refs["title"]] == [("*", len(TITLE), "fn-star")]
    assert doc.notes.order == ["*"]


def test_distribution_date_takes_the_date_after_distr() -> None:
    """ "6 February 2002" after "Distr.: General" is the distribution date."""
    m = masthead("distr")
    assert distribution_date(m, line("6 February 2002", 4)) is True
    assert m.doc.facts.distributed == date(2002, 2, 6)
    assert m.expect == ""


def test_distribution_date_declines_other_lines_or_a_date_not_expected() -> None:
    """Only a date alone on its line, and only just after "Distr.:"."""
    assert_declines(distribution_date, masthead("distr"), line("Fifty-sixth session", 4))
    assert_declines(distribution_date, masthead("distr"), line("Distributed on 6 February 2002", 4))
    assert_declines(distribution_date, masthead(""), line("6 February 2002", 4))


def test_draft_title_takes_the_line_after_the_sponsors_with_its_markers() -> None:
    """A draft's title with its note marker kept for the title (offset at its end)."""
    m = masthead("draft-title")
    text = "Situation of human rights in Myanmar"
    assert draft_title(m, line(text + sentinel("1"), 6)) is True
    assert m.doc.facts.title == text
    assert m.doc.metadata_refs == {"title": [FootnoteRef("1", "fn1", "fnref1", len(text))]}
    assert m.expect == ""


def test_draft_title_declines_the_opening_formula() -> None:
    """ "The General Assembly," after the sponsors opens the text: it is no title."""
    assert_declines(draft_title, masthead("draft-title"), line("The General Assembly,", 6))
    assert_declines(draft_title, masthead(""), line("Situation of human rights in Myanmar", 6))


def test_adoption_date_takes_on_date_after_adopted_by() -> None:
    """ "on 21 November 2023" after "Resolution adopted by the General Assembly"."""
    m = masthead("adopted-by")
    assert adoption_date(m, line("on 21 November 2023", 8)) is True
    assert m.doc.facts.adopted == date(2023, 11, 21)
    assert m.expect == ""


def test_adoption_date_takes_of_date_after_a_council_resolution_title() -> None:
    """ "of 22 November 1967" (or "Of", as one volume prints it, or the date alone) under
    "Resolution 242 (1967)"."""
    for printed in ("of 22 November 1967", "Of 22 November 1967", "22 November 1967", "On 22 November 1967"):
        m = masthead("dated")
        assert adoption_date(m, line(printed, 2)) is True
        assert m.doc.facts.adopted == date(1967, 11, 22)


def test_adoption_date_declines_a_bare_date_or_no_date() -> None:
    """The line must read "on <date>", and be expected."""
    assert_declines(adoption_date, masthead("adopted-by"), line("21 November 2023", 8))
    assert_declines(adoption_date, masthead("adopted-by"), line("on the report of the Third Committee", 8))
    assert_declines(adoption_date, masthead(""), line("on 21 November 2023", 8))


def test_misread_adoption_date_reads_a_date_line_the_scan_misread() -> None:
    """ "ef 15 June 1965", "of 3 Apri] 1991", "of 15 August. 1991", "on 10 Auqust 1993"
    under a title owing its date: read, and said on the page."""
    for printed, when in (
        ("ef 15 June 1965", date(1965, 6, 15)),
        ("of 3 Apri] 1991", date(1991, 4, 3)),
        ("of 15 August. 1991", date(1991, 8, 15)),
        ("on 10 Auqust 1993", date(1993, 8, 10)),
    ):
        m = masthead("dated")
        assert misread_adoption_date(m, line(printed, 2)) is True
        assert m.doc.facts.adopted == when
        assert [e.rule for e in m.doc.log] == ["misread-date"]
        assert m.expect == ""


def test_misread_adoption_date_declines_an_unreadable_day_year_or_month() -> None:
    """A day or year misread ("3f July 1989", "14 October £964"), a word no month is but
    for one letter, or more than one ("Jule": June or July), or no date owed: not read."""
    for printed in ("of 3f July 1989", "of 14 October £964", "of 15 Jxxe 1965", "of 15 Jule 1965"):
        assert_declines(misread_adoption_date, masthead("dated"), line(printed, 2))
    assert_declines(misread_adoption_date, masthead(""), line("ef 15 June 1965", 2))
    # a date read as printed is adoption_date's ("24 October 2024" after "adopted by ... on")
    for printed in ("of 22 November 1967", "22 November 1967"):
        assert_declines(misread_adoption_date, masthead("dated"), line(printed, 2))
    assert_declines(misread_adoption_date, masthead("adopted-by"), line("24 October 2024", 3))
    assert_declines(misread_adoption_date, masthead("adopted-by"), line("24 Octobre 2024", 3))


def test_misread_year_date_reads_the_day_and_month_with_the_councils_year() -> None:
    """ "of 14 October £964" under "Resolution 226 (1966)": the year misread, read as the
    title's (the Council numbers a resolution with the year it adopts it in), and said."""
    m = masthead("dated")
    m.doc.number = "226(1966)"
    assert misread_year_date(m, line("of 14 October £964", 2)) is True
    assert (m.doc.facts.adopted, m.expect) == (date(1966, 10, 14), "")
    assert [e.rule for e in m.doc.log] == ["misread-date"]


def test_misread_year_date_declines_a_read_year_a_misread_day_or_no_councils_year() -> None:
    """A year read as printed (a misread day, "3f July 1989", is not this rule's to guess),
    a year of fewer than two digits, no date owed, or a title that gives no year."""
    m = masthead("dated")
    m.doc.number = "638(1989)"
    assert_declines(misread_year_date, m, line("of 3f July 1989", 2))
    assert_declines(misread_year_date, m, line("of 14 October £xx4", 2))
    m = masthead("")
    m.doc.number = "226(1966)"
    assert_declines(misread_year_date, m, line("of 14 October £964", 2))
    m = masthead("dated")
    m.doc.number = "56/145"
    assert_declines(misread_year_date, m, line("of 14 October £964", 2))


def test_agenda_title_continued_joins_a_wrapped_agenda_title() -> None:
    """An agenda title's second line in its block carries on the title before it."""
    m = masthead("agenda-title", agenda_titles=["Elimination of racism, racial discrimination, xenophobia and related"])
    assert agenda_title_continued(m, line("intolerance", 6, index=1)) is True
    assert m.agenda_titles == ["Elimination of racism, racial discrimination, xenophobia and related intolerance"]


def test_agenda_title_continued_declines_the_next_items_title() -> None:
    """While more titles are owed, a capitalised line after a finished title is the next one;
    a numbered resolution title, or a new block, is never an agenda title's rest."""
    m = masthead("agenda-title", agenda_titles=["Report of the Human Rights Council"], more_titles=True)
    assert_declines(agenda_title_continued, m, line("Promotion and protection of human rights", 6, index=1))
    m = masthead("agenda-title", agenda_titles=["Crime prevention and criminal justice"])
    assert_declines(agenda_title_continued, m, line("56/145. Strengthening the programme", 6, index=1))
    assert_declines(agenda_title_continued, m, line("and drug control", 6, index=0))


def test_agenda_title_continued_joins_after_a_trailing_connector_even_when_titles_are_owed() -> None:
    """A title ending "and" or "of" is not finished: the capitalised line carries it on."""
    m = masthead("agenda-title", agenda_titles=["Report of the Secretary-General on the work of"], more_titles=True)
    assert agenda_title_continued(m, line("The Organization", 6, index=1)) is True
    assert m.agenda_titles == ["Report of the Secretary-General on the work of The Organization"]


# -- lines that state a fact -----------------------------------------------------------


def test_resolution_title_takes_number_and_title() -> None:
    """ "56/145. International Convention ...": number 56/145, the title, and a title may go on."""
    m = masthead()
    assert resolution_title(m, line(f"56/145. {TITLE}", 9)) is True
    assert m.doc.number == "56/145"
    assert m.doc.facts.title == TITLE
    assert m.expect == "title"


def test_resolution_title_declines_a_symbol_or_a_numbered_paragraph() -> None:
    """A symbol or an operative paragraph's number is no resolution title."""
    assert_declines(resolution_title, masthead(), line("A/RES/56/145", 1))
    assert_declines(resolution_title, masthead(), line("1. Welcomes the report of the Secretary-General;", 1))


def test_named_resolution_takes_body_number_and_title() -> None:
    """ "Commission on Human Rights resolution 2003/48: ..." names the body, the number, the title."""
    m = masthead()
    assert named_resolution(m, line("Commission on Human Rights resolution 2003/48: Protection of migrants", 3)) is True
    assert (m.doc.facts.body, m.doc.number, m.doc.facts.title) == (
        "Commission on Human Rights",
        "2003/48",
        "Protection of migrants",
    )


def test_named_resolution_without_a_title_sets_no_title() -> None:
    """The title may stand on a later line: only body and number are taken."""
    m = masthead()
    assert named_resolution(m, line("Commission on Human Rights resolution 2003/48", 3)) is True
    assert (m.doc.facts.body, m.doc.number, m.doc.facts.title) == ("Commission on Human Rights", "2003/48", None)


def test_named_resolution_declines_other_bodies_and_session_numbers() -> None:
    """The General Assembly's resolutions are titled "56/145. ..."; a Council resolution
    numbered session/number ("52/1") is not taken either (the pattern wants a year)."""
    assert_declines(named_resolution, masthead(), line("General Assembly resolution 56/145", 3))
    assert_declines(named_resolution, masthead(), line("Human Rights Council resolution 52/1: Situation in Myanmar", 3))


def test_adopted_by_takes_body_and_date_on_one_line() -> None:
    """ "Resolution adopted by the General Assembly on 21 November 2023"."""
    m = masthead()
    assert adopted_by(m, line("Resolution adopted by the General Assembly on 21 November 2023", 7)) is True
    assert (m.doc.facts.body, m.doc.facts.adopted, m.expect) == ("General Assembly", date(2023, 11, 21), "")


def test_adopted_by_without_date_expects_it_next() -> None:
    """Without its date the line leaves "on <date>" to the next line."""
    m = masthead()
    assert adopted_by(m, line("Resolution adopted by the General Assembly", 7)) is True
    assert (m.doc.facts.body, m.doc.facts.adopted, m.expect) == ("General Assembly", None, "adopted-by")


def test_adopted_by_takes_a_decision() -> None:
    """ "Decision adopted by the Human Rights Council on 8 July 2025": a decision."""
    m = masthead()
    assert adopted_by(m, line("Decision adopted by the Human Rights Council on 8 July 2025", 7)) is True
    facts = m.doc.facts
    assert (facts.body, facts.doc_type, facts.adopted) == ("Human Rights Council", "decision", date(2025, 7, 8))


def test_adopted_by_declines_other_adoptions() -> None:
    """Only "Resolution (or Decision) adopted by the ..." is read."""
    assert_declines(adopted_by, masthead(), line("Report adopted by the Committee", 7))
    assert_declines(adopted_by, masthead(), line("Adopted by the Security Council at its 9836th meeting", 7))


def test_on_report_takes_committee_and_report() -> None:
    """ "[on the report of the Third Committee (A/56/583/Add.1)]"."""
    m = masthead()
    assert on_report(m, line("[on the report of the Third Committee (A/56/583/Add.1)]", 8)) is True
    assert m.doc.extra == {"committee": "Third Committee"}
    assert m.doc.facts.based_on == "A/56/583/Add.1"


def test_on_report_keeps_a_committees_other_name() -> None:
    """ "... Decolonization Committee (Fourth Committee) (A/78/417)]"."""
    m = masthead()
    text = "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/78/417)]"
    assert on_report(m, line(text, 8)) is True
    assert m.doc.extra["committee"] == "Special Political and Decolonization Committee (Fourth Committee)"
    assert m.doc.facts.based_on == "A/78/417"


def test_on_report_declines_without_its_brackets_or_a_plenary_line() -> None:
    """The note must be bracketed whole; a plenary resolution's note is another rule's."""
    assert_declines(on_report, masthead(), line("on the report of the Third Committee (A/56/583/Add.1)", 8))
    assert_declines(on_report, masthead(), line("[without reference to a Main Committee (A/78/L.20)]", 8))


def test_without_reference_takes_a_plenary_resolutions_draft() -> None:
    """ "[without reference to a Main Committee (A/78/L.20 and A/78/L.20/Add.1)]"."""
    m = masthead()
    assert without_reference(m, line("[without reference to a Main Committee (A/78/L.20 and A/78/L.20/Add.1)]")) is True
    assert m.doc.extra == {"committee": "without reference to a Main Committee"}
    assert m.doc.facts.based_on == "A/78/L.20 and A/78/L.20/Add.1"


def test_without_reference_declines_a_committee_report() -> None:
    """A Main Committee's report is ``on_report``'s."""
    assert_declines(without_reference, masthead(), line("[on the report of the Third Committee (A/56/583/Add.1)]"))


def test_distribution_takes_distr_and_expects_the_date() -> None:
    """ "Distr.: General" alone: the date comes on the next line."""
    m = masthead()
    assert distribution(m, line("Distr.: General", 3)) is True
    assert m.doc.extra == {"distribution": "General"}
    assert (m.doc.facts.distributed, m.expect) == (None, "distr")


def test_distribution_takes_the_date_on_its_own_line() -> None:
    """ "Distr.: Limited 6 February 2002": nothing left for the next line."""
    m = masthead()
    assert distribution(m, line("Distr.: Limited 6 February 2002", 3)) is True
    assert m.doc.extra == {"distribution": "Limited"}
    assert (m.doc.facts.distributed, m.expect) == (date(2002, 2, 6), "")


def test_distribution_declines_other_lines() -> None:
    """Without "Distr.:" the line is not a distribution line."""
    assert_declines(distribution, masthead(), line("Original: English", 3))
    assert_declines(distribution, masthead(), line("Distribution: General", 3))


def test_original_language_takes_the_language() -> None:
    """ "Original: English"."""
    m = masthead()
    assert original_language(m, line("Original: English", 5)) is True
    assert m.doc.extra == {"original": "English"}
    m = masthead()  # after the language of this version, set on one line with it
    assert original_language(m, line("English Original: French", 5, heading=True)) is True
    assert m.doc.extra == {"language": "English", "original": "French"}


def test_original_language_declines_other_lines() -> None:
    """ "Original:" must open the line and one language follow."""
    assert_declines(original_language, masthead(), line("Distr.: General", 5))
    assert_declines(original_language, masthead(), line("Translated from the Original: English", 5))


def test_agenda_item_takes_the_item_and_expects_its_title() -> None:
    """ "Agenda item 119 (a)": the item, and the next line may be its title."""
    m = masthead()
    assert agenda_item(m, line("Agenda item 119 (a)", 5)) is True
    assert (m.doc.facts.agenda_item, m.expect, m.agenda_titles) == ("119 (a)", "agenda", [])


def test_agenda_item_takes_the_session_and_title_glued_around_it() -> None:
    """ "Eightieth session Agenda item 13 Integrated ...": session 80, item 13, its title."""
    m = masthead()
    text = "Eightieth session Agenda item 13 Integrated and coordinated implementation of the outcomes"
    assert agenda_item(m, line(text, 5)) is True
    assert (m.doc.facts.session, m.doc.facts.agenda_item) == (80, "13")
    assert m.agenda_titles == ["Integrated and coordinated implementation of the outcomes"]
    assert m.expect == "agenda-title"


def test_agenda_item_keeps_its_marker() -> None:
    """ "Item 132 (a) of the preliminary list*": the note is the agenda item's."""
    m = masthead()
    assert agenda_item(m, line(f"Item 132 (a) of the preliminary list{sentinel('*')}", 5)) is True
    assert m.doc.facts.agenda_item == "132 (a) of the preliminary list"
    assert m.doc.metadata_refs == {"agenda_item": [FootnoteRef("*", "fn-star", "fnref-star", 31)]}


def test_agenda_item_declines_a_line_without_one() -> None:
    """A session line names no agenda item."""
    assert_declines(agenda_item, masthead(), line("Fifty-sixth session", 5))
    assert_declines(agenda_item, masthead(), line("agenda item 119 (a)", 5))


def test_session_line_takes_the_session() -> None:
    """ "Fifty-sixth session" is session 56; "59th session" is 59."""
    m = masthead()
    assert session_line(m, line("Fifty-sixth session", 4)) is True
    assert m.doc.facts.session == 56
    m = masthead()
    assert session_line(m, line("59th session", 4)) is True
    assert m.doc.facts.session == 59
    m = masthead()
    assert session_line(m, line("2025 session", 4)) is True  # the Economic and Social Council's
    assert m.doc.facts.session == 2025


def test_session_line_declines_long_lines_and_unnumbered_sessions() -> None:
    """A session named in a longer sentence, or one without an ordinal, is not the masthead's."""
    assert_declines(session_line, masthead(), line("Resumed part of the Fifty-sixth session of the Assembly", 4))
    assert_declines(session_line, masthead(), line("Special session", 4))


def test_organs_session_reads_a_joint_documents_two_columns() -> None:
    """A/79/716-S/2025/18 (identical letters to both organs): "General Assembly Security
    Council Seventy-ninth session Eightieth year" as one line: the Assembly's session, the
    Council's year; an emergency special session's kept as printed, no number (A/ES-10/1027)."""
    m = masthead()
    text = "General Assembly Security Council Seventy-ninth session Eightieth year"
    assert organs_session(m, line(text, 6, heading=True)) is True
    assert (m.doc.facts.session, m.doc.facts.body, m.doc.extra) == (
        79,
        "General Assembly",
        {"council_year": "Eightieth year"},
    )
    m = masthead()
    text = "General Assembly Security Council Tenth emergency special session Eightieth year"
    assert organs_session(m, line(text, 6, heading=True)) is True
    assert m.doc.facts.session is None
    assert m.doc.extra == {"special_session": "Tenth emergency special session", "council_year": "Eightieth year"}


def test_organs_session_declines_what_no_organ_or_year_frames() -> None:
    """A session alone is ``session_line``'s; a year that is no ordinal, or a heading
    that only ends in "session", is no such line."""
    assert_declines(organs_session, masthead(), line("Seventy-ninth session", 4))
    assert_declines(organs_session, masthead(), line("Seventy-ninth session Fiscal year", 4))
    assert_declines(organs_session, masthead(), line("General Assembly Resumed session", 4))


def test_body_name_takes_a_body_alone_on_its_line() -> None:
    """ "General Assembly" alone names the body."""
    m = masthead()
    assert body_name(m, line("General Assembly", 2)) is True
    assert m.doc.facts.body == "General Assembly"


def test_body_name_declines_a_body_with_more_on_the_line() -> None:
    """ "General Assembly Distr.: General" is glued facts, not a body name."""
    assert_declines(body_name, masthead(), line("General Assembly Distr.: General", 2))
    assert_declines(body_name, masthead(), line("United Nations", 2))


def test_report_subtitle_takes_a_report_or_note() -> None:
    """ "Report of the Secretary-General" makes the document a report, with its subtitle."""
    m = masthead()
    assert report_subtitle(m, line("Report of the Secretary-General", 9)) is True
    assert (m.doc.facts.subtitle, m.doc.facts.doc_type) == ("Report of the Secretary-General", "report")
    m = masthead()
    assert report_subtitle(m, line("Note by the Secretariat", 9)) is True
    assert (m.doc.facts.subtitle, m.doc.facts.doc_type) == ("Note by the Secretariat", "note")


def test_report_subtitle_declines_an_agenda_title() -> None:
    """Just after "Agenda item 70", "Report of the Human Rights Council" is the item's title."""
    m = masthead(after_agenda=True)
    assert_declines(report_subtitle, m, line("Report of the Human Rights Council", 6))
    assert_declines(report_subtitle, masthead(), line("The report of the Secretary-General", 6))


def test_sponsors_takes_a_drafts_sponsor_kind_and_marker() -> None:
    """ "Australia:* draft resolution": sponsors, the type, the title next, the marker kept."""
    m = masthead()
    assert sponsors(m, line(f"Australia:{sentinel('*')} draft resolution", 5)) is True
    assert m.doc.extra == {"sponsors": "Australia"}
    assert (m.doc.facts.doc_type, m.expect) == ("draft resolution", "draft-title")
    assert m.doc.metadata_refs == {"sponsors": [FootnoteRef("*", "fn-star", "fnref-star", len("Australia"))]}


def test_sponsors_takes_an_amendment_and_its_target() -> None:
    """ "Cuba: amendments to draft resolution A/C.3/56/L.45": an amendment of that draft."""
    m = masthead()
    assert sponsors(m, line("Cuba: amendments to draft resolution A/C.3/56/L.45", 5)) is True
    assert (m.doc.extra["sponsors"], m.doc.facts.doc_type) == ("Cuba", "amendment")
    assert m.doc.facts.based_on == "A/C.3/56/L.45"


def test_sponsors_takes_draft_submitted_by() -> None:
    """ "Draft resolution submitted by the Vice-President of the Council"."""
    m = masthead()
    assert sponsors(m, line("Draft resolution submitted by the Vice-President of the Council", 5)) is True
    assert (m.doc.extra["sponsors"], m.doc.facts.doc_type) == ("the Vice-President of the Council", "draft resolution")


def test_sponsors_takes_a_councils_amendment_as_its_own_title() -> None:
    """ "Russian Federation: amendment to the draft resolution contained in document
    S/2025/112": no draft's title follows, so the line is the amendment's title."""
    m = masthead()
    text = "Russian Federation: amendment to the draft resolution contained in document S/2025/112"
    assert sponsors(m, line(text, 5)) is True
    assert (m.doc.extra["sponsors"], m.doc.facts.doc_type, m.doc.facts.based_on) == (
        "Russian Federation",
        "amendment",
        "S/2025/112",
    )
    assert (m.doc.facts.title, m.expect) == (text, "")


def test_sponsors_takes_a_draft_submitted_to_a_board_without_sponsors() -> None:
    """ "Draft decision submitted to the Executive Board": a draft decision, its title
    next; no one is named as its sponsor."""
    m = masthead()
    assert sponsors(m, line("Draft decision submitted to the Executive Board", 11)) is True
    assert (m.doc.facts.doc_type, m.expect, m.doc.extra) == ("draft decision", "draft-title", {})


def test_sponsors_declines_other_lines() -> None:
    """A colon alone does not make sponsors."""
    assert_declines(sponsors, masthead(), line("Original: English", 5))
    assert_declines(sponsors, masthead(), line("Resolution adopted by the General Assembly", 5))


def test_agenda_title_takes_a_line_after_the_agenda_item() -> None:
    """The line after "Agenda items 13 and 117" is item 13's title."""
    m = masthead(after_agenda=True)
    assert agenda_title(m, line("Culture of peace", 6)) is True
    assert (m.agenda_titles, m.expect) == (["Culture of peace"], "agenda-title")


def test_agenda_title_declines_when_no_title_is_owed() -> None:
    """Away from an agenda item a line is not an agenda title."""
    assert_declines(agenda_title, masthead(), line("Culture of peace", 6))


def test_read_masthead_a_corrigendum_is_titled_by_the_line_above() -> None:
    """ "Annual report on evaluation, 2024" / "Corrigendum": a corrigendum of that title."""
    doc = doc_state()
    blocks = [
        Block("United Nations DP/2025/14/Corr.1", 1),
        Block("Annual report on evaluation, 2024", 15),
        Block("Corrigendum", 16),
    ]
    read_masthead(doc, blocks)
    assert (doc.facts.title, doc.facts.subtitle, doc.facts.doc_type) == (
        "Annual report on evaluation, 2024",
        "Corrigendum",
        "corrigendum",
    )


def test_issuance_takes_a_secretariat_issuances_kind_with_its_marker() -> None:
    m = masthead()
    assert issuance(m, line(f"Information circular{sentinel('*')}", 3)) is True
    assert (m.doc.facts.doc_type, m.doc.facts.subtitle) == ("information circular", "Information circular")
    assert [ref.footnote_id for ref in m.doc.metadata_refs["subtitle"]] == ["fn-star"]


def test_issuance_declines_a_line_mentioning_one() -> None:
    assert_declines(issuance, masthead(), line("Information circular on the staff", 3))


def test_memo_line_takes_to_from_and_the_subject_as_title() -> None:
    m = masthead()
    assert memo_line(m, line("To: Members of the staff", 4)) is True
    assert memo_line(m, line("From: The Assistant Secretary-General for Human Resources", 5)) is True
    assert memo_line(m, line("Subject: Membership of the Senior Review Group", 6)) is True
    assert m.doc.facts.title == "Membership of the Senior Review Group"
    assert (m.doc.extra["to"], m.doc.extra["from"]) == (
        "Members of the staff",
        "The Assistant Secretary-General for Human Resources",
    )


def test_memo_line_declines_other_lines() -> None:
    assert_declines(memo_line, masthead(), line("Subjects: of the staff", 4))
    assert_declines(memo_line, masthead(), line("Original: English", 4))


def test_board_name_takes_the_boards_name_across_the_mastheads_facts() -> None:
    """ "Executive Board of the" / "United Nations Development" / "Programme, the United
    Nations Population Fund ...": one name, though "Distr.: General" stands between."""
    m = masthead()
    assert board_name(m, line("Executive Board of the", 2)) is True
    assert board_name(m, line("United Nations Development", 5)) is True
    assert board_name(m, line("Programme, the United Nations Population Fund", 7)) is True
    assert (
        m.doc.extra["board"]
        == "Executive Board of the United Nations Development Programme, the United Nations Population Fund"
    )
    assert (m.board_open, m.untitled_items) == (True, False)
    m = masthead()
    assert board_name(m, line("Executive Board", 8)) is True
    assert (m.doc.extra["board"], m.board_open, m.untitled_items) == ("Executive Board", False, True)


def test_board_name_declines_without_a_board_or_after_its_session() -> None:
    assert_declines(board_name, masthead(), line("United Nations Development", 5))
    m = masthead(board_open=True)
    m.doc.extra["board"] = "Executive Board of the"
    assert_declines(board_name, m, line("First regular session 2025", 8))
    assert_declines(board_name, m, line("29 October 2024", 4))  # "Distr.: General"'s date


def test_read_masthead_the_date_between_a_boards_name_lines_is_the_distribution_date() -> None:
    doc = doc_state()
    blocks = [
        Block("United Nations DP/2025/1", 1),
        Block("Distr.: General", 2),
        Block("Executive Board of the", 3),
        Block("29 October 2024", 4),
        Block("United Nations Development", 5),
        Block("First regular session 2025", 7),
    ]
    read_masthead(doc, blocks)
    assert (doc.facts.distributed, doc.extra["board"]) == (
        date(2024, 10, 29),
        "Executive Board of the United Nations Development",
    )


def test_agenda_item_glued_to_unicefs_board_leaves_its_items_untitled() -> None:
    """ "Executive Board Annual session 2025 10–13 June 2025 Item 5 of the provisional
    agenda*": the line after is the document's title."""
    doc = doc_state()
    blocks = [
        Block("United Nations E/ICEF/2025/19", 1),
        Block("Executive Board Annual session 2025 10–13 June 2025 Item 5 of the provisional agenda", 8),
        Block("Annual report on UNICEF humanitarian action", 9),
    ]
    read_masthead(doc, blocks)
    assert (doc.facts.agenda_item, doc.facts.title) == (
        "5 of the provisional agenda",
        "Annual report on UNICEF humanitarian action",
    )


def test_board_session_takes_a_named_session_and_ends_the_boards_name() -> None:
    m = masthead(board_open=True)
    assert board_session(m, line("Annual session of 2025", 8)) is True
    assert (m.doc.extra["board_session"], m.board_open) == ("Annual session of 2025", False)


def test_board_session_declines_a_numbered_session() -> None:
    assert_declines(board_session, masthead(), line("Fifty-ninth session", 8))


def test_agenda_title_under_a_board_whose_items_print_none_is_the_title() -> None:
    """UNICEF's "Item 3 of the provisional agenda*" / "Annual report for 2024 of the
    Executive Director of UNICEF": the document's title, not the item's."""
    m = masthead(after_agenda=True, untitled_items=True)
    assert agenda_title(m, line("Annual report for 2024 of the Executive Director of UNICEF", 11)) is True
    assert (m.doc.facts.title, m.agenda_titles) == ("Annual report for 2024 of the Executive Director of UNICEF", [])


def test_read_masthead_a_title_in_plain_text_below_the_agenda_items_title() -> None:
    """ "Item 11 of the provisional agenda" / "Evaluation" / "Annual report on evaluation,
    2024": the item's title, then the document's; with a heading after the item's title,
    the heading is the title and the plain line stays unread."""
    blocks = [
        Block("United Nations DP/2025/14", 1),
        Block("Item 11 of the provisional agenda", 8),
        Block("Evaluation", 9),
        Block("Annual report on evaluation, 2024", 10),
    ]
    doc = doc_state()
    read_masthead(doc, blocks)
    assert (doc.facts.title, doc.extra["agenda_title"]) == ("Annual report on evaluation, 2024", "Evaluation")
    assert not any(e.rule == "header-line" for e in doc.log)
    doc = doc_state()
    read_masthead(doc, [*blocks, Block("Evaluation of the Strategic Plan", 11, "heading")])
    assert doc.facts.title == "Evaluation of the Strategic Plan"
    doc = doc_state()
    banner = [*blocks[:3], Block("UNITED NATIONS POPULATION FUND", 10), Block("Report on the dialogue, 2024", 11)]
    read_masthead(doc, banner)
    assert doc.facts.title == "Report on the dialogue, 2024"
    assert doc.extra["header"] == "UNITED NATIONS POPULATION FUND"
    doc = doc_state()
    named = [*blocks[:3], Block("Report of the Credentials Committee", 10), Block("Chair: Asha Challenger", 11)]
    read_masthead(doc, named)
    assert doc.facts.title != "Chair: Asha Challenger"


def test_agenda_title_declines_the_line_naming_the_document_but_not_a_reports_name() -> None:
    """An executive board's item prints no title: "Provisional annotated agenda, ..." after
    it is the document's; "Report of the Human Rights Council" is an item's title."""
    naming = "Provisional annotated agenda, timetable and organization of work"
    assert_declines(agenda_title, masthead(after_agenda=True), line(naming, 12))
    m = masthead(after_agenda=True)
    assert agenda_title(m, line("Report of the Human Rights Council", 12)) is True
    assert m.agenda_titles == ["Report of the Human Rights Council"]


def test_report_subtitle_takes_a_qualified_report_of_the_secretary_general() -> None:
    """ "Forty-first semi-annual report of the Secretary-General" names a report; "Annual
    report of the Secretary-General on the work of the Organization" is a title."""
    m = masthead()
    assert report_subtitle(m, line("Forty-first semi-annual report of the Secretary-General", 6)) is True
    assert (m.doc.facts.subtitle, m.doc.facts.doc_type) == (
        "Forty-first semi-annual report of the Secretary-General",
        "report",
    )
    title = "Annual report of the Secretary-General on the work of the Organization"
    assert_declines(report_subtitle, masthead(), line(title, 6))


def test_agenda_title_drops_the_markers_of_its_line() -> None:
    """Today a marker on an agenda title's line is kept neither with the title nor as used
    (its note will read as unreferenced): reported as suspected loss."""
    m = masthead(after_agenda=True)
    assert agenda_title(m, line(f"Promotion and protection of human rights{sentinel('*')}", 6)) is True
    assert m.agenda_titles == ["Promotion and protection of human rights"]
    assert (m.doc.metadata_refs, m.doc.notes.order) == ({}, [])


def test_unmatched_heading_keeps_a_heading_for_the_title() -> None:
    """A heading no rule took is kept: it may be the title."""
    m = masthead()
    item = line("Protection of migrants", 9, heading=True)
    assert unmatched_heading(m, item) is True
    assert m.headings == [item]


def test_unmatched_heading_declines_text() -> None:
    """A line of text is not a heading."""
    assert_declines(unmatched_heading, masthead(), line("Protection of migrants", 9))


def test_unmatched_heading_declines_a_heading_of_facts_and_leaves_them_to_be_read() -> None:
    """ "A/52/620 13 November 1997" set large (a 1997 masthead): facts, not a title; the
    masthead reads the symbol and the date from it."""
    assert_declines(unmatched_heading, masthead(), line("A/52/620 13 November 1997", 4, heading=True))
    doc = doc_state()
    read_masthead(
        doc, [Block("A/52/620\n13 November 1997", 4, "heading"), Block("INFORMATION FROM TERRITORIES", 6, "heading")]
    )
    assert (doc.facts.symbol, doc.facts.distributed, doc.facts.title) == (
        "A/52/620",
        date(1997, 11, 13),
        "INFORMATION FROM TERRITORIES",
    )


def test_glued_facts_takes_a_line_of_facts_only() -> None:
    """ "United Nations A/RES/56/145": the symbol, nothing else left."""
    m = masthead()
    assert glued_facts(m, line("United Nations A/RES/56/145", 1)) is True
    assert m.doc.facts.symbol == "A/RES/56/145"
    assert m.expect == ""


def test_glued_facts_leaves_the_date_to_the_next_line() -> None:
    """ "General Assembly Distr.: General": the body, the distribution, the date expected."""
    m = masthead()
    assert glued_facts(m, line("General Assembly Distr.: General", 2)) is True
    assert (m.doc.facts.body, m.doc.extra, m.expect) == ("General Assembly", {"distribution": "General"}, "distr")


def test_glued_facts_declines_words_it_cannot_place_but_keeps_the_facts() -> None:
    """ "General Assembly Official Records": declined (words are left), yet the body found in
    it is set all the same (``search_facts`` takes facts before deciding): pinned as it is today."""
    m = masthead()
    assert glued_facts(m, line("General Assembly Official Records", 2)) is False
    assert m.doc.facts.body == "General Assembly"
    assert (m.doc.extra, m.doc.log, m.expect) == ({}, [], "")


def test_ocr_symbol_line_reads_a_typewritten_symbol_with_its_digits() -> None:
    """ "A/39/36I" (OCR read the 1 as I), "A./47/435": the symbol, the repair said."""
    m = masthead()
    assert ocr_symbol_line(m, line("A/39/36I", 6)) is True
    assert m.doc.facts.symbol == "A/39/361"
    assert [(e.kind, e.rule, e.line) for e in m.doc.log] == [("warning", "ocr-symbol", 6)]
    m = masthead()
    assert ocr_symbol_line(m, line("A./47/435", 6)) is True
    assert m.doc.facts.symbol == "A/47/435"


def test_ocr_symbol_line_declines_a_clean_symbol_words_or_a_second_symbol() -> None:
    """A symbol that needs no repair is the other rules'; a word of look-alike letters is
    no number ("A/IO/I"); a masthead that has its symbol takes no second."""
    assert_declines(ocr_symbol_line, masthead(), line("A/47/435", 6))
    assert_declines(ocr_symbol_line, masthead(), line("A/IO/I", 6))
    assert_declines(ocr_symbol_line, masthead(), line("Original: English", 6))
    m = masthead()
    m.doc.facts.symbol = "A/39/361"
    assert ocr_symbol_line(m, line("A/39/36I", 20)) is False


def test_header_line_keeps_any_line_and_warns() -> None:
    """The last rule takes anything: kept as written, one warning each."""
    m = masthead()
    assert header_line(m, line("Sixth Committee", 4)) is True
    assert header_line(m, line("Agenda of the meeting", 5)) is True
    assert [item.text for item in m.unclaimed] == ["Sixth Committee", "Agenda of the meeting"]
    assert m.doc.extra == {"header": "Sixth Committee\nAgenda of the meeting"}
    assert [(e.kind, e.rule, e.line) for e in m.doc.log] == [
        ("warning", "header-line", 4),
        ("warning", "header-line", 5),
    ]


def test_read_masthead_a_reports_title_is_the_line_above_its_naming_line() -> None:
    """ "United Nations Disengagement Observer Force" / "Report of the Secretary-General":
    the title, not a line left unread; "Report of the Secretary-General on Somalia" alone
    is the title itself; the body in "Security Council Distr.: General" is read."""
    doc = doc_state()
    blocks = [
        Block("United Nations S/2025/154", 1),
        Block("Security Council Distr.: General", 2),
        Block("United Nations Disengagement Observer Force", 5),
        Block("Report of the Secretary-General", 6),
    ]
    read_masthead(doc, blocks)
    facts = doc.facts
    assert (facts.title, facts.subtitle, facts.body) == (
        "United Nations Disengagement Observer Force",
        "Report of the Secretary-General",
        "Security Council",
    )
    assert doc.log == [] and "header" not in doc.extra
    doc = doc_state()
    read_masthead(doc, [Block("United Nations S/2025/194", 1), Block("Report of the Secretary-General on Somalia", 6)])
    assert (doc.facts.title, doc.facts.subtitle) == ("Report of the Secretary-General on Somalia", None)
    doc = doc_state()
    cover = [
        Block("A/80/44", 1),
        Block("Report of the Committee against Torture", 2),
        Block("Eightieth session", 3, "heading"),
    ]
    read_masthead(doc, cover)
    assert (doc.facts.title, doc.facts.session) == ("Report of the Committee against Torture", 80)


def test_read_masthead_a_reports_title_is_its_agenda_items_when_it_prints_no_other() -> None:
    """ "Item 103 of the provisional agenda*" / "QUESTION OF EAST TIMOR" / "Progress report
    of the Secretary-General": the item's title, right above the naming line, is the only
    title printed; not when a line of its own stands between them."""
    blocks = [
        Block("A/47/435", 1),
        Block("Forty-seventh session", 2),
        Block("Item 103 of the provisional agenda", 3),
        Block("QUESTION OF EAST TIMOR", 4),
        Block("Progress report of the Secretary-General", 5),
    ]
    doc = doc_state()
    read_masthead(doc, blocks)
    assert (doc.facts.title, doc.extra["agenda_title"]) == ("QUESTION OF EAST TIMOR", "QUESTION OF EAST TIMOR")
    assert doc.provenance["title"].startswith("the title of its agenda item")
    doc = doc_state()
    read_masthead(doc, [*blocks[:4], Block("Situation in East Timor", 5, "heading"), replace(blocks[4], line=6)])
    assert doc.facts.title == "Situation in East Timor"
    # a naming line that says what the report is, is its title (DP/2025/8)
    doc = doc_state()
    read_masthead(
        doc, [*blocks[:3], Block("Organizational matters", 4), Block("Report of the first regular session 2025", 5)]
    )
    assert doc.facts.title == "Report of the first regular session 2025"


def test_read_masthead_a_reports_title_wrapped_above_its_naming_line() -> None:
    """ "Abridged report on the international workshop on" / "climate and land
    degradation" / "Note by the secretariat": one title of both lines (the first ends on
    "on"); a line above ending as a title may is not joined."""
    doc = doc_state()
    blocks = [
        Block("ICCD/COP(8)/CST/8", 1),
        Block("Eighth session", 3),
        Block("Abridged report on the international workshop on", 6),
        Block("climate and land degradation", 7),
        Block("Note by the secretariat", 8),
    ]
    read_masthead(doc, blocks)
    assert doc.facts.title == "Abridged report on the international workshop on climate and land degradation"
    assert "header" not in doc.extra and not any(e.rule == "header-line" for e in doc.log)
    doc = doc_state()
    blocks[2] = Block("Committee on Science and Technology", 6)
    read_masthead(doc, blocks)
    assert doc.facts.title == "climate and land degradation"
    assert doc.extra["header"] == "Committee on Science and Technology"


def test_read_masthead_a_document_titled_only_by_the_line_naming_it() -> None:
    """ "List of participants" after the masthead's facts, and nothing else: that line is
    its title, no longer a line left unread; with a heading of its own, the heading is
    the title and the naming line stays unread."""
    doc = doc_state()
    blocks = [
        Block("United Nations A/AC.121/2025/INF/4", 1),
        Block("Special Committee on Peacekeeping Operations", 4),
        Block("List of participants", 6),
    ]
    read_masthead(doc, blocks)
    assert doc.facts.title == "List of participants"
    assert doc.extra["header"] == "Special Committee on Peacekeeping Operations"
    assert [e.line for e in doc.log] == [4]
    doc = doc_state()
    read_masthead(doc, [*blocks, Block("Peacekeeping operations", 7, "heading")])
    assert doc.facts.title == "Peacekeeping operations"
    assert "List of participants" in doc.extra["header"].split("\n")


# -- the masthead as a whole --------------------------------------------------------------


def test_read_masthead_reads_a_general_assembly_resolution() -> None:
    """A whole masthead: every fact, the lines as printed, no line left unread."""
    doc = doc_state()
    read_masthead(
        doc,
        [
            Block("United Nations A/RES/56/145", 1),
            Block("General Assembly", 2),
            Block("Distr.: General\n6 February 2002", 3),
            Block("Fifty-sixth session\nAgenda item 119 (a)", 5),
            Block("Resolution adopted by the General Assembly", 7),
            Block("[on the report of the Third Committee\n(A/56/583/Add.1)]", 8),
            Block(f"56/145. {TITLE}", 10, "heading"),
        ],
    )
    facts = doc.facts
    assert (facts.symbol, facts.body, facts.distributed, facts.session) == (
        "A/RES/56/145",
        "General Assembly",
        date(2002, 2, 6),
        56,
    )
    assert (facts.agenda_item, facts.based_on, facts.title, doc.number) == (
        "119 (a)",
        "A/56/583/Add.1",
        TITLE,
        "56/145",
    )
    assert doc.extra == {"distribution": "General", "committee": "Third Committee"}
    assert doc.header_lines[2:4] == ["Distr.: General", "6 February 2002"]
    assert doc.log == []


def test_read_masthead_pairs_agenda_items_with_their_titles() -> None:
    """ "Agenda items 13 and 117" then two titles: "13: ...; 117: ..."."""
    doc = doc_state()
    read_masthead(doc, [Block("Agenda items 13 and 117\nCulture of peace\nProgramme planning", 4)])
    assert doc.facts.agenda_item == "13 and 117"
    assert doc.extra["agenda_title"] == "13: Culture of peace; 117: Programme planning"


def test_read_masthead_takes_the_last_unclaimed_heading_as_title() -> None:
    """With no numbered title, the last heading no rule took is the title; the headings
    before it are kept as header."""
    doc = doc_state()
    read_masthead(
        doc, [Block("Programme budget", 1, "heading"), Block("Strengthening of the United Nations", 2, "heading")]
    )
    assert doc.facts.title == "Strengthening of the United Nations"
    assert doc.extra == {"header": "Programme budget"}
    assert doc.log == []


def test_read_masthead_the_heading_after_an_agenda_item_is_its_title() -> None:
    """ "Item 132 (a)" then two headings: the first is the item's title, the second the document's."""
    doc = doc_state()
    read_masthead(
        doc,
        [
            Block("Item 132 (a)", 1),
            Block("Programme budget", 2, "heading"),
            Block("Strengthening of the United Nations", 3, "heading"),
        ],
    )
    assert doc.facts.title == "Strengthening of the United Nations"
    assert doc.extra == {"agenda_title": "Programme budget"}


def test_read_masthead_headings_beside_an_agenda_items_titles_are_header_text() -> None:
    """A/79/716: a heading of the two organs' sessions, "Agenda items 34 and 35" and their
    titles, then the letter's title: the items keep their titles, a heading beside them
    is other header text (it had replaced the titles); the organs' line is read as facts
    (``organs_session``)."""
    doc = doc_state()
    blocks = [
        Block("General Assembly Security Council Seventy-ninth session Eightieth year", 1, "heading"),
        Block("Letters of the Secretary-General", 2, "heading"),
        Block("Agenda items 34 and 35", 2),
        Block("The situation in the Middle East", 3),
        Block("Question of Palestine", 4),
        Block("Identical letters dated 8 January 2025 from the Secretary-General", 5, "heading"),
    ]
    read_masthead(doc, blocks)
    assert doc.facts.title == "Identical letters dated 8 January 2025 from the Secretary-General"
    assert "The situation in the Middle East" in doc.extra["agenda_title"]
    assert "Question of Palestine" in doc.extra["agenda_title"]
    assert doc.extra["header"] == "Letters of the Secretary-General"
    assert (doc.facts.session, doc.extra["council_year"]) == (79, "Eightieth year")  # the organs' line: facts


def test_search_facts_finds_facts_glued_together() -> None:
    """Page furniture "United NationsA/RES/58/166General Assembly": symbol and body, nothing left."""
    doc = doc_state()
    assert search_facts(doc, line("United NationsA/RES/58/166General Assembly")) is True
    assert (doc.facts.symbol, doc.facts.body) == ("A/RES/58/166", "General Assembly")


def test_search_facts_keys_a_council_resolutions_symbol_with_its_year() -> None:
    """ "United Nations S/RES/2768 (2025)": the year is the symbol's, keyed without the space."""
    doc = doc_state()
    assert search_facts(doc, line("United Nations S/RES/2768 (2025)")) is True
    assert doc.facts.symbol == "S/RES/2768(2025)"


def test_search_facts_says_when_words_are_left() -> None:
    """ "A/56/583 Fifty-sixth session Report": facts taken, but a word is left over."""
    doc = doc_state()
    assert search_facts(doc, line("A/56/583 Fifty-sixth session Report")) is False
    assert (doc.facts.symbol, doc.facts.session) == ("A/56/583", 56)


def test_read_furniture_takes_facts_from_running_headers() -> None:
    """Every furniture line is searched; a symbol already set is not overwritten (a warning)."""
    doc = doc_state()
    doc.facts.symbol = "A/RES/56/145"
    read_furniture(doc, [Block("A/RES/56/146\n6 February 2002", 1)])
    assert doc.facts.symbol == "A/RES/56/145"
    assert doc.facts.distributed == date(2002, 2, 6)
    assert [(e.rule, e.line) for e in doc.log] == [("conflicting-metadata", 1)]


def test_set_fact_keeps_the_first_value_and_warns_of_a_second() -> None:
    """A fact is set once; a different second value is a warning, the same one is silent."""
    doc = doc_state()
    doc.set_fact("session", 56, 1)
    doc.set_fact("session", 56, 2)
    doc.set_fact("session", 57, 3)
    assert doc.facts.session == 56
    assert doc.log == [LogEntry("warning", "conflicting-metadata", 3, "session: 57 differs from 56; kept the first")]


# -- lines -------------------------------------------------------------------------------


def test_lines_of_splits_blocks_and_takes_markers_out() -> None:
    """A text block's lines, numbered from the block's line; a heading is one line; the
    emphasis around a sign-off line is not part of it."""
    items = list(
        lines_of(
            [Block(f"Agenda item 119 (a){sentinel('1')}\n*83rd plenary meeting*", 5), Block("A\ntitle", 8, "heading")]
        )
    )
    assert [(i.text, i.line, i.heading, i.index) for i in items] == [
        ("Agenda item 119 (a)", 5, False, 0),
        ("83rd plenary meeting", 6, False, 1),
        ("A title", 8, True, 0),
    ]
    assert items[0].markers == [("1", 19)]


def test_bracketed_joined_closes_a_bracket_on_a_later_line() -> None:
    """ "[on the report of the ..." / "(Fourth Committee) (A/78/417)]" is one line, markers shifted."""
    first = line("[on the report of the Special Political and Decolonization Committee", 3)
    second = line(f"(Fourth Committee) (A/78/417)]{sentinel('2')}", 4)
    joined = bracketed_joined([first, second, line("Original: English", 5)])
    assert [i.text for i in joined] == [
        "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/78/417)]",
        "Original: English",
    ]
    assert joined[0].markers == [("2", len(joined[0].text))]


# -- the Security Council -------------------------------------------------------------


def test_council_resolution_takes_number_year_and_body() -> None:
    """ "Resolution 242 (1967)": number and year make the symbol's number (no space, as the
    canonical symbol prints it); only the Council numbers so, which is said as the body's
    provenance; the date is owed by the next line."""
    m = masthead()
    assert council_resolution(m, line("Resolution 242 (1967)", 1)) is True
    assert (m.doc.number, m.doc.facts.body, m.doc.facts.doc_type, m.expect) == (
        "242(1967)",
        "Security Council",
        "resolution",
        "dated",
    )
    assert "only the Security Council" in m.doc.provenance["body"]


def test_council_resolution_reads_the_oldest_volumes_and_a_date_on_the_line() -> None:
    """ "3 (1946). Resolution of 4 April 1946", "RESOLUTION 813 (1993)", "Resolution 477
    (1980) of 30 July 1980": the date where the line prints it, nothing left owed."""
    cases = {
        "3 (1946). Resolution of 4 April 1946": ("3(1946)", date(1946, 4, 4)),
        "1 (1946) Resolution of 25 January 1946": ("1(1946)", date(1946, 1, 25)),
        "Resolution 477 (1980) of 30 July 1980": ("477(1980)", date(1980, 7, 30)),
        "RESOLUTION 813 (1993)": ("813(1993)", None),
    }
    for printed, (number, adopted) in cases.items():
        m = masthead()
        assert council_resolution(m, line(printed, 1)) is True
        assert (m.doc.number, m.doc.facts.adopted) == (number, adopted), printed


def test_council_resolution_keeps_a_body_already_read_and_declines_other_numbers() -> None:
    """A body stated before is kept; "56/145. Title", "Resolution 290" (no year) and a
    year that is no year are not the Council's titles."""
    m = masthead()
    m.doc.facts.body = "Security Council"
    assert council_resolution(m, line("Resolution 2768 (2025)", 1)) is True
    assert "body" not in m.doc.provenance
    for printed in (
        "56/145. International Convention",
        "Resolution 290",
        "Resolution 361 (197-4)",
        "Resolution 12 (III)",
    ):
        assert_declines(council_resolution, masthead(), line(printed, 1))


def test_yearless_council_resolution_keeps_the_number_and_owes_the_date() -> None:
    """ "Resolution 290" (no year), "Resolution 361 (197-4)" (a year garbled): the number
    and what the brackets held, kept until the formula names the Council; the date is
    owed by the next line."""
    for printed, kept in (("Resolution 290", ("290", "")), ("Resolution 361 (197-4)", ("361", "197-4"))):
        m = masthead()
        assert yearless_council_resolution(m, line(printed, 1)) is True
        assert (m.doc.yearless_number, m.doc.number, m.expect) == (kept, None, "dated")
        assert m.doc.facts.body is None  # not said before the formula says it


def test_yearless_council_resolution_declines_a_year_read_a_session_or_a_number_known() -> None:
    """ "Resolution 242 (1967)" is council_resolution's; "Resolution 12 (III)" the
    Assembly's, its session in roman numerals; nor after a number was read."""
    assert_declines(yearless_council_resolution, masthead(), line("Resolution 242 (1967)", 1))
    assert_declines(yearless_council_resolution, masthead(), line("Resolution 12 (III)", 1))
    assert_declines(yearless_council_resolution, masthead(), line("Resolution adopted by the Council", 1))
    m = masthead()
    m.doc.number = "242(1967)"
    assert_declines(yearless_council_resolution, m, line("Resolution 290", 3))


def test_adopted_at_meeting_reads_the_meeting_of_a_date_printed_without_its_day() -> None:
    """ "... at its 3158th meeting, on January 1993": the meeting read, the date not (it
    has no day), and said."""
    m = masthead()
    assert adopted_at_meeting(m, line("Adopted by the Security Council at its 3158th meeting, on January 1993", 2))
    assert (m.doc.facts.meeting, m.doc.facts.adopted, m.expect) == ("3158th meeting", None, "")
    assert [e.rule for e in m.doc.log] == ["dayless-date"]


def test_record_meeting_record_day_presiding_and_meeting_place_of_a_verbatim_record() -> None:
    """ "64th plenary meeting" (the record's title and meeting), "Wednesday, 16 April 2025,
    10 a.m. New York" (its day, hour and place; the place may be on the next line),
    "President: Mr. Yang . . . (Cameroon)" (without the leader dots)."""
    m = masthead()
    assert record_meeting(m, line("64th plenary meeting", 5)) is True
    assert (m.doc.facts.title, m.doc.facts.meeting, m.doc.facts.doc_type) == (
        "64th plenary meeting",
        "64th plenary meeting",
        "verbatim record",
    )
    assert record_day(m, line("Wednesday, 16 April 2025, 10 a.m. New York", 6)) is True
    assert (m.doc.facts.dated, m.doc.extra["time"], m.doc.extra["place"], m.expect) == (
        date(2025, 4, 16),
        "10 a.m.",
        "New York",
        "",
    )
    assert presiding(m, line("President: Mr. Yang . . . . . . . . . . (Cameroon)", 8)) is True
    assert m.doc.extra["president"] == "Mr. Yang (Cameroon)"
    m = masthead()
    m.doc.facts.doc_type = "verbatim record"
    assert record_day(m, line("Tuesday, 3 June 2025, 3 p.m.", 6)) is True
    assert m.expect == "place"
    assert meeting_place(m, line("Geneva", 7)) is True
    assert (m.doc.extra["place"], m.expect) == ("Geneva", "")


def test_record_rules_decline_outside_a_record_or_other_lines() -> None:
    """A meeting line under a resolution's masthead, a day or a president's line where no
    record's meeting was read, a place not owed or not a place's name."""
    m = masthead()
    m.doc.facts.doc_type = "resolution"
    assert_declines(record_meeting, m, line("64th plenary meeting", 5))
    assert_declines(record_meeting, masthead(), line("64th plenary meeting of the session", 5))
    assert_declines(record_day, masthead(), line("Wednesday, 16 April 2025, 10 a.m.", 6))
    assert_declines(presiding, masthead(), line("President: Mr. Yang (Cameroon)", 8))
    assert_declines(meeting_place, masthead(), line("Geneva", 7))
    assert_declines(meeting_place, masthead("place"), line("16 April 2025", 7))


def test_symbol_with_part_reads_the_part_in_the_mastheads_language() -> None:
    """ "E/ICEF/672 (Part II)" as printed; "E/ICEF/672(Première partie) 23 mai 1980" and
    "(Segunda parte)": the same symbol in every language, its part read and said, what
    follows kept as written."""
    m = masthead()
    assert symbol_with_part(m, line("E/ICEF/672 (Part II)", 4)) is True
    assert (m.doc.facts.symbol, m.doc.log) == ("E/ICEF/672 (Part II)", [])
    m = masthead()
    assert symbol_with_part(m, line("E/ICEF/672(Première partie) 23 mai 1980", 4, heading=True)) is True
    assert (m.doc.facts.symbol, m.doc.extra["header"]) == ("E/ICEF/672 (Part I)", "23 mai 1980")
    assert [e.rule for e in m.doc.log] == ["symbol-part"]
    m = masthead()
    assert symbol_with_part(m, line("E/ICEF/672 (Segunda parte)", 4)) is True
    assert m.doc.facts.symbol == "E/ICEF/672 (Part II)"


def test_symbol_with_part_declines_a_bracket_that_is_no_part_or_a_symbol_read() -> None:
    """ "S/RES/242 (1967)" (a year), "(Part of the report)", a word that is no symbol
    ("Chapitre (Première partie)"), or once the symbol is read."""
    for printed in ("S/RES/242 (1967)", "A/79/100 (Part of the report)", "Chapitre (Première partie)"):
        assert_declines(symbol_with_part, masthead(), line(printed, 4))
    m = masthead()
    m.doc.facts.symbol = "E/ICEF/672 (Part I)"
    assert_declines(symbol_with_part, m, line("E/ICEF/672 (Part II)", 30))


def test_adopted_at_meeting_takes_body_meeting_and_date() -> None:
    """ "Adopted by the Security Council at its 3102nd meeting on 30 July 1992"."""
    m = masthead()
    assert adopted_at_meeting(m, line("Adopted by the Security Council at its 3102nd meeting on 30 July 1992", 2))
    facts = m.doc.facts
    assert (facts.body, facts.meeting, facts.adopted, m.expect) == (
        "Security Council",
        "3102nd meeting",
        date(1992, 7, 30),
        "",
    )


def test_adopted_at_meeting_without_date_expects_it_next() -> None:
    """ "Adopted by the Security Council at its 3187th meeting," / "on 26 March 1993"."""
    m = masthead()
    assert adopted_at_meeting(m, line("Adopted by the Security Council at its 3187th meeting,", 2)) is True
    assert (m.doc.facts.meeting, m.expect) == ("3187th meeting", "adopted-by")
    assert adoption_date(m, line("on 26 March 1993", 3)) is True
    assert m.doc.facts.adopted == date(1993, 3, 26)


def test_adopted_at_meeting_declines_a_sign_off_or_a_resolution_adopted_by() -> None:
    """The sign-off's "Adopted at the 2963rd meeting" and the Assembly's "Resolution adopted
    by" are other lines."""
    assert_declines(adopted_at_meeting, masthead(), line("Adopted at the 2963rd meeting by 12 votes to 2", 2))
    assert_declines(adopted_at_meeting, masthead(), line("Resolution adopted by the General Assembly", 2))


def test_draft_adopted_takes_a_bracketed_symbol() -> None:
    """ "[S/727]" under a resolution's title: the draft it was adopted on."""
    m = masthead()
    assert draft_adopted(m, line("[S/727]", 2)) is True
    assert m.doc.facts.based_on == "S/727"


def test_draft_adopted_declines_other_brackets_and_a_report() -> None:
    """A bracketed line that is not a symbol alone, or a report's masthead, is not a draft."""
    assert_declines(draft_adopted, masthead(), line("[S/1070}", 2))
    assert_declines(draft_adopted, masthead(), line("[on the report of the Third Committee (A/78/481)]", 2))
    m = masthead()
    m.doc.facts.doc_type = "report"
    assert_declines(draft_adopted, m, line("[S/727]", 2))


def test_read_masthead_joins_a_wrapped_adoption_line() -> None:
    """ "Adopted by the Security Council at its" / "3163rd meeting, on 25 January 1993" is
    one line (``lines.adoption_joined``); so is a date wrapped alone onto the next line."""
    for wrapped in (
        "Adopted by the Security Council at its\n3163rd meeting, on 25 January 1993",
        "Adopted by the Security Council at its 3163rd meeting, on\n25 January 1993",
    ):
        doc = doc_state()
        read_masthead(doc, [Block("RESOLUTION 802 (1993)", 1, "heading"), Block(wrapped, 3)])
        assert (doc.number, doc.facts.meeting, doc.facts.adopted) == ("802(1993)", "3163rd meeting", date(1993, 1, 25))
        assert not [entry for entry in doc.log if entry.kind == "warning"]


def test_search_facts_reads_a_joint_documents_two_symbols_and_two_organs() -> None:
    """ "A/ES-10/1022-S/2025/92" / "General Assembly" / "Security Council": the document's
    symbol is the first (an emergency special session's, whole), the other is the symbol
    it is also issued as, the second organ the other issuer; no conflict said."""
    doc = doc_state()
    read_masthead(
        doc,
        [Block("United Nations A/ES-10/1022-S/2025/92", 1), Block("General Assembly", 2), Block("Security Council", 3)],
    )
    assert (doc.facts.symbol, doc.facts.body) == ("A/ES-10/1022", "General Assembly")
    assert (doc.extra["also_issued_as"], doc.extra["joint_body"]) == (["S/2025/92"], "Security Council")
    assert not [entry for entry in doc.log if entry.kind == "warning"]


def test_resolution_title_of_an_emergency_special_session() -> None:
    """ "ES-11/1. Aggression against Ukraine": the number whole (its symbol A/RES/ES-11/1)."""
    m = masthead()
    assert resolution_title(m, line("ES-11/1. Aggression against Ukraine", 4)) is True
    assert (m.doc.number, m.doc.facts.title) == ("ES-11/1", "Aggression against Ukraine")


def test_official_records_takes_a_reports_cover_lines() -> None:
    """ "Official Records Eightieth Session Supplement No. 44" (or its lines apart): where the
    report is published, kept as such, never its title."""
    m = masthead()
    assert official_records(m, line("Official Records Eightieth Session Supplement No. 44", 5, heading=True)) is True
    assert official_records(m, line("Supplement No. 11", 9)) is True
    assert m.doc.extra["official_records"] == "Official Records Eightieth Session Supplement No. 44 Supplement No. 11"


def test_official_records_declines_other_lines() -> None:
    assert_declines(official_records, masthead(), line("Official Records of the Security Council, Third Year", 5))
    assert_declines(official_records, masthead(), line("Report of the Committee against Torture", 5))


def test_glued_facts_reads_an_old_masthead_set_in_capitals() -> None:
    """ "UNITED NATIONS A" (the organ's letter) and "Distr. GENERAL": facts, nothing left."""
    m = masthead()
    assert glued_facts(m, line("UNITED NATIONS A", 1, heading=True)) is True
    assert glued_facts(m, line("Distr. GENERAL", 2, heading=True)) is True
    assert m.doc.extra["distribution"] == "General"


def test_read_masthead_keeps_the_markers_of_headings_and_lines_kept_as_header_text() -> None:
    """A/80/150: "Provisional agenda of the eightieth regular session of the General
    Assembly*" is a heading the title is not taken from ("To convene at ..." below it is):
    its note "*" leads from it, where it stands in the other header text. HRI/MC/2025/1:
    a line no rule understands ("Sent in*") likewise. A line
    claimed as the title keeps its marker on the title, not twice."""
    doc = doc_state()
    star = sentinel("*")
    blocks = [
        Block("United Nations A/80/150", 1),
        Block(f"Provisional agenda of the eightieth regular session of the General\nAssembly{star}", 6, "heading"),
        Block("To convene at United Nations Headquarters, New York, on\nTuesday, 9 September 2025", 8, "heading"),
    ]
    read_masthead(doc, blocks)
    assert doc.facts.title is not None and doc.facts.title.startswith("To convene at")
    header = doc.extra["header"]
    assert header == "Provisional agenda of the eightieth regular session of the General Assembly"
    assert [(r.marker, r.offset) for r in doc.metadata_refs["header"]] == [("*", len(header))]
    assert doc.notes.order == ["*"]
    doc = doc_state()
    blocks = [
        Block("Thirty-seventh meeting of Chairs\nof the treaty bodies", 8, "heading"),
        Block(f"Sent in{star}", 13),
    ]
    read_masthead(doc, blocks)
    assert doc.extra["header"] == "Sent in"
    assert [(r.marker, r.offset) for r in doc.metadata_refs["header"]] == [("*", len(doc.extra["header"]))]


def test_read_masthead_a_marked_line_claimed_as_the_title_marks_the_title_only() -> None:
    """Declines: "Annual report on evaluation, 2024*" above "Corrigendum" is the title
    (claimed after it was kept as header text): its marker is the title's, the header
    (none left) marks nothing."""
    doc = doc_state()
    star = sentinel("*")
    blocks = [
        Block("United Nations DP/2025/14/Corr.1", 1),
        Block(f"Annual report on evaluation, 2024{star}", 15),
        Block("Corrigendum", 16),
    ]
    read_masthead(doc, blocks)
    assert doc.facts.title == "Annual report on evaluation, 2024"
    assert [r.marker for r in doc.metadata_refs["title"]] == ["*"]
    assert "header" not in doc.metadata_refs and "header" not in doc.extra
