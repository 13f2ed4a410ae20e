"""Where a document's parts begin and end: masthead / opening / body (``split_parts``),
the sign-off (``take_signoff``, ``read_signoff``), whole paragraphs (``rejoined``) and
annexes (``split_annexes``, ``read_annexes``)."""

from __future__ import annotations

from datetime import date

from build_scripts.metadata import SPEAKER_RE
from build_scripts.readers.base import Block
from build_scripts.structure.annexes import read_annexes, split_annexes
from build_scripts.structure.genres import ANNEX_BODY
from build_scripts.structure.parts import is_fact_line, split_parts
from build_scripts.structure.rejoin import rejoined
from build_scripts.structure.signoff import (
    read_signoff,
    say_unread,
    take_signoff,
    take_signoff_after_annexes,
    take_text_after,
)

from .helpers import doc_state, raw_document, sentinel

ADOPTION_NOTE = "[Adopted without a vote. See chap. XIV. - E/CN.4/2003/L.11/Add.4]"

# -- split_parts ------------------------------------------------------------------------------


def test_split_parts_at_the_opening_formula() -> None:
    """Before "The General Assembly," is the masthead, after it the body."""
    blocks = [
        Block("General Assembly", 1),
        Block("56/145. Protection of migrants", 2, "heading"),
        Block("The General Assembly,", 3),
        Block("Reaffirming its resolution 55/88,", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:2], blocks[2], blocks[3:])


def test_split_parts_sets_apart_the_end_of_the_text_printed_before() -> None:
    """S/RES/851 (1993) (cr-unsc): the file opens within the statement the volume printed
    before ("cease its armed attacks. ..."), then the meeting's decision, then "Resolution
    851 (1993)": those blocks are set apart, the masthead is the title and its date. A
    text opening in lower case with no Council title in its first blocks keeps them."""
    blocks = [
        Block("cease its armed attacks. The Council expresses its condemnation of\nsuch criminal attacks.", 1),
        Block("At its 3254th meeting, on 15 July 1993, the Council decided to invite the representatives.", 6),
        Block("Resolution 851 (1993)\nof 15 July 1993", 20),
        Block("The Security Council,", 23),
        Block("Reaffirming its resolutions 696 (1991) of 30 May 1991,", 25),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.before, parts.masthead, parts.opening, parts.body) == (blocks[:2], [blocks[2]], blocks[3], blocks[4:])
    untitled = [blocks[0], blocks[1], blocks[3], blocks[4]]
    assert split_parts(raw_document(*untitled)).before == []


def test_split_parts_after_a_numbered_title_without_formula() -> None:
    """A resolution printed without its formula: the body follows its title "56/145. ..."."""
    blocks = [
        Block("General Assembly", 1),
        Block("56/145. Protection of migrants", 2),
        Block("Reaffirming its resolution 55/88,", 3),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:2], None, blocks[2:])


def test_split_parts_after_a_council_title_and_the_lines_dating_it() -> None:
    """A Security Council resolution printed without its formula: the body follows its
    title and the lines that date it, the meeting's and the draft's."""
    blocks = [
        Block("RESOLUTION 768 (1992)", 1, "heading"),
        Block("Adopted by the Security Council at its 3102nd meeting on 30 July 1992", 3),
        Block("[S/24362]", 4),
        Block("Recalling its resolutions 425 (1978) and 426 (1978),", 6),
        Block("1. Decides to extend the present mandate;", 8),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body, parts.found) == (blocks[:3], None, blocks[3:], "title")


def test_split_parts_after_an_amendments_sponsors_and_draft() -> None:
    """An amendment: sponsors, the draft's title, then its text."""
    blocks = [
        Block("A/C.3/56/L.80", 1),
        Block("Cuba: amendments to draft resolution A/C.3/56/L.45", 2),
        Block("Protection of migrants", 3),
        Block("Insert a new paragraph after operative paragraph 3:", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:3], None, blocks[3:])


def test_split_parts_report_from_paragraph_1_with_its_section_heading() -> None:
    """A report's body begins at "1." with the section heading just before it."""
    blocks = [
        Block("A/56/583", 1),
        Block("Report of the Secretary-General", 2),
        Block("I. Introduction", 3, "heading"),
        Block("1. The present report is submitted pursuant to resolution 55/88.", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:2], None, blocks[2:])


def test_split_parts_report_from_a_glued_paragraph_1() -> None:
    """ "1.Pursuant" (its space lost) opens a report's body too; "1.5 per cent" does not."""
    blocks = [
        Block("A/56/385", 1),
        Block("1.5 per cent of the budget", 2),
        Block("Report of the Secretary-General", 3),
        Block("1.Pursuant to General Assembly resolution 54/222,", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:3], blocks[3:], "numbered")


def test_split_parts_without_genre_marks_ends_the_masthead_at_the_line_naming_it() -> None:
    """A letter: no formula, no numbered title, no paragraph 1. Its masthead runs to the
    line naming it ("Letter dated ..."), the agenda item's title with it; the first line
    of its text, short and unfinished, is the body's; it was found "named"."""
    blocks = [
        Block("United Nations A/79/756-S/2025/61", 1),
        Block("Distr.: General\n27 January 2025", 2, "heading"),
        Block("Agenda item 32", 4),
        Block("Prevention of armed conflict", 5),
        Block("Letter dated 27 January 2025 from the Permanent Representative of\nUkraine", 6, "heading"),
        Block("I have the honour to transmit herewith the comment of the Ministry", 8),
        Block("of Foreign Affairs (see annex).", 9, "heading"),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body, parts.found) == (blocks[:5], None, blocks[5:], "named")


def test_split_parts_a_long_line_naming_a_letter_still_ends_its_masthead() -> None:
    """ "Letter dated ... from the representatives of" nine States "... addressed to the
    President of the Security Council" (over 40 words): the masthead's last line."""
    naming = (
        "Letter dated 24 March 2025 from the representatives of Bahrain, Egypt, Indonesia, Jordan, Nigeria,"
        " Qatar, Saudi Arabia, Türkiye and the United Arab Emirates and the Permanent Observer of the State"
        " of Palestine to the United Nations addressed to the President of the Security Council"
    )
    blocks = [
        Block("United Nations S/2025/182", 1),
        Block(naming, 7, "heading"),
        Block("We have the honour to write.", 12),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:2], blocks[2:], "named")


def test_split_parts_of_an_executive_boards_draft_decision_at_its_formula() -> None:
    """ "The Executive Board" without its comma opens a board's decision."""
    blocks = [
        Block("United Nations E/ICEF/2025/L.9", 1),
        Block("Draft decision submitted to the Executive Board", 11),
        Block("Annual report on UNICEF humanitarian action", 12),
        Block("The Executive Board", 13),
        Block("Takes note of the annual report on UNICEF humanitarian action.", 14),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:3], blocks[3], blocks[4:])


def test_split_parts_a_councils_amendment_has_no_title_after_its_sponsors() -> None:
    """The Council's amendment names the draft by symbol: its text follows the sponsors'
    line at once; a General Assembly amendment's next line is the draft's title."""
    blocks = [
        Block("United Nations S/2025/117", 1),
        Block("Russian Federation: amendment to the draft resolution contained in document S/2025/112", 5),
        Block("In the operative paragraph, after “swift end of the conflict” insert", 7),
        Block("“including addressing its root causes”.", 8),
    ]
    assert split_parts(raw_document(*blocks)).masthead == blocks[:2]
    general = [blocks[0], Block("Cuba: amendments to draft resolution A/C.3/56/L.45", 5), *blocks[2:]]
    assert split_parts(raw_document(*general)).masthead == general[:3]


def test_split_parts_of_a_report_ends_its_masthead_at_its_summary() -> None:
    """A summary set line by line (no line prose) before paragraph 1: the masthead ends
    at "Summary", its lines are the body's, never the title."""
    blocks = [
        Block("United Nations E/ICEF/2025/25", 1),
        Block("Annual report on the risk profile of UNICEF", 11),
        Block("Summary", 12),
        Block("In accordance with Executive Board decision 2024/16, this document presents", 13),
        Block("an annual report on the risk profile of UNICEF.", 14, "heading"),
        Block("1. The present report is submitted.", 20),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.found) == (blocks[:2], "numbered")


def test_split_parts_a_long_agenda_title_in_bold_stays_in_the_masthead() -> None:
    """An agenda item's title set as a heading runs to 43 words (E/CN.5/2025/5's): still
    the masthead's; the same words as plain text are past a title's length, the body's."""
    agenda_title = " ".join(["Follow-up to the World Summit for Social Development"] * 5) + " and ageing"
    assert len(agenda_title.split()) > 40
    blocks = [
        Block("United Nations E/CN.5/2025/5", 1),
        Block("Item 3 (b) (iii) of the provisional agenda", 4),
        Block(agenda_title, 5, "heading"),
        Block("Report of the Secretary-General", 7, "heading"),
        Block("The present report is submitted pursuant to resolution 2023/15.", 9),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.found) == (blocks[:4], "named")
    plain = [*blocks[:2], Block(agenda_title, 5), *blocks[3:]]
    assert plain[2] not in split_parts(raw_document(*plain)).masthead


def test_split_parts_of_a_letter_is_not_cut_at_its_annexed_draft_or_its_list() -> None:
    """A letter's prose before a paragraph "1." or the formula of the draft it annexes:
    the masthead ends at the line naming the letter (the prose is never masthead)."""
    prose = Block(
        "On instructions from my Government, I have the honour to transmit the text of a draft resolution"
        " on the observer status of the organization in the General Assembly.",
        6,
    )
    blocks = [
        Block("United Nations A/80/192", 1),
        Block("Letter dated 2 May 2025 from the Permanent Representative of X", 4, "heading"),
        prose,
        Block("1. The draft asks the Assembly to act.", 7),
        Block("Annex to the letter dated 2 May 2025", 8),
        Block("The General Assembly,", 9),
        Block("1. Decides to act.", 10),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body, parts.found) == (blocks[:2], None, blocks[2:], "named")


def test_split_parts_of_a_report_with_a_summary_is_numbered_from_its_masthead() -> None:
    """A report's summary (prose) before its paragraph 1: the body begins after the line
    naming it, and the report is read as numbered (the summary its lead paragraphs)."""
    summary = Block(
        "The present report, submitted pursuant to resolution 78/1, describes the work of the Office"
        " over the year and its plans for the next.",
        5,
    )
    blocks = [
        Block("A/80/1", 1),
        Block("Report of the Secretary-General", 3),
        Block("Summary", 4, "heading"),
        summary,
        Block("I. Introduction", 6, "heading"),
        Block("1. The Assembly, in its resolution 78/1, asked for this report.", 7),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:2], blocks[2:], "numbered")


def test_split_parts_of_a_report_with_its_contents_is_not_cut_at_a_contents_entry() -> None:
    """ "1. Elements ... 8" in the table of contents is no paragraph 1: the contents are
    the body's, from the line naming the report on."""
    blocks = [
        Block("A/80/11", 1),
        Block("Report of the Committee on Contributions", 2, "heading"),
        Block("Contents", 3, "heading"),
        Block("1. Elements for making comparative estimates of national income ................ 8", 4),
        Block("I. Attendance", 6, "heading"),
        Block("1. The Committee on Contributions held its eighty-fifth session in New York.", 7),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:2], blocks[2:], "numbered")


def test_split_parts_of_a_report_without_naming_line_runs_its_masthead_to_its_summary() -> None:
    """An executive board's report (no "Report of the ..." line): its masthead runs to its
    "Summary", not only its leading facts, so that its title is read."""
    summary = Block(
        "This annual report of the Administrator takes stock of progress three years into the plan"
        " and sets out what remains to be done.",
        6,
    )
    blocks = [
        Block("United Nations DP/2025/12", 1),
        Block("Executive Board of the", 2),
        Block("Distr.: General\n7 April 2025", 3, "heading"),
        Block("Cumulative review of the Strategic Plan, 2022-2025", 4, "heading"),
        Block("Summary", 5),
        summary,
        Block("I. Introduction", 7, "heading"),
        Block("1. The present report reviews the plan.", 8),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:4], blocks[4:], "numbered")


def test_split_parts_without_structure_keeps_the_leading_fact_lines() -> None:
    """Nothing names the document: the masthead is the leading lines of facts (or that state
    a symbol), the rest is the body, never empty; no error."""
    blocks = [Block("Naciones Unidas S/2023/664", 1), Block("Some text", 7), Block("More text", 8)]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:1], blocks[1:], "none")
    only = [Block("A/79/1", 1)]
    assert (split_parts(raw_document(*only)).body, split_parts(raw_document()).body) == (only, [])


def test_split_parts_of_a_typewritten_masthead_keeps_its_wrapped_heading_and_ocr_symbol() -> None:
    """ "UNITED" / "NATIONS" set as one heading on two lines, "Distr." / "GENERAL" and an
    OCR'd "A/39/36I": the masthead's facts, though no line alone is one; a block that
    joins into no fact is not."""
    blocks = [
        Block("UNITED\nNATIONS", 1, "heading"),
        Block("General Assembly", 3),
        Block("Distr.", 4),
        Block("GENERAL", 5),
        Block("A/39/36I", 6),
        Block("Some text of the progress report that follows it", 11),
        Block("and is long enough to be prose for the body to read.", 12),
    ]
    assert split_parts(raw_document(*blocks)).masthead == blocks[:5]
    other = [Block("UNITED\nWORDS", 1, "heading"), *blocks[1:]]
    assert split_parts(raw_document(*other)).masthead == []


def test_split_parts_of_a_report_without_paragraph_1_runs_its_masthead_to_its_summary() -> None:
    """No line naming it, no paragraph 1, but "Summary" after short masthead lines: the
    masthead ends there, the document read as a report ("summary"); a block of prose
    before it leaves the cut to the generic reading."""
    blocks = [
        Block("United Nations GEGN.2/2025/64", 1),
        Block("Item 7 (a) of the provisional agenda", 8, "heading"),
        Block("Implementation by New Zealand of relevant resolutions", 12, "heading"),
        Block("Summary", 14),
        Block("The report pertains to the implementation by New Zealand of relevant", 15),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.found) == (blocks[:3], "summary")
    prose = Block("The Group met twice. It adopted its report on the matters before it, with thanks to all.", 10)
    parts = split_parts(raw_document(*blocks[:2], prose, *blocks[2:]))
    assert parts.found == "none"


def test_split_parts_a_long_bold_agenda_title_above_the_naming_line_is_the_mastheads() -> None:
    """A 63-word agenda title in bold right above "Statement submitted by ...": in the
    masthead, which ends at the naming line; the same heading above prose is not."""
    agenda_title = " ".join(["Follow-up to the World Summit for Social Development"] * 8)
    assert len(agenda_title.split()) > 60
    blocks = [
        Block("United Nations E/CN.5/2025/NGO/12", 1),
        Block(agenda_title, 8, "heading"),
        Block("Statement submitted by Sikh Human Rights Group, a non-governmental organization", 16, "heading"),
        Block("The Secretary-General has received the following statement, which is being circulated.", 19),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.found) == (blocks[:3], "named")
    other = [blocks[0], blocks[1], blocks[3]]
    assert blocks[1] not in split_parts(raw_document(*other)).masthead


def test_is_fact_line() -> None:
    """Lines ``search_facts`` would take whole; a title or a sentence is not one."""
    facts = ["United Nations A/79/756-S/2025/61", "General Assembly Distr.: General", "27 January 2025"]
    facts += ["Seventy-ninth session", "Agenda item 119 (a)", "Original: English", "Security Council"]
    assert all(is_fact_line(line) for line in facts)
    facts += [
        "Naciones Unidas S/2023/664",
        "Consejo de Seguridad Distr. general",
        "13 de septiembre de 2023",
        "Español",
    ]
    assert all(is_fact_line(line) for line in facts)
    prose = ("Prevention of armed conflict", "Письмо постоянных представителей Новой Зеландии", "Carta de fecha")
    assert not any(is_fact_line(line) for line in prose)


# -- the sign-off -------------------------------------------------------------------------------


def test_take_signoff_takes_trailing_meeting_date_and_note_blocks() -> None:
    """The trailing blocks made only of closing lines are the sign-off."""
    body = [
        Block("3. Decides to continue its consideration of the question.", 20),
        Block("83rd plenary meeting\n17 December 1999", 21),
        Block(ADOPTION_NOTE, 23),
    ]
    assert take_signoff(body) == (body[:1], body[1:])


def test_take_signoff_takes_a_councils_wrapped_adoption_line() -> None:
    """ "Adopted at the 127th meet-" / "ing by 8 votes to none," / ...: one sign-off whose
    lines are not closing lines each, but are together."""
    body = [
        Block("4. Decides to remain seized of the matter.", 20),
        Block("Adopted at the 127th meet-\ning by 8 votes to none,\nwith 2 abstentions (Poland,\nSyria).", 22),
    ]
    assert take_signoff(body) == (body[:1], body[1:])


def test_take_signoff_stops_at_a_block_with_another_line() -> None:
    """A block mixing a closing line with text, or a heading, is the body's."""
    body = [Block("83rd plenary meeting\nDecides to adjourn.", 21), Block("17 December 1999", 23, "heading")]
    assert take_signoff(body) == (body, [])


def test_take_signoff_after_annexes_takes_the_councils_sign_off_printed_after_them() -> None:
    """The Council's volumes print the revised rules a resolution annexes, then "Adopted at
    the 1463rd meeting.": the sign-off is the last annex's trailing blocks when the body
    has none. Not when the body ends with its own, nor from an annex that is only a
    heading, nor a date alone closing an annexed decision."""
    body = [Block("Decides to approve the rules annexed.", 5)]
    annex = [Block("ANNEX", 7, "heading"), Block("Rule 41", 8, "heading"), Block("Chinese shall be ...", 9)]
    signoff = [Block("Adopted at the 1463rd meeting.", 11)]
    assert take_signoff_after_annexes(body, [annex + signoff]) == (body, [annex], signoff)
    own = [*body, Block("Adopted at the 1464th meeting.", 6)]
    assert take_signoff_after_annexes(own, [annex + signoff]) == (own[:1], [annex + signoff], own[1:])
    bare = [Block("ANNEX", 7, "heading"), *signoff]
    assert take_signoff_after_annexes(body, [bare]) == (body, [bare], [])
    assert take_signoff_after_annexes(body, []) == (body, [], [])
    dated = [*annex, Block("19 June 2025", 11)]  # an annexed decision's date is the annex's
    assert take_signoff_after_annexes(body, [dated]) == (body, [dated], [])


def test_read_signoff_meeting_date_vote_chapter_and_draft() -> None:
    """Meeting, adoption date, the vote, the report's chapter and the draft adopted."""
    doc = doc_state()
    read_signoff(doc, [Block("*83rd plenary meeting*\n*17 December 1999*", 21), Block(ADOPTION_NOTE, 23)])
    facts = doc.facts
    assert (facts.meeting, facts.adopted, facts.vote, facts.based_on) == (
        "83rd plenary meeting",
        date(1999, 12, 17),
        "without a vote",
        "E/CN.4/2003/L.11/Add.4",
    )
    assert doc.extra == {"report_chapter": "XIV"}
    assert doc.closing_lines == ["83rd plenary meeting", "17 December 1999", ADOPTION_NOTE]


def test_read_signoff_meeting_and_date_on_one_line() -> None:
    """ "52nd plenary meeting 1 December 2025" states both."""
    doc = doc_state()
    read_signoff(doc, [Block("52nd plenary meeting 1 December 2025", 30)])
    assert (doc.facts.meeting, doc.facts.adopted) == ("52nd plenary meeting", date(2025, 12, 1))


def test_read_signoff_a_recorded_vote() -> None:
    """ "Adopted by a recorded vote of ...": the vote as printed."""
    doc = doc_state()
    read_signoff(doc, [Block("Adopted by a recorded vote of 52 votes to none, with 1 abstention.", 30)])
    assert doc.facts.vote == "by a recorded vote of 52 votes to none, with 1 abstention"
    assert doc.facts.based_on is None


def test_read_signoff_a_councils_meeting_and_vote() -> None:
    """The Security Council's sign-off, however wrapped: the meeting and the vote as printed
    (its hyphen undone), "unanimously" or how else it was adopted; a marker after it is the
    meeting's."""
    doc = doc_state()
    lines = "Adopted at the 2963rd meeting by\n12 votes to 2 (Cuba and Yemen),\nwith 1 abstention (China)."
    read_signoff(doc, [Block(lines, 40)])
    assert (doc.facts.meeting, doc.facts.vote) == (
        "2963rd meeting",
        "by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China)",
    )
    assert doc.closing_lines == lines.split("\n")
    doc = doc_state()
    read_signoff(doc, [Block(f"Adopted unanimously at the 1382nd meet-\ning.{sentinel('22')}", 40)])
    assert (doc.facts.meeting, doc.facts.vote) == ("1382nd meeting", "unanimously")
    assert [ref.marker for ref in doc.metadata_refs["meeting"]] == ["22"]


def test_take_and_read_signoff_with_a_date_whose_year_is_glued_to_its_month() -> None:
    """ "47th plenary meeting" / "4 December2024" (A/RES/79/85): the sign-off, its date read
    and the repair said; "4 Decembre2024" is no date, nor is the block a sign-off."""
    body = [Block("31. Encourages Member States to make voluntary contributions.", 30)]
    signoff = [Block("47th plenary meeting\n4 December2024", 35)]
    assert take_signoff(body + signoff) == (body, signoff)
    doc = doc_state()
    read_signoff(doc, signoff)
    assert (doc.facts.meeting, doc.facts.adopted) == ("47th plenary meeting", date(2024, 12, 4))
    assert [e.rule for e in doc.log] == ["glued-year"]
    assert take_signoff([*body, Block("47th plenary meeting\n4 Decembre2024", 35)])[1] == []


def test_take_and_read_signoff_whose_meetings_number_the_scan_set_apart() -> None:
    """ "Adopted at the meeting." and below it, alone, "1504th": the sign-off, its meeting
    read whole (the marker after it the meeting's), the repair said."""
    body = [Block("4. Declares that such actions cannot be tolerated.", 40)]
    signoff = [Block(f"Adopted at the meeting.{sentinel('11')}", 42), Block("1504th", 44)]
    assert take_signoff(body + signoff) == (body, signoff)
    doc = doc_state()
    read_signoff(doc, signoff)
    assert doc.facts.meeting == "1504th meeting"
    assert [ref.marker for ref in doc.metadata_refs["meeting"]] == ["11"]
    assert [e.rule for e in doc.log] == ["meeting-set-apart"]


def test_take_signoff_declines_an_ordinal_alone_after_other_text() -> None:
    """An ordinal alone after a paragraph, or after a sign-off that prints its meeting, is
    not a meeting's number set apart."""
    for before in ("4. Declares that such actions cannot be tolerated.", "Adopted at the 1504th meeting."):
        blocks = [Block("1. Decides.", 38), Block(before, 40), Block("1505th", 44)]
        assert take_signoff(blocks)[1] == []


def test_say_unread_warns_of_a_resolutions_meeting_and_date_not_found() -> None:
    """A resolution with neither meeting nor date found: both said; a dayless date is said
    already; a report owes neither."""
    doc = doc_state()
    doc.facts.doc_type = "resolution"
    say_unread(doc)
    assert [e.rule for e in doc.log] == ["no-meeting", "no-adoption-date"]
    doc = doc_state()
    doc.facts.doc_type, doc.facts.meeting = "resolution", "3158th meeting"
    doc.note("warning", "dayless-date", 3, "adoption date printed without its day")
    say_unread(doc)
    assert [e.rule for e in doc.log] == ["dayless-date"]
    doc = doc_state()
    doc.facts.doc_type = "report"
    say_unread(doc)
    assert doc.log == []


def test_split_parts_a_sentences_subject_set_apart_is_no_opening_formula() -> None:
    """A letter's first line "The Ad Hoc Advisory Group on Haiti of the Economic and Social
    Council," carried on in lower case ("which I have the honour to chair") is its text,
    not a formula; "The Security Council," followed by "Recalling" is one."""
    blocks = [
        Block("Letter dated 9 May 2025 from the Permanent Representative of Canada", 5, "heading"),
        Block("The Ad Hoc Advisory Group on Haiti of the Economic and Social Council,", 8),
        Block("which I have the honour to chair, is deeply concerned about the crisis.", 9),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.opening, parts.found) == (None, "named")
    blocks[2] = Block("Recalling its resolution 2653 (2022),", 9)
    assert split_parts(raw_document(*blocks)).opening == blocks[1]


def test_split_parts_keeps_a_long_heading_of_agenda_titles_in_the_masthead() -> None:
    """ "Items 3 (a), (c), (d) and 6 of the provisional agenda" then a heading of the items'
    titles, 80 words: the masthead's, which runs on to "Note by the Secretariat"; a heading
    that ends as a sentence does after it is not."""
    titles = "Technical discussions on the implementation of the strategic plan for forests:\n" + (
        "Contributions of members of the Forum to implementing the plan and other developments\n" * 6
    )
    blocks = [
        Block("United Nations E/CN.18/2025/2", 1),
        Block("Twentieth session", 6),
        Block("New York, 5–9 May 2025\nItems 3 (a), (c), (d) and 6 of the provisional agenda", 7, "heading"),
        Block(titles.strip(), 9, "heading"),
        Block("Emerging issues", 30),
        Block("Technical discussions: activities in support of the thematic priorities", 35, "heading"),
        Block("Note by the Secretariat", 38),
        Block("Summary", 39),
        Block(
            "In accordance with resolution 2024/15, the Forum will hold technical discussions on the plan"
            " and its priorities at its twentieth session in New York.",
            40,
        ),
        Block("I. Introduction", 49, "heading"),
        Block("1. In accordance with the programme of work of the Forum, the present note is submitted.", 50),
    ]
    parts = split_parts(raw_document(*blocks))
    assert parts.masthead == blocks[:7]
    blocks[3] = Block(titles.strip() + ".", 9, "heading")  # ends as a sentence: prose
    assert len(split_parts(raw_document(*blocks)).masthead) < 4


def test_split_parts_of_a_verbatim_record_after_its_meeting_day_and_president() -> None:
    """ "64th plenary meeting" / "Wednesday, 16 April 2025, 10 a.m." / "President: ...":
    the masthead, the record's text after it; without the day, no record."""
    blocks = [
        Block("United Nations A/79/PV.64", 1),
        Block("General Assembly", 3),
        Block("64th plenary meeting", 5),
        Block("Wednesday, 16 April 2025, 10 a.m.\nNew York", 6, "heading"),
        Block("President: Mr. Yang . . . . . . . . (Cameroon)", 8),
        Block("The meeting was called to order at 10.05 a.m.", 11),
        Block("The Acting President: I now give the floor to the representative of the Congo.", 17),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.body, parts.found) == (blocks[:5], blocks[5:], "record")
    assert split_parts(raw_document(*blocks[:3], *blocks[4:])).found != "record"


def test_rejoined_never_makes_a_speakers_turn_a_heading() -> None:
    """In a record, "The Acting President: We shall now proceed to consider draft
    decision" (set as a heading) is a turn, carried on by "A/79/L.75."."""
    doc = doc_state()
    blocks = [
        Block("The Acting President: We shall now proceed to consider draft decision", 10, "heading"),
        Block("A/79/L.75.", 11),
    ]
    out = rejoined(doc, blocks, False, True, SPEAKER_RE)
    assert [(b.kind, b.text) for b in out] == [
        ("text", "The Acting President: We shall now proceed to consider draft decision A/79/L.75.")
    ]
    assert [b.kind for b in rejoined(doc_state(), blocks, False, True)] == ["heading", "text"]


# -- rejoined -------------------------------------------------------------------------------------


def test_rejoined_splits_a_paragraph_set_without_a_gap_after_the_one_before() -> None:
    """DP/2025/10: "56. ... categories." then, on the next line, "57. The approved ...":
    two paragraphs (logged); "10. March" inside a sentence, or a number out of order, is not."""
    doc = doc_state()
    out = rejoined(
        doc,
        [
            Block("56. The risk-assessment methodology covered\nfinancial categories.\n57. The approved plan", 1),
            Block("58. In 2024, on\n10. March, and\n60. Other", 4),
            Block("58. Delete sub-item d.\n59.A.8.a: All airborne radar;\n59.In 2024", 7),
        ],
        True,
    )
    assert [(b.text, b.line) for b in out] == [
        ("56. The risk-assessment methodology covered financial categories.", 1),
        ("57. The approved plan", 3),
        ("58. In 2024, on 10. March, and 60. Other", 4),
        ("58. Delete sub-item d. 59.A.8.a: All airborne radar;", 7),
        ("59.In 2024", 9),
    ]
    assert [(e.rule, e.line) for e in doc.log] == [("split-at-number", 3), ("split-at-number", 9)]


def test_rejoined_keeps_a_drafts_formula_and_preamble_apart_in_a_report() -> None:
    """A report's "11. ... the following draft resolution:" then "The General Assembly,"
    set atop "Recalling ...": three paragraphs, the preamble not carried on into para. 11."""
    doc = doc_state()
    blocks = [
        Block("11. The Committee recommends the adoption of the following draft resolution:", 1),
        Block("The General Assembly,\nRecalling its resolution 1514 (XV),", 2),
        Block("Noting the report,", 4),
        Block("1. Reaffirms the right of peoples;", 5),
        Block("Table 3 continued", 6),
    ]
    assert [b.text for b in rejoined(doc, blocks, True)] == [
        "11. The Committee recommends the adoption of the following draft resolution:",
        "The General Assembly,",
        "Recalling its resolution 1514 (XV),",
        "Noting the report,",
        "1. Reaffirms the right of peoples; Table 3 continued",
    ]


def test_rejoined_keeps_a_corrigendums_item_instruction_and_quote_apart() -> None:
    """E/2025/68/Corr.1: "1. Paragraph 44", "The paragraph should read", then the corrected
    paragraph: three blocks, none carried on into the one before; in a report, which is
    no corrigendum, the instruction's words carry on as a cut paragraph would."""
    blocks = [
        Block("1. Paragraph 44", 18),
        Block("The paragraph should read", 19),
        Block("In 2020, 281 million people lived outside their country of birth.", 20),
    ]
    doc = doc_state()
    doc.facts.doc_type = "corrigendum"
    assert [b.text for b in rejoined(doc, blocks, True)] == [b.text for b in blocks]
    assert len(rejoined(doc_state(), blocks, True)) == 1


def test_rejoined_keeps_a_reports_summary_title_apart() -> None:
    """A report's "Summary" box (A/80/176): its title is a heading, not the first word of
    the summary's paragraph; in a resolution, or inside a sentence, nothing changes."""
    blocks = [Block("Summary", 13), Block("The present note contains the main findings\nof the report.", 14)]
    out = rejoined(doc_state(), blocks, True)
    assert [(b.text, b.kind) for b in out] == [
        ("Summary", "heading"),
        ("The present note contains the main findings of the report.", "text"),
    ]
    assert [b.kind for b in rejoined(doc_state(), blocks, False)] == ["text"]
    assert [b.kind for b in rejoined(doc_state(), [Block("Summary of the debate", 1)], True)] == ["text"]


def test_rejoined_a_summarys_lettered_items_begin_no_numbering() -> None:
    """A/80/11's summary: "(j) Decided ... Assembly." then "With regard to ..., the
    Committee:" (its own paragraph: the summary's items are lettered, the report's
    numbering has not begun); after "5." an unnumbered block carries the paragraph on."""
    blocks = [
        Block("The Committee:", 60),
        Block("(j) Decided to consider the methodology at its next session.", 69),
        Block("With regard to other suggestions, the Committee:", 71),
        Block("5. The Committee recalled its mandate.", 90),
        Block("It noted the resolution.", 92),
    ]
    assert [b.text for b in rejoined(doc_state(), blocks, True)] == [
        "The Committee:",
        "(j) Decided to consider the methodology at its next session.",
        "With regard to other suggestions, the Committee:",
        "5. The Committee recalled its mandate. It noted the resolution.",
    ]


def test_rejoined_carries_a_sentences_own_list_over_a_page_break() -> None:
    """E/CN.6/2025/3, para. 217: "... in four areas: (a) increasing ...; (b) strengthening
    ...;" then, atop the next page, "(c) strengthening ...; and (d) enhancing ...": the
    sentence goes on. An item that opens its own paragraph ("(b) To report;" after "(a) To
    meet;") and a "(c)" after a paragraph listing no (b) stay apart."""
    blocks = [
        Block("217. Trends emerged in four areas: (a) increasing participation; (b) tackling violence;", 1),
        Block("(c) strengthening institutions; and (d) enhancing accountability.", 3),
    ]
    assert [b.text for b in rejoined(doc_state(), blocks, True)] == [
        "217. Trends emerged in four areas: (a) increasing participation; (b) tackling violence;"
        " (c) strengthening institutions; and (d) enhancing accountability."
    ]
    items = [Block("(a) To meet; and", 1), Block("(b) to report.", 2)]
    assert len(rejoined(doc_state(), items, True)) == 2
    apart = [Block("3. The Committee noted (a) above;", 1), Block("(c) strengthening institutions.", 2)]
    assert len(rejoined(doc_state(), apart, True)) == 2


def test_rejoined_keeps_a_table_of_contents_after_a_numbered_paragraph_apart() -> None:
    """A/AC.292/2025/INF/5: "2. ... as received from delegations." then "Contents" (page
    2) and its entries: a heading and the entries, not paragraph 2's last words (which
    made it a contents entry, its number lost); "Contents" after a paragraph that ends
    no sentence, or a line without leaders, carries on as before."""
    blocks = [
        Block("2. Pursuant to paragraph 19, the Secretariat has compiled the statements.", 23),
        Block("Contents", 30),
        Block("Page", 31),
        Block("I. Member States ....................... 3\nArgentina ....................... 3", 32),
    ]
    out = rejoined(doc_state(), blocks, True)
    assert [(b.text[:8], b.kind) for b in out] == [("2. Pursu", "text"), ("Contents", "heading"), ("Page I. ", "text")]
    cut = [Block("2. The Secretariat has compiled the", 23), Block("Contents", 30)]
    assert [b.text for b in rejoined(doc_state(), cut, True)] == ["2. The Secretariat has compiled the Contents"]
    prose = [blocks[0], Block("It lists them by delegation.", 30)]
    assert len(rejoined(doc_state(), prose, True)) == 1


def test_rejoined_puts_a_paragraph_cut_by_a_page_break_back_together() -> None:
    """ "... to take measures to protect migra-/tory workers" + "and their families;": one
    paragraph, its hyphen and the rejoin both logged."""
    doc = doc_state()
    out = rejoined(
        doc,
        [
            Block("2. Calls upon all States to take measures to protect migra-\ntory workers", 1),
            Block("and their families;", 3),
        ],
        False,
    )
    assert out == [
        Block("2. Calls upon all States to take measures to protect migratory workers and their families;", 1)
    ]
    assert [(e.rule, e.line) for e in doc.log] == [("dehyphenate", 1), ("rejoin-paragraph", 3)]


def test_rejoined_keeps_apart_the_next_number_misread_as_small_letters() -> None:
    """ "i9. Calls upon" after paragraph 18 opens with a small letter, yet is paragraph 19
    (S/RES/277 (1970)): not joined to 18; its second half, cut by a blank line, is joined
    to it. "i. e. the Council" after 18 is no number (19 is expected): joined as before."""
    doc = doc_state()
    blocks = [
        Block("18. Urges States not Members to act accordingly;", 154),
        Block("i9. Calls upon Member States fo report to the\nSecretary-General by 1 June 1970 on the", 159),
        Block("measures taken;", 162),
    ]
    assert [b.text for b in rejoined(doc, blocks, False)] == [
        "18. Urges States not Members to act accordingly;",
        "i9. Calls upon Member States fo report to the Secretary-General by 1 June 1970 on the measures taken;",
    ]
    blocks = [Block("18. Urges States not Members to act accordingly;", 154), Block("i. Calls upon States;", 159)]
    assert [b.text for b in rejoined(doc_state(), blocks, False)] == [
        "18. Urges States not Members to act accordingly; i. Calls upon States;"
    ]


def test_rejoined_keeps_apart_the_next_letter_printed_without_its_bracket() -> None:
    """ "b) To abstain" after "(a) ..." starts with a small letter, yet is item (b)
    (S/RES/301 (1971)): not joined to (a); "c) ..." right after it is (c) too."""
    blocks = [
        Block("(a) To abstain from entering into treaty relations;", 125),
        Block("b) To abstain from invoking those treaties,", 129),
        Block("c) To review their bilateral treaties;", 133),
    ]
    assert [b.text for b in rejoined(doc_state(), blocks, False)] == [b.text for b in blocks]


def test_rejoined_never_carries_an_unfinished_paragraph_into_a_signature() -> None:
    """ "... circulated as a document of the General Assembly" (no stop) / "(Signed) ...":
    the signature is its own paragraph."""
    doc = doc_state()
    blocks = [Block("we request that the letter be circulated as a document of the\nGeneral Assembly", 20)]
    blocks.append(Block("(Signed) Francisco Fabián Tropepi\nPermanent Representative", 23))
    assert [b.text for b in rejoined(doc, blocks, False, True)] == [
        "we request that the letter be circulated as a document of the General Assembly",
        "(Signed) Francisco Fabián Tropepi Permanent Representative",
    ]


def test_rejoined_never_joins_headings_or_rule_labels() -> None:
    """ "Rule 15" / "Duties of the secretariat" is a heading; "Rule 16" is not joined to its text."""
    doc = doc_state()
    out = rejoined(
        doc,
        [Block("Rule 15\nDuties of the secretariat", 4), Block("Rule 16", 6), Block("The secretariat shall", 7)],
        False,
    )
    assert [(b.text, b.kind) for b in out] == [
        ("Rule 15 Duties of the secretariat", "heading"),
        ("Rule 16", "heading"),
        ("The secretariat shall", "text"),
    ]
    assert doc.log == []


def test_rejoined_generic_headings_may_carry_on_a_paragraph() -> None:
    """Read generically, a "heading" on the line right after an unfinished paragraph carries
    it on, one that ends a sentence is a paragraph; a heading after a gap stays one. Other
    genres keep every heading."""
    blocks = [
        Block("I have the honour to transmit the comment of the Ministry of Foreign", 13),
        Block("Affairs of Ukraine (see annex).", 14, "heading"),
        Block("In the letter, I highlighted the key obligations.", 15, "heading"),
        Block("(Signed) Sergiy Kyslytsya", 19),
        Block("Annex to the letter dated 27 January 2025", 26, "heading"),
    ]
    doc = doc_state()
    out = rejoined(doc, blocks, False, headings_continue=True)
    assert [(b.text, b.kind) for b in out] == [
        (
            "I have the honour to transmit the comment of the Ministry of Foreign Affairs of Ukraine (see annex).",
            "text",
        ),
        ("In the letter, I highlighted the key obligations.", "text"),
        ("(Signed) Sergiy Kyslytsya", "text"),
        ("Annex to the letter dated 27 January 2025", "heading"),
    ]
    assert [(e.rule, e.line) for e in doc.log] == [("rejoin-paragraph", 14)]
    assert [b.kind for b in rejoined(doc_state(), blocks, False)] == ["text", "heading", "heading", "text", "heading"]


def test_rejoined_never_carries_a_glued_number_on() -> None:
    """ "2.The Conference" opens a paragraph of its own, as "2. The Conference" does."""
    blocks = [Block("1.Pursuant to resolution 54/222, the Assembly", 1), Block("2.The Conference met.", 2)]
    assert len(rejoined(doc_state(), blocks, True)) == 2


def test_rejoined_in_a_report_carries_on_the_numbered_paragraph() -> None:
    """In a report an unnumbered block after "1." carries it on, though "1." ended a sentence;
    in a resolution it stays its own."""
    blocks = [Block("1. Replies were received from the following States.", 1), Block("Argentina and Chile.", 2)]
    assert [b.text for b in rejoined(doc_state(), blocks, True)] == [
        "1. Replies were received from the following States. Argentina and Chile."
    ]
    assert len(rejoined(doc_state(), blocks, False)) == 2


# -- annexes ----------------------------------------------------------------------------------------


def test_split_annexes_from_each_annex_line() -> None:
    """The body before "Annex"; each annex from its label, a title in its block a heading."""
    body = [
        Block("1. Adopts the texts annexed.", 1),
        Block("Annex I\nDeclaration", 2),
        Block("1. We affirm.", 4),
        Block(f"Annex II{sentinel('*')}", 5),
    ]
    own, annexes = split_annexes(body)
    assert own == body[:1]
    assert annexes == [
        [Block("Annex I", 2), Block("Declaration", 3, "heading"), body[2]],
        [body[3]],
    ]


def test_split_annexes_not_at_the_contents_entry_of_an_annex() -> None:
    """E/2025/44's contents end "IV. Future work ..... 25", "Annex", "List of documents
    ........ 26": that "Annex" is the contents' entry, not the annex, which opens at the
    "Annex" line the text prints after its own paragraphs."""
    body = [
        Block("IV. Future work of the Committee ................................ 25", 1),
        Block("Annex", 2),
        Block("List of documents ................................ 26", 3),
        Block("1. The Committee met.", 4),
        Block("Annex", 5),
        Block("List of documents", 6, "heading"),
    ]
    own, annexes = split_annexes(body)
    assert own == body[:4]
    assert annexes == [body[4:]]


def test_split_annexes_with_the_title_on_the_label_line() -> None:
    """The Security Council's "Annex A – Items subject to ...": the label, then its title
    as the annex's heading; a sentence naming an annex mid-body starts nothing."""
    body = [
        Block("50. Decides to remain actively seized of the matter.", 1),
        Block("Annex A – Items subject to a no-objection process", 2),
        Block("1. Surface to air missiles;", 3),
        Block("Annex B: Improvised Explosive Devices (IED) Components", 4),
    ]
    own, annexes = split_annexes(body)
    assert own == body[:1]
    assert annexes == [
        [Block("Annex A", 2), Block("Items subject to a no-objection process", 2, "heading"), body[2]],
        [Block("Annex B", 4), Block("Improvised Explosive Devices (IED) Components", 4, "heading")],
    ]
    sentence = [Block("Annex B - see paragraph 19 (a) of the resolution", 1)]
    assert split_annexes(sentence) == (sentence, [])


def test_split_annexes_without_an_annex() -> None:
    """A word "Annex" inside a paragraph starts nothing."""
    body = [Block("1. Takes note of the annex to the report.", 1)]
    assert split_annexes(body) == (body, [])


def test_read_annexes_labels_anchors_and_parts() -> None:
    """Each annex's label heading (``annex-1``), its paragraphs under ``annex-1-``, part "Annex I"."""
    doc = doc_state()
    annexes = [
        [Block("Annex I", 2), Block("Declaration", 3, "heading"), Block("1. We affirm.", 4)],
        [Block(f"Annex II{sentinel('*')}", 5), Block("The States Parties,", 6)],
    ]
    paragraphs = read_annexes(doc, ANNEX_BODY, annexes, set())
    assert [(p.id, p.kind, p.text, p.part) for p in paragraphs] == [
        ("annex-1", "heading", "Annex I", "Annex I"),
        ("annex-1-h1", "heading", "Declaration", "Annex I"),
        ("annex-1-para1", "numbered", "We affirm.", "Annex I"),
        ("annex-2", "heading", "Annex II", "Annex II"),
        ("annex-2-p1", "numbered", "The States Parties,", "Annex II"),
    ]
    assert [r.ref_id for r in paragraphs[3].footnote_refs] == ["fnref-star"]


def test_read_annexes_one_annex_is_annex() -> None:
    """A single annex is ``annex``, its paragraphs ``annex-para1``."""
    paragraphs = read_annexes(doc_state(), ANNEX_BODY, [[Block("Annex", 2), Block("1. We affirm.", 3)]], set())
    assert [(p.id, p.part) for p in paragraphs] == [("annex", "Annex"), ("annex-para1", "Annex")]


def test_take_text_after_from_the_volumes_next_part_after_the_signoff() -> None:
    """S/RES/471 (1980) (cr-unsc): its sign-off, then "Decisions" and the decisions the
    volume printed next: taken from the heading on. A "Decisions" heading not right after
    a sign-off's block (a paragraph before it) is the document's own."""
    blocks = [
        Block("7. Requests the Secretary-General to report.", 65),
        Block(
            "Adopted at the 2226th meeting\nby 14 votes to none, with 1\nabstention (United States of\nAmerica).", 68
        ),
        Block("Decisions", 73),
        Block("In a note dated 16 June 1980, the President of the Council stated that ...", 75),
    ]
    assert take_text_after(blocks) == (blocks[:2], blocks[2:])
    own = [blocks[0], blocks[2], blocks[3]]
    assert take_text_after(own) == (own, [])
