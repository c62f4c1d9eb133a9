//! The words chosen by a value: an outcome's headline, a question, a field's label, an answer
//! option, an input error, a topic, a source's detail. Their message names derive from the
//! values' own keys (`status-obligated`, `question-leeftijd`, `field-age`, `option-benefit-ioaw`,
//! `error-fill-in-age`), so the list of keys is the list of values.

use super::reader::{FromBundle, Reader};
use super::{Catalogue, Message, QuestionText};
use crate::decision::{CitationWords, Status};
use crate::flow::questions::{Field, Question};
use crate::i18n::Arg;
use crate::model::{Detail, Topic};

pub const TOPICS: [(Topic, &str); 7] = [
    (Topic::FindActivity, "find-activity"),
    (Topic::Choice, "choice"),
    (Topic::WhatCounts, "what-counts"),
    (Topic::Renewal, "renewal"),
    (Topic::NonCompliance, "non-compliance"),
    (Topic::Objection, "objection"),
    (Topic::Other, "other"),
];

pub const DETAILS: [(Detail, &str); 5] = [
    (Detail::FullText, "full-text"),
    (Detail::Described, "described"),
    (Detail::Summary, "summary"),
    (Detail::Statute, "statute"),
    (Detail::NotKnown, "not-known"),
];

/// The options every yes/no question shares.
const SHARED_OPTIONS: [&str; 3] = ["yes", "no", "unknown"];

struct StatusWords {
    headline: &'static str,
    lead: Option<&'static str>,
    next: &'static str,
}

pub struct Tables {
    statuses: Vec<StatusWords>,
    questions: Vec<QuestionText>,
    fields: Vec<(Field, &'static str)>,
    /// `None` for the shared yes, no and don't know.
    options: Vec<(Option<Field>, &'static str, &'static str)>,
    messages: Vec<&'static str>,
    topics: Vec<&'static str>,
    details: Vec<(&'static str, &'static str)>,
    /// Counted messages, formatted when shown.
    bundle: &'static crate::i18n::Bundle,
}

fn kebab(key: &str) -> String {
    key.replace('_', "-")
}

impl FromBundle for Tables {
    fn read(r: &Reader, _key: &str) -> Self {
        let statuses = Status::ALL
            .iter()
            .map(|s| {
                let key = format!("status-{}", kebab(s.key()));
                StatusWords {
                    headline: r.text(&key),
                    lead: r.optional(&format!("{key}.lead")),
                    next: r.text(&format!("{key}.next")),
                }
            })
            .collect();
        let questions = Question::ALL
            .iter()
            .map(|q| {
                let key = format!("question-{}", q.key());
                QuestionText {
                    title: r.text(&key),
                    hint: r.optional(&format!("{key}.hint")),
                    help: r.optional(&format!("{key}.help")),
                }
            })
            .collect();
        // Derived facts are never asked and have no label.
        let fields = Field::all()
            .filter_map(|f| Some((f, r.optional(&format!("field-{}", kebab(f.key())))?)))
            .collect();
        let mut options: Vec<_> = SHARED_OPTIONS
            .iter()
            .map(|v| (None, *v, r.text(&format!("option-{v}"))))
            .collect();
        for f in Field::all() {
            for v in f.input().options() {
                if SHARED_OPTIONS.contains(&v) {
                    continue;
                }
                let id = format!("option-{}-{}", kebab(f.key()), kebab(v));
                if let Some(label) = r.optional(&id) {
                    options.push((Some(f), v, label));
                }
            }
        }
        for id in ["found", "search-more"] {
            r.note(id);
        }
        Tables {
            statuses,
            questions,
            fields,
            options,
            messages: Message::ALL
                .iter()
                .map(|m| r.text(&format!("error-{}", m.key())))
                .collect(),
            topics: TOPICS
                .iter()
                .map(|(_, k)| r.text(&format!("topic-{k}")))
                .collect(),
            details: DETAILS
                .iter()
                .map(|(_, k)| {
                    let id = format!("detail-{k}");
                    (r.text(&id), r.text(&format!("{id}.short")))
                })
                .collect(),
            bundle: r.bundle,
        }
    }
}

impl FromBundle for CitationWords {
    fn read(r: &Reader, key: &str) -> Self {
        CitationWords {
            artikel: r.text(&format!("{key}-artikel")),
            lid: r.text(&format!("{key}-lid")),
            onderdeel: r.text(&format!("{key}-onderdeel")),
            no_article: r.text(&format!("{key}-no-article")),
        }
    }
}

fn position<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|y| y == x).unwrap_or(0)
}

impl Catalogue {
    pub fn status_headline(&self, status: Status) -> &'static str {
        self.tables.statuses[position(&Status::ALL, &status)].headline
    }

    /// A sentence under the headline, where the headline needs one.
    pub fn status_lead(&self, status: Status) -> Option<&'static str> {
        self.tables.statuses[position(&Status::ALL, &status)].lead
    }

    /// The first thing to do, by outcome.
    pub fn status_next(&self, status: Status) -> &'static str {
        self.tables.statuses[position(&Status::ALL, &status)].next
    }

    pub fn question(&self, q: Question) -> &QuestionText {
        &self.tables.questions[position(&Question::ALL, &q)]
    }

    pub fn field_label(&self, field: Field) -> &'static str {
        self.tables
            .fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, l)| l)
    }

    pub fn option_label(&self, field: Field, option: &str) -> Option<&'static str> {
        self.tables
            .options
            .iter()
            .find(|(f, v, _)| *v == option && f.is_none_or(|f| f == field))
            .map(|(_, _, l)| *l)
    }

    /// The text of an input error; which message a problem gets is decided once, in `message_for`.
    pub fn message(&self, m: Message) -> &'static str {
        self.tables.messages[position(&Message::ALL, &m)]
    }

    pub fn topic(&self, topic: Topic) -> &'static str {
        let i = TOPICS.iter().position(|(t, _)| *t == topic).unwrap_or(0);
        self.tables.topics[i]
    }

    fn detail_words(&self, detail: Detail) -> (&'static str, &'static str) {
        let i = DETAILS.iter().position(|(d, _)| *d == detail).unwrap_or(0);
        self.tables.details[i]
    }

    pub fn detail(&self, detail: Detail) -> &'static str {
        self.detail_words(detail).0
    }

    /// A few words on the level of detail, for the municipality list.
    pub fn detail_short(&self, detail: Detail) -> &'static str {
        self.detail_words(detail).1
    }

    /// "12 gemeenten gevonden", in the language's plural form.
    pub fn found(&self, n: usize) -> String {
        self.counted("found", n)
    }

    /// "Er zijn nog 4 gemeenten met deze letters. …"
    pub fn search_more(&self, n: usize) -> String {
        self.counted("search-more", n)
    }

    /// An ordinance's text in this language, by its Dutch words; `None` where the pack has none.
    pub fn ordinance_text(&self, dutch: &str) -> Option<&'static str> {
        self.tables.bundle.plain(&crate::i18n::text_key(dutch))
    }

    fn counted(&self, id: &str, n: usize) -> String {
        self.tables
            .bundle
            .format(id, &[("n", Arg::Count(n as u64))])
            .unwrap_or_default()
    }
}
