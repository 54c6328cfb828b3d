//! Splitting a text into runs for display: which characters are a search match (and whether the
//! current one), and which name an entity. Marks may overlap; runs never do.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Match { current: bool },
    Entity(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub len: usize,
    pub kind: MarkKind,
}

/// Characters `start..end` of the text, and what covers them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub matched: bool,
    pub current: bool,
    pub entity: Option<String>,
}

/// The runs of a text `len` characters long. Adjacent runs always differ in what covers them.
pub fn runs(len: usize, marks: &[Mark]) -> Vec<Run> {
    let mut cuts: Vec<usize> = vec![0, len];
    for m in marks {
        cuts.push(m.start.min(len));
        cuts.push((m.start + m.len).min(len));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Run> = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut run = Run { start: a, end: b, ..Run::default() };
        for m in marks.iter().filter(|m| m.start <= a && b <= m.start + m.len) {
            match &m.kind {
                MarkKind::Match { current } => {
                    run.matched = true;
                    run.current |= current;
                }
                MarkKind::Entity(id) => run.entity = Some(id.clone()),
            }
        }
        match out.last_mut() {
            Some(last) if (last.matched, last.current, &last.entity) == (run.matched, run.current, &run.entity) => {
                last.end = b
            }
            _ => out.push(run),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, len: usize, kind: MarkKind) -> Mark {
        Mark { start, len, kind }
    }

    fn shape(runs: &[Run]) -> Vec<(usize, usize, bool, bool, Option<&str>)> {
        runs.iter().map(|r| (r.start, r.end, r.matched, r.current, r.entity.as_deref())).collect()
    }

    #[test]
    fn no_marks_is_one_plain_run() {
        assert_eq!(shape(&runs(5, &[])), [(0, 5, false, false, None)]);
        assert_eq!(runs(0, &[]), []);
    }

    #[test]
    fn overlapping_match_and_entity_split_into_runs() {
        // "Hajj Qasem Soleimani": entity 0..20, match "qasem sol" 5..14 (current).
        let r = runs(20, &[m(0, 20, MarkKind::Entity("e".into())), m(5, 9, MarkKind::Match { current: true })]);
        assert_eq!(
            shape(&r),
            [(0, 5, false, false, Some("e")), (5, 14, true, true, Some("e")), (14, 20, false, false, Some("e"))]
        );
    }

    #[test]
    fn adjacent_equal_runs_merge_and_marks_past_the_end_are_clipped() {
        let r = runs(10, &[m(2, 3, MarkKind::Match { current: false }), m(5, 9, MarkKind::Match { current: false })]);
        assert_eq!(shape(&r), [(0, 2, false, false, None), (2, 10, true, false, None)]);
    }
}
