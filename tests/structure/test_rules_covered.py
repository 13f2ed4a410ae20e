"""Every structure rule has a test of its own: a rule added to the masthead's rules or to a
body grammar without a test naming it fails here, as does a rule written but never ordered."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from build_scripts.structure import body, frontmatter, masthead
from build_scripts.structure.genres import (
    ANNEX_BODY,
    DRAFT_BODY,
    GENERIC_BODY,
    RECORD_BODY,
    REPORT_BODY,
    RESOLUTION_BODY,
)

HERE = Path(__file__).parent
GRAMMARS = (RESOLUTION_BODY, REPORT_BODY, ANNEX_BODY, GENERIC_BODY, DRAFT_BODY, RECORD_BODY)
RULES: list[Callable[..., bool]] = list(
    dict.fromkeys(
        [
            *masthead.CONTINUATION_RULES,
            *masthead.FACT_RULES,
            *frontmatter.FRONT_MATTER_RULES,
            *(r for g in GRAMMARS for r in g.rules),
        ]
    )
)
# the last rule of a list takes whatever is left: it has nothing to decline
CATCH_ALLS = {masthead.FACT_RULES[-1], *(g.rules[-1] for g in GRAMMARS)}


def structure_tests() -> Iterator[ast.FunctionDef]:
    """Every test function of tests/structure/."""
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                yield node


def names_used(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def declined_in(node: ast.AST) -> set[str]:
    """Rules a test shows declining: ``assert_declines(rule, ...)`` or ``rule(...) is False``."""
    found: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "assert_declines" and n.args:
            if isinstance(n.args[0], ast.Name):
                found.add(n.args[0].id)
        elif (
            isinstance(n, ast.Compare)
            and isinstance(n.left, ast.Call)
            and isinstance(n.left.func, ast.Name)
            and any(isinstance(c, ast.Constant) and c.value is False for c in n.comparators)
        ):
            found.add(n.left.func.id)
    return found


def test_the_rule_lists_are_found() -> None:
    """The lists this file checks are the ones the package reads by (guards the check itself)."""
    names = {rule.__name__ for rule in RULES}
    assert {"title_continued", "header_line", "held_by_colon", "annex_paragraph", "preambular_paragraph"} <= names
    assert {rule.__name__ for rule in CATCH_ALLS} == {
        "header_line",
        "stray_paragraph",
        "annex_paragraph",
        "plain_paragraph",
    }


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_every_rule_has_a_test_named_for_it(rule: Callable[..., bool]) -> None:
    """A test whose name holds the rule's name uses the rule itself (calls it, or hands it to
    ``assert_declines``)."""
    name = rule.__name__
    own = [node.name for node in structure_tests() if name in node.name and name in names_used(node)]
    assert own, f"no test in tests/structure/ named for the rule {name!r} and using it"


@pytest.mark.parametrize("rule", [r for r in RULES if r not in CATCH_ALLS], ids=lambda rule: rule.__name__)
def test_every_rule_that_can_decline_has_a_test_of_it_declining(rule: Callable[..., bool]) -> None:
    """Each rule but a list's last is shown declining what is not its own."""
    assert any(rule.__name__ in declined_in(node) for node in structure_tests()), (
        f"no test shows {rule.__name__!r} declining (assert_declines or `is False`)"
    )


def rule_shaped(module: ModuleType, state: str, item: str) -> set[str]:
    """Functions of ``module`` with a rule's signature: (state, item) -> bool."""
    found = set()
    for name, function in inspect.getmembers(module, inspect.isfunction):
        if function.__module__ != module.__name__:
            continue
        signature = inspect.signature(function)
        annotations = [p.annotation for p in signature.parameters.values()]
        if annotations == [state, item] and signature.return_annotation == "bool":
            found.add(name)
    return found


def test_every_rule_written_is_ordered_into_a_list() -> None:
    """A rule function in ``masthead`` or ``body`` that no rule list holds would never run."""
    masthead_rules = {rule.__name__ for rule in (*masthead.CONTINUATION_RULES, *masthead.FACT_RULES)}
    body_rules = {rule.__name__ for grammar in GRAMMARS for rule in grammar.rules}
    assert rule_shaped(masthead, "MastheadState", "Line") == masthead_rules
    assert rule_shaped(body, "BodyState", "Candidate") == body_rules
