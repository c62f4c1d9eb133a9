//! The caseworker's intake desk (its own wasm module, `src/bin/desk.rs`, so the recipient's
//! download carries none of it): every question on one screen, up to four municipalities side
//! by side, the dates, the note, and the intake record. It renders `flow::desk` and sends it
//! `DeskAction`s; everything it shows per municipality comes from `flow::record`.

mod column;
mod door;
mod form;
mod letters;
mod record_view;
mod toolbar;

use std::rc::Rc;

use yew::prelude::*;

pub use door::{mount, DeskWidget};

use super::place::Place;
use crate::flow::desk::{reduce, Desk, DeskAction};
use crate::flow::record::{self, Column};
use crate::flow::state::{Env, Lang};
use crate::flow::texts::desk::desk_texts;
use crate::flow::texts::{fill, t};

/// The desk and what the last change did to the outcomes.
#[derive(Clone, PartialEq)]
pub struct Model {
    pub desk: Desk,
    pub env: Env,
    /// The municipalities whose outcome the last change altered.
    pub changed: Vec<String>,
    /// Each column's outcome in short, to see what the next change alters.
    headlines: Vec<(String, String)>,
}

fn headlines(desk: &Desk, env: &Env) -> Vec<(String, String)> {
    desk.municipalities
        .iter()
        .map(|id| {
            let c = record::column(desk, env, id);
            (
                id.clone(),
                format!("{}|{:?}", c.headline, c.remark.is_some()),
            )
        })
        .collect()
}

impl Reducible for Model {
    type Action = DeskAction;

    fn reduce(self: Rc<Self>, action: DeskAction) -> Rc<Self> {
        let opened = matches!(action, DeskAction::New | DeskAction::Open(_));
        let desk = reduce(&self.desk, action, &self.env);
        let now = headlines(&desk, &self.env);
        let changed = if opened {
            Vec::new()
        } else {
            now.iter()
                .filter(|(id, h)| self.headlines.iter().any(|(b, was)| b == id && was != h))
                .map(|(id, _)| id.clone())
                .collect()
        };
        Rc::new(Model {
            desk,
            env: self.env.clone(),
            changed,
            headlines: now,
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct DeskProps {
    pub env: Env,
    pub place: Place,
    pub lang: Lang,
}

/// The outcomes in one sentence for screen readers: "Helmond: … Rotterdam: …".
fn spoken(columns: &[Column]) -> String {
    columns
        .iter()
        .map(|c| {
            let what = if c.headline.is_empty() {
                c.remark.clone().unwrap_or_default()
            } else {
                c.headline.clone()
            };
            format!("{}: {what}.", c.name)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[function_component]
pub fn DeskApp(props: &DeskProps) -> Html {
    let model = use_reducer(|| Model {
        desk: Desk {
            lang: props.lang,
            ..Desk::default()
        },
        env: props.env.clone(),
        changed: Vec::new(),
        headlines: Vec::new(),
    });
    {
        let model = model.clone();
        use_effect_with(props.lang, move |lang| {
            model.dispatch(DeskAction::SetLang(*lang));
        });
    }
    let shared = Rc::new((*model).clone());
    let desk = &model.desk;
    let env = &model.env;
    let lang = desk.lang;
    let w = desk_texts(lang);
    let c = t(lang);
    {
        let place = props.place.clone();
        use_effect_with(lang, move |lang| {
            place.name_page(desk_texts(*lang).title, lang.code());
        });
    }
    let on_action = {
        let model = model.clone();
        Callback::from(move |a: DeskAction| model.dispatch(a))
    };
    let rec = record::record(desk, env);
    // A letter for the client, open below the outcome (printed instead of the record).
    let letter = use_state(|| None::<(AttrValue, crate::letters::Kind)>);
    let on_letter = {
        let letter = letter.clone();
        Callback::from(move |open| letter.set(open))
    };
    let print_letter = {
        let place = props.place.clone();
        Callback::from(move |_| place.print())
    };
    // Today the law has changed, and the intake's date is before: old rules, said so.
    let past = env.catalog.law_change_on(env.today).is_some()
        && env.catalog.law_change_on(desk.reference(env)).is_none();
    let differs = record::differs(&rec.columns);
    let other = match lang {
        Lang::Nl => Lang::En,
        _ => Lang::Nl,
    };
    let switch = on_action.reform(move |_: MouseEvent| DeskAction::SetLang(other));
    html! {
        <div class="tpc tpc-desk" lang={lang.code()}>
            <header class="tpc-desk__bar tpc-no-print">
                <div>
                    <h1 class="tpc-desk__title">{ w.title }</h1>
                    <p class="tpc-desk__intro">{ w.intro }</p>
                </div>
                <div class="tpc-desk__bar-actions">
                    if props.place.is_page() {
                        <a class="tpc-link" href="./">{ w.to_citizen }</a>
                    }
                    <button type="button" class="tpc-button tpc-button--secondary" lang={other.code()}
                        onclick={switch}>{ c.other_lang_button }</button>
                </div>
            </header>
            <div class="tpc-desk__grid tpc-no-print">
                <form::DeskForm model={shared.clone()} on_action={on_action.clone()} />
                <section class="tpc-desk__outcome" aria-labelledby="tpc-desk-outcome" tabindex="0">
                    <h2 id="tpc-desk-outcome" class="tpc-desk__h2">{ w.outcome_title }</h2>
                    if rec.columns.is_empty() {
                        <p class="tpc-hint">{ w.none_chosen }</p>
                    }
                    if past {
                        <p class="tpc-notice tpc-notice--warning tpc-past">
                            { fill(w.past_rules, &[("date", &desk.reference(env).dutch())]) }
                        </p>
                    }
                    if differs {
                        <p class="tpc-desk__differs"><strong>{ w.differs }</strong></p>
                    }
                    <div class={classes!("tpc-desk__columns", format!("tpc-desk__columns--{}", rec.columns.len()))}>
                        { for rec.columns.iter().map(|col| html! {
                            <column::OutcomeColumn column={col.clone()} {lang}
                                changed={model.changed.contains(&col.id)} differs={differs} />
                        }) }
                    </div>
                </section>
            </div>
            <toolbar::Toolbar model={shared.clone()} on_action={on_action.clone()}
                place={props.place.clone()} text={rec.text(lang)} />
            <letters::DeskLetters model={shared} open={(*letter).clone()} on_open={on_letter}
                on_print={print_letter} />
            if letter.is_none() {
                { record_view::record_view(lang, &rec, differs) }
            }
            <div class="tpc-visually-hidden" aria-live="polite" aria-atomic="true">
                { fill("{s}", &[("s", &spoken(&rec.columns))]) }
            </div>
        </div>
    }
}
