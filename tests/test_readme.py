"""Every command the READMEs show runs as written and exits as they say, so they cannot go stale.

The commands are the ```sh blocks of README.md, packaging/README.md and benchmarks/README.md,
one command a line (a trailing `\\` continues it); ```python blocks run as Python; ```text
blocks are synopses and are not run. A comment `# exit status N` after a command says how it
must end (otherwise 0). Each block runs with bash, command after command, in a copy of the
repository whose `.venv` is the environment running these tests, with an empty home folder, so
nothing is written to the checkout or to the person's home. A command that opens the window
(`.venv/bin/lossexplorer`) is closed with Ctrl+C once it has painted, and must then exit 0.

The README's two set-up commands make `.venv`: `.ci/run` runs the test command step by step
(checked below), and the steps of the other that are not installing are run here.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
READMES = ("README.md", "packaging/README.md", "benchmarks/README.md")
FENCE = re.compile(r"^(?P<indent>\s*)```(?P<lang>[\w-]*)\s*$")
EXIT_STATUS = re.compile(r"#\s*exit status (\d+)")
FIRST_PAINT = "first paint"
INSTALL_STEPS = ("python3 -m venv .venv", ".venv/bin/pip install")
TIMEOUT_S = {"slow": 1800, "quick": 300}


@dataclass(frozen=True)
class Block:
    readme: str
    line: int
    lang: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.readme}:{self.line}"

    def commands(self) -> list[str]:
        """One string per command: continuation lines joined, blank and comment lines left out."""
        commands, current = [], ""
        for raw in self.text.splitlines():
            line = raw.rstrip()
            if not current and (not line or line.lstrip().startswith("#")):
                continue
            if line.endswith("\\"):
                current += line[:-1] + " "
                continue
            commands.append(current + line.strip() if current else line)
            current = ""
        assert not current, f"{self.id}: the last command ends with a continuation"
        return commands

    @property
    def setup(self) -> bool:
        return any(step in self.text for step in INSTALL_STEPS)


def code_blocks(readme: str) -> list[Block]:
    blocks, lines = [], (ROOT / readme).read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, start = len(match["indent"]), i + 1
        end = next(j for j in range(start, len(lines)) if lines[j].strip() == "```")
        body = "\n".join(line[indent:] for line in lines[start:end])
        blocks.append(Block(readme, start, match["lang"], body))
        i = end + 1
    return blocks


ALL_BLOCKS = [block for readme in READMES for block in code_blocks(readme)]
RUN_BLOCKS = [b for b in ALL_BLOCKS if b.lang in ("sh", "python") and not b.setup]


def expected_status(command: str) -> int:
    match = EXIT_STATUS.search(command)
    return int(match.group(1)) if match else 0


def runs(command: str) -> list[str]:
    """The words of what a command runs, after its VAR=value assignments and `env -u NAME` words."""
    words = shlex.split(command, comments=True)
    while words and re.match(r"^[A-Za-z_]\w*=", words[0]):
        words.pop(0)
    if words[:1] == ["env"]:
        words.pop(0)
        while words and (words[0] == "-u" or re.match(r"^[A-Za-z_]\w*=", words[0]) or words[0].startswith("-")):
            words = words[2:] if words[0] == "-u" else words[1:]
    return words


def is_slow(block: Block) -> bool:
    """A block that builds the app, runs a benchmark or a test run, or the built app."""
    for command in block.commands() if block.lang == "sh" else []:
        words = runs(command)
        if words[0] == "dist/lossexplorer/lossexplorer":
            return True
        script = " ".join(words[1:3]) if words[0].endswith("python") else ""
        if script.startswith(("packaging/build.py", "benchmarks/", "-m pytest")):
            return True
    return False


def params(blocks: list[Block]) -> list:
    return [pytest.param(b, id=b.id, marks=[pytest.mark.slow] if is_slow(b) else []) for b in blocks]


# --- where the commands run -----------------------------------------------------------------


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """A copy of the repository whose .venv is the environment running the tests."""
    if not (Path(sys.prefix) / "bin" / "lossexplorer").exists():
        pytest.skip(f"the tests run from {sys.prefix}, which has no bin/lossexplorer: use the README's .venv")
    copy = tmp_path_factory.mktemp("readme") / "lossexplorer"
    junk = (".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*cache", ".hypothesis")
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*junk))
    (copy / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return copy


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("home")


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LOSSEXPLORER_", "PYTEST_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PIP_PROGRESS_BAR="off")
    env["LOSSEXPLORER_REPORT_FIRST_PAINT"] = "1"  # a window says when it is up, and gets a Ctrl+C then
    return env


def run_command(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> tuple[int, str]:
    """Exit status and output (stdout and stderr together); a window gets Ctrl+C after its first paint."""
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
    killer.start()
    lines = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.strip() == FIRST_PAINT:
                os.killpg(proc.pid, signal.SIGINT)
        status = proc.wait()
    finally:
        killer.cancel()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()  # else its pipe is left to the garbage collector: a ResourceWarning
    return status, "".join(lines)


def check(command: str, status: int, output: str, expected: int) -> None:
    shown = output if len(output) < 4000 else "…" + output[-4000:]
    assert status == expected, f"$ {command}\nexit status {status}, the README says {expected}:\n{shown}"
    assert "Traceback (most recent call last)" not in output, f"$ {command}\n{shown}"


# --- the commands ---------------------------------------------------------------------------


@pytest.mark.parametrize("block", params(RUN_BLOCKS))
def test_readme_command_runs_as_written(block: Block, clone: Path, home: Path) -> None:
    env = environment(home)
    timeout = TIMEOUT_S["slow" if is_slow(block) else "quick"]
    if block.lang == "python":
        status, output = run_command([".venv/bin/python", "-c", block.text], clone, env, timeout)
        check(block.text, status, output, 0)
        return
    missing = []
    for command in block.commands():
        program = runs(command)[0]
        if "/" not in program and shutil.which(program) is None:
            missing.append(program)  # a system tool the README names the package of
            continue
        status, output = run_command(["bash", "-c", command], clone, env, timeout)
        check(command, status, output, expected_status(command))
    if missing:
        pytest.skip(f"not installed here: {', '.join(missing)}")


def setup_commands() -> list[str]:
    return [command for block in ALL_BLOCKS if block.setup for command in block.commands()]


def test_readme_has_the_two_set_up_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2, commands
    assert commands[0] == "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/lossexplorer"
    assert commands[1].endswith("&& .venv/bin/python -m pytest -q")


def test_ci_runs_the_readme_test_command_step_by_step() -> None:
    steps = [step.strip() for step in setup_commands()[1].split("&&")]
    ci = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.startswith("#") and not line.startswith(("set ", "cd ", "export "))
    ]
    assert [line for line in ci if line in steps] == steps, ci
    assert "set -euo pipefail" in (ROOT / ".ci" / "run").read_text()  # a failing step fails CI
    assert ci[-1] == steps[-1]  # the tests' status is CI's status


def test_readme_set_up_opens_the_window(clone: Path, home: Path) -> None:
    """The first set-up command's last step: the window opens (and closes on Ctrl+C)."""
    for step in (s.strip() for s in setup_commands()[0].split("&&")):
        if not step.startswith(INSTALL_STEPS):
            status, output = run_command(["bash", "-c", step], clone, environment(home), TIMEOUT_S["quick"])
            check(step, status, output, 0)
            assert FIRST_PAINT in output


def test_the_packaging_linux_steps_do_not_make_the_app_the_csv_default(clone: Path, tmp_path: Path) -> None:
    """xdg-desktop-menu wrote text/csv into defaults.list; the README's steps must not."""
    if shutil.which("desktop-file-install") is None:
        pytest.skip("desktop-file-install is not installed (Debian: apt-get install desktop-file-utils)")
    install = next(b for b in code_blocks("packaging/README.md") if "desktop-file-install" in b.text)
    home = tmp_path / "home"
    home.mkdir()
    for command in install.commands():
        check(command, *run_command(["bash", "-c", command], clone, environment(home), 60), 0)
    apps = home / ".local/share/applications"
    assert (apps / "io.github.lossexplorer.LossExplorer.desktop").is_file()
    assert (home / ".local/bin/lossexplorer").is_symlink()
    assert (home / ".local/share/icons/hicolor/scalable/apps/io.github.lossexplorer.LossExplorer.svg").is_file()
    defaults = [p for p in home.rglob("*") if p.name in ("defaults.list", "mimeapps.list")]
    assert defaults == [], f"a default handler was set: {defaults}"


# --- the READMEs themselves -------------------------------------------------------------------


@pytest.mark.parametrize("readme", READMES)
def test_every_code_block_says_what_it_is(readme: str) -> None:
    """sh (run), python (run) or text (a synopsis): no command hides where the test does not look."""
    blocks = code_blocks(readme)
    assert blocks
    assert {b.lang for b in blocks} <= {"sh", "python", "text"}, [(b.id, b.lang) for b in blocks]
    lines = (ROOT / readme).read_text(encoding="utf-8").splitlines()
    inside, after_blank = False, True
    for number, line in enumerate(lines, 1):
        if FENCE.match(line) or (inside and line.strip() == "```"):
            inside = not inside
            continue
        if not inside and after_blank and line.startswith("    ") and not line.lstrip().startswith(("-", "*")):
            pytest.fail(f"{readme}:{number}: an indented code block; fence it as ```sh or ```text")
        after_blank = not line.strip()


@pytest.mark.parametrize("readme", READMES)
def test_readme_commands_use_the_environment_the_set_up_made(readme: str) -> None:
    """`lossexplorer` or `python` alone is 'command not found' (or the wrong Python) after the set-up."""
    for block in code_blocks(readme):
        if block.lang != "sh" or block.setup:
            continue
        for command in block.commands():
            words = runs(command)
            assert words[0] not in ("lossexplorer", "python", "python3", "pip"), f"{block.id}: {command}"


def test_the_readmes_say_no_false_things_the_issue_found() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "does not show classification yet" not in readme
    assert "exportable as CSV (Ctrl+E)" not in readme
    for library in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"):
        assert library in readme
