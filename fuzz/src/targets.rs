//! The body of every fuzz target: each takes the fuzzer's bytes and panics on
//! a finding. The files in `fuzz_targets/` only hand bytes to these.

use arbitrary::Unstructured;

use spec_runner::engine::Engine;

use crate::engines::{
    all_features_lightbeam, reference_engine, reference_wasmtime, tested_engine, wasm3_lightbeam,
    wasm3_wasmi,
};
use crate::generators::api_calls::ApiCalls;
use crate::generators::{
    arbitrary_module, arbitrary_wasm3_module, break_module, many_value_module, mutant,
    unrestricted_config, GeneratedModule, Mutant, TestsuiteSeeds,
};
use crate::oracles::api::{run_api_calls, ApiStats};
use crate::oracles::compile::{check_compile, check_compile_all_features};
use crate::oracles::differential::{differential as run_differential, DiffReport, Verdict};
use crate::oracles::entity::{run_entity_program, EntityProgram};
use crate::oracles::metamorphic::{metamorphic, MetamorphicReport, Nans};
use crate::oracles::three_way::{three_way, ThreeWayEngines, ThreeWayReport, ThreeWayVerdict};
use crate::oracles::wasi::{run_wasi_program, WasiProgram, WasiReport};

/// `differential`: a generated module runs in the reference and the tested
/// engine; any divergence panics with the oracle's description.
pub fn differential(data: &[u8]) {
    let verdict = differential_verdict(data);
    if let Verdict::Divergence(description) = verdict {
        panic!("divergence: {description}");
    }
}

/// The oracle's verdict for one `differential` input.
pub fn differential_verdict(data: &[u8]) -> Verdict {
    match differential_report(data) {
        Some(report) => report.verdict,
        None => Verdict::Inconclusive("the input does not decode to a module".to_owned()),
    }
}

/// The oracle's full report for one `differential` input (wasmi against
/// lightbeam); `None` when the input does not decode to a module.
pub fn differential_report(data: &[u8]) -> Option<DiffReport> {
    differential_report_with(data, &mut *reference_engine(), &mut *tested_engine())
}

/// [`differential_report`] with the two engines given (fresh ones: an
/// engine is one store, and keeps what it instantiated).
pub fn differential_report_with(
    data: &[u8],
    reference: &mut dyn Engine,
    tested: &mut dyn Engine,
) -> Option<DiffReport> {
    let (module, arg_bytes) = split_differential_input(data)?;
    let mut args = Unstructured::new(arg_bytes);
    Some(run_differential(reference, tested, &module.wasm, &mut args))
}

/// Splits a `differential` input into the module it generates and the bytes
/// left for call arguments; `None` when wasm-smith cannot use the bytes.
pub fn split_differential_input(data: &[u8]) -> Option<(GeneratedModule, &[u8])> {
    let mut u = Unstructured::new(data);
    let module = arbitrary_module(&mut u).ok()?;
    Some((module, u.take_rest()))
}

/// `differential_wasm3`: a generated module with tail calls and exceptions runs
/// in wasmtime, the tested engine and (when it can) wasmi; a divergence of the
/// tested engine panics. A disagreement between the two references is printed
/// and is not a finding. Needs the `wasmtime` feature.
pub fn differential_wasm3(data: &[u8]) {
    let Some(report) = differential_wasm3_report(data) else {
        return;
    };
    match report.verdict {
        ThreeWayVerdict::Divergence(description) => panic!("divergence: {description}"),
        ThreeWayVerdict::ReferencesDisagree(description) => {
            eprintln!("the reference engines disagree (not a finding): {description}");
        }
        ThreeWayVerdict::Same | ThreeWayVerdict::Inconclusive(_) => {}
    }
}

/// The three-way oracle's report for one `differential_wasm3` input (wasmtime
/// and wasmi against lightbeam); `None` when the input does not decode to a
/// module.
///
/// # Panics
///
/// When this crate is built without the `wasmtime` feature.
pub fn differential_wasm3_report(data: &[u8]) -> Option<ThreeWayReport> {
    let new_wasmtime = || {
        reference_wasmtime()
            .unwrap_or_else(|error| panic!("differential_wasm3 needs wasmtime: {error}"))
    };
    differential_wasm3_report_with(
        data,
        ThreeWayEngines {
            wasmi: &mut wasm3_wasmi(),
            wasmtime: &mut *new_wasmtime(),
            wasmtime_for_wasmi: &mut *new_wasmtime(),
            tested: &mut wasm3_lightbeam(),
        },
    )
}

/// [`differential_wasm3_report`] with the engines given (fresh ones).
pub fn differential_wasm3_report_with(
    data: &[u8],
    engines: ThreeWayEngines<'_>,
) -> Option<ThreeWayReport> {
    let mut u = Unstructured::new(data);
    let module = arbitrary_wasm3_module(&mut u).ok()?;
    Some(three_way(engines, &module.wasm, u.take_rest()))
}

/// `mutate`: a module (of the official testsuite or of wasm-smith) and a
/// semantics-preserving rewrite of it; lightbeam running the rewrite must observe
/// what wasmi observes running the original (see
/// `lightbeam_fuzz::oracles::metamorphic`). A divergence panics.
pub fn mutate(data: &[u8]) {
    let Some(found) = mutate_report(data) else {
        return;
    };
    if let Verdict::Divergence(description) = found.report.verdict {
        panic!("divergence: {description}");
    }
}

/// One `mutate` input decoded: the original module, its rewrite, and the bytes
/// the call arguments are drawn from.
#[derive(Clone, Debug)]
pub struct MutateInput<'a> {
    /// The module as generated or as the testsuite has it.
    pub original: Vec<u8>,
    /// Where the original came from: a testsuite module's index, or wasm-smith.
    pub origin: String,
    /// Whether the original's NaNs are canonical (wasm-smith's are).
    pub nans: Nans,
    /// The rewrite.
    pub mutant: Mutant,
    /// What is left for call arguments.
    pub arg_bytes: &'a [u8],
}

/// Decodes a `mutate` input; `None` when the bytes make no module or no
/// mutation applies to it.
pub fn split_mutate_input(data: &[u8]) -> Option<MutateInput<'_>> {
    let mut u = Unstructured::new(data);
    let seeds = TestsuiteSeeds::get();
    let (original, origin, nans) = if seeds.script_count() > 0 && u.arbitrary::<bool>().ok()? {
        let script = u.choose_index(seeds.script_count()).ok()?;
        let modules = seeds.script(script);
        let index = u.choose_index(modules.len()).ok()?;
        let origin = format!("testsuite script #{script}, module #{index}");
        (modules[index].clone(), origin, Nans::Arbitrary)
    } else {
        let wasm = arbitrary_module(&mut u).ok()?.wasm;
        (wasm, "wasm-smith".to_owned(), Nans::Canonical)
    };
    let mutant = mutant(&mut u, &original).ok()??;
    Some(MutateInput {
        original,
        origin,
        nans,
        mutant,
        arg_bytes: u.take_rest(),
    })
}

/// What the input decoded to and the metamorphic oracle's report on it (wasmi
/// on the original against lightbeam on the rewrite); `None` as for
/// [`split_mutate_input`].
pub fn mutate_report(data: &[u8]) -> Option<MutateFinding<'_>> {
    mutate_report_with(data, &reference_engine, &tested_engine)
}

/// [`mutate_report`] with the engines given (each call makes a fresh one).
pub fn mutate_report_with<'a>(
    data: &'a [u8],
    reference: &dyn Fn() -> Box<dyn Engine>,
    tested: &dyn Fn() -> Box<dyn Engine>,
) -> Option<MutateFinding<'a>> {
    let input = split_mutate_input(data)?;
    let report = metamorphic(
        reference,
        tested,
        &input.original,
        &input.mutant.wasm,
        input.nans,
        input.arg_bytes,
    );
    Some(MutateFinding { input, report })
}

/// A decoded `mutate` input and the oracle's report on it.
#[derive(Clone, Debug)]
pub struct MutateFinding<'a> {
    /// What the input decoded to.
    pub input: MutateInput<'a>,
    /// The metamorphic oracle's report.
    pub report: MetamorphicReport,
}

/// `compile`: raw bytes, generated modules of every feature, generated
/// modules damaged on purpose, and modules built around a type with many
/// values; the engine must agree with the validator, must not fail internally
/// (a panic or a hang is a finding by itself) and must keep its machine code
/// within the code-size bound; and compiled again with every feature enabled,
/// what it does not implement must be reported as unsupported.
pub fn compile(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut u = Unstructured::new(rest);
    let wasm = match mode % 4 {
        0 => rest.to_vec(),
        3 => match many_value_module(&mut u) {
            Ok(wasm) => wasm,
            Err(_) => return,
        },
        1 => match generated(&mut u) {
            Some(wasm) => wasm,
            None => return,
        },
        _ => {
            let Some(mut wasm) = generated(&mut u) else {
                return;
            };
            if break_module(&mut u, &mut wasm).is_err() {
                return;
            }
            wasm
        }
    };
    if let Some(disagreement) = check_compile(&mut *tested_engine(), &wasm) {
        panic!("compile: {disagreement}");
    }
    if let Some(disagreement) = check_compile_all_features(&mut all_features_lightbeam(), &wasm) {
        panic!("compile: {disagreement}");
    }
}

fn generated(u: &mut Unstructured<'_>) -> Option<Vec<u8>> {
    let mut config = unrestricted_config(u).ok()?;
    // Sometimes let wasm-smith emit invalid function bodies too.
    config.allow_invalid_funcs = u.arbitrary().ok()?;
    // Multi-value types most of the time (wasm-smith's have up to 20 values, past
    // the compiler's bulk-move threshold; `many_value_module` goes to 1,000), and
    // room for large types and deep nesting.
    config.multi_value_enabled |= u.ratio(3, 4).ok()?;
    config.max_type_size = config.max_type_size.max(1000);
    config.max_nesting_depth = config.max_nesting_depth.max(u.int_in_range(0..=20).ok()?);
    Some(wasm_smith::Module::new(config, u).ok()?.to_bytes())
}

/// `entity`: a random operation sequence on one lightbeam-entity container,
/// checked against a std-collections model after every operation.
pub fn entity(data: &[u8]) {
    let Ok(program) = Unstructured::new(data).arbitrary::<EntityProgram>() else {
        return;
    };
    run_entity_program(&program);
}

/// `api`: an arbitrary sequence of embedding-API calls over several engines and stores
/// (see `lightbeam_fuzz::oracles::api`); a panic, an abort or a crash is a finding, and
/// so is a broken promise (a foreign handle accepted, an own handle refused, a limit
/// exceeded).
pub fn api(data: &[u8]) {
    api_stats(data);
}

/// What one `api` input exercised (all zero when the bytes decode to no sequence).
pub fn api_stats(data: &[u8]) -> ApiStats {
    match Unstructured::new(data).arbitrary::<ApiCalls>() {
        Ok(calls) => run_api_calls(&calls),
        Err(_) => ApiStats::default(),
    }
}

/// `wasi`: a sequence of WASI calls with arbitrary arguments and memory contents against
/// a fresh preopened directory; the host must not fail and nothing outside the preopen
/// may be touched or read (see `lightbeam_fuzz::oracles::wasi`).
pub fn wasi(data: &[u8]) {
    let Ok(program) = Unstructured::new(data).arbitrary::<WasiProgram>() else {
        return;
    };
    run_wasi_program(&program);
}

/// The WASI oracle's report for one input; `None` when the bytes do not decode.
pub fn wasi_report(data: &[u8]) -> Option<WasiReport> {
    let program = Unstructured::new(data).arbitrary::<WasiProgram>().ok()?;
    Some(run_wasi_program(&program))
}
