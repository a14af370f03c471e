//! The differential oracle: run one module in two engines, call every export
//! with the same arguments, and compare everything that can be observed.

use std::fmt;

use arbitrary::Unstructured;

use spec_runner::engine::{
    CompileError, CompileErrorKind, Engine, Export, ExportKind, InstanceId, InstantiateError,
    Outcome,
};
use spec_runner::value::{Trap, TrapKind, Value};

use crate::generators::{arbitrary_arguments, FUEL_EXPORT, SMITH_FUEL};
use crate::oracles::instance::{memory_difference, LiveInstance};
use crate::trap::{same_trap, TrapName};
use crate::value::{all_same, same_value, WastConst};

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

/// Why an engine could not instantiate a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstantiationFailure {
    /// The module did not compile.
    Compile(CompileError),
    /// A segment initialisation or the start function trapped.
    Trapped(Trap),
    /// Anything else (linking, resource limits), with the engine's message.
    Other(String),
}

/// One call made by the oracle and what each engine answered.
#[derive(Clone, Debug)]
pub struct CallRecord {
    /// Name of the called export.
    pub export: String,
    /// The arguments passed to both engines.
    pub args: Vec<Value>,
    /// The reference engine's outcome.
    pub reference: Outcome,
    /// The tested engine's outcome.
    pub tested: Outcome,
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
    pub exports: Vec<Export>,
    /// Every call made, in order.
    pub calls: Vec<CallRecord>,
    /// The reference engine's exported globals after the last call.
    pub final_reference_globals: Vec<(String, Value)>,
    /// The verdict.
    pub verdict: Verdict,
}

/// Runs `wasm` in `reference` and in `tested`, calling function exports in
/// turn with arguments drawn from `args` (at least one call per export, more
/// while `args` has bytes, at most [`MAX_CALLS`]), comparing results and then
/// every exported global, table and memory after each call.
///
/// Each engine should be fresh (one store per module), so that nothing of an
/// earlier module lingers in it.
pub fn differential(
    reference: &mut dyn Engine,
    tested: &mut dyn Engine,
    wasm: &[u8],
    args: &mut Unstructured<'_>,
) -> DiffReport {
    differential_of(reference, tested, wasm, wasm, args)
}

/// [`differential`] with a module of its own for each engine: `tested_wasm` must
/// compute what `reference_wasm` computes (a semantics-preserving rewrite of it,
/// with the same exports), so everything observable is compared as for one module.
pub fn differential_of(
    reference: &mut dyn Engine,
    tested: &mut dyn Engine,
    reference_wasm: &[u8],
    tested_wasm: &[u8],
    args: &mut Unstructured<'_>,
) -> DiffReport {
    let reference_result = instantiate(reference, reference_wasm);
    let tested_result = instantiate(tested, tested_wasm);
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
    let (reference_instance, tested_instance) = match (reference_result, tested_result) {
        (Ok(reference_instance), Ok(tested_instance)) => (reference_instance, tested_instance),
        (reference_result, tested_result) => {
            report.verdict = compare_failed_instantiations(
                reference_result.err().as_ref(),
                tested_result.err().as_ref(),
            );
            return report;
        }
    };
    let mut reference_instance = LiveInstance {
        engine: reference,
        instance: reference_instance,
    };
    let mut tested_instance = LiveInstance {
        engine: tested,
        instance: tested_instance,
    };
    report.verdict = run_calls(
        &mut reference_instance,
        &mut tested_instance,
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

/// Compiles and instantiates `wasm` in `engine`.
fn instantiate(engine: &mut dyn Engine, wasm: &[u8]) -> Result<InstanceId, InstantiationFailure> {
    let module = engine
        .compile(wasm)
        .map_err(InstantiationFailure::Compile)?;
    engine.instantiate(module).map_err(|error| match error {
        InstantiateError::Trapped(trap) => InstantiationFailure::Trapped(trap),
        InstantiateError::Unlinkable(message) | InstantiateError::Other(message) => {
            InstantiationFailure::Other(message)
        }
    })
}

/// At least one engine failed to instantiate: equal when both failed the same
/// way.
fn compare_failed_instantiations(
    reference: Option<&InstantiationFailure>,
    tested: Option<&InstantiationFailure>,
) -> Verdict {
    use InstantiationFailure::{Compile, Other, Trapped};
    match (reference, tested) {
        (Some(Trapped(a)), _) | (_, Some(Trapped(a))) if a.kind.is_resource_limit() => {
            Verdict::Inconclusive(format!("instantiation stopped: {}", TrapName(a)))
        }
        (Some(Other(message)), _) | (_, Some(Other(message))) => {
            Verdict::Inconclusive(format!("instantiation failed outside wasm: {message}"))
        }
        (_, Some(Compile(error))) if error.kind == CompileErrorKind::Unsupported => {
            Verdict::Inconclusive(format!(
                "tested engine does not support the module: {}",
                error.message
            ))
        }
        (Some(Trapped(a)), Some(Trapped(b))) if exhausted(a) && exhausted(b) => Verdict::Same,
        (Some(Trapped(a)), _) | (_, Some(Trapped(a))) if exhausted(a) => {
            Verdict::Inconclusive("start function exhausted the stack on one side only".to_owned())
        }
        (Some(Trapped(a)), Some(Trapped(b))) if same_trap(a, b) => Verdict::Same,
        (Some(Compile(a)), Some(Compile(b)))
            if a.kind == CompileErrorKind::Invalid && b.kind == CompileErrorKind::Invalid =>
        {
            Verdict::Same
        }
        (reference, tested) => Verdict::Divergence(format!(
            "instantiation: reference {} / tested {}",
            describe_instantiation(reference),
            describe_instantiation(tested),
        )),
    }
}

/// Whether `trap` is the call stack running out, which engines reach at
/// different depths.
fn exhausted(trap: &Trap) -> bool {
    trap.kind == TrapKind::CallStackExhausted
}

fn describe_instantiation(failure: Option<&InstantiationFailure>) -> String {
    match failure {
        None => "succeeded".to_owned(),
        Some(failure) => format!("failed: {failure:?}"),
    }
}

fn run_calls(
    reference: &mut LiveInstance<'_>,
    tested: &mut LiveInstance<'_>,
    args: &mut Unstructured<'_>,
    report: &mut DiffReport,
) -> Verdict {
    // Both lists are compared, and called, by name.
    let exports = reference.sorted_exports();
    let tested_exports = tested.sorted_exports();
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
            let fuel = Value::I32(SMITH_FUEL as i32);
            reference.set_global(FUEL_EXPORT, fuel);
            tested.set_global(FUEL_EXPORT, fuel);
        }
        let reference_outcome = reference.call(name, &call_args);
        // A call the reference could not finish says nothing; the tested
        // engine would only spin until its watchdog fires.
        let tested_outcome = match &reference_outcome {
            Outcome::Trapped(trap) if trap.kind.is_resource_limit() => Outcome::Trapped(Trap {
                kind: TrapKind::Timeout,
                message: "not run: the reference did not finish".to_owned(),
            }),
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

fn compare_calls(reference: &Outcome, tested: &Outcome) -> CallComparison {
    use Outcome::{Exception, Returned, Trapped};
    match (reference, tested) {
        (Trapped(a), _) | (_, Trapped(a)) if a.kind.is_resource_limit() => {
            CallComparison::Inconclusive("a call ran out of fuel or was interrupted")
        }
        // The two engines unwind at different depths, so memory and globals
        // written on the way down may differ: nothing after this compares.
        (Trapped(a), Trapped(b)) if exhausted(a) && exhausted(b) => CallComparison::SameAndStop,
        (Trapped(a), _) | (_, Trapped(a)) if exhausted(a) => CallComparison::Inconclusive(
            "the stack ran out on one side only (different stack budgets)",
        ),
        (Returned(a), Returned(b)) if all_same(a, b) => CallComparison::Same,
        (Trapped(a), Trapped(b)) if same_trap(a, b) => CallComparison::Same,
        (Exception, Exception) => CallComparison::Same,
        _ => CallComparison::Different,
    }
}

/// Compares every exported global, table and memory; describes the first
/// difference.
fn compare_state(
    reference: &mut LiveInstance<'_>,
    tested: &mut LiveInstance<'_>,
    exports: &[Export],
) -> Option<String> {
    for export in exports {
        let name = export.name.as_str();
        let difference = match export.kind {
            ExportKind::Func { .. } => None,
            ExportKind::Global => {
                let (a, b) = (reference.global(name), tested.global(name));
                // Neither engine can show it (a type with no harness form: a
                // continuation): nothing to compare.
                let same = matches!((&a, &b), (Some(a), Some(b)) if same_value(a, b))
                    || (a.is_none() && b.is_none());
                (!same).then(|| format!("global {name:?}: reference {a:?} / tested {b:?}"))
            }
            ExportKind::Table => {
                let (a, b) = (reference.table(name), tested.table(name));
                (a != b).then(|| format!("table {name:?}: reference {a:?} / tested {b:?}"))
            }
            ExportKind::Memory => memory_difference(reference, tested, name)
                .map(|difference| format!("memory {name:?} (reference / tested): {difference}")),
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
            .map(|arg| WastConst(arg).to_string())
            .collect::<Vec<_>>()
            .join(" "),
        OutcomeDisplay(&record.reference),
        OutcomeDisplay(&record.tested),
    )
}

/// Prints a call outcome compactly: its values, or `trap: kind`.
pub struct OutcomeDisplay<'a>(pub &'a Outcome);

impl fmt::Display for OutcomeDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Outcome::Returned(values) if values.is_empty() => f.write_str("()"),
            Outcome::Returned(values) => {
                let values: Vec<String> = values
                    .iter()
                    .map(|value| WastConst(value).to_string())
                    .collect();
                f.write_str(&values.join(" "))
            }
            Outcome::Trapped(trap) => write!(f, "trap: {}", TrapName(trap)),
            Outcome::Exception => f.write_str("uncaught exception"),
        }
    }
}
