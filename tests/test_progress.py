"""The progress line: in place on a terminal, late and plain elsewhere, never on stdout."""

import io

from lossexplorer.progress import QUIET_FOR, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_on_a_terminal_the_line_is_rewritten_in_place_and_erased_at_the_end():
    stream, clock = Terminal(), Clock()
    with Progress(stream, "simulating", "60 s", clock=clock) as progress:
        progress.update(0.25)
        clock.now += 0.5
        progress.update(0.5)
        clock.now += 0.01  # too soon to write again
        progress.update(0.51)
    text = stream.getvalue()
    assert text.count("\r") == 3  # two updates and the erasing
    assert "simulating:  25% of 60 s, 0.0 s so far" in text
    assert "simulating:  50% of 60 s, 0.5 s so far" in text
    assert "51%" not in text
    assert text.endswith("\r\x1b[K") and "\n" not in text


def test_elsewhere_a_quick_run_prints_nothing():
    stream, clock = io.StringIO(), Clock()
    with Progress(stream, "simulating", clock=clock) as progress:
        for step in range(10):
            clock.now += QUIET_FOR / 20
            progress.update(step / 10)
    assert stream.getvalue() == ""


def test_elsewhere_a_long_run_shows_its_progress_and_ends_the_line():
    stream, clock = io.StringIO(), Clock()
    with Progress(stream, "simulating", clock=clock) as progress:
        clock.now += QUIET_FOR + 1
        progress.update(0.4)
        clock.now += 1
        progress.update(1.0)
    text = stream.getvalue()
    assert text == "\rsimulating:  40%, 3.0 s so far\rsimulating: 100%, 4.0 s so far\n"
    assert "\x1b" not in text  # no terminal codes in a log file


def test_no_stream_or_a_closed_one_does_not_stop_the_run():
    Progress(None, "simulating").update(0.5)
    stream = Terminal()
    stream.close()
    progress = Progress(stream, "simulating")
    progress.update(0.5)
    progress.close()
