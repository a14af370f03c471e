//! The injected `i32.sub` miscompilation (see `engines::injected`) is found on
//! the fixed seeds and shrinks to a module of a few instructions.

mod support;

use arbitrary::Unstructured;
use lightbeam_fuzz::engines::injected::subtraction_reversed;
use lightbeam_fuzz::engines::{lightbeam, reference_wasmi};
use lightbeam_fuzz::oracles::differential::differential;
use lightbeam_fuzz::replay::{load_mutate_case, shrink_case, ReplayCase};
use lightbeam_fuzz::targets::{
    differential_report_with, mutate_report_with, split_differential_input,
};

use support::fixed_inputs;

fn replay_with_injected_bug(
    case: &ReplayCase,
) -> lightbeam_fuzz::oracles::differential::DiffReport {
    differential(
        &mut reference_wasmi(),
        &mut subtraction_reversed(lightbeam()),
        &case.wasm,
        &mut Unstructured::new(&case.arg_bytes),
    )
}

#[test]
fn the_injected_subtraction_bug_is_found_and_shrunk() {
    let inputs = fixed_inputs(1, 500);
    let first = inputs
        .iter()
        .position(|input| {
            let mut tested = subtraction_reversed(lightbeam());
            differential_report_with(input, &mut reference_wasmi(), &mut tested)
                .is_some_and(|report| report.verdict.is_divergence())
        })
        .expect("one of 500 inputs exposes the reversed i32.sub");
    eprintln!("first divergent input: #{first}");
    let (module, arg_bytes) = split_differential_input(&inputs[first]).unwrap();
    let case = ReplayCase {
        wasm: module.wasm,
        arg_bytes: arg_bytes.to_vec(),
        origin: format!("seed input #{first}"),
    };
    let shrunk = shrink_case(&case, replay_with_injected_bug).expect("the case diverges");
    let wat = wasmprinter::print_bytes(&shrunk.wasm).unwrap();
    eprintln!("{} -> {} bytes:\n{wat}", case.wasm.len(), shrunk.wasm.len());
    assert!(wat.contains("i32.sub"), "{wat}");
    assert!(
        shrunk.wasm.len() < 100,
        "shrunk only to {} bytes:\n{wat}",
        shrunk.wasm.len()
    );
}

#[test]
fn the_injected_subtraction_bug_is_found_on_rewritten_modules() {
    let tested =
        || -> Box<dyn spec_runner::engine::Engine> { Box::new(subtraction_reversed(lightbeam())) };
    let reference = || -> Box<dyn spec_runner::engine::Engine> { Box::new(reference_wasmi()) };
    let inputs = fixed_inputs(5, 500);
    let found = inputs.iter().find_map(|input| {
        let finding = mutate_report_with(input, &reference, &tested)?;
        finding.report.verdict.is_divergence().then_some((
            input,
            finding.input.origin,
            finding.report.verdict,
        ))
    });
    let (input, origin, verdict) = found.expect("one of 500 inputs exposes the reversed i32.sub");
    eprintln!("{origin}: {verdict:?}");
    // The replay tool's `--mutate` reading of the input reproduces it on the rewrite.
    let case = load_mutate_case("finding", input).expect("the input decodes");
    assert!(replay_with_injected_bug(&case).verdict.is_divergence());
}
