use super::*;

fn seed() -> SearchIndex {
    SearchIndex::new(&crate::bundled::article().expect("bundled"))
}

fn found(index: &SearchIndex, q: &str) -> Vec<String> {
    index.find(q).iter().map(|m| index.entries[m.entry].text[m.start..m.start + m.len].iter().collect()).collect()
}

#[test]
fn case_insensitive_words_and_phrases() {
    let index = seed();
    let hits = found(&index, "quds force");
    assert!(hits.len() >= 6, "{hits:?}");
    assert!(hits.iter().all(|h| h == "Quds Force"));
    assert_eq!(found(&index, "KFAR   DAROM"), ["Kfar Darom"; 2], "the heading and the sentence");
    let first = index.find("kfar darom")[0];
    assert_eq!(index.entries[first.entry].sentence, "section-1995-kfar-darom-bus-attack-heading");
}

#[test]
fn accents_and_typographic_punctuation_fold() {
    let index = seed();
    assert_eq!(found(&index, "shi’ite"), ["Shi'ite"]);
    assert_eq!(found(&index, "1980s-1990s"), ["1980s–1990s"], "a heading, en dash");
    assert_eq!(found(&index, "Iran-Palestine"), ["Iran–Palestine"], "a See also item, en dash");
    assert_eq!(fold('É'), 'e');
    assert_eq!(fold('ü'), 'u');
    assert_eq!(fold('ß'), 'ß', "one character to one: ß stays");
}

#[test]
fn matches_are_in_reading_order_and_do_not_overlap() {
    let index = seed();
    assert!(index.find("zzq").is_empty());
    let m = index.find("tunnel");
    assert!(m.windows(2).all(|w| (w[0].entry, w[0].start + w[0].len) <= (w[1].entry, w[1].start)));
    assert!(m.len() > 20);
}

#[test]
fn empty_and_blank_queries_match_nothing() {
    let index = seed();
    assert!(index.find("").is_empty());
    assert!(index.find("   ").is_empty());
}

#[test]
fn entries_know_their_section() {
    let index = seed();
    let m = index.find("Dizengoff")[0];
    let e = &index.entries[m.entry];
    assert_eq!(e.section.as_deref(), Some("section-1996-jaffa-road-bus-bombings"));
    assert_eq!(&*e.section_title, "1996 Jaffa Road bus bombings");
    let lead = &index.entries[index.find("key patron")[0].entry];
    assert_eq!((lead.section.as_deref(), &*lead.section_title), (None, "Introduction"));
}

#[test]
fn snippets_cut_at_words_and_point_at_the_match() {
    let index = seed();
    let m = index.find("Dizengoff")[0];
    let s = index.snippet(m, 60);
    assert!(s.before.starts_with('…') && s.after.ends_with('…'), "{s:?}");
    assert!(s.before.chars().count() + s.hit.chars().count() + s.after.chars().count() <= 62, "{s:?}");
    assert_eq!(s.hit, "Dizengoff");
    let m = index.find("Since the early")[0];
    let s = index.snippet(m, 60);
    assert_eq!((s.before.as_str(), s.hit.as_str()), ("", "Since the early"), "{s:?}");
}

/// A pasted sentence is longer than a snippet: the match itself is cut (this panicked before).
#[test]
fn a_match_longer_than_the_snippet_is_cut() {
    let index = seed();
    let sentence = index.entries.iter().map(|e| e.text.iter().collect::<String>()).find(|t| t.chars().count() > 150);
    let sentence = sentence.expect("a long sentence");
    let m = index.find(&sentence)[0];
    let s = index.snippet(m, 70);
    assert!(s.hit.ends_with('…') && s.hit.chars().count() <= 71 && s.after.is_empty(), "{s:?}");
    assert!(sentence.starts_with(s.hit.trim_end_matches('…')), "{s:?}");
    // A match that does not fit its entry (never made by `find`) gives an empty snippet.
    let s = index.snippet(Match { entry: usize::MAX, start: 0, len: 1 }, 70);
    assert_eq!(s, Snippet::default());
    let s = index.snippet(Match { entry: 0, start: usize::MAX, len: usize::MAX }, 70);
    assert_eq!(s.hit, "");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use proptest::prelude::*;

    use super::super::*;

    fn index_of(texts: &[String]) -> SearchIndex {
        let mut index = SearchIndex::default();
        for (i, t) in texts.iter().enumerate() {
            index.push(format!("s{i}"), format!("b{i}"), None, &"Introduction".into(), t);
        }
        index
    }

    /// Article text with what makes offsets hard: accents that fold, astral characters, runs of
    /// whitespace, typographic quotes, very long words.
    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "Hamas",
            "ÉTÉ",
            "é",
            "e\u{301}",
            "’",
            "“",
            " ",
            "  ",
            "\u{a0}",
            "\t",
            "🙂",
            "İ",
            "ß",
            "Quds Force",
            "–",
            "x",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ]);
        prop::collection::vec(prop_oneof![pieces.prop_map(str::to_string), any::<char>().prop_map(String::from)], 0..80)
            .prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Any query, a piece of the text (pasted, so often longer than a snippet) or anything at
        /// all, finds matches that fit their entry, and every snippet shows its match.
        #[test]
        fn any_query_finds_whole_matches_and_whole_snippets(
            texts in prop::collection::vec(text(), 1..6),
            pick in (any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<prop::sample::Index>()),
            other in text(),
            width in 1usize..120,
        ) {
            let index = index_of(&texts);
            let chars: Vec<char> = texts[pick.0.index(texts.len())].chars().collect();
            let (a, b) = (pick.1.index(chars.len() + 1), pick.2.index(chars.len() + 1));
            let pasted: String = chars[a.min(b)..a.max(b)].iter().collect();
            for query in [pasted, other] {
                for m in index.find(&query) {
                    let entry = &index.entries[m.entry];
                    prop_assert!(m.len > 0 && m.start + m.len <= entry.text.len());
                    let s = index.snippet(m, width);
                    let hit: String = entry.text[m.start..m.start + m.len].iter().collect();
                    if s.hit.ends_with('…') && !hit.ends_with('…') {
                        prop_assert!(hit.starts_with(s.hit.trim_end_matches('…').trim_end()), "{s:?} {hit:?}");
                    } else {
                        prop_assert_eq!(&s.hit, &hit);
                    }
                    let shown = s.before.chars().count() + s.hit.chars().count() + s.after.chars().count();
                    prop_assert!(shown <= width + 2, "{} > {width}: {s:?}", shown);
                }
            }
        }
    }
}
