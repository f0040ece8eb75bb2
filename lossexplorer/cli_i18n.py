"""The command line's words in the user's language: its help and its own one-line messages.

The CLI modules mark their texts `translate(context, text)` with the module's name as the
context, as the window does (`pyside6-lupdate` finds the calls by that name), and they land in
the same catalogues, lossexplorer/i18n/lossexplorer_<lang>.qm. The language is chosen once,
before any parser is built (`start`): `--lang`, else the environment's (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG, as gettext reads them) if it ships, else English. English needs no Qt at all;
another language imports QtCore (a `QTranslator` needs no application), never QtWidgets.
Texts made before the language is known (module constants) are marked `QT_TRANSLATE_NOOP` and
translated where they are shown.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from lossexplorer.core.errors import InputError

#: the languages lossexplorer speaks, each named in its own words
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
CATALOGUES = "lossexplorer.i18n"  # the package holding lossexplorer_<lang>.qm

_translator: list[Any] = [None]  # the QTranslator of the chosen language; None: English


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text` as it is; marks it for lupdate where it cannot be translated yet (a module constant)."""
    return text


def translate(context: str, text: str) -> str:
    """`text` in the chosen language (as it is in English or where the catalogue lacks it)."""
    translator = _translator[0]
    return (translator.translate(context, text) or text) if translator is not None else text


def core_text(text: str) -> str:
    """A string the core owns (a parameter's tip), from the window's catalogue of them."""
    return translate("core", text)


def checked(asked: str) -> str:
    """`--lang`'s code, or InputError naming the choices."""
    code = asked.strip().lower().replace("_", "-").split("-")[0]  # de_DE and de-AT mean German too
    if code not in LANGUAGES:
        choices = ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
        raise InputError(f"--lang: no language '{asked}'; choose one of: {choices}")
    return code


def environment_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the environment asks for, as gettext reads it: the locale is the first of
    LC_ALL, LC_MESSAGES, LANG that is set; C or POSIX (or none) is English, LANGUAGE included;
    else the first of LANGUAGE's list, then the locale's, that ships."""
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "C")
    if locale.split(".")[0] in ("C", "POSIX"):
        return "en"
    for name in (*environ.get("LANGUAGE", "").split(":"), locale):
        code = name.split(".")[0].split("@")[0].replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def asked_in(argv: Sequence[str]) -> str | None:
    """The value of `--lang CODE` or `--lang=CODE` in `argv` (before a `--`), if any."""
    for i, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def use(lang: str) -> str:
    """Make `lang` the language of every text translated from now on; returns the language in
    use: English when the package has no catalogue for `lang`."""
    _translator[0] = None
    if lang == "en":
        return lang
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    try:
        found = resources.files(CATALOGUES).joinpath(f"lossexplorer_{lang}.qm")
        with resources.as_file(found) as path:
            loaded = found.is_file() and translator.load(str(path))
    except (ModuleNotFoundError, OSError):
        loaded = False
    if not loaded:
        return "en"
    _translator[0] = translator
    return lang


def start(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The language `argv`'s --lang names (InputError if none ships), else the environment's, in use."""
    asked = asked_in(argv)
    return use(checked(asked) if asked is not None else environment_language(environ))
