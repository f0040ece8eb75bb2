"""The window's words in the class's language: Qt's translation functions and locale numbers.

Every user-visible string goes through `translate(context, text)` (Qt's
`QCoreApplication.translate`, which `pyside6-lupdate` finds by name) with the module's own
context, e.g. `translate("readouts", "Residual sum of squares")`. Values go in through named
`str.format` placeholders that a translation keeps: `translate("files", "Saved {path}").format(path=p)`.
Strings the core owns (a loss's label and tip, a preset's description) are translated where they
are shown with `core_tr`; the catalogue `core_text.py` lists them for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def core_tr(text: str) -> str:
    """A string the core owns (a loss's label or tip, a preset's description), translated."""
    return QCoreApplication.translate("core", text)


def number(value: float, spec: str = "g") -> str:
    """`value` formatted by Python's format `spec`, with the locale's decimal mark and digit
    grouping: number(1234.5, ",.1f") is "1,234.5" in English, "1.234,5" in German."""
    text = format(value, spec)
    locale = QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if point == "." and group in (",", ""):
        return text
    return text.translate({ord("."): point, ord(","): group})
