"""The test server behaves as the host does (tools/serve.py): gzip, ten minutes' caching, the 404 page;
and it lets linkchecker check at full speed."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from pathlib import Path

from tools.serve import LINKCHECKER_WELCOME, serve


def fetch(url: str, gzip_ok: bool = True) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_files_are_compressed_and_may_be_kept_for_ten_minutes(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text("body { color: red; }", encoding="utf-8")
    (tmp_path / "404.html").write_text("<h1>Not found</h1>", encoding="utf-8")
    with serve(tmp_path) as base:
        status, headers, body = fetch(base + "style.css")
        assert status == 200 and headers["Content-Encoding"] == "gzip" and headers["Cache-Control"] == "max-age=600"
        assert gzip.decompress(body) == b"body { color: red; }"
        status, headers, body = fetch(base + "style.css", gzip_ok=False)
        assert status == 200 and "Content-Encoding" not in headers and body == b"body { color: red; }"
        status, headers, body = fetch(base + "missing/")
        assert status == 404 and "Cache-Control" not in headers  # a missing page is never kept
        assert gzip.decompress(body) == b"<h1>Not found</h1>"


def test_a_changed_file_is_compressed_again(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("first", encoding="utf-8")
    with serve(tmp_path) as base:
        assert gzip.decompress(fetch(base)[2]) == b"first"
        page.write_text("second, longer", encoding="utf-8")  # another size, so another version at once
        assert gzip.decompress(fetch(base)[2]) == b"second, longer"


def test_linkchecker_is_welcome_at_full_speed(tmp_path: Path) -> None:
    # linkchecker lifts its per-host wait only for a host that sends this header, on any answer.
    from linkcheck.configuration import Configuration
    from linkcheck.configuration.confparse import LCConfigParser

    (tmp_path / "index.html").write_text("<p>home</p>", encoding="utf-8")
    name, value = LINKCHECKER_WELCOME
    with serve(tmp_path) as base:
        assert fetch(base)[1][name] == value
        assert fetch(base + "missing/")[1][name] == value
    settings = Configuration()
    LCConfigParser(settings).read([str(Path(__file__).parents[1] / "site" / "linkcheckerrc")])
    assert settings["maxrequestspersecond"] >= 100  # the default, 10, keeps the wait
