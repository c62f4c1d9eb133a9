## The result where this checker does not have the municipality's ordinance.

no-ordinance-decides-title = O czym decydują przepisy Państwa gminy
no-ordinance-decides-1 = Czy gmina prosi kogoś o wykonywanie świadczenia wzajemnego (tegenprestatie). Niektóre gminy tylko o to proszą, ale nie nakładają takiego obowiązku.
no-ordinance-decides-2 = Ile godzin tygodniowo i jak długo.
no-ordinance-decides-3 = Kto nie musi wykonywać świadczenia wzajemnego (tegenprestatie). Może chodzić o osoby, które zapewniają opiekę nieformalną (mantelzorg), wykonują pracę wolontariacką, starają się o powrót do pracy lub mają pracę w niepełnym wymiarze godzin.
no-ordinance-decides-4 = Czy praca, którą Państwo już wykonują, może liczyć się jako świadczenie wzajemne (tegenprestatie).
no-ordinance-holds-title = Co mówią ustawa i sąd
no-ordinance-holds-law = Praca jest nieodpłatna i użyteczna dla społeczeństwa. Jest dopasowana do Państwa możliwości. Jest to praca dodatkowa: nie może zastępować płatnej pracy.
no-ordinance-holds-memorandum = Według wyjaśnień do ustawy praca jest zwykle ograniczona: niezbyt wiele godzin i niezbyt długo. Mogą Państwo wyrazić swoje zdanie o rodzaju pracy. Ale decyduje gmina.
no-ordinance-memorandum-source = Uzasadnienie (Memorie van toelichting) do Participatiewet, tak jak opisuje je praca dyplomowa (2016, § 3.1.2)
no-ordinance-holds-objection = Otrzymują Państwo decyzję w sprawie świadczenia wzajemnego (tegenprestatie) i nie zgadzają się z nią? Wtedy mogą Państwo złożyć sprzeciw (bezwaar) w ciągu sześciu tygodni. Te sześć tygodni zaczyna się następnego dnia po tym, jak gmina wysłała lub wręczyła Państwu decyzję.
no-ordinance-holds-non-compliance = Jeśli nie wykonują Państwo świadczenia wzajemnego (tegenprestatie), które zleca Państwu gmina, gmina może na jakiś czas obniżyć Państwa zasiłek (uitkering).
no-ordinance-holds-court = Pewien sąd uznał w 2013 roku, jeszcze na podstawie dawnej ustawy o pomocy społecznej (bijstandswet): 32 godziny tygodniowo to w każdym razie za dużo. Wtedy nie jest to już praca ograniczona. To jedno orzeczenie, a nie przepis ustawy.
no-ordinance-source = Źródło
no-ordinance-find-title = Jak znaleźć przepisy Państwa gminy
no-ordinance-find-steps-1 = Proszę wejść na stronę internetową ze wszystkimi przepisami gmin (lokaleregelgeving.overheid.nl).
no-ordinance-find-steps-2 = Proszę wyszukać „tegenprestatie” i „{ $name }”. Proszę sprawdzić, czy przepisy obowiązują teraz: przy przepisach jest napisane, od kiedy obowiązują.
no-ordinance-register-link = Przejdź do lokaleregelgeving.overheid.nl
no-ordinance-ask-title = Proszę zapytać swojego doradcę klienta (klantmanager)
no-ordinance-ask-1 = Czy gmina poprosi mnie o wykonywanie świadczenia wzajemnego (tegenprestatie)? Ile godzin tygodniowo i jak długo?
no-ordinance-ask-2 = Czy to, co już robię, liczy się, na przykład opieka nieformalna (mantelzorg) albo praca wolontariacka?
no-ordinance-ask-3 = Czy mogę wypowiedzieć się na temat pracy, którą będę wykonywać?
