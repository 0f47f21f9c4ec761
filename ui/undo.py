"""Undo/redo for the workspace edits a user makes: ratings and observations, records, plan
moves, crosswalk links — one QUndoStack per open workspace, behind the Edit menu.

A command's work runs on the serialized workspace pool like every edit, so each command
sees the one before it finished; what to put back on undo is read *inside* the job, from
the workspace, never from what the screen happened to show. A language switch rebuilds the
views, so commands reach the view they update through ``ctx.find_view``, never a pointer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ui.context import AppContext


class WorkspaceCommand(QUndoCommand):
    """``forward(ws)`` / ``backward(ws)`` run in the worker; ``shown(view, result)`` puts
    the result on screen in the view named ``view_key`` (if it is still there)."""

    view_key = ""

    def __init__(self, ctx: AppContext, text: str, *, already_done: bool = False):
        super().__init__(text)
        self.ctx = ctx
        self._skip = already_done  # pushed after the edit succeeded (a form's save)

    changes = "*"

    def forward(self, ws) -> Any:
        raise NotImplementedError

    def backward(self, ws) -> Any:
        raise NotImplementedError

    def shown(self, view, result) -> None:
        """Show ``result`` in the view (after redo or undo)."""

    def failed(self, view, exc: BaseException) -> bool:
        """The job was refused: True when the view took care of it (else it is reported)."""
        return False

    def _run(self, fn: Callable) -> None:
        def done(result) -> None:
            view = self.ctx.find_view(self.view_key) if self.view_key else None
            if view is not None:
                self.shown(view, result)

        def error(exc: BaseException) -> None:
            view = self.ctx.find_view(self.view_key) if self.view_key else None
            if view is None or not self.failed(view, exc):
                self.ctx.report_error(exc)

        self.ctx.run(lambda ws, job: fn(ws), done, on_error=error, changes=self.changes,
                     name=self.text() or "edit")

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)


def bridge():
    from ui.views import checklist_bridge

    return checklist_bridge


class FindingEdit(WorkspaceCommand):
    """A rating, an override or an observation on one item; undo restores the item's
    rating, observation and confidential flag as the workspace held them before, redo as the
    edit left them. Each of these saves is based on the revision the previous one left, so
    that one made by someone else meanwhile is refused (StaleEdit) and the view offers keep
    mine / theirs / both; a refused edit changed nothing, so its undo and redo do nothing.

    ``mine``: what the edit wants saved (severity, observation, confidential), shown beside
    theirs if it is refused."""

    view_key = "checklist"
    changes = "findings"

    def __init__(self, ctx, text: str, visit_id: int, key: str, edit: Callable,
                 mine: dict | None = None):
        super().__init__(ctx, text)
        self.visit_id, self.key, self.edit = visit_id, key, edit
        self.mine = mine or {}
        self.before = self.after = None
        self.refused = False
        self._wanted: dict = {}

    def _left(self, detail):
        """Note the revision this save left on the item (the next undo/redo's base); read
        and written in the worker only, where the edits run one after the other."""
        self.ctx.finding_revisions[(self.visit_id, self.key)] = detail.revision
        return detail

    def _base(self) -> int | None:
        return self.ctx.finding_revisions.get((self.visit_id, self.key))

    def forward(self, ws):
        if self.refused:
            return bridge().item_detail(ws, self.visit_id, self.key)
        if self.after is None:
            self._wanted = self.mine
            if self.before is None:
                self.before = bridge().item_detail(ws, self.visit_id, self.key)
            self.after = self.edit(ws)
            return self._left(self.after)
        self._wanted = _wanted(self.after)
        return self._left(bridge().restore(ws, self.visit_id, self.key, self.after,
                                           self._base()))

    def backward(self, ws):
        if self.refused or self.before is None:
            return bridge().item_detail(ws, self.visit_id, self.key)
        self._wanted = _wanted(self.before)
        return self._left(bridge().restore(ws, self.visit_id, self.key, self.before,
                                           self._base()))

    def shown(self, view, detail) -> None:
        view._after_edit(detail)

    def failed(self, view, exc: BaseException) -> bool:
        from jointaudit.fieldwork.findings import StaleEdit

        if not isinstance(exc, StaleEdit) or not self._wanted:
            return False
        if self.after is None:  # the edit itself was refused: nothing of it was saved
            self.refused = True
            self.setText(self.text() + " ✗")
        view.edit_refused(exc, dict(self._wanted))
        return True


def _wanted(detail) -> dict:
    return {"severity": str(detail.severity), "observation": detail.observation,
            "confidential": detail.confidential}


def records():
    from jointaudit.services import records as service

    return service


class RecordEdit(WorkspaceCommand):
    """One record added, changed or deleted through the records form (pushed once the core
    accepted it). Undo of a delete adds the record back with its values (a new id: a record
    is only deleted when nothing refers to it)."""

    view_key = "library"
    changes = "records"

    def __init__(self, ctx, text: str, kind: str, *, record_id: int | None,
                 before: dict | None, after: dict | None):
        super().__init__(ctx, text, already_done=True)
        self.kind, self.record_id, self.before, self.after = kind, record_id, before, after

    def _apply(self, ws, old: dict | None, new: dict | None):
        service = records()
        if new is None:  # the record should not exist
            service.delete_record(ws, self.kind, self.record_id)
        elif old is None:  # it should exist again
            self.record_id = service.create_record(ws, self.kind, new).id
        else:
            service.update_record(ws, self.kind, self.record_id, new)

    def forward(self, ws):
        self._apply(ws, self.before, self.after)

    def backward(self, ws):
        self._apply(ws, self.after, self.before)

    def shown(self, view, _result) -> None:
        tab = view.extra_tabs.get("records")
        if tab is not None:
            tab.reload()


class PlanMove(QUndoCommand):
    """A visit dragged on the timeline. Nothing is saved by a move, so undo puts back the
    plans as they were on screen before it; redo drops the visit on the same day again."""

    def __init__(self, ctx: AppContext, text: str, key, start, end, before: list):
        super().__init__(text)
        self.ctx, self.key, self.start, self.end = ctx, key, start, end
        self.before = list(before)

    def redo(self) -> None:
        view = self.ctx.find_view("plan")
        if view is not None:
            view.apply_move(self.key, self.start, self.end)

    def undo(self) -> None:
        view = self.ctx.find_view("plan")
        if view is not None:
            view.restore_plans(self.before)
