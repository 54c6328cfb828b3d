//! Finding dates in the article's sentences and turning each into an interval.
//!
//! `scan` finds every date expression in a sentence (what the completeness check counts);
//! `resolve` turns one into a [`DateSpan`], given what the wording alone cannot say (the year of
//! "2 October", the date "six or seven years ago" counts from).

use crate::model::{DateSpan, Precision};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a date expression says, before any context is applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Form {
    /// "5 January 1996", "2 October", "October 7".
    Day {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// "mid-October", "early March 2001".
    PartOfMonth {
        part: Part,
        month: u32,
        year: Option<i32>,
    },
    /// "December 2006"; "in October" has no year.
    Month {
        month: u32,
        year: Option<i32>,
    },
    Year(i32),
    /// "early 1990s".
    PartOfDecade {
        part: Part,
        decade: i32,
    },
    Decade(i32),
    /// "1980s–1990s".
    DecadeRange(i32, i32),
    /// "2008–2009".
    YearRange(i32, i32),
    /// "six or seven years ago".
    Ago {
        low: u32,
        high: u32,
        unit: Unit,
    },
    /// "in the weeks leading up to the attack".
    Before {
        unit: Unit,
    },
}

impl Form {
    /// True when the wording leaves out what `resolve` must be told.
    pub fn needs_year(&self) -> bool {
        matches!(
            self,
            Form::Day { year: None, .. } | Form::PartOfMonth { year: None, .. } | Form::Month { year: None, .. }
        )
    }

    pub fn is_relative(&self) -> bool {
        matches!(self, Form::Ago { .. } | Form::Before { .. })
    }
}

/// A date expression found in a text: characters `start..end`, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub wording: String,
    pub form: Form,
}

/// Every date expression in `text`, left to right, none overlapping.
pub fn scan(text: &str) -> Vec<Found> {
    let chars: Vec<char> = text.chars().collect();
    let s = Scanner { c: &chars };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let at_word_start = chars[i].is_alphanumeric() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if at_word_start {
            if let Some((end, form)) = s.any(i) {
                // "every October 7" names a recurrence, not a dated happening.
                let before: String = chars[i.saturating_sub(6)..i].iter().collect();
                if before.eq_ignore_ascii_case("every ") {
                    i = end;
                    continue;
                }
                out.push(Found { start: i, end, wording: chars[i..end].iter().collect(), form });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

struct Scanner<'a> {
    c: &'a [char],
}

type Hit = Option<(usize, Form)>;

impl Scanner<'_> {
    fn any(&self, i: usize) -> Hit {
        self.relative_before(i)
            .or_else(|| self.ago(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_first(i))
            .or_else(|| self.part_of(i))
            .or_else(|| self.decades(i))
            .or_else(|| self.years(i))
    }

    fn ch(&self, i: usize) -> Option<char> {
        self.c.get(i).copied()
    }

    /// A whole number of `min..=max` digits at `i`, not running on into more digits or letters.
    fn number(&self, i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
        let len = self.c[i.min(self.c.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
        if len < min || len > max {
            return None;
        }
        let value = self.c[i..i + len].iter().fold(0u32, |v, c| v * 10 + c.to_digit(10).expect("digit"));
        Some((value, i + len))
    }

    fn word(&self, i: usize) -> Option<(String, usize)> {
        let len = self.c[i.min(self.c.len())..].iter().take_while(|c| c.is_alphabetic() || **c == '\'').count();
        (len > 0).then(|| (self.c[i..i + len].iter().collect(), i + len))
    }

    fn lit(&self, i: usize, text: &str) -> Option<usize> {
        let mut j = i;
        for t in text.chars() {
            if self.ch(j)? != t {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    fn space(&self, i: usize) -> Option<usize> {
        (self.ch(i)? == ' ').then_some(i + 1)
    }

    fn ends_word(&self, i: usize) -> bool {
        self.ch(i).is_none_or(|c| !c.is_alphanumeric())
    }

    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let (w, end) = self.word(i)?;
        let m = MONTHS.iter().position(|m| *m == w)?;
        Some((m as u32 + 1, end))
    }

    /// A four-digit year that is a year, not a quantity ("2000 km") or an amount ("$2000").
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let (y, end) = self.number(i, 4, 4)?;
        if !(1000..=2199).contains(&y) || (i > 0 && matches!(self.c[i - 1], '$' | '€' | '£' | ',' | '.')) {
            return None;
        }
        if self.ch(end).is_some_and(|c| c.is_alphanumeric() || c == '%')
            || matches!((self.ch(end), self.ch(end + 1)), (Some(',' | '.'), Some('0'..='9')))
        {
            return None;
        }
        if let Some((unit, _)) = self.space(end).and_then(|j| self.word(j)) {
            const UNITS: &[&str] = &[
                "km",
                "kilometers",
                "kilometres",
                "mm",
                "m",
                "metres",
                "meters",
                "miles",
                "people",
                "dollars",
                "members",
                "fighters",
                "rockets",
                "soldiers",
                "tons",
                "tonnes",
            ];
            if UNITS.contains(&unit.as_str()) {
                return None;
            }
        }
        Some((y as i32, end))
    }

    fn part(&self, i: usize) -> Option<(Part, usize)> {
        let (w, end) = self.word(i)?;
        let part = match w.to_lowercase().as_str() {
            "early" => Part::Early,
            "mid" => Part::Mid,
            "late" => Part::Late,
            _ => return None,
        };
        let sep = self.ch(end)?;
        (sep == '-' || sep == ' ').then_some((part, end + 1))
    }

    /// "5 January 1996", "2 October".
    fn day_month(&self, i: usize) -> Hit {
        let (day, j) = self.number(i, 1, 2)?;
        let (month, j) = self.month(self.space(j)?)?;
        if let Some((year, k)) = self.space(j).and_then(|k| self.year(k)) {
            return Some((k, Form::Day { day, month, year: Some(year) }));
        }
        Some((j, Form::Day { day, month, year: None }))
    }

    /// "October 7", "October 7, 2023", "December 2006", "in October".
    fn month_first(&self, i: usize) -> Hit {
        let (month, j) = self.month(i)?;
        if let Some((day, k)) = self.space(j).and_then(|k| self.number(k, 1, 2)) {
            if self.ends_word(k) && (1..=31).contains(&day) {
                let year = self.lit(k, ", ").and_then(|k2| self.year(k2));
                return Some(match year {
                    Some((year, end)) => (end, Form::Day { day, month, year: Some(year) }),
                    None => (k, Form::Day { day, month, year: None }),
                });
            }
        }
        if let Some((year, k)) = self.space(j).and_then(|k| self.year(k)) {
            return Some((k, Form::Month { month, year: Some(year) }));
        }
        // A bare month name only after a word that makes it a time ("May" is also a verb).
        let before: String = self.c[i.saturating_sub(7)..i].iter().collect();
        let after_time_word = ["in ", "In ", "during ", "since ", "by ", "until "].iter().any(|w| before.ends_with(w));
        (after_time_word && self.ends_word(j)).then_some((j, Form::Month { month, year: None }))
    }

    /// "mid-October", "early 1990s", "late March 2001".
    fn part_of(&self, i: usize) -> Hit {
        let (part, j) = self.part(i)?;
        if let Some((month, k)) = self.month(j) {
            let year = self.space(k).and_then(|k2| self.year(k2));
            return Some(match year {
                Some((year, end)) => (end, Form::PartOfMonth { part, month, year: Some(year) }),
                None => (k, Form::PartOfMonth { part, month, year: None }),
            });
        }
        let (decade, k) = self.decade(j)?;
        Some((k, Form::PartOfDecade { part, decade }))
    }

    fn decade(&self, i: usize) -> Option<(i32, usize)> {
        let (y, j) = self.number(i, 4, 4)?;
        (y % 10 == 0 && (1000..=2190).contains(&y) && self.ch(j)? == 's' && self.ends_word(j + 1))
            .then_some((y as i32, j + 1))
    }

    /// "1990s", "1980s–1990s".
    fn decades(&self, i: usize) -> Hit {
        let (a, j) = self.decade(i)?;
        if let Some((b, k)) = self.dash(j).and_then(|k| self.decade(k)) {
            if b > a {
                return Some((k, Form::DecadeRange(a, b)));
            }
        }
        Some((j, Form::Decade(a)))
    }

    fn dash(&self, i: usize) -> Option<usize> {
        match self.ch(i)? {
            '–' | '-' | '—' => Some(i + 1),
            _ => self.lit(i, " to ").or_else(|| self.lit(i, " – ")),
        }
    }

    /// "2008–2009", "2008–09", "1990".
    fn years(&self, i: usize) -> Hit {
        let (a, j) = self.year(i).or_else(|| {
            // A year followed by a dash is not ended by `year`'s checks; read it plainly.
            let (y, j) = self.number(i, 4, 4)?;
            (matches!(self.ch(j), Some('–' | '-' | '—')) && (1000..=2199).contains(&y)).then_some((y as i32, j))
        })?;
        if let Some(k) = self.dash(j) {
            if let Some((b, end)) = self.year(k) {
                if b > a {
                    return Some((end, Form::YearRange(a, b)));
                }
            } else if let Some((b, end)) = self.number(k, 2, 2) {
                let b = a - a % 100 + b as i32;
                if b > a && self.ends_word(end) {
                    return Some((end, Form::YearRange(a, b)));
                }
            }
        }
        self.year(i).map(|(y, end)| (end, Form::Year(y)))
    }

    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((n, j)) = self.number(i, 1, 3) {
            return Some((n, j));
        }
        let (w, j) = self.word(i)?;
        let lower = w.to_lowercase();
        if lower == "a" || lower == "an" {
            return Some((1, j));
        }
        number_word(&lower).map(|n| (n, j))
    }

    fn unit(&self, i: usize) -> Option<(Unit, usize)> {
        let (w, j) = self.word(i)?;
        let unit = match w.as_str() {
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "month" | "months" => Unit::Month,
            "year" | "years" => Unit::Year,
            _ => return None,
        };
        Some((unit, j))
    }

    /// "six or seven years ago", "two weeks ago".
    fn ago(&self, i: usize) -> Hit {
        let (low, j) = self.count(i)?;
        let (high, j) = match self.lit(j, " or ").or_else(|| self.lit(j, " to ")).and_then(|k| self.count(k)) {
            Some((high, k)) => (high, k),
            None => (low, j),
        };
        let (unit, j) = self.unit(self.space(j)?)?;
        let j = self.lit(j, " ago")?;
        self.ends_word(j).then_some((j, Form::Ago { low: low.min(high), high: low.max(high), unit }))
    }

    /// "In the weeks leading up to the attack": up to the next comma or stop.
    fn relative_before(&self, i: usize) -> Hit {
        let j = self.lit(i, "In the ").or_else(|| self.lit(i, "in the ")).or_else(|| self.lit(i, "the "))?;
        let (unit, j) = self.unit(j)?;
        let j = [" leading up to ", " before ", " prior to "].iter().find_map(|w| self.lit(j, w))?;
        let end = (j..self.c.len()).find(|&k| matches!(self.c[k], ',' | '.' | ';' | ':')).unwrap_or(self.c.len());
        Some((end, Form::Before { unit }))
    }
}

/// The value of a number written as a word, "zero" to "twenty" (lower case).
pub fn number_word(word: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS.iter().position(|w| *w == word).map(|n| n as u32)
}

/// What `resolve` may need beyond the wording.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// A year for wording without one, and where it came from.
    pub year: Option<(i32, String)>,
    /// The date a relative phrase counts from, and what it is.
    pub anchor: Option<(DateSpan, String)>,
}

/// Turns a found expression into an interval, or says what is missing or impossible.
pub fn resolve(found: &Found, context: &Context) -> Result<DateSpan, String> {
    let exact = |start: Civil, end: Civil, precision| DateSpan {
        wording: found.wording.clone(),
        start: start.to_string(),
        end: end.to_string(),
        precision,
        approximate: false,
        inferred_from: None,
    };
    let year_or_context = |year: Option<i32>| -> Result<(i32, Option<String>), String> {
        match (year, &context.year) {
            (Some(y), _) => Ok((y, None)),
            (None, Some((y, from))) => Ok((*y, Some(from.clone()))),
            (None, None) => {
                Err(format!("`{}` has no year, and none can be taken from its sentence or section", found.wording))
            }
        }
    };
    let mut span = match found.form {
        Form::Day { day, month, year } => {
            let (y, from) = year_or_context(year)?;
            let d =
                Civil::new(y, month, day).ok_or_else(|| format!("`{}` is not a day of the calendar", found.wording))?;
            DateSpan { inferred_from: from, ..exact(d, d, Precision::Day) }
        }
        Form::PartOfMonth { part, month, year } => {
            let (y, from) = year_or_context(year)?;
            let last = days_in_month(y, month);
            let (a, b) = match part {
                Part::Early => (1, 10),
                Part::Mid => (11, 20),
                Part::Late => (21, last),
            };
            DateSpan {
                inferred_from: from,
                ..exact(Civil { y, m: month, d: a }, Civil { y, m: month, d: b }, Precision::PartOfMonth)
            }
        }
        Form::Month { month, year } => {
            let (y, from) = year_or_context(year)?;
            DateSpan {
                inferred_from: from,
                ..exact(
                    Civil { y, m: month, d: 1 },
                    Civil { y, m: month, d: days_in_month(y, month) },
                    Precision::Month,
                )
            }
        }
        Form::Year(y) => exact(Civil::first(y), Civil::last(y), Precision::Year),
        Form::PartOfDecade { part, decade } => {
            let (a, b) = match part {
                Part::Early => (0, 3),
                Part::Mid => (3, 6),
                Part::Late => (6, 9),
            };
            exact(Civil::first(decade + a), Civil::last(decade + b), Precision::PartOfDecade)
        }
        Form::Decade(d) => exact(Civil::first(d), Civil::last(d + 9), Precision::Decade),
        Form::DecadeRange(a, b) => exact(Civil::first(a), Civil::last(b + 9), Precision::Range),
        Form::YearRange(a, b) => exact(Civil::first(a), Civil::last(b), Precision::Range),
        Form::Ago { low, high, unit } => {
            let (anchor, what) = context
                .anchor
                .clone()
                .ok_or_else(|| format!("`{}` counts back from a date its context does not give", found.wording))?;
            let start = Civil::parse(&anchor.start).expect("spans hold valid dates").minus(high, unit);
            let end = Civil::parse(&anchor.end).expect("spans hold valid dates").minus(low, unit);
            DateSpan {
                approximate: true,
                inferred_from: Some(format!("counted back from {what}")),
                ..exact(start, end, Precision::Range)
            }
        }
        Form::Before { unit } => {
            let (anchor, what) = context
                .anchor
                .clone()
                .ok_or_else(|| format!("`{}` counts back from a date its context does not give", found.wording))?;
            let at = Civil::parse(&anchor.start).expect("spans hold valid dates");
            // "The weeks before" is read as up to two months; "the days before" as up to a fortnight.
            let reach = match unit {
                Unit::Day => (14, Unit::Day),
                Unit::Week => (8, Unit::Week),
                Unit::Month => (6, Unit::Month),
                Unit::Year => (5, Unit::Year),
            };
            DateSpan {
                approximate: true,
                inferred_from: Some(format!("the time before {what}")),
                ..exact(at.minus(reach.0, reach.1), at.minus(1, Unit::Day), Precision::Range)
            }
        }
    };
    span.wording = found.wording.clone();
    Ok(span)
}

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Civil {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Civil {
    pub fn new(y: i32, m: u32, d: u32) -> Option<Civil> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(Civil { y, m, d })
    }

    fn first(y: i32) -> Civil {
        Civil { y, m: 1, d: 1 }
    }

    fn last(y: i32) -> Civil {
        Civil { y, m: 12, d: 31 }
    }

    pub fn parse(s: &str) -> Option<Civil> {
        let mut parts = s.splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Civil::new(y, m, d)
    }

    fn minus(self, n: u32, unit: Unit) -> Civil {
        match unit {
            Unit::Day => Civil::from_days(self.days() - i64::from(n)),
            Unit::Week => Civil::from_days(self.days() - 7 * i64::from(n)),
            Unit::Month => {
                let months = self.y as i64 * 12 + i64::from(self.m) - 1 - i64::from(n);
                let (y, m) = (months.div_euclid(12) as i32, months.rem_euclid(12) as u32 + 1);
                Civil { y, m, d: self.d.min(days_in_month(y, m)) }
            }
            Unit::Year => {
                let y = self.y - n as i32;
                Civil { y, m: self.m, d: self.d.min(days_in_month(y, self.m)) }
            }
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, reimplemented).
    pub fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (i64::from(self.m) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Civil {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Civil { y: (yoe + era * 400 + i64::from(m <= 2)) as i32, m, d }
    }
}

impl std::fmt::Display for Civil {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

pub fn month_name(m: u32) -> &'static str {
    MONTHS[(m as usize).clamp(1, 12) - 1]
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
