"""File → Connect to server…: open a workspace on a PostgreSQL server (docs/server.md).

The address (``postgresql://USER@HOST[:PORT]/DATABASE``) goes into the recent list like a
file; the password never does, nor into any setting. It is typed in this dialog and, if the
user asks, kept in the system keyring (``keyring``: the Secret Service, macOS Keychain or
Windows Credential Locker) under the address, so that the next connection needs no typing.
Without a usable keyring the option is off and says why; libpq's own ``PGPASSWORD`` and
``~/.pgpass`` work as well.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

KEYRING_SERVICE = "jointaudit"


def _keyring():
    """The keyring module if a real backend is there, else None."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring is no keyring
        return None
    return None if isinstance(backend, NoKeyring) else keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _account(address: str) -> str:
    """The keyring entry's name: the address as shown, without any password."""
    from jointaudit.store.db import ServerAddress

    return str(ServerAddress(address))


def stored_password(address: str) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, _account(address))
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return None


def remember_password(address: str, password: str) -> bool:
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, _account(address), password)
    except Exception:  # noqa: BLE001 - not remembered; the connection still works
        return False
    return True


def forget_password(address: str) -> None:
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(KEYRING_SERVICE, _account(address))
    except Exception:  # noqa: BLE001 - nothing stored
        pass


def with_password(address: str, password: str | None) -> str:
    """The address to connect with: the password only in memory, never shown or stored."""
    from sqlalchemy.engine import make_url

    if not password:
        return address
    return make_url(address).set(password=password).render_as_string(hide_password=False)


class ConnectDialog(QDialog):
    def __init__(self, parent=None, address: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("postgresql://user@host:5432/database")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        if keyring_available():
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("No system keyring is available; use ~/.pgpass "
                                             "or type the password each time"))
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if address:
            self.password.setFocus()

    def _accept(self) -> None:
        from jointaudit.common.errors import WorkspaceError
        from jointaudit.store.db import ServerAddress, is_server_address

        text = self.address.text().strip()
        if not is_server_address(text):
            self._say(self.tr("The address starts with postgresql://"))
            return
        try:
            ServerAddress(text)
        except WorkspaceError as exc:
            self._say(str(exc))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def connection(self) -> str:
        """The address to connect with (password in memory only); remembers it if asked."""
        address, password = self.address.text().strip(), self.password.text()
        if password and self.remember.isChecked():
            remember_password(address, password)
        return with_password(address, password or stored_password(address))
