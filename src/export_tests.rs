use super::*;

fn seed() -> Article {
    crate::bundled::article().expect("bundled")
}

/// An RFC 4180 reader, to read back what `csv` wrote.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CRLF line ends");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(row.is_empty() && field.is_empty(), "the last row ends with CRLF");
    rows
}

#[test]
fn csv_has_a_row_per_shown_event_with_its_words_and_the_credit() {
    let a = seed();
    let shown: Vec<usize> = (0..a.events.len()).step_by(3).collect();
    let rows = read_csv(&csv(&a, &shown));
    assert_eq!(rows[0], CSV_HEADER);
    assert_eq!(rows.len(), shown.len() + 1);
    for (row, &i) in rows[1..].iter().zip(&shown) {
        let e = &a.events[i];
        assert_eq!(row.len(), CSV_HEADER.len());
        assert_eq!((&row[0], &row[1], &row[2]), (&e.date.wording, &e.date.start, &e.date.end));
        assert_eq!((&row[4], &row[7], &row[9]), (&e.title, &e.quote, &e.id));
        assert_eq!(row[5], e.attribution.clone().unwrap_or_default());
        assert!(row[10].contains("CC BY-SA 4.0") && row[10].contains("Wikipedia"), "{}", row[10]);
    }
}

#[test]
fn csv_quotes_what_needs_it() {
    let mut out = String::new();
    push_row(&mut out, ["a", "b,c", "say \"so\"", "two\nlines"]);
    assert_eq!(out, "a,\"b,c\",\"say \"\"so\"\"\",\"two\nlines\"\r\n");
    assert_eq!(read_csv(&out), vec![vec!["a", "b,c", "say \"so\"", "two\nlines"]]);
}

#[test]
fn json_is_the_published_schema_for_the_shown_events() {
    let a = seed();
    let shown = vec![0, 5, 7];
    let v: serde_json::Value = serde_json::from_str(&json(&a, &shown)).expect("JSON");
    assert_eq!(v["schema_version"], article::SCHEMA_VERSION);
    assert_eq!(v["title"], a.title.as_str());
    assert_eq!(v["credit"]["licence"], "CC BY-SA 4.0");
    let events = v["events"].as_array().expect("events");
    assert_eq!(events.len(), 3);
    // Each event reads back as the model's own.
    for (value, &i) in events.iter().zip(&shown) {
        let e: Event = serde_json::from_value(value.clone()).expect("an event of the schema");
        assert_eq!(e, a.events[i]);
    }
}

#[test]
fn ics_spans_every_shown_event_with_the_articles_wording() {
    let a = seed();
    let shown: Vec<usize> = (0..a.events.len()).collect();
    let text = ics(&a, &shown, "20261202T000000Z");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "folded: {line}");
    }
    let unfolded = text.replace("\r\n ", "");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), a.events.len());
    for e in &a.events {
        assert!(unfolded.contains(&format!("UID:{}@article-viewer", e.id)));
        assert!(unfolded.contains(&format!("SUMMARY:{}", ics_text(&format!("{}: {}", e.date.wording, e.title)))));
    }
    // An all-day span ends the day after its last day.
    let first = &a.events[0];
    assert_eq!(first.date.start, "1990-01-01");
    assert_eq!(first.date.end, "1990-12-31");
    assert!(unfolded.contains("DTSTART;VALUE=DATE:19900101\r\nDTEND;VALUE=DATE:19910101"), "{unfolded}");
    assert!(unfolded.contains("CC BY-SA 4.0"));
}

#[test]
fn ics_escapes_and_folds_by_octets() {
    assert_eq!(ics_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    let long = format!("SUMMARY:{}", "é".repeat(60));
    let folded = fold(&long);
    for line in folded.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    assert_eq!(ics_day("2024-02-28", 1).as_deref(), Some("20240229"));
    assert_eq!(ics_day("2023-12-31", 1).as_deref(), Some("20240101"));
    assert_eq!(ics_day("nonsense", 0), None);
}

#[test]
fn svg_draws_every_label_whole_and_the_credit() {
    let a = seed();
    let marks = vec![
        Mark::Tick { x: 10, label: "1990".into() },
        Mark::Bar { x: 10, y: 20, w: 40, h: 6, colour: "#123456".into() },
        Mark::Label {
            x: 10,
            y: 30,
            lines: 4,
            bold: "early 1990s".into(),
            text: "Iran & Hamas <begin> a \"long\" partnership that needs more than one line".into(),
            colour: "#123456".into(),
        },
    ];
    let d = Drawing {
        width: 800,
        height: 300,
        background: "#fff".into(),
        foreground: "#111".into(),
        muted: "#555".into(),
        font: 13,
        marks,
    };
    let svg = svg(&a.title, &a.credit, &d);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(!svg.contains("<begin>") && svg.contains("&lt;begin&gt;") && svg.contains("&amp;"));
    // The label's words, read back across its lines, are all there in order.
    let mut text = String::new();
    let mut in_tag = false;
    for c in svg.replace("<tspan x=", " <tspan x=").chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "early 1990s Iran &amp; Hamas &lt;begin&gt; a &quot;long&quot; partnership that needs more than one line"
        ),
        "{text}"
    );
    assert_eq!(svg.matches("<tspan x=").count(), 4, "in the page's four lines");
    assert!(svg.contains("CC BY-SA 4.0") && svg.contains(&xml(&a.title)));
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn a_label_takes_as_many_lines_as_the_page_gives_it() {
    let text = "early 1990s Iran commits military and financial backing to Hamas";
    for n in 1..=5 {
        let lines = wrap_in(text, n);
        assert!(lines.len() <= n, "{n}: {lines:?}");
        assert_eq!(lines.join(" "), text);
    }
    assert_eq!(wrap_in("one", 3), vec!["one"]);
}
