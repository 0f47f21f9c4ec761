"""Checklist: merge the chosen schemes into a joint template, see the coverage map, and do
the fieldwork of a visit — the merged checklist as a filtered table (every scheme's clause
ids on each row), a rating in common severity with each scheme's translated rating shown
and overridable, an observation with a confidential flag, evidence files, corrective
actions; items whose provenance changed are flagged for re-rating.

Keyboard first: Ctrl+Down / Ctrl+Up move to the next / previous item from anywhere in the
view; in the table, 1 conforms · 2 minor gap · 3 major gap · 4 critical · 0 not applicable
· Backspace not assessed. Every edit is saved at once (autosave) through the worker.
"""

from __future__ import annotations

import html
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jointaudit.common.severity import Severity
from jointaudit.fieldwork.action_states import PRIORITIES
from ui import words
from ui.models.checklist import (
    KEY_ROLE,
    ChecklistFilter,
    ChecklistModel,
    ChecklistProxy,
    severity_label,
)
from ui.models.records import Column, RecordTableModel
from ui.views.base import View
from ui.widgets.heatmap import CoverageData, CoverageMap

RATING_KEYS = {
    "1": Severity.CONFORMS,
    "2": Severity.MINOR_GAP,
    "3": Severity.MAJOR_GAP,
    "4": Severity.CRITICAL,
    "0": Severity.NOT_APPLICABLE,
    "Backspace": Severity.NOT_ASSESSED,
}


def evidence_folder() -> Path:
    """Where evidence is written out to be opened (the app's cache, not the user's files)."""
    from PySide6.QtCore import QStandardPaths

    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(cache or tempfile.gettempdir()) / "evidence"


def bridge():
    from ui.views import checklist_bridge

    return checklist_bridge


class ChecklistView(View):
    key = "checklist"
    parts = ("checklist", "plan", "library")

    def title(self) -> str:
        return self.tr("Checklist")

    def summary(self) -> str:
        return self.tr("Joint template, coverage map and fieldwork")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.visit_id: int | None = None
        self.detail = None
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.addTab(self._fieldwork_tab(), self.tr("Fieldwork"))
        self.tabs.addTab(self._template_tab(), self.tr("Joint template"))
        self.coverage = CoverageMap()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.coverage)
        self.tabs.addTab(scroll, self.tr("Coverage map"))
        self._observation_timer = QTimer(self)
        self._observation_timer.setSingleShot(True)
        self._observation_timer.setInterval(800)  # autosave once typing pauses
        self._observation_timer.timeout.connect(self.save_observation)

    # fieldwork ---------------------------------------------------------------------------------
    def _fieldwork_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Visit:")))
        self.visit = QComboBox()
        self.visit.setMinimumWidth(200)
        self.visit.currentIndexChanged.connect(self._visit_chosen)
        bar.addWidget(self.visit, 1)
        # the visit's own schemes, ticked in the Joint template tab: then "Merge and use"
        self.visit_merge_button = QPushButton(self.tr("Merge its schemes…"))
        self.visit_merge_button.setObjectName("visitMerge")
        self.visit_merge_button.setToolTip(self.tr(
            "Merge a joint checklist of exactly this visit's schemes"))
        self.visit_merge_button.clicked.connect(self.start_visit_merge)
        bar.addWidget(self.visit_merge_button)
        outer.addLayout(bar)
        bar = QHBoxLayout()  # the filters on their own row: it fits 1280 px in every language
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search items, clause ids, observations…"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("Any topic"), "")
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("Any scheme"), "")
        self.rating = QComboBox()
        self.rating.addItem(self.tr("Any rating"), "")
        for sev in Severity:
            self.rating.addItem(severity_label(sev), str(sev))
        for combo in (self.topic, self.scheme, self.rating):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            bar.addWidget(combo)
        self.unrated = QCheckBox(self.tr("Unrated"))
        self.rerate = QCheckBox(self.tr("Needs re-rating"))
        bar.addWidget(self.unrated)
        bar.addWidget(self.rerate)
        outer.addLayout(bar)
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.topic, self.scheme, self.rating):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.unrated.toggled.connect(self.apply_filter)
        self.rerate.toggled.connect(self.apply_filter)

        split = QSplitter()
        self.model = ChecklistModel(self)
        self.proxy = ChecklistProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("checklistTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        # the item's title takes what the fixed columns leave (at 1280×720, ~200 px)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for col, width in ((0, 44), (2, 170), (3, 100), (4, 100), (5, 70)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._item_chosen)
        split.addWidget(self.table)
        detail = QScrollArea()  # keeps the window usable on short screens
        detail.setWidgetResizable(True)
        # it scrolls down, never sideways: the panel's rows wrap or stack to its width
        detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail.setWidget(self._detail_panel())
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([680, 420])
        outer.addWidget(split, 1)
        self.counter = QLabel()
        outer.addWidget(self.counter)
        self._install_shortcuts()
        return tab

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.item_title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.item_title)
        # the requirement's text: the official wording when an overlay was imported
        self.item_text = QLabel()
        self.item_text.setObjectName("item_text")
        self.item_text.setWordWrap(True)
        self.item_text.setTextFormat(Qt.TextFormat.PlainText)
        self.item_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_text.hide()
        layout.addWidget(self.item_text)
        self.item_text_source = QLabel()
        self.item_text_source.setObjectName("item_text_source")
        self.item_text_source.setEnabled(False)  # muted
        self.item_text_source.hide()
        layout.addWidget(self.item_text_source)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Rating:")))
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        for sev in Severity:
            self.severity.addItem(severity_label(sev), str(sev))
        self.severity.activated.connect(
            lambda _i: self.rate(self.severity.currentData()))
        row.addWidget(self.severity, 1)
        layout.addLayout(row)
        # the rating keys, where the rating is: 1–4, 0, Backspace on the selected item
        keys = " · ".join(f"{QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)}"
                          f" {severity_label(sev)}" for k, sev in RATING_KEYS.items())
        self.rating_keys = QLabel(self.tr("Keys in the list: {0}").format(keys))
        self.rating_keys.setObjectName("ratingKeys")
        self.rating_keys.setWordWrap(True)
        self.rating_keys.setStyleSheet("color: #555")
        layout.addWidget(self.rating_keys)
        self.severity.setToolTip(self.rating_keys.text())
        self.scheme_ratings = RecordTableModel([
            Column(self.tr("Scheme"), lambda c: c.scheme),
            Column(self.tr("Clause"), lambda c: c.clause_id),
            Column(self.tr("Scheme's rating"), lambda c: c.words + (" ✎" if c.overridden
                                                                      else "")),
            Column(self.tr("How"), lambda c: c.basis, tooltip=lambda c: c.basis),
        ], parent=self)
        self.scheme_table = QTableView()
        self.scheme_table.setObjectName("schemeRatings")
        self.scheme_table.setModel(self.scheme_ratings)
        self.scheme_table.verticalHeader().hide()
        self.scheme_table.horizontalHeader().setStretchLastSection(True)
        self.scheme_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scheme_table.setMaximumHeight(150)
        layout.addWidget(self.scheme_table)
        override_label = QLabel(self.tr("Override for the selected scheme:"))
        override_label.setWordWrap(True)
        layout.addWidget(override_label)
        over = QHBoxLayout()
        self.override = QComboBox()
        self.override.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.override.setMinimumContentsLength(12)
        over.addWidget(self.override, 1)
        self.override_button = QPushButton(self.tr("Apply"))
        self.override_button.clicked.connect(self.apply_override)
        over.addWidget(self.override_button)
        layout.addLayout(over)
        self.scheme_table.selectionModel().currentRowChanged.connect(self._scheme_row_chosen)

        layout.addWidget(QLabel(self.tr("Observation:")))
        self.observation = QPlainTextEdit()
        self.observation.setObjectName("observation")
        self.observation.setMaximumHeight(110)
        self.observation.textChanged.connect(self._observation_edited)
        layout.addWidget(self.observation)
        self.confidential = QCheckBox(self.tr("Confidential (kept out of public reports)"))
        self.confidential.toggled.connect(lambda _c: self.save_observation())
        layout.addWidget(self.confidential)

        ev_box = QGroupBox(self.tr("Evidence"))
        ev = QVBoxLayout(ev_box)
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        self.evidence.setMaximumHeight(90)
        self.evidence.itemDoubleClicked.connect(lambda _i: self.preview_evidence())
        ev.addWidget(self.evidence)
        ev_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview_evidence)
        self.open_evidence_button = QPushButton(self.tr("Open"))
        self.open_evidence_button.clicked.connect(self.open_evidence)
        self.remove_evidence_button = QPushButton(self.tr("Remove…"))
        self.remove_evidence_button.clicked.connect(self.ask_remove_evidence)
        for b in (self.preview_button, self.open_evidence_button, self.remove_evidence_button):
            ev_row.addWidget(b)
        ev.addLayout(ev_row)
        ev_form = QFormLayout()
        self.ev_from = QDateEdit(QDate.currentDate())
        self.ev_from.setCalendarPopup(True)
        self.ev_from.setDisplayFormat("yyyy-MM-dd")
        self.ev_expires = QDateEdit(QDate.currentDate().addYears(1))
        self.ev_expires.setCalendarPopup(True)
        self.ev_expires.setDisplayFormat("yyyy-MM-dd")
        ev_form.addRow(self.tr("Effective from:"), self.ev_from)
        ev_form.addRow(self.tr("Expires on:"), self.ev_expires)
        ev.addLayout(ev_form)
        self.attach_button = QPushButton(self.tr("Attach a file…"))
        self.attach_button.clicked.connect(self.choose_evidence)
        ev.addWidget(self.attach_button)
        layout.addWidget(ev_box)

        cap_box = QGroupBox(self.tr("Corrective actions"))
        cap = QVBoxLayout(cap_box)
        self.actions = RecordTableModel([
            Column(self.tr("Scheme"), lambda a: a.scheme),
            Column(self.tr("Status"), lambda a: words.action_status(a.status)),
            Column(self.tr("Priority"), lambda a: words.priority(a.priority) if a.priority
                   else ""),
            Column(self.tr("Plan due"), lambda a: a.plan_due or ""),
            Column(self.tr("Close due"), lambda a: a.close_due or ""),
        ], parent=self)
        self.actions_table = QTableView()
        self.actions_table.setModel(self.actions)
        self.actions_table.verticalHeader().hide()
        self.actions_table.horizontalHeader().setStretchLastSection(True)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setMaximumHeight(110)
        self.actions_table.selectionModel().currentRowChanged.connect(self._action_chosen)
        cap.addWidget(self.actions_table)
        # two rows, so that the panel fits beside the checklist at 1280×720 in every language
        self.raise_button = QPushButton(self.tr("Raise actions for gaps"))
        self.raise_button.clicked.connect(self.raise_actions)
        cap.addWidget(self.raise_button)
        cap_row = QHBoxLayout()
        self.next_status = QComboBox()
        self.next_status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.next_status.setMinimumContentsLength(10)
        cap_row.addWidget(self.next_status, 1)
        self.advance_button = QPushButton(self.tr("Move to this status"))
        self.advance_button.clicked.connect(self.advance_action)
        cap_row.addWidget(self.advance_button)
        cap.addLayout(cap_row)
        # what the site will do, who at the site does it, how urgent: the owner is the
        # auditee's person (typed, or picked from the owners already named at this site)
        action_form = QFormLayout()
        action_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.action_description = QPlainTextEdit()
        self.action_description.setObjectName("actionDescription")
        self.action_description.setMaximumHeight(70)
        self.action_description.setPlaceholderText(self.tr("What the site will do"))
        action_form.addRow(self.tr("Action:"), self.action_description)
        self.action_owner = QComboBox()
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setEditable(True)
        self.action_owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.action_owner.lineEdit().setPlaceholderText(self.tr("A person at the site"))
        self.action_owner.setToolTip(self.tr(
            "Who at the site carries the action out. Type a name or role, or pick one "
            "already named at this site."))
        action_form.addRow(self.tr("Owner at the site:"), self.action_owner)
        self.action_priority = QComboBox()
        self.action_priority.setObjectName("actionPriority")
        for code in ("", *PRIORITIES):
            self.action_priority.addItem(words.priority(code), code)
        action_form.addRow(self.tr("Priority:"), self.action_priority)
        cap.addLayout(action_form)
        self.action_all_schemes = QCheckBox(self.tr("The same for every scheme of this item"))
        self.action_all_schemes.setChecked(True)
        cap.addWidget(self.action_all_schemes)
        self.save_action_button = QPushButton(self.tr("Save the action"))
        self.save_action_button.clicked.connect(self.save_action)
        cap.addWidget(self.save_action_button)
        layout.addWidget(cap_box)
        layout.addStretch(1)
        return panel

    def _install_shortcuts(self) -> None:
        nxt = QAction(self.tr("Next item"), self)
        nxt.setShortcut(QKeySequence("Ctrl+Down"))
        nxt.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        nxt.triggered.connect(lambda: self.step(1))
        prev = QAction(self.tr("Previous item"), self)
        prev.setShortcut(QKeySequence("Ctrl+Up"))
        prev.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        prev.triggered.connect(lambda: self.step(-1))
        self.addActions([nxt, prev])
        for key, sev in RATING_KEYS.items():
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, s=sev: self.rate(s))
            self.table.addAction(act)

    # loading --------------------------------------------------------------------------------
    def reset(self) -> None:
        self._observation_timer.stop()
        self.visit_id = None
        self.detail = None
        for combo in (self.visit, self.plan_visit):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self._refill(self.topic, self.tr("Any topic"), [])
        self._refill(self.scheme, self.tr("Any scheme"), [])
        self.model.set_rows([])
        self._show_detail_blank()
        self.merge_versions.clear()
        self.templates.set_rows([])
        self.merge_status.clear()
        self.coverage.set_data(CoverageData())
        self._count()

    def _show_detail_blank(self) -> None:
        self.item_title.clear()
        for widget in (self.item_text, self.item_text_source):
            widget.clear()
            widget.hide()
        self.scheme_ratings.set_rows([])
        self.observation.blockSignals(True)
        self.observation.clear()
        self.observation.blockSignals(False)
        self.confidential.blockSignals(True)
        self.confidential.setChecked(False)
        self.confidential.blockSignals(False)
        self.evidence.clear()
        self.actions.set_rows([])
        self._show_action(None)

    def save_pending(self) -> None:
        if self._observation_timer.isActive():
            self.save_observation()
        if self.action_form_changed():  # typed into the action form, not saved yet
            self.save_action()

    _wanted_key: str | None = None

    def view_state(self) -> dict:
        return super().view_state() | {"visit": self.visit.currentData(),
                                        "visit_label": self.visit.currentText(),
                                        "item": self.current_key(),
                                        "search": self.search.text()}

    def restore_view_state(self, state: dict) -> None:
        super().restore_view_state(state)
        if state["visit"] is not None:  # kept as the choice while the visits load again
            self.visit.blockSignals(True)
            self.visit.addItem(state["visit_label"], state["visit"])
            self.visit.blockSignals(False)
        self._wanted_key = state["item"]
        self.search.setText(state["search"])

    def reload(self) -> None:
        if self.ctx.workspace is None or not self.needs("checklist"):
            self.model.set_rows([])
            return
        self.run(lambda ws, job: bridge().visits(ws), self._show_visits,
                     name="list visits")
        self.run(lambda ws, job: bridge().templates(ws), self._show_templates,
                     name="list templates")

    def _show_visits(self, visits) -> None:
        current = self.visit.currentData()
        self.visit.blockSignals(True)
        self.visit.clear()
        self._visit_rows = {v.id: v for v in visits}
        for v in visits:
            self.visit.addItem(v.label if v.template_id is not None else self.tr(
                "{0} — no checklist yet").format(v.label), v.id)
        wanted, self._wanted_visit = self._wanted_visit, None
        i = self.visit.findData(wanted if wanted is not None else current)
        self.visit.setCurrentIndex(max(0, i))
        self.visit.blockSignals(False)
        if visits:
            self._visit_chosen(self.visit.currentIndex())
        else:
            self.model.set_rows([])
            self.show_notice(self.tr("No visit yet: plan and save a visit, then merge its "
                                     "schemes in the Joint template tab."))

    _visit_rows: dict = {}
    _merge_visit: int | None = None  # the visit whose schemes the template tab was given

    def _visit_chosen(self, _index: int) -> None:
        self.save_pending()
        self.visit_id = self.visit.currentData()
        self.visit_merge_button.setEnabled(self.visit_id is not None
                                           and not self.ctx.read_only)
        if self.visit_id is None:
            return
        visit_id = self.visit_id
        row = self._visit_rows.get(visit_id)
        if row is not None and row.template_id is None:
            self.model.set_rows([])
            self._show_detail_blank()
            self._count()
            self.show_notice(self.tr("This visit has no checklist yet: “Merge its schemes…” "
                                     "ticks exactly its schemes; then “Merge and use”."))
            return
        self.run(lambda ws, job: bridge().checklist_rows(ws, visit_id), self._show_rows,
                     name="visit checklist")

    def _show_rows(self, loaded) -> None:
        rows, schemes = loaded
        self.show_notice("")
        self.model.set_rows(rows)
        names = {t: n for r in rows for t, n in zip(r.topics, r.topic_names or r.topics,
                                                     strict=True)}
        self._refill(self.topic, self.tr("Any topic"),
                     sorted(((n, t) for t, n in names.items()), key=lambda p: p[0].casefold()))
        self._refill(self.scheme, self.tr("Any scheme"), schemes)
        self._count()
        wanted, self._wanted_key = self._wanted_key, None
        if wanted is not None and self.select_key(wanted):
            return
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def select_key(self, key: str) -> bool:
        """Make the item ``key`` the current one, if the filter shows it."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(KEY_ROLE) == key:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _refill(self, combo: QComboBox, any_label: str, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_label, "")
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # filtering & moving ----------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.proxy.set_filter(ChecklistFilter(
            topic=self.topic.currentData() or "", scheme=self.scheme.currentData() or "",
            severity=self.rating.currentData() or "", unrated_only=self.unrated.isChecked(),
            rerating_only=self.rerate.isChecked(), text=self.search.text()))
        self._count()

    def _count(self) -> None:
        rerate = sum(1 for r in self.model.rows() if r.needs_rerating)
        unrated = sum(1 for r in self.model.rows() if r.severity == Severity.NOT_ASSESSED)
        self.counter.setText(self.tr("{0} of {1} items shown · {2} unrated · {3} to re-rate")
                             .format(self.proxy.rowCount(), self.model.rowCount(), unrated,
                                     rerate))

    def step(self, delta: int) -> None:
        if not self.proxy.rowCount():
            return
        row = self.table.currentIndex().row()
        row = 0 if row < 0 else min(max(row + delta, 0), self.proxy.rowCount() - 1)
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.proxy.index(row, 0))

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    # one item ----------------------------------------------------------------------------------
    def _item_chosen(self, current, _previous) -> None:
        self.save_pending()  # the observation typed on the item being left
        self.detail = None
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key is None or self.visit_id is None:
            return
        visit_id = self.visit_id
        from ui.i18n import current_language

        language = current_language()
        self.run(lambda ws, job: bridge().item_detail(ws, visit_id, key, language),
                 self._show_detail, name="item detail")

    def _show_detail(self, detail) -> None:
        if detail.key != self.current_key():
            return  # the user moved on meanwhile
        # typing since the last autosave stays in the editor (it is saved when typing pauses)
        same_item = self.detail is not None and self.detail.key == detail.key
        typed_action = same_item and self.action_form_changed()
        form = self._action_form()
        typing = (self.detail is not None and self.detail.key == detail.key
                  and self._observation_timer.isActive())
        if detail.words is None and self.detail is not None and self.detail.key == detail.key:
            detail = replace(detail, words=self.detail.words)
        self.detail = detail
        row = self.model.row_object(self.model.row_for(detail.key))
        clauses = "<br>".join(f"{c.scheme} <b>{c.clause_id}</b>" for c in row.clauses)
        flag = ("<p style='color:#c0392b'>⚑ " + self.tr("Needs re-rating: {0}").format(
            detail.rerating_reason) + "</p>") if row.needs_rerating else ""
        words = detail.words
        title = html.escape(words.title) if words else row.title
        self.item_title.setText(f"<h3>{title}</h3>{clauses}{flag}")
        self.item_text.setText(words.text if words else "")
        self.item_text.setVisible(bool(words and words.text))
        self.item_text_source.setText(self.tr("Official text from {0}").format(words.source)
                                      if words and words.source else "")
        self.item_text_source.setVisible(bool(words and words.source))
        self.severity.setCurrentIndex(max(0, self.severity.findData(str(row.severity))))
        self.scheme_ratings.set_rows(detail.clauses)
        self.scheme_table.resizeColumnsToContents()
        if not typing:
            self.observation.blockSignals(True)
            self.observation.setPlainText(detail.observation)
            self.observation.blockSignals(False)
            self.confidential.blockSignals(True)
            self.confidential.setChecked(detail.confidential)
            self.confidential.blockSignals(False)
        self.evidence.clear()
        for e in detail.evidence:
            item = QListWidgetItem(e.label)
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.evidence.addItem(item)
        if detail.evidence:
            self.evidence.setCurrentRow(0)
        shown = self._action_shown.id if self._action_shown else None
        self.actions.set_rows(detail.actions)
        at = next((n for n, a in enumerate(detail.actions) if a.id == shown), 0)
        if detail.actions:
            self.actions_table.selectRow(at)
        self._show_action(detail.actions[at] if detail.actions else None)
        if typed_action and detail.actions and detail.actions[at].id == shown:
            # typing in the action form since it was shown stays there, as in the observation
            self.action_description.setPlainText(form[0])
            self.action_owner.setEditText(form[1])
            self.action_priority.setCurrentIndex(max(0, self.action_priority.findData(form[2])))

    def _after_edit(self, detail) -> None:
        """An edit was saved: the item's row shows what the core now holds."""
        if detail is None:
            return
        row = self.model.row_object(self.model.row_for(detail.key))
        self.model.update_row(replace(
            row, severity=detail.severity, observation=detail.observation,
            confidential=detail.confidential, needs_rerating=detail.needs_rerating,
            evidence=len(detail.evidence), revision=detail.revision,
            open_actions=sum(a.status not in bridge().CLOSED for a in detail.actions)))
        self._count()
        if detail.key == self.current_key():
            self._show_detail(detail)

    def rate(self, severity: str) -> None:
        key = self.current_key()
        if key is None or self.visit_id is None or self.ctx.read_only:
            return
        visit_id, base = self.visit_id, self.shown_revision(key)
        text, secret = self._shown_text(key)
        self.edit_finding(self.tr("rate {0} as {1}").format(self._item_label(key),
                                                           severity_label(severity)),
                          key, lambda ws: bridge().rate(ws, visit_id, key, severity, base),
                          mine={"severity": str(severity), "observation": text,
                                "confidential": secret})

    def shown_revision(self, key: str) -> int | None:
        """The revision of the item's finding this screen showed: a save based on it is
        refused when someone else saved the item since (then: keep mine / theirs / both)."""
        if self.detail is not None and self.detail.key == key:
            return self.detail.revision
        row = self.model.row_object(self.model.row_for(key))
        return row.revision if row is not None else None

    def _shown_text(self, key: str) -> tuple[str, bool]:
        if self.detail is not None and self.detail.key == key:
            return self.observation.toPlainText(), self.confidential.isChecked()
        row = self.model.row_object(self.model.row_for(key))
        return (row.observation, row.confidential) if row is not None else ("", False)

    def _item_label(self, key: str) -> str:
        row = self.model.row_object(self.model.row_for(key))
        return row.clause_text if row is not None else key

    def edit_finding(self, text: str, key: str, edit, mine: dict | None = None) -> None:
        """An edit of the item's finding, as an undoable command (Edit → Undo). ``mine``:
        what it saves, shown beside theirs if the save is refused as stale."""
        from ui.undo import FindingEdit

        self.ctx.undo_stack.push(FindingEdit(self.ctx, text, self.visit_id, key, edit, mine))

    # a save refused because someone else saved the item first ------------------------------
    refused_dialog = None

    def edit_refused(self, refusal, mine: dict) -> None:
        """Show who changed the item, when and what, theirs beside mine, and offer keep
        mine / keep theirs / keep both (nothing typed is lost: mine stays in the dialog)."""
        self._observation_timer.stop()
        self.run(lambda ws, job: bridge().refused(ws, refusal, **mine),
                 self._show_refused, name="refused save")

    def _show_refused(self, refused) -> None:
        from ui.views.refused_dialog import RefusedEditDialog

        if self.refused_dialog is not None:
            self.refused_dialog.close()
        dialog = RefusedEditDialog(refused, self._item_label(refused.item_key), self)
        dialog.chosen.connect(lambda choice: self.keep(refused, choice))
        self.refused_dialog = dialog
        dialog.open()

    def keep(self, refused, choice: str) -> None:
        """Settle a refused save: ``theirs`` reloads the item (mine stays on the clipboard
        and is named in the notice), ``mine`` and ``both`` save through the core as an
        undoable edit, itself refused again if the item moved on meanwhile."""
        key, label = refused.item_key, self._item_label(refused.item_key)
        if choice == "theirs":
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(refused.mine.observation)
            self.show_notice(self.tr(
                "Kept the saved version of {0}; yours was not saved. Your observation is on "
                "the clipboard: {1}").format(label, refused.mine.observation or "—"))
            self.run(lambda ws, job: bridge().item_detail(ws, refused.visit_id, key),
                     self._after_edit, name="item detail")
            return
        self.show_notice("")
        text = (self.tr("keep mine on {0}") if choice == "mine"
                else self.tr("keep both on {0}")).format(label)
        mine = {"severity": refused.mine.severity, "observation": refused.mine.observation,
                "confidential": refused.mine.confidential}
        self.edit_finding(text, key, lambda ws: bridge().keep(ws, refused, choice), mine)

    def _scheme_row_chosen(self, current, _previous) -> None:
        self.override.clear()
        if not current.isValid():
            return
        clause = self.scheme_ratings.row_object(current.row())
        for level_id, level_words in clause.levels:
            self.override.addItem(level_words, level_id)
        self.override.setCurrentIndex(max(0, self.override.findData(clause.level_id)))

    def apply_override(self) -> None:
        index = self.scheme_table.currentIndex()
        key = self.current_key()
        if not index.isValid() or key is None or self.visit_id is None:
            return
        clause = self.scheme_ratings.row_object(index.row())
        level = self.override.currentData()
        visit_id = self.visit_id
        self.edit_finding(self.tr("override {0} for {1}").format(self._item_label(key),
                                                                 clause.scheme),
                          key, lambda ws: bridge().override(ws, visit_id, key,
                                                            clause.version_id, level))

    def _observation_edited(self) -> None:
        self._observation_timer.start()

    def save_observation(self) -> None:
        """Save the observation on the item it was typed on (the detail shown)."""
        self._observation_timer.stop()
        if self.visit_id is None or self.detail is None:
            return
        key = self.detail.key
        text, secret = self.observation.toPlainText(), self.confidential.isChecked()
        if (text, secret) == (self.detail.observation, self.detail.confidential):
            return
        visit_id, base = self.visit_id, self.detail.revision
        self.edit_finding(self.tr("observation on {0}").format(self._item_label(key)), key,
                          lambda ws: bridge().observe(ws, visit_id, key, text, secret, base),
                          mine={"severity": str(self.detail.severity), "observation": text,
                                "confidential": secret})

    def choose_evidence(self) -> None:
        from ui.settings import open_file

        path = open_file(self, "evidence", self.tr("Attach evidence"))
        if path:
            self.attach(path)

    def attach(self, path: Path) -> None:
        key = self.current_key()
        if key is None or self.visit_id is None:
            return
        visit_id = self.visit_id
        start, end = self.ev_from.date().toPython(), self.ev_expires.date().toPython()
        self.run(lambda ws, job: bridge().attach(ws, visit_id, key, path, start, end),
                     self._after_edit, changes="findings", name="attach evidence")

    # evidence: preview (images, PDF), open with the system's viewer, remove ------------------
    def selected_evidence(self):
        item = self.evidence.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _with_evidence_file(self, then) -> None:
        e = self.selected_evidence()
        if e is None:
            return
        folder = evidence_folder()
        self.run(lambda ws, job: bridge().evidence_file(ws, e.uid, e.filename, folder),
                 lambda path: then(e, path), name="evidence file")

    def preview_evidence(self) -> None:
        self._with_evidence_file(self._preview)

    def _preview(self, e, path: Path) -> None:
        from ui.widgets.evidence_preview import EvidencePreview

        self.preview = EvidencePreview(path, e.media_type, self)
        self.preview.open_requested.connect(lambda: self._open(e, path))
        self.preview.show()

    def open_evidence(self) -> None:
        self._with_evidence_file(self._open)

    def _open(self, _e, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self.opened_evidence = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_notice(self.tr("No program on this computer opens {0}; it is saved as "
                                     "{1}.").format(path.name, path))

    def ask_remove_evidence(self) -> None:
        e, key = self.selected_evidence(), self.current_key()
        if e is None or key is None or self.visit_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the file?"), self.tr(
            "Remove “{0}” from this item? The file is taken out of the workspace.").format(
                e.filename), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRemoveEvidence")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.buttonClicked.connect(lambda b: self.remove_evidence(e.uid) if b is remove
                                  else None)
        self.confirm_box = box
        box.open()

    def remove_evidence(self, uid: str) -> None:
        key, visit_id = self.current_key(), self.visit_id
        if key is None or visit_id is None:
            return
        self.run(lambda ws, job: bridge().remove_evidence(ws, visit_id, key, uid),
                 self._after_edit, changes="findings", name="remove evidence")

    def raise_actions(self) -> None:
        if self.visit_id is None:
            return
        visit_id, key = self.visit_id, self.current_key()
        self.run(lambda ws, job: bridge().raise_actions(ws, visit_id, key),
                     self._after_edit, changes="findings", name="raise actions")

    def _action_chosen(self, current, _previous) -> None:
        self.next_status.clear()
        action = self.actions.row_object(current.row()) if current.isValid() else None
        if action is not None:
            for status in action.next_statuses:
                self.next_status.addItem(words.action_status(status), status)
        self._show_action(action)

    def _show_action(self, action) -> None:
        """The chosen action's text, owner and priority in the form (blank for none)."""
        owners = self.detail.owners if self.detail is not None else ()
        self.action_owner.clear()
        self.action_owner.addItems(list(owners))
        self.action_owner.setEditText(action.owner if action else "")
        self.action_description.setPlainText(action.description if action else "")
        self.action_priority.setCurrentIndex(
            max(0, self.action_priority.findData(action.priority if action else "")))
        for w in (self.action_description, self.action_owner, self.action_priority,
                  self.action_all_schemes, self.save_action_button):
            w.setEnabled(action is not None and not self.ctx.read_only)
        self._action_shown = action

    _action_shown = None

    def _action_form(self) -> tuple[str, str, str]:
        return (self.action_description.toPlainText().strip(),
                " ".join(self.action_owner.currentText().split()),
                self.action_priority.currentData() or "")

    def action_form_changed(self) -> bool:
        a = self._action_shown
        return a is not None and self._action_form() != (a.description, a.owner, a.priority)

    def save_action(self) -> None:
        """Save the form on the action shown (or on every scheme's action of its item)."""
        a, detail = self._action_shown, self.detail
        if a is None or detail is None or self.visit_id is None or self.ctx.read_only:
            return
        ids = [x.id for x in detail.actions] if self.action_all_schemes.isChecked() \
            else [a.id]
        description, owner, priority = self._action_form()
        visit_id, key = self.visit_id, detail.key
        self._action_shown = None  # saved: leaving the item does not save it twice
        self.run(lambda ws, job: bridge().edit_actions(ws, visit_id, key, ids, description,
                                                       owner, priority),
                 self._after_edit, changes="findings", name="edit action")

    def advance_action(self) -> None:
        index = self.actions_table.currentIndex()
        status = self.next_status.currentData()
        if not index.isValid() or self.visit_id is None or not status:
            return
        action = self.actions.row_object(index.row())
        visit_id, key = self.visit_id, self.current_key()
        self.run(lambda ws, job: bridge().advance(ws, visit_id, key, action.id, status),
                 self._after_edit, changes="findings", name="advance action")

    # template & coverage ---------------------------------------------------------------------
    def _template_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Scheme versions to merge:")))
        self.merge_versions = QListWidget()
        self.merge_versions.setObjectName("mergeVersions")
        layout.addWidget(self.merge_versions)
        row = QHBoxLayout()
        self.template_name = QLineEdit()
        self.template_name.setPlaceholderText(self.tr("Template name"))
        row.addWidget(self.template_name, 1)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge)
        row.addWidget(self.merge_button)
        layout.addLayout(row)
        self.templates = RecordTableModel([
            Column(self.tr("Template"), lambda t: t.name),
            Column(self.tr("Schemes"), lambda t: ", ".join(t.version_ids)),
            Column(self.tr("Joint items"), lambda t: t.items, align_right=True),
            Column(self.tr("Merged"), words.reduction),
        ], parent=self)
        self.templates_view = QTableView()
        self.templates_view.setModel(self.templates)
        self.templates_view.verticalHeader().hide()
        self.templates_view.horizontalHeader().setStretchLastSection(True)
        self.templates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templates_view.selectionModel().currentRowChanged.connect(self._template_chosen)
        layout.addWidget(self.templates_view, 1)
        use = QHBoxLayout()
        use.addWidget(QLabel(self.tr("Use the selected template for the plan of visit:")))
        self.plan_visit = QComboBox()
        use.addWidget(self.plan_visit, 1)
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.clicked.connect(self.use_template)
        use.addWidget(self.use_button)
        layout.addLayout(use)
        self.merge_use_button = QPushButton(self.tr("Merge and use for the visit"))
        self.merge_use_button.setObjectName("mergeAndUse")
        self.merge_use_button.setEnabled(False)
        self.merge_use_button.clicked.connect(self.merge_and_use)
        layout.addWidget(self.merge_use_button)
        self.merge_status = QLabel()
        self.merge_status.setWordWrap(True)
        layout.addWidget(self.merge_status)
        return tab

    def use_template(self) -> None:
        index = self.templates_view.currentIndex()
        plan_id = self.plan_visit.currentData()
        if not index.isValid() or plan_id is None:
            return
        template = self.templates.row_object(index.row())
        self.run(lambda ws, job: bridge().use_template(ws, plan_id, template.id),
                 lambda visit: self.merge_status.setText(self.tr(
                     "{0} now uses {1}.").format(visit.label if visit else plan_id,
                                                 template.name)),
                 changes="checklist", name="use template")

    def _show_templates(self, loaded) -> None:
        versions, templates, all_visits = loaded
        self.plan_visit.clear()
        for v in all_visits:
            self.plan_visit.addItem(v.label, v.plan_id)
        checked = {self.merge_versions.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.merge_versions.count())
                   if self.merge_versions.item(i).checkState() == Qt.CheckState.Checked}
        self.merge_versions.clear()
        for version_id, label in versions:
            self.merge_versions.addItem(label)
            item = self.merge_versions.item(self.merge_versions.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, version_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # nothing ticked until a visit's schemes are asked for (never all of them)
            item.setCheckState(Qt.CheckState.Checked if version_id in checked
                               else Qt.CheckState.Unchecked)
        self.templates.set_rows(templates)
        if templates:
            self.templates_view.selectRow(len(templates) - 1)

    def start_visit_merge(self) -> None:
        """First click: the Joint template tab with exactly the visit's schemes ticked."""
        visit_id = self.visit_id
        if visit_id is None or self.ctx.read_only:
            return
        self.run(lambda ws, job: bridge().visit_merge_start(ws, visit_id),
                 lambda start: self._prefill_merge(visit_id, *start), name="visit schemes")

    def _prefill_merge(self, visit_id: int, plan_id: int, versions: list[str],
                       name: str) -> None:
        self._merge_visit = visit_id
        self.tabs.setCurrentIndex(1)
        for i in range(self.merge_versions.count()):
            item = self.merge_versions.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in versions else Qt.CheckState.Unchecked)
        self.template_name.setText(name)
        at = self.plan_visit.findData(plan_id)
        if at >= 0:
            self.plan_visit.setCurrentIndex(at)
        row = self._visit_rows.get(visit_id)
        self.merge_use_button.setEnabled(True)
        self.merge_use_button.setText(self.tr("Merge and use for {0}").format(
            row.label if row else visit_id))
        self.merge_use_button.setDefault(True)
        self.merge_use_button.setFocus()
        self.merge_status.setText(self.tr("Ticked the schemes this visit audits: {0}.")
                                  .format(", ".join(versions)))

    def merge_and_use(self) -> None:
        """Second click: merge what is ticked and use it for the visit; back to its checklist."""
        visit_id = self._merge_visit
        versions = [self.merge_versions.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.merge_versions.count())
                    if self.merge_versions.item(i).checkState() == Qt.CheckState.Checked]
        if visit_id is None or not versions or self.ctx.read_only:
            return
        name = self.template_name.text().strip() or self.tr("Joint template")
        self.merge_status.setText(self.tr("Merging {0}…").format(", ".join(versions)))
        self.run(lambda ws, job: bridge().merge_for_visit(ws, visit_id, name, versions),
                 self._merged_for_visit, changes="checklist", name="merge and use")

    def _merged_for_visit(self, visit) -> None:
        self.merge_status.setText(self.tr("{0} now uses {1}.").format(visit.label,
                                                                     visit.template))
        self._merge_visit = None
        self.merge_use_button.setEnabled(False)
        self.merge_use_button.setText(self.tr("Merge and use for the visit"))
        self._wanted_visit = visit.id
        self.tabs.setCurrentIndex(0)
        self.reload()

    _wanted_visit: int | None = None

    def merge(self) -> None:
        versions = [self.merge_versions.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.merge_versions.count())
                    if self.merge_versions.item(i).checkState() == Qt.CheckState.Checked]
        name = self.template_name.text().strip() or self.tr("Joint template")
        self.merge_status.setText(self.tr("Merging {0}…").format(", ".join(versions)))
        self.run(lambda ws, job: bridge().merge(ws, name, versions),
                     lambda summary: self.merge_status.setText(summary), changes="checklist",
                     name="merge")

    def _template_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        template = self.templates.row_object(current.row())
        self.run(lambda ws, job: bridge().coverage(ws, template.id), self.coverage.set_data,
                     name="coverage map")
