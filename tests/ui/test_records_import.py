"""Library → Records: sites imported from a spreadsheet; a file with a bad row is refused
whole and every problem is listed with its row and column."""

from __future__ import annotations

from tests.ui.conftest import wait_jobs


def test_bad_rows_are_listed_and_nothing_is_imported(demo_window, qtbot, tmp_path):
    library = demo_window.show_view("library")
    tab = library.extra_tabs["records"]
    bad = tmp_path / "sites.csv"
    bad.write_text("name,country,financial_year_end,max_visit_days\n"
                   "Mina Nueva,CO,13-45,5\n"
                   "Mina Vieja,CO,03-31,900\n", encoding="utf-8")
    tab.import_file("sites", bad)
    wait_jobs(qtbot, demo_window)
    assert tab.status.text().startswith("Nothing was imported")
    model = tab.problems.source
    places = {(model.index(r, 1).data(), model.index(r, 2).data())
              for r in range(model.rowCount())}
    assert places == {("2", "financial_year_end"), ("3", "max_visit_days")}

    good = tmp_path / "good.csv"
    good.write_text("name,country,financial_year_end\nMina Nueva,CO,03-31\n", encoding="utf-8")
    tab.import_file("sites", good)
    wait_jobs(qtbot, demo_window)
    assert tab.status.text() == "sites: 1 created, 0 updated"
    assert not tab.problems.isVisibleTo(tab)


def test_a_text_overlay_with_an_unknown_clause_is_refused_with_a_hint(demo_window, qtbot,
                                                                      tmp_path):
    library = demo_window.show_view("library")
    overlay = tmp_path / "irma-official.csv"
    overlay.write_text("clause_id,text\n4.8,Official text we hold a licence for.\n"
                       "4.88,Typo in the clause id.\n", encoding="utf-8")
    library.import_overlay("irma@1.0", overlay)
    wait_jobs(qtbot, demo_window)
    assert library.import_status.text().startswith("Nothing was imported")
    model = library.pack_problems.source
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "3" and "did you mean '4.8'" in model.index(0, 3).data()

    overlay.write_text("clause_id,text\n4.8,Official text we hold a licence for.\n",
                       encoding="utf-8")
    library.import_overlay("irma@1.0", overlay)
    wait_jobs(qtbot, demo_window)
    assert library.import_status.text() == "irma@1.0: 1 requirement text(s) updated."
