"""A national-size registry (10,000 generated accounts) builds and lists every account.
No timing here: benchmarks/bench_build.py measures the time."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate_registry import generate
from macros.core.handbook import load as load_handbook
from tools.sitebuild import build, copy_project

COUNT = 10_000


@pytest.mark.slow
def test_ten_thousand_accounts_build_and_are_all_listed(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    generate(project / "data" / "accounts", COUNT)
    registry = load_handbook(project).registry
    assert len(registry.accounts) >= COUNT

    result = build(project, env={"HANDBOOK_PDF": "true"})  # the whole build, printed handbooks included
    assert result.returncode == 0, result.output[-3000:]
    assert (result.site / "handbook.pdf").is_file() and (result.site / "cy" / "llawlyfr.pdf").is_file()

    html = (result.site / "accounts" / "index.html").read_text(encoding="utf-8")
    directory, _, closed = html.partition('id="closed"')
    for account in registry.listed():
        assert f'<a href="{account.url}" rel="noopener">' in directory, account.url
    for account in registry.archived():
        assert f'<span class="handbook-handle">{account.display_handle}</span>' in closed
    assert f"We run {len(registry.listed()):,} accounts" in html
