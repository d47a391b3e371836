"""Tables and text of the printouts drawn straight on the canvas.

A platypus ``Table`` measures and draws every cell through its span, style and padding
machinery; the scorecards and the annual reports repeat the same small tables and long lists
hundreds of times. The flowables here lay their cells out by arithmetic (line breaks from the
paragraph cache, ``style.TextCell``) and draw fills, rules and text directly, with the look
of the platypus tables they replace:

- ``RowTable``: a report table (``scorecard.card_table``'s header band, zebra rows, a rule
  under each row, a box), with what the annual report's dimension table needs — a row filled
  in its own colour, an indented first column, a heavier rule above a row — split over a page
  end as a platypus ``Table`` splits;
- ``Grid``: a small fixed table (identity block, summary boxes, figures, a labelled text, a
  boxed conclusion, signature lines) with a table's paddings, backgrounds, rules and spans;
- ``LeanText`` and ``LeanRuns``: a paragraph of plain text in one style (with coloured
  stretches, for ``LeanRuns``);
- ``TextPen``: the one writer of their text, with the encoded text kept per document.

Cells are ``style.text_cell`` results: plain text set exactly as ``style.para`` would set it
(same line breaks, same baselines), or — when a text needs a fallback font — the paragraph
itself, drawn as a flowable, so the glyph fallback covers every string.

Their ``draw`` methods set fonts, colours and line styles without saving the canvas state
first: ``Flowable.drawOn`` saves it before each flowable and restores it after.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

from . import style as st
from .glyphs import RUNS_MAX, encoded, subset_font as _subset_font, text_runs as _text_runs


class TextPen:
    """Draws ``TextCell`` lines on a canvas as ``Paragraph`` would place them, setting the font
    and colours only when they change (the caller saves and restores the canvas state).

    Each cell is one PDF text object with the very operators ``canvas.beginText`` and
    ``textLine`` write, but a text's subset codes are looked up once per document (``runs``):
    the same labels, dates, weights, points and dashes recur in every card and report of a file,
    and a character's subset never changes within a document."""

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
        if len(lines) == 1:  # most cells: the whole text object but its origin kept per text
            extra, line = lines[0]
            key = (s.fontName, s.fontSize, s.leading, bold, line)
            tail = runs.get(key)
            if tail is None:
                if len(runs) > RUNS_MAX:
                    runs.clear()
                tail = runs[key] = " ".join(self._ops(s, lines, 0, 0, bold)[2:])
            c._code.append(f"BT 1 0 0 1 {fp_str(x + extra * align, base)} Tm {tail}")
            return
        c._code.append(" ".join(self._ops(s, lines, x, base, bold, align)))

    def _ops(self, s, lines: list, x: float, base: float, bold, align: float = 0.0) -> list:
        """The operators of one text object: "BT", the origin, [2 Tr,] the lines, [0 Tr,] "ET"."""
        font = s.fontName
        select = f"{fp_str(s.fontSize)} Tf {fp_str(s.leading)} TL"
        code = ["BT"]
        current = None
        for k, (extra, line) in enumerate(lines):
            code.append(f"1 0 0 1 {fp_str(x + extra * align, base - k * s.leading)} Tm")
            if bold and not k:
                code.append("2 Tr")
            for name, escaped in encoded(self.c, font, line):
                if name != current:
                    code.append(f"{name} {select}")
                    current = name
                code.append(f"({escaped}) Tj")
            code.append("T*")
        if bold:
            code.append("0 Tr")
        code.append("ET")
        return code


def _draw_cells(c, placed) -> None:
    """Laid-out cells ``(cell, lines or None, x, y of the cell's bottom, height)``: the plain
    text through one ``TextPen``, then the flowables (a paragraph with fallback-font text)."""
    pen = TextPen(c)
    flowables = []
    for cell, lines, x, y, h in placed:
        if lines is None:
            flowables.append((cell, x, y))
        elif lines:
            pen.draw(cell.style, lines, x, y + h)
    for cell, x, y in flowables:
        cell.drawOn(c, x, y)


def _edges(widths) -> list[float]:
    xs = [0.0]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs


class Row(list):
    """A ``RowTable`` row that differs from a plain zebra row (a plain list of cells is a
    plain row)."""

    __slots__ = ("fill", "indent", "rule_above")

    def __init__(self, cells: list, fill=None, indent: float | None = None, rule_above: tuple | None = None):
        super().__init__(cells)
        self.fill = fill  # a colour over the zebra stripe (a dimension row, the total's white)
        self.indent = indent  # the first column's left padding, when not the table's own
        self.rule_above = rule_above  # (width, colour) of a rule above the row

    @property
    def cells(self) -> list:
        return self


class RowTable(Flowable):
    """The look of a report table (header band, zebra rows, a rule under each row, a box)
    laid out by arithmetic and drawn straight on the canvas: many times faster than a platypus
    ``Table`` of paragraphs for the long lists of a card or a report.

    ``rows[0]`` is the header, repeated on every page the table is split over; a row is a list
    of cells or a ``Row`` (its own fill, an indented first column, a heavier rule above it). A
    cell is a ``TextCell``, any flowable (a ``para`` with fallback-font text) or None — not
    drawn, where a platypus table merged cells. Columns are left, centred or right as their
    cell's style says."""

    def __init__(self, rows: list, widths: list[float], *, top: float, bottom: float, side: float = 3,
                 header_bg=st.ACCENT, zebra=(colors.white, st.ZEBRA), rule=(0.4, st.RULE), box=(0.6, st.ACCENT),
                 content: list | None = None):
        """``content``: the ``content()`` of a table of the same rows, widths and side (set with
        other paddings), whose cells need not be laid out again."""
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.top, self.bottom, self.side = top, bottom, side
        self.header_bg, self.zebra, self.rule, self.box = header_bg, zebra, rule, box
        self.open_below = False  # the part before a page end: its box has no bottom edge (as a split Table)
        self.rule_below = None  # (width, colour) of a rule closing such a part
        self._content = content
        self._layout = None

    # --- layout ------------------------------------------------------------------
    def _cell(self, cell, left: float, room: float) -> tuple:
        """(left padding, cell, lines or None for a flowable, height) of a cell ``room`` points wide."""
        if cell is None:
            return left, None, None, 0.0
        if isinstance(cell, st.TextCell):
            lines = cell.lines(room)
            return left, cell, lines, len(lines) * cell.style.leading
        _, h = cell.wrap(room, 1e6)
        return left, cell, None, h

    def content(self) -> list:
        """Each row's cells laid out, and the height of the tallest: ``[(height, cells)]``."""
        if self._content is None:
            out = []
            side = self.side
            for row in self.rows:
                indent = getattr(row, "indent", None)
                cells = []
                for j, (cell, w) in enumerate(zip(row, self.widths)):
                    left = indent if j == 0 and indent is not None else side
                    cells.append(self._cell(cell, left, w - left - side))
                out.append((max((c[3] for c in cells), default=0.0), cells))
            self._content = out
        return self._content

    def _compute(self) -> list:
        if self._layout is None:
            pads = self.top + self.bottom
            self._layout = [(h + pads, cells) for h, cells in self.content()]
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
        first.rule_below = getattr(self.rows[1 + n], "rule_above", None)  # the next row's heavier rule closes this part
        return [first, self._part(self.rows[:1] + self.rows[1 + n:], layout[:1] + layout[1 + n:])]

    def _part(self, rows, layout) -> "RowTable":
        t = RowTable(rows, self.widths, top=self.top, bottom=self.bottom, side=self.side,
                     header_bg=self.header_bg, zebra=self.zebra, rule=self.rule, box=self.box)
        t._layout = layout
        t.open_below, t.rule_below = self.open_below, self.rule_below
        return t

    # --- drawing ------------------------------------------------------------------
    def draw(self):
        c = self.canv
        layout = self._compute()
        rows = self.rows
        xs = _edges(self.widths)
        total_w = xs[-1]
        ys = [self.height]
        for h, _ in layout:
            ys.append(ys[-1] - h)
        # fills: the header band, the zebra stripes, then a row's own colour over its stripe
        if self.header_bg is not None:
            c.setFillColor(self.header_bg)
            c.rect(0, ys[1], total_w, layout[0][0], stroke=0, fill=1)
        fill = None
        zebra = self.zebra
        for i in range(1, len(layout)):
            colour = getattr(rows[i], "fill", None) or zebra[(i - 1) % len(zebra)]
            if colour is not fill:
                c.setFillColor(colour)
                fill = colour
            c.rect(0, ys[i + 1], total_w, layout[i][0], stroke=0, fill=1)
        # text: one text object per cell, each line ended as a paragraph ends it (text extraction
        # keeps one cell per line); font and colours set only when they change. A TextCell's
        # text is known to be in its font, so no fallback pieces need drawing.
        shift = self.bottom - self.top
        _draw_cells(c, ((cell, lines, xs[j] + left, ys[i + 1] + (rh + shift - h) / 2.0, h)
                        for i, (rh, cells) in enumerate(layout)
                        for j, (left, cell, lines, h) in enumerate(cells) if cell is not None))
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
            above = getattr(rows[i], "rule_above", None)
            if above is not None:
                c.setStrokeColor(above[1])
                c.setLineWidth(above[0])
                c.line(0, ys[i], total_w, ys[i])
        if self.rule_below is not None:
            c.setStrokeColor(self.rule_below[1])
            c.setLineWidth(self.rule_below[0])
            c.line(0, ys[-1], total_w, ys[-1])


class Grid(Flowable):
    """A small report table (identity block, summary boxes, figures, a labelled text, a boxed
    conclusion, signature lines) laid out and drawn as a platypus ``Table`` of paragraphs with
    the same commands would be — the same row heights, text positions, backgrounds and rules —
    with its plain-text cells (``TextCell``) set from cached line breaks and written straight
    on the canvas.

    ``rows``: lists of cells (a ``TextCell``, any flowable, or None for an empty cell);
    ``pads``: (top, bottom) padding of each row (default 3, 3); ``side``: left and right padding;
    ``heights``: fixed row heights (None: as the cells need); ``least``: per row, the least
    height of its content (a row a platypus table measured in its default type); ``valign``:
    "MIDDLE", "TOP" or "BOTTOM"; ``backgrounds``: ``((c0, r0), (c1, r1), colour)``; ``lines``:
    ``(op, (c0, r0), (c1, r1), width, colour)`` with op LINEABOVE, LINEBELOW, LINEBEFORE or
    LINEAFTER, drawn in order with round caps and joins as a table draws them (an upright
    line not through a span); ``spans``: ``((c0, r), (c1, r))``, cells joined within a row.
    Negative indices count from the end. The table never splits (its rows belong together)."""

    def __init__(self, rows: list[list], widths: list[float], *, pads: list | None = None, side: float = 6,
                 heights: list | None = None, least: list | None = None, valign: str = "MIDDLE", backgrounds=(),
                 lines=(), spans=()):
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.pads = pads or [(3, 3)] * len(rows)
        self.side = side
        self.heights = heights
        self.least = least
        self.valign = valign
        self.backgrounds, self.lines = list(backgrounds), list(lines)
        ncols = len(self.widths)
        self.covered = {}  # (col, row) -> the last column of the span it starts, or None when hidden
        for (c0, r), (c1, _) in spans:
            c0, c1 = c0 % ncols, c1 % ncols
            self.covered[(c0, r % len(rows))] = c1
            for col in range(c0 + 1, c1 + 1):
                self.covered[(col, r % len(rows))] = None
        self._layout = None

    def _compute(self):
        if self._layout is None:
            xs = _edges(self.widths)
            heights, cells = [], []
            for i, row in enumerate(self.rows):
                top, bottom = self.pads[i]
                tallest, placed = 0.0, []
                for j, cell in enumerate(row):
                    last = self.covered.get((j, i), j)
                    if last is None:
                        continue  # inside a span
                    room = xs[last + 1] - xs[j] - 2 * self.side
                    if isinstance(cell, st.TextCell):
                        lines = cell.lines(room)
                        h = len(lines) * cell.style.leading
                    elif cell is None:
                        continue
                    else:
                        lines, h = None, cell.wrap(room, 1e6)[1]
                    placed.append((xs[j] + self.side, cell, lines, h))
                    tallest = max(tallest, h)
                if self.least:
                    tallest = max(tallest, self.least[i])
                fixed = self.heights[i] if self.heights else None
                heights.append(fixed if fixed is not None else tallest + top + bottom)
                cells.append(placed)
            ys = [sum(heights)]
            for h in heights:
                ys.append(ys[-1] - h)
            self._layout = (xs, ys, heights, cells)
        return self._layout

    def wrap(self, aw, ah):
        xs, ys, _, _ = self._compute()
        self.width, self.height = xs[-1], ys[0]
        return self.width, self.height

    def split(self, aw, ah):
        return []

    def draw(self):
        c = self.canv
        xs, ys, heights, cells = self._compute()
        ncols, nrows = len(self.widths), len(self.rows)
        for (c0, r0), (c1, r1), color in self.backgrounds:
            c0, c1, r0, r1 = c0 % ncols, c1 % ncols, r0 % nrows, r1 % nrows
            c.setFillColor(color)
            c.rect(xs[c0], ys[r1 + 1], xs[c1 + 1] - xs[c0], ys[r0] - ys[r1 + 1], stroke=0, fill=1)
        placed = []
        for i, row in enumerate(cells):
            top, bottom = self.pads[i]
            rh, low = heights[i], ys[i + 1]
            for x, cell, lines, h in row:
                if self.valign == "BOTTOM":
                    y = low + bottom
                elif self.valign == "TOP":
                    y = low + rh - top - h
                else:
                    y = low + (rh + bottom - top - h) / 2.0
                placed.append((cell, lines, x, y, h))
        _draw_cells(c, placed)
        if self.lines:
            c.setLineCap(1)
            c.setLineJoin(1)
            weight = rule = None
            for op, (c0, r0), (c1, r1), w, col in self.lines:
                c0, c1, r0, r1 = c0 % ncols, c1 % ncols, r0 % nrows, r1 % nrows
                if col != rule:
                    c.setStrokeColor(col)
                    rule = col
                if w != weight:
                    c.setLineWidth(w)
                    weight = w
                if op in ("LINEAFTER", "LINEBEFORE"):
                    for col_no in range(c0, c1 + 1):
                        at = col_no + 1 if op == "LINEAFTER" else col_no
                        # not through a span: from the bottom up, a line per run of rows it divides
                        run = None
                        for r in range(r1, r0 - 2, -1):
                            open_ = r >= r0 and self.covered.get((at, r), at) is not None
                            if open_ and run is None:
                                run = r
                            elif not open_ and run is not None:
                                c.line(xs[at], ys[run + 1], xs[at], ys[r + 1])
                                run = None
                else:
                    for r in range(r0, r1 + 1):
                        y = ys[r + 1] if op == "LINEBELOW" else ys[r]
                        c.line(xs[c0], y, xs[c1 + 1], y)


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
            TextPen(c).draw(self.style, lines, 0, self.height)


def lean_para(value, style):
    """``style.para(value, style)`` as a ``LeanText`` when the font has every character (else
    the paragraph, with its fallback fonts)."""
    cell = st.text_cell(value, style)
    return LeanText(cell) if isinstance(cell, st.TextCell) else cell


class LeanRuns(LeanText):
    """A paragraph of plain text in one style with stretches in their own colour (the grade in
    the conclusion), broken into lines as ``LeanText`` and placed as ``Paragraph`` places a
    paragraph of several fragments."""

    def __init__(self, runs: list[tuple[str, object]], style):
        super().__init__(st.TextCell(("".join(text for text, _ in runs),), style))
        self.runs = runs

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
