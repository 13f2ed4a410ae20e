"""Nothing lost, nothing reordered: every source word reaches the built page, in order.

Checked end to end on the HTML MkDocs writes, for every seed. Note texts stand
mid-body in the sources and at the page's end in the output, so the body and the
notes are each checked for order on their own; together they must account for every
word of the source but the declared removals.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from build_scripts.writers.urls import page_path, site_url

from .conftest import SOURCES
from .fidelity import is_subsequence, lost_words, source_lines_after_removals, words

SEEDS = ["A/RES/56/145", "A/RES/58/166", "A/RES/54/158", "E/CN.4/RES/2003/48", "A/56/179"]


def article_text(site: Path, symbol: str) -> tuple[str, str]:
    """Visible text of the page's article: before the notes, and the notes."""
    page = (site / site_url(page_path(symbol)) / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    article = article.split('id="conversion-log"')[0]  # the log quotes the source: it must not count as output
    article = re.sub(r'<a [^>]*class="headerlink"[^>]*>.*?</a>', " ", article)  # toc permalink glyphs
    body, _, notes = article.partition('id="notes"')
    strip = lambda part: html.unescape(re.sub(r"<[^>]+>", " ", part))  # noqa: E731
    return strip(body), strip(notes)


@pytest.mark.parametrize("symbol", SEEDS)
def test_every_source_word_reaches_the_page_in_order(docs, site, symbol):
    doc = docs[symbol]
    lines = source_lines_after_removals((SOURCES / doc.source_file).read_text(encoding="utf-8"), doc)
    note_lines = {n for note in doc.footnotes if note.line for n in range(note.line, (note.end_line or note.line) + 1)}
    body_words = [w for number, line in enumerate(lines, start=1) if number not in note_lines for w in words(line)]
    note_words = [w for number, line in enumerate(lines, start=1) if number in note_lines for w in words(line)]
    page_body, page_notes = article_text(site, symbol)
    in_order, reached = is_subsequence(body_words, words(page_body))
    assert in_order, (
        f"{symbol}: body out of order or lost from word {reached}: {' '.join(body_words[reached : reached + 12])!r}"
    )
    in_order, reached = is_subsequence(note_words, words(page_notes))
    assert in_order, (
        f"{symbol}: notes out of order or lost from word {reached}: {' '.join(note_words[reached : reached + 12])!r}"
    )
    assert not lost_words(body_words + note_words, words(page_body) + words(page_notes))


@pytest.mark.parametrize("symbol", SEEDS)
def test_paragraph_words_are_the_sources_words(docs, symbol):
    """No word is invented: each paragraph's words occur in the source, in order."""
    doc = docs[symbol]
    source_words = words((SOURCES / doc.source_file).read_text(encoding="utf-8"))
    for para in doc.all_paragraphs():
        para_words = words((para.number or "") + " " + para.text)
        ok, reached = is_subsequence(para_words, source_words)
        assert ok, f"{symbol} {para.id}: word {para_words[reached]!r} not in the source in this order"
    for note in doc.footnotes:
        if note.text:
            assert is_subsequence(words(note.text), source_words)[0], f"{symbol} {note.id}"
