"""Ordered, atomic schema migrations.

Each migration is plain SQL for one version step and never imports today's model classes, so
an old database can always be brought forward. ``SCHEMA_VERSION`` is the newest version; the
models in ``models.py`` describe the tables as they are after the last step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from sqlite3 import Connection


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def split_statements(sql: str) -> list[str]:
    """Split a script into whole statements (a trigger body holds semicolons of its own)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:80]}")
    return statements


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        # split when applied, not at import: every start imports this module for
        # SCHEMA_VERSION, and splitting all the steps' SQL cost ~1 ms before the window painted
        for statement in split_statements(sql):
            conn.execute(statement)

    return run


_V1_TABLES = """
    CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
    CREATE TABLE "account" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "platform" VARCHAR(255) NOT NULL, "instance_url" VARCHAR(255) NOT NULL, "handle" VARCHAR(255) NOT NULL, "display_name" VARCHAR(255) NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "color" VARCHAR(255) NOT NULL, "sync_state" VARCHAR(255) NOT NULL, "last_error" TEXT NOT NULL, "last_synced_at" DATETIME, "rate_limited_until" DATETIME, "limits_json" TEXT NOT NULL, "cursors_json" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
    CREATE UNIQUE INDEX "account_uid" ON "account" ("uid");
    CREATE TABLE "draft" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "spoiler_text" TEXT NOT NULL, "category" VARCHAR(255) NOT NULL, "language" VARCHAR(255) NOT NULL, "hashtags" TEXT NOT NULL, "link" TEXT NOT NULL, "state" VARCHAR(255) NOT NULL, "archived" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
    CREATE UNIQUE INDEX "draft_uid" ON "draft" ("uid");
    CREATE TABLE "draft_target" ("id" INTEGER NOT NULL PRIMARY KEY, "draft_id" INTEGER NOT NULL, "account_id" INTEGER NOT NULL, "body" TEXT, "spoiler_text" TEXT, "diverged" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("draft_id") REFERENCES "draft" ("id") ON DELETE CASCADE, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
    CREATE INDEX "draft_target_draft_id" ON "draft_target" ("draft_id");
    CREATE INDEX "draft_target_account_id" ON "draft_target" ("account_id");
    CREATE UNIQUE INDEX "draft_target_draft_id_account_id" ON "draft_target" ("draft_id", "account_id");
    CREATE TABLE "media" ("id" INTEGER NOT NULL PRIMARY KEY, "draft_id" INTEGER, "path" TEXT NOT NULL, "mime_type" VARCHAR(255) NOT NULL, "alt_text" TEXT NOT NULL, "width" INTEGER NOT NULL, "height" INTEGER NOT NULL, "size_bytes" INTEGER NOT NULL, "sha256" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("draft_id") REFERENCES "draft" ("id") ON DELETE CASCADE);
    CREATE INDEX "media_draft_id" ON "media" ("draft_id");
    CREATE TABLE "person" ("id" INTEGER NOT NULL PRIMARY KEY, "platform" VARCHAR(255) NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "handle" VARCHAR(255) NOT NULL, "display_name" VARCHAR(255) NOT NULL, "avatar_url" TEXT NOT NULL, "bio" TEXT NOT NULL, "followers_count" INTEGER NOT NULL, "following_count" INTEGER NOT NULL, "posts_count" INTEGER NOT NULL, "verified" INTEGER NOT NULL, "bot" INTEGER NOT NULL, "last_interaction_at" DATETIME, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
    CREATE UNIQUE INDEX "person_platform_remote_id" ON "person" ("platform", "remote_id");
    CREATE TABLE "keyword_watch" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "query" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "enabled" INTEGER NOT NULL, "cursor" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
    CREATE INDEX "keyword_watch_account_id" ON "keyword_watch" ("account_id");
    CREATE TABLE "mention" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "stream" VARCHAR(255) NOT NULL, "watch_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "author_id" INTEGER, "text_html" TEXT NOT NULL, "text_plain" TEXT NOT NULL, "language" VARCHAR(255) NOT NULL, "url" TEXT NOT NULL, "status_remote_id" VARCHAR(255) NOT NULL, "in_reply_to_remote_id" VARCHAR(255) NOT NULL, "thread_root_remote_id" VARCHAR(255) NOT NULL, "conversation_id" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "priority" INTEGER NOT NULL, "negative" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "received_at" DATETIME NOT NULL, "first_reply_at" DATETIME, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("watch_id") REFERENCES "keyword_watch" ("id") ON DELETE SET NULL, FOREIGN KEY ("author_id") REFERENCES "person" ("id") ON DELETE SET NULL);
    CREATE INDEX "mention_account_id" ON "mention" ("account_id");
    CREATE INDEX "mention_watch_id" ON "mention" ("watch_id");
    CREATE INDEX "mention_author_id" ON "mention" ("author_id");
    CREATE UNIQUE INDEX "mention_account_id_stream_remote_id" ON "mention" ("account_id", "stream", "remote_id");
    CREATE TABLE "outbox_item" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "account_id" INTEGER NOT NULL, "draft_id" INTEGER, "mention_id" INTEGER, "in_reply_to_remote_id" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "spoiler_text" TEXT NOT NULL, "visibility" VARCHAR(255) NOT NULL, "language" VARCHAR(255) NOT NULL, "scheduled_at" DATETIME, "scheduled_tz" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "attempts" INTEGER NOT NULL, "last_error" TEXT NOT NULL, "last_attempt_at" DATETIME, "remote_id" VARCHAR(255) NOT NULL, "remote_url" TEXT NOT NULL, "server_scheduled_id" VARCHAR(255) NOT NULL, "record_key" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "sent_at" DATETIME, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("draft_id") REFERENCES "draft" ("id") ON DELETE SET NULL, FOREIGN KEY ("mention_id") REFERENCES "mention" ("id") ON DELETE SET NULL);
    CREATE UNIQUE INDEX "outbox_item_uid" ON "outbox_item" ("uid");
    CREATE INDEX "outbox_item_account_id" ON "outbox_item" ("account_id");
    CREATE INDEX "outbox_item_draft_id" ON "outbox_item" ("draft_id");
    CREATE INDEX "outbox_item_mention_id" ON "outbox_item" ("mention_id");
    CREATE TABLE "outbox_media" ("outbox_id" INTEGER NOT NULL, "media_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "remote_media_id" VARCHAR(255) NOT NULL, PRIMARY KEY ("outbox_id", "media_id"), FOREIGN KEY ("outbox_id") REFERENCES "outbox_item" ("id") ON DELETE CASCADE, FOREIGN KEY ("media_id") REFERENCES "media" ("id") ON DELETE CASCADE);
    CREATE INDEX "outbox_media_outbox_id" ON "outbox_media" ("outbox_id");
    CREATE INDEX "outbox_media_media_id" ON "outbox_media" ("media_id");
    CREATE TABLE "follower_edge" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "first_seen" DATETIME NOT NULL, "last_seen" DATETIME NOT NULL, "lost_at" DATETIME, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
    CREATE INDEX "follower_edge_account_id" ON "follower_edge" ("account_id");
    CREATE INDEX "follower_edge_person_id" ON "follower_edge" ("person_id");
    CREATE UNIQUE INDEX "follower_edge_account_id_person_id" ON "follower_edge" ("account_id", "person_id");
    CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "color" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL);
    CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");
    CREATE TABLE "person_tag" ("person_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, PRIMARY KEY ("person_id", "tag_id"), FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);
    CREATE INDEX "person_tag_person_id" ON "person_tag" ("person_id");
    CREATE INDEX "person_tag_tag_id" ON "person_tag" ("tag_id");
    CREATE TABLE "note" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "body" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
    CREATE INDEX "note_person_id" ON "note" ("person_id");
    CREATE TABLE "account_snapshot" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "day" DATE NOT NULL, "followers" INTEGER NOT NULL, "following" INTEGER NOT NULL, "posts" INTEGER NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
    CREATE INDEX "account_snapshot_account_id" ON "account_snapshot" ("account_id");
    CREATE UNIQUE INDEX "account_snapshot_account_id_day" ON "account_snapshot" ("account_id", "day");
    CREATE TABLE "post" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "outbox_id" INTEGER, "draft_id" INTEGER, "category" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "url" TEXT NOT NULL, "published_at" DATETIME NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("outbox_id") REFERENCES "outbox_item" ("id") ON DELETE SET NULL, FOREIGN KEY ("draft_id") REFERENCES "draft" ("id") ON DELETE SET NULL);
    CREATE INDEX "post_account_id" ON "post" ("account_id");
    CREATE INDEX "post_outbox_id" ON "post" ("outbox_id");
    CREATE INDEX "post_draft_id" ON "post" ("draft_id");
    CREATE UNIQUE INDEX "post_account_id_remote_id" ON "post" ("account_id", "remote_id");
    CREATE TABLE "post_metric_snapshot" ("id" INTEGER NOT NULL PRIMARY KEY, "post_id" INTEGER NOT NULL, "taken_at" DATETIME NOT NULL, "replies" INTEGER NOT NULL, "reposts" INTEGER NOT NULL, "favourites" INTEGER NOT NULL, "clicks" INTEGER, FOREIGN KEY ("post_id") REFERENCES "post" ("id") ON DELETE CASCADE);
    CREATE INDEX "post_metric_snapshot_post_id" ON "post_metric_snapshot" ("post_id");
    CREATE INDEX "mention_created_at" ON "mention" ("created_at");
    CREATE INDEX "mention_state_created_at" ON "mention" ("state", "created_at");
    CREATE INDEX "outbox_item_state_scheduled_at" ON "outbox_item" ("state", "scheduled_at");
    CREATE INDEX "person_handle" ON "person" ("handle");
    CREATE INDEX "draft_updated_at" ON "draft" ("updated_at");
    CREATE INDEX "post_published_at" ON "post" ("published_at");
"""

# Full-text search over mention and draft text. The trigram tokenizer matches any run of three
# or more characters, so Chinese (which has no spaces between words) is searchable too.
_V2_FTS = """
    CREATE VIRTUAL TABLE mention_fts USING fts5(
        text_plain, content='mention', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER mention_fts_ai AFTER INSERT ON mention BEGIN
        INSERT INTO mention_fts(rowid, text_plain) VALUES (new.id, new.text_plain);
    END;
    CREATE TRIGGER mention_fts_ad AFTER DELETE ON mention BEGIN
        INSERT INTO mention_fts(mention_fts, rowid, text_plain)
        VALUES ('delete', old.id, old.text_plain);
    END;
    CREATE TRIGGER mention_fts_au AFTER UPDATE OF text_plain ON mention BEGIN
        INSERT INTO mention_fts(mention_fts, rowid, text_plain)
        VALUES ('delete', old.id, old.text_plain);
        INSERT INTO mention_fts(rowid, text_plain) VALUES (new.id, new.text_plain);
    END;
    CREATE VIRTUAL TABLE draft_fts USING fts5(
        title, body, content='draft', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER draft_fts_ai AFTER INSERT ON draft BEGIN
        INSERT INTO draft_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER draft_fts_ad AFTER DELETE ON draft BEGIN
        INSERT INTO draft_fts(draft_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER draft_fts_au AFTER UPDATE OF title, body ON draft BEGIN
        INSERT INTO draft_fts(draft_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO draft_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    INSERT INTO mention_fts(mention_fts) VALUES ('rebuild');
    INSERT INTO draft_fts(draft_fts) VALUES ('rebuild');
"""

# Indexes for the inbox and followers screens: one account's mentions newest first, and
# followers newest first (all accounts or one), so their first page needs no sort of the table.
_V3_LIST_INDEXES = """
    CREATE INDEX "mention_account_id_created_at" ON "mention" ("account_id", "created_at");
    CREATE INDEX "follower_edge_first_seen" ON "follower_edge" ("first_seen");
    CREATE INDEX "follower_edge_account_id_first_seen" ON "follower_edge" ("account_id", "first_seen");
"""

# The sync engine's outbox: when to try again after a temporary failure, when the first attempt
# left (the Idempotency-Key window is counted from it), and whether the server may hold the post
# (cleared when its schedule is full or the post was taken back from it).
_V4_OUTBOX_SYNC = """
    ALTER TABLE "outbox_item" ADD COLUMN "next_attempt_at" DATETIME;
    ALTER TABLE "outbox_item" ADD COLUMN "first_attempt_at" DATETIME;
    ALTER TABLE "outbox_item" ADD COLUMN "allow_server_schedule" INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX "outbox_item_account_id_state" ON "outbox_item" ("account_id", "state");
"""

# Followers lost (and lost this week) are few: counting them, per account too, from this index
# keeps the followers header from reading every follower edge.
_V5_LOST_INDEX = """
    CREATE INDEX "follower_edge_lost_at_account_id" ON "follower_edge" ("lost_at", "account_id");
"""

# Tag suggestions the owner dismissed, per person and rule, so they are not offered again; and
# people by follower count, for the followers list sorted by reach.
_V6_SUGGESTIONS = """
    CREATE TABLE "suggestion_dismissal" ("person_id" INTEGER NOT NULL, "rule" VARCHAR(255) NOT NULL, "dismissed_at" DATETIME NOT NULL, PRIMARY KEY ("person_id", "rule"), FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
    CREATE INDEX "suggestion_dismissal_person_id" ON "suggestion_dismissal" ("person_id");
    CREATE INDEX "person_followers_count" ON "person" ("followers_count");
"""

# The conversation around a mention, cached when fetched so the thread reads offline.
_V7_THREAD_CACHE = """
    CREATE TABLE "thread_post" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "anchor_remote_id" VARCHAR(255) NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, "author_handle" VARCHAR(255) NOT NULL, "author_name" VARCHAR(255) NOT NULL, "text_html" TEXT NOT NULL, "text_plain" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "in_reply_to_remote_id" VARCHAR(255) NOT NULL, "fetched_at" DATETIME NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
    CREATE INDEX "thread_post_account_id" ON "thread_post" ("account_id");
    CREATE UNIQUE INDEX "thread_post_account_id_anchor_remote_id_remote_id" ON "thread_post" ("account_id", "anchor_remote_id", "remote_id");
"""

# The followers list sorted by name or by last interaction walks these instead of sorting 50,000.
_V8_PEOPLE_SORT = """
    CREATE INDEX "person_sort_name" ON "person" (COALESCE(NULLIF("display_name", ''), "handle") COLLATE NOCASE);
    CREATE INDEX "person_last_interaction_at" ON "person" ("last_interaction_at");
"""

# Mentions still waiting for an answer (new or read, no reply yet): the inbox header counts them
# and finds the oldest on every refresh. Few rows, so a partial index keeps that under a
# millisecond instead of reading every new and read mention (~40 ms on the big shop).
_V9_WAITING_INDEX = """
    CREATE INDEX "mention_waiting" ON "mention" ("account_id", "created_at") WHERE "state" IN ('new', 'read') AND "first_reply_at" IS NULL AND "stream" = 'mentions';
"""

# Search that finds Chinese words of one or two characters and reads newest hits first (the
# trigram index needed three characters, and sorting every hit by date cost more than finding
# them). Text goes in through mb_search_words (every CJK character its own word, see
# store/search_index.py); the rowid is the mention's time in seconds << 31 | its id. Frozen here:
# the index's text function and key must not change without a migration that rebuilds it.
_V10_KEY = "(COALESCE(CAST(strftime('%s', substr({0}.created_at, 1, 19)) AS INTEGER), 0) << 31) | {0}.id"
_V10_WORD_SEARCH = """
    DROP TRIGGER mention_fts_ai;
    DROP TRIGGER mention_fts_ad;
    DROP TRIGGER mention_fts_au;
    DROP TABLE mention_fts;
    CREATE VIRTUAL TABLE mention_search USING fts5(
        words, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2', prefix='1 2');
    CREATE TRIGGER mention_search_ai AFTER INSERT ON mention BEGIN
        INSERT INTO mention_search(rowid, words)
        VALUES ({new}, mb_search_words(new.text_plain));
    END;
    CREATE TRIGGER mention_search_ad AFTER DELETE ON mention BEGIN
        INSERT INTO mention_search(mention_search, rowid, words)
        VALUES ('delete', {old}, mb_search_words(old.text_plain));
    END;
    CREATE TRIGGER mention_search_au AFTER UPDATE OF text_plain, created_at ON mention BEGIN
        INSERT INTO mention_search(mention_search, rowid, words)
        VALUES ('delete', {old}, mb_search_words(old.text_plain));
        INSERT INTO mention_search(rowid, words)
        VALUES ({new}, mb_search_words(new.text_plain));
    END;
    INSERT INTO mention_search(rowid, words)
        SELECT {mention}, mb_search_words(text_plain) FROM mention;
    INSERT INTO mention_search(mention_search) VALUES ('optimize');
""".format(new=_V10_KEY.format("new"), old=_V10_KEY.format("old"),
           mention=_V10_KEY.format("mention"))


def _with_search_functions(run: Callable[[Connection], None]) -> Callable[[Connection], None]:
    """A migration whose SQL calls the search index's text function."""
    def apply(conn: Connection) -> None:
        from mbdesk.store.search_index import register_functions

        register_functions(conn)
        run(conn)

    return apply


# Followers found by an account's first walk were there before mbdesk looked: they are the
# starting point, not "new followers" of that day (which made day one a spike of thousands).
_V11_FOLLOWER_BASELINE = """
    ALTER TABLE "follower_edge" ADD COLUMN "baseline" INTEGER NOT NULL DEFAULT 0;
"""

# Answered mentions by date with what the response-time median needs, so the inbox header's
# "median first reply" reads this small index instead of ~1,700 table rows (~6 ms on each refresh).
_V12_ANSWERED_INDEX = """
    CREATE INDEX "mention_answered" ON "mention" ("created_at", "account_id", "first_reply_at") WHERE "stream" = 'mentions' AND "first_reply_at" IS NOT NULL;
"""

# What each account's server can do (probed, shown, used by the composer and the calendar), how
# each sync step last went, a note on an outbox row the owner should see, and every network
# attempt and lookup of an outbox row with its outcome.
_V13_SERVER_PROFILES = """
    ALTER TABLE "account" ADD COLUMN "profile_json" TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE "account" ADD COLUMN "steps_json" TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE "outbox_item" ADD COLUMN "note" TEXT NOT NULL DEFAULT '';
    CREATE TABLE "outbox_attempt" ("id" INTEGER NOT NULL PRIMARY KEY, "outbox_id" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "started_at" DATETIME NOT NULL, "finished_at" DATETIME, "outcome" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, FOREIGN KEY ("outbox_id") REFERENCES "outbox_item" ("id") ON DELETE CASCADE);
    CREATE INDEX "outbox_attempt_outbox_id" ON "outbox_attempt" ("outbox_id", "id");
"""

# Follow requests to locked accounts: one row per account and person, kept after the decision
# (accepted / rejected here, or "gone": withdrawn or answered elsewhere). Servers do not say when
# a request was made, so ``seen_at`` is when a sync first found it.
_V14_FOLLOW_REQUESTS = """
    CREATE TABLE "follow_request" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "state" VARCHAR(255) NOT NULL, "seen_at" DATETIME NOT NULL, "last_seen_at" DATETIME NOT NULL, "decided_at" DATETIME, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
    CREATE UNIQUE INDEX "follow_request_account_id_person_id" ON "follow_request" ("account_id", "person_id");
    CREATE INDEX "follow_request_person_id" ON "follow_request" ("person_id");
    CREATE INDEX "follow_request_pending" ON "follow_request" ("account_id", "seen_at") WHERE "state" = 'pending';
"""

# Settings of one account that only its platform has (Weibo's safe domain and default link, a
# token's expiry, X's access level), so no platform needs a column of its own.
_V15_ACCOUNT_OPTIONS = """
    ALTER TABLE "account" ADD COLUMN "options_json" TEXT NOT NULL DEFAULT '{}';
"""

# A draft's campaign name (utm_campaign of its tagged links), and competitor watch: rival
# accounts read through one of the owner's accounts, their follower counts once a day and their
# recent public posts with engagement.
_V16_CAMPAIGN_RIVALS = """
    ALTER TABLE "draft" ADD COLUMN "campaign" VARCHAR(255) NOT NULL DEFAULT '';
    CREATE TABLE "rival" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "platform" VARCHAR(255) NOT NULL, "handle" VARCHAR(255) NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "display_name" VARCHAR(255) NOT NULL, "url" TEXT NOT NULL, "added_at" DATETIME NOT NULL, "checked_at" DATETIME, "state" VARCHAR(255) NOT NULL, "last_error" TEXT NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
    CREATE UNIQUE INDEX "rival_account_id_remote_id" ON "rival" ("account_id", "remote_id");
    CREATE TABLE "rival_snapshot" ("id" INTEGER NOT NULL PRIMARY KEY, "rival_id" INTEGER NOT NULL, "day" DATE NOT NULL, "followers" INTEGER NOT NULL, "following" INTEGER NOT NULL, "posts" INTEGER NOT NULL, FOREIGN KEY ("rival_id") REFERENCES "rival" ("id") ON DELETE CASCADE);
    CREATE UNIQUE INDEX "rival_snapshot_rival_id_day" ON "rival_snapshot" ("rival_id", "day");
    CREATE TABLE "rival_post" ("id" INTEGER NOT NULL PRIMARY KEY, "rival_id" INTEGER NOT NULL, "remote_id" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "url" TEXT NOT NULL, "published_at" DATETIME NOT NULL, "replies" INTEGER NOT NULL, "reposts" INTEGER NOT NULL, "favourites" INTEGER NOT NULL, "fetched_at" DATETIME NOT NULL, FOREIGN KEY ("rival_id") REFERENCES "rival" ("id") ON DELETE CASCADE);
    CREATE UNIQUE INDEX "rival_post_rival_id_remote_id" ON "rival_post" ("rival_id", "remote_id");
    CREATE INDEX "rival_post_rival_id_published_at" ON "rival_post" ("rival_id", "published_at");
"""

# Edits and deletes of sent posts are outbox rows of their own ("edit" | "delete") pointing at
# the sent row (``target_id``); the sent row records when it was last edited and when deleted.
_V17_POST_CHANGES = """
    ALTER TABLE "outbox_item" ADD COLUMN "target_id" INTEGER REFERENCES "outbox_item" ("id") ON DELETE CASCADE;
    ALTER TABLE "outbox_item" ADD COLUMN "edited_at" DATETIME;
    ALTER TABLE "outbox_item" ADD COLUMN "deleted_at" DATETIME;
    CREATE INDEX "outbox_item_target_id" ON "outbox_item" ("target_id");
"""

# Who sees a Mastodon post (public, unlisted, private = followers only, direct), per draft like
# its content warning and language, so the composer's choice reaches the outbox row.
_V18_DRAFT_VISIBILITY = """
    ALTER TABLE "draft" ADD COLUMN "visibility" VARCHAR(255) NOT NULL DEFAULT 'public';
"""

# The media library: each image used before, once per content (sha256; a file that cannot be
# read is keyed by its path), with the alt text to offer next time. Feeds to drafts: the feeds
# watched, their conditional-GET validators and last result, and every entry seen per feed
# (keyed by its id, else its link), so each entry becomes a draft once.
_V19_MEDIA_LIBRARY_FEEDS = """
    CREATE TABLE "library_image" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, "path" TEXT NOT NULL, "file_name" TEXT NOT NULL, "mime_type" VARCHAR(255) NOT NULL, "width" INTEGER NOT NULL, "height" INTEGER NOT NULL, "size_bytes" INTEGER NOT NULL, "alt_text" TEXT NOT NULL, "alt_edited" INTEGER NOT NULL, "first_used_at" DATETIME NOT NULL, "last_used_at" DATETIME NOT NULL);
    CREATE UNIQUE INDEX "library_image_key" ON "library_image" ("key");
    CREATE INDEX "library_image_last_used_at" ON "library_image" ("last_used_at", "id");
    CREATE TABLE "feed" ("id" INTEGER NOT NULL PRIMARY KEY, "url" TEXT NOT NULL, "title" TEXT NOT NULL, "site_url" TEXT NOT NULL, "etag" TEXT NOT NULL, "last_modified" TEXT NOT NULL, "added_at" DATETIME NOT NULL, "checked_at" DATETIME, "last_result" VARCHAR(255) NOT NULL, "last_error" TEXT NOT NULL, "drafts_made" INTEGER NOT NULL);
    CREATE UNIQUE INDEX "feed_url" ON "feed" ("url");
    CREATE TABLE "feed_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "feed_id" INTEGER NOT NULL, "entry_key" VARCHAR(255) NOT NULL, "title" TEXT NOT NULL, "link" TEXT NOT NULL, "draft_id" INTEGER, "seen_at" DATETIME NOT NULL, FOREIGN KEY ("feed_id") REFERENCES "feed" ("id") ON DELETE CASCADE, FOREIGN KEY ("draft_id") REFERENCES "draft" ("id") ON DELETE SET NULL);
    CREATE UNIQUE INDEX "feed_entry_feed_id_entry_key" ON "feed_entry" ("feed_id", "entry_key");
    CREATE INDEX "feed_entry_draft_id" ON "feed_entry" ("draft_id");
"""

# The accounts a mention's post names besides us (Mastodon ``mentions[].acct``, space-separated):
# a reply starts with them, as every Mastodon client does, so the thread is notified.
_V20_MENTIONED = """
    ALTER TABLE "mention" ADD COLUMN "mentioned" TEXT NOT NULL DEFAULT '';
"""

# A feed's default target accounts: the drafts its new entries become come with them ticked.
_V21_FEED_ACCOUNTS = """
    CREATE TABLE "feed_account" ("id" INTEGER NOT NULL PRIMARY KEY, "feed_id" INTEGER NOT NULL, "account_id" INTEGER NOT NULL, FOREIGN KEY ("feed_id") REFERENCES "feed" ("id") ON DELETE CASCADE, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
    CREATE UNIQUE INDEX "feed_account_feed_id_account_id" ON "feed_account" ("feed_id", "account_id");
    CREATE INDEX "feed_account_account_id" ON "feed_account" ("account_id");
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "tables for accounts, drafts, outbox, inbox, people, analytics", _script(_V1_TABLES)),
    Migration(2, "full-text search over mentions and drafts", _script(_V2_FTS)),
    Migration(3, "indexes for the inbox and followers lists", _script(_V3_LIST_INDEXES)),
    Migration(4, "outbox retry times, first attempt, server scheduling switch", _script(_V4_OUTBOX_SYNC)),
    Migration(5, "index of lost followers", _script(_V5_LOST_INDEX)),
    Migration(6, "dismissed tag suggestions; people by follower count", _script(_V6_SUGGESTIONS)),
    Migration(7, "cached conversation threads", _script(_V7_THREAD_CACHE)),
    Migration(8, "people by name and by last interaction", _script(_V8_PEOPLE_SORT)),
    Migration(9, "index of mentions waiting for a reply", _script(_V9_WAITING_INDEX)),
    Migration(10, "word search with Chinese characters, newest hits first",
              _with_search_functions(_script(_V10_WORD_SEARCH))),
    Migration(11, "followers already there at the first look", _script(_V11_FOLLOWER_BASELINE)),
    Migration(12, "index of answered mentions", _script(_V12_ANSWERED_INDEX)),
    Migration(13, "server profiles, sync step states, outbox attempts",
              _script(_V13_SERVER_PROFILES)),
    Migration(14, "follow requests", _script(_V14_FOLLOW_REQUESTS)),
    Migration(15, "per-platform account options", _script(_V15_ACCOUNT_OPTIONS)),
    Migration(16, "draft campaigns, competitor watch", _script(_V16_CAMPAIGN_RIVALS)),
    Migration(17, "edits and deletes of sent posts", _script(_V17_POST_CHANGES)),
    Migration(18, "a draft's visibility (Mastodon)", _script(_V18_DRAFT_VISIBILITY)),
    Migration(19, "media library, feeds to drafts", _script(_V19_MEDIA_LIBRARY_FEEDS)),
    Migration(20, "the accounts a mention names (a Mastodon reply addresses them)",
              _script(_V20_MENTIONED)),
    Migration(21, "a feed's default target accounts", _script(_V21_FEED_ACCOUNTS)),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
