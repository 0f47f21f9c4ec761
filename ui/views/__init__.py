"""The main views, in navigation order: the users' jobs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


def build_views(ctx: AppContext, parent: QWidget) -> dict:
    from ui.views.approvals_view import ApprovalsView
    from ui.views.checklist_view import ChecklistView
    from ui.views.library_view import LibraryView
    from ui.views.plan_view import PlanView
    from ui.views.reports_view import ReportsView
    from ui.views.site_view import SiteView

    views = [PlanView(ctx, parent), ChecklistView(ctx, parent), ApprovalsView(ctx, parent),
             ReportsView(ctx, parent), LibraryView(ctx, parent), SiteView(ctx, parent)]
    return {v.key: v for v in views}
