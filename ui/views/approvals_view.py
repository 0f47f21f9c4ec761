"""Approvals view."""

from __future__ import annotations

from ui.views.base import View


class ApprovalsView(View):
    key = "approvals"

    def title(self) -> str:
        return self.tr("Approvals")
