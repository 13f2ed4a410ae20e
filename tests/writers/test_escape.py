"""Source text is text: whatever it holds renders literally through Python-Markdown."""

from __future__ import annotations

import markdown
import pytest

from build_scripts.writers.escape import html_text, md_text

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[link](javascript:alert(1))",
    "*emphasis* and __strong__ and `code`",
    "a paragraph {#injected .class}",
    "{{ jinja }} and {% block %}",
    "back\\slash \\* and \\\\",
    "&amp; &lt; &#60; entities",
    "a | pipe | table",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "+ not a list",
    "![image](x.png)",
    "<http://example.org> autolink",
    "resolution 45/158 (Part I), chap. III.",
]


def render(text: str) -> str:
    html = markdown.markdown(md_text(text), extensions=["attr_list", "md_in_html", "tables"])
    assert html.startswith("<p>") and html.endswith("</p>"), html
    return html[3:-4]


@pytest.mark.parametrize("text", HOSTILE)
def test_text_renders_literally(text):
    assert render(text) == html_text(text).replace("&quot;", '"').replace("&#x27;", "'")


def test_whitespace_folds_to_single_spaces():
    assert md_text("a\n b\t c") == "a b c"
