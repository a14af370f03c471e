//! The conformance matrix: one run of the same scripts on several engines, the change
//! since the previous run kept in a history folder, and its JSON form.

use super::{FileReport, RunReport};
use crate::proposals::{order_key, proposal_of};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The `--json` document of a run on several engines, and each entry of `--history`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Matrix {
    /// When the run finished, in seconds since the Unix epoch.
    pub finished_unix_secs: u64,
    /// One report per engine, in `--engine` order, over the same scripts.
    pub runs: Vec<RunReport>,
}

impl Matrix {
    /// A matrix of `runs`, finished now.
    pub fn new(runs: Vec<RunReport>) -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        Matrix {
            finished_unix_secs: now,
            runs,
        }
    }

    /// The JSON document.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the matrix serialises")
    }

    /// Every script path of any engine's run, sorted.
    pub fn paths(&self) -> BTreeSet<&str> {
        self.runs
            .iter()
            .flat_map(|run| run.files.iter().map(|file| file.path.as_str()))
            .collect()
    }

    /// The scripts grouped by proposal, in the report's order ([`crate::proposals`]),
    /// with each engine's report of each script and its totals per proposal: the rows
    /// the HTML page and the Markdown summary both show.
    pub fn by_proposal(&self) -> Vec<ProposalGroup<'_>> {
        let reports: Vec<HashMap<&str, &FileReport>> = self
            .runs
            .iter()
            .map(|run| {
                run.files
                    .iter()
                    .map(|file| (file.path.as_str(), file))
                    .collect()
            })
            .collect();
        let mut groups: BTreeMap<(usize, String), Vec<&str>> = BTreeMap::new();
        for path in self.paths() {
            let proposal = proposal_of(path);
            groups
                .entry((order_key(&proposal).0, proposal))
                .or_default()
                .push(path);
        }
        groups
            .into_iter()
            .map(|((_, proposal), paths)| {
                let scripts: Vec<ScriptRow<'_>> = paths
                    .into_iter()
                    .map(|path| ScriptRow {
                        path,
                        reports: reports.iter().map(|run| run.get(path).copied()).collect(),
                    })
                    .collect();
                let totals = (0..self.runs.len())
                    .map(|engine| {
                        scripts
                            .iter()
                            .filter_map(|script| script.reports[engine])
                            .fold((0, 0), |(passed, total), file| {
                                (passed + file.passed, total + file.directives)
                            })
                    })
                    .collect();
                ProposalGroup {
                    proposal,
                    scripts,
                    totals,
                }
            })
            .collect()
    }
}

/// The scripts of one proposal in a [`Matrix`].
#[derive(Debug)]
pub struct ProposalGroup<'m> {
    /// The proposal's name ([`crate::proposals::proposal_of`]).
    pub proposal: String,
    /// Its scripts, sorted by path.
    pub scripts: Vec<ScriptRow<'m>>,
    /// Passed and total directives of the proposal per engine, in run order.
    pub totals: Vec<(u64, u64)>,
}

/// One script of a [`ProposalGroup`] and its report on each engine.
#[derive(Debug)]
pub struct ScriptRow<'m> {
    /// The script's path.
    pub path: &'m str,
    /// Its report per engine, in run order; `None` where that engine did not run it.
    pub reports: Vec<Option<&'m FileReport>>,
}

/// One directive whose verdict changed between two runs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ChangedDirective {
    /// The engine it changed on.
    pub engine: String,
    /// The script.
    pub path: String,
    /// The directive's line.
    pub line: u32,
    /// The directive's keyword and failure message (the current one for a new
    /// failure, the previous one for a fix).
    pub kind: String,
    /// See `kind`.
    pub message: String,
}

/// What changed since the previous run in the history.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// When the previous run finished (seconds since the Unix epoch).
    pub previous_unix_secs: u64,
    /// Directives failing now that did not fail then, by engine, path and line.
    pub new_failures: Vec<ChangedDirective>,
    /// Directives that failed then and do not now.
    pub fixed: Vec<ChangedDirective>,
    /// Passed directives per (engine, path) then, for the change shown in each cell.
    pub previous_passed: BTreeMap<(String, String), u64>,
}

impl Changes {
    /// The changes from `previous` to `current`, for the engines in both.
    pub fn between(previous: &Matrix, current: &Matrix) -> Self {
        let mut changes = Changes {
            previous_unix_secs: previous.finished_unix_secs,
            ..Changes::default()
        };
        for before in &previous.runs {
            for file in &before.files {
                changes
                    .previous_passed
                    .insert((before.engine.clone(), file.path.clone()), file.passed);
            }
        }
        for now in &current.runs {
            let Some(before) = previous.runs.iter().find(|run| run.engine == now.engine) else {
                continue;
            };
            let failing = |run: &RunReport| -> BTreeMap<(String, u32), (String, String)> {
                run.files
                    .iter()
                    .flat_map(|file| {
                        file.failures.iter().map(move |failure| {
                            (
                                (file.path.clone(), failure.line),
                                (failure.kind.clone(), failure.message.clone()),
                            )
                        })
                    })
                    .collect()
            };
            let (then, now_failing) = (failing(before), failing(now));
            let changed = |((path, line), (kind, message)): (&(String, u32), &(String, String))| {
                ChangedDirective {
                    engine: now.engine.clone(),
                    path: path.clone(),
                    line: *line,
                    kind: kind.clone(),
                    message: message.clone(),
                }
            };
            changes.new_failures.extend(
                now_failing
                    .iter()
                    .filter(|(key, _)| !then.contains_key(*key))
                    .map(changed),
            );
            changes.fixed.extend(
                then.iter()
                    .filter(|(key, _)| !now_failing.contains_key(*key))
                    .map(changed),
            );
        }
        changes
    }

    /// The change in passed directives of `engine` on `path` since the previous run.
    pub fn passed_delta(&self, engine: &str, path: &str, passed_now: u64) -> Option<i64> {
        let before = self
            .previous_passed
            .get(&(engine.to_owned(), path.to_owned()))?;
        Some(passed_now as i64 - *before as i64)
    }
}

/// The runs kept in a `--history` folder, one JSON matrix each, named by finish time.
pub struct History {
    dir: PathBuf,
}

impl History {
    /// The history kept in `dir` (created when the first run is saved).
    pub fn new(dir: &Path) -> Self {
        History {
            dir: dir.to_owned(),
        }
    }

    /// The most recent run saved, if any; an unreadable entry is an error.
    pub fn latest(&self) -> Result<Option<Matrix>, String> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(format!("{}: {error}", self.dir.display())),
        };
        let mut runs: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| is_history_entry(path))
            .collect();
        runs.sort();
        let Some(latest) = runs.last() else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(latest)
            .map_err(|error| format!("{}: {error}", latest.display()))?;
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|error| format!("{}: {error}", latest.display()))
    }

    /// Saves `matrix` as the newest entry; returns its path.
    pub fn save(&self, matrix: &Matrix) -> Result<PathBuf, String> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|error| format!("{}: {error}", self.dir.display()))?;
        // Zero-padded so names sort by time, then by the sequence number that tells
        // runs finished in the same second apart.
        let name = |sequence: u32| {
            self.dir.join(format!(
                "run-{:012}-{sequence:03}.json",
                matrix.finished_unix_secs
            ))
        };
        let mut sequence = 0;
        while name(sequence).exists() {
            sequence += 1;
        }
        let path = name(sequence);
        std::fs::write(&path, matrix.to_json())
            .map_err(|error| format!("{}: {error}", path.display()))?;
        Ok(path)
    }
}

fn is_history_entry(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with("run-") && name.ends_with(".json"))
}

/// `secs` since the Unix epoch as `YYYY-MM-DD HH:MM UTC`.
pub fn format_utc(secs: u64) -> String {
    let days = secs / 86_400;
    let (hour, minute) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Failure, FileReport};

    fn run(engine: &str, failing_lines: &[u32]) -> RunReport {
        let mut file = FileReport::new("a.wast");
        file.directives = 10;
        file.failed = failing_lines.len() as u64;
        file.passed = file.directives - file.failed;
        for &line in failing_lines {
            file.failures.push(Failure::new(
                line,
                1,
                "assert_return",
                format!("line {line}"),
            ));
        }
        RunReport::new(engine, 1.0, vec![file])
    }

    #[test]
    fn changes_list_new_failures_and_fixes_per_engine() {
        let before = Matrix::new(vec![run("x", &[1, 2]), run("y", &[5])]);
        let after = Matrix::new(vec![run("x", &[2, 3]), run("y", &[5])]);
        let changes = Changes::between(&before, &after);
        let lines = |list: &[ChangedDirective]| -> Vec<(String, u32)> {
            list.iter().map(|c| (c.engine.clone(), c.line)).collect()
        };
        assert_eq!(lines(&changes.new_failures), [("x".to_owned(), 3)]);
        assert_eq!(lines(&changes.fixed), [("x".to_owned(), 1)]);
        assert_eq!(changes.passed_delta("x", "a.wast", 8), Some(0));
        assert_eq!(changes.passed_delta("z", "a.wast", 8), None);
    }

    #[test]
    fn history_returns_the_latest_saved_run() {
        let dir = std::env::temp_dir().join(format!("spec-runner-history-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let history = History::new(&dir);
        assert_eq!(history.latest(), Ok(None));
        let mut first = Matrix::new(vec![run("x", &[1])]);
        first.finished_unix_secs = 100;
        let mut second = Matrix::new(vec![run("x", &[])]);
        second.finished_unix_secs = 200;
        history.save(&first).unwrap();
        history.save(&second).unwrap();
        assert_eq!(history.latest(), Ok(Some(second.clone())));
        // A run finished in the same second as the latest one comes after it.
        let third = Matrix::new(vec![run("x", &[7])]);
        let third = Matrix {
            finished_unix_secs: 200,
            ..third
        };
        history.save(&third).unwrap();
        assert_eq!(history.latest(), Ok(Some(third)));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn groups_scripts_by_proposal_with_totals_per_engine() {
        let file = |path: &str, passed: u64, directives: u64| {
            let mut file = FileReport::new(path);
            (file.passed, file.directives) = (passed, directives);
            file
        };
        let x = RunReport::new(
            "x",
            1.0,
            vec![
                file("i32.wast", 3, 4),
                file("memory64.wast", 1, 2),
                file("address64.wast", 5, 5),
            ],
        );
        let y = RunReport::new("y", 1.0, vec![file("i32.wast", 4, 4)]);
        let matrix = Matrix::new(vec![x, y]);
        let groups = matrix.by_proposal();
        let names: Vec<&str> = groups.iter().map(|g| g.proposal.as_str()).collect();
        assert_eq!(names, ["core 2.0", "memory64"]);
        assert_eq!(groups[0].totals, [(3, 4), (4, 4)]);
        assert_eq!(groups[1].totals, [(6, 7), (0, 0)]);
        let memory64: Vec<&str> = groups[1].scripts.iter().map(|s| s.path).collect();
        assert_eq!(memory64, ["address64.wast", "memory64.wast"]);
        assert!(groups[1].scripts[0].reports[1].is_none());
        assert_eq!(groups[0].scripts[0].reports[1].map(|f| f.passed), Some(4));
    }

    #[test]
    fn utc_dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(1_796_000_000), "2026-11-30 00:53 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00 UTC");
    }
}
