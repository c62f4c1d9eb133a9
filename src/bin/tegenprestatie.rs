//! The command-line adapter.
//!
//! ```text
//! tegenprestatie check --gemeente <id> <answers.json | ->
//! tegenprestatie list
//! tegenprestatie lint <ordinance.toml>
//! ```
//! Exit 0 on success, 2 on bad input (with a message on stderr that names the problem).

use std::io::{Read, Write};
use std::process::ExitCode;

use tegenprestatie_check::{catalog, contract, model, validate};

const USAGE: &str = "usage:
  tegenprestatie check --gemeente <id> <answers.json | ->   decide, print the decision as JSON
  tegenprestatie list                                       list municipalities and ordinance versions
  tegenprestatie lint <ordinance.toml>                      validate an ordinance file";

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

fn check(args: &[String]) -> Result<String, Failure> {
    let mut gemeente = None;
    let mut input = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--gemeente" | "-g" => {
                gemeente = Some(
                    rest.next()
                        .ok_or_else(|| Failure("--gemeente needs a municipality id".into()))?
                        .as_str(),
                )
            }
            other if other.starts_with("--gemeente=") => {
                gemeente = Some(&other["--gemeente=".len()..])
            }
            other if other.starts_with('-') && other != "-" => {
                return Err(Failure(format!("unknown option `{other}`\n{USAGE}")))
            }
            _ if input.is_none() => input = Some(arg.as_str()),
            other => return Err(Failure(format!("unexpected argument `{other}`\n{USAGE}"))),
        }
    }
    let gemeente = gemeente.ok_or_else(|| Failure(format!("--gemeente is required\n{USAGE}")))?;
    let input = input.ok_or_else(|| {
        Failure(format!(
            "give the answers as a JSON file, or - for standard input\n{USAGE}"
        ))
    })?;
    let text = read_input(input)?;
    let answers: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Failure(format!("the answers are not valid JSON: {e}")))?;
    let decision = contract::check(gemeente, &answers).map_err(|e| Failure(e.to_string()))?;
    serde_json::to_string_pretty(&contract::DecisionView::new(&decision))
        .map_err(|e| Failure(e.to_string()))
}

fn list() -> String {
    let mut out = String::new();
    for (m, o) in catalog::municipalities() {
        let since = m
            .since
            .as_ref()
            .map(|s| format!("  ({})", s.en))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:<32} {:<34} {} {}{since}\n",
            m.id,
            o.id,
            o.version.year,
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
    }
}

fn lint(args: &[String]) -> Result<String, Failure> {
    let [path] = args else {
        return Err(Failure(format!("lint takes one ordinance file\n{USAGE}")));
    };
    let text = read_input(path)?;
    let ordinance: model::Ordinance =
        toml::from_str(&text).map_err(|e| Failure(format!("{path}: {e}")))?;
    let mut problems = validate::validate_ordinance(&ordinance);
    // A municipality's own file must not claim an id the bundled ordinances already serve,
    // unless it is a new version of that same ordinance.
    for m in &ordinance.municipalities {
        if let Some((other, _)) = catalog::find(&m.id) {
            if other.id != ordinance.id {
                problems.push(validate::Problem {
                    place: format!("{} / municipality {}", ordinance.id, m.id),
                    message: format!(
                        "this municipality is already served by ordinance {}",
                        other.id
                    ),
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(format!(
            "{path}: ordinance {} is valid ({} rules, {} municipalities)\n",
            ordinance.id,
            ordinance.rules.len(),
            ordinance.municipalities.len()
        ))
    } else {
        let lines: Vec<String> = problems.iter().map(|p| format!("{path}: {p}")).collect();
        Err(Failure(format!(
            "{}\n{} problem(s) found",
            lines.join("\n"),
            problems.len()
        )))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("list") if args.len() == 1 => Ok(list()),
        Some("lint") => lint(&args[1..]),
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
