"""Plan view."""

from __future__ import annotations

from ui.views.base import View


class PlanView(View):
    key = "plan"

    def title(self) -> str:
        return self.tr("Plan")
