"""What a corrective action can be: its statuses and the moves between them, its
priorities and the length of its texts. Plain data with no store behind it, so the desktop
app builds its forms from it at start-up without loading the database layer."""

STATUSES = ["open", "plan_submitted", "plan_accepted", "closed", "verified"]
PRIORITIES = ["high", "medium", "low"]  # "" = not set yet
OWNER_CHARS, DESCRIPTION_CHARS = 200, 10_000
TRANSITIONS = {
    "open": {"plan_submitted"},
    "plan_submitted": {"plan_accepted", "open"},
    "plan_accepted": {"closed"},
    "closed": {"verified", "plan_accepted"},
    "verified": set(),
}
