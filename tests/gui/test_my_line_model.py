"""The maths of placing my line and my boundary by hand, and the equations as they are written."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import make_model
from lossexplorer.gui import my_boundary
from lossexplorer.gui.my_line_model import equation, moved, through, tilted

LINE, QUADRATIC = make_model("line"), make_model("poly:2")


@pytest.mark.parametrize(("model", "beta", "text"), [
    ("line", [-0.2, 1.02], "p = 1.02·x − 0.2"),
    ("line", [0.0, 1.0], "p = x"),
    ("line", [3.0, 0.0], "p = 3"),
    ("line", [0.0, 0.0], "p = 0"),
    ("line", [0.0001, -1.0], "p = −x + 0.0001"),
    ("poly:2", [1.0, -2.0, 0.5], "p = 0.5·x² − 2·x + 1"),
    ("bias", [-3.14159], "p = −3.14"),
    ("logistic", [0.3, 1.5, -0.8], "z = 1.5·x1 − 0.8·x2 + 0.3"),
])
def test_equations_are_written_as_the_blog_writes_them(model, beta, text):
    assert equation(make_model(model), np.array(beta)) == text


def test_a_moved_line_is_the_line_shifted_by_the_drag():
    beta, xs = moved(LINE, np.array([1.0, 2.0]), np.array([0.0, 1.0]), 0.5, 1.0)
    np.testing.assert_allclose(beta, [1.0 + 1.0 - 2.0 * 0.5, 2.0])
    np.testing.assert_allclose(xs, [0.5, 1.5])


def test_a_moved_curve_is_p_of_x_minus_dx_plus_dy():
    beta = np.array([1.0, -2.0, 0.5])
    new, _ = moved(QUADRATIC, beta, np.array([-1.0, 0.0, 2.0]), 0.7, -0.3)
    x = np.linspace(-3, 3, 7)
    np.testing.assert_allclose(QUADRATIC.predict(new, x), QUADRATIC.predict(beta, x - 0.7) - 0.3, atol=1e-12)


def test_a_tilted_line_passes_through_the_other_handle_and_the_new_place():
    beta, xs = tilted(LINE, np.array([1.0, 2.0]), np.array([0.0, 1.0]), 1, 2.0, 0.0)
    np.testing.assert_allclose(LINE.predict(beta, np.array([0.0, 2.0])), [1.0, 0.0])
    np.testing.assert_allclose(xs, [0.0, 2.0])
    assert tilted(LINE, np.array([1.0, 2.0]), np.array([0.0, 1.0]), 1, 0.0, 5.0) is None  # one x: no line


def test_a_curve_s_handle_moves_only_up_and_down():
    beta, xs = tilted(QUADRATIC, np.array([1.0, 2.0, 3.0]), np.array([0.0, 1.0, 2.0]), 1, 9.0, 0.0)
    np.testing.assert_allclose(xs, [0.0, 1.0, 2.0])
    np.testing.assert_allclose(QUADRATIC.predict(beta, xs), [1.0, 0.0, 17.0], atol=1e-12)
    np.testing.assert_allclose(through(QUADRATIC, xs, [1.0, 0.0, 17.0]), beta, atol=1e-12)


def test_a_boundary_through_two_handles_keeps_its_steepness_and_its_side():
    old = np.array([0.5, 3.0, 4.0])  # |w| = 5
    beta = my_boundary.through(np.array([0.0, 0.0]), np.array([1.0, 1.0]), old)
    assert beta is not None
    assert np.hypot(beta[1], beta[2]) == pytest.approx(5.0)
    assert beta[1:] @ old[1:] > 0
    assert beta[0] == 0.0 and beta[0] + beta[1] + beta[2] == pytest.approx(0.0)
    assert my_boundary.through(np.array([1.0, 1.0]), np.array([1.0, 1.0]), old) is None


def test_the_first_boundary_puts_class_1_on_its_side():
    x1 = np.array([-2.0, -1.0, 1.0, 2.0])
    labels = np.array([1, 1, 0, 0])
    b0, b1, b2 = my_boundary.first_boundary(x1, np.zeros(4), labels)
    z = b0 + b1 * x1
    assert b2 == 0 and np.all(z[labels == 1] > 0) and np.all(z[labels == 0] < 0)


def test_the_handles_sit_on_the_boundary_where_they_were_nearest():
    beta = np.array([-1.0, 1.0, 0.0])  # x1 = 1
    points = my_boundary.handles(beta, np.array([[0.0, -1.0], [0.0, 1.0]]))
    np.testing.assert_allclose(points, [[1.0, -1.0], [1.0, 1.0]])
