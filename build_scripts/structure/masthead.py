"""The masthead: the facts a document prints above its text, read line by line.

A line is offered to ordered named rules until one takes it (markdown-it-py's block
rules are the model). Some lines are read by what came before them: the date after
"Distr.: General", an agenda item's title after "Agenda item 13", the rest of a title
wrapped onto the next line. What the line before expects is the state's ``expect``;
those rules come first. A line no rule takes is kept as written, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from .. import languages
from .. import metadata as md
from ..readers.base import Block
from ..repairs.markers import markers_as_text
from ..symbols import canonical
from .lines import Line, adoption_joined, as_printed, block_lines, bracketed_joined, lines_of
from .parts import is_fact_line
from .state import DocumentState

Expect = Literal["", "title", "distr", "draft-title", "adopted-by", "dated", "agenda", "agenda-title", "place"]
# the naming line of a report below its title; of the Secretary-General's, qualified too:
# "Progress report of the Secretary-General", "Forty-first semi-annual report of the
# Secretary-General" (not "Annual report of the Secretary-General on the work of the
# Organization", a title); a corrigendum's or an addendum's, below the title it corrects
_REPORT_SUBTITLE_RE = re.compile(
    r"^(?:Note by the|Report of the) .+$|^(?!The |A |An )[A-Z][\w-]*(?: [\w-]+){0,2} report of the Secretary-General$"
    r"|^(?:Corrigendum|Addendum)$"
    rf"|^(?:{languages.SUBTITLES})$"
)


@dataclass
class MastheadState:
    doc: DocumentState
    # what the line before leaves open for this one
    expect: Expect = ""
    agenda_titles: list[str] = field(default_factory=list)
    # headings no rule took: the last is the title when none was printed as such
    headings: list[Line] = field(default_factory=list)
    # set for each line before the rules run: the line follows an agenda item's number
    # (or a title while more are owed) and more agenda titles are owed
    after_agenda: bool = False
    more_titles: bool = False
    # lines no rule understood, said once the masthead is read (one may be the title)
    unclaimed: list[Line] = field(default_factory=list)
    # the line of "Report of the Secretary-General": the line before it may be the title
    subtitle_line: int | None = None
    # "Executive Board of the" read, its entity's name goes on over the lines no fact takes
    board_open: bool = False
    # a board whose agenda items print no title (UNICEF's "Executive Board" alone): the
    # line after the item is the document's title
    untitled_items: bool = False
    # the line of the last agenda item's title: the document's title follows it
    agenda_title_line: int | None = None
    # lines kept as other header text that print a note's marker ("Provisional agenda ...*")
    marked: list[Line] = field(default_factory=list)


Rule = Callable[[MastheadState, Line], bool]


# -- lines read by the line before ---------------------------------------------------


def title_continued(m: MastheadState, item: Line) -> bool:
    """A title wrapped onto the next line of its block (PDF text)."""
    if m.expect != "title" or item.index == 0 or md.SESSION_RE.search(item.text):
        return False
    start = len(m.doc.facts.title or "") + 1
    m.doc.facts.title = f"{m.doc.facts.title} {item.text}"
    if item.markers:  # a marker at the end of the wrapped title is the title's
        shifted = [(marker, start + offset) for marker, offset in item.markers]
        m.doc.metadata_refs.setdefault("title", []).extend(m.doc.notes.refs(shifted))
    m.doc.note("repaired", "rejoin-title", item.line, "title continued on this line rejoined")
    return True


def distribution_date(m: MastheadState, item: Line) -> bool:
    """The date on the line after "Distr.: General"."""
    if m.expect != "distr" or not md.DATE_LINE_RE.match(item.text):
        return False
    m.doc.set_fact("distributed", md.parse_date(item.text), item.line)
    m.expect = ""
    return True


def draft_title(m: MastheadState, item: Line) -> bool:
    """The line after a draft's sponsors is its title."""
    if m.expect != "draft-title" or md.OPENING_RE.match(item.text):
        return False
    m.doc.set_fact("title", item.text, item.line, item.markers, item.text)
    m.expect = ""
    return True


def adoption_date(m: MastheadState, item: Line) -> bool:
    """ "Resolution adopted by the General Assembly" / "on 21 November 2023"; "Resolution
    242 (1967)" / "of 22 November 1967" (or the date alone: "11 November 1993")."""
    on_date = re.match(r"^(?:[Oo]n|[Oo]f) (.+)$", item.text)
    if m.expect == "dated" and md.DATE_LINE_RE.match(item.text):
        on_date = re.match(r"^(.+)$", item.text)
    if m.expect not in ("adopted-by", "dated") or on_date is None or md.parse_date(item.text) is None:
        return False
    m.doc.set_fact("adopted", md.parse_date(on_date.group(1)), item.line)
    m.expect = ""
    return True


# A date line as the scan misread it: "ef 15 June 1965", "of 3 Apri] 1991", "of 15 August.
# 1991", "on 10 Auqust 1993" (the word before it, a mark after its month, a letter of it)
_MISREAD_DATE_RE = re.compile(
    r"^(?:(?P<word>[a-zA-Z]{1,2}[fn]) )?(\d{1,2}) ([A-Z][a-z]{2,8}[\]|l1]?)[.,]? ((?:19|20)\d\d)\.?$"
)


def misread_adoption_date(m: MastheadState, item: Line) -> bool:
    """The adoption date on a line the scan misread, where the line before owes one
    ("Resolution 206 (1965)" / "ef 15 June 1965"): read when its month is one month's
    name but for one letter or a mark after it ("Auqust", "Apri]"), and said."""
    if m.expect not in ("adopted-by", "dated") or not (match := _MISREAD_DATE_RE.match(item.text)):
        return False
    if not _misread(item.text, match) or (m.expect == "adopted-by" and not match.group("word")):
        return False  # a well-read date is adoption_date's, which after "adopted by" owes an "on"
    month = _month_misread(match.group(3))
    if month is None or (adopted := md.parse_date(f"{match.group(2)} {month} {match.group(4)}")) is None:
        return False
    m.doc.set_fact("adopted", adopted, item.line)
    m.doc.note("warning", "misread-date", item.line, f"date read from the misread line {item.text!r}: {adopted}")
    m.expect = ""
    return True


def _misread(text: str, match: re.Match[str]) -> bool:
    """Whether a date line matched by ``_MISREAD_DATE_RE`` was misread at all: its word
    before is no "of" or "on", or its month is not as printed ("Auqust", "August.")."""
    word = match.group("word")
    return (word is not None and word.lower() not in ("of", "on")) or not md.DATE_RE.search(text)


def _month_misread(word: str) -> str | None:
    """The month ``word`` is, read as printed or with one letter misread, or its last
    letter misread as a bracket ("Apri]"); None if none or more than one."""
    found = [
        month
        for month in md.MONTH_ALT.split("|")
        if len(month) == len(word) and sum(a != b for a, b in zip(month, word, strict=True)) <= 1
    ]
    return found[0] if len(found) == 1 else None


# a date line whose year the scan misread: "of 14 October £964" (a day, a month's name,
# and four marks of which two or more are digits, no year)
_MISREAD_YEAR_RE = re.compile(rf"^(?:[Oo][fn] )?(\d{{1,2}}) ({md.MONTH_ALT}) (\S{{4}})\.?$")


def misread_year_date(m: MastheadState, item: Line) -> bool:
    """The adoption date under "Resolution 226 (1966)" whose year the scan misread ("of 14
    October £964"): a Council resolution is numbered with the year it is adopted in, so
    the day and month printed are read with the title's year, and said on the page."""
    match = _MISREAD_YEAR_RE.match(item.text)
    year = re.search(r"\(((?:19|20)\d\d)\)$", m.doc.number or "")
    if m.expect != "dated" or not match or not year or re.fullmatch(r"\d{4}", match.group(3)):
        return False
    if sum(c.isdigit() for c in match.group(3)) < 2:
        return False
    if (adopted := md.parse_date(f"{match.group(1)} {match.group(2)} {year.group(1)}")) is None:
        return False
    m.doc.set_fact("adopted", adopted, item.line)
    detail = f"year misread in {item.text!r}: read with the resolution's year, {adopted}"
    m.doc.note("warning", "misread-date", item.line, detail)
    m.expect = ""
    return True


def meeting_place(m: MastheadState, item: Line) -> bool:
    """ "New York", "Geneva": where the meeting a record records was held, on the line
    after its day (a place's name: up to three capitalised words, no figure)."""
    if m.expect != "place" or not re.fullmatch(r"[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}", item.text):
        return False
    m.doc.extra["place"] = item.text
    m.expect = ""
    return True


def agenda_title_continued(m: MastheadState, item: Line) -> bool:
    """An agenda item's title wrapped onto the next line of its block."""
    if m.expect != "agenda-title" or item.index == 0 or md.RESOLUTION_TITLE_RE.match(item.text):
        return False
    last = m.agenda_titles[-1] if m.agenda_titles else ""
    new_title = m.more_titles and item.text[:1].isupper() and not re.search(r"(?:,|-|\b(?:and|of|the|to|on))$", last)
    if new_title:
        return False
    m.agenda_titles[-1] = f"{m.agenda_titles[-1]} {item.text}"
    return True


# -- lines that state a fact --------------------------------------------------------


def resolution_title(m: MastheadState, item: Line) -> bool:
    """ "56/145. International Convention on ...": the number and the title."""
    if not (match := md.RESOLUTION_TITLE_RE.match(item.text)):
        return False
    m.doc.number = match.group(1)
    m.doc.set_fact("title", match.group(2), item.line, item.markers, item.text)
    m.expect = "title"
    return True


def named_resolution(m: MastheadState, item: Line) -> bool:
    """ "Commission on Human Rights resolution 2003/48: Protection of migrants"."""
    if not (match := md.NAMED_RESOLUTION_RE.match(item.text)):
        return False
    m.doc.set_fact("body", match.group(1), item.line)
    m.doc.number = match.group(2)
    if match.group(3):
        m.doc.set_fact("title", match.group(3), item.line, item.markers, item.text)
    return True


def council_resolution(m: MastheadState, item: Line) -> bool:
    """ "Resolution 242 (1967)", "3 (1946). Resolution of 4 April 1946": a Security
    Council resolution, numbered with its year in brackets as only the Council numbers
    them (its symbol S/RES/242(1967)); the date follows, on this line or the next."""
    if not (match := md.SC_TITLE_RE.match(item.text)):
        return False
    number, year = match.group("number") or match.group("number2"), match.group("year") or match.group("year2")
    m.doc.number = f"{number}({year})"
    if item.markers:  # "6 (1946). Resolution of 17 May 1946 21": a note on the resolution, hung on its symbol
        m.doc.metadata_refs.setdefault("symbol", []).extend(m.doc.notes.refs([(mark, 0) for mark, _ in item.markers]))
    m.doc.facts.doc_type = m.doc.facts.doc_type or "resolution"
    if m.doc.facts.body is None:
        m.doc.set_fact("body", "Security Council", item.line)
        m.doc.provenance["body"] = (
            "derived from the resolution's number: only the Security Council numbers its resolutions 'N (year)'"
        )
    if date := match.group("date") or match.group("of"):
        m.doc.set_fact("adopted", md.parse_date(date), item.line)
    else:
        m.expect = "dated"
    return True


def yearless_council_resolution(m: MastheadState, item: Line) -> bool:
    """ "Resolution 290", "Resolution 361 (197-4)": a Security Council resolution's title
    whose year is not printed, or not readably (digits garbled, not the General
    Assembly's session in roman numerals, "12 (III)"); its date follows on the next line. The
    Council numbers a resolution with the year it adopts it in, so once the opening
    formula names the Council and the date is read, the year is the date's (said:
    ``stated.year_from_adoption``); nothing is guessed before."""
    match = md.YEARLESS_SC_TITLE_RE.match(item.text)
    if not match or m.doc.number is not None:
        return False
    printed = match.group("printed")
    if printed is not None and (re.fullmatch(r"(?:19|20)\d\d", printed) or not re.search(r"\d", printed)):
        return False  # a year read is council_resolution's; "12 (III)" is the Assembly's session
    m.doc.yearless_number = (match.group("number"), match.group("printed") or "")
    m.expect = "dated"
    return True


def record_meeting(m: MastheadState, item: Line) -> bool:
    """ "64th plenary meeting" standing alone: the meeting a verbatim record records, which
    is the record's title as printed (its symbol says it is a record: A/79/PV.64)."""
    if not (match := md.RECORD_MEETING_RE.match(item.text)) or m.doc.facts.doc_type not in (None, "verbatim record"):
        return False
    m.doc.set_fact("meeting", match.group(1), item.line)
    m.doc.set_fact("title", item.text, item.line, item.markers, item.text)
    m.doc.facts.doc_type = "verbatim record"
    return True


def record_day(m: MastheadState, item: Line) -> bool:
    """ "Wednesday, 16 April 2025, 10 a.m." under a record's meeting: the day the record
    gives itself (``dated``) and the hour; its place may follow on the next line."""
    if not (match := md.RECORD_DAY_RE.match(item.text)) or m.doc.facts.doc_type != "verbatim record":
        return False
    m.doc.set_fact("dated", md.parse_date(match.group(1)), item.line)
    if match.group(2):
        m.doc.extra["time"] = match.group(2)
    if match.group("place"):
        m.doc.extra["place"] = match.group("place")
    else:
        m.expect = "place"
    return True


def presiding(m: MastheadState, item: Line) -> bool:
    """ "President: Mr. Yang . . . . . (Cameroon)": who presided over a record's meeting,
    its leader dots dropped from the fact (the line is kept as printed)."""
    if not (match := md.PRESIDING_RE.match(item.text)) or m.doc.facts.doc_type != "verbatim record":
        return False
    m.doc.extra[match.group(1).lower()] = " ".join(part for part in match.group(2, 3) if part)
    return True


def adopted_at_meeting(m: MastheadState, item: Line) -> bool:
    """ "Adopted by the Security Council at its 3187th meeting, on 26 March 1993" (the
    date may be on the next line). A speck the scan read as "_" is no word of it ("at _its",
    "at _ its")."""
    if not (match := md.ADOPTED_AT_RE.match(re.sub(r" _ ?(?=\w)", " ", item.text))):
        return False
    m.doc.set_fact("body", match.group("body"), item.line)
    m.doc.set_fact("meeting", match.group("meeting"), item.line)
    if match.group("date"):
        m.doc.set_fact("adopted", md.parse_date(match.group("date")), item.line)
    elif match.group("dayless"):  # "on January 1993": no day, no date to read
        detail = f"adoption date printed without its day ({match.group('dayless')!r}): not read"
        m.doc.note("warning", "dayless-date", item.line, detail)
    else:
        m.expect = "adopted-by"
    return True


def draft_adopted(m: MastheadState, item: Line) -> bool:
    """ "[S/727]": the symbol of the draft a resolution was adopted on, alone in brackets."""
    if not (match := md.BRACKETED_SYMBOL_RE.match(item.text)) or m.doc.facts.doc_type not in (None, "resolution"):
        return False
    m.doc.set_fact("based_on", match.group(1), item.line)
    return True


def adopted_by(m: MastheadState, item: Line) -> bool:
    """ "Resolution adopted by the General Assembly [on 21 November 2023]"; "Decision
    adopted by the Human Rights Council ...": a decision (its symbol A/HRC/DEC/...)."""
    if not (match := md.adopted_by(item.text)):
        return False
    m.doc.set_fact("body", md.body_named(match.group("body")) or match.group("body"), item.line)
    if match.group("decision"):
        m.doc.facts.doc_type = m.doc.facts.doc_type or "decision"
    if match.group("date"):
        m.doc.set_fact("adopted", md.parse_date(match.group("date")), item.line)
    else:
        m.expect = "adopted-by"
    return True


def on_report(m: MastheadState, item: Line) -> bool:
    """ "[on the report of the Third Committee (A/78/481)]"."""
    if not (match := md.ON_REPORT_RE.match(item.text)):
        return False
    m.doc.extra["committee"] = match.group(1)
    m.doc.set_fact("based_on", match.group(2), item.line)
    return True


def without_reference(m: MastheadState, item: Line) -> bool:
    """ "[without reference to a Main Committee (A/78/L.20)]"."""
    if not (match := md.WITHOUT_REFERENCE_RE.match(item.text)):
        return False
    m.doc.extra["committee"] = "without reference to a Main Committee"
    m.doc.set_fact("based_on", match.group(1), item.line)
    return True


def distribution(m: MastheadState, item: Line) -> bool:
    """ "Distr.: General [6 February 2002]" (the date may come on the next line); "Distr."
    alone, its class on a line of its own ("GENERAL", "GENERAL TD/B/43/6")."""
    if md.DISTR_ALONE_RE.match(item.text):
        return True  # its class follows on a line of its own
    if not (match := md.DISTR_RE.search(item.text)):
        return False
    m.doc.extra["distribution"] = md.distribution_class(match)
    for body in md.bodies_in(item.text):  # "Security Council Distr.: General"
        take_body(m.doc, body, item.line)
    found = md.parse_date(item.text)
    if found:
        m.doc.set_fact("distributed", found, item.line)
    else:
        m.expect = "distr"
    if md.SYMBOL_RE.search(item.text):  # "GENERAL TD/B/43/6": the symbol beside the class
        search_facts(m.doc, item)
    return True


def official_records(m: MastheadState, item: Line) -> bool:
    """ "Official Records Eightieth Session Supplement No. 44": where a report is published,
    not its title."""
    if not md.OFFICIAL_RECORDS_RE.match(item.text):
        return False
    m.doc.extra["official_records"] = f"{m.doc.extra.get('official_records', '')} {item.text}".strip()
    return True


def original_language(m: MastheadState, item: Line) -> bool:
    """ "Original: English"; the version's own language alone ("Español", "Russian")."""
    if md.LANGUAGE_LINE_RE.match(item.text):
        m.doc.extra["language"] = item.text
        return True
    if not (match := md.ORIGINAL_RE.match(item.text)):
        return False
    m.doc.extra["original"] = match.group("original")
    if match.group("language"):  # "Español Original: inglés"
        m.doc.extra["language"] = match.group("language")
    return True


def agenda_item(m: MastheadState, item: Line) -> bool:
    """ "Agenda item 119 (a)"; an export may glue the masthead's lines around it
    ("Eightieth session Agenda item 13 Integrated ...")."""
    if not (match := md.AGENDA_RE.search(item.text)):
        return False
    m.doc.set_fact("agenda_item", md.agenda_items(match), item.line, item.markers, item.text)
    m.expect = "agenda"
    if (session := md.parse_session(item.text[: match.start()])) is not None:
        m.doc.set_fact("session", session, item.line)
    if re.match(r"Executive Board (?!of\b)", item.text):  # UNICEF's board glued to its item
        m.doc.extra["board"] = "Executive Board"
        m.untitled_items = True
    if rest := item.text[match.end() :].strip():
        m.agenda_titles.append(rest)
        m.expect = "agenda-title"
    return True


def session_line(m: MastheadState, item: Line) -> bool:
    """ "Fifty-sixth session"; the Economic and Social Council's "2025 session"."""
    if yearly := re.fullmatch(r"((?:19|20)\d\d) session", item.text):
        m.doc.set_fact("session", int(yearly.group(1)), item.line)
        return True
    session = md.parse_session(item.text)
    if session is None or len(item.text) >= 40:
        return False
    m.doc.set_fact("session", session, item.line)
    return True


# a document of the General Assembly and the Security Council prints both organs' names,
# the Assembly's session and the Council's year side by side, which a PDF gives as one
# line: "General Assembly Security Council Seventy-ninth session Eightieth year"; an
# emergency special session's is no regular session's number ("Tenth emergency special
# session": kept as printed)
_ORGANS_SESSION_RE = re.compile(
    r"^(?:(?:General Assembly|Security Council) )*"
    r"(?P<session>(?P<ordinal>[A-Z][a-z]+(?:-[a-z]+)?) (?P<special>(?:emergency )?special )?session)"
    r"(?: (?P<year>[A-Z][a-z]+(?:-[a-z]+)? year))?$"
)


def organs_session(m: MastheadState, item: Line) -> bool:
    """The two organs' line of a joint document: the Assembly's session (a special one's
    as printed) and the Council's year ("Eightieth year")."""
    match = _ORGANS_SESSION_RE.match(item.text)
    if not match or not (match.group("year") or item.text.startswith(md.BODY_NAMES)):
        return False
    number = md.ordinal_to_int(match.group("ordinal"))
    if number is None or (match.group("year") and md.ordinal_to_int(match.group("year").split()[0]) is None):
        return False
    if match.group("special"):
        m.doc.extra["special_session"] = match.group("session")
    else:
        m.doc.set_fact("session", number, item.line)
    for body in md.bodies_in(item.text):
        take_body(m.doc, body, item.line)
    if match.group("year"):
        m.doc.extra["council_year"] = match.group("year")
    return True


def body_name(m: MastheadState, item: Line) -> bool:
    """ "General Assembly" alone on its line ("Consejo de Seguridad": ``languages``)."""
    if (body := md.body_named(item.text)) is None:
        return False
    take_body(m.doc, body, item.line)
    return True


def report_subtitle(m: MastheadState, item: Line) -> bool:
    """ "Report of the Secretary-General": a report; "Note by the Secretariat": a note."""
    if not _REPORT_SUBTITLE_RE.match(item.text) or m.after_agenda:
        return False
    m.doc.set_fact("subtitle", item.text, item.line, item.markers, item.text)
    m.doc.facts.doc_type = md.named_type(item.text) if item.text.endswith("endum") else None
    m.doc.facts.doc_type = m.doc.facts.doc_type or ("note" if md.named_type(item.text) == "note" else "report")
    m.subtitle_line = item.line
    return True


def sponsors(m: MastheadState, item: Line) -> bool:
    """A draft: who submitted it ("Australia:* draft resolution"), its markers with it."""
    if not (match := md.SPONSORS_RE.match(item.text)):
        return False
    who = match.group("sponsors") or match.group("sponsors2") or ""
    if who:
        m.doc.extra["sponsors"] = who
    kind = (match.group("kind") or match.group("kind2")).lower()
    m.doc.facts.doc_type = kind if kind.startswith("draft") else "amendment"
    if match.group("target"):
        m.doc.set_fact("based_on", match.group("target"), item.line)
    m.expect = "draft-title"
    if match.group("contained"):  # the Council's amendment: no draft's title follows, the line is its title
        m.doc.set_fact("title", item.text, item.line, item.markers, item.text)
        m.expect = ""
    if item.markers and who:
        size = len(who)
        m.doc.metadata_refs["sponsors"] = m.doc.notes.refs([(mark, min(o, size)) for mark, o in item.markers])
    return True


_BOARD_SESSION_RE = re.compile(r"^(?:(?:First|Second|Third) regular|Annual) session(?: of)? (?:19|20)\d\d$")


_MEMO_RE = re.compile(r"^(To|From|Subject): (.+)$")
# the Secretariat's issuances: what the line under its masthead says the document is
_ISSUANCE_RE = re.compile(r"^(Information circular|Administrative instruction|Secretary-General’s bulletin)$")


def issuance(m: MastheadState, item: Line) -> bool:
    """ "Information circular", "Administrative instruction", "Secretary-General’s
    bulletin": the kind of a Secretariat issuance (ST/IC, ST/AI, ST/SGB), its subtitle."""
    if not (match := _ISSUANCE_RE.match(item.text)):
        return False
    m.doc.facts.doc_type = match.group(1).lower().replace("’s", "'s")
    # its subtitle, with its marker ("Information circular*": the note says what it replaces)
    m.doc.set_fact("subtitle", item.text, item.line, item.markers, item.text)
    return True


def memo_line(m: MastheadState, item: Line) -> bool:
    """A Secretariat issuance's "To:" and "From:", and its "Subject:", which is its title."""
    if not (match := _MEMO_RE.match(item.text)):
        return False
    field_name, value = match.group(1).lower(), match.group(2)
    if field_name == "subject" and m.doc.facts.title is None:
        start = len("Subject: ")
        markers = [(mark, offset - start) for mark, offset in item.markers if offset >= start]
        m.doc.set_fact("title", value, item.line, markers, item.text)
    else:
        m.doc.extra[field_name] = value
    return True


def board_name(m: MastheadState, item: Line) -> bool:
    """An executive board's name: "Executive Board of the" / "United Nations Development"
    / "Programme, the United Nations Population Fund and ...", set beside the masthead's
    facts on as many lines as it needs, up to its session; "Executive Board" alone below
    its fund's name (UNICEF's, whose agenda items print no title)."""
    if item.text in ("Executive Board of the", "Executive Board"):
        m.doc.extra["board"] = item.text
        m.board_open = item.text.endswith(" the")
        m.untitled_items = not m.board_open
        return True
    if not m.board_open or _BOARD_SESSION_RE.match(item.text) or m.doc.facts.agenda_item:
        return False
    if md.DATE_RE.search(item.text) or md.SYMBOL_RE.search(item.text):  # a fact set between its lines
        return False
    m.doc.extra["board"] += " " + item.text
    return True


def board_session(m: MastheadState, item: Line) -> bool:
    """ "First regular session 2025", "Annual session of 2025": an executive board's
    session (named, not numbered); the board's name ends above it."""
    if not _BOARD_SESSION_RE.match(item.text):
        return False
    m.doc.extra["board_session"] = item.text
    m.board_open = False
    return True


def agenda_title(m: MastheadState, item: Line) -> bool:
    """The lines after "Agenda items 13 and 117" are those items' titles, one each (under a
    board whose items print none, the line after is the document's title); not a
    line that names the document itself ("Provisional annotated agenda, timetable and
    organization of work", an executive board's, whose items print no title), though an
    item may be titled as a report is ("Report of the Human Rights Council")."""
    if not m.after_agenda or md.named_type(item.text) not in (None, "report"):
        return False
    if m.untitled_items and m.doc.facts.title is None:  # the board's items print none
        m.doc.set_fact("title", item.text, item.line, item.markers, item.text)
        m.expect = "title"
        return True
    m.agenda_titles.append(item.text)
    m.agenda_title_line = item.line
    m.expect = "agenda-title"
    return True


def unmatched_heading(m: MastheadState, item: Line) -> bool:
    """A heading no rule took: the title, when none is printed as such; never a heading of
    facts only ("A/52/620 13 November 1997" set large in a 1997 masthead)."""
    if not item.heading or is_fact_line(item.text) or not re.search(r"[^\W\d_]{3}", item.text):
        return False  # facts, or a spine's letters set one under another ("A /8 0 /4 4")
    m.headings.append(item)
    return True


# a symbol with the part of the document it is, in brackets, as the masthead prints it in
# its language: "E/ICEF/672 (Part II)", "E/ICEF/672(Première partie)", "(Segunda parte)"
_PART_ORDINALS = {
    "premi": "I",
    "deuxi": "II",
    "troisi": "III",
    "quatri": "IV",
    "cinqui": "V",
    "primera": "I",
    "segunda": "II",
    "tercera": "III",
    "cuarta": "IV",
    "quinta": "V",
}
_SYMBOL_PART_RE = re.compile(
    r"^(?P<symbol>\S+?) ?\((?:(?:Part|PART) (?P<roman>[IVX]{1,4})"
    r"|(?P<ordinal>Premi|Deuxi|Troisi|Quatri|Cinqui)(?:è|e)(?:re|me) partie"
    r"|(?P<spanish>Primera|Segunda|Tercera|Cuarta|Quinta) parte)\)(?P<rest>.*)$"
)


def symbol_with_part(m: MastheadState, item: Line) -> bool:
    """ "E/ICEF/672 (Part II)": the symbol of one part of a document issued in parts, the
    part its own (E/ICEF/672 (Part II) is not E/ICEF/672); printed in French or Spanish
    ("(Deuxième partie)", "(Segunda parte)") it is the same symbol in every language, read
    "(Part II)" and said. What follows on the line ("23 mai 1980") is kept as written."""
    match = _SYMBOL_PART_RE.match(item.text)
    if not match or m.doc.facts.symbol is not None or not md.SYMBOL_RE.fullmatch(match.group("symbol")):
        return False
    word = match.group("ordinal") or match.group("spanish")
    part = match.group("roman") or _PART_ORDINALS[word.lower()]
    symbol = f"{canonical(match.group('symbol'))} (Part {part})"
    m.doc.set_fact("symbol", symbol, item.line)
    if word:
        detail = f"symbol printed {item.text[: match.start('rest')]!r}: its part read as (Part {part})"
        m.doc.note("warning", "symbol-part", item.line, detail)
    if rest := match.group("rest").strip():
        search_facts(m.doc, Line(rest, item.line, item.heading))
        m.doc.extra["header"] = (m.doc.extra.get("header", "") + "\n" + rest).strip()
    return True


def ocr_symbol_line(m: MastheadState, item: Line) -> bool:
    """A typewritten masthead's symbol alone on its line, a digit OCR'd as a letter that
    looks like it ("A/39/36I"): the symbol with its digits, the repair said as a warning."""
    if m.doc.facts.symbol is not None or not (symbol := md.ocr_symbol(item.text)):
        return False
    m.doc.set_fact("symbol", symbol, item.line)
    m.doc.note("warning", "ocr-symbol", item.line, f"symbol printed {item.text!r} as OCR read it: read as {symbol}")
    return True


def glued_facts(m: MastheadState, item: Line) -> bool:
    """A masthead line of glued facts ("United Nations A/RES/55/88", "General Assembly
    Distr.: General"), when nothing else is left in it."""
    if not search_facts(m.doc, item):
        return False
    m.expect = "distr" if md.DISTR_RE.search(item.text) and not md.DATE_RE.search(item.text) else ""
    return True


def header_line(m: MastheadState, item: Line) -> bool:
    """A line nothing understood: kept as written, and said (unless, once the masthead is
    read, it is the title above a report's "Report of the Secretary-General")."""
    m.unclaimed.append(item)
    m.marked += [item] if item.markers else []
    m.doc.extra["header"] = (m.doc.extra.get("header", "") + "\n" + item.text).strip()
    m.doc.note("warning", "header-line", item.line, _UNCLAIMED.format(item.text))
    return True


_UNCLAIMED = "header line not understood, kept as written: {!r}"


CONTINUATION_RULES: tuple[Rule, ...] = (
    title_continued,
    distribution_date,
    draft_title,
    adoption_date,
    misread_adoption_date,
    misread_year_date,
    meeting_place,
    agenda_title_continued,
)
FACT_RULES: tuple[Rule, ...] = (
    resolution_title,
    named_resolution,
    council_resolution,
    yearless_council_resolution,
    record_meeting,
    record_day,
    presiding,
    adopted_at_meeting,
    adopted_by,
    draft_adopted,
    on_report,
    without_reference,
    distribution,
    official_records,
    original_language,
    agenda_item,
    session_line,
    organs_session,
    body_name,
    report_subtitle,
    sponsors,
    issuance,
    memo_line,
    symbol_with_part,
    board_session,
    board_name,
    agenda_title,
    unmatched_heading,
    ocr_symbol_line,
    glued_facts,
    header_line,
)


def read_masthead(doc: DocumentState, blocks: list[Block]) -> None:
    """Every masthead line offered to the rules in order; then the agenda items' titles
    and, when none was printed as such, the title from the last unclaimed heading."""
    doc.header_lines = [markers_as_text(as_printed(line)) for block in blocks for line in block_lines(block)]
    m = MastheadState(doc)
    for item in adoption_joined(bracketed_joined(list(lines_of(blocks)))):
        m.more_titles = len(m.agenda_titles) < len(_agenda_numbers(doc.facts.agenda_item or ""))
        m.after_agenda = m.expect == "agenda" or (m.expect == "agenda-title" and m.more_titles)
        if any(rule(m, item) for rule in CONTINUATION_RULES):
            continue
        m.expect = ""
        any(rule(m, item) for rule in FACT_RULES)
    if m.agenda_titles:
        doc.extra["agenda_title"] = _agenda_titles(doc.facts.agenda_item or "", m.agenda_titles)
    _title_of_report(m)
    _title_after_agenda(m)
    _title_from_headings(m)
    _title_of_named(m)
    _header_markers(m)


def _title_of_report(m: MastheadState) -> None:
    """A report that prints no title as such: the line just above "Report of the
    Secretary-General" ("United Nations Disengagement Observer Force"), else the naming
    line itself when it says what about ("Report of the Secretary-General on Somalia") or
    whose report it is ("Report of the Committee against Torture", "Report of the first
    regular session 2025"), else, where the naming line follows its agenda item's title
    and nothing else ("QUESTION OF EAST TIMOR" / "Progress report of the
    Secretary-General"), that title. Before the title is
    taken from the headings: a cover's session lines are not a title."""
    facts = m.doc.facts
    if facts.title is not None or m.subtitle_line is None or facts.subtitle is None:
        return
    above = _wrapped_above(m.unclaimed, m.subtitle_line)
    if above:
        _claim_as_title(m, above[0])
        for wrapped in above[1:]:
            _claim_as_title(m, wrapped, continued=True)
    elif any(not md.SESSION_RE.search(h.text) for h in m.headings):
        return  # a heading set as the title ("INFORMATION FROM NON-SELF-GOVERNING TERRITORIES")
    elif re.match(r"^Report of the (?:[\w-]+(?: [\w-]+)* on |(?!Secretary-General\b))", facts.subtitle):
        facts.title, facts.subtitle = facts.subtitle, None
        m.doc.metadata_refs["title"] = m.doc.metadata_refs.pop("subtitle", [])
    elif len(m.agenda_titles) == 1 and m.agenda_title_line == m.subtitle_line - 1:
        # "Item 103 of the provisional agenda" / "QUESTION OF EAST TIMOR" / "Progress report
        # of the Secretary-General": the item's title is all the report prints as its title
        facts.title = m.agenda_titles[0]
        m.doc.provenance["title"] = "the title of its agenda item, printed right above its naming line"


# the words a title cannot end on: its next line carries it on
_CARRIES_ON_RE = re.compile(r"\b(?:on|of|and|the|for|to|in|by|with|at|a|an|from)$")


def _wrapped_above(unclaimed: list[Line], line: int) -> list[Line]:
    """The unread lines just above ``line`` that make one title: the one right above it,
    and before it each line that ends on a word no title ends on ("Abridged report on
    the international workshop on" / "climate and land degradation"), top first."""
    by_line = {item.line: item for item in unclaimed}
    if (line - 1) not in by_line:
        return []
    lines = [by_line[line - 1]]
    while (before := by_line.get(lines[0].line - 1)) and _CARRIES_ON_RE.search(before.text):
        lines.insert(0, before)
    return lines


def _claim_as_title(m: MastheadState, title: Line, continued: bool = False) -> None:
    """A line left unread that is the title after all (or the rest of it, ``continued``):
    no longer said to be unread."""
    if continued:
        m.doc.facts.title = f"{m.doc.facts.title} {title.text}"
        m.doc.note("repaired", "rejoin-title", title.line, "title continued on this line rejoined")
    else:
        m.doc.set_fact("title", title.text, title.line, title.markers, title.text)
    m.doc.log = [e for e in m.doc.log if (e.rule, e.line) != ("header-line", title.line)]
    lines = m.doc.extra.pop("header").split("\n")
    lines.remove(title.text)
    if lines:
        m.doc.extra["header"] = "\n".join(lines)


def _title_of_named(m: MastheadState) -> None:
    """A document that prints no title but the line naming it ("List of participants",
    "Provisional agenda"): that line is its title."""
    if m.doc.facts.title is not None or m.headings:
        return
    named = [item for item in m.unclaimed if md.NAMING_RE.match(item.text)]
    if named:
        _claim_as_title(m, named[-1])


def _title_after_agenda(m: MastheadState) -> None:
    """A title printed as plain text below the agenda item's title ("Evaluation" / "Annual
    report on evaluation, 2024"): the first line left unread after it, with the lines it
    carries on to; not when a heading follows the item's title (the heading is the title),
    nor below the line naming the document ("Report of the Credentials Committee" /
    "Chair: ..."); above it a fund's name in capitals ("UNITED NATIONS POPULATION FUND")
    is its banner, not its title."""
    after = m.agenda_title_line
    if m.doc.facts.title is not None or after is None or any(h.line > after for h in m.headings):
        return
    end = m.subtitle_line or float("inf")
    below = [item for item in m.unclaimed if after < item.line < end]
    while len(below) > 1 and below[0].text.isupper() and not below[1].text.isupper():
        below = below[1:]
    if not below or md.NAMING_RE.match(below[0].text):
        return
    _claim_as_title(m, below[0])
    rest = {item.line: item for item in below}
    last = below[0]
    while _CARRIES_ON_RE.search(last.text) and (last := rest.get(last.line + 1)):
        _claim_as_title(m, last, continued=True)


def _title_from_headings(m: MastheadState) -> None:
    if not m.headings:
        return
    title = m.headings[-1]
    if m.doc.facts.title is None:
        m.doc.set_fact("title", title.text, title.line, title.markers, title.text)
        kept = m.headings[:-1]
    else:
        kept = m.headings
    others = [h.text for h in kept]
    m.marked += [h for h in kept if h.markers]
    if not others:
        return
    joined = " / ".join(others)
    # the headings before the title are the agenda item's title, unless its titles were
    # read already (then they are other header text: "General Assembly Security Council
    # Seventy-ninth session Eightieth year" had replaced A/79/716's four items' titles)
    if m.doc.facts.agenda_item and "agenda_title" not in m.doc.extra:
        m.doc.extra["agenda_title"] = joined
    else:
        before = m.doc.extra.get("header")
        m.doc.extra["header"] = f"{before}\n{joined}" if before else joined


def _header_markers(m: MastheadState) -> None:
    """The markers of the lines kept as other header text (or as the agenda item's title),
    each where its line stands in that text: a note hung on a heading that is not the
    title ("Provisional agenda of the eightieth regular session of the General Assembly*",
    A/80/150, under which "To convene at ..." is read as the title) leads from there,
    not from nowhere. A line no longer in that text (claimed as the title) has its
    markers where it went."""
    cursors = {"header": 0, "agenda_title": 0}
    for item in m.marked:
        for name, cursor in cursors.items():
            at = m.doc.extra.get(name, "").find(item.text, cursor)
            if at >= 0:
                shifted = [(marker, at + offset) for marker, offset in item.markers]
                m.doc.metadata_refs.setdefault(name, []).extend(m.doc.notes.refs(shifted))
                cursors[name] = at + len(item.text)
                break


def search_facts(doc: DocumentState, item: Line) -> bool:
    """Take every fact found anywhere in the line; True if nothing else is left in it."""
    rest = item.text
    for position, symbol in enumerate(md.SYMBOL_RE.findall(item.text)):
        rest = rest.replace(symbol, " ")
        if position:  # "A/ES-10/1022-S/2025/92": a document of two organs, under both symbols
            joint = doc.extra.setdefault("also_issued_as", [])
            joint += [canonical(symbol)] if canonical(symbol) not in joint else []
            continue
        # a marker right after the symbol is the symbol's ("A/RES/78/68*": reissued)
        end = item.text.find(symbol) + len(symbol)
        own = [(marker, offset) for marker, offset in item.markers if offset == end]
        doc.set_fact("symbol", canonical(symbol), item.line, own, item.text)
    if found := md.DISTR_RE.search(item.text):
        doc.extra["distribution"] = md.distribution_class(found)
        rest = rest.replace(found.group(0), " ")
    if (found := md.DATE_RE.search(item.text)) and doc.facts.distributed is None:
        doc.set_fact("distributed", md.parse_date(found.group(0)), item.line)
        rest = rest.replace(found.group(0), " ")
    if session := md.find_session(item.text):
        doc.set_fact("session", session[0], item.line)
        rest = rest.replace(session[1], " ")
    if found := md.AGENDA_RE.search(item.text):
        doc.set_fact("agenda_item", md.agenda_items(found), item.line)
        rest = rest.replace(found.group(0), " ")
    for name, body in md.BODY_NAME_OF.items():
        if name in item.text:
            take_body(doc, body, item.line)
            rest = rest.replace(name, " ")
    return not re.search(r"[^\W\d_]", md.UNITED_NATIONS_RE.sub(" ", rest))


def take_body(doc: DocumentState, name: str, line: int) -> None:
    """The body that issued the document; of a document issued under two symbols, the
    second organ named ("General Assembly" / "Security Council") is the other's."""
    if doc.facts.body not in (None, name) and "also_issued_as" in doc.extra:
        doc.extra["joint_body"] = name
        return
    doc.set_fact("body", name, line)


def read_furniture(doc: DocumentState, blocks: list[Block]) -> None:
    """Page furniture (template headers) holds metadata glued together: search, don't match."""
    for item in lines_of(blocks):
        search_facts(doc, item)


def _agenda_numbers(items: str) -> list[str]:
    return re.split(r", | and ", items)


def _agenda_titles(items: str, titles: list[str]) -> str:
    """One title, as printed; several, each after its item's number ("13: ...; 117: ...")."""
    numbers = _agenda_numbers(items)
    if len(titles) == 1 or len(numbers) != len(titles):
        return " / ".join(titles)
    return "; ".join(f"{number}: {title}" for number, title in zip(numbers, titles, strict=True))
