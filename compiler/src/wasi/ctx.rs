//! The state a WASI program runs with: arguments, environment, standard streams, the
//! preopened directory and the table of open descriptors.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use super::errno::Errno;
use super::fs::{Descriptor, DirHandle, PathResolution};
use crate::runtime::vm::VMStoreContext;

/// An in-memory sink for a standard stream; clones share the same buffer.
#[derive(Clone, Debug, Default)]
pub struct OutputPipe(Rc<RefCell<Vec<u8>>>);

impl OutputPipe {
    /// An empty pipe.
    pub fn new() -> Self {
        Self::default()
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.0.borrow().clone()
    }
}

/// Where `stdout` or `stderr` goes.
#[derive(Clone, Debug, Default)]
pub enum Output {
    /// The host process's own stream.
    Inherit,
    /// An in-memory buffer.
    Pipe(OutputPipe),
    /// Discarded.
    #[default]
    Null,
}

impl Output {
    /// Writes all of `bytes`; `fd` is 1 or 2 and picks the host stream for `Inherit`.
    pub(crate) fn write(&self, fd: u32, bytes: &[u8]) -> Result<(), Errno> {
        match self {
            // Flushed at once, so a guest's partial lines show up as they are written.
            Output::Inherit if fd == 1 => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(bytes)?;
                stdout.flush()?;
            }
            Output::Inherit => std::io::stderr().write_all(bytes)?,
            Output::Pipe(pipe) => pipe.0.borrow_mut().extend_from_slice(bytes),
            Output::Null => {}
        }
        Ok(())
    }
}

/// Where `stdin` reads from.
#[derive(Debug, Default)]
pub enum Input {
    /// The host process's standard input.
    Inherit,
    /// These bytes, then end of file.
    Bytes(std::io::Cursor<Vec<u8>>),
    /// Immediately at end of file.
    #[default]
    Empty,
}

impl Input {
    /// Reads up to `buffer.len()` bytes.
    pub(crate) fn read(&mut self, buffer: &mut [u8]) -> Result<usize, Errno> {
        Ok(match self {
            Input::Inherit => std::io::stdin().read(buffer)?,
            Input::Bytes(cursor) => cursor.read(buffer)?,
            Input::Empty => 0,
        })
    }
}

/// The WASI state of one program. Build it with the `with_*` methods, then hand it to
/// [`add_to_linker`](super::add_to_linker).
#[derive(Debug)]
pub struct WasiCtx {
    pub(crate) args: Vec<Vec<u8>>,
    pub(crate) env: Vec<Vec<u8>>,
    pub(crate) stdin: Input,
    pub(crate) stdout: Output,
    pub(crate) stderr: Output,
    pub(crate) fds: BTreeMap<u32, Descriptor>,
    pub(crate) resolution: PathResolution,
    /// The interrupt flag of the store the functions were defined in (set by
    /// [`add_to_linker`](super::add_to_linker)); sleeps watch it.
    pub(crate) interrupt: Option<Arc<VMStoreContext>>,
}

impl Default for WasiCtx {
    fn default() -> Self {
        Self::new()
    }
}

/// The first descriptor number after the standard streams.
const FIRST_FREE_FD: u32 = 3;

impl WasiCtx {
    /// No arguments, no environment, empty stdin, discarded output, no directories.
    pub fn new() -> Self {
        let fds = [
            (0, Descriptor::Stdin),
            (1, Descriptor::Stdout),
            (2, Descriptor::Stderr),
        ];
        WasiCtx {
            args: Vec::new(),
            env: Vec::new(),
            stdin: Input::Empty,
            stdout: Output::Null,
            stderr: Output::Null,
            fds: fds.into_iter().collect(),
            resolution: PathResolution::Auto,
            interrupt: None,
        }
    }

    /// Sets the arguments (the first is conventionally the program name).
    pub fn with_args<S: AsRef<str>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.args = args.into_iter().map(|arg| arg.as_ref().into()).collect();
        self
    }

    /// Adds the environment variable `key=value`.
    pub fn with_env(mut self, key: &str, value: &str) -> Self {
        self.env.push(format!("{key}={value}").into_bytes());
        self
    }

    /// Sets where standard input comes from.
    pub fn with_stdin(mut self, input: Input) -> Self {
        self.stdin = input;
        self
    }

    /// Sets where standard output goes.
    pub fn with_stdout(mut self, output: Output) -> Self {
        self.stdout = output;
        self
    }

    /// Sets where standard error goes.
    pub fn with_stderr(mut self, output: Output) -> Self {
        self.stderr = output;
        self
    }

    /// Connects all three standard streams to the host process's.
    pub fn inherit_stdio(self) -> Self {
        self.with_stdin(Input::Inherit)
            .with_stdout(Output::Inherit)
            .with_stderr(Output::Inherit)
    }

    /// Sets how guest paths are resolved beneath directories (the default,
    /// [`PathResolution::Auto`], uses `openat2` where the kernel has it).
    pub fn with_path_resolution(mut self, resolution: PathResolution) -> Self {
        self.resolution = resolution;
        self
    }

    /// Preopens host directory `host` under the guest name `guest_name`: the directory
    /// is opened now, and the guest can open files beneath that open directory and
    /// nowhere else, whatever is later renamed or linked on the host.
    pub fn with_preopened_dir(
        mut self,
        host: impl AsRef<Path>,
        guest_name: &str,
    ) -> std::io::Result<Self> {
        let handle = DirHandle::open_host(host.as_ref()).map_err(|error| {
            std::io::Error::new(
                error.kind(),
                format!("{}: {error}", host.as_ref().display()),
            )
        })?;
        self.insert(Descriptor::Preopen {
            dir: handle,
            guest_name: guest_name.to_string(),
        });
        Ok(self)
    }

    /// Adds `descriptor` under the lowest free number.
    pub(crate) fn insert(&mut self, descriptor: Descriptor) -> u32 {
        let fd = (FIRST_FREE_FD..)
            .find(|fd| !self.fds.contains_key(fd))
            .expect("fewer than 2^32 descriptors");
        self.fds.insert(fd, descriptor);
        fd
    }

    /// The descriptor `fd`, or `EBADF`.
    pub(crate) fn get(&mut self, fd: u32) -> Result<&mut Descriptor, Errno> {
        self.fds.get_mut(&fd).ok_or(Errno::BADF)
    }
}
