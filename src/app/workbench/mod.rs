//! The policy workbench (its own wasm module, `src/bin/workbench.rs`, loaded only at
//! `?mode=workbench`): write a draft ordinance, see it checked against the law line by line,
//! run its example cases, and compare it with the current ordinance over a population or the
//! municipality's own caseload file. It renders `workbench::state::Bench` and sends it
//! `Action`s; nothing leaves the device.

mod cases_view;
mod comparison;
mod door;
mod editor;
mod export;
mod fill_in;
mod number_field;
mod population_view;
mod quick_form;
mod rule_builder;

use std::rc::Rc;

use yew::prelude::*;

pub use door::mount;

use super::place::Place;
use crate::flow::state::Lang;
use crate::flow::texts::workbench::workbench_texts;
use crate::workbench::state::{Action, Bench};

/// The bench as Yew state.
#[derive(Clone, PartialEq)]
pub struct Model(pub Bench);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(self.0.reduce(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    pub bench: Bench,
    pub place: Place,
}

/// Props every part gets: the bench and a way to change it.
#[derive(Properties, PartialEq, Clone)]
pub struct PartProps {
    pub model: Rc<Model>,
    pub on_action: Callback<Action>,
    pub place: Place,
    pub lang: Lang,
}

/// The bundled ordinances as the options of a select, by title, `selected` chosen.
pub fn ordinance_options(bench: &Bench, selected: &str) -> Html {
    let mut ordinances: Vec<(&str, &str)> = bench
        .base
        .rule_sets()
        .iter()
        .map(|s| (s.ordinance().id.as_str(), s.ordinance().title.as_str()))
        .collect();
    ordinances.sort_by_key(|(_, title)| title.to_lowercase());
    ordinances
        .into_iter()
        .map(|(id, title)| {
            html! {
                <option value={id.to_string()} selected={id == selected}>{ title }</option>
            }
        })
        .collect()
}

#[function_component]
pub fn WorkbenchApp(props: &WorkbenchProps) -> Html {
    let model = use_reducer(|| Model(props.bench.clone()));
    let lang = use_state(|| Lang::Nl);
    let w = workbench_texts(*lang);
    {
        let place = props.place.clone();
        use_effect_with(*lang, move |lang| {
            place.name_page(workbench_texts(*lang).title, lang.code());
        });
    }
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| {
            lang.set(match *lang {
                Lang::Nl => Lang::En,
                _ => Lang::Nl,
            })
        })
    };
    let other = match *lang {
        Lang::Nl => Lang::En,
        _ => Lang::Nl,
    };
    let on_action = {
        let model = model.clone();
        Callback::from(move |a: Action| model.dispatch(a))
    };
    let part = PartProps {
        model: Rc::new((*model).clone()),
        on_action,
        place: props.place.clone(),
        lang: *lang,
    };
    html! {
        <div class="tpc tpc-bench" lang={lang.code()}>
            <header class="tpc-bench__bar tpc-no-print">
                <h1 class="tpc-bench__title">{ w.title }</h1>
                <p class="tpc-bench__intro">{ w.intro }</p>
                <p class="tpc-bench__links">
                    <a href="./">{ w.to_citizen }</a>{ " · " }
                    <button type="button" id="tpc-bench-lang" class="tpc-link-button" lang={other.code()} onclick={switch}>
                        { w.other_language }
                    </button>
                </p>
            </header>
            <main class="tpc-bench__grid">
                <editor::Editor ..part.clone() />
                <div class="tpc-bench__side">
                    <cases_view::CasesView ..part.clone() />
                    <export::Export ..part.clone() />
                </div>
            </main>
            <section class="tpc-bench__compare" aria-labelledby="tpc-bench-compare-title">
                <h2 id="tpc-bench-compare-title" class="tpc-bench__h2 tpc-no-print">{ w.compare_title }</h2>
                <population_view::PopulationView ..part.clone() />
                <comparison::Comparison ..part />
            </section>
        </div>
    }
}
