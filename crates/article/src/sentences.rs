//! Splitting prose into sentences, so that events and search results can point at the exact
//! sentence they come from.

/// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "U.S", "U.K", "U.N", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Brig", "Capt", "Sgt", "Prof",
    "Rev", "Jr", "Sr", "e.g", "i.e", "vs", "No", "approx", "ca", "c",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '['];

/// Splits a paragraph into sentences. Joining the result with single spaces gives the paragraph
/// back, whitespace between sentences aside.
pub fn split(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '.' | '?' | '!') {
            let mut end = i + 1;
            while end < chars.len() && (matches!(chars[end], '.' | '?' | '!') || CLOSERS.contains(&chars[end])) {
                end += 1;
            }
            if is_boundary(&chars, i, end) {
                push_trimmed(&mut out, &chars[start..end]);
                start = end;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut out, &chars[start..]);
    out
}

/// A stop at `stop` (punctuation running to `end`) ends a sentence when white space follows and
/// then something that can begin one, and the word before it is not an abbreviation or initial.
fn is_boundary(chars: &[char], stop: usize, end: usize) -> bool {
    if end >= chars.len() || !chars[end].is_whitespace() {
        return false;
    }
    let next = chars[end..].iter().find(|c| !c.is_whitespace());
    let Some(&next) = next else { return false };
    if !(next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next)) {
        return false;
    }
    if chars[stop] == '.' && end == stop + 1 {
        let word_start =
            chars[..stop].iter().rposition(|c| c.is_whitespace() || OPENERS.contains(c)).map_or(0, |p| p + 1);
        let word: String = chars[word_start..stop].iter().collect();
        let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if is_initial || ABBREVIATIONS.contains(&word.as_str()) {
            return false;
        }
    }
    true
}

fn push_trimmed(out: &mut Vec<String>, chars: &[char]) {
    let s: String = chars.iter().collect();
    let s = s.trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_on_stops_followed_by_a_capital() {
        assert_eq!(split("One two. Three four! Five? Six"), ["One two.", "Three four!", "Five?", "Six"]);
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        let s = "According to the U.S. Department of State, he went. J. Smith agreed.";
        assert_eq!(split(s), ["According to the U.S. Department of State, he went.", "J. Smith agreed."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let s = "He said: 'Why are you sitting idly by?' They answered: 'Hajj, there is no way.' So he went.";
        assert_eq!(
            split(s),
            ["He said: 'Why are you sitting idly by?'", "They answered: 'Hajj, there is no way.'", "So he went."]
        );
    }

    #[test]
    fn a_stop_before_lower_case_or_a_number_inside_a_word_does_not_split() {
        assert_eq!(split("It costs $1.5 million. see above."), ["It costs $1.5 million. see above."]);
    }

    #[test]
    fn ellipsis_then_capital_ends_a_sentence() {
        assert_eq!(
            split("The idea of [digging] tunnels... Today there are"),
            ["The idea of [digging] tunnels...", "Today there are"]
        );
    }
}
