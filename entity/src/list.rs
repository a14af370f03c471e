//! Many small lists of entity references sharing one memory pool.

use crate::packed_option::ReservedValue;
use crate::EntityRef;
use alloc::vec::Vec;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Bound, RangeBounds};

#[cfg(feature = "enable-serde")]
use serde::{Deserialize, Serialize};

/// A handle to a short list of `T` stored in a [`ListPool<T>`].
///
/// An entity list works like a `Vec<T>` whose memory lives in a pool passed
/// to every method. The handle itself is a single `u32` (a `Vec` takes 24
/// bytes), which keeps instruction operands and similar tables compact, and
/// allocation is a cheap bump or free-list pop inside the pool.
///
/// The price is that the pool, not the handle, owns the memory:
///
/// - A list that is dropped without [`clear`](Self::clear) keeps its storage
///   until the pool itself is cleared.
/// - After the pool is cleared, old handles read garbage (never undefined
///   behaviour), and writing through them can corrupt other lists.
/// - A handle must always be used with the pool it was allocated from.
/// - Copying a handle aliases the same storage; use
///   [`deep_clone`](Self::deep_clone) for an independent copy.
/// - Handles cannot compare or hash their contents without the pool; the
///   derived `PartialEq` and `Hash` look at the handle only.
///
/// # Layout
///
/// Each list occupies a block of the pool's vector whose size is a power of
/// two, at least four. The block starts with the list length, followed by the
/// elements and any spare room. The handle is the position of the first
/// element, so 0 never names a block and stands for the empty list. Blocks
/// are moved to a larger or smaller size class as the list grows and shrinks,
/// and freed blocks are kept on a free list per size class.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityList, EntityRef, ListPool};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Value(u32);
/// entity_impl!(Value);
///
/// let mut pool = ListPool::new();
/// let mut args = EntityList::new();
/// args.push(Value::new(4), &mut pool);
/// args.extend([Value::new(5), Value::new(6)], &mut pool);
/// args.insert(0, Value::new(3), &mut pool);
/// assert_eq!(args.as_slice(&pool), [Value::new(3), Value::new(4), Value::new(5), Value::new(6)]);
/// args.swap_remove(0, &mut pool);
/// assert_eq!(args.len(&pool), 3);
/// assert_eq!(args.first(&pool), Some(Value::new(6)));
/// assert_eq!(core::mem::size_of::<EntityList<Value>>(), 4);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "enable-serde", derive(Serialize, Deserialize))]
#[repr(C)]
pub struct EntityList<T: EntityRef + ReservedValue> {
    index: u32,
    unused: PhantomData<T>,
}

/// Returns the empty list.
impl<T: EntityRef + ReservedValue> Default for EntityList<T> {
    #[inline]
    fn default() -> Self {
        Self::at(0)
    }
}

/// The storage shared by many [`EntityList`]s.
///
/// Equality and hashing look at the stored lists only, not at the free
/// lists.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityList, EntityRef, ListPool};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Block(u32);
/// entity_impl!(Block);
///
/// let mut pool = ListPool::with_capacity(64);
/// let preds = EntityList::from_slice(&[Block::new(1), Block::new(2)], &mut pool);
/// let succs = EntityList::from_iter([Block::new(3)], &mut pool);
/// assert_eq!(preds.len(&pool) + succs.len(&pool), 3);
/// assert!(pool.capacity() >= 64);
/// pool.clear();
/// assert!(preds.as_slice(&pool).is_empty());
/// ```
#[derive(Clone, Debug)]
#[cfg_attr(feature = "enable-serde", derive(Serialize, Deserialize))]
pub struct ListPool<T: EntityRef + ReservedValue> {
    /// Every block of every list, back to back.
    data: Vec<T>,
    /// For each size class, the position of the link field of the first
    /// free block, or 0 if there is none.
    free: Vec<usize>,
}

impl<T: EntityRef + ReservedValue> PartialEq for ListPool<T> {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
    }
}

impl<T: Hash + EntityRef + ReservedValue> Hash for ListPool<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.data.hash(state);
    }
}

impl<T: EntityRef + ReservedValue> Default for ListPool<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

/// Block sizes are `4 << class`: 4, 8, 16, ...
type SizeClass = u8;

/// The number of pool slots in a block of `class`, length field included.
#[inline]
fn block_size(class: SizeClass) -> usize {
    4 << class
}

/// The smallest class whose blocks hold `len` elements plus the length field.
#[inline]
fn class_for_length(len: usize) -> SizeClass {
    ((len as u32 | 3).ilog2() - 1) as SizeClass
}

/// Returns `true` if `len` is the smallest length stored in its class, so
/// that growing to `len` or shrinking from it changes class.
#[inline]
fn is_class_min_length(len: usize) -> bool {
    len > 3 && len.is_power_of_two()
}

impl<T: EntityRef + ReservedValue> ListPool<T> {
    /// Creates an empty pool.
    #[inline]
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    /// Creates an empty pool with room for `len` slots.
    #[inline]
    pub fn with_capacity(len: usize) -> Self {
        Self {
            data: Vec::with_capacity(len),
            free: Vec::new(),
        }
    }

    /// Returns the number of slots allocated, which includes one length field
    /// per list and the spare room of each block.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    /// Forgets every list, keeping the memory for reuse.
    ///
    /// Lists allocated from this pool are invalid afterwards.
    #[inline]
    pub fn clear(&mut self) {
        self.data.clear();
        self.free.clear();
    }

    /// Returns the length of `list`, or `None` for the empty list (and for
    /// handles pointing past the pool).
    #[inline]
    fn len_of(&self, list: &EntityList<T>) -> Option<usize> {
        // Handle 0 wraps around to an out-of-range position.
        let length_field = (list.index as usize).wrapping_sub(1);
        self.data.get(length_field).map(|len| len.index())
    }

    /// Returns the first slot of a block of `class`, reusing a freed block if
    /// possible. Fresh slots hold the reserved value.
    fn alloc(&mut self, class: SizeClass) -> usize {
        match self.free.get(class as usize) {
            Some(&link) if link > 0 => {
                self.free[class as usize] = self.data[link].index();
                link - 1
            }
            _ => {
                let block = self.data.len();
                self.data
                    .resize(block + block_size(class), T::reserved_value());
                block
            }
        }
    }

    /// Puts the block starting at `block`, of `class`, on its free list.
    fn free(&mut self, block: usize, class: SizeClass) {
        let class = class as usize;
        if self.free.len() <= class {
            self.free.resize(class + 1, 0);
        }
        self.data[block] = T::new(0);
        self.data[block + 1] = T::new(self.free[class]);
        self.free[class] = block + 1;
    }

    /// Moves a block to `to` class, copying its first `slots_to_copy` slots
    /// (length field included), and returns the new block.
    fn realloc(
        &mut self,
        block: usize,
        from: SizeClass,
        to: SizeClass,
        slots_to_copy: usize,
    ) -> usize {
        debug_assert!(slots_to_copy <= block_size(from).min(block_size(to)));
        let new_block = self.alloc(to);
        self.data
            .copy_within(block..block + slots_to_copy, new_block);
        self.free(block, from);
        new_block
    }
}

impl<T: EntityRef + ReservedValue> EntityList<T> {
    /// The handle whose elements start at pool position `index`.
    #[inline]
    fn at(index: usize) -> Self {
        Self {
            index: index as u32,
            unused: PhantomData,
        }
    }

    /// Position of the length field; only meaningful for non-empty lists.
    #[inline]
    fn block(&self) -> usize {
        self.index as usize - 1
    }

    /// Points the handle at `block`.
    #[inline]
    fn set_block(&mut self, block: usize) {
        self.index = (block + 1) as u32;
    }

    /// Returns the empty list.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }

    /// Allocates a list holding a copy of `slice`.
    pub fn from_slice(slice: &[T], pool: &mut ListPool<T>) -> Self {
        if slice.is_empty() {
            return Self::new();
        }
        let len = slice.len();
        let block = pool.alloc(class_for_length(len));
        pool.data[block] = T::new(len);
        pool.data[block + 1..=block + len].copy_from_slice(slice);
        Self::at(block + 1)
    }

    /// Returns `true` for the empty list. Needs no pool.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.index == 0
    }

    /// Returns the number of elements.
    #[inline]
    pub fn len(&self, pool: &ListPool<T>) -> usize {
        pool.len_of(self).unwrap_or(0)
    }

    /// Returns `true` if the list is empty or points inside `pool`.
    #[inline]
    pub fn is_valid(&self, pool: &ListPool<T>) -> bool {
        self.is_empty() || pool.len_of(self).is_some()
    }

    /// Returns the elements as a slice.
    #[inline]
    pub fn as_slice<'a>(&self, pool: &'a ListPool<T>) -> &'a [T] {
        let start = self.index as usize;
        match pool.len_of(self) {
            None => &[],
            Some(len) => &pool.data[start..start + len],
        }
    }

    /// Returns the element at `index`, if there is one.
    #[inline]
    pub fn get(&self, index: usize, pool: &ListPool<T>) -> Option<T> {
        self.as_slice(pool).get(index).copied()
    }

    /// Returns the first element, if there is one.
    #[inline]
    pub fn first(&self, pool: &ListPool<T>) -> Option<T> {
        if self.is_empty() {
            None
        } else {
            Some(pool.data[self.index as usize])
        }
    }

    /// Returns the elements as a mutable slice.
    #[inline]
    pub fn as_mut_slice<'a>(&'a mut self, pool: &'a mut ListPool<T>) -> &'a mut [T] {
        let start = self.index as usize;
        match pool.len_of(self) {
            None => &mut [],
            Some(len) => &mut pool.data[start..start + len],
        }
    }

    /// Returns the element at `index` mutably, if there is one.
    #[inline]
    pub fn get_mut<'a>(&'a mut self, index: usize, pool: &'a mut ListPool<T>) -> Option<&'a mut T> {
        self.as_mut_slice(pool).get_mut(index)
    }

    /// Allocates an independent copy of this list in the same pool.
    pub fn deep_clone(&self, pool: &mut ListPool<T>) -> Self {
        let Some(len) = pool.len_of(self) else {
            return Self::new();
        };
        let source = self.index as usize;
        let block = pool.alloc(class_for_length(len));
        pool.data[block] = T::new(len);
        pool.data.copy_within(source..source + len, block + 1);
        Self::at(block + 1)
    }

    /// Empties the list and returns its block to the pool.
    pub fn clear(&mut self, pool: &mut ListPool<T>) {
        match pool.len_of(self) {
            None => debug_assert_eq!(self.index, 0, "list does not belong to this pool"),
            Some(len) => pool.free(self.block(), class_for_length(len)),
        }
        self.index = 0;
    }

    /// Moves the contents into a new handle, leaving this list empty.
    ///
    /// Nothing is copied; this is the list analogue of `Option::take`.
    #[inline]
    pub fn take(&mut self) -> Self {
        mem::take(self)
    }

    /// Appends `element` and returns its position.
    pub fn push(&mut self, element: T, pool: &mut ListPool<T>) -> usize {
        let Some(len) = pool.len_of(self) else {
            debug_assert_eq!(self.index, 0, "list does not belong to this pool");
            let block = pool.alloc(class_for_length(1));
            pool.data[block] = T::new(1);
            pool.data[block + 1] = element;
            self.set_block(block);
            return 0;
        };
        let new_len = len + 1;
        let mut block = self.block();
        if is_class_min_length(new_len) {
            let class = class_for_length(len);
            block = pool.realloc(block, class, class + 1, len + 1);
            self.set_block(block);
        }
        pool.data[block + new_len] = element;
        pool.data[block] = T::new(new_len);
        len
    }

    /// Appends `count` slots and returns the whole list as a mutable slice.
    ///
    /// The new slots hold whatever the pool had there: the reserved value or
    /// leftovers from a freed list.
    fn grow<'a>(&'a mut self, count: usize, pool: &'a mut ListPool<T>) -> &'a mut [T] {
        let (block, new_len) = match pool.len_of(self) {
            None => {
                debug_assert_eq!(self.index, 0, "list does not belong to this pool");
                if count == 0 {
                    return &mut [];
                }
                (pool.alloc(class_for_length(count)), count)
            }
            Some(len) => {
                let new_len = len + count;
                let (class, new_class) = (class_for_length(len), class_for_length(new_len));
                let block = if class == new_class {
                    self.block()
                } else {
                    pool.realloc(self.block(), class, new_class, len + 1)
                };
                (block, new_len)
            }
        };
        self.set_block(block);
        pool.data[block] = T::new(new_len);
        &mut pool.data[block + 1..block + 1 + new_len]
    }

    /// Allocates a list holding the elements of `elements`.
    pub fn from_iter<I>(elements: I, pool: &mut ListPool<T>) -> Self
    where
        I: IntoIterator<Item = T>,
    {
        let mut list = Self::new();
        list.extend(elements, pool);
        list
    }

    /// Appends every element of `elements`.
    ///
    /// Iterators with an exact size hint grow the list once; others push one
    /// element at a time.
    pub fn extend<I>(&mut self, elements: I, pool: &mut ListPool<T>)
    where
        I: IntoIterator<Item = T>,
    {
        let elements = elements.into_iter();
        match elements.size_hint() {
            (lower, Some(upper)) if lower == upper => {
                let all = self.grow(lower, pool);
                let tail = all.len() - lower;
                for (slot, element) in all[tail..].iter_mut().zip(elements) {
                    *slot = element;
                }
            }
            _ => {
                for element in elements {
                    self.push(element, pool);
                }
            }
        }
    }

    /// Inserts the elements of `other` selected by `slice` at position
    /// `index` of this list.
    ///
    /// Panics if `index` is past the end of this list, if `slice` reaches
    /// past the end of `other`, or if `other` is this very list.
    pub fn copy_from(
        &mut self,
        other: &Self,
        slice: impl RangeBounds<usize>,
        index: usize,
        pool: &mut ListPool<T>,
    ) {
        assert!(
            index <= self.len(pool),
            "attempted to copy a slice out of bounds of `self`"
        );
        assert_ne!(
            self.index, other.index,
            "cannot copy within one `EntityList`"
        );

        let other_start = other.index as usize;
        let other_len = other.len(pool);
        let start = match slice.start_bound() {
            Bound::Included(&x) => x,
            Bound::Excluded(&x) => x + 1,
            Bound::Unbounded => 0,
        };
        let end = match slice.end_bound() {
            Bound::Included(&x) => x + 1,
            Bound::Excluded(&x) => x,
            Bound::Unbounded => other_len,
        };
        let count = end - start;
        assert!(
            count <= other_len,
            "attempted to copy a slice from out of bounds of `other`"
        );

        self.grow_at(index, count, pool);
        let destination = self.index as usize + index;
        pool.data
            .copy_within(other_start + start..other_start + end, destination);
    }

    /// Inserts `element` at position `index`, shifting later elements right.
    pub fn insert(&mut self, index: usize, element: T, pool: &mut ListPool<T>) {
        self.push(element, pool);
        let elements = self.as_mut_slice(pool);
        if index < elements.len() {
            elements[index..].rotate_right(1);
        } else {
            debug_assert_eq!(index, elements.len());
        }
    }

    /// Drops the last of `len` elements, moving to a smaller block when the
    /// list no longer needs its size class.
    fn remove_last(&mut self, len: usize, pool: &mut ListPool<T>) {
        if len == 1 {
            self.clear(pool);
            return;
        }
        let mut block = self.block();
        if is_class_min_length(len) {
            let class = class_for_length(len);
            block = pool.realloc(block, class, class - 1, len);
            self.set_block(block);
        }
        pool.data[block] = T::new(len - 1);
    }

    /// Removes the element at `index`, shifting later elements left.
    pub fn remove(&mut self, index: usize, pool: &mut ListPool<T>) {
        let elements = self.as_mut_slice(pool);
        let len = elements.len();
        debug_assert!(index < len);
        elements.copy_within(index + 1.., index);
        self.remove_last(len, pool);
    }

    /// Removes the element at `index` in constant time by moving the last
    /// element into its place.
    pub fn swap_remove(&mut self, index: usize, pool: &mut ListPool<T>) {
        let elements = self.as_mut_slice(pool);
        let len = elements.len();
        debug_assert!(index < len);
        elements.swap(index, len - 1);
        self.remove_last(len, pool);
    }

    /// Keeps only the first `new_len` elements; does nothing if the list is
    /// not longer than that.
    pub fn truncate(&mut self, new_len: usize, pool: &mut ListPool<T>) {
        if new_len == 0 {
            self.clear(pool);
            return;
        }
        let Some(len) = pool.len_of(self) else {
            return;
        };
        if len <= new_len {
            return;
        }
        let (class, new_class) = (class_for_length(len), class_for_length(new_len));
        let mut block = self.block();
        if class != new_class {
            block = pool.realloc(block, class, new_class, new_len + 1);
            self.set_block(block);
        }
        pool.data[block] = T::new(new_len);
    }

    /// Opens a gap of `count` elements at `index`, shifting later elements
    /// right.
    ///
    /// The gap is not initialised: it holds whatever the pool had there,
    /// which is the reserved value or leftovers from a freed list.
    pub fn grow_at(&mut self, index: usize, count: usize, pool: &mut ListPool<T>) {
        let elements = self.grow(count, pool);
        let len = elements.len();
        if index + count < len {
            elements.copy_within(index..len - count, index + count);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{class_for_length, is_class_min_length, EntityList, ListPool};
    use crate::EntityRef;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
    struct V(u32);
    crate::entity_impl!(V);

    fn values(range: core::ops::Range<usize>) -> Vec<V> {
        range.map(V::new).collect()
    }

    #[test]
    fn size_classes_leave_room_for_the_length() {
        let expected = [
            (0, 0),
            (1, 0),
            (3, 0),
            (4, 1),
            (7, 1),
            (8, 2),
            (15, 2),
            (16, 3),
        ];
        for (len, class) in expected {
            assert_eq!(class_for_length(len), class, "length {len}");
        }
        assert!(!is_class_min_length(2) && is_class_min_length(4) && is_class_min_length(8));
        assert!(!is_class_min_length(6));
    }

    #[test]
    fn push_and_remove_cross_size_classes() {
        let mut pool = ListPool::new();
        let mut list = EntityList::new();
        for i in 0..20 {
            assert_eq!(list.push(V::new(i), &mut pool), i);
        }
        assert_eq!(list.as_slice(&pool), values(0..20));
        while list.len(&pool) > 1 {
            list.remove(0, &mut pool);
        }
        assert_eq!(list.as_slice(&pool), [V::new(19)]);
        list.remove(0, &mut pool);
        assert!(list.is_empty());
    }

    #[test]
    fn freed_blocks_are_reused() {
        let mut pool = ListPool::new();
        let mut a = EntityList::from_slice(&values(0..3), &mut pool);
        let used = pool.data.len();
        a.clear(&mut pool);
        let b = EntityList::from_slice(&values(5..8), &mut pool);
        assert_eq!(pool.data.len(), used);
        assert_eq!(b.as_slice(&pool), values(5..8));
    }

    #[test]
    fn insert_grow_at_and_copy_from() {
        let mut pool = ListPool::new();
        let mut list = EntityList::from_slice(&values(0..4), &mut pool);
        list.insert(2, V::new(9), &mut pool);
        assert_eq!(list.as_slice(&pool), [V(0), V(1), V(9), V(2), V(3)]);
        let other = EntityList::from_slice(&values(10..14), &mut pool);
        list.copy_from(&other, 1..3, 1, &mut pool);
        assert_eq!(
            list.as_slice(&pool),
            [V(0), V(11), V(12), V(1), V(9), V(2), V(3)]
        );
        list.copy_from(&other, .., 7, &mut pool);
        assert_eq!(&list.as_slice(&pool)[7..], values(10..14));
    }

    #[test]
    fn truncate_deep_clone_and_take() {
        let mut pool = ListPool::new();
        let mut list = EntityList::from_iter(values(0..9), &mut pool);
        let copy = list.deep_clone(&mut pool);
        list.truncate(3, &mut pool);
        assert_eq!(list.as_slice(&pool), values(0..3));
        assert_eq!(copy.as_slice(&pool), values(0..9));
        list.truncate(10, &mut pool);
        assert_eq!(list.len(&pool), 3);
        let taken = list.take();
        assert!(list.is_empty() && taken.len(&pool) == 3);
        assert_eq!(taken.get(2, &pool), Some(V::new(2)));
        assert_eq!(taken.get(3, &pool), None);
    }

    #[test]
    fn cleared_pool_invalidates_lists() {
        let mut pool = ListPool::new();
        let list = EntityList::from_slice(&values(0..2), &mut pool);
        assert!(list.is_valid(&pool));
        pool.clear();
        assert!(!list.is_valid(&pool));
        assert_eq!(list.len(&pool), 0);
        assert!(EntityList::<V>::new().is_valid(&pool));
    }

    #[test]
    fn pool_equality_ignores_free_lists() {
        let mut left = ListPool::new();
        let mut right = ListPool::new();
        let mut a = EntityList::from_slice(&values(0..2), &mut left);
        let _b = EntityList::from_slice(&values(0..2), &mut right);
        assert_eq!(left, right);
        a.clear(&mut left);
        assert_ne!(left, right);
    }
}
