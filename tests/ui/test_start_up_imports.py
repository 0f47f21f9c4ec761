"""The main window opens before the core's store or the report engine is loaded: they are
read by the first job that needs them (in a worker), so building every view never waits for
SQLModel, SQLAlchemy or ReportLab to import (they made the first paint 2.9 s instead of
0.7 s). A fresh interpreter builds the window and lists what got imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
app.setOrganizationName("jointaudit-start-up-test")
from ui.main_window import MainWindow
win = MainWindow()
print(" ".join(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_building_the_main_window_loads_neither_the_store_nor_the_report_engine(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout.split()
    assert "PySide6" in out and "ui" in out  # it did build the window
    assert not {"sqlmodel", "sqlalchemy", "reportlab"} & set(out)
