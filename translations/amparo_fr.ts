<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>amparo::AssistanceService</name>
    <message>
        <source>The type of assistance</source>
        <translation>Le type d&apos;assistance</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>La date de la demande</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>the date of the request</source>
        <translation>la date de la demande</translation>
    </message>
    <message>
        <source>The completion date</source>
        <translation>La date d&apos;achèvement</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>The person %1 is not a person of case %2; add them to the case first.</source>
        <translation>La personne %1 ne figure pas parmi les personnes du dossier %2&#x202f;; ajoutez-la d&apos;abord au dossier.</translation>
    </message>
    <message>
        <source>The provider organisation does not exist.</source>
        <translation>L&apos;organisation prestataire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>Le nouveau statut</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>«&#xa0;%1&#xa0;» est un statut final.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>depuis «&#xa0;%1&#xa0;», les statuts possibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This assistance cannot go from %1 to %2; %3</source>
        <translation>Cette assistance ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#x202f;; %3</translation>
    </message>
    <message>
        <source>There is no assistance with the id %1.</source>
        <translation>Aucune assistance ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>amparo::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is unexpectedly large.</source>
        <translation>La taille de %1 est anormalement élevée.</translation>
    </message>
    <message>
        <source>The disk is full, or the file is too large for this disk: Amparo could not save %1, which was left as it was. Free some space and try again; nothing was lost.</source>
        <translation>Le disque est plein, ou le fichier est trop volumineux pour ce disque&#xa0;: Amparo n&apos;a pas pu enregistrer %1, qui est resté tel quel. Libérez de l&apos;espace et réessayez&#x202f;; rien n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>amparo::AttachmentService</name>
    <message>
        <source>The file name is required.</source>
        <translation>Le nom du fichier est obligatoire.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; attachments may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2 Mo&#x202f;; les pièces jointes ne peuvent pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation>Aucune pièce jointe ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The content of the file &quot;%1&quot; is missing.</source>
        <translation>Le contenu du fichier «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: its content no longer matches the SHA-256 recorded when it was added.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé&#xa0;: son contenu ne correspond plus à l&apos;empreinte SHA-256 enregistrée lors de son ajout.</translation>
    </message>
</context>
<context>
    <name>amparo::AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Écriture d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>Renouvellement de la clé maîtresse</translation>
    </message>
    <message>
        <source>Key-slot file restored from its copy</source>
        <translation>Restauration du fichier des emplacements de clé à partir de sa copie</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Copy of a document exported</source>
        <translation>Exportation d&apos;une copie de document</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Ajout d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Modification des rôles</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Désactivation d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Réactivation d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Suppression d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Modification de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation>Réinitialisation de la phrase secrète avec la clé de récupération</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Modification d&apos;un paramètre</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ouverture du dossier</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Modification du dossier</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Changement de statut du dossier</translation>
    </message>
    <message>
        <source>Case status imported</source>
        <translation>Importation du statut du dossier</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Attribution du dossier</translation>
    </message>
    <message>
        <source>Case assignment ended</source>
        <translation>Fin de l&apos;attribution du dossier</translation>
    </message>
    <message>
        <source>Person added to a case</source>
        <translation>Ajout d&apos;une personne à un dossier</translation>
    </message>
    <message>
        <source>Person removed from a case</source>
        <translation>Retrait d&apos;une personne d&apos;un dossier</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Ajout d&apos;une personne</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Modification d&apos;une personne</translation>
    </message>
    <message>
        <source>Person anonymised</source>
        <translation>Anonymisation d&apos;une personne</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Enregistrement d&apos;un consentement</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>Ajout d&apos;une organisation</translation>
    </message>
    <message>
        <source>Organisation edited</source>
        <translation>Modification d&apos;une organisation</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>Enregistrement d&apos;une violation</translation>
    </message>
    <message>
        <source>Violation edited</source>
        <translation>Modification d&apos;une violation</translation>
    </message>
    <message>
        <source>Violation removed</source>
        <translation>Suppression d&apos;une violation</translation>
    </message>
    <message>
        <source>Medical record changed</source>
        <translation>Modification d&apos;une fiche médicale</translation>
    </message>
    <message>
        <source>Intervention recorded</source>
        <translation>Enregistrement d&apos;une intervention</translation>
    </message>
    <message>
        <source>Intervention edited</source>
        <translation>Modification d&apos;une intervention</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Assistance edited</source>
        <translation>Modification d&apos;une assistance</translation>
    </message>
    <message>
        <source>Assistance status changed</source>
        <translation>Changement de statut d&apos;une assistance</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Ajout d&apos;un document</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Suppression d&apos;un document</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Création d&apos;une tâche</translation>
    </message>
    <message>
        <source>Task edited</source>
        <translation>Modification d&apos;une tâche</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Achèvement d&apos;une tâche</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Réouverture d&apos;une tâche</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Création d&apos;un fonds</translation>
    </message>
    <message>
        <source>Fund edited</source>
        <translation>Modification d&apos;un fonds</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Enregistrement d&apos;une contribution</translation>
    </message>
    <message>
        <source>Grant requested</source>
        <translation>Demande de subvention</translation>
    </message>
    <message>
        <source>Grant edited</source>
        <translation>Modification d&apos;une subvention</translation>
    </message>
    <message>
        <source>Grant status changed</source>
        <translation>Changement de statut d&apos;une subvention</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>Approbation d&apos;une subvention</translation>
    </message>
    <message>
        <source>Fund overcommitment authorised</source>
        <translation>Autorisation d&apos;un dépassement d&apos;engagement du fonds</translation>
    </message>
    <message>
        <source>Ledger transaction posted</source>
        <translation>Passation d&apos;une écriture au grand livre</translation>
    </message>
    <message>
        <source>Ledger transaction reversed</source>
        <translation>Contre-passation d&apos;une écriture du grand livre</translation>
    </message>
    <message>
        <source>Ledger period locked</source>
        <translation>Clôture d&apos;une période du grand livre</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Exportation du journal</translation>
    </message>
    <message>
        <source>Case summary exported</source>
        <translation>Exportation d&apos;une synthèse de dossier</translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Exportation vers un tableur</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>Importation depuis un tableur</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Ledger transaction</source>
        <translation>Écriture du grand livre</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Préfixe des références de dossier</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutes avant le verrouillage automatique</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Seuil d&apos;approbation</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Taille maximale des pièces jointes</translation>
    </message>
    <message>
        <source>Days to justify a payment</source>
        <translation>Délai de justification d&apos;un paiement (jours)</translation>
    </message>
    <message>
        <source>Days between backup reminders</source>
        <translation>Intervalle entre les rappels de sauvegarde (jours)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1&#xa0;: valeur modifiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1&#xa0;: %2 (valeur supprimée)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>amparo::AuditLog</name>
    <message>
        <source>entry #%1 (%2, %3 by %4)</source>
        <translation>l&apos;entrée n°&#xa0;%1 (%2, %3 par %4)</translation>
    </message>
    <message>
        <source>Audit trail broken: entry #%1 is missing (entries were deleted before %2).</source>
        <translation>Journal d&apos;audit rompu&#xa0;: l&apos;entrée n°&#xa0;%1 est manquante (des entrées ont été supprimées avant %2).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 does not follow the entry before it (an entry was inserted, deleted or reordered).</source>
        <translation>Journal d&apos;audit rompu&#xa0;: %1 ne fait pas suite à l&apos;entrée précédente (une entrée a été insérée, supprimée ou déplacée).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 was modified after it was written.</source>
        <translation>Journal d&apos;audit rompu&#xa0;: %1 a été modifiée après son enregistrement.</translation>
    </message>
</context>
<context>
    <name>amparo::Backup</name>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>Impossible de lire l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Amparo backup.</source>
        <translation>%1 n&apos;est pas une sauvegarde Amparo.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it ends before its contents.</source>
        <translation>La sauvegarde %1 est tronquée&#xa0;: elle s&apos;interrompt avant son contenu.</translation>
    </message>
    <message>
        <source>The backup %1 has format %2, which this version of Amparo does not know; update Amparo to restore it.</source>
        <translation>La sauvegarde %1 est au format %2, que cette version d&apos;Amparo ne connaît pas&#x202f;; mettez Amparo à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: a part is longer than the file.</source>
        <translation>La sauvegarde %1 est tronquée ou endommagée&#xa0;: une partie dépasse la taille du fichier.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: it has unexpected data.</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: elle contient des données inattendues.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its checksum does not match its contents.</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: sa somme de contrôle ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an encrypted Amparo database.</source>
        <translation>La sauvegarde %1 ne contient pas de base de données Amparo chiffrée.</translation>
    </message>
    <message>
        <source>The backup needs a file name.</source>
        <translation>Indiquez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Write the backup outside the vault folder, ideally on another disk.</source>
        <translation>Enregistrez la sauvegarde hors du répertoire du coffre, idéalement sur un autre disque.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not verify: %2</source>
        <translation>La vérification de la sauvegarde écrite dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Say where to restore the vault.</source>
        <translation>Indiquez où restaurer le coffre.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore into a new folder so that nothing is overwritten.</source>
        <translation>%1 n&apos;est pas vide&#x202f;; restaurez le coffre dans un nouveau répertoire afin que rien ne soit écrasé.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored vault to %1.</source>
        <translation>Impossible de déplacer le coffre restauré vers %1.</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>l&apos;initialisation de la sauvegarde</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>la copie de la base de données</translation>
    </message>
</context>
<context>
    <name>amparo::CaseService</name>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation>Le récit des faits</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Le pays</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La priorité</translation>
    </message>
    <message>
        <source>The risk assessment</source>
        <translation>L&apos;évaluation des risques</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>L&apos;identifiant externe</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>La date d&apos;ouverture</translation>
    </message>
    <message>
        <source>The incident date</source>
        <translation>La date des faits</translation>
    </message>
    <message>
        <source>The reporting date</source>
        <translation>La date du signalement</translation>
    </message>
    <message>
        <source>the incident date</source>
        <translation>la date des faits</translation>
    </message>
    <message>
        <source>The referring organisation does not exist.</source>
        <translation>L&apos;organisation qui a orienté le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cases can only be assigned to active caseworkers.</source>
        <translation>Un dossier ne peut être attribué qu&apos;à un chargé de dossiers dont le compte est actif.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another case.</source>
        <translation>L&apos;identifiant externe «&#xa0;%1&#xa0;» est déjà utilisé par un autre dossier.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is not of the form PREFIX-YEAR-NUMBER.</source>
        <translation>La référence «&#xa0;%1&#xa0;» n&apos;a pas la forme PRÉFIXE-ANNÉE-NUMÉRO.</translation>
    </message>
    <message>
        <source>The reference %1 is already used.</source>
        <translation>La référence %1 est déjà utilisée.</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ouverture du dossier</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>Le nouveau statut</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>Case %1 cannot go from %2 to %3; from %2 it can go to: %4.</source>
        <translation>Le dossier %1 ne peut pas passer du statut «&#xa0;%2&#xa0;» au statut «&#xa0;%3&#xa0;»&#x202f;; depuis «&#xa0;%2&#xa0;», les statuts possibles sont&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Le statut</translation>
    </message>
    <message>
        <source>Case %1 already has a history; its status changes only through the workflow.</source>
        <translation>Le dossier %1 a déjà un historique&#x202f;; son statut ne peut plus changer qu&apos;en suivant les étapes du flux de travail.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>The role in the case</source>
        <translation>Le rôle dans le dossier</translation>
    </message>
    <message>
        <source>The perpetrator type</source>
        <translation>Le type d&apos;auteur</translation>
    </message>
    <message>
        <source>That person does not have that role in the case.</source>
        <translation>Cette personne n&apos;a pas ce rôle dans le dossier.</translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>Aucun dossier ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>amparo::CaseSummary</name>
    <message>
        <source>Case summary %1</source>
        <translation>Synthèse du dossier %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name and ISO code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Date d&apos;ouverture</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Chargés du dossier</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Aucun chargé désigné</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Restricted: need-to-know only</source>
        <translation>Restreint&#xa0;: accès selon le besoin d&apos;en connaître</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Récit des faits</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ouverture du dossier</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rôle dans le dossier</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Contact and notes</source>
        <translation>Coordonnées et notes</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>Défenseure des droits humains</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to publication.</source>
        <translation>
            <numerusform>%n personne omise&#xa0;: absence de consentement à la publication.</numerusform>
            <numerusform>%n personnes omises&#xa0;: absence de consentement à la publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to share.</source>
        <translation>
            <numerusform>%n personne omise&#xa0;: absence de consentement au partage.</numerusform>
            <numerusform>%n personnes omises&#xa0;: absence de consentement au partage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>born about a year</comment>
        <translation>Vers %1</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18&#xa0;ans</translation>
    </message>
    <message>
        <source>70 or older</source>
        <translation>70&#xa0;ans et plus</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>age band</comment>
        <translation>%1–%2&#xa0;ans</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — INTERNAL</source>
        <translation>CONFIDENTIEL — USAGE INTERNE</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>PARTENAIRE</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <source>Internal summary.</source>
        <translation>Synthèse interne.</translation>
    </message>
    <message>
        <source>Everything recorded in the case, names, contact details and medical findings included. Not to be shared outside the organisation.</source>
        <translation>Tout ce qui est enregistré dans le dossier, y compris les noms, les coordonnées et les constatations médicales. Ne pas diffuser en dehors de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Summary for a partner organisation.</source>
        <translation>Synthèse destinée à une organisation partenaire.</translation>
    </message>
    <message>
        <source>Only people who consented to sharing with a partner appear, under their pseudonyms; their names in the text are replaced by pseudonyms. Contact details, addresses, dates of birth (ages are given in bands such as 30–39), risk assessments, medical findings and file names are withheld.</source>
        <translation>Seules figurent les personnes ayant consenti au partage avec un partenaire, sous leur pseudonyme&#x202f;; dans le texte, leurs noms sont remplacés par leur pseudonyme. Les coordonnées, les adresses, les dates de naissance (les âges sont indiqués par tranches, par exemple 30–39&#xa0;ans), les évaluations des risques, les constatations médicales et les noms de fichiers sont omis.</translation>
    </message>
    <message>
        <source>Public summary.</source>
        <translation>Synthèse publique.</translation>
    </message>
    <message>
        <source>Only people who consented to publication in an urgent appeal appear, under their pseudonyms. Narrative details that could identify anyone — accounts, places, reasons, descriptions, staff, organisations, medical findings and file names — are withheld.</source>
        <translation>Seules figurent les personnes ayant consenti à la publication dans un appel urgent, sous leur pseudonyme. Les éléments descriptifs susceptibles de permettre l&apos;identification d&apos;une personne — récits, lieux, motifs, descriptions, personnel, organisations, constatations médicales et noms de fichiers — sont omis.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>reference, programme and country</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Établi par %1 le %2.</translation>
    </message>
    <message>
        <source>Prepared on %1.</source>
        <translation>Établi le %1.</translation>
    </message>
    <message>
        <source>CASE SUMMARY</source>
        <translation>SYNTHÈSE DU DOSSIER</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Aucun élément enregistré.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Grants and disbursements</source>
        <translation>Subventions et décaissements</translation>
    </message>
    <message>
        <source>No grants recorded.</source>
        <translation>Aucune subvention enregistrée.</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>Payments are shown to finance officers and fund managers.</source>
        <translation>Le détail des paiements n&apos;est présenté qu&apos;aux responsables financiers et aux gestionnaires de fonds.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>In the fund&apos;s currency</source>
        <translation>Dans la devise du fonds</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Reversed: not counted</source>
        <translation>Contre-passé&#xa0;: non pris en compte</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <comment>exchange rate</comment>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <source>No payments recorded.</source>
        <translation>Aucun paiement enregistré.</translation>
    </message>
    <message>
        <source>Net paid, by currency of payment</source>
        <translation>Montant net payé, par devise de paiement</translation>
    </message>
    <message>
        <source>Net paid, in the fund&apos;s currency</source>
        <translation>Montant net payé, dans la devise du fonds</translation>
    </message>
    <message numerus="yes">
        <source>%n reversed disbursement(s) not counted in the totals.</source>
        <translation>
            <numerusform>%n décaissement contre-passé n&apos;est pas pris en compte dans les totaux.</numerusform>
            <numerusform>%n décaissements contre-passés ne sont pas pris en compte dans les totaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>Examen médical (Protocole d&apos;Istanbul)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>examination date and examiner</comment>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>finding kind, description and consistency</comment>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs présumés</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>%n violation omise&#xa0;: absence de consentement à la publication.</numerusform>
            <numerusform>%n violations omises&#xa0;: absence de consentement à la publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>%n violation omise&#xa0;: absence de consentement au partage.</numerusform>
            <numerusform>%n violations omises&#xa0;: absence de consentement au partage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>Aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>%n mesure d&apos;assistance omise&#xa0;: absence de consentement à la publication.</numerusform>
            <numerusform>%n mesures d&apos;assistance omises&#xa0;: absence de consentement à la publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>%n mesure d&apos;assistance omise&#xa0;: absence de consentement au partage.</numerusform>
            <numerusform>%n mesures d&apos;assistance omises&#xa0;: absence de consentement au partage.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>%1, %2 KB</source>
        <comment>file type and size</comment>
        <translation>%1, %2&#xa0;Ko</translation>
    </message>
    <message>
        <source>Violation %1</source>
        <translation>Violation %1</translation>
    </message>
    <message>
        <source>Assistance %1</source>
        <translation>Assistance %1</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Subvention %1</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Files are listed, not included; they stay in the organisation&apos;s vault.</source>
        <translation>Les fichiers sont listés mais non joints&#x202f;; ils restent dans le coffre de l&apos;organisation.</translation>
    </message>
    <message>
        <source>File names are withheld: they often contain names.</source>
        <translation>Les noms de fichiers sont omis&#xa0;: ils contiennent souvent des noms de personnes.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of withheld records not listed.</source>
        <translation>
            <numerusform>%n fichier rattaché à des éléments omis ne figure pas dans la liste.</numerusform>
            <numerusform>%n fichiers rattachés à des éléments omis ne figurent pas dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ConsentService</name>
    <message>
        <source>The purpose</source>
        <translation>La finalité</translation>
    </message>
    <message>
        <source>The consent status</source>
        <translation>Le statut du consentement</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>Le mode d&apos;obtention du consentement</translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation>La date de la décision est obligatoire.</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>La date de la décision</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>La date d&apos;expiration</translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation>la date de la décision</translation>
    </message>
</context>
<context>
    <name>amparo::Corrections</name>
    <message>
        <source>Transaction %1 is itself the reversal of transaction %2 and cannot be reversed; post a new entry instead.</source>
        <translation>L&apos;écriture %1 est elle-même la contre-passation de l&apos;écriture %2 et ne peut pas être contre-passée&#x202f;; passez plutôt une nouvelle écriture.</translation>
    </message>
    <message>
        <source>Transaction %1 was already reversed by transaction %2.</source>
        <translation>L&apos;écriture %1 a déjà été contre-passée par l&apos;écriture %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is a grant commitment; it follows the grant: cancel or close the grant instead of reversing it.</source>
        <translation>L&apos;écriture %1 est un engagement de subvention et suit le sort de la subvention&#xa0;: annulez ou clôturez la subvention au lieu de contre-passer l&apos;écriture.</translation>
    </message>
    <message>
        <source>The reason for the reversal</source>
        <translation>Le motif de la contre-passation</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, before transaction %2 itself (%3).</source>
        <translation>La contre-passation ne peut pas être datée du %1, soit avant l&apos;écriture %2 elle-même (%3).</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, in the future.</source>
        <translation>La contre-passation ne peut pas être datée du %1&#xa0;: cette date se situe dans le futur.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; ses paiements ne peuvent plus être contre-passés. Enregistrez plutôt un remboursement.</translation>
    </message>
    <message>
        <source>The rest of grant %1 has been released to the fund; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>Le solde de la subvention %1 a été restitué au fonds&#x202f;; ses paiements ne peuvent plus être contre-passés. Enregistrez plutôt un remboursement.</translation>
    </message>
    <message>
        <source>Reversing this payment would leave grant %1 with more refunded than paid; reverse the refunds first.</source>
        <translation>Contre-passer ce paiement rendrait le montant remboursé de la subvention %1 supérieur au montant payé&#x202f;; contre-passez d&apos;abord les remboursements.</translation>
    </message>
    <message>
        <source>Reversal of transaction %1: %2</source>
        <translation>Contre-passation de l&apos;écriture %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reversing transaction %1 would leave fund %2 with less than nothing available (%3); cancel or reduce grants first.</source>
        <translation>Contre-passer l&apos;écriture %1 rendrait négatif le disponible du fonds %2 (%3)&#x202f;; annulez ou réduisez d&apos;abord des subventions.</translation>
    </message>
    <message>
        <source>A payment was reversed.</source>
        <translation>Un paiement a été contre-passé.</translation>
    </message>
</context>
<context>
    <name>amparo::Countries</name>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Îles d’Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Pays-Bas caribéens</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Îles des Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Îles Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Îles Falkland</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Îles Féroé</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud-et-les Îles Sandwich du Sud</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Île Heard-et-Îles MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l’océan Indien</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Kitts-et-Nevis</translation>
    </message>
    <message>
        <source>Democratic People’s Republic of Korea</source>
        <translation>République populaire démocratique de Corée</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>République de Corée</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Îles Caïmanes</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>Saint-Martin (partie française)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Île Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Nioué</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Sainte-Hélène</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Îles Svalbard-et-Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokélaou</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Holy See</source>
        <translation>Saint-Siège</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Îles Vierges américaines</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Viet Nam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Îles Wallis-et-Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>amparo::Currency</name>
    <message>
        <source>%1 is missing; give a currency code such as EUR or USD.</source>
        <translation>%1 est obligatoire&#x202f;; indiquez un code de devise, par exemple EUR ou USD.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a currency Amparo knows; use an ISO 4217 code such as EUR, USD, CHF, JPY or KWD.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une devise connue d&apos;Amparo&#x202f;; utilisez un code ISO 4217, par exemple EUR, USD, CHF, JPY ou KWD.</translation>
    </message>
</context>
<context>
    <name>amparo::Database</name>
    <message>
        <source>The key does not open this database, or the file is not an Amparo database (%1).</source>
        <translation>La clé n&apos;ouvre pas cette base de données, ou le fichier n&apos;est pas une base de données Amparo (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2).</source>
        <translation>Le fichier de base de données est endommagé (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (%1).</source>
        <translation>Le coffre est utilisé par un autre processus Amparo&#x202f;; réessayez lorsqu&apos;il aura terminé (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be written or opened: %1 (%2).</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données ou d&apos;y écrire&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (code %3).</source>
        <translation>Erreur de base de données lors de %1&#xa0;: %2 (code %3).</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>Une base de données existe déjà à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Aucune base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation>l&apos;application de la clé</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this program; refusing to open the vault without encryption.</source>
        <translation>SQLCipher n&apos;est pas actif dans ce programme&#x202f;; le coffre ne sera pas ouvert sans chiffrement.</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>La base de données n&apos;a pas pu passer en mode de journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The key cannot change inside a transaction.</source>
        <translation>La clé ne peut pas être modifiée au cours d&apos;une transaction.</translation>
    </message>
    <message>
        <source>changing the database key</source>
        <translation>la modification de la clé de la base de données</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (checkpoint).</source>
        <translation>Le coffre est utilisé par un autre processus Amparo&#x202f;; réessayez lorsqu&apos;il aura terminé (point de contrôle).</translation>
    </message>
    <message>
        <source>The disk is full, or a file has grown too large for this disk: Amparo could not save this, and nothing of it was kept. Free some space and try again; what was saved before is safe. (%1)</source>
        <translation>Le disque est plein, ou un fichier est devenu trop volumineux pour ce disque&#xa0;: Amparo n&apos;a pas pu enregistrer ceci, et rien n&apos;en a été conservé. Libérez de l&apos;espace et réessayez&#x202f;; ce qui avait été enregistré auparavant est intact. (%1)</translation>
    </message>
    <message>
        <source>The disk could not read or write the vault&apos;s files (an input/output error), so this was not saved. The disk may be failing or disconnected; check it, then open the vault again. (%1: %2)</source>
        <translation>Le disque n&apos;a pas pu lire ou écrire les fichiers du coffre (erreur d&apos;entrée/sortie)&#x202f;; ceci n&apos;a donc pas été enregistré. Le disque est peut-être défaillant ou déconnecté&#x202f;; vérifiez-le, puis rouvrez le coffre. (%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The benchmark&apos;s plaintext database must be a new file; %1 exists.</source>
        <translation>La base de données non chiffrée du banc d&apos;essai doit être un nouveau fichier&#x202f;; %1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>amparo::DatabaseSalt</name>
    <message>
        <source>The vault&apos;s database file %1 is missing.</source>
        <translation>Le fichier de base de données du coffre (%1) est introuvable.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file %1 is truncated.</source>
        <translation>Le fichier de base de données du coffre (%1) est tronqué.</translation>
    </message>
</context>
<context>
    <name>amparo::DemoGenerator</name>
    <message numerus="yes">
        <source>This vault already holds %n case(s) or person(s); demo data goes only into a new, empty vault.</source>
        <translation>
            <numerusform>Ce coffre contient déjà %n enregistrement (dossier ou personne)&#x202f;; les données de démonstration ne peuvent être ajoutées qu&apos;à un coffre nouveau et vide.</numerusform>
            <numerusform>Ce coffre contient déjà %n enregistrements (dossiers ou personnes)&#x202f;; les données de démonstration ne peuvent être ajoutées qu&apos;à un coffre nouveau et vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault already has a user &quot;%1&quot;; demo data goes only into a new vault.</source>
        <translation>Ce coffre comporte déjà un utilisateur «&#xa0;%1&#xa0;»&#x202f;; les données de démonstration ne peuvent être ajoutées qu&apos;à un nouveau coffre.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1.</source>
        <translation>Le nombre de dossiers de démonstration doit être compris entre 0 et %1.</translation>
    </message>
    <message numerus="yes">
        <source>This vault already has %n fund(s); demo data goes only into a new vault.</source>
        <translation>
            <numerusform>Ce coffre contient déjà %n fonds&#x202f;; les données de démonstration ne peuvent être ajoutées qu&apos;à un nouveau coffre.</numerusform>
            <numerusform>Ce coffre contient déjà %n fonds&#x202f;; les données de démonstration ne peuvent être ajoutées qu&apos;à un nouveau coffre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::DisbursementService</name>
    <message>
        <source>The currency</source>
        <translation>La devise</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <source>The date of payment</source>
        <translation>La date de paiement</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The amount is in %1 but grant %2 is in %3; give the exchange rate of the day (how many %1 one %3 buys).</source>
        <translation>Le montant est en %1, mais la subvention %2 est en %3&#x202f;; indiquez le taux de change du jour (nombre de %1 pour 1 %3).</translation>
    </message>
    <message>
        <source>%1 at the rate %2 is worth less than the smallest unit of %3.</source>
        <translation>%1 au taux de %2 représente moins que la plus petite unité de %3.</translation>
    </message>
    <message>
        <source>pay a grant they requested</source>
        <translation>payer une subvention demandée par ses soins</translation>
    </message>
    <message>
        <source>pay a grant they approved</source>
        <translation>payer une subvention approuvée par ses soins</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only approved grants can be paid.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; seules les subventions approuvées peuvent être payées.</translation>
    </message>
    <message>
        <source>Paying %1 for grant %2 would go beyond what was approved: %3 approved, %4 already paid, %5 left.</source>
        <translation>Un paiement de %1 au titre de la subvention %2 dépasserait le montant approuvé (montant approuvé&#xa0;: %3&#x202f;; déjà payé&#xa0;: %4&#x202f;; reste à payer&#xa0;: %5).</translation>
    </message>
    <message>
        <source>Payment for %1 (case %2)</source>
        <translation>Paiement de la subvention %1 (dossier %2)</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>Payée intégralement.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; refunds are recorded for grants that have been paid.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; les remboursements ne s&apos;enregistrent que pour des subventions déjà payées.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 paid for grant %3 and not yet refunded.</source>
        <translation>Un remboursement de %1 dépasse le montant payé au titre de la subvention %3 et non encore remboursé (%2).</translation>
    </message>
    <message>
        <source>Refund of unspent money of %1 (case %2)</source>
        <translation>Remboursement du reliquat non dépensé de la subvention %1 (dossier %2)</translation>
    </message>
    <message>
        <source>Grant %1 is %2; payments can only be finished while the grant is being disbursed.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; les paiements ne peuvent être clôturés que pendant le décaissement de la subvention.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <source>payments finished</source>
        <translation>paiements terminés</translation>
    </message>
    <message>
        <source>Grant %1 cannot be justified: the payments of %2 have no receipt yet.</source>
        <translation>La subvention %1 ne peut pas être justifiée&#xa0;: les paiements du %2 n&apos;ont encore aucun justificatif.</translation>
    </message>
    <message>
        <source>There is no disbursement with the id %1.</source>
        <translation>Aucun décaissement ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>amparo::DocumentLanguage</name>
    <message>
        <source>Unknown document language &quot;%1&quot;; use one of: %2.</source>
        <translation>Langue de document inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::DraftStore</name>
    <message>
        <source>A draft needs to say what was edited.</source>
        <translation>Un brouillon doit indiquer ce qui a été modifié.</translation>
    </message>
    <message>
        <source>This draft is too large to keep (%1 KiB; at most %2 KiB).</source>
        <translation>Ce brouillon est trop volumineux pour être conservé (%1&#xa0;Kio&#x202f;; %2&#xa0;Kio au maximum).</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Ce brouillon n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>amparo::FundService</name>
    <message>
        <source>The fund code &quot;%1&quot; must be 2 to 12 capital letters or digits, starting with a letter (for example UAF).</source>
        <translation>Le code de fonds «&#xa0;%1&#xa0;» doit comporter de 2 à 12 lettres majuscules ou chiffres et commencer par une lettre (par exemple UAF).</translation>
    </message>
    <message>
        <source>The fund name</source>
        <translation>Le nom du fonds</translation>
    </message>
    <message>
        <source>The fund currency</source>
        <translation>La devise du fonds</translation>
    </message>
    <message>
        <source>The annual budget must be between zero and %1.</source>
        <translation>Le budget annuel doit être compris entre zéro et %1.</translation>
    </message>
    <message>
        <source>The two-approver threshold must be between zero and %1.</source>
        <translation>Le seuil de double approbation doit être compris entre zéro et %1.</translation>
    </message>
    <message>
        <source>A country of the fund</source>
        <translation>Un pays du fonds</translation>
    </message>
    <message>
        <source>The programmes</source>
        <translation>Les programmes</translation>
    </message>
    <message>
        <source>The assistance types</source>
        <translation>Les types d&apos;assistance</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1 to be a donor.</source>
        <translation>Le bailleur de fonds indiqué n&apos;existe pas&#xa0;: aucune organisation ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor; record it as a donor organisation first.</source>
        <translation>L&apos;organisation %1 n&apos;est pas un bailleur de fonds&#x202f;; enregistrez-la d&apos;abord comme organisation de type «&#xa0;Bailleur de fonds&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a fund with the code %1.</source>
        <translation>Un fonds porte déjà le code %1.</translation>
    </message>
    <message>
        <source>There is no fund with the id %1.</source>
        <translation>Aucun fonds ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no fund with the code &quot;%1&quot;.</source>
        <translation>Aucun fonds ne porte le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The currency of the contribution</source>
        <translation>La devise de la contribution</translation>
    </message>
    <message>
        <source>The amount of the contribution</source>
        <translation>Le montant de la contribution</translation>
    </message>
    <message>
        <source>The date received</source>
        <translation>La date de réception</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La référence</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor of fund %2.</source>
        <translation>L&apos;organisation %1 ne figure pas parmi les bailleurs du fonds %2.</translation>
    </message>
    <message>
        <source>The contribution is in %1 but fund %2 keeps its accounts in %3; give the exchange rate of the day.</source>
        <translation>La contribution est en %1, mais la comptabilité du fonds %2 est tenue en %3&#x202f;; indiquez le taux de change du jour.</translation>
    </message>
    <message>
        <source>The contribution in %1</source>
        <translation>La contribution en %1</translation>
    </message>
    <message>
        <source>Contribution to %1 %2</source>
        <translation>Contribution au fonds %1 %2</translation>
    </message>
    <message>
        <source>Fund %1 is closed to new grants.</source>
        <translation>Le fonds %1 n&apos;accepte plus de nouvelles subventions.</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for cases in %2; this case is in %3.</source>
        <translation>Le fonds %1 ne finance que des dossiers des pays suivants&#xa0;: %2&#x202f;; pays de ce dossier&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for the programmes %2; this case is in %3.</source>
        <translation>Le fonds %1 ne finance que les programmes suivants&#xa0;: %2&#x202f;; ce dossier relève du programme «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for %2; this assistance is %3.</source>
        <translation>Le fonds %1 ne finance que les types d&apos;assistance suivants&#xa0;: %2&#x202f;; cette assistance est de type «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>amparo::GrantService</name>
    <message>
        <source>The currency of the grant</source>
        <translation>La devise de la subvention</translation>
    </message>
    <message>
        <source>Fund %1 keeps its accounts in %2; request the grant in %2 (payments may still be made in %3 at the rate of the day).</source>
        <translation>La comptabilité du fonds %1 est tenue en %2&#x202f;; demandez la subvention en %2 (les paiements pourront tout de même être effectués en %3 au taux du jour).</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>L&apos;objet</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>La justification</translation>
    </message>
    <message>
        <source>The assistance %1 belongs to another case than %2.</source>
        <translation>L&apos;assistance %1 relève d&apos;un autre dossier que le dossier %2.</translation>
    </message>
    <message>
        <source>The beneficiary must be a person of case %1.</source>
        <translation>Le bénéficiaire doit figurer parmi les personnes du dossier %1.</translation>
    </message>
    <message>
        <source>The beneficiary organisation does not exist.</source>
        <translation>L&apos;organisation bénéficiaire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A grant request needs at least one budget line with an amount.</source>
        <translation>Une demande de subvention doit comporter au moins une ligne budgétaire assortie d&apos;un montant.</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>La ligne budgétaire %1</translation>
    </message>
    <message>
        <source>The total of the budget lines</source>
        <translation>Le total des lignes budgétaires</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only drafts and requests returned for changes can be edited.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; seuls les brouillons et les demandes renvoyées pour modification peuvent être modifiés.</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>«&#xa0;%1&#xa0;» est un statut final.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>depuis «&#xa0;%1&#xa0;», les statuts possibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Grant %1 cannot go from %2 to %3; %4</source>
        <translation>La subvention %1 ne peut pas passer du statut «&#xa0;%2&#xa0;» au statut «&#xa0;%3&#xa0;»&#x202f;; %4</translation>
    </message>
    <message>
        <source>Release of %1: %2</source>
        <translation>Désengagement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>approve their own grant request</source>
        <translation>approuver sa propre demande de subvention</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only submitted requests can be approved.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; seules les demandes soumises peuvent être approuvées.</translation>
    </message>
    <message>
        <source>give both approvals of a grant</source>
        <translation>donner les deux approbations d&apos;une même subvention</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Le montant approuvé</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the %3 requested.</source>
        <translation>%1 (%2) ne peut pas dépasser le montant demandé (%3).</translation>
    </message>
    <message>
        <source>Fund %1 has %2 available; approving %3 for grant %4 would commit more than it has. An administrator can authorise the over-commitment with a written reason.</source>
        <translation>Le disponible du fonds %1 est de %2&#x202f;; approuver %3 pour la subvention %4 engagerait davantage que ce montant. Un administrateur peut autoriser le dépassement d&apos;engagement en indiquant un motif écrit.</translation>
    </message>
    <message>
        <source>Commitment of %1 for case %2</source>
        <translation>Engagement de %1 pour le dossier %2</translation>
    </message>
    <message>
        <source>decide on their own grant request</source>
        <translation>statuer sur sa propre demande de subvention</translation>
    </message>
    <message>
        <source>The reason for the rejection</source>
        <translation>Le motif du rejet</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Les modifications demandées</translation>
    </message>
    <message>
        <source>The reason for the cancellation</source>
        <translation>Le motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>subvention annulée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>subvention clôturée</translation>
    </message>
    <message>
        <source>Grant %1 is %2; an over-commitment can only be authorised for a submitted request.</source>
        <translation>La subvention %1 a le statut «&#xa0;%2&#xa0;»&#x202f;; un dépassement d&apos;engagement ne peut être autorisé que pour une demande soumise.</translation>
    </message>
    <message>
        <source>The reason for the over-commitment</source>
        <translation>Le motif du dépassement d&apos;engagement</translation>
    </message>
    <message>
        <source>There is no grant with the id %1.</source>
        <translation>Aucune subvention ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no grant with the reference &quot;%1&quot;.</source>
        <translation>Aucune subvention ne porte la référence «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown grant status &quot;%1&quot;; use one of: %2.</source>
        <translation>Statut de subvention inconnu&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::InterventionService</name>
    <message>
        <source>The kind of intervention</source>
        <translation>Le type d&apos;intervention</translation>
    </message>
    <message>
        <source>The date it was sent is required.</source>
        <translation>La date d&apos;envoi est obligatoire.</translation>
    </message>
    <message>
        <source>The date it was sent</source>
        <translation>La date d&apos;envoi</translation>
    </message>
    <message>
        <source>The addressee organisation does not exist.</source>
        <translation>L&apos;organisation destinataire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The addressee</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La référence</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>La date de la réponse</translation>
    </message>
    <message>
        <source>the date it was sent</source>
        <translation>la date d&apos;envoi</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <source>There is no intervention with the id %1.</source>
        <translation>Aucune intervention ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>amparo::JournalRegister</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>La période commence le %1, soit après sa date de fin (%2).</translation>
    </message>
    <message>
        <source>No grant was requested for a case with the reference &quot;%1&quot;.</source>
        <translation>Aucune subvention n&apos;a été demandée pour un dossier portant la référence «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>amparo::Kdf</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation>Les paramètres de dérivation de clé sont endommagés.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Mémoire insuffisante pour dériver la clé (%1 Mio nécessaires).</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>La phrase secrète n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète est trop courte&#xa0;: utilisez au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte&#xa0;: utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::KeySlot</name>
    <message>
        <source>Sealing the master key failed.</source>
        <translation>Le scellement de la clé maîtresse a échoué.</translation>
    </message>
    <message>
        <source>A key slot is damaged (wrong length).</source>
        <translation>Un emplacement de clé est endommagé (longueur incorrecte).</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nom d&apos;utilisateur ou phrase secrète incorrect.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>L&apos;emplacement de clé ne contient aucune clé maîtresse utilisable.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotFile</name>
    <message>
        <source>The key-slot file is damaged: %1</source>
        <translation>Le fichier des emplacements de clé est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1 has a malformed %2 field.</source>
        <translation>la ligne %1 contient un champ %2 mal formé.</translation>
    </message>
    <message>
        <source>line %1 names an unknown kind of slot.</source>
        <translation>la ligne %1 indique un type d&apos;emplacement inconnu.</translation>
    </message>
    <message>
        <source>line %1 has an unexpected field.</source>
        <translation>la ligne %1 contient un champ inattendu.</translation>
    </message>
    <message>
        <source>line %1 uses an unknown key derivation.</source>
        <translation>la ligne %1 utilise une méthode de dérivation de clé inconnue.</translation>
    </message>
    <message>
        <source>line %1 has key derivation costs out of range.</source>
        <translation>la ligne %1 contient des paramètres de coût de dérivation de clé hors limites.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it is far larger than a key-slot file can be.</source>
        <translation>sa taille dépasse de loin celle que peut avoir un fichier des emplacements de clé.</translation>
    </message>
    <message>
        <source>it is not an Amparo key-slot file, or of an unknown version.</source>
        <translation>ce n&apos;est pas un fichier des emplacements de clé Amparo, ou sa version est inconnue.</translation>
    </message>
    <message>
        <source>it is truncated (the checksum line is missing).</source>
        <translation>il est tronqué (la ligne de somme de contrôle est absente).</translation>
    </message>
    <message>
        <source>its checksum does not match (the file was cut short or edited).</source>
        <translation>sa somme de contrôle ne correspond pas (le fichier a été tronqué ou modifié).</translation>
    </message>
    <message>
        <source>line %1 is not understood.</source>
        <translation>la ligne %1 n&apos;est pas reconnue.</translation>
    </message>
    <message>
        <source>the vault identity is missing.</source>
        <translation>l&apos;identifiant du coffre est absent.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotStore</name>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>Le fichier des emplacements de clé %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo vault (no key-slot file).</source>
        <translation>%1 n&apos;est pas un coffre Amparo (aucun fichier des emplacements de clé).</translation>
    </message>
    <message>
        <source>%1 There is no backup copy; restore the vault from a backup.</source>
        <translation>%1 Il n&apos;existe aucune copie de secours&#x202f;; restaurez le coffre à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 The backup copy is damaged too: %2</source>
        <translation>%1 La copie de secours est elle aussi endommagée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>amparo::Ledger</name>
    <message>
        <source>The ledger is locked up to %1; nothing can be posted on %2. Post it with a date after the lock.</source>
        <translation>Le grand livre est clôturé jusqu&apos;au %1&#x202f;; aucune écriture ne peut être passée au %2. Passez-la à une date postérieure à la clôture.</translation>
    </message>
    <message>
        <source>A ledger transaction needs a date.</source>
        <translation>Une écriture du grand livre doit être datée.</translation>
    </message>
    <message>
        <source>The posting date</source>
        <translation>La date de comptabilisation</translation>
    </message>
    <message>
        <source>A ledger transaction needs at least two postings.</source>
        <translation>Une écriture du grand livre doit comporter au moins deux lignes.</translation>
    </message>
    <message>
        <source>The posting to %1 is in &quot;%2&quot;, which is not a currency Amparo knows.</source>
        <translation>La ligne d&apos;écriture du compte %1 est en «&#xa0;%2&#xa0;», qui n&apos;est pas une devise connue d&apos;Amparo.</translation>
    </message>
    <message>
        <source>The posting to %1 has no amount.</source>
        <translation>La ligne d&apos;écriture du compte %1 n&apos;a pas de montant.</translation>
    </message>
    <message>
        <source>The transaction &quot;%1&quot; does not balance: its %2 postings add up to %3 instead of zero.</source>
        <translation>L&apos;écriture «&#xa0;%1&#xa0;» n&apos;est pas équilibrée&#xa0;: ses lignes en %2 totalisent %3 au lieu de zéro.</translation>
    </message>
    <message>
        <source>The end of the locked period</source>
        <translation>La fin de la période clôturée</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (%2).</source>
        <translation>%1 ne peut pas se situer dans le futur (%2).</translation>
    </message>
    <message>
        <source>The reason for the lock</source>
        <translation>Le motif de la clôture</translation>
    </message>
    <message>
        <source>The ledger is already locked up to %1; a lock can only move forward.</source>
        <translation>Le grand livre est déjà clôturé jusqu&apos;au %1&#x202f;; une clôture ne peut être reportée qu&apos;à une date ultérieure.</translation>
    </message>
    <message>
        <source>There is no ledger transaction with the id %1.</source>
        <translation>Aucune écriture du grand livre ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>transaction %1 does not balance in %2 (off by %3)</source>
        <translation>l&apos;écriture %1 n&apos;est pas équilibrée en %2 (écart de %3)</translation>
    </message>
    <message>
        <source>transaction %1 has postings dated apart from it</source>
        <translation>l&apos;écriture %1 comporte des lignes datées différemment de l&apos;écriture</translation>
    </message>
    <message>
        <source>transaction %1 has fewer than two postings</source>
        <translation>l&apos;écriture %1 comporte moins de deux lignes</translation>
    </message>
    <message>
        <source>transaction %1 was posted into a locked period</source>
        <translation>l&apos;écriture %1 a été passée dans une période clôturée</translation>
    </message>
    <message>
        <source>The posting to %1</source>
        <translation>La ligne d&apos;écriture du compte %1</translation>
    </message>
</context>
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives infructueuses&#xa0;: patientez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives infructueuses&#xa0;: patientez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::MedicalRecordService</name>
    <message>
        <source>A medical record can only be kept for torture, ill-treatment or sexual violence; this violation is recorded as %1.</source>
        <translation>Une fiche médicale ne peut être tenue que pour la torture, les mauvais traitements ou les violences sexuelles&#x202f;; cette violation est enregistrée comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The date of the examination is required.</source>
        <translation>La date de l&apos;examen est obligatoire.</translation>
    </message>
    <message>
        <source>The date of the examination</source>
        <translation>La date de l&apos;examen</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>la date de la violation</translation>
    </message>
    <message>
        <source>The examiner</source>
        <translation>L&apos;examinateur</translation>
    </message>
    <message>
        <source>A medical record holds at most %1 findings.</source>
        <translation>Une fiche médicale comporte au plus %1 constatations.</translation>
    </message>
    <message>
        <source>The kind of finding %1</source>
        <translation>Le type de la constatation %1</translation>
    </message>
    <message>
        <source>The description of finding %1</source>
        <translation>La description de la constatation %1</translation>
    </message>
    <message>
        <source>The consistency of finding %1</source>
        <translation>Le degré de compatibilité de la constatation %1</translation>
    </message>
</context>
<context>
    <name>amparo::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency Amparo knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise connue d&apos;Amparo.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1&#xa0;: la valeur doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>%1 of %2 is not plausible; no single amount may exceed %3.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un montant plausible&#x202f;; aucun montant ne peut dépasser %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount; write it like 1500.00, without spaces, currency signs or thousands separators.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant&#x202f;; écrivez-le sous la forme 1500,00, sans espace, symbole monétaire ni séparateur de milliers.</translation>
    </message>
    <message>
        <source>%1 must be more than zero; &quot;%2&quot; is negative.</source>
        <translation>%1&#xa0;: la valeur doit être supérieure à zéro&#x202f;; «&#xa0;%2&#xa0;» est négatif.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has decimals, but %3 has no minor unit; give a whole number.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» comporte des décimales, mais la devise %3 n&apos;a pas d&apos;unité divisionnaire&#x202f;; indiquez un nombre entier.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more decimals than %3 has (%4).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» comporte plus de décimales que la devise %3 n&apos;en admet (%4).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not plausible; no single amount may exceed %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant plausible&#x202f;; aucun montant ne peut dépasser %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an exchange rate; write a positive number such as 20.1234.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un taux de change&#x202f;; indiquez un nombre positif, par exemple 20,1234.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range; a rate has at most %3 decimals, 18 digits in all, and is below one billion.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est hors limites&#x202f;; un taux comporte au plus %3 décimales et 18 chiffres au total, et doit être inférieur à un milliard.</translation>
    </message>
    <message>
        <source>%1 at the rate %2 would be more than %3; check the rate.</source>
        <translation>%1 au taux de %2 dépasserait %3&#x202f;; vérifiez le taux.</translation>
    </message>
</context>
<context>
    <name>amparo::OrganisationService</name>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>The kind of organisation</source>
        <translation>Le type d&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>Le pays de l&apos;organisation</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1.</source>
        <translation>Aucune organisation ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>amparo::Permission</name>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>read restricted cases</source>
        <translation>consulter les dossiers restreints</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>consulter les dossiers</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>modifier les dossiers</translation>
    </message>
    <message>
        <source>export case data</source>
        <translation>exporter les données des dossiers</translation>
    </message>
    <message>
        <source>request grants</source>
        <translation>demander des subventions</translation>
    </message>
    <message>
        <source>approve grants</source>
        <translation>approuver des subventions</translation>
    </message>
    <message>
        <source>record ledger entries</source>
        <translation>passer des écritures dans le grand livre</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>consulter le grand livre</translation>
    </message>
    <message>
        <source>back up the vault</source>
        <translation>sauvegarder le coffre</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>%1 (%2) ne dispose pas de l&apos;autorisation nécessaire pour %3.</translation>
    </message>
    <message>
        <source>Four-eyes rule: %1 cannot %2 as the same person.</source>
        <translation>Principe des quatre yeux&#xa0;: %1 ne peut pas %2, car cette action doit être effectuée par une autre personne.</translation>
    </message>
</context>
<context>
    <name>amparo::PersonService</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>L&apos;identifiant externe</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Le sexe</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La date de naissance</translation>
    </message>
    <message>
        <source>The year of birth %1 is not between 1900 and %2.</source>
        <translation>L&apos;année de naissance %1 n&apos;est pas comprise entre 1900 et %2.</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>La nationalité</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>Le pays de résidence</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>Les langues</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <source>Give the person at least one role (victim, defender, …).</source>
        <translation>Attribuez au moins un rôle à la personne (victime, défenseur, …).</translation>
    </message>
    <message>
        <source>The vulnerability</source>
        <translation>La vulnérabilité</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L&apos;adresse électronique</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse postale</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>The affiliation refers to an organisation that does not exist.</source>
        <translation>L&apos;affiliation renvoie à une organisation qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another person.</source>
        <translation>L&apos;identifiant externe «&#xa0;%1&#xa0;» est déjà utilisé par une autre personne.</translation>
    </message>
    <message>
        <source>%1 was anonymised and can no longer be edited.</source>
        <translation>La fiche de %1 a été anonymisée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Aucune personne ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>same name and year of birth</source>
        <translation>même nom et même année de naissance</translation>
    </message>
    <message>
        <source>same telephone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse électronique</translation>
    </message>
</context>
<context>
    <name>amparo::RecordOwner</name>
    <message>
        <source>The kind of record</source>
        <translation>Le type d&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>amparo::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that is not part of any recovery key (only letters and digits).</source>
        <translation>La clé de récupération contient un caractère qui ne figure dans aucune clé de récupération (uniquement des lettres et des chiffres).</translation>
    </message>
    <message>
        <source>The recovery key is too long: it has 32 letters and digits.</source>
        <translation>La clé de récupération est trop longue&#xa0;: elle comporte 32 lettres et chiffres.</translation>
    </message>
    <message>
        <source>The recovery key is too short: it has 32 letters and digits.</source>
        <translation>La clé de récupération est trop courte&#xa0;: elle comporte 32 lettres et chiffres.</translation>
    </message>
</context>
<context>
    <name>amparo::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Chargé de dossiers</translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation>Gestionnaire de fonds</translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation>Responsable financier</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are admin, caseworker, fund_manager, finance and auditor.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;»&#x202f;; les rôles sont admin, caseworker, fund_manager, finance et auditor.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>Au moins un rôle est nécessaire.</translation>
    </message>
</context>
<context>
    <name>amparo::Schema</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Version de schéma inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Amparo (schema %1; this version knows up to %2). Update Amparo to open it.</source>
        <translation>Ce coffre a été enregistré par une version plus récente d&apos;Amparo (schéma %1&#x202f;; cette version prend en charge jusqu&apos;au schéma %2). Mettez Amparo à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>amparo::Session</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>amparo::Settings</name>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation>Le paramètre %1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>The case reference prefix must be 1 to 8 capital letters or digits, starting with a letter.</source>
        <translation>Le préfixe des références de dossier doit comporter de 1 à 8 lettres majuscules ou chiffres et commencer par une lettre.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Paramètre inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The approval threshold must be an amount such as 1500 or 1500.50, without grouping.</source>
        <translation>Le seuil d&apos;approbation doit être un montant tel que 1500 ou 1500,50, sans séparateur de milliers.</translation>
    </message>
</context>
<context>
    <name>amparo::Statement</name>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>la préparation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Empty SQL statement.</source>
        <translation>Instruction SQL vide.</translation>
    </message>
    <message>
        <source>More than one SQL statement in &quot;%1&quot;.</source>
        <translation>Plusieurs instructions SQL dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>binding parameter %1 of &quot;%2&quot;</source>
        <translation>la liaison du paramètre %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Parameter %1 of &quot;%2&quot; was not bound.</source>
        <translation>Le paramètre %1 de «&#xa0;%2&#xa0;» n&apos;a pas été lié.</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>l&apos;exécution de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned rows where none were expected.</source>
        <translation>«&#xa0;%1&#xa0;» a renvoyé des lignes alors qu&apos;aucune n&apos;était attendue.</translation>
    </message>
</context>
<context>
    <name>amparo::TaskService</name>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>L&apos;échéance est obligatoire.</translation>
    </message>
    <message>
        <source>The due date: %1 is not between 1900-01-01 and %2.</source>
        <translation>L&apos;échéance&#xa0;: %1 n&apos;est pas comprise entre 1900-01-01 et %2.</translation>
    </message>
    <message>
        <source>The assignee must be an active user.</source>
        <translation>La personne assignée doit avoir un compte utilisateur actif.</translation>
    </message>
    <message>
        <source>The linked record is missing its id.</source>
        <translation>L&apos;identifiant de l&apos;enregistrement lié est manquant.</translation>
    </message>
    <message>
        <source>The linked record belongs to another case than the task.</source>
        <translation>L&apos;enregistrement lié appartient à un autre dossier que la tâche.</translation>
    </message>
    <message>
        <source>%1 may not see the restricted case %2; assign them to the case before giving them a task in it.</source>
        <translation>%1 n&apos;a pas accès au dossier restreint %2&#x202f;; affectez cette personne au dossier avant de lui confier une tâche qui s&apos;y rapporte.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>Aucune tâche ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>amparo::User</name>
    <message>
        <source>The user name must have 2 to 64 characters.</source>
        <translation>Le nom d&apos;utilisateur doit comporter de 2 à 64 caractères.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain the letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» ne peut contenir que les lettres a-z, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>amparo::UserAdministration</name>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>Le nom affiché est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 est le dernier compte administrateur actif&#x202f;; attribuez d&apos;abord le rôle d&apos;administrateur à une autre personne.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>Au moins un rôle est nécessaire.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken (user names of removed users are not reused).</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» est déjà pris (les noms des utilisateurs supprimés ne sont pas réutilisés).</translation>
    </message>
    <message>
        <source>You cannot disable or remove yourself.</source>
        <translation>Vous ne pouvez ni désactiver ni supprimer votre propre compte.</translation>
    </message>
    <message>
        <source>Your key slot is missing from the vault.</source>
        <translation>Votre emplacement de clé est absent du coffre.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
</context>
<context>
    <name>amparo::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1&#xa0;: texte trop long (%2 caractères, %3 au maximum).</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1&#xa0;: caractère de contrôle non autorisé (U+%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known country code (use two letters, e.g. MX, PH, TN).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code de pays connu (utilisez deux lettres, p. ex. MX, PH, TN).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write 2026-03-14 or 14/03/2026).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (écrivez 2026-03-14 ou 14/03/2026).</translation>
    </message>
    <message>
        <source>%1: %2 is before 1900.</source>
        <translation>%1&#xa0;: la date %2 est antérieure à 1900.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1&#xa0;: la date %2 se situe dans le futur.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) ne peut pas précéder %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a telephone number.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des valeurs admises (%3).</translation>
    </message>
</context>
<context>
    <name>amparo::Vault</name>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation>Impossible de restreindre à son propriétaire les droits d&apos;accès à %1.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new location for the vault.</source>
        <translation>%1 existe déjà et n&apos;est pas un répertoire vide&#x202f;; choisissez un nouvel emplacement pour le coffre.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this vault.</source>
        <translation>Le fichier des emplacements de clé n&apos;appartient pas à ce coffre.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>L&apos;emplacement de clé ne contient aucune clé maîtresse utilisable.</translation>
    </message>
    <message>
        <source>There is no Amparo vault at %1.</source>
        <translation>Il n&apos;y a pas de coffre Amparo à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nom d&apos;utilisateur ou phrase secrète incorrect.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé&#x202f;; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Choisissez un répertoire pour le coffre.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Ce coffre n&apos;a pas de clé de récupération.</translation>
    </message>
    <message>
        <source>The recovery key is not the one of this vault.</source>
        <translation>Cette clé de récupération n&apos;est pas celle de ce coffre.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose the folder that holds the Amparo vault.</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;: choisissez le dossier qui contient le coffre Amparo.</translation>
    </message>
    <message>
        <source>The key-slot file in %1 belongs to another vault: it does not match this vault&apos;s database (or the database file was replaced). Put this vault&apos;s own key-slot file back, or restore the vault from a backup.</source>
        <translation>Le fichier d&apos;emplacements de clés de %1 appartient à un autre coffre&#xa0;: il ne correspond pas à la base de données de ce coffre (ou le fichier de la base a été remplacé). Remettez en place le fichier d&apos;emplacements de clés de ce coffre, ou restaurez le coffre à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>amparo::VaultLock</name>
    <message>
        <source>The disk is full: Amparo cannot open the vault at %1. Free some space and try again; nothing was lost.</source>
        <translation>Le disque est plein&#xa0;: Amparo ne peut pas ouvrir le coffre situé à %1. Libérez de l&apos;espace et réessayez&#x202f;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Cannot open the vault&apos;s lock file %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou du coffre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Amparo cannot write in the vault folder %1: it is read-only, or it belongs to another account. Amparo needs to write there to open the vault; make the folder writable, or copy the vault to a folder you can write to.</source>
        <translation>Amparo ne peut pas écrire dans le dossier du coffre %1&#xa0;: il est en lecture seule ou appartient à un autre compte. Amparo doit pouvoir y écrire pour ouvrir le coffre&#x202f;; rendez le dossier accessible en écriture ou copiez le coffre dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>This vault is open in another Amparo window or program. Close it there first, then try again.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre ou un autre programme Amparo. Fermez-le d&apos;abord là-bas, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message>
        <source>The type of violation</source>
        <translation>Le type de violation</translation>
    </message>
    <message>
        <source>The precision of the date</source>
        <translation>La précision de la date</translation>
    </message>
    <message>
        <source>The date of the violation is given but its precision is &quot;unknown&quot;: choose day, month or year, or leave the date empty.</source>
        <translation>La date de la violation est indiquée, mais sa précision est «&#xa0;inconnue&#xa0;»&#xa0;: choisissez jour, mois ou année, ou laissez la date vide.</translation>
    </message>
    <message>
        <source>The date of the violation is required unless its precision is &quot;unknown&quot;.</source>
        <translation>La date de la violation est obligatoire, sauf si sa précision est «&#xa0;inconnue&#xa0;».</translation>
    </message>
    <message>
        <source>The date of the violation</source>
        <translation>La date de la violation</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The perpetrators</source>
        <translation>Les auteurs présumés</translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation>Les conséquences</translation>
    </message>
    <message>
        <source>The victim %1 is not a person of case %2; add them to the case first.</source>
        <translation>La victime %1 ne figure pas parmi les personnes du dossier %2&#x202f;; ajoutez-la d&apos;abord au dossier.</translation>
    </message>
    <message>
        <source>This violation has a medical record, which only torture, ill-treatment and sexual violence carry; remove the medical record before changing the type to %1.</source>
        <translation>Cette violation comporte une fiche médicale, réservée à la torture, aux mauvais traitements et aux violences sexuelles&#x202f;; supprimez la fiche médicale avant de changer le type en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The date of the medical examination</source>
        <translation>La date de l&apos;examen médical</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>la date de la violation</translation>
    </message>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation>
            <numerusform>Cette violation a %n fichier joint&#x202f;; supprimez-le avant de supprimer la violation.</numerusform>
            <numerusform>Cette violation a %n fichiers joints&#x202f;; supprimez-les avant de supprimer la violation.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no violation with the id %1.</source>
        <translation>Aucune violation ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>amparo::Vocabulary</name>
    <message>
        <source>Victim / survivor</source>
        <translation>Victime / survivant</translation>
    </message>
    <message>
        <source>Human rights defender</source>
        <translation>Défenseur des droits humains</translation>
    </message>
    <message>
        <source>Family member / dependant</source>
        <translation>Membre de la famille / personne à charge</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>LGBTI</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Autochtone</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>En détention</translation>
    </message>
    <message>
        <source>In exile</source>
        <translation>En exil</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Gestion du dossier</translation>
    </message>
    <message>
        <source>Sharing with a partner organisation</source>
        <translation>Partage avec une organisation partenaire</translation>
    </message>
    <message>
        <source>Communication to UN and regional mechanisms</source>
        <translation>Communication aux mécanismes de l&apos;ONU et aux mécanismes régionaux</translation>
    </message>
    <message>
        <source>Publication in an urgent appeal</source>
        <translation>Publication dans un appel urgent</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Membre du réseau</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>ONG partenaire</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Prestataire de services</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>UN or regional mechanism</source>
        <translation>Mécanisme de l&apos;ONU ou régional</translation>
    </message>
    <message>
        <source>Urgent assistance to victims of torture</source>
        <translation>Assistance d&apos;urgence aux victimes de la torture</translation>
    </message>
    <message>
        <source>Protection of human rights defenders</source>
        <translation>Protection des défenseurs des droits humains</translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation>Droits de l&apos;enfant</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>Violence à l&apos;égard des femmes</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights</source>
        <translation>Droits économiques, sociaux et culturels</translation>
    </message>
    <message>
        <source>Monitoring of protection mechanisms</source>
        <translation>Suivi des mécanismes de protection</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Torture</translation>
    </message>
    <message>
        <source>Cruel, inhuman or degrading treatment</source>
        <translation>Traitements cruels, inhumains ou dégradants</translation>
    </message>
    <message>
        <source>Arbitrary arrest or detention</source>
        <translation>Arrestation ou détention arbitraire</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Disparition forcée</translation>
    </message>
    <message>
        <source>Extrajudicial execution</source>
        <translation>Exécution extrajudiciaire</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Harcèlement judiciaire</translation>
    </message>
    <message>
        <source>Threats and intimidation</source>
        <translation>Menaces et intimidation</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Agression physique</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>Interdiction de voyager</translation>
    </message>
    <message>
        <source>Defamation campaign</source>
        <translation>Campagne de diffamation</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Gel des avoirs</translation>
    </message>
    <message>
        <source>Forced eviction</source>
        <translation>Expulsion forcée</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Forces armées</translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation>Personnel pénitentiaire</translation>
    </message>
    <message>
        <source>Intelligence services</source>
        <translation>Services de renseignement</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Appareil judiciaire</translation>
    </message>
    <message>
        <source>Non-state armed group</source>
        <translation>Groupe armé non étatique</translation>
    </message>
    <message>
        <source>Private actor</source>
        <translation>Acteur privé</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Date exacte</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Appel urgent</translation>
    </message>
    <message>
        <source>Urgent appeal follow-up</source>
        <translation>Suivi d&apos;appel urgent</translation>
    </message>
    <message>
        <source>Closing urgent appeal</source>
        <translation>Clôture d&apos;appel urgent</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Letter to the authorities</source>
        <translation>Lettre aux autorités</translation>
    </message>
    <message>
        <source>Communication to a UN special procedure</source>
        <translation>Communication à une procédure spéciale de l&apos;ONU</translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation>Communication à un organe conventionnel de l&apos;ONU</translation>
    </message>
    <message>
        <source>Communication to a regional commission</source>
        <translation>Communication à une commission régionale</translation>
    </message>
    <message>
        <source>Letter to an embassy</source>
        <translation>Lettre à une ambassade</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médicale</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosociale</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Relocalisation</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>Protective accompaniment / solidarity visit</source>
        <translation>Accompagnement protecteur / visite de solidarité</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation>Non compatible</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Compatible</translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation>Très compatible</translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation>Caractéristique de</translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation>Spécifique de</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Renvoyée pour modification</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>En cours de décaissement</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissée</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justifiée</translation>
    </message>
</context>
<context>
    <name>amparo::bench::BenchVault</name>
    <message>
        <source>%1 holds a benchmark vault of %2 cases and %3 postings, not of the scale asked for; choose another folder with --vault or delete that one.</source>
        <translation>%1 contient un coffre de banc d&apos;essai de %2 dossiers et %3 écritures, qui ne correspond pas à la taille demandée&#x202f;; choisissez un autre répertoire avec --vault ou supprimez celui-ci.</translation>
    </message>
    <message>
        <source>The benchmark vault in %1 was not finished (its building was interrupted); delete the folder and run the benchmark again.</source>
        <translation>Le coffre de banc d&apos;essai situé dans %1 n&apos;a pas été terminé (sa construction a été interrompue)&#x202f;; supprimez le répertoire et relancez le banc d&apos;essai.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a benchmark vault; the benchmark only writes into a folder of its own.</source>
        <translation>%1 n&apos;est pas vide et ne contient pas de coffre de banc d&apos;essai&#x202f;; le banc d&apos;essai n&apos;écrit que dans un répertoire qui lui est propre.</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>the long case</source>
        <translation>dossier volumineux</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseList</name>
    <message>
        <source>3. Case list, first page of %1 by date (with count)</source>
        <translation>3. Liste des dossiers, première page de %1 par date (avec le décompte)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>3. Case list, each next page while scrolling (first %1)</source>
        <translation>3. Liste des dossiers, chaque page suivante lors du défilement (les %1 premières)</translation>
    </message>
    <message>
        <source>3. Case list, the last page (scrolled to the end)</source>
        <translation>3. Liste des dossiers, dernière page (défilement jusqu&apos;à la fin)</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p50</source>
        <translation>4. Recherche pendant la saisie, par frappe, p50</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p95</source>
        <translation>4. Recherche pendant la saisie, par frappe, p95</translation>
    </message>
    <message numerus="yes">
        <source>%n keystroke(s)</source>
        <translation>
            <numerusform>%n frappe</numerusform>
            <numerusform>%n frappes</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the count alone</source>
        <translation>4. Recherche pendant la saisie, p95 du décompte seul</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the first page alone</source>
        <translation>4. Recherche pendant la saisie, p95 de la première page seule</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 from the second letter on</source>
        <translation>4. Recherche pendant la saisie, p95 à partir de la deuxième lettre</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseTabs</name>
    <message>
        <source>5. Opening one case with the data of all its tabs</source>
        <translation>5. Ouverture d&apos;un dossier avec les données de tous ses onglets</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) across the years</source>
        <translation>
            <numerusform>%n dossier, toutes années confondues</numerusform>
            <numerusform>%n dossiers, toutes années confondues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Dashboard</name>
    <message>
        <source>11. The dashboard&apos;s figures, as a fund manager</source>
        <translation>11. Les chiffres du tableau de bord, pour un gestionnaire de fonds</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>every case, assistance and money figure</source>
        <translation>tous les chiffres des dossiers, de l’assistance et des fonds</translation>
    </message>
    <message>
        <source>11. The dashboard&apos;s figures, as a caseworker</source>
        <translation>11. Les chiffres du tableau de bord, pour un chargé de dossiers</translation>
    </message>
    <message>
        <source>the cases this caseworker may see</source>
        <translation>les dossiers que ce chargé de dossiers peut voir</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Exports</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <source>8. PDF case summary of 50 pages</source>
        <translation>8. Synthèse de dossier en PDF de 50 pages</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>not measured (no text layout without Qt Gui)</source>
        <translation>non mesuré (pas de mise en page du texte sans Qt Gui)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder for the import.</source>
        <translation>Aucun répertoire temporaire disponible pour l&apos;importation.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s people file was not imported whole (%1 of %2 rows).</source>
        <translation>Le fichier de personnes du banc d&apos;essai n&apos;a pas été importé en entier (%1 lignes sur %2).</translation>
    </message>
    <message>
        <source>9. CSV import of people</source>
        <translation>9. Importation CSV de personnes</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>lignes/s</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::FundPositions</name>
    <message>
        <source>No temporary folder for the exported journal.</source>
        <translation>Aucun répertoire temporaire disponible pour le journal exporté.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>6. Fund positions at a date, %n fund(s)</source>
        <translation>
            <numerusform>6. Situation des fonds à une date, %n fonds</numerusform>
            <numerusform>6. Situation des fonds à une date, %n fonds</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Every account&apos;s balance at a date (as hledger bal)</source>
        <translation>6. Solde de chaque compte à une date (comme hledger bal)</translation>
    </message>
    <message>
        <source>6. Exporting the hledger journal</source>
        <translation>6. Exportation du journal hledger</translation>
    </message>
    <message>
        <source>6. hledger bal on the exported journal</source>
        <translation>6. hledger bal sur le journal exporté</translation>
    </message>
    <message>
        <source>not measured (hledger is not installed)</source>
        <translation>non mesuré (hledger n&apos;est pas installé)</translation>
    </message>
    <message>
        <source>6. hledger bal / fund positions</source>
        <translation>6. hledger bal / situation des fonds</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Amparo&apos;s balances and hledger&apos;s</source>
        <translation>6. Soldes d&apos;Amparo et soldes de hledger</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>concordent</translation>
    </message>
    <message>
        <source>DIFFER: %1</source>
        <translation>DIFFÈRENT&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Hledger</name>
    <message>
        <source>hledger did not run to the end: %1</source>
        <translation>hledger ne s&apos;est pas exécuté jusqu&apos;au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>hledger failed: %1</source>
        <translation>hledger a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::LedgerData</name>
    <message>
        <source>The benchmark vault has no fund to post to.</source>
        <translation>Le coffre du banc d&apos;essai ne contient aucun fonds sur lequel passer des écritures.</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Memory</name>
    <message>
        <source>10. GUI with the vault open, peak resident memory</source>
        <translation>10. Interface graphique avec le coffre ouvert, pic de mémoire résidente</translation>
    </message>
    <message>
        <source>10. GUI with the vault open, steady resident memory</source>
        <translation>10. Interface graphique avec le coffre ouvert, mémoire résidente stabilisée</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>not measured (GUI not built)</source>
        <translation>non mesuré (interface graphique non compilée)</translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>non mesuré (%1)</translation>
    </message>
    <message>
        <source>not measured (the probe failed: %1)</source>
        <translation>non mesuré (échec de la sonde&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not measured (the probe&apos;s case list stayed empty)</source>
        <translation>non mesuré (la liste des dossiers de la sonde est restée vide)</translation>
    </message>
    <message numerus="yes">
        <source>case list showing %n row(s)</source>
        <translation>
            <numerusform>liste des dossiers affichant %n ligne</numerusform>
            <numerusform>liste des dossiers affichant %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Opening</name>
    <message>
        <source>built earlier; reused</source>
        <translation>construit précédemment&#x202f;; réutilisé</translation>
    </message>
    <message>
        <source>1. Building the vault: rows written</source>
        <translation>1. Construction du coffre&#xa0;: lignes écrites</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>lignes/s</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>%1 lignes en %2 s</translation>
    </message>
    <message>
        <source>1. Building the vault: demo cases with their records</source>
        <translation>1. Construction du coffre&#xa0;: dossiers de démonstration avec leurs enregistrements</translation>
    </message>
    <message>
        <source>cases/s</source>
        <translation>dossiers/s</translation>
    </message>
    <message>
        <source>1. Building the vault: ledger postings</source>
        <translation>1. Construction du coffre&#xa0;: écritures du grand livre</translation>
    </message>
    <message>
        <source>postings/s</source>
        <translation>écritures/s</translation>
    </message>
    <message>
        <source>2. Key derivation, moderate (what users get)</source>
        <translation>2. Dérivation de clé, moderate (réglage appliqué aux utilisateurs)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>2. Key derivation, interactive</source>
        <translation>2. Dérivation de clé, interactive</translation>
    </message>
    <message>
        <source>2. Opening the vault after key derivation</source>
        <translation>2. Ouverture du coffre après la dérivation de clé</translation>
    </message>
    <message>
        <source>whole open %1 ms</source>
        <translation>ouverture complète&#xa0;: %1 ms</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Plaintext</name>
    <message>
        <source>No temporary folder for the plaintext comparison.</source>
        <translation>Aucun répertoire temporaire disponible pour la comparaison avec une base non chiffrée.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>7. Mixed workload, encrypted (SQLCipher)</source>
        <translation>7. Charge de travail mixte, chiffrée (SQLCipher)</translation>
    </message>
    <message>
        <source>7. Mixed workload, plaintext (benchmark only)</source>
        <translation>7. Charge de travail mixte, non chiffrée (banc d&apos;essai uniquement)</translation>
    </message>
    <message>
        <source>7. Encrypted / plaintext</source>
        <translation>7. Chiffré / non chiffré</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Arguments</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 n&apos;accepte aucune valeur.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue&#xa0;: --%1.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Il manque %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Il manque l&apos;option --%1.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Backup</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>the new vault folder</source>
        <translation>le répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>Vault restored to %1; it opens with the same user names and passphrases as the original.</source>
        <translation>Coffre restauré dans %1&#x202f;; il s&apos;ouvre avec les mêmes noms d&apos;utilisateur et phrases secrètes que l&apos;original.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Bench</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 nécessite un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Amparo benchmark (amparo %1, %2 build, SQLCipher %3)</source>
        <translation>Banc d&apos;essai d&apos;Amparo (amparo %1, compilation %2, SQLCipher %3)</translation>
    </message>
    <message numerus="yes">
        <source>Machine: %1, %n core(s), %2 GB RAM</source>
        <translation>
            <numerusform>Machine&#xa0;: %1, %n cœur, %2 Go de RAM</numerusform>
            <numerusform>Machine&#xa0;: %1, %n cœurs, %2 Go de RAM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale: %1 cases, %2 postings; each figure the median of %n repetition(s)</source>
        <translation>
            <numerusform>Échelle&#xa0;: %1 dossiers, %2 écritures&#x202f;; chaque valeur est la médiane de %n répétition</numerusform>
            <numerusform>Échelle&#xa0;: %1 dossiers, %2 écritures&#x202f;; chaque valeur est la médiane de %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault: %1 (reused, built earlier)</source>
        <translation>Coffre&#xa0;: %1 (réutilisé, construit précédemment)</translation>
    </message>
    <message>
        <source>Vault: %1 (built now)</source>
        <translation>Coffre&#xa0;: %1 (construit pour cette exécution)</translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation>--vault nécessite un répertoire.</translation>
    </message>
    <message>
        <source>Passphrase for the benchmark vault&apos;s users: </source>
        <translation>Phrase secrète des utilisateurs du coffre du banc d&apos;essai&#xa0;: </translation>
    </message>
    <message>
        <source>bench: the vault is %1</source>
        <translation>bench&#xa0;: le coffre se trouve dans %1</translation>
    </message>
    <message>
        <source>bench: building %1: %2 of %3</source>
        <translation>bench&#xa0;: construction (%1)&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>bench: scenario %1</source>
        <translation>bench&#xa0;: scénario %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Cases</name>
    <message>
        <source>Unknown --%1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Valeur de --%1 inconnue&#xa0;: «&#xa0;%2&#xa0;»&#x202f;; utilisez l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>Valeur de --status inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez une ou plusieurs des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--country needs a two-letter code such as MX or PH.</source>
        <translation>--country nécessite un code à deux lettres, par exemple MX ou PH.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>--limit nécessite un nombre supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown; use --limit N or --format csv for more.</source>
        <translation>%1 dossiers affichés sur %2&#x202f;; utilisez --limit N ou --format csv pour en afficher davantage.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète de %1&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation>
            <numerusform>Attention&#xa0;: %n tentative infructueuse d&apos;ouverture de ce compte depuis sa dernière connexion.</numerusform>
            <numerusform>Attention&#xa0;: %n tentatives infructueuses d&apos;ouverture de ce compte depuis sa dernière connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 The vault was opened with the backup copy, which has been restored.</source>
        <translation>Attention&#xa0;: %1 Le coffre a été ouvert à l&apos;aide de la copie de secours, qui a été restaurée.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Demo</name>
    <message>
        <source>--cases needs a number from 0 to 1000000.</source>
        <translation>--cases nécessite un nombre compris entre 0 et 1000000.</translation>
    </message>
    <message>
        <source>Demo users (passphrase: the one in AMPARO_DEMO_PASSPHRASE):</source>
        <translation>Utilisateurs de démonstration (phrase secrète&#xa0;: celle définie dans AMPARO_DEMO_PASSPHRASE)&#xa0;:</translation>
    </message>
    <message>
        <source>Demo users (passphrase of each, shown only now: %1):</source>
        <translation>Utilisateurs de démonstration (phrase secrète de chaque compte, affichée uniquement maintenant&#xa0;: %1)&#xa0;:</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>  flagged as possible duplicates</source>
        <translation>  doublons possibles signalés</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>décisions de consentement</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>  restricted</source>
        <translation>  restreints</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>changements de statut</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>violations</translation>
    </message>
    <message>
        <source>  with a medical record</source>
        <translation>  avec une fiche médicale</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>assistance</source>
        <translation>mesures d&apos;assistance</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  en retard</translation>
    </message>
    <message>
        <source>cases by status: %1</source>
        <translation>dossiers par statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases (%3 cases/s)</source>
        <translation>demo&#xa0;: %1 dossiers sur %2 (%3 dossiers/s)</translation>
    </message>
    <message>
        <source>demo: stopped; the cases written so far are kept, whole.</source>
        <translation>demo&#xa0;: interruption&#x202f;; les dossiers déjà écrits sont conservés dans leur intégralité.</translation>
    </message>
    <message>
        <source>Stopped: %1 demo cases were written to %2 in %3 s (%4 cases/s).</source>
        <translation>Interruption&#xa0;: %1 dossiers de démonstration ont été écrits dans %2 en %3 s (%4 dossiers/s).</translation>
    </message>
    <message>
        <source>Wrote %1 demo cases to %2 in %3 s (%4 cases/s).</source>
        <translation>%1 dossiers de démonstration écrits dans %2 en %3 s (%4 dossiers/s).</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Éléments créés&#xa0;:</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed nécessite un nombre entier compris entre 0 et 18446744073709551615.</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>fonds</translation>
    </message>
    <message>
        <source>donor contributions</source>
        <translation>contributions de donateurs</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>subventions</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>  reversed as mistaken</source>
        <translation>  contre-passés pour erreur</translation>
    </message>
    <message>
        <source>  with receipts overdue</source>
        <translation>  avec justificatifs en retard</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>remboursements</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>justificatifs</translation>
    </message>
    <message>
        <source>grants by status: %1</source>
        <translation>subventions par statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>payment currencies: %1</source>
        <translation>devises de paiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportCsv</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use cases, people, grants or disbursements.</source>
        <translation>Valeur de --kind inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez cases, people, grants ou disbursements.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n ligne de type «&#xa0;%1&#xa0;» exportée vers %2.</numerusform>
            <numerusform>%n lignes de type «&#xa0;%1&#xa0;» exportées vers %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportPdf</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>Unknown --redaction &quot;%1&quot;; use internal, partner or public.</source>
        <translation>Valeur de --redaction inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez internal, partner ou public.</translation>
    </message>
    <message>
        <source>Unknown --lang &quot;%1&quot;; use one of: %2.</source>
        <translation>Valeur de --lang inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Wrote the %1 summary of case %2 (%3) to %4.</source>
        <translation>Synthèse du dossier %2 (niveau %1, langue %3) écrite dans %4.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Fund</name>
    <message>
        <source>There is no organisation named &quot;%1&quot;.</source>
        <translation>Aucune organisation ne porte le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>fund needs an action: add or contribute.</source>
        <translation>Il manque l&apos;action de fund&#xa0;: add ou contribute.</translation>
    </message>
    <message>
        <source>Unknown fund action &quot;%1&quot;; use add or contribute.</source>
        <translation>Action de fund inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez add ou contribute.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grant</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>the grant</source>
        <translation>la subvention</translation>
    </message>
    <message>
        <source>--assistance needs the number of an assistance line.</source>
        <translation>--assistance nécessite le numéro d&apos;une mesure d&apos;assistance.</translation>
    </message>
    <message>
        <source>%1: %2 (%3); grant %4 is now %5.</source>
        <translation>%1&#xa0;: %2 (%3)&#x202f;; la subvention %4 a désormais le statut «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Remboursement enregistré</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Grant %1 — %2</source>
        <translation>Subvention %1 — %2</translation>
    </message>
    <message>
        <source>  case %1, fund %2, requested by %3</source>
        <translation>  dossier %1, fonds %2, demandée par %3</translation>
    </message>
    <message>
        <source>  purpose: %1</source>
        <translation>  objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>  requested %1, approved %2</source>
        <translation>  montant demandé&#xa0;: %1, approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>  paid %1, refunded %2, still committed %3</source>
        <translation>  payé&#xa0;: %1, remboursé&#xa0;: %2, encore engagé&#xa0;: %3</translation>
    </message>
    <message>
        <source>  approved by %1: %2</source>
        <translation>  approbation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (contre-passé)</translation>
    </message>
    <message numerus="yes">
        <source>, %n receipt(s)</source>
        <translation>
            <numerusform>, %n justificatif</numerusform>
            <numerusform>, %n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>grant needs an action: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit or show.</source>
        <translation>Il manque l&apos;action de grant&#xa0;: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit ou show.</translation>
    </message>
    <message>
        <source>Grant %1 approved: %2.</source>
        <translation>Subvention %1 approuvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>First approval of grant %1 recorded; above the threshold a second fund manager must approve it too.</source>
        <translation>Première approbation de la subvention %1 enregistrée&#x202f;; au-delà du seuil, un second gestionnaire de fonds doit également l&apos;approuver.</translation>
    </message>
    <message>
        <source>--disbursement must be the number of a payment of grant %1.</source>
        <translation>--disbursement doit être le numéro d&apos;un paiement de la subvention %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown grant action &quot;%1&quot;.</source>
        <translation>Action de grant inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grants</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>Valeur de --status inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez une ou plusieurs des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Import</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>warning: unknown columns, not imported: %1</source>
        <translation>attention&#xa0;: colonnes inconnues, non importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read, %3 created, %4 updated, %5 unchanged.</source>
        <translation>Fichier %1 importé&#xa0;: %2 lignes lues, %3 créations, %4 mises à jour, %5 sans changement.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows read; %3 would be created, %4 updated, %5 unchanged. Nothing was written.</source>
        <translation>Simulation de l&apos;importation de %1&#xa0;: %2 lignes lues&#x202f;; résultat prévu&#xa0;: %3 créations, %4 mises à jour, %5 sans changement. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <translation>le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use people or cases.</source>
        <translation>Valeur de --kind inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez people ou cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problème dans %1&#x202f;; rien n&apos;a été importé.</numerusform>
            <numerusform>%n problèmes dans %1&#x202f;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::Info</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>Amparo: %1</source>
        <translation>Amparo&#xa0;: %1</translation>
    </message>
    <message>
        <source>SQLCipher: %1 (SQLite %2)</source>
        <translation>SQLCipher&#xa0;: %1 (SQLite %2)</translation>
    </message>
    <message>
        <source>libsodium: %1</source>
        <translation>libsodium&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation>Version du schéma&#xa0;: %1 (cette version d&apos;Amparo&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Active users: %1</source>
        <translation>Utilisateurs actifs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Init</name>
    <message>
        <source>Unknown --kdf &quot;%1&quot;; use interactive, moderate or sensitive.</source>
        <translation>Valeur de --kdf inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez interactive, moderate ou sensitive.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nouvelle phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Created the vault %1 with the administrator %2.</source>
        <translation>Coffre %1 créé avec le compte administrateur %2.</translation>
    </message>
    <message>
        <source>Recovery key — shown only now. Print it or write it down and keep it somewhere safe, away from this computer. It opens the vault if every passphrase is lost.</source>
        <translation>Clé de récupération — affichée uniquement maintenant. Imprimez-la ou recopiez-la, et conservez-la en lieu sûr, loin de cet ordinateur. Elle ouvre le coffre si toutes les phrases secrètes sont perdues.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Ledger</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal of %n transaction(s) written to %1.</source>
        <translation>
            <numerusform>Journal de %n écriture enregistré dans %1.</numerusform>
            <numerusform>Journal de %n écritures enregistré dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger is locked up to %1.</source>
        <translation>Le grand livre est clôturé jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>the transaction number</source>
        <translation>le numéro de l&apos;écriture</translation>
    </message>
    <message>
        <source>The transaction must be given by its number.</source>
        <translation>Indiquez l&apos;écriture par son numéro.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>--limit nécessite un nombre supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>Unknown --by &quot;%1&quot;; use country, assistance, month or fund.</source>
        <translation>Valeur de --by inconnue&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez country, assistance, month ou fund.</translation>
    </message>
    <message>
        <source>ledger needs an action: balance, journal, transactions, report, overdue, lock or reverse.</source>
        <translation>Il manque l&apos;action de ledger&#xa0;: balance, journal, transactions, report, overdue, lock ou reverse.</translation>
    </message>
    <message>
        <source>Unknown ledger action &quot;%1&quot;.</source>
        <translation>Action de ledger inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run &quot;amparo-cli --help&quot; for the commands and their options.</source>
        <translation>Exécutez «&#xa0;amparo-cli --help&#xa0;» pour obtenir la liste des commandes et de leurs options.</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: amparo-cli COMMAND [ARGUMENTS]

Commands:
  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]
  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf ...]
  user list VAULT --user U [--format table|csv|json]
  user passwd VAULT --user U [--kdf ...]
  user disable|enable|remove VAULT --user ADMIN NAME
  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]
  user reset VAULT NAME            (with the recovery key)
  rotate-key VAULT --user ADMIN
  verify VAULT --user U            (database integrity and audit chain)
  info VAULT --user U              (versions, schema, users; no secrets)
  import VAULT --user U --kind people|cases FILE.csv [--dry-run]
                                   (all rows or none; --dry-run lists every problem)
  export-csv VAULT --user U --kind cases|people|grants|disbursements --out FILE
  export-pdf VAULT --user U --case REF --out FILE [--redaction internal|partner|public]
        [--lang en|fr|es|ru|ar]    (case summary; default internal, English)
  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]
                                   (fills a new vault with synthetic data and users
                                   caseworker, caseworker2, fundmanager, finance,
                                   auditor; default 300 cases, seed 1; their passphrase
                                   is AMPARO_DEMO_PASSPHRASE or generated and printed;
                                   their --kdf is interactive unless given)
  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]
        [--country CC] [--priority P] [--limit N] [--format table|csv|json]
                                   (newest first; the table shows 50 unless --limit,
                                   csv and json every match)
  fund add VAULT --user ADMIN --code CODE --name TEXT --currency C [--budget X]
        [--threshold X] [--countries CC,...] [--programmes P,...]
        [--assistance-types T,...] [--donors NAME,...]
  fund contribute VAULT --user U --fund CODE --amount X --currency C [--rate R]
        [--date D] [--donor NAME] [--reference TEXT]
  funds VAULT --user U [--at YYYY-MM-DD] [--format table|csv|json]
                                   (received, committed, disbursed, available)
  grant request VAULT --user U --case REF --fund CODE --amount X --currency C
        --purpose TEXT [--assistance ID] [--justification TEXT] [--draft]
                                   (prints the grant reference)
  grant submit|show VAULT --user U GRANT
  grant approve VAULT --user U GRANT [--amount X] [--comment TEXT]
  grant reject|return|cancel VAULT --user U GRANT --comment TEXT
  grant close|finish|justify VAULT --user U GRANT [--comment TEXT]
  grant authorise-overcommit VAULT --user ADMIN GRANT --comment TEXT
  grant disburse|refund VAULT --user U GRANT --amount X --currency C [--rate R]
        [--date D] [--note TEXT]   (--rate: how many C one unit of the fund&apos;s
                                   currency buys; prints the disbursement number)
  grant receipt VAULT --user U GRANT --disbursement N --file FILE
  grants VAULT --user U [--status S[,S...]] [--fund CODE] [--format table|csv|json]
  ledger balance VAULT --user U [--fund CODE] [--at YYYY-MM-DD] [--format ...]
  ledger journal VAULT --user U --out FILE      (hledger/ledger format)
  ledger transactions VAULT --user U [--limit N] [--format ...]
  ledger report VAULT --user U --by country|assistance|month|fund [--from D]
        [--to D] [--format ...]
  ledger overdue VAULT --user U [--at D] [--format ...]   (receipts overdue)
  ledger lock VAULT --user U --through YYYY-MM-DD --reason TEXT
  ledger reverse VAULT --user U TRANSACTION --reason TEXT [--date D]
  backup VAULT --user ADMIN --out FILE   (encrypted, verified after writing)
  restore FILE VAULT               (into a new folder; same passphrases)
  bench [--cases N] [--postings N] [--repetitions N] [--vault DIR]
        [--format table|csv|json]  (performance figures on a scaled vault of
                                   synthetic data, built once and reused; its users&apos;
                                   passphrase as for --user; see PERFORMANCE.md)

Roles: admin, caseworker, fund_manager, finance, auditor.

Secrets never come from arguments (they would show in `ps`):
  passphrase of --user (or of the new administrator for init):
      AMPARO_PASSPHRASE or --passphrase-fd N
  a new passphrase: AMPARO_NEW_PASSPHRASE or --new-passphrase-fd N
  the recovery key: AMPARO_RECOVERY_KEY or --recovery-key-fd N
  otherwise they are asked for on the terminal, without echo.

Exit status: 0 success, 1 refused or failed (with a one-line reason), 2 usage error.
</source>
        <translation>Utilisation&#xa0;: amparo-cli COMMAND [ARGUMENTS]

Commandes&#xa0;:
  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]
  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf ...]
  user list VAULT --user U [--format table|csv|json]
  user passwd VAULT --user U [--kdf ...]
  user disable|enable|remove VAULT --user ADMIN NAME
  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]
  user reset VAULT NAME            (avec la clé de récupération)
  rotate-key VAULT --user ADMIN
  verify VAULT --user U            (intégrité de la base de données et chaîne d&apos;audit)
  info VAULT --user U              (versions, schéma, utilisateurs&#x202f;; aucun secret)
  import VAULT --user U --kind people|cases FILE.csv [--dry-run]
                                   (toutes les lignes ou aucune&#x202f;; --dry-run liste
                                   chaque problème)
  export-csv VAULT --user U --kind cases|people|grants|disbursements --out FILE
  export-pdf VAULT --user U --case REF --out FILE [--redaction internal|partner|public]
        [--lang en|fr|es|ru|ar]    (synthèse du dossier&#x202f;; par défaut internal, anglais)
  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]
                                   (remplit un nouveau coffre avec des données
                                   fictives et les utilisateurs caseworker,
                                   caseworker2, fundmanager, finance, auditor&#x202f;;
                                   par défaut 300 dossiers, graine 1&#x202f;; leur phrase
                                   secrète est AMPARO_DEMO_PASSPHRASE, ou bien
                                   elle est générée et affichée&#x202f;; leur --kdf est
                                   interactive sauf indication contraire)
  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]
        [--country CC] [--priority P] [--limit N] [--format table|csv|json]
                                   (les plus récents d&apos;abord&#x202f;; le tableau en affiche
                                   50 sauf avec --limit, csv et json affichent
                                   toutes les correspondances)
  fund add VAULT --user ADMIN --code CODE --name TEXT --currency C [--budget X]
        [--threshold X] [--countries CC,...] [--programmes P,...]
        [--assistance-types T,...] [--donors NAME,...]
  fund contribute VAULT --user U --fund CODE --amount X --currency C [--rate R]
        [--date D] [--donor NAME] [--reference TEXT]
  funds VAULT --user U [--at YYYY-MM-DD] [--format table|csv|json]
                                   (montants reçus, engagés, décaissés, disponibles)
  grant request VAULT --user U --case REF --fund CODE --amount X --currency C
        --purpose TEXT [--assistance ID] [--justification TEXT] [--draft]
                                   (affiche la référence de la subvention)
  grant submit|show VAULT --user U GRANT
  grant approve VAULT --user U GRANT [--amount X] [--comment TEXT]
  grant reject|return|cancel VAULT --user U GRANT --comment TEXT
  grant close|finish|justify VAULT --user U GRANT [--comment TEXT]
  grant authorise-overcommit VAULT --user ADMIN GRANT --comment TEXT
  grant disburse|refund VAULT --user U GRANT --amount X --currency C [--rate R]
        [--date D] [--note TEXT]   (--rate&#xa0;: nombre de C pour une unité de la devise
                                   du fonds&#x202f;; affiche le numéro du décaissement)
  grant receipt VAULT --user U GRANT --disbursement N --file FILE
  grants VAULT --user U [--status S[,S...]] [--fund CODE] [--format table|csv|json]
  ledger balance VAULT --user U [--fund CODE] [--at YYYY-MM-DD] [--format ...]
  ledger journal VAULT --user U --out FILE      (format hledger/ledger)
  ledger transactions VAULT --user U [--limit N] [--format ...]
  ledger report VAULT --user U --by country|assistance|month|fund [--from D]
        [--to D] [--format ...]
  ledger overdue VAULT --user U [--at D] [--format ...]   (justificatifs en retard)
  ledger lock VAULT --user U --through YYYY-MM-DD --reason TEXT
  ledger reverse VAULT --user U TRANSACTION --reason TEXT [--date D]
  backup VAULT --user ADMIN --out FILE   (chiffrée, vérifiée après écriture)
  restore FILE VAULT               (dans un nouveau répertoire&#x202f;; mêmes phrases secrètes)
  bench [--cases N] [--postings N] [--repetitions N] [--vault DIR]
        [--format table|csv|json]  (mesures de performance sur un coffre de
                                   données fictives de la taille choisie,
                                   construit une fois puis réutilisé&#x202f;; phrase
                                   secrète de ses utilisateurs&#xa0;: comme pour
                                   --user&#x202f;; voir PERFORMANCE.md)

Rôles&#xa0;: admin, caseworker, fund_manager, finance, auditor.

Les secrets ne sont jamais passés en arguments (ils apparaîtraient dans `ps`)&#xa0;:
  phrase secrète de --user (ou du nouvel administrateur pour init)&#xa0;:
      AMPARO_PASSPHRASE ou --passphrase-fd N
  une nouvelle phrase secrète&#xa0;: AMPARO_NEW_PASSPHRASE ou --new-passphrase-fd N
  la clé de récupération&#xa0;: AMPARO_RECOVERY_KEY ou --recovery-key-fd N
  à défaut, ils sont demandés dans le terminal, sans affichage de la saisie.

Code de sortie&#xa0;: 0 succès, 1 refus ou échec (motif sur une ligne), 2 erreur d&apos;utilisation.
</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Passphrase</name>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation>Impossible de lire le secret depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The secret read from %1 is too long.</source>
        <translation>Le secret lu depuis %1 est trop long.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>le terminal</translation>
    </message>
    <message>
        <source>--%1 needs a file descriptor number.</source>
        <translation>--%1 nécessite un numéro de descripteur de fichier.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Saisissez à nouveau la nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>No secret given: set %1 or use --%2 N.</source>
        <translation>Aucun secret fourni&#xa0;: définissez %1 ou utilisez --%2 N.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::TableWriter</name>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Format inconnu&#xa0;: «&#xa0;%1&#xa0;»&#x202f;; utilisez table, csv ou json.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::User</name>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>le nom du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nouvelle phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Utilisateur ajouté&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#xa0;: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>La phrase secrète de %1 a été modifiée.</translation>
    </message>
    <message>
        <source>the user whose passphrase is reset</source>
        <translation>l&apos;utilisateur dont la phrase secrète doit être réinitialisée</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset with the recovery key.</source>
        <translation>La phrase secrète de %1 a été réinitialisée à l&apos;aide de la clé de récupération.</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>le nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer open the vault.</source>
        <translation>Le compte %1 est désactivé et ne peut plus ouvrir le coffre.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>Le compte %1 est activé.</translation>
    </message>
    <message>
        <source>%1 is removed and the master key was rotated.</source>
        <translation>Le compte %1 est supprimé et la clé maîtresse a été renouvelée.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>Les rôles de %1 ont été modifiés.</translation>
    </message>
    <message>
        <source>Missing the user command: add, list, passwd, disable, enable, remove, roles or reset.</source>
        <translation>Il manque la sous-commande de user&#xa0;: add, list, passwd, disable, enable, remove, roles ou reset.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Sous-commande de user inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The master key was rotated; every remaining key slot opens the vault with the new key.</source>
        <translation>La clé maîtresse a été renouvelée&#x202f;; chaque emplacement de clé restant ouvre le coffre avec la nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message>
        <source>a row of %1 refers to a missing record</source>
        <translation>une ligne de %1 fait référence à un enregistrement manquant</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>le répertoire du coffre</translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation>chiffrement&#xa0;: SQLCipher %1</translation>
    </message>
    <message>
        <source>database integrity: ok</source>
        <translation>intégrité de la base de données&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation>
            <numerusform>intégrité de la base de données&#xa0;: %n problème</numerusform>
            <numerusform>intégrité de la base de données&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation>
            <numerusform>journal d&apos;audit&#xa0;: OK, %n entrée, empreinte de tête %1</numerusform>
            <numerusform>journal d&apos;audit&#xa0;: OK, %n entrées, empreinte de tête %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN — %1</source>
        <translation>journal d&apos;audit&#xa0;: ROMPU — %1</translation>
    </message>
    <message>
        <source>Verification failed: the database has integrity problems.</source>
        <translation>Échec de la vérification&#xa0;: la base de données présente des problèmes d&apos;intégrité.</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n transaction(s), each balanced</source>
        <translation>
            <numerusform>grand livre&#xa0;: OK, %n écriture, équilibrée</numerusform>
            <numerusform>grand livre&#xa0;: OK, %n écritures, toutes équilibrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger: %n problem(s)</source>
        <translation>
            <numerusform>grand livre&#xa0;: %n problème</numerusform>
            <numerusform>grand livre&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification failed: the ledger has problems.</source>
        <translation>Échec de la vérification&#xa0;: le grand livre présente des problèmes.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CaseImport</name>
    <message>
        <source>The case is %1 in the vault; references do not change, so %2 in the file was not used.</source>
        <translation>Dans le coffre, ce dossier porte la référence %1&#x202f;; les références ne changent pas, la valeur %2 indiquée dans le fichier n&apos;a donc pas été utilisée.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Le pays</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Le statut</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La priorité</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>La date d&apos;ouverture</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Le résumé</translation>
    </message>
    <message>
        <source>No person has the external id %1; import the people file first.</source>
        <translation>Aucune personne ne porte l&apos;identifiant externe %1&#x202f;; importez d&apos;abord le fichier des personnes.</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet</source>
        <translation>Importé depuis un tableur</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvImporter</name>
    <message>
        <source>column %1 (no name)</source>
        <translation>colonne %1 (sans nom)</translation>
    </message>
    <message>
        <source>The column appears twice (columns %1 and %2); keep one of them.</source>
        <translation>La colonne figure deux fois (colonnes %1 et %2)&#x202f;; n&apos;en conservez qu&apos;une.</translation>
    </message>
    <message>
        <source>The file has no %1 column, which every row needs. The columns are: %2.</source>
        <translation>Le fichier ne comporte pas la colonne %1, obligatoire pour chaque ligne. Les colonnes reconnues sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2; is there a separator in a cell without quotes?</source>
        <translation>La ligne compte %1 cellules, mais l&apos;en-tête seulement %2&#x202f;; une cellule sans guillemets contiendrait-elle un séparateur&#x202f;?</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>L&apos;identifiant externe</translation>
    </message>
    <message>
        <source>The external id %1 is also in row %2.</source>
        <translation>L&apos;identifiant externe %1 figure aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>Only people and cases can be imported, not %1.</source>
        <translation>Seules les personnes et les dossiers peuvent être importés, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvReader</name>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo&#x202f;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>%1, row %2: unexpected text after a closing quote in cell %3.</source>
        <translation>%1, ligne %2&#xa0;: texte inattendu après un guillemet fermant dans la cellule %3.</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed (is the file truncated?).</source>
        <translation>%1, ligne %2&#xa0;: une cellule entre guillemets n&apos;est jamais refermée (le fichier est-il tronqué&#x202f;?).</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters (is a quote never closed?).</source>
        <translation>%1, ligne %2&#xa0;: une cellule dépasse %3 caractères (manque-t-il un guillemet fermant&#x202f;?).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; in your spreadsheet choose &apos;CSV UTF-8&apos; when saving it.</source>
        <translation>%1 n&apos;est pas un texte UTF-8&#x202f;; dans votre tableur, choisissez le format «&#xa0;CSV UTF-8&#xa0;» lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 est vide&#xa0;: il ne contient pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::PersonImport</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Le sexe</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La date de naissance</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>La nationalité</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>Le pays de résidence</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <source>Give the person at least one role (%1).</source>
        <translation>Attribuez au moins un rôle à la personne (%1).</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L&apos;adresse électronique</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>Pseudonyms are assigned by the vault: %1 in the file was not used; this person is %2.</source>
        <translation>Les pseudonymes sont attribués par le coffre&#xa0;: la valeur %1 indiquée dans le fichier n&apos;a pas été utilisée&#x202f;; le pseudonyme de cette personne est %2.</translation>
    </message>
    <message>
        <source>This may be the same person as %1 (%2).</source>
        <translation>Il pourrait s&apos;agir de la même personne que %1 (%2).</translation>
    </message>
</context>
<context>
    <name>amparo::main</name>
    <message>
        <source>Case management for organisations assisting victims of torture.</source>
        <translation>Gestion des dossiers pour les organisations qui assistent les victimes de la torture.</translation>
    </message>
    <message>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Ouvrir le coffre situé dans le répertoire &lt;répertoire&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Fill in the user name &lt;name&gt;.</source>
        <translation>Préremplir le nom d&apos;utilisateur avec &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AboutDialog</name>
    <message>
        <source>About Amparo</source>
        <translation>À propos d&apos;Amparo</translation>
    </message>
    <message>
        <source>Amparo %1</source>
        <translation>Amparo %1</translation>
    </message>
    <message>
        <source>Case management for organisations assisting victims of torture and human rights defenders.</source>
        <translation>Gestion des dossiers pour les organisations qui assistent les victimes de la torture et les défenseurs des droits humains.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Logiciel libre distribué sous la licence publique générale GNU (GNU General Public License), version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>SQLCipher (SQLite):</source>
        <translation>SQLCipher (SQLite)&#xa0;:</translation>
    </message>
    <message>
        <source>libsodium:</source>
        <translation>libsodium&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddCasePersonDialog</name>
    <message>
        <source>Role in the case</source>
        <translation>Rôle dans le dossier</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Type d&apos;auteur</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>Ajouter une personne au dossier</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>An alleged perpetrator whose type (police, army …) is not known.</extracomment>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Perpetrator type:</source>
        <translation>&amp;Type d&apos;auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to the case</source>
        <translation>&amp;Ajouter au dossier</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Enregistrer une nouvelle personne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a person first, or record a new one.</source>
        <translation>Choisissez d&apos;abord une personne, ou enregistrez-en une nouvelle.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddUserDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Confir&amp;mation&#xa0;:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Lettres minuscules a–z, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>Deriving a key for the new user…</source>
        <translation>Dérivation d&apos;une clé pour le nouvel utilisateur…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>This person adds the other users and manages the vault. Caseworkers, fund managers and others are added once the vault exists.</source>
        <translation>Cette personne ajoute les autres utilisateurs et gère le coffre. Les chargés de dossiers, les gestionnaires de fonds et les autres utilisateurs sont ajoutés une fois le coffre créé.</translation>
    </message>
    <message>
        <source>User name of the administrator</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation>par exemple&#xa0;: maria.lopez</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>Nom complet de l&apos;administrateur</translation>
    </message>
    <message>
        <source>for example: María López</source>
        <translation>par exemple&#xa0;: María López</translation>
    </message>
    <message>
        <source>Typed at every login: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Saisi à chaque connexion&#xa0;: lettres minuscules a–z, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>What others see in the vault&apos;s records.</source>
        <translation>Le nom que les autres voient dans les enregistrements du coffre.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AmountFields</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange &amp;rate:</source>
        <translation>&amp;Taux de change&#xa0;:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Par exemple %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The ISO code of the currency, for example EUR, USD or MXN.</source>
        <translation>Le code ISO de la devise, par exemple EUR, USD ou MXN.</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>What the exchange rate means</source>
        <translation>Signification du taux de change</translation>
    </message>
    <message>
        <source>Value in the fund&apos;s currency</source>
        <translation>Contre-valeur dans la devise du fonds</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>La devise</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <source>The exchange rate</source>
        <translation>Le taux de change</translation>
    </message>
    <message>
        <source>How many %1 one %2 buys on the day, as the bank quotes it: for %2 1 = %1 20.1234, type 20.1234.</source>
        <extracomment>%1 is the currency paid (MXN), %2 the fund&apos;s currency (EUR).</extracomment>
        <translation>Nombre de %1 pour 1 %2 le jour du paiement, tel que la banque l&apos;indique&#xa0;: pour %2 1 = %1 20,1234, saisissez 20,1234.</translation>
    </message>
    <message>
        <source>%1 is worth %2.</source>
        <extracomment>%1 the amount typed (8,000.00 MXN), %2 its value in the fund&apos;s currency (400.00 EUR).</extracomment>
        <translation>Contre-valeur de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Type the amount, the currency and the rate to see the value in %1.</source>
        <translation>Saisissez le montant, la devise et le taux pour voir la contre-valeur en %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AnonymiseDialog</name>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonymiser %1</translation>
    </message>
    <message>
        <source>Anonymising removes %1&apos;s name, date of birth, contact details, address, notes and attached documents for good. The pseudonym, the cases and the payments stay, so that the records remain whole.</source>
        <translation>L&apos;anonymisation supprime définitivement le nom, la date de naissance, les coordonnées, l&apos;adresse, les notes et les documents joints de %1. Le pseudonyme, les dossiers et les paiements sont conservés, afin que les enregistrements restent complets.</translation>
    </message>
    <message>
        <source>&amp;Why is this person anonymised?</source>
        <translation>&amp;Pourquoi cette personne est-elle anonymisée&#x202f;?</translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation>Motif de l&apos;anonymisation</translation>
    </message>
    <message>
        <source>e.g. the person asked for their data to be erased</source>
        <translation>p. ex. la personne a demandé l&apos;effacement de ses données</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone.</source>
        <translation>Je &amp;comprends que cette action est irréversible.</translation>
    </message>
    <message>
        <source>Confirm anonymising</source>
        <translation>Confirmer l&apos;anonymisation</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymiser</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AppController</name>
    <message>
        <source>The vault was locked at %1. Enter your passphrase to continue.</source>
        <translation>Le coffre a été verrouillé à %1. Saisissez votre phrase secrète pour continuer.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ApprovalQueue</name>
    <message>
        <source>Requests awaiting approval</source>
        <translation>Demandes en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Number of requests awaiting approval</source>
        <translation>Nombre de demandes en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Context of the request</source>
        <translation>Contexte de la demande</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Case of the request</source>
        <translation>Dossier de la demande</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>Statut du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>Pays du dossier</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Programme of the case</source>
        <translation>Programme du dossier</translation>
    </message>
    <message>
        <source>Asked against available:</source>
        <translation>Montant demandé / disponible&#xa0;:</translation>
    </message>
    <message>
        <source>Amount asked against the fund&apos;s available amount</source>
        <translation>Montant demandé au regard du disponible du fonds</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting approval</source>
        <translation>
            <numerusform>%n demande en attente d&apos;approbation</numerusform>
            <numerusform>%n demandes en attente d&apos;approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A case&apos;s reference and title, e.g. &quot;AMP-2026-0042 · Arbitrary detention&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>%1 (restricted to its assignees: only what the request says is shown)</source>
        <translation>%1 (dossier réservé aux personnes qui y sont affectées&#xa0;: seul le contenu de la demande est affiché)</translation>
    </message>
    <message>
        <source>%1 asked; the fund has %2 available</source>
        <extracomment>The amount of a request against what its fund has, e.g. &quot;1,500.00 EUR asked; the fund has 18,800.00 EUR available&quot;.</extracomment>
        <translation>Montant demandé&#xa0;: %1&#x202f;; disponible du fonds&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceDialog</name>
    <message>
        <source>Requested on</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Date d&apos;achèvement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>Ajouter une assistance</translation>
    </message>
    <message>
        <source>Edit assistance</source>
        <translation>Modifier l&apos;assistance</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Aucune personne en particulier</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>Aucun prestataire pour l&apos;instant</translation>
    </message>
    <message>
        <source>Provider organisation</source>
        <translation>Organisation prestataire</translation>
    </message>
    <message>
        <source>What is done, e.g. lawyer&apos;s fees for the appeal</source>
        <translation>Ce qui est fait, p. ex. honoraires d&apos;avocat pour le recours</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>Date de la de&amp;mande&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Date de déb&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>Date d&apos;a&amp;chèvement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Save the assistance</source>
        <translation>Enregistrer l&apos;assistance</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceTab</name>
    <message>
        <source>Move the %1 assistance from %2 to %3?</source>
        <extracomment>%1 is the type of assistance, %2 and %3 its current and new status.</extracomment>
        <translation>Faire passer l&apos;assistance «&#xa0;%1&#xa0;» du statut «&#xa0;%2&#xa0;» au statut «&#xa0;%3&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Marquer comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Add assistance…</source>
        <translation>&amp;Ajouter une assistance…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Date de demande</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Date d&apos;achèvement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Assistance lines</source>
        <translation>Mesures d&apos;assistance</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Use Add assistance… to record legal, medical, psychosocial, relocation or social help for a person of this case.</source>
        <translation>Aucune assistance enregistrée pour l&apos;instant. Utilisez Ajouter une assistance… pour enregistrer une aide juridique, médicale, psychosociale, de relocalisation ou sociale apportée à une personne de ce dossier.</translation>
    </message>
    <message>
        <source>Description of the selected assistance</source>
        <translation>Description de l&apos;assistance sélectionnée</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>Ajouter une assistance</translation>
    </message>
    <message>
        <source>Edit the selected assistance</source>
        <translation>Modifier l&apos;assistance sélectionnée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person of the case and their roles in it, e.g. &quot;Rosa M. (Victim)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A person no longer in this case</source>
        <translation>Une personne qui ne fait plus partie de ce dossier</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark as %1…</source>
        <extracomment>A button that moves an assistance line to another status, e.g. &quot;Mark as Approved…&quot;.</extracomment>
        <translation>Marquer comme «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Mark the assistance as %1</source>
        <translation>Marquer l&apos;assistance comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Request a g&amp;rant…</source>
        <translation>Demander une &amp;subvention…</translation>
    </message>
    <message>
        <source>Request a grant for the selected assistance</source>
        <translation>Demander une subvention pour l&apos;assistance sélectionnée</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Number of audit entries</source>
        <translation>Nombre d&apos;entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Show more audit entries</source>
        <translation>Afficher davantage d&apos;entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtre par utilisateur</translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation>Filtre par type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre par action</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d&apos;une date</translation>
    </message>
    <message>
        <source>Filter until a date</source>
        <translation>Filtrer jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Search acts, record numbers, users and changed values</source>
        <translation>Rechercher des actions, des numéros d&apos;enregistrement, des utilisateurs et des valeurs modifiées</translation>
    </message>
    <message>
        <source>Entries of this day are included.</source>
        <translation>Les entrées de ce jour sont incluses.</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Every record type</source>
        <translation>Tous les types d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear the filters to see the whole trail.</source>
        <translation>Aucune entrée ne correspond à ces filtres. Effacez les filtres pour afficher l&apos;intégralité du journal.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries are shown.</source>
        <translation>
            <numerusform>Les %1 entrées les plus récentes sur %n sont affichées.</numerusform>
            <numerusform>Les %1 entrées les plus récentes sur %n sont affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entrée, de la plus récente à la plus ancienne.</numerusform>
            <numerusform>%n entrées, de la plus récente à la plus ancienne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message>
        <source>Verify the audit &amp;trail</source>
        <translation>&amp;Vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every change in the vault is recorded in a chain where each entry seals the one before. Verifying recomputes the chain and finds any entry altered or removed.</source>
        <translation>Chaque modification apportée au coffre est enregistrée dans une chaîne où chaque entrée scelle la précédente. La vérification recalcule la chaîne et détecte toute entrée modifiée ou supprimée.</translation>
    </message>
    <message>
        <source>Result of the audit trail verification</source>
        <translation>Résultat de la vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation>
            <numerusform>Intact&#xa0;: %n entrée vérifiée, aucune modification (à %1).</numerusform>
            <numerusform>Intact&#xa0;: %n entrées vérifiées, aucune modification (à %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been altered or damaged (checked at %1): %2</source>
        <translation>Le journal d&apos;audit a été modifié ou endommagé (vérification à %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Vérifier le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditTableModel</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BackgroundTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BusyIndicator</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseEditor</name>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Synthèse PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>← &amp;Cases</source>
        <translation>← D&amp;ossiers</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Retour à la liste des dossiers</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Retour à la liste des dossiers (Alt+Left)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>Changer le stat&amp;ut</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation>Synthèse PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Preview and save this case&apos;s summary, redacted for its readers.</source>
        <translation>Prévisualiser et enregistrer la synthèse de ce dossier, expurgée selon ses destinataires.</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+S)</source>
        <translation>Enregistrer la synthèse (Ctrl+S)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ynthèse</translation>
    </message>
    <message>
        <source>You can read this case. Changing it needs the caseworker role.</source>
        <translation>Vous pouvez consulter ce dossier. Pour le modifier, il faut le rôle de chargé de dossiers.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Ce dossier comporte des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de quitter&#x202f;?</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseHistoryTab</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing has been recorded about this case yet.</source>
        <translation>Rien n&apos;a encore été enregistré au sujet de ce dossier.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseListModel</name>
    <message>
        <source>Restricted: only the people assigned to this case can see it.</source>
        <translation>Restreint&#xa0;: seules les personnes affectées à ce dossier peuvent le voir.</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Dossier restreint</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <extracomment>The reference of a case that only its assigned people can see.</extracomment>
        <translation>%1 (restreint)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasePeopleTab</name>
    <message>
        <source>Nobody is linked to this case yet. Add the victim first with “Add a person…”.</source>
        <translation>Personne n&apos;est encore lié à ce dossier. Ajoutez d&apos;abord la victime avec «&#xa0;Ajouter une personne…&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>&amp;Retirer du dossier…</translation>
    </message>
    <message>
        <source>People of the case</source>
        <translation>Personnes du dossier</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Type d&apos;auteur</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the People section.</source>
        <translation>Retirer %1 de ce dossier&#x202f;? La personne reste dans la section Personnes.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Case summary (PDF)</source>
        <translation>Synthèse du dossier (PDF)</translation>
    </message>
    <message>
        <source>e.g. AMP-2026-0042</source>
        <translation>p. ex. AMP-2026-0042</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>Internal — everything</source>
        <translation>Interne — tout</translation>
    </message>
    <message>
        <source>Partner — pseudonyms, no contact details</source>
        <translation>Partenaire — pseudonymes, sans coordonnées</translation>
    </message>
    <message>
        <source>Public — only what consent allows</source>
        <translation>Public — seulement ce que le consentement permet</translation>
    </message>
    <message>
        <source>Redaction level</source>
        <translation>Niveau d’expurgation</translation>
    </message>
    <message>
        <source>What the summary leaves out is said in the document itself.</source>
        <translation>Ce que la synthèse omet est indiqué dans le document lui-même.</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>Afficher l’aperçu de la synthèse</translation>
    </message>
    <message>
        <source>Save the previewed summary as a PDF file</source>
        <translation>Enregistrer la synthèse affichée dans un fichier PDF</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Aperçu de la synthèse</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Référence du dossier :</translation>
    </message>
    <message>
        <source>Re&amp;daction:</source>
        <translation>E&amp;xpurgation :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Rédaction de la synthèse…</translation>
    </message>
    <message>
        <source>The vault is busy with other work. Try again when it is done.</source>
        <translation>Le coffre est occupé par une autre tâche. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Enregistrer la synthèse du dossier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer la synthèse dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryForm</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Date du signalement</translation>
    </message>
    <message>
        <source>Only the people assigned to this case may see it</source>
        <translation>Seules les personnes affectées à ce dossier peuvent le voir</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit des faits</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s&apos;est passé, en quelques mots</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Town, region or facility</source>
        <translation>Ville, région ou établissement</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Date d&apos;ouverture</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>The case&apos;s number in another system, if any</source>
        <translation>Le numéro du dossier dans un autre système, le cas échéant</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Dossier restreint</translation>
    </message>
    <message>
        <source>The account of what happened, as told and as documented.</source>
        <translation>Le récit de ce qui s&apos;est passé, tel que rapporté et documenté.</translation>
    </message>
    <message>
        <source>Threats, their sources and the measures taken.</source>
        <translation>Les menaces, leurs sources et les mesures prises.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <extracomment>The date of the incident (torture, detention …) the case is about.</extracomment>
        <translation>Date des &amp;faits&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eported:</source>
        <translation>Date du si&amp;gnalement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <extracomment>The date the case was opened.</extracomment>
        <translation>Date d&apos;&amp;ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Or&amp;ienté par&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Identifiant e&amp;xterne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>Ré&amp;cit des faits&#xa0;:</translation>
    </message>
    <message>
        <source>Ris&amp;k assessment:</source>
        <translation>Év&amp;aluation des risques&#xa0;:</translation>
    </message>
    <message>
        <source>(nobody: the organisation&apos;s own case)</source>
        <translation>(personne&#xa0;: dossier propre à l&apos;organisation)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseTabs</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;Interventions</translation>
    </message>
    <message>
        <source>A&amp;ssistance</source>
        <translation>A&amp;ssistance</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>Su&amp;bventions</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesPage</name>
    <message>
        <source>&amp;Restricted only</source>
        <translation>&amp;Restreints seulement</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Search by name, reference, place or words of the story</source>
        <translation>Rechercher par nom, référence, lieu ou mots du récit</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation>Filtre par programme</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtre par priorité</translation>
    </message>
    <message>
        <source>Only the cases that only their assigned people can see.</source>
        <translation>Seulement les dossiers que seules les personnes affectées peuvent voir.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match</source>
        <translation>
            <numerusform>%n dossier correspond</numerusform>
            <numerusform>%n dossiers correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches this search and these filters. Try other words, or clear the filters to see every case you may see.</source>
        <translation>Aucun dossier ne correspond à cette recherche et à ces filtres. Essayez d&apos;autres mots, ou effacez les filtres pour voir tous les dossiers auxquels vous avez accès.</translation>
    </message>
    <message>
        <source>There are no cases yet, or none you are assigned to. Caseworkers open cases; existing ones can be imported from a spreadsheet with amparo-cli import.</source>
        <translation>Il n&apos;y a pas encore de dossier, ou aucun qui vous soit attribué. Les chargés de dossiers ouvrent les dossiers&#x202f;; les dossiers existants peuvent être importés depuis un tableur avec amparo-cli import.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre par personne affectée</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Toute personne affectée</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Qui me sont affectés</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Affectés à %1</translation>
    </message>
    <message>
        <source>Assistance filter</source>
        <translation>Filtre par type d’assistance</translation>
    </message>
    <message>
        <source>Any assistance</source>
        <extracomment>Filter of the case list: cases receiving any kind of assistance or none.</extracomment>
        <translation>Toute assistance</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesSection</name>
    <message>
        <source>&amp;Open them</source>
        <extracomment>Opens the changes kept when the vault locked.</extracomment>
        <translation>&amp;Les ouvrir</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Discard the kept changes? They cannot be recovered afterwards.</source>
        <translation>Abandonner les modifications conservées&#x202f;? Elles ne pourront plus être récupérées ensuite.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>You were writing a new case when the vault locked (%1). Your work was kept.</source>
        <translation>Vous rédigiez un nouveau dossier lorsque le coffre s&apos;est verrouillé (%1). Votre travail a été conservé.</translation>
    </message>
    <message>
        <source>Changes to case %1 were not saved when the vault locked (%2). They were kept.</source>
        <translation>Les modifications du dossier %1 n&apos;étaient pas enregistrées lorsque le coffre s&apos;est verrouillé (%2). Elles ont été conservées.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ChangePassphraseDialog</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Modifier ma phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Modifier la phrase secrète</translation>
    </message>
    <message>
        <source>Your new passphrase takes effect the next time you open the vault. Other users are not affected.</source>
        <translation>Votre nouvelle phrase secrète prendra effet à la prochaine ouverture du coffre. Les autres utilisateurs ne sont pas concernés.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the current passphrase and deriving the new key…</source>
        <translation>Vérification de la phrase secrète actuelle et dérivation de la nouvelle clé…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ConsentPanel</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Décisions de consentement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Mode d&apos;obtention</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Save the person first; then record what they agreed to.</source>
        <translation>Enregistrez d&apos;abord la personne, puis indiquez ce à quoi elle a consenti.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who recorded a consent decision, and when.</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>No consent is recorded for %1. Without a recorded decision, exports treat every use as not allowed.</source>
        <translation>Aucun consentement n&apos;est enregistré pour %1. En l&apos;absence de décision enregistrée, les exportations considèrent toute utilisation comme non autorisée.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionDialog</name>
    <message>
        <source>Record a contribution</source>
        <translation>Enregistrer une contribution</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A fund: %1 its code, %2 its name, %3 its currency.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No donor named</source>
        <translation>Aucun donateur indiqué</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Optional: the donor&apos;s or the bank&apos;s reference</source>
        <translation>Facultatif&#xa0;: référence du donateur ou de la banque</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fonds&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donateur&#xa0;:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>Record the &amp;contribution</source>
        <translation>Enregistrer la &amp;contribution</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionTableModel</name>
    <message>
        <source>Not named</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>Contre-passée</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Comptabilisée</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>Contre-valeur pour le fonds</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CountryBox</name>
    <message>
        <source>(choose a country)</source>
        <translation>(choisissez un pays)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>This takes a few seconds: the passphrase is turned into a key, and the new, encrypted vault is written.</source>
        <translation>Cela prend quelques secondes&#xa0;: la phrase secrète est transformée en clé, puis le nouveau coffre chiffré est écrit sur le disque.</translation>
    </message>
    <message>
        <source>Deriving the key and creating the vault…</source>
        <translation>Dérivation de la clé et création du coffre…</translation>
    </message>
    <message>
        <source>Go back to change the folder or the settings, then try again.</source>
        <translation>Revenez en arrière pour changer le répertoire ou les réglages, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault — Amparo</source>
        <translation>Créer un coffre — Amparo</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Recharger les chiffres (F5)</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <source>Cases in the top countries</source>
        <translation>Dossiers dans les principaux pays</translation>
    </message>
    <message>
        <source>Cases by programme</source>
        <translation>Dossiers par programme</translation>
    </message>
    <message>
        <source>Assistance by type</source>
        <translation>Assistance par type</translation>
    </message>
    <message>
        <source>Net disbursements per month and fund, last 12 months</source>
        <translation>Décaissements nets par mois et par fonds, 12 derniers mois</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Aucun dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>Aucune assistance enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing was disbursed in the last 12 months.</source>
        <translation>Aucun décaissement au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Overdue receipts</source>
        <translation>Justificatifs en retard</translation>
    </message>
    <message>
        <source>Open the grant requests awaiting a decision</source>
        <translation>Ouvrir les demandes de subvention en attente de décision</translation>
    </message>
    <message>
        <source>Open the overdue tasks</source>
        <translation>Ouvrir les tâches en retard</translation>
    </message>
    <message>
        <source>Open the payments whose receipts are overdue</source>
        <translation>Ouvrir les paiements dont les justificatifs sont en retard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a dashboard chart: what it counts, then how many.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Other countries: %1</source>
        <extracomment>The cases of every country but the top ones, in the dashboard.</extracomment>
        <translation>Autres pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A fund in the legend of the disbursement chart: its code and currency.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A figure of the disbursement chart: month, fund, net amount.</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementTableModel</name>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <extracomment>An exchange rate: %1 the fund&apos;s currency, %2 the currency paid, %3 the rate.</extracomment>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>Contre-passé</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>Contre-valeur pour le fonds</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementsPanel</name>
    <message>
        <source>Payments and refunds</source>
        <translation>Paiements et remboursements</translation>
    </message>
    <message>
        <source>Grant payments summary</source>
        <translation>Récapitulatif des paiements de la subvention</translation>
    </message>
    <message>
        <source>Re&amp;ceipts of the selected payment:</source>
        <translation>Justificatifs du paiement &amp;sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Receipts of the selected payment</source>
        <translation>Justificatifs du paiement sélectionné</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Record a re&amp;fund…</source>
        <translation>Enregistrer un &amp;remboursement…</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <source>&amp;Attach a receipt…</source>
        <translation>&amp;Joindre un justificatif…</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Joindre un justificatif</translation>
    </message>
    <message>
        <source>Store a scan or photo of the receipt with the selected payment.</source>
        <translation>Enregistrer une numérisation ou une photo du justificatif avec le paiement sélectionné.</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>&amp;Contre-passer…</translation>
    </message>
    <message>
        <source>Reverse the payment</source>
        <translation>Contre-passer le paiement</translation>
    </message>
    <message>
        <source>Cancel the selected payment or refund in the ledger with a reversing entry.</source>
        <translation>Annuler dans le grand livre le paiement ou le remboursement sélectionné par une écriture de contre-passation.</translation>
    </message>
    <message>
        <source>&amp;No more payments</source>
        <translation>&amp;Terminer les paiements</translation>
    </message>
    <message>
        <source>No more payments</source>
        <translation>Terminer les paiements</translation>
    </message>
    <message>
        <source>The grant is fully paid: what was approved and not paid returns to the fund.</source>
        <translation>La subvention est entièrement payée&#xa0;: le montant approuvé et non payé retourne au fonds.</translation>
    </message>
    <message>
        <source>Mark &amp;justified</source>
        <translation>&amp;Marquer comme justifiée</translation>
    </message>
    <message>
        <source>Mark justified</source>
        <translation>Marquer comme justifiée</translation>
    </message>
    <message>
        <source>Every payment has its receipt: the grant is justified.</source>
        <translation>Chaque paiement a son justificatif&#xa0;: la subvention est justifiée.</translation>
    </message>
    <message>
        <source>No grant is selected.</source>
        <translation>Aucune subvention n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Grant %1 (%2): approved %3; paid %4; refunded %5; still committed %6.</source>
        <extracomment>%1 grant reference, %2 its status, %3 approved, %4 paid, %5 refunded, %6 still committed.</extracomment>
        <translation>Subvention %1 (%2) — approuvé&#xa0;: %3&#x202f;; payé&#xa0;: %4&#x202f;; remboursé&#xa0;: %5&#x202f;; encore engagé&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Attach a receipt to the payment</source>
        <translation>Joindre un justificatif au paiement</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Contre-passer un paiement</translation>
    </message>
    <message>
        <source>The %1 of %2 on %3 stays in the ledger and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 payment or refund, %2 its amount, %3 its date.</extracomment>
        <translation>Le %1 de %2 du %3 reste dans le grand livre et une écriture de contre-passation l&apos;annule. Indiquez-en le motif, à l&apos;intention des auditeurs.</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Motif de la contre-passation</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Date de la contre-passation</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Contre-passer</translation>
    </message>
    <message>
        <source>Grant %1 will be paid no further: the %2 still committed returns to the fund.</source>
        <extracomment>%1 grant reference, %2 an amount.</extracomment>
        <translation>La subvention %1 ne fera plus l&apos;objet d&apos;aucun paiement&#xa0;: le montant encore engagé (%2) retourne au fonds.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Every payment of grant %1 has its receipt: the grant is justified.</source>
        <translation>Chaque paiement de la subvention %1 a son justificatif&#xa0;: la subvention est justifiée.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentViewer</name>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xporter une copie…</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>Visionneuse de documents</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Affichage impossible</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>Exporter une copie du document</translation>
    </message>
    <message>
        <source>Problem with the document</source>
        <translation>Problème avec le document</translation>
    </message>
    <message>
        <source>%1 cannot be shown inside Amparo. Export a copy to open it with another program.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>%1 ne peut pas être affiché dans Amparo. Exportez-en une copie pour l&apos;ouvrir avec un autre programme.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentsTab</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Ajouter des fichiers au dossier</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>Exporter une copie du document</translation>
    </message>
    <message>
        <source>The copy written to %1 will not be encrypted: anyone who can open that folder can read it. Delete it when you no longer need it.</source>
        <translation>La copie écrite dans %1 ne sera pas chiffrée&#xa0;: quiconque peut ouvrir ce répertoire pourra la lire. Supprimez-la lorsque vous n&apos;en aurez plus besoin.</translation>
    </message>
    <message>
        <source>Write the copy</source>
        <translation>Écrire la copie</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire la copie dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove %1 from the case? The file is deleted from the vault; the case history keeps a record that it was removed.</source>
        <translation>Retirer %1 du dossier&#x202f;? Le fichier est supprimé du coffre&#x202f;; l&apos;historique du dossier garde une trace de sa suppression.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xporter une copie…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <source>No documents yet. Drop files here or use Add files…</source>
        <translation>Aucun document pour l&apos;instant. Déposez des fichiers ici ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Drop the files to add them to this case. They are kept encrypted in the vault.</source>
        <translation>Déposez les fichiers pour les ajouter à ce dossier. Ils sont conservés chiffrés dans le coffre.</translation>
    </message>
    <message>
        <source>Drop hint</source>
        <translation>Indication de dépôt</translation>
    </message>
    <message>
        <source>Export a copy of the selected document</source>
        <translation>Exporter une copie du document sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Supprimer le document sélectionné</translation>
    </message>
    <message>
        <source>Documents you add are shown here, inside Amparo.</source>
        <translation>Les documents que vous ajoutez s&apos;affichent ici, dans Amparo.</translation>
    </message>
    <message>
        <source>Select a document to view it here.</source>
        <translation>Sélectionnez un document pour l&apos;afficher ici.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person who may be the same one, and why: &quot;P-2026-00012 (same telephone number)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</source>
        <translation>
            <numerusform>Il s&apos;agit peut-être d&apos;une personne déjà enregistrée&#xa0;: %1. Vérifiez avant d&apos;enregistrer — vous pouvez tout de même enregistrer s&apos;il s&apos;agit d&apos;une autre personne.</numerusform>
            <numerusform>Il s&apos;agit peut-être d&apos;une personne déjà enregistrée&#xa0;: %1. Vérifiez avant d&apos;enregistrer — vous pouvez tout de même enregistrer s&apos;il s&apos;agit d&apos;une autre personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1. It may be the same person as %2: compare the two records.</source>
        <translation>
            <numerusform>Fiche enregistrée sous %1. Il s&apos;agit peut-être de la même personne que %2&#xa0;: comparez les deux fiches.</numerusform>
            <numerusform>Fiche enregistrée sous %1. Il s&apos;agit peut-être de la même personne que l&apos;une des fiches suivantes&#xa0;: %2. Comparez les fiches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::ErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundPositionModel</name>
    <message>
        <source>%1 paid this year; no annual budget</source>
        <extracomment>%1 is what the fund paid this year.</extracomment>
        <translation>Payé cette année&#xa0;: %1&#x202f;; aucun budget annuel</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <extracomment>%1 paid this year, %2 the annual budget, %3 the percentage used.</extracomment>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund: %1 its code, %2 its name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Budget use this year</source>
        <translation>Utilisation du budget cette année</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsLedgerSection</name>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>Fonds et grand livre</translation>
    </message>
    <message>
        <source>Funds and ledger views</source>
        <translation>Vues des fonds et du grand livre</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsPage</name>
    <message>
        <source>Funds</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Where the funds stand</source>
        <translation>Situation des fonds</translation>
    </message>
    <message>
        <source>&amp;At the end of:</source>
        <translation>À la &amp;date du&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the positions</source>
        <translation>Date de la situation</translation>
    </message>
    <message>
        <source>Fund positions</source>
        <translation>Situation des fonds</translation>
    </message>
    <message>
        <source>Donor &amp;contributions to the selected fund:</source>
        <translation>&amp;Contributions des donateurs au fonds sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Donor contributions</source>
        <translation>Contributions des donateurs</translation>
    </message>
    <message>
        <source>Locked period</source>
        <translation>Période clôturée</translation>
    </message>
    <message>
        <source>Record a c&amp;ontribution…</source>
        <translation>&amp;Enregistrer une contribution…</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Enregistrer une contribution</translation>
    </message>
    <message>
        <source>&amp;Lock the period…</source>
        <translation>C&amp;lôturer la période…</translation>
    </message>
    <message>
        <source>Lock the period</source>
        <translation>Clôturer la période</translation>
    </message>
    <message>
        <source>Close the books up to a date: nothing can be posted on or before it afterwards.</source>
        <translation>Clôturer les comptes jusqu&apos;à une date&#xa0;: plus aucune écriture ne pourra ensuite être passée à cette date ou avant.</translation>
    </message>
    <message>
        <source>Locked through %1: nothing can be posted on or before that day.</source>
        <translation>Clôturé jusqu&apos;au %1 inclus&#xa0;: aucune écriture ne peut être passée à cette date ou avant.</translation>
    </message>
    <message>
        <source>No period is locked.</source>
        <translation>Aucune période n&apos;est clôturée.</translation>
    </message>
    <message>
        <source>The ledger is locked through %1.</source>
        <translation>Le grand livre est clôturé jusqu&apos;au %1 inclus.</translation>
    </message>
    <message>
        <source>No period is locked yet.</source>
        <translation>Aucune période n&apos;est encore clôturée.</translation>
    </message>
    <message>
        <source>%1 Once a period is locked, nothing can be posted on or before its last day, not even a correction; a lock only moves forward.</source>
        <extracomment>%1 says what is locked now.</extracomment>
        <translation>%1 Une fois une période clôturée, plus aucune écriture ne peut être passée à son dernier jour ou avant, pas même une correction&#x202f;; une clôture ne peut être reportée qu&apos;à une date ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the lock</source>
        <translation>Motif de la clôture</translation>
    </message>
    <message>
        <source>Locked &amp;through:</source>
        <translation>Clôturée &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Last day of the locked period</source>
        <translation>Dernier jour de la période clôturée</translation>
    </message>
    <message>
        <source>&amp;Lock the period</source>
        <translation>C&amp;lôturer la période</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDecisionDialog</name>
    <message>
        <source>&amp;Comment (kept in the grant&apos;s history):</source>
        <translation>&amp;Commentaire (conservé dans l&apos;historique de la subvention)&#xa0;:</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>Approuver la subvention</translation>
    </message>
    <message>
        <source>Approve grant %1 (%2 requested)? You may approve a lower amount.</source>
        <translation>Approuver la subvention %1 (montant demandé&#xa0;: %2)&#x202f;? Vous pouvez approuver un montant inférieur.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>Rejeter la subvention</translation>
    </message>
    <message>
        <source>Reject grant %1? The requester sees your reason.</source>
        <translation>Rejeter la subvention %1&#x202f;? La personne qui l&apos;a demandée verra votre motif.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection (required):</source>
        <translation>&amp;Motif du rejet (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>Renvoyer la demande pour modification</translation>
    </message>
    <message>
        <source>Return grant %1 to its requester, who can change it and submit it again?</source>
        <translation>Renvoyer la subvention %1 à la personne qui l&apos;a demandée, afin qu&apos;elle puisse la modifier et la soumettre à nouveau&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;What needs to change (required):</source>
        <translation>&amp;Modifications demandées (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>Annuler la subvention</translation>
    </message>
    <message>
        <source>Cancel grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>Annuler la subvention %1&#x202f;? Le montant encore engagé retourne au fonds.</translation>
    </message>
    <message>
        <source>&amp;Reason for the cancellation (required):</source>
        <translation>&amp;Motif de l&apos;annulation (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel the &amp;grant</source>
        <translation>Annuler la &amp;subvention</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Clôturer la subvention</translation>
    </message>
    <message>
        <source>Close grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>Clôturer la subvention %1&#x202f;? Le montant encore engagé retourne au fonds.</translation>
    </message>
    <message>
        <source>C&amp;lose the grant</source>
        <translation>C&amp;lôturer la subvention</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>Autoriser un dépassement d&apos;engagement</translation>
    </message>
    <message>
        <source>Allow the approval of grant %1 (%2 requested) to commit more than its fund has available? Your reason goes into the audit trail.</source>
        <translation>Autoriser l&apos;approbation de la subvention %1 (montant demandé&#xa0;: %2) à engager davantage que le disponible de son fonds&#x202f;? Votre motif sera consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Reason for the over-commitment (required):</source>
        <translation>&amp;Motif du dépassement d&apos;engagement (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <source>A&amp;mount approved (%1):</source>
        <translation>&amp;Montant approuvé (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>Montant approuvé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Problème concernant la décision</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>&amp;Ne rien faire</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Fermer sans décider</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Le montant approuvé</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDetail</name>
    <message>
        <source>Select a grant to see its request, approvals and history.</source>
        <translation>Sélectionnez une subvention pour voir sa demande, ses approbations et son historique.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Problem with the grant</source>
        <translation>Problème concernant la subvention</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <source>Change the draft or the returned request before submitting it.</source>
        <translation>Modifier le brouillon ou la demande renvoyée avant sa soumission.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Soumettre la demande</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>Approuver la subvention</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>Rejeter la subvention</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation>Ren&amp;voyer pour modification…</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>Renvoyer la demande pour modification</translation>
    </message>
    <message>
        <source>&amp;Cancel the grant…</source>
        <translation>A&amp;nnuler la subvention…</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>Annuler la subvention</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;lôturer…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Clôturer la subvention</translation>
    </message>
    <message>
        <source>Authorise &amp;over-commitment…</source>
        <translation>Autoriser le dépassement d&apos;&amp;engagement…</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>Autoriser un dépassement d&apos;engagement</translation>
    </message>
    <message>
        <source>Why you may not approve</source>
        <translation>Pourquoi vous ne pouvez pas approuver</translation>
    </message>
    <message>
        <source>Parts of the grant</source>
        <translation>Sections de la subvention</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Appro&amp;bations</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fonds&#xa0;:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>Bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <source>Assistance line:</source>
        <translation>Mesure d&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <extracomment>The amount asked for in a grant request.</extracomment>
        <translation>Demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Payé&#xa0;:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Remboursé&#xa0;:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <extracomment>What is still committed to the grant and not yet paid.</extracomment>
        <translation>Reste à payer&#xa0;:</translation>
    </message>
    <message>
        <source>Over-commitment:</source>
        <translation>Dépassement d&apos;engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Budget lines:</source>
        <translation>Lignes budgétaires&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Approvals so far</source>
        <translation>Approbations déjà données</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>History of the grant</source>
        <translation>Historique de la subvention</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A grant&apos;s reference and its status, e.g. &quot;GR-2026-00042 — Submitted&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not shown: the case is restricted to its assignees.</source>
        <translation>Non affiché&#xa0;: le dossier est réservé aux personnes qui y sont affectées.</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (organisation)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>Aucune&#xa0;: la subvention porte sur l&apos;ensemble du dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Authorised by an administrator: %1</source>
        <translation>Autorisé par un administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No approval yet. Above %1 this grant needs two fund managers.</source>
        <translation>Aucune approbation pour l&apos;instant. Au-delà de %1, cette subvention doit être approuvée par deux gestionnaires de fonds.</translation>
    </message>
    <message>
        <source>No approval yet.</source>
        <translation>Aucune approbation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Approved first by %1; a second fund manager must approve it as well.</source>
        <translation>Approuvée d&apos;abord par %1&#x202f;; un second gestionnaire de fonds doit également l&apos;approuver.</translation>
    </message>
    <message>
        <source>Approved first by %1, then by %2.</source>
        <translation>Approuvée d&apos;abord par %1, puis par %2.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approuvée par %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column of the amounts asked for in grant requests.</extracomment>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantRequestDialog</name>
    <message>
        <source>Request a grant</source>
        <translation>Demander une subvention</translation>
    </message>
    <message>
        <source>Edit the grant request</source>
        <translation>Modifier la demande de subvention</translation>
    </message>
    <message>
        <source>Ask a fund to pay for assistance in this case. A fund manager other than you decides; until you submit it, a draft can still be changed.</source>
        <translation>Demandez à un fonds de financer une assistance dans ce dossier. Un gestionnaire de fonds autre que vous prend la décision&#x202f;; tant que vous ne l&apos;avez pas soumis, un brouillon peut encore être modifié.</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fonds&#xa0;:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assistance line:</source>
        <translation>&amp;Mesure d&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;inalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Only active funds can be asked.</source>
        <translation>Seuls les fonds actifs peuvent être sollicités.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund in a list: its code and its name, e.g. &quot;UAF — Urgent Assistance Fund&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About the fund</source>
        <translation>À propos du fonds</translation>
    </message>
    <message>
        <source>Currency of the request</source>
        <translation>Devise de la demande</translation>
    </message>
    <message>
        <source>Assistance line</source>
        <translation>Mesure d&apos;assistance</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>Aucune&#xa0;: la subvention porte sur l&apos;ensemble du dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An assistance line: its type and the start of its description.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <extracomment>A beneficiary that is an organisation, e.g. &quot;Legal Aid Centre (organisation)&quot;.</extracomment>
        <translation>%1 (organisation)</translation>
    </message>
    <message>
        <source>A person of this case, shown by pseudonym, or an organisation paid on their behalf.</source>
        <translation>Une personne de ce dossier, désignée par son pseudonyme, ou une organisation payée pour son compte.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>What the money pays for, in a few words</source>
        <translation>Ce que la somme finance, en quelques mots</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this help is needed now and why this amount (quotes, scales, urgency)</source>
        <translation>Pourquoi cette aide est nécessaire maintenant et pourquoi ce montant (devis, barèmes, urgence)</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Add a budget &amp;line</source>
        <translation>Ajouter une &amp;ligne budgétaire</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <source>Problem with the budget lines</source>
        <translation>Problème concernant les lignes budgétaires</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problème concernant la demande</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Soumettre la demande</translation>
    </message>
    <message>
        <source>Send the request to the fund managers for a decision.</source>
        <translation>Envoyer la demande aux gestionnaires de fonds pour décision.</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Enregistrer comme b&amp;rouillon</translation>
    </message>
    <message>
        <source>Save the request as a draft</source>
        <translation>Enregistrer la demande comme brouillon</translation>
    </message>
    <message>
        <source>Keep the request to finish later; nobody decides on a draft.</source>
        <translation>Conserver la demande pour la terminer plus tard&#x202f;; aucune décision n&apos;est prise sur un brouillon.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Description of budget line %1</source>
        <translation>Description de la ligne budgétaire %1</translation>
    </message>
    <message>
        <source>What this line pays for</source>
        <translation>Ce que finance cette ligne</translation>
    </message>
    <message>
        <source>Amount of budget line %1</source>
        <translation>Montant de la ligne budgétaire %1</translation>
    </message>
    <message>
        <source>Amount, e.g. 1500.00</source>
        <translation>Montant, p. ex. 1500,00</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove budget line %1</source>
        <translation>Supprimer la ligne budgétaire %1</translation>
    </message>
    <message>
        <source>No fund is open for requests. An administrator sets up funds.</source>
        <translation>Aucun fonds n&apos;accepte de demandes. Les fonds sont configurés par un administrateur.</translation>
    </message>
    <message>
        <source>The amount available is known to fund managers and finance.</source>
        <translation>Le montant disponible n&apos;est connu que des gestionnaires de fonds et des responsables financiers.</translation>
    </message>
    <message>
        <source>Available now: %1.</source>
        <translation>Disponible actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Kept in %1. %2</source>
        <extracomment>About the chosen fund: its currency, then what it has available.</extracomment>
        <translation>Comptabilité tenue en %1. %2</translation>
    </message>
    <message>
        <source>%1 — the fund&apos;s currency. A grant is asked and approved in the currency the fund keeps its accounts in; payments may still be made in another currency at the rate of the day.</source>
        <translation>%1 — la devise du fonds. Une subvention est demandée et approuvée dans la devise de tenue des comptes du fonds&#x202f;; les paiements peuvent tout de même être effectués dans une autre devise, au taux du jour.</translation>
    </message>
    <message>
        <source>The amount of budget line %1</source>
        <translation>Le montant de la ligne budgétaire %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total&#xa0;: —</translation>
    </message>
    <message>
        <source>Total requested</source>
        <translation>Total demandé</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsSection</name>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>&amp;Approval queue</source>
        <translation>&amp;Demandes à approuver</translation>
    </message>
    <message>
        <source>All &amp;grants</source>
        <translation>&amp;Toutes les subventions</translation>
    </message>
    <message>
        <source>Grant views</source>
        <translation>Vues des subventions</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fonds&#xa0;:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Any fund</source>
        <translation>Tous les fonds</translation>
    </message>
    <message>
        <source>&amp;My requests only</source>
        <translation>&amp;Mes demandes uniquement</translation>
    </message>
    <message>
        <source>My requests only</source>
        <translation>Mes demandes uniquement</translation>
    </message>
    <message>
        <source>Number of grants</source>
        <translation>Nombre de subventions</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvention</numerusform>
            <numerusform>%n subventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipts overdue</source>
        <translation>Justificatifs en retard</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsTab</name>
    <message>
        <source>Grants of the case</source>
        <translation>Subventions du dossier</translation>
    </message>
    <message>
        <source>No grant has been requested for this case. Caseworkers ask a fund to pay for assistance with &quot;Request a grant…&quot;.</source>
        <translation>Aucune subvention n&apos;a été demandée pour ce dossier. Les chargés de dossiers demandent à un fonds de financer une assistance avec «&#xa0;Demander une subvention…&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Request a grant…</source>
        <translation>&amp;Demander une subvention…</translation>
    </message>
    <message>
        <source>Request a grant</source>
        <translation>Demander une subvention</translation>
    </message>
    <message>
        <source>Problem with the grants</source>
        <translation>Problème concernant les subventions</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionDialog</name>
    <message>
        <source>Kind of intervention</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Reçue &amp;le</translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Edit the intervention</source>
        <translation>Modifier l&apos;intervention</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Ajouter une intervention</translation>
    </message>
    <message>
        <source>Addressee organisation</source>
        <translation>Organisation destinataire</translation>
    </message>
    <message>
        <source>None of the known organisations</source>
        <translation>Aucune des organisations connues</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>As written on the letter; the organisation&apos;s name when left empty</source>
        <translation>Tel qu&apos;indiqué sur le courrier&#x202f;; le nom de l&apos;organisation si ce champ est laissé vide</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The mechanism&apos;s or authority&apos;s reference, e.g. UA PHL 3/2026</source>
        <translation>La référence du mécanisme ou de l&apos;autorité, p. ex. UA PHL 3/2026</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>What the authority or mechanism answered</source>
        <translation>Ce que l&apos;autorité ou le mécanisme a répondu</translation>
    </message>
    <message>
        <source>What changed for the person: released, charges dropped…</source>
        <translation>Ce qui a changé pour la personne&#xa0;: libération, abandon des poursuites…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Res&amp;ponse text:</source>
        <translation>Te&amp;xte de la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Add &amp;intervention</source>
        <translation>Ajouter l&apos;&amp;intervention</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionTableModel</name>
    <message>
        <source>Awaited</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionsTab</name>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Ajouter une intervention…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Ajouter une intervention</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Modifier l&apos;intervention</translation>
    </message>
    <message>
        <source>No interventions recorded yet. Record the first urgent appeal, letter or communication with Add intervention…</source>
        <translation>Aucune intervention enregistrée pour l&apos;instant. Enregistrez le premier appel urgent, la première lettre ou la première communication avec Ajouter une intervention…</translation>
    </message>
    <message>
        <source>Add an intervention to the case (Insert)</source>
        <translation>Ajouter une intervention au dossier (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected intervention (F2)</source>
        <translation>Modifier l&apos;intervention sélectionnée (F2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::JournalPage</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund: %1 its code, %2 its name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>F&amp;und:</source>
        <translation>&amp;Fonds&#xa0;:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Tous les fonds</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Start the period on a date</source>
        <translation>Commencer la période à une date</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>End the period on a date</source>
        <translation>Terminer la période à une date</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Subvention&#xa0;:</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Référence de la subvention</translation>
    </message>
    <message>
        <source>Reference, for example GR-2026-00042</source>
        <translation>Référence, par exemple GR-2026-00042</translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>Reference of a case with grants</source>
        <translation>Référence d&apos;un dossier ayant des subventions</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the register</source>
        <translation>Afficher le registre</translation>
    </message>
    <message>
        <source>Journal register</source>
        <translation>Registre du journal</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>&amp;Reverse the transaction…</source>
        <translation>Contre-&amp;passer l&apos;écriture…</translation>
    </message>
    <message>
        <source>Reverse the transaction</source>
        <translation>Contre-passer l&apos;écriture</translation>
    </message>
    <message>
        <source>Cancel the selected transaction with a reversing entry; it stays in the journal.</source>
        <translation>Annuler l&apos;écriture sélectionnée par une écriture de contre-passation&#x202f;; elle reste dans le journal.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Exporter le registre au format CSV</translation>
    </message>
    <message>
        <source>Export hledger &amp;journal…</source>
        <translation>Exporter le &amp;journal hledger…</translation>
    </message>
    <message>
        <source>Export the hledger journal</source>
        <translation>Exporter le journal hledger</translation>
    </message>
    <message>
        <source>The whole ledger in the journal format of hledger and ledger, for the accountants.</source>
        <translation>L&apos;intégralité du grand livre au format journal de hledger et ledger, pour les comptables.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse a transaction</source>
        <translation>Contre-passer une écriture</translation>
    </message>
    <message>
        <source>Transaction %1 (%2) stays in the journal and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 a transaction number, %2 its description.</extracomment>
        <translation>L&apos;écriture %1 (%2) reste dans le journal et une écriture de contre-passation l&apos;annule. Indiquez-en le motif, à l&apos;intention des auditeurs.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Motif de la contre-passation</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Date de la contre-passation</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Contre-passer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journal files (*.journal)</source>
        <translation>Fichiers journal (*.journal)</translation>
    </message>
    <message>
        <source>The file written to %1 will not be encrypted: anyone who can open that folder can read the amounts and descriptions. Only your user account can read it, and the export is recorded in the audit trail. Delete it when you no longer need it.</source>
        <extracomment>%1 is the path of the file about to be written.</extracomment>
        <translation>Le fichier écrit dans %1 ne sera pas chiffré&#xa0;: toute personne pouvant ouvrir ce répertoire pourra lire les montants et les descriptions. Seul votre compte utilisateur peut le lire, et l&apos;exportation est consignée dans le journal d&apos;audit. Supprimez-le lorsque vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
</context>
<context>
    <name>amparo::ui::JournalTableModel</name>
    <message>
        <source>Reverses %1</source>
        <translation>Contre-passation de %1</translation>
    </message>
    <message>
        <source>Reversed by %1</source>
        <translation>Contre-passée par %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column of ledger transaction numbers.</extracomment>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Solde cumulé</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>amparo::ui::KdfProfilePage</name>
    <message>
        <source>How hard should guessing be?</source>
        <translation>Quelle difficulté pour deviner la phrase secrète&#x202f;?</translation>
    </message>
    <message>
        <source>Each time the vault is opened, the passphrase goes through deliberately slow work. A thief with a copy of the vault must repeat it for every guess.</source>
        <translation>À chaque ouverture du coffre, la phrase secrète passe par un calcul volontairement lent. Une personne qui aurait volé une copie du coffre devrait le refaire à chaque tentative.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>&amp;Quick</source>
        <translation>&amp;Rapide</translation>
    </message>
    <message>
        <source>A fraction of a second and %1 MiB of memory. For old or small computers only: guessing is cheapest.</source>
        <translation>Une fraction de seconde et %1 Mio de mémoire. Uniquement pour les ordinateurs anciens ou peu puissants&#xa0;: c&apos;est le réglage où deviner coûte le moins.</translation>
    </message>
    <message>
        <source>&amp;Balanced (recommended)</source>
        <translation>É&amp;quilibré (recommandé)</translation>
    </message>
    <message>
        <source>About one second and %1 MiB of memory on a typical laptop. A good protection for most organisations.</source>
        <translation>Environ une seconde et %1 Mio de mémoire sur un ordinateur portable courant. Une bonne protection pour la plupart des organisations.</translation>
    </message>
    <message>
        <source>&amp;Strongest</source>
        <translation>&amp;Maximal</translation>
    </message>
    <message>
        <source>Several seconds and %1 MiB of memory. Every computer that opens this vault needs that much free memory.</source>
        <translation>Plusieurs secondes et %1 Mio de mémoire. Chaque ordinateur qui ouvre ce coffre doit disposer d&apos;autant de mémoire libre.</translation>
    </message>
    <message>
        <source>This choice applies to the administrator&apos;s passphrase. Passphrases set later, for new users or when changing one, use the balanced setting.</source>
        <translation>Ce choix s&apos;applique à la phrase secrète de l&apos;administrateur. Les phrases secrètes définies plus tard, pour de nouveaux utilisateurs ou lors d&apos;une modification, utilisent le réglage équilibré.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::MainMenus</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Modifier ma &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>Write the whole vault, still encrypted, to one file you can restore elsewhere.</source>
        <translation>Écrire l&apos;intégralité du coffre, toujours chiffré, dans un seul fichier que vous pourrez restaurer ailleurs.</translation>
    </message>
    <message>
        <source>Case &amp;summary (PDF)…</source>
        <translation>&amp;Synthèse du dossier (PDF)…</translation>
    </message>
    <message>
        <source>Preview and save the summary of one case, redacted for its readers.</source>
        <translation>Prévisualiser et enregistrer la synthèse d&apos;un dossier, expurgée selon ses destinataires.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the vault; your passphrase is needed to open it again.</source>
        <translation>Fermer le coffre&#x202f;; votre phrase secrète sera nécessaire pour le rouvrir.</translation>
    </message>
    <message>
        <source>P&amp;anic lock</source>
        <translation>Verrouillage d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Hide the window and lock the vault at once.</source>
        <translation>Masquer la fenêtre et verrouiller immédiatement le coffre.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation>À &amp;propos d&apos;Amparo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>amparo::ui::MainWindow</name>
    <message>
        <source>Amparo — %1</source>
        <translation>Amparo — %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>Déverrouillé · verrouillage après %n minute d&apos;inactivité</numerusform>
            <numerusform>Déverrouillé · verrouillage après %n minutes d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation>
            <numerusform>%n tentative infructueuse d&apos;ouverture de votre compte depuis votre dernière connexion. Si ce n&apos;était pas vous, prévenez un administrateur.</numerusform>
            <numerusform>%n tentatives infructueuses d&apos;ouverture de votre compte depuis votre dernière connexion. Si ce n&apos;était pas vous, prévenez un administrateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amparo — locked</source>
        <translation>Amparo — verrouillé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Votre phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Use Vault › Back up the vault… and keep the file on another disk.</source>
        <translation>Ce coffre n&apos;a jamais été sauvegardé. Utilisez Coffre › Sauvegarder le coffre… et conservez le fichier sur un autre disque.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n day(s) old. Use Vault › Back up the vault…</source>
        <translation>
            <numerusform>La dernière sauvegarde de ce coffre date de %n jour. Utilisez Coffre › Sauvegarder le coffre…</numerusform>
            <numerusform>La dernière sauvegarde de ce coffre date de %n jours. Utilisez Coffre › Sauvegarder le coffre…</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup)</source>
        <translation>Sauvegardes Amparo (*.amparo-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::MedicalRecordDialog</name>
    <message>
        <source>Examined on</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Kind of the new finding</source>
        <translation>Type de la nouvelle constatation</translation>
    </message>
    <message>
        <source>Consistency of the new finding</source>
        <translation>Degré de compatibilité de la nouvelle constatation</translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation>&amp;Ajouter la constatation</translation>
    </message>
    <message>
        <source>Re&amp;move finding</source>
        <translation>Supp&amp;rimer la constatation</translation>
    </message>
    <message>
        <source>Medical record of the violation</source>
        <translation>Fiche médicale de la violation</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>The doctor or psychologist who examined the victim</source>
        <translation>Le médecin ou le psychologue qui a examiné la victime</translation>
    </message>
    <message>
        <source>Description of the new finding</source>
        <translation>Description de la nouvelle constatation</translation>
    </message>
    <message>
        <source>What was found, e.g. scars on both wrists</source>
        <translation>Ce qui a été constaté, p. ex. cicatrices aux deux poignets</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter la constatation</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Supprimer la constatation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <source>New finding:</source>
        <translation>Nouvelle constatation&#xa0;:</translation>
    </message>
    <message>
        <source>Violation: %1, %2</source>
        <comment>type and date of the violation</comment>
        <translation>Violation&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>E&amp;xamined on:</source>
        <translation>Date de l&apos;&amp;examen&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>E&amp;xaminateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save medical record</source>
        <translation>E&amp;nregistrer la fiche médicale</translation>
    </message>
</context>
<context>
    <name>amparo::ui::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>
            <numerusform>Au moins %n caractère. Plusieurs mots sans rapport entre eux forment une phrase secrète à la fois robuste et facile à retenir.</numerusform>
            <numerusform>Au moins %n caractères. Plusieurs mots sans rapport entre eux forment une phrase secrète à la fois robuste et facile à retenir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Masquer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <extracomment>Beside a date that may be unknown (the incident date, for example).</extracomment>
        <translation>Connue</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1 connue</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationEditor</name>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Who to reach and how: name, telephone, e-mail, address</source>
        <translation>Qui contacter et comment&#xa0;: nom, téléphone, adresse électronique, adresse postale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Enregistrer l&apos;organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationsPage</name>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Open organisation</source>
        <translation>Ouvrir l&apos;organisation</translation>
    </message>
    <message>
        <source>Open the chosen organisation (Enter)</source>
        <translation>Ouvrir l&apos;organisation choisie (Enter)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation of this kind is recorded. Choose &quot;All kinds&quot; to see the others.</source>
        <translation>Aucune organisation de ce type n&apos;est enregistrée. Choisissez «&#xa0;Tous les types&#xa0;» pour voir les autres.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Use &quot;New organisation…&quot; to add the network&apos;s members, partners and service providers.</source>
        <translation>Aucune organisation n&apos;est encore enregistrée. Utilisez «&#xa0;Nouvelle organisation…&#xa0;» pour ajouter les membres du réseau, les partenaires et les prestataires de services.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Caseworkers and administrators add them.</source>
        <translation>Aucune organisation n&apos;est encore enregistrée. Ce sont les chargés de dossiers et les administrateurs qui les ajoutent.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphrasePage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The administrator&apos;s passphrase</source>
        <translation>La phrase secrète de l&apos;administrateur</translation>
    </message>
    <message>
        <source>It opens the vault. Nobody can recover it for you: if it is lost, only the recovery key shown at the end can replace it.</source>
        <translation>Elle ouvre le coffre. Personne ne peut la récupérer à votre place&#xa0;: si elle est perdue, seule la clé de récupération affichée à la fin peut la remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s). A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère. Quelques mots sans rapport entre eux, comme «&#xa0;lanterne rivière quatre-vingt-dix cobalt&#xa0;», sont robustes et faciles à retenir. Ne réutilisez pas une phrase secrète d&apos;un autre service.</numerusform>
            <numerusform>Utilisez au moins %n caractères. Quelques mots sans rapport entre eux, comme «&#xa0;lanterne rivière quatre-vingt-dix cobalt&#xa0;», sont robustes et faciles à retenir. Ne réutilisez pas une phrase secrète d&apos;un autre service.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot see common words or personal details, which make any passphrase weaker.</source>
        <translation>Une estimation fondée sur la longueur et les types de caractères utilisés. Elle ne détecte pas les mots courants ni les informations personnelles, qui affaiblissent toute phrase secrète.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message numerus="yes">
        <source>Too short (at least %n character(s))</source>
        <translation>
            <numerusform>Trop courte (au moins %n caractère)</numerusform>
            <numerusform>Trop courte (au moins %n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <source>A payment for grant %1, which still has %2 committed.</source>
        <extracomment>%1 is a grant reference, %2 an amount with its currency.</extracomment>
        <translation>Paiement au titre de la subvention %1, dont le montant encore engagé est de %2.</translation>
    </message>
    <message>
        <source>Unspent money returned for grant %1, of which %2 was paid.</source>
        <translation>Restitution du reliquat non dépensé de la subvention %1 (montant payé&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Date du paiement</translation>
    </message>
    <message>
        <source>Date refunded</source>
        <translation>Date du remboursement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: bank reference, who received it</source>
        <translation>Facultatif&#xa0;: référence bancaire, bénéficiaire du versement</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Payé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Remboursé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Record the &amp;payment</source>
        <translation>Enregistrer le &amp;paiement</translation>
    </message>
    <message>
        <source>Record the &amp;refund</source>
        <translation>Enregistrer le &amp;remboursement</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Search by name or pseudonym</source>
        <translation>Rechercher par nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Record a new person (%1)</source>
        <translation>Enregistrer une nouvelle personne (%1)</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Ouvrir la fiche de la personne</translation>
    </message>
    <message>
        <source>Open the chosen person (Enter)</source>
        <translation>Ouvrir la fiche de la personne choisie (Enter)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matching people are listed; type more of the name to narrow the search.</source>
        <translation>
            <numerusform>Seule %n personne correspondante est affichée&#x202f;; saisissez davantage de lettres du nom pour affiner la recherche.</numerusform>
            <numerusform>Les %n premières personnes correspondantes sont affichées&#x202f;; saisissez davantage de lettres du nom pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n personne correspond</numerusform>
            <numerusform>%n personnes correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Try the first letters of another name, or a pseudonym such as P-2026-00042.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;». Essayez les premières lettres d&apos;un autre nom, ou un pseudonyme tel que P-2026-00042.</translation>
    </message>
    <message>
        <source>No people are recorded yet. Use &quot;New person…&quot; to record the first one, or import a spreadsheet with amparo-cli import.</source>
        <translation>Aucune personne n&apos;est encore enregistrée. Utilisez «&#xa0;Nouvelle personne…&#xa0;» pour enregistrer la première, ou importez un tableur avec amparo-cli import.</translation>
    </message>
    <message>
        <source>No people are recorded yet, or none you may see. Caseworkers record people.</source>
        <translation>Aucune personne n&apos;est encore enregistrée, ou aucune à laquelle vous avez accès. Ce sont les chargés de dossiers qui enregistrent les personnes.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonEditor</name>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Enregistrer la fiche de la personne</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>Anon&amp;ymiser…</translation>
    </message>
    <message>
        <source>Anonymise the person</source>
        <translation>Anonymiser la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>%1 (anonymised)</source>
        <extracomment>The title of the editor of a person whose identity was removed.</extracomment>
        <translation>%1 (anonymisée)</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>This person was anonymised: the record can no longer be edited.</source>
        <translation>Cette personne a été anonymisée&#xa0;: sa fiche ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>Fiche enregistrée sous %1 à %2.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonForm</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>Informations sur la personne</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Roles and affiliation</source>
        <translation>&amp;Rôles et affiliation</translation>
    </message>
    <message>
        <source>Con&amp;tact and notes</source>
        <translation>Coordonnées et no&amp;tes</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>The person&apos;s id in your organisation&apos;s spreadsheet, if any.</source>
        <translation>L&apos;identifiant de la personne dans le tableur de votre organisation, le cas échéant.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation>Sexe ou genre</translation>
    </message>
    <message>
        <source>Exact dat&amp;e:</source>
        <translation>Date &amp;exacte&#xa0;:</translation>
    </message>
    <message>
        <source>Exact date of birth known</source>
        <translation>Date de naissance exacte connue</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>e.g. 1983, when only the age is known</source>
        <translation>p. ex. 1983, lorsque seul l&apos;âge est connu</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>e.g. Arabic, French</source>
        <translation>p. ex. arabe, français</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudonyme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sex / gender:</source>
        <translation>&amp;Sexe / genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Année de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationalité&#xa0;:</translation>
    </message>
    <message>
        <source>Country of &amp;residence:</source>
        <translation>Pays de rési&amp;dence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Identifiant e&amp;xterne&#xa0;:</translation>
    </message>
    <message>
        <source>Roles (at least one)</source>
        <translation>Rôles (au moins un)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Woman human rights defender</source>
        <translation>&amp;Défenseure des droits humains</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>Défenseure des droits humains</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Vulnerability: %1</source>
        <translation>Vulnérabilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No organisation the person is affiliated with.</extracomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>with the country code, e.g. +52 55 1234 5678</source>
        <translation>avec l&apos;indicatif du pays, p. ex. +52 55 1234 5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Adresse po&amp;stale&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Given when the person is saved</source>
        <extracomment>The pseudonym of a person not saved yet.</extracomment>
        <translation>Attribué lors de l&apos;enregistrement de la personne</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonListModel</name>
    <message>
        <source>Anonymised: the name, birth date and contact details were removed.</source>
        <translation>Anonymisée&#xa0;: le nom, la date de naissance et les coordonnées ont été supprimés.</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <extracomment>Shown instead of the name of a person whose identity was removed.</extracomment>
        <translation>(anonymisée)</translation>
    </message>
    <message>
        <source>%1 · woman defender</source>
        <extracomment>A person&apos;s roles, then a mark that she is a woman human rights defender.</extracomment>
        <translation>%1 · défenseure</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Sexe / genre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PreferencesPanel</name>
    <message>
        <source>For everyone using this vault</source>
        <translation>Pour tous les utilisateurs de ce coffre</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes of the auto-lock time; the space separates it from the number.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutes avant le verrouillage automatique</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without activity.</source>
        <translation>Le coffre se verrouille automatiquement après ce nombre de minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Préfixe des références de dossier</translation>
    </message>
    <message>
        <source>New cases are numbered with this prefix, such as HRD-2026-0042.</source>
        <translation>Les nouveaux dossiers sont numérotés avec ce préfixe, par exemple HRD-2026-0042.</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Seuil d&apos;approbation</translation>
    </message>
    <message>
        <source>Grants above this amount need two approvals. New funds start with it, in their own currency.</source>
        <translation>Les subventions supérieures à ce montant nécessitent deux approbations. Les nouveaux fonds reprennent ce seuil, dans leur propre devise.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>Case reference &amp;prefix:</source>
        <translation>&amp;Préfixe des références de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Approval &amp;threshold:</source>
        <translation>&amp;Seuil d&apos;approbation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the vault settings</source>
        <translation>&amp;Enregistrer les paramètres du coffre</translation>
    </message>
    <message>
        <source>Save the vault settings</source>
        <translation>Enregistrer les paramètres du coffre</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Quand la langue change</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The language changes at once, and the choice is kept for this computer.</source>
        <translation>La langue change immédiatement, et ce choix est conservé pour cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecordConsentDialog</name>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>Record consent of %1</source>
        <translation>Enregistrer le consentement de %1</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Le consentement expire</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>Mode d&apos;obtention du consentement</translation>
    </message>
    <message>
        <source>e.g. signed form; verbal, witnessed by a colleague</source>
        <translation>p. ex. formulaire signé&#x202f;; oral, en présence d&apos;un collègue</translation>
    </message>
    <message>
        <source>A decision is never changed afterwards. If the person changes their mind, record a new decision (for example &quot;Withdrawn&quot;).</source>
        <translation>Une décision n&apos;est jamais modifiée par la suite. Si la personne change d&apos;avis, enregistrez une nouvelle décision (par exemple «&#xa0;Retiré&#xa0;»).</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Date de la déci&amp;sion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>&amp;Mode d&apos;obtention&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeyPage</name>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>J&apos;ai &amp;conservé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>The vault is ready. Store this key now: it is shown only once.</source>
        <translation>Le coffre est prêt. Conservez cette clé dès maintenant&#xa0;: elle n&apos;est affichée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>&amp;Ouvrir le coffre</translation>
    </message>
    <message>
        <source>If every administrator passphrase is lost, this key still opens the vault and lets you set a new passphrase. Anyone holding it and a copy of the vault can read everything in it, so keep it on paper, locked away and apart from this computer.</source>
        <translation>Si toutes les phrases secrètes d&apos;administrateur sont perdues, cette clé ouvre toujours le coffre et permet de définir une nouvelle phrase secrète. Quiconque la détient avec une copie du coffre peut en lire tout le contenu&#xa0;: conservez-la donc sur papier, sous clé et à l&apos;écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF file</source>
        <translation>Enregistrer la clé de récupération dans un fichier PDF</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: print it or copy it to a USB stick kept in a safe, then delete it from this computer.</source>
        <translation>Un fichier PDF n&apos;est pas chiffré&#xa0;: imprimez-le ou copiez-le sur une clé USB rangée dans un coffre-fort, puis supprimez-le de cet ordinateur.</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>J&apos;ai conservé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Saved to %1. Remember to move it off this computer.</source>
        <translation>Fichier enregistré dans %1. Pensez à le déplacer hors de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeySheet</name>
    <message>
        <source>Amparo recovery key</source>
        <translation>Clé de récupération Amparo</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Date de création&#xa0;: %1</translation>
    </message>
    <message>
        <source>This key opens the vault above if every administrator passphrase is lost, and lets you set a new one. Letters are not case-sensitive; O and 0, I, L and 1 are read as the same.</source>
        <translation>Cette clé ouvre le coffre indiqué ci-dessus si toutes les phrases secrètes d&apos;administrateur sont perdues, et permet d&apos;en définir une nouvelle. Les majuscules et les minuscules ne sont pas distinguées&#x202f;; O et 0, ainsi que I, L et 1, sont lus comme un même caractère.</translation>
    </message>
    <message>
        <source>Anyone who holds this sheet and a copy of the vault can read everything in it. Keep it locked away, apart from the computer and from any backup of the vault.</source>
        <translation>Quiconque détient cette feuille et une copie du coffre peut en lire tout le contenu. Conservez-la sous clé, à l&apos;écart de l&apos;ordinateur et de toute sauvegarde du coffre.</translation>
    </message>
    <message>
        <source>Do not photograph, scan or e-mail this sheet.</source>
        <translation>Ne photographiez pas cette feuille, ne la numérisez pas et ne l&apos;envoyez pas par courrier électronique.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
        <source>Amparo recovery key.pdf</source>
        <translation>Clé de récupération Amparo.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Impossible d&apos;écrire le fichier PDF dans %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryResetDialog</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Reset the passphrase of %1</source>
        <translation>Réinitialiser la phrase secrète de %1</translation>
    </message>
    <message>
        <source>Type the vault&apos;s recovery key, as printed when the vault was created, and a new passphrase for %1. Tell them to change it at their next login.</source>
        <translation>Saisissez la clé de récupération du coffre, telle qu&apos;imprimée lors de la création du coffre, et une nouvelle phrase secrète pour %1. Demandez à cette personne de la modifier à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Reset the passphrase</source>
        <translation>&amp;Réinitialiser la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>C&amp;lé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the recovery key and deriving the new key…</source>
        <translation>Vérification de la clé de récupération et dérivation de la nouvelle clé…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ReportsPage</name>
    <message>
        <source>Disbursement reports</source>
        <translation>Rapports des décaissements</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>Rapport des décaissements</translation>
    </message>
    <message>
        <source>No disbursements in this period.</source>
        <translation>Aucun décaissement sur cette période.</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>Pays non renseigné</translation>
    </message>
    <message>
        <source>No assistance line</source>
        <extracomment>A disbursement of a grant not tied to any assistance line.</extracomment>
        <translation>Sans mesure d&apos;assistance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <extracomment>The last rows of a report: the sum of every group in one currency.</extracomment>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>Disbursements by country</source>
        <translation>Décaissements par pays</translation>
    </message>
    <message>
        <source>Disbursements by assistance type</source>
        <translation>Décaissements par type d&apos;assistance</translation>
    </message>
    <message>
        <source>Disbursements by month</source>
        <translation>Décaissements par mois</translation>
    </message>
    <message>
        <source>Disbursements by fund</source>
        <translation>Décaissements par fonds</translation>
    </message>
    <message>
        <source>From %1 to %2, both included</source>
        <extracomment>The period of a report: from a date to a date, both included.</extracomment>
        <translation>Du %1 au %2 inclus</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The CSV file will not be encrypted: anyone who can read the file can read the report. Keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>Le fichier CSV ne sera pas chiffré&#xa0;: toute personne ayant accès au fichier pourra lire le rapport. Conservez-le sur un disque chiffré et supprimez-le lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>disbursements.csv</source>
        <translation>decaissements.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The vault is restored into a new, empty folder. It opens with the same user names and passphrases as when it was backed up.</source>
        <translation>Le coffre est restauré dans un nouveau répertoire vide. Il s&apos;ouvre avec les mêmes noms d&apos;utilisateur et phrases secrètes qu&apos;au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose the &amp;backup…</source>
        <translation>Choisir la &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Choose the &amp;folder…</source>
        <translation>Choisir le ré&amp;pertoire…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>New vault folder:</source>
        <translation>Répertoire du nouveau coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup);;All files (*)</source>
        <translation>Sauvegardes Amparo (*.amparo-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Name the new vault folder</source>
        <translation>Nommer le répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SessionHolder</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status to %1</source>
        <translation>Passer au statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The case moves from %1 to %2. Why? The reason stays in the case&apos;s history.</source>
        <translation>Le dossier passe du statut «&#xa0;%1&#xa0;» au statut «&#xa0;%2&#xa0;». Pour quel motif&#x202f;? Le motif est conservé dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>For example: the lawyer&apos;s report was received.</source>
        <translation>Par exemple&#xa0;: le rapport de l&apos;avocat a été reçu.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change the status</source>
        <translation>&amp;Changer le statut</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusNoteDialog</name>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the case history):</source>
        <translation>&amp;Note (conservée dans l&apos;historique du dossier)&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Titre de la tâche</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>Leave empty for a task about no case</source>
        <translation>Laisser vide pour une tâche qui ne concerne aucun dossier</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Personne assignée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Assignée à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user&apos;s name and, in brackets, their login.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TaskTableModel</name>
    <message>
        <source>Done on %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Overdue: this task was due on %1.</source>
        <translation>En retard&#xa0;: cette tâche était à échéance le %1.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TasksPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>A view of the tasks page: the tasks assigned to me.</extracomment>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>By case</source>
        <translation>Par dossier</translation>
    </message>
    <message>
        <source>Task views</source>
        <translation>Vues des tâches</translation>
    </message>
    <message>
        <source>The open tasks assigned to you, by due date.</source>
        <translation>Les tâches ouvertes qui vous sont assignées, par échéance.</translation>
    </message>
    <message>
        <source>Every open task past its due date, in the cases you may see.</source>
        <translation>Toutes les tâches ouvertes dont l&apos;échéance est dépassée, dans les dossiers auxquels vous avez accès.</translation>
    </message>
    <message>
        <source>The tasks of the cases you may see, grouped by case.</source>
        <translation>Les tâches des dossiers auxquels vous avez accès, regroupées par dossier.</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Rechercher un dossier</translation>
    </message>
    <message>
        <source>Case reference or words of its title; empty for all</source>
        <translation>Référence du dossier ou mots de son titre&#x202f;; vide pour tous</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation>Marquer la tâche comme terminée</translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>Rouvrir la tâche</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Nombre de tâches</translation>
    </message>
    <message>
        <source>Mark the selected task as done today.</source>
        <translation>Marquer la tâche sélectionnée comme terminée aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Open the selected task again.</source>
        <translation>Rouvrir la tâche sélectionnée.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>This case has no tasks yet. Plan the next follow-up with &quot;New task…&quot;.</source>
        <translation>Ce dossier n&apos;a pas encore de tâche. Planifiez le prochain suivi avec «&#xa0;Nouvelle tâche…&#xa0;».</translation>
    </message>
    <message>
        <source>No open task is assigned to you. Use &quot;New task…&quot; to plan a follow-up, or look at the overdue tasks.</source>
        <translation>Aucune tâche ouverte ne vous est assignée. Utilisez «&#xa0;Nouvelle tâche…&#xa0;» pour planifier un suivi, ou consultez les tâches en retard.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Aucune tâche en retard.</translation>
    </message>
    <message>
        <source>None of the cases you may see has a task yet.</source>
        <translation>Aucun des dossiers auxquels vous avez accès n&apos;a encore de tâche.</translation>
    </message>
    <message>
        <source>No case you may see matches &quot;%1&quot;, or its cases have no tasks. Try its reference, or clear the search.</source>
        <translation>Aucun dossier auquel vous avez accès ne correspond à «&#xa0;%1&#xa0;», ou les dossiers correspondants n&apos;ont pas de tâche. Essayez sa référence, ou effacez la recherche.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Créer un coffre…</translation>
    </message>
    <message>
        <source>Open a vault — Amparo</source>
        <translation>Ouvrir un coffre — Amparo</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Répertoire du coffre</translation>
    </message>
    <message>
        <source>The folder that holds the vault. Recently opened folders are in the list.</source>
        <translation>Le répertoire qui contient le coffre. Les répertoires ouverts récemment figurent dans la liste.</translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation>Rechercher le répertoire du coffre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase. Everything in the vault stays encrypted until you do.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre phrase secrète. Tout le contenu du coffre reste chiffré tant que vous ne l&apos;avez pas fait.</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>&amp;Répertoire du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le répertoire du coffre</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Dérivation de la clé…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>The vault was restored. Unlock it with your usual user name and passphrase.</source>
        <translation>Le coffre a été restauré. Déverrouillez-le avec votre nom d&apos;utilisateur et votre phrase secrète habituels.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UserRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save the roles</source>
        <translation>&amp;Enregistrer les rôles</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>A&amp;jouter un utilisateur…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>The selected user can no longer open the vault until enabled again.</source>
        <translation>Le compte sélectionné ne pourra plus ouvrir le coffre tant qu&apos;il n&apos;aura pas été réactivé.</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Réinitialiser la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enable the user</source>
        <translation>Réactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change the roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <source>Reset the passphrase with the recovery key</source>
        <translation>Réinitialiser la phrase secrète avec la clé de récupération</translation>
    </message>
    <message>
        <source>Change what the selected user may do.</source>
        <translation>Modifier ce que l&apos;utilisateur sélectionné est autorisé à faire.</translation>
    </message>
    <message>
        <source>Give the selected user a new passphrase with the vault&apos;s recovery key, when they have forgotten theirs.</source>
        <translation>Attribuer une nouvelle phrase secrète à l&apos;utilisateur sélectionné à l&apos;aide de la clé de récupération du coffre, lorsqu&apos;il a oublié la sienne.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultLocationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>Où conserver le coffre&#x202f;?</translation>
    </message>
    <message>
        <source>Amparo keeps everything in one encrypted folder. Choose a new or empty folder, ideally on a disk that is itself encrypted.</source>
        <translation>Amparo conserve toutes les données dans un seul répertoire chiffré. Choisissez un répertoire nouveau ou vide, idéalement sur un disque lui-même chiffré.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>Browse for the folder of the new vault</source>
        <translation>Rechercher le répertoire du nouveau coffre</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>Choisir un répertoire vide pour le coffre</translation>
    </message>
    <message>
        <source>Type or choose a folder.</source>
        <translation>Saisissez ou choisissez un répertoire.</translation>
    </message>
    <message>
        <source>A new folder will be created.</source>
        <translation>Un nouveau répertoire sera créé.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Il s&apos;agit d&apos;un fichier, et non d&apos;un répertoire.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder; Amparo never mixes its files with others.</source>
        <translation>Ce répertoire n&apos;est pas vide. Choisissez un répertoire nouveau ou vide&#x202f;; Amparo ne mélange jamais ses fichiers avec d&apos;autres.</translation>
    </message>
    <message>
        <source>The folder is empty and will hold the vault.</source>
        <translation>Le répertoire est vide et accueillera le coffre.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of Amparo on this computer. It changes at once, and can be changed again later in Settings.</source>
        <translation>La langue d&apos;Amparo sur cet ordinateur. Elle change immédiatement et peut être modifiée ultérieurement dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultOverviewPage</name>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Compte connecté&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user&apos;s full name, then their user name: &quot;Ana Suárez (ana)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Modifier ma &amp;phrase secrète…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationDialog</name>
    <message>
        <source>Type of violation</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <source>How precise the date is</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Date of the violation</source>
        <translation>Date de la violation</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs présumés</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Edit the violation</source>
        <translation>Modifier la violation</translation>
    </message>
    <message>
        <source>Add a violation</source>
        <translation>Ajouter une violation</translation>
    </message>
    <message>
        <source>Medical record note</source>
        <translation>Note sur la fiche médicale</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Where it happened: a police station, a town, a road</source>
        <translation>Lieu des faits&#xa0;: un commissariat, une ville, une route</translation>
    </message>
    <message>
        <source>Who did it, as far as it is known</source>
        <translation>Qui en est l&apos;auteur, dans la mesure où cela est connu</translation>
    </message>
    <message>
        <source>Injuries, detention, loss of work or home</source>
        <translation>Blessures, détention, perte d&apos;emploi ou de logement</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Date &amp;known:</source>
        <translation>&amp;Précision de la date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Victime&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators:</source>
        <translation>Auteurs p&amp;résumés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consequences:</source>
        <translation>&amp;Conséquences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add violation</source>
        <translation>&amp;Ajouter la violation</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désignée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>pseudonym and roles in the case</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the roles of one person in a list of people, e.g. &quot;Victim, Witness&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Its Istanbul-Protocol medical record is kept with Medical record… once the violation is saved.</source>
        <translation>Sa fiche médicale (Protocole d&apos;Istanbul) se renseigne avec Fiche médicale… une fois la violation enregistrée.</translation>
    </message>
    <message>
        <source>No medical record: only torture, ill-treatment and sexual violence carry one.</source>
        <translation>Pas de fiche médicale&#xa0;: seules la torture, les mauvais traitements et les violences sexuelles en comportent une.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationTableModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désignée</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Fiche médicale</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationsTab</name>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>&amp;Add violation…</source>
        <translation>&amp;Ajouter une violation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Medical record…</source>
        <translation>&amp;Fiche médicale…</translation>
    </message>
    <message>
        <source>Add violation</source>
        <translation>Ajouter une violation</translation>
    </message>
    <message>
        <source>Edit violation</source>
        <translation>Modifier la violation</translation>
    </message>
    <message>
        <source>Remove violation</source>
        <translation>Supprimer la violation</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Fiche médicale</translation>
    </message>
    <message>
        <source>Medical record of the selected violation</source>
        <translation>Fiche médicale de la violation sélectionnée</translation>
    </message>
    <message>
        <source>No violations recorded yet. Add the first with Add violation…</source>
        <translation>Aucune violation enregistrée pour l&apos;instant. Ajoutez la première avec Ajouter une violation…</translation>
    </message>
    <message>
        <source>Add a violation to the case (Insert)</source>
        <translation>Ajouter une violation au dossier (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected violation (F2)</source>
        <translation>Modifier la violation sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Remove the selected violation (Delete)</source>
        <translation>Supprimer la violation sélectionnée (Delete)</translation>
    </message>
    <message>
        <source>%1: no medical record; only torture, ill-treatment and sexual violence carry one.</source>
        <translation>%1&#xa0;: pas de fiche médicale&#x202f;; seules la torture, les mauvais traitements et les violences sexuelles en comportent une.</translation>
    </message>
    <message numerus="yes">
        <source>Medical record: examined on %1 by %2, %n finding(s). Open it with Medical record…</source>
        <translation>
            <numerusform>Fiche médicale&#xa0;: examen du %1 par %2, %n constatation. Ouvrez-la avec Fiche médicale…</numerusform>
            <numerusform>Fiche médicale&#xa0;: examen du %1 par %2, %n constatations. Ouvrez-la avec Fiche médicale…</numerusform>
        </translation>
    </message>
    <message>
        <source>No medical record yet. Add the examination and its findings with Medical record…</source>
        <translation>Pas encore de fiche médicale. Ajoutez l&apos;examen et ses constatations avec Fiche médicale…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>type and date of a violation</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the violation</source>
        <translation>Supprimer la violation</translation>
    </message>
    <message>
        <source>Remove the violation &quot;%1&quot; from the case? Its medical record is removed with it. The audit trail keeps a record of the removal.</source>
        <translation>Supprimer la violation «&#xa0;%1&#xa0;» du dossier&#x202f;? Sa fiche médicale sera supprimée avec elle. Le journal d&apos;audit conserve une trace de la suppression.</translation>
    </message>
    <message>
        <source>&amp;Remove violation</source>
        <translation>&amp;Supprimer la violation</translation>
    </message>
</context>
<context>
    <name>amparo::ui::Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Every case you may see: search, filter, open and edit.</source>
        <translation>Tous les dossiers auxquels vous avez accès&#xa0;: rechercher, filtrer, ouvrir et modifier.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Victims, defenders, relatives and witnesses: their details and consent.</source>
        <translation>Victimes, défenseurs, proches et témoins&#xa0;: leurs informations et leur consentement.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Members, partners, service providers, donors, authorities and mechanisms.</source>
        <translation>Membres, partenaires, prestataires de services, bailleurs de fonds, autorités et mécanismes.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Follow-ups: yours, the overdue ones, and those of each case.</source>
        <translation>Suivis&#xa0;: les vôtres, ceux en retard et ceux de chaque dossier.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Who did what and when, and the check that nothing was altered.</source>
        <translation>Qui a fait quoi et quand, et la vérification que rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your account and passphrase, the vault&apos;s users and preferences.</source>
        <translation>Votre compte et votre phrase secrète, les utilisateurs du coffre et les préférences.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Cases, assistance and money at a glance; a figure opens the list it counts.</source>
        <translation>Dossiers, assistance et finances en un coup d&apos;œil&#x202f;; un clic sur un chiffre ouvre la liste correspondante.</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Requests for money from a fund: follow, approve and pay them.</source>
        <translation>Demandes de financement adressées à un fonds&#xa0;: les suivre, les approuver et les payer.</translation>
    </message>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>Fonds et grand livre</translation>
    </message>
    <message>
        <source>Fund positions, donor contributions, the journal and reports.</source>
        <translation>Situation des fonds, contributions des donateurs, journal et rapports.</translation>
    </message>
</context>
</TS>
