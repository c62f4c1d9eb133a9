//! Conditions compiled when an ordinance is loaded: a flat program over the fact vector.
//!
//! Every distinct comparison in the statute and the ordinance is a *leaf*, evaluated once per
//! decision into one bit of a `u64`. A rule's condition is then a mask test on those bits
//! (all of / any of, the common cases) or a short postfix program over them. Rule outcomes are
//! bitsets (`u64`, one bit a rule). Nothing allocates per decision.

use crate::answers::{Answers, SLOTS};
use crate::facts::{Fact, Kind};
use crate::model::{Condition, Literal};

/// Most distinct comparisons one rule set may make (the leaves fit a `u64`; the largest
/// bundled set makes 23).
pub const MAX_LEAVES: usize = 64;
/// Most rules (statute and ordinance together) and bounds variants (bitsets are `u64`).
pub const MAX_RULES: usize = 64;
/// Deepest nesting of `all`/`any`/`not` (the postfix stack is a `u64`).
pub const MAX_DEPTH: usize = 60;

/// The next float above / below a finite `n` (what `>` and `<` mean as an interval).
fn next_up(n: f64) -> f64 {
    let n = if n == 0.0 { 0.0 } else { n };
    let bits = n.to_bits();
    f64::from_bits(if n >= 0.0 { bits + 1 } else { bits - 1 })
}

fn next_down(n: f64) -> f64 {
    -next_up(-n)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    Leaf(u8),
    Not,
    All(u8),
    Any(u8),
}

/// A compiled condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    Always,
    /// Every bit of `on` set and every bit of `off` clear.
    All {
        on: u64,
        off: u64,
    },
    /// Some bit of `on` set or some bit of `off` clear.
    Any {
        on: u64,
        off: u64,
    },
    Program(Box<[Step]>),
}

impl Test {
    #[inline]
    pub fn holds(&self, bits: u64) -> bool {
        match self {
            Test::Always => true,
            Test::All { on, off } => bits & on == *on && bits & off == 0,
            Test::Any { on, off } => bits & on != 0 || !bits & off != 0,
            Test::Program(steps) => run(steps, bits),
        }
    }
}

fn run(steps: &[Step], bits: u64) -> bool {
    // A stack of booleans as bits of a u64: the top is bit 0.
    let mut stack: u64 = 0;
    for step in steps {
        match *step {
            Step::Leaf(i) => stack = (stack << 1) | ((bits >> i) & 1),
            Step::Not => stack ^= 1,
            Step::All(n) => {
                let mask = (1u64 << n) - 1;
                let all = stack & mask == mask;
                stack = (stack >> n << 1) | u64::from(all);
            }
            Step::Any(n) => {
                let mask = (1u64 << n) - 1;
                let any = stack & mask != 0;
                stack = (stack >> n << 1) | u64::from(any);
            }
        }
    }
    stack & 1 == 1
}

/// Why a rule set cannot be compiled (a valid ordinance never hits these; they guard the
/// engine's fixed-size bitsets against a supplied one).
#[derive(Debug, Clone, PartialEq)]
pub enum Limit {
    TooManyLeaves,
    TooManyRules,
    TooDeep,
    /// A comparison the fact cannot make (a bound on a yes/no fact, an unknown option).
    Mismatch(Fact),
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limit::TooManyLeaves => write!(
                f,
                "more than {MAX_LEAVES} different comparisons: split the ordinance's conditions"
            ),
            Limit::TooManyRules => write!(
                f,
                "more than {MAX_RULES} rules or bounds variants (with the law's): too many to decide"
            ),
            Limit::TooDeep => write!(f, "conditions nested deeper than {MAX_DEPTH} levels"),
            Limit::Mismatch(fact) => {
                write!(f, "`{}` cannot be compared like this", fact.key())
            }
        }
    }
}

/// Compiled conditions as columns. With `care = on | off`, an all-of test holds when
/// `bits & care == on`; an any-of test holds unless `bits & care == off` (no `on` bit set and
/// every `off` bit set). So rule `i` holds when `(bits & care[i] == target[i]) != any[i]`;
/// `programs` override that for the rare condition of neither shape.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tests {
    len: usize,
    /// `care` and `target` in blocks of eight rules; unused places never hold (`target` MAX).
    blocks: Vec<TestBlock>,
    any: u64,
    programs: Vec<(usize, Box<[Step]>)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct TestBlock {
    care: [u64; BLOCK],
    target: [u64; BLOCK],
}

impl Tests {
    pub fn push(&mut self, test: Test) {
        let i = self.len;
        // (care, target, any): all-of holds when `bits & care == target`, any-of when not
        // `bits & care == off`.
        let (care, target, any) = match test {
            Test::Always => (0, 0, false),
            // A leaf both required and excluded (`x` and `not x`): all-of never holds, any-of
            // always does; the mask form cannot say that, so it is said directly.
            Test::All { on, off } if on & off != 0 => (0, u64::MAX, false),
            Test::Any { on, off } if on & off != 0 => (0, 0, false),
            Test::All { on, off } => (on | off, on, false),
            Test::Any { on, off } => (on | off, off, true),
            Test::Program(steps) => {
                self.programs.push((i, steps));
                (0, 0, false)
            }
        };
        if i % BLOCK == 0 {
            self.blocks.push(TestBlock {
                care: [0; BLOCK],
                target: [u64::MAX; BLOCK],
            });
        }
        let block = &mut self.blocks[i / BLOCK];
        block.care[i % BLOCK] = care;
        block.target[i % BLOCK] = target;
        if any {
            self.any |= 1 << i;
        }
        self.len += 1;
    }

    /// One bit per rule whose condition holds.
    #[inline]
    pub fn eval(&self, bits: u64) -> u64 {
        let mut equal = 0u64;
        for (n, block) in self.blocks.iter().enumerate() {
            let mut hits = 0u64;
            for j in 0..BLOCK {
                hits |= u64::from(bits & block.care[j] == block.target[j]) << j;
            }
            equal |= hits << (n * BLOCK);
        }
        let mut holds = equal ^ self.any;
        for (i, steps) in &self.programs {
            let bit = 1u64 << i;
            holds = (holds & !bit) | (u64::from(run(steps, bits)) << i);
        }
        holds
    }
}

/// The distinct comparisons of one rule set, each as an interval test `lo <= fact <= hi` (NaN,
/// an unknown fact, fails every one), laid out by column in blocks of eight so the compiler can
/// test a block with vector instructions. "Unknown" is the negation of "anything"
/// (`-inf..=inf`). Unused places in the last block test `inf <= v <= -inf`, which nothing passes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Leaves {
    leaves: Vec<Leaf>,
    blocks: Vec<LeafBlock>,
    /// Leaves whose bit is flipped after the test.
    negate: u64,
    /// Bits that are all or any of other leaves (a nested `all`/`any`), set after the leaves,
    /// so a rule with one level of nesting is still a mask test.
    composites: Vec<Composite>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Composite {
    bit: u8,
    on: u64,
    off: u64,
    any: bool,
}

impl Composite {
    #[inline]
    fn holds(&self, bits: u64) -> bool {
        if self.any {
            bits & self.on != 0 || !bits & self.off != 0
        } else {
            bits & self.on == self.on && bits & self.off == 0
        }
    }
}

/// One comparison: `lo <= facts[fact] <= hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Leaf {
    lo: f64,
    hi: f64,
    fact: usize,
}

/// Leaves and rules are evaluated eight at a time.
const BLOCK: usize = 8;

// Leaves store their fact as a byte.
const _: () = assert!(crate::facts::COUNT <= 256);

#[derive(Debug, Clone, Copy, PartialEq)]
struct LeafBlock {
    lo: [f64; BLOCK],
    hi: [f64; BLOCK],
    fact: [u8; BLOCK],
}

const EMPTY_BLOCK: LeafBlock = LeafBlock {
    lo: [f64::INFINITY; BLOCK],
    hi: [f64::NEG_INFINITY; BLOCK],
    fact: [0; BLOCK],
};

impl Leaves {
    /// All leaf bits for these facts.
    #[inline]
    pub fn eval(&self, answers: &Answers) -> u64 {
        let facts = answers.slots();
        let mut bits = 0u64;
        for (n, block) in self.blocks.iter().enumerate() {
            // Gather, then compare: the compare loop has a fixed length and no branches.
            // The mask keeps each index inside the slots, so there is no bounds check.
            let v: [f64; BLOCK] =
                std::array::from_fn(|j| facts[block.fact[j] as usize & (SLOTS - 1)]);
            let mut inside = 0u64;
            for (j, ((lo, hi), v)) in block.lo.iter().zip(&block.hi).zip(&v).enumerate() {
                inside |= (u64::from(lo <= v) & u64::from(v <= hi)) << j;
            }
            bits |= inside << (n * BLOCK);
        }
        self.with_composites(bits ^ self.negate)
    }

    #[inline]
    fn with_composites(&self, mut bits: u64) -> u64 {
        for c in &self.composites {
            bits |= u64::from(c.holds(bits)) << c.bit;
        }
        bits
    }

    /// The leaf bits of many people at once, from facts laid out by column: `column(fact)`
    /// holds one value per person, and `bits` gets one word per person. Each leaf is one pass
    /// over a contiguous column, which the compiler turns into vector instructions.
    #[inline]
    pub fn eval_columns<'c>(&self, column: impl Fn(usize) -> &'c [f64], bits: &mut [u64]) {
        bits.fill(self.negate);
        for (i, leaf) in self.leaves.iter().enumerate() {
            let values = column(leaf.fact);
            for (word, &v) in bits.iter_mut().zip(values) {
                *word ^= (u64::from(leaf.lo <= v) & u64::from(v <= leaf.hi)) << i;
            }
        }
        if !self.composites.is_empty() {
            for word in bits.iter_mut() {
                *word = self.with_composites(*word);
            }
        }
    }

    /// A bit for all (or any) of the leaves in `on` (set) and `off` (clear).
    fn composite(&mut self, on: u64, off: u64, any: bool) -> Result<u8, Limit> {
        if let Some(c) = self
            .composites
            .iter()
            .find(|c| c.on == on && c.off == off && c.any == any)
        {
            return Ok(c.bit);
        }
        // A slot among the leaves whose own test never passes (`inf <= v <= -inf`).
        let bit = self.push_leaf(Leaf {
            lo: f64::INFINITY,
            hi: f64::NEG_INFINITY,
            fact: 0,
        })?;
        self.composites.push(Composite { bit, on, off, any });
        Ok(bit)
    }

    fn push_leaf(&mut self, leaf: Leaf) -> Result<u8, Limit> {
        if self.leaves.len() == MAX_LEAVES {
            return Err(Limit::TooManyLeaves);
        }
        self.leaves.push(leaf);
        let i = self.leaves.len() - 1;
        if i % BLOCK == 0 {
            self.blocks.push(EMPTY_BLOCK);
        }
        let block = &mut self.blocks[i / BLOCK];
        block.lo[i % BLOCK] = leaf.lo;
        block.hi[i % BLOCK] = leaf.hi;
        block.fact[i % BLOCK] = leaf.fact as u8;
        Ok(i as u8)
    }

    fn leaf(&mut self, fact: Fact, lo: f64, hi: f64, negate: bool) -> Result<u8, Limit> {
        let leaf = Leaf {
            lo,
            hi,
            fact: fact as usize,
        };
        // A composite's slot (`inf <= v <= -inf`) never equals a comparison's interval.
        let found = self.leaves.iter().enumerate().position(|(i, l)| {
            l.fact == leaf.fact
                && l.lo.to_bits() == lo.to_bits()
                && l.hi.to_bits() == hi.to_bits()
                && (self.negate >> i & 1 == 1) == negate
        });
        let i = match found {
            Some(i) => i as u8,
            None => {
                let i = self.push_leaf(leaf)?;
                if negate {
                    self.negate |= 1 << i;
                }
                i
            }
        };
        Ok(i)
    }

    fn comparison(&mut self, c: &Condition) -> Result<Option<u8>, Limit> {
        const INF: f64 = f64::INFINITY;
        let number = |f: &Fact| {
            if matches!(f.kind(), Kind::Number { .. }) {
                Ok(())
            } else {
                Err(Limit::Mismatch(*f))
            }
        };
        let (fact, lo, hi, negate) = match c {
            Condition::AtLeast(f, n) => (number(f).map(|_| *f)?, *n, INF, false),
            Condition::Above(f, n) => (number(f).map(|_| *f)?, next_up(*n), INF, false),
            Condition::Below(f, n) => (number(f).map(|_| *f)?, -INF, next_down(*n), false),
            Condition::AtMost(f, n) => (number(f).map(|_| *f)?, -INF, *n, false),
            Condition::Unknown(f) => (*f, -INF, INF, true),
            Condition::Is(f, literal) => {
                let v = literal_value(*f, literal)?;
                (*f, v, v, false)
            }
            _ => return Ok(None),
        };
        if lo.is_nan() || hi.is_nan() {
            return Err(Limit::Mismatch(fact));
        }
        self.leaf(fact, lo, hi, negate).map(Some)
    }

    /// A comparison, or "one of these options" of a choice (`any` of `is` on one choice fact with
    /// options next to each other, such as IOAW or IOAZ), which is one interval test too.
    fn comparison_or_options(&mut self, c: &Condition) -> Result<Option<u8>, Limit> {
        if let Condition::Any(parts) = c {
            let mut fact = None;
            let mut values = Vec::with_capacity(parts.len());
            for p in parts {
                match p {
                    Condition::Is(f, literal)
                        if matches!(f.kind(), Kind::Choice(_)) && fact.is_none_or(|g| g == *f) =>
                    {
                        fact = Some(*f);
                        values.push(literal_value(*f, literal)?);
                    }
                    _ => return Ok(None),
                }
            }
            let Some(fact) = fact else { return Ok(None) };
            crate::sort::insertion_by(&mut values, |a, b| a.total_cmp(b).is_lt());
            values.dedup();
            let contiguous = values.windows(2).all(|w| w[1] - w[0] == 1.0);
            return match (contiguous, values.first(), values.last()) {
                (true, Some(&lo), Some(&hi)) => self.leaf(fact, lo, hi, false).map(Some),
                _ => Ok(None),
            };
        }
        self.comparison(c)
    }

    /// One bit for a condition: a comparison, options of a choice, or all/any of those (a
    /// composite). `None` for deeper nesting, which becomes a program.
    fn bit_for(&mut self, c: &Condition) -> Result<Option<u8>, Limit> {
        if let Some(i) = self.comparison_or_options(c)? {
            return Ok(Some(i));
        }
        let (Condition::All(parts) | Condition::Any(parts)) = c else {
            return Ok(None);
        };
        if parts.is_empty() {
            return Ok(None);
        }
        let (mut on, mut off) = (0u64, 0u64);
        for p in parts {
            let (inner, positive) = match p {
                Condition::Not(inner) => (inner.as_ref(), false),
                other => (other, true),
            };
            match self.comparison_or_options(inner)? {
                Some(i) if positive => on |= 1 << i,
                Some(i) => off |= 1 << i,
                None => return Ok(None),
            }
        }
        self.composite(on, off, matches!(c, Condition::Any(_)))
            .map(Some)
    }

    /// Compiles a condition.
    pub fn compile(&mut self, condition: Option<&Condition>) -> Result<Test, Limit> {
        let Some(c) = condition else {
            return Ok(Test::Always);
        };
        if depth(c) > MAX_DEPTH {
            return Err(Limit::TooDeep);
        }
        // The common shapes: one comparison, or all/any of comparisons (each maybe negated).
        let literal = |me: &mut Leaves, c: &Condition| -> Result<Option<(u8, bool)>, Limit> {
            match c {
                Condition::Not(inner) => Ok(me.bit_for(inner)?.map(|i| (i, false))),
                other => Ok(me.bit_for(other)?.map(|i| (i, true))),
            }
        };
        let masks = |me: &mut Leaves, parts: &[Condition]| -> Result<Option<(u64, u64)>, Limit> {
            let mut on = 0u64;
            let mut off = 0u64;
            for p in parts {
                match literal(me, p)? {
                    Some((i, true)) => on |= 1 << i,
                    Some((i, false)) => off |= 1 << i,
                    None => return Ok(None),
                }
            }
            Ok(Some((on, off)))
        };
        // `all []` is `All { 0, 0 }`, which holds; `any []` is `Any { 0, 0 }`, which does not.
        match c {
            Condition::All(parts) => {
                if let Some((on, off)) = masks(self, parts)? {
                    return Ok(Test::All { on, off });
                }
            }
            Condition::Any(parts) => {
                if let Some((on, off)) = masks(self, parts)? {
                    return Ok(Test::Any { on, off });
                }
            }
            other => {
                if let Some((i, positive)) = literal(self, other)? {
                    let bit = 1u64 << i;
                    return Ok(if positive {
                        Test::All { on: bit, off: 0 }
                    } else {
                        Test::All { on: 0, off: bit }
                    });
                }
            }
        }
        let mut steps = Vec::new();
        self.postfix(c, &mut steps)?;
        if stack_height(&steps) > 64 {
            return Err(Limit::TooDeep);
        }
        Ok(Test::Program(steps.into_boxed_slice()))
    }

    fn postfix(&mut self, c: &Condition, out: &mut Vec<Step>) -> Result<(), Limit> {
        match c {
            Condition::All(parts) | Condition::Any(parts) => {
                if parts.is_empty() {
                    // `all []` holds, `any []` does not (the validator refuses both).
                    out.push(Step::All(0));
                    if matches!(c, Condition::Any(_)) {
                        out.push(Step::Not);
                    }
                    return Ok(());
                }
                // Chunks keep the stack shallow: at most 32 values per step.
                let mut pending = 0u8;
                for part in parts {
                    self.postfix(part, out)?;
                    pending += 1;
                    if pending == 32 {
                        out.push(combine(c, pending));
                        pending = 1;
                    }
                }
                out.push(combine(c, pending));
            }
            Condition::Not(inner) => {
                self.postfix(inner, out)?;
                out.push(Step::Not);
            }
            leaf => {
                // `comparison` answers every condition but all/any/not, matched above; a supplied
                // ordinance must never trap the wasm, so even that is an error, not a panic.
                let Some(i) = self.comparison(leaf)? else {
                    return Err(Limit::TooDeep);
                };
                out.push(Step::Leaf(i));
            }
        }
        Ok(())
    }
}

/// The most values a program holds at once; the stack is a `u64`.
fn stack_height(steps: &[Step]) -> usize {
    let (mut height, mut max) = (0usize, 0usize);
    for step in steps {
        match *step {
            Step::Leaf(_) => height += 1,
            Step::Not => {}
            Step::All(n) | Step::Any(n) => height = height + 1 - usize::from(n),
        }
        max = max.max(height);
    }
    max
}

fn combine(c: &Condition, n: u8) -> Step {
    match c {
        Condition::Any(_) => Step::Any(n),
        _ => Step::All(n),
    }
}

fn depth(c: &Condition) -> usize {
    match c {
        Condition::All(parts) | Condition::Any(parts) => {
            1 + parts.iter().map(depth).max().unwrap_or(0)
        }
        Condition::Not(inner) => 1 + depth(inner),
        _ => 1,
    }
}

/// The number a literal stands for in the fact vector.
fn literal_value(fact: Fact, literal: &Literal) -> Result<f64, Limit> {
    match (fact.kind(), literal) {
        (Kind::Bool, Literal::Bool(b)) => Ok(if *b { 1.0 } else { 0.0 }),
        (Kind::Number { .. }, Literal::Number(n)) => Ok(*n),
        (Kind::Choice(_), Literal::Text(t)) => fact
            .option_index(t)
            .map(|i| i as f64)
            .ok_or(Limit::Mismatch(fact)),
        _ => Err(Limit::Mismatch(fact)),
    }
}
