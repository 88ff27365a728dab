<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>El tipo de asistencia</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>La fecha de la solicitud</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <source>the date of the request</source>
        <translation>la fecha de la solicitud</translation>
    </message>
    <message>
        <source>The completion date</source>
        <translation>La fecha de finalización</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>The person %1 is not a person of case %2; add them to the case first.</source>
        <translation>La persona %1 no figura entre las personas del caso %2; primero agréguela al caso.</translation>
    </message>
    <message>
        <source>The provider organisation does not exist.</source>
        <translation>La organización proveedora no existe.</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>El nuevo estado</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>%1 es un estado final.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>desde %1 puede pasar a: %2.</translation>
    </message>
    <message>
        <source>This assistance cannot go from %1 to %2; %3</source>
        <translation>Esta asistencia no puede pasar de %1 a %2; %3</translation>
    </message>
    <message>
        <source>There is no assistance with the id %1.</source>
        <translation>No existe ninguna asistencia con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>amparo::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is unexpectedly large.</source>
        <translation>%1 tiene un tamaño inesperadamente grande.</translation>
    </message>
    <message>
        <source>The disk is full, or the file is too large for this disk: Amparo could not save %1, which was left as it was. Free some space and try again; nothing was lost.</source>
        <translation>El disco está lleno o el archivo es demasiado grande para este disco: Amparo no pudo guardar %1, que quedó como estaba. Libere espacio y vuelva a intentarlo; no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>amparo::AttachmentService</name>
    <message>
        <source>The file name is required.</source>
        <translation>El nombre del archivo es obligatorio.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>El archivo «%1» está vacío.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; attachments may be at most %3 MB.</source>
        <translation>El archivo «%1» ocupa %2 MB; los archivos adjuntos pueden ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation>No existe ningún archivo adjunto con el identificador %1.</translation>
    </message>
    <message>
        <source>The content of the file &quot;%1&quot; is missing.</source>
        <translation>Falta el contenido del archivo «%1».</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: its content no longer matches the SHA-256 recorded when it was added.</source>
        <translation>El archivo «%1» está dañado: su contenido ya no coincide con el SHA-256 registrado cuando se agregó.</translation>
    </message>
</context>
<context>
    <name>amparo::AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>Clave maestra rotada</translation>
    </message>
    <message>
        <source>Key-slot file restored from its copy</source>
        <translation>Archivo de ranuras de clave restaurado desde su copia de respaldo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bóveda bloqueada</translation>
    </message>
    <message>
        <source>Copy of a document exported</source>
        <translation>Copia de un documento exportada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles modificados</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Usuario activado</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Usuario eliminado</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation>Frase de contraseña restablecida con la clave de recuperación</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste modificado</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Apertura del caso</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Caso editado</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Cambio de estado del caso</translation>
    </message>
    <message>
        <source>Case status imported</source>
        <translation>Estado del caso importado</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Caso asignado</translation>
    </message>
    <message>
        <source>Case assignment ended</source>
        <translation>Fin de la asignación del caso</translation>
    </message>
    <message>
        <source>Person added to a case</source>
        <translation>Persona agregada a un caso</translation>
    </message>
    <message>
        <source>Person removed from a case</source>
        <translation>Persona retirada de un caso</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Persona agregada</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Persona editada</translation>
    </message>
    <message>
        <source>Person anonymised</source>
        <translation>Persona anonimizada</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>Organización agregada</translation>
    </message>
    <message>
        <source>Organisation edited</source>
        <translation>Organización editada</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>Violación registrada</translation>
    </message>
    <message>
        <source>Violation edited</source>
        <translation>Violación editada</translation>
    </message>
    <message>
        <source>Violation removed</source>
        <translation>Violación eliminada</translation>
    </message>
    <message>
        <source>Medical record changed</source>
        <translation>Registro médico modificado</translation>
    </message>
    <message>
        <source>Intervention recorded</source>
        <translation>Intervención registrada</translation>
    </message>
    <message>
        <source>Intervention edited</source>
        <translation>Intervención editada</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Asistencia solicitada</translation>
    </message>
    <message>
        <source>Assistance edited</source>
        <translation>Asistencia editada</translation>
    </message>
    <message>
        <source>Assistance status changed</source>
        <translation>Cambio de estado de la asistencia</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Documento adjuntado</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Documento eliminado</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Tarea creada</translation>
    </message>
    <message>
        <source>Task edited</source>
        <translation>Tarea editada</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Tarea completada</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Tarea reabierta</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Fondo creado</translation>
    </message>
    <message>
        <source>Fund edited</source>
        <translation>Fondo editado</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Contribución registrada</translation>
    </message>
    <message>
        <source>Grant requested</source>
        <translation>Subvención solicitada</translation>
    </message>
    <message>
        <source>Grant edited</source>
        <translation>Subvención editada</translation>
    </message>
    <message>
        <source>Grant status changed</source>
        <translation>Cambio de estado de la subvención</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>Subvención aprobada</translation>
    </message>
    <message>
        <source>Fund overcommitment authorised</source>
        <translation>Sobrecompromiso del fondo autorizado</translation>
    </message>
    <message>
        <source>Ledger transaction posted</source>
        <translation>Asiento contable registrado</translation>
    </message>
    <message>
        <source>Ledger transaction reversed</source>
        <translation>Asiento contable revertido</translation>
    </message>
    <message>
        <source>Ledger period locked</source>
        <translation>Período contable cerrado</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Diario exportado</translation>
    </message>
    <message>
        <source>Case summary exported</source>
        <translation>Resumen del caso exportado</translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Hoja de cálculo exportada</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>Hoja de cálculo importada</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violación</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Desembolso</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro mayor</translation>
    </message>
    <message>
        <source>Ledger transaction</source>
        <translation>Asiento contable</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Prefijo de las referencias de casos</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutos para el bloqueo automático</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Umbral de doble aprobación</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Tamaño máximo de los archivos adjuntos</translation>
    </message>
    <message>
        <source>Days to justify a payment</source>
        <translation>Días para justificar un pago</translation>
    </message>
    <message>
        <source>Days between backup reminders</source>
        <translation>Días entre recordatorios de copia de seguridad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: valor modificado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: se eliminó %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
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
        <translation>la entrada n.º %1 (%2, %3 por %4)</translation>
    </message>
    <message>
        <source>Audit trail broken: entry #%1 is missing (entries were deleted before %2).</source>
        <translation>Registro de auditoría alterado: falta la entrada n.º %1 (se eliminaron entradas antes de %2).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 does not follow the entry before it (an entry was inserted, deleted or reordered).</source>
        <translation>Registro de auditoría alterado: %1 no sigue a la entrada anterior (se insertó, eliminó o reordenó una entrada).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 was modified after it was written.</source>
        <translation>Registro de auditoría alterado: %1 se modificó después de escribirse.</translation>
    </message>
</context>
<context>
    <name>amparo::Backup</name>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>No se puede leer la instantánea: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Amparo backup.</source>
        <translation>%1 no es una copia de seguridad de Amparo.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it ends before its contents.</source>
        <translation>La copia de seguridad %1 está truncada: termina antes de su contenido.</translation>
    </message>
    <message>
        <source>The backup %1 has format %2, which this version of Amparo does not know; update Amparo to restore it.</source>
        <translation>La copia de seguridad %1 tiene el formato %2, que esta versión de Amparo no reconoce; actualice Amparo para restaurarla.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: a part is longer than the file.</source>
        <translation>La copia de seguridad %1 está truncada o dañada: una de sus partes es más larga que el archivo.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: it has unexpected data.</source>
        <translation>La copia de seguridad %1 está dañada: contiene datos inesperados.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its checksum does not match its contents.</source>
        <translation>La copia de seguridad %1 está dañada: su suma de comprobación no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an encrypted Amparo database.</source>
        <translation>La copia de seguridad %1 no contiene una base de datos cifrada de Amparo.</translation>
    </message>
    <message>
        <source>The backup needs a file name.</source>
        <translation>La copia de seguridad necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Write the backup outside the vault folder, ideally on another disk.</source>
        <translation>Guarde la copia de seguridad fuera de la carpeta de la bóveda, preferiblemente en otro disco.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>No se puede escribir en %1.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not verify: %2</source>
        <translation>La copia de seguridad escrita en %1 no superó la verificación: %2</translation>
    </message>
    <message>
        <source>Say where to restore the vault.</source>
        <translation>Indique dónde debe restaurarse la bóveda.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore into a new folder so that nothing is overwritten.</source>
        <translation>La carpeta %1 no está vacía; restaure la bóveda en una carpeta nueva para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored vault to %1.</source>
        <translation>No se puede mover la bóveda restaurada a %1.</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>iniciar la copia de seguridad</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>copiar la base de datos</translation>
    </message>
</context>
<context>
    <name>amparo::CaseService</name>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation>El relato de los hechos</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>El programa</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>El país</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La prioridad</translation>
    </message>
    <message>
        <source>The risk assessment</source>
        <translation>La evaluación de riesgos</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>El identificador externo</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>La fecha de apertura</translation>
    </message>
    <message>
        <source>The incident date</source>
        <translation>La fecha del incidente</translation>
    </message>
    <message>
        <source>The reporting date</source>
        <translation>La fecha de notificación</translation>
    </message>
    <message>
        <source>the incident date</source>
        <translation>la fecha del incidente</translation>
    </message>
    <message>
        <source>The referring organisation does not exist.</source>
        <translation>La organización remitente no existe.</translation>
    </message>
    <message>
        <source>Cases can only be assigned to active caseworkers.</source>
        <translation>Los casos solo pueden asignarse a gestores de casos activos.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another case.</source>
        <translation>El identificador externo «%1» ya lo usa otro caso.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is not of the form PREFIX-YEAR-NUMBER.</source>
        <translation>La referencia «%1» no tiene el formato PREFIJO-AÑO-NÚMERO.</translation>
    </message>
    <message>
        <source>The reference %1 is already used.</source>
        <translation>La referencia %1 ya está en uso.</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Apertura del caso</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>El nuevo estado</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>Case %1 cannot go from %2 to %3; from %2 it can go to: %4.</source>
        <translation>El caso %1 no puede pasar de %2 a %3; desde %2 puede pasar a: %4.</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>El estado</translation>
    </message>
    <message>
        <source>Case %1 already has a history; its status changes only through the workflow.</source>
        <translation>El caso %1 ya tiene historial; su estado solo puede cambiar mediante el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The role in the case</source>
        <translation>El rol en el caso</translation>
    </message>
    <message>
        <source>The perpetrator type</source>
        <translation>El tipo de presunto autor</translation>
    </message>
    <message>
        <source>That person does not have that role in the case.</source>
        <translation>Esa persona no tiene ese rol en el caso.</translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>No existe ningún caso con el identificador %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
</context>
<context>
    <name>amparo::CaseSummary</name>
    <message>
        <source>Case summary %1</source>
        <translation>Resumen del caso %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name and ISO code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitido por</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Gestores de casos</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Restricted: need-to-know only</source>
        <translation>Restringido: solo para quien necesite conocerlo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Relato de los hechos</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Apertura del caso</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rol en el caso</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Contact and notes</source>
        <translation>Contacto y notas</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>Defensora de derechos humanos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to publication.</source>
        <translation>
            <numerusform>Se omite %n persona por falta de consentimiento para la publicación.</numerusform>
            <numerusform>Se omiten %n personas por falta de consentimiento para la publicación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to share.</source>
        <translation>
            <numerusform>Se omite %n persona por falta de consentimiento para compartir sus datos.</numerusform>
            <numerusform>Se omiten %n personas por falta de consentimiento para compartir sus datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>born about a year</comment>
        <translation>Hacia %1</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menor de 18</translation>
    </message>
    <message>
        <source>70 or older</source>
        <translation>70 o más</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>age band</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — INTERNAL</source>
        <translation>CONFIDENCIAL — USO INTERNO</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>ORGANIZACIÓN ASOCIADA</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>PÚBLICO</translation>
    </message>
    <message>
        <source>Internal summary.</source>
        <translation>Resumen interno.</translation>
    </message>
    <message>
        <source>Everything recorded in the case, names, contact details and medical findings included. Not to be shared outside the organisation.</source>
        <translation>Contiene todo lo registrado en el caso, incluidos los nombres, los datos de contacto y los hallazgos médicos. No debe compartirse fuera de la organización.</translation>
    </message>
    <message>
        <source>Summary for a partner organisation.</source>
        <translation>Resumen para una organización asociada.</translation>
    </message>
    <message>
        <source>Only people who consented to sharing with a partner appear, under their pseudonyms; their names in the text are replaced by pseudonyms. Contact details, addresses, dates of birth (ages are given in bands such as 30–39), risk assessments, medical findings and file names are withheld.</source>
        <translation>Solo figuran, con su seudónimo, las personas que consintieron que sus datos se compartieran con una organización asociada; en el texto, sus nombres se sustituyen por seudónimos. Se omiten los datos de contacto, las direcciones, las fechas de nacimiento (las edades se indican por tramos, como 30–39), las evaluaciones de riesgos, los hallazgos médicos y los nombres de archivo.</translation>
    </message>
    <message>
        <source>Public summary.</source>
        <translation>Resumen público.</translation>
    </message>
    <message>
        <source>Only people who consented to publication in an urgent appeal appear, under their pseudonyms. Narrative details that could identify anyone — accounts, places, reasons, descriptions, staff, organisations, medical findings and file names — are withheld.</source>
        <translation>Solo figuran, con su seudónimo, las personas que consintieron la publicación en un llamamiento urgente. Se omiten los elementos narrativos que podrían permitir identificar a alguien —relatos de los hechos, lugares, motivos, descripciones, personal, organizaciones, hallazgos médicos y nombres de archivo—.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>reference, programme and country</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Elaborado por %1 el %2.</translation>
    </message>
    <message>
        <source>Prepared on %1.</source>
        <translation>Elaborado el %1.</translation>
    </message>
    <message>
        <source>CASE SUMMARY</source>
        <translation>RESUMEN DEL CASO</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Sin registros.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Grants and disbursements</source>
        <translation>Subvenciones y desembolsos</translation>
    </message>
    <message>
        <source>No grants recorded.</source>
        <translation>No hay subvenciones registradas.</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>Payments are shown to finance officers and fund managers.</source>
        <translation>Los pagos solo se muestran a los responsables de finanzas y a los gestores de fondos.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>In the fund&apos;s currency</source>
        <translation>En la moneda del fondo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Reversed: not counted</source>
        <translation>Revertido: no computado</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <comment>exchange rate</comment>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Desembolsos</translation>
    </message>
    <message>
        <source>No payments recorded.</source>
        <translation>No hay pagos registrados.</translation>
    </message>
    <message>
        <source>Net paid, by currency of payment</source>
        <translation>Total neto pagado, por moneda de pago</translation>
    </message>
    <message>
        <source>Net paid, in the fund&apos;s currency</source>
        <translation>Total neto pagado, en la moneda del fondo</translation>
    </message>
    <message numerus="yes">
        <source>%n reversed disbursement(s) not counted in the totals.</source>
        <translation>
            <numerusform>No se computa en los totales %n desembolso revertido.</numerusform>
            <numerusform>No se computan en los totales %n desembolsos revertidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>Examen médico (Protocolo de Estambul)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>examination date and examiner</comment>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>finding kind, description and consistency</comment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Presuntos autores</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>Se omite %n violación por falta de consentimiento para la publicación.</numerusform>
            <numerusform>Se omiten %n violaciones por falta de consentimiento para la publicación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>Se omite %n violación por falta de consentimiento para compartir los datos.</numerusform>
            <numerusform>Se omiten %n violaciones por falta de consentimiento para compartir los datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>Sin respuesta registrada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Persona beneficiaria</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>Se omite %n registro de asistencia por falta de consentimiento para la publicación.</numerusform>
            <numerusform>Se omiten %n registros de asistencia por falta de consentimiento para la publicación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>Se omite %n registro de asistencia por falta de consentimiento para compartir los datos.</numerusform>
            <numerusform>Se omiten %n registros de asistencia por falta de consentimiento para compartir los datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <source>%1, %2 KB</source>
        <comment>file type and size</comment>
        <translation>%1, %2 KB</translation>
    </message>
    <message>
        <source>Violation %1</source>
        <translation>Violación %1</translation>
    </message>
    <message>
        <source>Assistance %1</source>
        <translation>Asistencia %1</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Subvención %1</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Files are listed, not included; they stay in the organisation&apos;s vault.</source>
        <translation>Los archivos se enumeran, pero no se incluyen; permanecen en la bóveda de la organización.</translation>
    </message>
    <message>
        <source>File names are withheld: they often contain names.</source>
        <translation>Se omiten los nombres de archivo, que a menudo contienen nombres de personas.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of withheld records not listed.</source>
        <translation>
            <numerusform>No se enumera %n archivo de registros omitidos.</numerusform>
            <numerusform>No se enumeran %n archivos de registros omitidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ConsentService</name>
    <message>
        <source>The purpose</source>
        <translation>La finalidad</translation>
    </message>
    <message>
        <source>The consent status</source>
        <translation>El estado del consentimiento</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>La forma en que se obtuvo el consentimiento</translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation>La fecha de la decisión es obligatoria.</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>La fecha de la decisión</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>La fecha de vencimiento</translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation>la fecha de la decisión</translation>
    </message>
</context>
<context>
    <name>amparo::Corrections</name>
    <message>
        <source>Transaction %1 is itself the reversal of transaction %2 and cannot be reversed; post a new entry instead.</source>
        <translation>El asiento %1 es a su vez la reversión del asiento %2 y no puede revertirse; registre un nuevo asiento en su lugar.</translation>
    </message>
    <message>
        <source>Transaction %1 was already reversed by transaction %2.</source>
        <translation>El asiento %1 ya se revirtió mediante el asiento %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is a grant commitment; it follows the grant: cancel or close the grant instead of reversing it.</source>
        <translation>El asiento %1 es el compromiso de una subvención y depende de ella: en lugar de revertirlo, cancele o cierre la subvención.</translation>
    </message>
    <message>
        <source>The reason for the reversal</source>
        <translation>El motivo de la reversión</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, before transaction %2 itself (%3).</source>
        <translation>La reversión no puede tener fecha %1, anterior a la del propio asiento %2 (%3).</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, in the future.</source>
        <translation>La reversión no puede tener fecha %1, que es una fecha futura.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>La subvención %1 está en estado «%2»; sus pagos ya no pueden revertirse. Registre un reembolso en su lugar.</translation>
    </message>
    <message>
        <source>The rest of grant %1 has been released to the fund; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>El saldo restante de la subvención %1 ya se liberó al fondo; sus pagos ya no pueden revertirse. Registre un reembolso en su lugar.</translation>
    </message>
    <message>
        <source>Reversing this payment would leave grant %1 with more refunded than paid; reverse the refunds first.</source>
        <translation>Revertir este pago dejaría la subvención %1 con un monto reembolsado superior al pagado; primero revierta los reembolsos.</translation>
    </message>
    <message>
        <source>Reversal of transaction %1: %2</source>
        <translation>Reversión del asiento %1: %2</translation>
    </message>
    <message>
        <source>Reversing transaction %1 would leave fund %2 with less than nothing available (%3); cancel or reduce grants first.</source>
        <translation>Revertir el asiento %1 dejaría el fondo %2 con un saldo disponible negativo (%3); primero cancele o reduzca subvenciones.</translation>
    </message>
    <message>
        <source>A payment was reversed.</source>
        <translation>Se revirtió un pago.</translation>
    </message>
</context>
<context>
    <name>amparo::Countries</name>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Islas Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Caribe neerlandés</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhután</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarús</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
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
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sáhara Occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Islas Malvinas</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
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
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Georgia del Sur y las Islas Sandwich del Sur</translation>
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
        <translation>Guinea-Bissau</translation>
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
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts y Nevis</translation>
    </message>
    <message>
        <source>Democratic People’s Republic of Korea</source>
        <translation>República Popular Democrática de Corea</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>República de Corea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajstán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
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
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>San Martín (parte francesa)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Malí</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas Septentrionales</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelandia</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Nueva Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint Pierre y Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
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
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumania</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Santa Elena</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Islas Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>San Martín (parte neerlandesa)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorio de las Tierras Australes Francesas</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Túnez</translation>
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
        <translation>Trinidad y Tabago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Islas menores alejadas de los Estados Unidos</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Holy See</source>
        <translation>Santa Sede</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Islas Vírgenes de los Estados Unidos</translation>
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
        <translation>Islas Wallis y Futuna</translation>
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
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
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
        <translation>%1: falta este dato; indique un código de moneda, como EUR o USD.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a currency Amparo knows; use an ISO 4217 code such as EUR, USD, CHF, JPY or KWD.</source>
        <translation>%1: «%2» no es una moneda que Amparo reconozca; use un código ISO 4217, como EUR, USD, CHF, JPY o KWD.</translation>
    </message>
</context>
<context>
    <name>amparo::Database</name>
    <message>
        <source>The key does not open this database, or the file is not an Amparo database (%1).</source>
        <translation>La clave no abre esta base de datos, o el archivo no es una base de datos de Amparo (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2).</source>
        <translation>El archivo de la base de datos está dañado (%1: %2).</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (%1).</source>
        <translation>Otro proceso de Amparo está usando la bóveda; vuelva a intentarlo cuando haya terminado (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be written or opened: %1 (%2).</source>
        <translation>No se puede escribir ni abrir el archivo de la base de datos: %1 (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (code %3).</source>
        <translation>Error de la base de datos al %1: %2 (código %3).</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>Ya existe una base de datos en %1.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation>aplicar la clave</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this program; refusing to open the vault without encryption.</source>
        <translation>SQLCipher no está activo en este programa; la bóveda no se abrirá sin cifrado.</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>La base de datos no pudo pasar al modo de registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The key cannot change inside a transaction.</source>
        <translation>La clave no puede cambiarse dentro de una transacción.</translation>
    </message>
    <message>
        <source>changing the database key</source>
        <translation>cambiar la clave de la base de datos</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (checkpoint).</source>
        <translation>Otro proceso de Amparo está usando la bóveda; vuelva a intentarlo cuando haya terminado (punto de control).</translation>
    </message>
    <message>
        <source>The disk is full, or a file has grown too large for this disk: Amparo could not save this, and nothing of it was kept. Free some space and try again; what was saved before is safe. (%1)</source>
        <translation>El disco está lleno o un archivo ha crecido demasiado para este disco: Amparo no pudo guardar esto y no se conservó nada de ello. Libere espacio y vuelva a intentarlo; lo guardado anteriormente está a salvo. (%1)</translation>
    </message>
    <message>
        <source>The disk could not read or write the vault&apos;s files (an input/output error), so this was not saved. The disk may be failing or disconnected; check it, then open the vault again. (%1: %2)</source>
        <translation>El disco no pudo leer ni escribir los archivos de la bóveda (un error de entrada/salida), así que esto no se guardó. Puede que el disco esté fallando o desconectado; revíselo y vuelva a abrir la bóveda. (%1: %2)</translation>
    </message>
    <message>
        <source>The benchmark&apos;s plaintext database must be a new file; %1 exists.</source>
        <translation>La base de datos sin cifrar de la prueba de rendimiento debe ser un archivo nuevo; %1 ya existe.</translation>
    </message>
</context>
<context>
    <name>amparo::DatabaseSalt</name>
    <message>
        <source>The vault&apos;s database file %1 is missing.</source>
        <translation>Falta el archivo de la base de datos de la bóveda: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file %1 is truncated.</source>
        <translation>El archivo de la base de datos de la bóveda está truncado: %1.</translation>
    </message>
</context>
<context>
    <name>amparo::DemoGenerator</name>
    <message numerus="yes">
        <source>This vault already holds %n case(s) or person(s); demo data goes only into a new, empty vault.</source>
        <translation>
            <numerusform>Esta bóveda ya contiene %n caso o persona; los datos de demostración solo pueden cargarse en una bóveda nueva y vacía.</numerusform>
            <numerusform>Esta bóveda ya contiene %n casos o personas; los datos de demostración solo pueden cargarse en una bóveda nueva y vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault already has a user &quot;%1&quot;; demo data goes only into a new vault.</source>
        <translation>Esta bóveda ya tiene un usuario «%1»; los datos de demostración solo pueden cargarse en una bóveda nueva.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1.</source>
        <translation>El número de casos de demostración debe estar entre 0 y %1.</translation>
    </message>
    <message numerus="yes">
        <source>This vault already has %n fund(s); demo data goes only into a new vault.</source>
        <translation>
            <numerusform>Esta bóveda ya tiene %n fondo; los datos de demostración solo pueden cargarse en una bóveda nueva.</numerusform>
            <numerusform>Esta bóveda ya tiene %n fondos; los datos de demostración solo pueden cargarse en una bóveda nueva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::DisbursementService</name>
    <message>
        <source>The currency</source>
        <translation>La moneda</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>El monto</translation>
    </message>
    <message>
        <source>The date of payment</source>
        <translation>La fecha de pago</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>The amount is in %1 but grant %2 is in %3; give the exchange rate of the day (how many %1 one %3 buys).</source>
        <translation>El monto está en %1, pero la subvención %2 está en %3; indique el tipo de cambio del día (cuántos %1 se obtienen por un %3).</translation>
    </message>
    <message>
        <source>%1 at the rate %2 is worth less than the smallest unit of %3.</source>
        <translation>%1 al tipo de cambio %2 equivale a menos de la unidad mínima de %3.</translation>
    </message>
    <message>
        <source>pay a grant they requested</source>
        <translation>pagar una subvención que solicitó</translation>
    </message>
    <message>
        <source>pay a grant they approved</source>
        <translation>pagar una subvención que aprobó</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only approved grants can be paid.</source>
        <translation>La subvención %1 está en estado «%2»; solo pueden pagarse subvenciones aprobadas.</translation>
    </message>
    <message>
        <source>Paying %1 for grant %2 would go beyond what was approved: %3 approved, %4 already paid, %5 left.</source>
        <translation>Pagar %1 con cargo a la subvención %2 superaría el monto aprobado: aprobado %3, ya pagado %4, pendiente %5.</translation>
    </message>
    <message>
        <source>Payment for %1 (case %2)</source>
        <translation>Pago de %1 (caso %2)</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>Pagada íntegramente.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; refunds are recorded for grants that have been paid.</source>
        <translation>La subvención %1 está en estado «%2»; los reembolsos solo se registran para subvenciones que ya se han pagado.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 paid for grant %3 and not yet refunded.</source>
        <translation>Un reembolso de %1 supera el monto pagado con cargo a la subvención %3 y aún no reembolsado (%2).</translation>
    </message>
    <message>
        <source>Refund of unspent money of %1 (case %2)</source>
        <translation>Reembolso de fondos no utilizados de %1 (caso %2)</translation>
    </message>
    <message>
        <source>Grant %1 is %2; payments can only be finished while the grant is being disbursed.</source>
        <translation>La subvención %1 está en estado «%2»; los pagos solo pueden darse por finalizados mientras la subvención está en desembolso.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>El comentario</translation>
    </message>
    <message>
        <source>payments finished</source>
        <translation>pagos finalizados</translation>
    </message>
    <message>
        <source>Grant %1 cannot be justified: the payments of %2 have no receipt yet.</source>
        <translation>La subvención %1 no puede darse por justificada porque estos pagos aún no tienen comprobante: %2.</translation>
    </message>
    <message>
        <source>There is no disbursement with the id %1.</source>
        <translation>No existe ningún desembolso con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>amparo::DocumentLanguage</name>
    <message>
        <source>Unknown document language &quot;%1&quot;; use one of: %2.</source>
        <translation>Idioma del documento desconocido: «%1»; use uno de los siguientes: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::DraftStore</name>
    <message>
        <source>A draft needs to say what was edited.</source>
        <translation>Un borrador debe indicar qué se estaba editando.</translation>
    </message>
    <message>
        <source>This draft is too large to keep (%1 KiB; at most %2 KiB).</source>
        <translation>Este borrador es demasiado grande para conservarlo (%1 KiB; como máximo %2 KiB).</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Este borrador ya no existe.</translation>
    </message>
</context>
<context>
    <name>amparo::FundService</name>
    <message>
        <source>The fund code &quot;%1&quot; must be 2 to 12 capital letters or digits, starting with a letter (for example UAF).</source>
        <translation>El código de fondo «%1» debe tener de 2 a 12 letras mayúsculas o cifras y empezar por una letra (por ejemplo, UAF).</translation>
    </message>
    <message>
        <source>The fund name</source>
        <translation>El nombre del fondo</translation>
    </message>
    <message>
        <source>The fund currency</source>
        <translation>La moneda del fondo</translation>
    </message>
    <message>
        <source>The annual budget must be between zero and %1.</source>
        <translation>El presupuesto anual debe estar entre cero y %1.</translation>
    </message>
    <message>
        <source>The two-approver threshold must be between zero and %1.</source>
        <translation>El umbral de doble aprobación debe estar entre cero y %1.</translation>
    </message>
    <message>
        <source>A country of the fund</source>
        <translation>Un país del fondo</translation>
    </message>
    <message>
        <source>The programmes</source>
        <translation>Los programas</translation>
    </message>
    <message>
        <source>The assistance types</source>
        <translation>Los tipos de asistencia</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1 to be a donor.</source>
        <translation>No existe ninguna organización con el identificador %1 que pueda figurar como donante.</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor; record it as a donor organisation first.</source>
        <translation>La organización %1 no es donante; primero regístrela como organización donante.</translation>
    </message>
    <message>
        <source>There is already a fund with the code %1.</source>
        <translation>Ya existe un fondo con el código %1.</translation>
    </message>
    <message>
        <source>There is no fund with the id %1.</source>
        <translation>No existe ningún fondo con el identificador %1.</translation>
    </message>
    <message>
        <source>There is no fund with the code &quot;%1&quot;.</source>
        <translation>No existe ningún fondo con el código «%1».</translation>
    </message>
    <message>
        <source>The currency of the contribution</source>
        <translation>La moneda de la contribución</translation>
    </message>
    <message>
        <source>The amount of the contribution</source>
        <translation>El monto de la contribución</translation>
    </message>
    <message>
        <source>The date received</source>
        <translation>La fecha de recepción</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La referencia</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor of fund %2.</source>
        <translation>La organización %1 no es donante del fondo %2.</translation>
    </message>
    <message>
        <source>The contribution is in %1 but fund %2 keeps its accounts in %3; give the exchange rate of the day.</source>
        <translation>La contribución está en %1, pero el fondo %2 lleva su contabilidad en %3; indique el tipo de cambio del día.</translation>
    </message>
    <message>
        <source>The contribution in %1</source>
        <translation>La contribución en %1</translation>
    </message>
    <message>
        <source>Contribution to %1 %2</source>
        <translation>Contribución a %1 %2</translation>
    </message>
    <message>
        <source>Fund %1 is closed to new grants.</source>
        <translation>El fondo %1 ya no admite nuevas subvenciones.</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for cases in %2; this case is in %3.</source>
        <translation>El fondo %1 solo puede financiar casos de %2; país de este caso: %3.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for the programmes %2; this case is in %3.</source>
        <translation>El fondo %1 solo puede financiar casos de los programas %2; este caso pertenece al programa %3.</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for %2; this assistance is %3.</source>
        <translation>El fondo %1 solo puede financiar estos tipos de asistencia: %2; esta asistencia es de tipo %3.</translation>
    </message>
</context>
<context>
    <name>amparo::GrantService</name>
    <message>
        <source>The currency of the grant</source>
        <translation>La moneda de la subvención</translation>
    </message>
    <message>
        <source>Fund %1 keeps its accounts in %2; request the grant in %2 (payments may still be made in %3 at the rate of the day).</source>
        <translation>El fondo %1 lleva su contabilidad en %2; solicite la subvención en %2 (los pagos podrán hacerse igualmente en %3 al tipo de cambio del día).</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>La finalidad</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>La justificación</translation>
    </message>
    <message>
        <source>The assistance %1 belongs to another case than %2.</source>
        <translation>La asistencia %1 pertenece a un caso distinto del %2.</translation>
    </message>
    <message>
        <source>The beneficiary must be a person of case %1.</source>
        <translation>La persona beneficiaria debe figurar entre las personas del caso %1.</translation>
    </message>
    <message>
        <source>The beneficiary organisation does not exist.</source>
        <translation>La organización beneficiaria no existe.</translation>
    </message>
    <message>
        <source>A grant request needs at least one budget line with an amount.</source>
        <translation>Una solicitud de subvención necesita al menos una partida presupuestaria con un monto.</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>Partida presupuestaria %1</translation>
    </message>
    <message>
        <source>The total of the budget lines</source>
        <translation>El total de las partidas presupuestarias</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only drafts and requests returned for changes can be edited.</source>
        <translation>La subvención %1 está en estado «%2»; solo pueden editarse los borradores y las solicitudes devueltas para cambios.</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>%1 es un estado final.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>desde %1 puede pasar a: %2.</translation>
    </message>
    <message>
        <source>Grant %1 cannot go from %2 to %3; %4</source>
        <translation>La subvención %1 no puede pasar de %2 a %3; %4</translation>
    </message>
    <message>
        <source>Release of %1: %2</source>
        <translation>Liberación del saldo de %1: %2</translation>
    </message>
    <message>
        <source>approve their own grant request</source>
        <translation>aprobar su propia solicitud de subvención</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only submitted requests can be approved.</source>
        <translation>La subvención %1 está en estado «%2»; solo pueden aprobarse las solicitudes presentadas.</translation>
    </message>
    <message>
        <source>give both approvals of a grant</source>
        <translation>dar las dos aprobaciones de una subvención</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>El comentario</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>El monto aprobado</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the %3 requested.</source>
        <translation>%1 (%2) no puede superar el monto solicitado (%3).</translation>
    </message>
    <message>
        <source>Fund %1 has %2 available; approving %3 for grant %4 would commit more than it has. An administrator can authorise the over-commitment with a written reason.</source>
        <translation>El fondo %1 tiene %2 disponibles; aprobar %3 para la subvención %4 comprometería más de lo que tiene. Un administrador puede autorizar el sobrecompromiso indicando el motivo por escrito.</translation>
    </message>
    <message>
        <source>Commitment of %1 for case %2</source>
        <translation>Compromiso de %1 para el caso %2</translation>
    </message>
    <message>
        <source>decide on their own grant request</source>
        <translation>decidir sobre su propia solicitud de subvención</translation>
    </message>
    <message>
        <source>The reason for the rejection</source>
        <translation>El motivo del rechazo</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Lo que debe cambiarse</translation>
    </message>
    <message>
        <source>The reason for the cancellation</source>
        <translation>El motivo de la cancelación</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Grant %1 is %2; an over-commitment can only be authorised for a submitted request.</source>
        <translation>La subvención %1 está en estado «%2»; solo puede autorizarse un sobrecompromiso para una solicitud presentada.</translation>
    </message>
    <message>
        <source>The reason for the over-commitment</source>
        <translation>El motivo del sobrecompromiso</translation>
    </message>
    <message>
        <source>There is no grant with the id %1.</source>
        <translation>No existe ninguna subvención con el identificador %1.</translation>
    </message>
    <message>
        <source>There is no grant with the reference &quot;%1&quot;.</source>
        <translation>No existe ninguna subvención con la referencia «%1».</translation>
    </message>
    <message>
        <source>Unknown grant status &quot;%1&quot;; use one of: %2.</source>
        <translation>Estado de subvención desconocido: «%1»; use uno de los siguientes: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::InterventionService</name>
    <message>
        <source>The kind of intervention</source>
        <translation>El tipo de intervención</translation>
    </message>
    <message>
        <source>The date it was sent is required.</source>
        <translation>La fecha de envío es obligatoria.</translation>
    </message>
    <message>
        <source>The date it was sent</source>
        <translation>La fecha de envío</translation>
    </message>
    <message>
        <source>The addressee organisation does not exist.</source>
        <translation>La organización destinataria no existe.</translation>
    </message>
    <message>
        <source>The addressee</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La referencia</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>La fecha de la respuesta</translation>
    </message>
    <message>
        <source>the date it was sent</source>
        <translation>la fecha de envío</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>There is no intervention with the id %1.</source>
        <translation>No existe ninguna intervención con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>amparo::JournalRegister</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>El período empieza el %1, después de su fecha de fin (%2).</translation>
    </message>
    <message>
        <source>No grant was requested for a case with the reference &quot;%1&quot;.</source>
        <translation>No se ha solicitado ninguna subvención para un caso con la referencia «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::Kdf</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation>Los parámetros de derivación de la clave están dañados.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>No hay memoria suficiente para derivar la clave (se necesitan %1 MiB).</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>La frase de contraseña no es texto UTF-8 válido.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n character(s).</source>
        <translation>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::KeySlot</name>
    <message>
        <source>Sealing the master key failed.</source>
        <translation>No se pudo sellar la clave maestra.</translation>
    </message>
    <message>
        <source>A key slot is damaged (wrong length).</source>
        <translation>Una ranura de clave está dañada (longitud incorrecta).</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>La ranura de clave no contiene ninguna clave maestra utilizable.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotFile</name>
    <message>
        <source>The key-slot file is damaged: %1</source>
        <translation>El archivo de ranuras de clave está dañado: %1</translation>
    </message>
    <message>
        <source>line %1 has a malformed %2 field.</source>
        <translation>la línea %1 tiene un campo %2 mal formado.</translation>
    </message>
    <message>
        <source>line %1 names an unknown kind of slot.</source>
        <translation>la línea %1 indica un tipo de ranura desconocido.</translation>
    </message>
    <message>
        <source>line %1 has an unexpected field.</source>
        <translation>la línea %1 tiene un campo inesperado.</translation>
    </message>
    <message>
        <source>line %1 uses an unknown key derivation.</source>
        <translation>la línea %1 usa un método de derivación de clave desconocido.</translation>
    </message>
    <message>
        <source>line %1 has key derivation costs out of range.</source>
        <translation>la línea %1 tiene parámetros de coste de la derivación de clave fuera del intervalo admitido.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>it is far larger than a key-slot file can be.</source>
        <translation>el archivo es mucho más grande de lo que puede ser un archivo de ranuras de clave.</translation>
    </message>
    <message>
        <source>it is not an Amparo key-slot file, or of an unknown version.</source>
        <translation>no es un archivo de ranuras de clave de Amparo, o es de una versión desconocida.</translation>
    </message>
    <message>
        <source>it is truncated (the checksum line is missing).</source>
        <translation>el archivo está truncado (falta la línea de la suma de comprobación).</translation>
    </message>
    <message>
        <source>its checksum does not match (the file was cut short or edited).</source>
        <translation>la suma de comprobación no coincide (el archivo se recortó o se editó).</translation>
    </message>
    <message>
        <source>line %1 is not understood.</source>
        <translation>la línea %1 no se puede interpretar.</translation>
    </message>
    <message>
        <source>the vault identity is missing.</source>
        <translation>falta la identidad de la bóveda.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotStore</name>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>Falta el archivo de ranuras de clave %1.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo vault (no key-slot file).</source>
        <translation>%1 no es una bóveda de Amparo (no hay archivo de ranuras de clave).</translation>
    </message>
    <message>
        <source>%1 There is no backup copy; restore the vault from a backup.</source>
        <translation>%1 No hay copia de respaldo; restaure la bóveda a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 The backup copy is damaged too: %2</source>
        <translation>%1 La copia de respaldo también está dañada: %2</translation>
    </message>
</context>
<context>
    <name>amparo::Ledger</name>
    <message>
        <source>The ledger is locked up to %1; nothing can be posted on %2. Post it with a date after the lock.</source>
        <translation>El libro mayor está cerrado hasta el %1; no puede registrarse nada con fecha %2. Regístrelo con una fecha posterior al cierre.</translation>
    </message>
    <message>
        <source>A ledger transaction needs a date.</source>
        <translation>Un asiento contable necesita una fecha.</translation>
    </message>
    <message>
        <source>The posting date</source>
        <translation>La fecha contable</translation>
    </message>
    <message>
        <source>A ledger transaction needs at least two postings.</source>
        <translation>Un asiento contable necesita al menos dos apuntes.</translation>
    </message>
    <message>
        <source>The posting to %1 is in &quot;%2&quot;, which is not a currency Amparo knows.</source>
        <translation>El apunte en la cuenta %1 está en «%2», una moneda que Amparo no reconoce.</translation>
    </message>
    <message>
        <source>The posting to %1 has no amount.</source>
        <translation>El apunte en la cuenta %1 no tiene monto.</translation>
    </message>
    <message>
        <source>The transaction &quot;%1&quot; does not balance: its %2 postings add up to %3 instead of zero.</source>
        <translation>El asiento «%1» no cuadra: sus %2 apuntes suman %3 en lugar de cero.</translation>
    </message>
    <message>
        <source>The end of the locked period</source>
        <translation>El fin del período cerrado</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1: falta este dato.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (%2).</source>
        <translation>%1 no puede ser una fecha futura (%2).</translation>
    </message>
    <message>
        <source>The reason for the lock</source>
        <translation>El motivo del cierre</translation>
    </message>
    <message>
        <source>The ledger is already locked up to %1; a lock can only move forward.</source>
        <translation>El libro mayor ya está cerrado hasta el %1; el cierre solo puede avanzar.</translation>
    </message>
    <message>
        <source>There is no ledger transaction with the id %1.</source>
        <translation>No existe ningún asiento contable con el identificador %1.</translation>
    </message>
    <message>
        <source>transaction %1 does not balance in %2 (off by %3)</source>
        <translation>el asiento %1 no cuadra en %2 (descuadre de %3)</translation>
    </message>
    <message>
        <source>transaction %1 has postings dated apart from it</source>
        <translation>el asiento %1 tiene apuntes con una fecha distinta de la suya</translation>
    </message>
    <message>
        <source>transaction %1 has fewer than two postings</source>
        <translation>el asiento %1 tiene menos de dos apuntes</translation>
    </message>
    <message>
        <source>transaction %1 was posted into a locked period</source>
        <translation>el asiento %1 se registró en un período cerrado</translation>
    </message>
    <message>
        <source>The posting to %1</source>
        <translation>El apunte en la cuenta %1</translation>
    </message>
</context>
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::MedicalRecordService</name>
    <message>
        <source>A medical record can only be kept for torture, ill-treatment or sexual violence; this violation is recorded as %1.</source>
        <translation>Solo se puede llevar un registro médico en casos de tortura, malos tratos o violencia sexual; esta violación está registrada como %1.</translation>
    </message>
    <message>
        <source>The date of the examination is required.</source>
        <translation>La fecha del examen es obligatoria.</translation>
    </message>
    <message>
        <source>The date of the examination</source>
        <translation>La fecha del examen</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>la fecha de la violación</translation>
    </message>
    <message>
        <source>The examiner</source>
        <translation>La persona examinadora</translation>
    </message>
    <message>
        <source>A medical record holds at most %1 findings.</source>
        <translation>Un registro médico admite como máximo %1 hallazgos.</translation>
    </message>
    <message>
        <source>The kind of finding %1</source>
        <translation>El tipo del hallazgo %1</translation>
    </message>
    <message>
        <source>The description of finding %1</source>
        <translation>La descripción del hallazgo %1</translation>
    </message>
    <message>
        <source>The consistency of finding %1</source>
        <translation>El grado de coherencia del hallazgo %1</translation>
    </message>
</context>
<context>
    <name>amparo::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency Amparo knows.</source>
        <translation>«%1» no es una moneda que Amparo reconozca.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 of %2 is not plausible; no single amount may exceed %3.</source>
        <translation>%1 de %2 no es verosímil; ningún monto individual puede superar %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1: falta este dato.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount; write it like 1500.00, without spaces, currency signs or thousands separators.</source>
        <translation>%1: «%2» no es un monto; escríbalo como 1500.00, sin espacios, símbolos de moneda ni separadores de miles.</translation>
    </message>
    <message>
        <source>%1 must be more than zero; &quot;%2&quot; is negative.</source>
        <translation>%1 debe ser mayor que cero; «%2» es negativo.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has decimals, but %3 has no minor unit; give a whole number.</source>
        <translation>%1: «%2» tiene decimales, pero %3 no tiene subunidad; indique un número entero.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more decimals than %3 has (%4).</source>
        <translation>%1: «%2» tiene más decimales de los que admite %3 (%4).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not plausible; no single amount may exceed %3.</source>
        <translation>%1: «%2» no es verosímil; ningún monto individual puede superar %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an exchange rate; write a positive number such as 20.1234.</source>
        <translation>%1: «%2» no es un tipo de cambio; escriba un número positivo, como 20.1234.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range; a rate has at most %3 decimals, 18 digits in all, and is below one billion.</source>
        <translation>%1: «%2» está fuera del intervalo admitido; un tipo de cambio tiene como máximo %3 decimales y 18 cifras en total, y es inferior a mil millones.</translation>
    </message>
    <message>
        <source>%1 at the rate %2 would be more than %3; check the rate.</source>
        <translation>%1 al tipo de cambio %2 superaría %3; compruebe el tipo de cambio.</translation>
    </message>
</context>
<context>
    <name>amparo::OrganisationService</name>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>El nombre de la organización</translation>
    </message>
    <message>
        <source>The kind of organisation</source>
        <translation>El tipo de organización</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>El país de la organización</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1.</source>
        <translation>No existe ninguna organización con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>amparo::Permission</name>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consultar el registro de auditoría</translation>
    </message>
    <message>
        <source>read restricted cases</source>
        <translation>consultar casos restringidos</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>consultar casos</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>editar casos</translation>
    </message>
    <message>
        <source>export case data</source>
        <translation>exportar datos de casos</translation>
    </message>
    <message>
        <source>request grants</source>
        <translation>solicitar subvenciones</translation>
    </message>
    <message>
        <source>approve grants</source>
        <translation>aprobar subvenciones</translation>
    </message>
    <message>
        <source>record ledger entries</source>
        <translation>registrar asientos en el libro mayor</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>consultar el libro mayor</translation>
    </message>
    <message>
        <source>back up the vault</source>
        <translation>hacer copias de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>La cuenta «%1» está desactivada.</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>%1 (%2) no tiene permiso para %3.</translation>
    </message>
    <message>
        <source>Four-eyes rule: %1 cannot %2 as the same person.</source>
        <translation>Principio de los cuatro ojos: %1 no puede %2, porque debe hacerlo otra persona.</translation>
    </message>
</context>
<context>
    <name>amparo::PersonService</name>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>El identificador externo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>El sexo</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <source>The year of birth %1 is not between 1900 and %2.</source>
        <translation>El año de nacimiento %1 no está entre 1900 y %2.</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>La nacionalidad</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>El país de residencia</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>Los idiomas</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>El rol</translation>
    </message>
    <message>
        <source>Give the person at least one role (victim, defender, …).</source>
        <translation>Asigne a la persona al menos un rol (víctima, defensor, …).</translation>
    </message>
    <message>
        <source>The vulnerability</source>
        <translation>La vulnerabilidad</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>La dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección postal</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>The affiliation refers to an organisation that does not exist.</source>
        <translation>La afiliación hace referencia a una organización que no existe.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another person.</source>
        <translation>El identificador externo «%1» ya lo usa otra persona.</translation>
    </message>
    <message>
        <source>%1 was anonymised and can no longer be edited.</source>
        <translation>Los datos de %1 se anonimizaron y ya no pueden editarse.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>No existe ninguna persona con el identificador %1.</translation>
    </message>
    <message>
        <source>same name and year of birth</source>
        <translation>mismo nombre y año de nacimiento</translation>
    </message>
    <message>
        <source>same telephone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>misma dirección de correo electrónico</translation>
    </message>
</context>
<context>
    <name>amparo::RecordOwner</name>
    <message>
        <source>The kind of record</source>
        <translation>El tipo de registro</translation>
    </message>
</context>
<context>
    <name>amparo::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that is not part of any recovery key (only letters and digits).</source>
        <translation>La clave de recuperación contiene un carácter que no forma parte de ninguna clave de recuperación (solo letras y cifras).</translation>
    </message>
    <message>
        <source>The recovery key is too long: it has 32 letters and digits.</source>
        <translation>La clave de recuperación es demasiado larga: debe tener 32 letras y cifras.</translation>
    </message>
    <message>
        <source>The recovery key is too short: it has 32 letters and digits.</source>
        <translation>La clave de recuperación es demasiado corta: debe tener 32 letras y cifras.</translation>
    </message>
</context>
<context>
    <name>amparo::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gestor de casos</translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation>Gestor de fondos</translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation>Responsable de finanzas</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are admin, caseworker, fund_manager, finance and auditor.</source>
        <translation>Rol desconocido: «%1»; los roles son admin, caseworker, fund_manager, finance y auditor.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>Se necesita al menos un rol.</translation>
    </message>
</context>
<context>
    <name>amparo::Schema</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Versión de esquema desconocida: %1.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Amparo (schema %1; this version knows up to %2). Update Amparo to open it.</source>
        <translation>Esta bóveda se guardó con una versión más reciente de Amparo (esquema %1; esta versión admite hasta el %2). Actualice Amparo para abrirla.</translation>
    </message>
</context>
<context>
    <name>amparo::Session</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
</context>
<context>
    <name>amparo::Settings</name>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation>El ajuste %1 debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>The case reference prefix must be 1 to 8 capital letters or digits, starting with a letter.</source>
        <translation>El prefijo de las referencias de casos debe tener de 1 a 8 letras mayúsculas o cifras y empezar por una letra.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Ajuste desconocido: %1.</translation>
    </message>
    <message>
        <source>The approval threshold must be an amount such as 1500 or 1500.50, without grouping.</source>
        <translation>El umbral de doble aprobación debe ser un monto como 1500 o 1500.50, sin separadores de miles.</translation>
    </message>
</context>
<context>
    <name>amparo::Statement</name>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>preparar «%1»</translation>
    </message>
    <message>
        <source>Empty SQL statement.</source>
        <translation>Instrucción SQL vacía.</translation>
    </message>
    <message>
        <source>More than one SQL statement in &quot;%1&quot;.</source>
        <translation>Hay más de una instrucción SQL en «%1».</translation>
    </message>
    <message>
        <source>binding parameter %1 of &quot;%2&quot;</source>
        <translation>vincular el parámetro %1 de «%2»</translation>
    </message>
    <message>
        <source>Parameter %1 of &quot;%2&quot; was not bound.</source>
        <translation>El parámetro %1 de «%2» no se vinculó.</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>ejecutar «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned rows where none were expected.</source>
        <translation>«%1» devolvió filas cuando no se esperaba ninguna.</translation>
    </message>
</context>
<context>
    <name>amparo::TaskService</name>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>La fecha límite es obligatoria.</translation>
    </message>
    <message>
        <source>The due date: %1 is not between 1900-01-01 and %2.</source>
        <translation>La fecha límite: %1 no está entre 1900-01-01 y %2.</translation>
    </message>
    <message>
        <source>The assignee must be an active user.</source>
        <translation>La persona asignada debe ser un usuario activo.</translation>
    </message>
    <message>
        <source>The linked record is missing its id.</source>
        <translation>Al registro vinculado le falta el identificador.</translation>
    </message>
    <message>
        <source>The linked record belongs to another case than the task.</source>
        <translation>El registro vinculado pertenece a un caso distinto del de la tarea.</translation>
    </message>
    <message>
        <source>%1 may not see the restricted case %2; assign them to the case before giving them a task in it.</source>
        <translation>%1 no tiene acceso al caso restringido %2; asígnele el caso antes de encomendarle una tarea en él.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>No existe ninguna tarea con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>amparo::User</name>
    <message>
        <source>The user name must have 2 to 64 characters.</source>
        <translation>El nombre de usuario debe tener entre 2 y 64 caracteres.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain the letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>El nombre de usuario «%1» solo puede contener las letras a-z, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>amparo::UserAdministration</name>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>El nombre completo es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>No existe el usuario «%1».</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 es la última cuenta de administrador activa; primero asigne el rol de administrador a otra persona.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>Se necesita al menos un rol.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken (user names of removed users are not reused).</source>
        <translation>El nombre de usuario «%1» ya está en uso (los nombres de usuarios eliminados no se reutilizan).</translation>
    </message>
    <message>
        <source>You cannot disable or remove yourself.</source>
        <translation>No puede desactivar ni eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>Your key slot is missing from the vault.</source>
        <translation>Su ranura de clave no se encuentra en la bóveda.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de contraseña actual es incorrecta.</translation>
    </message>
</context>
<context>
    <name>amparo::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1: este dato es obligatorio.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1: el texto es demasiado largo (%2 caracteres; se admiten como máximo %3).</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1: el texto contiene un carácter de control (U+%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known country code (use two letters, e.g. MX, PH, TN).</source>
        <translation>%1: «%2» no es un código de país conocido (use dos letras, p. ej., MX, PH, TN).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write 2026-03-14 or 14/03/2026).</source>
        <translation>%1: «%2» no es una fecha (escriba 2026-03-14 o 14/03/2026).</translation>
    </message>
    <message>
        <source>%1: %2 is before 1900.</source>
        <translation>%1: %2 es anterior a 1900.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: %2 es una fecha futura.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) es anterior a %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: «%2» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a telephone number.</source>
        <translation>%1: «%2» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: «%2» no es uno de los valores admitidos (%3).</translation>
    </message>
</context>
<context>
    <name>amparo::Vault</name>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation>No se pueden restringir los permisos de %1 a su propietario.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new location for the vault.</source>
        <translation>%1 ya existe y no es una carpeta vacía; elija otra ubicación para la bóveda.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this vault.</source>
        <translation>El archivo de ranuras de clave no pertenece a esta bóveda.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>La ranura de clave no contiene ninguna clave maestra utilizable.</translation>
    </message>
    <message>
        <source>There is no Amparo vault at %1.</source>
        <translation>No hay ninguna bóveda de Amparo en %1.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator.</source>
        <translation>La cuenta «%1» está desactivada; consulte a un administrador.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Elija una carpeta para la bóveda.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Esta bóveda no tiene clave de recuperación.</translation>
    </message>
    <message>
        <source>The recovery key is not the one of this vault.</source>
        <translation>La clave de recuperación no corresponde a esta bóveda.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose the folder that holds the Amparo vault.</source>
        <translation>%1 es un archivo, no una carpeta: elija la carpeta que contiene la bóveda de Amparo.</translation>
    </message>
    <message>
        <source>The key-slot file in %1 belongs to another vault: it does not match this vault&apos;s database (or the database file was replaced). Put this vault&apos;s own key-slot file back, or restore the vault from a backup.</source>
        <translation>El archivo de ranuras de clave de %1 pertenece a otra bóveda: no corresponde a la base de datos de esta bóveda (o se reemplazó el archivo de la base de datos). Vuelva a colocar el archivo de ranuras de clave propio de esta bóveda o restaure la bóveda desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>amparo::VaultLock</name>
    <message>
        <source>The disk is full: Amparo cannot open the vault at %1. Free some space and try again; nothing was lost.</source>
        <translation>El disco está lleno: Amparo no puede abrir la bóveda de %1. Libere espacio y vuelva a intentarlo; no se perdió nada.</translation>
    </message>
    <message>
        <source>Cannot open the vault&apos;s lock file %1: %2.</source>
        <translation>No se puede abrir el archivo de bloqueo de la bóveda %1: %2.</translation>
    </message>
    <message>
        <source>Amparo cannot write in the vault folder %1: it is read-only, or it belongs to another account. Amparo needs to write there to open the vault; make the folder writable, or copy the vault to a folder you can write to.</source>
        <translation>Amparo no puede escribir en la carpeta de la bóveda %1: es de solo lectura o pertenece a otra cuenta. Amparo necesita escribir en ella para abrir la bóveda; permita la escritura en la carpeta o copie la bóveda a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>This vault is open in another Amparo window or program. Close it there first, then try again.</source>
        <translation>Esta bóveda está abierta en otra ventana o programa de Amparo. Ciérrela allí primero y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message>
        <source>The type of violation</source>
        <translation>El tipo de violación</translation>
    </message>
    <message>
        <source>The precision of the date</source>
        <translation>La precisión de la fecha</translation>
    </message>
    <message>
        <source>The date of the violation is given but its precision is &quot;unknown&quot;: choose day, month or year, or leave the date empty.</source>
        <translation>Se indicó la fecha de la violación, pero su precisión es «desconocida»: elija día, mes o año, o deje la fecha en blanco.</translation>
    </message>
    <message>
        <source>The date of the violation is required unless its precision is &quot;unknown&quot;.</source>
        <translation>La fecha de la violación es obligatoria, salvo que su precisión sea «desconocida».</translation>
    </message>
    <message>
        <source>The date of the violation</source>
        <translation>La fecha de la violación</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <source>The perpetrators</source>
        <translation>Los presuntos autores</translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation>Las consecuencias</translation>
    </message>
    <message>
        <source>The victim %1 is not a person of case %2; add them to the case first.</source>
        <translation>La víctima %1 no figura entre las personas del caso %2; primero agréguela al caso.</translation>
    </message>
    <message>
        <source>This violation has a medical record, which only torture, ill-treatment and sexual violence carry; remove the medical record before changing the type to %1.</source>
        <translation>Esta violación tiene un registro médico, que solo corresponde a la tortura, los malos tratos y la violencia sexual; elimine el registro médico antes de cambiar el tipo a %1.</translation>
    </message>
    <message>
        <source>The date of the medical examination</source>
        <translation>La fecha del examen médico</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>la fecha de la violación</translation>
    </message>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation>
            <numerusform>Esta violación tiene %n archivo adjunto; elimínelo antes de eliminar la violación.</numerusform>
            <numerusform>Esta violación tiene %n archivos adjuntos; elimínelos antes de eliminar la violación.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no violation with the id %1.</source>
        <translation>No existe ninguna violación con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>amparo::Vocabulary</name>
    <message>
        <source>Victim / survivor</source>
        <translation>Víctima / sobreviviente</translation>
    </message>
    <message>
        <source>Human rights defender</source>
        <translation>Defensor de derechos humanos</translation>
    </message>
    <message>
        <source>Family member / dependant</source>
        <translation>Familiar / persona a cargo</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Presunto autor</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>LGBTI</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Indígena</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Privación de libertad</translation>
    </message>
    <message>
        <source>In exile</source>
        <translation>En el exilio</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Gestión del caso</translation>
    </message>
    <message>
        <source>Sharing with a partner organisation</source>
        <translation>Intercambio con una organización asociada</translation>
    </message>
    <message>
        <source>Communication to UN and regional mechanisms</source>
        <translation>Comunicación a mecanismos de la ONU y regionales</translation>
    </message>
    <message>
        <source>Publication in an urgent appeal</source>
        <translation>Publicación en un llamamiento urgente</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Miembro de la red</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>ONG asociada</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Proveedor de servicios</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>UN or regional mechanism</source>
        <translation>Mecanismo de la ONU o regional</translation>
    </message>
    <message>
        <source>Urgent assistance to victims of torture</source>
        <translation>Asistencia urgente a víctimas de tortura</translation>
    </message>
    <message>
        <source>Protection of human rights defenders</source>
        <translation>Protección de defensores de derechos humanos</translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation>Derechos del niño</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>Violencia contra la mujer</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights</source>
        <translation>Derechos económicos, sociales y culturales</translation>
    </message>
    <message>
        <source>Monitoring of protection mechanisms</source>
        <translation>Seguimiento de los mecanismos de protección</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Tortura</translation>
    </message>
    <message>
        <source>Cruel, inhuman or degrading treatment</source>
        <translation>Tratos crueles, inhumanos o degradantes</translation>
    </message>
    <message>
        <source>Arbitrary arrest or detention</source>
        <translation>Arresto o detención arbitraria</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Desaparición forzada</translation>
    </message>
    <message>
        <source>Extrajudicial execution</source>
        <translation>Ejecución extrajudicial</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Hostigamiento judicial</translation>
    </message>
    <message>
        <source>Threats and intimidation</source>
        <translation>Amenazas e intimidación</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Agresión física</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violencia sexual</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>Prohibición de viajar</translation>
    </message>
    <message>
        <source>Defamation campaign</source>
        <translation>Campaña de difamación</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Congelación de activos</translation>
    </message>
    <message>
        <source>Forced eviction</source>
        <translation>Desalojo forzoso</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Fuerzas armadas</translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation>Personal penitenciario</translation>
    </message>
    <message>
        <source>Intelligence services</source>
        <translation>Servicios de inteligencia</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Poder judicial</translation>
    </message>
    <message>
        <source>Non-state armed group</source>
        <translation>Grupo armado no estatal</translation>
    </message>
    <message>
        <source>Private actor</source>
        <translation>Actor privado</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Solo el mes</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Llamamiento urgente</translation>
    </message>
    <message>
        <source>Urgent appeal follow-up</source>
        <translation>Seguimiento de llamamiento urgente</translation>
    </message>
    <message>
        <source>Closing urgent appeal</source>
        <translation>Cierre de llamamiento urgente</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Letter to the authorities</source>
        <translation>Carta a las autoridades</translation>
    </message>
    <message>
        <source>Communication to a UN special procedure</source>
        <translation>Comunicación a un procedimiento especial de la ONU</translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation>Comunicación a un órgano de tratado de la ONU</translation>
    </message>
    <message>
        <source>Communication to a regional commission</source>
        <translation>Comunicación a una comisión regional</translation>
    </message>
    <message>
        <source>Letter to an embassy</source>
        <translation>Carta a una embajada</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídica</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médica</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psicosocial</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Reubicación</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Protective accompaniment / solidarity visit</source>
        <translation>Acompañamiento de protección / visita de solidaridad</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Físico</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psicológico</translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation>No coherente</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Coherente</translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation>Muy coherente</translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation>Típico de</translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation>Diagnóstico de</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Devuelta para cambios</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>En desembolso</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Desembolsada</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justificada</translation>
    </message>
</context>
<context>
    <name>amparo::bench::BenchVault</name>
    <message>
        <source>%1 holds a benchmark vault of %2 cases and %3 postings, not of the scale asked for; choose another folder with --vault or delete that one.</source>
        <translation>%1 contiene una bóveda de prueba de rendimiento de %2 casos y %3 apuntes, no de la escala solicitada; elija otra carpeta con --vault o elimine esa.</translation>
    </message>
    <message>
        <source>The benchmark vault in %1 was not finished (its building was interrupted); delete the folder and run the benchmark again.</source>
        <translation>La bóveda de prueba de rendimiento de %1 no se terminó (su creación se interrumpió); elimine la carpeta y vuelva a ejecutar la prueba de rendimiento.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a benchmark vault; the benchmark only writes into a folder of its own.</source>
        <translation>%1 no está vacía y no es una bóveda de prueba de rendimiento; la prueba de rendimiento solo escribe en una carpeta propia.</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>apuntes</translation>
    </message>
    <message>
        <source>the long case</source>
        <translation>el caso extenso</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseList</name>
    <message>
        <source>3. Case list, first page of %1 by date (with count)</source>
        <translation>3. Lista de casos, primera página de %1 por fecha (con recuento)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>3. Case list, each next page while scrolling (first %1)</source>
        <translation>3. Lista de casos, cada página siguiente al desplazarse (primeras %1)</translation>
    </message>
    <message>
        <source>3. Case list, the last page (scrolled to the end)</source>
        <translation>3. Lista de casos, la última página (desplazándose hasta el final)</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p50</source>
        <translation>4. Búsqueda mientras se escribe, por pulsación, p50</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p95</source>
        <translation>4. Búsqueda mientras se escribe, por pulsación, p95</translation>
    </message>
    <message numerus="yes">
        <source>%n keystroke(s)</source>
        <translation>
            <numerusform>%n pulsación</numerusform>
            <numerusform>%n pulsaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the count alone</source>
        <translation>4. Búsqueda mientras se escribe, p95 solo del recuento</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the first page alone</source>
        <translation>4. Búsqueda mientras se escribe, p95 solo de la primera página</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 from the second letter on</source>
        <translation>4. Búsqueda mientras se escribe, p95 a partir de la segunda letra</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseTabs</name>
    <message>
        <source>5. Opening one case with the data of all its tabs</source>
        <translation>5. Apertura de un caso con los datos de todas sus pestañas</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) across the years</source>
        <translation>
            <numerusform>%n caso de distintos años</numerusform>
            <numerusform>%n casos de distintos años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Dashboard</name>
    <message>
        <source>11. The dashboard&apos;s figures, as a fund manager</source>
        <translation>11. Las cifras del panel de control, como gestor de fondos</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>every case, assistance and money figure</source>
        <translation>todas las cifras de casos, asistencia y fondos</translation>
    </message>
    <message>
        <source>11. The dashboard&apos;s figures, as a caseworker</source>
        <translation>11. Las cifras del panel de control, como gestor de casos</translation>
    </message>
    <message>
        <source>the cases this caseworker may see</source>
        <translation>los casos que este gestor de casos puede ver</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Exports</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>8. PDF case summary of 50 pages</source>
        <translation>8. Resumen del caso en PDF de 50 páginas</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>not measured (no text layout without Qt Gui)</source>
        <translation>no medido (no hay composición de texto sin Qt Gui)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder for the import.</source>
        <translation>No hay carpeta temporal para la importación.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s people file was not imported whole (%1 of %2 rows).</source>
        <translation>El archivo de personas de la prueba de rendimiento no se importó completo (%1 de %2 filas).</translation>
    </message>
    <message>
        <source>9. CSV import of people</source>
        <translation>9. Importación CSV de personas</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>filas/s</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::FundPositions</name>
    <message>
        <source>No temporary folder for the exported journal.</source>
        <translation>No hay carpeta temporal para el diario exportado.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>6. Fund positions at a date, %n fund(s)</source>
        <translation>
            <numerusform>6. Situación de los fondos en una fecha, %n fondo</numerusform>
            <numerusform>6. Situación de los fondos en una fecha, %n fondos</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Every account&apos;s balance at a date (as hledger bal)</source>
        <translation>6. Saldo de cada cuenta en una fecha (como hledger bal)</translation>
    </message>
    <message>
        <source>6. Exporting the hledger journal</source>
        <translation>6. Exportación del diario de hledger</translation>
    </message>
    <message>
        <source>6. hledger bal on the exported journal</source>
        <translation>6. hledger bal sobre el diario exportado</translation>
    </message>
    <message>
        <source>not measured (hledger is not installed)</source>
        <translation>no medido (hledger no está instalado)</translation>
    </message>
    <message>
        <source>6. hledger bal / fund positions</source>
        <translation>6. hledger bal / situación de los fondos</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Amparo&apos;s balances and hledger&apos;s</source>
        <translation>6. Saldos de Amparo y de hledger</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>coinciden</translation>
    </message>
    <message>
        <source>DIFFER: %1</source>
        <translation>DIFIEREN: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Hledger</name>
    <message>
        <source>hledger did not run to the end: %1</source>
        <translation>hledger no se ejecutó hasta el final: %1</translation>
    </message>
    <message>
        <source>hledger failed: %1</source>
        <translation>hledger falló: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::LedgerData</name>
    <message>
        <source>The benchmark vault has no fund to post to.</source>
        <translation>La bóveda de prueba de rendimiento no tiene ningún fondo en el que registrar apuntes.</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Memory</name>
    <message>
        <source>10. GUI with the vault open, peak resident memory</source>
        <translation>10. Interfaz gráfica con la bóveda abierta, memoria residente máxima</translation>
    </message>
    <message>
        <source>10. GUI with the vault open, steady resident memory</source>
        <translation>10. Interfaz gráfica con la bóveda abierta, memoria residente estable</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>not measured (GUI not built)</source>
        <translation>no medido (interfaz gráfica no compilada)</translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>no medido (%1)</translation>
    </message>
    <message>
        <source>not measured (the probe failed: %1)</source>
        <translation>no medido (la sonda falló: %1)</translation>
    </message>
    <message>
        <source>not measured (the probe&apos;s case list stayed empty)</source>
        <translation>no medido (la lista de casos de la sonda quedó vacía)</translation>
    </message>
    <message numerus="yes">
        <source>case list showing %n row(s)</source>
        <translation>
            <numerusform>lista de casos con %n fila</numerusform>
            <numerusform>lista de casos con %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Opening</name>
    <message>
        <source>built earlier; reused</source>
        <translation>creada antes; reutilizada</translation>
    </message>
    <message>
        <source>1. Building the vault: rows written</source>
        <translation>1. Creación de la bóveda: filas escritas</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>filas/s</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>%1 filas en %2 s</translation>
    </message>
    <message>
        <source>1. Building the vault: demo cases with their records</source>
        <translation>1. Creación de la bóveda: casos de demostración con sus registros</translation>
    </message>
    <message>
        <source>cases/s</source>
        <translation>casos/s</translation>
    </message>
    <message>
        <source>1. Building the vault: ledger postings</source>
        <translation>1. Creación de la bóveda: apuntes contables</translation>
    </message>
    <message>
        <source>postings/s</source>
        <translation>apuntes/s</translation>
    </message>
    <message>
        <source>2. Key derivation, moderate (what users get)</source>
        <translation>2. Derivación de clave, moderada (la que obtienen los usuarios)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>2. Key derivation, interactive</source>
        <translation>2. Derivación de clave, interactiva</translation>
    </message>
    <message>
        <source>2. Opening the vault after key derivation</source>
        <translation>2. Apertura de la bóveda tras la derivación de clave</translation>
    </message>
    <message>
        <source>whole open %1 ms</source>
        <translation>apertura completa %1 ms</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Plaintext</name>
    <message>
        <source>No temporary folder for the plaintext comparison.</source>
        <translation>No hay carpeta temporal para la comparación sin cifrar.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message>
        <source>7. Mixed workload, encrypted (SQLCipher)</source>
        <translation>7. Carga de trabajo mixta, cifrada (SQLCipher)</translation>
    </message>
    <message>
        <source>7. Mixed workload, plaintext (benchmark only)</source>
        <translation>7. Carga de trabajo mixta, sin cifrar (solo para la prueba de rendimiento)</translation>
    </message>
    <message>
        <source>7. Encrypted / plaintext</source>
        <translation>7. Cifrada / sin cifrar</translation>
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
        <translation>--%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 se ha indicado dos veces.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida: --%1.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado: «%1».</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Falta --%1.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Backup</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Copia de seguridad escrita y verificada: %1 (%2).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>the new vault folder</source>
        <translation>la carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>Vault restored to %1; it opens with the same user names and passphrases as the original.</source>
        <translation>Bóveda restaurada en %1; se abre con los mismos nombres de usuario y frases de contraseña que la original.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Bench</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 necesita un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Amparo benchmark (amparo %1, %2 build, SQLCipher %3)</source>
        <translation>Prueba de rendimiento de Amparo (amparo %1, compilación %2, SQLCipher %3)</translation>
    </message>
    <message numerus="yes">
        <source>Machine: %1, %n core(s), %2 GB RAM</source>
        <translation>
            <numerusform>Máquina: %1, %n núcleo, %2 GB de RAM</numerusform>
            <numerusform>Máquina: %1, %n núcleos, %2 GB de RAM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale: %1 cases, %2 postings; each figure the median of %n repetition(s)</source>
        <translation>
            <numerusform>Escala: %1 casos, %2 apuntes; cada cifra es la mediana de %n repetición</numerusform>
            <numerusform>Escala: %1 casos, %2 apuntes; cada cifra es la mediana de %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault: %1 (reused, built earlier)</source>
        <translation>Bóveda: %1 (reutilizada, creada antes)</translation>
    </message>
    <message>
        <source>Vault: %1 (built now)</source>
        <translation>Bóveda: %1 (creada ahora)</translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation>--vault necesita una carpeta.</translation>
    </message>
    <message>
        <source>Passphrase for the benchmark vault&apos;s users: </source>
        <translation>Frase de contraseña de los usuarios de la bóveda de prueba de rendimiento: </translation>
    </message>
    <message>
        <source>bench: the vault is %1</source>
        <translation>bench: la bóveda está en %1</translation>
    </message>
    <message>
        <source>bench: building %1: %2 of %3</source>
        <translation>bench: creando %1: %2 de %3</translation>
    </message>
    <message>
        <source>bench: scenario %1</source>
        <translation>bench: escenario %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Cases</name>
    <message>
        <source>Unknown --%1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Valor de --%1 desconocido: «%2»; use uno de los siguientes: %3.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>Valor de --status desconocido: «%1»; use uno o varios de los siguientes: %2.</translation>
    </message>
    <message>
        <source>--country needs a two-letter code such as MX or PH.</source>
        <translation>--country necesita un código de dos letras, como MX o PH.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>--limit necesita un número igual o mayor que 1.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown; use --limit N or --format csv for more.</source>
        <translation>Se muestran %1 de %2 casos; use --limit N o --format csv para ver más.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation>
            <numerusform>Advertencia: %n intento fallido de abrir esta cuenta desde su último inicio de sesión.</numerusform>
            <numerusform>Advertencia: %n intentos fallidos de abrir esta cuenta desde su último inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 The vault was opened with the backup copy, which has been restored.</source>
        <translation>Advertencia: %1 La bóveda se abrió con la copia de respaldo, que se ha restaurado.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Demo</name>
    <message>
        <source>--cases needs a number from 0 to 1000000.</source>
        <translation>--cases necesita un número entre 0 y 1000000.</translation>
    </message>
    <message>
        <source>Demo users (passphrase: the one in AMPARO_DEMO_PASSPHRASE):</source>
        <translation>Usuarios de demostración (frase de contraseña: la de AMPARO_DEMO_PASSPHRASE):</translation>
    </message>
    <message>
        <source>Demo users (passphrase of each, shown only now: %1):</source>
        <translation>Usuarios de demostración (frase de contraseña de cada uno, que solo se muestra ahora: %1):</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>  flagged as possible duplicates</source>
        <translation>  marcadas como posible duplicado</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>decisiones de consentimiento</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>  restricted</source>
        <translation>  restringidos</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>cambios de estado</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>violaciones</translation>
    </message>
    <message>
        <source>  with a medical record</source>
        <translation>  con registro médico</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <source>assistance</source>
        <translation>asistencias</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  con plazo vencido</translation>
    </message>
    <message>
        <source>cases by status: %1</source>
        <translation>casos por estado: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>países: %1</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases (%3 cases/s)</source>
        <translation>demo: %1 de %2 casos (%3 casos/s)</translation>
    </message>
    <message>
        <source>demo: stopped; the cases written so far are kept, whole.</source>
        <translation>demo: detenido; los casos escritos hasta ahora se conservan completos.</translation>
    </message>
    <message>
        <source>Stopped: %1 demo cases were written to %2 in %3 s (%4 cases/s).</source>
        <translation>Detenido: se escribieron %1 casos de demostración en %2, en %3 s (%4 casos/s).</translation>
    </message>
    <message>
        <source>Wrote %1 demo cases to %2 in %3 s (%4 cases/s).</source>
        <translation>Se escribieron %1 casos de demostración en %2, en %3 s (%4 casos/s).</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Registros creados:</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed necesita un número entero entre 0 y 18446744073709551615.</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>fondos</translation>
    </message>
    <message>
        <source>donor contributions</source>
        <translation>contribuciones de donantes</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>subvenciones</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>  reversed as mistaken</source>
        <translation>  revertidos por ser erróneos</translation>
    </message>
    <message>
        <source>  with receipts overdue</source>
        <translation>  con comprobantes fuera de plazo</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>reembolsos</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>comprobantes</translation>
    </message>
    <message>
        <source>grants by status: %1</source>
        <translation>subvenciones por estado: %1</translation>
    </message>
    <message>
        <source>payment currencies: %1</source>
        <translation>monedas de pago: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportCsv</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use cases, people, grants or disbursements.</source>
        <translation>Valor de --kind desconocido: «%1»; use cases, people, grants o disbursements.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Se exportó %n fila de %1 a %2.</numerusform>
            <numerusform>Se exportaron %n filas de %1 a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportPdf</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Unknown --redaction &quot;%1&quot;; use internal, partner or public.</source>
        <translation>Valor de --redaction desconocido: «%1»; use internal, partner o public.</translation>
    </message>
    <message>
        <source>Unknown --lang &quot;%1&quot;; use one of: %2.</source>
        <translation>Valor de --lang desconocido: «%1»; use uno de los siguientes: %2.</translation>
    </message>
    <message>
        <source>Wrote the %1 summary of case %2 (%3) to %4.</source>
        <translation>Se guardó el resumen de nivel %1 del caso %2 (%3) en %4.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Fund</name>
    <message>
        <source>There is no organisation named &quot;%1&quot;.</source>
        <translation>No existe ninguna organización llamada «%1».</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>fund needs an action: add or contribute.</source>
        <translation>Falta el subcomando de fund: add o contribute.</translation>
    </message>
    <message>
        <source>Unknown fund action &quot;%1&quot;; use add or contribute.</source>
        <translation>Subcomando de fund desconocido: «%1»; use add o contribute.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grant</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>the grant</source>
        <translation>la subvención</translation>
    </message>
    <message>
        <source>--assistance needs the number of an assistance line.</source>
        <translation>--assistance necesita el número de un registro de asistencia.</translation>
    </message>
    <message>
        <source>%1: %2 (%3); grant %4 is now %5.</source>
        <translation>%1: %2 (%3); estado actual de la subvención %4: %5.</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Reembolso registrado</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <source>Grant %1 — %2</source>
        <translation>Subvención %1 — %2</translation>
    </message>
    <message>
        <source>  case %1, fund %2, requested by %3</source>
        <translation>  caso %1, fondo %2, solicitada por %3</translation>
    </message>
    <message>
        <source>  purpose: %1</source>
        <translation>  finalidad: %1</translation>
    </message>
    <message>
        <source>  requested %1, approved %2</source>
        <translation>  solicitado: %1, aprobado: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>  paid %1, refunded %2, still committed %3</source>
        <translation>  pagado: %1, reembolsado: %2, aún comprometido: %3</translation>
    </message>
    <message>
        <source>  approved by %1: %2</source>
        <translation>  aprobada por %1: %2</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (revertido)</translation>
    </message>
    <message numerus="yes">
        <source>, %n receipt(s)</source>
        <translation>
            <numerusform>, %n comprobante</numerusform>
            <numerusform>, %n comprobantes</numerusform>
        </translation>
    </message>
    <message>
        <source>grant needs an action: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit or show.</source>
        <translation>Falta el subcomando de grant: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit o show.</translation>
    </message>
    <message>
        <source>Grant %1 approved: %2.</source>
        <translation>Subvención %1 aprobada: %2.</translation>
    </message>
    <message>
        <source>First approval of grant %1 recorded; above the threshold a second fund manager must approve it too.</source>
        <translation>Se registró la primera aprobación de la subvención %1; por encima del umbral, también debe aprobarla un segundo gestor de fondos.</translation>
    </message>
    <message>
        <source>--disbursement must be the number of a payment of grant %1.</source>
        <translation>--disbursement debe ser el número de un pago de la subvención %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Unknown grant action &quot;%1&quot;.</source>
        <translation>Subcomando de grant desconocido: «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grants</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>Valor de --status desconocido: «%1»; use uno o varios de los siguientes: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Import</name>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>warning: unknown columns, not imported: %1</source>
        <translation>advertencia: columnas desconocidas, que no se importaron: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read, %3 created, %4 updated, %5 unchanged.</source>
        <translation>Importación de %1 completada: %2 filas leídas; %3 registros creados, %4 actualizados y %5 sin cambios.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows read; %3 would be created, %4 updated, %5 unchanged. Nothing was written.</source>
        <translation>Simulación con %1: %2 filas leídas; se crearían %3 registros, se actualizarían %4 y %5 quedarían sin cambios. No se escribió nada.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <translation>el archivo CSV que se va a importar</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use people or cases.</source>
        <translation>Valor de --kind desconocido: «%1»; use people o cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problema en %1; no se importó nada.</numerusform>
            <numerusform>%n problemas en %1; no se importó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::Info</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Amparo: %1</source>
        <translation>Amparo: %1</translation>
    </message>
    <message>
        <source>SQLCipher: %1 (SQLite %2)</source>
        <translation>SQLCipher: %1 (SQLite %2)</translation>
    </message>
    <message>
        <source>libsodium: %1</source>
        <translation>libsodium: %1</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation>Versión del esquema: %1 (este Amparo: %2)</translation>
    </message>
    <message>
        <source>Active users: %1</source>
        <translation>Usuarios activos: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Init</name>
    <message>
        <source>Unknown --kdf &quot;%1&quot;; use interactive, moderate or sensitive.</source>
        <translation>Valor de --kdf desconocido: «%1»; use interactive, moderate o sensitive.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nueva frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>Created the vault %1 with the administrator %2.</source>
        <translation>Se creó la bóveda %1 con el administrador %2.</translation>
    </message>
    <message>
        <source>Recovery key — shown only now. Print it or write it down and keep it somewhere safe, away from this computer. It opens the vault if every passphrase is lost.</source>
        <translation>Clave de recuperación — solo se muestra ahora. Imprímala o anótela y guárdela en un lugar seguro, lejos de este equipo. Abre la bóveda si se pierden todas las frases de contraseña.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Ledger</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal of %n transaction(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió en %1 el diario de %n asiento.</numerusform>
            <numerusform>Se escribió en %1 el diario de %n asientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger is locked up to %1.</source>
        <translation>El libro mayor está cerrado hasta el %1.</translation>
    </message>
    <message>
        <source>the transaction number</source>
        <translation>el número de asiento</translation>
    </message>
    <message>
        <source>The transaction must be given by its number.</source>
        <translation>El asiento debe indicarse por su número.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>--limit necesita un número igual o mayor que 1.</translation>
    </message>
    <message>
        <source>Unknown --by &quot;%1&quot;; use country, assistance, month or fund.</source>
        <translation>Valor de --by desconocido: «%1»; use country, assistance, month o fund.</translation>
    </message>
    <message>
        <source>ledger needs an action: balance, journal, transactions, report, overdue, lock or reverse.</source>
        <translation>Falta el subcomando de ledger: balance, journal, transactions, report, overdue, lock o reverse.</translation>
    </message>
    <message>
        <source>Unknown ledger action &quot;%1&quot;.</source>
        <translation>Subcomando de ledger desconocido: «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: «%1».</translation>
    </message>
    <message>
        <source>Run &quot;amparo-cli --help&quot; for the commands and their options.</source>
        <translation>Ejecute «amparo-cli --help» para ver los comandos y sus opciones.</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>error inesperado: %1</translation>
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
        <translation>Uso: amparo-cli COMMAND [ARGUMENTS]

Comandos:
  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]
  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf ...]
  user list VAULT --user U [--format table|csv|json]
  user passwd VAULT --user U [--kdf ...]
  user disable|enable|remove VAULT --user ADMIN NAME
  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]
  user reset VAULT NAME            (con la clave de recuperación)
  rotate-key VAULT --user ADMIN
  verify VAULT --user U            (integridad de la base de datos y cadena de auditoría)
  info VAULT --user U              (versiones, esquema, usuarios; ningún dato secreto)
  import VAULT --user U --kind people|cases FILE.csv [--dry-run]
                                   (todas las filas o ninguna; --dry-run enumera todos
                                   los problemas)
  export-csv VAULT --user U --kind cases|people|grants|disbursements --out FILE
  export-pdf VAULT --user U --case REF --out FILE [--redaction internal|partner|public]
        [--lang en|fr|es|ru|ar]    (resumen del caso; por defecto internal, en inglés)
  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]
                                   (llena una bóveda nueva con datos sintéticos y con
                                   los usuarios caseworker, caseworker2, fundmanager,
                                   finance y auditor; por defecto 300 casos, semilla 1;
                                   su frase de contraseña es AMPARO_DEMO_PASSPHRASE o
                                   se genera y se muestra; su --kdf es interactive si
                                   no se indica otro)
  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]
        [--country CC] [--priority P] [--limit N] [--format table|csv|json]
                                   (los más recientes primero; la tabla muestra 50 salvo
                                   que se indique --limit; csv y json, todos los
                                   resultados)
  fund add VAULT --user ADMIN --code CODE --name TEXT --currency C [--budget X]
        [--threshold X] [--countries CC,...] [--programmes P,...]
        [--assistance-types T,...] [--donors NAME,...]
  fund contribute VAULT --user U --fund CODE --amount X --currency C [--rate R]
        [--date D] [--donor NAME] [--reference TEXT]
  funds VAULT --user U [--at YYYY-MM-DD] [--format table|csv|json]
                                   (recibido, comprometido, desembolsado, disponible)
  grant request VAULT --user U --case REF --fund CODE --amount X --currency C
        --purpose TEXT [--assistance ID] [--justification TEXT] [--draft]
                                   (muestra la referencia de la subvención)
  grant submit|show VAULT --user U GRANT
  grant approve VAULT --user U GRANT [--amount X] [--comment TEXT]
  grant reject|return|cancel VAULT --user U GRANT --comment TEXT
  grant close|finish|justify VAULT --user U GRANT [--comment TEXT]
  grant authorise-overcommit VAULT --user ADMIN GRANT --comment TEXT
  grant disburse|refund VAULT --user U GRANT --amount X --currency C [--rate R]
        [--date D] [--note TEXT]   (--rate: cuántas unidades de C se obtienen por una
                                   unidad de la moneda del fondo; muestra el número
                                   del desembolso)
  grant receipt VAULT --user U GRANT --disbursement N --file FILE
  grants VAULT --user U [--status S[,S...]] [--fund CODE] [--format table|csv|json]
  ledger balance VAULT --user U [--fund CODE] [--at YYYY-MM-DD] [--format ...]
  ledger journal VAULT --user U --out FILE      (formato hledger/ledger)
  ledger transactions VAULT --user U [--limit N] [--format ...]
  ledger report VAULT --user U --by country|assistance|month|fund [--from D]
        [--to D] [--format ...]
  ledger overdue VAULT --user U [--at D] [--format ...]   (comprobantes fuera de plazo)
  ledger lock VAULT --user U --through YYYY-MM-DD --reason TEXT
  ledger reverse VAULT --user U TRANSACTION --reason TEXT [--date D]
  backup VAULT --user ADMIN --out FILE   (copia cifrada, verificada tras escribirla)
  restore FILE VAULT               (en una carpeta nueva; mismas frases de contraseña)
  bench [--cases N] [--postings N] [--repetitions N] [--vault DIR]
        [--format table|csv|json]  (cifras de rendimiento en una bóveda a escala
                                   con datos sintéticos, creada una vez y
                                   reutilizada; la frase de contraseña de sus
                                   usuarios, como para --user; véase PERFORMANCE.md)

Roles: admin, caseworker, fund_manager, finance, auditor.

Los datos secretos nunca se pasan como argumentos (se verían en `ps`):
  frase de contraseña de --user (o del nuevo administrador en init):
      AMPARO_PASSPHRASE o --passphrase-fd N
  una nueva frase de contraseña: AMPARO_NEW_PASSPHRASE o --new-passphrase-fd N
  la clave de recuperación: AMPARO_RECOVERY_KEY o --recovery-key-fd N
  en otro caso, se solicitan en la terminal, sin mostrar lo que se escribe.

Código de salida: 0 éxito, 1 rechazo o fallo (con el motivo en una línea), 2 error de uso.
</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Passphrase</name>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation>No se puede leer el dato secreto desde %1: %2.</translation>
    </message>
    <message>
        <source>The secret read from %1 is too long.</source>
        <translation>El dato secreto leído desde %1 es demasiado largo.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>la terminal</translation>
    </message>
    <message>
        <source>--%1 needs a file descriptor number.</source>
        <translation>--%1 necesita un número de descriptor de archivo.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>No secret given: set %1 or use --%2 N.</source>
        <translation>No se ha proporcionado el dato secreto: defina %1 o use --%2 N.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::TableWriter</name>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Formato desconocido: «%1»; use table, csv o json.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::User</name>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>el nombre del nuevo usuario</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nueva frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se agregó el usuario %1 (%2).</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>Se cambió la frase de contraseña de %1.</translation>
    </message>
    <message>
        <source>the user whose passphrase is reset</source>
        <translation>el usuario cuya frase de contraseña se restablece</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset with the recovery key.</source>
        <translation>Se restableció la frase de contraseña de %1 con la clave de recuperación.</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>el nombre del usuario</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer open the vault.</source>
        <translation>La cuenta %1 está desactivada y ya no puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>La cuenta %1 está activada.</translation>
    </message>
    <message>
        <source>%1 is removed and the master key was rotated.</source>
        <translation>Se eliminó la cuenta %1 y se rotó la clave maestra.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>Se cambiaron los roles de %1.</translation>
    </message>
    <message>
        <source>Missing the user command: add, list, passwd, disable, enable, remove, roles or reset.</source>
        <translation>Falta el subcomando de user: add, list, passwd, disable, enable, remove, roles o reset.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Subcomando de user desconocido: «%1».</translation>
    </message>
    <message>
        <source>The master key was rotated; every remaining key slot opens the vault with the new key.</source>
        <translation>Se rotó la clave maestra; todas las ranuras de clave restantes abren la bóveda con la nueva clave.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message>
        <source>a row of %1 refers to a missing record</source>
        <translation>una fila de %1 hace referencia a un registro inexistente</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation>cifrado: SQLCipher %1</translation>
    </message>
    <message>
        <source>database integrity: ok</source>
        <translation>integridad de la base de datos: correcta</translation>
    </message>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation>
            <numerusform>integridad de la base de datos: %n problema</numerusform>
            <numerusform>integridad de la base de datos: %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation>
            <numerusform>registro de auditoría: correcto, %n entrada, hash final %1</numerusform>
            <numerusform>registro de auditoría: correcto, %n entradas, hash final %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN — %1</source>
        <translation>registro de auditoría: ALTERADO — %1</translation>
    </message>
    <message>
        <source>Verification failed: the database has integrity problems.</source>
        <translation>La verificación falló: la base de datos tiene problemas de integridad.</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n transaction(s), each balanced</source>
        <translation>
            <numerusform>libro mayor: correcto, %n asiento, cuadrado</numerusform>
            <numerusform>libro mayor: correcto, %n asientos, todos cuadrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger: %n problem(s)</source>
        <translation>
            <numerusform>libro mayor: %n problema</numerusform>
            <numerusform>libro mayor: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification failed: the ledger has problems.</source>
        <translation>La verificación falló: el libro mayor tiene problemas.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CaseImport</name>
    <message>
        <source>The case is %1 in the vault; references do not change, so %2 in the file was not used.</source>
        <translation>En la bóveda, el caso es %1; las referencias no cambian, por lo que no se utilizó el valor %2 del archivo.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>El programa</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>El país</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>El estado</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La prioridad</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>La fecha de apertura</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>El resumen</translation>
    </message>
    <message>
        <source>No person has the external id %1; import the people file first.</source>
        <translation>Ninguna persona tiene el identificador externo %1; importe primero el archivo de personas.</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet</source>
        <translation>Importación desde una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvImporter</name>
    <message>
        <source>column %1 (no name)</source>
        <translation>columna %1 (sin nombre)</translation>
    </message>
    <message>
        <source>The column appears twice (columns %1 and %2); keep one of them.</source>
        <translation>La columna aparece dos veces (columnas %1 y %2); conserve solo una de ellas.</translation>
    </message>
    <message>
        <source>The file has no %1 column, which every row needs. The columns are: %2.</source>
        <translation>El archivo no tiene la columna %1, que todas las filas necesitan. Las columnas admitidas son: %2.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2; is there a separator in a cell without quotes?</source>
        <translation>La fila tiene %1 celdas, pero el encabezado solo %2; ¿hay un separador en una celda sin comillas?</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>El identificador externo</translation>
    </message>
    <message>
        <source>The external id %1 is also in row %2.</source>
        <translation>El identificador externo %1 también figura en la fila %2.</translation>
    </message>
    <message>
        <source>Only people and cases can be imported, not %1.</source>
        <translation>Solo pueden importarse personas y casos, no %1.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvReader</name>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 ocupa más de %2 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>%1, row %2: unexpected text after a closing quote in cell %3.</source>
        <translation>%1, fila %2: hay texto inesperado después de unas comillas de cierre en la celda %3.</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed (is the file truncated?).</source>
        <translation>%1, fila %2: una celda entre comillas no se cierra nunca (¿está truncado el archivo?).</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters (is a quote never closed?).</source>
        <translation>%1, fila %2: una celda tiene más de %3 caracteres (¿faltan unas comillas de cierre?).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; in your spreadsheet choose &apos;CSV UTF-8&apos; when saving it.</source>
        <translation>%1 no es texto UTF-8; al guardarlo en su hoja de cálculo, elija el formato «CSV UTF-8».</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::PersonImport</name>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>El sexo</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>La nacionalidad</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>El país de residencia</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>El rol</translation>
    </message>
    <message>
        <source>Give the person at least one role (%1).</source>
        <translation>Asigne a la persona al menos un rol (%1).</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>La dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>Pseudonyms are assigned by the vault: %1 in the file was not used; this person is %2.</source>
        <translation>La bóveda asigna los seudónimos: no se utilizó el valor %1 del archivo; esta persona es %2.</translation>
    </message>
    <message>
        <source>This may be the same person as %1 (%2).</source>
        <translation>Puede tratarse de la misma persona que %1 (%2).</translation>
    </message>
</context>
<context>
    <name>amparo::main</name>
    <message>
        <source>Case management for organisations assisting victims of torture.</source>
        <translation>Gestión de casos para organizaciones que asisten a víctimas de tortura.</translation>
    </message>
    <message>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Abrir la bóveda de la carpeta &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Fill in the user name &lt;name&gt;.</source>
        <translation>Indicar de antemano el nombre de usuario &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AboutDialog</name>
    <message>
        <source>About Amparo</source>
        <translation>Acerca de Amparo</translation>
    </message>
    <message>
        <source>Amparo %1</source>
        <translation>Amparo %1</translation>
    </message>
    <message>
        <source>Case management for organisations assisting victims of torture and human rights defenders.</source>
        <translation>Gestión de casos para organizaciones que asisten a víctimas de tortura y a defensores de derechos humanos.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Software libre distribuido bajo la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>SQLCipher (SQLite):</source>
        <translation>SQLCipher (SQLite):</translation>
    </message>
    <message>
        <source>libsodium:</source>
        <translation>libsodium:</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddCasePersonDialog</name>
    <message>
        <source>Role in the case</source>
        <translation>Rol en el caso</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Tipo de presunto autor</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>Agregar una persona al caso</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar una persona</translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation>Nombre o seudónimo</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>An alleged perpetrator whose type (police, army …) is not known.</extracomment>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Perpetrator type:</source>
        <translation>&amp;Tipo de presunto autor:</translation>
    </message>
    <message>
        <source>&amp;Add to the case</source>
        <translation>&amp;Agregar al caso</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Registrar una nueva persona</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a person first, or record a new one.</source>
        <translation>Primero elija una persona o registre una nueva.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddUserDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Letras minúsculas a–z, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>Deriving a key for the new user…</source>
        <translation>Derivando una clave para el nuevo usuario…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>This person adds the other users and manages the vault. Caseworkers, fund managers and others are added once the vault exists.</source>
        <translation>Esta persona agrega a los demás usuarios y administra la bóveda. Los gestores de casos, los gestores de fondos y demás usuarios se agregan una vez creada la bóveda.</translation>
    </message>
    <message>
        <source>User name of the administrator</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation>por ejemplo: maria.lopez</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>Nombre completo del administrador</translation>
    </message>
    <message>
        <source>for example: María López</source>
        <translation>por ejemplo: María López</translation>
    </message>
    <message>
        <source>Typed at every login: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Se escribe en cada inicio de sesión: letras minúsculas a–z, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>What others see in the vault&apos;s records.</source>
        <translation>Lo que los demás ven en los registros de la bóveda.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AmountFields</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>Exchange &amp;rate:</source>
        <translation>&amp;Tipo de cambio:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The ISO code of the currency, for example EUR, USD or MXN.</source>
        <translation>El código ISO de la moneda, por ejemplo, EUR, USD o MXN.</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>What the exchange rate means</source>
        <translation>Qué significa el tipo de cambio</translation>
    </message>
    <message>
        <source>Value in the fund&apos;s currency</source>
        <translation>Valor en la moneda del fondo</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>La moneda</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>El monto</translation>
    </message>
    <message>
        <source>The exchange rate</source>
        <translation>El tipo de cambio</translation>
    </message>
    <message>
        <source>How many %1 one %2 buys on the day, as the bank quotes it: for %2 1 = %1 20.1234, type 20.1234.</source>
        <extracomment>%1 is the currency paid (MXN), %2 the fund&apos;s currency (EUR).</extracomment>
        <translation>Cuántos %1 se obtienen por un %2 ese día, según la cotización del banco: para %2 1 = %1 20.1234, escriba 20.1234.</translation>
    </message>
    <message>
        <source>%1 is worth %2.</source>
        <extracomment>%1 the amount typed (8,000.00 MXN), %2 its value in the fund&apos;s currency (400.00 EUR).</extracomment>
        <translation>%1 equivale a %2.</translation>
    </message>
    <message>
        <source>Type the amount, the currency and the rate to see the value in %1.</source>
        <translation>Escriba el monto, la moneda y el tipo de cambio para ver el valor en %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AnonymiseDialog</name>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonimizar a %1</translation>
    </message>
    <message>
        <source>Anonymising removes %1&apos;s name, date of birth, contact details, address, notes and attached documents for good. The pseudonym, the cases and the payments stay, so that the records remain whole.</source>
        <translation>La anonimización elimina definitivamente el nombre, la fecha de nacimiento, los datos de contacto, la dirección, las notas y los documentos adjuntos de %1. Se conservan el seudónimo, los casos y los pagos, para que los registros sigan completos.</translation>
    </message>
    <message>
        <source>&amp;Why is this person anonymised?</source>
        <translation>¿&amp;Por qué se anonimiza a esta persona?</translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation>Motivo de la anonimización</translation>
    </message>
    <message>
        <source>e.g. the person asked for their data to be erased</source>
        <translation>p. ej., la persona pidió que se borraran sus datos</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone.</source>
        <translation>&amp;Entiendo que esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Confirm anonymising</source>
        <translation>Confirmar la anonimización</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimizar</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AppController</name>
    <message>
        <source>The vault was locked at %1. Enter your passphrase to continue.</source>
        <translation>La bóveda se bloqueó a las %1. Escriba su frase de contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ApprovalQueue</name>
    <message>
        <source>Requests awaiting approval</source>
        <translation>Solicitudes pendientes de aprobación</translation>
    </message>
    <message>
        <source>Number of requests awaiting approval</source>
        <translation>Número de solicitudes pendientes de aprobación</translation>
    </message>
    <message>
        <source>Context of the request</source>
        <translation>Contexto de la solicitud</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>Case of the request</source>
        <translation>Caso de la solicitud</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>Estado del caso:</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>País del caso</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Programme of the case</source>
        <translation>Programa del caso</translation>
    </message>
    <message>
        <source>Asked against available:</source>
        <translation>Solicitado frente a disponible:</translation>
    </message>
    <message>
        <source>Amount asked against the fund&apos;s available amount</source>
        <translation>Monto solicitado frente al monto disponible del fondo</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting approval</source>
        <translation>
            <numerusform>%n solicitud pendiente de aprobación</numerusform>
            <numerusform>%n solicitudes pendientes de aprobación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A case&apos;s reference and title, e.g. &quot;AMP-2026-0042 · Arbitrary detention&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>%1 (restricted to its assignees: only what the request says is shown)</source>
        <translation>%1 (restringido a las personas asignadas: solo se muestra lo que indica la solicitud)</translation>
    </message>
    <message>
        <source>%1 asked; the fund has %2 available</source>
        <extracomment>The amount of a request against what its fund has, e.g. &quot;1,500.00 EUR asked; the fund has 18,800.00 EUR available&quot;.</extracomment>
        <translation>%1 solicitados; el fondo tiene %2 disponibles</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceDialog</name>
    <message>
        <source>Requested on</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>Agregar una asistencia</translation>
    </message>
    <message>
        <source>Edit assistance</source>
        <translation>Editar la asistencia</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Persona beneficiaria</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>Sin proveedor por ahora</translation>
    </message>
    <message>
        <source>Provider organisation</source>
        <translation>Organización proveedora</translation>
    </message>
    <message>
        <source>What is done, e.g. lawyer&apos;s fees for the appeal</source>
        <translation>Qué se hace, p. ej., honorarios del abogado para la apelación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Persona beneficiaria:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Pro&amp;veedor:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Solicitada el:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Iniciada el:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Completada el:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Save the assistance</source>
        <translation>Guardar la asistencia</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceTab</name>
    <message>
        <source>Move the %1 assistance from %2 to %3?</source>
        <extracomment>%1 is the type of assistance, %2 and %3 its current and new status.</extracomment>
        <translation>¿Desea pasar la asistencia de tipo «%1» del estado «%2» al estado «%3»?</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Marcar como %1</translation>
    </message>
    <message>
        <source>&amp;Add assistance…</source>
        <translation>&amp;Agregar asistencia…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Persona beneficiaria</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Assistance lines</source>
        <translation>Registros de asistencia</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Use Add assistance… to record legal, medical, psychosocial, relocation or social help for a person of this case.</source>
        <translation>Todavía no se ha registrado ninguna asistencia. Use Agregar asistencia… para registrar ayuda jurídica, médica, psicosocial, de reubicación o social para una persona de este caso.</translation>
    </message>
    <message>
        <source>Description of the selected assistance</source>
        <translation>Descripción de la asistencia seleccionada</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>Agregar asistencia</translation>
    </message>
    <message>
        <source>Edit the selected assistance</source>
        <translation>Editar la asistencia seleccionada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person of the case and their roles in it, e.g. &quot;Rosa M. (Victim)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A person no longer in this case</source>
        <translation>Una persona que ya no figura en este caso</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Mark as %1…</source>
        <extracomment>A button that moves an assistance line to another status, e.g. &quot;Mark as Approved…&quot;.</extracomment>
        <translation>Marcar como %1…</translation>
    </message>
    <message>
        <source>Mark the assistance as %1</source>
        <translation>Marcar la asistencia como %1</translation>
    </message>
    <message>
        <source>Request a g&amp;rant…</source>
        <translation>Solicitar una subve&amp;nción…</translation>
    </message>
    <message>
        <source>Request a grant for the selected assistance</source>
        <translation>Solicitar una subvención para la asistencia seleccionada</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mostrar más</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;Quitar los filtros</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Number of audit entries</source>
        <translation>Número de entradas de auditoría</translation>
    </message>
    <message>
        <source>Show more audit entries</source>
        <translation>Mostrar más entradas de auditoría</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtro por usuario</translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation>Filtro por tipo de registro</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtro por acción</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrar a partir de una fecha</translation>
    </message>
    <message>
        <source>Filter until a date</source>
        <translation>Filtrar hasta una fecha</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <source>Search acts, record numbers, users and changed values</source>
        <translation>Buscar acciones, números de registro, usuarios y valores modificados</translation>
    </message>
    <message>
        <source>Entries of this day are included.</source>
        <translation>Se incluyen las entradas de ese día.</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Every record type</source>
        <translation>Todos los tipos de registro</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear the filters to see the whole trail.</source>
        <translation>Ninguna entrada coincide con estos filtros. Quite los filtros para ver todo el registro.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries are shown.</source>
        <translation>
            <numerusform>Se muestran las %1 entradas más recientes de un total de %n.</numerusform>
            <numerusform>Se muestran las %1 entradas más recientes de un total de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entrada, de la más reciente a la más antigua.</numerusform>
            <numerusform>%n entradas, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message>
        <source>Verify the audit &amp;trail</source>
        <translation>Verificar el &amp;registro de auditoría</translation>
    </message>
    <message>
        <source>Every change in the vault is recorded in a chain where each entry seals the one before. Verifying recomputes the chain and finds any entry altered or removed.</source>
        <translation>Cada cambio en la bóveda queda registrado en una cadena en la que cada entrada sella la anterior. La verificación vuelve a calcular la cadena y detecta cualquier entrada alterada o eliminada.</translation>
    </message>
    <message>
        <source>Result of the audit trail verification</source>
        <translation>Resultado de la verificación del registro de auditoría</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation>
            <numerusform>Íntegro: se verificó %n entrada, sin alteraciones (a las %1).</numerusform>
            <numerusform>Íntegro: se verificaron %n entradas, sin alteraciones (a las %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been altered or damaged (checked at %1): %2</source>
        <translation>El registro de auditoría ha sido alterado o está dañado (verificado a las %1): %2</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
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
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BackgroundTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BusyIndicator</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseEditor</name>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Resu&amp;men en PDF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Descartar cam&amp;bios</translation>
    </message>
    <message>
        <source>← &amp;Cases</source>
        <translation>← &amp;Casos</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Volver a la lista de casos (Alt+Left)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation>Resumen en PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Preview and save this case&apos;s summary, redacted for its readers.</source>
        <translation>Previsualiza y guarda el resumen de este caso, con la información adaptada a sus destinatarios.</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+S)</source>
        <translation>Guardar el resumen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Partes del caso</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>You can read this case. Changing it needs the caseworker role.</source>
        <translation>Puede consultar este caso. Para modificarlo se necesita el rol de gestor de casos.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Este caso tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>¿Desea guardarlos antes de salir?</translation>
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
        <translation>Todavía no se ha registrado nada sobre este caso.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Historial del caso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseListModel</name>
    <message>
        <source>Restricted: only the people assigned to this case can see it.</source>
        <translation>Restringido: solo las personas asignadas a este caso pueden verlo.</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Caso restringido</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <extracomment>The reference of a case that only its assigned people can see.</extracomment>
        <translation>%1 (restringido)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto el</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasePeopleTab</name>
    <message>
        <source>Nobody is linked to this case yet. Add the victim first with “Add a person…”.</source>
        <translation>Todavía no hay nadie vinculado a este caso. Agregue primero a la víctima con «Agregar una persona…».</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>&amp;Retirar del caso…</translation>
    </message>
    <message>
        <source>People of the case</source>
        <translation>Personas del caso</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Tipo de presunto autor</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Agregar una persona…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the People section.</source>
        <translation>¿Desea retirar a %1 de este caso? La persona seguirá figurando en la sección Personas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Case summary (PDF)</source>
        <translation>Resumen del caso (PDF)</translation>
    </message>
    <message>
        <source>e.g. AMP-2026-0042</source>
        <translation>p. ej., AMP-2026-0042</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <source>Internal — everything</source>
        <translation>Interno — todo</translation>
    </message>
    <message>
        <source>Partner — pseudonyms, no contact details</source>
        <translation>Organización asociada — seudónimos, sin datos de contacto</translation>
    </message>
    <message>
        <source>Public — only what consent allows</source>
        <translation>Público — solo lo que permite el consentimiento</translation>
    </message>
    <message>
        <source>Redaction level</source>
        <translation>Nivel de supresión de datos</translation>
    </message>
    <message>
        <source>What the summary leaves out is said in the document itself.</source>
        <translation>Lo que el resumen omite se indica en el propio documento.</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>Ver la vista previa del resumen</translation>
    </message>
    <message>
        <source>Save the previewed summary as a PDF file</source>
        <translation>Guardar el resumen mostrado como archivo PDF</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Referencia del caso:</translation>
    </message>
    <message>
        <source>Re&amp;daction:</source>
        <translation>&amp;Nivel de supresión:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Generando el resumen…</translation>
    </message>
    <message>
        <source>The vault is busy with other work. Try again when it is done.</source>
        <translation>La bóveda está ocupada con otra tarea. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Guardar el resumen del caso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved to %1: %2</source>
        <translation>No se pudo guardar el resumen en %1: %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryForm</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Only the people assigned to this case may see it</source>
        <translation>Solo pueden verlo las personas asignadas a este caso</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato de los hechos</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Qué sucedió, en pocas palabras</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Town, region or facility</source>
        <translation>Localidad, región o centro</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitido por</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identificador externo</translation>
    </message>
    <message>
        <source>The case&apos;s number in another system, if any</source>
        <translation>El número del caso en otro sistema, si lo hay</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Caso restringido</translation>
    </message>
    <message>
        <source>The account of what happened, as told and as documented.</source>
        <translation>El relato de lo sucedido, tal como se contó y tal como está documentado.</translation>
    </message>
    <message>
        <source>Threats, their sources and the measures taken.</source>
        <translation>Amenazas, su origen y las medidas adoptadas.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <extracomment>The date of the incident (torture, detention …) the case is about.</extracomment>
        <translation>&amp;Incidente:</translation>
    </message>
    <message>
        <source>R&amp;eported:</source>
        <translation>&amp;Notificación:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <extracomment>The date the case was opened.</extracomment>
        <translation>&amp;Apertura:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Remitido p&amp;or:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Identificador e&amp;xterno:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>Relato de los &amp;hechos:</translation>
    </message>
    <message>
        <source>Ris&amp;k assessment:</source>
        <translation>Evaluación de ries&amp;gos:</translation>
    </message>
    <message>
        <source>(nobody: the organisation&apos;s own case)</source>
        <translation>(nadie: caso propio de la organización)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseTabs</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Violaciones</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;Intervenciones</translation>
    </message>
    <message>
        <source>A&amp;ssistance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>S&amp;ubvenciones</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesPage</name>
    <message>
        <source>&amp;Restricted only</source>
        <translation>Solo &amp;restringidos</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;Quitar los filtros</translation>
    </message>
    <message>
        <source>Search by name, reference, place or words of the story</source>
        <translation>Buscar por nombre, referencia, lugar o palabras del relato</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation>Filtro por programa</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtro por prioridad</translation>
    </message>
    <message>
        <source>Only the cases that only their assigned people can see.</source>
        <translation>Solo los casos que únicamente pueden ver las personas asignadas.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match</source>
        <translation>
            <numerusform>%n caso coincide</numerusform>
            <numerusform>%n casos coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches this search and these filters. Try other words, or clear the filters to see every case you may see.</source>
        <translation>Ningún caso coincide con esta búsqueda y estos filtros. Pruebe con otras palabras o quite los filtros para ver todos los casos a los que tiene acceso.</translation>
    </message>
    <message>
        <source>There are no cases yet, or none you are assigned to. Caseworkers open cases; existing ones can be imported from a spreadsheet with amparo-cli import.</source>
        <translation>Todavía no hay casos, o ninguno asignado a usted. Los gestores de casos abren los casos; los existentes pueden importarse desde una hoja de cálculo con amparo-cli import.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro por país</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtro por persona asignada</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Cualquier persona asignada</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Abrir un nuevo caso (Ctrl+N)</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Asignados a mí</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignados a %1</translation>
    </message>
    <message>
        <source>Assistance filter</source>
        <translation>Filtro por tipo de asistencia</translation>
    </message>
    <message>
        <source>Any assistance</source>
        <extracomment>Filter of the case list: cases receiving any kind of assistance or none.</extracomment>
        <translation>Cualquier asistencia</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesSection</name>
    <message>
        <source>&amp;Open them</source>
        <extracomment>Opens the changes kept when the vault locked.</extracomment>
        <translation>&amp;Abrirlos</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard the kept changes? They cannot be recovered afterwards.</source>
        <translation>¿Desea descartar los cambios conservados? Después no podrán recuperarse.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>You were writing a new case when the vault locked (%1). Your work was kept.</source>
        <translation>Estaba redactando un nuevo caso cuando se bloqueó la bóveda (%1). Su trabajo se conservó.</translation>
    </message>
    <message>
        <source>Changes to case %1 were not saved when the vault locked (%2). They were kept.</source>
        <translation>Los cambios en el caso %1 no se habían guardado cuando se bloqueó la bóveda (%2). Se conservaron.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ChangePassphraseDialog</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your new passphrase takes effect the next time you open the vault. Other users are not affected.</source>
        <translation>Su nueva frase de contraseña se aplicará la próxima vez que abra la bóveda. El cambio no afecta a los demás usuarios.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Checking the current passphrase and deriving the new key…</source>
        <translation>Comprobando la frase de contraseña actual y derivando la nueva clave…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ConsentPanel</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Decisiones de consentimiento</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Forma de obtención</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Save the person first; then record what they agreed to.</source>
        <translation>Guarde primero la persona; después registre lo que ha consentido.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>No vence</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who recorded a consent decision, and when.</extracomment>
        <translation>%1, el %2</translation>
    </message>
    <message>
        <source>No consent is recorded for %1. Without a recorded decision, exports treat every use as not allowed.</source>
        <translation>No hay ningún consentimiento registrado para %1. Sin una decisión registrada, las exportaciones consideran que ningún uso está permitido.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionDialog</name>
    <message>
        <source>Record a contribution</source>
        <translation>Registrar una contribución</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A fund: %1 its code, %2 its name, %3 its currency.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No donor named</source>
        <translation>Sin donante indicado</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Optional: the donor&apos;s or the bank&apos;s reference</source>
        <translation>Opcional: la referencia del donante o del banco</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donante:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;Recibida el:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferencia:</translation>
    </message>
    <message>
        <source>Record the &amp;contribution</source>
        <translation>Registrar la &amp;contribución</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionTableModel</name>
    <message>
        <source>Not named</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>Valor para el fondo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CountryBox</name>
    <message>
        <source>(choose a country)</source>
        <translation>(elija un país)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Creación de la bóveda</translation>
    </message>
    <message>
        <source>This takes a few seconds: the passphrase is turned into a key, and the new, encrypted vault is written.</source>
        <translation>Esto tarda unos segundos: la frase de contraseña se convierte en una clave y se escribe la nueva bóveda cifrada.</translation>
    </message>
    <message>
        <source>Deriving the key and creating the vault…</source>
        <translation>Derivando la clave y creando la bóveda…</translation>
    </message>
    <message>
        <source>Go back to change the folder or the settings, then try again.</source>
        <translation>Vuelva atrás para cambiar la carpeta o los ajustes y, luego, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault — Amparo</source>
        <translation>Crear una bóveda nueva — Amparo</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Volver a cargar las cifras (F5)</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Casos por estado</translation>
    </message>
    <message>
        <source>Cases in the top countries</source>
        <translation>Casos en los países con más casos</translation>
    </message>
    <message>
        <source>Cases by programme</source>
        <translation>Casos por programa</translation>
    </message>
    <message>
        <source>Assistance by type</source>
        <translation>Asistencia por tipo</translation>
    </message>
    <message>
        <source>Net disbursements per month and fund, last 12 months</source>
        <translation>Desembolsos netos por mes y fondo, últimos 12 meses</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Todavía no hay casos.</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna asistencia.</translation>
    </message>
    <message>
        <source>Nothing was disbursed in the last 12 months.</source>
        <translation>No se desembolsó nada en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Aprobaciones pendientes</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>Overdue receipts</source>
        <translation>Comprobantes fuera de plazo</translation>
    </message>
    <message>
        <source>Open the grant requests awaiting a decision</source>
        <translation>Abrir las solicitudes de subvención pendientes de decisión</translation>
    </message>
    <message>
        <source>Open the overdue tasks</source>
        <translation>Abrir las tareas vencidas</translation>
    </message>
    <message>
        <source>Open the payments whose receipts are overdue</source>
        <translation>Abrir los pagos con comprobantes fuera de plazo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a dashboard chart: what it counts, then how many.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other countries: %1</source>
        <extracomment>The cases of every country but the top ones, in the dashboard.</extracomment>
        <translation>Otros países: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A fund in the legend of the disbursement chart: its code and currency.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A figure of the disbursement chart: month, fund, net amount.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementTableModel</name>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <extracomment>An exchange rate: %1 the fund&apos;s currency, %2 the currency paid, %3 the rate.</extracomment>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>Valor para el fondo</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementsPanel</name>
    <message>
        <source>Payments and refunds</source>
        <translation>Pagos y reembolsos</translation>
    </message>
    <message>
        <source>Grant payments summary</source>
        <translation>Resumen de los pagos de la subvención</translation>
    </message>
    <message>
        <source>Re&amp;ceipts of the selected payment:</source>
        <translation>&amp;Comprobantes del pago seleccionado:</translation>
    </message>
    <message>
        <source>Receipts of the selected payment</source>
        <translation>Comprobantes del pago seleccionado</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Registrar un &amp;pago…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>Record a re&amp;fund…</source>
        <translation>Registrar un &amp;reembolso…</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Registrar un reembolso</translation>
    </message>
    <message>
        <source>&amp;Attach a receipt…</source>
        <translation>&amp;Adjuntar un comprobante…</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Adjuntar un comprobante</translation>
    </message>
    <message>
        <source>Store a scan or photo of the receipt with the selected payment.</source>
        <translation>Guarda un escaneo o una foto del comprobante junto con el pago seleccionado.</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;vertir…</translation>
    </message>
    <message>
        <source>Reverse the payment</source>
        <translation>Revertir el pago</translation>
    </message>
    <message>
        <source>Cancel the selected payment or refund in the ledger with a reversing entry.</source>
        <translation>Anula en el libro mayor el pago o reembolso seleccionado mediante un asiento de reversión.</translation>
    </message>
    <message>
        <source>&amp;No more payments</source>
        <translation>&amp;Finalizar los pagos</translation>
    </message>
    <message>
        <source>No more payments</source>
        <translation>Finalizar los pagos</translation>
    </message>
    <message>
        <source>The grant is fully paid: what was approved and not paid returns to the fund.</source>
        <translation>La subvención queda pagada por completo: lo aprobado y no pagado vuelve al fondo.</translation>
    </message>
    <message>
        <source>Mark &amp;justified</source>
        <translation>Marcar como &amp;justificada</translation>
    </message>
    <message>
        <source>Mark justified</source>
        <translation>Marcar como justificada</translation>
    </message>
    <message>
        <source>Every payment has its receipt: the grant is justified.</source>
        <translation>Todos los pagos tienen su comprobante: la subvención queda justificada.</translation>
    </message>
    <message>
        <source>No grant is selected.</source>
        <translation>No hay ninguna subvención seleccionada.</translation>
    </message>
    <message>
        <source>Grant %1 (%2): approved %3; paid %4; refunded %5; still committed %6.</source>
        <extracomment>%1 grant reference, %2 its status, %3 approved, %4 paid, %5 refunded, %6 still committed.</extracomment>
        <translation>Subvención %1 (%2): aprobado: %3; pagado: %4; reembolsado: %5; aún comprometido: %6.</translation>
    </message>
    <message>
        <source>Attach a receipt to the payment</source>
        <translation>Adjuntar un comprobante al pago</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Revertir un pago</translation>
    </message>
    <message>
        <source>The %1 of %2 on %3 stays in the ledger and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 payment or refund, %2 its amount, %3 its date.</extracomment>
        <translation>El %1 de %2 del %3 se mantiene en el libro mayor y un asiento de reversión lo anula. Indique el motivo, para los auditores.</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Motivo de la reversión</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Fecha de la reversión</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Grant %1 will be paid no further: the %2 still committed returns to the fund.</source>
        <extracomment>%1 grant reference, %2 an amount.</extracomment>
        <translation>No se harán más pagos con cargo a la subvención %1: los %2 aún comprometidos vuelven al fondo.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Every payment of grant %1 has its receipt: the grant is justified.</source>
        <translation>Todos los pagos de la subvención %1 tienen su comprobante: la subvención queda justificada.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentViewer</name>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xportar una copia…</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>Visor de documentos</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>No se puede mostrar</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>Exportar una copia del documento</translation>
    </message>
    <message>
        <source>Problem with the document</source>
        <translation>Problema con el documento</translation>
    </message>
    <message>
        <source>%1 cannot be shown inside Amparo. Export a copy to open it with another program.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>%1 no se puede mostrar dentro de Amparo. Exporte una copia para abrirlo con otro programa.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentsTab</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Agregar archivos al caso</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>Exportar una copia del documento</translation>
    </message>
    <message>
        <source>The copy written to %1 will not be encrypted: anyone who can open that folder can read it. Delete it when you no longer need it.</source>
        <translation>La copia escrita en %1 no estará cifrada: cualquier persona que pueda abrir esa carpeta podrá leerla. Elimínela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>Write the copy</source>
        <translation>Escribir la copia</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>No se pudo escribir la copia en %1: %2</translation>
    </message>
    <message>
        <source>Remove %1 from the case? The file is deleted from the vault; the case history keeps a record that it was removed.</source>
        <translation>¿Desea eliminar %1 del caso? El archivo se borra de la bóveda; el historial del caso conserva constancia de su eliminación.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xportar una copia…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Documentos del caso</translation>
    </message>
    <message>
        <source>No documents yet. Drop files here or use Add files…</source>
        <translation>Todavía no hay documentos. Suelte archivos aquí o use Agregar archivos…</translation>
    </message>
    <message>
        <source>Drop the files to add them to this case. They are kept encrypted in the vault.</source>
        <translation>Suelte los archivos para agregarlos a este caso. Se guardan cifrados en la bóveda.</translation>
    </message>
    <message>
        <source>Drop hint</source>
        <translation>Indicación para soltar archivos</translation>
    </message>
    <message>
        <source>Export a copy of the selected document</source>
        <translation>Exportar una copia del documento seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Eliminar el documento seleccionado</translation>
    </message>
    <message>
        <source>Documents you add are shown here, inside Amparo.</source>
        <translation>Los documentos que agregue se muestran aquí, dentro de Amparo.</translation>
    </message>
    <message>
        <source>Select a document to view it here.</source>
        <translation>Seleccione un documento para verlo aquí.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person who may be the same one, and why: &quot;P-2026-00012 (same telephone number)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</source>
        <translation>
            <numerusform>Podría tratarse de una persona ya registrada: %1. Compruébelo antes de guardar; si es otra persona, puede guardar de todos modos.</numerusform>
            <numerusform>Podría tratarse de alguna de estas personas ya registradas: %1. Compruébelo antes de guardar; si es otra persona, puede guardar de todos modos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1. It may be the same person as %2: compare the two records.</source>
        <translation>
            <numerusform>Se guardó como %1. Podría ser la misma persona que %2: compare los dos registros.</numerusform>
            <numerusform>Se guardó como %1. Podría ser la misma persona que alguna de estas: %2. Compare los registros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::ErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundPositionModel</name>
    <message>
        <source>%1 paid this year; no annual budget</source>
        <extracomment>%1 is what the fund paid this year.</extracomment>
        <translation>%1 pagados este año; sin presupuesto anual</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <extracomment>%1 paid this year, %2 the annual budget, %3 the percentage used.</extracomment>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund: %1 its code, %2 its name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Presupuesto anual</translation>
    </message>
    <message>
        <source>Budget use this year</source>
        <translation>Ejecución del presupuesto este año</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsLedgerSection</name>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>Fondos y libro mayor</translation>
    </message>
    <message>
        <source>Funds and ledger views</source>
        <translation>Vistas de fondos y libro mayor</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsPage</name>
    <message>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <source>Where the funds stand</source>
        <translation>Situación de los fondos</translation>
    </message>
    <message>
        <source>&amp;At the end of:</source>
        <translation>&amp;Al cierre del día:</translation>
    </message>
    <message>
        <source>Date of the positions</source>
        <translation>Fecha de la situación</translation>
    </message>
    <message>
        <source>Fund positions</source>
        <translation>Situación de los fondos</translation>
    </message>
    <message>
        <source>Donor &amp;contributions to the selected fund:</source>
        <translation>&amp;Contribuciones de donantes al fondo seleccionado:</translation>
    </message>
    <message>
        <source>Donor contributions</source>
        <translation>Contribuciones de donantes</translation>
    </message>
    <message>
        <source>Locked period</source>
        <translation>Período cerrado</translation>
    </message>
    <message>
        <source>Record a c&amp;ontribution…</source>
        <translation>Registrar una c&amp;ontribución…</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Registrar una contribución</translation>
    </message>
    <message>
        <source>&amp;Lock the period…</source>
        <translation>Cerrar el &amp;período…</translation>
    </message>
    <message>
        <source>Lock the period</source>
        <translation>Cerrar el período</translation>
    </message>
    <message>
        <source>Close the books up to a date: nothing can be posted on or before it afterwards.</source>
        <translation>Cierra la contabilidad hasta una fecha: después, no podrá registrarse nada en esa fecha ni antes.</translation>
    </message>
    <message>
        <source>Locked through %1: nothing can be posted on or before that day.</source>
        <translation>Cerrado hasta el %1 inclusive: no puede registrarse nada en ese día ni antes.</translation>
    </message>
    <message>
        <source>No period is locked.</source>
        <translation>No hay ningún período cerrado.</translation>
    </message>
    <message>
        <source>The ledger is locked through %1.</source>
        <translation>El libro mayor está cerrado hasta el %1 inclusive.</translation>
    </message>
    <message>
        <source>No period is locked yet.</source>
        <translation>Todavía no hay ningún período cerrado.</translation>
    </message>
    <message>
        <source>%1 Once a period is locked, nothing can be posted on or before its last day, not even a correction; a lock only moves forward.</source>
        <extracomment>%1 says what is locked now.</extracomment>
        <translation>%1 Una vez cerrado un período, no puede registrarse nada en su último día ni antes, ni siquiera una corrección; el cierre solo puede avanzar.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for the lock</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>Locked &amp;through:</source>
        <translation>Cerrado &amp;hasta el:</translation>
    </message>
    <message>
        <source>Last day of the locked period</source>
        <translation>Último día del período cerrado</translation>
    </message>
    <message>
        <source>&amp;Lock the period</source>
        <translation>&amp;Cerrar el período</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDecisionDialog</name>
    <message>
        <source>&amp;Comment (kept in the grant&apos;s history):</source>
        <translation>&amp;Comentario (se conserva en el historial de la subvención):</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>Aprobar la subvención</translation>
    </message>
    <message>
        <source>Approve grant %1 (%2 requested)? You may approve a lower amount.</source>
        <translation>¿Desea aprobar la subvención %1 (%2 solicitados)? Puede aprobar un monto menor.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>Rechazar la subvención</translation>
    </message>
    <message>
        <source>Reject grant %1? The requester sees your reason.</source>
        <translation>¿Desea rechazar la subvención %1? La persona solicitante verá su motivo.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection (required):</source>
        <translation>&amp;Motivo del rechazo (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>Devolver la solicitud para cambios</translation>
    </message>
    <message>
        <source>Return grant %1 to its requester, who can change it and submit it again?</source>
        <translation>¿Desea devolver la subvención %1 a la persona solicitante, que podrá modificarla y volver a presentarla?</translation>
    </message>
    <message>
        <source>&amp;What needs to change (required):</source>
        <translation>&amp;Qué debe cambiarse (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>Cancelar la subvención</translation>
    </message>
    <message>
        <source>Cancel grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>¿Desea cancelar la subvención %1? Lo que siga comprometido en ella vuelve al fondo.</translation>
    </message>
    <message>
        <source>&amp;Reason for the cancellation (required):</source>
        <translation>&amp;Motivo de la cancelación (obligatorio):</translation>
    </message>
    <message>
        <source>Cancel the &amp;grant</source>
        <translation>Cancelar la &amp;subvención</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Cerrar la subvención</translation>
    </message>
    <message>
        <source>Close grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>¿Desea cerrar la subvención %1? Lo que siga comprometido en ella vuelve al fondo.</translation>
    </message>
    <message>
        <source>C&amp;lose the grant</source>
        <translation>Cerrar la &amp;subvención</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>Autorizar un sobrecompromiso</translation>
    </message>
    <message>
        <source>Allow the approval of grant %1 (%2 requested) to commit more than its fund has available? Your reason goes into the audit trail.</source>
        <translation>¿Desea permitir que la aprobación de la subvención %1 (%2 solicitados) comprometa más de lo que su fondo tiene disponible? Su motivo quedará anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Reason for the over-commitment (required):</source>
        <translation>&amp;Motivo del sobrecompromiso (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autorizar</translation>
    </message>
    <message>
        <source>A&amp;mount approved (%1):</source>
        <translation>&amp;Monto aprobado (%1):</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>Monto aprobado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Problema con la decisión</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>&amp;No hacer nada</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Cerrar sin decidir</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>El monto aprobado</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDetail</name>
    <message>
        <source>Select a grant to see its request, approvals and history.</source>
        <translation>Seleccione una subvención para ver su solicitud, sus aprobaciones y su historial.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Problem with the grant</source>
        <translation>Problema con la subvención</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Editar la solicitud</translation>
    </message>
    <message>
        <source>Change the draft or the returned request before submitting it.</source>
        <translation>Modifica el borrador o la solicitud devuelta antes de presentarla.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Presentar la solicitud</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>Aprobar la subvención</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>Rechazar la subvención</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation>&amp;Devolver para cambios…</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>Devolver la solicitud para cambios</translation>
    </message>
    <message>
        <source>&amp;Cancel the grant…</source>
        <translation>Ca&amp;ncelar la subvención…</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>Cancelar la subvención</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Cerrar la subvención</translation>
    </message>
    <message>
        <source>Authorise &amp;over-commitment…</source>
        <translation>Autorizar sobrec&amp;ompromiso…</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>Autorizar un sobrecompromiso</translation>
    </message>
    <message>
        <source>Why you may not approve</source>
        <translation>Por qué no puede aprobarla</translation>
    </message>
    <message>
        <source>Parts of the grant</source>
        <translation>Partes de la subvención</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Apro&amp;baciones</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>Persona beneficiaria:</translation>
    </message>
    <message>
        <source>Assistance line:</source>
        <translation>Registro de asistencia:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <extracomment>The amount asked for in a grant request.</extracomment>
        <translation>Solicitado:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Aprobado:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pagado:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Reembolsado:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <extracomment>What is still committed to the grant and not yet paid.</extracomment>
        <translation>Pendiente de pago:</translation>
    </message>
    <message>
        <source>Over-commitment:</source>
        <translation>Sobrecompromiso:</translation>
    </message>
    <message>
        <source>Budget lines:</source>
        <translation>Partidas presupuestarias:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Approvals so far</source>
        <translation>Aprobaciones registradas hasta ahora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>History of the grant</source>
        <translation>Historial de la subvención</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A grant&apos;s reference and its status, e.g. &quot;GR-2026-00042 — Submitted&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not shown: the case is restricted to its assignees.</source>
        <translation>No se muestra: el caso está restringido a las personas asignadas.</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (organización)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>Ninguno: la subvención es para el caso en su conjunto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Authorised by an administrator: %1</source>
        <translation>Autorizado por un administrador: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No approval yet. Above %1 this grant needs two fund managers.</source>
        <translation>Todavía no hay ninguna aprobación. Por encima de %1, esta subvención necesita la aprobación de dos gestores de fondos.</translation>
    </message>
    <message>
        <source>No approval yet.</source>
        <translation>Todavía no hay ninguna aprobación.</translation>
    </message>
    <message>
        <source>Approved first by %1; a second fund manager must approve it as well.</source>
        <translation>Aprobada primero por %1; también debe aprobarla un segundo gestor de fondos.</translation>
    </message>
    <message>
        <source>Approved first by %1, then by %2.</source>
        <translation>Aprobada primero por %1 y después por %2.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Aprobada por %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column of the amounts asked for in grant requests.</extracomment>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantRequestDialog</name>
    <message>
        <source>Request a grant</source>
        <translation>Solicitar una subvención</translation>
    </message>
    <message>
        <source>Edit the grant request</source>
        <translation>Editar la solicitud de subvención</translation>
    </message>
    <message>
        <source>Ask a fund to pay for assistance in this case. A fund manager other than you decides; until you submit it, a draft can still be changed.</source>
        <translation>Solicite a un fondo que financie la asistencia en este caso. La decisión corresponde a un gestor de fondos distinto de usted; mientras no la presente, puede seguir modificando el borrador.</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>&amp;Assistance line:</source>
        <translation>&amp;Registro de asistencia:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>Persona &amp;beneficiaria:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;inalidad:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Only active funds can be asked.</source>
        <translation>Solo puede solicitarse a fondos activos.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund in a list: its code and its name, e.g. &quot;UAF — Urgent Assistance Fund&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About the fund</source>
        <translation>Sobre el fondo</translation>
    </message>
    <message>
        <source>Currency of the request</source>
        <translation>Moneda de la solicitud</translation>
    </message>
    <message>
        <source>Assistance line</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>Ninguno: la subvención es para el caso en su conjunto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An assistance line: its type and the start of its description.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Persona beneficiaria</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <extracomment>A beneficiary that is an organisation, e.g. &quot;Legal Aid Centre (organisation)&quot;.</extracomment>
        <translation>%1 (organización)</translation>
    </message>
    <message>
        <source>A person of this case, shown by pseudonym, or an organisation paid on their behalf.</source>
        <translation>Una persona de este caso, identificada por su seudónimo, o una organización a la que se paga en su nombre.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>What the money pays for, in a few words</source>
        <translation>Qué se paga con el dinero, en pocas palabras</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Why this help is needed now and why this amount (quotes, scales, urgency)</source>
        <translation>Por qué se necesita esta ayuda ahora y por qué este monto (presupuestos, baremos, urgencia)</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Add a budget &amp;line</source>
        <translation>&amp;Agregar una partida presupuestaria</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Agregar una partida presupuestaria</translation>
    </message>
    <message>
        <source>Problem with the budget lines</source>
        <translation>Problema con las partidas presupuestarias</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problema con la solicitud</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Presentar la solicitud</translation>
    </message>
    <message>
        <source>Send the request to the fund managers for a decision.</source>
        <translation>Envía la solicitud a los gestores de fondos para que tomen una decisión.</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Guardar como b&amp;orrador</translation>
    </message>
    <message>
        <source>Save the request as a draft</source>
        <translation>Guardar la solicitud como borrador</translation>
    </message>
    <message>
        <source>Keep the request to finish later; nobody decides on a draft.</source>
        <translation>Conserva la solicitud para terminarla más tarde; nadie decide sobre un borrador.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Description of budget line %1</source>
        <translation>Descripción de la partida presupuestaria %1</translation>
    </message>
    <message>
        <source>What this line pays for</source>
        <translation>Qué se paga con esta partida</translation>
    </message>
    <message>
        <source>Amount of budget line %1</source>
        <translation>Monto de la partida presupuestaria %1</translation>
    </message>
    <message>
        <source>Amount, e.g. 1500.00</source>
        <translation>Monto, p. ej., 1500.00</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove budget line %1</source>
        <translation>Quitar la partida presupuestaria %1</translation>
    </message>
    <message>
        <source>No fund is open for requests. An administrator sets up funds.</source>
        <translation>No hay ningún fondo abierto a solicitudes. Los fondos los configura un administrador.</translation>
    </message>
    <message>
        <source>The amount available is known to fund managers and finance.</source>
        <translation>El monto disponible solo lo conocen los gestores de fondos y los responsables de finanzas.</translation>
    </message>
    <message>
        <source>Available now: %1.</source>
        <translation>Disponible ahora: %1.</translation>
    </message>
    <message>
        <source>Kept in %1. %2</source>
        <extracomment>About the chosen fund: its currency, then what it has available.</extracomment>
        <translation>Moneda del fondo: %1. %2</translation>
    </message>
    <message>
        <source>%1 — the fund&apos;s currency. A grant is asked and approved in the currency the fund keeps its accounts in; payments may still be made in another currency at the rate of the day.</source>
        <translation>%1 — la moneda del fondo. Las subvenciones se solicitan y aprueban en la moneda en que el fondo lleva su contabilidad; los pagos pueden hacerse igualmente en otra moneda al tipo de cambio del día.</translation>
    </message>
    <message>
        <source>The amount of budget line %1</source>
        <translation>El monto de la partida presupuestaria %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>Total requested</source>
        <translation>Total solicitado</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsSection</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <source>&amp;Approval queue</source>
        <translation>&amp;Pendientes de aprobación</translation>
    </message>
    <message>
        <source>All &amp;grants</source>
        <translation>&amp;Todas las subvenciones</translation>
    </message>
    <message>
        <source>Grant views</source>
        <translation>Vistas de subvenciones</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Any fund</source>
        <translation>Cualquier fondo</translation>
    </message>
    <message>
        <source>&amp;My requests only</source>
        <translation>&amp;Solo mis solicitudes</translation>
    </message>
    <message>
        <source>My requests only</source>
        <translation>Solo mis solicitudes</translation>
    </message>
    <message>
        <source>Number of grants</source>
        <translation>Número de subvenciones</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvención</numerusform>
            <numerusform>%n subvenciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipts overdue</source>
        <translation>Comprobantes fuera de plazo</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsTab</name>
    <message>
        <source>Grants of the case</source>
        <translation>Subvenciones del caso</translation>
    </message>
    <message>
        <source>No grant has been requested for this case. Caseworkers ask a fund to pay for assistance with &quot;Request a grant…&quot;.</source>
        <translation>No se ha solicitado ninguna subvención para este caso. Los gestores de casos solicitan a un fondo que financie la asistencia con «Solicitar una subvención…».</translation>
    </message>
    <message>
        <source>&amp;Request a grant…</source>
        <translation>Solicitar una subve&amp;nción…</translation>
    </message>
    <message>
        <source>Request a grant</source>
        <translation>Solicitar una subvención</translation>
    </message>
    <message>
        <source>Problem with the grants</source>
        <translation>Problema con las subvenciones</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionDialog</name>
    <message>
        <source>Kind of intervention</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Re&amp;cibida el</translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation>Fecha de la respuesta</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Edit the intervention</source>
        <translation>Editar la intervención</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Agregar una intervención</translation>
    </message>
    <message>
        <source>Addressee organisation</source>
        <translation>Organización destinataria</translation>
    </message>
    <message>
        <source>None of the known organisations</source>
        <translation>Ninguna de las organizaciones conocidas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>As written on the letter; the organisation&apos;s name when left empty</source>
        <translation>Tal como figura en la carta; si se deja vacío, el nombre de la organización</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>The mechanism&apos;s or authority&apos;s reference, e.g. UA PHL 3/2026</source>
        <translation>La referencia del mecanismo o de la autoridad, p. ej., UA PHL 3/2026</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>What the authority or mechanism answered</source>
        <translation>Lo que respondió la autoridad o el mecanismo</translation>
    </message>
    <message>
        <source>What changed for the person: released, charges dropped…</source>
        <translation>Qué cambió para la persona: puesta en libertad, retirada de los cargos…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Enviada el:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Res&amp;ponse text:</source>
        <translation>Te&amp;xto de la respuesta:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Add &amp;intervention</source>
        <translation>Agregar &amp;intervención</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionTableModel</name>
    <message>
        <source>Awaited</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionsTab</name>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Agregar intervención…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Agregar intervención</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <source>No interventions recorded yet. Record the first urgent appeal, letter or communication with Add intervention…</source>
        <translation>Todavía no se ha registrado ninguna intervención. Registre el primer llamamiento urgente, carta o comunicación con Agregar intervención…</translation>
    </message>
    <message>
        <source>Add an intervention to the case (Insert)</source>
        <translation>Agregar una intervención al caso (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected intervention (F2)</source>
        <translation>Editar la intervención seleccionada (F2)</translation>
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
        <translation>Diario</translation>
    </message>
    <message>
        <source>F&amp;und:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Todos los fondos</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Start the period on a date</source>
        <translation>Iniciar el período en una fecha</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>End the period on a date</source>
        <translation>Terminar el período en una fecha</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Subvención:</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Referencia de la subvención</translation>
    </message>
    <message>
        <source>Reference, for example GR-2026-00042</source>
        <translation>Referencia, por ejemplo, GR-2026-00042</translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation>C&amp;aso:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <source>Reference of a case with grants</source>
        <translation>Referencia de un caso con subvenciones</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the register</source>
        <translation>Mostrar los movimientos</translation>
    </message>
    <message>
        <source>Journal register</source>
        <translation>Movimientos del diario</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Número de líneas</translation>
    </message>
    <message>
        <source>&amp;Reverse the transaction…</source>
        <translation>&amp;Revertir el asiento…</translation>
    </message>
    <message>
        <source>Reverse the transaction</source>
        <translation>Revertir el asiento</translation>
    </message>
    <message>
        <source>Cancel the selected transaction with a reversing entry; it stays in the journal.</source>
        <translation>Anula el asiento seleccionado mediante un asiento de reversión; el asiento original se mantiene en el diario.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Exportar los movimientos en CSV</translation>
    </message>
    <message>
        <source>Export hledger &amp;journal…</source>
        <translation>Exportar el diar&amp;io de hledger…</translation>
    </message>
    <message>
        <source>Export the hledger journal</source>
        <translation>Exportar el diario de hledger</translation>
    </message>
    <message>
        <source>The whole ledger in the journal format of hledger and ledger, for the accountants.</source>
        <translation>Todo el libro mayor en el formato de diario de hledger y ledger, para los contables.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse a transaction</source>
        <translation>Revertir un asiento</translation>
    </message>
    <message>
        <source>Transaction %1 (%2) stays in the journal and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 a transaction number, %2 its description.</extracomment>
        <translation>El asiento %1 (%2) se mantiene en el diario y un asiento de reversión lo anula. Indique el motivo, para los auditores.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Motivo de la reversión</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Fecha de la reversión</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journal files (*.journal)</source>
        <translation>Archivos de diario (*.journal)</translation>
    </message>
    <message>
        <source>The file written to %1 will not be encrypted: anyone who can open that folder can read the amounts and descriptions. Only your user account can read it, and the export is recorded in the audit trail. Delete it when you no longer need it.</source>
        <extracomment>%1 is the path of the file about to be written.</extracomment>
        <translation>El archivo escrito en %1 no estará cifrado: cualquier persona que pueda abrir esa carpeta podrá leer los montos y las descripciones. Solo su cuenta de usuario puede leerlo, y la exportación queda anotada en el registro de auditoría. Elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Escribir el archivo</translation>
    </message>
</context>
<context>
    <name>amparo::ui::JournalTableModel</name>
    <message>
        <source>Reverses %1</source>
        <translation>Revierte el asiento %1</translation>
    </message>
    <message>
        <source>Reversed by %1</source>
        <translation>Revertido por el asiento %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column of ledger transaction numbers.</extracomment>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Saldo acumulado</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
</context>
<context>
    <name>amparo::ui::KdfProfilePage</name>
    <message>
        <source>How hard should guessing be?</source>
        <translation>¿Cuán difícil debe ser adivinar la frase de contraseña?</translation>
    </message>
    <message>
        <source>Each time the vault is opened, the passphrase goes through deliberately slow work. A thief with a copy of the vault must repeat it for every guess.</source>
        <translation>Cada vez que se abre la bóveda, la frase de contraseña pasa por un proceso deliberadamente lento. Quien robe una copia de la bóveda tendrá que repetirlo en cada intento de adivinarla.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <source>&amp;Quick</source>
        <translation>&amp;Rápido</translation>
    </message>
    <message>
        <source>A fraction of a second and %1 MiB of memory. For old or small computers only: guessing is cheapest.</source>
        <translation>Una fracción de segundo y %1 MiB de memoria. Solo para equipos antiguos o de pocos recursos: es el nivel en que adivinar resulta más fácil.</translation>
    </message>
    <message>
        <source>&amp;Balanced (recommended)</source>
        <translation>&amp;Equilibrado (recomendado)</translation>
    </message>
    <message>
        <source>About one second and %1 MiB of memory on a typical laptop. A good protection for most organisations.</source>
        <translation>Alrededor de un segundo y %1 MiB de memoria en un equipo portátil corriente. Una buena protección para la mayoría de las organizaciones.</translation>
    </message>
    <message>
        <source>&amp;Strongest</source>
        <translation>&amp;Más robusto</translation>
    </message>
    <message>
        <source>Several seconds and %1 MiB of memory. Every computer that opens this vault needs that much free memory.</source>
        <translation>Varios segundos y %1 MiB de memoria. Todo equipo que abra esta bóveda necesitará esa cantidad de memoria libre.</translation>
    </message>
    <message>
        <source>This choice applies to the administrator&apos;s passphrase. Passphrases set later, for new users or when changing one, use the balanced setting.</source>
        <translation>Esta elección se aplica a la frase de contraseña del administrador. Las frases de contraseña que se definan más adelante, para usuarios nuevos o al cambiar una existente, usan el nivel equilibrado.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
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
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>Hacer una &amp;copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <source>Write the whole vault, still encrypted, to one file you can restore elsewhere.</source>
        <translation>Guarda toda la bóveda, aún cifrada, en un único archivo que puede restaurarse en otro lugar.</translation>
    </message>
    <message>
        <source>Case &amp;summary (PDF)…</source>
        <translation>&amp;Resumen del caso (PDF)…</translation>
    </message>
    <message>
        <source>Preview and save the summary of one case, redacted for its readers.</source>
        <translation>Previsualiza y guarda el resumen de un caso, con la información adaptada a sus destinatarios.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>Close the vault; your passphrase is needed to open it again.</source>
        <translation>Cierra la bóveda; necesitará su frase de contraseña para volver a abrirla.</translation>
    </message>
    <message>
        <source>P&amp;anic lock</source>
        <translation>Bloqueo de &amp;emergencia</translation>
    </message>
    <message>
        <source>Hide the window and lock the vault at once.</source>
        <translation>Oculta la ventana y bloquea la bóveda de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation>&amp;Acerca de Amparo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
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
            <numerusform>Desbloqueada · se bloquea tras %n minuto sin actividad</numerusform>
            <numerusform>Desbloqueada · se bloquea tras %n minutos sin actividad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation>
            <numerusform>%n intento fallido de abrir su cuenta desde su último inicio de sesión. Si no fue usted, avise a un administrador.</numerusform>
            <numerusform>%n intentos fallidos de abrir su cuenta desde su último inicio de sesión. Si no fue usted, avise a un administrador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amparo — locked</source>
        <translation>Amparo — bloqueada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Su frase de contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Use Vault › Back up the vault… and keep the file on another disk.</source>
        <translation>Nunca se ha hecho una copia de seguridad de esta bóveda. Use Bóveda › Hacer una copia de seguridad de la bóveda… y guarde el archivo en otro disco.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n day(s) old. Use Vault › Back up the vault…</source>
        <translation>
            <numerusform>La última copia de seguridad de esta bóveda tiene %n día de antigüedad. Use Bóveda › Hacer una copia de seguridad de la bóveda…</numerusform>
            <numerusform>La última copia de seguridad de esta bóveda tiene %n días de antigüedad. Use Bóveda › Hacer una copia de seguridad de la bóveda…</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup)</source>
        <translation>Copias de seguridad de Amparo (*.amparo-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Copia de seguridad escrita y verificada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::MedicalRecordDialog</name>
    <message>
        <source>Examined on</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <source>Kind of the new finding</source>
        <translation>Tipo del nuevo hallazgo</translation>
    </message>
    <message>
        <source>Consistency of the new finding</source>
        <translation>Grado de coherencia del nuevo hallazgo</translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation>Agregar &amp;hallazgo</translation>
    </message>
    <message>
        <source>Re&amp;move finding</source>
        <translation>&amp;Quitar hallazgo</translation>
    </message>
    <message>
        <source>Medical record of the violation</source>
        <translation>Registro médico de la violación</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Persona examinadora</translation>
    </message>
    <message>
        <source>The doctor or psychologist who examined the victim</source>
        <translation>El médico o psicólogo que examinó a la víctima</translation>
    </message>
    <message>
        <source>Description of the new finding</source>
        <translation>Descripción del nuevo hallazgo</translation>
    </message>
    <message>
        <source>What was found, e.g. scars on both wrists</source>
        <translation>Lo que se constató, p. ej., cicatrices en ambas muñecas</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Agregar hallazgo</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Quitar hallazgo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Grado de coherencia</translation>
    </message>
    <message>
        <source>New finding:</source>
        <translation>Nuevo hallazgo:</translation>
    </message>
    <message>
        <source>Violation: %1, %2</source>
        <comment>type and date of the violation</comment>
        <translation>Violación: %1, %2</translation>
    </message>
    <message>
        <source>E&amp;xamined on:</source>
        <translation>&amp;Fecha del examen:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Persona examinadora:</translation>
    </message>
    <message>
        <source>&amp;Save medical record</source>
        <translation>&amp;Guardar el registro médico</translation>
    </message>
</context>
<context>
    <name>amparo::ui::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirme la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustez:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>
            <numerusform>Al menos %n carácter. Varias palabras sin relación entre sí forman una frase de contraseña robusta y fácil de recordar.</numerusform>
            <numerusform>Al menos %n caracteres. Varias palabras sin relación entre sí forman una frase de contraseña robusta y fácil de recordar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <extracomment>Beside a date that may be unknown (the incident date, for example).</extracomment>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1: dato conocido</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationEditor</name>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Who to reach and how: name, telephone, e-mail, address</source>
        <translation>A quién contactar y cómo: nombre, teléfono, correo electrónico, dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tacto:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Guardar la organización</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationsPage</name>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Open organisation</source>
        <translation>Abrir la organización</translation>
    </message>
    <message>
        <source>Open the chosen organisation (Enter)</source>
        <translation>Abrir la organización elegida (Enter)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation of this kind is recorded. Choose &quot;All kinds&quot; to see the others.</source>
        <translation>No hay ninguna organización registrada de este tipo. Elija «Todos los tipos» para ver las demás.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Use &quot;New organisation…&quot; to add the network&apos;s members, partners and service providers.</source>
        <translation>Todavía no hay organizaciones registradas. Use «Nueva organización…» para agregar a los miembros de la red, las organizaciones asociadas y los proveedores de servicios.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Caseworkers and administrators add them.</source>
        <translation>Todavía no hay organizaciones registradas. Las agregan los gestores de casos y los administradores.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphrasePage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The administrator&apos;s passphrase</source>
        <translation>La frase de contraseña del administrador</translation>
    </message>
    <message>
        <source>It opens the vault. Nobody can recover it for you: if it is lost, only the recovery key shown at the end can replace it.</source>
        <translation>Es la que abre la bóveda. Nadie podrá recuperarla por usted: si se pierde, solo la clave de recuperación que se mostrará al final podrá sustituirla.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s). A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</source>
        <translation>
            <numerusform>Use al menos %n carácter. Unas pocas palabras sin relación entre sí, como «linterna río noventa cobalto», son robustas y fáciles de recordar. No reutilice una frase de contraseña de otro servicio.</numerusform>
            <numerusform>Use al menos %n caracteres. Unas pocas palabras sin relación entre sí, como «linterna río noventa cobalto», son robustas y fáciles de recordar. No reutilice una frase de contraseña de otro servicio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot see common words or personal details, which make any passphrase weaker.</source>
        <translation>Estimación basada en la longitud y los tipos de caracteres utilizados. No detecta palabras comunes ni datos personales, que debilitan cualquier frase de contraseña.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy robusta</translation>
    </message>
    <message numerus="yes">
        <source>Too short (at least %n character(s))</source>
        <translation>
            <numerusform>Demasiado corta (al menos %n carácter)</numerusform>
            <numerusform>Demasiado corta (al menos %n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Registrar un reembolso</translation>
    </message>
    <message>
        <source>A payment for grant %1, which still has %2 committed.</source>
        <extracomment>%1 is a grant reference, %2 an amount with its currency.</extracomment>
        <translation>Un pago con cargo a la subvención %1, que aún tiene %2 comprometidos.</translation>
    </message>
    <message>
        <source>Unspent money returned for grant %1, of which %2 was paid.</source>
        <translation>Devolución de dinero no utilizado de la subvención %1, de la que se pagaron %2.</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Date refunded</source>
        <translation>Fecha de reembolso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: bank reference, who received it</source>
        <translation>Opcional: referencia bancaria, quién lo recibió</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Pagado el:</translation>
    </message>
    <message>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Reembolsado el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Record the &amp;payment</source>
        <translation>Re&amp;gistrar el pago</translation>
    </message>
    <message>
        <source>Record the &amp;refund</source>
        <translation>Re&amp;gistrar el reembolso</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Search by name or pseudonym</source>
        <translation>Buscar por nombre o seudónimo</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Record a new person (%1)</source>
        <translation>Registrar una nueva persona (%1)</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Abrir la persona</translation>
    </message>
    <message>
        <source>Open the chosen person (Enter)</source>
        <translation>Abrir la persona elegida (Enter)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matching people are listed; type more of the name to narrow the search.</source>
        <translation>
            <numerusform>Se muestra la primera persona coincidente (%n); escriba más letras del nombre para acotar la búsqueda.</numerusform>
            <numerusform>Se muestran las %n primeras personas coincidentes; escriba más letras del nombre para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n persona coincide</numerusform>
            <numerusform>%n personas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Try the first letters of another name, or a pseudonym such as P-2026-00042.</source>
        <translation>Nadie coincide con «%1». Pruebe con las primeras letras de otro nombre o con un seudónimo como P-2026-00042.</translation>
    </message>
    <message>
        <source>No people are recorded yet. Use &quot;New person…&quot; to record the first one, or import a spreadsheet with amparo-cli import.</source>
        <translation>Todavía no hay personas registradas. Use «Nueva persona…» para registrar la primera o importe una hoja de cálculo con amparo-cli import.</translation>
    </message>
    <message>
        <source>No people are recorded yet, or none you may see. Caseworkers record people.</source>
        <translation>Todavía no hay personas registradas, o ninguna a la que usted tenga acceso. Los gestores de casos registran a las personas.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonEditor</name>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentimiento</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Guardar la persona</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonimizar…</translation>
    </message>
    <message>
        <source>Anonymise the person</source>
        <translation>Anonimizar a la persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>%1 (anonymised)</source>
        <extracomment>The title of the editor of a person whose identity was removed.</extracomment>
        <translation>%1 (anonimizada)</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>This person was anonymised: the record can no longer be edited.</source>
        <translation>Esta persona fue anonimizada: su registro ya no puede editarse.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>Se guardó como %1 a las %2.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonForm</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identidad</translation>
    </message>
    <message>
        <source>&amp;Roles and affiliation</source>
        <translation>&amp;Roles y afiliación</translation>
    </message>
    <message>
        <source>Con&amp;tact and notes</source>
        <translation>Con&amp;tacto y notas</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identificador externo</translation>
    </message>
    <message>
        <source>The person&apos;s id in your organisation&apos;s spreadsheet, if any.</source>
        <translation>El identificador de la persona en la hoja de cálculo de su organización, si lo hay.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation>Sexo o género</translation>
    </message>
    <message>
        <source>Exact dat&amp;e:</source>
        <translation>Fecha &amp;exacta:</translation>
    </message>
    <message>
        <source>Exact date of birth known</source>
        <translation>Se conoce la fecha exacta de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>e.g. 1983, when only the age is known</source>
        <translation>p. ej., 1983, cuando solo se conoce la edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>e.g. Arabic, French</source>
        <translation>p. ej., árabe, francés</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Seudónimo:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Sex / gender:</source>
        <translation>&amp;Sexo / género:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Año de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nacionalidad:</translation>
    </message>
    <message>
        <source>Country of &amp;residence:</source>
        <translation>País de &amp;residencia:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Identificador e&amp;xterno:</translation>
    </message>
    <message>
        <source>Roles (at least one)</source>
        <translation>Roles (al menos uno)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>&amp;Woman human rights defender</source>
        <translation>&amp;Defensora de derechos humanos</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>Defensora de derechos humanos</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Vulnerability: %1</source>
        <translation>Vulnerabilidad: %1</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No organisation the person is affiliated with.</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Afiliación:</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>with the country code, e.g. +52 55 1234 5678</source>
        <translation>con el prefijo del país, p. ej., +52 55 1234 5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Given when the person is saved</source>
        <extracomment>The pseudonym of a person not saved yet.</extracomment>
        <translation>Se asigna al guardar la persona</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonListModel</name>
    <message>
        <source>Anonymised: the name, birth date and contact details were removed.</source>
        <translation>Anonimizada: se eliminaron el nombre, la fecha de nacimiento y los datos de contacto.</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <extracomment>Shown instead of the name of a person whose identity was removed.</extracomment>
        <translation>(anonimizada)</translation>
    </message>
    <message>
        <source>%1 · woman defender</source>
        <extracomment>A person&apos;s roles, then a mark that she is a woman human rights defender.</extracomment>
        <translation>%1 · defensora</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Sexo / género</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PreferencesPanel</name>
    <message>
        <source>For everyone using this vault</source>
        <translation>Para todos los usuarios de esta bóveda</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes of the auto-lock time; the space separates it from the number.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutos para el bloqueo automático</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without activity.</source>
        <translation>La bóveda se bloquea automáticamente tras este número de minutos sin actividad.</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Prefijo de las referencias de casos</translation>
    </message>
    <message>
        <source>New cases are numbered with this prefix, such as HRD-2026-0042.</source>
        <translation>Los casos nuevos se numeran con este prefijo, como en HRD-2026-0042.</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Umbral de doble aprobación</translation>
    </message>
    <message>
        <source>Grants above this amount need two approvals. New funds start with it, in their own currency.</source>
        <translation>Las subvenciones que superen este monto necesitan dos aprobaciones. Los fondos nuevos empiezan con este umbral, expresado en su propia moneda.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Case reference &amp;prefix:</source>
        <translation>&amp;Prefijo de las referencias de casos:</translation>
    </message>
    <message>
        <source>Approval &amp;threshold:</source>
        <translation>&amp;Umbral de doble aprobación:</translation>
    </message>
    <message>
        <source>&amp;Save the vault settings</source>
        <translation>&amp;Guardar la configuración de la bóveda</translation>
    </message>
    <message>
        <source>Save the vault settings</source>
        <translation>Guardar la configuración de la bóveda</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Solo un administrador puede cambiar esta configuración.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Cuando cambia el idioma</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The language changes at once, and the choice is kept for this computer.</source>
        <translation>El idioma cambia de inmediato y la elección se conserva en este equipo.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecordConsentDialog</name>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Record consent of %1</source>
        <translation>Registrar el consentimiento de %1</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>El consentimiento vence</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>Forma en que se obtuvo el consentimiento</translation>
    </message>
    <message>
        <source>e.g. signed form; verbal, witnessed by a colleague</source>
        <translation>p. ej., formulario firmado; verbal, con un colega como testigo</translation>
    </message>
    <message>
        <source>A decision is never changed afterwards. If the person changes their mind, record a new decision (for example &quot;Withdrawn&quot;).</source>
        <translation>Una decisión nunca se modifica después. Si la persona cambia de opinión, registre una nueva decisión (por ejemplo, «Retirado»).</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Fecha de la dec&amp;isión:</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>&amp;Forma de obtención:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeyPage</name>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>He &amp;guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>The vault is ready. Store this key now: it is shown only once.</source>
        <translation>La bóveda está lista. Guarde esta clave ahora: solo se muestra una vez.</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>&amp;Abrir la bóveda</translation>
    </message>
    <message>
        <source>If every administrator passphrase is lost, this key still opens the vault and lets you set a new passphrase. Anyone holding it and a copy of the vault can read everything in it, so keep it on paper, locked away and apart from this computer.</source>
        <translation>Si se pierden todas las frases de contraseña de administrador, esta clave seguirá abriendo la bóveda y le permitirá definir una nueva frase de contraseña. Cualquier persona que la tenga, junto con una copia de la bóveda, puede leer todo su contenido; por eso, consérvela en papel, bajo llave y lejos de este equipo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF file</source>
        <translation>Guardar la clave de recuperación como archivo PDF</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: print it or copy it to a USB stick kept in a safe, then delete it from this computer.</source>
        <translation>Un archivo PDF no está cifrado: imprímalo o cópielo en una memoria USB guardada en una caja fuerte y, después, elimínelo de este equipo.</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>He guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Saved to %1. Remember to move it off this computer.</source>
        <translation>Se guardó en %1. No olvide retirar el archivo de este equipo.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeySheet</name>
    <message>
        <source>Amparo recovery key</source>
        <translation>Clave de recuperación de Amparo</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Fecha de creación: %1</translation>
    </message>
    <message>
        <source>This key opens the vault above if every administrator passphrase is lost, and lets you set a new one. Letters are not case-sensitive; O and 0, I, L and 1 are read as the same.</source>
        <translation>Esta clave abre la bóveda indicada arriba si se pierden todas las frases de contraseña de administrador, y permite definir una nueva. No se distingue entre mayúsculas y minúsculas; O y 0 se leen igual, así como I, L y 1.</translation>
    </message>
    <message>
        <source>Anyone who holds this sheet and a copy of the vault can read everything in it. Keep it locked away, apart from the computer and from any backup of the vault.</source>
        <translation>Cualquier persona que tenga esta hoja y una copia de la bóveda puede leer todo su contenido. Guárdela bajo llave, lejos del equipo y de cualquier copia de seguridad de la bóveda.</translation>
    </message>
    <message>
        <source>Do not photograph, scan or e-mail this sheet.</source>
        <translation>No fotografíe ni escanee esta hoja, ni la envíe por correo electrónico.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>Amparo recovery key.pdf</source>
        <translation>Clave de recuperación de Amparo.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryResetDialog</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>Reset the passphrase of %1</source>
        <translation>Restablecer la frase de contraseña de %1</translation>
    </message>
    <message>
        <source>Type the vault&apos;s recovery key, as printed when the vault was created, and a new passphrase for %1. Tell them to change it at their next login.</source>
        <translation>Escriba la clave de recuperación de la bóveda, tal como se imprimió al crearla, y una nueva frase de contraseña para %1. Pídale que la cambie en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Reset the passphrase</source>
        <translation>&amp;Restablecer la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Checking the recovery key and deriving the new key…</source>
        <translation>Comprobando la clave de recuperación y derivando la nueva clave…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ReportsPage</name>
    <message>
        <source>Disbursement reports</source>
        <translation>Informes de desembolsos</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Agrupar por</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>Informe de desembolsos</translation>
    </message>
    <message>
        <source>No disbursements in this period.</source>
        <translation>No hay desembolsos en este período.</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>País desconocido</translation>
    </message>
    <message>
        <source>No assistance line</source>
        <extracomment>A disbursement of a grant not tied to any assistance line.</extracomment>
        <translation>Sin registro de asistencia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <extracomment>The last rows of a report: the sum of every group in one currency.</extracomment>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>Disbursements by country</source>
        <translation>Desembolsos por país</translation>
    </message>
    <message>
        <source>Disbursements by assistance type</source>
        <translation>Desembolsos por tipo de asistencia</translation>
    </message>
    <message>
        <source>Disbursements by month</source>
        <translation>Desembolsos por mes</translation>
    </message>
    <message>
        <source>Disbursements by fund</source>
        <translation>Desembolsos por fondo</translation>
    </message>
    <message>
        <source>From %1 to %2, both included</source>
        <extracomment>The period of a report: from a date to a date, both included.</extracomment>
        <translation>Del %1 al %2, ambos inclusive</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>The CSV file will not be encrypted: anyone who can read the file can read the report. Keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>El archivo CSV no estará cifrado: cualquier persona que pueda leer el archivo podrá leer el informe. Guárdelo en un disco cifrado y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>disbursements.csv</source>
        <translation>desembolsos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The vault is restored into a new, empty folder. It opens with the same user names and passphrases as when it was backed up.</source>
        <translation>La bóveda se restaura en una carpeta nueva y vacía. Se abre con los mismos nombres de usuario y frases de contraseña que tenía cuando se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose the &amp;backup…</source>
        <translation>Elegir la copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Choose the &amp;folder…</source>
        <translation>Elegir la &amp;carpeta…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>New vault folder:</source>
        <translation>Carpeta de la nueva bóveda:</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elija la copia de seguridad</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup);;All files (*)</source>
        <translation>Copias de seguridad de Amparo (*.amparo-backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Name the new vault folder</source>
        <translation>Indique el nombre de la carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SessionHolder</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status to %1</source>
        <translation>Cambiar el estado a %1</translation>
    </message>
    <message>
        <source>The case moves from %1 to %2. Why? The reason stays in the case&apos;s history.</source>
        <translation>El caso pasa de %1 a %2. ¿Por qué? El motivo queda registrado en el historial del caso.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: the lawyer&apos;s report was received.</source>
        <translation>Por ejemplo: se recibió el informe del abogado.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Change the status</source>
        <translation>&amp;Cambiar el estado</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusNoteDialog</name>
    <message>
        <source>Change the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the case history):</source>
        <translation>&amp;Nota (se conserva en el historial del caso):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Editar la tarea</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <source>Leave empty for a task about no case</source>
        <translation>Déjelo vacío si la tarea no se refiere a ningún caso</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Persona asignada</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>C&amp;aso:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>A&amp;signada a:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Fecha límite:</translation>
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
        <translation>Completada el %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Sin caso</translation>
    </message>
    <message>
        <source>Overdue: this task was due on %1.</source>
        <translation>Vencida: el plazo de esta tarea era el %1.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TasksPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Marcar como completada</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>A view of the tasks page: the tasks assigned to me.</extracomment>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>By case</source>
        <translation>Por caso</translation>
    </message>
    <message>
        <source>Task views</source>
        <translation>Vistas de tareas</translation>
    </message>
    <message>
        <source>The open tasks assigned to you, by due date.</source>
        <translation>Las tareas abiertas que tiene asignadas, por fecha límite.</translation>
    </message>
    <message>
        <source>Every open task past its due date, in the cases you may see.</source>
        <translation>Todas las tareas abiertas cuyo plazo ha vencido, en los casos a los que tiene acceso.</translation>
    </message>
    <message>
        <source>The tasks of the cases you may see, grouped by case.</source>
        <translation>Las tareas de los casos a los que tiene acceso, agrupadas por caso.</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Buscar un caso</translation>
    </message>
    <message>
        <source>Case reference or words of its title; empty for all</source>
        <translation>Referencia del caso o palabras de su título; vacío para ver todos</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>No hay tareas</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Editar la tarea</translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation>Marcar la tarea como completada</translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>Reabrir la tarea</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Número de tareas</translation>
    </message>
    <message>
        <source>Mark the selected task as done today.</source>
        <translation>Marca la tarea seleccionada como completada hoy.</translation>
    </message>
    <message>
        <source>Open the selected task again.</source>
        <translation>Vuelve a abrir la tarea seleccionada.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>This case has no tasks yet. Plan the next follow-up with &quot;New task…&quot;.</source>
        <translation>Este caso todavía no tiene tareas. Planifique el próximo seguimiento con «Nueva tarea…».</translation>
    </message>
    <message>
        <source>No open task is assigned to you. Use &quot;New task…&quot; to plan a follow-up, or look at the overdue tasks.</source>
        <translation>No tiene ninguna tarea abierta asignada. Use «Nueva tarea…» para planificar un seguimiento o consulte las tareas vencidas.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>None of the cases you may see has a task yet.</source>
        <translation>Ninguno de los casos a los que tiene acceso tiene tareas todavía.</translation>
    </message>
    <message>
        <source>No case you may see matches &quot;%1&quot;, or its cases have no tasks. Try its reference, or clear the search.</source>
        <translation>Ningún caso al que tenga acceso coincide con «%1», o sus casos no tienen tareas. Pruebe con la referencia o borre la búsqueda.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Crear una bóveda nueva…</translation>
    </message>
    <message>
        <source>Open a vault — Amparo</source>
        <translation>Abrir una bóveda — Amparo</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>The folder that holds the vault. Recently opened folders are in the list.</source>
        <translation>La carpeta que contiene la bóveda. La lista incluye las carpetas abiertas recientemente.</translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation>Buscar la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase. Everything in the vault stays encrypted until you do.</source>
        <translation>Escriba su nombre de usuario y su frase de contraseña. Todo el contenido de la bóveda permanece cifrado hasta entonces.</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>Carpeta de la &amp;bóveda:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Derivando la clave…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>The vault was restored. Unlock it with your usual user name and passphrase.</source>
        <translation>La bóveda se restauró. Desbloquéela con su nombre de usuario y su frase de contraseña habituales.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UserRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Roles de %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>&amp;Save the roles</source>
        <translation>&amp;Guardar los roles</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>The selected user can no longer open the vault until enabled again.</source>
        <translation>El usuario seleccionado no podrá abrir la bóveda hasta que se vuelva a activar.</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Restablecer la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>Desactivar el usuario</translation>
    </message>
    <message>
        <source>Enable the user</source>
        <translation>Activar el usuario</translation>
    </message>
    <message>
        <source>Change the roles</source>
        <translation>Cambiar los roles</translation>
    </message>
    <message>
        <source>Reset the passphrase with the recovery key</source>
        <translation>Restablecer la frase de contraseña con la clave de recuperación</translation>
    </message>
    <message>
        <source>Change what the selected user may do.</source>
        <translation>Cambia lo que puede hacer el usuario seleccionado.</translation>
    </message>
    <message>
        <source>Give the selected user a new passphrase with the vault&apos;s recovery key, when they have forgotten theirs.</source>
        <translation>Asigna al usuario seleccionado una nueva frase de contraseña mediante la clave de recuperación de la bóveda, cuando ha olvidado la suya.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultLocationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>¿Dónde debe guardarse la bóveda?</translation>
    </message>
    <message>
        <source>Amparo keeps everything in one encrypted folder. Choose a new or empty folder, ideally on a disk that is itself encrypted.</source>
        <translation>Amparo guarda todo en una única carpeta cifrada. Elija una carpeta nueva o vacía, preferiblemente en un disco que también esté cifrado.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Carpeta para la nueva bóveda</translation>
    </message>
    <message>
        <source>Browse for the folder of the new vault</source>
        <translation>Buscar la carpeta de la nueva bóveda</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>Elija una carpeta vacía para la bóveda</translation>
    </message>
    <message>
        <source>Type or choose a folder.</source>
        <translation>Escriba o elija una carpeta.</translation>
    </message>
    <message>
        <source>A new folder will be created.</source>
        <translation>Se creará una carpeta nueva.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder; Amparo never mixes its files with others.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta nueva o vacía; Amparo nunca mezcla sus archivos con otros.</translation>
    </message>
    <message>
        <source>The folder is empty and will hold the vault.</source>
        <translation>La carpeta está vacía y contendrá la bóveda.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of Amparo on this computer. It changes at once, and can be changed again later in Settings.</source>
        <translation>El idioma de Amparo en este equipo. Cambia de inmediato y puede volver a cambiarse más adelante en Configuración.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultOverviewPage</name>
    <message>
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user&apos;s full name, then their user name: &quot;Ana Suárez (ana)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationDialog</name>
    <message>
        <source>Type of violation</source>
        <translation>Tipo de violación</translation>
    </message>
    <message>
        <source>How precise the date is</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <source>Date of the violation</source>
        <translation>Fecha de la violación</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Presuntos autores</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Edit the violation</source>
        <translation>Editar la violación</translation>
    </message>
    <message>
        <source>Add a violation</source>
        <translation>Agregar una violación</translation>
    </message>
    <message>
        <source>Medical record note</source>
        <translation>Nota sobre el registro médico</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Where it happened: a police station, a town, a road</source>
        <translation>Dónde sucedió: una comisaría, una localidad, una carretera</translation>
    </message>
    <message>
        <source>Who did it, as far as it is known</source>
        <translation>Quién lo hizo, en la medida en que se sabe</translation>
    </message>
    <message>
        <source>Injuries, detention, loss of work or home</source>
        <translation>Lesiones, detención, pérdida del trabajo o de la vivienda</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Date &amp;known:</source>
        <translation>&amp;Precisión de la fecha:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Víctima:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators:</source>
        <translation>Presuntos a&amp;utores:</translation>
    </message>
    <message>
        <source>&amp;Consequences:</source>
        <translation>&amp;Consecuencias:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add violation</source>
        <translation>&amp;Agregar violación</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin nombre</translation>
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
        <translation>Su registro médico según el Protocolo de Estambul se lleva con Registro médico… una vez guardada la violación.</translation>
    </message>
    <message>
        <source>No medical record: only torture, ill-treatment and sexual violence carry one.</source>
        <translation>Sin registro médico: solo corresponde a la tortura, los malos tratos y la violencia sexual.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationTableModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Registro médico</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationsTab</name>
    <message>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <source>&amp;Add violation…</source>
        <translation>&amp;Agregar violación…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Medical record…</source>
        <translation>&amp;Registro médico…</translation>
    </message>
    <message>
        <source>Add violation</source>
        <translation>Agregar violación</translation>
    </message>
    <message>
        <source>Edit violation</source>
        <translation>Editar violación</translation>
    </message>
    <message>
        <source>Remove violation</source>
        <translation>Eliminar violación</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Registro médico</translation>
    </message>
    <message>
        <source>Medical record of the selected violation</source>
        <translation>Registro médico de la violación seleccionada</translation>
    </message>
    <message>
        <source>No violations recorded yet. Add the first with Add violation…</source>
        <translation>Todavía no se ha registrado ninguna violación. Agregue la primera con Agregar violación…</translation>
    </message>
    <message>
        <source>Add a violation to the case (Insert)</source>
        <translation>Agregar una violación al caso (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected violation (F2)</source>
        <translation>Editar la violación seleccionada (F2)</translation>
    </message>
    <message>
        <source>Remove the selected violation (Delete)</source>
        <translation>Eliminar la violación seleccionada (Delete)</translation>
    </message>
    <message>
        <source>%1: no medical record; only torture, ill-treatment and sexual violence carry one.</source>
        <translation>%1: sin registro médico; solo corresponde a la tortura, los malos tratos y la violencia sexual.</translation>
    </message>
    <message numerus="yes">
        <source>Medical record: examined on %1 by %2, %n finding(s). Open it with Medical record…</source>
        <translation>
            <numerusform>Registro médico: examen del %1 realizado por %2, %n hallazgo. Ábralo con Registro médico…</numerusform>
            <numerusform>Registro médico: examen del %1 realizado por %2, %n hallazgos. Ábralo con Registro médico…</numerusform>
        </translation>
    </message>
    <message>
        <source>No medical record yet. Add the examination and its findings with Medical record…</source>
        <translation>Todavía no hay registro médico. Agregue el examen y sus hallazgos con Registro médico…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>type and date of a violation</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the violation</source>
        <translation>Eliminar la violación</translation>
    </message>
    <message>
        <source>Remove the violation &quot;%1&quot; from the case? Its medical record is removed with it. The audit trail keeps a record of the removal.</source>
        <translation>¿Desea eliminar la violación «%1» del caso? Su registro médico se eliminará con ella. El registro de auditoría conserva constancia de la eliminación.</translation>
    </message>
    <message>
        <source>&amp;Remove violation</source>
        <translation>&amp;Eliminar la violación</translation>
    </message>
</context>
<context>
    <name>amparo::ui::Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Every case you may see: search, filter, open and edit.</source>
        <translation>Todos los casos a los que tiene acceso: buscar, filtrar, abrir y editar.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Victims, defenders, relatives and witnesses: their details and consent.</source>
        <translation>Víctimas, defensores, familiares y testigos: sus datos y su consentimiento.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Members, partners, service providers, donors, authorities and mechanisms.</source>
        <translation>Miembros, organizaciones asociadas, proveedores de servicios, donantes, autoridades y mecanismos.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Follow-ups: yours, the overdue ones, and those of each case.</source>
        <translation>Seguimientos: los suyos, los vencidos y los de cada caso.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Who did what and when, and the check that nothing was altered.</source>
        <translation>Quién hizo qué y cuándo, y la comprobación de que nada se ha alterado.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your account and passphrase, the vault&apos;s users and preferences.</source>
        <translation>Su cuenta y su frase de contraseña, los usuarios de la bóveda y las preferencias.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Cases, assistance and money at a glance; a figure opens the list it counts.</source>
        <translation>Casos, asistencia y dinero de un vistazo; cada cifra abre la lista correspondiente.</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <source>Requests for money from a fund: follow, approve and pay them.</source>
        <translation>Solicitudes de dinero a un fondo: seguimiento, aprobación y pago.</translation>
    </message>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>Fondos y libro mayor</translation>
    </message>
    <message>
        <source>Fund positions, donor contributions, the journal and reports.</source>
        <translation>Situación de los fondos, contribuciones de donantes, diario e informes.</translation>
    </message>
</context>
</TS>
