"""The worked epoch: the arithmetic of the descent's next epoch in the blog's notation, with the
real numbers (core/worked.py writes it; this view shows it, large enough for a projector).

    Epoch 4: MSE on line by gradient descent, L = 0.0001, n = 100
    Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)
       = −(2/100)·[12.3·45.6 + 7.89·(−1.2) + 3.4·5.6 + … 97 more]
       = −869.09
    m ← m − L·Dm: 1.303 − 0.0001 × (−869.09) = 1.3899

It shows the epoch that Step (→) takes next, from where the lesson's descent stands: the
optimizer's state (velocity, running averages, the mini-batch generator) is the run's own
(`Runner.next_from`), so the numbers are the descent's numbers. While a run goes it follows
it, at most a few times a second and only when it is on show: it is computed on the GUI
thread, for the shown epoch alone, and never touches the running descent.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTimer, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from lossexplorer.core import InputError, work_epoch
from lossexplorer.core.notation import DIGITS, FULL_DIGITS, digits
from lossexplorer.core.worked_text import ENGLISH, Words

from . import theme
from .i18n import core_tr, number, translate

if TYPE_CHECKING:
    from .lesson import Lesson
    from .runner import Runner

#: the terms of each sum written out, and the mini-batches of a stochastic epoch
FIRST_TERMS, FIRST_BATCHES = 3, 2
#: "show all" writes at most this many terms of a sum and mini-batches of an epoch (a longer text
#: would take seconds to lay out, and nobody reads it)
ALL_TERMS, ALL_BATCHES = 1000, 20
#: while a run goes, the view is written again at most this often, and at most 1/DUTY of the time
#: (10⁶ points: a writing costs about 0.2 s, so every 4 s): the GUI thread leaves the cores to the run
FOLLOW_MS, DUTY = 150, 20
#: the models' keys as the worked epoch's first line says them ("MSE on line by …")
MODEL_WORDS = {"line": QT_TRANSLATE_NOOP("worked_view", "line"), "bias": QT_TRANSLATE_NOOP("worked_view", "bias"),
               "logistic": QT_TRANSLATE_NOOP("worked_view", "logistic")}
DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")  # a decimal point between digits (not a sentence's full stop)
STEP_TIP = str(QT_TRANSLATE_NOOP("worked_view", "Take this epoch: the descent steps once and the view shows the"
                                                " next (→)"))


class WorkedView(QWidget, theme.Styled):
    """The next epoch's arithmetic as text, with Step, "show all" and "all digits"."""

    def __init__(self, lesson: Lesson, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson, self.runner = lesson, runner
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.step = QPushButton(translate("worked_view", "Step →"))
        self.step.setToolTip(translate("worked_view", STEP_TIP))
        self.step.clicked.connect(runner.step)
        self.show_all = QCheckBox(translate("worked_view", "show all"))
        self.show_all.setToolTip(translate("worked_view", "Every term of each sum (up to {terms}) and every mini-batch"
                                           " (up to {batches}), not only the first few").format(
            terms=number(ALL_TERMS, ",d"), batches=ALL_BATCHES))
        self.all_digits = QCheckBox(translate("worked_view", "all digits"))
        self.all_digits.setToolTip(translate("worked_view", "Every number with {full} significant digits (the double it"
                                             " is), not the classroom's {digits}").format(full=FULL_DIGITS,
                                                                                         digits=DIGITS))
        for box in (self.show_all, self.all_digits):
            box.toggled.connect(self.refresh)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("worked_view", "worked epoch"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        row = QHBoxLayout()
        row.addWidget(self.step)
        row.addWidget(self.show_all)
        row.addWidget(self.all_digits)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)
        self._cost_ms = 0.0
        self.styled(self._style)
        for signal in (lesson.progressed, lesson.descentReset, lesson.settingsChanged, lesson.pointsChanged,
                       lesson.problemChanged):
            signal.connect(self._request)
        runner.runningChanged.connect(self._request)

    def _style(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setFamily("DejaVu Sans Mono")  # has ŷ, ᵢ, Σ, ←, √ (a fixed font without them falls back unevenly)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(theme.Sizes.font_pt + 1, 14))  # larger than the panels: it is the lesson here
        self.text.setFont(font)

    @Slot()
    def _request(self, *_args: object) -> None:
        """Write the view again soon: at once when nothing runs, paced while a run goes; not at all
        while it is hidden (it is written when shown)."""
        if not self.isVisible():
            return
        wait = max(FOLLOW_MS, round(DUTY * self._cost_ms)) if self.runner.running else 0
        if not self._later.isActive() or self._later.remainingTime() > wait:  # a run's end: at once
            self._later.start(wait)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self, *_args: object) -> None:
        """Write the epoch that comes next (kept as it is while a run's state has not arrived)."""
        if not self.isVisible():
            return
        started = time.perf_counter()
        text = self.worked_text()
        if text is None:
            return
        bar = self.text.verticalScrollBar()
        scrolled = bar.value()
        self.text.setPlainText(text)
        bar.setValue(min(scrolled, bar.maximum()))
        self._cost_ms = 1000 * (time.perf_counter() - started)

    def worked_text(self) -> str | None:
        """The next epoch as text, or a sentence saying why there is none (None: not known yet)."""
        lesson = self.lesson
        objective = lesson.problem.objective
        epoch = lesson.descent.epoch
        if objective is None:
            self.caption.setText("")
            return lesson.problem.why_not or translate("worked_view", "No points yet: add some, or choose a preset")
        at = self.runner.next_from()
        if at is None:
            return None
        settings = lesson.settings
        optimizer = settings.optimizer_()
        schedule = settings.schedule_()
        rate = float(schedule.rate(optimizer.lr, at.epoch))
        batches = optimizer.batches(objective.n, at.generator()) if optimizer.stochastic else None
        everything = self.show_all.isChecked()
        try:
            with digits(FULL_DIGITS if self.all_digits.isChecked() else DIGITS), np.errstate(all="ignore"):
                worked = work_epoch(objective, optimizer, at.coefficients, at.state, rate=rate, epoch=at.epoch + 1,
                                    batches=batches, written=ALL_BATCHES if everything else FIRST_BATCHES)
                words = worked_words()
                text = in_locale(worked.text(ALL_TERMS if everything else FIRST_TERMS, words))
        except (InputError, FloatingPointError, ValueError) as exc:
            return translate("worked_view", "This epoch cannot be written out: {reason}").format(reason=exc)
        caption = translate("worked_view", "The next epoch, {next}, from where the descent stands (epoch {epoch}): Step"
                            " (→) takes it").format(next=epoch + 1, epoch=epoch)
        if not schedule.constant:
            caption += ". " + translate("worked_view", "Its rate L = {rate} at t = {t}").format(
                rate=schedule.formula(optimizer.lr), t=at.epoch)
        self.caption.setText(caption)
        return spaced(text, words)


def worked_words() -> Words:
    """The worked epoch's words in the window's language."""
    return Words(
        epoch=translate("worked_view", "Epoch {epoch}: {loss} on {model} by {optimizer}, L = {rate}, n = {n}"),
        before=translate("worked_view", "J = {value} before ({coefficients})"),
        after=translate("worked_view", "J = {value} after ({coefficients})"),
        where=translate("worked_view", "where {text}"),
        batch=translate("worked_view", "mini-batch {k} of {batches}: points {points}"),
        one_more_batch=translate("worked_view", "… 1 more mini-batch, each stepped the same way"),
        more_batches=translate("worked_view", "… {rest} more mini-batches, each stepped the same way"),
        more=translate("worked_view", "… {rest} more"),
        separator="; " if QLocale().decimalPoint() == "," else ", ",
        name=_name)


def _name(text: str) -> str:
    """A model's key (line, bias, logistic) or a loss's or optimizer's name, in the language."""
    return translate("worked_view", str(MODEL_WORDS[text])) if text in MODEL_WORDS else core_tr(text)


def in_locale(text: str) -> str:
    """The numbers of a worked epoch with the locale's decimal mark (1,5 in German)."""
    point = QLocale().decimalPoint()
    return text if point == "." else DECIMAL.sub(point, text)


def spaced(text: str, words: Words = ENGLISH) -> str:
    """Blank lines around each sum (a line and its indented continuations), before each
    mini-batch and before J after: blocks a class can find again on a projector."""
    batch = words.batch.split("{", 1)[0]
    after = words.after.format(value="\0", coefficients="\0").split("\0")[1]
    given = text.splitlines()
    lines: list[str] = []
    for i, line in enumerate(given):
        opens = not line.startswith(" ") and i + 1 < len(given) and given[i + 1].startswith(" ")
        closes = i > 0 and given[i - 1].startswith(" ") and not line.startswith(" ")
        if lines and lines[-1] and (opens or closes or line.startswith(batch) or after in line):
            lines.append("")
        lines.append(line)
    return "\n".join(lines)
