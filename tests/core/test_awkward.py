"""Exact answers and exact J on awkward designs: clusters of x with tiny gaps beside a large
range, duplicates, huge offsets, magnitudes from 1e-150 to 1e150, n = k, poly:1 … poly:9.

The references are independent of the app's code: the least-squares minimum and J(β) in exact
rational arithmetic (`fractions.Fraction`, from the floats as given), `numpy.polynomial`'s
fit, and for the other losses J in exact arithmetic at float coefficients all around the
answer. `solve` may say an answer is not exact; it may never call converged an answer that
one of them beats by more than rounding.
"""

import math
import warnings
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from numpy.polynomial import Polynomial

from lossexplorer.core import InputError, make_objective, solve
from lossexplorer.core.landscape import landscape

EPS = 2.0**-52
CI = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def model_name(degree):
    return "line" if degree == 1 else f"poly:{degree}"


# --- exact references ---------------------------------------------------------------------------


def exact(v):
    return Fraction(float(v))


def exact_least_squares_rss(x, y, k):
    """min over γ of Σ(y − Σ γ_j x^j)², by Gauss–Jordan on the normal equations in rationals
    (free variables 0 where x has fewer than k distinct values)."""
    rows = [[exact(xi) ** j for j in range(k)] for xi in x]
    ys = [exact(v) for v in y]
    system = [[sum(r[a] * r[b] for r in rows) for b in range(k)] + [sum(r[a] * v for r, v in zip(rows, ys))]
              for a in range(k)]
    pivots, row = [], 0
    for col in range(k):
        p = next((r for r in range(row, k) if system[r][col] != 0), None)
        if p is None:
            continue
        system[row], system[p] = system[p], system[row]
        system[row] = [v / system[row][col] for v in system[row]]
        for r in range(k):
            if r != row and system[r][col] != 0:
                f = system[r][col]
                system[r] = [a - f * b for a, b in zip(system[r], system[row])]
        pivots.append(col)
        row += 1
    gamma = [Fraction(0)] * k
    for r, col in enumerate(pivots):
        gamma[col] = system[r][k]
    return sum((v - sum(g * xj for g, xj in zip(gamma, r))) ** 2 for r, v in zip(rows, ys))


def exact_rss(p, y):
    return sum((exact(a) - exact(b)) ** 2 for a, b in zip(p, y))


def exact_j_of_beta(x, y, beta):
    """(1/n)·Σ(y − Σ β_j x^j)² exactly, and its gradient."""
    b = [exact(v) for v in beta]
    n = len(y)
    residuals = []
    powers = []
    for xi, yi in zip(x, y):
        xs = [exact(xi) ** j for j in range(len(b))]
        powers.append(xs)
        residuals.append(exact(yi) - sum(bj * xj for bj, xj in zip(b, xs)))
    value = sum(r * r for r in residuals) / n
    grad = [-2 * sum(r * xs[j] for r, xs in zip(residuals, powers)) / n for j in range(len(b))]
    return value, grad


def exact_predictions(solution, x):
    """The answer's predictions in exact arithmetic from its scaled basis (x' = (x − x0)/s_x)."""
    c = solution.coordinates
    x0, sx, sy, y0 = exact(c.x0), exact(c.sx), exact(c.sy), exact(c.y0)
    out = []
    for xi in x:
        u = (exact(xi) - x0) / sx
        terms = (exact(t) * exact(cj) * u**j for j, (t, cj) in enumerate(zip(solution.theta, c.columns)))
        out.append(y0 + sy * sum(terms))
    return out


def exact_beta(solution, theta):
    c = solution.coordinates
    k = len(theta)
    beta = [Fraction(0)] * k
    for j in range(k):
        scale = exact(c.sy) * exact(c.columns[j]) / exact(c.sx) ** j
        for i in range(j + 1):
            beta[i] += scale * math.comb(j, i) * (-exact(c.x0)) ** (j - i) * exact(theta[j])
    beta[0] += exact(c.y0)
    return beta


def exact_loss(loss, e, options):
    if loss == "mse":
        return e * e
    if loss == "mae":
        return abs(e)
    if loss == "huber":
        delta = exact(options["delta"])
        return e * e / 2 if abs(e) <= delta else delta * (abs(e) - delta / 2)
    if loss == "quantile":
        q = exact(options["quantile"])
        return -q * e if e < 0 else (1 - q) * e
    assert loss == "logcosh"
    with localcontext() as ctx:
        ctx.prec = 700  # log cosh e = |e| + log(1 + exp(−2|e|)) − log 2 cancels to e²/2 near 0
        a = abs(Decimal(e.numerator) / Decimal(e.denominator))
        return Fraction(a + (1 + (-2 * a).exp()).ln() - Decimal(2).ln())


def exact_objective(solution, theta, x, y, loss, options):
    """J at the float coefficients θ (in the answer's basis), exactly."""
    shifted = type(solution)(solution.coefficients, 0.0, "", coordinates=solution.coordinates, theta=theta)
    p = exact_predictions(shifted, x)
    n = len(y)
    total = sum((exact_loss(loss, pi - exact(yi), options) for pi, yi in zip(p, y)), Fraction(0)) / n
    if options.get("cap") is not None:
        cap = exact(options["cap"])
        total += exact(options["cap_weight"]) * sum((max(pi - cap, Fraction(0)) ** 2 for pi in p), Fraction(0)) / n
    beta = exact_beta(solution, theta)[1:]
    total += exact(options.get("l1", 0.0)) * sum(abs(b) for b in beta)
    total += exact(options.get("l2", 0.0)) * sum(b * b for b in beta)
    return total


# --- awkward designs ------------------------------------------------------------------------------

KINDS = ("cluster", "offset", "duplicates", "magnitude", "n = k", "cubed")


@st.composite
def awkward_designs(draw, most_degree=9, most_extra=6):
    """(x, y, degree): x of one awkward kind, y of any magnitude from 1e-150 to 1e150."""
    degree = draw(st.integers(1, most_degree))
    kind = draw(st.sampled_from(KINDS))
    k = degree + 1
    n = k if kind == "n = k" else k + draw(st.integers(0, most_extra))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if kind == "cluster":  # points a few 1e-12 … 1e-3 apart, one far away
        base = rng.normal()
        x = base + 10.0 ** rng.uniform(-12, -3) * rng.integers(0, 4, n)
        x[rng.integers(0, n)] = base + 10.0 ** rng.uniform(0, 4)
    elif kind == "offset":  # calendar years and beyond: a small spread far from 0
        x = 10.0 ** rng.uniform(3, 9) + rng.uniform(0, 10.0 ** rng.uniform(-3, 2), n)
    elif kind == "duplicates":  # fewer distinct values than coefficients, often
        x = rng.choice(rng.normal(size=int(rng.integers(1, k + 2))), n)
    elif kind == "magnitude":  # 1e-150 … 1e150, as far as x^(2d) stays a float
        top = min(150.0, (300.0 - math.log10(n)) / (2 * degree) - 1.0)
        x = rng.normal(size=n) * 10.0 ** rng.uniform(-150, top)
    elif kind == "cubed":  # crowded in the middle, sparse at the ends
        x = np.sort(rng.uniform(-1, 1, n)) ** 3 * 10.0 ** rng.uniform(-5, 5)
    else:
        x = rng.normal(size=n) * 10.0 ** rng.uniform(-3, 3)
    y_scale = 10.0 ** draw(st.sampled_from([0.0, 0.0, -150.0, -40.0, 40.0, 150.0]))
    y = (rng.normal(size=n) + draw(st.sampled_from([0.0, 0.0, 1e3]))) * y_scale
    note(f"kind={kind} x={x.tolist()!r} y={y.tolist()!r}")
    return x, y, degree


def rounding_of_j(x, y, beta, reference):
    """How far J(β) computed in floats may be from exact: 4(k + 2)·ε·‖r‖·‖terms‖/n, the terms of
    each residual as the centred powers hold them, |y| + Σ|β_j|·(|x − x̄| + |x̄|)^j; computed in
    units of a power of two S (exact) so that no square overflows. Also returns the terms and
    ‖r‖ in those units, and S."""
    k, n = len(beta), len(y)
    xbar = float(np.mean(x))
    powers = np.vander(np.abs(x - xbar) + abs(xbar), k, increasing=True)
    with np.errstate(over="ignore"):
        terms = np.abs(y) + powers @ np.abs(beta)
    big = float(np.max(terms))
    scale = Fraction(2) ** (math.frexp(big)[1] if 0 < big < math.inf else 0)
    terms_s = np.array([float(exact(t) / scale) if math.isfinite(t) else math.inf for t in terms])
    r_s = math.sqrt(float(reference * n / scale**2))
    rounding = Fraction(4 * (k + 2) * EPS * r_s * float(np.linalg.norm(terms_s)) / n) * scale**2
    return rounding, terms_s, r_s, scale


def solve_or_refuse(x, y, loss, model, **options):
    """The Solution, or None after a one-line refusal (a model floats cannot hold on this x)."""
    try:
        return solve(x, y, loss, model, **options)
    except InputError as exc:
        assert "\n" not in str(exc) and "rescale" in str(exc), exc
        return None


def rounding_of_rss(p, y, delta):
    """2·Σ|p − y|·δ + Σδ², exactly (the squares of δ near 1e-164 underflow as floats)."""
    return sum((2 * abs(exact(a) - exact(b)) * exact(d) + exact(d) ** 2 for a, b, d in zip(p, y, delta)), Fraction(0))


def prediction_rounding(solution, x):
    """How far rounding may move each exact prediction of the answer: ε·(terms of p), 64 times."""
    c = solution.coordinates
    terms = abs(c.y0) + c.sy * (np.abs(c.design(x)) @ np.abs(solution.theta))
    return 64 * EPS * terms


# --- the two defects this file was written for ----------------------------------------------------

CLUSTER_X = np.array([0, 0, 166, 1e-9, 0.0])
CLUSTER_Y = np.array([0, 0, 0, 0, 1.0])


def test_a_cluster_a_billionth_wide_beside_a_far_point_is_solved_to_its_minimum():
    # the scaled Gram matrix's condition is ~1e27: the normal equations gave 0.15 and called it
    # converged; three distinct x make the minimum the mean of each group's y, J = 2/15
    s = solve(CLUSTER_X, CLUSTER_Y, "mse", "poly:2")
    assert s.objective == pytest.approx(2 / 15, rel=1e-9)
    assert s.converged, s.message
    fit = Polynomial.fit(CLUSTER_X, CLUSTER_Y, 2)
    assert s.objective <= np.mean((fit(CLUSTER_X) - CLUSTER_Y) ** 2) * (1 + 1e-9)
    assert float(exact_rss(s.predict(CLUSTER_X), CLUSTER_Y)) / 5 == pytest.approx(2 / 15, rel=1e-9)


def test_j_at_zero_is_the_mean_of_y_squared_whatever_the_least_squares_answer_is():
    # the statistics once expanded J around a least-squares answer assumed exact: J(0) = 0.1333
    obj = make_objective(CLUSTER_X, CLUSTER_Y, "mse", "poly:2")
    value, grad = obj.value_and_grad(np.zeros(3))
    assert value == pytest.approx(0.2, rel=1e-14)
    _, reference_grad = exact_j_of_beta(CLUSTER_X, CLUSTER_Y, np.zeros(3))
    # exact: −(2/n)·Σ y_i·x_i^j, 0 for j ≥ 1 (y is 0 wherever x is not); rounding, normwise:
    # ε·‖x^j‖·‖y‖ over n, as the QR holds the columns to a few ulps each
    size = np.linalg.norm(np.vander(CLUSTER_X, 3, increasing=True), axis=0) * np.linalg.norm(CLUSTER_Y) * 2 / 5
    assert grad[0] == pytest.approx(float(reference_grad[0]), rel=1e-14)
    assert np.all(np.abs(grad - [float(g) for g in reference_grad]) <= 64 * EPS * size)


def test_a_normal_equations_answer_next_to_the_minimum_is_not_called_converged():
    # the answer the normal equations gave (the x² column dropped): its gradient is 1e-12 of its
    # terms, but a Newton step by QR lowers J by 12%
    from lossexplorer.core.basis import coordinates
    from lossexplorer.core.kkt import KKT_TOLERANCE, ScaledProblem, gradient_violation, kkt_violation

    obj = make_objective(CLUSTER_X, CLUSTER_Y, "mse", "poly:2")
    problem = ScaledProblem(obj, coordinates(obj.model, obj.x, obj.y))
    line, *_ = np.linalg.lstsq(problem.z[:, :2], problem.y, rcond=None)
    theta = np.r_[line, 0.0]
    assert gradient_violation(problem, theta) < KKT_TOLERANCE  # what fooled the old check
    assert kkt_violation(problem, theta) > KKT_TOLERANCE


# --- squared error: the closed form -----------------------------------------------------------------


@settings(CI, max_examples=120)
@given(design=awkward_designs())
def test_least_squares_is_never_above_the_exact_minimum_or_says_it_is_not_exact(design):
    x, y, degree = design
    s = solve_or_refuse(x, y, "mse", model_name(degree))
    if s is None:
        return
    assert np.all(np.isfinite(s.theta))
    if not s.converged:
        assert s.message.startswith("not exact"), s.message
        return
    best = exact_least_squares_rss(x, y, degree + 1)
    p = s.predict(x)
    ours = exact_rss(p, y)
    delta = prediction_rounding(s, x)
    rounding = rounding_of_rss(p, y, delta)
    note(f"ours={float(ours)!r} exact minimum={float(best)!r} rounding={float(rounding)!r}")
    assert ours <= best * (1 + Fraction(1e-12)) + rounding
    # and the J it reports is the J of its predictions
    if s.objective_out_of_range:
        return
    assert s.objective == pytest.approx(float(ours) / len(y), rel=1e-9, abs=float(rounding) / len(y))


@settings(CI, max_examples=120)
@given(design=awkward_designs())
def test_least_squares_is_never_above_numpy_polynomial_fit_or_says_it_is_not_exact(design):
    x, y, degree = design
    s = solve_or_refuse(x, y, "mse", model_name(degree))
    if s is None or not s.converged:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numpy's RankWarning on these designs
        poly = Polynomial.fit(x, y, degree)
        fit = poly(x)
    if not np.all(np.isfinite(fit)):
        return
    theirs = exact_rss(fit, y)
    ours = exact_rss(s.predict(x), y)
    # numpy's own rounding, 64 times: ε·(terms of its polynomial in its window), and the
    # rounding of the window's map u = off + scl·x (ε·(|off| + |scl·x|)) times the slope there
    off, scl = poly.mapparms()
    u = off + scl * x
    their_terms = np.vander(np.abs(u), degree + 1, increasing=True) @ np.abs(poly.coef)
    slope = np.abs(poly.convert(domain=poly.window).deriv()(u)) if degree else 0.0
    their_terms = their_terms + slope * (abs(off) + np.abs(scl * x))
    delta = prediction_rounding(s, x) + 64 * EPS * their_terms
    rounding = rounding_of_rss(fit, y, delta)
    assert ours <= theirs * (1 + Fraction(1e-12)) + rounding


# --- J from the sufficient statistics -----------------------------------------------------------------


@settings(CI, max_examples=150)
@given(
    design=awkward_designs(),
    which=st.sampled_from(["zero", "random", "near the answer"]),
    seed=st.integers(0, 2**16),
)
def test_j_and_its_gradient_from_the_statistics_are_exact_to_the_rounding_of_their_terms(design, which, seed):
    x, y, degree = design
    k = degree + 1
    try:
        obj = make_objective(x, y, "mse", model_name(degree))
    except InputError:
        return
    assert obj.uses_statistics
    rng = np.random.default_rng(seed)
    span = max(float(np.max(np.abs(x))), 1e-300)
    if which == "zero":
        beta = np.zeros(k)
    elif which == "random":
        with np.errstate(all="ignore"):
            beta = rng.normal(size=k) * (np.std(y) + abs(np.mean(y))) / span ** np.arange(k)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            coef = Polynomial.fit(x, y, degree).convert().coef
        beta = np.r_[coef, np.zeros(k - len(coef))] * (1 + 1e-6 * rng.normal(size=k))
    if not np.all(np.isfinite(beta)):
        return
    with np.errstate(all="ignore"):
        value, grad = obj.value_and_grad(beta)
    reference, reference_grad = exact_j_of_beta(x, y, beta)
    if reference > Fraction(1e300):
        assert value > 1e299  # J past the floats: inf, or nearly, as a sum over the points would be
        return
    rounding, terms_s, r_s, scale = rounding_of_j(x, y, beta, reference)
    note(f"J={value!r} exact={float(reference)!r} rounding={float(rounding)!r}")
    assert abs(Fraction(value) - reference) <= Fraction(1e-12) * reference + rounding
    n = len(y)
    xbar = float(np.mean(x))
    powers = np.vander(np.abs(x - xbar) + abs(xbar), k, increasing=True)
    # the gradient Σ r_i·x_i^j, normwise: ε·‖x^j‖·(‖r‖ + ‖terms‖) over n
    for j in range(k):
        norm_j = math.hypot(*powers[:, j])  # (no underflow of the squares)
        allowed = Fraction(8 * (k + 2) * EPS * norm_j * (r_s + float(np.linalg.norm(terms_s))) * 2 / n) * scale
        # (a component below 1e-301 is 0 to the floats: x near 1e-113 cubed)
        allowed += Fraction(2) ** -1000
        assert abs(Fraction(grad[j]) - reference_grad[j]) <= Fraction(1e-12) * abs(reference_grad[j]) + allowed


@settings(CI, max_examples=40)
@given(design=awkward_designs(most_degree=4), seed=st.integers(0, 2**16))
def test_a_squared_landscape_is_j_cell_by_cell_on_awkward_data(design, seed):
    x, y, degree = design
    try:
        obj = make_objective(x, y, "mse", model_name(degree))
    except InputError:
        return
    s = solve_or_refuse(x, y, "mse", model_name(degree))
    if s is None or not np.all(np.isfinite(s.coefficients)):
        return
    base = s.coefficients
    i, j = 0, degree
    half = 1e-3 * (np.abs(base[[i, j]]) + 1e-300)
    ranges = [(base[m] - h, base[m] + h) for m, h in zip((i, j), half)]
    grid = landscape(obj, base, i, j, *ranges, size=5)
    rng = np.random.default_rng(seed)
    for r, c in rng.integers(0, 5, size=(4, 2)):
        beta = base.copy()
        beta[i], beta[j] = grid.axis_i[c], grid.axis_j[r]
        with np.errstate(all="ignore"):
            value = obj.value(beta)
        if not value < 1e300:  # J past the floats
            assert not grid.values[r, c] < 1e299
            continue
        # the cell is J at base + offset exactly; β holds that sum rounded, which moves J by
        # up to the rounding of its terms
        reference, _ = exact_j_of_beta(x, y, beta)
        rounding = rounding_of_j(x, y, beta, reference)[0]
        gap = abs(Fraction(grid.values[r, c]) - Fraction(value))
        assert gap <= Fraction(1e-12) * abs(Fraction(value)) + 2 * rounding


# --- the other losses and the penalties ------------------------------------------------------------

OTHERS = [
    ("mse", {"l1": 0.1}),
    ("mse", {"l2": 0.1}),
    ("mse", {"l1": 0.05, "l2": 0.05}),
    ("mse", {"cap": "median", "cap_weight": 2.0}),
    ("huber", {"delta": 0.5}),
    ("huber", {"delta": 0.5, "l1": 0.1}),
    ("logcosh", {}),
    ("mae", {}),
    ("mae", {"l2": 0.1}),
    ("quantile", {"quantile": 0.3, "l1": 0.05}),
]


@settings(CI, max_examples=80)
@given(design=awkward_designs(most_degree=4, most_extra=4), case=st.sampled_from(OTHERS), seed=st.integers(0, 2**16))
def test_no_float_coefficients_near_a_converged_answer_do_better_in_exact_arithmetic(design, case, seed):
    x, y, degree = design
    loss, options = case
    if options.get("cap") == "median":
        options = {**options, "cap": float(np.median(y))}
    s = solve_or_refuse(x, y, loss, model_name(degree), **options)
    if s is None:
        return
    if not s.converged:
        assert s.message.startswith("not exact"), s.message
        return
    value = exact_objective(s, s.theta, x, y, loss, options)
    z = s.coordinates.design(x)
    unit = 1.0 / np.maximum(np.sqrt(np.mean(z * z, axis=0)), 1e-300)  # a step that moves p by about 1 (scaled)
    rng = np.random.default_rng(seed)
    k = len(s.theta)
    directions = [sign * unit[j] * np.eye(k)[j] for j in range(k) for sign in (1.0, -1.0)]
    directions += [rng.normal(size=k) * unit for _ in range(6)]
    for d in directions:
        for t in (1e-9, 1e-6, 1e-3):
            other = exact_objective(s, s.theta + t * d, x, y, loss, options)
            assert other >= value * (1 - Fraction(1e-10)), (t, d, float(value), float(other))
