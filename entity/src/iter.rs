//! Iterators over `(key, value)` pairs of dense containers.

use crate::EntityRef;
use alloc::vec;
use core::iter::Enumerate;
use core::marker::PhantomData;
use core::slice;

/// Turns the position of an element into its key.
#[inline]
fn keyed<K: EntityRef, V>((index, value): (usize, V)) -> (K, V) {
    (K::new(index), value)
}

/// Iterates over `(key, &value)` pairs, in key order or in reverse.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, PrimaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Global(u32);
/// entity_impl!(Global);
///
/// let globals: PrimaryMap<Global, i64> = [10, 20].into_iter().collect();
/// let pairs: Vec<(Global, &i64)> = globals.iter().collect();
/// assert_eq!(pairs, [(Global::new(0), &10), (Global::new(1), &20)]);
/// ```
pub struct Iter<'a, K: EntityRef, V>
where
    V: 'a,
{
    inner: Enumerate<slice::Iter<'a, V>>,
    key: PhantomData<K>,
}

impl<'a, K: EntityRef, V> Iter<'a, K, V> {
    /// Wraps a slice iterator, numbering its elements from key 0.
    #[inline]
    pub fn new(iter: slice::Iter<'a, V>) -> Self {
        Self {
            inner: iter.enumerate(),
            key: PhantomData,
        }
    }
}

impl<'a, K: EntityRef, V> Iterator for Iter<'a, K, V> {
    type Item = (K, &'a V);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(keyed)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K: EntityRef, V> DoubleEndedIterator for Iter<'_, K, V> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back().map(keyed)
    }
}

impl<K: EntityRef, V> ExactSizeIterator for Iter<'_, K, V> {}

/// Iterates over `(key, &mut value)` pairs, in key order or in reverse.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, PrimaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Global(u32);
/// entity_impl!(Global);
///
/// let mut globals: PrimaryMap<Global, usize> = [10, 20].into_iter().collect();
/// for (key, value) in globals.iter_mut() {
///     *value += key.index();
/// }
/// assert_eq!(globals[Global::new(1)], 21);
/// ```
pub struct IterMut<'a, K: EntityRef, V>
where
    V: 'a,
{
    inner: Enumerate<slice::IterMut<'a, V>>,
    key: PhantomData<K>,
}

impl<'a, K: EntityRef, V> IterMut<'a, K, V> {
    /// Wraps a mutable slice iterator, numbering its elements from key 0.
    #[inline]
    pub fn new(iter: slice::IterMut<'a, V>) -> Self {
        Self {
            inner: iter.enumerate(),
            key: PhantomData,
        }
    }
}

impl<'a, K: EntityRef, V> Iterator for IterMut<'a, K, V> {
    type Item = (K, &'a mut V);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(keyed)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K: EntityRef, V> DoubleEndedIterator for IterMut<'_, K, V> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back().map(keyed)
    }
}

impl<K: EntityRef, V> ExactSizeIterator for IterMut<'_, K, V> {}

/// Iterates over owned `(key, value)` pairs, in key order or in reverse.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, PrimaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Global(u32);
/// entity_impl!(Global);
///
/// let globals: PrimaryMap<Global, String> = ["a".to_string()].into_iter().collect();
/// let pairs: Vec<(Global, String)> = globals.into_iter().collect();
/// assert_eq!(pairs, [(Global::new(0), "a".to_string())]);
/// ```
pub struct IntoIter<K: EntityRef, V> {
    inner: Enumerate<vec::IntoIter<V>>,
    key: PhantomData<K>,
}

impl<K: EntityRef, V> IntoIter<K, V> {
    /// Wraps a vector iterator, numbering its elements from key 0.
    #[inline]
    pub fn new(iter: vec::IntoIter<V>) -> Self {
        Self {
            inner: iter.enumerate(),
            key: PhantomData,
        }
    }
}

impl<K: EntityRef, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(keyed)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K: EntityRef, V> DoubleEndedIterator for IntoIter<K, V> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back().map(keyed)
    }
}

impl<K: EntityRef, V> ExactSizeIterator for IntoIter<K, V> {}

#[cfg(test)]
mod tests {
    use super::{IntoIter, Iter, IterMut};
    use crate::EntityRef;
    use alloc::vec;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    struct E(u32);
    crate::entity_impl!(E);

    #[test]
    fn keys_follow_positions_from_both_ends() {
        let data = [10, 20, 30];
        let mut iter = Iter::<E, i32>::new(data.iter());
        assert_eq!(iter.len(), 3);
        assert_eq!(iter.next_back(), Some((E::new(2), &30)));
        assert_eq!(iter.next(), Some((E::new(0), &10)));
        assert_eq!(iter.len(), 1);
    }

    #[test]
    fn mutable_and_owned_iterators() {
        let mut data = vec![1, 2, 3];
        for (key, value) in IterMut::<E, i32>::new(data.iter_mut()).rev() {
            *value *= key.index() as i32;
        }
        assert_eq!(data, [0, 2, 6]);
        let owned: Vec<(E, i32)> = IntoIter::new(data.into_iter()).rev().collect();
        assert_eq!(owned, [(E::new(2), 6), (E::new(1), 2), (E::new(0), 0)]);
    }
}
