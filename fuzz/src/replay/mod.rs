//! Turning a finding into something a human can read and a test can keep:
//! load a crash or corpus file, replay it through the differential oracle,
//! print it side by side, shrink it, and write a `.wast` regression test.

mod case;
mod render;
mod shrink;
mod truncate;
mod wast;

pub use case::{load_case, load_mutate_case, ReplayCase};
pub use render::render_report;
pub use shrink::shrink_case;
pub use wast::{regression_file_name, regression_wast};

use arbitrary::Unstructured;

use crate::engines::{reference_engine, tested_engine};
use crate::oracles::differential::{differential, DiffReport};

/// Runs `case` through the differential oracle with the standard engines.
pub fn replay_case(case: &ReplayCase) -> DiffReport {
    let mut args = Unstructured::new(&case.arg_bytes);
    differential(
        &mut *reference_engine(),
        &mut *tested_engine(),
        &case.wasm,
        &mut args,
    )
}
