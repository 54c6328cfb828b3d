use yew::prelude::*;

use crate::components::article_body::ArticleBody;
use crate::components::contents_nav::ContentsNav;
use crate::components::credit_line::CreditLine;
use crate::components::entity_panel::EntityPanel;
use crate::components::event_list::EventList;
use crate::components::notice_bar::NoticeBar;
use crate::components::search_box::SearchBox;
use crate::components::shortcut_help::ShortcutHelp;
use crate::components::timeline_view::TimelineView;
use crate::components::toolbar::Toolbar;
use crate::dom::{self, Listener};
use crate::embed::Options;
use crate::fixed::Fixed;
use crate::fragment::{self, Target};
use crate::library::Library;
use crate::prefs::{TextSize, Theme, TEXT_SIZE_KEY, THEME_KEY};
use crate::reader::{Reader, TextMarks};
use crate::state::{Action, ReaderState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub library: Fixed<Library>,
    /// What the host chose (address parameters), and a notice if some choice was not understood.
    pub options: Options,
    pub notice: Option<String>,
    /// Inside another page's frame: the content sets the height, which the host is told.
    pub framed: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let library = props.library;
    let (view, host_theme) = (props.options.view, props.options.theme);
    let reader: Reader = use_reducer(move || {
        let theme = host_theme.or_else(|| dom::load(THEME_KEY).and_then(|k| Theme::from_key(&k))).unwrap_or_default();
        let size = dom::load(TEXT_SIZE_KEY).and_then(|k| TextSize::from_key(&k)).unwrap_or_default();
        let mut state = ReaderState::new(library, theme, size);
        state.view = view;
        state
    });

    use_links(&reader, library, props.options.start.clone(), props.notice.clone());
    use_section_spy(&reader);
    use_shortcuts(&reader);
    use_go_to(&reader);
    use_match_paint(&reader);
    use_height_messages(props.framed);
    {
        // Saved only once the reader changes them: a theme the host chose is not the reader's.
        let (theme, size) = (reader.theme, reader.text_size);
        let first = use_mut_ref(|| true);
        use_effect_with((theme, size), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dom::save(THEME_KEY, theme.key());
                dom::save(TEXT_SIZE_KEY, size.key());
            }
        });
    }
    use_effect_with((), |_| {
        // The benchmark (issue 7) times navigation start to this mark.
        if let Some(perf) = dom::window().and_then(|w| w.performance()) {
            let _ = perf.mark("article-viewer:ready");
        }
    });

    let article = &library.article;
    let classes = classes!(
        "av-viewer",
        reader.contents_open.then_some("av-contents-open"),
        props.framed.then_some("av-framed"),
        format!("av-view-{}", reader.view.key())
    );
    let reading = reader.view.shows_reader();
    html! {
        <ContextProvider<Reader> context={reader.clone()}>
        <ContextProvider<TextMarks> context={TextMarks::of(&reader)}>
            <div class={classes} data-theme={reader.theme.key()} data-text-size={reader.text_size.key()}>
                if reading { <a class="av-skip" href="#av-main">{ "Skip to the article" }</a> }
                <header class="av-header">
                    <h1 class="av-title" id="av-top" tabindex="-1">{ &article.title }</h1>
                    <Toolbar />
                    <SearchBox />
                </header>
                <NoticeBar />
                if reader.view.shows_timeline() { <TimelineView /> }
                if reading {
                    <div class="av-layout">
                        <ContentsNav />
                        <main class="av-main" id="av-main" tabindex="-1">
                            <ArticleBody />
                            <EventList library={library} />
                        </main>
                        <EntityPanel />
                    </div>
                }
                <footer class="av-footer">
                    <CreditLine credit={Fixed(&library.0.article.credit)} />
                </footer>
                <ShortcutHelp />
            </div>
        </ContextProvider<TextMarks>>
        </ContextProvider<Reader>>
    }
}

/// Follows the URL fragment: once at start, and on every change (links, back, forward). With no
/// fragment, the page starts where the host asked (`start`); a notice about the host's choices
/// shows at start either way.
#[hook]
fn use_links(reader: &Reader, library: Fixed<Library>, start: Option<Target>, start_notice: Option<String>) {
    let reader = reader.clone();
    use_effect_with((), move |_| {
        let go = {
            let reader = reader.clone();
            move |target: Target, notice: Option<String>| {
                if target != Target::Top || notice.is_some() {
                    reader.dispatch(Action::GoTo(target, notice));
                } else {
                    dom::scroll_to_top();
                }
            }
        };
        let (target, notice) = fragment::parse(&dom::hash(), &library.ids, &library.article);
        match (target, notice) {
            (Target::Top, None) => match start {
                // The timeline alone starts at a section by showing that section's events.
                Some(Target::Element(section)) if !reader.view.shows_reader() => {
                    go(Target::Top, start_notice);
                    reader.dispatch(Action::FilterSection(Some(section)));
                }
                Some(place) => go(place, start_notice),
                None => go(Target::Top, start_notice),
            },
            (target, notice) => go(target, notice.or(start_notice)),
        }
        let follow = move || {
            let (target, notice) = fragment::parse(&dom::hash(), &library.ids, &library.article);
            go(target, notice);
        };
        let listener = dom::window().map(|w| Listener::new(&w, "hashchange", move |_| follow()));
        move || drop(listener)
    });
}

/// In a frame, tells the host the content's height whenever it changes, so that a host script
/// (`embed-host.js`) can size the frame to fit and no inner scroll bar is needed.
#[hook]
fn use_height_messages(framed: bool) {
    use_effect_with(framed, move |&framed| {
        let watch = framed.then(dom::document).flatten().and_then(|d| d.body()).and_then(|body| {
            let mut last = 0;
            dom::SizeWatch::new(&body, move || {
                // The body's own height, not the document's scroll height: that is never less than
                // the frame, so the frame could grow but never shrink.
                let Some(body) = dom::document().and_then(|d| d.body()) else { return };
                let height = body.get_bounding_client_rect().height().ceil().max(0.0) as u32;
                if height != last {
                    last = height;
                    dom::post_height(height);
                }
            })
        });
        move || drop(watch)
    });
}

/// Keeps `section_in_view` up to date as the reader scrolls: the last section whose top has
/// passed a line a quarter of the way down the window.
#[hook]
fn use_section_spy(reader: &Reader) {
    let reader = reader.clone();
    use_effect_with((), move |_| {
        let spy = move || {
            let Some(document) = dom::document() else { return };
            let Ok(sections) = document.query_selector_all(".av-main .av-section") else { return };
            let line =
                dom::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0) / 4.0;
            let mut current = None;
            for i in 0..sections.length() {
                let Some(el) =
                    sections.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                else {
                    continue;
                };
                if el.get_bounding_client_rect().top() <= line {
                    current = Some(el.id());
                }
            }
            if let Some(id) = current {
                reader.dispatch(Action::SectionInView(id));
            }
        };
        spy();
        let listener = dom::window().map(|w| Listener::new(&w, "scroll", move |_| spy()));
        move || drop(listener)
    });
}

/// Keyboard shortcuts for the whole page (listed by `?`). Keys typed into a field are the
/// field's, except Escape.
#[hook]
fn use_shortcuts(reader: &Reader) {
    let reader = reader.clone();
    use_effect_with((), move |_| {
        let on_key = move |event: web_sys::Event| {
            let Some(key) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&event) else { return };
            // A control that handled the key (the timeline's arrows) has prevented its default.
            if key.ctrl_key() || key.meta_key() || key.alt_key() || key.default_prevented() {
                return;
            }
            let typing = key
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
            match key.key().as_str() {
                "Escape" => {
                    reader.dispatch(Action::CloseHelp);
                    reader.dispatch(Action::CloseContents);
                }
                _ if typing => {}
                "/" | "s" => {
                    key.prevent_default();
                    if let Some(el) = dom::by_id("av-search")
                        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                    {
                        let _ = el.focus();
                    }
                }
                "?" => reader.dispatch(Action::ToggleHelp),
                "ArrowLeft" | "ArrowRight" => {
                    let (previous, next) = reader.library.neighbours(reader.section_in_view.as_deref());
                    let to = if key.key() == "ArrowLeft" { previous } else { next };
                    if let Some(section) = to {
                        key.prevent_default();
                        dom::set_hash(&section.id);
                    }
                }
                _ => {}
            }
        };
        let listener = dom::document().map(|d| Listener::new(&d, "keydown", on_key));
        move || drop(listener)
    });
}

/// Paints the search matches over the text after each change of the matches or the current one
/// (and after the first render, when there is nothing to paint, clears any left over).
#[hook]
fn use_match_paint(reader: &Reader) {
    let matches = reader.matches.clone();
    let current = reader.current;
    let library = reader.library;
    use_effect_with((std::rc::Rc::as_ptr(&matches) as usize, current), move |_| {
        let hits: Vec<crate::highlight::Hit> = matches
            .iter()
            .enumerate()
            .map(|(i, m)| crate::highlight::Hit {
                element: &library.0.index.entries[m.entry].sentence,
                start: m.start,
                len: m.len,
                current: current == Some(i),
            })
            .collect();
        crate::highlight::paint(&hits);
    });
}

/// Scrolls (and focuses) where the state asks, once per request.
#[hook]
fn use_go_to(reader: &Reader) {
    let go_to = reader.go_to.clone();
    use_effect_with(go_to, |go_to| {
        if let Some(go) = go_to {
            match &go.target {
                Target::Top => {
                    dom::scroll_to_top();
                    if let (true, Some(title)) = (go.focus, dom::by_id("av-top")) {
                        dom::show(&title, true);
                    }
                }
                Target::Element(id) | Target::Event { sentence: id, .. } => {
                    if let Some(el) = dom::by_id(id) {
                        dom::show(&el, go.focus);
                    }
                }
            }
        }
    });
}
