//! Semantics-preserving rewrites of a module (wasm-mutate with
//! `preserve_semantics`), for the metamorphic `mutate` target.

use arbitrary::{Result, Unstructured};
use wasm_mutate::WasmMutate;
use wasmparser::Validator;

use super::testsuite::seed_features;

/// Mutations applied one after the other at most.
pub const MAX_ROUNDS: u32 = 4;

/// Fuel of one wasm-mutate run (bounds the work of its peephole search).
const MUTATION_FUEL: u64 = 1_000;

/// Candidates of one run tried for a valid one.
const CANDIDATES_PER_ROUND: usize = 4;

/// A rewrite of a module, and the wasm-mutate seeds that made it.
#[derive(Clone, Debug)]
pub struct Mutant {
    /// The rewritten module.
    pub wasm: Vec<u8>,
    /// The seed of each mutation applied, in order.
    pub seeds: Vec<u64>,
}

/// Rewrites `wasm` by 1 to [`MAX_ROUNDS`] mutations with seeds drawn from `u`;
/// `None` when no mutation applied. A candidate that does not validate (with the
/// seed features) is skipped: that would be the mutator's mistake, not the engines'.
pub fn mutant(u: &mut Unstructured<'_>, wasm: &[u8]) -> Result<Option<Mutant>> {
    let rounds = u.int_in_range(1..=MAX_ROUNDS)?;
    let mut current = wasm.to_vec();
    let mut seeds = Vec::new();
    for _ in 0..rounds {
        let seed: u64 = u.arbitrary()?;
        if let Some(next) = mutate_once(&current, seed) {
            current = next;
            seeds.push(seed);
        }
    }
    Ok((!seeds.is_empty()).then_some(Mutant {
        wasm: current,
        seeds,
    }))
}

/// One wasm-mutate run on `wasm` with `seed`: its first valid candidate.
pub fn mutate_once(wasm: &[u8], seed: u64) -> Option<Vec<u8>> {
    let mut mutate = WasmMutate::default();
    mutate
        .seed(seed)
        .preserve_semantics(true)
        .fuel(MUTATION_FUEL);
    let found = mutate
        .run(wasm)
        .ok()?
        .take(CANDIDATES_PER_ROUND)
        .filter_map(|candidate| candidate.ok())
        .find(|candidate| {
            Validator::new_with_features(seed_features())
                .validate_all(candidate)
                .is_ok()
        });
    found
}
