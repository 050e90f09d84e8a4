"""UTM tagging of the shop's own links (domain.utm): only own domains, existing queries and
fragments kept, hand-tagged links untouched, IDN hosts, Chinese text around links."""

from __future__ import annotations

import pytest

from mbdesk.domain import text as text_rules
from mbdesk.domain.utm import (
    UtmSettings,
    find_links,
    normalize_domain,
    on_domains,
    parse_domains,
    settings_from_options,
    tag_text,
    tag_url,
)

ON = UtmSettings(enabled=True, source="mastodon", medium="social",
                 domains=("shop.example", "xn--bckerei-5wa.example"))


def test_own_link_gets_source_medium_campaign() -> None:
    out = tag_text("New bread https://shop.example/bread today", ON, "spring")
    assert out.text == ("New bread https://shop.example/bread?utm_source=mastodon"
                        "&utm_medium=social&utm_campaign=spring today")
    assert out.links == (("https://shop.example/bread", out.text.split()[2]),)


def test_other_peoples_links_untouched() -> None:
    text = "See https://news.example/a and https://evilshop.example/x"
    assert tag_text(text, ON, "c").text == text
    assert not tag_text(text, ON, "c").changed


def test_subdomain_counts_and_bare_host_gets_a_slash() -> None:
    out = tag_text("https://www.shop.example", ON)
    assert out.text == "https://www.shop.example/?utm_source=mastodon&utm_medium=social"


def test_existing_query_and_fragment_kept() -> None:
    url = "https://shop.example/p?id=7&color=red#reviews"
    assert tag_url(url, "x", "social", "may") == (
        "https://shop.example/p?id=7&color=red&utm_source=x&utm_medium=social"
        "&utm_campaign=may#reviews")


def test_hand_tagged_link_not_overwritten() -> None:
    url = "https://shop.example/p?UTM_Source=newsletter"
    assert tag_text(f"look {url}", ON, "spring").text == f"look {url}"


def test_disabled_or_no_domains_changes_nothing() -> None:
    text = "https://shop.example/a"
    assert tag_text(text, UtmSettings(enabled=False, domains=("shop.example",))).text == text
    assert tag_text(text, UtmSettings(enabled=True, domains=())).text == text


def test_idn_host_and_idn_domain_setting() -> None:
    assert normalize_domain("Bäckerei.Example") == "xn--bckerei-5wa.example"
    out = tag_text("Frisch: https://bäckerei.example/brot!", ON, "")
    assert out.text == ("Frisch: https://bäckerei.example/brot?utm_source=mastodon"
                        "&utm_medium=social!")
    zh = UtmSettings(enabled=True, source="weibo", domains=parse_domains("面包.中国"))
    assert zh.domains == ("xn--uirv40n.xn--fiqs8s",)
    assert tag_text("新品 https://面包.中国/新 到店", zh).changed


def test_chinese_text_around_links() -> None:
    weibo = UtmSettings(enabled=True, source="weibo", domains=("shop.example",))
    out = tag_text("新品上市看这里https://shop.example/bread。欢迎光临！", weibo, "春季")
    assert out.text == ("新品上市看这里https://shop.example/bread?utm_source=weibo&utm_medium="
                        "social&utm_campaign=%E6%98%A5%E5%AD%A3。欢迎光临！")
    # a host followed straight by Chinese: the Chinese is text
    out = tag_text("链接https://shop.example谢谢", weibo)
    assert out.text == "链接https://shop.example/?utm_source=weibo&utm_medium=social谢谢"
    assert find_links("（见https://shop.example/a）") == [(2, 24)]


def test_sentence_punctuation_and_parentheses() -> None:
    text = "Menu (https://shop.example/menu), and https://shop.example/wiki/Bread_(loaf)."
    out = tag_text(text, ON)
    assert "menu?utm_source=mastodon&utm_medium=social)," in out.text
    assert "Bread_(loaf)?utm_source=mastodon&utm_medium=social." in out.text


def test_tagging_twice_is_the_same() -> None:
    once = tag_text("https://shop.example/a", ON, "c").text
    assert tag_text(once, ON, "c").text == once


def test_on_domains_is_strict() -> None:
    assert on_domains("https://shop.example:8443/x", ["shop.example"])
    assert not on_domains("https://shop.example.evil.test/x", ["shop.example"])
    assert not on_domains("https://user@evil.test/x", ["shop.example"])


def test_settings_from_options_defaults() -> None:
    s = settings_from_options({"utm": {"enabled": True, "domains": "shop.example, b.example"}},
                              "bluesky")
    assert s == UtmSettings(True, "bluesky", "social", ("shop.example", "b.example"))
    assert settings_from_options({}, "x").enabled is False


@pytest.mark.parametrize("platform", ["mastodon", "x"])
def test_link_length_does_not_change_mastodon_or_x_count(platform: str) -> None:
    # a real top-level domain: twitter-text counts links with unknown ones in full
    text = "Bread https://mybakery.com/b"
    shop = UtmSettings(enabled=True, source=platform, domains=("mybakery.com",))
    tagged = tag_text(text, shop, "spring-sale").text
    assert tagged != text
    assert text_rules.count(platform, tagged).count == text_rules.count(platform, text).count


def test_bluesky_counts_the_longer_link_and_weibo_one_link() -> None:
    text = "面包 https://mybakery.com/b"
    shop = UtmSettings(enabled=True, source="weibo", domains=("mybakery.com",))
    tagged = tag_text(text, shop, "spring").text
    assert (text_rules.count("bluesky", tagged).count
            == text_rules.count("bluesky", text).count + len(tagged) - len(text))
    # Weibo counts a link of up to 140 bytes as 20 bytes: the tagged link is still one link
    weibo = text_rules.count("weibo", tagged)
    assert weibo.details["urls"] == 1
    assert weibo.count == text_rules.count("weibo", text).count
