"""Facts of the five seed documents, verified by reading each source by hand."""

from __future__ import annotations

from datetime import date

import pytest

from build_scripts.model import Document


def kinds(doc: Document) -> dict[str, int]:
    counts: dict[str, int] = {}
    for para in doc.all_paragraphs():
        counts[para.kind] = counts.get(para.kind, 0) + 1
    return counts


def para(doc: Document, pid: str):
    return next(p for p in doc.all_paragraphs() if p.id == pid)


def refs(doc: Document) -> dict[str, list[str]]:
    """Paragraph id -> markers referenced in it, in order."""
    return {p.id: [r.marker for r in p.footnote_refs] for p in doc.all_paragraphs() if p.footnote_refs}


def test_the_collection_has_the_five_seed_documents(docs):
    assert sorted(docs) == ["A/56/179", "A/RES/54/158", "A/RES/56/145", "A/RES/58/166", "E/CN.4/RES/2003/48"]


def test_documents_are_in_date_order(collection):
    assert [d.symbol for d in collection.documents] == [
        "A/RES/54/158",
        "A/56/179",
        "A/RES/56/145",
        "E/CN.4/RES/2003/48",
        "A/RES/58/166",
    ]


@pytest.mark.parametrize(
    ("symbol", "shape", "facts"),
    [
        (
            "A/RES/56/145",
            "markdown-superscript",
            dict(
                body="General Assembly",
                doc_type="resolution",
                session=56,
                agenda_item="119 (a)",
                adopted=date(2001, 12, 19),
                meeting="88th plenary meeting",
                vote=None,
                distributed=date(2002, 2, 6),
                based_on="A/56/583/Add.1",
            ),
        ),
        (
            "A/RES/58/166",
            "word-ods",
            dict(
                body="General Assembly",
                doc_type="resolution",
                session=58,
                agenda_item="117 (a)",
                adopted=date(2003, 12, 22),
                meeting="77th plenary meeting",
                vote=None,
                distributed=date(2004, 3, 4),
                based_on="A/58/508/Add.1 and Corr.1",
            ),
        ),
        (
            "A/RES/54/158",
            "pdf-text",
            dict(
                body="General Assembly",
                doc_type="resolution",
                session=54,
                agenda_item=None,
                adopted=date(1999, 12, 17),
                meeting="83rd plenary meeting",
                vote=None,
                distributed=None,
                based_on=None,
            ),
        ),
        (
            "E/CN.4/RES/2003/48",
            "ohchr-web",
            dict(
                body="Commission on Human Rights",
                doc_type="resolution",
                session=None,
                agenda_item=None,
                adopted=date(2003, 4, 23),
                meeting="59th meeting",
                vote="without a vote",
                distributed=None,
                based_on="E/CN.4/2003/L.11/Add.4",
            ),
        ),
        (
            "A/56/179",
            "markdown-report",
            dict(
                body="General Assembly",
                doc_type="report",
                session=56,
                agenda_item="132 (a) of the preliminary list",
                adopted=None,
                meeting=None,
                vote=None,
                distributed=date(2001, 7, 12),
                based_on=None,
                subtitle="Report of the Secretary-General",
            ),
        ),
    ],
)
def test_metadata(docs, symbol, shape, facts):
    doc = docs[symbol]
    assert doc.shape == shape
    assert {name: getattr(doc, name) for name in facts} == facts


CONVENTION = (
    "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"
)


@pytest.mark.parametrize("symbol", ["A/RES/54/158", "A/RES/56/145", "A/RES/58/166", "E/CN.4/RES/2003/48"])
def test_resolution_titles_are_whole(docs, symbol):
    assert docs[symbol].title == CONVENTION


def test_report_title_and_symbol_from_sidecar(docs):
    doc = docs["A/56/179"]
    assert doc.title == "Status of the " + CONVENTION
    assert doc.provenance["symbol"].startswith("sidecar: ")
    assert "footnote 8" in doc.provenance["symbol"]
    assert doc.extra["agenda_title"] == "Human rights questions: implementation of human rights instruments"


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("A/RES/56/145", {"preamble": 8, "operative": 8}),
        ("A/RES/58/166", {"preamble": 9, "operative": 12}),
        ("A/RES/54/158", {"preamble": 9, "operative": 8}),
        ("E/CN.4/RES/2003/48", {"preamble": 10, "operative": 11}),
        ("A/56/179", {"numbered": 8}),
    ],
)
def test_paragraph_counts(docs, symbol, expected):
    assert kinds(docs[symbol]) == expected


@pytest.mark.parametrize("symbol", ["A/RES/56/145", "A/RES/58/166", "A/RES/54/158", "E/CN.4/RES/2003/48", "A/56/179"])
def test_numbering_follows_the_source(docs, symbol):
    numbered = [p for p in docs[symbol].paragraphs if p.number]
    assert [p.number for p in numbered] == [str(n) for n in range(1, len(numbered) + 1)]
    prefix = "para" if symbol == "A/56/179" else "op"
    assert [p.id for p in numbered] == [f"{prefix}{n}" for n in range(1, len(numbered) + 1)]


def test_opening_formula(docs):
    assert docs["A/RES/56/145"].opening == "The General Assembly,"
    assert docs["E/CN.4/RES/2003/48"].opening == "The Commission on Human Rights,"
    assert docs["A/56/179"].opening is None


@pytest.mark.parametrize(
    ("symbol", "pid", "start", "end"),
    [
        (
            "A/RES/56/145",
            "pp1",
            "Reaffirming once more the permanent validity",
            "and the Convention on the Rights of the Child,",
        ),
        (
            "A/RES/56/145",
            "op3",
            "Calls upon all Member States",
            "only four more ratifications or accessions are needed for it to enter into force;",
        ),
        (
            "A/RES/56/145",
            "op8",
            "Decides to consider the report",
            'entitled "Implementation of human rights instruments".',
        ),
        ("A/RES/58/166", "op1", "Acknowledges with appreciation the entry into force", "on 1 July 2003;"),
        (
            "A/RES/58/166",
            "op6",
            "Requests the Secretary-General to make all necessary provisions",
            "referred to in article 72 of the Convention;",
        ),
        (
            "A/RES/54/158",
            "pp1",
            "Reaffirming once more the permanent validity of the principles and norms set forth in the basic instruments",
            "the Convention on the Rights of the Child,",
        ),
        (
            "A/RES/54/158",
            "op3",
            "Calls upon all Member States",
            "only eight ratifications or accessions are still needed for it to enter into force;",
        ),
        (
            "A/RES/54/158",
            "op6",
            "Welcomes the decision of the Commission on Human Rights, in its resolution 1999/44 of 27 April 1999, to appoint",
            "the human rights of this vulnerable group;",
        ),
        ("E/CN.4/RES/2003/48", "pp10", "Considering that the Vienna Declaration", "at the earliest possible time,"),
        (
            "E/CN.4/RES/2003/48",
            "op11",
            "Decides to include in the provisional agenda",
            "“Specific groups and individuals: migrant workers”.",
        ),
        (
            "A/56/179",
            "para1",
            "The General Assembly, by its resolution 45/158 of 18 December 1990",
            "as a matter of priority.",
        ),
        (
            "A/56/179",
            "para8",
            "Finally, through the programme of advisory services",
            "including the Convention on the Rights of Migrants.",
        ),
    ],
)
def test_paragraph_text(docs, symbol, pid, start, end):
    text = para(docs[symbol], pid).text
    assert text.startswith(start)
    assert text.endswith(end)


def test_paragraphs_split_by_blank_line_or_page_break_are_rejoined(docs):
    assert (
        "protection of all migrant workers and their families and invites them"
        in para(docs["E/CN.4/RES/2003/48"], "pp10").text
    )
    report = docs["A/56/179"]
    assert "Bosnia and Herzegovina, Cape Verde, Colombia, Egypt, Ghana" in para(report, "para3").text
    assert para(report, "para3").text.endswith("when at least 20 States have ratified or acceded to it.")
    assert "She has also participated in meetings of the Steering Committee." in para(report, "para6").text
    assert para(report, "para6").text.endswith("Xenophobia and Related Intolerance.")


def test_hard_wrapped_pdf_lines_are_joined_with_single_spaces(docs):
    for p in docs["A/RES/54/158"].all_paragraphs():
        assert "\n" not in p.text and "  " not in p.text


@pytest.mark.parametrize(
    ("symbol", "markers", "missing"),
    [
        ("A/RES/56/145", ["1", "2", "3", "4", "5", "6", "7", "8"], []),
        ("A/RES/58/166", ["1", "2", "3", "4", "5", "6", "7"], []),
        ("A/RES/54/158", ["1", "2", "3", "4", "5", "6", "7", "8"], ["6", "8"]),
        ("E/CN.4/RES/2003/48", [], []),
        ("A/56/179", ["*", "**"], []),
    ],
)
def test_footnotes(docs, symbol, markers, missing):
    notes = docs[symbol].footnotes
    assert [n.marker for n in notes] == markers
    assert [n.marker for n in notes if n.missing] == missing
    assert all((n.text is None) == n.missing for n in notes)


def test_footnote_texts(docs):
    texts = {d: {n.marker: n.text for n in docs[d].footnotes} for d in docs}
    assert texts["A/RES/56/145"]["1"] == "Resolution 217 A (III)."
    assert texts["A/RES/56/145"]["6"] == "A/CONF.157/24 (Part I), chap. III."
    assert texts["A/RES/56/145"]["8"] == "A/56/179."
    assert texts["A/RES/58/166"]["7"] == "A/58/221."
    assert texts["A/RES/54/158"]["5"] == "Resolution 44/25, annex."
    assert texts["A/RES/54/158"]["7"] == (
        "See Official Records of the Economic and Social Council, 1999, Supplement No. 3 (E/1999/23), chap. II, sect. A."
    )
    assert texts["A/56/179"]["*"] == "A/56/50."
    assert texts["A/56/179"]["**"].startswith("The footnote requested by the General Assembly in resolution 54/248")


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("A/RES/56/145", {"pp1": ["1", "2", "3", "4", "5"], "pp5": ["6"], "op2": ["7"], "op7": ["8"]}),
        ("A/RES/58/166", {"pp1": ["1", "2", "3", "4", "5"], "pp6": ["6"], "op3": ["7"]}),
        ("A/RES/54/158", {"pp1": ["1", "2", "3", "4", "5"], "pp5": ["6"], "op6": ["7"], "op7": ["8"]}),
        ("A/56/179", {}),
    ],
)
def test_footnote_references_stand_in_their_paragraphs(docs, symbol, expected):
    assert refs(docs[symbol]) == expected


def test_footnote_reference_positions(docs):
    """Each marker sits right after the word it was glued to, whatever the shape."""
    for symbol in ("A/RES/56/145", "A/RES/58/166", "A/RES/54/158"):
        p = para(docs[symbol], "pp1")
        before = [p.text[: r.offset] for r in p.footnote_refs]
        assert before[0].endswith("Universal Declaration of Human Rights,")
        assert before[3].rstrip(",").endswith("Discrimination against Women")
        assert before[4].endswith("Convention on the Rights of the Child,")
    op7 = para(docs["A/RES/56/145"], "op7")
    assert op7.text[: op7.footnote_refs[0].offset].endswith("the report of the Secretary-General,")


def test_report_notes_are_attached_to_its_masthead(docs):
    doc = docs["A/56/179"]
    assert [r.marker for r in doc.metadata_refs["agenda_item"]] == ["*"]
    assert [r.marker for r in doc.metadata_refs["subtitle"]] == ["**"]


def test_missing_notes_are_warned_not_invented(docs):
    doc = docs["A/RES/54/158"]
    missing = [w for w in doc.warnings if "missing-note" in w]
    assert len(missing) == 2
    assert "note 6" in missing[0] and "note 8" in missing[1]


def test_junk_is_removed_and_logged(docs):
    ods = docs["A/RES/58/166"]
    removed = {e.rule for e in ods.log if e.kind == "removed"}
    assert {"word-comment-anchor", "ods-field", "separator", "page-number", "job-number", "page-furniture"} <= removed
    text = " ".join(p.text for p in ods.all_paragraphs())
    assert "[DU1]" not in text and "<<ODS" not in text and "50454" not in text
    web = docs["E/CN.4/RES/2003/48"]
    assert [e.rule for e in web.log if e.kind == "removed"] == ["web-banner"]
    assert all("HIGH COMMISSIONER" not in line for line in web.header_lines)


def test_signature_blocks_are_kept_as_printed(docs):
    assert docs["A/RES/56/145"].closing_lines == ["88th plenary meeting", "19 December 2001"]
    assert docs["E/CN.4/RES/2003/48"].closing_lines == [
        "59th meeting",
        "23 April 2003",
        "[Adopted without a vote.]",
        "See chap. XIV. - E/CN.4/2003/L.11/Add.4]",
    ]
