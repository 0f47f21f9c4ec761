"""Approvals and exchange: each joint template's status per scheme (draft / submitted /
approved / changes requested / invalidated by a change, with what changed since the
decision), who signed and when; sign with your key; review a template item by item with
comments, then approve or request changes (ui/views/review_pane.py); the keys trusted in this
workspace; export and import exchange bundles, showing the verification result and the
offline-merge conflicts to decide."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
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
                  "untrusted": QColor("#fbe7b5"), "submitted": QColor("#dde8f5"),
                  "changes requested": QColor("#f8d9a8")}


def _key_role(role: str) -> str:
    from ui.views.key_dialogs import role_label

    return role_label(role)


@dataclass(frozen=True)
class _Done:
    ok: bool
    message: str


def trust_service():
    from jointaudit.services import trust

    return trust


def records_service():
    from jointaudit.services import records

    return records


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
        from ui.views.review_pane import ReviewPane

        tabs.addTab(self._status_tab(), self.tr("Template approvals"))
        self.review = ReviewPane(self)
        tabs.addTab(self.review, self.tr("Review item by item"))
        self.tabs = tabs
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

    def save_pending(self) -> None:
        self.review.save_pending()

    def detach(self) -> None:
        self.review.save_pending()  # a language switch replaces this view: typing is kept
        super().detach()

    def view_state(self) -> dict:
        return super().view_state() | {"review": self.review.where(),
                                       "review_typed": self.review.typed()}

    def restore_view_state(self, state: dict) -> None:
        super().restore_view_state(state)
        self.review.wanted = state.get("review")
        self.review.keep_typed(state.get("review_typed") or {})

    def reset(self) -> None:
        self.review.reset()
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
        self.run(lambda ws, job: [(c.id, c.label) for c in records_service().choices(
            ws, "scheme")], self._show_schemes, name="schemes")
        self.show_my_key()

    def _show_schemes(self, schemes) -> None:
        self.schemes = list(schemes)

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
        self.review.set_templates(templates)

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
            html.append(f"<p>{words.approval_reason(a.reason)}</p>")
        if a.review_note or a.review_comments:
            html.append("<p><b>" + self.tr("Changes requested by {0}:").format(
                escape(a.signer_name)) + "</b></p><ul>")
            if a.review_note:
                html.append(f"<li>{escape(a.review_note)}</li>")
            html += [f"<li><i>{escape(item or '—')}</i> ({escape(author)}): {escape(text)}</li>"
                     for item, author, text in a.review_comments]
            html.append("</ul>")
        if a.changes:
            since = (self.tr("Changed since the request:") if a.status == "changes requested"
                     else self.tr("Changed since the approval:"))
            html.append("<p><b>" + since + "</b></p><ul>")
            html += [f"<li>{escape(c)}</li>" for c in words.template_changes(a)]
            html.append("</ul>")
        html.append(self.tr("<p>Template content hash {0}</p>").format(a.current_hash[:16]))
        self.diff.setHtml("".join(html))

    def sign(self) -> None:
        index = self.status_view.currentIndex()
        template_id = self.template.currentData()
        if not index.isValid() or template_id is None:
            return
        approval = index.data(ROW_ROLE)

        def ask_passphrase() -> None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Sign the template"),
                self.tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password)
            if ok:
                self.sign_with(template_id, approval.scheme_id, passphrase)

        self.confirm_trusted_for(approval.scheme_id, ask_passphrase)

    def trust_gap(self, scheme_id: str) -> str:
        """Why your key's approval for ``scheme_id`` would not count here ("" if it would)."""
        info = self.my_key()
        if info is None:
            return self.tr("You have no signing key yet: create one in Trusted keys.")
        trusted = {k.fingerprint: k for k in self.keys.rows()}.get(info.fingerprint)
        if trusted is None:
            return self.tr("Your key ({0}) is not trusted in this workspace: the approval "
                           "will show as untrusted.").format(info.fingerprint)
        if scheme_id not in trusted.scheme_ids:
            return self.tr("Your key ({0}) is trusted for {1} only, not for {2}: the approval "
                           "will show as untrusted.").format(
                               info.fingerprint, ", ".join(trusted.scheme_ids) or "—",
                               scheme_id)
        return ""

    def confirm_trusted_for(self, scheme_id: str, go_on) -> None:
        """Warn before a key signs for a scheme it is not trusted for; ``go_on()`` runs
        straight away when it is trusted, or once the user chose Sign anyway."""
        gap = self.trust_gap(scheme_id)
        if not gap:
            go_on()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sign anyway?"), gap,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("untrustedWarning")
        go = box.addButton(self.tr("Sign anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: go_on() if b is go else None)
        self.warning_box = box
        box.open()

    def sign_with(self, template_id: int, scheme_id: str, passphrase: str,
                  profile_dir: Path | None = None) -> None:
        from jointaudit.trust.keys import default_profile_dir

        folder = profile_dir or self.profile_dir or default_profile_dir()
        self.run(lambda ws, job: trust_service().approve(
            ws, template_id, scheme_id, profile_dir=folder, passphrase=passphrase),
            lambda _a: self._signed(), changes="approvals", name="approve")

    def _signed(self) -> None:
        self._template_chosen(0)
        self.review.load()

    # keys ------------------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.keys = RecordTableModel([
            Column(self.tr("Name"), lambda k: k.name),
            Column(self.tr("Organisation"), lambda k: k.organisation),
            Column(self.tr("Role"), lambda k: _key_role(k.role)),
            Column(self.tr("May approve for"), lambda k: ", ".join(k.scheme_ids)),
            Column(self.tr("Fingerprint"), lambda k: k.fingerprint),
        ], parent=self)
        view = QTableView()
        view.setModel(self.keys)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Trust a public key file…"))
        add.clicked.connect(self.choose_key)
        row.addWidget(add)
        self.untrust_button = QPushButton(self.tr("Stop trusting the selected key"))
        self.untrust_button.clicked.connect(self.untrust_selected)
        row.addWidget(self.untrust_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.keys_view = view
        mine = QHBoxLayout()
        self.my_key_label = QLabel()
        self.my_key_label.setObjectName("myKey")
        self.my_key_label.setWordWrap(True)
        self.my_key_label.setTextInteractionFlags(
            self.my_key_label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        mine.addWidget(self.my_key_label, 1)
        self.new_key_button = QPushButton(self.tr("Create your signing key…"))
        self.new_key_button.clicked.connect(self.ask_new_key)
        mine.addWidget(self.new_key_button)
        self.export_key_button = QPushButton(self.tr("Export your public key…"))
        self.export_key_button.clicked.connect(self.choose_key_export)
        mine.addWidget(self.export_key_button)
        layout.addLayout(mine)
        move = QHBoxLayout()  # the same key on another computer
        move.addStretch(1)
        self.import_key_button = QPushButton(self.tr("Import your key from another computer…"))
        self.import_key_button.clicked.connect(self.choose_key_import)
        move.addWidget(self.import_key_button)
        self.export_identity_button = QPushButton(self.tr("Export your key for another "
                                                          "computer…"))
        self.export_identity_button.clicked.connect(self.choose_identity_export)
        move.addWidget(self.export_identity_button)
        layout.addLayout(move)
        return tab

    # your own key (in your profile folder, never in the workspace) -----------------------------
    profile_dir: Path | None = None  # tests point it elsewhere; else the user's profile

    def _profile(self) -> Path:
        from jointaudit.trust.keys import default_profile_dir

        return self.profile_dir or default_profile_dir()

    def my_key(self):
        from jointaudit.trust.keys import PUBLIC_KEY_FILE, read_public_key_file

        path = self._profile() / PUBLIC_KEY_FILE
        if not path.is_file():
            return None
        try:
            return read_public_key_file(path)
        except Exception:  # noqa: BLE001 - a damaged file reads as "no usable key"
            return None

    def show_my_key(self) -> None:
        info = self.my_key()
        if info is None:
            self.my_key_label.setText(self.tr("You have no signing key on this computer yet."))
        else:
            self.my_key_label.setText(self.tr(
                "Your signing key: <b>{0}</b>, signs for {1} — fingerprint <tt>{2}</tt>")
                .format(info.name, ", ".join(info.scheme_ids) or "—", info.fingerprint))
        self.export_key_button.setEnabled(info is not None)
        self.export_identity_button.setEnabled(info is not None)

    def ask_new_key(self):
        from ui.views.key_dialogs import NewKeyDialog

        if self.my_key() is not None:
            answer = QMessageBox.question(self, self.tr("Replace your key?"), self.tr(
                "You already have a signing key. A new one replaces it: approvals signed "
                "with the old one stay valid, but you can no longer sign with it."))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        dialog = NewKeyDialog(self.schemes, self)
        dialog.accepted.connect(lambda: self.create_key(**dialog.values()))
        self.key_dialog = dialog
        dialog.open()
        return dialog

    def create_key(self, **values) -> None:
        from jointaudit.trust.keys import create_identity

        folder = self._profile()
        self.ctx.workers.submit(
            lambda job: create_identity(folder, overwrite=True, **values),
            on_result=lambda _s: self.show_my_key() if shiboken6.isValid(self) else None,
            on_error=self.ctx.report_error, workspace=False, name="create key")

    def choose_key_export(self) -> None:
        from ui.settings import remember_folder, remembered_folder

        info = self.my_key()
        if info is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export your public key"),
            str(remembered_folder("keys") / f"{info.name.replace(' ', '-')}.jakey"),
            self.tr("Public keys (*.jakey)"))
        if path:
            remember_folder("keys", Path(path).parent)
            self.export_key(Path(path))

    def export_key(self, path: Path) -> None:
        from jointaudit.trust.keys import PUBLIC_KEY_FILE

        path.write_bytes((self._profile() / PUBLIC_KEY_FILE).read_bytes())
        self.show_notice(self.tr("Your public key was written to {0}; send it to the "
                                 "workspace's owner with its fingerprint.").format(path))

    def choose_key_import(self) -> None:
        from ui.settings import remember_folder, remembered_folder

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your key from another computer"), str(remembered_folder("keys")),
            self.tr("Exported keys (*.jaidentity);;All files (*)"))
        if path:
            remember_folder("keys", Path(path).parent)
            self.ask_import_key(Path(path))

    def ask_import_key(self, path: Path):
        """Ask the file's passphrase; once it opens, make it this computer's signing key
        (asking first when another key would be replaced)."""
        from ui.views.key_dialogs import ImportKeyDialog

        dialog = ImportKeyDialog(path, self)
        dialog.accepted.connect(lambda: self._import_opened(path, dialog))
        self.key_dialog = dialog
        dialog.open()
        return dialog

    def _import_opened(self, path: Path, dialog) -> None:
        mine = self.my_key()
        if mine is not None and mine.fingerprint != dialog.signer.fingerprint:
            answer = QMessageBox.question(self, self.tr("Replace your key?"), self.tr(
                "This computer already has a signing key ({0}). The imported one replaces "
                "it: approvals signed with the old one stay valid, but you can no longer "
                "sign with it.").format(mine.fingerprint))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.import_key(path, dialog.passphrase.text())

    def import_key(self, path: Path, passphrase: str) -> None:
        from jointaudit.trust.keys import import_identity

        folder = self._profile()
        self.ctx.workers.submit(
            lambda job: import_identity(folder, path, passphrase, overwrite=True),
            on_result=lambda _s: self.show_my_key() if shiboken6.isValid(self) else None,
            on_error=self.ctx.report_error, workspace=False, name="import key")

    def choose_identity_export(self) -> None:
        from ui.settings import remember_folder, remembered_folder

        info = self.my_key()
        if info is None:
            return
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Export your key"), self.tr(
                "Your key's passphrase (the file stays encrypted with it):"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export your key for another computer"),
            str(remembered_folder("keys") / f"{info.name.replace(' ', '-')}.jaidentity"),
            self.tr("Exported keys (*.jaidentity)"))
        if path:
            remember_folder("keys", Path(path).parent)
            self.export_identity(Path(path), passphrase)

    def export_identity(self, path: Path, passphrase: str) -> None:
        from jointaudit.trust.keys import export_identity

        folder = self._profile()
        self.ctx.workers.submit(
            lambda job: export_identity(folder, path, passphrase),
            on_result=lambda out: self.show_notice(self.tr(
                "Your key was written to {0}, encrypted with its passphrase. Keep the file "
                "as safe as the passphrase.").format(out)) if shiboken6.isValid(self) else None,
            on_error=self.ctx.report_error, workspace=False, name="export key")

    # others' keys ------------------------------------------------------------------------------
    schemes: list = []

    def choose_key(self) -> None:
        from ui.settings import remember_folder, remembered_folder

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Public key"),
                                              str(remembered_folder("keys")),
                                              self.tr("Public keys (*.jakey);;All files (*)"))
        if path:
            remember_folder("keys", Path(path).parent)
            self.ask_trust(Path(path))

    def ask_trust(self, path: Path):
        """Show whose key it is and its fingerprint; trust it for the schemes ticked."""
        from jointaudit.common.errors import JointAuditError
        from jointaudit.trust.keys import read_public_key_file
        from ui.views.key_dialogs import TrustKeyDialog

        try:
            info = read_public_key_file(path)
        except JointAuditError as exc:
            self.ctx.report_error(exc)
            return None
        dialog = TrustKeyDialog(info, self.schemes, self)
        dialog.accepted.connect(lambda: self.trust(path, dialog.scheme_ids()))
        self.key_dialog = dialog
        dialog.open()
        return dialog

    def trust(self, path: Path, scheme_ids: list[str]) -> None:
        self.run(lambda ws, job: trust_service().trust_key_file(ws, path, scheme_ids),
                 lambda _k: self.reload(), changes="approvals", name="trust key")

    def untrust_selected(self) -> None:
        index = self.keys_view.currentIndex()
        key = index.data(ROW_ROLE) if index.isValid() else None
        if key is None:
            return
        self.run(lambda ws, job: trust_service().untrust_key(ws, key.fingerprint),
                 lambda _r: self.reload(), changes="approvals", name="untrust key")

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
        self.unverified_box: QMessageBox | None = None  # the prompt for an unverified sender
        self._resolutions: dict[str, str] = {}
        self.choice.activated.connect(self._choose_resolution)
        self.conflict_view.selectionModel().currentRowChanged.connect(self._conflict_chosen)
        return tab

    def choose_export(self) -> None:
        template_id = self.template.currentData()
        from ui.settings import save_file

        path = save_file(self, "bundles", self.tr("Export bundle"), "exchange.jabundle")
        if path and template_id is not None:
            out = path
            self.run(lambda ws, job: trust_service().export_bundle(
                ws, out, template_id=template_id),
                lambda p: self.bundle_result.setPlainText(self.tr("Written: {0}").format(p)),
                name="export bundle")

    def choose_import(self) -> None:
        from ui.settings import open_file

        path = open_file(self, "bundles", self.tr("Bundle to import"))
        if path:
            self.preview_bundle(path)

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
            if not view.sender_trusted:
                html.append("<p style='color:#b7651a'><b>" + self._unverified_words(view)
                            + "</b></p>")
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

    def _unverified_words(self, view) -> str:
        if view.sender_fingerprint:
            return self.tr("Signed by {0}, a key this workspace does not trust "
                           "(fingerprint {1}).").format(view.sender.split(" [")[0],
                                                        view.sender_fingerprint)
        return self.tr("This bundle is not signed: nothing shows who made it.")

    def apply_import(self) -> None:
        if self._bundle_path is None:
            return
        view = self.import_view
        if view is not None and not view.sender_trusted:
            self._ask_unverified(view)
            return
        self._import(accept_unsigned=False)

    def _ask_unverified(self, view) -> None:
        """An unsigned or untrusted-signed bundle is imported only when the user accepts it
        here, having seen the sender's fingerprint; what it brings is then marked."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import an unverified bundle?"),
                          self._unverified_words(view) + "\n\n" + self.tr(
                              "Import it only if you know where it comes from (compare the "
                              "fingerprint with the sender, by phone for example). What it "
                              "brings is marked in the audit trail as coming from an "
                              "unverified bundle."),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmUnverified")
        accept = box.addButton(self.tr("Import anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: self._import(accept_unsigned=True)
                                  if b is accept else None)
        self.unverified_box = box
        box.open()

    def _import(self, *, accept_unsigned: bool) -> None:
        if self._bundle_path is None:
            return
        path, choices = self._bundle_path, dict(self._resolutions)
        done = (self.tr("Imported {0}; what it brought is marked as from an unverified "
                        "bundle").format(path.name) if accept_unsigned
                else self.tr("Imported {0}").format(path.name))
        self.run(lambda ws, job: trust_service().import_bundle(
                     ws, path, choices, accept_unsigned=accept_unsigned),
                 lambda view: self._previewed((_Done(True, done), view)),
                 changes="*", name="import bundle")
        self.apply_button.setEnabled(False)
