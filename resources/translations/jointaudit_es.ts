<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="79"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="82"/>
        <source>Template approvals by scheme staff, trusted keys, exchange bundles</source>
        <translation>Aprobaciones de plantilla por el personal de los esquemas, claves de confianza, paquetes de intercambio</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="91"/>
        <source>Template approvals</source>
        <translation>Aprobaciones de plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="93"/>
        <source>Review item by item</source>
        <translation>Revisión punto por punto</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="95"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="96"/>
        <source>Exchange bundles</source>
        <translation>Paquetes de intercambio</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="103"/>
        <source>Joint template:</source>
        <translation>Plantilla conjunta:</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="109"/>
        <source>Sign for the selected scheme…</source>
        <translation>Firmar para el esquema seleccionado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="115"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="116"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="117"/>
        <source>Required</source>
        <translation>Requerida</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="117"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="118"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="119"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="120"/>
        <source>Signed at</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="122"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="216"/>
        <source>Changes requested by {0}:</source>
        <translation>Cambios solicitados por {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="224"/>
        <source>Changed since the request:</source>
        <translation>Cambiado desde la solicitud:</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="225"/>
        <source>Changed since the approval:</source>
        <translation>Cambiado desde la aprobación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="229"/>
        <source>&lt;p&gt;Template content hash {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Huella del contenido de la plantilla {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="241"/>
        <source>Sign the template</source>
        <translation>Firmar la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="242"/>
        <source>Passphrase of your signing key:</source>
        <translation>Frase de paso de su clave de firma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="252"/>
        <source>You have no signing key yet: create one in Trusted keys.</source>
        <translation>Aún no tiene clave de firma: cree una en Claves de confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="255"/>
        <source>Your key ({0}) is not trusted in this workspace: the approval will show as untrusted.</source>
        <translation>Su clave ({0}) no es de confianza en este espacio de trabajo: la aprobación aparecerá como sin confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="258"/>
        <source>Your key ({0}) is trusted for {1} only, not for {2}: the approval will show as untrusted.</source>
        <translation>Su clave ({0}) es de confianza solo para {1}, no para {2}: la aprobación aparecerá como sin confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="271"/>
        <source>Sign anyway?</source>
        <translation>¿Firmar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="274"/>
        <source>Sign anyway</source>
        <translation>Firmar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="298"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="299"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="300"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="301"/>
        <source>May approve for</source>
        <translation>Puede aprobar para</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="302"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="310"/>
        <source>Trust a public key file…</source>
        <translation>Confiar en un archivo de clave pública…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="313"/>
        <source>Stop trusting the selected key</source>
        <translation>Dejar de confiar en la clave seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="326"/>
        <source>Create your signing key…</source>
        <translation>Crear su clave de firma…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="329"/>
        <source>Export your public key…</source>
        <translation>Exportar su clave pública…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="335"/>
        <source>Import your key from another computer…</source>
        <translation>Importar su clave desde otro equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="338"/>
        <source>Export your key for another computer…</source>
        <translation>Exportar su clave para otro equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="367"/>
        <source>You have no signing key on this computer yet.</source>
        <translation>Aún no tiene clave de firma en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="370"/>
        <source>Your signing key: &lt;b&gt;{0}&lt;/b&gt;, signs for {1} — fingerprint &lt;tt&gt;{2}&lt;/tt&gt;</source>
        <translation>Su clave de firma: &lt;b&gt;{0}&lt;/b&gt;, firma por {1} — huella &lt;tt&gt;{2}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="379"/>
        <location filename="../../ui/views/approvals_view.py" line="444"/>
        <source>Replace your key?</source>
        <translation>¿Reemplazar su clave?</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="380"/>
        <source>You already have a signing key. A new one replaces it: approvals signed with the old one stay valid, but you can no longer sign with it.</source>
        <translation>Ya tiene una clave de firma. Una nueva la reemplaza: las aprobaciones firmadas con la anterior siguen siendo válidas, pero ya no podrá firmar con ella.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="406"/>
        <source>Export your public key</source>
        <translation>Exportar su clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="408"/>
        <source>Public keys (*.jakey)</source>
        <translation>Claves públicas (*.jakey)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="417"/>
        <source>Your public key was written to {0}; send it to the workspace&apos;s owner with its fingerprint.</source>
        <translation>Su clave pública se escribió en {0}; envíela al responsable del espacio de trabajo con su huella.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="424"/>
        <source>Your key from another computer</source>
        <translation>Su clave desde otro equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="425"/>
        <source>Exported keys (*.jaidentity);;All files (*)</source>
        <translation>Claves exportadas (*.jaidentity);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="445"/>
        <source>This computer already has a signing key ({0}). The imported one replaces it: approvals signed with the old one stay valid, but you can no longer sign with it.</source>
        <translation>Este equipo ya tiene una clave de firma ({0}). La importada la reemplaza: las aprobaciones firmadas con la anterior siguen siendo válidas, pero ya no podrá firmar con ella.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="468"/>
        <source>Export your key</source>
        <translation>Exportar su clave</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="469"/>
        <source>Your key&apos;s passphrase (the file stays encrypted with it):</source>
        <translation>Frase de paso de su clave (el archivo sigue cifrado con ella):</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="474"/>
        <source>Export your key for another computer</source>
        <translation>Exportar su clave para otro equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="476"/>
        <source>Exported keys (*.jaidentity)</source>
        <translation>Claves exportadas (*.jaidentity)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="488"/>
        <source>Your key was written to {0}, encrypted with its passphrase. Keep the file as safe as the passphrase.</source>
        <translation>Su clave se escribió en {0}, cifrada con su frase de paso. Guarde el archivo con el mismo cuidado que la frase de paso.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="498"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="500"/>
        <source>Public keys (*.jakey);;All files (*)</source>
        <translation>Claves públicas (*.jakey);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="539"/>
        <source>Export a bundle of the selected template…</source>
        <translation>Exportar un paquete de la plantilla seleccionada…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="542"/>
        <source>Verify and preview a bundle…</source>
        <translation>Verificar y previsualizar un paquete…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="545"/>
        <source>Import with these choices</source>
        <translation>Importar con estas opciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="554"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="555"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="556"/>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="557"/>
        <source>Theirs</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="558"/>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="578"/>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="583"/>
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="589"/>
        <source>Bundle to import</source>
        <translation>Paquete a importar</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="609"/>
        <source>&lt;p&gt;Creates {0}, updates {1}, {2} unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Crea {0}, actualiza {1}, {2} sin cambios.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="639"/>
        <source>Signed by {0}, a key this workspace does not trust (fingerprint {1}).</source>
        <translation>Firmado por {0}, una clave en la que este espacio de trabajo no confía (huella {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="642"/>
        <source>This bundle is not signed: nothing shows who made it.</source>
        <translation>Este paquete no está firmado: nada muestra quién lo hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="656"/>
        <source>Import an unverified bundle?</source>
        <translation>¿Importar un paquete no verificado?</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="658"/>
        <source>Import it only if you know where it comes from (compare the fingerprint with the sender, by phone for example). What it brings is marked in the audit trail as coming from an unverified bundle.</source>
        <translation>Impórtelo solo si sabe de dónde viene (compare la huella con el remitente, por teléfono por ejemplo). Lo que aporte quedará marcado en el registro de auditoría como procedente de un paquete no verificado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="664"/>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="675"/>
        <source>Imported {0}; what it brought is marked as from an unverified bundle</source>
        <translation>{0} importado; lo que aportó queda marcado como procedente de un paquete no verificado</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="677"/>
        <source>Imported {0}</source>
        <translation>Importado {0}</translation>
    </message>
</context>
<context>
    <name>BoundedSpinBox</name>
    <message>
        <location filename="../../ui/widgets/bounded.py" line="57"/>
        <source>{0} is outside {1}–{2}: set to {3}.</source>
        <translation>{0} está fuera de {1}–{2}: se puso {3}.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist.py" line="97"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="98"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="99"/>
        <source>Clauses (every scheme)</source>
        <translation>Cláusulas (todos los esquemas)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="100"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="101"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="102"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="165"/>
        <source>The item changed since it was rated: rate it again.</source>
        <translation>El elemento cambió desde que se calificó: califíquelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="196"/>
        <source>re-rate</source>
        <translation>recalificar</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="198"/>
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="200"/>
        <source>{0} evidence</source>
        <translation>{0} evidencia(s)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="203"/>
        <source>{0} CAP</source>
        <translation>{0} PAC</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="88"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="91"/>
        <source>Joint template, coverage map and fieldwork</source>
        <translation>Plantilla conjunta, mapa de cobertura y trabajo de campo</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="99"/>
        <source>Fieldwork</source>
        <translation>Trabajo de campo</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="100"/>
        <location filename="../../ui/views/checklist_view.py" line="1015"/>
        <location filename="../../ui/views/checklist_view.py" line="1036"/>
        <source>Joint template</source>
        <translation>Plantilla conjunta</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="105"/>
        <source>Coverage map</source>
        <translation>Mapa de cobertura</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="116"/>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="122"/>
        <source>Merge its schemes…</source>
        <translation>Fusionar sus esquemas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="125"/>
        <source>Merge a joint checklist of exactly this visit&apos;s schemes</source>
        <translation>Fusionar una lista conjunta con exactamente los esquemas de esta visita</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="131"/>
        <source>Search items, clause ids, observations…</source>
        <translation>Buscar elementos, cláusulas, observaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="139"/>
        <source>Any rating</source>
        <translation>Cualquier calificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="146"/>
        <source>Unrated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="147"/>
        <source>Needs re-rating</source>
        <translation>Requiere recalificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="216"/>
        <source>Rating:</source>
        <translation>Calificación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="228"/>
        <source>Keys in the list: {0}</source>
        <translation>Teclas en la lista: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="235"/>
        <location filename="../../ui/views/checklist_view.py" line="309"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="236"/>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="237"/>
        <source>Scheme&apos;s rating</source>
        <translation>Calificación del esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="239"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="249"/>
        <source>Override for the selected scheme:</source>
        <translation>Corregir para el esquema seleccionado:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="258"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="264"/>
        <source>Observation:</source>
        <translation>Observación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="270"/>
        <source>Confidential (kept out of public reports)</source>
        <translation>Confidencial (fuera de los informes públicos)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="274"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="282"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="284"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="286"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="298"/>
        <source>Effective from:</source>
        <translation>Vigente desde:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="299"/>
        <source>Expires on:</source>
        <translation>Vence el:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="301"/>
        <source>Attach a file…</source>
        <translation>Adjuntar un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="306"/>
        <source>Corrective actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="310"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="311"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="313"/>
        <source>Plan due</source>
        <translation>Plan antes de</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="314"/>
        <source>Close due</source>
        <translation>Cierre antes de</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="325"/>
        <source>Raise actions for gaps</source>
        <translation>Abrir acciones para las brechas</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="334"/>
        <source>Move to this status</source>
        <translation>Pasar a este estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="345"/>
        <source>What the site will do</source>
        <translation>Lo que hará el sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="346"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="351"/>
        <source>A person at the site</source>
        <translation>Una persona del sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="353"/>
        <source>Who at the site carries the action out. Type a name or role, or pick one already named at this site.</source>
        <translation>Quién en el sitio lleva a cabo la acción. Escriba un nombre o un cargo, o elija uno ya indicado en este sitio.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="355"/>
        <source>Owner at the site:</source>
        <translation>Responsable en el sitio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="360"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="362"/>
        <source>The same for every scheme of this item</source>
        <translation>Igual para todos los esquemas de este elemento</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="365"/>
        <source>Save the action</source>
        <translation>Guardar la acción</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="373"/>
        <source>Next item</source>
        <translation>Elemento siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="377"/>
        <source>Previous item</source>
        <translation>Elemento anterior</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="463"/>
        <source>{0} — no checklist yet</source>
        <translation>{0} — aún sin lista</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="472"/>
        <source>No visit yet: plan and save a visit, then merge its schemes in the Joint template tab.</source>
        <translation>Aún no hay visitas: planifique y guarde una visita, luego combine sus esquemas en la pestaña Plantilla conjunta.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="135"/>
        <location filename="../../ui/views/checklist_view.py" line="398"/>
        <location filename="../../ui/views/checklist_view.py" line="502"/>
        <source>Any topic</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="137"/>
        <location filename="../../ui/views/checklist_view.py" line="399"/>
        <location filename="../../ui/views/checklist_view.py" line="503"/>
        <source>Any scheme</source>
        <translation>Cualquier esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="491"/>
        <source>This visit has no checklist yet: “Merge its schemes…” ticks exactly its schemes; then “Merge and use”.</source>
        <translation>Esta visita aún no tiene lista: «Fusionar sus esquemas…» marca exactamente sus esquemas; luego «Fusionar y usar».</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="544"/>
        <source>{0} of {1} items shown · {2} unrated · {3} to re-rate</source>
        <translation>{0} de {1} elementos mostrados · {2} sin calificar · {3} por recalificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="590"/>
        <source>Needs re-rating: {0}</source>
        <translation>Requiere recalificar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="597"/>
        <source>Official text from {0}</source>
        <translation>Texto oficial de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="649"/>
        <source>rate {0} as {1}</source>
        <translation>calificar {0} como {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="710"/>
        <source>Kept the saved version of {0}; yours was not saved. Your observation is on the clipboard: {1}</source>
        <translation>Se conservó la versión guardada de {0}; la suya no se guardó. Su observación está en el portapapeles: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="716"/>
        <source>keep mine on {0}</source>
        <translation>conservar la mía en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="717"/>
        <source>keep both on {0}</source>
        <translation>conservar ambas en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="739"/>
        <source>override {0} for {1}</source>
        <translation>corregir {0} para {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="757"/>
        <source>observation on {0}</source>
        <translation>observación sobre {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="765"/>
        <source>Attach evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="810"/>
        <source>No program on this computer opens {0}; it is saved as {1}.</source>
        <translation>Ningún programa de este equipo abre {0}; está guardado como {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="817"/>
        <source>Remove the file?</source>
        <translation>¿Quitar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="818"/>
        <source>Remove “{0}” from this item? The file is taken out of the workspace.</source>
        <translation>¿Quitar «{0}» de este elemento? El archivo se retira del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="821"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="902"/>
        <source>Scheme versions to merge:</source>
        <translation>Versiones de esquema a combinar:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="908"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="910"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="915"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="916"/>
        <source>Schemes</source>
        <translation>Esquemas</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="917"/>
        <source>Joint items</source>
        <translation>Elementos conjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="918"/>
        <source>Merged</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="928"/>
        <source>Use the selected template for the plan of visit:</source>
        <translation>Usar la plantilla seleccionada para el plan de la visita:</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="931"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="935"/>
        <location filename="../../ui/views/checklist_view.py" line="1025"/>
        <source>Merge and use for the visit</source>
        <translation>Fusionar y usar para la visita</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="953"/>
        <location filename="../../ui/views/checklist_view.py" line="1021"/>
        <source>{0} now uses {1}.</source>
        <translation>{0} ahora usa {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="1000"/>
        <source>Merge and use for {0}</source>
        <translation>Fusionar y usar para {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="1004"/>
        <source>Ticked the schemes this visit audits: {0}.</source>
        <translation>Marcados los esquemas que audita esta visita: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="1016"/>
        <location filename="../../ui/views/checklist_view.py" line="1037"/>
        <source>Merging {0}…</source>
        <translation>Combinando {0}…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/server_login.py" line="94"/>
        <source>Connect to server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="99"/>
        <source>Keep the password in the system keyring</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="104"/>
        <source>No system keyring is available; use ~/.pgpass or type the password each time</source>
        <translation>No hay llavero del sistema; use ~/.pgpass o escriba la contraseña cada vez</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="107"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="108"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="130"/>
        <source>The address starts with postgresql://</source>
        <translation>La dirección empieza por postgresql://</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/widgets/bounded.py" line="96"/>
        <source>{0} (not an ISO country code: pick the country)</source>
        <translation>{0} (no es un código de país ISO: elija el país)</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="133"/>
        <source>shared with another scheme</source>
        <translation>compartido con otro esquema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="134"/>
        <source>asked by this scheme alone</source>
        <translation>exigido solo por este esquema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="135"/>
        <source>gap: no requirement on this topic</source>
        <translation>brecha: ningún requisito sobre este tema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="151"/>
        <source>{0} · {1}: {2} requirement(s), {3} shared</source>
        <translation>{0} · {1}: {2} requisito(s), {3} compartido(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="154"/>
        <source>{0} · {1}: gap, no requirement on this topic</source>
        <translation>{0} · {1}: brecha, ningún requisito sobre este tema</translation>
    </message>
</context>
<context>
    <name>CrosswalkEditor</name>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="93"/>
        <source>Crosswalks</source>
        <translation>Correspondencias</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="99"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="101"/>
        <source>To:</source>
        <translation>Hacia:</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="103"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="105"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="133"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="134"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="135"/>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="136"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="137"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="138"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="151"/>
        <source>Relationship:</source>
        <translation>Relación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="153"/>
        <source>Rationale:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="155"/>
        <source>Strength (0–10):</source>
        <translation>Fuerza (0–10):</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="157"/>
        <source>Shared part (intersects):</source>
        <translation>Parte compartida (intersección):</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="160"/>
        <source>Save link</source>
        <translation>Guardar vínculo</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="163"/>
        <source>Link the two selected clauses</source>
        <translation>Vincular las dos cláusulas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="166"/>
        <source>Delete link</source>
        <translation>Eliminar vínculo</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="170"/>
        <source>Suggestions for the selected clause (score 0–100):</source>
        <translation>Sugerencias para la cláusula seleccionada (puntuación 0–100):</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="172"/>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="173"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="174"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="186"/>
        <source>Accept suggestion</source>
        <translation>Aceptar sugerencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="188"/>
        <source>Reject suggestion</source>
        <translation>Rechazar sugerencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="193"/>
        <source>Consistency warnings:</source>
        <translation>Avisos de coherencia:</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="273"/>
        <source>edit link</source>
        <translation>editar vínculo</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="280"/>
        <source>delete link</source>
        <translation>eliminar vínculo</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="295"/>
        <source>add link</source>
        <translation>añadir vínculo</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../ui/widgets/evidence_preview.py" line="27"/>
        <source>Evidence: {0}</source>
        <translation>Evidencia: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_preview.py" line="59"/>
        <source>{0} ({1}) cannot be shown here; open it with the program your computer uses for it.</source>
        <translation>{0} ({1}) no se puede mostrar aquí; ábralo con el programa que su equipo usa para ello.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_preview.py" line="65"/>
        <source>Open with the system&apos;s viewer</source>
        <translation>Abrir con el visor del sistema</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/help.py" line="102"/>
        <source>Getting started with jointaudit</source>
        <translation>Primeros pasos con jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="105"/>
        <source>&lt;h2&gt;Welcome to jointaudit&lt;/h2&gt;&lt;p&gt;The app opens a demo workspace the first time: four mine and refinery sites, their schemes and their past audits, to try everything on. What to do first depends on who you are:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a jointaudit&lt;/h2&gt;&lt;p&gt;La primera vez, la aplicación abre un espacio de trabajo de demostración: cuatro minas y refinerías, sus esquemas y sus auditorías pasadas, para probarlo todo. Lo primero que hacer depende de quién sea usted:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="118"/>
        <source>Open the guide for {0}</source>
        <translation>Abrir la guía para {0}</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="128"/>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="137"/>
        <source>Auditors</source>
        <translation>Auditores</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="138"/>
        <source>&lt;ol&gt;&lt;li&gt;In &lt;b&gt;Plan&lt;/b&gt;, pick a site (or the whole portfolio) and press &lt;b&gt;Plan&lt;/b&gt;: the audits of its schemes due in the horizon become joint visits.&lt;/li&gt;&lt;li&gt;Check the warnings on the right, then &lt;b&gt;Save plan&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Checklist&lt;/b&gt;, pick the visit: its schemes are already ticked; &lt;b&gt;Merge&lt;/b&gt; and &lt;b&gt;Use&lt;/b&gt; give the one checklist you rate in the field (keys 1–4 and 0 rate the selected item).&lt;/li&gt;&lt;li&gt;Export each scheme&apos;s report from &lt;b&gt;Reports&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En &lt;b&gt;Planificar&lt;/b&gt;, elija un sitio (o toda la cartera) y pulse &lt;b&gt;Planificar&lt;/b&gt;: las auditorías de sus esquemas que vencen en el horizonte se convierten en visitas conjuntas.&lt;/li&gt;&lt;li&gt;Revise los avisos de la derecha y pulse &lt;b&gt;Guardar plan&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;En &lt;b&gt;Lista de verificación&lt;/b&gt;, elija la visita: sus esquemas ya están marcados; &lt;b&gt;Combinar&lt;/b&gt; y &lt;b&gt;Usar&lt;/b&gt; dan la única lista que califica en campo (las teclas 1–4 y 0 califican el elemento seleccionado).&lt;/li&gt;&lt;li&gt;Exporte el informe de cada esquema desde &lt;b&gt;Informes&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="145"/>
        <source>Mine sites</source>
        <translation>Sitios mineros</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="146"/>
        <source>&lt;ol&gt;&lt;li&gt;Open the workspace your auditor or scheme sent you (File → Open workspace).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Site&lt;/b&gt;, pick your site: your combined obligations, the audits and desk deliverables that fall due, and the open findings with each scheme&apos;s corrective-action deadline.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; or export the register as a PDF for your team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Abra el espacio de trabajo que le envió su auditor o su esquema (Archivo → Abrir espacio de trabajo).&lt;/li&gt;&lt;li&gt;En &lt;b&gt;Sitio&lt;/b&gt;, elija su sitio: sus obligaciones combinadas, las auditorías y entregables documentales que vencen, y los hallazgos abiertos con el plazo de acción correctiva de cada esquema.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Imprima&lt;/b&gt; o exporte el registro en PDF para su equipo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="151"/>
        <source>Scheme staff</source>
        <translation>Personal de los esquemas</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="152"/>
        <source>&lt;ol&gt;&lt;li&gt;In &lt;b&gt;Approvals → Trusted keys&lt;/b&gt;, create your signing key, or import the one your scheme gave you.&lt;/li&gt;&lt;li&gt;Trust the keys of the other schemes&apos; staff by checking their fingerprint and the scheme they sign for.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Template approvals&lt;/b&gt;, review the joint template clause by clause and sign for your scheme, or request changes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En &lt;b&gt;Aprobaciones → Claves de confianza&lt;/b&gt;, cree su clave de firma o importe la que le dio su esquema.&lt;/li&gt;&lt;li&gt;Confíe en las claves del personal de los demás esquemas comprobando su huella y el esquema para el que firman.&lt;/li&gt;&lt;li&gt;En &lt;b&gt;Aprobaciones de plantilla&lt;/b&gt;, revise la plantilla conjunta cláusula por cláusula y firme por su esquema, o pida cambios.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/help.py" line="43"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="44"/>
        <source>Forward →</source>
        <translation>Adelante →</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="72"/>
        <source>The guide {0} is missing from this build (looked in {1}).</source>
        <translation>La guía {0} falta en esta compilación (se buscó en {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="74"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="83"/>
        <source>{0} — user guide</source>
        <translation>{0} — guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="87"/>
        <source>The guides are written in English.</source>
        <translation>Las guías están escritas en inglés.</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="170"/>
        <source>Import your signing key</source>
        <translation>Importar su clave de firma</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="174"/>
        <source>Key file: {0}</source>
        <translation>Archivo de clave: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="180"/>
        <source>Its passphrase:</source>
        <translation>Su frase de paso:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="188"/>
        <source>Import this key</source>
        <translation>Importar esta clave</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="203"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>No se puede importar {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="24"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="25"/>
        <source>mine site</source>
        <translation>sitio minero</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="26"/>
        <source>scheme staff</source>
        <translation>personal del esquema</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/views/library_view.py" line="41"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="44"/>
        <source>Schemes and their requirements, crosswalks, CBs and auditors</source>
        <translation>Esquemas y sus requisitos, correspondencias, OC y auditores</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="50"/>
        <source>Schemes</source>
        <translation>Esquemas</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="68"/>
        <source>Import or validate a pack…</source>
        <translation>Importar o validar un paquete…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="71"/>
        <source>Import official text overlay…</source>
        <translation>Importar textos oficiales…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="73"/>
        <source>Add the scheme&apos;s official requirement texts (which we may not ship) to the selected version from a file you hold a licence for.</source>
        <translation>Añada los textos oficiales de los requisitos del esquema (que no podemos distribuir) a la versión seleccionada desde un archivo para el que tenga licencia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="88"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="89"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="90"/>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="91"/>
        <source>Unverified rules</source>
        <translation>Reglas no verificadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="92"/>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="112"/>
        <source>Search clause id, title or topic…</source>
        <translation>Buscar cláusula, título o tema…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="177"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="177"/>
        <source>unverified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="185"/>
        <source>Import a scheme pack</source>
        <translation>Importar un paquete de esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="186"/>
        <source>Scheme packs (*.yaml *.yml *.json)</source>
        <translation>Paquetes de esquema (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="191"/>
        <location filename="../../ui/views/library_view.py" line="223"/>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="201"/>
        <location filename="../../ui/views/library_view.py" line="236"/>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="215"/>
        <source>Text overlay for {0}</source>
        <translation>Textos oficiales para {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="216"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tablas (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="229"/>
        <source>{0}: {1} requirement text(s) updated.</source>
        <translation>{0}: {1} texto(s) de requisito actualizado(s).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Guide for &amp;auditors</source>
        <translation>Guía para &amp;auditores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Guide for &amp;mine sites</source>
        <translation>Guía para &amp;sitios mineros</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Guide for &amp;scheme staff</source>
        <translation>Guía para el &amp;personal de los esquemas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;About jointaudit</source>
        <translation>&amp;Acerca de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>no workspace</source>
        <translation>sin espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Open or create a workspace (File menu).</source>
        <translation>Abra o cree un espacio de trabajo (menú Archivo).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Workspace: {0}</source>
        <translation>Espacio de trabajo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>{0} — {1} — jointaudit</source>
        <translation>{0} — {1} — jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>{0} — jointaudit</source>
        <translation>{0} — jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>jointaudit workspaces (*{0})</source>
        <translation>Espacios de trabajo jointaudit (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>This build has no demo data yet (jointaudit.demo is missing).</source>
        <translation>Esta versión aún no tiene datos de demostración (falta jointaudit.demo).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>About jointaudit</source>
        <translation>Acerca de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Plan joint audits across mining sustainability schemes, merge their checklists, do fieldwork offline, collect approvals and export each scheme&apos;s report.&lt;/p&gt;&lt;p&gt;Scheme rules and texts come from packs with their sources; check every rule marked unverified.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Planifique auditorías conjuntas entre esquemas de sostenibilidad minera, combine sus listas de verificación, trabaje en campo sin conexión, reúna aprobaciones y exporte el informe de cada esquema.&lt;/p&gt;&lt;p&gt;Las reglas y textos de los esquemas provienen de paquetes con sus fuentes; revise cada regla marcada como no verificada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="55"/>
        <source>Create your signing key</source>
        <translation>Crear su clave de firma</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="71"/>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="72"/>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="73"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="74"/>
        <source>You sign for:</source>
        <translation>Firma por:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="75"/>
        <source>Passphrase (8 characters or more):</source>
        <translation>Frase de contraseña (8 caracteres o más):</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="76"/>
        <source>Passphrase again:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="90"/>
        <source>Give your name: it is shown with every approval you sign.</source>
        <translation>Indique su nombre: se muestra con cada aprobación que firme.</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="92"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="94"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <location filename="../../ui/open_dialog.py" line="29"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="33"/>
        <source>jointaudit workspaces (*{0})</source>
        <translation>Espacios de trabajo de jointaudit (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="34"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="39"/>
        <source>Connect to server…</source>
        <translation>Conectar a un servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="42"/>
        <source>Open a team workspace on a PostgreSQL server instead of a file</source>
        <translation>Abrir un espacio de trabajo de equipo en un servidor PostgreSQL en lugar de un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="44"/>
        <source>A team workspace on a server?</source>
        <translation>¿Un espacio de trabajo de equipo en un servidor?</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan_view.py" line="87"/>
        <source>visit {0}</source>
        <translation>visita {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="102"/>
        <location filename="../../ui/views/plan_view.py" line="126"/>
        <location filename="../../ui/views/plan_view.py" line="214"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="105"/>
        <source>Sites, audit windows and the joint visits that cover them</source>
        <translation>Sitios, ventanas de auditoría y las visitas conjuntas que las cubren</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="112"/>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="116"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="124"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="129"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="135"/>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="139"/>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="160"/>
        <location filename="../../ui/views/plan_view.py" line="176"/>
        <location filename="../../ui/views/plan_view.py" line="215"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="162"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="163"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="164"/>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="165"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="167"/>
        <source>Person-days</source>
        <translation>Días-persona</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="169"/>
        <source>Separately</source>
        <translation>Por separado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="174"/>
        <location filename="../../ui/views/plan_view.py" line="219"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="177"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="178"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="180"/>
        <source>Earliest</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="181"/>
        <source>Latest</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="182"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="183"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="184"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="184"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="185"/>
        <source>unverified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="186"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="188"/>
        <source>Audit windows</source>
        <translation>Ventanas de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="189"/>
        <source>Saved plans</source>
        <translation>Planes guardados</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="216"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="217"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="217"/>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="218"/>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="220"/>
        <source>Fieldwork</source>
        <translation>Trabajo de campo</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="226"/>
        <source>Compare with the plan shown</source>
        <translation>Comparar con el plan mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="228"/>
        <source>Make current</source>
        <translation>Hacer vigente</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="230"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="317"/>
        <source>&lt;i&gt;Planning…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Planificando…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="336"/>
        <source>&lt;i&gt;Planning cancelled.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Planificación cancelada.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="354"/>
        <source>Whole portfolio</source>
        <translation>Toda la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="379"/>
        <source>&lt;i&gt;Open a workspace with sites to plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Abra un espacio de trabajo con sitios para planificar.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="386"/>
        <source>&lt;p&gt;{0} joint visit(s) instead of {1} separate; {2:g} auditor-days instead of {3:g}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} visita(s) conjunta(s) en lugar de {1} por separado; {2:g} días-auditor en lugar de {3:g}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="390"/>
        <source>Cannot be planned:</source>
        <translation>No se puede planificar:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="396"/>
        <source>Approval warnings:</source>
        <translation>Avisos de aprobación:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="416"/>
        <source>&lt;h3&gt;{0} — visit {1}: {2} to {3}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — visita {1}: del {2} al {3}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="422"/>
        <source>&lt;p&gt;{0:g} person-days joint ({1:g} separately), team of {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0:g} días-persona en conjunto ({1:g} por separado), equipo de {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="435"/>
        <source>After the move:</source>
        <translation>Después del cambio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="437"/>
        <source>Visits after it:</source>
        <translation>Visitas posteriores:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="443"/>
        <source>No visit follows it.</source>
        <translation>No le sigue ninguna visita.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="445"/>
        <source>Windows that moved with it:</source>
        <translation>Ventanas que se desplazaron con ella:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="446"/>
        <source>{0}: now {1} to {2} (was {3} to {4})</source>
        <translation>{0}: ahora del {1} al {2} (antes del {3} al {4})</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="451"/>
        <source>Cannot be planned after the move:</source>
        <translation>No se puede planificar tras el cambio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="458"/>
        <source>No longer covered by this visit (re-planned above):</source>
        <translation>Esta visita ya no las cubre (replanificadas arriba):</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="467"/>
        <source>Visit {0}: {1} to {2} (was {3} to {4})</source>
        <translation>Visita {0}: del {1} al {2} (antes del {3} al {4})</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="470"/>
        <source>Visit {0}: {1} to {2} (new visit)</source>
        <translation>Visita {0}: del {1} al {2} (visita nueva)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="473"/>
        <source>The visit of {0} to {1} is no longer needed</source>
        <translation>La visita del {0} al {1} ya no es necesaria</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="475"/>
        <source>Visit {0}: {1} to {2} (unchanged)</source>
        <translation>Visita {0}: del {1} al {2} (sin cambios)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="499"/>
        <source>move visit {0} of {1} to {2}</source>
        <translation>mover la visita {0} de {1} al {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="517"/>
        <source>moved to {0} by the user</source>
        <translation>movida al {0} por el usuario</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="556"/>
        <source>This plan leaves {0} audit(s) without a visit:</source>
        <translation>Este plan deja {0} auditoría(s) sin visita:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="561"/>
        <source>It replaces the current plan “{0}”, whose visits hold {1} fieldwork record(s); they stay under that plan.</source>
        <translation>Sustituye al plan vigente «{0}», cuyas visitas tienen {1} registro(s) de trabajo de campo; estos se quedan en ese plan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="567"/>
        <source>Save this plan?</source>
        <translation>¿Guardar este plan?</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="571"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="580"/>
        <source>Plan saved (#{0}); it is now the current plan of {1}.</source>
        <translation>Plan guardado (n.º {0}); ahora es el plan vigente de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="594"/>
        <source>&lt;p&gt;Plan {0} first to compare with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planifique primero {0} para compararlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="602"/>
        <source>same dates</source>
        <translation>mismas fechas</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="602"/>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="603"/>
        <source>only in the saved plan</source>
        <translation>solo en el plan guardado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="604"/>
        <source>only in the plan shown</source>
        <translation>solo en el plan mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="611"/>
        <source>&lt;h3&gt;“{0}” against the plan shown&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;«{0}» frente al plan mostrado&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Saved plan</source>
        <translation>Plan guardado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Plan shown</source>
        <translation>Plan mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="621"/>
        <source>“{0}” is now the current plan of {1}.</source>
        <translation>«{0}» es ahora el plan vigente de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="629"/>
        <source>Delete the plan?</source>
        <translation>¿Eliminar el plan?</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="630"/>
        <source>Delete the saved plan “{0}” with its {1} visit(s)?</source>
        <translation>¿Eliminar el plan guardado «{0}» con sus {1} visita(s)?</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="634"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="642"/>
        <source>Plan “{0}” deleted.</source>
        <translation>Plan «{0}» eliminado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="648"/>
        <source>Export visits</source>
        <translation>Exportar visitas</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="649"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="661"/>
        <source>Visits written to {0}</source>
        <translation>Visitas escritas en {0}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="29"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="30"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="32"/>
        <source>Field / clause</source>
        <translation>Campo / cláusula</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="33"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="34"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="78"/>
        <source>Unexpected error: {0}</source>
        <translation>Error inesperado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="83"/>
        <source>Could not complete the operation</source>
        <translation>No se pudo completar la operación</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../ui/views/record_form.py" line="41"/>
        <source>small</source>
        <translation>pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="41"/>
        <source>medium</source>
        <translation>mediano</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="42"/>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="42"/>
        <source>— not stated</source>
        <translation>— sin indicar</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="43"/>
        <source>artisanal and small-scale (ASM)</source>
        <translation>artesanal y de pequeña escala (MAPE)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="44"/>
        <source>large-scale (LSM)</source>
        <translation>a gran escala</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="44"/>
        <source>mine</source>
        <translation>mina</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="45"/>
        <source>cooperative</source>
        <translation>cooperativa</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="46"/>
        <source>refinery</source>
        <translation>refinería</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="46"/>
        <source>smelter</source>
        <translation>fundición</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="47"/>
        <source>trader</source>
        <translation>comerciante</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="48"/>
        <source>manufacturer</source>
        <translation>fabricante</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="49"/>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="62"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="63"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="63"/>
        <source>Commodity</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="64"/>
        <source>Site type</source>
        <translation>Tipo de sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="64"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="65"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="65"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="66"/>
        <source>Applicability tags</source>
        <translation>Etiquetas de aplicabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="67"/>
        <source>Max. visit days</source>
        <translation>Días máx. de visita</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="68"/>
        <source>Financial year end</source>
        <translation>Cierre del ejercicio</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="69"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="69"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="70"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="70"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="71"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="71"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="72"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="72"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="73"/>
        <source>Scheme version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="74"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="74"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="75"/>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="76"/>
        <source>Issued on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="77"/>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="78"/>
        <source>Open minor NCs</source>
        <translation>NC menores abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="79"/>
        <source>Open major NCs</source>
        <translation>NC mayores abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="80"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="81"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="82"/>
        <source>Decision date</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="83"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="83"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="85"/>
        <source>Valid to</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="85"/>
        <source>Minor NCs</source>
        <translation>NC menores</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="86"/>
        <source>Major NCs</source>
        <translation>NC mayores</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="87"/>
        <source>Critical NCs</source>
        <translation>NC críticas</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="88"/>
        <source>Mid-term audit required</source>
        <translation>Auditoría intermedia obligatoria</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="89"/>
        <source>CB</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="89"/>
        <source>Lead auditor</source>
        <translation>Auditor líder</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="90"/>
        <source>Commodities</source>
        <translation>Minerales</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="90"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="91"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="91"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="92"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="92"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="107"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/views/record_form.py" line="123"/>
        <source>Edit record</source>
        <translation>Editar registro</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="123"/>
        <source>Add record</source>
        <translation>Añadir registro</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="154"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="164"/>
        <source>{0}: “{1}” is not a country; pick one from the list.</source>
        <translation>{0}: «{1}» no es un país; elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="179"/>
        <source>{0} (not a known value)</source>
        <translation>{0} (valor desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="217"/>
        <source>comma-separated, e.g. en, fr</source>
        <translation>separados por comas, p. ej. en, fr</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/views/records_editor.py" line="43"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="43"/>
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="44"/>
        <source>Blackout periods</source>
        <translation>Periodos de cierre</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="45"/>
        <source>Memberships and certificates</source>
        <translation>Membresías y certificados</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="46"/>
        <source>Audit records</source>
        <translation>Registros de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="47"/>
        <source>Certification bodies</source>
        <translation>Organismos de certificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="48"/>
        <source>CB approvals</source>
        <translation>Aprobaciones de OC</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="48"/>
        <source>Auditors</source>
        <translation>Auditores</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="49"/>
        <source>Auditor qualifications</source>
        <translation>Cualificaciones de auditores</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="50"/>
        <source>Auditor unavailability</source>
        <translation>Indisponibilidad de auditores</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="51"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="59"/>
        <source>expired on {0}</source>
        <translation>caducó el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="60"/>
        <source>expires on {0}</source>
        <translation>caduca el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="107"/>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="110"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="111"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="112"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="181"/>
        <source>{0} record(s); {1} expiring within {2} days or expired.</source>
        <translation>{0} registro(s); {1} caducan en {2} días o ya caducaron.</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="184"/>
        <source>{0} record(s).</source>
        <translation>{0} registro(s).</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="192"/>
        <source>{0}: {1}, {2}, expired on {3}</source>
        <translation>{0}: {1}, {2}, venció el {3}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="193"/>
        <source>{0}: {1}, {2}, expires on {3}</source>
        <translation>{0}: {1}, {2}, vence el {3}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="196"/>
        <source>Approvals lapsing within {0} days:</source>
        <translation>Aprobaciones que vencen en {0} días:</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="248"/>
        <source>add {0} {1}</source>
        <translation>añadir {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="250"/>
        <source>edit {0} {1}</source>
        <translation>editar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="256"/>
        <source>Saved record {0}.</source>
        <translation>Registro {0} guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="313"/>
        <source>Kept the saved version of record {0}; yours was not saved (it is on the clipboard): {1}</source>
        <translation>Se conservó la versión guardada del registro {0}; la suya no se guardó (está en el portapapeles): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="332"/>
        <source>delete {0} {1}</source>
        <translation>eliminar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="335"/>
        <source>Deleted record {0}.</source>
        <translation>Registro {0} eliminado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="342"/>
        <source>Not deleted: {0} {1}</source>
        <translation>No eliminado: {0} {1}</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="30"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="32"/>
        <source>Import sites (with facilities, blackouts, languages), certification bodies (with their scheme approvals) or auditors (with qualifications) from a CSV or XLSX file. A file with any bad row is refused whole, every problem listed.</source>
        <translation>Importe sitios (con instalaciones, periodos vedados e idiomas), organismos de certificación (con sus aprobaciones) o auditores (con sus calificaciones) desde un archivo CSV o XLSX. Un archivo con cualquier fila errónea se rechaza entero, con cada problema listado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="39"/>
        <source>Import sites…</source>
        <translation>Importar sitios…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="40"/>
        <source>Import CBs…</source>
        <translation>Importar OC…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="41"/>
        <source>Import auditors…</source>
        <translation>Importar auditores…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="71"/>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="72"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tablas (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="82"/>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="96"/>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
</context>
<context>
    <name>RefusedEditDialog</name>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="36"/>
        <source>Someone else saved this item first</source>
        <translation>Otra persona guardó este elemento antes</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="38"/>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="39"/>
        <source>a moment ago</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="40"/>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="40"/>
        <source>observation</source>
        <translation>observación</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="41"/>
        <source>confidential mark</source>
        <translation>marca de confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="42"/>
        <source>scheme overrides</source>
        <translation>correcciones por esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="43"/>
        <source>re-rating flag</source>
        <translation>marca de recalificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="44"/>
        <source>re-rating reason</source>
        <translation>motivo de recalificar</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="44"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="45"/>
        <source>the finding</source>
        <translation>el hallazgo</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="47"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; changed {1} at {2} ({3}) after you opened it. Your save was refused and nothing of yours is saved yet. Choose what to keep.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; cambió {1} el {2} ({3}) después de que usted lo abriera. Su guardado fue rechazado y aún no se ha guardado nada suyo. Elija qué conservar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="53"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (saved, revision {0})</source>
        <translation>&lt;b&gt;Suya&lt;/b&gt; (guardada, revisión {0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="55"/>
        <source>&lt;b&gt;Mine&lt;/b&gt; (not saved, based on revision {0})</source>
        <translation>&lt;b&gt;La mía&lt;/b&gt; (sin guardar, basada en la revisión {0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="66"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="67"/>
        <source>Save mine on top of theirs; a field only they changed keeps theirs</source>
        <translation>Guardar la mía sobre la suya; un campo que solo ellos cambiaron conserva el suyo</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>Conservar la suya</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="70"/>
        <source>Show their version; mine is not saved (it is put on the clipboard)</source>
        <translation>Mostrar su versión; la mía no se guarda (queda en el portapapeles)</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="72"/>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="73"/>
        <source>Keep mine and add theirs to the observation as a note, as bundle merges do</source>
        <translation>Conservar la mía y añadir la suya a la observación como nota, como hacen las fusiones de paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="87"/>
        <source> · confidential</source>
        <translation> · confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="88"/>
        <source>Rating: {0}</source>
        <translation>Calificación: {0}</translation>
    </message>
</context>
<context>
    <name>RefusedRecordDialog</name>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="119"/>
        <source>Someone else saved this record first</source>
        <translation>Otra persona guardó este registro antes</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="126"/>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="129"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; changed this record at {1} ({2}) after you opened it. Your save was refused and nothing of yours is saved yet. Choose what to keep.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; cambió este registro el {1} ({2}) después de que usted lo abriera. Su guardado fue rechazado y aún no se ha guardado nada suyo. Elija qué conservar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="131"/>
        <source>a moment ago</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="134"/>
        <source>Someone else saved this record after you opened it (changed: {0}; version {1} → {2}). Your save was refused and nothing of yours is saved yet. Choose what to keep.</source>
        <translation>Otra persona guardó este registro después de que usted lo abriera (cambió: {0}; versión {1} → {2}). Su guardado fue rechazado y aún no se ha guardado nada suyo. Elija qué conservar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="142"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="142"/>
        <source>Theirs (saved)</source>
        <translation>Suya (guardada)</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="143"/>
        <source>Mine (not saved)</source>
        <translation>La mía (sin guardar)</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="152"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="153"/>
        <source>Save mine on top of theirs; a field you did not change keeps theirs</source>
        <translation>Guardar la mía sobre la suya; un campo que usted no cambió conserva el suyo</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="155"/>
        <source>Keep theirs</source>
        <translation>Conservar la suya</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="156"/>
        <source>Show their version; mine is not saved (it is put on the clipboard)</source>
        <translation>Mostrar su versión; la mía no se guarda (queda en el portapapeles)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports_view.py" line="63"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="66"/>
        <source>Validate and export each scheme&apos;s report, the joint summary, the checklist and the obligations register</source>
        <translation>Validar y exportar el informe de cada esquema, el resumen conjunto, la lista de verificación y el registro de obligaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="80"/>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="82"/>
        <source>Scheme report</source>
        <translation>Informe del esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="82"/>
        <source>Joint summary</source>
        <translation>Resumen conjunto</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="83"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="84"/>
        <source>Site obligations register</source>
        <translation>Registro de obligaciones del sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="87"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="91"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="92"/>
        <source>Draft (watermarked; allowed with open problems)</source>
        <translation>Borrador (con marca de agua; permitido con problemas abiertos)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="95"/>
        <source>Schemes:</source>
        <translation>Esquemas:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="101"/>
        <source>Free-text fields of the selected scheme&apos;s report</source>
        <translation>Campos de texto libre del informe del esquema seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="113"/>
        <source>Save fields</source>
        <translation>Guardar campos</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="118"/>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="121"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="124"/>
        <source>Checklist XLSX/CSV…</source>
        <translation>Lista XLSX/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="134"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="161"/>
        <source>Open output folder</source>
        <translation>Abrir carpeta de salida</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="234"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="234"/>
        <source>{0} problem(s)</source>
        <translation>{0} problema(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="296"/>
        <source>Fields saved.</source>
        <translation>Campos guardados.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="313"/>
        <source>Every selected report is ready.</source>
        <translation>Todos los informes seleccionados están listos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="314"/>
        <source>{0} problem(s) stand in the way of a final report.</source>
        <translation>{0} problema(s) impiden el informe final.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="324"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="355"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="373"/>
        <source>Export cancelled; no file was left behind.</source>
        <translation>Exportación cancelada; no quedó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="393"/>
        <location filename="../../ui/views/reports_view.py" line="419"/>
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="408"/>
        <source>Export the checklist</source>
        <translation>Exportar la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="409"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequirementTreeModel</name>
    <message>
        <location filename="../../ui/models/requirements.py" line="44"/>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="45"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="46"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="47"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="132"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="134"/>
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="136"/>
        <source>unverified</source>
        <translation>no verificada</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../ui/views/review_pane.py" line="60"/>
        <source>Joint template:</source>
        <translation>Plantilla conjunta:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="66"/>
        <source>Scheme:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="96"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="97"/>
        <source>Previous item (Alt+Left)</source>
        <translation>Punto anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="104"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="105"/>
        <source>Next item (Alt+Right)</source>
        <translation>Punto siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="112"/>
        <source>Your comment on this item (saved as you type):</source>
        <translation>Su comentario sobre este punto (se guarda mientras escribe):</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="125"/>
        <source>General note on the template (optional):</source>
        <translation>Nota general sobre la plantilla (opcional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="137"/>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="140"/>
        <source>Request changes…</source>
        <translation>Solicitar cambios…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="289"/>
        <source>Changed since the scheme last decided</source>
        <translation>Cambiado desde la última decisión del esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="300"/>
        <source>(marks: changed since the approval of {0} by {1})</source>
        <translation>(marcas: cambiado desde la aprobación del {0} por {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="303"/>
        <source>(marks: changed since the request for changes of {0} by {1})</source>
        <translation>(marcas: cambiado desde la solicitud de cambios del {0} por {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="306"/>
        <source>(never decided: nothing to compare with yet)</source>
        <translation>(nunca decidido: aún no hay con qué comparar)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="347"/>
        <source>Item {0} of {1}</source>
        <translation>Punto {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="360"/>
        <source>Item {0}, kind: {1}</source>
        <translation>Punto {0}, tipo: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="366"/>
        <source>Changed since the scheme last decided:</source>
        <translation>Cambiado desde la última decisión del esquema:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="371"/>
        <source>Unchanged since the scheme last decided.</source>
        <translation>Sin cambios desde la última decisión del esquema.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="376"/>
        <source>Clauses per scheme:</source>
        <translation>Cláusulas por esquema:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="378"/>
        <source>This item asks no clause of {0}.</source>
        <translation>Este punto no pide ninguna cláusula de {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="387"/>
        <source>Links that merged them:</source>
        <translation>Vínculos que los fusionaron:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="392"/>
        <source>None: one scheme&apos;s clause alone.</source>
        <translation>Ninguno: la cláusula de un solo esquema.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="394"/>
        <source>Other reviewers&apos; comments:</source>
        <translation>Comentarios de otros revisores:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="422"/>
        <source>Not saved yet…</source>
        <translation>Aún no guardado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="442"/>
        <source>All comments saved.</source>
        <translation>Todos los comentarios guardados.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="446"/>
        <source>Comments not saved: {0}</source>
        <translation>Comentarios no guardados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="469"/>
        <source>Approve the template</source>
        <translation>Aprobar la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="470"/>
        <location filename="../../ui/views/review_pane.py" line="496"/>
        <source>Passphrase of your signing key:</source>
        <translation>Frase de paso de su clave de firma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="495"/>
        <location filename="../../ui/views/review_pane.py" line="503"/>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="504"/>
        <source>Say what to change first: write a comment on an item, or a general note.</source>
        <translation>Primero diga qué cambiar: escriba un comentario sobre un punto o una nota general.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../ui/models/checklist.py" line="46"/>
        <source>conforms</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="47"/>
        <source>minor gap</source>
        <translation>brecha menor</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="48"/>
        <source>major gap</source>
        <translation>brecha mayor</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="49"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="50"/>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="51"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
</context>
<context>
    <name>SiteView</name>
    <message>
        <location filename="../../ui/views/site_view.py" line="49"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="52"/>
        <source>One site&apos;s obligations across its schemes, what falls due, its open findings and corrective actions</source>
        <translation>Las obligaciones de un sitio en todos sus esquemas, sus vencimientos, sus hallazgos abiertos y acciones correctivas</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="59"/>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="65"/>
        <source>As of:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="71"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="74"/>
        <source>Export PDF register…</source>
        <translation>Exportar registro PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="85"/>
        <source>Obligation</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="85"/>
        <source>Required by</source>
        <translation>Exigido por</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="86"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="86"/>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="92"/>
        <source>Obligations</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="94"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="95"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="96"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="97"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="99"/>
        <source>What falls due</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="101"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="102"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="103"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="104"/>
        <source>Corrective actions (per scheme)</source>
        <translation>Acciones correctivas (por esquema)</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="107"/>
        <source>Open findings</source>
        <translation>Hallazgos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="120"/>
        <source>audit</source>
        <translation>auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="120"/>
        <source>desk deliverable</source>
        <translation>entrega documental</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="121"/>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="121"/>
        <source>corrective action</source>
        <translation>acción correctiva</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="122"/>
        <source>joint visit</source>
        <translation>visita conjunta</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="122"/>
        <source>not planned</source>
        <translation>no planificada</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="129"/>
        <source>plan by {0}</source>
        <translation>plan antes del {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="130"/>
        <source>close by {0}</source>
        <translation>cerrar antes del {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="131"/>
        <source>{0} priority</source>
        <translation>prioridad {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="133"/>
        <source>owner {0}</source>
        <translation>responsable {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="136"/>
        <source>none raised yet</source>
        <translation>ninguna abierta aún</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="175"/>
        <source>No site yet: add one in Library → Records.</source>
        <translation>Aún no hay sitios: añada uno en Biblioteca → Registros.</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="182"/>
        <source>Loading {0}…</source>
        <translation>Cargando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="198"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; as of {1}: {2} obligation(s) · {3} item(s) falling due · {4} open finding(s)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; al {1}: {2} obligación(es) · {3} vencimiento(s) · {4} hallazgo(s) abierto(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="267"/>
        <source>Export the obligations register</source>
        <translation>Exportar el registro de obligaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="269"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="286"/>
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="246"/>
        <source>Joint visits</source>
        <translation>Visitas conjuntas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="295"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="116"/>
        <source>Trust a key</source>
        <translation>Confiar en una clave</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="118"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}), {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="119"/>
        <source>no organisation given</source>
        <translation>sin organización indicada</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="127"/>
        <source>Fingerprint — compare it with the one its owner gives you (by phone or in person) before you trust the key:</source>
        <translation>Huella: compárela con la que le dé su titular (por teléfono o en persona) antes de confiar en la clave:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="134"/>
        <source>It may approve templates for:</source>
        <translation>Puede aprobar plantillas para:</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="139"/>
        <source>It also claims {0}, which this workspace does not hold.</source>
        <translation>También declara {0}, que este espacio de trabajo no contiene.</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="147"/>
        <source>Trust this key</source>
        <translation>Confiar en esta clave</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="155"/>
        <source>Tick at least one scheme.</source>
        <translation>Marque al menos un esquema.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../ui/views/base.py" line="127"/>
        <source>Not available in this build: the core&apos;s {0} service (jointaudit.services.{0}) has not landed yet.</source>
        <translation>No disponible en esta versión: el servicio {0} del núcleo (jointaudit.services.{0}) aún no está incluido.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>plan submitted</source>
        <translation>plan presentado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>plan accepted</source>
        <translation>plan aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>submitted</source>
        <translation>presentada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>untrusted</source>
        <translation>sin confianza</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>invalidated</source>
        <translation>invalidada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <location filename="../../ui/words.py" line="60"/>
        <source>changes requested</source>
        <translation>cambios solicitados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>equal</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>subset</source>
        <translation>subconjunto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>superset</source>
        <translation>superconjunto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>intersects</source>
        <translation>se solapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>not related</source>
        <translation>sin relación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>not submitted for approval</source>
        <translation>no presentada para aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>awaiting signature</source>
        <translation>pendiente de firma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>changed after it was submitted</source>
        <translation>cambió después de presentarse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>changed since approval</source>
        <translation>cambió desde la aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>changed since the request</source>
        <translation>cambiado desde la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>the stored approved content does not match its signed hash</source>
        <translation>el contenido aprobado guardado no coincide con su huella firmada</translation>
    </message>
</context>
</TS>
