//! The command-line adapter.
//!
//! ```text
//! tegenprestatie check --gemeente <id> [--ordinance <file>] [--date YYYY-MM-DD] <answers.json | ->
//! tegenprestatie simulate --gemeente <id> [--ordinance <file>] [--compare <file>]
//!                         [--date YYYY-MM-DD] <caseload.csv | ->
//! tegenprestatie list
//! tegenprestatie lint [--claims <claims.toml>] <ordinance.toml | ordinance.json>
//! tegenprestatie compile <ordinance.toml>
//! tegenprestatie schema
//! ```
//! Exit 0 on success, 2 on bad input (with a message on stderr that names the problem).
//!
//! `simulate` reads a caseload file (`caseload_file`: one row per person, the answer keys as
//! columns) row by row, so a file of any length takes constant memory, and prints the counts
//! (`workbench::tally`) as JSON: per status, per ground, hours and duration; with `--compare`,
//! the same under a second ordinance file and the people whose outcome changes, grouped. Rows
//! that cannot be read are counted and listed in the report (exit 0); a file whose header
//! cannot be read exits 2.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::Arc;

use tegenprestatie_check::catalog::{self, Catalog};
use tegenprestatie_check::date::Date;
use tegenprestatie_check::engine::RuleSet;
use tegenprestatie_check::model::{self, Detail, Ordinance};
use tegenprestatie_check::workbench::tally::Simulation;
use tegenprestatie_check::workbench::{self, lint};
use tegenprestatie_check::{caseload_file, contract, facts, places, validate};

const USAGE: &str = "usage:
  tegenprestatie check --gemeente <id> [--ordinance <file>] [--date YYYY-MM-DD] <answers.json | ->
                                            decide, print the decision as JSON; with --ordinance,
                                            use that ordinance file (TOML or JSON) instead
  tegenprestatie simulate --gemeente <id> [--ordinance <file>] [--compare <file>]
                          [--date YYYY-MM-DD] <caseload.csv | ->
                                            count a caseload file (CSV, one row per person, the
                                            answer keys as columns, an optional id column) and
                                            print the counts as JSON; with --compare, also under
                                            that ordinance file and what changes; --date is the
                                            day for rows without a date column (default today)
  tegenprestatie list                       list municipalities and ordinance versions
  tegenprestatie lint [--claims <file>] <ordinance file>
                                            what a reviewer checks in an ordinance file (TOML or
                                            JSON): errors (exit 2) and warnings, each with its
                                            line; with --claims, the claims must hold and cover
                                            both sides of every threshold
  tegenprestatie compile <ordinance file>   validate it and print the JSON form browsers load
  tegenprestatie schema                     print the answers table (docs/contract.md's)

The day of a check is the answers' `date`, else --date, else today (UTC); --date overrides the
answers' own `date`. TEGENPRESTATIE_TODAY=YYYY-MM-DD sets today (to repeat a run of another day).
From 2027-01-01 the law is a version whose rules this checker does not know: a refusal, exit 2.";

/// A failure: what to print on stderr. Every failure exits with 2.
struct Failure(String);

fn read_input(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure(format!("cannot read the answers from standard input: {e}")))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).map_err(|e| Failure(format!("cannot read `{path}`: {e}")))
    }
}

/// Today, as the calendar date in UTC (the engine itself has no clock), or the day
/// `TEGENPRESTATIE_TODAY` names (YYYY-MM-DD): to repeat a run of another day, and for tests,
/// which never read the machine's date.
fn today() -> Date {
    if let Some(day) = std::env::var("TEGENPRESTATIE_TODAY")
        .ok()
        .and_then(|d| Date::parse(&d))
    {
        return day;
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date((secs / 86_400) as i32)
}

/// Reads an ordinance file: JSON by its `.json` name, TOML otherwise.
fn read_ordinance(path: &str) -> Result<Ordinance, Failure> {
    let text = read_input(path)?;
    if path.ends_with(".json") {
        contract::ordinance_from_json(&text).map_err(|e| Failure(format!("{path}: {e}")))
    } else {
        toml::from_str(&text).map_err(|e| Failure(format!("{path}: {e}")))
    }
}

fn problems_failure(path: &str, problems: &[validate::Problem]) -> Failure {
    let lines: Vec<String> = problems.iter().map(|p| format!("{path}: {p}")).collect();
    Failure(format!(
        "{}\n{} problem(s) found",
        lines.join("\n"),
        problems.len()
    ))
}

/// Validates an ordinance file and loads it: a statute on its own, an ordinance under the
/// bundled statute.
fn load(path: &str) -> Result<(Ordinance, Arc<Catalog>), Failure> {
    let ordinance = read_ordinance(path)?;
    let bundled = catalog::bundled();
    let loaded = if ordinance.detail == Detail::Statute {
        Catalog::load(vec![ordinance.clone()], Vec::new())
    } else {
        bundled.with_ordinances(vec![ordinance.clone()])
    };
    let loaded = loaded.map_err(|problems| problems_failure(path, &problems))?;
    Ok((ordinance, Arc::new(loaded)))
}

/// The options of `check` and `simulate`, and the one input they read.
#[derive(Default)]
struct Options {
    gemeente: Option<String>,
    ordinance: Option<String>,
    compare: Option<String>,
    date: Option<Date>,
    input: Option<String>,
}

/// Reads `--flag value` and `--flag=value` options (those in `allowed`) and one input.
fn options(args: &[String], allowed: &[&str]) -> Result<Options, Failure> {
    let mut options = Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (arg.as_str(), None),
        };
        let flag = if flag == "-g" { "--gemeente" } else { flag };
        let mut value = |name: &str| -> Result<String, Failure> {
            match inline {
                Some(v) => Ok(v.to_string()),
                None => rest
                    .next()
                    .cloned()
                    .ok_or_else(|| Failure(format!("{name} needs a value"))),
            }
        };
        match flag {
            _ if flag.starts_with('-') && flag != "-" && !allowed.contains(&flag) => {
                return Err(Failure(format!("unknown option `{flag}`\n{USAGE}")))
            }
            "--gemeente" => options.gemeente = Some(value(flag)?),
            "--ordinance" => options.ordinance = Some(value(flag)?),
            "--compare" => options.compare = Some(value(flag)?),
            "--date" => {
                let text = value(flag)?;
                options.date = Some(Date::parse(&text).ok_or_else(|| {
                    Failure(format!("--date `{text}` is not a date as YYYY-MM-DD"))
                })?);
            }
            _ if options.input.is_none() => options.input = Some(arg.clone()),
            other => return Err(Failure(format!("unexpected argument `{other}`\n{USAGE}"))),
        }
    }
    Ok(options)
}

fn check(args: &[String]) -> Result<String, Failure> {
    let Options {
        gemeente,
        ordinance,
        date,
        input,
        ..
    } = options(args, &["--gemeente", "--ordinance", "--date"])?;
    let gemeente = gemeente.ok_or_else(|| Failure(format!("--gemeente is required\n{USAGE}")))?;
    let input = input.ok_or_else(|| {
        Failure(format!(
            "give the answers as a JSON file, or - for standard input\n{USAGE}"
        ))
    })?;
    let catalog = match &ordinance {
        Some(path) => load(path)?.1,
        None => catalog::bundled(),
    };
    let text = read_input(&input)?;
    let answers =
        contract::answers_from_str_on(&text, today(), date).map_err(|e| Failure(e.to_string()))?;
    let decision =
        contract::decide(&catalog, &gemeente, &answers).map_err(|e| Failure(e.to_string()))?;
    serde_json::to_string_pretty(&contract::DecisionView::new(&decision))
        .map_err(|e| Failure(e.to_string()))
}

/// The rule set a catalogue gives a municipality, or the failure that names the known ids.
fn rule_set<'c>(catalog: &'c Catalog, gemeente: &str) -> Result<&'c RuleSet, Failure> {
    catalog
        .find(gemeente)
        .map(|(set, _)| set)
        .ok_or_else(|| Failure(contract::unknown_municipality(catalog, gemeente).to_string()))
}

fn simulate(args: &[String]) -> Result<String, Failure> {
    let Options {
        gemeente,
        ordinance,
        compare,
        date,
        input,
    } = options(args, &["--gemeente", "--ordinance", "--compare", "--date"])?;
    let gemeente = gemeente.ok_or_else(|| Failure(format!("--gemeente is required\n{USAGE}")))?;
    let input = input.ok_or_else(|| {
        Failure(format!(
            "give the caseload as a CSV file, or - for standard input\n{USAGE}"
        ))
    })?;
    // Both catalogues are built on the bundled statute (`load`), as `Simulation` needs.
    let catalog = match &ordinance {
        Some(path) => load(path)?.1,
        None => catalog::bundled(),
    };
    let current = rule_set(&catalog, &gemeente)?;
    let compared = match &compare {
        Some(path) => Some((path, load(path)?.1)),
        None => None,
    };
    // The second file's rule set for this municipality, or its one ordinance's if it serves
    // no such id (a draft may name the municipality differently).
    let draft = match &compared {
        Some((path, catalog)) => Some(match catalog.find(&gemeente) {
            Some((set, _)) => set,
            None => catalog.rule_sets().first().ok_or_else(|| {
                Failure(format!(
                    "{path} is the statute alone; --compare needs a municipality's ordinance"
                ))
            })?,
        }),
        None => None,
    };
    let file: Box<dyn Read> = if input == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            std::fs::File::open(&input)
                .map_err(|e| Failure(format!("cannot read `{input}`: {e}")))?,
        )
    };
    let name = if input == "-" {
        "standard input"
    } else {
        &input
    };
    let rows = caseload_file::read(file, date.unwrap_or_else(today))
        .map_err(|e| Failure(format!("{name}: {e}")))?;
    let mut simulation = Simulation::new(current, draft);
    for row in rows {
        match row {
            Ok(person) => simulation.add(person.row, person.id, person.answers),
            Err(error) => simulation.reject(error),
        }
    }
    serde_json::to_string_pretty(&simulation.finish()).map_err(|e| Failure(e.to_string()))
}

fn list() -> String {
    let catalog = catalog::bundled();
    let mut out = String::new();
    for (m, o) in catalog.municipalities() {
        let since = m
            .since
            .as_ref()
            .map(|s| format!("  ({})", s.en))
            .unwrap_or_default();
        let code = m.cbs_code.map(places::cbs_text).unwrap_or_default();
        if o.detail == model::Detail::NotKnown {
            out.push_str(&format!(
                "{:<32} {code:<6} {:<34} {}{since}\n",
                m.id, "-", "not_known (ordinance_unknown: the statute only)"
            ));
            continue;
        }
        out.push_str(&format!(
            "{:<32} {code:<6} {:<34} {} {}{since}\n",
            m.id,
            o.id,
            o.version.valid_from,
            detail_key(o.detail)
        ));
    }
    out
}

fn detail_key(detail: model::Detail) -> &'static str {
    match detail {
        model::Detail::FullText => "full_text",
        model::Detail::Described => "described",
        model::Detail::Summary => "summary",
        model::Detail::Statute => "statute",
        model::Detail::NotKnown => "not_known",
    }
}

fn lint(args: &[String]) -> Result<String, Failure> {
    let (path, claims) = match args {
        [path] => (path, None),
        [flag, claims, path] if flag == "--claims" => (path, Some(claims)),
        [path, flag, claims] if flag == "--claims" => (path, Some(claims)),
        _ => {
            return Err(Failure(format!(
                "lint takes one ordinance file and optionally --claims <file>\n{USAGE}"
            )))
        }
    };
    let text = read_input(path)?;
    // The statutory layer is checked on its own, as the build does.
    if toml::from_str::<Ordinance>(&text).is_ok_and(|o| o.detail == Detail::Statute) {
        let (ordinance, _) = load(path)?;
        return Ok(format!("{path}: statute {} is valid\n", ordinance.id));
    }
    let claims_text = claims.map(|c| read_input(c)).transpose()?;
    let findings = lint::lint(&text, &catalog::bundled(), claims_text.as_deref(), today());
    let mut report = String::new();
    let mut errors = 0;
    for f in &findings {
        let p = &f.problem;
        let (kind, at) = match f.severity {
            lint::Severity::Error => {
                errors += 1;
                ("error", p.line)
            }
            lint::Severity::Warning => ("warning", p.line),
        };
        let line = at.map(|l| format!(":{l}")).unwrap_or_default();
        let place = [p.place.as_str(), p.field.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let place = if place.is_empty() {
            String::new()
        } else {
            format!("{place}: ")
        };
        report.push_str(&format!("{path}{line}: {kind}: {place}{}\n", p.en));
    }
    let warnings = findings.len() - errors;
    if errors > 0 {
        return Err(Failure(format!(
            "{}{errors} problem(s) found, {warnings} warning(s)",
            report
        )));
    }
    let ordinance = workbench::parse(&text).map_err(|p| Failure(format!("{path}: {}", p.en)))?;
    report.push_str(&format!(
        "{path}: ordinance {} is valid ({} rules, {} municipalities), {warnings} warning(s)\n",
        ordinance.id,
        ordinance.rules.len(),
        ordinance.municipalities.len()
    ));
    Ok(report)
}

fn compile(args: &[String]) -> Result<String, Failure> {
    let [path] = args else {
        return Err(Failure(format!(
            "compile takes one ordinance file\n{USAGE}"
        )));
    };
    let (ordinance, _) = load(path)?;
    serde_json::to_string_pretty(&ordinance).map_err(|e| Failure(e.to_string()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("simulate") => simulate(&args[1..]),
        Some("list") if args.len() == 1 => Ok(list()),
        Some("lint") => lint(&args[1..]),
        Some("compile") => compile(&args[1..]),
        Some("schema") if args.len() == 1 => Ok(facts::answers_table()),
        Some("help" | "--help" | "-h") => Ok(format!("{USAGE}\n")),
        Some(other) => Err(Failure(format!("unknown command `{other}`\n{USAGE}"))),
        None => Err(Failure(USAGE.to_string())),
    };
    match result {
        Ok(out) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(out.as_bytes());
            if !out.ends_with('\n') {
                let _ = stdout.write_all(b"\n");
            }
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("tegenprestatie: {message}");
            ExitCode::from(2)
        }
    }
}
