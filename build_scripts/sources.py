"""Reading ``sources/``: bytes to text, and sidecars. The only I/O the converter does on input.

Texts arrive in whatever encoding the export produced; decoding is explicit so that a
cp1252 or UTF-16 file is read correctly *and* said so, and a binary file is refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import readers
from .errors import SourceError, Unread, stop_at_first
from .settings import SETTINGS_FILE
from .symbols import check_symbol

SIDECAR_SUFFIX = ".meta.yaml"
# Formats users have that the converter does not read (yet): refused with what to do,
# never skipped in silence.
_UNREAD_FORMATS = {
    ".doc": "a Word 97-2003 file",
    ".rtf": "a Rich Text file",
    ".html": "a web page",
    ".htm": "a web page",
    ".epub": "an e-book",
}
MAX_SOURCE_BYTES = 20 * 1024 * 1024
# libyaml's parser where PyYAML was built with it (the wheels are): the pure-Python one
# took a quarter of a second for 200 sidecars, before MkDocs could start
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Fields a sidecar may set: facts of the model that a text may fail to state.
SIDECAR_FIELDS = {
    "symbol",
    "body",
    "doc_type",
    "title",
    "session",
    "agenda_item",
    "adopted",
    "meeting",
    "vote",
    "distributed",
    "dated",
    "published",
    "based_on",
}


@dataclass
class Source:
    name: str
    text: str
    sidecar: dict[str, Any] = field(default_factory=dict)
    # what decoding did: ("repaired", ...) for certain fixes, ("warning", ...) for guesses
    notes: list[tuple[str, str]] = field(default_factory=list)
    # the bytes of a source read from its structure, not as text (a PDF's layout, a Word or
    # OpenDocument file's XML), read when it is converted; None for texts. Which format
    # they are is the readers' to tell (``readers.reader_for``)
    data: bytes | None = None


def decode(name: str, data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """Decode bytes to text with newlines normalised; return the text and what was done
    (each note a kind, "repaired" or "warning", and a message)."""
    notes: list[tuple[str, str]] = []
    if not data.strip():
        raise SourceError(name, "the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
        notes.append(("repaired", "decoded as UTF-16 (byte-order mark)"))
    elif b"\x00" in data:
        raise SourceError(name, "binary file (NUL bytes), not a text")
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
            notes.append(("repaired", "UTF-8 byte-order mark removed"))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            text = data.decode("cp1252", errors="replace")
            notes.append(
                ("warning", f"not valid UTF-8 (first bad byte on line {line}); decoded as Windows-1252, check the text")
            )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append(("repaired", "CRLF line endings normalised"))
    if not text.strip():
        raise SourceError(name, "the file has no text")
    return text, notes


def load_sidecar(path: Path) -> dict[str, Any]:
    """A sidecar holds facts absent from the text, each as ``field: {value: ..., why: ...}``."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise SourceError(path.name, f"sidecar is not valid YAML: {getattr(err, 'problem', err)}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(path.name, "sidecar must be a mapping of field: {value, why}")
    facts: dict[str, Any] = {}
    for key, entry in data.items():
        if key not in SIDECAR_FIELDS:
            raise SourceError(path.name, f"unknown field {key!r} (allowed: {', '.join(sorted(SIDECAR_FIELDS))})")
        if not isinstance(entry, dict) or "value" not in entry or not str(entry.get("why", "")).strip():
            raise SourceError(path.name, f"field {key!r} needs a 'value' and a non-empty 'why'")
        if key == "symbol":
            entry = {**entry, "value": check_symbol(entry["value"], path.name, "sidecar")}
        facts[key] = entry
    return facts


def _refuse_unknown(path: Path) -> SourceError:
    """Every file in sources/ is read or reported: a format the converter cannot read
    is refused with what to do about it."""
    suffix = path.suffix.lower()
    what = _UNREAD_FORMATS.get(suffix)
    if what is not None:
        return SourceError(
            path.name,
            f"{what} ({suffix}) cannot be read; save it as .docx, .odt, PDF or plain text (.txt) into sources/ instead",
        )
    return SourceError(
        path.name,
        f"not a source format (sources/ takes {', '.join(readers.source_suffixes())}, <name>{SIDECAR_SUFFIX} sidecars "
        f"and {SETTINGS_FILE}); "
        "move the file out of sources/",
    )


@dataclass
class Gathered:
    """The sources of a directory that could be loaded, and the files that could not
    (in the order found: files of unknown formats, sidecars without a source, then each
    source in name order)."""

    sources: list[Source]
    unread: list[Unread]


def gather_sources(directory: Path) -> Gathered:
    """Every source of ``directory`` (sorted by name) with its sidecar, if any, and each
    file that cannot be loaded with the reason: one bad file costs its own document, not
    the collection. Hidden files (``.gitkeep``, editors' swap files) and the collection's
    ``collection.yml`` (``settings``) are not sources. A missing directory is no file's
    fault: it raises."""
    if not directory.is_dir():
        raise SourceError(str(directory), "sources directory not found")
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    texts = []
    unread: list[Unread] = []
    suffixes = readers.source_suffixes()  # the texts' and those the readers of formats claim
    for path in files:
        if path.suffix.lower() in suffixes:
            texts.append(path)
        elif not path.name.endswith(SIDECAR_SUFFIX) and path.name != SETTINGS_FILE:
            unread.append(Unread.of(_refuse_unknown(path)))
    stems = {p.stem for p in texts}
    for sidecar in sorted(directory.glob(f"*{SIDECAR_SUFFIX}")):
        if sidecar.name[: -len(SIDECAR_SUFFIX)] not in stems:
            unread.append(Unread(sidecar.name, "sidecar has no matching source text"))
    sources: list[Source] = []
    for path in texts:
        try:
            sources.append(_load(path))
        except SourceError as err:
            unread.append(Unread.of(err))
    return Gathered(sources, unread)


def load_sources(directory: Path) -> list[Source]:
    """Every source of ``directory`` (``gather_sources``), or the first file that cannot
    be loaded as an error: a strict build's way."""
    gathered = gather_sources(directory)
    stop_at_first(gathered.unread)
    return gathered.sources


def _load(path: Path) -> Source:
    """One source file and its sidecar, or the error saying why it cannot be loaded."""
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise SourceError(path.name, f"file is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB; not a document text")
    sidecar_path = path.with_name(path.stem + SIDECAR_SUFFIX)
    sidecar = load_sidecar(sidecar_path) if sidecar_path.exists() else {}
    return _source(path, path.read_bytes(), sidecar)


def _source(path: Path, data: bytes, sidecar: dict[str, Any]) -> Source:
    """A file of a format read from its bytes, when they are what its name says (the
    readers claiming its suffix tell); any other source file, decoded as text."""
    formats = [reader for reader in readers.claimants(path.suffix) if reader.reads == "bytes"]
    if not formats:
        text, notes = decode(path.name, data)
        return Source(path.name, text, sidecar, notes)
    source = Source(path.name, "", sidecar, [], data)
    if not any(reader.sniff(source) >= readers.MIN_CONFIDENCE for reader in formats):
        raise SourceError(path.name, f"named {path.suffix} but {formats[0].mismatch}")
    return source
