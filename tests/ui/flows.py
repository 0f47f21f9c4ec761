"""What a user does in several tests, through the real widgets: plan and save a site,
merge schemes into a joint template, make a visit use it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_jobs

SITE = "Nkwanta"  # the Ghanaian mine: RJC COP and IRMA both apply, so items are shared
SCHEMES = ("rjc-cop@2019", "irma@1.0")


def plan_and_save(window, qtbot, site_part=SITE):
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    view.site.setCurrentIndex(next(i for i in range(view.site.count())
                                   if site_part in view.site.itemText(i)))
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    return view


def merge(window, qtbot, versions=SCHEMES, name="Nkwanta joint checklist"):
    view = window.show_view("checklist")
    view.tabs.setCurrentIndex(1)
    wait_jobs(qtbot, window)
    for i in range(view.merge_versions.count()):
        item = view.merge_versions.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in versions else Qt.CheckState.Unchecked)
    view.template_name.setText(name)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    assert name in view.merge_status.text()
    view.templates_view.selectRow(view.templates.rowCount() - 1)
    wait_jobs(qtbot, window)
    return view


def merge_and_use(window, qtbot, versions=SCHEMES):
    view = merge(window, qtbot, versions)
    qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    assert "now uses" in view.merge_status.text()
    view.tabs.setCurrentIndex(0)
    wait_jobs(qtbot, window)
    return view
