//! The lightbeam back end.
//!
//! Not wired yet: the compiler's embedding API is still being built. Wiring it
//! means implementing [`Engine`](super::Engine) for a type holding a lightbeam
//! store and named-instance registry, returning it from [`create`], and
//! switching [`EngineKind::DEFAULT`](super::EngineKind::DEFAULT). The compiler
//! is linked only with this crate's `lightbeam` feature (make it a default
//! feature when wiring).

use super::{Engine, EngineUnavailable, FeatureLevel};

/// Creates a lightbeam engine for one script.
pub fn create(_level: FeatureLevel) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Err(EngineUnavailable(
        "lightbeam engine not wired yet; use `--engine wasmi`".into(),
    ))
}
