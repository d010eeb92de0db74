"""The list of published addresses (data/published-urls.txt), read safely."""

from __future__ import annotations

from pathlib import Path

from macros.outputs.published import LIST, read_list
from tools.sitebuild import run_command


def test_a_list_not_saved_as_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / LIST).parent.mkdir(parents=True)
    (tmp_path / LIST).write_bytes("# addresses\n/\n/caf\xe9/\n".encode("cp1252"))
    (tmp_path / "site").mkdir()
    result = run_command(tmp_path, "published", "check", str(tmp_path / "site"))
    assert result.returncode == 1
    assert "data/published-urls.txt:3: file: the file is not valid UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_list_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:  # negative control
    path = tmp_path / "published-urls.txt"
    path.write_bytes(b"\xef\xbb\xbf/\r\n/faqs/\r\n# a note\r\n")
    assert read_list(path) == {"/", "/faqs/"}
