"""The coverage map of a merged template: topics × schemes, overlap and gaps, painted."""

from __future__ import annotations

from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge


def test_coverage_map_of_the_merged_template(demo_window, qtbot):
    view = merge(demo_window, qtbot)
    view.tabs.setCurrentIndex(2)
    wait_jobs(qtbot, demo_window)
    data = view.coverage.data()
    assert len(data.schemes) == 2 and len(data.topics) > 10
    cells = list(data.cells.values())
    assert any(c.shared for c in cells), "RJC and IRMA share some requirements"
    gaps = [(t, s) for t in data.topics for s in data.schemes if not data.cell(t, s).requirements]
    assert gaps, "some topics are asked by one scheme only"
    image = view.coverage.grab().toImage()
    assert image.width() >= view.coverage.sizeHint().width() - 1
