"""Fetch RSS/Atom feeds and turn new entries into drafts (blocking: worker threads and the CLI).

Fetching goes through ``platforms.http.HttpClient``, so a feed has the same limits as every
platform call: a total deadline, an answer cap (here :data:`MAX_FEED_BYTES`, counted after
decompression) and the stop event of the window or the command. Requests are conditional
(``If-None-Match`` / ``If-Modified-Since`` from the last answer): an unchanged feed answers 304
and costs nothing. Redirects are followed by hand, at most :data:`MAX_REDIRECTS`, to http(s)
only. No token ever goes along: feeds are public.

Every failure is a :class:`FeedProblem` with a code the window and the CLI put in words:
``bad_url``, ``unreachable``, ``too_big``, ``not_a_feed``, ``http_error``, ``failed``,
``stopped``, ``exists``.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from mbdesk.domain.feed_entries import NotAFeed, ParsedFeed, parse_feed
from mbdesk.platforms.base import PlatformError, TemporaryFailure, Unreachable
from mbdesk.platforms.http import Cancelled, HttpClient, request_scope
from mbdesk.store import feeds as store

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 5 * 1024 * 1024  # a shop's feed is kilobytes; 5 MB is far beyond any real one
FETCH_DEADLINE = 60.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
          "text/xml;q=0.9, */*;q=0.5")


class FeedProblem(Exception):
    """Why a feed could not be added or checked; ``code`` as in the module docstring,
    ``detail`` in English for the log and the CLI."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class FeedTooLarge(TemporaryFailure):
    pass


class _FeedClient(HttpClient):
    """An HttpClient whose size-cap failure can be told apart from the others."""

    def _too_big(self, where: str, unsafe: bool) -> PlatformError:
        return FeedTooLarge(f"The feed is larger than {self.max_answer_bytes // (1024 * 1024)} MB.")


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    not_modified: bool
    data: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class CheckOutcome:
    feed_id: int
    result: str  # ok | not_modified | a FeedProblem code
    new_drafts: int = 0
    detail: str = ""
    title: str = ""


def normalize_url(text: str) -> str:
    """The feed address as stored: http(s) with a host, no fragment; raises ``bad_url``."""
    text = text.strip()
    if text and "://" not in text and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)", text):
        text = "https://" + text  # "shop.example/feed" (but not "javascript:…")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port  # a port that is not a number raises here
    except ValueError as exc:
        raise FeedProblem("bad_url", str(exc)) from None
    if parts.scheme.lower() not in ("http", "https") or not host or any(
            c.isspace() for c in text):
        raise FeedProblem("bad_url", "a feed address starts with http:// or https://")
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def fetch(url: str, etag: str = "", last_modified: str = "",
          stop: threading.Event | None = None) -> Fetched:
    """GET the feed (conditionally), following redirects; raises :class:`FeedProblem`."""
    headers = {"Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    with request_scope(stop, FETCH_DEADLINE):
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(current)
            origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
            client = _FeedClient(origin, platform_label="feed's server", read_timeout=20.0,
                                 deadline=FETCH_DEADLINE, max_answer_bytes=MAX_FEED_BYTES,
                                 stop_event=stop)
            try:
                resp = client.request("GET", current, headers=headers, auth=False)
            except FeedTooLarge as exc:
                raise FeedProblem("too_big", exc.message) from None
            except Cancelled as exc:
                raise FeedProblem("stopped", exc.message) from None
            except Unreachable as exc:
                raise FeedProblem("unreachable", exc.message) from None
            except PlatformError as exc:
                raise FeedProblem("failed", exc.message) from None
            if resp.status_code in (301, 302, 303, 307, 308):
                target = urljoin(current, resp.headers.get("Location", ""))
                if urlsplit(target).scheme.lower() not in ("http", "https"):
                    raise FeedProblem("failed", "the server redirected to a non-web address")
                current = target
                continue
            if resp.status_code == 304:
                return Fetched(current, True, etag=etag, last_modified=last_modified)
            if resp.status_code != 200:
                raise FeedProblem("http_error", f"HTTP {resp.status_code}")
            return Fetched(current, False, resp.content,
                           resp.headers.get("Content-Type", ""),
                           resp.headers.get("ETag", ""), resp.headers.get("Last-Modified", ""))
    raise FeedProblem("failed", "too many redirects")


def _parse(fetched: Fetched) -> ParsedFeed:
    try:
        return parse_feed(fetched.data, fetched.url, fetched.content_type)
    except NotAFeed as exc:
        raise FeedProblem("not_a_feed", str(exc)[:200]) from None


@dataclass(frozen=True)
class Added:
    feed_id: int
    title: str
    new_drafts: int
    remembered: int


def add_feed(text: str, stop: threading.Event | None = None,
             account_ids: tuple[int, ...] = ()) -> Added:
    """Check the address, fetch the feed once, remember it (with ``account_ids`` as the default
    targets of its drafts) and make drafts of its newest entries
    (``store.feeds.FIRST_CHECK_DRAFTS``). Raises :class:`FeedProblem`; nothing is stored unless
    the feed could be read."""
    url = normalize_url(text)
    fetched = fetch(url, stop=stop)
    parsed = _parse(fetched)
    try:
        feed_id = store.add_feed(url, parsed.title, parsed.site_url)
    except store.FeedExists as exc:
        raise FeedProblem("exists", str(exc.feed_id)) from None
    if account_ids:
        store.set_feed_accounts(feed_id, account_ids)
    stored = store.store_entries(feed_id, parsed, fetched.etag, fetched.last_modified)
    return Added(feed_id, parsed.title, len(stored.new_drafts), stored.remembered)


def check_feed(feed_id: int, stop: threading.Event | None = None) -> CheckOutcome:
    """Fetch one feed and make drafts of entries never seen; the result is also stored on the
    feed (shown in the Feeds dialog and ``mbdesk feeds list``)."""
    row = store.get_feed(feed_id)
    if row is None:
        return CheckOutcome(feed_id, "gone")
    etag, modified = store.validators(feed_id)
    try:
        fetched = fetch(row.url, etag, modified, stop)
        if fetched.not_modified:
            store.record_not_modified(feed_id)
            return CheckOutcome(feed_id, "not_modified", title=row.title)
        parsed = _parse(fetched)
    except FeedProblem as exc:
        if exc.code != "stopped":
            store.record_problem(feed_id, exc.code, exc.detail)
        log.info("feed %s: %s", feed_id, exc.code)
        return CheckOutcome(feed_id, exc.code, detail=exc.detail, title=row.title)
    stored = store.store_entries(feed_id, parsed, fetched.etag, fetched.last_modified)
    return CheckOutcome(feed_id, "ok", len(stored.new_drafts), title=parsed.title or row.title)


def check_all(stop: threading.Event | None = None) -> list[CheckOutcome]:
    outcomes = []
    for feed_id in store.feed_ids():
        if stop is not None and stop.is_set():
            break
        outcomes.append(check_feed(feed_id, stop))
    return outcomes


def problem_text(code: str, detail: str = "") -> str:
    """English words for a problem code (CLI; the window has translated ones)."""
    texts = {
        "bad_url": "That is not a feed address: it must start with http:// or https://.",
        "unreachable": "The feed's server could not be reached; check the address and the "
                       "network, then try again.",
        "too_big": f"The feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB; mbdesk did "
                   "not read it. Use a feed of the newest entries only.",
        "not_a_feed": "That address does not give an RSS or Atom feed (perhaps a web page); "
                      "look on the site for its feed link.",
        "http_error": f"The feed's server refused ({detail}); check the address.",
        "failed": f"The feed could not be read ({detail}); mbdesk tries again at the next "
                  "check.",
        "stopped": "Stopped before the feed was read.",
        "exists": "This feed is already in the list.",
    }
    return texts.get(code, detail or code)
