//! How an engine is set up: the language it accepts, how its calls are
//! bounded, and what it provides to the modules it instantiates.

use std::str::FromStr;
use std::time::Duration;
use wasmparser::WasmFeatures;

/// Everything an adapter needs to create its engine. The same description
/// serves every back end, so a client picks an engine by
/// [`EngineKind`](super::EngineKind) alone and gets the same behaviour from each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineConfig {
    /// The WebAssembly features the validator accepts; an engine that
    /// implements only part of them rejects the rest as unsupported (a
    /// compiler) or as invalid (an interpreter that cannot tell them apart).
    pub features: WasmFeatures,
    /// The wall-clock budget of each compile, instantiate, invoke or get;
    /// running out ends it with a [`TrapKind::Timeout`](crate::value::TrapKind::Timeout)
    /// trap. `None` leaves calls unbounded and costs nothing per call.
    pub timeout: Option<Duration>,
    /// Fuel (roughly, executed instructions) given to each call and to each
    /// instantiation, for engines that meter fuel; running out is a
    /// [`TrapKind::OutOfFuel`](crate::value::TrapKind::OutOfFuel) trap, the
    /// same on every run. `None`: no fuel limit.
    pub fuel_per_call: Option<u64>,
    /// Call frames an interpreter allows before `call stack exhausted`;
    /// `None` keeps the engine's default. Compilers bound their native stack
    /// instead and ignore this.
    pub max_call_depth: Option<usize>,
    /// Whether the `spectest` host module is defined for imports.
    pub spectest: bool,
    /// Whether an engine that can defer translating a function until its
    /// first call (wasmi) does so; `false` translates everything at compile
    /// time, so compile errors and compile time are complete.
    pub lazy_compilation: bool,
    /// Whether a compiler may compile function bodies on several threads.
    pub parallel_compilation: bool,
    /// Whether [`Engine::func_ref_is`](super::Engine::func_ref_is) must answer for every
    /// function of an instance, exported or not. Engines that reach functions only
    /// through exports then compile each module with hidden exports of its functions
    /// (see `func_exports`), which costs a validation per module.
    pub function_identity: bool,
    /// Whose `spectest` module to define when [`spectest`](Self::spectest) is set.
    pub spectest_flavour: crate::spectest::Flavour,
    /// Whether relaxed SIMD runs in the spec's deterministic profile where the engine
    /// has one (lightbeam's `RelaxedSimd::Deterministic`, wasmtime's
    /// `relaxed_simd_deterministic`), so that results do not depend on the host CPU;
    /// `false` keeps each engine's default (lightbeam's follows
    /// `LIGHTBEAM_RELAXED_SIMD`). wasmi has one behaviour.
    pub deterministic_relaxed_simd: bool,
}

impl EngineConfig {
    /// What the spec-runner uses for one script at `level`: `spectest`
    /// defined, a ten-second budget per directive, lazy translation,
    /// serial compilation (scripts already run one per worker thread) and
    /// function identity for `(ref.func N)` results.
    pub fn spec(level: FeatureLevel) -> Self {
        EngineConfig::spec_with(level.features())
    }

    /// [`EngineConfig::spec`] accepting `features` (for instance those of
    /// [`FeatureLevel::features_for`] a script).
    pub fn spec_with(features: WasmFeatures) -> Self {
        EngineConfig {
            features,
            timeout: Some(Duration::from_secs(10)),
            fuel_per_call: None,
            max_call_depth: None,
            spectest: true,
            lazy_compilation: true,
            parallel_compilation: false,
            function_identity: true,
            spectest_flavour: crate::spectest::Flavour::Reference,
            deterministic_relaxed_simd: false,
        }
    }

    /// An engine accepting `features` with no budgets and no host modules,
    /// translating eagerly and compiling serially: the plainest set-up, for
    /// clients that add their own (the fuzzer, the bench).
    pub fn plain(features: WasmFeatures) -> Self {
        EngineConfig {
            features,
            timeout: None,
            fuel_per_call: None,
            max_call_depth: None,
            spectest: false,
            lazy_compilation: false,
            parallel_compilation: false,
            function_identity: false,
            spectest_flavour: crate::spectest::Flavour::Reference,
            deterministic_relaxed_simd: false,
        }
    }
}

/// The folder whose scripts test legacy exception handling, at Wasm 3.0 (see
/// [`FeatureLevel::features_for`]).
pub const LEGACY_FOLDER: &str = "legacy";

/// The folder (under `proposals/`) of the threads proposal's scripts, which were
/// written for Wasm 1.0 plus threads (see [`FeatureLevel::features_for`]).
pub const THREADS_FOLDER: &str = "threads";

/// The features the threads proposal's own scripts (`proposals/threads/`) were
/// written for: Wasm 1.0 and shared memories with atomics. The proposal forked
/// the specification before Wasm 2.0, so its copies of `imports.wast` and
/// `memory.wast` assert that a second table ("multiple tables", lifted by
/// reference types) and a second memory ("multiple memories", lifted by
/// multi-memory) are invalid; nothing in the folder uses any other feature.
pub const THREADS_PROPOSAL_FEATURES: WasmFeatures =
    WasmFeatures::WASM1.union(WasmFeatures::THREADS);

/// The version of the WebAssembly standard an engine is asked to implement.
///
/// It matters in both directions: a Wasm 2.0 script asserts that some modules
/// are invalid (a second memory, a memory index byte other than zero) which
/// Wasm 3.0 accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeatureLevel {
    /// WebAssembly 2.0 (SIMD, reference types, bulk memory, multi-value, ...).
    Wasm2,
    /// WebAssembly 3.0 and the proposals in the testsuite, as far as the engine goes.
    Wasm3,
}

impl FeatureLevel {
    /// The validator features of the level.
    ///
    /// Wasm 2.0 is exactly [`WasmFeatures::WASM2`] (SIMD included). Wasm 3.0
    /// is the whole 3.0 language plus the proposals the testsuite carries
    /// (custom page sizes, wide arithmetic, custom descriptors), so that a
    /// valid module an engine cannot handle yet is reported as unsupported
    /// rather than invalid, and a rejection always means the module is really
    /// invalid.
    pub fn features(self) -> WasmFeatures {
        match self {
            FeatureLevel::Wasm2 => WasmFeatures::WASM2,
            FeatureLevel::Wasm3 => {
                WasmFeatures::WASM3
                    | WasmFeatures::CUSTOM_PAGE_SIZES
                    | WasmFeatures::WIDE_ARITHMETIC
                    | WasmFeatures::CUSTOM_DESCRIPTORS
            }
        }
    }

    /// The validator features for `script` at this level: the level's, except for
    /// two folders of the Wasm 3.0 suite whose scripts were written for another
    /// feature set:
    /// - a folder named `legacy` adds legacy exception handling (`try`, `catch`,
    ///   `delegate`, `rethrow`), as the testsuite's `legacy/` scripts need. No
    ///   standard includes the legacy form, so no level enables it for other scripts;
    /// - `proposals/threads/` runs with [`THREADS_PROPOSAL_FEATURES`] (Wasm 1.0 and
    ///   threads), because its scripts assert Wasm 1.0's one-memory and one-table
    ///   rules that Wasm 3.0 lifted.
    pub fn features_for(self, script: &std::path::Path) -> WasmFeatures {
        let mut folders = script
            .parent()
            .into_iter()
            .flat_map(|dir| dir.ancestors())
            .map(|dir| dir.file_name());
        let folder = folders.next().flatten();
        let in_legacy = folder.is_some_and(|name| name == LEGACY_FOLDER);
        let in_threads_proposal = folder.is_some_and(|name| name == THREADS_FOLDER)
            && folders
                .next()
                .flatten()
                .is_some_and(|name| name == "proposals");
        match self {
            FeatureLevel::Wasm3 if in_legacy => self.features() | WasmFeatures::LEGACY_EXCEPTIONS,
            FeatureLevel::Wasm3 if in_threads_proposal => THREADS_PROPOSAL_FEATURES,
            _ => self.features(),
        }
    }

    /// The level for a script: Wasm 3.0 when it lives in a testsuite checkout
    /// with a `proposals/` folder (the Wasm 3.0 layout) or in a folder named
    /// `wasm3` (as the compiler's regression scripts for Wasm 3.0 features do),
    /// else Wasm 2.0.
    pub fn detect(script: &std::path::Path) -> Self {
        let absolute = std::fs::canonicalize(script).unwrap_or_else(|_| script.to_path_buf());
        let in_wasm3_suite = absolute.ancestors().skip(1).any(|dir| {
            dir.join("proposals").is_dir() || dir.file_name().is_some_and(|name| name == "wasm3")
        });
        if in_wasm3_suite {
            FeatureLevel::Wasm3
        } else {
            FeatureLevel::Wasm2
        }
    }
}

/// How the feature level of each script is chosen (`--wasm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FeatureSelection {
    /// Per script, with [`FeatureLevel::detect`].
    #[default]
    Auto,
    /// The same level for every script.
    Fixed(FeatureLevel),
}

impl FeatureSelection {
    /// The level to run `script` at.
    pub fn level_for(self, script: &std::path::Path) -> FeatureLevel {
        match self {
            FeatureSelection::Auto => FeatureLevel::detect(script),
            FeatureSelection::Fixed(level) => level,
        }
    }
}

impl FromStr for FeatureSelection {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "auto" => Ok(FeatureSelection::Auto),
            "2" | "2.0" => Ok(FeatureSelection::Fixed(FeatureLevel::Wasm2)),
            "3" | "3.0" => Ok(FeatureSelection::Fixed(FeatureLevel::Wasm3)),
            other => Err(format!(
                "unknown feature level `{other}` (expected auto, 2.0 or 3.0)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_legacy_scripts_at_wasm3_get_the_legacy_exceptions() {
        use std::path::Path;
        let legacy = Path::new("testsuite/legacy/rethrow.wast");
        let other = Path::new("testsuite/try_table.wast");
        let wasm3 = FeatureLevel::Wasm3;
        assert!(wasm3
            .features_for(legacy)
            .contains(WasmFeatures::LEGACY_EXCEPTIONS));
        assert_eq!(
            wasm3.features_for(legacy),
            wasm3.features() | WasmFeatures::LEGACY_EXCEPTIONS
        );
        assert!(!wasm3.features().contains(WasmFeatures::LEGACY_EXCEPTIONS));
        assert_eq!(wasm3.features_for(other), wasm3.features());
        assert_eq!(
            FeatureLevel::Wasm2.features_for(legacy),
            FeatureLevel::Wasm2.features()
        );
    }

    #[test]
    fn threads_proposal_scripts_at_wasm3_get_wasm1_and_threads() {
        use std::path::Path;
        let threads = Path::new("testsuite/proposals/threads/imports.wast");
        let wasm3 = FeatureLevel::Wasm3;
        let features = wasm3.features_for(threads);
        assert_eq!(features, WasmFeatures::WASM1 | WasmFeatures::THREADS);
        // What the folder's scripts assert invalid: a second memory, a second table.
        assert!(!features.multi_memory());
        assert!(!features.reference_types());
        // Other folders named `threads`, and other proposals, keep the level's features.
        for other in [
            "testsuite/threads/atomic.wast",
            "testsuite/proposals/wide-arithmetic/wide-arithmetic.wast",
            "testsuite/atomic.wast",
        ] {
            assert_eq!(
                wasm3.features_for(Path::new(other)),
                wasm3.features(),
                "{other}"
            );
        }
        assert_eq!(
            FeatureLevel::Wasm2.features_for(threads),
            FeatureLevel::Wasm2.features()
        );
    }

    #[test]
    fn feature_selection_parses_versions() {
        assert_eq!("auto".parse(), Ok(FeatureSelection::Auto));
        assert_eq!(
            "2.0".parse(),
            Ok(FeatureSelection::Fixed(FeatureLevel::Wasm2))
        );
        assert_eq!(
            "3".parse(),
            Ok(FeatureSelection::Fixed(FeatureLevel::Wasm3))
        );
        assert!("4.0".parse::<FeatureSelection>().is_err());
    }

    #[test]
    fn scripts_in_a_suite_with_proposals_run_at_wasm3() {
        let suite = std::env::temp_dir().join(format!("spec-runner-levels-{}", std::process::id()));
        let nested = suite.join("proposals/threads");
        std::fs::create_dir_all(&nested).unwrap();
        assert_eq!(
            FeatureLevel::detect(&suite.join("i32.wast")),
            FeatureLevel::Wasm3
        );
        assert_eq!(
            FeatureLevel::detect(&nested.join("atomic.wast")),
            FeatureLevel::Wasm3
        );
        let fixtures =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pass.wast");
        assert_eq!(FeatureLevel::detect(&fixtures), FeatureLevel::Wasm2);
        std::fs::remove_dir_all(&suite).unwrap();
    }

    #[test]
    fn scripts_in_a_wasm3_folder_run_at_wasm3() {
        let root = std::env::temp_dir().join(format!("spec-runner-wasm3-{}", std::process::id()));
        let wasm3 = root.join("wast/wasm3");
        std::fs::create_dir_all(&wasm3).unwrap();
        assert_eq!(
            FeatureLevel::detect(&wasm3.join("wide.wast")),
            FeatureLevel::Wasm3
        );
        assert_eq!(
            FeatureLevel::detect(&root.join("wast/plain.wast")),
            FeatureLevel::Wasm2
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
