//! Texts as data: a reader for the part of Project Fluent's syntax the check's language files
//! use (`locales/<lang>/*.ftl`; `build.rs` runs it, and writes the messages in the binary form
//! of `binary.rs` that the app reads), a bundle that formats a message with its variables and plural
//! forms, the check of a translation against the Dutch reference, and the language pack door
//! (`pack.rs`). Pure: no IO, no browser.
//!
//! The syntax read: `# comments`, `key = text` (continued on indented lines, joined with a line
//! break), attributes (`    .hint = text`), variables (`{ $n }`), string literals (`{ "{" }`)
//! and selectors on a variable (`{ $n -> [one] … *[other] … }`, one variant per line, matched on
//! a number, a plural category of the bundle's language, or a word). Terms, functions and
//! message references are refused with the line they are on.

mod binary;
pub mod pack;
pub mod plural;

use plural::{Category, Rule};

/// A problem in a language file, with its line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A message's text: literal text, variables and selectors.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern(Vec<Part>);

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    Select(Select),
}

#[derive(Debug, Clone, PartialEq)]
struct Select {
    var: String,
    variants: Vec<(VariantKey, Pattern)>,
    default: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum VariantKey {
    Number(i64),
    Name(String),
}

/// One message: its value and attributes, with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub line: usize,
    value: Option<Pattern>,
    attributes: Vec<(String, Pattern)>,
}

/// A value for a variable.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    /// A count: shown in Western digits, and selects a plural form.
    Count(u64),
    /// An amount that may have a fraction (7,5 hours): selects a plural form like a count (a
    /// fraction is `other`). A unit after a number is chosen by it and does not show it.
    Number(f64),
}

/// One language's messages.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub lang: String,
    pub rule: Rule,
    /// Sorted by key.
    entries: Vec<Entry>,
}

/// The message name of an ordinance's text in a language pack: `ord-` and an FNV-1a hash of its
/// Dutch words. A changed Dutch text gets a new name, so no translation of the old one survives
/// it (the build asks for the new one).
pub fn text_key(dutch: &str) -> String {
    format!("ord-{:08x}", fnv1a(dutch.trim().bytes()))
}

/// FNV-1a (32 bits): the names of ordinance texts, and the packs' version in `build.rs`.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u32 {
    bytes.into_iter().fold(0x811c9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x01000193)
    })
}

/// Whether a message is an ordinance's text (checked against the ordinances, not the Dutch
/// language files).
pub fn is_text_key(id: &str) -> bool {
    id.starts_with("ord-")
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn ident_len(s: &str) -> usize {
    match s.chars().next() {
        Some(c) if is_ident_start(c) => s.find(|c: char| !is_ident_char(c)).unwrap_or(s.len()),
        _ => 0,
    }
}

/// Reads a language file into its messages.
pub fn parse(source: &str) -> Result<Vec<Entry>, Vec<FtlError>> {
    let mut errors = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end_matches('\r');
        let n = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            errors.push(FtlError {
                line: n,
                message: "an indented line outside a message".into(),
            });
            continue;
        }
        let len = ident_len(line);
        let rest = line[len..].trim_start();
        if len == 0 || !rest.starts_with('=') {
            let message = if line.starts_with('-') {
                "terms (-name) are not read by this checker".into()
            } else {
                "expected a message: name = text".into()
            };
            errors.push(FtlError { line: n, message });
            continue;
        }
        let key = line[..len].to_string();
        // The block: the first line's text and the indented lines (blank lines inside kept).
        let mut block: Vec<(usize, &str)> = vec![(n, rest[1..].trim_start())];
        while i < lines.len() {
            let next = lines[i].trim_end_matches('\r');
            // A selector's closing brace may stand at the start of a line.
            let closing = next.starts_with('}');
            if next.starts_with([' ', '\t'])
                || closing
                || (next.trim().is_empty() && continues(&lines, i))
            {
                block.push((i + 1, next));
                i += 1;
            } else {
                break;
            }
        }
        match read_entry(&key, &block) {
            Ok(entry) => {
                if entries.iter().any(|e| e.key == key) {
                    errors.push(FtlError {
                        line: n,
                        message: format!("{key} is given twice"),
                    });
                } else {
                    entries.push(entry);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

/// A blank line continues a message when an indented line follows it.
fn continues(lines: &[&str], from: usize) -> bool {
    lines[from..]
        .iter()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with([' ', '\t']))
}

fn read_entry(key: &str, block: &[(usize, &str)]) -> Result<Entry, FtlError> {
    let line = block[0].0;
    // Split the block into the value's lines and each attribute's lines.
    let mut groups: Vec<(Option<String>, usize, Vec<&str>)> = vec![(None, line, vec![block[0].1])];
    for &(n, text) in &block[1..] {
        let trimmed = text.trim_start();
        if let Some(attr) = trimmed.strip_prefix('.') {
            let len = ident_len(attr);
            let rest = attr[len..].trim_start();
            if len == 0 || !rest.starts_with('=') {
                return Err(FtlError {
                    line: n,
                    message: "expected an attribute: .name = text".into(),
                });
            }
            groups.push((
                Some(attr[..len].to_string()),
                n,
                vec![rest[1..].trim_start()],
            ));
        } else {
            groups.last_mut().expect("the value's group").2.push(text);
        }
    }
    let mut value = None;
    let mut attributes: Vec<(String, Pattern)> = Vec::new();
    for (name, n, lines) in groups {
        let text = join_block(&lines);
        if text.trim().is_empty() {
            if name.is_none() {
                continue;
            }
            return Err(FtlError {
                line: n,
                message: "an attribute without text".into(),
            });
        }
        let pattern = read_pattern(&text).map_err(|message| FtlError { line: n, message })?;
        match name {
            None => value = Some(pattern),
            Some(name) if attributes.iter().any(|(a, _)| *a == name) => {
                return Err(FtlError {
                    line: n,
                    message: format!("{key}.{name} is given twice"),
                })
            }
            Some(name) => attributes.push((name, pattern)),
        }
    }
    if value.is_none() && attributes.is_empty() {
        return Err(FtlError {
            line,
            message: format!("{key} has no text"),
        });
    }
    Ok(Entry {
        key: key.to_string(),
        line,
        value,
        attributes,
    })
}

/// The first line as it is, the indented lines without their common indentation, joined by
/// line breaks; blank lines at the end dropped.
fn join_block(lines: &[&str]) -> String {
    let indent = lines[1..]
        .iter()
        .filter(|l| !l.trim().is_empty())
        // Spaces and tabs only: an indentation counted in bytes of other blanks (U+3000) could
        // cut another line inside a character.
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    let mut parts: Vec<&str> = Vec::with_capacity(lines.len());
    if !lines[0].is_empty() {
        parts.push(lines[0]);
    }
    for l in &lines[1..] {
        parts.push(l.get(indent..).unwrap_or(""));
    }
    while parts.last().is_some_and(|l| l.trim().is_empty()) {
        parts.pop();
    }
    parts.join("\n").trim_end().to_string()
}

/// Reads a pattern's text; `end_at_newline` for a selector's variant.
fn read_pattern(text: &str) -> Result<Pattern, String> {
    let mut chars = Cursor {
        s: text,
        at: 0,
        depth: 0,
    };
    let pattern = chars.pattern(false)?;
    if chars.at < text.len() {
        return Err("a closing brace without an opening one".into());
    }
    Ok(pattern)
}

struct Cursor<'a> {
    s: &'a str,
    at: usize,
    /// Selectors inside selectors, so far: a file cannot nest them deep enough to exhaust the
    /// stack (the pack door reads fetched bytes).
    depth: u8,
}

/// How deep selectors may nest (the check's own files nest none).
const MAX_DEPTH: u8 = 4;

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.s[self.at..]
    }

    fn skip_blank(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn skip_inline_blank(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t']).len();
    }

    fn eat(&mut self, token: &str) -> bool {
        if self.rest().starts_with(token) {
            self.at += token.len();
            true
        } else {
            false
        }
    }

    fn pattern(&mut self, variant: bool) -> Result<Pattern, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.rest().chars().next() {
            match c {
                '{' => {
                    self.at += 1;
                    match self.placeable()? {
                        Part::Text(literal) => text.push_str(&literal),
                        part => {
                            if !text.is_empty() {
                                parts.push(Part::Text(std::mem::take(&mut text)));
                            }
                            parts.push(part);
                        }
                    }
                }
                '}' => break,
                '\n' if variant => break,
                _ => {
                    text.push(c);
                    self.at += c.len_utf8();
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Pattern(parts))
    }

    fn placeable(&mut self) -> Result<Part, String> {
        self.skip_blank();
        let part = if self.eat("\"") {
            let end = self
                .rest()
                .find(['"', '\n'])
                .filter(|&e| self.rest()[e..].starts_with('"'))
                .ok_or("a string literal without its closing quote")?;
            let literal = self.rest()[..end].to_string();
            if literal.contains('\\') {
                return Err("escapes in string literals are not read by this checker".into());
            }
            self.at += end + 1;
            Part::Text(literal)
        } else if self.eat("$") {
            let len = ident_len(self.rest());
            if len == 0 {
                return Err("a variable needs a name: { $name }".into());
            }
            let var = self.rest()[..len].to_string();
            self.at += len;
            self.skip_blank();
            if self.eat("->") {
                if self.depth >= MAX_DEPTH {
                    return Err("selectors are nested too deep".into());
                }
                self.depth += 1;
                let select = self.select(var)?;
                self.depth -= 1;
                Part::Select(select)
            } else {
                Part::Var(var)
            }
        } else {
            return Err(
                "only variables ({ $name }), string literals and selectors are read here".into(),
            );
        };
        self.skip_blank();
        if !self.eat("}") {
            return Err("a placeable without its closing brace".into());
        }
        Ok(part)
    }

    fn select(&mut self, var: String) -> Result<Select, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            let star = self.eat("*");
            if !self.eat("[") {
                if star {
                    return Err("a * must stand before a variant's [key]".into());
                }
                break;
            }
            let end = self.rest().find(']').ok_or("a variant key without ]")?;
            let raw = self.rest()[..end].trim().to_string();
            let raw = raw.as_str();
            let key = match raw.parse::<i64>() {
                Ok(n) => VariantKey::Number(n),
                Err(_) if ident_len(raw) == raw.len() && !raw.is_empty() => {
                    VariantKey::Name(raw.to_string())
                }
                Err(_) => return Err(format!("[{raw}] is not a variant key")),
            };
            self.at += end + 1;
            self.skip_inline_blank();
            let pattern = self.pattern(true)?;
            if star {
                if default.is_some() {
                    return Err("a selector has one default variant (*[…]), not two".into());
                }
                default = Some(variants.len());
            }
            if variants.iter().any(|(k, _)| *k == key) {
                return Err(format!("the variant [{raw}] is given twice"));
            }
            variants.push((key, trim_pattern(pattern)));
        }
        let default = default.ok_or("a selector needs a default variant: *[other]")?;
        Ok(Select {
            var,
            variants,
            default,
        })
    }
}

fn trim_pattern(Pattern(mut parts): Pattern) -> Pattern {
    if let Some(Part::Text(t)) = parts.last_mut() {
        let trimmed = t.trim_end().to_string();
        if trimmed.is_empty() {
            parts.pop();
        } else {
            *t = trimmed;
        }
    }
    Pattern(parts)
}

impl Pattern {
    fn write(&self, rule: Rule, args: &[(&str, Arg)], out: &mut String) {
        for part in &self.0 {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match args.iter().find(|(k, _)| k == name) {
                    Some((_, Arg::Str(s))) => out.push_str(s),
                    Some((_, Arg::Count(n))) => out.push_str(&n.to_string()),
                    Some((_, Arg::Number(n))) => out.push_str(&crate::number::format(*n, '.')),
                    // A missing variable shows its name, never a blank (the key test forbids it).
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select(select) => {
                    select.pick(rule, args).write(rule, args, out);
                }
            }
        }
    }

    /// Every variable the pattern uses (in placeables and as selector).
    fn variables<'a>(&'a self, into: &mut Vec<&'a str>) {
        for part in &self.0 {
            match part {
                Part::Text(_) => {}
                Part::Var(name) if !into.contains(&name.as_str()) => into.push(name),
                Part::Var(_) => {}
                Part::Select(select) => {
                    if !into.contains(&select.var.as_str()) {
                        into.push(&select.var);
                    }
                    for (_, p) in &select.variants {
                        p.variables(into);
                    }
                }
            }
        }
    }

    fn selects(&self) -> impl Iterator<Item = &Select> {
        self.0.iter().filter_map(|p| match p {
            Part::Select(s) => Some(s),
            _ => None,
        })
    }

    /// The text when it has no variables: the one text part (or nothing).
    fn plain(&self) -> Option<&str> {
        match self.0.as_slice() {
            [] => Some(""),
            [Part::Text(t)] => Some(t),
            _ => None,
        }
    }
}

impl Select {
    fn pick(&self, rule: Rule, args: &[(&str, Arg)]) -> &Pattern {
        let value = args.iter().find(|(k, _)| *k == self.var).map(|(_, v)| *v);
        let found = self
            .variants
            .iter()
            .position(|(key, _)| match (key, value) {
                (VariantKey::Number(k), Some(Arg::Count(n))) => *k >= 0 && *k as u64 == n,
                (VariantKey::Number(k), Some(Arg::Number(n))) => *k as f64 == n,
                (VariantKey::Name(k), Some(Arg::Str(s))) => k == s,
                _ => false,
            });
        let amount = match value {
            Some(Arg::Count(n)) => Some(n as f64),
            Some(Arg::Number(n)) => Some(n),
            _ => None,
        };
        let found = found.or_else(|| {
            let category = rule.category(amount?);
            self.variants.iter().position(
                |(key, _)| matches!(key, VariantKey::Name(k) if Category::from_key(k) == Some(category)),
            )
        });
        &self.variants[found.unwrap_or(self.default)].1
    }

    fn is_plural(&self) -> bool {
        self.variants.iter().any(|(k, _)| match k {
            VariantKey::Name(n) => Category::from_key(n).is_some(),
            VariantKey::Number(_) => false,
        })
    }
}

impl Bundle {
    /// A language's messages from its files (already read), refusing a key given twice.
    pub fn new(lang: &str, rule: Rule, files: Vec<Vec<Entry>>) -> Result<Bundle, String> {
        let entries: Vec<Entry> = files.into_iter().flatten().collect();
        let entries = crate::sort::merge_by(entries, &|a: &Entry, b: &Entry| a.key < b.key);
        if let Some(w) = entries.windows(2).find(|w| w[0].key == w[1].key) {
            return Err(format!("{} is given in two files", w[0].key));
        }
        Ok(Bundle {
            lang: lang.to_string(),
            rule,
            entries,
        })
    }

    /// The messages in the binary form the app reads (`binary.rs`; `build.rs` writes it).
    pub fn to_bytes(&self) -> Vec<u8> {
        binary::write(&self.entries)
    }

    /// A language's messages from their binary form; `None` unless the bytes are exactly a
    /// form `to_bytes` wrote, or a key is given twice.
    pub fn from_bytes(lang: &str, rule: Rule, bytes: &[u8]) -> Option<Bundle> {
        Bundle::new(lang, rule, vec![binary::read(bytes)?]).ok()
    }

    fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| e.key.as_str().cmp(key))
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The pattern of `key` or `key.attribute`.
    fn pattern(&self, id: &str) -> Option<&Pattern> {
        let (key, attr) = match id.split_once('.') {
            Some((k, a)) => (k, Some(a)),
            None => (id, None),
        };
        let entry = self.entry(key)?;
        match attr {
            None => entry.value.as_ref(),
            Some(a) => entry
                .attributes
                .iter()
                .find(|(n, _)| n == a)
                .map(|(_, p)| p),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.pattern(id).is_some()
    }

    /// The message `id` (`key` or `key.attribute`) with its variables filled in.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.pattern(id)?;
        let mut out = String::new();
        pattern.write(self.rule, args, &mut out);
        Some(out)
    }

    /// A message without variables, as it is stored.
    pub fn plain(&self, id: &str) -> Option<&str> {
        self.pattern(id)?.plain()
    }

    /// A message whose variables are filled in later by name: `{ $n }` becomes `{n}`. None when
    /// it has a selector (a plural form must be chosen by `format`).
    pub fn template(&self, id: &str) -> Option<String> {
        let pattern = self.pattern(id)?;
        let mut out = String::new();
        for part in &pattern.0 {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => {
                    out.push('{');
                    out.push_str(v);
                    out.push('}');
                }
                Part::Select(_) => return None,
            }
        }
        Some(out)
    }

    /// Every message id: `key` for a value, `key.attribute` for each attribute.
    pub fn ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for e in &self.entries {
            if e.value.is_some() {
                ids.push(e.key.clone());
            }
            for (a, _) in &e.attributes {
                ids.push(format!("{}.{a}", e.key));
            }
        }
        ids
    }

    /// The variables a message uses, each once, in the order they first appear.
    pub fn variables(&self, id: &str) -> Vec<&str> {
        let mut vars = Vec::new();
        if let Some(p) = self.pattern(id) {
            p.variables(&mut vars);
        }
        vars
    }

    /// The line a message starts on, for error messages.
    pub fn line(&self, id: &str) -> usize {
        self.entry(id.split('.').next().unwrap_or(id))
            .map_or(0, |e| e.line)
    }

    /// What is wrong with this bundle as a translation of `reference`: a message missing or not
    /// in the reference, a variable the reference does not have or one it leaves out, a plural
    /// form of this language missing (every category of its rule must be given).
    pub fn problems_against(&self, reference: &Bundle) -> Vec<String> {
        let mut problems = Vec::new();
        // Looked up in the bundles themselves (sorted by key), not in sets or sorted lists:
        // the pack door is in the recipient's first load.
        let ids = |b: &Bundle| -> Vec<String> {
            b.ids().into_iter().filter(|id| !is_text_key(id)).collect()
        };
        let (ours, theirs) = (ids(self), ids(reference));
        for id in theirs.iter().filter(|id| !self.has(id)) {
            problems.push(format!("{}: {id} is missing", self.lang));
        }
        for id in ours.iter().filter(|id| !reference.has(id)) {
            problems.push(format!(
                "{}: {id} (line {}) is not in the Dutch texts",
                self.lang,
                self.line(id)
            ));
        }
        for id in ours.iter().filter(|id| reference.has(id)) {
            let (mine, wanted) = (self.variables(id), reference.variables(id));
            for v in mine.iter().filter(|v| !wanted.contains(v)) {
                problems.push(format!(
                    "{}: {id} uses ${v}, which the Dutch text does not give",
                    self.lang
                ));
            }
            for v in wanted.iter().filter(|v| !mine.contains(v)) {
                problems.push(format!("{}: {id} leaves out ${v}", self.lang));
            }
            for select in self.pattern(id).into_iter().flat_map(Pattern::selects) {
                if !select.is_plural() {
                    continue;
                }
                for c in self.rule.categories() {
                    let given = select
                        .variants
                        .iter()
                        .any(|(k, _)| matches!(k, VariantKey::Name(n) if n == c.key()));
                    if !given {
                        problems.push(format!(
                            "{}: {id} lacks the plural form [{}]",
                            self.lang,
                            c.key()
                        ));
                    }
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(lang: &str, rule: Rule, src: &str) -> Bundle {
        Bundle::new(lang, rule, vec![parse(src).expect("parses")]).expect("bundle")
    }

    const PL: &str = "found = { $n ->\n    [one] Znaleziono { $n } gminę\n    [few] Znaleziono { $n } gminy\n    [many] Znaleziono { $n } gmin\n   *[other] Znaleziono { $n } gminy\n}\n";

    #[test]
    fn a_plain_message_with_attributes_and_a_continued_line() {
        let b = bundle(
            "nl",
            Rule::OneOther,
            "# comment\nage = Hoe oud bent u?\n    .hint = Vul uw leeftijd\n        in hele jaren in.\n\nnext = Volgende\n",
        );
        assert_eq!(b.plain("age"), Some("Hoe oud bent u?"));
        assert_eq!(
            b.plain("age.hint"),
            Some("Vul uw leeftijd\nin hele jaren in.")
        );
        assert_eq!(b.plain("next"), Some("Volgende"));
        assert_eq!(b.ids(), ["age", "age.hint", "next"]);
    }

    #[test]
    fn variables_are_filled_and_kept_as_a_template() {
        let b = bundle(
            "nl",
            Rule::OneOther,
            "step = Vraag { $n } van ongeveer { $total }\nbrace = { \"{\" }x{ \"}\" }\n",
        );
        assert_eq!(
            b.format("step", &[("n", Arg::Count(2)), ("total", Arg::Count(7))])
                .as_deref(),
            Some("Vraag 2 van ongeveer 7")
        );
        assert_eq!(
            b.template("step").as_deref(),
            Some("Vraag {n} van ongeveer {total}")
        );
        assert_eq!(b.plain("brace"), Some("{x}"));
        assert_eq!(
            b.variables("step").into_iter().collect::<Vec<_>>(),
            ["n", "total"]
        );
    }

    #[test]
    fn polish_plural_forms_are_chosen_by_the_number() {
        let b = bundle("pl", Rule::Polish, PL);
        let f = |n| b.format("found", &[("n", Arg::Count(n))]).unwrap();
        assert_eq!(f(1), "Znaleziono 1 gminę");
        assert_eq!(f(3), "Znaleziono 3 gminy");
        assert_eq!(f(5), "Znaleziono 5 gmin");
        assert_eq!(f(12), "Znaleziono 12 gmin");
        assert_eq!(f(22), "Znaleziono 22 gminy");
        assert_eq!(
            b.template("found"),
            None,
            "a plural message is never a template"
        );
    }

    #[test]
    fn an_exact_number_wins_over_the_category() {
        let b = bundle("nl", Rule::OneOther, "found = { $n ->\n  [0] Geen gemeente gevonden\n  [one] 1 gemeente gevonden\n *[other] { $n } gemeenten gevonden\n}\n");
        let f = |n| b.format("found", &[("n", Arg::Count(n))]).unwrap();
        assert_eq!(
            (f(0), f(1), f(2)),
            (
                "Geen gemeente gevonden".into(),
                "1 gemeente gevonden".into(),
                "2 gemeenten gevonden".into()
            )
        );
    }

    #[test]
    fn broken_files_are_refused_with_their_line() {
        for (src, line, words) in [
            ("a = ok\nb = { $n\n", 2, "closing brace"),
            ("a = ok\n-term = x\n", 2, "terms"),
            ("a = { b }\n", 1, "only variables"),
            (
                "a = { $n ->\n  [one] x\n  [few] y\n}\n",
                1,
                "default variant",
            ),
            ("a = x\na = y\n", 2, "twice"),
            ("a = x }\n", 1, "closing brace"),
            ("a =\n", 1, "no text"),
            ("  .x = y\n", 1, "indented"),
            ("a = { \"open\n", 1, "closing quote"),
            ("a = { $n -> *[x] { $n -> *[x] { $n -> *[x] { $n -> *[x] { $n -> *[x] y } } } } }\n", 1, "nested too deep"),
        ] {
            let errors = parse(src).expect_err(src);
            assert_eq!(errors[0].line, line, "{src}");
            assert!(
                errors[0].message.contains(words),
                "{src}: {}",
                errors[0].message
            );
        }
    }

    #[test]
    fn odd_blanks_and_deep_nesting_are_read_or_refused_never_a_panic() {
        // Indented by spaces on one line and by an ideographic space on the next, a blank line
        // of it between: read, not cut inside a character.
        let b = bundle("nl", Rule::OneOther, "a = x\n  b\n\u{3000}\n \u{3000}c\n");
        assert_eq!(b.plain("a"), Some("x\n b\n\n\u{3000}c"));
        // Ten thousand selectors inside each other: refused with its line, the stack intact.
        let deep = format!(
            "a = {}y{}\n",
            "{ $n -> *[x] ".repeat(10_000),
            " }".repeat(10_000)
        );
        let errors = parse(&deep).expect_err("too deep");
        assert!(errors[0].message.contains("nested too deep"));
    }

    #[test]
    fn a_translation_is_checked_against_the_reference() {
        let nl = bundle("nl", Rule::OneOther, "found = { $n ->\n [one] 1 gemeente\n *[other] { $n } gemeenten\n}\nname = Over { $name }\nonly = x\n");
        let pl = bundle("pl", Rule::Polish, "found = { $n ->\n [one] 1 gmina\n *[other] { $n } gminy\n}\nname = O { $naam }\nextra = y\n");
        let problems = pl.problems_against(&nl);
        for expected in [
            "pl: only is missing",
            "pl: extra (line 6) is not in the Dutch texts",
            "pl: name uses $naam, which the Dutch text does not give",
            "pl: name leaves out $name",
            "pl: found lacks the plural form [few]",
            "pl: found lacks the plural form [many]",
        ] {
            assert!(
                problems.iter().any(|p| p == expected),
                "{expected} in {problems:#?}"
            );
        }
        assert!(bundle("pl", Rule::Polish, PL)
            .problems_against(&bundle("pl", Rule::Polish, PL))
            .is_empty());
    }
}
