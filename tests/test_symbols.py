"""The UN document symbol grammar (``build_scripts.symbols``): every real symbol is one,
and nothing a path, a URL or an anchor could misread gets through, whatever states it:
the text, a sidecar or an export's front matter."""

from __future__ import annotations

import pytest

from build_scripts.errors import SourceError
from build_scripts.pipeline import Collection, convert_source
from build_scripts.readers import markdown_export
from build_scripts.sources import Source, load_sources
from build_scripts.symbols import MAX_SYMBOL_LENGTH, check_symbol, is_valid_symbol

from . import shapes
from .conftest import write_sources

REAL_SYMBOLS = [
    "A/RES/56/145",
    "A/RES/ES-11/1",
    "A/HRC/RES/59/25",
    "ICCD/COP(8)/CST/8",
    "DP-FPA/2025/1",
    "A/HRC/DEC/43/112",
    "A/HRC/WG.6/45/L.1",
    "E/CN.4/RES/2003/48",
    "E/CN.4/2003/48",
    "E/CN.5/2025/L.6",
    "CCPR/C/121/D/2025/2011",
    "CEDAW/C/CAF/CO/6",
    "HRI/MC/2025/1",
    "A/CONF.243/2025/1",
    "ST/SGB/2019/8",
    "A/56/179/Add.1",
    "A/78/L.1/Rev.1",
    "A/C.3/78/L.12/Corr.1",
    "S/2025/415",
    "S/PRST/2024/1",
    "S/RES/2768 (2025)",
    "S/RES/1325(2000)",
    "A/CONF.157/24(PartI)",
    "E/ICEF/672 (Part I)",
    "A/RES/217(III)",
    "E/CN.4/2004/L.10/Add.11",
    "A/59/503/Add.2",
]

# What a hostile or broken sidecar or front matter may say instead of a symbol
HOSTILE_SYMBOLS = {
    "climbs out": "../../../../tmp/pwned/A",
    "climbs out midway": "A/RES/../../../x",
    "absolute": "/etc/cron.d/A",
    "a drive": "C:/Windows/A",
    "backslashes": "A\\RES\\56\\145",
    "backslash climbs out": "A/..\\..\\x",
    "NUL": "A/RES/56\x00/145",
    "control character": "A/RES/56/\x1b[2J145",
    "newline": "A/RES/56/145\nB/1",
    "trailing newline": "A/RES/56/145\n",
    "carriage return": "A/RES/56/145\r",
    "tab": "A/RES/56\t/145",
    "very long": "A/" + "/".join(["RES"] * 40),
    "empty segment": "A//RES/56",
    "trailing slash": "A/RES/56/",
    "leading slash": "/A/RES/56",
    "dot segment": "A/./RES/56",
    "hidden segment": "A/.git/config",
    "segment ending in a dot": "A/RES./56",
    "percent": "A/RES/%2e%2e/1",
    "question mark": "A/RES/56?x=1",
    "hash": "A/RES/56#top",
    "space inside": "A/RES/56 145",
    "leading space": " A/RES/56/145",
    "lower case series": "data/documents/x",
    "no slash": "A",
    "non-ASCII": "A/RES/56/١٤٥",
    "non-ASCII look-alike": "А/RES/56/145",  # Cyrillic А
    "markup": "A/RES/<script>/1",
    "bracket not closed": "S/RES/2768 (2025",
    "bracket of anything": "S/RES/2768 (../../x)",
    "bracket in a component of anything": "ICCD/COP(..)/CST/8",
    "bracket in a component lower case": "ICCD/cop(8)/CST/8",
    "empty": "",
}


@pytest.mark.parametrize("symbol", REAL_SYMBOLS)
def test_real_symbols_are_valid(symbol):
    assert is_valid_symbol(symbol)
    assert check_symbol(symbol, "x.md") == symbol.replace(" ", "")


def test_a_symbol_printed_with_spaces_is_keyed_without():
    """ "S/RES/2768 (2025)" and "(Part I)" as a sidecar prints them are the collection's
    S/RES/2768(2025) and (PartI), as citations key them (``symbols.canonical``)."""
    assert check_symbol("S/RES/2768 (2025)", "x.md") == "S/RES/2768(2025)"
    assert check_symbol("E/ICEF/672 (Part I)", "x.md") == "E/ICEF/672(PartI)"


@pytest.mark.parametrize("symbol", HOSTILE_SYMBOLS.values(), ids=HOSTILE_SYMBOLS.keys())
def test_hostile_symbols_are_refused_naming_the_file(symbol):
    assert not is_valid_symbol(symbol)
    with pytest.raises(SourceError) as refused:
        check_symbol(symbol, "hostile.md")
    assert refused.value.path == "hostile.md"
    assert "is not a UN document symbol (e.g. A/RES/56/145" in refused.value.message
    # the message prints the value, control characters escaped and cut short
    assert "\n" not in refused.value.message and "\x00" not in refused.value.message
    assert len(refused.value.message) < 200


@pytest.mark.parametrize("value", [None, 145, 1.5, ["A/RES/56/145"], {"A": 1}])
def test_only_text_is_a_symbol(value):
    assert not is_valid_symbol(value)
    with pytest.raises(SourceError, match=r"\(not text\) is not a UN document symbol"):
        check_symbol(value, "x.meta.yaml")


def test_the_maximum_length():
    longest = "A/" + "1" * (MAX_SYMBOL_LENGTH - 2)
    assert is_valid_symbol(longest)
    assert not is_valid_symbol(longest + "1")


def test_every_seed_symbol_is_valid(collection: Collection):
    assert collection.documents
    assert all(is_valid_symbol(doc.symbol) for doc in collection.documents)


# -- at the source: sidecars, front matter and the conversion ---------------------------


def test_the_front_matter_export_converts_with_a_real_symbol():
    """The fabricated export is read for its front matter's symbol, so the refusals
    below are about the symbol alone."""
    text = shapes.markdown_export("A/RES/80/999")
    assert markdown_export.sniff(text) > 0.5
    converted = convert_source(Source("export.md", text))
    assert converted.document.symbol == "A/RES/80/999"
    assert converted.document.provenance["symbol"].startswith("front matter")


# an empty front matter field states nothing (the text must state the symbol then)
STATED = {name: symbol for name, symbol in HOSTILE_SYMBOLS.items() if symbol}


@pytest.mark.parametrize("symbol", STATED.values(), ids=STATED.keys())
def test_a_hostile_front_matter_symbol_is_refused_by_the_reader(symbol):
    text = shapes.markdown_export(symbol)
    assert markdown_export.front_matter(text)["symbol"] == symbol
    with pytest.raises(SourceError) as refused:
        markdown_export.read(text, "export.md")
    assert refused.value.path == "export.md"
    assert "is not a UN document symbol" in refused.value.message
    assert "front matter" in refused.value.message


@pytest.mark.parametrize("symbol", HOSTILE_SYMBOLS.values(), ids=HOSTILE_SYMBOLS.keys())
def test_a_hostile_sidecar_symbol_is_refused_when_the_sidecar_is_read(tmp_path, symbol):
    write_sources(tmp_path, {"r.md": shapes.markdown_report(), "r.meta.yaml": shapes.symbol_sidecar(symbol)})
    with pytest.raises(SourceError) as refused:
        load_sources(tmp_path)
    assert refused.value.path == "r.meta.yaml"
    assert "is not a UN document symbol" in refused.value.message
    assert "sidecar" in refused.value.message


def test_a_sidecar_with_a_real_symbol_is_read(tmp_path):
    write_sources(tmp_path, {"r.md": shapes.markdown_report(), "r.meta.yaml": shapes.symbol_sidecar("A/59/287")})
    (source,) = load_sources(tmp_path)
    assert source.sidecar["symbol"]["value"] == "A/59/287"


def test_a_sidecar_symbol_with_a_space_is_read_canonical(tmp_path):
    write_sources(tmp_path, {"r.md": shapes.markdown_report(), "r.meta.yaml": shapes.symbol_sidecar("S/2025/1 (2025)")})
    (source,) = load_sources(tmp_path)
    assert source.sidecar["symbol"]["value"] == "S/2025/1(2025)"


@pytest.mark.parametrize("symbol", ["../escaped/A", "/tmp/escaped/A", "A/RES/1\x00", 145])
def test_the_conversion_refuses_a_symbol_however_it_arrived(symbol):
    """The settled symbol is checked once more, after the document is built: a sidecar
    given to the pipeline without ``load_sources`` is caught too."""
    facts = {"symbol": {"value": symbol, "why": "handed over directly"}}
    with pytest.raises(SourceError) as refused:
        convert_source(Source("r.md", shapes.markdown_report(), facts))
    assert refused.value.path == "r.md"
    assert "is not a UN document symbol" in refused.value.message
