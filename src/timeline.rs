//! The timeline's geometry, with no DOM: where a day is on screen at a zoom, which ticks to draw,
//! which lane each event takes so labels never overlap, and which events are too close to tell
//! apart. Days are counted from 1970-01-01 (`article::dates::Civil::days`).

use std::collections::HashMap;

use article::dates::Civil;
use article::{Article, Event, Section};

/// An event's interval in days: from the start of its first day to the end of its last.
pub(crate) fn event_days(event: &Event) -> (f64, f64) {
    let day = |s: &str| Civil::parse(s).map_or(0.0, |c| c.days() as f64);
    (day(&event.date.start), day(&event.date.end) + 1.0)
}

/// How far in a timeline may zoom: a day at most this wide...
pub(crate) const MAX_PX_PER_DAY: f64 = 400.0;
/// ...and at least a thousand years across 100 px.
pub(crate) const MIN_PX_PER_DAY: f64 = 100.0 / 365_250.0;

/// Day `origin` is at x = 0; one day is `px_per_day` wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Scale {
    pub origin: f64,
    pub px_per_day: f64,
}

impl Scale {
    /// Shows `first..last` across `width` px, with a little room at both ends.
    pub(crate) fn fit(first: f64, last: f64, width: f64) -> Scale {
        let span = (last - first).max(1.0);
        let pad = span * 0.04;
        let px_per_day = (width / (span + 2.0 * pad)).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        let middle = (first + last) / 2.0;
        Scale { origin: middle - width / 2.0 / px_per_day, px_per_day }
    }

    pub(crate) fn x(self, day: f64) -> f64 {
        (day - self.origin) * self.px_per_day
    }

    pub(crate) fn day(self, x: f64) -> f64 {
        self.origin + x / self.px_per_day
    }

    /// Zooms by `factor` keeping the day under `at_x` where it is.
    pub(crate) fn zoom(self, factor: f64, at_x: f64) -> Scale {
        let day = self.day(at_x);
        let px_per_day = (self.px_per_day * factor).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        Scale { origin: day - at_x / px_per_day, px_per_day }
    }

    /// Moves the view by `dx` px (positive: later days come into view).
    pub(crate) fn pan(self, dx: f64) -> Scale {
        Scale { origin: self.origin + dx / self.px_per_day, ..self }
    }

    /// The least pan that puts `day` at least `margin` px inside `0..width`.
    pub(crate) fn keep_in_view(self, day: f64, width: f64, margin: f64) -> Scale {
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
pub(crate) enum Unit {
    Day,
    Month,
    Year,
}

/// A tick every `every` units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Step {
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
    pub(crate) fn for_scale(scale: Scale, min_gap: f64) -> Step {
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
pub(crate) struct Tick {
    pub x: f64,
    pub label: String,
    /// A boundary of the next larger unit (a year among months, a decade among years).
    pub major: bool,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The period `from..to` (days, as a stretch's) in words, as precise as its ends: "2023",
/// "2023 to 2024", "Mar 2021", "Mar 2021 to Aug 2021", "5 Mar 2021 to 11 Mar 2021".
pub(crate) fn period_label(from: f64, to: f64) -> String {
    let (a, b) = (Civil::from_days(from as i64), Civil::from_days(to as i64 - 1));
    let (whole_years, whole_months) = (
        a.m == 1 && a.d == 1 && b.m == 12 && b.d == 31,
        a.d == 1
            && b.days() + 1 == {
                let next = Civil { y: b.y + i32::from(b.m == 12), m: b.m % 12 + 1, d: 1 };
                next.days()
            },
    );
    let month = |c: Civil| format!("{} {}", MONTHS[c.m as usize - 1], c.y);
    match (whole_years, whole_months) {
        (true, _) if a.y == b.y => a.y.to_string(),
        (true, _) => format!("{} to {}", a.y, b.y),
        (_, true) if (a.y, a.m) == (b.y, b.m) => month(a),
        (_, true) => format!("{} to {}", month(a), month(b)),
        _ => format!("{} to {}", day_label(a), day_label(b)),
    }
}

/// A day as a tick names it when it is not one of a step's: "2023", "Mar 2023", "5 Mar 2023".
fn day_label(c: Civil) -> String {
    match (c.m, c.d) {
        (1, 1) => c.y.to_string(),
        (m, 1) => format!("{} {}", MONTHS[m as usize - 1], c.y),
        (m, d) => format!("{d} {} {}", MONTHS[m as usize - 1], c.y),
    }
}

/// A tick's label at `c` for ticks every `step`, and whether it marks the next larger unit.
fn tick_label(step: Step, c: Civil) -> (String, bool) {
    match step.unit {
        Unit::Year if step.every >= 10 => (format!("{}s", c.y), c.y % (10 * step.every as i32) == 0),
        Unit::Year => (c.y.to_string(), c.y % 10 == 0),
        Unit::Month if c.m == 1 => (c.y.to_string(), true),
        Unit::Month => (MONTHS[c.m as usize - 1].to_string(), false),
        Unit::Day if c.d == 1 => (format!("1 {} {}", MONTHS[c.m as usize - 1], c.y), true),
        Unit::Day => (c.d.to_string(), false),
    }
}

/// The ticks across `0..width` px, at least `min_gap` px apart, labelled for their step.
pub(crate) fn ticks(scale: Scale, width: f64, min_gap: f64) -> (Step, Vec<Tick>) {
    let step = Step::for_scale(scale, min_gap);
    let mut c = step.first_at_or_after(Civil::from_days(scale.day(0.0).ceil() as i64));
    let mut out = Vec::new();
    while scale.x(c.days() as f64) <= width && out.len() < 10_000 {
        let (label, major) = tick_label(step, c);
        out.push(Tick { x: scale.x(c.days() as f64), label, major });
        c = step.next(c);
    }
    (step, out)
}

/// Days `from..to` drawn at one rate: they take `u0..u1` along the plot, before zoom and pan
/// (an even stretch takes one unit a day).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Stretch {
    pub from: f64,
    pub to: f64,
    pub u0: f64,
    pub u1: f64,
}

impl Stretch {
    /// How many times wider than even time this stretch is drawn (below 1: narrower).
    pub(crate) fn widening(&self) -> f64 {
        (self.u1 - self.u0) / (self.to - self.from)
    }
}

/// Where the plot's drawing rate changes: at day `day` (`u` along the plot), from `before` to
/// `after` times even time. Every break is an edge of a stretch the plot shades and marks
/// (components/timeline/axis.rs), with the day at the break labelled (`ticks_warped`).
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Break {
    pub u: f64,
    pub day: f64,
    pub before: f64,
    pub after: f64,
}

/// How days become places along the plot before zoom and pan. Even time is one unit a day. The
/// story scale widens the periods where the article's events crowd (so each has room for its
/// label) and narrows long empty ones, a stretch at a time: each stretch is even inside, and
/// every change of rate is a break the plot draws.
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct Warp {
    /// Contiguous in days and in units; empty for even time.
    stretches: Vec<Stretch>,
}

/// Widenings a stretch may get: round numbers, so a reader can weigh "drawn 6× wider".
const WIDENINGS: [f64; 10] = [2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0, 20.0];
/// A period of the story scale is widened when at least three of its events' distinct first
/// days fall in it, and this many times its share.
const CROWDED: f64 = 2.0;

impl Warp {
    pub(crate) fn even() -> Warp {
        Warp::default()
    }

    /// The story scale for events covering `days` (start, end): calendar periods (years, months
    /// or weeks, whichever makes at most 60 of them) crowded with the events' first days are
    /// widened, runs of such periods together, to give their events more room than an average
    /// event has; runs of at least four empty periods that take a sixth of the whole and four
    /// typical gaps between events are narrowed to two periods' room. Even time otherwise.
    pub(crate) fn story(days: &[(f64, f64)]) -> Warp {
        let first = days.iter().map(|d| d.0).fold(f64::INFINITY, f64::min);
        let last = days.iter().map(|d| d.1).fold(f64::NEG_INFINITY, f64::max);
        if days.len() < 4 || (last - first).partial_cmp(&1.0) != Some(std::cmp::Ordering::Greater) {
            return Warp::even();
        }
        let step = STEPS
            .into_iter()
            .filter(|s| s.unit != Unit::Day || s.every == 7)
            .find(|s| (last - first) / s.days() <= 60.0)
            .unwrap_or(STEPS[STEPS.len() - 1]);
        // Period boundaries: calendar dates from at or before the first day to after the last.
        let mut edges: Vec<f64> = {
            let mut c = step.first_at_or_after(Civil::from_days((first - step.days() * 1.1).floor() as i64));
            while step.next(c).days() as f64 <= first {
                c = step.next(c);
            }
            let mut out = vec![c.days() as f64];
            while out[out.len() - 1] < last && out.len() < 1000 {
                c = step.next(c);
                out.push(c.days() as f64);
            }
            out
        };
        edges.dedup();
        let periods = edges.len() - 1;
        if periods < 3 {
            return Warp::even();
        }
        // Events that start on one day stand at one place however wide their period is drawn
        // (lanes part them), so a period's crowd is its distinct first days.
        let mut starts: Vec<f64> = days.iter().map(|d| d.0).collect();
        starts.sort_unstable_by(f64::total_cmp);
        starts.dedup();
        let mut counts = vec![0usize; periods];
        for &start in &starts {
            let k = edges.partition_point(|&e| e <= start).saturating_sub(1).min(periods - 1);
            counts[k] += 1;
        }
        let share = starts.len() as f64 / periods as f64;
        let typical_gap = {
            let mut gaps: Vec<f64> = starts.windows(2).map(|w| w[1] - w[0]).collect();
            gaps.sort_unstable_by(f64::total_cmp);
            gaps.get(gaps.len() / 2).copied().unwrap_or(0.0)
        };
        let crowded = |k: usize| counts[k] >= 3 && counts[k] as f64 >= CROWDED * share;
        // Each period's widening, decided a run at a time.
        let mut widen = vec![1.0; periods];
        let mut k = 0;
        while k < periods {
            let mut end = k + 1;
            if crowded(k) {
                while end < periods && crowded(end) {
                    end += 1;
                }
                let held: usize = counts[k..end].iter().sum();
                // Crowds come in bunches: twice the room an average event has.
                let w = floor_round(2.0 * held as f64 / (share * (end - k) as f64));
                widen[k..end].iter_mut().for_each(|x| *x = w);
            } else if counts[k] == 0 {
                while end < periods && counts[end] == 0 {
                    end += 1;
                }
                let run = end - k;
                if run >= 4 && run * 6 >= periods && edges[end] - edges[k] >= 4.0 * typical_gap {
                    // Drawn as two periods' room.
                    let w = 1.0 / floor_round(run as f64 / 2.0);
                    widen[k..end].iter_mut().for_each(|x| *x = w);
                }
            }
            k = end;
        }
        if widen.iter().all(|&w| w == 1.0) {
            return Warp::even();
        }
        let mut stretches: Vec<Stretch> = Vec::new();
        let mut u = edges[0];
        for k in 0..periods {
            let (from, to) = (edges[k], edges[k + 1]);
            let u1 = u + (to - from) * widen[k];
            match stretches.last_mut() {
                Some(s) if (s.widening() - widen[k]).abs() < 1e-9 => {
                    s.to = to;
                    s.u1 = u1;
                }
                _ => stretches.push(Stretch { from, to, u0: u, u1 }),
            }
            u = u1;
        }
        Warp { stretches }
    }

    pub(crate) fn is_even(&self) -> bool {
        self.stretches.is_empty()
    }

    /// For the tests, which check the scale by its stretches and breaks.
    #[cfg(test)]
    pub(crate) fn stretches(&self) -> &[Stretch] {
        &self.stretches
    }

    /// Where `day` is along the plot; before the first stretch and after the last, time is
    /// even (what lies beyond the events is drawn as it is, never widened unmarked).
    pub(crate) fn u(&self, day: f64) -> f64 {
        self.through(day, |s| ((s.from, s.to), (s.u0, s.u1)))
    }

    /// The day at `u` along the plot: the inverse of `u`.
    pub(crate) fn day(&self, u: f64) -> f64 {
        self.through(u, |s| ((s.u0, s.u1), (s.from, s.to)))
    }

    /// `x` carried from one side of the stretches to the other (`sides` gives a stretch's span
    /// on the side `x` is on, then on the other): linear inside each, even beyond both ends.
    fn through(&self, x: f64, sides: impl Fn(&Stretch) -> ((f64, f64), (f64, f64))) -> f64 {
        let (Some(first), Some(last)) = (self.stretches.first(), self.stretches.last()) else { return x };
        let ((a0, _), (b0, _)) = sides(first);
        if x < a0 {
            return b0 + (x - a0);
        }
        let ((_, a1), (_, b1)) = sides(last);
        if x >= a1 {
            return b1 + (x - a1);
        }
        let within = self.stretches.partition_point(|s| {
            let ((_, end), _) = sides(s);
            end <= x
        });
        let ((a0, a1), (b0, b1)) = sides(&self.stretches[within]);
        b0 + (x - a0) * (b1 - b0) / (a1 - a0)
    }

    /// Every place the rate changes, in order.
    #[cfg(test)]
    pub(crate) fn breaks(&self) -> Vec<Break> {
        self.stretches
            .windows(2)
            .map(|w| Break { u: w[0].u1, day: w[0].to, before: w[0].widening(), after: w[1].widening() })
            .collect()
    }

    /// The stretches not drawn in even time, for the legend: (from, to, widening).
    pub(crate) fn uneven(&self) -> impl Iterator<Item = (f64, f64, f64)> + '_ {
        self.stretches.iter().filter(|s| (s.widening() - 1.0).abs() > 1e-9).map(|s| (s.from, s.to, s.widening()))
    }
}

/// `x` down to the nearest of `WIDENINGS` (capped at the largest), or 1 below the smallest.
fn floor_round(x: f64) -> f64 {
    WIDENINGS.iter().rev().copied().find(|&w| w <= x).unwrap_or(1.0)
}

/// The ticks across `0..width` px when `scale` is applied to `warp`'s units: each stretch gets
/// the ticks its own rate allows, the first day of every stretch after a break is labelled, and
/// ticks stand at least `min_gap` px apart (a break's own tick wins).
pub(crate) fn ticks_warped(scale: Scale, warp: &Warp, width: f64, min_gap: f64) -> Vec<Tick> {
    if warp.is_even() {
        return ticks(scale, width, min_gap).1;
    }
    let (lo, hi) = (warp.day(scale.day(0.0)), warp.day(scale.day(width)));
    let n = warp.stretches.len();
    let mut out: Vec<(Tick, bool)> = Vec::new();
    for (k, s) in warp.stretches.iter().enumerate() {
        let from = if k == 0 { lo } else { s.from.max(lo) };
        let to = if k == n - 1 { hi } else { s.to.min(hi) };
        if from >= to {
            continue;
        }
        let local = Scale { origin: 0.0, px_per_day: scale.px_per_day * s.widening() };
        let step = Step::for_scale(local, min_gap);
        if k > 0 && s.from >= lo && s.from <= hi {
            let c = Civil::from_days(s.from as i64);
            out.push((Tick { x: scale.x(warp.u(s.from)), label: day_label(c), major: true }, true));
        }
        let mut c = step.first_at_or_after(Civil::from_days(from.ceil() as i64));
        while (c.days() as f64) < to && out.len() < 10_000 {
            let (label, major) = tick_label(step, c);
            out.push((Tick { x: scale.x(warp.u(c.days() as f64)), label, major }, false));
            c = step.next(c);
        }
    }
    out.sort_unstable_by(|a, b| a.0.x.total_cmp(&b.0.x).then(b.1.cmp(&a.1)));
    // Keep a break's tick and any tick far enough from the ones kept around it.
    let mut kept: Vec<(Tick, bool)> = Vec::new();
    for (t, at_break) in out {
        match kept.last() {
            Some((last, _)) if t.x - last.x < min_gap => {
                if at_break && !kept.last().is_some_and(|k| k.1) {
                    kept.pop();
                    kept.push((t, true));
                }
            }
            _ => kept.push((t, at_break)),
        }
    }
    kept.into_iter().map(|(t, _)| t).filter(|t| t.x >= 0.0 && t.x <= width).collect()
}

/// What the plot draws for one thing in view.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Placed {
    /// Item `index` (of the input) in `lane`.
    Item { index: usize, lane: usize },
    /// Items that found no free lane, drawn as one marker on the cluster row from `x0` to `x1`.
    Cluster { members: Vec<usize>, x0: f64, x1: f64 },
}

/// Places items spanning `x0..x1` px (bar and label together; sorted by `x0`) in at most
/// `max_lanes` lanes, so that items in one lane are at least `gap` px apart and labels never
/// overlap. Items that find no free lane cannot be told apart at this zoom: runs of them become
/// clusters at least `cluster_len` px long, themselves `gap` apart. `first`, if given, is placed
/// before the others (the selected event stays drawn on its own, so it can hold focus).
pub(crate) fn place(
    items: &[(f64, f64)],
    max_lanes: usize,
    gap: f64,
    cluster_len: f64,
    first: Option<usize>,
) -> Vec<Placed> {
    let max_lanes = max_lanes.max(1);
    let mut ends: Vec<f64> = Vec::new();
    // The priority item breaks the left-to-right sweep, so its lane remembers it separately.
    let mut reserved: Option<(usize, f64, f64)> = None;
    let mut out = Vec::new();
    if let Some(i) = first.filter(|&i| i < items.len()) {
        reserved = Some((0, items[i].0, items[i].1));
        ends.push(f64::NEG_INFINITY);
        out.push(Placed::Item { index: i, lane: 0 });
    }
    let mut cluster: Option<(Vec<usize>, f64, f64)> = None;
    for (i, &(x0, x1)) in items.iter().enumerate() {
        if Some(i) == first {
            continue;
        }
        let clear = |lane: usize, end: f64| {
            end + gap <= x0 && reserved.is_none_or(|(l, r0, r1)| l != lane || x1 + gap <= r0 || r1 + gap <= x0)
        };
        let free = ends.iter().enumerate().position(|(l, &end)| clear(l, end));
        let lane = match free {
            Some(l) => Some(l),
            None if ends.len() < max_lanes => {
                ends.push(f64::NEG_INFINITY);
                let l = ends.len() - 1;
                clear(l, f64::NEG_INFINITY).then_some(l)
            }
            None => None,
        };
        if let Some(l) = lane {
            ends[l] = x1;
            out.push(Placed::Item { index: i, lane: l });
            continue;
        }
        match &mut cluster {
            Some((members, _, c1)) if x0 <= *c1 + gap => {
                members.push(i);
                *c1 = c1.max(x0);
            }
            _ => {
                if let Some((members, c0, c1)) = cluster.take() {
                    out.push(Placed::Cluster { members, x0: c0, x1: c1.max(c0 + cluster_len) });
                }
                cluster = Some((vec![i], x0, x0 + cluster_len));
            }
        }
    }
    if let Some((members, c0, c1)) = cluster {
        out.push(Placed::Cluster { members, x0: c0, x1: c1.max(c0 + cluster_len) });
    }
    out
}

/// New ends for placed items (`extents` as given to `place`): each runs on toward the next item
/// in its lane, keeping `gap`, up to `max` px long in all and to `length`; never shorter than it
/// was. A label with room to its right wraps to fewer lines, so its lane is lower.
pub(crate) fn run_on(extents: &[(f64, f64)], placed: &[Placed], gap: f64, max: f64, length: f64) -> Vec<f64> {
    let mut ends: Vec<f64> = extents.iter().map(|e| e.1).collect();
    let mut by_lane: Vec<(usize, usize)> = placed
        .iter()
        .filter_map(|p| if let Placed::Item { index, lane } = p { Some((*lane, *index)) } else { None })
        .collect();
    by_lane.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(extents[a.1].0.total_cmp(&extents[b.1].0)));
    for (k, &(lane, i)) in by_lane.iter().enumerate() {
        let next = by_lane.get(k + 1).filter(|n| n.0 == lane).map_or(length + gap, |n| extents[n.1].0);
        let (at, end) = extents[i];
        ends[i] = end.max((next - gap).min(at + max).min(length));
    }
    ends
}

/// An event in view, in px along the axis: its bar from `x0` to `x1` and its label from `at` to
/// `end` (the label starts at the bar, or at the plot's edge when the bar began before it or
/// the label would run off the end).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct InView {
    pub event: usize,
    pub x0: f64,
    pub x1: f64,
    pub at: f64,
    pub end: f64,
}

/// The shown events (indices into `days`, in date order) that reach into `0..length` at this
/// scale, each with a label `label(event)` px long, ordered by where their labels start. Only
/// these are drawn, however many events the article has.
pub(crate) fn in_view(
    days: &[(f64, f64)],
    shown: &[usize],
    scale: Scale,
    length: f64,
    label: impl Fn(usize) -> f64,
) -> Vec<InView> {
    let mut out: Vec<InView> = shown
        .iter()
        .filter_map(|&event| {
            let (a, b) = days[event];
            let (x0, x1) = (scale.x(a), scale.x(b));
            if x0 > length || x1 < -length {
                return None;
            }
            let len = label(event);
            // A label that would run off the end is moved back to finish at the edge.
            let at = if x0 < 0.0 && x1 > 0.0 {
                0.0
            } else if x0 <= length && x0 + len > length {
                (length - len).max(0.0).min(x0.max(0.0))
            } else {
                x0
            };
            let end = x1.max(at + len);
            (end >= 0.0).then_some(InView { event, x0, x1, at, end })
        })
        .collect();
    out.sort_by(|a, b| a.at.total_cmp(&b.at));
    out
}

/// One event of the timeline read as a list (a phone's story view), in date order: its row,
/// and the rows before it for the heading of an era it starts and for a long gap before it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ListRow {
    pub event: usize,
    pub row: usize,
    /// (era, row): this event is the first of an era since another era's events.
    pub heading: Option<(usize, usize)>,
    /// (row, whole years): the previous event started at least `GAP_YEARS` earlier.
    pub gap: Option<(usize, u32)>,
}

/// A list states a gap between two events from this many years up.
pub(crate) const GAP_YEARS: u32 = 2;

/// The list's rows for `shown` (date order), and the row of the card when it follows the
/// selected event's row (`card_after`). Rows count from 1, as CSS grid rows do.
pub(crate) fn list_rows(
    shown: &[usize],
    days: &[(f64, f64)],
    era_of: impl Fn(usize) -> Option<usize>,
    card_after: Option<usize>,
) -> (Vec<ListRow>, Option<usize>) {
    let mut row = 0;
    let mut out = Vec::with_capacity(shown.len());
    let (mut last_era, mut last_start, mut card) = (None, None::<f64>, None);
    for &event in shown {
        let Some(&(start, _)) = days.get(event) else { continue };
        let era = era_of(event);
        let heading = (era.is_some() && era != last_era).then(|| {
            row += 1;
            (era.unwrap_or(0), row)
        });
        if era.is_some() {
            last_era = era;
        }
        let years = last_start.map_or(0, |before| ((start - before) / 365.25).floor().max(0.0) as u32);
        let gap = (years >= GAP_YEARS).then(|| {
            row += 1;
            (row, years)
        });
        last_start = Some(start);
        row += 1;
        out.push(ListRow { event, row, heading, gap });
        if card_after == Some(event) {
            row += 1;
            card = Some(row);
        }
    }
    (out, card)
}

/// The days `shown` events cover (all of `days` when none are shown).
pub(crate) fn bounds_of(days: &[(f64, f64)], shown: &[usize]) -> (f64, f64) {
    let pick = |i: &usize| days.get(*i).copied();
    let all: Vec<(f64, f64)> = if shown.is_empty() { days.to_vec() } else { shown.iter().filter_map(pick).collect() };
    let first = all.iter().map(|d| d.0).fold(f64::INFINITY, f64::min);
    let last = all.iter().map(|d| d.1).fold(f64::NEG_INFINITY, f64::max);
    if first.is_finite() && last.is_finite() {
        (first, last)
    } else {
        (0.0, 365.0)
    }
}

/// How the plot is laid out, from the space it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    /// Time runs across; events stack in as many lanes as they need (the plot grows), or in a
    /// few lanes and clusters for a large article.
    Across,
    /// A phone's story view: events in date order, one a row, with eras and long gaps stated.
    List,
    /// Time runs down a plot of fixed height, in columns, with clusters (a phone's even time,
    /// or a large article).
    Down,
}

/// Up to this many events, every event has its own marker at every width (no clusters).
pub(crate) const EVERY_EVENT_UP_TO: usize = 80;
/// Lanes of a horizontal plot for a large article; what does not fit is clustered.
pub(crate) const LANES: usize = 6;

/// Sizes in px, from the plot's font size (so they follow the reader's text size).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Metrics {
    pub font: f64,
    pub vertical: bool,
    /// The plot's width when it is vertical (its columns follow it); 0 when horizontal.
    pub across: f64,
}

impl Metrics {
    /// How wide an event's label is across a plot `length` px long: about a fifth of the plot,
    /// from 11 to 18 em (wider labels wrap to fewer lines, and the lanes are lower).
    pub(crate) fn label_width(self, length: f64) -> f64 {
        // max and min, not clamp: clamp's panic message would bring float formatting into the wasm.
        (length / 5.5).max(self.font * 11.0).min(self.font * 18.0)
    }

    pub(crate) fn layout(self, events: usize, even_time: bool) -> Layout {
        match (self.vertical, even_time || events > EVERY_EVENT_UP_TO) {
            (false, _) => Layout::Across,
            (true, false) => Layout::List,
            (true, true) => Layout::Down,
        }
    }
    pub(crate) fn axis(self) -> f64 {
        self.font * if self.vertical { 4.6 } else { 1.8 }
    }
    pub(crate) fn era_lane(self) -> f64 {
        self.font * 1.6
    }
    /// Where a vertical plot's cluster markers stand across the axis.
    pub(crate) fn clusters_at(self) -> f64 {
        self.axis() + 2.0 * self.era_lane() + self.font * 0.3
    }
    /// Where a vertical plot's first column of events starts.
    pub(crate) fn lanes_from(self) -> f64 {
        self.clusters_at() + self.font * 3.4
    }
    /// How wide one column of a vertical plot is.
    pub(crate) fn column(self) -> f64 {
        (self.across - self.lanes_from()) / self.columns() as f64
    }
    /// Columns of events in a vertical plot: as many as fit 11 em each, at least one.
    pub(crate) fn columns(self) -> usize {
        (((self.across - self.lanes_from()) / (self.font * 11.0)).floor() as usize).clamp(1, 3)
    }
    /// How long an event's label is along the axis, with the room kept after it.
    pub(crate) fn label(self, length: f64) -> f64 {
        if self.vertical {
            self.font * 2.9
        } else {
            self.label_width(length) + self.font * 0.5
        }
    }
    /// How long a section band's label is along a horizontal axis (bold UI text, generously).
    pub(crate) fn band_label(self, title: &str) -> f64 {
        self.font * (title.chars().count() as f64 * 0.62 + 1.2)
    }
}

/// The plot's size as the style sheet lays it out, measured before the viewer's first render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct PlotSize {
    pub metrics: Metrics,
    pub length: f64,
}

impl Default for PlotSize {
    /// The guess when nothing was measured, as the build renders the first page: the plot in a
    /// window 1190 px wide or wider at the default text size (static/app.css: the timeline is
    /// at most 70em of 17 px, less its padding, and its text 0.8125 of that). A wide window then
    /// takes the page over without moving anything (the browser tests measure the layout shift);
    /// a narrow one shows the build's plot as a list until measured (app.css, `av-tl-unmeasured`).
    fn default() -> Self {
        PlotSize { metrics: Metrics { font: 13.8125, vertical: false, across: 0.0 }, length: 1146.0 }
    }
}

/// What the timeline shows of time: a scale over a plot `length` px long, the days all shown
/// events cover, and whether the view was fitted to them (then it refits when they change).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Camera {
    pub scale: Scale,
    pub length: f64,
    pub bounds: (f64, f64),
    pub fitted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum CameraAction {
    /// The plot's length or the shown events' days changed.
    Resize {
        length: f64,
        bounds: (f64, f64),
    },
    Fit,
    /// Zoom by `factor` about `at` px (the middle if none), then keep `keep` (a day) in view.
    Zoom {
        factor: f64,
        at: Option<f64>,
        keep: Option<f64>,
    },
    Pan(f64),
    /// Fit the view to `from..to` (days), e.g. a cluster's.
    Show {
        from: f64,
        to: f64,
    },
    /// Pan as little as possible so `day` is in view.
    Reveal(f64),
    /// Show exactly `from..to` (a link's range), end to end.
    Frame {
        from: f64,
        to: f64,
    },
}

/// How far inside the plot's edges a kept day must be, in px.
const KEEP_MARGIN: f64 = 48.0;

impl Camera {
    pub(crate) fn new(length: f64, bounds: (f64, f64)) -> Camera {
        Camera { scale: Scale::fit(bounds.0, bounds.1, length), length, bounds, fitted: true }
    }

    pub(crate) fn apply(self, action: CameraAction) -> Camera {
        let mut next = self;
        match action {
            CameraAction::Resize { length, bounds } => {
                next.length = length.max(1.0);
                next.bounds = bounds;
                if self.fitted {
                    next.scale = Scale::fit(bounds.0, bounds.1, next.length);
                }
            }
            CameraAction::Fit => {
                next.scale = Scale::fit(self.bounds.0, self.bounds.1, self.length);
                next.fitted = true;
            }
            CameraAction::Zoom { factor, at, keep } => {
                let at = at.or_else(|| keep.map(|d| self.scale.x(d)).filter(|x| (0.0..=self.length).contains(x)));
                next.scale = self.scale.zoom(factor, at.unwrap_or(self.length / 2.0));
                if let Some(day) = keep {
                    next.scale = next.scale.keep_in_view(day, self.length, KEEP_MARGIN);
                }
                next.fitted = false;
            }
            CameraAction::Pan(dx) => {
                next.scale = self.scale.pan(dx);
                next.fitted = false;
            }
            CameraAction::Show { from, to } => {
                next.scale = Scale::fit(from, to, self.length);
                next.fitted = false;
            }
            CameraAction::Reveal(day) => next.scale = self.scale.keep_in_view(day, self.length, KEEP_MARGIN),
            CameraAction::Frame { from, to } => {
                let px_per_day = (self.length / (to - from).max(1e-6)).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
                next.scale = Scale { origin: (from + to) / 2.0 - self.length / 2.0 / px_per_day, px_per_day };
                next.fitted = false;
            }
        }
        next.scale = next.clamped();
        next
    }

    /// The scale, panned back if the events have left the view entirely: some of `bounds`
    /// always stays on screen.
    fn clamped(&self) -> Scale {
        let (first, last) = self.bounds;
        let s = self.scale;
        let room = self.length * 0.25;
        if s.x(last) < room {
            s.pan(s.x(last) - room)
        } else if s.x(first) > self.length - room {
            s.pan(s.x(first) - (self.length - room))
        } else {
            s
        }
    }
}

/// A part of the article's history shown as a coloured band: a section and the days its events
/// cover.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Era {
    pub section: String,
    pub title: String,
    pub start: f64,
    pub end: f64,
    /// Which colour of the palette, in reading order.
    pub colour: usize,
}

/// The eras of an article: under each top-level section, its subsections that have events (the
/// seed's History: 1980s–1990s, Second Intifada, ...); a top-level section with events but no
/// such subsections is an era itself.
pub(crate) fn eras(article: &Article, spans: &SectionSpans) -> Vec<Era> {
    let span_of = |id: &str| spans.get(id);
    let mut out = Vec::new();
    for top in &article.sections {
        let children: Vec<_> = top.sections.iter().filter_map(|c| span_of(&c.id).map(|d| (c, d))).collect();
        let chosen: Vec<(&Section, (f64, f64))> =
            if children.is_empty() { span_of(&top.id).map(|d| (top, d)).into_iter().collect() } else { children };
        for (s, (start, end)) in chosen {
            out.push(Era { section: s.id.clone(), title: s.title.clone(), start, end, colour: out.len() });
        }
    }
    out
}

/// The days each section's events cover (its subsections' included), by section id; a section
/// without events has none. Found in one pass over the events, not one per section.
pub(crate) struct SectionSpans {
    // String to index, as the library's other maps: no new map type in the wasm.
    index: HashMap<String, usize>,
    spans: Vec<(f64, f64)>,
}

impl SectionSpans {
    pub(crate) fn new(article: &Article, sections_of: &[Vec<String>]) -> Self {
        let mut out = SectionSpans { index: HashMap::new(), spans: Vec::new() };
        for (event, chain) in article.events.iter().zip(sections_of) {
            let (a, b) = event_days(event);
            for id in chain {
                match out.index.get(id) {
                    Some(&i) => out.spans[i] = (out.spans[i].0.min(a), out.spans[i].1.max(b)),
                    None => {
                        out.index.insert(id.clone(), out.spans.len());
                        out.spans.push((a, b));
                    }
                }
            }
        }
        out
    }

    pub(crate) fn get(&self, section: &str) -> Option<(f64, f64)> {
        self.index.get(section).map(|&i| self.spans[i])
    }
}

/// Each event's section followed by the sections that contain it (empty for the lead's events).
pub(crate) fn sections_of(article: &Article) -> Vec<Vec<String>> {
    fn walk(sections: &[Section], path: &mut Vec<String>, out: &mut HashMap<String, Vec<String>>) {
        for s in sections {
            path.push(s.id.clone());
            out.insert(s.id.clone(), path.iter().rev().cloned().collect());
            walk(&s.sections, path, out);
            path.pop();
        }
    }
    let mut chains = HashMap::new();
    walk(&article.sections, &mut Vec::new(), &mut chains);
    article.events.iter().map(|e| e.section.as_ref().and_then(|s| chains.get(s).cloned()).unwrap_or_default()).collect()
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
