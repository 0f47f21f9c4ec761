"""Scheme staff's keys in the app: create your signing key, and trust someone's public key
after checking its fingerprint, for schemes picked from the workspace's own (never typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {"auditor": QCoreApplication.translate("Keys", "auditor"),
            "site": QCoreApplication.translate("Keys", "mine site"),
            "scheme_staff": QCoreApplication.translate("Keys", "scheme staff")}.get(role, role)


def scheme_list(schemes, checked=()) -> QListWidget:
    """The workspace's schemes (id, name) as a checkable list, ``checked`` ticked."""
    box = QListWidget()
    box.setObjectName("schemes")
    for scheme_id, name in schemes:
        item = QListWidgetItem(f"{name} ({scheme_id})")
        item.setData(Qt.ItemDataRole.UserRole, scheme_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if scheme_id in checked
                           else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(160)
    return box


def checked_ids(box: QListWidget) -> list[str]:
    return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]


class NewKeyDialog(QDialog):
    """Name, organisation, role, the schemes one signs for, a passphrase typed twice."""

    def __init__(self, schemes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newKey")
        self.setWindowTitle(self.tr("Create your signing key"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QComboBox()
        from jointaudit.trust.keys import ROLES

        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("scheme_staff"))
        self.schemes = scheme_list(schemes)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("You sign for:"), self.schemes)
        form.addRow(self.tr("Passphrase (8 characters or more):"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give your name: it is shown with every approval you sign.")
        if len(self.passphrase.text()) < 8:
            return self.tr("The passphrase needs at least 8 characters.")
        if self.passphrase.text() != self.again.text():
            return self.tr("The two passphrases differ.")
        return ""

    def check_and_accept(self) -> None:
        self.message.setText(self.problem())
        if not self.message.text():
            self.accept()

    def values(self) -> dict:
        return {"name": self.name.text().strip(),
                "organisation": self.organisation.text().strip(),
                "role": self.role.currentData(), "scheme_ids": tuple(checked_ids(self.schemes)),
                "passphrase": self.passphrase.text()}


class TrustKeyDialog(QDialog):
    """Whose key it is, its fingerprint to compare with what its owner reads out, and the
    workspace's schemes it may approve for (those it claims are ticked)."""

    def __init__(self, info, schemes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trustKey")
        self.setWindowTitle(self.tr("Trust a key"))
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("<b>{0}</b> ({1}), {2}").format(
            info.name, info.organisation or self.tr("no organisation given"),
            role_label(info.role)))
        who.setWordWrap(True)
        layout.addWidget(who)
        self.fingerprint = QLabel(info.fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 13pt")
        check = QLabel(self.tr("Fingerprint — compare it with the one its owner gives you "
                               "(by phone or in person) before you trust the key:"))
        check.setWordWrap(True)
        layout.addWidget(check)
        layout.addWidget(self.fingerprint)
        known = {sid for sid, _ in schemes}
        claimed = [s for s in info.scheme_ids if s in known]
        layout.addWidget(QLabel(self.tr("It may approve templates for:")))
        self.schemes = scheme_list(schemes, checked=claimed)
        layout.addWidget(self.schemes)
        unknown = [s for s in info.scheme_ids if s not in known]
        if unknown:
            note = QLabel(self.tr("It also claims {0}, which this workspace does not hold.")
                          .format(", ".join(unknown)))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = self.buttons.addButton(self.tr("Trust this key"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def check_and_accept(self) -> None:
        if not checked_ids(self.schemes):
            self.message.setText(self.tr("Tick at least one scheme."))
            return
        self.accept()

    def scheme_ids(self) -> list[str]:
        return checked_ids(self.schemes)


class ImportKeyDialog(QDialog):
    """Your key exported on another computer: the file, its passphrase; whose key it is and
    its fingerprint once it opens. A file that does not open says why, naming the file."""

    def __init__(self, path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importKey")
        self.setWindowTitle(self.tr("Import your signing key"))
        self.path = path
        self.signer = None
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Key file: {0}").format(path))
        where.setWordWrap(True)
        layout.addWidget(where)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Its passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import this key"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def check_and_accept(self) -> None:
        from jointaudit.common.errors import JointAuditError
        from jointaudit.trust.keys import read_identity_file

        try:
            self.signer, _pem = read_identity_file(self.path, self.passphrase.text())
        except JointAuditError as exc:
            # the core's message names the file and says what is wrong with it
            detail = "; ".join(p.message for p in exc.problems) if exc.problems else ""
            self.message.setText(self.tr("{0} cannot be imported: {1}").format(
                self.path, detail or exc.message))
            return
        self.accept()
