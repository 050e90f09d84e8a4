"""The string constants the database stores, and the time and id every row is made with.

Apart from the models so that code on the window's first screen (the inbox) can use them
without loading peewee; ``models.py`` re-exports them, so either import works.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC now: what every DateTimeField stores."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uid() -> str:
    import uuid  # ~4 ms (it loads ``platform``); the inbox's first screen makes no rows

    return uuid.uuid4().hex


# --- enums as plain string constants (kept readable in the database) -------------------------

class Platform:
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    WEIBO = "weibo"
    SANDBOX = "sandbox"
    X = "x"
    ALL = (MASTODON, BLUESKY, WEIBO, SANDBOX, X)


class AccountStatus:
    ACTIVE = "active"
    NEEDS_REAUTH = "needs_reauth"
    DISABLED = "disabled"


class Category:
    PRODUCT = "product"
    PROMOTION = "promotion"
    SHOP_NEWS = "shop_news"
    INDUSTRY_NEWS = "industry_news"
    HOT_TOPIC = "hot_topic"
    SERVICE_NOTICE = "service_notice"
    FESTIVAL = "festival"
    ALL = (PRODUCT, PROMOTION, SHOP_NEWS, INDUSTRY_NEWS, HOT_TOPIC, SERVICE_NOTICE, FESTIVAL)


class DraftState:
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    FAILED = "failed"
    ALL = (DRAFT, SCHEDULED, PUBLISHED, FAILED)


class OutboxKind:
    PUBLISH = "publish"
    REPLY = "reply"
    EDIT = "edit"  # a new text for a sent post (``target``), sent exactly once like a post
    DELETE = "delete"  # take a sent post (``target``) off the platform
    POSTS = (PUBLISH, REPLY)
    CHANGES = (EDIT, DELETE)


class OutboxState:
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    HELD = "held"  # its time passed while the app was closed: waits for the owner's decision
    ON_SERVER = "on_server"  # the platform holds it until its time (Mastodon scheduled status)
    ALL = (QUEUED, SENDING, SENT, FAILED, UNKNOWN, HELD, ON_SERVER)


class MentionState:
    NEW = "new"
    READ = "read"
    DONE = "done"
    ALL = (NEW, READ, DONE)


class Stream:
    MENTIONS = "mentions"
    WATCH = "watch"


class TagKind:
    CUSTOMER = "customer"
    KOL = "kol"
    POTENTIAL = "potential"
    CUSTOM = "custom"
    BUILTIN = (CUSTOMER, KOL, POTENTIAL)
