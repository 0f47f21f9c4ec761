"""The main window: navigation for the users' jobs, the workspace file in the title, the File
menu (New / Open / Open Recent / Save As), language, About.

Everything shown is rebuilt on a language change (Qt sends LanguageChange once translators
are swapped), so every string goes through tr() exactly once, where it is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
)

import jointaudit
from jointaudit.common.resources import resource_path
from ui.context import AppContext, copy_workspace, open_or_create
from ui.i18n import install_language
from ui.settings import Preferences
from ui.views import build_views
from ui.widgets.wheel_guard import guard_wheel
from ui.workers import Workers

if TYPE_CHECKING:  # sqlalchemy/alembic load in the worker on first open, not before paint
    from jointaudit.store.db import Workspace

# what a window manager's title bar and borders take around the client area, at most
FRAME_ALLOWANCE = 40
SUFFIX = ".jaworkspace"  # jointaudit.store.db.SUFFIX (a test checks they agree)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "jointaudit.svg")))


def default_data_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


class MainWindow(QMainWindow):
    workspace_opened = Signal(object)  # Workspace

    def __init__(self, path: str | None = None, *, prefs: Preferences | None = None):
        super().__init__()
        self.prefs = prefs or Preferences()
        self.workers = Workers(self)
        self.ctx = AppContext(self.workers, self)
        self.ctx.error_parent = self
        self.ctx.workspace_changed.connect(self._workspace_changed)
        self.ctx.find_view = self._live_view
        self.setWindowIcon(app_icon())
        self.views = {}
        self._help: dict = {}  # the help windows open (they rebuild in the new language)
        self._rebuilding = False
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.workers.busy_changed.connect(self.busy.setVisible)
        self.ws_label = QLabel()
        self.statusBar().addWidget(self.ws_label)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setStyleSheet("color: #b9770e; font-weight: bold")
        self.read_only_banner.hide()
        self.statusBar().addWidget(self.read_only_banner, 1)
        self._build()
        self.resize(1280, 820)
        if geometry := self.prefs.geometry():
            self.restoreGeometry(geometry)
        if path:
            self.open_workspace(Path(path))

    # building (and rebuilding on language change) -----------------------------------------
    def _build(self) -> None:
        current = self.nav.currentRow() if hasattr(self, "nav") else 0
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(200)
        self.nav.setMinimumWidth(130)
        self.stack = QStackedWidget()
        old_views = self.views
        states = {key: view.view_state() for key, view in old_views.items()
                  if shiboken6.isValid(view)}
        self.views = build_views(self.ctx, self.stack)
        for key, view in self.views.items():
            view.carry_state(states.get(key))
        for view in old_views.values():
            if shiboken6.isValid(view):
                view.detach()
                view.deleteLater()
        for key, view in self.views.items():
            item = QListWidgetItem(view.icon(), view.title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(view.summary())
            self.nav.addItem(item)
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(lambda _row: self._update_title())
        for view in self.views.values():
            guard_wheel(view)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([170, 1100])
        self.setCentralWidget(splitter)
        self.nav.setCurrentRow(max(0, current))
        for action in self.menuBar().actions():  # clear() keeps the menus: they would pile up
            if (menu := action.menu()) is not None:
                menu.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        self._update_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_new = file_menu.addAction(self.tr("&New workspace…"), self.new_workspace)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_open = file_menu.addAction(self.tr("&Open workspace…"), self.choose_workspace)
        self.act_open.setShortcut(QKeySequence.StandardKey.Open)
        self.act_connect = file_menu.addAction(self.tr("&Connect to server…"),
                                               self.connect_server)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self.act_save_as = file_menu.addAction(self.tr("Save workspace &as…"), self.save_as)
        self.act_save_as.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.act_demo = file_menu.addAction(self.tr("Open the &demo workspace"), self.open_demo)
        file_menu.addSeparator()
        act_quit = file_menu.addAction(self.tr("&Quit"), self.close)
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.act_undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for n, (key, view) in enumerate(self.views.items() if self.views else []):
            act = view_menu.addAction(view.title(), lambda k=key: self.show_view(k))
            act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        lang_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = self.prefs.language() or "en"
        for code, name in (("en", "English"), ("es", "Español"), ("fr", "Français")):
            act = lang_menu.addAction(name, lambda c=code: self.set_language(c))
            act.setCheckable(True)
            act.setChecked(code == current)
            group.addAction(act)
            self.language_actions[code] = act

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_getting_started = help_menu.addAction(self.tr("&Getting started"),
                                                       self.show_getting_started)
        self.act_getting_started.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide_titles = {"auditor": self.tr("Guide for &auditors"),
                        "site": self.tr("Guide for &mine sites"),
                        "scheme-staff": self.tr("Guide for &scheme staff")}
        self.guide_actions = {who: help_menu.addAction(text, lambda w=who: self.show_guide(w))
                              for who, text in guide_titles.items()}
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About jointaudit"), self.about)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._rebuilding:
            self._rebuilding = True
            try:
                for page in self._help.values():  # reopened in the new language on request
                    if shiboken6.isValid(page):
                        page.close()
                        page.deleteLater()
                self._help.clear()
                self._build()
                self.ctx.workspace_changed.emit(self.ctx.workspace)
            finally:
                self._rebuilding = False
        super().changeEvent(event)

    def show_fitted(self) -> None:
        """Show the window; on a screen too small for its size (a 1280×720 laptop) show it
        maximized, so that no part of it — the status line, the bottom buttons — is off screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        # room for the title bar a window manager puts above the client area
        if avail is not None and (self.width() > avail.width()
                                  or self.height() + FRAME_ALLOWANCE > avail.height()):
            self.showMaximized()
        else:
            self.show()

    # navigation --------------------------------------------------------------------------
    def show_view(self, key: str):
        keys = list(self.views)
        self.nav.setCurrentRow(keys.index(key))
        return self.views[key]

    def current_view(self):
        return self.stack.currentWidget()

    def _live_view(self, key: str):
        view = self.views.get(key)
        return view if view is not None and shiboken6.isValid(view) else None

    # workspace ---------------------------------------------------------------------------
    def _update_title(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            name = self.tr("no workspace")
            self.ws_label.setText(self.tr("Open or create a workspace (File menu)."))
        else:
            name = str(ws.path)
            flag = self.tr(" (read-only)") if ws.read_only else ""
            name += flag
            self.ws_label.setText(self.tr("Workspace: {0}").format(ws.path))
        view = self.stack.currentWidget() if hasattr(self, "stack") else None
        if view is not None and hasattr(view, "title"):  # which view, as a window list shows it
            self.setWindowTitle(self.tr("{0} — {1} — jointaudit").format(view.title(), name))
        else:
            self.setWindowTitle(self.tr("{0} — jointaudit").format(name))
        self.setWindowFilePath(str(ws.path) if ws else "")

    def _workspace_changed(self, ws: Workspace | None) -> None:
        self._update_title()
        for act in (self.act_save_as,):  # a server is copied with pg_dump, not Save As
            act.setEnabled(ws is not None and not getattr(ws, "is_server", False))
        if ws is not None:
            self.prefs.add_recent(ws.path)
        notice = getattr(ws, "notice", "") if ws is not None else ""
        self.read_only_banner.setText(notice)
        self.read_only_banner.setVisible(bool(notice))

    def open_workspace(self, path: Path | str, *, create: bool = False, on_open=None
                       ) -> None:
        def opened(ws: Workspace) -> None:
            if self.ctx.closed:  # the window closed while the file was opening
                ws.close()
                return
            self.ctx.set_workspace(ws)
            self.workspace_opened.emit(ws)
            if on_open:
                on_open(ws)

        self.workers.submit(lambda job: open_or_create(path, create), on_result=opened,
                            on_error=self.ctx.report_error, name="open workspace")

    open_dialog = None

    def choose_workspace(self) -> None:
        """File → Open: a workspace file, or "Connect to server…" in the same dialog."""
        from ui.open_dialog import OpenWorkspaceDialog, is_server

        recent = self.prefs.recent_workspaces()
        dialog = OpenWorkspaceDialog(self, str(default_data_folder()), recent)
        dialog.fileSelected.connect(lambda path: self.open_workspace(Path(path)))
        last_server = next((p for p in recent if is_server(p)), "")
        dialog.server_requested.connect(lambda: self.connect_server(suggested=last_server))
        self.open_dialog = dialog
        dialog.open()

    def connect_server(self, address: str = "", *, suggested: str = "") -> None:
        """Open a workspace on a PostgreSQL server: with the password from the keyring when
        one is kept for ``address``, else asked for (docs/server.md). ``suggested`` only
        fills in the dialog (the last server used)."""
        from ui.server_login import ConnectDialog, stored_password, with_password

        if address and stored_password(address):
            self.open_workspace(with_password(address, stored_password(address)))
            return
        dialog = ConnectDialog(self, address or suggested)
        if dialog.exec():
            self.open_workspace(dialog.connection())

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), str(default_data_folder() / f"audits{SUFFIX}"),
            self.tr("jointaudit workspaces (*{0})").format(SUFFIX))
        if path:
            path = path if path.endswith(SUFFIX) else path + SUFFIX
            self.open_workspace(Path(path), create=True)

    def save_as(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save workspace as"), str(ws.path.with_name(f"copy-{ws.path.name}")),
            self.tr("jointaudit workspaces (*{0})").format(SUFFIX))
        if path:
            self.save_workspace_as(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def save_workspace_as(self, target: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.ctx.run(lambda w, job: copy_workspace(w, target),
                     lambda new: self.ctx.set_workspace(new), name="save as")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.prefs.recent_workspaces()
        for p in recent:
            if p.startswith(("postgresql://", "postgres://")):  # a server: password again
                self.recent_menu.addAction(p, lambda p=p: self.connect_server(p))
            else:
                self.recent_menu.addAction(p, lambda p=p: self.open_workspace(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self.prefs.clear_recent)

    # first run: the demo workspace -------------------------------------------------------------
    def demo_path(self) -> Path:
        return default_data_folder() / f"demo{SUFFIX}"

    def open_demo(self, on_open=None) -> None:
        """Open the demo workspace in the user's data folder, creating it the first time."""
        from ui.demo import demo_available, ensure_demo

        if not demo_available():
            QMessageBox.information(self, self.tr("Demo workspace"), self.tr(
                "This build has no demo data yet (jointaudit.demo is missing)."))
            return
        target = self.demo_path()

        def opened(ws: Workspace) -> None:
            if self.ctx.closed:
                ws.close()
                return
            self.ctx.set_workspace(ws)
            self.prefs.set_first_run_done()
            self.workspace_opened.emit(ws)
            if on_open:
                on_open(ws)

        self.workers.submit(lambda job: ensure_demo(target, job.progress), on_result=opened,
                            on_error=self.ctx.report_error, name="demo workspace")

    def start(self, path: str | None = None) -> None:
        """What the launcher does after showing the window: open a file, or the last one,
        or on the very first run the demo workspace."""
        if path or self.ctx.workspace:
            return
        recent = [p for p in self.prefs.recent_workspaces() if Path(p).exists()]
        if recent:
            self.open_workspace(Path(recent[0]))
        elif not self.prefs.first_run_done():
            self.open_demo()
            self.show_getting_started()

    # help ----------------------------------------------------------------------------------
    def show_getting_started(self):
        """The page that says what each kind of user does first (first run, F1)."""
        from ui.help import GettingStarted

        if (page := self._help.get("start")) is None or not shiboken6.isValid(page):
            page = GettingStarted(self)
            page.open_guide.connect(self.show_guide)
            page.open_demo.connect(lambda: self.open_demo())
            self._help["start"] = page
        page.show()
        page.raise_()
        return page

    def show_guide(self, who: str):
        from ui.help import GuideWindow

        if (guide := self._help.get(who)) is None or not shiboken6.isValid(guide):
            guide = GuideWindow(who, self)
            self._help[who] = guide
        guide.show()
        guide.raise_()
        return guide

    # settings & about ----------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.prefs.set_language(code)
        install_language(code)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About jointaudit"), self.tr(
            "<h3>jointaudit {0}</h3><p>Plan joint audits across mining sustainability "
            "schemes, merge their checklists, do fieldwork offline, collect approvals and "
            "export each scheme's report.</p><p>Scheme rules and texts come from packs with "
            "their sources; check every rule marked unverified.</p>").format(
                jointaudit.__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_geometry(self.saveGeometry())
        self.prefs.sync()
        self.ctx.close_all()
        super().closeEvent(event)
