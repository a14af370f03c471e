//! A set of entity references stored as a bit vector.

use crate::keys::Keys;
use crate::{EntityRef, OutOfMemory};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;
use core::mem;

#[cfg(feature = "enable-serde")]
use serde::{Deserialize, Serialize};

/// A set of `K`, one bit per key in the key space.
///
/// Like a [`SecondaryMap`](crate::SecondaryMap), it covers keys handed out
/// elsewhere and treats unknown keys as absent. Memory grows with the largest
/// key ever inserted, not with the number of members.
///
/// Equality compares the bit vectors including their allocated length, so
/// two sets with the same members but different capacities compare unequal.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, EntitySet};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Block(u32);
/// entity_impl!(Block);
///
/// let mut visited = EntitySet::new();
/// assert!(visited.insert(Block::new(2)));
/// assert!(!visited.insert(Block::new(2)));
/// visited.insert(Block::new(70));
/// assert!(visited.contains(Block::new(70)));
/// assert!(!visited.contains(Block::new(3)));
/// assert_eq!(visited.iter().collect::<Vec<_>>(), [Block::new(2), Block::new(70)]);
/// assert_eq!(visited.pop(), Some(Block::new(70)));
/// assert_eq!(format!("{visited:?}"), "{Block(2)}");
/// ```
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "enable-serde", derive(Serialize, Deserialize))]
pub struct EntitySet<K>
where
    K: EntityRef,
{
    bitset: BitVector,
    unused: PhantomData<K>,
}

impl<K> fmt::Debug for EntitySet<K>
where
    K: fmt::Debug + EntityRef,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<K: EntityRef> Default for EntitySet<K> {
    #[inline]
    fn default() -> Self {
        Self {
            bitset: BitVector::default(),
            unused: PhantomData,
        }
    }
}

/// Inserts every key.
impl<K: EntityRef> Extend<K> for EntitySet<K> {
    fn extend<T: IntoIterator<Item = K>>(&mut self, iter: T) {
        for k in iter {
            self.insert(k);
        }
    }
}

impl<K> EntitySet<K>
where
    K: EntityRef,
{
    /// Creates an empty set.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }

    /// Creates an empty set with room for keys below `capacity`.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        let mut set = Self::new();
        set.ensure_capacity(capacity);
        set
    }

    /// Like [`with_capacity`](Self::with_capacity), but reports allocation
    /// failure instead of aborting.
    pub fn try_with_capacity(capacity: usize) -> Result<Self, OutOfMemory> {
        let mut set = Self::new();
        set.try_ensure_capacity(capacity)?;
        Ok(set)
    }

    /// Makes room for keys below `capacity`.
    #[inline]
    pub fn ensure_capacity(&mut self, capacity: usize) {
        if let Err(error) = self.try_ensure_capacity(capacity) {
            panic!("{error}");
        }
    }

    /// Like [`ensure_capacity`](Self::ensure_capacity), but reports
    /// allocation failure instead of aborting.
    #[inline]
    pub fn try_ensure_capacity(&mut self, capacity: usize) -> Result<(), OutOfMemory> {
        self.bitset.try_ensure_capacity(capacity)
    }

    /// Returns `true` if `k` is in the set.
    #[inline]
    pub fn contains(&self, k: K) -> bool {
        self.bitset.contains(k.index())
    }

    /// Returns `true` if the set has no member.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.bitset.max.is_none()
    }

    /// Removes every member, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.bitset.clear()
    }

    /// Iterates over every key from 0 up to the largest member, members or
    /// not.
    ///
    /// ```
    /// use lightbeam_entity::{entity_impl, EntityRef, EntitySet};
    ///
    /// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    /// struct Block(u32);
    /// entity_impl!(Block);
    ///
    /// let mut set = EntitySet::new();
    /// set.insert(Block::new(2));
    /// assert_eq!(set.keys().collect::<Vec<_>>(), [Block::new(0), Block::new(1), Block::new(2)]);
    /// ```
    #[inline]
    pub fn keys(&self) -> Keys<K> {
        Keys::with_len(self.bitset.max().map_or(0, |max| max + 1))
    }

    /// Iterates over the members in increasing order.
    #[inline]
    pub fn iter(&self) -> SetIter<'_, K> {
        SetIter {
            words: &self.bitset.elems,
            next_word: 0,
            current: 0,
            base: 0,
            unused: PhantomData,
        }
    }

    /// Adds `k`; returns `true` if it was not already a member.
    #[inline]
    pub fn insert(&mut self, k: K) -> bool {
        self.bitset.insert(k.index())
    }

    /// Removes `k`; returns `true` if it was a member.
    #[inline]
    pub fn remove(&mut self, k: K) -> bool {
        self.bitset.remove(k.index())
    }

    /// Removes and returns the largest member.
    #[inline]
    pub fn pop(&mut self) -> Option<K> {
        let max = self.bitset.max()?;
        self.bitset.remove(max);
        Some(K::new(max))
    }
}

/// Iterates over the members of an [`EntitySet`] in increasing order.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef, EntitySet, SetIter};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Block(u32);
/// entity_impl!(Block);
///
/// let set: EntitySet<Block> = {
///     let mut set = EntitySet::new();
///     set.extend([Block::new(130), Block::new(5)]);
///     set
/// };
/// let mut members: SetIter<'_, Block> = set.iter();
/// assert_eq!(members.next(), Some(Block::new(5)));
/// assert_eq!(members.next(), Some(Block::new(130)));
/// assert_eq!(members.next(), None);
/// ```
pub struct SetIter<'a, K> {
    words: &'a [Word],
    next_word: usize,
    current: usize,
    base: usize,
    unused: PhantomData<K>,
}

impl<K> Iterator for SetIter<'_, K>
where
    K: EntityRef,
{
    type Item = K;

    #[inline]
    fn next(&mut self) -> Option<K> {
        while self.current == 0 {
            let word = self.words.get(self.next_word)?;
            self.current = word.0;
            self.base = self.next_word * BITS_PER_WORD;
            self.next_word += 1;
        }
        let bit = self.current.trailing_zeros() as usize;
        self.current &= self.current - 1;
        Some(K::new(self.base + bit))
    }
}

const BITS_PER_WORD: usize = usize::BITS as usize;

/// One machine word of bits.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "enable-serde",
    derive(Serialize, Deserialize),
    serde(rename = "ScalarBitSet")
)]
struct Word(usize);

/// A growable bit vector that remembers its largest member.
///
/// The vector grows by at least doubling, and by at least four words, so
/// that inserting increasing keys takes amortised constant time.
#[derive(Clone, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "enable-serde",
    derive(Serialize, Deserialize),
    serde(rename = "CompoundBitSet")
)]
struct BitVector {
    elems: Box<[Word]>,
    max: Option<u32>,
}

impl BitVector {
    /// Splits a bit index into a word index and a bit mask.
    #[inline]
    fn locate(index: usize) -> (usize, usize) {
        (index / BITS_PER_WORD, 1 << (index % BITS_PER_WORD))
    }

    #[inline]
    fn max(&self) -> Option<usize> {
        self.max.map(|max| max as usize)
    }

    #[inline]
    fn contains(&self, index: usize) -> bool {
        let (word, mask) = Self::locate(index);
        self.elems.get(word).is_some_and(|w| w.0 & mask != 0)
    }

    fn try_ensure_capacity(&mut self, bits: usize) -> Result<(), OutOfMemory> {
        let Some(last_bit) = bits.checked_sub(1) else {
            return Ok(());
        };
        let needed_words = last_bit / BITS_PER_WORD + 1;
        let current = self.elems.len();
        if needed_words <= current {
            return Ok(());
        }
        let grow_by = (needed_words - current).max(current).max(4);
        let mut words = Vec::from(mem::take(&mut self.elems));
        words
            .try_reserve_exact(grow_by)
            .map_err(|_| OutOfMemory::new(grow_by.saturating_mul(size_of::<Word>())))?;
        words.resize(current + grow_by, Word(0));
        self.elems = words.into_boxed_slice();
        Ok(())
    }

    #[inline]
    fn insert(&mut self, index: usize) -> bool {
        if let Err(error) = self.try_ensure_capacity(index + 1) {
            panic!("{error}");
        }
        let index_u32 = u32::try_from(index).expect("EntitySet keys must fit in 32 bits");
        let (word, mask) = Self::locate(index);
        let slot = &mut self.elems[word].0;
        let is_new = *slot & mask == 0;
        *slot |= mask;
        self.max = Some(self.max.map_or(index_u32, |max| max.max(index_u32)));
        is_new
    }

    #[inline]
    fn remove(&mut self, index: usize) -> bool {
        let (word, mask) = Self::locate(index);
        let Some(slot) = self.elems.get_mut(word) else {
            return false;
        };
        let was_present = slot.0 & mask != 0;
        slot.0 &= !mask;
        if was_present && self.max() == Some(index) {
            self.max = self.highest_member_up_to_word(word);
        }
        was_present
    }

    /// Finds the largest member in words `0..=word`.
    fn highest_member_up_to_word(&self, word: usize) -> Option<u32> {
        self.elems[..=word]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, w)| w.0 != 0)
            .map(|(i, w)| {
                let bit = BITS_PER_WORD - 1 - w.0.leading_zeros() as usize;
                (i * BITS_PER_WORD + bit) as u32
            })
    }

    fn clear(&mut self) {
        if let Some(max) = self.max() {
            let (last_word, _) = Self::locate(max);
            self.elems[..=last_word].fill(Word(0));
            self.max = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EntitySet;
    use crate::EntityRef;
    use alloc::format;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    struct E(u32);
    crate::entity_impl!(E);

    fn members(set: &EntitySet<E>) -> Vec<u32> {
        set.iter().map(|e| e.as_u32()).collect()
    }

    #[test]
    fn insert_contains_remove() {
        let mut set = EntitySet::new();
        assert!(set.is_empty());
        for i in [0, 63, 64, 200] {
            assert!(set.insert(E::new(i)));
        }
        assert!(!set.insert(E::new(64)));
        assert_eq!(members(&set), [0, 63, 64, 200]);
        assert!(set.contains(E::new(63)) && !set.contains(E::new(62)));
        assert!(!set.contains(E::new(100_000)));
        assert!(set.remove(E::new(200)));
        assert!(!set.remove(E::new(200)));
        assert!(!set.remove(E::new(100_000)));
        assert_eq!(set.keys().count(), 65);
    }

    #[test]
    fn pop_walks_down_from_the_largest() {
        let mut set = EntitySet::new();
        set.extend([E::new(3), E::new(130), E::new(64)]);
        assert_eq!(set.pop(), Some(E::new(130)));
        assert_eq!(set.pop(), Some(E::new(64)));
        assert_eq!(set.pop(), Some(E::new(3)));
        assert_eq!(set.pop(), None);
        assert!(set.is_empty());
        assert_eq!(set.keys().count(), 0);
    }

    #[test]
    fn clear_keeps_capacity() {
        let mut set = EntitySet::with_capacity(10);
        set.insert(E::new(5));
        set.clear();
        assert!(set.is_empty());
        assert_eq!(set, EntitySet::with_capacity(10));
        assert_ne!(set, EntitySet::new());
    }

    #[test]
    fn debug_lists_members() {
        let mut set = EntitySet::new();
        set.insert(E::new(1));
        set.insert(E::new(4));
        assert_eq!(format!("{set:?}"), "{E(1), E(4)}");
    }

    #[test]
    fn fallible_capacity() {
        let mut set = EntitySet::<E>::try_with_capacity(0).unwrap();
        set.try_ensure_capacity(1000).unwrap();
        assert!(set.is_empty());
        assert!(set.try_ensure_capacity(usize::MAX).is_err());
    }
}
