"""Evidence on an item can be previewed in the app (a photo scaled to the window, a PDF page
by page), opened with the system's viewer (the very bytes stored), and removed after a
confirmation naming the file."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save


def checklist_with_item(window, qtbot):
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    view.table.selectRow(2)
    wait_jobs(qtbot, window)
    return view


def a_photo(path):
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(path))
    return path


def a_pdf(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Grievance log, March 2026")
    c.showPage()
    c.drawString(72, 720, "Page two")
    c.save()
    return path


def test_a_photo_and_a_pdf_are_previewed_in_the_app(demo_window, qtbot, tmp_path):
    view = checklist_with_item(demo_window, qtbot)
    view.attach(a_photo(tmp_path / "tailings-dam.png"))
    wait_jobs(qtbot, demo_window)
    view.evidence.setCurrentRow(0)
    view.preview_evidence()
    wait_jobs(qtbot, demo_window)
    preview = view.preview
    assert preview.kind == "image" and preview.isVisible()
    shown = preview.image.pixmap()
    assert shown.width() == 760 and abs(shown.height() - 475) <= 1  # 320×200 scaled up
    assert "tailings-dam.png" in preview.windowTitle()

    view.attach(a_pdf(tmp_path / "grievance-log.pdf"))
    wait_jobs(qtbot, demo_window)
    row = next(i for i in range(view.evidence.count())
               if "grievance-log.pdf" in view.evidence.item(i).text())
    view.evidence.setCurrentRow(row)
    view.preview_evidence()
    wait_jobs(qtbot, demo_window)
    assert view.preview.kind == "pdf"
    qtbot.waitUntil(lambda: view.preview.document.pageCount() == 2)


def test_open_hands_the_stored_bytes_to_the_system_viewer(demo_window, qtbot, tmp_path,
                                                          monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    view = checklist_with_item(demo_window, qtbot)
    original = a_pdf(tmp_path / "permit.pdf")
    view.attach(original)
    wait_jobs(qtbot, demo_window)
    view.open_evidence()
    wait_jobs(qtbot, demo_window)
    (path,) = opened
    assert path.endswith("permit.pdf") and path != str(original)
    from pathlib import Path

    assert Path(path).read_bytes() == original.read_bytes()


def test_removing_evidence_asks_first_and_takes_it_off_the_item(demo_window, qtbot,
                                                                tmp_path):
    view = checklist_with_item(demo_window, qtbot)
    key = view.current_key()
    view.attach(a_photo(tmp_path / "wrong-site.png"))
    wait_jobs(qtbot, demo_window)
    assert view.evidence.count() == 1
    view.ask_remove_evidence()
    box = view.confirm_box
    assert "wrong-site.png" in box.text()
    box.button(box.StandardButton.Cancel).click()
    wait_jobs(qtbot, demo_window)
    assert view.evidence.count() == 1
    view.ask_remove_evidence()
    remove = next(b for b in view.confirm_box.buttons() if b.text() == "Remove")
    remove.click()
    wait_jobs(qtbot, demo_window)
    assert view.evidence.count() == 0
    assert view.model.row_object(view.model.row_for(key)).evidence == 0
