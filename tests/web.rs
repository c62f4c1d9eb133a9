//! Tests in a real headless Chromium (wasm-bindgen-test): the JS API that municipalities call,
//! and the app mounted into a page element.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use tegenprestatie_check::js_api::{evaluate, municipalities};

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("a property")
}

fn answers(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

#[wasm_bindgen_test]
fn evaluate_returns_the_decision_object() {
    let d = evaluate(
        "overbetuwe",
        answers(r#"{"age": 35, "volunteer_hours_per_week": 4}"#),
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
        "overbetuwe",
        answers(r#"{"age": 35, "volunteer_hours_per_week": 3}"#),
    )
    .unwrap();
    assert_eq!(get(&d, "status").as_string().unwrap(), "obligated");
    assert_eq!(get(&get(&d, "hours_per_week"), "max").as_f64(), Some(8.0));
}

#[wasm_bindgen_test]
fn evaluate_throws_a_named_error_for_bad_input() {
    let err = evaluate("overbetuwe", answers(r#"{"age": 35, "hours": 4}"#)).unwrap_err();
    let message = get(&JsValue::from(err), "message").as_string().unwrap();
    assert!(
        message.starts_with("field `hours`: is not a known field"),
        "{message}"
    );
    let err = evaluate("atlantis", answers(r#"{"age": 35}"#)).unwrap_err();
    let message = get(&JsValue::from(err), "message").as_string().unwrap();
    assert!(
        message.starts_with("unknown municipality `atlantis`"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn municipalities_lists_thirty_with_their_ordinance() {
    let list: Array = municipalities().unwrap().dyn_into().unwrap();
    assert_eq!(list.length(), 30);
    let first = list.get(0);
    assert_eq!(get(&first, "id").as_string().unwrap(), "asten");
    let ordinance = get(&first, "ordinance");
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
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_attribute("data-tegenprestatie-check", "").unwrap();
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
        document.title().starts_with("Stap 1 van"),
        "{}",
        document.title()
    );
    assert!(
        root.query_selector(".tpc").unwrap().is_some(),
        "rendered inside the given element"
    );

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
        document.title().starts_with("Stap 2 van"),
        "{}",
        document.title()
    );
}
