"""Reports view."""

from __future__ import annotations

from ui.views.base import View


class ReportsView(View):
    key = "reports"

    def title(self) -> str:
        return self.tr("Reports")
