"""The package's shape: no import cycle, and each sub-package imports only from below it.

Order along the data path (DESIGN.md, "Layout"): the core modules, then read/, backends/,
article/, index/, story/; the runners and shells above them may import anything below.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "newsbrief"
CORE = {"models", "errors", "settings", "vectors"}
LEVELS = ["read", "backends", "article", "index", "story"]


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every newsbrief module this file imports, at module level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsbrief"):
            found.add(node.module)
            for alias in node.names:  # "from newsbrief.read import clean" imports a module
                candidate = f"{node.module}.{alias.name}"
                if (SRC.parent / Path(*candidate.split("."))).with_suffix(".py").exists():
                    found.add(candidate)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("newsbrief")}
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in SRC.rglob("*.py")}
    return {name: {i for i in imports_of(path) if i in modules} for name, path in modules.items()}


def level(module: str) -> int:
    """0 for the core, 1.. for the data-path sub-packages, above them everything else."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in CORE:
        return 0
    if len(parts) > 1 and parts[1] in LEVELS:
        return 1 + LEVELS.index(parts[1])
    return len(LEVELS) + 1


def test_no_import_cycle() -> None:
    edges = graph()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)


def test_sub_packages_import_only_from_below() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in graph().items()
        for target in targets
        if level(module) <= len(LEVELS) and level(target) > level(module)
    ]
    assert wrong == []
