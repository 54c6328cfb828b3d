//! The URL fragment (`#section-...`, `#event-...`): what it points at, or a short notice saying
//! why it is not followed. The fragment is only ever compared with known ids and shown as text.

use std::collections::BTreeSet;

use article::Article;

/// Where the reader should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Top,
    /// An element id: a section, heading, block or sentence.
    Element(String),
    /// An event: shown at its sentence.
    Event {
        id: String,
        sentence: String,
    },
}

/// The longest fragment worth reading; anything longer is refused unread.
const MAX_LEN: usize = 300;

/// Every id a fragment may name.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Ids {
    elements: BTreeSet<String>,
    sections: BTreeSet<String>,
}

impl Ids {
    pub(crate) fn new(article: &Article) -> Self {
        let mut elements = BTreeSet::new();
        let blocks = article.lead.iter().chain(article.all_sections().into_iter().flat_map(|s| s.blocks.iter()));
        for block in blocks {
            elements.insert(block.id().to_string());
            elements.extend(block.sentences().iter().map(|s| s.id.clone()));
        }
        let mut sections = BTreeSet::new();
        for s in article.all_sections() {
            elements.insert(s.id.clone());
            elements.insert(format!("{}-heading", s.id));
            sections.insert(s.id.clone());
        }
        Ids { elements, sections }
    }

    /// Whether a fragment may name `id`; the (native) robustness tests check every target by it.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn contains(&self, id: &str) -> bool {
        self.elements.contains(id)
    }

    pub(crate) fn is_section(&self, id: &str) -> bool {
        self.sections.contains(id)
    }
}

/// Reads a fragment (with or without its `#`). Returns the target and, when the fragment could
/// not be followed, a notice for the reader.
pub(crate) fn parse(fragment: &str, ids: &Ids, article: &Article) -> (Target, Option<String>) {
    let raw = fragment.strip_prefix('#').unwrap_or(fragment);
    if raw.is_empty() {
        return (Target::Top, None);
    }
    let top = |why: String| (Target::Top, Some(why));
    if raw.len() > MAX_LEN {
        return top(format!(
            "The link's address is too long to be a place in this article ({} characters); showing the top.",
            raw.len()
        ));
    }
    let Some(decoded) = percent_decode(raw) else {
        return top("The link's address could not be read; showing the top of the article.".to_string());
    };
    if let Some(event) = article.events.iter().find(|e| e.id == decoded) {
        return (Target::Event { id: event.id.clone(), sentence: event.sentence.clone() }, None);
    }
    if ids.elements.contains(&decoded) {
        return (Target::Element(decoded), None);
    }
    top(format!("There is no “{}” in this article; showing the top.", shown(&decoded)))
}

/// Text from an address as a notice may quote it: no control characters, no bidirectional
/// controls (which would reorder the notice around it), no quotation marks of the notice's own
/// (“ ”, which delimit it for `<bdi>`), at most 60 characters, cut with "…".
pub(crate) fn shown(text: &str) -> String {
    article::validate::quoted(&text.replace(['“', '”'], ""))
}

/// Strict percent-decoding: a broken escape or bytes that are not UTF-8 give `None`.
pub(crate) fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> (Article, Ids) {
        let a = crate::bundled::article().expect("bundled");
        let ids = Ids::new(&a);
        (a, ids)
    }

    #[test]
    fn sections_blocks_sentences_and_events() {
        let (a, ids) = seed();
        assert_eq!(parse("", &ids, &a), (Target::Top, None));
        assert_eq!(parse("#", &ids, &a), (Target::Top, None));
        assert_eq!(parse("#section-gaza-war", &ids, &a), (Target::Element("section-gaza-war".into()), None));
        assert_eq!(parse("block-gaza-war-2", &ids, &a), (Target::Element("block-gaza-war-2".into()), None));
        assert_eq!(parse("#block-gaza-war-2-s1", &ids, &a).0, Target::Element("block-gaza-war-2-s1".into()));
        let (t, notice) = parse("#event-october-7-attack", &ids, &a);
        assert_eq!(notice, None);
        assert!(
            matches!(t, Target::Event { ref id, ref sentence } if id == "event-october-7-attack" && sentence == "block-gaza-war-1-s1")
        );
    }

    #[test]
    fn percent_encoded_ids_are_decoded() {
        let (a, ids) = seed();
        assert_eq!(parse("#section-1980s%2D1990s", &ids, &a).0, Target::Element("section-1980s-1990s".into()));
    }

    #[test]
    fn unknown_malformed_and_hostile_fragments_give_a_notice_and_the_top() {
        let (a, ids) = seed();
        for (fragment, says) in [
            ("#section-nowhere", "There is no “section-nowhere” in this article"),
            ("#%E0%A4%A", "could not be read"),
            ("#%FF%FE", "could not be read"),
            ("#%zz", "could not be read"),
            ("#<img src=x onerror=alert(1)>", "There is no “<img src=x onerror=alert(1)>”"),
        ] {
            let (t, notice) = parse(fragment, &ids, &a);
            assert_eq!(t, Target::Top, "{fragment}");
            assert!(notice.as_deref().is_some_and(|n| n.contains(says)), "{fragment}: {notice:?}");
        }
        let long = format!("#{}", "a".repeat(100_000));
        assert!(parse(&long, &ids, &a).1.unwrap().contains("too long"));
        let (_, notice) = parse("#%0Abad%00id", &ids, &a);
        assert!(!notice.unwrap().contains('\u{0}'), "control characters are not shown");
    }
}
