//! A caseload as a CSV file: one row per person, one column per answer, named by the contract's
//! answer keys (`age`, `volunteer_hours_per_week`, …), plus an optional `id` column that is
//! carried along and never read as an answer.
//!
//! Read row by row from any `io::Read`, so a file of any length takes constant memory. The
//! separator is what the header uses (`;` as Dutch spreadsheets write it, `,` or a tab). Each
//! cell is read by its field's kind (`contract::answer_from_text`): `ja`/`nee`, `7,5` or `7.5`,
//! `4-1-2027` or `2027-01-04`; an empty cell is an absent field. A bad row is an error with its
//! row number (as a spreadsheet numbers it: the header is row 1) and field; the rows after
//! it are still read.

use std::io::{self, BufRead, BufReader};

use crate::answers::Answers;
use crate::contract::{self, InputError};
use crate::date::Date;
use crate::facts::{Fact, Kind, Origin, Spec};

/// The column that names a row; never read as an answer.
pub const ID_COLUMN: &str = "id";

/// Why a caseload file cannot be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// No header line.
    Empty,
    /// A header cell that is not an answer key (nor `id`).
    UnknownColumn(String),
    /// The same column twice.
    DuplicateColumn(String),
    /// The header could not be read (not UTF-8, or the input failed).
    Unreadable(String),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Empty => {
                write!(f, "the file is empty: the first line must name the columns")
            }
            FileError::UnknownColumn(c) => write!(
                f,
                "column `{c}` is not a known field; allowed are {ID_COLUMN}, {}",
                contract::fields().collect::<Vec<_>>().join(", ")
            ),
            FileError::DuplicateColumn(c) => write!(f, "column `{c}` appears twice"),
            FileError::Unreadable(why) => write!(f, "the first line cannot be read: {why}"),
        }
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// The same in plain Dutch, for the workbench.
    pub fn nl(&self) -> String {
        match self {
            FileError::Empty => "het bestand is leeg: de eerste regel noemt de kolommen".into(),
            FileError::UnknownColumn(c) => format!(
                "kolom `{c}` is onbekend. Gebruik de kolomnamen van het voorbeeldbestand: \
                 {ID_COLUMN}, {}",
                contract::fields().collect::<Vec<_>>().join(", ")
            ),
            FileError::DuplicateColumn(c) => format!("kolom `{c}` staat er twee keer in"),
            FileError::Unreadable(_) => {
                "de eerste regel kan niet worden gelezen: sla het bestand op als CSV UTF-8".into()
            }
        }
    }
}

/// One person of the caseload.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The row as a spreadsheet numbers it: the header is row 1 (a cell may span lines, and
    /// old files end lines with a lone carriage return, so this is not always the line).
    pub row: u64,
    /// The `id` cell, if the file has that column and it is not empty.
    pub id: Option<String>,
    pub answers: Answers,
}

/// Why one row was not counted.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub row: u64,
    /// The field at fault; empty when the row as a whole is wrong.
    pub field: String,
    pub message: String,
    /// The same in plain Dutch, for the workbench.
    pub nl: String,
}

/// What a cell of this fact may hold, in Dutch, as a spreadsheet user types it.
fn allowed_nl(spec: &Spec) -> String {
    let unknown = if spec.nullable { ", of onbekend" } else { "" };
    let n = |v: f64| crate::number::format(v, ',');
    match spec.kind {
        Kind::Bool => format!("ja of nee{unknown}"),
        Kind::Number { min, max, whole } => format!(
            "een {}getal van {} tot en met {}{unknown}",
            if whole { "heel " } else { "" },
            n(min),
            n(max)
        ),
        Kind::Choice(options) => format!("een van: {}{unknown}", options.join(", ")),
        Kind::Date => format!("een datum, zoals 4-1-2027{unknown}"),
    }
}

/// The Dutch for a check of the answers as a whole (`contract::answers_from_fields`).
fn whole_row_nl(e: &InputError) -> String {
    match e.field.as_str() {
        "age" if e.message.starts_with("is required") => {
            "leeftijd ontbreekt: vul age of birth_date in".into()
        }
        "age" => "age past niet bij birth_date op de datum van de check".into(),
        "birth_date" => "birth_date ligt na de datum van de check".into(),
        _ => format!("klopt niet: {}", e.message),
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "row {}: {}", self.row, self.message)
        } else {
            write!(
                f,
                "row {}: field `{}`: {}",
                self.row, self.field, self.message
            )
        }
    }
}

enum Column {
    Id,
    Answer(&'static Spec),
}

/// The rows of a caseload file, one `Result` per row.
pub struct Rows<R: io::Read> {
    reader: csv::Reader<R>,
    columns: Vec<Column>,
    record: csv::StringRecord,
    today: Date,
    /// The row last read (the header is row 1).
    row: u64,
    done: bool,
}

/// The separator the header line uses: the most frequent of `;`, `,` and tab (`,` on a tie).
fn separator(first_line: &[u8]) -> u8 {
    let count = |c: u8| first_line.iter().filter(|&&b| b == c).count();
    [b';', b'\t']
        .into_iter()
        .filter(|&c| count(c) > count(b','))
        .max_by_key(|&c| count(c))
        .unwrap_or(b',')
}

/// Opens a caseload file: reads and checks its header. `today` is the date of the check for
/// rows without a `date`.
pub fn read<R: io::Read>(input: R, today: Date) -> Result<Rows<BufReader<R>>, FileError> {
    let mut input = BufReader::with_capacity(64 * 1024, input);
    let head = input
        .fill_buf()
        .map_err(|e| FileError::Unreadable(e.to_string()))?;
    let first_line = head
        .split(|&b| b == b'\n' || b == b'\r')
        .next()
        .unwrap_or_default();
    let delimiter = separator(first_line);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(input);
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => return Err(FileError::Unreadable(e.to_string())),
    };
    if header.iter().all(|c| c.trim().is_empty()) {
        return Err(FileError::Empty);
    }
    let mut columns: Vec<Column> = Vec::with_capacity(header.len());
    let mut seen: Vec<&str> = Vec::with_capacity(header.len());
    for name in header.iter().map(str::trim) {
        if seen.contains(&name) {
            return Err(FileError::DuplicateColumn(name.into()));
        }
        seen.push(name);
        columns.push(if name == ID_COLUMN {
            Column::Id
        } else {
            match Fact::from_key(name).map(Fact::spec) {
                Some(spec) if spec.origin == Origin::Answer => Column::Answer(spec),
                _ => return Err(FileError::UnknownColumn(name.into())),
            }
        });
    }
    Ok(Rows {
        reader,
        columns,
        record: csv::StringRecord::new(),
        today,
        row: 1,
        done: false,
    })
}

impl<R: io::Read> Rows<R> {
    /// The answer keys of the columns, in the file's order (`id` included).
    pub fn columns(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|c| match c {
            Column::Id => ID_COLUMN,
            Column::Answer(spec) => spec.key,
        })
    }

    fn person(&self, row: u64) -> Result<Person, RowError> {
        let row_error = |e: InputError, nl: String| RowError {
            row,
            field: e.field,
            message: e.message,
            nl,
        };
        if self.record.len() != self.columns.len() {
            return Err(RowError {
                row,
                field: String::new(),
                message: format!(
                    "has {} cells where the header has {} columns",
                    self.record.len(),
                    self.columns.len()
                ),
                nl: format!(
                    "heeft {} cellen, maar de kopregel heeft {} kolommen",
                    self.record.len(),
                    self.columns.len()
                ),
            });
        }
        let mut id = None;
        let mut fields = Vec::with_capacity(self.columns.len());
        for (column, cell) in self.columns.iter().zip(self.record.iter()) {
            match column {
                _ if cell.trim().is_empty() => {}
                Column::Id => id = Some(cell.trim().to_string()),
                Column::Answer(spec) => fields.push((
                    spec.fact,
                    contract::answer_from_text(spec, cell).map_err(|e| {
                        let nl =
                            format!("moet {} zijn, niet \"{}\"", allowed_nl(spec), cell.trim());
                        row_error(e, nl)
                    })?,
                )),
            }
        }
        let answers = contract::answers_from_fields(fields, self.today).map_err(|e| {
            let nl = whole_row_nl(&e);
            row_error(e, nl)
        })?;
        Ok(Person { row, id, answers })
    }
}

impl<R: io::Read> Iterator for Rows<R> {
    type Item = Result<Person, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut result = self.reader.read_record(&mut self.record);
        if !matches!(result, Ok(false)) {
            self.row += 1;
        }
        // A row of empty cells (`;;;`, as spreadsheets write rows they count as used) is no
        // person: skipped, its number counted.
        while matches!(result, Ok(true)) && self.record.iter().all(|c| c.trim().is_empty()) {
            result = self.reader.read_record(&mut self.record);
            if !matches!(result, Ok(false)) {
                self.row += 1;
            }
        }
        match result {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => Some(self.person(self.row)),
            Err(e) => {
                // A cell that is not UTF-8 spoils its row only; an input that fails ends the file.
                if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                    self.done = true;
                }
                Some(Err(RowError {
                    row: self.row,
                    field: String::new(),
                    message: match e.kind() {
                        csv::ErrorKind::Utf8 { .. } => "is not text in UTF-8".into(),
                        _ => format!("cannot be read: {e}"),
                    },
                    nl: match e.kind() {
                        csv::ErrorKind::Utf8 { .. } => {
                            "is geen tekst in UTF-8: sla het bestand op als CSV UTF-8".into()
                        }
                        _ => "kan niet worden gelezen; de rest van het bestand ook niet".into(),
                    },
                }))
            }
        }
    }
}

/// A header and rows for these people, in the form `read` reads (`;`-separated, as a Dutch
/// spreadsheet writes it), each row numbered in the `id` column: the template a municipality
/// fills in, and the seed of the tests.
pub fn write(people: &[Answers]) -> String {
    let keys: Vec<&str> = contract::fields().collect();
    let mut out = format!("{ID_COLUMN};{}", keys.join(";"));
    out.push('\n');
    for (n, answers) in people.iter().enumerate() {
        let json = contract::answers_to_json(answers);
        let cells: Vec<String> = keys
            .iter()
            .map(|k| match json.get(*k) {
                None => String::new(),
                Some(serde_json::Value::Null) => "onbekend".into(),
                Some(serde_json::Value::Bool(b)) => if *b { "ja" } else { "nee" }.into(),
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => crate::number::format(other.as_f64().unwrap_or(f64::NAN), ','),
            })
            .collect();
        out.push_str(&format!("{};{}", n + 1, cells.join(";")));
        out.push('\n');
    }
    out
}
