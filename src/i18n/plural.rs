//! Plural categories (CLDR cardinal rules) for the languages a pack may name. A pack says which
//! rule its language follows (`language-plural = pl`); a new language with one of these rules
//! is data only, a language with a rule not listed here needs one line below.
//!
//! Only whole numbers are counted in the check's texts (gemeenten, hours are shown as numbers
//! without a plural form), so the rules are written for integers; a fraction takes `other`.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub fn from_key(key: &str) -> Option<Category> {
        Some(match key {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            "other" => Category::Other,
            _ => return None,
        })
    }

    pub fn key(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// A language's cardinal plural rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// one: 1; other (Dutch, English, Turkish, German, Swedish …).
    OneOther,
    /// one: 0 and 1; other (French, Portuguese, Hindi …; CLDR "i = 0,1").
    ZeroOneOther,
    /// Polish: one 1; few 2–4, 22–24 … (not 12–14); many the rest.
    Polish,
    /// Ukrainian, Russian: one 1, 21 … (not 11); few 2–4, 22–24 … (not 12–14); many the rest.
    EastSlavic,
    /// Arabic: zero 0; one 1; two 2; few 3–10 (mod 100); many 11–99 (mod 100); other.
    Arabic,
    /// No plural forms (Chinese, Japanese; Persian in CLDR counts one/other, so it is OneOther).
    None,
}

impl Rule {
    /// The rule a pack names (`language-plural`): a language code whose rule it follows.
    pub fn from_key(key: &str) -> Option<Rule> {
        Some(match key {
            "nl" | "en" | "tr" | "de" | "so" | "ti" | "fa" | "sv" | "it" | "es" => Rule::OneOther,
            "fr" | "pt" | "hi" | "am" => Rule::ZeroOneOther,
            "pl" => Rule::Polish,
            "uk" | "ru" => Rule::EastSlavic,
            "ar" => Rule::Arabic,
            "zh" | "ja" | "vi" => Rule::None,
            _ => return None,
        })
    }

    /// The categories a full translation gives for a counted word, `other` last.
    pub fn categories(self) -> &'static [Category] {
        use Category::*;
        match self {
            Rule::OneOther | Rule::ZeroOneOther => &[One, Other],
            Rule::Polish | Rule::EastSlavic => &[One, Few, Many, Other],
            Rule::Arabic => &[Zero, One, Two, Few, Many, Other],
            Rule::None => &[Other],
        }
    }

    /// The category of a number.
    pub fn category(self, n: f64) -> Category {
        if !n.is_finite() || n < 0.0 || n.fract() != 0.0 {
            return Category::Other;
        }
        let i = n as u64;
        let (m10, m100) = (i % 10, i % 100);
        match self {
            Rule::OneOther if i == 1 => Category::One,
            Rule::ZeroOneOther if i <= 1 => Category::One,
            Rule::Polish if i == 1 => Category::One,
            Rule::Polish if (2..=4).contains(&m10) && !(12..=14).contains(&m100) => Category::Few,
            Rule::Polish => Category::Many,
            Rule::EastSlavic if m10 == 1 && m100 != 11 => Category::One,
            Rule::EastSlavic if (2..=4).contains(&m10) && !(12..=14).contains(&m100) => {
                Category::Few
            }
            Rule::EastSlavic => Category::Many,
            Rule::Arabic => match (i, m100) {
                (0, _) => Category::Zero,
                (1, _) => Category::One,
                (2, _) => Category::Two,
                (_, 3..=10) => Category::Few,
                (_, 11..=99) => Category::Many,
                _ => Category::Other,
            },
            _ => Category::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    fn cats(rule: Rule, ns: &[u64]) -> Vec<Category> {
        ns.iter().map(|&n| rule.category(n as f64)).collect()
    }

    #[test]
    fn dutch_english_turkish_say_one_only_for_one() {
        assert_eq!(
            cats(Rule::OneOther, &[0, 1, 2, 11, 21]),
            [Other, One, Other, Other, Other]
        );
    }

    #[test]
    fn polish_counts_two_to_four_as_few_but_not_twelve_to_fourteen() {
        assert_eq!(
            cats(
                Rule::Polish,
                &[1, 2, 4, 5, 11, 12, 14, 21, 22, 24, 25, 102, 112]
            ),
            [One, Few, Few, Many, Many, Many, Many, Many, Few, Few, Many, Few, Many]
        );
        assert_eq!(Rule::Polish.category(1.5), Other);
    }

    #[test]
    fn arabic_has_six_categories_on_both_sides_of_each_boundary() {
        assert_eq!(
            cats(
                Rule::Arabic,
                &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]
            ),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many]
        );
    }

    #[test]
    fn ukrainian_says_one_for_twenty_one_but_not_eleven() {
        assert_eq!(
            cats(Rule::EastSlavic, &[1, 11, 21, 22, 12, 25]),
            [One, Many, One, Few, Many, Many]
        );
    }

    #[test]
    fn every_rule_gives_only_its_own_categories() {
        for rule in [
            Rule::OneOther,
            Rule::ZeroOneOther,
            Rule::Polish,
            Rule::EastSlavic,
            Rule::Arabic,
            Rule::None,
        ] {
            for n in 0..300 {
                assert!(
                    rule.categories().contains(&rule.category(n as f64)),
                    "{rule:?} {n}"
                );
            }
        }
    }
}
