"""The worked epoch: one epoch's arithmetic in the blog's notation, with the real numbers.

For a line and MSE the gradient's components are written as the blog writes them,

    Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)      Dc = −(2/n)·Σ(yᵢ − ŷᵢ)      m ← m − L·Dm,

each loss with its own per-point factor sᵢ (dℓ/dŷ = c·sᵢ: the residual, its sign, its clipped
value, tanh, the quantile's or the asymmetric loss's slopes, σ(z) − y ...), each model with its
own features (1, xᵢ, xᵢ^j, x1ᵢ, x2ᵢ), the cap penalty's extra sum and the L1/L2 terms, and the
optimizer's own update lines (`Optimizer.explain`). A softmax model's component Dβₖⱼ sums its
feature j against class k's factor p̂ᵢₖ − yᵢₖ. A component's value is the core's gradient
and the new β the optimizer's update, so the worked numbers are the descent's numbers; the
per-point terms add up to them to rounding. `text` (in `worked_text`) renders it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from .models import ROW, SUBSCRIPTS
from .notation import Quantity, operand, power
from .objective import Objective
from .optimizers import Optimizer

if TYPE_CHECKING:
    from .fitting import Descent
    from .worked_text import Words

Array = NDArray[np.float64]
Indices = NDArray[np.intp]


@dataclass(frozen=True)
class PointTable:
    """The points of one step with their prediction ŷᵢ (the logit zᵢ to classify; a softmax model's
    K scores, n × K) and factor sᵢ (n × K for the softmax model: one per class)."""

    index: Indices  # which points (0-based): all of them, or a mini-batch
    x: Array
    y: Array
    prediction: Array
    factor: Array  # sᵢ: dℓ/dŷ = scale·sᵢ (n × K for a softmax model)
    over_cap: Array | None  # max(0, ŷᵢ − C) where a cap penalises predictions

    @property
    def residual(self) -> Array:
        """yᵢ − ŷᵢ."""
        return np.asarray(self.y - self.prediction)


@dataclass(frozen=True)
class Partial:
    """One component D_j of ∇J as its sums: scale·Σ terms + cap_scale·Σ cap_terms + penalty."""

    coefficient: str  # m
    symbol: str  # Dm
    formula: str  # Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)
    feature: str  # xᵢ ("" for the intercept): ∂ŷᵢ/∂β_j
    features: Array  # its value at each point
    scale: float  # the number before Σ: −2/n
    scale_text: str  # −(2/n)
    terms: Array  # features·sᵢ: what Σ adds up
    cap_scale: float  # 2λ/n (0 without a cap)
    cap_terms: Array | None  # features·max(0, ŷᵢ − C)
    penalty_formula: str  # 2λ₂·m + λ₁·sign(m), "" for the intercept or without L1/L2
    penalty_numbers: str
    penalty: float
    value: float  # D_j, the component the optimizer steps along
    #: the factors sᵢ this component sums when they are not the points' only ones (a softmax class's)
    factors: Array | None = None

    @property
    def loss_part(self) -> float:
        return self.scale * float(np.sum(self.terms))

    @property
    def cap_part(self) -> float:
        return 0.0 if self.cap_terms is None else self.cap_scale * float(np.sum(self.cap_terms))


@dataclass(frozen=True)
class Step:
    """One step of the optimizer: the gradient as sums over `points`, and each coefficient's update."""

    points: PointTable
    partials: tuple[Partial, ...]
    updates: tuple[tuple[Quantity, ...], ...]  # per coefficient; the last line gives its new value
    before: Array
    after: Array

    @property
    def gradient(self) -> Array:
        return np.array([p.value for p in self.partials])


@dataclass(frozen=True)
class WorkedEpoch:
    """The arithmetic of epoch `epoch` (records `epoch − 1` to `epoch`): one step, or one per mini-batch."""

    epoch: int
    loss: str  # the loss's label: MSE
    model: str
    optimizer: str  # the optimizer's title
    coefficients: tuple[str, ...]  # c, m
    rate: float  # L of this epoch
    n: int
    loss_where: str  # what the loss's factor means, when it is a name
    objective_before: float
    objective_after: float
    steps: tuple[Step, ...]  # the steps written out (the first `written` of a stochastic epoch's)
    state_after: Any  # the optimizer's state after the epoch
    batches: int = 1  # the epoch's steps: one, or its mini-batches (some may not be written out)
    final: Array | None = None  # β after the epoch, when its last steps are not written out

    @property
    def before(self) -> Array:
        return self.steps[0].before

    @property
    def after(self) -> Array:
        return self.steps[-1].after if self.final is None else self.final

    @property
    def gradient(self) -> Array:
        """The gradient of the first step (the full-batch ∇J but for sgd)."""
        return self.steps[0].gradient

    def text(self, points: int | None = 3, words: Words | None = None) -> str:
        """The epoch as plain text; each sum shows its first `points` terms (None: all of them);
        `words` in another language (worked_text.Words; English without)."""
        from .worked_text import ENGLISH, render

        return render(self, points, words or ENGLISH)


def feature_symbols(objective: Objective) -> tuple[str, ...]:
    """∂ŷᵢ/∂β_j as written: "" (the intercept's 1), xᵢ, xᵢ², … or x1ᵢ, x2ᵢ for the logistic model
    (and for every row of a softmax model)."""
    if objective.model.classification:
        return ("", "x1ᵢ", "x2ᵢ") * (objective.model.classes if objective.model.softmax else 1)
    return tuple("" if j == 0 else power("xᵢ", j) for j in range(objective.n_coefficients))


def _sum_of(feature: str, factor: str) -> str:
    """Σ xᵢ(yᵢ − ŷᵢ), Σ xᵢ·sign(yᵢ − ŷᵢ), Σ(yᵢ − ŷᵢ), Σ sign(yᵢ − ŷᵢ)."""
    if not feature:
        return "Σ" + (factor if factor.startswith("(") else " " + factor)
    return "Σ " + feature + (factor if factor.startswith("(") else "·" + factor)


def prefactor(scale: float, per: str) -> str:
    """The factor before Σ: −(2/n), (1/n), −2·, − or "" (`per`: n, b, n/b or "" for a plain sum)."""
    sign = "−" if scale < 0 else ""
    size = abs(scale)
    digits = f"{size:g}"
    if per in ("n", "b"):
        return f"{sign}({digits}/{per})·"
    if per == "n/b":
        return f"{sign}({digits}·n/b)·"
    return sign if size == 1 else f"{sign}{digits}·"


def work_step(
    objective: Objective,
    optimizer: Optimizer,
    beta: Array,
    state: Any,
    rate: float,
    batch: Indices | None = None,
) -> tuple[Step, Any]:
    """One optimizer step from β written out, and the optimizer's state after it."""
    obj, loss, pen = objective, objective.loss, objective.penalties
    slope = loss.written_slope
    beta = np.asarray(beta, dtype=float)
    index = np.arange(obj.n) if batch is None else np.asarray(batch)
    design = obj.design[index]
    x, y = obj.x[index], obj.y[index]
    softmax = obj.model.softmax
    p = design @ obj.model.rows(beta).T if softmax else design @ beta
    factor = loss.gradient(p, y) / slope.scale
    over = np.maximum(p - pen.cap, 0.0) if pen.capped and pen.cap is not None else None
    if batch is None:
        _, grad = obj.value_and_grad(beta)
        weight, per = obj.weight, ("n" if obj.reduction == "mean" else "")
    else:
        _, grad = obj.batch_value_and_grad(beta, index)
        weight = (1.0 if obj.reduction == "mean" else float(obj.n)) / len(index)
        per = "b" if obj.reduction == "mean" else "n/b"
    scale_text = prefactor(slope.scale, per)
    partials = []
    for j, (name, feature) in enumerate(zip(obj.model.coefficient_names, feature_symbols(obj))):
        k, column = divmod(j, ROW) if softmax else (0, j)
        features = design[:, column]
        factors = factor[:, k] if softmax else None
        written = slope.factor.replace("ₖ", str(k).translate(SUBSCRIPTS)) if softmax else slope.factor
        formula = f"D{name} = {scale_text}{_sum_of(feature, written)}"
        cap_terms = None
        if over is not None:
            cap_terms = features * over
            formula += f" + {prefactor(2.0, per)}λ·{_sum_of(feature, 'max(0, ŷᵢ − C)')}"
        pen_formula, pen_numbers, pen_value = _penalty(obj, name, j, float(beta[j]))
        if pen_formula:
            formula += " + " + pen_formula
        partials.append(
            Partial(
                coefficient=name,
                symbol=f"D{name}",
                formula=formula,
                feature=feature,
                features=features,
                scale=slope.scale * weight,
                scale_text=scale_text,
                terms=features * (factor if factors is None else factors),
                cap_scale=2.0 * pen.cap_weight * weight,
                cap_terms=cap_terms,
                penalty_formula=pen_formula,
                penalty_numbers=pen_numbers,
                penalty=pen_value,
                value=float(grad[j]),
                factors=factors,
            )
        )
    after, state, updates = optimizer.explain(beta, grad, state, rate, obj.model.coefficient_names)
    points = PointTable(index, x, y, p, factor, over)
    return Step(points, tuple(partials), updates, beta, after), state


def _penalty(obj: Objective, name: str, j: int, b: float) -> tuple[str, str, float]:
    """The L2 and L1 terms of D_j: 2λ₂·β_j + λ₁·sign(β_j) (none for the intercept)."""
    pen = obj.penalties
    if not obj.penalties.penalised(obj.n_coefficients)[j]:
        return "", "", 0.0
    formulas, numbers, value = [], [], 0.0
    if pen.l2:
        formulas.append(f"2λ₂·{name}")
        numbers.append(f"2 × {pen.l2:g} × {operand(b)}")
        value += 2.0 * pen.l2 * b
    if pen.l1:
        formulas.append(f"λ₁·sign({name})")
        numbers.append(f"{pen.l1:g} × {operand(float(np.sign(b)))}")
        value += pen.l1 * float(np.sign(b))
    return " + ".join(formulas), " + ".join(numbers), value


def work_epoch(
    objective: Objective,
    optimizer: Optimizer,
    beta: Array,
    state: Any = None,
    *,
    rate: float | None = None,
    epoch: int = 1,
    batches: list[Indices] | None = None,
    written: int | None = None,
) -> WorkedEpoch:
    """The arithmetic of one epoch from β with the optimizer's `state` (None: a fresh one).

    `rate` is the epoch's learning rate (the optimizer's own by default); `batches` the
    mini-batches of a stochastic optimizer's epoch (drawn with a fresh seed-0 generator if
    not given: pass a descent's own, or use `work_descent`); `written` how many of them are
    written out (None: all), the others are stepped as a descent steps them.
    """
    beta = np.asarray(beta, dtype=float)
    if state is None:
        state = optimizer.init(beta)
    lr = optimizer.lr if rate is None else float(rate)
    if optimizer.stochastic and batches is None:
        batches = optimizer.batches(objective.n, np.random.default_rng(0))
    steps = []
    before = objective.value(beta)
    chosen: list[Indices | None] = list(batches) if optimizer.stochastic and batches is not None else [None]
    for k, batch in enumerate(chosen):
        if written is None or k < written:
            step, state = work_step(objective, optimizer, beta, state, lr, batch)
            steps.append(step)
            beta = step.after
        else:  # only a stochastic epoch has steps left unwritten: each with its batch
            assert batch is not None
            _, grad = objective.batch_value_and_grad(beta, batch)
            beta, state = optimizer.update(beta, grad, state, lr)
    return WorkedEpoch(
        epoch=epoch,
        loss=objective.loss.label,
        model=objective.model.name,
        optimizer=optimizer.title,
        coefficients=objective.model.coefficient_names,
        rate=lr,
        n=objective.n,
        loss_where=_where(objective),
        objective_before=before,
        objective_after=objective.value(beta),
        steps=tuple(steps),
        state_after=state,
        batches=len(chosen),
        final=None if len(steps) == len(chosen) else beta,
    )


def _where(objective: Objective) -> str:
    """What the loss's factor means, with its parameters: `τᵢ = q where … (q = 0.3)`."""
    loss = objective.loss
    where = loss.written_slope.where
    symbols = {p.name: p.symbol for p in loss.parameters}
    params = ", ".join(f"{symbols[k]} = {v:g}" for k, v in loss.params().items())
    if params:
        where = f"{where} ({params})" if where else params
    return where


def work_descent(descent: Descent, written: int | None = None) -> WorkedEpoch:
    """The next epoch of `descent` written out, without advancing it (its mini-batches included;
    the first `written` of them written out, None: all)."""
    batches = None
    if descent.optimizer.stochastic:
        batches = descent.optimizer.batches(descent.objective.n, copy.deepcopy(descent.rng))
    return work_epoch(
        descent.objective,
        descent.optimizer,
        descent.coefficients,
        descent.state,
        rate=descent.rate,
        epoch=descent.epoch + 1,
        batches=batches,
        written=written,
    )
