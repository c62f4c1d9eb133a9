//! The caseload file: a CSV a municipality exports from its own systems, read row by row. Each
//! row is a person or an error with its row number; the header decides the separator; cells are read
//! as Dutch spreadsheets write them.

use tegenprestatie_check::caseload_file::{self, FileError, Person, RowError};
use tegenprestatie_check::contract;
use tegenprestatie_check::date::Date;
use tegenprestatie_check::facts::Fact;

fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

fn rows(text: &str) -> Vec<Result<Person, RowError>> {
    caseload_file::read(text.as_bytes(), today())
        .expect("a readable header")
        .collect()
}

fn person(row: &Result<Person, RowError>) -> &Person {
    row.as_ref().expect("a person")
}

#[test]
fn a_dutch_spreadsheet_export_reads_as_the_contract_reads_json() {
    let text = "id;age;benefit;volunteer_hours_per_week;caregiving_necessary;date\n\
                a1;35;participatiewet;7,5;onbekend;4-1-2027\n\
                a2;19;ioaw;;ja;\n";
    let read = rows(text);
    assert_eq!(read.len(), 2);
    let first = person(&read[0]);
    assert_eq!((first.row, first.id.as_deref()), (2, Some("a1")));
    let json = serde_json::json!({
        "age": 35, "benefit": "participatiewet", "volunteer_hours_per_week": 7.5,
        "caregiving_necessary": null, "date": "2027-01-04",
    });
    let expected = contract::answers_from_json(&json, today()).unwrap();
    assert_eq!(format!("{:?}", first.answers), format!("{expected:?}"));
    // An empty cell is an absent field: its default, and today as the date of the check.
    let second = person(&read[1]);
    let expected = contract::answers_from_json(
        &serde_json::json!({ "age": 19, "benefit": "ioaw", "caregiving_necessary": true }),
        today(),
    )
    .unwrap();
    assert_eq!(format!("{:?}", second.answers), format!("{expected:?}"));
}

#[test]
fn the_separator_is_the_headers_comma_semicolon_or_tab() {
    for text in [
        "age,benefit\n40,ioaz\n",
        "age;benefit\n40;ioaz\n",
        "age\tbenefit\n40\tioaz\n",
        "\u{feff}age;benefit\r\n40;ioaz\r\n",
    ] {
        let read = rows(text);
        assert_eq!(read.len(), 1, "{text:?}");
        let p = person(&read[0]);
        assert_eq!(p.answers.choice(Fact::Benefit), Some("ioaz"), "{text:?}");
        assert_eq!(p.answers.get(Fact::Age), 40.0, "{text:?}");
    }
}

#[test]
fn bad_rows_are_listed_with_their_row_and_the_good_ones_still_count() {
    let text = "id;age;benefit;volunteer_hours_per_week\n\
                1;35;participatiewet;4\n\
                2;abc;;\n\
                3;40;bijstand;2\n\
                4;17\n\
                5;70;ioaw;12,5\n\
                6;;;\n";
    let read = rows(text);
    let errors: Vec<(u64, &str)> = read
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| (e.row, e.field.as_str()))
        .collect();
    assert_eq!(
        errors,
        vec![(3, "age"), (4, "benefit"), (5, ""), (7, "age")],
        "{read:#?}"
    );
    let good: Vec<u64> = read
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|p| p.row)
        .collect();
    assert_eq!(good, vec![2, 6]);
    let message = &read[3].as_ref().unwrap_err().message;
    assert_eq!(message, "has 2 cells where the header has 4 columns");
    let benefit = &read[2].as_ref().unwrap_err().message;
    assert!(benefit.contains("\"bijstand\""), "{benefit}");
}

#[test]
fn a_header_that_is_not_the_contracts_is_refused_by_name() {
    let refused = |text: &str| caseload_file::read(text.as_bytes(), today()).err();
    assert_eq!(
        refused("age;leeftijd\n"),
        Some(FileError::UnknownColumn("leeftijd".into()))
    );
    assert_eq!(
        refused("age;benefit;age\n"),
        Some(FileError::DuplicateColumn("age".into()))
    );
    // Derived facts are not answers.
    assert_eq!(
        refused("age;volunteer_start_after_benefit_months\n"),
        Some(FileError::UnknownColumn(
            "volunteer_start_after_benefit_months".into()
        ))
    );
    assert_eq!(refused(""), Some(FileError::Empty));
    let message = FileError::UnknownColumn("leeftijd".into()).to_string();
    assert!(
        message.contains("allowed are id, date, birth_date, age"),
        "{message}"
    );
}

#[test]
fn a_cell_that_is_not_text_spoils_its_row_only() {
    let mut bytes = b"id;age\n1;30\n2;".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
    bytes.extend_from_slice(b"3;41\n");
    let read: Vec<_> = caseload_file::read(&bytes[..], today()).unwrap().collect();
    assert_eq!(read.len(), 3);
    assert_eq!(read[1].as_ref().unwrap_err().row, 3);
    assert_eq!(person(&read[2]).answers.get(Fact::Age), 41.0);
}

#[test]
fn the_template_reads_back_as_the_people_it_was_written_from() {
    let people: Vec<_> = [
        serde_json::json!({ "age": 35, "volunteer_hours_per_week": 7.5, "benefit": "ioaz" }),
        serde_json::json!({ "birth_date": "1990-03-15", "caregiving_necessary": null }),
        serde_json::json!({ "age": 50, "single_parent_exemption": true, "target_group": "blijver" }),
    ]
    .iter()
    .map(|j| contract::answers_from_json(j, today()).unwrap())
    .collect();
    let text = caseload_file::write(&people);
    let read: Vec<_> = rows(&text).into_iter().map(|r| r.unwrap()).collect();
    let answers: Vec<_> = read.iter().map(|p| p.answers).collect();
    assert_eq!(format!("{answers:?}"), format!("{people:?}"));
    // Each row has a number in the `id` column, to find the person back in the results.
    let ids: Vec<_> = read.iter().map(|p| p.id.as_deref()).collect();
    assert_eq!(ids, vec![Some("1"), Some("2"), Some("3")]);
}

#[test]
fn rows_are_numbered_as_a_spreadsheet_numbers_them() {
    // A cell over two lines, and an old file's lone carriage returns.
    let read = rows("id;age\n\"a\nb\";30\n2;31\r3;abc\r");
    let numbers: Vec<u64> = read
        .iter()
        .map(|r| r.as_ref().map_or_else(|e| e.row, |p| p.row))
        .collect();
    assert_eq!(numbers, vec![2, 3, 4]);
    assert_eq!(person(&read[0]).id.as_deref(), Some("a\nb"));
    assert_eq!(
        read[2].as_ref().unwrap_err().to_string(),
        "row 4: field `age`: must be a whole number from 0 to 130, got \"abc\""
    );
}

#[test]
fn rows_of_empty_cells_are_skipped_and_still_numbered() {
    // Spreadsheets write the rows they count as used, empty ones too.
    let read = rows("id;age;volunteer_hours_per_week\na;30;\n;;\n  ; ;\nb;abc;\n;;\n");
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(person(&read[0]).row, 2);
    let bad = read[1].as_ref().unwrap_err();
    assert_eq!((bad.row, bad.field.as_str()), (5, "age"));
    assert!(bad.nl.contains("heel getal"), "{}", bad.nl);
}
