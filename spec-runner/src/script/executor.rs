//! The state of a running script and one function per directive.

use super::custom_sections;
use super::wast_input::{arg_value, encode, EncodeError};
use super::{Compat, ScriptOptions};
use crate::engine::{
    CompileErrorKind, Engine, EngineError, InstanceId, InstantiateError, ModuleId, Outcome,
    SharedExport, ThreadEngine,
};
use crate::matching::{check_result, describe_expected, FuncIdentity, Mismatch};
use crate::messages;
use crate::report::Failure;
use crate::value::{format_values, Value};
use std::collections::HashMap;
use wast::token::{Id, Index};
use wast::{QuoteWat, WastDirective, WastExecute, WastInvoke, WastRet, Wat};

/// Why a directive failed, with what is needed to show the module or code.
#[derive(Debug)]
pub(super) struct Failed {
    message: String,
    /// The module the directive was about, for `--show-wat`.
    module: Option<ModuleId>,
    /// The bytes of a module the engine rejected, for `--show-wat`.
    rejected_bytes: Option<Vec<u8>>,
    /// The function the directive called, for `--show-asm`.
    function: Option<(InstanceId, String)>,
}

impl Failed {
    pub(super) fn new(message: impl Into<String>) -> Self {
        Failed {
            message: message.into(),
            module: None,
            rejected_bytes: None,
            function: None,
        }
    }

    /// Why the directive failed.
    pub(super) fn message(&self) -> &str {
        &self.message
    }

    fn with_module(mut self, module: ModuleId) -> Self {
        self.module.get_or_insert(module);
        self
    }
}

impl From<EngineError> for Failed {
    fn from(error: EngineError) -> Self {
        Failed::new(error.0)
    }
}

pub(super) type Verdict = Result<(), Failed>;

impl From<EncodeError> for Failed {
    fn from(error: EncodeError) -> Self {
        match error {
            EncodeError::Malformed(message) => {
                Failed::new(format!("module text does not encode: {message}"))
            }
            EncodeError::Component => Failed::new("components are not supported"),
        }
    }
}

/// The state of one running script.
pub(super) struct Script<'e> {
    engine: &'e mut dyn Engine,
    options: &'e ScriptOptions,
    /// The instance unnamed directives act on: the last one created by `module`.
    current: Option<InstanceId>,
    instances: HashMap<String, InstanceId>,
    definitions: HashMap<String, ModuleId>,
    last_definition: Option<ModuleId>,
    /// Which module each instance came from, for `--show-wat`.
    instance_modules: HashMap<InstanceId, ModuleId>,
    /// Module bytes by handle, kept only for `--show-wat`.
    module_bytes: HashMap<ModuleId, Vec<u8>>,
    /// The function names of each module's name section, for `(ref.func $name)`.
    func_names: HashMap<ModuleId, HashMap<String, u32>>,
    /// In a thread: the exports of the modules it shares with its parent, by id.
    shared: HashMap<String, Vec<SharedExport>>,
}

impl<'e> Script<'e> {
    pub(super) fn new(engine: &'e mut dyn Engine, options: &'e ScriptOptions) -> Self {
        Script {
            engine,
            options,
            current: None,
            instances: HashMap::new(),
            definitions: HashMap::new(),
            last_definition: None,
            instance_modules: HashMap::new(),
            module_bytes: HashMap::new(),
            func_names: HashMap::new(),
            shared: HashMap::new(),
        }
    }

    pub(super) fn run(&mut self, directive: WastDirective<'_>) -> Verdict {
        match directive {
            WastDirective::Module(module) => self.module(module),
            WastDirective::ModuleDefinition(module) => self.module_definition(module),
            WastDirective::ModuleInstance {
                instance, module, ..
            } => self.module_instance(instance, module),
            WastDirective::Register { name, module, .. } => self.register(name, module),
            WastDirective::Invoke(invoke) => self.invoke(invoke),
            WastDirective::AssertReturn { exec, results, .. } => self.assert_return(exec, &results),
            WastDirective::AssertTrap { exec, message, .. } => self.assert_trap(exec, message),
            WastDirective::AssertExhaustion { call, message, .. } => {
                self.assert_exhaustion(call, message)
            }
            WastDirective::AssertException { exec, .. } => self.assert_exception(exec),
            WastDirective::AssertInvalid {
                module, message, ..
            } => self.assert_invalid(module, message),
            WastDirective::AssertMalformed {
                module, message, ..
            } => self.assert_malformed(module, message),
            WastDirective::AssertUnlinkable {
                module, message, ..
            } => self.assert_unlinkable(module, message),
            WastDirective::AssertInvalidCustom {
                module, message, ..
            } => self.assert_invalid_custom(module, message),
            WastDirective::AssertMalformedCustom {
                module, message, ..
            } => self.assert_malformed_custom(module, message),
            WastDirective::AssertSuspension { exec, message, .. } => {
                self.assert_suspension(exec, message)
            }
            WastDirective::Thread(_) | WastDirective::Wait { .. } => {
                unreachable!("`thread` and `wait` are run by `threads::Threads`")
            }
        }
    }

    /// The options the script runs with.
    pub(super) fn options(&self) -> &'e ScriptOptions {
        self.options
    }

    /// An engine for a `thread` directive (see [`Engine::thread_engine`]).
    pub(super) fn thread_engine(&self) -> Result<ThreadEngine, Failed> {
        self.engine
            .thread_engine()
            .map_err(|error| Failed::new(format!("the engine cannot run threads: {}", error.0)))
    }

    /// What a thread sharing `module` may import of it.
    pub(super) fn shared_exports(&self, module: Id<'_>) -> Result<Vec<SharedExport>, Failed> {
        let instance = self.lookup_instance(Some(module))?;
        Ok(self.engine.shared_exports(instance)?)
    }

    /// Makes `exports`, shared by the script that started this thread, the module `$name`
    /// of this script: it can be registered (its functions cannot be called here).
    pub(super) fn share(&mut self, name: String, exports: Vec<SharedExport>) {
        self.shared.insert(name, exports);
    }

    /// Turns a failure into its report entry, attaching WAT and machine code on request.
    pub(super) fn failure(&self, line: u32, column: u32, kind: &str, failed: Failed) -> Failure {
        let mut failure = Failure::new(line, column, kind, failed.message);
        if self.options.show_wat {
            let module = failed.module.or_else(|| {
                let (instance, _) = failed.function.as_ref()?;
                self.instance_modules.get(instance).copied()
            });
            let kept = module.and_then(|module| self.module_bytes.get(&module));
            let bytes = kept.or(failed.rejected_bytes.as_ref());
            failure.wat = bytes.map(|bytes| {
                wasmprinter::print_bytes(bytes)
                    .unwrap_or_else(|error| format!("(module text unavailable: {error})"))
            });
        }
        if self.options.show_asm {
            failure.asm = failed
                .function
                .as_ref()
                .and_then(|(instance, name)| self.engine.show_asm(*instance, name));
        }
        failure
    }

    // ---- module lifecycle -------------------------------------------------

    fn module(&mut self, mut module: QuoteWat<'_>) -> Verdict {
        let name = module.name().map(|id| id.name().to_owned());
        let instantiated = self.define(&mut module).and_then(|module_id| {
            self.instantiate(module_id, name.as_deref())
                .map(drop)
                .map_err(|error| {
                    Failed::new(format!("module failed to instantiate: {error}"))
                        .with_module(module_id)
                })
        });
        if instantiated.is_err() {
            self.forget_failed_instance(name.as_deref());
        }
        instantiated
    }

    /// After a module failed, directives meant for it must not silently run
    /// on an older instance instead.
    fn forget_failed_instance(&mut self, name: Option<&str>) {
        self.current = None;
        if let Some(name) = name {
            self.instances.remove(name);
        }
    }

    fn module_definition(&mut self, mut module: QuoteWat<'_>) -> Verdict {
        let module_id = self.define(&mut module)?;
        if let Some(name) = module.name() {
            self.definitions.insert(name.name().to_owned(), module_id);
        }
        self.last_definition = Some(module_id);
        Ok(())
    }

    fn module_instance(&mut self, instance: Option<Id<'_>>, module: Option<Id<'_>>) -> Verdict {
        let module_id =
            match module {
                Some(id) => self.definitions.get(id.name()).copied().ok_or_else(|| {
                    Failed::new(format!("no module definition named ${}", id.name()))
                })?,
                None => self
                    .last_definition
                    .ok_or_else(|| Failed::new("no module definition to instantiate"))?,
            };
        let name = instance.map(|id| id.name());
        let instantiated = self
            .instantiate(module_id, name)
            .map(drop)
            .map_err(|error| {
                Failed::new(format!("module failed to instantiate: {error}")).with_module(module_id)
            });
        if instantiated.is_err() {
            self.forget_failed_instance(name);
        }
        instantiated
    }

    fn register(&mut self, as_name: &str, module: Option<Id<'_>>) -> Verdict {
        if let Some(exports) = module.and_then(|id| self.shared.get(id.name())) {
            self.engine.define_shared(as_name, exports)?;
            return Ok(());
        }
        let instance = self.lookup_instance(module)?;
        self.engine.register(as_name, instance)?;
        Ok(())
    }

    /// Encodes and compiles a module; any failure fails the directive.
    fn define(&mut self, module: &mut QuoteWat<'_>) -> Result<ModuleId, Failed> {
        let bytes = encode(module).map_err(Failed::from)?;
        match self.engine.compile(&bytes) {
            Ok(module_id) => {
                self.func_names.insert(module_id, function_names(&bytes));
                self.remember_bytes(module_id, bytes);
                Ok(module_id)
            }
            Err(error) => Err(Failed {
                rejected_bytes: self.options.show_wat.then_some(bytes),
                ..Failed::new(format!("module failed to compile: {}", error.message))
            }),
        }
    }

    fn remember_bytes(&mut self, module: ModuleId, bytes: Vec<u8>) {
        if self.options.show_wat {
            self.module_bytes.insert(module, bytes);
        }
    }

    /// Instantiates a compiled module; it becomes the current instance, and
    /// is registered under `name` if it has one.
    fn instantiate(
        &mut self,
        module: ModuleId,
        name: Option<&str>,
    ) -> Result<InstanceId, InstantiateError> {
        let instance = self.engine.instantiate(module)?;
        self.instance_modules.insert(instance, module);
        self.current = Some(instance);
        if let Some(name) = name {
            self.instances.insert(name.to_owned(), instance);
            if self.options.compat == Compat::Wasmtime {
                // wasmtime's runner makes a named instance importable under its name.
                self.engine
                    .register(name, instance)
                    .map_err(|error| InstantiateError::Other(error.0))?;
            }
        }
        Ok(instance)
    }

    fn lookup_instance(&self, module: Option<Id<'_>>) -> Result<InstanceId, Failed> {
        match module {
            Some(id) => self
                .instances
                .get(id.name())
                .copied()
                .ok_or_else(|| Failed::new(format!("no instance named ${}", id.name()))),
            None => self.current.ok_or_else(|| {
                Failed::new("no current module instance (did the last module fail?)")
            }),
        }
    }

    // ---- execution ------------------------------------------------------

    fn invoke(&mut self, invoke: WastInvoke<'_>) -> Verdict {
        let (outcome, function) = self.call(&invoke)?;
        match outcome {
            Outcome::Returned(_) => Ok(()),
            other => Err(self.unexpected(
                function,
                format!(
                    "expected the call to return, got {}",
                    describe_outcome(&other)
                ),
            )),
        }
    }

    fn call(&mut self, invoke: &WastInvoke<'_>) -> Result<(Outcome, (InstanceId, String)), Failed> {
        let instance = self.lookup_instance(invoke.module)?;
        let args = invoke
            .args
            .iter()
            .map(arg_value)
            .collect::<Result<Vec<_>, _>>()
            .map_err(Failed::new)?;
        let function = (instance, invoke.name.to_owned());
        let outcome = self
            .engine
            .invoke(instance, invoke.name, &args)
            .map_err(|error| Failed {
                function: Some(function.clone()),
                ..Failed::from(error)
            })?;
        Ok((outcome, function))
    }

    /// Runs the action of an assertion: a call, a global read, or an anonymous
    /// module instantiation (which does not become the current instance).
    fn execute(&mut self, exec: WastExecute<'_>) -> Result<(Outcome, Context), Failed> {
        match exec {
            WastExecute::Invoke(invoke) => {
                let (outcome, function) = self.call(&invoke)?;
                Ok((outcome, Context::Function(function)))
            }
            WastExecute::Get { module, global, .. } => {
                let instance = self.lookup_instance(module)?;
                let value = self.engine.get_global(instance, global)?;
                Ok((Outcome::Returned(vec![value]), Context::Global(instance)))
            }
            WastExecute::Wat(module) => {
                let mut module = QuoteWat::Wat(module);
                let module_id = self.define(&mut module)?;
                let outcome = match self.engine.instantiate(module_id) {
                    Ok(_) => Outcome::Returned(Vec::new()),
                    Err(InstantiateError::Trapped(trap)) => Outcome::Trapped(trap),
                    Err(InstantiateError::Exception) => Outcome::Exception,
                    Err(error) => {
                        return Err(
                            Failed::new(format!("module failed to instantiate: {error}"))
                                .with_module(module_id),
                        )
                    }
                };
                Ok((outcome, Context::Module(module_id)))
            }
        }
    }

    fn unexpected(&self, function: (InstanceId, String), message: String) -> Failed {
        Failed {
            function: Some(function),
            ..Failed::new(message)
        }
    }

    fn assert_return(&mut self, exec: WastExecute<'_>, expected: &[WastRet<'_>]) -> Verdict {
        let (outcome, context) = self.execute(exec)?;
        let wanted = describe_all(expected);
        let instance = context.instance();
        let mut identity = InstanceFunctions {
            engine: &mut *self.engine,
            instance,
            names: instance
                .and_then(|instance| self.instance_modules.get(&instance))
                .and_then(|module| self.func_names.get(module)),
        };
        let verdict = match &outcome {
            Outcome::Returned(values) => {
                check_results(values, expected, &mut identity).map_err(|reason| match reason {
                    Mismatch::Value => format!("expected {wanted} got {}", format_values(values)),
                    Mismatch::Unresolved(why) => format!("expected {wanted}, but {why}"),
                    Mismatch::Unsupported(why) => format!("cannot check the result: {why}"),
                })
            }
            other => Err(format!("expected {wanted} got {}", describe_outcome(other))),
        };
        verdict.map_err(|message| context.attach(Failed::new(message)))
    }

    fn assert_trap(&mut self, exec: WastExecute<'_>, message: &str) -> Verdict {
        let (outcome, context) = self.execute(exec)?;
        expect_trap(&outcome, message, self.options.strict_messages)
            .map_err(|message| context.attach(Failed::new(message)))
    }

    fn assert_exhaustion(&mut self, call: WastInvoke<'_>, message: &str) -> Verdict {
        let (outcome, function) = self.call(&call)?;
        expect_trap(&outcome, message, self.options.strict_messages)
            .map_err(|message| self.unexpected(function, message))
    }

    /// Under `--strict-messages`, fails unless the engine's `actual` message contains
    /// the `expected` text.
    fn check_message(&self, what: &str, expected: &str, actual: &str) -> Result<(), String> {
        if !self.options.strict_messages || messages::matches(actual, expected) {
            Ok(())
        } else {
            Err(format!(
                "expected {what} (\"{expected}\"), the engine agrees but says \"{actual}\""
            ))
        }
    }

    /// Passes when the action suspends to the host with the expected tag (stack
    /// switching). None of the engines implements stack switching, so whatever the
    /// action does instead is reported as the engine's outcome.
    fn assert_suspension(&mut self, exec: WastExecute<'_>, message: &str) -> Verdict {
        let (outcome, context) = self.execute(exec)?;
        Err(context.attach(Failed::new(format!(
            "expected a suspension (\"{message}\"), got {} (the engine implements no stack switching)",
            describe_outcome(&outcome)
        ))))
    }

    fn assert_exception(&mut self, exec: WastExecute<'_>) -> Verdict {
        let (outcome, context) = self.execute(exec)?;
        match outcome {
            Outcome::Exception => Ok(()),
            other => Err(context.attach(Failed::new(format!(
                "expected an uncaught exception, got {}",
                describe_outcome(&other)
            )))),
        }
    }

    // ---- module assertions -------------------------------------------------

    fn assert_invalid(&mut self, mut module: QuoteWat<'_>, message: &str) -> Verdict {
        let bytes = match encode(&mut module) {
            Ok(bytes) => bytes,
            Err(EncodeError::Malformed(error)) => {
                return Err(Failed::new(format!("expected invalid (\"{message}\"), but the text was rejected before reaching the engine: {error}")));
            }
            Err(component @ EncodeError::Component) => return Err(component.into()),
        };
        self.expect_compile_error(bytes, "invalid", message)
    }

    fn assert_malformed(&mut self, mut module: QuoteWat<'_>, message: &str) -> Verdict {
        match encode(&mut module) {
            Ok(bytes) => self.expect_compile_error(bytes, "malformed", message),
            Err(EncodeError::Malformed(_)) => Ok(()),
            Err(component @ EncodeError::Component) => Err(component.into()),
        }
    }

    /// Passes when the text's custom annotations (`@custom`, `@name`, branch hints) are
    /// rejected by the text front end; the engine never sees such a module.
    fn assert_malformed_custom(&mut self, mut module: QuoteWat<'_>, message: &str) -> Verdict {
        match encode(&mut module) {
            Ok(bytes) => Err(Failed {
                rejected_bytes: Some(bytes),
                ..Failed::new(format!(
                    "expected a malformed custom annotation (\"{message}\"), but the text encoded"
                ))
            }),
            Err(EncodeError::Malformed(_)) => Ok(()),
            Err(component @ EncodeError::Component) => Err(component.into()),
        }
    }

    /// Passes when the module's custom sections break their own rules
    /// ([`custom_sections::check`]) while the engine still accepts the module: a custom
    /// section never makes a module invalid for an engine, which may ignore it.
    fn assert_invalid_custom(&mut self, mut module: QuoteWat<'_>, message: &str) -> Verdict {
        let bytes = match encode(&mut module) {
            Ok(bytes) => bytes,
            Err(EncodeError::Malformed(error)) => {
                return Err(Failed::new(format!("expected an invalid custom section (\"{message}\"), but the text was rejected: {error}")));
            }
            Err(component @ EncodeError::Component) => return Err(component.into()),
        };
        let verdict = custom_sections::check(&bytes);
        let module = self.engine.compile(&bytes).map_err(|error| Failed {
            rejected_bytes: Some(bytes.clone()),
            ..Failed::new(format!(
                "expected a module with an invalid custom section (\"{message}\") that the engine accepts, but it was rejected: {}",
                error.message
            ))
        })?;
        self.remember_bytes(module, bytes);
        match verdict {
            Err(_) => Ok(()),
            Ok(()) => Err(Failed::new(format!(
                "expected an invalid custom section (\"{message}\"), but its custom sections follow their rules"
            ))
            .with_module(module)),
        }
    }

    /// Passes when the engine rejects the module as invalid; an engine that
    /// merely does not support it has not shown the module is wrong.
    fn expect_compile_error(
        &mut self,
        bytes: Vec<u8>,
        expectation: &str,
        message: &str,
    ) -> Verdict {
        match self.engine.compile(&bytes) {
            Err(error) if error.kind == CompileErrorKind::Invalid => self
                .check_message(expectation, message, &error.message)
                .map_err(|why| Failed {
                    rejected_bytes: self.options.show_wat.then_some(bytes),
                    ..Failed::new(why)
                }),
            Err(error) => Err(Failed::new(format!(
                "expected {expectation} (\"{message}\"), got unsupported: {}",
                error.message
            ))),
            Ok(module) => {
                self.remember_bytes(module, bytes);
                Err(Failed::new(format!(
                    "expected {expectation} (\"{message}\"), but the module compiled"
                ))
                .with_module(module))
            }
        }
    }

    fn assert_unlinkable(&mut self, module: Wat<'_>, message: &str) -> Verdict {
        let mut module = QuoteWat::Wat(module);
        let module_id = self.define(&mut module)?;
        let failed = |what: String| {
            Failed::new(format!("expected unlinkable (\"{message}\"), {what}"))
                .with_module(module_id)
        };
        match self.engine.instantiate(module_id) {
            Err(InstantiateError::Unlinkable(actual)) => self
                .check_message("unlinkable", message, &actual)
                .map_err(|why| Failed::new(why).with_module(module_id)),
            Ok(_) => Err(failed("but the module instantiated".into())),
            Err(other) => Err(failed(format!("got {other}"))),
        }
    }
}

/// What an assertion's action was about, for attaching WAT or machine code and for
/// resolving `(ref.func N)` results.
enum Context {
    Function((InstanceId, String)),
    Global(InstanceId),
    Module(ModuleId),
}

impl Context {
    fn attach(self, mut failed: Failed) -> Failed {
        match self {
            Context::Function(function) => failed.function = Some(function),
            Context::Module(module) => failed.module = Some(module),
            Context::Global(_) => {}
        }
        failed
    }

    /// The instance the action ran in, if any.
    fn instance(&self) -> Option<InstanceId> {
        match self {
            Context::Function((instance, _)) | Context::Global(instance) => Some(*instance),
            Context::Module(_) => None,
        }
    }
}

/// Resolves `(ref.func N)` results in the instance an action ran in: `N` is an index
/// of its module's function index space or a name from its name section, and the
/// engine says whether a reference is that function.
struct InstanceFunctions<'a> {
    engine: &'a mut dyn Engine,
    instance: Option<InstanceId>,
    names: Option<&'a HashMap<String, u32>>,
}

impl FuncIdentity for InstanceFunctions<'_> {
    fn is_function(&mut self, actual: &Value, index: &Index<'_>) -> Result<bool, String> {
        let instance = self
            .instance
            .ok_or("the action ran in no instance to look the function up in")?;
        let index = match index {
            Index::Num(index, _) => *index,
            Index::Id(id) => self
                .names
                .and_then(|names| names.get(id.name()))
                .copied()
                .ok_or_else(|| format!("the module has no function named ${}", id.name()))?,
        };
        self.engine
            .func_ref_is(instance, index, actual)
            .map_err(|error| error.0)
    }
}

/// The function names of a module's name section (without the `$`); empty when it has
/// none or the section does not decode.
fn function_names(wasm: &[u8]) -> HashMap<String, u32> {
    let mut names = HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let Ok(wasmparser::Payload::CustomSection(section)) = payload else {
            continue;
        };
        let wasmparser::KnownCustom::Name(reader) = section.as_known() else {
            continue;
        };
        for name in reader.into_iter().flatten() {
            if let wasmparser::Name::Function(map) = name {
                for naming in map.into_iter().flatten() {
                    names.insert(naming.name.to_owned(), naming.index);
                }
            }
        }
    }
    names
}

fn check_results(
    values: &[Value],
    expected: &[WastRet<'_>],
    identity: &mut dyn FuncIdentity,
) -> Result<(), Mismatch> {
    if values.len() != expected.len() {
        return Err(Mismatch::Value);
    }
    values
        .iter()
        .zip(expected)
        .try_for_each(|(value, expected)| check_result(value, expected, identity))
}

/// Whether `outcome` is the trap an `assert_trap` expects: judged by its kind
/// ([`crate::value::Trap::matches_message`]), and under `strict` by the engine's own
/// message too.
fn expect_trap(outcome: &Outcome, message: &str, strict: bool) -> Result<(), String> {
    match outcome {
        Outcome::Trapped(trap) if strict && !trap.kind.is_resource_limit() => {
            if messages::matches(&trap.message, message) {
                Ok(())
            } else if trap.matches_message(message) {
                Err(format!(
                    "expected trap \"{message}\", the engine traps so but says \"{}\"",
                    trap.message
                ))
            } else {
                Err(format!("expected trap \"{message}\" got {trap}"))
            }
        }
        Outcome::Trapped(trap) if trap.matches_message(message) => Ok(()),
        other => Err(format!(
            "expected trap \"{message}\" got {}",
            describe_outcome(other)
        )),
    }
}

fn describe_all(expected: &[WastRet<'_>]) -> String {
    let items: Vec<String> = expected.iter().map(describe_expected).collect();
    format!("[{}]", items.join(", "))
}

fn describe_outcome(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Returned(values) => format_values(values),
        Outcome::Trapped(trap) => trap.to_string(),
        Outcome::Exception => "an uncaught exception".into(),
    }
}
