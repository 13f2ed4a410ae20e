"""The grammar of a UN document symbol: the one place that says what a symbol may be.

A document's symbol is not only a label. It becomes the path of its page and its data
files (``A/RES/56/145.md``, ``data/akn/A/RES/56/145.xml``), their URLs, and the anchors
of the series and comparison pages. It comes from the text, or from what a sidecar or an
export's front matter says, and sources come from other people's repositories and
downloads: a "symbol" such as ``../../tmp/pwned/A`` would write outside the build's
output (CI runs as root). So every symbol, whatever its origin, must be what the UN's
symbol grammar allows before it is used: series of components separated by ``/``
(``A/HRC/WG.6/45/L.1``, ``E/CN.4/RES/2003/48``), perhaps followed by a year or part in
brackets (``S/RES/2768 (2025)``, ``E/ICEF/672 (Part I)``, or without the space as
citations are keyed: ``S/RES/2768(2025)``); ASCII letters, digits, dots
and hyphens only, nothing a path, a URL or an HTML id would read as syntax.
"""

from __future__ import annotations

import re

from .errors import SourceError

MAX_SYMBOL_LENGTH = 100  # the longest real symbols are under 40 characters
# A component starts and ends with a letter or digit: never empty, ".", ".." or hidden
# (".x"), never a Windows name losing its trailing dot. The first names the organ or
# treaty body, in capitals (``A``, ``E``, ``S``, ``ST``, ``CCPR``, ``HRI``): a generated
# page (``data/``, ``search/``, lower case) can never be taken for a document's.
# a conference's session in brackets: "COP(8)" (ICCD/COP(8)/CST/8)
_COMPONENT = r"(?:[A-Z]+\(\d{1,3}\)|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)"
_FIRST = r"[A-Z](?:[A-Za-z0-9.-]*[A-Za-z0-9])?"
# Security Council resolutions' year, a part, an old General Assembly session in numerals;
# as printed ("S/RES/2768 (2025)", "(Part I)") or as citations are keyed, without spaces
# ("S/RES/2768(2025)", "A/CONF.157/24(PartI)")
_BRACKETED = r" ?\((?:\d{4}|[IVXLC]{1,8}|Part ?[IVXLC0-9]{1,8})\)"
SYMBOL_GRAMMAR = re.compile(rf"{_FIRST}(?:/{_COMPONENT})+(?:{_BRACKETED})?")
EXAMPLES = "e.g. A/RES/56/145, S/RES/2768 (2025), E/CN.4/2003/48"


def is_valid_symbol(symbol: object) -> bool:
    """Whether ``symbol`` is a UN document symbol (text, at most ``MAX_SYMBOL_LENGTH``
    characters, of the grammar); anything else must never become a path or URL."""
    return isinstance(symbol, str) and len(symbol) <= MAX_SYMBOL_LENGTH and SYMBOL_GRAMMAR.fullmatch(symbol) is not None


def check_symbol(symbol: object, source_file: str, origin: str = "sidecar or front matter") -> str:
    """``symbol`` as the collection keys it (``canonical``) if it is a UN document symbol;
    else an error naming ``source_file`` and what to fix (``origin``: where it was stated)."""
    if isinstance(symbol, str) and is_valid_symbol(symbol):
        return canonical(symbol)
    raise SourceError(source_file, f"symbol {shown(symbol)} is not a UN document symbol ({EXAMPLES}); fix the {origin}")


def canonical(symbol: str) -> str:
    """A symbol as pages, data and citations key it: without spaces, whoever stated it
    ("S/RES/2768 (2025)" is ``S/RES/2768(2025)``, "(Part I)" ``(PartI)``): one document,
    one key, however its sidecar or its citers print it."""
    return symbol.replace(" ", "")


_COUNCIL_RESOLUTION_RE = re.compile(r"S/RES/(\d+)\((\d{4})\)")


def council_number(symbol: str) -> str | None:
    """A Security Council resolution's number as it is printed and cited, "242 (1967)",
    from its symbol ``S/RES/242(1967)``; None for any other symbol."""
    match = _COUNCIL_RESOLUTION_RE.fullmatch(symbol)
    return f"{match.group(1)} ({match.group(2)})" if match else None


# The year a symbol itself states: a Council resolution's "(1967)", or a series numbered
# within each year (S/2025/415, E/CN.4/RES/2003/48, A/HRC/RES/… has none)
_SYMBOL_YEAR_RE = re.compile(r"\((1[89]\d\d|20\d\d)\)$|/(1[89]\d\d|20\d\d)/")


def symbol_year(symbol: str) -> int | None:
    """The year a symbol states, for a document that prints no date of its own: placed by
    it on the documents page rather than among those with neither session nor date."""
    match = _SYMBOL_YEAR_RE.search(symbol)
    return int(match.group(1) or match.group(2)) if match else None


def shown(value: object, limit: int = 60) -> str:
    """A value as a message may print it: quoted, control characters escaped, cut short."""
    text = repr(value) if isinstance(value, str) else f"{value!r} (not text)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Symbols ``symbol_path`` found valid: a page's links make the same paths again and again
# (140 a document), and looking a symbol up costs a fraction of matching it
_VALID: set[str] = set()


def symbol_path(symbol: str) -> str:
    """``symbol``, to be made a path or URL: a symbol the grammar refuses never gets this
    far (it is refused naming its file when read), so one here is a bug, stopped before
    anything is written."""
    if symbol not in _VALID:
        if not is_valid_symbol(symbol):
            raise ValueError(f"{shown(symbol)} is not a UN document symbol: it cannot become a path")
        _VALID.add(symbol)
    return symbol
