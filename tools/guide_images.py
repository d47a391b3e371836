"""Refresh the pictures of the user guide from the program itself.

    python tools/guide_images.py

Runs tools/screenshots.py on the demo office (offscreen, 1366×768, Chinese)
into a temporary folder and copies the shots the guide uses into
resources/guide/images/ under the names the guide refers to.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "resources" / "guide" / "images"
# guide name -> screenshot file written by tools/screenshots.py
SHOTS = {
    "daily.png": "tab_2_daily.png",
    "publish.png": "dialog_publish.png",
    "appeals.png": "tab_4_appeals.png",
    "annual.png": "tab_5_annual.png",
    "staff.png": "tab_1_staff.png",
    "exams.png": "tab_3_exams.png",
}


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), tmp], cwd=ROOT, env=env, check=True)
        IMAGES.mkdir(parents=True, exist_ok=True)
        for name, shot in SHOTS.items():
            src = Path(tmp) / shot
            if not src.exists():
                print(f"missing screenshot {shot}", file=sys.stderr)
                return 1
            shutil.copyfile(src, IMAGES / name)
            print(f"{IMAGES / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
