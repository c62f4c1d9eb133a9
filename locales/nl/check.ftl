## The recipient's check: every screen's words.

other-lang-button = English
app-title = Tegenprestatie-check
intro-1 = Met een bijstandsuitkering kan de gemeente u vragen om onbetaald werk te doen dat nuttig is voor anderen. Dat heet de tegenprestatie.
intro-2 = Met deze check ziet u of de tegenprestatie voor u geldt, hoeveel uur en hoe lang. U beantwoordt een paar vragen. Dat duurt ongeveer 3 minuten.
step-of = Vraag { $n } van ongeveer { $total }
next = Volgende
back = Terug
to-result = Bekijk de uitkomst
clear = Wis mijn antwoorden
cleared = Uw antwoorden zijn gewist.
what-does-this-mean = Wat betekent dit?
yes = Ja
no = Nee
unknown = Weet ik niet
error-summary-title = Er is iets niet goed ingevuld
error-prefix = Fout:
search-label = Zoek uw gemeente
search-hint = Typ de naam van uw gemeente, bijvoorbeeld Den Haag of Súdwest-Fryslân. Een deel van de naam is genoeg.
search-more =
    { $n ->
        [one] Er is nog 1 gemeente met deze letters. Typ meer letters.
       *[other] Er zijn nog { $n } gemeenten met deze letters. Typ meer letters.
    }
no-ordinance-meta = Alleen de regels uit de wet
via-common = Ook wel: { $name }
via-former = { $former } hoort nu bij deze gemeente
found =
    { $n ->
        [one] 1 gemeente gevonden
       *[other] { $n } gemeenten gevonden
    }
none-found = Geen gemeente gevonden.
ordinance-label = Regels van { $year }
merged-note = Let op: { $note }
review-title = Controleer uw antwoorden
review-intro = Klopt alles? Dan ziet u hierna de uitkomst.
change = Wijzig
not-answered = Niet gevraagd
result-title = Uitkomst
result-for = { $name }, { $date }
college-decides-intro = De gemeente kijkt naar uw situatie. Onze bronnen zeggen niet wat er dan volgt. De gemeente beslist over:
if-it-holds = Als de gemeente vindt dat deze regel geldt
if-it-does-not = Als de gemeente vindt dat deze regel niet geldt
see-next = Zie vraag { $n }.
no-maximum = Uw gemeente noemt geen maximum aantal uren. Wel geldt: 32 uur per week of meer mag nooit. Dat zei de rechter.
no-maximum-short = Er is geen maximum, maar 32 uur per week of meer mag nooit.
rules-from = Regels vanaf { $from }{ $to }. Ze kunnen veranderd zijn: vraag het uw gemeente.
why-title = Waarom? En de bronnen
rules-title = De regels die gelden
next-steps-sources = Waar de uitleg vandaan komt
sources-title = Bronnen
next-steps-title = Wat kunt u nu doen?
practice-title = Zo gaat het in de praktijk
practice-label = Praktijk, geen regel
version-label = Versie
in-force-label = Geldt vanaf
detail-label = Hoe volledig is de bron?
print = Print deze uitkomst
share-label = Link naar deze check met uw antwoorden
share = Kopieer de link
share-done = De link is gekopieerd. Uw antwoorden staan in de link. Deel hem alleen met wie u vertrouwt.
share-failed = Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.
share-hint = De link bevat uw antwoorden. Ze gaan niet naar een server.
change-answers = Wijzig uw antwoorden
letter-offer-heading = Brief aan de gemeente
letter-offer-button = Maak een brief
letter-offer-intro = Een brief aan de gemeente, gemaakt met uw antwoorden. Bijvoorbeeld om bezwaar te maken. Uw naam en adres blijven op dit apparaat.
letter-offer-loading = De brief wordt geladen…
letter-offer-failed = De brief kan niet worden geladen. Controleer uw internet en probeer het opnieuw.
disclaimer = Deze uitkomst is geen besluit van de gemeente. U kunt er geen rechten aan ontlenen. De gemeente beslist, en u kunt bezwaar maken tegen dat besluit.
privacy = Wij versturen niets. Uw antwoorden staan alleen in dit tabblad en in het adres van deze pagina (daardoor werkt de knop Terug). Sluit u het tabblad, dan zijn ze weg.
privacy-embedded = Wij versturen niets, ook niet naar deze website. Uw antwoorden blijven in deze pagina. Sluit u de pagina, dan zijn ze weg.
ordinance-unreachable = De check kan de regels van de gemeente nu niet laden. Probeer het later nog eens, of vraag het de gemeente.
ordinance-invalid = De regels van de gemeente staan niet goed in deze check. Daarom geeft hij geen antwoord. Vraag het de gemeente.
municipality-unknown = Deze check kent de gemeente niet die deze website heeft ingesteld. Vraag het de gemeente.
for-caseworkers = Voor klantmanagers: de intake met alle vragen op één scherm
for-municipalities = Voor gemeenten: schrijf en toets uw verordening
remember = Onthoud mijn antwoorden op dit apparaat
remember-hint = Dan ziet u ze terug als u de check later opent. Doe dit niet op een computer die u met anderen deelt.
no-match-next = Wij vinden geen gemeente met ‘{ $query }’ in de naam. Typ de naam van uw gemeente, niet van uw dorp, stad of wijk. Weet u de naam niet zeker? Kijk op een brief van de gemeente over uw uitkering.
merged-warning = { $name }: { $note } Wij kennen alleen de oude regels van { $name }. Vraag uw gemeente welke regels nu gelden.
merged-warning-no-rules = { $name }: { $note } Woont u daar nu? Kies dan de gemeente waar u nu woont.
hours-unit = uur per week
months-unit = maanden
years-unit = jaar

## The language menu and reading aloud
language-label = Taal
language-loading = De taal wordt geladen …
read-aloud = Lees voor
read-aloud-stop = Stop met voorlezen

## The municipality's rules, fetched when it is chosen ($name: the municipality, in Dutch)
rules-loading = De regels van { $name } worden geladen …
rules-failed-title = De regels van { $name } zijn niet geladen
rules-failed = Misschien is er even geen internet. Uw antwoorden zijn bewaard.
rules-retry = Probeer opnieuw

## Hours and duration
bounds-decimal = ,
# Between the parts of the bounds ("8 tot 16 uur per week, 6 maanden"), a string literal so
# its space is kept.
bounds-separator = { ", " }
bounds-from-to = { $min } tot { $max }
bounds-at-least = minstens { $n }
bounds-at-most = hoogstens { $n }
bounds-average = gemiddeld { $n }
# The units come after a number, $n (the last one of "8 tot 16"): choose the form for it
# (Arabic: 3 to 10 ساعات, 11 and more ساعة).
bounds-hours-a-week =
    { $n ->
        [one] uur per week
       *[other] uur per week
    }
bounds-months =
    { $n ->
        [one] maand
       *[other] maanden
    }
bounds-weeks =
    { $n ->
        [one] week
       *[other] weken
    }
bounds-total-hours =
    { $n ->
        [one] uur in totaal
       *[other] uur in totaal
    }
bounds-per-year = per jaar
bounds-times = { $n } keer
bounds-or-less = of minder als u dat niet kunt
bounds-no-end = zonder einddatum
bounds-according-to-ability = zoveel als u kunt

## Citations
citation-artikel = artikel
citation-lid = lid
citation-onderdeel = onderdeel
citation-no-article = { "" }

## Outcomes: the headline, the sentence under it (.lead) and the first thing to do (.next)
status-not-applicable = U hoeft geen tegenprestatie te doen
    .lead = De plicht om een tegenprestatie te doen geldt niet voor u.
    .next = U hoeft niets te doen. Verandert uw situatie? Doe de check dan opnieuw.
status-exempt = U hoeft geen tegenprestatie te doen
    .lead = De plicht geldt wel, maar u bent vrijgesteld.
    .next = Vertel uw klantmanager waarom u vrijgesteld bent. Verandert uw situatie? Doe de check dan opnieuw.
status-fulfilled = Wat u al doet, telt als tegenprestatie
    .lead = U hoeft niets extra te doen, zolang u dit blijft doen.
    .next = Vertel uw klantmanager wat u al doet, en blijf het doen.
status-obligated = De gemeente kan u een tegenprestatie vragen
    .lead = Dat is onbetaald werk dat nuttig is voor anderen.
    .next = De gemeente bespreekt de tegenprestatie eerst met u. Neem deze uitkomst mee naar het gesprek.
status-discretionary = Het hangt af van wat de gemeente vindt
    .lead = Dat mag de gemeente per persoon beslissen. Dit volgt uit elk antwoord:
    .next = Vraag uw klantmanager wat de gemeente vindt. Neem deze uitkomst mee. U krijgt daarna een besluit.
status-ordinance-unknown = De gemeente mag u een tegenprestatie vragen
    .lead = De wet staat dat toe. Maar of uw gemeente het vraagt, en hoeveel, staat in de regels van uw gemeente. Die regels heeft deze check niet.
    .next = Vraag uw klantmanager wat de regels van uw gemeente zeggen. Neem deze uitkomst mee.

## Questions: the question (the page's heading), .hint under it, .help behind "Wat betekent dit?"
question-gemeente = In welke gemeente woont u?
    .hint = Elke gemeente heeft eigen regels voor de tegenprestatie.
    .help = De tegenprestatie is onbetaald werk dat nuttig is voor anderen. De gemeente kan dit vragen als u een uitkering heeft. Bijvoorbeeld helpen in een buurthuis of boodschappen doen voor iemand. Het mag geen betaalde baan vervangen.
question-leeftijd = Hoe oud bent u?
    .hint = Vul uw leeftijd in hele jaren in.
question-aow = Heeft u de AOW-leeftijd al bereikt?
    .hint = Meestal is dat 67 jaar. Voor sommige mensen is het anders.
    .help = De AOW is het pensioen van de overheid. Vanaf de AOW-leeftijd geldt de tegenprestatie niet meer.
question-uitkering = Welke uitkering krijgt u?
    .help = Bijstand is de uitkering uit de Participatiewet. IOAW en IOAZ zijn uitkeringen voor oudere of deels arbeidsongeschikte werklozen en oud-zelfstandigen. Bijzondere bijstand is geld voor bijzondere kosten.
question-arbeidsongeschikt = Bent u volledig en blijvend arbeidsongeschikt?
    .hint = Dat betekent: u kunt nu en later helemaal niet werken, en dat is officieel vastgesteld.
    .help = Dit gaat over artikel 4 van de Wet WIA: volledig en duurzaam arbeidsongeschikt. Weet u het niet zeker? Kies dan 'Nee' en vraag het na bij de gemeente.
question-alleenstaande-ouder = Bent u als alleenstaande ouder vrijgesteld van de plicht om te werken?
    .hint = Dat kan als u alleen zorgt voor een kind jonger dan 5 jaar.
    .help = Vrijgesteld betekent: de gemeente heeft besloten dat u nu niet hoeft te werken. U heeft daarover een brief gekregen. In die brief staat soms het woord ontheffing.
question-mantelzorg = Geeft u mantelzorg?
    .help = Mantelzorg is zorg voor iemand die u kent, zoals uw ouder, partner, kind of buur. U doet het niet als beroep. Het is meer dan de gewone hulp in een gezin.
question-mantelzorg-uren = Hoeveel mantelzorg geeft u?
    .hint = Een schatting is goed genoeg.
question-mantelzorg-nodig = Heeft de gemeente gezegd dat uw mantelzorg echt nodig is?
    .hint = Dat beslist de gemeente, niet u. Heeft de gemeente er nog niets over gezegd? Kies dan 'Weet ik niet'.
    .help = Mantelzorg is echt nodig als de zorg meer is dan de gewone hulp in een gezin, en de zorg niet anders geregeld kan worden.
question-vrijwilligerswerk = Doet u vrijwilligerswerk?
    .help = Vrijwilligerswerk is onbetaald werk voor een club, vereniging of organisatie, of voor mensen in uw buurt.
question-vrijwilligerswerk-uren = Hoeveel vrijwilligerswerk doet u?
    .hint = Een schatting is goed genoeg.
question-respijtzorg = Neemt u als vrijwilliger de zorg over van een mantelzorger?
    .help = U zorgt dan een tijdje voor iemand, zodat de vaste mantelzorger even kan uitrusten. Dit heet ook respijtzorg.
question-uitkering-duur = Hoe lang heeft u al een uitkering?
    .hint = Vul het aantal maanden in. Een jaar is 12 maanden.
question-re-integratie = Volgt u een re-integratietraject?
    .help = Een re-integratietraject helpt u op weg naar betaald werk. Bijvoorbeeld een cursus, een werkplek om te oefenen of hulp bij solliciteren. U doet het samen met de gemeente.
question-sociale-activering = Doet u mee aan sociale activering?
    .help = Sociale activering helpt u om weer mee te doen in de samenleving, als betaald werk nog ver weg is.
question-groepstraining = Volgt u een groepstraining?
    .hint = Bijvoorbeeld het Toekomstatelier in de Liemers.
question-wmo = Krijgt u via de gemeente hulp van een begeleider?
    .help = Een begeleider helpt u bijvoorbeeld om uw dag te regelen, alleen of in een groep. De gemeente regelt dit via de Wmo, de Wet maatschappelijke ondersteuning.
question-werk = Heeft u betaald werk naast uw uitkering?
question-werk-uren = Hoeveel uur per week werkt u?
question-participatieladder = Op welke stap van de participatieladder staat u?
    .hint = Uw klantmanager weet dit.
    .help = De participatieladder heeft 6 stappen. Die laten zien hoe ver u van betaald werk af staat. Stap 1 tot en met 4: betaald werk is nog ver weg. Stap 5 en 6: u kunt binnen een jaar betaald werken. Een stap heet ook wel trede.
question-doelgroep = In welke groep heeft de gemeente u ingedeeld?
    .hint = Uw klantmanager weet dit.
question-beperking = Heeft u een beperking?
    .hint = Door uw gezondheid of een handicap kunt u sommige dingen niet of minder goed.
question-niet-in-staat = Kunt u door uw situatie blijvend geen tegenprestatie doen?
    .hint = Bijvoorbeeld door uw gezondheid of uw situatie thuis.
question-dringende-redenen = Zijn er dringende redenen waardoor u nu geen tegenprestatie kunt doen?
    .hint = Bijvoorbeeld zware zorg voor een familielid die net is begonnen.
    .help = Bij dringende redenen kan de gemeente u een tijdje vrijstellen. Dat staat in artikel 9, lid 2 van de Participatiewet.

## Field labels (the overview and the printed answers)
field-gemeente = Gemeente
field-gives-care = Mantelzorg
field-volunteers = Vrijwilligerswerk
field-has-part-time-work = Betaald werk
field-date = Datum van de check
field-birth-date = Geboortedatum
field-age = Leeftijd in jaren
field-reached-pension-age = AOW-leeftijd bereikt
field-benefit = Uitkering
field-fully-permanently-incapacitated = Volledig en blijvend arbeidsongeschikt
field-single-parent-exemption = Alleenstaande ouder, vrijgesteld van werken
field-caregiving-hours-per-week = Uren mantelzorg per week
field-caregiving-months = Hoeveel maanden al?
field-caregiving-necessary = Mantelzorg echt nodig volgens de gemeente
field-volunteer-hours-per-week = Uren vrijwilligerswerk per week
field-volunteer-months = Hoeveel maanden al?
field-respite-care-volunteer = Zorg overnemen van een mantelzorger
field-reintegration-trajectory = Re-integratietraject
field-social-activation = Sociale activering
field-group-training = Groepstraining
field-wmo-guidance = Hulp van een begeleider via de gemeente
field-part-time-work-hours-per-week = Uren betaald werk per week
field-participation-ladder-step = Stap op de participatieladder
field-has-disability = Beperking
field-permanently-unable = Blijvend geen tegenprestatie mogelijk
field-urgent-reasons = Dringende redenen
field-months-on-benefit = Maanden met een uitkering
field-target-group = Groep

## Answer options
option-yes = Ja
option-no = Nee
option-unknown = Weet ik niet
option-benefit-participatiewet = Bijstand (Participatiewet)
option-benefit-ioaw = IOAW
option-benefit-ioaz = IOAZ
option-benefit-special-assistance-only = Alleen bijzondere bijstand
option-benefit-none = Geen uitkering
option-participation-ladder-step-1 = Stap 1: u bent vooral thuis en ziet weinig mensen
option-participation-ladder-step-2 = Stap 2: u heeft contact met mensen buiten uw huis
option-participation-ladder-step-3 = Stap 3: u doet mee aan activiteiten, zoals een cursus of club
option-participation-ladder-step-4 = Stap 4: u doet onbetaald werk, zoals vrijwilligerswerk
option-participation-ladder-step-5 = Stap 5: u werkt betaald, met hulp
option-participation-ladder-step-6 = Stap 6: u werkt betaald, zonder hulp
option-target-group-uitstromer = Uitstromer: u kunt snel aan betaald werk
option-target-group-groeier = Groeier: u groeit naar werk toe
option-target-group-blijver = Blijver: betaald werk is nog ver weg

## Input errors
error-choose-municipality = Kies uw gemeente.
error-fill-in-age = Vul uw leeftijd in.
error-fill-in-hours = Vul het aantal uren per week in.
error-fill-in-months = Vul het aantal maanden in.
error-choose-benefit = Kies welke uitkering u krijgt.
error-choose-answer = Kies een antwoord.
error-age-in-digits = Vul uw leeftijd in met cijfers, zoals 35.
error-fill-in-number = Vul een getal in, zoals 4 of 7,5.
error-whole-number = Vul een heel getal in, zonder komma.
error-age-range = Vul een leeftijd in van 0 tot en met 130 jaar.
error-hours-range = Vul een aantal uren in van 0 tot en met 168. Een week heeft 168 uur.
error-months-range = Vul een aantal maanden in van 0 tot en met 600.
error-unknown-municipality = Deze gemeente kennen wij niet. Kies een gemeente uit de lijst.
error-unknown-option = Kies een van de antwoorden.

## Next-step topics
topic-find-activity = Zelf iets zoeken
topic-choice = U mag meebeslissen
topic-what-counts = Wat telt als tegenprestatie
topic-renewal = Verlengen en herhalen
topic-non-compliance = Als u niet meedoet
topic-objection = Het niet eens met een besluit
topic-other = Goed om te weten

## How complete the source is (.short in the municipality list)
detail-full-text = Wij hebben de volledige tekst van de verordening.
    .short = volledige tekst
detail-described = Een onderzoek uit 2016 beschrijft de regels van deze verordening. De volledige tekst hebben wij niet.
    .short = beschreven in een onderzoek
detail-summary = Van deze verordening kennen wij alleen een korte samenvatting in een tabel uit 2016. Details kunnen ontbreken.
    .short = alleen een samenvatting
detail-statute = De wet.
    .short = wet
detail-not-known = Deze check kent alleen de wet, niet de regels van deze gemeente.
    .short = alleen de wet
