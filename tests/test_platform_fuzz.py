"""Fuzz tests of every platform's parsers (issue 12, defect 4).

Whatever a server sends — a valid sample answer per endpoint with its parts mutated (wrong
types, huge numbers, odd dates, missing keys, unicode, nesting), random JSON, or bytes that are
no JSON at all — each client method that reads it gives typed results (``platforms/base.py``)
or a ``PlatformError``: never another exception, never a hang.

The answers are canned (no network): each client's ``HttpClient`` is swapped for one that
returns a ``requests.Response`` built here, so the real decoding, error mapping and parsing
run. Examples are derandomized and capped (``MBDESK_FUZZ_EXAMPLES``, 200 by default per
parser) so the suite stays fast and repeatable in CI.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import types
import typing
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mbdesk.platforms import parse
from mbdesk.platforms.base import PlatformError, PublishRequest
from mbdesk.platforms.bluesky import BlueskyClient, BlueskySession
from mbdesk.platforms.http import HttpClient
from mbdesk.platforms.mastodon import MastodonClient
from mbdesk.platforms.weibo import WeiboClient
from mbdesk.platforms.x import XClient, XTokens
from mbdesk.store.outbox import make_tid

FUZZ = settings(max_examples=int(os.environ.get("MBDESK_FUZZ_EXAMPLES", "200")), deadline=None,
                derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

# --- what a hostile server sends --------------------------------------------------------------

ODD_DATES = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "", "yesterday",
             "2026-02-30T10:00:00Z", "2026-01-01T10:00:00.000Z", "+275760-09-13T00:00:00Z",
             "Mon Jan 01 00:00:00 +1400 0001", "Fri Dec 31 23:59:59 -1400 9999",
             "Tue May 31 17:46:55 +0800 2011"]
HUGE = [10**30, -(10**30), 2**63, 2**64, -1, 0, 1e308, -1e308, 1.5, float("inf"),
        float("-inf"), float("nan")]
ODD_TEXT = ["\u202eevil", "\x1b]0;title\x07\x1b[2J", "𝕏😀" * 3, "9" * 5000, "²³", " ", "0",
            "<b>x</b>", "at://did:plc:x/app.bsky.feed.post/1", "http://t.cn/abc"]

scalars = st.one_of(st.none(), st.booleans(), st.sampled_from(HUGE), st.integers(),
                    st.floats(), st.text(max_size=20), st.sampled_from(ODD_DATES),
                    st.sampled_from(ODD_TEXT))
any_json = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                        max_leaves=20)
RAW_BODIES = [b"[" * 100_000, b"{\"a\":" * 50_000, b"\xff\xfe\x00", b"", b"null",
              b"<html>502 Bad Gateway</html>", b"[" * 900 + b"]" * 900, b"{\"id\": 1"]


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """``value`` with some parts dropped, replaced by any JSON, or mutated further down."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            action = draw(st.integers(0, 9))
            if action == 0:
                continue  # a missing key
            if action <= 2:
                out[key] = draw(any_json)
            else:
                out[key] = draw(mutated(item))
        if draw(st.integers(0, 9)) == 0:
            out[draw(st.text(max_size=6))] = draw(any_json)
        return out
    if isinstance(value, list):
        out_list = [draw(mutated(item)) for item in value]
        if out_list and draw(st.integers(0, 5)) == 0:
            out_list.append(copy.deepcopy(out_list[0]))  # the same item twice
        if draw(st.integers(0, 5)) == 0:
            out_list.insert(draw(st.integers(0, len(out_list))), draw(any_json))
        return out_list
    if draw(st.integers(0, 4)) == 0:
        return draw(scalars)
    return value


def bodies(sample: Any) -> st.SearchStrategy[Any]:
    """Mostly mutations of a valid answer, sometimes random JSON or bytes that are no JSON."""
    return st.one_of(mutated(sample), mutated(sample), mutated(sample), any_json,
                     st.sampled_from(RAW_BODIES))


# --- canned answers ---------------------------------------------------------------------------


class CannedHttp(HttpClient):
    """Answers each request from ``routes`` (first "METHOD /path" containing the key wins);
    404 for anything else. Nothing leaves the process."""

    def __init__(self, base_url: str, routes: list[tuple[str, Any]], status: int = 200) -> None:
        super().__init__(base_url, token="secret-token")
        self.routes = routes
        self.status = status

    def request(self, method: str, path_or_url: str, **_kw: Any) -> requests.Response:
        url = self.url(path_or_url)
        where = f"{method} {urlsplit(url).path}"
        body: Any = b'{"error": "Record not found"}'
        status = 404
        for key, answer in self.routes:
            if key in where:
                body, status = answer, self.status
                break
        resp = requests.Response()
        resp.status_code = status
        resp._content = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        resp.headers["Content-Type"] = "application/json"
        resp.url = url
        resp.encoding = "utf-8"
        return resp


def check(value: Any) -> None:
    """Typed results only: every dataclass field holds what its annotation says; counts fit
    SQLite's INTEGER; times are naive datetimes."""
    if isinstance(value, list | tuple):
        for item in value:
            check(item)
        return
    if value is None:
        return
    assert dataclasses.is_dataclass(value), f"not a typed result: {value!r}"
    hints = typing.get_type_hints(type(value))
    for f in dataclasses.fields(value):
        got = getattr(value, f.name)
        want = hints[f.name]
        allowed = typing.get_args(want) if isinstance(want, types.UnionType) else (want,)
        simple = tuple(typing.get_origin(a) or a for a in allowed if a is not type(None))
        if got is None:
            assert type(None) in allowed, f"{f.name} is None"
            continue
        assert isinstance(got, simple), f"{type(value).__name__}.{f.name}: {got!r}"
        if isinstance(got, int) and not isinstance(got, bool):
            assert 0 <= got <= parse.MAX_COUNT, f"{f.name} = {got}"
        if isinstance(got, datetime):
            assert got.tzinfo is None
        if isinstance(got, list) or dataclasses.is_dataclass(got):
            check(got)


def survives(call: Callable[[], Any]) -> None:
    """The call gives typed results or a PlatformError; any other exception fails the test."""
    try:
        result = call()
    except PlatformError:
        return
    check(result)


# --- Mastodon ---------------------------------------------------------------------------------

M_ACCOUNT = {"id": "7", "acct": "alice@remote.example", "username": "alice",
             "display_name": "Alice", "avatar": "https://remote.example/a.png",
             "note": "<p>bread fan</p>", "followers_count": 5, "following_count": 3,
             "statuses_count": 9, "bot": False}
M_STATUS = {"id": "100", "created_at": "2026-01-01T10:00:00.000Z", "content": "<p>@shop hola</p>",
            "url": "https://remote.example/@alice/100", "language": "es", "in_reply_to_id": None,
            "conversation_id": "5", "account": M_ACCOUNT, "replies_count": 1,
            "reblogs_count": 2, "favourites_count": 3, "media_attachments": [],
            "spoiler_text": ""}
M_NOTIFICATION = {"id": "900", "type": "mention", "created_at": "2026-01-01T10:00:01.000Z",
                  "account": M_ACCOUNT, "status": M_STATUS}
M_ME = {"id": "1", "acct": "shop", "username": "shop", "followers_count": 10,
        "following_count": 2, "statuses_count": 40}
M_INSTANCE = {"domain": "fake.example", "version": "4.3.0",
              "configuration": {"statuses": {"max_characters": 500,
                                             "characters_reserved_per_url": 23,
                                             "max_media_attachments": 4},
                                "media_attachments": {"image_size_limit": 16777216}},
              "api_versions": {"mastodon": 2}}


def mastodon(routes: list[tuple[str, Any]], status: int = 200) -> MastodonClient:
    client = MastodonClient("https://fake.example", "secret-token", initial_mention_pages=1)
    client.http = CannedHttp(client.instance_url, [
        *routes, ("/api/v1/accounts/verify_credentials", M_ME), ("/api/v1/notifications", [])],
        status)
    client.use_capabilities({"notification_requests": True})
    return client


MASTODON_CASES: dict[str, tuple[list[str], Any, Callable[[MastodonClient], Any]]] = {
    "mentions": (["/api/v1/notifications"], [M_NOTIFICATION, {**M_NOTIFICATION, "id": "901"}],
                 lambda c: c.list_mentions(None)),
    "notification_requests": (["/api/v1/notifications/requests"],
                              [{"id": "r1", "account": M_ACCOUNT, "last_status": M_STATUS}],
                              lambda c: c.list_mentions("899")),
    "followers": (["/followers"], [M_ACCOUNT, {**M_ACCOUNT, "id": "8"}],
                  lambda c: c.list_followers(None)),
    "thread": (["/context", "/api/v1/statuses/100"],
               {"ancestors": [M_STATUS], "descendants": [M_STATUS]},
               lambda c: c.fetch_thread("100")),
    "metrics": (["/api/v1/accounts/1/statuses", "/api/v1/statuses/"], [M_STATUS],
                lambda c: c.post_metrics(["100", "101"])),
    "account_stats": (["/api/v1/accounts/verify_credentials"], M_ME,
                      lambda c: c.account_stats()),
    "search": (["/api/v2/search"], {"statuses": [M_STATUS]}, lambda c: c.search("pan")),
    "hashtag": (["/api/v1/timelines/tag/"], [M_STATUS], lambda c: c.search("#pan")),
    "publish": (["POST /api/v1/statuses"], M_STATUS,
                lambda c: c.publish(PublishRequest(idempotency_key="k", text="hola"))),
    "profile": (["/api/v2/instance", "/api/v1/instance"], M_INSTANCE,
                lambda c: c.probe_profile()),
    "follow_requests": (["/api/v1/follow_requests"], [M_ACCOUNT],
                        lambda c: c.list_follow_requests()),
}


@pytest.mark.parametrize("case", sorted(MASTODON_CASES))
def test_mastodon_parsers_survive_any_answer(case: str) -> None:
    keys, sample, call = MASTODON_CASES[case]
    survives(lambda: call(mastodon([(k, sample) for k in keys])))  # the sample itself reads

    @FUZZ
    @given(body=bodies(sample))
    def fuzz(body: Any) -> None:
        survives(lambda: call(mastodon([(k, body) for k in keys])))

    fuzz()


# --- Bluesky ----------------------------------------------------------------------------------

B_ACTOR = {"did": "did:plc:amigo", "handle": "amigo.test", "displayName": "Amigo",
           "avatar": "", "description": "", "followersCount": 3, "followsCount": 2,
           "postsCount": 9, "labels": [{"val": "bot"}]}
B_URI = "at://did:plc:amigo/app.bsky.feed.post/3kabc"
B_RECORD = {"$type": "app.bsky.feed.post", "text": "@shop.test ¿hay pan?",
            "createdAt": "2026-01-01T10:00:00.000Z", "langs": ["es"],
            "facets": [{"index": {"byteStart": 0, "byteEnd": 10},
                        "features": [{"$type": "app.bsky.richtext.facet#mention",
                                      "did": "did:plc:shop"}]}],
            "reply": {"root": {"uri": B_URI, "cid": "c"}, "parent": {"uri": B_URI, "cid": "c"}}}
B_NOTIFICATION = {"uri": B_URI, "cid": "c", "author": B_ACTOR, "reason": "mention",
                  "record": B_RECORD, "isRead": False, "indexedAt": "2026-01-01T10:00:01.000Z",
                  "labels": []}
B_POST = {"uri": B_URI, "cid": "c", "author": B_ACTOR, "record": B_RECORD,
          "indexedAt": "2026-01-01T10:00:01.000Z", "replyCount": 1, "repostCount": 2,
          "likeCount": 3}


def bluesky(routes: list[tuple[str, Any]], status: int = 200) -> BlueskyClient:
    session = BlueskySession("access-jwt", "refresh-jwt", "did:plc:shop", "shop.test",
                             service="https://pds.example")
    client = BlueskyClient(session, initial_mention_pages=1)
    client.http = CannedHttp("https://pds.example", [
        *routes, ("app.bsky.notification.updateSeen", {})], status)
    return client


def _bluesky_publish(c: BlueskyClient) -> Any:
    return c.publish(PublishRequest(idempotency_key="k", text="hola", record_key=make_tid()))


BLUESKY_CASES: dict[str, tuple[list[str], Any, Callable[[BlueskyClient], Any]]] = {
    "mentions": (["listNotifications"], {"notifications": [B_NOTIFICATION], "cursor": "x"},
                 lambda c: c.list_mentions(None)),
    "followers": (["getFollowers"], {"followers": [B_ACTOR], "cursor": "next"},
                  lambda c: c.list_followers(None)),
    "thread": (["getPostThread"],
               {"thread": {"post": B_POST, "parent": {"post": B_POST},
                           "replies": [{"post": B_POST, "replies": [{"post": B_POST}]}]}},
               lambda c: c.fetch_thread(B_URI)),
    "metrics": (["getPosts"], {"posts": [B_POST]}, lambda c: c.post_metrics([B_URI])),
    "account_stats": (["getProfile"], B_ACTOR, lambda c: c.account_stats()),
    "search": (["searchPosts"], {"posts": [B_POST]}, lambda c: c.search("pan")),
    "publish": (["createRecord", "getRecord"],
                {"uri": "at://did:plc:shop/app.bsky.feed.post/3kxyz", "cid": "c",
                 "value": B_RECORD}, _bluesky_publish),
}


@pytest.mark.parametrize("case", sorted(BLUESKY_CASES))
def test_bluesky_parsers_survive_any_answer(case: str) -> None:
    keys, sample, call = BLUESKY_CASES[case]
    survives(lambda: call(bluesky([(k, sample) for k in keys])))

    @FUZZ
    @given(body=bodies(sample))
    def fuzz(body: Any) -> None:
        survives(lambda: call(bluesky([(k, body) for k in keys])))

    fuzz()


# --- Weibo ------------------------------------------------------------------------------------

W_USER = {"id": 2001, "idstr": "2001", "screen_name": "小明", "profile_image_url": "",
          "description": "爱吃面包", "followers_count": 5, "friends_count": 3,
          "statuses_count": 9, "verified": False}
W_STATUS = {"id": 4000000000000001, "idstr": "4000000000000001", "mid": "4000000000000001",
            "text": "@小面包店 你好 http://t.cn/abc",
            "created_at": "Tue May 31 17:46:55 +0800 2011", "user": W_USER, "pic_ids": [],
            "url_struct": [{"short_url": "http://t.cn/abc", "ori_url": "https://shop.example/p"}]}
W_COMMENT = {"id": 5000000000000001, "idstr": "5000000000000001", "text": "好吃",
             "created_at": "Tue May 31 17:46:55 +0800 2011", "user": W_USER,
             "status": {**W_STATUS, "user": {**W_USER, "id": 1, "idstr": "1"}},
             "reply_comment": {"id": 5000000000000000, "idstr": "5000000000000000",
                               "user": W_USER}}


def weibo(routes: list[tuple[str, Any]], status: int = 200) -> WeiboClient:
    client = WeiboClient("https://api.weibo.example", "secret-token", uid="1")
    client.http = CannedHttp(client.api_base, routes, status)
    return client


WEIBO_CASES: dict[str, tuple[list[str], Any, Callable[[WeiboClient], Any]]] = {
    "mentions": (["comments/to_me", "comments/mentions", "statuses/mentions"],
                 {"comments": [W_COMMENT], "statuses": [W_STATUS]},
                 lambda c: c.list_mentions(None)),
    "mentions_since": (["comments/to_me", "comments/mentions", "statuses/mentions"],
                       {"comments": [W_COMMENT], "statuses": [W_STATUS]},
                       lambda c: c.list_mentions("t=1;m=1;s=1")),
    "followers": (["friendships/followers"], {"users": [W_USER], "next_cursor": 20},
                  lambda c: c.list_followers(None)),
    "thread": (["statuses/show", "comments/show"], {**W_STATUS, "comments": [W_COMMENT]},
               lambda c: c.fetch_thread("4000000000000001")),
    "metrics": (["statuses/count"], [{"id": 4000000000000001, "comments": 1, "reposts": 2,
                                      "attitudes": 3}],
                lambda c: c.post_metrics(["4000000000000001"])),
    "account_stats": (["users/show"], W_USER, lambda c: c.account_stats()),
    "publish": (["statuses/share"], W_STATUS,
                lambda c: c.publish(PublishRequest(idempotency_key="k", text="你好"))),
}


@pytest.mark.parametrize("case", sorted(WEIBO_CASES))
def test_weibo_parsers_survive_any_answer(case: str) -> None:
    keys, sample, call = WEIBO_CASES[case]
    survives(lambda: call(weibo([(k, sample) for k in keys])))

    @FUZZ
    @given(body=bodies(sample))
    def fuzz(body: Any) -> None:
        survives(lambda: call(weibo([(k, body) for k in keys])))

    fuzz()


# --- X ----------------------------------------------------------------------------------------

X_USER = {"id": "2244994945", "username": "amigo", "name": "Amigo", "profile_image_url": "",
          "description": "", "verified": False,
          "public_metrics": {"followers_count": 5, "following_count": 3, "tweet_count": 9}}
X_TWEET = {"id": "1850000000000000001", "text": "@shop hola https://t.co/x",
           "author_id": "2244994945", "created_at": "2026-01-01T10:00:00.000Z",
           "conversation_id": "1850000000000000001", "lang": "es",
           "referenced_tweets": [{"type": "replied_to", "id": "1849999999999999999"}],
           "entities": {"urls": [{"start": 11, "end": 25, "url": "https://t.co/x",
                                  "expanded_url": "https://shop.example/p"}]},
           "public_metrics": {"reply_count": 1, "retweet_count": 2, "quote_count": 0,
                              "like_count": 3},
           "attachments": {"media_keys": []}}
X_PAGE = {"data": [X_TWEET], "includes": {"users": [X_USER]},
          "meta": {"newest_id": "1850000000000000001", "result_count": 1}}


def xclient(routes: list[tuple[str, Any]], status: int = 200) -> XClient:
    client = XClient(XTokens("access"), client_id="cid", api_base="https://api.x.example",
                     user_id="1")
    client.http = CannedHttp(client.api_base, routes, status)
    return client


X_CASES: dict[str, tuple[list[str], Any, Callable[[XClient], Any]]] = {
    "mentions": (["/2/users/1/mentions"], X_PAGE, lambda c: c.list_mentions(None)),
    "mentions_since": (["/2/users/1/mentions"], X_PAGE,
                       lambda c: c.list_mentions("1849999999999999990")),
    "followers": (["/2/users/1/followers"], {"data": [X_USER], "meta": {"next_token": "t"}},
                  lambda c: c.list_followers(None)),
    "thread": (["/2/tweets/"], {**X_PAGE, "data": X_TWEET},
               lambda c: c.fetch_thread("1850000000000000001")),
    "metrics": (["GET /2/tweets"], X_PAGE, lambda c: c.post_metrics(["1850000000000000001"])),
    "account_stats": (["/2/users/me"], {"data": {**X_USER, "id": "1"}},
                      lambda c: c.account_stats()),
    "search": (["/2/tweets/search/recent"], X_PAGE, lambda c: c.search("pan")),
    "publish": (["POST /2/tweets"], {"data": {"id": "1850000000000000009", "text": "hola"}},
                lambda c: c.publish(PublishRequest(idempotency_key="k", text="hola"))),
}


@pytest.mark.parametrize("case", sorted(X_CASES))
def test_x_parsers_survive_any_answer(case: str) -> None:
    keys, sample, call = X_CASES[case]
    survives(lambda: call(xclient([(k, sample) for k in keys])))

    @FUZZ
    @given(body=bodies(sample))
    def fuzz(body: Any) -> None:
        survives(lambda: call(xclient([(k, body) for k in keys])))

    fuzz()


# --- error bodies -----------------------------------------------------------------------------

ERROR_SAMPLES = {
    "mastodon": ({"error": "Validation failed", "error_description": "Text too long"},
                 lambda routes, status: mastodon(routes, status).list_mentions(None),
                 "/api/v1/notifications"),
    "bluesky": ({"error": "InvalidRequest", "message": "bad"},
                lambda routes, status: bluesky(routes, status).list_mentions(None),
                "listNotifications"),
    "weibo": ({"error_code": 21327, "error": "expired_token", "request": "/2/x.json"},
              lambda routes, status: weibo(routes, status).account_stats(), "users/show"),
    "x": ({"title": "Forbidden", "detail": "no", "type": "about:blank",
           "errors": [{"message": "x"}]},
          lambda routes, status: xclient(routes, status).list_mentions(None), "mentions"),
}


@pytest.mark.parametrize("platform", sorted(ERROR_SAMPLES))
def test_error_bodies_become_platform_errors(platform: str) -> None:
    sample, call, key = ERROR_SAMPLES[platform]

    @FUZZ
    @given(body=bodies(sample), status=st.sampled_from([400, 401, 403, 404, 408, 413, 422, 429,
                                                        500, 501, 502, 503]))
    def fuzz(body: Any, status: int) -> None:
        survives(lambda: call([(key, body)], status))

    fuzz()
