"""A real PostgreSQL server for the server-workspace tests, started once per session from
the machine's binaries (tests/server/_pg.py). Without them the tests skip, saying why — in
CI (JOINTAUDIT_NO_SKIPS=1) that skip is a failure, and `.ci/run` installs postgresql-15."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlmodel import select

from tests.server.fixtures import pg_server  # noqa: F401 - the session's server


@pytest.fixture
def pg_url(pg_server):  # noqa: F811
    """The address of a new, empty database on the test server."""
    return pg_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


MINE = "Nkwanta Ridge Gold Mine"  # audited by Meridian Certification Ltd in the demo
TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class DemoServer:
    url: str
    db: str
    visit_id: int  # the mine's first planned joint visit (IRMA + RJC CoP)
    item_key: str  # the item asking IRMA 1.1.1.1 on it


@pytest.fixture(scope="session")
def demo_template(pg_server):  # noqa: F811
    """A database holding the demo workspace, with roles and policies (`server init`) and the
    mine's plan saved, to copy per test (CREATE DATABASE … TEMPLATE copies it fast)."""
    from jointaudit.checklist.visit import visit_checklist
    from jointaudit.demo.seed import seed_demo
    from jointaudit.planning.inputs import PlanOptions
    from jointaudit.server.admin import init_server
    from jointaudit.services.fieldwork import template_for, use_template
    from jointaudit.services.planning import plan_sites, save_plan
    from jointaudit.store.models import Visit

    url = pg_server.create_database("demo_template")
    with init_server(url) as ws:
        seed_demo(ws)
        view = plan_sites(ws, MINE, PlanOptions(horizon_start=TODAY))[0]
        plan_id = save_plan(ws, view)  # as `plan --save` does: with the joint template
        versions = sorted({w.uid.split("/")[0] for w in view.windows})
        use_template(ws, plan_id, template_for(ws, versions, f"{MINE} joint checklist"))
        with ws.session() as s:
            for visit in s.exec(select(Visit).where(Visit.plan_id == plan_id)
                                .order_by(Visit.start)):
                for item in visit_checklist(s, visit.id).items:
                    if any((src.version_id, src.clause_id) == ("irma@1.0", "1.1.1.1")
                           for src in item.primary):
                        return visit.id, item.key
    raise AssertionError("the demo mine's plan has no visit asking IRMA 1.1.1.1")


@pytest.fixture
def demo_server(pg_server, demo_template) -> DemoServer:  # noqa: F811
    """A fresh copy of the demo workspace on the server."""
    db = f"d_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(db, template="demo_template")
    return DemoServer(url, db, *demo_template)
