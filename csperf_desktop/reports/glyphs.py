"""Every character of a printed page drawn with a glyph, or reported.

A TrueType font draws nothing (glyph 0) for a character it lacks, and the PDF
then holds no text for it: 王𠀾 printed as "王". So every string is checked
against the character map of the font it is drawn in (ReportLab's own face
data, read once per font and cached as a set), and the characters the font
lacks are drawn in the first font of a fallback chain that has them
(``FALLBACK_CANDIDATES``: SimSun-ExtB on Windows, the Hanazono fonts
``fonts-hanazono`` and the WenQuanYi fonts on Linux), registered once, on the
first gap. The check is one set comparison per string; strings with gaps are
cached.

Two ways onto a page, both covered here:

* paragraphs: ``markup(text, font)`` turns plain text into Paragraph markup
  with a ``<font name="…">`` run per stretch of fallback characters;
  ``markup_in(markup, font)`` does the same to the text of existing markup
  (``style.para`` calls them; every paragraph of the reports is made there);
* canvas text: ``GlyphCanvas`` (the canvas of every ``ReportDoc``) draws a
  string with gaps in pieces, switching font per piece, with measured widths
  (table cells given as plain strings, the header band, chart labels).

A character no installed font has is drawn as ``MARKER`` ("〓") in the main
font, so the page still prints and shows that something is missing, and it is
recorded: ``collect_missing_glyphs()`` gathers, for the code inside it, the
(text, character) pairs that could not be drawn::

    with collect_missing_glyphs() as missing:
        write_bulletin(month, path)
    if missing:
        show(missing_glyphs_message(missing))
"""

from __future__ import annotations

import contextlib
import contextvars
import html
import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfbase.pdfdoc import PDF_SUPPORT_VERSION
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import rtlSupport as _rtl

MARKERS = ("〓", "□", "?")  # the first the main font has stands for a character nobody can draw


def _windows_fallbacks() -> list[tuple[Path, int]]:
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [(fonts / name, idx) for name, idx in (
        ("simsunb.ttf", 0),  # SimSun-ExtB: CJK Extension B
        ("mingliub.ttc", 0),  # MingLiU-ExtB
        ("simsun.ttc", 0), ("msyh.ttc", 0), ("simhei.ttf", 0), ("msjh.ttc", 0),  # Ext A, more of the BMP
        ("seguisym.ttf", 0),  # symbols
    )]


LINUX_FALLBACKS = [
    ("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf", 0),  # BMP + CJK Extension A (fonts-hanazono)
    ("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf", 0),  # CJK Extensions B–F
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
]


def fallback_candidates() -> list[tuple[Path, int]]:
    """The font files tried, in order, for a character the main font lacks."""
    out = []
    if sys.platform.startswith("win") or os.environ.get("WINDIR"):
        out += _windows_fallbacks()
    out += [(Path(p), i) for p, i in LINUX_FALLBACKS]
    return out


@dataclass(frozen=True)
class MissingGlyph:
    """A character no installed font can draw, and the text it was in (a name, a note, a title…)."""

    text: str
    char: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    def shown(self, marker: str = MARKERS[0]) -> str:
        """The text as printed: the character replaced by the marker."""
        return self.text.replace(self.char, marker)


# --- text of characters beyond U+FFFF -------------------------------------------------
# ReportLab writes the ToUnicode entry of a character beyond U+FFFF as its code point
# ("<2003E>", odd-length hex) instead of UTF-16 ("<D840DC3E>"): the glyph shows, but
# the PDF's text (search, copy, screen readers) loses the character. Corrected here,
# once, for every TrueType font; characters of the BMP are written as before.

_BFCHAR = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.M)


def _utf16_hex(match: re.Match) -> str:
    code = int(match.group(2), 16) - 0x10000
    return f"{match.group(1)}<{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}>"


def _patch_to_unicode() -> None:
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "csperf_utf16", False):
        return

    def make_to_unicode_cmap(fontname, subset):
        return _BFCHAR.sub(_utf16_hex, original(fontname, subset))

    make_to_unicode_cmap.csperf_utf16 = True
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


_patch_to_unicode()


# --- character maps -------------------------------------------------------------

_CONTROL = frozenset(chr(i) for i in range(32))  # line breaks and tabs are not drawn
_lock = threading.Lock()
_covers: dict[str, tuple] = {}  # font name -> (the registered font object, its characters)
_fallbacks: list[tuple[str, frozenset]] | None = None
_splits: dict[tuple[str, str], tuple] = {}
_SPLIT_CACHE_MAX = 50_000


def cover(font_name: str) -> frozenset | None:
    """The characters ``font_name`` (registered) has a glyph for; None when it cannot be
    told (a built-in or CID font), which is then trusted for every character."""
    try:
        font = pdfmetrics.getFont(font_name)
    except KeyError:
        font = None
    got = _covers.get(font_name)
    if got is not None and got[0] is font:
        return got[1]
    chars = None
    if isinstance(font, TTFont):
        chars = frozenset(chr(c) for c in font.face.charToGlyph) | _CONTROL
    with _lock:
        if got is not None:  # the name now stands for another font: its splits are stale
            _splits.clear()
        _covers[font_name] = (font, chars)
    return chars


def fallback_fonts() -> list[tuple[str, frozenset]]:
    """The registered fallback fonts present on this machine (name, characters), loaded once."""
    global _fallbacks
    if _fallbacks is not None:
        return _fallbacks
    with _lock:
        if _fallbacks is None:
            found, seen = [], set()
            for path, idx in fallback_candidates():
                key = (str(path).lower(), idx)
                if key in seen or path.suffix.lower() not in (".ttf", ".ttc") or not path.is_file():
                    continue
                seen.add(key)
                name = f"CsperfFallback{len(found)}"
                try:
                    font = TTFont(name, str(path), subfontIndex=idx)
                except (TTFError, OSError, ValueError, KeyError, IndexError):
                    continue
                pdfmetrics.registerFont(font)
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(name, bold, italic, name)  # stays regular inside bold text
                found.append((name, frozenset(chr(c) for c in font.face.charToGlyph)))
            _fallbacks = found
    return _fallbacks


def marker_for(font_name: str) -> str:
    chars = cover(font_name)
    return next((m for m in MARKERS if chars is None or m in chars), "?")


def split(text: str, font_name: str) -> tuple | None:
    """None when ``font_name`` draws all of ``text``; else ``(runs, missing)``: runs are
    ``(font or None for the main font, piece)``, missing the characters no font has
    (drawn as the marker, in the main font)."""
    chars = cover(font_name)
    if chars is None or chars.issuperset(text):
        return None
    key = (font_name, text)
    got = _splits.get(key)
    if got is not None:
        return got
    marker = marker_for(font_name)
    runs: list[list] = []
    missing: list[str] = []
    for ch in text:
        if ch in chars:
            font, piece = None, ch
        else:
            font = next((name for name, fc in fallback_fonts() if ch in fc), None)
            piece = ch
            if font is None:
                missing.append(ch)
                piece = marker
        if runs and runs[-1][0] == font:
            runs[-1][1] += piece
        else:
            runs.append([font, piece])
    got = (tuple((f, p) for f, p in runs), tuple(dict.fromkeys(missing)))
    with _lock:
        if len(_splits) > _SPLIT_CACHE_MAX:
            _splits.clear()
        _splits[key] = got
    return got


# --- collecting what could not be drawn ----------------------------------------------

_sink: contextvars.ContextVar[dict | None] = contextvars.ContextVar("csperf_missing_glyphs", default=None)


class MissingGlyphs(list):
    """The ``MissingGlyph`` items met inside ``collect_missing_glyphs()``, each once, in order."""


@contextlib.contextmanager
def collect_missing_glyphs():
    """Gather the characters no font could draw while printing inside the ``with``."""
    found: dict = {}
    result = MissingGlyphs()
    outer = _sink.get()
    token = _sink.set(found)
    try:
        yield result
    finally:
        _sink.reset(token)
        result.extend(found)
        if outer is not None:
            outer.update(found)


def _note(text: str, missing: tuple) -> None:
    sink = _sink.get()
    if sink is not None and missing:
        for ch in missing:
            sink.setdefault(MissingGlyph(text, ch), None)


def missing_glyphs_message(items) -> str | None:
    """A Chinese message naming each text and character that printed as the marker; None when none."""
    items = list(dict.fromkeys(items))
    if not items:
        return None
    # "张〓" says it better than the line of names "王某、张〓、李四" it also appears in
    items = [m for m in items if not any(o.char == m.char and o.text != m.text and o.text in m.text
                                         for o in items)] or items
    shown = "；".join(f"“{m.shown()}”中的 {m.code}" for m in items[:20])
    more = f"等共 {len(items)} 处" if len(items) > 20 else ""
    return (f"以下字符没有任何已安装的字体能显示，在 PDF 中印成了“{MARKERS[0]}”：{shown}{more}。"
            "请核对这些姓名或文字；要印出原字，请安装含这些字的字体（Windows：SimSun-ExtB；"
            "Linux：fonts-hanazono）后重新打印。")


# --- paragraphs -------------------------------------------------------------------

def markup(text: str, font_name: str) -> str:
    """Plain ``text`` as escaped Paragraph markup, its gaps in fallback-font runs."""
    got = split(text, font_name)
    if got is None:
        return escape(text)
    runs, missing = got
    _note(text, missing)
    return "".join(escape(piece) if font is None else f'<font name="{font}">{escape(piece)}</font>'
                   for font, piece in runs)


_TAG = re.compile(r"(<[^>]*>)")


def markup_in(value: str, font_name: str) -> str:
    """``markup`` applied to the text between the tags of Paragraph markup."""
    chars = cover(font_name)
    if chars is None or chars.issuperset(value):
        return value
    parts = _TAG.split(value)
    for i in range(0, len(parts), 2):  # even items are text, odd ones tags
        if parts[i]:
            plain = html.unescape(parts[i])
            if split(plain, font_name) is not None:
                parts[i] = markup(plain, font_name)
    return "".join(parts)


# --- text encoded once per document ---------------------------------------------------

_SUBSET_FONTS: dict = {}
RUNS_MAX = 100_000  # encoded texts kept per document (a file of 200 cards holds some 20,000)


def subset_font(font_name: str) -> bool:
    """Whether ``font_name`` is a TrueType font written in subsets (the reports' embedded fonts);
    a built-in or CID font (or any font, when ReportLab reorders right-to-left text) is drawn
    through ReportLab's text object."""
    got = _SUBSET_FONTS.get(font_name)
    if got is None:
        got = _SUBSET_FONTS[font_name] = (bool(getattr(pdfmetrics.getFont(font_name), "_dynamicFont", False))
                                          and not _rtl)
    return got


def text_runs(canvas) -> dict:
    """The encoded texts of the document ``canvas`` writes, by (font, text) (a text's subset
    codes are the document's own: assigned on first use, never changed)."""
    doc = canvas._doc
    got = getattr(doc, "_csperf_text_runs", None)
    if got is None:
        got = doc._csperf_text_runs = {}
    return got


def encode(canvas, font_name: str, text: str) -> tuple:
    """``text`` in the TrueType font ``font_name`` as ((subset font name, escaped bytes), ...),
    as ``PDFTextObject`` writes it."""
    font = pdfmetrics.getFont(font_name)
    doc = canvas._doc
    return tuple((font.getSubsetInternalName(subset, doc), canvas._escape(piece))
                 for subset, piece in font.splitString(text, doc))


def encoded(canvas, font_name: str, text: str) -> tuple:
    """``encode``, kept for the document: the same labels, dates and figures recur on every page."""
    runs = text_runs(canvas)
    got = runs.get((font_name, text))
    if got is None:
        if len(runs) > RUNS_MAX:
            runs.clear()
        got = runs[(font_name, text)] = encode(canvas, font_name, text)
    return got


# --- canvas text ---------------------------------------------------------------------

_RGB: dict[int, tuple] = {}  # id(colour) -> (the colour, its "r g b" as the PDF writes it)


def _rgb(color) -> str | None:
    """The "r g b" operands of a plain RGB ``Color`` (kept per colour object: the printouts set
    the same few colours thousands of times); None for any other kind of colour."""
    got = _RGB.get(id(color))
    if got is not None and got[0] is color:
        return got[1]
    if color.__class__ is not Color:
        return None
    if len(_RGB) > 1000:
        _RGB.clear()
    text = fp_str((color.red, color.green, color.blue))
    _RGB[id(color)] = (color, text)
    return text


class GlyphCanvas(Canvas):
    """A canvas whose ``drawString`` family draws the characters the current font lacks
    in fallback fonts (or as the marker), piece by piece with measured widths; and which
    writes the operator of a plain RGB colour once per colour, as ``Canvas`` writes it."""

    def setFillColor(self, aColor, alpha=None):
        if not self._plain_colour(aColor, alpha, "rg", "_fillColorObj", "ca", self.setFillAlpha):
            super().setFillColor(aColor, alpha)

    def setStrokeColor(self, aColor, alpha=None):
        if not self._plain_colour(aColor, alpha, "RG", "_strokeColorObj", "CA", self.setStrokeAlpha):
            super().setStrokeColor(aColor, alpha)

    def _plain_colour(self, color, alpha, operator: str, state: str, alpha_key: str, set_alpha) -> bool:
        """Set a plain RGB ``color`` with no explicit ``alpha`` as ``Canvas`` sets it (operator
        "rg" for filling, "RG" for stroking), its operands from the cache; False for any other
        colour, which ``Canvas`` sets. Its alpha is set unless that would write nothing: an alpha
        of 1 where the state's (``alpha_key``: "ca" or "CA") is already 1 and the document already
        declares the PDF version of transparency (which setting an alpha raises it to)."""
        rgb = _rgb(color) if alpha is None and not self._enforceColorSpace else None
        if rgb is None:
            return False
        setattr(self, state, color)
        self._code.append(f"{rgb} {operator}")
        alpha = color.alpha
        if alpha is not None and not (alpha == 1 and self._extgstate._d.get(alpha_key, 1) == 1
                                      and self._doc._pdfVersion >= PDF_SUPPORT_VERSION["transparency"]):
            set_alpha(alpha)
        return True

    def _pieces(self, text):
        got = split(text, self._fontname) if isinstance(text, str) else None
        if got is None:
            return None
        runs, missing = got
        _note(text, missing)
        return runs

    def _draw_runs(self, x: float, y: float, runs, align: float, mode) -> None:
        main, size = self._fontname, self._fontsize
        width = sum(pdfmetrics.stringWidth(piece, font or main, size) for font, piece in runs)
        t = self.beginText(x - width * align, y)
        if mode is not None:
            t.setTextRenderMode(mode)
        for font, piece in runs:
            t.setFont(font or main, size)
            t.textOut(piece)
        t.setFont(main, size)
        if mode is not None:
            t.setTextRenderMode(0)
        self.drawText(t)
        self.setFont(main, size, self._leading)

    def _plain(self, x: float, y: float, text: str, align: float, mode) -> None:
        """What ``Canvas.drawString`` writes, with the width (to align) from a cache: a page of
        table cells measures the same few texts over and over; in the reports' subset fonts the
        text object is written from the text's codes kept for the document (``encoded``), as
        ``PDFTextObject`` writes it."""
        if align:
            key = (text, self._fontname, self._fontsize)
            width = _widths.get(key)
            if width is None:
                width = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
                if len(_widths) > _SPLIT_CACHE_MAX:
                    _widths.clear()
                _widths[key] = width
            x -= width * align
        font = self._fontname
        if subset_font(font) and mode in (None, 0, 2):
            # all but the origin is the same wherever the text is drawn: kept for the document
            runs = text_runs(self)
            key = ("drawString", font, self._fontsize, self._leading, mode == 2, text)
            tail = runs.get(key)
            if tail is None:
                code = ["2 Tr"] if mode == 2 else []
                select = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
                parts, current = [], None
                for name, escaped in encoded(self, font, text):
                    if name != current:
                        parts.append(f"{name} {select}")
                        current = name
                    parts.append(f"({escaped}) Tj")
                code.append(" ".join(parts) + " T*")
                if mode == 2:
                    code.append("0 Tr")
                code.append("ET")
                if len(runs) > RUNS_MAX:
                    runs.clear()
                tail = runs[key] = " ".join(code)
            self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {tail}")
            return
        t = self.beginText(x, y)
        if mode is not None:
            t.setTextRenderMode(mode)
        t.textLine(text)
        if mode is not None:
            t.setTextRenderMode(0)
        self.drawText(t)

    def drawString(self, x, y, text, mode=None, *args, **kw):
        runs = self._pieces(text)
        if runs is None:
            if args or kw or _rtl or not isinstance(text, str):
                return super().drawString(x, y, text, mode, *args, **kw)
            return self._plain(x, y, text, 0, mode)
        self._draw_runs(x, y, runs, 0, mode)

    def drawCentredString(self, x, y, text, mode=None, *args, **kw):
        runs = self._pieces(text)
        if runs is None:
            if args or kw or _rtl or not isinstance(text, str):
                return super().drawCentredString(x, y, text, mode, *args, **kw)
            return self._plain(x, y, text, 0.5, mode)
        self._draw_runs(x, y, runs, 0.5, mode)

    def drawRightString(self, x, y, text, mode=None, *args, **kw):
        runs = self._pieces(text)
        if runs is None:
            if args or kw or _rtl or not isinstance(text, str):
                return super().drawRightString(x, y, text, mode, *args, **kw)
            return self._plain(x, y, text, 1, mode)
        self._draw_runs(x, y, runs, 1, mode)


_widths: dict[tuple, float] = {}
