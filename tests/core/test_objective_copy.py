"""`Objective.copy`: the same J for another thread, with work buffers of its own."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from lossexplorer.core import make_objective, preset


@pytest.mark.parametrize("n", [10, 5000])  # few points (one BLAS call) and many (NumPy loops)
@pytest.mark.parametrize("options", [{"loss": "mae"}, {"loss": "huber", "cap": 3.0}, {"loss": "mse"}])
def test_a_copy_gives_the_same_j_and_gradient_without_sharing_the_buffers(n, options):
    rng = np.random.default_rng(3)
    x = rng.uniform(-5, 5, n)
    obj = make_objective(x, 0.5 * x + rng.standard_normal(n), **options)
    beta = np.array([0.3, -0.7])
    obj.value_and_grad(beta)  # the first call builds the cached pieces the copy then shares
    twin = obj.copy()
    assert twin._error is not obj._error or obj._error.size == 0
    assert twin._dl is not obj._dl or obj._dl.size == 0
    value, grad = obj.value_and_grad(beta)
    twin_value, twin_grad = twin.value_and_grad(beta)
    assert twin_value == value
    np.testing.assert_array_equal(twin_grad, grad)
    assert twin.quadratic_form() is obj.quadratic_form()  # no statistics are gathered again


def test_a_copy_on_another_thread_does_not_disturb_the_original():
    p = preset("outliers")
    obj = make_objective(p.x, p.y, "mae")
    betas = [np.array([c, m]) for c in np.linspace(-2, 2, 7) for m in np.linspace(-1, 3, 7)]
    want = [obj.value_and_grad(b) for b in betas]
    twin = obj.copy()
    stop = threading.Event()

    def churn():
        while not stop.is_set():
            twin.value_and_grad(np.array([5.0, -5.0]))

    thread = threading.Thread(target=churn)
    thread.start()
    try:
        for _ in range(20):
            for b, (value, grad) in zip(betas, want):
                got_value, got_grad = obj.value_and_grad(b)
                assert got_value == value
                np.testing.assert_array_equal(got_grad, grad)
    finally:
        stop.set()
        thread.join()
