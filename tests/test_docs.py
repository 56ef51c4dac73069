"""The examples in README.md and docs/*.md run, and print what the page says they print.

A ```python block followed directly by a ```text block is executed and its standard output compared
with the text block; a python block with no text block after it must simply run.
"""
from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def _examples():
    for page in PAGES:
        blocks = [(m.group(1), m.group(2), m.end()) for m in BLOCK.finditer(page.read_text(encoding="utf-8"))]
        for i, (lang, code, _end) in enumerate(blocks):
            if lang != "python":
                continue
            expected = None
            if i + 1 < len(blocks) and blocks[i + 1][0] == "text":
                between = page.read_text(encoding="utf-8")[_end: _end + 40]
                if between.lstrip().startswith("```text") or "prints" in between:
                    expected = blocks[i + 1][1]
            yield pytest.param(code, expected, id=f"{page.name}:{i}")


@pytest.mark.parametrize("code,expected", list(_examples()))
def test_doc_example(code, expected):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<doc example>", "exec"), {"__name__": "__doc_example__"})
    if expected is not None:
        assert out.getvalue().strip() == expected.strip()
