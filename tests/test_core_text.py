"""The catalogue of the core's texts (lossexplorer/gui/core_text.py) is what i18n/core_strings.py makes
from the core as it is now, so that lupdate never misses a loss's or a data set's text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("core_strings", ROOT / "i18n" / "core_strings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regenerating_the_catalogue_gives_the_committed_file():
    committed = (ROOT / "lossexplorer" / "gui" / "core_text.py").read_text(encoding="utf-8")
    assert _script().render() == committed, "core_text.py is stale: run .venv/bin/python i18n/core_strings.py"


def test_the_catalogue_holds_the_texts_the_window_takes_from_the_core_and_no_bare_formula():
    from lossexplorer.core import DATASETS, LOSSES
    from lossexplorer.core.optimizers import OPTIMIZERS
    from lossexplorer.gui.core_text import TEXTS

    texts = set(TEXTS)
    assert {cls.title for cls in LOSSES.values()} <= texts
    assert {cls.title for cls in OPTIMIZERS.values()} <= texts
    assert LOSSES["mae"].tip in texts
    assert DATASETS["crickets"].context in texts and DATASETS["crickets"].source in texts
    assert LOSSES["sae"].tip == "J = Σ |e|" and LOSSES["sae"].tip not in texts
    assert len(TEXTS) == len(texts)
