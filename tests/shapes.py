"""Resolutions and reports that are *not* seeds, rendered into each raw shape.

New documents of the known shapes must build without code changes; these renderings
imitate each export's damage (hard wraps, glued or lost markers, page furniture, web
banners, page breaks mid-paragraph) on texts the converter has never seen. A spec holds
the document; one function per shape renders it. ``tests/test_properties.py`` feeds
generated specs through them.
"""

from __future__ import annotations

from benchmarks import make_corpus
from benchmarks.make_corpus import DocSpec

ResolutionSpec = DocSpec


def markdown_superscript(spec: DocSpec | None = None) -> str:
    return make_corpus.markdown_superscript(spec or _DEFAULT)


def word_ods(spec: DocSpec | None = None) -> str:
    return make_corpus.word_ods(spec or _DEFAULT)


def pdf_text(spec: DocSpec | None = None) -> str:
    return make_corpus.pdf_text(spec or _DEFAULT)


def default_spec() -> DocSpec:
    return DocSpec(
        preamble=[
            "Recalling its resolution 58/190 of 22 December 2003,{1}",
            "Reaffirming the Universal Declaration of Human Rights,{2} which proclaims that all human beings are born free and equal in dignity and rights and that everyone is entitled to all the rights and freedoms set out therein,",
            "Noting with concern the large and growing number of migrants in situations of vulnerability, including women and children, in many parts of the world,",
        ],
        operative=[
            (
                "1",
                "Calls upon all States to promote and protect effectively the human rights of all migrants, regardless of their status;",
            ),
            ("2", "Requests the Secretary-General:{3}"),
            (
                "(a)",
                "To submit to the General Assembly at its sixtieth session a report on the implementation of the present resolution;",
            ),
            (
                "(b)",
                "To continue to promote the International Convention, adopted on 18 December 1990, and to report thereon;",
            ),
            (
                "3",
                "Decides to continue its consideration of the question at its sixtieth session under the item entitled “Human rights questions”.",
            ),
        ],
        notes={"1": "Resolution 58/190.", "2": "Resolution 217 A (III).", "3": "See A/59/325 and Corr.1."},
    )


_DEFAULT = default_spec()
TITLE = _DEFAULT.title
NOTES = _DEFAULT.notes
EXPECTED_PARAGRAPHS = _DEFAULT.expected_paragraphs()
PREAMBLE = _DEFAULT.preamble
OPERATIVE = _DEFAULT.operative


CHR_PREAMBLE = [
    "Reaffirming that all human beings are born free and equal in dignity and rights,",
    "Recalling its resolution 2003/46 of 23 April 2003, and taking note of the report of the Special Rapporteur on the human rights of migrants (E/CN.4/2004/76),",
]
CHR_OPERATIVE = [
    ("1", "Encourages all States to consider signing and ratifying the Convention;"),
    ("2", "Decides to continue its consideration of the question at its sixty-first session."),
]


def ohchr_web() -> str:
    split_at = CHR_PREAMBLE[1].index("the Special Rapporteur")
    groups = [
        "**OFFICE OF THE HIGH COMMISSIONER FOR\nHUMAN RIGHTS**",
        f"**{TITLE}**",
        "Commission on Human Rights resolution 2004/53",
        "The Commission on Human Rights,",
        CHR_PREAMBLE[0],
        CHR_PREAMBLE[1][:split_at].rstrip(),
        CHR_PREAMBLE[1][split_at:],
        "\n".join(f"{n}. *{t.split(' ', 1)[0]}* {t.split(' ', 1)[1]}" for n, t in CHR_OPERATIVE),
        "57th meeting\n20 April 2004\n[Adopted by a recorded vote of 35 votes to none, with 17 abstentions.]",
        "See chap. XIV. - E/CN.4/2004/L.11/Add.5]",
    ]
    return "\n\n".join(groups) + "\n"


REPORT_PARAGRAPHS = [
    "The present report is submitted pursuant to General Assembly resolution 58/166 of 22 December 2003.¹",
    "As at 1 June 2004, the Convention had been ratified or acceded to by 26 States, namely, Azerbaijan, Belize, Bolivia, Bosnia and Herzegovina, Burkina Faso, Cape Verde, Colombia, Ecuador, Egypt, El Salvador, Ghana, Guatemala, Guinea, Kyrgyzstan, Mali, Mexico, Morocco, Philippines, Senegal, Seychelles, Sri Lanka, Tajikistan, Timor-Leste, Turkey, Uganda and Uruguay.",
    "The Committee on Migrant Workers held its first session in Geneva from 1 to 5 March 2004.",
]


def markdown_report() -> str:
    first_half = REPORT_PARAGRAPHS[1][: REPORT_PARAGRAPHS[1].index("Colombia")].rstrip()
    second_half = REPORT_PARAGRAPHS[1][len(first_half) :].lstrip()
    return (
        "\n".join(
            [
                "# General Assembly",
                "",
                "Distr.: General  ",
                "20 July 2004",
                "",
                "Original: English",
                "",
                "---",
                "",
                "## Fifty-ninth session",
                "",
                "Item 105 (a) of the provisional agenda\\*",
                "",
                "### Human rights questions",
                "",
                "## Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
                "",
                "### Report of the Secretary-General",
                "",
                "## I. Introduction",
                "",
                f"1. {REPORT_PARAGRAPHS[0]}",
                "",
                f"2. {first_half}",
                "",
                "---",
                "",
                "\\* A/59/150.",
                "",
                "1 See A/58/221.",
                "",
                "",
                second_half,
                "",
                "## II. The Committee",
                "",
                f"3. {REPORT_PARAGRAPHS[2]}",
                "",
                "---",
            ]
        )
        + "\n"
    )


def pdf_text_with_masthead() -> str:
    """PDF text whose first page keeps the masthead, and whose pages carry running heads."""
    masthead = [
        "United Nations A/RES/59/194",
        "General Assembly Distr.: General",
        "9 February 2005",
        "Fifty-ninth session",
        "Agenda item 105 (b)",
        "04-48871",
        "Resolution adopted by the General Assembly",
        "[on the report of the Third Committee (A/59/503/Add.2)]",
    ]
    body = pdf_text(_DEFAULT).replace("A/RES/59/194\n2\n", "2 A/RES/59/194\n")
    return "\n".join(masthead) + "\n" + body


def yaml_quoted(value: str) -> str:
    """``value`` as a YAML double-quoted string: escapes (``\\0``, ``\\n``, ``\\u0410``)
    reach the value as the characters they stand for."""
    return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def markdown_export(symbol: str) -> str:
    """A resolution exported to Markdown (``readers.markdown_export``) whose text states
    no symbol and no number: the front matter's ``symbol`` is the document's."""
    return f"""---
symbol: {yaml_quoted(symbol)}
title: "International Day of Hostile Paths"
date: "2025-11-26"
---

United Nations

General Assembly Distr.: General

Resolution adopted by the General Assembly on 26 November 2025

International Day of Hostile Paths

The General Assembly,

Recalling its resolution 53/199 of 15 December 1998 on the proclamation of international years,

1. Decides to proclaim 1 April the International Day of Hostile Paths;

2. Invites all Member States to observe the Day.
"""


def symbol_sidecar(symbol: str) -> str:
    """A sidecar (``<name>.meta.yaml``) stating ``symbol``."""
    return f"symbol:\n  value: {yaml_quoted(symbol)}\n  why: stated by whoever sent the file\n"
