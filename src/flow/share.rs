//! The state as a short text, for the URL fragment and local storage: `taal=nl&stap=leeftijd&age=35`.
//!
//! The fragment never reaches a server. Decoding is lenient: unknown keys are ignored, so an old
//! or edited link still opens what it can.

use super::questions::Field;
use super::state::{Env, Lang, Screen, State};

fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b',' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The state as `key=value` pairs.
pub fn encode(state: &State) -> String {
    let mut parts = vec![
        format!("taal={}", state.lang.code()),
        format!("stap={}", state.screen.key()),
    ];
    for (field, value) in &state.draft {
        if !value.is_empty() {
            parts.push(format!("{}={}", field.key(), encode_component(value)));
        }
    }
    parts.join("&")
}

/// Reads a state back; `None` if the text holds no answers and no step.
pub fn decode(text: &str, env: &Env) -> Option<State> {
    let text = text.trim_start_matches('#');
    let mut state = State::default();
    let mut found = false;
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode_component(value);
        match key {
            "taal" => {
                if let Some(lang) = Lang::from_code(&value) {
                    state.lang = lang;
                }
            }
            "stap" => {
                if let Some(screen) = Screen::from_key(&value) {
                    state.screen = screen;
                    found = true;
                }
            }
            // An empty answer is no answer (`encode` leaves it out too).
            other => {
                if let Some(field) = Field::from_key(other).filter(|_| !value.is_empty()) {
                    state.draft.insert(field, value);
                    found = true;
                }
            }
        }
    }
    found.then(|| state.settle(env))
}
