//! The language pack door. A pack is one language's messages (its `.ftl` files parsed and
//! checked by `build.rs`, written in the binary form of `binary.rs`, without comments), between
//! a text header that names the app's version and the language:
//!
//! ```text
//! ## tegenprestatie-check language pack
//! ## version: 0.9.0
//! ## lang: pl
//! ```
//!
//! and a closing line. It holds `language-name` (the language named in itself), `language-dir`
//! (`ltr` or `rtl`), `language-plural` (whose plural rule it follows, see `plural.rs`) and
//! `language-review` (who checked the translation). A pack is read only whole: a pack of
//! another version, a truncated or broken one, or one that lacks a message of the Dutch texts
//! is refused, and the check keeps its Dutch texts.

use super::plural::Rule;
use super::{binary, parse, Bundle};

pub const MAGIC: &str = "## tegenprestatie-check language pack";

/// Why a pack was refused. `message_nl` is what the person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// Not a pack, or cut off (the header or the closing line is missing).
    Broken(String),
    /// A pack of another version of the check.
    Version { found: String, expected: String },
    /// Another language than the one asked for.
    Language { found: String, expected: String },
    /// Readable, but not a full translation of the Dutch texts.
    Incomplete(Vec<String>),
}

impl PackError {
    /// The message the check shows, in Dutch (the pack's own language is not available).
    pub fn message_nl(&self) -> &'static str {
        match self {
            PackError::Version { .. } => "Deze taal hoort bij een andere versie van de check. Laad de pagina opnieuw. Tot dan ziet u de check in het Nederlands.",
            _ => "Deze taal kon niet goed geladen worden. U ziet de check in het Nederlands. Probeer het later nog eens.",
        }
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Broken(why) => write!(f, "the language pack is broken: {why}"),
            PackError::Version { found, expected } => {
                write!(
                    f,
                    "the language pack is for version {found}, this check is {expected}"
                )
            }
            PackError::Language { found, expected } => {
                write!(f, "the language pack is for {found}, not {expected}")
            }
            PackError::Incomplete(problems) => {
                write!(
                    f,
                    "the language pack is incomplete: {}",
                    problems.join("; ")
                )
            }
        }
    }
}

/// The last line of every pack: a pack cut off anywhere lacks it.
pub const END: &str = "## end of language pack";

/// Writes a pack from a language's files (`build.rs` writes the packs beside the app so).
/// Panics on a file that does not parse: the build checked them.
pub fn write(lang: &str, version: &str, files: &[&str]) -> Vec<u8> {
    let entries: Vec<_> = files
        .iter()
        .flat_map(|f| parse(f).expect("the build checked the language files"))
        .collect();
    let mut out = format!("{MAGIC}\n## version: {version}\n## lang: {lang}\n\n").into_bytes();
    out.extend(binary::write(&entries));
    out.extend_from_slice(format!("\n{END}\n").as_bytes());
    out
}

/// A pack read and checked.
#[derive(Debug, Clone)]
pub struct Pack {
    pub bundle: Bundle,
    pub name: String,
    pub rtl: bool,
    pub review: String,
}

/// The text header's lines, before the first blank line (the messages follow it).
fn split(bytes: &[u8]) -> Option<(&str, &[u8])> {
    let end = bytes.windows(2).position(|w| w == b"\n\n")?;
    Some((std::str::from_utf8(&bytes[..end]).ok()?, &bytes[end + 2..]))
}

/// A field of the header (`## version: …`), for the door and the fuzz target.
pub fn header<'a>(bytes: &'a [u8], field: &str) -> Option<&'a str> {
    split(bytes)?
        .0
        .lines()
        .skip(1)
        .find_map(|l| {
            l.strip_prefix("## ")?
                .strip_prefix(field)?
                .strip_prefix(": ")
        })
        .map(str::trim)
}

/// The door: bytes in, a pack whose every message the Dutch `reference` has, or why not.
pub fn read(
    bytes: &[u8],
    version: &str,
    lang: &str,
    reference: &Bundle,
) -> Result<Pack, PackError> {
    let Some((_, body)) = split(bytes).filter(|(head, _)| head.lines().next() == Some(MAGIC))
    else {
        return Err(PackError::Broken("no pack header".into()));
    };
    let found = header(bytes, "version").unwrap_or_default();
    if found != version {
        return Err(PackError::Version {
            found: found.into(),
            expected: version.into(),
        });
    }
    let found = header(bytes, "lang").unwrap_or_default();
    if found != lang {
        return Err(PackError::Language {
            found: found.into(),
            expected: lang.into(),
        });
    }
    let closing = format!("\n{END}\n");
    let Some(messages) = body.strip_suffix(closing.as_bytes()) else {
        return Err(PackError::Broken("cut off before its end".into()));
    };
    let entries = binary::read(messages)
        .ok_or_else(|| PackError::Broken("its messages cannot be read".into()))?;
    let meta = |key: &str| {
        entries
            .iter()
            .find(|e| e.key == key)
            .and_then(|e| e.value.as_ref()?.plain().map(str::to_string))
            .ok_or_else(|| PackError::Broken(format!("{key} is missing")))
    };
    let name = meta("language-name")?;
    let rtl = match meta("language-dir")?.as_str() {
        "rtl" => true,
        "ltr" => false,
        other => {
            return Err(PackError::Broken(format!(
                "language-dir {other} is not ltr or rtl"
            )))
        }
    };
    let plural = meta("language-plural")?;
    let rule = Rule::from_key(&plural)
        .ok_or_else(|| PackError::Broken(format!("no plural rule for {plural}")))?;
    let review = meta("language-review")?;
    let bundle = Bundle::new(lang, rule, vec![entries]).map_err(PackError::Broken)?;
    let problems = bundle.problems_against(reference);
    if !problems.is_empty() {
        return Err(PackError::Incomplete(problems));
    }
    Ok(Pack {
        bundle,
        name,
        rtl,
        review,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const META_NL: &str = "language-name = Nederlands\nlanguage-dir = ltr\nlanguage-plural = nl\nlanguage-review = -\n";
    const NL: &str = "found = { $n ->\n [one] 1 gemeente\n *[other] { $n } gemeenten\n}\n";
    const META_AR: &str = "language-name = العربية\nlanguage-dir = rtl\nlanguage-plural = ar\nlanguage-review = Not yet reviewed by a native speaker.\n";
    const AR: &str = "found = { $n ->\n [zero] لا بلديات\n [one] بلدية واحدة\n [two] بلديتان\n [few] { $n } بلديات\n [many] { $n } بلدية\n *[other] { $n } بلدية\n}\n";

    fn reference() -> Bundle {
        Bundle::new(
            "nl",
            Rule::OneOther,
            vec![parse(META_NL).unwrap(), parse(NL).unwrap()],
        )
        .unwrap()
    }

    #[test]
    fn a_whole_pack_of_this_version_is_read() {
        let bytes = write("ar", "1.2.3", &[META_AR, AR]);
        let pack = read(bytes.as_slice(), "1.2.3", "ar", &reference()).expect("reads");
        assert!(pack.rtl);
        assert_eq!(pack.name, "العربية");
        assert_eq!(
            pack.bundle
                .format("found", &[("n", super::super::Arg::Count(2))])
                .unwrap(),
            "بلديتان"
        );
    }

    #[test]
    fn another_version_another_language_or_a_cut_pack_is_refused() {
        let bytes = write("ar", "1.2.3", &[META_AR, AR]);
        let r = reference();
        assert!(matches!(
            read(bytes.as_slice(), "1.2.4", "ar", &r),
            Err(PackError::Version { .. })
        ));
        assert!(matches!(
            read(bytes.as_slice(), "1.2.3", "tr", &r),
            Err(PackError::Language { .. })
        ));
        for cut in [10, 60, bytes.len() / 2, bytes.len() - 5] {
            let err = read(&bytes[..cut], "1.2.3", "ar", &r).expect_err("cut");
            assert!(
                matches!(
                    err,
                    PackError::Broken(_) | PackError::Version { .. } | PackError::Language { .. }
                ),
                "{cut}: {err}"
            );
        }
        assert!(matches!(
            read(b"<html>404</html>", "1.2.3", "ar", &r),
            Err(PackError::Broken(_))
        ));
        assert!(matches!(
            read(&[0xff, 0xfe], "1.2.3", "ar", &r),
            Err(PackError::Broken(_))
        ));
    }

    #[test]
    fn a_pack_missing_a_plural_form_or_a_message_is_incomplete() {
        let thin = AR.replace(" [two] بلديتان\n", "");
        let bytes = write("ar", "1", &[META_AR, &thin]);
        let Err(PackError::Incomplete(problems)) = read(bytes.as_slice(), "1", "ar", &reference())
        else {
            panic!("refused as incomplete")
        };
        assert_eq!(problems, ["ar: found lacks the plural form [two]"]);
        let bytes = write("ar", "1", &[META_AR]);
        assert!(matches!(
            read(bytes.as_slice(), "1", "ar", &reference()),
            Err(PackError::Incomplete(_))
        ));
    }

    #[test]
    fn every_refusal_is_told_in_dutch() {
        let e = PackError::Broken("x".into());
        assert!(e.message_nl().contains("Nederlands"));
        assert!(PackError::Version {
            found: "1".into(),
            expected: "2".into()
        }
        .message_nl()
        .contains("andere versie"));
    }
}
