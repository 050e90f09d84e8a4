"""Stored English reasons and notes, shown in the interface language.

The sync engine, the outbox and the platform clients store why a post failed or waits (an
outbox row's ``last_error`` and ``note``, an account's ``last_error``, a sync step's error) in
English: the CLI, the log and support read them as written. The window shows them through
:func:`shown`, which translates every known sentence and keeps the rest (a server's own words,
an unknown message) as stored. This table is the one place that knows those sentences: a new
message the engine stores gets its line here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication

_LABEL = r"(?P<label>Mastodon server|Bluesky server|Weibo server|X API)"
_PLATFORM = r"(?P<platform>Mastodon|Bluesky|Weibo|X)"


def _label(name: str) -> str:
    """"Mastodon server" → "the Mastodon server" in the interface language."""
    if name == "X API":
        return QCoreApplication.translate("StoredText", "the X API")
    return QCoreApplication.translate("StoredText", "the {platform} server").format(
        platform=name.removesuffix(" server"))


_CHANGER = r"(?P<platform>Mastodon|Bluesky|Weibo|X|the sandbox)"


def _changer(name: str) -> str:
    """A platform as the post-change sentences name it ("the sandbox" is the demo's)."""
    if name == "the sandbox":
        return QCoreApplication.translate("StoredText", "The sandbox")
    return name


def _first(text: str) -> str:
    """A sentence that starts with "the …" starts with a capital (no-op in Chinese)."""
    return text[:1].upper() + text[1:]


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


@cache
def _rules() -> tuple[Rule, ...]:
    """(sentence pattern, its translation from the match); built once per process (the
    language is fixed until the next start)."""
    rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (rf"Could not reach the {_LABEL} \((?P<where>[^()]*)\)\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Could not reach {server} ({where}).").format(
                 server=_label(m["label"]), where=m["where"])),
        (rf"The {_LABEL} did not answer after the request was sent \((?P<where>[^()]*)\); "
         r"it may or may not have been applied\.",
         lambda m: _first(QCoreApplication.translate(
             "StoredText", "{server} did not answer after the request was sent ({where}); it "
             "may or may not have been applied.").format(server=_label(m["label"]),
                                                         where=m["where"]))),
        (rf"The {_LABEL} did not answer \((?P<where>[^()]*)\)\.",
         lambda m: _first(QCoreApplication.translate(
             "StoredText", "{server} did not answer ({where}).").format(
                 server=_label(m["label"]), where=m["where"]))),
        (r"The server did not answer \(timed out after (?P<n>\d+) attempts\)\. "
         r"Check the connection, then retry\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The server did not answer (timed out after {n} attempts). Check "
             "the connection, then retry.").format(n=m["n"])),
        (r"The connection dropped after the post was sent; mbdesk checks whether it was "
         r"published before trying again\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The connection dropped after the post was sent; mbdesk checks "
             "whether it was published before trying again.")),
        (r"This server cannot hold scheduled posts; mbdesk publishes them itself at their "
         r"time — keep mbdesk or 'mbdesk sync' running then\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "This server cannot hold scheduled posts; mbdesk publishes them "
             "itself at their time — keep mbdesk or 'mbdesk sync' running then.")),
        (r"The server would not hold this post \((?P<why>.*?)\); mbdesk publishes it itself at "
         r"its time — keep mbdesk or 'mbdesk sync' running then\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The server would not hold this post ({reason}); mbdesk publishes "
             "it itself at its time — keep mbdesk or 'mbdesk sync' running then.").format(
                 reason=shown(m["why"]))),
        (r"Interrupted by an internal error; checking the server before anything is sent "
         r"again\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Interrupted by an internal error; checking the server before "
             "anything is sent again.")),
        (r"Interrupted while sending; checking the server before anything is sent again\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Interrupted while sending; checking the server before anything "
             "is sent again.")),
        (r"This server ignores scheduling: it published this post at once instead of at "
         r"(?P<when>[^.]*)\. Later posts of this account are kept by mbdesk and published at "
         r"their time\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "This server ignores scheduling: it published this post at once "
             "instead of at {when}. Later posts of this account are kept by mbdesk and "
             "published at their time.").format(when=m["when"])),
        (r"Check on the platform whether it is there: if not, Retry sends it; if it is, "
         r"Cancel stops the checks\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Check on the platform whether it is there: if not, Retry sends "
             "it; if it is, Cancel stops the checks.")),
        (r"The server no longer holds this scheduled post and did not publish it \(cancelled "
         r"or deleted outside mbdesk\?\)\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The server no longer holds this scheduled post and did not "
             "publish it (cancelled or deleted outside mbdesk?).")),
        (r"Its time \((?P<when>[^()]*)\) passed while mbdesk could not publish; sent late\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Its time ({when}) passed while mbdesk could not publish; sent "
             "late.").format(when=m["when"])),
        (r"Its time \((?P<when>[^()]*)\) passed while mbdesk could not publish; held until "
         r"you send, move or cancel it\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Its time ({when}) passed while mbdesk could not publish; held "
             "until you send, move or cancel it.").format(when=m["when"])),
        (r"Checked: the earlier attempt is not on the server, so it will be sent again"
         r"(?: \((?P<why>.*)\))?\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Checked: the earlier attempt is not on the server, so it will be "
             "sent again.") + (f" ({shown(m['why'])})" if m["why"] else "")),
        (r"Sent late on your request\.",
         lambda m: QCoreApplication.translate("StoredText", "Sent late on your request.")),
        (r"A post moved in the calendar could not be moved on the server yet \((?P<why>.*?)\); "
         r"mbdesk tries again at the next sync\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "A post moved in the calendar could not be moved on the server yet "
             "({reason}); mbdesk tries again at the next sync.").format(
                 reason=shown(m["why"]))),
        (r"Not available on this server \((?P<why>.*)\)\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Not available on this server ({reason}).").format(
                 reason=shown(m["why"]))),
        (rf"{_PLATFORM} rate limit reached \((?P<where>[^()]*)\); waiting\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "{platform} rate limit reached ({where}); waiting.").format(
                 platform=m["platform"], where=m["where"])),
        (rf"{_PLATFORM} refused (?P<where>[A-Z]+ [^ ]+) \(HTTP (?P<code>\d+)\): (?P<text>.*)",
         lambda m: QCoreApplication.translate(
             "StoredText", "{platform} refused {where} (HTTP {code}): {text}").format(
                 platform=m["platform"], where=m["where"], code=m["code"], text=m["text"])),
        (rf"The {_PLATFORM} server failed \(HTTP (?P<code>\d+), (?P<where>[^()]*)\)\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The {platform} server failed (HTTP {code}, {where}).").format(
                 platform=m["platform"], code=m["code"], where=m["where"])),
        (rf"{_PLATFORM} no longer accepts this account's authorization \((?P<text>.*)\)\. "
         r"Authorize the account again\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "{platform} no longer accepts this account's authorization "
             "({text}). Authorize the account again.").format(platform=m["platform"],
                                                               text=m["text"])),
        # edits and deletes of sent posts (store/post_changes.py)
        (r"This server(?: \((?P<software>[^()]*)\))? does not allow editing a sent post\. "
         r"Delete it and post the new text again\?",
         lambda m: QCoreApplication.translate(
             "StoredText", "This server ({software}) does not allow editing a sent post. "
             "Delete it and post the new text again?").format(software=m["software"])
         if m["software"] else QCoreApplication.translate(
             "StoredText", "This server does not allow editing a sent post. Delete it and "
             "post the new text again?")),
        (rf"{_CHANGER} does not allow editing a sent post\. Delete it and post the new text "
         r"again\?",
         lambda m: QCoreApplication.translate(
             "StoredText", "{platform} does not allow editing a sent post. Delete it and post "
             "the new text again?").format(platform=_changer(m["platform"]))),
        (rf"{_CHANGER} does not allow deleting a sent post\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "{platform} does not allow deleting a sent post.").format(
                 platform=_changer(m["platform"]))),
        (r"Only a sent post or reply can be edited or deleted\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Only a sent post or reply can be edited or deleted.")),
        (r"Only a post that went out can be edited or deleted\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "Only a post that went out can be edited or deleted.")),
        (r"This post is deleted \(or its delete is on the way\)\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "This post is deleted (or its delete is on the way).")),
        (r"The post was deleted before this edit went out\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The post was deleted before this edit went out.")),
        (r"It was already gone\.",
         lambda m: QCoreApplication.translate("StoredText", "It was already gone.")),
        (r"The new text is empty\. To take the post down, delete it\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The new text is empty. To take the post down, delete it.")),
        (r"The new text is the same as the post's text\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The new text is the same as the post's text.")),
        (r"The new text is (?P<count>\d+) long; the server accepts (?P<limit>\d+)\. "
         r"Shorten it\.",
         lambda m: QCoreApplication.translate(
             "StoredText", "The new text is {count} long; the server accepts {limit}. "
             "Shorten it.").format(count=m["count"], limit=m["limit"])),
    ]
    return tuple((re.compile(pattern), make) for pattern, make in rules)


def shown(stored: str) -> str:
    """``stored`` with every known English sentence in the interface language."""
    text = stored or ""
    if not text.strip():
        return text
    for pattern, make in _rules():
        text = pattern.sub(make, text)
    return text
