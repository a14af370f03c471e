//! `Option<T>` in the space of a `T`, for types that set one value aside.
//!
//! Tables of entity references often need an "absent" entry. A plain
//! `Option<Entity>` doubles the size of a `u32` newtype, because the
//! discriminant needs its own space. Entity types made by
//! [`entity_impl!`](crate::entity_impl) reserve `u32::MAX` instead, and
//! [`PackedOption`] uses that value to mean `None`.

use core::fmt;
use core::mem;

#[cfg(feature = "enable-serde")]
use serde::{Deserialize, Serialize};

/// A type with one value that ordinary construction never produces.
///
/// [`PackedOption`] stores that value to represent `None`.
/// [`entity_impl!`](crate::entity_impl) implements it with `u32::MAX`; other
/// types can pick their own sentinel:
///
/// ```
/// use lightbeam_entity::packed_option::{PackedOption, ReservedValue};
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Offset(i32);
///
/// impl ReservedValue for Offset {
///     fn reserved_value() -> Self {
///         Offset(i32::MIN)
///     }
///     fn is_reserved_value(&self) -> bool {
///         self.0 == i32::MIN
///     }
/// }
///
/// let unknown: PackedOption<Offset> = None.into();
/// assert!(unknown.is_none());
/// assert_eq!(PackedOption::from(Offset(-8)).expand(), Some(Offset(-8)));
/// ```
pub trait ReservedValue {
    /// Returns the reserved value.
    fn reserved_value() -> Self;
    /// Returns `true` if `self` is the reserved value.
    fn is_reserved_value(&self) -> bool;
}

/// An `Option<T>` that takes no more space than `T`.
///
/// `None` is stored as `T::reserved_value()`.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef};
/// use lightbeam_entity::packed_option::PackedOption;
///
/// #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
/// struct Block(u32);
/// entity_impl!(Block, "block");
///
/// let mut successor: PackedOption<Block> = PackedOption::default();
/// assert!(successor.is_none());
/// successor = Block::new(3).into();
/// assert_eq!(format!("{successor:?}"), "Some(block3)");
/// assert_eq!(successor.take(), Some(Block::new(3)));
/// assert_eq!(successor.expand(), None);
/// assert_eq!(core::mem::size_of::<PackedOption<Block>>(), 4);
/// ```
#[derive(Clone, Copy, PartialEq, PartialOrd, Eq, Ord, Hash)]
#[cfg_attr(feature = "enable-serde", derive(Serialize, Deserialize))]
#[repr(transparent)]
pub struct PackedOption<T: ReservedValue>(T);

impl<T: ReservedValue> PackedOption<T> {
    /// Wraps a raw `T`: the reserved value becomes `None`, anything else
    /// `Some`.
    #[inline]
    pub const fn new(val: T) -> Self {
        Self(val)
    }

    /// Returns `true` if this holds no value.
    #[inline]
    pub fn is_none(&self) -> bool {
        self.0.is_reserved_value()
    }

    /// Returns `true` if this holds a value.
    #[inline]
    pub fn is_some(&self) -> bool {
        !self.is_none()
    }

    /// Converts to an ordinary `Option`.
    #[inline]
    pub fn expand(self) -> Option<T> {
        if self.is_none() {
            None
        } else {
            Some(self.0)
        }
    }

    /// Applies `f` to the held value, if any.
    #[inline]
    pub fn map<U, F>(self, f: F) -> Option<U>
    where
        F: FnOnce(T) -> U,
    {
        self.expand().map(f)
    }

    /// Returns the held value, panicking if there is none.
    #[inline]
    #[track_caller]
    pub fn unwrap(self) -> T {
        self.expand().unwrap()
    }

    /// Returns the held value, panicking with `msg` if there is none.
    #[inline]
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        self.expand().expect(msg)
    }

    /// Moves the held value out, leaving `None` behind.
    #[inline]
    pub fn take(&mut self) -> Option<T> {
        mem::take(self).expand()
    }
}

impl<T: ReservedValue> Default for PackedOption<T> {
    /// Returns `None`.
    #[inline]
    fn default() -> Self {
        Self(T::reserved_value())
    }
}

impl<T: ReservedValue> From<T> for PackedOption<T> {
    /// Wraps `t` as `Some(t)`; `t` must not be the reserved value.
    #[inline]
    fn from(t: T) -> Self {
        debug_assert!(
            !t.is_reserved_value(),
            "the reserved value cannot be packed as Some"
        );
        Self(t)
    }
}

impl<T: ReservedValue> From<Option<T>> for PackedOption<T> {
    /// Packs an ordinary `Option`.
    #[inline]
    fn from(opt: Option<T>) -> Self {
        opt.map_or_else(Self::default, Self::from)
    }
}

impl<T: ReservedValue> From<PackedOption<T>> for Option<T> {
    #[inline]
    fn from(packed: PackedOption<T>) -> Option<T> {
        packed.expand()
    }
}

impl<T> fmt::Debug for PackedOption<T>
where
    T: ReservedValue + fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.expand_ref() {
            None => f.write_str("None"),
            Some(value) => write!(f, "Some({value:?})"),
        }
    }
}

impl<T: ReservedValue> PackedOption<T> {
    /// Borrows the held value, if any, without requiring `T: Copy`.
    #[inline]
    fn expand_ref(&self) -> Option<&T> {
        if self.is_none() {
            None
        } else {
            Some(&self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{PackedOption, ReservedValue};
    use alloc::format;

    /// A value type whose reserved value is zero.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    struct NonZero(u32);

    impl ReservedValue for NonZero {
        fn reserved_value() -> Self {
            NonZero(0)
        }
        fn is_reserved_value(&self) -> bool {
            self.0 == 0
        }
    }

    #[test]
    fn none_and_some() {
        let none = PackedOption::<NonZero>::default();
        assert!(none.is_none() && !none.is_some());
        assert_eq!(none.expand(), None);
        assert_eq!(format!("{none:?}"), "None");

        let some = PackedOption::from(NonZero(5));
        assert!(some.is_some());
        assert_eq!(some.unwrap(), NonZero(5));
        assert_eq!(some.expect("present"), NonZero(5));
        assert_eq!(some.map(|v| v.0 * 2), Some(10));
        assert_eq!(format!("{some:?}"), "Some(NonZero(5))");
    }

    #[test]
    fn conversions_round_trip() {
        for opt in [None, Some(NonZero(1)), Some(NonZero(u32::MAX))] {
            let packed: PackedOption<NonZero> = opt.into();
            let back: Option<NonZero> = packed.into();
            assert_eq!(back, opt);
        }
        assert!(PackedOption::new(NonZero(0)).is_none());
    }

    #[test]
    fn take_leaves_none() {
        let mut packed = PackedOption::from(NonZero(3));
        assert_eq!(packed.take(), Some(NonZero(3)));
        assert!(packed.is_none());
        assert_eq!(packed.take(), None);
    }

    #[test]
    #[should_panic]
    fn unwrap_none_panics() {
        PackedOption::<NonZero>::default().unwrap();
    }

    #[test]
    fn ordering_follows_the_raw_value() {
        assert!(PackedOption::new(NonZero(1)) < PackedOption::new(NonZero(2)));
    }
}
