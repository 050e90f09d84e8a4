"""The demo workspace's media library and product feed (a few images, one feed, its drafts).

Drawn with Pillow at first start (a few milliseconds; nothing shipped), attached to demo drafts
as the composer would, so "From library…" and File → Feeds to drafts have something to show.
The feed's address is not a real server and the demo never fetches it on a timer.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PIL import Image, ImageDraw

from mbdesk.domain.feed_entries import FeedItem, ParsedFeed
from mbdesk.paths import Workspace
from mbdesk.store import feeds
from mbdesk.store.draft_media import import_image
from mbdesk.store.media_library import refresh_library
from mbdesk.store.models import Account, Draft, DraftTarget, Feed, Media

DEMO_FEED_URL = "https://panaderia-luna.example/feed.xml"

# (file name, background, loaf colour, alt text)
_IMAGES = (
    ("pan-de-muerto.jpg", (242, 226, 200), (196, 120, 52), "Pan de muerto recién horneado, "
     "con azúcar y azahar"),
    ("全麦吐司.jpg", (236, 240, 232), (170, 110, 60), "全麦吐司切片，放在木质砧板上"),
    ("croissants.jpg", (250, 236, 210), (214, 150, 60), "A tray of butter croissants"),
    ("roscon-de-reyes.jpg", (240, 228, 236), (200, 130, 70), "Roscón de Reyes con fruta "
     "escarchada"),
    ("shop-front.jpg", (214, 230, 240), (120, 90, 70), "The bakery's front window in the "
     "morning"),
    ("月饼礼盒.jpg", (246, 232, 222), (180, 60, 50), "中秋月饼礼盒，四种口味"),
)


def _draw(path, background, loaf) -> None:
    im = Image.new("RGB", (640, 440), background)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((40, 300, 600, 400), 20, fill=(150, 110, 80))  # the table
    d.ellipse((150, 120, 490, 340), fill=loaf)
    d.ellipse((200, 150, 440, 250), fill=tuple(min(255, c + 40) for c in loaf))
    im.save(path, "JPEG", quality=85)


def make_demo_library(ws: Workspace) -> None:
    """Images on the newest demo drafts, the library built from them, and the demo feed with
    the drafts its entries became. Does nothing when the feed is already there."""
    if Feed.select().where(Feed.url == DEMO_FEED_URL).exists():
        return
    source = ws.media / "demo-photos"
    source.mkdir(parents=True, exist_ok=True)
    drafts = list(Draft.select(Draft.id).where(Draft.archived == False)  # noqa: E712
                  .order_by(Draft.updated_at.desc()).limit(len(_IMAGES)))
    for position, ((name, background, loaf, alt), draft) in enumerate(
            zip(_IMAGES, drafts, strict=False)):
        path = source / name
        _draw(path, background, loaf)
        media = import_image(path, ws.media, alt)
        Media.create(draft=draft.id, path=media.path, mime_type=media.mime_type,
                     alt_text=media.alt_text, width=media.width, height=media.height,
                     size_bytes=media.size_bytes, sha256=media.sha256, position=position)
    refresh_library()
    now = datetime.now(UTC).replace(tzinfo=None)
    items = (
        FeedItem("luna-roscon-2026", "Roscón de Reyes: encargos abiertos",
                 "https://panaderia-luna.example/p/roscon",
                 "Reserva tu roscón de Reyes con nata o trufa hasta el 4 de enero.",
                 now - timedelta(hours=3)),
        FeedItem("luna-mooncake", "中秋月饼礼盒上市",
                 "https://panaderia-luna.example/p/mooncake",
                 "四种口味：莲蓉、豆沙、五仁、奶黄。可预订。", now - timedelta(days=1)),
        FeedItem("luna-sourdough", "New: rye sourdough every Saturday",
                 "https://panaderia-luna.example/p/rye",
                 "Baked with our own starter, 48 hours of rest.", now - timedelta(days=2)),
    )
    feed_id = feeds.add_feed(DEMO_FEED_URL, "Panadería Luna · novedades",
                             "https://panaderia-luna.example/")
    stored = feeds.store_entries(feed_id, ParsedFeed("Panadería Luna · novedades",
                                                     "https://panaderia-luna.example/", "",
                                                     items))
    account = Account.select(Account.id).order_by(Account.id).first()
    if account is not None:  # ticked for the shop's first account, as the owner would
        DraftTarget.insert_many([{"draft": d, "account": account.id}
                                 for d in stored.new_drafts]).execute()
