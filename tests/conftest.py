"""Shared test set-up: Qt runs offscreen whenever a test needs it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
