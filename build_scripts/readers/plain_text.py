"""Shape: plain text, paragraphs between blank lines, notes at the end.

What it looks like: a document typed or corrected by hand from a printed volume (the
yearly *Resolutions and Decisions of the Security Council*, a text saved from a PDF
viewer): no mark-up at all, lines hard-wrapped, a blank line between paragraphs (not
always: two short paragraphs may share one run of lines), and the notes after the text,
each opening with its marker ("13 Ibid., Sixth Year ...", "5. Ibid.", "1/ S/24476,
annex." as the 1990s print them, "* Paragraph 3 of the English text ..."). In the text
a marker is a number or asterisk standing apart after a word ("the Iranian Government 3
pursuant", "Relies on * the Chief") or glued to it, and the printed volumes number
notes through the volume, so the first may be 107.

This is the shape any text with blank lines between its paragraphs falls back to: it
claims only what no other shape's marks claim, so a text is read rather than refused.

The markers are found by hand (no library reads them): a note's marker is looked for in
the text in the notes' order, where a number may be a marker and not a quantity, a
paragraph's number, a resolution's number or a date (see ``_marker_at``).
``repairs.marker_search`` does this for PDF extractions by the spacing PyMuPDF leaves
where a superscript was (two spaces after it); here a marker stands one space apart, as
any number does, and only the words around it tell it from one.
"""

from __future__ import annotations

import re

from ..metadata import (
    BRACKETED_SYMBOL_RE,
    MEETING_ADOPTION_RE,
    MONTH_ALT,
    OPENING_RE,
    PART_HEADING_RE,
    PREAMBLE_OPENER_RE,
    SC_TITLE_RE,
    SIGNOFF_WORD_RE,
    SYMBOL_RE,
    is_closing_line,
)
from ..model import LogEntry
from ..repairs.joining import join_wrapped, starts_numbered
from ..repairs.markers import NUMBERING_ABBREVIATIONS, OPEN, SENTINEL_RE, linked_sentinel, sentinel
from .base import Block, RawDocument, RawNote
from .markdown_like import Group, blank_line_groups

name = "plain-text"

# A note opens with its marker: a number (perhaps with a stop), asterisks or a dagger
# (its space may be lost: "17See Official Records", "33.One member")
_NOTE_RE = re.compile(r"^(\d{1,3}/|\d{1,3}|\*{1,3}|[†‡])(?:\.?\s+|\.?(?=[A-Z][a-z]))(\S.*)$", re.DOTALL)
# Mark-up another shape reads: a Markdown heading or emphasis, an ODS field, front matter
# (a marker "**" after a symbol, "(S/25647**)", is no emphasis)
_MARKUP_RE = re.compile(r"^#{1,6} |\*\*[A-Za-z][^*\n]*\*\*|<<ODS |^---$", re.MULTILINE)
# Words after which a number is what the text counts or names, never a note's marker
_NOT_AFTER_WORDS = (
    "a an and or to of by at in on from for with the no nos no. nos. para para. paras paras. paragraph"
    " paragraphs article articles rule rules chapter chapters section sections annex annex, annexes page pages"
    " p. pp. item items decision decisions vol. volume part parts year years session sessions number numbers"
    " chap. sect. art. arts. table figure phase stage level"
)
_NOT_AFTER = frozenset(_NOT_AFTER_WORDS.split())
# Words before which a number is a quantity, a date or a resolution's number
_NOT_BEFORE_RE = re.compile(rf"^\s*(?:\(|\d{{3}}\b|per\b|%|votes?\b|members?\b|st\b|nd\b|rd\b|th\b|(?:{MONTH_ALT})\b)")
# A plural noun after a number is what it counts ("12 trucks were"), not a word that
# only ends in s ("Nations, 4 as applicable", "1949, 10 is applicable")
_COUNTED_RE = re.compile(
    r"^\s*(?!(?:as|is|was|has|his|its|this|thus|us|does|whereas)\b)[a-z]+s\b(?! (?:and|or|to|the|of|in|on)\b)"
)
# The rest of a date after its first day: "of 20 127 and 23 July 128 1993"
_DATE_GOES_ON_RE = re.compile(rf"^\s*(?:and|to|-|–)\s+\d{{1,2}} (?:{MONTH_ALT})\b")
# "of 19 March 1978 11 confirmed", "document S/10182 11 and", "Add.1 18": a year or a
# symbol may stand before a marker
_YEAR_RE = re.compile(r"^(?:19|20)\d\d[,;.]?$")
_SYMBOL_END_RE = re.compile(r"[A-Z]/\S*\d[,;.]?$|(?:Add|Rev|Corr)\.\d+[,;.]?$")
_MONTH_START_RE = re.compile(rf"^(?:{MONTH_ALT})\b")
# A date's year, a marker glued after it: "on 15 November 198359 which" is note 59
_DATED_YEAR_RE = re.compile(rf"\b(?:{MONTH_ALT}),? (?:19|20)\d\d$")
_CLOSED_RE = re.compile(r"[.)]\s*(?:\d{1,3}|\*{1,3})?\s*$")
_SHORT_CAPITALS_RE = re.compile(r"^[A-Z0-9][A-Z0-9 ,'’()\-–.:]{2,80}$")


def sniff(text: str) -> float:
    """Blank lines between groups and no mark-up: the text of a document, read plainly.
    Low enough that every shape with marks of its own wins over it."""
    if _MARKUP_RE.search(text):
        return 0.0
    groups = blank_line_groups(text)
    if len(groups) < 3:
        return 0.0
    return 0.55 if _trailing_notes(groups) else 0.5


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name)
    text = _without_next_part_heading(_without_running_heads(text, raw), raw)
    groups = _notes_apart(_signoff_together(blank_line_groups(text)))
    notes = _trailing_notes(groups)
    body = groups[: len(groups) - notes[0]] if notes else groups
    found = notes[1] if notes else []
    texts = _with_markers(["\n".join(line.strip() for line in lines) for _, lines in body], found)
    texts = _with_unreadable_markers(texts, [start for start, _ in body], found, raw.log)
    for (start, _), joined in zip(body, texts, strict=True):
        for item_start, item_lines in _items(start, joined.split("\n")):
            kind = "heading" if _is_heading(item_lines) else "text"
            raw.blocks.append(Block("\n".join(item_lines), item_start, kind))
    raw.notes = [RawNote(marker, note_text, line, len(raw.blocks)) for marker, note_text, line in found]
    return raw


def _without_running_heads(text: str, raw: RawDocument) -> str:
    """The text without its running heads: a line that is only a symbol, printed again
    at each page's top ("S/RES/1454 (2002)", after a form feed), is page furniture (logged,
    its line kept blank so that the lines keep their numbers)."""
    lines = text.split("\n")
    heads = [line.strip("\f \t") for line in lines if SYMBOL_RE.fullmatch(line.strip("\f \t"))]
    repeated = {head for head in heads if heads.count(head) > 1}
    if not repeated:
        return text
    kept = []
    for number, line in enumerate(lines, start=1):
        if line.strip("\f \t") in repeated:
            raw.log.append(LogEntry("removed", "running-head", number, f"{line.strip()!r}: running head", line.strip()))
            kept.append("")
        else:
            kept.append(line)
    return "\n".join(kept)


# The heading of the part of a yearly volume that follows a resolution ("Decisions")
_NEXT_PART_RE = re.compile(r"^Decisions?$")


def _without_next_part_heading(text: str, raw: RawDocument) -> str:
    """The text without the heading of the volume's next part: "Decisions" alone on its
    line right after a resolution's sign-off ("Adopted unanimously at the 3213th
    meeting."), nothing but notes after it, is no line of the resolution but the
    volume's, which printed the Council's decisions next (logged, its line kept blank)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not _NEXT_PART_RE.match(line.strip()) or not _after_signoff(lines, index) or not _notes_follow(lines, index):
            continue
        raw.log.append(
            LogEntry(
                "removed", "next-part-heading", index + 1, f"{line.strip()!r}: the volume's next part", line.strip()
            )
        )
        lines[index] = ""
    return "\n".join(lines)


def _after_signoff(lines: list[str], index: int) -> bool:
    """Whether the lines before ``index`` (up to a blank one, or past one blank line) end
    with a whole sign-off."""
    end = index
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return end > start and _ends_signoff([line.strip() for line in lines[start:end]])


def _notes_follow(lines: list[str], index: int) -> bool:
    """Whether what follows line ``index`` is nothing, or opens with a note."""
    rest = next((line.strip() for line in lines[index + 1 :] if line.strip()), None)
    return rest is None or bool(_NOTE_RE.match(rest))


def _items(start: int, lines: list[str]) -> list[Group]:
    """A line starting "2. " or "(b) " inside a group begins a paragraph of its own (a
    missing blank line; a wrapped line never starts so in these texts), as do the lines
    of the sign-off ("Adopted at the 2256th meeting / by 14 votes to none."); a title,
    the draft's symbol and the opening formula stand alone, and a preambular paragraph
    opening after a line ending with a comma begins anew."""
    out: list[Group] = []
    number = None  # the number of the last line that opened "3. "
    for offset, line in enumerate(lines):
        alone = _stands_alone(line) or (offset > 0 and _stands_alone(lines[offset - 1]))
        # "Determined to secure full compliance with its decisions," / "Acting under Chapter VII"
        alone = alone or (offset > 0 and lines[offset - 1].endswith(",") and bool(PREAMBLE_OPENER_RE.match(line)))
        alone = alone or (offset > 0 and _next_number_without_stop(line, lines[offset - 1], number))
        # "... to the people of the Trust Territory." / "Article 5": an article's label
        alone = alone or (offset > 0 and lines[offset - 1].endswith(".") and bool(PART_HEADING_RE.match(line)))
        if opened := _DOTTED_RE.match(line):
            number = int(opened.group(1))
        if out and not alone and not starts_numbered(line) and not _is_signoff((0, lines[offset:])):
            out[-1][1].append(line)
        else:
            out.append((start + offset, [line]))
    return out


# "3. Urges", and "4, Extends" / "4 Extends": a number whose stop was read as a comma or lost
_DOTTED_RE = re.compile(r"^(\d{1,3})\. ")
_STOPLESS_RE = re.compile(rf"^(\d{{1,3}})(?:, ?| )(?!(?:{MONTH_ALT})\b)(?=[A-Z][a-z])")


def _next_number_without_stop(line: str, before: str, number: int | None) -> bool:
    """ "4, Extends once more ..." on the line after paragraph 3 ended ("... Council;"), no
    blank line between (a page break, in the scan): paragraph 4, its stop read as a comma
    or lost. Only the number after the last one read, after a line that ends a sentence,
    and never a day: a wrapped line may well begin with a number ("4 December 1974")."""
    match = _STOPLESS_RE.match(line)
    return bool(match and number is not None and int(match.group(1)) == number + 1 and before.endswith((";", ".")))


def _stands_alone(line: str) -> bool:
    """ "Resolution 242 (1967)", "[S/727]", "The Security Council": lines of their own."""
    return bool(SC_TITLE_RE.match(line) or BRACKETED_SYMBOL_RE.match(line) or OPENING_RE.match(line))


def _is_heading(lines: list[str]) -> bool:
    """One short line in capitals ("MILITARY STAFF COMMITTEE"): a subject heading."""
    return len(lines) == 1 and bool(_SHORT_CAPITALS_RE.match(lines[0])) and any(c.isalpha() for c in lines[0])


Note = tuple[str, str, int]


def _trailing_notes(groups: list[Group]) -> tuple[int, list[Note]] | None:
    """The notes at the text's end: how many trailing groups they take, and each note
    (marker, text, line). A group holds one note or several, each opening a line with the
    next number. The run is taken when it follows the sign-off ("Adopted at the 377th
    meeting ..."): nothing after it is the text's, though a marker be lost. Else it is
    taken from the first group that does not carry on the text's numbered paragraphs (so
    "11. Decides to remain seized" closing a text is a paragraph) and whose markers are
    found in the text before it, in order (the first, and most of them)."""
    start = len(groups)
    while start > 0 and _NOTE_RE.match(groups[start - 1][1][0].strip()):
        start -= 1
    if 0 < start < len(groups) and _is_signoff(groups[start - 1]):
        return len(groups) - start, [note for group in groups[start:] for note in _notes_of(group)]
    # bounded work, however many groups look like notes ("12 trucks were delivered ..."):
    # the last _MOST_NOTE_GROUPS groups, _ATTEMPTS runs tried, _SAMPLE markers each
    start = max(start, len(groups) - _MOST_NOTE_GROUPS)
    texts = ["\n".join(line.strip() for line in lines) for _, lines in groups]
    opening = [_dotted_number(lines[0]) for _, lines in groups]
    seen = set(opening[:start])
    body = "\n\n".join(texts[:start])
    attempts = 0
    for first in range(start, len(groups)):
        if first > start:
            seen.add(opening[first - 1])
            body = f"{body}\n\n{texts[first - 1]}" if body else texts[first - 1]
        # the cheap check first: a long text may end with hundreds of numbered paragraphs
        if _numbering_goes_on(opening[first], seen):
            continue
        notes = [note for group in groups[first:] for note in _notes_of(group)]
        if not notes or _marker_at(body, notes[0][0], 0) is None:
            continue
        attempts += 1
        sample = [marker for marker, _, _ in notes[:_SAMPLE]]
        if 2 * len(_find_markers(body, sample)) > len(sample):
            return len(groups) - first, notes
        if attempts == _ATTEMPTS:
            break
    return None


_MOST_NOTE_GROUPS = 300
_ATTEMPTS = 8
_SAMPLE = 20


def _dotted_number(line: str) -> int | None:
    """The number of a group opening "7. ", else None."""
    number = re.match(r"(\d{1,3})\. ", line.strip())
    return int(number.group(1)) if number else None


def _numbering_goes_on(number: int | None, before: set[int | None]) -> bool:
    """Whether a group opening "7. " carries on the text's numbered paragraphs (a group
    before opens "6. "), or opens them (a "1. " when none came before): a paragraph."""
    if number is None:
        return False
    return (number == 1) != (number - 1 in before)


def _is_signoff(group: Group) -> bool:
    """Whether a group is, or ends with, the sign-off ("resolution 338 (1973)." /
    "Adopted at the 2256th meeting" / "by 14 votes to none.")."""
    lines = group[1]
    first = next((i for i in range(len(lines) - 1, -1, -1) if SIGNOFF_WORD_RE.match(lines[i].lstrip())), 0)
    joined = join_wrapped("\n".join(lines[first:]))[0]
    return bool(MEETING_ADOPTION_RE.match(joined) or is_closing_line(joined))


def _signoff_together(groups: list[Group]) -> list[Group]:
    """A sign-off cut by a blank line ("Adopted unanimously at the" / "" / "2828th
    meeting."): one group again."""
    out: list[Group] = []
    for group in groups:
        previous = out[-1] if out else None
        if (
            previous is not None
            and SIGNOFF_WORD_RE.match(previous[1][0])
            and not _is_signoff(previous)
            and _is_signoff((previous[0], previous[1] + group[1]))
        ):
            out[-1] = (previous[0], previous[1] + group[1])
        else:
            out.append(group)
    return out


def _ends_signoff(lines: list[str]) -> bool:
    """Lines that end with a whole sign-off: its last sentence closed ("... (China).",
    "2828th meeting. 54"), not "by 10 votes to none, with" before "1 abstention"."""
    return bool(_CLOSED_RE.search(lines[-1])) and _is_signoff((0, lines))


def _notes_apart(groups: list[Group]) -> list[Group]:
    """A group whose sign-off runs on into the first notes, no blank line between
    ("2828th meeting." / "54 Ibid., document S/19835."): cut where the notes begin."""
    out: list[Group] = []
    for start, lines in groups:
        cut = next(
            (k for k in range(1, len(lines)) if _NOTE_RE.match(lines[k].strip()) and _ends_signoff(lines[:k])),
            None,
        )
        out += [(start, lines[:cut]), (start + cut, lines[cut:])] if cut else [(start, lines)]
    return out


def _notes_of(group: Group) -> list[Note]:
    start, lines = group
    notes: list[Note] = []
    for offset, line in enumerate(lines):
        match = _NOTE_RE.match(line.strip())
        if match and (not notes or _follows(notes[-1][0], match.group(1), match.group(2))):
            notes.append((match.group(1), match.group(2), start + offset))
        elif notes:
            marker, text, first = notes[-1]
            notes[-1] = (marker, f"{text}\n{line.strip()}", first)
    return notes


def _follows(previous: str, marker: str, text: str) -> bool:
    """Whether a line opening with ``marker`` begins a note after ``previous``: a higher
    number of the same kind (a volume numbers notes through its page, so a resolution's
    notes may skip the numbers of another's: 54, 56), not a date carried onto the line
    ("22 November 1988")."""
    if previous.rstrip("/").isdigit() and marker.rstrip("/").isdigit():
        higher = int(marker.rstrip("/")) > int(previous.rstrip("/"))
        return marker.endswith("/") == previous.endswith("/") and higher and not _MONTH_START_RE.match(text)
    return not marker[0].isdigit() or not previous[0].isdigit()


def _find_markers(text: str, markers: list[str]) -> list[tuple[int, int]]:
    """Where each marker stands in ``text``, in order: the (start, end) of each found (a
    note never referenced is said later, not guessed)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for marker in markers:
        if (span := _marker_at(text, marker, pos)) is not None:
            spans.append(span)
            pos = span[1]
    return spans


def _find_markers_out_of_order(text: str, markers: list[str]) -> list[tuple[int, int]]:
    """Where each marker stands, in the notes' order first; a marker not found after the
    one before it is looked for again from the text's start, in a place no other marker
    took. The printed volumes set a page's notes for every resolution on it, so a text's
    markers may stand out of their notes' order ("April 1993 1" after "Weapons 4 and"
    after "1993 3 addressed"): in order only, every marker after the first out of place
    would be lost. Sorted by where they stand."""
    spans = _find_markers(text, markers)
    found = {text[start:end].strip() for start, end in spans}
    for marker in markers:
        if marker in found:
            continue
        pos = 0
        while (span := _marker_at(text, marker, pos)) is not None and any(
            span[0] < end and start < span[1] for start, end in spans
        ):
            pos = span[1]
        if span is not None:
            spans.append(span)
            found.add(marker)
    return sorted(spans)


def _marker_at(text: str, marker: str, pos: int) -> tuple[int, int] | None:
    """The first place from ``pos`` where ``marker`` stands as a marker: after a word or
    a stop (at most one space between), before a space, a stop or the line's end; a
    number not where a count, a paragraph's or resolution's number or a date stands."""
    pattern = re.compile(rf"(?<=\S)( ?){re.escape(marker)}(?=[\s,;:.)]|$)")
    for match in pattern.finditer(text, pos):
        window = text[max(0, match.start() - 60) : match.start()]  # the word before, however long the text
        before = window.rsplit(None, 1)[-1] if window.strip() else ""
        if marker[0].isdigit():
            glued_to_year = _DATED_YEAR_RE.search(window)  # "of 15 February 19895 and": note 5
            inside = not match.group(1) and text[match.start() - 1].isdigit()
            if inside and (not glued_to_year or _stands_apart_later(text, marker, match.end())):
                continue  # inside a number: "S/10182"; or a year's digits, the marker standing later
            after_marker = pos > 0 and match.start() - pos <= 2 and not text[pos : match.start()].strip()  # "21 22"
            counted = before[-1:].isdigit() and not (
                _YEAR_RE.match(before) or _SYMBOL_END_RE.search(before) or after_marker
            )
            after = text[match.end() : match.end() + 40].split("\n", 1)[0]
            if counted and _after_number_not_counted(window, after):
                counted = False
            if counted or _names_number(before) or before.endswith(("/", "-", "(")):
                continue
            # after a year, a number is no quantity ("of 10 December 1965 18 states that")
            if _NOT_BEFORE_RE.match(after) or (_COUNTED_RE.match(after) and not _YEAR_RE.match(before)):
                continue
        elif match.group(1) == "" and before.endswith("*"):
            continue
        return match.start(), match.end()
    return None


def _stands_apart_later(text: str, marker: str, pos: int) -> bool:
    """Whether ``marker`` stands apart after ``pos`` in the same paragraph ("on 21 July
    197518 and ... thereto, 18"): that is the marker, not the digits glued to a year."""
    end = text.find("\n\n", pos)
    return _marker_at(text[: len(text) if end < 0 else end], marker, pos) is not None


def _after_number_not_counted(window: str, after: str) -> bool:
    """Whether a number after another number ("A B") is a marker all the same: English
    never sets two quantities side by side, so one of them is a marker; B is when A is
    the first day of dates that go on ("of 20 127 and 23 July 128 1993") or stands
    itself where a marker does, after a name ("Rwanda 3 and Uganda 4 11 for")."""
    words = window.split()
    if len(words) < 2 or not re.fullmatch(r"\d{1,3}", words[-1]):
        return False
    if _DATE_GOES_ON_RE.match(after):
        return 1 <= int(words[-1]) <= 31
    name = words[-2]
    return bool(re.fullmatch(r"[A-Z][a-z]+", name)) and not _names_number(name) and not _MONTH_START_RE.match(name)


def _names_number(word: str) -> bool:
    """A word after which a number is what it counts or names: "paragraph 3", "Add.1"."""
    word = word.lower()
    abbreviation = re.search(r"(?:^|[^a-z])([a-z]+)\.$", word)
    return word in _NOT_AFTER or bool(abbreviation and abbreviation.group(1) in NUMBERING_ABBREVIATIONS)


def _with_markers(texts: list[str], notes: list[Note]) -> list[str]:
    """The groups' texts with each note's marker, where found, made a sentinel."""
    if not texts:
        return []
    joined = "\n\n".join(texts)  # no group holds a blank line
    spans = _find_markers_out_of_order(joined, [marker for marker, _, _ in notes])
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        marker = joined[start:end].strip()
        pieces += [joined[pos:start], sentinel(marker)]
        pos = end
    pieces.append(joined[pos:])
    return "".join(pieces).split("\n\n")


# A marker the scan made glyphs of ("Jordan?°" for 20, "1949°8" for 58, "1949,??" for
# 22, "America,'*" for 18, "(1993)!" for 11): two glyphs (or a glyph and a digit), not
# both quotes, glued to a number, a year's bracket or a comma; one glyph no text sets
# there ("1949!", "1993°"); after a word, two glyphs of which the first is no
# punctuation ("Jordan?°"). Never a quoted question's end ("(1970)?”"), a closing quote,
# a per cent sign alone, nor asterisks alone: "*" and "**" are markers of their own.
_MARK_GLYPHS = "?°%!*"
_QUOTES = "'’‘”"
_UNREADABLE_MARKER_RE = re.compile(
    rf"(?:(?<=[\d)])|(?<=\d,)|(?<=[^\W\d_],))(?![?!][{_QUOTES}])(?!\*+(?![^*\s]))"
    rf"(?:[{_MARK_GLYPHS}][{_MARK_GLYPHS}{_QUOTES}\d]|[{_QUOTES}][{_MARK_GLYPHS}\d]|(?<![^\W\d_],)[!°‘])"
    rf"(?![\w{_MARK_GLYPHS}{_QUOTES}])"
    rf"|(?<=[^\W\d_])[?°%][?°%\d](?![\w{_MARK_GLYPHS}{_QUOTES}])"
)
# A resolution's number before its year, the year on the next line ("267\n(1969)")
_BEFORE_YEAR_RE = re.compile(r"\s*\((?:19|20)\d\d\)")


def _with_unreadable_markers(texts: list[str], starts: list[int], notes: list[Note], log: list[LogEntry]) -> list[str]:
    """The groups' texts with each marker printed unreadable linked to its note, where
    its place settles which note it is (``_unreadable_marker``): its glyphs kept as
    printed, never rewritten to the note's number, and a warning says so."""
    if not texts or not notes:
        return texts
    joined = "\n\n".join(texts)
    markers = [marker for marker, _, _ in notes]
    found = {match.group(1): match.span() for match in SENTINEL_RE.finditer(joined)}
    links: list[tuple[int, int, str]] = []
    for index, marker in enumerate(markers):
        if marker in found or not marker.isdigit():
            continue
        before = markers[index - 1] if index > 0 else None
        after = markers[index + 1] if index + 1 < len(markers) else None
        span = _unreadable_marker(joined, markers, found, before, after)
        if span is None:
            continue
        links.append((*span, marker))
        printed = joined[span[0] : span[1]]
        detail = f"note {marker}: its marker printed unreadable ({printed!r}), linked to the note by its place"
        detail += f" in the notes' sequence ({_neighbours(before, after)})"
        line = _line_at(texts, starts, span[0])
        log.append(LogEntry("warning", "unreadable-marker", line, detail))
    pieces: list[str] = []
    pos = 0
    for start, end, marker in sorted(links):
        pieces += [joined[pos:start], linked_sentinel(joined[start:end], marker)]
        pos = end
    pieces.append(joined[pos:])
    return "".join(pieces).split("\n\n")


def _neighbours(before: str | None, after: str | None) -> str:
    """Where a linked marker stands among its neighbours' markers, said."""
    if before is not None and after is not None:
        return f"between note {before}'s and note {after}'s markers"
    if before is not None:
        return f"after note {before}'s marker"
    return f"before note {after}'s marker" if after is not None else "the text's only note"


def _unreadable_marker(
    joined: str, markers: list[str], found: dict[str, tuple[int, int]], before: str | None, after: str | None
) -> tuple[int, int] | None:
    """Where the marker of a note whose number the text never prints stands unreadable:
    the one place of a marker's glyphs (``_UNREADABLE_MARKER_RE``) between the markers,
    read, of the notes before and after it (the text's start or end for the first or
    last note), when no number standing as a marker there could be it misread ("1993,78"
    for 28: a number no note has, not below the document's notes, which a text's
    reference to an earlier text's note is). None when either neighbour's marker was not
    read, or they stand out of order, or the place is not one: what is not settled is
    left unlinked (and the note said never referenced)."""
    if (before is not None and before not in found) or (after is not None and after not in found):
        return None
    start = found[before][1] if before is not None else 0
    end = found[after][0] if after is not None else len(joined)
    if start > end:
        return None
    places = [m.span() for m in _UNREADABLE_MARKER_RE.finditer(joined, start, end) if OPEN not in m.group()]
    if len(places) != 1:
        return None
    lowest = min(int(marker) for marker in markers if marker.isdigit())
    # the gap with the words around it that tell a marker (``_marker_at`` looks so far)
    window, offset = joined[max(0, start - 60) : end + 40], max(0, start - 60)
    numbers = set(re.findall(r"(?<!\d)\d{1,3}(?!\d)", joined[start:end]))
    numbers = {n for n in numbers if int(n) >= lowest and n not in found}
    if any(_stands_as_marker(window, number, start - offset, end - offset) for number in numbers):
        return None
    return places[0]


def _stands_as_marker(text: str, number: str, start: int, end: int) -> bool:
    """Whether ``number`` stands where a marker does somewhere in ``text[start:end]``
    (``_marker_at``), not before a year in brackets on the next line."""
    pos = start
    while (at := _marker_at(text, number, pos)) is not None and at[0] < end:
        if not _BEFORE_YEAR_RE.match(text, at[1]):
            return True
        pos = at[1]
    return False


def _line_at(texts: list[str], starts: list[int], offset: int) -> int:
    """The source line of ``offset`` in the groups' texts joined by blank lines."""
    pos = 0
    for text, start in zip(texts, starts, strict=True):
        if offset <= pos + len(text):
            return start + text.count("\n", 0, offset - pos)
        pos += len(text) + 2
    return starts[-1]
