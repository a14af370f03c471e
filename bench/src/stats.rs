//! Timing policy and summary statistics.

use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

/// How often one measurement is repeated.
///
/// A measurement runs at least `min` and at most `max` times, and stops repeating
/// (after `min`) once `budget` has been spent, so slow engines on big inputs still finish.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Repeat {
    /// Runs that always happen.
    pub min: usize,
    /// Runs never exceeded.
    pub max: usize,
    /// Wall-clock budget (seconds) after which no further run starts once `min` is reached.
    pub budget_secs: f64,
}

impl Repeat {
    /// Runs `sample` as the policy says and collects what it returns.
    pub fn run<T, E>(&self, mut sample: impl FnMut(usize) -> Result<T, E>) -> Result<Vec<T>, E> {
        let start = Instant::now();
        let budget = Duration::from_secs_f64(self.budget_secs);
        let mut out = Vec::new();
        for i in 0..self.max.max(1) {
            if i >= self.min.max(1) && start.elapsed() >= budget {
                break;
            }
            out.push(sample(i)?);
        }
        Ok(out)
    }
}

/// The median of `samples` (the mean of the two middle ones for an even count).
pub fn median(samples: &[f64]) -> f64 {
    if samples.is_empty() {
        return f64::NAN;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}

/// The geometric mean of positive, finite values; `None` when there are none.
pub fn geomean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .filter(|v| v.is_finite() && *v > 0.0)
        .fold((0.0, 0usize), |(s, n), v| (s + v.ln(), n + 1));
    (n > 0).then(|| (sum / n as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn geomean_ignores_missing_values() {
        let g = geomean([2.0, 8.0, f64::NAN]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        assert_eq!(geomean([]), None);
    }

    #[test]
    fn repeat_respects_min_max_and_budget() {
        let all = Repeat {
            min: 2,
            max: 5,
            budget_secs: 1e9,
        };
        assert_eq!(all.run(Ok::<_, ()>).unwrap(), vec![0, 1, 2, 3, 4]);
        let none_left = Repeat {
            min: 2,
            max: 5,
            budget_secs: 0.0,
        };
        assert_eq!(none_left.run(Ok::<_, ()>).unwrap(), vec![0, 1]);
    }
}
