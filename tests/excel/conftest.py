"""Helpers for the Excel tests: write a small workbook from rows."""

from __future__ import annotations

import pytest
from openpyxl import Workbook


def write_rows(path, rows, title="Sheet1"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


@pytest.fixture
def xlsx(tmp_path):
    """xlsx(rows, name='in.xlsx') -> path of a workbook holding the rows on its first sheet."""
    counter = [0]

    def make(rows, name=None, title="Sheet1"):
        counter[0] += 1
        return write_rows(tmp_path / (name or f"in{counter[0]}.xlsx"), rows, title)

    return make
