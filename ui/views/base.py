"""What every main view has: the shared context, a reload when the workspace or the part of it
the view shows changes, and a line saying what is missing (no workspace open, …)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext


class View(QWidget):
    key = "view"
    parts: tuple[str, ...] = ()  # the data_changed parts this view shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.key}View")
        self.layout_ = QVBoxLayout(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.notice.hide()
        self.layout_.addWidget(self.notice)
        ctx.workspace_changing.connect(self.save_pending)
        ctx.workspace_changed.connect(self._workspace_changed)
        ctx.data_changed.connect(self._data_changed)

    def _workspace_changed(self, _ws) -> None:
        self.show_notice("")
        self.reset()
        state, self._carried = self._carried, None
        if state:  # a language switch rebuilt this view: it goes on where the user was
            self.restore_view_state(state)
        self.reload()

    # what a rebuilt view carries over (a language switch rebuilds every view) -------------
    _carried: dict | None = None

    def view_state(self) -> dict:
        """Where the user is in this view: which tab of each tab widget, and whatever the
        view adds (its choices, the selected row, data already computed)."""
        return {"tabs": [t.currentIndex() for t in self.findChildren(QTabWidget)]}

    def restore_view_state(self, state: dict) -> None:
        """Called after ``reset()`` and before ``reload()`` on the rebuilt view."""
        for tabs, index in zip(self.findChildren(QTabWidget), state.get("tabs", ()),
                               strict=False):
            tabs.setCurrentIndex(index)

    def carry_state(self, state: dict | None) -> None:
        self._carried = state

    def detach(self) -> None:
        """This view is being replaced: it stops following the workspace (no reload)."""
        for signal, slot in ((self.ctx.workspace_changing, self.save_pending),
                             (self.ctx.workspace_changed, self._workspace_changed),
                             (self.ctx.data_changed, self._data_changed)):
            signal.disconnect(slot)

    def reset(self) -> None:
        """Forget everything shown from the previous workspace (it is not this one's)."""

    def save_pending(self) -> None:
        """Save what the user typed and has not been saved yet (before a switch or close)."""

    def _data_changed(self, part: str) -> None:
        if part in self.parts or part == "*":
            self.reload()

    def run(self, fn, on_result=None, **kw):
        """``ctx.run`` whose callbacks are dropped once this view is gone (a language switch
        rebuilds the views while their jobs may still be on the way back)."""

        def alive(callback):
            if callback is None:
                return None
            return lambda *args: callback(*args) if shiboken6.isValid(self) else None

        for name in ("on_progress", "on_error", "on_cancelled", "on_finished"):
            if name in kw:
                kw[name] = alive(kw[name])
        return self.ctx.run(fn, alive(on_result), **kw)

    def run_in_process(self, fn, *args, on_result=None, **kw):
        """Like :meth:`run`, but ``fn(workspace_path, *args, progress=, cancel=)`` runs in a
        worker process (ui/processes.py): heavy read-only work that must not hold the
        interpreter the UI thread needs. Its worker-thread job only waits and relays; it
        stays on the workspace pool, so it starts after the writes asked for before it."""
        from ui.processes import run_in_process
        from ui.workers import Cancelled

        def stop() -> None:
            raise Cancelled()

        def work(ws, job):
            # a server's full address (password in memory only), a file's path
            where = ws.path.url if getattr(ws, "is_server", False) else str(ws.path)
            return run_in_process(fn, where, *args, progress=job.progress,
                                  cancelled=job.cancelled, on_cancel=stop)

        return self.run(work, on_result, **kw)

    def title(self) -> str:
        return self.key

    def summary(self) -> str:
        return ""

    def icon(self):
        return view_icon(self.key)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def reload(self) -> None:
        """Fetch this view's data from the core (in the worker) and show it."""

    def needs(self, *services: str) -> bool:
        """True when every named core service is in the build; else say which is missing."""
        missing = [s for s in services if not has_core_service(s)]
        if missing:
            self.show_notice(self.tr("Not available in this build: the core's {0} service "
                                     "(jointaudit.services.{0}) has not landed yet.").format(
                                         ", ".join(missing)))
        return not missing


def view_icon(name: str):
    from PySide6.QtGui import QIcon

    from jointaudit.common.resources import resource_path

    return QIcon(str(resource_path("icons", f"{name}.svg")))


def has_core_service(name: str) -> bool:
    """Whether this build has ``jointaudit.services.<name>`` — found, not imported: the
    services pull in the storage stack, which loads in the worker after the first paint."""
    import importlib.util

    return importlib.util.find_spec(f"jointaudit.services.{name}") is not None
