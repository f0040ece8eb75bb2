"""Shared test set-up: Qt runs offscreen whenever a test needs it, without its harmless chatter."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def quiet_qt(request):
    """Drop the offscreen plugin's 'does not support propagateSizeHints()' (as the app does), and
    pass every other Qt message on to pytest-qt, which shows them with a failure."""
    if "qapp" in request.fixturenames:
        from lossexplorer.gui.lifecycle import quiet_qt_messages

        quiet_qt_messages()
    yield
