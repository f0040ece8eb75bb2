"""The loss-functions blog post's epoch logs, reproduced on data with the blog's own moments.

The blog does not publish its points, but its MSE log pins down every number plain gradient
descent on MSE reads from them: from the start (0, 0) at L = 0.0001 its first two epochs give
mean(xy), mean(y), mean(x) and mean(x²), and its first MSE is mean(y²). Any points with those
five means give the same MSE log, and the same sign-of-the-gradient log.

The blog's "Epoch #k" prints the coefficients *after* update k + 1 and J *before* it: its
Epoch #k is our record k + 1 for m and c and our record k for J (record 0 is the start).

Its MAE log moves m and c by exactly +0.1 for 14 epochs, then m by −0.1 and c by +0.1. That is
β ← β − L·sign(∇J) with the signs of the residual sums Σ xᵢ(yᵢ − ŷᵢ) and Σ(yᵢ − ŷᵢ): the sign of
the MSE gradient, which the five means decide. Its "MAE" column is the mean residual
mean(y − ŷ) (no absolute value): exactly linear in the epoch, and 9.17 at m = c = 1.4 where the
residuals have both signs (that last step down in m needs some below the line), so it is not
the MAE of its own points. Sign descent on our MAE gives the blog's rise of 0.1 per epoch on
points that lie above every line it visits (tests/core/test_optimizers.py).
"""

import numpy as np
import pytest

from lossexplorer.core import fit

L_MSE = 0.0001
# Epoch #0 … #14 of the blog's MSE log: m, c, MSE
MSE_LOG = [
    (1.3029690942817036, 0.020171926803486246, 11125.510732037144),
    (1.38492617474331, 0.023533981198709558, 2100.5570855449128),
    (1.3900542967346852, 0.02583827178686301, 2064.7755880223576),
    (1.3903481598871632, 0.02807595843804381, 2064.584234839073),
    (1.39033784070446, 0.030309407272782522, 2064.53379322249),
    (1.3903083822971603, 0.0325425425157025, 2064.4839117351066),
    (1.3902777202508474, 0.03477561108933626, 2064.4340346941194),
    (1.3902469831149034, 0.03700862853168542, 2064.3841598993504),
    (1.3902162419003055, 0.03924159582149052, 2064.3342873419874),
    (1.3901855010752178, 0.041474513021388985, 2064.284417021897),
    (1.3901547609207736, 0.04370738013637486, 2064.2345489389777),
    (1.3901240214546475, 0.04594019716781509, 2064.1846830931318),
    (1.390093282677937, 0.048172964116848384, 2064.1348194842553),
    (1.3900625445906973, 0.05040568098459907, 2064.0849581122493),
    (1.390031807192917, 0.05263834777219053, 2064.035098977013),
]
# Epoch #0 … #14 of the blog's MAE log at L = 0.1: m, c, "MAE"
MAE_LOG = [(0.1 * (k + 1), 0.1 * (k + 1), None) for k in range(14)] + [(1.3, 1.5, 9.172867679992994)]
MAE_COLUMN = [
    100.85963401743122, 94.31057927904259, 87.76152454065421, 81.21246980226589, 74.66341506387745,
    68.11436032548895, 61.56530558710057, 55.01625084871213, 48.467196110323655, 41.918141371935214,
    35.36908663354676, 28.820031895158365, 22.270977156769924, 15.721922418381459, 9.172867679992994,
]  # fmt: skip


def blog_moments():
    """mean x, mean y, mean x², mean xy, mean y², solved from the first records of the MSE log."""
    (m1, c1, mse0), (m2, c2, _) = MSE_LOG[0], MSE_LOG[1]
    # from (0, 0): m1 = 2L·mean(xy), c1 = 2L·mean(y); then one more step of gd from (m1, c1)
    mean_xy, mean_y = m1 / (2 * L_MSE), c1 / (2 * L_MSE)
    mean_x = (mean_y - c1 - (c2 - c1) / (2 * L_MSE)) / m1
    mean_xx = (mean_xy - c1 * mean_x - (m2 - m1) / (2 * L_MSE)) / m1
    return mean_x, mean_y, mean_xx, mean_xy, mse0


@pytest.fixture(scope="module")
def blog_points():
    """100 points, x gamma-distributed as the blog's, with exactly the blog's five means."""
    mean_x, mean_y, mean_xx, mean_xy, mean_yy = blog_moments()
    var_x, cov, var_y = mean_xx - mean_x**2, mean_xy - mean_x * mean_y, mean_yy - mean_y**2
    rng = np.random.default_rng(2023)
    u = rng.gamma(2.0, 1.0, 100)
    x = mean_x + np.sqrt(var_x) * (u - u.mean()) / u.std()
    w = rng.gamma(2.0, 1.0, 100)
    w -= w.mean()
    w -= (w @ (x - mean_x)) / ((x - mean_x) @ (x - mean_x)) * (x - mean_x)  # uncorrelated with x
    slope = cov / var_x
    y = mean_y + slope * (x - mean_x) + np.sqrt(var_y - slope**2 * var_x) * w / w.std()
    np.testing.assert_allclose(
        [x.mean(), y.mean(), (x * x).mean(), (x * y).mean(), (y * y).mean()],
        [mean_x, mean_y, mean_xx, mean_xy, mean_yy],
        rtol=1e-14,
    )
    assert x.min() > 0
    return x, y


def test_gd_on_mse_reproduces_the_blogs_mse_log(blog_points):
    x, y = blog_points
    r = fit(x, y, "mse", "line", "gd", lr=L_MSE, epochs=15)
    m, c, mse = np.array(MSE_LOG).T
    np.testing.assert_allclose(r.path[1:, 1], m, rtol=1e-14)  # measured: 2e-16
    np.testing.assert_allclose(r.path[1:, 0], c, rtol=1e-13)  # 1e-15
    np.testing.assert_allclose(r.objective[:-1], mse, rtol=1e-13)  # 1e-14


def test_sign_descent_on_the_mse_gradient_reproduces_the_blogs_mae_log(blog_points):
    x, y = blog_points
    r = fit(x, y, "mse", "line", "sign", lr=0.1, epochs=15)
    m, c = np.array([(a, b) for a, b, _ in MAE_LOG]).T
    np.testing.assert_allclose(r.path[1:, 1], m, rtol=0, atol=1e-14)
    np.testing.assert_allclose(r.path[1:, 0], c, rtol=0, atol=1e-14)
    np.testing.assert_allclose(np.abs(np.diff(r.path, axis=0)), 0.1, rtol=0, atol=1e-14)


def test_the_blogs_mae_column_is_the_mean_residual_before_each_update(blog_points):
    x, y = blog_points
    r = fit(x, y, "mse", "line", "sign", lr=0.1, epochs=15)
    mean_residual = [float(np.mean(y - (b[1] * x + b[0]))) for b in r.path[:-1]]
    np.testing.assert_allclose(mean_residual, MAE_COLUMN, rtol=1e-13)  # measured: 2e-15
    # at m = c = 1.4 the residuals have both signs: the true MAE is larger than the blog's column
    beta = r.path[14]
    residuals = y - (beta[1] * x + beta[0])
    assert residuals.min() < 0 < residuals.max()
    assert np.mean(np.abs(residuals)) > MAE_COLUMN[14] + 1
