use super::*;
use crate::embed::Options;
use crate::fixed::Fixed;
use crate::library::Library;
use crate::prefs::TextSize;
use crate::state::Action;

fn state() -> ViewerState {
    ViewerState::new(
        Fixed::new(Library::new(crate::bundled::article().expect("bundled"))),
        Theme::System,
        TextSize::Normal,
    )
}

fn day(s: &str) -> f64 {
    Civil::parse(s).unwrap().days() as f64
}

#[test]
fn the_default_view_needs_no_parameters() {
    assert_eq!(query(&state(), None, true), "");
    assert_eq!(address("file:///a/index.html?view=reader#event-x", ""), "file:///a/index.html");
}

#[test]
fn a_view_read_back_from_its_link_is_the_same_view() {
    let s = state();
    let mut v = s.clone();
    for action in [
        Action::SetTheme(Theme::Dark),
        Action::ChooseEntity(Some("entity-qasem-soleimani".into())),
        Action::FilterSection(Some("section-history".into())),
        Action::Search("tunnels & “Axis”".into()),
        Action::Story(true),
    ] {
        v = v.apply(action).unwrap_or(v);
    }
    let shown = Shown { from: day("2012-03-04") + 0.4, to: day("2024-01-31") + 0.5, fitted: false, even_time: true };
    let q = query(&v, Some(shown), true);
    assert!(q.contains("search=tunnels%20%26%20%E2%80%9CAxis%E2%80%9D"), "{q}");
    assert!(q.contains("from=2012-03-04&to=2024-01-31&scale=even&theme=dark"), "{q}");
    assert_eq!(address("https://x.example/v/?old=1#top", &q), format!("https://x.example/v/?{q}"));
    let (options, notice) = Options::from_query(&q, &s.library.ids, &s.library.article);
    assert_eq!(notice, None, "{q}");
    let back = s.clone().open_with(&options);
    assert_eq!(
        (&back.selected, &back.entity, &back.section_filter, &back.query, back.story),
        (&v.selected, &v.entity, &v.section_filter, &v.query, v.story)
    );
    assert_eq!(options.theme, Some(Theme::Dark));
    assert!(options.even_time);
    // Whole days that take in the view: the day it starts on to the end of the day it ends on.
    assert_eq!(options.range, Some((day("2012-03-04") as i64, day("2024-02-01") as i64)));
    // Without asking for the theme, the link leaves the reader's own.
    assert!(!query(&v, Some(shown), false).contains("theme"));
}

#[test]
fn a_fitted_timeline_and_a_story_view_say_no_more_than_they_must() {
    let s = state().apply(Action::SetView(View::Story)).unwrap();
    let q = query(&s, Some(Shown { from: 0.0, to: 10.0, fitted: true, even_time: false }), false);
    assert!(q.starts_with("view=story&event=event-"), "{q}");
    assert!(!q.contains("story=on") && !q.contains("from="), "{q}");
}

#[test]
fn old_and_broken_parts_of_a_link_keep_the_rest() {
    let s = state();
    let (lib, ids) = (&s.library, &s.library.ids);
    let (o, notice) =
        Options::from_query("event=october-7-attack&from=2023-13-01&to=2024&who=nobody", ids, &lib.article);
    assert!(matches!(o.start, Some(crate::fragment::Target::Event { ref id, .. }) if id == "event-october-7-attack"));
    assert_eq!((o.range, o.who), (None, None));
    let notice = notice.unwrap();
    assert!(notice.contains("2023-13-01") && notice.contains("more"), "{notice}");
    let (o, notice) = Options::from_query("from=2020&to=2001", ids, &lib.article);
    assert_eq!(o.range, None);
    assert!(notice.unwrap().contains("do not make a range"));
    let (o, notice) = Options::from_query("story&scale=wobbly", ids, &lib.article);
    assert!(o.story && !o.even_time);
    assert!(notice.unwrap().contains("wobbly"));
}

#[test]
fn a_link_says_what_it_can_read_back() {
    let s = state();
    // Zoomed out past the years a date can be written in: no range, as fitted.
    let far = Shown { from: -3_000_000.0, to: 1_000_000.0, fitted: false, even_time: false };
    assert_eq!(query(&s, Some(far), false), "");
    // A long search in any script survives the trip.
    let words = "تونل‌ها و “محور مقاومت” 🚇 ".repeat(30).trim_end().to_string();
    let v = s.apply(Action::Search(words.clone())).unwrap();
    let q = query(&v, None, false);
    let (options, notice) = Options::from_query(&q, &s.library.ids, &s.library.article);
    assert_eq!(notice, None, "{} characters", q.len());
    assert_eq!(options.search.as_deref(), Some(words.as_str()));
}
