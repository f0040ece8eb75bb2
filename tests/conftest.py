"""Shared test set-up: Qt runs offscreen whenever a test needs it, without its harmless chatter,
and in English whatever the machine's language (a test that wants another asks for it)."""

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the system language the app follows: C (English, decimal point) here and in every program a test starts
for name in ("LANGUAGE", "LC_MESSAGES", "LC_NUMERIC"):
    os.environ.pop(name, None)
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def english_again():
    """A test that switched the language leaves the next one in English."""
    yield
    i18n = sys.modules.get("lossexplorer.gui.i18n")
    if i18n is not None and i18n.current() != "en":
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            i18n.install(app, "en")


@pytest.fixture(autouse=True)
def quiet_qt(request):
    """Drop the offscreen plugin's 'does not support propagateSizeHints()' (as the app does), and
    pass every other Qt message on to pytest-qt, which shows them with a failure."""
    if "qapp" in request.fixturenames:
        from lossexplorer.gui.lifecycle import quiet_qt_messages

        quiet_qt_messages()
    yield
