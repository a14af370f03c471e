//! The [`EntityRef`] trait and the [`entity_impl!`](crate::entity_impl) macro.

/// A small, copyable newtype around a dense index.
///
/// Every container in this crate is keyed by a type implementing this trait.
/// Most implementations come from [`entity_impl!`](crate::entity_impl), which
/// wraps a `u32`.
///
/// ```
/// use lightbeam_entity::EntityRef;
///
/// #[derive(Clone, Copy, PartialEq, Eq, Debug)]
/// struct Local(u16);
///
/// impl EntityRef for Local {
///     fn new(index: usize) -> Self {
///         Local(u16::try_from(index).expect("too many locals"))
///     }
///     fn index(self) -> usize {
///         usize::from(self.0)
///     }
/// }
///
/// assert_eq!(Local::new(7).index(), 7);
/// ```
pub trait EntityRef: Copy + Eq {
    /// Builds the entity reference for `index`.
    ///
    /// Implementations should panic when `index` cannot be represented.
    fn new(_: usize) -> Self;

    /// Returns the index this entity reference was built from.
    fn index(self) -> usize;
}

/// Implements [`EntityRef`], [`ReservedValue`](crate::packed_option::ReservedValue)
/// and a few helpers for a `u32` newtype.
///
/// Three forms are accepted:
///
/// - `entity_impl!(Name)` for a tuple struct `Name(u32)`: implements
///   `EntityRef` and `ReservedValue` (with `u32::MAX` as the reserved value)
///   and adds the inherent methods `from_u32`, `as_u32`, `from_bits` and
///   `as_bits`.
/// - `entity_impl!(Name, "prefix")`: the same, plus `Display` and `Debug`
///   impls that print the prefix followed by the index, e.g. `block7`.
/// - `entity_impl!(Name, "prefix", arg, to_expr, from_expr)` for types whose
///   field cannot be reached directly: `to_expr` turns the `u32` bound to
///   `arg` into a `Name`, and `from_expr` turns the `Name` bound to `arg` into
///   a `u32`. It implements `EntityRef`, `ReservedValue`, `from_u32`,
///   `as_u32`, `Display` and `Debug`.
///
/// `new` and `from_u32` check in debug builds that the index is not the
/// reserved value `u32::MAX`.
///
/// ```
/// use lightbeam_entity::{entity_impl, EntityRef};
/// use lightbeam_entity::packed_option::ReservedValue;
///
/// #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
/// struct Value(u32);
/// entity_impl!(Value, "v");
///
/// let v = Value::new(3);
/// assert_eq!(v.as_u32(), 3);
/// assert_eq!(Value::from_bits(v.as_bits()), v);
/// assert_eq!(format!("{v} {v:?}"), "v3 v3");
/// assert!(Value::reserved_value().is_reserved_value());
/// ```
#[macro_export]
macro_rules! entity_impl {
    ($entity:ident) => {
        impl $crate::EntityRef for $entity {
            #[inline]
            fn new(index: usize) -> Self {
                debug_assert!(index < ($crate::__core::primitive::u32::MAX as usize));
                $entity(index as u32)
            }

            #[inline]
            fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl $crate::packed_option::ReservedValue for $entity {
            #[inline]
            fn reserved_value() -> $entity {
                $entity($crate::__core::primitive::u32::MAX)
            }

            #[inline]
            fn is_reserved_value(&self) -> bool {
                self.0 == $crate::__core::primitive::u32::MAX
            }
        }

        impl $entity {
            /// Builds the entity with index `x`, which must not be `u32::MAX`.
            #[allow(dead_code, reason = "not every entity type uses every helper")]
            #[inline]
            pub fn from_u32(x: u32) -> Self {
                debug_assert!(x < $crate::__core::primitive::u32::MAX);
                $entity(x)
            }

            /// Returns the index of this entity as a `u32`.
            #[allow(dead_code, reason = "not every entity type uses every helper")]
            #[inline]
            pub fn as_u32(self) -> u32 {
                self.0
            }

            /// Returns the raw 32-bit encoding of this value.
            ///
            /// The encoding covers every state, including the reserved
            /// value; treat it as opaque and only feed it to `from_bits`.
            #[allow(dead_code, reason = "not every entity type uses every helper")]
            #[inline]
            pub fn as_bits(self) -> u32 {
                self.0
            }

            /// Rebuilds a value from the raw encoding produced by `as_bits`.
            ///
            /// Unlike `from_u32`, this accepts the reserved value.
            #[allow(dead_code, reason = "not every entity type uses every helper")]
            #[inline]
            pub fn from_bits(x: u32) -> Self {
                $entity(x)
            }
        }
    };

    ($entity:ident, $display_prefix:expr) => {
        $crate::entity_impl!($entity);

        impl $crate::__core::fmt::Display for $entity {
            fn fmt(
                &self,
                f: &mut $crate::__core::fmt::Formatter<'_>,
            ) -> $crate::__core::fmt::Result {
                write!(f, concat!($display_prefix, "{}"), self.0)
            }
        }

        impl $crate::__core::fmt::Debug for $entity {
            fn fmt(
                &self,
                f: &mut $crate::__core::fmt::Formatter<'_>,
            ) -> $crate::__core::fmt::Result {
                $crate::__core::fmt::Display::fmt(self, f)
            }
        }
    };

    ($entity:ident, $display_prefix:expr, $arg:ident, $to_expr:expr, $from_expr:expr) => {
        impl $crate::EntityRef for $entity {
            #[inline]
            fn new(index: usize) -> Self {
                debug_assert!(index < ($crate::__core::primitive::u32::MAX as usize));
                let $arg = index as u32;
                $to_expr
            }

            #[inline]
            fn index(self) -> usize {
                let $arg = self;
                $from_expr as usize
            }
        }

        impl $crate::packed_option::ReservedValue for $entity {
            #[inline]
            fn reserved_value() -> $entity {
                // Built directly: `from_u32` rejects this value on purpose.
                let $arg = $crate::__core::primitive::u32::MAX;
                $to_expr
            }

            #[inline]
            fn is_reserved_value(&self) -> bool {
                self.as_u32() == $crate::__core::primitive::u32::MAX
            }
        }

        impl $entity {
            /// Builds the entity with index `x`, which must not be `u32::MAX`.
            #[allow(dead_code, reason = "not every entity type uses every helper")]
            #[inline]
            pub fn from_u32(x: u32) -> Self {
                debug_assert!(x < $crate::__core::primitive::u32::MAX);
                let $arg = x;
                $to_expr
            }

            /// Returns the index of this entity as a `u32`.
            #[allow(dead_code, reason = "not every entity type uses every helper")]
            #[inline]
            pub fn as_u32(self) -> u32 {
                let $arg = self;
                $from_expr
            }
        }

        impl $crate::__core::fmt::Display for $entity {
            fn fmt(
                &self,
                f: &mut $crate::__core::fmt::Formatter<'_>,
            ) -> $crate::__core::fmt::Result {
                write!(f, concat!($display_prefix, "{}"), self.as_u32())
            }
        }

        impl $crate::__core::fmt::Debug for $entity {
            fn fmt(
                &self,
                f: &mut $crate::__core::fmt::Formatter<'_>,
            ) -> $crate::__core::fmt::Result {
                $crate::__core::fmt::Display::fmt(self, f)
            }
        }
    };
}

/// The same behavioural tests, run against a type made by each form of
/// `entity_impl!`.
#[cfg(test)]
mod tests {
    macro_rules! entity_impl_tests {
        ($entity:ident) => {
            use crate::packed_option::{PackedOption, ReservedValue};
            use crate::EntityRef;

            #[test]
            fn new_and_as_u32_agree() {
                assert_eq!($entity::new(42).as_u32(), 42);
            }

            #[test]
            fn from_u32_and_index_agree() {
                assert_eq!($entity::from_u32(42).index(), 42);
            }

            #[test]
            fn both_constructors_build_equal_values() {
                assert!($entity::from_u32(9) == $entity::new(9));
                assert!($entity::from_u32(9) != $entity::new(10));
            }

            #[test]
            fn reserved_value_is_u32_max() {
                let reserved = $entity::reserved_value();
                assert!(reserved.is_reserved_value());
                assert_eq!(reserved.as_u32(), u32::MAX);
                assert!(!$entity::new(0).is_reserved_value());
            }

            #[test]
            fn packs_into_four_bytes() {
                assert_eq!(core::mem::size_of::<PackedOption<$entity>>(), 4);
                let packed: PackedOption<$entity> = $entity::new(5).into();
                assert!(packed.expand() == Some($entity::new(5)));
            }

            #[test]
            #[cfg(debug_assertions)]
            #[should_panic]
            fn from_u32_rejects_the_reserved_value() {
                let _ = $entity::from_u32(u32::MAX);
            }

            #[test]
            #[cfg(debug_assertions)]
            #[should_panic]
            fn new_rejects_the_reserved_value() {
                let _ = $entity::new(u32::MAX as usize);
            }
        };
    }

    mod bare {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        struct Bare(u32);
        crate::entity_impl!(Bare);
        entity_impl_tests!(Bare);

        #[test]
        fn bits_round_trip_including_reserved() {
            assert_eq!(Bare::from_bits(u32::MAX), Bare::reserved_value());
            assert_eq!(Bare::new(3).as_bits(), 3);
        }
    }

    mod prefixed {
        use alloc::format;

        #[derive(Clone, Copy, PartialEq, Eq)]
        struct Prefixed(u32);
        crate::entity_impl!(Prefixed, "blk");
        entity_impl_tests!(Prefixed);

        #[test]
        fn display_and_debug_use_the_prefix() {
            let e = Prefixed::new(12);
            assert_eq!(format!("{e}"), "blk12");
            assert_eq!(format!("{e:?}"), "blk12");
            assert_eq!(Prefixed::from_bits(7).as_bits(), 7);
        }
    }

    mod converted {
        use alloc::format;

        mod hidden {
            /// A type whose field is private to this module.
            #[derive(Clone, Copy, PartialEq, Eq)]
            pub struct Opaque(u32);

            impl From<u32> for Opaque {
                fn from(x: u32) -> Self {
                    Opaque(x)
                }
            }

            impl From<Opaque> for u32 {
                fn from(x: Opaque) -> Self {
                    x.0
                }
            }
        }
        use hidden::Opaque;

        crate::entity_impl!(Opaque, "op", raw, Opaque::from(raw), u32::from(raw));
        entity_impl_tests!(Opaque);

        #[test]
        fn display_and_debug_use_the_prefix() {
            let e = Opaque::new(4);
            assert_eq!(format!("{e} {e:?}"), "op4 op4");
        }
    }
}
