use super::*;

fn one(text: &str) -> Found {
    let found = scan(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
    found.into_iter().next().expect("one")
}

fn span(text: &str, context: &Context) -> DateSpan {
    resolve(&one(text), context).unwrap_or_else(|e| panic!("{e}"))
}

fn interval(s: &DateSpan) -> (&str, &str, Precision) {
    (s.start.as_str(), s.end.as_str(), s.precision)
}

fn year(y: i32) -> Context {
    Context { year: Some((y, format!("the year {y} stated nearby"))), anchor: None }
}

#[test]
fn every_form_the_seed_uses() {
    let none = Context::default();
    let cases: &[(&str, &str, (&str, &str, Precision))] = &[
        ("Since the early 1990s, Iran", "early 1990s", ("1990-01-01", "1993-12-31", Precision::PartOfDecade)),
        ("on 5 January 1996, Deif", "5 January 1996", ("1996-01-05", "1996-01-05", Precision::Day)),
        ("the 2008–2009 Gaza War", "2008–2009", ("2008-01-01", "2009-12-31", Precision::Range)),
        ("a December 2006 visit", "December 2006", ("2006-12-01", "2006-12-31", Precision::Month)),
        ("In 1990, Iran hosted", "1990", ("1990-01-01", "1990-12-31", Precision::Year)),
        ("===1980s–1990s===", "1980s–1990s", ("1980-01-01", "1999-12-31", Precision::Range)),
        ("through the 1990s.", "1990s", ("1990-01-01", "1999-12-31", Precision::Decade)),
        ("its 7 October 2023 surprise attack", "7 October 2023", ("2023-10-07", "2023-10-07", Precision::Day)),
        ("the late 1980s", "late 1980s", ("1986-01-01", "1989-12-31", Precision::PartOfDecade)),
        ("from 2008–09 on", "2008–09", ("2008-01-01", "2009-12-31", Precision::Range)),
        ("on March 3, 2001 he", "March 3, 2001", ("2001-03-03", "2001-03-03", Precision::Day)),
        ("in late February 2024", "late February 2024", ("2024-02-21", "2024-02-29", Precision::PartOfMonth)),
    ];
    for (text, wording, want) in cases {
        let f = one(text);
        assert_eq!(&f.wording, wording, "{text}");
        let s = resolve(&f, &none).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(interval(&s), *want, "{text}");
        assert!(!s.approximate && s.inferred_from.is_none(), "{text}");
    }
}

#[test]
fn wording_without_a_year_takes_it_from_context_and_says_so() {
    let s = span("in a meeting in Beirut on 2 October.", &year(2023));
    assert_eq!(interval(&s), ("2023-10-02", "2023-10-02", Precision::Day));
    assert_eq!(s.wording, "2 October");
    assert!(s.inferred_from.as_deref().is_some_and(|f| f.contains("2023")));
    assert!(!s.approximate, "a year from the same sentence is not a guess");

    let s = span("killed during a patrol in mid-October, a mural", &year(2024));
    assert_eq!(interval(&s), ("2024-10-11", "2024-10-20", Precision::PartOfMonth));
    assert_eq!(s.wording, "mid-October");

    let s = span("its October 7 attacks on Israel", &year(2023));
    assert_eq!((s.wording.as_str(), s.start.as_str()), ("October 7", "2023-10-07"));

    let f = one("on 2 October.");
    assert!(resolve(&f, &Context::default()).unwrap_err().contains("has no year"));
}

#[test]
fn relative_wording_counts_back_from_its_anchor_and_is_approximate() {
    let november_2023 = span("in November 2023 regarding", &Context::default());
    let ctx = Context { year: None, anchor: Some((november_2023.clone(), "November 2023, when this was said".into())) };
    let s = span("Six or seven years ago, I posted about this", &ctx);
    assert_eq!(s.wording, "Six or seven years ago");
    assert_eq!(interval(&s), ("2016-11-01", "2017-11-30", Precision::Range));
    assert!(s.approximate);
    assert!(s.inferred_from.as_deref().is_some_and(|f| f.contains("November 2023")));

    let attack = span("its 7 October 2023 surprise attack", &Context::default());
    let ctx = Context { year: None, anchor: Some((attack, "7 October 2023".into())) };
    let s = span("In the weeks leading up to the attack, some 500 fighters", &ctx);
    assert_eq!(s.wording, "In the weeks leading up to the attack");
    assert_eq!(interval(&s), ("2023-08-12", "2023-10-06", Precision::Range));
    assert!(s.approximate);

    assert!(resolve(&one("two weeks ago"), &Context::default()).unwrap_err().contains("counts back"));
}

#[test]
fn numbers_that_are_not_dates_are_left_alone() {
    for text in [
        "killed 1,200 Israelis",
        "$100 million annually",
        "about $2000 a month",
        "a 240 mm rocket",
        "2000 km of tunnels",
        "more than 360 kilometers",
        "for more than three months",
        "Within three years, they dug",
        "Fajr-5 missile",
        "it may rain",
        "May we go",
        "12345 items",
        "in 20231",
        "room 1990b",
    ] {
        assert_eq!(scan(text), [], "{text}");
    }
}

#[test]
fn several_dates_in_one_sentence_are_found_in_order() {
    let found: Vec<String> =
        scan("Following Arafat's passing in 2004 and Israel's exit from Gaza in 2005, support increased.")
            .into_iter()
            .map(|f| f.wording)
            .collect();
    assert_eq!(found, ["2004", "2005"]);
    let f = scan("on 7 October 2023 ... on 2 October.");
    assert_eq!((f[0].start, f[0].end, f[1].wording.as_str()), (3, 17, "2 October"));
}

#[test]
fn a_recurring_date_is_not_a_date_expression() {
    assert_eq!(scan("the town still lights lanterns every October 7."), []);
    assert_eq!(scan("held every 5 January"), []);
}

#[test]
fn a_bare_month_needs_a_time_word_before_it() {
    assert_eq!(one("It happened in October.").form, Form::Month { month: 10, year: None });
    assert_eq!(scan("October was cold"), []);
}

#[test]
fn impossible_days_are_refused() {
    assert!(resolve(&one("on 31 February 2001"), &Context::default()).unwrap_err().contains("not a day"));
    assert!(resolve(&one("on 29 February 2024"), &Context::default()).is_ok());
}

#[test]
fn civil_day_arithmetic_round_trips() {
    for days in [-800_000, -1, 0, 1, 11_016, 19_637, 60_000] {
        assert_eq!(Civil::from_days(days).days(), days);
    }
    assert_eq!(Civil::new(1970, 1, 1).unwrap().days(), 0);
    assert_eq!(Civil::new(2023, 10, 7).unwrap().to_string(), "2023-10-07");
    assert_eq!(Civil::new(2024, 3, 31).unwrap().minus(1, Unit::Month).to_string(), "2024-02-29");
}
