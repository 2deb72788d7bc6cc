"""No module of contractscan binds the same top-level name twice: a second `_X_RE = ...` further
down a long module silently replaces the first for every function that reads it (ruff flags a
redefined function or import, not a reassigned constant). No source or rule file holds a control
character: a pattern written as "\b" in a plain string is a backspace, which a regex then seeks
in the text and never finds."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "contractscan"
MODULES = sorted(PACKAGE.rglob("*.py"))
RULE_FILES = sorted((PACKAGE.parent / "rules").rglob("*.yaml"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(n for n, k in Counter(_top_level_names(tree)).items() if k > 1)
    assert twice == [], f"{path.name} binds {twice} more than once"


def test_the_check_finds_a_rebound_constant() -> None:
    tree = ast.parse(
        'import re\n_A_RE = re.compile("a")\n\ndef f():\n    pass\n\n_A_RE = re.compile("b")\n'
    )
    assert Counter(_top_level_names(tree))["_A_RE"] == 2


@pytest.mark.parametrize(
    "path", MODULES + RULE_FILES, ids=lambda p: str(p.relative_to(PACKAGE.parent))
)
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    bad = sorted({f"U+{ord(c):04X}" for c in text if ord(c) < 32 and c not in "\n\t\r"})
    assert bad == [], f"{path.name} holds control characters {bad}"
