"""The body's rules, one by one: the paragraph each makes of a block (its id, number, kind
and where it hangs) and the blocks it declines, leaving the state as it was."""

from __future__ import annotations

from build_scripts.model import Figure, FootnoteRef, LogEntry, Paragraph, Table, TableCell, TableRow
from build_scripts.readers.base import Block, Layout
from build_scripts.repairs.markers import split_markers
from build_scripts.structure.body import (
    BodyState,
    Candidate,
    agenda_documentation,
    annex_paragraph,
    contents_entry,
    correction_item,
    draft_ends,
    draft_formula,
    draft_section,
    figure,
    heading,
    held_by_colon,
    lead_paragraph,
    lettered_item,
    list_item,
    meeting_time,
    number_of,
    numbered_paragraph,
    plain_paragraph,
    preambular_paragraph,
    read_body,
    roman_item,
    scope_ends,
    speaker_turn,
    stray_paragraph,
    subheading,
    table,
    unnumbered_operative_part,
)
from build_scripts.structure.genres import ANNEX_BODY, DRAFT_BODY, GENERIC_BODY, RECORD_BODY, REPORT_BODY

from .helpers import assert_declines, body, candidate, doc_state, lettered, numbered, sentinel

# -- number_of and unique ------------------------------------------------------------------


def test_number_of_reads_the_number_and_its_text() -> None:
    """ "3. Calls upon all States to:": number 3, the text after it."""
    s = body()
    match = number_of(s, candidate("3. Calls upon all States to:"))
    assert match is not None and (match.group(1), match.group(2)) == ("3", "Calls upon all States to:")


def test_number_of_repairs_a_lost_stop_where_the_order_expects_it() -> None:
    """ "26 Condemns" after paragraph 25 is paragraph 26 (logged once, however often asked)."""
    s = body()
    numbered(s, "25", "Requests the Secretary-General to report;")
    c = candidate("26 Condemns all acts of violence;", 40)
    match = number_of(s, c)
    assert match is not None and match.group(1) == "26"
    assert number_of(s, c) is match
    assert s.doc.log == [LogEntry("repaired", "number-without-stop", 40, "paragraph 26 printed without its stop")]


def test_number_of_repairs_a_comma_for_the_stop_where_the_order_expects_it() -> None:
    """ "1, Requests" (a scan's text: the stop read as a comma) opening the operative part
    is paragraph 1, said; "2, 3 and 4 ..." out of order is not."""
    s = body()
    c = candidate("1, Requests the Unified Command to exercise responsibility;", 12)
    match = number_of(s, c)
    assert match is not None and (match.group(1), match.group(2)) == (
        "1",
        "Requests the Unified Command to exercise responsibility;",
    )
    assert s.doc.log == [
        LogEntry("repaired", "number-without-stop", 12, "paragraph 1 printed with a comma for its stop")
    ]
    assert number_of(body(), candidate("2, Requests the Secretary-General;", 13)) is None


def test_number_of_reads_a_misread_number_where_the_order_expects_it() -> None:
    """ "i9. Calls upon" after paragraph 18 is paragraph 19, warned with what was printed;
    "S. Appeals" where 4 is expected is no number, and nothing is said."""
    s = body()
    numbered(s, "18", "Urges States not Members of the United Nations to act accordingly;")
    c = candidate("i9. Calls upon Member States to report to the Secretary-General;", 159)
    match = number_of(s, c)
    assert match is not None and match.group(1) == "19"
    assert c.text[match.start(2) :] == "Calls upon Member States to report to the Secretary-General;"
    assert s.doc.log == [
        LogEntry(
            "warning", "misread-number", 159, "paragraph 19 printed as 'i9.', read as the number the order expects"
        )
    ]
    s = body()
    numbered(s, "3", "Urges the parties concerned to act with the utmost restraint;")
    assert number_of(s, candidate("S. Appeals urgently to all parties;")) is None
    assert s.doc.log == []


def test_number_of_reads_a_number_its_neighbours_settle() -> None:
    """S/RES/591 (1986): "8. Requests" after paragraph 4, "6. Renews" next, is paragraph 5,
    its digit misread (warned); "8." with "9." next is a skip the text may well have made,
    left as printed and said later as a gap."""
    s = body()
    numbered(s, "4", "Requests of all States that the term shall include all arms;")
    c = candidate("8. Requests all States to implement strictly its resolution 418 (1977);", 70)
    c.following = "6. Renews its request to all States to refrain from importing arms;"
    match = number_of(s, c)
    assert match is not None and match.group(1) == "5"
    assert c.text[match.start(2) :].startswith("Requests all States to implement")
    assert s.doc.log == [
        LogEntry("warning", "misread-number", 70, "paragraph 5 printed as '8', read as the number between 4 and 6")
    ]
    s = body()
    numbered(s, "4", "Requests of all States that the term shall include all arms;")
    c = candidate("8. Requests all States to implement strictly its resolution 418 (1977);", 70)
    c.following = "9. Renews its request;"
    match = number_of(s, c)
    assert match is not None and match.group(1) == "8" and s.doc.log == []


def test_number_of_declines_a_lost_stop_out_of_order() -> None:
    """ "26 Condemns" after paragraph 26 (27 expected) is no number; nothing logged."""
    s = body()
    numbered(s, "26", "Condemns all acts of violence;")
    assert number_of(s, candidate("26 Condemns all acts of violence;", 41)) is None
    assert s.doc.log == []


def test_number_of_reads_no_lost_stop_in_a_report() -> None:
    """A report's grammar does not repair numbers (bare numbers there are figures)."""
    s = body(REPORT_BODY)
    numbered(s, "25", "The Committee met twice.")
    assert number_of(s, candidate("26 States replied to the questionnaire.")) is None
    assert s.doc.log == []


def test_unique_gives_a_second_number_its_own_id_and_says_so() -> None:
    """A paragraph number read twice: ``op3-2``, then ``op3-3``, each a warning."""
    s = body()
    s.used.add("op3")
    assert s.unique("op3", 9) == "op3-2"
    assert s.unique("op3", 12) == "op3-3"
    assert s.unique("op4", 13) == "op4"
    assert s.doc.log == [
        LogEntry("warning", "duplicate-number", 9, "paragraph number op3 appears twice; second is op3-2"),
        LogEntry("warning", "duplicate-number", 12, "paragraph number op3 appears twice; second is op3-3"),
    ]


# -- the rules -------------------------------------------------------------------------------


def test_held_by_colon_takes_unnumbered_blocks_after_a_colon() -> None:
    """The items a paragraph announces with a colon are its own: ``op3-p1``, ``op3-p2``."""
    s = body()
    op3 = numbered(s, "3", "Decides to include in the provisional agenda of its fifty-seventh session the following:")
    s.holder = op3
    assert held_by_colon(s, candidate("“Promotion and protection of human rights”;", 14)) is True
    assert held_by_colon(s, candidate("“Culture of peace”.", 15)) is True
    assert [(p.id, p.kind, p.number, p.text, p.line) for p in op3.subparagraphs] == [
        ("op3-p1", "operative", None, "“Promotion and protection of human rights”;", 14),
        ("op3-p2", "operative", None, "“Culture of peace”.", 15),
    ]
    assert [p.id for p in s.paragraphs] == ["op3"]


def test_held_by_colon_declines_a_numbered_block_and_hands_on_the_announcement() -> None:
    """A numbered block ends the holding; its announcement is left for ``list_item``."""
    s = body()
    op3 = numbered(s, "3", "Adopts the following agenda:")
    s.holder = op3
    assert held_by_colon(s, candidate("1. Opening of the session.")) is False
    assert (s.holder, s.announced) == (None, op3)
    assert op3.subparagraphs == []


def test_held_by_colon_declines_the_next_number_printed_without_its_stop() -> None:
    """After paragraph 4 announces a quotation, "5, Notes ..." (its stop read as a comma) is
    paragraph 5, not the quotation's second block; a misread "S. Notes" too."""
    s = body()
    op4 = numbered(s, "4", "Reaffirms the interpretation of self-determination laid down as follows:")
    s.holder = op4
    assert held_by_colon(s, candidate("“All peoples have the right to self-determination”;", 33)) is True
    s.holder = op4
    assert held_by_colon(s, candidate("5, Notes General Assembly resolution 1542 (XV);", 38)) is False
    s.holder = op4
    assert held_by_colon(s, candidate("S. Notes General Assembly resolution 1542 (XV);", 38)) is False
    assert [p.id for p in op4.subparagraphs] == ["op4-p1"]


def test_held_by_colon_declines_an_item_whose_misread_letter_its_neighbours_settle() -> None:
    """S/RES/707 (1991): "(c) ... without notification to the Special Commission:" (its
    semicolon read as a colon), then "(2) Make available ..." before "(e) Allow ...": item
    (d) for ``lettered_item``, not (c)'s held text; before "(f)" it is (c)'s (taken)."""
    s = body()
    op3 = numbered(s, "3", "Demands that Iraq:")
    s.last_letter = lettered(s, op3, "b", "Allow the Special Commission access;")
    s.last_letter = lettered(s, op3, "c", "Cease any attempt to conceal material without notification:")
    item = "(2) Make available immediately to the Special Commission any items;"
    for after, held in (("(e) Allow the Special Commission to conduct flights;", False), ("(f) Halt.", True)):
        s.holder = s.last_letter
        c = candidate(item, 130)
        c.following = after
        assert held_by_colon(s, c) is held
    assert [p.id for p in s.last_letter.subparagraphs] == ["op3c-p1"]


def test_held_by_colon_declines_when_no_paragraph_announced_anything() -> None:
    """Without a colon before, an unnumbered block is not held."""
    s = body()
    numbered(s, "3", "Calls upon all States to ratify the Convention;")
    assert_declines(held_by_colon, s, candidate("Recalling its resolution 55/88,"))


def test_heading_takes_a_heading_block() -> None:
    """A heading block is ``h1`` (under the anchor prefix), and ends the paragraph before."""
    s = body(prefix="annex-")
    numbered(s, "2", "Decides to consider the question;")
    assert heading(s, candidate("Protection of migrants", 30, "heading")) is True
    assert [(p.id, p.kind, p.text, p.line) for p in s.paragraphs[1:]] == [
        ("annex-h1", "heading", "Protection of migrants", 30)
    ]
    assert (s.last_numbered, s.last_letter) == (None, None)


def test_heading_starts_a_section_that_numbers_afresh() -> None:
    """In a budget resolution whose numbers restart, "II" opens scope ``secII-``."""
    s = body()
    s.sections = True
    assert heading(s, candidate("II", 20, "heading")) is True
    assert s.scope == "secII-"
    assert s.paragraphs[-1].id == "h1"


def test_heading_reads_a_single_capital_word_as_a_section_label() -> None:
    """Where sections number afresh, a heading opening "A " is read as section A (today):
    "A world fit for children" gives scope ``secA-``."""
    s = body()
    s.sections = True
    assert heading(s, candidate("A world fit for children", 20, "heading")) is True
    assert s.scope == "secA-"


def test_heading_takes_an_annexed_article_by_its_pattern() -> None:
    """In an annex, a text block "Article 12" is a heading and its paragraphs are ``annex-art12-``."""
    s = body(ANNEX_BODY, "annex-")
    assert heading(s, candidate("Article 12", 50)) is True
    assert (s.paragraphs[-1].id, s.scope) == ("annex-h1", "annex-art12-")


def test_heading_takes_an_annexed_part_by_its_pattern() -> None:
    """In an annex, "Part II" (the Council's lists, numbered again from 1) is a heading
    whose paragraphs are ``annex-2-partii-``."""
    s = body(ANNEX_BODY, "annex-2-")
    assert heading(s, candidate("Part II", 50)) is True
    assert (s.paragraphs[-1].id, s.scope) == ("annex-2-h1", "annex-2-partii-")


def test_heading_starts_an_article_set_in_a_resolutions_body() -> None:
    """The terms of trusteeship S/RES/21 (1947) approves are set in its body, article by
    article, each numbering its paragraphs from 1: "Article 6" opens scope ``art6-``; a
    report's heading "Article 6" opens none (its paragraphs number through)."""
    s = body()
    assert heading(s, candidate("Article 6", 84, "heading")) is True
    assert (s.paragraphs[-1].id, s.scope) == ("h1", "art6-")
    assert numbered_paragraph(s, candidate("1. Foster the development of political institutions;", 89)) is True
    assert s.paragraphs[-1].id == "art6-op1"
    s = body(REPORT_BODY)
    assert heading(s, candidate("Article 6", 84, "heading")) is True
    assert s.scope == ""


def test_heading_starts_a_chapter_or_a_rule_that_numbers_afresh() -> None:
    """Where a report's chapters number their paragraphs afresh (E/2025/24), "Chapter VIII
    Organization of the session" opens scope ``chapviii-`` and its paragraphs number from
    1; where they do not, it opens none. A note's rules of procedure that number afresh
    (A/CONF.230/2025/2): "Rule 8 Acting President" opens ``rule8-``."""
    s = body(REPORT_BODY)
    s.chapters = True
    s.latest = numbered(s, "3", "Also at the same meeting, the Commission adopted the report.")
    assert heading(s, candidate("Chapter VIII Organization of the session", 1143, "heading")) is True
    assert (s.scope, s.latest) == ("chapviii-", None)
    assert numbered_paragraph(s, candidate("1. The Statistical Commission held its session.", 1145)) is True
    assert s.paragraphs[-1].id == "chapviii-para1"
    s = body(REPORT_BODY)
    assert heading(s, candidate("Chapter VIII Organization of the session", 1143, "heading")) is True
    assert s.scope == ""
    s = body(GENERIC_BODY)
    s.articles = True
    assert heading(s, candidate("Rule 8 Acting President", 90, "heading")) is True
    assert s.scope == "rule8-"


def test_heading_declines_a_text_block_outside_an_annex() -> None:
    """ "I. General provisions" as text in a resolution's body is not a heading here."""
    assert_declines(heading, body(), candidate("I. General provisions", 5))
    assert_declines(heading, body(ANNEX_BODY, "annex-"), candidate("Reaffirming the Charter,", 5))


def test_list_item_takes_a_numbered_list_announced_by_a_colon() -> None:
    """ "3. Adopts the following agenda:" then "1. ...", "2. ...": ``op3-i1``, ``op3-i2``."""
    s = body()
    op3 = numbered(s, "3", "Adopts the following agenda:")
    s.announced = op3
    assert list_item(s, candidate("1. Opening of the session.", 21)) is True
    s.announced = None  # as held_by_colon leaves it for the block after the first
    assert list_item(s, candidate("2. Election of officers.", 22)) is True
    assert [(p.id, p.number, p.text) for p in op3.subparagraphs] == [
        ("op3-i1", "1", "Opening of the session."),
        ("op3-i2", "2", "Election of officers."),
    ]
    assert (s.items, s.next_item, s.last_numbered) == (op3, 3, op3)


def test_list_item_ends_the_list_at_the_number_the_paragraphs_expect() -> None:
    """ "4. Requests ..." after op3's list at item 2 is paragraph 4: declined, the list ended."""
    s = body()
    op3 = numbered(s, "3", "Adopts the following agenda:")
    s.items, s.next_item = op3, 3
    assert list_item(s, candidate("4. Requests the Secretary-General to report.", 23)) is False
    assert s.items is None
    assert op3.subparagraphs == []


def test_list_item_cuts_a_list_whose_item_is_the_next_paragraphs_number() -> None:
    """Item "4." of a list under op3 is read as paragraph 4 (the list reads as op3-i1..i3,
    op4): the order alone cannot tell them apart. Pinned as it is today."""
    s = body()
    op3 = numbered(s, "3", "Decides to include the following items:")
    s.items, s.next_item = op3, 4
    assert list_item(s, candidate("4. Organization of work.", 24)) is False
    assert s.items is None


def test_list_item_goes_on_at_the_lists_indent_where_the_number_is_the_next_paragraphs() -> None:
    """A/80/10's agenda under para. 12, its items set 28.7 pt in: item "13. Other business."
    is the list's; a "13." at the margin is paragraph 13 (declined)."""
    for indent, taken in ((28.7, True), (0.3, False)):
        s = body(REPORT_BODY)
        para12 = numbered(s, "12", "The Commission adopted an agenda consisting of the following items:")
        s.latest, s.announced = para12, para12
        first = candidate("1. Organization of the work of the session.", 313)
        first.block.layout = Layout(indent=28.7)
        assert list_item(s, first) is True
        s.announced, s.next_item = None, 13
        item = candidate("13. Other business.", 326)
        item.block.layout = Layout(indent=indent)
        assert list_item(s, item) is taken
        assert [p.id for p in para12.subparagraphs] == ["para12-i1", "para12-i13"][: 1 + taken]


def test_list_item_goes_on_with_the_last_lists_numbers_under_the_next_paragraph() -> None:
    """S/2025/10/Add.31: para. 2's list ends at item 51, para. 3 announces the items not
    considered lately, "52." follows: the list goes on, ``para3-i52``; a "4." there is
    paragraph 4 (declined), as is "52." where no list was read."""
    s = body(REPORT_BODY)
    numbered(s, "2", "The following list sets out the items of which the Council is seized.")
    s.next_item = 52
    para3 = numbered(s, "3", "The following list sets out the items not considered since 2022.")
    assert list_item(s, candidate("52. The India-Pakistan question (6 January 1948).", 120)) is True
    assert [(p.id, p.number) for p in para3.subparagraphs] == [("para3-i52", "52")]
    assert list_item(s, candidate("53. The Hyderabad question (16 September 1948).", 121)) is True
    s.items = None
    assert_declines(list_item, s, candidate("4. Set out below are the items on which the Council took action.", 130))
    s = body(REPORT_BODY)
    numbered(s, "3", "The following list sets out the items not considered since 2022.")
    assert_declines(list_item, s, candidate("52. The India-Pakistan question (6 January 1948).", 120))


def test_list_item_takes_an_announced_list_before_the_numbering_where_the_text_numbers_again() -> None:
    """E/HLPF/2025/5: the countries' unnumbered messages, "... six areas of transformation:"
    then "1. Human well-being ...": a list, ``p1-i1``, where the text numbers from 1 again
    further on; where it does not, "1." is the text's first paragraph (declined), as it is
    a draft's first operative paragraph after its preamble."""
    for again in (True, False):
        s = body(REPORT_BODY)
        s.numbers_again = again
        assert lead_paragraph(s, candidate("Germany has identified six areas of transformation:", 886)) is True
        item = candidate("1. Human well-being and capabilities, and social justice.", 888)
        if again:
            assert list_item(s, item) is True
            assert [(p.id, p.number) for p in s.paragraphs[0].subparagraphs] == [("p1-i1", "1")]
        else:
            assert_declines(list_item, s, item)
    # A/80/39: a draft's "Approves the following provisional agenda ...:" then "1.": its op1
    s = body(DRAFT_BODY)
    s.numbers_again, s.outer = True, (REPORT_BODY, None, "", "")
    assert preambular_paragraph(s, candidate("Approves the following provisional agenda:", 70)) is True
    assert_declines(list_item, s, candidate("1. Opening of the session.", 71))
    # A/RES/80/162: "Article 2 Definitions" after article 1's paragraphs, then "For the
    # purposes of this Convention:" and "1. ...": the article's paragraph 1
    s = body(ANNEX_BODY, "annex-")
    s.numbers_again, s.articles = True, True
    assert numbered_paragraph(s, candidate("1. This Convention applies to negotiable cargo documents.", 30))
    assert heading(s, candidate("Article 2 Definitions", 38, "heading")) is True
    assert annex_paragraph(s, candidate("For the purposes of this Convention:", 39)) is True
    assert_declines(list_item, s, candidate("1. “Consignor” means a person.", 40))


def test_list_item_takes_an_agenda_under_its_heading() -> None:
    """E/2025/28: "(c) Approves the provisional agenda ... set out below.", the heading
    "Provisional agenda for the sixty-ninth session", then "1. Election of officers."
    set where the paragraphs are, though paragraph 1 was read: a list under the heading
    (``h2-i1``); the paragraphs' own "2." after it is paragraph 2 again."""
    s = body(REPORT_BODY)
    para1 = numbered(s, "1", "The Commission recommends the adoption of the following draft decision:")
    s.latest = para1
    lettered(s, para1, "c", "Approves the provisional agenda for the sixty-ninth session set out below.")
    agenda = s.heading(candidate("Provisional agenda for the sixty-ninth session", 178, "heading"))
    assert list_item(s, candidate("1. Election of officers.", 180)) is True
    assert list_item(s, candidate("2. Adoption of the agenda.", 181)) is True
    assert [p.id for p in agenda.subparagraphs] == ["h1-i1", "h1-i2"]
    s.items = None  # as the chapter's heading leaves it
    assert list_item(s, candidate("2. The following resolutions are brought to the attention.", 190)) is False


def test_list_item_takes_a_list_set_inside_the_numbered_paragraphs() -> None:
    """E/2025/37: "11. The Commission adopted its agenda (E/ECE/1511)." then "1. Opening
    and adoption of the agenda." set 28.7 pt in, where the paragraphs are at the margin:
    the paragraph's list (``para11-i1``); at the margin, with nothing announcing it, a
    "1." is declined (the paragraphs numbering again, as printed)."""
    for indent, taken in ((28.7, True), (0.3, False)):
        s = body(REPORT_BODY)
        para11 = numbered(s, "11", "The Commission adopted its agenda (E/ECE/1511).")
        s.latest, s.latest_indent = para11, 0.3
        first = candidate("1. Opening and adoption of the agenda.", 116)
        first.block.layout = Layout(indent=indent)
        assert list_item(s, first) is taken
        assert [p.id for p in para11.subparagraphs] == ["para11-i1"][:taken]


def test_list_item_takes_numbered_paragraphs_quoted_inside_the_text() -> None:
    """TPNW/MSP/2025/WP.4: "5. ... the following is stated in document TPNW/MSP/2022/6:"
    then "10.", "11.", "12." set 24 pt in: the quoted paragraphs (``para5-i10``...), then
    "6." at the margin is paragraph 6; the same "10." at the margin is declined."""
    for indent, taken in ((24.1, True), (0.4, False)):
        s = body(REPORT_BODY)
        para5 = numbered(s, "5", "Regarding the Group, the following is stated in document TPNW/MSP/2022/6:")
        s.latest, s.latest_indent, s.announced = para5, 0.4, para5
        quoted = candidate("10. The Group is established for an initial period.", 33)
        quoted.block.layout = Layout(indent=indent)
        assert list_item(s, quoted) is taken
        if taken:
            s.announced = None
            following = candidate("11. The second Meeting will review the Group.", 35)
            following.block.layout = Layout(indent=indent)
            assert list_item(s, following) is True
            assert [p.id for p in para5.subparagraphs] == ["para5-i10", "para5-i11"]
            own = candidate("6. The first Review Conference will meet.", 42)
            own.block.layout = Layout(indent=0.4)
            assert list_item(s, own) is False


def test_list_item_keeps_the_list_over_an_items_lettered_parts() -> None:
    """ "1. Role of the Special Committee:" then "(a)", "(b)", then "2. Perspectives ...":
    the lettered parts do not end the list, item 2 is the list's."""
    s = body(REPORT_BODY)
    para6 = numbered(s, "6", "The agenda of the seminar is as follows:")
    s.latest, s.announced = para6, para6
    assert list_item(s, candidate("1. Role of the Special Committee:", 55)) is True
    s.announced = None
    assert list_item(s, candidate("(a) Advancing development;", 56)) is False
    assert s.items is para6
    assert lettered_item(s, candidate("(a) Advancing development;", 56)) is True
    assert list_item(s, candidate("2. Perspectives of the administering Powers.", 60)) is True
    assert [p.id for p in para6.walk()] == ["para6", "para6-i1", "para6-i1a", "para6-i2"]


def test_list_item_reads_the_list_an_item_announces() -> None:
    """TRANS/SC.2/2001/20: item "8. ... Operation parameters for the TER Network:" then
    "1. Passenger transport ...": the item's own list (``para3-i8-i1``)."""
    s = body(REPORT_BODY)
    para3 = numbered(s, "3", "Technical standards for the TER Network:")
    s.items, s.next_item = para3, 9
    para3.subparagraphs.append(Paragraph("para3-i8", "numbered", "8", "Operation parameters:"))
    assert list_item(s, candidate("1. Passenger transport", 95)) is True
    assert [p.id for p in para3.walk()] == ["para3", "para3-i8", "para3-i8-i1"]


def test_list_item_in_an_annex_reads_the_colon_itself() -> None:
    """An annex's grammar holds no blocks by a colon: "2. The agenda ... was as follows:"
    just read announces the list itself (``annex-para2-i1``)."""
    s = body(ANNEX_BODY, prefix="annex-1-")
    numbered_paragraph(s, candidate("1. The Committee held its session.", 98))
    numbered_paragraph(s, candidate("2. The agenda for the session was as follows:", 103))
    assert list_item(s, candidate("1. Election of officers.", 105)) is True
    assert [p.id for p in s.paragraphs[-1].subparagraphs] == ["annex-1-para2-i1"]


def test_list_item_declines_numbers_nothing_announced() -> None:
    """ "1." without a paragraph announcing a list is not an item."""
    s = body()
    numbered(s, "3", "Calls upon all States to ratify the Convention;")
    assert_declines(list_item, s, candidate("1. Opening of the session."))
    assert_declines(list_item, s, candidate("Noting with appreciation,"))


def test_numbered_paragraph_takes_an_operative_paragraph() -> None:
    """ "3. Calls upon all States to:": ``op3``, number 3, text without its number, markers
    kept relative to that text; a colon makes it hold what follows."""
    s = body()
    c = candidate(f"3. Calls upon all States{sentinel('5')} to:", 17)
    assert numbered_paragraph(s, c) is True
    op3 = s.paragraphs[-1]
    assert (op3.id, op3.kind, op3.number, op3.text, op3.line) == (
        "op3",
        "operative",
        "3",
        "Calls upon all States to:",
        17,
    )
    assert op3.footnote_refs == [FootnoteRef("5", "fn5", "fnref5", len("Calls upon all States"))]
    assert (s.last_numbered, s.holder) == (op3, op3)


def test_numbered_paragraph_in_a_report_and_in_a_section() -> None:
    """A report's paragraph is ``para12`` (kind numbered); a section's is ``secII-op1``."""
    s = body(REPORT_BODY)
    assert numbered_paragraph(s, candidate("12. The Committee held two meetings.")) is True
    assert (s.paragraphs[-1].id, s.paragraphs[-1].kind, s.holder) == ("para12", "numbered", None)
    s = body()
    s.scope = "secII-"
    assert numbered_paragraph(s, candidate("1. Approves the budget;")) is True
    assert s.paragraphs[-1].id == "secII-op1"


def test_numbered_paragraph_declines_an_unnumbered_block() -> None:
    """A preambular paragraph has no number."""
    assert_declines(numbered_paragraph, body(), candidate("Reaffirming its resolution 55/88,"))
    assert_declines(numbered_paragraph, body(), candidate("(a) To ratify the Convention;"))


def test_numbered_paragraph_number_without_space() -> None:
    """ "1.Pursuant to ..." (a 2001 text layer lost the space): ``para1``, its text without
    the number, the repair logged as number-without-space."""
    s = body(REPORT_BODY)
    assert numbered_paragraph(s, candidate("1.Pursuant to General Assembly resolution 54/222,", 15)) is True
    para = s.paragraphs[-1]
    assert (para.id, para.number, para.text) == ("para1", "1", "Pursuant to General Assembly resolution 54/222,")
    detail = "paragraph 1 printed without a space after its number"
    assert s.doc.log == [LogEntry("repaired", "number-without-space", 15, detail)]


def test_numbered_paragraph_declines_a_decimal_or_a_symbols_number() -> None:
    """ "1.5 per cent", "1.a", "5.A.2": a decimal, a lower-case letter or a code's capital
    after the stop is no glued number; nothing is logged."""
    assert_declines(numbered_paragraph, body(REPORT_BODY), candidate("1.5 per cent of the budget was spent."))
    assert_declines(numbered_paragraph, body(REPORT_BODY), candidate("1.and the rest"))
    # a code of a list of goods (S/RES/1454 (2002), annex A): "5.A.2.a.9: Designed ..."
    for code in ("5.A.2.a.9: Designed or modified to use cryptographic techniques", '6.D.4 "Software" for use.'):
        assert_declines(numbered_paragraph, body(REPORT_BODY), candidate(code))


def test_roman_item_hangs_under_the_lettered_paragraph() -> None:
    """ "(ii) Acceding to it;" after op3a: ``op3a-ii``, numbered "(ii)"."""
    s = body()
    op3 = numbered(s, "3", "Calls upon all States:")
    op3a = lettered(s, op3, "a", "To consider:")
    assert roman_item(s, candidate("(ii) Acceding to it;", 19)) is True
    assert [(p.id, p.number, p.text, p.kind) for p in op3a.subparagraphs] == [
        ("op3a-ii", "(ii)", "Acceding to it;", "operative")
    ]
    assert s.last_letter is op3a


def test_roman_item_declines_the_letter_after_h() -> None:
    """ "(i)" after "(h)" is the ninth letter: left to ``lettered_item``."""
    s = body()
    op3 = numbered(s, "3", "Calls upon all States:")
    lettered(s, op3, "h", "To cooperate;")
    assert_declines(roman_item, s, candidate("(i) To report;"))


def test_roman_item_takes_an_i_after_h_that_opens_numerals() -> None:
    """E/2025/27: "(h) ... discriminate against women in the areas of:", then "(i) Civil
    and political rights", "(ii) Economic ...": "(i)" with "(ii)" after it is (h)'s first
    numeral (``para1h-i``), not the letter (i)."""
    s = body(REPORT_BODY)
    para = numbered(s, "1", "The communications concerned:")
    letter = lettered(s, para, "h", "Legislation that discriminates against women in the areas of:")
    item = candidate("(i) Civil and political rights;", 560)
    item.following = "(ii) Economic, social and cultural rights;"
    assert roman_item(s, item) is True
    assert [sub.id for sub in letter.subparagraphs] == ["para1h-i"]


def test_roman_item_takes_numerals_past_xv() -> None:
    """E/2025/31's draft resolution II: (a)'s numerals run to "(xxx)"; "(xxviii)" is one."""
    s = body(DRAFT_BODY)
    para = numbered(s, "1", "Recommends the following:")
    letter = lettered(s, para, "a", "Governments are encouraged:")
    assert roman_item(s, candidate("(xxviii) To support policies that increase financial inclusion;")) is True
    assert [sub.number for sub in letter.subparagraphs] == ["(xxviii)"]


def test_roman_item_declines_an_i_before_j() -> None:
    """A/80/23 prints (g), then "(i) Also noted ...", then "(j)": no (h). Before "(j)", "(i)"
    is a letter (left to ``lettered_item``, the gap said), not (g)'s first numeral."""
    s = body(REPORT_BODY)
    para = numbered(s, "1", "With regard to the situation in French Polynesia:")
    lettered(s, para, "g", "Noted the statement made by the President;")
    item = candidate("(i) Also noted the statements by experts;", 1571)
    item.following = "(j) Further noted the statements made by experts;"
    assert_declines(roman_item, s, item)
    assert lettered_item(s, item) is True
    assert [sub.id for sub in para.subparagraphs] == ["para1g", "para1i"]


def test_a_letter_reads_its_roman_items() -> None:
    """S/2025/122 (a letter, read generically): "(a) Provide ... support:", then "(i)",
    "(ii)", then "(b)": the numerals are (a)'s (``p44a-i``), the letters follow."""
    s = body(GENERIC_BODY)
    blocks = ["The support office would facilitate the following:", "(a) Provide support:"]
    blocks += ["(i) The use of assessed funding;", "(ii) Contingent-owned equipment;", "(b) Provide a package."]
    for at, text in enumerate(blocks, start=1):
        c = candidate(text, at)
        assert any(rule(s, c) for rule in GENERIC_BODY.rules)
    assert [p.id for p in s.paragraphs[0].walk()] == ["p1", "p1a", "p1a-i", "p1a-ii", "p1b"]


def test_roman_item_declines_without_a_lettered_paragraph() -> None:
    """ "(i)" straight after "3." has no letter to hang under (and no "(ii)" follows it)."""
    s = body()
    numbered(s, "3", "Calls upon all States:")
    assert_declines(roman_item, s, candidate("(i) To report;"))


def test_roman_item_takes_a_paragraphs_own_items_in_roman_numerals() -> None:
    """S/RES/66 (1948): "Calls upon the Governments concerned:" then "(i)" before "(ii)",
    then "(ii)", "(iii)": ``pp2-i`` ... under the paragraph (no letter (i)); a "(v)" after
    "(ii)" is not its next item (declined)."""
    s = body()
    s.counts["pp"] = 2
    pp2 = Paragraph("pp2", "preamble", None, "Calls upon the Governments concerned:")
    s.paragraphs.append(pp2)
    first = candidate("(i) To order an immediate cease-fire;", 11)
    first.following = "(ii) To implement without further delay resolution 61 (1948);"
    assert roman_item(s, first) is True
    assert roman_item(s, candidate("(ii) To implement without further delay resolution 61 (1948);", 13)) is True
    assert [(p.id, p.number) for p in pp2.subparagraphs] == [("pp2-i", "(i)"), ("pp2-ii", "(ii)")]
    assert_declines(roman_item, s, candidate("(v) To allow the supervision of the truce;", 19))


def test_roman_item_forgets_a_letter_of_an_earlier_paragraph() -> None:
    """A lettered paragraph of op3 is not the parent of "(i)" after op4 (declined; the
    stale letter is dropped)."""
    s = body()
    op3 = numbered(s, "3", "Calls upon all States:")
    op3a = lettered(s, op3, "a", "To consider:")
    numbered(s, "4", "Decides:")
    s.last_letter = op3a
    assert roman_item(s, candidate("(i) To report;")) is False
    assert s.last_letter is None
    assert op3a.subparagraphs == []


def test_lettered_item_hangs_under_the_last_paragraph() -> None:
    """ "(a) To ...;" after op3: ``op3a`` numbered "(a)", in source order; "(mm)" without its space too."""
    s = body()
    op3 = numbered(s, "3", "Calls upon all States to:")
    assert lettered_item(s, candidate("(a) To ratify the Convention;", 18)) is True
    assert lettered_item(s, candidate("(mm)Designing policies;", 19)) is True
    assert [(p.id, p.number, p.text, p.kind, p.line) for p in op3.subparagraphs] == [
        ("op3a", "(a)", "To ratify the Convention;", "operative", 18),
        ("op3mm", "(mm)", "Designing policies;", "operative", 19),
    ]
    assert s.last_letter is op3.subparagraphs[-1]
    assert [p.id for p in s.paragraphs] == ["op3"]


def test_lettered_item_takes_the_next_letter_printed_without_its_bracket() -> None:
    """S/RES/301 (1971): "b) To abstain ..." after "(a)" is ``op11b``, numbered "(b)" (the
    repair logged); "d) ..." after "(a)" is not the next letter, and is declined."""
    s = body()
    op11 = numbered(s, "11", "Calls upon all States:")
    lettered(s, op11, "a", "To abstain from entering into treaty relations;")
    assert lettered_item(s, candidate("b) To abstain from invoking those treaties,", 129)) is True
    assert [(p.id, p.number, p.text) for p in op11.subparagraphs[1:]] == [
        ("op11b", "(b)", "To abstain from invoking those treaties,")
    ]
    assert s.doc.log == [
        LogEntry("repaired", "letter-without-bracket", 129, "sub-paragraph (b) printed without its opening bracket")
    ]
    assert_declines(lettered_item, s, candidate("d) To review their bilateral treaties;", 133))


def test_lettered_item_reads_a_letter_its_neighbours_settle() -> None:
    """S/RES/864 (1993): "(a) To make periodic reports" after "(c)", "(e)" next, is item
    (d), misread (warned); with "(f)" next, or no item before, it stays "(a)"."""
    s = body()
    op22 = numbered(s, "22", "Decides to establish a committee to undertake the following tasks:")
    lettered(s, op22, "c", "To consider information brought to its attention;")
    c = candidate("(a) To make periodic reports to the Council;", 195)
    c.following = "(e) To promulgate guidelines;"
    assert lettered_item(s, c) is True
    assert [(p.id, p.number, p.text) for p in op22.subparagraphs[1:]] == [
        ("op22d", "(d)", "To make periodic reports to the Council;")
    ]
    assert [(e.rule, e.line) for e in s.doc.log] == [("misread-letter", 195)]
    s = body()
    op22 = numbered(s, "22", "Decides to establish a committee to undertake the following tasks:")
    lettered(s, op22, "c", "To consider information brought to its attention;")
    c = candidate("(a) To make periodic reports to the Council;", 195)
    c.following = "(f) To promulgate guidelines;"
    assert lettered_item(s, c) is True
    assert op22.subparagraphs[-1].id == "op22a" and s.doc.log == []


def test_lettered_item_takes_i_after_h_as_a_letter() -> None:
    """ "(i)" declined by ``roman_item`` after "(h)" is ``op3i``."""
    s = body()
    op3 = numbered(s, "3", "Calls upon all States:")
    lettered(s, op3, "h", "To cooperate;")
    assert lettered_item(s, candidate("(i) To report;")) is True
    assert op3.subparagraphs[-1].id == "op3i"


def test_lettered_item_after_a_heading_hangs_under_the_heading() -> None:
    """ "(a)" straight after a heading becomes ``h1a``, a sub-paragraph of kind heading:
    pinned as it is today (reported as surprising)."""
    s = body()
    numbered(s, "1", "Decides;")
    s.heading(candidate("Follow-up", 2, "heading"))
    assert lettered_item(s, candidate("(a) To report;", 3)) is True
    h1 = s.paragraphs[-1]
    assert [(p.id, p.kind, p.number) for p in h1.subparagraphs] == [("h1a", "heading", "(a)")]


def test_lettered_item_declines_without_a_paragraph_or_a_letter() -> None:
    """ "(a)" as the body's first block has nothing to hang under; "(1)" is no letter."""
    assert_declines(lettered_item, body(), candidate("(a) To ratify the Convention;"))
    s = body()
    numbered(s, "3", "Calls upon all States to:")
    assert_declines(lettered_item, s, candidate("(1) To ratify the Convention;"))


def test_subheading_takes_a_short_line_without_a_stop_among_operative_paragraphs() -> None:
    """ "Budget performance report for the period ..." after op2 is a heading ``h1``."""
    s = body()
    numbered(s, "2", "Approves the budget;")
    text = "Budget performance report for the period from 1 July 2000 to 30 June 2001"
    assert subheading(s, candidate(text, 33)) is True
    assert [(p.id, p.kind, p.text) for p in s.paragraphs[1:]] == [("h1", "heading", text)]
    assert s.last_numbered is None


def test_subheading_takes_an_annex_title_before_any_number() -> None:
    """In an annex, a line without a stop is a heading from the start: ``annex-h1``."""
    s = body(ANNEX_BODY, "annex-")
    assert subheading(s, candidate("Programme of action on a culture of peace")) is True
    assert s.paragraphs[-1].id == "annex-h1"


def test_subheading_declines_before_numbering_and_sentences() -> None:
    """Before paragraph 1 of a resolution it is preamble; a line ending with a stop is a paragraph."""
    assert_declines(subheading, body(), candidate("Budget performance report for the period"))
    s = body()
    numbered(s, "2", "Approves the budget;")
    assert_declines(subheading, s, candidate("Requests the Secretary-General to report."))
    assert_declines(subheading, s, candidate("welcomes the progress made"))


def test_annex_paragraph_takes_an_unnumbered_annex_paragraph() -> None:
    """An annex's unnumbered paragraphs: ``annex-p1``, ``annex-p2``, no warning."""
    s = body(ANNEX_BODY, "annex-")
    assert annex_paragraph(s, candidate("The States Parties to the present Convention,", 60)) is True
    assert annex_paragraph(s, candidate("Have agreed as follows:", 61)) is True
    assert [(p.id, p.kind, p.number, p.line) for p in s.paragraphs] == [
        ("annex-p1", "numbered", None, 60),
        ("annex-p2", "numbered", None, 61),
    ]
    assert s.doc.log == []


def test_annex_paragraph_is_the_annex_grammars_last_rule() -> None:
    """It takes anything, so it must come last (nothing after it would run)."""
    assert ANNEX_BODY.rules[-1] is annex_paragraph


def test_plain_paragraph_counts_a_generic_texts_paragraphs() -> None:
    """A text read generically: each unnumbered block ``p1``, ``p2`` in order, kind
    numbered without a number, markers kept, nothing logged."""
    s = body(GENERIC_BODY)
    assert plain_paragraph(s, candidate("I have the honour to transmit herewith a letter.", 21)) is True
    assert plain_paragraph(s, candidate(f"(Signed) Sergiy Kyslytsya{sentinel('1')}", 23)) is True
    assert [(p.id, p.kind, p.number, p.line) for p in s.paragraphs] == [
        ("p1", "numbered", None, 21),
        ("p2", "numbered", None, 23),
    ]
    assert [r.ref_id for r in s.paragraphs[1].footnote_refs] == ["fnref1"]
    assert s.doc.log == []


def test_plain_paragraph_is_the_generic_grammars_last_rule() -> None:
    """It takes anything, so it comes last; a numbered paragraph in a generic text is still
    ``para2`` and an unnumbered one after it keeps counting (``p2``)."""
    assert GENERIC_BODY.rules[-1] is plain_paragraph
    s = body(GENERIC_BODY)
    assert plain_paragraph(s, candidate("Excellency,")) is True
    assert numbered_paragraph(s, candidate("2. The meeting was opened.")) is True
    assert plain_paragraph(s, candidate("(Signed) A. B.")) is True
    assert [p.id for p in s.paragraphs] == ["p1", "para2", "p2"]


def test_speaker_turn_keeps_each_turn_and_lists_its_speakers_once() -> None:
    """A verbatim record's turns ("Mr. Heartney (United States of America): As ...", "The
    Acting President: We shall ...", "... (Congo) (spoke in French): On behalf ..."): each
    its own paragraph in order, each speaker listed once, in order of speaking."""
    s = body(RECORD_BODY)
    for at, text in enumerate(
        (
            "Mr. Makayat-Safouesse (Congo) (spoke in French): On behalf of the Republic of the Congo,",
            "The Acting President: We shall now proceed to consider draft resolution A/79/L.64.",
            "Mr. Makayat-Safouesse (Congo) (spoke in French): I thank the Assembly.",
        ),
        start=10,
    ):
        assert speaker_turn(s, candidate(text, at)) is True
    assert [p.id for p in s.paragraphs] == ["p1", "p2", "p3"]
    assert s.doc.extra["speakers"] == "Mr. Makayat-Safouesse (Congo); The Acting President"


def test_speaker_turn_declines_a_statement_without_speaker() -> None:
    """A paragraph of a turn after its first ("I give the floor to ..."), a sentence with a
    colon that names no speaker ("In favour:"), a title's "Mr." inside a sentence."""
    for text in (
        "I give the floor to the representative of the Secretariat.",
        "In favour:",
        "Let me thank Mr. Yang (Cameroon): he presided well.",
    ):
        assert_declines(speaker_turn, body(RECORD_BODY), candidate(text))


def test_meeting_time_reads_when_the_meeting_opened_and_rose() -> None:
    """ "The meeting was called to order at 10.05 a.m." and "The meeting rose at 11.20
    a.m.": the hours, the lines kept as the record's paragraphs."""
    s = body(RECORD_BODY)
    assert meeting_time(s, candidate("The meeting was called to order at 10.05 a.m.", 11)) is True
    assert meeting_time(s, candidate("The meeting rose at 11.20 a.m.", 400)) is True
    assert (s.doc.extra["opened"], s.doc.extra["rose"], [p.id for p in s.paragraphs]) == (
        "10.05 a.m.",
        "11.20 a.m.",
        ["p1", "p2"],
    )


def test_meeting_time_declines_another_sentence_on_the_meeting() -> None:
    assert_declines(meeting_time, body(RECORD_BODY), candidate("The meeting rose late, at the call of the Chair."))
    assert_declines(meeting_time, body(RECORD_BODY), candidate("The meeting was suspended at 11 a.m."))


def test_contents_entry_takes_the_table_of_contents_unnumbered() -> None:
    """ "1. Elements ... 8" and a wrapped "I. Outline ... / ... 5": the contents, ``p1``,
    ``p2``; their numbers are not paragraphs' (the report's own para1 follows)."""
    s = body(REPORT_BODY)
    assert contents_entry(s, candidate("1. Elements for making comparative estimates ................ 8", 3)) is True
    assert contents_entry(s, candidate("I. Outline of the methodology\nfor 2025–2027 .................. 5 II.", 4))
    assert numbered_paragraph(s, candidate("1. The Committee held its eighty-fifth session.", 9)) is True
    assert [(p.id, p.number) for p in s.paragraphs] == [("p1", None), ("p2", None), ("para1", "1")]


def test_contents_entry_takes_an_entry_with_a_few_dots_after_an_entry() -> None:
    """E/C.2/2025/2/Add.5: "6. Regroupement ... – section Togo .. 10" after "5. ... 8":
    an entry; the same text after a paragraph is not (declined)."""
    s = body(REPORT_BODY)
    assert contents_entry(s, candidate("5. Promotion du développement économique et social (PDES) ........ 8", 16))
    assert contents_entry(s, candidate("6. Regroupement des jeunes africains – section Togo .. 10", 17)) is True
    s = body(REPORT_BODY)
    numbered(s, "5", "The organization met.")
    assert_declines(contents_entry, s, candidate("6. Regroupement des jeunes africains – section Togo .. 10", 17))


def test_contents_entry_takes_an_entry_with_a_few_dots_after_a_groups_heading() -> None:
    """E/ICEF/2025/11's contents: "16. ... UNICEF ....... 7", the group's heading
    "Resource, financial and budgetary matters", then "17. Private Fundraising ... 2024 ..
    7": an entry (it was paragraph 17); after a heading that follows a paragraph, declined."""
    s = body(REPORT_BODY)
    assert contents_entry(s, candidate("16. Annual report on the risk profile of UNICEF .............. 7", 20))
    assert heading(s, candidate("Resource, financial and budgetary matters", 21, "heading"))
    entry = "17. Private Fundraising and Partnerships: financial report for the year ended 31 December 2024 .. 7"
    assert contents_entry(s, candidate(entry, 22)) is True
    assert [(p.id, p.number) for p in s.paragraphs] == [("p1", None), ("h1", None), ("p2", None)]
    s = body(REPORT_BODY)
    numbered(s, "16", "The Board met.")
    assert heading(s, candidate("Resource, financial and budgetary matters", 21, "heading"))
    assert_declines(contents_entry, s, candidate(entry, 22))


def test_contents_entry_declines_a_paragraph_with_an_ellipsis() -> None:
    """An ellipsis or a stop is not a leader: "3. Decides to continue... and so on." is op. 3."""
    assert_declines(contents_entry, body(REPORT_BODY), candidate("3. Decides to continue... and so on.", 7))
    assert_declines(contents_entry, body(REPORT_BODY), candidate("The Committee met on 5 June 2025.", 8))


def test_lead_paragraph_takes_a_reports_summary_before_its_first_number() -> None:
    """A report's summary, before paragraph 1: ``p1``, ``p2``, its own, nothing said."""
    s = body(REPORT_BODY)
    assert lead_paragraph(s, candidate("The present report describes the work of the Office.", 5)) is True
    assert lead_paragraph(s, candidate("It ends with recommendations.", 6)) is True
    assert [(p.id, p.kind, p.number) for p in s.paragraphs] == [("p1", "numbered", None), ("p2", "numbered", None)]
    assert s.doc.log == []


def test_lead_paragraph_declines_once_the_numbering_has_begun() -> None:
    """After paragraph 1 an unnumbered block is not a lead paragraph (it carries on, or
    strays)."""
    s = body(REPORT_BODY)
    numbered(s, "1", "The Assembly asked for this report.")
    assert_declines(lead_paragraph, s, candidate("A table follows.", 9))


def test_preambular_paragraph_takes_unnumbered_blocks_before_the_first_number() -> None:
    """ "Reaffirming ...," and "Noting ...,": ``pp1``, ``pp2``."""
    s = body()
    assert preambular_paragraph(s, candidate("Reaffirming its resolution 55/88 of 4 December 2000,", 11)) is True
    assert (
        preambular_paragraph(s, candidate("Noting with appreciation the report of the Secretary-General,", 12)) is True
    )
    assert [(p.id, p.kind, p.number, p.line) for p in s.paragraphs] == [
        ("pp1", "preamble", None, 11),
        ("pp2", "preamble", None, 12),
    ]


def test_preambular_paragraph_declines_after_the_numbering_began() -> None:
    """After op1 an unnumbered block is no preamble."""
    s = body()
    numbered(s, "1", "Welcomes the report;")
    assert_declines(preambular_paragraph, s, candidate("Recalling also its resolution 55/2,"))


def test_stray_paragraph_keeps_an_unnumbered_block_among_numbered_ones_and_warns() -> None:
    """ "Recalling also ...," after op1: ``u1`` of the operative kind, said."""
    s = body()
    numbered(s, "1", "Welcomes the report;")
    assert stray_paragraph(s, candidate("Recalling also its resolution 55/2,", 14)) is True
    assert [(p.id, p.kind, p.number) for p in s.paragraphs[1:]] == [("u1", "operative", None)]
    assert s.doc.log == [
        LogEntry("warning", "unnumbered-paragraph", 14, "unnumbered paragraph among numbered ones, kept in place")
    ]


def test_stray_paragraph_in_a_report_is_of_the_numbered_kind() -> None:
    """A report's stray block is ``u1`` of kind numbered; it is the grammar's last rule."""
    s = body(REPORT_BODY)
    assert stray_paragraph(s, candidate("The Committee then adjourned.", 3)) is True
    assert (s.paragraphs[-1].id, s.paragraphs[-1].kind) == ("u1", "numbered")
    assert REPORT_BODY.rules[-1] is stray_paragraph


# -- what is done once all blocks are read ----------------------------------------------------


def test_unnumbered_operative_part_makes_the_first_sentence_operative() -> None:
    """A preamble whose last paragraph ends with a stop: from there on, operative ``op``."""
    paragraphs = [
        Paragraph("pp1", "preamble", None, "Recalling its resolution 55/2,"),
        Paragraph("pp2", "preamble", None, "Endorses the declaration annexed to the present resolution."),
    ]
    unnumbered_operative_part(paragraphs)
    assert [(p.id, p.kind, p.number) for p in paragraphs] == [
        ("pp1", "preamble", None),
        ("op1", "operative", None),
    ]


def test_unnumbered_operative_part_moves_the_paragraphs_items_with_it() -> None:
    """S/RES/66 (1948): "Calls upon the Governments concerned:" with its items (i), (ii):
    ``op1`` and ``op1-i``, ``op1-ii``, operative (were ``pp2i``, left under ``op1``)."""
    items = [Paragraph("pp2-i", "preamble", "(i)", "To order a cease-fire;")]
    items.append(Paragraph("pp2-ii", "preamble", "(ii)", "To implement resolution 61 (1948);"))
    paragraphs = [
        Paragraph("pp1", "preamble", None, "Having considered the report of the Acting Mediator,"),
        Paragraph("pp2", "preamble", None, "Calls upon the Governments concerned:", subparagraphs=items),
    ]
    unnumbered_operative_part(paragraphs)
    assert [(p.id, p.kind) for p in paragraphs[1].walk()] == [
        ("op1", "operative"),
        ("op1-i", "operative"),
        ("op1-ii", "operative"),
    ]


def test_unnumbered_operative_part_counts_headings_in_its_numbers() -> None:
    """Ids number by position from the first operative one, headings included (op1, h1, op3):
    pinned as it is today."""
    paragraphs = [
        Paragraph("pp1", "preamble", None, "Endorses the declaration."),
        Paragraph("h1", "heading", None, "Follow-up"),
        Paragraph("pp2", "preamble", None, "Decides to remain seized of the matter."),
    ]
    unnumbered_operative_part(paragraphs)
    assert [p.id for p in paragraphs] == ["op1", "h1", "op3"]


def test_unnumbered_operative_part_takes_a_last_paragraph_that_lost_its_stop() -> None:
    """S/RES/351 (1974): "Having examined ...," then "Recommends ... in the United Nations"
    (its stop lost in the scan): the last paragraph opens as an operative one does, so it
    is ``op1``; S/RES/299 (1971) ends it with a comma, S/RES/285 (1970) has no preamble."""
    paragraphs = [
        Paragraph("pp1", "preamble", None, "Having examined the application of Bangladesh,"),
        Paragraph("pp2", "preamble", None, "Recommends to the General Assembly that Bangladesh be admitted"),
    ]
    unnumbered_operative_part(paragraphs)
    assert [(p.id, p.kind) for p in paragraphs] == [("pp1", "preamble"), ("op1", "operative")]
    alone = [Paragraph("pp1", "preamble", None, "Demands the complete and immediate withdrawal of all forces")]
    unnumbered_operative_part(alone)
    assert [(p.id, p.kind) for p in alone] == [("op1", "operative")]


def test_unnumbered_operative_part_leaves_numbered_or_comma_only_texts() -> None:
    """With an operative paragraph already, or only commas, nothing changes."""
    numbered_part = [
        Paragraph("pp1", "preamble", None, "Endorses the declaration."),
        Paragraph("op1", "operative", "1", "Decides;"),
    ]
    unnumbered_operative_part(numbered_part)
    assert [p.id for p in numbered_part] == ["pp1", "op1"]
    commas = [Paragraph("pp1", "preamble", None, "Recalling,"), Paragraph("pp2", "preamble", None, "Noting,")]
    unnumbered_operative_part(commas)
    assert [p.id for p in commas] == ["pp1", "pp2"]
    # a last paragraph that opens as a preambular one does, though its word ends in s
    for opener in ("Conscious of its responsibility", "Whereas Japan has ceased", "Noting also the report"):
        last = [Paragraph("pp1", "preamble", None, "Recalling,"), Paragraph("pp2", "preamble", None, opener)]
        unnumbered_operative_part(last)
        assert [p.id for p in last] == ["pp1", "pp2"]


def test_unnumbered_operative_part_ends_a_paragraph_where_its_last_item_does() -> None:
    """S/RES/34 (1947): "(a) Resolves that ... seized ; and" with its item "(b) Requests
    that ... the General Assembly.": the paragraph ends as a sentence where its last item
    does, so it is ``op1`` (its item ``op1b``); one whose own text ends so ("The Council
    decides:", E/2025/L.4) does whatever its items end with; one whose text and items end
    with commas is preambular still."""
    item = Paragraph("pp1b", "preamble", "(b)", "Requests that the Secretary-General place all records.")
    text = "(a) Resolves that the dispute be taken off the list ; and"
    lettered = [Paragraph("pp1", "preamble", None, text, subparagraphs=[item])]
    unnumbered_operative_part(lettered)
    assert [(p.id, p.kind) for p in lettered[0].walk()] == [("op1", "operative"), ("op1b", "operative")]
    cut = Paragraph("pp1a", "preamble", "(a)", "That the theme of the segment will")
    decides = [Paragraph("pp1", "preamble", None, "The Economic and Social Council decides:", subparagraphs=[cut])]
    unnumbered_operative_part(decides)
    assert [(p.id, p.kind) for p in decides[0].walk()] == [("op1", "operative"), ("op1a", "operative")]
    comma = Paragraph("pp1a", "preamble", "(a)", "its resolution 242 (1967),")
    preamble = [
        Paragraph("pp1", "preamble", None, "Recalling its resolutions,", subparagraphs=[comma]),
        Paragraph("pp2", "preamble", None, "Noting,"),
    ]
    unnumbered_operative_part(preamble)
    assert [p.id for p in preamble] == ["pp1", "pp2"]


# -- tables --------------------------------------------------------------------------------


def _table_candidate(at: int = 40) -> Candidate:
    """The reader's table block: 'Total' with note a, two columns; spans over the text
    with its sentinel in."""
    text = f"Category Number Total{sentinel('a')} 12"
    cells = [[(0, 8), (9, 15)], [(16, 16 + len(f"Total{sentinel('a')}")), (len(text) - 2, len(text))]]
    rows = [TableRow([TableCell([span]) for span in row], header=n == 0) for n, row in enumerate(cells)]
    clean, markers = split_markers(text)
    return Candidate(Block(text, at, "table", table=Table(rows)), clean, markers)


def test_table_takes_a_table_block_and_moves_its_cells_past_the_markers() -> None:
    """A table block is ``table1`` (then ``table2``), its cells over the text without the
    markers' sentinels, the marker 'a' where it stood (after "Total")."""
    s = body()
    numbered(s, "1", "Approves the following:")
    assert table(s, _table_candidate()) is True
    assert table(s, _table_candidate(50)) is True
    first = s.paragraphs[1]
    assert [p.id for p in s.paragraphs] == ["op1", "table1", "table2"]
    assert (first.kind, first.number, first.text, first.line) == ("table", None, "Category Number Total 12", 40)
    assert first.table is not None
    assert [[c.text(first.text) for c in row.cells] for row in first.table.rows] == [
        ["Category", "Number"],
        ["Total", "12"],
    ]
    assert [row.header for row in first.table.rows] == [True, False]
    assert [(r.marker, r.offset) for r in first.footnote_refs] == [("a", len("Category Number Total"))]


def test_a_table_ends_what_the_paragraph_announcing_it_holds() -> None:
    """ "7. ... the following contributions:", the table, "In addition, ...": the block
    after the table is not held by paragraph 7 (it would be shown before the table: the
    fidelity proof failed on E/2025/39)."""
    s = body()
    s.holder = numbered(s, "7", "Its Government would make the following contributions:")
    assert table(s, _table_candidate()) is True
    assert_declines(held_by_colon, s, candidate("In addition, an in-kind contribution.", 60))


def test_a_table_an_open_lists_item_announces_is_the_items_and_the_list_goes_on() -> None:
    """E/2025/39's decision 81/21: "... contributions pledged for 2025:", "1. Brunei ...",
    "2. Cambodia ... the following contributions:", a table, "In addition, ...", "3. China
    ...": the table and the text after it are item 2's (shown under it, in order), and
    "3." is the list's third item, not the report's paragraph 3."""
    s = body(REPORT_BODY)
    para = numbered(s, "2", "The Commission expressed its appreciation for the following contributions:")
    s.announced, s.latest = para, para
    s.last_numbered = None  # a decision under its heading, as in E/2025/39: "3." is no paragraph's
    assert list_item(s, candidate("1. Brunei Darussalam. Contributions as follows.", 10)) is True
    s.announced = None
    assert list_item(s, candidate("2. Cambodia. The Government would make the following contributions:", 11))
    assert table(s, _table_candidate(12)) is True
    assert held_by_colon(s, candidate("In addition, an in-kind contribution.", 13)) is True
    assert held_by_colon(s, candidate("3. China. The delegation announced contributions.", 14)) is False
    assert list_item(s, candidate("3. China. The delegation announced contributions.", 14)) is True
    assert [p.id for p in s.paragraphs] == ["para2"]
    assert [p.id for p in para.walk()] == ["para2", "para2-i1", "para2-i2", "table1", "para2-i2-p1", "para2-i3"]


def test_a_table_after_an_item_announcing_nothing_is_the_texts_own() -> None:
    """A table after a list's item that ends as a sentence: the text's own, as before."""
    s = body(REPORT_BODY)
    para = numbered(s, "2", "The Commission adopted the following agenda:")
    s.items, s.next_item = para, 2
    para.subparagraphs.append(Paragraph("para2-i1", "numbered", "1", "Opening of the session."))
    assert table(s, _table_candidate(12)) is True
    assert [p.id for p in s.paragraphs] == ["para2", "table1"]
    assert s.holder is None


def test_draft_ends_declines_the_next_item_of_a_list_the_draft_has_open() -> None:
    """In a draft decision, "3. China ..." after the list's items 1 and 2 (and a table)
    where the report's paragraph 3 is due: the list's item, the draft goes on."""
    s = body(REPORT_BODY)
    numbered(s, "2", "The Commission adopted the following decisions:")
    s.latest = s.paragraphs[-1]
    draft_formula(s, candidate("The Economic and Social Commission for Asia and the Pacific,", 30))
    decision = Paragraph("draft1-pp1", "preamble", None, "The Commission took note of the following pledges:")
    decision.subparagraphs += [Paragraph(f"draft1-pp1-i{n}", "preamble", str(n), "A pledge.") for n in (1, 2)]
    s.paragraphs.append(decision)
    s.items, s.next_item = decision, 3
    assert_declines(draft_ends, s, candidate("3. China. The delegation announced contributions.", 34))
    s.items = None
    assert draft_ends(s, candidate("3. China. The delegation announced contributions.", 34)) is True


def test_agenda_documentation_holds_an_items_documents() -> None:
    """A/80/16's draft provisional agenda: "3. Programme questions:", "(a) Proposed
    programme budget", "Documentation", "Report of the Secretary-General ...", "(b)
    Evaluation.", "Documentation", its report, "4. Coordination questions:": each
    "Documentation" and its titles are held by the item's lettered part, and "4." goes
    on the list (not the annex's paragraph 4)."""
    blocks = [
        Block("631. The draft provisional agenda is set out below.", 1),
        Block("Draft provisional agenda for the sixty-sixth session", 2, "heading"),
        Block("1. Election of officers.", 3),
        Block("2. Adoption of the agenda.", 4),
        Block("3. Programme questions:", 5),
        Block("(a) Proposed programme budget;", 6),
        Block("Documentation", 7, "heading"),
        Block("Report of the Secretary-General on the proposed programme budget", 8, "heading"),
        Block("(b) Evaluation.", 9),
        Block("Documentation", 10, "heading"),
        Block("Report of the Office of Internal Oversight Services on the triennial review", 11),
        Block("4. Coordination questions.", 12),
        Block("Documentation", 13),
        Block("Report of the Secretary-General", 14),
        Block("632. The Committee adopted its report.", 15),
    ]
    paragraphs = read_body(doc_state(), ANNEX_BODY, blocks, set(), "annex-")
    assert [p.id for p in paragraphs[1].walk()] == [
        "annex-h1",
        "annex-h1-i1",
        "annex-h1-i2",
        "annex-h1-i3",
        "annex-h1-i3a",
        "annex-h1-i3a-p1",
        "annex-h1-i3a-p2",
        "annex-h1-i3b",
        "annex-h1-i3b-p1",
        "annex-h1-i3b-p2",
        "annex-h1-i4",
        "annex-h1-i4-p1",
        "annex-h1-i4-p2",
    ]
    assert paragraphs[-1].id == "annex-para632"


def test_agenda_documentation_declines_outside_a_list_and_past_the_titles() -> None:
    """No list open: "Documentation" is the text's own heading. In a list, the titles end
    at a section's heading ("B. Agenda") and at a paragraph (a long sentence)."""
    s = body(REPORT_BODY)
    assert_declines(agenda_documentation, s, candidate("Documentation", 1, "heading"))
    para = numbered(s, "16", "The Commission adopted the following agenda:")
    item = Paragraph("para16-i1", "numbered", "1", "Opening of the session.")
    para.subparagraphs.append(item)
    s.items, s.next_item = para, 2
    assert agenda_documentation(s, candidate("Documentation", 2, "heading")) is True
    assert s.documents is item
    assert agenda_documentation(s, candidate("B. Agenda", 3, "heading")) is False
    assert s.documents is None
    s.documents = item
    long = "The Commission considered the item at its 5th meeting. " * 12
    assert agenda_documentation(s, candidate(long.strip(), 4)) is False
    assert [p.id for p in item.subparagraphs] == ["para16-i1-p1"]


def test_table_declines_a_block_of_text() -> None:
    """Words of a paragraph, however many figures they hold, are no table: only the
    reader's table blocks are."""
    s = body()
    assert_declines(table, s, candidate("Total 35 27 20 46 128 100.0"))
    assert table(s, candidate("Table 1", 3, "heading")) is False


def _figure_candidate(at: int = 40) -> Candidate:
    """The reader's figure block: caption "Figure I", title, two lines of the chart's
    words (a raised note marker 1 on the title), its source; spans over the text with
    the sentinel in."""
    lines = ["Figure I", f"Trajectories detected{sentinel('1')}", "400 300 200 100 0", "Weeks", "Source: UNIFIL."]
    text = " ".join(lines)
    spans, start = [], 0
    for line in lines:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    clean, markers = split_markers(text)
    found = Figure(spans[:2], spans[2:4], spans[4:])
    return Candidate(Block(text, at, "figure", figure=found), clean, markers)


def test_figure_takes_a_figure_block_its_words_as_printed() -> None:
    """A figure block is ``figure1`` (then ``figure2``), kind "figure", no number; its
    caption, labels and source over the text without the marker's sentinel; a lettered
    item after it is no item of the figure (nor of the paragraph before: it would be
    shown before the figure)."""
    s = body()
    numbered(s, "3", "UNIFIL detected 633 air attacks (see figure I).")
    assert figure(s, _figure_candidate()) is True
    assert figure(s, _figure_candidate(60)) is True
    first = s.paragraphs[1]
    assert [p.id for p in s.paragraphs] == ["op3", "figure1", "figure2"]
    assert (first.kind, first.number, first.line) == ("figure", None, 40)
    assert first.figure is not None
    assert [first.text[a:b] for a, b in first.figure.caption] == ["Figure I", "Trajectories detected"]
    assert [first.text[a:b] for a, b in first.figure.labels] == ["400 300 200 100 0", "Weeks"]
    assert [first.text[a:b] for a, b in first.figure.sources] == ["Source: UNIFIL."]
    assert [(r.marker, r.offset) for r in first.footnote_refs] == [("1", len("Figure I Trajectories detected"))]
    assert_declines(lettered_item, s, candidate("(b) The midterm evaluations are due in 2025.", 70))


def test_figure_declines_a_block_of_text_and_a_table() -> None:
    """A chart's words read as text, and a table, are no figure: only the reader's figure
    blocks are."""
    s = body()
    assert_declines(figure, s, candidate("400 350 300 250 200 150 100 50 0"))
    assert figure(s, _table_candidate()) is False


# -- drafts a report recommends ----------------------------------------------------------------


def test_draft_formula_opens_a_draft_with_its_own_numbering() -> None:
    """A report's "The Fourth Committee recommends ... the following draft resolution:",
    then "The General Assembly,": the draft's preamble ``draft1-pp1`` and operative
    paragraphs ``draft1-op1`` number from 1, apart from the report's ``para11``."""
    s = body(REPORT_BODY)
    numbered(s, "11", "The Committee recommends the adoption of the following draft resolution:")
    s.latest = s.paragraphs[-1]
    assert draft_formula(s, candidate("The General Assembly,", 30)) is True
    assert s.grammar is DRAFT_BODY
    rules = s.grammar.rules
    for text in ("Recalling its resolution 1514 (XV),", "1. Reaffirms the right of peoples;", "2. Decides;"):
        assert any(rule(s, candidate(text, 31)) for rule in rules)
    assert [(p.id, p.kind, p.number) for p in s.paragraphs] == [
        ("para11", "numbered", "11"),
        ("draft1-h1", "heading", None),
        ("draft1-pp1", "preamble", None),
        ("draft1-op1", "operative", "1"),
        ("draft1-op2", "operative", "2"),
    ]
    # a second formula: the next draft
    assert draft_formula(s, candidate("The General Assembly,", 40)) is True
    assert s.scope == "draft2-"


def test_draft_formula_without_its_comma_only_where_a_draft_was_announced() -> None:
    """UNICEF's "The Executive Board" opens a draft after "III. Draft decision"; a
    paragraph that merely names a body, or a formula in a grammar without drafts, does not."""
    s = body(REPORT_BODY)
    numbered(s, "4", "The Board met twice.")
    assert_declines(draft_formula, s, candidate("The Executive Board", 20))
    assert_declines(draft_formula, s, candidate("The Executive Board met on 3 May and decided:", 20))
    assert_declines(draft_formula, body(), candidate("The General Assembly,", 20))
    heading(s, candidate("III. Draft decision", 21, "heading"))
    assert draft_formula(s, candidate("The Executive Board", 22)) is True


def test_draft_ends_where_the_report_numbering_goes_on() -> None:
    """After a draft's op. 1 and 2, "12." carries on the report (``para12``), not "3."."""
    s = body(REPORT_BODY)
    numbered(s, "11", "The Committee recommends the following draft resolution:")
    s.latest = s.paragraphs[-1]
    draft_formula(s, candidate("The General Assembly,", 30))
    for text in ("1. Reaffirms;", "2. Decides;"):
        any(rule(s, candidate(text, 31)) for rule in s.grammar.rules)
    assert_declines(draft_ends, s, candidate("3. Requests the Secretary-General;", 33))
    assert_declines(draft_ends, s, candidate("Recalling also its resolution,", 33))
    assert draft_ends(s, candidate("12. At its 9th meeting, the Committee ...", 34)) is True
    assert (s.grammar, s.scope, s.paragraphs[-1].id) == (REPORT_BODY, "", "para12")


def test_scope_ends_where_the_reports_own_numbering_goes_on() -> None:
    """A/80/10: "184. The text of the draft articles ... is reproduced below.", articles 1
    and 5, each numbering its paragraphs from 1, then "185. The text of the draft articles
    and commentaries thereto ...": the report's ``para185``, not ``art5-para185``; and
    "186." after the articles printed again, the report's too."""
    blocks = [
        Block("184. The text of the draft articles is reproduced below.", 1),
        Block("Article 1 Scope of the present draft articles", 2, "heading"),
        Block("1. The present draft articles apply to the immunity of State officials.", 3),
        Block("2. The present draft articles are without prejudice to special rules.", 4),
        Block("Article 5 Scope of immunity ratione materiae", 5, "heading"),
        Block("1. State officials enjoy immunity ratione materiae.", 6),
        Block("2. Text of the draft articles and commentaries thereto", 7, "heading"),
        Block("185. The text of the draft articles and commentaries is reproduced below.", 8),
        Block("Article 1 Scope of the present draft articles", 9, "heading"),
        Block("1. The present draft articles apply to the immunity of State officials.", 10),
        Block("2. The present draft articles are without prejudice to special rules.", 11),
        Block("Chapter VI General principles of law", 12, "heading"),
        Block("186. The Commission decided to include the topic in its programme of work.", 13),
    ]
    paragraphs = read_body(doc_state(), REPORT_BODY, blocks, set())
    assert [p.id for p in paragraphs if p.kind != "heading"] == [
        "para184",
        "art1-para1",
        "art1-para2",
        "art5-para1",
        "para185",
        "art1-para1-2",
        "art1-para2-2",
        "para186",
    ]


def test_scope_ends_declines_the_scopes_own_next_paragraph() -> None:
    """In article 5's scope after the report's paragraph 184, "2." is the article's (the
    order it expects), and so is a "185." where the article's order expects it too; in
    the text's own scope nothing ends."""
    s = body(REPORT_BODY)
    assert_declines(scope_ends, s, candidate("185. The text is reproduced below."))
    s.outside = numbered(s, "184", "The text of the draft articles is reproduced below.")
    s.scope = "art5-"
    s.latest = numbered(s, "1", "State officials enjoy immunity ratione materiae.")
    assert_declines(scope_ends, s, candidate("2. Immunity ratione materiae continues to subsist."))
    assert_declines(scope_ends, s, candidate("Commentary", 1, "heading"))
    assert scope_ends(s, candidate("185. The text of the draft articles and commentaries.", 9)) is True
    assert (s.scope, s.paragraphs[-1].id) == ("", "para185")


def _corrigendum() -> BodyState:
    s = body(REPORT_BODY)
    s.doc.facts.doc_type = "corrigendum"
    return s


def test_correction_item_numbers_a_corrigendums_items_and_holds_what_they_quote() -> None:
    """E/2025/68/Corr.2: "1. Paragraph 49" (a text block), "For the existing text
    substitute", "49. South-South migration ...", then "2. Paragraph 52" (a heading):
    items ``para1`` and ``para2``, the quoted paragraph 49 the first item's own
    (``para1-p2``), its number in its words, not the corrigendum's paragraph 49."""
    s = _corrigendum()
    for text, kind in [
        ("1. Paragraph 49", "text"),
        ("For the existing text substitute", "text"),
        ("49. South-South migration has also grown at a high rate in recent years.", "text"),
        ("2. Paragraph 52", "heading"),
    ]:
        assert correction_item(s, candidate(text, 1, kind)) is True  # type: ignore[arg-type]
    assert [(p.id, p.number, p.text) for p in s.paragraphs] == [
        ("para1", "1", "Paragraph 49"),
        ("para2", "2", "Paragraph 52"),
    ]
    assert [(h.id, h.number) for h in s.paragraphs[0].subparagraphs] == [("para1-p1", None), ("para1-p2", None)]
    assert s.paragraphs[0].subparagraphs[1].text.startswith("49. South-South")


def test_correction_item_declines_outside_a_corrigendum_and_before_its_first_item() -> None:
    """A report's "1. Paragraph 49" is its grammar's; a corrigendum's text before its
    first item, or an item out of order ("3. Paragraph 53" first), is not an item's."""
    assert_declines(correction_item, body(REPORT_BODY), candidate("1. Paragraph 49"))
    s = _corrigendum()
    assert_declines(correction_item, s, candidate("The title of the table should read “Evaluations”."))
    assert_declines(correction_item, s, candidate("3. Paragraph 53"))
    assert_declines(correction_item, s, candidate("1. Paragraph 49 was deleted in its entirety."))


def test_draft_section_gives_a_drafts_section_numbering_afresh_its_own_scope() -> None:
    """E/2025/72's draft resolution in three parts, each numbering its operative
    paragraphs from 1 ("A Work of the Committee regarding the transport of dangerous
    goods", op. 1 and 2; "B ...", op. 1): ``draft1-secA-op1``, ``draft1-secB-op1``, no
    second op. 1 of the draft; its preamble is the draft's (``draft1-pp2``). After the
    draft, the report's paragraph 2 is the report's again."""
    blocks = [
        Block("1. The Committee of Experts held its twelfth session in Geneva.", 1),
        Block("The Economic and Social Council,", 2),
        Block("Recalling its resolutions 1999/65 and 2023/5,", 3),
        Block("A Work of the Committee regarding the transport of dangerous goods", 4, "heading"),
        Block("1. Expresses its appreciation for the work of the Committee;", 5),
        Block("2. Requests the Secretary-General to circulate the recommendations;", 6),
        Block("B Work of the Committee regarding the Globally Harmonized System", 7, "heading"),
        Block("Recalling that the Plan of Implementation encouraged countries,", 8),
        Block("1. Commends the Secretary-General on the publication;", 9),
        Block("2. Expresses its deep appreciation to the Committee;", 10),
        Block("3. Invites Governments to implement the System;", 11),
        Block("2. As requested by the Council, the secretariat published the editions.", 12),
    ]
    paragraphs = read_body(doc_state(), REPORT_BODY, blocks, set())
    assert [p.id for p in paragraphs] == [
        "para1",
        "draft1-h1",
        "draft1-pp1",
        "draft1-h2",
        "draft1-secA-op1",
        "draft1-secA-op2",
        "draft1-h3",
        "draft1-pp2",
        "draft1-secB-op1",
        "draft1-secB-op2",
        "draft1-secB-op3",
        "para2",
    ]


def test_draft_section_declines_outside_a_draft_and_where_nothing_numbers_afresh() -> None:
    """A report's own "A. Publications" is its grammar's heading; in a draft, a section's
    heading under which the numbering goes on is a heading of the draft's scope."""
    s = body(REPORT_BODY)
    c = candidate("A Work of the Committee", 4, "heading")
    c.fresh_section = True
    assert_declines(draft_section, s, c)
    numbered(s, "11", "The Committee recommends the following draft resolution:")
    s.latest = s.paragraphs[-1]
    draft_formula(s, candidate("The General Assembly,", 30))
    assert_declines(draft_section, s, candidate("B Work of the Committee", 31, "heading"))
    assert draft_section(s, c) is True
    assert (s.scope, s.paragraphs[-1].id) == ("draft1-secA-", "draft1-h2")


def test_a_draft_decision_of_unnumbered_sentences_is_operative() -> None:
    """UNICEF's "III. Draft decision" / "The Executive Board" / "Takes note of ...": the
    decision's sentence is operative (``draft1-op1``), as a resolution's would be."""
    blocks = [
        Block("110. UNICEF will drive collective action.", 1),
        Block("III. Draft decision", 2, "heading"),
        Block("The Executive Board", 3),
        Block("Takes note of the annual report for 2024.", 4),
    ]
    paragraphs = read_body(doc_state(), REPORT_BODY, blocks, set())
    assert [(p.id, p.kind) for p in paragraphs] == [
        ("para110", "numbered"),
        ("h1", "heading"),
        ("draft1-h2", "heading"),
        ("draft1-op1", "operative"),
    ]
