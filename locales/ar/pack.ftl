## About this language: its name in itself, its direction, whose plural rule it follows and
## who checked the translation. Every pack has these.

language-name = العربية
language-dir = rtl
language-plural = ar
language-review = تُرجم هذا النص من اللغة الهولندية بمساعدة مساعد ذكاء اصطناعي، وراجعه قارئ ثانٍ هو أيضًا ذكاء اصطناعي. لم يراجعه بعدُ متحدث أصلي للغة العربية.
# Said once on every translated page; the Dutch texts say nothing here.
language-dutch-leads = هذه ترجمة. النص الهولندي هو الأساس: إذا اختلف النصان، فالنص الهولندي هو المعتمد.
