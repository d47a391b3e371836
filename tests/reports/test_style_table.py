"""The report table measures its rows once per width, and still splits and restyles as ReportLab's."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle
from reportlab.platypus.tables import Table as RLTable

from csperf_desktop.reports import style as st


def _data(n: int) -> list[list]:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    return [[st.Paragraph(f"row {i} " + "word " * (i % 7), body), str(i)] for i in range(n)]


def _counting(monkeypatch) -> list:
    calls = []
    real = RLTable._calc_height

    def counted(self, *a, **kw):
        calls.append(self)
        return real(self, *a, **kw)

    monkeypatch.setattr(RLTable, "_calc_height", counted)
    return calls


def test_a_table_wrapped_again_at_its_width_is_not_measured_again(monkeypatch):
    calls = _counting(monkeypatch)
    t = st.Table(_data(12), colWidths=[120, 40])
    first = t.wrap(160, 1000)
    positions = list(t._rowpositions)
    assert t.wrap(160, 900) == first and t.wrap(160, first[1]) == first
    assert len(calls) == 1 and t._rowpositions == positions
    plain = RLTable(_data(12), colWidths=[120, 40])
    assert plain.wrap(160, 1000) == first  # the same measure as ReportLab's own table


def test_less_room_a_new_style_or_another_width_measure_again_and_split_as_before(monkeypatch):
    calls = _counting(monkeypatch)
    t = st.Table(_data(30), colWidths=[120, 40], repeatRows=1)
    full = t.wrap(160, 2000)[1]
    t.wrap(160, full / 3)  # too little room: ReportLab measures only as far as the room goes
    assert len(calls) == 2
    parts = t.split(160, full / 3)
    plain = RLTable(_data(30), colWidths=[120, 40], repeatRows=1)
    plain.wrap(160, 2000)
    expected = plain.split(160, full / 3)
    assert [len(p._cellvalues) for p in parts] == [len(p._cellvalues) for p in expected] and len(parts) == 2
    assert t.wrap(160, 2000)[1] == full
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 10)]))
    taller = t.wrap(160, 5000)[1]
    assert taller > full
    t.wrap(200, 5000)
    assert len(calls) >= 5
