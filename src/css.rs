//! CSS lengths, read once for the whole viewer: an element's `height` attribute and the computed
//! sizes the timeline measures. Without a float parser (it would cost the wasm a few kB).

/// A length as written: a plain decimal number and its unit ("600px", "13.6px", "40em").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Length<'a> {
    pub number: &'a str,
    pub unit: &'a str,
}

impl<'a> Length<'a> {
    /// Digits with at most one inner point, then a unit of letters. Anything else (signs,
    /// exponents, `.5`, `5.`, spaces inside) is not a length here.
    pub(crate) fn parse(value: &'a str) -> Option<Length<'a>> {
        let value = value.trim();
        let unit_at = value.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(value.len());
        let (number, unit) = value.split_at(unit_at);
        let number_ok = !number.is_empty()
            && number.matches('.').count() <= 1
            && !number.starts_with('.')
            && !number.ends_with('.');
        (number_ok && unit.chars().all(|c| c.is_ascii_alphabetic())).then_some(Length { number, unit })
    }

    pub(crate) fn is_zero(self) -> bool {
        self.number.bytes().all(|b| b == b'0' || b == b'.')
    }

    /// The number, to a tenth (a computed font size needs no more).
    pub(crate) fn tenths(self) -> f64 {
        let (whole, part) = self.number.split_once('.').unwrap_or((self.number, ""));
        let whole: u32 = whole.parse().unwrap_or(0);
        let tenths = part.chars().next().and_then(|c| c.to_digit(10)).unwrap_or(0);
        f64::from(whole) + f64::from(tenths) / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::Length;

    #[test]
    fn lengths_as_written() {
        assert_eq!(Length::parse(" 600px "), Some(Length { number: "600", unit: "px" }));
        assert_eq!(Length::parse("13.6px").map(Length::tenths), Some(13.6));
        assert_eq!(Length::parse("13.66px").map(Length::tenths), Some(13.6), "to a tenth");
        assert_eq!(Length::parse("40em").map(|l| l.unit), Some("em"));
        assert_eq!(Length::parse("12").map(|l| l.unit), Some(""), "a bare number has no unit");
        assert!(Length::parse("0.0px").unwrap().is_zero());
        assert_eq!(Length::parse("14.399999618530273px").map(Length::tenths), Some(14.3), "a computed size");
        for bad in ["", "px", ".5em", "5.em", "1.2.3px", "-3px", "1e3px", "3 px", "3px;x"] {
            assert_eq!(Length::parse(bad), None, "{bad:?}");
        }
    }
}
