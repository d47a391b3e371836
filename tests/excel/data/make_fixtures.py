"""Writes office.xls and office.ods beside this file (run once; needs LibreOffice's soffice).

    python tests/excel/data/make_fixtures.py

The same workbook is written with XlsxWriter, then converted by LibreOffice to
Excel 97-2003 (.xls) and OpenDocument (.ods), as WPS and LibreOffice save them.
"""

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent


def write(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    minutes = book.add_format({"num_format": "mm:ss"})
    hours = book.add_format({"num_format": "[h]:mm:ss"})
    staff = book.add_worksheet("人员")
    staff.write_row(0, 0, ["工号", "姓名", "入职日期", "备注"])
    staff.write_number(1, 0, 1001)
    staff.write_string(1, 1, "张三")
    staff.write_datetime(1, 2, dt.datetime(2026, 10, 3), date)
    staff.write_string(1, 3, "第一行\r\n第二行")
    staff.write_row(2, 0, ["KF102", "李四"])
    staff.write_datetime(2, 2, dt.datetime(2026, 10, 4), date)
    staff.write_boolean(2, 3, True)
    figures = book.add_worksheet("月度数据")
    figures.write_row(0, 0, ["月份", "工号", "平均处理时长(秒)", "平均响应时长(秒)", "销售额(元)", "订单数"])
    figures.write_row(1, 0, ["2026-10", "1001"])
    figures.write_number(1, 2, 245 / 86400, minutes)  # 4:05
    figures.write_number(1, 3, 35 / 86400, hours)  # 0:00:35
    figures.write_formula(1, 4, "=NA()", None, "#N/A")
    figures.write_formula(1, 5, "=1/0", None, "#DIV/0!")
    figures.write_row(2, 0, ["2026-10", "KF102", 300, 40, 1500.5, 12])
    away = book.add_worksheet("偏移")  # the used area starts at C3
    away.write_string(2, 2, "c3")
    away.write_string(5, 4, "e6")
    away.write_string(8, 3, "d9")
    away.write_formula(8, 5, "=NA()", None, "#N/A")
    away.write_number(9, 6, 30 / 24, hours)  # 30:00:00, a duration over a day
    book.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "office.xlsx"
        write(src)
        for fmt in ("xls", "ods"):
            subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, str(src)], check=True,
                           capture_output=True)
            shutil.copyfile(Path(tmp) / f"office.{fmt}", HERE / f"office.{fmt}")


if __name__ == "__main__":
    main()
