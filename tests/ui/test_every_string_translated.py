"""Every word the app shows on its own (not the user's data) is translated: the window and
every view, tab, table header, menu and dialog are built in English, Spanish and French, and
a text that reads the same in all three is a string no catalogue holds — one built without
tr(), or through a call lupdate cannot see (an alias of QCoreApplication.translate)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tests.ui.test_fits_laptop import switch_language

# the same in all three languages for good reason: names, codes, units, symbols
SAME_EVERYWHERE = {"jointaudit", "#", "CB", "OC", "ID", "PDF", "CSV", "XLSX", "JSON", "ICS",
                   "English", "Español", "Français", "—", "Total", "Site", "Version", "Notes",
                   "Observation", "Clause", "Code", "Type", "Documents", "Description",
                   "Points"}


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of fixed text under ``root``, in a stable order."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for n, w in enumerate(widgets):
        where = f"{type(w).__name__}#{w.objectName() or n}"
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QTabWidget):
            out += [(f"{where} tab {i}", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox) and w.count() < 30:  # choices, not country lists
            out += [(f"{where} item {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and QAbstractItemView.model(w) is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else \
                w.header() if isinstance(w, QTreeView) else None
            if header is not None:
                m = QAbstractItemView.model(w)
                out += [(f"{where} column {c}", str(m.headerData(
                    c, Qt.Orientation.Horizontal) or "")) for c in range(header.count())]
        if w.toolTip():
            out.append((where + " tooltip", w.toolTip()))
        out += [(f"{where} action", a.text()) for a in QWidget.actions(w) if a.text()]
    return out


def dialogs(window) -> list[QWidget]:
    from jointaudit.services import records
    from ui.help import GettingStarted
    from ui.views.key_dialogs import NewKeyDialog
    from ui.views.record_form import RecordForm

    return [RecordForm(kind, {}, parent=window) for kind in records.KINDS.values()] + \
        [GettingStarted(window), NewKeyDialog([], window)]


def build(window, qtbot, language):
    switch_language(window, qtbot, language)
    # the replaced views and the last run's dialogs go now, not on some later event
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    menus = [(f"menu {a.text()}", x.text()) for a in window.menuBar().actions()
             for x in [a, *(a.menu().actions() if a.menu() else [])] if x.text()]
    found = menus + texts_of(window)
    for dlg in dialogs(window):
        found += texts_of(dlg)
        dlg.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def words(text: str) -> bool:
    plain = re.sub(r"<[^>]+>|\{\d+\}|&", "", text)
    return bool(re.search(r"[A-Za-z]{3,}", plain)) and plain.strip() not in SAME_EVERYWHERE


def test_no_fixed_text_is_the_same_in_english_spanish_and_french(window, qtbot):
    en = build(window, qtbot, "en")
    es = build(window, qtbot, "es")
    fr = build(window, qtbot, "fr")
    assert len(en) == len(es) == len(fr) > 300
    same = sorted({f"{where}: {a!r}" for (where, a), (_w, b), (_v, c) in zip(en, es, fr,
                                                                               strict=True)
                   if a == b == c and words(a)})
    assert not same, "untranslated:\n" + "\n".join(same)


def test_every_translate_call_is_one_lupdate_can_read():
    """lupdate collects only tr("literal"), QCoreApplication.translate("Context",
    "literal") and QT_TRANSLATE_NOOP("Context", "literal"): a text passed through a variable
    or an alias never reaches a catalogue (unless its module marks it with
    QT_TRANSLATE_NOOP in that context)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    wrong = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                    and node.value.attr in ("translate", "tr"):
                wrong.append(f"{path.name}:{node.lineno}: an alias of {node.value.attr}()")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            texts = node.args[:1] if name == "tr" else node.args[:2] if name == "translate" \
                and getattr(node.func.value, "id", "") == "QCoreApplication" else []
            marked = name == "translate" and isinstance(node.args[0], ast.Constant) and \
                f'QT_TRANSLATE_NOOP("{node.args[0].value}"' in source
            if not marked and any(not (isinstance(a, ast.Constant) and isinstance(a.value, str))
                                  for a in texts):
                wrong.append(f"{path.name}:{node.lineno}: {name}() of a computed text")
    assert not wrong, "\n".join(wrong)
