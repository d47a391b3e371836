"""Compile the Qt Designer forms in ui/ into csperf_desktop/gui/forms/ui_*.py.

The generated modules are checked in and never edited by hand; a test
regenerates them and fails when a checked-in copy is stale.

uic imports the same ~40 Qt classes into every form, used or not. PySide6 builds a
class (and its enums) the first time it is touched, so those imports cost the program
several milliseconds at start-up; each form keeps only the names it uses.

    .venv/bin/python tools/build_forms.py          # write the modules
    .venv/bin/python tools/build_forms.py --check  # exit 1 if any is stale
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "csperf_desktop" / "gui" / "forms"


def uic_tool() -> str:
    exe = Path(sys.executable).parent / "pyside6-uic"
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([uic_tool(), "--no-autoconnection", str(ui_file)], check=True,
                            capture_output=True, text=True)
    # The header names the tool version only; keep the output stable across machines.
    return keep_used_imports(result.stdout)


def keep_used_imports(code: str) -> str:
    """*code* with each top-level ``from PySide6.X import (...)`` reduced to the names the
    module uses (a statement left with none is dropped)."""
    tree = ast.parse(code)
    imports = [node for node in tree.body
               if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(imports):
        names = [alias.name for alias in node.names if alias.name in used]
        text = ""
        if names:
            text = "\n".join(textwrap.wrap(f"from {node.module} import ({', '.join(names)})", width=79,
                                           subsequent_indent="    ", break_on_hyphens=False)) + "\n"
        lines[node.lineno - 1:node.end_lineno] = [text]
    return "".join(lines)


def target_for(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[Path]:
    return [ui for ui in sorted(UI_DIR.glob("*.ui"))
            if not target_for(ui).exists() or target_for(ui).read_text(encoding="utf-8") != compile_form(ui)]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_forms()
        for ui in stale:
            print(f"stale: {target_for(ui).relative_to(ROOT)} (run tools/build_forms.py)")
        return 1 if stale else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    init = OUT_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by tools/build_forms.py — do not edit."""\n', encoding="utf-8")
    for ui in sorted(UI_DIR.glob("*.ui")):
        target_for(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"wrote {target_for(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
