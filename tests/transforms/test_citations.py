"""The recogniser and normaliser, table-driven: spellings that are citations, and traps that are not."""

from __future__ import annotations

import pytest

from build_scripts.transforms.citations import find_citations, load_catalogue, normalise_resolution

CATALOGUE = load_catalogue()
GA, CHR, SC = "General Assembly", "Commission on Human Rights", "Security Council"
CONVENTION = CATALOGUE.by_name[
    "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"
]


def cite(text: str, body: str = GA, current=None) -> list[tuple[str, str, str | None]]:
    found, _ = find_citations(text, body, CATALOGUE, current)
    return [(c.text(text), c.symbol, c.locator) for c in found]


CASES = [
    # General Assembly resolutions, session-numbered
    ("Recalling its resolution 45/158 of 18 December 1990,", GA, [("resolution 45/158", "A/RES/45/158", None)]),
    ("in its resolution 53/137 of 9 December 1998, it requested", GA, [("resolution 53/137", "A/RES/53/137", None)]),
    ("Resolution 34/180, annex.", GA, [("Resolution 34/180", "A/RES/34/180", "annex")]),
    ("Resolution 44/25, annex.", GA, [("Resolution 44/25", "A/RES/44/25", "annex")]),
    ("Resolution 45/158, annex.", GA, [("Resolution 45/158", "A/RES/45/158", "annex")]),
    (
        "General Assembly resolution 45/158 of 18 December 1990",
        CHR,
        [("General Assembly resolution 45/158", "A/RES/45/158", None)],
    ),
    ("resolutions 45/158 and 55/88", GA, [("45/158", "A/RES/45/158", None), ("55/88", "A/RES/55/88", None)]),
    (
        "resolutions 45/158, 53/137 and 55/88",
        GA,
        [("45/158", "A/RES/45/158", None), ("53/137", "A/RES/53/137", None), ("55/88", "A/RES/55/88", None)],
    ),
    ("in resolution 54/248 was not included", GA, [("resolution 54/248", "A/RES/54/248", None)]),
    ("In its resolution 55/88 of 4 December 2000,", GA, [("resolution 55/88", "A/RES/55/88", None)]),
    ("Recalling paragraph 3 of its resolution 56/145,", GA, [("resolution 56/145", "A/RES/56/145", "para. 3")]),
    ("resolution 56/145, paragraph 3,", GA, [("resolution 56/145", "A/RES/56/145", "paragraph 3")]),
    # older, roman-session numbering
    ("Resolution 217 A (III).", GA, [("Resolution 217 A (III)", "A/RES/217(III)", "part A")]),
    ("Resolution 2200 A (XXI), annex.", GA, [("Resolution 2200 A (XXI)", "A/RES/2200(XXI)", "part A, annex")]),
    ("Resolution 2106 A (XX), annex.", GA, [("Resolution 2106 A (XX)", "A/RES/2106(XX)", "part A, annex")]),
    ("resolution 1514 (XV) of 14 December 1960", GA, [("resolution 1514 (XV)", "A/RES/1514(XV)", None)]),
    ("resolution 2200A (XXI)", GA, [("resolution 2200A (XXI)", "A/RES/2200(XXI)", "part A")]),
    # Commission and Council, year-numbered
    (
        "Commission on Human Rights resolution 2001/53",
        GA,
        [("Commission on Human Rights resolution 2001/53", "E/CN.4/RES/2001/53", None)],
    ),
    ("Commission resolution 1999/44", GA, [("Commission resolution 1999/44", "E/CN.4/RES/1999/44", None)]),
    (
        "the Commission on Human Rights, in its resolution 1999/44 of 27 April 1999,",
        GA,
        [("resolution 1999/44", "E/CN.4/RES/1999/44", None)],
    ),
    (
        "A similar resolution, resolution 2001/53 of 24 April 2001, was adopted by the Commission on Human Rights.",
        GA,
        [("resolution 2001/53", "E/CN.4/RES/2001/53", None)],
    ),
    ("Recalling its resolution 2001/53 of 24 April 2001,", CHR, [("resolution 2001/53", "E/CN.4/RES/2001/53", None)]),
    (
        "Economic and Social Council resolution 1999/23",
        GA,
        [("Economic and Social Council resolution 1999/23", "E/RES/1999/23", None)],
    ),
    ("Human Rights Council resolution 7/1", GA, [("Human Rights Council resolution 7/1", "A/HRC/RES/7/1", None)]),
    ("decision 2003/109 of the Commission on Human Rights", CHR, [("decision 2003/109", "E/CN.4/DEC/2003/109", None)]),
    # A/RES/78/202: a Human Rights Council decision (the dated footnote marker "20111" stays out)
    (
        "and Human Rights Council decision 18/120 of 30 September 20111 and",
        GA,
        [("Human Rights Council decision 18/120", "A/HRC/DEC/18/120", None)],
    ),
    ("Human Rights Council decision 43/112", GA, [("Human Rights Council decision 43/112", "A/HRC/DEC/43/112", None)]),
    # Security Council resolutions: the number with its year in brackets, whoever cites them
    # (sentences of A/RES/78/222, 78/263, 78/115, 79/317, 78/218, 78/85, 80/83, 79/98)
    (
        "pursuant to Security Council resolution 1325 (2000) of 31 October 2000, and its nine subsequent resolutions",
        GA,
        [("Security Council resolution 1325 (2000)", "S/RES/1325(2000)", None)],
    ),
    (
        "with Security Council resolution 1373 (2001) and Council resolution 1566 (2004)",
        GA,
        [
            ("Security Council resolution 1373 (2001)", "S/RES/1373(2001)", None),
            ("Council resolution 1566 (2004)", "S/RES/1566(2004)", None),
        ],
    ),
    (
        "Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da’esh)",
        GA,
        [
            ("1267 (1999)", "S/RES/1267(1999)", None),
            ("1989 (2011)", "S/RES/1989(2011)", None),
            ("2253 (2015)", "S/RES/2253(2015)", None),
        ],
    ),
    (
        "its resolutions 1267 (1999) and 1989 (2011)",
        SC,
        [("1267 (1999)", "S/RES/1267(1999)", None), ("1989 (2011)", "S/RES/1989(2011)", None)],
    ),
    ("Council resolution 2178 (2014)", GA, [("Council resolution 2178 (2014)", "S/RES/2178(2014)", None)]),
    (
        "resolution 242 (1967) of 22 November 1967",
        GA,
        [("resolution 242 (1967)", "S/RES/242(1967)", None)],
    ),
    ("Resolution 1540 (2004)", GA, [("Resolution 1540 (2004)", "S/RES/1540(2004)", None)]),
    ("resolution 1325(2000)", GA, [("resolution 1325(2000)", "S/RES/1325(2000)", None)]),
    ("resolution 1 (1946)", GA, [("resolution 1 (1946)", "S/RES/1(1946)", None)]),
    # dated lists, "of" or "on" a date after each member
    (
        "Security Council resolutions 1754 (2007) on 30 April 2007, 1783 (2007) on 31 October 2007 and "
        "1813 (2008) on 30 April 2008",
        GA,
        [
            ("1754 (2007)", "S/RES/1754(2007)", None),
            ("1783 (2007)", "S/RES/1783(2007)", None),
            ("1813 (2008)", "S/RES/1813(2008)", None),
        ],
    ),
    (
        "resolutions 1888 (2009) of 30 September 2009, 1889 (2009) of 5 October 2009,",
        GA,
        [("1888 (2009)", "S/RES/1888(2009)", None), ("1889 (2009)", "S/RES/1889(2009)", None)],
    ),
    # the Council's own volumes leave the year out when the number gives it
    (
        "its resolutions 186 (1964) of 4 March, 187 (1964) of 13, March and 192 (1964) of 20 June 1964",
        SC,
        [
            ("186 (1964)", "S/RES/186(1964)", None),
            ("187 (1964)", "S/RES/187(1964)", None),
            ("192 (1964)", "S/RES/192(1964)", None),
        ],
    ),
    # the twin resolutions of the Assembly and the Council, in one list
    (
        "substantively identical resolutions 70/262 and 2282 (2016) of 27 April 2016,",
        GA,
        [("70/262", "A/RES/70/262", None), ("2282 (2016)", "S/RES/2282(2016)", None)],
    ),
    # locators, before and after
    (
        "pursuant to paragraph 8 of Security Council resolution 2397 (2017), the provision",
        GA,
        [("Security Council resolution 2397 (2017)", "S/RES/2397(2017)", "para. 8")],
    ),
    (
        "authorizations pursuant to paragraph 17 of resolution 2375 (2017), and urges",
        GA,
        [("resolution 2375 (2017)", "S/RES/2375(2017)", "para. 17")],
    ),
    ("paragraph 3 of resolution 1373 (2001)", GA, [("resolution 1373 (2001)", "S/RES/1373(2001)", "para. 3")]),
    (
        "Security Council resolution 2118 (2013), annex II.",
        GA,
        [("Security Council resolution 2118 (2013)", "S/RES/2118(2013)", "annex II")],
    ),
    ("resolution 1373 (2001), annex", GA, [("resolution 1373 (2001)", "S/RES/1373(2001)", "annex")]),
    # a paragraph cited before the body's name, for the other bodies too
    (
        "paragraph 7 of General Assembly resolution 2819 (XXVI)",
        CHR,
        [("General Assembly resolution 2819 (XXVI)", "A/RES/2819(XXVI)", "para. 7")],
    ),
    # document symbols
    ("A/56/179.", GA, [("A/56/179", "A/56/179", None)]),
    ("A/58/221.", GA, [("A/58/221", "A/58/221", None)]),
    ("A/56/50.", GA, [("A/56/50", "A/56/50", None)]),
    (
        "A/58/508/Add.1 and Corr.1",
        GA,
        [("A/58/508/Add.1", "A/58/508/Add.1", None), ("Corr.1", "A/58/508/Add.1/Corr.1", None)],
    ),
    ("A/CONF.157/24 (Part I), chap. III.", GA, [("A/CONF.157/24 (Part I)", "A/CONF.157/24(PartI)", "chap. III")]),
    ("Supplement No. 3 (E/1999/23), chap. II, sect. A.", GA, [("E/1999/23", "E/1999/23", "chap. II, sect. A")]),
    ("See chap. XIV. - E/CN.4/2003/L.11/Add.4]", CHR, [("E/CN.4/2003/L.11/Add.4", "E/CN.4/2003/L.11/Add.4", None)]),
    ("the status of the Convention (E/CN.4/2003/80);", CHR, [("E/CN.4/2003/80", "E/CN.4/2003/80", None)]),
    ("(A/CONF.157/23), urges all States", CHR, [("A/CONF.157/23", "A/CONF.157/23", None)]),
    ("see A/RES/56/145, para. 3", GA, [("A/RES/56/145", "A/RES/56/145", "para. 3")]),
    # Council resolutions printed as symbols, with or without the space, and its statements
    ("S/RES/2768 (2025)", GA, [("S/RES/2768 (2025)", "S/RES/2768(2025)", None)]),
    ("see S/RES/2768(2025), annex.", GA, [("S/RES/2768(2025)", "S/RES/2768(2025)", "annex")]),
    ("S/RES/2768", GA, [("S/RES/2768", "S/RES/2768", None)]),
    (
        "(S/INF/72). 16 S/PRST/2021/5. 17 SC/13331.",
        GA,
        [("S/INF/72", "S/INF/72", None), ("S/PRST/2021/5", "S/PRST/2021/5", None)],
    ),
    (
        "Security Council presidential statement S/PRST/2024/1 of 5 May",
        GA,
        [("S/PRST/2024/1", "S/PRST/2024/1", None)],
    ),
    (
        "documents A/56/583/Add.1 and E/CN.4/2004/76",
        GA,
        [("A/56/583/Add.1", "A/56/583/Add.1", None), ("E/CN.4/2004/76", "E/CN.4/2004/76", None)],
    ),
    # named instruments
    (
        "the Universal Declaration of Human Rights,",
        GA,
        [("Universal Declaration of Human Rights", "A/RES/217(III)", "part A")],
    ),
    (
        "the International Covenants on Human Rights,",
        GA,
        [("International Covenants on Human Rights", "A/RES/2200(XXI)", "annex")],
    ),
    (
        "the Vienna Declaration and Programme of Action adopted by",
        GA,
        [("Vienna Declaration and Programme of Action", "A/CONF.157/23", None)],
    ),
    (
        "the Convention on the Elimination of All Forms of Discrimination against Women",
        GA,
        [("Convention on the Elimination of All Forms of Discrimination against Women", "A/RES/34/180", "annex")],
    ),
    (
        "the Charter of the United Nations to promote",
        CHR,
        [("Charter of the United Nations", "Charter of the United Nations", None)],
    ),
    (
        "including the Convention on the Rights of Migrants.",
        GA,
        [("Convention on the Rights of Migrants", "A/RES/45/158", "annex")],
    ),
]


@pytest.mark.parametrize(("text", "body", "expected"), CASES)
def test_citations(text, body, expected):
    assert cite(text, body) == expected


@pytest.mark.parametrize(
    "text",
    [
        "on 18 December 1990",
        "As at 1 June 2001, the Convention had been ratified by 16 States",
        "ratified or acceded to by 20 States",
        "in 1997 and in September/October 2000",
        "at its fifty-sixth session, under item 132 (a)",
        "1. Expresses its deep concern",
        "paragraph 3 of the present resolution",
        "held from 19 March to 27 April 2001",
        "three ratifications or accessions to and seven signatures",
        "The 25 treaties representing the United Nations key objectives",
        "the resolution was adopted without a vote",
        "the Convention will enter into force",
        "article 87",
        "E/ alone and A/ alone",
        "page 2/3 of the note",
        # a number and a year that are not a Council resolution (A/RES/78/180, 79/172, 78/69)
        "to take note of and consider general recommendation No. 26 (2008) on women migrant workers",
        "general comments No. 21 (1992) on humane treatment",
        "paragraph 12 (2015)",
        "see page 12 (2015) of the report",
        "in 2015 (2016 for the others)",
        "Supplement No. 49 (2015)",
        "decision 12 (2010)",  # the Council numbers no decisions
        "resolution 1325 (1945)",  # before the Council's first
        "resolution 1325 (2100)",
        "resolution 12345 (2000)",
        "resolution 1325 (20001)",
    ],
)
def test_not_citations(text):
    assert cite(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recalling its resolution 60/1 of 16 September 2005,", [("resolution 60/1", "A/RES/60/1", None)]),
        ("resolution 217 A (III) of 10 December 1948", [("resolution 217 A (III)", "A/RES/217(III)", "part A")]),
        # an International Maritime Organization resolution: the year is not the Council's
        ("document LC 30/16, annex 6, resolution LC-LP.1 (2008).", []),
        # the Assembly's dated lists stay as they were read: their first member
        (
            "resolutions 45/158 of 18 December 1990 and 55/88 of 4 December 2000",
            [("resolutions 45/158", "A/RES/45/158", None)],
        ),
    ],
)
def test_not_the_councils(text, expected):
    """Sentences near a Council citation's shape that are the Assembly's, or nobody's."""
    assert cite(text) == expected


def test_articles_of_the_convention_named_before():
    text = "notes that, pursuant to article 87 of the Convention, only four more"
    assert cite(text, GA, CONVENTION) == [("article 87 of the Convention", "A/RES/45/158", "art. 87")]
    text = "referred to in articles 72, 73 and 87 of the Convention"
    assert [c[1:] for c in cite(text, GA, CONVENTION)] == [("A/RES/45/158", f"art. {n}") for n in (72, 73, 87)]
    assert cite("article 87 of the Convention", GA, None) == []  # no convention named yet: not guessed


def test_the_convention_named_in_the_same_text_wins():
    text = "the Convention on the Rights of the Child and article 3 of the Convention"
    assert cite(text, GA, CONVENTION)[-1] == ("article 3 of the Convention", "A/RES/44/25", "art. 3")


@pytest.mark.parametrize(
    ("number", "body", "symbol", "locator"),
    [
        ("45/158", GA, "A/RES/45/158", None),
        ("217 A (III)", GA, "A/RES/217(III)", "part A"),
        ("2001/53", CHR, "E/CN.4/RES/2001/53", None),
        ("1514 (XV)", GA, "A/RES/1514(XV)", None),
        ("1325 (2000)", SC, "S/RES/1325(2000)", None),
        ("1325(2000)", SC, "S/RES/1325(2000)", None),
    ],
)
def test_normalise_resolution(number, body, symbol, locator):
    assert normalise_resolution(number, body) == (symbol, locator)


def test_every_symbol_of_a_resolution_or_document_is_one_the_grammar_accepts():
    """A canonical symbol becomes a key, a URL and, in the collection, a path."""
    from build_scripts.symbols import is_valid_symbol

    produced = [symbol for _, _, expected in CASES for _, symbol, _ in expected if "/" in symbol]
    assert {s for s in produced if s.startswith("S/RES/")} >= {"S/RES/1325(2000)", "S/RES/2768(2025)"}
    assert [s for s in produced if not is_valid_symbol(s)] == []
