"""A website page's links as the offline bundle rewrites them (``bundle.offline_page``):
a link to a directory names its ``index.html`` (a browser opened on a file shows a
folder for a directory); every other link, and anything that is not an attribute's
link, stays as it is."""

from __future__ import annotations

import pytest

from build_scripts.bundle import offline_page

CASES = [
    ('<a href="../58/166/#op1">', '<a href="../58/166/index.html#op1">'),
    ('<a href="./">', '<a href="./index.html">'),
    ('<a href=".">', '<a href="./index.html">'),
    ('<a href="..">', '<a href="../index.html">'),
    ('<a class="x"\n   href="A/RES/56/145/?h=x">', '<a class="x"\n   href="A/RES/56/145/index.html?h=x">'),
    ('<img\tsrc="assets/images/">', '<img\tsrc="assets/images/index.html">'),
    ('<a href="#op3">', '<a href="#op3">'),  # this page
    ('<a href="data/records.jsonl">', '<a href="data/records.jsonl">'),  # a file
    ('<a href="https://www.un.org/">', '<a href="https://www.un.org/">'),  # another site
    ('<p>href="A/"</p>', '<p>href="A/"</p>'),  # text, not an attribute
]


@pytest.mark.parametrize(("page", "offline"), CASES)
def test_offline_page_names_a_directorys_index(page: str, offline: str) -> None:
    assert offline_page(page) == offline


def test_every_link_of_a_page_is_rewritten_once() -> None:
    page = "".join(f'<li><a href="{n}/">{n}</a> <img src="{n}/x/"></li>\n' for n in range(500))
    rewritten = offline_page(page)
    assert rewritten.count("/index.html") == 1000
    assert offline_page(rewritten) == rewritten  # nothing left to rewrite
