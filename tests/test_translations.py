"""Translations stay complete: every tr() string has a zh_CN and an es translation, and the .qm
files the app loads match the .ts files translators edit.

A failure here usually means: run ``python scripts/translations.py update``, translate the new
messages in resources/translations/*.ts (Qt Linguist or a text editor), then
``python scripts/translations.py release`` and commit the .ts and .qm files.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
FIX_HINT = ("run `python scripts/translations.py update`, translate the new messages in "
            "resources/translations/*.ts, then `python scripts/translations.py release`")
# Plural forms Qt uses: Chinese has one form, Spanish two (one / other).
NUMERUS_FORMS = {"zh_CN": 1, "es": 2}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%s|%\d|</?[a-zA-Z][^<>]*>")  # also rich-text tags
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def _load_tool_module():
    spec = importlib.util.spec_from_file_location("mbdesk_translations_tool",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool_module()
LANGUAGES = tool.LANGUAGES


def messages(ts: Path) -> list[dict]:
    """Every message of a .ts file: context, source, disambiguation, numerus, translations."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms = []
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found.append({"context": name, "source": message.findtext("source", ""),
                          "comment": message.findtext("comment", "") or "",
                          "numerus": numerus, "forms": forms,
                          "finished": translation is not None
                          and translation.get("type") != "unfinished"})
    return found


def keys(ts: Path) -> set[tuple[str, str, str]]:
    return {(m["context"], m["source"], m["comment"]) for m in messages(ts)}


def scanned_copy(ts: Path, workdir: Path, extra_sources: tuple[Path, ...] = ()) -> Path:
    """A copy of ``ts`` that pyside6-lupdate has updated from the current sources."""
    copy = workdir / ts.name
    shutil.copyfile(ts, copy)
    subprocess.run([tool.tool("pyside6-lupdate"), *tool.sources(), *map(str, extra_sources),
                    "-no-obsolete", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    return copy


def new_sources(ts: Path, workdir: Path, extra_sources: tuple[Path, ...] = ()) -> list:
    """Source texts in the code that the committed .ts does not have yet."""
    return sorted(keys(scanned_copy(ts, workdir, extra_sources)) - keys(ts))


def qm_differences(ts: Path, qm: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, expected, got) where ``qm`` does not give the .ts translation."""
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    differences = []
    for m in messages(ts):
        counts = (1, 2, 5, 21) if m["numerus"] else (-1,)
        for n in counts:
            expected = _expected(m, n)
            got = translator.translate(m["context"], m["source"], m["comment"] or None, n)
            if got != expected:
                differences.append((m["context"], m["source"], expected, got))
    return differences


def _expected(message: dict, n: int) -> str:
    forms = message["forms"] if message["finished"] else []  # lrelease leaves unfinished out
    if not message["numerus"] or len(forms) <= 1:
        return forms[0] if forms else ""
    return forms[0] if n == 1 else forms[1]  # Spanish: one / other


def build_qm(ts: Path, target: Path) -> Path:
    subprocess.run([tool.tool("pyside6-lrelease"), str(ts), "-qm", str(target)],
                   check=True, capture_output=True)
    return target


def placeholder_problems(ts: Path) -> list[str]:
    """Translations that lost, added or broke a placeholder, tag, accelerator or newline."""
    problems = []
    for m in messages(ts):
        if not m["finished"]:
            continue  # untranslated messages are reported by the completeness test
        want = Counter(PLACEHOLDER.findall(m["source"]))
        for form in m["forms"]:
            label = f"{m['context']}: {m['source']!r} -> {form!r}"
            if Counter(PLACEHOLDER.findall(form)) != want:
                problems.append(f"placeholders differ in {label}")
            if bool(ACCELERATOR.search(m["source"])) != (len(ACCELERATOR.findall(form)) == 1):
                problems.append(f"accelerator (&) differs in {label}")
            if m["source"].count("\n") != form.count("\n"):
                problems.append(f"line breaks differ in {label}")
    return problems


# --- (a) complete ---------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation(language: str) -> None:
    # Messages without a context are lupdate misreading a call: the context test reports those.
    gaps = [gap for gap in tool.missing(language) if gap[0]]
    assert not gaps, (f"{len(gaps)} untranslated {language} message(s), e.g. {gaps[:5]}; "
                      f"{FIX_HINT}")
    assert len(messages(tool.ts_file(language))) > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_the_language_needs(language: str) -> None:
    wrong = [(m["context"], m["source"], len(m["forms"]))
             for m in messages(tool.ts_file(language))
             if m["numerus"] and (len(m["forms"]) != NUMERUS_FORMS[language]
                                  or not all(f.strip() for f in m["forms"]))]
    assert not wrong, f"{language} plural messages need {NUMERUS_FORMS[language]} forms: {wrong}"


# --- (b) up to date with the code -----------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_has_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    added = new_sources(tool.ts_file(language), tmp_path)
    assert not added, (f"{len(added)} string(s) in the code are missing from "
                       f"mbdesk_{language}.ts, e.g. {added[:5]}; {FIX_HINT}")


def test_messages_with_a_count_are_plural_messages() -> None:
    """%n in a message lupdate did not mark numerus: Spanish shows English for counts other
    than one (Qt looks for the plural form, finds none and falls back to the source)."""
    flat = [(m["context"], m["source"]) for m in messages(tool.ts_file("es"))
            if "%n" in m["source"] and not m["numerus"]]
    assert not flat, (
        f"{flat}: lupdate does not read QCoreApplication.translate(ctx, text, '', n) as a "
        "plural message; call self.tr(text, '', n) inside a QObject subclass, or use a "
        "{count} placeholder and wording that needs no plural")


def test_a_new_untranslated_string_is_noticed(tmp_path: Path) -> None:
    """The check above can fail: a tr() string the .ts does not know is reported."""
    extra = tmp_path / "src" / "new_widget.py"
    extra.parent.mkdir()
    extra.write_text('from PySide6.QtCore import QCoreApplication\n\n'
                     'QCoreApplication.translate("NewWidget", "A brand-new label")\n',
                     encoding="utf-8")
    added = new_sources(tool.ts_file("es"), tmp_path, (extra,))
    assert ("NewWidget", "A brand-new label", "") in added


def misread_contexts(ts: Path) -> list[tuple[str, str, str]]:
    """Messages whose context is neither a class in the code nor a literal translate() context.

    lupdate reads ``self.tr("text")`` (context: the class) and
    ``QCoreApplication.translate("Context", "text")``. An alias such as
    ``tr = QCoreApplication.translate`` or a call like ``widget.tr("text")`` makes it record a
    context (or a source) the app never asks for, so that translation is never shown.
    """
    code = "\n".join((ROOT / name).read_text(encoding="utf-8") for name in tool.sources())
    bad = []
    for m in messages(ts):
        name = re.escape(m["context"])
        if not m["context"] or not (
                re.search(rf"^\s*class\s+{name}\b", code, re.MULTILINE)
                or re.search(rf"translate\(\s*[\"']{name}[\"']", code)):
            bad.append((m["context"], m["source"], m["comment"]))
    return bad


def test_every_context_is_one_the_app_asks_for() -> None:
    bad = misread_contexts(tool.ts_file("es"))  # the code decides; both .ts files agree
    assert not bad, (
        f"{len(bad)} message(s) have a context the app never uses, e.g. {bad[:3]}: call "
        "self.tr(\"…\") in the class, or QCoreApplication.translate(\"Context\", \"…\") "
        "literally (no alias, no other_object.tr)")


def tr_calls_in_code() -> list[tuple[str, str, str]]:
    """(file:line, context, text) of every literal self.tr()/translate() call, read with ast.

    Context is "" when only the text is known (``something.tr("…")`` outside its class).
    """
    found = []

    def visit(node: ast.AST, path: str, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, path, child.name)
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = child.args
                texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str)
                         else None for a in args[:2]]
                where = f"{path}:{child.lineno}"
                if child.func.attr == "tr" and texts and texts[0] is not None:
                    own = isinstance(child.func.value, ast.Name) and child.func.value.id == "self"
                    found.append((where, cls if own else "", texts[0]))
                elif child.func.attr == "translate" and len(texts) == 2 and None not in texts:
                    found.append((where, texts[0], texts[1]))
            visit(child, path, cls)

    for name in tool.sources():
        visit(ast.parse((ROOT / name).read_text(encoding="utf-8")), name, "")
    return found


def test_lupdate_sees_every_tr_call_in_the_code() -> None:
    """A tr() that lupdate cannot read (inside an f-string, say) is never translated."""
    pairs = {(c, s) for c, s, _ in keys(tool.ts_file("es"))}
    texts = {s for _, s in pairs}
    unseen = [call for call in tr_calls_in_code()
              if (call[1] and (call[1], call[2]) not in pairs) or call[2] not in texts]
    assert not unseen, (
        f"{len(unseen)} tr() call(s) are not in the .ts files, e.g. {unseen[:3]}. If "
        f"`python scripts/translations.py update` does not add them, lupdate cannot read the "
        f"call: move tr() out of the f-string or expression into its own statement")


# --- (c) the committed .qm matches the .ts --------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_matches_the_ts_file(language: str, tmp_path: Path) -> None:
    ts = tool.ts_file(language)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} missing: {FIX_HINT}"
    fresh = build_qm(ts, tmp_path / committed.name)
    assert not qm_differences(ts, fresh)  # the comparison itself reads .qm files correctly
    stale = qm_differences(ts, committed)
    assert not stale, (f"{committed.name} is older than {ts.name} ({len(stale)} message(s) "
                       f"differ, e.g. {stale[:3]}): run `python scripts/translations.py release`")


def test_a_stale_qm_is_noticed() -> None:
    """The check above can fail: the Spanish .qm does not give the Chinese translations."""
    assert qm_differences(tool.ts_file("zh_CN"), tool.ts_file("es").with_suffix(".qm"))


# --- (d) placeholders survive translation ---------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_line_breaks(language: str) -> None:
    problems = placeholder_problems(tool.ts_file(language))
    assert not problems, "\n".join(problems)


def test_a_lost_placeholder_is_noticed(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="es">\n'
        "<context><name>X</name>\n"
        "<message><source>Paused until {time}</source><translation>En pausa</translation>"
        "</message>\n"
        '<message numerus="yes"><source>%n post(s)</source><translation>'
        "<numerusform>una publicación</numerusform><numerusform>%n publicaciones</numerusform>"
        "</translation></message>\n"
        "<message><source>&amp;File</source><translation>Archivo</translation></message>\n"
        "</context>\n</TS>\n", encoding="utf-8")
    problems = placeholder_problems(broken)
    assert len(problems) == 3, problems


# --- (e) the window really shows the translations ---------------------------------------------

EXPECTED_NAVIGATION = {
    "zh_CN": {"compose": "撰写与草稿", "calendar": "日历", "inbox": "收件箱",
              "followers": "粉丝", "analytics": "数据分析", "accounts": "账号"},
    "es": {"compose": "Redactar y borradores", "calendar": "Calendario",
           "inbox": "Bandeja de entrada", "followers": "Seguidores",
           "analytics": "Estadísticas", "accounts": "Cuentas"},
}
EXPECTED_FILE_MENU = {"zh_CN": "文件(&F)", "es": "&Archivo"}


@pytest.fixture
def translated(qtbot):
    """Install mbdesk's translators for one language; back to English and the old locale after."""
    from mbdesk.ui import i18n

    app = QApplication.instance()
    locale = QLocale()
    yield lambda language: i18n.install_translators(app, language)
    i18n.install_translators(app, "en")  # removes ours and Qt's translators
    QLocale.setDefault(locale)


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_window_navigation_is_translated(language: str, translated, ctx, qtbot) -> None:
    from mbdesk.ui.main_window import MainWindow
    from mbdesk.ui.views import VIEW_KEYS

    assert translated(language) == language
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown = {key: window.nav.item(row).text() for row, key in enumerate(VIEW_KEYS)}
    assert shown == EXPECTED_NAVIGATION[language]
    assert window.file_menu.title() == EXPECTED_FILE_MENU[language]
