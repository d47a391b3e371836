"""Finding and registering a Chinese font for printed PDFs.

ReportLab needs a TrueType-outline font file to embed; CFF-outline fonts
(``.otf``, Noto Sans CJK) are refused by ReportLab and skipped here. Lookup
order: the ``pdf_font_path`` setting (a font file or a folder) → the Windows
fonts folder (Microsoft YaHei, SimHei, SimSun) → the Linux WenQuanYi and Droid
Sans Fallback files → ReportLab's built-in CID font ``STSong-Light`` as a last
resort, which is *not embedded*: a viewer without a Chinese font shows boxes,
so a warning is returned for the caller to show.

Bold: a real bold face is registered when the family has one (``msyhbd.ttc``);
otherwise ``FontSet.simulated_bold`` is true and headings are drawn with
fill-and-stroke text (see ``style.BoldParagraph``), never silently regular.

A character the chosen font lacks (a rare name: 王𠀾, 刘䶮) is drawn from a
fallback font instead, or printed as "〓" and reported: see ``glyphs``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

CID_FALLBACK = "STSong-Light"

# (file name, subfont index, bold file name or None, bold subfont index)
WINDOWS_CANDIDATES = [
    ("msyh.ttc", 0, "msyhbd.ttc", 0),  # Microsoft YaHei
    ("msyh.ttf", 0, "msyhbd.ttf", 0),  # older Windows
    ("simhei.ttf", 0, None, 0),  # SimHei
    ("simsun.ttc", 0, None, 0),  # SimSun
]
LINUX_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/usr/share/fonts/google-droid/DroidSansFallback.ttf",
]
MAC_CANDIDATES = [
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
]
TRUETYPE_SUFFIXES = (".ttf", ".ttc")
_PROBE = "考核公示张王"


@dataclass(frozen=True)
class FontSet:
    """The fonts a report uses: ``regular`` and ``bold`` are registered ReportLab names."""

    regular: str
    bold: str
    path: str | None  # None for the CID fallback
    simulated_bold: bool
    embedded: bool
    warning: str | None = None  # shown to the user when not None


def windows_fonts_dir() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _try_ttf(name: str, path: Path, index: int) -> TTFont | None:
    """A registered-ready TTFont when ``path`` is a TrueType font with Chinese glyphs, else None."""
    if path.suffix.lower() not in TRUETYPE_SUFFIXES or not path.is_file():
        return None
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # CFF outlines, damaged file, bad index
    glyphs = font.face.charToGlyph
    if not all(ord(ch) in glyphs for ch in _PROBE):
        return None
    return font


def _candidates(setting: str) -> list[tuple[Path, int, Path | None, int]]:
    out: list[tuple[Path, int, Path | None, int]] = []
    setting = (setting or "").strip().strip('"')
    if setting:
        p = Path(os.path.expandvars(os.path.expanduser(setting)))
        if p.is_dir():
            for fname, idx, bold, bidx in WINDOWS_CANDIDATES:
                out.append((p / fname, idx, p / bold if bold else None, bidx))
            for f in sorted(p.iterdir()):
                if f.suffix.lower() in TRUETYPE_SUFFIXES:
                    out.append((f, 0, None, 0))
        else:
            out.append((p, 0, None, 0))
    if sys.platform.startswith("win") or os.environ.get("WINDIR"):
        wdir = windows_fonts_dir()
        for fname, idx, bold, bidx in WINDOWS_CANDIDATES:
            out.append((wdir / fname, idx, wdir / bold if bold else None, bidx))
    for path in LINUX_CANDIDATES + MAC_CANDIDATES:
        out.append((Path(path), 0, None, 0))
    return out


_cache: dict[str, FontSet] = {}


def resolve_fonts(setting: str = "") -> FontSet:
    """Register and return the fonts for ``setting`` (the ``pdf_font_path`` value); cached per value."""
    key = (setting or "").strip()
    if key in _cache:
        return _cache[key]
    chosen = None
    setting_warning = None
    candidates = _candidates(key)
    for i, (path, idx, bold_path, bidx) in enumerate(candidates):
        tag = f"CsperfCJK{len(_cache)}_{i}"
        font = _try_ttf(tag, path, idx)
        if font is None:
            if key and i == 0 and not Path(key).is_dir():
                setting_warning = (f"设置的字体“{key}”无法使用（不存在、不是 TrueType 字体或不含中文），"
                                   "已自动改用系统字体。")
            continue
        pdfmetrics.registerFont(font)
        bold_font = _try_ttf(tag + "B", bold_path, bidx) if bold_path else None
        if bold_font is not None:
            pdfmetrics.registerFont(bold_font)
        chosen = FontSet(regular=tag, bold=bold_font.fontName if bold_font else tag, path=str(path),
                         simulated_bold=bold_font is None, embedded=True, warning=setting_warning)
        break
    if chosen is None:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        chosen = FontSet(
            regular=CID_FALLBACK, bold=CID_FALLBACK, path=None, simulated_bold=True, embedded=False,
            warning=("未找到可嵌入的中文字体，已改用内置字体 STSong-Light（不嵌入 PDF）："
                     "在没有中文字体的电脑上打开可能显示方框。请在设置中选择字体文件"
                     "（如 C:\\Windows\\Fonts\\msyh.ttc 或 simhei.ttf）。"),
        )
    addMapping(chosen.regular, 0, 0, chosen.regular)
    addMapping(chosen.regular, 1, 0, chosen.bold)
    addMapping(chosen.regular, 0, 1, chosen.regular)
    addMapping(chosen.regular, 1, 1, chosen.bold)
    _cache[key] = chosen
    return chosen


def current_fonts() -> FontSet:
    """The fonts for the open database's ``pdf_font_path`` setting."""
    from ..office import settings as settings_mod

    return resolve_fonts(getattr(settings_mod.load(), "pdf_font_path", ""))


def font_warning() -> str | None:
    """The warning about the fonts the next report will use, or None when all is well."""
    return current_fonts().warning
