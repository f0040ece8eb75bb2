"""The physics view: a bar hung from springs on the points settles on the loss's minimizer.

The bar is the line p = h + s·(x − x̄): its height h at the centre x̄ and its slope s are
the coordinates. Spring i joins point (x_i, y_i) to the bar, stretched by e_i = p_i − y_i;
it stores U_i = (k/2)·ℓ(e_i) and pulls the bar vertically with F_i = −(k/2)·dℓ/de(e_i).
For squared error that is Hooke's law, F = −k·e and U = ½k·e², so k = 2 makes ΣU the SSE;
absolute error gives bands of constant tension, Huber springs that yield past δ, log-cosh
springs that saturate. The equations of motion are

    M·ḧ = ΣF_i − b·ḣ,        I·s̈ = Σ(x_i − x̄)·F_i − b·σ²·ṡ,     σ² = mean((x − x̄)²).

At rest ΣF = 0 and Σ(x − x̄)F = 0: the normal equations of the summed loss, so the bar
rests on the minimizer of the chosen loss (the mean has the same minimizer).

Mass and drag are spread evenly over the points: I = M·σ² by default, and the dashpots
sit at the points, so their torque is −b·σ²·ṡ (not −b·ṡ, whose units differ from the
force's). Both motions then decay at the same rate b/M whatever the units of x, and for
squared error both swing at the same ω² = k·n/M. When every x is equal (or there is one
point) σ² = 0: no spring can turn the bar, which pivots freely; σ² = 1 stands in for it in
I and the drag, so nothing divides by zero.

Kinks. Absolute, quantile and asymmetric losses have a kink at e = 0 where a band's pull
jumps from +(k/2)·down to −(k/2)·up (up, down: the cost of over- and under-prediction).
Each band is made elastic over a small width: for −w/down < e < w/up its pull is
proportional to e, −(k/2)·slope²·e/w with the slope of e's side, and beyond that it is the
exact constant tension. Its energy is exactly (k/2)·ℓ(e) outside the band and at most
(k/2)·w/2 more within, and its pull is zero at e = 0, so one point, or a line through all
the points, is held exactly. The forces stay conservative, the rest position is a true
minimum of ΣU, and its objective exceeds the optimum by at most w/2 per point lying in its
band there. We take w = a·ε, a = (up + down)/2, ε = 1e-5 · mean|least-squares residual| ·
min(up, down)/a: the excess is at most ~2e-6 relative on the presets and on random data,
far inside the 1e-4 asked for. A static-friction rule would rest exactly on the optimum, but holding several points
at once needs a contact solver; the elastic band with backward Euler (below) grips the
same way.

Integration. Smooth losses use kick–drift–kick (velocity Verlet) in equal steps, each half
kick solving v̇ = F/M − γ·v exactly for the force held fixed (γ = b/M): symplectic when
b = 0, never made unstable by damping, at rest exactly where the forces vanish. For linear
springs it is stable for ω·dt < 2, ω² the largest eigenvalue of the mass-weighted stiffness
(k/2)·Σ ℓ''_i·[1, dx_i; dx_i, dx_i²]; the step is ω·dt = 0.05 with ω from the largest
curvature the loss can have (for squared error ω² = k·n/M), which keeps the energy to
~0.1%. Kinked losses have constant forces between kinks, where Verlet is exact, and
take regular steps of 0.05·√(M·Y/F_ref), the time scale on which those pulls move the bar
across the data. A fast spring may cross its kink within a step: the step is then
corrected for the crossing time θ·dt (by ½(1 − θ)²·dt²·ΔF/M in position and
(½ − θ)·dt·ΔF/M in velocity, ΔF the jump in its pull), which is exact for constant forces.
A slow one, whose pull would change its speed by a quarter or more within the step, is
met in shorter steps instead: the step is cut short 1.5 band widths before its kink, and
while it is within 2 widths the bar moves by backward Euler (solved by Newton's method with
an exact line search), which is stable however stiff the band and takes the band's swing
out, so a spring that arrives slowly is held, as static friction would hold it. With
b = 0 a kinked loss keeps its energy to ~0.05% (200 springs, thousands of crossings).

Rest. The bar is at rest when |ḣ| and σ·|ṡ| are below 1e-9·Y/T and |ΣF| and |Στ|/σ below
1e-9·F_ref, where Y is the spread of y (its standard deviation), T the time scale above
(1/ω or √(M·Y/F_ref)), and F_ref = (k/2)·n·|dℓ/de(Y)| the pull of n springs stretched by Y.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .losses import (
    BLAS_BELOW,
    CLASSIFICATION_LOSSES,
    REGRESSION_LOSSES,
    Huber,
    LogCosh,
    Loss,
    PiecewiseLinear,
    SquaredError,
    make_loss,
)
from .models import make_model
from .objective import check_points

Array = NDArray[np.float64]

#: speeds, net force and torque below this fraction of the data's scale count as rest
REST_TOLERANCE = 1e-9
#: width ε of a kinked band, relative to the mean least-squares residual
SMOOTHING = 1e-5
#: ω·dt of the regular step (smooth motion; the energy is kept to ~0.1%)
ACCURACY = 0.05
#: a kink may be crossed within a Verlet step if its pull changes the spring's speed by less than this
CROSSING = 0.25
MAX_SAMPLES = 1000


@dataclass(frozen=True)
class BarState:
    """The bar at time t: height h at x̄, slope s, and their rates ḣ, ṡ."""

    h: float
    s: float
    vh: float = 0.0
    vs: float = 0.0
    t: float = 0.0


class EnergySample(NamedTuple):
    t: float
    kinetic: float
    potential: float
    total: float


def spring_loss(name: str, **params: float | None) -> Loss:
    """The regression loss called `name`; classification losses are refused."""
    if name not in REGRESSION_LOSSES:
        choices = ", ".join(REGRESSION_LOSSES)
        if name in CLASSIFICATION_LOSSES:
            raise InputError(f"{name} is a classification loss; the spring bar needs a regression loss: {choices}")
        raise InputError(f"unknown loss '{name}'; the spring bar takes one of: {choices}")
    return make_loss(name, **{k: float(v) for k, v in params.items() if v is not None})


def _checked(name: str, value: float, *, zero_ok: bool) -> float:
    v = float(value)
    if not math.isfinite(v) or v < 0.0 or (v == 0.0 and not zero_ok):
        raise InputError(f"{name} must be {'0 or more' if zero_ok else 'a positive number'}, got {v:g}")
    return v


def check_settings(
    stiffness: float = 2.0, mass: float = 1.0, damping: float = 0.0, time: float = 0.0
) -> tuple[float, float, float, float]:
    """The settings as floats: stiffness and mass positive, damping and time 0 or more."""
    return (
        _checked("stiffness", stiffness, zero_ok=False),
        _checked("mass", mass, zero_ok=False),
        _checked("damping", damping, zero_ok=True),
        _checked("time", time, zero_ok=True),
    )


class _Work:
    """Work buffers of the kinked integrator: extensions e, q = clip(r, −1, 1), zones, |q|."""

    __slots__ = ("aq", "e", "evaluations", "q", "zone")

    def __init__(self, n: int) -> None:
        self.e, self.q, self.zone, self.aq = np.empty(n), np.empty(n), np.empty(n), np.empty(n)
        self.evaluations = 0

    def take(self, other: _Work) -> None:
        np.copyto(self.e, other.e)
        np.copyto(self.q, other.q)
        np.copyto(self.zone, other.zone)

    def pieces(self) -> bytes:
        """Which piece of ℓ each spring is on: below or above its band, or a half of it."""
        return (np.trunc(self.q) + np.sign(self.q) + (self.e >= 0.0)).tobytes()


class BarSystem:
    """The bar, its springs and its settings; states are `BarState`s passed in and out.

    The object does not change after it is made (make a new one when the points or the
    settings change, and `carry` the state over), so one system may serve several threads.
    """

    def __init__(
        self,
        x: Any,
        y: Any,
        loss: str = "mse",
        *,
        delta: float | None = None,
        quantile: float | None = None,
        alpha: float | None = None,
        stiffness: float = 2.0,
        mass: float = 1.0,
        damping: float = 0.0,
        inertia: float | None = None,
        smoothing: float | None = None,
    ) -> None:
        self.loss = spring_loss(loss, delta=delta, quantile=quantile, alpha=alpha)
        self.loss_name = loss
        self.stiffness, self.mass, self.damping, _ = check_settings(stiffness, mass, damping)
        x, y = (np.array(v, dtype=float) for v in check_points(x, y, make_model("line")))  # our own copies
        self.x: Array = x
        self.y: Array = y
        self.n = n = len(x)
        spread = bool(np.ptp(x) > 0)
        self.x_mean = float(np.mean(x)) if spread else float(x[0])
        self.y_mean = float(np.mean(y))
        self._dx: Array = x - self.x_mean if spread else np.zeros(n)
        self._yc: Array = y - self.y_mean
        var = float(self._dx @ self._dx) / n
        #: σ², the mean squared lever arm (1 when the bar pivots freely)
        self.lever2 = var if var > 0 else 1.0
        self.inertia = self.mass * self.lever2 if inertia is None else _checked("inertia", inertia, zero_ok=False)
        levers = np.ascontiguousarray(np.stack([np.ones(n), self._dx], axis=1))
        #: (Σv, Σv·dx); long vectors avoid BLAS's threads, which stall when the cores are busy
        self._sums: Callable[[Array], Array] = (
            (lambda v: v @ levers) if n < BLAS_BELOW else (lambda v: np.einsum("i,ij->j", v, levers))
        )
        self._sum_dx = float(self._dx.sum())
        sd = float(np.std(y))
        #: Y, the data's vertical scale
        self.scale = sd if sd > 0 else (abs(self.y_mean) or 1.0)
        self._half_k = 0.5 * self.stiffness
        self._set_up_loss(smoothing, var)
        slopes = np.empty(2)
        self._slope(np.array([self.scale, -self.scale]), slopes)
        #: F_ref, the pull of all springs stretched by Y
        self.force_scale = self._half_k * n * float(np.max(np.abs(slopes)))
        if self.smoothing is None:  # 1/ω with ω the fastest swing the springs can give
            self.time_scale = 1.0 / math.sqrt(self._omega2(self._max_curvature, n, self._sum_dx, var * n))
        else:  # constant pulls: how long all of them take to move the bar across the data
            self.time_scale = math.sqrt(self.mass * self.scale / self.force_scale)
        #: the regular step of the integrator
        self.time_step = ACCURACY * self.time_scale
        self._settings = dict(
            delta=delta, quantile=quantile, alpha=alpha, stiffness=stiffness, mass=mass,
            damping=damping, inertia=inertia, smoothing=smoothing,
        )  # fmt: skip

    # --- the loss as forces -------------------------------------------------------------

    def _set_up_loss(self, smoothing: float | None, var: float) -> None:
        loss = self.loss
        #: ε, the width of a kinked band (None for smooth losses)
        self.smoothing: float | None = None
        #: the extensions e from band[0] to band[1] where a kinked band is elastic (None if smooth)
        self.band: tuple[float, float] | None = None
        self._slope: Callable[[Array, Array], object]
        if isinstance(loss, PiecewiseLinear):
            up, down = loss.slopes
            a, c = 0.5 * (up + down), 0.5 * (up - down)
            if smoothing is None:
                if var > 0:
                    slope = float(self._dx @ self._yc) / (var * self.n)
                    residual = float(np.mean(np.abs(self._yc - slope * self._dx)))
                else:
                    residual = float(np.mean(np.abs(self._yc)))
                if residual <= 1e-12 * self.scale:
                    residual = self.scale
                smoothing = SMOOTHING * residual * min(up, down) / a
            eps = self.smoothing = _checked("smoothing", smoothing, zero_ok=False)
            width = a * eps  # the band spans −width/down ≤ e ≤ width/up
            self._kink = (a / width, c / width, width, up, down)
            self.band = (-width / down, width / up)

            def kink_slope(e: Array, g: Array) -> None:
                q = self._kink_ratio(e, g)
                np.minimum(q, 1.0, out=q)
                np.maximum(q, -1.0, out=q)
                if c:
                    g[:] = a * q + c * np.abs(q)
                elif a != 1.0:
                    g *= a

            def kink_values(e: Array) -> Array:
                r = np.abs(self._kink_ratio(e, np.empty_like(e)))
                return np.asarray(width * np.where(r < 1.0, 0.5 * (r * r + 1.0), r))

            self._slope, self._values = kink_slope, kink_values
            return
        if isinstance(loss, SquaredError):
            factor = 2.0 * loss.square_weight
            self._slope = lambda e, g: np.multiply(e, factor, out=g)
            self._max_curvature = factor
        elif isinstance(loss, Huber):
            delta = loss.delta
            self._slope = lambda e, g: np.clip(e, -delta, delta, out=g)
            self._max_curvature = 1.0
        elif isinstance(loss, LogCosh):
            self._slope = lambda e, g: np.tanh(e, out=g)
            self._max_curvature = 1.0
        else:  # pragma: no cover - every regression loss is handled above
            raise InputError(f"the spring bar does not know the loss {loss.name}")
        self._values = lambda e: loss.value(e, np.zeros_like(e))

    def _omega2(self, curvature: float, count: float, sum_dx: float, sum_dx2: float) -> float:
        """Largest eigenvalue of M⁻¹·(k/2)·c·Σ[1, dx; dx, dx²] over `count` springs."""
        kappa = self._half_k * curvature
        a = kappa * count / self.mass
        c = kappa * sum_dx2 / self.inertia
        b = kappa * sum_dx / math.sqrt(self.mass * self.inertia)
        return 0.5 * (a + c) + math.hypot(0.5 * (a - c), b)

    def _force(self, u: float, s: float, e: Array, g: Array) -> tuple[float, float]:
        """Net force and torque with the bar at h = ȳ + u, slope s; fills e and g = dℓ/de."""
        np.multiply(self._dx, s, out=e)
        e -= self._yc
        e += u
        self._slope(e, g)
        total, turning = self._sums(g)
        return -self._half_k * float(total), -self._half_k * float(turning)

    def _kink_ratio(self, e: Array, out: Array) -> Array:
        """r = e / (band edge on e's side): |r| < 1 in the band, dℓ/de = slope·clip(r, −1, 1)."""
        a_w, c_w = self._kink[:2]
        if c_w:
            if out is e:
                e = e.copy()
            np.abs(e, out=out)
            out *= c_w
            out += a_w * e
        else:
            np.multiply(e, a_w, out=out)
        return out

    def _kink_force(self, u: float, s: float, work: _Work) -> tuple[float, float]:
        """`_force` for a kinked loss; fills work.e, work.q = clip(r, −1, 1) and work.zone.

        zone is trunc(r) clipped to [−2, 2]: 0 in the band, ±1 within twice its width,
        ±2 beyond (r as in `_kink_ratio`).
        """
        e, q, zone = work.e, work.q, work.zone
        work.evaluations += 1
        np.multiply(self._dx, s, out=e)
        e -= self._yc
        e += u
        self._kink_ratio(e, q)
        np.trunc(q, out=zone)
        np.minimum(zone, 2.0, out=zone)
        np.maximum(zone, -2.0, out=zone)
        np.minimum(q, 1.0, out=q)
        np.maximum(q, -1.0, out=q)
        up, down = self._kink[3:]
        total, turning = self._sums(q)
        f, torque = 0.5 * (up + down) * float(total), 0.5 * (up + down) * float(turning)
        if up != down:  # dℓ/de = a·q + c·|q|
            np.abs(q, out=work.aq)
            total, turning = self._sums(work.aq)
            f, torque = f + 0.5 * (up - down) * float(total), torque + 0.5 * (up - down) * float(turning)
        return -self._half_k * f, -self._half_k * torque

    def _band_stiffness(self, e: Array) -> Array:
        """(k/2)·d²ℓ/de² of springs within their band: slope² / width on e's side."""
        width, up, down = self._kink[2:]
        return np.asarray(self._half_k * np.where(e >= 0.0, up * up, down * down) / width)

    # --- states, lines and springs -------------------------------------------------------

    def start(self) -> BarState:
        """The horizontal bar at ȳ, at rest."""
        return BarState(self.y_mean, 0.0)

    def state_at(self, intercept: float, slope: float, d_intercept: float = 0.0, d_slope: float = 0.0) -> BarState:
        """The bar on the line p = c + m·x, moving with rates ċ, ṁ."""
        return BarState(intercept + slope * self.x_mean, slope, d_intercept + d_slope * self.x_mean, d_slope)

    def line(self, state: BarState) -> tuple[float, float]:
        """(c, m): the bar as the line p = c + m·x."""
        return state.h - state.s * self.x_mean, state.s

    def carry(self, state: BarState, previous: BarSystem) -> BarState:
        """A state of `previous` as a state of this system: the same line, the same motion."""
        shift = self.x_mean - previous.x_mean
        return BarState(state.h + state.s * shift, state.s, state.vh + state.vs * shift, state.vs, state.t)

    def with_settings(self, **changes: Any) -> BarSystem:
        """This system with other settings (stiffness, mass, damping, ...) on the same points."""
        loss = changes.pop("loss", self.loss_name)
        return BarSystem(self.x, self.y, loss, **{**self._settings, **changes})

    def extensions(self, state: BarState) -> Array:
        """e_i = p_i − y_i: how far each spring is stretched (the bar above the point: > 0)."""
        return np.asarray(state.s * self._dx + (state.h - self.y_mean) - self._yc)

    def tensions(self, state: BarState) -> Array:
        """F_i = −(k/2)·dℓ/de(e_i): each spring's vertical pull on the bar."""
        e = self.extensions(state)
        g = np.empty_like(e)
        self._slope(e, g)
        return np.asarray(-self._half_k * g)

    def spring_energies(self, state: BarState) -> Array:
        """U_i = (k/2)·ℓ(e_i)."""
        return np.asarray(self._half_k * self._values(self.extensions(state)))

    def forces(self, state: BarState) -> tuple[float, float]:
        """(ΣF_i, Σ(x_i − x̄)·F_i): the springs' net force and net torque on the bar."""
        e, g = np.empty(self.n), np.empty(self.n)
        return self._force(state.h - self.y_mean, state.s, e, g)

    def kinetic(self, state: BarState) -> float:
        return 0.5 * (self.mass * state.vh**2 + self.inertia * state.vs**2)

    def potential(self, state: BarState) -> float:
        return self._half_k * float(np.sum(self._values(self.extensions(state))))

    def energy(self, state: BarState) -> float:
        return self.kinetic(state) + self.potential(state)

    def at_rest(self, state: BarState, tolerance: float = REST_TOLERANCE) -> bool:
        """Speeds, net force and net torque all below `tolerance` of the data's scale."""
        lever = math.sqrt(self.lever2)
        speed = tolerance * self.scale / self.time_scale
        force = tolerance * self.force_scale
        f, torque = self.forces(state)
        return (
            abs(state.vh) <= speed
            and abs(state.vs) * lever <= speed
            and abs(f) <= force
            and abs(torque) <= force * lever
        )

    # --- motion ----------------------------------------------------------------------

    def advance(self, state: BarState, duration: float, max_substeps: int | None = None) -> BarState:
        """The state `duration` later, after as many stable substeps as that takes.

        With `max_substeps` (the GUI's frame budget) it stops after about that many force
        evaluations and returns a state with an earlier t: the motion slows down instead of
        going unstable. A Verlet step costs one evaluation; a step near a kink one to four.
        """
        duration = _checked("duration", duration, zero_ok=True)
        if duration == 0.0:
            return state
        budget = max_substeps if max_substeps is not None and max_substeps > 0 else math.inf
        run = self._kinked if self.smoothing is not None else self._verlet
        u, s, vh, vs, elapsed = run(state.h - self.y_mean, state.s, state.vh, state.vs, duration, budget)
        return BarState(u + self.y_mean, s, vh, vs, state.t + elapsed)

    def _verlet(self, u: float, s: float, vh: float, vs: float, duration: float, budget: float) -> tuple[float, ...]:
        """Kick–drift–kick in equal steps; each half kick is exact for v̇ = F/M − γ·v, F fixed."""
        steps = max(1, math.ceil(duration / self.time_step - 1e-9))
        dt = duration / steps
        if steps > budget:
            steps, dt, duration = int(budget), self.time_step, budget * self.time_step
        e, g = np.empty(self.n), np.empty(self.n)
        f, torque = self._force(u, s, e, g)
        ah, ch = _decay(self.damping / self.mass, 0.5 * dt)
        as_, cs = _decay(self.damping * self.lever2 / self.inertia, 0.5 * dt)
        ch /= self.mass
        cs /= self.inertia
        for _ in range(steps):
            vh = vh * ah + f * ch
            vs = vs * as_ + torque * cs
            u += dt * vh
            s += dt * vs
            f, torque = self._force(u, s, e, g)
            vh = vh * ah + f * ch
            vs = vs * as_ + torque * cs
        return u, s, vh, vs, duration

    def _kinked(self, u: float, s: float, vh: float, vs: float, duration: float, budget: float) -> tuple[float, ...]:
        """Verlet away from the bands, backward Euler through them (kinked losses).

        Away from the kinks every force is constant, so a Verlet step is exact there; a
        step that would bring a spring into its band (or past it) is cut short to end 1.5
        band widths from its kink. While a spring is within 2 widths, steps are taken by
        backward Euler, v' = a·v + c·F(x')/M, x' = x + dt·v' (a, c exact for the drag): x'
        minimizes ½·Σ w_j·(x'_j − x̂_j)² + U(x') with x̂ = x + dt·a·v and w = M/(dt·c),
        found by Newton's method with an exact line search (U is piecewise quadratic);
        such a step is no longer than a moving spring takes to get 2.5 widths past its
        kink. Backward Euler is stable however stiff the band and damps its swing, so a
        spring that reaches its kink slowly is held there, as static friction would hold
        it; a fast one passes in a short step that costs the bar almost no energy.
        """
        width, up, down = self._kink[2:]
        work, trial = _Work(self.n), _Work(self.n)
        f, torque = self._kink_force(u, s, work)
        regular = duration / max(1, math.ceil(duration / self.time_step - 1e-9))
        gamma_h, gamma_s = self.damping / self.mass, self.damping * self.lever2 / self.inertia
        inv_m, inv_i = 1.0 / self.mass, 1.0 / self.inertia
        kappa = self._half_k * max(up, down) ** 2 / width
        far = 4.0 * self.n
        elapsed = 0.0
        while elapsed < duration and work.evaluations + trial.evaluations < budget:
            dt = min(regular, duration - elapsed)
            zone = work.zone
            backward = float(zone @ zone) < far  # a spring within two band widths of its kink
            if not backward:  # Verlet, cut short 1.5 band widths before the first kink it reaches
                for _ in range(12):
                    ah, ch = _decay(gamma_h, 0.5 * dt)
                    as_, cs = _decay(gamma_s, 0.5 * dt)
                    ph = vh * ah + f * ch * inv_m
                    ps = vs * as_ + torque * cs * inv_i
                    fix = (0.0, 0.0, 0.0, 0.0)
                    f1, t1 = self._kink_force(u + dt * ph, s + dt * ps, trial)
                    if trial.zone.tobytes() == zone.tobytes():
                        break
                    changed = np.flatnonzero(trial.zone * zone != 4.0)
                    changed = changed[trial.zone[changed] * zone[changed] != 2.0]  # more than just near
                    if changed.size == 0:
                        break
                    if np.all(trial.zone[changed] * zone[changed] == -4.0):  # kinks crossed cleanly
                        crossing = self._crossings(changed, work.e, trial.e, vh, vs, f, torque, dt)
                        if crossing is not None:
                            landed = trial.zone.tobytes()
                            du, ds = crossing[:2]
                            f1, t1 = self._kink_force(u + dt * ph + du, s + dt * ps + ds, trial)
                            if trial.zone.tobytes() == landed:
                                fix = crossing
                                break
                    side = np.sign(work.e[changed])  # each starts two band widths out or more
                    start = np.abs(work.e[changed])
                    edge = np.where(side > 0, width / up, width / down)
                    travel = start - side * trial.e[changed]
                    cut = min(0.999, max(float(np.min((start - 1.5 * edge) / travel)), 1e-6))
                    dt = max(dt * cut, 1e-9 * regular)
                else:
                    backward = True
            if backward:  # backward Euler, short enough for a moving spring to get past its band
                near = np.flatnonzero(np.abs(zone) < 2.0)
                if near.size:
                    rate = vh + vs * self._dx[near]
                    edge = np.where(rate > 0, width / up, width / down)
                    reach = 2.5 * edge - np.sign(rate) * work.e[near]
                    speed = np.abs(rate)
                    passing = np.divide(reach, speed, out=np.full(near.size, np.inf), where=speed > 0.0)
                    dt = min(dt, max(float(np.min(passing)), 1e-9 * regular))
                ah, ch = _decay(gamma_h, dt)
                as_, cs = _decay(gamma_s, dt)
                wh, ws = self.mass / (dt * ch), self.inertia / (dt * cs)
                uh, sh = u + dt * ah * vh, s + dt * as_ * vs
                u, s = uh + f / wh, sh + torque / ws
                f, torque = self._kink_force(u, s, work)
                if near.size == 0:
                    near = np.flatnonzero(np.abs(work.zone) < 2.0)
                near_dx = self._dx[near]
                if kappa * (near.size / wh + float(near_dx @ near_dx) / ws) > 1e-6:  # the bands matter
                    u, s, f, torque = self._newton(uh, sh, wh, ws, u, s, f, torque, work, trial)
                vh, vs = ah * vh + ch * f * inv_m, as_ * vs + cs * torque * inv_i
            else:
                u, s = u + dt * ph + fix[0], s + dt * ps + fix[1]
                vh, vs = ph * ah + f1 * ch * inv_m + fix[2], ps * as_ + t1 * cs * inv_i + fix[3]
                f, torque = f1, t1
                work, trial = trial, work
            elapsed += dt
            if duration - elapsed <= 1e-12 * duration:
                elapsed = duration
        return u, s, vh, vs, elapsed

    def _crossings(
        self, crossed: NDArray[np.intp], e0: Array, e1: Array, vh: float, vs: float, f: float, torque: float, dt: float
    ) -> tuple[float, float, float, float] | None:
        """What a Verlet step misses when springs cross their kinks within it, or None.

        A spring crossing at t = θ·dt changes the force by ΔF (its kink's jump) for the
        rest of the step; Verlet, which sees the forces at both ends, is off by
        ½(1 − θ)²·dt²·ΔF in position and (½ − θ)·dt·ΔF in velocity (per unit mass), and
        these are returned as (Δu, Δs, Δḣ, Δṡ). None if a spring is too slow to be sure
        to cross only once: its band must then be met in shorter steps.
        """
        up, down = self._kink[3:]
        lever = self._dx[crossed]
        start = e0[crossed]
        speed = vh + vs * lever
        pull = self._half_k * (up + down) * np.sign(start)  # ΔF as the kink is crossed
        effect = 1.0 / self.mass + lever * lever / self.inertia  # 1/(the spring's effective mass)
        if np.any(np.abs(pull) * dt * effect >= CROSSING * np.abs(speed)):
            return None
        # θ from e(t) = e0 + ė·t + ½·ë·t² (forces before the crossing), by Newton from the chord
        accel = f / self.mass + lever * torque / self.inertia
        t = dt * start / (start - e1[crossed])
        t -= (start + t * (speed + 0.5 * accel * t)) / (speed + accel * t)
        theta = np.clip(t / dt, 0.0, 1.0)
        late = 0.5 * (1.0 - theta) ** 2 * dt * dt * pull
        early = (0.5 - theta) * dt * pull
        return (
            float(late.sum()) / self.mass,
            float(late @ lever) / self.inertia,
            float(early.sum()) / self.mass,
            float(early @ lever) / self.inertia,
        )

    def _newton(
        self, uh: float, sh: float, wh: float, ws: float, xu: float, xs: float, f: float, torque: float,
        work: _Work, trial: _Work,
    ) -> tuple[float, float, float, float]:  # fmt: skip
        """Minimize ½wh(xu − uh)² + ½ws(xs − sh)² + U from (xu, xs), described by `work`.

        On exit `work` describes the returned point.
        """
        dx = self._dx
        for _ in range(50):
            gu, gs = wh * (xu - uh) - f, ws * (xs - sh) - torque
            if gu == 0.0 and gs == 0.0:
                break
            band = np.flatnonzero(work.zone == 0.0)
            huu, hus, hss = wh, 0.0, ws
            if band.size:
                bdx = dx[band]
                kappa = self._band_stiffness(work.e[band])
                huu += float(kappa.sum())
                hus = float(kappa @ bdx)
                hss += float(kappa @ (bdx * bdx))
            det = huu * hss - hus * hus
            du, ds = (hus * gs - hss * gu) / det, (hus * gu - huu * gs) / det
            f1, t1 = self._kink_force(xu + du, xs + ds, trial)
            if trial.pieces() == work.pieces():  # the same pieces: the exact minimizer
                work.take(trial)
                return xu + du, xs + ds, f1, t1
            slope0 = du * gu + ds * gs
            slope1 = du * (wh * (xu + du - uh) - f1) + ds * (ws * (xs + ds - sh) - t1)
            if slope1 <= 0.0:
                xu, xs, f, torque = xu + du, xs + ds, f1, t1
                work.take(trial)
                continue
            step = self._line_search(work.e, du, ds, slope0, slope1, wh, ws, xu - uh, xs - sh)
            xu, xs = xu + step * du, xs + step * ds
            f, torque = self._kink_force(xu, xs, work)
        return xu, xs, f, torque

    def _line_search(
        self, e: Array, du: float, ds: float, slope0: float, slope1: float, wh: float, ws: float, ou: float, os_: float
    ) -> float:
        """The t in (0, 1) where ψ'(t) = 0, ψ(t) the objective along the Newton step.

        ψ' is increasing and linear between the points where a spring enters or leaves
        its band, so it is found exactly by scanning those points in order.
        """
        assert self.band is not None
        low, high = self.band
        d = self._dx * ds + du
        with np.errstate(divide="ignore", invalid="ignore"):
            cuts = np.concatenate([(high - e) / d, (low - e) / d, -e / d])
        cuts = np.sort(cuts[(cuts > 0.0) & (cuts < 1.0)])
        a0 = du * wh * ou + ds * ws * os_
        a1 = du * du * wh + ds * ds * ws
        work = np.empty_like(e)
        t_prev, p_prev = 0.0, slope0
        for t in cuts:
            np.multiply(d, t, out=work)
            work += e
            self._slope(work, work)
            p = a0 + a1 * t + self._half_k * float(work @ d)
            if p >= 0.0:
                return float(t_prev + (t - t_prev) * (-p_prev) / (p - p_prev))
            t_prev, p_prev = float(t), p
        return t_prev + (1.0 - t_prev) * (-p_prev) / (slope1 - p_prev)


def _decay(gamma: float, dt: float) -> tuple[float, float]:
    """(a, c) with v(dt) = a·v + c·F/M for v̇ = F/M − γ·v and F fixed."""
    if gamma == 0.0:
        return 1.0, dt
    return math.exp(-gamma * dt), -math.expm1(-gamma * dt) / gamma


@dataclass(frozen=True)
class Simulation:
    """Where the bar ended up after `time`, with its energy sampled along the way."""

    intercept: float
    slope: float
    net_force: float
    net_torque: float
    at_rest: bool
    time: float
    energy: tuple[EnergySample, ...]
    state: BarState
    system: BarSystem

    def as_dict(self) -> dict[str, Any]:
        return {
            "intercept": self.intercept,
            "slope": self.slope,
            "net_force": self.net_force,
            "net_torque": self.net_torque,
            "at_rest": self.at_rest,
            "time": self.time,
            "energy": [sample._asdict() for sample in self.energy],
        }


def simulate(
    x: Any,
    y: Any,
    loss: str = "mse",
    *,
    damping: float = 1.0,
    mass: float = 1.0,
    stiffness: float = 2.0,
    time: float = 60.0,
    samples: int = 200,
    delta: float | None = None,
    quantile: float | None = None,
    alpha: float | None = None,
    inertia: float | None = None,
    smoothing: float | None = None,
    stop_at_rest: bool = False,
) -> Simulation:
    """Let the bar go from the horizontal at ȳ, at rest, for `time`; `samples` energy samples.

    With `stop_at_rest` the run ends at the first sample at which the bar is at rest.
    """
    stiffness, mass, damping, time = check_settings(stiffness, mass, damping, time)
    if not 2 <= samples <= MAX_SAMPLES:
        raise InputError(f"samples must be between 2 and {MAX_SAMPLES}, got {samples}")
    system = BarSystem(
        x, y, loss, delta=delta, quantile=quantile, alpha=alpha, stiffness=stiffness, mass=mass,
        damping=damping, inertia=inertia, smoothing=smoothing,
    )  # fmt: skip
    state = system.start()
    intervals = samples - 1 if time > 0 else 0
    energy = []
    for j in range(intervals + 1):
        if j:
            state = system.advance(state, time * j / intervals - state.t)
        kinetic, potential = system.kinetic(state), system.potential(state)
        energy.append(EnergySample(state.t, kinetic, potential, kinetic + potential))
        if stop_at_rest and j and system.at_rest(state):
            break
    intercept, slope = system.line(state)
    f, torque = system.forces(state)
    return Simulation(intercept, slope, f, torque, system.at_rest(state), state.t, tuple(energy), state, system)
