"""Scheme packs: the YAML files in which a scheme version's checklist and rules live as data."""
