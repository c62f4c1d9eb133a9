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
mod population_view;
mod quick_form;

use std::rc::Rc;

use yew::prelude::*;

pub use door::mount;

use super::place::Place;
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
}

#[function_component]
pub fn WorkbenchApp(props: &WorkbenchProps) -> Html {
    let model = use_reducer(|| Model(props.bench.clone()));
    {
        let place = props.place.clone();
        use_effect_with((), move |_| {
            place.name_page("Werkbank verordening tegenprestatie", "nl");
        });
    }
    let on_action = {
        let model = model.clone();
        Callback::from(move |a: Action| model.dispatch(a))
    };
    let part = PartProps {
        model: Rc::new((*model).clone()),
        on_action,
        place: props.place.clone(),
    };
    html! {
        <div class="tpc tpc-bench" lang="nl">
            <header class="tpc-bench__bar tpc-no-print">
                <h1 class="tpc-bench__title">{ "Werkbank: verordening tegenprestatie" }</h1>
                <p class="tpc-bench__intro">
                    { "Schrijf of wijzig een verordening, toets haar aan de wet en zie wat zij doet met uw klanten. Alles blijft op dit apparaat: er gaat niets naar een server." }
                </p>
                <p class="tpc-bench__links"><a href="./">{ "Naar de check voor inwoners" }</a></p>
            </header>
            <main class="tpc-bench__grid">
                <editor::Editor ..part.clone() />
                <div class="tpc-bench__side">
                    <cases_view::CasesView ..part.clone() />
                    <export::Export ..part.clone() />
                </div>
            </main>
            <section class="tpc-bench__compare" aria-labelledby="tpc-bench-compare-title">
                <h2 id="tpc-bench-compare-title" class="tpc-bench__h2 tpc-no-print">{ "3. Vergelijk met de huidige verordening" }</h2>
                <population_view::PopulationView ..part.clone() />
                <comparison::Comparison ..part />
            </section>
        </div>
    }
}
