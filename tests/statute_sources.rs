//! Legal claims about the statutory layer's own words: every rule of `ordinances/participatiewet.toml`
//! that cites an Act (`source.document = "act"`), the AOW table and the merger rule quote that
//! Act word for word, in the article, lid and onderdeel they cite, as its consolidated text reads
//! in `../shared/sources/` (copies of wetten.overheid.nl).
//!
//! How the source files are read (the simplest reading that keeps the Act apart from the notes):
//! - A file is cut into sections at its `=====` rulers; only the sections of [`ACTS`] are read,
//!   each one Act in one version (the header, the differences and the notes are not Act text).
//! - In a section, an article starts at a line `Artikel X` at the margin and runs to the next
//!   blank line; the compiler's notes (`[Opmerking ...]`) stand after a blank line and are not
//!   read, and a bracketed remark inside an article (`[geen tekst in de bron ...]`) is dropped.
//! - A line `Lid N: ...` starts lid N; the `Lid N: ` label is removed. An article without such
//!   lines is one text (lid none). An indented line `f. ...` starts onderdeel f of the lid (its
//!   `1°.` lines belong to it); the label stays in the lid's text, as the Act prints it.
//! - Line breaks and indentation are whitespace: every run of whitespace, in the quotes and in
//!   the Act, counts as one space.
//!
//! A quote altered by one letter fails `every_statutory_quote_is_the_acts_own_text_word_for_word`
//! and `every_quote_stands_in_the_article_lid_and_onderdeel_its_citation_names`.

use std::collections::BTreeMap;

use tegenprestatie_check::model::{Citation, Ordinance, SourceDocument};

const STATUTE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/ordinances/participatiewet.toml"
));
const SOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources/");

/// The version the statutory rules cite: the newest text in the sources, the same words as on
/// 2015-01-01 for the Participatiewet's art. 8a, 9, 9a and 18 lid 1-2.
const CITED_VERSION: &str = "2026-07-01";

/// The Acts in the source files: BWB id, version, file, and the start of its section's title.
const ACTS: &[(&str, &str, &str, &str)] = &[
    (
        "BWBR0015703",
        "2015-01-01",
        "participatiewet-art-8a-9-9a-18.txt",
        "VERSIE A - geldend vanaf 2015-01-01",
    ),
    (
        "BWBR0015703",
        "2026-07-01",
        "participatiewet-art-8a-9-9a-18.txt",
        "VERSIE B - geldend vanaf 2026-07-01",
    ),
    (
        "BWBR0015703",
        "2026-07-01",
        "participatiewet-art-8a-9-9a-18.txt",
        "AANVULLING: ARTIKEL 5 EN 44 (versie 2026-07-01)",
    ),
    (
        "BWBR0002221",
        "2026-07-01",
        "aow-ioaw-ioaz-wet-arhi.txt",
        "ALGEMENE OUDERDOMSWET - versie 2026-07-01",
    ),
    (
        "BWBR0004044",
        "2026-07-01",
        "aow-ioaw-ioaz-wet-arhi.txt",
        "IOAW - versie 2026-07-01",
    ),
    (
        "BWBR0004163",
        "2026-07-01",
        "aow-ioaw-ioaz-wet-arhi.txt",
        "IOAZ (BWBR0004163) - ARTIKELEN 35, 37 EN 37a - versie 2026-07-01",
    ),
    (
        "BWBR0003718",
        "2024-01-01",
        "aow-ioaw-ioaz-wet-arhi.txt",
        "WET ALGEMENE REGELS HERINDELING (BWBR0003718)",
    ),
];

const IOAW: &str = "BWBR0004044";
const IOAZ: &str = "BWBR0004163";
const PARTICIPATIEWET: &str = "BWBR0015703";

/// The BWB id of the Act an instrument names. "IOAW en IOAZ" quotes the IOAW (the IOAZ's text is
/// checked to be the same where it is cited so).
fn bwb_of(instrument: &str) -> Option<&'static str> {
    Some(match instrument {
        "Participatiewet" => PARTICIPATIEWET,
        "Algemene Ouderdomswet" => "BWBR0002221",
        "IOAW" | "IOAW en IOAZ" => IOAW,
        "IOAZ" => IOAZ,
        "Wet algemene regels herindeling" => "BWBR0003718",
        _ => return None,
    })
}

/// Whitespace collapsed to single spaces.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with bracketed remarks of the compiler (`[...]`) taken out.
fn without_remarks(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[derive(Debug, Default)]
struct Lid {
    /// The lid's number ("" in an article without numbered lids).
    number: String,
    /// The lid's whole text, words only (onderdeel labels kept).
    text: String,
    /// Each onderdeel's text without its label, words only, in the Act's order.
    onderdelen: Vec<(String, String)>,
}

impl Lid {
    fn onderdeel(&self, label: &str) -> Option<&str> {
        self.onderdelen
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, t)| t.as_str())
    }
}

#[derive(Debug, Default)]
struct Article {
    /// In the Act's order; an article without numbered lids has one, numbered "".
    lids: Vec<Lid>,
}

impl Article {
    fn lid(&self, number: &str) -> Option<&Lid> {
        self.lids.iter().find(|l| l.number == number)
    }

    fn text(&self) -> String {
        self.lids
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// One Act in one version: its articles by number.
#[derive(Debug)]
struct Act {
    bwb: &'static str,
    version: &'static str,
    articles: BTreeMap<String, Article>,
}

/// `f. naar vermogen ...` → ("f", "naar vermogen ..."); `1°.` lines and other text are not labels.
fn onderdeel_label(line: &str) -> Option<(&str, &str)> {
    let (label, rest) = line.split_once(". ")?;
    (!label.is_empty() && label.len() <= 2 && label.chars().all(|c| c.is_ascii_lowercase()))
        .then_some((label, rest))
}

/// A lid as read: its number, its lines, and its onderdelen with their lines.
type RawLid = (String, Vec<String>, Vec<(String, Vec<String>)>);

fn parse_articles(lines: &[&str]) -> BTreeMap<String, Article> {
    let mut articles = BTreeMap::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(header) = lines[i].strip_prefix("Artikel ") else {
            i += 1;
            continue;
        };
        let number = header
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
        let mut lids: Vec<RawLid> = Vec::new();
        let mut in_onderdeel = false;
        i += 1;
        while i < lines.len() && !lines[i].trim().is_empty() {
            let line = without_remarks(lines[i]);
            let line = line.trim();
            i += 1;
            if let Some((n, text)) = line
                .strip_prefix("Lid ")
                .and_then(|rest| rest.split_once(':'))
            {
                lids.push((n.trim().to_string(), vec![text.to_string()], Vec::new()));
                in_onderdeel = false;
                continue;
            }
            if lids.is_empty() {
                lids.push((String::new(), Vec::new(), Vec::new()));
            }
            let (_, lid_lines, onderdelen) = lids.last_mut().expect("a lid");
            lid_lines.push(line.to_string());
            if let Some((label, text)) = onderdeel_label(line) {
                onderdelen.push((label.to_string(), vec![text.to_string()]));
                in_onderdeel = true;
            } else if in_onderdeel && line.contains("°. ") {
                onderdelen
                    .last_mut()
                    .expect("an onderdeel")
                    .1
                    .push(line.to_string());
            } else {
                // An alinea of the lid after its onderdelen (AOW art. 7a lid 1, slot).
                in_onderdeel = false;
            }
        }
        let article = Article {
            lids: lids
                .into_iter()
                .map(|(number, lines, onderdelen)| Lid {
                    number,
                    text: words(&lines.join(" ")),
                    onderdelen: onderdelen
                        .into_iter()
                        .map(|(o, l)| (o, words(&l.join(" "))))
                        .collect(),
                })
                .collect(),
        };
        articles.insert(number, article);
    }
    articles
}

fn acts() -> Vec<Act> {
    let mut acts = Vec::new();
    for &(bwb, version, file, title) in ACTS {
        let path = format!("{SOURCES}{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let lines: Vec<&str> = text.lines().collect();
        let ruler = |l: &str| l.len() > 20 && l.chars().all(|c| c == '=');
        let start = (1..lines.len().saturating_sub(1))
            .find(|&i| ruler(lines[i - 1]) && lines[i].starts_with(title) && ruler(lines[i + 1]))
            .unwrap_or_else(|| panic!("{file} has no section {title:?}"));
        let body_start = start + 2;
        let body_end = (body_start..lines.len())
            .find(|&i| ruler(lines[i]))
            .unwrap_or(lines.len());
        let articles = parse_articles(&lines[body_start..body_end]);
        assert!(!articles.is_empty(), "{file}, {title}: no articles read");
        acts.push(Act {
            bwb,
            version,
            articles,
        });
    }
    acts
}

fn statute() -> Ordinance {
    toml::from_str(STATUTE).expect("ordinances/participatiewet.toml parses as an ordinance")
}

/// One citation of the statutory layer, with the words it quotes (an `[[info]]` quotes none).
struct Quoted<'a> {
    place: String,
    citation: &'a Citation,
    quote: Option<&'a str>,
}

fn cited(statute: &Ordinance) -> Vec<Quoted<'_>> {
    let mut all = Vec::new();
    for rule in &statute.rules {
        all.push(Quoted {
            place: format!("rule {}", rule.id),
            citation: &rule.citation,
            quote: Some(&rule.source_text),
        });
    }
    let law = statute.law.as_ref().expect("the statute has [law]");
    all.push(Quoted {
        place: "law.pension_age".into(),
        citation: &law.pension_age.citation,
        quote: Some(&law.pension_age.source_text),
    });
    if let Some(merger) = &law.merger {
        all.push(Quoted {
            place: "law.merger".into(),
            citation: &merger.citation,
            quote: Some(&merger.source_text),
        });
    }
    for info in &statute.info {
        all.push(Quoted {
            place: format!("info {:?}", info.topic),
            citation: &info.citation,
            quote: None,
        });
    }
    all
}

/// The citations of the Act itself.
fn of_the_act(statute: &Ordinance) -> Vec<Quoted<'_>> {
    cited(statute)
        .into_iter()
        .filter(|q| q.citation.source.document == SourceDocument::Act)
        .collect()
}

/// `https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel9` → (BWB id, version, article).
fn parse_url(url: &str) -> Option<(&str, &str, &str)> {
    let rest = url.strip_prefix("https://wetten.overheid.nl/")?;
    let (bwb, rest) = rest.split_once('/')?;
    let (version, fragment) = rest.split_once('#')?;
    Some((bwb, version, fragment.strip_prefix("Artikel")?))
}

/// Where the words of `quote` stand in `act`, as the citation names it: the article, the lid
/// (or the whole article without one) and the onderdeel (or the whole lid without one).
fn stands_in(act: &Act, citation: &Citation, quote: &str) -> Result<(), String> {
    let artikel = citation.artikel.as_deref().unwrap_or_default();
    let article = act
        .articles
        .get(artikel)
        .ok_or_else(|| format!("{} {} has no artikel {artikel}", act.bwb, act.version))?;
    let text = match citation.lid.as_deref() {
        None => article.text(),
        Some(lid) => {
            let lid_text = article.lid(lid).ok_or_else(|| {
                format!(
                    "{} {} artikel {artikel} has no lid {lid}",
                    act.bwb, act.version
                )
            })?;
            match citation.onderdeel.as_deref() {
                None => lid_text.text.clone(),
                Some(o) => lid_text.onderdeel(o).map(str::to_string).ok_or_else(|| {
                    format!(
                        "{} {} artikel {artikel} lid {lid} has no onderdeel {o}",
                        act.bwb, act.version
                    )
                })?,
            }
        }
    };
    if text.contains(&words(quote)) {
        Ok(())
    } else {
        Err(format!(
            "{} {} artikel {artikel} lid {} onderdeel {} does not contain the quote",
            act.bwb,
            act.version,
            citation.lid.as_deref().unwrap_or("-"),
            citation.onderdeel.as_deref().unwrap_or("-")
        ))
    }
}

fn assert_none(failures: Vec<String>, claim: &str) {
    assert!(
        failures.is_empty(),
        "{claim}; not so for:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn every_statutory_rule_rests_on_the_acts_own_text() {
    let statute = statute();
    let failures = statute
        .rules
        .iter()
        .filter(|r| r.citation.source.document != SourceDocument::Act)
        .map(|r| format!("rule {} cites {:?}", r.id, r.citation.source.document))
        .collect();
    assert_none(failures, "every statutory rule cites the Act itself");
    let law = statute.law.as_ref().expect("the statute has [law]");
    assert_eq!(
        law.pension_age.citation.source.document,
        SourceDocument::Act
    );
    let sanction = statute
        .info
        .iter()
        .find(|i| i.citation.artikel.as_deref() == Some("18"))
        .expect("an [[info]] on the sanction of art. 18");
    assert_eq!(sanction.citation.source.document, SourceDocument::Act);
    assert_eq!(sanction.citation.lid.as_deref(), Some("2"));
}

#[test]
fn every_statutory_quote_is_the_acts_own_text_word_for_word() {
    let acts = acts();
    let statute = statute();
    let failures = of_the_act(&statute)
        .into_iter()
        .filter_map(|q| Some((q.place, q.quote?)))
        .filter(|(_, quote)| {
            let quote = words(quote);
            quote.is_empty()
                || !acts
                    .iter()
                    .flat_map(|a| a.articles.values())
                    .any(|article| article.text().contains(&quote))
        })
        .map(|(place, quote)| format!("{place}: {quote:?}"))
        .collect();
    assert_none(
        failures,
        "every quote of the Act is found word for word in the Act's text",
    );
}

#[test]
fn every_quote_stands_in_the_article_lid_and_onderdeel_its_citation_names() {
    let acts = acts();
    let statute = statute();
    let mut failures = Vec::new();
    for q in of_the_act(&statute) {
        let Some(quote) = q.quote else { continue };
        let Some((bwb, _, _)) = q.citation.url.as_deref().and_then(parse_url) else {
            failures.push(format!("{}: no url to read the Act by", q.place));
            continue;
        };
        let tried: Vec<_> = acts
            .iter()
            .filter(|a| a.bwb == bwb)
            .map(|a| stands_in(a, q.citation, quote))
            .collect();
        if tried.is_empty() {
            failures.push(format!("{}: {bwb} is not among the sources", q.place));
        } else if !tried.iter().any(Result::is_ok) {
            let why: Vec<_> = tried.into_iter().filter_map(Result::err).collect();
            failures.push(format!("{}: {}", q.place, why.join("; ")));
        }
    }
    assert_none(
        failures,
        "every quote stands in the article, lid and onderdeel its citation names",
    );
}

#[test]
fn every_citation_of_the_act_names_its_article_and_links_to_it_on_wetten_overheid_nl() {
    let statute = statute();
    let mut failures = Vec::new();
    for q in of_the_act(&statute) {
        let c = q.citation;
        let Some(artikel) = c.artikel.as_deref().filter(|a| !a.is_empty()) else {
            failures.push(format!("{}: no artikel", q.place));
            continue;
        };
        let Some(url) = c.url.as_deref() else {
            failures.push(format!("{}: no url", q.place));
            continue;
        };
        if !url.starts_with("https://wetten.overheid.nl/BWBR") {
            failures.push(format!(
                "{}: url {url} is not on wetten.overheid.nl",
                q.place
            ));
            continue;
        }
        let Some((bwb, version, url_artikel)) = parse_url(url) else {
            failures.push(format!(
                "{}: url {url} is not …/BWBR…/date#ArtikelX",
                q.place
            ));
            continue;
        };
        if url_artikel != artikel {
            failures.push(format!(
                "{}: url goes to Artikel{url_artikel}, cites {artikel}",
                q.place
            ));
        }
        if version.len() != 10 {
            failures.push(format!("{}: url's version {version:?} is no date", q.place));
        }
        match c.instrument.as_deref().and_then(bwb_of) {
            Some(b) if b == bwb => {}
            other => failures.push(format!(
                "{}: instrument {:?} is {other:?}, the url names {bwb}",
                q.place, c.instrument
            )),
        }
        if !c.source.location.contains(bwb) {
            failures.push(format!("{}: location does not name {bwb}", q.place));
        }
    }
    assert_none(
        failures,
        "every citation of the Act names its article and links to that article on wetten.overheid.nl",
    );
}

/// The merger rule is left out: it links to the version of 2018-06-13, and the sources hold
/// art. 28 of 2024-01-01 (where its quote is found).
#[test]
fn the_statutory_rules_cite_the_act_as_it_reads_on_1_july_2026() {
    let acts = acts();
    let statute = statute();
    let mut failures = Vec::new();
    for q in of_the_act(&statute) {
        if q.place == "law.merger" {
            continue;
        }
        let Some((bwb, version, _)) = q.citation.url.as_deref().and_then(parse_url) else {
            failures.push(format!("{}: no url", q.place));
            continue;
        };
        if version != CITED_VERSION {
            failures.push(format!("{}: url names version {version}", q.place));
        }
        if !q
            .citation
            .source
            .location
            .contains(&format!("versie {CITED_VERSION}"))
        {
            failures.push(format!(
                "{}: location does not say versie {CITED_VERSION}",
                q.place
            ));
        }
        if !acts.iter().any(|a| a.bwb == bwb && a.version == version) {
            failures.push(format!(
                "{}: the sources do not hold {bwb} of {version}",
                q.place
            ));
        }
    }
    assert_none(
        failures,
        "the statutory rules cite the Act as it reads on 1 July 2026",
    );
}

#[test]
fn the_quoted_participatiewet_reads_the_same_on_1_january_2015() {
    let acts = acts();
    let statute = statute();
    let of_2015 = acts
        .iter()
        .find(|a| a.bwb == PARTICIPATIEWET && a.version == "2015-01-01")
        .expect("the Participatiewet of 2015-01-01");
    let mut failures = Vec::new();
    let mut checked = 0;
    for q in of_the_act(&statute) {
        let Some(quote) = q.quote else { continue };
        if q.citation.instrument.as_deref() != Some("Participatiewet") {
            continue;
        }
        // The sources give art. 5 and 44 of 2026-07-01 only.
        if !of_2015
            .articles
            .contains_key(q.citation.artikel.as_deref().unwrap_or_default())
        {
            continue;
        }
        checked += 1;
        if let Err(why) = stands_in(of_2015, q.citation, quote) {
            failures.push(format!("{}: {why}", q.place));
        }
    }
    assert!(
        checked >= 8,
        "only {checked} quotes of the Participatiewet checked"
    );
    assert_none(
        failures,
        "the words the statutory layer quotes from the Participatiewet were the same on 2015-01-01",
    );
}

#[test]
fn the_ioaw_and_ioaz_duty_is_article_37_lid_1_onderdeel_f_in_both_acts() {
    let acts = acts();
    let statute = statute();
    let rule = statute
        .rules
        .iter()
        .find(|r| r.id == "ioaw-ioaz")
        .expect("rule ioaw-ioaz");
    let c = &rule.citation;
    assert_eq!(c.instrument.as_deref(), Some("IOAW en IOAZ"));
    assert_eq!(c.artikel.as_deref(), Some("37"));
    assert_eq!(c.lid.as_deref(), Some("1"));
    assert_eq!(c.onderdeel.as_deref(), Some("f"));
    for bwb in [IOAW, IOAZ] {
        let act = acts.iter().find(|a| a.bwb == bwb).expect("IOAW and IOAZ");
        stands_in(act, c, &rule.source_text)
            .unwrap_or_else(|why| panic!("the duty's words are not in {bwb}: {why}"));
    }
}

#[test]
fn ioaw_and_ioaz_give_no_exemption_for_full_and_permanent_incapacity_so_the_college_decides() {
    let acts = acts();
    let statute = statute();
    for bwb in [IOAW, IOAZ] {
        let act = acts.iter().find(|a| a.bwb == bwb).expect("IOAW and IOAZ");
        for artikel in ["37", "37a"] {
            let text = act.articles[artikel].text();
            assert!(
                !text.contains("arbeidsongeschikt"),
                "{bwb} artikel {artikel} speaks of incapacity: {text}"
            );
        }
    }
    let rule = statute
        .rules
        .iter()
        .find(|r| r.id == "volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz")
        .expect("rule volledig-duurzaam-arbeidsongeschikt-ioaw-ioaz");
    assert!(
        rule.judgement.is_some(),
        "the college's judgement, not a fixed exemption"
    );
    assert_eq!(rule.citation.artikel.as_deref(), Some("37a"));
    for bwb in [IOAW, IOAZ] {
        let act = acts.iter().find(|a| a.bwb == bwb).expect("IOAW and IOAZ");
        stands_in(act, &rule.citation, &rule.source_text)
            .unwrap_or_else(|why| panic!("the college's power is not in {bwb}: {why}"));
    }
}

/// Art. 9 lid 1 binds from the melding of art. 44 lid 2 and names no kind of bijstand; "bijstand"
/// is both kinds (art. 5). The Act takes the duty away from no one for having only special
/// assistance, so the statutory layer may not say so as a definite rule.
#[test]
fn the_act_does_not_take_the_duty_away_from_someone_with_only_special_assistance() {
    let acts = acts();
    let statute = statute();
    let pw = acts
        .iter()
        .find(|a| {
            a.bwb == PARTICIPATIEWET && a.version == CITED_VERSION && a.articles.contains_key("5")
        })
        .expect("Participatiewet art. 5 and 44 of 2026-07-01");
    assert!(pw.articles["5"]
        .text()
        .contains("a. bijstand: algemene en bijzondere bijstand;"));
    let melding = &pw.articles["44"].lid("2").expect("art. 44 lid 2").text;
    assert!(
        !melding.contains("algemene bijstand"),
        "art. 44 lid 2: {melding}"
    );
    let pw9 = acts
        .iter()
        .find(|a| {
            a.bwb == PARTICIPATIEWET && a.articles.contains_key("9") && a.version == CITED_VERSION
        })
        .expect("Participatiewet art. 9 of 2026-07-01");
    let lid1 = &pw9.articles["9"].lid("1").expect("art. 9 lid 1").text;
    assert!(
        lid1.contains("vanaf de dag van melding als bedoeld in artikel 44, tweede lid, verplicht:")
    );
    assert!(
        !lid1.contains("bijstand"),
        "art. 9 lid 1 names a kind of bijstand: {lid1}"
    );
    let rule = statute
        .rules
        .iter()
        .find(|r| r.id == "alleen-bijzondere-bijstand")
        .expect("rule alleen-bijzondere-bijstand");
    assert!(
        rule.judgement.is_some(),
        "only special assistance is left open (a judgement), never a definite `not_applicable`"
    );
}

#[test]
fn the_aow_ages_of_the_table_are_those_article_7a_lid_1_fixes() {
    let acts = acts();
    let statute = statute();
    let aow = acts
        .iter()
        .find(|a| a.bwb == "BWBR0002221")
        .expect("the AOW");
    let number = |w: &str| -> Option<u8> {
        Some(match w {
            "één" => 1,
            "twee" => 2,
            "drie" => 3,
            "vier" => 4,
            "vijf" => 5,
            "zes" => 6,
            "zeven" => 7,
            "acht" => 8,
            "negen" => 9,
            "tien" => 10,
            "elf" => 11,
            _ => return None,
        })
    };
    let steps = &statute.law.as_ref().expect("[law]").pension_age.steps;
    let mut years_checked = Vec::new();
    for (_, text) in &aow.articles["7a"]
        .lid("1")
        .expect("art. 7a lid 1")
        .onderdelen
    {
        // "in 2019: 66 jaar en vier maanden, respectievelijk ..." ("vóór 2013" and "2026 en de
        // kalenderjaren daarna" fix no age of one year).
        let Some(rest) = text.strip_prefix("in ") else {
            continue;
        };
        let Some((year, age)) = rest.split_once(": ") else {
            continue;
        };
        let Ok(year) = year.parse::<i32>() else {
            continue;
        };
        let age = age.split(", respectievelijk").next().unwrap_or_default();
        let (years, months) = match age.split_once(" jaar en ") {
            Some((y, m)) => (y, number(m.split_whitespace().next().unwrap_or_default())),
            None => (age.trim_end_matches(" jaar"), Some(0)),
        };
        let act = (years.parse::<u8>().ok(), months);
        let Some(step) = steps.iter().rev().find(|s| s.from_year <= year) else {
            assert!(year < steps[0].from_year, "no step for {year}");
            continue;
        };
        assert_eq!(
            (Some(step.years), Some(step.months)),
            act,
            "the AOW age in {year}: the table says {} years {} months, art. 7a lid 1 says {age:?}",
            step.years,
            step.months
        );
        years_checked.push(year);
    }
    assert_eq!(
        years_checked,
        (2015..=2025).collect::<Vec<_>>(),
        "every year from the table's first to 2025 is checked against the Act"
    );
}
