<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>amparo::AssistanceService</name>
    <message>
        <source>The type of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>the date of the request</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>The completion date</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>The person %1 is not a person of case %2; add them to the case first.</source>
        <translation>الشخص %1 ليس من الأشخاص المرتبطين بالحالة %2؛ يُرجى إضافته إلى الحالة أولًا.</translation>
    </message>
    <message>
        <source>The provider organisation does not exist.</source>
        <translation>المنظمة مقدِّمة الخدمة غير موجودة.</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>الوضع الجديد</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>«%1» وضع نهائي.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>ومن «%1» يمكن الانتقال إلى: %2.</translation>
    </message>
    <message>
        <source>This assistance cannot go from %1 to %2; %3</source>
        <translation>لا يمكن نقل هذه المساعدة من «%1» إلى «%2»؛ %3</translation>
    </message>
    <message>
        <source>There is no assistance with the id %1.</source>
        <translation>لا توجد مساعدة بالمعرِّف %1.</translation>
    </message>
</context>
<context>
    <name>amparo::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is unexpectedly large.</source>
        <translation>حجم %1 كبير على نحو غير متوقع.</translation>
    </message>
    <message>
        <source>The disk is full, or the file is too large for this disk: Amparo could not save %1, which was left as it was. Free some space and try again; nothing was lost.</source>
        <translation>القرص ممتلئ، أو الملف أكبر مما يتسع له هذا القرص: تعذّر على Amparo حفظ %1، وبقي كما كان. أفرغ بعض المساحة وأعد المحاولة؛ لم يُفقد شيء.</translation>
    </message>
</context>
<context>
    <name>amparo::AttachmentService</name>
    <message>
        <source>The file name is required.</source>
        <translation>اسم الملف مطلوب.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>الملف «%1» فارغ.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; attachments may be at most %3 MB.</source>
        <translation>حجم الملف «%1» هو %2 ميغابايت، والحد الأقصى لحجم المرفقات %3 ميغابايت.</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation>لا يوجد مرفق بالمعرِّف %1.</translation>
    </message>
    <message>
        <source>The content of the file &quot;%1&quot; is missing.</source>
        <translation>محتوى الملف «%1» مفقود.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: its content no longer matches the SHA-256 recorded when it was added.</source>
        <translation>الملف «%1» تالف: لم يعد محتواه مطابقًا لبصمة SHA-256 المسجَّلة عند إضافته.</translation>
    </message>
</context>
<context>
    <name>amparo::AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>تدوير المفتاح الرئيسي</translation>
    </message>
    <message>
        <source>Key-slot file restored from its copy</source>
        <translation>استعادة ملف خانات المفاتيح من نسخته الاحتياطية</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Copy of a document exported</source>
        <translation>تصدير نسخة من مستند</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>تغيير الأدوار</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>تعطيل مستخدم</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>تفعيل مستخدم</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>حذف مستخدم</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation>إعادة تعيين عبارة المرور بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>تغيير إعداد</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>تعديل الحالة</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>تغيير وضع الحالة</translation>
    </message>
    <message>
        <source>Case status imported</source>
        <translation>استيراد وضع الحالة</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>إسناد الحالة</translation>
    </message>
    <message>
        <source>Case assignment ended</source>
        <translation>إنهاء إسناد الحالة</translation>
    </message>
    <message>
        <source>Person added to a case</source>
        <translation>إضافة شخص إلى حالة</translation>
    </message>
    <message>
        <source>Person removed from a case</source>
        <translation>إزالة شخص من حالة</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>تعديل بيانات شخص</translation>
    </message>
    <message>
        <source>Person anonymised</source>
        <translation>إخفاء هوية شخص</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>إضافة منظمة</translation>
    </message>
    <message>
        <source>Organisation edited</source>
        <translation>تعديل بيانات منظمة</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>تسجيل انتهاك</translation>
    </message>
    <message>
        <source>Violation edited</source>
        <translation>تعديل انتهاك</translation>
    </message>
    <message>
        <source>Violation removed</source>
        <translation>حذف انتهاك</translation>
    </message>
    <message>
        <source>Medical record changed</source>
        <translation>تعديل السجل الطبي</translation>
    </message>
    <message>
        <source>Intervention recorded</source>
        <translation>تسجيل تدخُّل</translation>
    </message>
    <message>
        <source>Intervention edited</source>
        <translation>تعديل تدخُّل</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>طلب مساعدة</translation>
    </message>
    <message>
        <source>Assistance edited</source>
        <translation>تعديل مساعدة</translation>
    </message>
    <message>
        <source>Assistance status changed</source>
        <translation>تغيير وضع المساعدة</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>إرفاق مستند</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>حذف مستند</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>إنشاء مهمة</translation>
    </message>
    <message>
        <source>Task edited</source>
        <translation>تعديل مهمة</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>إنجاز مهمة</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>إعادة فتح مهمة</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>إنشاء صندوق</translation>
    </message>
    <message>
        <source>Fund edited</source>
        <translation>تعديل صندوق</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>تسجيل مساهمة</translation>
    </message>
    <message>
        <source>Grant requested</source>
        <translation>طلب منحة</translation>
    </message>
    <message>
        <source>Grant edited</source>
        <translation>تعديل منحة</translation>
    </message>
    <message>
        <source>Grant status changed</source>
        <translation>تغيير وضع المنحة</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>الموافقة على منحة</translation>
    </message>
    <message>
        <source>Fund overcommitment authorised</source>
        <translation>الإذن بتجاوز التزام الصندوق</translation>
    </message>
    <message>
        <source>Ledger transaction posted</source>
        <translation>ترحيل قيد في دفتر الأستاذ</translation>
    </message>
    <message>
        <source>Ledger transaction reversed</source>
        <translation>عكس قيد في دفتر الأستاذ</translation>
    </message>
    <message>
        <source>Ledger period locked</source>
        <translation>إقفال فترة في دفتر الأستاذ</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>تصدير دفتر اليومية</translation>
    </message>
    <message>
        <source>Case summary exported</source>
        <translation>تصدير ملخص حالة</translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>تصدير جدول بيانات</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>التدخُّل</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>عملية الصرف</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>دفتر الأستاذ</translation>
    </message>
    <message>
        <source>Ledger transaction</source>
        <translation>قيد دفتر الأستاذ</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>بادئة الرقم المرجعي للحالات</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>دقائق القفل التلقائي</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>حد الموافقة المزدوجة</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>الحد الأقصى لحجم المرفق</translation>
    </message>
    <message>
        <source>Days to justify a payment</source>
        <translation>مهلة تبرير الدفعة بالأيام</translation>
    </message>
    <message>
        <source>Days between backup reminders</source>
        <translation>عدد الأيام بين تذكيرات النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: حُذفت القيمة %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
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
        <translation>القيد رقم %1 (%2، %3 بواسطة %4)</translation>
    </message>
    <message>
        <source>Audit trail broken: entry #%1 is missing (entries were deleted before %2).</source>
        <translation>خلل في سجل التدقيق: القيد رقم %1 مفقود (حُذفت قيود قبل %2).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 does not follow the entry before it (an entry was inserted, deleted or reordered).</source>
        <translation>خلل في سجل التدقيق: %1 لا يتصل بالقيد السابق له (أُدرج قيد أو حُذف أو غُيِّر ترتيبه).</translation>
    </message>
    <message>
        <source>Audit trail broken: %1 was modified after it was written.</source>
        <translation>خلل في سجل التدقيق: عُدِّل %1 بعد كتابته.</translation>
    </message>
</context>
<context>
    <name>amparo::Backup</name>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>تتعذّر قراءة اللقطة المؤقتة لقاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Amparo backup.</source>
        <translation>الملف %1 ليس نسخة احتياطية من Amparo.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it ends before its contents.</source>
        <translation>النسخة الاحتياطية %1 مبتورة: ينتهي الملف قبل بدء محتوياتها.</translation>
    </message>
    <message>
        <source>The backup %1 has format %2, which this version of Amparo does not know; update Amparo to restore it.</source>
        <translation>النسخة الاحتياطية %1 بالصيغة %2، وهي صيغة لا يعرفها هذا الإصدار من Amparo؛ يُرجى تحديث Amparo لاستعادتها.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: a part is longer than the file.</source>
        <translation>النسخة الاحتياطية %1 مبتورة أو تالفة: أحد أجزائها أطول من الملف نفسه.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: it has unexpected data.</source>
        <translation>النسخة الاحتياطية %1 تالفة: تحتوي على بيانات غير متوقعة.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its checksum does not match its contents.</source>
        <translation>النسخة الاحتياطية %1 تالفة: مجموعها الاختباري لا يطابق محتوياتها.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an encrypted Amparo database.</source>
        <translation>لا تحتوي النسخة الاحتياطية %1 على قاعدة بيانات Amparo مشفَّرة.</translation>
    </message>
    <message>
        <source>The backup needs a file name.</source>
        <translation>يلزم تحديد اسم ملف للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Write the backup outside the vault folder, ideally on another disk.</source>
        <translation>يُرجى كتابة النسخة الاحتياطية خارج مجلد الخزنة، ويُفضَّل أن تكون على قرص آخر.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>تتعذّر الكتابة في %1.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not verify: %2</source>
        <translation>لم تجتز النسخة الاحتياطية المكتوبة في %1 التحقق: %2</translation>
    </message>
    <message>
        <source>Say where to restore the vault.</source>
        <translation>يُرجى تحديد المكان الذي تُستعاد فيه الخزنة.</translation>
    </message>
    <message>
        <source>%1 is not empty; restore into a new folder so that nothing is overwritten.</source>
        <translation>%1 ليس فارغًا؛ يُرجى الاستعادة في مجلد جديد كي لا يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>تعذّر إنشاء %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored vault to %1.</source>
        <translation>تعذّر نقل الخزنة المستعادة إلى %1.</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>بدء النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>نسخ قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>amparo::CaseService</name>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation>سرد الوقائع</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>The risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>المعرِّف الخارجي</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>The incident date</source>
        <translation>تاريخ الواقعة</translation>
    </message>
    <message>
        <source>The reporting date</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>the incident date</source>
        <translation>تاريخ الواقعة</translation>
    </message>
    <message>
        <source>The referring organisation does not exist.</source>
        <translation>المنظمة المُحيلة غير موجودة.</translation>
    </message>
    <message>
        <source>Cases can only be assigned to active caseworkers.</source>
        <translation>لا يمكن إسناد الحالات إلا إلى مسؤولي حالات ذوي حسابات نشطة.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another case.</source>
        <translation>المعرِّف الخارجي «%1» مستخدَم بالفعل لحالة أخرى.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is not of the form PREFIX-YEAR-NUMBER.</source>
        <translation>الرقم المرجعي «%1» ليس بالصيغة PREFIX-YEAR-NUMBER (البادئة-السنة-الرقم).</translation>
    </message>
    <message>
        <source>The reference %1 is already used.</source>
        <translation>الرقم المرجعي %1 مستخدَم بالفعل.</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>الوضع الجديد</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Case %1 cannot go from %2 to %3; from %2 it can go to: %4.</source>
        <translation>لا يمكن نقل الحالة %1 من «%2» إلى «%3»؛ ومن «%2» يمكن نقلها إلى: %4.</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Case %1 already has a history; its status changes only through the workflow.</source>
        <translation>للحالة %1 سجل سابق بالفعل؛ ولا يتغير وضعها إلا عبر مسار العمل.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>The role in the case</source>
        <translation>الدور في الحالة</translation>
    </message>
    <message>
        <source>The perpetrator type</source>
        <translation>نوع الجاني</translation>
    </message>
    <message>
        <source>That person does not have that role in the case.</source>
        <translation>ليس لهذا الشخص هذا الدور في الحالة.</translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>لا توجد حالة بالمعرِّف %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>لا توجد حالة برقم مرجعي %1.</translation>
    </message>
</context>
<context>
    <name>amparo::CaseSummary</name>
    <message>
        <source>Case summary %1</source>
        <translation>ملخص الحالة %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time</comment>
        <translation>%1، الساعة %2</translation>
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
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>تاريخ الواقعة</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>الجهة المُحيلة</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>مسؤولو الحالة</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>لم يُكلَّف أحد</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الاطلاع</translation>
    </message>
    <message>
        <source>Restricted: need-to-know only</source>
        <translation>مقيَّدة الاطلاع: على أساس الحاجة إلى المعرفة فقط</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>سرد الوقائع</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل تغييرات الوضع</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>الدور في الحالة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Contact and notes</source>
        <translation>بيانات الاتصال والملاحظات</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>مدافعة عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to publication.</source>
        <translation>
            <numerusform>حُجب %n شخص لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n شخص لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n شخصان لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n أشخاص لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n شخصًا لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n شخص لعدم وجود موافقة على النشر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people withheld: no consent to share.</source>
        <translation>
            <numerusform>حُجب %n شخص لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n شخص لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n شخصان لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n أشخاص لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n شخصًا لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n شخص لعدم وجود موافقة على المشاركة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>born about a year</comment>
        <translation>نحو عام %1</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>دون ١٨ عامًا</translation>
    </message>
    <message>
        <source>70 or older</source>
        <translation>٧٠ عامًا فأكثر</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>age band</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — INTERNAL</source>
        <translation>سري — للاستخدام الداخلي</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>للشركاء</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>Internal summary.</source>
        <translation>ملخص داخلي.</translation>
    </message>
    <message>
        <source>Everything recorded in the case, names, contact details and medical findings included. Not to be shared outside the organisation.</source>
        <translation>يتضمن كل ما سُجِّل في الحالة، بما في ذلك الأسماء وبيانات الاتصال والنتائج الطبية. لا يجوز تداوله خارج المنظمة.</translation>
    </message>
    <message>
        <source>Summary for a partner organisation.</source>
        <translation>ملخص موجَّه إلى منظمة شريكة.</translation>
    </message>
    <message>
        <source>Only people who consented to sharing with a partner appear, under their pseudonyms; their names in the text are replaced by pseudonyms. Contact details, addresses, dates of birth (ages are given in bands such as 30–39), risk assessments, medical findings and file names are withheld.</source>
        <translation>لا يظهر فيه إلا الأشخاص الذين وافقوا على المشاركة مع جهة شريكة، وبأسمائهم المستعارة؛ وتُستبدل أسماؤهم الواردة في النص بأسمائهم المستعارة. وتُحجب بيانات الاتصال والعناوين وتواريخ الميلاد (تُذكر الأعمار في فئات مثل ٣٠–٣٩) وتقييمات المخاطر والنتائج الطبية وأسماء الملفات.</translation>
    </message>
    <message>
        <source>Public summary.</source>
        <translation>ملخص علني.</translation>
    </message>
    <message>
        <source>Only people who consented to publication in an urgent appeal appear, under their pseudonyms. Narrative details that could identify anyone — accounts, places, reasons, descriptions, staff, organisations, medical findings and file names — are withheld.</source>
        <translation>لا يظهر فيه إلا الأشخاص الذين وافقوا على النشر في نداء عاجل، وبأسمائهم المستعارة. وتُحجب التفاصيل السردية التي قد تكشف هوية أي شخص — سرد الوقائع والأماكن والأسباب والأوصاف وأسماء الموظفين والمنظمات والنتائج الطبية وأسماء الملفات.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>reference, programme and country</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>أعدّه %1 في %2.</translation>
    </message>
    <message>
        <source>Prepared on %1.</source>
        <translation>أُعِدّ في %1.</translation>
    </message>
    <message>
        <source>CASE SUMMARY</source>
        <translation>ملخص الحالة</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>الموافَق عليه</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <source>Grants and disbursements</source>
        <translation>المنح وعمليات الصرف</translation>
    </message>
    <message>
        <source>No grants recorded.</source>
        <translation>لم تُسجَّل أي منح.</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>المجموع بعملة %1</translation>
    </message>
    <message>
        <source>Payments are shown to finance officers and fund managers.</source>
        <translation>لا تُعرض تفاصيل الدفعات إلا على الموظفين الماليين ومديري الصناديق.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>In the fund&apos;s currency</source>
        <translation>بعملة الصندوق</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Reversed: not counted</source>
        <translation>عُكست بقيد عكسي: غير محتسبة</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <comment>exchange rate</comment>
        <translation>١ %1 = %2 %3</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>عمليات الصرف</translation>
    </message>
    <message>
        <source>No payments recorded.</source>
        <translation>لم تُسجَّل أي دفعات.</translation>
    </message>
    <message>
        <source>Net paid, by currency of payment</source>
        <translation>صافي المدفوع، حسب عملة الدفع</translation>
    </message>
    <message>
        <source>Net paid, in the fund&apos;s currency</source>
        <translation>صافي المدفوع، بعملة الصندوق</translation>
    </message>
    <message numerus="yes">
        <source>%n reversed disbursement(s) not counted in the totals.</source>
        <translation>
            <numerusform>لا تُحتسب في المجاميع %n عملية صرف معكوسة.</numerusform>
            <numerusform>لا تُحتسب في المجاميع %n عملية صرف معكوسة.</numerusform>
            <numerusform>لا تُحتسب في المجاميع %n عمليتا صرف معكوستان.</numerusform>
            <numerusform>لا تُحتسب في المجاميع %n عمليات صرف معكوسة.</numerusform>
            <numerusform>لا تُحتسب في المجاميع %n عملية صرف معكوسة.</numerusform>
            <numerusform>لا تُحتسب في المجاميع %n عملية صرف معكوسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>الفحص الطبي (بروتوكول إسطنبول)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>examination date and examiner</comment>
        <translation>%1، أجراه %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>finding kind, description and consistency</comment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>الجناة المزعومون</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>الآثار المترتبة</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>حُجب %n انتهاك لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n انتهاك لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n انتهاكان لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجبت %n انتهاكات لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n انتهاكًا لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n انتهاك لعدم وجود موافقة على النشر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>حُجب %n انتهاك لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n انتهاك لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n انتهاكان لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجبت %n انتهاكات لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n انتهاكًا لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n انتهاك لعدم وجود موافقة على المشاركة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>التدخُّل</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>To</source>
        <translation>الجهة المرسَل إليها</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>لم يُسجَّل أي رد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>التدخُّلات</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>مقدِّم الخدمة</translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to publication.</source>
        <translation>
            <numerusform>حُجب %n سجل مساعدة لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n سجل مساعدة لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n سجلا مساعدة لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجبت %n سجلات مساعدة لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n سجلًا من سجلات المساعدة لعدم وجود موافقة على النشر.</numerusform>
            <numerusform>حُجب %n سجل مساعدة لعدم وجود موافقة على النشر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistance record(s) withheld: no consent to share.</source>
        <translation>
            <numerusform>حُجب %n سجل مساعدة لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n سجل مساعدة لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n سجلا مساعدة لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجبت %n سجلات مساعدة لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n سجلًا من سجلات المساعدة لعدم وجود موافقة على المشاركة.</numerusform>
            <numerusform>حُجب %n سجل مساعدة لعدم وجود موافقة على المشاركة.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>مُرفق بـ</translation>
    </message>
    <message>
        <source>%1, %2 KB</source>
        <comment>file type and size</comment>
        <translation>%1، %2 كيلوبايت</translation>
    </message>
    <message>
        <source>Violation %1</source>
        <translation>الانتهاك %1</translation>
    </message>
    <message>
        <source>Assistance %1</source>
        <translation>المساعدة %1</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>المنحة %1</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Files are listed, not included; they stay in the organisation&apos;s vault.</source>
        <translation>تُدرَج الملفات في القائمة دون تضمينها؛ وتبقى في خزنة المنظمة.</translation>
    </message>
    <message>
        <source>File names are withheld: they often contain names.</source>
        <translation>حُجبت أسماء الملفات لأنها كثيرًا ما تتضمن أسماء أشخاص.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of withheld records not listed.</source>
        <translation>
            <numerusform>لم يُدرَج %n ملف مرتبط بسجلات محجوبة.</numerusform>
            <numerusform>لم يُدرَج %n ملف مرتبط بسجلات محجوبة.</numerusform>
            <numerusform>لم يُدرَج %n ملفان مرتبطان بسجلات محجوبة.</numerusform>
            <numerusform>لم تُدرَج %n ملفات مرتبطة بسجلات محجوبة.</numerusform>
            <numerusform>لم يُدرَج %n ملفًا مرتبطًا بسجلات محجوبة.</numerusform>
            <numerusform>لم يُدرَج %n ملف مرتبط بسجلات محجوبة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ConsentService</name>
    <message>
        <source>The purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>The consent status</source>
        <translation>وضع الموافقة</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>طريقة الحصول على الموافقة</translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation>تاريخ القرار مطلوب.</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation>تاريخ القرار</translation>
    </message>
</context>
<context>
    <name>amparo::Corrections</name>
    <message>
        <source>Transaction %1 is itself the reversal of transaction %2 and cannot be reversed; post a new entry instead.</source>
        <translation>القيد %1 هو نفسه قيد عكسي للقيد %2، ولا يمكن عكسه؛ يُرجى ترحيل قيد جديد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Transaction %1 was already reversed by transaction %2.</source>
        <translation>سبق عكس القيد %1 بالقيد %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is a grant commitment; it follows the grant: cancel or close the grant instead of reversing it.</source>
        <translation>القيد %1 قيد التزام بمنحة، وهو يتبع المنحة: يُرجى إلغاء المنحة أو إغلاقها بدلًا من عكس القيد.</translation>
    </message>
    <message>
        <source>The reason for the reversal</source>
        <translation>سبب القيد العكسي</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, before transaction %2 itself (%3).</source>
        <translation>لا يمكن أن يكون تاريخ القيد العكسي %1، أي قبل تاريخ القيد %2 نفسه (%3).</translation>
    </message>
    <message>
        <source>The reversal cannot be dated %1, in the future.</source>
        <translation>لا يمكن أن يكون تاريخ القيد العكسي %1، فهو تاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولم يعد من الممكن عكس دفعاتها. يُرجى تسجيل استرداد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The rest of grant %1 has been released to the fund; its payments can no longer be reversed. Record a refund instead.</source>
        <translation>أُعيد الرصيد المتبقي من المنحة %1 إلى الصندوق؛ ولم يعد من الممكن عكس دفعاتها. يُرجى تسجيل استرداد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Reversing this payment would leave grant %1 with more refunded than paid; reverse the refunds first.</source>
        <translation>عكس هذه الدفعة سيجعل المبالغ المستردة من المنحة %1 أكبر من المبالغ المدفوعة لها؛ يُرجى عكس عمليات الاسترداد أولًا.</translation>
    </message>
    <message>
        <source>Reversal of transaction %1: %2</source>
        <translation>قيد عكسي للقيد %1: %2</translation>
    </message>
    <message>
        <source>Reversing transaction %1 would leave fund %2 with less than nothing available (%3); cancel or reduce grants first.</source>
        <translation>عكس القيد %1 سيجعل الرصيد المتاح في الصندوق %2 سالبًا (%3)؛ يُرجى إلغاء منح أو تخفيض مبالغها أولًا.</translation>
    </message>
    <message>
        <source>A payment was reversed.</source>
        <translation>عُكست إحدى الدفعات.</translation>
    </message>
</context>
<context>
    <name>amparo::Countries</name>
    <message>
        <source>Andorra</source>
        <translation>أندورا</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>أنتيغوا وبربودا</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>أنغيلا</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>ألبانيا</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>أرمينيا</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>أنغولا</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>أنتاركتيكا</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>الأرجنتين</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>ساموا الأمريكية</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>النمسا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>أروبا</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>جزر ألاند</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>أذربيجان</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>البوسنة والهرسك</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>بربادوس</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>بنغلاديش</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>بلجيكا</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>بوركينا فاسو</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>بلغاريا</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>بوروندي</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>بنن</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>سان بارتليمي</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>برمودا</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>بروني دار السلام</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>بوليفيا</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>هولندا الكاريبية</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>البرازيل</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>جزر البهاما</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>بوتان</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>جزيرة بوفيت</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>بوتسوانا</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>بيلاروس</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>بليز</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>جزر كوكوس (كيلينغ)</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>جمهورية الكونغو الديمقراطية</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>جمهورية أفريقيا الوسطى</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>الكونغو</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>سويسرا</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>كوت ديفوار</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>جزر كوك</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>شيلي</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>الكاميرون</translation>
    </message>
    <message>
        <source>China</source>
        <translation>الصين</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>كولومبيا</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>كوستاريكا</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>كوبا</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>كابو فيردي</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>كوراساو</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>جزيرة كريسماس</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>قبرص</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>تشيكيا</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>جيبوتي</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>الدانمرك</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>دومينيكا</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>الجمهورية الدومينيكية</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>إكوادور</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>إستونيا</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>الصحراء الغربية</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>إسبانيا</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>إثيوبيا</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>فنلندا</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>فيجي</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>جزر فوكلاند</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>ميكرونيزيا</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>جزر فايرو</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>غابون</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>غرينادا</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>جورجيا</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>غيانا الفرنسية</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>غيرنزي</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>غانا</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>جبل طارق</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>غرينلند</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>غامبيا</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>غينيا</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>غواديلوب</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>غينيا الاستوائية</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>اليونان</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>جورجيا الجنوبية وجزر ساندويتش الجنوبية</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>غواتيمالا</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>غوام</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>غينيا - بيساو</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>غيانا</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>هونغ كونغ</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>جزيرة هيرد وجزر ماكدونالد</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>هندوراس</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>كرواتيا</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>هايتي</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>هنغاريا</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>إندونيسيا</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>إسرائيل</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>جزيرة مان</translation>
    </message>
    <message>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>الإقليم البريطاني في المحيط الهندي</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>آيسلندا</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>إيطاليا</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>جيرزي</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>جامايكا</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>اليابان</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>كينيا</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>قيرغيزستان</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>كمبوديا</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>كيريباس</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>جزر القمر</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>سانت كيتس ونيفس</translation>
    </message>
    <message>
        <source>Democratic People’s Republic of Korea</source>
        <translation>جمهورية كوريا الشعبية الديمقراطية</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>جمهورية كوريا</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>جزر كايمان</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>كازاخستان</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>لاوس</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>سانت لوسيا</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>ليختنشتاين</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>سري لانكا</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>ليبريا</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>ليسوتو</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>ليتوانيا</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>لكسمبرغ</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>لاتفيا</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>ليبيا</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>موناكو</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>مولدوفا</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>الجبل الأسود</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>سان مارتن</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>مدغشقر</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>جزر مارشال</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>مقدونيا الشمالية</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>مالي</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ميانمار</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>منغوليا</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>ماكاو</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>جزر ماريانا الشمالية</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>مارتينيك</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>موريتانيا</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>مونتسيرات</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>مالطة</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>موريشيوس</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>ملديف</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>ملاوي</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>المكسيك</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ماليزيا</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>موزامبيق</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>ناميبيا</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>كاليدونيا الجديدة</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>النيجر</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>جزيرة نورفلك</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>نيكاراغوا</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>النرويج</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نيبال</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>ناورو</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>نيوي</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>نيوزيلندا</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عمان</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>بنما</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>بيرو</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>بولينيزيا الفرنسية</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>بابوا غينيا الجديدة</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>الفلبين</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>باكستان</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>سان بيار وميكلون</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>بيتكيرن</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>بورتوريكو</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>فلسطين</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>البرتغال</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>بالاو</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>باراغواي</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>ريونيون</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>رومانيا</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>صربيا</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>روسيا</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>رواندا</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>المملكة العربية السعودية</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>جزر سليمان</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>سيشيل</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>السودان</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>السويد</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>سنغافورة</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>سانت هيلانة</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>سلوفينيا</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>جزر سفالبارد وجان ماين</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>سلوفاكيا</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سيراليون</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>سان مارينو</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>السنغال</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>سورينام</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>جنوب السودان</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>سان تومي وبرينسيبي</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>السلفادور</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>سانت مارتن</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>إسواتيني</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>جزر تركس وكايكوس</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>تشاد</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>الأراضي الفرنسية الجنوبية</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>توغو</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>تايلند</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>طاجيكستان</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>توكيلاو</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>تيمور - ليشتي</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>تركمانستان</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>تونغا</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>ترينيداد وتوباغو</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>توفالو</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>تايوان</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>تنزانيا</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>أوكرانيا</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>أوغندا</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>جزر الولايات المتحدة النائية</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>أوروغواي</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>أوزبكستان</translation>
    </message>
    <message>
        <source>Holy See</source>
        <translation>الكرسي الرسولي</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>سانت فنسنت وجزر غرينادين</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>فنزويلا</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>جزر فرجن البريطانية</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>جزر فرجن التابعة للولايات المتحدة</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>فييت نام</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>فانواتو</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>جزر واليس وفوتونا</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>ساموا</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>كوسوفو</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>جزيرة مايوت</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>جنوب أفريقيا</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>زامبيا</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>زمبابوي</translation>
    </message>
</context>
<context>
    <name>amparo::Currency</name>
    <message>
        <source>%1 is missing; give a currency code such as EUR or USD.</source>
        <translation>يلزم إدخال %1؛ يُرجى تحديد رمز عملة مثل EUR أو USD.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a currency Amparo knows; use an ISO 4217 code such as EUR, USD, CHF, JPY or KWD.</source>
        <translation>%1: «%2» ليست عملة يعرفها Amparo؛ يُرجى استخدام رمز ISO 4217 مثل EUR أو USD أو CHF أو JPY أو KWD.</translation>
    </message>
</context>
<context>
    <name>amparo::Database</name>
    <message>
        <source>The key does not open this database, or the file is not an Amparo database (%1).</source>
        <translation>المفتاح لا يفتح قاعدة البيانات هذه، أو أن الملف ليس قاعدة بيانات Amparo (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2).</source>
        <translation>ملف قاعدة البيانات تالف (%1: %2).</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (%1).</source>
        <translation>الخزنة قيد الاستخدام من عملية Amparo أخرى؛ يُرجى المحاولة مجددًا بعد انتهائها (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be written or opened: %1 (%2).</source>
        <translation>تتعذّر الكتابة في ملف قاعدة البيانات أو فتحه: %1 (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (code %3).</source>
        <translation>خطأ في قاعدة البيانات أثناء %1: %2 (الرمز %3).</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>توجد قاعدة بيانات بالفعل في %1.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>لا توجد قاعدة بيانات في %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation>تطبيق المفتاح</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this program; refusing to open the vault without encryption.</source>
        <translation>مكتبة SQLCipher غير مفعَّلة في هذا البرنامج؛ ولن تُفتح الخزنة دون تشفير.</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>تعذّر تحويل قاعدة البيانات إلى وضع التسجيل المسبق للكتابة (WAL).</translation>
    </message>
    <message>
        <source>The key cannot change inside a transaction.</source>
        <translation>لا يمكن تغيير المفتاح داخل معاملة قاعدة بيانات جارية.</translation>
    </message>
    <message>
        <source>changing the database key</source>
        <translation>تغيير مفتاح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The vault is in use by another Amparo process; try again when it has finished (checkpoint).</source>
        <translation>الخزنة قيد الاستخدام من عملية Amparo أخرى؛ يُرجى المحاولة مجددًا بعد انتهائها (نقطة التحقق checkpoint).</translation>
    </message>
    <message>
        <source>The disk is full, or a file has grown too large for this disk: Amparo could not save this, and nothing of it was kept. Free some space and try again; what was saved before is safe. (%1)</source>
        <translation>القرص ممتلئ، أو أصبح أحد الملفات أكبر مما يتسع له هذا القرص: تعذّر على Amparo حفظ هذا، ولم يُحتفظ بأي جزء منه. أفرغ بعض المساحة وأعد المحاولة؛ ما حُفظ من قبل سليم. (%1)</translation>
    </message>
    <message>
        <source>The disk could not read or write the vault&apos;s files (an input/output error), so this was not saved. The disk may be failing or disconnected; check it, then open the vault again. (%1: %2)</source>
        <translation>تعذّر على القرص قراءة ملفات الخزنة أو الكتابة فيها (خطأ في الإدخال/الإخراج)، لذلك لم يُحفظ هذا. قد يكون القرص معطلاً أو مفصولاً؛ افحصه ثم افتح الخزنة من جديد. (%1: %2)</translation>
    </message>
    <message>
        <source>The benchmark&apos;s plaintext database must be a new file; %1 exists.</source>
        <translation>يجب أن تكون قاعدة البيانات غير المشفَّرة الخاصة باختبار الأداء ملفًا جديدًا؛ والملف %1 موجود بالفعل.</translation>
    </message>
</context>
<context>
    <name>amparo::DatabaseSalt</name>
    <message>
        <source>The vault&apos;s database file %1 is missing.</source>
        <translation>ملف قاعدة بيانات الخزنة %1 مفقود.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file %1 is truncated.</source>
        <translation>ملف قاعدة بيانات الخزنة %1 مبتور (ناقص).</translation>
    </message>
</context>
<context>
    <name>amparo::DemoGenerator</name>
    <message numerus="yes">
        <source>This vault already holds %n case(s) or person(s); demo data goes only into a new, empty vault.</source>
        <translation>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n سجل (حالات أو أشخاص)؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة فارغة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n سجل (حالة أو شخص)؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة فارغة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n سجلين (حالات أو أشخاص)؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة فارغة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n سجلات (حالات أو أشخاص)؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة فارغة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n سجلًا (حالات أو أشخاص)؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة فارغة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n سجل (حالات أو أشخاص)؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة فارغة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault already has a user &quot;%1&quot;; demo data goes only into a new vault.</source>
        <translation>يوجد في هذه الخزنة بالفعل مستخدم باسم «%1»؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1.</source>
        <translation>يجب أن يكون عدد الحالات التجريبية بين 0 و%1.</translation>
    </message>
    <message numerus="yes">
        <source>This vault already has %n fund(s); demo data goes only into a new vault.</source>
        <translation>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n صندوق؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n صندوق؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n صندوقين؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n صناديق؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n صندوقًا؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</numerusform>
            <numerusform>تحتوي هذه الخزنة بالفعل على %n صندوق؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة جديدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::DisbursementService</name>
    <message>
        <source>The currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The date of payment</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>The amount is in %1 but grant %2 is in %3; give the exchange rate of the day (how many %1 one %3 buys).</source>
        <translation>المبلغ بعملة %1، في حين أن المنحة %2 بعملة %3؛ يُرجى إدخال سعر الصرف السائد في ذلك اليوم (عدد وحدات %1 مقابل وحدة واحدة من %3).</translation>
    </message>
    <message>
        <source>%1 at the rate %2 is worth less than the smallest unit of %3.</source>
        <translation>قيمة %1 بسعر الصرف %2 أقل من أصغر وحدة في عملة %3.</translation>
    </message>
    <message>
        <source>pay a grant they requested</source>
        <translation>صرف منحة طلبها</translation>
    </message>
    <message>
        <source>pay a grant they approved</source>
        <translation>صرف منحة وافق عليها</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only approved grants can be paid.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولا يمكن الصرف إلا للمنح الموافَق عليها.</translation>
    </message>
    <message>
        <source>Paying %1 for grant %2 would go beyond what was approved: %3 approved, %4 already paid, %5 left.</source>
        <translation>دفع %1 للمنحة %2 يتجاوز المبلغ الموافَق عليه: الموافَق عليه %3، والمدفوع حتى الآن %4، والمتبقي %5.</translation>
    </message>
    <message>
        <source>Payment for %1 (case %2)</source>
        <translation>دفعة للمنحة %1 (الحالة %2)</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>دُفعت بالكامل.</translation>
    </message>
    <message>
        <source>Grant %1 is %2; refunds are recorded for grants that have been paid.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولا تُسجَّل عمليات الاسترداد إلا للمنح التي صُرفت مبالغها.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 paid for grant %3 and not yet refunded.</source>
        <translation>استرداد %1 يتجاوز المبلغ المدفوع للمنحة %3 الذي لم يُسترد بعد، وهو %2.</translation>
    </message>
    <message>
        <source>Refund of unspent money of %1 (case %2)</source>
        <translation>استرداد المبالغ غير المنفقة من المنحة %1 (الحالة %2)</translation>
    </message>
    <message>
        <source>Grant %1 is %2; payments can only be finished while the grant is being disbursed.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولا يمكن إنهاء الدفعات إلا حين تكون المنحة قيد الصرف.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>payments finished</source>
        <translation>انتهت الدفعات</translation>
    </message>
    <message>
        <source>Grant %1 cannot be justified: the payments of %2 have no receipt yet.</source>
        <translation>لا يمكن اعتبار المنحة %1 مبررة: الدفعات المؤرخة %2 ليس لها إيصال بعد.</translation>
    </message>
    <message>
        <source>There is no disbursement with the id %1.</source>
        <translation>لا توجد عملية صرف بالمعرِّف %1.</translation>
    </message>
</context>
<context>
    <name>amparo::DocumentLanguage</name>
    <message>
        <source>Unknown document language &quot;%1&quot;; use one of: %2.</source>
        <translation>لغة مستند غير معروفة: «%1»؛ يُرجى استخدام إحدى القيم التالية: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::DraftStore</name>
    <message>
        <source>A draft needs to say what was edited.</source>
        <translation>يجب أن تُحدِّد المسودة ما جرى تعديله.</translation>
    </message>
    <message>
        <source>This draft is too large to keep (%1 KiB; at most %2 KiB).</source>
        <translation>هذه المسودة أكبر من أن تُحفظ (%1 كيلوبايت؛ والحد الأقصى %2 كيلوبايت).</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>لم تعد هذه المسودة موجودة.</translation>
    </message>
</context>
<context>
    <name>amparo::FundService</name>
    <message>
        <source>The fund code &quot;%1&quot; must be 2 to 12 capital letters or digits, starting with a letter (for example UAF).</source>
        <translation>يجب أن يتألف رمز الصندوق «%1» من 2 إلى 12 حرفًا لاتينيًّا كبيرًا أو رقمًا، وأن يبدأ بحرف (مثل UAF).</translation>
    </message>
    <message>
        <source>The fund name</source>
        <translation>اسم الصندوق</translation>
    </message>
    <message>
        <source>The fund currency</source>
        <translation>عملة الصندوق</translation>
    </message>
    <message>
        <source>The annual budget must be between zero and %1.</source>
        <translation>يجب أن تكون الميزانية السنوية بين الصفر و%1.</translation>
    </message>
    <message>
        <source>The two-approver threshold must be between zero and %1.</source>
        <translation>يجب أن يكون الحد الذي تُشترط فوقه موافقتان بين الصفر و%1.</translation>
    </message>
    <message>
        <source>A country of the fund</source>
        <translation>أحد بلدان الصندوق</translation>
    </message>
    <message>
        <source>The programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>The assistance types</source>
        <translation>أنواع المساعدة</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1 to be a donor.</source>
        <translation>لا توجد منظمة بالمعرِّف %1 لتكون جهة مانحة.</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor; record it as a donor organisation first.</source>
        <translation>المنظمة %1 ليست جهة مانحة؛ يُرجى تسجيلها بوصفها منظمة مانحة أولًا.</translation>
    </message>
    <message>
        <source>There is already a fund with the code %1.</source>
        <translation>يوجد بالفعل صندوق بالرمز %1.</translation>
    </message>
    <message>
        <source>There is no fund with the id %1.</source>
        <translation>لا يوجد صندوق بالمعرِّف %1.</translation>
    </message>
    <message>
        <source>There is no fund with the code &quot;%1&quot;.</source>
        <translation>لا يوجد صندوق بالرمز «%1».</translation>
    </message>
    <message>
        <source>The currency of the contribution</source>
        <translation>عملة المساهمة</translation>
    </message>
    <message>
        <source>The amount of the contribution</source>
        <translation>مبلغ المساهمة</translation>
    </message>
    <message>
        <source>The date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>The organisation %1 is not a donor of fund %2.</source>
        <translation>المنظمة %1 ليست من الجهات المانحة للصندوق %2.</translation>
    </message>
    <message>
        <source>The contribution is in %1 but fund %2 keeps its accounts in %3; give the exchange rate of the day.</source>
        <translation>المساهمة بعملة %1، في حين أن حسابات الصندوق %2 تُمسك بعملة %3؛ يُرجى إدخال سعر الصرف السائد في ذلك اليوم.</translation>
    </message>
    <message>
        <source>The contribution in %1</source>
        <translation>المساهمة بعملة %1</translation>
    </message>
    <message>
        <source>Contribution to %1 %2</source>
        <translation>مساهمة في الصندوق %1 %2</translation>
    </message>
    <message>
        <source>Fund %1 is closed to new grants.</source>
        <translation>الصندوق %1 مغلق أمام المنح الجديدة.</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for cases in %2; this case is in %3.</source>
        <translation>لا يجوز للصندوق %1 الصرف إلا على حالات في البلدان التالية: %2؛ وبلد هذه الحالة: %3.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for the programmes %2; this case is in %3.</source>
        <translation>لا يجوز للصندوق %1 الصرف إلا على البرامج التالية: %2؛ وهذه الحالة ضمن برنامج «%3».</translation>
    </message>
    <message>
        <source>Fund %1 may only pay for %2; this assistance is %3.</source>
        <translation>لا يجوز للصندوق %1 الصرف إلا على: %2؛ ونوع هذه المساعدة: %3.</translation>
    </message>
</context>
<context>
    <name>amparo::GrantService</name>
    <message>
        <source>The currency of the grant</source>
        <translation>عملة المنحة</translation>
    </message>
    <message>
        <source>Fund %1 keeps its accounts in %2; request the grant in %2 (payments may still be made in %3 at the rate of the day).</source>
        <translation>تُمسك حسابات الصندوق %1 بعملة %2؛ يُرجى طلب المنحة بعملة %2 (ويظل بالإمكان صرف الدفعات بعملة %3 بسعر الصرف السائد يوم الدفع).</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>The assistance %1 belongs to another case than %2.</source>
        <translation>المساعدة %1 تنتمي إلى حالة غير الحالة %2.</translation>
    </message>
    <message>
        <source>The beneficiary must be a person of case %1.</source>
        <translation>يجب أن يكون المستفيد من الأشخاص المرتبطين بالحالة %1.</translation>
    </message>
    <message>
        <source>The beneficiary organisation does not exist.</source>
        <translation>المنظمة المستفيدة غير موجودة.</translation>
    </message>
    <message>
        <source>A grant request needs at least one budget line with an amount.</source>
        <translation>يجب أن يتضمن طلب المنحة بندًا واحدًا على الأقل من بنود الميزانية مع مبلغه.</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>بند الميزانية %1</translation>
    </message>
    <message>
        <source>The total of the budget lines</source>
        <translation>مجموع بنود الميزانية</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only drafts and requests returned for changes can be edited.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولا يمكن تعديل إلا المسودات والطلبات المُعادة للتعديل.</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>«%1» وضع نهائي.</translation>
    </message>
    <message>
        <source>from %1 it can go to: %2.</source>
        <translation>ومن «%1» يمكن الانتقال إلى: %2.</translation>
    </message>
    <message>
        <source>Grant %1 cannot go from %2 to %3; %4</source>
        <translation>لا يمكن نقل المنحة %1 من «%2» إلى «%3»؛ %4</translation>
    </message>
    <message>
        <source>Release of %1: %2</source>
        <translation>تحرير الالتزام المتبقي للمنحة %1: %2</translation>
    </message>
    <message>
        <source>approve their own grant request</source>
        <translation>الموافقة على طلب منحة قدّمه</translation>
    </message>
    <message>
        <source>Grant %1 is %2; only submitted requests can be approved.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولا يمكن الموافقة إلا على الطلبات المقدَّمة.</translation>
    </message>
    <message>
        <source>give both approvals of a grant</source>
        <translation>إعطاء الموافقتين كلتيهما على منحة واحدة</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>المبلغ الموافَق عليه</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the %3 requested.</source>
        <translation>لا يمكن أن يتجاوز %1 (%2) المبلغ المطلوب، وهو %3.</translation>
    </message>
    <message>
        <source>Fund %1 has %2 available; approving %3 for grant %4 would commit more than it has. An administrator can authorise the over-commitment with a written reason.</source>
        <translation>الرصيد المتاح في الصندوق %1 هو %2؛ والموافقة على %3 للمنحة %4 تعني الالتزام بأكثر مما يملكه الصندوق. ويمكن للمسؤول الإذن بتجاوز الالتزام مع ذكر السبب كتابةً.</translation>
    </message>
    <message>
        <source>Commitment of %1 for case %2</source>
        <translation>الالتزام بالمنحة %1 للحالة %2</translation>
    </message>
    <message>
        <source>decide on their own grant request</source>
        <translation>البت في طلب منحة قدّمه</translation>
    </message>
    <message>
        <source>The reason for the rejection</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>التعديلات المطلوبة</translation>
    </message>
    <message>
        <source>The reason for the cancellation</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغيت المنحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>أُغلقت المنحة</translation>
    </message>
    <message>
        <source>Grant %1 is %2; an over-commitment can only be authorised for a submitted request.</source>
        <translation>وضع المنحة %1 هو «%2»؛ ولا يمكن الإذن بتجاوز الالتزام إلا لطلب مقدَّم.</translation>
    </message>
    <message>
        <source>The reason for the over-commitment</source>
        <translation>سبب تجاوز الالتزام</translation>
    </message>
    <message>
        <source>There is no grant with the id %1.</source>
        <translation>لا توجد منحة بالمعرِّف %1.</translation>
    </message>
    <message>
        <source>There is no grant with the reference &quot;%1&quot;.</source>
        <translation>لا توجد منحة بالرقم المرجعي «%1».</translation>
    </message>
    <message>
        <source>Unknown grant status &quot;%1&quot;; use one of: %2.</source>
        <translation>وضع منحة غير معروف: «%1»؛ يُرجى استخدام إحدى القيم التالية: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::InterventionService</name>
    <message>
        <source>The kind of intervention</source>
        <translation>نوع التدخُّل</translation>
    </message>
    <message>
        <source>The date it was sent is required.</source>
        <translation>تاريخ الإرسال مطلوب.</translation>
    </message>
    <message>
        <source>The date it was sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>The addressee organisation does not exist.</source>
        <translation>المنظمة المرسَل إليها غير موجودة.</translation>
    </message>
    <message>
        <source>The addressee</source>
        <translation>الجهة المرسَل إليها</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>the date it was sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>There is no intervention with the id %1.</source>
        <translation>لا يوجد تدخُّل بالمعرِّف %1.</translation>
    </message>
</context>
<context>
    <name>amparo::JournalRegister</name>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>تبدأ الفترة في %1، أي بعد نهايتها في %2.</translation>
    </message>
    <message>
        <source>No grant was requested for a case with the reference &quot;%1&quot;.</source>
        <translation>لم تُطلب أي منحة لحالة بالرقم المرجعي «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::Kdf</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation>معاملات اشتقاق المفتاح تالفة.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>الذاكرة غير كافية لاشتقاق المفتاح (يلزم %1 ميغابايت).</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>عبارة المرور ليست نصًّا صالحًا بترميز UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n character(s).</source>
        <translation>
            <numerusform>عبارة المرور قصيرة جدًّا: يُرجى استخدام %n حرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًّا: يُرجى استخدام %n حرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًّا: يُرجى استخدام %n حرفين على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًّا: يُرجى استخدام %n أحرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًّا: يُرجى استخدام %n حرفًا على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًّا: يُرجى استخدام %n حرف على الأقل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::KeySlot</name>
    <message>
        <source>Sealing the master key failed.</source>
        <translation>تعذّر ختم المفتاح الرئيسي (تشفيره).</translation>
    </message>
    <message>
        <source>A key slot is damaged (wrong length).</source>
        <translation>إحدى خانات المفاتيح تالفة (طولها غير صحيح).</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>اسم المستخدم أو عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>لا تحتوي خانة المفتاح على مفتاح رئيسي صالح للاستخدام.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotFile</name>
    <message>
        <source>The key-slot file is damaged: %1</source>
        <translation>ملف خانات المفاتيح تالف: %1</translation>
    </message>
    <message>
        <source>line %1 has a malformed %2 field.</source>
        <translation>الحقل %2 في السطر %1 بصيغة غير سليمة.</translation>
    </message>
    <message>
        <source>line %1 names an unknown kind of slot.</source>
        <translation>يذكر السطر %1 نوعًا غير معروف من خانات المفاتيح.</translation>
    </message>
    <message>
        <source>line %1 has an unexpected field.</source>
        <translation>يحتوي السطر %1 على حقل غير متوقع.</translation>
    </message>
    <message>
        <source>line %1 uses an unknown key derivation.</source>
        <translation>يستخدم السطر %1 طريقة غير معروفة لاشتقاق المفتاح.</translation>
    </message>
    <message>
        <source>line %1 has key derivation costs out of range.</source>
        <translation>معاملات كلفة اشتقاق المفتاح في السطر %1 خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>it is far larger than a key-slot file can be.</source>
        <translation>حجم الملف أكبر بكثير مما يمكن أن يكون عليه ملف خانات المفاتيح.</translation>
    </message>
    <message>
        <source>it is not an Amparo key-slot file, or of an unknown version.</source>
        <translation>الملف ليس ملف خانات مفاتيح خاصًّا بـ Amparo، أو أن إصداره غير معروف.</translation>
    </message>
    <message>
        <source>it is truncated (the checksum line is missing).</source>
        <translation>الملف مبتور (سطر المجموع الاختباري مفقود).</translation>
    </message>
    <message>
        <source>its checksum does not match (the file was cut short or edited).</source>
        <translation>المجموع الاختباري غير مطابق (اقتُطع جزء من الملف أو عُدِّل).</translation>
    </message>
    <message>
        <source>line %1 is not understood.</source>
        <translation>تعذّر فهم السطر %1.</translation>
    </message>
    <message>
        <source>the vault identity is missing.</source>
        <translation>هوية الخزنة مفقودة.</translation>
    </message>
</context>
<context>
    <name>amparo::KeySlotStore</name>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>ملف خانات المفاتيح %1 مفقود.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo vault (no key-slot file).</source>
        <translation>%1 ليس خزنة Amparo (لا يوجد ملف خانات المفاتيح).</translation>
    </message>
    <message>
        <source>%1 There is no backup copy; restore the vault from a backup.</source>
        <translation>%1 لا توجد نسخة احتياطية من هذا الملف؛ يُرجى استعادة الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 The backup copy is damaged too: %2</source>
        <translation>%1 والنسخة الاحتياطية تالفة أيضًا: %2</translation>
    </message>
</context>
<context>
    <name>amparo::Ledger</name>
    <message>
        <source>The ledger is locked up to %1; nothing can be posted on %2. Post it with a date after the lock.</source>
        <translation>دفتر الأستاذ مُقفل حتى %1؛ ولا يمكن ترحيل أي قيد بتاريخ %2. يُرجى ترحيله بتاريخ لاحق لتاريخ الإقفال.</translation>
    </message>
    <message>
        <source>A ledger transaction needs a date.</source>
        <translation>يلزم تحديد تاريخ لقيد دفتر الأستاذ.</translation>
    </message>
    <message>
        <source>The posting date</source>
        <translation>تاريخ الترحيل</translation>
    </message>
    <message>
        <source>A ledger transaction needs at least two postings.</source>
        <translation>يجب أن يتضمن قيد دفتر الأستاذ طرفين على الأقل.</translation>
    </message>
    <message>
        <source>The posting to %1 is in &quot;%2&quot;, which is not a currency Amparo knows.</source>
        <translation>الطرف المرحَّل إلى الحساب %1 بعملة «%2»، وهي ليست عملة يعرفها Amparo.</translation>
    </message>
    <message>
        <source>The posting to %1 has no amount.</source>
        <translation>الطرف المرحَّل إلى الحساب %1 بلا مبلغ.</translation>
    </message>
    <message>
        <source>The transaction &quot;%1&quot; does not balance: its %2 postings add up to %3 instead of zero.</source>
        <translation>القيد «%1» غير متوازن: مجموع أطرافه بعملة %2 يساوي %3 بدلًا من الصفر.</translation>
    </message>
    <message>
        <source>The end of the locked period</source>
        <translation>نهاية الفترة المقفلة</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>يلزم إدخال %1.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (%2).</source>
        <translation>%1: لا يمكن أن يكون التاريخ في المستقبل (%2).</translation>
    </message>
    <message>
        <source>The reason for the lock</source>
        <translation>سبب الإقفال</translation>
    </message>
    <message>
        <source>The ledger is already locked up to %1; a lock can only move forward.</source>
        <translation>دفتر الأستاذ مُقفل بالفعل حتى %1؛ ولا يمكن نقل الإقفال إلا إلى تاريخ لاحق.</translation>
    </message>
    <message>
        <source>There is no ledger transaction with the id %1.</source>
        <translation>لا يوجد قيد في دفتر الأستاذ بالمعرِّف %1.</translation>
    </message>
    <message>
        <source>transaction %1 does not balance in %2 (off by %3)</source>
        <translation>القيد %1 غير متوازن بعملة %2 (الفرق %3)</translation>
    </message>
    <message>
        <source>transaction %1 has postings dated apart from it</source>
        <translation>للقيد %1 أطراف بتاريخ يختلف عن تاريخه</translation>
    </message>
    <message>
        <source>transaction %1 has fewer than two postings</source>
        <translation>للقيد %1 أقل من طرفين</translation>
    </message>
    <message>
        <source>transaction %1 was posted into a locked period</source>
        <translation>رُحِّل القيد %1 في فترة مقفلة</translation>
    </message>
    <message>
        <source>The posting to %1</source>
        <translation>الطرف المرحَّل إلى الحساب %1</translation>
    </message>
</context>
<context>
    <name>amparo::LoginThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة جدًّا: يُرجى الانتظار %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًّا: يُرجى الانتظار %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًّا: يُرجى الانتظار %n ثانيتين قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًّا: يُرجى الانتظار %n ثوانٍ قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًّا: يُرجى الانتظار %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًّا: يُرجى الانتظار %n ثانية قبل المحاولة مجددًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::MedicalRecordService</name>
    <message>
        <source>A medical record can only be kept for torture, ill-treatment or sexual violence; this violation is recorded as %1.</source>
        <translation>لا يمكن الاحتفاظ بسجل طبي إلا لانتهاكات التعذيب أو سوء المعاملة أو العنف الجنسي؛ وهذا الانتهاك مسجَّل بوصفه «%1».</translation>
    </message>
    <message>
        <source>The date of the examination is required.</source>
        <translation>تاريخ الفحص مطلوب.</translation>
    </message>
    <message>
        <source>The date of the examination</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>تاريخ الانتهاك</translation>
    </message>
    <message>
        <source>The examiner</source>
        <translation>القائم بالفحص</translation>
    </message>
    <message>
        <source>A medical record holds at most %1 findings.</source>
        <translation>الحد الأقصى لعدد النتائج الطبية في السجل الطبي الواحد هو %1.</translation>
    </message>
    <message>
        <source>The kind of finding %1</source>
        <translation>نوع النتيجة الطبية %1</translation>
    </message>
    <message>
        <source>The description of finding %1</source>
        <translation>وصف النتيجة الطبية %1</translation>
    </message>
    <message>
        <source>The consistency of finding %1</source>
        <translation>درجة اتساق النتيجة الطبية %1</translation>
    </message>
</context>
<context>
    <name>amparo::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency Amparo knows.</source>
        <translation>«%1» ليست عملة يعرفها Amparo.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>يجب أن تكون قيمة %1 أكبر من الصفر.</translation>
    </message>
    <message>
        <source>%1 of %2 is not plausible; no single amount may exceed %3.</source>
        <translation>%1: القيمة %2 غير معقولة؛ ولا يجوز أن يتجاوز أي مبلغ منفرد %3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>يلزم إدخال %1.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount; write it like 1500.00, without spaces, currency signs or thousands separators.</source>
        <translation>%1: «%2» ليس مبلغًا صالحًا؛ يُرجى كتابته بالشكل 1500.00، دون مسافات أو رموز عملات أو فواصل للآلاف.</translation>
    </message>
    <message>
        <source>%1 must be more than zero; &quot;%2&quot; is negative.</source>
        <translation>يجب أن تكون قيمة %1 أكبر من الصفر؛ و«%2» قيمة سالبة.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has decimals, but %3 has no minor unit; give a whole number.</source>
        <translation>%1: «%2» يتضمن كسورًا عشرية، لكن عملة %3 ليس لها وحدة فرعية؛ يُرجى إدخال عدد صحيح.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more decimals than %3 has (%4).</source>
        <translation>%1: «%2» يتضمن خانات عشرية أكثر مما تسمح به عملة %3 (%4).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not plausible; no single amount may exceed %3.</source>
        <translation>%1: القيمة «%2» غير معقولة؛ ولا يجوز أن يتجاوز أي مبلغ منفرد %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an exchange rate; write a positive number such as 20.1234.</source>
        <translation>%1: «%2» ليس سعر صرف صالحًا؛ يُرجى كتابة عدد موجب مثل 20.1234.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range; a rate has at most %3 decimals, 18 digits in all, and is below one billion.</source>
        <translation>%1: «%2» خارج النطاق المسموح به؛ فسعر الصرف لا تتجاوز خاناته العشرية %3، ولا يتجاوز مجموع أرقامه 18 رقمًا، ويكون أقل من مليار.</translation>
    </message>
    <message>
        <source>%1 at the rate %2 would be more than %3; check the rate.</source>
        <translation>قيمة %1 بسعر الصرف %2 ستتجاوز %3؛ يُرجى التحقق من سعر الصرف.</translation>
    </message>
</context>
<context>
    <name>amparo::OrganisationService</name>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>The kind of organisation</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>بلد المنظمة</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>There is no organisation with the id %1.</source>
        <translation>لا توجد منظمة بالمعرِّف %1.</translation>
    </message>
</context>
<context>
    <name>amparo::Permission</name>
    <message>
        <source>manage users</source>
        <translation>إدارة المستخدمين</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>الاطلاع على سجل التدقيق</translation>
    </message>
    <message>
        <source>read restricted cases</source>
        <translation>الاطلاع على الحالات المقيَّدة الاطلاع</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>الاطلاع على الحالات</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>تعديل الحالات</translation>
    </message>
    <message>
        <source>export case data</source>
        <translation>تصدير بيانات الحالات</translation>
    </message>
    <message>
        <source>request grants</source>
        <translation>طلب المنح</translation>
    </message>
    <message>
        <source>approve grants</source>
        <translation>الموافقة على المنح</translation>
    </message>
    <message>
        <source>record ledger entries</source>
        <translation>تسجيل القيود في دفتر الأستاذ</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>الاطلاع على دفتر الأستاذ</translation>
    </message>
    <message>
        <source>back up the vault</source>
        <translation>إنشاء نسخة احتياطية من الخزنة</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>الحساب «%1» معطَّل.</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation>لا يملك %1 (%2) صلاحية %3.</translation>
    </message>
    <message>
        <source>Four-eyes rule: %1 cannot %2 as the same person.</source>
        <translation>قاعدة «العيون الأربع»: لا يمكن أن يتولى %1 بنفسه %2؛ يلزم أن يتولى ذلك شخص آخر.</translation>
    </message>
</context>
<context>
    <name>amparo::PersonService</name>
    <message>
        <source>The name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>المعرِّف الخارجي</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>The year of birth %1 is not between 1900 and %2.</source>
        <translation>سنة الميلاد %1 ليست بين 1900 و%2.</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Give the person at least one role (victim, defender, …).</source>
        <translation>يُرجى إسناد دور واحد على الأقل إلى الشخص (ضحية، مدافع، …).</translation>
    </message>
    <message>
        <source>The vulnerability</source>
        <translation>عامل الضعف</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>عنوان السكن</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>The affiliation refers to an organisation that does not exist.</source>
        <translation>تشير جهة الانتماء إلى منظمة غير موجودة.</translation>
    </message>
    <message>
        <source>The external id &quot;%1&quot; is already used by another person.</source>
        <translation>المعرِّف الخارجي «%1» مستخدَم بالفعل لشخص آخر.</translation>
    </message>
    <message>
        <source>%1 was anonymised and can no longer be edited.</source>
        <translation>جرى إخفاء هوية %1 (إغفال البيانات)، ولم يعد من الممكن تعديل بياناته.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>لا يوجد شخص بالمعرِّف %1.</translation>
    </message>
    <message>
        <source>same name and year of birth</source>
        <translation>الاسم نفسه وسنة الميلاد نفسها</translation>
    </message>
    <message>
        <source>same telephone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>عنوان البريد الإلكتروني نفسه</translation>
    </message>
</context>
<context>
    <name>amparo::RecordOwner</name>
    <message>
        <source>The kind of record</source>
        <translation>نوع السجل</translation>
    </message>
</context>
<context>
    <name>amparo::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that is not part of any recovery key (only letters and digits).</source>
        <translation>يحتوي مفتاح الاسترداد على محرف لا يرد في أي مفتاح استرداد (لا يتضمن المفتاح إلا حروفًا وأرقامًا).</translation>
    </message>
    <message>
        <source>The recovery key is too long: it has 32 letters and digits.</source>
        <translation>مفتاح الاسترداد أطول من اللازم: فهو يتألف من 32 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <source>The recovery key is too short: it has 32 letters and digits.</source>
        <translation>مفتاح الاسترداد أقصر من اللازم: فهو يتألف من 32 حرفًا ورقمًا.</translation>
    </message>
</context>
<context>
    <name>amparo::Role</name>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسؤول الحالة</translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation>مدير الصندوق</translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation>الموظف المالي</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>المدقق</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are admin, caseworker, fund_manager, finance and auditor.</source>
        <translation>دور غير معروف «%1»؛ الأدوار المتاحة هي: admin، caseworker، fund_manager، finance، auditor.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>يلزم تحديد دور واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>amparo::Schema</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>إصدار مخطط غير معروف: %1.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Amparo (schema %1; this version knows up to %2). Update Amparo to open it.</source>
        <translation>كُتبت هذه الخزنة بإصدار أحدث من Amparo (المخطط %1؛ وهذا الإصدار يدعم المخططات حتى %2). يُرجى تحديث Amparo لفتحها.</translation>
    </message>
</context>
<context>
    <name>amparo::Session</name>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
</context>
<context>
    <name>amparo::Settings</name>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation>يجب أن تكون قيمة الإعداد %1 عددًا صحيحًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>The case reference prefix must be 1 to 8 capital letters or digits, starting with a letter.</source>
        <translation>يجب أن تتألف بادئة الرقم المرجعي للحالات من 1 إلى 8 أحرف لاتينية كبيرة أو أرقام، وأن تبدأ بحرف.</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>إعداد غير معروف: %1.</translation>
    </message>
    <message>
        <source>The approval threshold must be an amount such as 1500 or 1500.50, without grouping.</source>
        <translation>يجب أن يكون حد الموافقة المزدوجة مبلغًا مثل 1500 أو 1500.50، دون فواصل الآلاف.</translation>
    </message>
</context>
<context>
    <name>amparo::Statement</name>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>تحضير «%1»</translation>
    </message>
    <message>
        <source>Empty SQL statement.</source>
        <translation>عبارة SQL فارغة.</translation>
    </message>
    <message>
        <source>More than one SQL statement in &quot;%1&quot;.</source>
        <translation>توجد أكثر من عبارة SQL واحدة في «%1».</translation>
    </message>
    <message>
        <source>binding parameter %1 of &quot;%2&quot;</source>
        <translation>ربط المعامل %1 في «%2»</translation>
    </message>
    <message>
        <source>Parameter %1 of &quot;%2&quot; was not bound.</source>
        <translation>لم يُربط المعامل %1 في «%2».</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>تنفيذ «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned rows where none were expected.</source>
        <translation>أعاد الاستعلام «%1» صفوفًا لم تكن متوقعة.</translation>
    </message>
</context>
<context>
    <name>amparo::TaskService</name>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>تاريخ الاستحقاق مطلوب.</translation>
    </message>
    <message>
        <source>The due date: %1 is not between 1900-01-01 and %2.</source>
        <translation>تاريخ الاستحقاق: %1 ليس بين 1900-01-01 و%2.</translation>
    </message>
    <message>
        <source>The assignee must be an active user.</source>
        <translation>يجب أن يكون الشخص المكلَّف بالمهمة مستخدمًا نشطًا.</translation>
    </message>
    <message>
        <source>The linked record is missing its id.</source>
        <translation>السجل المرتبط يفتقد معرِّفه.</translation>
    </message>
    <message>
        <source>The linked record belongs to another case than the task.</source>
        <translation>السجل المرتبط ينتمي إلى حالة غير حالة المهمة.</translation>
    </message>
    <message>
        <source>%1 may not see the restricted case %2; assign them to the case before giving them a task in it.</source>
        <translation>لا يحق للمستخدم %1 الاطلاع على الحالة المقيَّدة الاطلاع %2؛ يُرجى إسناد الحالة إليه قبل تكليفه بمهمة فيها.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>لا توجد مهمة بالمعرِّف %1.</translation>
    </message>
</context>
<context>
    <name>amparo::User</name>
    <message>
        <source>The user name must have 2 to 64 characters.</source>
        <translation>يجب أن يتألف اسم المستخدم من 2 إلى 64 حرفًا.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain the letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>لا يجوز أن يحتوي اسم المستخدم «%1» إلا على الأحرف اللاتينية a-z، والأرقام، و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>amparo::UserAdministration</name>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>اسم العرض طويل جدًّا (الحد الأقصى لعدد الأحرف %1).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>لا يوجد مستخدم باسم «%1».</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 هو آخر مسؤول نشط؛ يُرجى تعيين مستخدم آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <source>At least one role is needed.</source>
        <translation>يلزم تحديد دور واحد على الأقل.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken (user names of removed users are not reused).</source>
        <translation>اسم المستخدم «%1» مستخدَم بالفعل (لا يُعاد استخدام أسماء المستخدمين المحذوفين).</translation>
    </message>
    <message>
        <source>You cannot disable or remove yourself.</source>
        <translation>لا يمكنك تعطيل حسابك أو حذفه.</translation>
    </message>
    <message>
        <source>Your key slot is missing from the vault.</source>
        <translation>خانة مفتاحك غير موجودة في الخزنة.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>عبارة المرور الحالية غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>amparo::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>يلزم إدخال %1.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>طول %1 يتجاوز الحد المسموح به: عدد الأحرف %2، والحد الأقصى %3.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation>يوجد محرف تحكم (U+%2) في %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known country code (use two letters, e.g. MX, PH, TN).</source>
        <translation>%1: «%2» ليس رمز بلد معروفًا (يُرجى استخدام حرفين، مثل MX أو PH أو TN).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write 2026-03-14 or 14/03/2026).</source>
        <translation>%1: «%2» ليس تاريخًا صالحًا (يُرجى الكتابة بالصيغة 2026-03-14 أو 14/03/2026).</translation>
    </message>
    <message>
        <source>%1: %2 is before 1900.</source>
        <translation>%1: %2 سابق لعام 1900.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: %2 يقع في المستقبل.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>يقع %1 (%2) قبل %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: «%2» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a telephone number.</source>
        <translation>%1: «%2» ليس رقم هاتف صالحًا.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: القيمة «%2» ليست من القيم المقبولة (%3).</translation>
    </message>
</context>
<context>
    <name>amparo::Vault</name>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation>تعذّر قصر أذونات الوصول إلى %1 على مالكه.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new location for the vault.</source>
        <translation>%1 موجود بالفعل وليس مجلدًا فارغًا؛ يُرجى اختيار موقع جديد للخزنة.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this vault.</source>
        <translation>ملف خانات المفاتيح لا ينتمي إلى هذه الخزنة.</translation>
    </message>
    <message>
        <source>The key slot holds no usable master key.</source>
        <translation>لا تحتوي خانة المفتاح على مفتاح رئيسي صالح للاستخدام.</translation>
    </message>
    <message>
        <source>There is no Amparo vault at %1.</source>
        <translation>لا توجد خزنة Amparo في %1.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>اسم المستخدم أو عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator.</source>
        <translation>الحساب «%1» معطَّل؛ يُرجى التواصل مع أحد المسؤولين.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>يُرجى اختيار مجلد للخزنة.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>لا يوجد مفتاح استرداد لهذه الخزنة.</translation>
    </message>
    <message>
        <source>The recovery key is not the one of this vault.</source>
        <translation>مفتاح الاسترداد هذا ليس مفتاح هذه الخزنة.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose the folder that holds the Amparo vault.</source>
        <translation>%1 ملف وليس مجلدًا: اختر المجلد الذي يحتوي على خزنة Amparo.</translation>
    </message>
    <message>
        <source>The key-slot file in %1 belongs to another vault: it does not match this vault&apos;s database (or the database file was replaced). Put this vault&apos;s own key-slot file back, or restore the vault from a backup.</source>
        <translation>ملف خانات المفاتيح في %1 يخص خزنة أخرى: فهو لا يطابق قاعدة بيانات هذه الخزنة (أو استُبدل ملف قاعدة البيانات). أعد ملف خانات المفاتيح الخاص بهذه الخزنة إلى مكانه، أو استعد الخزنة من نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>amparo::VaultLock</name>
    <message>
        <source>The disk is full: Amparo cannot open the vault at %1. Free some space and try again; nothing was lost.</source>
        <translation>القرص ممتلئ: لا يستطيع Amparo فتح الخزنة في %1. أفرغ بعض المساحة وأعد المحاولة؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>Cannot open the vault&apos;s lock file %1: %2.</source>
        <translation>تعذّر فتح ملف قفل الخزنة %1: %2.</translation>
    </message>
    <message>
        <source>Amparo cannot write in the vault folder %1: it is read-only, or it belongs to another account. Amparo needs to write there to open the vault; make the folder writable, or copy the vault to a folder you can write to.</source>
        <translation>لا يستطيع Amparo الكتابة في مجلد الخزنة %1: فهو للقراءة فقط أو يخص حسابًا آخر. يحتاج Amparo إلى الكتابة فيه لفتح الخزنة؛ اجعل المجلد قابلاً للكتابة أو انسخ الخزنة إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>This vault is open in another Amparo window or program. Close it there first, then try again.</source>
        <translation>هذه الخزنة مفتوحة في نافذة أو برنامج آخر من Amparo. أغلقها هناك أولاً ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>amparo::ViolationService</name>
    <message>
        <source>The type of violation</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <source>The precision of the date</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>The date of the violation is given but its precision is &quot;unknown&quot;: choose day, month or year, or leave the date empty.</source>
        <translation>تاريخ الانتهاك مُدخَل لكن دقته «غير معروفة»: يُرجى اختيار اليوم أو الشهر أو السنة، أو ترك التاريخ فارغًا.</translation>
    </message>
    <message>
        <source>The date of the violation is required unless its precision is &quot;unknown&quot;.</source>
        <translation>تاريخ الانتهاك مطلوب ما لم تكن دقته «غير معروفة».</translation>
    </message>
    <message>
        <source>The date of the violation</source>
        <translation>تاريخ الانتهاك</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The perpetrators</source>
        <translation>الجناة</translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation>الآثار المترتبة</translation>
    </message>
    <message>
        <source>The victim %1 is not a person of case %2; add them to the case first.</source>
        <translation>الضحية %1 ليست من الأشخاص المرتبطين بالحالة %2؛ يُرجى إضافتها إلى الحالة أولًا.</translation>
    </message>
    <message>
        <source>This violation has a medical record, which only torture, ill-treatment and sexual violence carry; remove the medical record before changing the type to %1.</source>
        <translation>لهذا الانتهاك سجل طبي، ولا يكون السجل الطبي إلا لانتهاكات التعذيب وسوء المعاملة والعنف الجنسي؛ يُرجى حذف السجل الطبي قبل تغيير النوع إلى «%1».</translation>
    </message>
    <message>
        <source>The date of the medical examination</source>
        <translation>تاريخ الفحص الطبي</translation>
    </message>
    <message>
        <source>the date of the violation</source>
        <translation>تاريخ الانتهاك</translation>
    </message>
    <message numerus="yes">
        <source>This violation has %n attached file(s); remove them before removing the violation.</source>
        <translation>
            <numerusform>يوجد %n ملف مرفق بهذا الانتهاك؛ يُرجى حذف المرفقات قبل حذف الانتهاك.</numerusform>
            <numerusform>يوجد %n ملف مرفق بهذا الانتهاك؛ يُرجى حذفه قبل حذف الانتهاك.</numerusform>
            <numerusform>يوجد %n ملفان مرفقان بهذا الانتهاك؛ يُرجى حذفهما قبل حذف الانتهاك.</numerusform>
            <numerusform>توجد %n ملفات مرفقة بهذا الانتهاك؛ يُرجى حذفها قبل حذف الانتهاك.</numerusform>
            <numerusform>يوجد %n ملفًّا مرفقًا بهذا الانتهاك؛ يُرجى حذفها قبل حذف الانتهاك.</numerusform>
            <numerusform>يوجد %n ملف مرفق بهذا الانتهاك؛ يُرجى حذفها قبل حذف الانتهاك.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no violation with the id %1.</source>
        <translation>لا يوجد انتهاك بالمعرِّف %1.</translation>
    </message>
</context>
<context>
    <name>amparo::Vocabulary</name>
    <message>
        <source>Victim / survivor</source>
        <translation>الضحية / الناجي</translation>
    </message>
    <message>
        <source>Human rights defender</source>
        <translation>المدافع عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Family member / dependant</source>
        <translation>فرد من الأسرة / مُعال</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>المحامي</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>الجاني المزعوم</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>من مجتمع الميم (LGBTI)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>من الشعوب الأصلية</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>محتجَز</translation>
    </message>
    <message>
        <source>In exile</source>
        <translation>في المنفى</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>إدارة الحالة</translation>
    </message>
    <message>
        <source>Sharing with a partner organisation</source>
        <translation>المشاركة مع منظمة شريكة</translation>
    </message>
    <message>
        <source>Communication to UN and regional mechanisms</source>
        <translation>إبلاغ آليات الأمم المتحدة والآليات الإقليمية</translation>
    </message>
    <message>
        <source>Publication in an urgent appeal</source>
        <translation>النشر في نداء عاجل</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>عضو في الشبكة</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>منظمة غير حكومية شريكة</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>مقدِّم خدمات</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>سلطة رسمية</translation>
    </message>
    <message>
        <source>UN or regional mechanism</source>
        <translation>آلية أممية أو إقليمية</translation>
    </message>
    <message>
        <source>Urgent assistance to victims of torture</source>
        <translation>المساعدة العاجلة لضحايا التعذيب</translation>
    </message>
    <message>
        <source>Protection of human rights defenders</source>
        <translation>حماية المدافعين عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation>حقوق الطفل</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>العنف ضد المرأة</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights</source>
        <translation>الحقوق الاقتصادية والاجتماعية والثقافية</translation>
    </message>
    <message>
        <source>Monitoring of protection mechanisms</source>
        <translation>رصد آليات الحماية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>محالة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>التعذيب</translation>
    </message>
    <message>
        <source>Cruel, inhuman or degrading treatment</source>
        <translation>المعاملة القاسية أو اللاإنسانية أو المهينة</translation>
    </message>
    <message>
        <source>Arbitrary arrest or detention</source>
        <translation>الاعتقال أو الاحتجاز التعسفي</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>الاختفاء القسري</translation>
    </message>
    <message>
        <source>Extrajudicial execution</source>
        <translation>الإعدام خارج نطاق القضاء</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>المضايقة القضائية</translation>
    </message>
    <message>
        <source>Threats and intimidation</source>
        <translation>التهديد والترهيب</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>الاعتداء الجسدي</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>العنف الجنسي</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>حظر السفر</translation>
    </message>
    <message>
        <source>Defamation campaign</source>
        <translation>حملة التشهير</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>تجميد الأصول</translation>
    </message>
    <message>
        <source>Forced eviction</source>
        <translation>الإخلاء القسري</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>الجيش</translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation>موظفو السجون</translation>
    </message>
    <message>
        <source>Intelligence services</source>
        <translation>أجهزة الاستخبارات</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>السلطة القضائية</translation>
    </message>
    <message>
        <source>Non-state armed group</source>
        <translation>جماعة مسلحة من غير الدول</translation>
    </message>
    <message>
        <source>Private actor</source>
        <translation>جهة فاعلة خاصة</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>تاريخ دقيق</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>نداء عاجل</translation>
    </message>
    <message>
        <source>Urgent appeal follow-up</source>
        <translation>متابعة نداء عاجل</translation>
    </message>
    <message>
        <source>Closing urgent appeal</source>
        <translation>نداء عاجل ختامي</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>Letter to the authorities</source>
        <translation>رسالة إلى السلطات</translation>
    </message>
    <message>
        <source>Communication to a UN special procedure</source>
        <translation>بلاغ إلى أحد الإجراءات الخاصة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation>بلاغ إلى إحدى هيئات المعاهدات التابعة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Communication to a regional commission</source>
        <translation>بلاغ إلى لجنة إقليمية</translation>
    </message>
    <message>
        <source>Letter to an embassy</source>
        <translation>رسالة إلى سفارة</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>مساعدة طبية</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>دعم نفسي اجتماعي</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>النقل إلى مكان آمن</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>مساعدة اجتماعية</translation>
    </message>
    <message>
        <source>Protective accompaniment / solidarity visit</source>
        <translation>المرافقة الوقائية / زيارة تضامنية</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافَق عليها</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>جسدية</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>نفسية</translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation>غير متسق</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>متسق</translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation>متسق إلى حد كبير</translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation>نموذجي لـ</translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation>مشخِّص لـ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>مُعادة للتعديل</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>قيد الصرف</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>مصروفة</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>مبررة</translation>
    </message>
</context>
<context>
    <name>amparo::bench::BenchVault</name>
    <message>
        <source>%1 holds a benchmark vault of %2 cases and %3 postings, not of the scale asked for; choose another folder with --vault or delete that one.</source>
        <translation>يحتوي %1 على خزنة اختبار أداء من %2 حالة و%3 قيد، لا بالحجم المطلوب؛ يُرجى اختيار مجلد آخر باستخدام --vault أو حذف ذلك المجلد.</translation>
    </message>
    <message>
        <source>The benchmark vault in %1 was not finished (its building was interrupted); delete the folder and run the benchmark again.</source>
        <translation>لم يكتمل بناء خزنة اختبار الأداء في %1 (فقد انقطع بناؤها)؛ يُرجى حذف المجلد وتشغيل اختبار الأداء مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a benchmark vault; the benchmark only writes into a folder of its own.</source>
        <translation>المجلد %1 ليس فارغًا وليس خزنة اختبار أداء؛ ولا يكتب اختبار الأداء إلا في مجلد خاص به.</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>the long case</source>
        <translation>الحالة الطويلة</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseList</name>
    <message>
        <source>3. Case list, first page of %1 by date (with count)</source>
        <translation>3. قائمة الحالات، الصفحة الأولى من %1 حالة حسب التاريخ (مع العدد الإجمالي)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message>
        <source>3. Case list, each next page while scrolling (first %1)</source>
        <translation>3. قائمة الحالات، كل صفحة تالية أثناء التمرير (الصفحات الـ%1 الأولى)</translation>
    </message>
    <message>
        <source>3. Case list, the last page (scrolled to the end)</source>
        <translation>3. قائمة الحالات، الصفحة الأخيرة (بالتمرير حتى النهاية)</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p50</source>
        <translation>4. البحث أثناء الكتابة، لكل ضغطة مفتاح، p50</translation>
    </message>
    <message>
        <source>4. Search as you type, per keystroke, p95</source>
        <translation>4. البحث أثناء الكتابة، لكل ضغطة مفتاح، p95</translation>
    </message>
    <message numerus="yes">
        <source>%n keystroke(s)</source>
        <translation>
            <numerusform>%n ضغطة مفتاح</numerusform>
            <numerusform>%n ضغطة مفتاح</numerusform>
            <numerusform>%n ضغطتا مفتاح</numerusform>
            <numerusform>%n ضغطات مفاتيح</numerusform>
            <numerusform>%n ضغطة مفتاح</numerusform>
            <numerusform>%n ضغطة مفتاح</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the count alone</source>
        <translation>4. البحث أثناء الكتابة، p95 لحساب العدد وحده</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 of the first page alone</source>
        <translation>4. البحث أثناء الكتابة، p95 للصفحة الأولى وحدها</translation>
    </message>
    <message>
        <source>4. Search as you type, p95 from the second letter on</source>
        <translation>4. البحث أثناء الكتابة، p95 ابتداءً من الحرف الثاني</translation>
    </message>
</context>
<context>
    <name>amparo::bench::CaseTabs</name>
    <message>
        <source>5. Opening one case with the data of all its tabs</source>
        <translation>5. فتح حالة واحدة مع بيانات جميع علامات التبويب الخاصة بها</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) across the years</source>
        <translation>
            <numerusform>%n حالة من سنوات مختلفة</numerusform>
            <numerusform>%n حالة من سنوات مختلفة</numerusform>
            <numerusform>%n حالتان من سنوات مختلفة</numerusform>
            <numerusform>%n حالات من سنوات مختلفة</numerusform>
            <numerusform>%n حالة من سنوات مختلفة</numerusform>
            <numerusform>%n حالة من سنوات مختلفة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Dashboard</name>
    <message>
        <source>11. The dashboard&apos;s figures, as a fund manager</source>
        <translation>11. أرقام لوحة المعلومات لمدير الصندوق</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message>
        <source>every case, assistance and money figure</source>
        <translation>جميع أرقام الحالات والمساعدة والأموال</translation>
    </message>
    <message>
        <source>11. The dashboard&apos;s figures, as a caseworker</source>
        <translation>11. أرقام لوحة المعلومات لمسؤول الحالة</translation>
    </message>
    <message>
        <source>the cases this caseworker may see</source>
        <translation>الحالات التي يمكن لمسؤول الحالة هذا الاطلاع عليها</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Exports</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>تتعذّر الكتابة في %1.</translation>
    </message>
    <message>
        <source>8. PDF case summary of 50 pages</source>
        <translation>8. ملخص حالة بصيغة PDF من 50 صفحة</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message>
        <source>not measured (no text layout without Qt Gui)</source>
        <translation>لم يُقَس (لا يتوفر تخطيط النصوص دون Qt Gui)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder for the import.</source>
        <translation>تعذّر إنشاء مجلد مؤقت للاستيراد.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s people file was not imported whole (%1 of %2 rows).</source>
        <translation>لم يُستورد ملف الأشخاص الخاص باختبار الأداء كاملًا (%1 من أصل %2 من الصفوف).</translation>
    </message>
    <message>
        <source>9. CSV import of people</source>
        <translation>9. استيراد الأشخاص من ملف CSV</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>صف/ث</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًّا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::FundPositions</name>
    <message>
        <source>No temporary folder for the exported journal.</source>
        <translation>تعذّر إنشاء مجلد مؤقت لدفتر اليومية المصدَّر.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تتعذّر الكتابة في %1.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message numerus="yes">
        <source>6. Fund positions at a date, %n fund(s)</source>
        <translation>
            <numerusform>6. المراكز المالية للصناديق في تاريخ معين، %n صندوق</numerusform>
            <numerusform>6. المراكز المالية للصناديق في تاريخ معين، %n صندوق</numerusform>
            <numerusform>6. المراكز المالية للصناديق في تاريخ معين، %n صندوقان</numerusform>
            <numerusform>6. المراكز المالية للصناديق في تاريخ معين، %n صناديق</numerusform>
            <numerusform>6. المراكز المالية للصناديق في تاريخ معين، %n صندوقًا</numerusform>
            <numerusform>6. المراكز المالية للصناديق في تاريخ معين، %n صندوق</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Every account&apos;s balance at a date (as hledger bal)</source>
        <translation>6. رصيد كل حساب في تاريخ معين (على غرار hledger bal)</translation>
    </message>
    <message>
        <source>6. Exporting the hledger journal</source>
        <translation>6. تصدير دفتر اليومية بصيغة hledger</translation>
    </message>
    <message>
        <source>6. hledger bal on the exported journal</source>
        <translation>6. تشغيل hledger bal على دفتر اليومية المصدَّر</translation>
    </message>
    <message>
        <source>not measured (hledger is not installed)</source>
        <translation>لم يُقَس (hledger غير مثبَّت)</translation>
    </message>
    <message>
        <source>6. hledger bal / fund positions</source>
        <translation>6. hledger bal / المراكز المالية للصناديق</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n عملية تشغيل</numerusform>
            <numerusform>%n عملية تشغيل</numerusform>
            <numerusform>%n عمليتا تشغيل</numerusform>
            <numerusform>%n عمليات تشغيل</numerusform>
            <numerusform>%n عملية تشغيل</numerusform>
            <numerusform>%n عملية تشغيل</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Amparo&apos;s balances and hledger&apos;s</source>
        <translation>6. أرصدة Amparo وأرصدة hledger</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>متطابقة</translation>
    </message>
    <message>
        <source>DIFFER: %1</source>
        <translation>مختلفة: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Hledger</name>
    <message>
        <source>hledger did not run to the end: %1</source>
        <translation>لم يكتمل تشغيل hledger: %1</translation>
    </message>
    <message>
        <source>hledger failed: %1</source>
        <translation>فشل hledger: %1</translation>
    </message>
</context>
<context>
    <name>amparo::bench::LedgerData</name>
    <message>
        <source>The benchmark vault has no fund to post to.</source>
        <translation>لا تحتوي خزنة اختبار الأداء على أي صندوق يمكن الترحيل إليه.</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Memory</name>
    <message>
        <source>10. GUI with the vault open, peak resident memory</source>
        <translation>10. الواجهة الرسومية والخزنة مفتوحة، ذروة الذاكرة المقيمة</translation>
    </message>
    <message>
        <source>10. GUI with the vault open, steady resident memory</source>
        <translation>10. الواجهة الرسومية والخزنة مفتوحة، الذاكرة المقيمة في الحالة المستقرة</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>ميغابايت</translation>
    </message>
    <message>
        <source>not measured (GUI not built)</source>
        <translation>لم يُقَس (لم تُبنَ الواجهة الرسومية)</translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>لم يُقَس (%1)</translation>
    </message>
    <message>
        <source>not measured (the probe failed: %1)</source>
        <translation>لم يُقَس (فشلت أداة القياس: %1)</translation>
    </message>
    <message>
        <source>not measured (the probe&apos;s case list stayed empty)</source>
        <translation>لم يُقَس (بقيت قائمة الحالات في أداة القياس فارغة)</translation>
    </message>
    <message numerus="yes">
        <source>case list showing %n row(s)</source>
        <translation>
            <numerusform>قائمة الحالات تعرض %n صف</numerusform>
            <numerusform>قائمة الحالات تعرض %n صف</numerusform>
            <numerusform>قائمة الحالات تعرض %n صفين</numerusform>
            <numerusform>قائمة الحالات تعرض %n صفوف</numerusform>
            <numerusform>قائمة الحالات تعرض %n صفًّا</numerusform>
            <numerusform>قائمة الحالات تعرض %n صف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::bench::Opening</name>
    <message>
        <source>built earlier; reused</source>
        <translation>بُنيت سابقًا؛ وأُعيد استخدامها</translation>
    </message>
    <message>
        <source>1. Building the vault: rows written</source>
        <translation>1. بناء الخزنة: الصفوف المكتوبة</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>صف/ث</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>%1 صف في %2 ث</translation>
    </message>
    <message>
        <source>1. Building the vault: demo cases with their records</source>
        <translation>1. بناء الخزنة: حالات تجريبية مع سجلاتها</translation>
    </message>
    <message>
        <source>cases/s</source>
        <translation>حالة/ث</translation>
    </message>
    <message>
        <source>1. Building the vault: ledger postings</source>
        <translation>1. بناء الخزنة: قيود دفتر الأستاذ</translation>
    </message>
    <message>
        <source>postings/s</source>
        <translation>قيد/ث</translation>
    </message>
    <message>
        <source>2. Key derivation, moderate (what users get)</source>
        <translation>2. اشتقاق المفتاح، moderate (المستوى الذي يحصل عليه المستخدمون)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message>
        <source>2. Key derivation, interactive</source>
        <translation>2. اشتقاق المفتاح، interactive</translation>
    </message>
    <message>
        <source>2. Opening the vault after key derivation</source>
        <translation>2. فتح الخزنة بعد اشتقاق المفتاح</translation>
    </message>
    <message>
        <source>whole open %1 ms</source>
        <translation>الفتح كاملًا %1 مللي ثانية</translation>
    </message>
</context>
<context>
    <name>amparo::bench::Plaintext</name>
    <message>
        <source>No temporary folder for the plaintext comparison.</source>
        <translation>تعذّر إنشاء مجلد مؤقت للمقارنة مع قاعدة البيانات غير المشفَّرة.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n جولة</numerusform>
            <numerusform>%n جولة</numerusform>
            <numerusform>%n جولتان</numerusform>
            <numerusform>%n جولات</numerusform>
            <numerusform>%n جولة</numerusform>
            <numerusform>%n جولة</numerusform>
        </translation>
    </message>
    <message>
        <source>7. Mixed workload, encrypted (SQLCipher)</source>
        <translation>7. عبء عمل مختلط، مشفَّر (SQLCipher)</translation>
    </message>
    <message>
        <source>7. Mixed workload, plaintext (benchmark only)</source>
        <translation>7. عبء عمل مختلط، غير مشفَّر (لاختبار الأداء فقط)</translation>
    </message>
    <message>
        <source>7. Encrypted / plaintext</source>
        <translation>7. مشفَّر / غير مشفَّر</translation>
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
        <translation>الخيار --%1 لا يقبل قيمة.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>الخيار --%1 يتطلب قيمة.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>الخيار --%1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>خيار غير معروف: --%1.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>يلزم تحديد %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة: «%1».</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>يلزم تحديد الخيار --%1.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Backup</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>كُتبت النسخة الاحتياطية وجرى التحقق منها: %1 (%2).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>the new vault folder</source>
        <translation>مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>Vault restored to %1; it opens with the same user names and passphrases as the original.</source>
        <translation>استُعيدت الخزنة في %1؛ وتُفتح بأسماء المستخدمين وعبارات المرور نفسها المستخدمة في الخزنة الأصلية.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Bench</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>الخيار --%1 يتطلب عددًا صحيحًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Amparo benchmark (amparo %1, %2 build, SQLCipher %3)</source>
        <translation>اختبار أداء Amparo (amparo %1، بناء %2، SQLCipher %3)</translation>
    </message>
    <message numerus="yes">
        <source>Machine: %1, %n core(s), %2 GB RAM</source>
        <translation>
            <numerusform>الجهاز: %1، %n نواة، ذاكرة RAM بسعة %2 غيغابايت</numerusform>
            <numerusform>الجهاز: %1، %n نواة، ذاكرة RAM بسعة %2 غيغابايت</numerusform>
            <numerusform>الجهاز: %1، %n نواتان، ذاكرة RAM بسعة %2 غيغابايت</numerusform>
            <numerusform>الجهاز: %1، %n أنوية، ذاكرة RAM بسعة %2 غيغابايت</numerusform>
            <numerusform>الجهاز: %1، %n نواة، ذاكرة RAM بسعة %2 غيغابايت</numerusform>
            <numerusform>الجهاز: %1، %n نواة، ذاكرة RAM بسعة %2 غيغابايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale: %1 cases, %2 postings; each figure the median of %n repetition(s)</source>
        <translation>
            <numerusform>الحجم: %1 حالة و%2 قيد؛ كل قيمة هي وسيط نتائج %n تكرار</numerusform>
            <numerusform>الحجم: %1 حالة و%2 قيد؛ كل قيمة هي وسيط نتائج %n تكرار</numerusform>
            <numerusform>الحجم: %1 حالة و%2 قيد؛ كل قيمة هي وسيط نتائج %n تكرارين</numerusform>
            <numerusform>الحجم: %1 حالة و%2 قيد؛ كل قيمة هي وسيط نتائج %n تكرارات</numerusform>
            <numerusform>الحجم: %1 حالة و%2 قيد؛ كل قيمة هي وسيط نتائج %n تكرارًا</numerusform>
            <numerusform>الحجم: %1 حالة و%2 قيد؛ كل قيمة هي وسيط نتائج %n تكرار</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault: %1 (reused, built earlier)</source>
        <translation>الخزنة: %1 (أُعيد استخدامها، إذ بُنيت سابقًا)</translation>
    </message>
    <message>
        <source>Vault: %1 (built now)</source>
        <translation>الخزنة: %1 (بُنيت الآن)</translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation>الخيار --vault يتطلب مجلدًا.</translation>
    </message>
    <message>
        <source>Passphrase for the benchmark vault&apos;s users: </source>
        <translation>عبارة مرور مستخدمي خزنة اختبار الأداء: </translation>
    </message>
    <message>
        <source>bench: the vault is %1</source>
        <translation>bench: الخزنة هي %1</translation>
    </message>
    <message>
        <source>bench: building %1: %2 of %3</source>
        <translation>bench: جارٍ بناء %1: %2 من أصل %3</translation>
    </message>
    <message>
        <source>bench: scenario %1</source>
        <translation>bench: السيناريو %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Cases</name>
    <message>
        <source>Unknown --%1 &quot;%2&quot;; use one of: %3.</source>
        <translation>قيمة غير معروفة للخيار --%1: «%2»؛ يُرجى استخدام إحدى القيم التالية: %3.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>قيمة غير معروفة للخيار --status: «%1»؛ يُرجى استخدام قيمة واحدة أو أكثر من القيم التالية: %2.</translation>
    </message>
    <message>
        <source>--country needs a two-letter code such as MX or PH.</source>
        <translation>الخيار --country يتطلب رمزًا من حرفين، مثل MX أو PH.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>الخيار --limit يتطلب عددًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown; use --limit N or --format csv for more.</source>
        <translation>عُرضت %1 من أصل %2 من الحالات؛ يُرجى استخدام --limit N أو --format csv لعرض المزيد.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Context</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>عبارة المرور الخاصة بـ %1: </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n failed attempt(s) to open this account since its last login.</source>
        <translation>
            <numerusform>تحذير: %n محاولة فاشلة لفتح هذا الحساب منذ آخر تسجيل دخول إليه.</numerusform>
            <numerusform>تحذير: %n محاولة فاشلة لفتح هذا الحساب منذ آخر تسجيل دخول إليه.</numerusform>
            <numerusform>تحذير: %n محاولتان فاشلتان لفتح هذا الحساب منذ آخر تسجيل دخول إليه.</numerusform>
            <numerusform>تحذير: %n محاولات فاشلة لفتح هذا الحساب منذ آخر تسجيل دخول إليه.</numerusform>
            <numerusform>تحذير: %n محاولة فاشلة لفتح هذا الحساب منذ آخر تسجيل دخول إليه.</numerusform>
            <numerusform>تحذير: %n محاولة فاشلة لفتح هذا الحساب منذ آخر تسجيل دخول إليه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 The vault was opened with the backup copy, which has been restored.</source>
        <translation>تحذير: %1 فُتحت الخزنة باستخدام النسخة الاحتياطية، وقد جرت استعادتها.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Demo</name>
    <message>
        <source>--cases needs a number from 0 to 1000000.</source>
        <translation>الخيار --cases يتطلب عددًا من 0 إلى 1000000.</translation>
    </message>
    <message>
        <source>Demo users (passphrase: the one in AMPARO_DEMO_PASSPHRASE):</source>
        <translation>المستخدمون التجريبيون (عبارة المرور: القيمة المحددة في AMPARO_DEMO_PASSPHRASE):</translation>
    </message>
    <message>
        <source>Demo users (passphrase of each, shown only now: %1):</source>
        <translation>المستخدمون التجريبيون (عبارة مرور كلٍّ منهم، وهي تُعرض الآن فقط: %1):</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>  flagged as possible duplicates</source>
        <translation>  مُعلَّمون بوصفهم سجلات مكررة محتملة</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>قرارات الموافقة</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>  restricted</source>
        <translation>  مقيَّدة الاطلاع</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>تغييرات الوضع</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>  with a medical record</source>
        <translation>  لها سجل طبي</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>التدخُّلات</translation>
    </message>
    <message>
        <source>assistance</source>
        <translation>المساعدات</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  متأخرة عن موعدها</translation>
    </message>
    <message>
        <source>cases by status: %1</source>
        <translation>الحالات حسب الوضع: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>البلدان: %1</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases (%3 cases/s)</source>
        <translation>demo: %1 من أصل %2 من الحالات (%3 حالة/ث)</translation>
    </message>
    <message>
        <source>demo: stopped; the cases written so far are kept, whole.</source>
        <translation>demo: توقف التنفيذ؛ وتُحفظ الحالات التي كُتبت حتى الآن كاملةً.</translation>
    </message>
    <message>
        <source>Stopped: %1 demo cases were written to %2 in %3 s (%4 cases/s).</source>
        <translation>توقف التنفيذ: كُتب %1 من الحالات التجريبية في %2 خلال %3 ث (%4 حالة/ث).</translation>
    </message>
    <message>
        <source>Wrote %1 demo cases to %2 in %3 s (%4 cases/s).</source>
        <translation>كُتب %1 من الحالات التجريبية في %2 خلال %3 ث (%4 حالة/ث).</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>ما أُنشئ:</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation>الخيار --seed يتطلب عددًا صحيحًا من 0 إلى 18446744073709551615.</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>donor contributions</source>
        <translation>مساهمات المانحين</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>  reversed as mistaken</source>
        <translation>  عُكست لوقوع خطأ فيها</translation>
    </message>
    <message>
        <source>  with receipts overdue</source>
        <translation>  إيصالاتها متأخرة عن موعدها</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>عمليات الاسترداد</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>grants by status: %1</source>
        <translation>المنح حسب الوضع: %1</translation>
    </message>
    <message>
        <source>payment currencies: %1</source>
        <translation>عملات الدفع: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportCsv</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use cases, people, grants or disbursements.</source>
        <translation>قيمة غير معروفة للخيار --kind: «%1»؛ يُرجى استخدام cases أو people أو grants أو disbursements.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>صُدِّر %n صف من بيانات %1 إلى %2.</numerusform>
            <numerusform>صُدِّر %n صف من بيانات %1 إلى %2.</numerusform>
            <numerusform>صُدِّر %n صفان من بيانات %1 إلى %2.</numerusform>
            <numerusform>صُدِّرت %n صفوف من بيانات %1 إلى %2.</numerusform>
            <numerusform>صُدِّر %n صفًّا من بيانات %1 إلى %2.</numerusform>
            <numerusform>صُدِّر %n صف من بيانات %1 إلى %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::ExportPdf</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Unknown --redaction &quot;%1&quot;; use internal, partner or public.</source>
        <translation>قيمة غير معروفة للخيار --redaction: «%1»؛ يُرجى استخدام internal أو partner أو public.</translation>
    </message>
    <message>
        <source>Unknown --lang &quot;%1&quot;; use one of: %2.</source>
        <translation>قيمة غير معروفة للخيار --lang: «%1»؛ يُرجى استخدام إحدى القيم التالية: %2.</translation>
    </message>
    <message>
        <source>Wrote the %1 summary of case %2 (%3) to %4.</source>
        <translation>كُتب ملخص %1 للحالة %2 (%3) في %4.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Fund</name>
    <message>
        <source>There is no organisation named &quot;%1&quot;.</source>
        <translation>لا توجد منظمة باسم «%1».</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>fund needs an action: add or contribute.</source>
        <translation>يتطلب الأمر fund إجراءً: add أو contribute.</translation>
    </message>
    <message>
        <source>Unknown fund action &quot;%1&quot;; use add or contribute.</source>
        <translation>إجراء غير معروف للأمر fund: «%1»؛ يُرجى استخدام add أو contribute.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grant</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>the grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <source>--assistance needs the number of an assistance line.</source>
        <translation>الخيار --assistance يتطلب رقم سجل مساعدة.</translation>
    </message>
    <message>
        <source>%1: %2 (%3); grant %4 is now %5.</source>
        <translation>%1: %2 (%3)؛ وأصبح وضع المنحة %4 «%5».</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>سُجِّل الاسترداد</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>سُجِّلت الدفعة</translation>
    </message>
    <message>
        <source>Grant %1 — %2</source>
        <translation>المنحة %1 — %2</translation>
    </message>
    <message>
        <source>  case %1, fund %2, requested by %3</source>
        <translation>  الحالة %1، الصندوق %2، مقدِّم الطلب %3</translation>
    </message>
    <message>
        <source>  purpose: %1</source>
        <translation>  الغرض: %1</translation>
    </message>
    <message>
        <source>  requested %1, approved %2</source>
        <translation>  المطلوب %1، الموافَق عليه %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>  paid %1, refunded %2, still committed %3</source>
        <translation>  المدفوع %1، المسترد %2، الملتزم به المتبقي %3</translation>
    </message>
    <message>
        <source>  approved by %1: %2</source>
        <translation>  وافق عليها %1: %2</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (عُكست)</translation>
    </message>
    <message numerus="yes">
        <source>, %n receipt(s)</source>
        <translation>
            <numerusform>، %n إيصال</numerusform>
            <numerusform>، %n إيصال</numerusform>
            <numerusform>، %n إيصالان</numerusform>
            <numerusform>، %n إيصالات</numerusform>
            <numerusform>، %n إيصالًا</numerusform>
            <numerusform>، %n إيصال</numerusform>
        </translation>
    </message>
    <message>
        <source>grant needs an action: request, submit, approve, reject, return, cancel, close, disburse, refund, finish, justify, receipt, authorise-overcommit or show.</source>
        <translation>يتطلب الأمر grant إجراءً: request أو submit أو approve أو reject أو return أو cancel أو close أو disburse أو refund أو finish أو justify أو receipt أو authorise-overcommit أو show.</translation>
    </message>
    <message>
        <source>Grant %1 approved: %2.</source>
        <translation>تمت الموافقة على المنحة %1: %2.</translation>
    </message>
    <message>
        <source>First approval of grant %1 recorded; above the threshold a second fund manager must approve it too.</source>
        <translation>سُجِّلت الموافقة الأولى على المنحة %1؛ وبما أن المبلغ يتجاوز الحد، فيجب أن يوافق عليها مدير صندوق ثانٍ أيضًا.</translation>
    </message>
    <message>
        <source>--disbursement must be the number of a payment of grant %1.</source>
        <translation>يجب أن تكون قيمة الخيار --disbursement رقم دفعة من دفعات المنحة %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Unknown grant action &quot;%1&quot;.</source>
        <translation>إجراء غير معروف للأمر grant: «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Grants</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;; use one or more of: %2.</source>
        <translation>قيمة غير معروفة للخيار --status: «%1»؛ يُرجى استخدام قيمة واحدة أو أكثر من القيم التالية: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Import</name>
    <message>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>الصف %1، العمود %2: %3</translation>
    </message>
    <message>
        <source>warning: unknown columns, not imported: %1</source>
        <translation>تحذير: أعمدة غير معروفة لم تُستورد: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read, %3 created, %4 updated, %5 unchanged.</source>
        <translation>اكتمل استيراد %1: عدد الصفوف المقروءة %2؛ أُنشئ منها %3، وحُدِّث %4، وبقي %5 دون تغيير.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows read; %3 would be created, %4 updated, %5 unchanged. Nothing was written.</source>
        <translation>تشغيل تجريبي لاستيراد %1: عدد الصفوف المقروءة %2؛ سيُنشأ منها %3، ويُحدَّث %4، ويبقى %5 دون تغيير. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <translation>ملف CSV المراد استيراده</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;; use people or cases.</source>
        <translation>قيمة غير معروفة للخيار --kind: «%1»؛ يُرجى استخدام people أو cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>توجد %n مشكلة في %1؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>توجد %n مشكلة في %1؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>توجد %n مشكلتان في %1؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>توجد %n مشكلات في %1؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>توجد %n مشكلةً في %1؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>توجد %n مشكلة في %1؛ ولم يُستورد أي شيء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::cli::Info</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
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
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation>إصدار المخطط: %1 (في إصدار Amparo هذا: %2)</translation>
    </message>
    <message>
        <source>Active users: %1</source>
        <translation>المستخدمون النشطون: %1</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Init</name>
    <message>
        <source>Unknown --kdf &quot;%1&quot;; use interactive, moderate or sensitive.</source>
        <translation>قيمة غير معروفة للخيار --kdf: «%1»؛ يُرجى استخدام interactive أو moderate أو sensitive.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>عبارة المرور الجديدة الخاصة بـ %1: </translation>
    </message>
    <message>
        <source>Created the vault %1 with the administrator %2.</source>
        <translation>أُنشئت الخزنة %1، والمسؤول عنها %2.</translation>
    </message>
    <message>
        <source>Recovery key — shown only now. Print it or write it down and keep it somewhere safe, away from this computer. It opens the vault if every passphrase is lost.</source>
        <translation>مفتاح الاسترداد — يُعرض الآن فقط. يُرجى طباعته أو تدوينه وحفظه في مكان آمن بعيدًا عن هذا الحاسوب. فهو يفتح الخزنة إذا فُقدت جميع عبارات المرور.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Ledger</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal of %n transaction(s) written to %1.</source>
        <translation>
            <numerusform>كُتب دفتر اليومية (%n قيد) في %1.</numerusform>
            <numerusform>كُتب دفتر اليومية (%n قيد) في %1.</numerusform>
            <numerusform>كُتب دفتر اليومية (%n قيدان) في %1.</numerusform>
            <numerusform>كُتب دفتر اليومية (%n قيود) في %1.</numerusform>
            <numerusform>كُتب دفتر اليومية (%n قيدًا) في %1.</numerusform>
            <numerusform>كُتب دفتر اليومية (%n قيد) في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger is locked up to %1.</source>
        <translation>أُقفل دفتر الأستاذ حتى %1.</translation>
    </message>
    <message>
        <source>the transaction number</source>
        <translation>رقم القيد</translation>
    </message>
    <message>
        <source>The transaction must be given by its number.</source>
        <translation>يجب تحديد القيد برقمه.</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>الخيار --limit يتطلب عددًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>Unknown --by &quot;%1&quot;; use country, assistance, month or fund.</source>
        <translation>قيمة غير معروفة للخيار --by: «%1»؛ يُرجى استخدام country أو assistance أو month أو fund.</translation>
    </message>
    <message>
        <source>ledger needs an action: balance, journal, transactions, report, overdue, lock or reverse.</source>
        <translation>يتطلب الأمر ledger إجراءً: balance أو journal أو transactions أو report أو overdue أو lock أو reverse.</translation>
    </message>
    <message>
        <source>Unknown ledger action &quot;%1&quot;.</source>
        <translation>إجراء غير معروف للأمر ledger: «%1».</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف: «%1».</translation>
    </message>
    <message>
        <source>Run &quot;amparo-cli --help&quot; for the commands and their options.</source>
        <translation>يُرجى تشغيل «amparo-cli --help» لعرض الأوامر وخياراتها.</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
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
        <translation>الاستخدام: amparo-cli COMMAND [ARGUMENTS]

الأوامر:
  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]
  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf ...]
  user list VAULT --user U [--format table|csv|json]
  user passwd VAULT --user U [--kdf ...]
  user disable|enable|remove VAULT --user ADMIN NAME
  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]
  user reset VAULT NAME            (باستخدام مفتاح الاسترداد)
  rotate-key VAULT --user ADMIN
  verify VAULT --user U            (سلامة قاعدة البيانات وسلسلة التدقيق)
  info VAULT --user U              (الإصدارات والمخطط والمستخدمون؛ دون أي أسرار)
  import VAULT --user U --kind people|cases FILE.csv [--dry-run]
                                   (تُستورد الصفوف كلها أو لا يُستورد شيء؛ ويعرض --dry-run كل المشكلات)
  export-csv VAULT --user U --kind cases|people|grants|disbursements --out FILE
  export-pdf VAULT --user U --case REF --out FILE [--redaction internal|partner|public]
        [--lang en|fr|es|ru|ar]    (ملخص الحالة؛ الافتراضي internal وباللغة الإنجليزية)
  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]
                                   (يملأ خزنة جديدة ببيانات اصطناعية وبالمستخدمين
                                   caseworker، caseworker2، fundmanager، finance،
                                   auditor؛ الافتراضي 300 حالة والبذرة 1؛ وعبارة مرورهم
                                   هي AMPARO_DEMO_PASSPHRASE أو تُولَّد وتُطبع؛
                                   وقيمة --kdf لهم interactive ما لم تُحدَّد)
  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]
        [--country CC] [--priority P] [--limit N] [--format table|csv|json]
                                   (الأحدث أولًا؛ يعرض الجدول 50 حالة ما لم يُستخدم --limit،
                                   ويعرض csv وjson كل النتائج المطابقة)
  fund add VAULT --user ADMIN --code CODE --name TEXT --currency C [--budget X]
        [--threshold X] [--countries CC,...] [--programmes P,...]
        [--assistance-types T,...] [--donors NAME,...]
  fund contribute VAULT --user U --fund CODE --amount X --currency C [--rate R]
        [--date D] [--donor NAME] [--reference TEXT]
  funds VAULT --user U [--at YYYY-MM-DD] [--format table|csv|json]
                                   (المقبوض، والملتزم به، والمصروف، والمتاح)
  grant request VAULT --user U --case REF --fund CODE --amount X --currency C
        --purpose TEXT [--assistance ID] [--justification TEXT] [--draft]
                                   (يطبع الرقم المرجعي للمنحة)
  grant submit|show VAULT --user U GRANT
  grant approve VAULT --user U GRANT [--amount X] [--comment TEXT]
  grant reject|return|cancel VAULT --user U GRANT --comment TEXT
  grant close|finish|justify VAULT --user U GRANT [--comment TEXT]
  grant authorise-overcommit VAULT --user ADMIN GRANT --comment TEXT
  grant disburse|refund VAULT --user U GRANT --amount X --currency C [--rate R]
        [--date D] [--note TEXT]   (--rate: عدد وحدات C التي تقابل وحدة واحدة من عملة
                                   الصندوق؛ يطبع رقم عملية الصرف)
  grant receipt VAULT --user U GRANT --disbursement N --file FILE
  grants VAULT --user U [--status S[,S...]] [--fund CODE] [--format table|csv|json]
  ledger balance VAULT --user U [--fund CODE] [--at YYYY-MM-DD] [--format ...]
  ledger journal VAULT --user U --out FILE      (بصيغة hledger/ledger)
  ledger transactions VAULT --user U [--limit N] [--format ...]
  ledger report VAULT --user U --by country|assistance|month|fund [--from D]
        [--to D] [--format ...]
  ledger overdue VAULT --user U [--at D] [--format ...]   (الإيصالات المتأخرة عن موعدها)
  ledger lock VAULT --user U --through YYYY-MM-DD --reason TEXT
  ledger reverse VAULT --user U TRANSACTION --reason TEXT [--date D]
  backup VAULT --user ADMIN --out FILE   (مشفَّرة، ويُتحقَّق منها بعد كتابتها)
  restore FILE VAULT               (في مجلد جديد؛ بعبارات المرور نفسها)
  bench [--cases N] [--postings N] [--repetitions N] [--vault DIR]
        [--format table|csv|json]  (قياسات الأداء على خزنة بالحجم المطلوب من بيانات
                                   اصطناعية، تُبنى مرة واحدة ويُعاد استخدامها؛ وتُعطى عبارة
                                   مرور مستخدميها كما في --user؛ راجع PERFORMANCE.md)

الأدوار: admin، caseworker، fund_manager، finance، auditor.

لا تُؤخذ الأسرار أبدًا من الوسائط (لأنها ستظهر في `ps`):
  عبارة مرور --user (أو عبارة مرور المسؤول الجديد في init):
      AMPARO_PASSPHRASE أو --passphrase-fd N
  عبارة مرور جديدة: AMPARO_NEW_PASSPHRASE أو --new-passphrase-fd N
  مفتاح الاسترداد: AMPARO_RECOVERY_KEY أو --recovery-key-fd N
  وإلا فتُطلب في الطرفية دون إظهار ما يُكتب.

حالة الخروج: 0 نجاح، 1 رفض أو فشل (مع سبب في سطر واحد)، 2 خطأ في الاستخدام.
</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Passphrase</name>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation>تتعذّر قراءة السر من %1: %2.</translation>
    </message>
    <message>
        <source>The secret read from %1 is too long.</source>
        <translation>السر المقروء من %1 طويل جدًّا.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>الطرفية</translation>
    </message>
    <message>
        <source>--%1 needs a file descriptor number.</source>
        <translation>الخيار --%1 يتطلب رقم واصف ملف.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>عبارة المرور الجديدة مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>No secret given: set %1 or use --%2 N.</source>
        <translation>لم يُقدَّم أي سر: يُرجى تعيين %1 أو استخدام --%2 N.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::TableWriter</name>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>صيغة غير معروفة: «%1»؛ يُرجى استخدام table أو csv أو json.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::User</name>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>اسم المستخدم الجديد</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>عبارة المرور الجديدة الخاصة بـ %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>أُضيف المستخدم %1 (%2).</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارة المرور الحالية: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>غُيِّرت عبارة مرور %1.</translation>
    </message>
    <message>
        <source>the user whose passphrase is reset</source>
        <translation>المستخدم المراد إعادة تعيين عبارة مروره</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>مفتاح الاسترداد: </translation>
    </message>
    <message>
        <source>The passphrase of %1 was reset with the recovery key.</source>
        <translation>أُعيد تعيين عبارة مرور %1 باستخدام مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer open the vault.</source>
        <translation>عُطِّل حساب %1، ولم يعد بإمكانه فتح الخزنة.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>فُعِّل حساب %1.</translation>
    </message>
    <message>
        <source>%1 is removed and the master key was rotated.</source>
        <translation>حُذف حساب %1، وجرى تدوير المفتاح الرئيسي.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>غُيِّرت أدوار %1.</translation>
    </message>
    <message>
        <source>Missing the user command: add, list, passwd, disable, enable, remove, roles or reset.</source>
        <translation>يلزم تحديد أمر المستخدم: add أو list أو passwd أو disable أو enable أو remove أو roles أو reset.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>أمر مستخدم غير معروف: «%1».</translation>
    </message>
    <message>
        <source>The master key was rotated; every remaining key slot opens the vault with the new key.</source>
        <translation>جرى تدوير المفتاح الرئيسي؛ وكل خانة مفتاح متبقية تفتح الخزنة بالمفتاح الجديد.</translation>
    </message>
</context>
<context>
    <name>amparo::cli::Verify</name>
    <message>
        <source>a row of %1 refers to a missing record</source>
        <translation>صف في %1 يشير إلى سجل مفقود</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation>التشفير: SQLCipher %1</translation>
    </message>
    <message>
        <source>database integrity: ok</source>
        <translation>سلامة قاعدة البيانات: سليمة</translation>
    </message>
    <message numerus="yes">
        <source>database integrity: %n problem(s)</source>
        <translation>
            <numerusform>سلامة قاعدة البيانات: %n مشكلة</numerusform>
            <numerusform>سلامة قاعدة البيانات: %n مشكلة</numerusform>
            <numerusform>سلامة قاعدة البيانات: %n مشكلتان</numerusform>
            <numerusform>سلامة قاعدة البيانات: %n مشكلات</numerusform>
            <numerusform>سلامة قاعدة البيانات: %n مشكلة</numerusform>
            <numerusform>سلامة قاعدة البيانات: %n مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail: ok, %n entries, head %1</source>
        <translation>
            <numerusform>سجل التدقيق: سليم، %n قيد، بصمة القيد الأخير %1</numerusform>
            <numerusform>سجل التدقيق: سليم، %n قيد، بصمة القيد الأخير %1</numerusform>
            <numerusform>سجل التدقيق: سليم، %n قيدان، بصمة القيد الأخير %1</numerusform>
            <numerusform>سجل التدقيق: سليم، %n قيود، بصمة القيد الأخير %1</numerusform>
            <numerusform>سجل التدقيق: سليم، %n قيدًا، بصمة القيد الأخير %1</numerusform>
            <numerusform>سجل التدقيق: سليم، %n قيد، بصمة القيد الأخير %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN — %1</source>
        <translation>سجل التدقيق: به خلل — %1</translation>
    </message>
    <message>
        <source>Verification failed: the database has integrity problems.</source>
        <translation>فشل التحقق: توجد مشكلات في سلامة قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n transaction(s), each balanced</source>
        <translation>
            <numerusform>دفتر الأستاذ: سليم، %n قيد، وكلها متوازنة</numerusform>
            <numerusform>دفتر الأستاذ: سليم، %n قيد، وهو متوازن</numerusform>
            <numerusform>دفتر الأستاذ: سليم، %n قيدان، وكلاهما متوازن</numerusform>
            <numerusform>دفتر الأستاذ: سليم، %n قيود، وكلها متوازنة</numerusform>
            <numerusform>دفتر الأستاذ: سليم، %n قيدًا، وكلها متوازنة</numerusform>
            <numerusform>دفتر الأستاذ: سليم، %n قيد، وكلها متوازنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger: %n problem(s)</source>
        <translation>
            <numerusform>دفتر الأستاذ: %n مشكلة</numerusform>
            <numerusform>دفتر الأستاذ: %n مشكلة</numerusform>
            <numerusform>دفتر الأستاذ: %n مشكلتان</numerusform>
            <numerusform>دفتر الأستاذ: %n مشكلات</numerusform>
            <numerusform>دفتر الأستاذ: %n مشكلة</numerusform>
            <numerusform>دفتر الأستاذ: %n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification failed: the ledger has problems.</source>
        <translation>فشل التحقق: توجد مشكلات في دفتر الأستاذ.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CaseImport</name>
    <message>
        <source>The case is %1 in the vault; references do not change, so %2 in the file was not used.</source>
        <translation>الرقم المرجعي لهذه الحالة في الخزنة هو %1، ولا تتغير الأرقام المرجعية؛ لذا لم تُستخدم القيمة %2 الواردة في الملف.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>No person has the external id %1; import the people file first.</source>
        <translation>لا يوجد شخص بالمعرِّف الخارجي %1؛ يُرجى استيراد ملف الأشخاص أولًا.</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet</source>
        <translation>استيراد من جدول بيانات</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvImporter</name>
    <message>
        <source>column %1 (no name)</source>
        <translation>العمود %1 (بلا اسم)</translation>
    </message>
    <message>
        <source>The column appears twice (columns %1 and %2); keep one of them.</source>
        <translation>العمود مكرَّر (العمودان %1 و%2)؛ يُرجى الإبقاء على أحدهما فقط.</translation>
    </message>
    <message>
        <source>The file has no %1 column, which every row needs. The columns are: %2.</source>
        <translation>لا يحتوي الملف على العمود %1، وهو لازم لكل صف. الأعمدة المقبولة هي: %2.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2; is there a separator in a cell without quotes?</source>
        <translation>عدد خلايا الصف %1، في حين أن عدد خلايا صف العناوين %2 فقط؛ هل توجد فاصلة داخل خلية غير محاطة بعلامتي اقتباس؟</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>المعرِّف الخارجي</translation>
    </message>
    <message>
        <source>The external id %1 is also in row %2.</source>
        <translation>المعرِّف الخارجي %1 موجود أيضًا في الصف %2.</translation>
    </message>
    <message>
        <source>Only people and cases can be imported, not %1.</source>
        <translation>لا يمكن استيراد إلا الأشخاص والحالات، وليس %1.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::CsvReader</name>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>حجم %1 يتجاوز %2 ميغابايت؛ يُرجى تقسيمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>%1, row %2: unexpected text after a closing quote in cell %3.</source>
        <translation>%1، الصف %2: نص غير متوقع بعد علامة اقتباس ختامية في الخلية %3.</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed (is the file truncated?).</source>
        <translation>%1، الصف %2: خلية تبدأ بعلامة اقتباس لا تُغلق أبدًا (هل الملف مبتور؟).</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters (is a quote never closed?).</source>
        <translation>%1، الصف %2: عدد أحرف إحدى الخلايا يتجاوز %3 (هل توجد علامة اقتباس لم تُغلق؟).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; in your spreadsheet choose &apos;CSV UTF-8&apos; when saving it.</source>
        <translation>الملف %1 ليس نصًّا بترميز UTF-8؛ يُرجى اختيار «CSV UTF-8» في برنامج جداول البيانات عند حفظه.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>الملف %1 فارغ: لا يحتوي على صف عناوين.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
</context>
<context>
    <name>amparo::csv::PersonImport</name>
    <message>
        <source>The name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>The nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>The country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Give the person at least one role (%1).</source>
        <translation>يُرجى إسناد دور واحد على الأقل إلى الشخص (%1).</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Pseudonyms are assigned by the vault: %1 in the file was not used; this person is %2.</source>
        <translation>تُسند الخزنة الأسماء المستعارة بنفسها: لم تُستخدم القيمة %1 الواردة في الملف؛ والاسم المستعار لهذا الشخص هو %2.</translation>
    </message>
    <message>
        <source>This may be the same person as %1 (%2).</source>
        <translation>قد يكون هذا الشخص هو %1 نفسه (%2).</translation>
    </message>
</context>
<context>
    <name>amparo::main</name>
    <message>
        <source>Case management for organisations assisting victims of torture.</source>
        <translation>إدارة الحالات للمنظمات التي تساعد ضحايا التعذيب.</translation>
    </message>
    <message>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>فتح الخزنة الموجودة في المجلد &lt;مجلد&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Fill in the user name &lt;name&gt;.</source>
        <translation>تعبئة حقل اسم المستخدم بالقيمة &lt;اسم&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AboutDialog</name>
    <message>
        <source>About Amparo</source>
        <translation>حول Amparo</translation>
    </message>
    <message>
        <source>Amparo %1</source>
        <translation>Amparo %1</translation>
    </message>
    <message>
        <source>Case management for organisations assisting victims of torture and human rights defenders.</source>
        <translation>إدارة الحالات للمنظمات التي تساعد ضحايا التعذيب والمدافعين عن حقوق الإنسان.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>برنامج حر مرخَّص بموجب رخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (GPL-3.0-or-later). ويُقدَّم دون أي ضمان.</translation>
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
        <translation>الدور في الحالة</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>نوع الجاني</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>إضافة شخص إلى الحالة</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>البحث عن شخص</translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>An alleged perpetrator whose type (police, army …) is not known.</extracomment>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>&amp;Perpetrator type:</source>
        <translation>&amp;نوع الجاني:</translation>
    </message>
    <message>
        <source>&amp;Add to the case</source>
        <translation>&amp;إضافة إلى الحالة</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;شخص جديد…</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>تسجيل شخص جديد</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a person first, or record a new one.</source>
        <translation>يُرجى اختيار شخص أولًا، أو تسجيل شخص جديد.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AddUserDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>أحرف لاتينية صغيرة a–z، وأرقام، و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;إضافة المستخدم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم &amp;الكامل:</translation>
    </message>
    <message>
        <source>Deriving a key for the new user…</source>
        <translation>جارٍ اشتقاق مفتاح للمستخدم الجديد…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>المسؤول الأول</translation>
    </message>
    <message>
        <source>This person adds the other users and manages the vault. Caseworkers, fund managers and others are added once the vault exists.</source>
        <translation>يضيف هذا الشخص المستخدمين الآخرين ويدير الخزنة. ويُضاف مسؤولو الحالات ومديرو الصناديق وغيرهم بعد إنشاء الخزنة.</translation>
    </message>
    <message>
        <source>User name of the administrator</source>
        <translation>اسم المستخدم الخاص بالمسؤول</translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation>مثال: maryam.ahmad</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>الاسم الكامل للمسؤول</translation>
    </message>
    <message>
        <source>for example: María López</source>
        <translation>مثال: مريم أحمد</translation>
    </message>
    <message>
        <source>Typed at every login: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>يُكتب عند كل تسجيل دخول: أحرف لاتينية صغيرة a–z، وأرقام، و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;.</translation>
    </message>
    <message>
        <source>What others see in the vault&apos;s records.</source>
        <translation>الاسم الذي يراه الآخرون في سجلات الخزنة.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم &amp;الكامل:</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AmountFields</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;المبلغ:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;العملة:</translation>
    </message>
    <message>
        <source>Exchange &amp;rate:</source>
        <translation>&amp;سعر الصرف:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>مثال: %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>The ISO code of the currency, for example EUR, USD or MXN.</source>
        <translation>رمز ISO للعملة، مثل EUR أو USD أو MXN.</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>What the exchange rate means</source>
        <translation>معنى سعر الصرف</translation>
    </message>
    <message>
        <source>Value in the fund&apos;s currency</source>
        <translation>القيمة بعملة الصندوق</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>How many %1 one %2 buys on the day, as the bank quotes it: for %2 1 = %1 20.1234, type 20.1234.</source>
        <extracomment>%1 is the currency paid (MXN), %2 the fund&apos;s currency (EUR).</extracomment>
        <translation>عدد وحدات %1 مقابل وحدة واحدة من %2 في ذلك اليوم، كما يحدده المصرف: إذا كان %2 1 = %1 20.1234، فاكتب 20.1234.</translation>
    </message>
    <message>
        <source>%1 is worth %2.</source>
        <extracomment>%1 the amount typed (8,000.00 MXN), %2 its value in the fund&apos;s currency (400.00 EUR).</extracomment>
        <translation>قيمة %1 تساوي %2.</translation>
    </message>
    <message>
        <source>Type the amount, the currency and the rate to see the value in %1.</source>
        <translation>اكتب المبلغ والعملة وسعر الصرف لعرض القيمة بعملة %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AnonymiseDialog</name>
    <message>
        <source>Anonymise %1</source>
        <translation>إخفاء هوية %1</translation>
    </message>
    <message>
        <source>Anonymising removes %1&apos;s name, date of birth, contact details, address, notes and attached documents for good. The pseudonym, the cases and the payments stay, so that the records remain whole.</source>
        <translation>يؤدي إخفاء الهوية إلى الحذف النهائي لاسم %1 وتاريخ ميلاده وبيانات الاتصال به وعنوانه والملاحظات والمستندات المرفقة. ويبقى الاسم المستعار والحالات والدفعات، كي تظل السجلات كاملة.</translation>
    </message>
    <message>
        <source>&amp;Why is this person anonymised?</source>
        <translation>&amp;لماذا تُخفى هوية هذا الشخص؟</translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation>سبب إخفاء الهوية</translation>
    </message>
    <message>
        <source>e.g. the person asked for their data to be erased</source>
        <translation>مثل: طلب الشخص محو بياناته</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone.</source>
        <translation>&amp;أدرك أنه لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Confirm anonymising</source>
        <translation>تأكيد إخفاء الهوية</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;إخفاء الهوية</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AppController</name>
    <message>
        <source>The vault was locked at %1. Enter your passphrase to continue.</source>
        <translation>قُفلت الخزنة في الساعة %1. يُرجى إدخال عبارة المرور للمتابعة.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ApprovalQueue</name>
    <message>
        <source>Requests awaiting approval</source>
        <translation>الطلبات بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Number of requests awaiting approval</source>
        <translation>عدد الطلبات بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Context of the request</source>
        <translation>سياق الطلب</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Case of the request</source>
        <translation>الحالة التي يخصها الطلب</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>وضع الحالة:</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Country of the case</source>
        <translation>بلد الحالة</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Programme of the case</source>
        <translation>برنامج الحالة</translation>
    </message>
    <message>
        <source>Asked against available:</source>
        <translation>المطلوب مقابل المتاح:</translation>
    </message>
    <message>
        <source>Amount asked against the fund&apos;s available amount</source>
        <translation>المبلغ المطلوب مقابل المبلغ المتاح في الصندوق</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting approval</source>
        <translation>
            <numerusform>%n طلب بانتظار الموافقة</numerusform>
            <numerusform>%n طلب بانتظار الموافقة</numerusform>
            <numerusform>%n طلبان بانتظار الموافقة</numerusform>
            <numerusform>%n طلبات بانتظار الموافقة</numerusform>
            <numerusform>%n طلبًا بانتظار الموافقة</numerusform>
            <numerusform>%n طلب بانتظار الموافقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A case&apos;s reference and title, e.g. &quot;AMP-2026-0042 · Arbitrary detention&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 (restricted to its assignees: only what the request says is shown)</source>
        <translation>%1 (مقيدة الاطلاع على المكلَّفين بها: لا يُعرض إلا ما ورد في الطلب)</translation>
    </message>
    <message>
        <source>%1 asked; the fund has %2 available</source>
        <extracomment>The amount of a request against what its fund has, e.g. &quot;1,500.00 EUR asked; the fund has 18,800.00 EUR available&quot;.</extracomment>
        <translation>المطلوب %1؛ والمتاح في الصندوق %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceDialog</name>
    <message>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>إضافة مساعدة</translation>
    </message>
    <message>
        <source>Edit assistance</source>
        <translation>تعديل المساعدة</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>لا أحد بعينه</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>لم يُحدَّد مقدِّم خدمة بعد</translation>
    </message>
    <message>
        <source>Provider organisation</source>
        <translation>المنظمة مقدِّمة الخدمة</translation>
    </message>
    <message>
        <source>What is done, e.g. lawyer&apos;s fees for the appeal</source>
        <translation>ما يُقدَّم، مثل: أتعاب المحامي في الاستئناف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;المستفيد:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;مقدِّم الخدمة:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;تاريخ الطلب:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>تاريخ &amp;البدء:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>تاريخ &amp;الإنجاز:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;النتيجة:</translation>
    </message>
    <message>
        <source>Save the assistance</source>
        <translation>حفظ المساعدة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AssistanceTab</name>
    <message>
        <source>Move the %1 assistance from %2 to %3?</source>
        <extracomment>%1 is the type of assistance, %2 and %3 its current and new status.</extracomment>
        <translation>هل تريد نقل «%1» من الوضع «%2» إلى «%3»؟</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>التحويل إلى «%1»</translation>
    </message>
    <message>
        <source>&amp;Add assistance…</source>
        <translation>&amp;إضافة مساعدة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>مقدِّم الخدمة</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Assistance lines</source>
        <translation>بنود المساعدة</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Use Add assistance… to record legal, medical, psychosocial, relocation or social help for a person of this case.</source>
        <translation>لم تُسجَّل أي مساعدة بعد. يُرجى استخدام «إضافة مساعدة…» لتسجيل مساعدة قانونية أو طبية أو دعم نفسي اجتماعي أو نقل إلى مكان آمن أو مساعدة اجتماعية لأحد الأشخاص المرتبطين بهذه الحالة.</translation>
    </message>
    <message>
        <source>Description of the selected assistance</source>
        <translation>وصف المساعدة المحدَّدة</translation>
    </message>
    <message>
        <source>Add assistance</source>
        <translation>إضافة مساعدة</translation>
    </message>
    <message>
        <source>Edit the selected assistance</source>
        <translation>تعديل المساعدة المحدَّدة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person of the case and their roles in it, e.g. &quot;Rosa M. (Victim)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A person no longer in this case</source>
        <translation>شخص لم يعد مرتبطًا بهذه الحالة</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>الوصف: %1</translation>
    </message>
    <message>
        <source>Mark as %1…</source>
        <extracomment>A button that moves an assistance line to another status, e.g. &quot;Mark as Approved…&quot;.</extracomment>
        <translation>التحويل إلى «%1»…</translation>
    </message>
    <message>
        <source>Mark the assistance as %1</source>
        <translation>تحويل وضع المساعدة إلى «%1»</translation>
    </message>
    <message>
        <source>Request a g&amp;rant…</source>
        <translation>&amp;طلب منحة…</translation>
    </message>
    <message>
        <source>Request a grant for the selected assistance</source>
        <translation>طلب منحة للمساعدة المحدَّدة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>عرض &amp;المزيد</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <source>Number of audit entries</source>
        <translation>عدد قيود التدقيق</translation>
    </message>
    <message>
        <source>Show more audit entries</source>
        <translation>عرض المزيد من قيود التدقيق</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>التصفية حسب المستخدم</translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation>التصفية حسب نوع السجل</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>التصفية حسب الإجراء</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>التصفية ابتداءً من تاريخ</translation>
    </message>
    <message>
        <source>Filter until a date</source>
        <translation>التصفية حتى تاريخ</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>البحث في سجل التدقيق</translation>
    </message>
    <message>
        <source>Search acts, record numbers, users and changed values</source>
        <translation>ابحث في الإجراءات وأرقام السجلات والمستخدمين والقيم المعدَّلة</translation>
    </message>
    <message>
        <source>Entries of this day are included.</source>
        <translation>تُدرَج قيود هذا اليوم أيضًا.</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>جميع المستخدمين</translation>
    </message>
    <message>
        <source>Every record type</source>
        <translation>جميع أنواع السجلات</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>جميع الإجراءات</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear the filters to see the whole trail.</source>
        <translation>لا يوجد قيد يطابق عوامل التصفية هذه. يُرجى مسح عوامل التصفية لعرض السجل بأكمله.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries are shown.</source>
        <translation>
            <numerusform>تُعرض أحدث %1 من أصل %n قيد.</numerusform>
            <numerusform>تُعرض أحدث %1 من أصل %n قيد.</numerusform>
            <numerusform>تُعرض أحدث %1 من أصل %n قيدين.</numerusform>
            <numerusform>تُعرض أحدث %1 من أصل %n قيود.</numerusform>
            <numerusform>تُعرض أحدث %1 من أصل %n قيدًا.</numerusform>
            <numerusform>تُعرض أحدث %1 من أصل %n قيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>لا توجد قيود.</numerusform>
            <numerusform>قيد واحد.</numerusform>
            <numerusform>قيدان، الأحدث أولًا.</numerusform>
            <numerusform>%n قيود، الأحدث أولًا.</numerusform>
            <numerusform>%n قيدًا، الأحدث أولًا.</numerusform>
            <numerusform>%n قيد، الأحدث أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditPanel</name>
    <message>
        <source>Verify the audit &amp;trail</source>
        <translation>التحقق من &amp;سجل التدقيق</translation>
    </message>
    <message>
        <source>Every change in the vault is recorded in a chain where each entry seals the one before. Verifying recomputes the chain and finds any entry altered or removed.</source>
        <translation>يُسجَّل كل تغيير في الخزنة في سلسلة يختم فيها كل قيدٍ القيدَ الذي قبله. ويُعيد التحقق حساب السلسلة فيكشف أي قيد عُدِّل أو حُذف.</translation>
    </message>
    <message>
        <source>Result of the audit trail verification</source>
        <translation>نتيجة التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none altered (at %1).</source>
        <translation>
            <numerusform>سليم: فُحص %n قيد، ولم يُعدَّل أي قيد (في %1).</numerusform>
            <numerusform>سليم: فُحص %n قيد، ولم يُعدَّل أي قيد (في %1).</numerusform>
            <numerusform>سليم: فُحص %n قيدان، ولم يُعدَّل أي قيد (في %1).</numerusform>
            <numerusform>سليم: فُحصت %n قيود، ولم يُعدَّل أي قيد (في %1).</numerusform>
            <numerusform>سليم: فُحص %n قيدًا، ولم يُعدَّل أي قيد (في %1).</numerusform>
            <numerusform>سليم: فُحص %n قيد، ولم يُعدَّل أي قيد (في %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been altered or damaged (checked at %1): %2</source>
        <translation>جرى تعديل سجل التدقيق أو أصابه تلف (وقت التحقق: %1): %2</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>amparo::ui::AuditTableModel</name>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BackgroundTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::BusyIndicator</name>
    <message>
        <source>Progress</source>
        <translation>التقدُّم</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseEditor</name>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>&amp;ملخص PDF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>← &amp;Cases</source>
        <translation>→ &amp;الحالات</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>العودة إلى قائمة الحالات</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>العودة إلى قائمة الحالات (Alt+Left)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>تغيير &amp;الوضع</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>تغيير الوضع</translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation>ملخص PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Preview and save this case&apos;s summary, redacted for its readers.</source>
        <translation>معاينة ملخص هذه الحالة وحفظه، مع حجب ما لا يخص قرّاءه.</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+S)</source>
        <translation>حفظ الملخص (Ctrl+S)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>أجزاء الحالة</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;الملخص</translation>
    </message>
    <message>
        <source>You can read this case. Changing it needs the caseworker role.</source>
        <translation>يمكنك الاطلاع على هذه الحالة. ويتطلب تعديلها دور «مسؤول الحالة».</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الوضع: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>في هذه الحالة تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>هل تريد حفظها قبل المغادرة؟</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseHistoryTab</name>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Nothing has been recorded about this case yet.</source>
        <translation>لم يُسجَّل أي شيء عن هذه الحالة بعد.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>سجل الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseListModel</name>
    <message>
        <source>Restricted: only the people assigned to this case can see it.</source>
        <translation>مقيَّدة: لا يراها إلا الأشخاص المكلَّفون بهذه الحالة.</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>حالة مقيدة الاطلاع</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <extracomment>The reference of a case that only its assigned people can see.</extracomment>
        <translation>%1 (مقيَّد)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasePeopleTab</name>
    <message>
        <source>Nobody is linked to this case yet. Add the victim first with “Add a person…”.</source>
        <translation>لا يوجد أي شخص مرتبط بهذه الحالة بعد. يُرجى إضافة الضحية أولًا باستخدام «إضافة شخص…».</translation>
    </message>
    <message>
        <source>&amp;Remove from the case…</source>
        <translation>&amp;إزالة من الحالة…</translation>
    </message>
    <message>
        <source>People of the case</source>
        <translation>الأشخاص المرتبطون بالحالة</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>نوع الجاني</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;إضافة شخص…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the People section.</source>
        <translation>هل تريد إزالة %1 من هذه الحالة؟ سيبقى الشخص مسجَّلًا في قسم «الأشخاص».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Case summary (PDF)</source>
        <translation>ملخص الحالة (PDF)</translation>
    </message>
    <message>
        <source>e.g. AMP-2026-0042</source>
        <translation>مثل AMP-2026-0042</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>مرجع الحالة</translation>
    </message>
    <message>
        <source>Internal — everything</source>
        <translation>داخلي — كل شيء</translation>
    </message>
    <message>
        <source>Partner — pseudonyms, no contact details</source>
        <translation>للشركاء — أسماء مستعارة، دون بيانات الاتصال</translation>
    </message>
    <message>
        <source>Public — only what consent allows</source>
        <translation>علني — ما تسمح به الموافقة فقط</translation>
    </message>
    <message>
        <source>Redaction level</source>
        <translation>مستوى الحجب</translation>
    </message>
    <message>
        <source>What the summary leaves out is said in the document itself.</source>
        <translation>يُذكر في المستند نفسه ما يحجبه الملخص.</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة المستند</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>معاينة الملخص</translation>
    </message>
    <message>
        <source>Save the previewed summary as a PDF file</source>
        <translation>حفظ الملخص المعروض في ملف PDF</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>معاينة الملخص</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;مرجع الحالة:</translation>
    </message>
    <message>
        <source>Re&amp;daction:</source>
        <translation>مستوى &amp;الحجب:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;لغة المستند:</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <source>The vault is busy with other work. Try again when it is done.</source>
        <translation>الخزنة مشغولة بعمل آخر. حاول مرة أخرى عند انتهائه.</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>حفظ ملخص الحالة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved to %1: %2</source>
        <translation>تعذّر حفظ الملخص في %1: %2</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseSummaryForm</name>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>تاريخ الواقعة</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Only the people assigned to this case may see it</source>
        <translation>لا يطّلع على هذه الحالة إلا الأشخاص المكلَّفون بها</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>سرد الوقائع</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>ما حدث، في كلمات قليلة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Town, region or facility</source>
        <translation>المدينة أو المنطقة أو المنشأة</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>الجهة المُحيلة</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرِّف الخارجي</translation>
    </message>
    <message>
        <source>The case&apos;s number in another system, if any</source>
        <translation>رقم الحالة في نظام آخر، إن وُجد</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>حالة مقيدة الاطلاع</translation>
    </message>
    <message>
        <source>The account of what happened, as told and as documented.</source>
        <translation>رواية ما حدث، كما رُويت وكما وُثِّقت.</translation>
    </message>
    <message>
        <source>Threats, their sources and the measures taken.</source>
        <translation>التهديدات ومصادرها والتدابير المتخذة.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;البرنامج:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;الأولوية:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;البلد:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <extracomment>The date of the incident (torture, detention …) the case is about.</extracomment>
        <translation>تاريخ &amp;الواقعة:</translation>
    </message>
    <message>
        <source>R&amp;eported:</source>
        <translation>تاريخ &amp;الإبلاغ:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <extracomment>The date the case was opened.</extracomment>
        <translation>تاريخ &amp;الفتح:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>&amp;الجهة المُحيلة:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>المعرِّف &amp;الخارجي:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>&amp;سرد الوقائع:</translation>
    </message>
    <message>
        <source>Ris&amp;k assessment:</source>
        <translation>&amp;تقييم المخاطر:</translation>
    </message>
    <message>
        <source>(nobody: the organisation&apos;s own case)</source>
        <translation>(لا أحد: حالة خاصة بالمنظمة نفسها)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CaseTabs</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;الأشخاص</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;الانتهاكات</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;التدخُّلات</translation>
    </message>
    <message>
        <source>A&amp;ssistance</source>
        <translation>&amp;المساعدة</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;المستندات</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;المهام</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;المنح</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesPage</name>
    <message>
        <source>&amp;Restricted only</source>
        <translation>&amp;المقيدة فقط</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Search by name, reference, place or words of the story</source>
        <translation>ابحث بالاسم أو الرقم المرجعي أو المكان أو كلمات من السرد</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الأوضاع</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>التصفية حسب الوضع</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>Programme filter</source>
        <translation>التصفية حسب البرنامج</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>جميع الأولويات</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>التصفية حسب الأولوية</translation>
    </message>
    <message>
        <source>Only the cases that only their assigned people can see.</source>
        <translation>الحالات التي لا يراها إلا الأشخاص المكلَّفون بها فقط.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match</source>
        <translation>
            <numerusform>لا توجد حالات مطابقة</numerusform>
            <numerusform>حالة واحدة مطابقة</numerusform>
            <numerusform>حالتان مطابقتان</numerusform>
            <numerusform>%n حالات مطابقة</numerusform>
            <numerusform>%n حالة مطابقة</numerusform>
            <numerusform>%n حالة مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا توجد حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches this search and these filters. Try other words, or clear the filters to see every case you may see.</source>
        <translation>لا توجد حالة تطابق هذا البحث وعوامل التصفية هذه. جرّب كلمات أخرى، أو امسح عوامل التصفية لرؤية كل الحالات المتاحة لك.</translation>
    </message>
    <message>
        <source>There are no cases yet, or none you are assigned to. Caseworkers open cases; existing ones can be imported from a spreadsheet with amparo-cli import.</source>
        <translation>لا توجد حالات بعد، أو لا توجد حالات مكلَّف أنت بها. يفتح مسؤولو الحالات الحالات؛ ويمكن استيراد الحالات الموجودة من جدول بيانات باستخدام amparo-cli import.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;حالة جديدة…</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>التصفية حسب البلد</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>التصفية حسب الشخص المكلَّف</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>أي شخص مكلَّف</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>فتح حالة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>المسندة إليّ</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>المسندة إلى %1</translation>
    </message>
    <message>
        <source>Assistance filter</source>
        <translation>تصفية حسب نوع المساعدة</translation>
    </message>
    <message>
        <source>Any assistance</source>
        <extracomment>Filter of the case list: cases receiving any kind of assistance or none.</extracomment>
        <translation>أي نوع من المساعدة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CasesSection</name>
    <message>
        <source>&amp;Open them</source>
        <extracomment>Opens the changes kept when the vault locked.</extracomment>
        <translation>&amp;فتحها</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Discard the kept changes? They cannot be recovered afterwards.</source>
        <translation>هل تريد تجاهل التغييرات المحفوظة مؤقتًا؟ لن يمكن استعادتها بعد ذلك.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>You were writing a new case when the vault locked (%1). Your work was kept.</source>
        <translation>كنت تكتب حالة جديدة عندما قُفلت الخزنة (%1). وقد حُفظ عملك.</translation>
    </message>
    <message>
        <source>Changes to case %1 were not saved when the vault locked (%2). They were kept.</source>
        <translation>لم تكن التغييرات على الحالة %1 قد حُفظت عندما قُفلت الخزنة (%2). وقد احتُفظ بها.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ChangePassphraseDialog</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور &amp;الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>تغيير عبارة المرور الخاصة بي</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Your new passphrase takes effect the next time you open the vault. Other users are not affected.</source>
        <translation>تسري عبارة المرور الجديدة عند فتح الخزنة في المرة القادمة. ولا يتأثر المستخدمون الآخرون بهذا التغيير.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>عبارة المرور &amp;الحالية:</translation>
    </message>
    <message>
        <source>Checking the current passphrase and deriving the new key…</source>
        <translation>جارٍ التحقق من عبارة المرور الحالية واشتقاق المفتاح الجديد…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ConsentPanel</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;تسجيل الموافقة…</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>قرارات الموافقة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>طريقة الحصول عليها</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجَّلها</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Save the person first; then record what they agreed to.</source>
        <translation>يُرجى حفظ الشخص أولًا؛ ثم تسجيل ما وافق عليه.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who recorded a consent decision, and when.</extracomment>
        <translation>%1، في %2</translation>
    </message>
    <message>
        <source>No consent is recorded for %1. Without a recorded decision, exports treat every use as not allowed.</source>
        <translation>لم تُسجَّل أي موافقة لـ%1. وفي غياب قرار مسجَّل، تَعُدّ عمليات التصدير كل استخدام غير مسموح به.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionDialog</name>
    <message>
        <source>Record a contribution</source>
        <translation>تسجيل مساهمة</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A fund: %1 its code, %2 its name, %3 its currency.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No donor named</source>
        <translation>لم تُحدَّد جهة مانحة</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Optional: the donor&apos;s or the bank&apos;s reference</source>
        <translation>اختياري: الرقم المرجعي لدى الجهة المانحة أو المصرف</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;الصندوق:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;الجهة المانحة:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>تاريخ &amp;الاستلام:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;الرقم المرجعي:</translation>
    </message>
    <message>
        <source>Record the &amp;contribution</source>
        <translation>&amp;تسجيل المساهمة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ContributionTableModel</name>
    <message>
        <source>Not named</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>معكوسة</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مرحَّلة</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>القيمة بعملة الصندوق</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CountryBox</name>
    <message>
        <source>(choose a country)</source>
        <translation>(اختر بلدًا)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>This takes a few seconds: the passphrase is turned into a key, and the new, encrypted vault is written.</source>
        <translation>يستغرق ذلك بضع ثوانٍ: تُحوَّل عبارة المرور إلى مفتاح، ثم تُكتب الخزنة الجديدة المشفَّرة.</translation>
    </message>
    <message>
        <source>Deriving the key and creating the vault…</source>
        <translation>جارٍ اشتقاق المفتاح وإنشاء الخزنة…</translation>
    </message>
    <message>
        <source>Go back to change the folder or the settings, then try again.</source>
        <translation>يُرجى الرجوع لتغيير المجلد أو الإعدادات، ثم المحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault — Amparo</source>
        <translation>إنشاء خزنة جديدة — Amparo</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>إعادة قراءة الأرقام (F5)</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>الحالات حسب الوضع</translation>
    </message>
    <message>
        <source>Cases in the top countries</source>
        <translation>الحالات في البلدان الأعلى عددًا</translation>
    </message>
    <message>
        <source>Cases by programme</source>
        <translation>الحالات حسب البرنامج</translation>
    </message>
    <message>
        <source>Assistance by type</source>
        <translation>المساعدة حسب النوع</translation>
    </message>
    <message>
        <source>Net disbursements per month and fund, last 12 months</source>
        <translation>صافي عمليات الصرف حسب الشهر والصندوق، آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>لا توجد حالات بعد.</translation>
    </message>
    <message>
        <source>No assistance recorded yet.</source>
        <translation>لم تُسجَّل أي مساعدة بعد.</translation>
    </message>
    <message>
        <source>Nothing was disbursed in the last 12 months.</source>
        <translation>لم يُصرف أي مبلغ خلال الأشهر الاثني عشر الأخيرة.</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>الموافقات المعلَّقة</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>المهام المتأخرة</translation>
    </message>
    <message>
        <source>Overdue receipts</source>
        <translation>الإيصالات المتأخرة</translation>
    </message>
    <message>
        <source>Open the grant requests awaiting a decision</source>
        <translation>فتح طلبات المنح التي تنتظر قرارًا</translation>
    </message>
    <message>
        <source>Open the overdue tasks</source>
        <translation>فتح المهام المتأخرة</translation>
    </message>
    <message>
        <source>Open the payments whose receipts are overdue</source>
        <translation>فتح الدفعات التي تأخرت إيصالاتها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a dashboard chart: what it counts, then how many.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other countries: %1</source>
        <extracomment>The cases of every country but the top ones, in the dashboard.</extracomment>
        <translation>بلدان أخرى: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A fund in the legend of the disbursement chart: its code and currency.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A figure of the disbursement chart: month, fund, net amount.</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementTableModel</name>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>%1 1 = %2 %3</source>
        <extracomment>An exchange rate: %1 the fund&apos;s currency, %2 the currency paid, %3 the rate.</extracomment>
        <translation>%1 1 = %2 %3</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.</extracomment>
        <translation>معكوسة</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مرحَّلة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Value for the fund</source>
        <translation>القيمة بعملة الصندوق</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DisbursementsPanel</name>
    <message>
        <source>Payments and refunds</source>
        <translation>الدفعات وعمليات الاسترداد</translation>
    </message>
    <message>
        <source>Grant payments summary</source>
        <translation>ملخص دفعات المنحة</translation>
    </message>
    <message>
        <source>Re&amp;ceipts of the selected payment:</source>
        <translation>&amp;إيصالات الدفعة المحدَّدة:</translation>
    </message>
    <message>
        <source>Receipts of the selected payment</source>
        <translation>إيصالات الدفعة المحدَّدة</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>تسجيل &amp;دفعة…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Record a re&amp;fund…</source>
        <translation>تسجيل &amp;استرداد…</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>تسجيل استرداد</translation>
    </message>
    <message>
        <source>&amp;Attach a receipt…</source>
        <translation>&amp;إرفاق إيصال…</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>إرفاق إيصال</translation>
    </message>
    <message>
        <source>Store a scan or photo of the receipt with the selected payment.</source>
        <translation>حفظ نسخة ممسوحة ضوئيًا أو صورة من الإيصال مع الدفعة المحدَّدة.</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>&amp;عكس…</translation>
    </message>
    <message>
        <source>Reverse the payment</source>
        <translation>عكس الدفعة</translation>
    </message>
    <message>
        <source>Cancel the selected payment or refund in the ledger with a reversing entry.</source>
        <translation>إلغاء الدفعة أو عملية الاسترداد المحدَّدة في دفتر الأستاذ بقيد عكسي.</translation>
    </message>
    <message>
        <source>&amp;No more payments</source>
        <translation>&amp;لا مزيد من الدفعات</translation>
    </message>
    <message>
        <source>No more payments</source>
        <translation>لا مزيد من الدفعات</translation>
    </message>
    <message>
        <source>The grant is fully paid: what was approved and not paid returns to the fund.</source>
        <translation>انتهى صرف المنحة: يعود إلى الصندوق المبلغ الموافَق عليه الذي لم يُدفع.</translation>
    </message>
    <message>
        <source>Mark &amp;justified</source>
        <translation>&amp;تعليم كمبررة</translation>
    </message>
    <message>
        <source>Mark justified</source>
        <translation>تعليم كمبررة</translation>
    </message>
    <message>
        <source>Every payment has its receipt: the grant is justified.</source>
        <translation>لكل دفعة إيصالها: المنحة مبررة.</translation>
    </message>
    <message>
        <source>No grant is selected.</source>
        <translation>لم تُحدَّد أي منحة.</translation>
    </message>
    <message>
        <source>Grant %1 (%2): approved %3; paid %4; refunded %5; still committed %6.</source>
        <extracomment>%1 grant reference, %2 its status, %3 approved, %4 paid, %5 refunded, %6 still committed.</extracomment>
        <translation>المنحة %1 (%2): الموافَق عليه %3؛ المدفوع %4؛ المسترد %5؛ الملتزم به المتبقي %6.</translation>
    </message>
    <message>
        <source>Attach a receipt to the payment</source>
        <translation>إرفاق إيصال بالدفعة</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>عكس دفعة</translation>
    </message>
    <message>
        <source>The %1 of %2 on %3 stays in the ledger and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 payment or refund, %2 its amount, %3 its date.</extracomment>
        <translation>تبقى %1 بمبلغ %2 بتاريخ %3 في دفتر الأستاذ ويُلغيها قيد عكسي. اذكر السبب ليطّلع عليه المدققون.</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>عملية الاسترداد</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>سبب القيد العكسي</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;بتاريخ:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>تاريخ القيد العكسي</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;عكس</translation>
    </message>
    <message>
        <source>Grant %1 will be paid no further: the %2 still committed returns to the fund.</source>
        <extracomment>%1 grant reference, %2 an amount.</extracomment>
        <translation>لن تُصرف أي دفعات أخرى للمنحة %1: يعود إلى الصندوق المبلغ الملتزم به المتبقي، وهو %2.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;التعليق:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Every payment of grant %1 has its receipt: the grant is justified.</source>
        <translation>لكل دفعة من دفعات المنحة %1 إيصالها: المنحة مبررة.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentViewer</name>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>&amp;تصدير نسخة…</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>عارض المستندات</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>يتعذّر العرض</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>تصدير نسخة من المستند</translation>
    </message>
    <message>
        <source>Problem with the document</source>
        <translation>مشكلة في المستند</translation>
    </message>
    <message>
        <source>%1 cannot be shown inside Amparo. Export a copy to open it with another program.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>يتعذّر عرض %1 داخل Amparo. يُرجى تصدير نسخة منه لفتحها ببرنامج آخر.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DocumentsTab</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>إضافة ملفات إلى الحالة</translation>
    </message>
    <message>
        <source>Export a copy of the document</source>
        <translation>تصدير نسخة من المستند</translation>
    </message>
    <message>
        <source>The copy written to %1 will not be encrypted: anyone who can open that folder can read it. Delete it when you no longer need it.</source>
        <translation>لن تكون النسخة المكتوبة في %1 مشفَّرة: يستطيع قراءتها كل من يمكنه فتح ذلك المجلد. يُرجى حذفها حين لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Write the copy</source>
        <translation>كتابة النسخة</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>تعذّرت كتابة النسخة في %1: %2</translation>
    </message>
    <message>
        <source>Remove %1 from the case? The file is deleted from the vault; the case history keeps a record that it was removed.</source>
        <translation>هل تريد حذف %1 من الحالة؟ سيُحذف الملف من الخزنة؛ ويحتفظ سجل الحالة بما يفيد حذفه.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>نص OpenDocument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>&amp;تصدير نسخة…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>مستندات الحالة</translation>
    </message>
    <message>
        <source>No documents yet. Drop files here or use Add files…</source>
        <translation>لا توجد مستندات بعد. أفلِت الملفات هنا أو استخدم «إضافة ملفات…».</translation>
    </message>
    <message>
        <source>Drop the files to add them to this case. They are kept encrypted in the vault.</source>
        <translation>أفلِت الملفات لإضافتها إلى هذه الحالة. وستُحفظ مشفَّرة في الخزنة.</translation>
    </message>
    <message>
        <source>Drop hint</source>
        <translation>تلميح الإفلات</translation>
    </message>
    <message>
        <source>Export a copy of the selected document</source>
        <translation>تصدير نسخة من المستند المحدَّد</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>حذف المستند المحدَّد</translation>
    </message>
    <message>
        <source>Documents you add are shown here, inside Amparo.</source>
        <translation>تُعرض هنا، داخل Amparo، المستندات التي تضيفها.</translation>
    </message>
    <message>
        <source>Select a document to view it here.</source>
        <translation>حدِّد مستندًا لعرضه هنا.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>سجل مكرر محتمل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person who may be the same one, and why: &quot;P-2026-00012 (same telephone number)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This may be someone already recorded: %1. Check before saving — you can still save if it is another person.</source>
        <translation>
            <numerusform>قد يكون هذا الشخص أحد الأشخاص المسجَّلين بالفعل: %1. يُرجى التحقق قبل الحفظ — ويظل بإمكانك الحفظ إن كان شخصًا آخر.</numerusform>
            <numerusform>قد يكون هذا الشخص مسجَّلًا بالفعل: %1. يُرجى التحقق قبل الحفظ — ويظل بإمكانك الحفظ إن كان شخصًا آخر.</numerusform>
            <numerusform>قد يكون هذا الشخص أحد الشخصين المسجَّلين بالفعل: %1. يُرجى التحقق قبل الحفظ — ويظل بإمكانك الحفظ إن كان شخصًا آخر.</numerusform>
            <numerusform>قد يكون هذا الشخص أحد الأشخاص المسجَّلين بالفعل: %1. يُرجى التحقق قبل الحفظ — ويظل بإمكانك الحفظ إن كان شخصًا آخر.</numerusform>
            <numerusform>قد يكون هذا الشخص أحد الأشخاص المسجَّلين بالفعل: %1. يُرجى التحقق قبل الحفظ — ويظل بإمكانك الحفظ إن كان شخصًا آخر.</numerusform>
            <numerusform>قد يكون هذا الشخص أحد الأشخاص المسجَّلين بالفعل: %1. يُرجى التحقق قبل الحفظ — ويظل بإمكانك الحفظ إن كان شخصًا آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1. It may be the same person as %2: compare the two records.</source>
        <translation>
            <numerusform>حُفظ بالاسم المستعار %1. قد يكون الشخص نفسه أحد المسجَّلين التالين: %2؛ يُرجى مقارنة السجلات.</numerusform>
            <numerusform>حُفظ بالاسم المستعار %1. قد يكون الشخص نفسه المسجَّل باسم %2: يُرجى مقارنة السجلين.</numerusform>
            <numerusform>حُفظ بالاسم المستعار %1. قد يكون الشخص نفسه أحد المسجَّلين التالين: %2؛ يُرجى مقارنة السجلات.</numerusform>
            <numerusform>حُفظ بالاسم المستعار %1. قد يكون الشخص نفسه أحد المسجَّلين التالين: %2؛ يُرجى مقارنة السجلات.</numerusform>
            <numerusform>حُفظ بالاسم المستعار %1. قد يكون الشخص نفسه أحد المسجَّلين التالين: %2؛ يُرجى مقارنة السجلات.</numerusform>
            <numerusform>حُفظ بالاسم المستعار %1. قد يكون الشخص نفسه أحد المسجَّلين التالين: %2؛ يُرجى مقارنة السجلات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::ErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundPositionModel</name>
    <message>
        <source>%1 paid this year; no annual budget</source>
        <extracomment>%1 is what the fund paid this year.</extracomment>
        <translation>المدفوع هذا العام %1؛ لا توجد ميزانية سنوية</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <extracomment>%1 paid this year, %2 the annual budget, %3 the percentage used.</extracomment>
        <translation>%1 من %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund: %1 its code, %2 its name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>الميزانية السنوية</translation>
    </message>
    <message>
        <source>Budget use this year</source>
        <translation>استخدام الميزانية هذا العام</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsLedgerSection</name>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>الصناديق ودفتر الأستاذ</translation>
    </message>
    <message>
        <source>Funds and ledger views</source>
        <translation>طرق عرض الصناديق ودفتر الأستاذ</translation>
    </message>
</context>
<context>
    <name>amparo::ui::FundsPage</name>
    <message>
        <source>Funds</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>Where the funds stand</source>
        <translation>الوضع المالي للصناديق</translation>
    </message>
    <message>
        <source>&amp;At the end of:</source>
        <translation>في &amp;نهاية:</translation>
    </message>
    <message>
        <source>Date of the positions</source>
        <translation>تاريخ المراكز المالية</translation>
    </message>
    <message>
        <source>Fund positions</source>
        <translation>المراكز المالية للصناديق</translation>
    </message>
    <message>
        <source>Donor &amp;contributions to the selected fund:</source>
        <translation>&amp;مساهمات المانحين في الصندوق المحدَّد:</translation>
    </message>
    <message>
        <source>Donor contributions</source>
        <translation>مساهمات المانحين</translation>
    </message>
    <message>
        <source>Locked period</source>
        <translation>الفترة المقفلة</translation>
    </message>
    <message>
        <source>Record a c&amp;ontribution…</source>
        <translation>تسجيل &amp;مساهمة…</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>تسجيل مساهمة</translation>
    </message>
    <message>
        <source>&amp;Lock the period…</source>
        <translation>&amp;إقفال الفترة…</translation>
    </message>
    <message>
        <source>Lock the period</source>
        <translation>إقفال الفترة</translation>
    </message>
    <message>
        <source>Close the books up to a date: nothing can be posted on or before it afterwards.</source>
        <translation>إقفال الحسابات حتى تاريخ معين: لا يمكن بعد ذلك ترحيل أي قيد في ذلك التاريخ أو قبله.</translation>
    </message>
    <message>
        <source>Locked through %1: nothing can be posted on or before that day.</source>
        <translation>مُقفل حتى %1: لا يمكن ترحيل أي قيد في ذلك اليوم أو قبله.</translation>
    </message>
    <message>
        <source>No period is locked.</source>
        <translation>لا توجد فترة مقفلة.</translation>
    </message>
    <message>
        <source>The ledger is locked through %1.</source>
        <translation>دفتر الأستاذ مُقفل حتى %1.</translation>
    </message>
    <message>
        <source>No period is locked yet.</source>
        <translation>لم تُقفل أي فترة بعد.</translation>
    </message>
    <message>
        <source>%1 Once a period is locked, nothing can be posted on or before its last day, not even a correction; a lock only moves forward.</source>
        <extracomment>%1 says what is locked now.</extracomment>
        <translation>%1 بعد إقفال فترة ما، لا يمكن ترحيل أي قيد في آخر يوم منها أو قبله، ولا حتى قيد تصحيح؛ ولا يمكن نقل الإقفال إلا إلى تاريخ لاحق.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Reason for the lock</source>
        <translation>سبب الإقفال</translation>
    </message>
    <message>
        <source>Locked &amp;through:</source>
        <translation>الإقفال &amp;حتى:</translation>
    </message>
    <message>
        <source>Last day of the locked period</source>
        <translation>آخر يوم في الفترة المقفلة</translation>
    </message>
    <message>
        <source>&amp;Lock the period</source>
        <translation>&amp;إقفال الفترة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDecisionDialog</name>
    <message>
        <source>&amp;Comment (kept in the grant&apos;s history):</source>
        <translation>&amp;تعليق (يُحفظ في سجل المنحة):</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>الموافقة على المنحة</translation>
    </message>
    <message>
        <source>Approve grant %1 (%2 requested)? You may approve a lower amount.</source>
        <translation>هل تريد الموافقة على المنحة %1 (المبلغ المطلوب %2)؟ يمكنك الموافقة على مبلغ أقل.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>رفض المنحة</translation>
    </message>
    <message>
        <source>Reject grant %1? The requester sees your reason.</source>
        <translation>هل تريد رفض المنحة %1؟ سيطّلع مقدِّم الطلب على السبب الذي تذكره.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection (required):</source>
        <translation>&amp;سبب الرفض (إلزامي):</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>إعادة الطلب للتعديل</translation>
    </message>
    <message>
        <source>Return grant %1 to its requester, who can change it and submit it again?</source>
        <translation>هل تريد إعادة المنحة %1 إلى مقدِّم طلبها، ليتمكن من تعديلها وتقديمها مجددًا؟</translation>
    </message>
    <message>
        <source>&amp;What needs to change (required):</source>
        <translation>&amp;التعديلات المطلوبة (إلزامي):</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>إلغاء المنحة</translation>
    </message>
    <message>
        <source>Cancel grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>هل تريد إلغاء المنحة %1؟ سيعود إلى الصندوق كل ما لا يزال ملتزمًا به لها.</translation>
    </message>
    <message>
        <source>&amp;Reason for the cancellation (required):</source>
        <translation>&amp;سبب الإلغاء (إلزامي):</translation>
    </message>
    <message>
        <source>Cancel the &amp;grant</source>
        <translation>إلغاء &amp;المنحة</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>إغلاق المنحة</translation>
    </message>
    <message>
        <source>Close grant %1? Whatever is still committed to it goes back to the fund.</source>
        <translation>هل تريد إغلاق المنحة %1؟ سيعود إلى الصندوق كل ما لا يزال ملتزمًا به لها.</translation>
    </message>
    <message>
        <source>C&amp;lose the grant</source>
        <translation>&amp;إغلاق المنحة</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>الإذن بتجاوز الالتزام</translation>
    </message>
    <message>
        <source>Allow the approval of grant %1 (%2 requested) to commit more than its fund has available? Your reason goes into the audit trail.</source>
        <translation>هل تسمح بأن تؤدي الموافقة على المنحة %1 (المبلغ المطلوب %2) إلى الالتزام بأكثر من الرصيد المتاح في صندوقها؟ سيُسجَّل السبب الذي تذكره في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Reason for the over-commitment (required):</source>
        <translation>&amp;سبب تجاوز الالتزام (إلزامي):</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;منح الإذن</translation>
    </message>
    <message>
        <source>A&amp;mount approved (%1):</source>
        <translation>&amp;المبلغ الموافَق عليه (%1):</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>المبلغ الموافَق عليه</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>مشكلة في القرار</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>&amp;عدم اتخاذ أي إجراء</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>إغلاق دون اتخاذ قرار</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>المبلغ الموافَق عليه</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantDetail</name>
    <message>
        <source>Select a grant to see its request, approvals and history.</source>
        <translation>حدِّد منحة لعرض طلبها وموافقاتها وسجلها.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <source>Problem with the grant</source>
        <translation>مشكلة في المنحة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>تعديل الطلب</translation>
    </message>
    <message>
        <source>Change the draft or the returned request before submitting it.</source>
        <translation>تعديل المسودة أو الطلب المُعاد قبل تقديمه.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;تقديم</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>تقديم الطلب</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>الموافقة على المنحة</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Reject the grant</source>
        <translation>رفض المنحة</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation>إعادة &amp;للتعديل…</translation>
    </message>
    <message>
        <source>Return the request for changes</source>
        <translation>إعادة الطلب للتعديل</translation>
    </message>
    <message>
        <source>&amp;Cancel the grant…</source>
        <translation>إلغاء &amp;المنحة…</translation>
    </message>
    <message>
        <source>Cancel the grant</source>
        <translation>إلغاء المنحة</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;إغلاق…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>إغلاق المنحة</translation>
    </message>
    <message>
        <source>Authorise &amp;over-commitment…</source>
        <translation>الإذن بتجاوز &amp;الالتزام…</translation>
    </message>
    <message>
        <source>Authorise an over-commitment</source>
        <translation>الإذن بتجاوز الالتزام</translation>
    </message>
    <message>
        <source>Why you may not approve</source>
        <translation>لماذا لا يحق لك الموافقة</translation>
    </message>
    <message>
        <source>Parts of the grant</source>
        <translation>أقسام المنحة</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;الطلب</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>&amp;الموافقات</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>الصندوق:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>المستفيد:</translation>
    </message>
    <message>
        <source>Assistance line:</source>
        <translation>بند المساعدة:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>الغرض:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>المبرر:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <extracomment>The amount asked for in a grant request.</extracomment>
        <translation>المطلوب:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>الموافَق عليه:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>المدفوع:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>المسترد:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <extracomment>What is still committed to the grant and not yet paid.</extracomment>
        <translation>المتبقي للصرف:</translation>
    </message>
    <message>
        <source>Over-commitment:</source>
        <translation>تجاوز الالتزام:</translation>
    </message>
    <message>
        <source>Budget lines:</source>
        <translation>بنود الميزانية:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>صاحب الموافقة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Approvals so far</source>
        <translation>الموافقات حتى الآن</translation>
    </message>
    <message>
        <source>From</source>
        <translation>الوضع السابق</translation>
    </message>
    <message>
        <source>To</source>
        <translation>الوضع الجديد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>History of the grant</source>
        <translation>سجل المنحة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A grant&apos;s reference and its status, e.g. &quot;GR-2026-00042 — Submitted&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not shown: the case is restricted to its assignees.</source>
        <translation>غير معروض: الحالة مقيدة الاطلاع على المكلَّفين بها.</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (منظمة)</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>لا يوجد: المنحة للحالة بأكملها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Authorised by an administrator: %1</source>
        <translation>أذن به أحد المسؤولين: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>No approval yet. Above %1 this grant needs two fund managers.</source>
        <translation>لم تُمنح أي موافقة بعد. بما أن المبلغ يتجاوز %1، تحتاج هذه المنحة إلى موافقة اثنين من مديري الصناديق.</translation>
    </message>
    <message>
        <source>No approval yet.</source>
        <translation>لم تُمنح أي موافقة بعد.</translation>
    </message>
    <message>
        <source>Approved first by %1; a second fund manager must approve it as well.</source>
        <translation>وافق عليها أولًا %1؛ ويجب أن يوافق عليها مدير صندوق ثانٍ أيضًا.</translation>
    </message>
    <message>
        <source>Approved first by %1, then by %2.</source>
        <translation>وافق عليها أولًا %1، ثم %2.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>وافق عليها %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantListModel</name>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column of the amounts asked for in grant requests.</extracomment>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>الموافَق عليه</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدِّم الطلب</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantRequestDialog</name>
    <message>
        <source>Request a grant</source>
        <translation>طلب منحة</translation>
    </message>
    <message>
        <source>Edit the grant request</source>
        <translation>تعديل طلب المنحة</translation>
    </message>
    <message>
        <source>Ask a fund to pay for assistance in this case. A fund manager other than you decides; until you submit it, a draft can still be changed.</source>
        <translation>اطلب من صندوق تمويل مساعدة في هذه الحالة. يتخذ القرار مدير صندوق غيرك؛ ويظل بالإمكان تعديل المسودة إلى أن تقدِّمها.</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;الصندوق:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>&amp;Assistance line:</source>
        <translation>&amp;بند المساعدة:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;المستفيد:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;الغرض:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;المبرر:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Only active funds can be asked.</source>
        <translation>لا يمكن تقديم الطلبات إلا إلى الصناديق النشطة.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A fund in a list: its code and its name, e.g. &quot;UAF — Urgent Assistance Fund&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About the fund</source>
        <translation>معلومات عن الصندوق</translation>
    </message>
    <message>
        <source>Currency of the request</source>
        <translation>عملة الطلب</translation>
    </message>
    <message>
        <source>Assistance line</source>
        <translation>بند المساعدة</translation>
    </message>
    <message>
        <source>None: the grant is for the case as a whole</source>
        <translation>لا يوجد: المنحة للحالة بأكملها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An assistance line: its type and the start of its description.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <extracomment>A beneficiary that is an organisation, e.g. &quot;Legal Aid Centre (organisation)&quot;.</extracomment>
        <translation>%1 (منظمة)</translation>
    </message>
    <message>
        <source>A person of this case, shown by pseudonym, or an organisation paid on their behalf.</source>
        <translation>شخص مرتبط بهذه الحالة، يظهر باسمه المستعار، أو منظمة يُدفع لها نيابةً عنه.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>What the money pays for, in a few words</source>
        <translation>الغرض من المبلغ، في بضع كلمات</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>Why this help is needed now and why this amount (quotes, scales, urgency)</source>
        <translation>لماذا تلزم هذه المساعدة الآن ولماذا هذا المبلغ (عروض أسعار، جداول أسعار معتمدة، درجة الاستعجال)</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>Add a budget &amp;line</source>
        <translation>إضافة &amp;بند ميزانية</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>إضافة بند ميزانية</translation>
    </message>
    <message>
        <source>Problem with the budget lines</source>
        <translation>مشكلة في بنود الميزانية</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>مشكلة في الطلب</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;تقديم</translation>
    </message>
    <message>
        <source>Submit the request</source>
        <translation>تقديم الطلب</translation>
    </message>
    <message>
        <source>Send the request to the fund managers for a decision.</source>
        <translation>إرسال الطلب إلى مديري الصناديق للبت فيه.</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>حفظ &amp;كمسودة</translation>
    </message>
    <message>
        <source>Save the request as a draft</source>
        <translation>حفظ الطلب كمسودة</translation>
    </message>
    <message>
        <source>Keep the request to finish later; nobody decides on a draft.</source>
        <translation>الاحتفاظ بالطلب لإكماله لاحقًا؛ ولا يبت أحد في المسودات.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Description of budget line %1</source>
        <translation>وصف بند الميزانية %1</translation>
    </message>
    <message>
        <source>What this line pays for</source>
        <translation>ما يغطيه هذا البند</translation>
    </message>
    <message>
        <source>Amount of budget line %1</source>
        <translation>مبلغ بند الميزانية %1</translation>
    </message>
    <message>
        <source>Amount, e.g. 1500.00</source>
        <translation>المبلغ، مثل 1500.00</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove budget line %1</source>
        <translation>إزالة بند الميزانية %1</translation>
    </message>
    <message>
        <source>No fund is open for requests. An administrator sets up funds.</source>
        <translation>لا يوجد صندوق يقبل الطلبات. يتولى المسؤول إعداد الصناديق.</translation>
    </message>
    <message>
        <source>The amount available is known to fund managers and finance.</source>
        <translation>لا يطّلع على المبلغ المتاح إلا مديرو الصناديق والموظفون الماليون.</translation>
    </message>
    <message>
        <source>Available now: %1.</source>
        <translation>المتاح حاليًا: %1.</translation>
    </message>
    <message>
        <source>Kept in %1. %2</source>
        <extracomment>About the chosen fund: its currency, then what it has available.</extracomment>
        <translation>تُمسك حساباته بعملة %1. %2</translation>
    </message>
    <message>
        <source>%1 — the fund&apos;s currency. A grant is asked and approved in the currency the fund keeps its accounts in; payments may still be made in another currency at the rate of the day.</source>
        <translation>%1 — عملة الصندوق. تُطلب المنحة ويُوافَق عليها بالعملة التي تُمسك بها حسابات الصندوق؛ ويظل بالإمكان صرف الدفعات بعملة أخرى بسعر الصرف السائد يوم الدفع.</translation>
    </message>
    <message>
        <source>The amount of budget line %1</source>
        <translation>مبلغ بند الميزانية %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>المجموع: —</translation>
    </message>
    <message>
        <source>Total requested</source>
        <translation>إجمالي المبلغ المطلوب</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>المجموع: %1</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsSection</name>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>&amp;Approval queue</source>
        <translation>&amp;قائمة انتظار الموافقة</translation>
    </message>
    <message>
        <source>All &amp;grants</source>
        <translation>جميع &amp;المنح</translation>
    </message>
    <message>
        <source>Grant views</source>
        <translation>طرق عرض المنح</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;الوضع:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>جميع الأوضاع</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;الصندوق:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Any fund</source>
        <translation>جميع الصناديق</translation>
    </message>
    <message>
        <source>&amp;My requests only</source>
        <translation>&amp;طلباتي فقط</translation>
    </message>
    <message>
        <source>My requests only</source>
        <translation>طلباتي فقط</translation>
    </message>
    <message>
        <source>Number of grants</source>
        <translation>عدد المنح</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحتان</numerusform>
            <numerusform>%n منح</numerusform>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipts overdue</source>
        <translation>الإيصالات المتأخرة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::GrantsTab</name>
    <message>
        <source>Grants of the case</source>
        <translation>منح الحالة</translation>
    </message>
    <message>
        <source>No grant has been requested for this case. Caseworkers ask a fund to pay for assistance with &quot;Request a grant…&quot;.</source>
        <translation>لم تُطلب أي منحة لهذه الحالة. يطلب مسؤولو الحالات من أحد الصناديق تمويل المساعدة باستخدام «طلب منحة…».</translation>
    </message>
    <message>
        <source>&amp;Request a grant…</source>
        <translation>&amp;طلب منحة…</translation>
    </message>
    <message>
        <source>Request a grant</source>
        <translation>طلب منحة</translation>
    </message>
    <message>
        <source>Problem with the grants</source>
        <translation>مشكلة في المنح</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionDialog</name>
    <message>
        <source>Kind of intervention</source>
        <translation>نوع التدخُّل</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>&amp;ورد الرد في</translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Edit the intervention</source>
        <translation>تعديل التدخُّل</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>إضافة تدخُّل</translation>
    </message>
    <message>
        <source>Addressee organisation</source>
        <translation>المنظمة المرسَل إليها</translation>
    </message>
    <message>
        <source>None of the known organisations</source>
        <translation>ليست من المنظمات المعروفة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>الجهة المرسَل إليها</translation>
    </message>
    <message>
        <source>As written on the letter; the organisation&apos;s name when left empty</source>
        <translation>كما هو مكتوب في الرسالة؛ ويُستخدم اسم المنظمة إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>The mechanism&apos;s or authority&apos;s reference, e.g. UA PHL 3/2026</source>
        <translation>الرقم المرجعي لدى الآلية أو السلطة، مثل UA PHL 3/2026</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>ورد الرد</translation>
    </message>
    <message>
        <source>What the authority or mechanism answered</source>
        <translation>ما ردّت به السلطة أو الآلية</translation>
    </message>
    <message>
        <source>What changed for the person: released, charges dropped…</source>
        <translation>ما تغيَّر بالنسبة إلى الشخص: الإفراج عنه، إسقاط التهم…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>تاريخ &amp;الإرسال:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;المنظمة:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;الجهة المرسَل إليها:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;الرقم المرجعي:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>الرد:</translation>
    </message>
    <message>
        <source>Res&amp;ponse text:</source>
        <translation>&amp;نص الرد:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;النتيجة:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Add &amp;intervention</source>
        <translation>&amp;إضافة التدخُّل</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionTableModel</name>
    <message>
        <source>Awaited</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ورد الرد</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>الجهة المرسَل إليها</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::InterventionsTab</name>
    <message>
        <source>Interventions</source>
        <translation>التدخُّلات</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;إضافة تدخُّل…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>إضافة تدخُّل</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>تعديل التدخُّل</translation>
    </message>
    <message>
        <source>No interventions recorded yet. Record the first urgent appeal, letter or communication with Add intervention…</source>
        <translation>لم تُسجَّل أي تدخُّلات بعد. يُرجى تسجيل أول نداء عاجل أو رسالة أو بلاغ باستخدام «إضافة تدخُّل…».</translation>
    </message>
    <message>
        <source>Add an intervention to the case (Insert)</source>
        <translation>إضافة تدخُّل إلى الحالة (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected intervention (F2)</source>
        <translation>تعديل التدخُّل المحدَّد (F2)</translation>
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
        <translation>دفتر اليومية</translation>
    </message>
    <message>
        <source>F&amp;und:</source>
        <translation>&amp;الصندوق:</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>جميع الصناديق</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;الحساب:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>جميع الحسابات</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>Start the period on a date</source>
        <translation>بدء الفترة من تاريخ معين</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>End the period on a date</source>
        <translation>إنهاء الفترة في تاريخ معين</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;المنحة:</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>الرقم المرجعي للمنحة</translation>
    </message>
    <message>
        <source>Reference, for example GR-2026-00042</source>
        <translation>الرقم المرجعي، مثل GR-2026-00042</translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>مرجع الحالة</translation>
    </message>
    <message>
        <source>Reference of a case with grants</source>
        <translation>مرجع حالة لها منح</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Show the register</source>
        <translation>عرض السجل</translation>
    </message>
    <message>
        <source>Journal register</source>
        <translation>سجل دفتر اليومية</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>عدد الأسطر</translation>
    </message>
    <message>
        <source>&amp;Reverse the transaction…</source>
        <translation>&amp;عكس القيد…</translation>
    </message>
    <message>
        <source>Reverse the transaction</source>
        <translation>عكس القيد</translation>
    </message>
    <message>
        <source>Cancel the selected transaction with a reversing entry; it stays in the journal.</source>
        <translation>إلغاء القيد المحدَّد بقيد عكسي؛ ويبقى القيد في دفتر اليومية.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>تصدير السجل بصيغة CSV</translation>
    </message>
    <message>
        <source>Export hledger &amp;journal…</source>
        <translation>تصدير &amp;دفتر اليومية بصيغة hledger…</translation>
    </message>
    <message>
        <source>Export the hledger journal</source>
        <translation>تصدير دفتر اليومية بصيغة hledger</translation>
    </message>
    <message>
        <source>The whole ledger in the journal format of hledger and ledger, for the accountants.</source>
        <translation>دفتر الأستاذ بأكمله بصيغة دفتر اليومية الخاصة ببرنامجَي hledger وledger، للمحاسبين.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n سطر</numerusform>
            <numerusform>%n سطر</numerusform>
            <numerusform>%n سطران</numerusform>
            <numerusform>%n أسطر</numerusform>
            <numerusform>%n سطرًا</numerusform>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse a transaction</source>
        <translation>عكس قيد</translation>
    </message>
    <message>
        <source>Transaction %1 (%2) stays in the journal and a reversing entry cancels it. Say why, for the auditors.</source>
        <extracomment>%1 a transaction number, %2 its description.</extracomment>
        <translation>يبقى القيد %1 (%2) في دفتر اليومية ويُلغيه قيد عكسي. اذكر السبب ليطّلع عليه المدققون.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>سبب القيد العكسي</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;بتاريخ:</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>تاريخ القيد العكسي</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;عكس</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journal files (*.journal)</source>
        <translation>ملفات دفتر اليومية (*.journal)</translation>
    </message>
    <message>
        <source>The file written to %1 will not be encrypted: anyone who can open that folder can read the amounts and descriptions. Only your user account can read it, and the export is recorded in the audit trail. Delete it when you no longer need it.</source>
        <extracomment>%1 is the path of the file about to be written.</extracomment>
        <translation>لن يكون الملف المكتوب في %1 مشفَّرًا: يستطيع كل من يمكنه فتح ذلك المجلد قراءة المبالغ والأوصاف. ولا يستطيع قراءته إلا حساب المستخدم الخاص بك، ويُسجَّل التصدير في سجل التدقيق. احذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>كتابة الملف</translation>
    </message>
</context>
<context>
    <name>amparo::ui::JournalTableModel</name>
    <message>
        <source>Reverses %1</source>
        <translation>يعكس القيد %1</translation>
    </message>
    <message>
        <source>Reversed by %1</source>
        <translation>عُكس بالقيد %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column of ledger transaction numbers.</extracomment>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>الرصيد الجاري</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>التصحيح</translation>
    </message>
</context>
<context>
    <name>amparo::ui::KdfProfilePage</name>
    <message>
        <source>How hard should guessing be?</source>
        <translation>ما درجة صعوبة التخمين المطلوبة؟</translation>
    </message>
    <message>
        <source>Each time the vault is opened, the passphrase goes through deliberately slow work. A thief with a copy of the vault must repeat it for every guess.</source>
        <translation>في كل مرة تُفتح فيها الخزنة، تمر عبارة المرور بعملية بطيئة عن قصد. وعلى أي سارق يملك نسخة من الخزنة أن يكرر هذه العملية مع كل تخمين.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;إنشاء الخزنة</translation>
    </message>
    <message>
        <source>&amp;Quick</source>
        <translation>&amp;سريع</translation>
    </message>
    <message>
        <source>A fraction of a second and %1 MiB of memory. For old or small computers only: guessing is cheapest.</source>
        <translation>جزء من الثانية و%1 ميغابايت من الذاكرة. للحواسيب القديمة أو محدودة الموارد فقط: فالتخمين هنا هو الأقل كلفة.</translation>
    </message>
    <message>
        <source>&amp;Balanced (recommended)</source>
        <translation>&amp;متوازن (موصى به)</translation>
    </message>
    <message>
        <source>About one second and %1 MiB of memory on a typical laptop. A good protection for most organisations.</source>
        <translation>ثانية واحدة تقريبًا و%1 ميغابايت من الذاكرة على حاسوب محمول عادي. حماية جيدة لمعظم المنظمات.</translation>
    </message>
    <message>
        <source>&amp;Strongest</source>
        <translation>&amp;الأقوى</translation>
    </message>
    <message>
        <source>Several seconds and %1 MiB of memory. Every computer that opens this vault needs that much free memory.</source>
        <translation>عدة ثوانٍ و%1 ميغابايت من الذاكرة. ويجب أن يتوفر هذا القدر من الذاكرة الحرة في كل حاسوب يفتح هذه الخزنة.</translation>
    </message>
    <message>
        <source>This choice applies to the administrator&apos;s passphrase. Passphrases set later, for new users or when changing one, use the balanced setting.</source>
        <translation>ينطبق هذا الاختيار على عبارة مرور المسؤول. أما عبارات المرور التي تُعيَّن لاحقًا، للمستخدمين الجدد أو عند تغيير إحداها، فتستخدم الإعداد المتوازن.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
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
        <translation>&amp;الخزنة</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>إنشاء &amp;نسخة احتياطية من الخزنة…</translation>
    </message>
    <message>
        <source>Write the whole vault, still encrypted, to one file you can restore elsewhere.</source>
        <translation>كتابة الخزنة بأكملها، وهي لا تزال مشفَّرة، في ملف واحد يمكنك استعادته في مكان آخر.</translation>
    </message>
    <message>
        <source>Case &amp;summary (PDF)…</source>
        <translation>&amp;ملخص الحالة (PDF)…</translation>
    </message>
    <message>
        <source>Preview and save the summary of one case, redacted for its readers.</source>
        <translation>معاينة ملخص حالة وحفظه، مع حجب ما لا يخص قرّاءه.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Close the vault; your passphrase is needed to open it again.</source>
        <translation>إغلاق الخزنة؛ ستلزم عبارة المرور الخاصة بك لفتحها مجددًا.</translation>
    </message>
    <message>
        <source>P&amp;anic lock</source>
        <translation>قفل &amp;الطوارئ</translation>
    </message>
    <message>
        <source>Hide the window and lock the vault at once.</source>
        <translation>إخفاء النافذة وقفل الخزنة فورًا.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation>&amp;حول Amparo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
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
            <numerusform>الخزنة مفتوحة · تُقفل بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>الخزنة مفتوحة · تُقفل بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>الخزنة مفتوحة · تُقفل بعد %n دقيقتين دون نشاط</numerusform>
            <numerusform>الخزنة مفتوحة · تُقفل بعد %n دقائق دون نشاط</numerusform>
            <numerusform>الخزنة مفتوحة · تُقفل بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>الخزنة مفتوحة · تُقفل بعد %n دقيقة دون نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to open your account since your last login. If that was not you, tell an administrator.</source>
        <translation>
            <numerusform>%n محاولة فاشلة لفتح حسابك منذ آخر تسجيل دخول لك. إن لم يكن ذلك منك، فيُرجى إبلاغ أحد المسؤولين.</numerusform>
            <numerusform>%n محاولة فاشلة لفتح حسابك منذ آخر تسجيل دخول لك. إن لم يكن ذلك منك، فيُرجى إبلاغ أحد المسؤولين.</numerusform>
            <numerusform>%n محاولتان فاشلتان لفتح حسابك منذ آخر تسجيل دخول لك. إن لم يكن ذلك منك، فيُرجى إبلاغ أحد المسؤولين.</numerusform>
            <numerusform>%n محاولات فاشلة لفتح حسابك منذ آخر تسجيل دخول لك. إن لم يكن ذلك منك، فيُرجى إبلاغ أحد المسؤولين.</numerusform>
            <numerusform>%n محاولة فاشلة لفتح حسابك منذ آخر تسجيل دخول لك. إن لم يكن ذلك منك، فيُرجى إبلاغ أحد المسؤولين.</numerusform>
            <numerusform>%n محاولة فاشلة لفتح حسابك منذ آخر تسجيل دخول لك. إن لم يكن ذلك منك، فيُرجى إبلاغ أحد المسؤولين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amparo — locked</source>
        <translation>Amparo — مقفلة</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>غُيِّرت عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Use Vault › Back up the vault… and keep the file on another disk.</source>
        <translation>لم تُنشأ أي نسخة احتياطية من هذه الخزنة قط. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة… وحفظ الملف على قرص آخر.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n day(s) old. Use Vault › Back up the vault…</source>
        <translation>
            <numerusform>مضى على آخر نسخة احتياطية من هذه الخزنة %n يوم. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة…</numerusform>
            <numerusform>مضى على آخر نسخة احتياطية من هذه الخزنة %n يوم. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة…</numerusform>
            <numerusform>مضى على آخر نسخة احتياطية من هذه الخزنة %n يومان. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة…</numerusform>
            <numerusform>مضت على آخر نسخة احتياطية من هذه الخزنة %n أيام. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة…</numerusform>
            <numerusform>مضى على آخر نسخة احتياطية من هذه الخزنة %n يومًا. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة…</numerusform>
            <numerusform>مضى على آخر نسخة احتياطية من هذه الخزنة %n يوم. يُرجى استخدام الخزنة › إنشاء نسخة احتياطية من الخزنة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>إنشاء نسخة احتياطية من الخزنة</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup)</source>
        <translation>نسخ Amparo الاحتياطية (*.amparo-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>كُتبت النسخة الاحتياطية وجرى التحقق منها: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>amparo::ui::MedicalRecordDialog</name>
    <message>
        <source>Examined on</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>Kind of the new finding</source>
        <translation>نوع النتيجة الطبية الجديدة</translation>
    </message>
    <message>
        <source>Consistency of the new finding</source>
        <translation>درجة اتساق النتيجة الطبية الجديدة</translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation>&amp;إضافة نتيجة</translation>
    </message>
    <message>
        <source>Re&amp;move finding</source>
        <translation>&amp;حذف النتيجة</translation>
    </message>
    <message>
        <source>Medical record of the violation</source>
        <translation>السجل الطبي للانتهاك</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>القائم بالفحص</translation>
    </message>
    <message>
        <source>The doctor or psychologist who examined the victim</source>
        <translation>الطبيب أو الأخصائي النفسي الذي فحص الضحية</translation>
    </message>
    <message>
        <source>Description of the new finding</source>
        <translation>وصف النتيجة الطبية الجديدة</translation>
    </message>
    <message>
        <source>What was found, e.g. scars on both wrists</source>
        <translation>ما وُجد، مثل: ندوب على كلا المعصمين</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>إضافة نتيجة</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>حذف النتيجة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج الطبية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>درجة الاتساق</translation>
    </message>
    <message>
        <source>New finding:</source>
        <translation>نتيجة جديدة:</translation>
    </message>
    <message>
        <source>Violation: %1, %2</source>
        <comment>type and date of the violation</comment>
        <translation>الانتهاك: %1، %2</translation>
    </message>
    <message>
        <source>E&amp;xamined on:</source>
        <translation>تاريخ &amp;الفحص:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;القائم بالفحص:</translation>
    </message>
    <message>
        <source>&amp;Save medical record</source>
        <translation>&amp;حفظ السجل الطبي</translation>
    </message>
</context>
<context>
    <name>amparo::ui::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>
            <numerusform>%n حرف على الأقل. إن استخدام عدة كلمات لا رابط بينها يجعل عبارة المرور قوية وسهلة التذكُّر في آنٍ واحد.</numerusform>
            <numerusform>%n حرف على الأقل. إن استخدام عدة كلمات لا رابط بينها يجعل عبارة المرور قوية وسهلة التذكُّر في آنٍ واحد.</numerusform>
            <numerusform>%n حرفان على الأقل. إن استخدام عدة كلمات لا رابط بينها يجعل عبارة المرور قوية وسهلة التذكُّر في آنٍ واحد.</numerusform>
            <numerusform>%n أحرف على الأقل. إن استخدام عدة كلمات لا رابط بينها يجعل عبارة المرور قوية وسهلة التذكُّر في آنٍ واحد.</numerusform>
            <numerusform>%n حرفًا على الأقل. إن استخدام عدة كلمات لا رابط بينها يجعل عبارة المرور قوية وسهلة التذكُّر في آنٍ واحد.</numerusform>
            <numerusform>%n حرف على الأقل. إن استخدام عدة كلمات لا رابط بينها يجعل عبارة المرور قوية وسهلة التذكُّر في آنٍ واحد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;إخفاء</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>إخفاء الإشعار</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <extracomment>Beside a date that may be unknown (the incident date, for example).</extracomment>
        <translation>معروف</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1 معروف</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationEditor</name>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Who to reach and how: name, telephone, e-mail, address</source>
        <translation>بمن يُتصل وكيف: الاسم والهاتف والبريد الإلكتروني والعنوان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;البلد:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;الملاحظات:</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>حفظ المنظمة</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>amparo::ui::OrganisationsPage</name>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;منظمة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>Open organisation</source>
        <translation>فتح المنظمة</translation>
    </message>
    <message>
        <source>Open the chosen organisation (Enter)</source>
        <translation>فتح المنظمة المختارة (Enter)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>لا توجد منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation of this kind is recorded. Choose &quot;All kinds&quot; to see the others.</source>
        <translation>لم تُسجَّل أي منظمة من هذا النوع. اختر «جميع الأنواع» لعرض المنظمات الأخرى.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Use &quot;New organisation…&quot; to add the network&apos;s members, partners and service providers.</source>
        <translation>لم تُسجَّل أي منظمات بعد. يُرجى استخدام «منظمة جديدة…» لإضافة أعضاء الشبكة والشركاء ومقدِّمي الخدمات.</translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Caseworkers and administrators add them.</source>
        <translation>لم تُسجَّل أي منظمات بعد. يتولى مسؤولو الحالات والمسؤولون إضافتها.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphrasePage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>The administrator&apos;s passphrase</source>
        <translation>عبارة مرور المسؤول</translation>
    </message>
    <message>
        <source>It opens the vault. Nobody can recover it for you: if it is lost, only the recovery key shown at the end can replace it.</source>
        <translation>بها تُفتح الخزنة. ولا يستطيع أحد استعادتها نيابة عنك: فإذا فُقدت، لا يحل محلها إلا مفتاح الاسترداد الذي سيُعرض في النهاية.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s). A few unrelated words, such as “lantern river ninety cobalt”, are strong and easy to remember. Do not reuse a passphrase from another service.</source>
        <translation>
            <numerusform>يُرجى استخدام %n حرف على الأقل. فبضع كلمات لا رابط بينها، مثل «فانوس نهر تسعون كوبالت»، تصنع عبارة قوية وسهلة التذكُّر. ويُرجى عدم إعادة استخدام عبارة مرور من خدمة أخرى.</numerusform>
            <numerusform>يُرجى استخدام %n حرف على الأقل. فبضع كلمات لا رابط بينها، مثل «فانوس نهر تسعون كوبالت»، تصنع عبارة قوية وسهلة التذكُّر. ويُرجى عدم إعادة استخدام عبارة مرور من خدمة أخرى.</numerusform>
            <numerusform>يُرجى استخدام %n حرفين على الأقل. فبضع كلمات لا رابط بينها، مثل «فانوس نهر تسعون كوبالت»، تصنع عبارة قوية وسهلة التذكُّر. ويُرجى عدم إعادة استخدام عبارة مرور من خدمة أخرى.</numerusform>
            <numerusform>يُرجى استخدام %n أحرف على الأقل. فبضع كلمات لا رابط بينها، مثل «فانوس نهر تسعون كوبالت»، تصنع عبارة قوية وسهلة التذكُّر. ويُرجى عدم إعادة استخدام عبارة مرور من خدمة أخرى.</numerusform>
            <numerusform>يُرجى استخدام %n حرفًا على الأقل. فبضع كلمات لا رابط بينها، مثل «فانوس نهر تسعون كوبالت»، تصنع عبارة قوية وسهلة التذكُّر. ويُرجى عدم إعادة استخدام عبارة مرور من خدمة أخرى.</numerusform>
            <numerusform>يُرجى استخدام %n حرف على الأقل. فبضع كلمات لا رابط بينها، مثل «فانوس نهر تسعون كوبالت»، تصنع عبارة قوية وسهلة التذكُّر. ويُرجى عدم إعادة استخدام عبارة مرور من خدمة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot see common words or personal details, which make any passphrase weaker.</source>
        <translation>تقدير مبني على الطول وأنواع الأحرف المستخدمة. ولا يستطيع هذا التقدير كشف الكلمات الشائعة أو البيانات الشخصية، وهي تُضعف أي عبارة مرور.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًّا</translation>
    </message>
    <message numerus="yes">
        <source>Too short (at least %n character(s))</source>
        <translation>
            <numerusform>قصيرة جدًّا (%n حرف على الأقل)</numerusform>
            <numerusform>قصيرة جدًّا (%n حرف على الأقل)</numerusform>
            <numerusform>قصيرة جدًّا (%n حرفان على الأقل)</numerusform>
            <numerusform>قصيرة جدًّا (%n أحرف على الأقل)</numerusform>
            <numerusform>قصيرة جدًّا (%n حرفًا على الأقل)</numerusform>
            <numerusform>قصيرة جدًّا (%n حرف على الأقل)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amparo::ui::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>تسجيل استرداد</translation>
    </message>
    <message>
        <source>A payment for grant %1, which still has %2 committed.</source>
        <extracomment>%1 is a grant reference, %2 an amount with its currency.</extracomment>
        <translation>دفعة للمنحة %1، والمبلغ الملتزم به المتبقي لها %2.</translation>
    </message>
    <message>
        <source>Unspent money returned for grant %1, of which %2 was paid.</source>
        <translation>مبالغ غير منفقة أُعيدت من المنحة %1، التي دُفع منها %2.</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Date refunded</source>
        <translation>تاريخ الاسترداد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Optional: bank reference, who received it</source>
        <translation>اختياري: الرقم المرجعي المصرفي، ومن استلم المبلغ</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>تاريخ &amp;الدفع:</translation>
    </message>
    <message>
        <source>&amp;Refunded on:</source>
        <translation>تاريخ &amp;الاسترداد:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Record the &amp;payment</source>
        <translation>تسجيل &amp;الدفعة</translation>
    </message>
    <message>
        <source>Record the &amp;refund</source>
        <translation>تسجيل &amp;الاسترداد</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;شخص جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Search by name or pseudonym</source>
        <translation>ابحث بالاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث في الأشخاص</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Record a new person (%1)</source>
        <translation>تسجيل شخص جديد (%1)</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>فتح سجل الشخص</translation>
    </message>
    <message>
        <source>Open the chosen person (Enter)</source>
        <translation>فتح سجل الشخص المختار (Enter)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matching people are listed; type more of the name to narrow the search.</source>
        <translation>
            <numerusform>يُعرض أول %n من الأشخاص المطابقين؛ يُرجى كتابة المزيد من الاسم لتضييق نطاق البحث.</numerusform>
            <numerusform>يُعرض أول %n من الأشخاص المطابقين؛ يُرجى كتابة المزيد من الاسم لتضييق نطاق البحث.</numerusform>
            <numerusform>يُعرض أول %n من الأشخاص المطابقين؛ يُرجى كتابة المزيد من الاسم لتضييق نطاق البحث.</numerusform>
            <numerusform>يُعرض أول %n من الأشخاص المطابقين؛ يُرجى كتابة المزيد من الاسم لتضييق نطاق البحث.</numerusform>
            <numerusform>يُعرض أول %n من الأشخاص المطابقين؛ يُرجى كتابة المزيد من الاسم لتضييق نطاق البحث.</numerusform>
            <numerusform>يُعرض أول %n من الأشخاص المطابقين؛ يُرجى كتابة المزيد من الاسم لتضييق نطاق البحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>لا يوجد أشخاص مطابقون</numerusform>
            <numerusform>شخص واحد مطابق</numerusform>
            <numerusform>شخصان مطابقان</numerusform>
            <numerusform>%n أشخاص مطابقون</numerusform>
            <numerusform>%n شخصًا مطابقًا</numerusform>
            <numerusform>%n شخص مطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا يوجد أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Try the first letters of another name, or a pseudonym such as P-2026-00042.</source>
        <translation>لا يوجد شخص يطابق «%1». جرِّب الأحرف الأولى من اسم آخر، أو اسمًا مستعارًا مثل P-2026-00042.</translation>
    </message>
    <message>
        <source>No people are recorded yet. Use &quot;New person…&quot; to record the first one, or import a spreadsheet with amparo-cli import.</source>
        <translation>لم يُسجَّل أي شخص بعد. يُرجى استخدام «شخص جديد…» لتسجيل أول شخص، أو استيراد جدول بيانات باستخدام amparo-cli import.</translation>
    </message>
    <message>
        <source>No people are recorded yet, or none you may see. Caseworkers record people.</source>
        <translation>لم يُسجَّل أي شخص بعد، أو لا يوجد من يحق لك الاطلاع عليه. يتولى مسؤولو الحالات تسجيل الأشخاص.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonEditor</name>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;الموافقة</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>وضع الحفظ</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>حفظ بيانات الشخص</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>&amp;إخفاء الهوية…</translation>
    </message>
    <message>
        <source>Anonymise the person</source>
        <translation>إخفاء هوية الشخص</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>%1 (anonymised)</source>
        <extracomment>The title of the editor of a person whose identity was removed.</extracomment>
        <translation>%1 (مُخفى الهوية)</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>الشخص %1</translation>
    </message>
    <message>
        <source>This person was anonymised: the record can no longer be edited.</source>
        <translation>أُخفيت هوية هذا الشخص: لم يعد من الممكن تعديل السجل.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>حُفظ بالاسم المستعار %1 الساعة %2.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonForm</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>بيانات الشخص</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;الهوية</translation>
    </message>
    <message>
        <source>&amp;Roles and affiliation</source>
        <translation>&amp;الأدوار والانتماء</translation>
    </message>
    <message>
        <source>Con&amp;tact and notes</source>
        <translation>&amp;بيانات الاتصال والملاحظات</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرِّف الخارجي</translation>
    </message>
    <message>
        <source>The person&apos;s id in your organisation&apos;s spreadsheet, if any.</source>
        <translation>معرِّف الشخص في جدول بيانات منظمتك، إن وُجد.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation>الجنس أو النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Exact dat&amp;e:</source>
        <translation>&amp;التاريخ الدقيق:</translation>
    </message>
    <message>
        <source>Exact date of birth known</source>
        <translation>تاريخ الميلاد الدقيق معروف</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>e.g. 1983, when only the age is known</source>
        <translation>مثل 1983، إذا كان العمر وحده معروفًا</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>e.g. Arabic, French</source>
        <translation>مثل: العربية، الفرنسية</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>الاسم المستعار:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم &amp;الكامل:</translation>
    </message>
    <message>
        <source>&amp;Sex / gender:</source>
        <translation>&amp;الجنس / النوع الاجتماعي:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;سنة الميلاد:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;الجنسية:</translation>
    </message>
    <message>
        <source>Country of &amp;residence:</source>
        <translation>&amp;بلد الإقامة:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;اللغات:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>المعرِّف &amp;الخارجي:</translation>
    </message>
    <message>
        <source>Roles (at least one)</source>
        <translation>الأدوار (دور واحد على الأقل)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>&amp;Woman human rights defender</source>
        <translation>&amp;مدافعة عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Woman human rights defender</source>
        <translation>مدافعة عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>عوامل الضعف</translation>
    </message>
    <message>
        <source>Vulnerability: %1</source>
        <translation>عامل الضعف: %1</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>جهة الانتماء</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No organisation the person is affiliated with.</extracomment>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;جهة الانتماء:</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>with the country code, e.g. +52 55 1234 5678</source>
        <translation>مع رمز البلد، مثل +52 55 1234 5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;الهاتف:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;الملاحظات:</translation>
    </message>
    <message>
        <source>Given when the person is saved</source>
        <extracomment>The pseudonym of a person not saved yet.</extracomment>
        <translation>يُمنح عند حفظ الشخص</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PersonListModel</name>
    <message>
        <source>Anonymised: the name, birth date and contact details were removed.</source>
        <translation>مُخفى الهوية: حُذف الاسم وتاريخ الميلاد وبيانات الاتصال.</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <extracomment>Shown instead of the name of a person whose identity was removed.</extracomment>
        <translation>(مُخفى الهوية)</translation>
    </message>
    <message>
        <source>%1 · woman defender</source>
        <extracomment>A person&apos;s roles, then a mark that she is a woman human rights defender.</extracomment>
        <translation>%1 · مدافعة</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>الجنس / النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::PreferencesPanel</name>
    <message>
        <source>For everyone using this vault</source>
        <translation>لجميع مستخدمي هذه الخزنة</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes of the auto-lock time; the space separates it from the number.</extracomment>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>دقائق القفل التلقائي</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without activity.</source>
        <translation>تُقفل الخزنة تلقائيًا بعد هذا العدد من الدقائق دون نشاط.</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>بادئة الرقم المرجعي للحالات</translation>
    </message>
    <message>
        <source>New cases are numbered with this prefix, such as HRD-2026-0042.</source>
        <translation>تُرقَّم الحالات الجديدة بهذه البادئة، مثل HRD-2026-0042.</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>حد الموافقة المزدوجة</translation>
    </message>
    <message>
        <source>Grants above this amount need two approvals. New funds start with it, in their own currency.</source>
        <translation>تتطلب المنح التي تتجاوز هذا المبلغ موافقتين. وتبدأ الصناديق الجديدة بهذا الحد، بعملة كل منها.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>حُفظت الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;القفل بعد:</translation>
    </message>
    <message>
        <source>Case reference &amp;prefix:</source>
        <translation>&amp;بادئة الرقم المرجعي للحالات:</translation>
    </message>
    <message>
        <source>Approval &amp;threshold:</source>
        <translation>&amp;حد الموافقة المزدوجة:</translation>
    </message>
    <message>
        <source>&amp;Save the vault settings</source>
        <translation>&amp;حفظ إعدادات الخزنة</translation>
    </message>
    <message>
        <source>Save the vault settings</source>
        <translation>حفظ إعدادات الخزنة</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>لا يستطيع تغيير هذه الإعدادات إلا المسؤول.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>موعد تغيُّر اللغة</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The language changes at once, and the choice is kept for this computer.</source>
        <translation>تتغير اللغة فورًا، ويُحفظ هذا الاختيار لهذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecordConsentDialog</name>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>تاريخ &amp;انتهاء الصلاحية:</translation>
    </message>
    <message>
        <source>Record consent of %1</source>
        <translation>تسجيل موافقة %1</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>تنتهي صلاحية الموافقة</translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation>طريقة الحصول على الموافقة</translation>
    </message>
    <message>
        <source>e.g. signed form; verbal, witnessed by a colleague</source>
        <translation>مثل: استمارة موقَّعة؛ موافقة شفهية بحضور زميل شاهد</translation>
    </message>
    <message>
        <source>A decision is never changed afterwards. If the person changes their mind, record a new decision (for example &quot;Withdrawn&quot;).</source>
        <translation>لا يُعدَّل القرار أبدًا بعد تسجيله. وإذا غيَّر الشخص رأيه، يُرجى تسجيل قرار جديد (مثل «مسحوبة»).</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;الغرض:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;القرار:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;تاريخ القرار:</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>&amp;طريقة الحصول عليها:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeyPage</name>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>&amp;حفظتُ مفتاح الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>The vault is ready. Store this key now: it is shown only once.</source>
        <translation>الخزنة جاهزة. يُرجى حفظ هذا المفتاح الآن: فهو لا يُعرض إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>&amp;فتح الخزنة</translation>
    </message>
    <message>
        <source>If every administrator passphrase is lost, this key still opens the vault and lets you set a new passphrase. Anyone holding it and a copy of the vault can read everything in it, so keep it on paper, locked away and apart from this computer.</source>
        <translation>إذا فُقدت جميع عبارات مرور المسؤولين، يظل هذا المفتاح قادرًا على فتح الخزنة ويتيح لك تعيين عبارة مرور جديدة. ويستطيع كل من يحوزه مع نسخة من الخزنة قراءة كل محتوياتها، لذا يُرجى الاحتفاظ به ورقيًّا في مكان مقفل بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF file</source>
        <translation>حفظ مفتاح الاسترداد في ملف PDF</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: print it or copy it to a USB stick kept in a safe, then delete it from this computer.</source>
        <translation>ملف PDF غير مشفَّر: يُرجى طباعته أو نسخه إلى ذاكرة USB تُحفظ في مكان آمن ومقفل، ثم حذفه من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>حفظتُ مفتاح الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <source>Saved to %1. Remember to move it off this computer.</source>
        <translation>حُفظ في %1. يُرجى تذكُّر نقله إلى خارج هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryKeySheet</name>
    <message>
        <source>Amparo recovery key</source>
        <translation>مفتاح استرداد Amparo</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>تاريخ الإنشاء: %1</translation>
    </message>
    <message>
        <source>This key opens the vault above if every administrator passphrase is lost, and lets you set a new one. Letters are not case-sensitive; O and 0, I, L and 1 are read as the same.</source>
        <translation>يفتح هذا المفتاح الخزنة المذكورة أعلاه إذا فُقدت جميع عبارات مرور المسؤولين، ويتيح تعيين عبارة مرور جديدة. لا فرق بين الأحرف الكبيرة والصغيرة؛ ويُقرأ O و0 على أنهما المحرف نفسه، وكذلك I وL و1.</translation>
    </message>
    <message>
        <source>Anyone who holds this sheet and a copy of the vault can read everything in it. Keep it locked away, apart from the computer and from any backup of the vault.</source>
        <translation>يستطيع كل من يحوز هذه الورقة ونسخة من الخزنة قراءة كل محتوياتها. يُرجى حفظها في مكان مقفل، بعيدًا عن الحاسوب وعن أي نسخة احتياطية من الخزنة.</translation>
    </message>
    <message>
        <source>Do not photograph, scan or e-mail this sheet.</source>
        <translation>يُمنع تصوير هذه الورقة أو مسحها ضوئيًّا أو إرسالها بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>حفظ مفتاح الاسترداد بصيغة PDF</translation>
    </message>
    <message>
        <source>Amparo recovery key.pdf</source>
        <translation>Amparo recovery key.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>تعذّرت كتابة ملف PDF في %1.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RecoveryResetDialog</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>عبارة المرور &amp;الجديدة:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>Reset the passphrase of %1</source>
        <translation>إعادة تعيين عبارة مرور %1</translation>
    </message>
    <message>
        <source>Type the vault&apos;s recovery key, as printed when the vault was created, and a new passphrase for %1. Tell them to change it at their next login.</source>
        <translation>يُرجى كتابة مفتاح استرداد الخزنة، كما طُبع عند إنشائها، وعبارة مرور جديدة لـ%1. واطلب منه تغييرها عند تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Reset the passphrase</source>
        <translation>&amp;إعادة تعيين عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;مفتاح الاسترداد:</translation>
    </message>
    <message>
        <source>Checking the recovery key and deriving the new key…</source>
        <translation>جارٍ التحقق من مفتاح الاسترداد واشتقاق المفتاح الجديد…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ReportsPage</name>
    <message>
        <source>Disbursement reports</source>
        <translation>تقارير الصرف</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;التجميع حسب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>تقرير الصرف</translation>
    </message>
    <message>
        <source>No disbursements in this period.</source>
        <translation>لا توجد عمليات صرف في هذه الفترة.</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>البلد غير معروف</translation>
    </message>
    <message>
        <source>No assistance line</source>
        <extracomment>A disbursement of a grant not tied to any assistance line.</extracomment>
        <translation>بلا بند مساعدة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>عدد الدفعات</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <extracomment>The last rows of a report: the sum of every group in one currency.</extracomment>
        <translation>المجموع بعملة %1</translation>
    </message>
    <message>
        <source>Disbursements by country</source>
        <translation>عمليات الصرف حسب البلد</translation>
    </message>
    <message>
        <source>Disbursements by assistance type</source>
        <translation>عمليات الصرف حسب نوع المساعدة</translation>
    </message>
    <message>
        <source>Disbursements by month</source>
        <translation>عمليات الصرف حسب الشهر</translation>
    </message>
    <message>
        <source>Disbursements by fund</source>
        <translation>عمليات الصرف حسب الصندوق</translation>
    </message>
    <message>
        <source>From %1 to %2, both included</source>
        <extracomment>The period of a report: from a date to a date, both included.</extracomment>
        <translation>من %1 إلى %2، شاملًا التاريخين</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>The CSV file will not be encrypted: anyone who can read the file can read the report. Keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>لن يكون ملف CSV مشفَّرًا: يستطيع كل من يمكنه قراءة الملف قراءة التقرير. احفظه على قرص مشفَّر واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;اختيار ملف…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>disbursements.csv</source>
        <translation>disbursements.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
</context>
<context>
    <name>amparo::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The vault is restored into a new, empty folder. It opens with the same user names and passphrases as when it was backed up.</source>
        <translation>تُستعاد الخزنة في مجلد جديد فارغ. وتُفتح بأسماء المستخدمين وعبارات المرور نفسها التي كانت مستخدمة عند إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Choose the &amp;backup…</source>
        <translation>اختيار &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Choose the &amp;folder…</source>
        <translation>اختيار &amp;مجلد…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>New vault folder:</source>
        <translation>مجلد الخزنة الجديدة:</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>اختيار النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparo-backup);;All files (*)</source>
        <translation>نسخ Amparo الاحتياطية (*.amparo-backup);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Name the new vault folder</source>
        <translation>تسمية مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SessionHolder</name>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status to %1</source>
        <translation>تغيير الوضع إلى «%1»</translation>
    </message>
    <message>
        <source>The case moves from %1 to %2. Why? The reason stays in the case&apos;s history.</source>
        <translation>تنتقل الحالة من «%1» إلى «%2». ما السبب؟ يبقى السبب مسجَّلًا في سجل الحالة.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>For example: the lawyer&apos;s report was received.</source>
        <translation>مثال: ورد تقرير المحامي.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>&amp;Change the status</source>
        <translation>&amp;تغيير الوضع</translation>
    </message>
</context>
<context>
    <name>amparo::ui::StatusNoteDialog</name>
    <message>
        <source>Change the status</source>
        <translation>تغيير الوضع</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the case history):</source>
        <translation>&amp;ملاحظة (تُحفظ في سجل الحالة):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>عنوان المهمة</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>مرجع الحالة</translation>
    </message>
    <message>
        <source>Leave empty for a task about no case</source>
        <translation>اتركه فارغًا إذا لم تكن المهمة متعلقة بأي حالة</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>الشخص المكلَّف</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;إنشاء</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;الشخص المكلَّف:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;تاريخ الاستحقاق:</translation>
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
        <translation>أُنجزت في %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <source>Overdue: this task was due on %1.</source>
        <translation>متأخرة: كان موعد استحقاق هذه المهمة %1.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>الشخص المكلَّف</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
</context>
<context>
    <name>amparo::ui::TasksPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;مهمة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;تعليم كمنجزة</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;إعادة فتح</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>A view of the tasks page: the tasks assigned to me.</extracomment>
        <translation>مهامي</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>By case</source>
        <translation>حسب الحالة</translation>
    </message>
    <message>
        <source>Task views</source>
        <translation>طرق عرض المهام</translation>
    </message>
    <message>
        <source>The open tasks assigned to you, by due date.</source>
        <translation>المهام المفتوحة المسندة إليك، حسب تاريخ الاستحقاق.</translation>
    </message>
    <message>
        <source>Every open task past its due date, in the cases you may see.</source>
        <translation>جميع المهام المفتوحة التي تجاوزت تاريخ استحقاقها، في الحالات التي يحق لك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>The tasks of the cases you may see, grouped by case.</source>
        <translation>مهام الحالات التي يحق لك الاطلاع عليها، مجمَّعة حسب الحالة.</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>البحث عن حالة</translation>
    </message>
    <message>
        <source>Case reference or words of its title; empty for all</source>
        <translation>مرجع الحالة أو كلمات من عنوانها؛ اتركه فارغًا لعرض الكل</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>لا توجد مهام</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation>تعليم المهمة كمنجزة</translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>إعادة فتح المهمة</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>عدد المهام</translation>
    </message>
    <message>
        <source>Mark the selected task as done today.</source>
        <translation>تعليم المهمة المحدَّدة كمنجزة اليوم.</translation>
    </message>
    <message>
        <source>Open the selected task again.</source>
        <translation>إعادة فتح المهمة المحدَّدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>لا توجد مهام</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%n مهام</numerusform>
            <numerusform>%n مهمة</numerusform>
            <numerusform>%n مهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>This case has no tasks yet. Plan the next follow-up with &quot;New task…&quot;.</source>
        <translation>لا توجد مهام لهذه الحالة بعد. يُرجى التخطيط لإجراء المتابعة التالي باستخدام «مهمة جديدة…».</translation>
    </message>
    <message>
        <source>No open task is assigned to you. Use &quot;New task…&quot; to plan a follow-up, or look at the overdue tasks.</source>
        <translation>لا توجد مهام مفتوحة مسندة إليك. يُرجى استخدام «مهمة جديدة…» للتخطيط لإجراء متابعة، أو الاطلاع على المهام المتأخرة.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>لا توجد مهام متأخرة.</translation>
    </message>
    <message>
        <source>None of the cases you may see has a task yet.</source>
        <translation>لا توجد مهام بعد لأي من الحالات التي يحق لك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>No case you may see matches &quot;%1&quot;, or its cases have no tasks. Try its reference, or clear the search.</source>
        <translation>لا توجد حالة يحق لك الاطلاع عليها تطابق «%1»، أو لا توجد مهام للحالات المطابقة. جرِّب رقمها المرجعي، أو امسح البحث.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;إنشاء خزنة جديدة…</translation>
    </message>
    <message>
        <source>Open a vault — Amparo</source>
        <translation>فتح خزنة — Amparo</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>The folder that holds the vault. Recently opened folders are in the list.</source>
        <translation>المجلد الذي يحتوي على الخزنة. وتظهر في القائمة المجلدات التي فُتحت مؤخرًا.</translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation>استعراض المجلدات لاختيار مجلد الخزنة</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>فتح خزنة</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase. Everything in the vault stays encrypted until you do.</source>
        <translation>يُرجى إدخال اسم المستخدم وعبارة المرور. ويبقى كل ما في الخزنة مشفَّرًا إلى حين ذلك.</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>&amp;مجلد الخزنة:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>اختيار مجلد الخزنة</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>جارٍ اشتقاق المفتاح…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>استعادة &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>The vault was restored. Unlock it with your usual user name and passphrase.</source>
        <translation>استُعيدت الخزنة. يُرجى فتح قفلها باسم المستخدم وعبارة المرور المعتادين.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UserRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>أدوار %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>&amp;Save the roles</source>
        <translation>&amp;حفظ الأدوار</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;تفعيل</translation>
    </message>
    <message>
        <source>The selected user can no longer open the vault until enabled again.</source>
        <translation>لن يتمكن المستخدم المحدَّد من فتح الخزنة حتى يُعاد تفعيل حسابه.</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;الأدوار…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>إعادة تعيين &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>تعطيل المستخدم</translation>
    </message>
    <message>
        <source>Enable the user</source>
        <translation>تفعيل المستخدم</translation>
    </message>
    <message>
        <source>Change the roles</source>
        <translation>تغيير الأدوار</translation>
    </message>
    <message>
        <source>Reset the passphrase with the recovery key</source>
        <translation>إعادة تعيين عبارة المرور بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Change what the selected user may do.</source>
        <translation>تغيير ما يحق للمستخدم المحدَّد القيام به.</translation>
    </message>
    <message>
        <source>Give the selected user a new passphrase with the vault&apos;s recovery key, when they have forgotten theirs.</source>
        <translation>منح المستخدم المحدَّد عبارة مرور جديدة باستخدام مفتاح استرداد الخزنة، إذا نسي عبارة المرور الخاصة به.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم يحدث بعد</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultLocationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>أين ينبغي حفظ الخزنة؟</translation>
    </message>
    <message>
        <source>Amparo keeps everything in one encrypted folder. Choose a new or empty folder, ideally on a disk that is itself encrypted.</source>
        <translation>يحفظ Amparo كل شيء في مجلد واحد مشفَّر. يُرجى اختيار مجلد جديد أو فارغ، ويُفضَّل أن يكون على قرص مشفَّر هو أيضًا.</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>Browse for the folder of the new vault</source>
        <translation>استعراض المجلدات لاختيار مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;المجلد:</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>اختيار مجلد فارغ للخزنة</translation>
    </message>
    <message>
        <source>Type or choose a folder.</source>
        <translation>يُرجى كتابة مسار مجلد أو اختياره.</translation>
    </message>
    <message>
        <source>A new folder will be created.</source>
        <translation>سيُنشأ مجلد جديد.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>هذا ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder; Amparo never mixes its files with others.</source>
        <translation>هذا المجلد ليس فارغًا. يُرجى اختيار مجلد جديد أو فارغ؛ فلا يخلط Amparo ملفاته بملفات أخرى أبدًا.</translation>
    </message>
    <message>
        <source>The folder is empty and will hold the vault.</source>
        <translation>المجلد فارغ وستُحفظ فيه الخزنة.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>The language of Amparo on this computer. It changes at once, and can be changed again later in Settings.</source>
        <translation>لغة Amparo على هذا الحاسوب. تتغير فورًا، ويمكن تغييرها مجددًا لاحقًا من «الإعدادات».</translation>
    </message>
</context>
<context>
    <name>amparo::ui::VaultOverviewPage</name>
    <message>
        <source>This vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>مسجَّل الدخول باسم:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user&apos;s full name, then their user name: &quot;Ana Suárez (ana)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>الأدوار:</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationDialog</name>
    <message>
        <source>Type of violation</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <source>How precise the date is</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>Date of the violation</source>
        <translation>تاريخ الانتهاك</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>الجناة المزعومون</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>الآثار المترتبة</translation>
    </message>
    <message>
        <source>Edit the violation</source>
        <translation>تعديل الانتهاك</translation>
    </message>
    <message>
        <source>Add a violation</source>
        <translation>إضافة انتهاك</translation>
    </message>
    <message>
        <source>Medical record note</source>
        <translation>ملاحظة السجل الطبي</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Where it happened: a police station, a town, a road</source>
        <translation>مكان وقوعه: مركز شرطة، مدينة، طريق</translation>
    </message>
    <message>
        <source>Who did it, as far as it is known</source>
        <translation>مرتكبوه، بقدر ما هو معروف</translation>
    </message>
    <message>
        <source>Injuries, detention, loss of work or home</source>
        <translation>الإصابات، الاحتجاز، فقدان العمل أو المسكن</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>Date &amp;known:</source>
        <translation>&amp;دقة التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;الضحية:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators:</source>
        <translation>&amp;الجناة المزعومون:</translation>
    </message>
    <message>
        <source>&amp;Consequences:</source>
        <translation>&amp;الآثار المترتبة:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Add violation</source>
        <translation>&amp;إضافة الانتهاك</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>pseudonym and roles in the case</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the roles of one person in a list of people, e.g. &quot;Victim, Witness&quot;.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>Its Istanbul-Protocol medical record is kept with Medical record… once the violation is saved.</source>
        <translation>يُحفظ سجله الطبي وفق بروتوكول إسطنبول عبر «السجل الطبي…» بعد حفظ الانتهاك.</translation>
    </message>
    <message>
        <source>No medical record: only torture, ill-treatment and sexual violence carry one.</source>
        <translation>لا يوجد سجل طبي: لا يُحتفظ بسجل طبي إلا للتعذيب وسوء المعاملة والعنف الجنسي.</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationTableModel</name>
    <message>
        <source>Date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>السجل الطبي</translation>
    </message>
</context>
<context>
    <name>amparo::ui::ViolationsTab</name>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>&amp;Add violation…</source>
        <translation>&amp;إضافة انتهاك…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Medical record…</source>
        <translation>&amp;السجل الطبي…</translation>
    </message>
    <message>
        <source>Add violation</source>
        <translation>إضافة انتهاك</translation>
    </message>
    <message>
        <source>Edit violation</source>
        <translation>تعديل الانتهاك</translation>
    </message>
    <message>
        <source>Remove violation</source>
        <translation>حذف الانتهاك</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>السجل الطبي</translation>
    </message>
    <message>
        <source>Medical record of the selected violation</source>
        <translation>السجل الطبي للانتهاك المحدَّد</translation>
    </message>
    <message>
        <source>No violations recorded yet. Add the first with Add violation…</source>
        <translation>لم تُسجَّل أي انتهاكات بعد. يُرجى إضافة أول انتهاك باستخدام «إضافة انتهاك…».</translation>
    </message>
    <message>
        <source>Add a violation to the case (Insert)</source>
        <translation>إضافة انتهاك إلى الحالة (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected violation (F2)</source>
        <translation>تعديل الانتهاك المحدَّد (F2)</translation>
    </message>
    <message>
        <source>Remove the selected violation (Delete)</source>
        <translation>حذف الانتهاك المحدَّد (Delete)</translation>
    </message>
    <message>
        <source>%1: no medical record; only torture, ill-treatment and sexual violence carry one.</source>
        <translation>%1: لا يوجد سجل طبي؛ لا يُحتفظ بسجل طبي إلا للتعذيب وسوء المعاملة والعنف الجنسي.</translation>
    </message>
    <message numerus="yes">
        <source>Medical record: examined on %1 by %2, %n finding(s). Open it with Medical record…</source>
        <translation>
            <numerusform>السجل الطبي: فحص أجراه %2 في %1، و%n نتيجة طبية. يمكن فتحه باستخدام «السجل الطبي…».</numerusform>
            <numerusform>السجل الطبي: فحص أجراه %2 في %1، و%n نتيجة طبية. يمكن فتحه باستخدام «السجل الطبي…».</numerusform>
            <numerusform>السجل الطبي: فحص أجراه %2 في %1، و%n نتيجتان طبيتان. يمكن فتحه باستخدام «السجل الطبي…».</numerusform>
            <numerusform>السجل الطبي: فحص أجراه %2 في %1، و%n نتائج طبية. يمكن فتحه باستخدام «السجل الطبي…».</numerusform>
            <numerusform>السجل الطبي: فحص أجراه %2 في %1، و%n نتيجة طبية. يمكن فتحه باستخدام «السجل الطبي…».</numerusform>
            <numerusform>السجل الطبي: فحص أجراه %2 في %1، و%n نتيجة طبية. يمكن فتحه باستخدام «السجل الطبي…».</numerusform>
        </translation>
    </message>
    <message>
        <source>No medical record yet. Add the examination and its findings with Medical record…</source>
        <translation>لا يوجد سجل طبي بعد. يُرجى إضافة الفحص ونتائجه باستخدام «السجل الطبي…».</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>type and date of a violation</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Remove the violation</source>
        <translation>حذف الانتهاك</translation>
    </message>
    <message>
        <source>Remove the violation &quot;%1&quot; from the case? Its medical record is removed with it. The audit trail keeps a record of the removal.</source>
        <translation>هل تريد حذف الانتهاك «%1» من الحالة؟ سيُحذف سجله الطبي معه. ويحتفظ سجل التدقيق بما يفيد الحذف.</translation>
    </message>
    <message>
        <source>&amp;Remove violation</source>
        <translation>&amp;حذف الانتهاك</translation>
    </message>
</context>
<context>
    <name>amparo::ui::Workspace</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Every case you may see: search, filter, open and edit.</source>
        <translation>جميع الحالات التي يحق لك الاطلاع عليها: البحث والتصفية والفتح والتعديل.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Victims, defenders, relatives and witnesses: their details and consent.</source>
        <translation>الضحايا والمدافعون والأقارب والشهود: بياناتهم وموافقاتهم.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Members, partners, service providers, donors, authorities and mechanisms.</source>
        <translation>الأعضاء والشركاء ومقدِّمو الخدمات والجهات المانحة والسلطات والآليات.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Follow-ups: yours, the overdue ones, and those of each case.</source>
        <translation>إجراءات المتابعة: الخاصة بك، والمتأخرة، والخاصة بكل حالة.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Who did what and when, and the check that nothing was altered.</source>
        <translation>من فعل ماذا ومتى، والتحقق من عدم تعديل أي شيء.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your account and passphrase, the vault&apos;s users and preferences.</source>
        <translation>حسابك وعبارة المرور الخاصة بك، ومستخدمو الخزنة والتفضيلات.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Cases, assistance and money at a glance; a figure opens the list it counts.</source>
        <translation>الحالات والمساعدة والأموال في لمحة واحدة؛ والنقر على أي رقم يفتح القائمة التي يُحصيها.</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>Requests for money from a fund: follow, approve and pay them.</source>
        <translation>طلبات التمويل من الصناديق: متابعتها والموافقة عليها وصرفها.</translation>
    </message>
    <message>
        <source>Funds &amp; Ledger</source>
        <translation>الصناديق ودفتر الأستاذ</translation>
    </message>
    <message>
        <source>Fund positions, donor contributions, the journal and reports.</source>
        <translation>المراكز المالية للصناديق ومساهمات المانحين ودفتر اليومية والتقارير.</translation>
    </message>
</context>
</TS>
