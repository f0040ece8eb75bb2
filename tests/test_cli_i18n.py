"""The command line speaks the language --lang or the environment asks for: its help and its own
one-line messages; English stays as it was, and an unknown language is a one-line error."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lossexplorer.cli_i18n import asked_in, environment_language

GERMAN_JSON_HELP = "ein JSON-Objekt statt Text ausgeben"
ENGLISH_JSON_HELP = "print one JSON object instead of text"


def command():
    script = Path(sys.executable).parent / "lossexplorer"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lossexplorer"]


def lossexplorer(*argv, **environment):
    """Run the installed command in the tests' C locale, with `environment` on top (None: unset)."""
    env = dict(os.environ)
    for name, value in environment.items():
        env.pop(name, None) if value is None else env.__setitem__(name, value)
    return subprocess.run([*command(), *argv], env=env, capture_output=True, text=True, timeout=60)


def words(text):
    """The text with argparse's line wrapping undone."""
    return " ".join(text.split())


def test_solve_help_with_lang_de_is_german():
    done = lossexplorer("solve", "--lang", "de", "--help")
    assert done.returncode == 0, done.stderr
    help = words(done.stdout)
    assert f"--json {GERMAN_JSON_HELP}" in help
    assert "--x COLUMN die Spalte von DATA.csv für x: ihr Name in der Kopfzeile oder ihre Nummer ab 1" in help
    assert ENGLISH_JSON_HELP not in help


def test_solve_help_follows_lang_in_the_environment():
    done = lossexplorer("solve", "--help", LC_ALL=None, LC_MESSAGES=None, LANGUAGE=None, LANG="de_DE.UTF-8")
    assert done.returncode == 0, done.stderr
    assert f"--json {GERMAN_JSON_HELP}" in words(done.stdout)


def test_lang_on_the_command_line_wins_over_the_environment():
    done = lossexplorer("fit", "--help", "--lang=fr", LC_ALL=None, LANG="de_DE.UTF-8")
    assert "--json afficher un objet JSON au lieu du texte" in words(done.stdout)


def test_help_in_the_c_locale_is_english():
    done = lossexplorer("solve", "--help")
    assert done.returncode == 0, done.stderr
    help = words(done.stdout)
    assert f"--json {ENGLISH_JSON_HELP}" in help
    assert "--lang CODE the language of this help and of the messages: en, de, es or fr" in help


def test_a_one_line_error_in_spanish():
    done = lossexplorer("fit", "--preset", "noisy-line", "--every", "0", "--lang", "es")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "lossexplorer: --every debe ser 1 o más; se dio 0\n"


def test_an_unknown_lang_is_one_line_and_exit_status_2():
    done = lossexplorer("solve", "--preset", "noisy-line", "--lang", "it")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("lossexplorer: --lang: no language 'it'; choose one of: en (English), de (Deutsch)")


def solve_in_python(*argv):
    """`lossexplorer solve --preset noisy-line ARGV` in a fresh Python; its output, then whether
    QtCore, QtWidgets and pyqtgraph were imported."""
    code = (
        "import sys\n"
        "from lossexplorer.cli import main\n"
        f"main(['solve', '--preset', 'noisy-line', *{list(argv)!r}])\n"
        "print([name in sys.modules for name in ('PySide6.QtCore', 'PySide6.QtWidgets', 'pyqtgraph')])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    *output, modules = done.stdout.splitlines()
    return "\n".join(output), modules


def test_german_output_of_a_command_keeps_its_numbers_and_loads_no_widgets():
    output, modules = solve_in_python("--lang", "de")
    assert modules == "[True, False, False]"
    assert "R² = 0.96" in output  # the output is data: a decimal point in every language


def test_english_needs_no_qt():
    output, modules = solve_in_python()
    assert modules == "[False, False, False]"
    assert "R² = 0.96" in output


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
    ({"LANGUAGE": "it:fr", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LC_ALL": "C.UTF-8", "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}, "en"),  # the C locale: as the tests run
    ({"LANG": "it_IT.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_environment_language_is_read_as_gettext_reads_it(environ, lang):
    assert environment_language(environ) == lang


def test_lang_is_found_before_the_arguments_are_parsed():
    assert asked_in(["fit", "--lang", "de", "--json"]) == "de"
    assert asked_in(["fit", "--lang=es"]) == "es"
    assert asked_in(["fit", "--", "--lang", "de"]) is None
    assert asked_in(["fit", "--json"]) is None
