"""The dated events of the collection: found in each document, merged across documents.

Extraction is per document (pure: a document in, its events out); merging is one pass
over all events, keyed by what the event *is*:

- the adoption of a resolution or instrument (``adopt:A/RES/45/158``), whoever tells it;
- an instrument's entry into force (``in-force:A/RES/45/158``);
- any other event: its date and its label, so different events on one day stay apart.

When the same event is told with different precision ("25 June 1993", "June 1993"),
the merged event keeps the most precise date the sources agree on. Labels are built
from the sentence by a few general rules (below); where none applies, the label is the
source's own clause, shortened.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace
from datetime import date

from .. import anchors
from ..model import Document, Event, EventSource, Reference
from ..symbols import council_number
from .citations import Catalogue
from .dates import DateMention, find_dates

_BODY_BY_PREFIX = (
    ("E/CN.4/Sub.2/RES/", "Sub-Commission"),
    ("E/CN.4/RES/", "Commission on Human Rights"),
    ("E/RES/", "Economic and Social Council"),
    ("A/HRC/RES/", "Human Rights Council"),
    ("A/RES/", "General Assembly"),
    ("S/RES/", "Security Council"),
)
_CONNECTOR_RE = re.compile(
    r"^(?:In addition|Furthermore|Moreover|In particular|As a result|Finally|However|Subsequently|Thereafter|Also|"
    r"In a follow-up to [^,]+|Under [^,]+)[,\s]+",
    re.IGNORECASE,
)
_OPENER_RE = re.compile(
    r"^(?:Takes note of|Notes with (?:appreciation|satisfaction|concern)|Notes that|Notes|Welcomes|"
    r"Acknowledges with appreciation|Recalling(?: that)?|Recalls(?: that)?|Reaffirming|Considering that|"
    r"Noting(?: that)?|Bearing in mind(?: that)?|Aware(?: that)?|Expresses [\w ]+? (?:at|that))\s+"
)
_TRAILING_RE = re.compile(
    r"[\s,;:]*(?:\b(?:on|in|from|during|of|at|by|since|until|probably|held|as at|As at))*[\s,;:]*$"
)
_TRAILING_WINDOW = 64  # characters from the end where a trailing connector is looked for first
_TRAILING_LONGEST = len("probably")
_CUT_RE = re.compile(r",? (?:inviting|requesting|to which|namely|including|in order to|with a view to)\b|, namely")
_PRONOUN_RE = re.compile(r"^(One|The other|the other|Another|The first|The second)\b")
_COUNTED_NOUN_RE = re.compile(r"\b(?:two|three|four|five|six|seven|several) (?:[a-z-]+ )*?([a-z]+)s\b")
_FUTURE_RE = re.compile(r"\b(?:will|shall|to be held|is to|are to|planned|probably|expected|looking forward|next)\b")
_ADOPTED_BY_RE = re.compile(r"\badopted\b(?:[^,;]*?)\bby the ([A-Z][\w-]*(?:\s+(?:on|of|for|and|[A-Z][\w-]*))*)")
# what an event is called when a clause names it: "the initial meeting of States parties", "the Millennium Summit"
_EVENT_NOUN_RE = re.compile(
    r"\b(?:the|a|an) (?:[\w-]+ ){0,3}?(?:meeting|session|summit|conference|workshop|seminar|round table|event|"
    r"consultation|forum|symposium)\b.*$",
    re.IGNORECASE,
)
_IN_FORCE_RE = re.compile(r"\bent(?:ry|ered|ers) into force\b")
_BY_WHICH_ADOPTED_RE = re.compile(r"\bby which (?:it|the Assembly|the General Assembly) adopted\b")
_HELD_RE = re.compile(
    r"^(?:which (?:was|were) |to be |that (?:was|were) )?(held|established|convened|organized)\b(.*)$"
)
_MAX_WORDS = 20


def _body_of(symbol: str) -> str | None:
    return next((body for prefix, body in _BODY_BY_PREFIX if symbol.startswith(prefix)), None)


def _number_of(symbol: str) -> str:
    """The number a resolution is cited by: the Council's as it prints it, "1325 (2000)"."""
    if number := council_number(symbol):
        return number
    for prefix, _ in _BODY_BY_PREFIX:
        if symbol.startswith(prefix):
            return symbol[len(prefix) :]
    return symbol


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or semicolon clause) holding a span."""
    left = max((m.end() for m in re.finditer(r"(?:\. |; )(?=[A-Z(\"“])", text[:start])), default=0)
    right = re.search(r"(?:\.(?:\s|$)|;)", text[end:])
    return left, end + right.start() if right else len(text)


def strip_trailing(label: str) -> str:
    """``_TRAILING_RE.sub("", label)`` in time that does not grow with the label: the
    pattern must reach the end of the text, and the engine tries it from every position
    (a fifth of finding the events). Searched for near the end first; from the start
    only when the match found may have begun before that window."""
    window = max(0, len(label) - _TRAILING_WINDOW)
    match = _TRAILING_RE.search(label, window)
    assert match is not None  # it matches the empty end of any text
    if window and match.start() <= window + _TRAILING_LONGEST + 1:
        match = _TRAILING_RE.search(label)
        assert match is not None
    return label[: match.start()]


def _tidy(label: str, catalogue: Catalogue) -> str:
    label = _CONNECTOR_RE.sub("", label.strip(" ,;:"))
    label = _OPENER_RE.sub("", label)
    label = strip_trailing(label).strip(" ,;:")
    cut = _CUT_RE.search(label)
    if cut:
        label = label[: cut.start()]
    for title, pattern, short in _short_names(catalogue):
        if title in label:  # a substring test first: most labels name no instrument
            label = pattern.sub(short, label)
    words = label.split()
    if len(words) > _MAX_WORDS:
        label = " ".join(words[:_MAX_WORDS]) + "…"
    return label[:1].upper() + label[1:] if label else label


@functools.cache
def _short_names(catalogue: Catalogue) -> list[tuple[str, re.Pattern[str], str]]:
    """Formal titles to their short names; only the formal title: a name inside another
    proper name stays as written."""
    return [
        (inst.names[0], re.compile(rf"(?:\bthe )?\b{re.escape(inst.names[0])}\b"), inst.short)
        for inst in catalogue.instruments
        if inst.short
    ]


def _short(catalogue: Catalogue, symbol: str) -> str:
    inst = catalogue.instrument(symbol)
    if inst is None:
        return symbol
    return inst.short or f"the {inst.title}"


def _clause_label(
    text: str, mention: DateMention, previous_end: int, sentence: tuple[int, int], catalogue: Catalogue
) -> str:
    """The source's own words for the event: the clause before the date (its subject
    found when the clause is only "held in ..."), or what follows the date when nothing
    precedes it."""
    start, end = sentence
    before = text[max(start, previous_end) : mention.start]
    # "their 1997 appeal to Governments": a year used as an adjective names what follows
    if mention.precision == "year" and re.search(r"\b(?:their|its|the)\s*$", before):
        return _tidy(text[mention.end : end].split(",")[0], catalogue)
    clauses = [c for c in re.split(r",\s+", before.strip()) if c.strip()]
    while len(clauses) > 1 and not _HELD_RE.match(clauses[-1]) and len(_tidy(clauses[-1], catalogue).split()) <= 1:
        clauses.pop()  # "..., probably in": an adverb, not the event
    label = clauses[-1] if clauses else ""
    held = _HELD_RE.match(label)
    if held and len(clauses) > 1:
        named = _EVENT_NOUN_RE.search(clauses[-2])
        subject = named.group(0) if named else clauses[-2]
        rest = held.group(2).strip()
        label = f"{subject} {held.group(1)} {rest}" if held.group(1) != "held" else f"{subject} {rest}"
    after = text[mention.end : end].lstrip(", ")
    if len(_tidy(label, catalogue).split()) < 6 and re.match(r"^(?:during|at|for)\b", after):
        label = f"{_tidy(label, catalogue)} {re.split(r',|;', after)[0]}"
    elif len(_tidy(label, catalogue).split()) < 3:
        label = re.split(r";|, (?=[a-z])", after)[0]
    pronoun = _PRONOUN_RE.match(label.strip(" ,"))
    if pronoun:
        counted = list(_COUNTED_NOUN_RE.finditer(text[: mention.start]))
        if counted:
            word = pronoun.group(1)
            label = label.strip(" ,").replace(word, f"{word} {counted[-1].group(1)}", 1)
    return _tidy(label, catalogue)


def _status(doc_date: date | None, mention: DateMention, clause: str) -> str:
    """Planned when the event lies after the telling document's own date, or the text
    speaks of it in the future within the same month."""
    if doc_date is None:
        return "happened"
    first = mention.first_day()
    if mention.precision == "year":
        later = first.year > doc_date.year
        same = first.year == doc_date.year
    elif mention.precision == "month":
        later = (first.year, first.month) > (doc_date.year, doc_date.month)
        same = (first.year, first.month) == (doc_date.year, doc_date.month)
    else:
        later = first > doc_date
        same = False
    return "planned" if later or (same and _FUTURE_RE.search(clause)) else "happened"


def _event_for(
    doc: Document, text: str, mention: DateMention, previous_end: int, refs: list[Reference], catalogue: Catalogue
) -> tuple[str, str]:
    """Label and merge key of the event a date mention dates."""
    sentence = _sentence_bounds(text, mention.start, mention.end)
    in_sentence = [r for r in refs if sentence[0] <= r.start < sentence[1]]
    # "resolution 45/158 of 18 December 1990"
    for ref in in_sentence:
        if ref.kind in ("resolution", "decision") and re.fullmatch(r"\s+of\s+", text[ref.end : mention.start]):
            body = _body_of(ref.symbol) or "The issuing body"
            adopted = [
                r
                for r in in_sentence
                if r.kind == "instrument" and r.start > ref.end and not (r.locator or "").startswith("art.")
            ]
            if adopted and _BY_WHICH_ADOPTED_RE.search(text[ref.end : adopted[0].start]):
                label = f"{body} adopts {_short(catalogue, adopted[0].symbol)} ({ref.kind} {_number_of(ref.symbol)})"
            else:
                label = f"{body} adopts {ref.kind} {_number_of(ref.symbol)}"
            return label, f"adopt:{ref.symbol}"
    # "the entry into force of the Convention ... on 1 July 2003"
    if _IN_FORCE_RE.search(text[sentence[0] : mention.start]):
        instruments = [r for r in in_sentence if r.kind == "instrument" and r.start < mention.start]
        if instruments:
            short = _short(catalogue, instruments[-1].symbol)
            return f"{short[:1].upper()}{short[1:]} enters into force", f"in-force:{instruments[-1].symbol}"
    # "the Vienna Declaration ... adopted by the World Conference on Human Rights on 25 June 1993"
    for ref in in_sentence:
        if ref.kind == "instrument" and ref.end <= mention.start + 80 and abs(ref.end - mention.start) < 120:
            between = text[ref.end : max(mention.end, ref.end)]
            by = _ADOPTED_BY_RE.search(text[ref.end : sentence[1]])
            if "adopted" in between or (by and by.start() < 60):
                adopter = re.sub(r"\s+(?:on|of|for|and)$", "", by.group(1)) if by else "Adoption of"
                title = catalogue.title(ref.symbol) or ref.label
                return f"{adopter} adopts the {title}", f"adopt:{ref.symbol}"
    return _clause_label(text, mention, previous_end, sentence, catalogue), ""


def document_events(doc: Document, catalogue: Catalogue) -> list[Event]:
    """The events one document tells: its own adoption and distribution, and every dated
    event in its paragraphs."""
    events: list[Event] = []
    symbol = doc.symbol
    doc_date = doc.adopted or doc.distributed
    if doc.adopted:
        what = doc.doc_type or "document"
        label = f"{doc.body or 'Adoption'} adopts {what} {_number_of(symbol)}"
        if doc.meeting:
            label += f" ({doc.meeting})"
        events.append(
            _event(
                doc.adopted.isoformat(),
                "day",
                None,
                label,
                "happened",
                symbol,
                # the sign-off tells the meeting; a print without one, its masthead
                anchors.SIGNATURE if doc.closing_lines else anchors.TITLE,
                _written(doc.adopted),
                f"adopt:{symbol}",
            )
        )
    if doc.distributed:
        events.append(
            _event(
                doc.distributed.isoformat(),
                "day",
                None,
                f"{symbol} distributed",
                "happened",
                symbol,
                anchors.TITLE,
                _written(doc.distributed),
                f"distributed:{symbol}",
            )
        )
    refs_by_place: dict[str, list[Reference]] = {}
    for ref in doc.references:
        refs_by_place.setdefault(ref.in_paragraph, []).append(ref)
    for para in doc.all_paragraphs():
        previous_end = 0
        for mention in find_dates(para.text):
            label, key = _event_for(doc, para.text, mention, previous_end, refs_by_place.get(para.id, []), catalogue)
            previous_end = mention.end
            if not label:
                continue
            bounds = _sentence_bounds(para.text, mention.start, mention.end)
            status = _status(doc_date, mention, para.text[bounds[0] : bounds[1]])
            events.append(
                _event(
                    mention.date,
                    mention.precision,
                    mention.end_date,
                    label,
                    status,
                    symbol,
                    para.id,
                    mention.as_written,
                    key,
                )
            )
    return events


def _written(value: date) -> str:
    return f"{value.day} {value.strftime('%B')} {value.year}"


def _event(
    when: str,
    precision: str,
    end: str | None,
    label: str,
    status: str,
    symbol: str,
    paragraph: str | None,
    as_written: str,
    key: str,
) -> Event:
    source = EventSource(symbol, paragraph, as_written, status)  # type: ignore[arg-type]
    return Event(when, precision, end, label, status, [source], key or f"{when}:{_slug(label)}")  # type: ignore[arg-type]


_RANK = {"year": 0, "month": 1, "day": 2}


def _compatible(a: Event, b: Event) -> bool:
    """Same event told at different precision: the less precise date is a prefix."""
    shorter, longer = sorted((a.date, b.date), key=len)
    return longer.startswith(shorter)


def merge_events(events: list[Event]) -> list[Event]:
    """One entry per event, all its sources kept, the most precise agreed date; in date order."""
    merged: dict[str, list[Event]] = {}
    for event in events:
        group = merged.setdefault(event.key, [])
        home = next((e for e in group if _compatible(e, event)), None)
        if home is None:
            group.append(replace(event, sources=list(event.sources)))
            continue
        if _RANK[event.precision] > _RANK[home.precision]:
            home.date, home.precision, home.end = event.date, event.precision, event.end
        if len(event.label) > len(home.label) and not event.key.startswith(("adopt:", "in-force:")):
            home.label = event.label
        home.sources.extend(s for s in event.sources if s not in home.sources)
        home.status = "happened" if any(s.status == "happened" for s in home.sources) else "planned"
    out = [event for group in merged.values() for event in group]
    out.sort(key=lambda e: (e.date, e.end or "", e.label))
    used: dict[str, int] = {}
    for event in out:
        base = f"ev-{event.date}-{_slug(event.label)[:40]}".rstrip("-")
        used[base] = used.get(base, 0) + 1
        event.id = base if used[base] == 1 else f"{base}-{used[base]}"
    return out


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
