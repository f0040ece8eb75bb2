"""The window fits a 1280×720 and a 1920×1080 screen, normal and projector, and every text on
every view and dock reads whole (issue 14, item 6). Each screen runs in a process of its own
(screen_probe.py): Qt chooses the platform, and so the screen, once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("screen_probe.py")


@pytest.fixture(scope="module", params=[(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def probed(request, tmp_path_factory):
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"screen{width}")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, str(PROBE), str(width), str(height), str(folder)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return (width, height), json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_opens_within_the_screen_in_both_modes_and_when_remembered_larger(probed):
    size, report = probed
    assert report["available"] == list(size)
    assert [where for where, fits, _frame in report["fits"] if not fits] == [], report["fits"]
    assert len(report["fits"]) == 5


def test_every_text_on_every_view_and_dock_reads_whole(probed):
    _size, report = probed
    assert report["cut"] == []
