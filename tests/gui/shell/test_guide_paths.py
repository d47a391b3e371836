"""Every menu path the user guide names (文件 → 从 Excel 导入 → 人员名单) is what the Chinese
menus say, down to the group boxes of 设置 → 评分设置; and each printout has one name."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from csperf_desktop.gui.admin.settings_dialog import OTHER, SECTIONS
from csperf_desktop.gui.shell import i18n

GUIDE = Path(__file__).resolve().parents[3] / "resources" / "guide" / "guide_zh.md"


def clean(text: str) -> str:
    return re.sub(r"\(&\w\)|&|…|\t.*", "", text).strip()


def menu_tree(window) -> dict:
    def walk(menu):
        return {clean(a.text()): (walk(a.menu()) if a.menu() else {})
                for a in menu.actions() if not a.isSeparator()}

    tree = {clean(a.text()): walk(a.menu()) for a in window.menuBar().actions()}
    groups = [QCoreApplication.translate("settings", title) for title, _keys in SECTIONS]
    tree["设置"]["评分设置"] = {g: {} for g in groups + [QCoreApplication.translate("settings", OTHER)]}
    return tree


def test_every_menu_path_in_the_guide_exists(qapp, demo_db, make_window):
    i18n.install(qapp, "zh_CN")
    try:
        tree = menu_tree(make_window())
    finally:
        i18n.install(qapp, "en")
    text = GUIDE.read_text(encoding="utf-8").replace("**", "").replace("…", "")  # bold and ellipses
    first = re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(map(re.escape, tree)) + r")\s*→")
    checked, wrong = 0, []
    for match in first.finditer(text):
        steps, level, rest = [match.group(1)], tree[match.group(1)], text[match.end():]
        while True:
            rest = rest.lstrip()
            step = max((c for c in level if rest.startswith(c)), key=len, default=None)
            if step is None:
                wrong.append(f"{' → '.join(steps)} → {rest[:12]}…: not among {sorted(level)}")
                break
            steps.append(step)
            level, rest = level[step], rest[len(step):]
            if not rest.lstrip().startswith("→"):
                break
            rest = rest.lstrip()[1:]
        checked += 1
    assert wrong == []
    assert checked >= 12


def test_each_printout_has_one_name_in_menu_guide_and_file(qapp, demo_db, make_window):
    i18n.install(qapp, "zh_CN")
    try:
        tree = menu_tree(make_window())
        bulletin_file = QCoreApplication.translate("printing", "{month}_bulletin.pdf")
    finally:
        i18n.install(qapp, "en")
    assert set(tree["打印"]) == {"打印考核公示", "打印全部个人考核卡", "打印所选人员的个人考核卡"}
    guide = GUIDE.read_text(encoding="utf-8")
    assert "板报" not in guide and "成绩单" not in guide
    assert bulletin_file == "{month}_考核公示.pdf"
