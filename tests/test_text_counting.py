"""Per-platform length rules in ``mbdesk.domain.text`` (pure Python, no Qt)."""

from __future__ import annotations

import dataclasses
import random

import pytest
import regex

from mbdesk.domain import text
from mbdesk.domain.text import TextCount, count, grapheme_count, remaining, would_fit

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one ZWJ sequence
TRANS_FLAG = "\U0001f3f3\ufe0f\u200d\u26a7\ufe0f"
SPARKLES = "\u2728"


def mastodon(body: str, **options) -> TextCount:
    return count("mastodon", body, **options)


# --- Mastodon: every case of Mastodon's own spec -------------------------------------------------
# Ported from mastodon/mastodon spec/validators/status_length_validator_spec.rb (version at
# commit d5e278df; the spec stubs MAX_CHARS to 500, the default limit here). Its first two
# cases, "does not add errors onto remote statuses" and "does not add errors onto local reblogs",
# are about which statuses the server validates at all; a composer only ever counts a local,
# non-boost post, so they have no counterpart here.

SPEC_LINK = "http://" + "b" * 30 + ".com/example"


def test_spec_error_when_content_warning_is_over_limit():
    assert not mastodon("", spoiler_text="a" * 520).fits


def test_spec_error_when_text_is_over_limit():
    assert not mastodon("a" * 520).fits


def test_spec_error_when_text_and_content_warning_are_over_limit_together():
    result = mastodon("b" * 251, spoiler_text="a" * 250)
    assert (result.count, result.fits) == (501, False)


def test_spec_reduces_length_of_autolinkable_space_separated_urls():
    result = mastodon("a" * 476 + " " + SPEC_LINK)
    assert (result.count, result.fits) == (500, True)


def test_spec_does_not_reduce_length_of_non_autolinkable_urls():
    result = mastodon("a" * 476 + SPEC_LINK)
    assert (result.count, result.fits) == (476 + len(SPEC_LINK), False)


def test_spec_does_not_reduce_length_of_overly_long_urls():
    body = "http://example.com/valid?" + "#foo?" * 1000
    result = mastodon(body)
    assert (result.count, result.fits) == (len(body), False)


def test_spec_counts_only_the_front_part_of_remote_usernames():
    result = mastodon("a" * 475 + " @alice@" + "b" * 30 + ".com")
    assert (result.count, result.fits) == (475 + 1 + len("@alice"), True)


def test_spec_counts_both_parts_of_remote_usernames_for_overly_long_domains():
    body = "@alice@" + "b" * 500 + ".com"
    result = mastodon(body)
    assert (result.count, result.fits) == (len(body), False)


def test_spec_counts_multi_byte_emoji_as_single_character():
    result = mastodon(SPARKLES * 500)
    assert (result.count, result.fits) == (500, True)


def test_spec_counts_zwj_sequence_emoji_as_single_character():
    result = mastodon(TRANS_FLAG * 500)
    assert (result.count, result.fits) == (500, True)


# --- Mastodon: characters ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FAMILY, 1),  # ZWJ emoji sequence
        ("\U0001f44d\U0001f3fd", 1),  # emoji + skin tone modifier
        ("\U0001f1ea\U0001f1f8\U0001f1eb\U0001f1f7", 2),  # two flags from regional indicators
        ("我们的新品", 5),  # CJK: one each
        ("e\u0301", 1),  # combining acute accent
        ("a\u0301\u0302\u0303", 1),  # several combining marks
        ("한국어", 3),  # precomposed Hangul
        ("\u1112\u1161\u11ab", 1),  # Hangul jamo forming one syllable
        ("¡Mañana abrimos en Cádiz!", 25),
        ("line\r\nbreak", 10),  # CR LF is one cluster
    ],
)
def test_mastodon_counts_grapheme_clusters(body, expected):
    assert mastodon(body).count == expected


def test_content_warning_is_counted_with_the_text():
    assert mastodon("hola", spoiler_text="CW: spoiler").count == 4 + 11


def test_surrounding_whitespace_is_stripped_as_the_server_does():
    assert mastodon("  \n hola \t\n").count == 4
    assert mastodon("hola", spoiler_text="  cw  ").count == 6


def test_blank_text_counts_nothing_but_its_content_warning():
    assert mastodon("   ").count == 0
    assert mastodon("\u00a0\u3000", spoiler_text="cw").count == 2


def test_limit_follows_the_instance():
    assert mastodon("a" * 501).fits is False
    result = mastodon("a" * 501, max_characters=5000)
    assert (result.count, result.limit, result.fits) == (501, 5000, True)


def test_sandbox_uses_the_mastodon_rule_with_500():
    result = count("sandbox", "see https://example.com/" + "x" * 100)
    assert (result.count, result.limit) == (4 + 23, 500)
    assert count("sandbox", "a" * 501).fits is False


# --- Mastodon: URLs ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("https://example.com/a/very/long/path/that/goes/on/and/on", 23),
        ("see http://example.com/bar and more", 4 + 23 + 9),
        # glued to a preceding letter or digit: not linked, counted in full
        ("foohttp://x.com", 15),
        ("a1https://example.com", 21),
        # no scheme: never shortened
        ("example.com/some/long/path", 26),
        ("www.example.com", 15),
        # trailing punctuation is not part of the URL
        ("see http://example.com/a.", 4 + 23 + 1),
        ("(http://example.com/a)", 1 + 23 + 1),
        ("http://example.com/path?q=1&r=2.", 23 + 1),
        ("¿Viste https://tienda.example.es/ofertas?id=3, amigo?", 7 + 23 + 8),
        ("Wikipedia https://en.wikipedia.org/wiki/Primer_(film)!", 10 + 23 + 1),
        # any character that is not an ASCII letter or digit (nor @ $ #) may stand before it
        ("新品http://x.com", 2 + 23),
        ("¡https://example.com", 1 + 23),
        ('"https://example.com/a"', 1 + 23 + 1),
        # ... but these may not
        ("@https://example.com", 20),
        ("#https://example.com", 20),
        # two URLs
        ("https://a.com https://b.org", 23 + 1 + 23),
        # the other schemes Mastodon links
        ("gemini://example.org/x", 23),
        ("ipfs://example.com", 23),
        # upper case scheme and host
        ("HTTPS://EXAMPLE.COM/A", 23),
        # port and IDN host
        ("https://example.com:8443/x", 23),
        ("https://bücher.de/katalog", 23),
        ("https://пример.рф/", 23),
        ("https://xn--e1afmkfd.xn--p1ai/", 23),
        # hosts that are not domains: IP address, bare host, reserved TLDs
        ("http://127.0.0.1:3000/xyz", 25),
        ("http://localhost:3000/xyz", 25),
        ("https://shop.test/a", 19),
        ("https://shop.localhost/a", 24),
        # a label over 63 characters cannot be encoded, so it is not linked
        ("https://" + "a" * 64 + ".com", 8 + 64 + 4),
        # a code point unassigned in IDNA 2003 (the server uses libidn) is not linked either
        ("https://\U0001f389.com", 8 + 1 + 4),
        # t.co keeps only its slug; a slug over 40 characters is not linked
        ("https://t.co/abc/def", 23 + 4),
        ("https://t.co/" + "a" * 41, 13 + 41),
    ],
)
def test_mastodon_url_rule(body, expected):
    assert mastodon(body).count == expected


def test_url_without_scheme_consumes_a_scheme_url_inside_it():
    # Mastodon matches "example.com/http://x.com" as one URL without a scheme (not linked).
    assert mastodon("example.com/http://x.com/abcdef").count == 31


def test_url_in_a_cjk_run_extends_through_it():
    # Path characters are anything but white space: the path runs on into the text after it.
    body = "https://example.com/x欢迎光临"
    assert mastodon(body).count == 23
    assert mastodon("欢迎 https://example.com/x 光临").count == 2 + 1 + 23 + 1 + 2


def test_url_over_4096_characters_is_counted_in_full():
    long_url = "https://example.com/" + "a" * 4077
    assert len(long_url) == 4097
    assert mastodon(long_url).count == 4097
    assert mastodon(long_url[:-1]).count == 23


def test_characters_reserved_per_url_follows_the_instance():
    assert mastodon("see https://example.com", url_chars=30).count == 34


def test_url_placeholder_joins_a_following_combining_mark():
    # The URL ends after the port; the server replaces it with 23 x's, and the combining mark
    # after it then joins the last x.
    assert mastodon("https://example.com:8080\u0301").count == 23


# --- Mastodon: mentions --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("@alice hi", 9),
        ("@alice@example.com hi", 9),
        ("@alice@mastodon.social, @bob@example.org!", 6 + 2 + 4 + 1),
        ("@Alice.Smith@sub.example.co.uk", 12),
        ("hi @alice@example.com.", 3 + 6 + 1),
        # an e-mail address is not a mention (a word character stands before the @)
        ("mail shop@example.com", 21),
        # a mention followed by another @ is dropped
        ("@alice@example.com@more", 23),
        # the domain may be up to 253 characters
        ("@alice@" + "b" * 249 + ".com", 6),
        ("@alice@" + "b" * 250 + ".com", 7 + 250 + 4),
        # inside a URL the URL wins
        ("https://example.com/@alice@example.org", 23),
        ("@usuario@tienda.example.es ¡gracias!", 8 + 1 + 9),
    ],
)
def test_mastodon_mention_rule(body, expected):
    assert mastodon(body).count == expected


def test_url_and_mention_together():
    body = "@alice@example.com mira https://tienda.example.es/x " + FAMILY
    assert mastodon(body).count == 6 + 1 + 4 + 1 + 23 + 1 + 1


# --- the fast URL scanner agrees with the server's one-expression rule ---------------------------

TRICKY = [
    "x https://example.com/a and example.org and https://b.co",
    "a.b_c.example.com http://x.org",
    "http://a_b.com",
    "http://a_b.c_d.example.com/x",
    "foo.com/http://bar.com",
    "中文http://x.com。",
    "http://a.co.http://b.co",
    "a.b.c.d.http://e.com",
    "__init__.py:http://x.com",
    "xn--p1ai.xn--p1ai://http://a.com",
    "https://a.com,https://b.com",
    "(see:https://example.com/a_(b)_c)",
    "ſhttps://example.com",
    "http://a.b_c.com/x http://d.com",
    "http://x_y.example.com/ http://d.com",
    "http://a_.b.com a.b_c.d.com/http://e.com",
]
PIECES = [
    "a", "b", "x", "1", "中", "é", ".", ".", ".", "/", ":", "//", "http://", "https://", "-",
    "_", "@", "#", "(", ")", "?", "=", "&", "co", "com", "org", "xn--p1ai", "test", "\u0301",
    "!", ",", "t.co/", "$", "ipfs://", "Я", "\u00a0", " ", "\n",
]


def _linked_by_reference(body: str) -> list[tuple[int, int]]:
    return [(start, end) for has_scheme, start, end, _ in text._reference_url_matches(body)
            if has_scheme]


def _linked_by_scanner(body: str) -> list[tuple[int, int]]:
    text._token_matches.cache_clear()
    found = []
    for token in text._SCHEME_TOKEN_RE.finditer(body):
        found += [(token.start() + start, token.start() + end)
                  for has_scheme, start, end, _ in text._token_matches(token.group())
                  if has_scheme]
    return found


@pytest.mark.parametrize("body", TRICKY)
def test_scanner_matches_reference_on_tricky_inputs(body):
    assert _linked_by_scanner(body) == _linked_by_reference(body)


def test_scanner_matches_reference_on_random_inputs():
    rng = random.Random(20261123)
    for _ in range(3000):
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        assert _linked_by_scanner(body) == _linked_by_reference(body), body


def _linked_by_scanner_alone(body: str) -> list[tuple[int, int]]:
    return [(start, end) for has_scheme, start, end, _ in text._UrlScanner(body).matches()
            if has_scheme]


@pytest.mark.parametrize("body", TRICKY)
def test_scanner_alone_matches_reference_on_tricky_inputs(body):
    assert _linked_by_scanner_alone(body) == _linked_by_reference(body)


def test_scanner_alone_matches_reference_on_random_inputs():
    rng = random.Random(11)
    for _ in range(3000):
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        assert _linked_by_scanner_alone(body) == _linked_by_reference(body), body


def test_scanner_and_fast_path_agree_on_random_tokens():
    rng = random.Random(7)
    no_space = [p for p in PIECES if p not in (" ", "\n")]
    for _ in range(3000):
        token = "".join(rng.choice(no_space) for _ in range(rng.randint(1, 30)))
        text._token_matches.cache_clear()
        fast = [m for m in text._token_matches(token) if m[0]]
        full = [m for m in text._UrlScanner(token).matches() if m[0]]
        assert fast == full, token


def test_long_inputs_count_correctly():
    # Long runs where trying the one expression at every position would take quadratic time.
    assert mastodon(":" + "a." * 50_000, max_characters=10**6).count == 100_001
    assert mastodon("http://" + "a." * 50_000 + "1", max_characters=10**6).count == 100_008
    assert mastodon("x " + "中" * 100_000 + ".1 https://example.com").count == 100_005 + 23
    one_round = "Mira https://tienda.example.es/p?id=1 @ana@example.org 新品上市 "
    per_round = 5 + 23 + 1 + 4 + 1 + 4 + 1
    body = one_round * 1700  # 102,000 characters
    # the server strips the final space
    assert mastodon(body, max_characters=10**6).count == per_round * 1700 - 1


# --- grapheme counting ---------------------------------------------------------------------------

def test_grapheme_count_matches_regex_clusters_on_random_text():
    pool = ["a", "é", "e\u0301", "\u0301", "\U0001f469", "\u200d", "\U0001f467", TRANS_FLAG,
            "\U0001f1ea", "\U0001f1f8", "\r", "\n", "가", "\u1100", "\u1161", "\u11a8", "中",
            "\u0915", "\u094d", "\u093f", "\u0600", "\ufe0f", "\U0001f3fd", " "]
    rng = random.Random(3)
    for _ in range(3000):
        sample = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert grapheme_count(sample) == len(regex.findall(r"\X", sample)), sample


# --- Bluesky -------------------------------------------------------------------------------------

HEAVY = "a" + "\u0301" * 7  # one grapheme, 15 UTF-8 bytes


def test_bluesky_300_graphemes():
    assert count("bluesky", "a" * 300).fits
    result = count("bluesky", "a" * 301)
    assert (result.count, result.limit, result.fits) == (301, 300, False)
    assert result.details["binding"] == "graphemes"


def test_bluesky_counts_emoji_and_cjk_as_one():
    result = count("bluesky", FAMILY * 100 + "我们" * 100)
    assert result.details["graphemes"] == 300
    assert result.fits is False  # 100 families are 2500 bytes, the CJK 600 more


def test_bluesky_3000_bytes_bind_even_under_300_graphemes():
    ok = count("bluesky", HEAVY * 200)
    assert (ok.count, ok.limit, ok.fits) == (3000, 3000, True)
    assert ok.details["binding"] == "bytes" and ok.details["graphemes"] == 200
    over = count("bluesky", HEAVY * 200 + "a")
    assert (over.count, over.limit, over.fits) == (3001, 3000, False)


def test_bluesky_links_count_in_full():
    assert count("bluesky", "https://example.com/" + "a" * 50).count == 70


# --- Weibo ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("我们的新品今天上市", 9),  # other characters: 2 bytes each
        ("ab", 1),  # ASCII: 1 byte each
        ("abc", 2),  # rounded up
        ("新品 new", 4),  # 4 + 4 bytes
        ("https://example.com/some/long/path", 10),  # a link: 20 bytes
        ("看 https://weibo.com/x 吧", 13),  # 2 + 1 + 20 + 1 + 2 = 26 bytes
        ("¡Mañana!", 5),  # ¡ and ñ are not ASCII: 2 + 1 + 1 + 2 + 1 + 1 + 1 + 1 = 10 bytes
    ],
)
def test_weibo_rule(body, expected):
    assert count("weibo", body).count == expected


def test_weibo_limit_140():
    assert count("weibo", "中" * 140).fits
    result = count("weibo", "中" * 141)
    assert (result.count, result.limit, result.fits) == (141, 140, False)
    assert count("weibo", "a" * 280).fits and not count("weibo", "a" * 281).fits


# --- helpers and argument checks -----------------------------------------------------------------

def test_remaining_and_would_fit():
    assert remaining("mastodon", "a" * 490) == 10
    assert remaining("mastodon", "a" * 510) == -10
    assert would_fit("weibo", "中" * 140) and not would_fit("weibo", "中" * 141)
    assert text.would_fit_appended("mastodon", "a" * 476, " https://example.com/x")
    assert not text.would_fit_appended("mastodon", "a" * 477, " https://example.com/x")


def test_result_is_frozen():
    result = mastodon("hola")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.count = 3  # type: ignore[misc]
    assert result.remaining == 496


@pytest.mark.parametrize(
    ("platform", "options"),
    [
        ("myspace", {}),
        ("mastodon", {"max_characters": 0}),
        ("mastodon", {"max_characters": -1}),
        ("mastodon", {"url_chars": 0}),
        ("bluesky", {"url_chars": 23}),
        ("bluesky", {"spoiler_text": "cw"}),
        ("weibo", {"spoiler_text": "cw"}),
    ],
)
def test_bad_arguments_are_refused(platform, options):
    with pytest.raises(ValueError):
        count(platform, "hola", **options)
