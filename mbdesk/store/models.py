"""peewee models: one SQLite file for everything mbdesk knows.

The tables are created by the SQL in ``migrations.py`` (never by ``create_tables``), so a model
here must match the latest migration; ``tests/test_store_schema.py`` checks that they do.
Times are stored as UTC ISO strings; scheduled posts also keep the IANA zone the user chose, so
a 09:00 post stays 09:00 across a DST change.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

# re-exported: the inbox uses them from constants.py, without loading peewee
from mbdesk.store.constants import (  # noqa: F401
    AccountStatus,
    Category,
    DraftState,
    MentionState,
    OutboxKind,
    OutboxState,
    Platform,
    Stream,
    TagKind,
    new_uid,
    utcnow,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


# --- tables ---------------------------------------------------------------------------------

class Account(BaseModel):
    """A connected microblog account. Its token lives in the keyring under ``uid``."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    platform = CharField()
    instance_url = CharField(default="")
    handle = CharField()
    display_name = CharField(default="")
    remote_id = CharField(default="")
    status = CharField(default=AccountStatus.ACTIVE)
    color = CharField(default="#3b82f6")
    sync_state = CharField(default="idle")
    last_error = TextField(default="")
    last_synced_at = DateTimeField(null=True)
    rate_limited_until = DateTimeField(null=True)
    limits_json = TextField(default="{}")
    cursors_json = TextField(default="{}")
    created_at = DateTimeField(default=utcnow)
    profile_json = TextField(default="{}")  # the server profile: software, capabilities
    steps_json = TextField(default="{}")  # each sync step's last state, time and error
    options_json = TextField(default="{}")  # settings only its platform has (store/accounts.py)

    @property
    def name(self) -> str:
        """The short name used on the command line: handle@host or the handle."""
        return self.handle


class Draft(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    title = CharField(default="")
    body = TextField(default="")
    spoiler_text = TextField(default="")
    category = CharField(default=Category.PRODUCT)
    language = CharField(default="")
    hashtags = TextField(default="")
    link = TextField(default="")
    campaign = CharField(default="")  # utm_campaign of its tagged links (domain/utm.py)
    visibility = CharField(default="public")  # Mastodon: public, unlisted, private, direct
    state = CharField(default=DraftState.DRAFT)
    archived = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class DraftTarget(BaseModel):
    """One target account of a draft; ``diverged`` variants carry their own text."""

    id = AutoField()
    draft = ForeignKeyField(Draft, backref="targets", on_delete="CASCADE")
    account = ForeignKeyField(Account, backref="draft_targets", on_delete="CASCADE")
    body = TextField(null=True)
    spoiler_text = TextField(null=True)
    diverged = BooleanField(default=False)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("draft", "account"), True),)


class Media(BaseModel):
    id = AutoField()
    draft = ForeignKeyField(Draft, backref="media", null=True, on_delete="CASCADE")
    path = TextField()
    mime_type = CharField(default="")
    alt_text = TextField(default="")
    width = IntegerField(default=0)
    height = IntegerField(default=0)
    size_bytes = IntegerField(default=0)
    sha256 = CharField(default="")
    position = IntegerField(default=0)
    created_at = DateTimeField(default=utcnow)





class Person(BaseModel):
    """Someone on a platform: a follower, a mention author, or both."""

    id = AutoField()
    platform = CharField()
    remote_id = CharField()
    handle = CharField()
    display_name = CharField(default="")
    avatar_url = TextField(default="")
    bio = TextField(default="")
    followers_count = IntegerField(default=0)
    following_count = IntegerField(default=0)
    posts_count = IntegerField(default=0)
    verified = BooleanField(default=False)
    bot = BooleanField(default=False)
    last_interaction_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("platform", "remote_id"), True),)


class KeywordWatch(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, backref="watches", on_delete="CASCADE")
    query = CharField()
    kind = CharField(default="keyword")  # keyword | hashtag
    enabled = BooleanField(default=True)
    cursor = CharField(default="")
    created_at = DateTimeField(default=utcnow)


class Mention(BaseModel):
    """A mention, reply, comment or keyword-watch hit addressed to one of our accounts."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="mentions", on_delete="CASCADE")
    remote_id = CharField()
    stream = CharField(default=Stream.MENTIONS)
    watch = ForeignKeyField(KeywordWatch, backref="hits", null=True, on_delete="SET NULL")
    kind = CharField(default="mention")
    author = ForeignKeyField(Person, backref="mentions", null=True, on_delete="SET NULL")
    text_html = TextField(default="")
    text_plain = TextField(default="")
    language = CharField(default="")
    url = TextField(default="")
    status_remote_id = CharField(default="")
    in_reply_to_remote_id = CharField(default="")
    thread_root_remote_id = CharField(default="")
    conversation_id = CharField(default="")
    state = CharField(default=MentionState.NEW)
    priority = IntegerField(default=0)
    negative = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)
    received_at = DateTimeField(default=utcnow)
    first_reply_at = DateTimeField(null=True)
    # other accounts the post names (Mastodon acct, space-separated): a reply addresses them
    mentioned = TextField(default="")

    class Meta:
        indexes = ((("account", "stream", "remote_id"), True),)


class OutboxItem(BaseModel):
    """Every publish and reply is a row here before any network call.

    ``uid`` is stable for the life of the row and serves as the Idempotency-Key (Mastodon) or
    the seed of the record key (Bluesky), so a retry can never post twice.
    """

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    kind = CharField(default=OutboxKind.PUBLISH)
    account = ForeignKeyField(Account, backref="outbox", on_delete="CASCADE")
    draft = ForeignKeyField(Draft, backref="outbox", null=True, on_delete="SET NULL")
    mention = ForeignKeyField(Mention, backref="replies", null=True, on_delete="SET NULL")
    in_reply_to_remote_id = CharField(default="")
    body = TextField()
    spoiler_text = TextField(default="")
    visibility = CharField(default="public")
    language = CharField(default="")
    scheduled_at = DateTimeField(null=True)  # UTC
    scheduled_tz = CharField(default="")  # IANA zone the user chose
    state = CharField(default=OutboxState.QUEUED)
    attempts = IntegerField(default=0)
    last_error = TextField(default="")
    last_attempt_at = DateTimeField(null=True)
    remote_id = CharField(default="")
    remote_url = TextField(default="")
    server_scheduled_id = CharField(default="")
    record_key = CharField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    sent_at = DateTimeField(null=True)
    next_attempt_at = DateTimeField(null=True)  # UTC; after a temporary failure (backoff)
    first_attempt_at = DateTimeField(null=True)  # UTC; the Idempotency-Key window starts here
    allow_server_schedule = BooleanField(default=True)  # False: publish it locally at its time
    note = TextField(default="")  # something the owner should know that is not an error
    # edit/delete rows: the sent row they change; a sent row: when its last edit and its
    # deletion were done on the platform
    target = ForeignKeyField("self", backref="changes", null=True, on_delete="CASCADE")
    edited_at = DateTimeField(null=True)
    deleted_at = DateTimeField(null=True)


class OutboxAttempt(BaseModel):
    """One network attempt or lookup of an outbox row, kept with its outcome (the history)."""

    id = AutoField()
    outbox = ForeignKeyField(OutboxItem, backref="attempt_log", on_delete="CASCADE")
    action = CharField()  # send | schedule | lookup | check | cancel
    started_at = DateTimeField(default=utcnow)
    finished_at = DateTimeField(null=True)
    outcome = CharField(default="started")  # started | sent | on_server | failed | unknown | ...
    detail = TextField(default="")


class OutboxMedia(BaseModel):
    outbox = ForeignKeyField(OutboxItem, backref="media_links", on_delete="CASCADE")
    media = ForeignKeyField(Media, on_delete="CASCADE")
    position = IntegerField(default=0)
    remote_media_id = CharField(default="")

    class Meta:
        primary_key = CompositeKey("outbox", "media")


class FollowerEdge(BaseModel):
    """``person`` follows ``account``; ``lost_at`` is set when they no longer do. ``baseline``
    edges were found by the account's first follower walk: following since before mbdesk
    looked (``first_seen`` is then when it looked), so never counted as new."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="follower_edges", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="follows", on_delete="CASCADE")
    first_seen = DateTimeField(default=utcnow)
    last_seen = DateTimeField(default=utcnow)
    lost_at = DateTimeField(null=True)
    baseline = BooleanField(default=False)

    class Meta:
        indexes = ((("account", "person"), True),)



class FollowRequestState:
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    GONE = "gone"  # no longer on the server: withdrawn, or answered outside mbdesk


class FollowRequest(BaseModel):
    """``person`` asked to follow the locked ``account``. ``seen_at`` is when a sync first found
    the request (servers do not say when it was made); ``last_seen_at`` the last sync that saw
    it pending."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="follow_requests", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="follow_requests", on_delete="CASCADE")
    state = CharField(default=FollowRequestState.PENDING)
    seen_at = DateTimeField(default=utcnow)
    last_seen_at = DateTimeField(default=utcnow)
    decided_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("account", "person"), True),)


class Tag(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    kind = CharField(default=TagKind.CUSTOM)
    color = CharField(default="#64748b")
    created_at = DateTimeField(default=utcnow)


class PersonTag(BaseModel):
    person = ForeignKeyField(Person, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="person_links", on_delete="CASCADE")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        primary_key = CompositeKey("person", "tag")


class Note(BaseModel):
    id = AutoField()
    person = ForeignKeyField(Person, backref="notes", on_delete="CASCADE")
    body = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class SuggestionDismissal(BaseModel):
    """The owner said no to suggestion ``rule`` for ``person``: never offer it again."""

    person = ForeignKeyField(Person, backref="dismissals", on_delete="CASCADE")
    rule = CharField()
    dismissed_at = DateTimeField(default=utcnow)

    class Meta:
        primary_key = CompositeKey("person", "rule")


class AccountSnapshot(BaseModel):
    """The account's public counts, once a day."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="snapshots", on_delete="CASCADE")
    day = DateField()
    followers = IntegerField(default=0)
    following = IntegerField(default=0)
    posts = IntegerField(default=0)

    class Meta:
        indexes = ((("account", "day"), True),)


class Post(BaseModel):
    """One of our own published posts (from the outbox or found on the server)."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="posts", on_delete="CASCADE")
    remote_id = CharField()
    outbox = ForeignKeyField(OutboxItem, null=True, on_delete="SET NULL")
    draft = ForeignKeyField(Draft, null=True, on_delete="SET NULL")
    category = CharField(default="")
    text = TextField(default="")
    url = TextField(default="")
    published_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("account", "remote_id"), True),)


class PostMetricSnapshot(BaseModel):
    id = AutoField()
    post = ForeignKeyField(Post, backref="metrics", on_delete="CASCADE")
    taken_at = DateTimeField(default=utcnow)
    replies = IntegerField(default=0)
    reposts = IntegerField(default=0)
    favourites = IntegerField(default=0)
    clicks = IntegerField(null=True)


class ThreadPost(BaseModel):
    """A cached post of the conversation around a mention (``anchor`` = the mention's status),
    so a thread fetched once stays readable offline."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="thread_posts", on_delete="CASCADE")
    anchor_remote_id = CharField()
    remote_id = CharField()
    position = IntegerField(default=0)
    author_handle = CharField(default="")
    author_name = CharField(default="")
    text_html = TextField(default="")
    text_plain = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    in_reply_to_remote_id = CharField(default="")
    fetched_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("account", "anchor_remote_id", "remote_id"), True),)



class Rival(BaseModel):
    """A competitor's public account, read through one of the owner's accounts (``account``)
    of the same platform. ``state``: ok | not_found | private | not_allowed | error."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="rivals", on_delete="CASCADE")
    platform = CharField()
    handle = CharField()
    remote_id = CharField()
    display_name = CharField(default="")
    url = TextField(default="")
    added_at = DateTimeField(default=utcnow)
    checked_at = DateTimeField(null=True)
    state = CharField(default="ok")
    last_error = TextField(default="")

    class Meta:
        indexes = ((("account", "remote_id"), True),)


class RivalSnapshot(BaseModel):
    """A rival's public counts, once a day."""

    id = AutoField()
    rival = ForeignKeyField(Rival, backref="snapshots", on_delete="CASCADE")
    day = DateField()
    followers = IntegerField(default=0)
    following = IntegerField(default=0)
    posts = IntegerField(default=0)

    class Meta:
        indexes = ((("rival", "day"), True),)


class RivalPost(BaseModel):
    """One of a rival's recent public posts with its engagement when last read."""

    id = AutoField()
    rival = ForeignKeyField(Rival, backref="posts", on_delete="CASCADE")
    remote_id = CharField()
    text = TextField(default="")
    url = TextField(default="")
    published_at = DateTimeField(default=utcnow)
    replies = IntegerField(default=0)
    reposts = IntegerField(default=0)
    favourites = IntegerField(default=0)
    fetched_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("rival", "remote_id"), True), (("rival", "published_at"), False))


class LibraryImage(BaseModel):
    """An image used before (in a draft or a sent post), once per content: the media library.

    ``key`` is the sha256, or ``path:<path>`` for a file that could not be read when it was
    found. ``alt_edited``: the alt text was written in the library and is offered from now on,
    whatever later posts said."""

    id = AutoField()
    key = CharField(unique=True)
    sha256 = CharField(default="")
    path = TextField()
    file_name = TextField(default="")  # the name the owner knows, for search and display
    mime_type = CharField(default="")
    width = IntegerField(default=0)
    height = IntegerField(default=0)
    size_bytes = IntegerField(default=0)
    alt_text = TextField(default="")
    alt_edited = BooleanField(default=False)
    first_used_at = DateTimeField(default=utcnow)
    last_used_at = DateTimeField(default=utcnow)


class Feed(BaseModel):
    """An RSS/Atom feed whose new entries become drafts (services/feeds.py)."""

    id = AutoField()
    url = TextField(unique=True)
    title = TextField(default="")
    site_url = TextField(default="")
    etag = TextField(default="")  # validators for the next conditional GET
    last_modified = TextField(default="")
    added_at = DateTimeField(default=utcnow)
    checked_at = DateTimeField(null=True)
    last_result = CharField(default="")  # "" never | ok | not_modified | a problem code
    last_error = TextField(default="")
    drafts_made = IntegerField(default=0)


class FeedEntry(BaseModel):
    """An entry seen in a feed, by its id/guid (else its link): it makes a draft only once."""

    id = AutoField()
    feed = ForeignKeyField(Feed, backref="entries", on_delete="CASCADE")
    entry_key = CharField()
    title = TextField(default="")
    link = TextField(default="")
    draft = ForeignKeyField(Draft, null=True, on_delete="SET NULL")  # None: seen, no draft
    seen_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("feed", "entry_key"), True),)


class FeedAccount(BaseModel):
    """A default target account of a feed: the drafts its entries become have it ticked."""

    id = AutoField()
    feed = ForeignKeyField(Feed, backref="accounts", on_delete="CASCADE")
    account = ForeignKeyField(Account, backref="feeds", on_delete="CASCADE")

    class Meta:
        indexes = ((("feed", "account"), True),)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField(default="null")  # JSON


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Setting,
    Account,
    Draft,
    DraftTarget,
    Media,
    Person,
    KeywordWatch,
    Mention,
    OutboxItem,
    OutboxMedia,
    OutboxAttempt,
    FollowerEdge,
    FollowRequest,
    Tag,
    PersonTag,
    Note,
    SuggestionDismissal,
    AccountSnapshot,
    Post,
    PostMetricSnapshot,
    ThreadPost,
    Rival,
    RivalSnapshot,
    RivalPost,
    LibraryImage,
    Feed,
    FeedEntry,
    FeedAccount,
)
