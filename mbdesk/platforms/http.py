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
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests import exceptions as rexc
from urllib3 import exceptions as u3exc

from mbdesk.platforms.base import OutcomeUnknown, PlatformError, TemporaryFailure, Unreachable

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 30.0
USER_AGENT = "mbdesk/0.1 (+desktop)"


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
    """A ``requests.Session`` bound to one base URL, with explicit (connect, read) timeouts."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str = "",
        session: requests.Session | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        platform_label: str = "server",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.session = session or requests.Session()
        self.timeout = (connect_timeout, read_timeout)
        self.label = platform_label

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
        """Send one request; transport errors become ``TemporaryFailure``/``OutcomeUnknown``.

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
        try:
            return self.session.request(
                method,
                url,
                params=params,
                data=data,
                files=files,
                headers=hdrs,
                timeout=timeout or self.timeout,
                allow_redirects=False,
            )
        except (rexc.RequestException, OSError, u3exc.HTTPError) as exc:
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
