"""Checklist view."""

from __future__ import annotations

from ui.views.base import View


class ChecklistView(View):
    key = "checklist"

    def title(self) -> str:
        return self.tr("Checklist")
