//! A language's messages in a compact binary form (`codec.rs`'s lengths and numbers):
//! `build.rs` parses and checks the `.ftl` files and writes them so, for the Dutch built in and
//! for each pack, and the app reads them back without the Fluent parser. Line numbers are not
//! kept (they are for the build's messages).

use super::{Entry, Part, Pattern, Select, VariantKey};
use crate::codec::{write_len, Codec, Reader};

/// The deepest nesting of selectors read: bytes from outside cannot drive the recursion past
/// it (the language files nest one).
const MAX_DEPTH: u32 = 4;

/// The form: the length of the structure (counts, kinds, numbers), the structure, then every
/// string in the order the structure reads them, each ended by a zero byte. The texts stay
/// together as text, which compresses as well as the `.ftl` files they came from.
struct Writer {
    structure: Vec<u8>,
    strings: Vec<u8>,
}

impl Writer {
    fn string(&mut self, s: &str) {
        assert!(!s.contains('\0'), "a language file holds a zero byte");
        self.strings.extend_from_slice(s.as_bytes());
        self.strings.push(0);
    }

    fn pattern(&mut self, Pattern(parts): &Pattern) {
        write_len(parts.len(), &mut self.structure);
        for part in parts {
            match part {
                Part::Text(t) => {
                    self.structure.push(0);
                    self.string(t);
                }
                Part::Var(v) => {
                    self.structure.push(1);
                    self.string(v);
                }
                Part::Select(s) => {
                    self.structure.push(2);
                    self.string(&s.var);
                    write_len(s.default, &mut self.structure);
                    write_len(s.variants.len(), &mut self.structure);
                    for (key, pattern) in &s.variants {
                        match key {
                            VariantKey::Number(n) => {
                                self.structure.push(0);
                                n.write(&mut self.structure);
                            }
                            VariantKey::Name(name) => {
                                self.structure.push(1);
                                self.string(name);
                            }
                        }
                        self.pattern(pattern);
                    }
                }
            }
        }
    }
}

/// Writes messages.
pub fn write(entries: &[Entry]) -> Vec<u8> {
    let mut w = Writer {
        structure: Vec::new(),
        strings: Vec::new(),
    };
    write_len(entries.len(), &mut w.structure);
    for e in entries {
        w.string(&e.key);
        match &e.value {
            None => w.structure.push(0),
            Some(p) => {
                w.structure.push(1);
                w.pattern(p);
            }
        }
        write_len(e.attributes.len(), &mut w.structure);
        for (name, pattern) in &e.attributes {
            w.string(name);
            w.pattern(pattern);
        }
    }
    let mut out = Vec::new();
    write_len(w.structure.len(), &mut out);
    out.extend(w.structure);
    out.extend(w.strings);
    out
}

/// Reads what `Writer` wrote.
struct Read<'a> {
    structure: Reader<'a>,
    strings: &'a [u8],
}

impl Read<'_> {
    fn string(&mut self) -> Option<String> {
        let end = self.strings.iter().position(|b| *b == 0)?;
        let s = std::str::from_utf8(&self.strings[..end]).ok()?.to_string();
        self.strings = &self.strings[end + 1..];
        Some(s)
    }

    fn pattern(&mut self, depth: u32) -> Option<Pattern> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut parts = Vec::new();
        for _ in 0..self.structure.len()? {
            parts.push(match u8::read(&mut self.structure)? {
                0 => Part::Text(self.string()?),
                1 => Part::Var(self.string()?),
                2 => {
                    let var = self.string()?;
                    let default = self.structure.len()?;
                    let mut variants = Vec::new();
                    for _ in 0..self.structure.len()? {
                        let key = match u8::read(&mut self.structure)? {
                            0 => VariantKey::Number(i64::read(&mut self.structure)?),
                            1 => VariantKey::Name(self.string()?),
                            _ => return None,
                        };
                        variants.push((key, self.pattern(depth + 1)?));
                    }
                    // The default is one of the variants (the formatter picks it unchecked).
                    if default >= variants.len() {
                        return None;
                    }
                    Part::Select(Select {
                        var,
                        variants,
                        default,
                    })
                }
                _ => return None,
            });
        }
        Some(Pattern(parts))
    }
}

/// Reads messages back; `None` unless the bytes are exactly what `write` made.
pub fn read(bytes: &[u8]) -> Option<Vec<Entry>> {
    let mut head = Reader::new(bytes);
    let n = head.len()?;
    let rest = &bytes[bytes.len() - head.rest_len()..];
    if n > rest.len() {
        return None;
    }
    let (structure, strings) = rest.split_at(n);
    let mut r = Read {
        structure: Reader::new(structure),
        strings,
    };
    let mut entries = Vec::new();
    for _ in 0..r.structure.len()? {
        let key = r.string()?;
        let value = match u8::read(&mut r.structure)? {
            0 => None,
            1 => Some(r.pattern(0)?),
            _ => return None,
        };
        let mut attributes = Vec::new();
        for _ in 0..r.structure.len()? {
            attributes.push((r.string()?, r.pattern(0)?));
        }
        entries.push(Entry {
            key,
            line: 0,
            value,
            attributes,
        });
    }
    (r.structure.is_done() && r.strings.is_empty()).then_some(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::parse;

    const SOURCE: &str = "found = { $n ->\n [one] 1 gemeente\n [0] geen\n *[other] { $n } gemeenten\n}\nplain = Volgende\nwith = Ook wel: { $name }\n    .hint = Een hint\nonly-attr =\n    .a = A\n";

    #[test]
    fn messages_read_back_as_they_were_written() {
        let entries = parse(SOURCE).unwrap();
        let bytes = write(&entries);
        let back = read(&bytes).expect("read back");
        assert_eq!(back.len(), entries.len());
        for (a, b) in back.iter().zip(&entries) {
            assert_eq!(
                (&a.key, &a.value, &a.attributes),
                (&b.key, &b.value, &b.attributes)
            );
        }
    }

    #[test]
    fn bytes_cut_or_extended_or_with_a_default_out_of_range_are_refused() {
        let bytes = write(&parse(SOURCE).unwrap());
        for cut in 0..bytes.len() {
            assert!(read(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(&longer).is_none());
        let select = write(&parse("a = { $n ->\n *[other] x\n}\n").unwrap());
        // The structure's length (1 byte), the count (1), a value (1) of one part (1), a
        // selector (1), then its default, 0: make it 1 (there is one variant).
        let at = 1 + 1 + 1 + 1 + 1;
        let mut wrong = select.clone();
        assert_eq!(wrong[at], 0);
        wrong[at] = 1;
        assert!(read(&wrong).is_none());
    }
}
