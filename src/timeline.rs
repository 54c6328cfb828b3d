//! The timeline's geometry, with no DOM: where a day is on screen at a zoom, which ticks to draw,
//! which lane each event takes so labels never overlap, and which events are too close to tell
//! apart. Days are counted from 1970-01-01 (`article::dates::Civil::days`).

use std::ops::Range;

use article::dates::Civil;
use article::Event;

/// An event's interval in days: from the start of its first day to the end of its last.
pub fn event_days(event: &Event) -> (f64, f64) {
    let day = |s: &str| Civil::parse(s).map_or(0.0, |c| c.days() as f64);
    (day(&event.date.start), day(&event.date.end) + 1.0)
}

/// How far in a timeline may zoom: a day at most this wide...
pub const MAX_PX_PER_DAY: f64 = 400.0;
/// ...and at least a thousand years across 100 px.
pub const MIN_PX_PER_DAY: f64 = 100.0 / 365_250.0;

/// Day `origin` is at x = 0; one day is `px_per_day` wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub origin: f64,
    pub px_per_day: f64,
}

impl Scale {
    /// Shows `first..last` across `width` px, with a little room at both ends.
    pub fn fit(first: f64, last: f64, width: f64) -> Scale {
        let span = (last - first).max(1.0);
        let pad = span * 0.04;
        let px_per_day = (width / (span + 2.0 * pad)).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        let middle = (first + last) / 2.0;
        Scale { origin: middle - width / 2.0 / px_per_day, px_per_day }
    }

    pub fn x(self, day: f64) -> f64 {
        (day - self.origin) * self.px_per_day
    }

    pub fn day(self, x: f64) -> f64 {
        self.origin + x / self.px_per_day
    }

    /// Zooms by `factor` keeping the day under `at_x` where it is.
    pub fn zoom(self, factor: f64, at_x: f64) -> Scale {
        let day = self.day(at_x);
        let px_per_day = (self.px_per_day * factor).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        Scale { origin: day - at_x / px_per_day, px_per_day }
    }

    /// Moves the view by `dx` px (positive: later days come into view).
    pub fn pan(self, dx: f64) -> Scale {
        Scale { origin: self.origin + dx / self.px_per_day, ..self }
    }

    /// The least pan that puts `day` at least `margin` px inside `0..width`.
    pub fn keep_in_view(self, day: f64, width: f64, margin: f64) -> Scale {
        let x = self.x(day);
        let margin = margin.min(width / 2.0);
        if x < margin {
            self.pan(x - margin)
        } else if x > width - margin {
            self.pan(x - (width - margin))
        } else {
            self
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Month,
    Year,
}

/// A tick every `every` units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub unit: Unit,
    pub every: u32,
}

const STEPS: [Step; 14] = [
    Step { unit: Unit::Day, every: 1 },
    Step { unit: Unit::Day, every: 2 },
    Step { unit: Unit::Day, every: 7 },
    Step { unit: Unit::Month, every: 1 },
    Step { unit: Unit::Month, every: 3 },
    Step { unit: Unit::Month, every: 6 },
    Step { unit: Unit::Year, every: 1 },
    Step { unit: Unit::Year, every: 2 },
    Step { unit: Unit::Year, every: 5 },
    Step { unit: Unit::Year, every: 10 },
    Step { unit: Unit::Year, every: 20 },
    Step { unit: Unit::Year, every: 50 },
    Step { unit: Unit::Year, every: 100 },
    Step { unit: Unit::Year, every: 500 },
];

impl Step {
    fn days(self) -> f64 {
        f64::from(self.every)
            * match self.unit {
                Unit::Day => 1.0,
                Unit::Month => 30.44,
                Unit::Year => 365.25,
            }
    }

    /// The finest step whose ticks stand at least `min_gap` px apart.
    pub fn for_scale(scale: Scale, min_gap: f64) -> Step {
        STEPS.into_iter().find(|s| s.days() * scale.px_per_day >= min_gap).unwrap_or(STEPS[STEPS.len() - 1])
    }

    /// The first tick at or after `c`.
    fn first_at_or_after(self, c: Civil) -> Civil {
        match self.unit {
            Unit::Day => Civil::from_days(c.days()),
            Unit::Month => {
                let months = c.y * 12 + c.m as i32 - 1 + i32::from(c.d > 1);
                let every = self.every as i32;
                let m = months.div_euclid(every) * every + if months.rem_euclid(every) == 0 { 0 } else { every };
                Civil { y: m.div_euclid(12), m: m.rem_euclid(12) as u32 + 1, d: 1 }
            }
            Unit::Year => {
                let y = c.y + i32::from(c.m > 1 || c.d > 1);
                let every = self.every as i32;
                let y = y.div_euclid(every) * every + if y.rem_euclid(every) == 0 { 0 } else { every };
                Civil { y, m: 1, d: 1 }
            }
        }
    }

    fn next(self, c: Civil) -> Civil {
        match self.unit {
            Unit::Day => Civil::from_days(c.days() + i64::from(self.every)),
            Unit::Month => {
                let m = c.y * 12 + c.m as i32 - 1 + self.every as i32;
                Civil { y: m.div_euclid(12), m: m.rem_euclid(12) as u32 + 1, d: 1 }
            }
            Unit::Year => Civil { y: c.y + self.every as i32, m: 1, d: 1 },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    /// A boundary of the next larger unit (a year among months, a decade among years).
    pub major: bool,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The ticks across `0..width` px, at least `min_gap` px apart, labelled for their step.
pub fn ticks(scale: Scale, width: f64, min_gap: f64) -> (Step, Vec<Tick>) {
    let step = Step::for_scale(scale, min_gap);
    let mut c = step.first_at_or_after(Civil::from_days(scale.day(0.0).ceil() as i64));
    let mut out = Vec::new();
    while scale.x(c.days() as f64) <= width && out.len() < 10_000 {
        let (label, major) = match step.unit {
            Unit::Year if step.every >= 10 => (format!("{}s", c.y), c.y % (10 * step.every as i32) == 0),
            Unit::Year => (c.y.to_string(), c.y % 10 == 0),
            Unit::Month if c.m == 1 => (format!("{} {}", MONTHS[0], c.y), true),
            Unit::Month => (MONTHS[c.m as usize - 1].to_string(), false),
            Unit::Day if c.d == 1 => (format!("1 {} {}", MONTHS[c.m as usize - 1], c.y), true),
            Unit::Day => (c.d.to_string(), false),
        };
        out.push(Tick { x: scale.x(c.days() as f64), label, major });
        c = step.next(c);
    }
    (step, out)
}

/// Lanes for items spanning `x0..x1` (bar and label together), so that items in one lane are at
/// least `gap` px apart. Items are taken left to right; each goes in the first lane free for it.
pub fn lanes(items: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| items[a].0.total_cmp(&items[b].0).then(a.cmp(&b)));
    let mut ends: Vec<f64> = Vec::new();
    let mut lane = vec![0; items.len()];
    for i in order {
        let (x0, x1) = items[i];
        match ends.iter().position(|&end| end + gap <= x0) {
            Some(l) => {
                ends[l] = x1;
                lane[i] = l;
            }
            None => {
                lane[i] = ends.len();
                ends.push(x1);
            }
        }
    }
    lane
}

/// Runs of positions (sorted ascending) each closer than `min_gap` px to the one before: events
/// that cannot be told apart at this zoom, drawn as one cluster.
pub fn clusters(xs: &[f64], min_gap: f64) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, &x) in xs.iter().enumerate() {
        match out.last_mut() {
            Some(run) if x - xs[run.end - 1] < min_gap => run.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
