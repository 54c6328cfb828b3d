use super::*;

fn state() -> ViewerState {
    ViewerState::new(
        Fixed::new(Library::new(crate::bundled::article().expect("bundled"))),
        Theme::System,
        TextSize::Normal,
    )
}

#[test]
fn searching_finds_matches_and_selects_the_first() {
    let s = state().apply(Action::Search("Soleimani".into())).expect("changes");
    assert!(s.matches.len() >= 6);
    assert_eq!(s.current, Some(0));
    assert!(s.apply(Action::Search("Soleimani".into())).is_none(), "same query, no re-render");
    let none = s.apply(Action::Search("no such words".into())).unwrap();
    assert_eq!((none.matches.len(), none.current), (0, None));
}

#[test]
fn stepping_wraps_both_ways_and_asks_to_scroll_there() {
    let s = state().apply(Action::Search("Kfar Darom".into())).unwrap();
    assert_eq!(s.matches.len(), 2);
    let next = s.apply(Action::NextMatch).unwrap();
    assert_eq!(next.current, Some(1));
    let go = next.go_to.clone().unwrap();
    assert_eq!(go.target, Target::Element(next.library.index.entries[next.matches[1].entry].sentence.clone()));
    assert!(!go.focus, "the search box keeps focus");
    let wrapped = next.apply(Action::NextMatch).unwrap();
    assert_eq!(wrapped.current, Some(0));
    assert_ne!(wrapped.go_to.unwrap().seq, go.seq, "a new request each time");
    assert_eq!(s.apply(Action::PreviousMatch).unwrap().current, Some(1));
    assert!(state().apply(Action::NextMatch).is_none(), "nothing to step through");
}

#[test]
fn clearing_the_search() {
    let s = state().apply(Action::Search("Hamas".into())).unwrap().apply(Action::ClearSearch).unwrap();
    assert_eq!((s.query.as_str(), s.matches.len(), s.current), ("", 0, None));
    assert!(s.apply(Action::ClearSearch).is_none());
}

#[test]
fn following_a_link_closes_the_drawer_and_keeps_the_notice() {
    let s = state().apply(Action::ToggleContents).unwrap();
    assert!(s.contents_open);
    let s = s.apply(Action::GoTo(Target::Top, Some("There is no “x”".into()))).unwrap();
    assert!(!s.contents_open);
    assert!(s.go_to.as_ref().unwrap().focus, "following a link moves focus");
    assert_eq!(s.notice.as_deref(), Some("There is no “x”"));
    assert_eq!(s.apply(Action::DismissNotice).unwrap().notice, None);
}

#[test]
fn section_in_view_changes_only_when_it_changes() {
    let s = state().apply(Action::SectionInView("section-history".into())).unwrap();
    assert!(s.apply(Action::SectionInView("section-history".into())).is_none());
}

#[test]
fn preferences_and_panels() {
    let s = state();
    assert_eq!(s.apply(Action::SetTheme(Theme::Sepia)).unwrap().theme, Theme::Sepia);
    assert!(s.apply(Action::SetTheme(Theme::System)).is_none());
    assert_eq!(s.apply(Action::SetTextSize(TextSize::Larger)).unwrap().text_size, TextSize::Larger);
    assert!(s.apply(Action::ToggleHelp).unwrap().help_open);
    assert_eq!(
        s.apply(Action::ChooseEntity(Some("entity-hamas".into()))).unwrap().entity.as_deref(),
        Some("entity-hamas")
    );
}

#[test]
fn filters_narrow_the_timeline_and_clear_together() {
    let s = state();
    let all = s.library.article.events.len();
    assert_eq!(s.shown_events().len(), all);
    let soleimani = s.apply(Action::ChooseEntity(Some("entity-qasem-soleimani".into()))).unwrap();
    let shown = soleimani.shown_events();
    assert!(!shown.is_empty() && shown.len() < all);
    assert!(shown
        .iter()
        .all(|&i| soleimani.library.article.events[i].entities.contains(&"entity-qasem-soleimani".to_string())));
    let both = soleimani.apply(Action::FilterSection(Some("section-tunnel-warfare".into()))).unwrap();
    assert!(both.shown_events().len() <= shown.len());
    assert!(both
        .shown_events()
        .iter()
        .all(|&i| both.library.article.events[i].section.as_deref() == Some("section-tunnel-warfare")));
    let history = s.apply(Action::FilterSection(Some("section-history".into()))).unwrap();
    assert_eq!(history.shown_events().len(), all - 3, "three events are told in the lead, not in History");
    assert!(
        s.apply(Action::FilterSection(Some("section-nowhere".into()))).is_none(),
        "an unknown section is no filter"
    );
    let searched = both.apply(Action::Search("Zarghami".into())).unwrap();
    assert!(searched.shown_events().iter().all(|&i| searched.library.article.events[i].quote.contains("Zarghami")));
    let cleared = searched.apply(Action::ClearFilters).unwrap();
    assert_eq!((cleared.entity.as_ref(), cleared.section_filter.as_ref(), cleared.query.as_str()), (None, None, ""));
    assert_eq!(cleared.shown_events().len(), all);
}

#[test]
fn selecting_and_event_links_select_on_the_timeline() {
    let s = state();
    let picked = s.apply(Action::SelectEvent(Some("event-october-7-attack".into()))).unwrap();
    assert_eq!(picked.selected_index(), picked.library.event_at.get("event-october-7-attack").copied());
    assert!(s.apply(Action::SelectEvent(Some("event-none".into()))).is_none(), "unknown events are not selected");
    let linked =
        s.apply(Action::GoTo(Target::Event { id: "event-arafat-dies".into(), sentence: "x".into() }, None)).unwrap();
    assert_eq!(linked.selected.as_deref(), Some("event-arafat-dies"));
    assert!(picked.apply(Action::SelectEvent(None)).unwrap().selected.is_none());
}

#[test]
fn a_link_into_the_text_shows_the_reader_an_event_keeps_the_view() {
    let s = state();
    let s = s.apply(Action::SetView(crate::embed::View::Timeline)).unwrap();
    assert_eq!(s.apply(Action::SetView(crate::embed::View::Timeline)), None, "no change, no render");
    let event = s.library.article.events[0].clone();
    let t =
        s.apply(Action::GoTo(Target::Event { id: event.id.clone(), sentence: event.sentence.clone() }, None)).unwrap();
    assert_eq!((t.view, t.selected.as_deref()), (crate::embed::View::Timeline, Some(event.id.as_str())));
    let t = s.apply(Action::GoTo(Target::Element("section-gaza-war".into()), None)).unwrap();
    assert_eq!(t.view, crate::embed::View::Both);
    let r = state().apply(Action::SetView(crate::embed::View::Reader)).unwrap();
    assert_eq!(
        r.apply(Action::GoTo(Target::Element("section-gaza-war".into()), None)).unwrap().view,
        crate::embed::View::Reader
    );
}

#[test]
fn a_story_steps_through_the_shown_events_in_date_order_and_stops_at_both_ends() {
    use super::Step::*;
    let s = state();
    let all = s.library.article.events.len();
    let open = s.apply(Action::Story(true)).unwrap();
    assert_eq!(open.selected_index(), Some(0), "opened with nothing selected, it starts at the first event");
    assert_eq!(open.story_progress(&open.shown_events()), Some((1, all)));
    assert!(open.apply(Action::StoryStep(Previous)).is_none(), "nothing before the first");
    let mut at = open.clone();
    for k in 2..=all {
        at = at.apply(Action::StoryStep(Next)).unwrap();
        assert_eq!(at.story_progress(&at.shown_events()), Some((k, all)));
    }
    assert!(at.apply(Action::StoryStep(Next)).is_none(), "nothing after the last");
    let first = at.apply(Action::StoryStep(First)).unwrap();
    assert_eq!(first.selected_index(), Some(0));
    assert_eq!(first.apply(Action::StoryStep(Last)).unwrap().selected_index(), Some(all - 1));
    assert!(!open.apply(Action::Story(false)).unwrap().story_open());
}

#[test]
fn a_story_follows_the_filters_and_keeps_to_them() {
    use super::Step::*;
    let who = "entity-qasem-soleimani".to_string();
    let s = state().apply(Action::Story(true)).unwrap();
    // Choosing a person moves the story onto their first event from where it stood.
    let theirs = s.apply(Action::ChooseEntity(Some(who.clone()))).unwrap();
    let shown = theirs.shown_events();
    assert_eq!(theirs.selected_index(), shown.first().copied());
    let mut at = theirs;
    let mut seen = vec![at.selected_index().unwrap()];
    while let Some(next) = at.apply(Action::StoryStep(Next)) {
        at = next;
        seen.push(at.selected_index().unwrap());
    }
    assert_eq!(seen, shown, "every one of their events, in date order, and only theirs");
    while let Some(previous) = at.apply(Action::StoryStep(Previous)) {
        at = previous;
        seen.pop();
        assert_eq!(at.selected_index(), seen.last().copied());
    }
    assert_eq!(seen.len(), 1);
    // A search that finds nothing leaves the step where it was: the story says there is none.
    let none = at.apply(Action::Search("no such words".into())).unwrap();
    assert_eq!(none.story_progress(&none.shown_events()), None);
}

#[test]
fn a_link_to_a_view_opens_on_its_filters_step_and_view() {
    let s = state();
    let (lib, ids) = (&s.library, &s.library.ids);
    let (options, notice) = crate::embed::Options::from_query(
        "?view=story&who=entity-qasem-soleimani&search=Soleimani&event=event-ladak-on-soleimani",
        ids,
        &lib.article,
    );
    assert_eq!(notice, None);
    let opened = s.clone().open_with(&options);
    assert_eq!(opened.view, crate::embed::View::Story);
    assert!(opened.story_open());
    assert_eq!(opened.entity.as_deref(), Some("entity-qasem-soleimani"));
    assert_eq!(opened.query, "Soleimani");
    assert!(!opened.matches.is_empty());
    let at = opened.story_progress(&opened.shown_events());
    assert!(at.is_some_and(|(k, n)| k >= 1 && k <= n), "{at:?}");
    // Leaving the story view for the reader leaves the story.
    let read = opened.apply(Action::SetView(crate::embed::View::Both)).unwrap();
    assert!(!read.story_open());
}

#[test]
fn a_story_keeps_a_step_whatever_is_chosen_elsewhere() {
    let who = "entity-qasem-soleimani".to_string();
    let s = state().apply(Action::ChooseEntity(Some(who.clone()))).unwrap().apply(Action::Story(true)).unwrap();
    assert!(s.apply(Action::SelectEvent(None)).is_none(), "Escape on the timeline leaves the step");
    // An event the filter hides (the first of all): the story goes to the first shown from there.
    let hidden = s.library.article.events[0].id.clone();
    let moved = s.apply(Action::SelectEvent(Some(hidden))).unwrap_or(s.clone());
    let shown = moved.shown_events();
    assert_eq!(moved.selected_index(), shown.first().copied());
}
