"""File dialogs start where the user went last for the same purpose (QSettings), across
restarts: evidence from the camera folder, exports into the reports folder."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from ui.settings import open_file, remembered_folder, save_file


def test_an_open_dialog_starts_in_the_folder_last_used_for_that_purpose(qapp, tmp_path,
                                                                        monkeypatch):
    photos, exports = tmp_path / "DCIM", tmp_path / "out"
    photos.mkdir()
    exports.mkdir()
    asked = []

    def fake_open(parent, title, folder, filters=""):
        asked.append(folder)
        return str(photos / "dam.jpg"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    first = open_file(None, "evidence", "Attach evidence")
    assert first == photos / "dam.jpg"
    open_file(None, "evidence", "Attach evidence")
    assert asked[1] == str(photos)  # the second time, straight to the photos
    assert asked[0] != str(photos)

    def fake_save(parent, title, proposed, filters=""):
        asked.append(proposed)
        return str(exports / "visits.ics"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    save_file(None, "exports", "Export visits", "visits.ics")
    save_file(None, "exports", "Export visits", "visits.ics")
    assert asked[-1] == str(exports / "visits.ics")
    # purposes do not mix: evidence still opens in the photos folder
    assert remembered_folder("evidence") == photos and remembered_folder("exports") == exports


def test_a_cancelled_dialog_remembers_nothing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: ("", "")))
    before = remembered_folder("packs")
    assert open_file(None, "packs", "Import a scheme pack") is None
    assert remembered_folder("packs") == before
