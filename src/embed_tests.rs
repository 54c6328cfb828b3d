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
