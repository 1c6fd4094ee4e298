"""The README's usage section is generated with cog from the commands' --help, and must be
up to date: run `cog -r README.md` after changing a command."""
from __future__ import annotations

from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def _has_cog_blocks() -> bool:
    return README.is_file() and "[[[cog" in README.read_text("utf-8")


@pytest.mark.skipif(not _has_cog_blocks(), reason="README.md has no cog blocks yet")
def test_readme_usage_is_up_to_date(monkeypatch):
    from cogapp import Cog

    monkeypatch.chdir(README.parent)
    status = Cog().main(["cog", "--check", "README.md"])
    assert status == 0, "README.md is out of date: run `cog -r README.md`"

