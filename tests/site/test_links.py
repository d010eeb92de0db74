"""Every link inside the built site works, in both languages, checked over HTTP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.serve import serve
from tools.sitebuild import ENV, Build

LINKCHECKER = Path(sys.executable).with_name("linkchecker")
SETTINGS = Path(__file__).with_name("linkcheckerrc")


def run_linkchecker(url: str) -> subprocess.CompletedProcess[str]:
    # HTTP mode, because file mode does not check root-relative links such as /cy/. One thread: the
    # test server lets linkchecker go at full speed, and more threads only share one Python's time.
    return subprocess.run(
        [str(LINKCHECKER), "--config", str(SETTINGS), "--no-status", "--no-warnings", "--threads", "1",
         "--ignore-url", "^mailto:", "--ignore-url", "^tel:", url],
        env=ENV, capture_output=True, text=True, timeout=600)


def test_no_broken_links_in_either_language(site: Build) -> None:
    with serve(site.site) as base:
        result = run_linkchecker(base)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors found" in result.stdout
    for start in ("", "cy/"):
        assert (site.site / start / "index.html").exists()


def test_linkchecker_finds_a_broken_link(site: Build, tmp_path: Path) -> None:
    # Negative control: a copy of one page with a root-relative link that goes nowhere.
    broken = tmp_path / "site"
    broken.mkdir()
    (broken / "index.html").write_text('<a href="/cy/no-such-page/">missing</a>', encoding="utf-8")
    with serve(broken) as base:
        result = run_linkchecker(base)
    assert result.returncode != 0
    assert "no-such-page" in result.stdout
