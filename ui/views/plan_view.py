"""Plan: for one site or the whole portfolio, the audit windows and the joint visits that
cover them on a painted timeline, the visits with team and effort, the planner's explanations
(and why something cannot be planned), approval warnings; drag a visit with live
validation, and on drop see the visits after it re-planned (new dates, visits added or
removed, windows that moved, what became impossible); save the plan; export .ics.

All planning runs in the worker (``jointaudit.services.planning``); this view only shows it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import words
from ui.models.records import ROW_ROLE, SORT_ROLE, Column, RecordTableModel
from ui.views.base import View
from ui.widgets.bounded import BoundedSpinBox
from ui.widgets.timeline import (
    Blackout,
    TimelineData,
    TimelineView,
    VisitMarker,
    WindowBar,
)

PORTFOLIO = "__portfolio__"


def planning_service():
    from jointaudit.services import planning

    return planning


def saved_plans_service():
    from jointaudit.services import saved_plans

    return saved_plans


def plan_options(start: date, years: int):
    from jointaudit.planning.inputs import PlanOptions

    return PlanOptions(horizon_start=start, horizon_years=years)


def timeline_for(plans: list, today: date | None = None) -> TimelineData:
    """The planner's read models as timeline data: one lane per (site ·) scheme."""
    if not plans:
        return TimelineData(date.today(), date.today() + timedelta(days=365))
    several = len(plans) > 1
    lanes: list[str] = []
    windows, visits, blackouts = [], [], []
    for plan in plans:
        if not several:  # across a portfolio one site's shutdown says nothing of the others
            blackouts += [Blackout(b.start, b.end, b.reason) for b in plan.blackouts]
        for w in plan.windows:
            lane = f"{plan.site} · {w.scheme}" if several else w.scheme
            if lane not in lanes:
                lanes.append(lane)
            windows.append(WindowBar(lane, w.earliest, w.latest,
                                     words.audit_label(w.label, w.words) or w.kind, w.due,
                                     f"{words.window_reason(w)}\n{words.window_planned(w)}"))
        for v in plan.visits:
            label = f"{plan.site.split()[0]} {v.number}" if several else \
                QCoreApplication.translate("PlanView", "visit {0}").format(v.number)
            visits.append(VisitMarker((plan.site, v.number), v.start, v.end, label,
                                      f"{'; '.join(words.visit_audits(v))}\n"
                                      f"{words.visit_why(v)}"))
    start = min(p.horizon_start for p in plans)
    end = max(p.horizon_end for p in plans)
    return TimelineData(start, end, tuple(lanes), tuple(windows), tuple(visits),
                        tuple(blackouts), today or date.today())


class PlanView(View):
    key = "plan"
    parts = ("plan", "library", "records", "findings")

    def title(self) -> str:
        return self.tr("Plan")

    def summary(self) -> str:
        return self.tr("Sites, audit windows and the joint visits that cover them")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.plans: list = []
        self._sites: list[str] = []
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Site:")))
        self.site = QComboBox()
        self.site.setMinimumWidth(220)
        bar.addWidget(self.site)
        bar.addWidget(QLabel(self.tr("From:")))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        bar.addWidget(self.start)
        self.years = BoundedSpinBox(1, 10)  # as far as a plan may look (exchange, CLI)
        self.years.corrected.connect(self.show_notice)
        self.years.setValue(5)
        self.years.setSuffix(self.tr(" years"))
        bar.addWidget(self.years)
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.clicked.connect(self.plan)
        bar.addWidget(self.plan_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelPlan")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        bar.addWidget(self.cancel_button)
        self.job = None
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        bar.addWidget(self.save_button)
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        self.ics_button.setEnabled(False)
        bar.addWidget(self.ics_button)
        bar.addStretch(1)
        self.layout_.addLayout(bar)

        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        self.timeline = TimelineView()
        self.timeline.visit_dragging.connect(self._dragging)
        self.timeline.visit_moved.connect(self._moved)
        self.timeline.visit_selected.connect(self._select_visit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        split.addWidget(scroll)

        lower = QSplitter()
        tabs = QTabWidget()
        self.visits = RecordTableModel([
            Column(self.tr("Site"), lambda r: r[0].site),
            Column("#", lambda r: r[1].number, align_right=True),
            Column(self.tr("Start"), lambda r: r[1].start),
            Column(self.tr("End"), lambda r: r[1].end),
            Column(self.tr("Audits"), lambda r: "; ".join(words.visit_audits(r[1]))),
            Column(self.tr("Team"), lambda r: ", ".join(
                f"{m.name} ({words.team_role(m.role)})" for m in r[1].team)),
            Column(self.tr("Person-days"), lambda r: f"{r[1].person_days_joint:g}",
                   sort_key=lambda r: r[1].person_days_joint, align_right=True),
            Column(self.tr("Separately"), lambda r: f"{r[1].person_days_separate:g}",
                   sort_key=lambda r: r[1].person_days_separate, align_right=True),
        ], parent=self)
        self.visits_view = self._table(self.visits)
        self.visits_view.selectionModel().currentRowChanged.connect(self._visit_row_chosen)
        tabs.addTab(self.visits_view, self.tr("Visits"))
        self.windows = RecordTableModel([
            Column(self.tr("Site"), lambda r: r[0].site),
            Column(self.tr("Scheme"), lambda r: r[1].scheme),
            Column(self.tr("Audit"), lambda r: words.audit_label(r[1].label, r[1].words)
                   or r[1].kind),
            Column(self.tr("Earliest"), lambda r: r[1].earliest),
            Column(self.tr("Latest"), lambda r: r[1].latest),
            Column(self.tr("Due"), lambda r: r[1].due or ""),
            Column(self.tr("Planned"), lambda r: words.window_planned(r[1])),
            Column(self.tr("Rule"), lambda r: self.tr("verified") if r[1].verified
                   else self.tr("unverified")),
            Column(self.tr("Why"), lambda r: words.window_reason(r[1]),
                   tooltip=lambda r: words.window_reason(r[1])),
        ], parent=self)
        tabs.addTab(self._table(self.windows), self.tr("Audit windows"))
        tabs.addTab(self._saved_tab(), self.tr("Saved plans"))
        self.lower_tabs = tabs
        lower.addWidget(tabs)
        self.explain = QTextBrowser()
        self.explain.setObjectName("planExplanation")
        lower.addWidget(self.explain)
        lower.setSizes([760, 420])
        split.addWidget(lower)
        split.setSizes([300, 420])
        self.split = split
        self.layout_.addWidget(split, 1)

        self._pending_check: tuple | None = None
        self._moves = 0
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)  # validate where the drag rests, not every pixel
        self._check_timer.timeout.connect(self._run_check)

    def _saved_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        self.saved = RecordTableModel([
            Column("#", lambda p: p.id, align_right=True),
            Column(self.tr("Plan"), lambda p: p.name),
            Column(self.tr("Site"), lambda p: p.site),
            Column(self.tr("Saved"), lambda p: p.saved_at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Status"), lambda p: self.tr("current") if p.current
                   else self.tr("superseded")),
            Column(self.tr("Visits"), lambda p: p.visits, align_right=True),
            Column(self.tr("Fieldwork"), lambda p: p.fieldwork, align_right=True),
        ], parent=self)
        self.saved_view = self._table(self.saved)
        self.saved_view.setObjectName("savedPlans")
        layout.addWidget(self.saved_view, 1)
        row = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Compare with the plan shown"))
        self.compare_button.clicked.connect(self.compare_saved)
        self.current_button = QPushButton(self.tr("Make current"))
        self.current_button.clicked.connect(self.make_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        for b in (self.compare_button, self.current_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm_box: QMessageBox | None = None
        return tab

    def _table(self, model) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # loading & planning --------------------------------------------------------------------
    def reset(self) -> None:
        self._check_timer.stop()
        self._pending_check = None
        self._sites = []
        self.saved.set_rows([])
        if self.confirm_box is not None:
            self.confirm_box.close()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.blockSignals(False)
        self._show([])

    def view_state(self) -> dict:
        index = self.visits_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return super().view_state() | {
            "site": self.site.currentData(), "start": self.start.date(),
            "years": self.years.value(), "plans": list(self.plans),
            "sites": list(self._sites),
            "visit": (row[0].site, row[1].number) if row else None}

    def restore_view_state(self, state: dict) -> None:
        super().restore_view_state(state)
        self.start.setDate(state["start"])
        self.years.setValue(state["years"])
        if state["sites"]:  # planned already: shown again as it was, not planned anew
            self._fill_sites(state["sites"])
            self.site.setCurrentIndex(max(0, self.site.findData(state["site"])))
            self._show(state["plans"])
            if state["visit"] is not None:
                self.select_visit_row(state["visit"])

    def select_visit_row(self, key) -> None:
        proxy = self.visits_view.model()
        for r in range(proxy.rowCount()):
            row = proxy.index(r, 0).data(ROW_ROLE)
            if (row[0].site, row[1].number) == key:
                self.visits_view.selectRow(r)
                return

    def reload(self) -> None:
        if self.ctx.workspace is None or not self.needs("planning"):
            self._show([])
            self.saved.set_rows([])
            return
        if not self._sites:
            self.plan(portfolio=True)
        self.run(lambda ws, job: saved_plans_service().saved_plans(ws), self._show_saved,
                 name="saved plans")

    def _show_saved(self, rows) -> None:
        self.saved.set_rows(rows)
        self.saved_view.resizeColumnsToContents()

    def options(self):
        self.years.interpretText()  # a number still being typed counts (or is corrected)
        return plan_options(self.start.date().toPython(), self.years.value())

    def plan(self, *, portfolio: bool = False) -> None:
        site = None if portfolio or self.site.currentData() in (None, PORTFOLIO) \
            else self.site.currentData()
        opts = self.options()
        self.plan_button.setEnabled(False)
        self.explain.setHtml(self.tr("<i>Planning…</i>"))
        if site is not None:  # one site: quick, in a worker thread
            self.job = self.run(lambda ws, job: planning_service().plan_sites(ws, site, opts),
                                self._planned, on_finished=self._plan_done, name="plan")
            return
        from ui import processes

        # the whole portfolio: in a worker process, so the window stays responsive
        self.cancel_button.show()
        self.job = self.run_in_process(processes.plan_portfolio, None, opts,
                                       on_result=self._planned, on_finished=self._plan_done,
                                       on_cancelled=self._plan_cancelled,
                                       name="plan portfolio")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _plan_cancelled(self) -> None:
        self.explain.setHtml(self.tr("<i>Planning cancelled.</i>"))

    def _plan_done(self) -> None:
        self.job = None
        self.plan_button.setEnabled(True)
        self.cancel_button.hide()

    def _planned(self, plans: list) -> None:
        names = sorted(p.site for p in plans)
        if len(plans) > 1 or not self._sites:
            self._fill_sites(names)
        self._show(plans)

    def _fill_sites(self, names: list[str]) -> None:
        current = self.site.currentData()
        self._sites = names
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("Whole portfolio"), PORTFOLIO)
        for n in names:
            self.site.addItem(n, n)
        i = self.site.findData(current)
        self.site.setCurrentIndex(max(0, i))
        self.site.blockSignals(False)

    def _show(self, plans: list) -> None:
        self.plans = list(plans)
        self._refresh()
        top = min(self.timeline.minimumHeight() + 4, 480)
        self.split.setSizes([top, max(200, self.split.height() - top)])
        self.visits_view.resizeColumnsToContents()
        self.save_button.setEnabled(len(self.plans) == 1)
        self.ics_button.setEnabled(bool(self.plans))
        self.explain.setHtml(self._summary_html())

    def _refresh(self) -> None:
        """Timeline and tables from ``self.plans`` (after planning, or a re-plan on drop)."""
        self.timeline.set_data(timeline_for(self.plans))
        self.visits.set_rows([(p, v) for p in self.plans for v in p.visits])
        self.windows.set_rows([(p, w) for p in self.plans for w in p.windows])

    def _summary_html(self) -> str:
        if not self.plans:
            return self.tr("<i>Open a workspace with sites to plan.</i>")
        parts = []
        for p in self.plans[:50]:
            parts.append(f"<h3>{p.site}</h3>")
            if p.saving:
                s = p.saving
                parts.append(self.tr(
                    "<p>{0} joint visit(s) instead of {1} separate; {2:g} auditor-days instead "
                    "of {3:g}.</p>").format(s.joint_visits, s.separate_visits,
                                            s.joint_auditor_days, s.separate_auditor_days))
            if p.problems:
                parts.append("<p><b>" + self.tr("Cannot be planned:") + "</b></p><ul>")
                for prob in p.problems:
                    message, alternatives = words.problem(prob)
                    alts = "".join(f"<br>→ {a}" for a in alternatives)
                    parts.append(f"<li>{prob.subject}: {message}{alts}</li>")
                parts.append("</ul>")
            if p.warnings:
                parts.append("<p><b>" + self.tr("Approval warnings:") + "</b></p><ul>")
                parts += [f"<li>{w}</li>" for w in words.plan_warnings(p)]
                parts.append("</ul>")
            if p.notes:
                parts += [f"<p><i>{n}</i></p>" for n in p.notes]
        return "".join(parts)

    # visits ------------------------------------------------------------------------------
    def _visit_row_chosen(self, current, _previous) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row:
            self._describe_visit(*row)

    def _select_visit(self, key) -> None:
        for plan in self.plans:
            for v in plan.visits:
                if (plan.site, v.number) == key:
                    self._describe_visit(plan, v)

    def _describe_visit(self, plan, v, check=None) -> None:
        html = [self.tr("<h3>{0} — visit {1}: {2} to {3}</h3>").format(
            plan.site, v.number, v.start, v.end)]
        if check is not None:  # what the drop changed comes first: it is what was asked
            html += self._after_move_html(check) + ["<hr>"]
        html.append(f"<p>{words.visit_why(v)}</p><ul>"
                    + "".join(f"<li>{a}</li>" for a in words.visit_audits(v)) + "</ul>")
        html.append(self.tr("<p>{0:g} person-days joint ({1:g} separately), team of {2}.</p>")
                    .format(v.person_days_joint, v.person_days_separate, v.team_size))
        if v.team:
            html.append("<p>" + ", ".join(f"{m.name} ({words.team_role(m.role)}, {m.cb})"
                                          for m in v.team) + "</p>")
        for prob in v.team_problems:
            html.append(f"<p style='color:#c0392b'>{words.problem(prob)[0]}</p>")
        html += [f"<p style='color:#b9770e'>{w}</p>" for w in words.plan_warnings(v)]
        self.explain.setHtml("".join(html))

    def _after_move_html(self, check) -> list[str]:
        """What the drop changed: audits the visit no longer holds, early renewals, the
        re-planned visits after it, windows that moved with it, what became impossible."""
        html = ["<p><b>" + self.tr("After the move:") + "</b></p>"]
        if check.changes:
            html.append("<p>" + self.tr("Visits after it:") + "</p><ul>")
            for c in check.changes:
                html.append(f"<li>{self._change_text(c)}<br><small>"
                            f"{'; '.join(c.audits)}</small></li>")
            html.append("</ul>")
        elif check.plan is not None:
            html.append("<p>" + self.tr("No visit follows it.") + "</p>")
        if check.shifted:
            html.append("<p>" + self.tr("Windows that moved with it:") + "</p><ul>")
            html += ["<li>" + self.tr("{0}: now {1} to {2} (was {3} to {4})").format(
                s.audit, s.earliest, s.latest, s.was_earliest, s.was_latest) + "</li>"
                for s in check.shifted]
            html.append("</ul>")
        if check.impossible:
            html.append("<p><b>" + self.tr("Cannot be planned after the move:")
                        + "</b></p><ul>")
            for prob in check.impossible:
                message, alternatives = words.problem(prob)
                alts = "".join(f"<br>→ {a}" for a in alternatives)
                html.append(f"<li style='color:#c0392b'>{message}{alts}</li>")
            html.append("</ul>")
        if check.problems:
            html.append("<p>" + self.tr("No longer covered by this visit (re-planned above):")
                        + "</p><ul>")
            html += [f"<li style='color:#c0392b'>{p}</li>" for p in check.problems]
            html.append("</ul>")
        html += [f"<p><small><i>{n}</i></small></p>" for n in check.notes]
        return html

    def _change_text(self, c) -> str:
        if c.change == "moved":
            return self.tr("Visit {0}: {1} to {2} (was {3} to {4})").format(
                c.number, c.start, c.end, c.was_start, c.was_end)
        if c.change == "added":
            return self.tr("Visit {0}: {1} to {2} (new visit)").format(c.number, c.start,
                                                                        c.end)
        if c.change == "removed":
            return self.tr("The visit of {0} to {1} is no longer needed").format(
                c.was_start, c.was_end)
        return self.tr("Visit {0}: {1} to {2} (unchanged)").format(c.number, c.start, c.end)

    def _dragging(self, key, start: date, _end: date) -> None:
        self._pending_check = (key, start)
        self._check_timer.start()

    def _run_check(self) -> None:
        if not self._pending_check:
            return
        (site, number), start = self._pending_check
        opts = self.options()

        def answer(check, key=(site, number), start=start):
            self.timeline.set_live_problems(key, start, list(check.problems))

        self.run(lambda ws, job: planning_service().check_move(ws, site, opts, number,
                                                                    start),
                     answer, name="check move")

    def _moved(self, key, start: date, end: date) -> None:
        """A visit dropped on the timeline: an undoable move (Edit → Undo)."""
        from ui.undo import PlanMove

        self.ctx.undo_stack.push(PlanMove(
            self.ctx, self.tr("move visit {0} of {1} to {2}").format(key[1], key[0], start),
            key, start, end, self.plans))

    def restore_plans(self, plans: list) -> None:
        self._moves += 1  # a re-plan still on its way belongs to the move undone
        self.plans = list(plans)
        self._refresh()
        self.explain.setHtml(self._summary_html())

    def apply_move(self, key, start: date, end: date) -> None:
        site, number = key
        opts = self.options()
        self._moves += 1
        serial = self._moves
        for i, plan in enumerate(self.plans):
            if plan.site != site:
                continue
            visits = [replace(v, start=start, end=end, why_parts=(),
                              why=self.tr("moved to {0} by the user").format(start))
                      if v.number == number else v for v in plan.visits]
            self.plans[i] = replace(plan, visits=visits)

            def answer(check, i=i):
                if serial != self._moves:
                    return
                if check.plan is None:  # the visit is gone (the plan changed meanwhile)
                    plan = self.plans[i]
                    moved = next(v for v in plan.visits if v.number == number)
                    self._describe_visit(plan, moved, check)
                    return
                self.plans[i] = check.plan  # the re-planned visits after the moved one
                self._refresh()
                self._describe_visit(check.plan, check.plan.visits[check.moved_number - 1],
                                     check)

            self.run(lambda ws, job: planning_service().check_move(
                ws, site, opts, number, start), answer, name="check move")
        self._refresh()

    # saving & calendar ---------------------------------------------------------------------
    def save(self) -> None:
        """Save the plan shown; one that leaves audits uncovered, or replaces a plan with
        fieldwork, is saved only after the user confirmed it with those named."""
        if len(self.plans) != 1:
            return
        plan = self.plans[0]

        def check(ws, job):
            service = saved_plans_service()
            return (service.uncovered_audits(plan),
                    [p for p in service.saved_plans(ws, plan.site) if p.current])

        self.run(check, lambda found: self._confirm_save(plan, *found), name="check plan")

    def _confirm_save(self, plan, uncovered: list[str], current: list) -> None:
        lines = []
        if uncovered:
            lines.append(self.tr("This plan leaves {0} audit(s) without a visit:").format(
                len(uncovered)) + "<ul>" + "".join(f"<li>{u}</li>" for u in uncovered)
                + "</ul>")
        for p in current:
            if p.fieldwork:
                lines.append(self.tr("It replaces the current plan “{0}”, whose visits hold "
                                     "{1} fieldwork record(s); they stay under that plan.")
                             .format(p.name, p.fieldwork))
        if not lines:
            self._save_now(plan)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save this plan?"),
                          "".join(lines), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmSave")
        box.setTextFormat(Qt.TextFormat.RichText)
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: self._save_now(plan) if b is save else None)
        self.confirm_box = box
        box.open()

    def _save_now(self, plan) -> None:
        self.run(lambda ws, job: planning_service().save_plan(ws, plan),
                 lambda plan_id: self.show_notice(self.tr(
                     "Plan saved (#{0}); it is now the current plan of {1}.").format(
                         plan_id, plan.site)), changes="plan", name="save plan")

    # saved plans ---------------------------------------------------------------------------
    def selected_saved(self):
        index = self.saved_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def compare_saved(self) -> None:
        chosen = self.selected_saved()
        shown = next((p for p in self.plans if chosen and p.site == chosen.site), None)
        if chosen is None:
            return
        if shown is None:
            self.explain.setHtml(self.tr("<p>Plan {0} first to compare with it.</p>").format(
                chosen.site))
            return
        self.run(lambda ws, job: saved_plans_service().compare_plans(ws, chosen.id, shown),
                 lambda diff: self.explain.setHtml(self._comparison_html(chosen, diff)),
                 name="compare plans")

    def _comparison_html(self, chosen, diff) -> str:
        words = {"same": self.tr("same dates"), "moved": self.tr("moved"),
                 "only in first": self.tr("only in the saved plan"),
                 "only in second": self.tr("only in the plan shown")}

        def span(d):
            return f"{d[0]} – {d[1]}" if d else "—"

        rows = "".join(f"<tr><td>{words[d.change]}</td><td>{span(d.first)}</td>"
                       f"<td>{span(d.second)}</td><td>{d.audits}</td></tr>" for d in diff)
        head = self.tr("<h3>“{0}” against the plan shown</h3>").format(chosen.name)
        cols = "".join(f"<th>{c}</th>" for c in (
            self.tr("Visit"), self.tr("Saved plan"), self.tr("Plan shown"), self.tr("Audits")))
        return f"{head}<table border='1' cellpadding='3'><tr>{cols}</tr>{rows}</table>"

    def make_current(self) -> None:
        chosen = self.selected_saved()
        if chosen is None or chosen.current:
            return
        self.run(lambda ws, job: saved_plans_service().supersede_others(ws, chosen.id),
                 lambda _ids: self.show_notice(self.tr("“{0}” is now the current plan of {1}.")
                                               .format(chosen.name, chosen.site)),
                 changes="plan", name="make plan current")

    def ask_delete(self) -> None:
        chosen = self.selected_saved()
        if chosen is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the plan?"), self.tr(
            "Delete the saved plan “{0}” with its {1} visit(s)?").format(chosen.name,
                                                                        chosen.visits),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDelete")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.buttonClicked.connect(lambda b: self.delete_saved(chosen.id) if b is delete
                                  else None)
        self.confirm_box = box
        box.open()

    def delete_saved(self, plan_id: int) -> None:
        self.run(lambda ws, job: saved_plans_service().delete_plan(ws, plan_id),
                 lambda name: self.show_notice(self.tr("Plan “{0}” deleted.").format(name)),
                 changes="plan", name="delete plan")

    def export_ics(self) -> None:
        from ui.settings import save_file

        path = save_file(self, "exports", self.tr("Export visits"), "visits.ics",
                         self.tr("Calendar (*.ics)"))
        if path:
            self.write_ics(path)

    def write_ics(self, path: Path) -> None:
        plans = list(self.plans)
        def write(ws, job):
            from jointaudit.exports.calendar import visits_ics

            path.write_bytes(visits_ics(plans))

        self.run(write,
                     lambda _r: self.show_notice(self.tr("Visits written to {0}").format(path)),
                     name="export ics")
