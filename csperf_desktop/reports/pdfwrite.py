"""Writing a PDF safely.

The document is built into a temporary file in the target's own folder and
then renamed over the target with ``os.replace`` (atomic on one volume), so a
crash or an error never leaves a half-written file under the final name, and
a failed build leaves nothing at all. A target held open by another program
(Windows locks a PDF open in a viewer: ``PermissionError``) gives a
``FileLocked`` error whose message names a free file name to use instead.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from ..base.collector import collector_paused
from ..base.errors import CsperfError


class FileLocked(CsperfError):
    """The target cannot be replaced (open in another program or read-only)."""

    def __init__(self, message: str, suggestion: Path):
        super().__init__(message, field="path")
        self.suggestion = suggestion


class WriteFailed(CsperfError):
    """The PDF could not be written (folder missing, disk full, no permission)."""


def suggest_free_name(target: Path) -> Path:
    """``name (2).pdf``, ``name (3).pdf``, … — the first that does not exist."""
    target = Path(target)
    for n in range(2, 1000):
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem} (新){target.suffix}")


def _locked(target: Path) -> FileLocked:
    other = suggest_free_name(target)
    return FileLocked(
        f"文件“{target}”无法覆盖：它可能正在其他程序（如 PDF 阅读器）中打开，或是只读文件。"
        f"请关闭该文件后重试，或另存为“{other.name}”。", other)


def check_target(target: Path) -> Path:
    """Refuse a target that is a folder, whose folder is missing, or that is locked — before any work."""
    target = Path(target)
    if target.is_dir():
        raise WriteFailed(f"“{target}”是一个文件夹，请给出 PDF 文件名，例如 {target / '考核公示.pdf'}。", field="path")
    if not target.parent.is_dir():
        raise WriteFailed(f"文件夹“{target.parent}”不存在，请先创建它或换一个位置。", field="path")
    if target.exists():
        try:
            with open(target, "r+b"):
                pass  # Windows refuses this while a viewer holds the file
        except PermissionError:
            raise _locked(target) from None
        except OSError:
            pass
    return target


def safe_write(target, build: Callable[[str], None]) -> Path:
    """Call ``build(temp_path)`` to write the document, then move it over ``target``.

    On any error the temporary file is removed and the target is untouched.
    """
    target = check_target(Path(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".tmp", dir=str(target.parent))
        os.close(fd)
    except OSError as exc:
        raise WriteFailed(f"无法在文件夹“{target.parent}”中写入文件：{exc.strerror or exc}。"
                          "请换一个有写入权限的位置。", field="path") from exc
    try:
        with collector_paused():
            build(tmp)
        try:
            os.replace(tmp, target)
        except PermissionError:
            raise _locked(target) from None
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, CsperfError):
            raise WriteFailed(f"无法写入“{target}”：{exc.strerror or exc}。请检查磁盘空间和文件夹权限。",
                              field="path") from exc
        raise
    return target


def person_file_name(prefix: str, staff, what: str) -> str:
    """``<prefix>_工号_姓名_<what>.pdf`` with the characters Windows forbids in names left out."""
    safe = "".join(ch for ch in staff.name if ch not in '\\/:*?"<>|').strip() or "未命名"
    no = "".join(ch for ch in staff.employee_no if ch not in '\\/:*?"<>|')
    return f"{prefix}_{no}_{safe}_{what}.pdf"


def select_people(known_ids, staff_ids, *, none_message: str, none_field: str, not_known: Callable) -> list:
    """The people to print: everyone in ``known_ids`` (by employee no.) when ``staff_ids`` is
    None, else the given ids, employee numbers or Staff rows, each of whom must be in
    ``known_ids``. ``NotFound`` says ``none_message`` (on ``none_field``) when nobody is
    known, ``not_known(person)`` for a given person who is not."""
    from ..base.errors import NotFound
    from ..office.lookups import find_staff
    from ..store.models import Staff

    if staff_ids is None:
        people = list(Staff.select().where(Staff.id.in_(list(known_ids))).order_by(Staff.employee_no))
        if not people:
            raise NotFound(none_message, field=none_field)
        return people
    people = [find_staff(ref) for ref in staff_ids]
    for p in people:
        if p.id not in known_ids:
            raise NotFound(not_known(p), field="staff")
    return people


def write_people(path, people: list, one_file_per_person: bool, build: Callable, file_name: Callable,
                 what: str) -> list[Path]:
    """Write ``people`` as one PDF at ``path``, or one file each in the folder ``path``.

    ``build(out, people, done_before, total)`` draws the given people into ``out``;
    ``file_name(person)`` names a person's file; ``what`` names the papers in messages
    (e.g. "考核卡"). Every file is written safely; in folder mode the files already
    finished stay when a later one fails or is cancelled.
    """
    if not one_file_per_person:
        target = check_target(Path(path))
        safe_write(target, lambda tmp: build(tmp, people, 0, len(people)))
        return [target]
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise WriteFailed(f"“{folder}”是一个文件，不是文件夹。请选择一个文件夹保存每人一份的{what}。", field="path")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(f"无法创建文件夹“{folder}”：{exc.strerror or exc}。", field="path") from exc
    written = []
    for i, person in enumerate(people):
        target = folder / file_name(person)
        safe_write(target, lambda tmp: build(tmp, [person], i, len(people)))
        written.append(target)
    return written
