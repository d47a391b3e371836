"""The look shared by every printed page: paper, colours, paragraph styles,
the page frame (header band, footer, draft watermark) and small formatters.

The bulletin, the scorecards and the annual review all build on
``ReportDoc`` and ``make_styles`` so the papers of one office look alike.
"""

from __future__ import annotations

import bisect
import copy
import datetime as _dt
from dataclasses import dataclass
from operator import itemgetter
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape as _landscape, portrait as _portrait
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib.textsplit import wordSplit
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer, TableStyle
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table

from ..base.errors import ValidationError
from ..base import text as _text
from ..base.text import pct_text, seconds_text  # noqa: F401  (the PDFs' formatters)
from .fonts import FontSet
from .glyphs import GlyphCanvas, cover as _glyph_cover, markup as _ink_markup, markup_in as _ink_markup_in
from .glyphs import split as _glyph_split

PAPERS = {"A3": A3, "A4": A4}

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6368")
ACCENT = colors.HexColor("#1F4E79")  # deep blue: title band, table headers
ACCENT_LIGHT = colors.HexColor("#DCE6F2")
RULE = colors.HexColor("#B7C3D0")
ZEBRA = colors.HexColor("#F4F7FA")
GOLD = colors.HexColor("#F6E3A1")
SILVER = colors.HexColor("#E3E6EA")
BRONZE = colors.HexColor("#F1D4BC")
MEDAL_INK = {1: colors.HexColor("#9A6B00"), 2: colors.HexColor("#5B6570"), 3: colors.HexColor("#8A4B1E")}
AWARD = colors.HexColor("#B22222")
UP = colors.HexColor("#1B7F3B")
DOWN = colors.HexColor("#B3261E")
WATERMARK = colors.Color(0.75, 0.1, 0.1, alpha=0.13)


def page_size(paper: str, landscape: bool) -> tuple[float, float]:
    key = (paper or "A4").upper()
    if key not in PAPERS:
        raise ValidationError(f"纸张“{paper}”不支持，请选择 A3 或 A4。", field="paper")
    size = PAPERS[key]
    return _landscape(size) if landscape else _portrait(size)


def text(value) -> str:
    """Escape a value for Paragraph markup. (ReportLab's CJK wrap already keeps
    closing punctuation such as "，" off the start of a line.)"""
    return escape("" if value is None else str(value))


def blank() -> Spacer:
    """An empty table cell. (A "" cell makes ReportLab select Helvetica, which then sits
    unembedded in the PDF although no glyph uses it.)"""
    return Spacer(0, 0)


class Table(_Table):
    """A table whose cells default to the report's font: ReportLab's own default,
    Helvetica, would otherwise be selected for every cell and left unembedded."""

    default_font = "Helvetica"  # set by ReportDoc to the report's regular font

    def __init__(self, data, *args, **kw):
        self._measured_at = None
        super().__init__(data, *args, **kw)
        _Table.setStyle(self, TableStyle([("FONTNAME", (0, 0), (-1, -1), Table.default_font)]))

    def setStyle(self, tblstyle):
        self._measured_at = None
        super().setStyle(tblstyle)

    def _calc(self, availWidth, availHeight):
        # A table is measured when a page is fitted and again when it is placed in its frame.
        # Once every row has been measured at a width, measuring it again at that width in at
        # least its height gives the same widths, heights and positions (ReportLab stops early
        # only when the rows so far overflow the height given), so it is not done twice.
        if self._measured_at == availWidth and self._height <= availHeight:
            return
        self._measured_at = None
        super()._calc(availWidth, availHeight)
        if self._hmax == len(self._argH):
            self._measured_at = availWidth


# --- paragraphs parsed and wrapped once per text ---------------------------------------
# A page of cards repeats the same short texts (labels, dates, rule names, points) hundreds of
# times. ReportLab parses each paragraph's markup with an HTML parser and measures each
# character on every wrap; both results depend only on the text and a few style values, so
# they are kept here (bounded) and every paragraph gets its own copy of the fragments.

_PARSED: dict = {}
_SPLITS: dict = {}
_CACHE_MAX = 50_000


def _parse_key(text: str, style) -> tuple:
    """What the parser's fragments depend on: the text and the style's font, size and colours."""
    return (text, style.fontName, style.fontSize, _colour_key(style.textColor), _colour_key(style.backColor),
            getattr(style, "textTransform", None), getattr(style, "underlineWidth", ""),
            getattr(style, "underlineColor", None), getattr(style, "strikeWidth", ""),
            getattr(style, "bulletFontName", None), getattr(style, "bulletFontSize", None))


def _colour_key(c):
    if c is None or isinstance(c, str):
        return c
    return (type(c).__name__, *c.rgba()) if hasattr(c, "rgba") else repr(c)


def _word_split(text: str, widths: tuple, font: str, size: float) -> list:
    key = (text, widths, font, size)
    got = _SPLITS.get(key)
    if got is None:
        got = wordSplit(text, list(widths), font, size)
        if len(_SPLITS) > _CACHE_MAX:
            _SPLITS.clear()
        _SPLITS[key] = got
    return got


class Paragraph(_Paragraph):
    """ReportLab's paragraph with its parse and its CJK line breaks cached per text and style
    (the result is the same paragraph, only made faster)."""

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is not None or bulletText:
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = _parse_key(text, style)
        got = _PARSED.get(key)
        if got is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            if self.bulletText is None and self.style is style:  # no <para> attributes changed the style
                if len(_PARSED) > _CACHE_MAX:
                    _PARSED.clear()
                _PARSED[key] = (self.text, tuple(self.frags))
            return
        self.text = got[0]
        self.frags = [f.clone() for f in got[1]]
        self.style = style
        self.bulletText = None
        self.debug = 0

    def wrap(self, availWidth, availHeight):
        # A paragraph is wrapped when a fit is measured, when its frame places it and, in a table
        # cell, again when the cell is drawn — each time at the same width, giving the same lines
        # (the lines depend on the width, the style and the text, never on the height offered).
        # The lines of the last width are kept; a new style or text is wrapped afresh.
        key = (availWidth, self.style, self.frags, len(self.frags))
        got = self.__dict__.get("_wrapped")
        if got is not None and got[0] == key and got[1] is self.__dict__.get("blPara"):
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (key, self.__dict__.get("blPara"))
        return size

    def breakLinesCJK(self, maxWidths):
        frags = self.frags
        if (len(frags) != 1 or hasattr(frags[0], "cbDefn") or self.style.endDots or self.bulletText
                or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0)) or not hasattr(frags[0], "text")):
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        f = frags[0]
        lines = _word_split(f.text, tuple(maxWidths), f.fontName, f.fontSize)
        return f.clone(kind=0, lines=[(sp, [line]) for sp, line in lines], ascent=f.fontSize,
                       descent=-0.2 * f.fontSize)


class BoldParagraph(Paragraph):
    """A paragraph drawn bold: with the registered bold face, or — when the font
    has none — by filling and stroking the glyph outlines (PDF text render mode 2)."""

    def draw(self):
        width = getattr(self.style, "fakeBold", 0)
        if not width:
            return super().draw()
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.style.textColor)
        c.setLineWidth(width)
        c._code.append("2 Tr")
        try:
            super().draw()
        finally:
            c._code.append("0 Tr")
            c.restoreState()


def ink(value, font_name: str, markup: bool = False) -> str:
    """Paragraph markup of ``value`` (escaped unless ``markup``) whose characters all have a
    glyph: those ``font_name`` lacks switch to a fallback font, those no font has print
    as "〓" and are recorded (``glyphs.collect_missing_glyphs``)."""
    if markup:
        return _ink_markup_in(value, font_name)
    return _ink_markup("" if value is None else str(value), font_name)


def para(value, style: ParagraphStyle, markup: bool = False) -> Paragraph:
    """A paragraph of ``value`` (escaped unless ``markup``); bold styles draw bold.
    Every paragraph of the reports is made here: each character gets a glyph (``ink``)."""
    body = ink(value, style.fontName, markup)
    if getattr(style, "bold", False):
        return BoldParagraph(body, style)
    return Paragraph(body, style)


def latin_words(value) -> bool:
    """Text of Latin words and no Chinese ("International Support"): wrapped between words only."""
    value = "" if value is None else str(value)
    return " " in value.strip() and not any("\u2e80" <= ch <= "\U0003134f" for ch in value)


def para_words(value, style: ParagraphStyle) -> Paragraph:
    """``para``, but Latin words (a team called "International Support", a name like Christopher
    Alexander Montgomery) break at spaces, never inside a word; Chinese still wraps anywhere."""
    if latin_words(value):
        bold, fake = getattr(style, "bold", False), getattr(style, "fakeBold", 0)
        style = style.clone(style.name + "_words", wordWrap=None)
        style.bold, style.fakeBold = bold, fake
    return para(value, style)


# name: (size relative to the base, the style's settings)
STYLE_SPECS = {
    "title": (2.2, dict(bold=True, color=ACCENT, align=TA_CENTER, leading=1.2)),
    "subtitle": (1.2, dict(color=MUTED, align=TA_CENTER)),
    "h2": (1.25, dict(bold=True, color=ACCENT, space_after=0.3, leading=1.3)),
    "body": (1.0, {}),
    "body_bold": (1.0, dict(bold=True)),
    "small": (0.8, dict(color=MUTED)),
    "small_right": (0.8, dict(color=MUTED, align=TA_RIGHT)),
    "cell": (0.9, dict(leading=1.25)),
    "cell_center": (0.9, dict(leading=1.25, align=TA_CENTER)),
    "cell_right": (0.9, dict(leading=1.25, align=TA_RIGHT)),
    "head": (0.9, dict(bold=True, color=colors.white, align=TA_CENTER, leading=1.2)),
    "label": (0.85, dict(color=MUTED)),
    "value": (1.05, dict(bold=True)),
    "big": (2.6, dict(bold=True, color=ACCENT, align=TA_CENTER, leading=1.1)),
    "notice": (1.15, dict(bold=True, color=INK, align=TA_CENTER, leading=1.4)),
}


def make_style(fonts: FontSet, base: float, name: str) -> ParagraphStyle:
    """The paragraph style ``name`` of ``make_styles(fonts, base)``, made alone (a new one each
    call: callers recolour and realign their copy)."""
    factor, spec = STYLE_SPECS[name]
    bold = spec.get("bold", False)
    size = base * factor
    leading = spec.get("leading", 1.35)
    s = ParagraphStyle(
        name, fontName=fonts.bold if bold else fonts.regular, fontSize=size, leading=size * leading,
        textColor=spec.get("color", INK), alignment=spec.get("align", TA_LEFT), wordWrap="CJK",
        spaceAfter=base * spec.get("space_after", 0))
    s.bold = bold
    s.fakeBold = size * 0.04 if bold and fonts.simulated_bold else 0
    return s


def make_styles(fonts: FontSet, base: float = 10.0) -> dict[str, ParagraphStyle]:
    """Paragraph styles scaled from ``base`` (pt); every style wraps Chinese text."""
    return {name: make_style(fonts, base, name) for name in STYLE_SPECS}


@dataclass
class PageFrame:
    """What the header band and the footer of every page say."""

    left_title: str  # e.g. "示范客服中心 · 考核公示"
    right_title: str  # e.g. "2026年9月 · 第 2 版（修订）"
    footer_left: str = ""  # e.g. "公示指纹 3F2A…"
    footer_right: str = ""  # e.g. "打印于 2026年10月20日 10:00"
    draft: bool = False
    band_height: float = 11 * mm
    font_size: float = 11
    total_pages: bool = True  # "第 x / y 页" (needs the page count)
    page_label: object = None  # callable(doc, page_no) -> str, replaces the page number
    continued_title: object = None  # callable(label, n, m) -> str: the band's title on a person's page n > 1


def draw_frame(c: Canvas, fonts: FontSet, frame: PageFrame, page_no: int, page_count: int | None) -> None:
    w, h = c._pagesize
    m = ReportDoc.MARGIN
    fs = frame.font_size
    c.saveState()
    if frame.draft:
        c.setFillColor(WATERMARK)
        c.setFont(fonts.bold, min(w, h) / 7)
        c.translate(w / 2, h / 2)
        c.rotate(35)
        c.drawCentredString(0, min(w, h) / 20, "草稿 · 未公示")
        c.setFont(fonts.bold, min(w, h) / 14)
        c.drawCentredString(0, -min(w, h) / 10, "DRAFT — 不作为考核依据")
        c.rotate(-35)
        c.translate(-w / 2, -h / 2)
    top = h - m
    c.setFillColor(ACCENT)
    c.rect(m, top - frame.band_height, w - 2 * m, frame.band_height, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white)
    c.setLineWidth(fs * 0.035 if fonts.simulated_bold else 0)
    c.setFont(fonts.bold, fs)
    baseline = top - frame.band_height / 2 - fs * 0.35
    mode = 2 if fonts.simulated_bold else 0
    right_w = c.stringWidth(frame.right_title, fonts.bold, fs)
    left = fit_text(frame.left_title, fonts.bold, fs, w - 2 * m - right_w - fs * 3)
    c.drawString(m + fs * 0.8, baseline, left, mode=mode)
    c.drawRightString(w - m - fs * 0.8, baseline, frame.right_title, mode=mode)
    c.setFillColor(MUTED)
    c.setFont(fonts.regular, fs * 0.72)
    y = m * 0.55
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(m, y + fs * 0.95, w - m, y + fs * 0.95)
    c.drawString(m, y, frame.footer_left, mode=0)
    c.drawRightString(w - m, y, frame.footer_right, mode=0)
    c.restoreState()
    if page_count != -1:
        draw_page_number(c, fonts, frame, page_no, page_count)


def fit_text(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut with "…" to fit ``width`` points (a very long company name in the header band)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def draw_page_number(c: Canvas, fonts: FontSet, frame: PageFrame, page_no: int, page_count: int | None) -> None:
    w, _ = c._pagesize
    c.saveState()
    c.setFillColor(MUTED)
    c.setFont(fonts.regular, frame.font_size * 0.72)
    page = f"第 {page_no} / {page_count} 页" if page_count else f"第 {page_no} 页"
    c.drawCentredString(w / 2, ReportDoc.MARGIN * 0.55, page, mode=0)
    c.restoreState()


class ReportDoc(BaseDocTemplate):
    """A document with one frame under the header band; pages framed by ``PageFrame``."""

    MARGIN = 12 * mm

    def __init__(self, filename, *, fonts: FontSet, pagesize, frame: PageFrame | None = None,
                 title: str = "", author: str = ""):
        super().__init__(filename, pagesize=pagesize, leftMargin=self.MARGIN, rightMargin=self.MARGIN,
                         topMargin=self.MARGIN, bottomMargin=self.MARGIN * 1.5, title=title, author=author,
                         creator="csperf 客服绩效考核", subject=title,
                         initialFontName=fonts.regular if fonts.embedded else None)
        self.fonts = fonts
        Table.default_font = fonts.regular
        self.page_frame = frame
        self._page_count: int | None = None
        self.person_starts: list[tuple[int, str]] = []  # (first page, label) of each person (build_per_person)
        band = frame.band_height + 3 * mm if frame else 0
        body = BodyFrame(self.leftMargin, self.bottomMargin, self.width, self.height - band, id="body",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=self._on_page)])

    @property
    def body_height(self) -> float:
        band = self.page_frame.band_height + 3 * mm if self.page_frame else 0
        return self.height - band

    def _on_page(self, c: Canvas, doc) -> None:
        if self.page_frame is not None:
            draw_frame(c, self.fonts, self.page_frame, c.getPageNumber(),
                       -1 if self.page_frame.page_label else self._page_count)

    def person_page(self, page_no: int) -> tuple[str, int, int]:
        """(label, n, m): page ``page_no`` is page n of m of the person whose part it holds
        (``person_starts``, filled while drawing; a document of one part when empty)."""
        starts = self.person_starts  # in page order, as drawn
        index = bisect.bisect_right(starts, page_no, key=itemgetter(0)) - 1
        if index < 0:
            return "", page_no, self.page
        first, label = starts[index]
        last = starts[index + 1][0] - 1 if index + 1 < len(starts) else self.page
        return label, page_no - first + 1, last - first + 1

    def _finish_person_page(self, c: Canvas, page_no: int) -> None:
        """Drawn once the page count of every person is known: the page's label in the footer
        and, on a person's continuation page, their name in the header band."""
        frame = self.page_frame
        w, h = c._pagesize
        label, n, m = self.person_page(page_no)
        c.saveState()
        if n > 1 and label and frame.continued_title:
            m_ = self.MARGIN
            c.setFillColor(ACCENT)
            c.rect(m_, h - m_ - frame.band_height, w - 2 * m_, frame.band_height, stroke=0, fill=1)
            c.setFillColor(colors.white)
            fs = frame.font_size
            right_w = c.stringWidth(frame.right_title, self.fonts.bold, fs)
            title = fit_text(frame.continued_title(label, n, m), self.fonts.bold, fs, w - 2 * m_ - right_w - fs * 3)
            c.setFont(self.fonts.bold, fs)
            baseline = h - m_ - frame.band_height / 2 - fs * 0.35
            c.drawString(m_ + fs * 0.8, baseline, title)
            c.drawRightString(w - m_ - fs * 0.8, baseline, frame.right_title)
        c.setFillColor(MUTED)
        c.setFont(self.fonts.regular, frame.font_size * 0.72)
        c.drawCentredString(w / 2, self.MARGIN * 0.55, frame.page_label(self, page_no))
        c.restoreState()

    def build_per_person(self, people: list, draw, progress=None, done_before: int = 0, total: int | None = None,
                         on_cancel=None) -> int:
        """One person after another, each from a new page: ``draw(person)`` gives their
        flowables, the first of which marks the start (``scorecard.CardStart``). ``progress(done,
        total)`` returning False stops with ``on_cancel()`` (an exception to raise) before
        anything is written. Pages are held until the end, so that each page's label can say
        "第 n 页 / 共 m 页" of its person. Returns the page count."""
        total = total or len(people)
        story = []
        for i, person in enumerate(people):
            if i:
                story.append(PageBreak())
            story += draw(person)
            if progress is not None and progress(done_before + i + 1, total) is False:
                raise on_cancel()
        self.person_starts = []
        doc = self

        class _Held(GlyphCanvas):
            def __init__(self, *args, **kw):
                super().__init__(*args, **kw)
                self._held = []

            def showPage(self):
                self._held.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                for state in self._held:
                    self.__dict__.update(state)
                    if doc.page_frame is not None and doc.page_frame.page_label:
                        doc._finish_person_page(self, self._pageNumber)
                    GlyphCanvas.showPage(self)
                GlyphCanvas.save(self)

        self.build(story, canvasmaker=_Held)
        return self.page

    def build(self, flowables, filename=None, canvasmaker=GlyphCanvas):
        """Build on a ``GlyphCanvas``: canvas text (table cells, header band, charts) switches to a
        fallback font for characters the report's font lacks. Streams are written compressed but
        not ASCII85-encoded: a fifth smaller, and the encoding was a tenth of the time of a long
        document. (ReportLab reads the switch when it writes; either way gives a valid PDF.)"""
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().build(flowables, filename=filename, canvasmaker=canvasmaker)
        finally:
            rl_config.useA85 = saved

    def build_counted(self, story: list) -> None:
        """Build with "第 x / y 页" in the footer (pages are held until the count is known)."""
        fonts, frame = self.fonts, self.page_frame

        class _Counted(GlyphCanvas):
            def __init__(self, *args, **kw):
                super().__init__(*args, **kw)
                self._held = []

            def showPage(self):
                self._held.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._held)
                for state in self._held:
                    self.__dict__.update(state)
                    draw_page_number(self, fonts, frame, self._pageNumber, total)
                    GlyphCanvas.showPage(self)
                GlyphCanvas.save(self)

        self._page_count = -1  # the canvas draws the numbers
        self.build(story, canvasmaker=_Counted)


# --- formatting -------------------------------------------------------------

def minus_sign(font_name: str | None = None) -> str:
    """The minus sign paper prints in ``font_name`` (default: the report's font): U+2212, as the
    window shows it, when the font has the glyph (``glyphs.cover``: Microsoft YaHei, WenQuanYi,
    Hanazono do); the hyphen-minus for a font that lacks it or cannot be told (the built-in
    STSong-Light), rather than a sign borrowed from a fallback font."""
    chars = _glyph_cover(font_name or Table.default_font)
    if chars is not None and _text.MINUS in chars:
        return _text.MINUS
    if chars is None or "-" in chars:
        return "-"
    return _text.MINUS  # neither: the fallback chain draws U+2212


def signed(n: int | None) -> str:
    """+3, −2, 0 as the PDFs print them: ``base.text.signed``, the window's formatter, with the
    printing font's minus sign."""
    return _text.signed(n, minus=minus_sign())


def change_text(n: int | None) -> str:
    """Change of the score against last month, in points as the screen shows it: +3, −2, 持平,
    or — when there is no last month. (An arrow read like places moved.)"""
    if n is None:
        return "—"
    return signed(n) if n else "持平"


def money_text(v: float | None) -> str:
    return "" if v is None else f"{v:,.2f} 元"


def local_now_text() -> str:
    from ..base import clock
    from ..base.text import fmt_local

    return fmt_local(clock.now_utc())


def date_text(d: _dt.date | None) -> str:
    return "" if d is None else f"{d.month}月{d.day}日"


def signature_lines(body: ParagraphStyle, width: float, supervisor: str, row_height: float) -> Table:
    """The two signature lines at the end of a card or report: the person's and the
    supervisor's (named when known), each with a date."""
    sup = f"（{supervisor}）" if supervisor else ""
    cells = [[para("被考核人签字：", body), blank(), para("日期：", body), blank()],
             [para(f"考核主管签字{sup}：", body), blank(), para("日期：", body), blank()]]
    t = Table(cells, colWidths=[width * x for x in (0.24, 0.38, 0.1, 0.28)], rowHeights=[row_height, row_height])
    t.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.7, INK), ("LINEBELOW", (3, 0), (3, -1), 0.7, INK),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    return t


# --- charts -------------------------------------------------------------------
# The score charts of the bulletin and the scorecard share their axis, their legend and the
# way they keep labels apart.

def paper_scale(pagesize: tuple[float, float]) -> float:
    """Type and spacing of a page relative to A4 of the same orientation: 1 on A4, √2 on A3."""
    return min(pagesize) / A4[0]


def score_axis(values, base: int, cap: int) -> tuple[int, int, int]:
    """(low, high, step) of a score axis. It starts just below the lowest score (or the base
    line, when lower), rounded down to 5 or 10 points, so that 81 and 95 look different; it
    starts at 0 only when a score is that low. Ends at the cap (or the highest score)."""
    present = [v for v in values if v is not None]
    lowest = min(present + [base])
    highest = max(present + [cap])
    span = highest - lowest
    step = 5 if span <= 30 else 10 if span <= 80 else 20 if span <= 160 else max(10, round(span / 8, -1))
    low = ((lowest - 1) // step) * step  # strictly below the lowest, so the lowest bar shows
    if lowest >= 0:
        low = max(0, low)
    high = -((-highest) // step) * step
    return int(low), int(max(high, low + step)), int(step)


class _PlainShape:
    """A shape of a ``PlainDrawing``: the attributes ``CanvasDrawing`` reads, with ReportLab's
    defaults, set without the attribute checks of ``reportlab.graphics.shapes`` (a chart of
    numbers computed by the program needs none)."""

    strokeColor = colors.black
    strokeWidth = 1
    strokeLineCap = 0
    strokeLineJoin = 0
    strokeDashArray = None
    fillColor = colors.black

    def __init__(self, **kw):
        self.__dict__.update(kw)


class PlainLine(_PlainShape):
    def __init__(self, x1, y1, x2, y2, **kw):
        super().__init__(x1=x1, y1=y1, x2=x2, y2=y2, **kw)


class PlainRect(_PlainShape):
    rx = ry = 0

    def __init__(self, x, y, width, height, **kw):
        super().__init__(x=x, y=y, width=width, height=height, **kw)


class PlainCircle(_PlainShape):
    def __init__(self, cx, cy, r, **kw):
        super().__init__(cx=cx, cy=cy, r=r, **kw)


class PlainPolyLine(_PlainShape):
    def __init__(self, points, **kw):
        super().__init__(points=points, **kw)


class PlainString(_PlainShape):
    textAnchor = "start"
    fontName = "Helvetica"
    fontSize = 10
    encoding = "utf8"

    def __init__(self, x, y, text, **kw):
        super().__init__(x=x, y=y, text=text, **kw)


class PlainDrawing:
    """A drawing of plain shapes for ``CanvasDrawing`` only, built as a ``reportlab.graphics``
    ``Drawing`` is (``add``, the same shape classes by name: ``Line``, ``Rect``, ``Circle``,
    ``PolyLine``, ``String``) but without its attribute checks — the shapes of 200 trend
    charts cost more to build than to draw."""

    Line, Rect, Circle, PolyLine, String = PlainLine, PlainRect, PlainCircle, PlainPolyLine, PlainString
    transform = (1, 0, 0, 1, 0, 0)
    renderScale = 1.0
    hAlign = "LEFT"
    initialFontName = None

    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.contents: list = []

    def add(self, shape) -> None:
        self.contents.append(shape)

    def wrap(self, aw, ah):
        return self.width, self.height


def shapes_for(d):
    """The shape classes to add to ``d``: a ``PlainDrawing``'s own, else ReportLab's."""
    if isinstance(d, PlainDrawing):
        return d
    from reportlab.graphics import shapes

    return shapes


def axis_break(d, x: float, y: float, size: float, color=INK) -> None:
    """The mark of an axis that does not start at 0: two short slanted strokes across the axis
    at (x, y), over a white gap."""
    k = shapes_for(d)
    Line, Rect = k.Line, k.Rect

    gap = size * 0.35
    d.add(Rect(x - size * 0.6, y - gap / 2, size * 1.2, gap, fillColor=colors.white, strokeColor=None))
    for dy in (-gap / 2, gap / 2):
        d.add(Line(x - size * 0.6, y + dy - size * 0.25, x + size * 0.6, y + dy + size * 0.25,
                   strokeColor=color, strokeWidth=0.7))


LEGEND_BAR, LEGEND_LINE, LEGEND_DASH, LEGEND_BREAK = "bar", "line", "dash", "break"


def legend_width(items, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(size * 2.0 + stringWidth(label, font, size) for _, _, label in items) + size * 1.2 * (len(items) - 1)


def draw_legend(d, items, x: float, y: float, font: str, size: float) -> float:
    """A one-line legend from (x, y) (the text's baseline): each item a swatch — a bar
    (``LEGEND_BAR``), a solid or dashed line, or the axis break mark — in its colour, then its
    label. Returns its width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    k = shapes_for(d)
    Line, Rect, String = k.Line, k.Rect, k.String

    start = x
    for kind, color, label in items:
        mid = y + size * 0.32
        if kind == LEGEND_BAR:
            d.add(Rect(x, y - size * 0.05, size * 1.4, size * 0.8, fillColor=color, strokeColor=None))
        elif kind == LEGEND_BREAK:  # the axis with its break mark
            d.add(Line(x + size * 0.7, y - size * 0.15, x + size * 0.7, y + size * 0.85, strokeColor=color,
                       strokeWidth=0.6))
            axis_break(d, x + size * 0.7, mid, size * 0.8, color)
        else:
            d.add(Line(x, mid, x + size * 1.4, mid, strokeColor=color, strokeWidth=1.6 if kind == LEGEND_LINE else 0.8,
                       strokeDashArray=[3, 2] if kind == LEGEND_DASH else None))
        x += size * 2.0
        d.add(String(x - size * 0.4, y, label, fontName=font, fontSize=size, fillColor=INK))
        x += stringWidth(label, font, size) + size * 1.2
    return x - start - size * 1.2


def fit_row_size(labels, font: str, size: float, least: float, gap: float = 2.0) -> float:
    """The largest type from ``size`` down to ``least`` at which centred labels ``(x, text)``
    on one line keep ``gap`` points apart; ``least`` when even that does not."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    labels = sorted(labels)
    s = size
    while s > least:
        widths = {t: stringWidth(t, font, s) for t in {t for _, t in labels}}  # each text measured once a size
        if all(x1 - widths[t1] / 2 - (x0 + widths[t0] / 2) >= gap for (x0, t0), (x1, t1) in zip(labels, labels[1:])):
            return s
        s -= 0.25
    return least


# --- plain text set as a paragraph sets it, for the tables drawn on the canvas -------------

def _clean(value) -> str:
    return " ".join(("" if value is None else str(value)).split())


def text_cell(value, style: ParagraphStyle, lines: list | None = None):
    """A ``canvas_draw`` table cell: ``value`` (or several ``lines``, each wrapped on its own) set in
    ``style`` exactly as ``para`` would set it; a text needing a fallback font is a ``para``."""
    pieces = [_clean(v) for v in (lines if lines is not None else [value])]
    pieces = [p for p in pieces if p]
    font = style.fontName
    if any(_glyph_split(p, font) is not None for p in pieces):
        return para("<br/>".join(escape(p) for p in pieces), style, markup=True)
    return TextCell(tuple(pieces), style)


class TextCell:
    """Plain text in one paragraph style, wrapped like a CJK ``Paragraph`` (same line breaks,
    same baselines) but measured from a cache and drawn with ``drawString``."""

    __slots__ = ("pieces", "style", "_at", "_lines")

    def __init__(self, pieces: tuple, style: ParagraphStyle):
        self.pieces = pieces
        self.style = style
        self._at = None

    def lines(self, width: float) -> list:
        """``[(room left, text)]``, one per line at ``width`` (kept for the last width asked: a
        cell is laid out again in each fit a card is tried in, at the same width)."""
        if self._at == width:
            return self._lines
        s = self.style
        out = []
        for piece in self.pieces:
            out += _word_split(piece, (width,), s.fontName, s.fontSize)
        self._at, self._lines = width, out
        return out


class BodyFrame(Frame):
    """The page's frame, copied shallowly where ReportLab deep-copies it: to measure a kept-
    together block (``_listWrapOn``) it measures the block's flowables against a deep copy of
    the frame, whose only change is the generated content it drops and collects in its own
    attributes — a deep copy of some fifty objects for every such block (three in each annual
    report)."""

    def __deepcopy__(self, memo):
        return copy.copy(self)


class Gap(Spacer):
    """A ``Spacer`` that writes nothing on the page: a spacer draws nothing, yet ``drawOn``
    writes a saved state, a move and a restored state for it — some 3,000 empty groups of
    operators in a file of 200 annual reports. The same space, in the same places."""

    def drawOn(self, canvas, x, y, _sW=0):
        pass


# --- a drawing of plain shapes, drawn straight on the canvas ---------------------------------

def set_dash(c: Canvas, dash) -> None:
    """A shape's ``strokeDashArray`` on the canvas as ReportLab's renderer sets it: ``[on, off]``,
    ``(phase, [on, off])`` or none (a solid line)."""
    if dash and isinstance(dash, (list, tuple)) and len(dash) == 2 and isinstance(dash[1], (list, tuple)):
        c.setDash(dash[1], dash[0])
    elif dash:
        c.setDash(dash, 0)
    else:
        c.setDash()


def points_path(c: Canvas, points, close: bool = False):
    """A canvas path through flat points (x0, y0, x1, y1, …), closed for a polygon: a
    ``PolyLine``'s or ``Polygon``'s path as ReportLab's renderer draws it."""
    path = c.beginPath()
    path.moveTo(points[0], points[1])
    for i in range(2, len(points), 2):
        path.lineTo(points[i], points[i + 1])
    if close:
        path.close()
    return path


_CIRCLES: dict = {}  # radius -> the four curves of a circle of that radius about (0, 0)


def circle_path(c: Canvas, cx: float, cy: float, r: float, fill: int, stroke: int) -> None:
    """``c.circle(cx, cy, r, ...)``: the same four Bézier curves, from the curves of a circle of
    radius ``r`` worked out once (a chart's points share one radius)."""
    curves = _CIRCLES.get(r)
    if curves is None:
        from reportlab.pdfgen.pdfgeom import bezierArc

        if len(_CIRCLES) > 100:
            _CIRCLES.clear()
        curves = _CIRCLES[r] = bezierArc(-r, -r, r, r, 0, 360)
    x1, y1 = curves[0][:2]
    code = c._code
    code.append("n")  # the new path a path object starts with
    code.append(f"{fp_str(cx + x1, cy + y1)} m")
    for _, _, x2, y2, x3, y3, x4, y4 in curves:
        code.append(f"{fp_str(cx + x2, cy + y2, cx + x3, cy + y3, cx + x4, cy + y4)} c")
    c._strokeAndFill(stroke, fill)


class CanvasDrawing(Flowable):
    """A ``reportlab.graphics`` drawing as a flowable, drawn shape by shape with canvas calls
    when it holds only plain shapes (lines, polylines, circles, plain rectangles, strings) at
    the top level: the page ReportLab's renderer gives (the same shapes, colours, widths,
    dashes, fonts and anchors, in the same order), without its per-shape state tree, which
    was most of the cost of a card's trend. Any other drawing goes through the renderer."""

    def __init__(self, drawing):
        super().__init__()
        from reportlab.graphics.shapes import Circle, Line, PolyLine, Rect, String

        self.drawing = drawing
        self.hAlign = getattr(drawing, "hAlign", "LEFT")
        self._kinds = {Line: "line", PolyLine: "polyline", Circle: "circle", Rect: "rect", String: "string",
                       PlainLine: "line", PlainPolyLine: "polyline", PlainCircle: "circle", PlainRect: "rect",
                       PlainString: "string"}
        self.plain = (tuple(drawing.transform) == (1, 0, 0, 1, 0, 0) and getattr(drawing, "renderScale", 1.0) == 1.0
                      and all(self._kinds.get(type(s)) and (type(s) is not Rect or s.rx == s.ry == 0)
                              and tuple(getattr(s, "transform", (1, 0, 0, 1, 0, 0))) == (1, 0, 0, 1, 0, 0)
                              and getattr(s, "textAnchor", "start") in ("start", "middle", "end", "inherited")
                              for s in drawing.contents))

    def wrap(self, aw, ah):
        return self.drawing.wrap(aw, ah)

    def draw(self):
        d, c = self.drawing, self.canv
        if not self.plain:
            from reportlab.graphics import renderPDF

            renderPDF.draw(d, c, 0, 0)
            return
        from reportlab.pdfbase.pdfmetrics import stringWidth

        # the renderer's starting state: black, 1 pt, butt caps, mitre joins, no dash
        c.setLineCap(0)
        c.setLineJoin(0)
        c.setDash()
        state = {"stroke": None, "fill": None, "width": 1, "dash": None, "cap": 0, "join": 0, "font": None}

        def stroke_style(s) -> bool:
            color = s.strokeColor
            if color is None:
                return False
            if state["stroke"] is not color:
                c.setStrokeColor(color)
                state["stroke"] = color
            for key, value, setter in (("width", s.strokeWidth, c.setLineWidth), ("cap", s.strokeLineCap, c.setLineCap),
                                       ("join", s.strokeLineJoin, c.setLineJoin)):
                if state[key] != value:
                    setter(value)
                    state[key] = value
            dash = s.strokeDashArray or None
            if state["dash"] != dash:
                set_dash(c, dash)
                state["dash"] = dash
            return True

        def fill_style(color) -> bool:
            if color is None:
                return False
            if state["fill"] is not color:
                c.setFillColor(color)
                state["fill"] = color
            return True

        for s in d.contents:
            kind = self._kinds[type(s)]
            if kind == "line":
                if stroke_style(s):
                    c.line(s.x1, s.y1, s.x2, s.y2)
            elif kind == "polyline":
                if stroke_style(s):
                    c.drawPath(points_path(c, s.points))
            elif kind in ("circle", "rect"):
                fill = fill_style(s.fillColor)
                stroke = stroke_style(s)
                if fill or stroke:
                    if kind == "circle":
                        circle_path(c, s.cx, s.cy, s.r, int(fill), int(stroke))
                    else:
                        c.rect(s.x, s.y, s.width, s.height, fill=int(fill), stroke=int(stroke))
            else:
                mode = getattr(s, "textRenderMode", 0)
                if not fill_style(s.fillColor) or mode not in (0, 2, 4, 6):
                    continue
                if state["font"] != (s.fontName, s.fontSize):
                    c.setFont(s.fontName, s.fontSize)
                    state["font"] = (s.fontName, s.fontSize)
                x = s.x
                anchor = s.textAnchor
                if anchor in ("end", "middle"):
                    x -= stringWidth(s.text, s.fontName, s.fontSize, s.encoding) * (1.0 if anchor == "end" else 0.5)
                c.drawString(x, s.y, s.text, mode=mode or None)
