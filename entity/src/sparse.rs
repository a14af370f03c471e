//! Sparse maps and sets with constant-time insert, remove, lookup and clear.
//!
//! The layout is the classic sparse-set scheme of Briggs and Torczon ("An
//! efficient representation for sparse sets", 1993): a dense vector holds the
//! values in any order, and a sparse table maps each key to a candidate
//! position in the dense vector. A key is present only if the value at its
//! candidate position names that key, so the sparse table never needs to be
//! cleaned up.

use crate::map::SecondaryMap;
use crate::EntityRef;
use alloc::vec::Vec;
use core::fmt;
use core::mem;
use core::slice;

#[cfg(feature = "enable-serde")]
use serde::{Deserialize, Serialize};

/// A value that knows the key it is stored under in a [`SparseMap`].
///
/// The key of a value must not change while the value is in a map. Every
/// [`EntityRef`] is its own key, which is what makes [`SparseSet`] work.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, SparseMapValue};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Value(u32);
/// entity_impl!(Value);
///
/// struct Spill {
///     value: Value,
///     slot: u32,
/// }
///
/// impl SparseMapValue<Value> for Spill {
///     fn key(&self) -> Value {
///         self.value
///     }
/// }
///
/// let spill = Spill { value: Value::new(4), slot: 2 };
/// assert_eq!(spill.key(), Value::new(4));
/// assert_eq!(Value::new(9).key(), Value::new(9));
/// # let _ = spill.slot;
/// ```
pub trait SparseMapValue<K> {
    /// Returns the key this value is stored under.
    fn key(&self) -> K;
}

/// A map from entity references to values that carry their own key.
///
/// Compared with a [`SecondaryMap`]:
///
/// - it records exactly which keys are present, and needs no `Default`;
/// - iteration visits only the present values, in a dense vector;
/// - [`clear`](Self::clear) takes constant time;
/// - memory is one `u32` per key in the key space plus one `V` per present
///   value, which beats `SecondaryMap<K, V>` when `V` is large and few keys
///   are present;
/// - values must implement [`SparseMapValue`], i.e. contain their key.
///
/// Iteration order is insertion order until a removal moves the last value
/// into the removed value's place.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, SparseMap, SparseMapValue};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Value(u32);
/// entity_impl!(Value);
///
/// #[derive(Debug, PartialEq)]
/// struct Live {
///     value: Value,
///     range: (u32, u32),
/// }
///
/// impl SparseMapValue<Value> for Live {
///     fn key(&self) -> Value {
///         self.value
///     }
/// }
///
/// let mut live = SparseMap::new();
/// live.insert(Live { value: Value::new(7), range: (0, 4) });
/// live.insert(Live { value: Value::new(2), range: (1, 3) });
/// assert!(live.contains_key(Value::new(7)));
/// assert_eq!(live.remove(Value::new(7)).unwrap().range, (0, 4));
/// assert_eq!(live.len(), 1);
/// live.clear();
/// assert!(live.is_empty());
/// ```
#[cfg_attr(feature = "enable-serde", derive(Serialize, Deserialize))]
pub struct SparseMap<K, V>
where
    K: EntityRef,
    V: SparseMapValue<K>,
{
    sparse: SecondaryMap<K, u32>,
    dense: Vec<V>,
}

impl<K, V> SparseMap<K, V>
where
    K: EntityRef,
    V: SparseMapValue<K>,
{
    /// Creates an empty map.
    #[inline]
    pub fn new() -> Self {
        Self {
            sparse: SecondaryMap::new(),
            dense: Vec::new(),
        }
    }

    /// Returns the number of values.
    #[inline]
    pub fn len(&self) -> usize {
        self.dense.len()
    }

    /// Returns `true` if the map holds no value.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.dense.is_empty()
    }

    /// Removes every value in constant time (plus dropping the values).
    #[inline]
    pub fn clear(&mut self) {
        self.dense.clear();
    }

    /// Returns the value stored under `key`.
    #[inline]
    pub fn get(&self, key: K) -> Option<&V> {
        self.position(key).map(|at| &self.dense[at])
    }

    /// Returns the value stored under `key`, mutably.
    ///
    /// The value's key must not be changed through the returned reference.
    #[inline]
    pub fn get_mut(&mut self, key: K) -> Option<&mut V> {
        self.position(key).map(|at| &mut self.dense[at])
    }

    /// Finds where the value for `key` sits in `dense`, if it is present.
    #[inline]
    fn position(&self, key: K) -> Option<usize> {
        let candidate = *self.sparse.get(key)? as usize;
        let value = self.dense.get(candidate)?;
        (value.key() == key).then_some(candidate)
    }

    /// Returns `true` if a value is stored under `key`.
    #[inline]
    pub fn contains_key(&self, key: K) -> bool {
        self.position(key).is_some()
    }

    /// Stores `value` under its own key.
    ///
    /// Returns the value it replaced, or `None` if the key was absent.
    pub fn insert(&mut self, value: V) -> Option<V> {
        let key = value.key();
        if let Some(existing) = self.get_mut(key) {
            return Some(mem::replace(existing, value));
        }
        let at = self.dense.len();
        debug_assert!(at <= u32::MAX as usize, "SparseMap overflow");
        self.dense.push(value);
        self.sparse[key] = at as u32;
        None
    }

    /// Removes and returns the value stored under `key`.
    ///
    /// The last value moves into the vacated position.
    pub fn remove(&mut self, key: K) -> Option<V> {
        let at = self.position(key)?;
        let removed = self.dense.swap_remove(at);
        if let Some(moved) = self.dense.get(at) {
            self.sparse[moved.key()] = at as u32;
        }
        Some(removed)
    }

    /// Removes and returns the last value in iteration order.
    #[inline]
    pub fn pop(&mut self) -> Option<V> {
        self.dense.pop()
    }

    /// Iterates over the values.
    #[inline]
    pub fn values(&self) -> slice::Iter<'_, V> {
        self.dense.iter()
    }

    /// Returns the values as a slice, in iteration order.
    #[inline]
    pub fn as_slice(&self) -> &[V] {
        &self.dense
    }
}

impl<K, V> Default for SparseMap<K, V>
where
    K: EntityRef,
    V: SparseMapValue<K>,
{
    #[inline]
    fn default() -> SparseMap<K, V> {
        SparseMap::new()
    }
}

/// Prints the map as `{key: value, ..}` in iteration order.
impl<K, V> fmt::Debug for SparseMap<K, V>
where
    K: EntityRef + fmt::Debug,
    V: SparseMapValue<K> + fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.values().map(|v| (v.key(), v)))
            .finish()
    }
}

/// Iterates over the values.
impl<'a, K, V> IntoIterator for &'a SparseMap<K, V>
where
    K: EntityRef,
    V: SparseMapValue<K>,
{
    type Item = &'a V;
    type IntoIter = slice::Iter<'a, V>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.values()
    }
}

/// Every entity reference is its own key, which makes [`SparseSet`] work.
impl<T> SparseMapValue<T> for T
where
    T: EntityRef,
{
    #[inline]
    fn key(&self) -> Self {
        *self
    }
}

/// A set of entity references with constant-time insert, remove, lookup and
/// clear, and iteration over the members only.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, SparseSet};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Block(u32);
/// entity_impl!(Block);
///
/// let mut worklist = SparseSet::new();
/// worklist.insert(Block::new(9));
/// worklist.insert(Block::new(1));
/// assert!(worklist.contains_key(Block::new(9)));
/// assert_eq!(worklist.pop(), Some(Block::new(1)));
/// assert_eq!(worklist.as_slice(), [Block::new(9)]);
/// ```
pub type SparseSet<T> = SparseMap<T, T>;

#[cfg(test)]
mod tests {
    use super::{SparseMap, SparseMapValue, SparseSet};
    use crate::EntityRef;
    use alloc::format;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, PartialEq, Eq)]
    struct Inst(u32);
    crate::entity_impl!(Inst, "inst");

    #[derive(PartialEq, Eq, Debug)]
    struct Annotated {
        key: Inst,
        note: &'static str,
    }

    impl SparseMapValue<Inst> for Annotated {
        fn key(&self) -> Inst {
            self.key
        }
    }

    fn note(index: usize, note: &'static str) -> Annotated {
        Annotated {
            key: Inst::new(index),
            note,
        }
    }

    #[test]
    fn insert_replaces_and_reports() {
        let mut map = SparseMap::new();
        assert_eq!(map.insert(note(3, "a")), None);
        assert_eq!(map.insert(note(3, "b")), Some(note(3, "a")));
        assert_eq!(map.len(), 1);
        assert_eq!(map.get(Inst::new(3)).unwrap().note, "b");
        map.get_mut(Inst::new(3)).unwrap().note = "c";
        assert_eq!(map.as_slice(), [note(3, "c")]);
        assert!(map.get(Inst::new(4)).is_none());
    }

    #[test]
    fn removal_moves_the_last_value() {
        let mut map = SparseMap::new();
        for (i, n) in [(1, "x"), (5, "y"), (9, "z")] {
            map.insert(note(i, n));
        }
        assert_eq!(map.remove(Inst::new(1)), Some(note(1, "x")));
        assert_eq!(map.remove(Inst::new(1)), None);
        let order: Vec<_> = map.values().map(|v| v.note).collect();
        assert_eq!(order, ["z", "y"]);
        assert!(map.contains_key(Inst::new(9)));
        assert_eq!(map.pop(), Some(note(5, "y")));
        assert_eq!((&map).into_iter().count(), 1);
    }

    #[test]
    fn stale_sparse_entries_are_ignored_after_clear() {
        let mut set = SparseSet::new();
        set.insert(Inst::new(4));
        set.insert(Inst::new(2));
        set.clear();
        assert!(set.is_empty());
        assert!(!set.contains_key(Inst::new(4)));
        set.insert(Inst::new(7));
        assert!(!set.contains_key(Inst::new(4)));
        assert!(!set.contains_key(Inst::new(2)));
        assert_eq!(format!("{set:?}"), "{inst7: inst7}");
        assert!(SparseSet::<Inst>::default().is_empty());
    }
}
