//! Typed, dense containers keyed by small entity references.
//!
//! A compiler juggles many kinds of objects: functions, blocks, values,
//! instructions, stack slots. Each kind is numbered densely from zero, so the
//! natural storage is an array. A bare `usize` index, however, says nothing
//! about *which* array it belongs to, and it is twice as wide as needed.
//!
//! This crate wraps those indices in newtypes (*entity references*) and offers
//! containers that can only be indexed by the right newtype:
//!
//! - **Type safety.** A `PrimaryMap<Block, BlockData>` cannot be indexed with an
//!   `Inst`, so mixing up two index spaces is a compile error rather than a
//!   silent wrong answer.
//! - **32-bit indices.** Entity references made with [`entity_impl!`] are a
//!   single `u32`, halving the size of every table and list that stores them,
//!   and [`packed_option::PackedOption`] keeps `Option<Entity>` at 32 bits too.
//! - **Dense storage.** All containers are backed by contiguous vectors or bit
//!   vectors, so lookups are a bounds check plus a load, and iteration walks
//!   memory linearly.
//!
//! # The containers
//!
//! - [`PrimaryMap`] owns the entities of one kind and hands out a fresh key
//!   for each pushed value.
//! - [`SecondaryMap`] attaches extra data to existing entities; keys never
//!   written read back as a default value.
//! - [`SparseMap`] and [`SparseSet`] track exactly which keys are present, with
//!   constant-time insert, remove, lookup and clear.
//! - [`EntitySet`] is a bit vector of keys.
//! - [`EntityList`] is a 32-bit handle to a short list stored inside a shared
//!   [`ListPool`].
//! - [`BoxedSlice`] is a frozen, fixed-size [`PrimaryMap`].
//!
//! # Example
//!
//! ```
//! use lightbeam_entity::{entity_impl, EntityRef, PrimaryMap, SecondaryMap};
//!
//! #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
//! struct Block(u32);
//! entity_impl!(Block, "block");
//!
//! let mut names: PrimaryMap<Block, &str> = PrimaryMap::new();
//! let entry = names.push("entry");
//! let exit = names.push("exit");
//!
//! let mut visits: SecondaryMap<Block, u32> = SecondaryMap::new();
//! visits[exit] += 2;
//!
//! assert_eq!(names[entry], "entry");
//! assert_eq!(visits[entry], 0);
//! assert_eq!(visits[exit], 2);
//! assert_eq!(format!("{exit}"), "block1");
//! ```

#![deny(missing_docs)]
#![no_std]

extern crate alloc;

/// Re-export of `core` so that [`entity_impl!`] expands to the same paths in
/// `std` and `no_std` crates.
#[doc(hidden)]
pub extern crate core as __core;

mod boxed_slice;
mod entity_ref;
mod iter;
mod keys;
mod list;
mod map;
mod oom;
pub mod packed_option;
mod primary;
mod range;
mod set;
mod sparse;

pub use self::boxed_slice::BoxedSlice;
pub use self::entity_ref::EntityRef;
pub use self::iter::{IntoIter, Iter, IterMut};
pub use self::keys::Keys;
pub use self::list::{EntityList, ListPool};
pub use self::map::SecondaryMap;
pub use self::oom::OutOfMemory;
pub use self::primary::PrimaryMap;
pub use self::range::{iter_entity_range, IterEntityRange};
pub use self::set::{EntitySet, SetIter};
pub use self::sparse::{SparseMap, SparseMapValue, SparseSet};
