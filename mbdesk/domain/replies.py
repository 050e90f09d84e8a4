"""Saved replies: templates with placeholders, filled in for the mention being answered."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

PLACEHOLDERS = ("author", "handle", "shop", "account")
_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{author}``, ``{handle}``, ``{shop}``, ``{account}``; anything else in braces
    (a typo, a literal brace) stays as written."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


# Platforms whose replies reach people only through @handles in the text. Mastodon (and the
# sandbox, which plays a Mastodon server) notifies only the accounts a status names, so every
# Mastodon client starts a reply with the author's @acct and the others the post named. Bluesky
# and X notify the parent's author through the reply reference itself (a Bluesky reply record,
# X's in_reply_to_tweet_id); a Weibo comment reply (comments/reply) is threaded under the comment
# and notifies its author without any @name, so none of them gets a prefix.
ADDRESSED_PLATFORMS = frozenset({"mastodon", "sandbox"})


def _key(handle: str, home: str) -> str:
    """A handle compared as the server would: no "@", lower case, the account's domain added
    to a local ``user`` (the API's ``acct`` leaves it out for people on our server)."""
    bare = handle.strip().lstrip("@").lower()
    if "@" not in bare and home:
        bare += "@" + home.lower()
    return bare


def addressees(platform: str, author_handle: str, mentioned: Iterable[str],
               own_handle: str) -> list[str]:
    """The handles (``acct`` without "@", as the server wrote them) a reply starts with: the
    author, then everyone else the post named, each once, never our own account.

    The ``acct`` form is what Mastodon's own web client writes: ``user@domain`` for someone on
    another server, ``user`` for someone on ours (the server resolves it locally)."""
    if platform not in ADDRESSED_PLATFORMS:
        return []
    home = own_handle.lstrip("@").partition("@")[2]
    seen = {_key(own_handle, home)} if own_handle else set()
    out: list[str] = []
    for handle in (author_handle, *mentioned):
        bare = handle.strip().lstrip("@")
        if not bare or _key(bare, home) in seen:
            continue
        seen.add(_key(bare, home))
        out.append(bare)
    return out


# @user or @user@domain in typed text (a trailing "." or "-" ends the sentence, not the handle)
_MENTION = re.compile(r"(?<![\w@/])@(\w(?:[\w.\-]*\w)?(?:@\w(?:[\w.\-]*\w)?)?)")


def _named(body: str, handle: str, home: str) -> bool:
    """Whether ``body`` already names ``handle`` (as @user@domain, or @user when that is on
    our server), so it is not put in front a second time."""
    key = _key(handle, home)
    return any(_key(m.group(1), home) == key for m in _MENTION.finditer(body))


def address(body: str, handles: Iterable[str], own_handle: str = "") -> str:
    """``body`` with ``@handle`` in front for each of ``handles`` it does not name yet (typed by
    the user, a saved reply, an earlier try): a reply is never prefixed twice."""
    home = own_handle.lstrip("@").partition("@")[2]
    text = body.lstrip()
    missing = [h.lstrip("@") for h in handles if h.strip("@ ") and not _named(text, h, home)]
    if not missing:
        return text
    return " ".join("@" + h for h in missing) + " " + text


def reply_prefix(platform: str, author_handle: str) -> str:
    """What a reply to the author alone starts with (Mastodon needs the @handle)."""
    handles = addressees(platform, author_handle, (), "")
    return "".join("@" + h + " " for h in handles)
