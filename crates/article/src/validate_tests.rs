use super::*;
use crate::{ingest, to_json, SourceFile};

const SEED: &str = include_str!("../../../data/iranian-support-for-hamas.txt");
const SEED_CURATED: &str = include_str!("../../../data/iranian-support-for-hamas.curated.json");
const SECOND: &str = include_str!("../../../tests/fixtures/harbour-town.txt");

fn seed() -> Article {
    ingest(
        SourceFile { name: "seed.txt", bytes: SEED.as_bytes() },
        Some(SourceFile { name: "seed.curated.json", bytes: SEED_CURATED.as_bytes() }),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn problem(change: impl FnOnce(&mut Article)) -> String {
    let mut a = seed();
    change(&mut a);
    validate(&a).expect_err("the change is refused")
}

#[test]
fn a_version_1_article_is_version_2_without_counterpoints() {
    let mut a = seed();
    a.events.iter_mut().for_each(|e| e.counterpoint = None);
    let json = to_json(&a).replacen("\"schema_version\":2", "\"schema_version\":1", 1);
    assert!(!json.contains("counterpoint"));
    assert_eq!(from_json(&json).expect("version 1 reads").events, a.events);
}

#[test]
fn what_our_build_writes_reads_back() {
    let json = to_json(&seed());
    assert_eq!(from_json(&json).expect("valid"), seed());
    let second = ingest(SourceFile { name: "harbour-town.txt", bytes: SECOND.as_bytes() }, None).expect("second");
    assert_eq!(from_json(&to_json(&second)).expect("valid"), second);
}

#[test]
fn text_that_is_not_an_article_is_named_as_such() {
    assert_eq!(from_json("  ").unwrap_err(), "The article's script element is empty.");
    let e = from_json("{\"title\": 3}").unwrap_err();
    assert!(e.starts_with("The article is not in the published schema: invalid type"), "{e}");
    assert!(e.contains("line 1 column"), "{e}");
    // Deep nesting is refused by the reader's own depth limit, well before the stack runs out.
    let e = from_json(&format!("{{\"extra\": {}", "[".repeat(100_000))).unwrap_err();
    assert!(e.contains("EOF while parsing a list"), "{e}");
    let open = "{\"id\": \"s\", \"title\": \"t\", \"level\": 2, \"blocks\": [], \"sections\": [";
    let deep = format!("{{\"sections\": [{}{}]}}", open.repeat(5_000), "]}".repeat(5_000));
    let e = from_json(&deep).unwrap_err();
    assert!(e.contains("recursion limit exceeded"), "{e}");
    let big = format!("{{\"title\": \"{}\"}}", "x".repeat(MAX_BYTES));
    let e = from_json(&big).unwrap_err();
    assert!(e.contains("the most this viewer reads from a page is 2000000"), "{e}");
}

#[test]
fn a_block_missing_what_its_kind_needs_is_named() {
    let json = to_json(&seed());
    let quotation = json.find("\"kind\":\"quotation\"").expect("the seed quotes");
    let broken = json.replacen("\"introduction\":", "\"introduced_by\":", 1);
    assert!(broken.find("introduced_by").is_some_and(|at| at > quotation));
    let e = from_json(&broken).unwrap_err();
    assert!(e.contains("missing field `introduction`") && e.contains("block-tunnel-warfare-2"), "{e}");
    assert!(e.contains("line 1 column"), "{e}");
    let e = from_json(&json.replacen("\"kind\":\"paragraph\"", "\"kind\":\"table\"", 1)).unwrap_err();
    assert!(e.contains("unknown variant `table`"), "{e}");
    let e = from_json(&json.replacen("\"sentences\":", "\"lines\":", 1)).unwrap_err();
    assert!(e.contains("missing field `sentences`"), "{e}");
}

#[test]
fn markup_in_strings_is_kept_as_text() {
    // Not refused: the viewer shows strings as text, never as HTML.
    let mut a = seed();
    a.title = "<img src=x onerror=alert(1)> & <b>bold</b>".into();
    let back = from_json(&to_json(&a)).expect("valid");
    assert_eq!(back.title, a.title);
}

#[test]
fn each_broken_promise_is_named() {
    type Change = Box<dyn FnOnce(&mut Article)>;
    let cases: Vec<(&str, Change)> = vec![
        ("schema_version 9", Box::new(|a| a.schema_version = 9)),
        ("no title", Box::new(|a| a.title = " ".into())),
        ("ids are 1 to 200 letters", Box::new(|a| a.sections[0].id = "a b\"><script>".into())),
        ("which is already used", Box::new(|a| a.sections[1].id = a.sections[0].id.clone())),
        ("headings are levels 2 to 6", Box::new(|a| a.sections[0].level = 1)),
        (
            "not deeper than its parent",
            Box::new(|a| {
                let parent = a.sections.iter_mut().find(|s| !s.sections.is_empty()).expect("a nested section");
                let level = parent.level;
                parent.sections[0].level = level;
            }),
        ),
        ("names sentence \"nowhere\"", Box::new(|a| a.events[0].sentence = "nowhere".into())),
        ("is in block", Box::new(|a| a.events[0].block = a.sections[0].id.clone())),
        ("names section \"nowhere\"", Box::new(|a| a.events[0].section = Some("nowhere".into()))),
        ("its quote is not the words", Box::new(|a| a.events[0].quote = "words never written".into())),
        ("its date wording", Box::new(|a| a.events[0].date.wording = "31 February 1990".into())),
        ("is not a day written YYYY-MM-DD", Box::new(|a| a.events[0].date.start = "1990-02-31".into())),
        ("is not a day written YYYY-MM-DD", Box::new(|a| a.events[0].date.end = "99999-01-01".into())),
        (
            "the date ends",
            Box::new(|a| {
                let e = &mut a.events[0];
                std::mem::swap(&mut e.date.start, &mut e.date.end);
                e.date.start = "2999-01-01".into();
            }),
        ),
        ("events are in date order", Box::new(|a| a.events.swap(0, 10))),
        ("names entity \"entity-nobody\"", Box::new(|a| a.events[0].entities.push("entity-nobody".into()))),
        ("outside its sentence", Box::new(|a| a.entities[0].mentions[0].start = 100_000)),
        ("outside its sentence", Box::new(|a| a.entities[0].mentions[0].len = usize::MAX)),
        ("no name", Box::new(|a| a.entities[0].name = String::new())),
        ("reads versions 1 to 2", Box::new(|a| a.schema_version = 0)),
        (
            "counterpoint is not another whole sentence",
            Box::new(|a| {
                let e = a.events.iter_mut().find(|e| e.counterpoint.is_some()).expect("a counterpoint");
                e.counterpoint.as_mut().unwrap().text = "They were ready.".into();
            }),
        ),
        (
            "counterpoint is not another whole sentence",
            Box::new(|a| {
                // The sentence's own words, cut short: "Although Iran and Hezbollah offered support"
                let e = a.events.iter_mut().find(|e| e.counterpoint.is_some()).expect("a counterpoint");
                let c = e.counterpoint.as_mut().unwrap();
                c.text = c.text.split(',').next().unwrap().to_string();
            }),
        ),
        (
            "counterpoint is not another whole sentence",
            Box::new(|a| {
                let e = a.events.iter_mut().find(|e| e.counterpoint.is_some()).expect("a counterpoint");
                let (sentence, quote) = (e.sentence.clone(), e.quote.clone());
                let c = e.counterpoint.as_mut().unwrap();
                (c.sentence, c.text) = (sentence, quote);
            }),
        ),
        ("schema_version 1 does not have", Box::new(|a| a.schema_version = 1)),
    ];
    for (expected, change) in cases {
        let e = problem(change);
        assert!(e.contains(expected), "expected {expected:?} in {e:?}");
    }
}

#[test]
fn problems_say_where() {
    let e = problem(|a| a.events[3].sentence = "nowhere".into());
    assert!(e.starts_with("events[3] names sentence"), "{e}");
    let e = problem(|a| a.sections.iter_mut().for_each(|s| (s.blocks.clear(), s.sections.clear()).1));
    // Emptied blocks orphan the events that stood in them.
    assert!(e.contains("which the article does not have"), "{e}");
}

/// Random damage to the JSON never panics: it is refused with words, or it is a valid article.
#[test]
fn damaged_json_never_panics() {
    let json = to_json(&seed());
    let bytes = json.as_bytes();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut refused, mut read) = (0, 0);
    for _ in 0..3_000 {
        let mut damaged = bytes.to_vec();
        for _ in 0..(1 + next() % 4) {
            let at = (next() % damaged.len() as u64) as usize;
            match next() % 3 {
                0 => damaged[at] = b"0123456789\"{}[],:-ax "[(next() % 21) as usize],
                1 => {
                    damaged.remove(at);
                }
                _ => damaged.insert(at, b"9\"-"[(next() % 3) as usize]),
            }
        }
        let text = String::from_utf8_lossy(&damaged);
        match from_json(&text) {
            Ok(article) => {
                validate(&article).expect("what from_json accepts is valid");
                read += 1;
            }
            Err(message) => {
                assert!(message.ends_with('.'), "{message}");
                refused += 1;
            }
        }
    }
    assert!(refused > 2_000 && read > 10, "refused {refused}, read {read}");
}

/// An address becomes a link: anything but an absolute web address is refused, however disguised.
#[test]
fn only_web_addresses_become_links() {
    for bad in [
        "javascript:alert(document.domain)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{0}javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "/wiki/Licence",
        "licence.html",
        "https://",
        "https:///path",
        "https://trusted.example@evil.example/",
        "https://exa mple.org/",
        "https://example.org/\u{202E}gpj.exe",
        "http:\\\\evil.example",
        "https://:80/",
        "https://[/",
        "https://bücher.example/",
        "",
    ] {
        assert!(!is_web_address(bad), "{bad:?} was taken as a web address");
        let e = problem(|a| a.credit.licence_url = bad.into());
        assert!(e.starts_with("credit.licence_url is \""), "{bad:?}: {e}");
        assert!(e.contains("absolute http: or https: addresses"), "{e}");
    }
    for good in [
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "HTTPS://Example.org",
        "http://127.0.0.1:8080/licence?x=1#part",
        "https://en.wikipedia.org/wiki/Iranian_support_for_Hamas",
        "https://de.wikipedia.org/wiki/Stra%C3%9Fe",
        "https://[::1]/",
    ] {
        assert!(is_web_address(good), "{good:?} was refused");
    }
    assert!(!is_web_address(&format!("https://example.org/{}", "a".repeat(MAX_URL))));
    let e = problem(|a| a.credit.source_url = Some("javascript:alert(1)".into()));
    assert!(e.starts_with("credit.source_url is \"javascript:alert(1)\""), "{e}");
}

#[test]
fn dates_are_strictly_four_two_two_digits() {
    for bad in ["+1990-01-01", "1990-1-1", "1990-01-1", " 1990-01-01", "1990-01-01 ", "-990-01-01", "0000-01-01"] {
        let e = problem(|a| a.events[0].date.start = bad.into());
        assert!(e.contains("is not a day written YYYY-MM-DD"), "{bad:?}: {e}");
    }
    assert!(day("0990-01-01").is_some() && day("1990-01-01").is_some());
}

/// A huge value is quoted only in part: an error sentence stays a sentence.
#[test]
fn long_values_are_cut_in_error_sentences() {
    let huge = "x".repeat(1_900_000);
    let e = problem(|a| a.events[0].sentence = huge.clone());
    assert!(e.chars().count() < 200 && e.contains("xxx…\""), "{} characters", e.chars().count());
    let e = problem(|a| a.credit.licence_url = format!("javascript:{huge}"));
    assert!(e.chars().count() < 300, "{} characters", e.chars().count());
    let e = from_json(&format!("{{\"schema_version\": \"{huge}\"}}")).unwrap_err();
    assert!(e.chars().count() < 320 && e.contains("xxx…"), "{e}");
    assert_eq!(quoted("a\u{202E}b\u{0}c"), "abc");
}

/// Each limit that keeps a brought article quick to show is named when passed.
#[test]
fn limits_are_named() {
    let long = "x".repeat(MAX_SENTENCE_CHARS + 1);
    let e = problem(|a| {
        let Block::Paragraph { sentences, .. } = &mut a.lead[0] else { panic!("the lead is a paragraph") };
        let s = sentences[0].clone();
        for i in 0..MAX_SENTENCES_PER_BLOCK {
            sentences.push(crate::Sentence { id: format!("{}-extra{i}", s.id), text: s.text.clone() });
        }
    });
    assert!(e.contains("sentences; at most 200 are shown."), "{e}");
    let e = problem(|a| {
        let Block::Paragraph { sentences, .. } = &mut a.lead[0] else { panic!("the lead is a paragraph") };
        sentences[0].text = long.clone();
    });
    assert!(e.contains("characters; at most 5000 are shown."), "{e}");
    let e = problem(|a| {
        let m = a.entities[0].mentions[0].clone();
        a.entities[0].mentions = vec![m; MAX_MENTIONS_PER_SENTENCE + 1];
    });
    assert!(e.contains("has 51 names; at most 50 are shown."), "{e}");
    let e = problem(|a| {
        let first = a.events[0].clone();
        a.events = vec![first; MAX_EVENTS + 1];
    });
    assert!(e.contains("at most 500 are shown"), "{e}");
    let e = problem(|a| {
        let Block::Paragraph { sentences, .. } = &mut a.lead[0] else { panic!("the lead is a paragraph") };
        let id = sentences[0].id.clone();
        sentences.extend((0..100).map(|i| crate::Sentence { id: format!("{id}-big{i}"), text: "x".repeat(4_500) }));
    });
    assert!(e.contains("characters of text; at most 300000 are shown"), "{e}");
    // The seed is far from every limit.
    validate(&seed()).expect("the seed is valid");
}
