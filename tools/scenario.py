"""What the screenshot script does in each view before grabbing it: a user's first session
on the demo workspace (plan, merge, rate, export), driven through the views' own actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from jointaudit.common.severity import Severity

# a plausible first hour of fieldwork: most items conform, a few gaps
RATINGS = [Severity.CONFORMS, Severity.CONFORMS, Severity.MINOR_GAP, Severity.CONFORMS,
           Severity.MAJOR_GAP, Severity.CONFORMS, Severity.NOT_APPLICABLE, Severity.CONFORMS]


class Scenario:
    def __init__(self, app, window, folder: Path):
        self.app = app
        self.window = window
        self.folder = folder

    def steps(self) -> list[tuple[str, str, Callable]]:
        """(screenshot name, view key, what to do there first)."""
        return [
            ("plan", "plan", self.plan),
            ("checklist", "checklist", self.checklist),
            ("coverage", "checklist", self.coverage),
            ("approvals", "approvals", self.approvals),
            ("site", "site", self.site),
            ("reports", "reports", self.reports),
            ("library", "library", self.library),
            ("crosswalk", "library", self.crosswalk),
        ]

    def settle(self) -> None:
        from tools.screenshots import settle

        settle(self.app, self.window)

    def plan(self, view) -> None:
        """One site with several schemes falling due: plan it, save it, open its visit."""
        self.settle()
        if view.site.count() <= 1:
            return
        view.site.setCurrentIndex(next((i for i in range(view.site.count())
                                        if "Nkwanta" in view.site.itemText(i)), 1))
        view.plan()
        self.settle()
        view.save()
        self.settle()
        if view.visits.rowCount():
            view.visits_view.selectRow(0)

    def checklist(self, view) -> None:
        if not view.needs("checklist"):
            return
        view.tabs.setCurrentIndex(1)
        self.settle()
        wanted = {"rjc-cop@2019", "irma@1.0"}
        for i in range(view.merge_versions.count()):
            item = view.merge_versions.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
        view.template_name.setText("Nkwanta joint checklist")
        view.merge()
        self.settle()
        view.templates_view.selectRow(view.templates.rowCount() - 1)
        view.use_template()
        self.settle()
        view.tabs.setCurrentIndex(0)
        self.settle()
        if not view.model.rowCount():
            return
        for n, severity in enumerate(RATINGS):
            view.table.selectRow(n)
            self.settle()
            view.rate(severity)
            self.settle()
        view.table.selectRow(4)
        self.settle()
        view.observation.setPlainText("No grievance log kept at the processing plant since March 2026.")
        view.save_observation()
        self.settle()

    def coverage(self, view) -> None:
        view.tabs.setCurrentIndex(2)
        self.settle()

    def approvals(self, view) -> None:
        """IRMA's staff review the merged template item by item: a comment on a shared item,
        a request for changes signed with them, and the next comment being typed."""
        from jointaudit.services import trust
        from jointaudit.trust.keys import PUBLIC_KEY_FILE, create_identity

        if view.status.rowCount():
            view.status_view.selectRow(0)
        profile = self.folder / "irma-staff"
        passphrase = "screenshots only"
        create_identity(profile, name="Ana Ruiz", organisation="IRMA", role="scheme_staff",
                        scheme_ids=("irma",), passphrase=passphrase, overwrite=True)
        view.profile_dir = profile
        view.run(lambda ws, job: trust.trust_key_file(ws, profile / PUBLIC_KEY_FILE,
                                                      ["irma"]), lambda _k: view.reload())
        self.settle()
        pane = view.review
        view.tabs.setCurrentWidget(pane)
        pane.scheme.setCurrentIndex(max(0, pane.scheme.findData("irma")))
        self.settle()
        if pane.sheet is None or not pane.sheet.items:
            return
        shared = [n for n, it in enumerate(pane.sheet.items)
                  if len({c.scheme_id for c in it.clauses}) > 1 and it.links] or [0]
        pane.go_to(shared[0])
        pane.comment.setPlainText("Say which national law this item checks against.")
        pane.request_with(passphrase)
        self.settle()
        pane.go_to(shared[1] if len(shared) > 1 else min(1, len(pane.sheet.items) - 1))
        pane.comment.setPlainText("Keep the two clauses as separate questions")
        pane.save_pending()
        self.settle()

    def site(self, view) -> None:
        """The mine's own view: its obligations across schemes and what falls due."""
        self.settle()
        i = next((i for i in range(view.site.count()) if "Nkwanta" in view.site.itemText(i)),
                 -1)
        if i >= 0 and i != view.site.currentIndex():
            view.site.setCurrentIndex(i)
        view.show_site()
        self.settle()

    def reports(self, view) -> None:
        if view.visit.count() == 0:
            return
        view.draft.setChecked(True)
        view.export(self.folder / "reports")
        self.settle()
        # QPdfView renders pages in the background: give it a moment before the grab
        from tools.screenshots import wait

        wait(self.app, lambda: view.pdf.pageCount() > 0, 20)
        t_end = __import__("time").monotonic() + 2.0
        wait(self.app, lambda: __import__("time").monotonic() > t_end, 3)

    def library(self, view) -> None:
        if view.versions.rowCount():
            view.versions_view.selectRow(1 if view.versions.rowCount() > 1 else 0)

    def crosswalk(self, view) -> None:
        editor = view.extra_tabs.get("crosswalk")
        if editor is None:
            return
        view.tabs.setCurrentWidget(editor)
        editor.reload()
        self.settle()
        editor.left_version.setCurrentIndex(max(0, editor.left_version.findData("rjc-cop@2019")))
        editor.right_version.setCurrentIndex(max(0, editor.right_version.findData("irma@1.0")))
        self.settle()
        for node in editor.left_model._by_id.values():
            if node.row.clause_id == "7.3":
                editor.left_tree.setCurrentIndex(
                    editor.left_model.createIndex(node.index_in_parent, 0, node))
        self.settle()
        if editor.links.rowCount():
            editor.links_view.selectRow(0)
