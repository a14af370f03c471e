//! [`Module`]: a compiled, linked module ready to be instantiated any number of times.

use std::collections::BTreeMap;
use std::io::Read;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use lightbeam_entity::EntityRef;
use wasmparser::{FuncToValidate, ValidatorResources};

use crate::code::{CodeBuilder, CodeMemory};
use crate::codegen::{CompiledFunction, FuncEnv, FunctionCompiler};
use crate::engine::Engine;
use crate::error::{CompileError, CompileResult};
use crate::module::parse::{self, Bodies};
use crate::module::{
    BodyBytes, DefinedFuncIndex, EntityIndex, ExternType, FuncIndex, ModuleInfo, PendingBody,
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
    /// The engine that compiled the module: its signature ids are baked into the code,
    /// so only stores of this engine may instantiate it.
    pub(crate) engine: Engine,
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
    ///
    /// Input that starts with the binary magic `\0asm`, or that cannot be text (it is
    /// not UTF-8 or holds control characters other than whitespace), is decoded as a
    /// binary module, so garbage gets the binary decoder's error; empty input is an
    /// error of its own.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> CompileResult<Module> {
        let bytes = bytes.as_ref();
        if bytes.is_empty() {
            return Err(CompileError::Invalid {
                message: "empty input: expected a binary module (starting with \\0asm) \
                          or WebAssembly text"
                    .to_string(),
                offset: 0,
            });
        }
        if !looks_like_text(bytes) {
            return Self::from_source(engine, parse::Source::Bytes(bytes));
        }
        let binary = wat::parse_bytes(bytes).map_err(|error| CompileError::Invalid {
            message: error.to_string(),
            offset: 0,
        })?;
        Self::from_source(engine, parse::Source::Bytes(&binary))
    }

    /// Compiles a binary module while reading it from `reader`.
    ///
    /// Function bodies are compiled as soon as they have been read; with
    /// [`Config::parallel_compilation`](crate::Config::parallel_compilation) they go to
    /// the rayon pool in batches while the rest of the module is still being parsed.
    pub fn from_reader(engine: &Engine, mut reader: impl Read) -> CompileResult<Module> {
        Self::from_source(engine, parse::Source::Reader(&mut reader))
    }

    /// Compiles a binary module from `source`, in memory or streamed.
    fn from_source(engine: &Engine, source: parse::Source<'_>) -> CompileResult<Module> {
        let intern =
            |group: &[crate::module::SubType], offset| engine.register_rec_group(group, offset);
        let (info, (offsets, code)) =
            parse::parse_module(source, engine.config().features, &intern, |info, bodies| {
                let offsets = VMOffsets::new(info);
                let compiler = Compiler {
                    engine,
                    info,
                    offsets: &offsets,
                };
                let code = compiler.compile_all(bodies)?;
                Ok((offsets, code))
            })?;
        // A parse error anywhere in the module takes precedence over a compile error.
        let code = code?.finish(&info)?;
        Ok(Module {
            inner: Arc::new(ModuleInner {
                engine: engine.clone(),
                info,
                offsets,
                code,
            }),
        })
    }

    /// The engine that compiled the module; only its stores can instantiate it.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
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

    /// Number of calls in the module's code that have a stack map (some frame slot
    /// holds a reference while the callee runs). For the collector's tests.
    #[doc(hidden)]
    pub fn stack_map_count(&self) -> usize {
        self.inner.code.stack_map_count()
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

/// Wasm bytes of function bodies compiled as one task on the rayon pool.
const BATCH_BYTES: usize = 32 << 10;

/// Linked code, or the first compile error in definition order. Kept apart from parse
/// errors, which are reported first even when they come later in the module.
type Compiled = CompileResult<CodeBuilder>;

/// What compiling any body of one module needs.
struct Compiler<'a> {
    engine: &'a Engine,
    info: &'a ModuleInfo,
    offsets: &'a VMOffsets,
}

impl Compiler<'_> {
    /// Compiles every body as it is parsed: on the rayon pool if configured and the code
    /// section is bigger than one batch, else on this thread. The output is identical
    /// either way.
    fn compile_all(&self, bodies: &mut Bodies<'_>) -> CompileResult<Compiled> {
        let size = bodies.code_section().size as usize;
        if self.engine.config().parallel_compilation && size > BATCH_BYTES {
            self.compile_in_parallel(bodies)
        } else {
            self.compile_serially(bodies)
        }
    }

    fn compile_serially(&self, bodies: &mut Bodies<'_>) -> CompileResult<Compiled> {
        let mut builder = CodeBuilder::new(bodies.code_section().size as usize)?;
        let mut failure = None;
        let mut next = DefinedFuncIndex::new(0);
        let mut compiler = self.function_compiler();
        bodies.for_each(|body| {
            let defined = next;
            next = DefinedFuncIndex::new(next.index() + 1);
            if failure.is_none() {
                let linked = compiler
                    .compile(self.info.func_index(defined), body)
                    .and_then(|function| builder.push(&function));
                failure = linked.err();
            }
            Ok(())
        })?;
        Ok(match failure {
            Some(error) => Err(error),
            None => Ok(builder),
        })
    }

    /// Hands batches of bodies to the pool while parsing on; each finished batch is
    /// linked as soon as the batches before it are.
    fn compile_in_parallel(&self, bodies: &mut Bodies<'_>) -> CompileResult<Compiled> {
        let linking = Mutex::new(Linking {
            builder: CodeBuilder::new(bodies.code_section().size as usize)?,
            next: 0,
            ready: BTreeMap::new(),
            failure: None,
        });
        let failed_at = AtomicUsize::new(usize::MAX);
        let mut batches = 0;
        let mut batch = Batch::new(0);
        rayon::in_place_scope_fifo(|scope| {
            let mut spawn = |batch: Batch| {
                let (linking, failed_at) = (&linking, &failed_at);
                let index = batches;
                batches += 1;
                scope.spawn_fifo(move |_| {
                    let functions = self.compile_batch(batch, linking, failed_at);
                    lock(linking).link(index, functions, failed_at);
                });
            };
            let parsed = bodies.for_each(|body| {
                batch.add(body);
                if batch.bytes.len() >= BATCH_BYTES {
                    let first = batch.first + batch.bodies.len();
                    spawn(std::mem::replace(&mut batch, Batch::new(first)));
                }
                Ok(())
            });
            if parsed.is_err() {
                // The parse error is what gets reported: batches still queued need not
                // compile more than their first function.
                failed_at.store(0, Ordering::Relaxed);
            }
            parsed?;
            if !batch.bodies.is_empty() {
                spawn(batch);
            }
            CompileResult::Ok(())
        })?;
        let linking = linking
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, error)) = linking.failure {
            return Ok(Err(error));
        }
        if linking.next != batches || !linking.ready.is_empty() {
            return Err(CompileError::internal("a compiled batch was not linked"));
        }
        Ok(Ok(linking.builder))
    }

    /// Compiles the bodies of `batch` up to the first error (recorded in `linking`); skips
    /// them if an earlier function already failed.
    fn compile_batch(
        &self,
        batch: Batch,
        linking: &Mutex<Linking>,
        failed_at: &AtomicUsize,
    ) -> Vec<CompiledFunction> {
        let mut functions = Vec::with_capacity(batch.bodies.len());
        let mut compiler = self.function_compiler();
        for (i, (range, offset, validator)) in batch.bodies.into_iter().enumerate() {
            let index = batch.first + i;
            if index > failed_at.load(Ordering::Relaxed) {
                break;
            }
            let body = PendingBody {
                bytes: BodyBytes(&batch.bytes[range]),
                offset,
                validator,
            };
            let func = self.info.func_index(DefinedFuncIndex::new(index));
            match compiler.compile(func, body) {
                Ok(function) => functions.push(function),
                Err(error) => {
                    lock(linking).fail(index, error, failed_at);
                    break;
                }
            }
        }
        functions
    }

    /// A compiler for this module's bodies, for use on one thread.
    fn function_compiler(&self) -> FunctionCompiler<'_> {
        FunctionCompiler::new(FuncEnv {
            info: self.info,
            offsets: self.offsets,
            func: FuncIndex::new(0),
            simd_encoding: self.engine.config().simd_encoding,
            relaxed_simd: self.engine.config().relaxed_simd,
        })
    }
}

/// Bodies compiled by one task, their bytes copied into one buffer.
struct Batch {
    /// Defined-function index of the first body.
    first: usize,
    bytes: Vec<u8>,
    /// Each body: its bytes in `bytes`, its offset in the module and its validator.
    bodies: Vec<(Range<usize>, usize, FuncToValidate<ValidatorResources>)>,
}

impl Batch {
    fn new(first: usize) -> Self {
        Batch {
            first,
            bytes: Vec::with_capacity(BATCH_BYTES * 2),
            bodies: Vec::new(),
        }
    }

    fn add(&mut self, body: PendingBody<'_>) {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(body.bytes.0);
        self.bodies
            .push((start..self.bytes.len(), body.offset, body.validator));
    }
}

/// Batches waiting to be linked in order, and the first failure.
struct Linking {
    builder: CodeBuilder,
    /// Index of the next batch to link.
    next: usize,
    /// Finished batches that follow one still being compiled.
    ready: BTreeMap<usize, Vec<CompiledFunction>>,
    /// The failing function with the lowest index, and its error.
    failure: Option<(usize, CompileError)>,
}

impl Linking {
    /// Takes batch `index`'s functions and links every batch that is now next in line.
    fn link(&mut self, index: usize, functions: Vec<CompiledFunction>, failed_at: &AtomicUsize) {
        if self.failure.is_some() {
            return;
        }
        self.ready.insert(index, functions);
        while let Some(functions) = self.ready.remove(&self.next) {
            for function in &functions {
                let first = self.builder.functions_linked();
                if let Err(error) = self.builder.push(function) {
                    self.fail(first, error, failed_at);
                    return;
                }
            }
            self.next += 1;
        }
    }

    /// Records that function `index` failed, keeping the earliest failure.
    fn fail(&mut self, index: usize, error: CompileError, failed_at: &AtomicUsize) {
        if self.failure.as_ref().is_none_or(|(at, _)| index < *at) {
            self.failure = Some((index, error));
        }
        self.ready.clear();
        failed_at.fetch_min(index, Ordering::Relaxed);
    }
}

/// Locks `linking`; a panic while it was held (a compiler bug, resumed by the scope)
/// leaves nothing worth protecting.
fn lock(linking: &Mutex<Linking>) -> std::sync::MutexGuard<'_, Linking> {
    linking
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Whether `bytes` can be WebAssembly text: UTF-8 without the binary magic and without
/// control characters other than tab, line feed and carriage return.
fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes.starts_with(b"\0asm")
        && std::str::from_utf8(bytes).is_ok_and(|text| {
            text.chars()
                .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        })
}

#[cfg(test)]
mod tests {
    use super::looks_like_text;

    #[test]
    fn text_is_utf8_without_control_characters_or_magic() {
        assert!(looks_like_text(b"(module)\n\t(func)\r\n"));
        assert!(looks_like_text("(module) ;; é".as_bytes()));
        assert!(!looks_like_text(b"\0asm\x01\0\0\0"));
        assert!(!looks_like_text(b"(module)\x00"));
        assert!(!looks_like_text(b"\x01\x02garbage"));
        assert!(!looks_like_text(&[0xff, 0xfe, 0x28]));
    }
}
