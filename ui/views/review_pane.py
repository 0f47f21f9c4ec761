"""The review pane of the Approvals view: scheme staff walk a joint template item by item for
their scheme — each item's clauses per scheme with their sources, the accepted links that
merged them (a derived one with its path through the hub), and whether it changed since the
scheme last decided — comment as they go (saved as typed; moving to another item never loses
what was typed), then approve (the signing path of the status tab) or request changes (which
needs at least one comment or a general note)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import words
from ui.i18n import current_language

CHANGED_MARK = "●"
COMMENT_MARK = "✎"
SAVE_DELAY_MS = 600


def trust_service():
    from jointaudit.services import trust

    return trust


class ReviewPane(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("reviewPane")
        self.sheet = None
        self.index = -1
        # what was typed, by (template id, scheme id, item key; "" the general note): the
        # box shows this, so moving away and back never loses typing, saved or not
        self._texts: dict[tuple[int, str, str], str] = {}
        self._unsaved: set[tuple[int, str, str]] = set()
        self._showing = False  # filling the boxes, not the user typing
        self.question_box: QMessageBox | None = None

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Joint template:")))
        self.template = QComboBox()
        self.template.setMinimumContentsLength(18)
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(self.template, 1)
        row.addWidget(QLabel(self.tr("Scheme:")))
        self.scheme = QComboBox()
        self.scheme.setMinimumContentsLength(12)
        self.scheme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(self.scheme, 1)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.trust_label = QLabel()
        self.trust_label.setObjectName("reviewTrustWarning")
        self.trust_label.setWordWrap(True)
        self.trust_label.setStyleSheet("color: #b7651a")
        self.trust_label.hide()
        layout.addWidget(self.trust_label)

        split = QSplitter()
        self.items = QListWidget()
        self.items.setObjectName("reviewItems")
        self.items.setMinimumWidth(160)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the marks stay seen
        self.items.currentRowChanged.connect(self._row_chosen)
        split.addWidget(self.items)
        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Previous item (Alt+Left)"))
        self.prev_button.clicked.connect(self.previous)
        nav.addWidget(self.prev_button)
        self.position = QLabel()
        self.position.setObjectName("reviewPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.position, 1)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next item (Alt+Right)"))
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.next_button)
        rlayout.addLayout(nav)
        self.detail = QTextBrowser()
        self.detail.setObjectName("reviewDetail")
        rlayout.addWidget(self.detail, 1)
        self.comment_label = QLabel(self.tr("Your comment on this item (saved as you type):"))
        self.comment_label.setWordWrap(True)
        rlayout.addWidget(self.comment_label)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setMaximumHeight(80)
        self.comment.textChanged.connect(self._comment_typed)
        rlayout.addWidget(self.comment)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 800])
        layout.addWidget(split, 1)

        self.note_label = QLabel(self.tr("General note on the template (optional):"))
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.note = QPlainTextEdit()
        self.note.setObjectName("reviewNote")
        self.note.setMaximumHeight(48)
        self.note.textChanged.connect(self._note_typed)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("reviewSaved")
        buttons.addWidget(self.saved_label, 1)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.clicked.connect(self.approve)
        buttons.addWidget(self.approve_button)
        self.request_button = QPushButton(self.tr("Request changes…"))
        self.request_button.clicked.connect(self.request_changes)
        buttons.addWidget(self.request_button)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_pending)
        # Alt+Left / Alt+Right walk the items from wherever the focus is in the pane
        for widget in (self.items, self.detail, self.comment, self.note, self.prev_button,
                       self.next_button):
            widget.installEventFilter(self)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.scheme.currentIndexChanged.connect(lambda _i: self.load())
        self._enable()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress
                and event.modifiers() == Qt.KeyboardModifier.AltModifier
                and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
            (self.next if event.key() == Qt.Key.Key_Right else self.previous)()
            return True
        return super().eventFilter(watched, event)

    # where the reviewer is (carried over a language switch) ------------------------------
    wanted: tuple | None = None  # (template id, scheme id, item key) to go back to

    def where(self) -> tuple | None:
        it = self.current_item()
        if self.sheet is None:
            return None
        return (self.sheet.template_id, self.sheet.scheme_id, it.key if it else None)

    def typed(self) -> dict:
        """What was typed and not saved yet (the save is on its way: it may land after the
        rebuilt view has read the workspace)."""
        return {key: self._texts.get(key, "") for key in self._unsaved}

    def keep_typed(self, typed: dict) -> None:
        self._texts.update(typed)

    # choosing what to review --------------------------------------------------------------
    def reset(self) -> None:
        self._timer.stop()
        self._texts.clear()
        self._unsaved.clear()
        for combo in (self.template, self.scheme):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self._show_sheet(None)

    def set_templates(self, templates) -> None:
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for t in templates:
            self.template.addItem(t.name, t.id)
        if self.wanted and self.template.findData(self.wanted[0]) >= 0:
            current = self.wanted[0]
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)
        self._template_chosen(self.template.currentIndex())

    def _template_chosen(self, _index: int) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            self._show_sheet(None)
            return
        self.view.run(lambda ws, job: trust_service().template_status(ws, template_id),
                      self._show_schemes, name="review schemes")

    def _show_schemes(self, statuses) -> None:
        current = self.scheme.currentData()
        mine = self.view.my_key()
        self.scheme.blockSignals(True)
        self.scheme.clear()
        for a in statuses:
            self.scheme.addItem(a.scheme_name, a.scheme_id)
        if self.wanted and self.wanted[0] == self.template.currentData():
            current = self.wanted[1]
        index = self.scheme.findData(current)
        if index < 0 and mine is not None:  # your key's scheme first
            index = next((self.scheme.findData(s) for s in mine.scheme_ids
                          if self.scheme.findData(s) >= 0), -1)
        self.scheme.setCurrentIndex(max(0, index))
        self.scheme.blockSignals(False)
        self.load()

    def author(self) -> str:
        return trust_service().reviewer_name(self.view._profile())

    def load(self) -> None:
        """(Re)read the sheet of the template and scheme chosen; stays on the same item."""
        self.save_pending()
        template_id, scheme_id = self.template.currentData(), self.scheme.currentData()
        if template_id is None or scheme_id is None:
            self._show_sheet(None)
            return
        author = self.author()
        language = current_language()
        self.view.run(lambda ws, job: trust_service().review_sheet(
            ws, template_id, scheme_id, author, language), self._show_sheet, name="review sheet")

    def _key(self, item_key: str) -> tuple[int, str, str] | None:
        if self.sheet is None:
            return None
        return (self.sheet.template_id, self.sheet.scheme_id, item_key)

    def _show_sheet(self, sheet) -> None:
        keep = self.sheet.items[self.index].key if (
            self.sheet is not None and sheet is not None and 0 <= self.index < len(
                self.sheet.items) and self.sheet.template_id == sheet.template_id) else None
        self.sheet = sheet
        self.items.blockSignals(True)
        self.items.clear()
        if sheet is None:
            self.items.blockSignals(False)
            self.index = -1
            self.status_label.clear()
            self.trust_label.hide()
            self._show_item()
            self._enable()
            return
        for it in sheet.items:  # what the workspace holds, unless typed since
            self._texts.setdefault((sheet.template_id, sheet.scheme_id, it.key), it.comment)
        self._texts.setdefault((sheet.template_id, sheet.scheme_id, ""), sheet.note)
        for n, it in enumerate(sheet.items):
            entry = QListWidgetItem()
            entry.setData(Qt.ItemDataRole.UserRole, it.key)
            self.items.addItem(entry)
            self._label_row(n)
        self.items.blockSignals(False)
        self._show_status()
        keys = [it.key for it in sheet.items]
        if self.wanted and self.wanted[:2] == (sheet.template_id, sheet.scheme_id):
            keep, self.wanted = self.wanted[2], None
        self.index = keys.index(keep) if keep in keys else (0 if keys else -1)
        self.items.setCurrentRow(self.index)
        self._show_item()
        self._enable()

    def _label_row(self, n: int) -> None:
        it = self.sheet.items[n]
        marks = (f" {CHANGED_MARK}" if it.changes else "") + (
            f" {COMMENT_MARK}" if self._texts.get(self._key(it.key), "").strip() else "")
        entry = self.items.item(n)
        entry.setText(f"{n + 1}. {it.title}{marks}")
        entry.setForeground(QColor("#b03a2e") if it.changes else QColor("#202020"))
        entry.setToolTip(f"{it.title}\n" + self.tr("Changed since the scheme last decided")
                         if it.changes else it.title)

    def _show_status(self) -> None:
        sheet = self.sheet
        a = sheet.status
        text = f"{a.scheme_name}: {words.approval_status(a.status)}"
        if a.reason and a.reason != a.status:
            text += " — " + words.approval_reason(a.reason)
        at = sheet.baseline_at.strftime("%Y-%m-%d %H:%M") if sheet.baseline_at else ""
        if sheet.baseline == "approval":
            text += " " + self.tr("(marks: changed since the approval of {0} by {1})").format(
                at, sheet.baseline_by)
        elif sheet.baseline == "request":
            text += " " + self.tr("(marks: changed since the request for changes of {0} by "
                                  "{1})").format(at, sheet.baseline_by)
        else:
            text += " " + self.tr("(never decided: nothing to compare with yet)")
        self.status_label.setText(text)
        gap = self.view.trust_gap(sheet.scheme_id)
        self.trust_label.setText(gap)
        self.trust_label.setVisible(bool(gap))

    # walking the items ----------------------------------------------------------------------
    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        if self.sheet is None or not 0 <= index < len(self.sheet.items):
            return
        self.items.setCurrentRow(index)  # -> _row_chosen

    def _row_chosen(self, row: int) -> None:
        if self.sheet is None or row < 0:
            return
        self.save_pending()  # what was typed on the item being left
        self.index = row
        self._show_item()
        self._enable()

    def current_item(self):
        if self.sheet is None or not 0 <= self.index < len(self.sheet.items):
            return None
        return self.sheet.items[self.index]

    def _show_item(self) -> None:
        it = self.current_item()
        self._showing = True
        try:
            if it is None:
                self.detail.clear()
                self.comment.clear()
                self.note.clear()
                self.position.clear()
                return
            self.position.setText(self.tr("Item {0} of {1}").format(
                self.index + 1, len(self.sheet.items)))
            self.detail.setHtml(self._item_html(it))
            self.comment.setPlainText(self._texts.get(self._key(it.key), ""))
            note = self._texts.get(self._key(""), "")
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
        finally:
            self._showing = False

    def _item_html(self, it) -> str:
        sheet = self.sheet
        html = [f"<h3>{escape(it.title)}</h3>",
                "<p><i>" + self.tr("Item {0}, kind: {1}").format(
                    escape(it.key), escape(words.review_code("item_kind", it.kind)))
                + "</i></p>"]
        if it.changes is None:
            pass
        elif it.changes:
            html.append("<p style='color:#b03a2e'><b>" + CHANGED_MARK + " " + self.tr(
                "Changed since the scheme last decided:") + "</b></p><ul>")
            html += [f"<li>{escape(c)}</li>" for c in words.template_changes(it)]
            html.append("</ul>")
        else:
            html.append("<p style='color:#2a7d4f'>" + self.tr(
                "Unchanged since the scheme last decided.") + "</p>")
        by_scheme: dict[str, list] = {}
        for c in it.clauses:
            by_scheme.setdefault(c.scheme_id, []).append(c)
        order = sorted(by_scheme, key=lambda s: (s != sheet.scheme_id, s))
        html.append("<p><b>" + self.tr("Clauses per scheme:") + "</b></p>")
        if sheet.scheme_id not in by_scheme:
            html.append("<p>" + self.tr("This item asks no clause of {0}.").format(
                escape(sheet.status.scheme_name)) + "</p>")
        for scheme_id in order:
            name = next((self.scheme.itemText(i) for i in range(self.scheme.count())
                         if self.scheme.itemData(i) == scheme_id), scheme_id)
            html.append(f"<p><u>{escape(name)}</u></p><ul>")
            for c in by_scheme[scheme_id]:
                text = f"<br><small>{escape(c.text)}</small>" if c.text else ""
                html.append(f"<li><b>{escape(c.version_id)} {escape(c.clause_id)}</b> "
                            f"({escape(words.review_code('clause_role', c.role))}): "
                            f"{escape(c.title)}{text}</li>")
            html.append("</ul>")
        html.append("<p><b>" + self.tr("Links that merged them:") + "</b></p>")
        if it.links:
            html.append("<ul>" + "".join(f"<li>{escape(link)}</li>"
                                         for link in words.review_links(it))
                        + "</ul>")
        else:
            html.append("<p>" + self.tr("None: one scheme's clause alone.") + "</p>")
        if it.others:
            html.append("<p><b>" + self.tr("Other reviewers' comments:") + "</b></p><ul>")
            html += [f"<li><i>{escape(who)}</i>: {escape(text)}</li>" for who, text in it.others]
            html.append("</ul>")
        return "".join(html)

    def _enable(self) -> None:
        has = self.sheet is not None and bool(self.sheet.items)
        self.prev_button.setEnabled(has and self.index > 0)
        self.next_button.setEnabled(has and self.index < len(self.sheet.items) - 1)
        for w in (self.comment, self.note, self.approve_button, self.request_button):
            w.setEnabled(has)

    # comments, saved as typed -------------------------------------------------------------
    def _comment_typed(self) -> None:
        it = self.current_item()
        if self._showing or it is None:
            return
        self._typed(self._key(it.key), self.comment.toPlainText())
        self._label_row(self.index)

    def _note_typed(self) -> None:
        if self._showing or self.sheet is None:
            return
        self._typed(self._key(""), self.note.toPlainText())

    def _typed(self, key, text: str) -> None:
        self._texts[key] = text
        self._unsaved.add(key)
        self.saved_label.setText(self.tr("Not saved yet…"))
        self._timer.start()

    def save_pending(self) -> None:
        """Save every comment typed and not yet saved (also before a switch or a close)."""
        self._timer.stop()
        pending, self._unsaved = self._unsaved, set()
        if not pending:
            return
        author = self.author()
        jobs = [(key, self._texts.get(key, "")) for key in sorted(pending)]

        def work(ws, job):
            for (template_id, scheme_id, item_key), text in jobs:
                trust_service().save_comment(ws, template_id, scheme_id, item_key, author,
                                             text)
            return len(jobs)

        def saved(_n) -> None:
            if not self._unsaved:
                self.saved_label.setText(self.tr("All comments saved."))

        def failed(exc) -> None:
            self._unsaved |= pending  # kept, to save again
            self.saved_label.setText(self.tr("Comments not saved: {0}").format(exc))
            self.view.ctx.report_error(exc)

        self.view.run(work, saved, on_error=failed, name="save review comments")

    def has_comment(self) -> bool:
        """A comment on an item (anyone's) or a general note, for this template and scheme."""
        if self.sheet is None:
            return False
        tid, sid = self.sheet.template_id, self.sheet.scheme_id
        mine = any(text.strip() for (t, s, _k), text in self._texts.items()
                   if (t, s) == (tid, sid))
        return mine or any(it.others for it in self.sheet.items)

    # deciding -----------------------------------------------------------------------------
    def approve(self) -> None:
        if self.sheet is None:
            return
        self.save_pending()
        sheet = self.sheet

        def ask() -> None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Approve the template"),
                self.tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password)
            if ok:
                self.approve_with(passphrase)

        self.view.confirm_trusted_for(sheet.scheme_id, ask)

    def approve_with(self, passphrase: str, profile_dir=None) -> None:
        """Sign the approval (the status tab's path), then show the sheet again."""
        if self.sheet is None:
            return
        self.save_pending()
        self.view.sign_with(self.sheet.template_id, self.sheet.scheme_id, passphrase,
                            profile_dir)

    def request_changes(self) -> None:
        if self.sheet is None:
            return
        self.save_pending()
        if not self.has_comment():
            self.refuse_without_comment()
            return
        sheet = self.sheet

        def ask() -> None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Request changes"),
                self.tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password)
            if ok:
                self.request_with(passphrase)

        self.view.confirm_trusted_for(sheet.scheme_id, ask)

    def refuse_without_comment(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Request changes"), self.tr(
            "Say what to change first: write a comment on an item, or a general note."),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("requestNeedsComment")
        self.question_box = box
        box.open()
        self.comment.setFocus()

    def request_with(self, passphrase: str, profile_dir=None) -> bool:
        """Sign the request for changes with the comments as saved; False when refused."""
        if self.sheet is None:
            return False
        self.save_pending()
        if not self.has_comment():
            self.refuse_without_comment()
            return False
        folder = profile_dir or self.view._profile()
        tid, sid = self.sheet.template_id, self.sheet.scheme_id
        note = self._texts.get(self._key(""), "")
        self.view.run(lambda ws, job: trust_service().request_changes(
            ws, tid, sid, profile_dir=folder, passphrase=passphrase, note=note),
            lambda _a: self.view._signed(), changes="approvals",
            name="request changes")
        return True
