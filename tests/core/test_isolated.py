"""A long exact solve in a child process: stopped at once, leaving nothing behind."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import numpy as np
import pytest

from lossexplorer.core import make_objective, solve_objective
from lossexplorer.core.isolated import IsolatedSolve, solve_isolated, worth_isolating
from lossexplorer.core.presets import random_points


def long_linear_program():
    """MAE on 10⁶ points: its exact linear program takes minutes in HiGHS."""
    x, y = random_points(1_000_000, slope=2.0, intercept=1.0, seed=2)
    return make_objective(x, y, "mae")


def gone(pid: int) -> bool:
    """True when no process (not even a zombie) has this id."""
    return not os.path.exists(f"/proc/{pid}")


def start(solve: IsolatedSolve) -> tuple[threading.Thread, list]:
    """run() on a thread, as the window's solver job does; its Solution or exception lands in the list."""
    out: list = []

    def run() -> None:
        try:
            out.append(solve.run())
        except Exception as exc:
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


@pytest.mark.parametrize(
    ("loss", "params"), [("mae", {}), ("quantile", {"quantile": 0.3}), ("huber", {"delta": 0.5})]
)
def test_a_solve_in_the_child_gives_the_in_process_answer(loss, params):
    x, y = random_points(2000, slope=-1.5, intercept=4.0, noise="laplace", seed=3)
    obj = make_objective(x, y, loss, **params)
    here = solve_objective(obj)
    solve = IsolatedSolve(obj, isolate=True)
    there = solve.run()
    np.testing.assert_allclose(there.coefficients, here.coefficients, rtol=1e-12, atol=0)
    assert (there.method, there.converged) == (here.method, here.converged)
    assert solve.exit_code == 0 and gone(solve.pid)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_cancelling_a_long_linear_program_ends_it_within_a_second_and_leaves_no_process():
    obj = long_linear_program()
    assert worth_isolating(obj)
    solve = IsolatedSolve(obj)
    thread, out = start(solve)
    assert solve.started.wait(60)  # the child has its inputs and is in the solve
    time.sleep(1.0)  # the scenario: a person closes the window a second into the solve
    assert thread.is_alive()
    begun = time.perf_counter()
    solve.cancel()
    thread.join(1.0)
    assert not thread.is_alive()
    assert time.perf_counter() - begun < 1.0
    assert out[0].method == "cancelled" and np.isnan(out[0].coefficients).all()
    assert solve.exit_code == -signal.SIGKILL
    assert gone(solve.pid)
    solve.cancel()  # twice is harmless


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_setting_the_cancel_event_of_the_workers_job_stops_the_child_too():
    cancel = threading.Event()  # what the window's solver job sets when a newer problem or closing comes
    solve = IsolatedSolve(long_linear_program(), cancel_event=cancel)
    thread, out = start(solve)
    assert solve.started.wait(60)
    begun = time.perf_counter()
    cancel.set()
    thread.join(1.0)
    assert not thread.is_alive() and time.perf_counter() - begun < 1.0
    assert out[0].method == "cancelled"
    assert gone(solve.pid)


def test_a_cancelled_solve_never_starts_a_child():
    obj = long_linear_program()
    solve = IsolatedSolve(obj)
    solve.cancel()
    assert solve.run().method == "cancelled"
    assert solve.pid is None


def test_a_child_killed_by_someone_else_is_reported_not_waited_for():
    solve = IsolatedSolve(long_linear_program())
    thread, out = start(solve)
    assert solve.started.wait(60)
    os.kill(solve.pid, signal.SIGKILL)
    thread.join(5.0)
    assert not thread.is_alive()
    assert isinstance(out[0], RuntimeError) and "ended without an answer" in str(out[0])
    assert gone(solve.pid)


def test_small_and_closed_form_solves_stay_in_this_process():
    x, y = random_points(500, seed=4)
    assert not worth_isolating(make_objective(x, y, "mae"))
    big_x, big_y = random_points(100_000, seed=4)
    assert not worth_isolating(make_objective(big_x, big_y, "mse"))
    assert not worth_isolating(make_objective(big_x, big_y, "logcosh"))  # stops at its next iteration
    assert worth_isolating(make_objective(big_x, big_y, "quantile", quantile=0.2))
    solve = IsolatedSolve(make_objective(x, y, "mae"))
    assert solve.run().method.startswith("linear program") and solve.pid is None
    small = make_objective(x, y, "quantile", quantile=0.7)
    assert np.array_equal(solve_isolated(small).coefficients, solve_objective(small).coefficients)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child dies with its parent on Linux")
def test_the_child_neither_holds_the_apps_output_nor_outlives_it(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""
        import sys, threading
        from lossexplorer.core import make_objective
        from lossexplorer.core.isolated import IsolatedSolve
        from lossexplorer.core.presets import random_points

        if __name__ == "__main__":
            x, y = random_points(1_000_000, seed=2)
            solve = IsolatedSolve(make_objective(x, y, "mae"))
            threading.Thread(target=solve.run, daemon=True).start()
            solve.started.wait(60)
            print(solve.pid, flush=True)
            threading.Event().wait()  # the app runs until it is killed
    """))
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child = int(app.stdout.readline())
    app.kill()  # kill -9: no chance to cancel anything
    begun = time.perf_counter()
    rest, err = app.communicate(timeout=10)  # returns at EOF: nobody else holds the pipes
    assert time.perf_counter() - begun < 5.0
    assert rest == b"" and b"Traceback" not in err
    deadline = time.monotonic() + 5
    while not gone(child) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert gone(child)
