"""A worked epoch as plain text: each component's sum with its first terms, then the updates.

    Epoch 1: MSE on line by gradient descent, L = 0.0001, n = 100
    J = 11125.5 before (m = 0, c = 0)
    Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)
       = −(2/100)·[12.3·45.6 + 7.89·(−1.2) + 3.4·5.6 + … 97 more]
       = −13030
    m ← m − L·Dm: 0 − 0.0001 × (−13030) = 1.303
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .notation import num, operand

if TYPE_CHECKING:
    from .worked import Partial, Step, WorkedEpoch


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    """The words of a worked epoch as templates with {placeholders}: English here; the window
    passes them in the class's language (the core has no translations of its own)."""

    epoch: str = "Epoch {epoch}: {loss} on {model} by {optimizer}, L = {rate}, n = {n}"
    before: str = "J = {value} before ({coefficients})"
    after: str = "J = {value} after ({coefficients})"
    where: str = "where {text}"
    batch: str = "mini-batch {k} of {batches}: points {points}"
    one_more_batch: str = "… 1 more mini-batch, each stepped the same way"
    more_batches: str = "… {rest} more mini-batches, each stepped the same way"
    more: str = "… {rest} more"
    separator: str = ", "  # between the coefficients' values ("; " where the decimal mark is a comma)
    name: Callable[[str], str] = _same  # a loss's, a model's or an optimizer's name in the language


ENGLISH = Words()


def render(worked: WorkedEpoch, points: int | None = 3, words: Words = ENGLISH) -> str:
    order = _order(worked)
    names = worked.coefficients
    lines = [
        words.epoch.format(epoch=worked.epoch, loss=words.name(worked.loss), model=words.name(worked.model),
                           optimizer=words.name(worked.optimizer), rate=num(worked.rate), n=worked.n),
        words.before.format(value=num(worked.objective_before),
                            coefficients=_coefficients(names, worked.before, order, words.separator)),
    ]
    if worked.loss_where:
        lines.append(words.where.format(text=worked.loss_where))
    for k, step in enumerate(worked.steps):
        if worked.batches > 1:
            batch = ", ".join(str(i + 1) for i in step.points.index)
            lines.append(words.batch.format(k=k + 1, batches=worked.batches, points=batch))
        lines += _step_lines(step, order, worked.n, points, words)
    rest = worked.batches - len(worked.steps)
    if rest:
        lines.append(words.more_batches.format(rest=rest) if rest > 1 else words.one_more_batch)
    lines.append(words.after.format(value=num(worked.objective_after),
                                    coefficients=_coefficients(names, worked.after, order, words.separator)))
    return "\n".join(lines)


def _order(worked: WorkedEpoch) -> list[int]:
    """The blog's order for a line (m before c); the model's order otherwise."""
    k = len(worked.coefficients)
    return [1, 0] if worked.model == "line" else list(range(k))


def _coefficients(names: tuple[str, ...], beta: np.ndarray, order: list[int], separator: str = ", ") -> str:
    return separator.join(f"{names[j]} = {num(float(beta[j]))}" for j in order)


def _step_lines(step: Step, order: list[int], n: int, points: int | None, words: Words = ENGLISH) -> list[str]:
    lines: list[str] = []
    b = len(step.points.index)
    for j in order:
        partial = step.partials[j]
        indent = " " * (len(partial.symbol) + 1)
        lines.append(partial.formula)
        lines.append(f"{indent}= {_numbers(partial, step, n, b, points, words)}")
        lines.append(f"{indent}= {num(partial.value)}")
    for j in order:
        lines += [q.text() for q in step.updates[j]]
    return lines


def _numbers(partial: Partial, step: Step, n: int, b: int, points: int | None, words: Words = ENGLISH) -> str:
    factors = step.points.factor if partial.factors is None else partial.factors
    text = _with_sizes(partial.scale_text, n, b) + _terms(partial.features, factors, partial.feature, points, words)
    if partial.cap_terms is not None and step.points.over_cap is not None:
        cap = _terms(partial.features, step.points.over_cap, partial.feature, points, words)
        text += f" + {num(partial.cap_scale)}·{cap}"
    if partial.penalty_numbers:
        text += " + " + partial.penalty_numbers
    return text


def _with_sizes(scale_text: str, n: int, b: int) -> str:
    return scale_text.replace("·n/b", f"·{n}/{b}").replace("/n)", f"/{n})").replace("/b)", f"/{b})")


def _terms(features: np.ndarray, factors: np.ndarray, feature: str, points: int | None,
           words: Words = ENGLISH) -> str:
    """[x₁·s₁ + x₂·s₂ + … k more] with the numbers; the intercept's terms are the factors alone."""
    shown = len(factors) if points is None else min(points, len(factors))
    parts = []
    for i in range(shown):
        s = operand(float(factors[i]))
        parts.append(f"{operand(float(features[i]))}·{s}" if feature else s)
    rest = len(factors) - shown
    if rest:
        parts.append(words.more.format(rest=rest))
    return "[" + " + ".join(parts) + "]"
