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
from ui.widgets.bounded import BoundedSpinBox, CountryBox, DayMonthEdit
from ui.widgets.wheel_guard import guard_wheel

NO_DATE = QDate(1900, 1, 1)  # the date edit's "no date" value, shown blank

# what a number field may hold (a blank one, where allowed, is one below the range)
INT_BOUNDS = {"max_visit_days": (1, 365), "open_minor_ncs": (0, 999),
              "open_major_ncs": (0, 999), "minor_ncs": (0, 999), "major_ncs": (0, 999),
              "critical_ncs": (0, 999)}


def choice_fields() -> dict[str, list[tuple[str, str]]]:
    """Fields that take one of a few values (the ones a records import accepts), in words."""
    from jointaudit.records.imports import SCALES, SITE_TYPES, SIZES

    words = {
        "small": QCoreApplication.translate("RecordFields", "small"), "medium": QCoreApplication.translate("RecordFields", "medium"),
        "large": QCoreApplication.translate("RecordFields", "large"), "": QCoreApplication.translate("RecordFields", "— not stated"),
        "asm": QCoreApplication.translate("RecordFields", "artisanal and small-scale (ASM)"),
        "lsm": QCoreApplication.translate("RecordFields", "large-scale (LSM)"), "mine": QCoreApplication.translate("RecordFields", "mine"),
        "cooperative": QCoreApplication.translate("RecordFields", "cooperative"),
        "refinery": QCoreApplication.translate("RecordFields", "refinery"), "smelter": QCoreApplication.translate("RecordFields", "smelter"),
        "trader": QCoreApplication.translate("RecordFields", "trader"),
        "manufacturer": QCoreApplication.translate("RecordFields", "manufacturer"),
        "company": QCoreApplication.translate("RecordFields", "company")}
    order = ("small", "medium", "large", "", "asm", "lsm", "mine", "cooperative", "refinery",
             "smelter", "trader", "manufacturer", "company")

    def listed(values):
        return [(v, words.get(v, v)) for v in order if v in values] + \
            [(v, v) for v in sorted(values) if v not in order]

    return {"size": listed(SIZES), "scale": listed(SCALES), "site_type": listed(SITE_TYPES)}


def field_label(name: str) -> str:
    labels = {
        "name": QCoreApplication.translate("RecordFields", "Name"), "country": QCoreApplication.translate("RecordFields", "Country"),
        "region": QCoreApplication.translate("RecordFields", "Region"), "commodity": QCoreApplication.translate("RecordFields", "Commodity"),
        "site_type": QCoreApplication.translate("RecordFields", "Site type"), "scale": QCoreApplication.translate("RecordFields", "Scale"),
        "size": QCoreApplication.translate("RecordFields", "Size"), "languages": QCoreApplication.translate("RecordFields", "Languages"),
        "applicability_tags": QCoreApplication.translate("RecordFields", "Applicability tags"),
        "max_visit_days": QCoreApplication.translate("RecordFields", "Max. visit days"),
        "financial_year_end": QCoreApplication.translate("RecordFields", "Financial year end"),
        "notes": QCoreApplication.translate("RecordFields", "Notes"), "note": QCoreApplication.translate("RecordFields", "Note"),
        "site_id": QCoreApplication.translate("RecordFields", "Site"), "kind": QCoreApplication.translate("RecordFields", "Kind"),
        "start": QCoreApplication.translate("RecordFields", "Start"), "end": QCoreApplication.translate("RecordFields", "End"),
        "reason": QCoreApplication.translate("RecordFields", "Reason"), "scheme_id": QCoreApplication.translate("RecordFields", "Scheme"),
        "scheme_version_id": QCoreApplication.translate("RecordFields", "Scheme version"),
        "status": QCoreApplication.translate("RecordFields", "Status"), "number": QCoreApplication.translate("RecordFields", "Number"),
        "member_since": QCoreApplication.translate("RecordFields", "Member since"),
        "issued_on": QCoreApplication.translate("RecordFields", "Issued on"),
        "expires_on": QCoreApplication.translate("RecordFields", "Expires on"),
        "open_minor_ncs": QCoreApplication.translate("RecordFields", "Open minor NCs"),
        "open_major_ncs": QCoreApplication.translate("RecordFields", "Open major NCs"),
        "certificate_id": QCoreApplication.translate("RecordFields", "Certificate"),
        "decision": QCoreApplication.translate("RecordFields", "Decision"),
        "decision_date": QCoreApplication.translate("RecordFields", "Decision date"),
        "valid_from": QCoreApplication.translate("RecordFields", "Valid from"), "valid_until": QCoreApplication.translate("RecordFields",
                                                                          "Valid until"),
        "valid_to": QCoreApplication.translate("RecordFields", "Valid to"), "minor_ncs": QCoreApplication.translate("RecordFields", "Minor NCs"),
        "major_ncs": QCoreApplication.translate("RecordFields", "Major NCs"),
        "critical_ncs": QCoreApplication.translate("RecordFields", "Critical NCs"),
        "mid_term_required": QCoreApplication.translate("RecordFields", "Mid-term audit required"),
        "cb_id": QCoreApplication.translate("RecordFields", "CB"), "lead_auditor_id": QCoreApplication.translate("RecordFields", "Lead auditor"),
        "commodities": QCoreApplication.translate("RecordFields", "Commodities"), "regions": QCoreApplication.translate("RecordFields", "Regions"),
        "reference": QCoreApplication.translate("RecordFields", "Reference"), "email": QCoreApplication.translate("RecordFields", "E-mail"),
        "auditor_id": QCoreApplication.translate("RecordFields", "Auditor"), "role": QCoreApplication.translate("RecordFields", "Role"),
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
        self.setWindowTitle(QCoreApplication.translate("RecordForm", "Edit record") if row else QCoreApplication.translate("RecordForm",
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
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        guard_wheel(self)

    def submit(self) -> None:
        """Save: what the form can tell is wrong is said here, before the core is asked."""
        wrong = self.form_problems()
        if wrong:
            self.show_problems(QCoreApplication.translate(
                "RecordForm", "Not saved: {0}").format(" ".join(wrong)), [])
            return
        self.submitted.emit(self.values())

    def form_problems(self) -> list[str]:
        out = []
        for spec in self.kind.fields:
            editor = self.editors[spec.name]
            if isinstance(editor, CountryBox) and not editor.is_valid():
                out.append(QCoreApplication.translate("RecordForm", "{0}: “{1}” is not a country; pick one from the "
                             "list.").format(field_label(spec.name), editor.code()))
        return out

    def _editor(self, spec, value, choices) -> QWidget:
        if spec.name == "country":
            return CountryBox(value or "")
        if spec.name == "financial_year_end":
            return DayMonthEdit(value or None)
        if spec.name in choice_fields():
            combo = QComboBox()
            for code, label in choice_fields()[spec.name]:
                combo.addItem(label, code)
            i = combo.findData(value if value is not None else spec.default)
            if i < 0 and value:  # a value an older version let through: shown, to be replaced
                combo.insertItem(0, QCoreApplication.translate("RecordForm", "{0} (not a known value)").format(value),
                                 value)
                i = 0
            combo.setCurrentIndex(max(i, 0))
            return combo
        if spec.type == "int":
            low, high = INT_BOUNDS.get(spec.name, (0, 9999))
            box = BoundedSpinBox(low - (0 if spec.required or spec.default is not None
                                        else 1), high)
            if box.minimum() < low:  # one below the range reads as "not set"
                box.setSpecialValueText("—")
            box.setValue(int(value) if value is not None else box.minimum())
            box.corrected.connect(lambda text: self.show_problems(text, []))
            return box
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
            if isinstance(editor, CountryBox):
                out[spec.name] = editor.code()
            elif isinstance(editor, DayMonthEdit):  # before QDateEdit: it is one
                out[spec.name] = editor.month_day()
            elif isinstance(editor, BoundedSpinBox):
                editor.interpretText()
                n = editor.value()
                out[spec.name] = None if editor.specialValueText() and n == editor.minimum() \
                    else n
            elif isinstance(editor, QDateEdit):
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
