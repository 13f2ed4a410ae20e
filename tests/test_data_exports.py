"""The data for researchers, read back as a researcher would: the documents table and the
citations with the csv module, the network with networkx, and each against the records
(``documents.jsonl``) and the codebook, on the seeds and on a synthetic collection."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts.build import write_files
from build_scripts.pipeline import Collection, convert_directory
from build_scripts.writers.codebook import load_codebook

SEED_SYMBOLS = ["A/RES/54/158", "A/56/179", "A/RES/56/145", "E/CN.4/RES/2003/48", "A/RES/58/166"]


@pytest.fixture(scope="module")
def seed_files(collection: Collection) -> dict[str, str]:
    return write_files(collection)


@pytest.fixture(scope="module")
def synthetic_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    directory = tmp_path_factory.mktemp("synthetic") / "sources"
    make_corpus(40, directory)
    return write_files(convert_directory(directory))


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _records(files: dict[str, str]) -> list[dict]:
    return [json.loads(line) for line in files["data/documents.jsonl"].splitlines()]


def _codebook(path: str) -> list[str]:
    return [v["name"] for e in load_codebook() if e["path"] == path for v in e["variables"]]


def check_exports(files: dict[str, str]) -> dict[str, int]:
    """Every table and the network against the records; returns what it counted."""
    records = _records(files)
    by_symbol = {r["symbol"]: r for r in records}
    documents = _csv(files["data/documents.csv"])
    citations = _csv(files["data/citations.csv"])

    # the documents table: a row a document, in the index's order, counts as the records say
    index = json.loads(files["data/documents.json"])
    assert [row["symbol"] for row in documents] == [entry["symbol"] for entry in index] == list(by_symbol)
    for row in documents:
        record = by_symbol[row["symbol"]]
        assert int(row["all_paragraphs"]) == len(record["paragraphs"])
        assert int(row["notes"]) == len(record["footnotes"])
        assert int(row["notes_missing"]) == sum(1 for n in record["footnotes"] if n["missing"])
        own = Counter(
            p["kind"] for p in record["paragraphs"] if p["parent"] is None and not p["id"].startswith("annex")
        )
        assert int(row["operative_paragraphs"]) == own["operative"]
        assert int(row["preambular_paragraphs"]) == own["preamble"]
        outgoing = [r for r in record["references"] if r["symbol"] != record["symbol"]]
        assert int(row["citations_out"]) == len(outgoing)
        assert int(row["citations_in"]) == len(record["cited_by"])
        assert row["title"] == (record["title"] or "") and row["adopted"] == (record["adopted"] or "")
        assert row["record"] == f"data/documents/{row['symbol']}.json" and row["record"] in files
        statuses = Counter(p["lineage"]["status"] for p in record["paragraphs"] if p["lineage"])
        if statuses:
            assert float(row["new_share"]) == round(statuses["new"] / sum(statuses.values()), 3)

    # the citations: a row per outgoing reference of each record, in order, words as written
    expected = [
        (r["symbol"], ref["paragraph"], ref["symbol"], ref["label"])
        for r in records
        for ref in r["references"]
        if ref["symbol"] != r["symbol"]
    ]
    assert [(c["citing_symbol"], c["citing_place"], c["cited_symbol"], c["as_written"]) for c in citations] == expected
    for row in citations:
        assert row["in_collection"] == ("true" if row["cited_symbol"] in by_symbol else "false")
        if row["in_collection"] == "true":
            assert row["url"].split("#")[0] == by_symbol[row["cited_symbol"]]["url"]
        texts = {p["id"]: p["text"] for p in by_symbol[row["citing_symbol"]]["paragraphs"]}
        texts.update({n["id"]: n["text"] for n in by_symbol[row["citing_symbol"]]["footnotes"]})
        if row["citing_place"] in texts:  # a paragraph or note: the words are in its text
            assert row["as_written"] in texts[row["citing_place"]], row

    # the network, read back with networkx
    graph = nx.read_graphml(io.BytesIO(files["data/citations.graphml"].encode("utf-8")))
    assert graph.is_directed()
    cited = {c["cited_symbol"] for c in citations}
    assert set(graph.nodes) == set(by_symbol) | cited
    pairs = Counter((c["citing_symbol"], c["cited_symbol"]) for c in citations)
    assert {(u, v): d["count"] for u, v, d in graph.edges(data=True)} == dict(pairs)
    for u, v, data in graph.edges(data=True):
        places = [c["citing_place"] for c in citations if (c["citing_symbol"], c["cited_symbol"]) == (u, v)]
        assert data["places"].split(" ") == places
    for node, data in graph.nodes(data=True):
        assert data["in_collection"] == (node in by_symbol)
        assert data["cited"] == sum(n for (_, target), n in pairs.items() if target == node)
        if node in by_symbol:
            assert data["title"] == (by_symbol[node]["title"] or "")
            assert data["date"] == (by_symbol[node]["adopted"] or by_symbol[node]["distributed"] or "")
    return {"documents": len(documents), "citations": len(citations), "nodes": len(graph), "edges": len(pairs)}


def test_the_seed_exports_agree_with_the_records(seed_files):
    counted = check_exports(seed_files)
    assert counted["documents"] == 5
    table = _csv(seed_files["data/documents.csv"])
    assert [row["symbol"] for row in table] == SEED_SYMBOLS
    report = table[1]
    assert (report["type"], report["report_paragraphs"], report["operative_paragraphs"]) == ("report", "8", "0")
    assert report["adopted"] == "" and report["distributed"] == "2001-07-12"
    middle = table[2]  # the General Assembly's series on the Convention
    assert (middle["series_previous"], middle["series_next"]) == ("A/RES/54/158", "A/RES/58/166")
    # the report is cited by A/RES/56/145 (op. 7 takes note of it, note 8 names it)
    cites_report = [c for c in _csv(seed_files["data/citations.csv"]) if c["cited_symbol"] == "A/56/179"]
    assert {c["citing_symbol"] for c in cites_report} == {"A/RES/56/145"}
    assert all(c["in_collection"] == "true" and c["url"].startswith("A/56/179/") for c in cites_report)
    # the Convention (resolution 45/158) is cited by every document; it is not in the collection
    graph = nx.read_graphml(io.BytesIO(seed_files["data/citations.graphml"].encode("utf-8")))
    assert graph.nodes["A/RES/45/158"]["in_collection"] is False
    assert set(graph.predecessors("A/RES/45/158")) == set(SEED_SYMBOLS)


def test_the_synthetic_exports_agree_with_the_records(synthetic_files):
    counted = check_exports(synthetic_files)
    assert counted["documents"] == 40
    assert counted["citations"] > 40 and counted["edges"] > 20
    rows = _csv(synthetic_files["data/documents.csv"])
    assert any(row["unchanged_share"] not in ("", "0.0") for row in rows)  # resolutions repeat earlier ones


def test_every_csv_column_and_record_field_is_in_the_codebook_and_no_more(seed_files):
    for path in ("data/documents.csv", "data/citations.csv"):
        assert list(_csv(seed_files[path])[0]) == _codebook(path), path
    index = json.loads(seed_files["data/documents.json"])
    assert set(index[0]) == set(_codebook("data/documents.json"))  # a JSON object's keys: no order
    fields: set[str] = set()
    for record in _records(seed_files):
        for key, value in record.items():
            fields.add(key)
            if isinstance(value, list) and key not in ("warnings",):
                for item in value:
                    if isinstance(item, dict):
                        fields |= {f"{key}.{sub}" for sub in item}
                        for sub, inner in item.items():
                            if isinstance(inner, list) and inner and isinstance(inner[0], dict):
                                fields |= {f"{key}.{sub}.{leaf}" for leaf in inner[0]}
    assert fields == set(_codebook("data/documents.jsonl"))
    chronology = json.loads(seed_files["data/chronology.json"])
    found = set(chronology[0]) | {f"sources.{key}" for key in chronology[0]["sources"][0]}
    assert found == set(_codebook("data/chronology.json"))
    assert set(json.loads(seed_files["data/fidelity.json"])[0]) == set(_codebook("data/fidelity.json"))
    graph = nx.read_graphml(io.BytesIO(seed_files["data/citations.graphml"].encode("utf-8")))
    node_fields = {"node.id"} | {f"node.{k}" for k in graph.nodes["A/RES/56/145"]}
    edge_fields = {"edge.source", "edge.target"} | {f"edge.{k}" for k in next(iter(graph.edges(data=True)))[2]}
    assert node_fields | edge_fields == set(_codebook("data/citations.graphml"))


def test_the_data_page_lists_every_export_with_its_size(site: Path):
    html = (site / "data" / "index.html").read_text(encoding="utf-8")
    for export in load_codebook():
        name = export["path"].removeprefix("data/")
        assert name in html, name
    sizes = [int(b) for b in re.findall(r'class="un-size" data-bytes="(\d+)"', html)]
    assert len(sizes) == len(load_codebook()) + 3  # the codebook's, CSV and iCalendar chronology, the records
    assert sizes[0] == (site / "data" / "documents.csv").stat().st_size
    assert "…" not in html and "not built" not in html
    assert "<code>citing_place</code>" in html  # the codebook on the page
    readme = (site / "data" / "README.md").read_text(encoding="utf-8")
    for export in load_codebook():
        for variable in export["variables"]:
            assert f"`{variable['name']}`" in readme


def test_the_data_page_sizes_come_from_the_written_files():
    from build_scripts.writers.codebook import fill_sizes, human_size

    html = (
        '<span class="un-size" data-path="data/a.csv">…</span>'
        '<span class="un-size" data-path="data/akn/">…</span>'
        '<span class="un-size" data-path="data/gone.csv">…</span>'
    )
    sizes = {"data/a.csv": (2_093, 1), "data/akn/": (1_500_000, 907)}
    filled = fill_sizes(html, sizes.get)
    assert '<span class="un-size" data-bytes="2093">2 KB</span>' in filled
    assert '<span class="un-size" data-bytes="1500000">1.5 MB in 907 files</span>' in filled
    assert '<span class="un-size">not built</span>' in filled  # said, never a made-up size
    assert [human_size(n) for n in (512, 34_000, 2_500_000)] == ["512 bytes", "34 KB", "2.5 MB"]
