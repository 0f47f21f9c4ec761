"""The trust commands as a person types them: make a key, trust it, approve, exchange a
bundle, check the workspace."""

from __future__ import annotations

import zipfile

import pytest

from jointaudit.cli import main
from tests.core._trust_world import add_finding, build_schemes, build_world, new_workspace


@pytest.fixture
def setup(tmp_path, monkeypatch):
    monkeypatch.setenv("JOINTAUDIT_PASSPHRASE", "a long enough passphrase")
    field = new_workspace(tmp_path / "field.jaworkspace")
    with field.session() as s:
        world = build_world(s)
        add_finding(s, world, "item-1", "minor_gap", "Policy not published")
    field.close()
    office = new_workspace(tmp_path / "office.jaworkspace")
    with office.session() as s:
        build_schemes(s)
    office.close()
    return tmp_path


def run(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_keys_approve_bundle_and_check_from_the_command_line(setup, capsys):
    t = setup
    lena = t / "lena-profile"
    code, out = run(capsys, "keys", "new", "--name", "Lena Ortiz", "--organisation", "RJC",
                    "--role", "scheme_staff", "--scheme", "rjc-cop", "--profile", lena)
    assert code == 0 and "created key " in out
    fingerprint = out.split("created key ")[1].split()[0]
    assert run(capsys, "keys", "export", t / "lena.jakey", "--profile", lena)[0] == 0
    code, out = run(capsys, "keys", "trust", t / "field.jaworkspace", t / "lena.jakey",
                    "--scheme", "rjc-cop")
    assert out.strip() == f"trusted Lena Ortiz [{fingerprint}] for rjc-cop"

    template = "RJC + Fairmined gold mine"
    code, out = run(capsys, "approvals", t / "field.jaworkspace", "--template", template)
    assert "final reports: refused" in out and "rjc-cop        draft" in out
    code, out = run(capsys, "approve", t / "field.jaworkspace", "--template", template,
                    "--profile", lena)
    assert code == 0 and f"approved     (required) signed by Lena Ortiz [{fingerprint}]" in out
    code, out = run(capsys, "approvals", t / "field.jaworkspace", "--template", template)
    assert "final reports: allowed" in out

    bundle = t / "day1.jabundle"
    code, out = run(capsys, "bundle", "export", t / "field.jaworkspace", bundle,
                    "--plan", "La Esperanza 2027", "--sign", "--profile", lena)
    assert code == 0 and f"signed by {fingerprint}" in out
    code, out = run(capsys, "bundle", "verify", bundle)
    # template, plan, findings and Lena's key (she approved and sent it)
    assert code == 0 and f"bundle verified (4 members, signed by Lena Ortiz [{fingerprint}])" \
        in out
    code, out = run(capsys, "bundle", "import", t / "office.jaworkspace", bundle, "--dry-run")
    assert code == 0 and "would create: finding on item-1 'Supply chain policy'" in out
    assert f"key offered (not trusted here): Lena Ortiz {fingerprint}" in out
    # Lena's key is not trusted in the office yet: the import is refused, naming her key
    before = (t / "office.jaworkspace").read_bytes()
    code, out = run(capsys, "bundle", "import", t / "office.jaworkspace", bundle)
    assert code == 2 and f"[{fingerprint}], a key this workspace does not trust" in out
    assert "signed by Lena Ortiz" in out and "[bundle.untrusted-sender]" in out
    assert (t / "office.jaworkspace").read_bytes() == before
    assert not list(t.glob("office.jaworkspace-*.bak"))
    code, out = run(capsys, "bundle", "import", t / "office.jaworkspace", bundle,
                    "--accept-unsigned")
    assert code == 0 and "created: finding on item-1 'Supply chain policy'" in out and "backup: " in out

    code, out = run(capsys, "check", t / "office.jaworkspace")
    assert code == 0 and "workspace is sound" in out

    tampered = t / "tampered.jabundle"
    with zipfile.ZipFile(bundle) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "findings.json":
                data = data.replace(b"minor_gap", b"conforms")
            zout.writestr(name, data)
    code, out = run(capsys, "bundle", "verify", tampered)
    assert code == 2 and "'findings.json' was altered" in out


def test_a_wrong_passphrase_is_a_message_not_a_traceback(setup, capsys, monkeypatch):
    t = setup
    run(capsys, "keys", "new", "--name", "Ana", "--profile", t / "ana")
    monkeypatch.setenv("JOINTAUDIT_PASSPHRASE", "not the passphrase")
    code, out = run(capsys, "approve", t / "field.jaworkspace", "--template",
                    "RJC + Fairmined gold mine", "--scheme", "rjc-cop", "--profile", t / "ana")
    assert code == 2
    assert "wrong passphrase" in out and "Traceback" not in out
