use super::*;

fn doc(text: &str) -> Document {
    parse("t.txt", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

fn err(text: &str) -> IngestError {
    parse("t.txt", text.as_bytes()).expect_err("should fail")
}

fn texts(blocks: &[Block]) -> Vec<String> {
    blocks.iter().map(Block::text).collect()
}

#[test]
fn title_lead_and_nested_sections() {
    let d = doc("= T =\n\nLead one.\n\n==A==\nIn A.\n=== B ===\nIn B.\n====C====\nIn C.\n==D==\nIn D.\n");
    assert_eq!(d.title, "T");
    assert_eq!(texts(&d.lead), ["Lead one."]);
    assert_eq!(d.sections.len(), 2);
    let a = &d.sections[0];
    assert_eq!((a.id.as_str(), a.level), ("section-a", 2));
    assert_eq!(a.sections[0].id, "section-b");
    assert_eq!(a.sections[0].sections[0].title, "C");
    assert_eq!(a.sections[0].sections[0].level, 4);
    assert_eq!(texts(&d.sections[1].blocks), ["In D."]);
    assert_eq!(d.lines["section-b"], 7);
    assert_eq!(d.lines["block-c-1"], 10);
}

#[test]
fn lines_of_one_paragraph_join_and_blank_lines_separate() {
    let d = doc("= T =\nfirst\nline.\n\nSecond.\n");
    assert_eq!(texts(&d.lead), ["first line.", "Second."]);
    assert_eq!(d.lead[1].id(), "block-2");
}

#[test]
fn a_paragraph_after_one_ending_with_a_colon_is_its_quotation() {
    let d = doc("= T =\n==Q==\nShe said:\n\nWords [sic] – kept “exactly”.\n\nAfter.\n");
    let blocks = &d.sections[0].blocks;
    match &blocks[1] {
        Block::Quotation { introduction, sentences, .. } => {
            assert_eq!(introduction, "block-q-1");
            assert_eq!(sentences[0].text, "Words [sic] – kept “exactly”.");
        }
        other => panic!("expected a quotation, got {other:?}"),
    }
    assert!(matches!(blocks[2], Block::Paragraph { .. }), "a quotation does not introduce another");
}

#[test]
fn list_items() {
    let d = doc("= T =\n==See also==\n\n- One\n- Two–three\n");
    assert_eq!(
        d.sections[0].blocks,
        vec![Block::List { id: "block-see-also-1".into(), items: vec!["One".into(), "Two–three".into()] }]
    );
}

#[test]
fn ids_do_not_collide_for_similar_headings() {
    let d = doc("= T =\n==2008–2009 Gaza War==\nx\n==Gaza war==\ny\n");
    assert_eq!(d.sections[0].id, "section-2008-2009-gaza-war");
    assert_eq!(d.sections[1].id, "section-gaza-war");
}

#[test]
fn slugs() {
    assert_eq!(slug("1980s–1990s"), "1980s-1990s");
    assert_eq!(slug("  Hamas' seizure!  "), "hamas-seizure");
    assert_eq!(slug("Über Café"), "über-café");
    assert_eq!(slug("—"), "untitled");
}

#[test]
fn mismatched_heading_fails_with_line_and_expectation() {
    let e = err("= T =\n\nLead.\n==History=\n");
    assert_eq!(e.line, 4);
    assert!(e.found.contains("opens with 2 '=' and closes with 1"), "{e}");
    assert!(e.to_string().starts_with("t.txt:4: found a heading"), "{e}");
    assert!(e.expected.contains("==Heading=="));
}

#[test]
fn heading_level_jump_fails() {
    let e = err("= T =\n==A==\nx\n====C====\n");
    assert_eq!(e.line, 4);
    assert!(e.found.contains("level-4 heading (`C`) straight under level 2"), "{e}");
    assert!(e.expected.contains("level-3"), "{e}");
}

#[test]
fn too_deep_and_second_title_fail() {
    assert!(err("= T =\n=====E=====\n").found.contains("level-5"));
    assert!(err("= T =\nx\n= U =\n").found.contains("second title"));
}

#[test]
fn empty_article_fails() {
    assert_eq!(err("").found, "an empty file");
    assert_eq!(err("\n  \n").found, "an empty file");
    assert!(err("= T =\n\n").found.contains("nothing else"));
}

#[test]
fn missing_title_fails() {
    let e = err("Just text.\n");
    assert_eq!(e.line, 1);
    assert!(e.expected.contains("= Title ="));
}

#[test]
fn duplicate_heading_id_fails_naming_both_lines() {
    let e = err("= T =\n==A==\nx\n==a!==\ny\n");
    assert_eq!(e.line, 4);
    assert!(e.found.contains("second `section-a` (the first is on line 2)"), "{e}");
}

#[test]
fn non_utf8_fails_with_its_line() {
    let e = parse("t.txt", b"= T =\nok\n\xff bad\n").expect_err("not UTF-8");
    assert_eq!(e.line, 3);
    assert!(e.found.contains("0xff"));
}

#[test]
fn windows_line_endings_are_accepted() {
    let d = doc("= T =\r\n==A==\r\nx.\r\n");
    assert_eq!(d.sections[0].title, "A");
    assert_eq!(texts(&d.sections[0].blocks), ["x."]);
}

#[test]
fn the_seed_article_has_its_shape() {
    let d = doc(include_str!("../../../data/iranian-support-for-hamas.txt"));
    assert_eq!(d.title, "Iranian support for Hamas");
    let mut headings = 0;
    let mut quotations = Vec::new();
    let mut items = 0;
    fn walk(sections: &[Section], headings: &mut usize, quotations: &mut Vec<(String, String)>, items: &mut usize) {
        for s in sections {
            *headings += 1;
            for (i, b) in s.blocks.iter().enumerate() {
                match b {
                    Block::Quotation { introduction, .. } => {
                        assert_eq!(s.blocks[i - 1].id(), introduction, "tied to the paragraph before it");
                        quotations.push((introduction.clone(), b.text()));
                    }
                    Block::List { items: it, .. } => *items += it.len(),
                    _ => {}
                }
            }
            walk(&s.sections, headings, quotations, items);
        }
    }
    walk(&d.sections, &mut headings, &mut quotations, &mut items);
    assert_eq!(headings, 10);
    assert_eq!(quotations.len(), 5);
    assert_eq!(items, 7);
    assert!(quotations[0].1.starts_with("The idea of [digging] tunnels..."));
    assert_eq!(d.sections[0].sections[0].title, "1980s–1990s");
}
