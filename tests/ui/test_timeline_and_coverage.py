"""The planner's timeline and the coverage map are painted with QPainter from plain data;
dragging a visit asks for live validation and reports the new dates on release."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from ui.widgets.heatmap import GAP, CoverageCell, CoverageData, CoverageMap, cell_colour
from ui.widgets.timeline import Blackout, TimelineData, TimelineView, VisitMarker, WindowBar


def _timeline() -> TimelineData:
    return TimelineData(
        start=date(2026, 1, 1), end=date(2028, 12, 31),
        lanes=("RJC COP 2019", "IRMA Mining 1.0"),
        windows=(
            WindowBar("RJC COP 2019", date(2026, 3, 1), date(2026, 9, 30), "surveillance",
                      due=date(2026, 6, 15)),
            WindowBar("IRMA Mining 1.0", date(2026, 5, 1), date(2026, 11, 30), "initial"),
        ),
        visits=(VisitMarker("v1", date(2026, 6, 1), date(2026, 6, 5), "Visit 1"),),
        blackouts=(Blackout(date(2026, 12, 1), date(2027, 2, 28), "rainy season"),),
        today=date(2026, 11, 22))


def test_timeline_paints_lanes_windows_blackouts_and_today(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 200)
    view.set_data(_timeline())
    image = view.grab().toImage()
    top = view._lane_top(0) + view.LANE_H // 2
    inside = image.pixelColor(int(view.x_of(date(2026, 4, 15))), int(top))
    outside = image.pixelColor(int(view.x_of(date(2027, 6, 1))), int(top))
    assert inside != outside  # the RJC window bar is drawn where its dates are
    today_x = int(view.x_of(date(2026, 11, 22)))
    red = image.pixelColor(today_x, int(view._lane_top(1) + 3))
    assert red.red() > 180 and red.green() < 120


def test_dragging_a_visit_validates_live_and_reports_the_new_dates(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 220)
    view.show()
    view.set_data(_timeline())
    asked: list = []

    def validator(key, start, end):
        asked.append((key, start, end))
        return [] if start < date(2026, 12, 1) else ["falls in the blackout: rainy season"]

    view.validator = validator
    rect = view.visit_rect(view.data().visits[0])
    press = rect.center().toPoint()
    target = QPoint(int(view.x_of(date(2026, 12, 20))), press.y())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(view, target)
    assert asked and asked[-1][0] == "v1"
    assert view.live_problems == ["falls in the blackout: rainy season"]
    with qtbot.waitSignal(view.visit_moved) as moved:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    key, start, end = moved.args
    assert key == "v1" and (end - start).days == 4
    assert abs((start - date(2026, 12, 20)).days) <= 4


def test_coverage_map_colours_gaps_and_overlap(qtbot):
    data = CoverageData(
        topics=("human rights", "mercury"), schemes=("RJC", "IRMA"),
        cells={("human rights", "RJC"): CoverageCell(4, 4),
               ("human rights", "IRMA"): CoverageCell(5, 4),
               ("mercury", "IRMA"): CoverageCell(2, 0)})
    view = CoverageMap()
    qtbot.addWidget(view)
    view.set_data(data)
    view.resize(view.sizeHint())
    image = view.grab().toImage()
    gap = view.cell_rect(1, 0)  # mercury × RJC: no requirement
    px = image.pixelColor(int(gap.left()) + 3, int(gap.top()) + 2)
    assert abs(px.red() - GAP.red()) < 40
    assert cell_colour(CoverageCell(4, 4)) == QColor("#2a9d5c")
    with qtbot.waitSignal(view.cell_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(0, 1).center().toPoint())
    assert clicked.args == ["human rights", "IRMA"]
