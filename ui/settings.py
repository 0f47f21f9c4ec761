"""UI preferences in QSettings (never domain data): geometry, recent workspaces, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8
LANGUAGES = ("en", "es", "fr")


class Preferences:
    """Typed access to the few things the desktop app remembers between runs."""

    def __init__(self, settings: QSettings | None = None):
        self.qs = settings or QSettings()

    # window geometry -------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, data: QByteArray) -> None:
        self.qs.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        value = self.qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, data: QByteArray) -> None:
        self.qs.setValue("window/state", data)

    # recent workspaces -----------------------------------------------------------------
    def recent_workspaces(self) -> list[str]:
        value = self.qs.value("workspaces/recent", [])
        if isinstance(value, str):  # QSettings hands back a lone item as a string
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> list[str]:
        # A server's address is kept as shown (jointaudit.store.db.ServerAddress: without
        # its password); a file by its full path.
        text = str(path)
        path = text if text.startswith(("postgresql://", "postgres://")) \
            else str(Path(path).resolve())
        items = [p for p in self.recent_workspaces() if p != path]
        items.insert(0, path)
        items = items[:MAX_RECENT]
        self.qs.setValue("workspaces/recent", items)
        return items

    def clear_recent(self) -> None:
        self.qs.setValue("workspaces/recent", [])

    # language --------------------------------------------------------------------------
    def language(self) -> str:
        value = str(self.qs.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unsupported language {code!r}; expected one of {LANGUAGES}")
        self.qs.setValue("ui/language", code)

    # first run ---------------------------------------------------------------------------
    def first_run_done(self) -> bool:
        return self.qs.value("ui/first_run_done", False, type=bool)

    def set_first_run_done(self) -> None:
        self.qs.setValue("ui/first_run_done", True)

    def sync(self) -> None:
        self.qs.sync()


def remembered_folder(purpose: str) -> Path:
    """The folder a file dialog for ``purpose`` ("evidence", "exports", "keys", …) opened
    last, else the user's documents folder: dialogs never start from scratch again."""
    value = str(QSettings().value(f"folders/{purpose}", "") or "")
    if value and Path(value).is_dir():
        return Path(value)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home())


def remember_folder(purpose: str, folder: str | Path) -> None:
    QSettings().setValue(f"folders/{purpose}", str(folder))


def open_file(parent, purpose: str, title: str, filters: str = "") -> Path | None:
    """QFileDialog.getOpenFileName starting in the folder last used for ``purpose``, which it
    then remembers (QSettings); None when the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, str(remembered_folder(purpose)),
                                          filters)
    if not path:
        return None
    remember_folder(purpose, Path(path).parent)
    return Path(path)


def save_file(parent, purpose: str, title: str, name: str, filters: str = "") -> Path | None:
    """QFileDialog.getSaveFileName proposing ``name`` in the folder last used for
    ``purpose``, which it then remembers; None when the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, str(remembered_folder(purpose) / name),
                                          filters)
    if not path:
        return None
    remember_folder(purpose, Path(path).parent)
    return Path(path)


def choose_folder(parent, purpose: str, title: str, default: Path | None = None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    remembered = str(QSettings().value(f"folders/{purpose}", "") or "")
    start = remembered if remembered and Path(remembered).is_dir() else \
        str(default or remembered_folder(purpose))
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    if not folder:
        return None
    remember_folder(purpose, folder)
    return Path(folder)
