"""The coverage map: topics × schemes, painted with QPainter.

Each cell says how many of a scheme's requirements carry that topic and how many of them
are shared with another scheme in the joint checklist. Colour reads overlap at a glance:
green = mostly shared (one joint item covers several schemes), amber = the scheme asks it
alone, red hatch = the topic is a gap (no requirement of that scheme). The widget draws
plain data (:class:`CoverageData`); the checklist view fills it from the core.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class CoverageCell:
    requirements: int = 0  # the scheme's requirements with this topic
    shared: int = 0  # of those, how many sit in a joint item with another scheme

    @property
    def overlap(self) -> float:
        return self.shared / self.requirements if self.requirements else 0.0


@dataclass(frozen=True)
class CoverageData:
    topics: tuple[str, ...] = ()
    schemes: tuple[str, ...] = ()
    cells: dict[tuple[str, str], CoverageCell] = field(default_factory=dict)

    def cell(self, topic: str, scheme: str) -> CoverageCell:
        return self.cells.get((topic, scheme), CoverageCell())


GAP = QColor("#e8b4b0")
ALONE = QColor("#f2c14e")
SHARED = QColor("#2a9d5c")


def cell_colour(cell: CoverageCell) -> QColor:
    if not cell.requirements:
        return GAP
    t = cell.overlap  # blend amber (asked alone) → green (fully shared)
    return QColor(
        round(ALONE.red() + (SHARED.red() - ALONE.red()) * t),
        round(ALONE.green() + (SHARED.green() - ALONE.green()) * t),
        round(ALONE.blue() + (SHARED.blue() - ALONE.blue()) * t),
    )


class CoverageMap(QWidget):
    cell_clicked = Signal(str, str)  # topic, scheme

    ROW_H = 24
    COL_W = 96
    HEAD_H = 40
    LEGEND_H = 30

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data = CoverageData()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, data: CoverageData) -> None:
        self._data = data
        self.updateGeometry()
        self.update()

    def data(self) -> CoverageData:
        return self._data

    def _label_w(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(t) for t in self._data.topics), default=60)
        return min(260, widest + 16)

    def sizeHint(self) -> QSize:
        d = self._data
        return QSize(self._label_w() + self.COL_W * max(1, len(d.schemes)) + 20,
                     self.HEAD_H + self.ROW_H * len(d.topics) + self.LEGEND_H + 10)

    def cell_rect(self, row: int, col: int) -> QRectF:
        return QRectF(self._label_w() + col * self.COL_W, self.HEAD_H + row * self.ROW_H,
                      self.COL_W - 2, self.ROW_H - 2)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        d = self._data
        col = int((pos.x() - self._label_w()) // self.COL_W)
        row = int((pos.y() - self.HEAD_H) // self.ROW_H)
        if pos.x() >= self._label_w() and pos.y() >= self.HEAD_H and \
                0 <= row < len(d.topics) and 0 <= col < len(d.schemes):
            return d.topics[row], d.schemes[col]
        return None

    def paintEvent(self, _event) -> None:
        d = self._data
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        fm = QFontMetrics(self.font())
        lw = self._label_w()
        p.setPen(QPen(text))
        for c, scheme in enumerate(d.schemes):
            rect = QRectF(lw + c * self.COL_W, 4, self.COL_W - 2, self.HEAD_H - 8)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       fm.elidedText(scheme, Qt.TextElideMode.ElideMiddle, self.COL_W * 2 - 8))
        hatch = QBrush(QColor(160, 60, 50, 120), Qt.BrushStyle.BDiagPattern)
        for r, topic in enumerate(d.topics):
            p.setPen(QPen(text))
            p.drawText(QRectF(6, self.HEAD_H + r * self.ROW_H, lw - 10, self.ROW_H),
                       Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(topic, Qt.TextElideMode.ElideRight, lw - 10))
            for c, scheme in enumerate(d.schemes):
                cell = d.cell(topic, scheme)
                rect = self.cell_rect(r, c)
                p.fillRect(rect, cell_colour(cell))
                if not cell.requirements:
                    p.fillRect(rect, hatch)
                    continue
                label = f"{cell.shared}/{cell.requirements}"
                p.setPen(QPen(QColor("white") if cell.overlap > 0.5 else QColor("#222")))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        self._paint_legend(p, self.HEAD_H + len(d.topics) * self.ROW_H + 8)
        p.end()

    def _paint_legend(self, p: QPainter, top: float) -> None:
        items = [(SHARED, self.tr("shared with another scheme")),
                 (ALONE, self.tr("asked by this scheme alone")),
                 (GAP, self.tr("gap: no requirement on this topic"))]
        x = 6.0
        fm = QFontMetrics(self.font())
        for colour, label in items:
            p.fillRect(QRectF(x, top + 4, 14, 14), colour)
            p.setPen(QPen(self.palette().text().color()))
            p.drawText(QPointF(x + 20, top + 16), label)
            x += 34 + fm.horizontalAdvance(label)

    def mouseMoveEvent(self, event) -> None:
        hit = self.cell_at(event.position())
        if not hit:
            QToolTip.hideText()
            return
        cell = self._data.cell(*hit)
        if cell.requirements:
            tip = self.tr("{0} · {1}: {2} requirement(s), {3} shared").format(
                hit[1], hit[0], cell.requirements, cell.shared)
        else:
            tip = self.tr("{0} · {1}: gap, no requirement on this topic").format(hit[1], hit[0])
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)

    def mousePressEvent(self, event) -> None:
        hit = self.cell_at(event.position())
        if hit:
            self.cell_clicked.emit(*hit)
        super().mousePressEvent(event)
