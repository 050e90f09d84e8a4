"""Whom a reply addresses (domain.replies): the author and the others a Mastodon post named,
never our own account, never twice; no @prefix where the platform notifies without one."""

from __future__ import annotations

import pytest

from mbdesk.domain.replies import address, addressees, reply_prefix

OWN = "shop@bakery.example"


def test_author_first_then_the_others_without_us_or_repeats():
    named = ["shop", "bob@other.example", "Alice@Remote.example", "SHOP@bakery.example", "carla"]
    assert addressees("mastodon", "alice@remote.example", named, OWN) == \
        ["alice@remote.example", "bob@other.example", "carla"]


def test_our_own_post_replied_to_by_us_addresses_nobody_but_the_others():
    assert addressees("mastodon", "shop", ["bob@other.example"], OWN) == ["bob@other.example"]


@pytest.mark.parametrize("platform", ["bluesky", "weibo", "x"])
def test_platforms_that_notify_through_the_reply_get_no_prefix(platform):
    assert addressees(platform, "alice", ["bob"], OWN) == []
    assert reply_prefix(platform, "alice") == ""


@pytest.mark.parametrize(("body", "expected"), [
    ("thanks!", "@alice@remote.example @carla thanks!"),
    ("@alice@remote.example thanks!", "@carla @alice@remote.example thanks!"),
    ("@ALICE@remote.example @carla@bakery.example. thanks!",
     "@ALICE@remote.example @carla@bakery.example. thanks!"),
    # @alice alone would be a local alice on our server: not the same person
    ("@alice hi", "@alice@remote.example @carla @alice hi"),
    ("  hi", "@alice@remote.example @carla hi"),
])
def test_address_puts_in_front_only_who_is_not_named_yet(body, expected):
    assert address(body, ["alice@remote.example", "carla"], OWN) == expected


def test_address_is_idempotent():
    once = address("hello", ["alice@remote.example", "carla"], OWN)
    assert address(once, ["alice@remote.example", "carla"], OWN) == once


def test_a_status_mentions_list_is_read_defensively():
    from mbdesk.platforms.mastodon import _mentioned

    raw = [{"acct": "bob@other.example"}, "junk", {"acct": 7}, {"acct": "x y"},
           {"acct": "@evil <b>"}, {"acct": "carla"}, {"acct": "bob@other.example"}, {}]
    assert _mentioned(raw) == ("bob@other.example", "carla")
    assert _mentioned(None) == () and _mentioned({"acct": "bob"}) == ()
    assert len(_mentioned([{"acct": f"u{i}"} for i in range(500)])) == 50
