"""Update the translation sources and compile them.

    .venv/bin/python tools/build_translations.py           # lupdate + lrelease
    .venv/bin/python tools/build_translations.py --release # lrelease only

lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string from
csperf_desktop/gui and the forms in ui/ into resources/translations/*.ts
(keeping the translations already there, dropping obsolete ones); lrelease
compiles each .ts into the .qm the program loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def sources() -> list[str]:
    gui = ROOT / "csperf_desktop" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def update() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"csperf_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)


def release() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"csperf_{lang}.ts"
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    if "--release" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
