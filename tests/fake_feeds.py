"""A small feed host on 127.0.0.1 for the feeds-to-drafts tests.

Serves whatever ``routes`` holds (path → :class:`Route`), answers conditional GETs the way real
servers do (304 when ``If-None-Match`` matches the route's ETag or ``If-Modified-Since`` equals
its Last-Modified), can stream a body without a Content-Length (so only the client's running
count can stop it), and records every request's headers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent / "feeds"


def feed_file(name: str) -> bytes:
    return (HERE / name).read_bytes()


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str = ""
    last_modified: str = ""
    location: str = ""  # for 3xx
    stream_bytes: int = 0  # > 0: send this many bytes of filler, chunked, no Content-Length


@dataclass
class Seen:
    path: str
    headers: dict[str, str] = field(default_factory=dict)


class FeedHost:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> FeedHost:
        host = self

        class Handler(_Handler):
            feed_host = host

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    feed_host: FeedHost
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        host = self.feed_host
        host.requests.append(Seen(self.path, dict(self.headers.items())))
        route = host.routes.get(self.path)
        if route is None:
            self._send(404, b"<html><body>Not found</body></html>", "text/html")
            return
        if route.location:
            self.send_response(route.status)
            self.send_header("Location", route.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if (route.etag and inm == route.etag) or (
                route.last_modified and ims == route.last_modified and not inm):
            self.send_response(304)
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            return
        if route.stream_bytes:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>'
            filler = b"<item><title>x</title><guid>g</guid></item>" * 1500
            sent = len(head)
            try:
                self._chunk(head)
                while sent < route.stream_bytes:
                    self._chunk(filler)
                    sent += len(filler)
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        extra = {}
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        self._send(route.status, route.body, route.content_type, extra)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def _send(self, status: int, body: bytes, content_type: str,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
