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

Per point. With the whole bar's M and b fixed, more springs swing it faster (ω² ∝ n) and a
simulated second takes ∝ √n steps of O(n) each. Given per point instead, M = n·m and
b = n·b₁ (as the window and the command line do), the motion does not
depend on how many points there are: m·ḧ = mean F_i − b₁·ḣ, momentum on the mean loss, and a
simulated second costs the same number of steps for 10 points or 10⁶.

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
far inside the 1e-4 asked for.

Units. The bar moves in scaled units (`springs`): x − x̄ and y − ȳ divided by powers of two
near their spreads, forces by a pull unit that keeps them of order one. Scaling by a power
of two is exact, so nothing changes for ordinary data, while points near 1e-300 or 1e300
move the same well-scaled numbers. What cannot be shown as a float is refused in one line:
a slope beyond the float range, springs whose energy would overflow, a run that would take
more than MAX_STEPS steps. Energies too small for a float are shown as 0.

Integration (`bar_motion`): velocity Verlet with ω·dt = 0.05, ω from the largest curvature
the loss can have (for squared error ω² = k·n/M), which keeps the energy to ~0.1%; kinked
losses take steps of 0.05·√(M·Y/F_ref), the time scale on which their constant pulls move
the bar across the data, with crossing corrections and backward Euler through stiff bands.

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

from .bar_motion import CROSSING as CROSSING  # re-exported, as before the integrators moved
from .bar_motion import Motion
from .errors import InputError
from .losses import CLASSIFICATION_LOSSES, SPRING_LOSSES, Loss, make_loss
from .models import make_model
from .objective import check_points
from .springs import SMOOTHING as SMOOTHING  # re-exported: the band width is part of the physics API
from .springs import BarScale

Array = NDArray[np.float64]

#: speeds, net force and torque below this fraction of the data's scale count as rest
REST_TOLERANCE = 1e-9
#: ω·dt of the regular step (smooth motion; the energy is kept to ~0.1%)
ACCURACY = 0.05
MAX_SAMPLES = 1000
#: `simulate` refuses a run that needs more regular steps than this
MAX_STEPS = 10_000_000
#: the springs' energy at the start may reach 10**LARGEST_ENERGY (room to grow before a float overflows)
LARGEST_ENERGY = 306

#: a scaled state: (u, s, u̇, ṡ) in the units of `bar_motion`
Scaled = tuple[float, float, float, float]


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
    """The loss called `name`, one the bar can hang on springs of; classification losses are refused."""
    if name not in SPRING_LOSSES:
        choices = ", ".join(SPRING_LOSSES)
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


def _ldexp(value: float, exp: int) -> float:
    """value·2**exp, ±inf where that overflows (math.ldexp raises)."""
    try:
        return math.ldexp(value, exp)
    except OverflowError:
        return math.copysign(math.inf, value)


def _magnitude(exp: int) -> str:
    """2**exp as a power of ten for a message ('1e+300'), even beyond the float range."""
    return f"1e{round(exp * math.log10(2.0)):+03d}"


def _centred(values: Array) -> tuple[float, Array, int]:
    """(mean, values − mean) of values·2**−k, and k: 2**k bounds |values|, so nothing overflows."""
    k = math.frexp(float(np.max(np.abs(values))))[1]
    scaled = np.ldexp(values, -k)
    mean = float(np.mean(scaled))
    return mean, scaled - mean, k


class BarSystem:
    """The bar, its springs and its settings; states are `BarState`s passed in and out.

    `mass`, `damping` and `inertia` are the whole bar's (the window passes n times its
    per-point values). The object does not change after it is made (make a new one when the
    points or the settings change, and `carry` the state over), so one system may serve
    several threads.
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
        self._settings = dict(
            delta=delta, quantile=quantile, alpha=alpha, stiffness=stiffness, mass=mass,
            damping=damping, inertia=inertia, smoothing=smoothing,
        )  # fmt: skip
        # x − x̄ in units X = 2**x_exp near its spread (X = 1 when every x is equal)
        x_mean, dx, kx = _centred(x)
        spread = bool(np.any(x != x[0]))
        self.x_mean = math.ldexp(x_mean, kx) if spread else float(x[0])
        rms = math.sqrt(float(np.mean(dx * dx))) if spread else 0.0
        shift = math.frexp(rms)[1] if rms > 0 else 0
        self._x_exp = kx + shift if rms > 0 else 0
        self._dx: Array = np.ldexp(dx, -shift) if rms > 0 else np.zeros(n)
        lever2 = float(np.mean(self._dx * self._dx)) if rms > 0 else 1.0  # σ² in units of X²
        self._lever = math.sqrt(lever2)
        #: σ², the mean squared lever arm (1 when the bar pivots freely)
        self.lever2 = _ldexp(lever2, 2 * self._x_exp)
        # y − ȳ in units Y = 2**y_exp near its spread
        y_mean, yc, ky = _centred(y)
        self.y_mean = math.ldexp(y_mean, ky)
        sd = math.sqrt(float(np.mean(yc * yc)))
        size = sd if sd > 0 else abs(y_mean)
        shift = math.frexp(size)[1] if size > 0 else -ky
        self._y_exp = ky + shift
        self._yc: Array = np.ldexp(yc, -shift)
        self._sd = math.ldexp(size, -shift) if size > 0 else 1.0  # the spread of y in units of Y
        #: Y, the data's vertical scale (the standard deviation of y)
        self.scale = _ldexp(self._sd, self._y_exp)
        if abs(self._y_exp - self._x_exp) > 1021:
            raise InputError(
                f"y spreads over about {_magnitude(self._y_exp)} and x over about {_magnitude(self._x_exp)}: "
                "the slope of a line through these points is beyond the range of a float"
            )
        self._set_up(smoothing, inertia)

    def _set_up(self, smoothing: float | None, inertia: float | None) -> None:
        """The spring law, the bar's masses in scaled units and the time step."""
        n, y_exp = self.n, self._y_exp
        eps = None
        if smoothing is not None:
            eps = _ldexp(_checked("smoothing", smoothing, zero_ok=False), -y_exp)
            if not 0.0 < eps < math.inf:
                raise InputError(f"smoothing {smoothing:g} is out of scale with the spread of y")
        law = self.loss.spring(BarScale(y_exp, self._residual, eps))
        pull, pull_exp = law.pull
        kappa = 0.5 * self.stiffness
        self._unit = kappa * pull  # user force = ldexp(unit·G, pull_exp); energy: exponent + y_exp
        self._pull_exp = pull_exp
        #: ε, the width of a kinked band in y's units (None for smooth losses)
        self.smoothing: float | None = None
        #: the extensions e from band[0] to band[1] where a kinked band is elastic (None if smooth)
        self.band: tuple[float, float] | None = None
        if law.kink is not None:
            low, high = law.kink.band
            self.band = (_ldexp(low, y_exp), _ldexp(high, y_exp))
            self.smoothing = _ldexp(law.kink.width / (0.5 * (law.kink.up + law.kink.down)), y_exp)
        start = float(np.add.reduce(law.values(-self._yc)))  # at the horizontal through ȳ
        if start > 0 and math.log10(self._unit * start) + (pull_exp + y_exp) * math.log10(2.0) > LARGEST_ENERGY:
            raise InputError(
                f"the {self.loss_name} springs' energy on these points (y spreads over about {self.scale:.0e}) is "
                "beyond the range of a float; scale y down to simulate them"
            )
        mass_h = _ldexp(self.mass / self._unit, y_exp - pull_exp)  # M·Y/(κ·P)
        if inertia is None:
            self.inertia = self.mass * self.lever2
            mass_s = mass_h * self._lever**2
            gamma_s = self.damping / self.mass
        else:
            self.inertia = _checked("inertia", inertia, zero_ok=False)
            mass_s = _ldexp(self.inertia / self._unit, y_exp - 2 * self._x_exp - pull_exp)
            gamma_s = _ldexp(self.damping * self._lever**2 / self.inertia, 2 * self._x_exp)
        for value in (mass_h, mass_s, 1.0 / mass_h if mass_h else math.inf, 1.0 / mass_s if mass_s else math.inf):
            if not 0.0 < value < math.inf:
                raise InputError(
                    f"a bar of mass {self.mass:g} on springs of stiffness {self.stiffness:g} is out of scale with "
                    f"points that spread over about {self.scale:.0e} in y"
                )
        g = np.empty(2)
        law.slope(np.array([self._sd, -self._sd]), g)
        self._force_ref = n * float(np.max(np.abs(g)))  # the pull of n springs stretched by Y, scaled
        #: F_ref, the pull of all springs stretched by Y
        self.force_scale = _ldexp(self._unit * self._force_ref, pull_exp)
        motion = Motion(self._dx, self._yc, law, (mass_h, mass_s), (self.damping / self.mass, gamma_s), 1.0)
        if law.kink is None:  # 1/ω with ω the fastest swing the springs can give
            sum_dx = float(np.add.reduce(self._dx))
            sum_dx2 = float(np.einsum("i,i->", self._dx, self._dx))
            self.time_scale = 1.0 / math.sqrt(motion.omega2(law.curvature, n, sum_dx, sum_dx2))
        else:  # constant pulls: how long all of them take to move the bar across the data
            self.time_scale = math.sqrt(mass_h * self._sd / self._force_ref)
        #: the regular step of the integrator
        self.time_step = motion.time_step = ACCURACY * self.time_scale
        if not 0.0 < self.time_step < math.inf:
            raise InputError(
                f"a bar of mass {self.mass:g} on springs of stiffness {self.stiffness:g} moves on no time scale a "
                f"float can hold for points that spread over about {self.scale:.0e} in y"
            )
        self._motion = motion

    def _residual(self) -> float:
        """The mean absolute residual of the least-squares line, scaled (the spread of y if 0)."""
        sxx = float(np.einsum("i,i->", self._dx, self._dx))
        slope = float(np.einsum("i,i->", self._dx, self._yc)) / sxx if sxx > 0 else 0.0
        residual = float(np.mean(np.abs(self._yc - slope * self._dx)))
        return residual if residual > 1e-12 * self._sd else self._sd

    # --- states in scaled units --------------------------------------------------------

    def _scaled(self, state: BarState) -> Scaled:
        ye, slope = self._y_exp, self._x_exp - self._y_exp
        u = math.ldexp(state.h, -ye) - math.ldexp(self.y_mean, -ye)
        return u, math.ldexp(state.s, slope), math.ldexp(state.vh, -ye), math.ldexp(state.vs, slope)

    def _state(self, scaled: Scaled, t: float) -> BarState:
        u, s, vh, vs = scaled
        ye, slope = self._y_exp, self._y_exp - self._x_exp
        return BarState(self.y_mean + _ldexp(u, ye), _ldexp(s, slope), _ldexp(vh, ye), _ldexp(vs, slope), t)

    def _energy_units(self, value: float) -> float:
        return _ldexp(self._unit * value, self._pull_exp + self._y_exp)

    def _kinetic(self, scaled: Scaled) -> float:
        motion = self._motion
        return 0.5 * (motion.mass_h * scaled[2] ** 2 + motion.mass_s * scaled[3] ** 2)

    def _potential(self, scaled: Scaled) -> float:
        return float(np.add.reduce(self._motion.law.values(self._motion.extensions(scaled[0], scaled[1]))))

    def _at_rest(self, scaled: Scaled, tolerance: float) -> bool:
        u, s, vh, vs = scaled
        speed = tolerance * self._sd / self.time_scale
        force = tolerance * self._force_ref
        f, torque = self._motion.force(u, s)
        lever = self._lever
        return abs(vh) <= speed and abs(vs) * lever <= speed and abs(f) <= force and abs(torque) <= force * lever

    def _advance(self, scaled: Scaled, duration: float, budget: float) -> tuple[Scaled, float]:
        """The scaled state `duration` later (or earlier than that, at the budget), and the time taken."""
        motion = self._motion
        run = motion.kinked if motion.law.kink is not None else motion.verlet
        u, s, vh, vs, elapsed = run(*scaled, duration, budget)
        return (u, s, vh, vs), elapsed

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
        u, s = self._scaled(state)[:2]
        with np.errstate(over="ignore"):
            return np.ldexp(self._motion.extensions(u, s), self._y_exp)

    def tensions(self, state: BarState) -> Array:
        """F_i = −(k/2)·dℓ/de(e_i): each spring's vertical pull on the bar."""
        u, s = self._scaled(state)[:2]
        g = self._motion.extensions(u, s)
        self._motion.law.slope(g, g)
        g *= -self._unit
        with np.errstate(over="ignore"):
            return np.ldexp(g, self._pull_exp)

    def spring_energies(self, state: BarState) -> Array:
        """U_i = (k/2)·ℓ(e_i)."""
        u, s = self._scaled(state)[:2]
        v = self._unit * self._motion.law.values(self._motion.extensions(u, s))
        with np.errstate(over="ignore"):
            return np.ldexp(v, self._pull_exp + self._y_exp)

    def forces(self, state: BarState) -> tuple[float, float]:
        """(ΣF_i, Σ(x_i − x̄)·F_i): the springs' net force and net torque on the bar."""
        u, s = self._scaled(state)[:2]
        f, torque = self._motion.force(u, s)
        return _ldexp(self._unit * f, self._pull_exp), _ldexp(self._unit * torque, self._pull_exp + self._x_exp)

    def kinetic(self, state: BarState) -> float:
        return self._energy_units(self._kinetic(self._scaled(state)))

    def potential(self, state: BarState) -> float:
        return self._energy_units(self._potential(self._scaled(state)))

    def energy(self, state: BarState) -> float:
        return self.kinetic(state) + self.potential(state)

    def at_rest(self, state: BarState, tolerance: float = REST_TOLERANCE) -> bool:
        """Speeds, net force and net torque all below `tolerance` of the data's scale."""
        return self._at_rest(self._scaled(state), tolerance)

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
        scaled, elapsed = self._advance(self._scaled(state), duration, budget)
        return self._state(scaled, state.t + elapsed)


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
    per_point: bool = False,
    progress: Callable[[float], None] | None = None,
) -> Simulation:
    """Let the bar go from the horizontal at ȳ, at rest, for `time`; `samples` energy samples.

    With `per_point`, `mass`, `damping` and `inertia` are each point's share (the bar's are n
    times as much): the motion, and the number of steps a simulated second takes, then do not
    depend on the number of points. With `stop_at_rest` the run ends at the first sample at
    which the bar is at rest. `progress` is called with the fraction of `time` done after each
    sample.
    """
    stiffness, mass, damping, time = check_settings(stiffness, mass, damping, time)
    if not 2 <= samples <= MAX_SAMPLES:
        raise InputError(f"samples must be between 2 and {MAX_SAMPLES}, got {samples}")
    whole = max(len(np.atleast_1d(np.asarray(x))), 1) if per_point else 1
    system = BarSystem(
        x, y, loss, delta=delta, quantile=quantile, alpha=alpha, stiffness=stiffness, mass=mass * whole,
        damping=damping * whole, inertia=None if inertia is None else inertia * whole, smoothing=smoothing,
    )  # fmt: skip
    if time / system.time_step > MAX_STEPS:
        raise InputError(
            f"{time:g} s of this bar's motion takes {time / system.time_step:.2g} steps of {system.time_step:.2g} s, "
            f"more than {MAX_STEPS:.0e}: the springs swing it that fast; give a shorter time or a heavier bar"
        )
    scaled: Scaled = (0.0, 0.0, 0.0, 0.0)
    t = 0.0
    intervals = samples - 1 if time > 0 else 0
    energy = []
    for j in range(intervals + 1):
        if j:
            scaled, elapsed = system._advance(scaled, time * j / intervals - t, math.inf)
            t += elapsed
            if progress is not None:
                progress(j / intervals)
        kinetic = system._energy_units(system._kinetic(scaled))
        potential = system._energy_units(system._potential(scaled))
        energy.append(EnergySample(t, kinetic, potential, kinetic + potential))
        if stop_at_rest and j and system._at_rest(scaled, REST_TOLERANCE):
            break
    state = system._state(scaled, t)
    intercept, slope = system.line(state)
    if not (math.isfinite(intercept) and math.isfinite(slope)):
        raise InputError("the bar's line is beyond the range of a float: scale the points down to simulate them")
    f, torque = system.forces(state)
    return Simulation(intercept, slope, f, torque, system.at_rest(state), t, tuple(energy), state, system)
