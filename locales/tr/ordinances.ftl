## The ordinances' texts, each under a name made from its Dutch words (i18n::text_key).
## Written from ordinances/*.toml by `BLESS=1 cargo test --test texts`: do not edit.
## A translation gives every name below, translated from the Dutch in the comment.

# berg-en-dal · assignment omvang-en-duur
# nl: Minstens 8 uur per week, 6 maanden per jaar.
ord-c0d6178a = Haftada en az 8 saat, yılda 6 ay.

# berg-en-dal · rule re-integratie
# nl: U doet mee aan een re-integratietraject. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-011b6d0e = Bir işe dönüş programına (re-integratietraject) katılıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# berg-en-dal · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-99e04dd0 = Haftada en az 8 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# berg-en-dal · rule mantelzorg-8-uur
# nl: U doet minstens 8 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-d04be0ef = Haftada en az 8 saat yakın bakımı (mantelzorg) veriyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# bodegraven-reeuwijk · assignment omvang-en-duur
# nl: 4 tot 12 uur per week, 3 maanden per jaar.
ord-3f1331f6 = Haftada 4 ile 12 saat arası, yılda 3 ay.

# bodegraven-reeuwijk · rule re-integratie-maatwerk
# nl: U doet mee aan een re-integratietraject. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-c939e913 = Bir işe dönüş programına (re-integratietraject) katılıyorsunuz. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement
# nl: Of dit een reden is om u geen tegenprestatie te geven. De samenvatting zegt: maatwerk.
ord-ba0d357b = Bunun, size karşılık hizmet (tegenprestatie) vermemek için bir neden olup olmadığı. Özet şunu söylüyor: kişiye özel karar (maatwerk).

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw situatie een reden om geen tegenprestatie te vragen?
ord-0efcc1f9 = Belediye, durumunuzu karşılık hizmet (tegenprestatie) istememek için bir neden olarak görüyor mu?

# bodegraven-reeuwijk · rule parttime-maatwerk
# nl: U heeft een parttime baan. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-9c62f33f = Yarı zamanlı bir işiniz var. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

# bodegraven-reeuwijk · rule vrijwilligerswerk-maatwerk
# nl: U doet vrijwilligerswerk. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-f1cd7537 = Gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

# bodegraven-reeuwijk · rule mantelzorg-maatwerk
# nl: U geeft mantelzorg. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-8ce87d33 = Yakın bakımı (mantelzorg) veriyorsunuz. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

# haarlem · assignment omvang-en-duur
# nl: 2 tot 10 uur per week, 3 tot 5 maanden per jaar.
ord-a57d7742 = Haftada 2 ile 10 saat arası, yılda 3 ile 5 ay arası.

# hilversum · assignment omvang-en-duur
# nl: Minstens 12 uur per week, minstens 3 maanden per kalenderjaar. De gemeente past het aan aan wat u kunt.
ord-14d9a62c = Haftada en az 12 saat, her takvim yılında en az 3 ay. Belediye bunu yapabileceklerinize göre ayarlar.

# hilversum · rule arbeidsongeschikt-vrijgesteld
# nl: U bent door arbeidsongeschiktheid helemaal vrijgesteld van werk en re-integratie. Dan ziet Hilversum af van een tegenprestatie.
ord-c8d879e1 = Çalışamaz durumda olduğunuz için çalışmaktan ve işe dönüş çalışmalarından (re-integratie) tamamen muafsınız. O zaman Hilversum karşılık hizmetten (tegenprestatie) vazgeçer.

# hilversum · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken. Dan vraagt Hilversum geen tegenprestatie.
ord-01e69a80 = Tek ebeveynsiniz ve belediye sizi çalışma yükümlülüğünden muaf tuttu. O zaman Hilversum karşılık hizmet (tegenprestatie) istemez.

# hilversum · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Dan ziet Hilversum af van een tegenprestatie.
ord-ba005e4f = Yalnızca özel sosyal yardım (bijzondere bijstand) alıyorsunuz. O zaman Hilversum karşılık hizmetten (tegenprestatie) vazgeçer.

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang
# nl: Doet u genoeg vrijwilligerswerk of mantelzorg? Dan ziet Hilversum af van een tegenprestatie.
ord-3925a3aa = Yeterince gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) yapıyor musunuz? O zaman Hilversum karşılık hizmetten (tegenprestatie) vazgeçer.

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement
# nl: Of uw vrijwilligerswerk of mantelzorg groot genoeg is. De verordening noemt geen aantal uren: 'van een bepaalde omvang'.
ord-ce2b5e9a = Gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) yeterince kapsamlı olup olmadığı. Yönetmelik (verordening) bir saat sayısı belirtmiyor; 'belirli bir kapsamda' (van een bepaalde omvang) diyor.

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement ask
# nl: Vindt de gemeente dat u genoeg vrijwilligerswerk of mantelzorg doet?
ord-79b876af = Belediye, yeterince gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) yaptığınızı düşünüyor mu?

# hilversum · rule re-integratie-maatwerk
# nl: Bij een re-integratietraject kijkt de gemeente per persoon.
ord-80aabca8 = Bir işe dönüş programına (re-integratietraject) katılıyorsanız belediye her kişiye ayrı bakar.

# hilversum · rule re-integratie-maatwerk judgement
# nl: Of uw re-integratietraject een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-08caed69 = İşe dönüş programınızın (re-integratietraject) karşılık hizmet (tegenprestatie) istememek için bir neden olup olmadığı. Bu, kişiye özel bir karardır (maatwerk).

# hilversum · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw re-integratietraject een reden om geen tegenprestatie te vragen?
ord-d4a439b8 = Belediye, işe dönüş programınızı (re-integratietraject) karşılık hizmet (tegenprestatie) istememek için bir neden olarak görüyor mu?

# hilversum · rule parttime-maatwerk
# nl: Bij een parttime baan kijkt de gemeente per persoon.
ord-2b660161 = Yarı zamanlı bir işiniz varsa belediye her kişiye ayrı bakar.

# hilversum · rule parttime-maatwerk judgement
# nl: Of uw parttime baan een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-3f2cb3b2 = Yarı zamanlı işinizin karşılık hizmet (tegenprestatie) istememek için bir neden olup olmadığı. Bu, kişiye özel bir karardır (maatwerk).

# hilversum · rule parttime-maatwerk judgement ask
# nl: Vindt de gemeente uw parttime baan een reden om geen tegenprestatie te vragen?
ord-df452d3d = Belediye, yarı zamanlı işinizi karşılık hizmet (tegenprestatie) istememek için bir neden olarak görüyor mu?

# hilversum · practice 1
# nl: In de praktijk gebruikt Hilversum het woord 'tegenprestatie' bijna niet. Het komt pas ter sprake als iemand niet vrijwillig actief wil worden. De klantmanager bepaalt hoeveel tijd u krijgt om iets te vinden.
ord-df83a198 = Uygulamada Hilversum 'tegenprestatie' (karşılık hizmet) kelimesini neredeyse hiç kullanmıyor. Bu konu ancak biri kendi isteğiyle etkin olmak istemezse açılır. Bir şey bulmanız için ne kadar süreniz olacağına danışman (klantmanager) karar verir.

# hilversum · practice 2
# nl: In de praktijk gaat het vooral om vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-12b9c79b = Uygulamada konu çoğunlukla gönüllü çalışmadır (vrijwilligerswerk); oysa yönetmelik (verordening) gönüllü çalışmayı karşılık hizmet (tegenprestatie) istememek için bir neden olarak sayar.

# hoogezand-sappemeer-slochteren · municipality hoogezand-sappemeer since
# nl: Sinds 2018 deel van Midden-Groningen.
ord-0aa75401 = 2018'den beri Midden-Groningen'in bir parçası.

# hoogezand-sappemeer-slochteren · assignment omvang-en-duur
# nl: 4 tot 16 uur per week, minstens 3 maanden.
ord-11a7981a = Haftada 4 ile 16 saat arası, en az 3 ay.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep
# nl: De tegenprestatie is hier alleen voor mensen die nog niet direct aan werk kunnen werken.
ord-4334aa04 = Burada karşılık hizmet (tegenprestatie) yalnızca henüz hemen işe doğru adım atamayan kişiler içindir.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement
# nl: Of u direct na de start van uw uitkering stappen naar werk kunt zetten. Kan dat? Dan geeft de gemeente u geen tegenprestatie. Kan dat niet, nu of een tijdje? Dan wel.
ord-acf3f553 = Ödeneğiniz (uitkering) başladıktan hemen sonra işe doğru adımlar atıp atamayacağınız. Atabiliyor musunuz? O zaman belediye size karşılık hizmet (tegenprestatie) vermez. Şimdi veya bir süre için atamıyor musunuz? O zaman verir.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement ask
# nl: Vindt de gemeente dat u meteen stappen naar werk kunt zetten?
ord-d04874a8 = Belediye, işe doğru hemen adımlar atabileceğinizi düşünüyor mu?

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar
# nl: U doet minstens 4 uur per week vrijwilligerswerk: net zoveel als de kleinste tegenprestatie. Lijkt het werk op een tegenprestatie? Dan hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-30276644 = Haftada en az 4 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz: bu, en küçük karşılık hizmet (tegenprestatie) kadardır. Bu iş bir karşılık hizmete benziyor mu? O zaman karşılık hizmet yapmak zorunda değilsiniz. Ama bunu kanıtlayabilmeniz gerekir.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement
# nl: Of uw vrijwilligerswerk lijkt op een tegenprestatie: onbetaald, nuttig voor anderen en geen vervanging van betaald werk. U moet het kunnen aantonen. De gemeente beoordeelt dat.
ord-fd14ca1e = Gönüllü çalışmanızın (vrijwilligerswerk) bir karşılık hizmete (tegenprestatie) benzeyip benzemediği: ücretsiz, başkalarına yararlı ve ücretli bir işin yerini almayan bir iş. Bunu kanıtlayabilmeniz gerekir. Bunu belediye değerlendirir.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk lijkt op een tegenprestatie?
ord-ebe7fa90 = Belediye, gönüllü çalışmanızın (vrijwilligerswerk) bir karşılık hizmete (tegenprestatie) benzediğini düşünüyor mu?

# hoogezand-sappemeer-slochteren · rule mantelzorg
# nl: U geeft mantelzorg die nodig is. Dan vraagt de gemeente geen tegenprestatie.
ord-df20ae37 = Gerekli olan yakın bakımı (mantelzorg) veriyorsunuz. O zaman belediye karşılık hizmet (tegenprestatie) istemez.

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is.
ord-72618890 = Verdiğiniz yakın bakımının (mantelzorg) gerçekten gerekli olup olmadığı.

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement ask
# nl: Vindt de gemeente uw mantelzorg echt nodig?
ord-9905967e = Belediye, verdiğiniz yakın bakımını (mantelzorg) gerçekten gerekli buluyor mu?

# hoogezand-sappemeer-slochteren · rule permanent-niet-in-staat
# nl: U kunt door uw persoonlijke situatie blijvend geen tegenprestatie doen. Dan vraagt de gemeente die niet.
ord-8c729f21 = Kişisel durumunuz nedeniyle kalıcı olarak karşılık hizmet (tegenprestatie) yapamıyorsunuz. O zaman belediye bunu istemez.

# hoogezand-sappemeer-slochteren · info 1
# nl: Kunt u tijdelijk geen tegenprestatie doen? Dan spreekt de gemeente met u af wanneer u die wel doet.
ord-647308d3 = Bir süreliğine karşılık hizmet (tegenprestatie) yapamıyor musunuz? O zaman belediye, bunu ne zaman yapacağınızı sizinle birlikte kararlaştırır.

# hoogezand-sappemeer-slochteren · practice 1
# nl: In de praktijk doen hier maar weinig mensen een tegenprestatie. U krijgt meestal 20 dagen om iets te vinden, soms langer. Wat er gebeurt is mantelzorg of vrijwilligerswerk, en dat telt dan juist als tegenprestatie.
ord-0847a9ba = Uygulamada burada çok az kişi karşılık hizmet (tegenprestatie) yapıyor. Bir şey bulmanız için size genellikle 20 gün, bazen daha uzun süre verilir. Yapılan işler yakın bakımı (mantelzorg) veya gönüllü çalışmadır (vrijwilligerswerk) ve bunlar o zaman aksine karşılık hizmet olarak sayılır.

# iasz · municipality haarlemmerliede-en-spaarnwoude since
# nl: Sinds 2019 deel van Haarlemmermeer.
ord-63a57598 = 2019'dan beri Haarlemmermeer'in bir parçası.

# iasz · rule re-integratietraject
# nl: U wordt met een re-integratietraject naar werk begeleid. Dan hoeft u geen tegenprestatie te doen.
ord-9bef3261 = Bir işe dönüş programıyla (re-integratietraject) işe doğru destek alıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage
# nl: Draagt uw vrijwilligerswerk of mantelzorg bij aan de samenleving? Dan vraagt de gemeente geen tegenprestatie.
ord-8220484c = Gönüllü çalışmanız (vrijwilligerswerk) veya yakın bakımınız (mantelzorg) topluma katkı sağlıyor mu? O zaman belediye karşılık hizmet (tegenprestatie) istemez.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement
# nl: Of uw vrijwilligerswerk of mantelzorg genoeg bijdraagt aan de samenleving.
ord-46026acd = Gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) topluma yeterince katkı sağlayıp sağlamadığı.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement ask
# nl: Vindt de gemeente uw vrijwilligerswerk of mantelzorg nuttig genoeg voor de samenleving?
ord-602d5284 = Belediye, gönüllü çalışmanızı (vrijwilligerswerk) veya yakın bakımınızı (mantelzorg) toplum için yeterince yararlı buluyor mu?

# iasz · practice 1
# nl: In de praktijk verwijst de afdeling u naar een vrijwilligerscentrale. Vrijwilligerswerk en mantelzorg tellen dan juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-65200929 = Uygulamada birim sizi bir gönüllü çalışma merkezine (vrijwilligerscentrale) yönlendirir. Gönüllü çalışma (vrijwilligerswerk) ve yakın bakımı (mantelzorg) o zaman aksine karşılık hizmet (tegenprestatie) olarak sayılır; sizi muaf tutmak için bir neden olarak sayılmaz.

# menterwolde · practice 1
# nl: In de praktijk stuurt Menterwolde mensen naar een vrijwilligerscentrale. U krijgt ongeveer 4 weken om iets te vinden. Alle activiteiten zijn vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-e76f3597 = Uygulamada Menterwolde insanları bir gönüllü çalışma merkezine (vrijwilligerscentrale) gönderir. Bir şey bulmanız için size yaklaşık 4 hafta verilir. Tüm etkinlikler gönüllü çalışmadır (vrijwilligerswerk); oysa yönetmelik (verordening) gönüllü çalışmayı karşılık hizmet (tegenprestatie) istememek için bir neden olarak sayar.

# oldenzaal · assignment duur-en-omvang
# nl: Hoogstens 24 uur per week en hoogstens 6 maanden. Eén keer verlengen kan, met hoogstens 6 maanden.
ord-f77cb8a1 = Haftada en fazla 24 saat ve en fazla 6 ay. Bir kez, en fazla 6 ay uzatılabilir.

# oldenzaal · assignment duur-en-omvang renewal
# nl: De gemeente kan de tegenprestatie één keer verlengen, met hoogstens 6 maanden.
ord-6efaba04 = Belediye karşılık hizmeti (tegenprestatie) bir kez, en fazla 6 ay uzatabilir.

# oldenzaal · rule grote-afstand
# nl: U staat op stap 1 tot en met 4 van de participatieladder. U heeft dus een grote afstand tot werk. Dan kan de gemeente u een tegenprestatie opleggen.
ord-0e29188f = Katılım merdiveninin (participatieladder) 1, 2, 3 veya 4. basamağındasınız. Yani işe olan uzaklığınız büyük. O zaman belediye size karşılık hizmet (tegenprestatie) yükümlülüğü getirebilir.

# oldenzaal · rule korte-afstand
# nl: U staat op stap 5 of 6 van de participatieladder. U kunt zich dan richten op betaald werk.
ord-6bb4beed = Katılım merdiveninin (participatieladder) 5. veya 6. basamağındasınız. O zaman ücretli işe odaklanabilirsiniz.

# oldenzaal · rule korte-afstand judgement
# nl: Of er bijzondere omstandigheden zijn. U staat dicht bij werk. Dan krijgt u in principe geen tegenprestatie. Alleen in bijzondere gevallen wel, bijvoorbeeld als u nu en straks niets doet om werk te vinden.
ord-e15bb182 = Özel durumların olup olmadığı. İşe yakınsınız. O zaman size kural olarak karşılık hizmet (tegenprestatie) verilmez. Yalnızca özel durumlarda verilir; örneğin şimdi ve ileride iş bulmak için hiçbir şey yapmıyorsanız.

# oldenzaal · rule korte-afstand judgement ask
# nl: Ziet de gemeente een bijzondere reden om u toch een tegenprestatie te geven?
ord-be8fc6e6 = Belediye, size yine de karşılık hizmet (tegenprestatie) vermek için özel bir neden görüyor mu?

# oldenzaal · rule afstand-onbekend
# nl: In Oldenzaal hangt de tegenprestatie af van uw afstand tot werk. Die weten we niet.
ord-802527df = Oldenzaal'da karşılık hizmet (tegenprestatie), işe olan uzaklığınıza bağlıdır. Bunu bilmiyoruz.

# oldenzaal · rule afstand-onbekend judgement
# nl: Hoe ver u van betaald werk af staat. Kunt u binnen een jaar werken? Dan krijgt u in principe geen tegenprestatie. Anders kan de gemeente die wel opleggen.
ord-1109ed70 = Ücretli işe ne kadar uzak olduğunuz. Bir yıl içinde çalışabilir misiniz? O zaman size kural olarak karşılık hizmet (tegenprestatie) verilmez. Aksi halde belediye bu yükümlülüğü getirebilir.

# oldenzaal · rule afstand-onbekend judgement ask
# nl: Vindt de gemeente dat u niet binnen een jaar kunt werken?
ord-a00af480 = Belediye, bir yıl içinde çalışamayacağınızı düşünüyor mu?

# oldenzaal · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is. Het gaat om zorg die meer is dan gewone hulp in een gezin.
ord-7e972dc2 = Verdiğiniz yakın bakımının (mantelzorg) gerçekten gerekli olup olmadığı. Burada kastedilen, bir aile içindeki olağan yardımdan daha fazlası olan bakımdır.

# oldenzaal · rule maatschappelijke-activiteit-meewegen
# nl: De gemeente moet rekening houden met uw vrijwilligerswerk of mantelzorg.
ord-d4dee59b = Belediye, gönüllü çalışmanızı (vrijwilligerswerk) veya yakın bakımınızı (mantelzorg) dikkate almak zorundadır.

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement
# nl: Of uw vrijwilligerswerk of mantelzorg telt als tegenprestatie, of dat u minder uren hoeft te doen. De gemeente kijkt naar hoe lang en hoeveel u het doet.
ord-ae100a99 = Gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayılıp sayılmadığı ya da daha az saat yapmanızın yeterli olup olmadığı. Belediye, bunu ne kadar süredir ve ne kadar çok yaptığınıza bakar.

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk of mantelzorg telt als tegenprestatie?
ord-8669a918 = Belediye, gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayıldığını düşünüyor mu?

# oldenzaal · info 1
# nl: Zoek eerst zelf een passende tegenprestatie. Doet u dat niet? Dan kiest de gemeente het werk.
ord-69eb3388 = Önce kendiniz uygun bir karşılık hizmet (tegenprestatie) arayın. Bunu yapmıyor musunuz? O zaman işi belediye seçer.

# oldenzaal · info 2
# nl: Is er geen geschikt werk? Dan krijgt u geen tegenprestatie. De gemeente kijkt binnen 6 maanden opnieuw.
ord-22488bc4 = Uygun bir iş yok mu? O zaman size karşılık hizmet (tegenprestatie) verilmez. Belediye 6 ay içinde yeniden bakar.

# oldenzaal · info 3
# nl: Weigert u de tegenprestatie? Dan bepaalt de gemeente per persoon hoeveel en hoe lang de uitkering lager wordt. Dat gaat volgens de Maatregelenverordening.
ord-670cd827 = Karşılık hizmeti (tegenprestatie) reddediyor musunuz? O zaman belediye, ödeneğin (uitkering) ne kadar ve ne kadar süreyle düşürüleceğine her kişi için ayrı karar verir. Bu, Maatregelenverordening'e göre yapılır.

# oldenzaal · milestone geen-werk-opnieuw-bekijken
# nl: Geen tegenprestatie omdat er geen passend werk is? Dan kijkt de gemeente uiterlijk op deze dag opnieuw of er wel werk is.
ord-ff03b5c2 = Uygun iş olmadığı için karşılık hizmet (tegenprestatie) yok mu? O zaman belediye en geç bu tarihte iş olup olmadığına yeniden bakar.

# overbetuwe · assignment omvang-en-duur
# nl: 4 tot 8 uur per week, 2 tot 6 maanden achter elkaar, minstens één keer per jaar.
ord-5f89dc5c = Haftada 4 ile 8 saat arası, art arda 2 ile 6 ay arası, yılda en az bir kez.

# overbetuwe · assignment omvang-en-duur renewal
# nl: De gemeente geeft minstens één keer per kalenderjaar een tegenprestatie. Meer dan 8 uur per week mag alleen als u en de gemeente het allebei willen.
ord-23c4ae52 = Belediye her takvim yılında en az bir kez karşılık hizmet (tegenprestatie) verir. Haftada 8 saatten fazlasına yalnızca siz ve belediye ikiniz de bunu istiyorsanız izin verilir.

# overbetuwe · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-66613b78 = Haftada en az 4 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# overbetuwe · rule re-integratietraject
# nl: U doet mee aan activiteiten van een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-05a7741a = Bir işe dönüş programının (re-integratietraject) etkinliklerine katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# overbetuwe · rule mantelzorg-8-uur-of-3-maanden
# nl: U geeft mantelzorg: minstens 8 uur per week, of al langer dan 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-efb94cdd = Yakın bakımı (mantelzorg) veriyorsunuz: haftada en az 8 saat veya 3 aydan daha uzun süredir. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# overbetuwe · rule parttime-20-uur
# nl: U werkt minstens 20 uur per week in een parttime baan. Dan hoeft u geen tegenprestatie te doen.
ord-1e2beed2 = Yarı zamanlı bir işte haftada en az 20 saat çalışıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# overbetuwe · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder met vrijstelling voor de zorg voor een kind tot 5 jaar. Dan hoeft u geen tegenprestatie te doen.
ord-7beb18a3 = 5 yaşına kadar bir çocuğun bakımı için muafiyeti olan tek ebeveynsiniz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# overbetuwe · rule blijvend-arbeidsongeschikt
# nl: U bent blijvend arbeidsongeschikt. Dan hoeft u geen tegenprestatie te doen.
ord-ea1ac3a0 = Kalıcı olarak çalışamaz durumdasınız. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# overbetuwe · practice 1
# nl: Voorbeelden uit de praktijk in Overbetuwe: de tuin van de buren onderhouden, boodschappen doen voor een oudere, iemand gezelschap houden.
ord-d46057dd = Overbetuwe'den uygulama örnekleri: komşuların bahçesinin bakımını yapmak, yaşlı biri için alışveriş yapmak, birine arkadaşlık etmek.

# overbetuwe · practice 2
# nl: In Overbetuwe klopt de praktijk met de verordening: wie vrijwilligerswerk doet, is vrijgesteld. In de praktijk krijgt u een formulier en wordt binnen 2 weken een antwoord verwacht.
ord-fde19779 = Overbetuwe'de uygulama yönetmelikle (verordening) uyuşuyor: gönüllü çalışma (vrijwilligerswerk) yapan kişi muaftır. Uygulamada size bir form verilir ve 2 hafta içinde bir yanıt beklenir.

# participatiewet-2027 · rules not known name
# nl: de Participatiewet in balans
ord-3f9d2dff = Participatiewet in balans yasası

# participatiewet-2027 · rules not known summary
# nl: Vanaf 1 januari 2027 vervangt de wet de tegenprestatie door maatschappelijke participatie.
ord-70eb5947 = 1 januari 2027 tarihinden itibaren yasa, karşılık hizmetin (tegenprestatie) yerine topluma katılımı (maatschappelijke participatie) getiriyor.

# participatiewet · rule jonger-dan-18
# nl: De tegenprestatie geldt pas vanaf 18 jaar. U bent jonger dan 18.
ord-c343a7ea = Karşılık hizmet (tegenprestatie) ancak 18 yaşından itibaren geçerlidir. Siz 18 yaşından küçüksünüz.

# participatiewet · rule pensioenleeftijd
# nl: De tegenprestatie stopt als u de AOW-leeftijd heeft bereikt.
ord-3e007443 = Devlet emekli aylığı (AOW) yaşına ulaştığınızda karşılık hizmet (tegenprestatie) sona erer.

# participatiewet · rule geen-uitkering
# nl: De plicht begint op de dag dat u zich meldt om een uitkering aan te vragen. U krijgt geen uitkering, dus de plicht geldt niet voor u. Heeft u wel een uitkering aangevraagd? Dan geldt de plicht al vanaf de dag dat u zich meldde.
ord-bcbd2b92 = Yükümlülük, ödenek (uitkering) istemek için kayıt yaptırdığınız gün başlar. Ödenek almıyorsunuz, yani yükümlülük sizin için geçerli değil. Ama ödenek için başvuru yaptınız mı? O zaman yükümlülük, kayıt yaptırdığınız günden itibaren zaten geçerlidir.

# participatiewet · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Vraag de gemeente of de tegenprestatie dan voor u geldt.
ord-432b7e57 = Yalnızca özel sosyal yardım (bijzondere bijstand) alıyorsunuz. Karşılık hizmetin (tegenprestatie) o zaman sizin için geçerli olup olmadığını belediyeye sorun.

# participatiewet · rule alleen-bijzondere-bijstand judgement
# nl: Of de tegenprestatie ook geldt als u alleen bijzondere bijstand krijgt. De wet maakt voor bijzondere bijstand geen uitzondering. Maar de wet zegt ook niet duidelijk dat de plicht dan geldt. Vraag het uw gemeente.
ord-751a6598 = Yalnızca özel sosyal yardım (bijzondere bijstand) aldığınızda da karşılık hizmetin (tegenprestatie) geçerli olup olmadığı. Yasa, özel sosyal yardım için bir istisna yapmıyor. Ama yasa, yükümlülüğün o zaman geçerli olduğunu da açıkça söylemiyor. Belediyenize sorun.

# participatiewet · rule alleen-bijzondere-bijstand judgement ask
# nl: Vindt de gemeente dat de plicht niet geldt als u alleen bijzondere bijstand krijgt?
ord-37f958e8 = Belediye, yalnızca özel sosyal yardım (bijzondere bijstand) aldığınızda yükümlülüğün geçerli olmadığını düşünüyor mu?

# participatiewet · rule plicht-tegenprestatie
# nl: Met een uitkering moet u onbetaald nuttig werk doen als de gemeente dat vraagt. Dat heet de tegenprestatie. Het werk past bij wat u kunt. Het mag geen betaalde baan vervangen.
ord-d4f7352d = Ödenek (uitkering) alıyorsanız, belediye isterse ücretsiz ve yararlı bir iş yapmak zorundasınız. Buna karşılık hizmet (tegenprestatie) denir. İş, yapabileceklerinize uygundur. İşin, ücretli bir işin yerini almasına izin verilmez.

# participatiewet · rule ioaw-ioaz
# nl: Voor een IOAW- of IOAZ-uitkering geldt dezelfde plicht als voor bijstand.
ord-21369307 = IOAW veya IOAZ ödeneği (uitkering) için, sosyal yardım (bijstand) için olanla aynı yükümlülük geçerlidir.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt
# nl: U kunt volledig en blijvend niet werken. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-2199aa1c = Tamamen ve kalıcı olarak çalışamıyorsunuz. O zaman karşılık hizmet (tegenprestatie) sizin için geçerli değildir. Bu, yasada yazar.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz
# nl: U kunt volledig en blijvend niet werken, en u heeft een IOAW- of IOAZ-uitkering. De gemeente beslist of u dan vrij bent.
ord-6762a44b = Tamamen ve kalıcı olarak çalışamıyorsunuz ve IOAW veya IOAZ ödeneği (uitkering) alıyorsunuz. O zaman muaf olup olmadığınıza belediye karar verir.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement
# nl: Of u met een IOAW- of IOAZ-uitkering vrij bent omdat u volledig en blijvend niet kunt werken. De wet regelt dat alleen voor bijstand. De gemeente kan u bij dringende redenen wel een tijd vrijstellen. En zij moet de tegenprestatie afstemmen op wat u kunt.
ord-f01ec180 = Tamamen ve kalıcı olarak çalışamadığınız için IOAW veya IOAZ ödeneğiyle (uitkering) muaf olup olmadığınız. Yasa bunu yalnızca sosyal yardım (bijstand) için düzenliyor. Ama belediye, acil nedenler varsa sizi bir süre muaf tutabilir. Ayrıca belediye, karşılık hizmeti (tegenprestatie) yapabileceklerinize göre ayarlamak zorundadır.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement ask
# nl: Stelt de gemeente u vrij omdat u blijvend niet kunt werken?
ord-0cb8212f = Belediye, kalıcı olarak çalışamadığınız için sizi muaf tutuyor mu?

# participatiewet · rule alleenstaande-ouder-ontheffing
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken, omdat u zorgt voor een kind jonger dan 5 jaar. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-930fbd32 = Tek ebeveynsiniz ve 5 yaşından küçük bir çocuğa baktığınız için belediye sizi çalışma yükümlülüğünden muaf tuttu. O zaman karşılık hizmet (tegenprestatie) sizin için geçerli değildir. Bu, yasada yazar.

# participatiewet · rule dringende-redenen
# nl: Bij dringende redenen kan de gemeente u een tijdje vrijstellen. Dat beslist de gemeente per persoon.
ord-dcc3941a = Acil nedenler varsa belediye sizi bir süre muaf tutabilir. Buna belediye her kişi için ayrı karar verir.

# participatiewet · rule dringende-redenen judgement
# nl: Of uw dringende redenen, zoals zorgtaken, genoeg zijn om u een tijd vrij te stellen. De gemeente kijkt naar uw situatie.
ord-46a30b06 = Bakım görevleri gibi acil nedenlerinizin, sizi bir süre muaf tutmak için yeterli olup olmadığı. Belediye durumunuza bakar.

# participatiewet · rule dringende-redenen judgement ask
# nl: Vindt de gemeente uw redenen dringend genoeg om u een tijd vrij te stellen?
ord-07a4253a = Belediye, nedenlerinizi sizi bir süre muaf tutmak için yeterince acil buluyor mu?

# participatiewet · rule naar-vermogen
# nl: U zegt dat u door uw situatie blijvend geen tegenprestatie kunt doen. De wet geeft daarvoor geen vrijstelling, maar de gemeente moet rekening houden met wat u kunt.
ord-6822ac31 = Durumunuz nedeniyle kalıcı olarak karşılık hizmet (tegenprestatie) yapamayacağınızı söylüyorsunuz. Yasa bunun için bir muafiyet tanımıyor, ama belediye yapabileceklerinizi dikkate almak zorundadır.

# participatiewet · rule naar-vermogen judgement
# nl: Wat u nog kunt. De gemeente moet de tegenprestatie aanpassen aan wat u kunt: minder uren, ander werk, of helemaal geen opdracht.
ord-96fb1c86 = Hâlâ neler yapabildiğiniz. Belediye, karşılık hizmeti (tegenprestatie) yapabileceklerinize göre ayarlamak zorundadır: daha az saat, başka bir iş ya da hiç görev vermemek.

# participatiewet · rule naar-vermogen judgement ask
# nl: Vindt de gemeente dat u toch een tegenprestatie kunt doen?
ord-8209d902 = Belediye, yine de bir karşılık hizmet (tegenprestatie) yapabileceğinizi düşünüyor mu?

# participatiewet · info 1
# nl: U mag zeggen wat voor werk u wilt doen. De gemeente moet dat meewegen, maar beslist zelf.
ord-5c4c4aaf = Ne tür bir iş yapmak istediğinizi söyleme hakkınız vardır. Belediye bunu dikkate almak zorundadır, ama kararı kendisi verir.

# participatiewet · info 2
# nl: De gemeente moet duidelijk opschrijven welk werk u moet doen. 32 uur per week of meer is te veel voor een tegenprestatie.
ord-68ed0f30 = Belediye, hangi işi yapmanız gerektiğini açıkça yazmak zorundadır. Haftada 32 saat veya daha fazlası, bir karşılık hizmet (tegenprestatie) için çok fazladır.

# participatiewet · info 3
# nl: Doet u de tegenprestatie niet? Dan kan de gemeente uw uitkering een tijd verlagen.
ord-9d68d2f7 = Karşılık hizmeti (tegenprestatie) yapmıyor musunuz? O zaman belediye ödeneğinizi (uitkering) bir süre düşürebilir.

# participatiewet · info 4
# nl: Bent u het niet eens met het besluit van de gemeente? Dan kunt u bezwaar maken, en daarna naar de rechter.
ord-bbe49113 = Belediyenin kararına katılmıyor musunuz? O zaman itiraz (bezwaar) edebilir, sonra da mahkemeye gidebilirsiniz.

# participatiewet · pension age
# nl: De AOW-leeftijd verschilt per jaar. Tot en met 2025 staat die in de wet. Voor de jaren daarna maakt de minister de AOW-leeftijd vijf jaar van tevoren bekend. Wij rekenen met de AOW-leeftijd voor de datum van de check.
ord-fa058ce2 = Devlet emekli aylığı (AOW) yaşı yıldan yıla değişir. 2025 yılına kadar (2025 dahil) bu yaş yasada yazar. Sonraki yıllar için AOW yaşını bakan beş yıl önceden duyurur. Biz, kontrol tarihinde geçerli olan AOW yaşıyla hesaplıyoruz.

# participatiewet · merger rule
# nl: Na een samenvoeging van gemeenten gelden de regels van de oude gemeente nog hoogstens twee jaar. Ze gelden dan alleen in het gebied van de oude gemeente. De nieuwe gemeente kan ze eerder laten stoppen of vervangen door eigen regels.
ord-a92f4df5 = Belediyeler birleştikten sonra eski belediyenin kuralları en fazla iki yıl daha geçerlidir. Bu kurallar o zaman yalnızca eski belediyenin bölgesinde geçerlidir. Yeni belediye bu kuralları daha önce sona erdirebilir veya kendi kurallarıyla değiştirebilir.

# rheden · assignment omvang-en-duur
# nl: Gemiddeld 4 uur per week. In totaal 52 tot 208 uur per jaar.
ord-d4e26532 = Haftada ortalama 4 saat. Toplamda yılda 52 ile 208 saat arası.

# rheden · rule parttime-20-uur
# nl: U doet minstens 20 uur per week betaald werk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-7abc76c2 = Haftada en az 20 saat ücretli çalışıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rheden · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-20f7f2b4 = Haftada en az 4 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rheden · rule mantelzorg-4-uur
# nl: U doet minstens 4 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-818c7a23 = Haftada en az 4 saat yakın bakımı (mantelzorg) veriyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rotterdam · assignment omvang-en-duur
# nl: Hoogstens 20 uur per week, minder als u niet meer kunt. De tegenprestatie heeft geen einddatum.
ord-be796a04 = Haftada en fazla 20 saat; daha fazlasını yapamıyorsanız daha az. Karşılık hizmetin (tegenprestatie) bitiş tarihi yoktur.

# rotterdam · assignment omvang-en-duur renewal
# nl: Na minstens 6 maanden kan de gemeente samen met u een andere tegenprestatie kiezen, die past bij uw ontwikkeling.
ord-8ad24553 = En az 6 ay sonra belediye sizinle birlikte, gelişiminize uygun başka bir karşılık hizmet (tegenprestatie) seçebilir.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-20-uur
# nl: In Rotterdam telt vrijwilligerswerk en mantelzorg als tegenprestatie. U doet samen 20 uur of meer per week. Daarmee doet u al de tegenprestatie.
ord-5d3644cb = Rotterdam'da gönüllü çalışma (vrijwilligerswerk) ve yakın bakımı (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayılır. Bunları toplamda haftada 20 saat veya daha fazla yapıyorsunuz. Bununla karşılık hizmeti zaten yapıyorsunuz.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen
# nl: Uw vrijwilligerswerk of mantelzorg telt als tegenprestatie. U doet minder dan 20 uur per week.
ord-ea7979e2 = Gönüllü çalışmanız (vrijwilligerswerk) veya yakın bakımınız (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayılır. Haftada 20 saatten az yapıyorsunuz.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement
# nl: Of uw uren vrijwilligerswerk of mantelzorg genoeg zijn. De norm is 20 uur per week, of minder als u niet meer kunt.
ord-da3ac9bc = Gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) saatlerinizin yeterli olup olmadığı. Ölçü haftada 20 saattir; daha fazlasını yapamıyorsanız daha azdır.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement ask
# nl: Vindt de gemeente uw uren vrijwilligerswerk of mantelzorg genoeg?
ord-bd75ebad = Belediye, gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) saatlerinizi yeterli buluyor mu?

# rotterdam · rule ontheffing-individuele-omstandigheden
# nl: De gemeente kan u vrijstellen als uw situatie daar een reden voor is.
ord-143a3e07 = Durumunuz bunun için bir neden oluşturuyorsa belediye sizi muaf tutabilir.

# rotterdam · rule ontheffing-individuele-omstandigheden judgement
# nl: Of uw situatie een reden is om u vrij te stellen.
ord-f35dd142 = Durumunuzun, sizi muaf tutmak için bir neden olup olmadığı.

# rotterdam · rule naast-re-integratie
# nl: Ook als u een re-integratietraject volgt, kan de gemeente u een tegenprestatie geven.
ord-4efc132f = Bir işe dönüş programına (re-integratietraject) katılsanız da belediye size karşılık hizmet (tegenprestatie) verebilir.

# rotterdam · info 1
# nl: U kiest zelf hoe u de tegenprestatie doet. De gemeente helpt als dat nodig is. Doet u niet op tijd een voorstel? Dan kan de gemeente een maatregel opleggen.
ord-0b5af334 = Karşılık hizmeti (tegenprestatie) nasıl yapacağınızı kendiniz seçersiniz. Gerekirse belediye yardım eder. Zamanında bir öneri sunmuyor musunuz? O zaman belediye bir yaptırım (maatregel) uygulayabilir.

# rotterdam · info 2
# nl: Dit telt als tegenprestatie: vrijwilligerswerk, mantelzorg, ander nuttig werk, een taaltraining of beweegtraining, en werken aan persoonlijke problemen zodat u daarna iets anders kunt doen.
ord-de11ab3c = Şunlar karşılık hizmet (tegenprestatie) olarak sayılır: gönüllü çalışma (vrijwilligerswerk), yakın bakımı (mantelzorg), başka yararlı işler, bir dil kursu veya egzersiz kursu ve daha sonra başka bir şey yapabilmeniz için kişisel sorunlarınız üzerinde çalışmak.

# rotterdam · practice 1
# nl: In de praktijk wil Rotterdam dat u binnen twee maanden iets vindt. Lukt dat niet, dan helpt de gemeente met tips.
ord-7e1d2132 = Uygulamada Rotterdam, iki ay içinde bir şey bulmanızı ister. Bulamazsanız belediye önerilerle yardım eder.

# rotterdam · practice 2
# nl: In de praktijk begint de gemeente vaak met minder dan 20 uur. 'Naar vermogen' weegt zwaar.
ord-a39c2054 = Uygulamada belediye çoğu zaman 20 saatten daha azıyla başlar. 'Yapabildiğiniz kadar' (naar vermogen) büyük ağırlık taşır.

# rotterdam · practice 3
# nl: In de praktijk vraagt Rotterdam de tegenprestatie vooral van mensen die geen re-integratietraject krijgen.
ord-4b82d0a7 = Uygulamada Rotterdam karşılık hizmeti (tegenprestatie) en çok, işe dönüş programı (re-integratietraject) verilmeyen kişilerden ister.

# rotterdam · milestone andere-invulling
# nl: Vanaf deze dag kan de gemeente samen met de klant een andere tegenprestatie kiezen, gericht op persoonlijke ontwikkeling.
ord-2806f070 = Bu günden itibaren belediye, ilgili kişiyle birlikte kişisel gelişime yönelik başka bir karşılık hizmet (tegenprestatie) seçebilir.

# rsd-de-liemers · municipality rijnwaarden since
# nl: Sinds 2018 deel van Zevenaar.
ord-092b24b6 = 2018'den beri Zevenaar'ın bir parçası.

# rsd-de-liemers · assignment omvang-en-duur
# nl: Minstens 2 uur per week, minstens 3 maanden per jaar.
ord-2d4a6ff8 = Haftada en az 2 saat, yılda en az 3 ay.

# rsd-de-liemers · variant met-een-beperking
# nl: U heeft een beperking. Dan doet u zoveel als u kunt. Er is geen minimum aantal uren.
ord-da2580f0 = Sizi kısıtlayan bir durumunuz (beperking) var. O zaman yapabildiğiniz kadar yaparsınız. Saat için bir alt sınır yoktur.

# rsd-de-liemers · rule parttime-werk
# nl: U werkt parttime. Dan hoeft u geen tegenprestatie te doen.
ord-b696362b = Yarı zamanlı çalışıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rsd-de-liemers · rule sociale-activering
# nl: U doet mee aan sociale activering. Dan hoeft u geen tegenprestatie te doen.
ord-7e6fdf6d = Sosyal etkinleştirmeye (sociale activering) katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rsd-de-liemers · rule re-integratietraject
# nl: U doet mee aan een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-19d1be4a = Bir işe dönüş programına (re-integratietraject) katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rsd-de-liemers · rule toekomstatelier-of-groepstraining
# nl: U doet mee aan het Toekomstatelier of een andere groepstraining. Dan hoeft u geen tegenprestatie te doen.
ord-5d5e1606 = Toekomstatelier'e veya başka bir grup eğitimine katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rsd-de-liemers · rule mantelzorg-8-uur-3-maanden
# nl: U geeft minstens 8 uur per week mantelzorg, al minstens 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-472c885b = En az 3 aydır, haftada en az 8 saat yakın bakımı (mantelzorg) veriyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rsd-de-liemers · rule vrijwilligerswerk-2-uur-3-maanden
# nl: U doet minstens 2 uur per week vrijwilligerswerk, minstens 3 maanden per jaar. Dan hoeft u geen tegenprestatie te doen.
ord-2c145655 = Yılda en az 3 ay, haftada en az 2 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan
# nl: U heeft een beperking en u doet al onbetaald vrijwilligerswerk. Als dat past bij wat u kunt, doet u daarmee de tegenprestatie al.
ord-b078cc3b = Sizi kısıtlayan bir durumunuz (beperking) var ve zaten ücretsiz gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Bu, yapabileceklerinize uygunsa, bununla karşılık hizmeti (tegenprestatie) zaten yapıyorsunuz.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement
# nl: Of het werk dat u nu doet past bij wat u kunt. Dan telt het als tegenprestatie. De gemeente beoordeelt dat.
ord-c9d6d857 = Şu anda yaptığınız işin yapabileceklerinize uygun olup olmadığı. Uygunsa karşılık hizmet (tegenprestatie) olarak sayılır. Bunu belediye değerlendirir.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk past bij wat u kunt?
ord-2a201dab = Belediye, gönüllü çalışmanızın (vrijwilligerswerk) yapabileceklerinize uygun olduğunu düşünüyor mu?

# rsd-de-liemers · practice 1
# nl: In de praktijk is vrijwilligerswerk hier juist de tegenprestatie. De dienst let vooral op óf u iets doet: anderhalf uur per week wordt ook goedgekeurd.
ord-327f15cb = Uygulamada burada aksine gönüllü çalışma (vrijwilligerswerk) karşılık hizmetin (tegenprestatie) kendisidir. Kurum en çok bir şey yapıp yapmadığınıza bakar: haftada bir buçuk saat de kabul edilir.

# rsd-de-liemers · practice 2
# nl: In de praktijk kreeg u ongeveer 8 weken om zelf iets te vinden na de brief van de dienst.
ord-daa62d41 = Uygulamada, kurumun mektubundan sonra kendiniz bir şey bulmanız için size yaklaşık 8 hafta verildi.

# schagen · assignment omvang-en-duur
# nl: 2 tot 8 uur per week, 3 tot 6 maanden.
ord-eb0c515d = Haftada 2 ile 8 saat arası, 3 ile 6 ay arası.

# schagen · variant minder-als-het-niet-kan
# nl: Kunt u het minimum niet halen? Dan kan de gemeente minder vragen: minder uren of minder maanden.
ord-b68498b1 = Alt sınıra ulaşamıyor musunuz? O zaman belediye daha azını isteyebilir: daha az saat veya daha az ay.

# schagen · rule uitstromer
# nl: U hoort bij de uitstromers: u werkt aan betaald werk. Dan krijgt u geen tegenprestatie.
ord-d881dffb = 'Uitstromer' grubundasınız: ücretli iş bulmaya çalışıyorsunuz. O zaman size karşılık hizmet (tegenprestatie) verilmez.

# schagen · rule re-integratievoorziening
# nl: U gebruikt een re-integratievoorziening. Dan richt u zich op betaald werk en krijgt u geen tegenprestatie.
ord-313b09a6 = Bir işe dönüş hizmetinden (re-integratievoorziening) yararlanıyorsunuz. O zaman ücretli işe odaklanırsınız ve size karşılık hizmet (tegenprestatie) verilmez.

# schagen · rule groeier-of-blijver
# nl: U hoort bij de groeiers of blijvers en u volgt geen re-integratie. Dan kan de gemeente u een tegenprestatie geven.
ord-63eac5e7 = 'Groeier' veya 'blijver' grubundasınız ve işe dönüş çalışmalarına (re-integratie) katılmıyorsunuz. O zaman belediye size karşılık hizmet (tegenprestatie) verebilir.

# schagen · rule doelgroep-onbekend
# nl: In Schagen hangt de tegenprestatie af van uw groep. Uitstromers krijgen er geen.
ord-febe03e4 = Schagen'de karşılık hizmet (tegenprestatie), hangi grupta olduğunuza bağlıdır. 'Uitstromer' grubundakilere verilmez.

# schagen · rule doelgroep-onbekend judgement
# nl: Bij welke groep u hoort: uitstromer, groeier of blijver. De gemeente deelt u in.
ord-0000805b = Hangi grupta olduğunuz: uitstromer, groeier veya blijver. Hangi gruba gireceğinize belediye karar verir.

# schagen · rule doelgroep-onbekend judgement ask
# nl: Hoort u volgens de gemeente bij de groeiers of blijvers?
ord-84e974d2 = Belediyeye göre 'groeier' veya 'blijver' grubunda mısınız?

# schagen · rule respijtzorg
# nl: U neemt als vrijwilliger de zorg even over van een mantelzorger (respijtzorg). Dan krijgt u geen tegenprestatie.
ord-518e64e1 = Gönüllü olarak, yakın bakımı veren birinin (mantelzorger) bakım işini kısa bir süre üstleniyorsunuz (respijtzorg). O zaman size karşılık hizmet (tegenprestatie) verilmez.

# schagen · rule eigen-initiatief-telt
# nl: Wat u uit uzelf doet voor de samenleving, zoals vrijwilligerswerk, telt als tegenprestatie. U doet minstens 2 uur per week: het minimum.
ord-10022822 = Toplum için kendi isteğinizle yaptığınız şeyler, örneğin gönüllü çalışma (vrijwilligerswerk), karşılık hizmet (tegenprestatie) olarak sayılır. Haftada en az 2 saat yapıyorsunuz: bu, alt sınırdır.

# schagen · rule eigen-initiatief-minder-dan-minimum
# nl: Uw vrijwilligerswerk telt als tegenprestatie, maar u doet minder dan het minimum van 2 uur per week.
ord-cf87a0e5 = Gönüllü çalışmanız (vrijwilligerswerk) karşılık hizmet (tegenprestatie) olarak sayılır, ama haftada 2 saatlik alt sınırdan daha az yapıyorsunuz.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement
# nl: Of minder dan 2 uur per week genoeg is. Dat kan als u het minimum niet kunt halen.
ord-2404c893 = Haftada 2 saatten azının yeterli olup olmadığı. Alt sınıra ulaşamıyorsanız bu mümkündür.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement ask
# nl: Vindt de gemeente minder dan 2 uur per week genoeg voor u?
ord-a6b37173 = Belediye, sizin için haftada 2 saatten azını yeterli buluyor mu?

# schagen · rule parttime-baan
# nl: U heeft een parttime baan. Volgens de samenvattende tabel hoeft u dan geen tegenprestatie te doen.
ord-4f891104 = Yarı zamanlı bir işiniz var. Özet tabloya göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# schagen · rule parttime-baan judgement
# nl: Of uw parttime baan u vrijstelt. De samenvattende tabel zegt ja, maar de beschrijving van de verordening noemt parttime werk niet. Vraag het de gemeente.
ord-0ed30a1f = Yarı zamanlı işinizin sizi muaf kılıp kılmadığı. Özet tablo evet diyor, ama yönetmeliğin (verordening) açıklaması yarı zamanlı işten söz etmiyor. Belediyeye sorun.

# schagen · practice 1
# nl: In de praktijk kan de tegenprestatie in Schagen langer duren dan 6 maanden, als u door wilt. De gemeente kijkt dan of u op een andere plek verder kunt. De omvang is hoogstens twee dagdelen per week.
ord-847e8cd7 = Uygulamada Schagen'de karşılık hizmet (tegenprestatie), devam etmek isterseniz 6 aydan uzun sürebilir. Belediye o zaman başka bir yerde devam edip edemeyeceğinize bakar. Kapsamı haftada en fazla iki yarım gündür (dagdeel).

# stichtse-vecht · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 6 maanden per jaar.
ord-2932fa1d = Haftada 8 ile 16 saat arası, yılda 6 ay.

# stichtse-vecht · rule vrijwilligerswerk
# nl: U doet vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-cd6ac6aa = Gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# stichtse-vecht · rule mantelzorg
# nl: U geeft mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-eaed952e = Yakın bakımı (mantelzorg) veriyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# urk · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 2 keer 6 weken per jaar.
ord-ff15376e = Haftada 8 ile 16 saat arası, yılda 2 kez 6 hafta.

# weesp · municipality weesp since
# nl: Sinds 2022 deel van Amsterdam.
ord-1cbc5791 = 2022'den beri Amsterdam'ın bir parçası.

# weesp · replaced by
# nl: In die regels staat: de gemeente mag onbetaald werk dat u al doet en dat nuttig is voor de samenleving, laten tellen als tegenprestatie. En de gemeente mag de tegenprestatie vragen aan mensen die nu geen kans op werk hebben en geen hulp naar werk krijgen. Er staat 'vragen', niet 'verplichten'. Die regels gelden ook terug tot 1 januari 2020. Deze check kent alleen dit deel van die regels. Hoeveel uur en hoe lang, weet de check niet.
ord-0edafa56 = Bu kurallarda şu yazar: belediye, zaten yaptığınız ve toplum için yararlı olan ücretsiz bir işi karşılık hizmet (tegenprestatie) olarak sayabilir. Ayrıca belediye, şu anda iş bulma şansı olmayan ve işe yönelik yardım almayan kişilerden karşılık hizmet isteyebilir. Orada 'istemek' (vragen) yazıyor, 'zorunlu kılmak' (verplichten) değil. Bu kurallar geriye dönük olarak 1 januari 2020 tarihinden itibaren de geçerlidir. Bu kontrol, bu kuralların yalnızca bu kısmını biliyor. Kaç saat ve ne kadar süre olduğunu bu kontrol bilmiyor.

# werkplein-helmond · assignment omvang-en-duur
# nl: Minstens 8 uur per week, minstens 6 maanden per jaar. Wat u moet doen past bij wat u kunt.
ord-8ab53edf = Haftada en az 8 saat, yılda en az 6 ay. Yapmanız gereken iş, yapabileceklerinize uygundur.

# werkplein-helmond · rule mantelzorg-8-uur
# nl: U geeft minstens 8 uur per week mantelzorg. Dan hoeft u geen tegenprestatie te doen.
ord-ab543c48 = Haftada en az 8 saat yakın bakımı (mantelzorg) veriyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# werkplein-helmond · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-906e54f4 = Haftada en az 8 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# werkplein-helmond · rule wmo-begeleiding
# nl: U krijgt via de gemeente begeleiding (Wmo), alleen of in een groep. Dan hoeft u geen tegenprestatie te doen.
ord-24f60ef1 = Belediye aracılığıyla, tek başınıza veya bir grupta destek (begeleiding, Wmo) alıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

# werkplein-helmond · info 1
# nl: De gemeente verwacht dat u zelf met voorstellen komt. Als dat nodig is, krijgt u hulp.
ord-ae7bba58 = Belediye sizden kendi önerilerinizle gelmenizi bekler. Gerekirse size yardım edilir.

# werkplein-helmond · info 2
# nl: Dit telt als tegenprestatie: nuttig werk voor de samenleving, een taaltraining of beweegtraining, een activeringsprogramma, of minstens 8 uur per week werken aan persoonlijke problemen.
ord-e542c13a = Şunlar karşılık hizmet (tegenprestatie) olarak sayılır: toplum için yararlı işler, bir dil kursu veya egzersiz kursu, bir etkinleştirme programı ya da haftada en az 8 saat kişisel sorunlarınız üzerinde çalışmak.

# werkplein-helmond · practice 1
# nl: In de praktijk vraagt de gemeente niet altijd 8 uur per week. 4 uur serieus werken kan ook goed zijn, ook al zegt de verordening 8 uur.
ord-c97a6ae1 = Uygulamada belediye her zaman haftada 8 saat istemez. Yönetmelik (verordening) 8 saat dese de, 4 saat ciddi şekilde çalışmak da uygun olabilir.

# werkplein-helmond · practice 2
# nl: In de praktijk telt vrijwilligerswerk vaak juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-13fe6b4f = Uygulamada gönüllü çalışma (vrijwilligerswerk) çoğu zaman aksine karşılık hizmet (tegenprestatie) olarak sayılır; sizi muaf tutmak için bir neden olarak sayılmaz.

# wijdemeren · assignment terugkerende-activiteit
# nl: 8 tot 16 uur per week, 6 maanden lang. Daarna 3 maanden rust, en dan opnieuw zolang u een uitkering heeft.
ord-214c3e85 = Haftada 8 ile 16 saat arası, 6 ay boyunca. Sonra 3 ay ara; ardından ödenek (uitkering) aldığınız sürece yeniden.

# wijdemeren · assignment terugkerende-activiteit renewal
# nl: Heeft u daarna nog een uitkering? Dan krijgt u 3 maanden na het einde opnieuw een tegenprestatie. De gemeente kan ook één keer een losse activiteit vragen.
ord-f2fc387c = Bundan sonra hâlâ ödenek (uitkering) alıyor musunuz? O zaman bitişten 3 ay sonra size yeniden karşılık hizmet (tegenprestatie) verilir. Belediye bir kez, tek seferlik bir etkinlik de isteyebilir.

# wijdemeren · rule vrijwilligerswerk-binnen-zes-maanden
# nl: U doet vrijwilligerswerk van minstens 8 uur per week. U begon daarmee binnen 6 maanden na de start van uw uitkering. Als het werk lijkt op een tegenprestatie, hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-77699b59 = Haftada en az 8 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Buna, ödeneğiniz (uitkering) başladıktan sonraki 6 ay içinde başladınız. Bu iş bir karşılık hizmete (tegenprestatie) benziyorsa, karşılık hizmet yapmak zorunda değilsiniz. Ama bunu kanıtlayabilmeniz gerekir.

# wijdemeren · rule vrijwilligerswerk-start-onbekend
# nl: Vrijwilligerswerk is een reden om u vrij te stellen als u ermee begon binnen 6 maanden na de start van uw uitkering.
ord-debd2906 = Gönüllü çalışmaya (vrijwilligerswerk) ödeneğiniz (uitkering) başladıktan sonraki 6 ay içinde başladıysanız, bu sizi muaf tutmak için bir nedendir.

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement
# nl: Of u met het vrijwilligerswerk begon binnen 6 maanden na de start van uw uitkering, en of het werk lijkt op een tegenprestatie. Vul in hoe lang u al een uitkering heeft; dan weten we het eerste.
ord-3024a6ad = Gönüllü çalışmaya (vrijwilligerswerk) ödeneğiniz (uitkering) başladıktan sonraki 6 ay içinde başlayıp başlamadığınız ve bu işin bir karşılık hizmete (tegenprestatie) benzeyip benzemediği. Ne kadar süredir ödenek aldığınızı yazın; o zaman ilkini biliriz.

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement ask
# nl: Begon uw vrijwilligerswerk op tijd, en lijkt het op een tegenprestatie?
ord-9fd20662 = Gönüllü çalışmanız (vrijwilligerswerk) zamanında mı başladı ve bir karşılık hizmete (tegenprestatie) benziyor mu?

# wijdemeren · practice 1
# nl: In de praktijk telt vrijwilligerswerk juist als tegenprestatie. Een losse activiteit komt niet voor: mensen krijgen een vaste plek bij een organisatie.
ord-c354f160 = Uygulamada gönüllü çalışma (vrijwilligerswerk) aksine karşılık hizmet (tegenprestatie) olarak sayılır. Tek seferlik etkinlik olmaz: insanlara bir kuruluşta sabit bir yer verilir.

# wijdemeren · practice 2
# nl: In de praktijk gaan veel mensen na 6 maanden gewoon door, zonder 3 maanden rust.
ord-1f235827 = Uygulamada birçok kişi 6 aydan sonra, 3 ay ara vermeden devam eder.

# wijdemeren · milestone volgende-periode
# nl: Nog steeds een uitkering? Dan draagt de gemeente op deze dag opnieuw een tegenprestatie op.
ord-87eb6e00 = Hâlâ ödenek (uitkering) alıyor musunuz? O zaman belediye bu tarihte size yeniden bir karşılık hizmet (tegenprestatie) görevi verir.

