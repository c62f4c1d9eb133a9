//! Every municipality of the Netherlands as data: the 342 of 1 January 2026 and the former
//! ones merged since 2015 (`data/gemeenten-2026.csv`, `data/gemeenten-changes.csv`), and the
//! names people use for some of them (`data/gemeenten-namen.csv`). `build.rs` reads and
//! validates the files with this module (a broken list fails the build) and bundles the
//! result; the catalogue serves every municipality from it, and the search folds what people
//! type with `search_key`.
//!
//! Compiled into `build.rs` too (through `#[path]`): depends only on `model.rs` and `std`.

use super::model::{CommonName, Directory, Place, PlaceMerger};

/// A letter without its accent or diacritic, lowercase (Súdwest-Fryslân: `sudwest-fryslan`).
fn plain(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The id of a municipality: its name in lowercase ASCII, words joined by one hyphen
/// (`'s-Gravenhage` → `s-gravenhage`, `Bergen (NH.)` → `bergen-nh`).
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars().flat_map(char::to_lowercase).map(plain) {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// What the search compares: lowercase, without accents, without anything but letters and
/// digits (hyphens, spaces, apostrophes and full stops are how people type differently):
/// "Den Bosch", "den-bosch" and "denbosch" are one key.
pub fn search_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(plain)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The CBS code's number from its written form (`GM0363` → 363).
pub fn cbs_number(code: &str) -> Option<u16> {
    let digits = code.strip_prefix("GM")?;
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The CBS code as written (`GM0363`).
pub fn cbs_text(number: u16) -> String {
    format!("GM{number:04}")
}

/// The cells of one CSV line (RFC 4180: a cell in double quotes may hold commas).
fn cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cell)),
            other => cell.push(other),
        }
    }
    cells.push(cell);
    cells
}

/// The data rows of a CSV file whose header is `header`, each with its line number.
fn rows<'a>(
    file: &'a str,
    text: &'a str,
    header: &str,
    problems: &mut Vec<String>,
) -> Vec<(usize, Vec<String>)> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, first)) if first.trim_end() == header => {}
        _ => problems.push(format!("{file}:1: the header must be `{header}`")),
    }
    let width = header.split(',').count();
    lines
        .filter(|(_, line)| !line.trim().is_empty())
        .filter_map(|(i, line)| {
            let cells = cells(line.trim_end());
            if cells.len() == width {
                Some((i + 1, cells))
            } else {
                problems.push(format!(
                    "{file}:{}: {} cells where the header has {width}",
                    i + 1,
                    cells.len()
                ));
                None
            }
        })
        .collect()
}

/// Reads and validates the three files: every code well formed and used once, every id (the
/// slug of the name) used once, every successor a present municipality (or, through a later
/// merger, leading to one), every merger on a real day, every common name pointing at a
/// present municipality. Returns the directory, or every problem with its file and line.
pub fn read(present: &str, changes: &str, names: &str) -> Result<Directory, Vec<String>> {
    let mut problems = Vec::new();
    let mut provinces: Vec<String> = Vec::new();
    let mut places: Vec<Place> = Vec::new();
    let code = |file: &str, line: usize, text: &str, problems: &mut Vec<String>| {
        let n = cbs_number(text);
        if n.is_none() {
            problems.push(format!(
                "{file}:{line}: `{text}` is not a CBS code (GM and four digits)"
            ));
        }
        n
    };
    const PRESENT: &str = "data/gemeenten-2026.csv";
    for (line, row) in rows(PRESENT, present, "cbs_code,name,province", &mut problems) {
        let Some(cbs_code) = code(PRESENT, line, &row[0], &mut problems) else {
            continue;
        };
        if row[1].trim().is_empty() || row[2].trim().is_empty() {
            problems.push(format!(
                "{PRESENT}:{line}: a name and a province are needed"
            ));
            continue;
        }
        let province = match provinces.iter().position(|p| *p == row[2]) {
            Some(i) => i,
            None => {
                provinces.push(row[2].clone());
                provinces.len() - 1
            }
        };
        places.push(Place {
            name: row[1].clone(),
            cbs_code,
            province: province as u8,
            merged: None,
        });
    }
    let present_count = places.len();
    // Former municipalities: one row per (former, successor) pair; a split has several.
    const CHANGES: &str = "data/gemeenten-changes.csv";
    let header = "date,former_name,former_cbs_code,successor_name,successor_cbs_code,source";
    let mut former: Vec<(Place, Vec<u16>, usize)> = Vec::new();
    for (line, row) in rows(CHANGES, changes, header, &mut problems) {
        let (Some(from), Some(to)) = (
            code(CHANGES, line, &row[2], &mut problems),
            code(CHANGES, line, &row[4], &mut problems),
        ) else {
            continue;
        };
        if super::date::Date::parse(&row[0]).is_none() {
            problems.push(format!(
                "{CHANGES}:{line}: `{}` is not a day as YYYY-MM-DD",
                row[0]
            ));
            continue;
        }
        if row[5].trim().is_empty() {
            problems.push(format!("{CHANGES}:{line}: every change needs its source"));
        }
        match former.iter_mut().find(|(p, _, _)| p.cbs_code == from) {
            Some((p, into, _))
                if p.name == row[1] && p.merged.as_ref().is_some_and(|m| m.on == row[0]) =>
            {
                into.push(to)
            }
            Some(_) => problems.push(format!(
                "{CHANGES}:{line}: {} ({}) is listed with another name or day before",
                row[1], row[2]
            )),
            None => former.push((
                Place {
                    name: row[1].clone(),
                    cbs_code: from,
                    province: 0,
                    merged: Some(PlaceMerger {
                        on: row[0].clone(),
                        into: Vec::new(),
                    }),
                },
                vec![to],
                line,
            )),
        }
    }
    // Each successor, followed through later mergers to the present municipalities.
    let is_present =
        |code: u16, places: &[Place]| places[..present_count].iter().any(|p| p.cbs_code == code);
    for i in 0..former.len() {
        let (mut todo, mut into, line) = (former[i].1.clone(), Vec::new(), former[i].2);
        let mut steps = 0;
        while let Some(code) = todo.pop() {
            steps += 1;
            if steps > 64 {
                problems.push(format!(
                    "{CHANGES}:{line}: the successors go round in a circle"
                ));
                break;
            }
            if is_present(code, &places) {
                if !into.contains(&code) {
                    into.push(code);
                }
            } else if let Some((_, next, _)) = former.iter().find(|(p, _, _)| p.cbs_code == code) {
                todo.extend(next.iter().copied());
            } else {
                problems.push(format!(
                    "{CHANGES}:{line}: successor {} is neither a municipality of 2026 nor a former one",
                    cbs_text(code)
                ));
            }
        }
        into.sort_by_key(|c| {
            places[..present_count]
                .iter()
                .position(|p| p.cbs_code == *c)
        });
        let province = into
            .first()
            .and_then(|c| places[..present_count].iter().find(|p| p.cbs_code == *c))
            .map_or(0, |p| p.province);
        let place = &mut former[i].0;
        place.province = province;
        if let Some(m) = place.merged.as_mut() {
            m.into = into;
        }
    }
    former.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    places.extend(former.into_iter().map(|(p, _, _)| p));
    // Codes and ids once each.
    for (i, p) in places.iter().enumerate() {
        if let Some(other) = places[..i].iter().find(|o| o.cbs_code == p.cbs_code) {
            problems.push(format!(
                "{} is both {} and {}",
                cbs_text(p.cbs_code),
                other.name,
                p.name
            ));
        }
        if let Some(other) = places[..i].iter().find(|o| slug(&o.name) == slug(&p.name)) {
            problems.push(format!(
                "{} and {} would have the same id `{}`",
                other.name,
                p.name,
                slug(&p.name)
            ));
        }
    }
    const NAMES: &str = "data/gemeenten-namen.csv";
    let mut common_names = Vec::new();
    for (line, row) in rows(NAMES, names, "name,cbs_code,note", &mut problems) {
        let Some(cbs_code) = code(NAMES, line, &row[1], &mut problems) else {
            continue;
        };
        if !is_present(cbs_code, &places) {
            problems.push(format!(
                "{NAMES}:{line}: {} is not a municipality of 2026",
                row[1]
            ));
        } else if row[0].trim().is_empty() || row[2].trim().is_empty() {
            problems.push(format!("{NAMES}:{line}: a name and a note are needed"));
        } else {
            common_names.push(CommonName {
                name: row[0].clone(),
                cbs_code,
            });
        }
    }
    if problems.is_empty() {
        Ok(Directory {
            provinces,
            places,
            common_names,
        })
    } else {
        Err(problems)
    }
}

impl Directory {
    /// The place with this CBS code.
    pub fn by_code(&self, code: u16) -> Option<&Place> {
        self.places.iter().find(|p| p.cbs_code == code)
    }

    /// The place whose id (the slug of its name) is this.
    pub fn by_id(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| slug(&p.name) == id)
    }

    pub fn province(&self, place: &Place) -> &str {
        self.provinces
            .get(usize::from(place.province))
            .map_or("", String::as_str)
    }
}
