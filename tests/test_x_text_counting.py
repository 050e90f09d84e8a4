"""X's weighted length, ported from twitter-text's conformance suite.

Cases from twitter/twitter-text ``conformance/tests/validate.yml``, section
``WeightedTweetsWithDiscountedEmojiCounterTest`` (the v3 configuration X uses: emoji sequences
weigh 2 as a whole); the expected ``weightedLength`` and ``valid`` are the suite's.
"""

from __future__ import annotations

import pytest

from mbdesk.domain import text as text_rules

X285 = "285 chars-" + "xxxxxxxxxx-" * 25
CJK160 = ("故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。"
          "朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。"
          "朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。"
          "泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。"
          "独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。")
PUNCT = ("This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004"
         "\u2005\u2006\u2007\u2008\u2009\u200a\u200b ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷")

CASES = [
    ("Regular Tweet with url", "Hi http://test.co", 26, True),
    ("Just url", "http://test.co", 23, True),
    ("Long tweet, overflow at char index 280", X285, 285, False),
    ("Long tweet with url in the middle",
     "285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24, 299, False),
    ("Long tweet with url at the end",
     "xxxxxxxxxx-" * 24 + " http://www.twitter.com/jack ", 289, False),
    ("10 url string, no overflow", "https://www.twitter.com/aloha " * 10, 240, True),
    ("160 CJK char", CJK160, 320, False),
    ("160 emoji char", "😷" * 160, 320, False),
    ("3 latin char + 160 CJK char", "the" + CJK160, 323, False),
    ("'Á' is normalized into 1 char", "A\u0301B", 2, True),
    ("שּׁ is normalized into 3 chars", "A\ufb2c", 4, True),
    ("a mix of single byte single word, and double word unicode characters",
     "H🐱☺👨\u200d👩\u200d👧\u200d👦", 7, True),
    ("emoji inside the basic multilingual plane", "😷👾😡🔥💩", 10, True),
    ("emoji with skin tone modifiers", "🙋🏽👨\u200d🎤", 4, True),
    ("General Punctuation with visible spaces, no ZWJ/ZWNJ", PUNCT, 110, True),
    ("a 64 character domain without protocol",
     "randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68, True),
]


@pytest.mark.parametrize(("description", "text", "weighted", "valid"), CASES,
                         ids=[c[0] for c in CASES])
def test_twitter_text_conformance(description: str, text: str, weighted: int,
                                  valid: bool) -> None:
    result = text_rules.count(text_rules.X, text)
    assert result.count == weighted, description
    assert result.fits is valid
    assert result.limit == 280


def test_links_without_scheme_count_23_and_plain_words_with_dots_do_not() -> None:
    assert text_rules.count(text_rules.X, "example.com").count == 23
    assert text_rules.count(text_rules.X, "foo.co.jp").count == 23
    assert text_rules.count(text_rules.X, "e.g. this").count == 9


def test_empty_text_does_not_fit() -> None:
    assert not text_rules.count(text_rules.X, "").fits


def test_cli_count_platform_x(tmp_path) -> None:
    from tests.test_cli_count import counted

    out = counted(tmp_path, "--platform", "x", "新品 https://shop.example.com/a")
    assert out == {"count": 4 + 1 + 23, "limit": 280, "fits": True}
