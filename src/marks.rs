//! Splitting a sentence into runs for display: which characters name an entity (a person or
//! organisation). Names may overlap; runs never do. Search matches are not runs: they are
//! painted over the text (`highlight.rs`), and `locate` finds where.

/// Characters `start..start + len` of a sentence name `entity`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub start: usize,
    pub len: usize,
    pub entity: String,
}

/// Characters `start..end` of the text, and the entity they name, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Run {
    pub start: usize,
    pub end: usize,
    pub entity: Option<String>,
}

/// The runs of a text `len` characters long. Adjacent runs always differ in what they name.
/// Where names overlap, the later mark names the run. One sweep over the marks' ends, so a
/// sentence with many names costs steps in proportion, not their square.
pub(crate) fn runs(len: usize, marks: &[Mark]) -> Vec<Run> {
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
    // The marks open here, by index: few at a time (names rarely overlap).
    let mut open: Vec<usize> = Vec::new();
    let mut out: Vec<Run> = Vec::new();
    let mut at = 0;
    let mut edges = edges.into_iter().peekable();
    while at < len {
        while let Some(&(position, opens, i)) = edges.peek() {
            if position > at {
                break;
            }
            edges.next();
            if opens {
                open.push(i);
            } else {
                open.retain(|&o| o != i);
            }
        }
        let next = edges.peek().map_or(len, |&(position, ..)| position.min(len));
        let entity = open.iter().max().map(|&i| marks[i].entity.clone());
        match out.last_mut() {
            Some(last) if last.entity == entity => last.end = next,
            _ => out.push(Run { start: at, end: next, entity }),
        }
        at = next;
    }
    out
}

/// Where character `at` of a text split across `pieces` (its text nodes, in order) falls: the
/// piece and the offset in it in UTF-16 code units, as DOM ranges count. `at` may be the text's
/// length (the end). `None` past the end.
pub(crate) fn locate<S: AsRef<str>>(pieces: &[S], at: usize) -> Option<(usize, u32)> {
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

    fn m(start: usize, len: usize, entity: &str) -> Mark {
        Mark { start, len, entity: entity.into() }
    }

    fn shape(runs: &[Run]) -> Vec<(usize, usize, Option<&str>)> {
        runs.iter().map(|r| (r.start, r.end, r.entity.as_deref())).collect()
    }

    #[test]
    fn no_marks_is_one_plain_run() {
        assert_eq!(shape(&runs(5, &[])), [(0, 5, None)]);
        assert_eq!(runs(0, &[]), []);
    }

    #[test]
    fn overlapping_names_split_into_runs_and_the_later_names_the_overlap() {
        // "Hajj Qasem Soleimani" 0..20, "Qasem Soleimani" 5..20 (a second entity, later).
        let r = runs(25, &[m(0, 20, "a"), m(5, 15, "b")]);
        assert_eq!(shape(&r), [(0, 5, Some("a")), (5, 20, Some("b")), (20, 25, None)]);
    }

    #[test]
    fn adjacent_equal_runs_merge_and_marks_past_the_end_are_clipped() {
        let r = runs(10, &[m(2, 3, "a"), m(5, 9, "a"), m(8, usize::MAX, "b")]);
        assert_eq!(shape(&r), [(0, 2, None), (2, 8, Some("a")), (8, 10, Some("b"))]);
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
