"""One call for the whole conversion: sources directory -> every generated file's content.

Both the MkDocs hook and the command line use this, so they cannot drift apart.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import ConversionCache
from .parallel import split_rendering
from .pipeline import Collection, convert_sources, source_keys
from .sources import load_sources
from .writers.chronology import CHRONOLOGY_PAGE, chronology_csv, chronology_ics, chronology_json, render_chronology
from .writers.compare import render_comparisons
from .writers.fidelity import FIDELITY_PAGE, fidelity_json, render_fidelity
from .writers.json_export import documents_json
from .writers.pages import render_collection_pages, render_documents
from .writers.search_index import paragraph_entries

log = logging.getLogger("mkdocs.plugins.un_docs")


@dataclass
class Generated:
    """What a build hands to MkDocs: every generated file (path under docs/ -> content)
    and the paragraph entries for the search index. ``collection`` is the converted
    model, absent when the whole output came from the cache."""

    files: dict[str, str]
    search_entries: list[dict[str, Any]]
    documents: int
    collection: Collection | None = None


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while the model is built: the conversion allocates
    millions of objects that all survive, and every full collection would walk them all
    again (a third of lineage's time at 1,000 documents). Reference counting still frees
    what is dropped; one collection runs at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def generate(sources: Path, directory_urls: bool = True, cache: ConversionCache | None = None) -> Generated:
    """Every generated file and search entry of the collection in ``sources``.

    With a cache, a collection whose sources (and converter) are all unchanged since a
    previous build is not converted, linked or written again: its output is reused whole.
    """
    loaded = load_sources(sources)
    keys = source_keys(loaded, cache)
    key = None
    if cache is not None:
        key = cache.collection_key(keys, directory_urls)
        found = cache.get(key)
        if isinstance(found, Generated):
            log.info("sources unchanged since the last build: conversion skipped")
            return found
    with paused_gc():
        collection = convert_sources(loaded, cache, keys)
        assert collection.links is not None
        files = write_files(collection, directory_urls)
        entries = paragraph_entries(collection.documents, collection.links, directory_urls)
    log_conversion(collection)
    generated = Generated(files, entries, len(collection.documents))
    if cache is not None and key is not None:
        cache.put(key, generated)
    return dataclasses.replace(generated, collection=collection)


def write_files(collection: Collection, directory_urls: bool = True) -> dict[str, str]:
    """Every generated page and data file of a converted collection: the document pages
    in worker processes, the rest meanwhile here."""
    pages, rest = split_rendering(
        _document_pages, collection, len(collection.documents), lambda: _collection_files(collection, directory_urls)
    )
    pages.update(rest)
    return pages


def _document_pages(collection: Collection, start: int, stop: int) -> dict[str, str]:
    assert collection.links is not None
    return render_documents(
        collection.documents, collection.links, collection.lineage, collection.comparisons, start, stop
    )


def _collection_files(collection: Collection, directory_urls: bool) -> dict[str, str]:
    assert collection.links is not None
    files = render_collection_pages(collection.documents, collection.links)
    files.update(render_comparisons(collection.comparisons))
    files["data/documents.json"] = documents_json(
        collection.documents, collection.links, directory_urls, collection.lineage
    )
    files[CHRONOLOGY_PAGE] = render_chronology(collection.events)
    files["data/chronology.json"] = chronology_json(collection.events, directory_urls)
    files["data/chronology.csv"] = chronology_csv(collection.events)
    files["data/chronology.ics"] = chronology_ics(collection.events)
    files[FIDELITY_PAGE] = render_fidelity(collection.fidelity)
    files["data/fidelity.json"] = fidelity_json(collection.fidelity)
    return files


def log_conversion(collection: Collection) -> None:
    """Every document, and every removal, repair and warning, in the build log."""
    for doc in collection.documents:
        log.info(
            "%s -> %s (%s, %d paragraphs, %d notes)",
            doc.source_file,
            doc.symbol,
            doc.shape,
            len(doc.all_paragraphs()),
            len(doc.footnotes),
        )
        for entry in doc.log:
            log.info("  %s", entry.describe(doc.source_file))
