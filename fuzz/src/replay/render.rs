//! The human-readable replay report: the module as WAT, then every call with
//! both engines' outcomes side by side.

use std::fmt::Write;

use spec_runner::engine::Outcome;
use spec_runner::value::Value;

use crate::oracles::differential::{CallRecord, DiffReport, InstantiationFailure, OutcomeDisplay};
use crate::trap::same_trap;
use crate::value::WastConst;

use super::ReplayCase;

/// Renders `case` and its `report`: origin, WAT, instantiation, a table of
/// calls (`≠` marks a call whose outcomes differ) and the verdict.
pub fn render_report(case: &ReplayCase, report: &DiffReport) -> String {
    let mut out = String::new();
    let wat = wasmprinter::print_bytes(&case.wasm)
        .unwrap_or_else(|error| format!("(; not printable: {error} ;)"));
    let _ = writeln!(out, ";; {} ({} bytes)\n{wat}", case.origin, case.wasm.len());
    let _ = writeln!(
        out,
        "instantiation: {} {} | {} {}",
        report.reference_engine,
        describe(&report.reference_instantiation),
        report.tested_engine,
        describe(&report.tested_instantiation),
    );
    let rows: Vec<[String; 3]> = report.calls.iter().map(row).collect();
    let headers = [
        "call".to_owned(),
        report.reference_engine.clone(),
        report.tested_engine.clone(),
    ];
    let widths: Vec<usize> = (0..3)
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .chain([headers[column].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String; 3], marker: &str| {
        format!(
            "{marker} {:w0$} | {:w1$} | {}",
            cells[0],
            cells[1],
            cells[2],
            w0 = widths[0],
            w1 = widths[1]
        )
    };
    let _ = writeln!(out, "{}", line(&headers, " "));
    for (record, cells) in report.calls.iter().zip(&rows) {
        let marker = if identical(&record.reference, &record.tested) {
            " "
        } else {
            "≠"
        };
        let _ = writeln!(out, "{}", line(cells, marker));
    }
    let _ = writeln!(out, "verdict: {:?}", report.verdict);
    out
}

fn row(record: &CallRecord) -> [String; 3] {
    let args: Vec<String> = record
        .args
        .iter()
        .map(|arg| WastConst(arg).to_string())
        .collect();
    [
        format!("{:?}({})", record.export, args.join(" ")),
        OutcomeDisplay(&record.reference).to_string(),
        OutcomeDisplay(&record.tested).to_string(),
    ]
}

fn describe(result: &Result<(), InstantiationFailure>) -> String {
    match result {
        Ok(()) => "ok".to_owned(),
        Err(failure) => format!("{failure:?}"),
    }
}

/// Whether two outcomes are the same to the last bit (so a NaN payload that
/// the oracle lets pass is still marked): numbers bit for bit, references as
/// the oracle compares them (their handles are engine-private), traps as the
/// oracle compares them.
fn identical(a: &Outcome, b: &Outcome) -> bool {
    let same_bits = |a: &Value, b: &Value| match a {
        Value::I32(_) | Value::I64(_) | Value::F32(_) | Value::F64(_) | Value::V128(_) => a == b,
        _ => crate::value::same_value(a, b),
    };
    match (a, b) {
        (Outcome::Returned(a), Outcome::Returned(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_bits(a, b))
        }
        (Outcome::Trapped(a), Outcome::Trapped(b)) => same_trap(a, b),
        (Outcome::Exception, Outcome::Exception) => true,
        _ => false,
    }
}
