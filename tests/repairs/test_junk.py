from __future__ import annotations

import re

from build_scripts.repairs.junk import (
    CONTINUATION_MARK_RE,
    JunkRule,
    cover_block_line,
    remove_junk_inline,
    remove_junk_lines,
)

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


def test_old_covers_job_numbers_are_the_cover_block() -> None:
    """New York's typescripts of the 1990s print the job number with an operator's code,
    two dates and the mark that the text goes on overleaf; Geneva's with "GE." and often
    nothing else. Each is the cover block, its job number kept; a foot "25-04764 3" and
    a line of text are not."""
    for line, job in [
        ("92-45958 3565i (E) 201092 221092", "92-45958"),
        ("97-31708 (E) 181197 /...", "97-31708"),
        ("97-32375 (E) 251197 251197 /...", "97-32375"),
        ("92-43708 3486i (E) 130992 140992 I . ....", "92-43708"),  # "/..." as a scan read it
        ("GE.96-51477", "GE.96-51477"),
        ("GE.17-23427(E)", "GE.17-23427"),
        ("23-23443 (E) 011223", "23-23443"),
    ]:
        found = cover_block_line(line, 30)
        assert found is not None and found[1] == job, line
        assert found[0].rule == "cover-block" and found[0].removed == line
    assert cover_block_line("25-04764 3", 30) is None
    assert cover_block_line("in 1990-1995 (E) the", 30) is None


def test_a_continuation_mark_is_only_the_mark() -> None:
    assert all(CONTINUATION_MARK_RE.fullmatch(mark) for mark in ("/...", "/ ...", "/. . .", "I . ...."))
    assert not CONTINUATION_MARK_RE.fullmatch("and/or ...")
