"""The demo workspace's competitors: two rival bakeries watched through the first account, with
four months of daily follower counts and posts with engagement, so Analytics → Competitors is
not empty. Their own random source, so the rest of the demo stays exactly as it was."""

from __future__ import annotations

import math
import random
from datetime import timedelta
from typing import Any

from mbdesk.store.models import Rival, RivalPost, RivalSnapshot

DAYS = 120
# handle, display name, url, followers 120 days ago and now, posting hours (local), posts/week
RIVALS = (
    ("hornodelbarrio", "Horno del Barrio", "https://mastodon.example/@hornodelbarrio",
     2600, 3150, (7, 8, 8, 13, 19), 5),
    ("jinmaisui_bakery", "金麦穗烘焙 Golden Wheat", "https://mastodon.example/@jinmaisui_bakery",
     5200, 5480, (11, 12, 20, 21), 3),
)
TEXTS = {
    "hornodelbarrio": (
        "Pan de masa madre recién salido del horno 🥖", "Hoy: croissants de mantequilla 2x1",
        "Roscón de Reyes por encargo, reserva el tuyo", "Nuevo: pan de centeno con nueces",
        "Abrimos el domingo de 8 a 14h", "Tarta de queso al horno, sólo este finde",
        "¿Qué pan os llevasteis hoy? Contadnos 👇", "Curso de masa madre el sábado, plazas libres",
    ),
    "jinmaisui_bakery": (
        "今日新品：抹茶红豆面包，限量50个", "周末买二送一，欢迎光临", "手作吐司，每天早上7点出炉",
        "中秋月饼预订开始啦 🥮", "会员日全场九折", "你最喜欢哪款面包？留言告诉我们",
    ),
}


def make_rivals(builder: Any) -> None:
    """Add the sample rivals (``builder``: the demo's ``_Builder``: its clock, zone, accounts,
    insert)."""
    if not builder.accounts:
        return
    rng = random.Random(f"{builder.scale.name}:rivals")
    account_id = builder.accounts[0][0]
    start = builder.now - timedelta(days=DAYS - 1)
    for n, (handle, name, url, first, last, hours, per_week) in enumerate(RIVALS):
        rival = Rival.create(account=account_id, platform="sandbox", handle=handle,
                             remote_id=f"sbx-rival-{n}", display_name=name, url=url,
                             added_at=start, checked_at=builder.now - timedelta(hours=2))
        snapshots = []
        for d in range(DAYS):
            progress = d / (DAYS - 1)
            wobble = math.sin(d / 9 + n) * (last - first) * 0.03
            followers = int(first + (last - first) * progress ** 1.3 + wobble)
            snapshots.append((rival.id, (start + timedelta(days=d)).date(), followers,
                              180 + d // 20, 900 + d * per_week // 7))
        builder.insert(RivalSnapshot, (RivalSnapshot.rival, RivalSnapshot.day,
                                       RivalSnapshot.followers, RivalSnapshot.following,
                                       RivalSnapshot.posts), snapshots)
        posts = []
        texts = TEXTS[handle]
        for d in range(DAYS):
            if rng.random() > per_week / 7:
                continue
            local = (start + timedelta(days=d)).replace(hour=rng.choice(hours),
                                                        minute=rng.randrange(60))
            when = builder.local_to_utc(local)
            if when >= builder.now:
                continue
            likes = int(rng.lognormvariate(math.log(first / 60), 0.6))
            posts.append((rival.id, f"sbx-rival-{n}-{d}", rng.choice(texts),
                          f"{url}/{100000 + d}", when, int(likes * rng.uniform(0.03, 0.1)),
                          int(likes * rng.uniform(0.1, 0.3)), likes, builder.now))
        builder.insert(RivalPost, (RivalPost.rival, RivalPost.remote_id, RivalPost.text,
                                   RivalPost.url, RivalPost.published_at, RivalPost.replies,
                                   RivalPost.reposts, RivalPost.favourites,
                                   RivalPost.fetched_at), posts)


