## The ordinances' texts, each under a name made from its Dutch words (i18n::text_key).
## Written from ordinances/*.toml by `BLESS=1 cargo test --test texts`: do not edit.
## A translation gives every name below, translated from the Dutch in the comment.

# berg-en-dal · assignment omvang-en-duur
# nl: Minstens 8 uur per week, 6 maanden per jaar.
ord-c0d6178a = 8 ساعات على الأقل في الأسبوع، 6 أشهر في السنة.

# berg-en-dal · rule re-integratie
# nl: U doet mee aan een re-integratietraject. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-011b6d0e = تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject). حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# berg-en-dal · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-99e04dd0 = تقومون بالعمل التطوعي (vrijwilligerswerk) 8 ساعات على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# berg-en-dal · rule mantelzorg-8-uur
# nl: U doet minstens 8 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-d04be0ef = تقدمون الرعاية غير الرسمية (mantelzorg) 8 ساعات على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# bodegraven-reeuwijk · assignment omvang-en-duur
# nl: 4 tot 12 uur per week, 3 maanden per jaar.
ord-3f1331f6 = من 4 إلى 12 ساعة في الأسبوع، 3 أشهر في السنة.

# bodegraven-reeuwijk · rule re-integratie-maatwerk
# nl: U doet mee aan een re-integratietraject. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-c939e913 = تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject). يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement
# nl: Of dit een reden is om u geen tegenprestatie te geven. De samenvatting zegt: maatwerk.
ord-ba0d357b = ما إذا كان هذا سببًا لعدم تكليفكم بالعمل المقابل (tegenprestatie). يقول الملخص: حسب الحالة (maatwerk).

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw situatie een reden om geen tegenprestatie te vragen?
ord-0efcc1f9 = هل ترى البلدية أن وضعكم سبب لعدم طلب العمل المقابل (tegenprestatie) منكم؟

# bodegraven-reeuwijk · rule parttime-maatwerk
# nl: U heeft een parttime baan. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-9c62f33f = لديكم وظيفة بدوام جزئي. يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

# bodegraven-reeuwijk · rule vrijwilligerswerk-maatwerk
# nl: U doet vrijwilligerswerk. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-f1cd7537 = تقومون بالعمل التطوعي (vrijwilligerswerk). يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

# bodegraven-reeuwijk · rule mantelzorg-maatwerk
# nl: U geeft mantelzorg. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-8ce87d33 = تقدمون الرعاية غير الرسمية (mantelzorg). يسمّي الملخص هذا «حسب الحالة» (maatwerk): البلدية تنظر في وضع كل شخص على حدة.

# haarlem · assignment omvang-en-duur
# nl: 2 tot 10 uur per week, 3 tot 5 maanden per jaar.
ord-a57d7742 = من 2 إلى 10 ساعات في الأسبوع، من 3 إلى 5 أشهر في السنة.

# hilversum · assignment omvang-en-duur
# nl: Minstens 12 uur per week, minstens 3 maanden per kalenderjaar. De gemeente past het aan aan wat u kunt.
ord-14d9a62c = 12 ساعة على الأقل في الأسبوع، 3 أشهر على الأقل في كل سنة تقويمية. تكيّف البلدية ذلك مع ما تستطيعون القيام به.

# hilversum · rule arbeidsongeschikt-vrijgesteld
# nl: U bent door arbeidsongeschiktheid helemaal vrijgesteld van werk en re-integratie. Dan ziet Hilversum af van een tegenprestatie.
ord-c8d879e1 = أنتم معفون تمامًا من العمل ومن إعادة الاندماج (re-integratie) بسبب عدم القدرة على العمل (arbeidsongeschiktheid). عندها تمتنع بلدية Hilversum عن طلب العمل المقابل (tegenprestatie).

# hilversum · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken. Dan vraagt Hilversum geen tegenprestatie.
ord-01e69a80 = أنتم أب أو أم بلا شريك (alleenstaande ouder)، وقد أعفتكم البلدية من واجب العمل. عندها لا تطلب بلدية Hilversum منكم العمل المقابل (tegenprestatie).

# hilversum · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Dan ziet Hilversum af van een tegenprestatie.
ord-ba005e4f = تحصلون فقط على المساعدة الخاصة (bijzondere bijstand). عندها تمتنع بلدية Hilversum عن طلب العمل المقابل (tegenprestatie).

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang
# nl: Doet u genoeg vrijwilligerswerk of mantelzorg? Dan ziet Hilversum af van een tegenprestatie.
ord-3925a3aa = هل تقومون بما يكفي من العمل التطوعي (vrijwilligerswerk) أو الرعاية غير الرسمية (mantelzorg)؟ عندها تمتنع بلدية Hilversum عن طلب العمل المقابل (tegenprestatie).

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement
# nl: Of uw vrijwilligerswerk of mantelzorg groot genoeg is. De verordening noemt geen aantal uren: 'van een bepaalde omvang'.
ord-ce2b5e9a = ما إذا كان عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) كبيرًا بما يكفي. لائحة البلدية (verordening) لا تذكر عددًا من الساعات، بل تقول: «بحجم معيّن» ('van een bepaalde omvang').

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement ask
# nl: Vindt de gemeente dat u genoeg vrijwilligerswerk of mantelzorg doet?
ord-79b876af = هل ترى البلدية أنكم تقومون بما يكفي من العمل التطوعي (vrijwilligerswerk) أو الرعاية غير الرسمية (mantelzorg)؟

# hilversum · rule re-integratie-maatwerk
# nl: Bij een re-integratietraject kijkt de gemeente per persoon.
ord-80aabca8 = في حالة برنامج إعادة الاندماج في العمل (re-integratietraject)، تنظر البلدية في وضع كل شخص على حدة.

# hilversum · rule re-integratie-maatwerk judgement
# nl: Of uw re-integratietraject een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-08caed69 = ما إذا كان برنامج إعادة الاندماج في العمل (re-integratietraject) الذي تشاركون فيه سببًا لعدم طلب العمل المقابل (tegenprestatie). هذا يُقرَّر حسب الحالة (maatwerk).

# hilversum · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw re-integratietraject een reden om geen tegenprestatie te vragen?
ord-d4a439b8 = هل ترى البلدية أن برنامج إعادة الاندماج في العمل (re-integratietraject) الذي تشاركون فيه سبب لعدم طلب العمل المقابل (tegenprestatie) منكم؟

# hilversum · rule parttime-maatwerk
# nl: Bij een parttime baan kijkt de gemeente per persoon.
ord-2b660161 = في حالة الوظيفة بدوام جزئي، تنظر البلدية في وضع كل شخص على حدة.

# hilversum · rule parttime-maatwerk judgement
# nl: Of uw parttime baan een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-3f2cb3b2 = ما إذا كانت وظيفتكم بدوام جزئي سببًا لعدم طلب العمل المقابل (tegenprestatie). هذا يُقرَّر حسب الحالة (maatwerk).

# hilversum · rule parttime-maatwerk judgement ask
# nl: Vindt de gemeente uw parttime baan een reden om geen tegenprestatie te vragen?
ord-df452d3d = هل ترى البلدية أن وظيفتكم بدوام جزئي سبب لعدم طلب العمل المقابل (tegenprestatie) منكم؟

# hilversum · practice 1
# nl: In de praktijk gebruikt Hilversum het woord 'tegenprestatie' bijna niet. Het komt pas ter sprake als iemand niet vrijwillig actief wil worden. De klantmanager bepaalt hoeveel tijd u krijgt om iets te vinden.
ord-df83a198 = في الواقع العملي، لا تكاد بلدية Hilversum تستخدم كلمة «العمل المقابل» ('tegenprestatie'). لا يُذكر الموضوع إلا عندما لا يريد شخص ما أن يشارك في نشاط بإرادته. مسؤول ملفكم (klantmanager) هو الذي يحدد كم من الوقت تحصلون عليه لتجدوا شيئًا.

# hilversum · practice 2
# nl: In de praktijk gaat het vooral om vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-12b9c79b = في الواقع العملي، يتعلق الأمر في الغالب بالعمل التطوعي (vrijwilligerswerk)، مع أن لائحة البلدية (verordening) تذكر العمل التطوعي كسبب لعدم طلب العمل المقابل (tegenprestatie).

# hoogezand-sappemeer-slochteren · municipality hoogezand-sappemeer since
# nl: Sinds 2018 deel van Midden-Groningen.
ord-0aa75401 = جزء من Midden-Groningen منذ 2018.

# hoogezand-sappemeer-slochteren · assignment omvang-en-duur
# nl: 4 tot 16 uur per week, minstens 3 maanden.
ord-11a7981a = من 4 إلى 16 ساعة في الأسبوع، 3 أشهر على الأقل.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep
# nl: De tegenprestatie is hier alleen voor mensen die nog niet direct aan werk kunnen werken.
ord-4334aa04 = العمل المقابل (tegenprestatie) هنا هو فقط للأشخاص الذين لا يستطيعون بعدُ أن يعملوا مباشرة على الوصول إلى عمل.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement
# nl: Of u direct na de start van uw uitkering stappen naar werk kunt zetten. Kan dat? Dan geeft de gemeente u geen tegenprestatie. Kan dat niet, nu of een tijdje? Dan wel.
ord-acf3f553 = ما إذا كنتم تستطيعون اتخاذ خطوات نحو العمل مباشرة بعد بدء إعانتكم (uitkering). هل تستطيعون ذلك؟ عندها لا تكلفكم البلدية بالعمل المقابل (tegenprestatie). ألا تستطيعون ذلك، الآن أو لفترة من الوقت؟ عندها تكلفكم به.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement ask
# nl: Vindt de gemeente dat u meteen stappen naar werk kunt zetten?
ord-d04874a8 = هل ترى البلدية أنكم تستطيعون اتخاذ خطوات نحو العمل فورًا؟

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar
# nl: U doet minstens 4 uur per week vrijwilligerswerk: net zoveel als de kleinste tegenprestatie. Lijkt het werk op een tegenprestatie? Dan hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-30276644 = تقومون بالعمل التطوعي (vrijwilligerswerk) 4 ساعات على الأقل في الأسبوع: أي بقدر أصغر عمل مقابل (tegenprestatie). هل يشبه هذا العمل العملَ المقابل؟ عندها ليس عليكم القيام بالعمل المقابل. لكن يجب أن تستطيعوا إثبات ذلك.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement
# nl: Of uw vrijwilligerswerk lijkt op een tegenprestatie: onbetaald, nuttig voor anderen en geen vervanging van betaald werk. U moet het kunnen aantonen. De gemeente beoordeelt dat.
ord-fd14ca1e = ما إذا كان عملكم التطوعي (vrijwilligerswerk) يشبه العمل المقابل (tegenprestatie): غير مدفوع الأجر، ومفيد للآخرين، ولا يحل محل عمل مدفوع الأجر. يجب أن تستطيعوا إثبات ذلك. البلدية هي التي تقيّم ذلك.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk lijkt op een tegenprestatie?
ord-ebe7fa90 = هل ترى البلدية أن عملكم التطوعي (vrijwilligerswerk) يشبه العمل المقابل (tegenprestatie)؟

# hoogezand-sappemeer-slochteren · rule mantelzorg
# nl: U geeft mantelzorg die nodig is. Dan vraagt de gemeente geen tegenprestatie.
ord-df20ae37 = تقدمون رعاية غير رسمية (mantelzorg) ضرورية. عندها لا تطلب البلدية منكم العمل المقابل (tegenprestatie).

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is.
ord-72618890 = ما إذا كانت رعايتكم غير الرسمية (mantelzorg) ضرورية حقًا.

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement ask
# nl: Vindt de gemeente uw mantelzorg echt nodig?
ord-9905967e = هل ترى البلدية أن رعايتكم غير الرسمية (mantelzorg) ضرورية حقًا؟

# hoogezand-sappemeer-slochteren · rule permanent-niet-in-staat
# nl: U kunt door uw persoonlijke situatie blijvend geen tegenprestatie doen. Dan vraagt de gemeente die niet.
ord-8c729f21 = وضعكم الشخصي يمنعكم بشكل دائم من القيام بالعمل المقابل (tegenprestatie). عندها لا تطلبه البلدية منكم.

# hoogezand-sappemeer-slochteren · info 1
# nl: Kunt u tijdelijk geen tegenprestatie doen? Dan spreekt de gemeente met u af wanneer u die wel doet.
ord-647308d3 = ألا تستطيعون القيام بالعمل المقابل (tegenprestatie) مؤقتًا؟ عندها تتفق البلدية معكم على الوقت الذي ستقومون به فيه.

# hoogezand-sappemeer-slochteren · practice 1
# nl: In de praktijk doen hier maar weinig mensen een tegenprestatie. U krijgt meestal 20 dagen om iets te vinden, soms langer. Wat er gebeurt is mantelzorg of vrijwilligerswerk, en dat telt dan juist als tegenprestatie.
ord-0847a9ba = في الواقع العملي، قليل من الناس هنا يقومون بالعمل المقابل (tegenprestatie). تحصلون عادةً على 20 يومًا لتجدوا شيئًا، وأحيانًا على مدة أطول. ما يحدث هو رعاية غير رسمية (mantelzorg) أو عمل تطوعي (vrijwilligerswerk)، وهذا بالذات ما يُحسب عندها عملًا مقابلًا.

# iasz · municipality haarlemmerliede-en-spaarnwoude since
# nl: Sinds 2019 deel van Haarlemmermeer.
ord-63a57598 = جزء من Haarlemmermeer منذ 2019.

# iasz · rule re-integratietraject
# nl: U wordt met een re-integratietraject naar werk begeleid. Dan hoeft u geen tegenprestatie te doen.
ord-9bef3261 = تحصلون على إرشاد نحو العمل في برنامج إعادة الاندماج في العمل (re-integratietraject). عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage
# nl: Draagt uw vrijwilligerswerk of mantelzorg bij aan de samenleving? Dan vraagt de gemeente geen tegenprestatie.
ord-8220484c = هل يساهم عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) في المجتمع؟ عندها لا تطلب البلدية منكم العمل المقابل (tegenprestatie).

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement
# nl: Of uw vrijwilligerswerk of mantelzorg genoeg bijdraagt aan de samenleving.
ord-46026acd = ما إذا كان عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) يساهم بما يكفي في المجتمع.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement ask
# nl: Vindt de gemeente uw vrijwilligerswerk of mantelzorg nuttig genoeg voor de samenleving?
ord-602d5284 = هل ترى البلدية أن عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) مفيد بما يكفي للمجتمع؟

# iasz · practice 1
# nl: In de praktijk verwijst de afdeling u naar een vrijwilligerscentrale. Vrijwilligerswerk en mantelzorg tellen dan juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-65200929 = في الواقع العملي، يحيلكم القسم إلى مركز للعمل التطوعي (vrijwilligerscentrale). عندها يُحسب العمل التطوعي (vrijwilligerswerk) والرعاية غير الرسمية (mantelzorg) عملًا مقابلًا (tegenprestatie)، وليس سببًا لإعفائكم.

# menterwolde · practice 1
# nl: In de praktijk stuurt Menterwolde mensen naar een vrijwilligerscentrale. U krijgt ongeveer 4 weken om iets te vinden. Alle activiteiten zijn vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-e76f3597 = في الواقع العملي، ترسل بلدية Menterwolde الناس إلى مركز للعمل التطوعي (vrijwilligerscentrale). تحصلون على 4 أسابيع تقريبًا لتجدوا شيئًا. كل الأنشطة عمل تطوعي (vrijwilligerswerk)، مع أن لائحة البلدية (verordening) تذكر العمل التطوعي كسبب لعدم طلب العمل المقابل (tegenprestatie).

# oldenzaal · assignment duur-en-omvang
# nl: Hoogstens 24 uur per week en hoogstens 6 maanden. Eén keer verlengen kan, met hoogstens 6 maanden.
ord-f77cb8a1 = 24 ساعة على الأكثر في الأسبوع و6 أشهر على الأكثر. يمكن التمديد مرة واحدة، لمدة 6 أشهر على الأكثر.

# oldenzaal · assignment duur-en-omvang renewal
# nl: De gemeente kan de tegenprestatie één keer verlengen, met hoogstens 6 maanden.
ord-6efaba04 = يمكن للبلدية أن تمدد العمل المقابل (tegenprestatie) مرة واحدة، لمدة 6 أشهر على الأكثر.

# oldenzaal · rule grote-afstand
# nl: U staat op stap 1 tot en met 4 van de participatieladder. U heeft dus een grote afstand tot werk. Dan kan de gemeente u een tegenprestatie opleggen.
ord-0e29188f = أنتم على الدرجة 1 أو 2 أو 3 أو 4 من سلّم المشاركة (participatieladder). لذلك أنتم بعيدون كثيرًا عن العمل. عندها يمكن للبلدية أن تفرض عليكم العمل المقابل (tegenprestatie).

# oldenzaal · rule korte-afstand
# nl: U staat op stap 5 of 6 van de participatieladder. U kunt zich dan richten op betaald werk.
ord-6bb4beed = أنتم على الدرجة 5 أو 6 من سلّم المشاركة (participatieladder). عندها يمكنكم التركيز على العمل المدفوع الأجر.

# oldenzaal · rule korte-afstand judgement
# nl: Of er bijzondere omstandigheden zijn. U staat dicht bij werk. Dan krijgt u in principe geen tegenprestatie. Alleen in bijzondere gevallen wel, bijvoorbeeld als u nu en straks niets doet om werk te vinden.
ord-e15bb182 = ما إذا كانت هناك ظروف خاصة. أنتم قريبون من العمل. لذلك لا تُكلَّفون من حيث المبدأ بالعمل المقابل (tegenprestatie). تُكلَّفون به فقط في حالات خاصة، مثلًا إذا كنتم لا تفعلون شيئًا لإيجاد عمل، لا الآن ولا فيما بعد.

# oldenzaal · rule korte-afstand judgement ask
# nl: Ziet de gemeente een bijzondere reden om u toch een tegenprestatie te geven?
ord-be8fc6e6 = هل ترى البلدية سببًا خاصًا لتكليفكم بالعمل المقابل (tegenprestatie) رغم ذلك؟

# oldenzaal · rule afstand-onbekend
# nl: In Oldenzaal hangt de tegenprestatie af van uw afstand tot werk. Die weten we niet.
ord-802527df = في Oldenzaal يتوقف العمل المقابل (tegenprestatie) على مدى بُعدكم عن العمل. نحن لا نعرف ذلك.

# oldenzaal · rule afstand-onbekend judgement
# nl: Hoe ver u van betaald werk af staat. Kunt u binnen een jaar werken? Dan krijgt u in principe geen tegenprestatie. Anders kan de gemeente die wel opleggen.
ord-1109ed70 = مدى بُعدكم عن العمل المدفوع الأجر. هل تستطيعون العمل خلال سنة؟ عندها لا تُكلَّفون من حيث المبدأ بالعمل المقابل (tegenprestatie). وإلا فيمكن للبلدية أن تفرضه عليكم.

# oldenzaal · rule afstand-onbekend judgement ask
# nl: Vindt de gemeente dat u niet binnen een jaar kunt werken?
ord-a00af480 = هل ترى البلدية أنكم لا تستطيعون العمل خلال سنة؟

# oldenzaal · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is. Het gaat om zorg die meer is dan gewone hulp in een gezin.
ord-7e972dc2 = ما إذا كانت رعايتكم غير الرسمية (mantelzorg) ضرورية حقًا. المقصود رعاية أكثر من المساعدة العادية داخل الأسرة.

# oldenzaal · rule maatschappelijke-activiteit-meewegen
# nl: De gemeente moet rekening houden met uw vrijwilligerswerk of mantelzorg.
ord-d4dee59b = يجب على البلدية أن تأخذ في الاعتبار عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg).

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement
# nl: Of uw vrijwilligerswerk of mantelzorg telt als tegenprestatie, of dat u minder uren hoeft te doen. De gemeente kijkt naar hoe lang en hoeveel u het doet.
ord-ae100a99 = ما إذا كان عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) يُحسب عملًا مقابلًا (tegenprestatie)، أو ما إذا كان يكفي أن تقوموا بساعات أقل. تنظر البلدية إلى المدة التي تقومون به فيها وإلى مقداره.

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk of mantelzorg telt als tegenprestatie?
ord-8669a918 = هل ترى البلدية أن عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) يُحسب عملًا مقابلًا (tegenprestatie)؟

# oldenzaal · info 1
# nl: Zoek eerst zelf een passende tegenprestatie. Doet u dat niet? Dan kiest de gemeente het werk.
ord-69eb3388 = ابحثوا أولًا بأنفسكم عن عمل مقابل (tegenprestatie) مناسب. إذا لم تفعلوا ذلك، تختار البلدية العمل.

# oldenzaal · info 2
# nl: Is er geen geschikt werk? Dan krijgt u geen tegenprestatie. De gemeente kijkt binnen 6 maanden opnieuw.
ord-22488bc4 = لا يوجد عمل مناسب؟ عندها لا تُكلَّفون بالعمل المقابل (tegenprestatie). تنظر البلدية في الأمر من جديد خلال 6 أشهر.

# oldenzaal · info 3
# nl: Weigert u de tegenprestatie? Dan bepaalt de gemeente per persoon hoeveel en hoe lang de uitkering lager wordt. Dat gaat volgens de Maatregelenverordening.
ord-670cd827 = هل ترفضون العمل المقابل (tegenprestatie)؟ عندها تحدد البلدية لكل شخص على حدة كم تنخفض الإعانة (uitkering) ولأي مدة. يتم ذلك حسب لائحة الإجراءات (Maatregelenverordening).

# oldenzaal · milestone geen-werk-opnieuw-bekijken
# nl: Geen tegenprestatie omdat er geen passend werk is? Dan kijkt de gemeente uiterlijk op deze dag opnieuw of er wel werk is.
ord-ff03b5c2 = لا عمل مقابل (tegenprestatie) لأنه لا يوجد عمل مناسب؟ عندها تنظر البلدية من جديد، في هذا اليوم على أبعد تقدير، هل يوجد عمل.

# overbetuwe · assignment omvang-en-duur
# nl: 4 tot 8 uur per week, 2 tot 6 maanden achter elkaar, minstens één keer per jaar.
ord-5f89dc5c = من 4 إلى 8 ساعات في الأسبوع، من 2 إلى 6 أشهر متتالية، مرة واحدة على الأقل في السنة.

# overbetuwe · assignment omvang-en-duur renewal
# nl: De gemeente geeft minstens één keer per kalenderjaar een tegenprestatie. Meer dan 8 uur per week mag alleen als u en de gemeente het allebei willen.
ord-23c4ae52 = تكلفكم البلدية بعمل مقابل (tegenprestatie) مرة واحدة على الأقل في كل سنة تقويمية. أكثر من 8 ساعات في الأسبوع مسموح به فقط إذا أردتم ذلك أنتم والبلدية كلاكما.

# overbetuwe · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-66613b78 = تقومون بالعمل التطوعي (vrijwilligerswerk) 4 ساعات على الأقل في الأسبوع. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# overbetuwe · rule re-integratietraject
# nl: U doet mee aan activiteiten van een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-05a7741a = تشاركون في أنشطة برنامج إعادة الاندماج في العمل (re-integratietraject). عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# overbetuwe · rule mantelzorg-8-uur-of-3-maanden
# nl: U geeft mantelzorg: minstens 8 uur per week, of al langer dan 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-efb94cdd = تقدمون الرعاية غير الرسمية (mantelzorg): 8 ساعات على الأقل في الأسبوع، أو منذ أكثر من 3 أشهر. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# overbetuwe · rule parttime-20-uur
# nl: U werkt minstens 20 uur per week in een parttime baan. Dan hoeft u geen tegenprestatie te doen.
ord-1e2beed2 = تعملون 20 ساعة على الأقل في الأسبوع في وظيفة بدوام جزئي. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# overbetuwe · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder met vrijstelling voor de zorg voor een kind tot 5 jaar. Dan hoeft u geen tegenprestatie te doen.
ord-7beb18a3 = أنتم أب أو أم بلا شريك (alleenstaande ouder) ولديكم إعفاء لرعاية طفل لم يبلغ 5 سنوات. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# overbetuwe · rule blijvend-arbeidsongeschikt
# nl: U bent blijvend arbeidsongeschikt. Dan hoeft u geen tegenprestatie te doen.
ord-ea1ac3a0 = أنتم غير قادرين على العمل بشكل دائم. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# overbetuwe · practice 1
# nl: Voorbeelden uit de praktijk in Overbetuwe: de tuin van de buren onderhouden, boodschappen doen voor een oudere, iemand gezelschap houden.
ord-d46057dd = أمثلة من الواقع العملي في Overbetuwe: الاعتناء بحديقة الجيران، التسوق لشخص مسن، البقاء مع شخص ما حتى لا يكون وحيدًا.

# overbetuwe · practice 2
# nl: In Overbetuwe klopt de praktijk met de verordening: wie vrijwilligerswerk doet, is vrijgesteld. In de praktijk krijgt u een formulier en wordt binnen 2 weken een antwoord verwacht.
ord-fde19779 = في Overbetuwe يتطابق الواقع العملي مع لائحة البلدية (verordening): من يقوم بعمل تطوعي (vrijwilligerswerk) يكون معفى. في الواقع العملي تحصلون على استمارة ويُنتظر منكم الجواب خلال أسبوعين.

# participatiewet-2027 · rules not known name
# nl: de Participatiewet in balans
ord-3f9d2dff = قانون المشاركة المتوازن (Participatiewet in balans)

# participatiewet-2027 · rules not known summary
# nl: Vanaf 1 januari 2027 vervangt de wet de tegenprestatie door maatschappelijke participatie.
ord-70eb5947 = ابتداءً من 1 januari 2027 يستبدل القانون العمل المقابل (tegenprestatie) بالمشاركة المجتمعية (maatschappelijke participatie).

# participatiewet · rule jonger-dan-18
# nl: De tegenprestatie geldt pas vanaf 18 jaar. U bent jonger dan 18.
ord-c343a7ea = العمل المقابل (tegenprestatie) يسري فقط ابتداءً من عمر 18 سنة. عمركم أقل من 18 سنة.

# participatiewet · rule pensioenleeftijd
# nl: De tegenprestatie stopt als u de AOW-leeftijd heeft bereikt.
ord-3e007443 = يتوقف العمل المقابل (tegenprestatie) عندما تبلغون سن التقاعد الحكومي (AOW-leeftijd).

# participatiewet · rule geen-uitkering
# nl: De plicht begint op de dag dat u zich meldt om een uitkering aan te vragen. U krijgt geen uitkering, dus de plicht geldt niet voor u. Heeft u wel een uitkering aangevraagd? Dan geldt de plicht al vanaf de dag dat u zich meldde.
ord-bcbd2b92 = يبدأ الواجب في اليوم الذي تتقدمون فيه لطلب إعانة (uitkering). أنتم لا تحصلون على إعانة، لذلك لا يسري الواجب عليكم. لكن هل قدمتم طلب إعانة؟ عندها يسري الواجب ابتداءً من اليوم الذي تقدمتم فيه.

# participatiewet · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Vraag de gemeente of de tegenprestatie dan voor u geldt.
ord-432b7e57 = تحصلون فقط على المساعدة الخاصة (bijzondere bijstand). اسألوا البلدية هل يسري العمل المقابل (tegenprestatie) عليكم في هذه الحالة.

# participatiewet · rule alleen-bijzondere-bijstand judgement
# nl: Of de tegenprestatie ook geldt als u alleen bijzondere bijstand krijgt. De wet maakt voor bijzondere bijstand geen uitzondering. Maar de wet zegt ook niet duidelijk dat de plicht dan geldt. Vraag het uw gemeente.
ord-751a6598 = ما إذا كان العمل المقابل (tegenprestatie) يسري أيضًا إذا كنتم تحصلون فقط على المساعدة الخاصة (bijzondere bijstand). القانون لا يستثني المساعدة الخاصة. لكن القانون لا يقول بوضوح أيضًا إن الواجب يسري عندها. اسألوا بلديتكم عن ذلك.

# participatiewet · rule alleen-bijzondere-bijstand judgement ask
# nl: Vindt de gemeente dat de plicht niet geldt als u alleen bijzondere bijstand krijgt?
ord-37f958e8 = هل ترى البلدية أن الواجب لا يسري إذا كنتم تحصلون فقط على المساعدة الخاصة (bijzondere bijstand)؟

# participatiewet · rule plicht-tegenprestatie
# nl: Met een uitkering moet u onbetaald nuttig werk doen als de gemeente dat vraagt. Dat heet de tegenprestatie. Het werk past bij wat u kunt. Het mag geen betaalde baan vervangen.
ord-d4f7352d = إذا كنتم تحصلون على إعانة (uitkering)، يجب عليكم القيام بعمل مفيد غير مدفوع الأجر عندما تطلب البلدية ذلك. يُسمى هذا «العمل المقابل» (tegenprestatie). العمل يناسب ما تستطيعون. لا يجوز أن يحل محل وظيفة مدفوعة الأجر.

# participatiewet · rule ioaw-ioaz
# nl: Voor een IOAW- of IOAZ-uitkering geldt dezelfde plicht als voor bijstand.
ord-21369307 = مع إعانة (uitkering) IOAW أو IOAZ يسري الواجب نفسه كما مع المساعدة الاجتماعية (bijstand).

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt
# nl: U kunt volledig en blijvend niet werken. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-2199aa1c = أنتم غير قادرين على العمل بشكل كامل ودائم. عندها لا يسري العمل المقابل (tegenprestatie) عليكم. هذا مكتوب في القانون.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz
# nl: U kunt volledig en blijvend niet werken, en u heeft een IOAW- of IOAZ-uitkering. De gemeente beslist of u dan vrij bent.
ord-6762a44b = أنتم غير قادرين على العمل بشكل كامل ودائم، ولديكم إعانة (uitkering) IOAW أو IOAZ. البلدية تقرر هل أنتم معفون في هذه الحالة.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement
# nl: Of u met een IOAW- of IOAZ-uitkering vrij bent omdat u volledig en blijvend niet kunt werken. De wet regelt dat alleen voor bijstand. De gemeente kan u bij dringende redenen wel een tijd vrijstellen. En zij moet de tegenprestatie afstemmen op wat u kunt.
ord-f01ec180 = ما إذا كنتم معفين، مع إعانة (uitkering) IOAW أو IOAZ، لأنكم غير قادرين على العمل بشكل كامل ودائم. القانون ينظم ذلك للمساعدة الاجتماعية (bijstand) فقط. لكن يمكن للبلدية عند وجود أسباب ملحّة أن تعفيكم لفترة من الوقت. ويجب عليها أن تكيّف العمل المقابل (tegenprestatie) مع ما تستطيعون.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement ask
# nl: Stelt de gemeente u vrij omdat u blijvend niet kunt werken?
ord-0cb8212f = هل تعفيكم البلدية لأنكم غير قادرين على العمل بشكل دائم؟

# participatiewet · rule alleenstaande-ouder-ontheffing
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken, omdat u zorgt voor een kind jonger dan 5 jaar. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-930fbd32 = أنتم أب أو أم بلا شريك (alleenstaande ouder)، وقد أعفتكم البلدية من واجب العمل لأنكم تعتنون بطفل عمره أقل من 5 سنوات. عندها لا يسري العمل المقابل (tegenprestatie) عليكم. هذا مكتوب في القانون.

# participatiewet · rule dringende-redenen
# nl: Bij dringende redenen kan de gemeente u een tijdje vrijstellen. Dat beslist de gemeente per persoon.
ord-dcc3941a = عند وجود أسباب ملحّة يمكن للبلدية أن تعفيكم لفترة من الوقت. تقرر البلدية ذلك لكل شخص على حدة.

# participatiewet · rule dringende-redenen judgement
# nl: Of uw dringende redenen, zoals zorgtaken, genoeg zijn om u een tijd vrij te stellen. De gemeente kijkt naar uw situatie.
ord-46a30b06 = ما إذا كانت أسبابكم الملحّة، مثل مهام الرعاية، كافية لإعفائكم لفترة من الوقت. تنظر البلدية إلى وضعكم.

# participatiewet · rule dringende-redenen judgement ask
# nl: Vindt de gemeente uw redenen dringend genoeg om u een tijd vrij te stellen?
ord-07a4253a = هل ترى البلدية أن أسبابكم ملحّة بما يكفي لإعفائكم لفترة من الوقت؟

# participatiewet · rule naar-vermogen
# nl: U zegt dat u door uw situatie blijvend geen tegenprestatie kunt doen. De wet geeft daarvoor geen vrijstelling, maar de gemeente moet rekening houden met wat u kunt.
ord-6822ac31 = تقولون إن وضعكم يمنعكم بشكل دائم من القيام بالعمل المقابل (tegenprestatie). القانون لا يعطي إعفاءً لذلك، لكن يجب على البلدية أن تأخذ في الاعتبار ما تستطيعون القيام به.

# participatiewet · rule naar-vermogen judgement
# nl: Wat u nog kunt. De gemeente moet de tegenprestatie aanpassen aan wat u kunt: minder uren, ander werk, of helemaal geen opdracht.
ord-96fb1c86 = ما الذي ما زلتم تستطيعون القيام به. يجب على البلدية أن تكيّف العمل المقابل (tegenprestatie) مع ما تستطيعون: ساعات أقل، أو عمل آخر، أو لا تكليف على الإطلاق.

# participatiewet · rule naar-vermogen judgement ask
# nl: Vindt de gemeente dat u toch een tegenprestatie kunt doen?
ord-8209d902 = هل ترى البلدية أنكم تستطيعون رغم ذلك القيام بعمل مقابل (tegenprestatie)؟

# participatiewet · info 1
# nl: U mag zeggen wat voor werk u wilt doen. De gemeente moet dat meewegen, maar beslist zelf.
ord-5c4c4aaf = يحق لكم أن تقولوا أي نوع من العمل تريدون القيام به. يجب على البلدية أن تأخذ ذلك في الاعتبار، لكنها هي التي تقرر.

# participatiewet · info 2
# nl: De gemeente moet duidelijk opschrijven welk werk u moet doen. 32 uur per week of meer is te veel voor een tegenprestatie.
ord-68ed0f30 = يجب على البلدية أن تكتب بوضوح أي عمل يجب عليكم القيام به. 32 ساعة في الأسبوع أو أكثر كثير جدًا بالنسبة لعمل مقابل (tegenprestatie).

# participatiewet · info 3
# nl: Doet u de tegenprestatie niet? Dan kan de gemeente uw uitkering een tijd verlagen.
ord-9d68d2f7 = إذا لم تقوموا بالعمل المقابل (tegenprestatie)، يمكن للبلدية أن تخفض إعانتكم (uitkering) لفترة من الوقت.

# participatiewet · info 4
# nl: Bent u het niet eens met het besluit van de gemeente? Dan kunt u bezwaar maken, en daarna naar de rechter.
ord-bbe49113 = إذا كنتم لا توافقون على قرار البلدية، يمكنكم تقديم اعتراض (bezwaar)، وبعد ذلك التوجه إلى المحكمة.

# participatiewet · pension age
# nl: De AOW-leeftijd verschilt per jaar. Tot en met 2025 staat die in de wet. Voor de jaren daarna maakt de minister de AOW-leeftijd vijf jaar van tevoren bekend. Wij rekenen met de AOW-leeftijd voor de datum van de check.
ord-fa058ce2 = سن التقاعد الحكومي (AOW-leeftijd) يختلف من سنة إلى أخرى. حتى نهاية عام 2025 هذا السن مكتوب في القانون. للسنوات التي بعد ذلك يعلن الوزير سن AOW بخمس سنوات مسبقًا. نحن نحسب على أساس سن AOW الذي يسري في تاريخ الفحص.

# participatiewet · merger rule
# nl: Na een samenvoeging van gemeenten gelden de regels van de oude gemeente nog hoogstens twee jaar. Ze gelden dan alleen in het gebied van de oude gemeente. De nieuwe gemeente kan ze eerder laten stoppen of vervangen door eigen regels.
ord-a92f4df5 = بعد دمج بلديات، تبقى قواعد البلدية القديمة سارية لمدة سنتين على الأكثر. وتسري عندها فقط في منطقة البلدية القديمة. يمكن للبلدية الجديدة أن توقفها قبل ذلك أو أن تستبدلها بقواعدها الخاصة.

# rheden · assignment omvang-en-duur
# nl: Gemiddeld 4 uur per week. In totaal 52 tot 208 uur per jaar.
ord-d4e26532 = 4 ساعات في الأسبوع في المتوسط. في المجموع من 52 إلى 208 ساعة في السنة.

# rheden · rule parttime-20-uur
# nl: U doet minstens 20 uur per week betaald werk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-7abc76c2 = تقومون بعمل مدفوع الأجر 20 ساعة على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# rheden · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-20f7f2b4 = تقومون بالعمل التطوعي (vrijwilligerswerk) 4 ساعات على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# rheden · rule mantelzorg-4-uur
# nl: U doet minstens 4 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-818c7a23 = تقدمون الرعاية غير الرسمية (mantelzorg) 4 ساعات على الأقل في الأسبوع. حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# rotterdam · assignment omvang-en-duur
# nl: Hoogstens 20 uur per week, minder als u niet meer kunt. De tegenprestatie heeft geen einddatum.
ord-be796a04 = 20 ساعة على الأكثر في الأسبوع، وأقل إذا كنتم لا تستطيعون أكثر من ذلك. ليس للعمل المقابل (tegenprestatie) تاريخ انتهاء.

# rotterdam · assignment omvang-en-duur renewal
# nl: Na minstens 6 maanden kan de gemeente samen met u een andere tegenprestatie kiezen, die past bij uw ontwikkeling.
ord-8ad24553 = بعد 6 أشهر على الأقل يمكن للبلدية أن تختار معكم عملًا مقابلًا (tegenprestatie) آخر يناسب تطوركم.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-20-uur
# nl: In Rotterdam telt vrijwilligerswerk en mantelzorg als tegenprestatie. U doet samen 20 uur of meer per week. Daarmee doet u al de tegenprestatie.
ord-5d3644cb = في Rotterdam يُحسب العمل التطوعي (vrijwilligerswerk) والرعاية غير الرسمية (mantelzorg) عملًا مقابلًا (tegenprestatie). تقومون بهما معًا، في المجموع، 20 ساعة أو أكثر في الأسبوع. بذلك أنتم تقومون أصلًا بالعمل المقابل.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen
# nl: Uw vrijwilligerswerk of mantelzorg telt als tegenprestatie. U doet minder dan 20 uur per week.
ord-ea7979e2 = عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) يُحسب عملًا مقابلًا (tegenprestatie). تقومون بأقل من 20 ساعة في الأسبوع.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement
# nl: Of uw uren vrijwilligerswerk of mantelzorg genoeg zijn. De norm is 20 uur per week, of minder als u niet meer kunt.
ord-da3ac9bc = ما إذا كانت ساعات عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) كافية. القاعدة هي 20 ساعة في الأسبوع، أو أقل إذا كنتم لا تستطيعون أكثر من ذلك.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement ask
# nl: Vindt de gemeente uw uren vrijwilligerswerk of mantelzorg genoeg?
ord-bd75ebad = هل ترى البلدية أن ساعات عملكم التطوعي (vrijwilligerswerk) أو رعايتكم غير الرسمية (mantelzorg) كافية؟

# rotterdam · rule ontheffing-individuele-omstandigheden
# nl: De gemeente kan u vrijstellen als uw situatie daar een reden voor is.
ord-143a3e07 = يمكن للبلدية أن تعفيكم إذا كان وضعكم سببًا لذلك.

# rotterdam · rule ontheffing-individuele-omstandigheden judgement
# nl: Of uw situatie een reden is om u vrij te stellen.
ord-f35dd142 = ما إذا كان وضعكم سببًا لإعفائكم.

# rotterdam · rule naast-re-integratie
# nl: Ook als u een re-integratietraject volgt, kan de gemeente u een tegenprestatie geven.
ord-4efc132f = حتى إذا كنتم تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject)، يمكن للبلدية أن تكلفكم بعمل مقابل (tegenprestatie).

# rotterdam · info 1
# nl: U kiest zelf hoe u de tegenprestatie doet. De gemeente helpt als dat nodig is. Doet u niet op tijd een voorstel? Dan kan de gemeente een maatregel opleggen.
ord-0b5af334 = أنتم تختارون بأنفسكم كيف تقومون بالعمل المقابل (tegenprestatie). تساعدكم البلدية إذا كان ذلك ضروريًا. إذا لم تقدموا اقتراحًا في الوقت المحدد، يمكن للبلدية أن تفرض عليكم إجراءً (maatregel).

# rotterdam · info 2
# nl: Dit telt als tegenprestatie: vrijwilligerswerk, mantelzorg, ander nuttig werk, een taaltraining of beweegtraining, en werken aan persoonlijke problemen zodat u daarna iets anders kunt doen.
ord-de11ab3c = هذا يُحسب عملًا مقابلًا (tegenprestatie): العمل التطوعي (vrijwilligerswerk)، والرعاية غير الرسمية (mantelzorg)، وعمل مفيد آخر، ودورة لغة أو تدريب رياضي، والعمل على مشاكل شخصية حتى تستطيعوا بعد ذلك القيام بشيء آخر.

# rotterdam · practice 1
# nl: In de praktijk wil Rotterdam dat u binnen twee maanden iets vindt. Lukt dat niet, dan helpt de gemeente met tips.
ord-7e1d2132 = في الواقع العملي تريد بلدية Rotterdam أن تجدوا شيئًا خلال شهرين. إذا لم تنجحوا في ذلك، تساعدكم البلدية بنصائح.

# rotterdam · practice 2
# nl: In de praktijk begint de gemeente vaak met minder dan 20 uur. 'Naar vermogen' weegt zwaar.
ord-a39c2054 = في الواقع العملي تبدأ البلدية غالبًا بأقل من 20 ساعة. لمبدأ «حسب القدرة» ('naar vermogen') وزن كبير.

# rotterdam · practice 3
# nl: In de praktijk vraagt Rotterdam de tegenprestatie vooral van mensen die geen re-integratietraject krijgen.
ord-4b82d0a7 = في الواقع العملي تطلب بلدية Rotterdam العمل المقابل (tegenprestatie) في الغالب من أشخاص لا يحصلون على برنامج إعادة الاندماج في العمل (re-integratietraject).

# rotterdam · milestone andere-invulling
# nl: Vanaf deze dag kan de gemeente samen met de klant een andere tegenprestatie kiezen, gericht op persoonlijke ontwikkeling.
ord-2806f070 = ابتداءً من هذا اليوم يمكن للبلدية أن تختار مع المستفيد عملًا مقابلًا (tegenprestatie) آخر، يركز على التطور الشخصي.

# rsd-de-liemers · municipality rijnwaarden since
# nl: Sinds 2018 deel van Zevenaar.
ord-092b24b6 = جزء من Zevenaar منذ 2018.

# rsd-de-liemers · assignment omvang-en-duur
# nl: Minstens 2 uur per week, minstens 3 maanden per jaar.
ord-2d4a6ff8 = ساعتان على الأقل في الأسبوع، 3 أشهر على الأقل في السنة.

# rsd-de-liemers · variant met-een-beperking
# nl: U heeft een beperking. Dan doet u zoveel als u kunt. Er is geen minimum aantal uren.
ord-da2580f0 = لديكم إعاقة أو محدودية (beperking). عندها تقومون بقدر ما تستطيعون. لا يوجد حد أدنى لعدد الساعات.

# rsd-de-liemers · rule parttime-werk
# nl: U werkt parttime. Dan hoeft u geen tegenprestatie te doen.
ord-b696362b = تعملون بدوام جزئي. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule sociale-activering
# nl: U doet mee aan sociale activering. Dan hoeft u geen tegenprestatie te doen.
ord-7e6fdf6d = تشاركون في التنشيط الاجتماعي (sociale activering). عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule re-integratietraject
# nl: U doet mee aan een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-19d1be4a = تشاركون في برنامج إعادة الاندماج في العمل (re-integratietraject). عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule toekomstatelier-of-groepstraining
# nl: U doet mee aan het Toekomstatelier of een andere groepstraining. Dan hoeft u geen tegenprestatie te doen.
ord-5d5e1606 = تشاركون في Toekomstatelier أو في تدريب جماعي آخر. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule mantelzorg-8-uur-3-maanden
# nl: U geeft minstens 8 uur per week mantelzorg, al minstens 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-472c885b = تقدمون الرعاية غير الرسمية (mantelzorg) 8 ساعات على الأقل في الأسبوع، ومنذ 3 أشهر على الأقل. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule vrijwilligerswerk-2-uur-3-maanden
# nl: U doet minstens 2 uur per week vrijwilligerswerk, minstens 3 maanden per jaar. Dan hoeft u geen tegenprestatie te doen.
ord-2c145655 = تقومون بالعمل التطوعي (vrijwilligerswerk) ساعتين على الأقل في الأسبوع، 3 أشهر على الأقل في السنة. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan
# nl: U heeft een beperking en u doet al onbetaald vrijwilligerswerk. Als dat past bij wat u kunt, doet u daarmee de tegenprestatie al.
ord-b078cc3b = لديكم إعاقة أو محدودية (beperking) وتقومون أصلًا بعمل تطوعي (vrijwilligerswerk) غير مدفوع الأجر. إذا كان ذلك يناسب ما تستطيعون، فأنتم بذلك تقومون أصلًا بالعمل المقابل (tegenprestatie).

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement
# nl: Of het werk dat u nu doet past bij wat u kunt. Dan telt het als tegenprestatie. De gemeente beoordeelt dat.
ord-c9d6d857 = ما إذا كان العمل الذي تقومون به الآن يناسب ما تستطيعون. عندها يُحسب عملًا مقابلًا (tegenprestatie). البلدية هي التي تقيّم ذلك.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk past bij wat u kunt?
ord-2a201dab = هل ترى البلدية أن عملكم التطوعي (vrijwilligerswerk) يناسب ما تستطيعون؟

# rsd-de-liemers · practice 1
# nl: In de praktijk is vrijwilligerswerk hier juist de tegenprestatie. De dienst let vooral op óf u iets doet: anderhalf uur per week wordt ook goedgekeurd.
ord-327f15cb = في الواقع العملي، العمل التطوعي (vrijwilligerswerk) هنا هو نفسه العمل المقابل (tegenprestatie). تنتبه الدائرة أساسًا إلى ما إذا كنتم تقومون بشيء أم لا: ساعة ونصف في الأسبوع تُقبل أيضًا.

# rsd-de-liemers · practice 2
# nl: In de praktijk kreeg u ongeveer 8 weken om zelf iets te vinden na de brief van de dienst.
ord-daa62d41 = في الواقع العملي كنتم تحصلون على 8 أسابيع تقريبًا لتجدوا شيئًا بأنفسكم بعد رسالة الدائرة.

# schagen · assignment omvang-en-duur
# nl: 2 tot 8 uur per week, 3 tot 6 maanden.
ord-eb0c515d = من 2 إلى 8 ساعات في الأسبوع، من 3 إلى 6 أشهر.

# schagen · variant minder-als-het-niet-kan
# nl: Kunt u het minimum niet halen? Dan kan de gemeente minder vragen: minder uren of minder maanden.
ord-b68498b1 = إذا كنتم لا تستطيعون بلوغ الحد الأدنى، يمكن للبلدية أن تطلب أقل: ساعات أقل أو أشهرًا أقل.

# schagen · rule uitstromer
# nl: U hoort bij de uitstromers: u werkt aan betaald werk. Dan krijgt u geen tegenprestatie.
ord-d881dffb = أنتم من فئة «الخارجين إلى العمل» (uitstromers): تعملون على الوصول إلى عمل مدفوع الأجر. عندها لا تُكلَّفون بالعمل المقابل (tegenprestatie).

# schagen · rule re-integratievoorziening
# nl: U gebruikt een re-integratievoorziening. Dan richt u zich op betaald werk en krijgt u geen tegenprestatie.
ord-313b09a6 = تستخدمون خدمة لإعادة الاندماج في العمل (re-integratievoorziening). عندها تركزون على العمل المدفوع الأجر ولا تُكلَّفون بالعمل المقابل (tegenprestatie).

# schagen · rule groeier-of-blijver
# nl: U hoort bij de groeiers of blijvers en u volgt geen re-integratie. Dan kan de gemeente u een tegenprestatie geven.
ord-63eac5e7 = أنتم من فئة «النامين» (groeiers) أو «الباقين» (blijvers) ولا تشاركون في إعادة الاندماج في العمل (re-integratie). عندها يمكن للبلدية أن تكلفكم بعمل مقابل (tegenprestatie).

# schagen · rule doelgroep-onbekend
# nl: In Schagen hangt de tegenprestatie af van uw groep. Uitstromers krijgen er geen.
ord-febe03e4 = في Schagen يتوقف العمل المقابل (tegenprestatie) على الفئة التي تنتمون إليها. «الخارجون إلى العمل» (uitstromers) لا يُكلَّفون به.

# schagen · rule doelgroep-onbekend judgement
# nl: Bij welke groep u hoort: uitstromer, groeier of blijver. De gemeente deelt u in.
ord-0000805b = الفئة التي تنتمون إليها: «الخارجون إلى العمل» (uitstromer)، أو «النامون» (groeier)، أو «الباقون» (blijver). البلدية هي التي تضعكم في فئة.

# schagen · rule doelgroep-onbekend judgement ask
# nl: Hoort u volgens de gemeente bij de groeiers of blijvers?
ord-84e974d2 = هل أنتم، حسب رأي البلدية، من فئة «النامين» (groeiers) أو «الباقين» (blijvers)؟

# schagen · rule respijtzorg
# nl: U neemt als vrijwilliger de zorg even over van een mantelzorger (respijtzorg). Dan krijgt u geen tegenprestatie.
ord-518e64e1 = بصفتكم متطوعين، تتولون الرعاية لفترة قصيرة بدلًا من مقدم رعاية غير رسمية (mantelzorger). يُسمى هذا الرعاية البديلة المؤقتة (respijtzorg). عندها لا تُكلَّفون بالعمل المقابل (tegenprestatie).

# schagen · rule eigen-initiatief-telt
# nl: Wat u uit uzelf doet voor de samenleving, zoals vrijwilligerswerk, telt als tegenprestatie. U doet minstens 2 uur per week: het minimum.
ord-10022822 = ما تقومون به من تلقاء أنفسكم للمجتمع، مثل العمل التطوعي (vrijwilligerswerk)، يُحسب عملًا مقابلًا (tegenprestatie). تقومون بساعتين على الأقل في الأسبوع: وهذا هو الحد الأدنى.

# schagen · rule eigen-initiatief-minder-dan-minimum
# nl: Uw vrijwilligerswerk telt als tegenprestatie, maar u doet minder dan het minimum van 2 uur per week.
ord-cf87a0e5 = عملكم التطوعي (vrijwilligerswerk) يُحسب عملًا مقابلًا (tegenprestatie)، لكنكم تقومون بأقل من الحد الأدنى، وهو ساعتان في الأسبوع.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement
# nl: Of minder dan 2 uur per week genoeg is. Dat kan als u het minimum niet kunt halen.
ord-2404c893 = ما إذا كان أقل من ساعتين في الأسبوع كافيًا. هذا ممكن إذا كنتم لا تستطيعون بلوغ الحد الأدنى.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement ask
# nl: Vindt de gemeente minder dan 2 uur per week genoeg voor u?
ord-a6b37173 = هل ترى البلدية أن أقل من ساعتين في الأسبوع كافٍ لكم؟

# schagen · rule parttime-baan
# nl: U heeft een parttime baan. Volgens de samenvattende tabel hoeft u dan geen tegenprestatie te doen.
ord-4f891104 = لديكم وظيفة بدوام جزئي. حسب الجدول الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# schagen · rule parttime-baan judgement
# nl: Of uw parttime baan u vrijstelt. De samenvattende tabel zegt ja, maar de beschrijving van de verordening noemt parttime werk niet. Vraag het de gemeente.
ord-0ed30a1f = ما إذا كانت وظيفتكم بدوام جزئي تعفيكم. الجدول الملخص يقول نعم، لكن وصف لائحة البلدية (verordening) لا يذكر العمل بدوام جزئي. اسألوا البلدية عن ذلك.

# schagen · practice 1
# nl: In de praktijk kan de tegenprestatie in Schagen langer duren dan 6 maanden, als u door wilt. De gemeente kijkt dan of u op een andere plek verder kunt. De omvang is hoogstens twee dagdelen per week.
ord-847e8cd7 = في الواقع العملي يمكن أن يستمر العمل المقابل (tegenprestatie) في Schagen أكثر من 6 أشهر، إذا أردتم الاستمرار. تنظر البلدية عندها هل يمكنكم الاستمرار في مكان آخر. الحجم هو نصفا يوم (dagdelen) في الأسبوع على الأكثر.

# stichtse-vecht · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 6 maanden per jaar.
ord-2932fa1d = من 8 إلى 16 ساعة في الأسبوع، 6 أشهر في السنة.

# stichtse-vecht · rule vrijwilligerswerk
# nl: U doet vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-cd6ac6aa = تقومون بالعمل التطوعي (vrijwilligerswerk). حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# stichtse-vecht · rule mantelzorg
# nl: U geeft mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-eaed952e = تقدمون الرعاية غير الرسمية (mantelzorg). حسب الملخص، ليس عليكم عندها القيام بالعمل المقابل (tegenprestatie).

# urk · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 2 keer 6 weken per jaar.
ord-ff15376e = من 8 إلى 16 ساعة في الأسبوع، مرتين في السنة، كل مرة 6 أسابيع.

# weesp · municipality weesp since
# nl: Sinds 2022 deel van Amsterdam.
ord-1cbc5791 = جزء من Amsterdam منذ 2022.

# weesp · replaced by
# nl: In die regels staat: de gemeente mag onbetaald werk dat u al doet en dat nuttig is voor de samenleving, laten tellen als tegenprestatie. En de gemeente mag de tegenprestatie vragen aan mensen die nu geen kans op werk hebben en geen hulp naar werk krijgen. Er staat 'vragen', niet 'verplichten'. Die regels gelden ook terug tot 1 januari 2020. Deze check kent alleen dit deel van die regels. Hoeveel uur en hoe lang, weet de check niet.
ord-0edafa56 = في هذه القواعد مكتوب: يجوز للبلدية أن تحسب العمل غير المدفوع الأجر الذي تقومون به أصلًا والمفيد للمجتمع كعمل مقابل (tegenprestatie). ويجوز للبلدية أن تطلب العمل المقابل من أشخاص ليست لديهم الآن فرصة للحصول على عمل ولا يحصلون على مساعدة للوصول إلى العمل. المكتوب هو «تطلب» ('vragen')، وليس «تُلزم» ('verplichten'). هذه القواعد تسري أيضًا بأثر رجعي ابتداءً من 1 januari 2020. هذا الفحص يعرف هذا الجزء فقط من تلك القواعد. كم ساعة ولأي مدة، لا يعرف الفحص ذلك.

# werkplein-helmond · assignment omvang-en-duur
# nl: Minstens 8 uur per week, minstens 6 maanden per jaar. Wat u moet doen past bij wat u kunt.
ord-8ab53edf = 8 ساعات على الأقل في الأسبوع، 6 أشهر على الأقل في السنة. ما يجب عليكم القيام به يناسب ما تستطيعون.

# werkplein-helmond · rule mantelzorg-8-uur
# nl: U geeft minstens 8 uur per week mantelzorg. Dan hoeft u geen tegenprestatie te doen.
ord-ab543c48 = تقدمون الرعاية غير الرسمية (mantelzorg) 8 ساعات على الأقل في الأسبوع. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# werkplein-helmond · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-906e54f4 = تقومون بالعمل التطوعي (vrijwilligerswerk) 8 ساعات على الأقل في الأسبوع. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# werkplein-helmond · rule wmo-begeleiding
# nl: U krijgt via de gemeente begeleiding (Wmo), alleen of in een groep. Dan hoeft u geen tegenprestatie te doen.
ord-24f60ef1 = تحصلون عن طريق البلدية على إرشاد (begeleiding) حسب قانون Wmo، بشكل فردي أو في مجموعة. عندها ليس عليكم القيام بالعمل المقابل (tegenprestatie).

# werkplein-helmond · info 1
# nl: De gemeente verwacht dat u zelf met voorstellen komt. Als dat nodig is, krijgt u hulp.
ord-ae7bba58 = تتوقع البلدية أن تأتوا أنتم باقتراحات. إذا كان ذلك ضروريًا، تحصلون على مساعدة.

# werkplein-helmond · info 2
# nl: Dit telt als tegenprestatie: nuttig werk voor de samenleving, een taaltraining of beweegtraining, een activeringsprogramma, of minstens 8 uur per week werken aan persoonlijke problemen.
ord-e542c13a = هذا يُحسب عملًا مقابلًا (tegenprestatie): عمل مفيد للمجتمع، أو دورة لغة أو تدريب رياضي، أو برنامج تنشيط، أو العمل على مشاكل شخصية 8 ساعات على الأقل في الأسبوع.

# werkplein-helmond · practice 1
# nl: In de praktijk vraagt de gemeente niet altijd 8 uur per week. 4 uur serieus werken kan ook goed zijn, ook al zegt de verordening 8 uur.
ord-c97a6ae1 = في الواقع العملي لا تطلب البلدية دائمًا 8 ساعات في الأسبوع. 4 ساعات من العمل الجاد يمكن أن تكون جيدة أيضًا، حتى لو كانت لائحة البلدية (verordening) تقول 8 ساعات.

# werkplein-helmond · practice 2
# nl: In de praktijk telt vrijwilligerswerk vaak juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-13fe6b4f = في الواقع العملي يُحسب العمل التطوعي (vrijwilligerswerk) غالبًا هو نفسه عملًا مقابلًا (tegenprestatie)، وليس سببًا لإعفائكم.

# wijdemeren · assignment terugkerende-activiteit
# nl: 8 tot 16 uur per week, 6 maanden lang. Daarna 3 maanden rust, en dan opnieuw zolang u een uitkering heeft.
ord-214c3e85 = من 8 إلى 16 ساعة في الأسبوع، لمدة 6 أشهر. بعد ذلك 3 أشهر راحة، ثم من جديد ما دمتم تحصلون على إعانة (uitkering).

# wijdemeren · assignment terugkerende-activiteit renewal
# nl: Heeft u daarna nog een uitkering? Dan krijgt u 3 maanden na het einde opnieuw een tegenprestatie. De gemeente kan ook één keer een losse activiteit vragen.
ord-f2fc387c = هل ما زلتم تحصلون على إعانة (uitkering) بعد ذلك؟ عندها تُكلَّفون بعمل مقابل (tegenprestatie) من جديد، بعد 3 أشهر من نهاية العمل المقابل السابق. ويمكن للبلدية أيضًا أن تطلب مرة واحدة نشاطًا منفصلًا.

# wijdemeren · rule vrijwilligerswerk-binnen-zes-maanden
# nl: U doet vrijwilligerswerk van minstens 8 uur per week. U begon daarmee binnen 6 maanden na de start van uw uitkering. Als het werk lijkt op een tegenprestatie, hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-77699b59 = تقومون بعمل تطوعي (vrijwilligerswerk) 8 ساعات على الأقل في الأسبوع. بدأتم به خلال 6 أشهر من بدء إعانتكم (uitkering). إذا كان هذا العمل يشبه العمل المقابل (tegenprestatie)، فليس عليكم القيام بالعمل المقابل. لكن يجب أن تستطيعوا إثبات ذلك.

# wijdemeren · rule vrijwilligerswerk-start-onbekend
# nl: Vrijwilligerswerk is een reden om u vrij te stellen als u ermee begon binnen 6 maanden na de start van uw uitkering.
ord-debd2906 = العمل التطوعي (vrijwilligerswerk) سبب لإعفائكم إذا بدأتم به خلال 6 أشهر من بدء إعانتكم (uitkering).

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement
# nl: Of u met het vrijwilligerswerk begon binnen 6 maanden na de start van uw uitkering, en of het werk lijkt op een tegenprestatie. Vul in hoe lang u al een uitkering heeft; dan weten we het eerste.
ord-3024a6ad = ما إذا كنتم بدأتم العمل التطوعي (vrijwilligerswerk) خلال 6 أشهر من بدء إعانتكم (uitkering)، وما إذا كان العمل يشبه العمل المقابل (tegenprestatie). اكتبوا منذ متى تحصلون على إعانة؛ عندها نعرف الأمر الأول.

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement ask
# nl: Begon uw vrijwilligerswerk op tijd, en lijkt het op een tegenprestatie?
ord-9fd20662 = هل بدأ عملكم التطوعي (vrijwilligerswerk) في الوقت المحدد، وهل يشبه العمل المقابل (tegenprestatie)؟

# wijdemeren · practice 1
# nl: In de praktijk telt vrijwilligerswerk juist als tegenprestatie. Een losse activiteit komt niet voor: mensen krijgen een vaste plek bij een organisatie.
ord-c354f160 = في الواقع العملي يُحسب العمل التطوعي (vrijwilligerswerk) هو نفسه عملًا مقابلًا (tegenprestatie). النشاط المنفصل لا يحدث: يحصل الناس على مكان ثابت لدى منظمة.

# wijdemeren · practice 2
# nl: In de praktijk gaan veel mensen na 6 maanden gewoon door, zonder 3 maanden rust.
ord-1f235827 = في الواقع العملي يستمر كثير من الناس ببساطة بعد 6 أشهر، بدون 3 أشهر راحة.

# wijdemeren · milestone volgende-periode
# nl: Nog steeds een uitkering? Dan draagt de gemeente op deze dag opnieuw een tegenprestatie op.
ord-87eb6e00 = ما زلتم تحصلون على إعانة (uitkering)؟ عندها تكلفكم البلدية في هذا اليوم من جديد بعمل مقابل (tegenprestatie).

