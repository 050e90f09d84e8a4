"""A small HTTP helper shared by the platform clients.

Its one job is to turn transport failures into the platform error types with the right
meaning for exactly-once publishing:

* the request never left this machine (connection refused, DNS failure, connect timeout)
  → ``TemporaryFailure``: nothing happened on the server, trying again is safe;
* the request was sent but the answer was lost (read timeout, connection reset, truncated
  body) → ``OutcomeUnknown`` for requests flagged ``unsafe`` (a POST that creates a post),
  ``TemporaryFailure`` for everything else (reads and idempotent writes).

Messages never contain the access token: requests only ever carries it in the
``Authorization`` header, and every message is additionally scrubbed of the token text.

**Nothing hangs, nothing floods.** Per-read timeouts alone let a server that sends one byte
every few seconds hold a request for ever, and a huge answer would be held in memory whole. So
every request also has

* a *total deadline* (``deadline``, default ``DEFAULT_DEADLINE`` or twice the read timeout,
  plus one second per ``UPLOAD_BYTES_PER_SECOND`` uploaded): headers and body must be in by then;
* a *size cap* on the answer (``max_answer_bytes``, default ``MAX_ANSWER_BYTES``, counted after
  decompression, so a gzip bomb stops there too);
* a *stop event* (its own and the one of the enclosing :func:`request_scope`, which the sync
  engine opens around each step): set, the request is abandoned within ``STOP_SLICE`` seconds.

The body is streamed in chunks and each socket read waits at most ``STOP_SLICE`` seconds at a
time (a guarded socket, see :class:`_GuardedSocket`), so a stalled read notices the clock and
the stop event. Exceeding either limit or being stopped is a ``TemporaryFailure`` for reads and
an ``OutcomeUnknown`` for ``unsafe`` requests that had been sent.
"""

from __future__ import annotations

import contextlib
import io
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests import exceptions as rexc
from requests.adapters import HTTPAdapter
from urllib3 import connection as u3conn
from urllib3 import connectionpool as u3pool
from urllib3 import exceptions as u3exc

from mbdesk.platforms.base import OutcomeUnknown, PlatformError, TemporaryFailure, Unreachable

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 30.0
# The whole answer (headers and body) must be in within this many seconds (or twice the read
# timeout, when that is longer); an upload adds one second per UPLOAD_BYTES_PER_SECOND.
DEFAULT_DEADLINE = 120.0
UPLOAD_BYTES_PER_SECOND = 32 * 1024
# The largest answer read (after decompression). The biggest real answers are pages of 40-100
# posts with their authors, well under 2 MB; media go up in requests, never down in answers.
MAX_ANSWER_BYTES = 16 * 1024 * 1024
# How long one socket wait lasts at most before the deadline and the stop event are looked at.
STOP_SLICE = 0.25
_CHUNK = 64 * 1024
USER_AGENT = "mbdesk/0.1 (+desktop)"


# --- deadlines and stopping ----------------------------------------------------------------


class Cancelled(TemporaryFailure):
    """mbdesk is stopping (window closed, SIGTERM): the request was not sent or was abandoned
    before its answer; nothing is known to have happened."""


class StepOverdue(TemporaryFailure):
    """The sync step this request belongs to ran past its deadline; nothing was sent."""


class _Abandon(Exception):
    """Raised inside the socket to tear a request down; ``why`` is 'stop' or 'deadline'."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class _Scope:
    """What :func:`request_scope` holds for the requests of one thread."""

    def __init__(self, stop: threading.Event | None, deadline: float | None,
                 outer: _Scope | None) -> None:
        self.stop = stop or (outer.stop if outer else None)
        ends = [d for d in (deadline, outer.deadline if outer else None) if d is not None]
        self.deadline = min(ends) if ends else None
        self.overdue = False  # a request was refused because the deadline had passed


class _Guard:
    """One request's limits, looked at by the guarded socket between waits."""

    def __init__(self, stops: list[threading.Event], deadline: float) -> None:
        self.stops = stops
        self.deadline = deadline
        self.why = ""

    def check(self) -> None:
        if any(s.is_set() for s in self.stops):
            self.why = "stop"
        elif time.monotonic() > self.deadline:
            self.why = "deadline"
        if self.why:
            raise _Abandon(self.why)


_local = threading.local()


@contextlib.contextmanager
def request_scope(stop: threading.Event | None = None,
                  deadline_s: float | None = None) -> Iterator[_Scope]:
    """Within this block, every request of this thread is abandoned when ``stop`` is set, and
    no request starts after ``deadline_s`` seconds (one that is running finishes by its own
    deadline). The sync engine opens one per account step; scopes nest (the sooner deadline
    and the outer stop event hold)."""
    outer = getattr(_local, "scope", None)
    scope = _Scope(stop, None if deadline_s is None else time.monotonic() + deadline_s, outer)
    _local.scope = scope
    try:
        yield scope
    finally:
        _local.scope = outer
        if outer is not None and scope.overdue:
            outer.overdue = True


class _GuardedSocket:
    """A connected socket whose blocking waits last at most ``STOP_SLICE`` at a time.

    The per-read (idle) timeout urllib3 asks for through ``settimeout`` is kept exactly; in
    between the slices the request's guard looks at its deadline and stop events. Everything
    else is the real socket's.
    """

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._idle: float | None = sock.gettimeout()
        self._apply()

    def _apply(self) -> None:
        idle = self._idle
        self._sock.settimeout(STOP_SLICE if idle is None else min(idle, STOP_SLICE)
                              if idle > 0 else idle)

    def settimeout(self, value: float | None) -> None:
        self._idle = value
        self._apply()

    def gettimeout(self) -> float | None:
        return self._idle

    def _wait(self, op: Callable[[], Any]) -> Any:
        guard: _Guard | None = getattr(_local, "guard", None)
        started = time.monotonic()
        while True:
            if guard is not None:
                guard.check()
            try:
                return op()
            except TimeoutError:
                if self._idle is not None and time.monotonic() - started >= self._idle:
                    raise

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        return self._wait(lambda: self._sock.recv_into(buffer, nbytes, flags))

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        return self._wait(lambda: self._sock.recv(bufsize, flags))

    def sendall(self, data: Any, flags: int = 0) -> None:
        view = memoryview(data).cast("B")
        while view:
            sent = self._wait(lambda v=view: self._sock.send(v[:_CHUNK], flags))
            view = view[sent:]

    def makefile(self, mode: str = "r", buffering: int | None = None, **_: Any) -> Any:
        """Binary read file over this object (http.client reads the answer through it)."""
        if mode != "rb":
            return self._sock.makefile(mode, buffering)
        self._sock._io_refs += 1  # type: ignore[attr-defined]  # as socket.makefile does
        return io.BufferedReader(socket.SocketIO(self, "rb"),  # type: ignore[arg-type]
                                 buffering if buffering and buffering > 0
                                 else io.DEFAULT_BUFFER_SIZE)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _GuardedConnectionMixin:
    sock: Any

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        if self.sock is not None and not isinstance(self.sock, _GuardedSocket):
            self.sock = _GuardedSocket(self.sock)


class _GuardedHTTPConnection(_GuardedConnectionMixin, u3conn.HTTPConnection):
    pass


class _GuardedHTTPSConnection(_GuardedConnectionMixin, u3conn.HTTPSConnection):
    pass


class _GuardedHTTPPool(u3pool.HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(u3pool.HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    """requests' adapter with connections whose sockets are :class:`_GuardedSocket`."""

    _POOLS = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(self._POOLS)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if hasattr(manager, "pool_classes_by_scheme"):
            manager.pool_classes_by_scheme = dict(self._POOLS)
        return manager


def guard_session(session: requests.Session) -> requests.Session:
    """Mount :class:`GuardedAdapter` on ``session`` (once) for http and https."""
    if not isinstance(session.get_adapter("https://example.invalid/"), GuardedAdapter):
        adapter = GuardedAdapter()
        session.mount("https://", adapter)
        session.mount("http://", adapter)
    return session


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, its causes/contexts and the urllib3 reasons wrapped in ``args``."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo:
        cur = todo.pop()
        if cur in seen or len(seen) > 20:
            continue
        seen.append(cur)
        for nxt in (cur.__cause__, cur.__context__, getattr(cur, "reason", None)):
            if isinstance(nxt, BaseException):
                todo.append(nxt)
        todo.extend(a for a in cur.args if isinstance(a, BaseException))
    return seen


def failed_before_sending(exc: BaseException) -> bool:
    """True when the connection was never established, so the server saw nothing."""
    for e in _chain(exc):
        if isinstance(
            e,
            rexc.ConnectTimeout
            | u3exc.ConnectTimeoutError
            | u3exc.NewConnectionError
            | u3exc.NameResolutionError
            | rexc.InvalidURL
            | rexc.MissingSchema
            | rexc.InvalidSchema,
        ):
            return True
        if isinstance(e, ConnectionRefusedError):
            return True
    return False


class HttpClient:
    """A ``requests.Session`` bound to one base URL, with explicit (connect, read) timeouts, a
    total deadline and a size cap per answer, and a stop event (see the module docstring)."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str = "",
        session: requests.Session | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        platform_label: str = "server",
        deadline: float | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        stop_event: threading.Event | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.session = guard_session(session or requests.Session())
        self.timeout = (connect_timeout, read_timeout)
        self.label = platform_label
        self.deadline = deadline if deadline is not None else max(DEFAULT_DEADLINE,
                                                                   2 * read_timeout)
        self.max_answer_bytes = max_answer_bytes
        self.stop_event = stop_event

    # --- helpers --------------------------------------------------------------------------

    def url(self, path_or_url: str) -> str:
        """Absolute URL for an API path (absolute URLs must point at our own server)."""
        if path_or_url.startswith(("http://", "https://")):
            if not self.same_origin(path_or_url):
                raise PlatformError("The server sent a link to another host; not followed.")
            return path_or_url
        return urljoin(self.base_url + "/", path_or_url.lstrip("/"))

    def same_origin(self, url: str) -> bool:
        """Whether ``url`` is on our server, so sending the token there is allowed."""
        a, b = urlsplit(url), urlsplit(self.base_url)
        return (a.scheme, a.netloc.lower()) == (b.scheme, b.netloc.lower())

    def set_token(self, token: str) -> None:
        """Use a new bearer token from now on (Bluesky rotates its session tokens)."""
        self._token = token

    def scrub(self, text: str) -> str:
        """Remove the token from any text that may end up in a message or a log."""
        if self._token and self._token in text:
            text = text.replace(self._token, "***")
        return text

    @staticmethod
    def _display(url: str) -> str:
        """Method-and-path form of a URL for messages (no query: it may hold user text)."""
        return urlsplit(url).path or "/"

    # --- the call -------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        unsafe: bool = False,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """Send one request and read its whole answer within the deadline and the size cap;
        transport errors, the deadline, the cap and a stop become ``TemporaryFailure`` /
        ``OutcomeUnknown`` (``Unreachable``, ``Cancelled`` when nothing was sent).

        ``unsafe`` marks a request whose repetition would do the thing twice (creating a
        post): when it was sent but no answer came back, the outcome is unknown.
        HTTP error statuses are returned as-is; mapping them is the caller's business.
        """
        url = self.url(path_or_url)
        hdrs = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if auth and self._token:
            hdrs["Authorization"] = f"Bearer {self._token}"
        if headers:
            hdrs.update(headers)
        where = f"{method} {self._display(url)}"
        scope: _Scope | None = getattr(_local, "scope", None)
        stops = [e for e in (self.stop_event, scope.stop if scope else None) if e is not None]
        if any(e.is_set() for e in stops):
            raise Cancelled(f"mbdesk is stopping; nothing was sent to the {self.label} "
                            f"({where}).")
        if scope is not None and scope.deadline is not None and time.monotonic() > scope.deadline:
            scope.overdue = True
            raise StepOverdue(f"This sync step ran out of time before {where}; nothing was "
                              "sent, the rest waits for the next sync.")
        prepared = self.session.prepare_request(requests.Request(
            method, url, params=params, data=data, files=files, headers=hdrs))
        body = prepared.body
        upload = len(body) if isinstance(body, bytes | str) else 0
        limit = self.deadline + upload / UPLOAD_BYTES_PER_SECOND
        guard = _Guard(stops, time.monotonic() + limit)
        outer_guard = getattr(_local, "guard", None)
        _local.guard = guard
        try:
            settings = self.session.merge_environment_settings(prepared.url, {}, True, None,
                                                               None)
            resp = self.session.send(prepared, timeout=timeout or self.timeout,
                                     allow_redirects=False, **settings)
            self._read_body(resp, guard, where, unsafe)
            return resp
        except _Abandon:
            raise self._abandoned(guard.why, where, unsafe, limit) from None
        except (rexc.RequestException, OSError, u3exc.HTTPError) as exc:
            if guard.why:  # the guard tore the connection down and a library wrapped that
                raise self._abandoned(guard.why, where, unsafe, limit) from None
            kind = type(exc).__name__
            if failed_before_sending(exc):
                raise Unreachable(
                    self.scrub(f"Could not reach the {self.label} ({where}: {kind}).")
                ) from None
            if unsafe:
                raise OutcomeUnknown(
                    self.scrub(
                        f"The {self.label} did not answer after the request was sent "
                        f"({where}: {kind}); it may or may not have been applied."
                    )
                ) from None
            raise TemporaryFailure(
                self.scrub(f"The {self.label} did not answer ({where}: {kind}).")
            ) from None
        finally:
            _local.guard = outer_guard

    def _read_body(self, resp: requests.Response, guard: _Guard, where: str,
                   unsafe: bool) -> None:
        """Read the streamed body in chunks up to the cap; the response then behaves as a
        normal one (``json()``, ``content``, ``text``)."""
        cap = self.max_answer_bytes
        try:
            declared = int(resp.headers.get("Content-Length") or 0)
        except ValueError:
            declared = 0
        try:
            if declared > cap:
                raise self._too_big(where, unsafe)
            buf = bytearray()
            for chunk in resp.iter_content(_CHUNK):
                buf += chunk
                if len(buf) > cap:
                    raise self._too_big(where, unsafe)
                guard.check()
            resp._content = bytes(buf)
        finally:
            resp.close()  # back to the pool when read whole, else the connection is dropped

    def _too_big(self, where: str, unsafe: bool) -> PlatformError:
        size = f"{self.max_answer_bytes / (1024 * 1024):g} MB"
        if unsafe:
            return OutcomeUnknown(
                f"The {self.label}'s answer to {where} is larger than {size}; it was not read, "
                "so whether the request was applied is not known.")
        return TemporaryFailure(f"The {self.label}'s answer to {where} is larger than {size}; "
                                "it was not read.")

    def _abandoned(self, why: str, where: str, unsafe: bool, limit: float) -> PlatformError:
        if why == "stop":
            if unsafe:
                return OutcomeUnknown(
                    f"mbdesk stopped while waiting for the {self.label}'s answer ({where}); it "
                    "may or may not have been applied, so it is looked up before anything is "
                    "sent again.")
            return Cancelled(f"mbdesk stopped while waiting for the {self.label} ({where}).")
        if unsafe:
            return OutcomeUnknown(
                f"The {self.label} did not finish answering within {limit:.0f} s ({where}); "
                "it may or may not have been applied.")
        return TemporaryFailure(
            f"The {self.label} did not finish answering within {limit:.0f} s ({where}); "
            "gave up.")
