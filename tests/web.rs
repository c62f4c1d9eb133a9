//! Tests in a real headless Chromium (wasm-bindgen-test): the JS API that municipalities call,
//! and the app mounted into a page element.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use tegenprestatie_check::js_api::{compile, evaluate, municipalities, summary, validate};

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("a property")
}

fn answers(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

fn id(gemeente: &str) -> JsValue {
    JsValue::from_str(gemeente)
}

fn message(err: impl Into<JsValue>) -> String {
    get(&err.into(), "message").as_string().unwrap()
}

/// The page's clock, fixed on the test day (2026-06-15, 10:00 UTC) for every test here: a
/// check without a `date` is for "today", and no test may depend on the machine's date (the
/// law changes on 1 January 2027). Only `new Date()` and `Date.now()` are fixed.
fn pin_clock() {
    let pin = js_sys::Function::new_with_args(
        "t",
        "if (globalThis.__pinned) return; globalThis.__pinned = true; const R = Date; \
         class D extends R { constructor(...a) { if (a.length === 0) super(t); else super(...a); } \
         static now() { return t; } } globalThis.Date = D;",
    );
    pin.call1(&JsValue::NULL, &JsValue::from_f64(1_781_517_600_000.0))
        .expect("the clock is pinned");
}

/// The example ordinance's JSON form (what `tegenprestatie compile` prints for it).
const EXAMPLE: &str = include_str!("fixtures/example.json");

#[wasm_bindgen_test]
fn evaluate_returns_the_decision_object() {
    pin_clock();
    assert_eq!(
        js_sys::Date::new_0().get_full_year(),
        2026,
        "the clock is pinned"
    );
    let d = evaluate(
        id("overbetuwe"),
        answers(r#"{"age": 35, "volunteer_hours_per_week": 4}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get(&d, "status").as_string().unwrap(), "exempt");
    let grounds: Array = get(&d, "grounds").dyn_into().unwrap();
    assert_eq!(
        get(&grounds.get(0), "rule").as_string().unwrap(),
        "vrijwilligerswerk-4-uur"
    );
    assert!(
        get(&get(&d, "hours_per_week"), "min").is_null(),
        "no bounds for an exemption"
    );

    let d = evaluate(
        id("overbetuwe"),
        answers(r#"{"age": 35, "volunteer_hours_per_week": 3}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get(&d, "status").as_string().unwrap(), "obligated");
    assert_eq!(get(&get(&d, "hours_per_week"), "max").as_f64(), Some(8.0));
}

#[wasm_bindgen_test]
fn evaluate_throws_a_named_error_for_bad_input() {
    pin_clock();
    let none = || JsValue::UNDEFINED;
    let m = message(
        evaluate(
            id("overbetuwe"),
            answers(r#"{"age": 35, "hours": 4}"#),
            none(),
        )
        .unwrap_err(),
    );
    assert!(m.starts_with("field `hours`: is not a known field"), "{m}");
    let m = message(evaluate(id("atlantis"), answers(r#"{"age": 35}"#), none()).unwrap_err());
    assert!(m.starts_with("unknown municipality `atlantis`"), "{m}");
    // A number as the municipality, a circular object, very deep nesting: exceptions, and the
    // instance keeps working afterwards.
    let m = message(evaluate(JsValue::from(7), answers(r#"{"age": 35}"#), none()).unwrap_err());
    assert!(m.contains("must be a string id"), "{m}");
    let circular = js_sys::Object::new();
    Reflect::set(&circular, &"self".into(), &circular).unwrap();
    let m = message(evaluate(id("rotterdam"), circular.into(), none()).unwrap_err());
    assert!(m.contains("circular"), "{m}");
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let m = message(evaluate(id("rotterdam"), answers(&deep), none()).unwrap_err());
    assert!(m.contains("recursion limit"), "{m}");
    let m = message(
        evaluate(
            id("rotterdam"),
            answers(r#"{"age": 35}"#),
            answers(r#"{"datum": 1}"#),
        )
        .unwrap_err(),
    );
    assert!(m.contains("option `datum` is not known"), "{m}");
    let ok = evaluate(id("rotterdam"), answers(r#"{"age": 35}"#), none()).unwrap();
    assert_eq!(get(&ok, "status").as_string().unwrap(), "obligated");
}

#[wasm_bindgen_test]
fn evaluate_takes_a_date_and_an_ordinance_of_ones_own() {
    pin_clock();
    // 66 and 4 months in 2020: at 66 in whole years it hinges on the months.
    let d = evaluate(
        id("rotterdam"),
        answers(r#"{"age": 66}"#),
        answers(r#"{"date": "2020-03-01"}"#),
    )
    .unwrap();
    let pension = get(&d, "pension_age");
    assert!(get(&pension, "reached").is_null());
    assert_eq!(get(&pension, "hinges_on_months").as_bool(), Some(true));
    // From 2027-01-01 the law changed: an Error whose code is law_changed, with the change.
    let e = evaluate(
        id("rotterdam"),
        answers(r#"{"age": 40}"#),
        answers(r#"{"date": "2028-06-01"}"#),
    )
    .unwrap_err();
    assert!(e.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&e, "code").as_string().unwrap(), "law_changed");
    assert_eq!(get(&e, "date").as_string().unwrap(), "2028-06-01");
    assert_eq!(get(&e, "from").as_string().unwrap(), "2027-01-01");
    assert_eq!(
        get(&e, "url").as_string().unwrap(),
        "https://wetten.overheid.nl/BWBR0015703/2027-01-01"
    );
    assert!(get(&e, "name")
        .as_string()
        .unwrap()
        .contains("Participatiewet in balans"));
    let options = js_sys::Object::new();
    Reflect::set(&options, &"ordinance".into(), &answers(EXAMPLE)).unwrap();
    let d = evaluate(
        id("voorbeeld"),
        answers(r#"{"age": 35, "volunteer_hours_per_week": 4}"#),
        options.clone().into(),
    )
    .unwrap();
    assert_eq!(get(&d, "status").as_string().unwrap(), "exempt");
    let s = summary(id("voorbeeld"), answers(r#"{"age": 35}"#), options.into()).unwrap();
    assert_eq!(get(&s, "status").as_string().unwrap(), "obligated");
    assert_eq!(get(&get(&s, "hours_per_week"), "max").as_f64(), Some(8.0));
}

#[wasm_bindgen_test]
fn validate_and_compile_name_every_problem() {
    pin_clock();
    let problems: Array = validate(answers(EXAMPLE)).unwrap().dyn_into().unwrap();
    assert_eq!(problems.length(), 0);
    let broken = EXAMPLE.replace("\"max\": 8.0", "\"max\": 40.0");
    assert_ne!(broken, EXAMPLE, "the fixture has the bound the test breaks");
    let problems: Array = validate(answers(&broken)).unwrap().dyn_into().unwrap();
    assert_eq!(problems.length(), 1);
    let m = get(&problems.get(0), "message").as_string().unwrap();
    assert!(m.contains("BZ5171"), "{m}");
    let m = message(compile(answers(&broken)).unwrap_err());
    assert!(m.starts_with("the ordinance has 1 problem(s)"), "{m}");
    let compiled = compile(JsValue::from_str(EXAMPLE)).unwrap();
    assert_eq!(get(&compiled, "id").as_string().unwrap(), "voorbeeld");
}

#[wasm_bindgen_test]
fn municipalities_lists_every_one_with_its_code_and_ordinance_or_null() {
    let list: Array = municipalities().unwrap().dyn_into().unwrap();
    // The 342 of 2026 and the 84 former ones, by name.
    assert_eq!(list.length(), 342 + 84);
    let first = list.get(0);
    assert_eq!(get(&first, "id").as_string().unwrap(), "s-gravenhage");
    assert_eq!(get(&first, "cbs_code").as_string().unwrap(), "GM0518");
    assert!(get(&first, "ordinance").is_null());
    let asten = list
        .iter()
        .find(|m| get(m, "id").as_string().as_deref() == Some("asten"))
        .expect("Asten is listed");
    let ordinance = get(&asten, "ordinance");
    assert_eq!(
        get(&ordinance, "id").as_string().unwrap(),
        "werkplein-helmond"
    );
    assert_eq!(get(&ordinance, "detail").as_string().unwrap(), "described");
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_app_mounts_into_its_element_and_moves_to_the_next_question() {
    pin_clock();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_attribute("data-tegenprestatie-check-page", "")
        .unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    tegenprestatie_check::app::start();
    tick().await;

    let heading = || {
        document
            .get_element_by_id("tpc-heading")
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(heading(), "In welke gemeente woont u?");
    assert!(
        document.title().starts_with("In welke gemeente woont u?"),
        "{}",
        document.title()
    );
    assert!(
        root.query_selector(".tpc").unwrap().is_some(),
        "rendered inside the given element"
    );

    // Nothing is listed before something is typed in the search.
    assert!(document
        .query_selector("input[name=gemeente]")
        .unwrap()
        .is_none());
    let search: web_sys::HtmlInputElement = document
        .get_element_by_id("tpc-gemeente-zoek")
        .unwrap()
        .dyn_into()
        .unwrap();
    search.set_value("Overbetuwe");
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    let typed = web_sys::CustomEvent::new_with_event_init_dict("input", &init).unwrap();
    search.dispatch_event(&typed).unwrap();
    tick().await;
    let radio: web_sys::HtmlElement = document
        .query_selector("input[value=overbetuwe]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    tick().await;
    let submit: web_sys::HtmlElement = document
        .query_selector("button[type=submit]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    submit.click();
    tick().await;
    assert_eq!(heading(), "Hoe oud bent u?");
    assert!(
        document.title().starts_with("Vraag 1 van ongeveer"),
        "{}",
        document.title()
    );
}
