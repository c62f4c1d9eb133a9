//! Writes the fuzzers' seed corpus (`fuzz/seeds/<door>/*`) from the bundled ordinances,
//! the legal claims and the contract's examples, each through the product's own writers so a
//! seed reaches deep into its door. `scripts/fuzz.sh` runs it; the seeds are committed.
//!
//! cargo run --example fuzz_seeds

use std::fs;
use std::path::Path;

use serde_json::{json, Value};
use tegenprestatie_check::caseload_file;
use tegenprestatie_check::catalog;
use tegenprestatie_check::contract;
use tegenprestatie_check::doors;
use tegenprestatie_check::flow::intake;
use tegenprestatie_check::flow::share;
use tegenprestatie_check::flow::state::{Env, Lang};
use tegenprestatie_check::model::Ordinance;
use tegenprestatie_check::workbench;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("fuzz/seeds");
    let write = |door: &str, name: &str, bytes: &[u8]| -> std::io::Result<()> {
        let dir = corpus.join(door);
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(name), bytes)
    };
    let env = Env {
        catalog: catalog::bundled(),
        today: doors::today(),
    };

    // Ordinances: every bundled file as written, and as the JSON a host page supplies.
    let mut ordinance_paths: Vec<_> = fs::read_dir(root.join("ordinances"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    ordinance_paths.push(root.join("tests/fixtures/example.toml"));
    ordinance_paths.sort();
    for path in &ordinance_paths {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("x");
        let text = fs::read_to_string(path)?;
        write("ordinance_file", &format!("{name}.toml"), text.as_bytes())?;
        write("workbench_text", &format!("{name}.toml"), text.as_bytes())?;
        if let Ok(ordinance) = toml::from_str::<Ordinance>(&text) {
            let json = serde_json::to_string(&ordinance)?;
            write("ordinance_file", &format!("{name}.json"), json.as_bytes())?;
            // The workbench shows a draft as pretty JSON, and problems by line.
            let pretty = workbench::to_json(&ordinance);
            write("workbench_text", &format!("{name}.json"), pretty.as_bytes())?;
            let unlawful = pretty.replacen("\"max\": ", "\"max\": 40", 1);
            write(
                "workbench_text",
                &format!("{name}-40h.json"),
                unlawful.as_bytes(),
            )?;
        }
    }

    write(
        "workbench_text",
        "template.toml",
        workbench::state::TEMPLATE.as_bytes(),
    )?;

    // The claims' people, in every form a door takes them.
    let mut people = Vec::new();
    for file in ["law", "ordinances"] {
        let text = fs::read_to_string(root.join(format!("tests/claims/{file}.toml")))?;
        write(
            "workbench_text",
            &format!("claims-{file}.toml"),
            text.as_bytes(),
        )?;
        let table: toml::Table = toml::from_str(&text)?;
        let claims = table["claim"].as_array().ok_or("claims are a list")?;
        for (i, claim) in claims.iter().enumerate() {
            let gemeente = claim["gemeente"].as_str().ok_or("a gemeente")?;
            let answers = serde_json::to_value(&claim["answers"])?;
            let name = format!("{file}-{i:03}");
            write("answers_json", &name, answers.to_string().as_bytes())?;
            let Ok(read) = contract::answers_from_json(&answers, env.today) else {
                continue;
            };
            people.push(read);
            let mut fragment = format!("taal=nl&stap=uitkomst&gemeente={gemeente}");
            let given = contract::answers_to_json(&read);
            for (key, value) in given.as_object().into_iter().flatten() {
                let value = match value {
                    Value::Null => "unknown".into(),
                    Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                fragment.push_str(&format!("&{key}={value}"));
            }
            for (gate, fact) in [
                ("gives_care", "caregiving_hours_per_week"),
                ("volunteers", "volunteer_hours_per_week"),
                ("has_part_time_work", "part_time_work_hours_per_week"),
            ] {
                let yes = given[fact].as_f64().is_some_and(|h| h > 0.0);
                fragment.push_str(&format!("&{gate}={}", if yes { "yes" } else { "no" }));
            }
            let state = share::decode(&fragment, &env).unwrap_or_default();
            write("url_fragment", &name, share::encode(&state).as_bytes())?;
            // The same answers with a letter's form: a person, a decision, a reason.
            let form = "\nnaam=Anna {Zegwaard}\nstraat=Lindelaan 17\npostcode=3011 XY Rotterdam\nklantnummer=KL-1\nbesluitdatum=13-11-2026\nkenmerk=TP/1\nuren=32\nmaanden=7\nredenen=Het werk is betaald werk.\nactiviteit=voedselbank\nactiviteit-uren=8\nactiviteit-sinds=1-4-2025\nvandaag=2027-01-05";
            write(
                "letter_form",
                &name,
                format!("{}{form}", share::encode(&state)).as_bytes(),
            )?;
            let follow_up = json!({
                "gives_care": given["caregiving_hours_per_week"].as_f64().is_some_and(|h| h > 0.0),
                "volunteers": given["volunteer_hours_per_week"].as_f64().is_some_and(|h| h > 0.0),
            });
            let file = json!({
                "format": intake::FORMAT, "version": intake::VERSION,
                "municipalities": [gemeente], "answers": answers,
                "follow_up": follow_up, "start_date": "2027-01-04",
                "note": "Ziet op tegen groepswerk; wil 's ochtends.",
            });
            let text = match intake::read(&file.to_string(), &env, Lang::Nl) {
                Ok(desk) => intake::write(&desk, &env).unwrap_or_else(|_| file.to_string()),
                Err(_) => file.to_string(),
            };
            write("intake_file", &name, text.as_bytes())?;
        }
    }
    let example = fs::read(root.join("tests/fixtures/example.json"))?;
    write("ordinance_file", "example-fixture.json", &example)?;

    // Caseloads: all the claims' people, a few at a time, and in the other separators.
    let all = caseload_file::write(&people);
    write("caseload_csv", "claims-all.csv", all.as_bytes())?;
    for (i, chunk) in people.chunks(8).enumerate() {
        write(
            "caseload_csv",
            &format!("claims-{i:02}.csv"),
            caseload_file::write(chunk).as_bytes(),
        )?;
    }
    let few = caseload_file::write(&people[..4.min(people.len())]);
    write(
        "caseload_csv",
        "comma.csv",
        few.replace(',', ".").replace(';', ",").as_bytes(),
    )?;
    write("caseload_csv", "tab.csv", few.replace(';', "\t").as_bytes())?;
    let bad = "id;age;benefit;volunteer_hours_per_week\n1;35;participatiewet;4\n2;abc;;\n3;40;bijstand;2\n4;17\n5;70;ioaw;12,5\n";
    write("caseload_csv", "bad-rows.csv", bad.as_bytes())?;
    write(
        "caseload_csv",
        "dates.csv",
        b"date;birth_date;benefit\n2027-01-04;4-1-1990;ioaz\n2027-01-04;1958-03-01;\n",
    )?;

    // Language packs: each language's pack as the build writes it, and each cut in half.
    for entry in fs::read_dir(root.join("locales"))? {
        let dir = entry?.path();
        let code = dir
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or("x")
            .to_string();
        if code == "nl" {
            continue;
        }
        let mut files: Vec<_> = fs::read_dir(&dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        files.sort();
        let texts: Vec<String> = files
            .iter()
            .map(fs::read_to_string)
            .collect::<Result<_, _>>()?;
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let pack = tegenprestatie_check::i18n::pack::write(
            &code,
            tegenprestatie_check::flow::texts::languages::PACK_VERSION,
            &refs,
        );
        write("language_pack", &format!("{code}.bin"), &pack)?;
        write(
            "language_pack",
            &format!("{code}-cut.bin"),
            &pack[..pack.len() / 2],
        )?;
    }
    Ok(())
}
