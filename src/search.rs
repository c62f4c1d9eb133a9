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
    /// (folded name, its words, the municipality's place in `ids`, how), in the catalogue's
    /// order (by name): a municipality's own name first, then the other names that find it.
    keys: Vec<(String, String, usize, Via)>,
    /// The municipalities' ids, in the catalogue's order.
    ids: Vec<String>,
}

impl Index {
    pub fn new(catalog: &Catalog) -> Index {
        let directory = catalog.directory();
        let mut keys = Vec::new();
        let mut ids = Vec::new();
        for (m, _) in catalog.municipalities() {
            let at = ids.len();
            ids.push(m.id.clone());
            keys.push((search_key(&m.name), words(&m.name), at, Via::Name));
            let Some(code) = m.cbs_code else {
                continue;
            };
            for common in directory.common_names.iter().filter(|c| c.cbs_code == code) {
                keys.push((
                    search_key(&common.name),
                    words(&common.name),
                    at,
                    Via::CommonName(common.name.clone()),
                ));
            }
            // A former municipality served here is found by its own name already.
            let formers = directory.places.iter().filter(|p| {
                p.merged.as_ref().is_some_and(|g| g.into.contains(&code))
                    && catalog.municipality(&slug(&p.name)).is_some()
            });
            for former in formers {
                keys.push((
                    search_key(&former.name),
                    words(&former.name),
                    at,
                    Via::FormerName(former.name.clone()),
                ));
            }
        }
        Index { keys, ids }
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
        // Eight buckets by (rank, own name or not), each in the catalogue's order (by name):
        // no sort needed. A municipality's names are next to each other in `keys`.
        let mut buckets: [Vec<(usize, &Via)>; 8] = Default::default();
        let mut best: Option<(usize, usize, &Via)> = None;
        for (key, spaced, at, via) in &self.keys {
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
            let bucket = rank * 2 + usize::from(*via != Via::Name);
            match best {
                Some((a, b, _)) if a == *at && b <= bucket => {}
                Some((a, _, _)) if a == *at => best = Some((*at, bucket, via)),
                _ => {
                    if let Some((a, b, v)) = best {
                        buckets[b].push((a, v));
                    }
                    best = Some((*at, bucket, via));
                }
            }
        }
        if let Some((a, b, v)) = best {
            buckets[b].push((a, v));
        }
        buckets
            .iter()
            .flatten()
            .map(|(at, via)| Hit {
                id: self.ids[*at].clone(),
                via: (*via).clone(),
            })
            .collect()
    }
}
