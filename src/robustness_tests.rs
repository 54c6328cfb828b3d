//! Property tests over what readers and hosts can type or bring: searches, fragments, address
//! parameters, attributes and marks. None may panic, and each answer must hold together.

use proptest::prelude::*;

use crate::embed::{Height, Options};
use crate::fragment::{self, Target};
use crate::marks::{self, Mark};

fn seed() -> &'static crate::library::Library {
    thread_local! {
        static SEED: &'static crate::library::Library =
            Box::leak(Box::new(crate::library::Library::new(crate::bundled::article().expect("bundled"))));
    }
    SEED.with(|s| *s)
}

/// Text a hostile address or a curious reader may bring: any characters, with the awkward ones
/// (percent escapes, bidi controls, quotation marks, astral characters, combining marks) likely.
fn hostile_text() -> impl Strategy<Value = String> {
    let awkward = prop::sample::select(vec![
        "%",
        "%2",
        "%E2%80%AE",
        "%ZZ",
        "%00",
        "#",
        "?",
        "&",
        "=",
        "+",
        "event-",
        "section-",
        "“",
        "”",
        "\u{202E}",
        "\u{2066}",
        "\u{200F}",
        "\u{61C}",
        "\u{0}",
        "\n",
        "🙂",
        "e\u{301}",
        "İ",
        "ß",
        " ",
        "\u{a0}",
        "-heading",
    ]);
    prop::collection::vec(prop_oneof![awkward.prop_map(str::to_string), any::<char>().prop_map(String::from)], 0..40)
        .prop_map(|parts| parts.concat())
}

fn no_spoofing(notice: &str) {
    assert!(
        !notice.chars().any(|c| c.is_control() || article::validate::is_bidi_control(c)),
        "a notice shows a control character: {notice:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_fragment_is_a_target_or_a_notice(text in hostile_text()) {
        let lib = seed();
        let (target, notice) = fragment::parse(&text, &lib.ids, &lib.article);
        if let Some(notice) = &notice {
            no_spoofing(notice);
            prop_assert!(notice.chars().count() < 200, "{notice}");
        }
        match target {
            Target::Top => {}
            Target::Element(id) => prop_assert!(lib.ids.contains(&id)),
            Target::Event { id, .. } => prop_assert!(lib.event_at.contains_key(&id)),
        }
    }

    #[test]
    fn any_query_or_attribute_gives_options_and_a_clean_notice(
        pairs in prop::collection::vec(
            (prop::sample::select(vec!["view", "theme", "event", "section", "height", "other"]), hostile_text()),
            0..6,
        ),
    ) {
        let lib = seed();
        let query: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
        let (_, notice) = Options::from_query(&query.join("&"), &lib.ids, &lib.article);
        notice.as_deref().map(no_spoofing);
        let attributes: Vec<(String, String)> = pairs.iter().map(|(n, v)| (n.to_string(), v.clone())).collect();
        let (_, notice) = Options::from_attributes(&attributes, &lib.ids, &lib.article);
        notice.as_deref().map(no_spoofing);
        for (_, v) in &pairs {
            if let Err(notice) = Height::parse(v) {
                no_spoofing(&notice);
            }
        }
    }

    #[test]
    fn any_marks_split_a_text_into_whole_runs(
        len in 0usize..200,
        spans in prop::collection::vec((any::<usize>(), any::<usize>(), 0u8..4), 0..30),
    ) {
        let marks: Vec<Mark> = spans
            .iter()
            .map(|&(start, extent, kind)| Mark {
                start: start % (len + 10),
                len: if kind == 3 { usize::MAX - extent % 3 } else { extent % (len + 10) },
                entity: format!("entity-{kind}"),
            })
            .collect();
        let runs = marks::runs(len, &marks);
        let mut at = 0;
        for run in &runs {
            prop_assert_eq!(run.start, at);
            prop_assert!(run.end > run.start);
            // Each character as the marks over it say, one by one: the last mark over it names it.
            for p in run.start..run.end {
                let entity = marks.iter().rev().find(|m| m.start <= p && p < m.start.saturating_add(m.len)).map(|m| m.entity.clone());
                prop_assert_eq!(&run.entity, &entity, "at {}", p);
            }
            at = run.end;
        }
        prop_assert_eq!(at, len);
        prop_assert!(runs.windows(2).all(|w| w[0].entity != w[1].entity));
    }

    #[test]
    fn any_offset_is_located_or_refused(pieces in prop::collection::vec(hostile_text(), 0..5), at in 0usize..300) {
        let total: usize = pieces.iter().map(|p| p.chars().count()).sum();
        match marks::locate(&pieces, at) {
            Some((piece, units)) => {
                prop_assert!(at <= total);
                prop_assert!(units as usize <= pieces[piece].encode_utf16().count());
            }
            None => prop_assert!(at > total || pieces.is_empty()),
        }
    }
}
