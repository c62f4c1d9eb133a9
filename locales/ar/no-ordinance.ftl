## The result where this checker does not have the municipality's ordinance.

no-ordinance-decides-title = ما تحدده قواعد بلديتكم
no-ordinance-decides-1 = هل تطلب البلدية من شخص ما القيام بالعمل المقابل (tegenprestatie). بعض البلديات تطلبه فقط، ولا تجعله إلزاميًا.
no-ordinance-decides-2 = كم ساعة في الأسبوع، ولأي مدة.
no-ordinance-decides-3 = من ليس عليه القيام بالعمل المقابل (tegenprestatie). قد يشمل ذلك أشخاصًا يقدمون رعاية غير رسمية (mantelzorg)، أو يقومون بعمل تطوعي، أو يعملون على العودة إلى العمل، أو لديهم وظيفة بدوام جزئي.
no-ordinance-decides-4 = هل يجوز أن يُحسب عمل تقومون به الآن كعمل مقابل (tegenprestatie).
no-ordinance-holds-title = ما يقوله القانون والقضاء
no-ordinance-holds-law = العمل غير مدفوع الأجر ومفيد للمجتمع. وهو يناسب ما تستطيعون القيام به. وهو عمل إضافي: لا يجوز أن يحل محل عمل مدفوع الأجر.
no-ordinance-holds-memorandum = حسب الشرح المرفق بالقانون، يكون العمل في أغلب الأحيان محدودًا: ليس لساعات كثيرة جدًا، وليس لمدة طويلة جدًا. يحق لكم أن تبدوا رأيكم في نوع العمل. لكن البلدية هي التي تقرر.
no-ordinance-memorandum-source = المذكرة التفسيرية (Memorie van toelichting) لقانون المشاركة (Participatiewet)، كما تصفها الرسالة الجامعية (2016، § 3.1.2)
no-ordinance-holds-objection = هل حصلتم على قرار بشأن العمل المقابل (tegenprestatie) ولا توافقون عليه؟ عندها يمكنكم تقديم اعتراض (bezwaar) خلال ستة أسابيع. تبدأ هذه الأسابيع في اليوم التالي لليوم الذي أرسلت فيه البلدية القرار أو سلمته لكم.
no-ordinance-holds-non-compliance = إذا لم تقوموا بعمل مقابل (tegenprestatie) كلفتكم به البلدية، يمكن للبلدية أن تخفض إعانتكم (uitkering) لفترة من الوقت.
no-ordinance-holds-court = رأت محكمة في عام 2013 (في ظل قانون المساعدة الاجتماعية القديم، bijstandswet): 32 ساعة في الأسبوع كثيرة جدًا في كل الأحوال. عندها لا يعود العمل محدودًا. هذا حكم واحد، وليس قاعدة من القانون.
no-ordinance-source = المصدر
no-ordinance-find-title = هكذا تجدون قواعد بلديتكم
no-ordinance-find-steps-1 = اذهبوا إلى الموقع الذي فيه كل قواعد البلديات (lokaleregelgeving.overheid.nl).
no-ordinance-find-steps-2 = ابحثوا عن ‘tegenprestatie’ و‘{ $name }’. انظروا هل القواعد سارية الآن: بجانب القواعد مكتوب من أي تاريخ تسري.
no-ordinance-register-link = الذهاب إلى lokaleregelgeving.overheid.nl
no-ordinance-ask-title = اسألوا مسؤول ملفكم (klantmanager)
no-ordinance-ask-1 = هل تطلب البلدية مني القيام بعمل مقابل (tegenprestatie)؟ كم ساعة في الأسبوع، ولأي مدة؟
no-ordinance-ask-2 = هل يُحسب ما أقوم به الآن، مثل الرعاية غير الرسمية (mantelzorg) أو العمل التطوعي؟
no-ordinance-ask-3 = هل يحق لي أن أبدي رأيي في العمل الذي سأقوم به؟
