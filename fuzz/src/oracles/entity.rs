//! The entity oracle: random operation sequences on every lightbeam-entity
//! container, mirrored on a model built from std collections, compared after
//! every operation.

use std::collections::BTreeSet;

use arbitrary::Arbitrary;
use lightbeam_entity::packed_option::PackedOption;
use lightbeam_entity::{
    entity_impl, EntityList, EntityRef, EntitySet, ListPool, PrimaryMap, SecondaryMap, SparseSet,
};

/// Keys are drawn below this bound: large enough to cross bit-set words and
/// list size classes, small enough that a `SecondaryMap` stays cheap.
const KEY_BOUND: u16 = 4_096;

/// Number of lists sharing one [`ListPool`].
const LISTS: usize = 4;

/// The entity type the containers are keyed by.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(u32);
entity_impl!(Key, "key");

/// A key drawn by the fuzzer, reduced below `KEY_BOUND`.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct AnyKey(u16);

impl AnyKey {
    fn key(self) -> Key {
        Key::new(usize::from(self.0 % KEY_BOUND))
    }

    fn index(self) -> usize {
        usize::from(self.0 % KEY_BOUND)
    }
}

/// One fuzz input: a container and the operations to run on it.
#[derive(Arbitrary, Debug)]
pub enum EntityProgram {
    /// Operations on a [`PrimaryMap`], then its boxed slice.
    Primary(Vec<PrimaryOp>),
    /// Operations on a [`SecondaryMap`] with the given default.
    Secondary {
        /// The map's default value.
        default: u32,
        /// The operations.
        ops: Vec<SecondaryOp>,
    },
    /// Operations on an [`EntitySet`].
    Set(Vec<SetOp>),
    /// Operations on a [`SparseSet`].
    Sparse(Vec<SparseOp>),
    /// Operations on `LISTS` entity lists sharing one pool.
    Lists(Vec<ListOp>),
    /// Operations on a [`PackedOption`].
    Packed(Vec<PackedOp>),
}

/// An operation on a [`PrimaryMap<Key, u32>`].
#[derive(Arbitrary, Debug)]
pub enum PrimaryOp {
    /// `push(value)`
    Push(u32),
    /// `map[key] = value` when `key` is valid.
    Set(AnyKey, u32),
    /// `clear()`
    Clear,
    /// `get_range` over `start..end`.
    GetRange(AnyKey, AnyKey),
}

/// An operation on a [`SecondaryMap<Key, u32>`].
#[derive(Arbitrary, Debug)]
pub enum SecondaryOp {
    /// `insert(key, value)`
    Insert(AnyKey, u32),
    /// `remove(key)`
    Remove(AnyKey),
    /// `map[key] = value` (grows the map).
    IndexWrite(AnyKey, u32),
    /// `clear()`
    Clear,
    /// `resize(n)`
    Resize(AnyKey),
}

/// An operation on an [`EntitySet<Key>`].
#[derive(Arbitrary, Debug)]
pub enum SetOp {
    /// `insert(key)`
    Insert(AnyKey),
    /// `remove(key)`
    Remove(AnyKey),
    /// `pop()`
    Pop,
    /// `clear()`
    Clear,
    /// `ensure_capacity(n)`
    EnsureCapacity(AnyKey),
}

/// An operation on a [`SparseSet<Key>`].
#[derive(Arbitrary, Debug)]
pub enum SparseOp {
    /// `insert(key)`
    Insert(AnyKey),
    /// `remove(key)`
    Remove(AnyKey),
    /// `pop()`
    Pop,
    /// `clear()`
    Clear,
}

/// An operation on one of `LISTS` lists (picked modulo `LISTS`).
#[derive(Arbitrary, Debug)]
pub enum ListOp {
    /// `push(key)`
    Push(u8, AnyKey),
    /// `insert(index, key)` with the index reduced into range.
    Insert(u8, u16, AnyKey),
    /// `remove(index)` with the index reduced into range.
    Remove(u8, u16),
    /// `swap_remove(index)` with the index reduced into range.
    SwapRemove(u8, u16),
    /// `truncate(len)`
    Truncate(u8, u16),
    /// `clear()`
    Clear(u8),
    /// `extend(keys)`
    Extend(u8, Vec<AnyKey>),
    /// `lists[to] = lists[from].deep_clone()`
    DeepClone(u8, u8),
    /// `lists[to] = lists[from].take()`
    Take(u8, u8),
    /// `lists[to].copy_from(&lists[from], start..end, index)` with every
    /// bound reduced into range.
    CopyFrom(u8, u8, u16, u16, u16),
}

/// An operation on a [`PackedOption<Key>`].
#[derive(Arbitrary, Debug)]
pub enum PackedOp {
    /// Replace the value.
    Set(Option<AnyKey>),
    /// `take()`
    Take,
}

/// Runs `program`, panicking at the first operation after which the
/// container and its model disagree.
pub fn run_entity_program(program: &EntityProgram) {
    match program {
        EntityProgram::Primary(ops) => run_primary(ops),
        EntityProgram::Secondary { default, ops } => run_secondary(*default, ops),
        EntityProgram::Set(ops) => run_set(ops),
        EntityProgram::Sparse(ops) => run_sparse(ops),
        EntityProgram::Lists(ops) => run_lists(ops),
        EntityProgram::Packed(ops) => run_packed(ops),
    }
}

fn run_primary(ops: &[PrimaryOp]) {
    let mut map: PrimaryMap<Key, u32> = PrimaryMap::new();
    let mut model: Vec<u32> = Vec::new();
    for op in ops {
        match *op {
            PrimaryOp::Push(value) => {
                assert_eq!(
                    map.next_key().index(),
                    model.len(),
                    "next_key before {op:?}"
                );
                assert_eq!(map.push(value).index(), model.len(), "{op:?}");
                model.push(value);
            }
            PrimaryOp::Set(key, value) => {
                assert_eq!(map.is_valid(key.key()), key.index() < model.len(), "{op:?}");
                if let Some(slot) = model.get_mut(key.index()) {
                    *slot = value;
                    map[key.key()] = value;
                }
            }
            PrimaryOp::Clear => {
                map.clear();
                model.clear();
            }
            PrimaryOp::GetRange(start, end) => {
                let (start, end) = (
                    start.index().min(end.index()),
                    start.index().max(end.index()),
                );
                assert_eq!(
                    map.get_range(Key::new(start)..Key::new(end)),
                    model.get(start..end),
                    "{op:?}"
                );
            }
        }
        assert_eq!(map.len(), model.len(), "len after {op:?}");
        assert_eq!(map.is_empty(), model.is_empty(), "is_empty after {op:?}");
        assert_eq!(
            map.last().map(|(key, &value)| (key.index(), value)),
            model.last().map(|&value| (model.len() - 1, value))
        );
        assert!(
            map.iter()
                .map(|(key, &value)| (key.index(), value))
                .eq(model.iter().copied().enumerate()),
            "iter after {op:?}"
        );
        assert!(
            map.keys().map(EntityRef::index).eq(0..model.len()),
            "keys after {op:?}"
        );
        assert_eq!(map.as_values_slice(), &model[..], "values after {op:?}");
    }
    let boxed = map.into_boxed_slice();
    assert_eq!(boxed.len(), model.len());
    assert!(boxed.values().eq(model.iter()), "boxed slice values");
    for (index, value) in model.iter().enumerate() {
        assert_eq!(
            boxed.get(Key::new(index)),
            Some(value),
            "boxed slice entry {index}"
        );
    }
    assert_eq!(
        boxed.get(Key::new(model.len())),
        None,
        "boxed slice past the end"
    );
}

fn run_secondary(default: u32, ops: &[SecondaryOp]) {
    let mut map: SecondaryMap<Key, u32> = SecondaryMap::with_default(default);
    // The stored entries: reads beyond them give the default.
    let mut model: Vec<u32> = Vec::new();
    let grow_to = |model: &mut Vec<u32>, len: usize| {
        if model.len() < len {
            model.resize(len, default);
        }
    };
    for op in ops {
        match *op {
            SecondaryOp::Insert(key, value) => {
                let previous = model.get(key.index()).copied();
                assert_eq!(map.insert(key.key(), value), previous, "{op:?}");
                grow_to(&mut model, key.index() + 1);
                model[key.index()] = value;
            }
            SecondaryOp::Remove(key) => {
                let previous = model.get(key.index()).copied();
                assert_eq!(map.remove(key.key()), previous, "{op:?}");
                if let Some(slot) = model.get_mut(key.index()) {
                    *slot = default;
                }
            }
            SecondaryOp::IndexWrite(key, value) => {
                map[key.key()] = value;
                grow_to(&mut model, key.index() + 1);
                model[key.index()] = value;
            }
            SecondaryOp::Clear => {
                map.clear();
                model.clear();
            }
            SecondaryOp::Resize(len) => {
                map.resize(len.index());
                model.resize(len.index(), default);
            }
        }
        assert_eq!(*map.default_value(), default);
        assert_eq!(map.is_empty(), model.is_empty(), "is_empty after {op:?}");
        assert_eq!(map.as_values_slice(), &model[..], "values after {op:?}");
        assert!(
            map.iter()
                .map(|(key, &value)| (key.index(), value))
                .eq(model.iter().copied().enumerate()),
            "iter after {op:?}"
        );
        for probe in [
            0,
            model.len().saturating_sub(1),
            model.len(),
            model.len() + 7,
        ] {
            assert_eq!(
                map.get(Key::new(probe)),
                model.get(probe),
                "get({probe}) after {op:?}"
            );
            assert_eq!(
                map[Key::new(probe)],
                model.get(probe).copied().unwrap_or(default),
                "map[{probe}] after {op:?}"
            );
        }
    }
}

fn run_set(ops: &[SetOp]) {
    let mut set: EntitySet<Key> = EntitySet::new();
    let mut model: BTreeSet<usize> = BTreeSet::new();
    for op in ops {
        match *op {
            SetOp::Insert(key) => {
                assert_eq!(set.insert(key.key()), model.insert(key.index()), "{op:?}")
            }
            SetOp::Remove(key) => {
                assert_eq!(set.remove(key.key()), model.remove(&key.index()), "{op:?}")
            }
            SetOp::Pop => assert_eq!(set.pop().map(EntityRef::index), model.pop_last(), "{op:?}"),
            SetOp::Clear => {
                set.clear();
                model.clear();
            }
            SetOp::EnsureCapacity(capacity) => set.ensure_capacity(capacity.index()),
        }
        assert_eq!(set.is_empty(), model.is_empty(), "is_empty after {op:?}");
        assert!(
            set.iter().map(EntityRef::index).eq(model.iter().copied()),
            "iter after {op:?}"
        );
        if let SetOp::Insert(key) | SetOp::Remove(key) = *op {
            assert_eq!(
                set.contains(key.key()),
                model.contains(&key.index()),
                "contains after {op:?}"
            );
        }
    }
}

fn run_sparse(ops: &[SparseOp]) {
    let mut set: SparseSet<Key> = SparseSet::new();
    let mut model: BTreeSet<usize> = BTreeSet::new();
    for op in ops {
        match *op {
            SparseOp::Insert(key) => {
                let replaced = set.insert(key.key()).map(EntityRef::index);
                assert_eq!(
                    replaced,
                    (!model.insert(key.index())).then_some(key.index()),
                    "{op:?}"
                );
            }
            SparseOp::Remove(key) => {
                let removed = set.remove(key.key()).map(EntityRef::index);
                assert_eq!(
                    removed,
                    model.remove(&key.index()).then_some(key.index()),
                    "{op:?}"
                );
            }
            SparseOp::Pop => {
                let last = set.values().last().map(|key| key.index());
                let popped = set.pop().map(EntityRef::index);
                assert_eq!(popped, last, "pop takes the last value: {op:?}");
                if let Some(popped) = popped {
                    assert!(
                        model.remove(&popped),
                        "{op:?} popped {popped}, not a member"
                    );
                }
            }
            SparseOp::Clear => {
                set.clear();
                model.clear();
            }
        }
        assert_eq!(set.len(), model.len(), "len after {op:?}");
        assert_eq!(set.is_empty(), model.is_empty(), "is_empty after {op:?}");
        let members: BTreeSet<usize> = set.values().map(|key| key.index()).collect();
        assert_eq!(members, model, "values after {op:?}");
        for &member in &model {
            assert!(
                set.contains_key(Key::new(member)),
                "contains_key({member}) after {op:?}"
            );
            assert_eq!(
                set.get(Key::new(member)).map(|key| key.index()),
                Some(member)
            );
        }
        if let SparseOp::Remove(key) = *op {
            assert!(
                !set.contains_key(key.key()),
                "still contains the removed key after {op:?}"
            );
        }
    }
}

fn run_lists(ops: &[ListOp]) {
    let mut pool: ListPool<Key> = ListPool::new();
    let mut lists: [EntityList<Key>; LISTS] = Default::default();
    let mut model: [Vec<usize>; LISTS] = Default::default();
    let pick = |list: u8| usize::from(list) % LISTS;
    for op in ops {
        match op {
            ListOp::Push(list, key) => {
                let list = pick(*list);
                assert_eq!(
                    lists[list].push(key.key(), &mut pool),
                    model[list].len(),
                    "{op:?}"
                );
                model[list].push(key.index());
            }
            ListOp::Insert(list, index, key) => {
                let list = pick(*list);
                let index = usize::from(*index) % (model[list].len() + 1);
                lists[list].insert(index, key.key(), &mut pool);
                model[list].insert(index, key.index());
            }
            ListOp::Remove(list, index) | ListOp::SwapRemove(list, index) => {
                let list = pick(*list);
                if model[list].is_empty() {
                    continue;
                }
                let index = usize::from(*index) % model[list].len();
                if let ListOp::Remove(..) = op {
                    lists[list].remove(index, &mut pool);
                    model[list].remove(index);
                } else {
                    lists[list].swap_remove(index, &mut pool);
                    model[list].swap_remove(index);
                }
            }
            ListOp::Truncate(list, len) => {
                let list = pick(*list);
                lists[list].truncate(usize::from(*len), &mut pool);
                model[list].truncate(usize::from(*len));
            }
            ListOp::Clear(list) => {
                let list = pick(*list);
                lists[list].clear(&mut pool);
                model[list].clear();
            }
            ListOp::Extend(list, keys) => {
                let list = pick(*list);
                lists[list].extend(keys.iter().map(|key| key.key()), &mut pool);
                model[list].extend(keys.iter().map(|key| key.index()));
            }
            ListOp::DeepClone(from, to) => {
                let (from, to) = (pick(*from), pick(*to));
                lists[to] = lists[from].deep_clone(&mut pool);
                model[to] = model[from].clone();
            }
            ListOp::Take(from, to) => {
                let (from, to) = (pick(*from), pick(*to));
                let taken = lists[from].take();
                lists[to] = taken;
                let taken = std::mem::take(&mut model[from]);
                model[to] = taken;
            }
            ListOp::CopyFrom(from, to, start, end, index) => {
                let (from, to) = (pick(*from), pick(*to));
                // Like cranelift-entity, copying between two handles of one
                // block (e.g. two empty lists) is refused with a panic.
                if lists[from] == lists[to] {
                    continue;
                }
                let source_len = model[from].len();
                let (start, end) = (
                    usize::from(*start) % (source_len + 1),
                    usize::from(*end) % (source_len + 1),
                );
                let (start, end) = (start.min(end), start.max(end));
                let index = usize::from(*index) % (model[to].len() + 1);
                let source = lists[from];
                lists[to].copy_from(&source, start..end, index, &mut pool);
                let copied: Vec<usize> = model[from][start..end].to_vec();
                model[to].splice(index..index, copied);
            }
        }
        for (list, expected) in lists.iter().zip(&model) {
            let actual: Vec<usize> = list.as_slice(&pool).iter().map(|key| key.index()).collect();
            assert_eq!(&actual, expected, "list contents after {op:?}");
            assert_eq!(list.len(&pool), expected.len(), "len after {op:?}");
            assert_eq!(
                list.is_empty(),
                expected.is_empty(),
                "is_empty after {op:?}"
            );
            assert!(list.is_valid(&pool), "handle invalid after {op:?}");
            assert_eq!(
                list.first(&pool).map(|key| key.index()),
                expected.first().copied()
            );
            assert_eq!(
                list.get(expected.len(), &pool),
                None,
                "get past the end after {op:?}"
            );
        }
    }
}

fn run_packed(ops: &[PackedOp]) {
    let mut packed: PackedOption<Key> = PackedOption::default();
    let mut model: Option<Key> = None;
    for op in ops {
        match *op {
            PackedOp::Set(value) => {
                model = value.map(AnyKey::key);
                packed = model.into();
            }
            PackedOp::Take => assert_eq!(packed.take(), model.take(), "{op:?}"),
        }
        assert_eq!(packed.expand(), model, "expand after {op:?}");
        assert_eq!(packed.is_none(), model.is_none());
        assert_eq!(packed.is_some(), model.is_some());
    }
}
