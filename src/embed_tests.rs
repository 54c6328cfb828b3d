use super::*;

fn seed() -> (Article, Ids) {
    let a = crate::bundled::article().expect("bundled");
    let ids = Ids::new(&a);
    (a, ids)
}

#[test]
fn no_query_is_the_default() {
    let (a, ids) = seed();
    assert_eq!(Options::from_query("", &ids, &a), (Options::default(), None));
    assert_eq!(Options::from_query("?", &ids, &a), (Options::default(), None));
    assert_eq!(Options::default().view, View::Both);
}

#[test]
fn view_theme_event_and_section() {
    let (a, ids) = seed();
    let (o, notice) = Options::from_query("?view=timeline&theme=dark&event=event-october-7-attack", &ids, &a);
    assert_eq!(notice, None);
    assert_eq!(o.view, View::Timeline);
    assert_eq!(o.theme, Some(Theme::Dark));
    assert!(matches!(o.start, Some(Target::Event { ref id, .. }) if id == "event-october-7-attack"));
    // The id's prefix may be left out; an event wins over a section, whatever the order.
    let (o, _) = Options::from_query("event=october-7-attack&section=gaza-war", &ids, &a);
    assert!(matches!(o.start, Some(Target::Event { ref id, .. }) if id == "event-october-7-attack"));
    let (o, notice) = Options::from_query("?section=section-gaza-war&view=reader", &ids, &a);
    assert_eq!((o.start, o.view, notice), (Some(Target::Element("section-gaza-war".into())), View::Reader, None));
}

#[test]
fn unknown_names_are_ignored_and_bad_values_named() {
    let (a, ids) = seed();
    let (o, notice) = Options::from_query("?utm_source=mail&ref=x", &ids, &a);
    assert_eq!((o, notice), (Options::default(), None));
    let (o, notice) = Options::from_query("?view=sideways", &ids, &a);
    assert_eq!(o.view, View::Both);
    assert!(notice.unwrap().contains("There is no view “sideways”"));
    let (o, notice) = Options::from_query("?event=not-an-event&theme=neon&view=timeline", &ids, &a);
    assert_eq!((o.start, o.theme, o.view), (None, None, View::Timeline), "what was understood is kept");
    let notice = notice.unwrap();
    assert!(notice.contains("There is no event “not-an-event”") && notice.contains("1 more"), "{notice}");
}

#[test]
fn hostile_queries_give_a_short_notice_and_never_markup() {
    let (a, ids) = seed();
    for query in
        ["?view=<script>alert(1)</script>&event=%FF&theme=%00", "?%%%=%FF", "?view=%E0%80%80", "?section=%00%0A"]
    {
        let (o, notice) = Options::from_query(query, &ids, &a);
        assert_eq!(o.start, None, "{query}");
        if let Some(n) = notice {
            assert!(n.len() < 400 && !n.chars().any(char::is_control), "{query}: {n}");
        }
    }
    let (_, notice) = Options::from_query("?view=<script>alert(1)</script>", &ids, &a);
    assert!(notice.unwrap().contains("<script>"), "shown as text, for the reader to see what was asked");
    let (o, notice) = Options::from_query(&format!("?view={}", "timeline".repeat(10_000)), &ids, &a);
    assert_eq!(o, Options::default());
    assert!(notice.unwrap().contains("too long"));
}

#[test]
fn plus_is_a_space_and_values_are_trimmed() {
    let (a, ids) = seed();
    let (o, notice) = Options::from_query("?view=+timeline+", &ids, &a);
    assert_eq!((o.view, notice), (View::Timeline, None));
}

#[test]
fn heights_an_element_understands() {
    assert_eq!(Height::parse("content"), Ok(Height::Content));
    assert_eq!(Height::parse(" auto "), Ok(Height::Content));
    for ok in ["600px", "40em", "2.5rem", "80vh", "100dvh", "12.75svh"] {
        assert_eq!(Height::parse(ok), Ok(Height::AtMost(ok.into())), "{ok}");
    }
    for bad in [
        "",
        "50%",
        "0px",
        "0.0em",
        "px",
        "1e3px",
        ".5em",
        "5.em",
        "1.2.3em",
        "-5px",
        "calc(1px)",
        "10 px",
        "999999999px",
        "9px; color: red",
    ] {
        let e = Height::parse(bad).expect_err(bad);
        assert!(e.starts_with("The height “"), "{e}");
    }
    assert_eq!(Height::default_box(), Height::AtMost("40em".into()));
}

#[test]
fn attributes_are_read_like_parameters() {
    let (a, ids) = seed();
    let attrs = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    };
    let (o, notice) = Options::from_attributes(
        &attrs(&[
            ("view", "timeline"),
            ("theme", "sepia"),
            ("section", "gaza-war"),
            ("height", "30em"),
            ("class", "x"),
        ]),
        &ids,
        &a,
    );
    assert_eq!(notice, None);
    assert_eq!((o.view, o.theme), (View::Timeline, Some(Theme::Sepia)));
    assert_eq!(o.start, Some(Target::Element("section-gaza-war".into())));
    let (o, notice) =
        Options::from_attributes(&attrs(&[("view", "<b>x</b>"), ("height", "tall"), ("event", "nope")]), &ids, &a);
    assert_eq!(o, Options::default());
    let notice = notice.expect("a notice");
    assert!(notice.starts_with("There is no view “<b>x</b>”"), "{notice}");
    assert!(notice.ends_with("(And 2 more choices were not understood.)"), "{notice}");
    let (_, notice) = Options::from_attributes(&attrs(&[("event", &"x".repeat(5000))]), &ids, &a);
    assert_eq!(notice.as_deref(), Some("The attribute “event” is too long to read."));
}

#[test]
fn a_start_is_a_place_or_with_the_timeline_alone_a_sections_events() {
    let section = || Some(Target::Element("section-gaza-war".into()));
    assert_eq!(start_at(section(), View::Both), StartAt::Place(Target::Element("section-gaza-war".into())));
    assert_eq!(start_at(section(), View::Reader), StartAt::Place(Target::Element("section-gaza-war".into())));
    assert_eq!(start_at(section(), View::Timeline), StartAt::Events("section-gaza-war".into()));
    let event = Target::Event { id: "event-x".into(), sentence: "s".into() };
    assert_eq!(start_at(Some(event.clone()), View::Timeline), StartAt::Place(event));
    assert_eq!(start_at(None, View::Timeline), StartAt::Top);
}

#[test]
fn a_link_to_a_view_reads_its_story_filters_range_and_scale() {
    use article::dates::Civil;
    let (a, ids) = seed();
    let (o, notice) = Options::from_query(
        "view=story&story=on&who=entity-qasem-soleimani&in=gaza-war&search=tunnel%20war&from=2014&to=2023-10&scale=even",
        &ids,
        &a,
    );
    assert_eq!(notice, None);
    assert_eq!(o.view, View::Story);
    assert!(!o.view.shows_timeline() && !o.view.shows_reader());
    assert!(o.story && o.even_time);
    assert_eq!(o.who.as_deref(), Some("entity-qasem-soleimani"));
    assert_eq!(o.only_section.as_deref(), Some("section-gaza-war"));
    assert_eq!(o.search.as_deref(), Some("tunnel war"));
    let day = |y, m, d| Civil::new(y, m, d).unwrap().days();
    assert_eq!(
        o.range,
        Some((day(2014, 1, 1), day(2023, 10, 31) + 1)),
        "a year from its first day, a month to its last"
    );
    for (query, says) in [
        ("search=".to_string() + &"x".repeat(1001), "longer than 1000"),
        ("who=entity-nobody".to_string(), "no one"),
        ("in=nowhere".to_string(), "no section"),
        ("from=2024&to=2020".to_string(), "do not make a range"),
        ("from=2024-02-30&to=2025".to_string(), "2024-02-30"),
        ("from=yesterday&to=2025".to_string(), "yesterday"),
    ] {
        let (o, notice) = Options::from_query(&query, &ids, &a);
        assert!(notice.as_deref().is_some_and(|n| n.contains(says)), "{query}: {notice:?}");
        assert_eq!((o.who, o.only_section, o.range), (None, None, None), "{query}");
    }
}

#[test]
fn an_elements_view_state_is_read_whole_and_its_single_attributes_win() {
    let (a, ids) = seed();
    let attrs = |pairs: &[(&str, &str)]| pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect::<Vec<_>>();
    let (o, notice) = Options::from_attributes(
        &attrs(&[("view-state", "view=story&event=october-7-attack&who=entity-qasem-soleimani"), ("view", "timeline")]),
        &ids,
        &a,
    );
    assert_eq!(notice, None);
    assert_eq!(o.view, View::Timeline);
    assert_eq!(o.who.as_deref(), Some("entity-qasem-soleimani"));
    assert!(matches!(o.start, Some(Target::Event { ref id, .. }) if id == "event-october-7-attack"));
    let (_, notice) = Options::from_attributes(&attrs(&[("view-state", "who=%zz&scale=wide")]), &ids, &a);
    assert!(notice.is_some_and(|n| n.contains("“who” could not be read") && n.contains("1 more")));
}
