"""The file dialogs' words, a refused session's one-line message and the opened session's status line
in the class's language: the German of i18n/parts/tr-core.json, compiled by pyside6-lrelease and
installed as a QTranslator, reaches what the window shows, placeholders filled."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_helpers import menu_item

from lossexplorer.core import LOSSES
from lossexplorer.gui.i18n import core_tr

PART = Path(__file__).resolve().parents[2] / "i18n" / "parts" / "tr-core.json"


@pytest.fixture
def german(qapp, tmp_path):
    """The part's German, installed while the test runs."""
    part = json.loads(PART.read_text(encoding="utf-8"))
    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(f"<message><source>{escape(source)}</source><translation>{escape(words['de'])}</translation>"
                  "</message>" for source, words in entries.items())
        + "</context>"
        for context, entries in part.items())
    ts, qm = tmp_path / "de.ts", tmp_path / "de.qm"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">{contexts}</TS>',
                  encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def german_window(german, window):
    return window


def open_with_the_menu(window, monkeypatch, path) -> list[str]:
    errors: list[str] = []
    shown = window.show_error
    monkeypatch.setattr(window, "show_error", lambda text: (errors.append(text), shown(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    menu_item(window, "File", "Öffnen…").trigger()
    QApplication.processEvents()
    return errors


def test_a_damaged_session_is_refused_in_german_naming_its_line_and_column(german_window, monkeypatch, tmp_path):
    path = tmp_path / "kaputt.lossx"
    path.write_text('{"format": "lossexplorer-session",\n "version": 1,\n "points": {"x": [1, 2,, 3]}}')
    line, column = 3, 24  # where the second comma of ",," stands
    points_before = german_window.lesson.points

    errors = open_with_the_menu(german_window, monkeypatch, path)

    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{path}, Zeile {line}, Spalte {column}: beschädigte Sitzung ("), errors
    assert german_window.lesson.points is points_before


def test_an_opened_session_is_said_in_german_with_its_points_counted(german_window, monkeypatch, tmp_path):
    path = tmp_path / "drei.lossx"
    path.write_text(json.dumps({"format": "lossexplorer-session", "version": 1,
                                "points": {"x": [0, 1, 2], "y": [1, 2, 4]}, "settings": {"loss": "mae"}}))

    assert open_with_the_menu(german_window, monkeypatch, path) == []

    said = german_window.statusBar().currentMessage()
    assert said.startswith("drei.lossx geöffnet: 3 Punkte, "), said
    assert german_window.windowTitle().startswith("drei.lossx")


def test_the_core_catalogue_reads_in_german(german):
    assert core_tr(LOSSES["mae"].title) == "MAE: mittlerer absoluter Fehler"
    assert core_tr("not in any catalogue") == "not in any catalogue"
