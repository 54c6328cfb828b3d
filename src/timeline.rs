//! The timeline's geometry, with no DOM: where a day is on screen at a zoom, which ticks to draw,
//! which lane each event takes so labels never overlap, and which events are too close to tell
//! apart. Days are counted from 1970-01-01 (`article::dates::Civil::days`).

use std::collections::HashMap;

use article::dates::Civil;
use article::{Article, Event, Section};

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

/// What the plot draws for one thing in view.
#[derive(Clone, Debug, PartialEq)]
pub enum Placed {
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
pub fn place(items: &[(f64, f64)], max_lanes: usize, gap: f64, cluster_len: f64, first: Option<usize>) -> Vec<Placed> {
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

/// An event in view, in px along the axis: its bar from `x0` to `x1` and its label from `at` to
/// `end` (the label starts at the bar, or at the plot's edge when the bar began before it or
/// the label would run off the end).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InView {
    pub event: usize,
    pub x0: f64,
    pub x1: f64,
    pub at: f64,
    pub end: f64,
}

/// The shown events (indices into `days`, in date order) that reach into `0..length` at this
/// scale, each with a label `label(event)` px long, ordered by where their labels start. Only
/// these are drawn, however many events the article has.
pub fn in_view(
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

/// What the timeline shows of time: a scale over a plot `length` px long, the days all shown
/// events cover, and whether the view was fitted to them (then it refits when they change).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub scale: Scale,
    pub length: f64,
    pub bounds: (f64, f64),
    pub fitted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CameraAction {
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
}

/// How far inside the plot's edges a kept day must be, in px.
const KEEP_MARGIN: f64 = 48.0;

impl Camera {
    pub fn new(length: f64, bounds: (f64, f64)) -> Camera {
        Camera { scale: Scale::fit(bounds.0, bounds.1, length), length, bounds, fitted: true }
    }

    pub fn apply(self, action: CameraAction) -> Camera {
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
pub struct Era {
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
pub fn eras(article: &Article, spans: &SectionSpans) -> Vec<Era> {
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
pub struct SectionSpans {
    // String to index, as the library's other maps: no new map type in the wasm.
    index: HashMap<String, usize>,
    spans: Vec<(f64, f64)>,
}

impl SectionSpans {
    pub fn new(article: &Article, sections_of: &[Vec<String>]) -> Self {
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

    pub fn get(&self, section: &str) -> Option<(f64, f64)> {
        self.index.get(section).map(|&i| self.spans[i])
    }
}

/// Each event's section followed by the sections that contain it (empty for the lead's events).
pub fn sections_of(article: &Article) -> Vec<Vec<String>> {
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
