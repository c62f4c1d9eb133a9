## The result where this checker does not have the municipality's ordinance.

no-ordinance-decides-title = Wat de regels van uw gemeente bepalen
no-ordinance-decides-1 = Of de gemeente de tegenprestatie aan iemand vraagt. Sommige gemeenten vragen het alleen, en verplichten het niet.
no-ordinance-decides-2 = Hoeveel uur per week, en hoe lang.
no-ordinance-decides-3 = Wie geen tegenprestatie hoeft te doen. Dat kan gaan om mensen die mantelzorg geven, vrijwilligerswerk doen, werken aan hun terugkeer naar werk of een parttime baan hebben.
no-ordinance-decides-4 = Of werk dat u al doet, mag tellen als tegenprestatie.
no-ordinance-holds-title = Wat de wet en de rechter zeggen
no-ordinance-holds-law = Het werk is onbetaald en nuttig voor de samenleving. Het past bij wat u kunt. Het is extra werk: het mag geen betaald werk vervangen.
no-ordinance-holds-memorandum = Volgens de uitleg bij de wet is het werk meestal beperkt: niet te veel uren en niet te lang. U mag meepraten over het soort werk. Maar de gemeente beslist.
no-ordinance-memorandum-source = Memorie van toelichting bij de Participatiewet, zoals de scriptie (2016, § 3.1.2) die beschrijft
no-ordinance-holds-objection = Krijgt u een besluit over de tegenprestatie en bent u het er niet mee eens? Dan kunt u bezwaar maken, binnen zes weken. Die beginnen de dag nadat de gemeente het besluit verstuurde of aan u gaf.
no-ordinance-holds-non-compliance = Doet u een tegenprestatie die de gemeente u opdraagt niet? Dan kan de gemeente uw uitkering een tijd verlagen.
no-ordinance-holds-court = Een rechtbank vond in 2013 (onder de oude bijstandswet): 32 uur per week is in elk geval te veel. Dat is dan geen beperkt werk meer. Dit is één uitspraak, geen regel uit de wet.
no-ordinance-source = Bron
no-ordinance-find-title = Zo vindt u de regels van uw gemeente
no-ordinance-find-steps-1 = Ga naar de website met alle regels van gemeenten (lokaleregelgeving.overheid.nl).
no-ordinance-find-steps-2 = Zoek op ‘tegenprestatie’ en ‘{ $name }’. Kijk of de regels nu gelden: bij de regels staat vanaf welke datum.
no-ordinance-register-link = Naar lokaleregelgeving.overheid.nl
no-ordinance-ask-title = Vraag uw klantmanager
no-ordinance-ask-1 = Vraagt de gemeente mij een tegenprestatie? Hoeveel uur per week, en hoe lang?
no-ordinance-ask-2 = Telt wat ik al doe mee, zoals mantelzorg of vrijwilligerswerk?
no-ordinance-ask-3 = Mag ik meepraten over het werk dat ik ga doen?
