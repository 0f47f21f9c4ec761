"""`jointaudit … | head`: a reader that goes away early is not an error and prints no
traceback."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_closed_pipe_ends_the_command_quietly():
    packs = sorted(str(p) for p in (ROOT / "resources" / "packs").glob("*.yaml"))
    proc = subprocess.Popen([sys.executable, "-m", "jointaudit", "validate-pack", *packs],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first line is written
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err, err.decode()
    assert proc.returncode == 0
