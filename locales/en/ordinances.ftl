## The ordinances' texts, each under a name made from its Dutch words (i18n::text_key).
## Written from ordinances/*.toml by `BLESS=1 cargo test --test texts`: do not edit.
## A translation gives every name below, translated from the Dutch in the comment.

# berg-en-dal · assignment omvang-en-duur
# nl: Minstens 8 uur per week, 6 maanden per jaar.
ord-c0d6178a = At least 8 hours a week, 6 months a year.

# berg-en-dal · rule re-integratie
# nl: U doet mee aan een re-integratietraject. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-011b6d0e = You take part in a reintegration trajectory. According to the summary, you then do not have to do a tegenprestatie.

# berg-en-dal · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-99e04dd0 = You do at least 8 hours a week of volunteer work. According to the summary, you then do not have to do a tegenprestatie.

# berg-en-dal · rule mantelzorg-8-uur
# nl: U doet minstens 8 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-d04be0ef = You do at least 8 hours a week of informal care. According to the summary, you then do not have to do a tegenprestatie.

# bodegraven-reeuwijk · assignment omvang-en-duur
# nl: 4 tot 12 uur per week, 3 maanden per jaar.
ord-3f1331f6 = 4 to 12 hours a week, 3 months a year.

# bodegraven-reeuwijk · rule re-integratie-maatwerk
# nl: U doet mee aan een re-integratietraject. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-c939e913 = You take part in a reintegration trajectory. The summary calls this case by case: the municipality decides person by person.

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement
# nl: Of dit een reden is om u geen tegenprestatie te geven. De samenvatting zegt: maatwerk.
ord-ba0d357b = Whether this is a reason not to assign you a tegenprestatie. The summary says: case by case.

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw situatie een reden om geen tegenprestatie te vragen?
ord-0efcc1f9 = Does the municipality see your situation as a reason not to ask a tegenprestatie?

# bodegraven-reeuwijk · rule parttime-maatwerk
# nl: U heeft een parttime baan. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-9c62f33f = You have a part-time job. The summary calls this case by case: the municipality decides person by person.

# bodegraven-reeuwijk · rule vrijwilligerswerk-maatwerk
# nl: U doet vrijwilligerswerk. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-f1cd7537 = You do volunteer work. The summary calls this case by case: the municipality decides person by person.

# bodegraven-reeuwijk · rule mantelzorg-maatwerk
# nl: U geeft mantelzorg. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-8ce87d33 = You give informal care. The summary calls this case by case: the municipality decides person by person.

# haarlem · assignment omvang-en-duur
# nl: 2 tot 10 uur per week, 3 tot 5 maanden per jaar.
ord-a57d7742 = 2 to 10 hours a week, 3 to 5 months a year.

# hilversum · assignment omvang-en-duur
# nl: Minstens 12 uur per week, minstens 3 maanden per kalenderjaar. De gemeente past het aan aan wat u kunt.
ord-14d9a62c = At least 12 hours a week, at least 3 months per calendar year. The municipality fits it to what you can do.

# hilversum · rule arbeidsongeschikt-vrijgesteld
# nl: U bent door arbeidsongeschiktheid helemaal vrijgesteld van werk en re-integratie. Dan ziet Hilversum af van een tegenprestatie.
ord-c8d879e1 = Because of incapacity you are fully exempt from work and reintegration duties. Then Hilversum does not ask a tegenprestatie.

# hilversum · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken. Dan vraagt Hilversum geen tegenprestatie.
ord-01e69a80 = You are a single parent with an exemption. Then Hilversum does not ask a tegenprestatie.

# hilversum · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Dan ziet Hilversum af van een tegenprestatie.
ord-ba005e4f = You only receive special assistance. Then Hilversum does not ask a tegenprestatie.

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang
# nl: Doet u genoeg vrijwilligerswerk of mantelzorg? Dan ziet Hilversum af van een tegenprestatie.
ord-3925a3aa = If you do enough volunteer work or informal care, Hilversum does not ask a tegenprestatie.

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement
# nl: Of uw vrijwilligerswerk of mantelzorg groot genoeg is. De verordening noemt geen aantal uren: 'van een bepaalde omvang'.
ord-ce2b5e9a = Whether your volunteer work or informal care is substantial enough. The ordinance names no number of hours: 'of a certain size'.

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement ask
# nl: Vindt de gemeente dat u genoeg vrijwilligerswerk of mantelzorg doet?
ord-79b876af = Does the municipality find you do enough volunteer work or informal care?

# hilversum · rule re-integratie-maatwerk
# nl: Bij een re-integratietraject kijkt de gemeente per persoon.
ord-80aabca8 = For a reintegration trajectory the municipality decides person by person.

# hilversum · rule re-integratie-maatwerk judgement
# nl: Of uw re-integratietraject een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-08caed69 = Whether your reintegration trajectory is a reason not to ask a tegenprestatie. This is decided case by case.

# hilversum · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw re-integratietraject een reden om geen tegenprestatie te vragen?
ord-d4a439b8 = Does the municipality see your reintegration trajectory as a reason not to ask a tegenprestatie?

# hilversum · rule parttime-maatwerk
# nl: Bij een parttime baan kijkt de gemeente per persoon.
ord-2b660161 = For a part-time job the municipality decides person by person.

# hilversum · rule parttime-maatwerk judgement
# nl: Of uw parttime baan een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-3f2cb3b2 = Whether your part-time job is a reason not to ask a tegenprestatie. This is decided case by case.

# hilversum · rule parttime-maatwerk judgement ask
# nl: Vindt de gemeente uw parttime baan een reden om geen tegenprestatie te vragen?
ord-df452d3d = Does the municipality see your part-time job as a reason not to ask a tegenprestatie?

# hilversum · practice 1
# nl: In de praktijk gebruikt Hilversum het woord 'tegenprestatie' bijna niet. Het komt pas ter sprake als iemand niet vrijwillig actief wil worden. De klantmanager bepaalt hoeveel tijd u krijgt om iets te vinden.
ord-df83a198 = In practice Hilversum hardly uses the word 'tegenprestatie'. It only comes up when someone does not want to become active voluntarily. The caseworker decides how long you have to find something.

# hilversum · practice 2
# nl: In de praktijk gaat het vooral om vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-12b9c79b = In practice it is mostly about volunteer work, while the ordinance names volunteer work as a reason not to ask a tegenprestatie.

# hoogezand-sappemeer-slochteren · municipality hoogezand-sappemeer since
# nl: Sinds 2018 deel van Midden-Groningen.
ord-0aa75401 = Part of Midden-Groningen since 2018.

# hoogezand-sappemeer-slochteren · assignment omvang-en-duur
# nl: 4 tot 16 uur per week, minstens 3 maanden.
ord-11a7981a = 4 to 16 hours a week, for at least 3 months.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep
# nl: De tegenprestatie is hier alleen voor mensen die nog niet direct aan werk kunnen werken.
ord-4334aa04 = Here the tegenprestatie is only for people who cannot work towards a job straight away.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement
# nl: Of u direct na de start van uw uitkering stappen naar werk kunt zetten. Kan dat? Dan geeft de gemeente u geen tegenprestatie. Kan dat niet, nu of een tijdje? Dan wel.
ord-acf3f553 = Whether you can take steps towards work right after your benefit starts. If you can, the municipality gives you no tegenprestatie. If you cannot, now or for a while, it does.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement ask
# nl: Vindt de gemeente dat u meteen stappen naar werk kunt zetten?
ord-d04874a8 = Does the municipality find you can take steps towards work right away?

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar
# nl: U doet minstens 4 uur per week vrijwilligerswerk: net zoveel als de kleinste tegenprestatie. Lijkt het werk op een tegenprestatie? Dan hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-30276644 = You do at least 4 hours a week of volunteer work: as much as the smallest tegenprestatie. If the work is like a tegenprestatie, you do not have to do one. You must be able to show it.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement
# nl: Of uw vrijwilligerswerk lijkt op een tegenprestatie: onbetaald, nuttig voor anderen en geen vervanging van betaald werk. U moet het kunnen aantonen. De gemeente beoordeelt dat.
ord-fd14ca1e = Whether your volunteer work is like a tegenprestatie: unpaid, useful to others and not replacing paid work. You must be able to show it. The municipality assesses this.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk lijkt op een tegenprestatie?
ord-ebe7fa90 = Does the municipality find your volunteer work is like a tegenprestatie?

# hoogezand-sappemeer-slochteren · rule mantelzorg
# nl: U geeft mantelzorg die nodig is. Dan vraagt de gemeente geen tegenprestatie.
ord-df20ae37 = You give informal care that is needed. Then the municipality asks no tegenprestatie.

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is.
ord-72618890 = Whether your informal care is really needed.

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement ask
# nl: Vindt de gemeente uw mantelzorg echt nodig?
ord-9905967e = Does the municipality find your informal care really needed?

# hoogezand-sappemeer-slochteren · rule permanent-niet-in-staat
# nl: U kunt door uw persoonlijke situatie blijvend geen tegenprestatie doen. Dan vraagt de gemeente die niet.
ord-8c729f21 = Your personal situation permanently keeps you from doing a tegenprestatie. Then the municipality does not ask one.

# hoogezand-sappemeer-slochteren · info 1
# nl: Kunt u tijdelijk geen tegenprestatie doen? Dan spreekt de gemeente met u af wanneer u die wel doet.
ord-647308d3 = If you temporarily cannot do a tegenprestatie, the municipality agrees with you when you will do it.

# hoogezand-sappemeer-slochteren · practice 1
# nl: In de praktijk doen hier maar weinig mensen een tegenprestatie. U krijgt meestal 20 dagen om iets te vinden, soms langer. Wat er gebeurt is mantelzorg of vrijwilligerswerk, en dat telt dan juist als tegenprestatie.
ord-0847a9ba = In practice very few people do a tegenprestatie here. You usually get 20 days to find something, sometimes longer. What happens is informal care or volunteer work, and that then counts as the tegenprestatie.

# iasz · municipality haarlemmerliede-en-spaarnwoude since
# nl: Sinds 2019 deel van Haarlemmermeer.
ord-63a57598 = Part of Haarlemmermeer since 2019.

# iasz · rule re-integratietraject
# nl: U wordt met een re-integratietraject naar werk begeleid. Dan hoeft u geen tegenprestatie te doen.
ord-9bef3261 = You are guided towards work in a reintegration trajectory. Then you do not have to do a tegenprestatie.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage
# nl: Draagt uw vrijwilligerswerk of mantelzorg bij aan de samenleving? Dan vraagt de gemeente geen tegenprestatie.
ord-8220484c = If your volunteer work or informal care contributes to society, the municipality asks no tegenprestatie.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement
# nl: Of uw vrijwilligerswerk of mantelzorg genoeg bijdraagt aan de samenleving.
ord-46026acd = Whether your volunteer work or informal care contributes enough to society.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement ask
# nl: Vindt de gemeente uw vrijwilligerswerk of mantelzorg nuttig genoeg voor de samenleving?
ord-602d5284 = Does the municipality find your volunteer work or informal care useful enough to society?

# iasz · practice 1
# nl: In de praktijk verwijst de afdeling u naar een vrijwilligerscentrale. Vrijwilligerswerk en mantelzorg tellen dan juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-65200929 = In practice the department refers you to a volunteer centre. Volunteer work and informal care then count as doing the tegenprestatie, rather than as an exemption.

# menterwolde · practice 1
# nl: In de praktijk stuurt Menterwolde mensen naar een vrijwilligerscentrale. U krijgt ongeveer 4 weken om iets te vinden. Alle activiteiten zijn vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-e76f3597 = In practice Menterwolde refers people to a volunteer centre. You get about 4 weeks to find something. All activities are volunteer work, while the ordinance names volunteer work as a reason not to ask a tegenprestatie.

# oldenzaal · assignment duur-en-omvang
# nl: Hoogstens 24 uur per week en hoogstens 6 maanden. Eén keer verlengen kan, met hoogstens 6 maanden.
ord-f77cb8a1 = At most 24 hours a week and at most 6 months. One extension is possible, by at most 6 months.

# oldenzaal · assignment duur-en-omvang renewal
# nl: De gemeente kan de tegenprestatie één keer verlengen, met hoogstens 6 maanden.
ord-6efaba04 = The municipality can extend the tegenprestatie once, by at most 6 months.

# oldenzaal · rule grote-afstand
# nl: U staat op stap 1 tot en met 4 van de participatieladder. U heeft dus een grote afstand tot werk. Dan kan de gemeente u een tegenprestatie opleggen.
ord-0e29188f = You are on step 1 to 4 of the participation ladder, so you are far from paid work. Then the municipality can assign you a tegenprestatie.

# oldenzaal · rule korte-afstand
# nl: U staat op stap 5 of 6 van de participatieladder. U kunt zich dan richten op betaald werk.
ord-6bb4beed = You are on step 5 or 6. You can then focus on paid work.

# oldenzaal · rule korte-afstand judgement
# nl: Of er bijzondere omstandigheden zijn. U staat dicht bij werk. Dan krijgt u in principe geen tegenprestatie. Alleen in bijzondere gevallen wel, bijvoorbeeld als u nu en straks niets doet om werk te vinden.
ord-e15bb182 = Whether there are special circumstances. You are close to paid work, so in principle you get no tegenprestatie. Only in special cases you do, for example if you do nothing towards work now or soon.

# oldenzaal · rule korte-afstand judgement ask
# nl: Ziet de gemeente een bijzondere reden om u toch een tegenprestatie te geven?
ord-be8fc6e6 = Does the municipality see a special reason to give you a tegenprestatie anyway?

# oldenzaal · rule afstand-onbekend
# nl: In Oldenzaal hangt de tegenprestatie af van uw afstand tot werk. Die weten we niet.
ord-802527df = In Oldenzaal the tegenprestatie depends on how far you are from paid work. We do not know that.

# oldenzaal · rule afstand-onbekend judgement
# nl: Hoe ver u van betaald werk af staat. Kunt u binnen een jaar werken? Dan krijgt u in principe geen tegenprestatie. Anders kan de gemeente die wel opleggen.
ord-1109ed70 = How far you are from paid work. Can you work within a year? Then in principle you get no tegenprestatie. Otherwise the municipality can assign one.

# oldenzaal · rule afstand-onbekend judgement ask
# nl: Vindt de gemeente dat u niet binnen een jaar kunt werken?
ord-a00af480 = Does the municipality find you cannot work within a year?

# oldenzaal · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is. Het gaat om zorg die meer is dan gewone hulp in een gezin.
ord-7e972dc2 = Whether your informal care is really needed. It must be more than the usual help within a household.

# oldenzaal · rule maatschappelijke-activiteit-meewegen
# nl: De gemeente moet rekening houden met uw vrijwilligerswerk of mantelzorg.
ord-d4dee59b = The municipality must take your volunteer work or informal care into account.

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement
# nl: Of uw vrijwilligerswerk of mantelzorg telt als tegenprestatie, of dat u minder uren hoeft te doen. De gemeente kijkt naar hoe lang en hoeveel u het doet.
ord-ae100a99 = Whether your volunteer work or informal care counts as the tegenprestatie, or lowers the hours you must do. The municipality looks at how long and how much you do it.

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk of mantelzorg telt als tegenprestatie?
ord-8669a918 = Does the municipality count your volunteer work or informal care as the tegenprestatie?

# oldenzaal · info 1
# nl: Zoek eerst zelf een passende tegenprestatie. Doet u dat niet? Dan kiest de gemeente het werk.
ord-69eb3388 = First look for a suitable tegenprestatie yourself. If you do not, the municipality chooses the work.

# oldenzaal · info 2
# nl: Is er geen geschikt werk? Dan krijgt u geen tegenprestatie. De gemeente kijkt binnen 6 maanden opnieuw.
ord-22488bc4 = If no suitable work is available, you get no tegenprestatie. The municipality looks again within 6 months.

# oldenzaal · info 3
# nl: Weigert u de tegenprestatie? Dan bepaalt de gemeente per persoon hoeveel en hoe lang de uitkering lager wordt. Dat gaat volgens de Maatregelenverordening.
ord-670cd827 = If you refuse the tegenprestatie, the municipality decides case by case how much and for how long your benefit is lowered, under its ordinance on sanctions.

# oldenzaal · milestone geen-werk-opnieuw-bekijken
# nl: Geen tegenprestatie omdat er geen passend werk is? Dan kijkt de gemeente uiterlijk op deze dag opnieuw of er wel werk is.
ord-ff03b5c2 = No tegenprestatie because no suitable work is available? Then the municipality looks again by this day whether there is work.

# overbetuwe · assignment omvang-en-duur
# nl: 4 tot 8 uur per week, 2 tot 6 maanden achter elkaar, minstens één keer per jaar.
ord-5f89dc5c = 4 to 8 hours a week, for 2 to 6 consecutive months, at least once a year.

# overbetuwe · assignment omvang-en-duur renewal
# nl: De gemeente geeft minstens één keer per kalenderjaar een tegenprestatie. Meer dan 8 uur per week mag alleen als u en de gemeente het allebei willen.
ord-23c4ae52 = The municipality assigns a tegenprestatie at least once per calendar year. More than 8 hours a week only if both you and the municipality agree.

# overbetuwe · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-66613b78 = You do at least 4 hours a week of volunteer work. Then you do not have to do a tegenprestatie.

# overbetuwe · rule re-integratietraject
# nl: U doet mee aan activiteiten van een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-05a7741a = You take part in organised activities of a reintegration trajectory. Then you do not have to do a tegenprestatie.

# overbetuwe · rule mantelzorg-8-uur-of-3-maanden
# nl: U geeft mantelzorg: minstens 8 uur per week, of al langer dan 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-efb94cdd = You give informal care: at least 8 hours a week, or for longer than 3 months. Then you do not have to do a tegenprestatie.

# overbetuwe · rule parttime-20-uur
# nl: U werkt minstens 20 uur per week in een parttime baan. Dan hoeft u geen tegenprestatie te doen.
ord-1e2beed2 = You work at least 20 hours a week in a part-time job. Then you do not have to do a tegenprestatie.

# overbetuwe · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder met vrijstelling voor de zorg voor een kind tot 5 jaar. Dan hoeft u geen tegenprestatie te doen.
ord-7beb18a3 = You are a single parent exempt from work to care for a child under 5. Then you do not have to do a tegenprestatie.

# overbetuwe · rule blijvend-arbeidsongeschikt
# nl: U bent blijvend arbeidsongeschikt. Dan hoeft u geen tegenprestatie te doen.
ord-ea1ac3a0 = You are permanently unable to work. Then you do not have to do a tegenprestatie.

# overbetuwe · practice 1
# nl: Voorbeelden uit de praktijk in Overbetuwe: de tuin van de buren onderhouden, boodschappen doen voor een oudere, iemand gezelschap houden.
ord-d46057dd = Examples from practice in Overbetuwe: keeping a neighbour's garden, shopping for an older person, keeping someone company.

# overbetuwe · practice 2
# nl: In Overbetuwe klopt de praktijk met de verordening: wie vrijwilligerswerk doet, is vrijgesteld. In de praktijk krijgt u een formulier en wordt binnen 2 weken een antwoord verwacht.
ord-fde19779 = In Overbetuwe practice matches the ordinance: volunteer work exempts you. In practice you get a form and a reply is expected within 2 weeks.

# participatiewet-2027 · rules not known name
# nl: de Participatiewet in balans
ord-3f9d2dff = the Participatiewet in balans (Participation Act in balance)

# participatiewet-2027 · rules not known summary
# nl: Vanaf 1 januari 2027 vervangt de wet de tegenprestatie door maatschappelijke participatie.
ord-70eb5947 = From 1 January 2027 the law replaces the tegenprestatie with maatschappelijke participatie (social participation).

# participatiewet · rule jonger-dan-18
# nl: De tegenprestatie geldt pas vanaf 18 jaar. U bent jonger dan 18.
ord-c343a7ea = The tegenprestatie only applies from the age of 18. You are younger than 18.

# participatiewet · rule pensioenleeftijd
# nl: De tegenprestatie stopt als u de AOW-leeftijd heeft bereikt.
ord-3e007443 = The tegenprestatie ends when you reach the state pension (AOW) age.

# participatiewet · rule geen-uitkering
# nl: De plicht begint op de dag dat u zich meldt om een uitkering aan te vragen. U krijgt geen uitkering, dus de plicht geldt niet voor u. Heeft u wel een uitkering aangevraagd? Dan geldt de plicht al vanaf de dag dat u zich meldde.
ord-bcbd2b92 = The duty starts on the day you report to apply for a benefit. You receive no benefit, so the duty does not apply to you. Have you applied for a benefit? Then the duty applies from the day you reported.

# participatiewet · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Vraag de gemeente of de tegenprestatie dan voor u geldt.
ord-432b7e57 = You only receive special assistance. Ask the municipality whether the tegenprestatie applies to you.

# participatiewet · rule alleen-bijzondere-bijstand judgement
# nl: Of de tegenprestatie ook geldt als u alleen bijzondere bijstand krijgt. De wet maakt voor bijzondere bijstand geen uitzondering. Maar de wet zegt ook niet duidelijk dat de plicht dan geldt. Vraag het uw gemeente.
ord-751a6598 = Whether the tegenprestatie applies if you only receive special assistance (bijzondere bijstand). The law makes no exception for special assistance, but it does not clearly say that the duty applies either. Ask your municipality.

# participatiewet · rule alleen-bijzondere-bijstand judgement ask
# nl: Vindt de gemeente dat de plicht niet geldt als u alleen bijzondere bijstand krijgt?
ord-37f958e8 = Does the municipality find that the duty does not apply if you only receive special assistance?

# participatiewet · rule plicht-tegenprestatie
# nl: Met een uitkering moet u onbetaald nuttig werk doen als de gemeente dat vraagt. Dat heet de tegenprestatie. Het werk past bij wat u kunt. Het mag geen betaalde baan vervangen.
ord-d4f7352d = With a benefit you must do unpaid, useful work when the municipality asks. This is the tegenprestatie. The work fits what you can do. It may not replace a paid job.

# participatiewet · rule ioaw-ioaz
# nl: Voor een IOAW- of IOAZ-uitkering geldt dezelfde plicht als voor bijstand.
ord-21369307 = The same duty applies to an IOAW or IOAZ benefit as to social assistance.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt
# nl: U kunt volledig en blijvend niet werken. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-2199aa1c = You are fully and permanently unable to work. Then the tegenprestatie does not apply to you. The law says so.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz
# nl: U kunt volledig en blijvend niet werken, en u heeft een IOAW- of IOAZ-uitkering. De gemeente beslist of u dan vrij bent.
ord-6762a44b = You are fully and permanently unable to work and receive an IOAW or IOAZ benefit. The municipality decides whether you are exempt.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement
# nl: Of u met een IOAW- of IOAZ-uitkering vrij bent omdat u volledig en blijvend niet kunt werken. De wet regelt dat alleen voor bijstand. De gemeente kan u bij dringende redenen wel een tijd vrijstellen. En zij moet de tegenprestatie afstemmen op wat u kunt.
ord-f01ec180 = Whether you are exempt with an IOAW or IOAZ benefit because you are fully and permanently unable to work. The law settles this only for social assistance. For urgent reasons the municipality can exempt you for a while. And it must fit the tegenprestatie to what you can do.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement ask
# nl: Stelt de gemeente u vrij omdat u blijvend niet kunt werken?
ord-0cb8212f = Does the municipality exempt you because you can never work?

# participatiewet · rule alleenstaande-ouder-ontheffing
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken, omdat u zorgt voor een kind jonger dan 5 jaar. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-930fbd32 = You are a single parent with an exemption because you care for a child under 5. Then the tegenprestatie does not apply to you. The law says so.

# participatiewet · rule dringende-redenen
# nl: Bij dringende redenen kan de gemeente u een tijdje vrijstellen. Dat beslist de gemeente per persoon.
ord-dcc3941a = For urgent reasons the municipality can exempt you for a while. It decides this person by person.

# participatiewet · rule dringende-redenen judgement
# nl: Of uw dringende redenen, zoals zorgtaken, genoeg zijn om u een tijd vrij te stellen. De gemeente kijkt naar uw situatie.
ord-46a30b06 = Whether your urgent reasons, such as care tasks, are enough for a temporary exemption. The municipality looks at your situation.

# participatiewet · rule dringende-redenen judgement ask
# nl: Vindt de gemeente uw redenen dringend genoeg om u een tijd vrij te stellen?
ord-07a4253a = Does the municipality find your reasons urgent enough to exempt you for a while?

# participatiewet · rule naar-vermogen
# nl: U zegt dat u door uw situatie blijvend geen tegenprestatie kunt doen. De wet geeft daarvoor geen vrijstelling, maar de gemeente moet rekening houden met wat u kunt.
ord-6822ac31 = You say that your situation permanently keeps you from doing a tegenprestatie. The law gives no exemption for that, but the municipality must take into account what you can do.

# participatiewet · rule naar-vermogen judgement
# nl: Wat u nog kunt. De gemeente moet de tegenprestatie aanpassen aan wat u kunt: minder uren, ander werk, of helemaal geen opdracht.
ord-96fb1c86 = What you are still able to do. The municipality must fit the tegenprestatie to what you can do: fewer hours, other work, or no assignment at all.

# participatiewet · rule naar-vermogen judgement ask
# nl: Vindt de gemeente dat u toch een tegenprestatie kunt doen?
ord-8209d902 = Does the municipality find that you can still do a tegenprestatie?

# participatiewet · info 1
# nl: U mag zeggen wat voor werk u wilt doen. De gemeente moet dat meewegen, maar beslist zelf.
ord-5c4c4aaf = You may say what kind of work you would like to do. The municipality must weigh that, but decides itself.

# participatiewet · info 2
# nl: De gemeente moet duidelijk opschrijven welk werk u moet doen. 32 uur per week of meer is te veel voor een tegenprestatie.
ord-68ed0f30 = The municipality must describe clearly what work you have to do. 32 hours a week or more is too much for a tegenprestatie.

# participatiewet · info 3
# nl: Doet u de tegenprestatie niet? Dan kan de gemeente uw uitkering een tijd verlagen.
ord-9d68d2f7 = If you do not do the tegenprestatie, the municipality can lower your benefit for a while.

# participatiewet · info 4
# nl: Bent u het niet eens met het besluit van de gemeente? Dan kunt u bezwaar maken, en daarna naar de rechter.
ord-bbe49113 = Do you disagree with the municipality's decision? Then you can object (bezwaar), and after that go to court.

# participatiewet · pension age
# nl: De AOW-leeftijd verschilt per jaar. Tot en met 2025 staat die in de wet. Voor de jaren daarna maakt de minister de AOW-leeftijd vijf jaar van tevoren bekend. Wij rekenen met de AOW-leeftijd voor de datum van de check.
ord-fa058ce2 = The AOW age differs by year. Up to 2025 the law itself sets it. For the years after, the minister announces the AOW age five years ahead. We use the AOW age for the date of the check.

# participatiewet · merger rule
# nl: Na een samenvoeging van gemeenten gelden de regels van de oude gemeente nog hoogstens twee jaar. Ze gelden dan alleen in het gebied van de oude gemeente. De nieuwe gemeente kan ze eerder laten stoppen of vervangen door eigen regels.
ord-a92f4df5 = After municipalities merge, the old municipality's rules apply for at most two more years, and only in the old municipality's area. The new municipality can end them earlier or replace them with its own rules.

# rheden · assignment omvang-en-duur
# nl: Gemiddeld 4 uur per week. In totaal 52 tot 208 uur per jaar.
ord-d4e26532 = On average 4 hours a week. In total 52 to 208 hours a year.

# rheden · rule parttime-20-uur
# nl: U doet minstens 20 uur per week betaald werk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-7abc76c2 = You do at least 20 hours a week of paid work. According to the summary, you then do not have to do a tegenprestatie.

# rheden · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-20f7f2b4 = You do at least 4 hours a week of volunteer work. According to the summary, you then do not have to do a tegenprestatie.

# rheden · rule mantelzorg-4-uur
# nl: U doet minstens 4 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-818c7a23 = You do at least 4 hours a week of informal care. According to the summary, you then do not have to do a tegenprestatie.

# rotterdam · assignment omvang-en-duur
# nl: Hoogstens 20 uur per week, minder als u niet meer kunt. De tegenprestatie heeft geen einddatum.
ord-be796a04 = At most 20 hours a week, fewer if you cannot do more. The tegenprestatie has no end date.

# rotterdam · assignment omvang-en-duur renewal
# nl: Na minstens 6 maanden kan de gemeente samen met u een andere tegenprestatie kiezen, die past bij uw ontwikkeling.
ord-8ad24553 = After at least 6 months the municipality can choose a different tegenprestatie with you, aimed at your personal development.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-20-uur
# nl: In Rotterdam telt vrijwilligerswerk en mantelzorg als tegenprestatie. U doet samen 20 uur of meer per week. Daarmee doet u al de tegenprestatie.
ord-5d3644cb = In Rotterdam volunteer work and informal care count as the tegenprestatie. Together you do 20 hours a week or more, so you already do the tegenprestatie.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen
# nl: Uw vrijwilligerswerk of mantelzorg telt als tegenprestatie. U doet minder dan 20 uur per week.
ord-ea7979e2 = Your volunteer work or informal care counts as the tegenprestatie. You do fewer than 20 hours a week.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement
# nl: Of uw uren vrijwilligerswerk of mantelzorg genoeg zijn. De norm is 20 uur per week, of minder als u niet meer kunt.
ord-da3ac9bc = Whether your hours of volunteer work or informal care are enough. The norm is 20 hours a week, or fewer if you cannot do more.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement ask
# nl: Vindt de gemeente uw uren vrijwilligerswerk of mantelzorg genoeg?
ord-bd75ebad = Does the municipality find your hours of volunteer work or informal care enough?

# rotterdam · rule ontheffing-individuele-omstandigheden
# nl: De gemeente kan u vrijstellen als uw situatie daar een reden voor is.
ord-143a3e07 = The municipality can exempt you if your situation gives reason to.

# rotterdam · rule ontheffing-individuele-omstandigheden judgement
# nl: Of uw situatie een reden is om u vrij te stellen.
ord-f35dd142 = Whether your situation is a reason for an exemption.

# rotterdam · rule naast-re-integratie
# nl: Ook als u een re-integratietraject volgt, kan de gemeente u een tegenprestatie geven.
ord-4efc132f = Even if you take part in a reintegration trajectory, the municipality can assign you a tegenprestatie.

# rotterdam · info 1
# nl: U kiest zelf hoe u de tegenprestatie doet. De gemeente helpt als dat nodig is. Doet u niet op tijd een voorstel? Dan kan de gemeente een maatregel opleggen.
ord-0b5af334 = You choose how to do the tegenprestatie yourself. The municipality helps when needed. If you do not make a proposal in time, the municipality can impose a sanction.

# rotterdam · info 2
# nl: Dit telt als tegenprestatie: vrijwilligerswerk, mantelzorg, ander nuttig werk, een taaltraining of beweegtraining, en werken aan persoonlijke problemen zodat u daarna iets anders kunt doen.
ord-de11ab3c = These count as the tegenprestatie: volunteer work, informal care, other useful work, a language or exercise course, and working on personal problems so that you can do one of the others later.

# rotterdam · practice 1
# nl: In de praktijk wil Rotterdam dat u binnen twee maanden iets vindt. Lukt dat niet, dan helpt de gemeente met tips.
ord-7e1d2132 = In practice Rotterdam expects you to find something within two months. If that fails, the municipality helps with suggestions.

# rotterdam · practice 2
# nl: In de praktijk begint de gemeente vaak met minder dan 20 uur. 'Naar vermogen' weegt zwaar.
ord-a39c2054 = In practice the municipality often starts with fewer than 20 hours. 'According to ability' weighs heavily.

# rotterdam · practice 3
# nl: In de praktijk vraagt Rotterdam de tegenprestatie vooral van mensen die geen re-integratietraject krijgen.
ord-4b82d0a7 = In practice Rotterdam mainly asks the tegenprestatie of people who are not offered a reintegration trajectory.

# rotterdam · milestone andere-invulling
# nl: Vanaf deze dag kan de gemeente samen met de klant een andere tegenprestatie kiezen, gericht op persoonlijke ontwikkeling.
ord-2806f070 = From this day the municipality and the client can choose a different tegenprestatie, aimed at personal development.

# rsd-de-liemers · municipality rijnwaarden since
# nl: Sinds 2018 deel van Zevenaar.
ord-092b24b6 = Part of Zevenaar since 2018.

# rsd-de-liemers · assignment omvang-en-duur
# nl: Minstens 2 uur per week, minstens 3 maanden per jaar.
ord-2d4a6ff8 = At least 2 hours a week, at least 3 months a year.

# rsd-de-liemers · variant met-een-beperking
# nl: U heeft een beperking. Dan doet u zoveel als u kunt. Er is geen minimum aantal uren.
ord-da2580f0 = You have a limitation. Then you do as much as you can. There is no minimum number of hours.

# rsd-de-liemers · rule parttime-werk
# nl: U werkt parttime. Dan hoeft u geen tegenprestatie te doen.
ord-b696362b = You work part-time. Then you do not have to do a tegenprestatie.

# rsd-de-liemers · rule sociale-activering
# nl: U doet mee aan sociale activering. Dan hoeft u geen tegenprestatie te doen.
ord-7e6fdf6d = You take part in social activation. Then you do not have to do a tegenprestatie.

# rsd-de-liemers · rule re-integratietraject
# nl: U doet mee aan een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-19d1be4a = You take part in a reintegration trajectory. Then you do not have to do a tegenprestatie.

# rsd-de-liemers · rule toekomstatelier-of-groepstraining
# nl: U doet mee aan het Toekomstatelier of een andere groepstraining. Dan hoeft u geen tegenprestatie te doen.
ord-5d5e1606 = You take part in the Toekomstatelier or another group training. Then you do not have to do a tegenprestatie.

# rsd-de-liemers · rule mantelzorg-8-uur-3-maanden
# nl: U geeft minstens 8 uur per week mantelzorg, al minstens 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-472c885b = You give at least 8 hours a week of informal care, for at least 3 months. Then you do not have to do a tegenprestatie.

# rsd-de-liemers · rule vrijwilligerswerk-2-uur-3-maanden
# nl: U doet minstens 2 uur per week vrijwilligerswerk, minstens 3 maanden per jaar. Dan hoeft u geen tegenprestatie te doen.
ord-2c145655 = You do at least 2 hours a week of volunteer work, for at least 3 months a year. Then you do not have to do a tegenprestatie.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan
# nl: U heeft een beperking en u doet al onbetaald vrijwilligerswerk. Als dat past bij wat u kunt, doet u daarmee de tegenprestatie al.
ord-b078cc3b = You have a limitation and already do unpaid volunteer work. If that matches what you are able to do, it already is your tegenprestatie.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement
# nl: Of het werk dat u nu doet past bij wat u kunt. Dan telt het als tegenprestatie. De gemeente beoordeelt dat.
ord-c9d6d857 = Whether the work you already do matches what you are able to do. If so, it counts as the tegenprestatie. The municipality assesses this.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk past bij wat u kunt?
ord-2a201dab = Does the municipality find your volunteer work matches what you can do?

# rsd-de-liemers · practice 1
# nl: In de praktijk is vrijwilligerswerk hier juist de tegenprestatie. De dienst let vooral op óf u iets doet: anderhalf uur per week wordt ook goedgekeurd.
ord-327f15cb = In practice volunteer work is the tegenprestatie here. The service mainly checks that you do something: one and a half hours a week is accepted too.

# rsd-de-liemers · practice 2
# nl: In de praktijk kreeg u ongeveer 8 weken om zelf iets te vinden na de brief van de dienst.
ord-daa62d41 = In practice you got about 8 weeks to find something yourself after the service's letter.

# schagen · assignment omvang-en-duur
# nl: 2 tot 8 uur per week, 3 tot 6 maanden.
ord-eb0c515d = 2 to 8 hours a week, for 3 to 6 months.

# schagen · variant minder-als-het-niet-kan
# nl: Kunt u het minimum niet halen? Dan kan de gemeente minder vragen: minder uren of minder maanden.
ord-b68498b1 = If you cannot meet the minimum, the municipality can ask less: fewer hours or fewer months.

# schagen · rule uitstromer
# nl: U hoort bij de uitstromers: u werkt aan betaald werk. Dan krijgt u geen tegenprestatie.
ord-d881dffb = You are an 'uitstromer': you are working towards paid work. Then you get no tegenprestatie.

# schagen · rule re-integratievoorziening
# nl: U gebruikt een re-integratievoorziening. Dan richt u zich op betaald werk en krijgt u geen tegenprestatie.
ord-313b09a6 = You use a reintegration facility. Then you focus on paid work and get no tegenprestatie.

# schagen · rule groeier-of-blijver
# nl: U hoort bij de groeiers of blijvers en u volgt geen re-integratie. Dan kan de gemeente u een tegenprestatie geven.
ord-63eac5e7 = You are a 'groeier' or 'blijver' and you follow no reintegration. Then the municipality can assign you a tegenprestatie.

# schagen · rule doelgroep-onbekend
# nl: In Schagen hangt de tegenprestatie af van uw groep. Uitstromers krijgen er geen.
ord-febe03e4 = In Schagen the tegenprestatie depends on your group. 'Uitstromers' get none.

# schagen · rule doelgroep-onbekend judgement
# nl: Bij welke groep u hoort: uitstromer, groeier of blijver. De gemeente deelt u in.
ord-0000805b = Which group you belong to: uitstromer, groeier or blijver. The municipality places you.

# schagen · rule doelgroep-onbekend judgement ask
# nl: Hoort u volgens de gemeente bij de groeiers of blijvers?
ord-84e974d2 = Does the municipality place you among the 'groeiers' or 'blijvers'?

# schagen · rule respijtzorg
# nl: U neemt als vrijwilliger de zorg even over van een mantelzorger (respijtzorg). Dan krijgt u geen tegenprestatie.
ord-518e64e1 = You volunteer in respite care: you take over from an informal carer for a while. Then you get no tegenprestatie.

# schagen · rule eigen-initiatief-telt
# nl: Wat u uit uzelf doet voor de samenleving, zoals vrijwilligerswerk, telt als tegenprestatie. U doet minstens 2 uur per week: het minimum.
ord-10022822 = What you do for society on your own initiative, such as volunteer work, counts as the tegenprestatie. You do at least 2 hours a week: the minimum.

# schagen · rule eigen-initiatief-minder-dan-minimum
# nl: Uw vrijwilligerswerk telt als tegenprestatie, maar u doet minder dan het minimum van 2 uur per week.
ord-cf87a0e5 = Your volunteer work counts as the tegenprestatie, but you do less than the minimum of 2 hours a week.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement
# nl: Of minder dan 2 uur per week genoeg is. Dat kan als u het minimum niet kunt halen.
ord-2404c893 = Whether fewer than 2 hours a week is enough. It can be, if you cannot meet the minimum.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement ask
# nl: Vindt de gemeente minder dan 2 uur per week genoeg voor u?
ord-a6b37173 = Does the municipality find fewer than 2 hours a week enough for you?

# schagen · rule parttime-baan
# nl: U heeft een parttime baan. Volgens de samenvattende tabel hoeft u dan geen tegenprestatie te doen.
ord-4f891104 = You have a part-time job. According to the summary table, you then do not have to do a tegenprestatie.

# schagen · rule parttime-baan judgement
# nl: Of uw parttime baan u vrijstelt. De samenvattende tabel zegt ja, maar de beschrijving van de verordening noemt parttime werk niet. Vraag het de gemeente.
ord-0ed30a1f = Whether your part-time job exempts you. The summary table says yes, but the description of the ordinance does not mention part-time work. Ask the municipality.

# schagen · practice 1
# nl: In de praktijk kan de tegenprestatie in Schagen langer duren dan 6 maanden, als u door wilt. De gemeente kijkt dan of u op een andere plek verder kunt. De omvang is hoogstens twee dagdelen per week.
ord-847e8cd7 = In practice the tegenprestatie in Schagen can last longer than 6 months if you want to continue. The municipality then looks for another place. The size is at most two half-days a week.

# stichtse-vecht · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 6 maanden per jaar.
ord-2932fa1d = 8 to 16 hours a week, 6 months a year.

# stichtse-vecht · rule vrijwilligerswerk
# nl: U doet vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-cd6ac6aa = You do volunteer work. According to the summary, you then do not have to do a tegenprestatie.

# stichtse-vecht · rule mantelzorg
# nl: U geeft mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-eaed952e = You give informal care. According to the summary, you then do not have to do a tegenprestatie.

# urk · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 2 keer 6 weken per jaar.
ord-ff15376e = 8 to 16 hours a week, twice 6 weeks a year.

# weesp · municipality weesp since
# nl: Sinds 2022 deel van Amsterdam.
ord-1cbc5791 = Part of Amsterdam since 2022.

# weesp · replaced by
# nl: In die regels staat: de gemeente mag onbetaald werk dat u al doet en dat nuttig is voor de samenleving, laten tellen als tegenprestatie. En de gemeente mag de tegenprestatie vragen aan mensen die nu geen kans op werk hebben en geen hulp naar werk krijgen. Er staat 'vragen', niet 'verplichten'. Die regels gelden ook terug tot 1 januari 2020. Deze check kent alleen dit deel van die regels. Hoeveel uur en hoe lang, weet de check niet.
ord-0edafa56 = Those rules say: the municipality may count unpaid work that you already do and that is useful to society as the tegenprestatie. And it may ask the tegenprestatie of people who have no prospect of work now and get no help towards work. The text says 'ask', not 'order'. Those rules also apply back to 1 January 2020. This check knows only this part of those rules. It does not know how many hours or for how long.

# werkplein-helmond · assignment omvang-en-duur
# nl: Minstens 8 uur per week, minstens 6 maanden per jaar. Wat u moet doen past bij wat u kunt.
ord-8ab53edf = At least 8 hours a week, at least 6 months a year. What you must do fits what you can do.

# werkplein-helmond · rule mantelzorg-8-uur
# nl: U geeft minstens 8 uur per week mantelzorg. Dan hoeft u geen tegenprestatie te doen.
ord-ab543c48 = You give at least 8 hours a week of informal care. Then you do not have to do a tegenprestatie.

# werkplein-helmond · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-906e54f4 = You do at least 8 hours a week of volunteer work. Then you do not have to do a tegenprestatie.

# werkplein-helmond · rule wmo-begeleiding
# nl: U krijgt via de gemeente begeleiding (Wmo), alleen of in een groep. Dan hoeft u geen tegenprestatie te doen.
ord-24f60ef1 = You receive individual or group guidance under the Wmo. Then you do not have to do a tegenprestatie.

# werkplein-helmond · info 1
# nl: De gemeente verwacht dat u zelf met voorstellen komt. Als dat nodig is, krijgt u hulp.
ord-ae7bba58 = The municipality expects you to come up with proposals yourself. You get help when needed.

# werkplein-helmond · info 2
# nl: Dit telt als tegenprestatie: nuttig werk voor de samenleving, een taaltraining of beweegtraining, een activeringsprogramma, of minstens 8 uur per week werken aan persoonlijke problemen.
ord-e542c13a = These count as the tegenprestatie: work that is useful to society, a language or exercise course, an activation programme, or working on personal problems for at least 8 hours a week.

# werkplein-helmond · practice 1
# nl: In de praktijk vraagt de gemeente niet altijd 8 uur per week. 4 uur serieus werken kan ook goed zijn, ook al zegt de verordening 8 uur.
ord-c97a6ae1 = In practice the municipality does not always ask 8 hours a week. Doing 4 hours seriously can be fine too, although the ordinance says 8.

# werkplein-helmond · practice 2
# nl: In de praktijk telt vrijwilligerswerk vaak juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-13fe6b4f = In practice volunteer work often counts as doing the tegenprestatie, rather than as an exemption.

# wijdemeren · assignment terugkerende-activiteit
# nl: 8 tot 16 uur per week, 6 maanden lang. Daarna 3 maanden rust, en dan opnieuw zolang u een uitkering heeft.
ord-214c3e85 = 8 to 16 hours a week for 6 months. Then 3 months of rest, and then again as long as you receive a benefit.

# wijdemeren · assignment terugkerende-activiteit renewal
# nl: Heeft u daarna nog een uitkering? Dan krijgt u 3 maanden na het einde opnieuw een tegenprestatie. De gemeente kan ook één keer een losse activiteit vragen.
ord-f2fc387c = If you still receive a benefit afterwards, you get a new tegenprestatie 3 months after the end. The municipality can also ask for a one-off activity.

# wijdemeren · rule vrijwilligerswerk-binnen-zes-maanden
# nl: U doet vrijwilligerswerk van minstens 8 uur per week. U begon daarmee binnen 6 maanden na de start van uw uitkering. Als het werk lijkt op een tegenprestatie, hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-77699b59 = You do at least 8 hours a week of volunteer work, started within 6 months after your benefit began. If the work is like a tegenprestatie, you do not have to do one. You must be able to show it.

# wijdemeren · rule vrijwilligerswerk-start-onbekend
# nl: Vrijwilligerswerk is een reden om u vrij te stellen als u ermee begon binnen 6 maanden na de start van uw uitkering.
ord-debd2906 = Volunteer work exempts you if you started it within 6 months after your benefit began.

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement
# nl: Of u met het vrijwilligerswerk begon binnen 6 maanden na de start van uw uitkering, en of het werk lijkt op een tegenprestatie. Vul in hoe lang u al een uitkering heeft; dan weten we het eerste.
ord-3024a6ad = Whether you started the volunteer work within 6 months after your benefit began, and whether the work is like a tegenprestatie. Fill in how long you have had a benefit, and we can tell the first.

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement ask
# nl: Begon uw vrijwilligerswerk op tijd, en lijkt het op een tegenprestatie?
ord-9fd20662 = Did your volunteer work start in time, and is it like a tegenprestatie?

# wijdemeren · practice 1
# nl: In de praktijk telt vrijwilligerswerk juist als tegenprestatie. Een losse activiteit komt niet voor: mensen krijgen een vaste plek bij een organisatie.
ord-c354f160 = In practice volunteer work counts as doing the tegenprestatie. One-off activities do not happen: people get a steady place at an organisation.

# wijdemeren · practice 2
# nl: In de praktijk gaan veel mensen na 6 maanden gewoon door, zonder 3 maanden rust.
ord-1f235827 = In practice many people simply continue after 6 months, without the 3 months of rest.

# wijdemeren · milestone volgende-periode
# nl: Nog steeds een uitkering? Dan draagt de gemeente op deze dag opnieuw een tegenprestatie op.
ord-87eb6e00 = Still on benefit? Then the municipality assigns a new tegenprestatie on this day.

