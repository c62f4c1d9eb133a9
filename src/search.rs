//! Finding a municipality by the name people type: case, accents, hyphens, spaces and
//! apostrophes do not matter ("sudwest fryslan", "s-gravenhage"), the names people use find
//! the municipality ("Den Bosch", "Den Haag"), and a former municipality's name finds the one
//! it became part of beside the former one ("Weesp": Weesp and Amsterdam). Pure: the app, the
//! desk and the contract's error for an unknown id use it.

use crate::catalog::Catalog;
use crate::places::{search_key, slug};

/// A name's words, folded as `search_key` folds them, one space between them.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .map(search_key)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a municipality was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// By its own name.
    Name,
    /// By a name people use for it ("Den Bosch").
    CommonName(String),
    /// By the name of a former municipality that became part of it ("Weesp").
    FormerName(String),
}

/// One municipality found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The municipality's id in the catalogue.
    pub id: String,
    pub via: Via,
}

/// Every name a catalogue's municipalities are found by, folded once (the app keeps one per
/// catalogue, so a keystroke folds only what was typed).
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// (folded name, its words, municipality id, how), in the catalogue's order (by name).
    keys: Vec<(String, String, String, Via)>,
}

impl Index {
    pub fn new(catalog: &Catalog) -> Index {
        let directory = catalog.directory();
        let mut keys = Vec::new();
        for (m, _) in catalog.municipalities() {
            keys.push((search_key(&m.name), words(&m.name), m.id.clone(), Via::Name));
            let Some(code) = m.cbs_code else {
                continue;
            };
            for common in directory.common_names.iter().filter(|c| c.cbs_code == code) {
                keys.push((
                    search_key(&common.name),
                    words(&common.name),
                    m.id.clone(),
                    Via::CommonName(common.name.clone()),
                ));
            }
            // A former municipality served here is found by its own name already.
            let formers = directory.places.iter().filter(|p| {
                p.merged.as_ref().is_some_and(|g| g.into.contains(&code))
                    && catalog.find(&slug(&p.name)).is_some()
            });
            for former in formers {
                keys.push((
                    search_key(&former.name),
                    words(&former.name),
                    m.id.clone(),
                    Via::FormerName(former.name.clone()),
                ));
            }
        }
        Index { keys }
    }

    /// The municipalities whose names match what was typed, best first: a name that is what
    /// was typed, then one whose words begin with the words typed ("Bergen" finds Bergen (L.)
    /// before Berg en Dal), then one that begins with it, then one that holds it; at each, the
    /// own name before another; then by name. Each municipality once. Nothing for an empty
    /// query.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let needle = search_key(query);
        if needle.is_empty() {
            return Vec::new();
        }
        let typed = words(query);
        let mut found: Vec<(u8, u8, usize, &str, &Via)> = Vec::new();
        for (order, (key, spaced, id, via)) in self.keys.iter().enumerate() {
            let rank = if *key == needle {
                0
            } else if spaced.starts_with(&typed) {
                1
            } else if key.starts_with(&needle) {
                2
            } else if key.contains(&needle) {
                3
            } else {
                continue;
            };
            let how = u8::from(*via != Via::Name);
            match found.iter_mut().find(|f| f.3 == id.as_str()) {
                Some(f) if (rank, how) < (f.0, f.1) => *f = (rank, how, order, id, via),
                Some(_) => {}
                None => found.push((rank, how, order, id, via)),
            }
        }
        // The catalogue's order is by name; a former name ranks its successor by that name.
        found.sort_by_key(|f| (f.0, f.1, f.2));
        found
            .into_iter()
            .map(|(_, _, _, id, via)| Hit {
                id: id.to_string(),
                via: via.clone(),
            })
            .collect()
    }
}
