"""Form inputs that take only what makes sense and never silently change what was typed:
a number box with bounds that says so when it corrects a number, a country picker by ISO
code with the names in the UI's language (Babel's territory names), a day-and-month picker
for a financial year end."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QSpinBox, QWidget


class BoundedSpinBox(QSpinBox):
    """A number out of range stays on screen while it is typed ("20" in a 1–10 box is not
    cut to "2"); on leaving the field it becomes the nearest bound and ``corrected`` says so,
    in words, for the view to show."""

    corrected = Signal(str)

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.last_correction = ""

    def _number(self, text: str) -> int | None:
        core = text
        if self.prefix() and core.startswith(self.prefix()):
            core = core[len(self.prefix()):]
        if self.suffix() and core.endswith(self.suffix()):
            core = core[:-len(self.suffix())]
        core = core.strip()
        try:
            return int(core)
        except ValueError:
            return None

    def validate(self, text: str, pos: int):
        n = self._number(text)
        if n is None:
            core = text.replace(self.prefix(), "").replace(self.suffix(), "").strip()
            ok = core in ("", "-")
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid,
                    text, pos)
        if self.minimum() <= n <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        """Qt asks for a correction of an out-of-range number (Return, leaving the field):
        the nearest bound, said in words."""
        typed = self._number(text)
        if typed is None:
            return text
        bound = min(max(typed, self.minimum()), self.maximum())
        if bound != typed:
            self.last_correction = self.tr("{0} is outside {1}–{2}: set to {3}.").format(
                typed, self.minimum(), self.maximum(), bound)
            self.corrected.emit(self.last_correction)
        return f"{self.prefix()}{bound}{self.suffix()}"


# Babel lists regions (001, 419), groupings (EU, EZ, UN) and placeholders (ZZ, XA, XB, QO)
# among its territories; a site or CB is in a country.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO"}


def country_names(language: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code → the country's name in ``language`` (Babel's CLDR data)."""
    from babel import Locale

    territories = Locale.parse(language).territories
    return {code: name for code, name in territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}


class CountryBox(QComboBox):
    """A country picked by name, stored as its ISO code (``code()``); typing a name's first
    letters jumps to it. A stored value that is not a code is shown as such, to be replaced."""

    def __init__(self, code: str = "", parent: QWidget | None = None, *, language: str = ""):
        super().__init__(parent)
        from ui.i18n import current_language

        names = country_names(language or current_language())
        self.codes = set(names)
        self.addItem("—", "")
        for iso, name in sorted(names.items(), key=lambda kv: _sort_key(kv[1])):
            self.addItem(f"{name} ({iso})", iso)
        self.set_code(code)

    def set_code(self, code: str | None) -> None:
        code = (code or "").strip()
        i = self.findData(code.upper())
        if i < 0:  # e.g. "Ghana" typed into an older version's free text field
            self.insertItem(1, self.tr("{0} (not an ISO country code: pick the country)")
                            .format(code), code)
            i = 1
        self.setCurrentIndex(i)

    def code(self) -> str:
        return self.currentData() or ""

    def is_valid(self) -> bool:
        return not self.code() or self.code() in self.codes


def _sort_key(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))


NO_DAY = QDate(2000, 12, 31)  # the day-month edit's "not set", shown blank


class DayMonthEdit(QDateEdit):
    """A day of the year (a financial year end), picked as a real date — "31 March", never
    "13-45" — and stored as "MM-DD" (``month_day()``)."""

    def __init__(self, month_day: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("d MMMM")
        self.setDateRange(NO_DAY, QDate(2001, 12, 31))  # 2001: no 29 February
        self.setSpecialValueText(" ")
        self.setCalendarPopup(True)
        self.set_month_day(month_day)

    def set_month_day(self, month_day: str | None) -> None:
        if not month_day:
            self.setDate(NO_DAY)
            return
        month, _, day = month_day.partition("-")
        d = QDate(2001, int(month), int(day)) if month.isdigit() and day.isdigit() else QDate()
        self.setDate(d if d.isValid() else NO_DAY)

    def month_day(self) -> str | None:
        d = self.date()
        return None if d == NO_DAY else f"{d.month():02d}-{d.day():02d}"
