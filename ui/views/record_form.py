"""The form that adds or edits one record, built from the record type's fields: dates as date
pickers, lists (languages, regions…) as comma-separated text, references to other records as
combo boxes. The dialog stays open until the core accepted the record; if it refuses, every
problem is listed with the field it concerns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.problems import ProblemsTable
from ui.widgets.wheel_guard import guard_wheel

NO_DATE = QDate(1900, 1, 1)  # the date edit's "no date" value, shown blank


def field_label(name: str) -> str:
    t = QCoreApplication.translate
    labels = {
        "name": t("RecordFields", "Name"), "country": t("RecordFields", "Country"),
        "region": t("RecordFields", "Region"), "commodity": t("RecordFields", "Commodity"),
        "site_type": t("RecordFields", "Site type"), "scale": t("RecordFields", "Scale"),
        "size": t("RecordFields", "Size"), "languages": t("RecordFields", "Languages"),
        "applicability_tags": t("RecordFields", "Applicability tags"),
        "max_visit_days": t("RecordFields", "Max. visit days"),
        "financial_year_end": t("RecordFields", "Financial year end (MM-DD)"),
        "notes": t("RecordFields", "Notes"), "note": t("RecordFields", "Note"),
        "site_id": t("RecordFields", "Site"), "kind": t("RecordFields", "Kind"),
        "start": t("RecordFields", "Start"), "end": t("RecordFields", "End"),
        "reason": t("RecordFields", "Reason"), "scheme_id": t("RecordFields", "Scheme"),
        "scheme_version_id": t("RecordFields", "Scheme version"),
        "status": t("RecordFields", "Status"), "number": t("RecordFields", "Number"),
        "member_since": t("RecordFields", "Member since"),
        "issued_on": t("RecordFields", "Issued on"),
        "expires_on": t("RecordFields", "Expires on"),
        "open_minor_ncs": t("RecordFields", "Open minor NCs"),
        "open_major_ncs": t("RecordFields", "Open major NCs"),
        "certificate_id": t("RecordFields", "Certificate"),
        "decision": t("RecordFields", "Decision"),
        "decision_date": t("RecordFields", "Decision date"),
        "valid_from": t("RecordFields", "Valid from"), "valid_until": t("RecordFields",
                                                                          "Valid until"),
        "valid_to": t("RecordFields", "Valid to"), "minor_ncs": t("RecordFields", "Minor NCs"),
        "major_ncs": t("RecordFields", "Major NCs"),
        "critical_ncs": t("RecordFields", "Critical NCs"),
        "mid_term_required": t("RecordFields", "Mid-term audit required"),
        "cb_id": t("RecordFields", "CB"), "lead_auditor_id": t("RecordFields", "Lead auditor"),
        "commodities": t("RecordFields", "Commodities"), "regions": t("RecordFields", "Regions"),
        "reference": t("RecordFields", "Reference"), "email": t("RecordFields", "E-mail"),
        "auditor_id": t("RecordFields", "Auditor"), "role": t("RecordFields", "Role"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def display(spec, value, choices: dict) -> str:
    """A field's value as the tables and forms show it."""
    if value is None:
        return ""
    if spec.type == "ref":
        names = {c.id: c.label for c in choices.get(spec.ref, [])}
        return names.get(value, str(value))
    if spec.type == "list":
        return ", ".join(value)
    if spec.type == "bool":
        return QCoreApplication.translate("RecordFields", "yes") if value else ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RecordForm(QDialog):
    """``submitted(values)`` carries the form's values (blank fields as None or "")."""

    submitted = Signal(dict)

    def __init__(self, kind, choices: dict, row=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.kind = kind
        self.row = row
        t = QCoreApplication.translate
        self.setWindowTitle(t("RecordForm", "Edit record") if row else t("RecordForm",
                                                                          "Add record"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.editors: dict[str, QWidget] = {}
        for spec in kind.fields:
            value = row.values.get(spec.name) if row else spec.default
            editor = self._editor(spec, value, choices)
            editor.setObjectName(spec.name)
            self.editors[spec.name] = editor
            form.addRow(field_label(spec.name) + (" *" if spec.required else ""), editor)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.problems = ProblemsTable()
        self.problems.setObjectName("formProblems")
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.submitted.emit(self.values()))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        guard_wheel(self)

    def _editor(self, spec, value, choices) -> QWidget:
        if spec.type == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(" ")  # the minimum reads as "no date"
            edit.setDate(QDate(value) if value else
                         QDate.currentDate() if spec.required else NO_DATE)
            return edit
        if spec.type == "ref":
            combo = QComboBox()
            if not spec.required:
                combo.addItem("—", None)
            for choice in choices.get(spec.ref, []):
                combo.addItem(choice.label, choice.id)
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
            return combo
        if spec.type == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        edit = QLineEdit(display(spec, value, choices))
        if spec.type == "list":
            edit.setPlaceholderText(QCoreApplication.translate(
                "RecordForm", "comma-separated, e.g. en, fr"))
        return edit

    def set_date(self, name: str, value: date | None) -> None:
        self.editors[name].setDate(QDate(value) if value else NO_DATE)

    def values(self) -> dict:
        out = {}
        for spec in self.kind.fields:
            editor = self.editors[spec.name]
            if isinstance(editor, QDateEdit):
                d = editor.date()
                out[spec.name] = None if d == NO_DATE else d.toPython()
            elif isinstance(editor, QComboBox):
                out[spec.name] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[spec.name] = editor.isChecked()
            else:
                out[spec.name] = editor.text()
        return out

    def show_problems(self, message: str, problems) -> None:
        self.message.setText(message)
        self.message.show()
        self.problems.set_problems(list(problems))
        self.problems.setVisible(bool(problems))
