"""The words the UI shows for the core's codes (statuses, relationships), in the UI language.

The core speaks in codes ("plan_submitted", "not_related"); a view never shows a code with
its underscores replaced: it asks here. An unknown code is shown as it is (a newer core)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _code(value) -> str:
    return str(getattr(value, "value", value))  # the core's str enums as their code


def action_status(code: str) -> str:
    """A corrective action's status."""
    return {"open": QCoreApplication.translate("Words", "open"), "plan_submitted": QCoreApplication.translate("Words", "plan submitted"),
            "plan_accepted": QCoreApplication.translate("Words", "plan accepted"), "closed": QCoreApplication.translate("Words", "closed"),
            "verified": QCoreApplication.translate("Words", "verified")}.get(_code(code), _code(code))


def approval_status(code: str) -> str:
    """A joint template's approval status for one scheme."""
    return {"draft": QCoreApplication.translate("Words", "draft"), "submitted": QCoreApplication.translate("Words", "submitted"), "approved": QCoreApplication.translate("Words", "approved"),
            "untrusted": QCoreApplication.translate("Words", "untrusted"), "invalidated": QCoreApplication.translate("Words", "invalidated"),
            "withdrawn": QCoreApplication.translate("Words", "withdrawn"),
            "changes requested": QCoreApplication.translate("Words", "changes requested")}.get(_code(code), _code(code))


def relationship(code: str) -> str:
    """How two linked requirements relate (crosswalks)."""
    return {"equal": QCoreApplication.translate("Words", "equal"), "subset": QCoreApplication.translate("Words", "subset"), "superset": QCoreApplication.translate("Words", "superset"),
            "intersects": QCoreApplication.translate("Words", "intersects"), "not_related": QCoreApplication.translate("Words", "not related")}.get(_code(code), _code(code))


def link_status(code: str) -> str:
    """A crosswalk link's review status."""
    return {"proposed": QCoreApplication.translate("Words", "proposed"), "accepted": QCoreApplication.translate("Words", "accepted"),
            "rejected": QCoreApplication.translate("Words", "rejected")}.get(_code(code), _code(code))


def approval_reason(text: str) -> str:
    """Why an approval has its status: the core's fixed reasons in words of the UI language
    (a reason naming a key or a scheme is shown as the core wrote it)."""
    return {
        "not submitted for approval": QCoreApplication.translate(
            "Words", "not submitted for approval"),
        "awaiting signature": QCoreApplication.translate("Words", "awaiting signature"),
        "changed after it was submitted": QCoreApplication.translate(
            "Words", "changed after it was submitted"),
        "changed since approval": QCoreApplication.translate("Words", "changed since approval"),
        "changes requested": QCoreApplication.translate("Words", "changes requested"),
        "changed since the request": QCoreApplication.translate(
            "Words", "changed since the request"),
        "the stored approved content does not match its signed hash": QCoreApplication.translate(
            "Words", "the stored approved content does not match its signed hash"),
    }.get(text, text)
