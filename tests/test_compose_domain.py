"""Pure rules behind the composer: image checks and downscaling, hashtags and the text sent per
platform, the checks that refuse scheduling, local times (DST gaps), and scheduling a draft
all-or-nothing into the outbox."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from PIL import Image

from mbdesk.domain.compose import (
    MediaSpec,
    TargetSpec,
    blocking,
    check_post,
    count_target,
    counter_level,
    normalize_hashtags,
    post_text,
)
from mbdesk.domain.images import ImageProblem, fit_image, fits, image_rule, inspect_image
from mbdesk.domain.schedule import ScheduleTimeError, local_to_utc
from mbdesk.services.scheduling import SchedulingRefused, schedule_draft
from mbdesk.store.draft_media import import_image
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account, Draft, DraftState, Media, OutboxItem

MADRID = ZoneInfo("Europe/Madrid")
NOW = datetime(2031, 1, 1, 12, 0)


def noisy(path, size, fmt="JPEG", mode="RGB", **kw):
    rng = np.random.default_rng(1)
    channels = 4 if mode == "RGBA" else 3
    data = rng.integers(0, 255, (size[1], size[0], channels), dtype=np.uint8)
    Image.fromarray(data, mode).save(path, fmt, **kw)
    return path


# --- images ----------------------------------------------------------------------------------

def test_type_comes_from_the_content_not_the_name(tmp_path):
    png_named_jpg = tmp_path / "photo.jpg"
    Image.new("RGB", (40, 30)).save(png_named_jpg, "PNG")
    info = inspect_image(png_named_jpg)
    assert (info.mime_type, info.width, info.height) == ("image/png", 40, 30)
    text = tmp_path / "x.png"
    text.write_text("hello")
    with pytest.raises(ImageProblem) as exc:
        inspect_image(text)
    assert exc.value.code == "unknown_type"
    bmp = tmp_path / "x.bmp"
    Image.new("RGB", (4, 4)).save(bmp, "BMP")
    with pytest.raises(ImageProblem) as exc:
        inspect_image(bmp)
    assert exc.value.code == "unknown_type"


def test_truncated_and_missing_files_are_named(tmp_path):
    good = noisy(tmp_path / "a.jpg", (300, 200))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(ImageProblem) as exc:
        inspect_image(cut)
    assert exc.value.code == "corrupt"
    with pytest.raises(ImageProblem) as exc:
        inspect_image(tmp_path / "gone.jpg")
    assert exc.value.code == "unreadable"


def test_too_big_for_bluesky_is_downscaled_under_its_limit(tmp_path):
    big = noisy(tmp_path / "big.jpg", (2600, 1800), quality=95)
    rule = image_rule("bluesky")
    assert not fits(inspect_image(big), rule)
    fitted = fit_image(big, rule, tmp_path / "out")
    assert fitted.changed and fitted.size_bytes <= 1_000_000
    with Image.open(fitted.path) as img:
        assert max(img.size) <= 2000 and img.format == "JPEG"
    assert fits(inspect_image(fitted.path), rule)
    same = fit_image(big, image_rule("mastodon"), tmp_path / "out")
    assert not same.changed and same.path == str(big)


def test_transparent_png_stays_png_and_webp_is_converted_for_weibo(tmp_path):
    png = noisy(tmp_path / "logo.png", (2400, 2400), "PNG", mode="RGBA")
    fitted = fit_image(png, image_rule("bluesky"), tmp_path / "out")
    assert fitted.mime_type == "image/png" and fitted.size_bytes <= 1_000_000
    webp = tmp_path / "w.webp"
    Image.new("RGB", (50, 50), (1, 2, 3)).save(webp, "WEBP")
    fitted = fit_image(webp, image_rule("weibo"), tmp_path / "out")
    assert fitted.mime_type == "image/jpeg" and fitted.changed


def test_live_mastodon_limits_apply(tmp_path):
    photo = noisy(tmp_path / "p.jpg", (1000, 800), quality=95)
    rule = image_rule("mastodon", {"image_size_limit": 200_000, "max_media": 2})
    assert rule.max_images == 2
    fitted = fit_image(photo, rule, tmp_path / "out")
    assert fitted.size_bytes <= 200_000


def test_import_copies_into_the_workspace(tmp_path):
    src = noisy(tmp_path / "mug.jpg", (64, 48))
    media = import_image(src, tmp_path / "media", alt_text="A mug")
    assert media.path.startswith(str(tmp_path / "media" / "drafts"))
    assert (media.width, media.height, media.alt_text) == (64, 48, "A mug")
    src.unlink()
    assert inspect_image(media.path).width == 64


# --- text per platform -----------------------------------------------------------------------

def test_hashtags_are_normalised_and_left_out_on_weibo():
    assert normalize_hashtags("#sale, 新品  #Sale；#") == ["sale", "新品"]
    assert post_text("Hola ", "#sale tazas", "mastodon") == "Hola\n\n#sale #tazas"
    assert post_text("你好", "#sale", "weibo") == "你好"
    assert post_text("", "x", "bluesky") == "#x"


def test_checks_name_every_reason_and_only_errors_block():
    mastodon = TargetSpec(1, "m", "mastodon", "a" * 480, {"max_characters": 500})
    weibo = TargetSpec(2, "w", "weibo", "字" * 141)
    bluesky = TargetSpec(3, "b", "bluesky", "ok")
    media = [MediaSpec(""), MediaSpec("described")]
    problems = check_post([mastodon, weibo, bluesky], "#tag", media)
    codes = {(p.code, p.account_id) for p in problems}
    assert ("too_long", 2) in codes and ("too_many_images", 2) in codes
    assert ("alt_required", 3) in codes and ("alt_missing", 1) in codes
    assert ("weibo_no_hashtags", 2) in codes
    assert {p.code for p in blocking(problems)} == {"too_long", "too_many_images",
                                                     "alt_required"}
    # 480 + "\n\n#tag" = 486 of 500: near the limit, still fits
    result = count_target(mastodon, "#tag")
    assert (result.count, counter_level(result)) == (486, "near")
    assert check_post([], "", []) and check_post([], "", [])[0].code == "no_targets"


# --- local times -----------------------------------------------------------------------------

def test_local_times_convert_and_gaps_and_past_are_refused():
    assert local_to_utc(datetime(2031, 7, 1, 9, 0), MADRID, NOW) == datetime(2031, 7, 1, 7, 0)
    assert local_to_utc(datetime(2031, 12, 1, 9, 0), MADRID, NOW) == datetime(2031, 12, 1, 8)
    with pytest.raises(ScheduleTimeError) as exc:
        local_to_utc(datetime(2031, 3, 30, 2, 30), MADRID, NOW)
    assert exc.value.code == "gap"
    with pytest.raises(ScheduleTimeError) as exc:
        local_to_utc(datetime(2030, 12, 31, 9, 0), MADRID, NOW)
    assert exc.value.code == "past"
    # 02:30 on the fall-back night happens twice: the first (summer time) is taken
    assert local_to_utc(datetime(2031, 10, 26, 2, 30), MADRID, NOW) == datetime(
        2031, 10, 26, 0, 30)


# --- scheduling a draft ----------------------------------------------------------------------

def test_scheduling_is_all_or_nothing(db, workspace, tmp_path):
    mastodon = Account.create(platform="mastodon", handle="m")
    bluesky = Account.create(platform="bluesky", handle="b",
                             limits_json=json.dumps({"max_characters": 300}))
    photo = import_image(noisy(tmp_path / "p.jpg", (50, 50)), workspace.media, "A cake")
    draft_id = save_draft(None, DraftInput(title="", body="Tarta del día",
                                           target_ids=(mastodon.id, bluesky.id),
                                           media=(photo,)))
    broken = Media.get(Media.draft == draft_id)
    path = Path(broken.path)
    good_bytes = path.read_bytes()
    path.write_bytes(good_bytes[:300])  # damaged after it was added
    with pytest.raises(SchedulingRefused) as exc:
        schedule_draft(draft_id, datetime(2040, 1, 1, 9), "Europe/Madrid", workspace.media)
    assert exc.value.problems[0].code == "image"
    assert OutboxItem.select().count() == 0
    assert Draft.get_by_id(draft_id).state == DraftState.DRAFT
    path.write_bytes(good_bytes)
    result = schedule_draft(draft_id, datetime(2040, 1, 1, 9), "Europe/Madrid",
                            workspace.media)
    assert len(result.item_ids) == 2
    assert Media.select().where(Media.draft == draft_id).count() == 1  # outbox copies apart
    with pytest.raises(SchedulingRefused) as exc:
        schedule_draft(draft_id, datetime(2040, 1, 2, 9), "", workspace.media)
    assert exc.value.problems[0].code == "already_scheduled"
