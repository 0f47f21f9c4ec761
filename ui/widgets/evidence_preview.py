"""An evidence file shown in the app: a picture scaled to the window, a PDF page by page;
anything else says what it is and offers the system's viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class EvidencePreview(QDialog):
    open_requested = Signal()

    def __init__(self, path: Path, media_type: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.setWindowTitle(self.tr("Evidence: {0}").format(path.name))
        self.resize(800, 600)
        layout = QVBoxLayout(self)
        self.kind = "other"
        media = media_type or ""
        suffix = path.suffix.lower()
        if media.startswith("image/") or suffix in (".png", ".jpg", ".jpeg", ".gif", ".bmp"):
            pixmap = QPixmap(str(path))
            if not pixmap.isNull():
                self.kind = "image"
                label = QLabel()
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setPixmap(pixmap.scaled(760, 520, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
                self.image = label
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(label)
                layout.addWidget(scroll, 1)
        elif media == "application/pdf" or suffix == ".pdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.kind = "pdf"
            self.document = QPdfDocument(self)
            self.document.load(str(path))
            view = QPdfView()
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(view, 1)
        if self.kind == "other":
            note = QLabel(self.tr("{0} ({1}) cannot be shown here; open it with the program "
                                  "your computer uses for it.").format(path.name,
                                                                       media or suffix))
            note.setWordWrap(True)
            layout.addWidget(note, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        opener = QPushButton(self.tr("Open with the system's viewer"))
        buttons.addButton(opener, QDialogButtonBox.ButtonRole.ActionRole)
        opener.clicked.connect(self.open_requested.emit)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
