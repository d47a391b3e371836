"""The dependency rule between the packages, and the public surface between modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "csperf_desktop"


def test_every_layer_imports_only_from_the_layers_below_it():
    """import-linter's contracts in pyproject.toml: the core's layers, the month's steps, Qt only in gui."""
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_from(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def private_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # function-level imports too
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _imported_from(path, node)
            if not source.startswith("csperf_desktop"):
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {source}.{alias.name}")
    return found


def test_no_module_imports_another_modules_private_names():
    assert private_imports() == []


def test_the_private_name_check_sees_function_level_and_relative_imports(tmp_path, monkeypatch):
    module = PACKAGE / "monthly" / "events.py"
    tree = ast.parse("def f():\n    from .periods import _hidden\n")
    node = tree.body[0].body[0]
    assert _imported_from(module, node) == "csperf_desktop.monthly.periods"
    assert node.names[0].name.startswith("_")
