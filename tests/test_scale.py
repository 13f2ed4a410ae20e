"""Collection pages stay small and linear at any size: each holds at most a fixed number
of entries, and none has more than a fixed number of ``markdown`` blocks (Python-Markdown's
md_in_html re-reads the rest of the page at the end of each one: a page with one block
per entry converts in time entries x size, which made the chronology of 2,000 documents
take 13 s). Built from the writers on fabricated collections of 5,000 documents, so the
test runs in seconds; ``make bench`` measures real builds."""

from __future__ import annotations

import re
from datetime import date

from build_scripts.model import Document, Event, EventSource, LogEntry, Reference
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.fidelity import FidelityReport
from build_scripts.transforms.links import Citing, LinkIndex
from build_scripts.writers import chronology, collection, fidelity, references
from build_scripts.writers.pages import PlaceLabels

DOCUMENTS = 5000
MARKDOWN_BLOCK_RE = re.compile(r"<[a-z]+\b[^>]*\smarkdown(?:=|\s|>)")


def _documents() -> list[Document]:
    docs = []
    for n in range(DOCUMENTS):
        session = 70 + n % 10
        doc = Document(
            f"A/RES/{session}/{n + 1}",
            "General Assembly" if n % 7 else "Human Rights Council",
            "resolution",
            f"Title {n}",
            session=session,
            adopted=date(2015 + n % 10, 1 + n % 12, 1 + n % 28),
        )
        doc.extra["committee"] = ("Third Committee", "Sixth Committee", "")[n % 3]
        docs.append(doc)
    return docs


def _small(files: dict[str, str], most: int) -> None:
    for path, text in files.items():
        assert len(MARKDOWN_BLOCK_RE.findall(text)) <= 2, path
        assert len(text.encode()) < 1_000_000, (path, len(text))
        assert text.count("\n| ") <= most + 2 or "chronology" in path, path


def test_the_documents_pages_hold_at_most_500_each():
    docs = _documents()
    files = collection.render_collection(docs)
    assert set(files) == set(collection.document_pages(docs))
    _small(files, collection.MAX_DOCUMENTS_PER_PAGE)
    listed = [
        re.findall(r"\]\(\.\./\.\./(A/RES/[\d/]+)\.md\)", text) for path, text in files.items() if path.count("/") == 2
    ]
    assert sorted(s for page in listed for s in page) == sorted(d.symbol for d in docs)  # each once
    overview = files[collection.COLLECTION_PAGE]
    assert "Human Rights Council" in overview and "session 79" in overview
    assert len(files) > DOCUMENTS // collection.MAX_DOCUMENTS_PER_PAGE


def test_the_chronology_pages_hold_at_most_400_events_each():
    events = [
        Event(
            f"20{10 + n % 15}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "day",
            None,
            f"Event {n}",
            "planned" if n % 5 == 0 else "happened",
            [EventSource(f"A/RES/70/{n % 900 + 1}", f"op{n % 9 + 1}", "as written", "happened")],
            f"k{n}",
            f"ev-{n}",
        )
        for n in range(8 * DOCUMENTS)
    ]
    events.sort(key=lambda e: e.date)
    files = chronology.render_chronology(events, True, "2020-01-01")
    assert set(files) == set(chronology.chronology_paths(chronology.chronology_pages(events)))
    _small(files, chronology.MAX_EVENTS_PER_PAGE)
    told = [re.findall(r"\{: #(ev-\d+) ", text) for text in files.values()]
    assert all(len(page) <= chronology.MAX_EVENTS_PER_PAGE for page in told)
    assert sorted(e for page in told for e in page) == sorted(e.id for e in events)  # each once
    # the planned events after the newest document: counted, the first 30 listed
    overview = files[chronology.CHRONOLOGY_PAGE]
    upcoming = sum(1 for e in events if e.status == "planned" and e.date > "2020-01-01")
    assert f"{upcoming} planned events are dated after the newest document (2020-01-01); the first 30:" in overview
    assert overview.count("\n- [<time") == 30


def test_the_references_pages_hold_at_most_300_documents_and_3000_places():
    docs = _documents()
    index = LinkIndex(load_catalogue(), {d.symbol: d for d in docs if d.symbol})
    for n, doc in enumerate(docs):
        for cited in (f"A/RES/{60 + n % 9}/{n % 250 + 1}", "A/RES/70/1", f"S/RES/{2000 + n % 400}({2000 + n % 10})"):
            ref = Reference(cited, "resolution", "op1", cited)
            index.cited_by.setdefault(cited, []).append(Citing(doc, ref))
    files = references.render_references(index, PlaceLabels())
    _small(files, references.MAX_REFERENCES_PER_PAGE)
    pages = references.reference_pages(index)
    assert all(len(page.symbols) <= references.MAX_REFERENCES_PER_PAGE for page in pages)
    assert sorted(s for page in pages for s in page.symbols) == sorted(index.cited_by)
    assert "and 2000 more" in "".join(files.values())  # A/RES/70/1, cited 5,000 times: the first 3,000 shown


def test_the_fidelity_list_holds_at_most_500_documents_a_page():
    reports = [
        FidelityReport(
            f"f{n}.pdf", f"A/RES/70/{n}", "pdf", 100, 10, 90, repairs=[LogEntry("repaired", "rejoin-paragraph", "x", n)]
        )
        for n in range(DOCUMENTS)
    ]
    files = fidelity.render_fidelity(reports)
    assert set(files) == set(fidelity.fidelity_paths(reports))
    _small(files, fidelity.MAX_DOCUMENTS_PER_PAGE)
    assert len(files) == 1 + DOCUMENTS // fidelity.MAX_DOCUMENTS_PER_PAGE


def test_no_generated_page_has_a_markdown_block_an_entry(collection):
    """Every page of the seed collection: the collection pages and compare pages have at
    most two ``markdown`` blocks; a document page none, and no Markdown link outside its
    headings and footer: its card, paragraphs, notes and citation lists are finished HTML
    (Python-Markdown's inline patterns were half of MkDocs's time on a document page)."""
    from build_scripts.build import write_files

    document_pages = 0
    for path, text in write_files(collection).items():
        if not path.endswith(".md"):
            continue
        blocks = len(MARKDOWN_BLOCK_RE.findall(text))
        if path.startswith(("A/", "E/")):
            document_pages += 1
            assert blocks == 0, (path, blocks)
            inline = [
                line for line in text.splitlines() if "](" in line and not line.startswith(("#", "[All documents]"))
            ]
            assert inline == [], (path, inline[:3])
            assert text.count('<p id="') >= 10, path  # the paragraphs are there, as HTML
        else:
            assert blocks <= 2, (path, blocks)
    assert document_pages == 5
