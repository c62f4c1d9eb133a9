//! The command-line adapter, run as a person would run it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tegenprestatie"))
        // "Today" for a check without a date: the test day, never the machine's clock.
        .env("TEGENPRESTATIE_TODAY", "2026-06-01")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // The CLI may exit before it reads its input (a usage error): a closed pipe is fine here.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_prints_the_decision_as_json() {
    let out = run(
        &["check", "--gemeente", "overbetuwe", "-"],
        r#"{"age": 35, "volunteer_hours_per_week": 4}"#,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "exempt");
    assert_eq!(v["grounds"][0]["rule"], "vrijwilligerswerk-4-uur");
    assert_eq!(v["municipality"]["name"], "Overbetuwe");
}

#[test]
fn check_reads_a_file() {
    let dir = std::env::temp_dir().join(format!("tp-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("answers.json");
    std::fs::write(&file, r#"{"age": 17}"#).unwrap();
    let out = run(
        &["check", "--gemeente=rotterdam", file.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\"status\": \"not_applicable\""));
}

#[test]
fn bad_answers_exit_2_and_name_the_field() {
    let out = run(
        &["check", "--gemeente", "overbetuwe", "-"],
        r#"{"age": 200}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim(),
        "tegenprestatie: field `age`: must be a whole number from 0 to 130, got 200"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_json_and_unknown_municipality_exit_2() {
    let out = run(&["check", "--gemeente", "overbetuwe", "-"], "{age: 3");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the answers are not valid JSON"));
    let out = run(&["check", "--gemeente", "utopia", "-"], r#"{"age": 30}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown municipality `utopia`"));
    let out = run(&["check", "-"], r#"{"age": 30}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--gemeente is required"));
}

#[test]
fn list_shows_every_municipality_with_its_cbs_code_and_the_bundled_ones_with_versions() {
    let out = run(&["list"], "");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    // The 342 of 2026 and the 84 former municipalities since 2015.
    assert_eq!(stdout.lines().count(), 342 + 84);
    let present = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/gemeenten-2026.csv"
    ))
    .unwrap();
    for row in present.lines().skip(1) {
        let code = &row[..6];
        assert!(
            stdout
                .lines()
                .any(|l| l.split_whitespace().nth(1) == Some(code)),
            "{row}"
        );
    }
    assert!(stdout.lines().any(|l| l.starts_with("amsterdam ")
        && l.contains("GM0363")
        && l.contains("ordinance_unknown")));
    assert!(stdout
        .lines()
        .any(|l| l.starts_with("s-gravenhage ") && l.contains("GM0518")));
    assert!(stdout
        .lines()
        .any(|l| l.starts_with("oldenzaal") && l.contains("2015-01-01 full_text")));
    assert!(stdout
        .lines()
        .any(|l| l.starts_with("gemert-bakel") && l.contains("werkplein-helmond")));
}

#[test]
fn lint_accepts_a_valid_file_and_explains_a_broken_one() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/example.toml");
    let out = run(&["lint", fixture], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("ordinance voorbeeld is valid (1 rules, 1 municipalities)"));

    let broken = std::fs::read_to_string(fixture)
        .unwrap()
        .replace("{ min = 4, max = 8 }", "{ min = 12, max = 40 }");
    let dir = std::env::temp_dir().join(format!("tp-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.toml");
    std::fs::write(&path, broken).unwrap();
    let out = run(&["lint", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("hours_per_week.max is 40"), "{stderr}");
    assert!(stderr.contains("ECLI:NL:RBZWB:2013:BZ5171"), "{stderr}");
    assert!(stderr.contains("1 problem(s) found"), "{stderr}");
}

#[test]
fn lint_reports_a_toml_error_with_its_place() {
    let dir = std::env::temp_dir().join(format!("tp-lint-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("syntax.toml");
    std::fs::write(&path, "id = \"x\"\nunknown_key = 1\n").unwrap();
    let out = run(&["lint", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown field `unknown_key`"),
        "{}",
        text(&out.stderr)
    );
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tp-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn compile_prints_the_json_form_that_check_then_loads() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/example.toml");
    let out = run(&["compile", fixture], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["id"], "voorbeeld");
    let path = temp_dir("compile").join("voorbeeld.json");
    std::fs::write(&path, &out.stdout).unwrap();
    // The same ordinance from its JSON form and from its TOML gives the same decision.
    for file in [path.to_str().unwrap(), fixture] {
        let out = run(
            &["check", "--gemeente", "voorbeeld", "--ordinance", file, "-"],
            r#"{"age": 35, "volunteer_hours_per_week": 4}"#,
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["status"], "exempt", "{file}");
        assert_eq!(v["ordinance"]["id"], "voorbeeld");
    }
    // With --ordinance, the ids come from that file alone.
    let out = run(
        &[
            "check",
            "--gemeente",
            "rotterdam",
            "--ordinance",
            fixture,
            "-",
        ],
        r#"{"age": 35}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown municipality `rotterdam`; ids like it: voorbeeld"));
}

#[test]
fn check_with_a_broken_ordinance_names_every_problem() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/example.toml");
    let broken = std::fs::read_to_string(fixture)
        .unwrap()
        .replace("{ min = 4, max = 8 }", "{ min = 12, max = 4 }")
        .replace("valid_from = \"2016-01-01\"", "valid_from = \"2016-13-01\"");
    let path = temp_dir("broken-check").join("broken.toml");
    std::fs::write(&path, broken).unwrap();
    let out = run(
        &[
            "check",
            "--gemeente",
            "voorbeeld",
            "--ordinance",
            path.to_str().unwrap(),
            "-",
        ],
        r#"{"age": 35}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("hours_per_week.min (12) is above hours_per_week.max (4)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("valid_from `2016-13-01` is not a date"),
        "{stderr}"
    );
    assert!(stderr.contains("2 problem(s) found"), "{stderr}");
}

#[test]
fn the_date_flag_sets_the_day_of_the_check() {
    let on = |date: &str| {
        let out = run(
            &["check", "--gemeente", "rotterdam", "--date", date, "-"],
            r#"{"age": 67}"#,
        );
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    let (code, stdout, _) = on("2026-06-01");
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("\"status\": \"not_applicable\""),
        "67 is the AOW age in 2026"
    );
    // From 2027-01-01 the law is a version this checker does not know: a refusal that names
    // the change, the day and where the text is.
    let (code, stdout, stderr) = on("2028-06-01");
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty(), "no answer from the old rules: {stdout}");
    for part in [
        "law_changed",
        "2027-01-01",
        "2028-06-01",
        "Participatiewet in balans",
        "https://wetten.overheid.nl/BWBR0015703/2027-01-01",
    ] {
        assert!(stderr.contains(part), "{part}: {stderr}");
    }
    let (code, _, stderr) = on("2014-12-31");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("applies from 2015-01-01"), "{stderr}");
    let (code, _, stderr) = on("31-12-2026");
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("--date `31-12-2026` is not a date as YYYY-MM-DD"),
        "{stderr}"
    );
}

#[test]
fn schema_prints_the_readme_table() {
    let out = run(&["schema"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("| key | type, range | default | meaning |"));
}

// ---- simulate -----------------------------------------------------------------------------

/// Runs `simulate` and reads its report; it must exit 0.
fn simulate(args: &[&str], stdin: &str) -> serde_json::Value {
    let mut all = vec!["simulate"];
    all.extend_from_slice(args);
    let out = run(&all, stdin);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the report is JSON")
}

/// A summary's counts by status, all five named.
fn by_status(summary: &serde_json::Value) -> Vec<(String, u64)> {
    summary["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["status"].as_str().unwrap().to_string(),
                s["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn count(summary: &serde_json::Value, status: &str) -> u64 {
    by_status(summary)
        .into_iter()
        .find(|(s, _)| s == status)
        .unwrap_or_else(|| panic!("no status {status}"))
        .1
}

fn statuses(counts: [u64; 6]) -> Vec<(String, u64)> {
    [
        "not_applicable",
        "exempt",
        "fulfilled",
        "obligated",
        "discretionary",
        "ordinance_unknown",
    ]
    .iter()
    .map(|s| s.to_string())
    .zip(counts)
    .collect()
}

/// Overbetuwe's ordinance without its volunteer-work exemption: the rule, its citation and its
/// explanation cut out of the bundled file.
fn overbetuwe_without_volunteer_work() -> String {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/ordinances/overbetuwe.toml");
    let toml = std::fs::read_to_string(file).unwrap();
    let start = toml
        .find("[[rules]]\nid = \"vrijwilligerswerk-4-uur\"")
        .expect("Overbetuwe has the volunteer-work rule");
    let end = start + 1 + toml[start + 1..].find("[[rules]]").unwrap();
    let cut = &toml[start..end];
    assert!(cut.contains("[rules.citation]") && cut.contains("[rules.explanation]"));
    let draft = format!("{}{}", &toml[..start], &toml[end..]);
    assert!(!draft.contains("vrijwilligerswerk-4-uur"));
    draft
}

#[test]
fn simulate_counts_a_municipality_without_a_bundled_ordinance_by_what_the_law_settles() {
    // Amsterdam: no ordinance here. The law settles the 17-year-old (not applicable) and the
    // one with a single parent's exemption (art. 9 lid 7, exempt); for the other two the
    // ordinance decides, which this checker does not have.
    let csv = "id;age;single_parent_exemption\n\
               jong;17;\n\
               ouder;30;ja\n\
               a;35;\n\
               b;50;nee\n";
    let path = temp_dir("simulate-unknown").join("caseload.csv");
    std::fs::write(&path, csv).unwrap();
    let report = simulate(
        &[
            "--gemeente",
            "amsterdam",
            "--date",
            "2026-06-01",
            path.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(report["people"], 4);
    assert_eq!(report["rejected"]["count"], 0, "{report}");
    assert_eq!(by_status(&report["current"]), statuses([1, 1, 0, 0, 0, 2]));
}

#[test]
fn simulate_counts_a_caseload_by_status_ground_and_hours() {
    let csv = "id;age;volunteer_hours_per_week\n\
               vier-uur;35;4\n\
               zes-uur;52;6\n\
               twaalf-uur;28;12\n\
               niets;35;\n\
               twee-uur;44;2\n";
    let path = temp_dir("simulate").join("caseload.csv");
    std::fs::write(&path, csv).unwrap();
    let report = simulate(
        &[
            "--gemeente",
            "overbetuwe",
            "--date",
            "2026-06-01",
            path.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(report["people"], 5);
    assert_eq!(report["rejected"]["count"], 0);
    let current = &report["current"];
    assert_eq!(current["ordinance"], "overbetuwe");
    assert_eq!(current["not_in_force"], 0);
    // Four hours of volunteer work or more exempts; less, or none, leaves the obligation.
    assert_eq!(by_status(current), statuses([0, 3, 0, 2, 0, 0]));
    let grounds: Vec<(&str, u64)> = current["by_ground"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["rule"].as_str().unwrap(), g["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        grounds,
        [("plicht-tegenprestatie", 2), ("vrijwilligerswerk-4-uur", 3)]
    );
    // The obligated are given 4 to 8 hours a week, for 2 to 6 months.
    assert_eq!(current["hours_per_week"]["min"], 4.0);
    assert_eq!(current["hours_per_week"]["max"], 8.0);
    assert_eq!(current["hours_per_week"]["distribution"][0]["count"], 2);
    assert_eq!(current["duration"]["distribution"][0]["unit"], "months");
    assert!(report.get("draft").is_none() && report.get("differences").is_none());
}

#[test]
fn simulate_lists_bad_rows_by_row_and_field_and_still_counts_the_good_ones() {
    let csv = "id;age;volunteer_hours_per_week\n\
               a;35;\n\
               b;abc;4\n\
               c;40;6\n\
               d;50\n\
               e;61;0\n";
    let report = simulate(&["--gemeente", "overbetuwe", "-"], csv);
    assert_eq!(report["people"], 3);
    let rejected = &report["rejected"];
    assert_eq!(rejected["count"], 2);
    let rows = rejected["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    // Numbered as the spreadsheet numbers them: the header is row 1.
    assert_eq!(rows[0]["row"], 3);
    assert_eq!(rows[0]["field"], "age");
    assert!(rows[0]["message"].as_str().unwrap().contains("\"abc\""));
    assert_eq!(rows[1]["row"], 5);
    assert_eq!(rows[1]["field"], "");
    assert_eq!(
        rows[1]["message"],
        "has 2 cells where the header has 3 columns"
    );
    assert_eq!(by_status(&report["current"]), statuses([0, 1, 0, 2, 0, 0]));
}

#[test]
fn simulate_dates_the_rows_without_a_date_by_the_date_flag() {
    // Overbetuwe's ordinance applies from 2015-01-17: a row dated before it is not counted
    // under any status, but as not in force.
    let csv = "id;age;date\nvroeg;35;2014-06-01\nzonder-datum;35;\n";
    let report = simulate(&["-g", "overbetuwe", "--date", "2026-06-01", "-"], csv);
    assert_eq!(report["people"], 2);
    assert_eq!(report["current"]["not_in_force"], 1);
    assert_eq!(count(&report["current"], "obligated"), 1);
    let report = simulate(&["-g", "overbetuwe", "--date=2014-12-31", "-"], csv);
    assert_eq!(report["current"]["not_in_force"], 2);
}

#[test]
fn simulate_refuses_an_unreadable_header_and_an_unknown_municipality() {
    let out = run(
        &["simulate", "--gemeente", "overbetuwe", "-"],
        "id;leeftijd\n1;35\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("column `leeftijd` is not a known field; allowed are id, date"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    let out = run(&["simulate", "--gemeente", "overbetuwe", "-"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the file is empty"));

    let out = run(&["simulate", "--gemeente", "utopia", "-"], "age\n35\n");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("unknown municipality `utopia`; no id is like it"),
        "{stderr}"
    );
    // A near miss names the ids like it.
    let out = run(&["simulate", "--gemeente", "Overbetuw", "-"], "age\n35\n");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("ids like it: overbetuwe"), "{stderr}");

    // A statute is not a rule set to compare with.
    let statute = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/ordinances/participatiewet.toml"
    );
    let out = run(
        &["simulate", "-g", "overbetuwe", "--compare", statute, "-"],
        "age\n35\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--compare needs a municipality's ordinance"));
}

#[test]
fn simulate_compare_groups_the_people_a_draft_changes() {
    use tegenprestatie_check::{caseload_file, contract, date::Date};
    let day = Date::parse("2026-06-01").unwrap();
    let people: Vec<_> = [
        // Volunteers whom the draft no longer exempts.
        r#"{"age": 35, "volunteer_hours_per_week": 4}"#,
        r#"{"age": 48, "volunteer_hours_per_week": 7.5}"#,
        r#"{"age": 23, "volunteer_hours_per_week": 16}"#,
        // Exempt for two reasons: still exempt, on one ground fewer.
        r#"{"age": 41, "volunteer_hours_per_week": 6, "caregiving_hours_per_week": 10}"#,
        // Nothing changes for these.
        r#"{"age": 35}"#,
        r#"{"age": 60, "volunteer_hours_per_week": 2}"#,
        r#"{"age": 30, "part_time_work_hours_per_week": 24}"#,
        r#"{"age": 17}"#,
    ]
    .iter()
    .map(|json| contract::answers_from_str(json, day).unwrap())
    .collect();
    let dir = temp_dir("simulate-compare");
    let caseload = dir.join("caseload.csv");
    std::fs::write(&caseload, caseload_file::write(&people)).unwrap();
    let draft = overbetuwe_without_volunteer_work();
    let same_id = dir.join("draft.toml");
    std::fs::write(&same_id, &draft).unwrap();
    // A draft that names the municipality otherwise is compared all the same.
    let other_id = dir.join("draft-other-id.toml");
    std::fs::write(
        &other_id,
        draft.replace(
            "{ id = \"overbetuwe\", name = \"Overbetuwe\" }",
            "{ id = \"overbetuwe-concept\", name = \"Overbetuwe (concept)\" }",
        ),
    )
    .unwrap();
    for draft in [&same_id, &other_id] {
        let report = simulate(
            &[
                "--gemeente",
                "overbetuwe",
                "--compare",
                draft.to_str().unwrap(),
                caseload.to_str().unwrap(),
            ],
            "",
        );
        assert_eq!(report["people"], 8, "{}", draft.display());
        assert_eq!(count(&report["current"], "exempt"), 5);
        assert_eq!(count(&report["draft"], "exempt"), 2);
        assert_eq!(count(&report["draft"], "obligated"), 5);
        let differences = &report["differences"];
        assert_eq!(differences["changed"], 4);
        assert_eq!(differences["unchanged"], 4);
        let groups = differences["groups"].as_array().unwrap();
        assert_eq!(groups.len(), 2, "{differences:#}");
        let status = &groups[0];
        assert_eq!(status["how"], serde_json::json!(["status"]));
        assert_eq!(status["count"], 3);
        assert_eq!(status["before"]["status"], "exempt");
        assert_eq!(
            status["before"]["grounds"],
            serde_json::json!(["vrijwilligerswerk-4-uur"])
        );
        assert_eq!(status["after"]["status"], "obligated");
        assert_eq!(status["after"]["hours_per_week"]["max"], 8.0);
        let example = &status["example"];
        assert!(
            example["answers"]["volunteer_hours_per_week"]
                .as_f64()
                .unwrap()
                >= 4.0
        );
        assert!((2..=4).contains(&example["row"].as_u64().unwrap()));
        let grounds = &groups[1];
        assert_eq!(grounds["how"], serde_json::json!(["grounds"]));
        assert_eq!(grounds["count"], 1);
        assert_eq!(grounds["after"]["status"], "exempt");
        assert_eq!(grounds["example"]["row"], 5);
    }
}

/// Runs `simulate` on a file and watches its peak resident memory (`VmHWM` in `/proc`, read
/// every 20 ms while it runs; the last reading is the peak up to then). Returns the report,
/// the peak in kB and the time taken.
#[cfg(target_os = "linux")]
fn simulate_watched(args: &[&str]) -> (serde_json::Value, u64, std::time::Duration) {
    use std::io::Read;
    use std::time::{Duration, Instant};
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tegenprestatie"))
        // "Today" for a check without a date: the test day, never the machine's clock.
        .env("TEGENPRESTATIE_TODAY", "2026-06-01")
        .arg("simulate")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // Read the output as it comes, so a full pipe never stalls the child.
    let drain = |mut from: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            from.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        // Gone (or its memory already released) once it exits: keep the last reading.
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak_kb = kb;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    assert_eq!(status.code(), Some(0), "{}", text(&stderr));
    assert!(peak_kb > 0, "no reading of the child's memory");
    let report = serde_json::from_slice(&stdout).expect("the report is JSON");
    (report, peak_kb, elapsed)
}

/// Writes a caseload of `n` people with varied answers; returns how many of them are exempt
/// under Overbetuwe's ordinance and how many under the draft without the volunteer-work rule.
#[cfg(target_os = "linux")]
fn write_caseload(path: &std::path::Path, n: u64) -> (u64, u64) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(
        file,
        "id;age;volunteer_hours_per_week;caregiving_hours_per_week"
    )
    .unwrap();
    let (mut exempt, mut exempt_in_draft) = (0, 0);
    for i in 0..n {
        let (age, volunteer) = (18 + i % 48, i % 7);
        // Two in three leave caregiving empty.
        let caregiving = (i % 3 == 0).then_some(i % 11);
        match caregiving {
            Some(c) => writeln!(file, "p{i};{age};{volunteer};{c}"),
            None => writeln!(file, "p{i};{age};{volunteer};"),
        }
        .unwrap();
        let cares = caregiving.is_some_and(|c| c >= 8);
        exempt += u64::from(volunteer >= 4 || cares);
        exempt_in_draft += u64::from(cares);
    }
    file.flush().unwrap();
    (exempt, exempt_in_draft)
}

/// Simulates `n` rows against the draft; checks the counts; returns the peak memory in kB.
#[cfg(target_os = "linux")]
fn simulate_rows(n: u64) -> u64 {
    let dir = temp_dir(&format!("simulate-{n}"));
    let caseload = dir.join("caseload.csv");
    let (exempt, exempt_in_draft) = write_caseload(&caseload, n);
    let draft = dir.join("draft.toml");
    std::fs::write(&draft, overbetuwe_without_volunteer_work()).unwrap();
    let (report, peak_kb, elapsed) = simulate_watched(&[
        "--gemeente",
        "overbetuwe",
        "--date",
        "2026-06-01",
        "--compare",
        draft.to_str().unwrap(),
        caseload.to_str().unwrap(),
    ]);
    std::fs::remove_dir_all(&dir).unwrap();
    eprintln!(
        "simulate --compare, {n} rows: {:.1} s, peak RSS {:.1} MB",
        elapsed.as_secs_f64(),
        peak_kb as f64 / 1024.0
    );
    assert_eq!(report["people"], n);
    assert_eq!(report["rejected"]["count"], 0);
    assert_eq!(count(&report["current"], "exempt"), exempt);
    assert_eq!(count(&report["current"], "obligated"), n - exempt);
    assert_eq!(count(&report["draft"], "exempt"), exempt_in_draft);
    assert_eq!(
        report["differences"]["changed"].as_u64().unwrap()
            + report["differences"]["unchanged"].as_u64().unwrap(),
        n
    );
    assert!(
        peak_kb < 64 * 1024,
        "{n} rows took a peak of {peak_kb} kB (limit 64 MB)"
    );
    peak_kb
}

#[test]
#[cfg(target_os = "linux")]
fn simulate_reads_a_million_rows_in_constant_memory() {
    let small = simulate_rows(100_000);
    let large = simulate_rows(1_000_000);
    // Ten times the rows, not more memory: the file is streamed, never held.
    assert!(
        (large as f64) < 1.5 * small as f64 + 8.0 * 1024.0,
        "100,000 rows: {small} kB; 1,000,000 rows: {large} kB"
    );
}

/// The day `--date` gives is the day the answers are checked against, and the day they are
/// decided for: a birth date after it is refused, naming both fields (it used to be decided as
/// "younger than 18"), and an age that contradicts the birth date on that day too.
#[test]
fn the_date_flag_is_the_one_day_the_answers_are_checked_and_decided_for() {
    let out = run(
        &["check", "-g", "rotterdam", "--date", "2026-06-01", "-"],
        r#"{"birth_date": "2026-09-01"}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("field `birth_date`: 2026-09-01 is after `date` 2026-06-01"),
        "{stderr}"
    );
    let out = run(
        &["check", "-g", "rotterdam", "--date", "2026-06-01", "-"],
        r#"{"birth_date": "1990-07-01", "age": 36, "date": "2026-08-01"}"#,
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "35 on 2026-06-01, the day of --date"
    );
    assert!(
        text(&out.stderr).contains(
            "field `age`: 36 does not match birth_date 1990-07-01: on 2026-06-01 that is 35"
        ),
        "{}",
        text(&out.stderr)
    );
}

/// A caseload row dated from 2027-01-01 is counted apart: the law changed, and no outcome comes
/// from the 2015 rules for it.
#[test]
fn simulate_counts_the_rows_after_the_law_changed_apart() {
    let csv = "id;age;date\noud;35;2026-12-31\nnieuw;35;2027-01-01\nvroeg;35;2014-06-01\n";
    let report = simulate(&["-g", "overbetuwe", "-"], csv);
    assert_eq!(report["people"], 3);
    assert_eq!(report["current"]["law_changed"], 1);
    assert_eq!(report["current"]["not_in_force"], 1);
    assert_eq!(count(&report["current"], "obligated"), 1);
}

/// `TEGENPRESTATIE_TODAY` is the CLI's "today": on 2027-01-05 a check without a date is refused,
/// for the law changed on 2027-01-01.
#[test]
fn today_can_be_set_and_from_2027_a_check_without_a_date_is_refused() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tegenprestatie"))
        .env("TEGENPRESTATIE_TODAY", "2027-01-05")
        .args(["check", "-g", "rotterdam", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let _ = child.stdin.take().unwrap().write_all(br#"{"age": 40}"#);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("law_changed"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn lint_names_what_a_reviewer_checks_with_lines_and_claims() {
    let skeleton = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/workbench/oldenzaal-skeleton.toml"
    );
    let out = run(&["lint", skeleton], "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    // The first line that names the place (a comment does not count).
    let first = std::fs::read_to_string(skeleton)
        .unwrap()
        .lines()
        .position(|l| !l.starts_with('#') && l.contains("{{uren per week}}"))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!(
            "oldenzaal-skeleton.toml:{first}: error: {{{{uren per week}}}}: still to fill in (line {first}, "
        )),
        "{stderr}"
    );
    assert!(stderr.contains("7 problem(s) found"), "{stderr}");

    let overbetuwe = concat!(env!("CARGO_MANIFEST_DIR"), "/ordinances/overbetuwe.toml");
    let claims = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/claims/ordinances.toml");
    let out = run(&["lint", "--claims", claims, overbetuwe], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("ordinance overbetuwe is valid (6 rules, 1 municipalities)"),
        "{stdout}"
    );

    // A claim that no longer holds is an error; a threshold without a claim on one side a warning.
    let dir = temp_dir("lint-claims");
    let wrong = dir.join("wrong.toml");
    std::fs::write(
        &wrong,
        "[[claim]]\nsays = \"x\"\ngemeente = \"overbetuwe\"\nanswers = { age = 35, volunteer_hours_per_week = 4 }\nstatus = \"obligated\"\n",
    )
    .unwrap();
    let out = run(
        &["lint", "--claims", wrong.to_str().unwrap(), overbetuwe],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error: claim \"x\""), "{stderr}");
    assert!(
        stderr.contains("has no claim on the side where it does not hold")
            || stderr.contains("has no claim on either side"),
        "{stderr}"
    );

    // A version from 2027 on: this checker knows no statute then, and lint says so.
    let later = dir.join("later.toml");
    let text_2027 = std::fs::read_to_string(overbetuwe).unwrap().replacen(
        "valid_from = \"2015-01-17\"",
        "valid_from = \"2027-02-01\"",
        1,
    );
    std::fs::write(&later, text_2027).unwrap();
    let out = run(&["lint", later.to_str().unwrap()], "");
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(all.contains("does not know the statute's rules"), "{all}");
}
