"""The annual report's tables drawn straight on the canvas.

A platypus ``Table`` of an annual report measures and draws every cell through its span, style
and padding machinery: the dimension table alone is some 150 cells a person. ``LeanTable`` lays
its rows out by arithmetic (line breaks from the paragraph cache, one height per row) and draws
fills, rules and text directly, with the look the report's ``card_table`` gives: header band,
zebra rows, a rule under each row, a box; plus what the dimension table needs — a row filled in
its own colour (a dimension), an indented first column (its indicators), a heavier rule above a
row (the total). A cell left empty where the platypus table merged cells is simply not drawn.

Cells are ``style.text_cell`` results: plain text set exactly as ``style.para`` would set it
(same line breaks, same baselines), or — when a text needs a fallback font — the paragraph
itself, drawn as a flowable, so the glyph fallback covers every string.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.lib.rl_accel import fp_str

from . import style as st


class TextPen:
    """Draws ``TextCell`` lines on a canvas as ``Paragraph`` would place them, setting the font
    and colours only when they change (the caller saves and restores the canvas state).

    Each cell is one PDF text object with the very operators ``canvas.beginText`` and
    ``textLine`` write, but a text's subset codes are looked up once per document (``runs``):
    the same labels, weights and dashes recur in every report of a file."""

    __slots__ = ("c", "font", "color", "stroke", "runs")

    def __init__(self, canvas):
        self.c = canvas
        self.font = self.color = self.stroke = None
        self.runs = _text_runs(canvas)

    def draw(self, s, lines: list, x: float, top: float) -> None:
        """``lines`` ((extra width, text) pairs) in style ``s``, the first line's top at ``top``."""
        c = self.c
        key = (s.fontName, s.fontSize, s.leading)
        if self.font != key:
            self.font = key
            c.setFont(*key)
        if self.color is not s.textColor:
            self.color = s.textColor
            c.setFillColor(s.textColor)
        bold = getattr(s, "fakeBold", 0)
        if bold and self.stroke != (s.textColor, bold):
            self.stroke = (s.textColor, bold)
            c.setStrokeColor(s.textColor)
            c.setLineWidth(bold)
        align = 0.5 if s.alignment == TA_CENTER else 1.0 if s.alignment == TA_RIGHT else 0.0
        base = top - s.fontSize
        if not _subset_font(s.fontName):
            tx = c.beginText(x + lines[0][0] * align, base)
            if bold:
                tx.setTextRenderMode(2)
            for k, (extra, line) in enumerate(lines):
                if k:
                    tx.setTextOrigin(x + extra * align, base - k * s.leading)
                tx.textLine(line)
            if bold:
                tx.setTextRenderMode(0)
            c.drawText(tx)
            return
        runs = self.runs
        font = s.fontName
        if len(lines) == 1:  # most cells: the whole text object but its origin kept per text
            extra, line = lines[0]
            key = (font, s.fontSize, s.leading, bold, line)
            tail = runs.get(key)
            if tail is None:
                tail = runs[key] = " ".join(self._ops(s, lines, 0, 0, bold)[2:])
            c._code.append(f"BT 1 0 0 1 {fp_str(x + extra * align, base)} Tm {tail}")
            return
        c._code.append(" ".join(self._ops(s, lines, x, base, bold, align)))

    def _ops(self, s, lines: list, x: float, base: float, bold, align: float = 0.0) -> list:
        """The operators of one text object: "BT", the origin, [2 Tr,] the lines, [0 Tr,] "ET"."""
        runs = self.runs
        font = s.fontName
        select = f"{fp_str(s.fontSize)} Tf {fp_str(s.leading)} TL"
        code = ["BT"]
        current = None
        for k, (extra, line) in enumerate(lines):
            code.append(f"1 0 0 1 {fp_str(x + extra * align, base - k * s.leading)} Tm")
            if bold and not k:
                code.append("2 Tr")
            got = runs.get((font, line))
            if got is None:
                got = runs[(font, line)] = _encode(self.c, font, line)
            for name, escaped in got:
                if name != current:
                    code.append(f"{name} {select}")
                    current = name
                code.append(f"({escaped}) Tj")
            code.append("T*")
        if bold:
            code.append("0 Tr")
        code.append("ET")
        return code


def _text_runs(canvas) -> dict:
    """(font, text) -> its subset runs, for the document ``canvas`` writes (subset codes are
    the document's own: assigned on first use, never changed)."""
    doc = canvas._doc
    got = getattr(doc, "_csperf_text_runs", None)
    if got is None:
        got = doc._csperf_text_runs = {}
    return got


def _subset_font(font_name: str) -> bool:
    """Whether ``font_name`` is a TrueType font written in subsets (the reports' embedded fonts);
    a built-in or CID font is drawn through ReportLab's text object."""
    return bool(getattr(pdfmetrics.getFont(font_name), "_dynamicFont", False))


def _encode(canvas, font_name: str, text: str) -> tuple:
    """``text`` in the TrueType font ``font_name`` as ((subset font name, escaped bytes), ...),
    as ``PDFTextObject`` writes it."""
    font = pdfmetrics.getFont(font_name)
    doc = canvas._doc
    out = []
    for subset, piece in font.splitString(text, doc):
        out.append((font.getSubsetInternalName(subset, doc), canvas._escape(piece)))
    return tuple(out)


class Row:
    """One row of a ``LeanTable``: its cells and how it differs from a plain zebra row."""

    __slots__ = ("cells", "fill", "indent", "rule_above")

    def __init__(self, cells: list, fill=None, indent: float | None = None, rule_above: tuple | None = None):
        self.cells = cells
        self.fill = fill  # a colour over the zebra stripe (a dimension row, the total's white)
        self.indent = indent  # the first column's left padding, when not the table's own
        self.rule_above = rule_above  # (width, colour) of a rule above the row


class LeanTable(Flowable):
    """A report table laid out by arithmetic and drawn on the canvas; ``rows[0]`` is the header,
    repeated on every page the table is split over."""

    def __init__(self, rows: list[Row], widths: list[float], *, top: float, bottom: float, side: float = 3,
                 header_bg=st.ACCENT, zebra=(colors.white, st.ZEBRA), rule=(0.4, st.RULE), box=(0.6, st.ACCENT)):
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.top, self.bottom, self.side = top, bottom, side
        self.header_bg, self.zebra, self.rule, self.box = header_bg, zebra, rule, box
        self.open_below = False  # the part before a page end: its box has no bottom edge (as a split Table)
        self.rule_below = None  # (width, colour) of a rule closing such a part
        self._layout = None

    # --- layout ------------------------------------------------------------------
    def _cell(self, cell, room: float):
        """(cell, lines or None for a flowable, height) of a cell ``room`` points wide."""
        if cell is None:
            return None, None, 0.0
        if isinstance(cell, st.TextCell):
            lines = cell.lines(room)
            return cell, lines, len(lines) * cell.style.leading
        _, h = cell.wrap(room, 1e6)
        return cell, None, h

    def _compute(self) -> list:
        if self._layout is None:
            out = []
            for row in self.rows:
                cells = []
                for j, (cell, w) in enumerate(zip(row.cells, self.widths)):
                    left = row.indent if j == 0 and row.indent is not None else self.side
                    cells.append((left,) + self._cell(cell, w - left - self.side))
                out.append((max((c[3] for c in cells), default=0.0) + self.top + self.bottom, cells))
            self._layout = out
        return self._layout

    def wrap(self, aw, ah):
        self.width = sum(self.widths)
        self.height = sum(h for h, _ in self._compute())
        return self.width, self.height

    def split(self, aw, ah):
        layout = self._compute()
        used = layout[0][0]
        n = 0
        for h, _ in layout[1:]:
            if used + h > ah + 1e-6:
                break
            used += h
            n += 1
        if n == 0:
            return []
        if n == len(layout) - 1:
            return [self]
        first = self._part(self.rows[:1 + n], layout[:1 + n])
        first.open_below = True
        first.rule_below = self.rows[1 + n].rule_above  # the next row's heavier rule closes this part
        return [first, self._part(self.rows[:1] + self.rows[1 + n:], layout[:1] + layout[1 + n:])]

    def _part(self, rows, layout) -> "LeanTable":
        t = LeanTable(rows, self.widths, top=self.top, bottom=self.bottom, side=self.side,
                      header_bg=self.header_bg, zebra=self.zebra, rule=self.rule, box=self.box)
        t._layout = layout
        t.open_below, t.rule_below = self.open_below, self.rule_below
        return t

    # --- drawing ------------------------------------------------------------------
    def draw(self):
        c = self.canv
        layout = self._compute()
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        total_w = xs[-1]
        ys = [self.height]
        for h, _ in layout:
            ys.append(ys[-1] - h)
        c.saveState()
        # fills: the header band, the zebra stripes, then a row's own colour over its stripe
        if self.header_bg is not None:
            c.setFillColor(self.header_bg)
            c.rect(0, ys[1], total_w, layout[0][0], stroke=0, fill=1)
        fill = None
        for i in range(1, len(layout)):
            colour = self.rows[i].fill or self.zebra[(i - 1) % len(self.zebra)]
            if colour is not fill:
                c.setFillColor(colour)
                fill = colour
            c.rect(0, ys[i + 1], total_w, layout[i][0], stroke=0, fill=1)
        # text: one text object per cell, each line ended as a paragraph ends it (text extraction
        # keeps one cell per line); font and colours set only when they change
        pen = TextPen(c)
        flowables = []
        for i, (rh, cells) in enumerate(layout):
            bottom = ys[i + 1]
            for j, (left, cell, lines, h) in enumerate(cells):
                if cell is None:
                    continue
                y = bottom + (rh + self.bottom - self.top - h) / 2.0
                x = xs[j] + left
                if lines is None:
                    flowables.append((cell, x, y))
                elif lines:
                    pen.draw(cell.style, lines, x, y + h)
        for cell, x, y in flowables:
            cell.drawOn(c, x, y)
        # rules: under every row, the box, then any heavier rule above a row
        c.setLineCap(1)
        c.setLineJoin(1)
        if self.rule is not None:
            c.setStrokeColor(self.rule[1])
            c.setLineWidth(self.rule[0])
            for y in ys[1:]:
                c.line(0, y, total_w, y)
        if self.box is not None:
            c.setStrokeColor(self.box[1])
            c.setLineWidth(self.box[0])
            c.line(0, ys[0], total_w, ys[0])
            if not self.open_below:
                c.line(0, ys[-1], total_w, ys[-1])
            c.line(0, ys[0], 0, ys[-1])
            c.line(total_w, ys[0], total_w, ys[-1])
        for i in range(1, len(layout)):
            above = self.rows[i].rule_above
            if above is not None:
                c.setStrokeColor(above[1])
                c.setLineWidth(above[0])
                c.line(0, ys[i], total_w, ys[i])
        if self.rule_below is not None:
            c.setStrokeColor(self.rule_below[1])
            c.setLineWidth(self.rule_below[0])
            c.line(0, ys[-1], total_w, ys[-1])
        c.restoreState()


class Span:
    """A grid cell spreading over ``n`` columns (the ones after it are left ``None``)."""

    __slots__ = ("content", "n")

    def __init__(self, content, n: int):
        self.content = content
        self.n = n


class LeanGrid(Flowable):
    """A small fixed table (the identity block, the summary boxes, a labelled text, a boxed
    conclusion) laid out by arithmetic and drawn on the canvas, as a platypus ``Table`` with the
    same paddings, fills and rules draws it. Not split across pages (kept whole, as its rows
    belong together).

    ``rows``: lists of cells (a ``TextCell``, a flowable, a ``Span`` or None); ``pads``: (top,
    bottom) per row; ``fills``: (first row, last row, first column, last column, colour);
    ``hlines``: (row boundary — 0 the top, n under row n-1 —, first column, last column, width,
    colour); ``vlines``: (column boundary, first row, last row, width, colour), drawn in order."""

    def __init__(self, rows: list[list], widths: list[float], *, pads: list[tuple], side: float = 6,
                 valign: str = "MIDDLE", heights: list | None = None, least: list | None = None, fills=(),
                 hlines=(), vlines=()):
        super().__init__()
        self.least = least  # per row, the least height of its content (None: none)
        self.rows = rows
        self.widths = list(widths)
        self.pads = pads
        self.side = side
        self.valign = valign
        self.heights = heights
        self.fills, self.hlines, self.vlines = fills, hlines, vlines
        self._layout = None

    def _compute(self):
        if self._layout is None:
            xs = [0.0]
            for w in self.widths:
                xs.append(xs[-1] + w)
            layout = []
            for i, row in enumerate(self.rows):
                top, bottom = self.pads[i]
                cells, tallest = [], 0.0
                for j, cell in enumerate(row):
                    if cell is None:
                        continue
                    n = 1
                    if isinstance(cell, Span):
                        cell, n = cell.content, cell.n
                    room = xs[j + n] - xs[j] - 2 * self.side
                    if isinstance(cell, st.TextCell):
                        lines = cell.lines(room)
                        h = len(lines) * cell.style.leading
                    else:
                        lines = None
                        h = cell.wrap(room, 1e6)[1]
                    tallest = max(tallest, h)
                    cells.append((xs[j] + self.side, cell, lines, h))
                if self.least:
                    tallest = max(tallest, self.least[i])
                rh = self.heights[i] if self.heights else tallest + top + bottom
                layout.append((rh, top, bottom, cells))
            self._layout = (xs, layout)
        return self._layout

    def wrap(self, aw, ah):
        xs, layout = self._compute()
        self.width = xs[-1]
        self.height = sum(rh for rh, *_ in layout)
        return self.width, self.height

    def draw(self):
        c = self.canv
        xs, layout = self._compute()
        ys = [self.height]
        for rh, *_ in layout:
            ys.append(ys[-1] - rh)
        n_rows, n_cols = len(layout), len(self.widths)
        c.saveState()
        for r0, r1, c0, c1, colour in self.fills:
            r0, r1, c0, c1 = r0 % n_rows, r1 % n_rows, c0 % n_cols, c1 % n_cols
            c.setFillColor(colour)
            c.rect(xs[c0], ys[r1 + 1], xs[c1 + 1] - xs[c0], ys[r0] - ys[r1 + 1], stroke=0, fill=1)
        pen = TextPen(c)
        flowables = []
        for i, (rh, top, bottom, cells) in enumerate(layout):
            low = ys[i + 1]
            for x, cell, lines, h in cells:
                if self.valign == "TOP":
                    y = low + rh - top - h
                elif self.valign == "BOTTOM":
                    y = low + bottom
                else:
                    y = low + (rh + bottom - top - h) / 2.0
                if lines is None:
                    flowables.append((cell, x, y))
                elif lines:
                    pen.draw(cell.style, lines, x, y + h)
        for cell, x, y in flowables:
            cell.drawOn(c, x, y)
        c.setLineCap(1)
        c.setLineJoin(1)
        for at, c0, c1, width, colour in self.hlines:
            c.setStrokeColor(colour)
            c.setLineWidth(width)
            y = ys[at % (n_rows + 1)]
            c.line(xs[c0 % n_cols], y, xs[c1 % n_cols + 1], y)
        for at, r0, r1, width, colour in self.vlines:
            c.setStrokeColor(colour)
            c.setLineWidth(width)
            x = xs[at % (n_cols + 1)]
            c.line(x, ys[r0 % n_rows], x, ys[r1 % n_rows + 1])
        c.restoreState()


class LeanText(Flowable):
    """A paragraph of plain text in one style (a title, a heading, a note), set from the cached
    line breaks and drawn as ``Paragraph`` draws it. Split over a page end by the paragraph
    itself, so a long note breaks where it always did."""

    def __init__(self, cell: st.TextCell):
        super().__init__()
        self.cell = cell
        self.style = cell.style  # its space before and after, as a paragraph's
        self._lines = None

    def wrap(self, aw, ah):
        if self._lines is None or self._lines[0] != aw:
            self._lines = (aw, self.cell.lines(aw))
        self.width = aw
        self.height = len(self._lines[1]) * self.style.leading
        return self.width, self.height

    def split(self, aw, ah):
        if len(self.cell.pieces) != 1:
            return []
        p = st.para(self.cell.pieces[0], self.style)
        p.wrap(aw, ah)
        return p.split(aw, ah)

    def draw(self):
        lines = self._lines[1]
        if lines:
            c = self.canv
            c.saveState()
            TextPen(c).draw(self.style, lines, 0, self.height)
            c.restoreState()


def lean_para(value, style):
    """``style.para(value, style)`` as a ``LeanText`` when the font has every character (else
    the paragraph, with its fallback fonts)."""
    cell = st.text_cell(value, style)
    return LeanText(cell) if isinstance(cell, st.TextCell) else cell


class LeanRuns(Flowable):
    """A paragraph of plain text in one style with stretches in their own colour (the grade in
    the conclusion), broken into lines as ``LeanText`` and placed as ``Paragraph`` places a
    paragraph of several fragments."""

    def __init__(self, runs: list[tuple[str, object]], style):
        super().__init__()
        self.runs = runs
        self.style = style
        self.cell = st.TextCell(("".join(text for text, _ in runs),), style)
        self._lines = None

    def wrap(self, aw, ah):
        if self._lines is None or self._lines[0] != aw:
            self._lines = (aw, self.cell.lines(aw))
        self.width = aw
        self.height = len(self._lines[1]) * self.style.leading
        return self.width, self.height

    def split(self, aw, ah):
        return []  # a few lines boxed on their own: moved whole, as the box around them is

    def _coloured(self) -> list:
        """Each line as (text, colour) pieces: the runs cut where the lines break (a space
        dropped at a break belongs to no line)."""
        full = self.cell.pieces[0]
        bounds, at = [], 0
        for text, colour in self.runs:
            bounds.append((at, at + len(text), colour))
            at += len(text)
        out, pos = [], 0
        for _, line in self._lines[1]:
            start = full.index(line, pos)
            end = pos = start + len(line)
            out.append([(full[max(a, start):min(b, end)], colour) for a, b, colour in bounds
                        if min(b, end) > max(a, start)])
        return out

    def draw(self):
        lines = self._lines[1]
        if not lines:
            return
        s = self.style
        c = self.canv
        c.saveState()
        base = self.height - s.fontSize
        tx = c.beginText(0, base)
        tx.setFont(s.fontName, s.fontSize, s.leading)
        for k, pieces in enumerate(self._coloured()):
            if k:
                tx.setTextOrigin(0, base - k * s.leading)
            for text, colour in pieces:
                tx.setFillColor(colour or s.textColor)
                tx.textOut(text)
        c.drawText(tx)
        c.restoreState()
