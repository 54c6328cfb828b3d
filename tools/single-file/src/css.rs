//! Inside `<article-viewer>` the viewer follows the element's width, not the window's: every
//! `@media` rule of its style sheet that asks about the window's width becomes an `@container`
//! rule on the element's frame (static/element.css), and any other query about the window's size
//! fails the build. Read with cssparser's tokenizer and blocks; only the rules it converts are
//! rewritten, the rest of the sheet stays byte for byte as written.

use cssparser::{Delimiter, ParseError, Parser, ParserInput, Token};

/// The window's size features (Media Queries 4), each also with `min-` and `max-`.
const WINDOW_SIZE: [&str; 7] =
    ["width", "height", "aspect-ratio", "orientation", "device-width", "device-height", "device-aspect-ratio"];

fn about_window_size(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let base = name.strip_prefix("min-").or_else(|| name.strip_prefix("max-")).unwrap_or(&name);
    WINDOW_SIZE.contains(&base)
}

/// The frame contains its inline size only: a container query can ask about its width, nothing else.
fn about_width(name: &str) -> bool {
    ["width", "min-width", "max-width"].iter().any(|w| name.eq_ignore_ascii_case(w))
}

/// `css` with its window width queries turned into container queries. `file` names it in errors.
pub(crate) fn container_queries(css: &str, file: &str) -> Result<String, String> {
    let mut input = ParserInput::new(css);
    let mut parser = Parser::new(&mut input);
    let mut edits = Vec::new();
    walk(&mut parser, file, &mut edits)?;
    let mut out = String::with_capacity(css.len() + 64);
    let mut at = 0;
    edits.sort_by_key(|e| e.0);
    for (start, end, text) in edits {
        out.push_str(&css[at..start]);
        out.push_str(&text);
        at = end;
    }
    out.push_str(&css[at..]);
    Ok(out)
}

/// A replacement of `css[start..end]`.
type Edit = (usize, usize, String);

/// Finds the at-rules of a block (the sheet, or a rule's body: they nest) and converts or checks them.
fn walk(p: &mut Parser<'_, '_>, file: &str, edits: &mut Vec<Edit>) -> Result<(), String> {
    loop {
        let start = p.position();
        let location = p.current_source_location();
        let token = match p.next_including_whitespace_and_comments() {
            Ok(t) => t.clone(),
            Err(_) => return Ok(()),
        };
        let name = match token {
            Token::AtKeyword(name) => name.to_ascii_lowercase(),
            Token::CurlyBracketBlock => {
                nested(p, file, edits)?;
                continue;
            }
            Token::ParenthesisBlock | Token::SquareBracketBlock | Token::Function(_) => {
                skip_block(p);
                continue;
            }
            _ => continue,
        };
        let prelude_start = p.position();
        let (prelude_end, block) = loop {
            let before = p.position();
            match p.next_including_whitespace_and_comments() {
                Ok(Token::CurlyBracketBlock) => break (before, true),
                Ok(Token::Semicolon) | Err(_) => break (before, false),
                Ok(Token::ParenthesisBlock | Token::SquareBracketBlock | Token::Function(_)) => skip_block(p),
                Ok(_) => {}
            }
        };
        let prelude = p.slice(prelude_start..prelude_end);
        let at = |text: &str| format!("{file}:{}:{}: `@{name}{}`", location.line + 1, location.column, text.trim_end());
        let mut closing = false;
        match name.as_str() {
            "media" => match convert(prelude).map_err(|why| format!("{} {why}{EXPECTED}", at(prelude)))? {
                Some(Conversion::Keyword) => {
                    edits.push((start.byte_index(), prelude_start.byte_index(), "@container".into()))
                }
                Some(Conversion::Prelude(text)) => {
                    edits.push((start.byte_index(), prelude_end.byte_index(), format!("@container {text} ")))
                }
                Some(Conversion::Nested { media, container }) => {
                    edits.push((
                        start.byte_index(),
                        prelude_end.byte_index(),
                        format!("@media {media} {{@container {container} "),
                    ));
                    closing = true;
                }
                None => {}
            },
            "import" | "custom-media" if mentions_window_size(prelude) => {
                return Err(format!(
                    "{} asks about the window's size where no container query can stand{EXPECTED}",
                    at(prelude)
                ));
            }
            _ => {}
        }
        if block {
            nested(p, file, edits)?;
            if closing {
                edits.push((p.position().byte_index(), p.position().byte_index(), "}".into()));
            }
        }
    }
}

fn nested(p: &mut Parser<'_, '_>, file: &str, edits: &mut Vec<Edit>) -> Result<(), String> {
    p.parse_nested_block(|p| walk(p, file, edits).map_err(|e| p.new_custom_error::<String, String>(e))).map_err(|e| {
        match e.kind {
            cssparser::ParseErrorKind::Custom(message) => message,
            other => format!("{other:?}"),
        }
    })
}

const EXPECTED: &str = ": expected queries on the width alone (`(max-width: 60em)`, `(width < 40em)`, \
`(30em <= width <= 60em)`, joined by `and`, `or` or `not`), also after a media type or beside other features \
joined by `and` (`screen and (max-width: 60em)`): they become container queries on the element's frame, \
which contains its inline size only, so there is no height, aspect-ratio or orientation to ask about";

enum Conversion {
    /// `@media` becomes `@container`; the query stays as written.
    Keyword,
    /// `@container` and this condition.
    Prelude(String),
    /// `@media {media} { @container {container} { ... } }`.
    Nested { media: String, container: String },
}

/// What a `@media` rule with this query list becomes: `None` when it asks nothing about the window's
/// size; an error (why) when it does but cannot become a container query.
fn convert(prelude: &str) -> Result<Option<Conversion>, &'static str> {
    let queries = queries(prelude);
    if !queries.iter().any(|q| mentions_window_size(&q.text)) {
        return Ok(None);
    }
    let width_alone = |q: &Query| {
        q.understood
            && q.qualifier.is_none()
            && q.media_type.as_deref().is_none_or(|t| t.eq_ignore_ascii_case("all"))
            && !q.parts.is_empty()
            && q.parts.iter().all(|p| p.width_only)
    };
    if let [query] = &queries[..] {
        if width_alone(query) {
            return Ok(Some(match query.media_type {
                None => Conversion::Keyword,
                Some(_) => Conversion::Prelude(query.condition_text.clone()),
            }));
        }
        if !query.understood || query.negated || query.or || query.qualifier.as_deref() == Some("not") {
            return Err("asks about the window's size in a way that has no container query");
        }
        let (width, other): (Vec<&Part>, Vec<&Part>) = query.parts.iter().partition(|p| p.width_only);
        if width.is_empty() || other.iter().any(|p| mentions_window_size(&p.text)) {
            return Err("asks about the window's size beyond its width");
        }
        let join = |parts: &[&Part]| parts.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" and ");
        let media_type = [query.qualifier.as_deref(), query.media_type.as_deref()].into_iter().flatten();
        let media_type = media_type.collect::<Vec<_>>().join(" ");
        let media = [media_type, join(&other)].into_iter().filter(|m| !m.is_empty()).collect::<Vec<_>>();
        return Ok(Some(Conversion::Nested { media: media.join(" and "), container: join(&width) }));
    }
    if !queries.iter().all(width_alone) {
        return Err("asks about the window's size in a list (`,`) of queries not all on the width alone");
    }
    let condition = |q: &Query| match &q.parts[..] {
        [part] if !q.negated => part.text.clone(),
        _ => format!("({})", q.condition_text),
    };
    Ok(Some(Conversion::Prelude(queries.iter().map(condition).collect::<Vec<_>>().join(" or "))))
}

/// One media query, as far as converting it needs.
#[derive(Default)]
struct Query {
    text: String,
    /// `only` or `not`, lowercased.
    qualifier: Option<String>,
    media_type: Option<String>,
    /// Its condition: `not` one part, or parts joined by `and` (or by `or`), as written.
    negated: bool,
    or: bool,
    parts: Vec<Part>,
    condition_text: String,
    /// False when it is not a query this grammar knows (it is then never converted).
    understood: bool,
}

/// One `<media-in-parens>` as written, and whether every feature in it is the width.
struct Part {
    text: String,
    width_only: bool,
}

fn queries(prelude: &str) -> Vec<Query> {
    let mut input = ParserInput::new(prelude);
    let mut p = Parser::new(&mut input);
    let mut found = Vec::new();
    loop {
        let query = p.parse_until_before(Delimiter::Comma, |p| Ok::<_, ParseError<'_, ()>>(query(p)));
        found.extend(query.ok());
        if p.next().is_err() {
            return found;
        }
    }
}

fn query(p: &mut Parser<'_, '_>) -> Query {
    p.skip_whitespace();
    let start = p.position();
    let mut q = Query { understood: true, ..Query::default() };
    let state = p.state();
    let first = p.expect_ident_cloned().ok().map(|i| i.to_ascii_lowercase());
    let then_ident = p.try_parse(|p| p.expect_ident_cloned().map(drop)).is_ok();
    p.reset(&state);
    let condition = match first.as_deref() {
        None => true,
        // `not (...)` is a condition, `not screen` a qualifier and a type.
        Some("not") if !then_ident => true,
        Some(word) => {
            if matches!(word, "not" | "only") {
                q.qualifier = Some(word.to_string());
                p.expect_ident().ok();
            }
            q.media_type = p.expect_ident_cloned().ok().map(|t| t.to_ascii_lowercase());
            q.understood &= q.media_type.is_some();
            p.try_parse(|p| p.expect_ident_matching("and")).is_ok()
        }
    };
    if condition {
        p.skip_whitespace();
        let condition_start = p.position();
        q.understood &= parse_condition(p, &mut q);
        q.condition_text = p.slice_from(condition_start).trim_end().to_string();
        // After a media type, a condition has no `or` (Media Queries 4).
        q.understood &= !(q.or && q.media_type.is_some());
    }
    q.understood &= p.is_exhausted();
    while p.next_including_whitespace_and_comments().is_ok() {}
    q.text = p.slice_from(start).trim_end().to_string();
    q
}

/// Reads `not <part>` or `<part> [and <part>]*` or `<part> [or <part>]*` into `q`; false when it
/// is not that.
fn parse_condition(p: &mut Parser<'_, '_>, q: &mut Query) -> bool {
    if p.try_parse(|p| p.expect_ident_matching("not")).is_ok() {
        q.negated = true;
        return part(p).map(|part| q.parts.push(part)).is_some() && p.is_exhausted();
    }
    let mut op: Option<bool> = None;
    loop {
        let Some(part) = part(p) else { return false };
        q.parts.push(part);
        if p.is_exhausted() {
            q.or = op == Some(true);
            return true;
        }
        let Ok(word) = p.expect_ident_cloned() else { return false };
        let or = match &*word.to_ascii_lowercase() {
            "and" => false,
            "or" => true,
            _ => return false,
        };
        if op.is_some_and(|o| o != or) {
            return false; // `and` and `or` mixed without parentheses: not a valid query
        }
        op = Some(or);
    }
}

/// One `<media-in-parens>`: a feature, a condition in parentheses, or anything else (`general-enclosed`).
fn part(p: &mut Parser<'_, '_>) -> Option<Part> {
    p.skip_whitespace();
    let start = p.position();
    let width_only = match p.next() {
        Ok(Token::ParenthesisBlock) => inside(p, in_parens).unwrap_or(false),
        Ok(Token::Function(_)) => {
            skip_block(p);
            false
        }
        _ => return None,
    };
    Some(Part { text: p.slice_from(start).to_string(), width_only })
}

/// Whether the inside of `( ... )` asks about the width alone: a nested condition, or one feature
/// (`name`, `name: value`, or a range: `name < value`, `value < name`, `value < name < value`).
fn in_parens(p: &mut Parser<'_, '_>) -> bool {
    let state = p.state();
    let nested = match p.next() {
        Ok(Token::ParenthesisBlock | Token::Function(_)) => true,
        Ok(Token::Ident(i)) if i.eq_ignore_ascii_case("not") => {
            matches!(p.next(), Ok(Token::ParenthesisBlock | Token::Function(_)))
        }
        _ => false,
    };
    p.reset(&state);
    if nested {
        let mut q = Query::default();
        return parse_condition(p, &mut q) && q.parts.iter().all(|part| part.width_only);
    }
    // The operands between comparisons (`<`, `>`, `=`, `<=`, `>=`), each a list of tokens.
    let mut operands: Vec<Vec<Token<'_>>> = vec![Vec::new()];
    let mut plain = false;
    while let Ok(token) = p.next() {
        match token {
            Token::Delim('<' | '>' | '=') => {
                if !operands.last().is_some_and(Vec::is_empty) {
                    operands.push(Vec::new());
                }
            }
            Token::Colon if operands.len() == 1 && operands[0].len() == 1 => {
                plain = true;
                break;
            }
            token => operands.last_mut().expect("one at least").push(token.clone()),
        }
    }
    let name = |operand: &[Token<'_>]| match operand {
        [Token::Ident(name)] => Some(name.to_string()),
        _ => None,
    };
    let feature = match &operands[..] {
        [one] => name(one),
        [first, second] if !plain => name(first).or_else(|| name(second)),
        [_, middle, _] if !plain => name(middle),
        _ => None,
    };
    feature.is_some_and(|f| about_width(&f))
}

/// Whether any identifier in `text`, at any depth, names one of the window's size features.
fn mentions_window_size(text: &str) -> bool {
    fn any(p: &mut Parser<'_, '_>) -> bool {
        while let Ok(token) = p.next() {
            let found = match token {
                Token::Ident(name) => about_window_size(name),
                Token::ParenthesisBlock | Token::SquareBracketBlock | Token::CurlyBracketBlock | Token::Function(_) => {
                    inside(p, any).unwrap_or(false)
                }
                _ => false,
            };
            if found {
                return true;
            }
        }
        false
    }
    let mut input = ParserInput::new(text);
    any(&mut Parser::new(&mut input))
}

/// `read` applied to the inside of the block just opened; what it leaves is skipped.
fn inside<T>(p: &mut Parser<'_, '_>, read: impl FnOnce(&mut Parser<'_, '_>) -> T) -> Option<T> {
    p.parse_nested_block(|p| {
        let found = read(p);
        while p.next_including_whitespace_and_comments().is_ok() {}
        Ok::<_, ParseError<'_, ()>>(found)
    })
    .ok()
}

/// Steps over the block just opened. (Until then the parser's position is inside it.)
fn skip_block(p: &mut Parser<'_, '_>) {
    inside(p, |_| ());
}
