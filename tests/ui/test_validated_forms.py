"""Forms take only what makes sense: a country is picked by name and kept as its ISO code
(names from Babel in the UI's language), size and site type are picked from the values the
planner knows, a financial year end is a real day and month, and a number box keeps what
was typed — "20" in the years box is never cut to 2; out of range, it says what it did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from jointaudit.records.imports import SITE_TYPES, SIZES
from tests.ui.conftest import wait_jobs
from tests.ui.test_records_view import listed, records_editor
from ui.widgets.bounded import CountryBox, DayMonthEdit, country_names


def combo_values(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def test_country_names_come_from_babel_in_the_ui_language():
    assert country_names("en")["CH"] == "Switzerland"
    assert country_names("fr")["CH"] == "Suisse"
    assert country_names("es")["GH"] == "Ghana"
    codes = set(country_names("en"))
    assert {"GH", "CO", "PE", "NO"} <= codes
    # regions, groupings and placeholders are not countries
    assert not codes & {"001", "419", "EU", "UN", "ZZ"}
    assert all(len(c) == 2 and c.isupper() for c in codes)


def test_a_site_added_through_the_form_keeps_its_country_as_an_iso_code(demo_window, qtbot):
    editor = records_editor(demo_window, qtbot, "sites")
    form = editor.add()
    country = form.editors["country"]
    assert isinstance(country, CountryBox)
    country.setCurrentIndex(country.findText("Ghana (GH)"))
    form.editors["name"].setText("Obuasi test pit")
    size = form.editors["size"]
    assert sorted(v for v in combo_values(size)) == sorted(SIZES)
    size.setCurrentIndex(size.findData("large"))
    assert set(combo_values(form.editors["site_type"])) == SITE_TYPES
    form.editors["financial_year_end"].setDate(QDate(2001, 9, 30))
    form.buttons.accepted.emit()
    wait_jobs(qtbot, demo_window)
    assert not form.isVisible(), form.message.text()
    row = listed(editor, "Name").index("Obuasi test pit")
    assert listed(editor, "Country")[row] == "GH"
    assert listed(editor, "Size")[row] == "large"
    assert listed(editor, "Financial year end")[row] == "09-30"


def test_a_stored_name_instead_of_a_code_is_shown_and_must_be_replaced(demo_window, qtbot):
    from ui.views.record_form import RecordForm

    editor = records_editor(demo_window, qtbot, "sites")
    form = RecordForm(editor.kind(), editor.choices, parent=editor)
    form.editors["name"].setText("Legacy site")
    form.editors["country"].set_code("Ghana")
    assert "not an ISO country code" in form.editors["country"].currentText()
    sent = []
    form.submitted.connect(sent.append)
    form.submit()
    assert sent == []  # not sent to the core at all
    assert "“Ghana” is not a country" in form.message.text()
    assert form.message.text().startswith("Not saved: Country")
    form.editors["country"].set_code("gh")
    form.submit()
    assert sent and sent[0]["country"] == "GH"


def test_a_financial_year_end_is_a_real_day_and_month():
    edit = DayMonthEdit("03-31")
    assert edit.month_day() == "03-31"
    assert edit.text() == "31 March"
    edit.set_month_day("13-45")  # what a free text field once let through
    assert edit.month_day() is None
    edit.setDate(QDate(2001, 12, 31))
    assert (edit.month_day(), edit.text()) == ("12-31", "31 December")
    edit.set_month_day(None)
    assert edit.date() == edit.minimumDate() and edit.month_day() is None and \
        edit.text().strip() == ""


def test_twenty_typed_in_the_years_box_stays_twenty_until_corrected_aloud(demo_window, qtbot):
    view = demo_window.show_view("plan")
    wait_jobs(qtbot, demo_window)
    years = view.years
    years.setFocus()
    years.selectAll()
    qtbot.keyClicks(years, "20")
    assert years.cleanText() == "20"  # not silently "2"
    qtbot.keyClick(years, Qt.Key.Key_Return)
    assert years.value() == 10
    assert view.notice.isVisibleTo(view)
    assert view.notice.text() == "20 is outside 1–10: set to 10."
    years.selectAll()
    qtbot.keyClicks(years, "7")
    assert view.options().horizon_years == 7


@pytest.mark.parametrize("typed,kept,said", [("400", None, "400 is outside 0–365: set to 365."),
                                             ("12", 12, "")])
def test_the_max_visit_days_box_has_bounds_and_a_blank(demo_window, qtbot, typed, kept, said):
    editor = records_editor(demo_window, qtbot, "sites")
    form = editor.add()
    days = form.editors["max_visit_days"]
    assert form.values()["max_visit_days"] is None  # blank until a number is given
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, typed)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    if said:
        assert days.value() == 365
        assert form.message.text() == said
    else:
        assert form.values()["max_visit_days"] == kept
        assert not form.message.isVisibleTo(form)
