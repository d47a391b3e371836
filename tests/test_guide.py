"""The user guide: every picture it shows is in the repository."""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[1] / "resources" / "guide"


def test_every_image_the_guide_refers_to_exists():
    text = (GUIDE / "guide_zh.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) >= 4
    for rel in images:
        assert not rel.startswith(("http:", "https:")), rel  # no network in the help window
        path = GUIDE / rel
        assert path.is_file() and path.stat().st_size > 10_000, rel
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", rel


def test_the_guide_covers_the_cycle():
    text = (GUIDE / "guide_zh.md").read_text(encoding="utf-8")
    for topic in ("记录评分", "公示", "复核", "考核卡", "年度考核", "备份", "PostgreSQL"):
        assert topic in text, topic
