//! A compact binary form of the ordinance model, for the bundle: `build.rs` writes it, the
//! library reads it back when it loads the bundled catalogue. Cheaper in the app than a JSON
//! parser or generated construction code: one small reader serves all the data.
//!
//! Strings are a LEB128 length and UTF-8 bytes, numbers little-endian `f64`, options and
//! booleans one byte, lists a length, enums their variant's index. Compiled into `build.rs` too
//! (through `#[path]`); depends only on `model.rs`, `facts.rs` and `std`.

use super::facts::SCHEMA;
use super::model::*;

/// Reads values from the bytes `Codec::write` made.
pub struct Reader<'a> {
    bytes: &'a [u8],
    /// How deeply conditions are nested here: bytes from outside cannot drive the recursion
    /// past `MAX_DEPTH`.
    depth: u32,
}

/// The deepest nesting of conditions read (the validator allows far less).
const MAX_DEPTH: u32 = 64;

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, depth: 0 }
    }

    fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(*first)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    /// A LEB128 length (or count).
    pub(crate) fn len(&mut self) -> Option<usize> {
        let mut value = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// How many bytes are left.
    pub(crate) fn rest_len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// A length (or count) as LEB128.
pub(crate) fn write_len(n: usize, out: &mut Vec<u8>) {
    let mut n = n;
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A type that has a binary form.
pub trait Codec: Sized {
    fn write(&self, out: &mut Vec<u8>);
    fn read(r: &mut Reader<'_>) -> Option<Self>;
}

impl Codec for String {
    fn write(&self, out: &mut Vec<u8>) {
        write_len(self.len(), out);
        out.extend_from_slice(self.as_bytes());
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.len()?;
        String::from_utf8(r.take(n)?.to_vec()).ok()
    }
}

impl Codec for f64 {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        Some(f64::from_le_bytes(r.take(8)?.try_into().ok()?))
    }
}

macro_rules! codec_int {
    ($($t:ty),*) => {$(
        impl Codec for $t {
            fn write(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn read(r: &mut Reader<'_>) -> Option<Self> {
                Some(<$t>::from_le_bytes(r.take(std::mem::size_of::<$t>())?.try_into().ok()?))
            }
        }
    )*};
}
codec_int!(u8, u16, u32, i32, i64);

impl Codec for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl<T: Codec> Codec for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::read(r)?)),
            _ => None,
        }
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        write_len(self.len(), out);
        for v in self {
            v.write(out);
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        // No capacity reserved from the length: it comes from the bytes, and a truncated
        // list ends at the first value that cannot be read. (A loop: smaller than `collect`.)
        let n = r.len()?;
        let mut list = Vec::new();
        for _ in 0..n {
            list.push(T::read(r)?);
        }
        Some(list)
    }
}

impl<T: Codec> Codec for Box<T> {
    fn write(&self, out: &mut Vec<u8>) {
        (**self).write(out);
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        T::read(r).map(Box::new)
    }
}

impl Codec for Fact {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(*self as u8);
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        SCHEMA.get(usize::from(r.byte()?)).map(|s| s.fact)
    }
}

/// Enums without data: the variant's index.
macro_rules! codec_unit_enum {
    ($t:ident { $($v:ident),* }) => {
        impl Codec for $t {
            fn write(&self, out: &mut Vec<u8>) {
                out.push(*self as u8);
            }
            fn read(r: &mut Reader<'_>) -> Option<Self> {
                const ALL: &[$t] = &[$($t::$v),*];
                ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    };
}
codec_unit_enum!(Effect {
    Obligated,
    Fulfilled,
    Exempt,
    NotApplicable
});
codec_unit_enum!(Topic {
    FindActivity,
    Choice,
    WhatCounts,
    Renewal,
    NonCompliance,
    Objection,
    Other
});
codec_unit_enum!(Anchor {
    Decision,
    Start,
    End
});
codec_unit_enum!(Due {
    ByLatest,
    NotBefore,
    On
});
codec_unit_enum!(Detail {
    FullText,
    Described,
    Summary,
    Statute,
    NotKnown
});
codec_unit_enum!(SourceDocument {
    Thesis,
    Act,
    OldenzaalOrdinance,
    Werkwijzer,
    Ordinance
});

/// Structs: their fields in order (the compiler checks that every field is listed).
macro_rules! codec_struct {
    ($t:ident { $($field:ident),* }) => {
        impl Codec for $t {
            fn write(&self, out: &mut Vec<u8>) {
                let $t { $($field),* } = self;
                $( $field.write(out); )*
            }
            fn read(r: &mut Reader<'_>) -> Option<Self> {
                Some($t { $( $field: Codec::read(r)? ),* })
            }
        }
    };
}
codec_struct!(Text { nl, en });
codec_struct!(SourceRef { document, location });
codec_struct!(Citation {
    instrument,
    artikel,
    lid,
    onderdeel,
    source,
    url
});
codec_struct!(Judgement {
    question,
    ask,
    answered_by
});
codec_struct!(Rule {
    id,
    effect,
    when,
    judgement,
    citation,
    source_text,
    explanation
});
codec_struct!(Range { min, max });
codec_struct!(Bounds {
    hours_per_week,
    according_to_ability,
    hours_are_average,
    duration_months,
    duration_weeks,
    total_hours,
    per_year,
    times,
    permanent,
    renewal,
    extension
});
codec_struct!(Extension { times, months });
codec_struct!(Milestone {
    id,
    from,
    months,
    due,
    label,
    citation,
    source_text
});
codec_struct!(BoundsVariant {
    id,
    when,
    bounds,
    citation,
    source_text,
    explanation
});
codec_struct!(Assignment {
    id,
    bounds,
    citation,
    source_text,
    explanation,
    variants
});
codec_struct!(Info {
    topic,
    text,
    citation
});
codec_struct!(PracticeNote { text, source });
codec_struct!(Municipality {
    id,
    name,
    since,
    merged,
    cbs_code,
    province
});
codec_struct!(Merger { on, into, into_id });
codec_struct!(Place {
    name,
    cbs_code,
    province,
    merged
});
codec_struct!(PlaceMerger { on, into });
codec_struct!(CommonName { name, cbs_code });
/// The places by CBS code, each code as the difference from the one before: small numbers,
/// where the codes themselves in the order of names would not compress.
impl Codec for Directory {
    fn write(&self, out: &mut Vec<u8>) {
        self.provinces.write(out);
        let mut places: Vec<&Place> = self.places.iter().collect();
        places.sort_by_key(|p| p.cbs_code);
        write_len(places.len(), out);
        let mut previous = 0u16;
        for p in places {
            write_len(usize::from(p.cbs_code - previous), out);
            previous = p.cbs_code;
            p.name.write(out);
            p.province.write(out);
            p.merged.write(out);
        }
        self.common_names.write(out);
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let provinces = Codec::read(r)?;
        let n = r.len()?;
        let mut places = Vec::with_capacity(n.min(4096));
        let mut code = 0u16;
        for _ in 0..n {
            code = code.checked_add(u16::try_from(r.len()?).ok()?)?;
            places.push(Place {
                name: Codec::read(r)?,
                cbs_code: code,
                province: Codec::read(r)?,
                merged: Codec::read(r)?,
            });
        }
        Some(Directory {
            provinces,
            places,
            common_names: Codec::read(r)?,
        })
    }
}
codec_struct!(Version {
    year,
    valid_from,
    valid_to,
    adopted,
    basis,
    replaced_by
});
codec_struct!(Replacement {
    title,
    valid_from,
    known,
    url
});
codec_struct!(PensionAgeStep {
    from_year,
    years,
    months
});
codec_struct!(PensionAgeTable {
    citation,
    source_text,
    explanation,
    steps
});
codec_struct!(MergerRule {
    years,
    citation,
    source_text,
    explanation
});
codec_struct!(Law {
    pension_age,
    merger
});
codec_struct!(RulesNotKnown {
    name,
    summary,
    act,
    url
});
codec_struct!(Ordinance {
    id,
    title,
    version,
    detail,
    sources,
    municipalities,
    assignment,
    rules,
    info,
    practice,
    milestones,
    law,
    rules_not_known
});
codec_struct!(Bundle {
    statutes,
    ordinances,
    directory
});

impl Codec for Literal {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Literal::Bool(b) => {
                out.push(0);
                b.write(out);
            }
            Literal::Number(n) => {
                out.push(1);
                n.write(out);
            }
            Literal::Text(t) => {
                out.push(2);
                t.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(Literal::Bool(Codec::read(r)?)),
            1 => Some(Literal::Number(Codec::read(r)?)),
            2 => Some(Literal::Text(Codec::read(r)?)),
            _ => None,
        }
    }
}

impl Codec for Condition {
    fn write(&self, out: &mut Vec<u8>) {
        let (tag, fact, n) = match self {
            Condition::All(parts) => {
                out.push(0);
                return parts.write(out);
            }
            Condition::Any(parts) => {
                out.push(1);
                return parts.write(out);
            }
            Condition::Not(inner) => {
                out.push(2);
                return inner.write(out);
            }
            Condition::Is(fact, literal) => {
                out.push(3);
                fact.write(out);
                return literal.write(out);
            }
            Condition::Unknown(fact) => {
                out.push(4);
                return fact.write(out);
            }
            Condition::AtLeast(f, n) => (5, f, n),
            Condition::Above(f, n) => (6, f, n),
            Condition::Below(f, n) => (7, f, n),
            Condition::AtMost(f, n) => (8, f, n),
        };
        out.push(tag);
        fact.write(out);
        n.write(out);
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.depth += 1;
        if r.depth > MAX_DEPTH {
            return None;
        }
        let condition = Condition::read_tagged(r);
        r.depth -= 1;
        condition
    }
}

impl Condition {
    fn read_tagged(r: &mut Reader<'_>) -> Option<Self> {
        Some(match r.byte()? {
            0 => Condition::All(Codec::read(r)?),
            1 => Condition::Any(Codec::read(r)?),
            2 => Condition::Not(Codec::read(r)?),
            3 => Condition::Is(Codec::read(r)?, Codec::read(r)?),
            4 => Condition::Unknown(Codec::read(r)?),
            5 => Condition::AtLeast(Codec::read(r)?, Codec::read(r)?),
            6 => Condition::Above(Codec::read(r)?, Codec::read(r)?),
            7 => Condition::Below(Codec::read(r)?, Codec::read(r)?),
            8 => Condition::AtMost(Codec::read(r)?, Codec::read(r)?),
            _ => return None,
        })
    }
}

/// One ordinance in binary form: how a page hands the app an ordinance the JS API validated
/// (the app carries no JSON parser).
pub fn write_ordinance(ordinance: &Ordinance) -> Vec<u8> {
    let mut out = Vec::new();
    ordinance.write(&mut out);
    out
}

/// One ordinance from its binary form; `None` if the bytes are not one. Whatever the bytes,
/// this returns: the nesting of conditions is limited.
pub fn read_ordinance(bytes: &[u8]) -> Option<Ordinance> {
    let mut r = Reader::new(bytes);
    let ordinance = Ordinance::read(&mut r)?;
    r.is_done().then_some(ordinance)
}

/// What the bundle keeps of an ordinance whose whole text is a file of its own (the recipient's
/// app fetches it when a person chooses one of its municipalities): enough to find and label
/// it (id, title, version, detail, municipalities), no rule. Nothing decides from a header.
pub fn header_of(ordinance: &Ordinance) -> Ordinance {
    Ordinance {
        sources: Vec::new(),
        assignment: None,
        rules: Vec::new(),
        info: Vec::new(),
        practice: Vec::new(),
        milestones: Vec::new(),
        ..ordinance.clone()
    }
}

/// The file name of an ordinance's own file: its id and an FNV-1a hash of its bytes, so a file
/// of another build is never taken for this one (`ord-zevenaar-1a2b3c4d.bin`).
pub fn body_name(id: &str, bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0x811c9dc5_u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x01000193)
    });
    format!("ord-{id}-{hash:08x}.bin")
}

/// The bundle and, for each of its ordinances, the name of the file that holds it whole (none:
/// the ordinances are whole in the bundle).
pub fn write_index(bundle: &Bundle, bodies: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    bundle.write(&mut out);
    bodies.to_vec().write(&mut out);
    out
}

/// `write_index`'s bytes read back; `None` if they are not such bytes, or name a file for
/// some ordinances only.
pub fn read_index(bytes: &[u8]) -> Option<(Bundle, Vec<String>)> {
    let mut r = Reader::new(bytes);
    let bundle = Bundle::read(&mut r)?;
    let bodies: Vec<String> = Codec::read(&mut r)?;
    (r.is_done() && (bodies.is_empty() || bodies.len() == bundle.ordinances.len()))
        .then_some((bundle, bodies))
}
