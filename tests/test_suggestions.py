"""Tag suggestion rules: thresholds, flags, the purchase lexicons, dismissals, accept."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mbdesk.domain.suggestions import (
    ENGAGED,
    KOL,
    POTENTIAL,
    Lexicon,
    PersonFacts,
    Rules,
    load_lexicon,
    suggest,
)
from mbdesk.paths import resources_dir
from mbdesk.store import settings
from mbdesk.store import suggest as suggest_store
from mbdesk.store.models import Account, Mention, Person, PersonTag, Tag, utcnow

LEX = Lexicon.of(["how much", "price", "多少钱", "cuánto cuesta"])


DEFAULT_RULES = Rules()


def rules_of(facts: PersonFacts, rules: Rules = DEFAULT_RULES, lexicon: Lexicon = LEX,
             dismissed: tuple[str, ...] = ()) -> list[str]:
    return [s.rule for s in suggest(facts, rules, lexicon, dismissed)]


def test_kol_by_follower_count_at_the_threshold() -> None:
    assert rules_of(PersonFacts(followers_count=4999)) == []
    assert rules_of(PersonFacts(followers_count=5000)) == [KOL]
    assert suggest(PersonFacts(followers_count=5000), Rules(), LEX)[0].evidence == "5000"
    assert rules_of(PersonFacts(followers_count=800), Rules(kol_min_followers=500)) == [KOL]


def test_kol_by_verified_flag_never_for_bots_or_the_already_tagged() -> None:
    assert rules_of(PersonFacts(followers_count=10, verified=True)) == [KOL]
    assert rules_of(PersonFacts(followers_count=10, verified=True), Rules(kol_flags=False)) == []
    assert rules_of(PersonFacts(followers_count=90_000, bot=True)) == []
    assert rules_of(PersonFacts(followers_count=90_000, tag_kinds=frozenset({"kol"}))) == []


def test_engaged_after_k_mentions() -> None:
    assert rules_of(PersonFacts(followers_count=1, recent_mentions=2)) == []
    assert rules_of(PersonFacts(followers_count=1, recent_mentions=3)) == [ENGAGED]
    assert rules_of(PersonFacts(followers_count=1, recent_mentions=1),
                    Rules(engaged_mentions=1)) == [ENGAGED]
    assert rules_of(PersonFacts(followers_count=1, recent_mentions=5,
                                tag_names=frozenset({"engaged"}))) == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("Hi! How much is the rye loaf?", "how much"),
    ("请问这个蛋糕多少钱？", "多少钱"),
    ("¿Cuánto cuesta la tarta?", "cuánto cuesta"),
    ("What's the PRICE?", "price"),
    ("This is priceless, thank you", None),  # whole words for Latin scripts
    ("Lovely staff", None),
])
def test_purchase_question_by_lexicon(text: str, phrase: str | None) -> None:
    found = suggest(PersonFacts(followers_count=1, texts=(text,)), Rules(), LEX)
    assert [(s.rule, s.evidence) for s in found] == ([(POTENTIAL, phrase)] if phrase else [])


def test_purchase_rule_off_customers_and_dismissals() -> None:
    asks = PersonFacts(followers_count=9000, texts=("how much?",), recent_mentions=4)
    assert rules_of(asks) == [KOL, ENGAGED, POTENTIAL]
    assert rules_of(asks, Rules(purchase_questions=False)) == [KOL, ENGAGED]
    customer = PersonFacts(followers_count=1, texts=("how much?",),
                           tag_kinds=frozenset({"customer"}))
    assert rules_of(customer) == []
    assert rules_of(asks, dismissed=(KOL, POTENTIAL)) == [ENGAGED]


def test_shipped_lexicons_cover_three_languages() -> None:
    lexicon = load_lexicon(resources_dir() / "lexicons")
    for text in ("多少钱一个？", "¿Hacen envíos a Valencia?", "Do you ship to Leeds?", "有货吗"):
        assert lexicon.find(text), text
    assert lexicon.find("Great bread, see you soon") is None


def test_rules_come_from_settings(db) -> None:
    assert suggest_store.rules() == Rules()
    suggest_store.save_rules(Rules(kol_min_followers=1200, engaged_mentions=2, engaged_days=7))
    assert settings.get("suggest_kol_min_followers") == 1200
    assert suggest_store.rules() == Rules(kol_min_followers=1200, engaged_mentions=2,
                                          engaged_days=7)


def test_suggestions_from_the_database_accept_and_dismiss(db) -> None:
    shop = Account.create(platform="mastodon", handle="shop")
    fan = Person.create(platform="mastodon", remote_id="1", handle="fan", followers_count=7000)
    now = utcnow()
    for i, text in enumerate(["love it", "多少钱？", "again!", "old one"]):
        Mention.create(account=shop, remote_id=str(i), author=fan, text_plain=text,
                       created_at=now - timedelta(days=40 if text == "old one" else i))
    assert [s.rule for s in suggest_store.suggestions_for(fan.id)] == [KOL, ENGAGED, POTENTIAL]
    settings.put("suggest_engaged_mentions", 4)  # the mention 40 days ago is outside 30 days
    assert [s.rule for s in suggest_store.suggestions_for(fan.id)] == [KOL, POTENTIAL]
    tag_id = suggest_store.accept(fan.id, KOL)
    assert Tag.get_by_id(tag_id).kind == "kol"
    assert PersonTag.get_or_none(person=fan, tag=tag_id) is not None
    suggest_store.dismiss(fan.id, POTENTIAL)
    assert suggest_store.suggestions_for(fan.id) == []  # accepted one satisfied, other dismissed
    settings.put("suggest_engaged_mentions", 3)
    engaged = suggest_store.suggestions_for(fan.id)
    assert [s.rule for s in engaged] == [ENGAGED]
    tag_id = suggest_store.accept(fan.id, ENGAGED)
    assert Tag.get_by_id(tag_id).name == "Engaged"
    assert suggest_store.suggestions_for(fan.id) == []
