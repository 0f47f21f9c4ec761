"""Library → Records: every record type the planner relies on, one table each (chosen from a
list), with Add / Edit / Delete through a form. Scheme approvals and auditor qualifications
that lapse within 90 days, or have lapsed, are highlighted with the date in a tooltip."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jointaudit.common.errors import JointAuditError
from ui.models.records import ROW_ROLE, SORT_ROLE, Column, RecordTableModel
from ui.problems import describe
from ui.views.record_form import RecordForm, display, field_label

EXPIRY_WINDOW_DAYS = 90
EXPIRING = QColor("#fde8b0")
EXPIRED = QColor("#f6c4c4")


def records_service():
    from jointaudit.services import records

    return records


def kind_labels() -> dict[str, str]:
    return {
        "sites": QCoreApplication.translate("Records", "Sites"), "facilities": QCoreApplication.translate("Records", "Facilities"),
        "blackouts": QCoreApplication.translate("Records", "Blackout periods"),
        "certificates": QCoreApplication.translate("Records", "Memberships and certificates"),
        "audit_records": QCoreApplication.translate("Records", "Audit records"),
        "cbs": QCoreApplication.translate("Records", "Certification bodies"),
        "cb_approvals": QCoreApplication.translate("Records", "CB approvals"), "auditors": QCoreApplication.translate("Records", "Auditors"),
        "qualifications": QCoreApplication.translate("Records", "Auditor qualifications"),
        "unavailability": QCoreApplication.translate("Records", "Auditor unavailability"),
        "conflicts": QCoreApplication.translate("Records", "Conflicts of interest"),
    }


def record_columns(kind, choices: dict, today: date) -> list[Column]:
    def tooltip(row) -> str:
        if row.expires_on is None:
            return ""
        text = (QCoreApplication.translate("Records", "expired on {0}") if row.expires_on < today
                else QCoreApplication.translate("Records", "expires on {0}"))
        return text.format(row.expires_on.isoformat())

    columns = [Column("#", lambda r: r.id, align_right=True, tooltip=tooltip)]
    for spec in kind.fields:
        def get(r, s=spec):
            return display(s, r.values.get(s.name), choices)

        def key(r, s=spec):
            v = r.values.get(s.name)
            return v if isinstance(v, int | float) and not isinstance(v, bool) else get(r)

        columns.append(Column(field_label(spec.name), get, sort_key=key, tooltip=tooltip,
                              align_right=spec.type == "int"))
    return columns


class RecordsEditor(QWidget):
    """Lists one record type at a time; edits go through the view's worker (``view.run``)."""

    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordsEditor")
        self.view = view
        self.today = date.today()
        self.kind_key = "sites"
        self.choices: dict = {}
        self.form: RecordForm | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        split = QSplitter()
        outer.addWidget(split)
        self.kinds = QListWidget()
        self.kinds.setObjectName("recordKinds")
        for key, label in kind_labels().items():
            item = QListWidgetItem(label)
            item.setData(ROW_ROLE, key)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        split.addWidget(self.kinds)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("Records", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        bar.addWidget(self.filter, 1)
        self.add_button = QPushButton(QCoreApplication.translate("Records", "Add…"))
        self.edit_button = QPushButton(QCoreApplication.translate("Records", "Edit…"))
        self.delete_button = QPushButton(QCoreApplication.translate("Records", "Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        rl.addLayout(bar)
        self.lapsing = QLabel()
        self.lapsing.setObjectName("lapsingApprovals")
        self.lapsing.setWordWrap(True)
        self.lapsing.setStyleSheet(f"background: {EXPIRING.name()}; padding: 4px;")
        self.lapsing.hide()
        rl.addWidget(self.lapsing)
        self.model = RecordTableModel([], parent=self, background=self._background)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("recordsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        rl.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("recordsStatus")
        self.status.setWordWrap(True)
        rl.addWidget(self.status)
        split.addWidget(right)
        split.setSizes([200, 900])

    # listing ------------------------------------------------------------------------------
    def kind(self):
        return records_service().KINDS[self.kind_key]

    def show_kind(self, key: str) -> None:
        self.kinds.setCurrentRow(list(kind_labels()).index(key))

    def _kind_chosen(self, row: int) -> None:
        if row >= 0:
            self.kind_key = self.kinds.item(row).data(ROW_ROLE)
            self.reload()

    def reload(self) -> None:
        key, today = self.kind_key, self.today

        def fetch(ws, _job):
            service = records_service()
            kind = service.KINDS[key]
            refs = {s.ref for s in kind.fields if s.type == "ref"}
            return (key, service.list_records(ws, key), {r: service.choices(ws, r) for r in refs},
                    service.expiring_approvals(ws, today, EXPIRY_WINDOW_DAYS))

        self.view.run(fetch, self._show, name=f"list {key}")

    def _show(self, result) -> None:
        key, rows, choices, lapsing = result
        if key != self.kind_key:
            return  # another type was chosen meanwhile
        self._show_lapsing(lapsing)
        self.choices = choices
        self.model.set_columns(record_columns(self.kind(), choices, self.today), rows)
        self.table.resizeColumnsToContents()
        expiring = sum(1 for r in rows if self._expiring(r))
        self.status.setText(QCoreApplication.translate(
            "Records", "{0} record(s); {1} expiring within {2} days or expired.").format(
                len(rows), expiring, EXPIRY_WINDOW_DAYS) if expiring else
            QCoreApplication.translate("Records", "{0} record(s).").format(len(rows)))
        kept, self._kept_notice = self._kept_notice, ""
        if kept:  # what a keep theirs did not save stays said after the list reloads
            self.status.setText(f"{self.status.text()} {kept}")

    def _show_lapsing(self, lapsing) -> None:
        """Whatever type is listed, say which approvals lapse soon: a plan depends on them."""
        labels = kind_labels()
        lines = [(QCoreApplication.translate("Records", "{0}: {1}, {2}, expired on {3}") if e.expired else
                  QCoreApplication.translate("Records", "{0}: {1}, {2}, expires on {3}")).format(
                      labels[e.kind], e.holder, e.scheme_id, e.expires_on.isoformat())
                 for e in lapsing]
        self.lapsing.setText(QCoreApplication.translate("Records", "Approvals lapsing within {0} days:").format(
            EXPIRY_WINDOW_DAYS) + "<br>" + "<br>".join(lines))
        self.lapsing.setVisible(bool(lines))

    def _expiring(self, row) -> bool:
        return row.expires_on is not None and \
            row.expires_on <= self.today + timedelta(days=EXPIRY_WINDOW_DAYS)

    def _background(self, row):
        if not self._expiring(row):
            return None
        return EXPIRED if row.expires_on < self.today else EXPIRING

    def current_row(self):
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # editing ------------------------------------------------------------------------------
    def add(self) -> RecordForm:
        return self._open_form(None)

    def edit(self) -> RecordForm | None:
        row = self.current_row()
        return self._open_form(row) if row is not None else None

    def _open_form(self, row) -> RecordForm:
        if self.form is not None:
            self.form.close()
        self.form = RecordForm(self.kind(), self.choices, row, self)
        self.form.submitted.connect(lambda values, f=self.form: self._save(f, values))
        self.form.open()
        return self.form

    def _save(self, form: RecordForm, values: dict) -> None:
        key, row = self.kind_key, form.row
        if row is None:
            def job(ws, _job):
                return records_service().create_record(ws, key, values)
        else:
            def job(ws, _job):  # based on the version the form showed: a later save refuses
                return records_service().update_record(ws, key, row.id, values,
                                                       base_version=row.version)
        form.buttons.setEnabled(False)
        self.view.run(job, lambda saved: self._saved(form, saved),
                      on_error=lambda exc: self._refused(form, exc),
                      changes="records", name=f"save {key}")

    def _saved(self, form: RecordForm, saved) -> None:
        from ui.undo import RecordEdit

        label = kind_labels()[self.kind_key]
        if form.row is None:
            text, before = QCoreApplication.translate("Records", "add {0} {1}").format(label, saved.id), None
        else:
            text, before = QCoreApplication.translate("Records", "edit {0} {1}").format(label, saved.id), \
                dict(form.row.values)
        self.view.ctx.undo_stack.push(RecordEdit(
            self.view.ctx, text, self.kind_key, record_id=saved.id, before=before,
            after=dict(saved.values)))
        form.accept()
        self.status.setText(QCoreApplication.translate("Records", "Saved record {0}.").format(
            saved.id))
        self.reload()

    refused_dialog = None
    _kept_notice = ""

    def _refused(self, form: RecordForm, exc: BaseException) -> None:
        form.buttons.setEnabled(True)
        if isinstance(exc, records_service().StaleRecord):
            self._stale(form, exc)
            return
        if not isinstance(exc, JointAuditError):
            self.view.ctx.report_error(exc)
            return
        message, problems = describe(exc)
        form.show_problems(message, problems)

    def _stale(self, form: RecordForm, refused) -> None:
        """Someone saved the record after the form read it: theirs beside mine, keep mine
        or keep theirs (ui/views/refused_dialog.py)."""
        from ui.views.record_form import display, field_label
        from ui.views.refused_dialog import RefusedRecordDialog

        specs = {spec.name: spec for spec in self.kind().fields}
        mine = {name: [part.strip() for part in value.split(",") if part.strip()]
                if specs[name].type == "list" and isinstance(value, str) else value
                for name, value in form.values().items()}  # lists as the record holds them

        def shown(name, value) -> str:
            spec = specs.get(name)
            return display(spec, value, self.choices) if spec is not None else str(value)

        labels = {name: field_label(name) for name in specs}
        dialog = RefusedRecordDialog(refused, dict(form.row.values), mine, labels, shown, form)
        dialog.chosen.connect(lambda choice: self._keep(form, refused, mine, choice, shown))
        self.refused_dialog = dialog
        dialog.open()

    def _keep(self, form: RecordForm, refused, mine: dict, choice: str, shown) -> None:
        key, base = self.kind_key, dict(form.row.values)
        if choice == "mine":
            form.row = refused.current  # what an undo of this save puts back: theirs
            form.buttons.setEnabled(False)
            self.view.run(
                lambda ws, _job: records_service().keep_mine_record(ws, refused, base, mine),
                lambda saved: self._saved(form, saved),
                on_error=lambda exc: self._refused(form, exc),
                changes="records", name=f"keep mine {key}")
            return
        from PySide6.QtGui import QGuiApplication

        theirs = refused.current.values
        lost = "; ".join(f"{n} = {shown(n, v)}" for n, v in mine.items()
                         if shown(n, v) != shown(n, theirs.get(n)))
        QGuiApplication.clipboard().setText(lost)
        form.reject()
        self._kept_notice = QCoreApplication.translate(
            "Records", "Kept the saved version of record {0}; yours was not saved (it is on "
            "the clipboard): {1}").format(refused.current.id, lost or "—")
        self.status.setText(self._kept_notice)
        self.reload()

    def delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        key = self.kind_key
        self.view.run(lambda ws, _job: records_service().delete_record(ws, key, row.id),
                      lambda _r: self._deleted(row), on_error=self._delete_refused,
                      changes="records", name=f"delete {key}")

    def _deleted(self, row) -> None:
        from ui.undo import RecordEdit

        self.view.ctx.undo_stack.push(RecordEdit(
            self.view.ctx, QCoreApplication.translate("Records", "delete {0} {1}").format(
                kind_labels()[self.kind_key], row.id), self.kind_key, record_id=row.id,
            before=dict(row.values), after=None))
        self.status.setText(QCoreApplication.translate("Records", "Deleted record {0}.").format(
            row.id))
        self.reload()

    def _delete_refused(self, exc: BaseException) -> None:
        message, problems = describe(exc)
        detail = "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in problems)
        self.status.setText(QCoreApplication.translate("Records", "Not deleted: {0} {1}").format(
            message, detail))
