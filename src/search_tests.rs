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
    assert_eq!(e.section_title, "1996 Jaffa Road bus bombings");
    let lead = &index.entries[index.find("key patron")[0].entry];
    assert_eq!((lead.section.as_deref(), lead.section_title.as_str()), (None, "Introduction"));
}

#[test]
fn snippets_cut_at_words_and_point_at_the_match() {
    let index = seed();
    let m = index.find("Dizengoff")[0];
    let (snippet, at, len) = index.snippet(m, 60);
    assert!(snippet.starts_with('…') && snippet.ends_with('…'), "{snippet}");
    assert!(snippet.chars().count() <= 62, "{snippet}");
    let shown: String = snippet.chars().skip(at).take(len).collect();
    assert_eq!(shown, "Dizengoff");
    let m = index.find("Since the early")[0];
    let (snippet, at, _) = index.snippet(m, 60);
    assert!(snippet.starts_with("Since the early"), "{snippet}");
    assert_eq!(at, 0);
}
