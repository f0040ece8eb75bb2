"""The spring bar on points near 1e-300 and near the largest float: the answer, or one line."""

import math
import warnings

import numpy as np
import pytest
from loss_cases import cases

from lossexplorer.cli import main
from lossexplorer.core import SPRING_LOSSES, InputError, solve
from lossexplorer.core.physics import BarSystem, simulate

K = np.arange(10.0)
NOISE = np.array([0.3, -0.2, 0.1, 0.4, -0.5, 0.2, -0.1, 0.0, 0.3, -0.3])
SCALES = (1e-300, 1e150, 1e200, 1e300, 1.7e308)
LOSSES = cases(SPRING_LOSSES, delta=1.0, quantile=0.3, alpha=3.0)


def points(scale: float, both: bool) -> tuple[np.ndarray, np.ndarray]:
    """y ≈ (2k + 1)·scale for k = 0..9 (y within 1.7e308 for the largest), x = k or k·scale."""
    if scale > 1e308:
        return K * (1e307 if both else 1.0), 1.7e308 * (0.5 + 0.05 * (K + NOISE))
    return (K * scale if both else K), (2 * K + 1 + NOISE) * scale


@pytest.mark.parametrize("both", [False, True], ids=["y", "x-and-y"])
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize(("loss", "params"), LOSSES, ids=[name for name, _ in LOSSES])
def test_every_spring_loss_gives_a_finite_line_or_refuses_in_one_line(loss, params, scale, both):
    x, y = points(scale, both)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow, underflow or invalid value on the way
        try:
            run = simulate(x, y, loss, per_point=True, **params)
        except InputError as exc:
            assert "\n" not in str(exc)
            assert "nan" not in str(exc) and "inf" not in str(exc)
            return
    numbers = [run.intercept, run.slope, run.net_force, run.net_torque]
    numbers += [value for sample in run.energy for value in sample]
    assert np.isfinite(numbers).all()
    if run.at_rest and loss in ("mse", "sse", "half-sse"):  # on the least-squares line, in the data's units
        x_unit = scale if both else 1.0
        c, m = solve(x / x_unit, y / scale).coefficients
        assert run.intercept == pytest.approx(c * scale, rel=1e-6)
        assert run.slope == pytest.approx(m * scale / x_unit, rel=1e-6)


@pytest.mark.parametrize(
    ("loss", "params", "scales"),
    [("mse", {}, (1e-300, 1e-150, 1e150)), ("huber", {"delta": 0.5}, (1e-300, 1e-150)), ("logcosh", {}, (1e-300,))],
)
def test_the_bar_rests_on_the_least_squares_line_of_tiny_values_and_of_large_ones_for_mse(loss, params, scales):
    for scale in scales:  # tiny errors are in Huber's and log-cosh's quadratic part
        x, y = points(scale, both=False)
        run = simulate(x, y, loss, per_point=True, **params)
        assert run.at_rest
        np.testing.assert_allclose([run.intercept, run.slope], solve(x, y / scale).coefficients * scale, rtol=1e-6)


def test_scaling_the_points_by_powers_of_two_scales_the_motion_exactly():
    x, y = points(1.0, both=False)
    plain = simulate(x, y, "mse", per_point=True, time=10.0, samples=11)
    scaled = simulate(np.ldexp(x, 300), np.ldexp(y, -500), "mse", per_point=True, time=10.0, samples=11)
    assert scaled.intercept == math.ldexp(plain.intercept, -500)
    assert scaled.slope == math.ldexp(plain.slope, -800)
    assert scaled.state.vh == math.ldexp(plain.state.vh, -500)



def test_the_window_can_step_and_draw_a_bar_on_values_near_1e200():
    x, y = points(1e200, both=False)
    for loss in ("mae", "huber", "logcosh", "quantile"):
        system = BarSystem(x, y, loss, mass=1.0, damping=0.5)
        state = system.start()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for _ in range(30):  # what the physics view does every frame
                state = system.advance(state, 1 / 60, max_substeps=400)
                readings = [system.kinetic(state), system.potential(state), *system.forces(state)]
                assert np.isfinite(readings).all()
                assert np.isfinite(system.tensions(state)).all()
                assert np.isfinite(system.extensions(state)).all()
                system.at_rest(state, tolerance=1e-6)
        assert np.isfinite(system.line(state)).all()


def test_squared_springs_on_values_near_1e200_are_refused_in_one_line():
    x, y = points(1e200, both=False)
    with pytest.raises(InputError, match=r"springs' energy on these points .* is beyond the range of a float"):
        BarSystem(x, y, "mse")


def test_a_kinked_loss_on_values_near_1e_minus_300_is_refused_for_its_number_of_steps():
    x, y = points(1e-300, both=True)
    with pytest.raises(InputError, match=r"60 s of this bar's motion takes \d.* steps"):
        simulate(x, y, "mae", per_point=True)
    system = BarSystem(x, y, "mae")  # the window's frame budget slows it down instead
    state = system.advance(system.start(), 1 / 60, max_substeps=50)
    assert 0 < state.t < 1 / 60
    assert np.isfinite(system.line(state)).all()


@pytest.mark.parametrize(("scale", "loss", "status"), [
    (1e200, "mse", 2), (1.7e308, "mse", 2), (1.7e308, "mae", 2), (1e300, "mae", 0), (1e-300, "mae", 2),
    (1e-300, "mse", 0), (1e150, "huber", 0),
])  # fmt: skip
def test_the_command_line_answers_or_refuses_in_one_line_never_nan(capsys, tmp_path, scale, loss, status):
    x, y = points(scale, both=False)
    data = tmp_path / "points.csv"
    data.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist(), strict=True)))
    assert main(["simulate", str(data), "--loss", loss]) == status
    out, err = capsys.readouterr()
    assert "nan" not in out and "Traceback" not in err
    if status:
        assert out == "" and err.count("\n") == 1
    else:
        slope, intercept = (float(part.split("=")[1]) for part in out.splitlines()[1].split(";"))
        assert math.isfinite(slope) and math.isfinite(intercept)
