"""The architecture's rules, checked: import-linter's contracts in pyproject.toml, and what
importing the lesson model and the runner loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    out = subprocess.run([sys.executable, "-c", code, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def test_the_lesson_model_and_the_runner_load_no_widget_module():
    """import-linter cannot name a submodule of an outside package: load them and look."""
    code = (
        "import sys\n"
        "import lossexplorer.gui.lesson, lossexplorer.gui.runner\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from lossexplorer.gui.lesson import Lesson\n"
        "from lossexplorer.gui.runner import Runner\n"
        "lesson = Lesson(); runner = Runner(lesson); lesson.add_point(1.0, 2.0); runner.stop()\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'pyqtgraph')))\n"
        "print(','.join(bad))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == ""


def test_the_window_is_composition_only():
    lines = (ROOT / "lossexplorer" / "gui" / "window.py").read_text().count("\n")
    assert lines < 400, f"gui/window.py has {lines} lines"
