//! Reading a language's bundle into the words the views show, once. Each text struct declares
//! its fields with `texts!`, and its fields are its message names (`step_of` is `step-of`, a
//! field of `bounds` is `bounds-…`): the one list of keys. The reader notes every message it
//! reads, so a test can say that none is missing and none is unused.

use crate::i18n::Bundle;
use std::cell::RefCell;

/// A bundle being read into texts.
pub struct Reader {
    pub bundle: &'static Bundle,
    /// Kept only natively, for the test that no message goes unused.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    read: RefCell<Vec<String>>,
    missing: RefCell<Vec<String>>,
}

/// A string that lives as long as the app: a language's texts are read once and kept.
pub fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

impl Reader {
    pub fn new(bundle: &'static Bundle) -> Reader {
        Reader {
            bundle,
            read: RefCell::new(Vec::new()),
            missing: RefCell::new(Vec::new()),
        }
    }

    /// Marks a message as read, for one that is formatted later (a plural form).
    pub fn note(&self, id: &str) {
        if !self.bundle.has(id) {
            self.missing.borrow_mut().push(id.to_string());
        }
        self.mark(id);
    }

    fn mark(&self, _id: &str) {
        #[cfg(not(target_arch = "wasm32"))]
        self.read.borrow_mut().push(_id.to_string());
    }

    /// A message that must be there: its text, with `{ $n }` kept as `{n}` for `fill`.
    #[inline(never)]
    pub fn text(&self, id: &str) -> &'static str {
        self.optional(id).unwrap_or_else(|| {
            self.missing.borrow_mut().push(id.to_string());
            ""
        })
    }

    /// A message that some texts leave out (a status without a lead sentence).
    #[inline(never)]
    pub fn optional(&self, id: &str) -> Option<&'static str> {
        self.mark(id);
        let text = self.bundle.template(id)?;
        // A message without variables is borrowed from the bundle, which is kept too.
        Some(match self.bundle.plain(id) {
            Some(plain) => plain,
            None => leak(text),
        })
    }

    /// The messages read so far (kept only natively: empty in the browser).
    pub fn read_ids(&self) -> Vec<String> {
        #[cfg(target_arch = "wasm32")]
        return Vec::new();
        #[cfg(not(target_arch = "wasm32"))]
        {
            let mut ids = self.read.borrow().clone();
            ids.sort_unstable();
            ids.dedup();
            ids
        }
    }

    /// The messages asked for that the bundle does not have, or has only as plural forms.
    pub fn missing(&self) -> Vec<String> {
        self.missing.borrow().clone()
    }
}

/// A message name from a field name: `step_of` in `bounds` is `bounds-step-of`.
#[inline(never)]
pub fn key(prefix: &str, field: &str) -> String {
    let field = field.replace('_', "-");
    if prefix.is_empty() {
        field
    } else {
        format!("{prefix}-{field}")
    }
}

/// A text read from a bundle under a message name.
pub trait FromBundle: Sized {
    fn read(r: &Reader, key: &str) -> Self;
}

/// One field of a text struct: one call per field, the name built inside (so the first load
/// carries a call per text, not its key's formatting).
#[inline(never)]
pub fn field<T: FromBundle>(r: &Reader, prefix: &str, name: &str) -> T {
    T::read(r, &key(prefix, name))
}

impl FromBundle for &'static str {
    fn read(r: &Reader, key: &str) -> Self {
        r.text(key)
    }
}

/// Numbered messages: `intro-1`, `intro-2` ….
impl<const N: usize> FromBundle for [&'static str; N] {
    fn read(r: &Reader, key: &str) -> Self {
        std::array::from_fn(|i| r.text(&format!("{key}-{}", i + 1)))
    }
}

/// As many numbered messages as the language gives (at least one).
impl FromBundle for &'static [&'static str] {
    fn read(r: &Reader, key: &str) -> Self {
        let mut all = vec![r.text(&format!("{key}-1"))];
        while let Some(t) = r.optional(&format!("{key}-{}", all.len() + 1)) {
            all.push(t);
        }
        Box::leak(all.into_boxed_slice())
    }
}

/// A word chosen by a number: a unit after it ("1 maand", "6 maanden"; in Arabic "3 أشهر" but
/// "12 شهرًا"), in the language's plural forms.
#[derive(Clone, Copy)]
pub struct Counted {
    bundle: &'static Bundle,
    id: &'static str,
}

impl Counted {
    /// The form for `n` (a fraction takes the `other` form).
    pub fn of(&self, n: f64) -> String {
        self.bundle
            .format(self.id, &[("n", crate::i18n::Arg::Number(n))])
            .unwrap_or_default()
    }
}

impl FromBundle for Counted {
    fn read(r: &Reader, key: &str) -> Self {
        r.note(key);
        Counted {
            bundle: r.bundle,
            id: leak(key.to_string()),
        }
    }
}

/// Reads the messages named in `names` (field names, each followed by a space) into `out`, in
/// order: one loop for a struct's plain texts instead of a call per field.
#[inline(never)]
pub fn strings(r: &Reader, prefix: &str, names: &str, out: &mut [&'static str]) {
    debug_assert_eq!(out.len(), names.split_terminator(' ').count());
    for (slot, name) in out.iter_mut().zip(names.split_terminator(' ')) {
        *slot = r.text(&key(prefix, name));
    }
}

/// A struct of texts whose fields are message names. A second block, `words Name { … }`, holds
/// the struct's plain texts (`&'static str`) in a struct of their own, read by one loop and
/// reached through `Deref` (`t(lang).next`), under the same message names.
macro_rules! texts {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$m])*
        pub struct $name { $($(#[$fm])* pub $field: $ty,)* }

        impl $crate::flow::texts::reader::FromBundle for $name {
            fn read(r: &$crate::flow::texts::reader::Reader, key: &str) -> Self {
                $name {
                    $($field: $crate::flow::texts::reader::field(r, key, stringify!($field)),)*
                }
            }
        }
    };
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $field:ident: $ty:ty,)* }
     $(#[$wm:meta])* words $words:ident { $($(#[$wfm:meta])* pub $word:ident: &'static str,)* }) => {
        $(#[$m])*
        pub struct $name {
            $($(#[$fm])* pub $field: $ty,)*
            pub words: $words,
        }

        $(#[$wm])*
        // The layout of `[&'static str; N]`: see `read` below.
        #[repr(C)]
        pub struct $words { $($(#[$wfm])* pub $word: &'static str,)* }

        impl std::ops::Deref for $name {
            type Target = $words;
            fn deref(&self) -> &$words {
                &self.words
            }
        }

        impl $crate::flow::texts::reader::FromBundle for $name {
            fn read(r: &$crate::flow::texts::reader::Reader, key: &str) -> Self {
                const NAMES: &str = concat!($(stringify!($word), " ",)*);
                const N: usize = 0 $(+ { let _ = stringify!($word); 1 })*;
                let mut words = [""; N];
                $crate::flow::texts::reader::strings(r, key, NAMES, &mut words);
                $name {
                    $($field: $crate::flow::texts::reader::field(r, key, stringify!($field)),)*
                    // SAFETY: a `repr(C)` struct of N fields that are all `&'static str` is laid
                    // out as `[&'static str; N]` (same size, alignment and order, no padding);
                    // `transmute` checks the sizes at compile time.
                    words: unsafe { std::mem::transmute::<[&'static str; N], $words>(words) },
                }
            }
        }
    };
}
pub(crate) use texts;
