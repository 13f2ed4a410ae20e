"""Property tests (Hypothesis): readers never crash; conversion is deterministic; generated
resolutions, rendered into each raw shape, read back word for word."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import make_corpus
from build_scripts.build import write_files
from build_scripts.errors import SourceError
from build_scripts.pipeline import convert_directory, convert_source
from build_scripts.readers import READERS
from build_scripts.sources import Source
from build_scripts.transforms.fidelity import check_fidelity

from . import shapes
from .conftest import SOURCES

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]

# -- arbitrary text -----------------------------------------------------------------

damaged_seed = st.builds(
    lambda text, cut, insert: text[:cut] + insert + text[cut + len(insert) :],
    st.sampled_from(SEED_TEXTS),
    st.integers(min_value=0, max_value=5000),
    st.text(max_size=40),
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=2000), damaged_seed))
def test_readers_never_crash(text):
    source = Source("any.txt", text)
    for reader in READERS:
        assert 0.0 <= reader.sniff(source) <= 1.0
        if reader.reads == "text":
            reader.read(source)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=2000), damaged_seed))
def test_conversion_either_succeeds_or_says_why(text):
    try:
        converted = convert_source(Source("any.txt", text))
    except SourceError as err:
        assert str(err).startswith("any.txt")
    else:
        assert converted.document.symbol and converted.document.paragraphs
        assert converted.fidelity.problems == []


# -- generated resolutions -----------------------------------------------------------

# the synthetic corpus's vocabulary and openers, with a few numbers (markers must not stick to them)
WORDS = st.sampled_from([*make_corpus.WORDS, "12", "40", "2"])
OPENERS = st.sampled_from(make_corpus.OPENERS)
VERBS = st.sampled_from(make_corpus.VERBS)


@st.composite
def resolution_specs(draw) -> shapes.ResolutionSpec:  # type: ignore[no-untyped-def]
    notes: dict[str, str] = {}

    def sentence(opener: str, end: str, min_words: int = 4) -> str:
        words = draw(st.lists(WORDS, min_size=min_words, max_size=45))
        if draw(st.booleans()) and len(notes) < 9:
            number = str(len(notes) + 1)
            notes[number] = draw(
                st.sampled_from(
                    [
                        f"Resolution {40 + len(notes)}/{100 + len(notes)}.",
                        f"See A/{50 + len(notes)}/{200 + len(notes)}.",
                    ]
                )
            )
            at = draw(st.integers(min_value=0, max_value=len(words) - 1))
            # a marker glued straight to a number would make a new number ("12" + "2"): a comma parts them
            glue = "," if words[at].isdigit() else draw(st.sampled_from(["", ","]))
            words[at] = words[at] + glue + "{" + number + "}"
        return f"{opener} {' '.join(words)}{end}"

    preamble = [sentence(draw(OPENERS), ",") for _ in range(draw(st.integers(min_value=2, max_value=6)))]
    operative: list[tuple[str, str]] = []
    count = draw(st.integers(min_value=1, max_value=6))
    for number in range(1, count + 1):
        last = number == count
        subs = draw(st.integers(min_value=0, max_value=2)) if not last else 0
        operative.append((str(number), sentence(draw(VERBS), ":" if subs else ("." if last else ";"))))
        for letter in "abc"[:subs]:
            operative.append((f"({letter})", sentence("To", ";")))
    return shapes.ResolutionSpec(
        number="61/123", title="Protection of migrants", preamble=preamble, operative=operative, notes=notes
    )


RENDERERS = {
    "markdown-superscript": shapes.markdown_superscript,
    "word-ods": shapes.word_ods,
    "pdf-text": shapes.pdf_text,
}


@pytest.mark.parametrize("shape", sorted(RENDERERS))
@SETTINGS
@given(spec=resolution_specs())
def test_generated_resolutions_read_back_word_for_word(shape, spec):
    text = RENDERERS[shape](spec)
    converted = convert_source(Source("generated.txt", text))
    doc, report = converted.document, converted.fidelity
    assert doc.shape == shape
    assert doc.symbol == "A/RES/61/123"
    assert [(p.id, p.text) for p in doc.all_paragraphs()] == spec.expected_paragraphs()
    assert [(n.marker, n.text) for n in doc.footnotes] == [(n, spec.notes[n]) for n in spec.note_order()]
    assert report.problems == [] and report.kept_share == 1.0
    assert check_fidelity(text, doc).problems == []


@SETTINGS
@given(spec=resolution_specs())
def test_conversion_is_deterministic(spec):
    text = shapes.word_ods(spec)
    first = convert_source(Source("a.txt", text))
    second = convert_source(Source("a.txt", text))
    assert first.document == second.document and first.events == second.events


def test_the_seed_site_is_the_same_every_time(tmp_path: Path):
    one, two = convert_directory(SOURCES), convert_directory(SOURCES)
    first, second = write_files(one), write_files(two)
    assert len(first) > 10 and "data/documents.json" in first
    assert first == second
