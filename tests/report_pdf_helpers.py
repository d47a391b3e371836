"""Reading printed PDFs back: text per page, page sizes, the bulletin's ranking rows."""

from __future__ import annotations

from pypdf import PdfReader


def pdf_pages(path) -> list[list[str]]:
    """Each page's text as stripped, non-empty lines (pypdf puts one table cell per line)."""
    reader = PdfReader(str(path))
    return [[ln.strip() for ln in (p.extract_text() or "").splitlines() if ln.strip()] for p in reader.pages]


def pdf_text(path) -> str:
    return "\n".join("\n".join(p) for p in pdf_pages(path))


def page_sizes(path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(str(path)).pages]


def table_rows(lines: list[str], first_header: str = "名次", last_header: str = "备注") -> dict[str, dict]:
    """The bulletin's ranking rows keyed by employee number: {header: cell}."""
    out: dict[str, dict] = {}
    start = 0
    while first_header in lines[start:]:
        a = lines.index(first_header, start)
        b = lines.index(last_header, a)
        header = lines[a:b + 1]
        no_col = header.index("工号")
        i = b + 1
        while i + len(header) - 1 <= len(lines):
            cells = lines[i:i + len(header) - 1]
            if not cells or not cells[0].isdigit():
                break
            row = dict(zip(header, cells))
            out[cells[no_col]] = row
            i += len(header) - 1
            if i < len(lines) and lines[i].startswith(("优秀奖", "※")):  # a note cell
                row[last_header] = lines[i]
                i += 1
        start = b + 1
    return out




def font_embedding(path) -> dict[str, bool]:
    """Every font the PDF's pages use: base name -> embedded (has a font file)."""
    out = {}
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            target = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


# --- a large office with hard names -------------------------------------------

HARD_NAMES = ["欧阳诸葛慕容司马", "迪丽热巴·迪力木拉提", "王𠀾", "刘䶮", "张喆", "李堃",
              "Christopher Alexander Montgomery", "王芳", "王芳"]
TEAMS = ["一组", "二组", "International Support", "Customer Experience and After-sales Escalation Team"]
_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
          "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文博", "子涵", "欣怡", "浩然"]


def build_hard_office(actor, people: int = 200, month=None, publish: bool = True) -> dict:
    """An office of ``people`` agents in ``month`` (default September 2026) with the hard names
    first: a compound 8-character name, a Uyghur name with a middle dot, CJK Extension B
    (王𠀾) and A (刘䶮) characters, rare characters, a long Latin name, two people named 王芳
    — the first with 35 events, the second with none — and long team names. Everybody else
    has 0–6 events. Published unless ``publish`` is False. Returns {"staff": [...],
    "busy": the 35-event 王芳, "idle": the eventless 王芳}."""
    import datetime as dt

    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.monthly.lifecycle import publish_month
    from csperf_desktop.office.staff import add_staff

    month = month or Month(2026, 9)
    names = list(HARD_NAMES)
    i = 0
    while len(names) < people:
        names.append(_SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i * 7) % len(_GIVEN)])
        i += 1
    staff = [add_staff(actor, employee_no=f"H{n + 1:04d}", name=name, role="agent", team=TEAMS[n % len(TEAMS)],
                       hire_date="2020-01-01") for n, name in enumerate(names[:people])]
    busy, idle = (staff[7], staff[8]) if people > 8 else (None, None)
    cycle = [("D05", None), ("B05", None), ("D04", 2), ("B01", 3), ("D07", None), ("D10", 8), ("B03", None)]
    for n, s in enumerate(staff):
        if s is idle:
            continue
        count = 35 if s is busy else n % 7
        for k in range(count):
            code, pts = cycle[(n + k) % len(cycle)]
            day = month.first_day + dt.timedelta(days=k % 28)
            note = "客户投诉回复不及时，已当面指出并要求整改" if code == "D10" else ""
            add_event(actor, s, code, day, pts, 1, "supervision", f"DD{n:03d}{k:02d}" if k % 3 == 0 else "", note)
    if publish:
        publish_month(actor, month)
    return {"staff": staff, "busy": busy, "idle": idle}


def font_sizes(path, page: int = 0) -> list[tuple[str, float]]:
    """(text, effective font size in pt) of every text run on a page, from the PDF's own text matrix."""
    reader = PdfReader(str(path))
    out: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            out.append((text.strip(), round(size * scale, 2)))

    reader.pages[page].extract_text(visitor_text=visit)
    return out
