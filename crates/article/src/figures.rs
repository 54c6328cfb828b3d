//! Figures a sentence states: money, numbers of people, distances. Found, never computed: each is
//! the article's own words.

use crate::model::FigureKind;

const PEOPLE: &[&str] = &[
    "Israelis",
    "civilians",
    "soldiers",
    "settler",
    "settlers",
    "fighters",
    "members",
    "people",
    "hostages",
    "militants",
    "victims",
    "Palestinians",
    "operatives",
    "killed",
];
const DISTANCE: &[&str] = &["km", "km-long", "kilometers", "kilometres", "miles", "meters", "metres"];
const SIZE: &[&str] = &["mm"];
const QUALIFIERS: &[&str] =
    &["some", "around", "about", "approximately", "nearly", "almost", "over", "more than", "at least", "up to"];
/// Counts in words that are not a single number ("thousands of Hamas members").
const MANY: &[&str] = &["hundreds", "thousands", "dozens", "tens"];

/// Words right before a figure that say what happened to it ("killed 1,200 Israelis").
const VERBS_BEFORE: &[&str] = &[
    "killed ",
    "killing ",
    "took ",
    "taking ",
    "wounded ",
    "wounding ",
    "injured ",
    "trained ",
    "training ",
    "kidnapped ",
    "abducted ",
    "captured ",
    "held ",
];
/// Words right after a figure that say what it is ("$350 million a year", "200 soldiers hostage").
const AFTER: &[&str] = &[
    " per year",
    " a year",
    " annually",
    " each year",
    " per month",
    " a month",
    " hostages",
    " hostage",
    " were killed",
    " killed",
    " wounded",
    " injured",
];

/// Fidelity, rule 3: `figure` (found in `sentence`) with what the article says of it right
/// beside it: the verb before it and the rate or outcome after it, in the article's own words.
/// "1,200 Israelis" in "militants killed 1,200 Israelis" is "killed 1,200 Israelis"; "$350
/// million" in "to $350 million a year" is "$350 million a year".
pub fn with_meaning(sentence: &str, figure: &str) -> String {
    let Some(at) = sentence.find(figure) else { return figure.to_string() };
    let (before, after) = (&sentence[..at], &sentence[at + figure.len()..]);
    let verb =
        VERBS_BEFORE.iter().find(|v| before.ends_with(*v) && before[..before.len() - v.len()].ends_with([' ', ',']));
    let tail = AFTER
        .iter()
        .find(|t| after.starts_with(*t) && after[t.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()));
    format!("{}{figure}{}", verb.copied().unwrap_or_default(), tail.copied().unwrap_or_default())
}

/// An area ("40 square kilometers") is not a distance.
pub fn is_area(figure: &str) -> bool {
    let lower = figure.to_lowercase();
    lower.contains("square ") || lower.contains("km²") || lower.contains("km2")
}

/// The figures in `text`, left to right, each as a run of the text's own words.
pub fn find(text: &str) -> Vec<(FigureKind, String)> {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match figure_at(&words, i) {
            Some((kind, end)) => {
                let start = qualifier_start(&words, i);
                let phrase = words[start..end].join(" ");
                out.push((kind, phrase.trim_end_matches([',', '.', ';', ':', ')']).to_string()));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '-')
}

fn is_number(word: &str) -> bool {
    let w = bare(word);
    (w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
        || crate::dates::number_word(&w.to_lowercase()).is_some()
        || MANY.contains(&w)
}

/// A figure starting at word `i`: its kind and the word after it.
fn figure_at(words: &[&str], i: usize) -> Option<(FigureKind, usize)> {
    let w = bare(words[i]);
    if let Some(amount) = w.strip_prefix('$') {
        if amount.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let mut end = i + 1;
            if words.get(end).is_some_and(|n| ["million", "billion", "thousand"].contains(&bare(n))) {
                end += 1;
            }
            return Some((FigureKind::Money, end));
        }
    }
    let of_dollars = |n: &[&str]| {
        let phrase = n.join(" ");
        phrase.starts_with("of millions of dollars") || phrase.starts_with("of thousands of dollars")
    };
    if (w == "tens" || w == "hundreds") && words.get(i + 1..i + 5).is_some_and(of_dollars) {
        return Some((FigureKind::Money, i + 5));
    }
    if !is_number(words[i])
        || (w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && !words[i + 1..].first().is_some_and(|n| DISTANCE.contains(&bare(n))))
    {
        // A bare four-digit number is a year, unless a unit follows.
        return None;
    }
    // "approximately 800 km-long", "1,200 Israelis", "Seven Israeli soldiers", "thousands of Hamas members".
    for (offset, next) in words.iter().enumerate().skip(i + 1).take(4).map(|(j, n)| (j, bare(n))) {
        if offset == i + 1 && next == "square" && words.get(i + 2).is_some_and(|n| DISTANCE.contains(&bare(n))) {
            return Some((FigureKind::Distance, i + 3));
        }
        if DISTANCE.contains(&next) {
            return (offset == i + 1).then_some((FigureKind::Distance, offset + 1));
        }
        if SIZE.contains(&next) {
            return (offset == i + 1).then_some((FigureKind::Other, offset + 1));
        }
        if PEOPLE.contains(&next) {
            return Some((FigureKind::People, offset + 1));
        }
        if next.chars().any(|c| c.is_ascii_digit()) || next.is_empty() || words[offset - 1].ends_with([',', '.', ';']) {
            return None;
        }
    }
    None
}

fn qualifier_start(words: &[&str], i: usize) -> usize {
    for q in QUALIFIERS {
        let n = q.split(' ').count();
        if i >= n && words[i - n..i].join(" ").eq_ignore_ascii_case(q) {
            return i - n;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use FigureKind::*;

    fn texts(s: &str) -> Vec<(FigureKind, String)> {
        find(s)
    }

    #[test]
    fn figures_in_the_seeds_sentences() {
        let cases: &[(&str, &[(FigureKind, &str)])] = &[
            ("Iran provides about $100 million annually to groups.", &[(Money, "about $100 million")]),
            ("Iran committed to providing $250 million in assistance.", &[(Money, "$250 million")]),
            ("Seven Israeli soldiers and one settler were killed.", &[(People, "Seven Israeli soldiers"), (People, "one settler")]),
            ("Palestinian militants killed 1,200 Israelis, primarily civilians, and took around 200 Israeli civilians and soldiers hostage.", &[(People, "1,200 Israelis"), (People, "around 200 Israeli civilians")]),
            ("some 500 fighters from Hamas received training", &[(People, "some 500 fighters")]),
            ("Today there are 360 kilometers of tunnels in Gaza.", &[(Distance, "360 kilometers")]),
            ("hundreds of tunnels, approximately 800 km-long, with pickaxes", &[(Distance, "approximately 800 km-long")]),
            ("Fajr-3, which is a 240 mm rocket, had a range of 70 km.", &[(Other, "240 mm"), (Distance, "70 km")]),
            ("land that did not exceed 40 square kilometers", &[(Distance, "40 square kilometers")]),
            ("as well as tens of millions of dollars for weapons.", &[(Money, "tens of millions of dollars")]),
            ("military training to thousands of Hamas members at bases", &[(People, "thousands of Hamas members")]),
        ];
        for (text, want) in cases {
            let want: Vec<(FigureKind, String)> = want.iter().map(|(k, t)| (*k, t.to_string())).collect();
            assert_eq!(texts(text), want, "{text}");
        }
    }

    #[test]
    fn years_and_plain_numbers_are_not_figures() {
        for text in [
            "In 1990, Iran hosted a conference.",
            "the two Jaffa Road bus bombings",
            "who planned three of the attacks",
            "Fajr-5 missile",
            "In 2021 senior Hamas representative",
        ] {
            assert_eq!(texts(text), [], "{text}");
        }
    }
}
