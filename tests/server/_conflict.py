"""Two writers on one workspace, the same on a file and on a server: a save based on a
stale read is refused naming who changed the row and what; the first save stays."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlmodel import select

from jointaudit.store import audit_trail
from jointaudit.store.audit_trail import acting_as
from jointaudit.store.db import open_workspace
from jointaudit.store.models import JointPlan, Site, Visit
from jointaudit.store.versions import StaleSave, save_edit


def seed_visit(address) -> int:
    with open_workspace(address) as ws, ws.session() as s:
        site = Site(name="Obuasi Test Mine", country="GH")
        s.add(site)
        s.flush()
        plan = JointPlan(name="2027 joint audit", site_id=site.id,
                         horizon_start=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 3, 1),
                      end=date(2027, 3, 4))
        s.add(visit)
        s.flush()
        return visit.id


def stale_save_after_think_time(address) -> None:
    """Read, think (no transaction open), save: refused when a colleague saved meanwhile."""
    visit_id = seed_visit(address)
    ama, kofi = open_workspace(address), open_workspace(address)
    try:
        with ama.session() as s:
            mine = s.get(Visit, visit_id)  # Ama reads version 1 …
        with acting_as("Kofi Mensah"), kofi.session() as s:
            theirs = s.get(Visit, visit_id)
            theirs.status, theirs.explanation = "confirmed", "dates agreed with the site"
        mine.start = date(2027, 3, 2)  # … and saves her change after Kofi's
        with acting_as("Ama Owusu"), pytest.raises(StaleSave) as refused:
            save_edit(ama, mine)
        message = str(refused.value)
        assert "Kofi Mensah" in message and "explanation" in message and "status" in message
        assert "version 1" in message and "version 2" in message
        (row,) = refused.value.rows
        assert (row.table, row.read_version, row.now_version) == ("visit", 1, 2)

        with ama.session() as s:  # Kofi's save stays whole, Ama's is not half-applied
            now = s.get(Visit, visit_id)
            assert (now.status, now.start, now.version) == ("confirmed", date(2027, 3, 1), 2)
        with ama.session() as s:  # re-read, then her save goes through
            fresh = s.get(Visit, visit_id)
        fresh.start = date(2027, 3, 2)
        assert save_edit(ama, fresh).version == 3
    finally:
        ama.close()
        kofi.close()


def concurrent_writers_one_refused(address) -> None:
    """Two transactions update the same row at once: the second waits for the first, then
    finds the version moved on and is refused; nothing of the first is lost."""
    visit_id = seed_visit(address)
    first, second = open_workspace(address), open_workspace(address)
    outcome: dict[str, object] = {}
    started = threading.Event()
    try:
        def late_writer() -> None:
            try:
                with acting_as("Kofi Mensah"), second.session() as s:
                    row = s.get(Visit, visit_id)
                    started.set()
                    row.explanation = "Kofi's note"
                    s.flush()  # blocks on the first writer's row lock (or write lock)
                outcome["saved"] = True
            except StaleSave as exc:
                outcome["refused"] = exc
            finally:
                started.set()

        with acting_as("Ama Owusu"), first.session() as s:
            row = s.get(Visit, visit_id)
            row.status = "in_progress"
            s.flush()  # holds the row until this transaction ends
            worker = threading.Thread(target=late_writer)
            worker.start()
            started.wait(10)
        worker.join(30)
        assert not worker.is_alive()
        assert "refused" in outcome, outcome
        assert "Ama Owusu" in str(outcome["refused"]) and "status" in str(outcome["refused"]), \
            str(outcome["refused"])
        with first.session() as s:
            now = s.exec(select(Visit).where(Visit.id == visit_id)).one()
            assert (now.status, now.explanation, now.version) == ("in_progress", "", 2)
    finally:
        first.close()
        second.close()


def refused_rating_settled(address, visit_id: int, item_key: str) -> None:
    """Ama rates an item she read at revision r; Kofi rated it meanwhile: her save is refused
    naming him, and then keep theirs saves nothing, keep both keeps her rating with his as
    a note (the bundle merge's "both"), keep mine puts hers on top — each named in the
    audit trail — and a keep refused again if Kofi saved once more meanwhile."""
    from jointaudit.common.severity import Severity
    from jointaudit.fieldwork.findings import StaleEdit
    from jointaudit.services import checklist as cl
    from jointaudit.store.models import AuditLogEntry, Finding

    def shown(ws):  # the item's finding as a screen reads it (revision 0: none yet)
        from types import SimpleNamespace

        with ws.session() as s:
            f = s.exec(select(Finding).where(Finding.visit_id == visit_id,
                                             Finding.item_key == item_key)).first()
            return SimpleNamespace(revision=f.revision if f else 0,
                                   severity=f.severity if f else None,
                                   observation=f.observation if f else "")

    ama, kofi = open_workspace(address), open_workspace(address)
    try:
        read = shown(ama).revision  # what Ama's screen shows
        with acting_as("Kofi Mensah"):
            theirs_rev = cl.rate(kofi, visit_id, item_key, Severity.MINOR_GAP,
                                 observation="Grievance log not posted at the gate",
                                 base_revision=shown(kofi).revision)
        with acting_as("Ama Owusu"), pytest.raises(StaleEdit) as refused:
            cl.rate(ama, visit_id, item_key, Severity.MAJOR_GAP,
                    observation="No grievance mechanism in Twi", base_revision=read)
        assert "Kofi Mensah" in str(refused.value) and refused.value.revision == theirs_rev
        assert shown(ama).severity == "minor_gap"  # nothing of hers was saved

        edit = cl.refused_edit(ama, refused.value, severity="major_gap",
                               observation="No grievance mechanism in Twi", confidential=False)
        assert "Kofi Mensah" in edit.by and "observation" in edit.fields and edit.at
        assert (edit.theirs.severity, edit.theirs.observation) == (
            "minor_gap", "Grievance log not posted at the gate")
        assert (edit.mine.severity, edit.mine.revision) == ("major_gap", read)

        assert cl.keep_after_refusal(ama, edit, "theirs") == theirs_rev
        assert shown(ama).revision == theirs_rev  # keep theirs: nothing saved

        with acting_as("Ama Owusu"):
            both = cl.keep_after_refusal(ama, edit, "both")
        now = shown(ama)
        assert now.revision == both > theirs_rev and now.severity == "major_gap"
        assert now.observation.startswith("No grievance mechanism in Twi")
        assert "Kofi Mensah" in now.observation and \
            "Grievance log not posted at the gate" in now.observation

        with acting_as("Kofi Mensah"):  # Kofi saves again while Ama's dialog is open
            again = cl.annotate(kofi, visit_id, item_key, observation="Posted on 3 March",
                                base_revision=both)
        stale = cl.refused_edit(ama, refused.value, severity="critical",
                                observation="Mine", confidential=False)
        stale = cl.RefusedEdit(**{**stale.__dict__, "theirs": cl.ItemSide(
            both, "major_gap", now.observation, False)})
        with pytest.raises(StaleEdit):  # a keep based on what the dialog showed is refused
            cl.keep_after_refusal(ama, stale, "mine")
        fresh = cl.refused_edit(ama, refused.value, severity="critical",
                                observation="Mine", confidential=False)
        assert fresh.theirs.revision == again
        with acting_as("Ama Owusu"):
            cl.keep_after_refusal(ama, fresh, "mine")
        assert (shown(ama).severity, shown(ama).observation) == ("critical", "Mine")

        with ama.session() as s:
            uid = s.exec(select(Finding.uid).where(Finding.visit_id == visit_id,
                                                   Finding.item_key == item_key)).one()
            actors = list(s.exec(select(AuditLogEntry.actor).where(
                AuditLogEntry.entity == "finding", AuditLogEntry.entity_uid == uid,
                AuditLogEntry.action == "update")))
        assert any(a.startswith("Ama Owusu (kept both after a refused save, over revision"
                                f" {theirs_rev} by Kofi Mensah") for a in actors), actors
        assert any(a.startswith(f"Ama Owusu (kept mine after a refused save, over revision"
                                f" {again}") for a in actors), actors
    finally:
        ama.close()
        kofi.close()


def refused_record_kept_mine(address) -> None:
    """A site edited in a form read at version v is refused once a colleague saved it; keep
    mine then saves my field on top of theirs (a field I left keeps theirs)."""
    from jointaudit.services import records
    from jointaudit.services.records import StaleRecord

    seed_visit(address)
    ama, kofi = open_workspace(address), open_workspace(address)
    try:
        shown = next(r for r in records.list_records(ama, "sites")
                     if r.values["name"] == "Obuasi Test Mine")
        with acting_as("Kofi Mensah"):
            records.update_record(kofi, "sites", shown.id, {"notes": "Road closed in August"},
                                  base_version=shown.version)
        mine = dict(shown.values, region="Ashanti")
        with pytest.raises(StaleRecord) as refused:
            records.update_record(ama, "sites", shown.id, mine, base_version=shown.version)
        assert refused.value.current.values["notes"] == "Road closed in August"
        assert refused.value.current.version == shown.version + 1
        # the refusal names who changed the site, when and what (the audit trail logs sites)
        (row,) = refused.value.rows
        assert row.by.startswith("Kofi Mensah") and row.changed == ["notes"]
        assert row.at.endswith("UTC")
        assert "Kofi Mensah" in str(refused.value) and "(notes)" in str(refused.value)
        with acting_as("Ama Owusu"):
            saved = records.keep_mine_record(ama, refused.value, shown.values, mine)
        assert (saved.values["region"], saved.values["notes"]) == ("Ashanti",
                                                                  "Road closed in August")
        assert saved.version == shown.version + 2
        with ama.session() as s:
            entries = audit_trail.changes_of(s, "site", str(shown.id))
        kept = entries[-1]
        assert kept.action == "update"
        assert kept.actor.startswith(
            f"Ama Owusu (kept mine after a refused save, over version {shown.version + 1} "
            "by Kofi Mensah")
        assert json.loads(kept.payload)["changed"]["region"][1] == "Ashanti"
        assert entries[-2].actor.startswith("Kofi Mensah")
    finally:
        ama.close()
        kofi.close()
