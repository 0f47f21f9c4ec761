<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="79"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="82"/>
        <source>Template approvals by scheme staff, trusted keys, exchange bundles</source>
        <translation>Approbations du modèle par les référentiels, clés de confiance, paquets d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="91"/>
        <source>Template approvals</source>
        <translation>Approbations du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="93"/>
        <source>Review item by item</source>
        <translation>Revue point par point</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="95"/>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="96"/>
        <source>Exchange bundles</source>
        <translation>Paquets d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="103"/>
        <source>Joint template:</source>
        <translation>Modèle conjoint :</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="109"/>
        <source>Sign for the selected scheme…</source>
        <translation>Signer pour le référentiel choisi…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="115"/>
        <source>Scheme</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="116"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="117"/>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="117"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="118"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="119"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="120"/>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="122"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="216"/>
        <source>Changes requested by {0}:</source>
        <translation>Modifications demandées par {0} :</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="224"/>
        <source>Changed since the request:</source>
        <translation>Modifié depuis la demande :</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="225"/>
        <source>Changed since the approval:</source>
        <translation>Modifié depuis l&apos;approbation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="229"/>
        <source>&lt;p&gt;Template content hash {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Empreinte du contenu du modèle {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="241"/>
        <source>Sign the template</source>
        <translation>Signer le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="242"/>
        <source>Passphrase of your signing key:</source>
        <translation>Phrase secrète de votre clé de signature :</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="252"/>
        <source>You have no signing key yet: create one in Trusted keys.</source>
        <translation>Vous n&apos;avez pas encore de clé de signature : créez-en une dans Clés de confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="255"/>
        <source>Your key ({0}) is not trusted in this workspace: the approval will show as untrusted.</source>
        <translation>Votre clé ({0}) n&apos;est pas de confiance dans cet espace de travail : l&apos;approbation apparaîtra comme non fiable.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="258"/>
        <source>Your key ({0}) is trusted for {1} only, not for {2}: the approval will show as untrusted.</source>
        <translation>Votre clé ({0}) est de confiance pour {1} seulement, pas pour {2} : l&apos;approbation apparaîtra comme non fiable.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="271"/>
        <source>Sign anyway?</source>
        <translation>Signer quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="274"/>
        <source>Sign anyway</source>
        <translation>Signer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="298"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="299"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="300"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="301"/>
        <source>May approve for</source>
        <translation>Peut approuver pour</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="302"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="310"/>
        <source>Trust a public key file…</source>
        <translation>Faire confiance à un fichier de clé publique…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="313"/>
        <source>Stop trusting the selected key</source>
        <translation>Ne plus faire confiance à la clé choisie</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="326"/>
        <source>Create your signing key…</source>
        <translation>Créer votre clé de signature…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="329"/>
        <source>Export your public key…</source>
        <translation>Exporter votre clé publique…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="335"/>
        <source>Import your key from another computer…</source>
        <translation>Importer votre clé depuis un autre ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="338"/>
        <source>Export your key for another computer…</source>
        <translation>Exporter votre clé pour un autre ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="367"/>
        <source>You have no signing key on this computer yet.</source>
        <translation>Vous n&apos;avez pas encore de clé de signature sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="370"/>
        <source>Your signing key: &lt;b&gt;{0}&lt;/b&gt;, signs for {1} — fingerprint &lt;tt&gt;{2}&lt;/tt&gt;</source>
        <translation>Votre clé de signature : &lt;b&gt;{0}&lt;/b&gt;, signe pour {1} — empreinte &lt;tt&gt;{2}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="379"/>
        <location filename="../../ui/views/approvals_view.py" line="444"/>
        <source>Replace your key?</source>
        <translation>Remplacer votre clé ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="380"/>
        <source>You already have a signing key. A new one replaces it: approvals signed with the old one stay valid, but you can no longer sign with it.</source>
        <translation>Vous avez déjà une clé de signature. Une nouvelle la remplace : les approbations signées avec l&apos;ancienne restent valables, mais vous ne pourrez plus signer avec elle.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="406"/>
        <source>Export your public key</source>
        <translation>Exporter votre clé publique</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="408"/>
        <source>Public keys (*.jakey)</source>
        <translation>Clés publiques (*.jakey)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="417"/>
        <source>Your public key was written to {0}; send it to the workspace&apos;s owner with its fingerprint.</source>
        <translation>Votre clé publique a été écrite dans {0} ; envoyez-la au responsable de l&apos;espace de travail avec son empreinte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="424"/>
        <source>Your key from another computer</source>
        <translation>Votre clé depuis un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="425"/>
        <source>Exported keys (*.jaidentity);;All files (*)</source>
        <translation>Clés exportées (*.jaidentity);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="445"/>
        <source>This computer already has a signing key ({0}). The imported one replaces it: approvals signed with the old one stay valid, but you can no longer sign with it.</source>
        <translation>Cet ordinateur a déjà une clé de signature ({0}). La clé importée la remplace : les approbations signées avec l&apos;ancienne restent valables, mais vous ne pourrez plus signer avec elle.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="468"/>
        <source>Export your key</source>
        <translation>Exporter votre clé</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="469"/>
        <source>Your key&apos;s passphrase (the file stays encrypted with it):</source>
        <translation>Phrase secrète de votre clé (le fichier reste chiffré avec elle) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="474"/>
        <source>Export your key for another computer</source>
        <translation>Exporter votre clé pour un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="476"/>
        <source>Exported keys (*.jaidentity)</source>
        <translation>Clés exportées (*.jaidentity)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="488"/>
        <source>Your key was written to {0}, encrypted with its passphrase. Keep the file as safe as the passphrase.</source>
        <translation>Votre clé a été écrite dans {0}, chiffrée avec sa phrase secrète. Gardez le fichier aussi précieusement que la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="498"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="500"/>
        <source>Public keys (*.jakey);;All files (*)</source>
        <translation>Clés publiques (*.jakey);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="539"/>
        <source>Export a bundle of the selected template…</source>
        <translation>Exporter un paquet du modèle choisi…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="542"/>
        <source>Verify and preview a bundle…</source>
        <translation>Vérifier et prévisualiser un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="545"/>
        <source>Import with these choices</source>
        <translation>Importer avec ces choix</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="554"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="555"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="556"/>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="557"/>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="558"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="578"/>
        <source>Export bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="583"/>
        <source>Written: {0}</source>
        <translation>Écrit : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="589"/>
        <source>Bundle to import</source>
        <translation>Paquet à importer</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="609"/>
        <source>&lt;p&gt;Creates {0}, updates {1}, {2} unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Crée {0}, met à jour {1}, {2} inchangés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="639"/>
        <source>Signed by {0}, a key this workspace does not trust (fingerprint {1}).</source>
        <translation>Signé par {0}, une clé à laquelle cet espace de travail ne fait pas confiance (empreinte {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="642"/>
        <source>This bundle is not signed: nothing shows who made it.</source>
        <translation>Ce paquet n’est pas signé : rien ne montre qui l’a fait.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="656"/>
        <source>Import an unverified bundle?</source>
        <translation>Importer un paquet non vérifié ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="658"/>
        <source>Import it only if you know where it comes from (compare the fingerprint with the sender, by phone for example). What it brings is marked in the audit trail as coming from an unverified bundle.</source>
        <translation>Ne l’importez que si vous savez d’où il vient (comparez l’empreinte avec l’expéditeur, par téléphone par exemple). Ce qu’il apporte est marqué dans le journal d’audit comme provenant d’un paquet non vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="664"/>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="675"/>
        <source>Imported {0}; what it brought is marked as from an unverified bundle</source>
        <translation>{0} importé ; ce qu’il a apporté est marqué comme provenant d’un paquet non vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/views/approvals_view.py" line="677"/>
        <source>Imported {0}</source>
        <translation>Importé {0}</translation>
    </message>
</context>
<context>
    <name>BoundedSpinBox</name>
    <message>
        <location filename="../../ui/widgets/bounded.py" line="57"/>
        <source>{0} is outside {1}–{2}: set to {3}.</source>
        <translation>{0} est hors de {1}–{2} : mis à {3}.</translation>
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
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="99"/>
        <source>Clauses (every scheme)</source>
        <translation>Clauses (tous les référentiels)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="100"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="101"/>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="102"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="165"/>
        <source>The item changed since it was rated: rate it again.</source>
        <translation>L&apos;élément a changé depuis sa notation : notez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="196"/>
        <source>re-rate</source>
        <translation>à renoter</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="198"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="200"/>
        <source>{0} evidence</source>
        <translation>{0} preuve(s)</translation>
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
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="91"/>
        <source>Joint template, coverage map and fieldwork</source>
        <translation>Modèle conjoint, carte de couverture et terrain</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="99"/>
        <source>Fieldwork</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="100"/>
        <location filename="../../ui/views/checklist_view.py" line="1015"/>
        <location filename="../../ui/views/checklist_view.py" line="1036"/>
        <source>Joint template</source>
        <translation>Modèle conjoint</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="105"/>
        <source>Coverage map</source>
        <translation>Carte de couverture</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="116"/>
        <source>Visit:</source>
        <translation>Visite :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="122"/>
        <source>Merge its schemes…</source>
        <translation>Fusionner ses référentiels…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="125"/>
        <source>Merge a joint checklist of exactly this visit&apos;s schemes</source>
        <translation>Fusionner une liste commune d&apos;exactement les référentiels de cette visite</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="131"/>
        <source>Search items, clause ids, observations…</source>
        <translation>Rechercher éléments, clauses, observations…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="139"/>
        <source>Any rating</source>
        <translation>Toute notation</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="146"/>
        <source>Unrated</source>
        <translation>Non notés</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="147"/>
        <source>Needs re-rating</source>
        <translation>À renoter</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="216"/>
        <source>Rating:</source>
        <translation>Notation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="228"/>
        <source>Keys in the list: {0}</source>
        <translation>Touches dans la liste : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="235"/>
        <location filename="../../ui/views/checklist_view.py" line="309"/>
        <source>Scheme</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="236"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="237"/>
        <source>Scheme&apos;s rating</source>
        <translation>Notation du référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="239"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="249"/>
        <source>Override for the selected scheme:</source>
        <translation>Corriger pour le référentiel choisi :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="258"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="264"/>
        <source>Observation:</source>
        <translation>Observation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="270"/>
        <source>Confidential (kept out of public reports)</source>
        <translation>Confidentiel (exclu des rapports publics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="274"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="282"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="284"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="286"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="298"/>
        <source>Effective from:</source>
        <translation>En vigueur depuis :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="299"/>
        <source>Expires on:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="301"/>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="306"/>
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="310"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="311"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="313"/>
        <source>Plan due</source>
        <translation>Plan avant le</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="314"/>
        <source>Close due</source>
        <translation>Clôture avant le</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="325"/>
        <source>Raise actions for gaps</source>
        <translation>Ouvrir des actions pour les écarts</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="334"/>
        <source>Move to this status</source>
        <translation>Passer à cet état</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="345"/>
        <source>What the site will do</source>
        <translation>Ce que le site fera</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="346"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="351"/>
        <source>A person at the site</source>
        <translation>Une personne du site</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="353"/>
        <source>Who at the site carries the action out. Type a name or role, or pick one already named at this site.</source>
        <translation>Qui, sur le site, mène l&apos;action. Saisissez un nom ou une fonction, ou choisissez-en un déjà indiqué pour ce site.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="355"/>
        <source>Owner at the site:</source>
        <translation>Responsable sur le site :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="360"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="362"/>
        <source>The same for every scheme of this item</source>
        <translation>Identique pour tous les référentiels de cet élément</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="365"/>
        <source>Save the action</source>
        <translation>Enregistrer l&apos;action</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="373"/>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="377"/>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="463"/>
        <source>{0} — no checklist yet</source>
        <translation>{0} — pas encore de liste</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="472"/>
        <source>No visit yet: plan and save a visit, then merge its schemes in the Joint template tab.</source>
        <translation>Pas encore de visite : planifiez et enregistrez une visite, puis fusionnez ses référentiels dans l&apos;onglet Modèle conjoint.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="135"/>
        <location filename="../../ui/views/checklist_view.py" line="398"/>
        <location filename="../../ui/views/checklist_view.py" line="502"/>
        <source>Any topic</source>
        <translation>Tout thème</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="137"/>
        <location filename="../../ui/views/checklist_view.py" line="399"/>
        <location filename="../../ui/views/checklist_view.py" line="503"/>
        <source>Any scheme</source>
        <translation>Tout référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="491"/>
        <source>This visit has no checklist yet: “Merge its schemes…” ticks exactly its schemes; then “Merge and use”.</source>
        <translation>Cette visite n&apos;a pas encore de liste : « Fusionner ses référentiels… » coche exactement ses référentiels ; puis « Fusionner et utiliser ».</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="544"/>
        <source>{0} of {1} items shown · {2} unrated · {3} to re-rate</source>
        <translation>{0} sur {1} éléments affichés · {2} non notés · {3} à renoter</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="590"/>
        <source>Needs re-rating: {0}</source>
        <translation>À renoter : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="597"/>
        <source>Official text from {0}</source>
        <translation>Texte officiel de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="649"/>
        <source>rate {0} as {1}</source>
        <translation>noter {0} comme {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="710"/>
        <source>Kept the saved version of {0}; yours was not saved. Your observation is on the clipboard: {1}</source>
        <translation>Version enregistrée de {0} conservée ; la vôtre n’a pas été enregistrée. Votre observation est dans le presse-papiers : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="716"/>
        <source>keep mine on {0}</source>
        <translation>garder la mienne sur {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="717"/>
        <source>keep both on {0}</source>
        <translation>garder les deux sur {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="739"/>
        <source>override {0} for {1}</source>
        <translation>corriger {0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="757"/>
        <source>observation on {0}</source>
        <translation>observation sur {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="765"/>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="810"/>
        <source>No program on this computer opens {0}; it is saved as {1}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {0} ; il est enregistré sous {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="817"/>
        <source>Remove the file?</source>
        <translation>Retirer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="818"/>
        <source>Remove “{0}” from this item? The file is taken out of the workspace.</source>
        <translation>Retirer « {0} » de cet élément ? Le fichier est retiré de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="821"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="902"/>
        <source>Scheme versions to merge:</source>
        <translation>Versions de référentiel à fusionner :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="908"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="910"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="915"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="916"/>
        <source>Schemes</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="917"/>
        <source>Joint items</source>
        <translation>Éléments conjoints</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="918"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="928"/>
        <source>Use the selected template for the plan of visit:</source>
        <translation>Utiliser le modèle choisi pour le plan de la visite :</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="931"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="935"/>
        <location filename="../../ui/views/checklist_view.py" line="1025"/>
        <source>Merge and use for the visit</source>
        <translation>Fusionner et utiliser pour la visite</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="953"/>
        <location filename="../../ui/views/checklist_view.py" line="1021"/>
        <source>{0} now uses {1}.</source>
        <translation>{0} utilise maintenant {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="1000"/>
        <source>Merge and use for {0}</source>
        <translation>Fusionner et utiliser pour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="1004"/>
        <source>Ticked the schemes this visit audits: {0}.</source>
        <translation>Référentiels audités par cette visite cochés : {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_view.py" line="1016"/>
        <location filename="../../ui/views/checklist_view.py" line="1037"/>
        <source>Merging {0}…</source>
        <translation>Fusion de {0}…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/server_login.py" line="94"/>
        <source>Connect to server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="99"/>
        <source>Keep the password in the system keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="104"/>
        <source>No system keyring is available; use ~/.pgpass or type the password each time</source>
        <translation>Aucun trousseau système disponible ; utilisez ~/.pgpass ou saisissez le mot de passe à chaque fois</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="107"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="108"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="130"/>
        <source>The address starts with postgresql://</source>
        <translation>L’adresse commence par postgresql://</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/widgets/bounded.py" line="96"/>
        <source>{0} (not an ISO country code: pick the country)</source>
        <translation>{0} (pas un code pays ISO : choisissez le pays)</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="133"/>
        <source>shared with another scheme</source>
        <translation>partagé avec un autre référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="134"/>
        <source>asked by this scheme alone</source>
        <translation>exigé par ce seul référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="135"/>
        <source>gap: no requirement on this topic</source>
        <translation>lacune : aucune exigence sur ce thème</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="151"/>
        <source>{0} · {1}: {2} requirement(s), {3} shared</source>
        <translation>{0} · {1} : {2} exigence(s), {3} partagée(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heatmap.py" line="154"/>
        <source>{0} · {1}: gap, no requirement on this topic</source>
        <translation>{0} · {1} : lacune, aucune exigence sur ce thème</translation>
    </message>
</context>
<context>
    <name>CrosswalkEditor</name>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="93"/>
        <source>Crosswalks</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="99"/>
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="101"/>
        <source>To:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="103"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="105"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="133"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="134"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="135"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="136"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="137"/>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="138"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="151"/>
        <source>Relationship:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="153"/>
        <source>Rationale:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="155"/>
        <source>Strength (0–10):</source>
        <translation>Force (0–10) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="157"/>
        <source>Shared part (intersects):</source>
        <translation>Partie commune (intersection) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="160"/>
        <source>Save link</source>
        <translation>Enregistrer le lien</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="163"/>
        <source>Link the two selected clauses</source>
        <translation>Lier les deux clauses choisies</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="166"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="170"/>
        <source>Suggestions for the selected clause (score 0–100):</source>
        <translation>Suggestions pour la clause choisie (score 0–100) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="172"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="173"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="174"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="186"/>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="188"/>
        <source>Reject suggestion</source>
        <translation>Rejeter la suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="193"/>
        <source>Consistency warnings:</source>
        <translation>Alertes de cohérence :</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="273"/>
        <source>edit link</source>
        <translation>modifier le lien</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="280"/>
        <source>delete link</source>
        <translation>supprimer le lien</translation>
    </message>
    <message>
        <location filename="../../ui/views/crosswalk_editor.py" line="295"/>
        <source>add link</source>
        <translation>ajouter un lien</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../ui/widgets/evidence_preview.py" line="27"/>
        <source>Evidence: {0}</source>
        <translation>Preuve : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_preview.py" line="59"/>
        <source>{0} ({1}) cannot be shown here; open it with the program your computer uses for it.</source>
        <translation>{0} ({1}) ne peut pas être affiché ici ; ouvrez-le avec le programme que votre ordinateur utilise pour cela.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_preview.py" line="65"/>
        <source>Open with the system&apos;s viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/help.py" line="102"/>
        <source>Getting started with jointaudit</source>
        <translation>Bien démarrer avec jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="105"/>
        <source>&lt;h2&gt;Welcome to jointaudit&lt;/h2&gt;&lt;p&gt;The app opens a demo workspace the first time: four mine and refinery sites, their schemes and their past audits, to try everything on. What to do first depends on who you are:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans jointaudit&lt;/h2&gt;&lt;p&gt;La première fois, l&apos;application ouvre un espace de travail de démonstration : quatre mines et affineries, leurs référentiels et leurs audits passés, pour tout essayer. Ce qu&apos;il faut faire d&apos;abord dépend de qui vous êtes :&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="118"/>
        <source>Open the guide for {0}</source>
        <translation>Ouvrir le guide pour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="128"/>
        <source>Open the demo workspace</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="137"/>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="138"/>
        <source>&lt;ol&gt;&lt;li&gt;In &lt;b&gt;Plan&lt;/b&gt;, pick a site (or the whole portfolio) and press &lt;b&gt;Plan&lt;/b&gt;: the audits of its schemes due in the horizon become joint visits.&lt;/li&gt;&lt;li&gt;Check the warnings on the right, then &lt;b&gt;Save plan&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Checklist&lt;/b&gt;, pick the visit: its schemes are already ticked; &lt;b&gt;Merge&lt;/b&gt; and &lt;b&gt;Use&lt;/b&gt; give the one checklist you rate in the field (keys 1–4 and 0 rate the selected item).&lt;/li&gt;&lt;li&gt;Export each scheme&apos;s report from &lt;b&gt;Reports&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans &lt;b&gt;Planifier&lt;/b&gt;, choisissez un site (ou tout le portefeuille) et appuyez sur &lt;b&gt;Planifier&lt;/b&gt; : les audits de ses référentiels dus dans l&apos;horizon deviennent des visites conjointes.&lt;/li&gt;&lt;li&gt;Vérifiez les avertissements à droite, puis &lt;b&gt;Enregistrer le plan&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Dans &lt;b&gt;Liste de contrôle&lt;/b&gt;, choisissez la visite : ses référentiels sont déjà cochés ; &lt;b&gt;Fusionner&lt;/b&gt; puis &lt;b&gt;Utiliser&lt;/b&gt; donnent la liste unique que vous notez sur le terrain (les touches 1–4 et 0 notent l&apos;élément choisi).&lt;/li&gt;&lt;li&gt;Exportez le rapport de chaque référentiel depuis &lt;b&gt;Rapports&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="145"/>
        <source>Mine sites</source>
        <translation>Sites miniers</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="146"/>
        <source>&lt;ol&gt;&lt;li&gt;Open the workspace your auditor or scheme sent you (File → Open workspace).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Site&lt;/b&gt;, pick your site: your combined obligations, the audits and desk deliverables that fall due, and the open findings with each scheme&apos;s corrective-action deadline.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; or export the register as a PDF for your team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Ouvrez l&apos;espace de travail que votre auditeur ou votre référentiel vous a envoyé (Fichier → Ouvrir un espace de travail).&lt;/li&gt;&lt;li&gt;Dans &lt;b&gt;Site&lt;/b&gt;, choisissez votre site : vos obligations combinées, les audits et livrables documentaires à échéance, et les constats ouverts avec l&apos;échéance d&apos;action corrective de chaque référentiel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Imprimez&lt;/b&gt; ou exportez le registre en PDF pour votre équipe.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="151"/>
        <source>Scheme staff</source>
        <translation>Personnel des référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="152"/>
        <source>&lt;ol&gt;&lt;li&gt;In &lt;b&gt;Approvals → Trusted keys&lt;/b&gt;, create your signing key, or import the one your scheme gave you.&lt;/li&gt;&lt;li&gt;Trust the keys of the other schemes&apos; staff by checking their fingerprint and the scheme they sign for.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Template approvals&lt;/b&gt;, review the joint template clause by clause and sign for your scheme, or request changes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans &lt;b&gt;Approbations → Clés de confiance&lt;/b&gt;, créez votre clé de signature ou importez celle que votre référentiel vous a remise.&lt;/li&gt;&lt;li&gt;Faites confiance aux clés du personnel des autres référentiels en vérifiant leur empreinte et le référentiel pour lequel elles signent.&lt;/li&gt;&lt;li&gt;Dans &lt;b&gt;Approbations du modèle&lt;/b&gt;, examinez le modèle conjoint clause par clause et signez pour votre référentiel, ou demandez des modifications.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/help.py" line="43"/>
        <source>← Back</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="44"/>
        <source>Forward →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="72"/>
        <source>The guide {0} is missing from this build (looked in {1}).</source>
        <translation>Le guide {0} manque dans cette version (cherché dans {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="74"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="83"/>
        <source>{0} — user guide</source>
        <translation>{0} — guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="87"/>
        <source>The guides are written in English.</source>
        <translation>Les guides sont rédigés en anglais.</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="170"/>
        <source>Import your signing key</source>
        <translation>Importer votre clé de signature</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="174"/>
        <source>Key file: {0}</source>
        <translation>Fichier de clé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="180"/>
        <source>Its passphrase:</source>
        <translation>Sa phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="188"/>
        <source>Import this key</source>
        <translation>Importer cette clé</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="203"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} ne peut pas être importé : {1}</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="24"/>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="25"/>
        <source>mine site</source>
        <translation>site minier</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="26"/>
        <source>scheme staff</source>
        <translation>personnel du référentiel</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/views/library_view.py" line="41"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="44"/>
        <source>Schemes and their requirements, crosswalks, CBs and auditors</source>
        <translation>Référentiels et leurs exigences, correspondances, OC et auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="50"/>
        <source>Schemes</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="68"/>
        <source>Import or validate a pack…</source>
        <translation>Importer ou valider un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="71"/>
        <source>Import official text overlay…</source>
        <translation>Importer les textes officiels…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="73"/>
        <source>Add the scheme&apos;s official requirement texts (which we may not ship) to the selected version from a file you hold a licence for.</source>
        <translation>Ajoutez les textes officiels des exigences du référentiel (que nous ne pouvons pas diffuser) à la version choisie depuis un fichier pour lequel vous avez une licence.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="88"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="89"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="90"/>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="91"/>
        <source>Unverified rules</source>
        <translation>Règles non vérifiées</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="92"/>
        <source>Effective</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="112"/>
        <source>Search clause id, title or topic…</source>
        <translation>Rechercher une clause, un titre ou un thème…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="177"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="177"/>
        <source>unverified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="185"/>
        <source>Import a scheme pack</source>
        <translation>Importer un paquet de référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="186"/>
        <source>Scheme packs (*.yaml *.yml *.json)</source>
        <translation>Paquets de référentiel (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="191"/>
        <location filename="../../ui/views/library_view.py" line="223"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="201"/>
        <location filename="../../ui/views/library_view.py" line="236"/>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n&apos;a été importé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="215"/>
        <source>Text overlay for {0}</source>
        <translation>Textes officiels pour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="216"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tableaux (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_view.py" line="229"/>
        <source>{0}: {1} requirement text(s) updated.</source>
        <translation>{0} : {1} texte(s) d&apos;exigence mis à jour.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Save workspace &amp;as…</source>
        <translation>Enregistrer l&apos;espace de travail &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Bien démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Guide for &amp;auditors</source>
        <translation>Guide pour les &amp;auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Guide for &amp;mine sites</source>
        <translation>Guide pour les sites &amp;miniers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Guide for &amp;scheme staff</source>
        <translation>Guide pour le &amp;personnel des référentiels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;About jointaudit</source>
        <translation>À &amp;propos de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>no workspace</source>
        <translation>aucun espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Open or create a workspace (File menu).</source>
        <translation>Ouvrez ou créez un espace de travail (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Workspace: {0}</source>
        <translation>Espace de travail : {0}</translation>
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
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>jointaudit workspaces (*{0})</source>
        <translation>Espaces de travail jointaudit (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Save workspace as</source>
        <translation>Enregistrer l&apos;espace de travail sous</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Demo workspace</source>
        <translation>Espace de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>This build has no demo data yet (jointaudit.demo is missing).</source>
        <translation>Cette version n&apos;a pas encore de données de démonstration (jointaudit.demo manque).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>About jointaudit</source>
        <translation>À propos de jointaudit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Plan joint audits across mining sustainability schemes, merge their checklists, do fieldwork offline, collect approvals and export each scheme&apos;s report.&lt;/p&gt;&lt;p&gt;Scheme rules and texts come from packs with their sources; check every rule marked unverified.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jointaudit {0}&lt;/h3&gt;&lt;p&gt;Planifiez des audits conjoints entre référentiels de durabilité minière, fusionnez leurs listes de contrôle, travaillez sur le terrain hors ligne, recueillez les approbations et exportez le rapport de chaque référentiel.&lt;/p&gt;&lt;p&gt;Les règles et textes des référentiels viennent de paquets avec leurs sources ; vérifiez chaque règle marquée non vérifiée.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="55"/>
        <source>Create your signing key</source>
        <translation>Créer votre clé de signature</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="71"/>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="72"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="73"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="74"/>
        <source>You sign for:</source>
        <translation>Vous signez pour :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="75"/>
        <source>Passphrase (8 characters or more):</source>
        <translation>Phrase secrète (8 caractères ou plus) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="76"/>
        <source>Passphrase again:</source>
        <translation>Phrase secrète à nouveau :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="90"/>
        <source>Give your name: it is shown with every approval you sign.</source>
        <translation>Indiquez votre nom : il apparaît avec chaque approbation que vous signez.</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="92"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="94"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <location filename="../../ui/open_dialog.py" line="29"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="33"/>
        <source>jointaudit workspaces (*{0})</source>
        <translation>Espaces de travail jointaudit (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="34"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="39"/>
        <source>Connect to server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="42"/>
        <source>Open a team workspace on a PostgreSQL server instead of a file</source>
        <translation>Ouvrir un espace de travail d’équipe sur un serveur PostgreSQL plutôt qu’un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/open_dialog.py" line="44"/>
        <source>A team workspace on a server?</source>
        <translation>Un espace de travail d’équipe sur un serveur ?</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan_view.py" line="87"/>
        <source>visit {0}</source>
        <translation>visite {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="102"/>
        <location filename="../../ui/views/plan_view.py" line="126"/>
        <location filename="../../ui/views/plan_view.py" line="214"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="105"/>
        <source>Sites, audit windows and the joint visits that cover them</source>
        <translation>Sites, fenêtres d&apos;audit et les visites conjointes qui les couvrent</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="112"/>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="116"/>
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="124"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="129"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="135"/>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="139"/>
        <source>Export .ics…</source>
        <translation>Exporter .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="160"/>
        <location filename="../../ui/views/plan_view.py" line="176"/>
        <location filename="../../ui/views/plan_view.py" line="215"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="162"/>
        <source>Start</source>
        <translation>Début</translation>
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
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="165"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="167"/>
        <source>Person-days</source>
        <translation>Jours-personne</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="169"/>
        <source>Separately</source>
        <translation>Séparément</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="174"/>
        <location filename="../../ui/views/plan_view.py" line="219"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="177"/>
        <source>Scheme</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="178"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="180"/>
        <source>Earliest</source>
        <translation>Au plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="181"/>
        <source>Latest</source>
        <translation>Au plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="182"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="183"/>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="184"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="184"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="185"/>
        <source>unverified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="186"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="188"/>
        <source>Audit windows</source>
        <translation>Fenêtres d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="189"/>
        <source>Saved plans</source>
        <translation>Plans enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="216"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="217"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="217"/>
        <source>current</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="218"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="220"/>
        <source>Fieldwork</source>
        <translation>Travail de terrain</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="226"/>
        <source>Compare with the plan shown</source>
        <translation>Comparer avec le plan affiché</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="228"/>
        <source>Make current</source>
        <translation>Mettre en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="230"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="317"/>
        <source>&lt;i&gt;Planning…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Planification…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="336"/>
        <source>&lt;i&gt;Planning cancelled.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Planification annulée.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="354"/>
        <source>Whole portfolio</source>
        <translation>Tout le portefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="379"/>
        <source>&lt;i&gt;Open a workspace with sites to plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ouvrez un espace de travail avec des sites à planifier.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="386"/>
        <source>&lt;p&gt;{0} joint visit(s) instead of {1} separate; {2:g} auditor-days instead of {3:g}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} visite(s) conjointe(s) au lieu de {1} séparées ; {2:g} jours-auditeur au lieu de {3:g}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="390"/>
        <source>Cannot be planned:</source>
        <translation>Impossible à planifier :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="396"/>
        <source>Approval warnings:</source>
        <translation>Alertes d&apos;approbation :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="416"/>
        <source>&lt;h3&gt;{0} — visit {1}: {2} to {3}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — visite {1} : du {2} au {3}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="422"/>
        <source>&lt;p&gt;{0:g} person-days joint ({1:g} separately), team of {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0:g} jours-personne en conjoint ({1:g} séparément), équipe de {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="435"/>
        <source>After the move:</source>
        <translation>Après le déplacement :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="437"/>
        <source>Visits after it:</source>
        <translation>Visites suivantes :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="443"/>
        <source>No visit follows it.</source>
        <translation>Aucune visite ne la suit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="445"/>
        <source>Windows that moved with it:</source>
        <translation>Fenêtres décalées avec elle :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="446"/>
        <source>{0}: now {1} to {2} (was {3} to {4})</source>
        <translation>{0} : désormais du {1} au {2} (auparavant du {3} au {4})</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="451"/>
        <source>Cannot be planned after the move:</source>
        <translation>Impossible à planifier après le déplacement :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="458"/>
        <source>No longer covered by this visit (re-planned above):</source>
        <translation>Plus couverts par cette visite (replanifiés ci-dessus) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="467"/>
        <source>Visit {0}: {1} to {2} (was {3} to {4})</source>
        <translation>Visite {0} : du {1} au {2} (auparavant du {3} au {4})</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="470"/>
        <source>Visit {0}: {1} to {2} (new visit)</source>
        <translation>Visite {0} : du {1} au {2} (nouvelle visite)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="473"/>
        <source>The visit of {0} to {1} is no longer needed</source>
        <translation>La visite du {0} au {1} n’est plus nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="475"/>
        <source>Visit {0}: {1} to {2} (unchanged)</source>
        <translation>Visite {0} : du {1} au {2} (inchangée)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="499"/>
        <source>move visit {0} of {1} to {2}</source>
        <translation>déplacer la visite {0} de {1} au {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="517"/>
        <source>moved to {0} by the user</source>
        <translation>déplacée au {0} par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="556"/>
        <source>This plan leaves {0} audit(s) without a visit:</source>
        <translation>Ce plan laisse {0} audit(s) sans visite :</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="561"/>
        <source>It replaces the current plan “{0}”, whose visits hold {1} fieldwork record(s); they stay under that plan.</source>
        <translation>Il remplace le plan en vigueur « {0} », dont les visites portent {1} enregistrement(s) de terrain ; ils restent dans ce plan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="567"/>
        <source>Save this plan?</source>
        <translation>Enregistrer ce plan ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="571"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="580"/>
        <source>Plan saved (#{0}); it is now the current plan of {1}.</source>
        <translation>Plan enregistré (n° {0}) ; c&apos;est désormais le plan en vigueur de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="594"/>
        <source>&lt;p&gt;Plan {0} first to compare with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planifiez d&apos;abord {0} pour comparer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="602"/>
        <source>same dates</source>
        <translation>mêmes dates</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="602"/>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="603"/>
        <source>only in the saved plan</source>
        <translation>seulement dans le plan enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="604"/>
        <source>only in the plan shown</source>
        <translation>seulement dans le plan affiché</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="611"/>
        <source>&lt;h3&gt;“{0}” against the plan shown&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;« {0} » face au plan affiché&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Saved plan</source>
        <translation>Plan enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="613"/>
        <source>Plan shown</source>
        <translation>Plan affiché</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="621"/>
        <source>“{0}” is now the current plan of {1}.</source>
        <translation>« {0} » est désormais le plan en vigueur de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="629"/>
        <source>Delete the plan?</source>
        <translation>Supprimer le plan ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="630"/>
        <source>Delete the saved plan “{0}” with its {1} visit(s)?</source>
        <translation>Supprimer le plan enregistré « {0} » et ses {1} visite(s) ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="634"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="642"/>
        <source>Plan “{0}” deleted.</source>
        <translation>Plan « {0} » supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="648"/>
        <source>Export visits</source>
        <translation>Exporter les visites</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="649"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="661"/>
        <source>Visits written to {0}</source>
        <translation>Visites écrites dans {0}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="29"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="30"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="32"/>
        <source>Field / clause</source>
        <translation>Champ / clause</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="33"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="78"/>
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="83"/>
        <source>Could not complete the operation</source>
        <translation>L&apos;opération n&apos;a pas pu aboutir</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../ui/views/record_form.py" line="41"/>
        <source>small</source>
        <translation>petit</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="41"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="42"/>
        <source>large</source>
        <translation>grand</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="42"/>
        <source>— not stated</source>
        <translation>— non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="43"/>
        <source>artisanal and small-scale (ASM)</source>
        <translation>artisanale et à petite échelle (EMAPE)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="44"/>
        <source>large-scale (LSM)</source>
        <translation>à grande échelle</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="44"/>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="45"/>
        <source>cooperative</source>
        <translation>coopérative</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="46"/>
        <source>refinery</source>
        <translation>affinerie</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="46"/>
        <source>smelter</source>
        <translation>fonderie</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="47"/>
        <source>trader</source>
        <translation>négociant</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="48"/>
        <source>manufacturer</source>
        <translation>fabricant</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="49"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="62"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="63"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="63"/>
        <source>Commodity</source>
        <translation>Minerai</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="64"/>
        <source>Site type</source>
        <translation>Type de site</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="64"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="65"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="65"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="66"/>
        <source>Applicability tags</source>
        <translation>Étiquettes d&apos;applicabilité</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="67"/>
        <source>Max. visit days</source>
        <translation>Jours de visite max.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="68"/>
        <source>Financial year end</source>
        <translation>Fin de l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="69"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="69"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="70"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="70"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="71"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="71"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="72"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="72"/>
        <source>Scheme</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="73"/>
        <source>Scheme version</source>
        <translation>Version du référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="74"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="74"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="75"/>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="76"/>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="77"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="78"/>
        <source>Open minor NCs</source>
        <translation>NC mineures ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="79"/>
        <source>Open major NCs</source>
        <translation>NC majeures ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="80"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="81"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="82"/>
        <source>Decision date</source>
        <translation>Date de décision</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="83"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="83"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="85"/>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="85"/>
        <source>Minor NCs</source>
        <translation>NC mineures</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="86"/>
        <source>Major NCs</source>
        <translation>NC majeures</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="87"/>
        <source>Critical NCs</source>
        <translation>NC critiques</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="88"/>
        <source>Mid-term audit required</source>
        <translation>Audit à mi-parcours requis</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="89"/>
        <source>CB</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="89"/>
        <source>Lead auditor</source>
        <translation>Auditeur principal</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="90"/>
        <source>Commodities</source>
        <translation>Minerais</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="90"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="91"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="91"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="92"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="92"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="107"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/views/record_form.py" line="123"/>
        <source>Edit record</source>
        <translation>Modifier l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="123"/>
        <source>Add record</source>
        <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="154"/>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="164"/>
        <source>{0}: “{1}” is not a country; pick one from the list.</source>
        <translation>{0} : « {1} » n&apos;est pas un pays ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="179"/>
        <source>{0} (not a known value)</source>
        <translation>{0} (valeur inconnue)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_form.py" line="217"/>
        <source>comma-separated, e.g. en, fr</source>
        <translation>séparés par des virgules, p. ex. en, fr</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/views/records_editor.py" line="43"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="43"/>
        <source>Facilities</source>
        <translation>Installations</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="44"/>
        <source>Blackout periods</source>
        <translation>Périodes d&apos;indisponibilité</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="45"/>
        <source>Memberships and certificates</source>
        <translation>Adhésions et certificats</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="46"/>
        <source>Audit records</source>
        <translation>Historique des audits</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="47"/>
        <source>Certification bodies</source>
        <translation>Organismes de certification</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="48"/>
        <source>CB approvals</source>
        <translation>Agréments des OC</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="48"/>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="49"/>
        <source>Auditor qualifications</source>
        <translation>Qualifications des auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="50"/>
        <source>Auditor unavailability</source>
        <translation>Indisponibilités des auditeurs</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="51"/>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="59"/>
        <source>expired on {0}</source>
        <translation>expiré le {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="60"/>
        <source>expires on {0}</source>
        <translation>expire le {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="107"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="110"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="111"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="112"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="181"/>
        <source>{0} record(s); {1} expiring within {2} days or expired.</source>
        <translation>{0} enregistrement(s) ; {1} expirent dans les {2} jours ou ont expiré.</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="184"/>
        <source>{0} record(s).</source>
        <translation>{0} enregistrement(s).</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="192"/>
        <source>{0}: {1}, {2}, expired on {3}</source>
        <translation>{0} : {1}, {2}, a expiré le {3}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="193"/>
        <source>{0}: {1}, {2}, expires on {3}</source>
        <translation>{0} : {1}, {2}, expire le {3}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="196"/>
        <source>Approvals lapsing within {0} days:</source>
        <translation>Agréments expirant sous {0} jours :</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="248"/>
        <source>add {0} {1}</source>
        <translation>ajouter {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="250"/>
        <source>edit {0} {1}</source>
        <translation>modifier {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="256"/>
        <source>Saved record {0}.</source>
        <translation>Enregistrement {0} sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="313"/>
        <source>Kept the saved version of record {0}; yours was not saved (it is on the clipboard): {1}</source>
        <translation>Version enregistrée de la fiche {0} conservée ; la vôtre n’a pas été enregistrée (elle est dans le presse-papiers) : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="332"/>
        <source>delete {0} {1}</source>
        <translation>supprimer {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="335"/>
        <source>Deleted record {0}.</source>
        <translation>Enregistrement {0} supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/records_editor.py" line="342"/>
        <source>Not deleted: {0} {1}</source>
        <translation>Non supprimé : {0} {1}</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="30"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="32"/>
        <source>Import sites (with facilities, blackouts, languages), certification bodies (with their scheme approvals) or auditors (with qualifications) from a CSV or XLSX file. A file with any bad row is refused whole, every problem listed.</source>
        <translation>Importez des sites (avec installations, périodes exclues et langues), des organismes de certification (avec leurs agréments) ou des auditeurs (avec leurs qualifications) depuis un fichier CSV ou XLSX. Un fichier comportant une ligne erronée est refusé en entier, chaque problème étant listé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="39"/>
        <source>Import sites…</source>
        <translation>Importer des sites…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="40"/>
        <source>Import CBs…</source>
        <translation>Importer des OC…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="41"/>
        <source>Import auditors…</source>
        <translation>Importer des auditeurs…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="71"/>
        <source>Import records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="72"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tableaux (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="82"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/library_tabs.py" line="96"/>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n&apos;a été importé : {0}</translation>
    </message>
</context>
<context>
    <name>RefusedEditDialog</name>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="36"/>
        <source>Someone else saved this item first</source>
        <translation>Quelqu’un d’autre a enregistré cet élément avant vous</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="38"/>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="39"/>
        <source>a moment ago</source>
        <translation>il y a un instant</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="40"/>
        <source>rating</source>
        <translation>notation</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="40"/>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="41"/>
        <source>confidential mark</source>
        <translation>marque confidentielle</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="42"/>
        <source>scheme overrides</source>
        <translation>corrections par référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="43"/>
        <source>re-rating flag</source>
        <translation>marque à renoter</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="44"/>
        <source>re-rating reason</source>
        <translation>motif de renotation</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="44"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="45"/>
        <source>the finding</source>
        <translation>le constat</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="47"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; changed {1} at {2} ({3}) after you opened it. Your save was refused and nothing of yours is saved yet. Choose what to keep.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; a modifié {1} le {2} ({3}) après que vous l’avez ouvert. Votre enregistrement a été refusé et rien du vôtre n’est encore enregistré. Choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="53"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (saved, revision {0})</source>
        <translation>&lt;b&gt;La leur&lt;/b&gt; (enregistrée, révision {0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="55"/>
        <source>&lt;b&gt;Mine&lt;/b&gt; (not saved, based on revision {0})</source>
        <translation>&lt;b&gt;La mienne&lt;/b&gt; (non enregistrée, fondée sur la révision {0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="66"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="67"/>
        <source>Save mine on top of theirs; a field only they changed keeps theirs</source>
        <translation>Enregistrer la mienne par-dessus la leur ; un champ qu’eux seuls ont modifié garde leur valeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="69"/>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="70"/>
        <source>Show their version; mine is not saved (it is put on the clipboard)</source>
        <translation>Afficher leur version ; la mienne n’est pas enregistrée (elle est mise dans le presse-papiers)</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="72"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="73"/>
        <source>Keep mine and add theirs to the observation as a note, as bundle merges do</source>
        <translation>Garder la mienne et ajouter la leur à l’observation en note, comme le font les fusions de paquets</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="87"/>
        <source> · confidential</source>
        <translation> · confidentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="88"/>
        <source>Rating: {0}</source>
        <translation>Notation : {0}</translation>
    </message>
</context>
<context>
    <name>RefusedRecordDialog</name>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="119"/>
        <source>Someone else saved this record first</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche avant vous</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="126"/>
        <source>the record</source>
        <translation>la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="129"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; changed this record at {1} ({2}) after you opened it. Your save was refused and nothing of yours is saved yet. Choose what to keep.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; a modifié cette fiche le {1} ({2}) après que vous l’avez ouverte. Votre enregistrement a été refusé et rien du vôtre n’est encore enregistré. Choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="131"/>
        <source>a moment ago</source>
        <translation>il y a un instant</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="134"/>
        <source>Someone else saved this record after you opened it (changed: {0}; version {1} → {2}). Your save was refused and nothing of yours is saved yet. Choose what to keep.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche après que vous l’avez ouverte (modifié : {0} ; version {1} → {2}). Votre enregistrement a été refusé et rien du vôtre n’est encore enregistré. Choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="142"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="142"/>
        <source>Theirs (saved)</source>
        <translation>La leur (enregistrée)</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="143"/>
        <source>Mine (not saved)</source>
        <translation>La mienne (non enregistrée)</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="152"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="153"/>
        <source>Save mine on top of theirs; a field you did not change keeps theirs</source>
        <translation>Enregistrer la mienne par-dessus la leur ; un champ que vous n’avez pas modifié garde leur valeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="155"/>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <location filename="../../ui/views/refused_dialog.py" line="156"/>
        <source>Show their version; mine is not saved (it is put on the clipboard)</source>
        <translation>Afficher leur version ; la mienne n’est pas enregistrée (elle est mise dans le presse-papiers)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports_view.py" line="63"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="66"/>
        <source>Validate and export each scheme&apos;s report, the joint summary, the checklist and the obligations register</source>
        <translation>Valider et exporter le rapport de chaque référentiel, la synthèse conjointe, la liste de contrôle et le registre des obligations</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="80"/>
        <source>Visit:</source>
        <translation>Visite :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="82"/>
        <source>Scheme report</source>
        <translation>Rapport du référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="82"/>
        <source>Joint summary</source>
        <translation>Synthèse conjointe</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="83"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="84"/>
        <source>Site obligations register</source>
        <translation>Registre des obligations du site</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="87"/>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="91"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="92"/>
        <source>Draft (watermarked; allowed with open problems)</source>
        <translation>Brouillon (filigrané ; permis avec des problèmes ouverts)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="95"/>
        <source>Schemes:</source>
        <translation>Référentiels :</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="101"/>
        <source>Free-text fields of the selected scheme&apos;s report</source>
        <translation>Champs libres du rapport du référentiel choisi</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="113"/>
        <source>Save fields</source>
        <translation>Enregistrer les champs</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="118"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="121"/>
        <source>Export PDF…</source>
        <translation>Exporter PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="124"/>
        <source>Checklist XLSX/CSV…</source>
        <translation>Liste XLSX/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="134"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="161"/>
        <source>Open output folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="234"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="234"/>
        <source>{0} problem(s)</source>
        <translation>{0} problème(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="296"/>
        <source>Fields saved.</source>
        <translation>Champs enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="313"/>
        <source>Every selected report is ready.</source>
        <translation>Tous les rapports choisis sont prêts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="314"/>
        <source>{0} problem(s) stand in the way of a final report.</source>
        <translation>{0} problème(s) empêchent le rapport final.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="324"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="355"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="373"/>
        <source>Export cancelled; no file was left behind.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="393"/>
        <location filename="../../ui/views/reports_view.py" line="419"/>
        <source>Written: {0}</source>
        <translation>Écrit : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="408"/>
        <source>Export the checklist</source>
        <translation>Exporter la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports_view.py" line="409"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequirementTreeModel</name>
    <message>
        <location filename="../../ui/models/requirements.py" line="44"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="46"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="47"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="132"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="134"/>
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../ui/models/requirements.py" line="136"/>
        <source>unverified</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../ui/views/review_pane.py" line="60"/>
        <source>Joint template:</source>
        <translation>Modèle conjoint :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="66"/>
        <source>Scheme:</source>
        <translation>Référentiel :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="96"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="97"/>
        <source>Previous item (Alt+Left)</source>
        <translation>Point précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="104"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="105"/>
        <source>Next item (Alt+Right)</source>
        <translation>Point suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="112"/>
        <source>Your comment on this item (saved as you type):</source>
        <translation>Votre commentaire sur ce point (enregistré pendant la saisie) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="125"/>
        <source>General note on the template (optional):</source>
        <translation>Note générale sur le modèle (facultative) :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="137"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="140"/>
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="289"/>
        <source>Changed since the scheme last decided</source>
        <translation>Modifié depuis la dernière décision du référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="300"/>
        <source>(marks: changed since the approval of {0} by {1})</source>
        <translation>(marques : modifié depuis l&apos;approbation du {0} par {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="303"/>
        <source>(marks: changed since the request for changes of {0} by {1})</source>
        <translation>(marques : modifié depuis la demande de modifications du {0} par {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="306"/>
        <source>(never decided: nothing to compare with yet)</source>
        <translation>(jamais décidé : rien à comparer pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="347"/>
        <source>Item {0} of {1}</source>
        <translation>Point {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="360"/>
        <source>Item {0}, kind: {1}</source>
        <translation>Point {0}, type : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="366"/>
        <source>Changed since the scheme last decided:</source>
        <translation>Modifié depuis la dernière décision du référentiel :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="371"/>
        <source>Unchanged since the scheme last decided.</source>
        <translation>Inchangé depuis la dernière décision du référentiel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="376"/>
        <source>Clauses per scheme:</source>
        <translation>Clauses par référentiel :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="378"/>
        <source>This item asks no clause of {0}.</source>
        <translation>Ce point ne demande aucune clause de {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="387"/>
        <source>Links that merged them:</source>
        <translation>Liens qui les ont fusionnées :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="392"/>
        <source>None: one scheme&apos;s clause alone.</source>
        <translation>Aucun : la clause d&apos;un seul référentiel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="394"/>
        <source>Other reviewers&apos; comments:</source>
        <translation>Commentaires des autres réviseurs :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="422"/>
        <source>Not saved yet…</source>
        <translation>Pas encore enregistré…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="442"/>
        <source>All comments saved.</source>
        <translation>Tous les commentaires sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="446"/>
        <source>Comments not saved: {0}</source>
        <translation>Commentaires non enregistrés : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="469"/>
        <source>Approve the template</source>
        <translation>Approuver le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="470"/>
        <location filename="../../ui/views/review_pane.py" line="496"/>
        <source>Passphrase of your signing key:</source>
        <translation>Phrase secrète de votre clé de signature :</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="495"/>
        <location filename="../../ui/views/review_pane.py" line="503"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_pane.py" line="504"/>
        <source>Say what to change first: write a comment on an item, or a general note.</source>
        <translation>Dites d&apos;abord quoi modifier : écrivez un commentaire sur un point ou une note générale.</translation>
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
        <translation>écart mineur</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="48"/>
        <source>major gap</source>
        <translation>écart majeur</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="49"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="50"/>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist.py" line="51"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>SiteView</name>
    <message>
        <location filename="../../ui/views/site_view.py" line="49"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="52"/>
        <source>One site&apos;s obligations across its schemes, what falls due, its open findings and corrective actions</source>
        <translation>Les obligations d&apos;un site pour tous ses référentiels, ses échéances, ses constats ouverts et actions correctives</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="59"/>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="65"/>
        <source>As of:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="71"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="74"/>
        <source>Export PDF register…</source>
        <translation>Exporter le registre PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="85"/>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="85"/>
        <source>Required by</source>
        <translation>Exigé par</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="86"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="86"/>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="92"/>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="94"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="95"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="96"/>
        <source>Scheme</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="97"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="99"/>
        <source>What falls due</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="101"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="102"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="103"/>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="104"/>
        <source>Corrective actions (per scheme)</source>
        <translation>Actions correctives (par référentiel)</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="107"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="120"/>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="120"/>
        <source>desk deliverable</source>
        <translation>livrable documentaire</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="121"/>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="121"/>
        <source>corrective action</source>
        <translation>action corrective</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="122"/>
        <source>joint visit</source>
        <translation>visite conjointe</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="122"/>
        <source>not planned</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="129"/>
        <source>plan by {0}</source>
        <translation>plan avant le {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="130"/>
        <source>close by {0}</source>
        <translation>clore avant le {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="131"/>
        <source>{0} priority</source>
        <translation>priorité {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="133"/>
        <source>owner {0}</source>
        <translation>responsable {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="136"/>
        <source>none raised yet</source>
        <translation>aucune ouverte pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="175"/>
        <source>No site yet: add one in Library → Records.</source>
        <translation>Pas encore de site : ajoutez-en un dans Bibliothèque → Registres.</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="182"/>
        <source>Loading {0}…</source>
        <translation>Chargement de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="198"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; as of {1}: {2} obligation(s) · {3} item(s) falling due · {4} open finding(s)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; au {1} : {2} obligation(s) · {3} échéance(s) · {4} constat(s) ouvert(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="267"/>
        <source>Export the obligations register</source>
        <translation>Exporter le registre des obligations</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="269"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/site_view.py" line="286"/>
        <source>Written: {0}</source>
        <translation>Écrit : {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="246"/>
        <source>Joint visits</source>
        <translation>Visites conjointes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="295"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="116"/>
        <source>Trust a key</source>
        <translation>Faire confiance à une clé</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="118"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}), {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="119"/>
        <source>no organisation given</source>
        <translation>aucune organisation indiquée</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="127"/>
        <source>Fingerprint — compare it with the one its owner gives you (by phone or in person) before you trust the key:</source>
        <translation>Empreinte : comparez-la avec celle que son titulaire vous donne (par téléphone ou en personne) avant de faire confiance à la clé :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="134"/>
        <source>It may approve templates for:</source>
        <translation>Elle peut approuver des modèles pour :</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="139"/>
        <source>It also claims {0}, which this workspace does not hold.</source>
        <translation>Elle revendique aussi {0}, que cet espace de travail ne contient pas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="147"/>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <location filename="../../ui/views/key_dialogs.py" line="155"/>
        <source>Tick at least one scheme.</source>
        <translation>Cochez au moins un référentiel.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../ui/views/base.py" line="127"/>
        <source>Not available in this build: the core&apos;s {0} service (jointaudit.services.{0}) has not landed yet.</source>
        <translation>Indisponible dans cette version : le service {0} du noyau (jointaudit.services.{0}) n&apos;est pas encore intégré.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>plan submitted</source>
        <translation>plan soumis</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>plan accepted</source>
        <translation>plan accepté</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>invalidated</source>
        <translation>invalidée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <location filename="../../ui/words.py" line="60"/>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>equal</source>
        <translation>égal</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>subset</source>
        <translation>sous-ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>superset</source>
        <translation>sur-ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>intersects</source>
        <translation>se recoupe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>not related</source>
        <translation>sans rapport</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>not submitted for approval</source>
        <translation>non soumise à approbation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>awaiting signature</source>
        <translation>en attente de signature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>changed after it was submitted</source>
        <translation>modifiée après sa soumission</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>changed since approval</source>
        <translation>modifiée depuis l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>changed since the request</source>
        <translation>modifié depuis la demande</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>the stored approved content does not match its signed hash</source>
        <translation>le contenu approuvé enregistré ne correspond pas à son empreinte signée</translation>
    </message>
</context>
</TS>
