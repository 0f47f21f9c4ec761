"""The crosswalk editor: link two clauses, change the relationship, undo and redo every
edit; suggestions come with their score and can be accepted."""

from __future__ import annotations

from tests.ui.conftest import wait_jobs


def editor_on(window, qtbot, a="rjc-cop@2019", b="irma@1.0"):
    library = window.show_view("library")
    editor = library.extra_tabs["crosswalk"]
    library.tabs.setCurrentWidget(editor)
    editor.reload()
    wait_jobs(qtbot, window)
    editor.left_version.setCurrentIndex(editor.left_version.findData(a))
    editor.right_version.setCurrentIndex(editor.right_version.findData(b))
    wait_jobs(qtbot, window)
    return editor


def select_clause(tree, model, clause_id):
    for row in model._by_id.values():
        if row.row.clause_id == clause_id:
            tree.setCurrentIndex(model.createIndex(row.index_in_parent, 0, row))
            return row.row.id
    raise AssertionError(f"no clause {clause_id}")


def pairs(editor):
    return {(lk.source, lk.target, lk.relationship) for lk in editor.links.rows()}


def test_link_edit_undo_redo(demo_window, qtbot):
    editor = editor_on(demo_window, qtbot)
    before = pairs(editor)
    select_clause(editor.left_tree, editor.left_model, "7.3")
    select_clause(editor.right_tree, editor.right_model, "4.8")
    wait_jobs(qtbot, demo_window)
    editor.relationship.setCurrentIndex(editor.relationship.findData("subset"))
    editor.rationale.setText("both ask refiners for due diligence; IRMA asks more")
    editor.link_pair_button.click()
    wait_jobs(qtbot, demo_window)
    added = pairs(editor) - before
    assert added == {("rjc-cop@2019 7.3", "irma@1.0 4.8", "subset")}
    editor.undo_stack.undo()
    wait_jobs(qtbot, demo_window)
    assert pairs(editor) == before
    editor.undo_stack.redo()
    wait_jobs(qtbot, demo_window)
    assert pairs(editor) - before == added

    # change its relationship, then undo back to subset
    row = next(i for i, lk in enumerate(editor.links.rows()) if lk.target == "irma@1.0 4.8"
               and lk.source == "rjc-cop@2019 7.3")
    editor.links_view.selectRow(row)
    editor.relationship.setCurrentIndex(editor.relationship.findData("equal"))
    editor.save_link_button.click()
    wait_jobs(qtbot, demo_window)
    assert ("rjc-cop@2019 7.3", "irma@1.0 4.8", "equal") in pairs(editor)
    editor.undo_stack.undo()
    wait_jobs(qtbot, demo_window)
    assert ("rjc-cop@2019 7.3", "irma@1.0 4.8", "subset") in pairs(editor)


def test_suggestions_show_scores_and_can_be_accepted(demo_window, qtbot):
    editor = editor_on(demo_window, qtbot)
    # 7.3 is a heading since its lettered items were added: suggestions are for 7.3b
    select_clause(editor.left_tree, editor.left_model, "7.3b")
    wait_jobs(qtbot, demo_window, timeout=60000)
    assert editor.suggestions.rowCount() > 0
    scores = [float(editor.suggestions.index(r, 2).data())
              for r in range(editor.suggestions.rowCount())]
    assert all(0 <= s <= 100 for s in scores)
    editor.suggestions_view.selectRow(0)
    target = editor.suggestions.row_object(0).clause_id
    editor.relationship.setCurrentIndex(editor.relationship.findData("equal"))
    editor.accept_button.click()
    wait_jobs(qtbot, demo_window)
    assert any(lk.source == "rjc-cop@2019 7.3b" and lk.target == f"irma@1.0 {target}"
               and lk.status == "accepted" and lk.origin == "suggested"
               for lk in editor.links.rows())
