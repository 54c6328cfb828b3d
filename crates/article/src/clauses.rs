//! Fidelity, rule 4: an event's people and organisations are those of its own clause. A sentence
//! can state several events ("Following Arafat's passing in 2004 and Israel's exit from Gaza in
//! 2005, ..."); each takes the names of its own part of the sentence, not its neighbour's.

/// Words that open a new clause between two events of one sentence (a comma between digits,
/// as in "$1,000", is part of a number).
const BREAKS: [&str; 11] =
    [",", ";", " and ", " but ", " while ", " whereas ", " before ", " after ", " following ", " until ", " when "];

/// Each event's own part of `text` (characters `from..to`), given where each event is anchored:
/// the characters of its date, or of its quoted words when its date comes from context. The cut
/// between two neighbouring anchors is the last clause break after the earlier one's end and
/// before the later one, so a clause keeps the words that lead up to its date ("In 2006, X did
/// A, and in 2007 ..." cuts before "and in 2007"), and a date's own comma ("March 3, 2001") is
/// never a cut. Anchors that start together share a part; the first part starts the sentence
/// and the last ends it.
pub fn own_parts(text: &str, anchors: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let clamp = |(start, end): (usize, usize)| {
        let start = start.min(chars.len());
        (start, end.max(start).min(chars.len()))
    };
    let mut starts: Vec<(usize, usize)> = anchors.iter().map(|&a| clamp(a)).collect();
    starts.sort_unstable();
    // One entry a start, with the furthest end of the anchors there.
    starts.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 = kept.1.max(later.1);
        }
        same
    });
    // cuts[i] ends part i and starts part i + 1.
    let cuts: Vec<usize> = starts
        .windows(2)
        .map(|w| {
            // After the earlier anchor's first character at least, so that its part is never empty.
            let (from, to) = (w[0].1.min(w[1].0).max(w[0].0 + 1), w[1].0);
            (from..to).rev().find(|&i| breaks_at(&chars, i)).unwrap_or(to)
        })
        .collect();
    anchors
        .iter()
        .map(|&a| {
            let i = starts.partition_point(|s| s.0 < clamp(a).0);
            let from = if i == 0 { 0 } else { cuts[i - 1] };
            let to = cuts.get(i).copied().unwrap_or(chars.len());
            (from, to)
        })
        .collect()
}

/// Whether a clause break starts at character `i`.
fn breaks_at(chars: &[char], i: usize) -> bool {
    let digit = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
    BREAKS.iter().any(|b| {
        let b: Vec<char> = b.chars().collect();
        chars.get(i..i + b.len()) == Some(&b[..]) && !(b == [','] && digit(i.checked_sub(1)) && digit(Some(i + 1)))
    })
}

#[cfg(test)]
mod tests {
    use super::own_parts;

    fn parts(text: &str, words: &[&str]) -> Vec<String> {
        let anchors: Vec<(usize, usize)> = words
            .iter()
            .map(|w| {
                let start = text[..text.find(w).unwrap()].chars().count();
                (start, start + w.chars().count())
            })
            .collect();
        own_parts(text, &anchors)
            .into_iter()
            .map(|(from, to)| text.chars().skip(from).take(to - from).collect::<String>().trim().to_string())
            .collect()
    }

    #[test]
    fn each_event_keeps_its_own_clause() {
        let s = "Following Arafat's passing in 2004 and Israel's exit from Gaza in 2005, Tehran's support increased.";
        assert_eq!(
            parts(s, &["2004", "2005"]),
            ["Following Arafat's passing in 2004", "and Israel's exit from Gaza in 2005, Tehran's support increased."]
        );
        let s = "After Israel assassinated Ayyash on 5 January 1996, Mohammed Deif organized a campaign.";
        assert_eq!(
            parts(s, &["5 January", "Mohammed Deif"]),
            ["After Israel assassinated Ayyash on 5 January 1996", ", Mohammed Deif organized a campaign."]
        );
        let s = "In 2006, X did A, and in 2007, Y did B.";
        assert_eq!(parts(s, &["2006", "2007"]), ["In 2006, X did A,", "and in 2007, Y did B."]);
    }

    #[test]
    fn a_dates_own_comma_and_a_numbers_are_not_cuts() {
        let s = "On March 3, 2001 Alice met Bob before Carol left in June 2002.";
        assert_eq!(
            parts(s, &["March 3, 2001", "June 2002"]),
            ["On March 3, 2001 Alice met Bob", "before Carol left in June 2002."]
        );
        let s = "In 1990 it cost $1,000 and in 1991 Carol paid.";
        assert_eq!(parts(s, &["1990", "1991"]), ["In 1990 it cost $1,000", "and in 1991 Carol paid."]);
    }

    #[test]
    fn one_anchor_or_shared_anchors_keep_the_whole_sentence() {
        let s = "In 1990, Iran hosted a conference, attended by Hamas but not by Yasser Arafat.";
        assert_eq!(parts(s, &["1990"]), [s]);
        assert_eq!(parts(s, &["1990", "1990"]), [s, s]);
        // No break between two anchors: the cut is the later anchor.
        assert_eq!(own_parts("from 1990 to 1995", &[(5, 9), (13, 17)]), [(0, 13), (13, 17)]);
        // Anchors past the end, overlapping, or in any order, are safe.
        assert_eq!(own_parts("abc", &[(9, 12), (0, 1)]), [(3, 3), (0, 3)]);
        assert_eq!(own_parts("a, b", &[(0, 4), (2, 3)]), [(0, 2), (2, 4)]);
        assert_eq!(own_parts("", &[(0, 0), (0, 5)]), [(0, 0), (0, 0)]);
    }

    /// Random sentences and anchors: never a panic, and every part lies inside the sentence,
    /// in order, each anchor inside its own part.
    #[test]
    fn any_sentence_and_anchors_give_parts_inside_it() {
        const PIECES: [&str; 9] = [",", " and ", "1,000", "é", "🙂", " before ", "a", "  ", ";"];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5_000 {
            let text: String = (0..next() % 12).map(|_| PIECES[(next() % 9) as usize]).collect();
            let n = text.chars().count();
            let anchors: Vec<(usize, usize)> = (0..next() % 4)
                .map(|_| {
                    let start = (next() as usize) % (n + 3);
                    (start, start + (next() as usize) % 5)
                })
                .collect();
            let parts = own_parts(&text, &anchors);
            assert_eq!(parts.len(), anchors.len());
            for (&(start, _), &(from, to)) in anchors.iter().zip(&parts) {
                assert!(from <= to && to <= n, "{text:?} {anchors:?} {parts:?}");
                assert!(from <= start.min(n) && (start.min(n) < to || to == n), "{text:?} {anchors:?} {parts:?}");
            }
        }
    }
}
