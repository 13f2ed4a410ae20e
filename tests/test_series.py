"""Series on real texts: resolutions that recur under one title, checked by hand on
three series of the General Assembly's sessions 78-80 (text extractions of the official
PDFs, wannli/mandate-pipeline): "Protection of migrants" (biennial), "Effects of atomic
radiation" (yearly) and the International Law Commission's report (its title names the
session, which changes every year)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_scripts.build import write_files
from build_scripts.pipeline import Collection, convert_directory
from build_scripts.transforms.lineage import compare_documents
from build_scripts.transforms.links import series_title
from build_scripts.writers.series import chains

SERIES = Path(__file__).parent / "fixtures" / "series"


@pytest.fixture(scope="module")
def collection() -> Collection:
    return convert_directory(SERIES)


@pytest.fixture(scope="module")
def files(collection: Collection) -> dict[str, str]:
    return write_files(collection)


def test_titles_that_name_their_year_or_session_are_one_series():
    ilc = "Report of the International Law Commission on the work of its {} session"
    assert series_title(ilc.format("seventy-fifth")) == series_title(ilc.format("seventy-sixth"))
    assert series_title(ilc.format("75th")) == series_title(ilc.format("seventy-fourth"))
    budget = "Questions relating to the proposed programme budget for {}"
    assert series_title(budget.format(2024)) == series_title(budget.format(2026))
    npt = "Treaty on the Non{}Proliferation of Nuclear Weapons"  # a PDF's damage: a space for the hyphen
    assert series_title(npt.format("\u2011")) == series_title(npt.format(" ")) == series_title(npt.format("-"))
    assert series_title("Protection of migrants :") == series_title("Protection of Migrants")
    # what is not a year or a session stays: these are different series
    assert series_title("Financing of the United Nations Mission in Liberia") != series_title(
        "Financing of the United Nations Mission in South Sudan"
    )
    assert series_title("Decade of Action on Nutrition (2016-2025)") != series_title("Decade of Action on Water")


def test_the_three_series(collection):
    found = [[doc.symbol for doc in chain] for chain in chains(collection.documents, collection.series)]
    assert found == [
        ["A/RES/78/71", "A/RES/79/85", "A/RES/80/75"],
        ["A/RES/78/217", "A/RES/80/218"],
        ["A/RES/78/108", "A/RES/79/121", "A/RES/80/164"],
    ]


def test_protection_of_migrants_paragraph_by_paragraph(collection):
    """Read side by side: 80/218 rewrote the first preambular paragraph (no longer naming
    resolution 76/172), kept pp2-pp5 word for word, and welcomes the first International
    Migration Review Forum in a new pp9."""
    docs = collection.by_symbol()
    rows = compare_documents(docs["A/RES/78/217"], docs["A/RES/80/218"])
    status = {row.new.id: row.status for row in rows if row.new is not None}
    assert [status[f"pp{n}"] for n in range(1, 6)] == ["new", "unchanged", "unchanged", "unchanged", "unchanged"]
    assert status["pp9"] == "new" and "International Migration Review Forum" in docs["A/RES/80/218"].paragraphs[8].text
    dropped = [row.old.id for row in rows if row.status == "dropped"]
    assert "pp1" in dropped
    counts = {s: sum(1 for row in rows if row.status == s) for s in ("unchanged", "amended", "new", "dropped")}
    assert counts == {"unchanged": 71, "amended": 31, "new": 8, "dropped": 21}
    assert counts["unchanged"] + counts["amended"] + counts["new"] == len(docs["A/RES/80/218"].all_paragraphs())


def test_each_resolution_links_its_neighbours_and_their_compare_page(files):
    page = files["A/RES/80/218.md"]
    assert '← previous <a href="../../78/217/"' in page
    assert '<a href="../../../../compare/A-RES-78-217--A-RES-80-218/">with A/RES/78/217</a>' in page
    # op. 4 (d) was amended: its word changes follow it, indented as it is
    assert '<details class="un-diff un-sub un-depth1"><summary>Word changes from A/RES/78/217, op. 4 (d)' in page
    middle = files["A/RES/79/121.md"]
    assert re.search(r'previous <a href="\.\./\.\./78/108/"[^>]*>A/RES/78/108</a>', middle)
    assert re.search(r'next <a href="\.\./\.\./80/164/"[^>]*>A/RES/80/164</a>', middle)
    assert "compare/A-RES-79-121--A-RES-80-164.md" in files


def test_the_series_page_counts_each_resolution_against_the_one_before(files):
    page = files["lineage/index.md"]
    assert "3 series" in page and "8 documents in all" in page
    migrants = page[page.index("## Protection of migrants") :].split("\n## ")[0]
    row = next(line for line in migrants.splitlines() if line.startswith("| [A/RES/80/218]"))
    assert "| 110 | 71 | 31 | 8 | 21 | 65% | [with the one before](../compare/A-RES-78-217--A-RES-80-218.md) |" in row
    first = next(line for line in migrants.splitlines() if line.startswith("| [A/RES/78/217]"))
    assert first.endswith("| first |")
    assert "## Report of the International Law Commission on the work of its seventy-fourth session" in page


COUNCIL_SERIES = Path(__file__).parent / "fixtures" / "council_series"


@pytest.fixture(scope="module")
def council() -> Collection:
    return convert_directory(COUNCIL_SERIES)


def test_a_council_mandate_renewed_is_a_series_though_untitled(council):
    """Security Council resolutions print no title: the renewals of UNDOF's mandate are
    one series by their repeated text (390 and 398 do not cite the one before), and the
    cease-fire resolution 338 (1973) that all three cite is not in it."""
    assert all(doc.title is None for doc in council.documents)
    found = [[doc.symbol for doc in chain] for chain in chains(council.documents, council.series)]
    assert found == [["S/RES/369(1975)", "S/RES/390(1976)", "S/RES/398(1976)"]]
    assert "S/RES/338(1973)" not in council.series.previous
    assert "S/RES/338(1973)" not in council.series.following


def test_an_untitled_series_is_named_by_its_documents_and_compared(council):
    files = write_files(council)
    series = files["lineage/index.md"]
    assert "## S/RES/369(1975) to S/RES/398(1976) (untitled, 3 documents)" in series
    # each renewal compared with the one before: (b) "To renew the mandate ..." kept
    compare = next(
        text for path, text in files.items() if path.startswith("compare/") and "390" in path and "398" in path
    )
    assert "To renew the mandate of the United Nations" in compare


def test_a_titled_series_never_takes_untitled_documents(collection):
    """The General Assembly's series stay as their titles make them (see the three above):
    the untitled rule only links documents that print no title."""
    assert all(doc.title for doc in collection.documents)
