"""Facts not read from the text's lines: derived from what it prints, or stated beside it.

A resolution's symbol follows from its body and number ("56/145." of the General
Assembly is A/RES/56/145, "Resolution 242 (1967)" of the Security Council
S/RES/242(1967), its canonical form without the space); a General Assembly resolution's session from its number.
A sidecar (``<name>.meta.yaml``) or an export's front matter states a fact the text
does not, with the reason; where the text states it too, the text wins (said).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..readers.base import RawDocument
from .state import DocumentState

SYMBOL_PREFIX = {
    "General Assembly": "A/RES/",
    "Commission on Human Rights": "E/CN.4/RES/",
    "Human Rights Council": "A/HRC/RES/",
    "Economic and Social Council": "E/RES/",
    "Security Council": "S/RES/",
}


# A decision's series, where its body numbers decisions as it numbers resolutions
DECISION_PREFIX = {
    "General Assembly": "A/DEC/",
    "Human Rights Council": "A/HRC/DEC/",
    "Economic and Social Council": "E/DEC/",
}


def derive_symbol(doc: DocumentState) -> None:
    """A resolution's or decision's symbol from its body and number (the title's wins over
    furniture's, said); a General Assembly resolution's session from its number."""
    facts = doc.facts
    year_from_adoption(doc)
    prefixes = {"resolution": SYMBOL_PREFIX, "decision": DECISION_PREFIX}.get(facts.doc_type or "", {})
    prefix = prefixes.get(facts.body or "")
    if not (doc.number and prefix):
        return
    if ("(" in doc.number) != (facts.body == "Security Council"):
        return  # "1373" is no Council resolution's number, "242(1967)" no other body's
    derived = prefix + doc.number
    if _prints_its_resolution_symbol(facts.symbol, doc.number):
        derived = facts.symbol or derived  # "A/HRC/RES/59/25" under "General Assembly": as printed
    if facts.symbol not in (None, derived):
        detail = f"symbol {facts.symbol!r} in the page furniture, {derived!r} from the title"
        doc.note("warning", "conflicting-metadata", None, detail)
    facts.symbol = derived
    year = doc.number.partition("(")[2].rstrip(")")
    if year and facts.adopted is not None and str(facts.adopted.year) != year:
        detail = f"resolution numbered {doc.number!r} but adopted on {facts.adopted.isoformat()}: check the year"
        doc.note("warning", "conflicting-metadata", None, detail)
    regular = doc.number.split("/")[0].isdigit()  # "ES-11/1": an emergency special session's
    if facts.session is None and facts.body == "General Assembly" and regular and int(doc.number.split("/")[0]) < 100:
        facts.session = int(doc.number.split("/")[0])
        doc.provenance["session"] = (
            "derived from the resolution number (General Assembly resolutions are numbered session/number)"
        )


def year_from_adoption(doc: DocumentState) -> None:
    """A Security Council resolution whose title prints its number without a readable
    year ("Resolution 290" / "of 8 December 1970"): the Council numbers its resolutions
    with the year it adopts them in, so its number is "290(1970)" (said on the page).
    Not when the opening formula names another body, nor without an adoption date."""
    facts = doc.facts
    if doc.number is not None or doc.yearless_number is None or facts.adopted is None:
        return
    if facts.body != "Security Council" or facts.doc_type != "resolution":
        return
    number, printed = doc.yearless_number
    doc.number = f"{number}({facts.adopted.year})"
    shown = f"({printed})" if printed else "no year"
    detail = f"title prints resolution {number} with {shown}: its year read from its adoption date, {facts.adopted}"
    doc.note("warning", "year-from-adoption", None, detail)


def _prints_its_resolution_symbol(symbol: str | None, number: str) -> bool:
    """Whether the masthead's symbol is a resolution's of the title's number in some
    series ("A/HRC/RES/59/25" for "59/25."): the document's own, printed, which no body's
    prefix may replace (the Human Rights Council's resolutions are issued under "General
    Assembly", whose prefix would make it A/RES/59/25, another document)."""
    return symbol is not None and symbol.replace(" ", "").endswith("/RES/" + number.replace(" ", ""))


def apply_stated(doc: DocumentState, raw: RawDocument, sidecar: dict[str, Any] | None) -> None:
    """The sidecar's facts, then the front matter's, where the text left them open."""
    stated = [("sidecar", name, entry) for name, entry in (sidecar or {}).items()]
    stated += [("front matter", name, entry) for name, entry in raw.facts.items() if name not in (sidecar or {})]
    for where, name, entry in stated:
        value = _value(name, entry["value"])
        current = getattr(doc.facts, name)
        if current is None:
            setattr(doc.facts, name, value)
            doc.provenance[name] = f"{where}: {str(entry['why']).strip()}"
        elif current != value and not _same_words(current, value):
            detail = f"{where} says {name}={value!r}, the text says {current!r}; the text wins"
            doc.note("warning", "sidecar-conflict", None, detail)


def _same_words(current: Any, value: Any) -> bool:
    """The same text but for trailing punctuation ("The Arms Trade Treaty :" from an export)."""
    if not (isinstance(current, str) and isinstance(value, str)):
        return False
    table = str.maketrans({"\u2011": "-", "’": "'"})
    return current.translate(table).strip(" :;,.") == value.translate(table).strip(" :;,.")


def _value(name: str, value: Any) -> Any:
    if name in ("adopted", "distributed", "dated") and isinstance(value, str):
        return date.fromisoformat(value)
    if name in ("session", "published") and value is not None:
        return int(value)
    return value
