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
/// Where entities overlap, the later mark names the run. One sweep over the marks' ends, so a
/// sentence with thousands of names costs thousands of steps, not millions.
pub fn runs(len: usize, marks: &[Mark]) -> Vec<Run> {
    // (position, opens, mark): closings sort before openings at the same position.
    let mut edges: Vec<(usize, bool, usize)> = Vec::with_capacity(marks.len() * 2);
    for (i, m) in marks.iter().enumerate() {
        let (start, end) = (m.start.min(len), m.start.saturating_add(m.len).min(len));
        if start < end {
            edges.push((start, true, i));
            edges.push((end, false, i));
        }
    }
    edges.sort_unstable();
    let (mut matched, mut current) = (0usize, 0usize);
    // The entity marks open here, by index: few at a time (names rarely overlap).
    let mut entities: Vec<usize> = Vec::new();
    let mut out: Vec<Run> = Vec::new();
    let mut at = 0;
    let mut edges = edges.into_iter().peekable();
    while at < len {
        while let Some(&(position, opens, i)) = edges.peek() {
            if position > at {
                break;
            }
            edges.next();
            match (&marks[i].kind, opens) {
                (MarkKind::Match { current: c }, true) => {
                    matched += 1;
                    current += usize::from(*c);
                }
                (MarkKind::Match { current: c }, false) => {
                    matched -= 1;
                    current -= usize::from(*c);
                }
                (MarkKind::Entity(_), true) => entities.push(i),
                (MarkKind::Entity(_), false) => entities.retain(|&open| open != i),
            }
        }
        let next = edges.peek().map_or(len, |&(position, ..)| position.min(len));
        let entity = entities.iter().max().and_then(|&i| match &marks[i].kind {
            MarkKind::Entity(id) => Some(id.clone()),
            MarkKind::Match { .. } => None,
        });
        let run = Run { start: at, end: next, matched: matched > 0, current: current > 0, entity };
        match out.last_mut() {
            Some(last) if (last.matched, last.current, &last.entity) == (run.matched, run.current, &run.entity) => {
                last.end = next
            }
            _ => out.push(run),
        }
        at = next;
    }
    out
}

/// Where character `at` of a text split across `pieces` (its text nodes, in order) falls: the
/// piece and the offset in it in UTF-16 code units, as DOM ranges count. `at` may be the text's
/// length (the end). `None` past the end.
pub fn locate<S: AsRef<str>>(pieces: &[S], at: usize) -> Option<(usize, u32)> {
    let mut left = at;
    for (i, piece) in pieces.iter().enumerate() {
        let piece = piece.as_ref();
        let chars = piece.chars().count();
        // An end that falls on a boundary stays in this piece; a start moves on only when
        // there is more text.
        if left < chars || (left == chars && i + 1 == pieces.len()) {
            let units = piece.chars().take(left).map(char::len_utf16).sum::<usize>();
            return Some((i, units as u32));
        }
        left -= chars;
    }
    None
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

    #[test]
    fn locate_counts_characters_and_answers_in_utf16() {
        let pieces = ["In 2006, ", "Ismail Haniyeh", " visited “Tehran” 🙂 twice."];
        assert_eq!(locate(&pieces, 0), Some((0, 0)));
        assert_eq!(locate(&pieces, 9), Some((1, 0)), "a start on a boundary is in the next piece");
        assert_eq!(locate(&pieces, 12), Some((1, 3)));
        let tail: Vec<char> = pieces[2].chars().collect();
        let smiley = tail.iter().position(|&c| c == '🙂').unwrap();
        assert_eq!(
            locate(&pieces, 9 + 14 + smiley + 1),
            Some((2, smiley as u32 + 2)),
            "an astral character is two units"
        );
        let total: usize = pieces.iter().map(|p| p.chars().count()).sum();
        assert_eq!(locate(&pieces, total), Some((2, pieces[2].encode_utf16().count() as u32)), "the end");
        assert_eq!(locate(&pieces, total + 1), None);
        assert_eq!(locate::<&str>(&[], 0), None);
    }
}
