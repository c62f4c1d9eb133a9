## About this language: its name in itself, its direction, whose plural rule it follows and
## who checked the translation. Every pack has these.

language-name = Polski
language-dir = ltr
language-plural = pl
language-review = Tekst przetłumaczono z niderlandzkiego za pomocą asystenta AI. Tłumaczenie sprawdził drugi czytelnik (także AI). Nie sprawdził go jeszcze rodzimy użytkownik języka polskiego.
# Said once on every translated page; the Dutch texts say nothing here.
language-dutch-leads = To jest tłumaczenie. Wiążący jest tekst niderlandzki: jeśli teksty się różnią, liczy się tekst niderlandzki.
