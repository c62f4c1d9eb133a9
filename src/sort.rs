//! A stable insertion sort for the short lists the engine, the catalogue and the questions put
//! in order (a rule set's comparison values, a judgement's branches, the facts a rule set asks,
//! the municipalities by name: at most a few hundred items). Each use of the standard library's
//! sort links its own copy of a general sort (about 3.5 KB of wasm per type, 16 KB for these
//! four in the recipient's app); this one is a few hundred bytes. Quadratic: not for lists that
//! come from outside at any length (a language pack's messages keep the standard sort).

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

#[cfg(test)]
mod tests {
    use super::insertion_by;

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
            let (mut ours, mut std) = (v.clone(), v);
            insertion_by(&mut ours, |a, b| a < b);
            std.sort();
            assert_eq!(ours, std);
        }
    }
}
