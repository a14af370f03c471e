//! The engine: configuration plus the state shared by every module compiled with it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::code::StubMemory;
use crate::codegen::{trampoline, RelaxedSimd};
use crate::error::{CompileResult, EngineError};
use crate::module::{ConcreteSubtyping, FuncType, SharedTypeId, SubType};
use crate::type_registry::TypeRegistry;
use crate::x64::masm::SimdEncoding;

/// Compilation and runtime settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Bytes of machine stack wasm code may use per call from the host (default 512 KiB).
    pub stack_budget: usize,
    /// Compile function bodies on the rayon thread pool (the output is identical).
    pub parallel_compilation: bool,
    /// The WebAssembly features accepted by the validator (default: Wasm 2.0).
    ///
    /// The legacy exception-handling instructions (`try`, `catch`, `catch_all`,
    /// `delegate`, `rethrow`) are in no standard (`WasmFeatures::WASM3` leaves them
    /// out): an embedder that runs code using them opts in with
    /// `WasmFeatures::LEGACY_EXCEPTIONS`.
    pub features: wasmparser::WasmFeatures,
    /// The encodings SIMD code uses (default: [`SimdEncoding::host_default`], AVX2 when
    /// and FMA when the host has them unless `LIGHTBEAM_SIMD=sse4.1`). Any host compiles
    /// either; only a host with AVX2 and FMA instantiates modules compiled for AVX2.
    pub simd_encoding: SimdEncoding,
    /// How relaxed-SIMD operators pick their results (default:
    /// [`RelaxedSimd::from_env`], native unless `LIGHTBEAM_RELAXED_SIMD=deterministic`).
    /// Only matters when [`Config::features`] enables relaxed SIMD.
    pub relaxed_simd: RelaxedSimd,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            stack_budget: 512 * 1024,
            parallel_compilation: true,
            features: wasmparser::WasmFeatures::WASM2,
            simd_encoding: SimdEncoding::host_default(),
            relaxed_simd: RelaxedSimd::from_env(),
        }
    }
}

/// Compiles modules and owns the signature registry they share. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Engine {
    inner: Arc<EngineInner>,
}

impl Default for Engine {
    /// An engine with the default configuration; panics as [`Engine::new`] does.
    fn default() -> Self {
        Engine::new(Config::default())
    }
}

/// An instruction-set extension: its name and a run-time check that the host has it.
type CpuFeature = (&'static str, fn() -> bool);

/// Instruction-set extensions generated code uses without checking, each with its
/// run-time detection: SSE4.1 is the SIMD baseline (`pinsr*`/`pextr*`, `ptest`,
/// `pmovsx*`, `roundps`), POPCNT backs `i32.popcnt`/`i64.popcnt`.
const REQUIRED_CPU_FEATURES: &[CpuFeature] = &[
    ("SSE4.1", || std::arch::is_x86_feature_detected!("sse4.1")),
    ("POPCNT", || std::arch::is_x86_feature_detected!("popcnt")),
];

/// The first required CPU feature the host lacks, if any.
fn missing_cpu_feature() -> Option<&'static str> {
    REQUIRED_CPU_FEATURES
        .iter()
        .find(|(_, detected)| !detected())
        .map(|(name, _)| *name)
}

/// The extension the host lacks to run code of `encoding`, if any (beyond the required
/// ones). Compiling it needs none: only running it does.
fn missing_for_encoding(encoding: SimdEncoding) -> Option<&'static str> {
    match encoding {
        SimdEncoding::Sse41 => None,
        SimdEncoding::Avx2
            if !(std::arch::is_x86_feature_detected!("avx")
                && std::arch::is_x86_feature_detected!("avx2")) =>
        {
            Some("AVX2")
        }
        // The relaxed multiply-adds use FMA3, which every AVX2 CPU but a rare few has.
        SimdEncoding::Avx2 => (!std::arch::is_x86_feature_detected!("fma")).then_some("FMA"),
    }
}

/// Most parameters, and most results, a function type of a valid module has
/// (wasmparser's limits). Host functions of bigger types cannot be called by wasm.
const MAX_WASM_FUNCTION_VALUES: usize = 1000;

#[derive(Debug, Default)]
struct EngineInner {
    config: Config,
    /// The extension the host lacks to run this engine's code (see
    /// [`Engine::check_runnable`]), found when the engine was created.
    missing_to_run: Option<&'static str>,
    /// Every type of every module compiled with the engine, canonical engine-wide.
    types: Mutex<TypeRegistry>,
    /// One host-call stub per signature, shared by every host function of that type in
    /// every store of the engine (the function's own context arrives in a register).
    host_stubs: Mutex<HashMap<FuncType, Arc<StubMemory>>>,
}

impl Engine {
    /// An engine with `config`.
    ///
    /// # Panics
    ///
    /// If the host CPU lacks an instruction-set extension generated code needs (see
    /// [`Engine::try_new`], which reports it as an error instead).
    pub fn new(config: Config) -> Self {
        Self::try_new(config).unwrap_or_else(|error| panic!("{error}"))
    }

    /// An engine with `config`, or an error if the host CPU lacks an instruction-set
    /// extension generated code needs (SSE4.1, POPCNT).
    ///
    /// An engine whose [`Config::simd_encoding`] the host cannot run (AVX2 on a CPU
    /// without AVX2 or FMA) is created all the same, so its code can be compiled and inspected
    /// (`Module::disassemble`) on any host, but its modules are never run:
    /// instantiating one fails with
    /// [`InstantiationError::MissingCpuFeature`](crate::InstantiationError::MissingCpuFeature).
    pub fn try_new(config: Config) -> Result<Self, EngineError> {
        let missing_to_run = missing_for_encoding(config.simd_encoding);
        Self::with_host(config, missing_cpu_feature(), missing_to_run)
    }

    /// [`Engine::try_new`] with the host's missing extensions given: `required` (one
    /// no generated code can do without) and `to_run` (one this configuration's code
    /// needs to run).
    fn with_host(
        config: Config,
        required: Option<&'static str>,
        to_run: Option<&'static str>,
    ) -> Result<Self, EngineError> {
        if let Some(feature) = required {
            return Err(EngineError::MissingCpuFeature(feature));
        }
        Ok(Engine {
            inner: Arc::new(EngineInner {
                config,
                missing_to_run: to_run,
                types: Mutex::default(),
                host_stubs: Mutex::default(),
            }),
        })
    }

    /// Whether this host can run the code the engine generates: an error naming the
    /// missing extension when the configured SIMD encoding needs one the host lacks.
    /// Instantiation checks this, so such code is compiled but never executed.
    pub fn check_runnable(&self) -> Result<(), EngineError> {
        match self.inner.missing_to_run {
            Some(feature) => Err(EngineError::MissingCpuFeature(feature)),
            None => Ok(()),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The engine-wide id of signature `ty` as a final function type without
    /// supertype, alone in its recursion group (what a type written `(func ...)` is):
    /// equal types get equal ids.
    ///
    /// # Panics
    ///
    /// If the engine already holds the most types it can (2^24).
    pub fn signature_id(&self, ty: &FuncType) -> SharedTypeId {
        self.register_rec_group(&[SubType::func(ty.clone())], 0)
            .unwrap_or_else(|error| panic!("{error}"))
    }

    /// The id of the first type of recursion group `group`, canonicalised engine-wide
    /// (see `type_registry.rs`); an error once the engine holds the most types it can.
    pub(crate) fn register_rec_group(
        &self,
        group: &[SubType],
        offset: usize,
    ) -> CompileResult<SharedTypeId> {
        self.types().register_group(group, offset)
    }

    /// The type registry, locked.
    pub(crate) fn types(&self) -> std::sync::MutexGuard<'_, TypeRegistry> {
        self.inner
            .types
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The address of the engine's type table, which casts in generated code read
    /// (see `type_registry.rs`); null until a type is registered. Valid as long as the
    /// engine.
    pub(crate) fn type_table_base(&self) -> *const u8 {
        self.types().table_base()
    }

    /// Whether type `sub` is `sup` or declares it as a (transitive) supertype.
    pub fn is_subtype(&self, sub: SharedTypeId, sup: SharedTypeId) -> bool {
        sub == sup || self.types().is_subtype(sub, sup)
    }

    /// The host-call stub of signature `ty`, mapped the first time it is asked for; `None`
    /// for a type no valid module can have (more than 1,000 parameters or results),
    /// which wasm therefore never calls.
    pub(crate) fn host_stub(&self, ty: &FuncType) -> CompileResult<Option<Arc<StubMemory>>> {
        if ty.params.len() > MAX_WASM_FUNCTION_VALUES || ty.results.len() > MAX_WASM_FUNCTION_VALUES
        {
            return Ok(None);
        }
        let mut stubs = self
            .inner
            .host_stubs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(stub) = stubs.get(ty) {
            return Ok(Some(Arc::clone(stub)));
        }
        let stub = Arc::new(StubMemory::new(&trampoline::host_call_stub(ty)?)?);
        stubs.insert(ty.clone(), Arc::clone(&stub));
        Ok(Some(stub))
    }

    /// Whether two handles refer to the same engine.
    pub fn same(&self, other: &Engine) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl ConcreteSubtyping for Engine {
    fn is_subtype(&self, sub: SharedTypeId, sup: SharedTypeId) -> bool {
        Engine::is_subtype(self, sub, sup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_cpu_with_the_required_features() {
        assert_eq!(missing_cpu_feature(), None);
        assert!(Engine::try_new(Config::default()).is_ok());
    }

    #[test]
    fn avx2_code_compiles_on_any_host_but_runs_only_where_it_is_supported() {
        let config = Config {
            simd_encoding: SimdEncoding::Avx2,
            ..Config::default()
        };
        let lacking = Engine::with_host(config.clone(), None, Some("AVX2")).unwrap();
        assert_eq!(
            lacking.check_runnable(),
            Err(EngineError::MissingCpuFeature("AVX2"))
        );
        let module = crate::Module::new(&lacking, "(module (func (export \"f\")))").unwrap();
        let mut store = crate::Store::new(&lacking);
        let error = crate::Linker::new()
            .instantiate(&mut store, &module)
            .unwrap_err();
        assert!(
            matches!(error, crate::InstantiationError::MissingCpuFeature("AVX2")),
            "{error}"
        );
        let able = Engine::with_host(config, None, None).unwrap();
        assert_eq!(able.check_runnable(), Ok(()));
        let module = crate::Module::new(&able, "(module (func (export \"f\")))").unwrap();
        let mut store = crate::Store::new(&able);
        crate::Linker::new()
            .instantiate(&mut store, &module)
            .unwrap();
    }

    #[test]
    fn a_missing_required_feature_refuses_the_engine() {
        let error = Engine::with_host(Config::default(), Some("POPCNT"), None).unwrap_err();
        assert_eq!(error, EngineError::MissingCpuFeature("POPCNT"));
    }

    #[test]
    fn a_missing_feature_is_named_in_the_error() {
        let message = EngineError::MissingCpuFeature("SSE4.1").to_string();
        assert_eq!(
            message,
            "this CPU lacks SSE4.1, which lightbeam's generated code requires"
        );
    }
}
