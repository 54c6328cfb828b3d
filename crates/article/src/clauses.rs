//! Fidelity, rule 4: an event's people and organisations are those of its own clause. A sentence
//! can state several events ("Following Arafat's passing in 2004 and Israel's exit from Gaza in
//! 2005, ..."); each takes the names of its own part of the sentence, not its neighbour's.

/// Words that open a new clause between two events of one sentence.
const BREAKS: [&str; 6] = [",", ";", " and ", " but ", " while ", " whereas "];

/// Each event's own part of `text` (characters `from..to`), given where each event is anchored
/// (its date's or its quoted words' first character). The cut between two neighbouring anchors is
/// the last clause break before the later one, so a clause keeps the words that lead up to its
/// date ("In 2006, X did A, and in 2007 ..." cuts before "and in 2007"). Anchors that coincide share a
/// part; the first part starts the sentence and the last ends it.
pub fn own_parts(text: &str, anchors: &[usize]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut starts: Vec<usize> = anchors.iter().map(|&a| a.min(chars.len())).collect();
    starts.sort_unstable();
    starts.dedup();
    // cuts[i] ends part i and starts part i + 1.
    let cuts: Vec<usize> = starts
        .windows(2)
        .map(|w| {
            let between: String = chars[w[0]..w[1]].iter().collect();
            BREAKS
                .iter()
                .filter_map(|b| between.rfind(b))
                .max()
                .map_or(w[1], |byte| w[0] + between[..byte].chars().count())
        })
        .collect();
    anchors
        .iter()
        .map(|&a| {
            let i = starts.partition_point(|&s| s < a.min(chars.len()));
            let from = if i == 0 { 0 } else { cuts[i - 1] };
            let to = cuts.get(i).copied().unwrap_or(chars.len());
            (from, to)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::own_parts;

    fn parts(text: &str, words: &[&str]) -> Vec<String> {
        let anchors: Vec<usize> = words.iter().map(|w| text[..text.find(w).unwrap()].chars().count()).collect();
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
    fn one_anchor_or_shared_anchors_keep_the_whole_sentence() {
        let s = "In 1990, Iran hosted a conference, attended by Hamas but not by Yasser Arafat.";
        assert_eq!(parts(s, &["1990"]), [s]);
        assert_eq!(parts(s, &["1990", "1990"]), [s, s]);
        // No break between two anchors: the cut is the later anchor.
        assert_eq!(own_parts("from 1990 to 1995", &[5, 13]), [(0, 13), (13, 17)]);
        // Anchors past the end, or in any order, are safe.
        assert_eq!(own_parts("abc", &[9, 0]), [(3, 3), (0, 3)]);
    }
}
