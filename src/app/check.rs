//! The root component: holds the state, keeps it where its place allows (the standalone page:
//! the URL fragment and session storage; a guest: nowhere unless allowed), and shows the screen
//! the person is on.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::dutch_words::{date, fill_marked};
use super::header::header;
use super::language_pack::use_language_pack;
use super::law_changed::law_changed;
use super::municipality_step::municipality_step;
use super::ordinance_file::use_ordinance_file;
use super::place::Place;
use super::question_step::{question_step, QuestionStepProps};
use super::read_aloud::ReadAloud;
use super::reference_day::ReferenceDay;
use super::result::ResultScreen;
use super::review::review;
use super::rules_coming::rules_coming;
use super::rules_ended::rules_ended;
use crate::engine::NotInForce;
use crate::flow::questions::Question;
use crate::flow::session::{self, Rules, Session, Step};
use crate::flow::share;
use crate::flow::state::{reduce, Action, Env, Lang, Screen, State};
use crate::flow::texts::day::day_texts;
use crate::flow::texts::{step_text, t};

/// The session in Yew's reducer: every change goes through `flow::session::step` (and every
/// answer through `flow::state::reduce`).
#[derive(PartialEq)]
pub struct Store(pub Session);

impl Reducible for Store {
    type Action = Step;

    /// Reads the clock again before each step, so the next check uses the new day (the page
    /// may stay open past midnight); a result on screen keeps the day it was made for.
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut session = self.0.clone();
        if let Step::Flow(action) = &step {
            if session.state.screen != Screen::Result || *action == Action::Clear {
                session.env.today = super::today();
            }
        }
        Rc::new(Store(session::step(&session, step)))
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    /// The rule sets and the day; handed to every screen as a context.
    pub env: Env,
    /// Where the check runs; handed to every screen as a context.
    pub place: Place,
    /// The municipality the host page fixed (then it is not asked).
    #[prop_or_default]
    pub fixed: Option<AttrValue>,
    /// The language the host page asked for; the person can still switch.
    #[prop_or_default]
    pub lang: Option<Lang>,
}

/// The heading every screen has; focus moves here when the screen changes.
pub const HEADING_ID: &str = "tpc-heading";
/// The error summary; focus moves here when an answer is wrong.
pub const ERRORS_ID: &str = "tpc-errors";

/// The answers in the link (the standalone page only), else those kept in this tab's session
/// (or on the device, if the person chose that), else a fresh start; then what the host fixed.
fn initial(props: &CheckProps) -> State {
    let (env, place) = (&props.env, &props.place);
    let saved = place.load();
    let remember = saved.as_ref().is_some_and(|(_, on)| *on);
    let linked = place
        .linked()
        .and_then(|fragment| share::decode(&fragment, env));
    let mut state = linked
        .or_else(|| saved.and_then(|(text, _)| share::decode(&text, env)))
        .unwrap_or_default();
    state.remember = remember;
    if let Some(lang) = props.lang {
        state.lang = lang;
    }
    if let Some(id) = &props.fixed {
        state = reduce(&state, Action::Fix(Some(id.to_string())), env);
    }
    state
}

fn page_title(state: &State, env: &Env) -> String {
    let c = t(state.lang);
    let screen_title = match state.screen {
        Screen::Question(q) => c.question(q).title.to_string(),
        Screen::Review => c.review_title.to_string(),
        Screen::Result => c.result_title.to_string(),
    };
    let step = state
        .step(env)
        .map(|(n, total)| step_text(state.lang, n, total) + ": ")
        .unwrap_or_default();
    let error = if state.errors.is_empty() {
        String::new()
    } else {
        format!("{} ", c.error_prefix)
    };
    format!("{error}{step}{screen_title} - {}", c.app_title)
}

#[function_component]
pub fn Check(props: &CheckProps) -> Html {
    let store = use_reducer(|| Store(Session::new(initial(props), props.env.clone())));
    let session = &store.0;
    let env = &session.env;
    let place = &props.place;
    let cleared = use_state(|| false);
    // Counts Next, Back, Edit and Clear: focus moves only after those, never while typing.
    let moves = use_state(|| 0_u32);
    // A move to another screen becomes a history entry, so the back button returns to it.
    let new_entry = use_mut_ref(|| false);
    let last_screen = use_mut_ref(|| None::<String>);
    let state = &session.state;

    let dispatch = {
        let store = store.clone();
        let cleared = cleared.clone();
        let moves = moves.clone();
        let new_entry = new_entry.clone();
        let place = place.clone();
        Callback::from(move |action: Action| {
            let clearing = action == Action::Clear;
            if clearing {
                place.forget();
            }
            if !matches!(
                action,
                Action::Set(..) | Action::SetLang(_) | Action::Remember(_) | Action::Fix(_)
            ) {
                moves.set(*moves + 1);
            }
            *new_entry.borrow_mut() =
                matches!(action, Action::Next | Action::Back | Action::Edit(_));
            cleared.set(clearing);
            store.dispatch(Step::Flow(action))
        })
    };

    // The chosen municipality's ordinance, fetched when it is chosen. Once "Volgende" waits
    // for it, what comes is a move (focus on the new heading): the next question (also a
    // history entry) or the message that it could not be had; a retry and "another
    // municipality" are moves too.
    let on_step = {
        let store = store.clone();
        let moves = moves.clone();
        let new_entry = new_entry.clone();
        Callback::from(move |step: Step| {
            let moved = match &step {
                Step::Arrived { .. } | Step::Failed(_) => store.0.waiting,
                Step::Retry | Step::ChooseAnother => true,
                Step::Flow(_) => false,
            };
            if moved {
                moves.set(*moves + 1);
                *new_entry.borrow_mut() = matches!(step, Step::Arrived { .. });
            }
            store.dispatch(step)
        })
    };
    use_ordinance_file(
        session.to_fetch().map(str::to_string),
        session.attempt,
        place,
        on_step.clone(),
    );

    // The chosen language's pack; until it is here (or when it is refused) the texts are Dutch,
    // and every view reads the language they are in.
    let language = use_language_pack(
        state.lang,
        place,
        dispatch.reform(|_| Action::SetLang(Lang::Nl)),
    );
    let chosen = session.state.lang;
    let in_dutch_for_now;
    let state = if language.shown == state.lang {
        state
    } else {
        in_dutch_for_now = State {
            lang: language.shown,
            ..state.clone()
        };
        &in_dutch_for_now
    };

    // The host page changed its attributes: the language, or the fixed municipality.
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.lang, move |lang| {
            if let Some(lang) = lang {
                dispatch.emit(Action::SetLang(*lang));
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        let fixed_now = state.fixed;
        use_effect_with(props.fixed.clone(), move |fixed| match fixed {
            Some(id) => dispatch.emit(Action::Fix(Some(id.to_string()))),
            None if fixed_now => dispatch.emit(Action::Fix(None)),
            None => {}
        });
    }

    // The browser's back and forward buttons, and a link changed in an open tab: the
    // standalone page only (a guest never reads or writes the host's address).
    {
        let dispatch = dispatch.clone();
        let env = env.clone();
        let on_page = place.is_page();
        use_effect_with((), move |_| {
            let listeners = if on_page {
                browser::on_fragment_change(move |fragment| {
                    if let Some(restored) = share::decode(&fragment, &env) {
                        dispatch.emit(Action::Restore(Box::new(restored)));
                    }
                })
            } else {
                Vec::new()
            };
            move || drop(listeners)
        });
    }

    // Keep the answers: on the standalone page in the fragment (for the back button, sharing
    // and reload) and in this tab's session; on the device only if the person chose that.
    {
        let place = place.clone();
        use_effect_with(
            (share::encode(state), state.remember, state.screen.key()),
            move |(encoded, remember, screen)| {
                place.save(encoded, *remember);
                let moved = last_screen.borrow().as_ref().is_some_and(|s| s != screen);
                let entry = std::mem::take(&mut *new_entry.borrow_mut()) && moved;
                place.show_in_address(encoded, entry);
                *last_screen.borrow_mut() = Some(screen.clone());
            },
        );
    }
    // The title and `<html lang>`, where the place owns them.
    {
        let place = place.clone();
        use_effect_with(
            (page_title(state, env), state.lang),
            move |(title, lang)| place.name_page(title, lang.code()),
        );
    }
    // Focus after a move: the error summary when answers are wrong, else the new screen's
    // heading. Not on the first render, and not while the person types.
    let has_errors = !state.errors.is_empty();
    {
        let place = place.clone();
        use_effect_with(*moves, move |moves| {
            if has_errors {
                place.focus(ERRORS_ID);
            } else if *moves > 0 {
                place.focus(HEADING_ID);
            }
        });
    }

    let c = t(state.lang);
    let refusal = state.refusal(env);
    // The host page hears that there is no outcome, and why (never the answers), when the
    // screen that says so is shown; the result announces its own status.
    {
        let place = place.clone();
        let refused = match refusal {
            Some(NotInForce::LawChanged { .. }) => Some("law_changed"),
            Some(_) if state.screen != Screen::Question(Question::Municipality) => {
                Some("not_in_force")
            }
            _ => None,
        };
        use_effect_with(refused, move |refused| {
            if let Some(status) = refused {
                place.announce(status);
            }
        });
    }
    let day_line = html! { <ReferenceDay state={state.clone()} on_action={dispatch.clone()} /> };
    let body = match (refusal, state.screen) {
        // No answer from rules that do not hold on the check's day: say why, at once.
        (Some(NotInForce::LawChanged { .. }), _) => html! {
            <>
                { day_line.clone() }
                { law_changed(state, env, &dispatch) }
            </>
        },
        // Nothing is worked out before the municipality's rules are here.
        _ if session.rules_block() => html! {
            <>
                { day_line.clone() }
                { rules_coming(state, env, matches!(session.rules(), Rules::Failed(_)), &on_step) }
            </>
        },
        (Some(refusal), screen) if screen != Screen::Question(Question::Municipality) => html! {
            <>
                { day_line.clone() }
                { rules_ended(state, env, refusal, &dispatch) }
            </>
        },
        (_, Screen::Question(Question::Municipality)) => html! {
            <>
                { day_line.clone() }
                { municipality_step(state, env, &Some(place.clone()), &dispatch) }
            </>
        },
        (_, Screen::Question(question)) => {
            let page = question_step(&QuestionStepProps {
                state: state.clone(),
                question,
                on_action: dispatch.clone(),
                env: env.clone(),
                place: Some(place.clone()),
            });
            // The first question (a host fixed the municipality): the day is said there.
            if state.has_previous(env) {
                page
            } else {
                html! { <>{ day_line.clone() }{ page }</> }
            }
        }
        (_, Screen::Review) => review(state, env, &Some(place.clone()), &dispatch),
        // The verdict names its day; the way to change it comes after the reasons.
        (_, Screen::Result) => html! {
            <>
                <ResultScreen state={state.clone()} on_action={dispatch.clone()} place={place.clone()} />
                { day_line }
            </>
        },
    };
    let step_key = match refusal {
        Some(NotInForce::LawChanged { .. }) => "wet-veranderd".to_string(),
        _ if session.rules_block() => "regels-laden".to_string(),
        Some(_) if state.screen != Screen::Question(Question::Municipality) => {
            "regels-vervallen".to_string()
        }
        _ => state.screen.key(),
    };
    // Looking at rules of the past (today the law has changed): every screen says so.
    let past = state.looks_back(env).then(|| {
        let w = day_texts(state.lang);
        let day = date(state.lang, state.reference_day(env));
        html! {
            <div class="tpc-notice tpc-notice--warning tpc-past" role="note">
                <p>{ fill_marked(w.past_rules_banner, &[("date", day)]) }</p>
            </div>
        }
    });
    let on_clear = dispatch.reform(|_: MouseEvent| Action::Clear);
    let on_remember = dispatch.reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Remember(input.checked())
    });
    let footer = html! {
        <>
            <p class="tpc-privacy" id="tpc-privacy">
                { if place.is_page() { c.privacy } else { c.privacy_embedded } }
            </p>
            if place.may_remember() {
                <div class="tpc-check">
                    <input class="tpc-check__input" type="checkbox" id="tpc-remember"
                        checked={state.remember} onchange={on_remember}
                        aria-describedby="tpc-remember-hint" />
                    <label class="tpc-check__label" for="tpc-remember">{ c.remember }</label>
                    <p class="tpc-hint" id="tpc-remember-hint">{ c.remember_hint }</p>
                </div>
            }
            <button type="button" class="tpc-button tpc-button--subtle" onclick={on_clear}>
                { c.clear }
            </button>
            if place.is_page() {
                <p class="tpc-for-caseworkers"><a href="?mode=caseworker">{ c.for_caseworkers }</a></p>
                <p class="tpc-for-caseworkers"><a href="?mode=workbench">{ c.for_municipalities }</a></p>
            }
        </>
    };
    let notice = html! {
        <>
            if *cleared {
                <p class="tpc-notice" role="status">{ c.cleared }</p>
            }
            <div role="status" class="tpc-lang-status">
                if language.loading {
                    <p class="tpc-notice">{ c.language_loading }</p>
                }
            </div>
            if let Some(problem) = language.problem {
                <p class="tpc-notice tpc-notice--warning" role="alert" lang="nl">{ problem }</p>
            }
            if !c.language.dutch_leads.is_empty() {
                <p class="tpc-dutch-leads">{ c.language.dutch_leads }</p>
            }
        </>
    };
    let dir = if state.lang.rtl() { "rtl" } else { "ltr" };
    // A guest is a region of the host's page: no second banner or content-info landmark.
    let inner = if place.is_page() {
        html! {
            <div class="tpc" data-step={step_key.clone()} lang={state.lang.code()} {dir}>
                { header(state.lang, chosen, &dispatch, true) }
                { notice }
                { past.clone() }
                <ReadAloud lang={state.lang} screen={step_key.clone()} />
                <div class="tpc-body">{ body }</div>
                <footer class="tpc-footer">{ footer }</footer>
            </div>
        }
    } else {
        html! {
            <section class="tpc tpc--guest" data-step={step_key.clone()} lang={state.lang.code()} {dir}
                aria-label={c.app_title}>
                { header(state.lang, chosen, &dispatch, false) }
                { notice }
                { past }
                <ReadAloud lang={state.lang} screen={step_key.clone()} />
                <div class="tpc-body">{ body }</div>
                <div class="tpc-footer">{ footer }</div>
            </section>
        }
    };
    html! {
        <ContextProvider<Env> context={env.clone()}>
            { inner }
        </ContextProvider<Env>>
    }
}
