//! The results of one bench run: what `--json` writes and what the table and the plot
//! are drawn from.

use crate::engines::EngineKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One engine's result for one row.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Cell {
    /// Median seconds, when the engine ran and its result checked out.
    pub seconds: Option<f64>,
    /// Every sample, seconds.
    pub samples: Vec<f64>,
    /// Why there is no number: skipped input, engine unavailable, error, or the check.
    pub note: Option<String>,
    /// The result did not match the reference: the whole run fails.
    pub wrong: bool,
}

impl Cell {
    /// A cell without a number.
    pub fn note(note: impl Into<String>) -> Self {
        Cell {
            note: Some(note.into()),
            ..Cell::default()
        }
    }
}

/// One module or workload across engines.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Row {
    /// Module or workload name.
    pub name: String,
    /// Module size in bytes (compile rows).
    pub bytes: u64,
    /// Results by engine.
    pub cells: BTreeMap<EngineKind, Cell>,
}

impl Row {
    /// Median seconds of `engine`, if it has one.
    pub fn seconds(&self, engine: EngineKind) -> Option<f64> {
        self.cells.get(&engine).and_then(|c| c.seconds)
    }
}

/// Where and when the numbers were taken.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Machine {
    /// CPU model.
    pub cpu: String,
    /// Logical cores.
    pub cores: usize,
    /// UTC date and time of the run.
    pub date: String,
    /// 1-minute load average when the run started.
    pub load_at_start: String,
    /// Versions of the engines and tools.
    pub versions: BTreeMap<String, String>,
    /// The command line.
    pub command: String,
}

/// Everything one run measured.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Results {
    /// The machine.
    pub machine: Machine,
    /// Engines that were asked for, in column order.
    pub engines: Vec<EngineKind>,
    /// The engine whose ratios to its peers the tables print.
    pub subject: Option<EngineKind>,
    /// Compile time per corpus module.
    pub compile: Vec<Row>,
    /// Compile time of the generated 1x/10x/100x modules and the 1 MB function.
    pub linearity: Vec<Row>,
    /// Execution time per workload.
    pub execute: Vec<Row>,
    /// Seconds of the native Rust fib, for the ratio to native.
    pub native_fib: Option<f64>,
}

impl Results {
    /// Merges `other` into `self`, row by row: a cell of `other` replaces a cell of `self`
    /// that has no number (e.g. one engine measured in a separate run); rows only in
    /// `other` are appended. The machine of the first non-empty one wins.
    pub fn merge(&mut self, other: Results) {
        if self.machine.date.is_empty() {
            self.machine = other.machine;
        }
        self.subject = self.subject.or(other.subject);
        for e in other.engines {
            if !self.engines.contains(&e) {
                self.engines.push(e);
            }
        }
        self.engines.sort();
        merge_rows(&mut self.compile, other.compile);
        merge_rows(&mut self.linearity, other.linearity);
        merge_rows(&mut self.execute, other.execute);
        self.native_fib = self.native_fib.or(other.native_fib);
    }

    /// Whether any result was wrong.
    pub fn any_wrong(&self) -> bool {
        self.execute
            .iter()
            .flat_map(|r| r.cells.values())
            .any(|c| c.wrong)
    }
}

fn merge_rows(mine: &mut Vec<Row>, theirs: Vec<Row>) {
    for row in theirs {
        match mine.iter_mut().find(|r| r.name == row.name) {
            Some(existing) => {
                for (engine, cell) in row.cells {
                    let keep = existing
                        .cells
                        .get(&engine)
                        .is_some_and(|c| c.seconds.is_some() || c.wrong);
                    if !keep {
                        existing.cells.insert(engine, cell);
                    }
                }
            }
            None => mine.push(row),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, engine: EngineKind, cell: Cell) -> Row {
        Row {
            name: name.into(),
            bytes: 1,
            cells: BTreeMap::from([(engine, cell)]),
        }
    }

    fn measured(s: f64) -> Cell {
        Cell {
            seconds: Some(s),
            samples: vec![s],
            ..Cell::default()
        }
    }

    #[test]
    fn merge_fills_cells_without_numbers_and_keeps_measured_ones() {
        let mut a = Results {
            engines: vec![EngineKind::Cranelift],
            ..Results::default()
        };
        a.compile = vec![row("m", EngineKind::Cranelift, measured(1.0))];
        a.compile[0]
            .cells
            .insert(EngineKind::Lightbeam, Cell::note("not available"));
        let mut b = Results {
            engines: vec![EngineKind::Lightbeam],
            ..Results::default()
        };
        b.compile = vec![
            row("m", EngineKind::Lightbeam, measured(0.1)),
            row("new", EngineKind::Lightbeam, measured(0.2)),
        ];
        b.compile[0]
            .cells
            .insert(EngineKind::Cranelift, Cell::note("ignored"));
        a.merge(b);
        assert_eq!(
            a.engines,
            vec![EngineKind::Lightbeam, EngineKind::Cranelift]
        );
        assert_eq!(a.compile.len(), 2);
        assert_eq!(a.compile[0].seconds(EngineKind::Lightbeam), Some(0.1));
        assert_eq!(a.compile[0].seconds(EngineKind::Cranelift), Some(1.0));
    }
}
