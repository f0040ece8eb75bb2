"""The bar's motion in scaled units: the integrators behind `physics.BarSystem.advance`.

Coordinates u (height above ȳ at x̄) and s (slope), in the units of `springs`: spring i is
stretched by ε_i = u + s·dx_i − yc_i and its pull contributes −g(ε_i) to the force G and
−dx_i·g(ε_i) to the torque T. The equations are

    m_h·ü = G − γ_h·m_h·u̇,      m_s·s̈ = T − γ_s·m_s·ṡ,

with the masses m_h, m_s and drag rates γ_h, γ_s that `BarSystem` derives from the bar's
settings. Every sum over the springs goes through NumPy's own loops (never BLAS, whose
result depends on the processor and its threads), so a run is the same on every machine.

Smooth springs: kick–drift–kick (velocity Verlet) in equal steps, each half kick exact for
v̇ = F/m − γ·v with F held fixed. For squared error the force is linear, and the sums over
the points are four sufficient statistics: a step costs O(1) whatever n is.

Kinked springs: constant pulls between the kinks, where Verlet is exact. A spring that
crosses its kink within a step is corrected for its crossing time θ·dt (by ½(1 − θ)²·dt²·ΔF/m
in position and (½ − θ)·dt·ΔF/m in velocity, ΔF the jump in its pull), which is exact for
constant forces. A band is *stiff* when springs in it would swing faster than the step can
follow, (ω·dt)² > SOFT with ω² from the band's slope²/width over the bar's masses; only then
does it need care: a slow spring is met in shorter steps (cut 1.5 band widths before its
kink), and while a stiff band is within 2 widths the bar moves by backward Euler (Newton's
method with an exact line search), which holds a slowly arriving spring as static friction
would. A soft band is simply a steep stretch of a continuous force, which Verlet follows.
One spring's band is stiff on small data sets and soft on large ones (the bar's mass grows
with the number of points), so the work of a simulated second does not grow faster than n.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .springs import Kink, SpringLaw

Array = NDArray[np.float64]

#: a kink may be crossed within a Verlet step if its pull changes the spring's speed by less than this
CROSSING = 0.25
#: a band is soft, and Verlet follows it, while (ω·dt)² of its springs stays below this
SOFT = 1.0


def _sums(v: Array, dx: Array) -> tuple[float, float]:
    """(Σv, Σv·dx) by NumPy's own loops."""
    return float(np.add.reduce(v)), float(np.einsum("i,i->", v, dx))


def _dot(a: Array, b: Array) -> float:
    return float(np.einsum("i,i->", a, b))


def decay(gamma: float, dt: float) -> tuple[float, float]:
    """(a, c) with v(dt) = a·v + c·F/m for v̇ = F/m − γ·v and F fixed."""
    if gamma == 0.0:
        return 1.0, dt
    return math.exp(-gamma * dt), -math.expm1(-gamma * dt) / gamma


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

    def near(self) -> NDArray[np.intp]:
        """The springs within two band widths of their kinks."""
        return np.flatnonzero(np.abs(self.zone) < 2.0)


class Motion:
    """The equations of motion of one bar in scaled units, and their integrators."""

    def __init__(
        self, dx: Array, yc: Array, law: SpringLaw, masses: tuple[float, float], rates: tuple[float, float],
        time_step: float,
    ) -> None:  # fmt: skip
        self.dx, self.yc, self.law = dx, yc, law
        self.n = len(dx)
        self.mass_h, self.mass_s = masses
        self.gamma_h, self.gamma_s = rates
        self.time_step = time_step
        if law.square_weight is not None:  # g = 2w·ε: the sums need only Σdx, Σdx², Σyc, Σdx·yc
            self._stats = (
                2.0 * law.square_weight, float(np.add.reduce(dx)), _dot(dx, dx), float(np.add.reduce(yc)), _dot(dx, yc)
            )  # fmt: skip

    # --- forces -----------------------------------------------------------------------

    def extensions(self, u: float, s: float, out: Array | None = None) -> Array:
        """ε_i = u + s·dx_i − yc_i."""
        e = np.multiply(self.dx, s, out=out)
        e -= self.yc
        e += u
        return e

    def force(self, u: float, s: float) -> tuple[float, float]:
        """(G, T): the springs' net force and torque on the bar."""
        if self.law.square_weight is not None:
            return self._linear_force(u, s)
        e = self.extensions(u, s)
        self.law.slope(e, e)
        total, turning = _sums(e, self.dx)
        return -total, -turning

    def _linear_force(self, u: float, s: float) -> tuple[float, float]:
        two_w, s1, s2, sy, sxy = self._stats
        return -two_w * (self.n * u + s1 * s - sy), -two_w * (s1 * u + s2 * s - sxy)

    def omega2(self, curvature: float, count: float, sum_dx: float, sum_dx2: float) -> float:
        """Largest eigenvalue of the mass-weighted stiffness c·Σ[1, dx; dx, dx²] over `count` springs."""
        a = curvature * count / self.mass_h
        c = curvature * sum_dx2 / self.mass_s
        b = curvature * sum_dx / math.sqrt(self.mass_h * self.mass_s)
        return 0.5 * (a + c) + math.hypot(0.5 * (a - c), b)

    # --- smooth springs ---------------------------------------------------------------

    def verlet(self, u: float, s: float, vh: float, vs: float, duration: float, budget: float) -> tuple[float, ...]:
        """Kick–drift–kick in equal steps; each half kick is exact for v̇ = F/m − γ·v, F fixed."""
        steps = max(1, math.ceil(duration / self.time_step - 1e-9))
        dt = duration / steps
        if steps > budget:
            steps, dt, duration = int(budget), self.time_step, budget * self.time_step
        if self.law.square_weight is not None:
            force = self._linear_force
        else:
            e, dx, slope = np.empty(self.n), self.dx, self.law.slope

            def force(u: float, s: float) -> tuple[float, float]:
                self.extensions(u, s, out=e)
                slope(e, e)
                total, turning = _sums(e, dx)
                return -total, -turning

        f, torque = force(u, s)
        ah, ch = decay(self.gamma_h, 0.5 * dt)
        as_, cs = decay(self.gamma_s, 0.5 * dt)
        ch /= self.mass_h
        cs /= self.mass_s
        for _ in range(steps):
            vh = vh * ah + f * ch
            vs = vs * as_ + torque * cs
            u += dt * vh
            s += dt * vs
            f, torque = force(u, s)
            vh = vh * ah + f * ch
            vs = vs * as_ + torque * cs
        return u, s, vh, vs, duration

    # --- kinked springs -----------------------------------------------------------------

    @property
    def _kink(self) -> Kink:
        assert self.law.kink is not None
        return self.law.kink

    def _kink_force(self, u: float, s: float, work: _Work) -> tuple[float, float]:
        """`force` for kinked springs; fills work.e, work.q = clip(r, −1, 1) and work.zone.

        zone is trunc(r) clipped to [−2, 2]: 0 in the band, ±1 within twice its width,
        ±2 beyond (r as in `springs._Kinked.ratio`).
        """
        e, q, zone = work.e, work.q, work.zone
        work.evaluations += 1
        self.extensions(u, s, out=e)
        self.law.ratio(e, q)  # type: ignore[attr-defined]
        np.trunc(q, out=zone)
        np.clip(zone, -2.0, 2.0, out=zone)
        np.clip(q, -1.0, 1.0, out=q)
        up, down = self._kink.up, self._kink.down
        total, turning = _sums(q, self.dx)
        f, torque = 0.5 * (up + down) * total, 0.5 * (up + down) * turning
        if up != down:  # g = a·q + c·|q|
            np.abs(q, out=work.aq)
            total, turning = _sums(work.aq, self.dx)
            f, torque = f + 0.5 * (up - down) * total, torque + 0.5 * (up - down) * turning
        return -f, -torque

    def _band_stiffness(self, e: Array) -> Array:
        """dg/dε of springs within their band: slope²/width on ε's side."""
        kink = self._kink
        return np.asarray(np.where(e >= 0.0, kink.up * kink.up, kink.down * kink.down) / kink.width)

    def _swing(self, springs: NDArray[np.intp], dt: float) -> Array:
        """(ω·dt)² of each spring's band alone on the bar: stiffness·(1/m_h + dx²/m_s)·dt²."""
        lever = self.dx[springs]
        return np.asarray(self._kink.stiffness * dt * dt * (1.0 / self.mass_h + lever * lever / self.mass_s))

    def kinked(self, u: float, s: float, vh: float, vs: float, duration: float, budget: float) -> tuple[float, ...]:
        """Verlet away from stiff bands, backward Euler through them.

        Away from the kinks every force is constant, so a Verlet step is exact there; a
        step that would bring a spring into a stiff band (or past it, too slowly to correct
        for) is cut short to end 1.5 band widths from its kink. While a spring is within 2
        widths of a stiff band, or the springs in their bands are stiff together, steps are
        taken by backward Euler, v' = a·v + c·F(x')/m, x' = x + dt·v' (a, c exact for the
        drag): x' minimizes ½·Σ w_j·(x'_j − x̂_j)² + U(x') with x̂ = x + dt·a·v and
        w = m/(dt·c), found by Newton's method with an exact line search (U is piecewise
        quadratic); such a step is no longer than a moving spring takes to get 2.5 widths
        past a stiff kink. Backward Euler is stable however stiff the band and damps its
        swing, so a spring that reaches its kink slowly is held there; a fast one passes in
        a short step that costs the bar almost no energy.
        """
        kink = self._kink
        width, up, down = kink.width, kink.up, kink.down
        work, trial = _Work(self.n), _Work(self.n)
        f, torque = self._kink_force(u, s, work)
        regular = duration / max(1, math.ceil(duration / self.time_step - 1e-9))
        gamma_h, gamma_s = self.gamma_h, self.gamma_s
        inv_m, inv_i = 1.0 / self.mass_h, 1.0 / self.mass_s
        elapsed = 0.0
        while elapsed < duration and work.evaluations + trial.evaluations < budget:
            dt = min(regular, duration - elapsed)
            zone = work.zone
            near = work.near()
            swing = self._swing(near, dt)
            stiff = near[swing > SOFT]  # within two widths of a band too stiff for Verlet
            backward = stiff.size > 0 or float(np.add.reduce(swing[zone[near] == 0.0])) > SOFT
            if not backward:  # Verlet, cut short 1.5 band widths before a stiff kink it reaches
                for _ in range(12):
                    ah, ch = decay(gamma_h, 0.5 * dt)
                    as_, cs = decay(gamma_s, 0.5 * dt)
                    ph = vh * ah + f * ch * inv_m
                    ps = vs * as_ + torque * cs * inv_i
                    fix = (0.0, 0.0, 0.0, 0.0)
                    f1, t1 = self._kink_force(u + dt * ph, s + dt * ps, trial)
                    if np.array_equal(trial.zone, zone):
                        break
                    changed = np.flatnonzero(trial.zone * zone != 4.0)
                    changed = changed[trial.zone[changed] * zone[changed] != 2.0]  # more than just near
                    if changed.size == 0:
                        break
                    clean = trial.zone[changed] * zone[changed] == -4.0  # kinks crossed cleanly
                    hard = changed[self._swing(changed, dt) > SOFT]
                    if hard.size == 0:  # soft bands only: Verlet follows them, if not too many at once
                        banded = np.flatnonzero(trial.zone == 0.0)
                        if float(np.add.reduce(self._swing(banded, dt))) > SOFT:
                            backward = True
                            break
                        fix = self._crossings(changed[clean], work.e, trial.e, vh, vs, f, torque, dt)[0]
                        if fix != (0.0, 0.0, 0.0, 0.0):
                            f1, t1 = self._kink_force(u + dt * ph + fix[0], s + dt * ps + fix[1], trial)
                        break
                    if clean.all():
                        crossing, slow = self._crossings(changed, work.e, trial.e, vh, vs, f, torque, dt)
                        if not slow:
                            landed = trial.zone.copy()
                            du, ds = crossing[:2]
                            f1, t1 = self._kink_force(u + dt * ph + du, s + dt * ps + ds, trial)
                            if np.array_equal(trial.zone, landed):
                                fix = crossing
                                break
                    side = np.sign(work.e[hard])  # each starts two band widths out or more
                    start = np.abs(work.e[hard])
                    edge = np.where(side > 0, width / up, width / down)
                    travel = start - side * trial.e[hard]
                    cut = min(0.999, max(float(np.min((start - 1.5 * edge) / travel)), 1e-6))
                    dt = max(dt * cut, 1e-9 * regular)
                else:
                    backward = True
            if backward:  # backward Euler, short enough for a moving spring to get past a stiff band
                if stiff.size:
                    rate = vh + vs * self.dx[stiff]
                    edge = np.where(rate > 0, width / up, width / down)
                    reach = 2.5 * edge - np.sign(rate) * work.e[stiff]
                    speed = np.abs(rate)
                    passing = np.divide(reach, speed, out=np.full(stiff.size, np.inf), where=speed > 0.0)
                    dt = min(dt, max(float(np.min(passing)), 1e-9 * regular))
                ah, ch = decay(gamma_h, dt)
                as_, cs = decay(gamma_s, dt)
                wh, ws = self.mass_h / (dt * ch), self.mass_s / (dt * cs)
                uh, sh = u + dt * ah * vh, s + dt * as_ * vs
                u, s = uh + f / wh, sh + torque / ws
                f, torque = self._kink_force(u, s, work)
                if near.size == 0:
                    near = work.near()
                near_dx = self.dx[near]
                if kink.stiffness * (near.size / wh + _dot(near_dx, near_dx) / ws) > 1e-6:  # the bands matter
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
    ) -> tuple[tuple[float, float, float, float], bool]:
        """What a Verlet step misses when springs cross their kinks within it, and whether one was slow.

        A spring crossing at t = θ·dt changes the force by ΔF (its kink's jump) for the
        rest of the step; Verlet, which sees the forces at both ends, is off by
        ½(1 − θ)²·dt²·ΔF in position and (½ − θ)·dt·ΔF in velocity (per unit mass), and
        these are returned as (Δu, Δs, Δu̇, Δṡ), summed over the springs fast enough to be
        sure to cross only once. A slow one is left out and reported: its band must be
        met in shorter steps if it is stiff.
        """
        up, down = self._kink.up, self._kink.down
        lever = self.dx[crossed]
        start = e0[crossed]
        speed = vh + vs * lever
        pull = (up + down) * np.sign(start)  # ΔF as the kink is crossed
        effect = 1.0 / self.mass_h + lever * lever / self.mass_s  # 1/(the spring's effective mass)
        slow = np.abs(pull) * dt * effect >= CROSSING * np.abs(speed)
        any_slow = bool(slow.any())
        if any_slow:
            fast = ~slow
            lever, start, speed, pull, crossed = lever[fast], start[fast], speed[fast], pull[fast], crossed[fast]
        if crossed.size == 0:
            return (0.0, 0.0, 0.0, 0.0), any_slow
        # θ from e(t) = e0 + ė·t + ½·ë·t² (forces before the crossing), by Newton from the chord
        accel = f / self.mass_h + lever * torque / self.mass_s
        t = dt * start / (start - e1[crossed])
        slope = speed + accel * t
        step = np.divide(start + t * (speed + 0.5 * accel * t), slope, out=np.zeros_like(t), where=slope != 0.0)
        theta = np.clip((t - step) / dt, 0.0, 1.0)
        late = 0.5 * (1.0 - theta) ** 2 * dt * dt * pull
        early = (0.5 - theta) * dt * pull
        total_late, turn_late = _sums(late, lever)
        total_early, turn_early = _sums(early, lever)
        return (
            total_late / self.mass_h, turn_late / self.mass_s, total_early / self.mass_h, turn_early / self.mass_s
        ), any_slow  # fmt: skip

    def _newton(
        self, uh: float, sh: float, wh: float, ws: float, xu: float, xs: float, f: float, torque: float,
        work: _Work, trial: _Work,
    ) -> tuple[float, float, float, float]:  # fmt: skip
        """Minimize ½wh(xu − uh)² + ½ws(xs − sh)² + U from (xu, xs), described by `work`.

        On exit `work` describes the returned point.
        """
        dx = self.dx
        for _ in range(50):
            gu, gs = wh * (xu - uh) - f, ws * (xs - sh) - torque
            if gu == 0.0 and gs == 0.0:
                break
            band = np.flatnonzero(work.zone == 0.0)
            huu, hus, hss = wh, 0.0, ws
            if band.size:
                bdx = dx[band]
                kappa = self._band_stiffness(work.e[band])
                huu += float(np.add.reduce(kappa))
                hus = _dot(kappa, bdx)
                hss += _dot(kappa, bdx * bdx)
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
        low, high = self._kink.band
        d = self.dx * ds + du
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
            self.law.slope(work, work)
            p = a0 + a1 * t + _dot(work, d)
            if p >= 0.0:
                return float(t_prev + (t - t_prev) * (-p_prev) / (p - p_prev))
            t_prev, p_prev = float(t), p
        return t_prev + (1.0 - t_prev) * (-p_prev) / (slope1 - p_prev)
