//! Places a draft leaves for the municipality to fill in: `{{uren per week}}`, where a number
//! (or a day, or a word in a quoted text) of its own ordinance belongs. A draft with a hole is
//! incomplete: the door names every hole with its lines and compiles nothing, so no answer
//! ever rests on a number nobody chose. Filling a hole puts the value everywhere it occurs,
//! in the numbers and in the texts that quote them.

/// One hole, by name, with the lines it occurs on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Hole {
    pub name: String,
    pub lines: Vec<usize>,
    /// It stands for a number of the file somewhere (not only inside a quoted text).
    pub number: bool,
}

const OPEN: &str = "{{";
const CLOSE: &str = "}}";

/// Each hole on a line: its byte range and whether it is inside a quoted string.
fn on_line(line: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == b'\\' && q == b'"' => {
                i += 2;
                continue;
            }
            Some(q) if b == q => quote = None,
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'#' => break,
            _ => {}
        }
        // Only ASCII bytes are compared, so every slice below starts on a character boundary.
        if bytes[i..].starts_with(OPEN.as_bytes()) {
            if let Some(len) = line[i + 2..].find(CLOSE) {
                let name = &line[i + 2..i + 2 + len];
                if !name.trim().is_empty() && !name.contains(['{', '}', '"']) {
                    let end = i + 2 + len + 2;
                    out.push((i, end, quote.is_some()));
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

fn name_of(line: &str, start: usize, end: usize) -> String {
    line[start + 2..end - 2].trim().to_string()
}

/// The holes of a text, in the order they first occur.
pub fn find(text: &str) -> Vec<Hole> {
    let mut holes: Vec<Hole> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for (start, end, quoted) in on_line(line) {
            let name = name_of(line, start, end);
            match holes.iter_mut().find(|h| h.name == name) {
                Some(h) => {
                    if h.lines.last() != Some(&(n + 1)) {
                        h.lines.push(n + 1);
                    }
                    h.number |= !quoted;
                }
                None => holes.push(Hole {
                    name,
                    lines: vec![n + 1],
                    number: !quoted,
                }),
            }
        }
    }
    holes
}

/// The text with every hole outside a quoted text read as `0`, so that an incomplete draft can
/// still be read (and its rules listed); the door never compiles it.
pub fn stand_in(text: &str) -> String {
    replace(text, |_, quoted| (!quoted).then(|| "0".to_string()))
}

/// Fills the hole `name` with `value` everywhere: as written in the file's numbers, and in a
/// quoted text with a decimal comma (`7,5`), as Dutch writes it.
pub fn fill(text: &str, name: &str, value: &str) -> String {
    let value = value.trim();
    replace(text, |hole, quoted| {
        (hole == name).then(|| {
            if quoted {
                value.replace('.', ",")
            } else {
                value.replace(',', ".")
            }
        })
    })
}

fn replace(text: &str, with: impl Fn(&str, bool) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut at = 0;
        for (start, end, quoted) in on_line(line) {
            if let Some(v) = with(&name_of(line, start, end), quoted) {
                out.push_str(&line[at..start]);
                out.push_str(&v);
                at = end;
            }
        }
        out.push_str(&line[at..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "hours_per_week = { max = {{uren per week}} }\nsource_text = \"ten hoogste {{uren per week}} uur, \\\"{{x}}\\\"\"\n# {{in een opmerking}}\nvalid_from = \"{{ingangsdatum}}\"\n";

    #[test]
    fn holes_are_found_by_name_with_their_lines_and_whether_a_number_stands_there() {
        let holes = find(DRAFT);
        let names: Vec<&str> = holes.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["uren per week", "x", "ingangsdatum"]);
        assert_eq!(holes[0].lines, [1, 2]);
        assert!(holes[0].number);
        assert!(!holes[1].number && !holes[2].number);
    }

    #[test]
    fn a_filled_hole_is_a_number_in_the_file_and_dutch_in_the_text() {
        let filled = fill(DRAFT, "uren per week", "7,5");
        assert!(filled
            .starts_with("hours_per_week = { max = 7.5 }\nsource_text = \"ten hoogste 7,5 uur"));
        assert_eq!(find(&filled).len(), 2);
        assert!(stand_in(DRAFT).starts_with("hours_per_week = { max = 0 }"));
        assert!(
            stand_in(DRAFT).contains("{{ingangsdatum}}"),
            "quoted holes stay"
        );
    }

    #[test]
    fn any_text_is_scanned_without_a_panic() {
        for text in [
            "§{{",
            "{{§}}",
            "\\\"{{é",
            "'{{a}}'",
            "{{}}",
            "{{{{a}}}}}",
            "€\\{{x}}",
        ] {
            let _ = find(text);
            let _ = fill(text, "x", "1");
            let _ = stand_in(text);
        }
    }
}
