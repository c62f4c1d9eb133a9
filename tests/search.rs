//! Finding a municipality by the name people type: every municipality of 2026 by its own name,
//! the names people use, former municipalities beside their successors, and no match for a
//! name that is no municipality.

use tegenprestatie_check::catalog;
use tegenprestatie_check::places::slug;
use tegenprestatie_check::search::{Index, Via};

fn ids(index: &Index, query: &str) -> Vec<String> {
    index.search(query).into_iter().map(|h| h.id).collect()
}

#[test]
fn every_municipality_of_2026_is_found_first_by_its_own_name_and_its_id_is_the_slug() {
    let catalog = catalog::bundled();
    let index = Index::new(&catalog);
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/gemeenten-2026.csv"
    ))
    .unwrap();
    let mut rows = 0;
    for line in csv.lines().skip(1) {
        let (code, rest) = line.split_once(',').unwrap();
        let name = rest.rsplit_once(',').unwrap().0.trim_matches('"');
        let hits = index.search(name);
        let first = hits
            .first()
            .unwrap_or_else(|| panic!("{name} is not found"));
        assert_eq!(first.id, slug(name), "{name}");
        assert_eq!(first.via, Via::Name, "{name}");
        let (_, m) = catalog.find(&first.id).unwrap();
        assert_eq!(m.cbs_code, Some(code[2..].parse().unwrap()), "{name}");
        rows += 1;
    }
    assert_eq!(rows, 342);
}

#[test]
fn case_accents_hyphens_spaces_and_apostrophes_do_not_matter() {
    let index = Index::new(&catalog::bundled());
    for typed in [
        "sudwest fryslan",
        "SÚDWEST-FRYSLÂN",
        "Sudwest-Fryslan",
        "súdwestfryslân",
    ] {
        assert_eq!(
            ids(&index, typed).first().map(String::as_str),
            Some("sudwest-fryslan"),
            "{typed}"
        );
    }
    for typed in [
        "s-Gravenhage",
        "'s Gravenhage",
        "sgravenhage",
        "’s-Gravenhage",
    ] {
        assert_eq!(
            ids(&index, typed).first().map(String::as_str),
            Some("s-gravenhage"),
            "{typed}"
        );
    }
    assert_eq!(ids(&index, "voorne aan zee"), ["voorne-aan-zee"]);
}

#[test]
fn the_names_people_use_find_the_municipality() {
    let index = Index::new(&catalog::bundled());
    let hits = index.search("Den Bosch");
    assert_eq!(hits[0].id, "s-hertogenbosch");
    assert_eq!(hits[0].via, Via::CommonName("Den Bosch".into()));
    assert_eq!(ids(&index, "den haag")[0], "s-gravenhage");
    assert_eq!(ids(&index, "Den Haag").len(), 1);
}

#[test]
fn a_former_name_offers_the_former_municipality_and_its_successor() {
    let index = Index::new(&catalog::bundled());
    assert_eq!(ids(&index, "Weesp"), ["weesp", "amsterdam"]);
    assert_eq!(
        index.search("Weesp")[1].via,
        Via::FormerName("Weesp".into())
    );
    assert_eq!(
        ids(&index, "Hoogezand-Sappemeer"),
        ["hoogezand-sappemeer", "midden-groningen"]
    );
    assert_eq!(
        ids(&index, "Haarlemmerliede"),
        ["haarlemmerliede-en-spaarnwoude", "haarlemmermeer"]
    );
    // A split municipality offers every successor.
    assert_eq!(
        ids(&index, "Littenseradiel"),
        [
            "littenseradiel",
            "leeuwarden",
            "sudwest-fryslan",
            "waadhoeke"
        ]
    );
    // Through a rename: Millingen aan de Rijn went to Groesbeek, now Berg en Dal.
    assert_eq!(
        ids(&index, "Millingen aan de Rijn"),
        ["millingen-aan-de-rijn", "berg-en-dal"]
    );
}

#[test]
fn bergen_offers_both_with_their_province() {
    let catalog = catalog::bundled();
    let index = Index::new(&catalog);
    let found = ids(&index, "Bergen");
    assert_eq!(found[..2], ["bergen-l", "bergen-nh"]);
    let province = |id: &str| catalog.find(id).unwrap().1.province.clone().unwrap();
    assert_eq!(province("bergen-l"), "Limburg");
    assert_eq!(province("bergen-nh"), "Noord-Holland");
}

#[test]
fn a_name_that_is_no_municipality_finds_nothing_and_an_empty_search_lists_nothing() {
    let index = Index::new(&catalog::bundled());
    assert!(index.search("Atlantis").is_empty());
    assert!(index.search("").is_empty());
    assert!(index.search(" - ' ").is_empty());
}
