//! The map that owns a kind of entity and allocates its keys.

use crate::boxed_slice::BoxedSlice;
use crate::iter::{IntoIter, Iter, IterMut};
use crate::keys::Keys;
use crate::{EntityRef, OutOfMemory};
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;
use core::ops::{Index, IndexMut, Range};
use core::slice;

#[cfg(feature = "enable-serde")]
use serde::{Deserialize, Serialize};

/// A vector of `V` indexed by `K`, which hands out a new key for every
/// pushed value.
///
/// The primary map is where the entities of one kind live: each `push`
/// returns the next key in sequence. Keep a single primary map per key type,
/// or keys from different maps will collide. Indexing with a key the map has
/// not handed out panics; [`get`](Self::get) returns `None` instead.
///
/// The map deliberately does not dereference to `&[V]`, which would let
/// plain `usize` indices back in. Use [`as_values_slice`](Self::as_values_slice)
/// or [`into_boxed_slice`](Self::into_boxed_slice) when a slice is needed.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, PrimaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
/// struct Func(u32);
/// entity_impl!(Func, "func");
///
/// let mut funcs = PrimaryMap::new();
/// let main: Func = funcs.push("main");
/// let helper = funcs.push("helper");
/// assert_eq!(funcs.next_key(), Func::new(2));
/// assert_eq!(funcs[helper], "helper");
/// assert_eq!(funcs.get(Func::new(9)), None);
/// assert_eq!(format!("{funcs:?}"), r#"PrimaryMap { func0: "main", func1: "helper" }"#);
/// # let _ = main;
/// ```
#[derive(Clone, Hash, PartialEq, Eq)]
#[cfg_attr(feature = "enable-serde", derive(Serialize, Deserialize))]
pub struct PrimaryMap<K, V>
where
    K: EntityRef,
{
    elems: Vec<V>,
    unused: PhantomData<K>,
}

impl<K, V> PrimaryMap<K, V>
where
    K: EntityRef,
{
    /// Creates an empty map.
    #[inline]
    pub fn new() -> Self {
        Vec::new().into()
    }

    /// Creates an empty map with room for `capacity` values.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec::with_capacity(capacity).into()
    }

    /// Like [`with_capacity`](Self::with_capacity), but reports allocation
    /// failure instead of aborting.
    pub fn try_with_capacity(capacity: usize) -> Result<Self, OutOfMemory> {
        let mut map = Self::new();
        map.try_reserve(capacity)?;
        Ok(map)
    }

    /// Returns `true` if `k` was handed out by this map.
    #[inline]
    pub fn is_valid(&self, k: K) -> bool {
        k.index() < self.elems.len()
    }

    /// Returns the value for `k`, if `k` is valid.
    #[inline]
    pub fn get(&self, k: K) -> Option<&V> {
        self.elems.get(k.index())
    }

    /// Returns the values for the keys in `range`, if they are all valid.
    #[inline]
    pub fn get_range(&self, range: Range<K>) -> Option<&[V]> {
        self.elems.get(range.start.index()..range.end.index())
    }

    /// Returns the value for `k` mutably, if `k` is valid.
    #[inline]
    pub fn get_mut(&mut self, k: K) -> Option<&mut V> {
        self.elems.get_mut(k.index())
    }

    /// Returns `true` if no value was pushed (or all were cleared).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.elems.is_empty()
    }

    /// Returns the number of values, which is also the number of keys handed
    /// out.
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

    /// Returns all values as a slice, in key order.
    #[inline]
    pub fn as_values_slice(&self) -> &[V] {
        &self.elems
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

    /// Removes every value; the next push gets key 0 again.
    #[inline]
    pub fn clear(&mut self) {
        self.elems.clear()
    }

    /// Returns the key the next [`push`](Self::push) will return.
    #[inline]
    pub fn next_key(&self) -> K {
        K::new(self.elems.len())
    }

    /// Appends `v` and returns its new key.
    #[inline]
    pub fn push(&mut self, v: V) -> K {
        let key = self.next_key();
        self.elems.push(v);
        key
    }

    /// Returns the most recently pushed entry.
    #[inline]
    pub fn last(&self) -> Option<(K, &V)> {
        let key = self.last_key()?;
        self.elems.last().map(|v| (key, v))
    }

    /// Returns the most recently pushed entry, mutably.
    #[inline]
    pub fn last_mut(&mut self) -> Option<(K, &mut V)> {
        let key = self.last_key()?;
        self.elems.last_mut().map(|v| (key, v))
    }

    /// The key of the last value, if there is one.
    #[inline]
    fn last_key(&self) -> Option<K> {
        self.elems.len().checked_sub(1).map(K::new)
    }

    /// Reserves room for at least `additional` more values.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.elems.reserve(additional)
    }

    /// Like [`reserve`](Self::reserve), but reports allocation failure
    /// instead of aborting.
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), OutOfMemory> {
        self.elems
            .try_reserve(additional)
            .map_err(|_| self.out_of_memory(additional))
    }

    /// Reserves room for exactly `additional` more values.
    #[inline]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.elems.reserve_exact(additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports allocation
    /// failure instead of aborting.
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), OutOfMemory> {
        self.elems
            .try_reserve_exact(additional)
            .map_err(|_| self.out_of_memory(additional))
    }

    /// The error for a failed attempt to grow by `additional` values; the
    /// reported size is the total element count that was asked for.
    fn out_of_memory(&self, additional: usize) -> OutOfMemory {
        OutOfMemory::new(self.len().saturating_add(additional))
    }

    /// Releases unused capacity.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.elems.shrink_to_fit()
    }

    /// Freezes the map into a fixed-size [`BoxedSlice`] with the same keys.
    #[inline]
    pub fn into_boxed_slice(self) -> BoxedSlice<K, V> {
        BoxedSlice::from_box(self.elems.into_boxed_slice())
    }

    /// Returns mutable references to the values of `N` distinct keys at once.
    ///
    /// Fails if a key is invalid or appears twice.
    pub fn get_disjoint_mut<const N: usize>(
        &mut self,
        indices: [K; N],
    ) -> Result<[&mut V; N], slice::GetDisjointMutError> {
        self.elems.get_disjoint_mut(indices.map(K::index))
    }

    /// Binary-searches values sorted by the key `f` extracts.
    ///
    /// Returns `Ok(key)` of a matching value (any one, if several match), or
    /// `Err(key)` of the position where such a value could be inserted while
    /// keeping the order.
    pub fn binary_search_values_by_key<'a, B, F>(&'a self, b: &B, f: F) -> Result<K, K>
    where
        F: FnMut(&'a V) -> B,
        B: Ord,
    {
        self.elems
            .binary_search_by_key(b, f)
            .map(K::new)
            .map_err(K::new)
    }

    /// Returns a raw pointer to the value for `k`, if `k` is valid.
    ///
    /// Unlike [`get_mut`](Self::get_mut), taking a second pointer this way
    /// does not invalidate an earlier one under Rust's aliasing model, which
    /// helps code that must hold pointers to two values at once.
    pub fn get_raw_mut(&mut self, k: K) -> Option<*mut V> {
        let index = k.index();
        // `as_mut_ptr` creates no intermediate reference, so earlier pointers
        // stay valid; the bounds check keeps the offset inside the buffer.
        (index < self.elems.len()).then(|| self.elems.as_mut_ptr().wrapping_add(index))
    }
}

impl<K, V> Default for PrimaryMap<K, V>
where
    K: EntityRef,
{
    #[inline]
    fn default() -> PrimaryMap<K, V> {
        PrimaryMap::new()
    }
}

/// Looks up a value; panics if `k` was not handed out by this map.
impl<K, V> Index<K> for PrimaryMap<K, V>
where
    K: EntityRef,
{
    type Output = V;

    #[inline]
    fn index(&self, k: K) -> &V {
        &self.elems[k.index()]
    }
}

/// Looks up a value mutably; panics if `k` was not handed out by this map.
impl<K, V> IndexMut<K> for PrimaryMap<K, V>
where
    K: EntityRef,
{
    #[inline]
    fn index_mut(&mut self, k: K) -> &mut V {
        &mut self.elems[k.index()]
    }
}

impl<K, V> IntoIterator for PrimaryMap<K, V>
where
    K: EntityRef,
{
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        IntoIter::new(self.elems.into_iter())
    }
}

impl<'a, K, V> IntoIterator for &'a PrimaryMap<K, V>
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

impl<'a, K, V> IntoIterator for &'a mut PrimaryMap<K, V>
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

/// Collects values, giving them keys 0, 1, 2, ... in order.
impl<K, V> FromIterator<V> for PrimaryMap<K, V>
where
    K: EntityRef,
{
    fn from_iter<T>(iter: T) -> Self
    where
        T: IntoIterator<Item = V>,
    {
        Vec::from_iter(iter).into()
    }
}

/// Pushes every value, in order.
impl<K, V> Extend<V> for PrimaryMap<K, V>
where
    K: EntityRef,
{
    fn extend<T>(&mut self, iter: T)
    where
        T: IntoIterator<Item = V>,
    {
        self.elems.extend(iter);
    }
}

/// Uses the vector's positions as keys.
impl<K, V> From<Vec<V>> for PrimaryMap<K, V>
where
    K: EntityRef,
{
    #[inline]
    fn from(elems: Vec<V>) -> Self {
        Self {
            elems,
            unused: PhantomData,
        }
    }
}

/// Drops the keys, keeping the values in key order.
impl<K, V> From<PrimaryMap<K, V>> for Vec<V>
where
    K: EntityRef,
{
    #[inline]
    fn from(map: PrimaryMap<K, V>) -> Self {
        map.elems
    }
}

/// Prints `PrimaryMap { key0: value0, key1: value1, .. }`, naming each field
/// after the key's `Debug` output.
impl<K: EntityRef + fmt::Debug, V: fmt::Debug> fmt::Debug for PrimaryMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("PrimaryMap");
        for (k, v) in self {
            out.field(&alloc::format!("{k:?}"), v);
        }
        out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::PrimaryMap;
    use crate::EntityRef;
    use alloc::vec::Vec;
    use alloc::{format, vec};

    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    struct E(u32);
    crate::entity_impl!(E, "e");

    fn two_values() -> (PrimaryMap<E, i32>, E, E) {
        let mut map = PrimaryMap::new();
        let first = map.push(12);
        let second = map.push(33);
        (map, first, second)
    }

    #[test]
    fn empty_map_has_no_valid_keys() {
        let map = PrimaryMap::<E, i32>::new();
        assert!(map.is_empty());
        assert!(!map.is_valid(E::new(0)));
        assert_eq!(map.keys().count(), 0);
        assert!(map.last().is_none());
        assert_eq!(map.next_key(), E::new(0));
    }

    #[test]
    fn push_hands_out_keys_in_order() {
        let (map, first, second) = two_values();
        assert_eq!((first, second), (E::new(0), E::new(1)));
        assert_eq!((map[first], map[second]), (12, 33));
        assert_eq!(map.keys().collect::<Vec<_>>(), [first, second]);
        assert_eq!(map.last(), Some((second, &33)));
    }

    #[test]
    fn iterators_go_both_ways() {
        let (mut map, first, second) = two_values();
        let forward: Vec<_> = map.iter().map(|(k, v)| (k, *v)).collect();
        assert_eq!(forward, [(first, 12), (second, 33)]);
        let backward: Vec<_> = map.iter().rev().map(|(k, _)| k).collect();
        assert_eq!(backward, [second, first]);
        assert_eq!(map.keys().rev().collect::<Vec<_>>(), [second, first]);
        assert_eq!(map.values().rev().copied().collect::<Vec<_>>(), [33, 12]);
        for (k, v) in map.iter_mut().rev() {
            *v += k.index() as i32;
        }
        for v in &mut map.values_mut() {
            *v *= 2;
        }
        assert_eq!(map.as_values_slice(), [24, 68]);
    }

    #[test]
    fn disjoint_borrows() {
        let (mut map, first, second) = two_values();
        let [a, b] = map.get_disjoint_mut([first, second]).unwrap();
        core::mem::swap(a, b);
        assert_eq!(map.as_values_slice(), [33, 12]);
        assert!(map.get_disjoint_mut([first, first]).is_err());
        assert!(map.get_disjoint_mut([E::new(7)]).is_err());
    }

    #[test]
    fn binary_search_returns_keys() {
        let map: PrimaryMap<E, i32> = vec![1, 3, 5].into();
        assert_eq!(map.binary_search_values_by_key(&3, |v| *v), Ok(E::new(1)));
        assert_eq!(map.binary_search_values_by_key(&4, |v| *v), Err(E::new(2)));
    }

    #[test]
    fn ranges_and_conversions() {
        let map: PrimaryMap<E, i32> = (0..5).collect();
        assert_eq!(map.get_range(E::new(1)..E::new(3)), Some(&[1, 2][..]));
        assert_eq!(map.get_range(E::new(4)..E::new(9)), None);
        let boxed = map.clone().into_boxed_slice();
        assert_eq!(boxed.len(), 5);
        let back: Vec<i32> = map.into();
        assert_eq!(back, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn debug_names_fields_after_keys() {
        let (map, _, _) = two_values();
        assert_eq!(format!("{map:?}"), "PrimaryMap { e0: 12, e1: 33 }");
    }

    #[test]
    fn fallible_reservations() {
        let mut map = PrimaryMap::<E, u8>::try_with_capacity(16).unwrap();
        map.try_reserve(4).unwrap();
        map.try_reserve_exact(4).unwrap();
        let error = map.try_reserve(usize::MAX).unwrap_err();
        assert_eq!(error.requested_allocation_size(), usize::MAX);
    }

    #[test]
    fn raw_pointers_point_at_values() {
        let (mut map, first, _) = two_values();
        let ptr = map.get_raw_mut(first).unwrap();
        assert_eq!(ptr, &mut map[first] as *mut i32);
        assert!(map.get_raw_mut(E::new(2)).is_none());
    }
}
