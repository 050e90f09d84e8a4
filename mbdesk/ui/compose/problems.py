"""Words for the composer's problem codes (``domain.compose``, ``services.scheduling``) and
for image refusals (``domain.images``), translated."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from mbdesk.domain.compose import Problem
from mbdesk.domain.planning import WARN_TOO_CLOSE, WARN_TOO_MANY, Rules, ScheduleWarning
from mbdesk.ui.localtime import format_date


def problem_text(p: Problem) -> str:
    v = dict(p.values)
    name = v.get("name", "")
    n = int(v.get("count", 1) or 1)
    if p.code == "no_targets":
        return QCoreApplication.translate("ComposeProblem",
                                          "Choose at least one account to post to.")
    if p.code == "empty":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: the text is empty.").format(name=name)
    if p.code == "too_long":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: {count} of {limit} — shorten it by {over}.").format(**v)
    if p.code == "too_many_images":
        return QCoreApplication.translate(
            "ComposeProblem",
            "{name} takes at most {limit} image(s); this post has {count}.").format(**v)
    if p.code == "alt_required":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: Bluesky needs a description (alt text) for every "
            "image; images without one: {count}.").format(name=name, count=n)
    if p.code == "alt_missing":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: images without a description (alt text): {count} — "
            "people who cannot see them would miss them.").format(name=name, count=n)
    if p.code == "alt_too_long":
        return QCoreApplication.translate(
            "ComposeProblem",
            "{name}: an image description is longer than {limit} characters.").format(**v)
    if p.code == "weibo_no_hashtags":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: Weibo does not accept hashtags from apps; they are "
            "left out there.").format(name=name)
    if p.code == "weibo_no_safe_link":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: a Weibo post must contain a link on {domain}.").format(
            name=name, domain=v.get("domain", ""))
    if p.code == "weibo_no_safe_domain":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: no safe domain is known for this Weibo account, so "
            "mbdesk cannot check the link Weibo requires; re-authorize it with its safe "
            "domain (Accounts).").format(name=name)
    if p.code == "weibo_topic":
        return QCoreApplication.translate(
            "ComposeProblem", "{name}: Weibo refuses the #topic# syntax from apps; remove the "
            "second #.").format(name=name)
    if p.code == "already_scheduled":
        return QCoreApplication.translate(
            "ComposeProblem", "This draft is already scheduled. Move or cancel it in the "
            "Calendar, or duplicate it to post it again.")
    if p.code == "past":
        return QCoreApplication.translate("ComposeProblem", "That time has already passed.")
    if p.code == "missing":
        return QCoreApplication.translate("ComposeProblem", "The draft no longer exists.")
    if p.code == "image":
        reason = image_problem_text(v.get("code", ""), v.get("path", ""))
        return QCoreApplication.translate("ComposeProblem", "{name}: {reason}").format(
            name=name, reason=reason)
    if p.code == "needs_reauth":
        return QCoreApplication.translate(
            "ComposeProblem", "{name} needs re-authorization: the post will wait until you sign "
            "in again — Accounts → Re-authorize.").format(name=name)
    return p.code


def cadence_warning_text(warning: ScheduleWarning, name: str, rules: Rules) -> str:
    """One of the calendar's good-practice warnings about a post just queued."""
    day = format_date(warning.day)
    if warning.kind == WARN_TOO_MANY:
        text = QCoreApplication.translate(
            "ComposeProblem", "{day} · {name}: {count} posts that day (more than {limit}).")
        return text.format(day=day, name=name, count=warning.count, limit=rules.max_per_day)
    if warning.kind == WARN_TOO_CLOSE:
        text = QCoreApplication.translate(
            "ComposeProblem", "{day} · {name}: two posts {count} min apart (keep at least "
            "{gap} min).")
        return text.format(day=day, name=name, count=warning.count, gap=rules.min_gap_minutes)
    hours = ", ".join(f"{h:02d}:00" for h in warning.hours)
    return QCoreApplication.translate(
        "ComposeProblem", "{day} · {name}: outside its best hours ({hours}).").format(
        day=day, name=name, hours=hours)


def image_problem_text(code: str, path: str) -> str:
    file = os.path.basename(path)
    if code == "unreadable":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} cannot be read (moved, deleted or no permission).")
    elif code == "unknown_type":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} is not an image this app can post (JPEG, PNG, GIF or "
            "WebP).")
    elif code == "corrupt":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} is damaged: the image data cannot be read.")
    elif code == "too_many_pixels":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} has too many pixels to be a photo for a post.")
    elif code == "too_large":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} is too large (over 50 MB).")
    elif code == "animated_too_big":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} is an animation too large for this platform; it "
            "cannot be made smaller without losing the animation.")
    elif code == "cannot_shrink":
        text = QCoreApplication.translate(
            "ComposeProblem", "{file} cannot be made small enough for this platform.")
    else:
        text = QCoreApplication.translate("ComposeProblem", "{file} cannot be used.")
    return text.format(file=file)
