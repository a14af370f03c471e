//! Iteration over a `Range` of entity references.

use crate::EntityRef;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ops::Range;

/// Iterates over every entity in `range`, from `range.start` up to but not
/// including `range.end`.
///
/// ```
/// use lightbeam_entity::{entity_impl, iter_entity_range, EntityRef};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Inst(u32);
/// entity_impl!(Inst);
///
/// let insts: Vec<Inst> = iter_entity_range(Inst::new(2)..Inst::new(5)).collect();
/// assert_eq!(insts, [Inst::new(2), Inst::new(3), Inst::new(4)]);
/// ```
#[inline]
pub fn iter_entity_range<E>(range: Range<E>) -> IterEntityRange<E>
where
    E: EntityRef,
{
    IterEntityRange {
        indices: range.start.index()..range.end.index(),
        entity: PhantomData,
    }
}

/// The iterator returned by [`iter_entity_range`].
///
/// It knows its exact length and can be walked from either end:
///
/// ```
/// use lightbeam_entity::{entity_impl, iter_entity_range, EntityRef, IterEntityRange};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Inst(u32);
/// entity_impl!(Inst);
///
/// let mut range: IterEntityRange<Inst> = iter_entity_range(Inst::new(0)..Inst::new(3));
/// assert_eq!(range.len(), 3);
/// assert_eq!(range.next_back(), Some(Inst::new(2)));
/// assert_eq!(range.next(), Some(Inst::new(0)));
/// ```
pub struct IterEntityRange<E> {
    indices: Range<usize>,
    entity: PhantomData<E>,
}

impl<E> Iterator for IterEntityRange<E>
where
    E: EntityRef,
{
    type Item = E;

    #[inline]
    fn next(&mut self) -> Option<E> {
        self.indices.next().map(E::new)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.indices.size_hint()
    }
}

impl<E> DoubleEndedIterator for IterEntityRange<E>
where
    E: EntityRef,
{
    #[inline]
    fn next_back(&mut self) -> Option<E> {
        self.indices.next_back().map(E::new)
    }
}

impl<E> FusedIterator for IterEntityRange<E>
where
    E: EntityRef,
    Range<usize>: FusedIterator,
{
}

impl<E> ExactSizeIterator for IterEntityRange<E>
where
    E: EntityRef,
    Range<usize>: ExactSizeIterator,
{
}

#[cfg(test)]
mod tests {
    use super::iter_entity_range;
    use crate::EntityRef;
    use alloc::vec::Vec;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Node(u32);
    crate::entity_impl!(Node);

    #[test]
    fn walks_both_ways() {
        let range = iter_entity_range(Node::new(1)..Node::new(4));
        assert_eq!(range.len(), 3);
        let backwards: Vec<Node> = range.rev().collect();
        assert_eq!(backwards, [Node::new(3), Node::new(2), Node::new(1)]);
    }

    #[test]
    fn empty_and_inverted_ranges_yield_nothing() {
        assert_eq!(iter_entity_range(Node::new(3)..Node::new(3)).count(), 0);
        #[allow(clippy::reversed_empty_ranges)]
        let inverted = Node::new(5)..Node::new(2);
        assert_eq!(iter_entity_range(inverted).count(), 0);
    }
}
