//! Engines with a planted fault, to prove the oracles notice one: wasmi,
//! except that every non-zero `i32` a call returns may come back negated
//! (what a reversed `i32.sub` does to its result) and the machine-code size
//! it reports may be made up.

use lightbeam_fuzz::engines::faulty::{Faults, Faulty};
use lightbeam_fuzz::engines::reference_wasmi;
use spec_runner::engine::wasmi::WasmiEngine;
use spec_runner::engine::Outcome;
use spec_runner::value::Value;

/// wasmi with negated `i32` results.
pub fn negating() -> Faulty<WasmiEngine> {
    let faults = Faults {
        rewrite_outcome: Some(negate_i32_results),
        ..Faults::default()
    };
    Faulty::new(reference_wasmi(), "i32 results negated", faults)
}

/// wasmi that claims every module compiled to `code_size` bytes of machine
/// code.
pub fn reporting_code(code_size: usize) -> Faulty<WasmiEngine> {
    let faults = Faults {
        code_size: Some(code_size),
        ..Faults::default()
    };
    Faulty::new(reference_wasmi(), "code size made up", faults)
}

fn negate_i32_results(outcome: Outcome) -> Outcome {
    match outcome {
        Outcome::Returned(values) => Outcome::Returned(
            values
                .into_iter()
                .map(|value| match value {
                    Value::I32(v) => Value::I32(v.wrapping_neg()),
                    other => other,
                })
                .collect(),
        ),
        other => other,
    }
}
