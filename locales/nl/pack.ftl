## About this language: its name in itself, its direction, whose plural rule it follows and
## who checked the translation. Every pack has these.

language-name = Nederlands
language-dir = ltr
language-plural = nl
language-review = De Nederlandse tekst is de bron.
# Said once on every translated page; the Dutch texts say nothing here.
language-dutch-leads = { "" }
