"""The mention search index's text, keys and query strings (store/search_index.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from mbdesk.store.search_index import (
    KEY_ID_MASK,
    index_text,
    key_sql,
    match_expression,
    register_functions,
    search_key,
)


@pytest.mark.parametrize(("text", "words"), [
    ("我想买可颂", ["我", "想", "买", "可", "颂"]),  # every Chinese character a word
    ("全麦toast好吃", ["全", "麦", "toast", "好", "吃"]),
    ("¿El envío?", ["sym bf", "El", "envío", "sym 3f"]),  # signs are words, accents kept here
    ("100% 👍", ["100", "sym 25", "sym 1f44d"]),
    ("a_b", ["a", "sym 5f", "b"]),
    ("café ❤️", ["café", "sym 2764"]),  # accents and the variation selector stay with their char
    ("", []),
])
def test_index_text_splits_into_words(text: str, words: list[str]) -> None:
    assert index_text(text).split() == [w.replace(" ", "") for w in words]


def test_match_expression_quotes_everything() -> None:
    assert match_expression('a"b OR c') == '"a sym22 b OR c"*'  # OR is a word, not an operator
    assert match_expression("可颂") == '"可 颂"'  # CJK: no prefix (each char is a whole word)
    assert match_expression("pan") == '"pan"*'  # Latin: the word may still be being typed
    assert match_expression("pan!") == '"pan sym21"'
    assert match_expression("   ") is None


@pytest.mark.parametrize("created", [
    datetime(2026, 11, 23, 12, 0, 5, 999_999), datetime(1969, 12, 31, 23, 59, 59),
    datetime(2038, 1, 19, 3, 14, 8), datetime(2100, 1, 1),
])
def test_search_key_is_what_the_sql_computes(created: datetime) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE mention (id INTEGER PRIMARY KEY, created_at TEXT)")
    conn.execute("INSERT INTO mention VALUES (?, ?)", (123_456, str(created)))
    (key,) = conn.execute(f"SELECT {key_sql('mention')} FROM mention").fetchone()
    assert key == search_key(created, 123_456)
    assert key & KEY_ID_MASK == 123_456
    earlier = search_key(created.replace(microsecond=0) - timedelta(seconds=1), KEY_ID_MASK)
    assert earlier < key  # newest first is descending key


def test_registered_function_is_index_text() -> None:
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    assert conn.execute("SELECT mb_search_words('面包!')").fetchone()[0] == index_text("面包!")


def test_a_pasted_paragraph_is_looked_for_by_its_first_words() -> None:
    from mbdesk.store.search_index import MAX_QUERY_WORDS

    paragraph = "面包 " * 2000
    expression = match_expression(paragraph)
    assert expression is not None and len(expression.strip('"').split()) == MAX_QUERY_WORDS
    assert not expression.endswith("*")  # cut words are whole words
    assert match_expression("uno dos tres") == '"uno dos tres"*'
