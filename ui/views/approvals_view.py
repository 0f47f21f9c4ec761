"""Approvals and exchange: each joint template's status per scheme (draft / submitted /
approved / invalidated by a change, with what changed since the approval), who signed and
when; sign with your key; the keys trusted in this workspace; export and import exchange
bundles, showing the verification result and the offline-merge conflicts to decide."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import words
from ui.models.records import ROW_ROLE, Column, RecordTableModel
from ui.views.base import View

STATUS_COLOURS = {"approved": QColor("#d5efdd"), "invalidated": QColor("#f5c2b8"),
                  "untrusted": QColor("#fbe7b5"), "submitted": QColor("#dde8f5")}


@dataclass(frozen=True)
class _Done:
    ok: bool
    message: str


def trust_service():
    from jointaudit.services import trust

    return trust


def templates_source():
    from ui.views import checklist_bridge

    return checklist_bridge


class ApprovalsView(View):
    key = "approvals"
    parts = ("checklist", "approvals", "findings")

    def title(self) -> str:
        return self.tr("Approvals")

    def summary(self) -> str:
        return self.tr("Template approvals by scheme staff, trusted keys, exchange bundles")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.import_view = None
        tabs = QTabWidget()
        self.layout_.addWidget(tabs, 1)
        tabs.addTab(self._status_tab(), self.tr("Template approvals"))
        tabs.addTab(self._keys_tab(), self.tr("Trusted keys"))
        tabs.addTab(self._exchange_tab(), self.tr("Exchange bundles"))

    # approvals ---------------------------------------------------------------------------------
    def _status_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Joint template:")))
        self.template = QComboBox()
        self.template.setMinimumWidth(300)
        self.template.currentIndexChanged.connect(self._template_chosen)
        row.addWidget(self.template)
        row.addStretch(1)
        self.sign_button = QPushButton(self.tr("Sign for the selected scheme…"))
        self.sign_button.clicked.connect(self.sign)
        row.addWidget(self.sign_button)
        layout.addLayout(row)
        split = QSplitter()
        self.status = RecordTableModel([
            Column(self.tr("Scheme"), lambda a: a.scheme_name),
            Column(self.tr("Status"), lambda a: words.approval_status(a.status)),
            Column(self.tr("Required"), lambda a: self.tr("yes") if a.required
                   else self.tr("no")),
            Column(self.tr("Signed by"), lambda a: a.signer_name),
            Column(self.tr("Signed at"), lambda a: a.signed_at.strftime("%Y-%m-%d %H:%M")
                   if a.signed_at else ""),
            Column(self.tr("Key"), lambda a: a.fingerprint),
        ], parent=self, background=lambda a: STATUS_COLOURS.get(a.status))
        self.status_view = QTableView()
        self.status_view.setObjectName("approvalStatus")
        self.status_view.setModel(self.status)
        self.status_view.verticalHeader().hide()
        self.status_view.horizontalHeader().setStretchLastSection(True)
        self.status_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status_view.selectionModel().currentRowChanged.connect(self._status_chosen)
        split.addWidget(self.status_view)
        self.diff = QTextBrowser()
        split.addWidget(self.diff)
        split.setSizes([700, 450])
        layout.addWidget(split, 1)
        return tab

    def reset(self) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        self.template.blockSignals(False)
        self.status.set_rows([])
        self.diff.clear()
        self.keys.set_rows([])
        self.import_view = None
        self._bundle_path = None
        self._resolutions = {}
        self.conflicts.set_rows([])
        self.bundle_result.clear()
        self.apply_button.setEnabled(False)

    def reload(self) -> None:
        if self.ctx.workspace is None or not self.needs("trust", "checklist"):
            return
        self.run(lambda ws, job: templates_source().templates(ws), self._show_templates,
                     name="list templates")
        self.run(lambda ws, job: trust_service().trusted_keys(ws), self.keys.set_rows,
                     name="trusted keys")

    def _show_templates(self, loaded) -> None:
        _versions, templates, _visits = loaded
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for t in templates:
            self.template.addItem(t.name, t.id)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)
        self._template_chosen(self.template.currentIndex())

    def _template_chosen(self, _index: int) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            self.status.set_rows([])
            return
        self.run(lambda ws, job: trust_service().template_status(ws, template_id),
                 self._show_status, name="approval status")

    def _show_status(self, rows) -> None:
        self.status.set_rows(rows)
        self.status_view.resizeColumnsToContents()

    def _status_chosen(self, current, _previous) -> None:
        a = current.data(ROW_ROLE) if current.isValid() else None
        if a is None:
            self.diff.clear()
            return
        html = [f"<h3>{a.scheme_name}: {words.approval_status(a.status)}</h3>"]
        if a.reason:
            html.append(f"<p>{a.reason}</p>")
        if a.changes:
            html.append("<p><b>" + self.tr("Changed since the approval:") + "</b></p><ul>")
            html += [f"<li>{c}</li>" for c in a.changes]
            html.append("</ul>")
        html.append(self.tr("<p>Template content hash {0}</p>").format(a.current_hash[:16]))
        self.diff.setHtml("".join(html))

    def sign(self) -> None:
        index = self.status_view.currentIndex()
        template_id = self.template.currentData()
        if not index.isValid() or template_id is None:
            return
        approval = index.data(ROW_ROLE)
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Sign the template"),
            self.tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password)
        if ok:
            self.sign_with(template_id, approval.scheme_id, passphrase)

    def sign_with(self, template_id: int, scheme_id: str, passphrase: str,
                  profile_dir: Path | None = None) -> None:
        from jointaudit.trust.keys import default_profile_dir

        folder = profile_dir or default_profile_dir()
        self.run(lambda ws, job: trust_service().approve(
            ws, template_id, scheme_id, profile_dir=folder, passphrase=passphrase),
            lambda _a: self._template_chosen(0), changes="approvals", name="approve")

    # keys ------------------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.keys = RecordTableModel([
            Column(self.tr("Name"), lambda k: k.name),
            Column(self.tr("Organisation"), lambda k: k.organisation),
            Column(self.tr("Role"), lambda k: k.role),
            Column(self.tr("May approve for"), lambda k: ", ".join(k.scheme_ids)),
            Column(self.tr("Fingerprint"), lambda k: k.fingerprint),
        ], parent=self)
        view = QTableView()
        view.setModel(self.keys)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
        add = QPushButton(self.tr("Trust a public key file…"))
        add.clicked.connect(self.choose_key)
        layout.addWidget(add)
        return tab

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Public key"))
        if not path:
            return
        schemes, ok = QInputDialog.getText(self, self.tr("Trust key"), self.tr(
            "Schemes this key may approve for (comma-separated ids):"))
        if ok:
            ids = [s.strip() for s in schemes.split(",") if s.strip()]
            self.run(lambda ws, job: trust_service().trust_key_file(ws, Path(path), ids),
                         lambda _k: self.reload(), changes="approvals", name="trust key")

    # bundles -----------------------------------------------------------------------------------
    def _exchange_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        export = QPushButton(self.tr("Export a bundle of the selected template…"))
        export.clicked.connect(self.choose_export)
        row.addWidget(export)
        preview = QPushButton(self.tr("Verify and preview a bundle…"))
        preview.clicked.connect(self.choose_import)
        row.addWidget(preview)
        self.apply_button = QPushButton(self.tr("Import with these choices"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_import)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.bundle_result = QTextBrowser()
        self.bundle_result.setObjectName("bundleResult")
        layout.addWidget(self.bundle_result, 1)
        self.conflicts = RecordTableModel([
            Column(self.tr("Item"), lambda c: c.item_key),
            Column(self.tr("Field"), lambda c: ", ".join(f[0] for f in c.fields)),
            Column(self.tr("Mine"), lambda c: "; ".join(str(f[2]) for f in c.fields)),
            Column(self.tr("Theirs"), lambda c: "; ".join(str(f[3]) for f in c.fields)),
            Column(self.tr("Choices"), lambda c: " / ".join(c.choices)),
        ], parent=self)
        self.conflict_view = QTableView()
        self.conflict_view.setModel(self.conflicts)
        self.conflict_view.verticalHeader().hide()
        self.conflict_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.conflict_view, 1)
        self.choice = QComboBox()
        layout.addWidget(self.choice)
        self._bundle_path: Path | None = None
        self._resolutions: dict[str, str] = {}
        self.choice.activated.connect(self._choose_resolution)
        self.conflict_view.selectionModel().currentRowChanged.connect(self._conflict_chosen)
        return tab

    def choose_export(self) -> None:
        template_id = self.template.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), "exchange.jabundle")
        if path and template_id is not None:
            out = Path(path)
            self.run(lambda ws, job: trust_service().export_bundle(
                ws, out, template_id=template_id),
                lambda p: self.bundle_result.setPlainText(self.tr("Written: {0}").format(p)),
                name="export bundle")

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bundle to import"))
        if path:
            self.preview_bundle(Path(path))

    def preview_bundle(self, path: Path) -> None:
        self._bundle_path = path
        check = trust_service().verify_bundle  # reads the file only: still off the UI thread

        def work(ws, job):
            result = check(path)
            return result, (trust_service().preview_import(ws, path) if result.ok else None)

        self.run(work, self._previewed, name="verify bundle")

    def _previewed(self, result) -> None:
        check, view = result
        colour = "#2a9d5c" if check.ok else "#c0392b"
        html = [f"<p style='color:{colour}'><b>{check.message}</b></p>"]
        self.import_view = view
        if view is not None:
            html.append(self.tr("<p>Creates {0}, updates {1}, {2} unchanged.</p>").format(
                len(view.created), len(view.updated), view.unchanged))
            html += [f"<p><i>{n}</i></p>" for n in view.notes]
            self.conflicts.set_rows(view.conflicts)
            self._resolutions = {c.key: c.choices[0] for c in view.conflicts if c.choices}
        else:
            self.conflicts.set_rows([])
        self.apply_button.setEnabled(bool(check.ok and view is not None))
        self.bundle_result.setHtml("".join(html))

    def _conflict_chosen(self, current, _previous) -> None:
        self.choice.clear()
        if not current.isValid():
            return
        c = self.conflicts.row_object(current.row())
        for option in c.choices:
            self.choice.addItem(option, option)
        self.choice.setCurrentIndex(max(0, self.choice.findData(self._resolutions.get(c.key))))

    def _choose_resolution(self, _index: int) -> None:
        index = self.conflict_view.currentIndex()
        if index.isValid():
            c = self.conflicts.row_object(index.row())
            self._resolutions[c.key] = self.choice.currentData()

    def apply_import(self) -> None:
        if self._bundle_path is None:
            return
        path, choices = self._bundle_path, dict(self._resolutions)
        self.run(lambda ws, job: trust_service().import_bundle(ws, path, choices),
                     lambda view: self._previewed(
                         (_Done(True, self.tr("Imported {0}").format(path.name)), view)),
                     changes="*", name="import bundle")
        self.apply_button.setEnabled(False)
