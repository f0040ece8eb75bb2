"""A worked epoch as plain text: each component's sum with its first terms, then the updates.

    Epoch 1: MSE on line by gradient descent, L = 0.0001, n = 100
    J = 11125.5 before (m = 0, c = 0)
    Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)
       = −(2/100)·[12.3·45.6 + 7.89·(−1.2) + 3.4·5.6 + … 97 more]
       = −13030
    m ← m − L·Dm: 0 − 0.0001 × (−13030) = 1.303
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .notation import num, operand

if TYPE_CHECKING:
    from .worked import Partial, Step, WorkedEpoch


def render(worked: WorkedEpoch, points: int | None = 3) -> str:
    order = _order(worked)
    names = worked.coefficients
    lines = [
        f"Epoch {worked.epoch}: {worked.loss} on {worked.model} by {worked.optimizer}, "
        f"L = {num(worked.rate)}, n = {worked.n}",
        f"J = {num(worked.objective_before)} before ({_coefficients(names, worked.before, order)})",
    ]
    if worked.loss_where:
        lines.append(f"where {worked.loss_where}")
    for k, step in enumerate(worked.steps):
        if worked.batches > 1:
            batch = ", ".join(str(i + 1) for i in step.points.index)
            lines.append(f"mini-batch {k + 1} of {worked.batches}: points {batch}")
        lines += _step_lines(step, order, worked.n, points)
    rest = worked.batches - len(worked.steps)
    if rest:
        lines.append(f"… {rest} more mini-batch{'es' if rest > 1 else ''}, each stepped the same way")
    lines.append(f"J = {num(worked.objective_after)} after ({_coefficients(names, worked.after, order)})")
    return "\n".join(lines)


def _order(worked: WorkedEpoch) -> list[int]:
    """The blog's order for a line (m before c); the model's order otherwise."""
    k = len(worked.coefficients)
    return [1, 0] if worked.model == "line" else list(range(k))


def _coefficients(names: tuple[str, ...], beta: np.ndarray, order: list[int]) -> str:
    return ", ".join(f"{names[j]} = {num(float(beta[j]))}" for j in order)


def _step_lines(step: Step, order: list[int], n: int, points: int | None) -> list[str]:
    lines: list[str] = []
    b = len(step.points.index)
    for j in order:
        partial = step.partials[j]
        indent = " " * (len(partial.symbol) + 1)
        lines.append(partial.formula)
        lines.append(f"{indent}= {_numbers(partial, step, n, b, points)}")
        lines.append(f"{indent}= {num(partial.value)}")
    for j in order:
        lines += [q.text() for q in step.updates[j]]
    return lines


def _numbers(partial: Partial, step: Step, n: int, b: int, points: int | None) -> str:
    factors = step.points.factor if partial.factors is None else partial.factors
    text = _with_sizes(partial.scale_text, n, b) + _terms(partial.features, factors, partial.feature, points)
    if partial.cap_terms is not None and step.points.over_cap is not None:
        cap = _terms(partial.features, step.points.over_cap, partial.feature, points)
        text += f" + {num(partial.cap_scale)}·{cap}"
    if partial.penalty_numbers:
        text += " + " + partial.penalty_numbers
    return text


def _with_sizes(scale_text: str, n: int, b: int) -> str:
    return scale_text.replace("·n/b", f"·{n}/{b}").replace("/n)", f"/{n})").replace("/b)", f"/{b})")


def _terms(features: np.ndarray, factors: np.ndarray, feature: str, points: int | None) -> str:
    """[x₁·s₁ + x₂·s₂ + … k more] with the numbers; the intercept's terms are the factors alone."""
    shown = len(factors) if points is None else min(points, len(factors))
    parts = []
    for i in range(shown):
        s = operand(float(factors[i]))
        parts.append(f"{operand(float(features[i]))}·{s}" if feature else s)
    rest = len(factors) - shown
    if rest:
        parts.append(f"… {rest} more")
    return "[" + " + ".join(parts) + "]"
