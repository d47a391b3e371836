"""The bulletin's ranking table and charts drawn straight on the canvas.

A wall bulletin of 200 people is some 2,500 short cells. ReportLab's ``Table`` gives each cell
its own style lookup, text object set-up and font encoding; here (``RankingRows``) the table is
laid out by arithmetic (the row heights come from the plan), each row's look is made when it is
drawn, and each cell's text operators are made once per document and written into the row's own
coordinates. What is drawn is what the ``Table`` drew: the same backgrounds, type, positions and
rules (ALIGN CENTER, VALIGN MIDDLE, the cell padding of the bulletin's table, LINEBELOW every row,
the frame, the red frame of a corrected row), a text object ended as a line per cell (text
extraction gives each cell its own line), the header row drawn once into a form shown on each page.

The charts: ``LeanDrawing`` draws a ``Drawing``'s shapes as ``renderPDF`` does without its state
tracker; ``BarFigure`` is the score distribution and ``NamedBars`` a small office's bar of each
person, as numbers, drawn without building ReportLab's chart and its tree of shapes.

Every string still gets a glyph: a string the font cannot draw in full is handed to the
``GlyphCanvas`` (``reports.glyphs``), which draws it piece by piece in fallback fonts or with
the visible marker and records it; the charts' texts all go through it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from . import glyphs
from . import style as st


@dataclass
class TableLook:
    """What the table looks like apart from its rows."""

    widths: list[float]
    header: list  # flowables (paragraphs) of the header row
    header_height: float
    header_background: object
    top_pad: float
    bottom_pad: float
    side_pad: float
    rule: tuple  # (width, colour) under every row
    box: tuple  # (width, colour) around the table
    frame: tuple  # (width, colour) around a corrected row
    encodings: dict = field(default_factory=dict)  # per document: texts' and cells' operators, the header form


class RankingRows(Flowable):
    """The header and the rows ``rows`` of the ranking table (``heights``: each row's, from the
    plan); split between pages, it repeats the header.

    ``cells(row, k)`` makes the ``k``-th row's look when it is drawn: (background colour or None,
    framed (a corrected row), cells), each cell a paragraph (a wrapped text) or (text, font,
    size, leading, colour) of a plain text centred as the table did (``leading`` places it).
    Made row by row while drawing, so that nothing is kept per cell."""

    def __init__(self, look: TableLook, rows: list, heights: list[float], cells):
        super().__init__()
        self.look = look
        self.rows = rows
        self.heights = heights
        self.cells = cells
        self.hAlign = "CENTER"
        self.width = sum(look.widths)
        self.height = look.header_height + sum(heights)

    def wrap(self, aw, ah):
        return self.width, self.height

    def split(self, aw, ah):
        room = ah - self.look.header_height
        used, n = 0.0, 0
        for h in self.heights:
            if used + h > room + 1e-6:
                break
            used += h
            n += 1
        if n == 0 or n == len(self.rows):
            return []
        return [RankingRows(self.look, self.rows[:n], self.heights[:n], self.cells),
                RankingRows(self.look, self.rows[n:], self.heights[n:], self.cells)]

    # --- drawing ------------------------------------------------------------------

    def draw(self):
        c = self.canv
        look = self.look
        widths = look.widths
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        total_w = xs[-1]
        # Each row's bottom, from the top down.
        tops = [self.height]
        for h in [look.header_height] + self.heights:
            tops.append(tops[-1] - h)
        # The header row: drawn once per document into a form, shown on each page.
        doc = getattr(c, "_doc", None)
        if look.encodings.get("doc") is not doc:
            look.encodings.clear()
            look.encodings["doc"] = doc
        form = look.encodings.get("header")
        if form is None:
            form = look.encodings["header"] = f"csperfRankingHead{id(look):x}"
            c.beginForm(form, 0, 0, total_w, look.header_height)
            c.setFillColor(look.header_background)
            c.rect(0, 0, total_w, look.header_height, stroke=0, fill=1)
            # The header's paragraphs, placed as a table cell places a flowable.
            self._draw_flowables(c, list(enumerate(look.header)), xs, 0, look.header_height)
            c.endForm()
        c.saveState()
        c.translate(0, tops[1])
        c.doForm(form)
        c.restoreState()
        # The rows' backgrounds, then their text, one text object a cell, each row in its own
        # coordinates (moved to its middle), so that a cell's operators (its place in the row, its
        # font, its encoded text) are made once per document.
        cells_done = look.encodings
        fills: dict = {}
        apart = []  # (x, y, cell): strings with characters the font lacks (fallback fonts, marker)
        framed = []
        backgrounds = []
        code = []
        pad = look.bottom_pad - look.top_pad
        width_op = fp_str(total_w)
        for k, (row, height) in enumerate(zip(self.rows, self.heights), start=1):
            background, frame, cells = self.cells(row, k)
            if frame:
                framed.append(k)
            bottom = tops[k + 1]
            middle = bottom + (pad + height) / 2.0
            if background is not None:  # all backgrounds before any text, as the table drew them
                backgrounds.append(f"{_fill_op(background)} 0 {fp_str(bottom)} {width_op} {fp_str(height)} re f")
            parts = [f"q 1 0 0 1 0 {fp_str(middle)} cm"]
            fill = face = None
            flows = None
            for j, cell in enumerate(cells):
                if cell.__class__ is not tuple:
                    if flows is None:
                        flows = []
                    flows.append((j, cell))
                    continue
                text, font, size, leading, color = cell
                if not text:
                    continue
                key = (j, font, text, size, leading)
                got = cells_done.get(key)
                if got is None:
                    got = self._cell_code(key, doc)
                if got is None:  # y as the table placed it: from the row's bottom
                    apart.append((xs[j] + widths[j] * 0.5, middle + leading / 2.0 - size, cell))
                    continue
                if color is not fill:
                    op = fills.get(id(color))
                    if op is None:
                        op = fills[id(color)] = _fill_op(color)
                    parts.append(op)
                    fill = color
                place, shown = got
                parts.append(place)
                for name, escaped in shown:
                    if face is not name:  # the font, its size and leading: kept from cell to cell in the row
                        parts.append(name)
                        face = name
                    parts.append(escaped)
                parts.append("T* ET")
            parts.append("Q")
            code.append(" ".join(parts))
            if flows:
                apart.append((bottom, height, flows))
        c.saveState()
        if code:
            c.addLiteral("\n".join(backgrounds + code))
        c.restoreState()
        c.saveState()
        for item in apart:
            if item[2].__class__ is tuple:
                x, y, (text, font, size, leading, color) = item
                c.setFont(font, size, leading)
                c.setFillColor(color)
                c.drawCentredString(x, y, text)
            else:
                bottom, height, flows = item
                self._draw_flowables(c, flows, xs, bottom, height)
        c.restoreState()
        self._draw_rules(c, tops, total_w, framed)

    def _draw_flowables(self, c, cells, xs, bottom: float, height: float) -> None:
        look = self.look
        for j, f in cells:
            width = xs[j + 1] - xs[j]
            aw = width - 2 * look.side_pad
            ah = height - look.top_pad - look.bottom_pad
            w, h = f.wrapOn(c, aw, ah)
            y = bottom + (height + look.bottom_pad - look.top_pad + h) / 2.0 - h
            x = xs[j] + (width - w) / 2.0
            f.drawOn(c, x, y)

    def _draw_rules(self, c, tops: list[float], total_w: float, framed: list[int]) -> None:
        look = self.look
        c.saveState()
        c.setLineCap(1)
        c.setLineJoin(1)
        weight, color = look.rule
        c.setStrokeColor(color)
        c.setLineWidth(weight)
        for y in tops[1:]:  # stroked one by one, as the table did (anti-aliased corners alike)
            c.line(0, y, total_w, y)
        self._box(c, 0, tops[-1], total_w, tops[0], *look.box)
        for k in framed:
            self._box(c, 0, tops[k + 1], total_w, tops[k], *look.frame)
        c.restoreState()

    @staticmethod
    def _box(c, x0: float, y0: float, x1: float, y1: float, weight: float, color) -> None:
        """Four lines, as the table's BOX: top, bottom, left, right."""
        c.setStrokeColor(color)
        c.setLineWidth(weight)
        for line in ((x0, y1, x1, y1), (x0, y0, x1, y0), (x0, y1, x0, y0), (x1, y1, x1, y0)):
            c.line(*line)

    def _cell_code(self, key: tuple, doc) -> tuple | None:
        """A cell's text centred in column ``j``, relative to its row's middle: (the start of its
        text object, [(font operators, text operator)]), made once per document; a text object
        a cell ended as a line (``T* ET``), as ``drawCentredString`` wrote it, so that text
        extraction gives each cell its own line. None when the font lacks a character (the glyph
        canvas draws it) or is not an embedded TrueType font."""
        j, font_name, text, size, leading = key
        encodings = self.look.encodings
        encoded = encodings.get((font_name, text))
        if encoded is None:
            font = pdfmetrics.getFont(font_name)
            if doc is None or not getattr(font, "_dynamicFont", False) or glyphs.split(text, font_name) is not None:
                encoded = (None, 0.0)
            else:
                encoded = ([(font.getSubsetInternalName(subset, doc), f"({escapePDF(piece)}) Tj")
                            for subset, piece in font.splitString(text, doc)],
                           pdfmetrics.stringWidth(text, font_name, 1000))
            encodings[(font_name, text)] = encoded
        pieces, width = encoded
        if pieces is None:
            got = None
        else:
            faces = self.look.encodings.setdefault("faces", {})
            shown = []
            for name, escaped in pieces:
                face = faces.get((name, size, leading))
                if face is None:  # one string per font, size and leading: compared by identity
                    face = faces[(name, size, leading)] = f"{name} {fp_str(size)} Tf {fp_str(leading)} TL"
                shown.append((face, escaped))
            x = sum(self.look.widths[:j]) + self.look.widths[j] * 0.5
            got = (f"BT {fp_str(x - width * size / 1000 * 0.5, leading / 2.0 - size)} Td", shown)  # from BT's origin
        encodings[key] = got
        return got


def _fill_op(color) -> str:
    if hasattr(color, "cyan"):
        return f"{fp_str(color.cyan, color.magenta, color.yellow, color.black)} k"
    return f"{fp_str(color.red, color.green, color.blue)} rg"


# --- charts ---------------------------------------------------------------------------

class LeanDrawing(Flowable):
    """A ``Drawing`` (a chart) drawn by a lean walk of its shapes: what ``renderPDF`` draws —
    each node in its own graphics state, its own colours, widths, dashes, font and transform —
    without its state tracker. Shapes of other kinds (images, wedges, clip paths, derived values)
    are left to ``renderPDF``. Text goes through the canvas (the glyph canvas's fallback fonts)."""

    def __init__(self, drawing):
        super().__init__()
        self.drawing = drawing
        self.hAlign = getattr(drawing, "hAlign", "LEFT")
        self.vAlign = getattr(drawing, "vAlign", "BOTTOM")

    def wrap(self, aw, ah):
        self.width, self.height = self.drawing.wrap(aw, ah)
        return self.width, self.height

    def getSpaceBefore(self):
        return self.drawing.getSpaceBefore()

    def getSpaceAfter(self):
        return self.drawing.getSpaceAfter()

    def draw(self):
        from reportlab.graphics import renderPDF

        d = self.drawing
        tree = _tree(d) if getattr(d, "renderScale", 1.0) == 1.0 else None
        if tree is None:
            renderPDF.draw(d, self.canv, 0, 0)
            return
        _Walker(self.canv).draw(d, tree)


def _tree(node):
    """(node, children) with every widget expanded into its shapes (once); None when a node is
    of a kind the lean walk leaves to ``renderPDF``."""
    from reportlab.graphics.shapes import DerivedValue, Group, Line, Path, PolyLine, Polygon, Rect, String, UserNode

    while isinstance(node, UserNode):
        node = node.provideNode()
    if any(isinstance(v, DerivedValue) for v in node.__dict__.values()):
        return None
    if isinstance(node, Group):
        children = []
        for child in node.getContents():
            got = _tree(child)
            if got is None:
                return None
            children.append(got)
        return node, children
    if isinstance(node, Path):
        return (node, None) if type(node) is Path and not node.isClipPath else None
    if isinstance(node, (Line, String, Rect, PolyLine, Polygon)):
        return node, None
    return None


class _Walker:
    """``renderPDF``'s drawing of a shape tree, node by node (see ``LeanDrawing``)."""

    def __init__(self, canv):
        from reportlab.graphics.shapes import STATE_DEFAULTS

        self.c = canv
        self.keys = STATE_DEFAULTS
        self.stroke = 0
        self.fill = 0

    def draw(self, drawing, tree) -> None:
        self.begin(drawing)
        self.node(tree)
        self.c.restoreState()

    def begin(self, drawing) -> None:
        """The drawing's own state (its font, colours, transform) in a new graphics state; the
        caller restores it when the drawing is done."""
        from reportlab.graphics.renderbase import StateTracker

        self.c.saveState()
        initial = dict(StateTracker(defaultObj=drawing)._combined[-1])
        initial["transform"] = tuple(list(initial["transform"])[:4]) + (0, 0)
        self.anchor = initial.get("textAnchor", "start")
        self.apply(initial)

    def apply(self, delta: dict) -> None:
        c = self.c
        for key, value in delta.items():
            if key == "transform":
                c.transform(*value)
            elif key == "strokeColor":
                if value is None:
                    self.stroke = 0
                else:
                    self.stroke = 1
                    c.setStrokeColor(value)
            elif key == "strokeWidth":
                c.setLineWidth(value)
            elif key == "strokeLineCap":
                c.setLineCap(value)
            elif key == "strokeLineJoin":
                c.setLineJoin(value)
            elif key == "strokeDashArray":
                st.set_dash(c, value)
            elif key == "fillColor":
                if value is None:
                    self.fill = 0
                else:
                    self.fill = 1
                    c.setFillColor(value)
            elif key in ("fontSize", "fontName"):
                c.setFont(delta.get("fontName", c._fontname), delta.get("fontSize", c._fontsize))
            elif key == "fillOpacity":
                if value is not None:
                    c.setFillAlpha(value)
            elif key == "strokeOpacity":
                if value is not None:
                    c.setStrokeAlpha(value)
            elif key == "fillOverprint":
                c.setFillOverprint(value)
            elif key == "strokeOverprint":
                c.setStrokeOverprint(value)
            elif key == "overprintMask":
                c.setOverprintMask(value)
            elif key == "fillMode":
                c._fillMode = value

    def node(self, tree) -> None:
        from reportlab.graphics.shapes import Group, Line, Path, PolyLine, Polygon, Rect, String

        node, children = tree
        c = self.c
        c.saveState()
        keys = self.keys
        delta = {k: v for k, v in node.__dict__.items() if k in keys}
        saved_anchor = self.anchor
        if "textAnchor" in delta:
            self.anchor = delta["textAnchor"]
        self.apply(delta)
        if isinstance(node, Line):
            if self.stroke:
                c.line(node.x1, node.y1, node.x2, node.y2)
        elif isinstance(node, Path):
            from reportlab.graphics import renderPDF

            r = renderPDF._PDFRenderer()
            r._canvas, r._fill, r._stroke = c, self.fill, self.stroke
            r.drawPath(node)
        elif isinstance(node, String):
            mode = getattr(node, "textRenderMode", 0)
            if (self.fill and mode in (0, 2, 4, 6)) or (self.stroke and mode in (1, 2, 5, 6)):
                x, text = node.x, node.text
                if self.anchor not in ("start", "inherited"):
                    width = pdfmetrics.stringWidth(text, c._fontname, c._fontsize, node.encoding)
                    if self.anchor == "end":
                        x -= width
                    elif self.anchor == "middle":
                        x -= width * 0.5
                    else:
                        from reportlab.graphics.shapes import numericXShift

                        x -= numericXShift(self.anchor, text, width, c._fontname, c._fontsize, node.encoding)
                c.drawString(x, node.y, text, mode=mode or None)
        elif isinstance(node, Group):
            for child in children:
                self.node(child)
        elif isinstance(node, Rect):
            if node.rx == node.ry == 0:
                c.rect(node.x, node.y, node.width, node.height, stroke=self.stroke, fill=self.fill)
            else:
                c.roundRect(node.x, node.y, node.width, node.height, node.rx, fill=self.fill, stroke=self.stroke)
        elif isinstance(node, Polygon):
            c.drawPath(st.points_path(c, node.points, close=True), stroke=self.stroke, fill=self.fill)
        elif isinstance(node, PolyLine):
            if self.stroke:
                c.drawPath(st.points_path(c, node.points))
        self.anchor = saved_anchor
        c.restoreState()


@dataclass
class BarFigure:
    """A bar chart of a few categories (how many people scored in each band) as plain numbers:
    the plot area, the bars, the axis ticks and every text, to be drawn straight on the canvas
    (``BarFigureFlowable``) as ReportLab's ``VerticalBarChart`` draws it with its default
    bar width (10) and group spacing (5), tick length (5) and label anchors."""

    width: float
    height: float
    title: tuple  # (text, font, size, colour), its baseline one size below the top
    plot: tuple  # (x, y, width, height) of the bars' area
    value_max: float  # the value axis runs from 0 to this
    ticks: list  # [(value, label)] on the value axis (and its grid lines)
    bars: list  # [(value, colour)] one per category, left to right
    categories: list  # the category names under the axis
    category_font: tuple  # (font, size)
    tick_font: tuple  # (font, size) of the value axis' labels
    bar_labels: list  # the text over each bar
    bar_label_font: tuple  # (font, size, nudge)
    grid: tuple  # (width, colour)
    # ("rect", x, y, w, h, colour) or ("text", x, y, text, font, size, colour), in drawing order
    legend: list = field(default_factory=list)


class BarFigureFlowable(Flowable):
    """A ``BarFigure`` on the page: title, grid, bars, bar labels, category axis, value axis,
    legend, in the order the chart drew them."""

    def __init__(self, figure: BarFigure):
        super().__init__()
        self.figure = figure
        self.width, self.height = figure.width, figure.height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        from reportlab.lib import colors

        f, c = self.figure, self.canv
        black = colors.black
        c.saveState()
        text, font, size, color = f.title
        c.setFont(font, size)
        c.setFillColor(color)
        c.drawString(0, f.height - size, text)
        x0, y0, w, h = f.plot
        scale = h / (f.value_max or 1)
        c.setLineCap(0)
        c.setLineJoin(0)
        c.setDash()
        c.setLineWidth(f.grid[0])
        c.setStrokeColor(f.grid[1])
        for value, _ in f.ticks:
            y = y0 + value * scale
            c.line(x0, y, x0 + w, y)
        n = len(f.bars)
        slot = w / max(n, 1)
        for i, (value, color) in enumerate(f.bars):
            c.setFillColor(color)
            c.rect(x0 + slot * i + slot / 6.0, y0, slot * 2.0 / 3.0, value * scale, stroke=0, fill=1)
        font, size, nudge = f.bar_label_font
        c.setFont(font, size)
        c.setFillColor(black)
        for i, ((value, _), label) in enumerate(zip(f.bars, f.bar_labels)):
            c.drawCentredString(x0 + slot * (i + 0.5), y0 + value * scale + nudge - 0.4 * size, label)
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.line(x0, y0, x0 + w, y0)
        for i in range(n + 1):
            c.line(x0 + slot * i, y0, x0 + slot * i, y0 - 5)
        font, size = f.category_font
        c.setFont(font, size)
        for i, name in enumerate(f.categories):
            c.drawCentredString(x0 + slot * (i + 0.5), y0 - 5 - size, name)
        c.line(x0, y0, x0, y0 + h)
        for value, _ in f.ticks:
            y = y0 + value * scale
            c.line(x0, y, x0 - 5, y)
        font, size = f.tick_font
        c.setFont(font, size)
        for value, label in f.ticks:
            c.drawRightString(x0 - 5, y0 + value * scale - 0.4 * size, label)
        for item in f.legend:
            if item[0] == "rect":
                _, x, y, rw, rh, color = item
                c.setFillColor(color)
                c.rect(x, y, rw, rh, stroke=0, fill=1)
            else:
                _, x, y, label, font, size, color = item
                c.setFont(font, size)
                c.setFillColor(color)
                c.drawString(x, y, label)
        c.restoreState()


@dataclass
class NamedBars:
    """A bar per person (a small office's scores in rank order) as plain numbers, placed as
    ReportLab's ``VerticalBarChart`` places them with no bar spacing, a group spacing of
    ``group_spacing`` (the bar width scaled to fill each slot), a value axis from ``axis``'s low
    to its high in its steps, grid lines at its ticks, the names under the bars (upright or
    turned by 90°) and the score over each bar; and ``drawing``, the shapes around the chart,
    drawn by the lean walk: its first ``at`` shapes before the chart, the others after it."""

    drawing: object  # a Drawing of plain shapes
    at: int
    plot: tuple  # (x, y, width, height) of the bars' area
    values: list  # one per bar, left to right
    colours: list  # one per bar
    names: list  # one per bar ("" for none)
    show_names: bool
    rotate: bool  # the names turned by 90°, their ends under the axis
    name_font: tuple  # (font, size)
    axis: tuple  # (low, high, step) of the value axis
    tick_font: tuple  # (font, size) of the value axis' labels
    grid: tuple  # (width, colour)
    group_spacing: float
    bar_label_font: tuple | None  # (font, size, nudge); None: no score over the bars

    def ticks(self) -> list:
        """The value axis' ticks, as ``ValueAxis`` steps them (no range rounding)."""
        low, high, step = self.axis
        fuzz = 1e-8 * step
        i0 = int(float(low) / step)
        if i0 * step < low - fuzz:
            i0 += 1
        i1 = int(float(high) / step)
        if i1 * step > high + fuzz:
            i1 -= 1
        return [i * step for i in range(i0, i1 + 1)]

    def drawable(self) -> bool:
        """Whether the numbers place everything as the chart does: every bar at or above the
        axis' start, which is not below 0, whole-number ticks (labelled "%.0f" by the chart)
        and one-line names; and only plain shapes around the chart."""
        low, high, step = self.axis
        return (bool(self.values) and low >= 0 and high > low and step > 0 and all(v >= low for v in self.values)
                and all(float(t).is_integer() for t in self.ticks())
                and not any("\n" in name for name in self.names)
                and _tree(self.drawing) is not None and getattr(self.drawing, "renderScale", 1.0) == 1.0)


class NamedBarsFlowable(Flowable):
    """``NamedBars`` on the page: the shapes before the chart; the grid, the bars, the scores
    over them, the category axis (line, ticks, names), the value axis (line, ticks, labels), in
    the order the chart draws them; then the shapes after it."""

    def __init__(self, bars: NamedBars):
        super().__init__()
        self.bars = bars
        self.width, self.height = bars.drawing.width, bars.drawing.height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        d = self.bars.drawing
        node, shapes = _tree(d)
        walker = _Walker(self.canv)
        walker.begin(d)
        for shape in shapes[:self.bars.at]:
            walker.node(shape)
        self.canv.saveState()
        self._chart()
        self.canv.restoreState()
        for shape in shapes[self.bars.at:]:
            walker.node(shape)
        self.canv.restoreState()

    def _chart(self) -> None:
        import math

        from reportlab.lib import colors

        b, c = self.bars, self.canv
        black = colors.black
        x0, y0, w, h = b.plot
        low, high, _ = b.axis
        factor = h / (high - low)

        def scale(value):
            return y0 + factor * (value - low)

        ticks = b.ticks()
        c.setLineCap(0)
        c.setLineJoin(0)
        c.setDash()
        c.setLineWidth(b.grid[0])
        c.setStrokeColor(b.grid[1])
        for t in ticks:
            y = scale(t)
            c.line(x0, y, x0 + w, y)
        n = len(b.values)
        slot = w / float(n)
        spread = slot / (b.group_spacing + 10)  # the chart's default bar width, 10, scaled to the slot
        bar_w, offset = 10 * spread, 0.5 * b.group_spacing * spread
        base = scale(low)
        tops = []
        for i, (value, colour) in enumerate(zip(b.values, b.colours)):
            height = scale(value) - base
            if -1e-8 < height <= 1e-8:
                height = 1e-8
            tops.append(height)
            c.setFillColor(colour)
            c.rect(x0 + i * slot + offset, base, bar_w, height, stroke=0, fill=1)
        c.setFillColor(black)
        if b.bar_label_font is not None:
            font, size, nudge = b.bar_label_font
            c.setFont(font, size)
            for i, (value, height) in enumerate(zip(b.values, tops)):
                c.drawCentredString(x0 + i * slot + offset + bar_w / 2.0, base + height + nudge - 0.4 * size,
                                    "%d" % value)
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.line(x0, y0, x0 + w, y0)
        for i in range(n + 1):
            x = x0 + i * slot
            c.line(x, y0, x, y0 - 5)
        if b.show_names:
            font, size = b.name_font
            c.setFont(font, size)
            if b.rotate:
                cos, sin = math.cos(math.radians(90)), math.sin(math.radians(90))
                for i, name in enumerate(b.names):
                    if name:
                        c.saveState()
                        c.transform(cos, sin, -sin, cos, x0 + i * slot + 0.5 * slot, y0 - 2)
                        c.drawString(-pdfmetrics.stringWidth(name, font, size), -0.4 * size, name)
                        c.restoreState()
            else:
                for i, name in enumerate(b.names):
                    if name:
                        c.drawCentredString(x0 + i * slot + 0.5 * slot, y0 - 5 - size, name)
        c.line(x0, y0, x0, y0 + h)
        for t in ticks:
            y = scale(t)
            c.line(x0, y, x0 - 5, y)
        font, size = b.tick_font
        c.setFont(font, size)
        for t in ticks:
            c.drawRightString(x0 - 5, scale(t) - 0.4 * size, "%.0f" % t)
