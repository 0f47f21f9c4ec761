"""The mouse wheel scrolls; it never edits. Over a spin box, date edit, combo box or slider
that does not have the keyboard focus, the wheel goes to the scroll area around it instead
of changing the value under the pointer ("Effective from" 2026 → 2023 while scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, GUARDED) \
                or isinstance(obj, QScrollBar) or obj.hasFocus():
            return False
        area = _scroll_area(obj)
        if area is not None:
            bar = area.verticalScrollBar() if abs(event.angleDelta().y()) >= \
                abs(event.angleDelta().x()) else area.horizontalScrollBar()
            QCoreApplication.sendEvent(bar, event)
        return True  # swallowed: the value stays as the user left it


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box, date edit, combo box and slider under ``root``; they take
    focus by click or Tab only, so hovering never hands them the wheel. (A filter on each
    widget, not on the application: an app-wide Python filter would see every event.)"""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    for widget in root.findChildren(QWidget):
        if isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(_guard)
