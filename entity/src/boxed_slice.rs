//! A fixed-size, frozen [`PrimaryMap`](crate::PrimaryMap).

use crate::iter::{Iter, IterMut};
use crate::keys::Keys;
use crate::EntityRef;
use alloc::boxed::Box;
use core::marker::PhantomData;
use core::ops::{Index, IndexMut};
use core::slice;

/// A boxed slice of `V` indexed by `K`.
///
/// This is what [`PrimaryMap::into_boxed_slice`](crate::PrimaryMap::into_boxed_slice)
/// returns once no more entities will be added: the same keys, without the
/// spare capacity and without `push`.
///
/// ```
/// use lightbeam_entity::{entity_impl, BoxedSlice, EntityRef, PrimaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Table(u32);
/// entity_impl!(Table);
///
/// let mut tables = PrimaryMap::new();
/// let t0: Table = tables.push(10_u32);
/// let mut frozen: BoxedSlice<Table, u32> = tables.into_boxed_slice();
/// frozen[t0] += 1;
/// assert_eq!(frozen.get(t0), Some(&11));
/// assert_eq!(frozen.last(), Some(&11));
/// ```
#[derive(Debug, Clone)]
pub struct BoxedSlice<K, V>
where
    K: EntityRef,
{
    elems: Box<[V]>,
    unused: PhantomData<K>,
}

impl<K, V> BoxedSlice<K, V>
where
    K: EntityRef,
{
    /// Takes ownership of a boxed slice given as a raw pointer.
    ///
    /// [`PrimaryMap::into_boxed_slice`](crate::PrimaryMap::into_boxed_slice)
    /// is the safe way to build one.
    ///
    /// # Safety
    ///
    /// `raw` must come from `Box::<[V]>::into_raw` (or satisfy the same
    /// conditions as for [`Box::from_raw`]) and must not be used afterwards.
    pub unsafe fn from_raw(raw: *mut [V]) -> Self {
        // SAFETY: the caller guarantees that `raw` is an owned, boxed slice
        // allocation that nothing else will use or free.
        Self::from_box(unsafe { Box::from_raw(raw) })
    }

    /// Wraps an owned boxed slice.
    #[inline]
    pub(crate) fn from_box(elems: Box<[V]>) -> Self {
        Self {
            elems,
            unused: PhantomData,
        }
    }

    /// Returns `true` if `k` is within the slice.
    #[inline]
    pub fn is_valid(&self, k: K) -> bool {
        k.index() < self.elems.len()
    }

    /// Returns the value for `k`, if `k` is valid.
    #[inline]
    pub fn get(&self, k: K) -> Option<&V> {
        self.elems.get(k.index())
    }

    /// Returns the value for `k` mutably, if `k` is valid.
    #[inline]
    pub fn get_mut(&mut self, k: K) -> Option<&mut V> {
        self.elems.get_mut(k.index())
    }

    /// Returns `true` if the slice has no values.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.elems.is_empty()
    }

    /// Returns the number of values.
    #[inline]
    pub fn len(&self) -> usize {
        self.elems.len()
    }

    /// Iterates over the keys in order.
    #[inline]
    pub fn keys(&self) -> Keys<K> {
        Keys::with_len(self.elems.len())
    }

    /// Iterates over the values in key order.
    #[inline]
    pub fn values(&self) -> slice::Iter<'_, V> {
        self.elems.iter()
    }

    /// Iterates mutably over the values in key order.
    #[inline]
    pub fn values_mut(&mut self) -> slice::IterMut<'_, V> {
        self.elems.iter_mut()
    }

    /// Iterates over `(key, &value)` pairs in key order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter::new(self.elems.iter())
    }

    /// Iterates over `(key, &mut value)` pairs in key order.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut::new(self.elems.iter_mut())
    }

    /// Returns the value with the highest key.
    #[inline]
    pub fn last(&self) -> Option<&V> {
        self.elems.last()
    }
}

/// Looks up a value; panics if `k` is out of range.
impl<K, V> Index<K> for BoxedSlice<K, V>
where
    K: EntityRef,
{
    type Output = V;

    #[inline]
    fn index(&self, k: K) -> &V {
        &self.elems[k.index()]
    }
}

/// Looks up a value mutably; panics if `k` is out of range.
impl<K, V> IndexMut<K> for BoxedSlice<K, V>
where
    K: EntityRef,
{
    #[inline]
    fn index_mut(&mut self, k: K) -> &mut V {
        &mut self.elems[k.index()]
    }
}

impl<'a, K, V> IntoIterator for &'a BoxedSlice<K, V>
where
    K: EntityRef,
{
    type Item = (K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut BoxedSlice<K, V>
where
    K: EntityRef,
{
    type Item = (K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::BoxedSlice;
    use crate::{EntityRef, PrimaryMap};
    use alloc::boxed::Box;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct E(u32);
    crate::entity_impl!(E);

    #[test]
    fn behaves_like_the_map_it_came_from() {
        let map: PrimaryMap<E, i32> = [12, 33].into_iter().collect();
        let mut slice = map.into_boxed_slice();
        assert_eq!(slice.len(), 2);
        assert!(slice.is_valid(E::new(1)) && !slice.is_valid(E::new(2)));
        assert_eq!(
            slice.keys().rev().collect::<Vec<_>>(),
            [E::new(1), E::new(0)]
        );
        for (k, v) in &mut slice {
            *v += k.index() as i32;
        }
        let pairs: Vec<_> = (&slice).into_iter().map(|(k, v)| (k, *v)).collect();
        assert_eq!(pairs, [(E::new(0), 12), (E::new(1), 34)]);
        *slice.get_mut(E::new(0)).unwrap() = 0;
        assert_eq!(slice.values().sum::<i32>(), 34);
        slice.values_mut().for_each(|v| *v = 1);
        assert_eq!(slice.iter_mut().count(), 2);
        assert_eq!(slice.iter().count(), 2);
    }

    #[test]
    fn from_raw_takes_ownership() {
        let raw = Box::into_raw(Box::<[u8]>::from([1, 2, 3]));
        // SAFETY: `raw` was just produced by `Box::into_raw` and is not used again.
        let slice = unsafe { BoxedSlice::<E, u8>::from_raw(raw) };
        assert_eq!(slice[E::new(2)], 3);
        assert!(!slice.is_empty());
    }
}
