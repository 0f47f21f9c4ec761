"""The words a report prints around the scheme's own content, in English, Spanish and French.

Section titles and rating words come from the pack (per language); everything else a
report prints (column heads, "Page X of Y", the draft and not-verified notices) comes from
this table, so a report can be chosen per language without touching the builders.
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "fr")

_LABELS: dict[str, dict[str, str]] = {
    "page_of": {"en": "Page {x} of {y}", "es": "Página {x} de {y}", "fr": "Page {x} sur {y}"},
    "report_id": {"en": "Report", "es": "Informe", "fr": "Rapport"},
    "content_hash": {"en": "Content hash", "es": "Huella del contenido",
                     "fr": "Empreinte du contenu"},
    "site": {"en": "Site", "es": "Sitio", "fr": "Site"},
    "country": {"en": "Country", "es": "País", "fr": "Pays"},
    "commodity": {"en": "Commodity", "es": "Mineral", "fr": "Minerai"},
    "audit_dates": {"en": "Audit dates", "es": "Fechas de auditoría", "fr": "Dates d'audit"},
    "scheme": {"en": "Scheme", "es": "Esquema", "fr": "Référentiel"},
    "version": {"en": "Version", "es": "Versión", "fr": "Version"},
    "report_date": {"en": "Report date", "es": "Fecha del informe", "fr": "Date du rapport"},
    "draft": {"en": "DRAFT", "es": "BORRADOR", "fr": "BROUILLON"},
    "draft_notice": {
        "en": "Draft: not for submission. Open problems:",
        "es": "Borrador: no apto para presentación. Problemas pendientes:",
        "fr": "Brouillon : ne pas soumettre. Problèmes en suspens :"},
    "draft_complete": {
        "en": "Draft: not for submission. No open problems.",
        "es": "Borrador: no apto para presentación. Sin problemas pendientes.",
        "fr": "Brouillon : ne pas soumettre. Aucun problème en suspens."},
    "not_verified": {
        "en": "Notice: this report layout follows a profile that has not been verified against"
              " the scheme's official report template ({source}). Check it before submission.",
        "es": "Aviso: la estructura de este informe sigue un perfil no verificado frente a la"
              " plantilla oficial del esquema ({source}). Revísela antes de presentarlo.",
        "fr": "Avertissement : la structure de ce rapport suit un profil non vérifié par rapport"
              " au modèle officiel du référentiel ({source}). Vérifiez-la avant soumission."},
    "met_by_recognition": {"en": "Met by recognition of {certificate}",
                           "es": "Cumplido por reconocimiento de {certificate}",
                           "fr": "Satisfait par reconnaissance de {certificate}"},
    "overridden_because": {"en": "Overridden: {reason}", "es": "Modificado: {reason}",
                           "fr": "Modifié : {reason}"},
    "not_provided": {"en": "(not provided)", "es": "(no indicado)", "fr": "(non renseigné)"},
    "none": {"en": "None.", "es": "Ninguno.", "fr": "Aucun."},
    "clause": {"en": "Clause", "es": "Cláusula", "fr": "Clause"},
    "number": {"en": "No.", "es": "N.º", "fr": "N°"},
    "requirement": {"en": "Requirement", "es": "Requisito", "fr": "Exigence"},
    "rating": {"en": "Rating", "es": "Calificación", "fr": "Notation"},
    "observation": {"en": "Observation", "es": "Observación", "fr": "Observation"},
    "count": {"en": "Count", "es": "Número", "fr": "Nombre"},
    "total": {"en": "Total", "es": "Total", "fr": "Total"},
    "deadline": {"en": "Deadline", "es": "Plazo", "fr": "Échéance"},
    "due": {"en": "Due", "es": "Vence", "fr": "Échéance le"},
    "cap_status": {"en": "Corrective action", "es": "Acción correctiva",
                   "fr": "Action corrective"},
    "basis": {"en": "Rule", "es": "Regla", "fr": "Règle"},
    "to_be_set": {"en": "to be set ({rule})", "es": "por fijar ({rule})",
                  "fr": "à fixer ({rule})"},
    "unverified_rule": {"en": "unverified rule", "es": "regla no verificada",
                        "fr": "règle non vérifiée"},
    "name": {"en": "Name", "es": "Nombre", "fr": "Nom"},
    "role": {"en": "Role", "es": "Función", "fr": "Rôle"},
    "organisation": {"en": "Organisation", "es": "Organización", "fr": "Organisme"},
    "qualifications": {"en": "Qualifications", "es": "Cualificaciones",
                       "fr": "Qualifications"},
    "date": {"en": "Date", "es": "Fecha", "fr": "Date"},
    "place": {"en": "Place", "es": "Lugar", "fr": "Lieu"},
    "activity": {"en": "Activity", "es": "Actividad", "fr": "Activité"},
    "signature": {"en": "Signature", "es": "Firma", "fr": "Signature"},
    "status": {"en": "Status", "es": "Estado", "fr": "Statut"},
    "approved": {"en": "approved", "es": "aprobada", "fr": "approuvée"},
    "not_approved": {"en": "not approved", "es": "no aprobada", "fr": "non approuvée"},
    "approval_required": {"en": "Approval required", "es": "Aprobación requerida",
                          "fr": "Approbation requise"},
    "yes": {"en": "yes", "es": "sí", "fr": "oui"},
    "no": {"en": "no", "es": "no", "fr": "non"},
    "template": {"en": "Joint template", "es": "Plantilla conjunta", "fr": "Modèle commun"},
    "signer": {"en": "Signed by", "es": "Firmado por", "fr": "Signé par"},
    "key_fingerprint": {"en": "Approval key fingerprint", "es": "Huella de la clave de aprobación",
                        "fr": "Empreinte de la clé d'approbation"},
    "recipient": {"en": "Recipient", "es": "Destinatario", "fr": "Destinataire"},
    "lead": {"en": "lead auditor", "es": "auditor principal", "fr": "auditeur principal"},
    "team": {"en": "team member", "es": "miembro del equipo", "fr": "membre de l'équipe"},
    "technical_expert": {"en": "technical expert", "es": "experto técnico",
                         "fr": "expert technique"},
    # joint summary
    "joint_summary": {"en": "Joint audit summary", "es": "Resumen de la auditoría conjunta",
                      "fr": "Synthèse de l'audit conjoint"},
    "visit": {"en": "Visit", "es": "Visita", "fr": "Visite"},
    "coverage": {"en": "Coverage per scheme", "es": "Cobertura por esquema",
                 "fr": "Couverture par référentiel"},
    "applicable": {"en": "Applicable", "es": "Aplicables", "fr": "Applicables"},
    "rated": {"en": "Rated", "es": "Calificados", "fr": "Notés"},
    "gaps": {"en": "Gaps", "es": "Brechas", "fr": "Écarts"},
    "findings_per_scheme": {"en": "Findings per scheme", "es": "Hallazgos por esquema",
                            "fr": "Constats par référentiel"},
    "effort": {"en": "Shared and scheme-specific effort", "es": "Esfuerzo compartido y"
               " específico", "fr": "Effort commun et spécifique"},
    "shared_items": {"en": "Shared items (asked once for several schemes)",
                     "es": "Ítems compartidos (una sola vez para varios esquemas)",
                     "fr": "Points communs (posés une fois pour plusieurs référentiels)"},
    "specific_items": {"en": "Scheme-specific items", "es": "Ítems específicos",
                       "fr": "Points spécifiques"},
    "person_days": {"en": "Person-days", "es": "Días-persona", "fr": "Jours-personne"},
    "gap_findings": {"en": "Gaps found (all schemes)", "es": "Brechas encontradas",
                     "fr": "Écarts constatés"},
    "item": {"en": "Item", "es": "Ítem", "fr": "Point"},
    "team_heading": {"en": "Audit team", "es": "Equipo auditor", "fr": "Équipe d'audit"},
    # field checklist
    "checklist": {"en": "Field checklist", "es": "Lista de verificación de campo",
                  "fr": "Liste de contrôle terrain"},
    "notes": {"en": "Notes and evidence", "es": "Notas y evidencias",
              "fr": "Notes et preuves"},
    "scheme_words": {"en": "Scheme ratings", "es": "Calificaciones por esquema",
                     "fr": "Notations par référentiel"},
    "own_rating": {"en": "needs a separate rating for", "es": "requiere calificación propia"
                   " para", "fr": "nécessite une notation propre pour"},
    "untitled_topic": {"en": "Other items", "es": "Otros ítems", "fr": "Autres points"},
    # obligations register
    "obligations": {"en": "Site obligations register", "es": "Registro de obligaciones del"
                    " sitio", "fr": "Registre des obligations du site"},
    "obligation": {"en": "Obligation", "es": "Obligación", "fr": "Obligation"},
    "upcoming": {"en": "Upcoming deadlines", "es": "Próximos plazos",
                 "fr": "Échéances à venir"},
    "required_by": {"en": "Required by", "es": "Exigido por", "fr": "Exigé par"},
    "recognition": {"en": "Recognition", "es": "Reconocimiento", "fr": "Reconnaissance"},
    "open_actions": {"en": "Open corrective actions", "es": "Acciones correctivas abiertas",
                     "fr": "Actions correctives ouvertes"},
    "window": {"en": "Window", "es": "Ventana", "fr": "Fenêtre"},
    "source": {"en": "Source", "es": "Fuente", "fr": "Source"},
    "generated_on": {"en": "Generated on", "es": "Generado el", "fr": "Généré le"},
}

SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "conforms": {"en": "Conforms", "es": "Conforme", "fr": "Conforme"},
    "minor_gap": {"en": "Minor gap", "es": "Brecha menor", "fr": "Écart mineur"},
    "major_gap": {"en": "Major gap", "es": "Brecha mayor", "fr": "Écart majeur"},
    "critical": {"en": "Critical", "es": "Crítico", "fr": "Critique"},
    "not_applicable": {"en": "Not applicable", "es": "No aplica", "fr": "Sans objet"},
    "not_assessed": {"en": "Not assessed", "es": "Sin evaluar", "fr": "Non évalué"},
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        from jointaudit.common.errors import InvalidInput

        raise InvalidInput(f"report language '{lang}' is not available; choose one of"
                           f" {', '.join(LANGUAGES)}", code="report.language")
    return lang


def label(key: str, lang: str, **values) -> str:
    words = _LABELS[key]
    text = words.get(lang) or words["en"]
    return text.format(**values) if values else text


def severity_label(severity: str, lang: str) -> str:
    words = SEVERITY_LABELS.get(severity, {})
    return words.get(lang) or words.get("en") or severity


def pick(words: dict[str, str] | None, lang: str, *fallbacks: str, default: str = "") -> str:
    """A per-language text from pack data: the wanted language, then the fallbacks."""
    words = words or {}
    for code in (lang, *fallbacks, "en"):
        if words.get(code):
            return words[code]
    return next(iter(words.values()), default) if words else default
