"""The window in German, Spanish and French (issue 19): every string of the source translated in
each shipped language, the window built in the language asked for (texts read from the widgets
and compared with the .ts, numbers with the locale's decimal comma), nothing clipped in German at
1280×720 in projector mode, and View → Language remembered and switching the window at once."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QGroupBox, QLabel, QMainWindow, QMenu

from lossexplorer.gui import i18n
from lossexplorer.gui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "lossexplorer" / "i18n"
PROBE = Path(__file__).with_name("screen_probe.py")
DECIMAL_POINT, DECIMAL_COMMA = re.compile(r"\d\.\d"), re.compile(r"\d,\d")


def tool():
    """i18n/translations.py, the tool that makes the .ts and .qm files."""
    spec = importlib.util.spec_from_file_location("translations", ROOT / "i18n" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translations(lang: str) -> dict[str, set[str]]:
    """{English source: its finished translations in any context} of the shipped .ts."""
    table: dict[str, set[str]] = {}
    for message in ET.parse(CATALOGUES / f"lossexplorer_{lang}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            table.setdefault(message.findtext("source") or "", set()).add(translation.text)
    return table


def translated(lang: str, source: str) -> str:
    (text,) = translations(lang)[source]
    return text


# --- (a) every string translated, every .qm built from its .ts -------------------------------------


def test_the_shipped_languages_are_the_menus_languages_and_english():
    assert tool().shipped() == ["de", "es", "fr"]
    assert list(LANGUAGES) == ["en", *tool().shipped()]
    for lang in LANGUAGES:
        if lang != "en":
            assert (CATALOGUES / f"lossexplorer_{lang}.qm").is_file()


def test_every_string_in_the_source_has_a_finished_translation_in_each_shipped_language():
    """lupdate on the source into a temporary .ts; each of its messages translated, finished, not
    empty, with the source's {placeholders}, HTML tags and number of & accelerators."""
    problems = tool().missing()
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def test_every_qm_is_what_lrelease_makes_of_its_ts():
    assert tool().stale() == []


def test_the_check_finds_a_lost_placeholder_an_untranslated_string_and_a_stale_qm(tmp_path):
    translations_tool = tool()
    source, folder = tmp_path / "src", tmp_path / "i18n"
    source.mkdir()
    folder.mkdir()
    (source / "m.py").write_text('from x import translate\n'
                                 'translate("m", "Saved {path}")\ntranslate("m", "&Run")\ntranslate("m", "Step")\n')
    translations_tool.lupdate([translations_tool.ts_file("de", folder)], source)
    ts = translations_tool.ts_file("de", folder)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation, text = message.find("translation"), message.findtext("source")
        translation.text = {"Saved {path}": "Gespeichert {pfad}", "&Run": "Start", "Step": ""}[text]
        translation.attrib.pop("type")
    translations_tool.write_ts(tree, ts)
    assert sorted(translations_tool.missing(folder, source)) == [
        "de: placeholders, tags or & differ: [m] '&Run' -> 'Start'",
        "de: placeholders, tags or & differ: [m] 'Saved {path}' -> 'Gespeichert {pfad}'",
        "de: untranslated: [m] 'Step'",
    ]
    assert translations_tool.stale(folder) == ["de: lossexplorer_de.qm is not what its .ts makes (run release)"]


def test_fill_writes_a_parts_translations_into_the_ts_marked_finished(tmp_path):
    translations_tool = tool()
    source, folder = tmp_path / "src", tmp_path / "i18n"
    source.mkdir()
    folder.mkdir()
    (source / "m.py").write_text('translate("m", "Step")\ntranslate("m", "Reset")\n'
                                 'translate("m", "it\'s \\"<b>it</b>\\"")\n')
    ts = translations_tool.ts_file("fr", folder)
    translations_tool.lupdate([ts], source)
    part = tmp_path / "part.json"
    part.write_text(json.dumps({"m": {"Step": {"fr": "Pas", "de": "Schritt"}, "Gone": {"fr": "Parti"},
                                      'it\'s "<b>it</b>"': {"fr": 'c\'est « <b>ça</b> »'}}}))
    problems = translations_tool.fill([part], folder)
    assert problems == ["fr: not in the source (run update?): [m] 'Gone' (part.json)"]
    assert translations_tool.missing(folder, source) == ["fr: untranslated: [m] 'Reset'"]
    found = translations_tool.messages(ts)
    assert found[("m", "Step")].text == "Pas" and translations_tool.is_finished(found[("m", "Step")])
    filled = ts.read_text(encoding="utf-8")
    translations_tool.lupdate([ts], source)
    assert ts.read_text(encoding="utf-8") == filled  # written as lupdate writes it: an update changes nothing


# --- (b) the window in the language asked for --------------------------------------------------------


def opened(qtbot, *argv: str):
    """A window opened as the command line opens it (`lossexplorer ARGS`), shown and drawn."""
    from lossexplorer.cli import _parse_window_args
    from lossexplorer.gui.app import open_window

    window = open_window(_parse_window_args(list(argv)))
    qtbot.addWidget(window)
    window.files.prompt_unsaved = False
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.flush()
    QApplication.processEvents()
    return window


def menu_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every menu title and menu entry, in menu order."""
    found = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append((where, action.text()))
            if action.menu() is not None:
                walk(action.menu(), f"{where} → {action.text()}")

    for action in window.menuBar().actions():
        found.append(("menu bar", action.text()))
        walk(action.menu(), action.text())
    return found


def widget_texts(root, kind) -> list[str]:
    if kind is QGroupBox:
        return [w.title() for w in root.findChildren(QGroupBox)]
    return [w.text() for w in root.findChildren(kind)]


def english_and(qtbot, lang: str, *argv: str):
    """The window in English and in `lang`, opened the same way."""
    english = opened(qtbot, "--lang", "en", *argv)
    assert i18n.current() == "en"
    other = opened(qtbot, "--lang", lang, *argv)
    assert i18n.current() == lang
    return english, other


def plain(text: str) -> str:
    """A label's words without the markup around them ("<b>epoch</b>": "epoch")."""
    return re.sub(r"<[^>]+>", "", text)


def shown_as_translated(english: list[str], other: list[str], table: dict[str, set[str]]) -> list[str]:
    """Texts that have a translation but show something else; the pairs are in the same places.
    A label's text is looked up as it is and without its markup."""
    assert len(english) == len(other)
    wrong = []
    for e, o in zip(english, other):
        if e in table and o not in table[e]:
            wrong.append(f"{e!r} shows {o!r}, not one of {sorted(table[e])}")
        elif e not in table and plain(e) in table and plain(o) not in table[plain(e)]:
            wrong.append(f"{e!r} shows {o!r}, not one of {sorted(table[plain(e)])}")
    return wrong


def translated_in(english: list[str], other: list[str], table: dict[str, set[str]]) -> int:
    """How many texts show a translation different from their English."""
    return sum(e != o and (e in table or plain(e) in table) for e, o in zip(english, other))


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_lang_shows_every_menu_in_that_language(qtbot, lang):
    english, other = english_and(qtbot, lang)
    table = translations(lang)
    try:
        shape = [[w for w, _ in menu_texts(window) if w == "menu bar"] for window in (english, other)]
        counts = [len(menu_texts(window)) for window in (english, other)]
        assert counts[0] == counts[1], f"{counts[0] - counts[1]} menu entries lost: a menu found by its English title?"
        assert shape[0] == shape[1]
        titles = [(t, o) for (w, t), (_, o) in zip(menu_texts(english), menu_texts(other)) if w == "menu bar"]
        assert len(titles) >= 6
        assert [t for t, _ in titles if t not in table] == [], "menu titles without a translation"
        assert [(t, o) for t, o in titles if o not in table[t]] == []
        assert shown_as_translated([t for _, t in menu_texts(english)], [t for _, t in menu_texts(other)], table) == []
        assert sum(t in table for _, t in menu_texts(english)) >= 30  # the entries too, not only the titles
    finally:
        english.close()
        other.close()


def test_lang_de_shows_the_panel_and_readouts_in_german_with_decimal_commas(qtbot):
    english, german = english_and(qtbot, "de")
    table = translations("de")
    try:
        # the panel's group titles: every one translated
        titles = widget_texts(english.panel, QGroupBox)
        assert len(titles) >= 3
        assert [t for t in titles if t and t not in table] == [], "group titles without a translation"
        assert shown_as_translated(titles, widget_texts(german.panel, QGroupBox), table) == []
        # every label and button of the panel and the readouts that has a translation shows it
        for root in ("panel", "readouts"):
            for kind in (QLabel, QAbstractButton):
                texts = widget_texts(getattr(english, root), kind)
                assert shown_as_translated(texts, widget_texts(getattr(german, root), kind), table) == []
        assert shown_as_translated(widget_texts(english.readouts, QGroupBox), widget_texts(german.readouts, QGroupBox),
                                   table) == []
        readouts = list(zip(widget_texts(english.readouts, QLabel), widget_texts(german.readouts, QLabel)))
        assert translated_in(*zip(*readouts), table) >= 3, "the readouts are not in German"
        # the readouts' numbers with a decimal comma, and none left with a point
        assert any(DECIMAL_POINT.search(e) and DECIMAL_COMMA.search(g) for e, g in readouts), readouts
        assert [g for _, g in readouts if DECIMAL_POINT.search(g)] == []
        # a spin box too: 0.5 in English is 0,5 in German
        boxes = list(zip(widget_texts(english.panel, QAbstractSpinBox), widget_texts(german.panel, QAbstractSpinBox)))
        boxes = [(e, g) for e, g in boxes if re.fullmatch(r"-?\d+\.\d+", e)]
        assert boxes, "no spin box shows a decimal number"
        assert [(e, g) for e, g in boxes if g != e.replace(".", ",")] == []
    finally:
        english.close()
        german.close()


@pytest.mark.parametrize(("lang", "shown"), [("de", "0,25"), ("es", "0,25"), ("fr", "0,25"), ("en", "0.25")])
def test_numbers_follow_the_language_installed(qapp, lang, shown):
    from PySide6.QtCore import QLocale

    assert i18n.install(qapp, lang) == lang
    assert i18n.number(0.25, ".2f") == shown
    assert i18n.number(1234.5, ",.1f") == f"1{QLocale().groupSeparator()}234{shown[1]}5"


def test_qts_own_buttons_speak_the_language_too(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install(qapp, "de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_an_unknown_language_is_one_line_naming_the_choices(qapp, capsys):
    from lossexplorer.cli import main

    assert main(["--lang", "xx", "--screenshot", "never.png"]) == 2
    assert capsys.readouterr().err == ("lossexplorer: --lang: no language 'xx'; choose one of: en (English), "
                                       "de (Deutsch), es (Español), fr (Français)\n")
    assert not Path("never.png").exists()


def test_a_missing_catalogue_leaves_the_window_in_english_in_one_line(qapp, capsys, monkeypatch):
    monkeypatch.setattr(i18n, "CATALOGUES", "lossexplorer.no_such_package")
    assert i18n.start("fr") == "en"
    assert capsys.readouterr().err == ("lossexplorer: no Français translation is installed "
                                       "(lossexplorer/i18n/lossexplorer_fr.qm); the window is in English\n")
    assert i18n.number(0.5, ".1f") == "0.5"


# --- (c) nothing clipped in German ---------------------------------------------------------------------


@pytest.mark.slow
def test_no_german_text_is_clipped_at_1280x720_in_either_mode(tmp_path):
    """screen_probe.py in German: every view and dock, normal and projector mode, on a 1280×720 screen."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, str(PROBE), "1280", "720", str(tmp_path), "de"], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert [where for where, fits, _frame in report["fits"] if not fits] == []
    assert report["cut"] == []


# --- (d) View → Language: remembered, and the window switches at once ------------------------------------


def visible_windows() -> list[QMainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]


def click_menu_entry(qtbot, window, *path: str) -> None:
    """Click through the menu bar as a person does: the title, each submenu, the entry (texts shown)."""
    from PySide6.QtTest import QTest

    bar = window.menuBar()
    top = next(a for a in bar.actions() if a.text() == path[0])
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu = top.menu()
    qtbot.waitUntil(menu.isVisible)
    for text in path[1:]:
        action = next(a for a in menu.actions() if a.text() == text)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)


def test_choosing_deutsch_in_view_language_rebuilds_the_window_in_german_keeping_the_lesson(qtbot):
    from PySide6.QtTest import QTest

    window = opened(qtbot, "--preset", "outliers")
    view = next(a.text() for a in window.menuBar().actions() if window.language_menu.menuAction() in a.menu().actions())
    lesson = window.lesson
    QTest.keyClick(window.canvas.plot_widget, Qt.Key.Key_P)  # a pin: the lesson is more than its preset
    assert len(lesson.pins) == 1 and lesson.is_modified()
    before = window.files.session()
    english_menus = [t for _, t in menu_texts(window)]
    click_menu_entry(qtbot, window, view, "&Language", "Deutsch")
    qtbot.waitUntil(lambda: len(visible_windows()) == 1 and visible_windows()[0] is not window)
    (german,) = visible_windows()
    qtbot.addWidget(german)
    german.files.prompt_unsaved = False
    try:
        assert german.language_menu.title() == translated("de", "&Language")
        assert [a.text() for a in german.language_menu.actions() if a.isChecked()] == ["Deutsch"]
        assert german.statusBar().currentMessage() == translated("de", "The window is now in English (View → Language)")
        table = translations("de")
        assert shown_as_translated(english_menus, [t for _, t in menu_texts(german)], table) == []
        after = german.files.session()
        assert (after.x.tolist(), after.y.tolist(), after.settings, after.pins) == (
            before.x.tolist(), before.y.tolist(), before.settings, before.pins)
        assert german.lesson.is_modified() and german.isWindowModified()
        assert german.size() == window.size()
        assert QSettings().value("view/language") == "de"
        # the next start, without --lang, is German; --lang still wins for its one run
        again = opened(qtbot, "--preset", "outliers")
        assert again.language_menu.title() == translated("de", "&Language")
        again.close()
        assert opened(qtbot, "--lang", "en").language_menu.title() == "&Language"
        assert QSettings().value("view/language") == "de"  # --lang is not remembered
    finally:
        german.close()


def test_the_remembered_language_beats_the_systems_and_screenshot_mode_reads_neither(qapp):
    assert i18n.choose(None) == "en"  # the tests' system is C: English
    i18n.remember("fr")
    assert i18n.choose(None) == "fr"
    assert i18n.choose(None, remembering=False) == "en"
    assert i18n.choose("es") == "es"
    assert i18n.choose("de_AT") == "de"


@pytest.mark.parametrize(("env", "lang"), [({"LANG": "de_DE.UTF-8"}, "de"), ({"LANG": "fr_CA.UTF-8"}, "fr"),
                                           ({"LANG": "nl_NL.UTF-8"}, "en"),
                                           ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "nl:es"}, "es")])
def test_the_system_language_is_followed_when_it_ships(tmp_path, env, lang):
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "app.setOrganizationName('t'); from lossexplorer.gui import i18n; print(i18n.choose(None))")
    clean = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "LANG")}
    done = subprocess.run([sys.executable, "-c", code], env={**clean, **env, "HOME": str(tmp_path),
                                                             "XDG_CONFIG_HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == lang


def test_the_tests_run_in_english_whatever_the_machines_language():
    """tests/conftest.py makes the system C for this run and every program it starts."""
    assert os.environ["LC_ALL"] == "C.UTF-8" and "LANGUAGE" not in os.environ
    assert i18n.current() == "en"


def test_english_chosen_in_a_german_window_brings_the_english_window_back(qtbot):
    german = opened(qtbot, "--lang", "de", "--preset", "anscombe-2")
    view = next(a.text() for a in german.menuBar().actions() if german.language_menu.menuAction() in a.menu().actions())
    click_menu_entry(qtbot, german, view, translated("de", "&Language"), "English")
    qtbot.waitUntil(lambda: len(visible_windows()) == 1 and visible_windows()[0] is not german)
    (english,) = visible_windows()
    qtbot.addWidget(english)
    english.files.prompt_unsaved = False
    try:
        assert english.language_menu.title() == "&Language"
        assert [a.text() for a in english.language_menu.actions() if a.isChecked()] == ["English"]
        assert english.statusBar().currentMessage() == "The window is now in English (View → Language)"
        assert len(english.lesson.points) == 11  # anscombe-2, kept
        assert QSettings().value("view/language") == "en"
        assert i18n.number(0.5, ".1f") == "0.5"
    finally:
        english.close()


def test_a_language_whose_catalogue_is_missing_leaves_the_window_as_it_is(qtbot, monkeypatch):
    window = opened(qtbot)
    monkeypatch.setattr(i18n, "CATALOGUES", "lossexplorer.no_such_package")
    view = next(a.text() for a in window.menuBar().actions() if window.language_menu.menuAction() in a.menu().actions())
    click_menu_entry(qtbot, window, view, "&Language", "Français")
    said = "The translation Français is not installed; the window keeps its language"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said)
    assert visible_windows() == [window]
    assert [a.text() for a in window.language_menu.actions() if a.isChecked()] == ["English"]
    assert i18n.current() == "en" and QSettings().value("view/language") is None
    window.close()


def test_lang_de_writes_the_worked_epoch_in_german_with_decimal_commas(qtbot):
    """The worked epoch's words come from the window (the core has none of its own): German's
    words, its decimal comma, and "; " between the coefficients' values."""
    from qt_helpers import click_tab

    texts, windows = [], []
    try:
        for lang, title in (("en", "Worked epoch"), ("de", translated("de", "Worked epoch"))):
            window = opened(qtbot, "--lang", lang)  # each view drawn while its language is installed
            windows.append(window)
            click_tab(qtbot, window, title)
            qtbot.waitUntil(lambda w=window: w.worked.text.toPlainText().strip() != "", timeout=10_000)
            texts.append(window.worked.text.toPlainText())
        en, de = texts
        assert en.startswith("Epoch 1: MSE on line by gradient descent") and " before (m = " in en
        first = de.splitlines()[0]
        assert first.startswith("Epoche 1: MSE für Gerade mit ") and "Gradientenverfahren" in first, first
        assert " vorher (m = " in de and " nachher (m = " in de and "; c = " in de
        assert DECIMAL_COMMA.search(de) and not DECIMAL_POINT.search(de), de
        assert len(de.splitlines()) == len(en.splitlines())  # the same blocks, spaced the same way
    finally:
        for window in windows:
            window.close()
