## The recipient's check: every screen's words.

other-lang-button = Nederlands
app-title = Tegenprestatie-check
intro-1 = Jeśli otrzymują Państwo zasiłek z pomocy społecznej (bijstandsuitkering), gmina może poprosić Państwa o wykonywanie nieodpłatnej pracy, która jest użyteczna dla innych. Nazywa się to świadczeniem wzajemnym (tegenprestatie).
intro-2 = Dzięki temu testowi sprawdzą Państwo, czy świadczenie wzajemne (tegenprestatie) Państwa dotyczy, ile godzin i jak długo. Odpowiadają Państwo na kilka pytań. Trwa to około 3 minut.
step-of = Pytanie { $n } z około { $total }
next = Dalej
back = Wstecz
to-result = Zobacz wynik
clear = Usuń moje odpowiedzi
cleared = Państwa odpowiedzi zostały usunięte.
what-does-this-mean = Co to znaczy?
yes = Tak
no = Nie
unknown = Nie wiem
error-summary-title = Coś nie zostało poprawnie wypełnione
error-prefix = Błąd:
search-label = Proszę wyszukać swoją gminę
search-hint = Proszę wpisać nazwę swojej gminy, na przykład Den Haag lub Súdwest-Fryslân. Wystarczy część nazwy.
search-more =
    { $n ->
        [one] Jest jeszcze 1 gmina z tymi literami. Proszę wpisać więcej liter.
        [few] Są jeszcze { $n } gminy z tymi literami. Proszę wpisać więcej liter.
        [many] Jest jeszcze { $n } gmin z tymi literami. Proszę wpisać więcej liter.
       *[other] Jest jeszcze { $n } gminy z tymi literami. Proszę wpisać więcej liter.
    }
no-ordinance-meta = Tylko przepisy z ustawy
via-common = Nazywana też: { $name }
via-former = { $former } należy teraz do tej gminy
found =
    { $n ->
        [one] Znaleziono 1 gminę
        [few] Znaleziono { $n } gminy
        [many] Znaleziono { $n } gmin
       *[other] Znaleziono { $n } gminy
    }
none-found = Nie znaleziono żadnej gminy.
ordinance-label = Przepisy z { $year } roku
merged-note = Uwaga: { $note }
review-title = Proszę sprawdzić swoje odpowiedzi
review-intro = Czy wszystko się zgadza? Jeśli tak, w następnym kroku zobaczą Państwo wynik.
change = Zmień
not-answered = Nie pytano
result-title = Wynik
result-for = { $name }, { $date }
college-decides-intro = Gmina przygląda się Państwa sytuacji. Nasze źródła nie mówią, co dzieje się potem. Gmina decyduje o następujących sprawach:
if-it-holds = Jeśli gmina uzna, że ten przepis obowiązuje
if-it-does-not = Jeśli gmina uzna, że ten przepis nie obowiązuje
see-next = Patrz: pytanie { $n }.
no-maximum = Państwa gmina nie podaje maksymalnej liczby godzin. Obowiązuje jednak zasada: 32 godziny tygodniowo lub więcej nigdy nie są dozwolone. Tak orzekł sąd.
no-maximum-short = Nie ma maksimum, ale 32 godziny tygodniowo lub więcej nigdy nie są dozwolone.
rules-from = Przepisy od { $from }{ $to }. Mogły się zmienić: proszę zapytać w swojej gminie.
why-title = Dlaczego? I źródła
rules-title = Obowiązujące przepisy
next-steps-sources = Skąd pochodzą te wyjaśnienia
sources-title = Źródła
next-steps-title = Co mogą Państwo teraz zrobić?
practice-title = Tak to wygląda w praktyce
practice-label = Praktyka, nie przepis
version-label = Wersja
in-force-label = Obowiązuje od
detail-label = Jak pełne jest źródło?
print = Wydrukuj ten wynik
share-label = Link do tego testu z Państwa odpowiedziami
share = Skopiuj link
share-done = Link został skopiowany. Państwa odpowiedzi są zapisane w linku. Proszę udostępniać go tylko osobom, którym Państwo ufają.
share-failed = Kopiowanie się nie udało. Link jest zaznaczony: proszę skopiować go samodzielnie.
share-hint = Link zawiera Państwa odpowiedzi. Nie są one wysyłane na żaden serwer.
change-answers = Zmień odpowiedzi
letter-offer-heading = List do gminy
letter-offer-button = Przygotuj list
letter-offer-intro = List do gminy, przygotowany na podstawie Państwa odpowiedzi. Mogą Państwo w nim na przykład złożyć sprzeciw (bezwaar). List jest po niderlandzku. Formularz i objaśnienia są po angielsku. Państwa imię, nazwisko i adres pozostają na tym urządzeniu.
letter-offer-loading = Ładowanie listu…
letter-offer-failed = Nie można załadować listu. Proszę sprawdzić połączenie z internetem i spróbować ponownie.
disclaimer = Ten wynik nie jest decyzją gminy. Nie wynikają z niego żadne prawa. Decyzję podejmuje gmina, a Państwo mogą złożyć sprzeciw (bezwaar) wobec tej decyzji.
privacy = Niczego nie wysyłamy. Państwa odpowiedzi są zapisane tylko w tej karcie przeglądarki i w adresie tej strony (dzięki temu działa przycisk „Wstecz”). Po zamknięciu karty odpowiedzi znikną.
privacy-embedded = Niczego nie wysyłamy, nawet do tej strony internetowej. Państwa odpowiedzi pozostają na tej stronie. Po zamknięciu strony odpowiedzi znikną.
ordinance-unreachable = Test nie może teraz wczytać przepisów gminy. Proszę spróbować później lub zapytać w gminie.
ordinance-invalid = Przepisy gminy są zapisane w tym teście nieprawidłowo. Dlatego test nie podaje odpowiedzi. Proszę zapytać w gminie.
municipality-unknown = Ten test nie zna gminy, którą ustawiła ta strona internetowa. Proszę zapytać w gminie.
for-caseworkers = Dla doradców klienta (klantmanager): rozmowa wstępna ze wszystkimi pytaniami na jednym ekranie
for-municipalities = Dla gmin: tu mogą Państwo napisać i sprawdzić swoją uchwałę (verordening)
remember = Zapamiętaj moje odpowiedzi na tym urządzeniu
remember-hint = Wtedy zobaczą je Państwo ponownie, gdy później otworzą test. Proszę tego nie robić na komputerze, z którego korzystają też inne osoby.
no-match-next = Nie znajdujemy gminy z „{ $query }” w nazwie. Proszę wpisać nazwę swojej gminy, a nie nazwę wsi, miasta lub dzielnicy. Nie są Państwo pewni nazwy? Proszę spojrzeć na list z gminy w sprawie Państwa zasiłku (uitkering).
merged-warning = { $name }: { $note } Znamy tylko stare przepisy gminy { $name }. Proszę zapytać w swojej gminie, jakie przepisy obowiązują teraz.
merged-warning-no-rules = { $name }: { $note } Czy mieszkają Państwo tam teraz? W takim razie proszę wybrać gminę, w której Państwo teraz mieszkają.
hours-unit = godz. tygodniowo
months-unit = mies.
years-unit = lat

## The language menu and reading aloud
language-label = Język
language-loading = Ładowanie języka …
read-aloud = Przeczytaj na głos
read-aloud-stop = Zatrzymaj czytanie

## The municipality's rules, fetched when it is chosen ($name: the municipality, in Dutch)
rules-loading = Ładowanie zasad gminy { $name } …
rules-failed-title = Nie udało się wczytać zasad gminy { $name }
rules-failed = Być może chwilowo nie ma internetu. Państwa odpowiedzi zostały zachowane.
rules-retry = Proszę spróbować ponownie

## Hours and duration
bounds-decimal = ,
bounds-separator = { ", " }
bounds-from-to = od { $min } do { $max }
bounds-at-least = co najmniej { $n }
bounds-at-most = najwyżej { $n }
bounds-average = średnio { $n }
bounds-hours-a-week =
    { $n ->
        [one] godzina tygodniowo
        [few] godz. tygodniowo
        [many] godz. tygodniowo
       *[other] godz. tygodniowo
    }
bounds-months =
    { $n ->
        [one] miesiąc
        [few] mies.
        [many] mies.
       *[other] mies.
    }
bounds-weeks =
    { $n ->
        [one] tydzień
        [few] tyg.
        [many] tyg.
       *[other] tyg.
    }
bounds-total-hours =
    { $n ->
        [one] godzina łącznie
        [few] godz. łącznie
        [many] godz. łącznie
       *[other] godz. łącznie
    }
bounds-per-year = w roku
bounds-times = { $n } razy po
bounds-or-less = albo mniej, jeśli nie są Państwo w stanie tyle zrobić
bounds-no-end = bez daty końcowej
bounds-according-to-ability = tyle, ile Państwo mogą

## Citations
citation-artikel = artykuł
citation-lid = ustęp
citation-onderdeel = punkt
citation-no-article = { "" }

## Outcomes: the headline, the sentence under it (.lead) and the first thing to do (.next)
status-not-applicable = Nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie)
    .lead = Obowiązek wykonywania świadczenia wzajemnego (tegenprestatie) Państwa nie dotyczy.
    .next = Nie muszą Państwo nic robić. Jeśli Państwa sytuacja się zmieni, proszę wykonać test ponownie.
status-exempt = Nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie)
    .lead = Obowiązek Państwa dotyczy, ale są Państwo z niego zwolnieni.
    .next = Proszę powiedzieć swojemu doradcy klienta (klantmanager), dlaczego są Państwo zwolnieni. Jeśli Państwa sytuacja się zmieni, proszę wykonać test ponownie.
status-fulfilled = To, co Państwo już robią, liczy się jako świadczenie wzajemne (tegenprestatie)
    .lead = Nie muszą Państwo robić nic więcej, dopóki nadal będą Państwo to robić.
    .next = Proszę powiedzieć swojemu doradcy klienta (klantmanager), co Państwo już robią, i dalej to robić.
status-obligated = Gmina może poprosić Państwa o wykonywanie świadczenia wzajemnego (tegenprestatie)
    .lead = Jest to nieodpłatna praca, która jest użyteczna dla innych.
    .next = Gmina najpierw omówi z Państwem świadczenie wzajemne (tegenprestatie). Proszę zabrać ten wynik na rozmowę.
status-discretionary = To zależy od tego, co uzna gmina
    .lead = Gmina ma prawo decydować o tym osobno dla każdej osoby. Oto, co wynika z każdej odpowiedzi:
    .next = Proszę zapytać swojego doradcę klienta (klantmanager), co uważa gmina. Proszę zabrać ze sobą ten wynik. Potem otrzymają Państwo decyzję.
status-ordinance-unknown = Gmina ma prawo poprosić Państwa o wykonywanie świadczenia wzajemnego (tegenprestatie)
    .lead = Pozwala na to ustawa. Ale to, czy Państwa gmina o to prosi i w jakim zakresie, jest zapisane w przepisach Państwa gminy. Ten test nie ma tych przepisów.
    .next = Proszę zapytać swojego doradcę klienta (klantmanager), co mówią przepisy Państwa gminy. Proszę zabrać ze sobą ten wynik.

## Questions: the question (the page's heading), .hint under it, .help behind "Wat betekent dit?"
question-gemeente = W jakiej gminie Państwo mieszkają?
    .hint = Każda gmina ma własne przepisy dotyczące świadczenia wzajemnego (tegenprestatie).
    .help = Świadczenie wzajemne (tegenprestatie) to nieodpłatna praca, która jest użyteczna dla innych. Gmina może o nią poprosić, jeśli otrzymują Państwo zasiłek (uitkering). Na przykład pomoc w świetlicy osiedlowej albo robienie zakupów dla kogoś. Nie może ona zastępować płatnej pracy.
question-leeftijd = Ile mają Państwo lat?
    .hint = Proszę podać wiek w pełnych latach.
question-aow = Czy osiągnęli Państwo już wiek emerytalny AOW?
    .hint = Zwykle jest to 67 lat. U niektórych osób jest inaczej.
    .help = AOW to emerytura państwowa. Od osiągnięcia wieku emerytalnego AOW świadczenie wzajemne (tegenprestatie) już nie obowiązuje.
question-uitkering = Jaki zasiłek (uitkering) Państwo otrzymują?
    .help = Pomoc społeczna (bijstand) to zasiłek (uitkering) z Participatiewet. IOAW i IOAZ to zasiłki dla starszych lub częściowo niezdolnych do pracy osób bezrobotnych i byłych osób samozatrudnionych. Specjalna pomoc społeczna (bijzondere bijstand) to pieniądze na szczególne koszty.
question-arbeidsongeschikt = Czy są Państwo całkowicie i trwale niezdolni do pracy?
    .hint = To znaczy: nie mogą Państwo w ogóle pracować, ani teraz, ani później, i zostało to oficjalnie stwierdzone.
    .help = Chodzi o artykuł 4 Wet WIA: całkowita i trwała niezdolność do pracy. Nie są Państwo pewni? W takim razie proszę wybrać „Nie” i zapytać w gminie.
question-alleenstaande-ouder = Czy jako samotny rodzic są Państwo zwolnieni z obowiązku pracy?
    .hint = Jest to możliwe, jeśli samodzielnie opiekują się Państwo dzieckiem w wieku poniżej 5 lat.
    .help = Zwolnienie z obowiązku pracy oznacza: gmina zdecydowała, że teraz nie muszą Państwo pracować. Otrzymali Państwo w tej sprawie list. W tym liście czasem jest słowo ontheffing (zwolnienie).
question-mantelzorg = Czy zapewniają Państwo opiekę nieformalną (mantelzorg)?
    .help = Opieka nieformalna (mantelzorg) to opieka nad kimś, kogo Państwo znają, na przykład nad rodzicem, partnerem, dzieckiem lub sąsiadem. Nie robią Państwo tego zawodowo. Jest to więcej niż zwykła pomoc w rodzinie.
question-mantelzorg-uren = Ile opieki nieformalnej (mantelzorg) Państwo zapewniają?
    .hint = Wystarczy podać w przybliżeniu.
question-mantelzorg-nodig = Czy gmina powiedziała, że Państwa opieka nieformalna (mantelzorg) jest naprawdę potrzebna?
    .hint = Decyduje o tym gmina, a nie Państwo. Gmina jeszcze nic o tym nie powiedziała? W takim razie proszę wybrać „Nie wiem”.
    .help = Opieka nieformalna (mantelzorg) jest naprawdę potrzebna, jeśli jest czymś więcej niż zwykła pomoc w rodzinie i nie da się jej zorganizować inaczej.
question-vrijwilligerswerk = Czy wykonują Państwo pracę wolontariacką?
    .help = Praca wolontariacka to nieodpłatna praca dla klubu, stowarzyszenia lub organizacji albo dla ludzi z Państwa okolicy.
question-vrijwilligerswerk-uren = Ile pracy wolontariackiej Państwo wykonują?
    .hint = Wystarczy podać w przybliżeniu.
question-respijtzorg = Czy w ramach wolontariatu przejmują Państwo opiekę od opiekuna nieformalnego (mantelzorger)?
    .help = Opiekują się Państwo wtedy przez jakiś czas kimś, żeby jego stały opiekun nieformalny mógł trochę odpocząć. Nazywa się to też opieką wytchnieniową (respijtzorg).
question-uitkering-duur = Od jak dawna otrzymują Państwo zasiłek (uitkering)?
    .hint = Proszę podać liczbę miesięcy. Rok to 12 miesięcy.
question-re-integratie = Czy uczestniczą Państwo w programie powrotu do pracy (re-integratietraject)?
    .help = Program powrotu do pracy (re-integratietraject) pomaga Państwu w drodze do płatnej pracy. Na przykład kurs, miejsce pracy, w którym można ćwiczyć, albo pomoc w ubieganiu się o pracę. Robią to Państwo razem z gminą.
question-sociale-activering = Czy uczestniczą Państwo w aktywizacji społecznej?
    .help = Aktywizacja społeczna pomaga Państwu znów uczestniczyć w życiu społecznym, gdy do płatnej pracy jest jeszcze daleko.
question-groepstraining = Czy uczestniczą Państwo w szkoleniu grupowym?
    .hint = Na przykład w Toekomstatelier w Liemers.
question-wmo = Czy otrzymują Państwo przez gminę pomoc asystenta?
    .help = Asystent pomaga Państwu na przykład zorganizować dzień, indywidualnie lub w grupie. Gmina zapewnia to w ramach Wmo, Wet maatschappelijke ondersteuning.
question-werk = Czy oprócz zasiłku (uitkering) mają Państwo płatną pracę?
question-werk-uren = Ile godzin tygodniowo Państwo pracują?
question-participatieladder = Na którym stopniu drabiny uczestnictwa (participatieladder) Państwo się znajdują?
    .hint = Wie to Państwa doradca klienta (klantmanager).
    .help = Drabina uczestnictwa (participatieladder) ma 6 stopni. Pokazują one, jak daleko są Państwo od płatnej pracy. Stopnie od 1 do 4 włącznie: płatna praca jest jeszcze daleko. Stopnie 5 i 6: mogą Państwo podjąć płatną pracę w ciągu roku. Stopień (stap) nazywa się też trede.
question-doelgroep = Do jakiej grupy przydzieliła Państwa gmina?
    .hint = Wie to Państwa doradca klienta (klantmanager).
question-beperking = Czy mają Państwo ograniczenie sprawności?
    .hint = Z powodu stanu zdrowia lub niepełnosprawności nie mogą Państwo robić niektórych rzeczy albo robią je gorzej.
question-niet-in-staat = Czy z powodu swojej sytuacji trwale nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie)?
    .hint = Na przykład z powodu stanu zdrowia lub sytuacji w domu.
question-dringende-redenen = Czy istnieją pilne powody, dla których nie mogą Państwo teraz wykonywać świadczenia wzajemnego (tegenprestatie)?
    .hint = Na przykład ciężka opieka nad członkiem rodziny, która właśnie się zaczęła.
    .help = Jeśli są pilne powody, gmina może na jakiś czas Państwa zwolnić. Mówi o tym artykuł 9, ustęp 2 Participatiewet.

## Field labels (the overview and the printed answers)
field-gemeente = Gmina
field-gives-care = Opieka nieformalna (mantelzorg)
field-volunteers = Praca wolontariacka
field-has-part-time-work = Płatna praca
field-date = Data testu
field-birth-date = Data urodzenia
field-age = Wiek w latach
field-reached-pension-age = Osiągnięty wiek emerytalny AOW
field-benefit = Zasiłek (uitkering)
field-fully-permanently-incapacitated = Całkowita i trwała niezdolność do pracy
field-single-parent-exemption = Samotny rodzic, zwolniony z obowiązku pracy
field-caregiving-hours-per-week = Godziny opieki nieformalnej (mantelzorg) tygodniowo
field-caregiving-months = Od ilu miesięcy?
field-caregiving-necessary = Opieka nieformalna (mantelzorg) naprawdę potrzebna według gminy
field-volunteer-hours-per-week = Godziny pracy wolontariackiej tygodniowo
field-volunteer-months = Od ilu miesięcy?
field-respite-care-volunteer = Przejmowanie opieki od opiekuna nieformalnego (mantelzorger)
field-reintegration-trajectory = Program powrotu do pracy
field-social-activation = Aktywizacja społeczna
field-group-training = Szkolenie grupowe
field-wmo-guidance = Pomoc asystenta przez gminę
field-part-time-work-hours-per-week = Godziny płatnej pracy tygodniowo
field-participation-ladder-step = Stopień na drabinie uczestnictwa
field-has-disability = Ograniczenie sprawności
field-permanently-unable = Trwały brak możliwości wykonywania świadczenia wzajemnego (tegenprestatie)
field-urgent-reasons = Pilne powody
field-months-on-benefit = Miesiące z zasiłkiem (uitkering)
field-target-group = Grupa

## Answer options
option-yes = Tak
option-no = Nie
option-unknown = Nie wiem
option-benefit-participatiewet = Pomoc społeczna (bijstand, Participatiewet)
option-benefit-ioaw = IOAW
option-benefit-ioaz = IOAZ
option-benefit-special-assistance-only = Tylko specjalna pomoc społeczna (bijzondere bijstand)
option-benefit-none = Brak zasiłku (uitkering)
option-participation-ladder-step-1 = Stopień 1: przebywają Państwo głównie w domu i widują mało ludzi
option-participation-ladder-step-2 = Stopień 2: mają Państwo kontakt z ludźmi poza domem
option-participation-ladder-step-3 = Stopień 3: biorą Państwo udział w zajęciach, na przykład w kursie lub klubie
option-participation-ladder-step-4 = Stopień 4: wykonują Państwo nieodpłatną pracę, na przykład wolontariat
option-participation-ladder-step-5 = Stopień 5: pracują Państwo zarobkowo, z pomocą
option-participation-ladder-step-6 = Stopień 6: pracują Państwo zarobkowo, bez pomocy
option-target-group-uitstromer = Uitstromer: mogą Państwo szybko podjąć płatną pracę
option-target-group-groeier = Groeier: rozwijają się Państwo w kierunku pracy
option-target-group-blijver = Blijver: płatna praca jest jeszcze daleko

## Input errors
error-choose-municipality = Proszę wybrać swoją gminę.
error-fill-in-age = Proszę podać swój wiek.
error-fill-in-hours = Proszę podać liczbę godzin tygodniowo.
error-fill-in-months = Proszę podać liczbę miesięcy.
error-choose-benefit = Proszę wybrać, jaki zasiłek Państwo otrzymują.
error-choose-answer = Proszę wybrać odpowiedź.
error-age-in-digits = Proszę podać wiek cyframi, na przykład 35.
error-fill-in-number = Proszę wpisać liczbę, na przykład 4 lub 7,5.
error-whole-number = Proszę wpisać liczbę całkowitą, bez przecinka.
error-age-range = Proszę podać wiek od 0 do 130 lat włącznie.
error-hours-range = Proszę podać liczbę godzin od 0 do 168 włącznie. Tydzień ma 168 godzin.
error-months-range = Proszę podać liczbę miesięcy od 0 do 600 włącznie.
error-unknown-municipality = Nie znamy tej gminy. Proszę wybrać gminę z listy.
error-unknown-option = Proszę wybrać jedną z odpowiedzi.

## Next-step topics
topic-find-activity = Samodzielne szukanie zajęcia
topic-choice = Mogą Państwo współdecydować
topic-what-counts = Co liczy się jako świadczenie wzajemne (tegenprestatie)
topic-renewal = Przedłużenie i powtórzenie
topic-non-compliance = Jeśli Państwo nie biorą udziału
topic-objection = Gdy nie zgadzają się Państwo z decyzją
topic-other = Warto wiedzieć

## How complete the source is (.short in the municipality list)
detail-full-text = Mamy pełny tekst uchwały (verordening).
    .short = pełny tekst
detail-described = Badanie z 2016 roku opisuje przepisy tej uchwały (verordening). Pełnego tekstu nie mamy.
    .short = opisane w badaniu
detail-summary = Z tej uchwały (verordening) znamy tylko krótkie podsumowanie w tabeli z 2016 roku. Może brakować szczegółów.
    .short = tylko podsumowanie
detail-statute = Ustawa.
    .short = ustawa
detail-not-known = Ten test zna tylko ustawę, nie przepisy tej gminy.
    .short = tylko ustawa
