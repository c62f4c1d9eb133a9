//! The command-line adapter, run as a person would run it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tegenprestatie"))
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
fn list_shows_all_thirty_with_versions() {
    let out = run(&["list"], "");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 30);
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
    assert!(text(&out.stderr).contains("unknown municipality `rotterdam`; known are: voorbeeld"));
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
    let (code, stdout, _) = on("2028-06-01");
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("\"hinges_on_months\": true"),
        "67 and 3 months in 2028"
    );
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
