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

fn rng(mut state: u64) -> impl FnMut() -> f64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 10_000) as f64
    }
}

fn check_placement(items: &[(f64, f64)], placed: &[Placed], gap: f64, max_lanes: usize) {
    let mut seen = vec![0; items.len()];
    let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut clusters: Vec<(f64, f64)> = Vec::new();
    for p in placed {
        match p {
            Placed::Item { index, lane } => {
                seen[*index] += 1;
                assert!(*lane < max_lanes.max(1), "lane {lane} of at most {max_lanes}");
                if lanes.len() <= *lane {
                    lanes.resize(lane + 1, Vec::new());
                }
                lanes[*lane].push(items[*index]);
            }
            Placed::Cluster { members, x0, x1 } => {
                assert!(!members.is_empty());
                for &m in members {
                    seen[m] += 1;
                    assert!(items[m].0 >= *x0 && items[m].0 <= *x1, "a member starts inside its cluster");
                }
                clusters.push((*x0, *x1));
            }
        }
    }
    assert!(seen.iter().all(|&n| n == 1), "every item is drawn exactly once: {seen:?}");
    for lane in lanes.iter().chain(std::iter::once(&clusters)) {
        for (i, a) in lane.iter().enumerate() {
            for b in &lane[i + 1..] {
                assert!(a.1 + gap <= b.0 || b.1 + gap <= a.0, "{a:?} and {b:?} overlap");
            }
        }
    }
}

#[test]
fn placement_never_overlaps_and_draws_everything_once() {
    let mut next = rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..60 {
        let mut items: Vec<(f64, f64)> = (0..200)
            .map(|_| {
                let x = next();
                (x, x + 20.0 + next() / 20.0)
            })
            .collect();
        items.sort_by(|a, b| a.0.total_cmp(&b.0));
        let max_lanes = [1, 3, 8, 1000][round % 4];
        let first = (round % 3 == 0).then_some(round % 200);
        let placed = place(&items, max_lanes, 4.0, 30.0, first);
        check_placement(&items, &placed, 4.0, max_lanes);
        if let Some(f) = first {
            assert!(placed.contains(&Placed::Item { index: f, lane: 0 }), "the selected item keeps a lane");
        }
        if max_lanes == 1000 {
            assert!(placed.iter().all(|p| matches!(p, Placed::Item { .. })), "room for all: no clusters");
        }
    }
}

/// Each of four items' lane, or None when clustered.
fn lanes_of(placed: Vec<Placed>) -> Vec<Option<usize>> {
    let mut out = vec![None; 4];
    for p in placed {
        if let Placed::Item { index, lane } = p {
            out[index] = Some(lane);
        }
    }
    out
}

#[test]
fn placement_reuses_the_first_free_lane_and_clusters_the_rest() {
    let items = [(0.0, 10.0), (5.0, 15.0), (12.0, 20.0), (16.0, 30.0)];
    assert_eq!(lanes_of(place(&items, 9, 1.0, 8.0, None)), [Some(0), Some(1), Some(0), Some(1)]);
    let one = place(&items, 1, 1.0, 8.0, None);
    assert_eq!(one[0], Placed::Item { index: 0, lane: 0 });
    assert_eq!(one[1], Placed::Item { index: 2, lane: 0 });
    assert!(one.contains(&Placed::Cluster { members: vec![1], x0: 5.0, x1: 13.0 }), "{one:?}");
    assert!(
        one.contains(&Placed::Item { index: 3, lane: 0 })
            || one.iter().any(|p| matches!(p, Placed::Cluster { members, .. } if members.contains(&3)))
    );
    assert_eq!(place(&[], 3, 1.0, 8.0, None), Vec::<Placed>::new());
}

#[test]
fn identical_dates_never_become_false_separate_points() {
    // Ten events with the same start: with three lanes, three are drawn and seven clustered.
    let items = vec![(100.0, 220.0); 10];
    let placed = place(&items, 3, 4.0, 30.0, None);
    check_placement(&items, &placed, 4.0, 3);
    let clustered: usize =
        placed.iter().map(|p| if let Placed::Cluster { members, .. } = p { members.len() } else { 0 }).sum();
    assert_eq!(clustered, 7);
}

#[test]
fn the_camera_fits_zooms_pans_and_keeps_the_selection_in_view() {
    let bounds = (day("1990-01-01"), day("2024-12-31"));
    let c = Camera::new(1000.0, bounds);
    assert!(c.fitted);
    let selected = day("2023-10-07");
    let z = (0..6).fold(c, |c, _| c.apply(CameraAction::Zoom { factor: 2.0, at: None, keep: Some(selected) }));
    let x = z.scale.x(selected);
    assert!((48.0..=952.0).contains(&x), "the selected day stays in view: {x}");
    assert!(!z.fitted);
    assert!((z.scale.px_per_day / c.scale.px_per_day - 64.0).abs() < 1e-6);
    let resized = z.apply(CameraAction::Resize { length: 500.0, bounds });
    assert_eq!(resized.scale, z.scale, "a zoomed view keeps its scale when the plot resizes");
    let refit = c.apply(CameraAction::Resize { length: 500.0, bounds });
    assert_eq!(refit.scale, Scale::fit(bounds.0, bounds.1, 500.0), "a fitted view refits");
    assert_eq!(z.apply(CameraAction::Fit), Camera { fitted: true, ..c });
    let far = c.apply(CameraAction::Pan(1e9));
    assert!(far.scale.x(bounds.1) >= 250.0 - 1e-6, "panning cannot lose the events: {}", far.scale.x(bounds.1));
    let far = c.apply(CameraAction::Pan(-1e9));
    assert!(far.scale.x(bounds.0) <= 750.0 + 1e-6);
    let shown = c.apply(CameraAction::Show { from: day("1996-01-01"), to: day("1997-01-01") });
    assert!(shown.scale.x(day("1996-06-01")) > 0.0 && shown.scale.x(day("1996-06-01")) < 1000.0);
    assert!(shown.scale.px_per_day > c.scale.px_per_day * 20.0);
    let revealed = shown.apply(CameraAction::Reveal(day("2000-01-01")));
    assert!(revealed.scale.x(day("2000-01-01")) <= 952.0 + 1e-6);
}

#[test]
fn the_seeds_eras_are_its_history_sections() {
    let article = crate::bundled::article().expect("bundled");
    let sections = sections_of(&article);
    let i = article.events.iter().position(|e| e.id == "event-ayyash-assassinated").unwrap();
    assert_eq!(sections[i], ["section-1996-jaffa-road-bus-bombings", "section-1980s-1990s", "section-history"]);
    let eras = eras(&article, &SectionSpans::new(&article, &sections));
    let titles: Vec<&str> = eras.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "1980s–1990s",
            "Second Intifada",
            "Hamas seizure of the Gaza Strip",
            "2008–2009 Gaza War",
            "Tunnel warfare",
            "Gaza war"
        ]
    );
    let second = &eras[1];
    assert_eq!((second.start, second.end), (day("2004-01-01"), day("2006-01-01")));
    assert!(eras.iter().all(|e| e.end > e.start));
    assert_eq!(eras.iter().map(|e| e.colour).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5]);
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
    let placed = place(&items, 8, 4.0, 30.0, None);
    check_placement(&items, &placed, 4.0, 8);
}

#[test]
fn only_events_that_reach_into_view_are_drawn() {
    let days = [(0.0, 1.0), (100.0, 101.0), (-50.0, 30.0), (500.0, 501.0), (-200.0, -150.0)];
    let scale = Scale { origin: 0.0, px_per_day: 2.0 };
    let shown = [0, 1, 2, 3, 4];
    let v = in_view(&days, &shown, scale, 400.0, |_| 40.0);
    let drawn: Vec<usize> = v.iter().map(|i| i.event).collect();
    assert_eq!(drawn, [0, 2, 1], "{v:?}");
    let began_before = v.iter().find(|i| i.event == 2).unwrap();
    assert_eq!((began_before.x0, began_before.at, began_before.end), (-100.0, 0.0, 60.0), "label pinned to the edge");
    assert!(in_view(&days, &[3, 4], scale, 400.0, |_| 40.0).is_empty(), "filtered and off-screen events are not drawn");
    // A label reaching in from the left edge counts as in view.
    let v = in_view(&[(-10.0, -9.5)], &[0], scale, 400.0, |_| 40.0);
    assert_eq!(v.len(), 1);
}

#[test]
fn ten_thousand_events_draw_a_bounded_number_of_things() {
    let days: Vec<(f64, f64)> = (0..10_000).map(|i| (f64::from(i) * 1.3, f64::from(i) * 1.3 + 1.0)).collect();
    let shown: Vec<usize> = (0..days.len()).collect();
    let scale = Scale::fit(0.0, 13_001.0, 1200.0);
    let v = in_view(&days, &shown, scale, 1200.0, |_| 160.0);
    let items: Vec<(f64, f64)> = v.iter().map(|i| (i.at, i.end)).collect();
    let placed = place(&items, 6, 4.0, 40.0, None);
    check_placement(&items, &placed, 4.0, 6);
    assert!(placed.len() < 200, "{} things to draw", placed.len());
}

/// Days of events on the given dates (each one day long).
fn on(dates: &[&str]) -> Vec<(f64, f64)> {
    dates.iter().map(|d| (day(d), day(d) + 1.0)).collect()
}

#[test]
fn the_story_scale_keeps_order_and_reports_every_change_of_rate() {
    let article = crate::bundled::article().expect("bundled");
    let days: Vec<(f64, f64)> = article.events.iter().map(event_days).collect();
    let warp = Warp::story(&days);
    assert!(!warp.is_even(), "the seed's events crowd in 2023 and 2024");
    // Order is kept everywhere, and u and day are inverses.
    let (first, last) = (day("1980-01-01"), day("2030-01-01"));
    let mut before = f64::NEG_INFINITY;
    let mut d = first;
    while d < last {
        let u = warp.u(d);
        assert!(u > before, "order kept at day {d}");
        assert!((warp.day(u) - d).abs() < 1e-6, "inverse at day {d}");
        before = u;
        d += 13.7;
    }
    // Stretches are contiguous; a break stands wherever, and only where, the rate changes.
    let stretches = warp.stretches();
    assert!(stretches.windows(2).all(|w| w[0].to == w[1].from && w[0].u1 == w[1].u0));
    let breaks = warp.breaks();
    assert_eq!(breaks.len(), stretches.len() - 1);
    for (b, w) in breaks.iter().zip(stretches.windows(2)) {
        assert!((b.before - b.after).abs() > 1e-9, "{b:?}");
        assert_eq!((b.u, b.day, b.before, b.after), (w[0].u1, w[0].to, w[0].widening(), w[1].widening()));
        // Linear on each side of the break, at the rates it reports.
        let left = (warp.u(b.day) - warp.u(b.day - 10.0)) / 10.0;
        let right = (warp.u(b.day + 10.0) - warp.u(b.day)) / 10.0;
        assert!((left - b.before).abs() < 1e-9 && (right - b.after).abs() < 1e-9, "{b:?}: {left} {right}");
    }
    // The Gaza war's year is widened; breaks fall on calendar boundaries (years here).
    let gaza = warp.u(day("2024-01-01")) - warp.u(day("2023-01-01"));
    assert!(gaza >= 4.0 * 365.0, "2023 drawn at least four times wider: {gaza}");
    assert!(breaks.iter().all(|b| Civil::from_days(b.day as i64).m == 1 && Civil::from_days(b.day as i64).d == 1));
    let quiet = warp.u(day("2016-01-01")) - warp.u(day("2015-01-01"));
    assert!((quiet - 365.0).abs() < 1e-9, "a year with one event is drawn in even time: {quiet}");
}

#[test]
fn the_story_scale_widens_crowds_narrows_long_gaps_and_is_even_otherwise() {
    let spread = on(&["2001-03-01", "2004-06-01", "2007-01-01", "2010-05-05", "2013-09-09", "2016-02-02"]);
    assert!(Warp::story(&spread).is_even(), "evenly spread events keep even time");
    assert!(Warp::story(&on(&["2001-01-01", "2001-01-02"])).is_even(), "too few events to judge");

    // Ten events in one year among four spread over twenty.
    let mut crowd = on(&["1990-05-01", "1996-05-01", "2003-05-01", "2009-05-01"]);
    crowd.extend((1..=10).map(|m| (day(&format!("2010-{m:02}-01")), day(&format!("2010-{m:02}-01")) + 1.0)));
    let w = Warp::story(&crowd);
    let widened: Vec<_> = w.uneven().filter(|u| u.2 > 1.0).collect();
    assert_eq!(widened.len(), 1, "{w:?}");
    assert_eq!((widened[0].0, widened[0].1), (day("2010-01-01"), day("2011-01-01")));
    assert!(WIDENINGS.iter().any(|w| (w - widened[0].2).abs() < 1e-9), "a round widening: {}", widened[0].2);

    // Two bursts a century apart: the empty years between are narrowed, not dropped.
    let mut far = on(&["1900-01-05", "1900-03-05", "1901-06-01", "1902-02-02"]);
    far.extend(on(&["2000-01-05", "2000-03-05", "2001-06-01", "2002-02-02"]));
    let w = Warp::story(&far);
    let narrowed: Vec<_> = w.uneven().filter(|u| u.2 < 1.0).collect();
    assert_eq!(narrowed.len(), 1, "{w:?}");
    assert!(narrowed[0].1 - narrowed[0].0 > 80.0 * 365.0);
    assert!(w.u(day("1950-01-01")) > w.u(day("1920-01-01")), "still in order inside the gap");
}

#[test]
fn warped_ticks_label_both_sides_of_every_break() {
    let article = crate::bundled::article().expect("bundled");
    let days: Vec<(f64, f64)> = article.events.iter().map(event_days).collect();
    let warp = Warp::story(&days);
    let (a, b) = (warp.u(day("1990-01-01")), warp.u(day("2024-10-21")));
    for width in [700.0, 1200.0] {
        let scale = Scale::fit(a, b, width);
        let t = ticks_warped(scale, &warp, width, 60.0);
        assert!(t.windows(2).all(|w| w[1].x - w[0].x >= 60.0), "{width}: {t:?}");
        let breaks = warp.breaks();
        assert!(!breaks.is_empty());
        for (k, br) in breaks.iter().enumerate() {
            let x = scale.x(br.u);
            if k > 0 && x - scale.x(breaks[k - 1].u) < 60.0 {
                continue; // two breaks closer than two labels: the earlier one's tick stands
            }
            assert!(t.iter().any(|t| (t.x - x).abs() < 0.5), "{width}: a tick at the break {br:?}: {t:?}");
            assert!(t.iter().any(|t| t.x < x - 1.0 && x - t.x < 400.0), "{width}: a tick before the break {br:?}");
        }
    }
}

#[test]
fn a_list_states_eras_and_long_gaps_in_its_own_rows() {
    let days = on(&["1990-01-01", "1990-06-01", "1995-03-01", "1995-04-01", "1996-01-01"]);
    let era = |e: usize| [Some(0), Some(0), None, Some(1), Some(0)][e];
    let (rows, card) = list_rows(&[0, 1, 2, 3, 4], &days, era, Some(2));
    let got: Vec<_> = rows.iter().map(|r| (r.event, r.row, r.heading, r.gap)).collect();
    assert_eq!(
        got,
        [
            (0, 2, Some((0, 1)), None),
            (1, 3, None, None),
            (2, 5, None, Some((4, 4))),
            (3, 8, Some((1, 7)), None),
            (4, 10, Some((0, 9)), None),
        ]
    );
    assert_eq!(card, Some(6), "the card takes the row after its event");
    // Every row is used once.
    let mut used: Vec<usize> =
        rows.iter().flat_map(|r| [Some(r.row), r.heading.map(|h| h.1), r.gap.map(|g| g.0)]).flatten().collect();
    used.extend(card);
    used.sort_unstable();
    assert_eq!(used, (1..=10).collect::<Vec<_>>());
}

#[test]
fn small_articles_never_cluster_and_large_ones_do() {
    let wide = Metrics { font: 13.0, vertical: false, across: 0.0 };
    let phone = Metrics { font: 13.0, vertical: true, across: 350.0 };
    assert_eq!(wide.layout(35, false), Layout::Across);
    assert_eq!(phone.layout(35, false), Layout::List);
    assert_eq!(phone.layout(35, true), Layout::Down, "even time on a phone is the plot down the page");
    assert_eq!(phone.layout(EVERY_EVENT_UP_TO + 1, false), Layout::Down);
    // With as many lanes as items, the seed's events all find a lane at any width.
    let article = crate::bundled::article().expect("bundled");
    let days: Vec<(f64, f64)> = article.events.iter().map(event_days).collect();
    let warp = Warp::story(&days);
    let u: Vec<(f64, f64)> = days.iter().map(|&(a, b)| (warp.u(a), warp.u(b))).collect();
    let shown: Vec<usize> = (0..u.len()).collect();
    let (a, b) = bounds_of(&u, &shown);
    for width in [640.0, 1000.0, 1400.0] {
        let scale = Scale::fit(a, b, width);
        let v = in_view(&u, &shown, scale, width, |_| wide.label(width));
        assert_eq!(v.len(), u.len(), "every event is in the fitted view at {width}");
        let items: Vec<(f64, f64)> = v.iter().map(|i| (i.at, i.end)).collect();
        let placed = place(&items, items.len(), 0.0, 0.0, None);
        check_placement(&items, &placed, 0.0, items.len());
        assert!(placed.iter().all(|p| matches!(p, Placed::Item { .. })), "{width}: no clusters");
        assert!(v.iter().all(|i| i.at >= 0.0 && i.end <= width + 1e-9), "{width}: labels inside the plot");
    }
}

#[test]
fn labels_run_on_into_the_room_their_lane_leaves() {
    let items = [(0.0, 100.0), (50.0, 150.0), (300.0, 400.0), (500.0, 620.0)];
    let placed = place(&items, 9, 10.0, 0.0, None);
    assert_eq!(lanes_of(placed.clone()), [Some(0), Some(1), Some(0), Some(0)]);
    let ends = run_on(&items, &placed, 10.0, 250.0, 700.0);
    // Up to the next in its lane less the gap, to 250 px long in all, to the plot's end.
    assert_eq!(ends, [250.0, 300.0, 490.0, 700.0]);
    // Nothing shrinks, and a lane still never overlaps.
    assert!(items.iter().zip(&ends).all(|(i, &e)| e >= i.1));
    let runs: Vec<(f64, f64)> = items.iter().zip(&ends).map(|(i, &e)| (i.0, e)).collect();
    for lane in [0, 2, 3] {
        for other in [0, 2, 3] {
            if lane < other {
                assert!(runs[lane].1 + 10.0 <= runs[other].0, "{runs:?}");
            }
        }
    }
}

#[test]
fn a_break_names_its_day_plainly() {
    assert_eq!(day_label(Civil { y: 2023, m: 1, d: 1 }), "2023");
    assert_eq!(day_label(Civil { y: 2023, m: 3, d: 1 }), "Mar 2023");
    assert_eq!(day_label(Civil { y: 2023, m: 3, d: 5 }), "5 Mar 2023");
}

#[test]
fn a_stretch_is_named_as_precisely_as_its_ends() {
    assert_eq!(period_label(day("2023-01-01"), day("2024-01-01")), "2023");
    assert_eq!(period_label(day("2023-01-01"), day("2025-01-01")), "2023 to 2024");
    assert_eq!(period_label(day("2021-03-01"), day("2021-04-01")), "Mar 2021");
    assert_eq!(period_label(day("2021-03-01"), day("2021-09-01")), "Mar 2021 to Aug 2021");
    assert_eq!(period_label(day("2021-03-05"), day("2021-03-12")), "5 Mar 2021 to 11 Mar 2021");
}

#[test]
fn beyond_its_stretches_the_story_scale_is_even() {
    let article = crate::bundled::article().expect("bundled");
    let days: Vec<(f64, f64)> = article.events.iter().map(event_days).collect();
    let warp = Warp::story(&days);
    let last = *warp.stretches().last().unwrap();
    let first = *warp.stretches().first().unwrap();
    assert!((warp.u(last.to + 100.0) - warp.u(last.to) - 100.0).abs() < 1e-9);
    assert!((warp.u(first.from) - warp.u(first.from - 100.0) - 100.0).abs() < 1e-9);
    for d in [first.from - 5000.0, last.to + 5000.0] {
        assert!((warp.day(warp.u(d)) - d).abs() < 1e-6);
    }
}
