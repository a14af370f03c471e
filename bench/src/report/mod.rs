//! Presenting results: the text tables, the JSON file and the SVG plot.

pub mod svg;
pub mod table;

use crate::engines::EngineKind;
use crate::results::Row;
use crate::stats::geomean;

/// The four modules whose single-thread compile throughput the project's goals name.
pub const HEADLINE_MODULES: [&str; 4] = [
    "esbuild-wasm-esbuild",
    "jsquash-avif-avif_enc",
    "resvg-wasm-index_bg",
    "brotli-wasm-brotli_wasm_bg",
];

/// Compile throughput of `engine` on a row, MB/s.
pub fn throughput(row: &Row, engine: EngineKind) -> Option<f64> {
    row.seconds(engine).map(|s| row.bytes as f64 / s / 1e6)
}

/// Geometric mean of `engine`'s throughput over `rows`.
pub fn geomean_throughput<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
    engine: EngineKind,
) -> Option<f64> {
    geomean(rows.into_iter().filter_map(|r| throughput(r, engine)))
}

/// Geometric mean over `rows` of `a`'s value divided by `b`'s, on the rows where both
/// have one; `value` picks seconds or throughput.
pub fn geomean_ratio<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
    a: EngineKind,
    b: EngineKind,
    value: impl Fn(&Row, EngineKind) -> Option<f64>,
) -> Option<f64> {
    geomean(rows.into_iter().filter_map(|r| {
        let comparable = |e| r.seconds(e).is_some_and(|s| s >= MIN_COMPARABLE);
        if !(comparable(a) && comparable(b)) {
            return None;
        }
        Some(value(r, a)? / value(r, b)?)
    }))
}

/// Shortest time (seconds) that a ratio is computed from: shorter ones (e.g. an empty
/// `bench.start`..`bench.end` window) are timer noise.
pub const MIN_COMPARABLE: f64 = 1e-5;
