//! Known bugs of the reference engine, kept as canaries: each test passes while
//! the bug is there. When one fails after a wasmi upgrade, the bug is fixed and
//! the workaround named in the test can go.

use arbitrary::Unstructured;
use lightbeam_fuzz::engines::{lazy_wasmi, reference_wasmi};
use lightbeam_fuzz::oracles::differential::differential;
use spec_runner::engine::Outcome;
use spec_runner::value::TrapKind;

/// wasmi 2.0.0 traps with "integer divide by zero" on `x / select(1, y, y == 0)`
/// after a `loop` result, although the divisor is 1: the function must reach
/// its `unreachable`. Workaround: `differential_config` turns wasm-smith's
/// `disallow_traps` (which emits exactly this guard) off.
#[test]
fn wasmi_traps_on_a_division_by_a_select_guarded_divisor() {
    let wasm = wat::parse_file(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference-bugs/wasmi-select-divisor.wat"
    ))
    .expect("the reproducer parses");
    let mut wasmi = reference_wasmi();
    let mut wasmi_again = lazy_wasmi();
    let report = differential(
        &mut wasmi,
        &mut wasmi_again,
        &wasm,
        &mut Unstructured::new(&[]),
    );
    let outcome = &report.calls[0].reference;
    assert!(
        matches!(outcome, Outcome::Trapped(trap) if trap.kind == TrapKind::IntegerDivideByZero),
        "wasmi no longer traps here: re-enable disallow_traps in differential_config"
    );
}
