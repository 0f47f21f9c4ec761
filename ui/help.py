"""Help: the user guides shipped with the app (resources/guides/*.md, shown as Markdown in a
QTextBrowser that follows their links and shows their pictures) and the getting-started page
that tells each kind of user what to do first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jointaudit.common.resources import resource_path

# (who, file) in the order the Help menu and the getting-started page list them
GUIDES = (("auditor", "guide-auditor.md"), ("site", "guide-site.md"),
          ("scheme-staff", "guide-scheme-staff.md"))


def guide_path(who: str) -> Path:
    name = dict(GUIDES)[who]
    return resource_path("guides", name)


class GuideWindow(QDialog):
    """One guide, with Back / Forward through the links followed inside it."""

    def __init__(self, who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"))
        self.forward_button = QPushButton(self.tr("Forward →"))
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addStretch(1)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        bar.addWidget(self.language_note, 1)
        layout.addLayout(bar)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)  # web links go to the user's browser
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.browser.sourceChanged.connect(self._titled)
        self.open_guide(who)

    def open_guide(self, who: str) -> None:
        path = guide_path(who)
        if not path.is_file():
            self.browser.setPlainText(self.tr(
                "The guide {0} is missing from this build (looked in {1}).").format(
                    path.name, path.parent))
            self.setWindowTitle(self.tr("User guide"))
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)

    def _titled(self, url: QUrl) -> None:
        # a Markdown page's title is its first heading, the first line shown
        first = next((x for x in self.browser.toPlainText().splitlines() if x.strip()), "")
        title = self.browser.documentTitle() or first or Path(url.toLocalFile()).stem
        self.setWindowTitle(self.tr("{0} — user guide").format(title))
        from ui.i18n import current_language

        self.language_note.setText(
            "" if current_language() == "en" else self.tr("The guides are written in English."))

    def text(self) -> str:
        return self.browser.toPlainText()


class GettingStarted(QDialog):
    """What to do first, for an auditor, a mine site and scheme staff — each with its guide."""

    open_guide = Signal(str)  # who
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setWindowTitle(self.tr("Getting started with jointaudit"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>Welcome to jointaudit</h2><p>The app opens a demo workspace the first time: "
            "four mine and refinery sites, their schemes and their past audits, to try "
            "everything on. What to do first depends on who you are:</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sections: dict[str, QLabel] = {}
        for who, heading, body in self.first_steps():
            box = QVBoxLayout()
            label = QLabel(f"<h3>{heading}</h3>{body}")
            label.setWordWrap(True)
            label.setObjectName(f"firstSteps-{who}")
            self.sections[who] = label
            box.addWidget(label)
            button = QPushButton(self.tr("Open the guide for {0}").format(heading.lower()))
            button.setObjectName(f"guideButton-{who}")
            button.clicked.connect(lambda _=False, w=who: self.open_guide.emit(w))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
            layout.addLayout(box)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.demo_button = buttons.addButton(self.tr("Open the demo workspace"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self.open_demo.emit)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def first_steps(self) -> list[tuple[str, str, str]]:
        return [
            ("auditor", self.tr("Auditors"), self.tr(
                "<ol><li>In <b>Plan</b>, pick a site (or the whole portfolio) and press "
                "<b>Plan</b>: the audits of its schemes due in the horizon become joint "
                "visits.</li><li>Check the warnings on the right, then <b>Save plan</b>."
                "</li><li>In <b>Checklist</b>, pick the visit: its schemes are already "
                "ticked; <b>Merge</b> and <b>Use</b> give the one checklist you rate in the "
                "field (keys 1–4 and 0 rate the selected item).</li><li>Export each scheme's report "
                "from <b>Reports</b>.</li></ol>")),
            ("site", self.tr("Mine sites"), self.tr(
                "<ol><li>Open the workspace your auditor or scheme sent you (File → Open "
                "workspace).</li><li>In <b>Site</b>, pick your site: your combined obligations, "
                "the audits and desk deliverables that fall due, and the open findings with "
                "each scheme's corrective-action deadline.</li><li><b>Print</b> or export "
                "the register as a PDF for your team.</li></ol>")),
            ("scheme-staff", self.tr("Scheme staff"), self.tr(
                "<ol><li>In <b>Approvals → Trusted keys</b>, create your signing key, or "
                "import the one your scheme gave you.</li><li>Trust the keys of the other "
                "schemes' staff by checking their fingerprint and the scheme they sign for."
                "</li><li>In <b>Template approvals</b>, review the joint template clause by "
                "clause and sign for your scheme, or request changes.</li></ol>")),
        ]

