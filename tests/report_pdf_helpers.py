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
