"""One call for the whole conversion: sources directory -> every generated file's content.

Both the MkDocs hook and the command line use this, so they cannot drift apart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .cache import ConversionCache
from .pipeline import Collection, convert_sources, source_keys
from .sources import load_sources
from .writers.chronology import CHRONOLOGY_PAGE, chronology_csv, chronology_ics, chronology_json, render_chronology
from .writers.compare import render_comparisons
from .writers.fidelity import FIDELITY_PAGE, fidelity_json, render_fidelity
from .writers.json_export import documents_json
from .writers.pages import render_site

log = logging.getLogger("mkdocs.plugins.un_docs")


def generate(
    sources: Path, directory_urls: bool = True, cache: ConversionCache | None = None
) -> tuple[Collection, dict[str, str]]:
    """The collection and every generated file (path under docs/ -> content).

    With a cache, a collection whose sources (and converter) are all unchanged since a
    previous build is not converted, linked or written again: its output is reused whole.
    """
    loaded = load_sources(sources)
    keys = source_keys(loaded, cache)
    key = None
    if cache is not None:
        key = cache.collection_key(keys, directory_urls)
        found = cache.get(key)
        if found is not None:
            log.info("sources unchanged since the last build: conversion skipped")
            return found  # type: ignore[no-any-return]
    collection = convert_sources(loaded, cache, keys)
    files = write_files(collection, directory_urls)
    log_conversion(collection)
    if cache is not None and key is not None:
        cache.put(key, (collection, files))
    return collection, files


def write_files(collection: Collection, directory_urls: bool = True) -> dict[str, str]:
    """Every generated page and data file of a converted collection."""
    assert collection.links is not None
    files = render_site(collection.documents, collection.links, collection.lineage, collection.comparisons)
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
