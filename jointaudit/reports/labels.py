"""The words a report prints around the scheme's own content, in English, Spanish and French,
and the way it writes dates, numbers and lists (Babel, per language).

Section titles, audit types and rating words come from the pack (per language); everything
else a report prints (column heads, "Page X of Y", notices, validation messages, roles)
comes from this table, so a report can be chosen per language without touching the
builders. ``tests/reports/test_translations.py`` fails on any entry missing a language.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from babel import Locale
from babel.dates import format_date, format_interval
from babel.lists import format_list
from babel.numbers import format_decimal

LANGUAGES = ("en", "es", "fr")
# Reports for international schemes write English dates the British way (9 March 2027).
_LOCALES = {"en": "en_GB", "es": "es", "fr": "fr"}

_LABELS: dict[str, dict[str, str]] = {
    "page_of": {"en": "Page {x} of {y}", "es": "Página {x} de {y}", "fr": "Page {x} sur {y}"},
    "report_id": {"en": "Report", "es": "Informe", "fr": "Rapport"},
    "content_hash": {"en": "Content hash", "es": "Huella del contenido",
                     "fr": "Empreinte du contenu"},
    "site": {"en": "Site", "es": "Sitio", "fr": "Site"},
    "country": {"en": "Country", "es": "País", "fr": "Pays"},
    "commodity": {"en": "Commodity", "es": "Mineral", "fr": "Minerai"},
    "commodity_gold": {"en": "Gold", "es": "Oro", "fr": "Or"},
    "commodity_silver": {"en": "Silver", "es": "Plata", "fr": "Argent"},
    "commodity_platinum": {"en": "Platinum", "es": "Platino", "fr": "Platine"},
    "commodity_aluminium": {"en": "Aluminium", "es": "Aluminio", "fr": "Aluminium"},
    "commodity_copper": {"en": "Copper", "es": "Cobre", "fr": "Cuivre"},
    "commodity_cobalt": {"en": "Cobalt", "es": "Cobalto", "fr": "Cobalt"},
    "commodity_tin": {"en": "Tin", "es": "Estaño", "fr": "Étain"},
    "commodity_tantalum": {"en": "Tantalum", "es": "Tantalio", "fr": "Tantale"},
    "commodity_tungsten": {"en": "Tungsten", "es": "Wolframio", "fr": "Tungstène"},
    "commodity_coal": {"en": "Coal", "es": "Carbón", "fr": "Charbon"},
    "commodity_steel": {"en": "Steel", "es": "Acero", "fr": "Acier"},
    "commodity_diamonds": {"en": "Diamonds", "es": "Diamantes", "fr": "Diamants"},
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
    "met_by_recognition": {"en": "Met by recognition of {certificate}",
                           "es": "Cumplido por reconocimiento de {certificate}",
                           "fr": "Satisfait par reconnaissance de {certificate}"},
    "recognised_certificate": {"en": "{scheme} certificate {number} ({holder}), valid {valid}",
                               "es": "certificado {scheme} {number} ({holder}), válido {valid}",
                               "fr": "certificat {scheme} {number} ({holder}), valable {valid}"},
    "recognition_unverified": {
        "en": "a recognition the scheme has not confirmed, turned on for this workspace",
        "es": "un reconocimiento no confirmado por el esquema, activado en este espacio de"
              " trabajo",
        "fr": "une reconnaissance non confirmée par le référentiel, activée pour cet espace"
              " de travail"},
    "recognition_suppliers": {
        "en": "suppliers' valid {scheme} certificates are accepted as evidence; check that"
              " each is valid on {date}",
        "es": "se aceptan como evidencia los certificados {scheme} vigentes de los"
              " proveedores; compruebe que cada uno sea válido el {date}",
        "fr": "les certificats {scheme} valides des fournisseurs sont acceptés comme preuve ;"
              " vérifier que chacun est valable le {date}"},
    "by_recognition": {"en": "by recognition", "es": "por reconocimiento",
                       "fr": "par reconnaissance"},
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
    "changes_requested": {"en": "changes requested", "es": "cambios solicitados",
                          "fr": "modifications demandées"},
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
    # cover and facts from the plan and the records
    "audit_type": {"en": "Audit type", "es": "Tipo de auditoría", "fr": "Type d'audit"},
    "revision": {"en": "Revision", "es": "Revisión", "fr": "Révision"},
    "certificate": {"en": "Certificate", "es": "Certificado", "fr": "Certificat"},
    "certificate_valid": {"en": "{number}, valid {range}", "es": "{number}, vigente {range}",
                          "fr": "{number}, valable {range}"},
    "certification_body": {"en": "Certification body", "es": "Organismo de certificación",
                           "fr": "Organisme de certification"},
    "cb_approved": {"en": "approved by {scheme} ({ref}), {range}",
                    "es": "aprobado por {scheme} ({ref}), {range}",
                    "fr": "agréé par {scheme} ({ref}), {range}"},
    "cb_not_approved": {"en": "no approval by {scheme} recorded for the audit dates",
                        "es": "sin aprobación de {scheme} registrada para las fechas de la"
                              " auditoría",
                        "fr": "aucun agrément de {scheme} enregistré pour les dates d'audit"},
    "on_site_audit": {"en": "On-site audit", "es": "Auditoría en sitio", "fr": "Audit sur site"},
    "valid_to": {"en": "valid to {day}", "es": "vigente hasta el {day}",
                 "fr": "valable jusqu'au {day}"},
    "layout_unconfirmed": {
        "en": "Layout not yet confirmed by the scheme.",
        "es": "Estructura aún no confirmada por el esquema.",
        "fr": "Mise en page pas encore confirmée par le référentiel."},
    "set_with_report_date": {"en": "set once the report date is entered",
                             "es": "se fija al indicar la fecha del informe",
                             "fr": "fixée dès la saisie de la date du rapport"},
    "critical_flag": {"en": "critical requirement", "es": "requisito crítico",
                      "fr": "exigence critique"},
    "critical_with_gap": {"en": "Critical requirements not fully met",
                          "es": "Requisitos críticos no cumplidos plenamente",
                          "fr": "Exigences critiques non pleinement satisfaites"},
    "n_of_m": {"en": "{n} of {m}", "es": "{n} de {m}", "fr": "{n} sur {m}"},
    "provisional_open": {"en": "provisional: {n} still to rate",
                         "es": "provisional: faltan {n} por calificar",
                         "fr": "provisoire : {n} encore à noter"},
    "level_entry": {"en": "entry requirement", "es": "requisito de entrada",
                    "fr": "exigence d'entrée"},
    "level_progress": {"en": "progress requirement", "es": "requisito de avance",
                       "fr": "exigence de progrès"},
    "level_core": {"en": "core requirement", "es": "requisito básico", "fr": "exigence de base"},
    "level_development": {"en": "development requirement", "es": "requisito de desarrollo",
                          "fr": "exigence de développement"},
    "level_voluntary": {"en": "voluntary requirement", "es": "requisito voluntario",
                        "fr": "exigence volontaire"},
    "na_reason": {"en": "Reason not applicable", "es": "Motivo de no aplicación",
                  "fr": "Motif de non-applicabilité"},
    "na_applies_to": {"en": "applies only to {tags}", "es": "solo aplica a {tags}",
                      "fr": "ne s'applique qu'aux {tags}"},
    "na_applies_to_materials": {"en": "applies only to sites handling {tags}",
                                "es": "solo aplica a sitios que trabajan con {tags}",
                                "fr": "ne s'applique qu'aux sites qui traitent {tags}"},
    # Applicability tags (resources/packs/VOCABULARY.md): site types, then materials, in the
    # form the two sentences above take them (French materials with their article).
    "tag_asm": {"en": "artisanal and small-scale mines",
                "es": "minas artesanales y de pequeña escala",
                "fr": "mines artisanales et à petite échelle"},
    "tag_lsm": {"en": "large-scale mines", "es": "minas a gran escala",
                "fr": "mines à grande échelle"},
    "tag_mine": {"en": "mines", "es": "minas", "fr": "mines"},
    "tag_smelter": {"en": "smelters", "es": "fundiciones", "fr": "fonderies"},
    "tag_refiner": {"en": "refiners", "es": "refinerías", "fr": "affineries"},
    "tag_trader": {"en": "traders", "es": "comerciantes", "fr": "négociants"},
    "tag_manufacturer": {"en": "manufacturers", "es": "fabricantes", "fr": "fabricants"},
    "tag_retailer": {"en": "retailers", "es": "minoristas", "fr": "détaillants"},
    "tag_gold": {"en": "gold", "es": "oro", "fr": "de l'or"},
    "tag_silver": {"en": "silver", "es": "plata", "fr": "de l'argent"},
    "tag_pgm": {"en": "platinum-group metals", "es": "metales del grupo del platino",
                "fr": "des platinoïdes"},
    "tag_diamonds": {"en": "diamonds", "es": "diamantes", "fr": "des diamants"},
    "tag_coloured-gemstones": {"en": "coloured gemstones", "es": "piedras de color",
                               "fr": "des pierres de couleur"},
    "tag_aluminium": {"en": "aluminium", "es": "aluminio", "fr": "de l'aluminium"},
    "tag_tin": {"en": "tin", "es": "estaño", "fr": "de l'étain"},
    "tag_tantalum": {"en": "tantalum", "es": "tántalo", "fr": "du tantale"},
    "tag_tungsten": {"en": "tungsten", "es": "tungsteno", "fr": "du tungstène"},
    # an add-on item: "<the requirement> — beyond the shared part: <what only it asks>"
    "beyond_shared_part": {"en": " — beyond the shared part: ",
                           "es": " — más allá de la parte común: ",
                           "fr": " — au-delà de la partie commune : "},
    # an item a hub-derived link made (jointaudit.library.crosswalk.hub / derived)
    "shared_through_hub": {"en": "Shared through the hub: ",
                           "es": "Común según el marco de referencia: ",
                           "fr": "Commun selon le référentiel : "},
    "rest_of_clause": {"en": "the rest of this clause", "es": "el resto de esta cláusula",
                       "fr": "le reste de cette clause"},
    "typical_evidence": {"en": "Typical evidence", "es": "Evidencia típica",
                         "fr": "Preuves habituelles"},
    "chapter": {"en": "Chapter", "es": "Capítulo", "fr": "Chapitre"},
    "requirement_text": {"en": "Requirement", "es": "Requisito", "fr": "Exigence"},
    "in_section": {"en": " (section '{section}')", "es": " (sección «{section}»)",
                   "fr": " (section « {section} »)"},
    "cap_open": {"en": "open", "es": "abierta", "fr": "ouverte"},
    "cap_plan_submitted": {"en": "plan submitted", "es": "plan presentado",
                           "fr": "plan soumis"},
    "cap_plan_accepted": {"en": "plan accepted", "es": "plan aceptado", "fr": "plan accepté"},
    "cap_in_progress": {"en": "in progress", "es": "en curso", "fr": "en cours"},
    "cap_closed": {"en": "closed", "es": "cerrada", "fr": "close"},
    "cap_verified": {"en": "verified", "es": "verificada", "fr": "vérifiée"},
    "cap_escalated": {"en": "escalated", "es": "escalada", "fr": "escaladée"},
    "plan_due": {"en": "plan due {day}", "es": "plan a presentar el {day}",
                 "fr": "plan attendu le {day}"},
    "close_by": {"en": "close by {day}", "es": "cerrar antes del {day}",
                 "fr": "à clore avant le {day}"},
    # why a planned visit is on its day (planning.visits.why_parts)
    "why_due": {"en": "{start}: the first day from the due date {due} on which all of "
                      "{audits} are open and no blackout or approval gap is hit",
                "es": "{start}: el primer día desde la fecha prevista {due} en que {audits} "
                      "están abiertas a la vez, sin periodo bloqueado ni falta de "
                      "aprobación",
                "fr": "{start} : le premier jour à partir de l'échéance du {due} où "
                      "{audits} sont toutes ouvertes, sans période bloquée ni agrément "
                      "manquant"},
    "why_margin": {"en": "{start}: toward the deadline ({audits} must be done by {closes}; "
                         "the last possible start is {latest}), with a safety margin before "
                         "it, on a day all of them are open and no blackout or approval gap "
                         "is hit",
                   "es": "{start}: cerca del plazo ({audits} deben hacerse antes del "
                         "{closes}; el último inicio posible es el {latest}), con un margen "
                         "de seguridad, un día en que todas están abiertas, sin periodo "
                         "bloqueado ni falta de aprobación",
                   "fr": "{start} : vers l'échéance ({audits} doivent être faites avant le "
                         "{closes} ; le dernier début possible est le {latest}), avec une "
                         "marge de sécurité, un jour où toutes sont ouvertes, sans période "
                         "bloquée ni agrément manquant"},
    "why_latest": {"en": "{start}: the latest start that still fits {first} (its window "
                         "closes {closes}){also}",
                   "es": "{start}: el inicio más tardío que aún cabe en {first} (su ventana "
                         "cierra el {closes}){also}",
                   "fr": "{start} : le début le plus tardif qui convient encore à {first} "
                         "(sa fenêtre se ferme le {closes}){also}"},
    "why_also": {"en": "; it also covers {audits}", "es": "; también cubre {audits}",
                 "fr": " ; elle couvre aussi {audits}"},
    "why_moved": {"en": "{start}: moved here by the user; covers {audits}",
                  "es": "{start}: movida aquí por el usuario; cubre {audits}",
                  "fr": "{start} : déplacée ici par l'utilisateur ; couvre {audits}"},
    "why_exact": {"en": "{start}: the exact search's choice for {audits} — no other start "
                        "day or grouping needs fewer visits, fewer auditor-days or ends "
                        "earlier",
                  "es": "{start}: la elección de la búsqueda exacta para {audits}: ningún "
                        "otro día de inicio ni agrupación necesita menos visitas, menos "
                        "días-auditor o termina antes",
                  "fr": "{start} : le choix de la recherche exacte pour {audits} — aucun "
                        "autre jour de début ni regroupement ne demande moins de visites, "
                        "moins de jours-auditeur ou ne finit plus tôt"},
    "no_audit": {"en": "no audit", "es": "ninguna auditoría", "fr": "aucun audit"},
    # why an audit window is where it is (planning.cycles.reason_parts)
    "window_reason": {
        "en": "{audit} between {earliest} and {latest} because the rule says {start} to {end}"
              " (source: {source}; {flag}){extras}.",
        "es": "{audit} entre el {earliest} y el {latest}, porque la regla dice entre {start}"
              " y {end} (fuente: {source}; {flag}){extras}.",
        "fr": "{audit} entre le {earliest} et le {latest}, car la règle dit entre {start} et"
              " {end} (source : {source} ; {flag}){extras}."},
    "rule_verified": {"en": "verified", "es": "verificada", "fr": "vérifiée"},
    "rule_unverified": {"en": "UNVERIFIED", "es": "NO VERIFICADA", "fr": "NON VÉRIFIÉE"},
    "window_after_audit": {"en": " after the audit ending {day}",
                           "es": " tras la auditoría que terminó el {day}",
                           "fr": " après l'audit terminé le {day}"},
    "window_certificate_year": {"en": " in year {n} of the certificate",
                                "es": " en el año {n} del certificado",
                                "fr": " pendant l'année {n} du certificat"},
    "window_financial_year": {"en": " for the financial year ending {day}",
                              "es": " para el ejercicio que cierra el {day}",
                              "fr": " pour l'exercice clos le {day}"},
    "window_facilities": {
        "en": ", and all {n} facilities within {within} of the first audit day (source:"
              " {source}; {flag})",
        "es": ", y las {n} instalaciones en {within} desde el primer día de auditoría"
              " (fuente: {source}; {flag})",
        "fr": ", et les {n} installations dans les {within} suivant le premier jour d'audit"
              " (source : {source} ; {flag})"},
    # where a window is planned (the plan's windows table)
    "planned_visit": {"en": "visit {n}", "es": "visita {n}", "fr": "visite {n}"},
    "planned_desk": {"en": "desk on {day}", "es": "documental el {day}",
                     "fr": "sur dossier le {day}"},
    "planned_beyond": {"en": "after the horizon", "es": "después del horizonte",
                       "fr": "après l'horizon"},
    "planned_possible": {"en": "possible", "es": "posible", "fr": "possible"},
    "not_planned": {"en": "not planned", "es": "no planificada", "fr": "non planifié"},
    # a joint template under review (trust.review): item kinds, clause roles, link origins
    "item_kind_single": {"en": "single", "es": "único", "fr": "unique"},
    "item_kind_equal": {"en": "equal", "es": "equivalente", "fr": "équivalent"},
    "item_kind_chain": {"en": "chain", "es": "cadena", "fr": "chaîne"},
    "item_kind_addon": {"en": "add-on", "es": "complemento", "fr": "complément"},
    "item_kind_core": {"en": "core", "es": "núcleo común", "fr": "tronc commun"},
    "clause_role_member": {"en": "member", "es": "miembro", "fr": "membre"},
    "clause_role_broader": {"en": "broader", "es": "más amplia", "fr": "plus large"},
    "clause_role_narrower": {"en": "narrower", "es": "más estrecha", "fr": "plus étroite"},
    "clause_role_core": {"en": "core", "es": "núcleo común", "fr": "tronc commun"},
    "clause_role_addon": {"en": "add-on", "es": "complemento", "fr": "complément"},
    "origin_published": {"en": "published", "es": "publicado", "fr": "publié"},
    "origin_curated": {"en": "curated", "es": "revisado por expertos",
                       "fr": "validé par des experts"},
    "origin_suggested": {"en": "suggested", "es": "sugerido", "fr": "suggéré"},
    "origin_derived": {"en": "derived", "es": "derivado", "fr": "dérivé"},
    "link_shared_core": {"en": "shared core", "es": "núcleo compartido", "fr": "tronc commun"},
    "link_source_addon": {"en": "source addon", "es": "complemento de origen",
                          "fr": "complément source"},
    "link_target_addon": {"en": "target addon", "es": "complemento de destino",
                          "fr": "complément cible"},
    # what changed in a joint template (trust.signing.diff_parts)
    "change_removed": {"en": "{path}: removed", "es": "{path}: eliminado", "fr": "{path} : supprimé"},
    "change_whole_removed": {"en": "{path} removed", "es": "{path} eliminado",
                             "fr": "{path} supprimé"},
    "change_added": {"en": "{path}: added {new}", "es": "{path}: añadido {new}",
                     "fr": "{path} : ajouté {new}"},
    "change_whole_added": {"en": "{path} added", "es": "{path} añadido", "fr": "{path} ajouté"},
    "change_changed": {"en": "{path}: {old} → {new}", "es": "{path}: {old} → {new}",
                       "fr": "{path} : {old} → {new}"},
    "path_joint_item": {"en": "joint item", "es": "ítem conjunto", "fr": "point commun"},
    "path_link": {"en": "link", "es": "enlace", "fr": "lien"},
    "path_scheme_version": {"en": "scheme version", "es": "versión del esquema",
                            "fr": "version du référentiel"},
    "path_merge_options": {"en": "merge options", "es": "opciones de fusión",
                           "fr": "options de fusion"},
    "path_kind": {"en": "kind", "es": "tipo", "fr": "type"},
    "path_title": {"en": "title", "es": "título", "fr": "titre"},
    "path_topics": {"en": "topics", "es": "temas", "fr": "thèmes"},
    "path_position": {"en": "position", "es": "posición", "fr": "position"},
    "path_relationship": {"en": "relationship", "es": "relación", "fr": "relation"},
    "path_shared_core": {"en": "shared_core", "es": "núcleo compartido", "fr": "tronc commun"},
    "path_source_addon": {"en": "source_addon", "es": "complemento de origen",
                          "fr": "complément source"},
    "path_target_addon": {"en": "target_addon", "es": "complemento de destino",
                          "fr": "complément cible"},
    "path_rationale": {"en": "rationale", "es": "justificación", "fr": "justification"},
    "path_pack": {"en": "pack", "es": "paquete", "fr": "paquet"},
    "path_report_profile": {"en": "report profile", "es": "perfil de informe",
                            "fr": "profil de rapport"},
    "path_source": {"en": "source", "es": "fuente", "fr": "source"},
    # why a window cannot be planned, and what would work instead (planning.explain)
    "problem_window": {"en": "the {audit} window {earliest}–{latest}",
                       "es": "la ventana de {audit} del {earliest} al {latest}",
                       "fr": "la fenêtre {audit} du {earliest} au {latest}"},
    "problem_overdue": {"en": "{What} closed before the plan starts on {start}: the audit"
                              " is overdue.",
                        "es": "{What} cerró antes del inicio del plan, el {start}: la"
                              " auditoría está atrasada.",
                        "fr": "{What} s'est fermée avant le début du plan, le {start} :"
                              " l'audit est en retard."},
    "problem_too_short": {"en": "{What} leaves {n} day(s) from {day}, fewer than the"
                                " {length}-day visit it needs.",
                          "es": "{What} deja {n} día(s) desde el {day}, menos que la visita de"
                                " {length} días que necesita.",
                          "fr": "{What} laisse {n} jour(s) à partir du {day}, moins que la"
                                " visite de {length} jours nécessaire."},
    "problem_blackout": {"en": "{What} is covered by {blackouts}: no {length}-day visit"
                               " fits between them.",
                         "es": "{What} está ocupada por {blackouts}: no cabe entre ellos"
                               " ninguna visita de {length} días.",
                         "fr": "{What} est occupée par {blackouts} : aucune visite de {length}"
                               " jours ne tient entre eux."},
    "problem_blackout_span": {"en": "blackout {start}–{end}{why}",
                              "es": "el periodo bloqueado del {start} al {end}{why}",
                              "fr": "la période bloquée du {start} au {end}{why}"},
    "problem_no_approval": {"en": "No certification body is approved for {scheme}, so"
                                  " {what} cannot be audited.",
                            "es": "Ningún organismo de certificación está aprobado para"
                                  " {scheme}, así que {what} no puede auditarse.",
                            "fr": "Aucun organisme de certification n'est agréé pour {scheme} :"
                                  " {what} ne peut pas être auditée."},
    "problem_approval_expired": {
        "en": "{Approval} for {scheme} ends before the only possible visit dates from {day}"
              " (report due by {deadline}) in {what}.",
        "es": "{Approval} para {scheme} termina antes de las únicas fechas de visita posibles,"
              " desde el {day} (informe a entregar antes del {deadline}), en {what}.",
        "fr": "{Approval} pour {scheme} prend fin avant les seules dates de visite possibles,"
              " à partir du {day} (rapport dû avant le {deadline}), dans {what}."},
    "problem_approval_span": {"en": "{holder} approved {start}–{end}",
                              "es": "la aprobación de {holder} del {start} al {end}",
                              "fr": "l'agrément de {holder} du {start} au {end}"},
    "a_cb": {"en": "a CB", "es": "un organismo de certificación",
             "fr": "un organisme de certification"},
    "the_cb": {"en": "the CB", "es": "el organismo de certificación",
               "fr": "l'organisme de certification"},
    "open_ended": {"en": "open-ended", "es": "sin fecha de fin", "fr": "sans date de fin"},
    "its_limit": {"en": "its limit", "es": "su límite", "fr": "sa limite"},
    "problem_scope": {"en": "A {length}-day visit cannot finish the multi-facility scope of"
                            " {what} within {within} of its first day.",
                      "es": "Una visita de {length} días no puede completar el alcance"
                            " multiinstalación de {what} en {within} desde su primer día.",
                      "fr": "Une visite de {length} jours ne peut pas achever le périmètre"
                            " multisite de {what} dans les {within} suivant son premier"
                            " jour."},
    "problem_no_fit": {"en": "No {length}-day visit fits {what}.",
                       "es": "Ninguna visita de {length} días cabe en {what}.",
                       "fr": "Aucune visite de {length} jours ne tient dans {what}."},
    "problem_moved_past": {
        "en": "{What} has no room left for a {length}-day visit after the moved visit"
              " ({start}–{end}): the visits that follow it start on {next}.",
        "es": "{What} ya no deja sitio para una visita de {length} días tras la visita movida"
              " (del {start} al {end}): las visitas siguientes empiezan el {next}.",
        "fr": "{What} n'a plus de place pour une visite de {length} jours après la visite"
              " déplacée (du {start} au {end}) : les visites suivantes commencent le {next}."},
    "alt_asap": {"en": "plan it as soon as possible and tell the scheme",
                 "es": "planificarla lo antes posible e informar al esquema",
                 "fr": "la planifier au plus tôt et prévenir le référentiel"},
    "alt_split_at_most": {"en": "split the audit into visits of at most {n} day(s)",
                          "es": "dividir la auditoría en visitas de {n} día(s) como máximo",
                          "fr": "diviser l'audit en visites de {n} jour(s) au plus"},
    "alt_free_days": {"en": "split into shorter visits in the free days {start}–{end}",
                      "es": "dividir en visitas más cortas en los días libres del {start} al"
                            " {end}",
                      "fr": "diviser en visites plus courtes dans les jours libres du {start}"
                            " au {end}"},
    "alt_later_stretches": {"en": "… or in {n} later free stretch(es) of the window",
                            "es": "… o en {n} tramo(s) libre(s) posterior(es) de la ventana",
                            "fr": "… ou dans {n} période(s) libre(s) plus tardive(s) de la"
                                  " fenêtre"},
    "alt_outside_after": {"en": "a {length}-day visit from {day}, {n} day(s) after the window",
                          "es": "una visita de {length} días desde el {day}, {n} día(s)"
                                " después de la ventana",
                          "fr": "une visite de {length} jours à partir du {day}, {n} jour(s)"
                                " après la fenêtre"},
    "alt_outside_before": {"en": "a {length}-day visit from {day}, {n} day(s) before the"
                                 " window",
                           "es": "una visita de {length} días desde el {day}, {n} día(s)"
                                 " antes de la ventana",
                           "fr": "une visite de {length} jours à partir du {day}, {n} jour(s)"
                                 " avant la fenêtre"},
    "alt_renew": {"en": "{holder} renews its approval to at least {day}",
                  "es": "{holder} renueva su aprobación al menos hasta el {day}",
                  "fr": "{holder} renouvelle son agrément au moins jusqu'au {day}"},
    "alt_scope_team": {"en": "splitting the {n} facilities over several visits does not"
                             " shorten the {length} on-site days: a larger team (shorter"
                             " visit) or a longer scope period would",
                       "es": "repartir las {n} instalaciones en varias visitas no acorta los"
                             " {length} días en sitio: sí lo haría un equipo mayor (visita"
                             " más corta) o un periodo de alcance más largo",
                       "fr": "répartir les {n} installations sur plusieurs visites ne réduit"
                             " pas les {length} jours sur site : une équipe plus grande"
                             " (visite plus courte) ou une période de périmètre plus longue"
                             " le ferait"},
    "alt_extra_visit": {"en": "an extra {length}-day visit from {start} to {end}, before the"
                              " moved visit",
                        "es": "una visita adicional de {length} días del {start} al {end},"
                              " antes de la visita movida",
                        "fr": "une visite supplémentaire de {length} jours du {start} au"
                              " {end}, avant la visite déplacée"},
    "alt_start_by": {"en": "start the moved visit by {day} so that this audit still fits"
                           " after it",
                     "es": "empezar la visita movida a más tardar el {day} para que esta"
                           " auditoría aún quepa después",
                     "fr": "commencer la visite déplacée au plus tard le {day} pour que cet"
                           " audit tienne encore après"},
    "alt_back_by": {"en": "move the visit back to start by {day}, so that it covers this"
                          " audit again",
                    "es": "volver a mover la visita para que empiece a más tardar el {day},"
                          " de modo que cubra de nuevo esta auditoría",
                    "fr": "ramener la visite à un début au plus tard le {day}, pour qu'elle"
                          " couvre à nouveau cet audit"},
    "warn_expiring": {"en": "{holder}'s approval for {version} expires on {day}",
                      "es": "la aprobación de {holder} para {version} vence el {day}",
                      "fr": "l'agrément de {holder} pour {version} expire le {day}"},
    "warn_beyond_approvals": {
        "en": "{audit} ({earliest}–{latest}) is planned assuming a CB approval is renewed: the"
              " last recorded one ends {day}",
        "es": "{audit} (del {earliest} al {latest}) se planifica suponiendo que se renueva la"
              " aprobación de un organismo de certificación: la última registrada termina el"
              " {day}",
        "fr": "{audit} (du {earliest} au {latest}) est planifié en supposant le renouvellement"
              " d'un agrément : le dernier enregistré prend fin le {day}"},
    # who can audit a visit (planning.team); the reasons an auditor or CB was turned down
    # are quoted as the core wrote them
    "team_no_cb": {"en": "No certification body may audit {version} on the visit {start}–{end}:"
                         " {detail}",
                   "es": "Ningún organismo de certificación puede auditar {version} en la visita"
                         " del {start} al {end}: {detail}",
                   "fr": "Aucun organisme de certification ne peut auditer {version} lors de la"
                         " visite du {start} au {end} : {detail}"},
    "team_no_lead": {"en": "No qualified lead auditor is free for {version} on {start}–{end}:"
                           " {detail}",
                     "es": "Ningún auditor líder cualificado está libre para {version} del {start}"
                           " al {end}: {detail}",
                     "fr": "Aucun auditeur principal qualifié n'est libre pour {version} du {start}"
                           " au {end} : {detail}"},
    "team_no_lead_qualified": {
        "en": "no auditor of an approved CB holds a lead qualification",
        "es": "ningún auditor de un organismo aprobado tiene la cualificación de líder",
        "fr": "aucun auditeur d'un organisme agréé n'a la qualification d'auditeur principal"},
    "team_no_language": {"en": "No team of qualified leads speaks a site language"
                               " ({languages})",
                         "es": "Ningún equipo de líderes cualificados habla un idioma del sitio"
                               " ({languages})",
                         "fr": "Aucune équipe d'auditeurs principaux qualifiés ne parle une"
                               " langue du site ({languages})"},
    "team_short": {"en": "Only {n} of the {size} auditors the visit {start}–{end} needs are"
                         " approved, qualified and free: the others were turned down (see the"
                         " rejections)",
                   "es": "Solo {n} de los {size} auditores que necesita la visita del {start}"
                         " al {end} están aprobados, cualificados y libres: los demás fueron"
                         " descartados (ver los rechazos)",
                   "fr": "Seuls {n} des {size} auditeurs nécessaires à la visite du {start} au"
                         " {end} sont agréés, qualifiés et libres : les autres ont été écartés"
                         " (voir les refus)"},
    "alt_team_cb_approved": {"en": "a CB approved for this scheme version, scope and dates",
                             "es": "un organismo aprobado para esta versión del esquema, este"
                                   " alcance y estas fechas",
                             "fr": "un organisme agréé pour cette version du référentiel, ce"
                                   " périmètre et ces dates"},
    "alt_team_move_approved": {"en": "move the visit into a period covered by an approval",
                               "es": "mover la visita a un periodo cubierto por una aprobación",
                               "fr": "déplacer la visite dans une période couverte par un"
                                     " agrément"},
    "alt_team_other_auditor": {"en": "another auditor of an approved CB",
                               "es": "otro auditor de un organismo aprobado",
                               "fr": "un autre auditeur d'un organisme agréé"},
    "alt_team_move": {"en": "move the visit", "es": "mover la visita",
                      "fr": "déplacer la visite"},
    "alt_team_split": {"en": "split the visit so this scheme is audited on other dates",
                       "es": "dividir la visita para auditar este esquema en otras fechas",
                       "fr": "diviser la visite pour auditer ce référentiel à d'autres dates"},
    "alt_team_interpreter": {"en": "add an interpreter as technical expert",
                             "es": "añadir un intérprete como experto técnico",
                             "fr": "ajouter un interprète comme expert technique"},
    "alt_team_another": {"en": "another auditor", "es": "otro auditor",
                         "fr": "un autre auditeur"},
    "alt_team_qualified": {"en": "another qualified auditor of an approved CB",
                           "es": "otro auditor cualificado de un organismo aprobado",
                           "fr": "un autre auditeur qualifié d'un organisme agréé"},
    "alt_team_second_cb": {"en": "a second approved CB", "es": "un segundo organismo aprobado",
                           "fr": "un second organisme agréé"},
    "alt_team_longer": {"en": "a longer visit with a smaller team",
                        "es": "una visita más larga con un equipo más pequeño",
                        "fr": "une visite plus longue avec une équipe plus petite"},
    "warn_team_renewed": {"en": "every recorded approval for {version} ends by {day}: this team"
                                " assumes its CB's approval is renewed",
                          "es": "todas las aprobaciones registradas para {version} terminan antes"
                                " del {day}: este equipo supone que se renueva la aprobación"
                                " de su organismo",
                          "fr": "tous les agréments enregistrés pour {version} prennent fin avant"
                                " le {day} : cette équipe suppose le renouvellement de"
                                " l'agrément de son organisme"},
    "warn_team_expires": {"en": "{holder}'s approval for {version} expires on {day}, soon after the"
                                " visit of {start}; renew it before the next audit",
                          "es": "la aprobación de {holder} para {version} vence el {day}, poco"
                                " después de la visita del {start}; renuévela antes de la"
                                " próxima auditoría",
                          "fr": "l'agrément de {holder} pour {version} expire le {day}, peu après"
                                " la visite du {start} ; renouvelez-le avant le prochain"
                                " audit"},
    # how a scheme's rating came about (services.checklist.PROVENANCE_WORDS)
    "provenance_on_site": {"en": "rated on site", "es": "calificado en sitio",
                           "fr": "noté sur site"},
    "provenance_accepted": {"en": "carried, accepted", "es": "trasladado, aceptado",
                            "fr": "reporté, accepté"},
    "provenance_carried": {"en": "carried", "es": "trasladado", "fr": "reporté"},
    "provenance_implied": {"en": "implied", "es": "deducido", "fr": "déduit"},
    "provenance_override": {"en": "override", "es": "modificado a mano",
                            "fr": "modifié à la main"},
    "provenance_recognition": {"en": "by recognition", "es": "por reconocimiento",
                               "fr": "par reconnaissance"},
    "provenance_not_applicable": {"en": "not applicable", "es": "no aplica",
                                  "fr": "sans objet"},
    "provenance_not_rated": {"en": "not rated", "es": "sin calificar", "fr": "non noté"},
    "provenance_needs_decision": {"en": "to decide", "es": "por decidir", "fr": "à décider"},
    # the dates a rule counts from (common.date_rules.ANCHORS)
    "anchor_membership_start": {"en": "membership start", "es": "el alta en el esquema",
                                "fr": "l'adhésion au référentiel"},
    "anchor_certificate_start": {"en": "certificate start", "es": "el inicio del certificado",
                                 "fr": "le début du certificat"},
    "anchor_certificate_expiry": {"en": "certificate expiry",
                                  "es": "el vencimiento del certificado",
                                  "fr": "l'expiration du certificat"},
    "anchor_previous_audit_end": {"en": "previous audit end",
                                  "es": "el fin de la auditoría anterior",
                                  "fr": "la fin de l'audit précédent"},
    "anchor_audit_start": {"en": "audit start", "es": "el inicio de la auditoría",
                           "fr": "le début de l'audit"},
    "anchor_audit_end": {"en": "audit end", "es": "el fin de la auditoría",
                         "fr": "la fin de l'audit"},
    "anchor_report_date": {"en": "report date", "es": "la fecha del informe",
                           "fr": "la date du rapport"},
    "anchor_decision_date": {"en": "decision date", "es": "la fecha de la decisión",
                             "fr": "la date de la décision"},
    "anchor_financial_year_end": {"en": "financial year end", "es": "el cierre del ejercicio",
                                  "fr": "la clôture de l'exercice"},
    "anchor_first_audit_day": {"en": "first audit day", "es": "el primer día de auditoría",
                               "fr": "le premier jour d'audit"},
    "anchor_nc_letter": {"en": "nc letter", "es": "la carta de no conformidades",
                         "fr": "la lettre de non-conformités"},
    "anchor_finding_date": {"en": "finding date", "es": "la fecha del hallazgo",
                            "fr": "la date du constat"},
    "owner_is": {"en": "owner {who}", "es": "responsable {who}", "fr": "responsable {who}"},
    "priority_high": {"en": "high priority", "es": "prioridad alta", "fr": "priorité haute"},
    "priority_medium": {"en": "medium priority", "es": "prioridad media",
                        "fr": "priorité moyenne"},
    "priority_low": {"en": "low priority", "es": "prioridad baja", "fr": "priorité basse"},
    "escalated_to": {"en": "escalated to {what}", "es": "escalada a {what}",
                     "fr": "escaladée en {what}"},
    # roles in words
    "lead_auditor": {"en": "lead auditor", "es": "auditor líder", "fr": "auditeur principal"},
    "site_representative": {"en": "site representative", "es": "representante del sitio",
                            "fr": "représentant du site"},
    "member_representative": {"en": "member representative", "es": "representante del miembro",
                              "fr": "représentant du membre"},
    "cb_reviewer": {"en": "certification body reviewer",
                    "es": "revisor del organismo de certificación",
                    "fr": "réviseur de l'organisme de certification"},
    "assurance_partner": {"en": "assurance provider (engagement partner)",
                          "es": "proveedor de aseguramiento (socio del encargo)",
                          "fr": "prestataire d'assurance (associé responsable)"},
    "other_role": {"en": "other", "es": "otro", "fr": "autre"},
    # validation, as the report's reader and the auditor read them
    "report.missing-field": {
        "en": "the mandatory report field '{field}'{section} is empty",
        "es": "el campo obligatorio del informe «{field}»{section} está vacío",
        "fr": "le champ obligatoire du rapport « {field} »{section} est vide"},
    "report.missing-audit-type": {
        "en": "the plan does not say which audit this visit is for the scheme (initial,"
              " surveillance, mid-term, recertification)",
        "es": "el plan no indica qué auditoría del esquema es esta visita (inicial, de"
              " seguimiento, de medio término, de recertificación)",
        "fr": "le plan n'indique pas quel audit du référentiel cette visite réalise (initial,"
              " de surveillance, de mi-parcours, de renouvellement)"},
    "report.missing-report-date": {
        "en": "the report date is not set", "es": "falta la fecha del informe",
        "fr": "la date du rapport n'est pas renseignée"},
    "report.missing-revision": {
        "en": "the report revision is not set", "es": "falta la revisión del informe",
        "fr": "la révision du rapport n'est pas renseignée"},
    "report.missing-certificate": {
        "en": "no certificate or membership number is recorded for the site",
        "es": "no hay número de certificado o de membresía registrado para el sitio",
        "fr": "aucun numéro de certificat ou d'adhésion n'est enregistré pour le site"},
    "report.missing-cb": {
        "en": "no certification body is recorded for the audit team",
        "es": "no hay organismo de certificación registrado para el equipo auditor",
        "fr": "aucun organisme de certification n'est enregistré pour l'équipe d'audit"},
    "report.cb-not-approved": {
        "en": "{cb} holds no {scheme} approval valid on the audit dates",
        "es": "{cb} no tiene aprobación de {scheme} vigente en las fechas de la auditoría",
        "fr": "{cb} n'a pas d'agrément {scheme} valable aux dates de l'audit"},
    "report.missing-role": {
        "en": "the role of {name} in the audit team is not set",
        "es": "falta la función de {name} en el equipo auditor",
        "fr": "le rôle de {name} dans l'équipe d'audit n'est pas renseigné"},
    "report.missing-na-reason": {
        "en": "clause {clause} is not applicable but no reason is recorded",
        "es": "la cláusula {clause} no aplica pero no se registró el motivo",
        "fr": "la clause {clause} est sans objet mais aucun motif n'est enregistré"},
    "report.deadline-unset": {
        "en": "clause {clause}: the deadline '{deadline}' cannot be computed",
        "es": "cláusula {clause}: no se puede calcular el plazo «{deadline}»",
        "fr": "clause {clause} : l'échéance « {deadline} » ne peut être calculée"},
    "report.missing-team": {
        "en": "the audit team is empty", "es": "el equipo auditor está vacío",
        "fr": "l'équipe d'audit est vide"},
    "report.missing-lead": {
        "en": "the audit team has no lead auditor", "es": "el equipo auditor no tiene"
        " auditor líder", "fr": "l'équipe d'audit n'a pas d'auditeur principal"},
    "report.missing-activities": {
        "en": "no dates and places of on-site activities are recorded",
        "es": "no se registraron fechas ni lugares de las actividades en sitio",
        "fr": "aucune date ni aucun lieu des activités sur site n'est enregistré"},
    "report.activity-outside": {
        "en": "an activity is dated {day}, outside the audit dates ({start} to {end})",
        "es": "una actividad tiene fecha {day}, fuera de las fechas de la auditoría"
              " ({start} a {end})",
        "fr": "une activité est datée du {day}, hors des dates de l'audit ({start} au {end})"},
    "report.unrated": {
        "en": "clause {clause} ('{title}') is not rated",
        "es": "la cláusula {clause} («{title}») no está calificada",
        "fr": "la clause {clause} (« {title} ») n'est pas notée"},
    "report.unknown-level": {
        "en": "clause {clause} is rated '{level}', which is not a level of the {scheme} scale",
        "es": "la cláusula {clause} tiene la calificación «{level}», que no es un nivel de"
              " la escala de {scheme}",
        "fr": "la clause {clause} est notée « {level} », qui n'est pas un niveau de"
              " l'échelle {scheme}"},
    "report.needs-rerating": {
        "en": "clause {clause}: its joint item changed after it was rated; rate it again",
        "es": "cláusula {clause}: su ítem conjunto cambió después de calificarse;"
              " califíquela de nuevo",
        "fr": "clause {clause} : son point commun a changé après la notation ; notez-la"
              " à nouveau"},
    "report.needs-decision": {
        "en": "clause {clause} needs a {scheme}-specific rating decision{why}",
        "es": "la cláusula {clause} requiere una decisión de calificación propia de"
              " {scheme}{why}",
        "fr": "la clause {clause} nécessite une décision de notation propre à {scheme}{why}"},
    "report.template-unapproved": {
        "en": "{scheme} requires its staff to approve the joint template{template} before a"
              " report is submitted; it is not approved{detail}",
        "es": "{scheme} exige que su personal apruebe la plantilla conjunta{template} antes"
              " de presentar un informe; no está aprobada{detail}",
        "fr": "{scheme} exige que son personnel approuve le modèle commun{template} avant"
              " la soumission d'un rapport ; il n'est pas approuvé{detail}"},
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
    "reduction": {"en": "{applicable} applicable requirements asked as {obligations}"
                  " obligations", "es": "{applicable} requisitos aplicables reunidos en"
                  " {obligations} obligaciones", "fr": "{applicable} exigences applicables"
                  " regroupées en {obligations} obligations"},
    "ob_cert_expires": {"en": "certificate {number} expires", "es": "vence el certificado"
                        " {number}", "fr": "expiration du certificat {number}"},
    "ob_cap_plan": {"en": "corrective action plan due for clauses {clauses}",
                    "es": "plan de acción correctiva a presentar para las cláusulas {clauses}",
                    "fr": "plan d'actions correctives attendu pour les clauses {clauses}"},
    "ob_cap_close": {"en": "corrective actions to be closed for clauses {clauses}",
                     "es": "acciones correctivas a cerrar para las cláusulas {clauses}",
                     "fr": "actions correctives à clore pour les clauses {clauses}"},
    "ob_visit": {"en": "audit visit: {audits}", "es": "visita de auditoría: {audits}",
                 "fr": "visite d'audit : {audits}"},
    "ob_joint_visit": {"en": "joint audit visit: {audits}",
                       "es": "visita de auditoría conjunta: {audits}",
                       "fr": "visite d'audit conjointe : {audits}"},
    "ob_desk": {"en": "desk obligation: {what}", "es": "obligación documental: {what}",
                "fr": "obligation documentaire : {what}"},
    # the checklist's merge status (the app; the command line keeps the core's lines)
    "merge_reduction": {"en": "{assessable} assessable requirements → {items} joint items",
                        "es": "requisitos evaluables: {assessable} → ítems conjuntos: {items}",
                        "fr": "exigences évaluables : {assessable} → points communs : {items}"},
    "crosswalk_imported": {
        "en": "{schemes}: links added: {added}, updated: {updated}, recognition rules:"
              " {recognitions}",
        "es": "{schemes}: enlaces añadidos: {added}, actualizados: {updated}, reglas de"
              " reconocimiento: {recognitions}",
        "fr": "{schemes} : liens ajoutés : {added}, mis à jour : {updated}, règles de"
              " reconnaissance : {recognitions}"},
    # the checklist's item panel (the app)
    "still_to_rate_item": {"en": "still to rate: item {key}",
                           "es": "pendiente de calificar: ítem {key}",
                           "fr": "reste à noter : point {key}"},
    "evidence_file": {"en": "{name} ({size}{expires})", "es": "{name} ({size}{expires})",
                      "fr": "{name} ({size}{expires})"},
    "evidence_expires": {"en": ", expires {day}", "es": ", vence el {day}",
                         "fr": ", expire le {day}"},
    # how a scheme's rating was reached (the checklist's How column; ClauseRating.basis_parts)
    'how_on_site': {"en": 'rated on site',
        "es": 'calificado en sitio',
        "fr": 'noté sur site'},
    'how_accepted': {"en": 'carried from the shared item and accepted',
        "es": 'trasladado del ítem compartido y aceptado',
        "fr": 'reporté du point commun et accepté'},
    'how_override_clause': {"en": 'override for this clause',
        "es": 'modificado para esta cláusula',
        "fr": 'modifié pour cette clause'},
    'how_override_scheme': {"en": 'override for this scheme',
        "es": 'modificado para este esquema',
        "fr": 'modifié pour ce référentiel'},
    'how_by': {"en": ' by {who}',
        "es": ' por {who}',
        "fr": ' par {who}'},
    'how_reason': {"en": ': {reason}',
        "es": ': {reason}',
        "fr": ' : {reason}'},
    'how_carried_from': {"en": "carried from {version} {clause}'s '{word}' (proposed; accept or change)",
        "es": 'trasladado de «{word}» de {version} {clause} (propuesta; acéptela o cámbiela)',
        "fr": 'reporté de « {word} » de {version} {clause} (proposé ; acceptez ou modifiez)'},
    'how_not_rated': {"en": 'not yet rated',
        "es": 'aún sin calificar',
        "fr": 'pas encore noté'},
    'how_joint_carried': {"en": 'joint rating, carried through the two-way map (accept or change)',
        "es": 'calificación conjunta, trasladada por la correspondencia en ambos sentidos (acéptela o cámbiela)',
        "fr": 'notation commune, reportée par la correspondance dans les deux sens (acceptez ou modifiez)'},
    'how_implied_conforms': {"en": 'conforms: implied by the broader {anchor}',
        "es": 'conforme: implícito por la más amplia {anchor}',
        "fr": 'conforme : implicite par la plus large {anchor}'},
    'how_joint_on_broader': {"en": 'joint rating is {severity} on the broader {anchor}; this narrower clause needs its own rating',
        "es": 'la calificación conjunta es {severity} en la más amplia {anchor}; esta cláusula más estrecha necesita su propia calificación',
        "fr": 'la notation commune est {severity} sur la plus large {anchor} ; cette clause plus étroite a besoin de sa propre notation'},
    'how_own_rating': {"en": 'needs its own rating for this scheme',
        "es": 'necesita su propia calificación para este esquema',
        "fr": 'a besoin de sa propre notation pour ce référentiel'},
    'how_equal_gap': {"en": '{Severity} given to the equal {version} {clause} (proposed; override if wrong)',
        "es": '{Severity} dada a la equivalente {version} {clause} (propuesta; modifíquela si no es correcta)',
        "fr": "{Severity} donné à l'équivalente {version} {clause} (proposé ; modifiez si c'est faux)"},
    'how_narrower_gap': {"en": '{Severity} implied by the narrower {version} {clause} (proposed; override if wrong)',
        "es": '{Severity} implícita por la más estrecha {version} {clause} (propuesta; modifíquela si no es correcta)',
        "fr": "{Severity} implicite par la plus étroite {version} {clause} (proposé ; modifiez si c'est faux)"},
    'how_core_rated': {"en": 'the shared core ({title}) is rated {severity}; rate its add-on item {item} too',
        "es": 'el núcleo compartido ({title}) está calificado como {severity}; califique también su ítem adicional {item}',
        "fr": 'le tronc commun ({title}) est noté {severity} ; notez aussi son point complémentaire {item}'},
    'how_core_open': {"en": '; the shared core item {item} ({title}) is still to rate',
        "es": '; el ítem del núcleo compartido {item} ({title}) está pendiente de calificar',
        "fr": ' ; le point du tronc commun {item} ({title}) reste à noter'},
    'how_worst_core': {"en": 'worst of its add-on and the shared core ({title})',
        "es": 'la peor de su adicional y del núcleo compartido ({title})',
        "fr": 'la pire de son complément et du tronc commun ({title})'},
    'how_recognition': {"en": 'met by recognition: {note}',
        "es": 'cumplido por reconocimiento: {note}',
        "fr": 'satisfait par reconnaissance : {note}'},
    'how_recognition_unused': {"en": '; rated on the visit, so the recognition offer ({note}) is not used',
        "es": '; calificado en la visita, por lo que no se usa el reconocimiento ofrecido ({note})',
        "fr": " ; noté lors de la visite, la reconnaissance proposée ({note}) n'est donc pas utilisée"},
    'how_evidence': {"en": '; evidence: {notes}',
        "es": '; evidencia: {notes}',
        "fr": ' ; preuve : {notes}'},
    'how_excluded': {"en": 'not applicable: {reason}',
        "es": 'no aplica: {reason}',
        "fr": 'sans objet : {reason}'},
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


def colon(lang: str) -> str:
    """The separator after a label: French sets a space before the colon."""
    return " : " if lang == "fr" else ": "


def has_label(key: str) -> bool:
    return key in _LABELS


def all_labels() -> dict[str, dict[str, str]]:
    return {k: dict(v) for k, v in _LABELS.items()}


def fmt_date(day: date | None, lang: str = "en") -> str:
    return format_date(day, "long", locale=_LOCALES.get(lang, lang)) if day else "–"


def fmt_range(start: date, end: date, lang: str = "en") -> str:
    if start == end:
        return fmt_date(start, lang)
    return format_interval(start, end, "yMMMd", locale=_LOCALES.get(lang, lang))


def fmt_number(value: float, lang: str = "en") -> str:
    return format_decimal(round(value, 2), locale=_LOCALES.get(lang, lang))


def fmt_percent(value: float, lang: str = "en") -> str:
    """A percentage with one decimal, in the language's digits: 96.7 %, 96,7 %."""
    number = format_decimal(round(value, 1), format="#,##0.0", locale=_LOCALES.get(lang, lang))
    return f"{number}\u00a0%"


def fmt_list(items, lang: str = "en", style: Literal["standard", "or"] = "standard") -> str:
    """A list in words ("a, b and c"; style "or": "a, b or c"), by Babel."""
    items = [str(i) for i in items if i]
    return format_list(items, style=style, locale=_LOCALES.get(lang, lang)) if items else ""


def certificate_words(evidence, lang: str) -> str:
    """A certificate a recognition rests on, in words: scheme, number, holder, validity."""
    start, end = evidence.valid_from, evidence.valid_to
    valid = fmt_range(start, end, lang) if start and end else fmt_date(end or start, lang) \
        if (end or start) else "–"
    return label("recognised_certificate", lang, scheme=evidence.scheme_id.upper(),
                 number=evidence.number or "–", holder=evidence.holder, valid=valid)


def recognition_words(rec, lang: str) -> str:
    """A recognition offer (``jointaudit.checklist.visit.Recognised``) in words, without the
    rule's internal key."""
    if rec.certificate is not None:
        text = certificate_words(rec.certificate, lang)
        if not rec.verified:
            text += f" ({label('recognition_unverified', lang)})"
        return text
    if rec.recognised_scheme_id and rec.on:
        return label("recognition_suppliers", lang, scheme=rec.recognised_scheme_id.upper(),
                     date=fmt_date(rec.on, lang))
    return rec.note


MATERIAL_TAGS = ("gold", "silver", "pgm", "diamonds", "coloured-gemstones", "aluminium", "tin",
                 "tantalum", "tungsten")


def applies_only_to(tags, lang: str) -> str:
    """Why a clause is left out at a site, from its applicability tags: "applies only to
    mines", "applies only to sites handling diamonds or coloured gemstones" (any one tag
    makes the clause apply). A tag with no words here prints as the pack names it."""
    def words(tag: str) -> str:
        return label(f"tag_{tag}", lang) if has_label(f"tag_{tag}") else tag
    kinds = [t for t in tags if t not in MATERIAL_TAGS]
    materials = [t for t in tags if t in MATERIAL_TAGS]
    parts = []
    if kinds:
        parts.append(label("na_applies_to", lang,
                           tags=fmt_list([words(t) for t in kinds], lang, "or")))
    if materials:
        parts.append(label("na_applies_to_materials", lang,
                           tags=fmt_list([words(t) for t in materials], lang, "or")))
    return fmt_list(parts, lang, "or")


def country_name(code: str, lang: str) -> str:
    """An ISO 3166 country code in words, in the report's language (CLDR, through Babel):
    GH → Ghana, CO → Colombie; anything else as recorded."""
    code = (code or "").strip()
    if len(code) != 2:
        return code
    return Locale.parse(_LOCALES.get(lang, lang)).territories.get(code.upper(), code)


def place(country: str, region: str, lang: str) -> str:
    """Where a site is: "Colombia, Antioquia"."""
    return ", ".join(x for x in (country_name(country, lang), (region or "").strip()) if x)


def commodity_label(commodity: str, lang: str) -> str:
    """A commodity in words ("gold" → Oro); one we have no words for, as recorded."""
    key = f"commodity_{(commodity or '').strip().lower()}"
    return label(key, lang) if key in _LABELS else (commodity or "")


def capitalised(text: str) -> str:
    """The first letter upper case (a role at the start of a table cell)."""
    return text[:1].upper() + text[1:]


def role_label(role: str, lang: str) -> str:
    """A team or sign-off role in words; an unknown role id reads as its words, never as an
    id with underscores."""
    key = {"lead": "lead", "lead_auditor": "lead_auditor", "team": "team"}.get(role, role)
    if key in _LABELS:
        return label(key, lang)
    return role.replace("_", " ").strip() or label("other_role", lang)


def action_extras(owner: str, priority: str, lang: str) -> list[str]:
    """A corrective action's priority and owner in words ("high priority", "owner J. Mensah");
    nothing for what is not set."""
    out = []
    if priority and has_label(f"priority_{priority}"):
        out.append(label(f"priority_{priority}", lang))
    if owner:
        out.append(label("owner_is", lang, who=owner))
    return out


def audit_name(ref, lang: str) -> str:
    """An audit as (scheme label, English label, words per language) in the language:
    "RJC COP 2019 Revisión de medio término"; the English label where the pack has none."""
    scheme, english, words = ref
    return f"{scheme} {pick(dict(words), lang, default=english) or english}"


def visit_why(parts, lang: str, english: str = "") -> str:
    """Why a planned visit is on its day, in the language (planning.visits.why_parts);
    ``english`` (the core's own sentence) where the reason has no parts."""
    if not parts or not has_label(parts[0]):
        return english
    key, values = parts
    v = dict(values)

    def audits(refs) -> str:
        return fmt_list([audit_name(r, lang) for r in refs], lang) or label("no_audit", lang)

    words = {}
    for name, value in v.items():
        if isinstance(value, date):
            words[name] = fmt_date(value, lang)
        elif name == "first":
            words[name] = audit_name(value, lang)
        elif name in ("audits", "also"):
            words[name] = audits(value)
    if key == "why_latest":
        words["also"] = label("why_also", lang, audits=words["also"]) if v.get("also") else ""
    return label(key, lang, **words)


_UNITS = ("year", "month", "week", "day")


def duration_words(parts, lang: str) -> str:
    """(years, months, weeks, days) in words of the language, by Babel ("12 meses")."""
    from babel.units import format_unit

    said = [format_unit(abs(n), f"duration-{unit}", length="long",
                        locale=_LOCALES.get(lang, lang))
            for n, unit in zip(parts, _UNITS, strict=True) if n]
    return " ".join(said) or format_unit(0, "duration-day", length="long",
                                         locale=_LOCALES.get(lang, lang))


def rule_words(anchor: str, parts, lang: str) -> str:
    """A date rule in words, each part with its sign: "el inicio del certificado +10 meses"."""
    base = label(f"anchor_{anchor}", lang) if has_label(f"anchor_{anchor}") else \
        anchor.replace("_", " ")
    said = [("+" if n > 0 else "−") + duration_words(
        tuple(n if i == j else 0 for j in range(len(_UNITS))), lang)
        for i, n in enumerate(parts) if n]
    return " ".join([base, *said])


def planned(parts, lang: str, english: str = "") -> str:
    """Where a window is planned, in the language ("visita 2", "documental el …")."""
    if not parts or not has_label(parts[0]):
        return english
    key, *values = parts
    if key == "planned_visit":
        return label(key, lang, n=values[0])
    if key == "planned_desk":
        return label(key, lang, day=fmt_date(values[0], lang))
    return label(key, lang)


def code_words(prefix: str, code: str, lang: str) -> str:
    """A core code in words ("clause_role", "broader" → más amplia); an unknown code as it
    is, without underscores."""
    key = f"{prefix}_{code}"
    return label(key, lang) if has_label(key) else str(code).replace("_", " ")


_PATH_HEADS = ("joint item", "link", "scheme version", "merge options")


def change_path(key: str, lang: str) -> str:
    """A path of trust.signing._flatten ("joint item 12: title", "link V C → V C:
    relationship", "scheme version V: report profile.x") in the language; the ids as they
    are."""
    head, _, field = key.partition(": ")
    for name in _PATH_HEADS:
        if head == name or head.startswith(name + " ") or head.startswith(name + "."):
            head = label(f"path_{name.replace(' ', '_')}", lang) + head[len(name):]
            break
    if not field:
        return head
    first, sep, rest = field.partition(" ")
    if not has_label(f"path_{first}"):
        first, sep, rest = field.partition(".")
        if not has_label(f"path_{first.replace(' ', '_')}"):
            return f"{head}{colon(lang)}{field}"
        first = first.replace(" ", "_")
    return f"{head}{colon(lang)}{label(f'path_{first}', lang)}{sep}{rest}"


def change_words(part, lang: str) -> str:
    """One trust.signing.diff_parts entry in the language (values quoted as stored)."""
    what, key, old, new = part
    return label(f"change_{what}", lang, path=change_path(key, lang), old=repr(old),
                 new=repr(new))


def _value(value, lang: str) -> str:
    """A value of a sentence's parts in words (see :func:`sentence`)."""
    if isinstance(value, date):
        return fmt_date(value, lang)
    if isinstance(value, tuple) and value and isinstance(value[0], str) and \
            value[0].startswith("$"):
        tag, *rest = value
        if tag == "$audit":
            return audit_name(rest[0], lang)
        if tag == "$window":
            ref, earliest, latest = rest
            return label("problem_window", lang, audit=audit_name(ref, lang),
                         earliest=fmt_date(earliest, lang), latest=fmt_date(latest, lang))
        if tag == "$blackout":
            start, end, why = rest
            return label("problem_blackout_span", lang, start=fmt_date(start, lang),
                         end=fmt_date(end, lang), why=f" ({why})" if why else "")
        if tag == "$approval":
            holder, start, end = rest
            return label("problem_approval_span", lang, holder=holder or label("a_cb", lang),
                         start=fmt_date(start, lang),
                         end=fmt_date(end, lang) if end else label("open_ended", lang))
        if tag == "$severity":
            return severity_label(rest[0], lang).lower()
        if tag == "$duration":
            return duration_words(rest[0], lang)
        if tag == "$label":
            return label(rest[0], lang)
        if tag == "$list":
            return fmt_list([_value(v, lang) for v in rest[0]], lang)
    return str(value)


def sentence(parts, lang: str, english: str = "") -> str:
    """A sentence the core wrote, as (key, ((name, value), …)), in the language: dates in
    the language's long form, audits and windows in the pack's words; ``english`` where
    there are no parts. A {Name} in the text is the value with a capital first letter."""
    if not parts or not has_label(parts[0]):
        return english
    key, values = parts
    words = {name: _value(value, lang) for name, value in values}
    if key == "alt_renew" and not dict(values).get("holder"):
        words["holder"] = label("the_cb", lang)
    if key == "warn_expiring" and not dict(values).get("holder"):
        words["holder"] = label("a_cb", lang)
    words |= {name[:1].upper() + name[1:]: capitalised(text) for name, text in words.items()}
    return label(key, lang, **words)


def window_reason(parts, lang: str, english: str = "") -> str:
    """Why an audit window runs where it does, in the language (planning.cycles.reason_parts);
    ``english`` (the core's own sentence) where the reason has no parts. The pack's source
    citation is quoted as the pack gives it."""
    if not parts or not has_label(parts[0]):
        return english
    v = dict(parts[1])

    def flag(verified: bool) -> str:
        return label("rule_verified" if verified else "rule_unverified", lang)

    extras = []
    for extra in v.get("extras", ()):
        what, *values = extra
        if what == "facilities":
            n, within, source, verified = values
            extras.append(label("window_facilities", lang, n=n,
                                within=duration_words(within, lang), source=source,
                                flag=flag(verified)))
        elif what == "certificate_year":
            extras.append(label("window_certificate_year", lang, n=values[0]))
        elif has_label(f"window_{what}"):
            extras.append(label(f"window_{what}", lang, day=fmt_date(values[0], lang)))
    return label("window_reason", lang, audit=audit_name(v["audit"], lang),
                 earliest=fmt_date(v["earliest"], lang), latest=fmt_date(v["latest"], lang),
                 start=rule_words(v["from"][0], v["from"][1], lang),
                 end=rule_words(v["to"][0], v["to"][1], lang),
                 source=v["source"], flag=flag(v["verified"]), extras="".join(extras))


def basis_words(parts, lang: str, english: str = "") -> str:
    """How a scheme's rating was reached (findings.ClauseRating.basis_parts), its segments
    said one after the other; ``english`` where any segment has no words."""
    if not parts or not all(has_label(p[0]) for p in parts):
        return english
    return "".join(sentence(p, lang, "") for p in parts)


def evidence_words(name: str, size: int, expires: date | None, lang: str) -> str:
    """An evidence file in words: its name, its size in the language's bytes (Babel) and
    when it expires."""
    from babel.units import format_unit

    said = format_unit(size, "digital-byte", length="short", locale=_LOCALES.get(lang, lang))
    return label("evidence_file", lang, name=name, size=said, expires=label(
        "evidence_expires", lang, day=fmt_date(expires, lang)) if expires else "")


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
