//! [`Module`]: a compiled, linked module ready to be instantiated any number of times.

use std::io::Read;
use std::sync::Arc;

use lightbeam_entity::EntityRef;
use rayon::prelude::*;

use crate::code::CodeMemory;
use crate::codegen::{self, CompiledFunction, FuncEnv};
use crate::engine::Engine;
use crate::error::{CompileError, CompileResult};
use crate::module::{
    parse, DefinedFuncIndex, EntityIndex, ExternType, FuncIndex, ModuleInfo, PendingBody,
};
use crate::vmoffsets::VMOffsets;

/// A compiled WebAssembly module. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Module {
    pub(crate) inner: Arc<ModuleInner>,
}

/// Everything a module needs at run time.
#[derive(Debug)]
pub(crate) struct ModuleInner {
    pub(crate) info: ModuleInfo,
    pub(crate) offsets: VMOffsets,
    pub(crate) code: CodeMemory,
}

/// Which function [`Module::disassemble`] shows.
#[derive(Clone, Copy, Debug)]
pub enum FuncSelector<'a> {
    /// By function index (imports included).
    Index(u32),
    /// By export name.
    Export(&'a str),
}

impl Module {
    /// Compiles a module from its binary encoding or its text format.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> CompileResult<Module> {
        let binary = wat::parse_bytes(bytes.as_ref()).map_err(|error| CompileError::Invalid {
            message: error.to_string(),
            offset: 0,
        })?;
        Self::from_reader(engine, &*binary)
    }

    /// Compiles a binary module while reading it from `reader`.
    pub fn from_reader(engine: &Engine, reader: impl Read) -> CompileResult<Module> {
        let intern = |ty: &crate::module::FuncType| engine.signature_id(ty);
        let (info, bodies) = parse::parse_module(reader, engine.config().features, &intern)?;
        let offsets = VMOffsets::new(&info);
        let functions = compile_bodies(engine, &info, &offsets, bodies)?;
        let code = CodeMemory::link(&info, functions)?;
        Ok(Module {
            inner: Arc::new(ModuleInner {
                info,
                offsets,
                code,
            }),
        })
    }

    /// The module environment (types, imports, exports, segments).
    pub fn info(&self) -> &ModuleInfo {
        &self.inner.info
    }

    /// Each import as (module, name, type).
    pub fn imports(&self) -> Vec<(String, String, ExternType)> {
        let info = &self.inner.info;
        info.imports
            .iter()
            .map(|import| {
                (
                    import.module.clone(),
                    import.name.clone(),
                    info.import_type(import),
                )
            })
            .collect()
    }

    /// Each export as (name, type).
    pub fn exports(&self) -> Vec<(String, ExternType)> {
        let info = &self.inner.info;
        info.exports
            .iter()
            .map(|export| (export.name.clone(), info.entity_type(export.index)))
            .collect()
    }

    /// The machine code of a defined function as Intel-syntax assembly, one instruction
    /// per line with its offset.
    pub fn disassemble(&self, func: FuncSelector<'_>) -> Option<String> {
        let info = &self.inner.info;
        let index = match func {
            FuncSelector::Index(index) => FuncIndex::from_u32(index),
            FuncSelector::Export(name) => match info.exports.iter().find(|e| e.name == name)?.index
            {
                EntityIndex::Func(index) => index,
                _ => return None,
            },
        };
        if index.index() >= info.functions.len() {
            return None;
        }
        let defined = info.defined_func_index(index)?;
        Some(crate::disasm::disassemble(
            self.inner.code.function_code(defined),
        ))
    }

    /// Number of functions defined (not imported) by the module.
    pub fn defined_functions(&self) -> usize {
        self.inner.info.defined_func_count()
    }

    /// The machine code of the `index`-th defined function (counting from 0, imports
    /// excluded), if there is one.
    pub fn function_code(&self, index: usize) -> Option<&[u8]> {
        (index < self.defined_functions())
            .then(|| self.inner.code.function_code(DefinedFuncIndex::new(index)))
    }
}

/// Compiles every body, in parallel if configured; the output order is the definition
/// order either way.
fn compile_bodies(
    engine: &Engine,
    info: &ModuleInfo,
    offsets: &VMOffsets,
    bodies: Vec<PendingBody>,
) -> CompileResult<Vec<CompiledFunction>> {
    let builtins = crate::runtime::builtins::table();
    let compile = |(i, body): (usize, PendingBody)| {
        let env = FuncEnv {
            info,
            offsets,
            func: info.func_index(DefinedFuncIndex::new(i)),
            builtins: &builtins,
            simd_encoding: engine.config().simd_encoding,
        };
        codegen::compile_function(env, body)
    };
    if engine.config().parallel_compilation {
        bodies.into_par_iter().enumerate().map(compile).collect()
    } else {
        bodies.into_iter().enumerate().map(compile).collect()
    }
}
