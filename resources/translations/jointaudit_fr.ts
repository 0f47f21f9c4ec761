<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="12" />
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist.py" line="94" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="95" />
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="96" />
        <source>Clauses (every scheme)</source>
        <translation>Clauses (tous les référentiels)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="97" />
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="98" />
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="99" />
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="162" />
        <source>The item changed since it was rated: rate it again.</source>
        <translation>L'élément a changé depuis sa notation : notez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="183" />
        <source>re-rate</source>
        <translation>à renoter</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="185" />
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="187" />
        <source>{0} evidence</source>
        <translation>{0} preuve(s)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="190" />
        <source>{0} CAP</source>
        <translation>{0} PAC</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="12" />
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="133" />
        <source>shared with another scheme</source>
        <translation>partagé avec un autre référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="134" />
        <source>asked by this scheme alone</source>
        <translation>exigé par ce seul référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="135" />
        <source>gap: no requirement on this topic</source>
        <translation>lacune : aucune exigence sur ce thème</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="151" />
        <source>{0} · {1}: {2} requirement(s), {3} shared</source>
        <translation>{0} · {1} : {2} exigence(s), {3} partagée(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="154" />
        <source>{0} · {1}: gap, no requirement on this topic</source>
        <translation>{0} · {1} : lacune, aucune exigence sur ce thème</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/views/library_view.py" line="42" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="45" />
        <source>Schemes and their requirements, crosswalks, CBs and auditors</source>
        <translation>Référentiels et leurs exigences, correspondances, OC et auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="51" />
        <source>Schemes</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="69" />
        <source>Import or validate a pack…</source>
        <translation>Importer ou valider un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="83" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="84" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="85" />
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="86" />
        <source>Unverified rules</source>
        <translation>Règles non vérifiées</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="87" />
        <source>Effective</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="107" />
        <source>Search clause id, title or topic…</source>
        <translation>Rechercher une clause, un titre ou un thème…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="167" />
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="167" />
        <source>unverified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="173" />
        <source>Import a scheme pack</source>
        <translation>Importer un paquet de référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="174" />
        <source>Scheme packs (*.yaml *.yml *.json)</source>
        <translation>Paquets de référentiel (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="179" />
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="189" />
        <source>Nothing was imported: {0}</source>
        <translation>Rien n'a été importé : {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Save workspace &amp;as…</source>
        <translation>Enregistrer l'espace de travail &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l'espace de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;About jointaudit</source>
        <translation>À &amp;propos de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>no workspace</source>
        <translation>aucun espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Open or create a workspace (File menu).</source>
        <translation>Ouvrez ou créez un espace de travail (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Workspace: {0}</source>
        <translation>Espace de travail : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>{0} — jointaudit</source>
        <translation>{0} — jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>jointaudit workspaces (*{0});;All files (*)</source>
        <translation>Espaces de travail jointaudit (*{0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <location filename="../../ui/main_window.py" line="213" />
        <source>jointaudit workspaces (*{0})</source>
        <translation>Espaces de travail jointaudit (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Save workspace as</source>
        <translation>Enregistrer l'espace de travail sous</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Demo workspace</source>
        <translation>Espace de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>This build has no demo data yet (jointaudit.demo is missing).</source>
        <translation>Cette version n'a pas encore de données de démonstration (jointaudit.demo manque).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>About jointaudit</source>
        <translation>À propos de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Plan joint audits across mining sustainability schemes, merge their checklists, do fieldwork offline, collect approvals and export each scheme's report.&lt;/p&gt;&lt;p&gt;Scheme rules and texts come from packs with their sources; check every rule marked unverified.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Planifiez des audits conjoints entre référentiels de durabilité minière, fusionnez leurs listes de contrôle, travaillez sur le terrain hors ligne, recueillez les approbations et exportez le rapport de chaque référentiel.&lt;/p&gt;&lt;p&gt;Les règles et textes des référentiels viennent de paquets avec leurs sources ; vérifiez chaque règle marquée non vérifiée.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan_view.py" line="81" />
        <location filename="../../ui/views/plan_view.py" line="105" />
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="84" />
        <source>Sites, audit windows and the joint visits that cover them</source>
        <translation>Sites, fenêtres d'audit et les visites conjointes qui les couvrent</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="91" />
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="95" />
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="103" />
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="108" />
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="112" />
        <source>Export .ics…</source>
        <translation>Exporter .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="133" />
        <location filename="../../ui/views/plan_view.py" line="149" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="135" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="136" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="137" />
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="138" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="140" />
        <source>Person-days</source>
        <translation>Jours-personne</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="142" />
        <source>Separately</source>
        <translation>Séparément</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="147" />
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="150" />
        <source>Scheme</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="151" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="152" />
        <source>Earliest</source>
        <translation>Au plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="153" />
        <source>Latest</source>
        <translation>Au plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="154" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="155" />
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="156" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="156" />
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="157" />
        <source>unverified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="158" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="160" />
        <source>Audit windows</source>
        <translation>Fenêtres d'audit</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="206" />
        <source>&lt;i&gt;Planning…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Planification…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="222" />
        <source>Whole portfolio</source>
        <translation>Tout le portefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="241" />
        <source>&lt;i&gt;Open a workspace with sites to plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ouvrez un espace de travail avec des sites à planifier.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="248" />
        <source>&lt;p&gt;{0} joint visit(s) instead of {1} separate; {2:g} auditor-days instead of {3:g}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} visite(s) conjointe(s) au lieu de {1} séparées ; {2:g} jours-auditeur au lieu de {3:g}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="252" />
        <source>Cannot be planned:</source>
        <translation>Impossible à planifier :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="258" />
        <source>Approval warnings:</source>
        <translation>Alertes d'approbation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="278" />
        <source>&lt;h3&gt;{0} — visit {1}: {2} to {3}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — visite {1} : du {2} au {3}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="282" />
        <source>&lt;p&gt;{0:g} person-days joint ({1:g} separately), team of {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0:g} jours-personne en conjoint ({1:g} séparément), équipe de {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="291" />
        <source>After the move:</source>
        <translation>Après le déplacement :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="320" />
        <source>moved to {0} by the user</source>
        <translation>déplacée au {0} par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="339" />
        <source>Plan saved (#{0}).</source>
        <translation>Plan enregistré (n° {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="343" />
        <source>Export visits</source>
        <translation>Exporter les visites</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="344" />
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="356" />
        <source>Visits written to {0}</source>
        <translation>Visites écrites dans {0}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="30" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="31" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="33" />
        <source>Field / clause</source>
        <translation>Champ / clause</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="34" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="35" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="79" />
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="84" />
        <source>Could not complete the operation</source>
        <translation>L'opération n'a pas pu aboutir</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports_view.py" line="62" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="65" />
        <source>Validate and export each scheme's report, the joint summary, the checklist and the obligations register</source>
        <translation>Valider et exporter le rapport de chaque référentiel, la synthèse conjointe, la liste de contrôle et le registre des obligations</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="79" />
        <source>Visit:</source>
        <translation>Visite :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="81" />
        <source>Scheme report</source>
        <translation>Rapport du référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="81" />
        <source>Joint summary</source>
        <translation>Synthèse conjointe</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="82" />
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="83" />
        <source>Site obligations register</source>
        <translation>Registre des obligations du site</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="86" />
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="90" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="91" />
        <source>Draft (watermarked; allowed with open problems)</source>
        <translation>Brouillon (filigrané ; permis avec des problèmes ouverts)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="94" />
        <source>Schemes:</source>
        <translation>Référentiels :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="100" />
        <source>Free-text fields of the selected scheme's report</source>
        <translation>Champs libres du rapport du référentiel choisi</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="104" />
        <source>Save fields</source>
        <translation>Enregistrer les champs</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="109" />
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="112" />
        <source>Export PDF…</source>
        <translation>Exporter PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="115" />
        <source>Checklist XLSX/CSV…</source>
        <translation>Liste XLSX/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="125" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="149" />
        <source>Open output folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="190" />
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="190" />
        <source>{0} problem(s)</source>
        <translation>{0} problème(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="232" />
        <source>Fields saved.</source>
        <translation>Champs enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="248" />
        <source>Every selected report is ready.</source>
        <translation>Tous les rapports choisis sont prêts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="249" />
        <source>{0} problem(s) stand in the way of a final report.</source>
        <translation>{0} problème(s) empêchent le rapport final.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="257" />
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="299" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="314" />
        <source>Export cancelled; no file was left behind.</source>
        <translation>Export annulé ; aucun fichier n'a été laissé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="334" />
        <location filename="../../ui/views/reports_view.py" line="360" />
        <source>Written: {0}</source>
        <translation>Écrit : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="349" />
        <source>Export the checklist</source>
        <translation>Exporter la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="350" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequirementTreeModel</name>
    <message>
        <location filename="../../ui/models/requirements.py" line="44" />
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="45" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="46" />
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="47" />
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="132" />
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="134" />
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="136" />
        <source>unverified</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../ui/models/checklist.py" line="45" />
        <source>conforms</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="46" />
        <source>minor gap</source>
        <translation>écart mineur</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="47" />
        <source>major gap</source>
        <translation>écart majeur</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="48" />
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="49" />
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="50" />
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="245" />
        <source>Joint visits</source>
        <translation>Visites conjointes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="280" />
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../ui/views/base.py" line="57" />
        <source>Not available in this build: the core's {0} service (jointaudit.services.{0}) has not landed yet.</source>
        <translation>Indisponible dans cette version : le service {0} du noyau (jointaudit.services.{0}) n'est pas encore intégré.</translation>
    </message>
</context>
</TS>