//! Each container against the `std` type it replaces.
//!
//! Run with `cargo bench -p lightbeam-entity`. Every benchmark is kept short
//! (small sample, one-second measurement) so the whole suite takes about a
//! minute.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use lightbeam_entity::{
    entity_impl, EntityList, EntityRef, EntitySet, ListPool, PrimaryMap, SecondaryMap,
};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key(u32);
entity_impl!(Key);

/// Elements per benchmark iteration.
const N: usize = 10_000;

/// Keys visited in a scattered but deterministic order.
fn scattered_indices() -> Vec<usize> {
    (0..N).map(|i| (i * 7919) % N).collect()
}

fn primary_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("primary_map");
    group.bench_function(BenchmarkId::new("push", "PrimaryMap"), |b| {
        b.iter(|| {
            let mut map = PrimaryMap::<Key, u64>::new();
            for i in 0..N as u64 {
                black_box(map.push(i));
            }
            map
        })
    });
    group.bench_function(BenchmarkId::new("push", "Vec"), |b| {
        b.iter(|| {
            let mut vec = Vec::<u64>::new();
            for i in 0..N as u64 {
                vec.push(i);
                black_box(vec.len() - 1);
            }
            vec
        })
    });

    let map: PrimaryMap<Key, u64> = (0..N as u64).collect();
    let vec: Vec<u64> = (0..N as u64).collect();
    let order = scattered_indices();
    group.bench_function(BenchmarkId::new("index", "PrimaryMap"), |b| {
        b.iter(|| order.iter().map(|&i| map[Key::new(i)]).sum::<u64>())
    });
    group.bench_function(BenchmarkId::new("index", "Vec"), |b| {
        b.iter(|| order.iter().map(|&i| vec[i]).sum::<u64>())
    });
    group.finish();
}

fn secondary_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("secondary_map");
    let order = scattered_indices();
    group.bench_function(BenchmarkId::new("write_then_read", "SecondaryMap"), |b| {
        b.iter(|| {
            let mut map = SecondaryMap::<Key, u32>::new();
            for &i in &order {
                map[Key::new(i)] = i as u32;
            }
            order
                .iter()
                .map(|&i| u64::from(map[Key::new(i)]))
                .sum::<u64>()
        })
    });
    group.bench_function(BenchmarkId::new("write_then_read", "HashMap"), |b| {
        b.iter(|| {
            let mut map = HashMap::<Key, u32>::new();
            for &i in &order {
                map.insert(Key::new(i), i as u32);
            }
            order
                .iter()
                .map(|&i| u64::from(map[&Key::new(i)]))
                .sum::<u64>()
        })
    });
    group.finish();
}

fn entity_set(c: &mut Criterion) {
    let mut group = c.benchmark_group("entity_set");
    // Every third key is a member; every key is looked up.
    let members: Vec<Key> = scattered_indices()
        .into_iter()
        .filter(|i| i % 3 == 0)
        .map(Key::new)
        .collect();
    let probes: Vec<Key> = (0..N).map(Key::new).collect();

    group.bench_function(BenchmarkId::new("insert_then_contains", "EntitySet"), |b| {
        b.iter(|| {
            let mut set = EntitySet::new();
            set.extend(members.iter().copied());
            probes.iter().filter(|k| set.contains(**k)).count()
        })
    });
    group.bench_function(BenchmarkId::new("insert_then_contains", "HashSet"), |b| {
        b.iter(|| {
            let set: HashSet<Key> = members.iter().copied().collect();
            probes.iter().filter(|k| set.contains(*k)).count()
        })
    });
    group.bench_function(BenchmarkId::new("insert_then_contains", "BTreeSet"), |b| {
        b.iter(|| {
            let set: BTreeSet<Key> = members.iter().copied().collect();
            probes.iter().filter(|k| set.contains(*k)).count()
        })
    });
    group.finish();
}

/// Number of short lists; each gets `LIST_LEN` elements.
const LISTS: usize = 2_000;
const LIST_LEN: usize = 5;

fn entity_list(c: &mut Criterion) {
    let mut group = c.benchmark_group("entity_list");
    group.bench_function(
        BenchmarkId::new("build_then_sum", "EntityList+ListPool"),
        |b| {
            b.iter(|| {
                let mut pool = ListPool::<Key>::new();
                let mut lists = vec![EntityList::<Key>::new(); LISTS];
                for (i, list) in lists.iter_mut().enumerate() {
                    for j in 0..LIST_LEN {
                        list.push(Key::new(i + j), &mut pool);
                    }
                }
                lists
                    .iter()
                    .flat_map(|list| list.as_slice(&pool))
                    .map(|k| k.index())
                    .sum::<usize>()
            })
        },
    );
    group.bench_function(BenchmarkId::new("build_then_sum", "Vec<Vec<_>>"), |b| {
        b.iter(|| {
            let mut lists = vec![Vec::<Key>::new(); LISTS];
            for (i, list) in lists.iter_mut().enumerate() {
                for j in 0..LIST_LEN {
                    list.push(Key::new(i + j));
                }
            }
            lists.iter().flatten().map(|k| k.index()).sum::<usize>()
        })
    });
    group.finish();
}

fn short_runs() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! {
    name = benches;
    config = short_runs();
    targets = primary_map, secondary_map, entity_set, entity_list
}
criterion_main!(benches);
