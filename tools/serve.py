"""Serve a built site on 127.0.0.1 for link checks, browser tests and benchmarks.

Like the host the handbook is published on (GitHub Pages): a missing address gets the site's
404.html with status 404, text (HTML, CSS, JavaScript, JSON, SVG, XML) is sent gzip-compressed
to a browser that accepts it, and every file may be kept for ten minutes (Cache-Control:
max-age=600), so what a browser downloads here is what a reader downloads there. It also tells
linkchecker that it may check at full speed (the `LinkChecker` header): otherwise linkchecker waits
0.1 to 0.6 s before each request to a host, and a link check of two languages takes 40 s, not 5.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

COMPRESSED = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".csv")
KEEP_FOR = "max-age=600"  # what GitHub Pages sends: a reader's browser reuses the theme's files page to page
# linkchecker lifts its limit of requests per second for a host that sends this header (its
# maxrequestspersecond, set in tests/site/linkcheckerrc): only this local server sends it.
LINKCHECKER_WELCOME = ("LinkChecker", "full speed")


@functools.lru_cache(maxsize=2048)
def _compressed(path: Path, modified: int, size: int) -> bytes:  # modified and size: a changed file is new
    return gzip.compress(path.read_bytes(), 6)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].split("#")[0].endswith("/"):
                return super().send_head()  # the redirect to the address with its final "/"
            path = path / "index.html"
        if not path.is_file():
            return self._not_found()
        if path.suffix in COMPRESSED and self._takes_gzip():
            return self._send(_compressed(path, *_version(path)), self.guess_type(str(path)), 200, gzipped=True)
        return super().send_head()

    def end_headers(self) -> None:
        if getattr(self, "_status", 200) == 200:
            self.send_header("Cache-Control", KEEP_FOR)
        self.send_header(*LINKCHECKER_WELCOME)
        super().end_headers()

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def _takes_gzip(self) -> bool:
        return "gzip" in self.headers.get("Accept-Encoding", "")

    def _not_found(self):  # type: ignore[no-untyped-def]
        page = Path(self.directory) / "404.html"
        if not page.is_file():
            self.send_error(404)
            return None
        if self._takes_gzip():
            return self._send(_compressed(page, *_version(page)), "text/html", 404, gzipped=True)
        return self._send(page.read_bytes(), "text/html", 404, gzipped=False)

    def _send(self, data: bytes, kind: str, status: int, gzipped: bool):  # type: ignore[no-untyped-def]
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)


def _version(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A browser that moves on before a download ends closes the connection: not a problem.
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Yield the base URL of `site` served on a free port; stop the server afterwards."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        thread.join()
