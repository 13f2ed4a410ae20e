"""Cross-links end to end: every href of the built site resolves; back-links and references are complete."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .htmlcheck import index_page

SEEDS = ["A/RES/54/158", "A/56/179", "A/RES/56/145", "E/CN.4/RES/2003/48", "A/RES/58/166"]
EXTERNAL_HOSTS = {"undocs.org", "www.un.org"}


def html_files(site: Path) -> list[Path]:
    # 404.html is served at any depth, so its links are absolute: it is checked in the browser
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts and p.name != "404.html")


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    base = posixpath.dirname(page.relative_to(site).as_posix())
    target = (
        posixpath.normpath(posixpath.join(base, unquote(parts.path)))
        if parts.path
        else page.relative_to(site).as_posix()
    )
    path = site / target
    if path.is_dir() or href.endswith("/") or parts.path == "":
        path = path / "index.html" if path.is_dir() else path
    return path, parts.fragment


def test_every_internal_link_and_anchor_resolves(site):
    checked = 0
    ids: dict[Path, set[str]] = {}
    for page in html_files(site):
        for link in index_page(page).links:
            href = link.attrs["href"]
            scheme = urlsplit(href).scheme
            if scheme in ("http", "https"):
                assert urlsplit(href).hostname in EXTERNAL_HOSTS, href
                continue
            if scheme or href.startswith(("mailto:", "javascript:")):
                pytest.fail(f"{page}: unexpected link {href}")
            target, fragment = resolve(site, page, href)
            assert target.is_file(), f"{page.relative_to(site)}: {href} -> {target} missing"
            if fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(index_page(target).ids)
                assert fragment in ids[target], f"{page.relative_to(site)}: {href} has no anchor #{fragment}"
            checked += 1
    assert checked > 300


def test_report_cited_in_a_footnote_opens_the_reports_page(site):
    page = index_page(site / "A/RES/56/145/index.html")
    note = page.by_id("fn8")
    assert note is not None
    links = [link.attrs["href"] for link in page.links if "un-cite" in link.attrs.get("class", "")]
    assert "../../../56/179/" in links


def test_resolution_45_158_is_cited_by_all_five(collection):
    citing = {c.document.symbol for c in collection.links.cited_by["A/RES/45/158"]}
    assert citing == set(SEEDS)


def test_references_page_has_one_entry_per_symbol(site):
    """The overview lists it among the most cited and links its entry, on the page of
    its series, where every citing place is."""
    overview = (site / "references/index.html").read_text(encoding="utf-8")
    assert overview.count('title="A/RES/45/158 (external)"') == 1
    row = overview[overview.index('title="A/RES/45/158 (external)"') :].split("</tr>")[0]
    assert "26 in 5 documents" in row
    page, anchor = re.search(r'href="([^"#]+)#(ref-a-res-45-158)"', row).groups()
    html = (site / "references" / page / "index.html").read_text(encoding="utf-8")
    assert html.count('title="A/RES/45/158 (external)"') == 1
    entry = html[html.index(f'id="{anchor}"') :].split("</tr>")[0]
    for symbol in SEEDS:
        assert f">{symbol}, " in entry, symbol
    assert entry.count(">A/RES/") + entry.count(">E/CN.4/") + entry.count(">A/56/179, ") >= 26


def test_cited_by_on_the_report(site):
    page = index_page(site / "A/56/179/index.html")
    assert page.by_id("cited-by") is not None
    html = (site / "A/56/179/index.html").read_text(encoding="utf-8")
    cited = html[html.index('id="cited-by"') :]
    assert 'href="../../RES/56/145/#fn8"' in cited


def test_series_navigation(site):
    html = (site / "A/RES/56/145/index.html").read_text(encoding="utf-8")
    series = html[html.index('class="un-series"') :].split("</nav>")[0]
    assert 'href="../../54/158/"' in series and 'href="../../58/166/"' in series
    assert "Took note of:" in series and 'href="../../../56/179/"' in series
    report = (site / "A/56/179/index.html").read_text(encoding="utf-8")
    assert "Taken note of in:" in report
    first = (site / "A/RES/54/158/index.html").read_text(encoding="utf-8")
    assert "previous" not in first.split('class="un-series"')[1].split("</nav>")[0]


def test_documents_json_references(site):
    records = {r["symbol"]: r for r in map(json.loads, (site / "data/documents.jsonl").read_text("utf-8").splitlines())}
    refs = records["A/RES/56/145"]["references"]
    note8 = next(r for r in refs if r["paragraph"] == "fn8")
    assert note8 == {
        "symbol": "A/56/179",
        "kind": "document",
        "locator": None,
        "paragraph": "fn8",
        "label": "A/56/179",
        "internal": True,
        "url": "A/56/179/",
    }
    udhr = next(r for r in refs if r["paragraph"] == "fn1")
    assert udhr["symbol"] == "A/RES/217(III)" and udhr["url"] == "https://undocs.org/A/RES/217%28III%29"
    article = next(r for r in refs if r["paragraph"] == "op3")
    assert (article["symbol"], article["locator"]) == ("A/RES/45/158", "art. 87")
    assert {c["symbol"] for c in records["A/56/179"]["cited_by"]} == {"A/RES/56/145"}


def test_visible_text_is_the_sources(docs, site):
    """A link wraps the source's words; it adds none (word conservation checks the rest)."""
    html = (site / "E/CN.4/RES/2003/48/index.html").read_text(encoding="utf-8")
    assert ">General Assembly resolution 45/158</a> of 18 December 1990" in html


def test_a_cited_paragraph_is_linked_at_its_anchor(tmp_path):
    """A new source citing 'paragraph 3 of its resolution 56/145' opens op3 of that page."""
    import shutil

    from build_scripts.build import write_files
    from build_scripts.pipeline import convert_directory

    from . import shapes
    from .conftest import SOURCES

    for source in SOURCES.iterdir():
        shutil.copy(source, tmp_path / source.name)
    text = shapes.markdown_superscript().replace(
        "Recalling its resolution 58/190 of 22 December 2003,",
        "Recalling paragraph 3 of its resolution 56/145 and the report of the Secretary-General (A/56/179, para. 6),",
    )
    (tmp_path / "new.txt").write_text(text, encoding="utf-8")
    collection = convert_directory(tmp_path)
    page = write_files(collection)["A/RES/59/194.md"]
    # the paragraph is finished HTML: its links name the target's URL (A/RES/59/194/ -> A/RES/56/145/)
    assert '<a class="un-cite" href="../../56/145/#op3" title="A/RES/56/145, para. 3' in page
    assert '<a class="un-cite" href="../../../56/179/#para6" title="A/56/179, para. 6' in page
    cited = {c.reference.in_paragraph for c in collection.links.cited_by["A/RES/56/145"]}
    assert "pp1" in cited


def test_a_council_resolution_is_linked_inside_or_outside_the_collection():
    """Citations key a Council resolution without spaces (S/RES/2768(2025)), as the
    collection keys its own (a sidecar's ``S/RES/2768 (2025)`` is made canonical when read:
    ``symbols.canonical``); outside the collection it opens at the UN's resolver, inside it
    opens the document's page, and the citation counts as that document's, in its
    back-links and in the network."""
    from build_scripts.model import Document, Paragraph
    from build_scripts.symbols import check_symbol
    from build_scripts.transforms.citations import load_catalogue
    from build_scripts.transforms.links import build_link_index
    from build_scripts.transforms.references import extract_references
    from build_scripts.writers.tables import citation_rows

    own = check_symbol("S/RES/2768 (2025)", "S_RES_2768.txt", "sidecar")
    council = Document(own, "Security Council", "resolution", "Yemen")
    council.paragraphs = [Paragraph("op1", "operative", "1", "Recalls its resolution 2722 (2024),")]
    citing = Document("A/RES/80/1", "General Assembly", "resolution", "T")
    citing.paragraphs = [
        Paragraph("pp1", "preambular", None, "Recalling Security Council resolutions 2768 (2025) and 1325 (2000),")
    ]
    for doc in (council, citing):
        doc.references = extract_references(doc, load_catalogue())
    assert [r.symbol for r in citing.references] == ["S/RES/2768(2025)", "S/RES/1325(2000)"]
    index = build_link_index([council, citing], load_catalogue())

    outside = index.resolve("S/RES/1325(2000)")
    assert outside.document is None and outside.url == "https://undocs.org/S/RES/1325%282000%29"
    assert index.resolve("S/RES/2722(2024)").url == "https://undocs.org/S/RES/2722%282024%29"
    inside = index.resolve("S/RES/2768(2025)")
    assert inside.document is council and inside.url is None
    assert [c.document.symbol for c in index.cited_by["S/RES/2768(2025)"]] == ["A/RES/80/1"]
    rows = [
        (r["citing_symbol"], r["cited_symbol"], r["in_collection"]) for r in citation_rows([council, citing], index)
    ]
    assert rows == [
        ("S/RES/2768(2025)", "S/RES/2722(2024)", False),
        ("A/RES/80/1", "S/RES/2768(2025)", True),
        ("A/RES/80/1", "S/RES/1325(2000)", False),
    ]
