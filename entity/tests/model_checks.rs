//! Property tests: random operation sequences applied both to a container and
//! to a plain `std` model, checking after every step that they agree.

use std::collections::{BTreeSet, HashMap};

use lightbeam_entity::packed_option::{PackedOption, ReservedValue};
use lightbeam_entity::{
    entity_impl, EntityList, EntityRef, EntitySet, ListPool, PrimaryMap, SecondaryMap, SparseMap,
    SparseMapValue, SparseSet,
};
use proptest::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key(u32);
entity_impl!(Key, "key");

/// Keys are drawn from a small range so that operations collide often.
const KEY_SPACE: u32 = 300;

fn key() -> impl Strategy<Value = Key> {
    (0..KEY_SPACE).prop_map(Key::from_u32)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        // Failures print a seed to reproduce; nothing is written to disk.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- PrimaryMap

#[derive(Debug, Clone)]
enum PrimaryOp {
    Push(i32),
    Set(usize, i32),
    Clear,
    Extend(Vec<i32>),
}

fn primary_op() -> impl Strategy<Value = PrimaryOp> {
    prop_oneof![
        6 => any::<i32>().prop_map(PrimaryOp::Push),
        3 => (any::<usize>(), any::<i32>()).prop_map(|(i, v)| PrimaryOp::Set(i, v)),
        1 => Just(PrimaryOp::Clear),
        1 => prop::collection::vec(any::<i32>(), 0..8).prop_map(PrimaryOp::Extend),
    ]
}

fn check_primary(map: &PrimaryMap<Key, i32>, model: &[i32]) {
    assert_eq!(map.len(), model.len());
    assert_eq!(map.is_empty(), model.is_empty());
    assert_eq!(map.as_values_slice(), model);
    assert_eq!(map.next_key(), Key::new(model.len()));
    assert_eq!(
        map.last().map(|(k, v)| (k.index(), *v)),
        model.last().map(|v| (model.len() - 1, *v))
    );
    for (i, expected) in model.iter().enumerate() {
        assert_eq!(map[Key::new(i)], *expected);
    }
    assert!(!map.is_valid(Key::new(model.len())));
    assert_eq!(
        map.keys().rev().map(Key::index).collect::<Vec<_>>(),
        (0..model.len()).rev().collect::<Vec<_>>()
    );
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn primary_map_matches_vec(ops in prop::collection::vec(primary_op(), 0..64)) {
        let mut map = PrimaryMap::<Key, i32>::new();
        let mut model = Vec::new();
        for op in ops {
            match op {
                PrimaryOp::Push(v) => {
                    let k = map.push(v);
                    prop_assert_eq!(k.index(), model.len());
                    model.push(v);
                }
                PrimaryOp::Set(i, v) if !model.is_empty() => {
                    let i = i % model.len();
                    map[Key::new(i)] = v;
                    model[i] = v;
                }
                PrimaryOp::Set(..) => {}
                PrimaryOp::Clear => {
                    map.clear();
                    model.clear();
                }
                PrimaryOp::Extend(values) => {
                    map.extend(values.iter().copied());
                    model.extend(values);
                }
            }
            check_primary(&map, &model);
        }
    }
}

// -------------------------------------------------------------- SecondaryMap

#[derive(Debug, Clone)]
enum SecondaryOp {
    Write(Key, u8),
    Insert(Key, u8),
    Remove(Key),
    Resize(usize),
    Clear,
}

fn secondary_op() -> impl Strategy<Value = SecondaryOp> {
    prop_oneof![
        4 => (key(), any::<u8>()).prop_map(|(k, v)| SecondaryOp::Write(k, v)),
        2 => (key(), any::<u8>()).prop_map(|(k, v)| SecondaryOp::Insert(k, v)),
        2 => key().prop_map(SecondaryOp::Remove),
        1 => (0..KEY_SPACE as usize).prop_map(SecondaryOp::Resize),
        1 => Just(SecondaryOp::Clear),
    ]
}

const SECONDARY_DEFAULT: u8 = 7;

/// The model: written values by key, plus how far the map's storage reaches.
#[derive(Default)]
struct SecondaryModel {
    values: HashMap<Key, u8>,
    stored_len: usize,
}

impl SecondaryModel {
    fn read(&self, k: Key) -> u8 {
        self.values.get(&k).copied().unwrap_or(SECONDARY_DEFAULT)
    }

    fn stored(&self, k: Key) -> Option<u8> {
        (k.index() < self.stored_len).then(|| self.read(k))
    }

    fn grow_to_hold(&mut self, k: Key) {
        self.stored_len = self.stored_len.max(k.index() + 1);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn secondary_map_matches_hash_map(ops in prop::collection::vec(secondary_op(), 0..64)) {
        let mut map = SecondaryMap::<Key, u8>::with_default(SECONDARY_DEFAULT);
        let mut model = SecondaryModel::default();
        for op in ops {
            match op {
                SecondaryOp::Write(k, v) => {
                    map[k] = v;
                    model.grow_to_hold(k);
                    model.values.insert(k, v);
                }
                SecondaryOp::Insert(k, v) => {
                    let expected = model.stored(k);
                    prop_assert_eq!(map.insert(k, v), expected);
                    model.grow_to_hold(k);
                    model.values.insert(k, v);
                }
                SecondaryOp::Remove(k) => {
                    let expected = model.stored(k);
                    prop_assert_eq!(map.remove(k), expected);
                    model.values.remove(&k);
                }
                SecondaryOp::Resize(n) => {
                    map.resize(n);
                    model.values.retain(|k, _| k.index() < n);
                    model.stored_len = n;
                }
                SecondaryOp::Clear => {
                    map.clear();
                    model = SecondaryModel::default();
                }
            }
            prop_assert_eq!(map.keys().len(), model.stored_len);
            prop_assert_eq!(map.is_empty(), model.stored_len == 0);
            for raw in 0..KEY_SPACE + 2 {
                let k = Key::from_u32(raw);
                prop_assert_eq!(map[k], model.read(k));
                prop_assert_eq!(map.get(k).copied(), model.stored(k));
            }
            // Equality ignores how far the storage reaches.
            let mut rebuilt = SecondaryMap::with_default(SECONDARY_DEFAULT);
            for (k, v) in &model.values {
                rebuilt[*k] = *v;
            }
            prop_assert!(map == rebuilt);
        }
    }
}

// ----------------------------------------------------------------- EntitySet

#[derive(Debug, Clone)]
enum SetOp {
    Insert(Key),
    Remove(Key),
    Pop,
    Clear,
}

fn set_op() -> impl Strategy<Value = SetOp> {
    prop_oneof![
        5 => key().prop_map(SetOp::Insert),
        3 => key().prop_map(SetOp::Remove),
        1 => Just(SetOp::Pop),
        1 => Just(SetOp::Clear),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn entity_set_matches_btree_set(ops in prop::collection::vec(set_op(), 0..96)) {
        let mut set = EntitySet::<Key>::new();
        let mut model = BTreeSet::new();
        for op in ops {
            match op {
                SetOp::Insert(k) => prop_assert_eq!(set.insert(k), model.insert(k)),
                SetOp::Remove(k) => prop_assert_eq!(set.remove(k), model.remove(&k)),
                SetOp::Pop => prop_assert_eq!(set.pop(), model.pop_last()),
                SetOp::Clear => {
                    set.clear();
                    model.clear();
                }
            }
            prop_assert_eq!(set.is_empty(), model.is_empty());
            prop_assert_eq!(set.iter().collect::<Vec<_>>(), model.iter().copied().collect::<Vec<_>>());
            let key_count = model.last().map_or(0, |k| k.index() + 1);
            prop_assert_eq!(set.keys().len(), key_count);
            for raw in 0..KEY_SPACE {
                let k = Key::from_u32(raw);
                prop_assert_eq!(set.contains(k), model.contains(&k));
            }
        }
    }
}

// ------------------------------------------------------ SparseMap, SparseSet

#[derive(Debug, Clone, PartialEq)]
struct Tagged {
    key: Key,
    tag: u16,
}

impl SparseMapValue<Key> for Tagged {
    fn key(&self) -> Key {
        self.key
    }
}

#[derive(Debug, Clone)]
enum SparseOp {
    Insert(Key, u16),
    Remove(Key),
    Pop,
    Clear,
}

fn sparse_op() -> impl Strategy<Value = SparseOp> {
    prop_oneof![
        5 => (key(), any::<u16>()).prop_map(|(k, t)| SparseOp::Insert(k, t)),
        3 => key().prop_map(SparseOp::Remove),
        1 => Just(SparseOp::Pop),
        1 => Just(SparseOp::Clear),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn sparse_map_matches_hash_map(ops in prop::collection::vec(sparse_op(), 0..96)) {
        let mut map = SparseMap::<Key, Tagged>::new();
        let mut model: HashMap<Key, u16> = HashMap::new();
        for op in ops {
            match op {
                SparseOp::Insert(key, tag) => {
                    let old = map.insert(Tagged { key, tag }).map(|t| t.tag);
                    prop_assert_eq!(old, model.insert(key, tag));
                }
                SparseOp::Remove(key) => {
                    prop_assert_eq!(map.remove(key).map(|t| t.tag), model.remove(&key));
                }
                SparseOp::Pop => {
                    if let Some(popped) = map.pop() {
                        prop_assert_eq!(model.remove(&popped.key), Some(popped.tag));
                    } else {
                        prop_assert!(model.is_empty());
                    }
                }
                SparseOp::Clear => {
                    map.clear();
                    model.clear();
                }
            }
            prop_assert_eq!(map.len(), model.len());
            let mut dense: Vec<(Key, u16)> = map.values().map(|t| (t.key, t.tag)).collect();
            let mut expected: Vec<(Key, u16)> = model.iter().map(|(k, t)| (*k, *t)).collect();
            dense.sort();
            expected.sort();
            prop_assert_eq!(dense, expected);
            for raw in 0..KEY_SPACE {
                let k = Key::from_u32(raw);
                prop_assert_eq!(map.get(k).map(|t| t.tag), model.get(&k).copied());
                prop_assert_eq!(map.contains_key(k), model.contains_key(&k));
            }
        }
    }

    #[test]
    fn sparse_set_matches_btree_set(ops in prop::collection::vec(sparse_op(), 0..96)) {
        let mut set = SparseSet::<Key>::new();
        let mut model = BTreeSet::new();
        for op in ops {
            match op {
                SparseOp::Insert(k, _) => {
                    prop_assert_eq!(set.insert(k).is_none(), model.insert(k));
                }
                SparseOp::Remove(k) => prop_assert_eq!(set.remove(k).is_some(), model.remove(&k)),
                SparseOp::Pop => match set.pop() {
                    Some(k) => prop_assert!(model.remove(&k)),
                    None => prop_assert!(model.is_empty()),
                },
                SparseOp::Clear => {
                    set.clear();
                    model.clear();
                }
            }
            let mut members: Vec<Key> = set.as_slice().to_vec();
            members.sort();
            prop_assert_eq!(members, model.iter().copied().collect::<Vec<_>>());
        }
    }
}

// ------------------------------------------------------- EntityList, ListPool

#[derive(Debug, Clone)]
enum ListOp {
    Push(usize, Key),
    Insert(usize, usize, Key),
    Remove(usize, usize),
    SwapRemove(usize, usize),
    Truncate(usize, usize),
    Extend(usize, Vec<Key>),
    Clear(usize),
    DeepClone(usize, usize),
    GrowAt(usize, usize, usize),
    CopyFrom(usize, usize, usize, usize, usize),
}

/// Several lists share one pool, so that blocks get reused across lists.
const LISTS: usize = 4;

fn list_op() -> impl Strategy<Value = ListOp> {
    let l = 0..LISTS;
    let pos = any::<usize>();
    prop_oneof![
        6 => (l.clone(), key()).prop_map(|(l, k)| ListOp::Push(l, k)),
        2 => (l.clone(), pos, key()).prop_map(|(l, i, k)| ListOp::Insert(l, i, k)),
        2 => (l.clone(), pos).prop_map(|(l, i)| ListOp::Remove(l, i)),
        2 => (l.clone(), pos).prop_map(|(l, i)| ListOp::SwapRemove(l, i)),
        1 => (l.clone(), 0..20usize).prop_map(|(l, n)| ListOp::Truncate(l, n)),
        2 => (l.clone(), prop::collection::vec(key(), 0..12)).prop_map(|(l, v)| ListOp::Extend(l, v)),
        1 => l.clone().prop_map(ListOp::Clear),
        1 => (l.clone(), l.clone()).prop_map(|(a, b)| ListOp::DeepClone(a, b)),
        1 => (l.clone(), pos, 0..6usize).prop_map(|(l, i, n)| ListOp::GrowAt(l, i, n)),
        1 => (l.clone(), l.clone(), pos, pos, pos).prop_map(|(a, b, s, e, i)| ListOp::CopyFrom(a, b, s, e, i)),
    ]
}

fn apply_list_op(
    op: ListOp,
    lists: &mut [EntityList<Key>],
    pool: &mut ListPool<Key>,
    model: &mut [Vec<Key>],
) {
    match op {
        ListOp::Push(l, k) => {
            assert_eq!(lists[l].push(k, pool), model[l].len());
            model[l].push(k);
        }
        ListOp::Insert(l, i, k) => {
            let i = i % (model[l].len() + 1);
            lists[l].insert(i, k, pool);
            model[l].insert(i, k);
        }
        ListOp::Remove(l, i) if !model[l].is_empty() => {
            let i = i % model[l].len();
            lists[l].remove(i, pool);
            model[l].remove(i);
        }
        ListOp::SwapRemove(l, i) if !model[l].is_empty() => {
            let i = i % model[l].len();
            lists[l].swap_remove(i, pool);
            model[l].swap_remove(i);
        }
        ListOp::Remove(..) | ListOp::SwapRemove(..) => {}
        ListOp::Truncate(l, n) => {
            lists[l].truncate(n, pool);
            model[l].truncate(n);
        }
        ListOp::Extend(l, keys) => {
            lists[l].extend(keys.iter().copied(), pool);
            model[l].extend(keys);
        }
        ListOp::Clear(l) => {
            lists[l].clear(pool);
            model[l].clear();
        }
        ListOp::DeepClone(from, to) => {
            let copy = lists[from].deep_clone(pool);
            lists[to].clear(pool);
            lists[to] = copy;
            model[to] = model[from].clone();
        }
        ListOp::GrowAt(l, i, n) => {
            // The gap's contents are unspecified; overwrite it to keep the
            // model exact.
            let i = i % (model[l].len() + 1);
            lists[l].grow_at(i, n, pool);
            let gap = lists[l].as_mut_slice(pool);
            for slot in &mut gap[i..i + n] {
                *slot = Key::new(0);
            }
            model[l].splice(i..i, std::iter::repeat_n(Key::new(0), n));
        }
        ListOp::CopyFrom(to, from, s, e, i) if to != from && !model[from].is_empty() => {
            let (a, b) = (s % (model[from].len() + 1), e % (model[from].len() + 1));
            let (start, end) = (a.min(b), a.max(b));
            let i = i % (model[to].len() + 1);
            let source = lists[from];
            lists[to].copy_from(&source, start..end, i, pool);
            let copied: Vec<Key> = model[from][start..end].to_vec();
            model[to].splice(i..i, copied);
        }
        ListOp::CopyFrom(..) => {}
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn entity_lists_match_vecs(ops in prop::collection::vec(list_op(), 0..80)) {
        let mut pool = ListPool::<Key>::new();
        let mut lists = [EntityList::new(); LISTS];
        let mut model: [Vec<Key>; LISTS] = Default::default();
        for op in ops {
            apply_list_op(op, &mut lists, &mut pool, &mut model);
            for (list, expected) in lists.iter().zip(&model) {
                prop_assert_eq!(list.as_slice(&pool), expected.as_slice());
                prop_assert_eq!(list.len(&pool), expected.len());
                prop_assert_eq!(list.is_empty(), expected.is_empty());
                prop_assert_eq!(list.first(&pool), expected.first().copied());
                prop_assert!(list.is_valid(&pool));
            }
        }
    }
}

// ------------------------------------------------------------- PackedOption

proptest! {
    #![proptest_config(config())]

    #[test]
    fn packed_option_matches_option(raw in prop::option::of(0..u32::MAX), other in prop::option::of(0..u32::MAX)) {
        let opt = raw.map(Key::from_u32);
        let mut packed = PackedOption::from(opt);
        prop_assert_eq!(packed.expand(), opt);
        prop_assert_eq!(packed.is_some(), opt.is_some());
        prop_assert_eq!(packed.is_none(), opt.is_none());
        prop_assert_eq!(packed.map(|k| k.index()), opt.map(|k| k.index()));
        prop_assert_eq!(format!("{packed:?}"), format!("{opt:?}"));
        let other_packed = PackedOption::from(other.map(Key::from_u32));
        prop_assert_eq!(packed == other_packed, opt == other.map(Key::from_u32));
        prop_assert_eq!(Option::<Key>::from(packed), opt);
        prop_assert_eq!(packed.take(), opt);
        prop_assert!(packed.is_none());
        prop_assert!(Key::reserved_value().is_reserved_value());
    }
}
