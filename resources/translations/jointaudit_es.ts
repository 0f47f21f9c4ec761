<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="12" />
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
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
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="96" />
        <source>Clauses (every scheme)</source>
        <translation>Cláusulas (todos los esquemas)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="97" />
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="98" />
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="99" />
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="162" />
        <source>The item changed since it was rated: rate it again.</source>
        <translation>El elemento cambió desde que se calificó: califíquelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="183" />
        <source>re-rate</source>
        <translation>recalificar</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="185" />
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="187" />
        <source>{0} evidence</source>
        <translation>{0} evidencia(s)</translation>
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
        <translation>Lista de verificación</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="133" />
        <source>shared with another scheme</source>
        <translation>compartido con otro esquema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="134" />
        <source>asked by this scheme alone</source>
        <translation>exigido solo por este esquema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="135" />
        <source>gap: no requirement on this topic</source>
        <translation>brecha: ningún requisito sobre este tema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="151" />
        <source>{0} · {1}: {2} requirement(s), {3} shared</source>
        <translation>{0} · {1}: {2} requisito(s), {3} compartido(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="154" />
        <source>{0} · {1}: gap, no requirement on this topic</source>
        <translation>{0} · {1}: brecha, ningún requisito sobre este tema</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/views/library_view.py" line="42" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="45" />
        <source>Schemes and their requirements, crosswalks, CBs and auditors</source>
        <translation>Esquemas y sus requisitos, correspondencias, OC y auditores</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="51" />
        <source>Schemes</source>
        <translation>Esquemas</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="69" />
        <source>Import or validate a pack…</source>
        <translation>Importar o validar un paquete…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="83" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="84" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="85" />
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="86" />
        <source>Unverified rules</source>
        <translation>Reglas no verificadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="87" />
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="107" />
        <source>Search clause id, title or topic…</source>
        <translation>Buscar cláusula, título o tema…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="167" />
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="167" />
        <source>unverified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="173" />
        <source>Import a scheme pack</source>
        <translation>Importar un paquete de esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="174" />
        <source>Scheme packs (*.yaml *.yml *.json)</source>
        <translation>Paquetes de esquema (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="179" />
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="189" />
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;About jointaudit</source>
        <translation>&amp;Acerca de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>no workspace</source>
        <translation>sin espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Open or create a workspace (File menu).</source>
        <translation>Abra o cree un espacio de trabajo (menú Archivo).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Workspace: {0}</source>
        <translation>Espacio de trabajo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>{0} — jointaudit</source>
        <translation>{0} — jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>jointaudit workspaces (*{0});;All files (*)</source>
        <translation>Espacios de trabajo jointaudit (*{0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <location filename="../../ui/main_window.py" line="213" />
        <source>jointaudit workspaces (*{0})</source>
        <translation>Espacios de trabajo jointaudit (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>This build has no demo data yet (jointaudit.demo is missing).</source>
        <translation>Esta versión aún no tiene datos de demostración (falta jointaudit.demo).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>About jointaudit</source>
        <translation>Acerca de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Plan joint audits across mining sustainability schemes, merge their checklists, do fieldwork offline, collect approvals and export each scheme's report.&lt;/p&gt;&lt;p&gt;Scheme rules and texts come from packs with their sources; check every rule marked unverified.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Planifique auditorías conjuntas entre esquemas de sostenibilidad minera, combine sus listas de verificación, trabaje en campo sin conexión, reúna aprobaciones y exporte el informe de cada esquema.&lt;/p&gt;&lt;p&gt;Las reglas y textos de los esquemas provienen de paquetes con sus fuentes; revise cada regla marcada como no verificada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan_view.py" line="81" />
        <location filename="../../ui/views/plan_view.py" line="105" />
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="84" />
        <source>Sites, audit windows and the joint visits that cover them</source>
        <translation>Sitios, ventanas de auditoría y las visitas conjuntas que las cubren</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="91" />
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="95" />
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="103" />
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="108" />
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="112" />
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="133" />
        <location filename="../../ui/views/plan_view.py" line="149" />
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="135" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="136" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="137" />
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="138" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="140" />
        <source>Person-days</source>
        <translation>Días-persona</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="142" />
        <source>Separately</source>
        <translation>Por separado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="147" />
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="150" />
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="151" />
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="152" />
        <source>Earliest</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="153" />
        <source>Latest</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="154" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="155" />
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="156" />
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="156" />
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="157" />
        <source>unverified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="158" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="160" />
        <source>Audit windows</source>
        <translation>Ventanas de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="206" />
        <source>&lt;i&gt;Planning…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Planificando…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="222" />
        <source>Whole portfolio</source>
        <translation>Toda la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="241" />
        <source>&lt;i&gt;Open a workspace with sites to plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Abra un espacio de trabajo con sitios para planificar.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="248" />
        <source>&lt;p&gt;{0} joint visit(s) instead of {1} separate; {2:g} auditor-days instead of {3:g}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} visita(s) conjunta(s) en lugar de {1} por separado; {2:g} días-auditor en lugar de {3:g}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="252" />
        <source>Cannot be planned:</source>
        <translation>No se puede planificar:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="258" />
        <source>Approval warnings:</source>
        <translation>Avisos de aprobación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="278" />
        <source>&lt;h3&gt;{0} — visit {1}: {2} to {3}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — visita {1}: del {2} al {3}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="282" />
        <source>&lt;p&gt;{0:g} person-days joint ({1:g} separately), team of {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0:g} días-persona en conjunto ({1:g} por separado), equipo de {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="291" />
        <source>After the move:</source>
        <translation>Después del cambio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="320" />
        <source>moved to {0} by the user</source>
        <translation>movida al {0} por el usuario</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="339" />
        <source>Plan saved (#{0}).</source>
        <translation>Plan guardado (n.º {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="343" />
        <source>Export visits</source>
        <translation>Exportar visitas</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="344" />
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="356" />
        <source>Visits written to {0}</source>
        <translation>Visitas escritas en {0}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="30" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="31" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="33" />
        <source>Field / clause</source>
        <translation>Campo / cláusula</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="34" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="35" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="79" />
        <source>Unexpected error: {0}</source>
        <translation>Error inesperado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="84" />
        <source>Could not complete the operation</source>
        <translation>No se pudo completar la operación</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports_view.py" line="62" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="65" />
        <source>Validate and export each scheme's report, the joint summary, the checklist and the obligations register</source>
        <translation>Validar y exportar el informe de cada esquema, el resumen conjunto, la lista de verificación y el registro de obligaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="79" />
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="81" />
        <source>Scheme report</source>
        <translation>Informe del esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="81" />
        <source>Joint summary</source>
        <translation>Resumen conjunto</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="82" />
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="83" />
        <source>Site obligations register</source>
        <translation>Registro de obligaciones del sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="86" />
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="90" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="91" />
        <source>Draft (watermarked; allowed with open problems)</source>
        <translation>Borrador (con marca de agua; permitido con problemas abiertos)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="94" />
        <source>Schemes:</source>
        <translation>Esquemas:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="100" />
        <source>Free-text fields of the selected scheme's report</source>
        <translation>Campos de texto libre del informe del esquema seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="104" />
        <source>Save fields</source>
        <translation>Guardar campos</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="109" />
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="112" />
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="115" />
        <source>Checklist XLSX/CSV…</source>
        <translation>Lista XLSX/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="125" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="149" />
        <source>Open output folder</source>
        <translation>Abrir carpeta de salida</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="190" />
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="190" />
        <source>{0} problem(s)</source>
        <translation>{0} problema(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="232" />
        <source>Fields saved.</source>
        <translation>Campos guardados.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="248" />
        <source>Every selected report is ready.</source>
        <translation>Todos los informes seleccionados están listos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="249" />
        <source>{0} problem(s) stand in the way of a final report.</source>
        <translation>{0} problema(s) impiden el informe final.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="257" />
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="299" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="314" />
        <source>Export cancelled; no file was left behind.</source>
        <translation>Exportación cancelada; no quedó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="334" />
        <location filename="../../ui/views/reports_view.py" line="360" />
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="349" />
        <source>Export the checklist</source>
        <translation>Exportar la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="350" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequirementTreeModel</name>
    <message>
        <location filename="../../ui/models/requirements.py" line="44" />
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="45" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="46" />
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="47" />
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="132" />
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="134" />
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="136" />
        <source>unverified</source>
        <translation>no verificada</translation>
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
        <translation>brecha menor</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="47" />
        <source>major gap</source>
        <translation>brecha mayor</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="48" />
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="49" />
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="50" />
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="245" />
        <source>Joint visits</source>
        <translation>Visitas conjuntas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="280" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../ui/views/base.py" line="57" />
        <source>Not available in this build: the core's {0} service (jointaudit.services.{0}) has not landed yet.</source>
        <translation>No disponible en esta versión: el servicio {0} del núcleo (jointaudit.services.{0}) aún no está incluido.</translation>
    </message>
</context>
</TS>