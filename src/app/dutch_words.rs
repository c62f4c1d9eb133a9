//! Dutch words inside a translated sentence: a municipality's name, a date as the
//! municipality's letters write it ("15 juni 2026"). Marked `lang="nl"`, so a screen reader
//! reads them in Dutch and the style sheet upper-cases them by Dutch rules ("JUNI", never the
//! Turkish "JUNİ") (WCAG 2.2, 3.1.2 Language of Parts). On a Dutch page nothing is marked.

use yew::prelude::*;

use crate::date::Date;
use crate::flow::state::Lang;
use crate::flow::texts::day::{day_texts, long_date};

/// A template (`{name}` placeholders) filled with parts that may carry their own language.
pub fn fill_marked(template: &str, values: &[(&str, Html)]) -> Html {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some((start, key, value)) = values
        .iter()
        .filter_map(|(k, v)| rest.find(&format!("{{{k}}}")).map(|i| (i, *k, v)))
        .min_by_key(|(i, _, _)| *i)
    {
        parts.push(html! { { &rest[..start] } });
        parts.push(value.clone());
        rest = &rest[start + key.len() + 2..];
    }
    parts.push(html! { { rest } });
    parts.into_iter().collect()
}

/// Words that are Dutch in every language (a municipality's name).
pub fn dutch(lang: Lang, words: &str) -> Html {
    if lang.is_dutch() {
        html! { { words } }
    } else {
        html! { <span lang="nl">{ words }</span> }
    }
}

/// A date in the language's notation: marked Dutch where the language writes the months in
/// Dutch, as the municipality's letters do (every pack but English).
pub fn date(lang: Lang, day: Date) -> Html {
    let text = long_date(lang, day);
    if !lang.is_dutch() && day_texts(lang).months == day_texts(Lang::Nl).months {
        html! { <span lang="nl">{ text }</span> }
    } else {
        html! { { text } }
    }
}
