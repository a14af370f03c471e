//! With `enable-serde`, every container survives a round trip through JSON unchanged,
//! in the same data layout as cranelift-entity's (so serialised data moves over too).
#![cfg(feature = "enable-serde")]

use lightbeam_entity::packed_option::PackedOption;
use lightbeam_entity::{entity_impl, EntityList, EntitySet, ListPool, PrimaryMap, SecondaryMap};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
struct Block(u32);
entity_impl!(Block, "block");

/// Serialises `value` to JSON and back.
fn round_trip<T: Serialize + DeserializeOwned>(value: &T) -> (String, T) {
    let json = serde_json::to_string(value).expect("serialise");
    let back = serde_json::from_str(&json).expect("deserialise");
    (json, back)
}

#[test]
fn primary_map_keeps_cranelift_layout() {
    let mut map: PrimaryMap<Block, u8> = PrimaryMap::new();
    map.push(7);
    map.push(9);
    let (json, back) = round_trip(&map);
    assert_eq!(json, r#"{"elems":[7,9],"unused":null}"#);
    assert_eq!(back, map);
}

#[test]
fn secondary_map_keeps_its_default_and_values() {
    let mut map: SecondaryMap<Block, u32> = SecondaryMap::with_default(5);
    map[Block(3)] = 1;
    let (_, back) = round_trip(&map);
    assert_eq!(back, map);
    assert_eq!(back[Block(0)], 5);
    assert_eq!(back[Block(3)], 1);
    assert_eq!(back[Block(100)], 5);
}

#[test]
fn entity_set_keeps_its_members() {
    let mut set: EntitySet<Block> = EntitySet::new();
    set.insert(Block(2));
    set.insert(Block(70));
    let (_, back) = round_trip(&set);
    assert!(back.contains(Block(2)));
    assert!(back.contains(Block(70)));
    assert!(!back.contains(Block(3)));
}

#[test]
fn packed_option_round_trips_both_states() {
    let some: PackedOption<Block> = Block(4).into();
    let none: PackedOption<Block> = PackedOption::default();
    assert_eq!(round_trip(&some).1, some);
    assert_eq!(round_trip(&none).1, none);
}

#[test]
fn entity_lists_round_trip_with_their_pool() {
    let mut pool: ListPool<Block> = ListPool::new();
    let list = EntityList::from_slice(&[Block(1), Block(2), Block(3)], &mut pool);
    let (_, pool_back) = round_trip(&pool);
    let (_, list_back) = round_trip(&list);
    assert_eq!(
        list_back.as_slice(&pool_back),
        &[Block(1), Block(2), Block(3)]
    );
}
