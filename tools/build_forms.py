"""Compile the Qt Designer forms in ui/ into csperf_desktop/gui/forms/ui_*.py.

The generated modules are checked in and never edited by hand; a test
regenerates them and fails when a checked-in copy is stale.

    .venv/bin/python tools/build_forms.py          # write the modules
    .venv/bin/python tools/build_forms.py --check  # exit 1 if any is stale
"""

from __future__ import annotations

import subprocess
import sys
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
    return result.stdout


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
