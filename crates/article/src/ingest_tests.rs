use super::*;

const SEED: &str = include_str!("../../../data/iranian-support-for-hamas.txt");
const SEED_CURATED: &str = include_str!("../../../data/iranian-support-for-hamas.curated.json");

fn seed() -> Article {
    ingest(
        SourceFile { name: "seed.txt", bytes: SEED.as_bytes() },
        Some(SourceFile { name: "seed.curated.json", bytes: SEED_CURATED.as_bytes() }),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn with_curated(article: &str, curated: &str) -> Result<Article, IngestError> {
    ingest(
        SourceFile { name: "a.txt", bytes: article.as_bytes() },
        Some(SourceFile { name: "a.curated.json", bytes: curated.as_bytes() }),
    )
}

fn automatic(article: &str) -> Result<Article, IngestError> {
    ingest(SourceFile { name: "a.txt", bytes: article.as_bytes() }, None)
}

fn event<'a>(a: &'a Article, id: &str) -> &'a Event {
    a.events.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("no {id}"))
}

/// The article's prose with each paragraph's lines joined, as sentences are taken from it.
fn seed_prose() -> String {
    SEED.split("\n\n").map(|p| p.lines().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\n")
}

#[test]
fn seed_has_every_required_event_tied_to_a_verbatim_sentence() {
    let a = seed();
    assert!(a.events.len() >= 25, "{} events", a.events.len());
    let prose = seed_prose();
    let sentences: Vec<(&str, &str)> = {
        let mut all: Vec<&Block> = a.lead.iter().collect();
        for s in a.all_sections() {
            all.extend(&s.blocks);
        }
        all.into_iter().flat_map(|b| b.sentences().iter().map(|s| (s.id.as_str(), s.text.as_str()))).collect()
    };
    for e in &a.events {
        assert!(prose.contains(&e.quote), "{}: quote not verbatim in the article", e.id);
        assert!(
            sentences.contains(&(e.sentence.as_str(), e.quote.as_str())),
            "{}: sentence id does not hold its quote",
            e.id
        );
        for f in &e.figures {
            let text = sentences.iter().find(|(id, _)| *id == f.sentence).map(|(_, t)| *t).unwrap_or("");
            assert!(text.contains(&f.text), "{}: figure {} not in its sentence", e.id, f.text);
        }
        assert!(!e.title.is_empty());
    }
    let wordings: Vec<&str> = a.events.iter().map(|e| e.date.wording.as_str()).collect();
    for required in [
        "1990",
        "1995",
        "5 January 1996",
        "December 2006",
        "2008–2009",
        "November 2012",
        "2020",
        "2 October",
        "7 October 2023",
        "November 2023",
        "December 2023",
        "January 2024",
        "August 2024",
        "mid-October",
        "early 1990s",
        "Six or seven years ago",
        "In the weeks leading up to the attack",
    ] {
        assert!(wordings.contains(&required), "no event dated {required}");
    }
}

#[test]
fn seed_events_keep_figures_attribution_and_people() {
    let a = seed();
    let visit = event(&a, "event-haniyeh-visits-tehran");
    assert_eq!(visit.date.precision, Precision::Month);
    assert_eq!(visit.figures.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["$250 million"]);
    assert!(visit.entities.contains(&"entity-ismail-haniyeh".to_string()));

    assert_eq!(
        event(&a, "event-state-department-report-2020").attribution.as_deref(),
        Some("According to a 2020 US Department of State report")
    );
    assert_eq!(
        event(&a, "event-funding-as-of-2023").attribution.as_deref(),
        Some("according to an Israeli security source")
    );
    assert_eq!(event(&a, "event-gaza-war-2008-2009").attribution.as_deref(), Some("According to Arash Azizi"));
    assert_eq!(
        event(&a, "event-kfar-darom-bus-attack").attribution.as_deref(),
        Some("According to the U.S. Department of State")
    );
    assert_eq!(event(&a, "event-hamas-2022-plan").attribution.as_deref(), Some("According to The New York Times"));

    let kfar = event(&a, "event-kfar-darom-bus-attack");
    assert_eq!((kfar.date.wording.as_str(), kfar.date.start.as_str()), ("1995", "1995-01-01"));
    assert!(kfar.date.inferred_from.as_deref().is_some_and(|f| f.contains("1995 Kfar Darom bus attack")));
    let killed =
        kfar.figures.iter().find(|f| f.text == "Seven Israeli soldiers and one settler were killed").expect("figure");
    assert_ne!(killed.sentence, kfar.sentence, "the figure links to its own sentence");

    let attack = event(&a, "event-october-7-attack");
    assert_eq!((attack.date.start.as_str(), attack.date.precision), ("2023-10-07", Precision::Day));
    let training = event(&a, "event-training-in-iran-before-the-attack");
    assert!(training.date.approximate);
    assert_eq!(training.date.end, "2023-10-06", "counts back from the attack, not from 2 October");

    let canary = event(&a, "event-zarghami-yellow-canary");
    assert_eq!(canary.speaker.as_deref(), Some("Ezzatollah Zarghami"));
    assert_eq!((canary.date.start.as_str(), canary.date.end.as_str()), ("2016-11-01", "2017-11-30"));
    assert!(canary.date.approximate);

    let killed = event(&a, "event-sinwar-killed");
    assert_eq!((killed.date.wording.as_str(), killed.date.start.as_str()), ("mid-October", "2024-10-11"));
}

#[test]
fn seed_events_are_in_date_order() {
    let a = seed();
    for pair in a.events.windows(2) {
        assert!(
            (&pair[0].date.start, &pair[0].date.end) <= (&pair[1].date.start, &pair[1].date.end),
            "{} before {}",
            pair[0].id,
            pair[1].id
        );
    }
}

#[test]
fn seed_quotations_have_their_speakers() {
    let a = seed();
    let speakers: Vec<String> = a
        .all_sections()
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            Block::Quotation { speaker, .. } => speaker.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(
        speakers,
        [
            "Ahmad Abd al-Hadi",
            "Abdolfattah Ahvazian",
            "Ezzatollah Zarghami",
            "Mansour Haghighatpour",
            "Sheikh Jaffer Ladak"
        ]
    );
}

#[test]
fn seed_entities_have_aliases_and_every_mention() {
    let a = seed();
    let soleimani = a.entities.iter().find(|e| e.name == "Qasem Soleimani").expect("Soleimani");
    assert!(soleimani.aliases.contains(&"Hajj Qasem".to_string()));
    let all = a.all_sections();
    let text_of = |m: &Mention| -> String {
        let blocks = a.lead.iter().chain(all.iter().flat_map(|s| s.blocks.iter()));
        let sentence = blocks.flat_map(|b| b.sentences()).find(|s| s.id == m.sentence).expect("sentence");
        sentence.text.chars().skip(m.start).take(m.len).collect()
    };
    let named: Vec<String> = soleimani.mentions.iter().map(text_of).collect();
    assert!(named.contains(&"Hajj Qasem".to_string()) && named.contains(&"Soleimani".to_string()), "{named:?}");
    // Every name in the prose is a mention: each "Soleimani" and "Hajj Qasem", with "Hajj Qasem
    // Soleimani" as one (in "Hajj Qasem [Soleimani]" the bracket makes two).
    let prose = seed_prose();
    let expected = prose.matches("Soleimani").count() + prose.matches("Hajj Qasem").count()
        - prose.matches("Hajj Qasem Soleimani").count();
    assert_eq!((soleimani.mentions.len(), expected), (10, 10));
    for name in [
        "Ayatollah Khamenei",
        "Ismail Haniyeh",
        "Yahya Sinwar",
        "Imad Mughniyeh",
        "Islamic Revolutionary Guard Corps",
        "Quds Force",
        "Hezbollah",
        "Palestinian Islamic Jihad",
    ] {
        let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}"));
        assert!(!e.mentions.is_empty(), "{name}");
        for m in &e.mentions {
            let t = text_of(m);
            assert!(t == e.name || e.aliases.contains(&t), "{name}: {t}");
        }
    }
    let pij = a.entities.iter().find(|e| e.name == "Palestinian Islamic Jihad").expect("PIJ");
    assert!(pij.mentions.iter().map(text_of).any(|t| t == "Palestinian Islamic Jihad"), "the longest name wins");
}

#[test]
fn ingestion_is_deterministic() {
    assert_eq!(to_json(&seed()), to_json(&seed()));
}

#[test]
fn json_round_trips_through_the_model() {
    let a = seed();
    let back: Article = serde_json::from_str(&to_json(&a)).expect("reads back");
    assert_eq!(back, a);
    assert_eq!(back.schema_version, SCHEMA_VERSION);
}

const SMALL: &str =
    "= T =\n\nIn 1990, a thing happened. Later, in 2001, another.\n\n==Later==\nOn 2 October 2002 it ended.\n";

#[test]
fn automatic_events_without_a_curated_file() {
    let a = automatic(SMALL).unwrap();
    let wordings: Vec<&str> = a.events.iter().map(|e| e.date.wording.as_str()).collect();
    assert_eq!(wordings, ["1990", "2001", "2 October 2002"]);
    assert_eq!(a.events[0].title, "In 1990, a thing happened.");
    assert_eq!(a.events[2].section.as_deref(), Some("section-later"));
    assert!(a.entities.is_empty());
}

#[test]
fn automatic_mode_turns_an_uncovered_heading_date_into_an_event() {
    let a = automatic("= T =\n==1995 Flood==\nThe river rose over the town.\n==2000s==\nIn 2003 a wall was built.\n")
        .unwrap();
    let flood = a.events.iter().find(|e| e.date.wording == "1995").expect("heading event");
    assert_eq!(flood.title, "1995 Flood");
    assert_eq!(flood.quote, "The river rose over the town.");
    assert!(!a.events.iter().any(|e| e.date.wording == "2000s"), "covered by 2003 in its own section");
}

#[test]
fn long_sentences_become_shortened_titles() {
    let long = "In 1990 ".to_string() + &"word ".repeat(40) + "end.";
    let a = automatic(&format!("= T =\n\n{long}\n")).unwrap();
    assert!(a.events[0].title.ends_with('…') && a.events[0].title.chars().count() <= 90);
}

const CURATED_OK: &str = r#"{ "events": [
  { "id": "thing", "date": "1990", "sentence": "a thing happened", "title": "A thing" },
  { "id": "another", "date": "2001", "sentence": "another", "title": "Another" },
  { "id": "end", "date": "2 October 2002", "sentence": "it ended", "title": "The end" }
] }"#;

#[test]
fn curated_titles_replace_sentences() {
    let a = with_curated(SMALL, CURATED_OK).unwrap();
    assert_eq!(a.events.iter().map(|e| e.title.as_str()).collect::<Vec<_>>(), ["A thing", "Another", "The end"]);
    assert_eq!(a.events[0].id, "event-thing");
}

#[test]
fn an_uncovered_date_fails_at_its_article_line() {
    let curated = CURATED_OK.replace(
        ",\n  { \"id\": \"end\", \"date\": \"2 October 2002\", \"sentence\": \"it ended\", \"title\": \"The end\" }",
        "",
    );
    let e = with_curated(SMALL, &curated).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.txt", 6));
    assert!(e.found.contains("`2 October 2002`") && e.found.contains("no event covers"), "{e}");
    assert!(e.expected.contains("excluded"), "{e}");
}

#[test]
fn an_exclusion_with_a_reason_covers_a_date() {
    let curated = CURATED_OK.replace(
        ",\n  { \"id\": \"end\", \"date\": \"2 October 2002\", \"sentence\": \"it ended\", \"title\": \"The end\" }\n] }",
        "] , \"excluded\": [ { \"date\": \"2 October 2002\", \"sentence\": \"it ended\", \"reason\": \"not a happening\" } ] }",
    );
    let a = with_curated(SMALL, &curated).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.events.len(), 2);
    let empty_reason = curated.replace("not a happening", " ");
    assert!(with_curated(SMALL, &empty_reason).unwrap_err().found.contains("empty reason"));
    let stale = curated.replace("\"sentence\": \"it ended\", \"reason\"", "\"sentence\": \"it began\", \"reason\"");
    assert!(with_curated(SMALL, &stale).unwrap_err().found.contains("matches no date"));
}

#[test]
fn a_curated_sentence_not_in_the_text_fails_at_its_curated_line() {
    let curated = CURATED_OK.replace("\"it ended\"", "\"it stopped\"");
    let e = with_curated(SMALL, &curated).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.curated.json", 4));
    assert!(e.found.contains("in no sentence"), "{e}");
}

#[test]
fn an_ambiguous_curated_sentence_fails() {
    let curated = CURATED_OK.replace("\"sentence\": \"another\"", "\"sentence\": \"in\"");
    assert!(with_curated(SMALL, &curated).unwrap_err().found.contains("found in 2 sentences"));
}

#[test]
fn a_date_form_the_curated_file_does_not_understand_fails() {
    let curated = CURATED_OK.replace("\"date\": \"1990\"", "\"date\": \"the spring of 1990\"");
    let e = with_curated(SMALL, &curated).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.found.contains("not a date form the viewer understands"), "{e}");
}

#[test]
fn a_date_not_near_its_sentence_fails() {
    let curated = CURATED_OK.replace("\"date\": \"2 October 2002\"", "\"date\": \"1990\"");
    assert!(with_curated(SMALL, &curated).unwrap_err().found.contains("not in its sentence"));
}

#[test]
fn a_duplicate_event_id_fails() {
    let curated = CURATED_OK.replace("\"id\": \"another\"", "\"id\": \"thing\"");
    let e = with_curated(SMALL, &curated).unwrap_err();
    assert!(e.found.contains("a second event with id `thing`"), "{e}");
}

#[test]
fn a_malformed_event_id_fails() {
    let curated = CURATED_OK.replace("\"id\": \"another\"", "\"id\": \"An other\"");
    assert!(with_curated(SMALL, &curated).unwrap_err().expected.contains("lower-case"));
}

#[test]
fn curated_json_errors_give_the_line() {
    let e = with_curated(SMALL, "{\n \"events\": [\n  { \"id\": 1 }\n ]\n}").unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.curated.json", 3));
    let e = with_curated(SMALL, "{\n \"evnets\": []\n}").unwrap_err();
    assert!(e.found.contains("unknown field `evnets`"), "{e}");
    let e = ingest(
        SourceFile { name: "a.txt", bytes: SMALL.as_bytes() },
        Some(SourceFile { name: "c.json", bytes: b"{\n\xff}" }),
    )
    .unwrap_err();
    assert_eq!(e.line, 2);
}

#[test]
fn curated_details_must_be_in_the_passage() {
    let with = |extra: &str| CURATED_OK.replace("\"title\": \"A thing\"", &format!("\"title\": \"A thing\", {extra}"));
    let e = with_curated(SMALL, &with("\"attribution\": \"according to nobody\"")).unwrap_err();
    assert!(e.found.contains("attribution"), "{e}");
    let e = with_curated(SMALL, &with("\"figures\": [ { \"text\": \"$5\", \"kind\": \"money\" } ]")).unwrap_err();
    assert!(e.found.contains("figure `$5`"), "{e}");
    let e = with_curated(SMALL, &with("\"entities\": [\"Nobody\"]")).unwrap_err();
    assert!(e.found.contains("not in the `entities` list"), "{e}");
}

#[test]
fn an_empty_entity_name_or_alias_is_refused() {
    let article = "= T =\n\nBob came (again).\n";
    for entity in [r#"{ "name": "Bob", "kind": "person", "aliases": [""] }"#, r#"{ "name": " ", "kind": "person" }"#] {
        let curated = format!(r#"{{ "entities": [ {entity} ], "events": [] }}"#);
        let e = with_curated(article, &curated).unwrap_err();
        assert!(e.found.contains("empty name or alias"), "{e}");
    }
}

#[test]
fn entities_the_article_never_names_are_refused() {
    let curated = r#"{ "entities": [ { "name": "Atlantis", "kind": "organisation" } ], "events": [] }"#;
    let e = with_curated("= T =\n\nNo dates here.\n", curated).unwrap_err();
    assert!(e.found.contains("never names"), "{e}");
}

#[test]
fn a_speaker_must_be_named_in_the_introduction() {
    let article = "= T =\n==Q==\nAnna Berg said:\n\nIt was cold.\n";
    let ok = r#"{ "speakers": [ { "quotation": "It was cold", "speaker": "Anna Berg" } ] }"#;
    let a = with_curated(article, ok).unwrap();
    assert!(matches!(&a.sections[0].blocks[1], Block::Quotation { speaker: Some(s), .. } if s == "Anna Berg"));
    let wrong = ok.replace("\"speaker\": \"Anna Berg\"", "\"speaker\": \"Carl\"");
    assert!(with_curated(article, &wrong).unwrap_err().found.contains("not named in the quotation's introduction"));
    let missing = ok.replace("It was cold", "It was warm");
    assert!(with_curated(article, &missing).unwrap_err().found.contains("0 quotations"));
}

#[test]
fn a_date_without_a_year_and_no_context_fails_at_its_line() {
    let e = automatic("= T =\n\nIt ended on 2 October.\n").unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.txt", 3));
    assert!(e.found.contains("`2 October`") && e.found.contains("no year"), "{e}");
}

/// Arbitrary input never panics: random markup-like text, a fixed seed so failures replay.
#[test]
fn ingestion_never_panics_on_arbitrary_input() {
    const PIECES: &[&str] = &[
        "=",
        "==",
        "===",
        "====",
        "=====",
        " ",
        "\n",
        "\n\n",
        "- ",
        "-",
        ":",
        ".",
        "? ",
        "A",
        "b",
        "1990",
        "1990s",
        "–",
        "—",
        "5 ",
        "January ",
        "mid-",
        "early ",
        "October",
        " 7",
        "2008–09",
        "six or seven years ago",
        "the weeks before",
        "“",
        "”",
        "'",
        "[x]",
        "é",
        "ß",
        "\r",
        "\t",
        "$100 million",
        "According to X, ",
        "said:",
        "0",
        "31 February 2001",
        "In ",
        "\u{feff}",
        "🙂",
        "\u{0}",
        ",",
        " and ",
        "However, ",
        "Although ",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut ok, mut failed, mut with_events) = (0, 0, 0);
    for _ in 0..20_000 {
        let len = (next() % 40) as usize;
        let mut text = String::new();
        if next() % 2 == 0 {
            text.push_str("= T =\n");
        }
        for _ in 0..len {
            text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        match automatic(&text) {
            Ok(a) => {
                ok += 1;
                with_events += usize::from(!a.events.is_empty());
            }
            Err(_) => failed += 1,
        }
        let mut bytes = text.into_bytes();
        if !bytes.is_empty() && next() % 10 == 0 {
            let at = (next() as usize) % bytes.len();
            bytes[at] = 0xff;
        }
        let _ = ingest(SourceFile { name: "f.txt", bytes: &bytes }, None);
    }
    // The inputs must reach the deep paths, not only the early rejections.
    assert!(ok > 1_000 && failed > 1_000 && with_events > 500, "ok {ok}, failed {failed}, with events {with_events}");
}

const FIXTURE: &str = include_str!("../../../tests/fixtures/harbour-town.txt");

#[test]
fn second_fixture_builds_without_a_curated_file() {
    let a = automatic(FIXTURE).unwrap_or_else(|e| panic!("{e}"));
    let levels: Vec<u8> = a.all_sections().iter().map(|s| s.level).collect();
    assert_eq!(levels, [2, 3, 4, 4, 3, 4, 4, 3, 2, 3, 3, 4, 2], "nested four levels deep, twice over");
    assert!(a.all_sections().iter().flat_map(|s| &s.blocks).all(|b| !matches!(b, Block::Quotation { .. })));
    let got: Vec<(&str, &str, &str, bool)> = a
        .events
        .iter()
        .map(|e| (e.date.wording.as_str(), e.date.start.as_str(), e.date.end.as_str(), e.date.approximate))
        .collect();
    let want = [
        ("late 1970s", "1976-01-01", "1979-12-31", false),
        ("1980s", "1980-01-01", "1989-12-31", false),
        ("1980s–1990s", "1980-01-01", "1999-12-31", false),
        ("1990", "1990-01-01", "1990-12-31", false),
        ("early 1990s", "1990-01-01", "1993-12-31", false),
        ("7 October 1991", "1991-10-07", "1991-10-07", false),
        ("5 January 1996", "1996-01-05", "1996-01-05", false),
        ("March 3, 2001", "2001-03-03", "2001-03-03", false),
        ("December 2006", "2006-12-01", "2006-12-31", false),
        ("2008–2009", "2008-01-01", "2009-12-31", false),
        ("2008–09", "2008-01-01", "2009-12-31", false),
        ("2010 to 2013", "2010-01-01", "2013-12-31", false),
        ("2 October 2011", "2011-10-02", "2011-10-02", false),
        ("9 October", "2011-10-09", "2011-10-09", false),
        ("2015", "2015-01-01", "2015-12-31", false),
        ("Six or seven years ago", "2017-10-11", "2018-10-20", true),
        ("In the weeks leading up to the opening", "2024-08-16", "2024-10-10", true),
        ("mid-October 2024", "2024-10-11", "2024-10-20", false),
        ("mid-March 2025", "2025-03-11", "2025-03-20", false),
        ("June", "2025-06-01", "2025-06-30", false),
    ];
    assert_eq!(got, want);
    let festival = a.events.iter().find(|e| e.date.wording == "2008–09").expect("festival");
    assert_eq!(festival.attribution.as_deref(), Some("according to the festival committee"));
    assert_eq!(festival.figures.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["4,000 people"]);
    let june = a.events.iter().find(|e| e.date.wording == "June").expect("June");
    assert!(
        june.date.inferred_from.as_deref().is_some_and(|f| f.contains("mid-March 2025")),
        "{:?}",
        june.date.inferred_from
    );
}

/// Fidelity rule 1: a title keeps the attribution its sentence carries.
const ATTRIBUTED: &str =
    "= T =\n\nAccording to Arash Azizi, in 1990 a thing happened.\n\nIn 2001 a thing was reportedly planned.\n";

#[test]
fn a_bare_title_for_an_attributed_sentence_fails_at_its_curated_line() {
    let curated = r#"{ "events": [
  { "id": "thing", "date": "1990", "sentence": "a thing happened", "title": "A thing happens" },
  { "id": "plan", "date": "2001", "sentence": "reportedly planned", "title": "A thing is reportedly planned" }
] }"#;
    let e = with_curated(ATTRIBUTED, curated).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.curated.json", 2), "{e}");
    assert!(e.found.contains("drops the attribution `According to Arash Azizi`"), "{e}");
    assert!(e.expected.contains("keeps who says so"), "{e}");
    let kept = curated.replace("\"A thing happens\"", "\"Arash Azizi: a thing happens\"");
    let a = with_curated(ATTRIBUTED, &kept).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.events[0].attribution.as_deref(), Some("According to Arash Azizi"));
    let hedge = kept.replace("\"A thing is reportedly planned\"", "\"A thing is planned\"");
    assert!(with_curated(ATTRIBUTED, &hedge).unwrap_err().found.contains("drops the attribution `reportedly`"));
}

#[test]
fn automatic_titles_put_the_source_in_front_when_the_cut_drops_it() {
    let long = format!("In 1990 {}, according to the town council.", "word ".repeat(40).trim_end());
    let a = automatic(&format!("= T =\n\n{long}\n")).unwrap();
    let title = &a.events[0].title;
    assert!(title.starts_with("According to the town council: In 1990 word"), "{title}");
    assert!(keeps_attribution(title, "according to the town council"));
}

#[test]
fn what_keeps_an_attribution() {
    for (title, attribution) in [
        ("Mike Kelly: Hassan Salameh trained in Iran", "According to Mike Kelly"),
        ("According to a report, Tlass instructs Kanaan", "According to a report"),
        (
            "A 2020 US Department of State report: Iran provides $100 million",
            "According to a 2020 US Department of State report",
        ),
        ("Syria and Iran alleged to have helped", "it has been alleged"),
        ("Backing of $30 million, reportedly", "reportedly"),
    ] {
        assert!(keeps_attribution(title, attribution), "{title} / {attribution}");
    }
    assert!(!keeps_attribution("Hassan Salameh trained in Iran", "According to Mike Kelly"));
    assert!(!keeps_attribution("Iran commits backing", "reportedly"));
    assert!(!keeps_attribution("Iranian funding rises", "According to Iran"), "a source in passing is not a source");
    assert!(!keeps_attribution("Hamas plans an attack", "According to Hamas"));
    assert!(!keeps_attribution("An unreported attack", "reportedly"), "a hedge is a whole word");
    assert!(keeps_attribution("The New York Times: Hamas's initial 2022 plan", "According to The New York Times"));
}

#[test]
fn the_credit_takes_the_source_address_and_authors_from_the_curated_file() {
    let a = seed();
    assert_eq!(a.credit.source_url.as_deref(), Some("https://en.wikipedia.org/wiki/Iranian_support_for_Hamas"));
    assert_eq!(a.credit.authors.as_deref(), Some("Wikipedia contributors"));
    assert!(a.credit.note.contains("The viewer adds the events' titles"), "{}", a.credit.note);
    let without = automatic(SMALL).unwrap();
    assert_eq!((without.credit.source_url, without.credit.authors), (None, None), "never invented");
    let curated = CURATED_OK.replacen("{ \"events\"", "{\n\"source_url\": \"javascript:alert(1)\",\n\"events\"", 1);
    let e = with_curated(SMALL, &curated).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.curated.json", 2), "{e}");
    assert!(e.expected.contains("absolute http or https address"), "{e}");
}

/// Fidelity rule 3: a figure keeps its verb or unit, and its kind.
#[test]
fn figures_keep_their_verb_unit_and_kind() {
    use crate::figures::with_meaning;
    let s = "In the attack, militants killed 1,200 Israelis, and took around 200 soldiers hostage.";
    assert_eq!(with_meaning(s, "1,200 Israelis"), "killed 1,200 Israelis");
    assert_eq!(with_meaning(s, "around 200 soldiers"), "took around 200 soldiers hostage");
    assert_eq!(with_meaning("Iran raised it to $350 million a year.", "$350 million"), "$350 million a year");
    assert_eq!(
        with_meaning("Iran provides about $100 million annually to them.", "about $100 million"),
        "about $100 million annually"
    );
    assert_eq!(with_meaning("It gave $250 million in aid.", "$250 million"), "$250 million");
    assert_eq!(with_meaning("a yearly $5 a yearling", "$5"), "$5", "a whole word only");
    let a = seed();
    let figures: Vec<(&str, FigureKind)> =
        a.events.iter().flat_map(|e| e.figures.iter().map(|f| (f.text.as_str(), f.kind))).collect();
    for expected in [
        "killed 1,200 Israelis",
        "took around 200 Israeli civilians and soldiers hostage",
        "$350 million a year",
        "about $100 million annually",
        "$30 million per year",
    ] {
        assert!(figures.iter().any(|(t, _)| *t == expected), "{expected} in {figures:?}");
    }
    assert!(figures.contains(&("40 square kilometers", FigureKind::Other)), "an area is not a distance");
    // A curated figure that drops its verb fails the build at its line.
    let article = "= T =\n\nIn 1990 militants killed 40 people.\n";
    let curated = r#"{ "events": [
  { "id": "attack", "date": "1990", "sentence": "militants killed", "title": "An attack",
    "figures": [ { "text": "40 people", "kind": "people" } ] }
] }"#;
    let e = with_curated(article, curated).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.curated.json", 3), "{e}");
    assert!(e.expected.contains("`killed 40 people`"), "{e}");
    let area = curated.replace("\"40 people\", \"kind\": \"people\"", "\"killed 40 people\", \"kind\": \"people\"");
    with_curated(article, &area).unwrap_or_else(|e| panic!("{e}"));
}

/// Fidelity rule 2: a date taken from context is bounded by the order its sentence gives.
#[test]
fn a_context_date_is_bounded_by_the_order_its_sentence_gives() {
    let a = seed();
    let campaign = event(&a, "event-retaliatory-bombing-campaign");
    assert_eq!((campaign.date.start.as_str(), campaign.date.end.as_str()), ("1996-01-05", "1996-12-31"));
    assert!(campaign.date.approximate, "the article gives the campaign no date of its own");
    for id in ["event-tlass-instructs-kanaan", "event-salameh-trained-in-iran", "event-alleged-syrian-and-iranian-help"]
    {
        assert!(event(&a, id).date.approximate, "{id}: dated only by its section's heading");
    }
    // Dates of their own are untouched.
    assert!(!event(&a, "event-ayyash-assassinated").date.approximate);
    // A bound outside the interval is about something else: left alone.
    let article = "= T =\n\n== 1996 ==\nAfter the elections of 2001 the office had opened.\n";
    let curated = r#"{ "events": [
  { "id": "opened", "date": "1996", "sentence": "the office had opened", "title": "The office opens" }
], "excluded": [ { "date": "2001", "sentence": "the office had opened", "reason": "another event" } ] }"#;
    let a = with_curated(article, curated).unwrap_or_else(|e| panic!("{e}"));
    let opened = event(&a, "event-opened");
    assert_eq!((opened.date.start.as_str(), opened.date.end.as_str()), ("1996-01-01", "1996-12-31"));
    // "until": ends no later than the date it precedes.
    let article = "= T =\n\n== 1990s ==\nUntil 3 March 1994 the office stayed open.\n";
    let curated = r#"{ "events": [
  { "id": "open", "date": "1990s", "sentence": "the office stayed open", "title": "The office stays open" },
  { "id": "closed", "date": "3 March 1994", "sentence": "the office stayed open", "title": "The office closes" }
] }"#;
    let a = with_curated(article, curated).unwrap_or_else(|e| panic!("{e}"));
    let open = event(&a, "event-open");
    assert_eq!(
        (open.date.start.as_str(), open.date.end.as_str(), open.date.approximate),
        ("1990-01-01", "1994-03-03", true)
    );
    // A date of its own cannot be curated approximate.
    let own = curated.replace("{ \"id\": \"closed\",", "{ \"id\": \"closed\", \"approximate\": true,");
    assert!(with_curated(article, &own).unwrap_err().expected.contains("only for a date taken from context"));
}

/// Fidelity rule 4: an event's people and organisations are those of its own clause; a curated
/// list is taken as written.
#[test]
fn people_come_from_the_events_own_clause() {
    let names = |a: &Article, id: &str| -> Vec<String> {
        event(a, id)
            .entities
            .iter()
            .map(|x| a.entities.iter().find(|e| &e.id == x).map(|e| e.name.clone()).unwrap_or_default())
            .collect()
    };
    let a = seed();
    assert_eq!(names(&a, "event-arafat-dies"), ["Yasser Arafat"]);
    assert!(names(&a, "event-israel-exits-gaza").is_empty(), "Arafat is the other clause's");
    assert_eq!(names(&a, "event-ayyash-assassinated"), ["Yahya Ayyash"]);
    assert_eq!(names(&a, "event-retaliatory-bombing-campaign"), ["Mohammed Deif"]);
    assert_eq!(names(&a, "event-zarghami-yellow-canary"), ["Ezzatollah Zarghami"], "who speaks the quotation");
    assert_eq!(names(&a, "event-hamas-2022-plan"), ["Hamas"], "curated: “the group” is Hamas");

    let article = "= T =\n\nIn 1990 Alice met Bob, and in 1991 Carol met Dave.\n";
    let entities = r#""entities": [ { "name": "Alice", "kind": "person" }, { "name": "Bob", "kind": "person" },
    { "name": "Carol", "kind": "person" }, { "name": "Dave", "kind": "person" } ],"#;
    let curated = format!(
        r#"{{ {entities} "events": [
  {{ "id": "a", "date": "1990", "sentence": "Alice met Bob", "title": "Alice meets Bob" }},
  {{ "id": "c", "date": "1991", "sentence": "Carol met Dave", "title": "Carol meets Dave" }}
] }}"#
    );
    let a = with_curated(article, &curated).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names(&a, "event-a"), ["Alice", "Bob"]);
    assert_eq!(names(&a, "event-c"), ["Carol", "Dave"]);
    // A curated list is exact, and may name someone of the passage the clause only refers to.
    let listed = curated
        .replace(r#""title": "Carol meets Dave" }"#, r#""title": "Carol meets Dave", "entities": ["Dave", "Alice"] }"#);
    let a = with_curated(article, &listed).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names(&a, "event-c"), ["Dave", "Alice"]);
    // ... but only names of the passage.
    let elsewhere = format!("{article}\nLater Zed came.\n");
    let zed = listed
        .replace(
            r#"{ "name": "Dave", "kind": "person" } ],"#,
            r#"{ "name": "Dave", "kind": "person" }, { "name": "Zed", "kind": "person" } ],"#,
        )
        .replace(r#"["Dave", "Alice"]"#, r#"["Zed"]"#);
    let e = with_curated(&elsewhere, &zed).unwrap_err();
    assert!(e.found.contains("not named in the event's passage"), "{e}");
}

/// The README's fidelity claims, walked over every event of the built seed: rules 1 to 5 hold
/// on the data the viewer bundles.
#[test]
fn every_seed_event_keeps_the_fidelity_rules() {
    let a = seed();
    assert!(a.events.iter().filter(|e| e.attribution.is_some()).count() >= 8, "the seed's attributed events");
    let sentence = |block: &str, id: &str| -> String {
        fn walk<'a>(blocks: &'a [Block], id: &str) -> Option<&'a str> {
            blocks.iter().flat_map(|b| b.sentences()).find(|s| s.id == id).map(|s| s.text.as_str())
        }
        let all: Vec<&Section> = a.all_sections();
        walk(&a.lead, id)
            .or_else(|| all.iter().find_map(|s| walk(&s.blocks, id)))
            .unwrap_or_else(|| panic!("{block}/{id}: no such sentence"))
            .to_string()
    };
    for e in &a.events {
        // 1. An attributed sentence gives a title that says who says so.
        if let Some(said) = attribution_in(&e.quote).or(e.attribution.clone()) {
            assert!(keeps_attribution(&e.title, &said), "{}: {:?} drops {said:?}", e.id, e.title);
        }
        // 2. A date taken from context starts no earlier than what its clause says it follows.
        if e.date.inferred_from.is_some() {
            for other in a.events.iter().filter(|o| o.sentence == e.sentence && o.date.inferred_from.is_none()) {
                let quote = e.quote.to_lowercase();
                let Some(at) = quote.find(&other.date.wording.to_lowercase()) else { continue };
                let clause = quote[..at].rsplit([',', ';']).next().unwrap_or_default();
                if clause.contains("after ") || clause.contains("following ") {
                    assert!(e.date.start >= other.date.start, "{} starts before {}", e.id, other.id);
                    assert!(e.date.approximate, "{}: bounded, not dated", e.id);
                }
            }
        }
        // 3. A figure reads as the article words it, in its own sentence, and an area is no distance.
        for f in &e.figures {
            let text = sentence(&f.block, &f.sentence);
            assert!(text.contains(&f.text), "{}: figure {:?} is not in {text:?}", e.id, f.text);
            assert_eq!(crate::figures::with_meaning(&text, &f.text), f.text, "{}: the figure loses its verb", e.id);
            assert!(!(f.kind == FigureKind::Distance && crate::figures::is_area(&f.text)), "{}: {:?}", e.id, f.text);
        }
        // 5. The sentence after it in its paragraph, when it answers it, goes with it.
        let paragraph = a
            .lead
            .iter()
            .chain(a.all_sections().into_iter().flat_map(|s| &s.blocks))
            .find(|b| b.id() == e.block)
            .expect("the event's block");
        let sentences = paragraph.sentences();
        let at = sentences.iter().position(|s| s.id == e.sentence).expect("the event's sentence");
        if let Some(next) = sentences.get(at + 1).filter(|s| answers(&s.text)) {
            assert_eq!(e.counterpoint.as_ref().map(|c| &c.text), Some(&next.text), "{}: carries its answer", e.id);
        }
        // 4. Each name is one the event's passage (its section, or the lead) holds, or who speaks its quotation.
        for id in &e.entities {
            let x = a.entities.iter().find(|x| &x.id == id).expect("a listed entity");
            let blocks: Vec<&Block> = match &e.section {
                Some(id) => a.all_sections().into_iter().filter(|s| &s.id == id).flat_map(|s| &s.blocks).collect(),
                None => a.lead.iter().collect(),
            };
            let in_section = x.mentions.iter().any(|m| blocks.iter().any(|b| b.id() == m.block));
            let speaks = e.speaker.as_ref().is_some_and(|s| &x.name == s || x.aliases.contains(s));
            assert!(in_section || speaks, "{}: {} is not named in its passage", e.id, x.name);
        }
    }
}

/// Fidelity rule 5: where the article answers an event's sentence in the same passage, the event
/// carries the answer.
#[test]
fn a_counterpoint_in_the_same_passage_goes_with_its_event() {
    let a = seed();
    let plan = event(&a, "event-hamas-2022-plan");
    let c = plan.counterpoint.as_ref().expect("the 2022 plan carries its counterpoint");
    assert!(c.text.starts_with("Although Iran and Hezbollah offered support, they were unprepared"), "{c:?}");
    assert_eq!(c.block, plan.block);
    assert_eq!(a.events.iter().filter(|e| e.counterpoint.is_some()).count(), 1, "the seed answers one event");

    let article = "= T =\n\nIn 1990 the council promised a bridge. However, no money was found.\n\nIn 1995 a ferry ran.\n\nBut it sank.\n";
    let a = automatic(article).unwrap();
    assert_eq!(a.events[0].counterpoint.as_ref().map(|c| c.text.as_str()), Some("However, no money was found."));
    assert_eq!(a.events[1].counterpoint, None, "another paragraph is another passage");
    assert!(!answers("Butter was scarce."), "a whole word only");
    // A curated counterpoint must be the passage's words.
    let curated = r#"{ "events": [
  { "id": "bridge", "date": "1990", "sentence": "promised a bridge", "title": "A bridge is promised" },
  { "id": "ferry", "date": "1995", "sentence": "a ferry ran", "title": "A ferry runs",
    "counterpoint": "no money was found" }
] }"#;
    let e = with_curated(article, curated).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("a.curated.json", 4), "{e}");
    assert!(e.found.contains("counterpoint `no money was found`"), "{e}");
    // ... and may pick one the openings do not catch.
    let article = format!("{article}\nIn 2001 a tunnel opened. Engineers called it unsafe.\n");
    let curated = curated.replace("no money was found", "it sank").replace(
        "\n] }",
        r#",
  { "id": "tunnel", "date": "2001", "sentence": "a tunnel opened", "title": "A tunnel opens",
    "counterpoint": "Engineers called it unsafe" }
] }"#,
    );
    let e = with_curated(&article, &curated).unwrap_err();
    assert!(e.found.contains("counterpoint `it sank`"), "the ferry's paragraph does not hold it: {e}");
    // Not the event's own sentence, and not words two sentences share.
    let lone = "= T =\n\nIn 2001 a tunnel opened. Engineers called it unsafe. Pilots called it unsafe.\n";
    for (words, found) in [("a tunnel opened", "found in 0 other sentences"), ("called it unsafe", "found in 2 other")]
    {
        let one = format!(
            r#"{{ "events": [ {{ "id": "tunnel", "date": "2001", "sentence": "a tunnel opened", "title": "A tunnel opens", "counterpoint": "{words}" }} ] }}"#
        );
        let e = with_curated(lone, &one).unwrap_err();
        assert!(e.found.contains(found), "{words}: {e}");
    }
    assert!(!answers("Yet another attack followed."), "adds, does not answer");
    let curated = curated.replace(",\n    \"counterpoint\": \"it sank\"", "");
    let a = with_curated(&article, &curated).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        event(&a, "event-tunnel").counterpoint.as_ref().map(|c| c.text.as_str()),
        Some("Engineers called it unsafe.")
    );
}
