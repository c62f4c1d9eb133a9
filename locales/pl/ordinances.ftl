## The ordinances' texts, each under a name made from its Dutch words (i18n::text_key).
## Written from ordinances/*.toml by `BLESS=1 cargo test --test texts`: do not edit.
## A translation gives every name below, translated from the Dutch in the comment.

# berg-en-dal · assignment omvang-en-duur
# nl: Minstens 8 uur per week, 6 maanden per jaar.
ord-c0d6178a = Co najmniej 8 godzin tygodniowo, 6 miesięcy w roku.

# berg-en-dal · rule re-integratie
# nl: U doet mee aan een re-integratietraject. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-011b6d0e = Uczestniczą Państwo w programie powrotu do pracy (re-integratietraject). Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# berg-en-dal · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-99e04dd0 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 8 godzin tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# berg-en-dal · rule mantelzorg-8-uur
# nl: U doet minstens 8 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-d04be0ef = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 8 godzin tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# bodegraven-reeuwijk · assignment omvang-en-duur
# nl: 4 tot 12 uur per week, 3 maanden per jaar.
ord-3f1331f6 = Od 4 do 12 godzin tygodniowo, 3 miesiące w roku.

# bodegraven-reeuwijk · rule re-integratie-maatwerk
# nl: U doet mee aan een re-integratietraject. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-c939e913 = Uczestniczą Państwo w programie powrotu do pracy (re-integratietraject). Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement
# nl: Of dit een reden is om u geen tegenprestatie te geven. De samenvatting zegt: maatwerk.
ord-ba0d357b = Czy jest to powód, aby nie zlecać Państwu świadczenia wzajemnego (tegenprestatie). Podsumowanie mówi: decyzja indywidualna (maatwerk).

# bodegraven-reeuwijk · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw situatie een reden om geen tegenprestatie te vragen?
ord-0efcc1f9 = Czy gmina uważa Państwa sytuację za powód, aby nie prosić o świadczenie wzajemne (tegenprestatie)?

# bodegraven-reeuwijk · rule parttime-maatwerk
# nl: U heeft een parttime baan. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-9c62f33f = Mają Państwo pracę w niepełnym wymiarze godzin. Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

# bodegraven-reeuwijk · rule vrijwilligerswerk-maatwerk
# nl: U doet vrijwilligerswerk. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-f1cd7537 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk). Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

# bodegraven-reeuwijk · rule mantelzorg-maatwerk
# nl: U geeft mantelzorg. De samenvatting noemt dit maatwerk: de gemeente kijkt per persoon.
ord-8ce87d33 = Zapewniają Państwo opiekę nieformalną (mantelzorg). Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

# haarlem · assignment omvang-en-duur
# nl: 2 tot 10 uur per week, 3 tot 5 maanden per jaar.
ord-a57d7742 = Od 2 do 10 godzin tygodniowo, od 3 do 5 miesięcy w roku.

# hilversum · assignment omvang-en-duur
# nl: Minstens 12 uur per week, minstens 3 maanden per kalenderjaar. De gemeente past het aan aan wat u kunt.
ord-14d9a62c = Co najmniej 12 godzin tygodniowo, co najmniej 3 miesiące w roku kalendarzowym. Gmina dopasowuje to do Państwa możliwości.

# hilversum · rule arbeidsongeschikt-vrijgesteld
# nl: U bent door arbeidsongeschiktheid helemaal vrijgesteld van werk en re-integratie. Dan ziet Hilversum af van een tegenprestatie.
ord-c8d879e1 = Z powodu niezdolności do pracy są Państwo całkowicie zwolnieni z obowiązku pracy i z obowiązku udziału w działaniach na rzecz powrotu do pracy (re-integratie). Wtedy Hilversum rezygnuje ze świadczenia wzajemnego (tegenprestatie).

# hilversum · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken. Dan vraagt Hilversum geen tegenprestatie.
ord-01e69a80 = Są Państwo samotnym rodzicem i gmina zwolniła Państwa z obowiązku pracy. Wtedy Hilversum nie prosi o świadczenie wzajemne (tegenprestatie).

# hilversum · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Dan ziet Hilversum af van een tegenprestatie.
ord-ba005e4f = Otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand). Wtedy Hilversum rezygnuje ze świadczenia wzajemnego (tegenprestatie).

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang
# nl: Doet u genoeg vrijwilligerswerk of mantelzorg? Dan ziet Hilversum af van een tegenprestatie.
ord-3925a3aa = Czy robią Państwo wystarczająco dużo w ramach pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg)? Wtedy Hilversum rezygnuje ze świadczenia wzajemnego (tegenprestatie).

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement
# nl: Of uw vrijwilligerswerk of mantelzorg groot genoeg is. De verordening noemt geen aantal uren: 'van een bepaalde omvang'.
ord-ce2b5e9a = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) ma wystarczająco duży zakres. Uchwała gminy (verordening) nie podaje liczby godzin, lecz mówi: „van een bepaalde omvang” (o określonym zakresie).

# hilversum · rule vrijwilligerswerk-of-mantelzorg-van-een-bepaalde-omvang judgement ask
# nl: Vindt de gemeente dat u genoeg vrijwilligerswerk of mantelzorg doet?
ord-79b876af = Czy gmina uważa, że robią Państwo wystarczająco dużo w ramach pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg)?

# hilversum · rule re-integratie-maatwerk
# nl: Bij een re-integratietraject kijkt de gemeente per persoon.
ord-80aabca8 = W przypadku programu powrotu do pracy (re-integratietraject) gmina rozpatruje sytuację każdej osoby osobno.

# hilversum · rule re-integratie-maatwerk judgement
# nl: Of uw re-integratietraject een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-08caed69 = Czy Państwa program powrotu do pracy (re-integratietraject) jest powodem, aby nie prosić o świadczenie wzajemne (tegenprestatie). To decyzja indywidualna (maatwerk).

# hilversum · rule re-integratie-maatwerk judgement ask
# nl: Vindt de gemeente uw re-integratietraject een reden om geen tegenprestatie te vragen?
ord-d4a439b8 = Czy gmina uważa Państwa program powrotu do pracy (re-integratietraject) za powód, aby nie prosić o świadczenie wzajemne (tegenprestatie)?

# hilversum · rule parttime-maatwerk
# nl: Bij een parttime baan kijkt de gemeente per persoon.
ord-2b660161 = W przypadku pracy w niepełnym wymiarze godzin gmina rozpatruje sytuację każdej osoby osobno.

# hilversum · rule parttime-maatwerk judgement
# nl: Of uw parttime baan een reden is om geen tegenprestatie te vragen. Dit is maatwerk.
ord-3f2cb3b2 = Czy Państwa praca w niepełnym wymiarze godzin jest powodem, aby nie prosić o świadczenie wzajemne (tegenprestatie). To decyzja indywidualna (maatwerk).

# hilversum · rule parttime-maatwerk judgement ask
# nl: Vindt de gemeente uw parttime baan een reden om geen tegenprestatie te vragen?
ord-df452d3d = Czy gmina uważa Państwa pracę w niepełnym wymiarze godzin za powód, aby nie prosić o świadczenie wzajemne (tegenprestatie)?

# hilversum · practice 1
# nl: In de praktijk gebruikt Hilversum het woord 'tegenprestatie' bijna niet. Het komt pas ter sprake als iemand niet vrijwillig actief wil worden. De klantmanager bepaalt hoeveel tijd u krijgt om iets te vinden.
ord-df83a198 = W praktyce Hilversum prawie nie używa słowa „tegenprestatie” (świadczenie wzajemne). Mówi się o nim dopiero wtedy, gdy ktoś nie chce dobrowolnie podjąć aktywności. Doradca klienta (klantmanager) decyduje, ile czasu mają Państwo na znalezienie czegoś.

# hilversum · practice 2
# nl: In de praktijk gaat het vooral om vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-12b9c79b = W praktyce chodzi głównie o pracę wolontariacką (vrijwilligerswerk), choć uchwała gminy (verordening) wymienia pracę wolontariacką jako powód, aby nie prosić o świadczenie wzajemne (tegenprestatie).

# hoogezand-sappemeer-slochteren · municipality hoogezand-sappemeer since
# nl: Sinds 2018 deel van Midden-Groningen.
ord-0aa75401 = Od 2018 roku część gminy Midden-Groningen.

# hoogezand-sappemeer-slochteren · assignment omvang-en-duur
# nl: 4 tot 16 uur per week, minstens 3 maanden.
ord-11a7981a = Od 4 do 16 godzin tygodniowo, przez co najmniej 3 miesiące.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep
# nl: De tegenprestatie is hier alleen voor mensen die nog niet direct aan werk kunnen werken.
ord-4334aa04 = Tutaj świadczenie wzajemne (tegenprestatie) jest tylko dla osób, które jeszcze nie mogą od razu podjąć kroków w kierunku pracy.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement
# nl: Of u direct na de start van uw uitkering stappen naar werk kunt zetten. Kan dat? Dan geeft de gemeente u geen tegenprestatie. Kan dat niet, nu of een tijdje? Dan wel.
ord-acf3f553 = Czy zaraz po rozpoczęciu zasiłku (uitkering) mogą Państwo podjąć kroki w kierunku pracy. Jeśli tak, gmina nie zleca Państwu świadczenia wzajemnego (tegenprestatie). Jeśli nie jest to możliwe, teraz lub przez jakiś czas, gmina je zleca.

# hoogezand-sappemeer-slochteren · rule buiten-doelgroep judgement ask
# nl: Vindt de gemeente dat u meteen stappen naar werk kunt zetten?
ord-d04874a8 = Czy gmina uważa, że mogą Państwo od razu podjąć kroki w kierunku pracy?

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar
# nl: U doet minstens 4 uur per week vrijwilligerswerk: net zoveel als de kleinste tegenprestatie. Lijkt het werk op een tegenprestatie? Dan hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-30276644 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 4 godziny tygodniowo: tyle samo, ile wynosi najmniejsze świadczenie wzajemne (tegenprestatie). Czy ta praca jest podobna do świadczenia wzajemnego? Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego. Muszą Państwo jednak móc to wykazać.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement
# nl: Of uw vrijwilligerswerk lijkt op een tegenprestatie: onbetaald, nuttig voor anderen en geen vervanging van betaald werk. U moet het kunnen aantonen. De gemeente beoordeelt dat.
ord-fd14ca1e = Czy Państwa praca wolontariacka (vrijwilligerswerk) jest podobna do świadczenia wzajemnego (tegenprestatie): nieodpłatna, użyteczna dla innych i nie zastępuje płatnej pracy. Muszą Państwo móc to wykazać. Ocenia to gmina.

# hoogezand-sappemeer-slochteren · rule vrijwilligerswerk-vergelijkbaar judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk lijkt op een tegenprestatie?
ord-ebe7fa90 = Czy gmina uważa, że Państwa praca wolontariacka (vrijwilligerswerk) jest podobna do świadczenia wzajemnego (tegenprestatie)?

# hoogezand-sappemeer-slochteren · rule mantelzorg
# nl: U geeft mantelzorg die nodig is. Dan vraagt de gemeente geen tegenprestatie.
ord-df20ae37 = Zapewniają Państwo opiekę nieformalną (mantelzorg), która jest potrzebna. Wtedy gmina nie prosi o świadczenie wzajemne (tegenprestatie).

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is.
ord-72618890 = Czy Państwa opieka nieformalna (mantelzorg) jest naprawdę potrzebna.

# hoogezand-sappemeer-slochteren · rule mantelzorg judgement ask
# nl: Vindt de gemeente uw mantelzorg echt nodig?
ord-9905967e = Czy gmina uważa Państwa opiekę nieformalną (mantelzorg) za naprawdę potrzebną?

# hoogezand-sappemeer-slochteren · rule permanent-niet-in-staat
# nl: U kunt door uw persoonlijke situatie blijvend geen tegenprestatie doen. Dan vraagt de gemeente die niet.
ord-8c729f21 = Z powodu swojej sytuacji osobistej na stałe nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie). Wtedy gmina o nie nie prosi.

# hoogezand-sappemeer-slochteren · info 1
# nl: Kunt u tijdelijk geen tegenprestatie doen? Dan spreekt de gemeente met u af wanneer u die wel doet.
ord-647308d3 = Czasowo nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie)? Wtedy gmina ustala z Państwem, kiedy będą je Państwo wykonywać.

# hoogezand-sappemeer-slochteren · practice 1
# nl: In de praktijk doen hier maar weinig mensen een tegenprestatie. U krijgt meestal 20 dagen om iets te vinden, soms langer. Wat er gebeurt is mantelzorg of vrijwilligerswerk, en dat telt dan juist als tegenprestatie.
ord-0847a9ba = W praktyce niewiele osób wykonuje tutaj świadczenie wzajemne (tegenprestatie). Zwykle mają Państwo 20 dni na znalezienie czegoś, czasem dłużej. To, co ludzie robią, to opieka nieformalna (mantelzorg) lub praca wolontariacka (vrijwilligerswerk), i właśnie to liczy się wtedy jako świadczenie wzajemne.

# iasz · municipality haarlemmerliede-en-spaarnwoude since
# nl: Sinds 2019 deel van Haarlemmermeer.
ord-63a57598 = Od 2019 roku część gminy Haarlemmermeer.

# iasz · rule re-integratietraject
# nl: U wordt met een re-integratietraject naar werk begeleid. Dan hoeft u geen tegenprestatie te doen.
ord-9bef3261 = W ramach programu powrotu do pracy (re-integratietraject) otrzymują Państwo wsparcie w drodze do pracy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage
# nl: Draagt uw vrijwilligerswerk of mantelzorg bij aan de samenleving? Dan vraagt de gemeente geen tegenprestatie.
ord-8220484c = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) przynosi korzyść społeczeństwu? Wtedy gmina nie prosi o świadczenie wzajemne (tegenprestatie).

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement
# nl: Of uw vrijwilligerswerk of mantelzorg genoeg bijdraagt aan de samenleving.
ord-46026acd = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) przynosi wystarczającą korzyść społeczeństwu.

# iasz · rule vrijwilligerswerk-of-mantelzorg-bijdrage judgement ask
# nl: Vindt de gemeente uw vrijwilligerswerk of mantelzorg nuttig genoeg voor de samenleving?
ord-602d5284 = Czy gmina uważa Państwa pracę wolontariacką (vrijwilligerswerk) lub opiekę nieformalną (mantelzorg) za wystarczająco użyteczną dla społeczeństwa?

# iasz · practice 1
# nl: In de praktijk verwijst de afdeling u naar een vrijwilligerscentrale. Vrijwilligerswerk en mantelzorg tellen dan juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-65200929 = W praktyce wydział kieruje Państwa do centrum wolontariatu (vrijwilligerscentrale). Praca wolontariacka (vrijwilligerswerk) i opieka nieformalna (mantelzorg) liczą się wtedy właśnie jako świadczenie wzajemne (tegenprestatie), a nie jako powód do zwolnienia Państwa.

# menterwolde · practice 1
# nl: In de praktijk stuurt Menterwolde mensen naar een vrijwilligerscentrale. U krijgt ongeveer 4 weken om iets te vinden. Alle activiteiten zijn vrijwilligerswerk, terwijl de verordening vrijwilligerswerk een reden noemt om geen tegenprestatie te vragen.
ord-e76f3597 = W praktyce Menterwolde kieruje ludzi do centrum wolontariatu (vrijwilligerscentrale). Mają Państwo około 4 tygodni na znalezienie czegoś. Wszystkie działania to praca wolontariacka (vrijwilligerswerk), choć uchwała gminy (verordening) wymienia pracę wolontariacką jako powód, aby nie prosić o świadczenie wzajemne (tegenprestatie).

# oldenzaal · assignment duur-en-omvang
# nl: Hoogstens 24 uur per week en hoogstens 6 maanden. Eén keer verlengen kan, met hoogstens 6 maanden.
ord-f77cb8a1 = Najwyżej 24 godziny tygodniowo i najwyżej 6 miesięcy. Można je raz przedłużyć, najwyżej o 6 miesięcy.

# oldenzaal · assignment duur-en-omvang renewal
# nl: De gemeente kan de tegenprestatie één keer verlengen, met hoogstens 6 maanden.
ord-6efaba04 = Gmina może raz przedłużyć świadczenie wzajemne (tegenprestatie), najwyżej o 6 miesięcy.

# oldenzaal · rule grote-afstand
# nl: U staat op stap 1 tot en met 4 van de participatieladder. U heeft dus een grote afstand tot werk. Dan kan de gemeente u een tegenprestatie opleggen.
ord-0e29188f = Znajdują się Państwo na drabinie uczestnictwa (participatieladder) na stopniu od 1 do 4 włącznie. Są więc Państwo daleko od pracy. Wtedy gmina może nałożyć na Państwa świadczenie wzajemne (tegenprestatie).

# oldenzaal · rule korte-afstand
# nl: U staat op stap 5 of 6 van de participatieladder. U kunt zich dan richten op betaald werk.
ord-6bb4beed = Znajdują się Państwo na stopniu 5 lub 6 drabiny uczestnictwa (participatieladder). Mogą Państwo wtedy skupić się na płatnej pracy.

# oldenzaal · rule korte-afstand judgement
# nl: Of er bijzondere omstandigheden zijn. U staat dicht bij werk. Dan krijgt u in principe geen tegenprestatie. Alleen in bijzondere gevallen wel, bijvoorbeeld als u nu en straks niets doet om werk te vinden.
ord-e15bb182 = Czy istnieją szczególne okoliczności. Są Państwo blisko pracy. Wtedy co do zasady nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie). Otrzymują je Państwo tylko w szczególnych przypadkach, na przykład jeśli teraz i w najbliższym czasie nie robią Państwo nic, aby znaleźć pracę.

# oldenzaal · rule korte-afstand judgement ask
# nl: Ziet de gemeente een bijzondere reden om u toch een tegenprestatie te geven?
ord-be8fc6e6 = Czy gmina widzi szczególny powód, aby mimo to zlecić Państwu świadczenie wzajemne (tegenprestatie)?

# oldenzaal · rule afstand-onbekend
# nl: In Oldenzaal hangt de tegenprestatie af van uw afstand tot werk. Die weten we niet.
ord-802527df = W Oldenzaal świadczenie wzajemne (tegenprestatie) zależy od tego, jak daleko są Państwo od pracy. Tego nie wiemy.

# oldenzaal · rule afstand-onbekend judgement
# nl: Hoe ver u van betaald werk af staat. Kunt u binnen een jaar werken? Dan krijgt u in principe geen tegenprestatie. Anders kan de gemeente die wel opleggen.
ord-1109ed70 = Jak daleko są Państwo od płatnej pracy. Czy w ciągu roku będą Państwo mogli pracować? Wtedy co do zasady nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie). W przeciwnym razie gmina może je nałożyć.

# oldenzaal · rule afstand-onbekend judgement ask
# nl: Vindt de gemeente dat u niet binnen een jaar kunt werken?
ord-a00af480 = Czy gmina uważa, że nie będą Państwo mogli pracować w ciągu roku?

# oldenzaal · rule mantelzorg judgement
# nl: Of uw mantelzorg echt nodig is. Het gaat om zorg die meer is dan gewone hulp in een gezin.
ord-7e972dc2 = Czy Państwa opieka nieformalna (mantelzorg) jest naprawdę potrzebna. Chodzi o opiekę, która jest czymś więcej niż zwykła pomoc w rodzinie.

# oldenzaal · rule maatschappelijke-activiteit-meewegen
# nl: De gemeente moet rekening houden met uw vrijwilligerswerk of mantelzorg.
ord-d4dee59b = Gmina musi wziąć pod uwagę Państwa pracę wolontariacką (vrijwilligerswerk) lub opiekę nieformalną (mantelzorg).

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement
# nl: Of uw vrijwilligerswerk of mantelzorg telt als tegenprestatie, of dat u minder uren hoeft te doen. De gemeente kijkt naar hoe lang en hoeveel u het doet.
ord-ae100a99 = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) liczy się jako świadczenie wzajemne (tegenprestatie), albo czy mają Państwo do wykonania mniej godzin. Gmina sprawdza, jak długo i ile Państwo to robią.

# oldenzaal · rule maatschappelijke-activiteit-meewegen judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk of mantelzorg telt als tegenprestatie?
ord-8669a918 = Czy gmina uważa, że Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) liczy się jako świadczenie wzajemne (tegenprestatie)?

# oldenzaal · info 1
# nl: Zoek eerst zelf een passende tegenprestatie. Doet u dat niet? Dan kiest de gemeente het werk.
ord-69eb3388 = Proszę najpierw samodzielnie poszukać odpowiedniego świadczenia wzajemnego (tegenprestatie). Nie zrobią Państwo tego? Wtedy pracę wybiera gmina.

# oldenzaal · info 2
# nl: Is er geen geschikt werk? Dan krijgt u geen tegenprestatie. De gemeente kijkt binnen 6 maanden opnieuw.
ord-22488bc4 = Nie ma odpowiedniej pracy? Wtedy nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie). Gmina sprawdzi to ponownie w ciągu 6 miesięcy.

# oldenzaal · info 3
# nl: Weigert u de tegenprestatie? Dan bepaalt de gemeente per persoon hoeveel en hoe lang de uitkering lager wordt. Dat gaat volgens de Maatregelenverordening.
ord-670cd827 = Odmawiają Państwo wykonania świadczenia wzajemnego (tegenprestatie)? Wtedy gmina indywidualnie ustala, o ile i na jak długo zasiłek (uitkering) zostanie obniżony. Odbywa się to według uchwały o sankcjach (Maatregelenverordening).

# oldenzaal · milestone geen-werk-opnieuw-bekijken
# nl: Geen tegenprestatie omdat er geen passend werk is? Dan kijkt de gemeente uiterlijk op deze dag opnieuw of er wel werk is.
ord-ff03b5c2 = Nie mają Państwo świadczenia wzajemnego (tegenprestatie), bo nie ma odpowiedniej pracy? Wtedy gmina najpóźniej w tym dniu sprawdzi ponownie, czy jest praca.

# overbetuwe · assignment omvang-en-duur
# nl: 4 tot 8 uur per week, 2 tot 6 maanden achter elkaar, minstens één keer per jaar.
ord-5f89dc5c = Od 4 do 8 godzin tygodniowo, od 2 do 6 miesięcy bez przerwy, co najmniej raz w roku.

# overbetuwe · assignment omvang-en-duur renewal
# nl: De gemeente geeft minstens één keer per kalenderjaar een tegenprestatie. Meer dan 8 uur per week mag alleen als u en de gemeente het allebei willen.
ord-23c4ae52 = Gmina zleca świadczenie wzajemne (tegenprestatie) co najmniej raz w roku kalendarzowym. Więcej niż 8 godzin tygodniowo jest dozwolone tylko wtedy, gdy chcą tego zarówno Państwo, jak i gmina.

# overbetuwe · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-66613b78 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 4 godziny tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# overbetuwe · rule re-integratietraject
# nl: U doet mee aan activiteiten van een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-05a7741a = Uczestniczą Państwo w działaniach w ramach programu powrotu do pracy (re-integratietraject). Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# overbetuwe · rule mantelzorg-8-uur-of-3-maanden
# nl: U geeft mantelzorg: minstens 8 uur per week, of al langer dan 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-efb94cdd = Zapewniają Państwo opiekę nieformalną (mantelzorg): co najmniej 8 godzin tygodniowo lub już od ponad 3 miesięcy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# overbetuwe · rule parttime-20-uur
# nl: U werkt minstens 20 uur per week in een parttime baan. Dan hoeft u geen tegenprestatie te doen.
ord-1e2beed2 = Mają Państwo pracę w niepełnym wymiarze godzin i pracują Państwo co najmniej 20 godzin tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# overbetuwe · rule alleenstaande-ouder
# nl: U bent alleenstaande ouder met vrijstelling voor de zorg voor een kind tot 5 jaar. Dan hoeft u geen tegenprestatie te doen.
ord-7beb18a3 = Są Państwo samotnym rodzicem i mają Państwo zwolnienie, ponieważ opiekują się Państwo dzieckiem do 5 lat. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# overbetuwe · rule blijvend-arbeidsongeschikt
# nl: U bent blijvend arbeidsongeschikt. Dan hoeft u geen tegenprestatie te doen.
ord-ea1ac3a0 = Są Państwo trwale niezdolni do pracy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# overbetuwe · practice 1
# nl: Voorbeelden uit de praktijk in Overbetuwe: de tuin van de buren onderhouden, boodschappen doen voor een oudere, iemand gezelschap houden.
ord-d46057dd = Przykłady z praktyki w Overbetuwe: dbanie o ogród sąsiadów, robienie zakupów dla starszej osoby, dotrzymywanie komuś towarzystwa.

# overbetuwe · practice 2
# nl: In Overbetuwe klopt de praktijk met de verordening: wie vrijwilligerswerk doet, is vrijgesteld. In de praktijk krijgt u een formulier en wordt binnen 2 weken een antwoord verwacht.
ord-fde19779 = W Overbetuwe praktyka zgadza się z uchwałą gminy (verordening): kto wykonuje pracę wolontariacką (vrijwilligerswerk), jest zwolniony ze świadczenia wzajemnego (tegenprestatie). W praktyce otrzymują Państwo formularz, a odpowiedź jest oczekiwana w ciągu 2 tygodni.

# participatiewet-2027 · rules not known name
# nl: de Participatiewet in balans
ord-3f9d2dff = ustawa Participatiewet in balans

# participatiewet-2027 · rules not known summary
# nl: Vanaf 1 januari 2027 vervangt de wet de tegenprestatie door maatschappelijke participatie.
ord-70eb5947 = Od 1 januari 2027 ustawa zastępuje świadczenie wzajemne (tegenprestatie) udziałem w życiu społecznym (maatschappelijke participatie).

# participatiewet · rule jonger-dan-18
# nl: De tegenprestatie geldt pas vanaf 18 jaar. U bent jonger dan 18.
ord-c343a7ea = Świadczenie wzajemne (tegenprestatie) obowiązuje dopiero od ukończenia 18 lat. Mają Państwo mniej niż 18 lat.

# participatiewet · rule pensioenleeftijd
# nl: De tegenprestatie stopt als u de AOW-leeftijd heeft bereikt.
ord-3e007443 = Świadczenie wzajemne (tegenprestatie) kończy się, gdy osiągną Państwo wiek emerytalny AOW.

# participatiewet · rule geen-uitkering
# nl: De plicht begint op de dag dat u zich meldt om een uitkering aan te vragen. U krijgt geen uitkering, dus de plicht geldt niet voor u. Heeft u wel een uitkering aangevraagd? Dan geldt de plicht al vanaf de dag dat u zich meldde.
ord-bcbd2b92 = Obowiązek zaczyna się w dniu, w którym zgłaszają się Państwo, aby złożyć wniosek o zasiłek (uitkering). Nie otrzymują Państwo zasiłku, więc obowiązek Państwa nie dotyczy. Złożyli Państwo jednak wniosek o zasiłek? Wtedy obowiązek dotyczy Państwa już od dnia, w którym Państwo się zgłosili.

# participatiewet · rule alleen-bijzondere-bijstand
# nl: U krijgt alleen bijzondere bijstand. Vraag de gemeente of de tegenprestatie dan voor u geldt.
ord-432b7e57 = Otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand). Proszę zapytać gminę, czy świadczenie wzajemne (tegenprestatie) dotyczy wtedy Państwa.

# participatiewet · rule alleen-bijzondere-bijstand judgement
# nl: Of de tegenprestatie ook geldt als u alleen bijzondere bijstand krijgt. De wet maakt voor bijzondere bijstand geen uitzondering. Maar de wet zegt ook niet duidelijk dat de plicht dan geldt. Vraag het uw gemeente.
ord-751a6598 = Czy świadczenie wzajemne (tegenprestatie) obowiązuje także wtedy, gdy otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand). Ustawa nie robi wyjątku dla specjalnej pomocy społecznej. Ale ustawa nie mówi też jasno, że obowiązek wtedy Państwa dotyczy. Proszę zapytać swoją gminę.

# participatiewet · rule alleen-bijzondere-bijstand judgement ask
# nl: Vindt de gemeente dat de plicht niet geldt als u alleen bijzondere bijstand krijgt?
ord-37f958e8 = Czy gmina uważa, że obowiązek Państwa nie dotyczy, gdy otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand)?

# participatiewet · rule plicht-tegenprestatie
# nl: Met een uitkering moet u onbetaald nuttig werk doen als de gemeente dat vraagt. Dat heet de tegenprestatie. Het werk past bij wat u kunt. Het mag geen betaalde baan vervangen.
ord-d4f7352d = Jeśli otrzymują Państwo zasiłek (uitkering), muszą Państwo wykonywać nieodpłatną, użyteczną pracę, gdy gmina o to poprosi. Nazywa się to świadczeniem wzajemnym (tegenprestatie). Praca jest dopasowana do Państwa możliwości. Nie może zastępować płatnej pracy.

# participatiewet · rule ioaw-ioaz
# nl: Voor een IOAW- of IOAZ-uitkering geldt dezelfde plicht als voor bijstand.
ord-21369307 = Osoby z zasiłkiem (uitkering) IOAW lub IOAZ mają ten sam obowiązek co osoby z pomocą społeczną (bijstand).

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt
# nl: U kunt volledig en blijvend niet werken. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-2199aa1c = Całkowicie i trwale nie mogą Państwo pracować. Wtedy świadczenie wzajemne (tegenprestatie) Państwa nie dotyczy. Tak jest zapisane w ustawie.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz
# nl: U kunt volledig en blijvend niet werken, en u heeft een IOAW- of IOAZ-uitkering. De gemeente beslist of u dan vrij bent.
ord-6762a44b = Całkowicie i trwale nie mogą Państwo pracować i mają Państwo zasiłek (uitkering) IOAW lub IOAZ. Gmina decyduje, czy są Państwo wtedy zwolnieni.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement
# nl: Of u met een IOAW- of IOAZ-uitkering vrij bent omdat u volledig en blijvend niet kunt werken. De wet regelt dat alleen voor bijstand. De gemeente kan u bij dringende redenen wel een tijd vrijstellen. En zij moet de tegenprestatie afstemmen op wat u kunt.
ord-f01ec180 = Czy przy zasiłku (uitkering) IOAW lub IOAZ są Państwo zwolnieni, ponieważ całkowicie i trwale nie mogą Państwo pracować. Ustawa reguluje to tylko dla pomocy społecznej (bijstand). Jeśli są pilne powody, gmina może jednak zwolnić Państwa na jakiś czas. Musi też dopasować świadczenie wzajemne (tegenprestatie) do Państwa możliwości.

# participatiewet · rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz judgement ask
# nl: Stelt de gemeente u vrij omdat u blijvend niet kunt werken?
ord-0cb8212f = Czy gmina zwalnia Państwa, ponieważ trwale nie mogą Państwo pracować?

# participatiewet · rule alleenstaande-ouder-ontheffing
# nl: U bent alleenstaande ouder en de gemeente heeft u vrijgesteld van de plicht om te werken, omdat u zorgt voor een kind jonger dan 5 jaar. Dan geldt de tegenprestatie niet voor u. Dat staat in de wet.
ord-930fbd32 = Są Państwo samotnym rodzicem i gmina zwolniła Państwa z obowiązku pracy, ponieważ opiekują się Państwo dzieckiem w wieku poniżej 5 lat. Wtedy świadczenie wzajemne (tegenprestatie) Państwa nie dotyczy. Tak jest zapisane w ustawie.

# participatiewet · rule dringende-redenen
# nl: Bij dringende redenen kan de gemeente u een tijdje vrijstellen. Dat beslist de gemeente per persoon.
ord-dcc3941a = Jeśli są pilne powody, gmina może na jakiś czas Państwa zwolnić. Gmina decyduje o tym indywidualnie dla każdej osoby.

# participatiewet · rule dringende-redenen judgement
# nl: Of uw dringende redenen, zoals zorgtaken, genoeg zijn om u een tijd vrij te stellen. De gemeente kijkt naar uw situatie.
ord-46a30b06 = Czy Państwa pilne powody, na przykład obowiązki opiekuńcze, wystarczą, aby zwolnić Państwa na jakiś czas. Gmina przygląda się Państwa sytuacji.

# participatiewet · rule dringende-redenen judgement ask
# nl: Vindt de gemeente uw redenen dringend genoeg om u een tijd vrij te stellen?
ord-07a4253a = Czy gmina uważa Państwa powody za wystarczająco pilne, aby zwolnić Państwa na jakiś czas?

# participatiewet · rule naar-vermogen
# nl: U zegt dat u door uw situatie blijvend geen tegenprestatie kunt doen. De wet geeft daarvoor geen vrijstelling, maar de gemeente moet rekening houden met wat u kunt.
ord-6822ac31 = Mówią Państwo, że z powodu swojej sytuacji trwale nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie). Ustawa nie przewiduje z tego powodu zwolnienia, ale gmina musi wziąć pod uwagę Państwa możliwości.

# participatiewet · rule naar-vermogen judgement
# nl: Wat u nog kunt. De gemeente moet de tegenprestatie aanpassen aan wat u kunt: minder uren, ander werk, of helemaal geen opdracht.
ord-96fb1c86 = Co Państwo jeszcze mogą robić. Gmina musi dopasować świadczenie wzajemne (tegenprestatie) do Państwa możliwości: mniej godzin, inna praca albo w ogóle żadne zlecenie.

# participatiewet · rule naar-vermogen judgement ask
# nl: Vindt de gemeente dat u toch een tegenprestatie kunt doen?
ord-8209d902 = Czy gmina uważa, że mimo to mogą Państwo wykonywać świadczenie wzajemne (tegenprestatie)?

# participatiewet · info 1
# nl: U mag zeggen wat voor werk u wilt doen. De gemeente moet dat meewegen, maar beslist zelf.
ord-5c4c4aaf = Mogą Państwo powiedzieć, jaką pracę chcieliby Państwo wykonywać. Gmina musi to wziąć pod uwagę, ale decyduje sama.

# participatiewet · info 2
# nl: De gemeente moet duidelijk opschrijven welk werk u moet doen. 32 uur per week of meer is te veel voor een tegenprestatie.
ord-68ed0f30 = Gmina musi jasno zapisać, jaką pracę muszą Państwo wykonywać. 32 godziny tygodniowo lub więcej to za dużo jak na świadczenie wzajemne (tegenprestatie).

# participatiewet · info 3
# nl: Doet u de tegenprestatie niet? Dan kan de gemeente uw uitkering een tijd verlagen.
ord-9d68d2f7 = Nie wykonują Państwo świadczenia wzajemnego (tegenprestatie)? Wtedy gmina może na jakiś czas obniżyć Państwa zasiłek (uitkering).

# participatiewet · info 4
# nl: Bent u het niet eens met het besluit van de gemeente? Dan kunt u bezwaar maken, en daarna naar de rechter.
ord-bbe49113 = Nie zgadzają się Państwo z decyzją gminy? Wtedy mogą Państwo złożyć sprzeciw (bezwaar), a potem zwrócić się do sądu.

# participatiewet · pension age
# nl: De AOW-leeftijd verschilt per jaar. Tot en met 2025 staat die in de wet. Voor de jaren daarna maakt de minister de AOW-leeftijd vijf jaar van tevoren bekend. Wij rekenen met de AOW-leeftijd voor de datum van de check.
ord-fa058ce2 = Wiek emerytalny AOW jest różny w zależności od roku. Do 2025 roku włącznie jest on zapisany w ustawie. Na kolejne lata minister ogłasza wiek emerytalny AOW pięć lat wcześniej. Liczymy według wieku emerytalnego AOW, który obowiązuje w dniu testu.

# participatiewet · merger rule
# nl: Na een samenvoeging van gemeenten gelden de regels van de oude gemeente nog hoogstens twee jaar. Ze gelden dan alleen in het gebied van de oude gemeente. De nieuwe gemeente kan ze eerder laten stoppen of vervangen door eigen regels.
ord-a92f4df5 = Po połączeniu gmin przepisy dawnej gminy obowiązują jeszcze najwyżej przez dwa lata. Obowiązują wtedy tylko na obszarze dawnej gminy. Nowa gmina może je wcześniej uchylić lub zastąpić własnymi przepisami.

# rheden · assignment omvang-en-duur
# nl: Gemiddeld 4 uur per week. In totaal 52 tot 208 uur per jaar.
ord-d4e26532 = Średnio 4 godziny tygodniowo. Łącznie od 52 do 208 godzin w roku.

# rheden · rule parttime-20-uur
# nl: U doet minstens 20 uur per week betaald werk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-7abc76c2 = Wykonują Państwo płatną pracę przez co najmniej 20 godzin tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# rheden · rule vrijwilligerswerk-4-uur
# nl: U doet minstens 4 uur per week vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-20f7f2b4 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 4 godziny tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# rheden · rule mantelzorg-4-uur
# nl: U doet minstens 4 uur per week mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-818c7a23 = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 4 godziny tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# rotterdam · assignment omvang-en-duur
# nl: Hoogstens 20 uur per week, minder als u niet meer kunt. De tegenprestatie heeft geen einddatum.
ord-be796a04 = Najwyżej 20 godzin tygodniowo, mniej, jeśli nie mogą Państwo więcej. Świadczenie wzajemne (tegenprestatie) nie ma daty zakończenia.

# rotterdam · assignment omvang-en-duur renewal
# nl: Na minstens 6 maanden kan de gemeente samen met u een andere tegenprestatie kiezen, die past bij uw ontwikkeling.
ord-8ad24553 = Po co najmniej 6 miesiącach gmina może razem z Państwem wybrać inne świadczenie wzajemne (tegenprestatie), które pasuje do Państwa rozwoju.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-20-uur
# nl: In Rotterdam telt vrijwilligerswerk en mantelzorg als tegenprestatie. U doet samen 20 uur of meer per week. Daarmee doet u al de tegenprestatie.
ord-5d3644cb = W gminie Rotterdam praca wolontariacka (vrijwilligerswerk) i opieka nieformalna (mantelzorg) liczą się jako świadczenie wzajemne (tegenprestatie). Łącznie robią to Państwo przez 20 lub więcej godzin tygodniowo. W ten sposób już wykonują Państwo świadczenie wzajemne.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen
# nl: Uw vrijwilligerswerk of mantelzorg telt als tegenprestatie. U doet minder dan 20 uur per week.
ord-ea7979e2 = Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) liczy się jako świadczenie wzajemne (tegenprestatie). Robią to Państwo przez mniej niż 20 godzin tygodniowo.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement
# nl: Of uw uren vrijwilligerswerk of mantelzorg genoeg zijn. De norm is 20 uur per week, of minder als u niet meer kunt.
ord-da3ac9bc = Czy Państwa godziny pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg) wystarczą. Norma to 20 godzin tygodniowo albo mniej, jeśli nie mogą Państwo więcej.

# rotterdam · rule vrijwilligerswerk-of-mantelzorg-naar-vermogen judgement ask
# nl: Vindt de gemeente uw uren vrijwilligerswerk of mantelzorg genoeg?
ord-bd75ebad = Czy gmina uważa, że Państwa godziny pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg) wystarczą?

# rotterdam · rule ontheffing-individuele-omstandigheden
# nl: De gemeente kan u vrijstellen als uw situatie daar een reden voor is.
ord-143a3e07 = Gmina może Państwa zwolnić, jeśli Państwa sytuacja daje do tego powód.

# rotterdam · rule ontheffing-individuele-omstandigheden judgement
# nl: Of uw situatie een reden is om u vrij te stellen.
ord-f35dd142 = Czy Państwa sytuacja jest powodem, aby Państwa zwolnić.

# rotterdam · rule naast-re-integratie
# nl: Ook als u een re-integratietraject volgt, kan de gemeente u een tegenprestatie geven.
ord-4efc132f = Także wtedy, gdy uczestniczą Państwo w programie powrotu do pracy (re-integratietraject), gmina może zlecić Państwu świadczenie wzajemne (tegenprestatie).

# rotterdam · info 1
# nl: U kiest zelf hoe u de tegenprestatie doet. De gemeente helpt als dat nodig is. Doet u niet op tijd een voorstel? Dan kan de gemeente een maatregel opleggen.
ord-0b5af334 = Sami Państwo wybierają, w jaki sposób wykonują świadczenie wzajemne (tegenprestatie). Gmina pomaga, jeśli jest to potrzebne. Nie przedstawią Państwo propozycji na czas? Wtedy gmina może nałożyć sankcję (maatregel).

# rotterdam · info 2
# nl: Dit telt als tegenprestatie: vrijwilligerswerk, mantelzorg, ander nuttig werk, een taaltraining of beweegtraining, en werken aan persoonlijke problemen zodat u daarna iets anders kunt doen.
ord-de11ab3c = Jako świadczenie wzajemne (tegenprestatie) liczy się: praca wolontariacka (vrijwilligerswerk), opieka nieformalna (mantelzorg), inna użyteczna praca, kurs językowy lub zajęcia ruchowe oraz praca nad problemami osobistymi, aby potem móc robić coś innego.

# rotterdam · practice 1
# nl: In de praktijk wil Rotterdam dat u binnen twee maanden iets vindt. Lukt dat niet, dan helpt de gemeente met tips.
ord-7e1d2132 = W praktyce Rotterdam chce, aby znaleźli Państwo coś w ciągu dwóch miesięcy. Jeśli się to nie uda, gmina pomaga wskazówkami.

# rotterdam · practice 2
# nl: In de praktijk begint de gemeente vaak met minder dan 20 uur. 'Naar vermogen' weegt zwaar.
ord-a39c2054 = W praktyce gmina często zaczyna od mniej niż 20 godzin. Zasada „naar vermogen” (według możliwości) ma duże znaczenie.

# rotterdam · practice 3
# nl: In de praktijk vraagt Rotterdam de tegenprestatie vooral van mensen die geen re-integratietraject krijgen.
ord-4b82d0a7 = W praktyce Rotterdam prosi o świadczenie wzajemne (tegenprestatie) głównie osoby, które nie dostają programu powrotu do pracy (re-integratietraject).

# rotterdam · milestone andere-invulling
# nl: Vanaf deze dag kan de gemeente samen met de klant een andere tegenprestatie kiezen, gericht op persoonlijke ontwikkeling.
ord-2806f070 = Od tego dnia gmina może razem z klientem wybrać inne świadczenie wzajemne (tegenprestatie), nastawione na rozwój osobisty.

# rsd-de-liemers · municipality rijnwaarden since
# nl: Sinds 2018 deel van Zevenaar.
ord-092b24b6 = Od 2018 roku część gminy Zevenaar.

# rsd-de-liemers · assignment omvang-en-duur
# nl: Minstens 2 uur per week, minstens 3 maanden per jaar.
ord-2d4a6ff8 = Co najmniej 2 godziny tygodniowo, co najmniej 3 miesiące w roku.

# rsd-de-liemers · variant met-een-beperking
# nl: U heeft een beperking. Dan doet u zoveel als u kunt. Er is geen minimum aantal uren.
ord-da2580f0 = Mają Państwo ograniczenie sprawności (beperking). Wtedy robią Państwo tyle, ile mogą. Nie ma minimalnej liczby godzin.

# rsd-de-liemers · rule parttime-werk
# nl: U werkt parttime. Dan hoeft u geen tegenprestatie te doen.
ord-b696362b = Pracują Państwo w niepełnym wymiarze godzin. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# rsd-de-liemers · rule sociale-activering
# nl: U doet mee aan sociale activering. Dan hoeft u geen tegenprestatie te doen.
ord-7e6fdf6d = Uczestniczą Państwo w aktywizacji społecznej (sociale activering). Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# rsd-de-liemers · rule re-integratietraject
# nl: U doet mee aan een re-integratietraject. Dan hoeft u geen tegenprestatie te doen.
ord-19d1be4a = Uczestniczą Państwo w programie powrotu do pracy (re-integratietraject). Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# rsd-de-liemers · rule toekomstatelier-of-groepstraining
# nl: U doet mee aan het Toekomstatelier of een andere groepstraining. Dan hoeft u geen tegenprestatie te doen.
ord-5d5e1606 = Uczestniczą Państwo w Toekomstatelier lub w innym szkoleniu grupowym. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# rsd-de-liemers · rule mantelzorg-8-uur-3-maanden
# nl: U geeft minstens 8 uur per week mantelzorg, al minstens 3 maanden. Dan hoeft u geen tegenprestatie te doen.
ord-472c885b = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 8 godzin tygodniowo, już od co najmniej 3 miesięcy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# rsd-de-liemers · rule vrijwilligerswerk-2-uur-3-maanden
# nl: U doet minstens 2 uur per week vrijwilligerswerk, minstens 3 maanden per jaar. Dan hoeft u geen tegenprestatie te doen.
ord-2c145655 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 2 godziny tygodniowo, co najmniej 3 miesiące w roku. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan
# nl: U heeft een beperking en u doet al onbetaald vrijwilligerswerk. Als dat past bij wat u kunt, doet u daarmee de tegenprestatie al.
ord-b078cc3b = Mają Państwo ograniczenie sprawności (beperking) i już wykonują Państwo nieodpłatną pracę wolontariacką (vrijwilligerswerk). Jeśli jest ona dopasowana do Państwa możliwości, w ten sposób już wykonują Państwo świadczenie wzajemne (tegenprestatie).

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement
# nl: Of het werk dat u nu doet past bij wat u kunt. Dan telt het als tegenprestatie. De gemeente beoordeelt dat.
ord-c9d6d857 = Czy praca, którą Państwo teraz wykonują, jest dopasowana do Państwa możliwości. Wtedy liczy się ona jako świadczenie wzajemne (tegenprestatie). Ocenia to gmina.

# rsd-de-liemers · rule met-beperking-naar-vermogen-voldaan judgement ask
# nl: Vindt de gemeente dat uw vrijwilligerswerk past bij wat u kunt?
ord-2a201dab = Czy gmina uważa, że Państwa praca wolontariacka (vrijwilligerswerk) jest dopasowana do Państwa możliwości?

# rsd-de-liemers · practice 1
# nl: In de praktijk is vrijwilligerswerk hier juist de tegenprestatie. De dienst let vooral op óf u iets doet: anderhalf uur per week wordt ook goedgekeurd.
ord-327f15cb = W praktyce praca wolontariacka (vrijwilligerswerk) jest tutaj właśnie świadczeniem wzajemnym (tegenprestatie). Urząd zwraca uwagę przede wszystkim na to, czy w ogóle coś Państwo robią: półtorej godziny tygodniowo też jest akceptowane.

# rsd-de-liemers · practice 2
# nl: In de praktijk kreeg u ongeveer 8 weken om zelf iets te vinden na de brief van de dienst.
ord-daa62d41 = W praktyce po liście od urzędu mieli Państwo około 8 tygodni na samodzielne znalezienie czegoś.

# schagen · assignment omvang-en-duur
# nl: 2 tot 8 uur per week, 3 tot 6 maanden.
ord-eb0c515d = Od 2 do 8 godzin tygodniowo, od 3 do 6 miesięcy.

# schagen · variant minder-als-het-niet-kan
# nl: Kunt u het minimum niet halen? Dan kan de gemeente minder vragen: minder uren of minder maanden.
ord-b68498b1 = Nie są Państwo w stanie osiągnąć minimum? Wtedy gmina może prosić o mniej: mniej godzin lub mniej miesięcy.

# schagen · rule uitstromer
# nl: U hoort bij de uitstromers: u werkt aan betaald werk. Dan krijgt u geen tegenprestatie.
ord-d881dffb = Należą Państwo do grupy „uitstromers”: pracują Państwo nad tym, aby podjąć płatną pracę. Wtedy nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie).

# schagen · rule re-integratievoorziening
# nl: U gebruikt een re-integratievoorziening. Dan richt u zich op betaald werk en krijgt u geen tegenprestatie.
ord-313b09a6 = Korzystają Państwo z formy wsparcia w powrocie do pracy (re-integratievoorziening). Wtedy skupiają się Państwo na płatnej pracy i nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie).

# schagen · rule groeier-of-blijver
# nl: U hoort bij de groeiers of blijvers en u volgt geen re-integratie. Dan kan de gemeente u een tegenprestatie geven.
ord-63eac5e7 = Należą Państwo do grupy „groeiers” lub „blijvers” i nie biorą Państwo udziału w działaniach na rzecz powrotu do pracy (re-integratie). Wtedy gmina może zlecić Państwu świadczenie wzajemne (tegenprestatie).

# schagen · rule doelgroep-onbekend
# nl: In Schagen hangt de tegenprestatie af van uw groep. Uitstromers krijgen er geen.
ord-febe03e4 = W Schagen świadczenie wzajemne (tegenprestatie) zależy od Państwa grupy. „Uitstromers” go nie otrzymują.

# schagen · rule doelgroep-onbekend judgement
# nl: Bij welke groep u hoort: uitstromer, groeier of blijver. De gemeente deelt u in.
ord-0000805b = Do której grupy Państwo należą: „uitstromer”, „groeier” czy „blijver”. Gmina przydziela Państwa do grupy.

# schagen · rule doelgroep-onbekend judgement ask
# nl: Hoort u volgens de gemeente bij de groeiers of blijvers?
ord-84e974d2 = Czy według gminy należą Państwo do grupy „groeiers” lub „blijvers”?

# schagen · rule respijtzorg
# nl: U neemt als vrijwilliger de zorg even over van een mantelzorger (respijtzorg). Dan krijgt u geen tegenprestatie.
ord-518e64e1 = W ramach wolontariatu przejmują Państwo na pewien czas opiekę od opiekuna nieformalnego (mantelzorger). Jest to opieka wytchnieniowa (respijtzorg). Wtedy nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie).

# schagen · rule eigen-initiatief-telt
# nl: Wat u uit uzelf doet voor de samenleving, zoals vrijwilligerswerk, telt als tegenprestatie. U doet minstens 2 uur per week: het minimum.
ord-10022822 = To, co z własnej inicjatywy robią Państwo dla społeczeństwa, na przykład praca wolontariacka (vrijwilligerswerk), liczy się jako świadczenie wzajemne (tegenprestatie). Robią to Państwo przez co najmniej 2 godziny tygodniowo: to jest minimum.

# schagen · rule eigen-initiatief-minder-dan-minimum
# nl: Uw vrijwilligerswerk telt als tegenprestatie, maar u doet minder dan het minimum van 2 uur per week.
ord-cf87a0e5 = Państwa praca wolontariacka (vrijwilligerswerk) liczy się jako świadczenie wzajemne (tegenprestatie), ale robią Państwo mniej niż minimum, czyli mniej niż 2 godziny tygodniowo.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement
# nl: Of minder dan 2 uur per week genoeg is. Dat kan als u het minimum niet kunt halen.
ord-2404c893 = Czy mniej niż 2 godziny tygodniowo wystarczy. Jest to możliwe, jeśli nie są Państwo w stanie osiągnąć minimum.

# schagen · rule eigen-initiatief-minder-dan-minimum judgement ask
# nl: Vindt de gemeente minder dan 2 uur per week genoeg voor u?
ord-a6b37173 = Czy gmina uważa, że w Państwa przypadku mniej niż 2 godziny tygodniowo wystarczy?

# schagen · rule parttime-baan
# nl: U heeft een parttime baan. Volgens de samenvattende tabel hoeft u dan geen tegenprestatie te doen.
ord-4f891104 = Mają Państwo pracę w niepełnym wymiarze godzin. Według tabeli podsumowującej nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# schagen · rule parttime-baan judgement
# nl: Of uw parttime baan u vrijstelt. De samenvattende tabel zegt ja, maar de beschrijving van de verordening noemt parttime werk niet. Vraag het de gemeente.
ord-0ed30a1f = Czy praca w niepełnym wymiarze godzin zwalnia Państwa ze świadczenia wzajemnego (tegenprestatie). Tabela podsumowująca mówi, że tak, ale opis uchwały gminy (verordening) nie wspomina o pracy w niepełnym wymiarze godzin. Proszę zapytać gminę.

# schagen · practice 1
# nl: In de praktijk kan de tegenprestatie in Schagen langer duren dan 6 maanden, als u door wilt. De gemeente kijkt dan of u op een andere plek verder kunt. De omvang is hoogstens twee dagdelen per week.
ord-847e8cd7 = W praktyce świadczenie wzajemne (tegenprestatie) w Schagen może trwać dłużej niż 6 miesięcy, jeśli chcą Państwo je kontynuować. Gmina sprawdza wtedy, czy mogą Państwo kontynuować w innym miejscu. Wymiar to najwyżej dwie części dnia (dagdelen) tygodniowo.

# stichtse-vecht · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 6 maanden per jaar.
ord-2932fa1d = Od 8 do 16 godzin tygodniowo, 6 miesięcy w roku.

# stichtse-vecht · rule vrijwilligerswerk
# nl: U doet vrijwilligerswerk. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-cd6ac6aa = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk). Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# stichtse-vecht · rule mantelzorg
# nl: U geeft mantelzorg. Volgens de samenvatting hoeft u dan geen tegenprestatie te doen.
ord-eaed952e = Zapewniają Państwo opiekę nieformalną (mantelzorg). Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

# urk · assignment omvang-en-duur
# nl: 8 tot 16 uur per week, 2 keer 6 weken per jaar.
ord-ff15376e = Od 8 do 16 godzin tygodniowo, 2 razy po 6 tygodni w roku.

# weesp · municipality weesp since
# nl: Sinds 2022 deel van Amsterdam.
ord-1cbc5791 = Od 2022 roku część gminy Amsterdam.

# weesp · replaced by
# nl: In die regels staat: de gemeente mag onbetaald werk dat u al doet en dat nuttig is voor de samenleving, laten tellen als tegenprestatie. En de gemeente mag de tegenprestatie vragen aan mensen die nu geen kans op werk hebben en geen hulp naar werk krijgen. Er staat 'vragen', niet 'verplichten'. Die regels gelden ook terug tot 1 januari 2020. Deze check kent alleen dit deel van die regels. Hoeveel uur en hoe lang, weet de check niet.
ord-0edafa56 = W tych przepisach jest napisane: gmina ma prawo uznać za świadczenie wzajemne (tegenprestatie) nieodpłatną pracę, którą Państwo już wykonują i która jest użyteczna dla społeczeństwa. Gmina ma też prawo prosić o świadczenie wzajemne osoby, które teraz nie mają szans na pracę i nie otrzymują pomocy w drodze do pracy. Jest tam napisane „vragen” (prosić), a nie „verplichten” (zobowiązywać). Te przepisy obowiązują także wstecz, od 1 januari 2020. Ten test zna tylko tę część tych przepisów. Test nie wie, ile godzin i jak długo.

# werkplein-helmond · assignment omvang-en-duur
# nl: Minstens 8 uur per week, minstens 6 maanden per jaar. Wat u moet doen past bij wat u kunt.
ord-8ab53edf = Co najmniej 8 godzin tygodniowo, co najmniej 6 miesięcy w roku. To, co muszą Państwo robić, jest dopasowane do Państwa możliwości.

# werkplein-helmond · rule mantelzorg-8-uur
# nl: U geeft minstens 8 uur per week mantelzorg. Dan hoeft u geen tegenprestatie te doen.
ord-ab543c48 = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 8 godzin tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# werkplein-helmond · rule vrijwilligerswerk-8-uur
# nl: U doet minstens 8 uur per week vrijwilligerswerk. Dan hoeft u geen tegenprestatie te doen.
ord-906e54f4 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 8 godzin tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# werkplein-helmond · rule wmo-begeleiding
# nl: U krijgt via de gemeente begeleiding (Wmo), alleen of in een groep. Dan hoeft u geen tegenprestatie te doen.
ord-24f60ef1 = Otrzymują Państwo przez gminę pomoc asystenta (begeleiding) w ramach Wmo, indywidualnie lub w grupie. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

# werkplein-helmond · info 1
# nl: De gemeente verwacht dat u zelf met voorstellen komt. Als dat nodig is, krijgt u hulp.
ord-ae7bba58 = Gmina oczekuje, że sami przedstawią Państwo propozycje. Jeśli to potrzebne, otrzymają Państwo pomoc.

# werkplein-helmond · info 2
# nl: Dit telt als tegenprestatie: nuttig werk voor de samenleving, een taaltraining of beweegtraining, een activeringsprogramma, of minstens 8 uur per week werken aan persoonlijke problemen.
ord-e542c13a = Jako świadczenie wzajemne (tegenprestatie) liczy się: użyteczna praca dla społeczeństwa, kurs językowy lub zajęcia ruchowe, program aktywizacyjny albo praca nad problemami osobistymi przez co najmniej 8 godzin tygodniowo.

# werkplein-helmond · practice 1
# nl: In de praktijk vraagt de gemeente niet altijd 8 uur per week. 4 uur serieus werken kan ook goed zijn, ook al zegt de verordening 8 uur.
ord-c97a6ae1 = W praktyce gmina nie zawsze prosi o 8 godzin tygodniowo. 4 godziny rzetelnej pracy też mogą być w porządku, chociaż uchwała gminy (verordening) mówi o 8 godzinach.

# werkplein-helmond · practice 2
# nl: In de praktijk telt vrijwilligerswerk vaak juist als tegenprestatie, en niet als reden om u vrij te stellen.
ord-13fe6b4f = W praktyce praca wolontariacka (vrijwilligerswerk) często liczy się właśnie jako świadczenie wzajemne (tegenprestatie), a nie jako powód do zwolnienia Państwa.

# wijdemeren · assignment terugkerende-activiteit
# nl: 8 tot 16 uur per week, 6 maanden lang. Daarna 3 maanden rust, en dan opnieuw zolang u een uitkering heeft.
ord-214c3e85 = Od 8 do 16 godzin tygodniowo przez 6 miesięcy. Potem 3 miesiące przerwy, a następnie znowu, dopóki mają Państwo zasiłek (uitkering).

# wijdemeren · assignment terugkerende-activiteit renewal
# nl: Heeft u daarna nog een uitkering? Dan krijgt u 3 maanden na het einde opnieuw een tegenprestatie. De gemeente kan ook één keer een losse activiteit vragen.
ord-f2fc387c = Nadal mają Państwo potem zasiłek (uitkering)? Wtedy 3 miesiące po zakończeniu otrzymają Państwo ponownie świadczenie wzajemne (tegenprestatie). Gmina może też jeden raz poprosić o pojedyncze działanie.

# wijdemeren · rule vrijwilligerswerk-binnen-zes-maanden
# nl: U doet vrijwilligerswerk van minstens 8 uur per week. U begon daarmee binnen 6 maanden na de start van uw uitkering. Als het werk lijkt op een tegenprestatie, hoeft u geen tegenprestatie te doen. U moet het wel kunnen aantonen.
ord-77699b59 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 8 godzin tygodniowo. Zaczęli ją Państwo w ciągu 6 miesięcy od początku zasiłku (uitkering). Jeśli ta praca jest podobna do świadczenia wzajemnego (tegenprestatie), nie muszą Państwo wykonywać świadczenia wzajemnego. Muszą Państwo jednak móc to wykazać.

# wijdemeren · rule vrijwilligerswerk-start-onbekend
# nl: Vrijwilligerswerk is een reden om u vrij te stellen als u ermee begon binnen 6 maanden na de start van uw uitkering.
ord-debd2906 = Praca wolontariacka (vrijwilligerswerk) jest powodem do zwolnienia Państwa, jeśli zaczęli ją Państwo w ciągu 6 miesięcy od początku zasiłku (uitkering).

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement
# nl: Of u met het vrijwilligerswerk begon binnen 6 maanden na de start van uw uitkering, en of het werk lijkt op een tegenprestatie. Vul in hoe lang u al een uitkering heeft; dan weten we het eerste.
ord-3024a6ad = Czy zaczęli Państwo pracę wolontariacką (vrijwilligerswerk) w ciągu 6 miesięcy od początku zasiłku (uitkering) i czy ta praca jest podobna do świadczenia wzajemnego (tegenprestatie). Proszę wpisać, od jak dawna mają Państwo zasiłek; wtedy będziemy znać odpowiedź na pierwsze pytanie.

# wijdemeren · rule vrijwilligerswerk-start-onbekend judgement ask
# nl: Begon uw vrijwilligerswerk op tijd, en lijkt het op een tegenprestatie?
ord-9fd20662 = Czy Państwa praca wolontariacka (vrijwilligerswerk) zaczęła się na czas i czy jest podobna do świadczenia wzajemnego (tegenprestatie)?

# wijdemeren · practice 1
# nl: In de praktijk telt vrijwilligerswerk juist als tegenprestatie. Een losse activiteit komt niet voor: mensen krijgen een vaste plek bij een organisatie.
ord-c354f160 = W praktyce praca wolontariacka (vrijwilligerswerk) liczy się właśnie jako świadczenie wzajemne (tegenprestatie). Pojedyncze działania się nie zdarzają: ludzie dostają stałe miejsce w jakiejś organizacji.

# wijdemeren · practice 2
# nl: In de praktijk gaan veel mensen na 6 maanden gewoon door, zonder 3 maanden rust.
ord-1f235827 = W praktyce wiele osób po 6 miesiącach po prostu kontynuuje, bez 3 miesięcy przerwy.

# wijdemeren · milestone volgende-periode
# nl: Nog steeds een uitkering? Dan draagt de gemeente op deze dag opnieuw een tegenprestatie op.
ord-87eb6e00 = Nadal mają Państwo zasiłek (uitkering)? Wtedy gmina w tym dniu ponownie zleca świadczenie wzajemne (tegenprestatie).

