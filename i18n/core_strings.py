"""Write lossexplorer/gui/core_text.py: the core's fixed texts that the window shows, for lupdate.

    .venv/bin/python i18n/core_strings.py           # rewrite the catalogue
    .venv/bin/python i18n/core_strings.py --check   # exit 1 when it is stale

The core never imports Qt, so its texts (a loss's title and tip, a parameter's tip, an
optimizer's or a schedule's title, a data set's title, context and source, a preset's
description) cannot be marked where they are written. This script imports the core and lists
each such text once as `QT_TRANSLATE_NOOP("core", ...)` in a generated module that
pyside6-lupdate reads; the window shows them through `core_tr(text)`. Formulas of maths
symbols alone are left out (nothing to translate), and so are texts built at run time
(f-strings: error messages with values, a data set's summary line).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "lossexplorer" / "gui" / "core_text.py"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: words of three letters or more that are maths or unit symbols, not language
SYMBOLS = {"log", "cosh", "max", "min", "exp", "sign", "softmax", "var", "cov", "mph", "Mpc", "psi", "inHg"}
WIDTH = 100  # characters of text per literal, so that no line passes ruff's 120
ONE_LINE = 84  # a longer text goes on lines of its own


def has_words(text: str) -> bool:
    """True when `text` holds a word to translate, not only maths symbols ('J = Σ |e|', '°F', 'x1')."""
    return any(word not in SYMBOLS for word in re.findall(r"[A-Za-z]{3,}", text))


def groups() -> list[tuple[str, list[str]]]:
    """(heading, texts) in the order the window meets them; each text once, in its first group."""
    import numpy as np

    from lossexplorer.core import metrics, presets
    from lossexplorer.core.losses import LOSSES
    from lossexplorer.core.models import make_model
    from lossexplorer.core.optimizers import OPTIMIZERS
    from lossexplorer.core.parameters import Parameter
    from lossexplorer.core.schedules import SCHEDULES

    def parameter_texts(params: Iterable[Parameter]) -> list[str]:
        return [text for p in params for text in (p.label, p.tip)]

    losses = [text for cls in LOSSES.values() for text in (
        cls.title, cls.tip, cls.noise, cls.noise_sentence, cls.springs_sentence, cls.curve_axis)]
    losses += parameter_texts(p for cls in LOSSES.values() for p in cls.parameters)
    rules = [text for cls in (*OPTIMIZERS.values(), *SCHEDULES.values()) for text in (cls.title, cls.tooltip)]
    rules += parameter_texts(p for cls in (*OPTIMIZERS.values(), *SCHEDULES.values()) for p in cls.parameters)
    settings = parameter_texts(_module_parameters())
    x = np.array([0.0, 1.0, 2.0])
    properties = [p.label for p in metrics.least_squares_properties(make_model("line"), np.zeros(2), x, x)]
    made_up = [description for description, _ in (*presets._MAKERS.values(), *presets._CLASSIFICATION.values())]
    sets = [text for d in presets.DATASETS.values() for text in (
        d.title, d.context, d.source, d.licence, d.x.label, d.x.unit, d.y.label, d.y.unit, *d.classes)]
    titles = {cls.title for cls in (*LOSSES.values(), *OPTIMIZERS.values(), *SCHEDULES.values())}  # 'log-cosh' too
    seen: set[str] = set()
    out = []
    for heading, texts in (
        ("losses: titles, tips, the noise each assumes, the shape view's axes, their parameters", losses),
        ("optimizers and learning-rate schedules: titles, tooltips, their parameters", rules),
        ("the other settings: penalties, the stop rule, a run", settings),
        ("the least-squares properties the readouts check", properties),
        ("the first presets' one-line descriptions", made_up),
        ("the data sets: titles, contexts, sources, licences, axes and units, classes", sets),
        ("the random points' noise kinds", list(presets.NOISES)),
    ):
        kept = [t for t in dict.fromkeys(texts) if t and (has_words(t) or t in titles) and t not in seen]
        seen.update(kept)
        out.append((heading, kept))
    return out


def _module_parameters() -> list:
    """Every `Parameter` the core's modules hold (alone, or in a dict or tuple), in module order."""
    import importlib
    import pkgutil

    import lossexplorer.core as core
    from lossexplorer.core.parameters import Parameter

    found: dict[str, Parameter] = {}
    for info in sorted(pkgutil.walk_packages(core.__path__, "lossexplorer.core."), key=lambda m: m.name):
        for value in vars(importlib.import_module(info.name)).values():
            items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else [value]
            for item in items:
                if isinstance(item, Parameter):
                    found.setdefault(item.name + "\0" + item.tip, item)
    return list(found.values())


def render() -> str:
    from lossexplorer.gui.i18n import source_literal

    lines = [
        '"""The core\'s texts that the window shows, for pyside6-lupdate (generated: do not edit).',
        "",
        "Made by i18n/core_strings.py from the loss registry, the optimizers, the schedules, the",
        "settings' parameters, the presets and the data sets; after changing any of them, run",
        "",
        "    .venv/bin/python i18n/core_strings.py",
        "",
        "(tests/test_core_text.py fails while this file is stale). The window translates each text",
        "where it shows it, with `lossexplorer.gui.i18n.core_tr(text)`.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
    ]
    for heading, texts in groups():
        lines.append(f"    # {heading}")
        for text in texts:
            if len(text) <= ONE_LINE:
                lines.append(f'    QT_TRANSLATE_NOOP("core", {source_literal(text, WIDTH, "")}),')
            else:
                text_lines = source_literal(text, WIDTH, " " * 8)
                lines += ["    QT_TRANSLATE_NOOP(", '        "core",', f"        {text_lines},", "    ),"]
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        stale = not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text
        print(f"{TARGET.relative_to(ROOT)} is stale: run i18n/core_strings.py" if stale else "ok")
        return 1 if stale else 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {sum(len(t) for _, t in groups())} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
