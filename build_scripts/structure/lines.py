"""A masthead's or sign-off's blocks as logical lines, each with its markers.

Masthead and sign-off facts are read line by line (a date, a meeting, an agenda item);
the body is read block by block (``body.py``). A heading is one line however it was
wrapped; emphasis asterisks around a sign-off line are not part of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import metadata as md
from ..readers.base import Block
from ..repairs.joining import join_wrapped
from ..repairs.markers import split_markers


@dataclass
class Line:
    """One logical line of a masthead or sign-off; ``markers`` are (marker, offset) pairs."""

    text: str
    line: int
    heading: bool
    markers: list[tuple[str, int]] = field(default_factory=list)
    # Index of the line within its block: a line after the first may continue it.
    index: int = 0


def block_lines(block: Block) -> list[str]:
    """A header or signature block's lines; a heading is one line however it was wrapped."""
    if block.kind == "heading":
        return [join_wrapped(block.text)[0]]
    return [line for line in block.text.split("\n") if line.strip()]


def as_printed(line: str) -> str:
    """A line without the emphasis asterisks a signature block may be wrapped in."""
    return line.strip().strip("*").strip()


def lines_of(blocks: list[Block]) -> Iterator[Line]:
    """Every non-empty line of ``blocks``, its markers taken out of its text."""
    for block in blocks:
        for offset, raw_line in enumerate(block_lines(block)):
            text, markers = split_markers(as_printed(raw_line))
            if text:
                yield Line(text, block.line + offset, block.kind == "heading", markers, offset)


def bracketed_joined(lines: list[Line]) -> list[Line]:
    """ "[on the report of the Special Political and Decolonization Committee" /
    "(Fourth Committee) (A/78/417)]": a bracket opened on one line closes on a later one."""
    out: list[Line] = []
    for item in lines:
        previous = out[-1] if out else None
        if previous is not None and previous.text.startswith("[") and "]" not in previous.text:
            previous.text = f"{previous.text} {item.text}"
            previous.markers += [
                (marker, offset + len(previous.text) - len(item.text)) for marker, offset in item.markers
            ]
        else:
            out.append(item)
    return out


def adoption_joined(lines: list[Line]) -> list[Line]:
    """ "Adopted by the Security Council at its" / "3163rd meeting, on 25 January 1993": an
    adoption line wrapped onto the next (or the one after) is one line again."""
    out: list[Line] = []
    for item in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.text.startswith("Adopted by the ")
            and not md.ADOPTED_AT_RE.match(previous.text)
        ):
            joined = f"{previous.text} {item.text}"
            if md.ADOPTED_AT_RE.match(joined) or len(joined.split()) < 12:
                previous.markers += [(marker, offset + len(previous.text) + 1) for marker, offset in item.markers]
                previous.text = joined
                continue
        out.append(item)
    return out
