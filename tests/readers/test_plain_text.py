"""The plain-text shape: paragraphs between blank lines, the notes at the end, their
markers found in the text where they stand apart from their word."""

from __future__ import annotations

import re

from build_scripts.readers import plain_text, reader_for
from build_scripts.repairs.markers import CLOSE, OPEN, printed_and_note, sentinel
from build_scripts.sources import Source

RESOLUTION = """Resolution 93 (1951)
of 18 May 1951

The Security Council,

Noting that the Chief of Staff, in a memorandum of 7 March 1951, 13
and the Chairman of the Mixed Armistice Commission have requested
the Israel delegation to act,

1. Calls upon the parties to comply with paragraph 3 of the Agreement 14 and
with resolution 54 (1948) of 15 July 1948;

2. Decides to remain seized of the question.

Adopted at the 547th meeting by 10 votes to none,
with 1 abstention (Union of Soviet Socialist Republics).

13 Ibid., Sixth Year, document S/2049.
14 Ibid., Fourth Year, Special Supplement No. 2.
"""


def test_sniff_claims_plain_text_and_leaves_marked_up_text_to_its_shape() -> None:
    """Notes found: 0.55; paragraphs only: 0.5 (any shape with marks of its own wins);
    Markdown, an ODS field or too few paragraphs: 0."""
    assert plain_text.sniff(RESOLUTION) == 0.55
    assert plain_text.sniff("One paragraph.\n\nAnother one.\n\nA third one.") == 0.5
    assert plain_text.sniff("# Title\n\nOne.\n\nTwo.\n\nThree.") == 0.0
    assert plain_text.sniff("One.\n\nTwo **bold**.\n\nThree.") == 0.0
    assert plain_text.sniff("One paragraph.\n\nAnother.") == 0.0
    assert plain_text.sniff("Noting the communication (S/25647**),\n\nTwo.\n\nThree.") == 0.5
    assert reader_for(Source("S_RES_93.txt", RESOLUTION)).name == "plain-text"


def test_notes_at_the_end_and_their_markers_standing_apart() -> None:
    """ "1951, 13" and "Agreement 14 and": markers; "paragraph 3", "54 (1948)", "15 July"
    and "10 votes" are not."""
    raw = plain_text.read(RESOLUTION, "S_RES_93.txt")
    assert [(n.marker, n.text, n.line) for n in raw.notes] == [
        ("13", "Ibid., Sixth Year, document S/2049.", 18),
        ("14", "Ibid., Fourth Year, Special Supplement No. 2.", 19),
    ]
    texts = [b.text for b in raw.blocks]
    assert f"memorandum of 7 March 1951,{sentinel('13')}\nand the Chairman" in texts[3]
    assert f"the Agreement{sentinel('14')} and\nwith resolution 54 (1948) of 15 July 1948;" in texts[4]
    assert (
        texts[6]
        == "Adopted at the 547th meeting by 10 votes to none,\nwith 1 abstention (Union of Soviet Socialist Republics)."
    )
    assert all(note.position == len(raw.blocks) for note in raw.notes)


def test_a_text_closing_with_numbered_paragraphs_has_no_notes() -> None:
    """ "11. Decides to remain seized" after "10." is a paragraph, though the text prints
    an "11" a note could be; so is a run from "1." when no "1." came before."""
    text = "Noting its resolution 11 (1951),\n\n10. Requests a report;\n\n11. Decides to remain seized.\n"
    assert plain_text.read(text, "t.txt").notes == []
    text = "The Security Council,\n\nNoting the report 1 of the Secretary-General,\n\n1. Decides to act;\n\n2. Decides to remain seized.\n"
    raw = plain_text.read(text, "t.txt")
    assert raw.notes == [] and [b.text.split(".")[0] for b in raw.blocks[-2:]] == ["1", "2"]


def test_notes_after_the_sign_off_are_notes_though_a_marker_is_lost() -> None:
    """Whatever follows the sign-off is not the text's: note 41 stays a note (its marker
    is said missing later), and a sign-off cut by a blank line is one block again."""
    text = (
        "The Security Council,\n\nNoting the report,\n\nDecides to act.\n\nAdopted unanimously at the\n\n"
        "1382nd meeting.\n\n41 See Official Records of the Security Council, Third Year.\n"
    )
    raw = plain_text.read(text, "t.txt")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("41", "See Official Records of the Security Council, Third Year.")
    ]
    assert raw.blocks[-1].text == "Adopted unanimously at the\n1382nd meeting."


def test_a_sign_off_running_on_into_its_notes() -> None:
    """ "2828th meeting." / "54 Ibid." with no blank line between; notes may skip a number
    (the page's other notes) and lose their space ("56Official")."""
    text = (
        "The Security Council,\n\nNoting the report 54 of the Secretary-General 56 on the mission,\n\n"
        "Decides to act.\n\nAdopted unanimously at the\n2828th meeting.\n54 Ibid., document S/19835.\n"
        "56Official Records, document S/19836.\n"
    )
    raw = plain_text.read(text, "t.txt")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("54", "Ibid., document S/19835."),
        ("56", "Official Records, document S/19836."),
    ]
    assert raw.blocks[-1].text == "Adopted unanimously at the\n2828th meeting."


def test_notes_marked_with_a_slash_and_a_line_in_capitals() -> None:
    """ "Joint Declaration 1/ signed": the 1990s' markers; a short line in capitals is a
    heading; a title and the opening formula stand alone in their group."""
    text = (
        "MILITARY STAFF COMMITTEE\n\nRESOLUTION 781 (1992)\nThe Security Council,\n\n"
        "Recalling the Joint Declaration 1/ signed at Geneva,\n\n1. Decides to act.\n\n1/ S/24476, annex.\n"
    )
    raw = plain_text.read(text, "t.txt")
    assert [(b.kind, b.text) for b in raw.blocks[:3]] == [
        ("heading", "MILITARY STAFF COMMITTEE"),
        ("heading", "RESOLUTION 781 (1992)"),
        ("text", "The Security Council,"),
    ]
    assert f"Declaration{sentinel('1/')} signed" in raw.blocks[3].text
    assert [(n.marker, n.text) for n in raw.notes] == [("1/", "S/24476, annex.")]


def test_a_marker_is_never_taken_from_inside_a_number() -> None:
    """ "document S/10182 11 and": 11 is the marker, not the "82" of the symbol; "Add.1"
    is a symbol's, not note 1's."""
    text = "The Security Council,\n\nNoting document S/10182 11 and S/5764/Add.1 of the Secretary-General,\n\nDecides.\n\n11 Ibid.\n"
    raw = plain_text.read(text, "t.txt")
    assert f"S/10182{sentinel('11')} and S/5764/Add.1 of" in raw.blocks[1].text


def test_a_running_head_repeated_on_each_page_is_removed_and_logged() -> None:
    """ "S/RES/1454 (2002)" alone on a line at each page's top (after a form feed): page
    furniture, logged with its line; the text's own lines keep their numbers."""
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\nS/RES/1454 (2002)\n\n1. Decides to act;\n\n"
        "\fS/RES/1454 (2002)\n\n2. Decides to remain seized of the matter.\n"
    )
    raw = plain_text.read(text, "t.txt")
    assert [(e.kind, e.rule, e.line) for e in raw.log] == [
        ("removed", "running-head", 5),
        ("removed", "running-head", 9),
    ]
    assert [(b.text, b.line) for b in raw.blocks][-2:] == [
        ("1. Decides to act;", 7),
        ("2. Decides to remain seized of the matter.", 11),
    ]


def test_groups_that_only_look_like_notes_stay_the_texts() -> None:
    """Hundreds of paragraphs opening with a number ("12 Items were delivered ..."), their
    numbers in the text too: no run of them is taken for notes (the search is bounded:
    the last groups, a few runs tried, a sample of their markers)."""
    body = "\n\n".join(f"{i} Items were delivered to the camps in the area, 3 of them." for i in range(1, 600))
    raw = plain_text.read("Intro text here, the report 1 of 2.\n\n" + body, "t.txt")
    assert raw.notes == [] and len(raw.blocks) == 600


def _marked(body: str, notes: str) -> str:
    """The body's text with its markers as sentinels, read with the notes after its sign-off."""
    signoff = "Adopted unanimously at the 3000th meeting."
    raw = plain_text.read(f"The Security Council,\n\n{body}\n\n1. Decides.\n\n{signoff}\n\n{notes}\n", "t.txt")
    return "\n\n".join(b.text for b in raw.blocks)


def test_markers_standing_out_of_their_notes_order_are_all_found() -> None:
    """A printed volume's page sets its notes for every resolution on it: "1993 3
    addressed", "Weapons 4 and", "Agency, 2", "April 1993 1" (S/RES/825 (1993)). In the
    notes' order only, 1 would be found last and 2, 3, 4 lost before it."""
    body = (
        "Having considered the letter dated 12 March 1993 3 addressed to the President\n"
        "concerning the Treaty on Nuclear Weapons 4 and the report of the Agency, 2\n\n"
        "Recalling the statement of 8 April 1993 1 in which the members welcome it,"
    )
    text = _marked(body, "1 S/25562.\n2 S/25556, annex.\n3 Ibid.\n4 Treaty Series.")
    for before, marker, after in (("1993", "3", " addressed"), ("Weapons", "4", " and"), ("Agency,", "2", "\n")):
        assert f"{before}{sentinel(marker)}{after}" in text
    assert f"April 1993{sentinel('1')} in which" in text


def test_a_number_before_as_or_is_is_no_count_and_after_a_year_none_is() -> None:
    """ "Nations, 4 as applicable", "1949, 10 is applicable" (no plural counted), "of 10
    December 1965 18 states that" (a date is never followed by a quantity); "12 trucks
    were delivered" still a count."""
    body = (
        "Recalling the Convention on the Privileges of the United Nations, 4 as applicable,\n"
        "the Geneva Convention of 12 August 1949, 10 is applicable, the report of\n"
        "10 December 1965 18 states that 12 trucks were delivered,"
    )
    text = _marked(body, "4 Ibid.\n10 Ibid.\n12 Ibid.\n18 Ibid.")
    assert f"Nations,{sentinel('4')} as" in text and f"1949,{sentinel('10')} is" in text
    assert f"1965{sentinel('18')} states" in text and "that 12 trucks" in text


def test_a_marker_after_a_number_the_first_day_of_dates_or_a_marker_itself() -> None:
    """ "of 20 127 and 23 July 128 1993": 127 after the first day of dates going on;
    "Rwanda 3 and Uganda 4 11 for": 11 after a number standing after a name; "paragraph 4
    11" is not (4 is the paragraph's)."""
    body = (
        "Taking note of the letters of 20 127 and 23 July 128 1993 from the Governments\n"
        "of Rwanda 3 and Uganda 4 11 for the deployment, and of paragraph 4 12 of the report,"
    )
    text = _marked(body, "11 Ibid.\n12 Ibid.\n127 Ibid.\n128 Ibid.")
    assert f"of 20{sentinel('127')} and 23 July{sentinel('128')} 1993" in text
    assert f"Uganda 4{sentinel('11')} for" in text and "paragraph 4 12 of" in text


def test_a_marker_glued_to_a_dates_year() -> None:
    """ "on 15 November 198359 which" (S/RES/541 (1983)): note 59 glued to the year; a
    symbol's digits are never a marker ("S/19835")."""
    text = _marked("Noting the declaration issued on 15 November 198359 which is invalid,", "59 Ibid.")
    assert f"15 November 1983{sentinel('59')} which" in text
    assert sentinel("35") not in _marked("Noting document S/19835 of the Council,", "35 Ibid.")


def test_the_volumes_next_part_heading_after_a_sign_off_is_removed_and_logged() -> None:
    """ "Decisions" alone after "Adopted unanimously at the 3213th meeting.", nothing but
    notes after it: the heading of the volume's next part (logged, its line kept blank),
    so the sign-off and the notes are read. Where text follows it, or no sign-off comes
    before it, it is kept."""
    text = (
        "The Security Council,\n\nNoting the report 8 of the Secretary-General,\n\n1. Decides to act.\n\n"
        "Adopted unanimously at the 3213th meeting.\nDecisions\n8 Ibid., document S/25719.\n"
    )
    raw = plain_text.read(text, "t.txt")
    assert [(e.kind, e.rule, e.line) for e in raw.log] == [("removed", "next-part-heading", 8)]
    assert raw.blocks[-1].text == "Adopted unanimously at the 3213th meeting."
    assert [(n.marker, n.text) for n in raw.notes] == [("8", "Ibid., document S/25719.")]
    for kept in (
        text.replace("\n8 Ibid.", "\n\nAt its 2232nd meeting, the Council decided to invite Israel.\n\n8 Ibid."),
        text.replace("Adopted unanimously at the 3213th meeting.\n", "2. Decides to remain seized.\n\n"),
    ):
        raw = plain_text.read(kept, "t.txt")
        assert not raw.log and any("Decisions" in b.text.split("\n") for b in raw.blocks)


def test_a_sign_off_the_scan_misread_is_still_one() -> None:
    """ "Adapted at the 1821st meeting", "Approved unanimously at the", "meting", "hy 14
    votes": the sign-off, apart from the notes after it; a paragraph is none."""
    for signoff in (
        "Adapted unanimously at the\n2916th meeting.",
        "Approved unanimously at the\n2936th meeting.",
        "Adopted at the 1771st meting by 14 votes to none, with\n1 abstention (China).",
        "Adopted at the 1657th\nmeeting hy 14 votes to\nnone. 20",
    ):
        raw = plain_text.read(
            f"The Security Council,\n\nNoting the report 20,\n\nDecides to act.\n\n{signoff}\n\n20 Ibid.\n", "t"
        )
        assert [n.marker for n in raw.notes] == ["20"], signoff
    raw = plain_text.read("The Security Council,\n\nNoting the report,\n\nAdapted to the needs of the region.\n", "t")
    assert raw.blocks[-1].text == "Adapted to the needs of the region."


def test_a_marker_standing_apart_wins_over_digits_glued_to_a_year() -> None:
    """ "on 21 July 197518 and ... thereto, 18": the marker is the 18 standing apart, so
    the paragraph ends with it and the next stays apart."""
    text = (
        "The Security Council,\n\nBearing in mind the appeal of 21 July 197518 and its reply thereto, 18\n\n"
        "Having considered the report,\n\nDecides to act.\n\n18 Ibid.\n"
    )
    raw = plain_text.read(text, "t.txt")
    assert raw.blocks[1].text == f"Bearing in mind the appeal of 21 July 197518 and its reply thereto,{sentinel('18')}"


def test_the_next_number_without_its_stop_on_the_line_after_a_paragraph_begins_one() -> None:
    """S/RES/364 (1974): "... of the Security Council;" then, no blank line between (a
    page break in the scan), "4, Extends once more ...": paragraph 4 is a block of its
    own. A wrapped line opening with a day ("4 December 1974") or with another number
    than the next carries the paragraph on."""
    text = (
        "The Security Council,\n\n"
        "3. Urges the parties concerned to act with the utmost restraint\n"
        "of the Security Council;\n"
        "\f4, Extends once more the stationing in Cyprus of\n"
        "the United Nations Peace-keeping Force;\n\n"
        "5. Urges the parties to report on\n"
        "6 December 1974 to the Council;\n"
        "7 Members of the Council decided.\n"
    )
    blocks = [b.text for b in plain_text.read(text, "t.txt").blocks]
    assert blocks[1:] == [
        "3. Urges the parties concerned to act with the utmost restraint\nof the Security Council;",
        "4, Extends once more the stationing in Cyprus of\nthe United Nations Peace-keeping Force;",
        "5. Urges the parties to report on\n6 December 1974 to the Council;\n7 Members of the Council decided.",
    ]


def test_an_articles_label_on_the_line_after_a_paragraph_stands_alone() -> None:
    """S/RES/21 (1947): "... to the people of the Trust Territory." then "Article 5", no
    blank line between: the label is a block of its own (a heading), not the paragraph's
    last words; "Article 76 of the Charter" carrying a sentence on is no label."""
    text = (
        "Article 4\n\n"
        "The Administering Authority shall apply the\n"
        "Trusteeship System to the people of the Trust Territory.\n"
        "Article 5\n\n"
        "In discharging its obligations under\n"
        "Article 76 of the Charter, the Administering Authority shall act.\n"
    )
    blocks = [(b.text, b.kind) for b in plain_text.read(text, "t.txt").blocks]
    assert blocks == [
        ("Article 4", "text"),
        (
            "The Administering Authority shall apply the\nTrusteeship System to the people of the Trust Territory.",
            "text",
        ),
        ("Article 5", "text"),
        (
            "In discharging its obligations under\nArticle 76 of the Charter, the Administering Authority shall act.",
            "text",
        ),
    ]


# S/RES/501 (1982) and 564 (1985), cut short (cr-unsc, CC0): a last note's marker printed
# as glyphs after a year, "of 23 March 1949! and" (note 12), "on 24 May 1985'* on" (15)
GARBLED = """Resolution 501 (1982)
of 25 February 1982

The Security Council,

Recalling the report of the Secretary-General of 19 March 1978 11 confirmed by resolution 426
(1978),

4. Calls upon the Secretary-General to reactivate the General Armistice Agreement between
Lebanon and Israel of 23 March 1949! and, in particular,
to convene an early meeting of the Mixed Armistice Commission;

Adopted at the 2332nd meeting by 13 votes to none.

11 Ibid., Thirty-third Year, document S/12611.
12 Ibid., Fourth Year, Special Supplement No. 4.
"""


def _linked(text: str) -> list[tuple[str, str]]:
    """(printed, note) of every linked marker the reader put in the text."""
    raw = plain_text.read(text, "S_RES_0501_1982_EN_GOLD.txt")
    out = []
    for block in raw.blocks:
        for payload in re.findall(f"{OPEN}([^{CLOSE}]*){CLOSE}", block.text):
            out.append(printed_and_note(payload))
    return out


def test_a_marker_printed_unreadable_is_linked_to_the_note_its_place_settles() -> None:
    """Note 12, the last, its marker not printed readable: the one place of a marker's
    glyphs after note 11's marker ("1949!") is linked to it, kept as printed, warned."""
    raw = plain_text.read(GARBLED, "S_RES_0501_1982_EN_GOLD.txt")
    assert _linked(GARBLED) == [("11", "11"), ("!", "12")]
    assert [(e.rule, e.line) for e in raw.log if e.kind == "warning"] == [("unreadable-marker", 10)]
    single = GARBLED.replace(" 11 confirmed", " confirmed").replace(
        "11 Ibid., Thirty-third Year, document S/12611.\n", ""
    )
    single = single.replace("1949!", "1985'*")
    assert _linked(single) == [("'*", "12")]  # the only note: the text's only place


def test_an_unreadable_marker_is_not_linked_where_its_place_does_not_settle_it() -> None:
    """Declined, the note left never referenced: two places of glyphs in the note's gap;
    the note before it not read; an asterisk alone (a marker of its own kind: "1978,*");
    a quoted question's end ("(1970)?”"); a number no note has standing where a marker
    does in the gap ("1993,78": the note's number misread, maybe)."""
    two = GARBLED.replace("to convene an early", "to convene°? an early")
    assert _linked(two) == [("11", "11")]
    unread = GARBLED.replace(" 11 confirmed", " confirmed")
    assert _linked(unread) == []
    for printed in ("1949,*", "1949)?”", "1949”"):
        assert _linked(GARBLED.replace("1949!", printed)) == [("11", "11")], printed
    misread = GARBLED.replace("to convene an early", "of 5 October 1993,78 to convene an early")
    assert _linked(misread) == [("11", "11")]
