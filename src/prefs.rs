//! The reader's choices that are remembered between visits: theme and text size. Stored as plain
//! words; anything unreadable falls back to the default.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Theme {
    /// Follows the system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
    Sepia,
}

impl Theme {
    pub(crate) const ALL: [Theme; 4] = [Theme::System, Theme::Light, Theme::Dark, Theme::Sepia];

    pub(crate) fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::Sepia => "Sepia",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TextSize {
    Small,
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub(crate) const ALL: [TextSize; 4] = [TextSize::Small, TextSize::Normal, TextSize::Large, TextSize::Larger];

    pub(crate) fn key(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|t| t.key() == key)
    }

    pub(crate) fn bigger(self) -> TextSize {
        let i = TextSize::ALL.iter().position(|&t| t == self).unwrap_or(1);
        TextSize::ALL[(i + 1).min(TextSize::ALL.len() - 1)]
    }

    pub(crate) fn smaller(self) -> TextSize {
        let i = TextSize::ALL.iter().position(|&t| t == self).unwrap_or(1);
        TextSize::ALL[i.saturating_sub(1)]
    }
}

pub(crate) const THEME_KEY: &str = "article-viewer:theme";
pub(crate) const TEXT_SIZE_KEY: &str = "article-viewer:text-size";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_junk_is_refused() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_key(t.key()), Some(t));
        }
        for s in TextSize::ALL {
            assert_eq!(TextSize::from_key(s.key()), Some(s));
        }
        assert_eq!(Theme::from_key("<script>"), None);
        assert_eq!(TextSize::from_key(""), None);
    }

    #[test]
    fn text_size_steps_stop_at_the_ends() {
        assert_eq!(TextSize::Normal.bigger(), TextSize::Large);
        assert_eq!(TextSize::Larger.bigger(), TextSize::Larger);
        assert_eq!(TextSize::Small.smaller(), TextSize::Small);
    }
}
