## tegenprestatie-check language pack
## version: 0.1.0-bf63b6cb
## lang: pl


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

language-label = Język
language-loading = Ładowanie języka …
read-aloud = Przeczytaj na głos
read-aloud-stop = Zatrzymaj czytanie

bounds-decimal = ,
bounds-separator = { ", " }
bounds-from-to = od { $min } do { $max }
bounds-at-least = co najmniej { $n }
bounds-at-most = najwyżej { $n }
bounds-average = średnio { $n }
bounds-hours-a-week =
    { $n ->
        [one] godz. tygodniowo
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
        [one] godz. łącznie
        [few] godz. łącznie
        [many] godz. łącznie
       *[other] godz. łącznie
    }
bounds-per-year = w roku
bounds-times = { $n } razy po
bounds-or-less = albo mniej, jeśli nie są Państwo w stanie tyle zrobić
bounds-no-end = bez daty końcowej
bounds-according-to-ability = tyle, ile Państwo mogą

citation-artikel = artykuł
citation-lid = ustęp
citation-onderdeel = punkt
citation-no-article = { "" }

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

topic-find-activity = Samodzielne szukanie zajęcia
topic-choice = Mogą Państwo współdecydować
topic-what-counts = Co liczy się jako świadczenie wzajemne (tegenprestatie)
topic-renewal = Przedłużenie i powtórzenie
topic-non-compliance = Jeśli Państwo nie biorą udziału
topic-objection = Gdy nie zgadzają się Państwo z decyzją
topic-other = Warto wiedzieć

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
day-check-is-for = Test dotyczy dnia { $date }.
day-change-day = Zmień datę
day-day-label = Data testu
day-day-hint = Proszę wpisać datę tak: 31-12-2026. Proszę wybrać inny dzień, jeśli chcą Państwo wiedzieć, co wtedy obowiązywało.
day-use-day = Użyj tej daty
day-back-to-today = Wróć do dzisiaj
day-cancel = Anuluj
day-day-invalid = To nie jest data. Proszę wpisać datę tak: 31-12-2026.
day-law-changed-title = Nowe przepisy od 2027 roku
day-law-changed-unknown = Ten test nie zna jeszcze nowych przepisów. Dlatego test nie może powiedzieć, co obowiązuje w Państwa przypadku w dniu { $date }.
day-what-to-do = Co mogą Państwo zrobić?
day-law-changed-steps-1 = Proszę zapytać swojego doradcę klienta (klantmanager), co nowe przepisy oznaczają dla Państwa.
day-law-changed-steps-2 = Proszę sprawdzić na lokaleregelgeving.overheid.nl, czy Państwa gmina ma nowe przepisy. Proszę wyszukać „participatie” i nazwę swojej gminy.
day-law-text-link = Participatiewet od 1 januari 2027 (wetten.overheid.nl)
day-see-past-rules = Zobacz przepisy takie, jakie były w dniu { $date }
day-see-past-rules-hint = Na przykład jeśli w 2026 roku otrzymali Państwo decyzję i chcą Państwo wiedzieć, jakie przepisy wtedy obowiązywały.
day-past-rules-banner = Oglądają Państwo stare przepisy, takie, jakie były w dniu { $date }. Od 1 januari 2027 obowiązują nowe przepisy.
day-past-rules-objection = Czy Państwa świadczenie wzajemne (tegenprestatie) z 2026 roku trwa dalej w 2027 roku? Albo czy składają Państwo sprzeciw (bezwaar) wobec decyzji z 2026 roku? Wtedy o tym, jakie przepisy obowiązują, mogą decydować przepisy przejściowe (overgangsrecht). Są to przepisy na czas przejścia na nową ustawę. Ten test nie zna przepisów przejściowych. Proszę zapytać swojego doradcę klienta (klantmanager).
day-tolerance = Ministerstwo akceptuje to, że gminy już w 2026 roku pracują według nowych przepisów dotyczących udziału w życiu społecznym (maatschappelijke participatie). Ale zgodnie z ustawą w 2026 roku nadal obowiązuje uchwała (verordening) Państwa gminy. Proszę zapytać swojego doradcę klienta (klantmanager), według jakich przepisów pracuje Państwa gmina.
day-tolerance-source = Źródło: wiadomość na gemeente.nu o wprowadzeniu Participatiewet in balans
day-merged-ended = { $name } od { $on } należy do gminy { $into }. Przepisy gminy { $name } obowiązywały potem jeszcze najwyżej 2 lata: najpóźniej do { $until } włącznie. Dlatego w dniu { $date } już nie obowiązują.
day-check-successor = Wykonaj test dla gminy { $into }
day-successor-unknown = Ten test nie ma przepisów gminy { $into }. Proszę zapytać swojego doradcę klienta (klantmanager), jakie przepisy obowiązują.
day-merged-within = { $name } od { $on } należy do gminy { $into }. Ten wynik pochodzi ze starych przepisów gminy { $name }. Obowiązują one najpóźniej do { $until } włącznie. Gmina { $into } mogła je już wcześniej uchylić lub zastąpić. Proszę zapytać swojego doradcę klienta (klantmanager), jakie przepisy obowiązują.
day-ordinance-ended = Przepisy gminy { $name } z { $year } roku obowiązywały najpóźniej do { $to } włącznie. Potem zostały zastąpione. Dlatego w dniu { $date } już nie obowiązują.
day-replaced-by = Od { $from } obowiązywały nowe przepisy: { $title }.
day-replaced-by-link = Przeczytaj te przepisy na lokaleregelgeving.overheid.nl
day-now-part-of = Od { $on } { $name } należy do gminy { $into }. Ten test nie ma przepisów gminy { $into }. Proszę zapytać swojego doradcę klienta (klantmanager), jakie przepisy obowiązują.
day-until = { " " }do { $date } włącznie
day-ended-title = Te przepisy już nie obowiązują
day-other-day = Wybierz inną datę
day-choose-municipality = Wybierz inną gminę
day-after-change-mark = od 1 januari 2027: nowa ustawa; ten test nie zna przepisów przejściowych (overgangsrecht)


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


ord-c0d6178a = Co najmniej 8 godzin tygodniowo, 6 miesięcy w roku.

ord-011b6d0e = Uczestniczą Państwo w programie powrotu do pracy (re-integratietraject). Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-99e04dd0 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 8 godzin tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-d04be0ef = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 8 godzin tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-3f1331f6 = Od 4 do 12 godzin tygodniowo, 3 miesiące w roku.

ord-c939e913 = Uczestniczą Państwo w programie powrotu do pracy (re-integratietraject). Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

ord-ba0d357b = Czy jest to powód, aby nie zlecać Państwu świadczenia wzajemnego (tegenprestatie). Podsumowanie mówi: decyzja indywidualna (maatwerk).

ord-0efcc1f9 = Czy gmina uważa Państwa sytuację za powód, aby nie prosić o świadczenie wzajemne (tegenprestatie)?

ord-9c62f33f = Mają Państwo pracę w niepełnym wymiarze godzin. Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

ord-f1cd7537 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk). Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

ord-8ce87d33 = Zapewniają Państwo opiekę nieformalną (mantelzorg). Podsumowanie mówi, że jest to decyzja indywidualna (maatwerk): gmina rozpatruje sytuację każdej osoby osobno.

ord-a57d7742 = Od 2 do 10 godzin tygodniowo, od 3 do 5 miesięcy w roku.

ord-14d9a62c = Co najmniej 12 godzin tygodniowo, co najmniej 3 miesiące w roku kalendarzowym. Gmina dopasowuje to do Państwa możliwości.

ord-c8d879e1 = Z powodu niezdolności do pracy są Państwo całkowicie zwolnieni z obowiązku pracy i z obowiązku udziału w działaniach na rzecz powrotu do pracy (re-integratie). Wtedy Hilversum rezygnuje ze świadczenia wzajemnego (tegenprestatie).

ord-01e69a80 = Są Państwo samotnym rodzicem i gmina zwolniła Państwa z obowiązku pracy. Wtedy Hilversum nie prosi o świadczenie wzajemne (tegenprestatie).

ord-ba005e4f = Otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand). Wtedy Hilversum rezygnuje ze świadczenia wzajemnego (tegenprestatie).

ord-3925a3aa = Czy robią Państwo wystarczająco dużo w ramach pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg)? Wtedy Hilversum rezygnuje ze świadczenia wzajemnego (tegenprestatie).

ord-ce2b5e9a = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) ma wystarczająco duży zakres. Uchwała gminy (verordening) nie podaje liczby godzin, lecz mówi: „van een bepaalde omvang” (o określonym zakresie).

ord-79b876af = Czy gmina uważa, że robią Państwo wystarczająco dużo w ramach pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg)?

ord-80aabca8 = W przypadku programu powrotu do pracy (re-integratietraject) gmina rozpatruje sytuację każdej osoby osobno.

ord-08caed69 = Czy Państwa program powrotu do pracy (re-integratietraject) jest powodem, aby nie prosić o świadczenie wzajemne (tegenprestatie). To decyzja indywidualna (maatwerk).

ord-d4a439b8 = Czy gmina uważa Państwa program powrotu do pracy (re-integratietraject) za powód, aby nie prosić o świadczenie wzajemne (tegenprestatie)?

ord-2b660161 = W przypadku pracy w niepełnym wymiarze godzin gmina rozpatruje sytuację każdej osoby osobno.

ord-3f2cb3b2 = Czy Państwa praca w niepełnym wymiarze godzin jest powodem, aby nie prosić o świadczenie wzajemne (tegenprestatie). To decyzja indywidualna (maatwerk).

ord-df452d3d = Czy gmina uważa Państwa pracę w niepełnym wymiarze godzin za powód, aby nie prosić o świadczenie wzajemne (tegenprestatie)?

ord-df83a198 = W praktyce Hilversum prawie nie używa słowa „tegenprestatie” (świadczenie wzajemne). Mówi się o nim dopiero wtedy, gdy ktoś nie chce dobrowolnie podjąć aktywności. Doradca klienta (klantmanager) decyduje, ile czasu mają Państwo na znalezienie czegoś.

ord-12b9c79b = W praktyce chodzi głównie o pracę wolontariacką (vrijwilligerswerk), choć uchwała gminy (verordening) wymienia pracę wolontariacką jako powód, aby nie prosić o świadczenie wzajemne (tegenprestatie).

ord-0aa75401 = Od 2018 roku część gminy Midden-Groningen.

ord-11a7981a = Od 4 do 16 godzin tygodniowo, przez co najmniej 3 miesiące.

ord-4334aa04 = Tutaj świadczenie wzajemne (tegenprestatie) jest tylko dla osób, które jeszcze nie mogą od razu podjąć kroków w kierunku pracy.

ord-acf3f553 = Czy zaraz po rozpoczęciu zasiłku (uitkering) mogą Państwo podjąć kroki w kierunku pracy. Jeśli tak, gmina nie zleca Państwu świadczenia wzajemnego (tegenprestatie). Jeśli nie jest to możliwe, teraz lub przez jakiś czas, gmina je zleca.

ord-d04874a8 = Czy gmina uważa, że mogą Państwo od razu podjąć kroki w kierunku pracy?

ord-30276644 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 4 godziny tygodniowo: tyle samo, ile wynosi najmniejsze świadczenie wzajemne (tegenprestatie). Czy ta praca jest podobna do świadczenia wzajemnego? Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego. Muszą Państwo jednak móc to wykazać.

ord-fd14ca1e = Czy Państwa praca wolontariacka (vrijwilligerswerk) jest podobna do świadczenia wzajemnego (tegenprestatie): nieodpłatna, użyteczna dla innych i nie zastępuje płatnej pracy. Muszą Państwo móc to wykazać. Ocenia to gmina.

ord-ebe7fa90 = Czy gmina uważa, że Państwa praca wolontariacka (vrijwilligerswerk) jest podobna do świadczenia wzajemnego (tegenprestatie)?

ord-df20ae37 = Zapewniają Państwo opiekę nieformalną (mantelzorg), która jest potrzebna. Wtedy gmina nie prosi o świadczenie wzajemne (tegenprestatie).

ord-72618890 = Czy Państwa opieka nieformalna (mantelzorg) jest naprawdę potrzebna.

ord-9905967e = Czy gmina uważa Państwa opiekę nieformalną (mantelzorg) za naprawdę potrzebną?

ord-8c729f21 = Z powodu swojej sytuacji osobistej na stałe nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie). Wtedy gmina o nie nie prosi.

ord-647308d3 = Czasowo nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie)? Wtedy gmina ustala z Państwem, kiedy będą je Państwo wykonywać.

ord-0847a9ba = W praktyce niewiele osób wykonuje tutaj świadczenie wzajemne (tegenprestatie). Zwykle mają Państwo 20 dni na znalezienie czegoś, czasem dłużej. To, co ludzie robią, to opieka nieformalna (mantelzorg) lub praca wolontariacka (vrijwilligerswerk), i właśnie to liczy się wtedy jako świadczenie wzajemne.

ord-63a57598 = Od 2019 roku część gminy Haarlemmermeer.

ord-9bef3261 = W ramach programu powrotu do pracy (re-integratietraject) otrzymują Państwo wsparcie w drodze do pracy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-8220484c = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) przynosi korzyść społeczeństwu? Wtedy gmina nie prosi o świadczenie wzajemne (tegenprestatie).

ord-46026acd = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) przynosi wystarczającą korzyść społeczeństwu.

ord-602d5284 = Czy gmina uważa Państwa pracę wolontariacką (vrijwilligerswerk) lub opiekę nieformalną (mantelzorg) za wystarczająco użyteczną dla społeczeństwa?

ord-65200929 = W praktyce wydział kieruje Państwa do centrum wolontariatu (vrijwilligerscentrale). Praca wolontariacka (vrijwilligerswerk) i opieka nieformalna (mantelzorg) liczą się wtedy właśnie jako świadczenie wzajemne (tegenprestatie), a nie jako powód do zwolnienia Państwa.

ord-e76f3597 = W praktyce Menterwolde kieruje ludzi do centrum wolontariatu (vrijwilligerscentrale). Mają Państwo około 4 tygodni na znalezienie czegoś. Wszystkie działania to praca wolontariacka (vrijwilligerswerk), choć uchwała gminy (verordening) wymienia pracę wolontariacką jako powód, aby nie prosić o świadczenie wzajemne (tegenprestatie).

ord-f77cb8a1 = Najwyżej 24 godziny tygodniowo i najwyżej 6 miesięcy. Można je raz przedłużyć, najwyżej o 6 miesięcy.

ord-6efaba04 = Gmina może raz przedłużyć świadczenie wzajemne (tegenprestatie), najwyżej o 6 miesięcy.

ord-0e29188f = Znajdują się Państwo na drabinie uczestnictwa (participatieladder) na stopniu od 1 do 4 włącznie. Są więc Państwo daleko od pracy. Wtedy gmina może nałożyć na Państwa świadczenie wzajemne (tegenprestatie).

ord-6bb4beed = Znajdują się Państwo na stopniu 5 lub 6 drabiny uczestnictwa (participatieladder). Mogą Państwo wtedy skupić się na płatnej pracy.

ord-e15bb182 = Czy istnieją szczególne okoliczności. Są Państwo blisko pracy. Wtedy co do zasady nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie). Otrzymują je Państwo tylko w szczególnych przypadkach, na przykład jeśli teraz i w najbliższym czasie nie robią Państwo nic, aby znaleźć pracę.

ord-be8fc6e6 = Czy gmina widzi szczególny powód, aby mimo to zlecić Państwu świadczenie wzajemne (tegenprestatie)?

ord-802527df = W Oldenzaal świadczenie wzajemne (tegenprestatie) zależy od tego, jak daleko są Państwo od pracy. Tego nie wiemy.

ord-1109ed70 = Jak daleko są Państwo od płatnej pracy. Czy w ciągu roku będą Państwo mogli pracować? Wtedy co do zasady nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie). W przeciwnym razie gmina może je nałożyć.

ord-a00af480 = Czy gmina uważa, że nie będą Państwo mogli pracować w ciągu roku?

ord-7e972dc2 = Czy Państwa opieka nieformalna (mantelzorg) jest naprawdę potrzebna. Chodzi o opiekę, która jest czymś więcej niż zwykła pomoc w rodzinie.

ord-d4dee59b = Gmina musi wziąć pod uwagę Państwa pracę wolontariacką (vrijwilligerswerk) lub opiekę nieformalną (mantelzorg).

ord-ae100a99 = Czy Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) liczy się jako świadczenie wzajemne (tegenprestatie), albo czy mają Państwo do wykonania mniej godzin. Gmina sprawdza, jak długo i ile Państwo to robią.

ord-8669a918 = Czy gmina uważa, że Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) liczy się jako świadczenie wzajemne (tegenprestatie)?

ord-69eb3388 = Proszę najpierw samodzielnie poszukać odpowiedniego świadczenia wzajemnego (tegenprestatie). Nie zrobią Państwo tego? Wtedy pracę wybiera gmina.

ord-22488bc4 = Nie ma odpowiedniej pracy? Wtedy nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie). Gmina sprawdzi to ponownie w ciągu 6 miesięcy.

ord-670cd827 = Odmawiają Państwo wykonania świadczenia wzajemnego (tegenprestatie)? Wtedy gmina indywidualnie ustala, o ile i na jak długo zasiłek (uitkering) zostanie obniżony. Odbywa się to według uchwały o sankcjach (Maatregelenverordening).

ord-ff03b5c2 = Nie mają Państwo świadczenia wzajemnego (tegenprestatie), bo nie ma odpowiedniej pracy? Wtedy gmina najpóźniej w tym dniu sprawdzi ponownie, czy jest praca.

ord-5f89dc5c = Od 4 do 8 godzin tygodniowo, od 2 do 6 miesięcy bez przerwy, co najmniej raz w roku.

ord-23c4ae52 = Gmina zleca świadczenie wzajemne (tegenprestatie) co najmniej raz w roku kalendarzowym. Więcej niż 8 godzin tygodniowo jest dozwolone tylko wtedy, gdy chcą tego zarówno Państwo, jak i gmina.

ord-66613b78 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 4 godziny tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-05a7741a = Uczestniczą Państwo w działaniach w ramach programu powrotu do pracy (re-integratietraject). Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-efb94cdd = Zapewniają Państwo opiekę nieformalną (mantelzorg): co najmniej 8 godzin tygodniowo lub już od ponad 3 miesięcy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-1e2beed2 = Mają Państwo pracę w niepełnym wymiarze godzin i pracują Państwo co najmniej 20 godzin tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-7beb18a3 = Są Państwo samotnym rodzicem i mają Państwo zwolnienie, ponieważ opiekują się Państwo dzieckiem do 5 lat. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-ea1ac3a0 = Są Państwo trwale niezdolni do pracy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-d46057dd = Przykłady z praktyki w Overbetuwe: dbanie o ogród sąsiadów, robienie zakupów dla starszej osoby, dotrzymywanie komuś towarzystwa.

ord-fde19779 = W Overbetuwe praktyka zgadza się z uchwałą gminy (verordening): kto wykonuje pracę wolontariacką (vrijwilligerswerk), jest zwolniony ze świadczenia wzajemnego (tegenprestatie). W praktyce otrzymują Państwo formularz, a odpowiedź jest oczekiwana w ciągu 2 tygodni.

ord-3f9d2dff = ustawa Participatiewet in balans

ord-70eb5947 = Od 1 januari 2027 ustawa zastępuje świadczenie wzajemne (tegenprestatie) udziałem w życiu społecznym (maatschappelijke participatie).

ord-c343a7ea = Świadczenie wzajemne (tegenprestatie) obowiązuje dopiero od ukończenia 18 lat. Mają Państwo mniej niż 18 lat.

ord-3e007443 = Świadczenie wzajemne (tegenprestatie) kończy się, gdy osiągną Państwo wiek emerytalny AOW.

ord-bcbd2b92 = Obowiązek zaczyna się w dniu, w którym zgłaszają się Państwo, aby złożyć wniosek o zasiłek (uitkering). Nie otrzymują Państwo zasiłku, więc obowiązek Państwa nie dotyczy. Złożyli Państwo jednak wniosek o zasiłek? Wtedy obowiązek dotyczy Państwa już od dnia, w którym Państwo się zgłosili.

ord-432b7e57 = Otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand). Proszę zapytać gminę, czy świadczenie wzajemne (tegenprestatie) dotyczy wtedy Państwa.

ord-751a6598 = Czy świadczenie wzajemne (tegenprestatie) obowiązuje także wtedy, gdy otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand). Ustawa nie robi wyjątku dla specjalnej pomocy społecznej. Ale ustawa nie mówi też jasno, że obowiązek wtedy Państwa dotyczy. Proszę zapytać swoją gminę.

ord-37f958e8 = Czy gmina uważa, że obowiązek Państwa nie dotyczy, gdy otrzymują Państwo tylko specjalną pomoc społeczną (bijzondere bijstand)?

ord-d4f7352d = Jeśli otrzymują Państwo zasiłek (uitkering), muszą Państwo wykonywać nieodpłatną, użyteczną pracę, gdy gmina o to poprosi. Nazywa się to świadczeniem wzajemnym (tegenprestatie). Praca jest dopasowana do Państwa możliwości. Nie może zastępować płatnej pracy.

ord-21369307 = Osoby z zasiłkiem (uitkering) IOAW lub IOAZ mają ten sam obowiązek co osoby z pomocą społeczną (bijstand).

ord-2199aa1c = Całkowicie i trwale nie mogą Państwo pracować. Wtedy świadczenie wzajemne (tegenprestatie) Państwa nie dotyczy. Tak jest zapisane w ustawie.

ord-6762a44b = Całkowicie i trwale nie mogą Państwo pracować i mają Państwo zasiłek (uitkering) IOAW lub IOAZ. Gmina decyduje, czy są Państwo wtedy zwolnieni.

ord-f01ec180 = Czy przy zasiłku (uitkering) IOAW lub IOAZ są Państwo zwolnieni, ponieważ całkowicie i trwale nie mogą Państwo pracować. Ustawa reguluje to tylko dla pomocy społecznej (bijstand). Jeśli są pilne powody, gmina może jednak zwolnić Państwa na jakiś czas. Musi też dopasować świadczenie wzajemne (tegenprestatie) do Państwa możliwości.

ord-0cb8212f = Czy gmina zwalnia Państwa, ponieważ trwale nie mogą Państwo pracować?

ord-930fbd32 = Są Państwo samotnym rodzicem i gmina zwolniła Państwa z obowiązku pracy, ponieważ opiekują się Państwo dzieckiem w wieku poniżej 5 lat. Wtedy świadczenie wzajemne (tegenprestatie) Państwa nie dotyczy. Tak jest zapisane w ustawie.

ord-dcc3941a = Jeśli są pilne powody, gmina może na jakiś czas Państwa zwolnić. Gmina decyduje o tym indywidualnie dla każdej osoby.

ord-46a30b06 = Czy Państwa pilne powody, na przykład obowiązki opiekuńcze, wystarczą, aby zwolnić Państwa na jakiś czas. Gmina przygląda się Państwa sytuacji.

ord-07a4253a = Czy gmina uważa Państwa powody za wystarczająco pilne, aby zwolnić Państwa na jakiś czas?

ord-6822ac31 = Mówią Państwo, że z powodu swojej sytuacji trwale nie mogą Państwo wykonywać świadczenia wzajemnego (tegenprestatie). Ustawa nie przewiduje z tego powodu zwolnienia, ale gmina musi wziąć pod uwagę Państwa możliwości.

ord-96fb1c86 = Co Państwo jeszcze mogą robić. Gmina musi dopasować świadczenie wzajemne (tegenprestatie) do Państwa możliwości: mniej godzin, inna praca albo w ogóle żadne zlecenie.

ord-8209d902 = Czy gmina uważa, że mimo to mogą Państwo wykonywać świadczenie wzajemne (tegenprestatie)?

ord-5c4c4aaf = Mogą Państwo powiedzieć, jaką pracę chcieliby Państwo wykonywać. Gmina musi to wziąć pod uwagę, ale decyduje sama.

ord-68ed0f30 = Gmina musi jasno zapisać, jaką pracę muszą Państwo wykonywać. 32 godziny tygodniowo lub więcej to za dużo jak na świadczenie wzajemne (tegenprestatie).

ord-9d68d2f7 = Nie wykonują Państwo świadczenia wzajemnego (tegenprestatie)? Wtedy gmina może na jakiś czas obniżyć Państwa zasiłek (uitkering).

ord-bbe49113 = Nie zgadzają się Państwo z decyzją gminy? Wtedy mogą Państwo złożyć sprzeciw (bezwaar), a potem zwrócić się do sądu.

ord-fa058ce2 = Wiek emerytalny AOW jest różny w zależności od roku. Do 2025 roku włącznie jest on zapisany w ustawie. Na kolejne lata minister ogłasza wiek emerytalny AOW pięć lat wcześniej. Liczymy według wieku emerytalnego AOW, który obowiązuje w dniu testu.

ord-a92f4df5 = Po połączeniu gmin przepisy dawnej gminy obowiązują jeszcze najwyżej przez dwa lata. Obowiązują wtedy tylko na obszarze dawnej gminy. Nowa gmina może je wcześniej uchylić lub zastąpić własnymi przepisami.

ord-d4e26532 = Średnio 4 godziny tygodniowo. Łącznie od 52 do 208 godzin w roku.

ord-7abc76c2 = Wykonują Państwo płatną pracę przez co najmniej 20 godzin tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-20f7f2b4 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 4 godziny tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-818c7a23 = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 4 godziny tygodniowo. Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-be796a04 = Najwyżej 20 godzin tygodniowo, mniej, jeśli nie mogą Państwo więcej. Świadczenie wzajemne (tegenprestatie) nie ma daty zakończenia.

ord-8ad24553 = Po co najmniej 6 miesiącach gmina może razem z Państwem wybrać inne świadczenie wzajemne (tegenprestatie), które pasuje do Państwa rozwoju.

ord-5d3644cb = W gminie Rotterdam praca wolontariacka (vrijwilligerswerk) i opieka nieformalna (mantelzorg) liczą się jako świadczenie wzajemne (tegenprestatie). Łącznie robią to Państwo przez 20 lub więcej godzin tygodniowo. W ten sposób już wykonują Państwo świadczenie wzajemne.

ord-ea7979e2 = Państwa praca wolontariacka (vrijwilligerswerk) lub opieka nieformalna (mantelzorg) liczy się jako świadczenie wzajemne (tegenprestatie). Robią to Państwo przez mniej niż 20 godzin tygodniowo.

ord-da3ac9bc = Czy Państwa godziny pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg) wystarczą. Norma to 20 godzin tygodniowo albo mniej, jeśli nie mogą Państwo więcej.

ord-bd75ebad = Czy gmina uważa, że Państwa godziny pracy wolontariackiej (vrijwilligerswerk) lub opieki nieformalnej (mantelzorg) wystarczą?

ord-143a3e07 = Gmina może Państwa zwolnić, jeśli Państwa sytuacja daje do tego powód.

ord-f35dd142 = Czy Państwa sytuacja jest powodem, aby Państwa zwolnić.

ord-4efc132f = Także wtedy, gdy uczestniczą Państwo w programie powrotu do pracy (re-integratietraject), gmina może zlecić Państwu świadczenie wzajemne (tegenprestatie).

ord-0b5af334 = Sami Państwo wybierają, w jaki sposób wykonują świadczenie wzajemne (tegenprestatie). Gmina pomaga, jeśli jest to potrzebne. Nie przedstawią Państwo propozycji na czas? Wtedy gmina może nałożyć sankcję (maatregel).

ord-de11ab3c = Jako świadczenie wzajemne (tegenprestatie) liczy się: praca wolontariacka (vrijwilligerswerk), opieka nieformalna (mantelzorg), inna użyteczna praca, kurs językowy lub zajęcia ruchowe oraz praca nad problemami osobistymi, aby potem móc robić coś innego.

ord-7e1d2132 = W praktyce Rotterdam chce, aby znaleźli Państwo coś w ciągu dwóch miesięcy. Jeśli się to nie uda, gmina pomaga wskazówkami.

ord-a39c2054 = W praktyce gmina często zaczyna od mniej niż 20 godzin. Zasada „naar vermogen” (według możliwości) ma duże znaczenie.

ord-4b82d0a7 = W praktyce Rotterdam prosi o świadczenie wzajemne (tegenprestatie) głównie osoby, które nie dostają programu powrotu do pracy (re-integratietraject).

ord-2806f070 = Od tego dnia gmina może razem z klientem wybrać inne świadczenie wzajemne (tegenprestatie), nastawione na rozwój osobisty.

ord-092b24b6 = Od 2018 roku część gminy Zevenaar.

ord-2d4a6ff8 = Co najmniej 2 godziny tygodniowo, co najmniej 3 miesiące w roku.

ord-da2580f0 = Mają Państwo ograniczenie sprawności (beperking). Wtedy robią Państwo tyle, ile mogą. Nie ma minimalnej liczby godzin.

ord-b696362b = Pracują Państwo w niepełnym wymiarze godzin. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-7e6fdf6d = Uczestniczą Państwo w aktywizacji społecznej (sociale activering). Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-19d1be4a = Uczestniczą Państwo w programie powrotu do pracy (re-integratietraject). Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-5d5e1606 = Uczestniczą Państwo w Toekomstatelier lub w innym szkoleniu grupowym. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-472c885b = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 8 godzin tygodniowo, już od co najmniej 3 miesięcy. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-2c145655 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 2 godziny tygodniowo, co najmniej 3 miesiące w roku. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-b078cc3b = Mają Państwo ograniczenie sprawności (beperking) i już wykonują Państwo nieodpłatną pracę wolontariacką (vrijwilligerswerk). Jeśli jest ona dopasowana do Państwa możliwości, w ten sposób już wykonują Państwo świadczenie wzajemne (tegenprestatie).

ord-c9d6d857 = Czy praca, którą Państwo teraz wykonują, jest dopasowana do Państwa możliwości. Wtedy liczy się ona jako świadczenie wzajemne (tegenprestatie). Ocenia to gmina.

ord-2a201dab = Czy gmina uważa, że Państwa praca wolontariacka (vrijwilligerswerk) jest dopasowana do Państwa możliwości?

ord-327f15cb = W praktyce praca wolontariacka (vrijwilligerswerk) jest tutaj właśnie świadczeniem wzajemnym (tegenprestatie). Urząd zwraca uwagę przede wszystkim na to, czy w ogóle coś Państwo robią: półtorej godziny tygodniowo też jest akceptowane.

ord-daa62d41 = W praktyce po liście od urzędu mieli Państwo około 8 tygodni na samodzielne znalezienie czegoś.

ord-eb0c515d = Od 2 do 8 godzin tygodniowo, od 3 do 6 miesięcy.

ord-b68498b1 = Nie są Państwo w stanie osiągnąć minimum? Wtedy gmina może prosić o mniej: mniej godzin lub mniej miesięcy.

ord-d881dffb = Należą Państwo do grupy „uitstromers”: pracują Państwo nad tym, aby podjąć płatną pracę. Wtedy nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie).

ord-313b09a6 = Korzystają Państwo z formy wsparcia w powrocie do pracy (re-integratievoorziening). Wtedy skupiają się Państwo na płatnej pracy i nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie).

ord-63eac5e7 = Należą Państwo do grupy „groeiers” lub „blijvers” i nie biorą Państwo udziału w działaniach na rzecz powrotu do pracy (re-integratie). Wtedy gmina może zlecić Państwu świadczenie wzajemne (tegenprestatie).

ord-febe03e4 = W Schagen świadczenie wzajemne (tegenprestatie) zależy od Państwa grupy. „Uitstromers” go nie otrzymują.

ord-0000805b = Do której grupy Państwo należą: „uitstromer”, „groeier” czy „blijver”. Gmina przydziela Państwa do grupy.

ord-84e974d2 = Czy według gminy należą Państwo do grupy „groeiers” lub „blijvers”?

ord-518e64e1 = W ramach wolontariatu przejmują Państwo na pewien czas opiekę od opiekuna nieformalnego (mantelzorger). Jest to opieka wytchnieniowa (respijtzorg). Wtedy nie otrzymują Państwo świadczenia wzajemnego (tegenprestatie).

ord-10022822 = To, co z własnej inicjatywy robią Państwo dla społeczeństwa, na przykład praca wolontariacka (vrijwilligerswerk), liczy się jako świadczenie wzajemne (tegenprestatie). Robią to Państwo przez co najmniej 2 godziny tygodniowo: to jest minimum.

ord-cf87a0e5 = Państwa praca wolontariacka (vrijwilligerswerk) liczy się jako świadczenie wzajemne (tegenprestatie), ale robią Państwo mniej niż minimum, czyli mniej niż 2 godziny tygodniowo.

ord-2404c893 = Czy mniej niż 2 godziny tygodniowo wystarczy. Jest to możliwe, jeśli nie są Państwo w stanie osiągnąć minimum.

ord-a6b37173 = Czy gmina uważa, że w Państwa przypadku mniej niż 2 godziny tygodniowo wystarczy?

ord-4f891104 = Mają Państwo pracę w niepełnym wymiarze godzin. Według tabeli podsumowującej nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-0ed30a1f = Czy praca w niepełnym wymiarze godzin zwalnia Państwa ze świadczenia wzajemnego (tegenprestatie). Tabela podsumowująca mówi, że tak, ale opis uchwały gminy (verordening) nie wspomina o pracy w niepełnym wymiarze godzin. Proszę zapytać gminę.

ord-847e8cd7 = W praktyce świadczenie wzajemne (tegenprestatie) w Schagen może trwać dłużej niż 6 miesięcy, jeśli chcą Państwo je kontynuować. Gmina sprawdza wtedy, czy mogą Państwo kontynuować w innym miejscu. Wymiar to najwyżej dwie części dnia (dagdelen) tygodniowo.

ord-2932fa1d = Od 8 do 16 godzin tygodniowo, 6 miesięcy w roku.

ord-cd6ac6aa = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk). Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-eaed952e = Zapewniają Państwo opiekę nieformalną (mantelzorg). Według podsumowania nie muszą Państwo wtedy wykonywać świadczenia wzajemnego (tegenprestatie).

ord-ff15376e = Od 8 do 16 godzin tygodniowo, 2 razy po 6 tygodni w roku.

ord-1cbc5791 = Od 2022 roku część gminy Amsterdam.

ord-0edafa56 = W tych przepisach jest napisane: gmina ma prawo uznać za świadczenie wzajemne (tegenprestatie) nieodpłatną pracę, którą Państwo już wykonują i która jest użyteczna dla społeczeństwa. Gmina ma też prawo prosić o świadczenie wzajemne osoby, które teraz nie mają szans na pracę i nie otrzymują pomocy w drodze do pracy. Jest tam napisane „vragen” (prosić), a nie „verplichten” (zobowiązywać). Te przepisy obowiązują także wstecz, od 1 januari 2020. Ten test zna tylko tę część tych przepisów. Test nie wie, ile godzin i jak długo.

ord-8ab53edf = Co najmniej 8 godzin tygodniowo, co najmniej 6 miesięcy w roku. To, co muszą Państwo robić, jest dopasowane do Państwa możliwości.

ord-ab543c48 = Zapewniają Państwo opiekę nieformalną (mantelzorg) przez co najmniej 8 godzin tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-906e54f4 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 8 godzin tygodniowo. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-24f60ef1 = Otrzymują Państwo przez gminę pomoc asystenta (begeleiding) w ramach Wmo, indywidualnie lub w grupie. Wtedy nie muszą Państwo wykonywać świadczenia wzajemnego (tegenprestatie).

ord-ae7bba58 = Gmina oczekuje, że sami przedstawią Państwo propozycje. Jeśli to potrzebne, otrzymają Państwo pomoc.

ord-e542c13a = Jako świadczenie wzajemne (tegenprestatie) liczy się: użyteczna praca dla społeczeństwa, kurs językowy lub zajęcia ruchowe, program aktywizacyjny albo praca nad problemami osobistymi przez co najmniej 8 godzin tygodniowo.

ord-c97a6ae1 = W praktyce gmina nie zawsze prosi o 8 godzin tygodniowo. 4 godziny rzetelnej pracy też mogą być w porządku, chociaż uchwała gminy (verordening) mówi o 8 godzinach.

ord-13fe6b4f = W praktyce praca wolontariacka (vrijwilligerswerk) często liczy się właśnie jako świadczenie wzajemne (tegenprestatie), a nie jako powód do zwolnienia Państwa.

ord-214c3e85 = Od 8 do 16 godzin tygodniowo przez 6 miesięcy. Potem 3 miesiące przerwy, a następnie znowu, dopóki mają Państwo zasiłek (uitkering).

ord-f2fc387c = Nadal mają Państwo potem zasiłek (uitkering)? Wtedy 3 miesiące po zakończeniu otrzymają Państwo ponownie świadczenie wzajemne (tegenprestatie). Gmina może też jeden raz poprosić o pojedyncze działanie.

ord-77699b59 = Wykonują Państwo pracę wolontariacką (vrijwilligerswerk) przez co najmniej 8 godzin tygodniowo. Zaczęli ją Państwo w ciągu 6 miesięcy od początku zasiłku (uitkering). Jeśli ta praca jest podobna do świadczenia wzajemnego (tegenprestatie), nie muszą Państwo wykonywać świadczenia wzajemnego. Muszą Państwo jednak móc to wykazać.

ord-debd2906 = Praca wolontariacka (vrijwilligerswerk) jest powodem do zwolnienia Państwa, jeśli zaczęli ją Państwo w ciągu 6 miesięcy od początku zasiłku (uitkering).

ord-3024a6ad = Czy zaczęli Państwo pracę wolontariacką (vrijwilligerswerk) w ciągu 6 miesięcy od początku zasiłku (uitkering) i czy ta praca jest podobna do świadczenia wzajemnego (tegenprestatie). Proszę wpisać, od jak dawna mają Państwo zasiłek; wtedy będziemy znać odpowiedź na pierwsze pytanie.

ord-9fd20662 = Czy Państwa praca wolontariacka (vrijwilligerswerk) zaczęła się na czas i czy jest podobna do świadczenia wzajemnego (tegenprestatie)?

ord-c354f160 = W praktyce praca wolontariacka (vrijwilligerswerk) liczy się właśnie jako świadczenie wzajemne (tegenprestatie). Pojedyncze działania się nie zdarzają: ludzie dostają stałe miejsce w jakiejś organizacji.

ord-1f235827 = W praktyce wiele osób po 6 miesiącach po prostu kontynuuje, bez 3 miesięcy przerwy.

ord-87eb6e00 = Nadal mają Państwo zasiłek (uitkering)? Wtedy gmina w tym dniu ponownie zleca świadczenie wzajemne (tegenprestatie).


language-name = Polski
language-dir = ltr
language-plural = pl
language-review = Tekst przetłumaczono z niderlandzkiego za pomocą asystenta AI. Tłumaczenie sprawdził drugi czytelnik (także AI). Nie sprawdził go jeszcze rodzimy użytkownik języka polskiego.
language-dutch-leads = To jest tłumaczenie. Wiążący jest tekst niderlandzki: jeśli teksty się różnią, liczy się tekst niderlandzki.

## end of language pack
