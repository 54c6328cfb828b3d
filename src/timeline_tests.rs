use super::*;

fn day(s: &str) -> f64 {
    Civil::parse(s).expect("a date").days() as f64
}

#[test]
fn fit_shows_the_whole_range_inside_the_width() {
    let s = Scale::fit(day("1990-01-01"), day("2024-12-31"), 1000.0);
    let (a, b) = (s.x(day("1990-01-01")), s.x(day("2024-12-31")));
    assert!(a > 0.0 && b < 1000.0 && a < 60.0 && b > 940.0, "{a} {b}");
    assert!((s.day(s.x(12345.0)) - 12345.0).abs() < 1e-6);
}

#[test]
fn zoom_keeps_the_day_under_the_pointer_and_is_bounded() {
    let s = Scale::fit(day("1990-01-01"), day("2024-12-31"), 1000.0);
    let under = s.day(300.0);
    let z = s.zoom(3.0, 300.0);
    assert!((z.day(300.0) - under).abs() < 1e-6);
    assert!((z.px_per_day / s.px_per_day - 3.0).abs() < 1e-9);
    assert_eq!(s.zoom(1e12, 0.0).px_per_day, MAX_PX_PER_DAY);
    assert_eq!(s.zoom(1e-12, 0.0).px_per_day, MIN_PX_PER_DAY);
}

#[test]
fn pan_and_keep_in_view() {
    let s = Scale { origin: 0.0, px_per_day: 2.0 };
    assert_eq!(s.pan(100.0).origin, 50.0);
    let kept = s.keep_in_view(1000.0, 800.0, 40.0);
    assert!((kept.x(1000.0) - 760.0).abs() < 1e-9, "brought in from the right");
    let kept = s.keep_in_view(-10.0, 800.0, 40.0);
    assert!((kept.x(-10.0) - 40.0).abs() < 1e-9, "brought in from the left");
    assert_eq!(s.keep_in_view(100.0, 800.0, 40.0), s, "already in view: no change");
}

#[test]
fn ticks_adapt_to_the_zoom() {
    let whole = Scale::fit(day("1990-01-01"), day("2024-12-31"), 1000.0);
    let (step, t) = ticks(whole, 1000.0, 60.0);
    assert_eq!(step, Step { unit: Unit::Year, every: 5 });
    assert!(t.iter().any(|t| t.label == "2000" && t.major));

    let narrow = Scale::fit(day("1990-01-01"), day("2024-12-31"), 320.0);
    let (step, t) = ticks(narrow, 320.0, 60.0);
    assert_eq!(step, Step { unit: Unit::Year, every: 10 });
    assert!(t.iter().any(|t| t.label == "2000s"));

    let year = Scale::fit(day("2023-01-01"), day("2023-12-31"), 1000.0);
    let (step, t) = ticks(year, 1000.0, 60.0);
    assert_eq!(step, Step { unit: Unit::Month, every: 1 });
    assert!(t.iter().any(|t| t.label == "Oct"));

    let weeks = Scale::fit(day("2023-09-20"), day("2023-10-10"), 1000.0);
    let (step, t) = ticks(weeks, 1000.0, 40.0);
    assert_eq!(step.unit, Unit::Day);
    assert!(t.iter().any(|t| t.label == "1 Oct 2023" && t.major), "{t:?}");
    assert!(t.iter().any(|t| t.label == "7"));
}

#[test]
fn ticks_are_in_view_in_order_and_far_enough_apart() {
    for width in [320.0, 800.0, 1600.0] {
        for zoom in [1.0, 3.0, 20.0, 300.0, 5000.0] {
            let s = Scale::fit(day("1990-01-01"), day("2024-12-31"), width).zoom(zoom, width / 3.0);
            let (_, t) = ticks(s, width, 60.0);
            assert!(!t.is_empty(), "{width} {zoom}");
            assert!(t.iter().all(|t| t.x >= 0.0 && t.x <= width));
            assert!(t.windows(2).all(|w| w[1].x - w[0].x >= 55.0), "{width} {zoom}: {t:?}");
        }
    }
}

#[test]
fn lanes_never_overlap() {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 10_000) as f64
    };
    for _ in 0..50 {
        let items: Vec<(f64, f64)> = (0..200)
            .map(|_| {
                let x = next();
                (x, x + 20.0 + next() / 20.0)
            })
            .collect();
        let lane = lanes(&items, 4.0);
        for i in 0..items.len() {
            for j in i + 1..items.len() {
                if lane[i] == lane[j] {
                    let (a, b) = (items[i], items[j]);
                    assert!(a.1 + 4.0 <= b.0 || b.1 + 4.0 <= a.0, "{a:?} and {b:?} share lane {}", lane[i]);
                }
            }
        }
    }
}

#[test]
fn lanes_reuse_the_first_free_lane() {
    assert_eq!(lanes(&[(0.0, 10.0), (5.0, 15.0), (12.0, 20.0), (16.0, 30.0)], 1.0), [0, 1, 0, 1]);
    assert_eq!(lanes(&[], 1.0), Vec::<usize>::new());
}

#[test]
fn clusters_group_what_cannot_be_told_apart() {
    assert_eq!(clusters(&[0.0, 3.0, 5.0, 30.0, 31.0, 90.0], 8.0), [0..3, 3..5, 5..6]);
    assert_eq!(clusters(&[], 8.0), Vec::<Range<usize>>::new());
}

#[test]
fn the_seeds_events_fit_and_stack() {
    let article = crate::bundled::article().expect("bundled");
    let spans: Vec<(f64, f64)> = article.events.iter().map(event_days).collect();
    assert!(spans.iter().all(|(a, b)| b > a), "every event has a positive length");
    let first = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
    let last = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    assert_eq!((first, last), (day("1990-01-01"), day("2024-10-20") + 1.0));
    let s = Scale::fit(first, last, 1000.0);
    let items: Vec<(f64, f64)> = spans.iter().map(|&(a, b)| (s.x(a), s.x(b).max(s.x(a) + 120.0))).collect();
    let lane = lanes(&items, 4.0);
    assert!(lane.iter().max().copied().unwrap_or(0) < article.events.len());
}
