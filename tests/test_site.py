"""End to end: ``mkdocs build --strict`` on the seeds, then facts about the HTML and JSON."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from build_scripts.writers.urls import page_path, site_url

from .conftest import ROOT, run_mkdocs
from .htmlcheck import index_page

SEEDS = ["A/RES/56/145", "A/RES/58/166", "A/RES/54/158", "E/CN.4/RES/2003/48", "A/56/179"]


def doc_page(site: Path, symbol: str) -> Path:
    return site / site_url(page_path(symbol)) / "index.html"


def test_each_document_has_its_page_at_its_symbol(site):
    for symbol in SEEDS:
        assert doc_page(site, symbol).is_file(), symbol
    assert (site / "A/RES/56/145/index.html").is_file()
    assert (site / "E/CN.4/RES/2003/48/index.html").is_file()
    assert (site / "A/56/179/index.html").is_file()


@pytest.mark.parametrize("symbol", SEEDS)
def test_every_paragraph_has_an_anchor_and_a_visible_permalink(docs, site, symbol):
    page = index_page(doc_page(site, symbol))
    for para in docs[symbol].all_paragraphs():
        element = page.by_id(para.id)
        assert element.tag == "p"
        assert "un-para" in element.attrs["class"]
        assert element.attrs["data-cite"].startswith(symbol)
    permalinks = {e.attrs["href"] for e in page.with_class("un-pl")}
    assert permalinks == {f"#{p.id}" for p in docs[symbol].all_paragraphs()}


def test_a_paragraphs_address_stays_in_the_address_bar(site):
    """Readers copy a paragraph's address from the address bar after following its
    permalink: Material's navigation.tracking would replace ``#op3`` with its section's
    anchor (or none) a moment after the jump, so the site does not turn it on."""
    config = re.search(r'id="__config" type="application/json">(.*?)</script>', doc_page(site, SEEDS[0]).read_text())
    assert config is not None
    features = json.loads(config.group(1))["features"]
    assert "toc.follow" in features and "navigation.tracking" not in features


@pytest.mark.parametrize("symbol", SEEDS)
def test_footnotes_link_both_ways(docs, site, symbol):
    page = index_page(doc_page(site, symbol))
    ids = set(page.ids)
    refs = [e for e in page.elements if e.tag == "sup" and "un-fnref" in e.attrs.get("class", "")]
    expected_refs = sum(len(p.footnote_refs) for p in docs[symbol].all_paragraphs())
    expected_refs += sum(len(r) for r in docs[symbol].metadata_refs.values())
    assert len(refs) == expected_refs
    for note in docs[symbol].footnotes:
        assert note.id in ids
    to_notes = [link.attrs["href"][1:] for link in page.links if link.attrs["href"].startswith("#fn")]
    back = [link for link in page.with_class("un-fn-back")]
    assert {t for t in to_notes if not t.startswith("fnref")} == {n.id for n in docs[symbol].footnotes}
    assert {b.attrs["href"][1:] for b in back} == {r.attrs["id"] for r in refs}


@pytest.mark.parametrize("symbol", SEEDS)
def test_ids_are_unique_and_internal_anchors_resolve(site, symbol):
    page = index_page(doc_page(site, symbol))
    duplicates = [i for i, n in Counter(page.ids).items() if n > 1]
    assert duplicates == []
    for link in page.links:
        href = link.attrs["href"]
        if href.startswith("#") and len(href) > 1:
            assert href[1:] in page.ids, href


def test_source_markers_are_shown(site):
    page = doc_page(site, "A/56/179").read_text(encoding="utf-8")
    assert '<a href="#fn-star"' in page and ">*</a></sup>" in page
    assert '<a href="#fn-star2"' in page and ">**</a></sup>" in page
    resolution = index_page(doc_page(site, "A/RES/56/145"))
    assert resolution.by_id("fnref8")  # "the report of the Secretary-General,⁸"


def test_missing_notes_show_as_missing(site):
    page = index_page(doc_page(site, "A/RES/54/158"))
    for note_id in ("fn6", "fn8"):
        assert "un-footnote-missing" in page.by_id(note_id).attrs["class"]
    html = doc_page(site, "A/RES/54/158").read_text(encoding="utf-8")
    assert html.count("Note text missing in the source.") == 2
    assert "What the converter could not settle" in html


def test_metadata_card(site):
    html = doc_page(site, "A/RES/56/145").read_text(encoding="utf-8")
    assert "<dt>Meeting</dt>\n<dd>88th plenary meeting</dd>" in html
    assert '<dt>Adopted</dt>\n<dd><time datetime="2001-12-19">19 December 2001</time></dd>' in html
    assert '<dt>Adopted on the report of</dt>\n<dd><a class="un-cite" href="https://undocs.org/A/56/583/Add.1"' in html
    assert '<dt>Vote</dt>\n<dd><span class="un-unknown">not stated in the source</span></dd>' in html
    report = doc_page(site, "A/56/179").read_text(encoding="utf-8")
    assert '<dd>132 (a) of the preliminary list<sup class="un-fnref" id="fnref-star">' in report
    assert "<dt>Vote</dt>" not in report  # a report is not voted on


def test_collection_page_lists_every_document_in_date_order(site):
    page = index_page(site / "documents" / "index.html")
    document_links = [e.attrs["href"] for e in page.links if e.attrs["href"].count("/") >= 4]
    assert document_links[:5] == [
        "../A/RES/54/158/",
        "../A/56/179/",
        "../A/RES/56/145/",
        "../E/CN.4/RES/2003/48/",
        "../A/RES/58/166/",
    ]
    assert len(document_links) == 10  # the table, then the lists by body


def test_documents_as_data(site, docs):
    """Each record in its own file, all of them as JSON Lines, and a small index."""
    index = json.loads((site / "data" / "documents.json").read_text(encoding="utf-8"))
    lines = (site / "data" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for entry, record in zip(index, records, strict=True):
        assert entry["symbol"] == record["symbol"] and "text" not in json.dumps(list(entry))
        assert entry["paragraphs"] == len(record["paragraphs"]) and entry["url"] == record["url"]
        assert json.loads((site / "data" / entry["record"]).read_text(encoding="utf-8")) == record
    assert index[2]["record"] == "documents/A/RES/56/145.json" and index[2]["committee"] == "Third Committee"
    assert [r["symbol"] for r in records] == [
        "A/RES/54/158",
        "A/56/179",
        "A/RES/56/145",
        "E/CN.4/RES/2003/48",
        "A/RES/58/166",
    ]
    by_symbol = {r["symbol"]: r for r in records}
    record = by_symbol["A/RES/56/145"]
    for key in (
        "symbol",
        "title",
        "body",
        "doc_type",
        "session",
        "agenda_item",
        "adopted",
        "meeting",
        "vote",
        "distributed",
        "based_on",
        "source_file",
        "url",
        "paragraphs",
        "footnotes",
        "references",
        "warnings",
    ):
        assert key in record, key
    assert record["adopted"] == "2001-12-19" and record["distributed"] == "2002-02-06"
    assert record["url"] == "A/RES/56/145/"
    assert record["vote"] is None
    assert [p["id"] for p in record["paragraphs"]] == [p.id for p in docs["A/RES/56/145"].all_paragraphs()]
    assert by_symbol["A/RES/54/158"]["footnotes"][5] == {"id": "fn6", "marker": "6", "text": None, "missing": True}
    assert by_symbol["A/56/179"]["source_file"] == "004_f480feab1e58da5f.txt"


def test_generated_pages_never_land_in_docs(tmp_path):
    """Generated pages live in memory only: a build leaves docs/ exactly as it was."""

    def listing() -> dict[str, float]:
        return {str(p.relative_to(ROOT)): p.stat().st_mtime for p in (ROOT / "docs").rglob("*")}

    before = listing()
    assert run_mkdocs(tmp_path / "site").returncode == 0
    assert listing() == before
    for generated in ("A", "E", "documents", "references", "data"):
        assert not (ROOT / "docs" / generated).exists()


def test_two_builds_are_byte_identical(tmp_path, monkeypatch):
    """Same sources, same bytes: no timestamps, random ids or unordered output anywhere."""
    import filecmp

    from build_scripts.bundle import write_bundle

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "one", tmp_path / "two"
    assert run_mkdocs(first).returncode == 0
    assert run_mkdocs(second).returncode == 0
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == []
    write_bundle(first, tmp_path / "a.zip")
    write_bundle(second, tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_a_dirty_rebuild_renders_again_only_what_changed(tmp_path):
    """``mkdocs build --dirty`` (as ``mkdocs serve --dirty`` does on each edit): generated
    files whose content is unchanged keep their output; the edited document's page and
    the collection pages that show its words are rendered again."""
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", sources)
    site_dir = tmp_path / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", UN_DOCS_SOURCES=str(sources), UN_DOCS_CACHE=str(tmp_path / "c"))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    assert subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False).returncode == 0
    report = next(sources.glob("004_*.txt"))
    report.write_text(
        report.read_text(encoding="utf-8").replace("tenth anniversary", "tenth (10th) anniversary"), encoding="utf-8"
    )
    pages = {p: p.stat().st_mtime_ns for p in site_dir.rglob("index.html")}
    time.sleep(0.05)
    dirty = [c for c in command if c != "--strict"] + ["--no-strict", "--dirty"]  # MkDocs warns: for previews
    result = subprocess.run(dirty, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    rendered = {p.relative_to(site_dir).as_posix() for p, mtime in pages.items() if p.stat().st_mtime_ns != mtime}
    assert "A/56/179/index.html" in rendered
    assert "tenth (10th) anniversary" in (site_dir / "A/56/179/index.html").read_text(encoding="utf-8")
    assert "A/RES/54/158/index.html" not in rendered  # neither cites nor is cited by the report
    assert len(rendered) < len(pages) / 2


def test_materials_own_search_gets_each_paragraph_once(collection, docs):
    """With ``search_engine: lunr`` (Material's search, no Pagefind) the hook puts one
    entry per paragraph and note into Material's index, in place of any it has of the
    same pages; its entries of the hand-written pages stay."""
    from build_scripts.writers.search_index import paragraph_entries, with_paragraph_entries

    ours = paragraph_entries(collection.documents, directory_urls=True)
    materials = [{"location": "cite/", "title": "How to cite"}, {"location": "A/RES/56/145/", "title": "stale"}]
    entries = with_paragraph_entries(materials, ours)
    locations = Counter(entry["location"] for entry in entries)
    assert [location for location, count in locations.items() if count > 1] == []
    page = "A/RES/56/145/"
    doc = docs["A/RES/56/145"]
    expected = {f"{page}#{p.id}" for p in doc.all_paragraphs()} | {f"{page}#{n.id}" for n in doc.footnotes if n.text}
    assert {location for location in locations if location.startswith(page + "#")} == expected
    assert "56/145" in next(entry for entry in entries if entry["location"] == page)["tags"]
    assert next(entry for entry in entries if entry["location"] == page)["title"].startswith("A/RES/56/145: ")
    op3 = next(entry for entry in entries if entry["location"] == f"{page}#op3")
    assert op3["title"] == "A/RES/56/145, op. 3"
    assert entries[0] == {"location": "cite/", "title": "How to cite"}  # Material's own


def test_the_offline_bundle_gives_the_search_its_files_as_scripts(site, offline_site):
    """Each file the search worker reads on the website is in the bundle as a script
    handing over the same bytes; Pagefind's module as a classic script; Material's index
    empty; nothing of Pagefind's user interfaces."""
    import base64

    def handed(script: Path) -> tuple[str, bytes]:
        match = re.fullmatch(r'__un_file\(("[^"]+"),"([A-Za-z0-9+/=]*)"\);\n', script.read_text(encoding="utf-8"))
        assert match, script
        return json.loads(match.group(1)), base64.b64decode(match.group(2))

    read = [p for p in (site / "pagefind").rglob("*") if p.suffix in (".pf_meta", ".pf_index", ".pf_fragment")]
    read += [*(site / "pagefind").glob("wasm.*.pagefind"), site / "pagefind/pagefind-entry.json"]
    read += sorted((site / "search" / "symbols").glob("*.json"))
    assert len(read) > 12
    for original in read:
        name = original.relative_to(site).as_posix()
        assert handed(offline_site / (name + ".js")) == (name, original.read_bytes()), name
        assert not (offline_site / name).exists(), name
    classic = (offline_site / "pagefind" / "pagefind.classic.js").read_text(encoding="utf-8")
    assert classic.startswith("(function(){") and "self.__pagefind={" in classic
    assert "import.meta" not in classic and "export{" not in classic
    assert not list(offline_site.glob("pagefind/pagefind*ui*")) and not (offline_site / "pagefind/pagefind.js").exists()
    index = json.loads(
        (offline_site / "search/search_index.js").read_text(encoding="utf-8").removeprefix("var __index = ")
    )
    assert index["docs"] == []


def test_the_website_searches_with_pagefind(site):
    """Material's index stays empty (its script loads it on every page); Pagefind's index
    holds the documents and the hand-written pages, whose worker answers Material's box."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == []
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert len(list((site / "pagefind" / "fragment").iterdir())) == 5 + 4  # documents; home, cite, about, data
    # the symbols list in 100 shards by the number a symbol ends with; each read whole
    shards = sorted((site / "search" / "symbols").glob("*.json"))
    assert len(shards) == 100
    listed = [(p.stem, s) for p in shards for s in json.loads(p.read_text(encoding="utf-8"))]
    assert sorted(stem for stem, s in listed if s["symbol"] == "A/RES/56/145") == ["45"]
    assert sorted(stem for stem, s in listed if s["symbol"] == "E/CN.4/RES/2003/48") == ["48"]
    assert len(listed) == 5
    symbols = {s["symbol"]: s for _, s in listed}
    assert symbols["A/RES/56/145"]["url"] == "A/RES/56/145/"
    assert symbols["A/RES/56/145"]["forms"] == ["A/RES/56/145", "56/145", "RES/56/145"]
    html = (site / "A/RES/56/145/index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-body data-pagefind-meta="symbol:A/RES/56/145"' in html
    assert '"search": "../../../../assets/un-search-worker.js"' in html
    assert "data-pagefind-body" in (site / "cite/index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in (site / "data/index.html").read_text(encoding="utf-8")  # the codebook
    for listing in ("chronology/index.html", "documents/index.html", "compare/A-RES-56-145--A-RES-58-166/index.html"):
        assert "data-pagefind-body" not in (site / listing).read_text(encoding="utf-8"), listing
    # every file of the index written whole (an empty pagefind-entry.json broke every search)
    assert [path.name for path in (site / "pagefind").rglob("*") if path.is_file() and not path.stat().st_size] == []
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 5 + 4


def _run_alone(coroutine: Coroutine[Any, Any, None]) -> None:
    """``asyncio.run`` in a thread of its own: Playwright's sync API, open for the whole
    session once a browser test has run, leaves an event loop running in this one."""
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, coroutine).result()


_HOLDER = """import sys
held = open(sys.argv[1], "wb")
print("open", flush=True)
sys.stdin.readline()
held.write(b"{}")
held.close()
print("closed", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists a process's open files in /proc")
def test_pagefind_is_stopped_only_once_its_files_are_written(tmp_path):
    """Pagefind answers while its last files are still open, being written: the build
    waits as long as the process holds one, and fails on a file left empty."""
    from build_scripts import search_engine

    output = tmp_path / "pagefind"
    output.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(output / "pagefind-entry.json")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline() == "open\n"
        descriptors = Path(f"/proc/{holder.pid}/fd")
        assert search_engine._holds_open(descriptors, output.resolve())
        with pytest.raises(RuntimeError, match="did not finish writing"):
            _run_alone(search_engine._wait_for_writes(holder.pid, output, timeout=0.1))
        holder.stdin.write("write\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "closed\n"
        assert not search_engine._holds_open(descriptors, output.resolve())
        _run_alone(search_engine._wait_for_writes(holder.pid, output))
        (output / "pagefind-ui.js").touch()  # what a stopped Pagefind left: no holder, no bytes
        with pytest.raises(RuntimeError, match=r"left empty files.*pagefind-ui\.js"):
            _run_alone(search_engine._wait_for_writes(holder.pid, output))
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_the_offline_bundle_links_files_not_directories(offline_site):
    """Made from the website's build: every relative link of every page names a file
    that is in the bundle (a browser shows a folder for a directory from file://), the
    search box runs the website's worker (reading the bundle's scripts)."""
    import re
    from urllib.parse import unquote

    pages = sorted(offline_site.rglob("*.html"))
    assert len(pages) > 25
    checked = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for link in re.findall(r'\b(?:href|src)="([^"#?]+)', html):
            if re.match(r"^[a-z]+:", link) or link.startswith("/"):  # other sites; 404.html's root links
                continue
            target = (page.parent / unquote(link)).resolve()
            assert target.is_file(), (page.relative_to(offline_site), link)
            checked += 1
    assert checked > 800
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert '"search": "assets/un-search-worker.js"' in home
    assert '<script src="assets/vendor/iframe-worker-shim.js"></script>' in home
