"""The sign-off: the meeting, date and vote lines that close a resolution or decision.

Found from the end of the body: trailing blocks whose every line is a meeting, a date
or an adoption note. Each line states one fact; the lines are also kept as printed.
"""

from __future__ import annotations

import re

from .. import metadata as md
from ..readers.base import Block
from ..repairs.joining import join_wrapped
from ..repairs.markers import markers_as_text, strip_sentinels
from .lines import as_printed, block_lines, lines_of
from .state import DocumentState


def take_signoff(body: list[Block]) -> tuple[list[Block], list[Block]]:
    """The body without its sign-off, and the sign-off: trailing blocks whose every line
    is a meeting, date or vote line."""
    end = len(body)
    if end >= 2 and _number_set_apart(body[end - 2 : end]) is not None:
        end -= 2
    while end > 0 and body[end - 1].kind == "text" and _all_closing(body[end - 1]):
        end -= 1
    return body[:end], body[end:]


# "Adopted at the meeting.", "Adopted unanimously at the meeting": the meeting's number
# left out of the line, where the scan set it on a line of its own below ("1504th")
_UNNUMBERED_ADOPTION_RE = re.compile(r"^(?:Adopted|Adapted)(?: (?P<how>[a-z][a-z ,]*?),?)? at the meeting\.?$")
_ORDINAL_ALONE_RE = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")


def _number_set_apart(blocks: list[Block]) -> tuple[str, str | None] | None:
    """The meeting and the vote of a sign-off whose meeting's number the scan set apart:
    "Adopted at the meeting." then, alone, "1504th" (the two last blocks of the body);
    None when the blocks are not these two."""
    if len(blocks) != 2 or any(block.kind != "text" for block in blocks):
        return None
    first, second = (as_printed(strip_sentinels(block.text)).strip() for block in blocks)
    match = _UNNUMBERED_ADOPTION_RE.match(first)
    if match is None or not _ORDINAL_ALONE_RE.match(second):
        return None
    return f"{second} meeting", match.group("how")


# ``Document.extra`` key: the sign-off was printed after the annexes, and is shown there
SIGNOFF_AFTER_ANNEXES = "signoff_after_annexes"


def take_signoff_after_annexes(
    body: list[Block], annexes: list[list[Block]]
) -> tuple[list[Block], list[list[Block]], list[Block]]:
    """The body and annexes without the sign-off, and the sign-off. The Security
    Council's volumes print a resolution's annexes (revised rules, lists of items)
    before its sign-off ("Adopted at the 1463rd meeting."): when the body ends with
    none, the last annex's trailing sign-off blocks are the resolution's when they hold
    that line (a date closing an annexed decision stays the annex's; the page then
    shows it after the annexes, where it was printed: ``SIGNOFF_AFTER_ANNEXES``)."""
    body, signoff = take_signoff(body)
    if signoff or not annexes:
        return body, annexes, signoff
    last, signoff = take_signoff(annexes[-1])
    # an annex is more than its heading; and a date or a meeting alone closing it is its
    # own (an annexed decision's "19 June 2025"), only the Council's "Adopted at the" is not
    if not signoff or len(last) < 2 or not any(_council_adoption(block) for block in signoff):
        return body, annexes, []
    return body, [*annexes[:-1], last], signoff


def _council_adoption(block: Block) -> bool:
    """ "Adopted at the 1463rd meeting.", however wrapped: the Council's sign-off."""
    lines = [as_printed(line) for line in strip_sentinels(block.text).split("\n") if line.strip()]
    return bool(md.MEETING_ADOPTION_RE.match(join_wrapped("\n".join(lines))[0]))


# The heading of the part a yearly volume prints after its resolutions ("Decisions")
_NEXT_PART_RE = re.compile(r"^Decisions?$")


def take_text_after(body: list[Block]) -> tuple[list[Block], list[Block]]:
    """The body without the text the volume printed after the document, and that text:
    from a "Decisions" heading alone in its block right after a sign-off's block (the
    resolution closed there) to the end: the volume's next part, its decisions and the
    next resolution's title (S/RES/471 (1980)). None taken when there is no such
    heading."""
    for index in range(1, len(body)):
        previous, block = body[index - 1], body[index]
        if (
            _NEXT_PART_RE.match(strip_sentinels(block.text).strip())
            and previous.kind == "text"
            and _all_closing(previous)
        ):
            return body[:index], body[index:]
    return body, []


def read_text_after(doc: DocumentState, blocks: list[Block]) -> None:
    """The text the volume printed after the document (``take_text_after``): kept as
    printed after its sign-off's lines, read for no fact (its meetings and dates are
    other texts'), and said."""
    if not blocks:
        return
    lines = [markers_as_text(as_printed(line)) for block in blocks for line in block_lines(block)]
    doc.closing_lines += lines
    detail = f"the text the volume printed after the document ({len(lines)} lines) kept as printed, after its sign-off"
    doc.note("warning", "text-after", blocks[0].line, detail)


def _all_closing(block: Block) -> bool:
    lines = [line for line in strip_sentinels(block.text).split("\n") if line.strip()]
    joined = join_wrapped("\n".join(as_printed(line) for line in lines))[0]
    return all(md.is_closing_line(as_printed(line)) for line in lines) or bool(md.MEETING_ADOPTION_RE.match(joined))


def read_signoff(doc: DocumentState, blocks: list[Block]) -> None:
    """Meeting, adoption date, vote, the report's chapter and the draft adopted."""
    doc.closing_lines = [markers_as_text(as_printed(line)) for block in blocks for line in block_lines(block)]
    if (apart := _number_set_apart(blocks[-2:])) is not None:
        meeting, how = apart
        markers = [marker for item in lines_of(blocks[-2:-1]) for marker in item.markers]
        doc.set_fact("meeting", meeting, blocks[-1].line, [(m, len(meeting)) for m, _ in markers], meeting)
        if how:
            doc.set_fact("vote", how, blocks[-2].line)
        detail = f"the meeting's number printed apart from its sign-off: read as the {meeting}"
        doc.note("repaired", "meeting-set-apart", blocks[-1].line, detail)
        blocks = blocks[:-2]
    line_by_line = [block for block in blocks if not _adopted_at_meeting(doc, block)]
    for item in lines_of(line_by_line):
        text = item.text.strip("[]").strip()
        if match := md.MEETING_RE.match(text):
            doc.set_fact("meeting", match.group(1), item.line)
            if match.group(2):
                doc.set_fact("adopted", md.parse_date(match.group(2)), item.line)
        elif md.DATE_LINE_RE.match(text):
            doc.set_fact("adopted", md.parse_date(text), item.line)
        elif glued := md.GLUED_DATE_LINE_RE.match(text):  # "4 December2024": read, and said
            doc.set_fact("adopted", md.parse_date(" ".join(glued.groups())), item.line)
            doc.note("repaired", "glued-year", item.line, f"date printed {text!r}: its year read apart")
        elif note := md.parse_adoption_note(item.text):
            if "vote" in note:
                doc.set_fact("vote", note["vote"], item.line)
            if "chapter" in note:
                doc.extra["report_chapter"] = note["chapter"]
            if "symbol" in note:
                doc.set_fact("based_on", note["symbol"], item.line)


def _adopted_at_meeting(doc: DocumentState, block: Block) -> bool:
    """ "Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1
    abstention (China).", however wrapped: the meeting and the vote, as printed."""
    lines = list(lines_of([block]))
    joined = join_wrapped("\n".join(item.text for item in lines))[0]
    if not lines or not (match := md.MEETING_ADOPTION_RE.match(joined)):
        return False
    markers = [marker for item in lines for marker in item.markers]
    meeting = re.sub(r" meting$", " meeting", match.group("meeting"))  # misread: "1771st meting"
    doc.set_fact("meeting", meeting, lines[0].line, [(m, len(joined)) for m, _ in markers], joined)
    vote = match.group("how") or (match.group("vote") or "").strip(" ,.") or None
    if vote:
        doc.set_fact("vote", vote, lines[0].line)
    return True


def say_unread(doc: DocumentState) -> None:
    """A resolution or decision prints the meeting it was adopted at and the day, in its
    masthead or sign-off: where neither was found, the page says so (an old volume's
    text may print neither: "129 (1958). Resolution of 7 August 1958" and no sign-off)
    rather than leave the fact silently empty. A date the text prints without its day
    is said already (``dayless-date``)."""
    if doc.facts.doc_type not in ("resolution", "decision"):
        return
    if doc.facts.meeting is None:
        doc.note("warning", "no-meeting", None, "no meeting of adoption found in the masthead or sign-off")
    if doc.facts.adopted is None and not any(entry.rule == "dayless-date" for entry in doc.log):
        doc.note("warning", "no-adoption-date", None, "no adoption date found in the masthead or sign-off")
