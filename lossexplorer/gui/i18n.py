"""The window's words in the class's language: Qt's translation functions and locale numbers.

Every user-visible string goes through `translate(context, text)` (Qt's
`QCoreApplication.translate`, which `pyside6-lupdate` finds by name) with the module's own
context, e.g. `translate("readouts", "Residual sum of squares")`. Values go in through named
`str.format` placeholders that a translation keeps: `translate("files", "Saved {path}").format(path=p)`.
Strings the core owns (a loss's label and tip, a preset's description) are translated where they
are shown with `core_tr`; the catalogue `core_text.py` lists them for lupdate.

The language is chosen once before the window is built (`start`): `--lang`, else the one chosen
in View → Language and remembered, else the system's if it ships, else English. `install` loads
its compiled catalogue (lossexplorer/i18n/lossexplorer_<lang>.qm) and Qt's own (OK, Cancel).
"""

from __future__ import annotations

import re
import sys
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lossexplorer.cli_i18n import LANGUAGES, checked

if TYPE_CHECKING:
    from lossexplorer.core.datasets import Dataset

translate = QCoreApplication.translate

SETTING = "view/language"
CATALOGUES = "lossexplorer.i18n"  # the package holding lossexplorer_<lang>.qm

_translators: list[QTranslator] = []  # installed ones: Qt keeps only a pointer, so they are kept alive here
_current = ["en"]


def core_tr(text: str) -> str:
    """A string the core owns (a loss's label or tip, a preset's description), translated."""
    return QCoreApplication.translate("core", text)


def dataset_summary(d: Dataset) -> str:
    """A data set's line: 'Cricket chirps and temperature (Pierce 1948), 15 points', its title
    translated (the core writes the line in English, at run time)."""
    return translate("i18n", "{title} ({cite}), {n} points").format(title=core_tr(d.title), cite=d.cite, n=d.n)


def dataset_description(d: Dataset) -> str:
    """A data set's paragraph: its line, its context and its source (a citation: as published)."""
    return translate("i18n", "{summary}. {context} Source: {source}").format(
        summary=dataset_summary(d), context=core_tr(d.context), source=d.source)


def preset_description(name: str, description: str) -> str:
    """A preset's description (`preset(name).description`) translated: a made-up preset's from
    the catalogue, a data set's line made of its translated parts."""
    from lossexplorer.core.presets import DATASETS

    d = DATASETS.get(name)
    return dataset_summary(d) if d is not None and description == d.summary else core_tr(description)


def number(value: float, spec: str = "g") -> str:
    """`value` formatted by Python's format `spec`, with the locale's decimal mark and digit
    grouping: number(1234.5, ",.1f") is "1,234.5" in English, "1.234,5" in German."""
    text = format(value, spec)
    locale = QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if point == "." and group in (",", ""):
        return text
    return text.translate({ord("."): point, ord(","): group})


# --- which language ---------------------------------------------------------------------------


def current() -> str:
    """The language installed last ("en" until one is)."""
    return _current[0]


def system_language() -> str:
    """The first of the system's languages (LANGUAGE, LANG...) that ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def remembered() -> str | None:
    """The language last chosen in View → Language, if it still ships."""
    value = QSettings().value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember(lang: str) -> None:
    QSettings().setValue(SETTING, lang)


def choose(asked: str | None, remembering: bool = True) -> str:
    """`asked` (--lang), else the remembered choice (unless `remembering` is off: screenshot
    mode), else the system's language if it ships, else English."""
    if asked is not None:
        return checked(asked)
    return (remembering and remembered()) or system_language()


# --- installing it ----------------------------------------------------------------------------


def locale_for(lang: str) -> QLocale:
    """The locale numbers are written in: the system's when it speaks `lang` (de_AT, fr_CA keep
    their own ways), else the language's main one (en: en_US, de: de_DE)."""
    system = QLocale.system()
    wanted = QLocale(lang)
    if system.language() == wanted.language() or (lang == "en" and system.language() == QLocale.Language.C):
        return system
    return wanted


def _load(translator: QTranslator, lang: str) -> bool:
    """Load the package's compiled translations for `lang` (lossexplorer/i18n/lossexplorer_<lang>.qm)."""
    try:
        found = resources.files(CATALOGUES).joinpath(f"lossexplorer_{lang}.qm")
        if not found.is_file():
            return False
        with resources.as_file(found) as path:  # a real file already, unless installed as a zip
            return translator.load(str(path))
    except (ModuleNotFoundError, OSError):
        return False


def install(app: QCoreApplication, lang: str) -> str:
    """Make `lang` the language of every text made from now on and of the locale's numbers (the
    spin boxes' decimal comma); returns the language installed: English when `lang` has no
    catalogue in the package."""
    for translator in _translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _translators.clear()
    ours = QTranslator(app) if lang != "en" else None
    if ours is not None and _load(ours, lang):
        _translators.append(ours)
        qt = QTranslator(app)  # Qt's own words: OK, Cancel, Save, the file dialogs
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _translators.append(qt)
        for translator in _translators:
            app.installTranslator(translator)
    else:
        if ours is not None:
            ours.deleteLater()
        lang = "en"
    QLocale.setDefault(locale_for(lang))
    _current[0] = lang
    return lang


def start(asked: str | None, remembering: bool = True) -> str:
    """The language chosen (see `choose`) installed in the running application before the window
    is built; a catalogue missing from the installation is said in one line, and it is English."""
    app = QCoreApplication.instance()
    assert app is not None, "start() needs the application made first"
    lang = choose(asked, remembering)
    installed = install(app, lang)
    if installed != lang and sys.stderr is not None:
        print(f"lossexplorer: no {LANGUAGES[lang]} translation is installed "
              f"(lossexplorer/i18n/lossexplorer_{lang}.qm); the window is in English", file=sys.stderr)
    return installed


def source_literal(text: str, width: int, indent: str) -> str:
    """`text` as adjacent Python string literals of at most about `width` characters, split after
    spaces, one a line (`indent` before each but the first): how the generated catalogues that
    lupdate reads (core_text.py, teacher_guide_strings.py) write a long text."""
    chunks, line = [], ""
    for word in re.split(r"(?<= )", text):
        if line and len(line) + len(word) > width:
            chunks.append(line)
            line = ""
        line += word
    chunks.append(line)
    return f"\n{indent}".join(repr(chunk) for chunk in chunks)
