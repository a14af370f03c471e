//! The execution workloads and what each must produce.
//!
//! Recipes and reference results come from the corpus's `MANIFEST.md`: the import-free
//! `hash-wasm-*` modules and `as-sha256-*` run as call scripts, the `sightglass-*` modules
//! as WASI commands, and `fib.wat` (in this crate) as a recursion micro-benchmark.

use crate::corpus::{self, CorpusModule};
use crate::script::{pattern, Arg, Operand, Script, Step};
use crate::wasi::WasiCommand;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What to run.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Kind {
    /// A call script on an instance of the module.
    Script(Script),
    /// A WASI command (`_start`).
    Wasi(WasiCommand),
}

/// How a result is checked.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Expect {
    /// The script output, in hex, starts with this.
    HexPrefix(String),
    /// The SHA-256 of the script output, in hex, starts with this.
    Sha256Prefix(String),
    /// The script output is exactly these bytes.
    Exact(Vec<u8>),
    /// Exit status 0 and the first line of stdout starts with this. With
    /// `deterministic`, every engine's stdout must also equal the reference engine's.
    Stdout {
        /// Expected start of the first line.
        first_line: String,
        /// Whether stdout is the same on every engine (no timings printed).
        deterministic: bool,
    },
}

/// One execution benchmark.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Workload {
    /// Row name.
    pub name: String,
    /// Module to run.
    pub wasm: PathBuf,
    /// Script or WASI command.
    pub kind: Kind,
    /// The check.
    pub expect: Expect,
}

/// The recursion micro-benchmark: `fib(FIB_N)` computed `FIB_TIMES` times.
pub const FIB_N: u32 = 30;
/// Repetitions of `fib(FIB_N)` inside one timed region.
pub const FIB_TIMES: u32 = 10;
const FIB_WAT: &str = include_str!("../wat/fib.wat");

/// Passes of the memory kernel's stencil in one timed run.
pub const MEMORY_KERNEL_ROUNDS: u32 = 1024;
const MEMORY_KERNEL_WAT: &str = include_str!("../wat/memory_kernel.wat");
/// Bytes of each of the memory kernel's two regions.
const MEMORY_KERNEL_BYTES: usize = 256 << 10;

/// The memory kernel's rows: the same text built for a 32-bit and a 64-bit memory.
pub const MEMORY_KERNEL_ROWS: [&str; 2] = ["memory-kernel (memory32)", "memory-kernel (memory64)"];

/// The native reference for the memory kernel: `run(rounds)` of `memory_kernel.wat`.
pub fn native_memory_kernel(rounds: u32) -> u64 {
    let words = MEMORY_KERNEL_BYTES / 8;
    let mut src = vec![0u64; words];
    let mut x: u64 = 88_172_645_463_325_252;
    for word in src.iter_mut() {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        *word = x;
    }
    // The second region starts zeroed; its first and last words are never written.
    let mut dst = vec![0u64; words];
    let mut sum = 0u64;
    for round in 0..rounds {
        // Byte offsets 8 ..= 256 KiB - 16, in steps of 8: words 1 .. words - 1.
        for i in 1..words - 1 {
            let word = (src[i] ^ (src[i - 1] >> 7)).wrapping_add(src[i + 1]);
            sum = sum.wrapping_add(word >> 32);
            // `i32.store8 offset=1`: byte 1 of the word, little-endian.
            dst[i] = (word & !0xff00) | (u64::from(round as u8) << 8);
        }
        std::mem::swap(&mut src, &mut dst);
    }
    sum
}

/// The native reference for the fib workload.
#[inline(never)]
pub fn native_fib(n: u32) -> u32 {
    if n < 2 {
        n
    } else {
        native_fib(n - 1).wrapping_add(native_fib(n - 2))
    }
}

/// Workloads whose name contains `filter` (all when empty). `scratch` receives the
/// compiled fib module and the WASI working directories.
pub fn all(corpus_dir: &Path, scratch: &Path, filter: &str) -> Result<Vec<Workload>> {
    let mut out = Vec::new();
    let modules = corpus::modules(corpus_dir)?;
    let find = |name: &str| modules.iter().find(|m| m.name == name).cloned();
    out.push(fib(scratch)?);
    out.extend(memory_kernels(scratch)?);
    for (name, init, fin, digest_len, prefix, mib) in STREAMING {
        if let Some(m) = find(&format!("hash-wasm-{name}")) {
            out.push(streaming(&m, init, fin, *digest_len, prefix, *mib));
        }
    }
    out.extend(find("hash-wasm-argon2").map(|m| argon2(&m)));
    out.extend(find("hash-wasm-scrypt").map(|m| scrypt(&m)));
    out.extend(find("hash-wasm-bcrypt").map(|m| bcrypt(&m)));
    for m in modules.iter().filter(|m| m.name.starts_with("as-sha256-")) {
        out.push(as_sha256(m));
    }
    let manifest = std::fs::read_to_string(corpus_dir.join("MANIFEST.md"))?;
    for m in modules.iter().filter(|m| m.name.starts_with("sightglass-")) {
        if filter.is_empty() || m.name.contains(filter) {
            out.push(sightglass(corpus_dir, scratch, m, &manifest)?);
        }
    }
    out.retain(|w| filter.is_empty() || w.name.contains(filter));
    Ok(out)
}

fn fib(scratch: &Path) -> Result<Workload> {
    let wasm = scratch.join("fib.wasm");
    std::fs::write(&wasm, wat::parse_str(FIB_WAT)?)?;
    let steps = vec![
        Step::StartTimer,
        Step::Repeat {
            times: FIB_TIMES,
            body: vec![call("fib", vec![i32(FIB_N as i64)], Some("r"))],
        },
        Step::StopTimer,
        Step::Output { name: "r".into() },
    ];
    Ok(Workload {
        name: format!("fib({FIB_N})x{FIB_TIMES}"),
        wasm,
        kind: Kind::Script(Script { steps }),
        expect: Expect::Exact(u64::from(native_fib(FIB_N)).to_le_bytes().to_vec()),
    })
}

/// The memory kernel on a 32-bit and on a 64-bit memory, both checked against
/// [`native_memory_kernel`].
fn memory_kernels(scratch: &Path) -> Result<Vec<Workload>> {
    let expected = native_memory_kernel(MEMORY_KERNEL_ROUNDS)
        .to_le_bytes()
        .to_vec();
    ["i32", "i64"]
        .into_iter()
        .zip(MEMORY_KERNEL_ROWS)
        .map(|(index_type, name)| {
            let text = MEMORY_KERNEL_WAT.replace("ADDR", index_type);
            let wasm = scratch.join(format!("memory_kernel_{index_type}.wasm"));
            std::fs::write(&wasm, wat::parse_str(&text)?)?;
            let steps = vec![
                Step::StartTimer,
                call("run", vec![i32(MEMORY_KERNEL_ROUNDS as i64)], Some("sum")),
                Step::StopTimer,
                Step::Output { name: "sum".into() },
            ];
            Ok(Workload {
                name: name.to_owned(),
                wasm,
                kind: Kind::Script(Script { steps }),
                expect: Expect::Exact(expected.clone()),
            })
        })
        .collect()
}

/// Streaming hashes: (algorithm, `Hash_Init` args, `Hash_Final` args, digest bytes,
/// reference digest prefix, MiB hashed).
type StreamingRow = (
    &'static str,
    &'static [i64],
    &'static [i64],
    u32,
    &'static str,
    u32,
);
const STREAMING: &[StreamingRow] = &[
    (
        "sha256",
        &[256],
        &[],
        32,
        "601fc533f64b11042a9ae821c2720648",
        64,
    ),
    (
        "sha512",
        &[512],
        &[],
        64,
        "4684aa3028d2e42de4d7ea31c37253ff",
        64,
    ),
    ("sha1", &[], &[], 20, "74dfd42e6e77e98f83884b50e9a934dd", 64),
    ("md5", &[], &[], 16, "e4595195ac4f57b2f6c138f9d0024229", 64),
    (
        "sha3",
        &[256],
        &[6],
        32,
        "4a0ca13f560ada77dfb701b1a1461b71",
        64,
    ),
    (
        "blake2b",
        &[512],
        &[],
        64,
        "0e21d09a69fa9e6f22507e53c1ca8042",
        64,
    ),
    (
        "blake2s",
        &[256],
        &[],
        32,
        "1c51e2aa1a88bb8fa8244786fc90296c",
        64,
    ),
    (
        "blake3",
        &[0],
        &[32],
        32,
        "7b2def9fc609feb94905bd0cdb077274",
        64,
    ),
    ("xxhash64", &[], &[], 8, "4e29b9084ef2d890", 256),
    ("xxhash3", &[], &[], 8, "fffa3644f071bf2d", 256),
    ("crc32", &[0xEDB8_8320], &[], 4, "f4f03645", 64),
    (
        "whirlpool",
        &[],
        &[],
        64,
        "d240b3ce1923fd288e8488462d2ceb92",
        64,
    ),
];

/// Size of one `Hash_Update` chunk: the whole 16 KiB I/O buffer.
const CHUNK: u32 = 16 * 1024;

fn streaming(
    m: &CorpusModule,
    init: &[i64],
    fin: &[i64],
    digest_len: u32,
    prefix: &str,
    mib: u32,
) -> Workload {
    let ints = |v: &[i64]| v.iter().map(|&x| i32(x)).collect();
    let steps = vec![
        call("Hash_GetBuffer", vec![], Some("b")),
        Step::Fill {
            at: var("b", 0),
            len: CHUNK,
            mul: 31,
            add: 7,
        },
        Step::StartTimer,
        call("Hash_Init", ints(init), None),
        Step::Repeat {
            times: mib * 1024 * 1024 / CHUNK,
            body: vec![call("Hash_Update", vec![i32(CHUNK as i64)], None)],
        },
        call("Hash_Final", ints(fin), None),
        Step::StopTimer,
        Step::Read {
            at: var("b", 0),
            len: digest_len,
        },
    ];
    script_workload(
        m,
        format!("{mib} MiB"),
        steps,
        Expect::HexPrefix(prefix.into()),
    )
}

fn argon2(m: &CorpusModule) -> Workload {
    const MEM_KIB: i64 = 65536;
    let params: Vec<u8> = [1u32, 32, MEM_KIB as u32, 3, 0x13, 2]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let steps = vec![
        call("Hash_GetBuffer", vec![], Some("b")),
        call("Hash_SetMemorySize", vec![i32(MEM_KIB * 1024 + 1024)], None),
        Step::Write {
            at: var("b", MEM_KIB * 1024),
            bytes: params,
        },
        Step::Fill {
            at: var("b", 0),
            len: 2048,
            mul: 7,
            add: 3,
        },
        Step::StartTimer,
        call("Hash_Calculate", vec![i32(0), i32(MEM_KIB)], None),
        Step::StopTimer,
        Step::Read {
            at: var("b", 0),
            len: 1024,
        },
    ];
    let expect = Expect::Sha256Prefix("f794526313d082132ec7344c3dd2eb99".into());
    script_workload(m, "m=64 MiB t=3".into(), steps, expect)
}

fn scrypt(m: &CorpusModule) -> Workload {
    let (r, n, p) = (8i64, 65536i64, 1i64);
    let steps = vec![
        call("Hash_GetBuffer", vec![], Some("b")),
        call(
            "Hash_SetMemorySize",
            vec![i32(128 * r * p + 128 * r * n + 256 * r)],
            None,
        ),
        Step::Fill {
            at: var("b", 0),
            len: (128 * r * p) as u32,
            mul: 7,
            add: 3,
        },
        Step::StartTimer,
        call("scrypt", vec![i32(r), i32(n), i32(p)], None),
        Step::StopTimer,
        Step::Read {
            at: var("b", 0),
            len: 1024,
        },
    ];
    let expect = Expect::Sha256Prefix("f4fe71d5714590dbf71ae0aec9847618".into());
    script_workload(m, "r=8 N=65536".into(), steps, expect)
}

fn bcrypt(m: &CorpusModule) -> Workload {
    const PASSWORD: &[u8] = b"correct horse battery staple";
    let mut bytes: Vec<u8> = (0..16).collect();
    bytes.extend_from_slice(PASSWORD);
    let steps = vec![
        call("Hash_GetBuffer", vec![], Some("b")),
        Step::Write {
            at: var("b", 0),
            bytes,
        },
        Step::StartTimer,
        call(
            "bcrypt",
            vec![i32(PASSWORD.len() as i64), i32(12), i32(1)],
            None,
        ),
        Step::StopTimer,
        Step::Read {
            at: var("b", 0),
            len: 60,
        },
    ];
    let expect =
        Expect::Exact(b"$2a$12$..CA.uOD/eaGAOmJB.yMBuflfIeV.O2nX7MjvUjq2/OwXaqh0C9BG".to_vec());
    script_workload(m, "cost 12".into(), steps, expect)
}

fn as_sha256(m: &CorpusModule) -> Workload {
    const UPDATES: u32 = 32768;
    const LEN: u32 = 512;
    let block = pattern(LEN, 31, 7);
    let mut hasher = Sha256::new();
    for _ in 0..UPDATES {
        hasher.update(&block);
    }
    let steps = vec![
        Step::GlobalGet {
            global: "input".into(),
            bind: "in".into(),
        },
        Step::GlobalGet {
            global: "output".into(),
            bind: "out".into(),
        },
        Step::Fill {
            at: var("in", 0),
            len: LEN,
            mul: 31,
            add: 7,
        },
        Step::StartTimer,
        call("init", vec![], None),
        Step::Repeat {
            times: UPDATES,
            body: vec![call("update", vec![var_arg("in"), i32(LEN as i64)], None)],
        },
        call("final", vec![var_arg("out")], None),
        Step::StopTimer,
        Step::Read {
            at: var("out", 0),
            len: 32,
        },
    ];
    script_workload(
        m,
        "16 MiB".into(),
        steps,
        Expect::Exact(hasher.finalize().to_vec()),
    )
}

fn script_workload(m: &CorpusModule, what: String, steps: Vec<Step>, expect: Expect) -> Workload {
    Workload {
        name: format!("{} ({what})", m.name),
        wasm: m.path.clone(),
        kind: Kind::Script(Script { steps }),
        expect,
    }
}

/// A sightglass command: its inputs are copied into a fresh directory that is preopened
/// as `.`; the expected first line of stdout comes from the manifest's reference table.
fn sightglass(
    corpus_dir: &Path,
    scratch: &Path,
    m: &CorpusModule,
    manifest: &str,
) -> Result<Workload> {
    let dir = scratch.join("wasi").join(&m.name);
    std::fs::create_dir_all(&dir)?;
    for (src, name) in corpus::sightglass_inputs(corpus_dir, &m.name)? {
        std::fs::copy(&src, dir.join(&name))
            .with_context(|| format!("copying {}", src.display()))?;
    }
    if m.name == "sightglass-bz2" {
        // The original input is not in the corpus; the manifest asks for ~42 KB of text.
        std::fs::write(dir.join("default.input"), words(42_000))?;
    }
    let (first_line, deterministic) = manifest_check(manifest, &m.name);
    Ok(Workload {
        name: m.name.clone(),
        wasm: m.path.clone(),
        kind: Kind::Wasi(WasiCommand {
            args: vec![format!("{}.wasm", m.name)],
            dir,
        }),
        expect: Expect::Stdout {
            first_line,
            deterministic,
        },
    })
}

/// The expected first stdout line of `module` from the manifest's reference table, and
/// whether its stdout is fixed (checked against sightglass's expected output there).
fn manifest_check(manifest: &str, module: &str) -> (String, bool) {
    let row_start = format!("| `{module}.wasm` |");
    let Some(row) = manifest
        .lines()
        .find(|l| l.starts_with(&row_start) && l.contains("first line: `"))
    else {
        return (String::new(), false);
    };
    let after = &row[row.find("first line: `").unwrap() + "first line: `".len()..];
    let first = after.rfind('`').map_or("", |end| &after[..end]);
    let deterministic = row.contains("stdout = sightglass expected");
    (first.to_string(), deterministic)
}

/// `len` bytes of plain English-like text.
fn words(len: usize) -> Vec<u8> {
    const WORDS: [&str; 8] = [
        "lorem", "ipsum", "compiler", "stack", "register", "branch", "value", "memory",
    ];
    let mut out = Vec::with_capacity(len + 16);
    let mut i = 0usize;
    while out.len() < len {
        out.extend_from_slice(WORDS[(i * 7 + i / 8) % WORDS.len()].as_bytes());
        out.push(if i % 12 == 11 { b'\n' } else { b' ' });
        i += 1;
    }
    out.truncate(len);
    out
}

fn call(func: &str, args: Vec<Arg>, bind: Option<&str>) -> Step {
    Step::Call {
        func: func.into(),
        args,
        bind: bind.map(Into::into),
    }
}

fn i32(v: i64) -> Arg {
    Arg::I32(Operand::Const(v))
}

fn var(name: &str, offset: i64) -> Operand {
    Operand::Var {
        name: name.into(),
        offset,
    }
}

fn var_arg(name: &str) -> Arg {
    Arg::I32(var(name, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_fib_matches_the_sequence() {
        assert_eq!(native_fib(10), 55);
        assert_eq!(native_fib(30), 832_040);
    }

    #[test]
    fn manifest_rows_parse() {
        let row = "| `sightglass-x.wasm` | none | 0.1 | 0.2 | stdout = sightglass expected; first line: `[x] go` |";
        assert_eq!(
            manifest_check(row, "sightglass-x"),
            ("[x] go".to_string(), true)
        );
        assert_eq!(manifest_check(row, "sightglass-y"), (String::new(), false));
    }
}
