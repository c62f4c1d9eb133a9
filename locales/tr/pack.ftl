## About this language: its name in itself, its direction, whose plural rule it follows and
## who checked the translation. Every pack has these.

language-name = Türkçe
language-dir = ltr
language-plural = tr
language-review = Bu çeviri Hollandacadan bir yapay zekâ asistanıyla yapıldı. Sonra ikinci bir okuyucu (o da yapay zekâ) çeviriyi kontrol etti. Anadili Türkçe olan biri çeviriyi henüz kontrol etmedi.
# Said once on every translated page; the Dutch texts say nothing here.
language-dutch-leads = Bu bir çeviridir. Hollandaca metin esastır: iki metin farklıysa Hollandaca metin geçerlidir.
