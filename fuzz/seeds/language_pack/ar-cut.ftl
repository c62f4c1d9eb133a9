## tegenprestatie-check language pack
## version: 0.1.0-bf63b6cb
## lang: ar


other-lang-button = Nederlands
app-title = فحص العمل المقابل (⁦Tegenprestatie-check⁩)
intro-1 = إذا كنتم تحصلون على إعانة المساعدة الاجتماعية (bijstandsuitkering)، يمكن للبلدية أن تطلب منكم القيام بعمل غير مدفوع الأجر ومفيد للآخرين. يُسمى هذا «العمل المقابل» (tegenprestatie).
intro-2 = بهذا الفحص تعرفون هل ينطبق العمل المقابل (tegenprestatie) عليكم، وكم ساعة، ولأي مدة. تجيبون عن بعض الأسئلة. يستغرق ذلك حوالي 3 دقائق.
step-of = السؤال { $n } من حوالي { $total }
next = التالي
back = رجوع
to-result = عرض النتيجة
clear = مسح إجاباتي
cleared = تم مسح إجاباتكم.
what-does-this-mean = ماذا يعني هذا؟
yes = نعم
no = لا
unknown = لا أعرف
error-summary-title = هناك شيء لم يُملأ بشكل صحيح
error-prefix = خطأ:
search-label = ابحثوا عن بلديتكم
search-hint = اكتبوا اسم بلديتكم، مثلًا Den Haag أو Súdwest-Fryslân. جزء من الاسم يكفي.
search-more =
    { $n ->
        [zero] لا توجد بلديات أخرى بهذه الحروف. اكتبوا حروفًا أكثر.
        [one] توجد بلدية أخرى واحدة بهذه الحروف. اكتبوا حروفًا أكثر.
        [two] توجد بلديتان أخريان بهذه الحروف. اكتبوا حروفًا أكثر.
        [few] توجد { $n } بلديات أخرى بهذه الحروف. اكتبوا حروفًا أكثر.
        [many] توجد { $n } بلدية أخرى بهذه الحروف. اكتبوا حروفًا أكثر.
       *[other] توجد { $n } بلدية أخرى بهذه الحروف. اكتبوا حروفًا أكثر.
    }
no-ordinance-meta = القواعد الموجودة في القانون فقط
via-common = تُعرف أيضًا باسم: { $name }
via-former = { $former } الآن جزء من هذه البلدية
found =
    { $n ->
        [zero] لم يتم العثور على أي بلدية
        [one] تم العثور على بلدية واحدة
        [two] تم العثور على بلديتين
        [few] تم العثور على { $n } بلديات
        [many] تم العثور على { $n } بلدية
       *[other] تم العثور على { $n } بلدية
    }
none-found = لم يتم العثور على أي بلدية.
ordinance-label = قواعد عام { $year }
merged-note = انتبهوا: { $note }
review-title = راجعوا إجاباتكم
review-intro = هل كل شيء صحيح؟ بعد ذلك سترون النتيجة.
change = تغيير
not-answered = لم يُطرح هذا السؤال
result-title = النتيجة
result-for = { $name }، { $date }
college-decides-intro = تنظر البلدية في وضعكم. مصادرنا لا تقول ما الذي يحدث بعد ذلك. البلدية تقرر بشأن:
if-it-holds = إذا رأت البلدية أن هذه القاعدة تنطبق
if-it-does-not = إذا رأت البلدية أن هذه القاعدة لا تنطبق
see-next = انظروا السؤال { $n }.
no-maximum = بلديتكم لا تذكر حدًا أقصى لعدد الساعات. لكن هذه القاعدة تسري: 32 ساعة في الأسبوع أو أكثر غير مسموح بها أبدًا. هذا ما قالته المحكمة.
no-maximum-short = لا يوجد حد أقصى، لكن 32 ساعة في الأسبوع أو أكثر غير مسموح بها أبدًا.
rules-from = القواعد ابتداءً من { $from }{ $to }. ربما تغيرت هذه القواعد: اسألوا بلديتكم عن ذلك.
why-title = لماذا؟ والمصادر
rules-title = القواعد السارية
next-steps-sources = من أين يأتي هذا الشرح
sources-title = المصادر
next-steps-title = ماذا يمكنكم أن تفعلوا الآن؟
practice-title = هكذا يجري الأمر في الواقع
practice-label = من الواقع، وليست قاعدة
version-label = الإصدار
in-force-label = سارية ابتداءً من
detail-label = ما مدى اكتمال المصدر؟
print = طباعة هذه النتيجة
share-label = رابط إلى هذا الفحص مع إجاباتكم
share = نسخ الرابط
share-done = تم نسخ الرابط. إجاباتكم موجودة في الرابط. شاركوه فقط مع من تثقون به.
share-failed = لم ينجح النسخ. الرابط محدد: انسخوه بأنفسكم.
share-hint = الرابط فيه إجاباتكم. إجاباتكم لا تُرسل إلى أي خادم (server).
change-answers = تغيير إجاباتكم
privacy = نحن لا نرسل أي شيء. إجاباتكم موجودة فقط في علامة التبويب هذه وفي عنوان هذه الصفحة (لهذا يعمل زر «رجوع»). إذا أغلقتم علامة التبويب، تختفي إجاباتكم.
privacy-embedded = نحن لا نرسل أي شيء، ولا حتى إلى هذا الموقع. تبقى إجاباتكم في هذه الصفحة. إذا أغلقتم الصفحة، تختفي إجاباتكم.
ordinance-unreachable = لا يستطيع الفحص تحميل قواعد البلدية الآن. حاولوا مرة أخرى لاحقًا، أو اسألوا البلدية.
ordinance-invalid = قواعد البلدية غير مُدخلة بشكل صحيح في هذا الفحص. لذلك لا يعطي الفحص أي جواب. اسألوا البلدية.
municipality-unknown = هذا الفحص لا يعرف البلدية التي حددها هذا الموقع. اسألوا البلدية.
for-caseworkers = لمسؤولي الملفات (klantmanagers): المقابلة الأولى (intake) بكل الأسئلة على شاشة واحدة
for-municipalities = للبلديات: اكتبوا لائحتكم (verordening) واختبروها
remember = حفظ إجاباتي على هذا الجهاز
remember-hint = عندها سترون إجاباتكم مرة أخرى عندما تفتحون الفحص لاحقًا. لا تفعلوا هذا على حاسوب تستخدمونه مع أشخاص آخرين.
no-match-next = لا نجد بلدية في اسمها ‘{ $query }’. اكتبوا اسم بلديتكم، وليس اسم قريتكم أو مدينتكم أو حيّكم. لستم متأكدين من الاسم؟ انظروا في رسالة من البلدية عن إعانتكم (uitkering).
merged-warning = { $name }: { $note } نحن نعرف فقط قواعد { $name } القديمة. اسألوا بلديتكم أي قواعد تسري الآن.
merged-warning-no-rules = { $name }: { $note } هل تسكنون هناك الآن؟ إذن اختاروا البلدية التي تسكنون فيها الآن.
hours-unit = ساعة في الأسبوع
months-unit = أشهر
years-unit = سنة

language-label = اللغة
language-loading = جارٍ تحميل اللغة …
read-aloud = القراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة

bounds-decimal = ,
bounds-separator = { "، " }
bounds-from-to = من { $min } إلى { $max }
bounds-at-least = بحد أدنى { $n }
bounds-at-most = بحد أقصى { $n }
bounds-average = بمعدل { $n }
bounds-hours-a-week =
    { $n ->
        [zero] ساعة في الأسبوع
        [one] ساعة في الأسبوع
        [two] ساعتان في الأسبوع
        [few] ساعات في الأسبوع
        [many] ساعة في الأسبوع
       *[other] ساعة في الأسبوع
    }
bounds-months =
    { $n ->
        [zero] شهر
        [one] شهر
        [two] شهران
        [few] أشهر
        [many] شهرًا
       *[other] شهر
    }
bounds-weeks =
    { $n ->
        [zero] أسبوع
        [one] أسبوع
        [two] أسبوعان
        [few] أسابيع
        [many] أسبوعًا
       *[other] أسبوع
    }
bounds-total-hours =
    { $n ->
        [zero] ساعة في المجموع
        [one] ساعة في المجموع
        [two] ساعتان في المجموع
        [few] ساعات في المجموع
        [many] ساعة في المجموع
       *[other] ساعة في المجموع
    }
bounds-per-year = في السنة
bounds-times = { $n } مرات، كل مرة لمدة
bounds-or-less = أو أقل إذا كنتم لا تستطيعون ذلك
bounds-no-end = بدون تاريخ انتهاء
bounds-according-to-ability = بقدر ما تستطيعون

citation-artikel = المادة
citation-lid = الفقرة
citation-onderdeel = البند
citation-no-article = { "" }

status-not-applicable = ليس عليكم القيام بعمل مقابل (tegenprestatie)
    .lead = واجب القيام بالعمل المقابل (tegenprestatie) لا يسري عليكم.
    .next = ليس عليكم أن تفعلوا أي شيء. هل تغيّر وضعكم؟ إذن أجروا الفحص مرة أخرى.
status-exempt = ليس عليكم القيام بعمل مقابل (tegenprestatie)
    .lead = الواجب يسري عليكم، لكنكم معفون منه.
    .next = أخبروا مسؤول ملفكم (klantmanager) لماذا أنتم معفون. هل تغيّر وضعكم؟ إذن أجروا الفحص مرة أخرى.
status-fulfilled = ما تقومون به الآن يُحسب كعمل مقابل (tegenprestatie)
    .lead = ليس عليكم أن تفعلوا شيئًا إضافيًا، ما دمتم تستمرون في القيام بهذا.
    .next = أخبروا مسؤول ملفكم (klantmanager) بما تقومون به الآن، واستمروا في القيام به.
status-obligated = يمكن للبلدية أن تطلب منكم القيام بعمل مقابل (tegenprestatie)
    .lead = هذا عمل غير مدفوع الأجر ومفيد للآخرين.
    .next = تناقش البلدية العمل المقابل (tegenprestatie) معكم أولًا. خذوا هذه النتيجة معكم إلى المقابلة.
status-discretionary = الأمر يتوقف على رأي البلدية
    .lead = يحق للبلدية أن تقرر ذلك لكل شخص على حدة. هذا ما ينتج عن كل إجابة:
    .next = اسألوا مسؤول ملفكم (klantmanager) عن رأي البلدية. خذوا هذه النتيجة معكم. بعد ذلك ستحصلون على قرار.
status-ordinance-unknown = يحق للبلدية أن تطلب منكم القيام بعمل مقابل (tegenprestatie)
    .lead = القانون يسمح بذلك. لكن هل تطلبه بلديتكم، وكم تطلب، فهذا مكتوب في قواعد بلديتكم. هذا الفحص ليس فيه هذه القواعد.
    .next = اسألوا مسؤول ملفكم (klantmanager) ماذا تقول قواعد بلديتكم. خذوا هذه النتيجة معكم.

question-gemeente = في أي بلدية تسكنون؟
    .hint = لكل بلدية قواعدها الخاصة بالعمل المقابل (tegenprestatie).
    .help = العمل المقابل (tegenprestatie) هو عمل غير مدفوع الأجر ومفيد للآخرين. يمكن للبلدية أن تطلبه إذا كنتم تحصلون على إعانة (uitkering). مثلًا المساعدة في مركز الحي أو التسوق لشخص ما. لا يجوز أن يحل محل وظيفة مدفوعة الأجر.
question-leeftijd = كم عمركم؟
    .hint = اكتبوا عمركم بالسنوات الكاملة.
question-aow = هل بلغتم سن التقاعد الحكومي (AOW-leeftijd)؟
    .hint = في أغلب الأحيان يكون 67 سنة. لبعض الناس يكون مختلفًا.
    .help = AOW هو معاش التقاعد الذي تدفعه الدولة. ابتداءً من سن AOW لا يعود العمل المقابل (tegenprestatie) ساريًا.
question-uitkering = ما الإعانة (uitkering) التي تحصلون عليها؟
    .help = المساعدة الاجتماعية (bijstand) هي الإعانة (uitkering) حسب قانون المشاركة (Participatiewet). IOAW وIOAZ هما إعانتان للعاطلين عن العمل ولأصحاب الأعمال الحرة السابقين، الأكبر سنًا أو غير القادرين على العمل بشكل جزئي. المساعدة الخاصة (bijzondere bijstand) هي مال للتكاليف الخاصة.
question-arbeidsongeschikt = هل أنتم غير قادرين على العمل بشكل كامل ودائم؟
    .hint = هذا يعني: لا تستطيعون العمل أبدًا، لا الآن ولا في المستقبل، وقد تم إثبات ذلك بشكل رسمي.
    .help = هذا يتعلق بالمادة 4 من Wet WIA: العجز الكامل والدائم عن العمل. لستم متأكدين؟ إذن اختاروا «لا» واسألوا البلدية.
question-alleenstaande-ouder = هل أنتم، بصفتكم أبًا أو أمًّا بلا شريك (alleenstaande ouder)، معفون من واجب العمل؟
    .hint = هذا ممكن إذا كنتم تعتنون وحدكم بطفل عمره أقل من 5 سنوات.
    .help = «معفى» يعني: قررت البلدية أنه ليس عليكم أن تعملوا الآن. وقد حصلتم على رسالة بذلك. في هذه الرسالة تُذكر أحيانًا كلمة ontheffing (إعفاء).
question-mantelzorg = هل تقدمون رعاية غير رسمية (mantelzorg)؟
    .help = الرعاية غير الرسمية (mantelzorg) هي رعاية لشخص تعرفونه، مثل أحد والديكم أو شريك حياتكم أو طفلكم أو جاركم. لا تقومون بها كمهنة. وهي أكثر من المساعدة العادية داخل الأسرة.
question-mantelzorg-uren = ما مقدار الرعاية غير الرسمية (mantelzorg) التي تقدمونها؟
    .hint = التقدير التقريبي يكفي.
question-mantelzorg-nodig = هل قالت البلدية إن رعايتكم غير الرسمية (mantelzorg) ضرورية فعلًا؟
    .hint = البلدية هي التي تقرر ذلك، وليس أنتم. ألم تقل البلدية شيئًا عن ذلك بعد؟ إذن اختاروا «لا أعرف».
    .help = تكون الرعاية غير الرسمية (mantelzorg) ضرورية فعلًا إذا كانت أكثر من المساعدة العادية داخل الأسرة، ولا يمكن تنظيمها بطريقة أخرى.
question-vrijwilligerswerk = هل تقومون بعمل تطوعي؟
    .help = العمل التطوعي هو عمل غير مدفوع الأجر لنادٍ أو جمعية أو منظمة، أو لأشخاص في حيّكم.
question-vrijwilligerswerk-uren = ما مقدار العمل التطوعي الذي تقومون به؟
    .hint = التقدير التقريبي يكفي.
question-respijtzorg = هل تتولون، بصفتكم متطوعًا، الرعاية بدلًا من مقدم رعاية غير رسمية (mantelzorger)؟
    .help = في هذه الحالة تعتنون بشخص لبعض الوقت، حتى يستطيع مقدم الرعاية غير الرسمية (mantelzorger) الدائم أن يرتاح قليلًا. يُسمى هذا أيضًا الرعاية البديلة المؤقتة (respijtzorg).
question-uitkering-duur = منذ متى تحصلون على إعانة (uitkering)؟
    .hint = اكتبوا عدد الأشهر. السنة فيها 12 شهرًا.
question-re-integratie = هل تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject)؟
    .help = برنامج إعادة الاندماج في العمل (re-integratietraject) يساعدكم في الطريق إلى عمل مدفوع الأجر. مثلًا دورة تدريبية، أو مكان عمل للتدرّب، أو مساعدة في التقدم إلى الوظائف. تقومون بذلك مع البلدية.
question-sociale-activering = هل تشاركون في التنشيط الاجتماعي (sociale activering)؟
    .help = التنشيط الاجتماعي يساعدكم على المشاركة في المجتمع من جديد، عندما يكون العمل المدفوع الأجر ما زال بعيدًا.
question-groepstraining = هل تشاركون في تدريب جماعي؟
    .hint = مثلًا Toekomstatelier في Liemers.
question-wmo = هل تحصلون عن طريق البلدية على مساعدة من مرشد (begeleider)؟
    .help = المرشد (begeleider) يساعدكم مثلًا على تنظيم يومكم، بشكل فردي أو في مجموعة. تنظم البلدية هذا عن طريق Wmo، أي قانون الدعم الاجتماعي (Wet maatschappelijke ondersteuning).
question-werk = هل لديكم عمل مدفوع الأجر إلى جانب إعانتكم (uitkering)؟
question-werk-uren = كم ساعة تعملون في الأسبوع؟
question-participatieladder = على أي درجة من سلّم المشاركة (participatieladder) أنتم؟
    .hint = مسؤول ملفكم (klantmanager) يعرف ذلك.
    .help = سلّم المشاركة (participatieladder) فيه 6 درجات. تُظهر الدرجات مدى بُعدكم عن العمل المدفوع الأجر. الدرجات 1 و2 و3 و4: العمل المدفوع الأجر ما زال بعيدًا. الدرجتان 5 و6: يمكنكم العمل بأجر خلال سنة. الدرجة (stap) تُسمى أيضًا trede.
question-doelgroep = في أي مجموعة وضعتكم البلدية؟
    .hint = مسؤول ملفكم (klantmanager) يعرف ذلك.
question-beperking = هل لديكم إعاقة أو محدودية (beperking)؟
    .hint = بسبب صحتكم أو بسبب إعاقة لا تستطيعون القيام ببعض الأشياء، أو تقومون بها بشكل أقل جودة.
question-niet-in-staat = هل يمنعكم وضعكم بشكل دائم من القيام بعمل مقابل (tegenprestatie)؟
    .hint = مثلًا بسبب صحتكم أو وضعكم في البيت.
question-dringende-redenen = هل هناك أسباب ملحّة تمنعكم الآن من القيام بعمل مقابل (tegenprestatie)؟
    .hint = مثلًا رعاية صعبة لأحد أفراد العائلة بدأت منذ وقت قصير.
    .help = عند وجود أسباب ملحّة يمكن للبلدية أن تعفيكم لفترة من الوقت. هذا مكتوب في المادة 9، الفقرة 2 من قانون المشاركة (Participatiewet).

field-gemeente = البلدية
field-gives-care = رعاية غير رسمية (mantelzorg)
field-volunteers = عمل تطوعي
field-has-part-time-work = عمل مدفوع الأجر
field-date = تاريخ الفحص
field-birth-date = تاريخ الميلاد
field-age = العمر بالسنوات
field-reached-pension-age = بلوغ سن AOW
field-benefit = الإعانة (uitkering)
field-fully-permanently-incapacitated = غير قادر على العمل بشكل كامل ودائم
field-single-parent-exemption = أب أو أم بلا شريك، معفى من العمل
field-caregiving-hours-per-week = ساعات الرعاية غير الرسمية (mantelzorg) في الأسبوع
field-caregiving-months = منذ كم شهرًا؟
field-caregiving-necessary = الرعاية غير الرسمية (mantelzorg) ضرورية فعلًا حسب البلدية
field-volunteer-hours-per-week = ساعات العمل التطوعي في الأسبوع
field-volunteer-months = منذ كم شهرًا؟
field-respite-care-volunteer = تولي الرعاية بدلًا من مقدم رعاية غير رسمية (mantelzorger)
field-reintegration-trajectory = برنامج إعادة الاندماج (re-integratietraject)
field-social-activation = التنشيط الاجتماعي
field-group-training = تدريب جماعي
field-wmo-guidance = مساعدة من مرشد عن طريق البلدية
field-part-time-work-hours-per-week = ساعات العمل المدفوع الأجر في الأسبوع
field-participation-ladder-step = الدرجة على سلّم المشاركة (participatieladder)
field-has-disability = إعاقة أو محدودية
field-permanently-unable = غير قادر بشكل دائم على القيام بعمل مقابل (tegenprestatie)
field-urgent-reasons = أسباب ملحّة
field-months-on-benefit = عدد الأشهر مع إعانة (uitkering)
field-target-group = المجموعة

option-yes = نعم
option-no = لا
option-unknown = لا أعرف
option-benefit-participatiewet = المساعدة الاجتماعية (bijstand، Participatiewet)
option-benefit-ioaw = IOAW
option-benefit-ioaz = IOAZ
option-benefit-special-assistance-only = المساعدة الخاصة فقط (bijzondere bijstand)
option-benefit-none = بدون إعانة (uitkering)
option-participation-ladder-step-1 = الدرجة 1: أنتم في البيت في أغلب الوقت وترون أشخاصًا قليلين
option-participation-ladder-step-2 = الدرجة 2: لديكم تواصل مع أشخاص خارج بيتكم
option-participation-ladder-step-3 = الدرجة 3: تشاركون في أنشطة، مثل دورة تدريبية أو نادٍ
option-participation-ladder-step-4 = الدرجة 4: تقومون بعمل غير مدفوع الأجر، مثل العمل التطوعي
option-participation-ladder-step-5 = الدرجة 5: تعملون بأجر، مع مساعدة
option-participation-ladder-step-6 = الدرجة 6: تعملون بأجر، بدون مساعدة
option-target-group-uitstromer = Uitstromer: يمكنكم أن تبدأوا عملًا مدفوع الأجر قريبًا
option-target-group-groeier = Groeier: تتقدمون نحو العمل
option-target-group-blijver = Blijver: العمل المدفوع الأجر ما زال بعيدًا

error-choose-municipality = اختاروا بلديتكم.
error-fill-in-age = اكتبوا عمركم.
error-fill-in-hours = اكتبوا عدد الساعات في الأسبوع.
error-fill-in-months = اكتبوا عدد الأشهر.
error-choose-benefit = اختاروا الإعانة (uitkering) التي تحصلون عليها.
error-choose-answer = اختاروا إجابة.
error-age-in-digits = اكتبوا عمركم بالأرقام، مثل 35.
error-fill-in-number = اكتبوا رقمًا، مثل 4 أو 7,5.
error-whole-number = اكتبوا عددًا صحيحًا، بدون فاصلة.
error-age-range = اكتبوا عمرًا من 0 حتى 130 سنة.
error-hours-range = اكتبوا عدد ساعات من 0 حتى 168. الأسبوع فيه 168 ساعة.
error-months-range = اكتبوا عدد أشهر من 0 حتى 600.
error-unknown-municipality = لا نعرف هذه البلدية. اختاروا بلدية من القائمة.
error-unknown-option = اختاروا إحدى الإجابات.

topic-find-activity = البحث بأنفسكم عن نشاط
topic-choice = يحق لكم المشاركة في القرار
topic-what-counts = ما الذي يُحسب كعمل مقابل (tegenprestatie)
topic-renewal = التمديد والتكرار
topic-non-compliance = إذا لم تشاركوا
topic-objection = إذا كنتم لا توافقون على قرار
topic-other = من المفيد أن تعرفوا

detail-full-text = لدينا النص الكامل للائحة (verordening).
    .short = النص الكامل
detail-described = دراسة من عام 2016 تصف قواعد هذه اللائحة (verordening). ليس لدينا النص الكامل.
    .short = موصوفة في دراسة
detail-summary = من هذه اللائحة (verordening) نعرف فقط ملخصًا قصيرًا في جدول من عام 2016. ربما تنقص بعض التفاصيل.
    .short = ملخص فقط
detail-statute = القانون.
    .short = القانون
detail-not-known = هذا الفحص يعرف القانون فقط، وليس قواعد هذه البلدية.
    .short = القانون فقط


day-months-1 = januari
day-months-2 = februari
day-months-3 = maart
day-months-4 = april
day-months-5 = mei
day-months-6 = juni
day-months-7 = juli
day-months-8 = augustus
day-months-9 = september
day-months-10 = oktober
day-months-11 = november
day-months-12 = december
day-check-is-for = هذا الفحص خاص بيوم { $date }.
day-change-day = تغيير التاريخ
day-day-label = تاريخ الفحص
day-day-hint = اكتبوا التاريخ بهذا الشكل: 31-12-2026. اختاروا يومًا آخر إذا أردتم أن تعرفوا ما كان ساريًا في ذلك اليوم.
day-use-day = استخدام هذا التاريخ
day-back-to-today = العودة إلى اليوم
day-cancel = إلغاء
day-day-invalid = هذا ليس تاريخًا. اكتبوا التاريخ بهذا الشكل: 31-12-2026.
day-law-changed-title = قواعد جديدة ابتداءً من 2027
day-law-changed-unknown = هذا الفحص لا يعرف القواعد الجديدة بعد. لذلك لا يستطيع الفحص أن يقول ما الذي يسري عليكم في { $date }.
day-what-to-do = ماذا يمكنكم أن تفعلوا؟
day-law-changed-steps-1 = اسألوا مسؤول ملفكم (klantmanager) ماذا تعني القواعد الجديدة بالنسبة لكم.
day-law-changed-steps-2 = انظروا في موقع lokaleregelgeving.overheid.nl هل لدى بلديتكم قواعد جديدة. ابحثوا بكلمة "participatie" واسم بلديتكم.
day-law-text-link = قانون المشاركة (Participatiewet) ابتداءً من 1 januari 2027 (wetten.overheid.nl)
day-see-past-rules = عرض القواعد كما كانت في { $date }
day-see-past-rules-hint = مثلًا إذا حصلتم على قرار في عام 2026 وتريدون أن تعرفوا أي قواعد كانت سارية في ذلك الوقت.
day-past-rules-banner = أنتم تنظرون إلى قواعد قديمة، كما كانت في { $date }. منذ 1 januari 2027 تسري قواعد جديدة.
day-past-rules-objection = هل يستمر العمل المقابل (tegenprestatie) الخاص بكم من عام 2026 في عام 2027؟ أو هل تقدمون اعتراضًا (bezwaar) على قرار من عام 2026؟ في هذه الحالة يمكن أن تحدد القواعد الانتقالية (overgangsrecht) أي قواعد تسري. هذه قواعد خاصة بالانتقال إلى القانون الجديد. هذا الفحص لا يعرف القواعد الانتقالية. اسألوا مسؤول ملفكم (klantmanager) عن ذلك.
day-tolerance = لا تمانع الوزارة أن تعمل البلديات بالفعل في عام 2026 بالقواعد الجديدة للمشاركة المجتمعية (maatschappelijke participatie). لكن حسب القانون ما زالت لائحة بلديتكم (verordening) هي السارية في عام 2026: اسألوا مسؤول ملفكم (klantmanager) بأي قواعد تعمل بلديتكم.
day-tolerance-source = المصدر: خبر على موقع gemeente.nu عن بدء العمل بقانون Participatiewet in balans
day-merged-ended = منذ { $on } أصبحت { $name } جزءًا من { $into }. بعد ذلك بقيت قواعد { $name } سارية لمدة سنتين على الأكثر: حتى نهاية يوم { $until } كحد أقصى. لذلك لم تعد هذه القواعد سارية في { $date }.
day-check-successor = إجراء الفحص لبلدية { $into }
day-successor-unknown = هذا الفحص لا يتضمن قواعد { $into }. اسألوا مسؤول ملفكم (klantmanager) أي قواعد تسري.
day-merged-within = منذ { $on } أصبحت { $name } جزءًا من { $into }. هذه النتيجة مبنية على قواعد { $name } القديمة. هذه القواعد تسري حتى نهاية يوم { $until } كحد أقصى. ربما ألغت { $into } هذه القواعد أو استبدلتها قبل ذلك. اسألوا مسؤول ملفكم (klantmanager) أي قواعد تسري.
day-ordinance-ended = قواعد { $name } من عام { $year } كانت سارية حتى نهاية يوم { $to } كحد أقصى. بعد ذلك تم استبدالها. لذلك لم تعد هذه القواعد سارية في { $date }.
day-replaced-by = ابتداءً من { $from } سرت قواعد جديدة: { $title }.
day-replaced-by-link = اقرأوا هذه القواعد على موقع lokaleregelgeving.overheid.nl
day-now-part-of = منذ { $on } أصبحت { $name } جزءًا من { $into }. هذا الفحص لا يتضمن قواعد { $into }. اسألوا مسؤول ملفكم (klantmanager) أي قواعد تسري.
day-until = { " " }حتى نهاية يوم { $date }
day-ended-title = هذه القواعد لم تعد سارية
day-other-day = اختيار تاريخ آخر
day-choose-municipality = اختيار بلدية أخرى
day-after-change-mark = ابتداءً من 1 januari 2027: قانون جديد؛ هذا الفحص لا يعرف القواعد الانتقالية (overgangsrecht)


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


ord-c0d6178a = 8 ساعات على الأقل في الأسبوع، 6 أشهر في السنة.

ord-011b6d0e = تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject). حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

ord-99e04dd0 = تقومون بالعمل التطوعي (vrijwilligerswerk) 8 ساعات على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

ord-d04be0ef = تقدمون الرعاية غير الرسمية (mantelzorg) 8 ساعات على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

ord-3f1331f6 = من 4 إلى 12 ساعة في الأسبوع، 3 أشهر في السنة.

ord-c939e913 = تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject). يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

ord-ba0d357b = ما إذا كان هذا سببًا لعدم تكليفكم بالعمل المقابل (tegenprestatie). يقول الملخص: حسب الحالة (maatwerk).

ord-0efcc1f9 = هل ترى البلدية أن وضعكم سبب لعدم طلب العمل المقابل (tegenprestatie) منكم؟

ord-9c62f33f = لديكم وظيفة بدوام جزئي. يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

ord-f1cd7537 = تقومون بالعمل التطوعي (vrijwilligerswerk). يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

ord-8ce87d33 = تقدمون الرعاية غير الرسمية (mantelzorg). يسمّي الملخص هذا «حسب الحال