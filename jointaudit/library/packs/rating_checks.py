"""What a schema cannot say about a pack's rating rules: which levels yes/no requirements
take and what a common severity becomes for them, and aggregation rules that name real
levels, sections and score rules.

Reads the raw YAML data defensively (like ``validate``): a problem elsewhere in the file
must not hide these.
"""

from __future__ import annotations

from collections.abc import Callable

from jointaudit.common.severity import Severity

Add = Callable[[str, str, tuple], None]
RATED = {"conforms", "minor_gap", "major_gap", "critical"}


def _d(x) -> dict:
    return x if isinstance(x, dict) else {}


def _l(x) -> list:
    return x if isinstance(x, list) else []


def _s(x) -> str | None:
    """Only text can name a level or a clause; anything else is the schema's to report."""
    return x if isinstance(x, str) else None


def check_rating_rules(add: Add, data: dict) -> None:
    scale = _d(data.get("rating_scale"))
    levels = [_d(lv) for lv in _l(scale.get("levels"))]
    use = {lv["id"]: _s(lv.get("answer", "any")) for lv in levels if _s(lv.get("id"))}
    severity = {lv["id"]: _s(lv.get("severity")) for lv in levels if _s(lv.get("id"))}
    answers = {_s(_d(r).get("answer", "graded")) for r in _l(data.get("requirements"))}
    back = _d(scale.get("from_severity"))
    for sev, level in back.items():
        level = _s(level)
        if level and use.get(level) in ("yes_no", "result"):
            add("level-not-graded", f"'{level}' is a {use[level]} level; a graded requirement"
                " cannot take it", ("rating_scale", "from_severity", sev))
    yes_no_levels = [str(k) for k, u in use.items() if u == "yes_no"]
    yn = _d(scale.get("yes_no_from_severity"))
    if yes_no_levels and "yes_no" in answers and not yn:
        add("yes-no-unmapped", "the scale has yes/no levels ("
            + ", ".join(yes_no_levels) + "): say in yes_no_from_severity what each common"
            " severity becomes for a yes/no requirement", ("rating_scale",))
    if yn:
        for sev in Severity:
            if sev.value not in yn:
                add("unmapped-severity", f"'{sev.value}' does not name the level a yes/no"
                    " requirement takes for it", ("rating_scale", "yes_no_from_severity"))
        for sev, level in yn.items():
            here = ("rating_scale", "yes_no_from_severity", sev)
            level = _s(level)
            if level is None:
                continue
            if level not in use:
                add("unknown-level", f"'{level}' is not one of the scale's levels", here)
            elif use[level] not in ("any", "yes_no"):
                add("level-not-yes-no", f"'{level}' is a {use[level]} level; a yes/no"
                    " requirement cannot take it", here)
            elif sev in RATED and severity.get(level) in RATED and \
                    (sev == "conforms") != (severity.get(level) == "conforms"):
                add("asymmetric-mapping", f"'{sev}' becomes '{level}', which means"
                    f" '{severity.get(level)}'", here)
    _check_aggregation(add, data, use, severity)


def _check_aggregation(add: Add, data: dict, use: dict, severity: dict) -> None:
    agg = _d(data.get("aggregation"))
    rules = [_d(r) for r in _l(agg.get("rules"))]
    clause_ids = {_s(_d(r).get("id")) for r in _l(data.get("requirements"))} - {None}
    kinds = {r["id"]: r.get("kind") for r in rules if _s(r.get("id"))}
    for i, rule in enumerate(rules):
        here = ("aggregation", "rules", i)
        sections = rule.get("sections", "top")
        for j, sid in enumerate(_l(sections)):
            if _s(sid) and sid not in clause_ids:
                add("unknown-section", f"section '{sid}' is not a requirement of the pack",
                    here + ("sections", j))
        if rule.get("kind") == "score":
            points = _d(rule.get("points"))
            if not points:
                add("no-points", "a score rule gives points per level", here)
            for level in points:
                if _s(level) and level not in use:
                    add("unknown-level", f"'{level}' is not one of the scale's levels",
                        here + ("points", level))
            missing = [k for k, sev in severity.items() if sev in RATED
                       and use.get(k) != "result" and k not in points]
            if points and missing:
                add("missing-points", "rated levels without points: " + ", ".join(missing),
                    here + ("points",))
        else:
            if not _l(rule.get("outcomes")):
                add("no-outcomes", "a result or achievement rule lists its outcomes, best"
                    " first", here)
        score_rule = _s(rule.get("score_rule"))
        if score_rule is not None and kinds.get(score_rule) != "score":
            add("unknown-score-rule", f"'{score_rule}' is not a score rule of this pack",
                here + ("score_rule",))
        for j, out in enumerate(_d(o) for o in _l(rule.get("outcomes"))):
            at = here + ("outcomes", j)
            for key in ("level", "all_at_least", "critical_at_least"):
                if _s(out.get(key)) and out[key] not in use:
                    add("unknown-level", f"'{out.get(key)}' is not one of the scale's"
                        " levels", at + (key,))
            if out.get("level") is None and not out.get("words"):
                add("unnamed-outcome", "an outcome names a level or gives its words", at)
            if out.get("min_score") is not None and score_rule is None:
                add("no-score-rule", "min_score needs the rule's score_rule", at)
