"""Projector mode scales everything a class reads: every text at least the projector's font
size, every line at least its thinnest width, and the losses compared on the loss-shape view in
strong colours, each with its own dashes (issue 14, item 7)."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from qt_helpers import click_tab

from lossexplorer.gui import theme
from lossexplorer.gui.theme import PROJECTOR

FONT_PT = PROJECTOR["font_pt"]
THIN = 3.0  # px: the thinnest line a class in the back row still sees
VIEWS = ("Fit", "Landscape", "Loss shape", "Noise", "Physics")
DOCKS = ("Settings", "Readouts", "Curve", "Log")


def projector(qtbot, window) -> None:
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_F5)
    assert window.projector.projector_action.isChecked()


def every_view_and_dock(qtbot, window, views=VIEWS):
    """Show each view with each dock in turn (projector mode tabs the docks): yield a name."""
    for dock in DOCKS:
        click_tab(qtbot, window, dock)
        for view in views:
            titles = [window.views.tabText(i) for i in range(window.views.count())]
            if not window.views.isTabEnabled(titles.index(view)):
                continue
            click_tab(qtbot, window, view)
            qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
            window.flush()
            QApplication.processEvents()
            yield f"{view} with {dock}"


def html_sizes(html: str) -> list[float]:
    """The font sizes the text is drawn in: its spans' own, or else the document's."""
    spans = [float(v) for v in re.findall(r"<span style=\"[^\"]*font-size:\s*([0-9.]+)pt", html)]
    return spans or [float(v) for v in re.findall(r"<body style=\"[^\"]*font-size:\s*([0-9.]+)pt", html)]


def small_texts(window) -> list[str]:
    """Every text on show in a font below the projector's: widgets, and the plots' own texts."""
    small = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        pt = widget.font().pointSizeF()
        if 0 < pt < FONT_PT:
            small.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}: {pt}pt")
    for plot_widget in window.findChildren(pg.PlotWidget):
        if not plot_widget.isVisible():
            continue
        for item in plot_widget.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, pg.LabelItem) and item.text:
                sizes = html_sizes(item.item.toHtml())
                if not sizes or min(sizes) < FONT_PT:
                    small.append(f"plot label {item.text!r}: {sizes}")
            elif isinstance(item, pg.TextItem) and item.textItem.toPlainText():
                if item.textItem.font().pointSizeF() < FONT_PT:
                    small.append(f"plot text {item.textItem.toPlainText()!r}: {item.textItem.font().pointSizeF()}pt")
            elif isinstance(item, pg.AxisItem):
                if item.style["tickFont"] is None or item.style["tickFont"].pointSizeF() < FONT_PT:
                    small.append(f"{item.orientation} axis numbers")
                if item.label.isVisible() and item.label.font().pointSizeF() < FONT_PT:
                    small.append(f"{item.orientation} axis title {item.labelText!r}")
    return small


def ink_height(image, rows: range, width: int) -> int:
    """How many rows of `image` (a title bar) hold dark pixels: the height of its letters."""
    inked = [y for y in rows if any(QColor(image.pixel(x, y)).lightness() < 110 for x in range(0, width, 1))]
    return (max(inked) - min(inked) + 1) if inked else 0


def test_in_projector_mode_every_text_is_at_least_the_projector_size(qtbot, window):
    window.resize(1920, 1080)
    projector(qtbot, window)
    for where in every_view_and_dock(qtbot, window):
        assert small_texts(window) == [], where
    window.lesson.load_preset("blobs")  # the classification panel: the class buttons, the margin view
    for where in every_view_and_dock(qtbot, window, ("Fit", "Landscape", "Loss shape")):
        assert small_texts(window) == [], where


def test_in_projector_mode_the_dock_titles_are_drawn_large(qtbot, window):
    projector(qtbot, window)
    big = QFontMetrics(QFont(QApplication.font().family(), FONT_PT))
    for dock in DOCKS:
        click_tab(qtbot, window, dock)
        shown = [d for d in window.findChildren(QDockWidget) if d.isVisible() and not d.visibleRegion().isEmpty()]
        for d in shown:
            image = d.grab().toImage()
            title_rows = range(0, d.widget().geometry().top())
            letters = big.tightBoundingRect(d.windowTitle()).height()
            assert ink_height(image, title_rows, image.width()) >= 0.8 * letters, d.windowTitle()


# --- lines --------------------------------------------------------------------------------------


def thin_lines(widgets) -> list[str]:
    """Lines drawn thinner than the projector's thinnest: curves with data, and marks drawn by
    their pen alone (ticks, rings)."""
    thin = []
    for widget in widgets:
        for plot_widget in widget.findChildren(pg.PlotWidget):
            for item in plot_widget.getPlotItem().items:
                curves = [item.curve] if isinstance(item, pg.PlotDataItem) else [item]
                for curve in curves:
                    if isinstance(curve, pg.PlotCurveItem) and curve.isVisible() and curve.xData is not None \
                            and len(curve.xData) and curve.opts["pen"].widthF() < THIN:
                        thin.append(f"{type(widget).__name__} curve {curve.opts['pen'].color().name()} "
                                    f"{curve.opts['pen'].widthF()}")
                if isinstance(item, pg.ScatterPlotItem) and item.isVisible() and len(item.data):
                    pens = [item.opts["pen"]] if item.data["pen"][0] is None else list(item.data["pen"])
                    brush = item.opts["brush"]
                    if brush is None or QColor(pg.mkBrush(brush).color()).alpha() == 0 or \
                            pg.mkBrush(brush).style() == Qt.BrushStyle.NoBrush:
                        thin += [f"{type(widget).__name__} marks {pg.mkPen(p).widthF()}" for p in pens
                                 if pg.mkPen(p).widthF() < THIN]
    return thin


def test_in_projector_mode_springs_compared_losses_and_fits_are_at_least_the_thin_width(qtbot, window):
    window.lesson.set_overlay("residuals", True)
    projector(qtbot, window)
    mine = [window.canvas, window.loss_shape, window.noise, window.physics, window.loss_curve]
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Right)
    click_tab(qtbot, window, "Curve")
    for view in ("Fit", "Loss shape", "Noise", "Physics"):
        click_tab(qtbot, window, view)
        if view == "Physics":
            box = window.physics.show_path
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
            window.physics.advance(0.5)
        window.flush()
        assert thin_lines(mine) == [], view
    assert window.physics.spring_curves[0].opts["pen"].widthF() >= THIN
    window.lesson.load_preset("blobs")
    for view in ("Fit", "Loss shape"):
        click_tab(qtbot, window, view)
        window.flush()
        assert thin_lines(mine) == [], f"{view} (classification)"


def contrast(hex_colour: QColor) -> float:
    """WCAG contrast of a colour against the light background."""
    def luminance(c: QColor) -> float:
        channels = [(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
                    for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return (luminance(QColor(theme.BACKGROUND)) + 0.05) / (luminance(hex_colour) + 0.05)


@pytest.mark.parametrize("preset", ["noisy-line", "blobs"])
def test_the_compared_losses_are_strong_colours_each_with_its_own_dashes(qtbot, window, preset):
    window.lesson.load_preset(preset)
    projector(qtbot, window)
    click_tab(qtbot, window, "Loss shape")
    window.flush()
    view = window.loss_shape
    shown = [(name, value) for name, (value, _slope) in view.curves.items()
             if name != "chosen" and value.isVisible() and value.xData is not None and len(value.xData)]
    assert len(shown) >= 4
    looks = set()
    for name, curve in shown:
        pen = curve.opts["pen"]
        assert pen.color().alpha() == 255, name
        assert contrast(pen.color()) >= 2.0, f"{name} in {pen.color().name()} is pale on the white background"
        assert pen.widthF() >= THIN, name
        looks.add((pen.color().name(), pen.style()))
    assert len(looks) == len(shown), "two compared losses look alike"
    chosen = view.curves["chosen"][0].opts["pen"]
    assert chosen.widthF() > max(c.opts["pen"].widthF() for _, c in shown)
    assert np.all([c.opts["pen"].style() != Qt.PenStyle.SolidLine or c.opts["pen"].color() != chosen.color()
                   for _, c in shown])


def test_in_projector_mode_check_boxes_and_radio_buttons_grow_with_the_font(qtbot, window):
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    window.lesson.load_preset("blobs")  # the class buttons are shown
    projector(qtbot, window)
    click_tab(qtbot, window, "Settings")
    boxes = [b for kind in (QCheckBox, QRadioButton) for b in window.findChildren(kind) if b.isVisible()]
    assert len(boxes) >= 4
    for box in boxes:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = QStyle.SubElement.SE_CheckBoxIndicator if isinstance(box, QCheckBox) else \
            QStyle.SubElement.SE_RadioButtonIndicator
        indicator = box.style().subElementRect(element, option, box)
        letters = QFontMetrics(box.font()).height()
        assert indicator.height() >= 0.7 * letters, f"{box.text()}: a {indicator.height()} px box, {letters} px text"
        assert box.height() >= indicator.height() and box.width() >= box.sizeHint().width()


def test_in_projector_mode_the_toolbar_shows_every_button_in_a_1280_wide_window(qtbot, window):
    from PySide6.QtWidgets import QToolBar

    window.resize(1280, 720)
    window.lesson.load_preset("blobs")
    window.lesson.add_point(-1.23456, 0.456789)  # "Undo add a class-0 point (-1.23, 0.457)"
    window.lesson.change_settings(window.lesson.settings.with_(loss="focal", gamma=0.5, lr=0.02, l2=0.1))
    projector(qtbot, window)
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.lesson.settings.loss == "bce"  # and "Redo change gamma, l2, loss, lr" waits
    toolbar = window.findChild(QToolBar, "run_toolbar")
    run = toolbar.widgetForAction(window.commands.run)
    big = QFontMetrics(QFont(QApplication.font().family(), FONT_PT)).height()
    qtbot.waitUntil(lambda: run.height() >= big, timeout=2000)  # laid out anew in the projector's font
    hidden = [a.text() for a in toolbar.actions() if not a.isSeparator()
              and not (toolbar.widgetForAction(a) and toolbar.widgetForAction(a).isVisible())]
    assert hidden == []
    redo = next(a for a in toolbar.actions() if a.text().startswith("Redo"))
    assert redo.toolTip().startswith("Redo change gamma, l2, loss, lr")  # what it redoes, in the tooltip
    qtbot.mouseClick(toolbar.widgetForAction(redo), Qt.MouseButton.LeftButton)
    assert window.lesson.settings.loss == "focal"


def test_in_projector_mode_the_learning_rate_slider_handle_grows_with_the_font(qtbot, window):
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    projector(qtbot, window)
    click_tab(qtbot, window, "Settings")
    slider = window.panel.lr_slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, slider)
    letters = QFontMetrics(slider.font()).height()
    assert handle.height() >= 0.7 * letters and handle.width() >= 0.7 * letters
