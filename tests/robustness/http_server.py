"""A real HTTP server on 127.0.0.1 that misbehaves on purpose, for fetch tests (no mocks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = b"""<!doctype html><html><head><title>Dispersal order in Barking town centre</title>
<meta property="og:site_name" content="Barking Post"></head><body><article>
<h1>Dispersal order in Barking town centre</h1>
<p>Police have put a 48-hour dispersal order in place around Barking station after a series of fights on Saturday evening.</p>
<p>Officers from the Barking and Dagenham Safer Neighbourhoods Team will patrol the area and can order groups to leave.</p>
</article></body></html>"""


class Misbehaving(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/missing":
            self._send(404, "text/html", b"<h1>Not found</h1>")
        elif self.path == "/broken":
            self._send(500, "text/html", b"oops")
        elif self.path == "/slow":
            time.sleep(3)  # longer than the client's timeout
            self._send(200, "text/html", PAGE)
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):  # each byte comes quickly, the whole page never does
                self.wfile.write(b"<p>")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/photo":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif self.path == "/huge":
            self._send(200, "text/html", b"<p>" + b"x" * 20_000 + b"</p>")
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first, as the timeout tests want

    def log_message(self, *args):  # keep pytest output clean
        pass


@contextmanager
def misbehaving_server() -> Iterator[str]:
    """Base URL of the server, shut down on exit."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
