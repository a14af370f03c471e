//! API compatibility: code written the way a cranelift-entity user writes it,
//! with only the crate name changed.
//!
//! Each section first pins method signatures by coercing them to explicit
//! function-pointer types, so that any drift in parameter, return or receiver
//! types fails to compile, then exercises the methods and checks results.

use core::ops::Range;
use core::slice;

use lightbeam_entity::packed_option::{PackedOption, ReservedValue};
use lightbeam_entity::{
    entity_impl, iter_entity_range, BoxedSlice, EntityList, EntityRef, EntitySet, IntoIter, Iter,
    IterEntityRange, IterMut, Keys, ListPool, OutOfMemory, PrimaryMap, SecondaryMap, SetIter,
    SparseMap, SparseMapValue, SparseSet,
};

/// The usual way to declare entities in a compiler.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Block(u32);
entity_impl!(Block, "block");

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
struct Inst(u32);
entity_impl!(Inst);

mod opaque {
    #[derive(Copy, Clone, PartialEq, Eq, Hash)]
    pub struct Value(u32);

    impl From<u32> for Value {
        fn from(x: u32) -> Self {
            Value(x)
        }
    }

    impl From<Value> for u32 {
        fn from(v: Value) -> u32 {
            v.0
        }
    }
}
use opaque::Value;
entity_impl!(Value, "v", x, Value::from(x), u32::from(x));

#[derive(Clone, Debug, PartialEq)]
struct InstData {
    opcode: &'static str,
}

#[test]
fn entity_ref_and_entity_impl() {
    let _: fn(usize) -> Block = <Block as EntityRef>::new;
    let _: fn(Block) -> usize = <Block as EntityRef>::index;
    let _: fn(u32) -> Block = Block::from_u32;
    let _: fn(Block) -> u32 = Block::as_u32;
    let _: fn(u32) -> Block = Block::from_bits;
    let _: fn(Block) -> u32 = Block::as_bits;
    let _: fn() -> Block = <Block as ReservedValue>::reserved_value;
    let _: fn(&Block) -> bool = <Block as ReservedValue>::is_reserved_value;
    let _: fn(u32) -> Value = Value::from_u32;
    let _: fn(Value) -> u32 = Value::as_u32;

    let b = Block::new(12);
    assert_eq!(b.index(), 12);
    assert_eq!(b.as_u32(), 12);
    assert_eq!(Block::from_bits(b.as_bits()), b);
    assert_eq!(b.to_string(), "block12");
    assert_eq!(format!("{b:?}"), "block12");
    assert_eq!(format!("{:?}", Inst::new(3)), "Inst(3)");
    assert!(Inst::reserved_value().is_reserved_value());
    assert_eq!(Inst::reserved_value().as_u32(), u32::MAX);

    let v = Value::new(5);
    assert_eq!(v.index(), 5);
    assert_eq!(Value::from_u32(5).as_u32(), 5);
    assert_eq!(format!("{v} {v:?}"), "v5 v5");
    assert!(Value::reserved_value().is_reserved_value());
}

#[test]
fn entity_ranges() {
    let _: fn(Range<Inst>) -> IterEntityRange<Inst> = iter_entity_range::<Inst>;
    let insts: Vec<Inst> = iter_entity_range(Inst::new(1)..Inst::new(4)).collect();
    assert_eq!(insts, [Inst::new(1), Inst::new(2), Inst::new(3)]);
    let mut range = iter_entity_range(Inst::new(0)..Inst::new(3));
    assert_eq!(range.len(), 3);
    assert_eq!(range.next_back(), Some(Inst::new(2)));
}

#[test]
#[allow(clippy::type_complexity)]
fn primary_map() {
    type M = PrimaryMap<Inst, InstData>;
    let _: fn() -> M = M::new;
    let _: fn(usize) -> M = M::with_capacity;
    let _: fn(usize) -> Result<M, OutOfMemory> = M::try_with_capacity;
    let _: fn(&M, Inst) -> bool = M::is_valid;
    let _: for<'a> fn(&'a M, Inst) -> Option<&'a InstData> = M::get;
    let _: for<'a> fn(&'a M, Range<Inst>) -> Option<&'a [InstData]> = M::get_range;
    let _: for<'a> fn(&'a mut M, Inst) -> Option<&'a mut InstData> = M::get_mut;
    let _: fn(&M) -> bool = M::is_empty;
    let _: fn(&M) -> usize = M::len;
    let _: fn(&M) -> Keys<Inst> = M::keys;
    let _: for<'a> fn(&'a M) -> slice::Iter<'a, InstData> = M::values;
    let _: for<'a> fn(&'a mut M) -> slice::IterMut<'a, InstData> = M::values_mut;
    let _: for<'a> fn(&'a M) -> &'a [InstData] = M::as_values_slice;
    let _: for<'a> fn(&'a M) -> Iter<'a, Inst, InstData> = M::iter;
    let _: for<'a> fn(&'a mut M) -> IterMut<'a, Inst, InstData> = M::iter_mut;
    let _: fn(&mut M) = M::clear;
    let _: fn(&M) -> Inst = M::next_key;
    let _: fn(&mut M, InstData) -> Inst = M::push;
    let _: for<'a> fn(&'a M) -> Option<(Inst, &'a InstData)> = M::last;
    let _: for<'a> fn(&'a mut M) -> Option<(Inst, &'a mut InstData)> = M::last_mut;
    let _: fn(&mut M, usize) = M::reserve;
    let _: fn(&mut M, usize) -> Result<(), OutOfMemory> = M::try_reserve;
    let _: fn(&mut M, usize) = M::reserve_exact;
    let _: fn(&mut M, usize) -> Result<(), OutOfMemory> = M::try_reserve_exact;
    let _: fn(&mut M) = M::shrink_to_fit;
    let _: fn(M) -> BoxedSlice<Inst, InstData> = M::into_boxed_slice;
    let _: for<'a> fn(
        &'a mut M,
        [Inst; 2],
    ) -> Result<[&'a mut InstData; 2], slice::GetDisjointMutError> = M::get_disjoint_mut::<2>;
    let _: fn(&mut M, Inst) -> Option<*mut InstData> = M::get_raw_mut;

    let mut insts = M::new();
    let i0 = insts.push(InstData { opcode: "iconst" });
    let i1 = insts.push(InstData { opcode: "iadd" });
    assert_eq!(insts[i1].opcode, "iadd");
    insts[i0].opcode = "f32const";
    assert!(insts.is_valid(i1) && !insts.is_valid(Inst::new(2)));
    assert_eq!(insts.last().unwrap().0, i1);
    insts.last_mut().unwrap().1.opcode = "isub";
    let [a, b] = insts.get_disjoint_mut([i0, i1]).unwrap();
    std::mem::swap(a, b);
    assert_eq!(insts[i0].opcode, "isub");
    assert_eq!(
        insts.binary_search_values_by_key(&"a", |d| d.opcode),
        Err(i0)
    );
    assert_eq!(
        format!("{insts:?}"),
        r#"PrimaryMap { Inst(0): InstData { opcode: "isub" }, Inst(1): InstData { opcode: "f32const" } }"#
    );

    let copy = insts.clone();
    assert_eq!(copy, insts);
    for (inst, data) in &insts {
        assert_eq!(copy[inst], *data);
    }
    for (_, data) in &mut insts {
        data.opcode = "nop";
    }
    let mut by_value: IntoIter<Inst, InstData> = insts.into_iter();
    assert_eq!(by_value.next_back().map(|(k, _)| k), Some(i1));

    let mut numbers: PrimaryMap<Block, u32> = (0..3).collect();
    numbers.extend([3, 4]);
    assert_eq!(
        numbers.binary_search_values_by_key(&3, |v| *v),
        Ok(Block::new(3))
    );
    let as_vec: Vec<u32> = numbers.clone().into();
    assert_eq!(as_vec, [0, 1, 2, 3, 4]);
    assert_eq!(PrimaryMap::<Block, u32>::from(as_vec), numbers);
    assert_eq!(PrimaryMap::<Block, u32>::default().len(), 0);
}

#[test]
fn boxed_slice() {
    type S = BoxedSlice<Block, u32>;
    let _: unsafe fn(*mut [u32]) -> S = S::from_raw;
    let _: fn(&S, Block) -> bool = S::is_valid;
    let _: for<'a> fn(&'a S, Block) -> Option<&'a u32> = S::get;
    let _: for<'a> fn(&'a mut S, Block) -> Option<&'a mut u32> = S::get_mut;
    let _: fn(&S) -> bool = S::is_empty;
    let _: fn(&S) -> usize = S::len;
    let _: fn(&S) -> Keys<Block> = S::keys;
    let _: for<'a> fn(&'a S) -> slice::Iter<'a, u32> = S::values;
    let _: for<'a> fn(&'a mut S) -> slice::IterMut<'a, u32> = S::values_mut;
    let _: for<'a> fn(&'a S) -> Iter<'a, Block, u32> = S::iter;
    let _: for<'a> fn(&'a mut S) -> IterMut<'a, Block, u32> = S::iter_mut;
    let _: for<'a> fn(&'a S) -> Option<&'a u32> = S::last;

    let mut slice: S = (10..13)
        .collect::<PrimaryMap<Block, u32>>()
        .into_boxed_slice();
    slice[Block::new(0)] += 1;
    assert_eq!(slice.values().copied().collect::<Vec<_>>(), [11, 11, 12]);
    assert_eq!((&slice).into_iter().count(), 3);
    assert_eq!((&mut slice).into_iter().count(), 3);
    let cloned = slice.clone();
    assert_eq!(
        format!("{cloned:?}").contains("elems"),
        format!("{slice:?}").contains("elems")
    );
}

#[test]
#[allow(clippy::type_complexity)]
fn secondary_map() {
    type M = SecondaryMap<Block, u32>;
    let _: fn() -> M = M::new;
    let _: fn(usize) -> M = M::with_capacity;
    let _: fn(usize) -> Result<M, OutOfMemory> = M::try_with_capacity;
    let _: fn(u32) -> M = M::with_default;
    let _: fn(&M) -> usize = M::capacity;
    let _: for<'a> fn(&'a M, Block) -> Option<&'a u32> = M::get;
    let _: for<'a> fn(&'a mut M, Block) -> Option<&'a mut u32> = M::get_mut;
    let _: fn(&mut M, Block, u32) -> Option<u32> = M::insert;
    let _: fn(&mut M, Block, u32) -> Result<Option<u32>, OutOfMemory> = M::try_insert;
    let _: fn(&mut M, Block) -> Option<u32> = M::remove;
    let _: fn(&M) -> bool = M::is_empty;
    let _: fn(&mut M) = M::clear;
    let _: for<'a> fn(&'a M) -> Iter<'a, Block, u32> = M::iter;
    let _: for<'a> fn(&'a mut M) -> IterMut<'a, Block, u32> = M::iter_mut;
    let _: fn(&M) -> Keys<Block> = M::keys;
    let _: for<'a> fn(&'a M) -> slice::Iter<'a, u32> = M::values;
    let _: for<'a> fn(&'a mut M) -> slice::IterMut<'a, u32> = M::values_mut;
    let _: fn(&mut M, usize) = M::resize;
    let _: fn(&mut M, usize) -> Result<(), OutOfMemory> = M::try_resize;
    let _: for<'a> fn(&'a M) -> &'a [u32] = M::as_values_slice;
    let _: for<'a> fn(&'a M) -> &'a u32 = M::default_value;

    let mut depth = M::new();
    depth[Block::new(3)] = 2;
    assert_eq!(depth[Block::new(1)], 0);
    assert_eq!(depth.keys().count(), 4);
    assert_eq!(depth.insert(Block::new(1), 5), Some(0));
    assert_eq!(depth.remove(Block::new(3)), Some(2));
    assert_eq!(
        format!("{depth:?}"),
        "SecondaryMap { elems: [0, 5, 0, 0], default: 0 }"
    );

    let mut shorter = M::new();
    shorter[Block::new(1)] = 5;
    assert_eq!(depth, shorter);

    let collected: M = [(Block::new(2), 7)].into_iter().collect();
    assert_eq!(collected.as_values_slice(), [0, 0, 7]);
    assert_eq!(M::from(vec![0, 0, 7]), collected);
    assert_eq!(M::default(), M::new());
    let mut labels = SecondaryMap::<Block, &str>::with_default("none");
    labels[Block::new(0)] = "entry";
    assert_eq!(*labels.default_value(), "none");
    for (_, label) in labels.iter_mut() {
        *label = "x";
    }
}

#[test]
fn packed_option() {
    type P = PackedOption<Block>;
    let _: fn(Block) -> P = P::new;
    let _: fn(&P) -> bool = P::is_none;
    let _: fn(&P) -> bool = P::is_some;
    let _: fn(P) -> Option<Block> = P::expand;
    type ToIndex = fn(Block) -> u32;
    let _: fn(P, ToIndex) -> Option<u32> = P::map::<u32, ToIndex>;
    let _: fn(P) -> Block = P::unwrap;
    let _: fn(P, &str) -> Block = P::expect;
    let _: fn(&mut P) -> Option<Block> = P::take;
    const NONE: P = PackedOption::new(Block(u32::MAX));

    let mut dest: P = None.into();
    assert!(dest.is_none() && NONE.is_none());
    assert_eq!(format!("{dest:?}"), "None");
    dest = Block::new(4).into();
    assert_eq!(format!("{dest:?}"), "Some(block4)");
    assert_eq!(dest.map(|b| b.as_u32()), Some(4));
    assert_eq!(dest.expect("set"), Block::new(4));
    let back: Option<Block> = dest.into();
    assert_eq!(back, Some(Block::new(4)));
    assert_eq!(dest.take(), Some(Block::new(4)));
    assert_eq!(dest, P::default());
    assert_eq!(size_of::<P>(), size_of::<Block>());
}

#[test]
#[allow(clippy::type_complexity)]
fn entity_list_and_pool() {
    type L = EntityList<Inst>;
    type P = ListPool<Inst>;
    let _: fn() -> P = P::new;
    let _: fn(usize) -> P = P::with_capacity;
    let _: fn(&P) -> usize = P::capacity;
    let _: fn(&mut P) = P::clear;
    let _: fn() -> L = L::new;
    let _: fn(&[Inst], &mut P) -> L = L::from_slice;
    let _: fn(&L) -> bool = L::is_empty;
    let _: fn(&L, &P) -> usize = L::len;
    let _: fn(&L, &P) -> bool = L::is_valid;
    let _: for<'a> fn(&L, &'a P) -> &'a [Inst] = L::as_slice;
    let _: fn(&L, usize, &P) -> Option<Inst> = L::get;
    let _: fn(&L, &P) -> Option<Inst> = L::first;
    let _: for<'a> fn(&'a mut L, &'a mut P) -> &'a mut [Inst] = L::as_mut_slice;
    let _: for<'a> fn(&'a mut L, usize, &'a mut P) -> Option<&'a mut Inst> = L::get_mut;
    let _: fn(&L, &mut P) -> L = L::deep_clone;
    let _: fn(&mut L, &mut P) = L::clear;
    let _: fn(&mut L) -> L = L::take;
    let _: fn(&mut L, Inst, &mut P) -> usize = L::push;
    let _: fn(Vec<Inst>, &mut P) -> L = L::from_iter::<Vec<Inst>>;
    let _: fn(&mut L, Vec<Inst>, &mut P) = L::extend::<Vec<Inst>>;
    // `copy_from` takes `impl RangeBounds<usize>`, so it is pinned through a call.
    let _: fn(&mut L, &L, Range<usize>, usize, &mut P) = |l, o, r, i, p| l.copy_from(o, r, i, p);
    let _: fn(&mut L, usize, Inst, &mut P) = L::insert;
    let _: fn(&mut L, usize, &mut P) = L::remove;
    let _: fn(&mut L, usize, &mut P) = L::swap_remove;
    let _: fn(&mut L, usize, &mut P) = L::truncate;
    let _: fn(&mut L, usize, usize, &mut P) = L::grow_at;

    let mut pool = P::with_capacity(16);
    let mut args = L::new();
    args.push(Inst::new(1), &mut pool);
    args.extend([Inst::new(2), Inst::new(3)], &mut pool);
    args.insert(0, Inst::new(0), &mut pool);
    assert_eq!(args.as_slice(&pool), [Inst(0), Inst(1), Inst(2), Inst(3)]);
    *args.get_mut(0, &mut pool).unwrap() = Inst::new(9);
    args.as_mut_slice(&mut pool)[1] = Inst::new(8);
    assert_eq!(args.get(0, &pool), Some(Inst::new(9)));
    assert_eq!(args.first(&pool), Some(Inst::new(9)));
    args.remove(0, &mut pool);
    args.swap_remove(0, &mut pool);
    assert_eq!(args.as_slice(&pool), [Inst(3), Inst(2)]);

    let other = L::from_slice(&[Inst::new(5), Inst::new(6), Inst::new(7)], &mut pool);
    args.copy_from(&other, 1.., 1, &mut pool);
    assert_eq!(args.as_slice(&pool), [Inst(3), Inst(6), Inst(7), Inst(2)]);
    args.grow_at(0, 1, &mut pool);
    assert_eq!(args.len(&pool), 5);
    args.truncate(2, &mut pool);
    let clone = args.deep_clone(&mut pool);
    let moved = args.take();
    assert!(args.is_empty() && args.is_valid(&pool));
    assert_eq!(moved.as_slice(&pool)[1], Inst::new(3));
    assert_eq!(clone.len(&pool), 2);
    let from_iter = L::from_iter((0..5).map(Inst::new), &mut pool);
    assert_eq!(from_iter.len(&pool), 5);
    assert_eq!(
        format!("{args:?}"),
        "EntityList { index: 0, unused: PhantomData<cranelift_api::Inst> }"
    );
    assert_eq!(L::default(), L::new());

    let mut other_pool = P::default();
    let _ = L::from_slice(&[Inst::new(1)], &mut other_pool);
    assert_ne!(pool, other_pool);
    assert!(pool.capacity() >= 16);
    pool.clear();
    assert!(!moved.is_valid(&pool));
    let pool_clone = pool.clone();
    assert_eq!(format!("{pool_clone:?}"), "ListPool { data: [], free: [] }");
}

#[derive(Debug, Clone, PartialEq)]
struct Reload {
    value: Inst,
    slot: u32,
}

impl SparseMapValue<Inst> for Reload {
    fn key(&self) -> Inst {
        self.value
    }
}

#[test]
#[allow(clippy::type_complexity)]
fn sparse_map_and_set() {
    type M = SparseMap<Inst, Reload>;
    let _: fn() -> M = M::new;
    let _: fn(&M) -> usize = M::len;
    let _: fn(&M) -> bool = M::is_empty;
    let _: fn(&mut M) = M::clear;
    let _: for<'a> fn(&'a M, Inst) -> Option<&'a Reload> = M::get;
    let _: for<'a> fn(&'a mut M, Inst) -> Option<&'a mut Reload> = M::get_mut;
    let _: fn(&M, Inst) -> bool = M::contains_key;
    let _: fn(&mut M, Reload) -> Option<Reload> = M::insert;
    let _: fn(&mut M, Inst) -> Option<Reload> = M::remove;
    let _: fn(&mut M) -> Option<Reload> = M::pop;
    let _: for<'a> fn(&'a M) -> slice::Iter<'a, Reload> = M::values;
    let _: for<'a> fn(&'a M) -> &'a [Reload] = M::as_slice;
    let _: fn(&Reload) -> Inst = <Reload as SparseMapValue<Inst>>::key;

    let mut reloads = M::default();
    reloads.insert(Reload {
        value: Inst::new(4),
        slot: 1,
    });
    reloads.insert(Reload {
        value: Inst::new(2),
        slot: 2,
    });
    reloads.get_mut(Inst::new(2)).unwrap().slot = 3;
    assert_eq!(reloads.get(Inst::new(2)).unwrap().slot, 3);
    assert_eq!(
        format!("{reloads:?}"),
        "{Inst(4): Reload { value: Inst(4), slot: 1 }, Inst(2): Reload { value: Inst(2), slot: 3 }}"
    );
    assert_eq!(reloads.remove(Inst::new(4)).map(|r| r.slot), Some(1));
    assert_eq!((&reloads).into_iter().count(), 1);
    assert_eq!(reloads.pop().map(|r| r.slot), Some(3));
    assert!(reloads.is_empty());

    let mut live: SparseSet<Inst> = SparseSet::new();
    live.insert(Inst::new(8));
    assert!(live.contains_key(Inst::new(8)));
    assert_eq!(live.as_slice(), [Inst::new(8)]);
    assert_eq!(Inst::new(8).key(), Inst::new(8));
}

#[test]
fn entity_set() {
    type S = EntitySet<Block>;
    let _: fn() -> S = S::new;
    let _: fn(usize) -> S = S::with_capacity;
    let _: fn(usize) -> Result<S, OutOfMemory> = S::try_with_capacity;
    let _: fn(&mut S, usize) = S::ensure_capacity;
    let _: fn(&mut S, usize) -> Result<(), OutOfMemory> = S::try_ensure_capacity;
    let _: fn(&S, Block) -> bool = S::contains;
    let _: fn(&S) -> bool = S::is_empty;
    let _: fn(&mut S) = S::clear;
    let _: fn(&S) -> Keys<Block> = S::keys;
    let _: for<'a> fn(&'a S) -> SetIter<'a, Block> = S::iter;
    let _: fn(&mut S, Block) -> bool = S::insert;
    let _: fn(&mut S, Block) -> bool = S::remove;
    let _: fn(&mut S) -> Option<Block> = S::pop;

    let mut visited = S::with_capacity(8);
    visited.ensure_capacity(100);
    assert!(visited.insert(Block::new(70)));
    visited.extend([Block::new(1), Block::new(2)]);
    assert!(visited.contains(Block::new(2)));
    assert_eq!(format!("{visited:?}"), "{block1, block2, block70}");
    assert_eq!(visited.keys().len(), 71);
    assert_eq!(visited.pop(), Some(Block::new(70)));
    assert!(visited.remove(Block::new(1)));
    assert_eq!(visited.iter().collect::<Vec<_>>(), [Block::new(2)]);
    let copy = visited.clone();
    assert_eq!(copy, visited);
    visited.clear();
    assert!(visited.is_empty());
    assert!(S::default().is_empty());
}

#[test]
fn keys_and_iterators() {
    let _: fn(usize) -> Keys<Block> = Keys::<Block>::with_len;
    let _: fn(slice::Iter<'static, u8>) -> Iter<'static, Block, u8> = Iter::new;
    let _: fn(slice::IterMut<'static, u8>) -> IterMut<'static, Block, u8> = IterMut::new;
    let _: fn(std::vec::IntoIter<u8>) -> IntoIter<Block, u8> = IntoIter::new;

    let mut keys = Keys::<Block>::with_len(3);
    assert_eq!(keys.len(), 3);
    assert_eq!(keys.next_back(), Some(Block::new(2)));
    let data = [1_u8, 2];
    let pairs: Vec<(Block, &u8)> = Iter::new(data.iter()).rev().collect();
    assert_eq!(pairs, [(Block::new(1), &2), (Block::new(0), &1)]);
    let mut owned = IntoIter::<Block, u8>::new(vec![5, 6].into_iter());
    assert_eq!(owned.len(), 2);
    assert_eq!(owned.next(), Some((Block::new(0), 5)));
}

#[test]
fn out_of_memory() {
    let _: fn(usize) -> OutOfMemory = OutOfMemory::new;
    let _: fn(&OutOfMemory) -> usize = OutOfMemory::requested_allocation_size;
    let mut map = PrimaryMap::<Block, u64>::new();
    let error = map.try_reserve(usize::MAX).unwrap_err();
    let as_error: &dyn std::error::Error = &error;
    assert!(as_error.to_string().starts_with("out of memory"));
}

#[cfg(feature = "enable-serde")]
#[test]
fn serde_support() {
    fn serializable<T: serde::Serialize + for<'de> serde::Deserialize<'de>>() {}
    #[derive(Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
    struct Func(u32);
    entity_impl!(Func);
    serializable::<PrimaryMap<Func, String>>();
    serializable::<SecondaryMap<Func, u32>>();
    serializable::<EntitySet<Func>>();
    serializable::<PackedOption<Func>>();
    serializable::<EntityList<Func>>();
    serializable::<ListPool<Func>>();
    serializable::<SparseSet<Func>>();
}
