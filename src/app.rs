use yew::prelude::*;

use crate::components::article_body::ArticleBody;
use crate::components::contents_nav::ContentsNav;
use crate::components::credit_line::CreditLine;
use crate::components::entity_panel::EntityPanel;
use crate::components::event_list::EventList;
use crate::components::notice_bar::NoticeBar;
use crate::components::search_box::SearchBox;
use crate::components::shortcut_help::ShortcutHelp;
use crate::components::timeline::TimelineView;
use crate::components::toolbar::Toolbar;
use crate::dom::{self, Listener};
use crate::embed::Options;
use crate::fixed::Fixed;
use crate::fragment::{self, Target};
use crate::library::Library;
use crate::place::Place;
use crate::prefs::{TextSize, Theme, TEXT_SIZE_KEY, THEME_KEY};
use crate::state::{Action, ViewerState};
use crate::viewer::{TextMarks, Viewer};

#[derive(Properties, PartialEq)]
pub(crate) struct AppProps {
    pub library: Fixed<Library>,
    /// What the host chose (address parameters), and a notice if some choice was not understood.
    pub options: Options,
    pub notice: Option<String>,
    /// Where the viewer lives: a page (perhaps framed) or a host page's element.
    pub place: Place,
}

#[component]
pub(crate) fn App(props: &AppProps) -> Html {
    let library = props.library.clone();
    let place = props.place.clone();
    let (view, host_theme) = (props.options.view, props.options.theme);
    let viewer: Viewer = use_reducer({
        let (place, library) = (place.clone(), library.clone());
        move || {
            let theme =
                host_theme.or_else(|| place.load(THEME_KEY).and_then(|k| Theme::from_key(&k))).unwrap_or_default();
            let size = place.load(TEXT_SIZE_KEY).and_then(|k| TextSize::from_key(&k)).unwrap_or_default();
            let mut state = ViewerState::new(library.clone(), theme, size);
            state.view = view;
            state
        }
    });

    // Before anything of the viewer is in the page, so that measuring waits for nothing else;
    // not at all when the timeline is not shown at start (it then measures itself when shown).
    let first_plot = {
        let (place, size, shown) = (place.clone(), viewer.text_size, viewer.view.shows_timeline());
        *use_memo((), move |_| if shown { crate::components::timeline::probe(&place, size) } else { None })
    };
    use_links(&viewer, &place, library.clone(), props.options.start.clone(), props.notice.clone());
    use_host_changes(&viewer, &props.options, props.notice.as_deref());
    use_section_spy(&viewer, &place);
    use_shortcuts(&viewer, &place);
    use_go_to(&viewer, &place);
    use_match_paint(&viewer, &place);
    use_height_messages(place.framed());
    use_telling(&viewer, &place);
    {
        // Saved only once the reader changes them: a theme the host chose is not the reader's.
        let (theme, size) = (viewer.theme, viewer.text_size);
        let first = use_mut_ref(|| true);
        let place = place.clone();
        use_effect_with((theme, size), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                place.save(THEME_KEY, theme.key());
                place.save(TEXT_SIZE_KEY, size.key());
            }
        });
    }
    {
        // The benchmark (issue 7) times navigation start to this mark; a host hears an event.
        let place = place.clone();
        use_effect_with((), move |_| place.tell("ready", &[]));
    }

    let article = &library.article;
    let classes = classes!(
        "av-viewer",
        viewer.contents_open.then_some("av-contents-open"),
        place.framed().then_some("av-framed"),
        format!("av-view-{}", viewer.view.key())
    );
    let reading = viewer.view.shows_reader();
    // The skip link moves focus into the article; `av-main` is not a place in the article, so
    // following it as a fragment would only say so.
    let skip = {
        let place = place.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = place.by_id("av-main") {
                place.show(&main, true);
            }
        })
    };
    html! {
        <ContextProvider<Place> context={place.clone()}>
        <ContextProvider<Viewer> context={viewer.clone()}>
        <ContextProvider<TextMarks> context={TextMarks::of(&viewer)}>
            <div class={classes} data-theme={viewer.theme.key()} data-text-size={viewer.text_size.key()}>
                if reading { <a class="av-skip" href="#av-main" onclick={skip}>{ "Skip to the article" }</a> }
                <header class="av-header">
                    <h1 class="av-title" id="av-top" tabindex="-1">{ &article.title }</h1>
                    <Toolbar />
                    <SearchBox />
                </header>
                <NoticeBar />
                if viewer.view.shows_timeline() { <TimelineView first={first_plot} /> }
                if reading {
                    <div class="av-layout">
                        <ContentsNav />
                        <main class="av-main" id="av-main" tabindex="-1">
                            <ArticleBody />
                            <EventList library={library.clone()} />
                        </main>
                        <EntityPanel />
                    </div>
                }
                <footer class="av-footer">
                    <CreditLine credit={library.part(|l| &l.article.credit)} />
                </footer>
                <ShortcutHelp />
            </div>
        </ContextProvider<TextMarks>>
        </ContextProvider<Viewer>>
        </ContextProvider<Place>>
    }
}

/// Follows the URL fragment: once at start, and on every change (links, back, forward). With no
/// fragment, the page starts where the host asked (`start`); a notice about the host's choices
/// shows at start either way.
#[hook]
fn use_links(
    viewer: &Viewer,
    place: &Place,
    library: Fixed<Library>,
    start: Option<Target>,
    start_notice: Option<String>,
) {
    let (viewer, place) = (viewer.clone(), place.clone());
    use_effect_with((), move |_| {
        let go = {
            let (viewer, place) = (viewer.clone(), place.clone());
            move |target: Target, notice: Option<String>| {
                if target != Target::Top || notice.is_some() {
                    viewer.dispatch(Action::GoTo(target, notice));
                } else {
                    place.scroll_to_top();
                }
            }
        };
        let (target, notice) = fragment::parse(&place.hash(), &library.ids, &library.article);
        match (target, notice) {
            (Target::Top, None) => match start {
                // The timeline alone starts at a section by showing that section's events.
                Some(Target::Element(section)) if !viewer.view.shows_reader() => {
                    go(Target::Top, start_notice);
                    viewer.dispatch(Action::FilterSection(Some(section)));
                }
                Some(place) => go(place, start_notice),
                None => go(Target::Top, start_notice),
            },
            (target, notice) => go(target, notice.or(start_notice)),
        }
        let follow = {
            let place = place.clone();
            move || {
                let (target, notice) = fragment::parse(&place.hash(), &library.ids, &library.article);
                go(target, notice);
            }
        };
        let watch = place.on_hash_change(follow);
        move || drop(watch)
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
fn use_section_spy(viewer: &Viewer, place: &Place) {
    let (viewer, place) = (viewer.clone(), place.clone());
    use_effect_with((), move |_| {
        let spy = {
            let place = place.clone();
            move || {
                let (top, height) = place.view();
                let line = top + height / 4.0;
                let mut current = None;
                for el in place.query_all(".av-main .av-section") {
                    if el.get_bounding_client_rect().top() <= line {
                        current = Some(el.id());
                    }
                }
                if let Some(id) = current {
                    viewer.dispatch(Action::SectionInView(id));
                }
            }
        };
        spy();
        let listener = place.scrolling().map(|t| Listener::new(&t, "scroll", move |_| spy()));
        move || drop(listener)
    });
}

/// Keyboard shortcuts for the whole page (listed by `?`). Keys typed into a field are the
/// field's, except Escape.
#[hook]
fn use_shortcuts(viewer: &Viewer, place: &Place) {
    let (viewer, place) = (viewer.clone(), place.clone());
    use_effect_with((), move |_| {
        let keys = place.keys();
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
                    viewer.dispatch(Action::CloseHelp);
                    viewer.dispatch(Action::CloseContents);
                }
                _ if typing => {}
                "/" | "s" => {
                    key.prevent_default();
                    // Scrolled into view by the viewer itself (never its host), then focused
                    // without the browser's own scroll.
                    if let Some(el) = place.by_id("av-search") {
                        place.show(&el, true);
                    }
                }
                "?" => viewer.dispatch(Action::ToggleHelp),
                "ArrowLeft" | "ArrowRight" => {
                    let (previous, next) = viewer.library.neighbours(viewer.section_in_view.as_deref());
                    let to = if key.key() == "ArrowLeft" { previous } else { next };
                    if let Some(section) = to {
                        key.prevent_default();
                        place.set_hash(&section.id);
                    }
                }
                _ => {}
            }
        };
        let listener = keys.map(|t| Listener::new(&t, "keydown", on_key));
        move || drop(listener)
    });
}

/// Paints the search matches over the text after each change of the matches or the current one
/// (and after the first render, when there is nothing to paint, clears any left over).
#[hook]
fn use_match_paint(viewer: &Viewer, place: &Place) {
    let place = place.clone();
    let matches = viewer.matches.clone();
    let current = viewer.current;
    let library = viewer.library.clone();
    use_effect_with((std::rc::Rc::as_ptr(&matches) as usize, current), move |_| {
        let hits: Vec<crate::highlight::Hit<'_>> = matches
            .iter()
            .enumerate()
            .map(|(i, m)| crate::highlight::Hit {
                element: &library.index.entries[m.entry].sentence,
                start: m.start,
                len: m.len,
                current: current == Some(i),
            })
            .collect();
        crate::highlight::paint(&place, &hits);
    });
}

/// Scrolls (and focuses) where the state asks, once per request.
#[hook]
fn use_go_to(viewer: &Viewer, place: &Place) {
    let go_to = viewer.go_to.clone();
    let place = place.clone();
    use_effect_with(go_to, move |go_to| {
        if let Some(go) = go_to {
            match &go.target {
                Target::Top => {
                    place.scroll_to_top();
                    if let (true, Some(title)) = (go.focus, place.by_id("av-top")) {
                        place.show(&title, true);
                    }
                }
                Target::Element(id) | Target::Event { sentence: id, .. } => {
                    if let Some(el) = place.by_id(id) {
                        place.show(&el, go.focus);
                    }
                }
            }
        }
    });
}

/// A host changed its choices after the start (an element's attributes): what changed is
/// followed (the view, the theme, where to be); what was not understood is named in a notice.
#[hook]
fn use_host_changes(viewer: &Viewer, options: &Options, notice: Option<&str>) {
    let viewer = viewer.clone();
    let before = use_mut_ref(|| None::<Options>);
    use_effect_with((options.clone(), notice.map(str::to_string)), move |(options, notice)| {
        let Some(was) = before.borrow_mut().replace(options.clone()) else { return };
        if options.view != was.view {
            viewer.dispatch(Action::SetView(options.view));
        }
        if let (Some(theme), true) = (options.theme, options.theme != was.theme) {
            viewer.dispatch(Action::SetTheme(theme));
        }
        if options.start != was.start {
            match options.start.clone() {
                Some(Target::Element(section)) if !options.view.shows_reader() => {
                    viewer.dispatch(Action::FilterSection(Some(section)));
                }
                Some(place) => viewer.dispatch(Action::GoTo(place, None)),
                None => {}
            }
        }
        if let Some(notice) = notice {
            viewer.dispatch(Action::Notify(notice.clone()));
        }
    });
}

/// Tells the host what the reader does: which event is selected and which section is being read
/// (DOM events on an `<article-viewer>` element; nothing on a page of ours).
#[hook]
fn use_telling(viewer: &Viewer, place: &Place) {
    let library = viewer.library.clone();
    {
        let (place, library) = (place.clone(), library.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(viewer.selected.clone(), move |selected| {
            // Nothing selected at the start is nothing to tell.
            if std::mem::replace(&mut *first.borrow_mut(), false) && selected.is_none() {
                return;
            }
            let event =
                selected.as_ref().and_then(|id| library.event_at.get(id)).and_then(|&i| library.article.events.get(i));
            place.tell(
                "select",
                &[
                    ("id", event.map(|e| e.id.as_str())),
                    ("title", event.map(|e| e.title.as_str())),
                    ("date", event.map(|e| e.date.wording.as_str())),
                    ("sentence", event.map(|e| e.sentence.as_str())),
                ],
            );
        });
    }
    let place = place.clone();
    use_effect_with(viewer.section_in_view.clone(), move |section| {
        let Some(section) = section.as_ref().and_then(|id| library.sections.iter().find(|s| s.id == *id)) else {
            return;
        };
        place.tell("section", &[("id", Some(section.id.as_str())), ("title", Some(section.title.as_str()))]);
    });
}
