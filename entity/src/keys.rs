//! Iteration over the keys of a dense container.

use crate::EntityRef;
use core::marker::PhantomData;

/// Yields the keys `K::new(0)` up to `K::new(len - 1)`, from either end.
///
/// Every dense container returns this from its `keys()` method.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, Keys};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Func(u32);
/// entity_impl!(Func);
///
/// let mut keys = Keys::<Func>::with_len(3);
/// assert_eq!(keys.len(), 3);
/// assert_eq!(keys.next_back(), Some(Func::new(2)));
/// assert_eq!(keys.next(), Some(Func::new(0)));
/// assert_eq!(keys.next(), Some(Func::new(1)));
/// assert_eq!(keys.next(), None);
/// ```
pub struct Keys<K: EntityRef> {
    front: usize,
    back: usize,
    key: PhantomData<K>,
}

impl<K: EntityRef> Keys<K> {
    /// Iterates over the first `len` keys.
    #[inline]
    pub fn with_len(len: usize) -> Self {
        Self {
            front: 0,
            back: len,
            key: PhantomData,
        }
    }
}

impl<K: EntityRef> Iterator for Keys<K> {
    type Item = K;

    #[inline]
    fn next(&mut self) -> Option<K> {
        if self.front >= self.back {
            return None;
        }
        let key = K::new(self.front);
        self.front += 1;
        Some(key)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.back - self.front;
        (remaining, Some(remaining))
    }
}

impl<K: EntityRef> DoubleEndedIterator for Keys<K> {
    #[inline]
    fn next_back(&mut self) -> Option<K> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        Some(K::new(self.back))
    }
}

impl<K: EntityRef> ExactSizeIterator for Keys<K> {}

#[cfg(test)]
mod tests {
    use super::Keys;
    use crate::EntityRef;

    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    struct E(u32);
    crate::entity_impl!(E);

    #[test]
    fn both_ends_meet_without_overlap() {
        let mut keys = Keys::<E>::with_len(4);
        assert_eq!(keys.next(), Some(E::new(0)));
        assert_eq!(keys.next_back(), Some(E::new(3)));
        assert_eq!(keys.size_hint(), (2, Some(2)));
        assert_eq!(keys.next_back(), Some(E::new(2)));
        assert_eq!(keys.next(), Some(E::new(1)));
        assert_eq!(keys.next(), None);
        assert_eq!(keys.next_back(), None);
        assert_eq!(keys.len(), 0);
    }

    #[test]
    fn zero_length_is_empty() {
        assert_eq!(Keys::<E>::with_len(0).count(), 0);
    }
}
