from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from build_scripts.writers.urls import page_path, relative, site_url

PART = st.sampled_from(["A", "E", "RES", "CN.4", "56", "145", "179", "documents", "index.md", "x.md"])


@given(st.lists(PART, max_size=4), st.lists(PART, min_size=1, max_size=5))
def test_relative_is_relpath(from_parts, to_parts):
    from_page, to_page = "/".join([*from_parts, "page.md"]), "/".join([*to_parts, "target.md"])
    assert relative(from_page, to_page) == posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def test_urls():
    assert page_path("A/RES/56/145") == "A/RES/56/145.md"
    assert site_url("A/RES/56/145.md") == "A/RES/56/145/"
    assert site_url("A/RES/56/145.md", directory_urls=False) == "A/RES/56/145.html"
    assert site_url("documents/index.md") == "documents/"
    assert relative("A/RES/56/145.md", "A/56/179.md", "para3") == "../../56/179.md#para3"
