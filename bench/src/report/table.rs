//! Text tables for the terminal (and for pasting into the README as Markdown).

use super::{geomean_ratio, geomean_throughput, throughput, HEADLINE_MODULES, MIN_COMPARABLE};
use crate::engines::EngineKind;
use crate::results::{Results, Row};
use crate::workloads::MEMORY_KERNEL_ROWS;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The peers the subject engine is compared with, when present.
const PEERS: [EngineKind; 3] = [
    EngineKind::Cranelift,
    EngineKind::Winch,
    EngineKind::Liftoff,
];

/// Renders every table of `results` as Markdown.
pub fn render(results: &Results) -> String {
    let mut out = String::new();
    let m = &results.machine;
    let _ = writeln!(
        out,
        "Machine: {} ({} cores), {}; load average at start {}",
        m.cpu, m.cores, m.date, m.load_at_start
    );
    let versions: Vec<String> = m.versions.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let _ = writeln!(out, "Engines: {}\n", versions.join(", "));
    let mut notes = Notes::default();
    if !results.compile.is_empty() {
        out += &compile_table(
            results,
            &results.compile,
            "Compile throughput, MB/s (median; one thread except lightbeam-par)",
            &mut notes,
        );
        out += &headline(results);
    }
    if !results.linearity.is_empty() {
        out += &linearity_table(results, &mut notes);
    }
    if !results.execute.is_empty() {
        out += &execute_table(results, &mut notes);
    }
    out += &notes.render();
    out
}

/// Footnotes for cells without a number, deduplicated per engine and reason.
#[derive(Default)]
struct Notes {
    by_engine: BTreeMap<(EngineKind, String), Vec<String>>,
}

impl Notes {
    fn add(&mut self, engine: EngineKind, reason: &str, row: &str) {
        self.by_engine
            .entry((engine, reason.to_string()))
            .or_default()
            .push(row.to_string());
    }

    fn render(&self) -> String {
        if self.by_engine.is_empty() {
            return String::new();
        }
        let mut out = String::from("Cells without a number:\n\n");
        for ((engine, reason), rows) in &self.by_engine {
            let rows = if rows.len() > 6 {
                format!("{} rows", rows.len())
            } else {
                rows.join(", ")
            };
            let _ = writeln!(out, "- {}: {reason} ({rows})", engine.label());
        }
        out.push('\n');
        out
    }
}

fn cell(row: &Row, engine: EngineKind, notes: &mut Notes, value: impl Fn(f64) -> String) -> String {
    match row.cells.get(&engine) {
        Some(c) => match (c.seconds, &c.note) {
            (Some(s), _) => value(s),
            (None, Some(note)) => {
                notes.add(engine, note, &row.name);
                if c.wrong {
                    "WRONG".into()
                } else {
                    "—".into()
                }
            }
            (None, None) => "—".into(),
        },
        None => "".into(),
    }
}

fn peers(results: &Results) -> Vec<EngineKind> {
    if !results
        .subject
        .is_some_and(|s| results.engines.contains(&s))
    {
        return Vec::new();
    }
    PEERS
        .into_iter()
        .filter(|p| results.engines.contains(p) && Some(*p) != results.subject)
        .collect()
}

fn compile_table(results: &Results, rows: &[Row], title: &str, notes: &mut Notes) -> String {
    let peers = peers(results);
    let subject = results.subject;
    let mut header = vec!["module".to_string(), "MB".to_string()];
    header.extend(results.engines.iter().map(|e| e.label().to_string()));
    if let Some(s) = subject {
        header.extend(
            peers
                .iter()
                .map(|p| format!("{} ÷ {}", s.label(), p.label())),
        );
    }
    let ratio = |r: &Row, a, b| divide(throughput(r, a), throughput(r, b));
    let mut body = Vec::new();
    for row in rows {
        let mut line = vec![row.name.clone(), format!("{:.2}", row.bytes as f64 / 1e6)];
        for &e in &results.engines {
            line.push(cell(row, e, notes, |s| {
                format!("{:.1}", row.bytes as f64 / s / 1e6)
            }));
        }
        if let Some(s) = subject {
            line.extend(peers.iter().map(|&p| fmt_ratio(ratio(row, s, p))));
        }
        body.push(line);
    }
    let mut total = vec!["geomean".to_string(), String::new()];
    total.extend(
        results
            .engines
            .iter()
            .map(|&e| fmt_opt(geomean_throughput(rows, e), 1)),
    );
    if let Some(s) = subject {
        total.extend(
            peers
                .iter()
                .map(|&p| fmt_ratio(geomean_ratio(rows, s, p, throughput))),
        );
    }
    body.push(total);
    format!("### {title}\n\n{}\n", markdown(&header, &body))
}

fn headline(results: &Results) -> String {
    let rows: Vec<&Row> = results
        .compile
        .iter()
        .filter(|r| HEADLINE_MODULES.contains(&r.name.as_str()))
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = results
        .engines
        .iter()
        .filter_map(|&e| {
            Some(format!(
                "{} {:.1}",
                e.label(),
                geomean_throughput(rows.iter().copied(), e)?
            ))
        })
        .collect();
    let mut out = format!(
        "Geomean MB/s over the four headline modules ({} of 4 present): {}\n\n",
        rows.len(),
        parts.join(", ")
    );
    // Compile time as a multiple of validating the same bytes: what code generation
    // costs on top of decoding and validation.
    let floor: Vec<String> = results
        .engines
        .iter()
        .filter(|&&e| e != EngineKind::Validate)
        .filter_map(|&e| {
            let multiple = geomean_ratio(rows.iter().copied(), e, EngineKind::Validate, |r, e| {
                r.seconds(e)
            })?;
            Some(format!("{} {multiple:.2}x", e.label()))
        })
        .collect();
    if !floor.is_empty() {
        let _ = writeln!(
            out,
            "Compile time ÷ validation-only time (wasmparser), geomean over the headline modules: {}\n",
            floor.join(", ")
        );
    }
    out
}

fn linearity_table(results: &Results, notes: &mut Notes) -> String {
    let mut header = vec!["generated module".to_string(), "MB".to_string()];
    header.extend(
        results
            .engines
            .iter()
            .map(|e| format!("{} ns/B", e.label())),
    );
    let body: Vec<Vec<String>> = results
        .linearity
        .iter()
        .map(|row| {
            let mut line = vec![row.name.clone(), format!("{:.2}", row.bytes as f64 / 1e6)];
            for &e in &results.engines {
                line.push(cell(row, e, notes, |s| {
                    format!("{:.1}", s / row.bytes as f64 * 1e9)
                }));
            }
            line
        })
        .collect();
    format!(
        "### Linearity: compile time per byte (flat = linear)\n\n{}\n",
        markdown(&header, &body)
    )
}

fn execute_table(results: &Results, notes: &mut Notes) -> String {
    let peers = peers(results);
    let subject = results.subject;
    let engines: Vec<EngineKind> = results
        .engines
        .iter()
        .copied()
        .filter(|e| e.executes())
        .collect();
    let mut header = vec!["workload".to_string()];
    header.extend(engines.iter().map(|e| format!("{} s", e.label())));
    if let Some(s) = subject {
        header.extend(
            peers
                .iter()
                .map(|p| format!("{} ÷ {}", s.label(), p.label())),
        );
    }
    let secs = |r: &Row, e| r.seconds(e);
    let mut body = Vec::new();
    for row in &results.execute {
        let mut line = vec![row.name.clone()];
        for &e in &engines {
            line.push(cell(row, e, notes, |s| format!("{s:.4}")));
        }
        if let Some(s) = subject {
            line.extend(
                peers
                    .iter()
                    .map(|&p| fmt_ratio(divide(secs(row, s), secs(row, p)))),
            );
        }
        body.push(line);
    }
    let mut total = vec!["geomean time ÷ cranelift".to_string()];
    total.extend(engines.iter().map(|&e| {
        fmt_ratio(geomean_ratio(
            &results.execute,
            e,
            EngineKind::Cranelift,
            secs,
        ))
    }));
    if let Some(s) = subject {
        total.extend(
            peers
                .iter()
                .map(|&p| fmt_ratio(geomean_ratio(&results.execute, s, p, secs))),
        );
    }
    body.push(total);
    let mut out = format!(
        "### Execution time, seconds (median; ratios are time ÷ time, lower is faster)\n\n{}\n",
        markdown(&header, &body)
    );
    let fib = results.execute.iter().find(|r| r.name.starts_with("fib("));
    if let (Some(native), Some(_)) = (results.native_fib, fib) {
        let parts: Vec<String> = results
            .engines
            .iter()
            .filter_map(|&e| Some(format!("{} {:.2}x", e.label(), fib?.seconds(e)? / native)))
            .collect();
        let _ = writeln!(
            out,
            "fib vs native Rust ({native:.4} s): {}\n",
            parts.join(", ")
        );
    }
    out += &memory64_cost(results, &engines);
    out
}

/// What a 64-bit memory costs each engine: the memory kernel's time on a 64-bit memory
/// divided by its time on a 32-bit one (same code otherwise).
fn memory64_cost(results: &Results, engines: &[EngineKind]) -> String {
    let [memory32, memory64] =
        MEMORY_KERNEL_ROWS.map(|name| results.execute.iter().find(|r| r.name == name));
    let (Some(memory32), Some(memory64)) = (memory32, memory64) else {
        return String::new();
    };
    let parts: Vec<String> = engines
        .iter()
        .filter_map(|&e| {
            let ratio = divide(memory64.seconds(e), memory32.seconds(e))?;
            Some(format!("{} {ratio:.2}x", e.label()))
        })
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    format!(
        "memory64 ÷ memory32, the same kernel (time): {}\n\n",
        parts.join(", ")
    )
}

/// `a / b` when both exist and are large enough to compare (see [`MIN_COMPARABLE`]).
fn divide(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    let (a, b) = (a?, b?);
    (a >= MIN_COMPARABLE && b >= MIN_COMPARABLE).then(|| a / b)
}

fn fmt_opt(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(|| "—".into(), |v| format!("{v:.digits$}"))
}

fn fmt_ratio(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), |v| format!("{v:.2}x"))
}

/// A Markdown table with right-aligned numeric columns, padded for the terminal too.
fn markdown(header: &[String], body: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            body.iter()
                .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let pad = |i: usize, s: &str| {
        let n = widths[i].saturating_sub(s.chars().count());
        if i == 0 {
            format!("{s}{}", " ".repeat(n))
        } else {
            format!("{}{s}", " ".repeat(n))
        }
    };
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().enumerate().map(|(i, c)| pad(i, c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = line(header);
    let rule: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 {
                "-".repeat(*w)
            } else {
                format!("{}:", "-".repeat(w.saturating_sub(1)))
            }
        })
        .collect();
    out += &format!("| {} |\n", rule.join(" | "));
    for row in body {
        out += &line(row);
    }
    out
}
