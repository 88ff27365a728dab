<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>the date of the request</source>
        <translation>даты запроса</translation>
    </message>
    <message>
        <source>The completion date</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>даты начала</translation>
    </message>
    <message>
        <source>The person %1 is not a person of case %2; add them to the case first.</source>
        <translation>Лицо %1 не связано с делом %2; сначала добавьте его в дело.</translation>
    </message>
    <message>
        <source>The provider organisation does not exist.</source>
        <translation>Организация, оказывающая помощь, не существует.</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>статус «%1» является окончательным.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>из статуса «%1» возможен переход в: %2.</translation>
    </message>
    <message>
        <source>This assistance cannot go from %1 to %2; %3</source>
        <translation>Эту помощь нельзя перевести из статуса «%1» в статус «%2»; %3</translation>
    </message>
    <message>
        <source>There is no assistance with the id %1.</source>
        <translation>Помощь с идентификатором %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>amparo::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is unexpectedly large.</source>
        <translation>Файл %1 имеет неожиданно большой размер.</translation>
    </message>
    <message>
        <source>The disk is full, or the file is too large for this disk: Amparo could not save %1, which was left as it was. Free some space and try again; nothing was lost.</source>
        <translation>Диск заполнен, или файл слишком велик для этого диска: Amparo не удалось сохранить %1, файл остался без изменений. Освободите место и повторите попытку; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>amparo::AttachmentService</name>
    <message>
        <source>The file name is required.</source>
        <translation>Необходимо указать имя файла.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>Файл «%1» пуст.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; attachments may be at most %3 MB.</source>
        <translation>Размер файла «%1» — %2 МБ; размер вложения не может превышать %3 МБ.</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation>Вложение с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <source>The content of the file &quot;%1&quot; is missing.</source>
        <translation>Содержимое файла «%1» отсутствует.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: its content no longer matches the SHA-256 recorded when it was added.</source>
        <translation>Файл «%1» повреждён: его содержимое больше не совпадает с контрольной суммой SHA-256, записанной при его добавлении.</translation>
    </message>
</context>
<context>
    <name>amparo::AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation>Хранилище создано</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Резервная копия записана</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>Главный ключ заменён</translation>
    </message>
    <message>
        <source>Key-slot file restored from its copy</source>
        <translation>Файл слотов ключей восстановлен из копии</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <source>Copy of a document exported</source>
        <translation>Экспортирована копия документа</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Пользователь добавлен</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Роли изменены</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включён</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Пользователь удалён</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation>Парольная фраза сброшена с помощью ключа восстановления</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Параметр изменён</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Статус дела изменён</translation>
    </message>
    <message>
        <source>Case status imported</source>
        <translation>Статус дела импортирован</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Дело назначено</translation>
    </message>
    <message>
        <source>Case assignment ended</source>
        <translation>Назначение на дело прекращено</translation>
    </message>
    <message>
        <source>Person added to a case</source>
        <translation>Лицо добавлено в дело</translation>
    </message>
    <message>
        <source>Person removed from a case</source>
        <translation>Лицо исключено из дела</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Лицо добавлено</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Данные лица изменены</translation>
    </message>
    <message>
        <source>Person anonymised</source>
        <translation>Данные лица обезличены</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Согласие зарегистрировано</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>Организация добавлена</translation>
    </message>
    <message>
        <source>Organisation edited</source>
        <translation>Данные организации изменены</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>Нарушение зарегистрировано</translation>
    </message>
    <message>
        <source>Violation edited</source>
        <translation>Нарушение изменено</translation>
    </message>
    <message>
        <source>Violation removed</source>
        <translation>Нарушение удалено</translation>
    </message>
    <message>
        <source>Medical record changed</source>
        <translation>Медицинская запись изменена</translation>
    </message>
    <message>
        <source>Intervention recorded</source>
        <translation>Обращение зарегистрировано</translation>
    </message>
    <message>
        <source>Intervention edited</source>
        <translation>Обращение изменено</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>Запрошена помощь</translation>
    </message>
    <message>
        <source>Assistance edited</source>
        <translation>Запись о помощи изменена</translation>
    </message>
    <message>
        <source>Assistance status changed</source>
        <translation>Статус помощи изменён</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Документ прикреплён</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Документ удалён</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Задача создана</translation>
    </message>
    <message>
        <source>Task edited</source>
        <translation>Задача изменена</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Задача открыта повторно</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Фонд создан</translation>
    </message>
    <message>
        <source>Fund edited</source>
        <translation>Данные фонда изменены</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Взнос зарегистрирован</translation>
    </message>
    <message>
        <source>Grant requested</source>
        <translation>Грант запрошен</translation>
    </message>
    <message>
        <source>Grant edited</source>
        <translation>Грант изменён</translation>
    </message>
    <message>
        <source>Grant status changed</source>
        <translation>Статус гранта изменён</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>Грант утверждён</translation>
    </message>
    <message>
        <source>Fund overcommitment authorised</source>
        <translation>Разрешено превышение обязательств фонда</translation>
    </message>
    <message>
        <source>Ledger transaction posted</source>
        <translation>Операция проведена в главной книге</translation>
    </message>
    <message>
        <source>Ledger transaction reversed</source>
        <translation>Операция в главной книге сторнирована</translation>
    </message>
    <message>
        <source>Ledger period locked</source>
        <translation>Период в главной книге закрыт</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Журнал проводок экспортирован</translation>
    </message>
    <message>
        <source>Case summary exported</source>
        <translation>Сводка по делу экспортирована</translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Электронная таблица экспортирована</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>Электронная таблица импортирована</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Взнос</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Главная книга</translation>
    </message>
    <message>
        <source>Ledger transaction</source>
        <translation>Операция в главной книге</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Префикс номера дела</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Автоблокировка (минуты)</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Порог утверждения</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Максимальный размер вложения</translation>
    </message>
    <message>
        <source>Days to justify a payment</source>
        <translation>Срок представления подтверждающих документов (дни)</translation>
    </message>
    <message>
        <source>Days between backup reminders</source>
        <translation>Интервал напоминаний о резервном копировании (дни)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: изменено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 — удалено</translation>
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
        <translation>запись №%1 (%2, %3, пользователь %4)</translation>
    </message>
    <message>
        <source>Audit trail broken: entry #%1 is missing (entries were deleted before %2).</source>
        <translation>Журнал аудита нарушен: запись №%1 отсутствует (записи были удалены; следующая сохранившаяся — %2).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 does not follow the entry before it (an entry was inserted, deleted or reordered).</source>
        <translation>Журнал аудита нарушен: %1 не следует за предыдущей записью (запись была вставлена, удалена или перемещена).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 was modified after it was written.</source>
        <translation>Журнал аудита нарушен: %1 была изменена после внесения в журнал.</translation>
    </message>
</context>
<context>
    <name>amparo::Backup</name>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>Не удаётся прочитать снимок базы данных: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Amparo backup.</source>
        <translation>%1 не является резервной копией Amparo.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it ends before its contents.</source>
        <translation>Резервная копия %1 усечена: файл обрывается до начала содержимого.</translation>
    </message>
    <message>
        <source>The backup %1 has format %2, which this version of Amparo does not know; update Amparo to restore it.</source>
        <translation>Резервная копия %1 имеет формат %2, неизвестный этой версии Amparo; чтобы восстановить её, обновите Amparo.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: a part is longer than the file.</source>
        <translation>Резервная копия %1 усечена или повреждена: одна из её частей длиннее самого файла.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: it has unexpected data.</source>
        <translation>Резервная копия %1 повреждена: в ней есть непредвиденные данные.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its checksum does not match its contents.</source>
        <translation>Резервная копия %1 повреждена: контрольная сумма не совпадает с содержимым.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an encrypted Amparo database.</source>
        <translation>Резервная копия %1 не содержит зашифрованной базы данных Amparo.</translation>
    </message>
    <message>
        <source>The backup needs a file name.</source>
        <translation>Укажите имя файла резервной копии.</translation>
    </message>
    <message>
        <source>Write the backup outside the vault folder, ideally on another disk.</source>
        <translation>Сохраните резервную копию вне папки хранилища, лучше всего на другом диске.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Не удаётся записать данные в %1.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not verify: %2</source>
        <translation>Резервная копия, записанная в %1, не прошла проверку: %2</translation>
    </message>
    <message>
        <source>Say where to restore the vault.</source>
        <translation>Укажите, куда восстановить хранилище.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore into a new folder so that nothing is overwritten.</source>
        <translation>Папка %1 не пуста; восстановите хранилище в новую папку, чтобы ничего не перезаписать.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored vault to %1.</source>
        <translation>Не удаётся переместить восстановленное хранилище в %1.</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>запуск резервного копирования</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>копирование базы данных</translation>
    </message>
</context>
<context>
    <name>amparo::CaseService</name>
    <message>
        <source>The title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation>Изложение обстоятельств</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>The risk assessment</source>
        <translation>Оценка рисков</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>The incident date</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <source>The reporting date</source>
        <translation>Дата поступления информации</translation>
    </message>
    <message>
        <source>the incident date</source>
        <translation>даты инцидента</translation>
    </message>
    <message>
        <source>The referring organisation does not exist.</source>
        <translation>Направившая организация не существует.</translation>
    </message>
    <message>
        <source>Cases can only be assigned to active caseworkers.</source>
        <translation>Дела можно назначать только активным кураторам дел.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another case.</source>
        <translation>Внешний идентификатор «%1» уже используется в другом деле.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is not of the form PREFIX-YEAR-NUMBER.</source>
        <translation>Номер «%1» не соответствует формату ПРЕФИКС-ГОД-НОМЕР.</translation>
    </message>
    <message>
        <source>The reference %1 is already used.</source>
        <translation>Номер %1 уже используется.</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Case %1 cannot go from %2 to %3; from %2 it can go to: %4.</source>
        <translation>Дело %1 нельзя перевести из статуса «%2» в статус «%3»; из статуса «%2» возможен переход в: %4.</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case %1 already has a history; its status changes only through the workflow.</source>
        <translation>У дела %1 уже есть история; его статус можно изменить только в рамках рабочего процесса.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>The role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <source>The perpetrator type</source>
        <translation>Тип предполагаемого виновного</translation>
    </message>
    <message>
        <source>That person does not have that role in the case.</source>
        <translation>У этого лица нет такой роли в деле.</translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>Дело с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Дело %1 не найдено.</translation>
    </message>
</context>
<context>
    <name>amparo::CaseSummary</name>
    <message>
        <source>Case summary %1</source>
        <translation>Сводка по делу %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформировано %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Дата поступления информации</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Направившая организация</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Кураторы дела</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Не назначены</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Restricted: need-to-know only</source>
        <translation>Ограниченный: только по служебной необходимости</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Изложение обстоятельств</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Оценка рисков</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Contact and notes</source>
        <translation>Контакты и примечания</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>Правозащитница</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица, связанные с делом</translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to publication.</source>
        <translation>
            <numerusform>%n лицо не включено в сводку: нет согласия на публикацию.</numerusform>
            <numerusform>%n лица не включены в сводку: нет согласия на публикацию.</numerusform>
            <numerusform>%n лиц не включено в сводку: нет согласия на публикацию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to share.</source>
        <translation>
            <numerusform>%n лицо не включено в сводку: нет согласия на передачу данных.</numerusform>
            <numerusform>%n лица не включены в сводку: нет согласия на передачу данных.</numerusform>
            <numerusform>%n лиц не включено в сводку: нет согласия на передачу данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>born about a year</comment>
        <translation>Около %1 г.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Младше 18 лет</translation>
    </message>
    <message>
        <source>70 or older</source>
        <translation>70 лет и старше</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>age band</comment>
        <translation>%1–%2 лет</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — INTERNAL</source>
        <translation>КОНФИДЕНЦИАЛЬНО — ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>ДЛЯ ПАРТНЁРОВ</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>ДЛЯ ПУБЛИКАЦИИ</translation>
    </message>
    <message>
        <source>Internal summary.</source>
        <translation>Внутренняя сводка.</translation>
    </message>
    <message>
        <source>Everything recorded in the case, names, contact details and medical findings included. Not to be shared outside the organisation.</source>
        <translation>Содержит все сведения по делу, включая имена, контактные данные и результаты медицинских обследований. Не подлежит передаче за пределы организации.</translation>
    </message>
    <message>
        <source>Summary for a partner organisation.</source>
        <translation>Сводка для партнёрской организации.</translation>
    </message>
    <message>
        <source>Only people who consented to sharing with a partner appear, under their pseudonyms; their names in the text are replaced by pseudonyms. Contact details, addresses, dates of birth (ages are given in bands such as 30–39), risk assessments, medical findings and file names are withheld.</source>
        <translation>Включены только лица, давшие согласие на передачу данных партнёрской организации, — под их псевдонимами; их имена в тексте заменены псевдонимами. Контактные данные, адреса, даты рождения (возраст указан по группам, например 30–39 лет), оценки рисков, результаты медицинских обследований и имена файлов не приводятся.</translation>
    </message>
    <message>
        <source>Public summary.</source>
        <translation>Сводка для публикации.</translation>
    </message>
    <message>
        <source>Only people who consented to publication in an urgent appeal appear, under their pseudonyms. Narrative details that could identify anyone — accounts, places, reasons, descriptions, staff, organisations, medical findings and file names — are withheld.</source>
        <translation>Включены только лица, давшие согласие на публикацию в призыве к незамедлительным действиям, — под их псевдонимами. Сведения, по которым можно установить чью-либо личность, — изложение обстоятельств, места, причины, описания, сотрудники, организации, результаты медицинских обследований и имена файлов — не приводятся.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>reference, programme and country</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Автор: %1; дата подготовки: %2.</translation>
    </message>
    <message>
        <source>Prepared on %1.</source>
        <translation>Дата подготовки: %1.</translation>
    </message>
    <message>
        <source>CASE SUMMARY</source>
        <translation>СВОДКА ПО ДЕЛУ</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Сведения отсутствуют.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Grants and disbursements</source>
        <translation>Гранты и выплаты</translation>
    </message>
    <message>
        <source>No grants recorded.</source>
        <translation>Гранты не зарегистрированы.</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Итого в %1</translation>
    </message>
    <message>
        <source>Payments are shown to finance officers and fund managers.</source>
        <translation>Сведения о выплатах доступны финансовым сотрудникам и распорядителям фондов.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>In the fund&apos;s currency</source>
        <translation>В валюте фонда</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Reversed: not counted</source>
        <translation>Сторнировано: не учитывается</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <comment>exchange rate</comment>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>No payments recorded.</source>
        <translation>Выплаты не зарегистрированы.</translation>
    </message>
    <message>
        <source>Net paid, by currency of payment</source>
        <translation>Чистая сумма выплат в валютах выплаты</translation>
    </message>
    <message>
        <source>Net paid, in the fund&apos;s currency</source>
        <translation>Чистая сумма выплат в валюте фонда</translation>
    </message>
    <message numerus="yes">
        <source>%n reversed disbursement(s) not counted in the totals.</source>
        <translation>
            <numerusform>%n сторнированная выплата не учтена в итогах.</numerusform>
            <numerusform>%n сторнированные выплаты не учтены в итогах.</numerusform>
            <numerusform>%n сторнированных выплат не учтено в итогах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>Медицинское обследование (Стамбульский протокол)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>examination date and examiner</comment>
        <translation>%1, специалист: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>finding kind, description and consistency</comment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жертва</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>%n нарушение не включено в сводку: нет согласия на публикацию.</numerusform>
            <numerusform>%n нарушения не включены в сводку: нет согласия на публикацию.</numerusform>
            <numerusform>%n нарушений не включено в сводку: нет согласия на публикацию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>%n нарушение не включено в сводку: нет согласия на передачу данных.</numerusform>
            <numerusform>%n нарушения не включены в сводку: нет согласия на передачу данных.</numerusform>
            <numerusform>%n нарушений не включено в сводку: нет согласия на передачу данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>Ответ не зарегистрирован</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>%n запись о помощи не включена в сводку: нет согласия на публикацию.</numerusform>
            <numerusform>%n записи о помощи не включены в сводку: нет согласия на публикацию.</numerusform>
            <numerusform>%n записей о помощи не включено в сводку: нет согласия на публикацию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>%n запись о помощи не включена в сводку: нет согласия на передачу данных.</numerusform>
            <numerusform>%n записи о помощи не включены в сводку: нет согласия на передачу данных.</numerusform>
            <numerusform>%n записей о помощи не включено в сводку: нет согласия на передачу данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>%1, %2 KB</source>
        <comment>file type and size</comment>
        <translation>%1, %2 КБ</translation>
    </message>
    <message>
        <source>Violation %1</source>
        <translation>Нарушение %1</translation>
    </message>
    <message>
        <source>Assistance %1</source>
        <translation>Помощь %1</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Грант %1</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Files are listed, not included; they stay in the organisation&apos;s vault.</source>
        <translation>Файлы только перечислены и к сводке не приложены; они остаются в хранилище организации.</translation>
    </message>
    <message>
        <source>File names are withheld: they often contain names.</source>
        <translation>Имена файлов не приводятся: они часто содержат имена людей.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of withheld records not listed.</source>
        <translation>
            <numerusform>%n файл, относящийся к записям, не включённым в сводку, не указан.</numerusform>
            <numerusform>%n файла, относящихся к записям, не включённым в сводку, не указаны.</numerusform>
            <numerusform>%n файлов, относящихся к записям, не включённым в сводку, не указано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ConsentService</name>
    <message>
        <source>The purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>The consent status</source>
        <translation>Статус согласия</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>Способ получения согласия</translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation>Необходимо указать дату решения.</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>Дата истечения срока действия</translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation>даты решения</translation>
    </message>
</context>
<context>
    <name>amparo::Corrections</name>
    <message>
        <source>Transaction %1 is itself the reversal of transaction %2 and cannot be reversed; post a new entry instead.</source>
        <translation>Операция %1 сама является сторнированием операции %2, поэтому её нельзя сторнировать; вместо этого внесите новую запись.</translation>
    </message>
    <message>
        <source>Transaction %1 was already reversed by transaction %2.</source>
        <translation>Операция %1 уже сторнирована операцией %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is a grant commitment; it follows the grant: cancel or close the grant instead of reversing it.</source>
        <translation>Операция %1 относится к обязательству по гранту и зависит от самого гранта: вместо сторнирования отмените или закройте грант.</translation>
    </message>
    <message>
        <source>The reason for the reversal</source>
        <translation>Причина сторнирования</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, before transaction %2 itself (%3).</source>
        <translation>Сторнирование нельзя датировать %1 — раньше самой операции %2 (%3).</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, in the future.</source>
        <translation>Сторнирование нельзя датировать будущей датой (%1).</translation>
    </message>
    <message>
        <source>Grant %1 is %2; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>Грант %1 имеет статус «%2»; выплаты по нему больше нельзя сторнировать. Вместо этого зарегистрируйте возврат.</translation>
    </message>
    <message>
        <source>The rest of grant %1 has been released to the fund; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>Неиспользованный остаток гранта %1 уже высвобожден и снова доступен фонду; выплаты по гранту больше нельзя сторнировать. Вместо этого зарегистрируйте возврат.</translation>
    </message>
    <message>
        <source>Reversing this payment would leave grant %1 with more refunded than paid; reverse the refunds first.</source>
        <translation>После сторнирования этой выплаты сумма возвратов по гранту %1 превысила бы сумму выплат; сначала сторнируйте возвраты.</translation>
    </message>
    <message>
        <source>Reversal of transaction %1: %2</source>
        <translation>Сторнирование операции %1: %2</translation>
    </message>
    <message>
        <source>Reversing transaction %1 would leave fund %2 with less than nothing available (%3); cancel or reduce grants first.</source>
        <translation>После сторнирования операции %1 доступный остаток фонда %2 стал бы отрицательным (%3); сначала отмените или уменьшите гранты.</translation>
    </message>
    <message>
        <source>A payment was reversed.</source>
        <translation>Выплата сторнирована.</translation>
    </message>
</context>
<context>
    <name>amparo::Countries</name>
    <message>
        <source>Andorra</source>
        <translation>Андорра</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Объединенные Арабские Эмираты</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Антигуа и Барбуда</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Ангилья</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Ангола</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Антарктида</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Аргентина</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Американское Самоа</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Аруба</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Аландские острова</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Босния и Герцеговина</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Барбадос</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Буркина-Фасо</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Бурунди</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Бенин</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Сен-Бартелеми</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Бермудские острова</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Бруней-Даруссалам</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Боливия</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Карибские Нидерланды</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Багамские Острова</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Остров Буве</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Ботсвана</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Белиз</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Кокосовые (Килинг) острова</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>Демократическая Республика Конго</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Центральноафриканская Республика</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Конго</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Кот-д’Ивуар</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Острова Кука</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Чили</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Камерун</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Колумбия</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Коста-Рика</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Куба</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Кабо-Верде</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Кюрасао</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Остров Рождества</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Джибути</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Доминика</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Доминиканская Республика</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Эквадор</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Египет</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Западная Сахара</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Эритрея</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Эфиопия</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Фиджи</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Фолклендские острова</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Микронезия</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Фарерские острова</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Габон</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Гренада</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Французская Гвиана</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Гернси</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Гана</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Гибралтар</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Гренландия</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Гамбия</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Гвинея</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Гваделупа</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Экваториальная Гвинея</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Южная Джорджия и Южные Сандвичевы острова</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Гватемала</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Гуам</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Гвинея-Бисау</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Гайана</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Остров Херд и острова Макдональд</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Гондурас</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватия</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Гаити</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Индонезия</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Остров Мэн</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Британская территория в Индийском океане</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Исландия</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Джерси</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Ямайка</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Кения</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Кирибати</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Коморские Острова</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Сент-Китс и Невис</translation>
    </message>
    <message>
        <source>Democratic People’s Republic of Korea</source>
        <translation>Корейская Народно-Демократическая Республика</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>Республика Корея</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Каймановы острова</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Ливан</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Сент-Люсия</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Лихтенштейн</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Шри-Ланка</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Либерия</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Лесото</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Ливия</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Марокко</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Монако</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Черногория</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>Сен-Мартен</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Мадагаскар</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Маршалловы Острова</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Северная Македония</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Мали</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Мьянма</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Макао</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Северные Марианские острова</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Мартиника</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Мавритания</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Монтсеррат</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Мальта</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Маврикий</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Мальдивские Острова</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Малави</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Мозамбик</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Намибия</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Новая Каледония</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Нигер</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Остров Норфолк</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Нигерия</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Никарагуа</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Науру</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Ниуэ</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Новая Зеландия</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Панама</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Перу</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Французская Полинезия</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Папуа — Новая Гвинея</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Филиппины</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Сен-Пьер и Микелон</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Питкэрн</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Пуэрто-Рико</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Палестина</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалия</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Палау</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Парагвай</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Реюньон</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Руанда</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Соломоновы Острова</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Сейшельские Острова</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Сингапур</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Остров Святой Елены</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Острова Свальбард и Ян-Майен</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Сьерра-Леоне</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Сан-Марино</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Сенегал</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Сомали</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Суринам</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Южный Судан</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>Сан-Томе и Принсипи</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Сальвадор</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Синт-Мартен</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Эсватини</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Острова Теркс и Кайкос</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Чад</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Французские Южные территории</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Того</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Токелау</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Тимор-Лешти</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Тунис</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Тонга</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Тринидад и Тобаго</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Тувалу</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Тайвань</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Танзания</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Уганда</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Внешние малые острова Соединенных Штатов</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Уругвай</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Holy See</source>
        <translation>Святой Престол</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Сент-Винсент и Гренадины</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Венесуэла</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Британские Виргинские острова</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Виргинские острова Соединенных Штатов</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Вьетнам</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Вануату</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Острова Уоллис и Футуна</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Самоа</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Йемен</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Майотта</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Южная Африка</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Замбия</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Зимбабве</translation>
    </message>
</context>
<context>
    <name>amparo::Currency</name>
    <message>
        <source>%1 is missing; give a currency code such as EUR or USD.</source>
        <translation>%1: значение не указано; укажите код валюты, например EUR или USD.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a currency Amparo knows; use an ISO 4217 code such as EUR, USD, CHF, JPY or KWD.</source>
        <translation>%1: валюта «%2» не поддерживается в Amparo; укажите код ISO 4217, например EUR, USD, CHF, JPY или KWD.</translation>
    </message>
</context>
<context>
    <name>amparo::Database</name>
    <message>
        <source>The key does not open this database, or the file is not an Amparo database (%1).</source>
        <translation>Ключ не подходит к этой базе данных, или файл не является базой данных Amparo (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2).</source>
        <translation>Файл базы данных повреждён (%1: %2).</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (%1).</source>
        <translation>Хранилище используется другим процессом Amparo; повторите попытку, когда он завершит работу (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be written or opened: %1 (%2).</source>
        <translation>Не удаётся записать или открыть файл базы данных: %1 (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (code %3).</source>
        <translation>Ошибка базы данных (%1): %2 (код %3).</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>По пути %1 уже существует база данных.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>открытие %1</translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation>применение ключа</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this program; refusing to open the vault without encryption.</source>
        <translation>SQLCipher в этой программе не активен; открывать хранилище без шифрования запрещено.</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>Не удалось перевести базу данных в режим журнала упреждающей записи (WAL).</translation>
    </message>
    <message>
        <source>The key cannot change inside a transaction.</source>
        <translation>Ключ нельзя изменить внутри транзакции.</translation>
    </message>
    <message>
        <source>changing the database key</source>
        <translation>смена ключа базы данных</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (checkpoint).</source>
        <translation>Хранилище используется другим процессом Amparo; повторите попытку, когда он завершит работу (контрольная точка).</translation>
    </message>
    <message>
        <source>The disk is full, or a file has grown too large for this disk: Amparo could not save this, and nothing of it was kept. Free some space and try again; what was saved before is safe. (%1)</source>
        <translation>Диск заполнен, или файл стал слишком большим для этого диска: Amparo не удалось это сохранить, и ничего из этого не записано. Освободите место и повторите попытку; всё, что было сохранено раньше, в целости. (%1)</translation>
    </message>
    <message>
        <source>The disk could not read or write the vault&apos;s files (an input/output error), so this was not saved. The disk may be failing or disconnected; check it, then open the vault again. (%1: %2)</source>
        <translation>Диск не смог прочитать или записать файлы хранилища (ошибка ввода-вывода), поэтому это не сохранено. Возможно, диск неисправен или отключён; проверьте его, затем снова откройте хранилище. (%1: %2)</translation>
    </message>
    <message>
        <source>The benchmark&apos;s plaintext database must be a new file; %1 exists.</source>
        <translation>База данных без шифрования для теста производительности должна быть новым файлом; %1 уже существует.</translation>
    </message>
</context>
<context>
    <name>amparo::DatabaseSalt</name>
    <message>
        <source>The vault&apos;s database file %1 is missing.</source>
        <translation>Файл базы данных хранилища %1 отсутствует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file %1 is truncated.</source>
        <translation>Файл базы данных хранилища %1 усечён.</translation>
    </message>
</context>
<context>
    <name>amparo::DemoGenerator</name>
    <message numerus="yes">
        <source>This vault already holds %n case(s) or person(s); demo data goes only into a new, empty vault.</source>
        <translation>
            <numerusform>В этом хранилище уже есть %n дело или лицо; демонстрационные данные можно добавить только в новое, пустое хранилище.</numerusform>
            <numerusform>В этом хранилище уже есть %n дела или лица; демонстрационные данные можно добавить только в новое, пустое хранилище.</numerusform>
            <numerusform>В этом хранилище уже есть %n дел или лиц; демонстрационные данные можно добавить только в новое, пустое хранилище.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault already has a user &quot;%1&quot;; demo data goes only into a new vault.</source>
        <translation>В этом хранилище уже есть пользователь «%1»; демонстрационные данные можно добавить только в новое хранилище.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1.</source>
        <translation>Число демонстрационных дел должно быть от 0 до %1.</translation>
    </message>
    <message numerus="yes">
        <source>This vault already has %n fund(s); demo data goes only into a new vault.</source>
        <translation>
            <numerusform>В этом хранилище уже есть %n фонд; демонстрационные данные можно добавить только в новое хранилище.</numerusform>
            <numerusform>В этом хранилище уже есть %n фонда; демонстрационные данные можно добавить только в новое хранилище.</numerusform>
            <numerusform>В этом хранилище уже есть %n фондов; демонстрационные данные можно добавить только в новое хранилище.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::DisbursementService</name>
    <message>
        <source>The currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>The date of payment</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The amount is in %1 but grant %2 is in %3; give the exchange rate of the day (how many %1 one %3 buys).</source>
        <translation>Сумма указана в %1, а грант %2 — в %3; укажите обменный курс на день выплаты (сколько %1 дают за 1 %3).</translation>
    </message>
    <message>
        <source>%1 at the rate %2 is worth less than the smallest unit of %3.</source>
        <translation>Сумма %1 по курсу %2 меньше наименьшей денежной единицы %3.</translation>
    </message>
    <message>
        <source>pay a grant they requested</source>
        <translation>и запрашивать грант, и производить по нему выплаты</translation>
    </message>
    <message>
        <source>pay a grant they approved</source>
        <translation>и утверждать грант, и производить по нему выплаты</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only approved grants can be paid.</source>
        <translation>Грант %1 имеет статус «%2»; выплаты возможны только по утверждённым грантам.</translation>
    </message>
    <message>
        <source>Paying %1 for grant %2 would go beyond what was approved: %3 approved, %4 already paid, %5 left.</source>
        <translation>Выплата %1 по гранту %2 превысила бы утверждённую сумму: утверждено %3, уже выплачено %4, остаток %5.</translation>
    </message>
    <message>
        <source>Payment for %1 (case %2)</source>
        <translation>Выплата по гранту %1 (дело %2)</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>Выплачено полностью.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; refunds are recorded for grants that have been paid.</source>
        <translation>Грант %1 имеет статус «%2»; возвраты регистрируются только по грантам, по которым производились выплаты.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 paid for grant %3 and not yet refunded.</source>
        <translation>Возврат %1 превышает сумму %2, выплаченную по гранту %3 и ещё не возвращённую.</translation>
    </message>
    <message>
        <source>Refund of unspent money of %1 (case %2)</source>
        <translation>Возврат неизрасходованных средств по гранту %1 (дело %2)</translation>
    </message>
    <message>
        <source>Grant %1 is %2; payments can only be finished while the grant is being disbursed.</source>
        <translation>Грант %1 имеет статус «%2»; завершить выплаты можно только по гранту, по которому идут выплаты.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>payments finished</source>
        <translation>выплаты завершены</translation>
    </message>
    <message>
        <source>Grant %1 cannot be justified: the payments of %2 have no receipt yet.</source>
        <translation>Грант %1 нельзя отметить как отчитанный: по следующим выплатам ещё нет подтверждающих документов: %2.</translation>
    </message>
    <message>
        <source>There is no disbursement with the id %1.</source>
        <translation>Выплата с идентификатором %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>amparo::DocumentLanguage</name>
    <message>
        <source>Unknown document language &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестный язык документа «%1»; используйте одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::DraftStore</name>
    <message>
        <source>A draft needs to say what was edited.</source>
        <translation>В черновике должно быть указано, что именно редактировалось.</translation>
    </message>
    <message>
        <source>This draft is too large to keep (%1 KiB; at most %2 KiB).</source>
        <translation>Этот черновик слишком велик для сохранения (%1 КиБ; допускается не более %2 КиБ).</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Этот черновик больше не существует.</translation>
    </message>
</context>
<context>
    <name>amparo::FundService</name>
    <message>
        <source>The fund code &quot;%1&quot; must be 2 to 12 capital letters or digits, starting with a letter (for example UAF).</source>
        <translation>Код фонда «%1» должен состоять из 2–12 заглавных латинских букв или цифр и начинаться с буквы (например, UAF).</translation>
    </message>
    <message>
        <source>The fund name</source>
        <translation>Название фонда</translation>
    </message>
    <message>
        <source>The fund currency</source>
        <translation>Валюта фонда</translation>
    </message>
    <message>
        <source>The annual budget must be between zero and %1.</source>
        <translation>Годовой бюджет должен быть в пределах от нуля до %1.</translation>
    </message>
    <message>
        <source>The two-approver threshold must be between zero and %1.</source>
        <translation>Порог утверждения двумя распорядителями должен быть в пределах от нуля до %1.</translation>
    </message>
    <message>
        <source>A country of the fund</source>
        <translation>Страна фонда</translation>
    </message>
    <message>
        <source>The programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>The assistance types</source>
        <translation>Виды помощи</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1 to be a donor.</source>
        <translation>Организация с идентификатором %1, указанная в качестве донора, не найдена.</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor; record it as a donor organisation first.</source>
        <translation>Организация %1 не является донором; сначала зарегистрируйте её как организацию-донора.</translation>
    </message>
    <message>
        <source>There is already a fund with the code %1.</source>
        <translation>Фонд с кодом %1 уже существует.</translation>
    </message>
    <message>
        <source>There is no fund with the id %1.</source>
        <translation>Фонд с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <source>There is no fund with the code &quot;%1&quot;.</source>
        <translation>Фонд с кодом «%1» не найден.</translation>
    </message>
    <message>
        <source>The currency of the contribution</source>
        <translation>Валюта взноса</translation>
    </message>
    <message>
        <source>The amount of the contribution</source>
        <translation>Сумма взноса</translation>
    </message>
    <message>
        <source>The date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor of fund %2.</source>
        <translation>Организация %1 не является донором фонда %2.</translation>
    </message>
    <message>
        <source>The contribution is in %1 but fund %2 keeps its accounts in %3; give the exchange rate of the day.</source>
        <translation>Взнос получен в %1, а учёт фонда %2 ведётся в %3; укажите обменный курс на день поступления.</translation>
    </message>
    <message>
        <source>The contribution in %1</source>
        <translation>Сумма взноса в %1</translation>
    </message>
    <message>
        <source>Contribution to %1 %2</source>
        <translation>Взнос в фонд %1 %2</translation>
    </message>
    <message>
        <source>Fund %1 is closed to new grants.</source>
        <translation>Фонд %1 закрыт для новых грантов.</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for cases in %2; this case is in %3.</source>
        <translation>Фонд %1 может финансировать только дела из следующих стран: %2; страна этого дела: %3.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for the programmes %2; this case is in %3.</source>
        <translation>Фонд %1 может финансировать только дела следующих программ: %2; это дело относится к программе «%3».</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for %2; this assistance is %3.</source>
        <translation>Фонд %1 может финансировать только следующие виды помощи: %2; эта помощь относится к виду «%3».</translation>
    </message>
</context>
<context>
    <name>amparo::GrantService</name>
    <message>
        <source>The currency of the grant</source>
        <translation>Валюта гранта</translation>
    </message>
    <message>
        <source>Fund %1 keeps its accounts in %2; request the grant in %2 (payments may still be made in %3 at the rate of the day).</source>
        <translation>Учёт фонда %1 ведётся в %2; запросите грант в %2 (выплаты можно будет производить и в %3 по курсу на день выплаты).</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>The assistance %1 belongs to another case than %2.</source>
        <translation>Помощь %1 относится не к делу %2, а к другому делу.</translation>
    </message>
    <message>
        <source>The beneficiary must be a person of case %1.</source>
        <translation>Получателем должно быть лицо, связанное с делом %1.</translation>
    </message>
    <message>
        <source>The beneficiary organisation does not exist.</source>
        <translation>Организация-получатель не существует.</translation>
    </message>
    <message>
        <source>A grant request needs at least one budget line with an amount.</source>
        <translation>В запросе на грант должна быть хотя бы одна статья бюджета с указанной суммой.</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>Статья бюджета %1</translation>
    </message>
    <message>
        <source>The total of the budget lines</source>
        <translation>Итог по статьям бюджета</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only drafts and requests returned for changes can be edited.</source>
        <translation>Грант %1 имеет статус «%2»; редактировать можно только черновики и запросы, возвращённые на доработку.</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>статус «%1» является окончательным.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>из статуса «%1» возможен переход в: %2.</translation>
    </message>
    <message>
        <source>Grant %1 cannot go from %2 to %3; %4</source>
        <translation>Грант %1 нельзя перевести из статуса «%2» в статус «%3»; %4</translation>
    </message>
    <message>
        <source>Release of %1: %2</source>
        <translation>Высвобождение остатка по гранту %1: %2</translation>
    </message>
    <message>
        <source>approve their own grant request</source>
        <translation>утверждать собственный запрос на грант</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only submitted requests can be approved.</source>
        <translation>Грант %1 имеет статус «%2»; утверждать можно только запросы, поданные на рассмотрение.</translation>
    </message>
    <message>
        <source>give both approvals of a grant</source>
        <translation>давать оба утверждения по одному гранту</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Утверждённая сумма</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the %3 requested.</source>
        <translation>%1 (%2) не может превышать запрошенную сумму (%3).</translation>
    </message>
    <message>
        <source>Fund %1 has %2 available; approving %3 for grant %4 would commit more than it has. An administrator can authorise the over-commitment with a written reason.</source>
        <translation>В фонде %1 доступно %2; утверждение %3 по гранту %4 создаст обязательства сверх имеющихся средств. Администратор может разрешить превышение обязательств, письменно указав причину.</translation>
    </message>
    <message>
        <source>Commitment of %1 for case %2</source>
        <translation>Обязательство по гранту %1 (дело %2)</translation>
    </message>
    <message>
        <source>decide on their own grant request</source>
        <translation>принимать решение по собственному запросу на грант</translation>
    </message>
    <message>
        <source>The reason for the rejection</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Что нужно доработать</translation>
    </message>
    <message>
        <source>The reason for the cancellation</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>грант отменён</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>грант закрыт</translation>
    </message>
    <message>
        <source>Grant %1 is %2; an over-commitment can only be authorised for a submitted request.</source>
        <translation>Грант %1 имеет статус «%2»; превышение обязательств можно разрешить только для запроса, поданного на рассмотрение.</translation>
    </message>
    <message>
        <source>The reason for the over-commitment</source>
        <translation>Причина превышения обязательств</translation>
    </message>
    <message>
        <source>There is no grant with the id %1.</source>
        <translation>Грант с идентификатором %1 не найден.</translation>
    </message>
    <message>
        <source>There is no grant with the reference &quot;%1&quot;.</source>
        <translation>Грант с номером «%1» не найден.</translation>
    </message>
    <message>
        <source>Unknown grant status &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестный статус гранта «%1»; используйте одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::InterventionService</name>
    <message>
        <source>The kind of intervention</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>The date it was sent is required.</source>
        <translation>Необходимо указать дату отправки.</translation>
    </message>
    <message>
        <source>The date it was sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>The addressee organisation does not exist.</source>
        <translation>Организация-адресат не существует.</translation>
    </message>
    <message>
        <source>The addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>the date it was sent</source>
        <translation>даты отправки</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>There is no intervention with the id %1.</source>
        <translation>Обращение с идентификатором %1 не найдено.</translation>
    </message>
</context>
<context>
    <name>amparo::JournalRegister</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Период начинается %1 — позже даты своего окончания (%2).</translation>
    </message>
    <message>
        <source>No grant was requested for a case with the reference &quot;%1&quot;.</source>
        <translation>Для дела с номером «%1» гранты не запрашивались.</translation>
    </message>
</context>
<context>
    <name>amparo::Kdf</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation>Параметры формирования ключа повреждены.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Недостаточно памяти для формирования ключа (требуется %1 МиБ). Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>Парольная фраза не является допустимым текстом в кодировке UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n character(s).</source>
        <translation>
            <numerusform>Парольная фраза слишком короткая: используйте не менее %n символа.</numerusform>
            <numerusform>Парольная фраза слишком короткая: используйте не менее %n символов.</numerusform>
            <numerusform>Парольная фраза слишком короткая: используйте не менее %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::KeySlot</name>
    <message>
        <source>Sealing the master key failed.</source>
        <translation>Не удалось зашифровать главный ключ.</translation>
    </message>
    <message>
        <source>A key slot is damaged (wrong length).</source>
        <translation>Слот ключа повреждён (неверная длина).</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Неверное имя пользователя или парольная фраза.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>В слоте ключа нет пригодного для использования главного ключа.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotFile</name>
    <message>
        <source>The key-slot file is damaged: %1</source>
        <translation>Файл слотов ключей повреждён: %1</translation>
    </message>
    <message>
        <source>line %1 has a malformed %2 field.</source>
        <translation>в строке %1 поле %2 имеет неверный формат.</translation>
    </message>
    <message>
        <source>line %1 names an unknown kind of slot.</source>
        <translation>в строке %1 указан неизвестный вид слота.</translation>
    </message>
    <message>
        <source>line %1 has an unexpected field.</source>
        <translation>в строке %1 есть непредусмотренное поле.</translation>
    </message>
    <message>
        <source>line %1 uses an unknown key derivation.</source>
        <translation>в строке %1 указан неизвестный метод формирования ключа.</translation>
    </message>
    <message>
        <source>line %1 has key derivation costs out of range.</source>
        <translation>в строке %1 параметры сложности формирования ключа выходят за допустимые пределы.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>it is far larger than a key-slot file can be.</source>
        <translation>файл намного больше, чем может быть файл слотов ключей.</translation>
    </message>
    <message>
        <source>it is not an Amparo key-slot file, or of an unknown version.</source>
        <translation>это не файл слотов ключей Amparo, или его версия неизвестна.</translation>
    </message>
    <message>
        <source>it is truncated (the checksum line is missing).</source>
        <translation>файл усечён (отсутствует строка контрольной суммы).</translation>
    </message>
    <message>
        <source>its checksum does not match (the file was cut short or edited).</source>
        <translation>контрольная сумма не совпадает (файл был обрезан или отредактирован).</translation>
    </message>
    <message>
        <source>line %1 is not understood.</source>
        <translation>строка %1 не распознана.</translation>
    </message>
    <message>
        <source>the vault identity is missing.</source>
        <translation>отсутствует идентификатор хранилища.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotStore</name>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>Файл слотов ключей %1 отсутствует.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo vault (no key-slot file).</source>
        <translation>%1 не является хранилищем Amparo (нет файла слотов ключей).</translation>
    </message>
    <message>
        <source>%1 There is no backup copy; restore the vault from a backup.</source>
        <translation>%1 Резервной копии этого файла нет; восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>%1 The backup copy is damaged too: %2</source>
        <translation>%1 Резервная копия тоже повреждена: %2</translation>
    </message>
</context>
<context>
    <name>amparo::Ledger</name>
    <message>
        <source>The ledger is locked up to %1; nothing can be posted on %2. Post it with a date after the lock.</source>
        <translation>Главная книга закрыта по %1 включительно; проводить операции датой %2 нельзя. Укажите дату после закрытого периода.</translation>
    </message>
    <message>
        <source>A ledger transaction needs a date.</source>
        <translation>У операции в главной книге должна быть дата.</translation>
    </message>
    <message>
        <source>The posting date</source>
        <translation>Дата проводки</translation>
    </message>
    <message>
        <source>A ledger transaction needs at least two postings.</source>
        <translation>Операция в главной книге должна содержать не менее двух проводок.</translation>
    </message>
    <message>
        <source>The posting to %1 is in &quot;%2&quot;, which is not a currency Amparo knows.</source>
        <translation>Проводка по счёту %1 указана в «%2» — эта валюта не поддерживается в Amparo.</translation>
    </message>
    <message>
        <source>The posting to %1 has no amount.</source>
        <translation>В проводке по счёту %1 не указана сумма.</translation>
    </message>
    <message>
        <source>The transaction &quot;%1&quot; does not balance: its %2 postings add up to %3 instead of zero.</source>
        <translation>Операция «%1» не сбалансирована: сумма её проводок в %2 равна %3, а не нулю.</translation>
    </message>
    <message>
        <source>The end of the locked period</source>
        <translation>Конец закрываемого периода</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1: значение не указано.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (%2).</source>
        <translation>%1: дата не может быть в будущем (%2).</translation>
    </message>
    <message>
        <source>The reason for the lock</source>
        <translation>Причина закрытия периода</translation>
    </message>
    <message>
        <source>The ledger is already locked up to %1; a lock can only move forward.</source>
        <translation>Главная книга уже закрыта по %1 включительно; дату закрытия можно только перенести вперёд.</translation>
    </message>
    <message>
        <source>There is no ledger transaction with the id %1.</source>
        <translation>Операция в главной книге с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <source>transaction %1 does not balance in %2 (off by %3)</source>
        <translation>операция %1 не сбалансирована в %2 (расхождение %3)</translation>
    </message>
    <message>
        <source>transaction %1 has postings dated apart from it</source>
        <translation>у операции %1 есть проводки с датой, отличной от даты операции</translation>
    </message>
    <message>
        <source>transaction %1 has fewer than two postings</source>
        <translation>у операции %1 меньше двух проводок</translation>
    </message>
    <message>
        <source>transaction %1 was posted into a locked period</source>
        <translation>операция %1 проведена в закрытом периоде</translation>
    </message>
    <message>
        <source>The posting to %1</source>
        <translation>Сумма проводки по счёту %1</translation>
    </message>
</context>
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток: подождите %n секунду, прежде чем повторить попытку.</numerusform>
            <numerusform>Слишком много неудачных попыток: подождите %n секунды, прежде чем повторить попытку.</numerusform>
            <numerusform>Слишком много неудачных попыток: подождите %n секунд, прежде чем повторить попытку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::MedicalRecordService</name>
    <message>
        <source>A medical record can only be kept for torture, ill-treatment or sexual violence; this violation is recorded as %1.</source>
        <translation>Медицинскую запись можно вести только по фактам пыток, жестокого обращения или сексуального насилия; это нарушение зарегистрировано как «%1».</translation>
    </message>
    <message>
        <source>The date of the examination is required.</source>
        <translation>Необходимо указать дату обследования.</translation>
    </message>
    <message>
        <source>The date of the examination</source>
        <translation>Дата обследования</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>даты нарушения</translation>
    </message>
    <message>
        <source>The examiner</source>
        <translation>Специалист, проводивший обследование</translation>
    </message>
    <message>
        <source>A medical record holds at most %1 findings.</source>
        <translation>Медицинская запись может содержать не более %1 выявленных признаков.</translation>
    </message>
    <message>
        <source>The kind of finding %1</source>
        <translation>Вид признака %1</translation>
    </message>
    <message>
        <source>The description of finding %1</source>
        <translation>Описание признака %1</translation>
    </message>
    <message>
        <source>The consistency of finding %1</source>
        <translation>Степень соответствия признака %1</translation>
    </message>
</context>
<context>
    <name>amparo::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency Amparo knows.</source>
        <translation>Валюта «%1» не поддерживается в Amparo.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1: значение должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 of %2 is not plausible; no single amount may exceed %3.</source>
        <translation>%1: сумма %2 неправдоподобно велика; одна сумма не может превышать %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1: значение не указано.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount; write it like 1500.00, without spaces, currency signs or thousands separators.</source>
        <translation>%1: «%2» не является суммой; укажите сумму в виде 1500.00, без пробелов, знаков валют и разделителей разрядов.</translation>
    </message>
    <message>
        <source>%1 must be more than zero; &quot;%2&quot; is negative.</source>
        <translation>%1: значение должно быть больше нуля, а «%2» — отрицательное число.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has decimals, but %3 has no minor unit; give a whole number.</source>
        <translation>%1: в «%2» есть дробная часть, но у валюты %3 нет разменной единицы; укажите целое число.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more decimals than %3 has (%4).</source>
        <translation>%1: в «%2» больше десятичных знаков, чем допускает валюта %3 (%4).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not plausible; no single amount may exceed %3.</source>
        <translation>%1: сумма «%2» неправдоподобно велика; одна сумма не может превышать %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an exchange rate; write a positive number such as 20.1234.</source>
        <translation>%1: «%2» не является обменным курсом; укажите положительное число, например 20.1234.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range; a rate has at most %3 decimals, 18 digits in all, and is below one billion.</source>
        <translation>%1: значение «%2» вне допустимого диапазона; курс может содержать не более %3 десятичных знаков и не более 18 цифр всего и должен быть меньше миллиарда.</translation>
    </message>
    <message>
        <source>%1 at the rate %2 would be more than %3; check the rate.</source>
        <translation>Сумма %1 по курсу %2 превысила бы %3; проверьте курс.</translation>
    </message>
</context>
<context>
    <name>amparo::OrganisationService</name>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>The kind of organisation</source>
        <translation>Вид организации</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>Страна организации</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1.</source>
        <translation>Организация с идентификатором %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>amparo::Permission</name>
    <message>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>просматривать журнал аудита</translation>
    </message>
    <message>
        <source>read restricted cases</source>
        <translation>просматривать дела с ограниченным доступом</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>просматривать дела</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>редактировать дела</translation>
    </message>
    <message>
        <source>export case data</source>
        <translation>экспортировать данные дел</translation>
    </message>
    <message>
        <source>request grants</source>
        <translation>запрашивать гранты</translation>
    </message>
    <message>
        <source>approve grants</source>
        <translation>утверждать гранты</translation>
    </message>
    <message>
        <source>record ledger entries</source>
        <translation>вносить записи в главную книгу</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>просматривать главную книгу</translation>
    </message>
    <message>
        <source>back up the vault</source>
        <translation>создавать резервные копии хранилища</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Учётная запись «%1» отключена.</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>%1 (%2) не имеет права %3.</translation>
    </message>
    <message>
        <source>Four-eyes rule: %1 cannot %2 as the same person.</source>
        <translation>Принцип «четырёх глаз»: %1 не может %2 — это должен сделать другой человек.</translation>
    </message>
</context>
<context>
    <name>amparo::PersonService</name>
    <message>
        <source>The name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>The year of birth %1 is not between 1900 and %2.</source>
        <translation>Год рождения %1 должен быть в диапазоне от 1900 до %2.</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Give the person at least one role (victim, defender, …).</source>
        <translation>Укажите для лица хотя бы одну роль (жертва, правозащитник, …).</translation>
    </message>
    <message>
        <source>The vulnerability</source>
        <translation>Уязвимость</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>The affiliation refers to an organisation that does not exist.</source>
        <translation>В принадлежности к организации указана несуществующая организация.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another person.</source>
        <translation>Внешний идентификатор «%1» уже используется для другого лица.</translation>
    </message>
    <message>
        <source>%1 was anonymised and can no longer be edited.</source>
        <translation>Данные лица %1 обезличены, и их больше нельзя редактировать.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Лицо с идентификатором %1 не найдено.</translation>
    </message>
    <message>
        <source>same name and year of birth</source>
        <translation>совпадают имя и год рождения</translation>
    </message>
    <message>
        <source>same telephone number</source>
        <translation>совпадает номер телефона</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>совпадает адрес электронной почты</translation>
    </message>
</context>
<context>
    <name>amparo::RecordOwner</name>
    <message>
        <source>The kind of record</source>
        <translation>Вид записи</translation>
    </message>
</context>
<context>
    <name>amparo::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that is not part of any recovery key (only letters and digits).</source>
        <translation>Ключ восстановления содержит недопустимый символ (ключи восстановления состоят только из латинских букв и цифр).</translation>
    </message>
    <message>
        <source>The recovery key is too long: it has 32 letters and digits.</source>
        <translation>Ключ восстановления слишком длинный: он состоит из 32 букв и цифр.</translation>
    </message>
    <message>
        <source>The recovery key is too short: it has 32 letters and digits.</source>
        <translation>Ключ восстановления слишком короткий: он состоит из 32 букв и цифр.</translation>
    </message>
</context>
<context>
    <name>amparo::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Куратор дела</translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation>Распорядитель фонда</translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation>Финансовый сотрудник</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are admin, caseworker, fund_manager, finance and auditor.</source>
        <translation>Неизвестная роль «%1»; допустимые роли: admin, caseworker, fund_manager, finance и auditor.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>Необходимо указать хотя бы одну роль.</translation>
    </message>
</context>
<context>
    <name>amparo::Schema</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Неизвестная версия схемы: %1.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Amparo (schema %1; this version knows up to %2). Update Amparo to open it.</source>
        <translation>Это хранилище создано более новой версией Amparo (схема %1; эта версия поддерживает схемы до %2). Чтобы открыть его, обновите Amparo.</translation>
    </message>
</context>
<context>
    <name>amparo::Session</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
</context>
<context>
    <name>amparo::Settings</name>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation>Значение параметра %1 должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>The case reference prefix must be 1 to 8 capital letters or digits, starting with a letter.</source>
        <translation>Префикс номера дела должен состоять из 1–8 заглавных латинских букв или цифр и начинаться с буквы.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>The approval threshold must be an amount such as 1500 or 1500.50, without grouping.</source>
        <translation>Порог утверждения должен быть суммой вида 1500 или 1500.50, без разделителей разрядов.</translation>
    </message>
</context>
<context>
    <name>amparo::Statement</name>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>подготовка «%1»</translation>
    </message>
    <message>
        <source>Empty SQL statement.</source>
        <translation>Пустой SQL-запрос.</translation>
    </message>
    <message>
        <source>More than one SQL statement in &quot;%1&quot;.</source>
        <translation>В «%1» содержится более одного SQL-запроса.</translation>
    </message>
    <message>
        <source>binding parameter %1 of &quot;%2&quot;</source>
        <translation>привязка параметра %1 запроса «%2»</translation>
    </message>
    <message>
        <source>Parameter %1 of &quot;%2&quot; was not bound.</source>
        <translation>Параметр %1 запроса «%2» не привязан.</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>выполнение «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned rows where none were expected.</source>
        <translation>Запрос «%1» вернул строки, хотя их не ожидалось.</translation>
    </message>
</context>
<context>
    <name>amparo::TaskService</name>
    <message>
        <source>The title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>Необходимо указать срок выполнения.</translation>
    </message>
    <message>
        <source>The due date: %1 is not between 1900-01-01 and %2.</source>
        <translation>Срок выполнения: дата %1 не входит в диапазон от 1900-01-01 до %2.</translation>
    </message>
    <message>
        <source>The assignee must be an active user.</source>
        <translation>Исполнителем может быть только активный пользователь.</translation>
    </message>
    <message>
        <source>The linked record is missing its id.</source>
        <translation>У связанной записи отсутствует идентификатор.</translation>
    </message>
    <message>
        <source>The linked record belongs to another case than the task.</source>
        <translation>Связанная запись относится не к тому делу, к которому относится задача.</translation>
    </message>
    <message>
        <source>%1 may not see the restricted case %2; assign them to the case before giving them a task in it.</source>
        <translation>У пользователя %1 нет доступа к делу %2 (дело с ограниченным доступом); прикрепите пользователя к этому делу, прежде чем ставить ему задачи по нему.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>Задача с идентификатором %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>amparo::User</name>
    <message>
        <source>The user name must have 2 to 64 characters.</source>
        <translation>Имя пользователя должно содержать от 2 до 64 символов.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain the letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Имя пользователя «%1» может содержать только латинские буквы a-z, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>amparo::UserAdministration</name>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>Отображаемое имя слишком длинное (не более %1 символов).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Пользователь «%1» не найден.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 — последний активный администратор; сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>Необходимо указать хотя бы одну роль.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken (user names of removed users are not reused).</source>
        <translation>Имя пользователя «%1» уже занято (имена удалённых пользователей повторно не используются).</translation>
    </message>
    <message>
        <source>You cannot disable or remove yourself.</source>
        <translation>Нельзя отключить или удалить собственную учётную запись.</translation>
    </message>
    <message>
        <source>Your key slot is missing from the vault.</source>
        <translation>Ваш слот ключа отсутствует в хранилище.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
</context>
<context>
    <name>amparo::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно для заполнения.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1: текст слишком длинный (символов: %2, допускается не более %3).</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1: текст содержит недопустимый управляющий символ (U+%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known country code (use two letters, e.g. MX, PH, TN).</source>
        <translation>%1: «%2» — неизвестный код страны (укажите две латинские буквы, например MX, PH, TN).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write 2026-03-14 or 14/03/2026).</source>
        <translation>%1: «%2» не является датой (укажите дату в виде 2026-03-14 или 14/03/2026).</translation>
    </message>
    <message>
        <source>%1: %2 is before 1900.</source>
        <translation>%1: дата %2 раньше 1900 года.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: дата %2 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) не может быть раньше %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: «%2» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a telephone number.</source>
        <translation>%1: «%2» не является номером телефона.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: «%2» не входит в число допустимых значений: %3.</translation>
    </message>
</context>
<context>
    <name>amparo::Vault</name>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation>Не удаётся ограничить права доступа к %1 только владельцем.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new location for the vault.</source>
        <translation>%1 уже существует и не является пустой папкой; выберите для хранилища другое место.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this vault.</source>
        <translation>Файл слотов ключей не принадлежит этому хранилищу.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>В слоте ключа нет пригодного для использования главного ключа.</translation>
    </message>
    <message>
        <source>There is no Amparo vault at %1.</source>
        <translation>По пути %1 нет хранилища Amparo.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Неверное имя пользователя или парольная фраза.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator.</source>
        <translation>Учётная запись «%1» отключена; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Выберите папку для хранилища.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>У этого хранилища нет ключа восстановления.</translation>
    </message>
    <message>
        <source>The recovery key is not the one of this vault.</source>
        <translation>Этот ключ восстановления не относится к данному хранилищу.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose the folder that holds the Amparo vault.</source>
        <translation>%1 — это файл, а не папка: выберите папку, в которой находится хранилище Amparo.</translation>
    </message>
    <message>
        <source>The key-slot file in %1 belongs to another vault: it does not match this vault&apos;s database (or the database file was replaced). Put this vault&apos;s own key-slot file back, or restore the vault from a backup.</source>
        <translation>Файл слотов ключей в %1 принадлежит другому хранилищу: он не соответствует базе данных этого хранилища (или файл базы данных был заменён). Верните на место собственный файл слотов ключей этого хранилища или восстановите хранилище из резервной копии.</translation>
    </message>
</context>
<context>
    <name>amparo::VaultLock</name>
    <message>
        <source>The disk is full: Amparo cannot open the vault at %1. Free some space and try again; nothing was lost.</source>
        <translation>Диск заполнен: Amparo не может открыть хранилище %1. Освободите место и повторите попытку; ничего не потеряно.</translation>
    </message>
    <message>
        <source>Cannot open the vault&apos;s lock file %1: %2.</source>
        <translation>Не удаётся открыть файл блокировки хранилища %1: %2.</translation>
    </message>
    <message>
        <source>Amparo cannot write in the vault folder %1: it is read-only, or it belongs to another account. Amparo needs to write there to open the vault; make the folder writable, or copy the vault to a folder you can write to.</source>
        <translation>Amparo не может записывать в папку хранилища %1: она доступна только для чтения или принадлежит другой учётной записи. Чтобы открыть хранилище, Amparo должен иметь право записи в неё; разрешите запись в папку или скопируйте хранилище в папку, в которую вы можете записывать.</translation>
    </message>
    <message>
        <source>This vault is open in another Amparo window or program. Close it there first, then try again.</source>
        <translation>Это хранилище открыто в другом окне или программе Amparo. Сначала закройте его там, затем повторите попытку.</translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message>
        <source>The type of violation</source>
        <translation>Вид нарушения</translation>
    </message>
    <message>
        <source>The precision of the date</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>The date of the violation is given but its precision is &quot;unknown&quot;: choose day, month or year, or leave the date empty.</source>
        <translation>Дата нарушения указана, но её точность — «Дата неизвестна»: выберите «Точная дата», «Только месяц» или «Только год» либо оставьте дату пустой.</translation>
    </message>
    <message>
        <source>The date of the violation is required unless its precision is &quot;unknown&quot;.</source>
        <translation>Необходимо указать дату нарушения, если не выбрана точность «Дата неизвестна».</translation>
    </message>
    <message>
        <source>The date of the violation</source>
        <translation>Дата нарушения</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>The perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>The victim %1 is not a person of case %2; add them to the case first.</source>
        <translation>Лицо %1, указанное как жертва, не связано с делом %2; сначала добавьте его в дело.</translation>
    </message>
    <message>
        <source>This violation has a medical record, which only torture, ill-treatment and sexual violence carry; remove the medical record before changing the type to %1.</source>
        <translation>К этому нарушению относится медицинская запись, которую можно вести только по фактам пыток, жестокого обращения и сексуального насилия; удалите медицинскую запись, прежде чем менять вид нарушения на «%1».</translation>
    </message>
    <message>
        <source>The date of the medical examination</source>
        <translation>Дата медицинского обследования</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>даты нарушения</translation>
    </message>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation>
            <numerusform>К этому нарушению прикреплён %n файл; удалите вложения, прежде чем удалять нарушение.</numerusform>
            <numerusform>К этому нарушению прикреплено %n файла; удалите вложения, прежде чем удалять нарушение.</numerusform>
            <numerusform>К этому нарушению прикреплено %n файлов; удалите вложения, прежде чем удалять нарушение.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no violation with the id %1.</source>
        <translation>Нарушение с идентификатором %1 не найдено.</translation>
    </message>
</context>
<context>
    <name>amparo::Vocabulary</name>
    <message>
        <source>Victim / survivor</source>
        <translation>Жертва / пострадавший</translation>
    </message>
    <message>
        <source>Human rights defender</source>
        <translation>Правозащитник</translation>
    </message>
    <message>
        <source>Family member / dependant</source>
        <translation>Член семьи / иждивенец</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый виновный</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>ЛГБТИ</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Из числа коренных народов</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>In exile</source>
        <translation>В изгнании</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Ведение дела</translation>
    </message>
    <message>
        <source>Sharing with a partner organisation</source>
        <translation>Передача данных партнёрской организации</translation>
    </message>
    <message>
        <source>Communication to UN and regional mechanisms</source>
        <translation>Сообщения в механизмы ООН и региональные механизмы</translation>
    </message>
    <message>
        <source>Publication in an urgent appeal</source>
        <translation>Публикация в призыве к незамедлительным действиям</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Член сети</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>Партнёрская НПО</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган власти</translation>
    </message>
    <message>
        <source>UN or regional mechanism</source>
        <translation>Механизм ООН или региональный механизм</translation>
    </message>
    <message>
        <source>Urgent assistance to victims of torture</source>
        <translation>Срочная помощь жертвам пыток</translation>
    </message>
    <message>
        <source>Protection of human rights defenders</source>
        <translation>Защита правозащитников</translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation>Права ребёнка</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>Насилие в отношении женщин</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights</source>
        <translation>Экономические, социальные и культурные права</translation>
    </message>
    <message>
        <source>Monitoring of protection mechanisms</source>
        <translation>Мониторинг механизмов защиты</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активное</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Пытки</translation>
    </message>
    <message>
        <source>Cruel, inhuman or degrading treatment</source>
        <translation>Жестокое, бесчеловечное или унижающее достоинство обращение</translation>
    </message>
    <message>
        <source>Arbitrary arrest or detention</source>
        <translation>Произвольный арест или задержание</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Насильственное исчезновение</translation>
    </message>
    <message>
        <source>Extrajudicial execution</source>
        <translation>Внесудебная казнь</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Судебное преследование</translation>
    </message>
    <message>
        <source>Threats and intimidation</source>
        <translation>Угрозы и запугивание</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Физическое нападение</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <source>Defamation campaign</source>
        <translation>Клеветническая кампания</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Замораживание активов</translation>
    </message>
    <message>
        <source>Forced eviction</source>
        <translation>Принудительное выселение</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Военные</translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation>Персонал мест лишения свободы</translation>
    </message>
    <message>
        <source>Intelligence services</source>
        <translation>Спецслужбы</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Судебные органы</translation>
    </message>
    <message>
        <source>Non-state armed group</source>
        <translation>Негосударственная вооружённая группа</translation>
    </message>
    <message>
        <source>Private actor</source>
        <translation>Частный субъект</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Призыв к незамедлительным действиям</translation>
    </message>
    <message>
        <source>Urgent appeal follow-up</source>
        <translation>Дополнение к призыву к незамедлительным действиям</translation>
    </message>
    <message>
        <source>Closing urgent appeal</source>
        <translation>Заключительное сообщение по призыву к незамедлительным действиям</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Letter to the authorities</source>
        <translation>Письмо властям</translation>
    </message>
    <message>
        <source>Communication to a UN special procedure</source>
        <translation>Сообщение мандатарию специальных процедур ООН</translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation>Сообщение в договорный орган ООН</translation>
    </message>
    <message>
        <source>Communication to a regional commission</source>
        <translation>Сообщение в региональную комиссию</translation>
    </message>
    <message>
        <source>Letter to an embassy</source>
        <translation>Письмо в посольство</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Психосоциальная помощь</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Переселение</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Социальная помощь</translation>
    </message>
    <message>
        <source>Protective accompaniment / solidarity visit</source>
        <translation>Защитное сопровождение / визит солидарности</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Физический</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Психологический</translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation>Не согласуется</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Согласуется</translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation>В высокой степени согласуется</translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation>Типично для</translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation>Диагностически указывает на</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Возвращён на доработку</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>Выплачивается</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Выплачен</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Отчитан</translation>
    </message>
</context>
<context>
    <name>amparo::bench::BenchVault</name>
    <message>
        <source>%1 holds a benchmark vault of %2 cases and %3 postings, not of the scale asked for; choose another folder with --vault or delete that one.</source>
        <translation>В %1 находится хранилище теста производительности другого масштаба (дел: %2, проводок: %3), а не запрошенного; выберите другую папку с помощью --vault или удалите эту.</translation>
    </message>
    <message>
        <source>The benchmark vault in %1 was not finished (its building was interrupted); delete the folder and run the benchmark again.</source>
        <translation>Создание хранилища теста производительности в %1 не было завершено (оно было прервано); удалите папку и запустите тест производительности снова.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a benchmark vault; the benchmark only writes into a folder of its own.</source>
        <translation>Папка %1 не пуста и не является хранилищем теста производительности; тест производительности записывает данные только в собственную папку.</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>проводки</translation>
    </message>
    <message>
        <source>the long case</source>
        <translation>объёмное дело</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseList</name>
    <message>
        <source>3. Case list, first page of %1 by date (with count)</source>
        <translation>3. Список дел по дате, первая страница из %1 строк (с подсчётом)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>3. Case list, each next page while scrolling (first %1)</source>
        <translation>3. Список дел, каждая следующая страница при прокрутке (первые %1 стр.)</translation>
    </message>
    <message>
        <source>3. Case list, the last page (scrolled to the end)</source>
        <translation>3. Список дел, последняя страница (прокрутка до конца)</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p50</source>
        <translation>4. Поиск по мере ввода, на одно нажатие клавиши, p50</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p95</source>
        <translation>4. Поиск по мере ввода, на одно нажатие клавиши, p95</translation>
    </message>
    <message numerus="yes">
        <source>%n keystroke(s)</source>
        <translation>
            <numerusform>%n нажатие клавиши</numerusform>
            <numerusform>%n нажатия клавиш</numerusform>
            <numerusform>%n нажатий клавиш</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the count alone</source>
        <translation>4. Поиск по мере ввода, p95 только для подсчёта</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the first page alone</source>
        <translation>4. Поиск по мере ввода, p95 только для первой страницы</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 from the second letter on</source>
        <translation>4. Поиск по мере ввода, p95 начиная со второй буквы</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseTabs</name>
    <message>
        <source>5. Opening one case with the data of all its tabs</source>
        <translation>5. Открытие одного дела с данными всех его вкладок</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) across the years</source>
        <translation>
            <numerusform>%n дело за разные годы</numerusform>
            <numerusform>%n дела за разные годы</numerusform>
            <numerusform>%n дел за разные годы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Dashboard</name>
    <message>
        <source>11. The dashboard&apos;s figures, as a fund manager</source>
        <translation>11. Показатели сводной панели для распорядителя фонда</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>every case, assistance and money figure</source>
        <translation>все показатели по делам, помощи и средствам</translation>
    </message>
    <message>
        <source>11. The dashboard&apos;s figures, as a caseworker</source>
        <translation>11. Показатели сводной панели для куратора дела</translation>
    </message>
    <message>
        <source>the cases this caseworker may see</source>
        <translation>дела, доступные этому куратору</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Exports</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>8. PDF case summary of 50 pages</source>
        <translation>8. Сводка по делу в PDF на 50 страниц</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>not measured (no text layout without Qt Gui)</source>
        <translation>не измерено (без Qt Gui нет вёрстки текста)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder for the import.</source>
        <translation>Не удалось создать временную папку для импорта.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s people file was not imported whole (%1 of %2 rows).</source>
        <translation>Файл с лицами для теста производительности импортирован не полностью (строк: %1 из %2).</translation>
    </message>
    <message>
        <source>9. CSV import of people</source>
        <translation>9. Импорт лиц из CSV</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>строк/с</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::FundPositions</name>
    <message>
        <source>No temporary folder for the exported journal.</source>
        <translation>Не удалось создать временную папку для экспортируемого журнала проводок.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message numerus="yes">
        <source>6. Fund positions at a date, %n fund(s)</source>
        <translation>
            <numerusform>6. Состояние фондов на дату, %n фонд</numerusform>
            <numerusform>6. Состояние фондов на дату, %n фонда</numerusform>
            <numerusform>6. Состояние фондов на дату, %n фондов</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Every account&apos;s balance at a date (as hledger bal)</source>
        <translation>6. Остатки по всем счетам на дату (как hledger bal)</translation>
    </message>
    <message>
        <source>6. Exporting the hledger journal</source>
        <translation>6. Экспорт журнала проводок hledger</translation>
    </message>
    <message>
        <source>6. hledger bal on the exported journal</source>
        <translation>6. hledger bal по экспортированному журналу проводок</translation>
    </message>
    <message>
        <source>not measured (hledger is not installed)</source>
        <translation>не измерено (hledger не установлен)</translation>
    </message>
    <message>
        <source>6. hledger bal / fund positions</source>
        <translation>6. hledger bal / состояние фондов</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n запуск</numerusform>
            <numerusform>%n запуска</numerusform>
            <numerusform>%n запусков</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Amparo&apos;s balances and hledger&apos;s</source>
        <translation>6. Остатки Amparo и остатки hledger</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>совпадают</translation>
    </message>
    <message>
        <source>DIFFER: %1</source>
        <translation>РАСХОДЯТСЯ: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Hledger</name>
    <message>
        <source>hledger did not run to the end: %1</source>
        <translation>hledger не завершил работу: %1</translation>
    </message>
    <message>
        <source>hledger failed: %1</source>
        <translation>hledger завершился с ошибкой: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::LedgerData</name>
    <message>
        <source>The benchmark vault has no fund to post to.</source>
        <translation>В хранилище теста производительности нет фонда для проводок.</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Memory</name>
    <message>
        <source>10. GUI with the vault open, peak resident memory</source>
        <translation>10. Графический интерфейс с открытым хранилищем, пиковый объём резидентной памяти</translation>
    </message>
    <message>
        <source>10. GUI with the vault open, steady resident memory</source>
        <translation>10. Графический интерфейс с открытым хранилищем, установившийся объём резидентной памяти</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>not measured (GUI not built)</source>
        <translation>не измерено (графический интерфейс не собран)</translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>не измерено (%1)</translation>
    </message>
    <message>
        <source>not measured (the probe failed: %1)</source>
        <translation>не измерено (сбой процесса измерения: %1)</translation>
    </message>
    <message>
        <source>not measured (the probe&apos;s case list stayed empty)</source>
        <translation>не измерено (список дел в процессе измерения остался пустым)</translation>
    </message>
    <message numerus="yes">
        <source>case list showing %n row(s)</source>
        <translation>
            <numerusform>в списке дел отображается %n строка</numerusform>
            <numerusform>в списке дел отображаются %n строки</numerusform>
            <numerusform>в списке дел отображается %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Opening</name>
    <message>
        <source>built earlier; reused</source>
        <translation>создано ранее; используется повторно</translation>
    </message>
    <message>
        <source>1. Building the vault: rows written</source>
        <translation>1. Создание хранилища: запись строк</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>строк/с</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>строк: %1 за %2 с</translation>
    </message>
    <message>
        <source>1. Building the vault: demo cases with their records</source>
        <translation>1. Создание хранилища: демонстрационные дела с их записями</translation>
    </message>
    <message>
        <source>cases/s</source>
        <translation>дел/с</translation>
    </message>
    <message>
        <source>1. Building the vault: ledger postings</source>
        <translation>1. Создание хранилища: проводки главной книги</translation>
    </message>
    <message>
        <source>postings/s</source>
        <translation>проводок/с</translation>
    </message>
    <message>
        <source>2. Key derivation, moderate (what users get)</source>
        <translation>2. Формирование ключа, режим moderate (применяется для пользователей)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>2. Key derivation, interactive</source>
        <translation>2. Формирование ключа, режим interactive</translation>
    </message>
    <message>
        <source>2. Opening the vault after key derivation</source>
        <translation>2. Открытие хранилища после формирования ключа</translation>
    </message>
    <message>
        <source>whole open %1 ms</source>
        <translation>полное открытие: %1 мс</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Plaintext</name>
    <message>
        <source>No temporary folder for the plaintext comparison.</source>
        <translation>Не удалось создать временную папку для сравнения с базой данных без шифрования.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n цикл</numerusform>
            <numerusform>%n цикла</numerusform>
            <numerusform>%n циклов</numerusform>
        </translation>
    </message>
    <message>
        <source>7. Mixed workload, encrypted (SQLCipher)</source>
        <translation>7. Смешанная нагрузка, с шифрованием (SQLCipher)</translation>
    </message>
    <message>
        <source>7. Mixed workload, plaintext (benchmark only)</source>
        <translation>7. Смешанная нагрузка, без шифрования (только для теста производительности)</translation>
    </message>
    <message>
        <source>7. Encrypted / plaintext</source>
        <translation>7. С шифрованием / без шифрования</translation>
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
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>Для параметра --%1 требуется значение.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Не указано: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Непредвиденный аргумент «%1».</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Не указан параметр --%1.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Backup</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Резервная копия записана и проверена: %1 (%2).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>файл резервной копии</translation>
    </message>
    <message>
        <source>the new vault folder</source>
        <translation>новая папка хранилища</translation>
    </message>
    <message>
        <source>Vault restored to %1; it opens with the same user names and passphrases as the original.</source>
        <translation>Хранилище восстановлено в %1; оно открывается с теми же именами пользователей и парольными фразами, что и исходное.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Bench</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>Для параметра --%1 требуется целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Amparo benchmark (amparo %1, %2 build, SQLCipher %3)</source>
        <translation>Тест производительности Amparo (amparo %1, сборка: %2, SQLCipher %3)</translation>
    </message>
    <message numerus="yes">
        <source>Machine: %1, %n core(s), %2 GB RAM</source>
        <translation>
            <numerusform>Компьютер: %1, %n ядро, %2 ГБ ОЗУ</numerusform>
            <numerusform>Компьютер: %1, %n ядра, %2 ГБ ОЗУ</numerusform>
            <numerusform>Компьютер: %1, %n ядер, %2 ГБ ОЗУ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale: %1 cases, %2 postings; each figure the median of %n repetition(s)</source>
        <translation>
            <numerusform>Масштаб: дел — %1, проводок — %2; каждый показатель — медиана из %n повторения</numerusform>
            <numerusform>Масштаб: дел — %1, проводок — %2; каждый показатель — медиана из %n повторений</numerusform>
            <numerusform>Масштаб: дел — %1, проводок — %2; каждый показатель — медиана из %n повторений</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault: %1 (reused, built earlier)</source>
        <translation>Хранилище: %1 (создано ранее, используется повторно)</translation>
    </message>
    <message>
        <source>Vault: %1 (built now)</source>
        <translation>Хранилище: %1 (создано сейчас)</translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation>Для параметра --vault требуется папка.</translation>
    </message>
    <message>
        <source>Passphrase for the benchmark vault&apos;s users: </source>
        <translation>Парольная фраза пользователей хранилища теста производительности: </translation>
    </message>
    <message>
        <source>bench: the vault is %1</source>
        <translation>bench: хранилище — %1</translation>
    </message>
    <message>
        <source>bench: building %1: %2 of %3</source>
        <translation>bench: создание (%1): %2 из %3</translation>
    </message>
    <message>
        <source>bench: scenario %1</source>
        <translation>bench: сценарий %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Cases</name>
    <message>
        <source>Unknown --%1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Неизвестное значение --%1 «%2»; используйте одно из значений: %3.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>Неизвестное значение --status «%1»; используйте одно или несколько из значений: %2.</translation>
    </message>
    <message>
        <source>--country needs a two-letter code such as MX or PH.</source>
        <translation>Для параметра --country требуется двухбуквенный код страны, например MX или PH.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>Для параметра --limit требуется число не меньше 1.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown; use --limit N or --format csv for more.</source>
        <translation>Показано дел: %1 из %2; чтобы увидеть больше, используйте --limit N или --format csv.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Парольная фраза для %1: </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation>
            <numerusform>Предупреждение: с момента последнего входа зафиксирована %n неудачная попытка входа в эту учётную запись.</numerusform>
            <numerusform>Предупреждение: с момента последнего входа зафиксированы %n неудачные попытки входа в эту учётную запись.</numerusform>
            <numerusform>Предупреждение: с момента последнего входа зафиксировано %n неудачных попыток входа в эту учётную запись.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 The vault was opened with the backup copy, which has been restored.</source>
        <translation>Предупреждение: %1 Хранилище открыто с помощью резервной копии, которая была восстановлена.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Demo</name>
    <message>
        <source>--cases needs a number from 0 to 1000000.</source>
        <translation>Для параметра --cases требуется число от 0 до 1000000.</translation>
    </message>
    <message>
        <source>Demo users (passphrase: the one in AMPARO_DEMO_PASSPHRASE):</source>
        <translation>Демонстрационные пользователи (парольная фраза — значение AMPARO_DEMO_PASSPHRASE):</translation>
    </message>
    <message>
        <source>Demo users (passphrase of each, shown only now: %1):</source>
        <translation>Демонстрационные пользователи (парольная фраза у всех одна и показывается только сейчас: %1):</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>организации</translation>
    </message>
    <message>
        <source>people</source>
        <translation>лица</translation>
    </message>
    <message>
        <source>  flagged as possible duplicates</source>
        <translation>  возможные дубликаты</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>решения о согласии</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <source>  restricted</source>
        <translation>  с ограниченным доступом</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>изменения статуса</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>нарушения</translation>
    </message>
    <message>
        <source>  with a medical record</source>
        <translation>  с медицинской записью</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>обращения</translation>
    </message>
    <message>
        <source>assistance</source>
        <translation>случаи оказания помощи</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложения</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  просроченные</translation>
    </message>
    <message>
        <source>cases by status: %1</source>
        <translation>дела по статусам: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>число стран: %1</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases (%3 cases/s)</source>
        <translation>demo: записано дел: %1 из %2 (%3 дел/с)</translation>
    </message>
    <message>
        <source>demo: stopped; the cases written so far are kept, whole.</source>
        <translation>demo: остановлено; уже записанные дела сохранены полностью.</translation>
    </message>
    <message>
        <source>Stopped: %1 demo cases were written to %2 in %3 s (%4 cases/s).</source>
        <translation>Остановлено: в %2 записано демонстрационных дел: %1 за %3 с (%4 дел/с).</translation>
    </message>
    <message>
        <source>Wrote %1 demo cases to %2 in %3 s (%4 cases/s).</source>
        <translation>В %2 записано демонстрационных дел: %1 за %3 с (%4 дел/с).</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation>Для параметра --seed требуется целое число от 0 до 18446744073709551615.</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>фонды</translation>
    </message>
    <message>
        <source>donor contributions</source>
        <translation>взносы доноров</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>гранты</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>выплаты</translation>
    </message>
    <message>
        <source>  reversed as mistaken</source>
        <translation>  сторнированы как ошибочные</translation>
    </message>
    <message>
        <source>  with receipts overdue</source>
        <translation>  документы не представлены в срок</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>возвраты</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>подтверждающие документы</translation>
    </message>
    <message>
        <source>grants by status: %1</source>
        <translation>гранты по статусам: %1</translation>
    </message>
    <message>
        <source>payment currencies: %1</source>
        <translation>число валют выплат: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportCsv</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use cases, people, grants or disbursements.</source>
        <translation>Неизвестное значение --kind «%1»; используйте cases, people, grants или disbursements.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>%1: экспортирована %n строка в файл %2.</numerusform>
            <numerusform>%1: экспортированы %n строки в файл %2.</numerusform>
            <numerusform>%1: экспортировано %n строк в файл %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportPdf</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>Unknown --redaction &quot;%1&quot;; use internal, partner or public.</source>
        <translation>Неизвестное значение --redaction «%1»; используйте internal, partner или public.</translation>
    </message>
    <message>
        <source>Unknown --lang &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестное значение --lang «%1»; используйте одно из значений: %2.</translation>
    </message>
    <message>
        <source>Wrote the %1 summary of case %2 (%3) to %4.</source>
        <translation>Сводка по делу %2 (уровень %1, язык %3) записана в %4.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Fund</name>
    <message>
        <source>There is no organisation named &quot;%1&quot;.</source>
        <translation>Организация с названием «%1» не найдена.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>fund needs an action: add or contribute.</source>
        <translation>Не указано действие для fund: add или contribute.</translation>
    </message>
    <message>
        <source>Unknown fund action &quot;%1&quot;; use add or contribute.</source>
        <translation>Неизвестное действие fund «%1»; используйте add или contribute.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grant</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>the grant</source>
        <translation>грант</translation>
    </message>
    <message>
        <source>--assistance needs the number of an assistance line.</source>
        <translation>Для параметра --assistance требуется номер записи о помощи.</translation>
    </message>
    <message>
        <source>%1: %2 (%3); grant %4 is now %5.</source>
        <translation>%1: %2 (%3); грант %4 теперь имеет статус «%5».</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Возврат зарегистрирован</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Выплата зарегистрирована</translation>
    </message>
    <message>
        <source>Grant %1 — %2</source>
        <translation>Грант %1 — %2</translation>
    </message>
    <message>
        <source>  case %1, fund %2, requested by %3</source>
        <translation>  дело %1, фонд %2, автор запроса: %3</translation>
    </message>
    <message>
        <source>  purpose: %1</source>
        <translation>  цель: %1</translation>
    </message>
    <message>
        <source>  requested %1, approved %2</source>
        <translation>  запрошено: %1, утверждено: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>  paid %1, refunded %2, still committed %3</source>
        <translation>  выплачено: %1, возвращено: %2, остаток обязательства: %3</translation>
    </message>
    <message>
        <source>  approved by %1: %2</source>
        <translation>  утверждено пользователем %1: %2</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (сторнировано)</translation>
    </message>
    <message numerus="yes">
        <source>, %n receipt(s)</source>
        <translation>
            <numerusform>, %n подтверждающий документ</numerusform>
            <numerusform>, %n подтверждающих документа</numerusform>
            <numerusform>, %n подтверждающих документов</numerusform>
        </translation>
    </message>
    <message>
        <source>grant needs an action: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit or show.</source>
        <translation>Не указано действие для grant: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit или show.</translation>
    </message>
    <message>
        <source>Grant %1 approved: %2.</source>
        <translation>Грант %1 утверждён: %2.</translation>
    </message>
    <message>
        <source>First approval of grant %1 recorded; above the threshold a second fund manager must approve it too.</source>
        <translation>Первое утверждение гранта %1 зарегистрировано; поскольку сумма превышает порог, грант должен утвердить также второй распорядитель фонда.</translation>
    </message>
    <message>
        <source>--disbursement must be the number of a payment of grant %1.</source>
        <translation>Значением --disbursement должен быть номер выплаты по гранту %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Unknown grant action &quot;%1&quot;.</source>
        <translation>Неизвестное действие grant «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grants</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>Неизвестное значение --status «%1»; используйте одно или несколько из значений: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Import</name>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>warning: unknown columns, not imported: %1</source>
        <translation>предупреждение: неизвестные столбцы не импортированы: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read, %3 created, %4 updated, %5 unchanged.</source>
        <translation>Импорт %1 выполнен: прочитано строк — %2, создано — %3, обновлено — %4, без изменений — %5.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows read; %3 would be created, %4 updated, %5 unchanged. Nothing was written.</source>
        <translation>Пробный запуск для %1: прочитано строк — %2; было бы создано — %3, обновлено — %4, без изменений — %5. Ничего не записано.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <translation>импортируемый файл CSV</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use people or cases.</source>
        <translation>Неизвестное значение --kind «%1»; используйте people или cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>В файле %1 обнаружена %n ошибка; ничего не импортировано.</numerusform>
            <numerusform>В файле %1 обнаружены %n ошибки; ничего не импортировано.</numerusform>
            <numerusform>В файле %1 обнаружено %n ошибок; ничего не импортировано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::Info</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
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
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation>Версия схемы: %1 (эта версия Amparo: %2)</translation>
    </message>
    <message>
        <source>Active users: %1</source>
        <translation>Активных пользователей: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Init</name>
    <message>
        <source>Unknown --kdf &quot;%1&quot;; use interactive, moderate or sensitive.</source>
        <translation>Неизвестное значение --kdf «%1»; используйте interactive, moderate или sensitive.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Новая парольная фраза для %1: </translation>
    </message>
    <message>
        <source>Created the vault %1 with the administrator %2.</source>
        <translation>Создано хранилище %1 с администратором %2.</translation>
    </message>
    <message>
        <source>Recovery key — shown only now. Print it or write it down and keep it somewhere safe, away from this computer. It opens the vault if every passphrase is lost.</source>
        <translation>Ключ восстановления — показывается только сейчас. Распечатайте или запишите его и храните в надёжном месте, отдельно от этого компьютера. Он открывает хранилище, если утеряны все парольные фразы.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Ledger</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal of %n transaction(s) written to %1.</source>
        <translation>
            <numerusform>Журнал проводок записан в %1: %n операция.</numerusform>
            <numerusform>Журнал проводок записан в %1: %n операции.</numerusform>
            <numerusform>Журнал проводок записан в %1: %n операций.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger is locked up to %1.</source>
        <translation>Главная книга закрыта по %1 включительно.</translation>
    </message>
    <message>
        <source>the transaction number</source>
        <translation>номер операции</translation>
    </message>
    <message>
        <source>The transaction must be given by its number.</source>
        <translation>Укажите операцию по её номеру.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>Для параметра --limit требуется число не меньше 1.</translation>
    </message>
    <message>
        <source>Unknown --by &quot;%1&quot;; use country, assistance, month or fund.</source>
        <translation>Неизвестное значение --by «%1»; используйте country, assistance, month или fund.</translation>
    </message>
    <message>
        <source>ledger needs an action: balance, journal, transactions, report, overdue, lock or reverse.</source>
        <translation>Не указано действие для ledger: balance, journal, transactions, report, overdue, lock или reverse.</translation>
    </message>
    <message>
        <source>Unknown ledger action &quot;%1&quot;.</source>
        <translation>Неизвестное действие ledger «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Run &quot;amparo-cli --help&quot; for the commands and their options.</source>
        <translation>Выполните «amparo-cli --help», чтобы увидеть список команд и их параметров.</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>непредвиденная ошибка: %1</translation>
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
        <translation>Использование: amparo-cli COMMAND [ARGUMENTS]

Команды:
  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]
  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf ...]
  user list VAULT --user U [--format table|csv|json]
  user passwd VAULT --user U [--kdf ...]
  user disable|enable|remove VAULT --user ADMIN NAME
  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]
  user reset VAULT NAME            (с помощью ключа восстановления)
  rotate-key VAULT --user ADMIN
  verify VAULT --user U            (целостность базы данных и цепочки журнала аудита)
  info VAULT --user U              (версии, схема, пользователи; без секретных данных)
  import VAULT --user U --kind people|cases FILE.csv [--dry-run]
                                   (все строки или ни одной; --dry-run выводит все ошибки)
  export-csv VAULT --user U --kind cases|people|grants|disbursements --out FILE
  export-pdf VAULT --user U --case REF --out FILE [--redaction internal|partner|public]
        [--lang en|fr|es|ru|ar]    (сводка по делу; по умолчанию internal, английский язык)
  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]
                                   (заполняет новое хранилище синтетическими данными и
                                   создаёт пользователей caseworker, caseworker2,
                                   fundmanager, finance, auditor; по умолчанию 300 дел,
                                   seed 1; их парольная фраза — AMPARO_DEMO_PASSPHRASE
                                   или генерируется и выводится на экран; их --kdf —
                                   interactive, если не указано иное)
  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]
        [--country CC] [--priority P] [--limit N] [--format table|csv|json]
                                   (сначала новые; в таблице 50 дел, если не задан
                                   --limit, в csv и json — все найденные)
  fund add VAULT --user ADMIN --code CODE --name TEXT --currency C [--budget X]
        [--threshold X] [--countries CC,...] [--programmes P,...]
        [--assistance-types T,...] [--donors NAME,...]
  fund contribute VAULT --user U --fund CODE --amount X --currency C [--rate R]
        [--date D] [--donor NAME] [--reference TEXT]
  funds VAULT --user U [--at YYYY-MM-DD] [--format table|csv|json]
                                   (поступления, обязательства, выплаты, доступный остаток)
  grant request VAULT --user U --case REF --fund CODE --amount X --currency C
        --purpose TEXT [--assistance ID] [--justification TEXT] [--draft]
                                   (выводит номер гранта)
  grant submit|show VAULT --user U GRANT
  grant approve VAULT --user U GRANT [--amount X] [--comment TEXT]
  grant reject|return|cancel VAULT --user U GRANT --comment TEXT
  grant close|finish|justify VAULT --user U GRANT [--comment TEXT]
  grant authorise-overcommit VAULT --user ADMIN GRANT --comment TEXT
  grant disburse|refund VAULT --user U GRANT --amount X --currency C [--rate R]
        [--date D] [--note TEXT]   (--rate: сколько C дают за одну единицу валюты
                                   фонда; выводит номер выплаты)
  grant receipt VAULT --user U GRANT --disbursement N --file FILE
  grants VAULT --user U [--status S[,S...]] [--fund CODE] [--format table|csv|json]
  ledger balance VAULT --user U [--fund CODE] [--at YYYY-MM-DD] [--format ...]
  ledger journal VAULT --user U --out FILE      (формат hledger/ledger)
  ledger transactions VAULT --user U [--limit N] [--format ...]
  ledger report VAULT --user U --by country|assistance|month|fund [--from D]
        [--to D] [--format ...]
  ledger overdue VAULT --user U [--at D] [--format ...]   (просроченные подтверждающие документы)
  ledger lock VAULT --user U --through YYYY-MM-DD --reason TEXT
  ledger reverse VAULT --user U TRANSACTION --reason TEXT [--date D]
  backup VAULT --user ADMIN --out FILE   (зашифрованная копия, проверяется после записи)
  restore FILE VAULT               (в новую папку; парольные фразы прежние)
  bench [--cases N] [--postings N] [--repetitions N] [--vault DIR]
        [--format table|csv|json]  (показатели производительности на хранилище
                                   заданного масштаба с синтетическими данными,
                                   которое создаётся один раз и затем используется
                                   повторно; парольная фраза его пользователей —
                                   как для --user; см. PERFORMANCE.md)

Роли: admin, caseworker, fund_manager, finance, auditor.

Секретные значения никогда не передаются в аргументах (иначе они были бы видны в `ps`):
  парольная фраза для --user (или нового администратора для init):
      AMPARO_PASSPHRASE или --passphrase-fd N
  новая парольная фраза: AMPARO_NEW_PASSPHRASE или --new-passphrase-fd N
  ключ восстановления: AMPARO_RECOVERY_KEY или --recovery-key-fd N
  в остальных случаях они запрашиваются в терминале, без отображения ввода.

Код завершения: 0 — успех, 1 — отказ или сбой (с причиной в одной строке), 2 — ошибка использования.
</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Passphrase</name>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation>Не удаётся прочитать секретное значение (источник: %1): %2.</translation>
    </message>
    <message>
        <source>The secret read from %1 is too long.</source>
        <translation>Секретное значение слишком длинное (источник: %1).</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>терминал</translation>
    </message>
    <message>
        <source>--%1 needs a file descriptor number.</source>
        <translation>Для параметра --%1 требуется номер файлового дескриптора.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Повторите новую парольную фразу: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>No secret given: set %1 or use --%2 N.</source>
        <translation>Секретное значение не передано: задайте %1 или используйте --%2 N.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::TableWriter</name>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Неизвестный формат «%1»; используйте table, csv или json.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::User</name>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>имя нового пользователя</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Новая парольная фраза для %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Добавлен пользователь %1 (%2).</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>Парольная фраза пользователя %1 изменена.</translation>
    </message>
    <message>
        <source>the user whose passphrase is reset</source>
        <translation>пользователь, чья парольная фраза сбрасывается</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Ключ восстановления: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset with the recovery key.</source>
        <translation>Парольная фраза пользователя %1 сброшена с помощью ключа восстановления.</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer open the vault.</source>
        <translation>Учётная запись %1 отключена: с ней больше нельзя открыть хранилище.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>Учётная запись %1 включена.</translation>
    </message>
    <message>
        <source>%1 is removed and the master key was rotated.</source>
        <translation>Учётная запись %1 удалена, главный ключ заменён.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>Роли пользователя %1 изменены.</translation>
    </message>
    <message>
        <source>Missing the user command: add, list, passwd, disable, enable, remove, roles or reset.</source>
        <translation>Не указана подкоманда user: add, list, passwd, disable, enable, remove, roles или reset.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Неизвестная подкоманда user «%1».</translation>
    </message>
    <message>
        <source>The master key was rotated; every remaining key slot opens the vault with the new key.</source>
        <translation>Главный ключ заменён; все оставшиеся слоты ключей открывают хранилище новым ключом.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message>
        <source>a row of %1 refers to a missing record</source>
        <translation>строка таблицы %1 ссылается на несуществующую запись</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation>шифрование: SQLCipher %1</translation>
    </message>
    <message>
        <source>database integrity: ok</source>
        <translation>целостность базы данных: в порядке</translation>
    </message>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation>
            <numerusform>целостность базы данных: %n проблема</numerusform>
            <numerusform>целостность базы данных: %n проблемы</numerusform>
            <numerusform>целостность базы данных: %n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation>
            <numerusform>журнал аудита: в порядке, %n запись, хеш последней записи %1</numerusform>
            <numerusform>журнал аудита: в порядке, %n записи, хеш последней записи %1</numerusform>
            <numerusform>журнал аудита: в порядке, %n записей, хеш последней записи %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN — %1</source>
        <translation>журнал аудита: НАРУШЕН — %1</translation>
    </message>
    <message>
        <source>Verification failed: the database has integrity problems.</source>
        <translation>Проверка не пройдена: в базе данных обнаружены нарушения целостности.</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n transaction(s), each balanced</source>
        <translation>
            <numerusform>главная книга: в порядке, %n операция, все сбалансированы</numerusform>
            <numerusform>главная книга: в порядке, %n операции, все сбалансированы</numerusform>
            <numerusform>главная книга: в порядке, %n операций, все сбалансированы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger: %n problem(s)</source>
        <translation>
            <numerusform>главная книга: %n проблема</numerusform>
            <numerusform>главная книга: %n проблемы</numerusform>
            <numerusform>главная книга: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification failed: the ledger has problems.</source>
        <translation>Проверка не пройдена: в главной книге обнаружены проблемы.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CaseImport</name>
    <message>
        <source>The case is %1 in the vault; references do not change, so %2 in the file was not used.</source>
        <translation>В хранилище это дело имеет номер %1; номера дел не меняются, поэтому номер %2 из файла не использован.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>No person has the external id %1; import the people file first.</source>
        <translation>Ни у одного лица нет внешнего идентификатора %1; сначала импортируйте файл с данными о лицах.</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet</source>
        <translation>Импортировано из электронной таблицы</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvImporter</name>
    <message>
        <source>column %1 (no name)</source>
        <translation>столбец %1 (без названия)</translation>
    </message>
    <message>
        <source>The column appears twice (columns %1 and %2); keep one of them.</source>
        <translation>Столбец встречается дважды (столбцы %1 и %2); оставьте только один из них.</translation>
    </message>
    <message>
        <source>The file has no %1 column, which every row needs. The columns are: %2.</source>
        <translation>В файле нет столбца %1, обязательного для каждой строки. Допустимые столбцы: %2.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2; is there a separator in a cell without quotes?</source>
        <translation>Ячеек в строке: %1, а в строке заголовка — только %2; возможно, в ячейке без кавычек есть разделитель?</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>The external id %1 is also in row %2.</source>
        <translation>Внешний идентификатор %1 также встречается в строке %2.</translation>
    </message>
    <message>
        <source>Only people and cases can be imported, not %1.</source>
        <translation>Импортировать можно только лица (people) и дела (cases), но не %1.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvReader</name>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>Файл %1 больше %2 МБ; разделите его на файлы меньшего размера.</translation>
    </message>
    <message>
        <source>%1, row %2: unexpected text after a closing quote in cell %3.</source>
        <translation>%1, строка %2: непредвиденный текст после закрывающей кавычки в ячейке %3.</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed (is the file truncated?).</source>
        <translation>%1, строка %2: ячейка в кавычках не закрыта (не обрезан ли файл?).</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters (is a quote never closed?).</source>
        <translation>%1, строка %2: ячейка длиннее %3 символов (возможно, не закрыта кавычка?).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; in your spreadsheet choose &apos;CSV UTF-8&apos; when saving it.</source>
        <translation>Файл %1 не является текстом в кодировке UTF-8; при сохранении в программе электронных таблиц выберите формат «CSV UTF-8».</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>Файл %1 пуст: в нём нет строки заголовка.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::PersonImport</name>
    <message>
        <source>The name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Give the person at least one role (%1).</source>
        <translation>Укажите для лица хотя бы одну роль (%1).</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Pseudonyms are assigned by the vault: %1 in the file was not used; this person is %2.</source>
        <translation>Псевдонимы присваиваются хранилищем: псевдоним %1 из файла не использован; псевдоним этого лица — %2.</translation>
    </message>
    <message>
        <source>This may be the same person as %1 (%2).</source>
        <translation>Возможно, это то же лицо, что и %1 (%2).</translation>
    </message>
</context>
<context>
    <name>amparo::main</name>
    <message>
        <source>Case management for organisations assisting victims of torture.</source>
        <translation>Управление делами для организаций, помогающих жертвам пыток.</translation>
    </message>
    <message>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Открыть хранилище в папке &lt;папка&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Fill in the user name &lt;name&gt;.</source>
        <translation>Подставить имя пользователя &lt;имя&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AboutDialog</name>
    <message>
        <source>About Amparo</source>
        <translation>О программе Amparo</translation>
    </message>
    <message>
        <source>Amparo %1</source>
        <translation>Amparo %1</translation>
    </message>
    <message>
        <source>Case management for organisations assisting victims of torture and human rights defenders.</source>
        <translation>Управление делами для организаций, помогающих жертвам пыток и правозащитникам.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Свободное программное обеспечение, распространяемое на условиях Стандартной общественной лицензии GNU версии 3 или (по вашему выбору) любой более поздней версии (GPL-3.0-or-later). Предоставляется без каких-либо гарантий.</translation>
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
        <translation>Роль в деле</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Тип предполагаемого виновного</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>Добавление лица в дело</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Поиск лица</translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные лица</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>An alleged perpetrator whose type (police, army …) is not known.</extracomment>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Perpetrator type:</source>
        <translation>&amp;Тип предполагаемого виновного:</translation>
    </message>
    <message>
        <source>&amp;Add to the case</source>
        <translation>&amp;Добавить в дело</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Новое &amp;лицо…</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Зарегистрировать новое лицо</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a person first, or record a new one.</source>
        <translation>Сначала выберите лицо или зарегистрируйте новое.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddUserDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Строчные латинские буквы a–z, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>По&amp;лное имя:</translation>
    </message>
    <message>
        <source>Deriving a key for the new user…</source>
        <translation>Формирование ключа для нового пользователя…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>This person adds the other users and manages the vault. Caseworkers, fund managers and others are added once the vault exists.</source>
        <translation>Этот человек добавляет других пользователей и управляет хранилищем. Кураторов дел, распорядителей фонда и других пользователей можно будет добавить после создания хранилища.</translation>
    </message>
    <message>
        <source>User name of the administrator</source>
        <translation>Имя пользователя администратора</translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation>например: maria.lopez</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>Полное имя администратора</translation>
    </message>
    <message>
        <source>for example: María López</source>
        <translation>например: Мария Лопес</translation>
    </message>
    <message>
        <source>Typed at every login: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Вводится при каждом входе: строчные латинские буквы a–z, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;.</translation>
    </message>
    <message>
        <source>What others see in the vault&apos;s records.</source>
        <translation>Это имя видят другие пользователи в записях хранилища.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>По&amp;лное имя:</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AmountFields</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Exchange &amp;rate:</source>
        <translation>&amp;Обменный курс:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Например, %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>The ISO code of the currency, for example EUR, USD or MXN.</source>
        <translation>Код валюты ISO, например EUR, USD или MXN.</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Обменный курс</translation>
    </message>
    <message>
        <source>What the exchange rate means</source>
        <translation>Что означает обменный курс</translation>
    </message>
    <message>
        <source>Value in the fund&apos;s currency</source>
        <translation>Сумма в валюте фонда</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>The exchange rate</source>
        <translation>Обменный курс</translation>
    </message>
    <message>
        <source>How many %1 one %2 buys on the day, as the bank quotes it: for %2 1 = %1 20.1234, type 20.1234.</source>
        <extracomment>%1 is the currency paid (MXN), %2 the fund&apos;s currency (EUR).</extracomment>
        <translation>Сколько %1 дают за 1 %2 на этот день по котировке банка: если %2 1 = %1 20.1234, введите 20.1234.</translation>
    </message>
    <message>
        <source>%1 is worth %2.</source>
        <extracomment>%1 the amount typed (8,000.00 MXN), %2 its value in the fund&apos;s currency (400.00 EUR).</extracomment>
        <translation>%1 соответствует %2.</translation>
    </message>
    <message>
        <source>Type the amount, the currency and the rate to see the value in %1.</source>
        <translation>Введите сумму, валюту и курс, чтобы увидеть сумму в %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AnonymiseDialog</name>
    <message>
        <source>Anonymise %1</source>
        <translation>Обезличивание данных лица %1</translation>
    </message>
    <message>
        <source>Anonymising removes %1&apos;s name, date of birth, contact details, address, notes and attached documents for good. The pseudonym, the cases and the payments stay, so that the records remain whole.</source>
        <translation>При обезличивании безвозвратно удаляются имя, дата рождения, контактные данные, адрес, примечания и прикреплённые документы лица %1. Псевдоним, дела и выплаты сохраняются, чтобы записи оставались полными.</translation>
    </message>
    <message>
        <source>&amp;Why is this person anonymised?</source>
        <translation>&amp;Почему данные этого лица обезличиваются?</translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation>Причина обезличивания</translation>
    </message>
    <message>
        <source>e.g. the person asked for their data to be erased</source>
        <translation>например, лицо попросило удалить его данные</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone.</source>
        <translation>Я &amp;понимаю, что это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Confirm anonymising</source>
        <translation>Подтверждение обезличивания</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Обезличить</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AppController</name>
    <message>
        <source>The vault was locked at %1. Enter your passphrase to continue.</source>
        <translation>Хранилище было заблокировано в %1. Чтобы продолжить, введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ApprovalQueue</name>
    <message>
        <source>Requests awaiting approval</source>
        <translation>Запросы, ожидающие утверждения</translation>
    </message>
    <message>
        <source>Number of requests awaiting approval</source>
        <translation>Число запросов, ожидающих утверждения</translation>
    </message>
    <message>
        <source>Context of the request</source>
        <translation>Сведения о запросе</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>Case of the request</source>
        <translation>Дело, к которому относится запрос</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>Статус дела:</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>Страна дела</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Programme of the case</source>
        <translation>Программа дела</translation>
    </message>
    <message>
        <source>Asked against available:</source>
        <translation>Запрошено / доступно:</translation>
    </message>
    <message>
        <source>Amount asked against the fund&apos;s available amount</source>
        <translation>Запрошенная сумма в сравнении с доступным остатком фонда</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting approval</source>
        <translation>
            <numerusform>%n запрос ожидает утверждения</numerusform>
            <numerusform>%n запроса ожидают утверждения</numerusform>
            <numerusform>%n запросов ожидают утверждения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A case&apos;s reference and title, e.g. &quot;AMP-2026-0042 · Arbitrary detention&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>%1 (restricted to its assignees: only what the request says is shown)</source>
        <translation>%1 (доступ ограничен назначенными сотрудниками: показаны только сведения из запроса)</translation>
    </message>
    <message>
        <source>%1 asked; the fund has %2 available</source>
        <extracomment>The amount of a request against what its fund has, e.g. &quot;1,500.00 EUR asked; the fund has 18,800.00 EUR available&quot;.</extracomment>
        <translation>Запрошено %1; в фонде доступно %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceDialog</name>
    <message>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>Новая запись о помощи</translation>
    </message>
    <message>
        <source>Edit assistance</source>
        <translation>Изменение записи о помощи</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Никто конкретно</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>Поставщик услуг пока не выбран</translation>
    </message>
    <message>
        <source>Provider organisation</source>
        <translation>Организация — поставщик услуг</translation>
    </message>
    <message>
        <source>What is done, e.g. lawyer&apos;s fees for the appeal</source>
        <translation>Что делается, например: оплата услуг адвоката по апелляции</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Поставщик &amp;услуг:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>Дата &amp;запроса:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Дата &amp;начала:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>Дата заверш&amp;ения:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Save the assistance</source>
        <translation>Сохранить запись о помощи</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceTab</name>
    <message>
        <source>Move the %1 assistance from %2 to %3?</source>
        <extracomment>%1 is the type of assistance, %2 and %3 its current and new status.</extracomment>
        <translation>Перевести помощь «%1» из статуса «%2» в статус «%3»?</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Отметить как «%1»</translation>
    </message>
    <message>
        <source>&amp;Add assistance…</source>
        <translation>&amp;Добавить помощь…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Assistance lines</source>
        <translation>Записи о помощи</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Use Add assistance… to record legal, medical, psychosocial, relocation or social help for a person of this case.</source>
        <translation>Помощь пока не зарегистрирована. Нажмите «Добавить помощь…», чтобы зарегистрировать юридическую, медицинскую, психосоциальную или социальную помощь либо переселение для лица, связанного с этим делом.</translation>
    </message>
    <message>
        <source>Description of the selected assistance</source>
        <translation>Описание выбранной помощи</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>Добавить помощь</translation>
    </message>
    <message>
        <source>Edit the selected assistance</source>
        <translation>Изменить выбранную запись о помощи</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person of the case and their roles in it, e.g. &quot;Rosa M. (Victim)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A person no longer in this case</source>
        <translation>Лицо, больше не связанное с этим делом</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Описание: %1</translation>
    </message>
    <message>
        <source>Mark as %1…</source>
        <extracomment>A button that moves an assistance line to another status, e.g. &quot;Mark as Approved…&quot;.</extracomment>
        <translation>Отметить как «%1»…</translation>
    </message>
    <message>
        <source>Mark the assistance as %1</source>
        <translation>Отметить помощь как «%1»</translation>
    </message>
    <message>
        <source>Request a g&amp;rant…</source>
        <translation>Запросить &amp;грант…</translation>
    </message>
    <message>
        <source>Request a grant for the selected assistance</source>
        <translation>Запросить грант на выбранную помощь</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>Number of audit entries</source>
        <translation>Число записей журнала аудита</translation>
    </message>
    <message>
        <source>Show more audit entries</source>
        <translation>Показать больше записей журнала аудита</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Фильтр по пользователю</translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation>Фильтр по типу записи</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Фильтр по действию</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Фильтр с указанной даты</translation>
    </message>
    <message>
        <source>Filter until a date</source>
        <translation>Фильтр по указанную дату</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Поиск в журнале аудита</translation>
    </message>
    <message>
        <source>Search acts, record numbers, users and changed values</source>
        <translation>Поиск по действиям, номерам записей, пользователям и изменённым значениям</translation>
    </message>
    <message>
        <source>Entries of this day are included.</source>
        <translation>Записи за этот день включаются.</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>Every record type</source>
        <translation>Все типы записей</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear the filters to see the whole trail.</source>
        <translation>Ни одна запись не соответствует этим фильтрам. Сбросьте фильтры, чтобы увидеть весь журнал.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries are shown.</source>
        <translation>
            <numerusform>Показаны последние записи: %1 из %n.</numerusform>
            <numerusform>Показаны последние записи: %1 из %n.</numerusform>
            <numerusform>Показаны последние записи: %1 из %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n запись, сначала новые.</numerusform>
            <numerusform>%n записи, сначала новые.</numerusform>
            <numerusform>%n записей, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message>
        <source>Verify the audit &amp;trail</source>
        <translation>Проверить &amp;журнал аудита</translation>
    </message>
    <message>
        <source>Every change in the vault is recorded in a chain where each entry seals the one before. Verifying recomputes the chain and finds any entry altered or removed.</source>
        <translation>Каждое изменение в хранилище записывается в цепочку, в которой каждая запись заверяет предыдущую. При проверке цепочка вычисляется заново, и выявляются любые изменённые или удалённые записи.</translation>
    </message>
    <message>
        <source>Result of the audit trail verification</source>
        <translation>Результат проверки журнала аудита</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation>
            <numerusform>Целостность подтверждена: проверена %n запись, изменений не обнаружено (в %1).</numerusform>
            <numerusform>Целостность подтверждена: проверены %n записи, изменений не обнаружено (в %1).</numerusform>
            <numerusform>Целостность подтверждена: проверено %n записей, изменений не обнаружено (в %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been altered or damaged (checked at %1): %2</source>
        <translation>Журнал аудита был изменён или повреждён (проверка в %1): %2</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Проверить журнал аудита</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BackgroundTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BusyIndicator</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseEditor</name>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Сводка в &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отм&amp;енить изменения</translation>
    </message>
    <message>
        <source>← &amp;Cases</source>
        <translation>← Дел&amp;а</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Вернуться к списку дел</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Вернуться к списку дел (Alt+Left)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>Изменить с&amp;татус</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation>Сводка в PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Preview and save this case&apos;s summary, redacted for its readers.</source>
        <translation>Просмотреть и сохранить сводку по этому делу, из которой удалены сведения, не предназначенные для её получателей.</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+S)</source>
        <translation>Сохранить общие сведения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Общие сведения</translation>
    </message>
    <message>
        <source>You can read this case. Changing it needs the caseworker role.</source>
        <translation>Вы можете просматривать это дело. Чтобы изменять его, нужна роль куратора дела.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>В этом деле есть ещё не сохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Сохранить их перед выходом?</translation>
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
        <translation>По этому делу пока ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>История дела</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseListModel</name>
    <message>
        <source>Restricted: only the people assigned to this case can see it.</source>
        <translation>Ограниченный доступ: это дело видят только назначенные на него сотрудники.</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Дело с ограниченным доступом</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <extracomment>The reference of a case that only its assigned people can see.</extracomment>
        <translation>%1 (ограниченный доступ)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasePeopleTab</name>
    <message>
        <source>Nobody is linked to this case yet. Add the victim first with “Add a person…”.</source>
        <translation>С этим делом пока не связано ни одно лицо. Сначала добавьте жертву с помощью кнопки «Добавить лицо…».</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>&amp;Исключить из дела…</translation>
    </message>
    <message>
        <source>People of the case</source>
        <translation>Лица, связанные с делом</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Тип предполагаемого виновного</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Добавить лицо…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the People section.</source>
        <translation>Исключить лицо %1 из этого дела? Запись о нём сохранится в разделе «Лица».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Case summary (PDF)</source>
        <translation>Сводка по делу (PDF)</translation>
    </message>
    <message>
        <source>e.g. AMP-2026-0042</source>
        <translation>например, AMP-2026-0042</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Internal — everything</source>
        <translation>Внутренняя — всё</translation>
    </message>
    <message>
        <source>Partner — pseudonyms, no contact details</source>
        <translation>Для партнёров — псевдонимы, без контактных данных</translation>
    </message>
    <message>
        <source>Public — only what consent allows</source>
        <translation>Для публикации — только то, на что есть согласие</translation>
    </message>
    <message>
        <source>Redaction level</source>
        <translation>Уровень сокрытия сведений</translation>
    </message>
    <message>
        <source>What the summary leaves out is said in the document itself.</source>
        <translation>Что не вошло в сводку, указано в самом документе.</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>Просмотреть сводку</translation>
    </message>
    <message>
        <source>Save the previewed summary as a PDF file</source>
        <translation>Сохранить просмотренную сводку в файл PDF</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Предварительный просмотр сводки</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>Re&amp;daction:</source>
        <translation>&amp;Уровень сокрытия:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Формирование сводки…</translation>
    </message>
    <message>
        <source>The vault is busy with other work. Try again when it is done.</source>
        <translation>Хранилище занято другой задачей. Повторите попытку, когда она завершится.</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Сохранить сводку по делу</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved to %1: %2</source>
        <translation>Не удалось сохранить сводку в %1: %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryForm</name>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Дата поступления информации</translation>
    </message>
    <message>
        <source>Only the people assigned to this case may see it</source>
        <translation>Это дело видят только назначенные на него сотрудники</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Изложение обстоятельств</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Оценка рисков</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Что произошло, в нескольких словах</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Town, region or facility</source>
        <translation>Населённый пункт, регион или учреждение</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Направившая организация</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>The case&apos;s number in another system, if any</source>
        <translation>Номер дела в другой системе, если есть</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Дело с ограниченным доступом</translation>
    </message>
    <message>
        <source>The account of what happened, as told and as documented.</source>
        <translation>Изложение того, что произошло, — со слов пострадавших и по документам.</translation>
    </message>
    <message>
        <source>Threats, their sources and the measures taken.</source>
        <translation>Угрозы, их источники и принятые меры.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Про&amp;грамма:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <extracomment>The date of the incident (torture, detention …) the case is about.</extracomment>
        <translation>Дата ин&amp;цидента:</translation>
    </message>
    <message>
        <source>R&amp;eported:</source>
        <translation>Дата поступления ин&amp;формации:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <extracomment>The date the case was opened.</extracomment>
        <translation>Дата откр&amp;ытия:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Направившая организаци&amp;я:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Внешни&amp;й идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>Изло&amp;жение обстоятельств:</translation>
    </message>
    <message>
        <source>Ris&amp;k assessment:</source>
        <translation>Оцен&amp;ка рисков:</translation>
    </message>
    <message>
        <source>(nobody: the organisation&apos;s own case)</source>
        <translation>(нет: собственное дело организации)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseTabs</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Лица</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>Нару&amp;шения</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>Обра&amp;щения</translation>
    </message>
    <message>
        <source>A&amp;ssistance</source>
        <translation>&amp;Помощь</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Гранты</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesPage</name>
    <message>
        <source>&amp;Restricted only</source>
        <translation>Только с &amp;ограниченным доступом</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Search by name, reference, place or words of the story</source>
        <translation>Поиск по имени, номеру, месту или словам из описания</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation>Фильтр по программе</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Фильтр по приоритету</translation>
    </message>
    <message>
        <source>Only the cases that only their assigned people can see.</source>
        <translation>Только дела, которые видят лишь назначенные на них сотрудники.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match</source>
        <translation>
            <numerusform>Найдено %n дело</numerusform>
            <numerusform>Найдено %n дела</numerusform>
            <numerusform>Найдено %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches this search and these filters. Try other words, or clear the filters to see every case you may see.</source>
        <translation>Ни одно дело не соответствует этому поиску и фильтрам. Попробуйте другие слова или сбросьте фильтры, чтобы увидеть все доступные вам дела.</translation>
    </message>
    <message>
        <source>There are no cases yet, or none you are assigned to. Caseworkers open cases; existing ones can be imported from a spreadsheet with amparo-cli import.</source>
        <translation>Дел пока нет, или ни одно из них не назначено вам. Дела открывают кураторы дел; существующие дела можно импортировать из электронной таблицы командой amparo-cli import.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Фильтр по куратору</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Любой куратор</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Открыть новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Куратор: %1</translation>
    </message>
    <message>
        <source>Assistance filter</source>
        <translation>Фильтр по виду помощи</translation>
    </message>
    <message>
        <source>Any assistance</source>
        <extracomment>Filter of the case list: cases receiving any kind of assistance or none.</extracomment>
        <translation>Любая помощь</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesSection</name>
    <message>
        <source>&amp;Open them</source>
        <extracomment>Opens the changes kept when the vault locked.</extracomment>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Discard the kept changes? They cannot be recovered afterwards.</source>
        <translation>Удалить сохранённые изменения? Восстановить их после этого будет невозможно.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>You were writing a new case when the vault locked (%1). Your work was kept.</source>
        <translation>Когда хранилище было заблокировано (%1), вы работали над новым делом. Ваша работа сохранена в черновике.</translation>
    </message>
    <message>
        <source>Changes to case %1 were not saved when the vault locked (%2). They were kept.</source>
        <translation>Изменения в деле %1 не были сохранены, когда хранилище было заблокировано (%2). Они сохранены в черновике.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ChangePassphraseDialog</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Your new passphrase takes effect the next time you open the vault. Other users are not affected.</source>
        <translation>Новая парольная фраза начнёт действовать при следующем открытии хранилища. Это не затрагивает других пользователей.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>Checking the current passphrase and deriving the new key…</source>
        <translation>Проверка текущей парольной фразы и формирование нового ключа…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ConsentPanel</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Зарегистрировать согласие…</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Решения о согласии</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем зарегистрировано</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Зарегистрировать согласие</translation>
    </message>
    <message>
        <source>Save the person first; then record what they agreed to.</source>
        <translation>Сначала сохраните данные лица, затем зарегистрируйте, на что оно дало согласие.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who recorded a consent decision, and when.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No consent is recorded for %1. Without a recorded decision, exports treat every use as not allowed.</source>
        <translation>Для лица %1 не зарегистрировано ни одного решения о согласии. Если решение не зарегистрировано, при экспорте любое использование данных считается неразрешённым.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionDialog</name>
    <message>
        <source>Record a contribution</source>
        <translation>Регистрация взноса</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A fund: %1 its code, %2 its name, %3 its currency.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No donor named</source>
        <translation>Донор не указан</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Optional: the donor&apos;s or the bank&apos;s reference</source>
        <translation>Необязательно: номер документа донора или банка</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Фонд:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Донор:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Дата &amp;поступления:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Record the &amp;contribution</source>
        <translation>&amp;Зарегистрировать взнос</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionTableModel</name>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>Сторнировано</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>Сумма в валюте фонда</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CountryBox</name>
    <message>
        <source>(choose a country)</source>
        <translation>(выберите страну)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>This takes a few seconds: the passphrase is turned into a key, and the new, encrypted vault is written.</source>
        <translation>Это займёт несколько секунд: из парольной фразы формируется ключ и записывается новое зашифрованное хранилище.</translation>
    </message>
    <message>
        <source>Deriving the key and creating the vault…</source>
        <translation>Формирование ключа и создание хранилища…</translation>
    </message>
    <message>
        <source>Go back to change the folder or the settings, then try again.</source>
        <translation>Вернитесь назад, чтобы изменить папку или настройки, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault — Amparo</source>
        <translation>Создание нового хранилища — Amparo</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводная панель</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Заново загрузить показатели (F5)</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Дела по статусам</translation>
    </message>
    <message>
        <source>Cases in the top countries</source>
        <translation>Дела в странах с наибольшим числом дел</translation>
    </message>
    <message>
        <source>Cases by programme</source>
        <translation>Дела по программам</translation>
    </message>
    <message>
        <source>Assistance by type</source>
        <translation>Помощь по видам</translation>
    </message>
    <message>
        <source>Net disbursements per month and fund, last 12 months</source>
        <translation>Чистые выплаты по месяцам и фондам за последние 12 месяцев</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>Помощь пока не зарегистрирована.</translation>
    </message>
    <message>
        <source>Nothing was disbursed in the last 12 months.</source>
        <translation>За последние 12 месяцев выплат не было.</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Ожидают утверждения</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Overdue receipts</source>
        <translation>Просроченные подтверждающие документы</translation>
    </message>
    <message>
        <source>Open the grant requests awaiting a decision</source>
        <translation>Открыть запросы на гранты, ожидающие решения</translation>
    </message>
    <message>
        <source>Open the overdue tasks</source>
        <translation>Открыть просроченные задачи</translation>
    </message>
    <message>
        <source>Open the payments whose receipts are overdue</source>
        <translation>Открыть выплаты с просроченными подтверждающими документами</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a dashboard chart: what it counts, then how many.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other countries: %1</source>
        <extracomment>The cases of every country but the top ones, in the dashboard.</extracomment>
        <translation>Другие страны: %1</translation>
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
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <extracomment>An exchange rate: %1 the fund&apos;s currency, %2 the currency paid, %3 the rate.</extracomment>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>Сторнировано</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>Сумма в валюте фонда</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementsPanel</name>
    <message>
        <source>Payments and refunds</source>
        <translation>Выплаты и возвраты</translation>
    </message>
    <message>
        <source>Grant payments summary</source>
        <translation>Сводка выплат по гранту</translation>
    </message>
    <message>
        <source>Re&amp;ceipts of the selected payment:</source>
        <translation>Подтверждающие &amp;документы выбранной выплаты:</translation>
    </message>
    <message>
        <source>Receipts of the selected payment</source>
        <translation>Подтверждающие документы выбранной выплаты</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Зарегистрировать в&amp;ыплату…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Зарегистрировать выплату</translation>
    </message>
    <message>
        <source>Record a re&amp;fund…</source>
        <translation>Зарегистрировать &amp;возврат…</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Зарегистрировать возврат</translation>
    </message>
    <message>
        <source>&amp;Attach a receipt…</source>
        <translation>&amp;Прикрепить подтверждающий документ…</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Прикрепить подтверждающий документ</translation>
    </message>
    <message>
        <source>Store a scan or photo of the receipt with the selected payment.</source>
        <translation>Сохранить скан или фотографию подтверждающего документа вместе с выбранной выплатой.</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>&amp;Сторнировать…</translation>
    </message>
    <message>
        <source>Reverse the payment</source>
        <translation>Сторнировать выплату</translation>
    </message>
    <message>
        <source>Cancel the selected payment or refund in the ledger with a reversing entry.</source>
        <translation>Отменить выбранную выплату или возврат в главной книге сторнирующей записью.</translation>
    </message>
    <message>
        <source>&amp;No more payments</source>
        <translation>&amp;Завершить выплаты</translation>
    </message>
    <message>
        <source>No more payments</source>
        <translation>Завершить выплаты</translation>
    </message>
    <message>
        <source>The grant is fully paid: what was approved and not paid returns to the fund.</source>
        <translation>Выплаты по гранту завершены: утверждённая, но не выплаченная сумма возвращается в фонд.</translation>
    </message>
    <message>
        <source>Mark &amp;justified</source>
        <translation>Отметить как &amp;отчитанный</translation>
    </message>
    <message>
        <source>Mark justified</source>
        <translation>Отметить как отчитанный</translation>
    </message>
    <message>
        <source>Every payment has its receipt: the grant is justified.</source>
        <translation>По каждой выплате есть подтверждающий документ: грант отчитан.</translation>
    </message>
    <message>
        <source>No grant is selected.</source>
        <translation>Грант не выбран.</translation>
    </message>
    <message>
        <source>Grant %1 (%2): approved %3; paid %4; refunded %5; still committed %6.</source>
        <extracomment>%1 grant reference, %2 its status, %3 approved, %4 paid, %5 refunded, %6 still committed.</extracomment>
        <translation>Грант %1 (%2): утверждено %3; выплачено %4; возвращено %5; остаток обязательств %6.</translation>
    </message>
    <message>
        <source>Attach a receipt to the payment</source>
        <translation>Прикрепление подтверждающего документа к выплате</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Сторнирование выплаты</translation>
    </message>
    <message>
        <source>The %1 of %2 on %3 stays in the ledger and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 payment or refund, %2 its amount, %3 its date.</extracomment>
        <translation>Запись о сумме %2 (%1 от %3) остаётся в главной книге, а сторнирующая запись её отменяет. Укажите причину для аудиторов.</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>выплата</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Причина сторнирования</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Дата сторнирования</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Сторнировать</translation>
    </message>
    <message>
        <source>Grant %1 will be paid no further: the %2 still committed returns to the fund.</source>
        <extracomment>%1 grant reference, %2 an amount.</extracomment>
        <translation>Выплаты по гранту %1 больше производиться не будут: остаток обязательств (%2) возвращается в фонд.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Every payment of grant %1 has its receipt: the grant is justified.</source>
        <translation>По каждой выплате гранта %1 есть подтверждающий документ: грант отчитан.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentViewer</name>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>&amp;Экспортировать копию…</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>Просмотр документа</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Невозможно отобразить</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>Экспортировать копию документа</translation>
    </message>
    <message>
        <source>Problem with the document</source>
        <translation>Проблема с документом</translation>
    </message>
    <message>
        <source>%1 cannot be shown inside Amparo. Export a copy to open it with another program.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Файл %1 невозможно отобразить в Amparo. Экспортируйте копию, чтобы открыть её в другой программе.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentsTab</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Добавить файлы в дело</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>Экспорт копии документа</translation>
    </message>
    <message>
        <source>The copy written to %1 will not be encrypted: anyone who can open that folder can read it. Delete it when you no longer need it.</source>
        <translation>Копия, записанная в %1, не будет зашифрована: её сможет прочитать любой, у кого есть доступ к этой папке. Удалите копию, когда она больше не понадобится.</translation>
    </message>
    <message>
        <source>Write the copy</source>
        <translation>Записать копию</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>Не удалось записать копию в %1: %2</translation>
    </message>
    <message>
        <source>Remove %1 from the case? The file is deleted from the vault; the case history keeps a record that it was removed.</source>
        <translation>Удалить %1 из дела? Файл будет удалён из хранилища; в истории дела сохранится запись о его удалении.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Текст OpenDocument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>&amp;Экспортировать копию…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Документы дела</translation>
    </message>
    <message>
        <source>No documents yet. Drop files here or use Add files…</source>
        <translation>Документов пока нет. Перетащите файлы сюда или нажмите «Добавить файлы…».</translation>
    </message>
    <message>
        <source>Drop the files to add them to this case. They are kept encrypted in the vault.</source>
        <translation>Отпустите файлы, чтобы добавить их в это дело. Они хранятся в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Drop hint</source>
        <translation>Подсказка о перетаскивании</translation>
    </message>
    <message>
        <source>Export a copy of the selected document</source>
        <translation>Экспортировать копию выбранного документа</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Удалить выбранный документ</translation>
    </message>
    <message>
        <source>Documents you add are shown here, inside Amparo.</source>
        <translation>Добавленные документы отображаются здесь, внутри Amparo.</translation>
    </message>
    <message>
        <source>Select a document to view it here.</source>
        <translation>Выберите документ, чтобы просмотреть его здесь.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person who may be the same one, and why: &quot;P-2026-00012 (same telephone number)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</source>
        <translation>
            <numerusform>Возможно, это лицо уже зарегистрировано: %1. Проверьте перед сохранением — если это другой человек, сохранить всё равно можно.</numerusform>
            <numerusform>Возможно, это лицо уже зарегистрировано (возможные совпадения: %1). Проверьте перед сохранением — если это другой человек, сохранить всё равно можно.</numerusform>
            <numerusform>Возможно, это лицо уже зарегистрировано (возможные совпадения: %1). Проверьте перед сохранением — если это другой человек, сохранить всё равно можно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1. It may be the same person as %2: compare the two records.</source>
        <translation>
            <numerusform>Сохранено под псевдонимом %1. Возможно, это то же лицо, что и %2: сравните обе записи.</numerusform>
            <numerusform>Сохранено под псевдонимом %1. Возможно, это то же лицо, что и одно из следующих: %2; сравните записи.</numerusform>
            <numerusform>Сохранено под псевдонимом %1. Возможно, это то же лицо, что и одно из следующих: %2; сравните записи.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::ErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundPositionModel</name>
    <message>
        <source>%1 paid this year; no annual budget</source>
        <extracomment>%1 is what the fund paid this year.</extracomment>
        <translation>В этом году выплачено %1; годовой бюджет не задан</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <extracomment>%1 paid this year, %2 the annual budget, %3 the percentage used.</extracomment>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund: %1 its code, %2 its name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Годовой бюджет</translation>
    </message>
    <message>
        <source>Budget use this year</source>
        <translation>Использование бюджета в этом году</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsLedgerSection</name>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>Фонды и главная книга</translation>
    </message>
    <message>
        <source>Funds and ledger views</source>
        <translation>Разделы фондов и главной книги</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsPage</name>
    <message>
        <source>Funds</source>
        <translation>Фонды</translation>
    </message>
    <message>
        <source>Where the funds stand</source>
        <translation>Состояние фондов</translation>
    </message>
    <message>
        <source>&amp;At the end of:</source>
        <translation>&amp;На конец дня:</translation>
    </message>
    <message>
        <source>Date of the positions</source>
        <translation>Дата, на которую показано состояние</translation>
    </message>
    <message>
        <source>Fund positions</source>
        <translation>Состояние фондов</translation>
    </message>
    <message>
        <source>Donor &amp;contributions to the selected fund:</source>
        <translation>&amp;Взносы доноров в выбранный фонд:</translation>
    </message>
    <message>
        <source>Donor contributions</source>
        <translation>Взносы доноров</translation>
    </message>
    <message>
        <source>Locked period</source>
        <translation>Закрытый период</translation>
    </message>
    <message>
        <source>Record a c&amp;ontribution…</source>
        <translation>&amp;Зарегистрировать взнос…</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Зарегистрировать взнос</translation>
    </message>
    <message>
        <source>&amp;Lock the period…</source>
        <translation>Закрыть &amp;период…</translation>
    </message>
    <message>
        <source>Lock the period</source>
        <translation>Закрыть период</translation>
    </message>
    <message>
        <source>Close the books up to a date: nothing can be posted on or before it afterwards.</source>
        <translation>Закрыть учётный период по указанную дату: после этого проводить операции этой датой или более ранней будет нельзя.</translation>
    </message>
    <message>
        <source>Locked through %1: nothing can be posted on or before that day.</source>
        <translation>Период закрыт по %1 включительно: проводить операции этой датой или более ранней нельзя.</translation>
    </message>
    <message>
        <source>No period is locked.</source>
        <translation>Закрытых периодов нет.</translation>
    </message>
    <message>
        <source>The ledger is locked through %1.</source>
        <translation>Главная книга закрыта по %1 включительно.</translation>
    </message>
    <message>
        <source>No period is locked yet.</source>
        <translation>Закрытых периодов пока нет.</translation>
    </message>
    <message>
        <source>%1 Once a period is locked, nothing can be posted on or before its last day, not even a correction; a lock only moves forward.</source>
        <extracomment>%1 says what is locked now.</extracomment>
        <translation>%1 После закрытия периода проводить операции его последним днём или более ранней датой нельзя — даже исправления; дату закрытия можно только перенести вперёд.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Reason for the lock</source>
        <translation>Причина закрытия периода</translation>
    </message>
    <message>
        <source>Locked &amp;through:</source>
        <translation>&amp;Последний день периода:</translation>
    </message>
    <message>
        <source>Last day of the locked period</source>
        <translation>Последний день закрываемого периода</translation>
    </message>
    <message>
        <source>&amp;Lock the period</source>
        <translation>&amp;Закрыть период</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDecisionDialog</name>
    <message>
        <source>&amp;Comment (kept in the grant&apos;s history):</source>
        <translation>&amp;Комментарий (сохраняется в истории гранта):</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>Утверждение гранта</translation>
    </message>
    <message>
        <source>Approve grant %1 (%2 requested)? You may approve a lower amount.</source>
        <translation>Утвердить грант %1 (запрошено %2)? Можно утвердить меньшую сумму.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>Отклонение гранта</translation>
    </message>
    <message>
        <source>Reject grant %1? The requester sees your reason.</source>
        <translation>Отклонить грант %1? Автор запроса увидит указанную вами причину.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection (required):</source>
        <translation>&amp;Причина отклонения (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>Возврат запроса на доработку</translation>
    </message>
    <message>
        <source>Return grant %1 to its requester, who can change it and submit it again?</source>
        <translation>Вернуть грант %1 автору запроса, чтобы он мог внести изменения и подать запрос повторно?</translation>
    </message>
    <message>
        <source>&amp;What needs to change (required):</source>
        <translation>&amp;Что нужно доработать (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>Отмена гранта</translation>
    </message>
    <message>
        <source>Cancel grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>Отменить грант %1? Все оставшиеся по нему обязательства возвращаются в фонд.</translation>
    </message>
    <message>
        <source>&amp;Reason for the cancellation (required):</source>
        <translation>&amp;Причина отмены (обязательно):</translation>
    </message>
    <message>
        <source>Cancel the &amp;grant</source>
        <translation>Отменить &amp;грант</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Закрытие гранта</translation>
    </message>
    <message>
        <source>Close grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>Закрыть грант %1? Все оставшиеся по нему обязательства возвращаются в фонд.</translation>
    </message>
    <message>
        <source>C&amp;lose the grant</source>
        <translation>&amp;Закрыть грант</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>Разрешение превышения обязательств</translation>
    </message>
    <message>
        <source>Allow the approval of grant %1 (%2 requested) to commit more than its fund has available? Your reason goes into the audit trail.</source>
        <translation>Разрешить при утверждении гранта %1 (запрошено %2) принять обязательства сверх доступного остатка фонда? Указанная вами причина будет записана в журнал аудита.</translation>
    </message>
    <message>
        <source>&amp;Reason for the over-commitment (required):</source>
        <translation>&amp;Причина превышения обязательств (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>A&amp;mount approved (%1):</source>
        <translation>Утверждённая &amp;сумма (%1):</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>Утверждённая сумма</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Ошибка при принятии решения</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>Ничего не &amp;делать</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Закрыть, не принимая решения</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Утверждённая сумма</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDetail</name>
    <message>
        <source>Select a grant to see its request, approvals and history.</source>
        <translation>Выберите грант, чтобы увидеть запрос, утверждения и историю.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Problem with the grant</source>
        <translation>Ошибка в гранте</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Изменить запрос</translation>
    </message>
    <message>
        <source>Change the draft or the returned request before submitting it.</source>
        <translation>Изменить черновик или возвращённый запрос перед подачей.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Подать</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Подать запрос</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>Утвердить грант</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>Отклонить грант</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>Вернуть запрос на доработку</translation>
    </message>
    <message>
        <source>&amp;Cancel the grant…</source>
        <translation>Отменить &amp;грант…</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>Отменить грант</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Закрыть грант</translation>
    </message>
    <message>
        <source>Authorise &amp;over-commitment…</source>
        <translation>Разрешить превышение о&amp;бязательств…</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>Разрешить превышение обязательств</translation>
    </message>
    <message>
        <source>Why you may not approve</source>
        <translation>Почему вы не можете утвердить грант</translation>
    </message>
    <message>
        <source>Parts of the grant</source>
        <translation>Разделы гранта</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Зап&amp;рос</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Утвер&amp;ждения</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Фонд:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>Assistance line:</source>
        <translation>Запись о помощи:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Обоснование:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <extracomment>The amount asked for in a grant request.</extracomment>
        <translation>Запрошено:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Утверждено:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Выплачено:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Возвращено:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <extracomment>What is still committed to the grant and not yet paid.</extracomment>
        <translation>Остаток обязательств:</translation>
    </message>
    <message>
        <source>Over-commitment:</source>
        <translation>Превышение обязательств:</translation>
    </message>
    <message>
        <source>Budget lines:</source>
        <translation>Статьи бюджета:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кем утверждено</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Approvals so far</source>
        <translation>Полученные утверждения</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из статуса</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В статус</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>History of the grant</source>
        <translation>История гранта</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A grant&apos;s reference and its status, e.g. &quot;GR-2026-00042 — Submitted&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not shown: the case is restricted to its assignees.</source>
        <translation>Не показано: доступ к делу ограничен назначенными сотрудниками.</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (организация)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>Нет: грант предназначен для дела в целом</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>Authorised by an administrator: %1</source>
        <translation>Разрешено администратором: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No approval yet. Above %1 this grant needs two fund managers.</source>
        <translation>Утверждений пока нет. При сумме выше %1 этот грант должны утвердить два распорядителя фонда.</translation>
    </message>
    <message>
        <source>No approval yet.</source>
        <translation>Утверждений пока нет.</translation>
    </message>
    <message>
        <source>Approved first by %1; a second fund manager must approve it as well.</source>
        <translation>Первое утверждение: %1; грант должен утвердить также второй распорядитель фонда.</translation>
    </message>
    <message>
        <source>Approved first by %1, then by %2.</source>
        <translation>Первое утверждение: %1, второе: %2.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Утверждено: %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantListModel</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column of the amounts asked for in grant requests.</extracomment>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кем запрошен</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantRequestDialog</name>
    <message>
        <source>Request a grant</source>
        <translation>Запрос на грант</translation>
    </message>
    <message>
        <source>Edit the grant request</source>
        <translation>Изменение запроса на грант</translation>
    </message>
    <message>
        <source>Ask a fund to pay for assistance in this case. A fund manager other than you decides; until you submit it, a draft can still be changed.</source>
        <translation>Попросите фонд оплатить помощь по этому делу. Решение примет распорядитель фонда (не вы); пока запрос не подан, черновик можно изменять.</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Фонд:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>&amp;Assistance line:</source>
        <translation>&amp;Запись о помощи:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Only active funds can be asked.</source>
        <translation>Запрашивать можно только у действующих фондов.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund in a list: its code and its name, e.g. &quot;UAF — Urgent Assistance Fund&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About the fund</source>
        <translation>О фонде</translation>
    </message>
    <message>
        <source>Currency of the request</source>
        <translation>Валюта запроса</translation>
    </message>
    <message>
        <source>Assistance line</source>
        <translation>Запись о помощи</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>Нет: грант предназначен для дела в целом</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An assistance line: its type and the start of its description.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <extracomment>A beneficiary that is an organisation, e.g. &quot;Legal Aid Centre (organisation)&quot;.</extracomment>
        <translation>%1 (организация)</translation>
    </message>
    <message>
        <source>A person of this case, shown by pseudonym, or an organisation paid on their behalf.</source>
        <translation>Лицо, связанное с этим делом (показано под псевдонимом), или организация, получающая оплату от его имени.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>What the money pays for, in a few words</source>
        <translation>На что пойдут деньги, в нескольких словах</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Why this help is needed now and why this amount (quotes, scales, urgency)</source>
        <translation>Почему эта помощь нужна сейчас и почему в такой сумме (сметы, расценки, срочность)</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Статьи бюджета</translation>
    </message>
    <message>
        <source>Add a budget &amp;line</source>
        <translation>Добавить &amp;статью бюджета</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Добавить статью бюджета</translation>
    </message>
    <message>
        <source>Problem with the budget lines</source>
        <translation>Ошибка в статьях бюджета</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Ошибка в запросе</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>По&amp;дать</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>Подать запрос</translation>
    </message>
    <message>
        <source>Send the request to the fund managers for a decision.</source>
        <translation>Отправить запрос распорядителям фонда для принятия решения.</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Сохранить как &amp;черновик</translation>
    </message>
    <message>
        <source>Save the request as a draft</source>
        <translation>Сохранить запрос как черновик</translation>
    </message>
    <message>
        <source>Keep the request to finish later; nobody decides on a draft.</source>
        <translation>Сохранить запрос, чтобы закончить его позже; по черновику решение не принимается.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Description of budget line %1</source>
        <translation>Описание статьи бюджета %1</translation>
    </message>
    <message>
        <source>What this line pays for</source>
        <translation>На что идут средства по этой статье</translation>
    </message>
    <message>
        <source>Amount of budget line %1</source>
        <translation>Сумма статьи бюджета %1</translation>
    </message>
    <message>
        <source>Amount, e.g. 1500.00</source>
        <translation>Сумма, например 1500.00</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove budget line %1</source>
        <translation>Удалить статью бюджета %1</translation>
    </message>
    <message>
        <source>No fund is open for requests. An administrator sets up funds.</source>
        <translation>Нет фондов, принимающих запросы. Фонды создаёт администратор.</translation>
    </message>
    <message>
        <source>The amount available is known to fund managers and finance.</source>
        <translation>Доступный остаток известен распорядителям фонда и финансовым сотрудникам.</translation>
    </message>
    <message>
        <source>Available now: %1.</source>
        <translation>Сейчас доступно: %1.</translation>
    </message>
    <message>
        <source>Kept in %1. %2</source>
        <extracomment>About the chosen fund: its currency, then what it has available.</extracomment>
        <translation>Учёт ведётся в %1. %2</translation>
    </message>
    <message>
        <source>%1 — the fund&apos;s currency. A grant is asked and approved in the currency the fund keeps its accounts in; payments may still be made in another currency at the rate of the day.</source>
        <translation>%1 — валюта фонда. Грант запрашивается и утверждается в валюте, в которой фонд ведёт учёт; выплаты при этом можно производить и в другой валюте по курсу на день выплаты.</translation>
    </message>
    <message>
        <source>The amount of budget line %1</source>
        <translation>Сумма статьи бюджета %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Итого: —</translation>
    </message>
    <message>
        <source>Total requested</source>
        <translation>Итого запрошено</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsSection</name>
    <message>
        <source>Payments</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <source>&amp;Approval queue</source>
        <translation>&amp;Очередь на утверждение</translation>
    </message>
    <message>
        <source>All &amp;grants</source>
        <translation>&amp;Все гранты</translation>
    </message>
    <message>
        <source>Grant views</source>
        <translation>Разделы грантов</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Фонд:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Any fund</source>
        <translation>Любой фонд</translation>
    </message>
    <message>
        <source>&amp;My requests only</source>
        <translation>Только &amp;мои запросы</translation>
    </message>
    <message>
        <source>My requests only</source>
        <translation>Только мои запросы</translation>
    </message>
    <message>
        <source>Number of grants</source>
        <translation>Число грантов</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n грант</numerusform>
            <numerusform>%n гранта</numerusform>
            <numerusform>%n грантов</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipts overdue</source>
        <translation>Просроченные подтверждающие документы</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsTab</name>
    <message>
        <source>Grants of the case</source>
        <translation>Гранты по делу</translation>
    </message>
    <message>
        <source>No grant has been requested for this case. Caseworkers ask a fund to pay for assistance with &quot;Request a grant…&quot;.</source>
        <translation>По этому делу гранты не запрашивались. Кураторы дела запрашивают у фонда оплату помощи кнопкой «Запросить грант…».</translation>
    </message>
    <message>
        <source>&amp;Request a grant…</source>
        <translation>&amp;Запросить грант…</translation>
    </message>
    <message>
        <source>Request a grant</source>
        <translation>Запросить грант</translation>
    </message>
    <message>
        <source>Problem with the grants</source>
        <translation>Ошибка в грантах</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionDialog</name>
    <message>
        <source>Kind of intervention</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>По&amp;лучен</translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Edit the intervention</source>
        <translation>Изменение обращения</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Addressee organisation</source>
        <translation>Организация-адресат</translation>
    </message>
    <message>
        <source>None of the known organisations</source>
        <translation>Нет среди известных организаций</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>As written on the letter; the organisation&apos;s name when left empty</source>
        <translation>Как указано в письме; если не заполнено — название организации</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>The mechanism&apos;s or authority&apos;s reference, e.g. UA PHL 3/2026</source>
        <translation>Номер, присвоенный механизмом или органом власти, например UA PHL 3/2026</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>What the authority or mechanism answered</source>
        <translation>Что ответил орган власти или механизм</translation>
    </message>
    <message>
        <source>What changed for the person: released, charges dropped…</source>
        <translation>Что изменилось для лица: освобождение, снятие обвинений…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>Дата отправ&amp;ки:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Res&amp;ponse text:</source>
        <translation>&amp;Текст ответа:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Add &amp;intervention</source>
        <translation>Добавить о&amp;бращение</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionTableModel</name>
    <message>
        <source>Awaited</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionsTab</name>
    <message>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Добавить обращение…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Добавить обращение</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Изменить обращение</translation>
    </message>
    <message>
        <source>No interventions recorded yet. Record the first urgent appeal, letter or communication with Add intervention…</source>
        <translation>Обращения пока не зарегистрированы. Зарегистрируйте первый призыв к незамедлительным действиям, письмо или сообщение с помощью кнопки «Добавить обращение…».</translation>
    </message>
    <message>
        <source>Add an intervention to the case (Insert)</source>
        <translation>Добавить обращение в дело (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected intervention (F2)</source>
        <translation>Изменить выбранное обращение (F2)</translation>
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
        <translation>Журнал проводок</translation>
    </message>
    <message>
        <source>F&amp;und:</source>
        <translation>&amp;Фонд:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Все фонды</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>С&amp;чёт:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все счета</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>Start the period on a date</source>
        <translation>Задать дату начала периода</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>End the period on a date</source>
        <translation>Задать дату окончания периода</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Грант:</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Номер гранта</translation>
    </message>
    <message>
        <source>Reference, for example GR-2026-00042</source>
        <translation>Номер, например GR-2026-00042</translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Reference of a case with grants</source>
        <translation>Номер дела, по которому есть гранты</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>Show the register</source>
        <translation>Показать реестр</translation>
    </message>
    <message>
        <source>Journal register</source>
        <translation>Реестр проводок</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Число строк</translation>
    </message>
    <message>
        <source>&amp;Reverse the transaction…</source>
        <translation>Сторнировать &amp;операцию…</translation>
    </message>
    <message>
        <source>Reverse the transaction</source>
        <translation>Сторнировать операцию</translation>
    </message>
    <message>
        <source>Cancel the selected transaction with a reversing entry; it stays in the journal.</source>
        <translation>Отменить выбранную операцию сторнирующей записью; сама операция остаётся в журнале.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Экспортировать реестр в CSV</translation>
    </message>
    <message>
        <source>Export hledger &amp;journal…</source>
        <translation>Экспорт &amp;журнала hledger…</translation>
    </message>
    <message>
        <source>Export the hledger journal</source>
        <translation>Экспортировать журнал проводок hledger</translation>
    </message>
    <message>
        <source>The whole ledger in the journal format of hledger and ledger, for the accountants.</source>
        <translation>Вся главная книга в формате журнала hledger и ledger — для бухгалтеров.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse a transaction</source>
        <translation>Сторнирование операции</translation>
    </message>
    <message>
        <source>Transaction %1 (%2) stays in the journal and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 a transaction number, %2 its description.</extracomment>
        <translation>Операция %1 (%2) остаётся в журнале и отменяется сторнирующей записью. Укажите причину для аудиторов.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Причина сторнирования</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Дата сторнирования</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Сторнировать</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journal files (*.journal)</source>
        <translation>Файлы журнала (*.journal)</translation>
    </message>
    <message>
        <source>The file written to %1 will not be encrypted: anyone who can open that folder can read the amounts and descriptions. Only your user account can read it, and the export is recorded in the audit trail. Delete it when you no longer need it.</source>
        <extracomment>%1 is the path of the file about to be written.</extracomment>
        <translation>Файл, записываемый в %1, не будет зашифрован: любой, кто может открыть эту папку, сможет прочитать суммы и описания. Прочитать его может только ваша учётная запись, а сам экспорт фиксируется в журнале аудита. Удалите файл, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Записать файл</translation>
    </message>
</context>
<context>
    <name>amparo::ui::JournalTableModel</name>
    <message>
        <source>Reverses %1</source>
        <translation>Сторнирует %1</translation>
    </message>
    <message>
        <source>Reversed by %1</source>
        <translation>Сторнирована операцией %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column of ledger transaction numbers.</extracomment>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Остаток нарастающим итогом</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
</context>
<context>
    <name>amparo::ui::KdfProfilePage</name>
    <message>
        <source>How hard should guessing be?</source>
        <translation>Насколько трудно должно быть подобрать парольную фразу?</translation>
    </message>
    <message>
        <source>Each time the vault is opened, the passphrase goes through deliberately slow work. A thief with a copy of the vault must repeat it for every guess.</source>
        <translation>При каждом открытии хранилища парольная фраза проходит намеренно медленную обработку. Злоумышленнику с копией хранилища придётся повторять её для каждой попытки подбора.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>&amp;Quick</source>
        <translation>&amp;Быстрый</translation>
    </message>
    <message>
        <source>A fraction of a second and %1 MiB of memory. For old or small computers only: guessing is cheapest.</source>
        <translation>Доля секунды и %1 МиБ памяти. Только для старых или маломощных компьютеров: подбор обходится дешевле всего.</translation>
    </message>
    <message>
        <source>&amp;Balanced (recommended)</source>
        <translation>Сб&amp;алансированный (рекомендуется)</translation>
    </message>
    <message>
        <source>About one second and %1 MiB of memory on a typical laptop. A good protection for most organisations.</source>
        <translation>Около секунды и %1 МиБ памяти на обычном ноутбуке. Хорошая защита для большинства организаций.</translation>
    </message>
    <message>
        <source>&amp;Strongest</source>
        <translation>Са&amp;мый надёжный</translation>
    </message>
    <message>
        <source>Several seconds and %1 MiB of memory. Every computer that opens this vault needs that much free memory.</source>
        <translation>Несколько секунд и %1 МиБ памяти. Каждому компьютеру, на котором открывается это хранилище, потребуется столько свободной памяти.</translation>
    </message>
    <message>
        <source>This choice applies to the administrator&apos;s passphrase. Passphrases set later, for new users or when changing one, use the balanced setting.</source>
        <translation>Этот выбор относится к парольной фразе администратора. Для парольных фраз, задаваемых позже (для новых пользователей или при смене парольной фразы), используется сбалансированный режим.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
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
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Сменить мою &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>Создать &amp;резервную копию хранилища…</translation>
    </message>
    <message>
        <source>Write the whole vault, still encrypted, to one file you can restore elsewhere.</source>
        <translation>Записать всё хранилище в зашифрованном виде в один файл, из которого его можно восстановить в другом месте.</translation>
    </message>
    <message>
        <source>Case &amp;summary (PDF)…</source>
        <translation>&amp;Сводка по делу (PDF)…</translation>
    </message>
    <message>
        <source>Preview and save the summary of one case, redacted for its readers.</source>
        <translation>Просмотреть и сохранить сводку по делу, из которой удалены сведения, не предназначенные для её получателей.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Close the vault; your passphrase is needed to open it again.</source>
        <translation>Закрыть хранилище; чтобы снова открыть его, потребуется парольная фраза.</translation>
    </message>
    <message>
        <source>P&amp;anic lock</source>
        <translation>&amp;Экстренная блокировка</translation>
    </message>
    <message>
        <source>Hide the window and lock the vault at once.</source>
        <translation>Скрыть окно и немедленно заблокировать хранилище.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation>&amp;О программе Amparo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
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
            <numerusform>Разблокировано · блокировка через %n минуту бездействия</numerusform>
            <numerusform>Разблокировано · блокировка через %n минуты бездействия</numerusform>
            <numerusform>Разблокировано · блокировка через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation>
            <numerusform>С момента вашего последнего входа зафиксирована %n неудачная попытка входа в вашу учётную запись. Если это были не вы, сообщите администратору.</numerusform>
            <numerusform>С момента вашего последнего входа зафиксированы %n неудачные попытки входа в вашу учётную запись. Если это были не вы, сообщите администратору.</numerusform>
            <numerusform>С момента вашего последнего входа зафиксировано %n неудачных попыток входа в вашу учётную запись. Если это были не вы, сообщите администратору.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amparo — locked</source>
        <translation>Amparo — заблокировано</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Ваша парольная фраза изменена.</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Use Vault › Back up the vault… and keep the file on another disk.</source>
        <translation>Резервная копия этого хранилища ещё ни разу не создавалась. Выберите «Хранилище › Создать резервную копию хранилища…» и храните файл на другом диске.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n day(s) old. Use Vault › Back up the vault…</source>
        <translation>
            <numerusform>Последняя резервная копия этого хранилища создана %n день назад. Выберите «Хранилище › Создать резервную копию хранилища…».</numerusform>
            <numerusform>Последняя резервная копия этого хранилища создана %n дня назад. Выберите «Хранилище › Создать резервную копию хранилища…».</numerusform>
            <numerusform>Последняя резервная копия этого хранилища создана %n дней назад. Выберите «Хранилище › Создать резервную копию хранилища…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Создание резервной копии хранилища</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup)</source>
        <translation>Резервные копии Amparo (*.amparo-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Резервная копия записана и проверена: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::MedicalRecordDialog</name>
    <message>
        <source>Examined on</source>
        <translation>Дата обследования</translation>
    </message>
    <message>
        <source>Kind of the new finding</source>
        <translation>Вид нового признака</translation>
    </message>
    <message>
        <source>Consistency of the new finding</source>
        <translation>Степень соответствия нового признака</translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation>Добавить &amp;признак</translation>
    </message>
    <message>
        <source>Re&amp;move finding</source>
        <translation>&amp;Удалить признак</translation>
    </message>
    <message>
        <source>Medical record of the violation</source>
        <translation>Медицинская запись по нарушению</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Специалист, проводивший обследование</translation>
    </message>
    <message>
        <source>The doctor or psychologist who examined the victim</source>
        <translation>Врач или психолог, обследовавший жертву</translation>
    </message>
    <message>
        <source>Description of the new finding</source>
        <translation>Описание нового признака</translation>
    </message>
    <message>
        <source>What was found, e.g. scars on both wrists</source>
        <translation>Что обнаружено, например: рубцы на обоих запястьях</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Добавить признак</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Удалить признак</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Степень соответствия</translation>
    </message>
    <message>
        <source>New finding:</source>
        <translation>Новый признак:</translation>
    </message>
    <message>
        <source>Violation: %1, %2</source>
        <comment>type and date of the violation</comment>
        <translation>Нарушение: %1, %2</translation>
    </message>
    <message>
        <source>E&amp;xamined on:</source>
        <translation>Дата &amp;обследования:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <source>&amp;Save medical record</source>
        <translation>Со&amp;хранить медицинскую запись</translation>
    </message>
</context>
<context>
    <name>amparo::ui::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Подтверждение новой парольной фразы</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>
            <numerusform>Не менее %n символа. Несколько не связанных между собой слов образуют парольную фразу, которая одновременно надёжна и легко запоминается.</numerusform>
            <numerusform>Не менее %n символов. Несколько не связанных между собой слов образуют парольную фразу, которая одновременно надёжна и легко запоминается.</numerusform>
            <numerusform>Не менее %n символов. Несколько не связанных между собой слов образуют парольную фразу, которая одновременно надёжна и легко запоминается.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <extracomment>Beside a date that may be unknown (the incident date, for example).</extracomment>
        <translation>Известна</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1 известна</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationEditor</name>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Вид организации</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Who to reach and how: name, telephone, e-mail, address</source>
        <translation>С кем и как связаться: имя, телефон, электронная почта, адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Контактные данные:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Сохранить организацию</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактные данные</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationsPage</name>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Open organisation</source>
        <translation>Открыть организацию</translation>
    </message>
    <message>
        <source>Open the chosen organisation (Enter)</source>
        <translation>Открыть выбранную организацию (Enter)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation of this kind is recorded. Choose &quot;All kinds&quot; to see the others.</source>
        <translation>Организации этого вида не зарегистрированы. Выберите «Все виды», чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Use &quot;New organisation…&quot; to add the network&apos;s members, partners and service providers.</source>
        <translation>Организации пока не зарегистрированы. Нажмите «Новая организация…», чтобы добавить членов сети, партнёров и поставщиков услуг.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Caseworkers and administrators add them.</source>
        <translation>Организации пока не зарегистрированы. Их добавляют кураторы дел и администраторы.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphrasePage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>The administrator&apos;s passphrase</source>
        <translation>Парольная фраза администратора</translation>
    </message>
    <message>
        <source>It opens the vault. Nobody can recover it for you: if it is lost, only the recovery key shown at the end can replace it.</source>
        <translation>Она открывает хранилище. Никто не сможет восстановить её за вас: если она будет утеряна, заменить её можно будет только с помощью ключа восстановления, который будет показан в конце.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s). A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</source>
        <translation>
            <numerusform>Используйте не менее %n символа. Несколько не связанных между собой слов, например «фонарь река девяносто кобальт», надёжны и легко запоминаются. Не используйте повторно парольную фразу от другого сервиса.</numerusform>
            <numerusform>Используйте не менее %n символов. Несколько не связанных между собой слов, например «фонарь река девяносто кобальт», надёжны и легко запоминаются. Не используйте повторно парольную фразу от другого сервиса.</numerusform>
            <numerusform>Используйте не менее %n символов. Несколько не связанных между собой слов, например «фонарь река девяносто кобальт», надёжны и легко запоминаются. Не используйте повторно парольную фразу от другого сервиса.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot see common words or personal details, which make any passphrase weaker.</source>
        <translation>Оценка по длине и видам использованных символов. Она не учитывает распространённые слова и личные данные, которые делают любую парольную фразу слабее.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message numerus="yes">
        <source>Too short (at least %n character(s))</source>
        <translation>
            <numerusform>Слишком короткая (не менее %n символа)</numerusform>
            <numerusform>Слишком короткая (не менее %n символов)</numerusform>
            <numerusform>Слишком короткая (не менее %n символов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Регистрация выплаты</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Регистрация возврата</translation>
    </message>
    <message>
        <source>A payment for grant %1, which still has %2 committed.</source>
        <extracomment>%1 is a grant reference, %2 an amount with its currency.</extracomment>
        <translation>Выплата по гранту %1; остаток обязательств по нему: %2.</translation>
    </message>
    <message>
        <source>Unspent money returned for grant %1, of which %2 was paid.</source>
        <translation>Возврат неизрасходованных средств по гранту %1, по которому выплачено %2.</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <source>Date refunded</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Optional: bank reference, who received it</source>
        <translation>Необязательно: номер банковского документа, кто получил средства</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата выплаты:</translation>
    </message>
    <message>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Дата возврата:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Record the &amp;payment</source>
        <translation>&amp;Зарегистрировать выплату</translation>
    </message>
    <message>
        <source>Record the &amp;refund</source>
        <translation>&amp;Зарегистрировать возврат</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новое лицо…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Search by name or pseudonym</source>
        <translation>Поиск по имени или псевдониму</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Поиск лиц</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Record a new person (%1)</source>
        <translation>Зарегистрировать новое лицо (%1)</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Открыть лицо</translation>
    </message>
    <message>
        <source>Open the chosen person (Enter)</source>
        <translation>Открыть выбранное лицо (Enter)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matching people are listed; type more of the name to narrow the search.</source>
        <translation>
            <numerusform>Показано первое %n подходящее лицо; чтобы сузить поиск, введите больше букв имени.</numerusform>
            <numerusform>Показаны первые %n подходящих лица; чтобы сузить поиск, введите больше букв имени.</numerusform>
            <numerusform>Показаны первые %n подходящих лиц; чтобы сузить поиск, введите больше букв имени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>Найдено %n лицо</numerusform>
            <numerusform>Найдено %n лица</numerusform>
            <numerusform>Найдено %n лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n лицо</numerusform>
            <numerusform>%n лица</numerusform>
            <numerusform>%n лиц</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Try the first letters of another name, or a pseudonym such as P-2026-00042.</source>
        <translation>Никто не соответствует запросу «%1». Попробуйте ввести первые буквы другого имени или псевдоним, например P-2026-00042.</translation>
    </message>
    <message>
        <source>No people are recorded yet. Use &quot;New person…&quot; to record the first one, or import a spreadsheet with amparo-cli import.</source>
        <translation>Лица пока не зарегистрированы. Нажмите «Новое лицо…», чтобы зарегистрировать первое, или импортируйте электронную таблицу командой amparo-cli import.</translation>
    </message>
    <message>
        <source>No people are recorded yet, or none you may see. Caseworkers record people.</source>
        <translation>Лица пока не зарегистрированы, или у вас нет доступа ни к одному из них. Лица регистрируют кураторы дел.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonEditor</name>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Согласие</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Сохранить данные лица</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>&amp;Обезличить…</translation>
    </message>
    <message>
        <source>Anonymise the person</source>
        <translation>Обезличить данные лица</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>%1 (anonymised)</source>
        <extracomment>The title of the editor of a person whose identity was removed.</extracomment>
        <translation>%1 (данные обезличены)</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Лицо %1</translation>
    </message>
    <message>
        <source>This person was anonymised: the record can no longer be edited.</source>
        <translation>Данные этого лица обезличены: запись больше нельзя редактировать.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>Сохранено под псевдонимом %1 в %2.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonForm</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>Сведения о лице</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>Ли&amp;чные данные</translation>
    </message>
    <message>
        <source>&amp;Roles and affiliation</source>
        <translation>&amp;Роли и принадлежность</translation>
    </message>
    <message>
        <source>Con&amp;tact and notes</source>
        <translation>&amp;Контакты и примечания</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>The person&apos;s id in your organisation&apos;s spreadsheet, if any.</source>
        <translation>Идентификатор лица в электронной таблице вашей организации, если есть.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation>Пол или гендер</translation>
    </message>
    <message>
        <source>Exact dat&amp;e:</source>
        <translation>Точная д&amp;ата:</translation>
    </message>
    <message>
        <source>Exact date of birth known</source>
        <translation>Точная дата рождения известна</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>e.g. 1983, when only the age is known</source>
        <translation>например, 1983, если известен только возраст</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>e.g. Arabic, French</source>
        <translation>например, арабский, французский</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Псевдоним:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>По&amp;лное имя:</translation>
    </message>
    <message>
        <source>&amp;Sex / gender:</source>
        <translation>&amp;Пол / гендер:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Год рождения:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>Гра&amp;жданство:</translation>
    </message>
    <message>
        <source>Country of &amp;residence:</source>
        <translation>Стра&amp;на проживания:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>&amp;Внешний идентификатор:</translation>
    </message>
    <message>
        <source>Roles (at least one)</source>
        <translation>Роли (не менее одной)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>&amp;Woman human rights defender</source>
        <translation>&amp;Правозащитница</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>Правозащитница</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Уязвимости</translation>
    </message>
    <message>
        <source>Vulnerability: %1</source>
        <translation>Уязвимость: %1</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Принадлежность к организации</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No organisation the person is affiliated with.</extracomment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>Принадлежность к &amp;организации:</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>with the country code, e.g. +52 55 1234 5678</source>
        <translation>с кодом страны, например +52 55 1234 5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Given when the person is saved</source>
        <extracomment>The pseudonym of a person not saved yet.</extracomment>
        <translation>Присваивается при сохранении</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonListModel</name>
    <message>
        <source>Anonymised: the name, birth date and contact details were removed.</source>
        <translation>Данные обезличены: имя, дата рождения и контактные данные удалены.</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <extracomment>Shown instead of the name of a person whose identity was removed.</extracomment>
        <translation>(данные обезличены)</translation>
    </message>
    <message>
        <source>%1 · woman defender</source>
        <extracomment>A person&apos;s roles, then a mark that she is a woman human rights defender.</extracomment>
        <translation>%1 · правозащитница</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Пол / гендер</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PreferencesPanel</name>
    <message>
        <source>For everyone using this vault</source>
        <translation>Для всех пользователей этого хранилища</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes of the auto-lock time; the space separates it from the number.</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Автоблокировка (минуты)</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without activity.</source>
        <translation>Хранилище блокируется автоматически после указанного числа минут бездействия.</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Префикс номера дела</translation>
    </message>
    <message>
        <source>New cases are numbered with this prefix, such as HRD-2026-0042.</source>
        <translation>Новым делам присваиваются номера с этим префиксом, например HRD-2026-0042.</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Порог утверждения</translation>
    </message>
    <message>
        <source>Grants above this amount need two approvals. New funds start with it, in their own currency.</source>
        <translation>Гранты на сумму выше этого порога требуют двух утверждений. Новые фонды получают это значение в своей валюте.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source>Case reference &amp;prefix:</source>
        <translation>&amp;Префикс номера дела:</translation>
    </message>
    <message>
        <source>Approval &amp;threshold:</source>
        <translation>Порог &amp;утверждения:</translation>
    </message>
    <message>
        <source>&amp;Save the vault settings</source>
        <translation>&amp;Сохранить настройки хранилища</translation>
    </message>
    <message>
        <source>Save the vault settings</source>
        <translation>Сохранить настройки хранилища</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Изменять эти настройки может только администратор.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Когда сменится язык</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The language changes at once, and the choice is kept for this computer.</source>
        <translation>Язык меняется сразу, а выбор сохраняется для этого компьютера.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecordConsentDialog</name>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Сро&amp;к действия до:</translation>
    </message>
    <message>
        <source>Record consent of %1</source>
        <translation>Регистрация согласия лица %1</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Дата истечения срока действия</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Срок действия согласия ограничен</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>Способ получения согласия</translation>
    </message>
    <message>
        <source>e.g. signed form; verbal, witnessed by a colleague</source>
        <translation>например, подписанная форма; устно, в присутствии коллеги</translation>
    </message>
    <message>
        <source>A decision is never changed afterwards. If the person changes their mind, record a new decision (for example &quot;Withdrawn&quot;).</source>
        <translation>Зарегистрированное решение впоследствии не изменяется. Если лицо изменит своё решение, зарегистрируйте новое (например, «Отозвано»).</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>&amp;Способ получения:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Зарегистрировать решение</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeyPage</name>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>Ключ восстановления &amp;сохранён в надёжном месте</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>The vault is ready. Store this key now: it is shown only once.</source>
        <translation>Хранилище готово. Сохраните этот ключ сейчас: он показывается только один раз.</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>&amp;Открыть хранилище</translation>
    </message>
    <message>
        <source>If every administrator passphrase is lost, this key still opens the vault and lets you set a new passphrase. Anyone holding it and a copy of the vault can read everything in it, so keep it on paper, locked away and apart from this computer.</source>
        <translation>Если все парольные фразы администраторов утеряны, этот ключ всё равно открывает хранилище и позволяет задать новую парольную фразу. Любой, у кого есть этот ключ и копия хранилища, может прочитать всё его содержимое, поэтому храните ключ на бумаге, под замком и отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Распечатать ключ восстановления</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF file</source>
        <translation>Сохранить ключ восстановления в файл PDF</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: print it or copy it to a USB stick kept in a safe, then delete it from this computer.</source>
        <translation>Файл PDF не зашифрован: распечатайте его или скопируйте на USB-накопитель, который хранится в сейфе, а затем удалите его с этого компьютера.</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Ключ восстановления сохранён в надёжном месте</translation>
    </message>
    <message>
        <source>Saved to %1. Remember to move it off this computer.</source>
        <translation>Сохранено в %1. Не забудьте перенести файл с этого компьютера.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeySheet</name>
    <message>
        <source>Amparo recovery key</source>
        <translation>Ключ восстановления Amparo</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>This key opens the vault above if every administrator passphrase is lost, and lets you set a new one. Letters are not case-sensitive; O and 0, I, L and 1 are read as the same.</source>
        <translation>Этот ключ открывает указанное выше хранилище, если утеряны все парольные фразы администраторов, и позволяет задать новую. Регистр букв не имеет значения; O и 0, а также I, L и 1 считаются одинаковыми символами.</translation>
    </message>
    <message>
        <source>Anyone who holds this sheet and a copy of the vault can read everything in it. Keep it locked away, apart from the computer and from any backup of the vault.</source>
        <translation>Любой, у кого есть этот лист и копия хранилища, может прочитать всё его содержимое. Храните лист под замком, отдельно от компьютера и от любых резервных копий хранилища.</translation>
    </message>
    <message>
        <source>Do not photograph, scan or e-mail this sheet.</source>
        <translation>Не фотографируйте, не сканируйте и не отправляйте этот лист по электронной почте.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Печать ключа восстановления</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Сохранение ключа восстановления в PDF</translation>
    </message>
    <message>
        <source>Amparo recovery key.pdf</source>
        <translation>Ключ восстановления Amparo.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать файл PDF в %1. Выберите другое место и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryResetDialog</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Новая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Reset the passphrase of %1</source>
        <translation>Сброс парольной фразы пользователя %1</translation>
    </message>
    <message>
        <source>Type the vault&apos;s recovery key, as printed when the vault was created, and a new passphrase for %1. Tell them to change it at their next login.</source>
        <translation>Введите ключ восстановления хранилища в том виде, в каком он был распечатан при создании хранилища, и новую парольную фразу для пользователя %1. Попросите пользователя сменить её при следующем входе.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Reset the passphrase</source>
        <translation>&amp;Сбросить парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Checking the recovery key and deriving the new key…</source>
        <translation>Проверка ключа восстановления и формирование нового ключа…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ReportsPage</name>
    <message>
        <source>Disbursement reports</source>
        <translation>Отчёты о выплатах</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Группировать по</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>Отчёт о выплатах</translation>
    </message>
    <message>
        <source>No disbursements in this period.</source>
        <translation>За этот период выплат нет.</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>Страна неизвестна</translation>
    </message>
    <message>
        <source>No assistance line</source>
        <extracomment>A disbursement of a grant not tied to any assistance line.</extracomment>
        <translation>Без записи о помощи</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистая сумма</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <extracomment>The last rows of a report: the sum of every group in one currency.</extracomment>
        <translation>Итого в %1</translation>
    </message>
    <message>
        <source>Disbursements by country</source>
        <translation>Выплаты по странам</translation>
    </message>
    <message>
        <source>Disbursements by assistance type</source>
        <translation>Выплаты по видам помощи</translation>
    </message>
    <message>
        <source>Disbursements by month</source>
        <translation>Выплаты по месяцам</translation>
    </message>
    <message>
        <source>Disbursements by fund</source>
        <translation>Выплаты по фондам</translation>
    </message>
    <message>
        <source>From %1 to %2, both included</source>
        <extracomment>The period of a report: from a date to a date, both included.</extracomment>
        <translation>С %1 по %2 включительно</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Напечатать отчёт</translation>
    </message>
    <message>
        <source>The CSV file will not be encrypted: anyone who can read the file can read the report. Keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>Файл CSV не будет зашифрован: любой, кто может прочитать файл, сможет прочитать отчёт. Храните его на зашифрованном диске и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>disbursements.csv</source>
        <translation>disbursements.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The vault is restored into a new, empty folder. It opens with the same user names and passphrases as when it was backed up.</source>
        <translation>Хранилище восстанавливается в новую пустую папку. Оно открывается с теми же именами пользователей и парольными фразами, что и на момент создания резервной копии.</translation>
    </message>
    <message>
        <source>Choose the &amp;backup…</source>
        <translation>Выбрать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Choose the &amp;folder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Новая папка хранилища</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Файл резервной копии:</translation>
    </message>
    <message>
        <source>New vault folder:</source>
        <translation>Новая папка хранилища:</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup);;All files (*)</source>
        <translation>Резервные копии Amparo (*.amparo-backup);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Name the new vault folder</source>
        <translation>Укажите имя новой папки хранилища</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SessionHolder</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status to %1</source>
        <translation>Изменение статуса на «%1»</translation>
    </message>
    <message>
        <source>The case moves from %1 to %2. Why? The reason stays in the case&apos;s history.</source>
        <translation>Дело переходит из статуса «%1» в статус «%2». Укажите причину: она сохранится в истории дела.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>For example: the lawyer&apos;s report was received.</source>
        <translation>Например: получено заключение адвоката.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Change the status</source>
        <translation>&amp;Изменить статус</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusNoteDialog</name>
    <message>
        <source>Change the status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the case history):</source>
        <translation>&amp;Примечание (сохраняется в истории дела):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Изменение задачи</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Название задачи</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Leave empty for a task about no case</source>
        <translation>Оставьте пустым для задачи, не связанной с делом</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок выполнения</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>С&amp;рок выполнения:</translation>
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
        <translation>Выполнена %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Без дела</translation>
    </message>
    <message>
        <source>Overdue: this task was due on %1.</source>
        <translation>Просрочена: срок выполнения этой задачи истёк %1.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TasksPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить как в&amp;ыполненную</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Открыть &amp;повторно</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>A view of the tasks page: the tasks assigned to me.</extracomment>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>By case</source>
        <translation>По делам</translation>
    </message>
    <message>
        <source>Task views</source>
        <translation>Представления задач</translation>
    </message>
    <message>
        <source>The open tasks assigned to you, by due date.</source>
        <translation>Открытые задачи, назначенные вам, по сроку выполнения.</translation>
    </message>
    <message>
        <source>Every open task past its due date, in the cases you may see.</source>
        <translation>Все открытые задачи с истёкшим сроком выполнения в доступных вам делах.</translation>
    </message>
    <message>
        <source>The tasks of the cases you may see, grouped by case.</source>
        <translation>Задачи по доступным вам делам, сгруппированные по делам.</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Поиск дела</translation>
    </message>
    <message>
        <source>Case reference or words of its title; empty for all</source>
        <translation>Номер дела или слова из его названия; пусто — все дела</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Нет задач</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation>Отметить задачу как выполненную</translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>Открыть задачу повторно</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Число задач</translation>
    </message>
    <message>
        <source>Mark the selected task as done today.</source>
        <translation>Отметить выбранную задачу как выполненную сегодня.</translation>
    </message>
    <message>
        <source>Open the selected task again.</source>
        <translation>Снова открыть выбранную задачу.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>This case has no tasks yet. Plan the next follow-up with &quot;New task…&quot;.</source>
        <translation>По этому делу пока нет задач. Запланируйте следующее действие с помощью кнопки «Новая задача…».</translation>
    </message>
    <message>
        <source>No open task is assigned to you. Use &quot;New task…&quot; to plan a follow-up, or look at the overdue tasks.</source>
        <translation>Вам не назначено ни одной открытой задачи. Нажмите «Новая задача…», чтобы запланировать следующее действие, или просмотрите просроченные задачи.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных задач нет.</translation>
    </message>
    <message>
        <source>None of the cases you may see has a task yet.</source>
        <translation>Ни в одном из доступных вам дел пока нет задач.</translation>
    </message>
    <message>
        <source>No case you may see matches &quot;%1&quot;, or its cases have no tasks. Try its reference, or clear the search.</source>
        <translation>Ни одно доступное вам дело не соответствует запросу «%1», или по найденным делам нет задач. Попробуйте ввести номер дела или сбросьте поиск.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Open a vault — Amparo</source>
        <translation>Открытие хранилища — Amparo</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>The folder that holds the vault. Recently opened folders are in the list.</source>
        <translation>Папка, в которой находится хранилище. Недавно открытые папки есть в списке.</translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation>Выбрать папку хранилища</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase. Everything in the vault stays encrypted until you do.</source>
        <translation>Введите имя пользователя и парольную фразу. До этого всё содержимое хранилища остаётся зашифрованным.</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>Папка &amp;хранилища:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Формирование ключа…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Восстановить из резервной &amp;копии…</translation>
    </message>
    <message>
        <source>The vault was restored. Unlock it with your usual user name and passphrase.</source>
        <translation>Хранилище восстановлено. Разблокируйте его, используя своё обычное имя пользователя и парольную фразу.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UserRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Роли пользователя %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>&amp;Save the roles</source>
        <translation>&amp;Сохранить роли</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>The selected user can no longer open the vault until enabled again.</source>
        <translation>С выбранной учётной записью нельзя будет открыть хранилище, пока её снова не включат.</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Роли…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Сбросить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <source>Enable the user</source>
        <translation>Включить пользователя</translation>
    </message>
    <message>
        <source>Change the roles</source>
        <translation>Изменить роли</translation>
    </message>
    <message>
        <source>Reset the passphrase with the recovery key</source>
        <translation>Сбросить парольную фразу с помощью ключа восстановления</translation>
    </message>
    <message>
        <source>Change what the selected user may do.</source>
        <translation>Изменить права выбранного пользователя.</translation>
    </message>
    <message>
        <source>Give the selected user a new passphrase with the vault&apos;s recovery key, when they have forgotten theirs.</source>
        <translation>Задать выбранному пользователю новую парольную фразу с помощью ключа восстановления хранилища, если он забыл свою.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultLocationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>Где разместить хранилище?</translation>
    </message>
    <message>
        <source>Amparo keeps everything in one encrypted folder. Choose a new or empty folder, ideally on a disk that is itself encrypted.</source>
        <translation>Amparo хранит все данные в одной зашифрованной папке. Выберите новую или пустую папку, желательно на диске, который тоже зашифрован.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Папка для нового хранилища</translation>
    </message>
    <message>
        <source>Browse for the folder of the new vault</source>
        <translation>Выбрать папку для нового хранилища</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>Выберите пустую папку для хранилища</translation>
    </message>
    <message>
        <source>Type or choose a folder.</source>
        <translation>Введите путь или выберите папку.</translation>
    </message>
    <message>
        <source>A new folder will be created.</source>
        <translation>Будет создана новая папка.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Это файл, а не папка.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder; Amparo never mixes its files with others.</source>
        <translation>Эта папка не пуста. Выберите новую или пустую папку: Amparo никогда не смешивает свои файлы с другими.</translation>
    </message>
    <message>
        <source>The folder is empty and will hold the vault.</source>
        <translation>Папка пуста; в ней будет размещено хранилище.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language of Amparo on this computer. It changes at once, and can be changed again later in Settings.</source>
        <translation>Язык Amparo на этом компьютере. Он меняется сразу, и его можно снова изменить позже в настройках.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultOverviewPage</name>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Вы вошли как:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user&apos;s full name, then their user name: &quot;Ana Suárez (ana)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Сменить мою &amp;парольную фразу…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationDialog</name>
    <message>
        <source>Type of violation</source>
        <translation>Вид нарушения</translation>
    </message>
    <message>
        <source>How precise the date is</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>Date of the violation</source>
        <translation>Дата нарушения</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Edit the violation</source>
        <translation>Изменение нарушения</translation>
    </message>
    <message>
        <source>Add a violation</source>
        <translation>Новое нарушение</translation>
    </message>
    <message>
        <source>Medical record note</source>
        <translation>Примечание о медицинской записи</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жертва</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Where it happened: a police station, a town, a road</source>
        <translation>Где это произошло: отделение полиции, населённый пункт, дорога</translation>
    </message>
    <message>
        <source>Who did it, as far as it is known</source>
        <translation>Кто это сделал, насколько известно</translation>
    </message>
    <message>
        <source>Injuries, detention, loss of work or home</source>
        <translation>Травмы, лишение свободы, потеря работы или жилья</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Date &amp;known:</source>
        <translation>&amp;Точность даты:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Жертва:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators:</source>
        <translation>&amp;Предполагаемые виновные:</translation>
    </message>
    <message>
        <source>&amp;Consequences:</source>
        <translation>П&amp;оследствия:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Add violation</source>
        <translation>Доб&amp;авить нарушение</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указана</translation>
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
        <translation>После сохранения нарушения его медицинская запись по Стамбульскому протоколу ведётся с помощью кнопки «Медицинская запись…».</translation>
    </message>
    <message>
        <source>No medical record: only torture, ill-treatment and sexual violence carry one.</source>
        <translation>Медицинская запись не ведётся: её ведут только по фактам пыток, жестокого обращения и сексуального насилия.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationTableModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жертва</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медицинская запись</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationsTab</name>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>&amp;Add violation…</source>
        <translation>&amp;Добавить нарушение…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Medical record…</source>
        <translation>&amp;Медицинская запись…</translation>
    </message>
    <message>
        <source>Add violation</source>
        <translation>Добавить нарушение</translation>
    </message>
    <message>
        <source>Edit violation</source>
        <translation>Изменить нарушение</translation>
    </message>
    <message>
        <source>Remove violation</source>
        <translation>Удалить нарушение</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медицинская запись</translation>
    </message>
    <message>
        <source>Medical record of the selected violation</source>
        <translation>Медицинская запись по выбранному нарушению</translation>
    </message>
    <message>
        <source>No violations recorded yet. Add the first with Add violation…</source>
        <translation>Нарушения пока не зарегистрированы. Добавьте первое с помощью кнопки «Добавить нарушение…».</translation>
    </message>
    <message>
        <source>Add a violation to the case (Insert)</source>
        <translation>Добавить нарушение в дело (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected violation (F2)</source>
        <translation>Изменить выбранное нарушение (F2)</translation>
    </message>
    <message>
        <source>Remove the selected violation (Delete)</source>
        <translation>Удалить выбранное нарушение (Delete)</translation>
    </message>
    <message>
        <source>%1: no medical record; only torture, ill-treatment and sexual violence carry one.</source>
        <translation>«%1»: медицинская запись не ведётся; её ведут только по фактам пыток, жестокого обращения и сексуального насилия.</translation>
    </message>
    <message numerus="yes">
        <source>Medical record: examined on %1 by %2, %n finding(s). Open it with Medical record…</source>
        <translation>
            <numerusform>Медицинская запись: обследование %1, специалист: %2; %n выявленный признак. Откройте её кнопкой «Медицинская запись…».</numerusform>
            <numerusform>Медицинская запись: обследование %1, специалист: %2; %n выявленных признака. Откройте её кнопкой «Медицинская запись…».</numerusform>
            <numerusform>Медицинская запись: обследование %1, специалист: %2; %n выявленных признаков. Откройте её кнопкой «Медицинская запись…».</numerusform>
        </translation>
    </message>
    <message>
        <source>No medical record yet. Add the examination and its findings with Medical record…</source>
        <translation>Медицинской записи пока нет. Внесите данные обследования и выявленные признаки с помощью кнопки «Медицинская запись…».</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>type and date of a violation</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the violation</source>
        <translation>Удаление нарушения</translation>
    </message>
    <message>
        <source>Remove the violation &quot;%1&quot; from the case? Its medical record is removed with it. The audit trail keeps a record of the removal.</source>
        <translation>Удалить нарушение «%1» из дела? Вместе с ним будет удалена его медицинская запись. В журнале аудита сохранится запись об удалении.</translation>
    </message>
    <message>
        <source>&amp;Remove violation</source>
        <translation>&amp;Удалить нарушение</translation>
    </message>
</context>
<context>
    <name>amparo::ui::Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Every case you may see: search, filter, open and edit.</source>
        <translation>Все доступные вам дела: поиск, фильтрация, просмотр и редактирование.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Victims, defenders, relatives and witnesses: their details and consent.</source>
        <translation>Жертвы, правозащитники, родственники и свидетели: их данные и согласие.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Members, partners, service providers, donors, authorities and mechanisms.</source>
        <translation>Члены сети, партнёры, поставщики услуг, доноры, органы власти и механизмы.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Follow-ups: yours, the overdue ones, and those of each case.</source>
        <translation>Последующие действия: ваши, просроченные и по каждому делу.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>Who did what and when, and the check that nothing was altered.</source>
        <translation>Кто, что и когда сделал, а также проверка того, что ничего не было изменено.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your account and passphrase, the vault&apos;s users and preferences.</source>
        <translation>Ваша учётная запись и парольная фраза, пользователи хранилища и параметры.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводная панель</translation>
    </message>
    <message>
        <source>Cases, assistance and money at a glance; a figure opens the list it counts.</source>
        <translation>Дела, помощь и деньги в одном обзоре; щелчок по показателю открывает список, который он отражает.</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <source>Requests for money from a fund: follow, approve and pay them.</source>
        <translation>Запросы на средства фонда: отслеживание, утверждение и выплата.</translation>
    </message>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>Фонды и главная книга</translation>
    </message>
    <message>
        <source>Fund positions, donor contributions, the journal and reports.</source>
        <translation>Состояние фондов, взносы доноров, журнал проводок и отчёты.</translation>
    </message>
</context>
</TS>
