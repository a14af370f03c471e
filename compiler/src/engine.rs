//! The engine: configuration plus the state shared by every module compiled with it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use lightbeam_entity::EntityRef;

use crate::module::{FuncType, SignatureId};

/// Compilation and runtime settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Bytes of machine stack wasm code may use per call from the host (default 512 KiB).
    pub stack_budget: usize,
    /// Compile function bodies on the rayon thread pool (the output is identical).
    pub parallel_compilation: bool,
    /// The WebAssembly features accepted by the validator (default: Wasm 2.0).
    pub features: wasmparser::WasmFeatures,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            stack_budget: 512 * 1024,
            parallel_compilation: true,
            features: wasmparser::WasmFeatures::WASM2,
        }
    }
}

/// Compiles modules and owns the signature registry they share. Cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct Engine {
    inner: Arc<EngineInner>,
}

#[derive(Debug, Default)]
struct EngineInner {
    config: Config,
    signatures: Mutex<HashMap<FuncType, SignatureId>>,
}

impl Engine {
    /// An engine with `config`.
    pub fn new(config: Config) -> Self {
        Engine {
            inner: Arc::new(EngineInner {
                config,
                signatures: Mutex::default(),
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The engine-wide id of signature `ty` (equal types get equal ids).
    pub fn signature_id(&self, ty: &FuncType) -> SignatureId {
        let mut signatures = self
            .inner
            .signatures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let next = SignatureId::new(signatures.len());
        *signatures.entry(ty.clone()).or_insert(next)
    }

    /// Whether two handles refer to the same engine.
    pub fn same(&self, other: &Engine) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
