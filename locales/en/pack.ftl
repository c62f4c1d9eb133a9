## About this language: its name in itself, its direction, whose plural rule it follows and
## who checked the translation. Every pack has these.

language-name = English
language-dir = ltr
language-plural = en
language-review = Translated from the Dutch by the project; not yet reviewed by a native speaker.
language-dutch-leads = This is a translation. The Dutch text is leading: if they differ, the Dutch text counts.
