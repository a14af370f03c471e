//! wasm-smith configurations matched to what the compiler supports.

use arbitrary::{Arbitrary, Result, Unstructured};
use wasm_smith::{Config, InstructionKind, InstructionKinds, Module};

use super::{comparable_relaxed_simd, export_global};

/// Loop iterations and calls a generated module may make in one call before
/// its own fuel counter traps with `unreachable` (wasm-smith's
/// `ensure_termination`). The trap is deterministic, so both engines see it at
/// the same point; the oracle refills the counter before every call.
pub const SMITH_FUEL: u32 = 1_000;

/// The name under which a generated module exports its fuel counter, so the
/// oracle can refill it before each call and compare it after.
pub const FUEL_EXPORT: &str = "lightbeam-fuzz:fuel";

/// Largest memory a generated module may declare, initially or as maximum.
const MAX_MEMORY_BYTES: u64 = 16 * 65_536;

/// Largest table a generated module may declare, initially or as maximum.
const MAX_TABLE_ELEMENTS: u64 = 1_000;

/// A module generated for the differential oracle, with its configuration.
pub struct GeneratedModule {
    /// The configuration it was generated from.
    pub config: Config,
    /// The encoded module.
    pub wasm: Vec<u8>,
}

/// A wasm-smith configuration drawn from `u` and restricted to what the
/// differential oracle can compare deterministically:
///
/// * Wasm 2.0, fixed-width SIMD included, plus memory64 (64-bit memories and
///   tables), custom page sizes, tail calls, wide arithmetic and relaxed SIMD
///   (limited by [`comparable_relaxed_simd`] to what the references compute as
///   the spec's deterministic profile does, which the engines run): no threads,
///   exceptions, GC, multi-memory, extended constants;
/// * no imports, every item exported;
/// * NaNs canonicalised after every float operation that may produce a NaN
///   of unspecified payload, scalar and per lane (`f32x4.*` and `f64x2.*`
///   add, sub, mul, div, min, max, sqrt, ceil, floor, trunc, nearest): an
///   arithmetic NaN lane is replaced by the canonical NaN with
///   `v128.bitselect`, so v128 results, globals and memories can be compared
///   bit for bit although the comparison does not know their lane shape;
/// * memories and tables declare a small maximum, so `memory.grow` and
///   `table.grow` succeed or fail the same way in every engine.
pub fn differential_config(u: &mut Unstructured<'_>) -> Result<Config> {
    let mut config = Config::arbitrary(u)?;

    config.simd_enabled = true;
    // Relaxed SIMD: the engines run its deterministic profile, and the instructions
    // the references compute otherwise are replaced after generation
    // (`comparable_relaxed_simd`). Emitted where vector instructions are allowed.
    config.relaxed_simd_enabled = true;
    config.threads_enabled = false;
    config.shared_everything_threads_enabled = false;
    config.exceptions_enabled = false;
    // wasm-smith generates typed function references only together with GC (one
    // switch), and wasmi, the reference, implements neither: they stay off here and
    // need the second reference engine (wasmtime).
    config.gc_enabled = false;
    config.custom_descriptors_enabled = false;
    // `return_call` and `return_call_indirect`, which wasmi implements too.
    config.tail_call_enabled = true;
    // 64-bit memories and tables, and memories of 1-byte pages: explicitly
    // bounds-checked accesses, which wasmi implements too.
    config.memory64_enabled = true;
    config.extended_const_enabled = false;
    config.custom_page_sizes_enabled = true;
    // Wide arithmetic (`i64.add128`, `i64.sub128`, `i64.mul_wide_s/u`), which wasmi
    // and wasmtime implement too; emitted where integer instructions find enough
    // `i64`s on the stack.
    config.wide_arithmetic_enabled = true;
    config.compact_imports_enabled = false;
    // Reference types need bulk memory in the validator.
    config.bulk_memory_enabled |= config.reference_types_enabled;

    config.max_imports = 0;
    config.max_memories = config.max_memories.min(1);
    config.max_tables = config
        .max_tables
        .min(if config.reference_types_enabled { 4 } else { 1 });
    config.max_memory32_bytes = config.max_memory32_bytes.min(MAX_MEMORY_BYTES);
    config.max_memory64_bytes = config.max_memory64_bytes.min(u128::from(MAX_MEMORY_BYTES));
    config.memory_max_size_required = true;
    config.max_table_elements = config.max_table_elements.min(MAX_TABLE_ELEMENTS);
    config.table_max_size_required = true;

    // Small modules run more often per second and shrink faster.
    config.max_types = config.max_types.min(30);
    config.max_funcs = config.max_funcs.min(30);
    config.max_globals = config.max_globals.min(30);
    config.max_data_segments = config.max_data_segments.min(10);
    config.max_element_segments = config.max_element_segments.min(10);
    config.max_elements = config.max_elements.min(100);
    config.max_instructions = config.max_instructions.min(300);

    // wasm-smith's trap guards (`disallow_traps`) replace a zero divisor with
    // `select (i32.const 1) (x) (i32.eqz x)`, and wasmi 2.0.0 (the reference)
    // traps on that division anyway: see tests/reference_bugs.rs. Until wasmi
    // is fixed, modules keep their traps, which both engines must agree on.
    config.disallow_traps = false;
    config.export_everything = true;
    config.canonicalize_nans = true;
    config.allow_invalid_funcs = false;
    config.generate_custom_sections = false;
    config.allowed_instructions = differential_instructions(u)?;
    Ok(config)
}

/// A [`differential_config`] (tail calls included) with the Wasm 3.0 feature
/// the three-way oracle (`oracles::three_way`) checks against wasmtime alone:
/// exception handling (tags, `throw`, `throw_ref`, `try_table`) by a coin flip,
/// so that about half the modules stay within what wasmi, the second reference,
/// runs. Typed function references come only with GC in wasm-smith, which stays
/// off.
pub fn wasm3_differential_config(u: &mut Unstructured<'_>) -> Result<Config> {
    let mut config = differential_config(u)?;
    config.exceptions_enabled = u.arbitrary()?;
    // Exceptions carry `exnref` values, a reference type.
    config.reference_types_enabled |= config.exceptions_enabled;
    config.bulk_memory_enabled |= config.reference_types_enabled;
    Ok(config)
}

/// Integer arithmetic, control flow and locals are always allowed (they are
/// where most miscompilations live); every other instruction class, integer
/// and float SIMD included, is allowed by a coin flip.
fn differential_instructions(u: &mut Unstructured<'_>) -> Result<InstructionKinds> {
    let mut kinds = vec![
        InstructionKind::NumericInt,
        InstructionKind::Control,
        InstructionKind::Variable,
    ];
    for optional in [
        InstructionKind::Numeric,
        InstructionKind::Reference,
        InstructionKind::Parametric,
        InstructionKind::Table,
        InstructionKind::MemoryInt,
        InstructionKind::Memory,
        InstructionKind::VectorInt,
        InstructionKind::Vector,
    ] {
        if u.arbitrary()? {
            kinds.push(optional);
        }
    }
    Ok(InstructionKinds::new(&kinds))
}

/// wasm-smith's own arbitrary configuration, every proposal included: used to
/// check that the compiler rejects what it does not support cleanly.
pub fn unrestricted_config(u: &mut Unstructured<'_>) -> Result<Config> {
    let mut config = Config::arbitrary(u)?;
    config.max_funcs = config.max_funcs.min(100);
    config.max_instructions = config.max_instructions.min(1_000);
    Ok(config)
}

/// Generates a module for the differential oracle from `u`: a
/// [`differential_config`] module made to terminate by [`SMITH_FUEL`].
pub fn arbitrary_module(u: &mut Unstructured<'_>) -> Result<GeneratedModule> {
    terminating_module(differential_config(u)?, u)
}

/// Generates a module for the three-way oracle from `u`: a
/// [`wasm3_differential_config`] module made to terminate by [`SMITH_FUEL`].
pub fn arbitrary_wasm3_module(u: &mut Unstructured<'_>) -> Result<GeneratedModule> {
    terminating_module(wasm3_differential_config(u)?, u)
}

fn terminating_module(config: Config, u: &mut Unstructured<'_>) -> Result<GeneratedModule> {
    let mut module = Module::new(config.clone(), u)?;
    let fuel_global = module
        .ensure_termination(SMITH_FUEL)
        .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    let mut wasm = export_global(&module.to_bytes(), fuel_global, FUEL_EXPORT)
        .ok_or(arbitrary::Error::IncorrectFormat)?;
    if config.relaxed_simd_enabled {
        wasm = comparable_relaxed_simd(&wasm).ok_or(arbitrary::Error::IncorrectFormat)?;
    }
    Ok(GeneratedModule { config, wasm })
}
