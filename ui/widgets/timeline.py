"""The planner's timeline, painted with QPainter.

Years run along the axis; each lane (one scheme version, or one site × scheme in the
portfolio) shows its audit windows as bars with the due date ticked; joint visits are markers
on their own row and span their dates; blackouts are shaded across every lane; a red line
marks today. A visit can be dragged: while it moves, ``validator(key, start, end)`` is asked
for problems (live validation, shown under the marker), and ``visit_moved`` fires on release.

The widget draws plain data (:class:`TimelineData`); the planner view fills it from the core.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LANE_COLOURS = ("#2a6f97", "#c0392b", "#7d5ba6", "#2a9d5c", "#d98e04", "#5d6d7e", "#b5446e")


@dataclass(frozen=True)
class WindowBar:
    lane: str
    start: date
    end: date
    label: str = ""
    due: date | None = None
    explanation: str = ""


@dataclass(frozen=True)
class VisitMarker:
    key: Hashable
    start: date
    end: date
    label: str = ""
    explanation: str = ""


@dataclass(frozen=True)
class Blackout:
    start: date
    end: date
    reason: str = ""


@dataclass(frozen=True)
class TimelineData:
    start: date
    end: date
    lanes: tuple[str, ...] = ()
    windows: tuple[WindowBar, ...] = ()
    visits: tuple[VisitMarker, ...] = ()
    blackouts: tuple[Blackout, ...] = ()
    today: date = field(default_factory=date.today)


Validator = Callable[[Hashable, date, date], list[str]]


class TimelineView(QWidget):
    visit_moved = Signal(object, object, object)  # key, new start, new end
    visit_dragging = Signal(object, object, object)  # key, tentative start, end (validate!)
    visit_selected = Signal(object)

    LABEL_W = 250
    AXIS_H = 34
    LANE_H = 26
    VISIT_H = 34

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data = TimelineData(date.today(), date.today() + timedelta(days=365))
        self.validator: Validator | None = None
        self._drag: tuple[VisitMarker, float] | None = None  # marker, press x
        self._preview: VisitMarker | None = None
        self._problems: list[str] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(self.AXIS_H + self.VISIT_H + 40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # data ------------------------------------------------------------------------------
    def set_data(self, data: TimelineData) -> None:
        self._data = data
        self._drag = self._preview = None
        self._problems = []
        self.setMinimumHeight(self._content_height())
        self.updateGeometry()
        self.update()

    def data(self) -> TimelineData:
        return self._data

    def set_live_problems(self, key: Hashable, start: date, problems: list[str]) -> None:
        """An asynchronous validator's answer; ignored if the marker moved on meanwhile."""
        if self._preview and self._preview.key == key and self._preview.start == start:
            self._problems = list(problems)
            self.setToolTip("\n".join(self._problems))
            self.update()

    @property
    def live_problems(self) -> list[str]:
        return list(self._problems)

    def sizeHint(self) -> QSize:
        return QSize(900, self._content_height())

    def _content_height(self) -> int:
        return self.AXIS_H + len(self._data.lanes) * self.LANE_H + self.VISIT_H + 46

    # geometry --------------------------------------------------------------------------
    def _span_days(self) -> int:
        return max(1, (self._data.end - self._data.start).days)

    def x_of(self, day: date) -> float:
        width = max(1, self.width() - self.LABEL_W - 12)
        return self.LABEL_W + width * (day - self._data.start).days / self._span_days()

    def day_at(self, x: float) -> date:
        width = max(1, self.width() - self.LABEL_W - 12)
        days = round((x - self.LABEL_W) * self._span_days() / width)
        return self._data.start + timedelta(days=days)

    def _lane_top(self, index: int) -> float:
        return self.AXIS_H + index * self.LANE_H

    def _visit_row_top(self) -> float:
        return self.AXIS_H + len(self._data.lanes) * self.LANE_H + 6

    def visit_rect(self, visit: VisitMarker) -> QRectF:
        x0, x1 = self.x_of(visit.start), self.x_of(visit.end + timedelta(days=1))
        return QRectF(x0 - 5, self._visit_row_top() + 4, max(10.0, x1 - x0 + 10), self.VISIT_H - 8)

    def _visit_at(self, pos: QPointF) -> VisitMarker | None:
        for v in self._data.visits:
            if self.visit_rect(v).contains(pos):
                return v
        return None

    def _window_at(self, pos: QPointF) -> WindowBar | None:
        for w in self._data.windows:
            if w.lane not in self._data.lanes:
                continue
            top = self._lane_top(self._data.lanes.index(w.lane))
            rect = QRectF(self.x_of(w.start), top + 4, self.x_of(w.end) - self.x_of(w.start),
                          self.LANE_H - 8)
            if rect.contains(pos):
                return w
        return None

    # painting --------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        d = self._data
        bottom = self._visit_row_top() + self.VISIT_H
        self._paint_axis(p, bottom)
        self._paint_blackouts(p, bottom)
        self._paint_lanes(p)
        self._paint_visits(p)
        self._paint_today(p, bottom, d.today)
        p.end()

    def _paint_axis(self, p: QPainter, bottom: float) -> None:
        d = self._data
        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(40)
        p.setPen(QPen(text))
        bold = QFont(self.font())
        bold.setBold(True)
        for year in range(d.start.year, d.end.year + 2):
            jan1 = date(year, 1, 1)
            if d.start <= jan1 <= d.end:
                x = self.x_of(jan1)
                p.setPen(QPen(grid, 1))
                p.drawLine(QPointF(x, self.AXIS_H - 8), QPointF(x, bottom))
            mid = max(d.start, jan1) + (min(d.end, date(year, 12, 31)) - max(d.start, jan1)) / 2
            if d.start <= mid <= d.end:
                p.setPen(QPen(text))
                p.setFont(bold)
                p.drawText(QRectF(self.x_of(mid) - 30, 4, 60, 18),
                           Qt.AlignmentFlag.AlignCenter, str(year))
        p.setFont(self.font())
        # quarter ticks help reading window edges without cluttering the axis
        p.setPen(QPen(grid, 1))
        month = date(d.start.year, d.start.month, 1)
        while month <= d.end:
            if month >= d.start and month.month in (4, 7, 10):
                x = self.x_of(month)
                p.drawLine(QPointF(x, self.AXIS_H - 8), QPointF(x, self.AXIS_H - 2))
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)

    def _paint_blackouts(self, p: QPainter, bottom: float) -> None:
        brush = QBrush(QColor(120, 120, 120, 70), Qt.BrushStyle.BDiagPattern)
        for b in self._data.blackouts:
            x0, x1 = self.x_of(b.start), self.x_of(b.end + timedelta(days=1))
            rect = QRectF(x0, self.AXIS_H - 4, max(1.0, x1 - x0), bottom - self.AXIS_H + 4)
            p.fillRect(rect, QColor(150, 150, 150, 45))
            p.fillRect(rect, brush)

    def _paint_lanes(self, p: QPainter) -> None:
        d = self._data
        fm = QFontMetrics(self.font())
        text = self.palette().text().color()
        for i, lane in enumerate(d.lanes):
            top = self._lane_top(i)
            if i % 2:
                p.fillRect(QRectF(0, top, self.width(), self.LANE_H), self.palette().alternateBase())
            p.setPen(QPen(text))
            p.drawText(QRectF(6, top, self.LABEL_W - 12, self.LANE_H),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(lane, Qt.TextElideMode.ElideMiddle, self.LABEL_W - 12))
        for w in d.windows:
            if w.lane not in d.lanes:
                continue
            i = d.lanes.index(w.lane)
            top = self._lane_top(i)
            colour = QColor(LANE_COLOURS[i % len(LANE_COLOURS)])
            x0, x1 = self.x_of(w.start), self.x_of(w.end + timedelta(days=1))
            rect = QRectF(x0, top + 5, max(2.0, x1 - x0), self.LANE_H - 10)
            fill = QColor(colour)
            fill.setAlpha(150)
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(fill)
            p.drawRoundedRect(rect, 3, 3)
            if w.due:
                x = self.x_of(w.due)
                p.setPen(QPen(colour.darker(170), 2))
                p.drawLine(QPointF(x, top + 3), QPointF(x, top + self.LANE_H - 3))
            if w.label and rect.width() > fm.horizontalAdvance(w.label) + 8:
                p.setPen(QPen(QColor("white")))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, w.label)

    def _paint_visits(self, p: QPainter) -> None:
        text = self.palette().text().color()
        top = self._visit_row_top()
        p.setPen(QPen(text))
        p.drawText(QRectF(6, top, self.LABEL_W - 12, self.VISIT_H),
                   Qt.AlignmentFlag.AlignVCenter, self.tr("Joint visits"))
        labels: list[tuple[QRectF, str]] = []
        for v in self._data.visits:
            shown = self._preview if self._preview and self._preview.key == v.key else v
            rect = self.visit_rect(shown)
            bad = shown is self._preview and bool(self._problems)
            colour = QColor("#c0392b") if bad else QColor("#1f4e5f")
            p.setPen(QPen(colour, 2))
            p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60))
            p.drawRoundedRect(rect, 6, 6)
            cx, cy = rect.center().x(), rect.top() - 0.0
            diamond = [QPointF(cx, cy - 6), QPointF(cx + 6, cy), QPointF(cx, cy + 6),
                       QPointF(cx - 6, cy)]
            p.setBrush(colour)
            p.drawPolygon(diamond)
            # the visit's dates as a thin line through every lane, to read coverage at a glance
            line = QColor(colour)
            line.setAlpha(90)
            p.setPen(QPen(line, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(rect.left() + 5, self.AXIS_H), QPointF(rect.left() + 5, rect.top()))
            if shown.label:
                labels.append((rect, shown.label))
        # names left to right; one that would run into the previous one is left out (its
        # tooltip still says it): across a portfolio the visits of several sites crowd
        p.setPen(QPen(text))
        fm = QFontMetrics(self.font())
        free_from = -1.0
        for rect, label in sorted(labels, key=lambda rl: rl[0].left()):
            width = fm.horizontalAdvance(label)
            if width + 6 < rect.width():
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                free_from = rect.right()
            elif rect.right() + 3 >= free_from:  # beside the marker, if there is room
                p.drawText(QRectF(rect.right() + 3, rect.top(), width + 2, rect.height()),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
                free_from = rect.right() + 3 + width + 8
        if self._preview and self._problems:
            rect = self.visit_rect(self._preview)
            p.setPen(QPen(QColor("#c0392b")))
            p.drawText(QRectF(rect.left(), rect.bottom() + 2, 600, 18),
                       Qt.AlignmentFlag.AlignLeft, self._problems[0])

    def _paint_today(self, p: QPainter, bottom: float, today: date) -> None:
        if not (self._data.start <= today <= self._data.end):
            return
        x = self.x_of(today)
        p.setPen(QPen(QColor("#e74c3c"), 2))
        p.drawLine(QPointF(x, self.AXIS_H - 10), QPointF(x, bottom))
        p.drawText(QRectF(x + 3, self.AXIS_H - 16, 80, 14), Qt.AlignmentFlag.AlignLeft,
                   self.tr("today"))

    # interaction -----------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        visit = self._visit_at(event.position())
        if visit and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (visit, event.position().x())
            self._preview = visit
            self.visit_selected.emit(visit.key)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag:
            visit, x0 = self._drag
            shift = self.day_at(event.position().x()) - self.day_at(x0)
            moved = replace(visit, start=visit.start + shift, end=visit.end + shift)
            if moved != self._preview:
                self._preview = moved
                if self.validator:
                    self._problems = self.validator(visit.key, moved.start, moved.end)
                    self.setToolTip("\n".join(self._problems))
                self.visit_dragging.emit(visit.key, moved.start, moved.end)
                self.update()
            return
        hit = self._visit_at(event.position()) or self._window_at(event.position())
        tip = ""
        if isinstance(hit, VisitMarker):
            tip = f"{hit.label}: {hit.start:%Y-%m-%d} – {hit.end:%Y-%m-%d}\n{hit.explanation}"
        elif isinstance(hit, WindowBar):
            due = f" ({self.tr('due')} {hit.due:%Y-%m-%d})" if hit.due else ""
            tip = (f"{hit.lane} · {hit.label}: {hit.start:%Y-%m-%d} – {hit.end:%Y-%m-%d}"
                   f"{due}\n{hit.explanation}")
        if tip.strip() != (self.toolTip() or "").strip():
            self.setToolTip(tip.strip())
            if tip:
                QToolTip.showText(event.globalPosition().toPoint(), tip.strip(), self)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag:
            visit, _ = self._drag
            moved = self._preview
            self._drag = None
            if moved and (moved.start, moved.end) != (visit.start, visit.end):
                self.visit_moved.emit(visit.key, moved.start, moved.end)
            else:
                self._preview = None
                self._problems = []
            self.update()
        super().mouseReleaseEvent(event)
