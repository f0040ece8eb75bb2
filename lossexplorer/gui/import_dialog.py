"""Import a spreadsheet as it comes: a file of more columns than x, y (or in a layout the strict
reader does not take: UTF-16, a decimal comma with tabs, …) opens a dialog with the first rows,
the separator and decimal mark found (changeable), and the columns for x and y (x1, x2 and the
label to classify). Rows the chosen columns cannot take are listed by their row in the file and
left out only when the person agrees; Cancel changes nothing. Plain x,y files open at once, by
the strict reader of core/data.py, and keep its one-line errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lossexplorer.core import InputError
from lossexplorer.core.models import MAX_CLASSES
from lossexplorer.core.table import (
    DECIMAL_NAMES,
    SEPARATOR_NAMES,
    Chosen,
    Table,
    choose,
    first_guess,
    is_spreadsheet,
    load_table,
    number,
    parse,
)

from . import theme
from .dataset import read_points_file
from .i18n import translate
from .limits import check_regular_file, plain_label

if TYPE_CHECKING:
    from .lesson import Lesson

PREVIEW_ROWS = 8  # the first rows shown (4 in projector mode, so the dialog fits 1280×720)
LISTED = 5  # rows left out that the dialog names one by one
TASKS = {False: (str(QT_TRANSLATE_NOOP("import_dialog", "Regression: x and y")), ("x", "y")),
         True: (str(QT_TRANSLATE_NOOP("import_dialog", "Classification: x1, x2 and a label")), ("x1", "x2", "label"))}
#: the core's names of the separators and decimal marks (core/table.py), for the translators: shown translated
LAYOUT_NAMES = (
    QT_TRANSLATE_NOOP("import_dialog", "tab"),
    QT_TRANSLATE_NOOP("import_dialog", "semicolon"),
    QT_TRANSLATE_NOOP("import_dialog", "comma"),
    QT_TRANSLATE_NOOP("import_dialog", "bar"),
    QT_TRANSLATE_NOOP("import_dialog", "spaces"),
    QT_TRANSLATE_NOOP("import_dialog", "point (1.5)"),
    QT_TRANSLATE_NOOP("import_dialog", "comma (1,5)"),
)


def role_name(role: str) -> str:
    """What a chosen column becomes, in words: x, y, x1, x2, or the label (translated)."""
    return translate("import_dialog", "label") if role == "label" else role


def open_or_import(parent: QWidget, lesson: Lesson, path: str, undoable: bool = True,
                   adapt_lr: bool = True) -> ImportDialog | None:
    """Open a points file: a plain one at once; a spreadsheet the strict reader refuses in the import
    dialog (returned, shown and not blocking); anything else raises the strict reader's InputError."""
    check_regular_file(path)  # a pipe or a device is never read, by either reader
    try:
        points = read_points_file(path, lesson.classification)
    except InputError as refused:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 100 000 rows take a second or two
        try:
            table = load_table(path)
        except InputError:
            raise refused from None
        finally:
            QApplication.restoreOverrideCursor()
        if not is_spreadsheet(table):
            raise refused from None
    else:
        lesson.open_points(points, path, undoable, adapt_lr)  # values past the limits: refused here
        return None
    dialog = ImportDialog(table, lesson, parent)
    if parent.isVisible():
        dialog.open()
    else:  # a file named on the command line: once the window is on screen, centred over it
        QTimer.singleShot(0, dialog, dialog.open)
    return dialog


class ImportDialog(QDialog):
    """The first rows of a table, its layout, and the choice of its columns; OK imports them."""

    def __init__(self, table: Table, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table, self.lesson = table, lesson
        self.chosen: Chosen | None = None
        self.setWindowTitle(translate("import_dialog", "Import {name}").format(name=table.source.name))
        self.setObjectName("import_dialog")
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)

        self.separator = self._combo(translate("import_dialog", "Separator"),
                                     [(translate("import_dialog", name), sep) for sep, name in SEPARATOR_NAMES.items()])
        self.decimal = self._combo(translate("import_dialog", "Decimal mark"),
                                   [(translate("import_dialog", name), mark) for mark, name in DECIMAL_NAMES.items()])
        self.header = QCheckBox(translate("import_dialog", "First row holds the column names"))
        self.header.setAccessibleName(translate("import_dialog", "First row holds the column names"))
        layout_row = QHBoxLayout()
        for text, box in ((translate("import_dialog", "Separator:"), self.separator),
                          (translate("import_dialog", "Decimal mark:"), self.decimal)):
            label = QLabel(text)
            label.setBuddy(box)
            layout_row.addWidget(label)
            layout_row.addWidget(box)
        layout_row.addWidget(self.header)
        layout_row.addStretch(1)

        self.preview = QTableWidget()
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(translate("import_dialog", "The first rows of the file"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QTableWidget.SelectionMode.NoSelection)

        self.task = self._combo(translate("import_dialog", "Task"),
                                [(translate("import_dialog", title), mode) for mode, (title, _) in TASKS.items()])
        self.columns = [self._combo(translate("import_dialog", "{role} column").format(role=role_name(name)), [])
                        for name in TASKS[True][1]]
        form = QFormLayout()
        form.addRow(translate("import_dialog", "Task:"), self.task)
        self.column_labels = []
        for name, box in zip(TASKS[True][1], self.columns):
            label = QLabel(f"{role_name(name)}:")
            form.addRow(label, box)
            self.column_labels.append(label)
        self.mapping = QLabel()
        self.mapping.setObjectName("import_mapping")
        self.mapping.setTextFormat(Qt.TextFormat.PlainText)
        self.mapping.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("import_problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.leave_out = QCheckBox(translate("import_dialog", "Leave these rows out"))
        self.leave_out.setAccessibleName(translate("import_dialog", "Leave these rows out"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(translate("import_dialog", "Import"))
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(layout_row)
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(self.mapping)
        layout.addWidget(self.problems)
        layout.addWidget(self.leave_out)
        layout.addWidget(self.buttons)

        self._set_layout_boxes()
        self.task.setCurrentIndex(self.task.findData(lesson.classification))
        self._fill_columns()
        for box in (self.separator, self.decimal):
            box.currentIndexChanged.connect(self._reparse)
        self.header.toggled.connect(self._reparse)
        self.task.currentIndexChanged.connect(self._fill_columns)
        for box in self.columns:
            box.currentIndexChanged.connect(self._update)
        self.leave_out.toggled.connect(self._enable_ok)
        theme.scale_indicators(self)  # check boxes as large as the font (projector mode)
        hint = self.sizeHint()
        self.resize(max(hint.width(), 720), hint.height())

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for text, data in items:
            box.addItem(text, data)
        return box

    @property
    def classification(self) -> bool:
        return bool(self.task.currentData())

    # --- the layout and the preview ---------------------------------------------------------

    def _set_layout_boxes(self) -> None:
        t = self.table
        for box, value in ((self.separator, t.separator), (self.decimal, t.decimal)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self.header.blockSignals(True)
        self.header.setChecked(t.header)
        self.header.blockSignals(False)
        n = len(t.rows)
        if n == 1:
            about = translate("import_dialog", "{name}: {encoding}, {width} columns, 1 row of data. "
                                               "Choose the columns that become the points.")
        else:
            about = translate("import_dialog", "{name}: {encoding}, {width} columns, {n} rows of data. "
                                               "Choose the columns that become the points.")
        self.about.setText(about.format(name=t.source.name, encoding=t.source.encoding, width=t.width, n=n))
        self._fill_preview()

    def _fill_preview(self) -> None:
        most = PREVIEW_ROWS // 2 if theme.Sizes.projector else PREVIEW_ROWS
        t, shown = self.table, min(most, len(self.table.rows))
        self.preview.clear()
        self.preview.setColumnCount(t.width)
        self.preview.setRowCount(shown)
        self.preview.setHorizontalHeaderLabels([plain_label(name)[0] for name in t.names])
        self.preview.setVerticalHeaderLabels([str(line) for line in t.lines[:shown]])  # the rows of the file
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r in range(shown):
            for c in range(t.width):
                item = QTableWidgetItem(plain_label(t.cell(r, c))[0])
                if number(t.cell(r, c), t.decimal) is not None:
                    item.setTextAlignment(right)  # numbers line up as in a spreadsheet
                self.preview.setItem(r, c, item)
        self._fit_preview()

    def _fit_preview(self) -> None:
        """Columns as wide as their cells and names; the table as tall as the rows it shows."""
        preview = self.preview
        preview.resizeColumnsToContents()
        preview.resizeRowsToContents()
        rows = sum(preview.rowHeight(r) for r in range(preview.rowCount()))
        frame = 2 * preview.frameWidth() + preview.horizontalHeader().sizeHint().height()
        scroll = preview.horizontalScrollBar().sizeHint().height()
        preview.setFixedHeight(rows + frame + scroll)

    @Slot()
    def _reparse(self, *_args: object) -> None:
        """The same text cut again with the separator, decimal mark and header chosen."""
        width = self.table.width
        try:
            self.table = parse(self.table.source, self.separator.currentData(), self.decimal.currentData(),
                               self.header.isChecked())
        except InputError as exc:
            self.problems.setText(str(exc))
            self.ok.setEnabled(False)
            return
        self._set_layout_boxes()
        self._fill_columns(keep=self.table.width == width)

    # --- the columns ------------------------------------------------------------------------

    @Slot()
    def _fill_columns(self, *_args: object, keep: bool = False) -> None:
        """The column boxes of the task: x, y (x1, x2, label), first filled with a good guess."""
        wanted = len(TASKS[self.classification][1])
        before = [box.currentIndex() for box in self.columns]
        guess = first_guess(self.table, self.classification, MAX_CLASSES)
        for k, (box, label) in enumerate(zip(self.columns, self.column_labels)):
            box.blockSignals(True)
            box.clear()
            for c, name in enumerate(self.table.names):
                box.addItem(f"{c + 1}: {plain_label(name)[0]}", c)
            index = before[k] if keep and 0 <= before[k] < self.table.width else guess[k] if k < wanted else 0
            box.setCurrentIndex(index)
            box.blockSignals(False)
            box.setVisible(k < wanted)
            label.setVisible(k < wanted)
            role = role_name(TASKS[self.classification][1][k]) if k < wanted else translate("import_dialog", "unused")
            label.setText(f"{role}:")
            box.setAccessibleName(translate("import_dialog", "{role} column").format(role=role))
        self._update()

    def chosen_columns(self) -> list[int]:
        return [int(box.currentData()) for box in self.columns[: len(TASKS[self.classification][1])]]

    @Slot()
    def _update(self, *_args: object) -> None:
        """The points the columns give, the label mapping and the rows left out, as the boxes stand."""
        columns = self.chosen_columns()
        self._mark_preview(columns)
        self.leave_out.blockSignals(True)
        self.leave_out.setChecked(False)
        self.leave_out.blockSignals(False)
        try:
            self.chosen = choose(self.table, columns, self.classification, MAX_CLASSES)
        except InputError as exc:
            self.chosen = None
            self.mapping.setText("")
            self.problems.setText(str(exc))
            self.leave_out.setVisible(False)
            self._enable_ok()
            return
        chosen = self.chosen
        self.mapping.setText(translate("import_dialog", "Labels: {mapping}").format(mapping=chosen.mapping)
                             if chosen.mapping else "")
        self.mapping.setVisible(bool(chosen.mapping))
        bad = chosen.left_out
        if bad:
            lines = [b.sentence() for b in bad[:LISTED]]
            if len(bad) > LISTED:
                lines.append(translate("import_dialog", "… and {n} more").format(n=len(bad) - LISTED))
            if len(bad) == 1:
                heading = translate("import_dialog", "1 row cannot be used:")
            else:
                heading = translate("import_dialog", "{n} rows cannot be used:").format(n=len(bad))
            self.problems.setText("\n".join([heading, *lines]))
        else:
            self.problems.setText("")
        self.problems.setVisible(bool(bad))
        self.leave_out.setVisible(bool(bad))
        self._enable_ok()

    def _mark_preview(self, columns: list[int]) -> None:
        """The chosen columns' headers say what they become: 'height → x'."""
        roles = dict(zip(columns, map(role_name, TASKS[self.classification][1])))
        for c, name in enumerate(self.table.names):
            role = roles.get(c)
            text = plain_label(name)[0] + (f" → {role}" if role else "")
            self.preview.setHorizontalHeaderItem(c, QTableWidgetItem(text))
        self._fit_preview()

    @Slot()
    def _enable_ok(self, *_args: object) -> None:
        chosen = self.chosen
        ready = chosen is not None and (not chosen.left_out or self.leave_out.isChecked())
        self.ok.setEnabled(ready)
        n = len(chosen.x) if chosen is not None else 0
        if chosen is None:
            self.ok.setText(translate("import_dialog", "Import"))
        elif n == 1:
            self.ok.setText(translate("import_dialog", "Import 1 point"))
        else:
            self.ok.setText(translate("import_dialog", "Import {n} points").format(n=n))

    # --- OK -------------------------------------------------------------------------------------

    @Slot()
    def _import(self) -> None:
        """The chosen points as the lesson's new data set (one undo step); a refusal keeps the dialog open."""
        chosen = self.chosen
        if chosen is None or (chosen.left_out and not self.leave_out.isChecked()):
            return
        name = self.table.source.name
        names = ", ".join(chosen.columns)
        if chosen.left_out:
            text = translate("import_dialog", "Imported {name}: columns {columns}, {n} points, {left} rows left out")
        else:
            text = translate("import_dialog", "Imported {name}: columns {columns}, {n} points")
        text = text.format(name=name, columns=names, n=len(chosen.x), left=len(chosen.left_out))
        if chosen.mapping:
            text = translate("import_dialog", "{text} (labels {mapping})").format(text=text, mapping=chosen.mapping)
        axes = (plain_label(chosen.columns[0])[0], plain_label(chosen.columns[1])[0])
        try:
            if chosen.classification:
                self.lesson.replace_points(chosen.x[:, 0], chosen.x[:, 1], text, chosen.y, axes=axes)
            else:
                self.lesson.replace_points(chosen.x, chosen.y, text, axes=axes)
        except InputError as exc:
            self.problems.setText(str(exc))
            self.problems.setVisible(True)
            return
        self.accept()
