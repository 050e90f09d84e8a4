"""Stored English reasons and built-in tag names shown in the interface language (ui/stored_text,
ui/tag_names); what the owner typed and unknown server words stay as stored."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from mbdesk.store.models import TagKind
from mbdesk.ui import i18n, stored_text, tag_names


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        i18n.install_translators(QApplication.instance(), code)
        stored_text._rules.cache_clear()
        tag_names.builtin_labels.cache_clear()

    yield use
    use("en")


def test_english_stays_as_stored(language):
    language("en")
    for text in ("Sent late on your request.",
                 "The X API did not answer (GET /2/tweets: ReadTimeout).",
                 "Mastodon refused POST /api/v1/statuses (HTTP 422): Text is spam"):
        assert stored_text.shown(text) == text


def test_known_sentences_are_translated_and_server_words_kept(language):
    language("zh_CN")
    assert stored_text.shown("Sent late on your request.") == "已按你的要求延后发送。"
    refused = stored_text.shown("Mastodon refused POST /api/v1/statuses (HTTP 422): Text is spam")
    assert refused == "Mastodon 拒绝了 POST /api/v1/statuses（HTTP 422）：Text is spam"
    language("es")
    both = stored_text.shown(
        "The Mastodon server did not answer (POST /api/v1/statuses: ReadTimeout). Check on the "
        "platform whether it is there: if not, Retry sends it; if it is, Cancel stops the checks.")
    assert both.startswith("El servidor de Mastodon no respondió (POST /api/v1/statuses: "
                           "ReadTimeout). Comprueba en la plataforma")
    assert stored_text.shown("Something only this server says.") == \
        "Something only this server says."


def test_builtin_tags_translated_renamed_ones_as_typed(language):
    language("zh_CN")
    assert tag_names.tag_label("Customer", TagKind.CUSTOMER) == "客户"
    assert tag_names.tag_label("Potential customer", TagKind.POTENTIAL) == "潜在客户"
    assert tag_names.tag_label("Stammkunde", TagKind.CUSTOMER) == "Stammkunde"  # renamed
    assert tag_names.tag_label("Customer", TagKind.CUSTOM) == "Customer"  # the owner's own
