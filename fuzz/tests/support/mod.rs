//! Helpers shared by the integration tests.

#![allow(dead_code)]

pub mod planted;

/// Deterministic pseudo-random fuzz inputs: `count` inputs, the n-th of a
/// length between 64 and 4 KiB, all derived from `seed` (splitmix64).
pub fn fixed_inputs(seed: u64, count: usize) -> Vec<Vec<u8>> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    (0..count)
        .map(|_| {
            let len = 64 + (next() % 4_032) as usize;
            (0..len).map(|_| next() as u8).collect()
        })
        .collect()
}
