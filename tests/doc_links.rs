//! The documentation a newcomer reads: every relative link in `README.md` and `docs/**/*.md`
//! points at a file (or folder) of this repository that exists; a link that leaves the
//! repository is an absolute `https://` address (or `mailto:`); the README stays a front door
//! of at most 200 lines; and the contract guide's answers table is the schema's.
//!
//! Anchors (`#…`) are stripped, not resolved. Links inside code (fenced blocks and inline code
//! spans) are text, not links, and are not checked.

use std::path::{Component, Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const README_MAX_LINES: usize = 200;

/// The Markdown files the test reads: the README and every `.md` under `docs/`.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(ROOT);
    let mut files = vec![root.join("README.md")];
    let mut dirs = vec![root.join("docs")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a readable entry in docs/").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A line with its inline code spans blanked out (a run of backticks up to the same run).
fn without_code_spans(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' {
            let run = chars[i..].iter().take_while(|c| **c == '`').count();
            let close = (i + run..chars.len()).find(|&j| {
                chars[j..].iter().take_while(|c| **c == '`').count() == run
                    && (j == 0 || chars[j - 1] != '`')
            });
            if let Some(j) = close {
                out.extend(std::iter::repeat_n(' ', j + run - i));
                i = j + run;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The target of an inline link starting just after `](`: up to the matching `)`, without a
/// title, without angle brackets.
fn inline_target(rest: &str) -> Option<String> {
    let rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('<') {
        return inner.find('>').map(|end| inner[..end].to_string());
    }
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(rest[..i].split_whitespace().next()?.to_string()),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Every link target in a Markdown text, with its line number: inline links and images
/// `[text](target)`, reference definitions `[id]: target`, autolinks `<https://…>` and the
/// `src="…"` and `href="…"` of HTML written into the Markdown.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut fence: Option<String> = None;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let trimmed = raw.trim_start();
        let marker: String = trimmed
            .chars()
            .take_while(|c| *c == '`' || *c == '~')
            .collect();
        if marker.len() >= 3 && marker.chars().all(|c| c == marker.chars().next().unwrap()) {
            match &fence {
                Some(open) if marker.starts_with(open.as_str()) => fence = None,
                Some(_) => {}
                None => fence = Some(marker),
            }
            continue;
        }
        if fence.is_some() {
            continue;
        }
        let line = without_code_spans(raw);
        // Reference definitions: `[id]: target`.
        let def = line.trim_start();
        if def.starts_with('[') && !def.starts_with("[^") {
            if let Some(end) = def.find("]:") {
                if let Some(target) = def[end + 2..].split_whitespace().next() {
                    let target = target.trim_start_matches('<').trim_end_matches('>');
                    found.push((line_no, target.to_string()));
                    continue;
                }
            }
        }
        let mut from = 0;
        while let Some(at) = line[from..].find("](") {
            let start = from + at + 2;
            if let Some(target) = inline_target(&line[start..]) {
                found.push((line_no, target));
            }
            from = start;
        }
        // HTML in Markdown: `<img src="…">`, `<a href="…">`.
        for attr in ["src=\"", "href=\""] {
            let mut from = 0;
            while let Some(at) = line[from..].find(attr) {
                let start = from + at + attr.len();
                let Some(end) = line[start..].find('"') else {
                    break;
                };
                found.push((line_no, line[start..start + end].to_string()));
                from = start + end;
            }
        }
        let mut from = 0;
        while let Some(at) = line[from..].find('<') {
            let start = from + at + 1;
            let Some(end) = line[start..].find('>') else {
                break;
            };
            let inner = &line[start..start + end];
            if inner.starts_with("https://")
                || inner.starts_with("http://")
                || inner.starts_with("mailto:")
            {
                found.push((line_no, inner.to_string()));
            }
            from = start;
        }
    }
    found
}

/// What is wrong with one link of `file`, if anything.
fn problem(root: &Path, file: &Path, target: &str) -> Option<String> {
    if target.is_empty() {
        return Some("an empty link".into());
    }
    if target.starts_with("https://") || target.starts_with("mailto:") {
        return None;
    }
    if let Some((scheme, _)) = target.split_once(':') {
        if !scheme.contains('/') && !scheme.contains('#') && !scheme.contains('.') {
            return Some(format!(
                "`{target}`: a link that leaves the repository must be an absolute https:// address"
            ));
        }
    }
    let path = target.split(['#', '?']).next().unwrap_or_default();
    if path.is_empty() {
        return None; // an anchor on the same page
    }
    if path.starts_with('/') {
        return Some(format!(
            "`{target}`: write a link into the repository relative to this file, not from /"
        ));
    }
    let mut resolved = file.parent().unwrap_or(root).to_path_buf();
    for part in Path::new(path).components() {
        match part {
            Component::ParentDir => {
                resolved.pop();
            }
            Component::CurDir => {}
            other => resolved.push(other),
        }
    }
    if !resolved.starts_with(root) {
        return Some(format!(
            "`{target}` points outside the repository: link it by its absolute https:// address"
        ));
    }
    if !resolved.exists() {
        return Some(format!(
            "`{target}`: no such file ({})",
            resolved.strip_prefix(root).unwrap_or(&resolved).display()
        ));
    }
    None
}

/// Every broken link in one Markdown text that lives at `file`, as `file:line: what`.
fn broken(root: &Path, file: &Path, text: &str) -> Vec<String> {
    let name = file
        .strip_prefix(root)
        .unwrap_or(file)
        .display()
        .to_string();
    links(text)
        .into_iter()
        .filter_map(|(line, target)| {
            problem(root, file, &target).map(|p| format!("{name}:{line}: {p}"))
        })
        .collect()
}

#[test]
fn every_relative_link_in_the_docs_points_at_a_file() {
    let root = Path::new(ROOT);
    let files = documents();
    assert!(files.len() > 1, "README.md and the guides under docs/");
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        checked += links(&text).len();
        problems.extend(broken(root, file, &text));
    }
    assert!(checked > 0, "the docs have links to check");
    assert!(
        problems.is_empty(),
        "{} broken link(s) in the docs:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_readme_is_at_most_200_lines() {
    let text = std::fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README.md");
    let lines = text.lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines; at most {README_MAX_LINES}: move the detail into a guide under docs/"
    );
}

#[test]
fn the_contract_guides_answers_table_is_the_schema() {
    let guide = std::fs::read_to_string(Path::new(ROOT).join("docs/contract.md"))
        .expect("docs/contract.md");
    let table = tegenprestatie_check::facts::answers_table();
    assert!(
        guide.contains(&table),
        "docs/contract.md's answers table differs from the schema; it must read:\n{table}"
    );
}

#[test]
fn the_checker_finds_what_is_broken_and_passes_what_is_not() {
    let root = Path::new(ROOT);
    let file = root.join("docs/example.md");
    let text = r##"See [the README](../README.md#two-commands), [a guide](embedding.md), [here](#top),
![a picture](images/missing.png) and [gone](no-such-guide.md "title").
[outside](../../shared/domain.md), [plain web](http://example.org), [web](https://example.org/a_(b)),
[mail](mailto:someone@example.org), [root](/README.md), <https://example.org>.
<img src="images/gone.png" alt="x" width="240"> <a href="embedding.md#size">ok</a>
[ref]: ../Cargo.toml
[badref]: ../Cargo.tom
`[in code](nowhere.md)`
```
[in a block](nowhere.md)
```
"##;
    let found = broken(root, &file, text);
    let expected = [
        "docs/example.md:2: `images/missing.png`: no such file (docs/images/missing.png)",
        "docs/example.md:2: `no-such-guide.md`: no such file (docs/no-such-guide.md)",
        "docs/example.md:3: `../../shared/domain.md` points outside the repository: link it by its absolute https:// address",
        "docs/example.md:3: `http://example.org`: a link that leaves the repository must be an absolute https:// address",
        "docs/example.md:4: `/README.md`: write a link into the repository relative to this file, not from /",
        "docs/example.md:5: `images/gone.png`: no such file (docs/images/gone.png)",
        "docs/example.md:7: `../Cargo.tom`: no such file (Cargo.tom)",
    ];
    assert_eq!(found, expected);
}
