//! The languages: Dutch built in, every other one a pack (`locales/<lang>/`, checked when the
//! project builds and again at the door when it is fetched). `build.rs` lists them, each named
//! in itself, and gives the packs' version.

use super::reader::{texts, FromBundle, Reader};
use super::Catalogue;
use crate::i18n::pack::{self, Pack, PackError};
use crate::i18n::plural::Rule;
use crate::i18n::Bundle;
use std::sync::{Mutex, OnceLock};

/// A language the check offers, before its pack is fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageInfo {
    pub code: &'static str,
    /// Its name in itself: "Nederlands", "English", "العربية".
    pub name: &'static str,
    pub rtl: bool,
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

texts! {
/// About a language (`pack.ftl`).
pub struct LanguageWords {}
/// Its plain texts, read by one loop (reached as `LanguageWords`'s own fields).
words LanguageTexts {
    pub name: &'static str,
    pub dir: &'static str,
    pub plural: &'static str,
    /// Who checked the translation.
    pub review: &'static str,
    /// Said once on a translated page: the Dutch text is leading. Empty in Dutch.
    pub dutch_leads: &'static str,
}
}

/// Reads a bundle into a catalogue, or names the messages it lacks. The reader's list of what
/// it read is returned too, for the test that no message goes unused.
pub fn read(bundle: &'static Bundle) -> Result<(Catalogue, Vec<String>), Vec<String>> {
    let reader = Reader::new(bundle);
    let catalogue = Catalogue::read(&reader, "");
    let missing = reader.missing();
    if !missing.is_empty() {
        return Err(missing);
    }
    Ok((catalogue, reader.read_ids()))
}

/// The Dutch texts, built in.
pub fn dutch_bundle() -> &'static Bundle {
    static NL: OnceLock<&'static Bundle> = OnceLock::new();
    NL.get_or_init(|| built_in("nl", DUTCH))
}

/// A language built into the module, read once (`build.rs` checked its files and wrote them
/// in binary form).
fn built_in(code: &str, bytes: &[u8]) -> &'static Bundle {
    let bundle = Bundle::from_bytes(code, Rule::OneOther, bytes)
        .expect("build.rs checked the language files");
    Box::leak(Box::new(bundle))
}

pub fn dutch() -> &'static Catalogue {
    static NL: OnceLock<&'static Catalogue> = OnceLock::new();
    NL.get_or_init(|| {
        let (c, _) = read(dutch_bundle()).expect("build.rs checked the Dutch texts");
        Box::leak(Box::new(c))
    })
}

/// English: a loaded pack, or the built-in texts where the module has them.
pub fn english() -> Option<&'static Catalogue> {
    if let Some(c) = loaded("en") {
        return Some(c);
    }
    #[cfg(not(feature = "english-pack"))]
    {
        static EN: OnceLock<&'static Catalogue> = OnceLock::new();
        return Some(EN.get_or_init(|| {
            let (c, _) = read(built_in("en", ENGLISH)).expect("build.rs checked the English texts");
            Box::leak(Box::new(c))
        }));
    }
    #[allow(unreachable_code)]
    None
}

/// The packs read so far, by language code.
static LOADED: Mutex<Vec<(&'static str, &'static Catalogue)>> = Mutex::new(Vec::new());

/// A pack's catalogue if it has been loaded.
pub fn loaded(code: &str) -> Option<&'static Catalogue> {
    let loaded = LOADED.lock().ok()?;
    loaded.iter().find(|(c, _)| *c == code).map(|(_, c)| *c)
}

/// The door for a fetched pack: bytes in, the language's texts kept for the rest of the visit,
/// or why it was refused (the Dutch texts stay).
pub fn load(code: &str, bytes: &[u8]) -> Result<&'static Catalogue, PackError> {
    if let Some(c) = loaded(code) {
        return Ok(c);
    }
    let info = LANGUAGES
        .iter()
        .find(|l| l.code == code)
        .ok_or_else(|| PackError::Broken(format!("{code} is not a language of this check")))?;
    let Pack { bundle, .. } = pack::read(bytes, PACK_VERSION, info.code, dutch_bundle())?;
    let bundle: &'static Bundle = Box::leak(Box::new(bundle));
    let (catalogue, _) = read(bundle).map_err(PackError::Incomplete)?;
    let catalogue: &'static Catalogue = Box::leak(Box::new(catalogue));
    if let Ok(mut all) = LOADED.lock() {
        all.push((info.code, catalogue));
    }
    Ok(catalogue)
}

/// The file a language's pack is served as, beside the app: `lang-en-0.1.0-1a2b3c4d.bin`
/// (`build.rs` writes them, `scripts/out-files.mjs` puts them there).
pub fn pack_file(code: &str) -> String {
    format!("lang-{code}-{PACK_VERSION}.bin")
}

/// Whether a language's texts are here: Dutch, a loaded pack, or English where built in.
pub fn available(code: &str) -> bool {
    code == "nl" || loaded(code).is_some() || (code == "en" && english().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_is_first_and_every_language_is_named_in_itself() {
        assert_eq!(LANGUAGES[0].code, "nl");
        assert_eq!(LANGUAGES[0].name, "Nederlands");
        assert!(LANGUAGES
            .iter()
            .any(|l| l.code == "en" && l.name == "English"));
    }

    #[test]
    fn the_dutch_texts_read_without_a_gap() {
        assert_eq!(dutch().next, "Volgende");
        assert_eq!(dutch().found(1), "1 gemeente gevonden");
        assert_eq!(dutch().found(12), "12 gemeenten gevonden");
    }
}
