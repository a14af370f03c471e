//! The differential oracle: run one module in two engines, call every export
//! with the same arguments, and compare everything that can be observed.

use std::fmt;

use arbitrary::Unstructured;

use crate::engine::{
    CallOutcome, CompileFailure, DiffEngine, DiffInstance, ExportInfo, ExportKind,
    InstantiationFailure,
};
use crate::generators::{arbitrary_arguments, FUEL_EXPORT, SMITH_FUEL};
use crate::trap::TrapKind;
use crate::value::DiffValue;

/// Calls made per module at most, across all its exports.
pub const MAX_CALLS: usize = 100;

/// The oracle's verdict on one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Everything compared agreed.
    Same,
    /// The engines disagree: a bug in one of them.
    Divergence(String),
    /// The case ended without a verdict (fuel, interruption, one-sided stack
    /// exhaustion, a resource limit, a feature the tested engine lacks).
    Inconclusive(String),
}

impl Verdict {
    /// Whether this verdict is a finding.
    pub fn is_divergence(&self) -> bool {
        matches!(self, Verdict::Divergence(_))
    }
}

/// One call made by the oracle and what each engine answered.
#[derive(Clone, Debug)]
pub struct CallRecord {
    /// Name of the called export.
    pub export: String,
    /// The arguments passed to both engines.
    pub args: Vec<DiffValue>,
    /// The reference engine's outcome.
    pub reference: CallOutcome,
    /// The tested engine's outcome.
    pub tested: CallOutcome,
}

/// Everything the oracle did with one module, for replay and regression tests.
#[derive(Clone, Debug)]
pub struct DiffReport {
    /// Name of the reference engine.
    pub reference_engine: String,
    /// Name of the engine under test.
    pub tested_engine: String,
    /// The reference engine's instantiation result.
    pub reference_instantiation: Result<(), InstantiationFailure>,
    /// The tested engine's instantiation result.
    pub tested_instantiation: Result<(), InstantiationFailure>,
    /// The exports of the instance, if both engines instantiated it.
    pub exports: Vec<ExportInfo>,
    /// Every call made, in order.
    pub calls: Vec<CallRecord>,
    /// The reference engine's exported globals after the last call.
    pub final_reference_globals: Vec<(String, DiffValue)>,
    /// The verdict.
    pub verdict: Verdict,
}

/// Runs `wasm` in `reference` and in `tested`, calling function exports in
/// turn with arguments drawn from `args` (at least one call per export, more
/// while `args` has bytes, at most [`MAX_CALLS`]), comparing results and then
/// every exported global, table and memory after each call.
pub fn differential(
    reference: &mut dyn DiffEngine,
    tested: &mut dyn DiffEngine,
    wasm: &[u8],
    args: &mut Unstructured<'_>,
) -> DiffReport {
    let reference_result = reference.instantiate(wasm);
    let tested_result = tested.instantiate(wasm);
    let mut report = DiffReport {
        reference_engine: reference.name().to_owned(),
        tested_engine: tested.name().to_owned(),
        reference_instantiation: reference_result.as_ref().map(drop).map_err(Clone::clone),
        tested_instantiation: tested_result.as_ref().map(drop).map_err(Clone::clone),
        exports: Vec::new(),
        calls: Vec::new(),
        final_reference_globals: Vec::new(),
        verdict: Verdict::Same,
    };
    let (mut reference_instance, mut tested_instance) = match (reference_result, tested_result) {
        (Ok(reference_instance), Ok(tested_instance)) => (reference_instance, tested_instance),
        (reference_result, tested_result) => {
            report.verdict = compare_failed_instantiations(
                reference_result.err().as_ref(),
                tested_result.err().as_ref(),
            );
            return report;
        }
    };
    report.verdict = run_calls(
        &mut *reference_instance,
        &mut *tested_instance,
        args,
        &mut report,
    );
    report.final_reference_globals = report
        .exports
        .iter()
        .filter(|export| export.kind == ExportKind::Global)
        .filter_map(|export| {
            Some((
                export.name.clone(),
                reference_instance.global(&export.name)?,
            ))
        })
        .collect();
    report
}

/// At least one engine failed to instantiate: equal when both failed the same
/// way.
fn compare_failed_instantiations(
    reference: Option<&InstantiationFailure>,
    tested: Option<&InstantiationFailure>,
) -> Verdict {
    use InstantiationFailure::{Compile, Other, Trapped};
    match (reference, tested) {
        (Some(Trapped(a)), _) | (_, Some(Trapped(a))) if a.is_resource_limit() => {
            Verdict::Inconclusive(format!("instantiation stopped: {a}"))
        }
        (Some(Other(message)), _) | (_, Some(Other(message))) => {
            Verdict::Inconclusive(format!("instantiation failed outside wasm: {message}"))
        }
        (_, Some(Compile(CompileFailure::Unsupported(message)))) => Verdict::Inconclusive(format!(
            "tested engine does not support the module: {message}"
        )),
        (Some(Trapped(TrapKind::StackExhausted)), Some(Trapped(TrapKind::StackExhausted))) => {
            Verdict::Same
        }
        (Some(Trapped(TrapKind::StackExhausted)), _)
        | (_, Some(Trapped(TrapKind::StackExhausted))) => {
            Verdict::Inconclusive("start function exhausted the stack on one side only".to_owned())
        }
        (Some(Trapped(a)), Some(Trapped(b))) if a == b => Verdict::Same,
        (Some(Compile(CompileFailure::Invalid(_))), Some(Compile(CompileFailure::Invalid(_)))) => {
            Verdict::Same
        }
        (reference, tested) => Verdict::Divergence(format!(
            "instantiation: reference {} / tested {}",
            describe_instantiation(reference),
            describe_instantiation(tested),
        )),
    }
}

fn describe_instantiation(failure: Option<&InstantiationFailure>) -> String {
    match failure {
        None => "succeeded".to_owned(),
        Some(failure) => format!("failed: {failure:?}"),
    }
}

fn run_calls(
    reference: &mut dyn DiffInstance,
    tested: &mut dyn DiffInstance,
    args: &mut Unstructured<'_>,
    report: &mut DiffReport,
) -> Verdict {
    // Engines list exports in different orders (module order, or by name);
    // the order means nothing, so both lists are compared, and called, by name.
    let sorted_exports = |instance: &dyn DiffInstance| {
        let mut exports = instance.exports();
        exports.sort_by(|a, b| a.name.cmp(&b.name));
        exports
    };
    let exports = sorted_exports(reference);
    let tested_exports = sorted_exports(tested);
    if exports != tested_exports {
        return Verdict::Divergence(format!(
            "exports differ:\n  reference {exports:?}\n  tested    {tested_exports:?}"
        ));
    }
    report.exports = exports.clone();
    if let Some(difference) = compare_state(reference, tested, &exports) {
        return Verdict::Divergence(format!("after instantiation: {difference}"));
    }
    let functions: Vec<_> = exports
        .iter()
        .filter_map(|export| match &export.kind {
            ExportKind::Func { params, .. } => Some((export.name.as_str(), params.as_slice())),
            _ => None,
        })
        .collect();
    if functions.is_empty() {
        return Verdict::Same;
    }
    let has_fuel_counter = exports
        .iter()
        .any(|export| export.name == FUEL_EXPORT && export.kind == ExportKind::Global);
    for (call_index, &(name, params)) in functions.iter().cycle().enumerate() {
        let first_round = call_index < functions.len();
        if call_index == MAX_CALLS || (!first_round && args.is_empty()) {
            break;
        }
        let call_args = arbitrary_arguments(args, params).unwrap_or_default();
        if has_fuel_counter {
            let fuel = DiffValue::I32(SMITH_FUEL as i32);
            reference.set_global(FUEL_EXPORT, fuel);
            tested.set_global(FUEL_EXPORT, fuel);
        }
        let reference_outcome = reference.call(name, &call_args);
        // A call the reference could not finish says nothing; the tested
        // engine would only spin until its watchdog fires.
        let tested_outcome = match &reference_outcome {
            CallOutcome::Trapped(kind) if kind.is_resource_limit() => {
                CallOutcome::Trapped(TrapKind::Interrupted)
            }
            _ => tested.call(name, &call_args),
        };
        let record = CallRecord {
            export: name.to_owned(),
            reference: reference_outcome,
            tested: tested_outcome,
            args: call_args,
        };
        let verdict = compare_calls(&record.reference, &record.tested);
        let call = describe_call(&record);
        report.calls.push(record);
        match verdict {
            CallComparison::Same => {}
            CallComparison::SameAndStop => return Verdict::Same,
            CallComparison::Inconclusive(reason) => {
                return Verdict::Inconclusive(format!("{call}: {reason}"))
            }
            CallComparison::Different => {
                return Verdict::Divergence(format!("{call}: results differ"))
            }
        }
        if let Some(difference) = compare_state(reference, tested, &exports) {
            return Verdict::Divergence(format!("after {call}: {difference}"));
        }
    }
    Verdict::Same
}

enum CallComparison {
    Same,
    /// Equivalent, but the instances' states may now legitimately differ.
    SameAndStop,
    Inconclusive(&'static str),
    Different,
}

fn compare_calls(reference: &CallOutcome, tested: &CallOutcome) -> CallComparison {
    use CallOutcome::{Returned, Trapped};
    match (reference, tested) {
        (Trapped(a), _) | (_, Trapped(a)) if a.is_resource_limit() => {
            CallComparison::Inconclusive("a call ran out of fuel or was interrupted")
        }
        // The two engines unwind at different depths, so memory and globals
        // written on the way down may differ: nothing after this compares.
        (Trapped(TrapKind::StackExhausted), Trapped(TrapKind::StackExhausted)) => {
            CallComparison::SameAndStop
        }
        (Trapped(TrapKind::StackExhausted), _) | (_, Trapped(TrapKind::StackExhausted)) => {
            CallComparison::Inconclusive(
                "the stack ran out on one side only (different stack budgets)",
            )
        }
        (Returned(a), Returned(b)) if DiffValue::all_same(a, b) => CallComparison::Same,
        (Trapped(a), Trapped(b)) if a == b => CallComparison::Same,
        _ => CallComparison::Different,
    }
}

/// Compares every exported global, table and memory; describes the first
/// difference.
fn compare_state(
    reference: &mut dyn DiffInstance,
    tested: &mut dyn DiffInstance,
    exports: &[ExportInfo],
) -> Option<String> {
    for export in exports {
        let name = export.name.as_str();
        let difference = match export.kind {
            ExportKind::Func { .. } => None,
            ExportKind::Global => {
                let (a, b) = (reference.global(name), tested.global(name));
                let same = matches!((&a, &b), (Some(a), Some(b)) if a.same_as(b));
                (!same).then(|| format!("global {name:?}: reference {a:?} / tested {b:?}"))
            }
            ExportKind::Table => {
                let (a, b) = (reference.table(name), tested.table(name));
                (a != b).then(|| format!("table {name:?}: reference {a:?} / tested {b:?}"))
            }
            ExportKind::Memory => {
                let difference = match (reference.memory(name), tested.memory(name)) {
                    // Equal snapshots are the common case: one memcmp.
                    (Some(a), Some(b)) if a == b => None,
                    (Some(a), Some(b)) => a.difference(&b),
                    (a, b) => Some(format!("present {} / {}", a.is_some(), b.is_some())),
                };
                difference
                    .map(|difference| format!("memory {name:?} (reference / tested): {difference}"))
            }
        };
        if difference.is_some() {
            return difference;
        }
    }
    None
}

/// `name(args) -> reference outcome / tested outcome`, for messages.
fn describe_call(record: &CallRecord) -> String {
    format!(
        "{:?}({}) -> reference {} / tested {}",
        record.export,
        record
            .args
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" "),
        OutcomeDisplay(&record.reference),
        OutcomeDisplay(&record.tested),
    )
}

/// Prints a call outcome compactly: its values, or `trap: kind`.
pub struct OutcomeDisplay<'a>(pub &'a CallOutcome);

impl fmt::Display for OutcomeDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            CallOutcome::Returned(values) if values.is_empty() => f.write_str("()"),
            CallOutcome::Returned(values) => {
                let values: Vec<String> = values.iter().map(ToString::to_string).collect();
                f.write_str(&values.join(" "))
            }
            CallOutcome::Trapped(kind) => write!(f, "trap: {kind}"),
        }
    }
}
