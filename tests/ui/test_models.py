"""Every item model of the app passes Qt's model tester, and the checklist proxy filters by
topic, scheme, rating, unrated and text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from jointaudit.common.errors import Problem
from jointaudit.common.severity import Severity
from ui.models.checklist import (
    KEY_ROLE,
    ChecklistFilter,
    ChecklistModel,
    ChecklistProxy,
    ChecklistRow,
    Clause,
)
from ui.models.records import RecordTableModel
from ui.problems import problem_columns


def rows(n: int) -> list[ChecklistRow]:
    topics = ("human rights", "mercury", "security", "governance")
    out = []
    for i in range(n):
        clauses = (Clause("RJC COP 2019", "rjc-cop@2019", f"{i % 40}.{i % 7}"),)
        if i % 3 == 0:
            clauses += (Clause("IRMA 1.0", "irma@1.0", f"{i % 5}.{i % 9}.1"),)
        out.append(ChecklistRow(
            key=f"ji-{i:05d}", position=i, title=f"Requirement {i} on {topics[i % 4]}",
            topics=(topics[i % 4],), clauses=clauses,
            severity=(Severity.MINOR_GAP if i % 10 == 0 else Severity.NOT_ASSESSED),
            needs_rerating=(i % 50 == 0), confidential=(i % 25 == 0)))
    return out


def test_checklist_model_passes_the_model_tester(qtmodeltester):
    model = ChecklistModel()
    model.set_rows(rows(60))
    qtmodeltester.check(model)
    proxy = ChecklistProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ChecklistFilter(topic="mercury"))
    qtmodeltester.check(proxy)


def test_every_scheme_clause_id_shows_in_the_row(qapp):
    model = ChecklistModel()
    model.set_rows(rows(4))
    assert model.index(0, 2).data() == "RJC COP 2019 0.0 · IRMA 1.0 0.0.1"
    assert model.index(1, 2).data() == "RJC COP 2019 1.1"


def test_filters_combine(qapp):
    model = ChecklistModel()
    model.set_rows(rows(300))
    proxy = ChecklistProxy()
    proxy.setSourceModel(model)

    def keys():
        return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]

    proxy.set_filter(ChecklistFilter(scheme="irma@1.0"))
    assert len(keys()) == 100
    proxy.set_filter(ChecklistFilter(scheme="irma@1.0", topic="human rights"))
    assert all(int(k[3:]) % 12 == 0 for k in keys()) and len(keys()) == 25
    proxy.set_filter(ChecklistFilter(severity=Severity.MINOR_GAP))
    assert len(keys()) == 30
    proxy.set_filter(ChecklistFilter(unrated_only=True, text="requirement 29"))
    assert keys() == ["ji-00029"] + [f"ji-{i:05d}" for i in range(290, 300) if i % 10]
    proxy.set_filter(ChecklistFilter(rerating_only=True))
    assert keys() == ["ji-00000", "ji-00050", "ji-00100", "ji-00150", "ji-00200", "ji-00250"]


def test_rating_one_item_repaints_only_its_row(qtbot):
    model = ChecklistModel()
    model.set_rows(rows(10))
    row = model.row_object(3)
    from dataclasses import replace

    with qtbot.waitSignal(model.dataChanged) as changed:
        model.update_row(replace(row, severity=Severity.CONFORMS))
    top, bottom = changed.args[:2]
    assert (top.row(), bottom.row()) == (3, 3)
    assert model.index(3, 4).data() == "conforms"


def test_record_table_model_passes_the_model_tester(qtmodeltester):
    model = RecordTableModel(problem_columns(), [
        Problem("pack.bad-date", "expected YYYY-MM-DD", "rjc.yaml", 12, "effective_from"),
        Problem("pack.dangling-parent", "no clause 9.9", "rjc.yaml", 40, "requirements[3]"),
    ])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "rjc.yaml"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(5, 0) == QModelIndex()


def test_the_rating_cell_tells_each_schemes_own_word(qapp):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    model = ChecklistModel()
    row = replace(rows(1)[0], severity=Severity.MINOR_GAP,
                  scheme_words=(("RJC COP 2019", "Minor non-conformance"),
                                ("IRMA 1.0", "Substantially meets")))
    model.set_rows([row])
    tip = model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "RJC COP 2019: Minor non-conformance\nIRMA 1.0: Substantially meets"


def test_requirement_tree_model_passes_the_model_tester(qtmodeltester):
    from dataclasses import dataclass

    from ui.models.requirements import RequirementSearchProxy, RequirementTreeModel

    @dataclass(frozen=True)
    class Req:  # the fields the library service's RequirementRow carries for the tree
        id: int
        clause_id: str
        parent_clause_id: str | None
        title: str
        topics: tuple = ()
        critical: bool = False
        assessable: bool = True
        verified: bool = True
        text: str = ""
        guidance: str = ""

    rows = [Req(1, "1", None, "Business integrity", assessable=False),
            Req(2, "1.1", "1", "Legal compliance", ("legal",)),
            Req(3, "1.2", "1", "Stakeholder engagement", assessable=False),
            Req(4, "1.2.1", "1.2", "Grievance mechanism", ("grievance",), critical=True),
            Req(5, "2", None, "Environment", assessable=False),
            Req(6, "2.1", "2", "Mercury", ("mercury",), verified=False),
            Req(7, "Step 3.1", "9", "Orphan whose parent is missing")]
    model = RequirementTreeModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # two chapters and the orphan at the top
    proxy = RequirementSearchProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("grievance")
    qtmodeltester.check(proxy)
    chapter = proxy.index(0, 0)
    assert proxy.rowCount() == 1 and chapter.data() == "1"
    section = proxy.index(0, 0, chapter)
    assert proxy.index(0, 1, section).data() == "Grievance mechanism"
    assert "critical" in proxy.index(0, 3, section).data()


def test_the_proxy_sorts_and_keeps_the_current_item_through_a_filter_change(qapp):
    from PySide6.QtCore import QPersistentModelIndex, Qt

    model = ChecklistModel()
    model.set_rows(rows(300))
    proxy = ChecklistProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(KEY_ROLE) == "ji-00299"
    current = QPersistentModelIndex(proxy.index(5, 1))
    key = current.data(KEY_ROLE)
    proxy.set_filter(ChecklistFilter(scheme="irma@1.0"))  # every third item, this one too
    assert int(key[3:]) % 3 == 0 and current.isValid() and current.data(KEY_ROLE) == key
    assert current.row() == [proxy.index(r, 0).data(KEY_ROLE)
                             for r in range(proxy.rowCount())].index(key)
    proxy.set_filter(ChecklistFilter(text="no such words"))
    assert proxy.rowCount() == 0 and not current.isValid()


def test_rating_an_item_hides_it_under_unrated_only(qapp):
    from dataclasses import replace

    model = ChecklistModel()
    model.set_rows(rows(20))
    proxy = ChecklistProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ChecklistFilter(unrated_only=True))
    before = proxy.rowCount()
    first = proxy.index(0, 0).data(KEY_ROLE)
    model.update_row(replace(model.row_object(model.row_for(first)),
                             severity=Severity.CONFORMS))
    assert proxy.rowCount() == before - 1
    assert first not in [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]
