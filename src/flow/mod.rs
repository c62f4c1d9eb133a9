//! The guided check without the browser: questions, state and reducer, texts, sharing.
//! The Yew components in `app/` only render this and send it actions.

pub mod describe;
pub mod desk;
pub mod intake;
pub mod questions;
pub mod record;
pub mod session;
pub mod share;
pub mod state;
pub mod texts;
