"""A hostile HTTP server on 127.0.0.1 for the deadline, size-cap and cancellation tests.

Raw sockets, one thread per connection, so it can misbehave in ways a real server library
will not: answer headers and then trickle the body one byte at a time, trickle the headers
themselves, or pour out a body far larger than anyone should read.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time


class HostileServer:
    """``mode`` is one of:

    * ``trickle``: headers, ``[``, then one byte every ``interval`` seconds, for ever;
    * ``trickle_headers``: the status line, then one header byte every ``interval`` seconds;
    * ``huge``: a JSON array of ``size`` bytes as fast as the client reads (no Content-Length);
    * ``huge_declared``: the same, announcing its ``Content-Length``;
    * ``gzip_bomb``: a small gzip body that inflates to ``size`` bytes.
    """

    def __init__(self, mode: str, *, interval: float = 1.0, size: int = 64 * 1024 * 1024) -> None:
        self.mode = mode
        self.interval = interval
        self.size = size
        self.requests: list[str] = []  # request lines seen
        self.got_request = threading.Event()
        self.bytes_sent = 0
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    # --- serving -------------------------------------------------------------------------

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _read_request(self, conn: socket.socket) -> bool:
        data = b""
        conn.settimeout(5)
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return False
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return False
            body += chunk
        self.requests.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
        self.got_request.set()
        return True

    def _send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.bytes_sent += len(data)

    def _handle(self, conn: socket.socket) -> None:
        try:
            with conn:
                if not self._read_request(conn):
                    return
                getattr(self, "_" + self.mode)(conn)
        except OSError:
            pass  # the client gave up: that is the point

    def _trickle(self, conn: socket.socket) -> None:
        self._send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Connection: close\r\n\r\n[")
        while not self._stop.wait(self.interval):
            self._send(conn, b" ")

    def _trickle_headers(self, conn: socket.socket) -> None:
        self._send(conn, b"HTTP/1.1 200 OK\r\n")
        while not self._stop.wait(self.interval):
            self._send(conn, b"X" if self.bytes_sent % 40 else b"\r\nX-Slow: ")

    def _body(self, conn: socket.socket) -> None:
        piece = b"1," * 32768
        sent = 1
        self._send(conn, b"[")
        while sent < self.size and not self._stop.is_set():
            self._send(conn, piece)
            sent += len(piece)
        self._send(conn, b"1]")

    def _huge(self, conn: socket.socket) -> None:
        self._send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Connection: close\r\n\r\n")
        self._body(conn)

    def _huge_declared(self, conn: socket.socket) -> None:
        total = 1 + -(-(self.size - 1) // 65536) * 65536 + 2  # what _body sends
        self._send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         + f"Content-Length: {total}\r\n".encode() + b"Connection: close\r\n\r\n")
        self._body(conn)

    def _gzip_bomb(self, conn: socket.socket) -> None:
        blob = gzip.compress(b"[" + b"0," * (self.size // 2) + b"0]", compresslevel=9)
        self._send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Encoding: gzip\r\n"
                         + f"Content-Length: {len(blob)}\r\n".encode()
                         + b"Connection: close\r\n\r\n" + blob)


def wait_until(predicate, timeout: float = 30.0) -> bool:
    """Poll ``predicate`` (for conditions in another process, where no signal exists)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
