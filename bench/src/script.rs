//! A tiny call-script language for export-level workloads.
//!
//! A workload such as "fill the hash buffer, call `Hash_Update` 4096 times, read the
//! digest" is data, not code, so that every engine runs exactly the same steps: the Rust
//! engines interpret it through [`Target`], and the V8 driver (`js/driver.mjs`) interprets
//! the same JSON. Only the region between [`Step::StartTimer`] and [`Step::StopTimer`] is
//! timed; [`Step::Read`] appends bytes to the output that is checked afterwards.

use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// An integer operand: a constant, or a bound variable plus an offset.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operand {
    /// A constant.
    Const(i64),
    /// `vars[name] + offset`.
    Var {
        /// Variable name bound by an earlier step.
        name: String,
        /// Added to the variable's value.
        offset: i64,
    },
}

/// An argument passed to an exported function.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// An `i32` argument.
    I32(Operand),
    /// An `i64` argument.
    I64(Operand),
}

/// One step of a script.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Call an export; bind its first (integer) result to `bind` if given.
    Call {
        /// Export name.
        func: String,
        /// Arguments.
        args: Vec<Arg>,
        /// Variable that receives the first result.
        bind: Option<String>,
    },
    /// Read an exported integer global into a variable.
    GlobalGet {
        /// Export name.
        global: String,
        /// Variable that receives the value.
        bind: String,
    },
    /// Write `len` bytes `(i * mul + add) & 255` at `at`.
    Fill {
        /// Start address in the exported `memory`.
        at: Operand,
        /// Number of bytes.
        len: u32,
        /// Multiplier of the byte pattern.
        mul: u32,
        /// Addend of the byte pattern.
        add: u32,
    },
    /// Write literal bytes at `at`.
    Write {
        /// Start address in the exported `memory`.
        at: Operand,
        /// The bytes.
        bytes: Vec<u8>,
    },
    /// Repeat `body` `times` times.
    Repeat {
        /// Repetitions.
        times: u32,
        /// Steps repeated.
        body: Vec<Step>,
    },
    /// Start the clock.
    StartTimer,
    /// Stop the clock.
    StopTimer,
    /// Append `len` bytes of memory at `at` to the output.
    Read {
        /// Start address.
        at: Operand,
        /// Number of bytes.
        len: u32,
    },
    /// Append a variable as 8 little-endian bytes to the output.
    Output {
        /// Variable name.
        name: String,
    },
}

/// A whole script.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Script {
    /// The steps, run in order on a fresh instance whose function imports all trap.
    pub steps: Vec<Step>,
}

/// What running a script produced.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ScriptOutcome {
    /// Time between `start_timer` and `stop_timer`.
    pub seconds: f64,
    /// Bytes appended by `read` and `output` steps.
    pub output: Vec<u8>,
}

/// An instantiated module as a script sees it. Engines that run in this process
/// implement it; the script interpreter is shared.
pub trait Target {
    /// Calls export `func` with integer arguments; returns its integer results.
    fn call(&mut self, func: &str, args: &[Value]) -> Result<Vec<Value>>;
    /// Reads an exported integer global.
    fn global(&mut self, name: &str) -> Result<Value>;
    /// Copies bytes out of the exported `memory`.
    fn read(&mut self, at: u64, out: &mut [u8]) -> Result<()>;
    /// Copies bytes into the exported `memory`.
    fn write(&mut self, at: u64, data: &[u8]) -> Result<()>;
}

/// An integer value crossing the host boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// `i32`.
    I32(i32),
    /// `i64`.
    I64(i64),
}

impl Value {
    fn as_i64(self) -> i64 {
        match self {
            Value::I32(v) => i64::from(v as u32),
            Value::I64(v) => v,
        }
    }
}

/// Runs `script` against `target`.
pub fn run(script: &Script, target: &mut dyn Target) -> Result<ScriptOutcome> {
    let mut state = State::default();
    state.steps(&script.steps, target)?;
    let seconds = match (state.started, state.elapsed) {
        (None, Some(d)) => d.as_secs_f64(),
        _ => bail!("script must contain one start_timer followed by one stop_timer"),
    };
    Ok(ScriptOutcome {
        seconds,
        output: state.output,
    })
}

#[derive(Default)]
struct State {
    vars: HashMap<String, i64>,
    output: Vec<u8>,
    started: Option<Instant>,
    elapsed: Option<Duration>,
}

impl State {
    fn operand(&self, op: &Operand) -> Result<i64> {
        match op {
            Operand::Const(c) => Ok(*c),
            Operand::Var { name, offset } => self
                .vars
                .get(name)
                .map(|v| v + offset)
                .ok_or_else(|| anyhow!("unbound script variable `{name}`")),
        }
    }

    fn steps(&mut self, steps: &[Step], target: &mut dyn Target) -> Result<()> {
        for step in steps {
            self.step(step, target)?;
        }
        Ok(())
    }

    fn step(&mut self, step: &Step, target: &mut dyn Target) -> Result<()> {
        match step {
            Step::Call { func, args, bind } => {
                let args = args
                    .iter()
                    .map(|a| match a {
                        Arg::I32(op) => self.operand(op).map(|v| Value::I32(v as i32)),
                        Arg::I64(op) => self.operand(op).map(Value::I64),
                    })
                    .collect::<Result<Vec<_>>>()?;
                let results = target.call(func, &args)?;
                if let Some(name) = bind {
                    let first = results
                        .first()
                        .ok_or_else(|| anyhow!("`{func}` returned nothing to bind"))?;
                    self.vars.insert(name.clone(), first.as_i64());
                }
            }
            Step::GlobalGet { global, bind } => {
                let v = target.global(global)?.as_i64();
                self.vars.insert(bind.clone(), v);
            }
            Step::Fill { at, len, mul, add } => {
                let data = pattern(*len, *mul, *add);
                target.write(self.operand(at)? as u64, &data)?;
            }
            Step::Write { at, bytes } => target.write(self.operand(at)? as u64, bytes)?,
            Step::Repeat { times, body } => {
                for _ in 0..*times {
                    self.steps(body, target)?;
                }
            }
            Step::StartTimer => self.started = Some(Instant::now()),
            Step::StopTimer => {
                let start = self
                    .started
                    .take()
                    .ok_or_else(|| anyhow!("stop without start"))?;
                self.elapsed = Some(start.elapsed());
            }
            Step::Read { at, len } => {
                let mut buf = vec![0; *len as usize];
                target.read(self.operand(at)? as u64, &mut buf)?;
                self.output.extend_from_slice(&buf);
            }
            Step::Output { name } => {
                let v = self.operand(&Operand::Var {
                    name: name.clone(),
                    offset: 0,
                })?;
                self.output.extend_from_slice(&v.to_le_bytes());
            }
        }
        Ok(())
    }
}

/// The byte pattern of [`Step::Fill`]: `(i * mul + add) & 255`.
pub fn pattern(len: u32, mul: u32, add: u32) -> Vec<u8> {
    (0..len)
        .map(|i| (i.wrapping_mul(mul).wrapping_add(add) & 255) as u8)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with one export `double(x) = 2x` and a 64-byte memory.
    struct Fake {
        memory: Vec<u8>,
        calls: u32,
    }

    impl Target for Fake {
        fn call(&mut self, func: &str, args: &[Value]) -> Result<Vec<Value>> {
            self.calls += 1;
            match (func, args) {
                ("double", [Value::I32(x)]) => Ok(vec![Value::I32(x * 2)]),
                _ => bail!("no export {func}"),
            }
        }
        fn global(&mut self, _: &str) -> Result<Value> {
            Ok(Value::I32(8))
        }
        fn read(&mut self, at: u64, out: &mut [u8]) -> Result<()> {
            out.copy_from_slice(&self.memory[at as usize..at as usize + out.len()]);
            Ok(())
        }
        fn write(&mut self, at: u64, data: &[u8]) -> Result<()> {
            self.memory[at as usize..at as usize + data.len()].copy_from_slice(data);
            Ok(())
        }
    }

    #[test]
    fn steps_bind_fill_repeat_and_read() {
        let var = |name: &str, offset| Operand::Var {
            name: name.into(),
            offset,
        };
        let script = Script {
            steps: vec![
                Step::GlobalGet {
                    global: "base".into(),
                    bind: "b".into(),
                },
                Step::Fill {
                    at: var("b", 0),
                    len: 4,
                    mul: 31,
                    add: 7,
                },
                Step::StartTimer,
                Step::Repeat {
                    times: 3,
                    body: vec![Step::Call {
                        func: "double".into(),
                        args: vec![Arg::I32(var("b", 1))],
                        bind: Some("r".into()),
                    }],
                },
                Step::StopTimer,
                Step::Read {
                    at: var("b", 0),
                    len: 4,
                },
                Step::Output { name: "r".into() },
            ],
        };
        let mut fake = Fake {
            memory: vec![0; 64],
            calls: 0,
        };
        let out = run(&script, &mut fake).unwrap();
        assert_eq!(fake.calls, 3);
        let mut expected = pattern(4, 31, 7);
        expected.extend_from_slice(&18u64.to_le_bytes());
        assert_eq!(out.output, expected);
    }

    #[test]
    fn a_script_without_a_timer_is_an_error() {
        let mut fake = Fake {
            memory: vec![0; 8],
            calls: 0,
        };
        assert!(run(&Script { steps: vec![] }, &mut fake).is_err());
    }
}
