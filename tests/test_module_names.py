"""No module of the bot binds one name twice at its top level: the later binding silently
replaces the earlier one for every function that reads it, which ruff does not report for
constants (two rounds of guard rules once each defined ``_DETERMINERS``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for folder in ("bot", "storage") for p in (ROOT / folder).rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.FunctionDef | ast.ClassDef):
        return [node.name]
    return []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_binds_each_top_level_name_once(path: Path) -> None:
    first: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        for name in _bound(node):
            if name in first:
                twice.append(f"{name}: lines {first[name]} and {node.lineno}")
            first.setdefault(name, node.lineno)
    assert twice == []


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f(): return A\nA = 2\n")
    names = [name for node in tree.body for name in _bound(node)]
    assert names.count("A") == 2
