//! The language files: every message in every language, none unused, the same variables as the
//! Dutch, every plural form; a pack of each language read through the door; a made-up language
//! added as data only; a broken pack refused with the Dutch kept.

use std::path::Path;
use tegenprestatie_check::flow::state::Lang;
use tegenprestatie_check::flow::texts::languages::{self, LANGUAGES, PACK_VERSION};
use tegenprestatie_check::flow::texts::t;
use tegenprestatie_check::i18n::pack::{self, PackError};
use tegenprestatie_check::i18n::plural::Rule;
use tegenprestatie_check::i18n::{parse, Arg, Bundle};

fn files(code: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(code);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn pack_of(code: &str) -> Vec<u8> {
    let files = files(code);
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    pack::write(code, PACK_VERSION, &refs)
}

fn bundle(code: &str, rule: Rule) -> &'static Bundle {
    let entries = files(code)
        .iter()
        .map(|f| parse(f).expect("parses"))
        .collect();
    Box::leak(Box::new(Bundle::new(code, rule, entries).expect("bundle")))
}

#[test]
fn every_language_has_every_message_of_the_dutch_and_no_other() {
    let dutch = languages::dutch_bundle();
    for info in LANGUAGES.iter().skip(1) {
        let text = pack_of(info.code);
        let pack = pack::read(&text, PACK_VERSION, info.code, dutch)
            .unwrap_or_else(|e| panic!("{}: {e}", info.code));
        assert_eq!(pack.name, info.name, "{}: named in itself", info.code);
        assert_eq!(pack.rtl, info.rtl);
        assert!(pack.bundle.problems_against(dutch).is_empty());
        assert!(
            !pack.review.is_empty(),
            "{}: says who checked it",
            info.code
        );
    }
}

#[test]
fn no_message_goes_unused_and_none_is_missing() {
    for info in LANGUAGES {
        let rule = Rule::from_key(info.code).expect("a plural rule");
        let b = bundle(info.code, rule);
        let (_, read) =
            languages::read(b).unwrap_or_else(|m| panic!("{}: missing {m:?}", info.code));
        let mut ids = b.ids();
        ids.sort();
        // The ordinances' texts are read by `pick`, under their Dutch words' names.
        let unused: Vec<_> = ids
            .iter()
            .filter(|id| !read.contains(id) && !tegenprestatie_check::i18n::is_text_key(id))
            .collect();
        assert!(unused.is_empty(), "{}: no view reads {unused:?}", info.code);
    }
}

#[test]
fn every_variable_is_filled_in_every_language() {
    let dutch = languages::dutch_bundle();
    for info in LANGUAGES {
        let b = bundle(info.code, Rule::from_key(info.code).unwrap());
        for id in dutch.ids() {
            let vars = dutch.variables(&id);
            for n in [0, 1, 2, 3, 5, 11, 22, 101] {
                let args: Vec<(&str, Arg)> = vars
                    .iter()
                    .map(|v| {
                        (
                            *v,
                            if *v == "n" {
                                Arg::Count(n)
                            } else {
                                Arg::Str("X")
                            },
                        )
                    })
                    .collect();
                let text = b.format(&id, &args).unwrap();
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{}: {id} = {text}",
                    info.code
                );
            }
        }
    }
}

#[test]
fn polish_and_arabic_count_in_their_own_plural_forms() {
    let pl = bundle("pl", Rule::Polish);
    let forms: Vec<String> = [1, 2, 5, 12, 22]
        .iter()
        .map(|&n| pl.format("found", &[("n", Arg::Count(n))]).unwrap())
        .collect();
    // One, few (2, 22) and many (5, 12) differ.
    assert_ne!(forms[0], forms[1].replace('2', "1"));
    assert_ne!(forms[1].replace('2', "5"), forms[2]);
    assert_eq!(forms[2].replace('5', "12"), forms[3]);
    assert_eq!(forms[1].replace('2', "22"), forms[4]);
    let ar = bundle("ar", Rule::Arabic);
    let distinct: std::collections::BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|&n| {
            ar.format("found", &[("n", Arg::Count(n))])
                .unwrap()
                .replace(&n.to_string(), "#")
        })
        .collect();
    assert!(
        distinct.len() >= 4,
        "Arabic gives its own forms: {distinct:?}"
    );
}

/// A language nobody speaks, made from the Dutch: adding it takes a folder of files, no code.
#[test]
fn a_made_up_language_is_data_only() {
    let mut files = files("nl");
    for f in &mut files {
        *f = f
            .replace(
                "language-name = Nederlands",
                "language-name = Nederlands omgekeerd",
            )
            .replace("Volgende", "Edneglov");
    }
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    let text = pack::write("xx", PACK_VERSION, &refs);
    let pack = pack::read(&text, PACK_VERSION, "xx", languages::dutch_bundle()).expect("reads");
    let bundle: &'static Bundle = Box::leak(Box::new(pack.bundle));
    let (catalogue, _) = languages::read(bundle).expect("every message");
    assert_eq!(catalogue.next, "Edneglov");
    assert_eq!(catalogue.language.name, "Nederlands omgekeerd");
    assert_eq!(catalogue.found(2), "2 gemeenten gevonden");
}

#[test]
fn a_pack_is_loaded_once_and_then_serves_its_language() {
    let text = pack_of("tr");
    let lang = Lang::from_code("tr").expect("Turkish is offered");
    assert_eq!(t(lang).next, "Volgende", "Dutch until the pack is loaded");
    let c = languages::load("tr", &text).expect("loads");
    assert_eq!(t(lang).next, c.next);
    assert_ne!(c.next, "Volgende");
    assert_eq!(
        t(lang).day.months[11],
        "december",
        "dates as in the municipality's letters"
    );
}

#[test]
fn a_broken_or_old_pack_is_refused_and_the_dutch_stays() {
    let text = pack_of("pl");
    let cut = &text[..text.len() * 2 / 3];
    let Err(err) = languages::load("pl", cut) else {
        panic!("a cut pack is read")
    };
    assert!(matches!(err, PackError::Broken(_)), "{err}");
    // The same pack under another version: its header names it.
    let header = format!("## version: {PACK_VERSION}\n");
    let at = text
        .windows(header.len())
        .position(|w| w == header.as_bytes())
        .expect("the header names the version");
    let mut old = text[..at].to_vec();
    old.extend_from_slice(b"## version: 0.0.0-00000000\n");
    old.extend_from_slice(&text[at + header.len()..]);
    let Err(err) = languages::load("pl", &old) else {
        panic!("an old pack is read")
    };
    assert!(matches!(err, PackError::Version { .. }), "{err}");
    assert!(err.message_nl().contains("Nederlands"));
    assert!(languages::load("pl", "<!doctype html><p>Not found".as_bytes()).is_err());
    let lang = Lang::from_code("pl").unwrap();
    assert_eq!(t(lang).next, "Volgende", "the Dutch texts are kept");
    assert!(
        languages::load("zz", &text).is_err(),
        "not a language of the check"
    );
}

#[test]
fn the_language_list_names_each_language_in_itself() {
    let names: Vec<_> = LANGUAGES.iter().map(|l| l.name).collect();
    for name in ["Nederlands", "English", "العربية", "Türkçe", "Polski"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    assert!(Lang::from_code("ar").unwrap().rtl());
    assert!(!Lang::from_code("tr").unwrap().rtl());
    assert_eq!(Lang::from_tag("ar-MA"), Lang::from_code("ar"));
}

/// Every ordinance file, read.
fn ordinances() -> Vec<tegenprestatie_check::model::Ordinance> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ordinances");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            toml::from_str(&std::fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// The English explanations of every ordinance, as the English pack carries them: written from
/// the ordinance files (`BLESS=1 cargo test --test texts` writes it), each under the key of its
/// Dutch words, with where it is and the Dutch above it for translators.
fn english_ordinance_texts() -> String {
    let mut out = String::from(
        "## The ordinances' texts, each under a name made from its Dutch words (i18n::text_key).\n\
         ## Written from ordinances/*.toml by `BLESS=1 cargo test --test texts`: do not edit.\n\
         ## A translation gives every name below, translated from the Dutch in the comment.\n\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    for o in ordinances() {
        for (place, text) in o.texts() {
            let key = tegenprestatie_check::i18n::text_key(&text.nl);
            if !seen.insert(key.clone()) {
                continue;
            }
            out.push_str(&format!(
                "# {} · {place}\n# nl: {}\n{key} = {}\n\n",
                o.id,
                text.nl.trim(),
                text.en.trim()
            ));
        }
    }
    out
}

#[test]
fn the_english_pack_carries_every_ordinance_text_as_the_files_say() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/ordinances.ftl");
    let wanted = english_ordinance_texts();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &wanted).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == wanted,
        "locales/en/ordinances.ftl is not current: run BLESS=1 cargo test --test texts"
    );
}

#[test]
fn every_ordinance_text_is_explained_in_every_language() {
    let keys: std::collections::BTreeSet<String> = ordinances()
        .iter()
        .flat_map(|o| {
            o.texts()
                .into_iter()
                .map(|(_, t)| tegenprestatie_check::i18n::text_key(&t.nl))
                .collect::<Vec<_>>()
        })
        .collect();
    for info in LANGUAGES.iter().skip(1) {
        let b = bundle(info.code, Rule::from_key(info.code).unwrap());
        let have: std::collections::BTreeSet<String> = b
            .ids()
            .into_iter()
            .filter(|id| id.starts_with("ord-"))
            .collect();
        let missing: Vec<_> = keys.difference(&have).collect();
        let stale: Vec<_> = have.difference(&keys).collect();
        assert!(
            missing.is_empty() && stale.is_empty(),
            "{}: missing {missing:?}, no longer in an ordinance {stale:?}",
            info.code
        );
    }
}

/// Bounds of a tegenprestatie: hours a week and months.
fn hours_and_months(
    hours: (Option<f64>, Option<f64>),
    months: f64,
) -> tegenprestatie_check::model::Bounds {
    use tegenprestatie_check::model::{Bounds, Range};
    Bounds {
        hours_per_week: Range {
            min: hours.0,
            max: hours.1,
        },
        duration_months: Range {
            min: Some(months),
            max: Some(months),
        },
        ..Bounds::default()
    }
}

/// A unit takes the form the number before it asks for: Dutch and English one and other;
/// Arabic its six forms (3 to 10 ساعات, 11 and more ساعة, 2 the dual), on both sides of each
/// boundary; a fraction takes the `other` form.
#[test]
fn a_unit_agrees_with_the_number_before_it_in_every_language() {
    use tegenprestatie_check::flow::describe::bounds;
    let words = |code: &str| {
        let rule = Rule::from_key(code).unwrap();
        let (c, _) = languages::read(bundle(code, rule)).unwrap();
        c.bounds
    };
    let nl = words("nl");
    assert_eq!(
        bounds(&hours_and_months((Some(8.0), Some(16.0)), 1.0), &nl),
        "8 tot 16 uur per week, 1 maand"
    );
    assert_eq!(
        bounds(&hours_and_months((None, Some(20.0)), 6.0), &nl),
        "hoogstens 20 uur per week, 6 maanden"
    );
    let en = words("en");
    assert_eq!(
        bounds(&hours_and_months((None, Some(1.0)), 1.0), &en),
        "at most 1 hour a week, 1 month"
    );
    assert_eq!(
        bounds(&hours_and_months((None, Some(7.5)), 2.0), &en),
        "at most 7.5 hours a week, 2 months"
    );
    let ar = words("ar");
    let ar_of =
        |max: f64, months: f64| bounds(&hours_and_months((Some(2.0), Some(max)), months), &ar);
    assert_eq!(
        ar_of(10.0, 6.0),
        "من 2 إلى 10 ساعات في الأسبوع، 6 أشهر".to_string()
    );
    assert_eq!(
        ar_of(11.0, 12.0),
        "من 2 إلى 11 ساعة في الأسبوع، 12 شهرًا".to_string()
    );
    assert_eq!(
        ar_of(3.0, 2.0),
        "من 2 إلى 3 ساعات في الأسبوع، 2 شهرين".to_string()
    );
    assert_eq!(
        ar_of(100.0, 1.0),
        "من 2 إلى 100 ساعة في الأسبوع، 1 شهر".to_string()
    );
    assert!(
        ar_of(7.5, 6.0).contains("7,5 ساعة في الأسبوع"),
        "a fraction: other"
    );
    // Twice six weeks a year: "2 keer 6 weken"; Arabic "twice" is one word.
    let twice = tegenprestatie_check::model::Bounds {
        duration_weeks: tegenprestatie_check::model::Range {
            min: Some(6.0),
            max: Some(6.0),
        },
        times: Some(2),
        ..Default::default()
    };
    assert_eq!(bounds(&twice, &nl), "2 keer 6 weken");
    assert_eq!(bounds(&twice, &ar), "مرتين لمدة 6 أسابيع");
    let pl = words("pl");
    assert_eq!(
        bounds(&hours_and_months((Some(8.0), Some(16.0)), 1.0), &pl),
        "od 8 do 16 godz. tygodniowo, 1 miesiąc"
    );
    assert_eq!(
        bounds(&hours_and_months((Some(8.0), Some(16.0)), 5.0), &pl),
        "od 8 do 16 godz. tygodniowo, 5 mies."
    );
}

#[test]
fn the_result_page_says_what_the_contract_says_of_every_outcome() {
    let said = tegenprestatie_check::contract::disclaimer();
    assert_eq!(t(Lang::Nl).disclaimer, said.nl);
    let en = languages::load("en", &pack_of("en")).expect("loads");
    assert_eq!(en.disclaimer, said.en);
    // A translated page says it in its own language, naming the Dutch term.
    let tr = languages::load("tr", &pack_of("tr")).expect("loads");
    assert_ne!(tr.disclaimer, said.nl);
    assert!(tr.disclaimer.contains("(bezwaar)"), "{}", tr.disclaimer);
    assert!(
        tr.letter_offer_intro.contains("Hollandaca"),
        "the letter itself is Dutch"
    );
}
