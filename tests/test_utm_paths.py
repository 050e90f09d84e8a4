"""UTM tagging at the one way in (store.post_queue): the composer's scheduling, `mbdesk post`
and the CSV import tag the account's own links the same way; replies are not tagged; the length
checked is that of the tagged text."""

from __future__ import annotations

import pytest

from mbdesk.app import main
from mbdesk.services.replies import queue_reply
from mbdesk.services.scheduling import schedule_draft
from mbdesk.store import schedule_io
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account, Draft, Mention, OutboxItem, Person
from mbdesk.store.post_queue import NewPost, PostRefused, queue_posts
from mbdesk.store.queries.drafts import get_draft
from mbdesk.store.utm import account_settings, save_account_settings

TAGGED = "https://shop.example/bread?utm_source=mastodon&utm_medium=social"


@pytest.fixture
def shop(db):
    account = Account.create(platform="mastodon", handle="shop@example.social")
    save_account_settings(account.id, enabled=True, domains=["https://Shop.Example/"])
    return account


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


def test_settings_are_kept_per_account(shop):
    other = Account.create(platform="bluesky", handle="b.bsky.social")
    assert account_settings(shop.id, "mastodon").domains == ("shop.example",)
    assert account_settings(shop.id, "mastodon").source == "mastodon"
    assert account_settings(other.id, "bluesky").enabled is False
    save_account_settings(other.id, enabled=True, source="bsky", medium="organic",
                          domains=["shop.example"])
    s = account_settings(other.id, "bluesky")
    assert (s.source, s.medium) == ("bsky", "organic")


def test_composer_schedule_tags_with_the_drafts_campaign(workspace, shop):
    draft_id = save_draft(None, DraftInput(
        title="t", body="Fresh https://shop.example/bread and https://news.example/x",
        target_ids=(shop.id,), campaign="spring sale"))
    assert get_draft(draft_id).campaign == "spring sale"
    # a save without a campaign leaves it
    save_draft(draft_id, DraftInput(title="t2", body=get_draft(draft_id).body,
                                    target_ids=(shop.id,)))
    assert Draft.get_by_id(draft_id).campaign == "spring sale"
    scheduled = schedule_draft(draft_id, None, "", workspace.media)
    [item] = OutboxItem.select().where(OutboxItem.id.in_(scheduled.item_ids))
    assert item.body == (f"Fresh {TAGGED}&utm_campaign=spring%20sale and "
                         "https://news.example/x")


def test_cli_post_tags_and_says_so(workspace, shop, capsys):
    assert run(workspace, "post", "--account", "shop@example.social", "--campaign", "may",
               "Bread https://shop.example/bread#top") == 0
    [item] = OutboxItem.select()
    assert item.body == f"Bread {TAGGED}&utm_campaign=may#top"
    assert "Tagged for your web analytics" in capsys.readouterr().err


def test_csv_import_tags_with_its_campaign_column(workspace, shop, tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("datetime,account,text,campaign\n"
                    "2030-03-10 09:00,shop,新品 https://shop.example/bread。,春季\n",
                    encoding="utf-8")
    report = schedule_io.check_import(path, "Asia/Shanghai")
    assert [r.problems for r in report.rows] == [[]]
    schedule_io.import_rows(report.rows, workspace.media)
    [item] = OutboxItem.select()
    assert item.body == f"新品 {TAGGED}&utm_campaign=%E6%98%A5%E5%AD%A3。"
    assert Draft.get_by_id(item.draft_id).campaign == "春季"


def test_replies_are_not_tagged(workspace, shop):
    person = Person.create(platform="mastodon", remote_id="9", handle="ana@x.social")
    mention = Mention.create(account=shop, remote_id="n1", status_remote_id="s1",
                             author=person, text_plain="hi", text_html="hi")
    item_id = queue_reply(mention.id, "See https://shop.example/bread")
    assert OutboxItem.get_by_id(item_id).body.endswith(" See https://shop.example/bread")


def test_off_by_default_and_length_counts_the_tagged_link(db):
    sky = Account.create(platform="bluesky", handle="shop.bsky.social")
    text = "x" * 250 + " https://shop.example/b"
    queue_posts([NewPost(sky.id, text)], None)  # tagging off: fits (273 graphemes)
    save_account_settings(sky.id, enabled=True, domains=["shop.example"])
    with pytest.raises(PostRefused) as refused:
        queue_posts([NewPost(sky.id, text, campaign="spring")], None)
    [refusal] = refused.value.refusals
    assert refusal.code == "too_long"
    assert refusal.values["count"] == len(text) + len("?utm_source=bluesky&utm_medium=social"
                                                      "&utm_campaign=spring")
