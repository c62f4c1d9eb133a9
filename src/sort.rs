//! A stable insertion sort for the short lists the engine, the catalogue and the questions put
//! in order (a rule set's comparison values, a judgement's branches, the facts a rule set asks,
//! the municipalities by name: at most a few hundred items). Each use of the standard library's
//! sort links its own copy of a general sort (about 3.5 KB of wasm per type, 16 KB for these
//! four in the recipient's app); this one is a few hundred bytes. Quadratic, so lists that come
//! from outside at any length (a language pack's messages) take `merge_by`, n log n.

/// Sorts `items` so that no item is `less` than the one before it; equal items keep their order.
pub fn insertion_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` in n log n comparisons, stably: for lists whose length comes from outside.
pub fn merge_by<T>(mut items: Vec<T>, less: &impl Fn(&T, &T) -> bool) -> Vec<T> {
    if items.len() < 2 {
        return items;
    }
    let right = merge_by(items.split_off(items.len() / 2), less);
    let left = merge_by(items, less);
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut left, mut right) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (left.peek(), right.peek()) {
        let next = if less(b, a) {
            right.next()
        } else {
            left.next()
        };
        out.extend(next);
    }
    out.extend(left);
    out.extend(right);
    out
}

#[cfg(test)]
mod tests {
    use super::{insertion_by, merge_by};

    #[test]
    fn sorts_and_keeps_equal_items_in_their_order() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        insertion_by(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        insertion_by(&mut empty, |a, b| a < b);
        let mut one = [7];
        insertion_by(&mut one, |a, b| a < b);
        assert_eq!(one, [7]);
    }

    #[test]
    fn agrees_with_the_standard_sort() {
        let mut rng = crate::rng::Rng(7);
        for len in 0..60 {
            let v: Vec<u32> = (0..len).map(|_| rng.below(10) as u32).collect();
            let (mut ours, mut std) = (v.clone(), v.clone());
            insertion_by(&mut ours, |a, b| a < b);
            std.sort();
            assert_eq!(ours, std);
            // Stable: pairs by their first number keep the order of their second.
            let pairs: Vec<(u32, usize)> = v.iter().copied().zip(0..).collect();
            let merged = merge_by(pairs.clone(), &|a: &(u32, usize), b: &(u32, usize)| {
                a.0 < b.0
            });
            let mut expected = pairs;
            expected.sort_by_key(|p| p.0);
            assert_eq!(merged, expected);
        }
    }
}
