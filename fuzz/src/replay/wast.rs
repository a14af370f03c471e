//! Writing a finding as a `.wast` regression test whose expected values come
//! from the reference engine.

use std::fmt::Write;

use spec_runner::engine::Outcome;
use spec_runner::value::{TrapKind, Value};

use crate::oracles::differential::DiffReport;
use crate::trap::TrapName;
use crate::value::WastConst;

use super::ReplayCase;

/// A file name for the regression test of `case`: `diff-` and a hash of the
/// module, stable across runs.
pub fn regression_file_name(case: &ReplayCase) -> String {
    // FNV-1a: tiny, and stable across toolchains unlike the std hasher.
    let hash = case
        .wasm
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("diff-{hash:016x}.wast")
}

/// A `.wast` test: the module as text, then one assertion per call the oracle
/// made, with the reference engine's outcome as the expectation, then the
/// reference's final exported globals. Calls that ran out of fuel are left as
/// comments.
pub fn regression_wast(case: &ReplayCase, report: &DiffReport) -> Result<String, String> {
    let wat = wasmprinter::print_bytes(&case.wasm)
        .map_err(|error| format!("cannot print the module: {error}"))?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        ";; Regression test from the `differential` fuzz target."
    );
    let _ = writeln!(out, ";; {}", case.origin);
    // A verdict may span lines (exports differ); keep every line a comment.
    let verdict = format!("{:?}", report.verdict).replace('\n', "\n;; ");
    let _ = writeln!(out, ";; Verdict: {verdict}");
    let _ = writeln!(out, ";; Expected values are {}'s.", report.reference_engine);
    let _ = writeln!(out, "{wat}");
    if let Err(failure) = &report.reference_instantiation {
        let _ = writeln!(
            out,
            ";; instantiation failed in {}: {failure:?}",
            report.reference_engine
        );
        return Ok(out);
    }
    for call in &report.calls {
        let args: Vec<String> = call
            .args
            .iter()
            .map(|arg| WastConst(arg).to_string())
            .collect();
        let invoke = format!("(invoke {:?} {})", call.export, args.join(" "));
        let _ = writeln!(out, "{}", assertion(&invoke, &call.reference));
    }
    for (name, value) in &report.final_reference_globals {
        let _ = writeln!(out, "(assert_return (get {name:?}) {})", expected(value));
    }
    Ok(out)
}

fn assertion(invoke: &str, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Returned(values) => {
            let values: Vec<String> = values.iter().map(expected).collect();
            format!("(assert_return {invoke} {})", values.join(" "))
        }
        Outcome::Trapped(trap) if trap.kind == TrapKind::CallStackExhausted => {
            format!("(assert_exhaustion {invoke} \"call stack exhausted\")")
        }
        Outcome::Trapped(trap) => match trap.kind.spec_messages().first() {
            Some(message) => format!("(assert_trap {invoke} {message:?})"),
            None => format!(";; {invoke} -> {}", TrapName(trap)),
        },
        Outcome::Exception => format!(";; {invoke} -> uncaught exception"),
    }
}

/// The expected value as a `.wast` result: quiet NaNs become
/// `nan:arithmetic` (the oracle does not compare NaN payloads either).
fn expected(value: &Value) -> String {
    match *value {
        Value::F32(bits) if f32::from_bits(bits).is_nan() && bits & 0x0040_0000 != 0 => {
            "(f32.const nan:arithmetic)".to_owned()
        }
        Value::F64(bits) if f64::from_bits(bits).is_nan() && bits & 0x0008_0000_0000_0000 != 0 => {
            "(f64.const nan:arithmetic)".to_owned()
        }
        _ => WastConst(value).to_string(),
    }
}
