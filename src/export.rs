//! The events a reader takes away: the shown events (after the filters) as CSV, JSON in the
//! published schema, and iCalendar, made from the bundled article in the browser (nothing is
//! fetched). Every file carries the article's credit: CC BY-SA asks for it. Pure: the download
//! itself is the browser side's (`components/timeline/downloads.rs`).

use article::{Article, Credit, Event};
use serde::Serialize;

/// The credit in one line of text: source, address, authors, licence and its address.
pub(crate) fn credit_text(credit: &Credit) -> String {
    let mut out = format!("From {}", credit.source);
    if let Some(url) = &credit.source_url {
        out.push_str(&format!(" ({url})"));
    }
    if let Some(authors) = &credit.authors {
        out.push_str(&format!(", by {authors}"));
    }
    out.push_str(&format!(", under {} ({}). {}", credit.licence, credit.licence_url, credit.note));
    out
}

/// The title of an event's section, if it has one.
fn section_title<'a>(article: &'a Article, event: &Event) -> &'a str {
    fn find<'a>(sections: &'a [article::Section], id: &str) -> Option<&'a str> {
        sections.iter().find_map(|s| if s.id == id { Some(s.title.as_str()) } else { find(&s.sections, id) })
    }
    event.section.as_deref().and_then(|id| find(&article.sections, id)).unwrap_or("")
}

const CSV_HEADER: [&str; 11] =
    ["date", "start", "end", "approximate", "title", "attribution", "speaker", "sentence", "section", "id", "credit"];

/// One row per shown event (RFC 4180: comma-separated, CRLF line ends, quoted where needed),
/// after a header row. The credit is a column, so that no row travels without it.
pub(crate) fn csv(article: &Article, shown: &[usize]) -> String {
    let credit = credit_text(&article.credit);
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().copied());
    for e in shown.iter().filter_map(|&i| article.events.get(i)) {
        let approximate = if e.date.approximate { "yes" } else { "no" };
        push_row(
            &mut out,
            [
                e.date.wording.as_str(),
                &e.date.start,
                &e.date.end,
                approximate,
                &e.title,
                e.attribution.as_deref().unwrap_or(""),
                e.speaker.as_deref().unwrap_or(""),
                &e.quote,
                section_title(article, e),
                &e.id,
                &credit,
            ],
        );
    }
    out
}

fn push_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (k, field) in fields.into_iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// The shown events as the published schema writes them (docs/article-schema.md), with the
/// article's title and credit.
#[derive(Serialize)]
struct Events<'a> {
    schema_version: u32,
    title: &'a str,
    credit: &'a Credit,
    events: Vec<&'a Event>,
}

pub(crate) fn json(article: &Article, shown: &[usize]) -> String {
    let events = shown.iter().filter_map(|&i| article.events.get(i)).collect();
    let out = Events { schema_version: article.schema_version, title: &article.title, credit: &article.credit, events };
    // Only strings, numbers and flags: writing it cannot fail.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// An iCalendar file (RFC 5545): each shown event an all-day span from its first to its last
/// possible day, summarised by the article's wording of the date and the event's title; the
/// sentence, its attribution and the credit in the description. `stamp` is when the file was
/// made (`YYYYMMDDTHHMMSSZ`).
pub(crate) fn ics(article: &Article, shown: &[usize], stamp: &str) -> String {
    let credit = credit_text(&article.credit);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//article-viewer//Events of one article//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        format!("X-WR-CALNAME:{}", ics_text(&article.title)),
    ];
    for e in shown.iter().filter_map(|&i| article.events.get(i)) {
        let (Some(start), Some(end)) = (ics_day(&e.date.start, 0), ics_day(&e.date.end, 1)) else { continue };
        let mut description = e.quote.clone();
        if let Some(a) = &e.attribution {
            description.push_str(&format!("\n\nAttributed: {a}"));
        }
        if let Some(s) = &e.speaker {
            description.push_str(&format!("\n\nSaid by {s}"));
        }
        if e.date.approximate {
            description.push_str(&format!("\n\nThe article says \"{}\": the dates are an estimate.", e.date.wording));
        }
        description.push_str(&format!("\n\n{credit}"));
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@article-viewer", e.id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{start}"),
            format!("DTEND;VALUE=DATE:{end}"),
            format!("SUMMARY:{}", ics_text(&format!("{}: {}", e.date.wording, e.title))),
            format!("DESCRIPTION:{}", ics_text(&description)),
        ]);
        if let Some(url) = &article.credit.source_url {
            lines.push(format!("URL:{url}"));
        }
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

/// `YYYY-MM-DD` as an iCalendar date, `days` later (the end of an all-day span is exclusive).
fn ics_day(day: &str, days: i64) -> Option<String> {
    let mut parts = day.split('-');
    let (y, m, d) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    let civil = article::dates::Civil::from_days(article::dates::Civil { y, m, d }.days() + days);
    (civil.y >= 0).then(|| format!("{:04}{:02}{:02}", civil.y, civil.m, civil.d))
}

/// A TEXT value: backslash, semicolon, comma and line ends escaped.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The timeline as it stands, for an image: what the browser drew, in px from the plot's corner.
pub(crate) struct Drawing {
    pub width: i64,
    pub height: i64,
    /// The theme's colours (CSS colour values) and the plot's text size.
    pub background: String,
    pub foreground: String,
    pub muted: String,
    pub font: i64,
    pub marks: Vec<Mark>,
}

pub(crate) enum Mark {
    /// A line across the plot at `x`, with its label (a year, a month).
    Tick { x: i64, label: String },
    /// A bar: an event's interval, or a section's span.
    Bar { x: i64, y: i64, w: i64, h: i64, colour: String },
    /// Text from (`x`, `y`), its first words (`bold`: an event's date) in bold, in as many `lines`
    /// as the page shows it in.
    Label { x: i64, y: i64, lines: usize, bold: String, text: String, colour: String },
}

/// The drawing as an SVG image, the article's title above it and its credit below: nothing but
/// shapes and text, so any viewer (and a canvas, for the PNG) draws it as it is.
pub(crate) fn svg(title: &str, credit: &Credit, d: &Drawing) -> String {
    let font = d.font.max(8);
    let (head, line) = (font * 3, font * 27 / 20);
    let credit_lines = wrap(&credit_text(credit), d.width - font * 2, font);
    let height = head + d.height + font + line * credit_lines.len() as i64 + font;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{height}\" viewBox=\"0 0 {w} {height}\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"{font}\">\n\
         <rect width=\"{w}\" height=\"{height}\" fill=\"{bg}\"/>\n\
         <text x=\"{font}\" y=\"{y}\" font-size=\"{big}\" font-weight=\"700\" fill=\"{fg}\">{t}</text>\n\
         <g transform=\"translate(0 {head})\">\n",
        w = d.width,
        bg = xml(&d.background),
        fg = xml(&d.foreground),
        y = font * 2,
        big = font * 3 / 2,
        t = xml(&format!("{title}: timeline")),
    );
    for mark in &d.marks {
        match mark {
            Mark::Tick { x, label } => out.push_str(&format!(
                "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{h}\" stroke=\"{m}\" stroke-opacity=\"0.4\"/>\
                 <text x=\"{tx}\" y=\"{font}\" fill=\"{m}\">{l}</text>\n",
                h = d.height,
                m = xml(&d.muted),
                tx = x + 3,
                l = xml(label),
            )),
            Mark::Bar { x, y, w, h, colour } => out.push_str(&format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{r}\" fill=\"{c}\"/>\n",
                w = (*w).max(2),
                h = (*h).max(2),
                r = (*h).max(2) / 2,
                c = xml(colour),
            )),
            Mark::Label { x, y, lines, bold, text, colour } => {
                out.push_str(&format!(
                    "<line x1=\"{x}\" y1=\"{y}\" x2=\"{x}\" y2=\"{y2}\" stroke=\"{c}\" stroke-width=\"2\"/>\
                     <text fill=\"{fg}\">",
                    y2 = y + line,
                    c = xml(colour),
                    fg = xml(&d.foreground),
                ));
                let lines = wrap_in(format!("{bold} {text}").trim(), (*lines).max(1));
                let mut rest = bold.chars().count();
                for (k, l) in lines.iter().enumerate() {
                    let ly = y + font + k as i64 * line;
                    out.push_str(&format!("<tspan x=\"{}\" y=\"{ly}\">", x + font / 3));
                    // The date's words in bold, wherever the line breaks them.
                    let split = l.char_indices().nth(rest).map_or(l.len(), |(i, _)| i);
                    if split > 0 {
                        out.push_str(&format!("<tspan font-weight=\"700\">{}</tspan>", xml(&l[..split])));
                    }
                    out.push_str(&xml(&l[split..]));
                    out.push_str("</tspan>");
                    rest = rest.saturating_sub(l.chars().count() + 1);
                }
                out.push_str("</text>\n");
            }
        }
    }
    out.push_str("</g>\n");
    for (k, l) in credit_lines.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"{font}\" y=\"{y}\" fill=\"{m}\">{t}</text>\n",
            y = head + d.height + font + line * (k as i64 + 1),
            m = xml(&d.muted),
            t = xml(l),
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// Words in lines that fit `width` px at `font` px (an average character of a sans-serif face is
/// a little over half its size).
fn wrap(text: &str, width: i64, font: i64) -> Vec<String> {
    wrap_at(text, ((width * 16) / (font.max(1) * 9)).max(8) as usize)
}

/// Words in `lines` lines of about equal length: the page's own line count for a label, so the
/// image's rows are as tall as the page's.
fn wrap_in(text: &str, lines: usize) -> Vec<String> {
    let chars = text.chars().count();
    let mut most = chars.div_ceil(lines).max(1);
    loop {
        let out = wrap_at(text, most);
        if out.len() <= lines || most >= chars {
            return out;
        }
        most += 1;
    }
}

/// Words in lines of at most `most` characters (a longer word has a line of its own).
fn wrap_at(text: &str, most: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > most {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text for XML: markup characters as entities.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
