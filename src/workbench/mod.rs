//! The policy workbench without the browser: a draft ordinance as text (TOML or JSON) checked
//! by the same door as every ordinance (`Catalog::with_ordinances`: the validator, then the
//! compiler), each problem with the line it is on; the draft's example cases (`cases`); a
//! synthetic population (`population`); a caseload counted under the current ordinance and the
//! draft side by side (`tally`). The Yew workbench (`src/app/workbench/`) and the CLI's
//! `simulate` are adapters over this.

pub mod builder;
pub mod cases;
pub mod holes;
pub mod lint;
pub mod population;
pub mod state;
pub mod tally;

use crate::catalog::Catalog;
use crate::model::Ordinance;

/// How the draft is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// JSON when the text opens with `{`, else TOML.
    pub fn of(text: &str) -> Format {
        if text.trim_start().starts_with('{') {
            Format::Json
        } else {
            Format::Toml
        }
    }
}

/// One problem of a draft, with the line of the text it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// 1-based; `None` when no line can be named.
    pub line: Option<usize>,
    /// The part of the ordinance (`rule vrijwilligerswerk-4-uur`), without the ordinance's id.
    pub place: String,
    /// The key within it (`hours_per_week.max`), or empty.
    pub field: String,
    pub nl: String,
    pub en: String,
}

/// A draft after the door: its problems, or the ordinance and a catalogue of just the draft.
#[derive(Debug, Clone)]
pub struct Checked {
    pub format: Format,
    pub problems: Vec<Located>,
    /// The draft, read (also when it has problems the validator found).
    pub ordinance: Option<Ordinance>,
    /// The statute and the draft, compiled: only when there are no problems.
    pub catalog: Option<Catalog>,
    /// What the draft leaves to fill in (`holes`): while there is any, nothing is compiled.
    pub holes: Vec<holes::Hole>,
}

/// Line of a byte offset, 1-based.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Reads a draft as text.
pub fn parse(text: &str) -> Result<Ordinance, Located> {
    let located = |line: Option<usize>, nl: String, en: String| Located {
        line,
        place: String::new(),
        field: String::new(),
        nl,
        en,
    };
    match Format::of(text) {
        Format::Json => serde_json::from_str::<Ordinance>(text).map_err(|e| {
            let line = (e.line() > 0).then_some(e.line());
            located(
                line,
                format!("Dit is geen geldige verordening in JSON: {e}"),
                format!("not a valid ordinance in JSON: {e}"),
            )
        }),
        Format::Toml => toml::from_str::<Ordinance>(text).map_err(|e| {
            let line = e.span().map(|s| line_at(text, s.start));
            located(
                line,
                format!("Dit is geen geldige verordening in TOML: {}", e.message()),
                format!("not a valid ordinance in TOML: {}", e.message()),
            )
        }),
    }
}

/// Checks a draft with the statute of `base`: read, validated and compiled as any ordinance.
pub fn check(text: &str, base: &Catalog) -> Checked {
    let format = Format::of(text);
    let open = holes::find(text);
    if !open.is_empty() {
        return incomplete(text, format, open);
    }
    let ordinance = match parse(text) {
        Ok(o) => o,
        Err(problem) => {
            return Checked {
                format,
                problems: vec![problem],
                ordinance: None,
                catalog: None,
                holes: Vec::new(),
            }
        }
    };
    match base.with_ordinances(vec![ordinance.clone()]) {
        Ok(catalog) => Checked {
            format,
            problems: Vec::new(),
            ordinance: Some(ordinance),
            catalog: Some(catalog),
            holes: Vec::new(),
        },
        Err(problems) => Checked {
            format,
            problems: problems
                .into_iter()
                .map(|p| {
                    let place = p
                        .place
                        .split_once(" / ")
                        .map_or(String::new(), |(_, rest)| rest.to_string());
                    Located {
                        line: locate(text, format, &place, &p.field),
                        place,
                        field: p.field,
                        nl: p.nl,
                        en: p.message,
                    }
                })
                .collect(),
            ordinance: Some(ordinance),
            catalog: None,
            holes: Vec::new(),
        },
    }
}

/// A draft with holes: each named with its lines; read with the holes as zeros so that its
/// parts can be listed, never compiled.
fn incomplete(text: &str, format: Format, open: Vec<holes::Hole>) -> Checked {
    let lines = |h: &holes::Hole| {
        h.lines
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut problems: Vec<Located> = open
        .iter()
        .map(|h| Located {
            line: h.lines.first().copied(),
            place: String::new(),
            field: format!("{{{{{}}}}}", h.name),
            nl: format!(
                "Nog in te vullen (regel {}). Vul in wat uw verordening zegt.",
                lines(h)
            ),
            en: format!(
                "still to fill in (line {}): fill in what your ordinance says",
                lines(h)
            ),
        })
        .collect();
    let ordinance = match parse(&holes::stand_in(text)) {
        Ok(o) => Some(o),
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    Checked {
        format,
        problems,
        ordinance,
        catalog: None,
        holes: open,
    }
}

/// Whether `line` has `key` as a key (TOML `key =`, a table header, JSON `"key":`).
fn has_key(line: &str, key: &str, format: Format) -> bool {
    match format {
        Format::Json => line.contains(&format!("\"{key}\":")),
        Format::Toml => {
            let t = line.trim_start();
            t.starts_with(&format!("{key} ="))
                || t.starts_with(&format!("{key}="))
                || line.contains(&format!("{{ {key} ="))
                || line.contains(&format!(", {key} ="))
                || line.contains(&format!(".{key}]"))
                || line.contains(&format!("[{key}]"))
                || line.contains(&format!("[[{key}]]"))
        }
    }
}

/// Whether `line` gives `key` the string `value`.
fn has_value(line: &str, key: &str, value: &str, format: Format) -> bool {
    let quoted = serde_json::to_string(value).unwrap_or_default();
    match format {
        Format::Json => line.contains(&format!("\"{key}\": {quoted}")),
        Format::Toml => {
            line.contains(&format!("{key} = {quoted}")) || line.contains(&format!("{key}={quoted}"))
        }
    }
}

/// The line (1-based) a validator problem is about: the line that names its part (a rule by its
/// id, a municipality by its name), then the line of each key of its field after that, within
/// the part. Falls back to the part's line, or none.
pub fn locate(text: &str, format: Format, place: &str, field: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let find = |from: usize, to: usize, test: &dyn Fn(&str) -> bool| {
        (from..to.min(lines.len())).find(|&i| test(lines[i]))
    };
    let (kind, name) = place.split_once(' ').unwrap_or((place, ""));
    let (anchor, end) = match kind {
        "" => (None, lines.len()),
        "rule" | "assignment" | "milestone" => {
            let id = name.strip_prefix("variant ").unwrap_or(name);
            let at = find(0, lines.len(), &|l| has_value(l, "id", id, format))?;
            (Some(at), part_end(&lines, at, format))
        }
        "municipality" => {
            let at = find(0, lines.len(), &|l| {
                has_value(l, "name", name, format) || has_value(l, "id", name, format)
            })?;
            (Some(at), at + 1)
        }
        "version" | "law" => {
            let at = find(0, lines.len(), &|l| has_key(l, kind, format))?;
            (Some(at), part_end(&lines, at, format))
        }
        "info" | "practice" => {
            let key = if kind == "info" { "info" } else { "practice" };
            let at = find(0, lines.len(), &|l| has_key(l, key, format))?;
            (Some(at), lines.len())
        }
        _ => (None, lines.len()),
    };
    let mut cursor = anchor.unwrap_or(0);
    let mut found = anchor;
    for key in field.split('.').filter(|k| !k.is_empty()) {
        match find(cursor, end, &|l| has_key(l, key, format)) {
            Some(at) => {
                cursor = at;
                found = Some(at);
            }
            None => break,
        }
    }
    found.map(|i| i + 1)
}

/// Where the part that starts at `at` ends: the next item of a TOML array of tables or top-level
/// table; in JSON the next `"id"` at the same depth.
pub(crate) fn part_end(lines: &[&str], at: usize, format: Format) -> usize {
    let indent = |l: &str| l.len() - l.trim_start().len();
    (at + 1..lines.len())
        .find(|&i| {
            let l = lines[i];
            match format {
                Format::Toml => {
                    let t = l.trim_start();
                    t.starts_with("[[") || (t.starts_with('[') && !t.contains('.'))
                }
                Format::Json => {
                    l.trim_start().starts_with("\"id\":") && indent(l) == indent(lines[at])
                }
            }
        })
        .unwrap_or(lines.len())
}

/// An ordinance as the JSON file the embedded widget loads (`ordinance="…"`).
pub fn to_json(ordinance: &Ordinance) -> String {
    serde_json::to_string_pretty(ordinance).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    const OVERBETUWE: &str = include_str!("../../ordinances/overbetuwe.toml");

    #[test]
    fn a_bundled_ordinance_passes_the_door_in_both_forms() {
        let base = catalog::bundled();
        let checked = check(OVERBETUWE, &base);
        assert_eq!(checked.problems, vec![]);
        let json = to_json(checked.ordinance.as_ref().unwrap());
        let again = check(&json, &base);
        assert_eq!(again.format, Format::Json);
        assert_eq!(again.problems, vec![]);
        assert_eq!(again.ordinance, checked.ordinance);
    }

    #[test]
    fn thirty_two_hours_is_refused_in_dutch_on_its_line_in_both_forms() {
        let base = catalog::bundled();
        let toml = OVERBETUWE.replace("{ min = 4, max = 8 }", "{ min = 4, max = 32 }");
        let checked = check(&toml, &base);
        assert_eq!(checked.problems.len(), 1, "{:?}", checked.problems);
        let p = &checked.problems[0];
        assert!(p
            .nl
            .contains("32 uur per week of meer is geen tegenprestatie van beperkte omvang meer"));
        assert!(p.nl.contains("BZ5171"));
        let line = toml.lines().position(|l| l.contains("max = 32")).unwrap() + 1;
        assert_eq!(p.line, Some(line));

        let json = to_json(checked.ordinance.as_ref().unwrap());
        let checked = check(&json, &base);
        let p = &checked.problems[0];
        let lines: Vec<&str> = json.lines().collect();
        let at = p.line.unwrap();
        assert!(lines[at - 1].contains("\"max\": 32"), "{}", lines[at - 1]);
        assert!(lines[..at].iter().any(|l| l.contains("\"hours_per_week\"")));
    }

    #[test]
    fn a_rule_that_obliges_the_fully_incapacitated_is_named_with_lid_5() {
        let base = catalog::bundled();
        let toml = OVERBETUWE.replace(
            "id = \"re-integratietraject\"\neffect = \"exempt\"\nwhen = { is = [\"reintegration_trajectory\", true] }",
            "id = \"re-integratietraject\"\neffect = \"obligated\"\nwhen = { is = [\"fully_permanently_incapacitated\", true] }",
        );
        let checked = check(&toml, &base);
        assert_eq!(checked.problems.len(), 1, "{:?}", checked.problems);
        let p = &checked.problems[0];
        assert!(p.nl.contains("art. 9 lid 5"), "{}", p.nl);
        assert_eq!(p.place, "rule re-integratietraject");
        let line = toml
            .lines()
            .position(|l| l.contains("effect = \"obligated\""))
            .unwrap()
            + 1;
        assert_eq!(p.line, Some(line));
    }

    #[test]
    fn text_that_is_not_an_ordinance_gets_its_line() {
        let base = catalog::bundled();
        let broken = OVERBETUWE.replacen("year = 2015", "year = ", 1);
        let checked = check(&broken, &base);
        let line = broken.lines().position(|l| l == "year = ").unwrap() + 1;
        assert_eq!(checked.problems[0].line, Some(line));
        assert!(checked.problems[0]
            .nl
            .starts_with("Dit is geen geldige verordening in TOML"));
        let checked = check("{ \"id\": 3 }", &base);
        assert_eq!(checked.problems[0].line, Some(1));
        assert!(checked.catalog.is_none() && checked.ordinance.is_none());
    }
}
