"""Recognising the metadata lines of UN documents: dates, sessions, agenda items,
meetings, votes. Shared by every reader and by ``structure``; pure functions.
"""

from __future__ import annotations

import re
from datetime import date

from . import languages

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update(languages.MONTHS)
MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December"
# a date as any version of a document prints it: "18 December 1990", "13 de septiembre de
# 2023", "1er avril 2024", "11 марта 2024 года" (``languages``); its groups day, month, year
_DATE = rf"(\d{{1,2}})(?:er)? (?:de )?({MONTH_ALT}|{'|'.join(languages.MONTHS)}) (?:de )?(\d{{4}})"
DATE_RE = re.compile(rf"(?<!\d){_DATE}(?!\d)(?: года)?")
DATE_LINE_RE = re.compile(rf"^\*?{_DATE}(?: года)?\*?$")
# a date line whose year the export glued to its month: "4 December2024" (A/RES/79/85)
GLUED_DATE_LINE_RE = re.compile(rf"^(\d{{1,2}}) ({MONTH_ALT})((?:19|20)\d\d)$")

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TENS_ORDINAL = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
SESSION_RE = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th)) (?:regular |special )?session\b"
)
# in another language (``languages.SESSION``), read by ``parse_session``
SESSION_ELSEWHERE_RE = re.compile(languages.SESSION)
_AGENDA_NUMBER = r"\d+(?: ?\([a-z]\))?"
# (in another language, its own group: "Point 68 de l’ordre du jour", ``agenda_items``)
AGENDA_RE = re.compile(
    rf"\b(?:Agenda items?|Items?) ({_AGENDA_NUMBER}(?:(?:, | and ){_AGENDA_NUMBER})*"
    r"(?: of the (?:provisional agenda|preliminary list))?)"
    rf"|{languages.AGENDA}"
)


def agenda_items(match: re.Match[str]) -> str:
    """The agenda item (or items) an ``AGENDA_RE`` match names, as printed."""
    return match.group(1) or match.group(2)


# "77th plenary meeting", "55th (resumed) plenary meeting"; an export may put the date
# on the same line ("52nd plenary meeting 1 December 2025")
# (in another language: "50e séance plénière", ``languages.MEETING``)
MEETING_RE = re.compile(
    rf"^\*?(\d{{1,4}}(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting|{languages.MEETING})\*?"
    rf"(?: (\d{{1,2}} (?:{MONTH_ALT}) \d{{4}}))?$"
)
# The bracketed adoption note closing a Commission resolution, whole or in pieces:
# "[Adopted without a vote. See chap. XIV. - E/CN.4/2003/L.11/Add.4]".
ADOPTION_NOTE_RE = re.compile(
    r"^\[?\s*(?:Adopted (?P<vote>without a vote|by (?:a )?(?:recorded |roll-call )?vote[^.\]]*)\.?)?"
    r"\s*(?:See chap(?:ter)?\. ?(?P<chapter>[IVXLC]+)\.?)?"
    r"\s*(?:-\s*)?(?P<symbol>(?:A|E)/[\w./]+?)?\.?\s*\]?$"
)
# "Distr.: General"; older mastheads print "Distr. GENERAL" (UNCTAD's "Dist. GENERAL"), or
# set the class on a line of its own, before the symbol or date beside it ("GENERAL
# TD/B/43/6" when "Dist." stands in another column): never "GENERAL ASSEMBLY" or a title
_DISTR_CLASS = rf"General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED|{'|'.join(languages.DISTRIBUTION_CLASSES)}"
DISTR_RE = re.compile(
    rf"Distr?\.:?\s*({_DISTR_CLASS})\b"
    rf"|^(GENERAL|LIMITED|RESTRICTED)(?=$| [A-Z]{{1,8}}(?:\.\d+)?/| \d{{1,2}} (?:{MONTH_ALT}) \d{{4}})"
)
# "Distr." alone on its line, its class on a line further down
DISTR_ALONE_RE = re.compile(r"^Distr?\.:?$")


def distribution_class(match: re.Match[str]) -> str:
    """ "General", "Limited" or "Restricted", however a ``DISTR_RE`` match printed it."""
    printed = match.group(1) or match.group(2)
    return languages.DISTRIBUTION_CLASSES.get(printed.lower(), printed.capitalize())


# The cover of a body's report in its Official Records: "Official Records / Eightieth
# Session / Supplement No. 44"
OFFICIAL_RECORDS_RE = re.compile(
    r"^(?:Official Records(?: [A-Z][\w-]+ (?:[Ss]ession|[Yy]ear))?(?: Supplement No\. ?\d+[A-Z]?)?"
    r"|Supplement No\. ?\d+[A-Z]?)$"
)
# "[on the report of the Third Committee (A/78/481)]"; a committee with its other name,
# "... Decolonization Committee (Fourth Committee) (A/79/420, para. 8)]"
ON_REPORT_RE = re.compile(r"^\[on the report of the ([A-Z][\w ]+?(?: \([A-Z]\w+ Committee\))?) \((.+)\)\]$")
# A draft's sponsors line: "Australia:* draft resolution", "Chile and Mexico: draft decision"
# ("Iraq:*,** draft resolution": the markers' comma stays), or an amendment to one
# The Security Council's: "Russian Federation: amendment to the draft resolution contained
# in document S/2025/112" (no title of the draft follows); an executive board's draft,
# "Draft decision submitted to the Executive Board" (by no one named)
SPONSORS_RE = re.compile(
    r"^(?P<sponsors>[A-Z][^:]{1,4000}?):,? (?P<kind>draft (?:resolution|decision)|amendments? to (?:the )?draft"
    r" (?:resolution|decision)(?P<contained> contained in document)?(?: (?P<target>[AES]/\S+))?)$"
    r"|^(?P<kind2>Draft (?:resolution|decision)) submitted (?:by (?P<sponsors2>.+)|to the [A-Z][\w ]+)$"
)
# Plenary resolutions: "[without reference to a Main Committee (A/78/L.20 and A/78/L.20/Add.1)]"
WITHOUT_REFERENCE_RE = re.compile(r"^\[without reference to a Main Committee \((.+)\)\]$")
# "Resolution adopted by the General Assembly on 21 November 2023"; a decision's likewise
ADOPTED_BY_RE = re.compile(
    r"^(?:Resolution|(?P<decision>Decision)) adopted by the (?P<body>[A-Z][\w ]+?)(?: on (?P<date>.+))?$"
)
_ADOPTED_BY_ELSEWHERE_RE = re.compile(languages.ADOPTED_BY)


def adopted_by(line: str) -> re.Match[str] | None:
    """ "Resolution adopted by the General Assembly on 21 November 2023", in any language
    (``languages.ADOPTED_BY``): groups ``decision``, ``body`` (as printed; ``body_named``
    gives the body) and ``date``."""
    return ADOPTED_BY_RE.match(line) or _ADOPTED_BY_ELSEWHERE_RE.match(line)


# "56/145. Title"; a special or emergency special session's: "ES-11/1. Title", "S-27/2. Title"
RESOLUTION_TITLE_RE = re.compile(r"^((?:E?S-)?\d{1,4}/\d{1,4})\.\s+(.+)$")
# A Security Council resolution's title, numbered with its year: "Resolution 242 (1967)",
# "RESOLUTION 813 (1993)"; the oldest volumes print the number first and the date after
# it: "3 (1946). Resolution of 4 April 1946" (the year in brackets is the Council's way:
# the Assembly and the Councils of Geneva number theirs with a slash); the date may
# follow on the title's line ("Resolution 477 (1980) of 30 July 1980")
SC_TITLE_RE = re.compile(
    rf"^(?:(?:Resolution|RESOLUTION) (?P<number>\d{{1,4}}) \((?P<year>(?:19|20)\d\d)\)"
    rf"(?: of (?P<of>\d{{1,2}} (?:{MONTH_ALT}) \d{{4}}))?"
    rf"|(?P<number2>\d{{1,4}}) \((?P<year2>(?:19|20)\d\d)\)\.? Resolution of (?P<date>\d{{1,2}} (?:{MONTH_ALT}) \d{{4}}))\.?$"
)
# "Adopted by the Security Council at its 3187th meeting, on 26 March 1993" (the date may
# be on the next line): the masthead of a Security Council resolution since 1992
# (a date printed without its day, "on January 1993", is the group ``dayless``)
ADOPTED_AT_RE = re.compile(
    rf"^Adopted by the (?P<body>[A-Z][\w ]+?) at its (?P<meeting>\S+ (?:\(resumed\) )?(?:plenary )?meeting),?"
    rf"(?: on (?:(?P<date>\d{{1,2}} (?:{MONTH_ALT}) \d{{4}})|(?P<dayless>(?:{MONTH_ALT}) \d{{4}})))?\.?$"
)
# A Security Council resolution's title whose year in brackets is not printed or not
# readable: "Resolution 290", "Resolution 361 (197-4)" (what the brackets hold: ``printed``)
YEARLESS_SC_TITLE_RE = re.compile(
    r"^(?:Resolution|RESOLUTION) (?P<number>\d{1,4})(?: \((?P<printed>[^()]{1,8})\))?\.?$"
)
# A verbatim record's masthead: the meeting it records ("64th plenary meeting", "9876th
# meeting"), the day and hour it was held ("Wednesday, 16 April 2025, 10 a.m."), who
# presided ("President: Mr. Yang . . . . . (Cameroon)"); the place may end the day's line
# ("..., 10 a.m. New York") or stand on the next
RECORD_MEETING_RE = re.compile(r"^(\d{1,5}(?:st|nd|rd|th) (?:plenary )?meeting)$")
RECORD_DAY_RE = re.compile(
    rf"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{{1,2}} (?:{MONTH_ALT}) \d{{4}})"
    r"(?:, (\d{1,2}(?:\.\d\d)? [ap]\.m\.))?(?: (?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}))?$"
)
PRESIDING_RE = re.compile(r"^((?:Acting )?President|Chair|Chairman|Chairperson): (.+?)[ .]*(\([^()]+\))?$")
# who speaks, as a verbatim record opens a turn: "Mr. Heartney (United States of America):",
# "The Acting President:", "Ms. Sharma (Department for General Assembly and Conference
# Management):", "Mr. Makayat-Safouesse (Congo) (spoke in French):"
SPEAKER_RE = re.compile(
    r"^((?:Mr|Ms|Mrs|Miss|Dr)\. [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: \([^()]{2,120}\))?"
    r"|The (?:Acting )?(?:President|Vice-President|Chair|Secretary-General))"
    r"(?: \(spoke in [A-Z][a-z]+\))?:"
)
# A line that names a document which is neither a resolution nor a numbered report: its
# masthead ends there, and what follows is its text; each with the type it gives
NAMED_TYPES = (
    (r"(?:Identical )?[Ll]etters? dated", "letter"),
    (r"Note verbale dated", "note verbale"),
    (r"Note by the", "note"),
    (r"Report of (?:the\b|[A-Z][a-z]+$)", "report"),  # a State's to a body: "Report of Denmark"
    (r"Draft report\b", "draft report"),
    (r"(?:Annotated )?[Pp]rovisional (?:annotated )?agenda\b|Agenda$", "agenda"),
    (r"Statement submitted by", "statement"),
    (r"(?:Draft )?[Pp]rogramme of work$", "programme of work"),
    # a treaty body's on a communication: "Views adopted by the Committee under article 5
    # (4) of the Optional Protocol, concerning communication No. ...", "Decision adopted ..."
    (r"Views adopted by the Committee under\b", "views"),
    (r"Decision adopted by the Committee under\b", "decision on a communication"),
    (r"Corrigendum$", "corrigendum"),
    (r"Addendum$", "addendum"),
    (r"(?:List of (?:participants|[Dd]elegations)|LIST OF (?:PARTICIPANTS|DELEGATIONS))\b", "list of participants"),
    (r"Concluding observations on", "concluding observations"),
    (r"General comment No\.", "general comment"),
    *languages.NAMED_TYPES,
)
NAMING_RE = re.compile("^(?:" + "|".join(f"(?:{pattern})" for pattern, _ in NAMED_TYPES) + ")")
_NAMED_TYPE_RES = tuple((re.compile(f"^(?:{pattern})"), kind) for pattern, kind in NAMED_TYPES)


def named_type(line: str) -> str | None:
    """The type of document a line names ("Letter dated ...": a letter); None if none."""
    return next((kind for pattern, kind in _NAMED_TYPE_RES if pattern.match(line)), None)


# A symbol alone in brackets above a resolution: the draft it was adopted on ("[S/727]")
BRACKETED_SYMBOL_RE = re.compile(r"^\[((?:A|E|S)/[A-Z0-9][\w./-]*\w)\]$")
# A Security Council resolution's sign-off in the yearly volumes, its lines joined:
# "Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1 abstention
# (China).", "Adopted unanimously at the 1382nd meeting.", "Adopted unanimously, without a
# vote, at the 2011th meeting". What is between "Adopted" and "at", or after the meeting,
# is the vote. Lines are joined undoing the hyphen of a wrapped word ("meet-" "ing").
# The scan misreads some of its words, which are still read: "Adapted" (and the
# "Approved" of an admission), "meting", "hy 14 votes".
SIGNOFF_WORD_RE = re.compile(r"^(?:Adopted|Adapted|Approved)\b")
MEETING_ADOPTION_RE = re.compile(
    r"^(?:Adopted|Adapted|Approved)(?: (?![Aa]t (?:the|its) )(?P<how>[a-z][a-z ,]*?),?)? (?:[Aa]t )?(?:the|its) "
    r"(?P<meeting>\S+(?: \S+)? (?:meetings?|meting))"
    r"(?P<vote>,? (?:by|hy|without|following|with)\b.*|,? ?\(.*\))?[.,]?$",
    re.DOTALL,
)
NAMED_RESOLUTION_RE = re.compile(
    r"^(Commission on Human Rights|Human Rights Council|Economic and Social Council) resolution (\d{4}/\d{1,4})(?:[.:]\s+(.+))?$"
)
# "The General Assembly," (the comma dropped in some PDFs after an unnumbered operative
# part: "The General Assembly / Endorses ..."; then only a body's name is taken)
# an executive board's decision opens "The Executive Board" without its comma too
# In another language, the article and the body's name: "La Asamblea General,",
# "L’Assemblée générale,", "Совет Безопасности," (``languages``); read by ``opening_body``
OPENING_RE = re.compile(
    r"^(?:The ([A-Z][A-Za-z ]+?)(?:,|(?<=Assembly)|(?<=Council)|(?<=Rights)|(?<=Board))"
    rf"|(?:{'|'.join(languages.OPENING_ARTICLES[:-1])})?({'|'.join(languages.BODY_NAMES)}),)$"
)
# A section's label alone on its line: "II", "B."
SECTION_ONLY_RE = re.compile(r"^(?:[IVXLC]+|[A-H])\.?$")
# The heading of an article, rule or chapter of an annexed text ("Article 13.", "Rule 15").
PART_HEADING_RE = re.compile(r"^(?:Article|Rule|Chapter|Section|Part) (?:\d{1,3}|[IVXLC]+|[A-Z])(?: ?(?:bis|ter))?\.?$")
# The line that opens an annex of a resolution: "Annex", "Annex II", "Annex 3", the
# Security Council's "Annex A"
ANNEX_RE = re.compile(rf"^(?:Annex|ANNEX|{'|'.join(languages.ANNEX_WORDS)})(?: ([IVXLC]+|\d{{1,2}}|[A-H]))?\*?$")
# A letter's annex or enclosure names what it is annexed to, on as many lines as it needs:
# "Annex to the letter dated 17 February 2025 from ...", "Annex I to the identical
# letters dated ...", "Enclosure".
ANNEXED_TO_RE = re.compile(
    r"^(?:Annex|Enclosure)(?: ([IVXLC]+|\d{1,2}))? to the (?:identical )?(?:letters?|note verbale|note)\b"
    r"|^Enclosure(?: ([IVXLC]+|\d{1,2}))?$"
    rf"|^{languages.ANNEXED_TO}"
)
# How preambular paragraphs open: a participle or one of the adjectives UN drafting uses.
PREAMBLE_OPENER_RE = re.compile(
    r"^(?:[A-Z][a-z]+ing|Aware|Conscious|Convinced|Concerned|Deeply|Gravely|Mindful|Alarmed|Guided|Determined|"
    r"Desirous|Cognizant|Encouraged|Seriously|Profoundly)\b"
)
# "Original: English"; after the language of the version, where it differs: "English
# Original: French"; typewritten mastheads set it in capitals ("ORIGINAL: ENGLISH")
# ("Original : anglais" in French, a space before the colon)
ORIGINAL_RE = re.compile(r"^(?:(?P<language>[^\W\d_]+) )?(?:Original|ORIGINAL) ?:\s*(?P<original>\w+)$")
# the version's own language alone on its line ("Español"; "Russian" above a Russian
# version's "Original: English")
LANGUAGE_LINE_RE = re.compile(rf"^(?:{'|'.join(languages.LANGUAGES)})$")
# A document symbol, also when glued to the words around it in page furniture
# ("United NationsA/RES/58/166General Assembly"): components are capitals, numbers
# or the usual suffixes, so the glued word after it is not taken; a Security Council
# resolution's year is its symbol's ("S/RES/2768 (2025)"), a special or emergency special
# session's number its component's ("A/ES-10/1022", "A/RES/ES-11/1", "A/RES/S-27/2").
# Besides the principal organs' series (A, E, S, ST), any series of capitals that
# numbers its documents: treaty bodies (CCPR/C/..., HRI/MC/2025/1), executive boards
# (DP/2025/1, UNW/2025/1, the joint board's DP-FPA/2025/1), conferences of parties
# (TPNW/MSP/2025/1, a session's number in brackets: ICCD/COP(8)/CST/8), JIU/REP/2025/1.
_SYMBOL_FIRST = r"(?<![A-Z/])(?:A|E|S|ST|(?=[A-Z]{2,8}(?:-[A-Z]{2,8})?(?:\.\d+)?/[A-Z./\d()-]*\d)[A-Z]{2,8}(?:-[A-Z]{2,8})?(?:\.\d+)?)"
_SYMBOL_PARTS = r"(?:/(?:[A-Z]+(?:\.\d+|-\d+|\(\d{1,3}\))?|\d+|(?:Add|Corr|Rev|Amend)\.\d+))+"
SYMBOL_RE = re.compile(
    rf"{_SYMBOL_FIRST}{_SYMBOL_PARTS}(?: ?\((?:19|20)\d\d\))?(?![\w/]|-\d)|"
    rf"{_SYMBOL_FIRST}{_SYMBOL_PARTS}(?=[A-Z][a-z])"
)
# A symbol alone on its line as a typewritten page's OCR gives it: a digit read as a
# letter that looks like it ("A/39/36I", "A/4O/12"), a stray dot after the organ's letter
# ("A./47/435"). Only the principal organs' series, only numeric components (each with a
# digit), so that no word is ever taken for a number.
_OCR_SYMBOL_RE = re.compile(r"^(A|E|S|ST)\.?((?:/(?:[A-Z]{1,6}(?:\.\d+)?|[0-9IlO]*\d[0-9IlO]*))+)$")
_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "O": "0"})


def ocr_symbol(line: str) -> str | None:
    """The symbol a line alone prints, digits that OCR read as letters made digits again
    ("A/39/36I" -> A/39/361); None unless the line needed that repair to be a symbol."""
    if not (match := _OCR_SYMBOL_RE.match(line.strip())):
        return None
    parts = match.group(2).split("/")[1:]
    repaired = [part.translate(_OCR_DIGITS) if any(c.isdigit() for c in part) else part for part in parts]
    symbol = "/".join([match.group(1), *repaired])
    return symbol if symbol != line.strip() else None


# "United Nations", or as older mastheads set it: "UNITED NATIONS A" (the organ's letter)
UNITED_NATIONS_RE = re.compile(
    rf"United Nations|{'|'.join(languages.UNITED_NATIONS)}|^\s*UNITED\s+NATIONS(?:\s+[AES])?\s*$"
)
BODY_NAMES = (
    "General Assembly",
    "Commission on Human Rights",
    "Human Rights Council",
    "Economic and Social Council",
    "Security Council",
)
# every name a masthead or an opening formula may print for a body, and the body it is
BODY_NAME_OF: dict[str, str] = {**{name: name for name in BODY_NAMES}, **languages.BODY_NAMES}


def body_named(text: str) -> str | None:
    """The body whose name ``text`` is, in any language (``languages``); None if none."""
    return BODY_NAME_OF.get(text) or languages.ADOPTING_BODIES.get(text)


def bodies_in(text: str) -> list[str]:
    """The bodies whose names ``text`` holds ("Security Council Distr.: General")."""
    return [body for name, body in BODY_NAME_OF.items() if name in text]


def opening_body(line: str) -> str | None:
    """The body an opening formula names ("The General Assembly," "La Asamblea General,":
    General Assembly); None if ``line`` is none."""
    if not (match := OPENING_RE.match(line)):
        return None
    return match.group(1) or BODY_NAME_OF[match.group(2)]


def ordinal_to_int(word: str) -> int | None:
    """'Fifty-sixth' -> 56, '59th' -> 59; None if not an ordinal."""
    w = word.lower()
    numeric = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", w)
    if numeric:
        return int(numeric.group(1))
    if w in _UNITS:
        return _UNITS[w]
    if w in _TEENS:
        return _TEENS[w]
    if w in _TENS_ORDINAL:
        return _TENS_ORDINAL[w]
    if "-" in w:
        tens, unit = w.split("-", 1)
        if tens in _TENS and unit in _UNITS:
            return _TENS[tens] + _UNITS[unit]
    return None


def parse_date(text: str) -> date | None:
    """The first full date ('18 December 1990') in ``text``; None if none or invalid."""
    match = DATE_RE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    try:
        return date(int(year), MONTHS[month.lower()], int(day))
    except ValueError:
        return None


def parse_session(text: str) -> int | None:
    """The session a line names ("Fifty-sixth session"; in another language, its last
    words that read as an ordinal: "Assemblée générale Soixante-dix-huitième session")."""
    found = find_session(text)
    return found[0] if found else None


def find_session(text: str) -> tuple[int, str] | None:
    """The session a line names and the words that name it, as printed."""
    for match in SESSION_RE.finditer(text):
        number = ordinal_to_int(match.group(1))
        if number is not None:
            return number, match.group(0)
    for match in SESSION_ELSEWHERE_RE.finditer(text):
        words = match.group(1).split(" ")
        for start in range(len(words)):
            if (number := languages.session_number(" ".join(words[start:]))) is not None:
                return number, match.group(0)[len(" ".join(words[:start])) :].strip()
    return None


def parse_adoption_note(text: str) -> dict[str, str] | None:
    """Vote, report chapter and draft symbol of an adoption note; None if the line is not one."""
    match = ADOPTION_NOTE_RE.match(text.strip())
    found = {key: value for key, value in match.groupdict().items() if value} if match else {}
    if not found or (set(found) == {"symbol"} and not text.strip().endswith("]")):
        return None  # a bare symbol is a citation, not an adoption note
    return found


def is_closing_line(text: str) -> bool:
    """Lines of a resolution's signature block: meeting, date, adoption note."""
    line = text.strip()
    return bool(
        MEETING_RE.match(line)
        or DATE_LINE_RE.match(line)
        or GLUED_DATE_LINE_RE.match(line)
        or parse_adoption_note(line)
    )
