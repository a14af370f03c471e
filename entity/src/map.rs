//! The map that attaches secondary data to existing entities.

use crate::iter::{Iter, IterMut};
use crate::keys::Keys;
use crate::{EntityRef, OutOfMemory};
use alloc::vec::Vec;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Index, IndexMut};
use core::slice;

/// A map `K -> V` in which every key has a value, the default one unless it
/// was written.
///
/// A secondary map stores side information about entities that a
/// [`PrimaryMap`](crate::PrimaryMap) owns. It is a vector that grows on
/// demand: reading a key past its end yields the default value, and writing
/// through `IndexMut` extends it. It cannot tell an entry that was never
/// written from one that was set to the default; use a
/// [`SparseMap`](crate::SparseMap) when that matters.
///
/// Two maps are equal when they have the same default and hold the same
/// value for every key, however far each vector was grown.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, SecondaryMap};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Value(u32);
/// entity_impl!(Value);
///
/// let mut uses: SecondaryMap<Value, u32> = SecondaryMap::new();
/// uses[Value::new(3)] += 1;
/// assert_eq!(uses[Value::new(3)], 1);
/// assert_eq!(uses[Value::new(100)], 0);
/// assert_eq!(uses.keys().count(), 4);
///
/// let mut names = SecondaryMap::with_default("?");
/// names[Value::new(1)] = "x";
/// assert_eq!((names[Value::new(0)], names[Value::new(1)]), ("?", "x"));
/// ```
#[derive(Clone)]
pub struct SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone,
{
    elems: Vec<V>,
    default: V,
    unused: PhantomData<K>,
}

impl<K, V> SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone,
{
    /// Creates an empty map whose default is `V::default()`.
    #[inline]
    pub fn new() -> Self
    where
        V: Default,
    {
        Self::with_default(V::default())
    }

    /// Creates an empty map with room for `capacity` entries.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self
    where
        V: Default,
    {
        Self::from_parts(Vec::with_capacity(capacity), V::default())
    }

    /// Like [`with_capacity`](Self::with_capacity), but reports allocation
    /// failure instead of aborting.
    pub fn try_with_capacity(capacity: usize) -> Result<Self, OutOfMemory>
    where
        V: Default,
    {
        let mut elems = Vec::new();
        elems
            .try_reserve(capacity)
            .map_err(|_| Self::out_of_memory(capacity))?;
        Ok(Self::from_parts(elems, V::default()))
    }

    /// Creates an empty map whose unwritten entries read as `default`.
    ///
    /// Unlike [`new`](Self::new), this does not need `V: Default`.
    #[inline]
    pub fn with_default(default: V) -> Self {
        Self::from_parts(Vec::new(), default)
    }

    #[inline]
    fn from_parts(elems: Vec<V>, default: V) -> Self {
        Self {
            elems,
            default,
            unused: PhantomData,
        }
    }

    /// The error for a failed attempt to hold `entries` values.
    fn out_of_memory(entries: usize) -> OutOfMemory {
        OutOfMemory::new(size_of::<V>().saturating_mul(entries))
    }

    /// Returns how many entries fit before the vector reallocates.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.elems.capacity()
    }

    /// Returns the stored value for `k`, or `None` if `k` lies beyond the
    /// entries stored so far (even though indexing would give the default).
    #[inline(always)]
    pub fn get(&self, k: K) -> Option<&V> {
        self.elems.get(k.index())
    }

    /// Returns the stored value for `k` mutably, or `None` if `k` lies beyond
    /// the entries stored so far. This never grows the map.
    #[inline]
    pub fn get_mut(&mut self, k: K) -> Option<&mut V> {
        self.elems.get_mut(k.index())
    }

    /// Sets the value for `k`, growing the map as needed.
    ///
    /// Returns the previous stored value, or `None` if `k` lay beyond the
    /// stored entries.
    #[inline]
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.elems.get_mut(k.index()) {
            Some(slot) => Some(mem::replace(slot, v)),
            None => {
                *self.resize_for_index_mut(k.index()) = v;
                None
            }
        }
    }

    /// Like [`insert`](Self::insert), but reports allocation failure instead
    /// of aborting.
    pub fn try_insert(&mut self, k: K, v: V) -> Result<Option<V>, OutOfMemory> {
        let index = k.index();
        if let Some(slot) = self.elems.get_mut(index) {
            return Ok(Some(mem::replace(slot, v)));
        }
        self.try_resize(index + 1)?;
        self.elems[index] = v;
        Ok(None)
    }

    /// Resets the entry for `k` to the default and returns its old stored
    /// value, or `None` if `k` lay beyond the stored entries.
    #[inline]
    pub fn remove(&mut self, k: K) -> Option<V> {
        let slot = self.elems.get_mut(k.index())?;
        Some(mem::replace(slot, self.default.clone()))
    }

    /// Returns `true` if no entry is stored.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.elems.is_empty()
    }

    /// Forgets every stored entry; every key reads as the default again.
    #[inline(always)]
    pub fn clear(&mut self) {
        self.elems.clear()
    }

    /// Iterates over the stored `(key, &value)` pairs in key order.
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter::new(self.elems.iter())
    }

    /// Iterates over the stored `(key, &mut value)` pairs in key order.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut::new(self.elems.iter_mut())
    }

    /// Iterates over the keys of the stored entries.
    #[inline]
    pub fn keys(&self) -> Keys<K> {
        Keys::with_len(self.elems.len())
    }

    /// Iterates over the stored values in key order.
    #[inline]
    pub fn values(&self) -> slice::Iter<'_, V> {
        self.elems.iter()
    }

    /// Iterates mutably over the stored values in key order.
    #[inline]
    pub fn values_mut(&mut self) -> slice::IterMut<'_, V> {
        self.elems.iter_mut()
    }

    /// Stores exactly `n` entries, filling new ones with the default or
    /// dropping those past `n`.
    #[inline]
    pub fn resize(&mut self, n: usize) {
        self.elems.resize(n, self.default.clone());
    }

    /// Like [`resize`](Self::resize), but reports allocation failure instead
    /// of aborting.
    pub fn try_resize(&mut self, n: usize) -> Result<(), OutOfMemory> {
        let missing = n.saturating_sub(self.elems.len());
        self.elems
            .try_reserve(missing)
            .map_err(|_| Self::out_of_memory(n))?;
        self.resize(n);
        Ok(())
    }

    /// Returns the stored values as a slice, in key order.
    #[inline]
    pub fn as_values_slice(&self) -> &[V] {
        &self.elems
    }

    /// Returns the value that unwritten keys read as.
    #[inline]
    pub fn default_value(&self) -> &V {
        &self.default
    }

    /// Grows the vector so that `index` is stored, then returns its slot.
    #[cold]
    fn resize_for_index_mut(&mut self, index: usize) -> &mut V {
        self.resize(index + 1);
        &mut self.elems[index]
    }
}

impl<K, V> Default for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + Default,
{
    #[inline]
    fn default() -> SecondaryMap<K, V> {
        SecondaryMap::new()
    }
}

/// Uses the vector's positions as keys and `V::default()` as the default.
impl<K, V> From<Vec<V>> for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + Default,
{
    #[inline]
    fn from(elems: Vec<V>) -> Self {
        Self::from_parts(elems, V::default())
    }
}

/// Writes each pair in turn; later pairs win over earlier ones.
impl<K, V> FromIterator<(K, V)> for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + Default,
{
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> Self {
        let pairs = iter.into_iter();
        let (lower, upper) = pairs.size_hint();
        let mut map = Self::with_capacity(upper.unwrap_or_else(|| 2 * lower));
        for (k, v) in pairs {
            map[k] = v;
        }
        map
    }
}

/// Reads any key; keys never written give the default value.
impl<K, V> Index<K> for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone,
{
    type Output = V;

    #[inline(always)]
    fn index(&self, k: K) -> &V {
        self.elems.get(k.index()).unwrap_or(&self.default)
    }
}

/// Writes any key, growing the map with default entries first if needed.
impl<K, V> IndexMut<K> for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone,
{
    #[inline(always)]
    fn index_mut(&mut self, k: K) -> &mut V {
        let index = k.index();
        if index < self.elems.len() {
            &mut self.elems[index]
        } else {
            self.resize_for_index_mut(index)
        }
    }
}

/// Compares defaults and the value of every key; stored entries equal to the
/// default count the same as unstored ones.
impl<K, V> PartialEq for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + PartialEq,
{
    fn eq(&self, other: &Self) -> bool {
        let shared = self.elems.len().min(other.elems.len());
        self.default == other.default
            && self.elems[..shared] == other.elems[..shared]
            && self.elems[shared..].iter().all(|v| *v == self.default)
            && other.elems[shared..].iter().all(|v| *v == other.default)
    }
}

impl<K, V> Eq for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + PartialEq + Eq,
{
}

/// Hashes the default and the stored entries up to the last one that differs
/// from it, so that maps which compare equal hash equally.
impl<K, V> Hash for SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + PartialEq + Hash,
{
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.default.hash(state);
        self.significant_values().hash(state);
    }
}

impl<K, V> SecondaryMap<K, V>
where
    K: EntityRef,
    V: Clone + PartialEq,
{
    /// The stored values without the trailing run of defaults.
    fn significant_values(&self) -> &[V] {
        let len = self
            .elems
            .iter()
            .rposition(|v| *v != self.default)
            .map_or(0, |last| last + 1);
        &self.elems[..len]
    }
}

/// Prints `SecondaryMap { elems: [..], default: .. }`.
impl<K: EntityRef + fmt::Debug, V: fmt::Debug + Clone> fmt::Debug for SecondaryMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecondaryMap")
            .field("elems", &self.elems)
            .field("default", &self.default)
            .finish()
    }
}

#[cfg(feature = "enable-serde")]
mod serialization {
    //! A secondary map is written as a sequence of `Option<V>`: first
    //! `Some(default)`, then one item per stored entry up to the last
    //! non-default one, with `None` standing for entries equal to the default.

    use super::SecondaryMap;
    use crate::EntityRef;
    use core::fmt;
    use core::marker::PhantomData;
    use serde::de::{Error, SeqAccess, Visitor};
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl<K, V> Serialize for SecondaryMap<K, V>
    where
        K: EntityRef,
        V: Clone + PartialEq + Serialize,
    {
        fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
        where
            S: Serializer,
        {
            let significant = self.significant_values();
            let mut seq = serializer.serialize_seq(Some(1 + significant.len()))?;
            seq.serialize_element(&Some(&self.default))?;
            for value in significant {
                let item = (*value != self.default).then_some(value);
                seq.serialize_element(&item)?;
            }
            seq.end()
        }
    }

    impl<'de, K, V> Deserialize<'de> for SecondaryMap<K, V>
    where
        K: EntityRef,
        V: Clone + Deserialize<'de>,
    {
        fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
        where
            D: Deserializer<'de>,
        {
            deserializer.deserialize_seq(SecondaryMapVisitor(PhantomData))
        }
    }

    struct SecondaryMapVisitor<K, V>(PhantomData<fn(K) -> V>);

    impl<'de, K, V> Visitor<'de> for SecondaryMapVisitor<K, V>
    where
        K: EntityRef,
        V: Clone + Deserialize<'de>,
    {
        type Value = SecondaryMap<K, V>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("struct SecondaryMap")
        }

        fn visit_seq<A>(self, mut seq: A) -> Result<Self::Value, A::Error>
        where
            A: SeqAccess<'de>,
        {
            let Some(Some(default)) = seq.next_element::<Option<V>>()? else {
                return Err(A::Error::custom("Default value required"));
            };
            let mut map = SecondaryMap::with_default(default);
            let mut index = 0;
            while let Some(item) = seq.next_element::<Option<V>>()? {
                let value = item.unwrap_or_else(|| map.default.clone());
                map[K::new(index)] = value;
                index += 1;
            }
            Ok(map)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SecondaryMap;
    use crate::EntityRef;
    use alloc::format;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct E(u32);
    crate::entity_impl!(E);

    #[test]
    fn writes_grow_reads_do_not() {
        let mut map = SecondaryMap::new();
        assert_eq!(map.keys().count(), 0);
        map[E::new(2)] = 3;
        map[E::new(1)] = 5;
        assert_eq!((map[E::new(0)], map[E::new(1)], map[E::new(2)]), (0, 5, 3));
        assert_eq!(map.keys().collect::<Vec<_>>(), [E(0), E(1), E(2)]);
        assert_eq!(map[E::new(50)], 0);
        assert_eq!(map.get(E::new(50)), None);
        assert_eq!(map.values().len(), 3);
    }

    #[test]
    fn insert_and_remove_report_stored_values() {
        let mut map = SecondaryMap::with_default(7);
        assert_eq!(map.insert(E::new(2), 1), None);
        assert_eq!(map.insert(E::new(2), 4), Some(1));
        assert_eq!(map.insert(E::new(0), 9), Some(7));
        assert_eq!(map.remove(E::new(2)), Some(4));
        assert_eq!(map.remove(E::new(3)), None);
        assert_eq!(map.as_values_slice(), [9, 7, 7]);
        assert_eq!(*map.default_value(), 7);
        assert_eq!(map.try_insert(E::new(4), 1).unwrap(), None);
        assert_eq!(map.as_values_slice(), [9, 7, 7, 7, 1]);
    }

    #[test]
    fn trailing_defaults_do_not_affect_equality() {
        let mut short = SecondaryMap::<E, u8>::new();
        let mut long = SecondaryMap::new();
        short[E::new(1)] = 4;
        long[E::new(1)] = 4;
        long.resize(10);
        assert_eq!(short, long);
        long[E::new(9)] = 1;
        assert_ne!(short, long);
        assert_ne!(SecondaryMap::<E, u8>::with_default(1), SecondaryMap::new());
    }

    #[test]
    fn equal_maps_hash_equally() {
        use core::hash::{BuildHasher, BuildHasherDefault};
        let mut short = SecondaryMap::<E, u8>::new();
        short[E::new(1)] = 4;
        let mut long = short.clone();
        long.resize(10);
        let hasher = BuildHasherDefault::<Fnv>::default();
        assert_eq!(hasher.hash_one(&short), hasher.hash_one(&long));
    }

    /// A tiny deterministic hasher, enough to compare hashes in `no_std`.
    #[derive(Default)]
    struct Fnv(u64);

    impl core::hash::Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for byte in bytes {
                self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x100_0000_01b3);
            }
        }
    }

    #[test]
    fn debug_shows_vector_and_default() {
        let mut map = SecondaryMap::<E, u8>::new();
        map[E::new(1)] = 4;
        assert_eq!(
            format!("{map:?}"),
            "SecondaryMap { elems: [0, 4], default: 0 }"
        );
    }

    #[test]
    fn collects_from_pairs() {
        let map: SecondaryMap<E, u8> = [(E::new(2), 1), (E::new(0), 3)].into_iter().collect();
        assert_eq!(map.as_values_slice(), [3, 0, 1]);
        let from_vec = SecondaryMap::<E, u8>::from(alloc::vec![3, 0, 1]);
        assert_eq!(map, from_vec);
    }

    #[test]
    fn fallible_growth() {
        let mut map = SecondaryMap::<E, u64>::try_with_capacity(8).unwrap();
        assert!(map.capacity() >= 8);
        map.try_resize(3).unwrap();
        assert_eq!(map.as_values_slice(), [0, 0, 0]);
        let error = map.try_resize(usize::MAX / 4).unwrap_err();
        assert!(error.requested_allocation_size() > 0);
        map.clear();
        assert!(map.is_empty());
    }
}
