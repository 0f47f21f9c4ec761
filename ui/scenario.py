"""What the screenshot script does in each view before grabbing it: a user's first session
on the demo workspace (plan, merge, rate, export), driven through the views' own actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class Scenario:
    def __init__(self, app, window, folder: Path):
        self.app = app
        self.window = window
        self.folder = folder

    def steps(self) -> list[tuple[str, Callable]]:
        return [
            ("plan", self.plan),
            ("checklist", self.checklist),
            ("approvals", lambda view: None),
            ("reports", self.reports),
            ("library", self.library),
        ]

    def settle(self) -> None:
        from ui.screenshots import settle

        settle(self.app, self.window)

    def plan(self, view) -> None:
        """One site with several schemes falling due: plan it and open its first visit."""
        self.settle()
        index = next((i for i in range(view.site.count())
                      if "Helvetia" in view.site.itemText(i)), 1)
        if view.site.count() > 1:
            view.site.setCurrentIndex(index)
            view.plan()
            self.settle()
            if view.visits.rowCount():
                view.visits_view.selectRow(0)

    def checklist(self, view) -> None:
        prepare = getattr(view, "prepare_demo", None)
        if prepare:
            prepare()

    def reports(self, view) -> None:
        prepare = getattr(view, "prepare_demo", None)
        if prepare:
            prepare(self.folder)

    def library(self, view) -> None:
        if view.versions.rowCount():
            view.versions_view.selectRow(1 if view.versions.rowCount() > 1 else 0)
