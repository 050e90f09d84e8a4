"""``mbdesk count``: run as a real process, output parsed as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"


def run_count(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "ws"), "count", *args],
        cwd=ROOT, env=env, input=stdin.encode("utf-8") if stdin is not None else None,
        capture_output=True, timeout=60, check=False,
    )


def counted(tmp_path: Path, *args: str, stdin: str | None = None) -> dict:
    proc = run_count(tmp_path, *args, stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.endswith("\n") and out.count("\n") == 1
    result = json.loads(out)
    assert list(result) == ["count", "limit", "fits"]
    # exactly json.dumps of that dict
    assert out == json.dumps(result) + "\n"
    return result


def test_spanish_text_with_a_link_on_mastodon(tmp_path):
    text = "¡Hola! Mañana abrimos en Cádiz: https://tienda.example.es/ofertas?id=3"
    assert counted(tmp_path, "--platform", "mastodon", text) == {
        "count": len("¡Hola! Mañana abrimos en Cádiz: ") + 23, "limit": 500, "fits": True,
    }


def test_chinese_text_on_weibo(tmp_path):
    # 10 characters at 2 bytes each, a space at 1, a weibo.com link of 22 bytes (up to 41 bytes
    # such a link counts its own length, never less than 20): 43 bytes, so 22
    text = "我们的新品今天上市了 https://weibo.com/shop"
    assert counted(tmp_path, "--platform", "weibo", text) == {
        "count": 22, "limit": 140, "fits": True,
    }
    assert counted(tmp_path, "--platform", "weibo", "新" * 141)["fits"] is False


def test_emoji_text_on_bluesky(tmp_path):
    # Each family emoji is 1 grapheme but 25 bytes: the byte limit binds, so it is reported.
    assert counted(tmp_path, "--platform", "bluesky", FAMILY * 300) == {
        "count": 7500, "limit": 3000, "fits": False,
    }
    assert counted(tmp_path, "--platform", "bluesky", FAMILY * 100) == {
        "count": 2500, "limit": 3000, "fits": True,
    }
    assert counted(tmp_path, "--platform", "bluesky", "¡Hola! " + FAMILY) == {
        "count": 8, "limit": 300, "fits": True,
    }


def test_instance_limits_and_content_warning(tmp_path):
    text = "a" * 600 + " https://example.com"
    assert counted(tmp_path, "--platform", "mastodon", text) == {
        "count": 624, "limit": 500, "fits": False,
    }
    assert counted(tmp_path, "--platform", "mastodon", "--max-chars", "5000",
                   "--url-chars", "30", "--spoiler", "CW: 新品", text) == {
        "count": 6 + 600 + 1 + 30, "limit": 5000, "fits": True,
    }


def test_text_from_stdin(tmp_path):
    result = counted(tmp_path, "--platform", "mastodon", "-", stdin="hola 👋🏽 @ana@example.org\n")
    assert result == {"count": len("hola ") + 1 + 1 + len("@ana"), "limit": 500, "fits": True}
    # only the one final line break is dropped (it matters where the server keeps it)
    assert counted(tmp_path, "--platform", "bluesky", "-", stdin="ab\n\n")["count"] == 3


def test_opens_no_database(tmp_path):
    counted(tmp_path, "--platform", "mastodon", "hola")
    assert not (tmp_path / "ws").exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--platform", "myspace", "x"], "invalid choice: 'myspace'"),
        (["x"], "--platform"),
        (["--platform", "mastodon", "--max-chars", "0", "x"], "must be greater than zero"),
        (["--platform", "mastodon", "--max-chars", "-5", "x"], "must be greater than zero"),
        (["--platform", "mastodon", "--url-chars", "abc", "x"], "expected a whole number"),
        (["--platform", "bluesky", "--url-chars", "23", "x"], "--url-chars does not apply"),
        (["--platform", "weibo", "--spoiler", "cw", "x"], "--spoiler applies to mastodon only"),
    ],
)
def test_bad_input_is_an_argument_error(tmp_path, args, message):
    proc = run_count(tmp_path, *args)
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert message in proc.stderr.decode()
