from __future__ import annotations

import re

from build_scripts.repairs.junk import JunkRule, remove_junk_inline, remove_junk_lines

RULES = [JunkRule("page-number", re.compile(r"\d{1,3}"), "page number")]


def test_whole_lines_are_removed_and_logged_with_their_text():
    kept, log = remove_junk_lines([(1, "Text"), (2, " 2 "), (3, "20 States")], RULES)
    assert kept == [(1, "Text"), (3, "20 States")]
    assert [(e.rule, e.line, e.removed) for e in log] == [("page-number", 2, "2")]


def test_inline_junk_is_cut_and_logged():
    rule = JunkRule("anchor", re.compile(r"\[DU\d\]"), "comment anchor")
    text, log = remove_junk_inline((7, "[DU1]Resolution adopted"), [rule])
    assert text == "Resolution adopted"
    assert [(e.line, e.removed) for e in log] == [(7, "[DU1]")]
