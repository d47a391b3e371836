"""Render resources/icons/csperf.svg to the PNG and Windows .ico the program and bundle use.

    python tools/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    buf = QBuffer()
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(buf.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "csperf.svg"))
    if not renderer.isValid():
        print("csperf.svg cannot be read", file=sys.stderr)
        return 1
    images = {s: render(renderer, s) for s in SIZES}
    images[256].save(ICONS / "csperf.png")
    images[256].save(ICONS / "csperf.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {ICONS / 'csperf.png'} and {ICONS / 'csperf.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
