"""The merged checklist: clustering linked requirements, joint templates, a visit's
checklist (applicability, recognitions), coverage and the site's obligations."""
