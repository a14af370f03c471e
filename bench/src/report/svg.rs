//! A self-contained SVG plot of one run, drawn from [`Results`] alone (no network, no
//! plotting library): compile throughput per engine, and execution time relative to
//! Cranelift per engine with one dot per workload.

use super::{geomean_ratio, geomean_throughput, throughput, HEADLINE_MODULES, MIN_COMPARABLE};
use crate::engines::EngineKind;
use crate::results::{Results, Row};
use std::fmt::Write;

const WIDTH: f64 = 900.0;
const LEFT: f64 = 190.0;
const RIGHT: f64 = 40.0;
const BAR: f64 = 14.0;
const COLORS: [&str; 7] = [
    "#d62728", "#ff7f0e", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#7f7f7f",
];

fn color(engine: EngineKind) -> &'static str {
    let i = EngineKind::ALL
        .iter()
        .position(|e| *e == engine)
        .unwrap_or(0);
    COLORS[i % COLORS.len()]
}

/// One value (or none) per engine.
type Bars = Vec<(EngineKind, Option<f64>)>;

/// A horizontal log-scale axis from `lo` to `hi`.
struct LogAxis {
    lo: f64,
    hi: f64,
}

impl LogAxis {
    fn around(values: impl IntoIterator<Item = f64>) -> Self {
        let (mut lo, mut hi) = (f64::MAX, f64::MIN);
        for v in values.into_iter().filter(|v| v.is_finite() && *v > 0.0) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if lo > hi {
            (lo, hi) = (1.0, 10.0);
        }
        LogAxis {
            lo: 10f64.powf(lo.log10().floor()),
            hi: 10f64.powf(hi.log10().ceil().max(lo.log10().floor() + 1.0)),
        }
    }

    fn x(&self, v: f64) -> f64 {
        let t = (v.max(self.lo).log10() - self.lo.log10()) / (self.hi.log10() - self.lo.log10());
        LEFT + t * (WIDTH - LEFT - RIGHT)
    }

    /// Grid lines and labels at each decade, from `top` to `bottom`.
    fn draw(&self, svg: &mut String, top: f64, bottom: f64, unit: &str) {
        let mut v = self.lo;
        while v <= self.hi * 1.0001 {
            let x = self.x(v);
            let _ = writeln!(
                svg,
                r##"<line x1="{x:.1}" y1="{top:.1}" x2="{x:.1}" y2="{bottom:.1}" stroke="#ddd"/>"##
            );
            let _ = writeln!(
                svg,
                r#"<text x="{x:.1}" y="{:.1}" font-size="11" text-anchor="middle">{}{unit}</text>"#,
                bottom + 14.0,
                trim(v)
            );
            v *= 10.0;
        }
    }
}

fn trim(v: f64) -> String {
    if v >= 1.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Renders the plot.
pub fn render(results: &Results) -> String {
    let engines = &results.engines;
    let mut body = String::new();
    let mut y = 30.0;
    let _ = writeln!(
        body,
        r#"<text x="10" y="{y}" font-size="15" font-weight="bold">Compile throughput, MB/s (log scale, higher is faster)</text>"#
    );
    y += 20.0;

    // Panel 1: one group per headline module plus the geomean over the whole corpus.
    let mut groups: Vec<(String, Bars)> = HEADLINE_MODULES
        .iter()
        .filter_map(|name| results.compile.iter().find(|r| r.name == *name))
        .map(|row: &Row| {
            (
                row.name.clone(),
                engines.iter().map(|&e| (e, throughput(row, e))).collect(),
            )
        })
        .collect();
    if !results.compile.is_empty() {
        let all = engines
            .iter()
            .map(|&e| (e, geomean_throughput(&results.compile, e)))
            .collect();
        groups.push((format!("geomean, {} modules", results.compile.len()), all));
    }
    let axis = LogAxis::around(
        groups
            .iter()
            .flat_map(|(_, bars)| bars.iter().filter_map(|(_, v)| *v)),
    );
    let top = y;
    let group_h = engines.len() as f64 * (BAR + 2.0) + 12.0;
    let bottom = top + groups.len() as f64 * group_h;
    axis.draw(&mut body, top, bottom, "");
    for (i, (name, bars)) in groups.iter().enumerate() {
        let gy = top + i as f64 * group_h;
        let _ = writeln!(
            body,
            r#"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end">{}</text>"#,
            LEFT - 8.0,
            gy + group_h / 2.0,
            escape(name)
        );
        for (j, (engine, v)) in bars.iter().enumerate() {
            let by = gy + j as f64 * (BAR + 2.0);
            bar(&mut body, &axis, by, *engine, *v, |v| format!("{v:.1}"));
        }
    }
    y = bottom + 50.0;

    // Panel 2: execution time relative to Cranelift.
    let _ = writeln!(
        body,
        r#"<text x="10" y="{y}" font-size="15" font-weight="bold">Execution time ÷ Cranelift (log scale, lower is faster; dots = workloads, bar = geomean)</text>"#
    );
    y += 20.0;
    let executing: Vec<EngineKind> = engines.iter().copied().filter(|e| e.executes()).collect();
    let ratios: Vec<(EngineKind, Vec<f64>, Option<f64>)> = executing
        .iter()
        .map(|&e| {
            let dots = results
                .execute
                .iter()
                .filter_map(|r| {
                    let (t, base) = (r.seconds(e)?, r.seconds(EngineKind::Cranelift)?);
                    (t >= MIN_COMPARABLE && base >= MIN_COMPARABLE).then(|| t / base)
                })
                .filter(|v| v.is_finite() && *v > 0.0)
                .collect();
            (
                e,
                dots,
                geomean_ratio(&results.execute, e, EngineKind::Cranelift, |r, e| {
                    r.seconds(e)
                }),
            )
        })
        .collect();
    let axis = LogAxis::around(
        ratios
            .iter()
            .flat_map(|(_, d, g)| d.iter().copied().chain(*g)),
    );
    let top = y;
    let row_h = BAR + 14.0;
    let bottom = top + executing.len() as f64 * row_h;
    axis.draw(&mut body, top, bottom, "x");
    for (i, (engine, dots, g)) in ratios.iter().enumerate() {
        let ry = top + i as f64 * row_h + 4.0;
        let _ = writeln!(
            body,
            r#"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end">{}</text>"#,
            LEFT - 8.0,
            ry + BAR - 3.0,
            engine.label()
        );
        bar(&mut body, &axis, ry, *engine, *g, |v| format!("{v:.2}x"));
        for d in dots {
            let _ = writeln!(
                body,
                r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#000" fill-opacity="0.45"/>"##,
                axis.x(*d),
                ry + BAR / 2.0
            );
        }
    }
    y = bottom + 40.0;
    let m = &results.machine;
    let _ = writeln!(
        body,
        r##"<text x="10" y="{y}" font-size="11" fill="#555">{} · {} cores · {}</text>"##,
        escape(&m.cpu),
        m.cores,
        escape(&m.date)
    );
    let height = y + 15.0;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height:.0}\" font-family=\"sans-serif\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n{body}</svg>\n"
    )
}

fn bar(
    svg: &mut String,
    axis: &LogAxis,
    y: f64,
    engine: EngineKind,
    value: Option<f64>,
    label: impl Fn(f64) -> String,
) {
    match value {
        Some(v) => {
            let w = (axis.x(v) - LEFT).max(1.0);
            let _ = writeln!(
                svg,
                r#"<rect x="{LEFT}" y="{y:.1}" width="{w:.1}" height="{BAR}" fill="{}"><title>{} {}</title></rect>"#,
                color(engine),
                engine.label(),
                label(v)
            );
            let _ = writeln!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" font-size="10">{} {}</text>"#,
                LEFT + w + 4.0,
                y + BAR - 3.0,
                engine.label(),
                label(v)
            );
        }
        None => {
            let _ = writeln!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#888">{}: n/a</text>"##,
                LEFT + 4.0,
                y + BAR - 3.0,
                engine.label()
            );
        }
    }
}
