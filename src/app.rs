use yew::prelude::*;

use crate::components::article_body::ArticleBody;
use crate::components::contents_nav::ContentsNav;
use crate::components::credit_line::CreditLine;
use crate::components::entity_panel::EntityPanel;
use crate::components::event_list::EventList;
use crate::components::notice_bar::NoticeBar;
use crate::components::search_box::SearchBox;
use crate::components::shortcut_help::ShortcutHelp;
use crate::components::story::Story;
use crate::components::timeline::TimelineView;
use crate::components::toolbar::Toolbar;
use crate::embed::Options;
use crate::fixed::Fixed;
use crate::hooks::use_go_to::use_go_to;
use crate::hooks::use_height_messages::use_height_messages;
use crate::hooks::use_host_changes::use_host_changes;
use crate::hooks::use_links::use_links;
use crate::hooks::use_match_paint::use_match_paint;
use crate::hooks::use_section_spy::use_section_spy;
use crate::hooks::use_shortcuts::use_shortcuts;
use crate::hooks::use_telling::use_telling;
use crate::hooks::use_view_report::use_view_report;
use crate::library::Library;
use crate::place::Place;
use crate::prefs::{TextSize, Theme, TEXT_SIZE_KEY, THEME_KEY};
use crate::state::ViewerState;
use crate::viewer::{TextMarks, TimelineShown, Viewer};

#[derive(Properties, PartialEq)]
pub(crate) struct AppProps {
    pub library: Fixed<Library>,
    /// What the host chose (address parameters), and a notice if some choice was not understood.
    pub options: Options,
    pub notice: Option<String>,
    /// Where the viewer lives: a page (perhaps framed) or a host page's element.
    pub place: Place,
    /// Taking over the markup the build rendered (`render.rs`): the first render must draw
    /// exactly what the build drew, so nothing measured in the browser goes into it.
    pub hydrating: bool,
}

#[component]
pub(crate) fn App(props: &AppProps) -> Html {
    let library = props.library.clone();
    let place = props.place.clone();
    let host_theme = props.options.theme;
    let viewer: Viewer = use_reducer({
        let (place, library, options) = (place.clone(), library.clone(), props.options.clone());
        move || {
            let theme =
                host_theme.or_else(|| place.load(THEME_KEY).and_then(|k| Theme::from_key(&k))).unwrap_or_default();
            let size = place.load(TEXT_SIZE_KEY).and_then(|k| TextSize::from_key(&k)).unwrap_or_default();
            ViewerState::new(library.clone(), theme, size).open_with(&options)
        }
    });

    // Before anything of the viewer is in the page, so that measuring waits for nothing else;
    // not at all when the timeline is not shown at start (it then measures itself when shown).
    let first_plot = {
        let (place, size) = (place.clone(), viewer.text_size);
        let shown = viewer.view.shows_timeline() && !props.hydrating;
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
    let shown = use_memo((), |_| TimelineShown::default());
    use_view_report(&viewer, &place, &shown);
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
        <ContextProvider<TimelineShown> context={(*shown).clone()}>
            <div class={classes} data-theme={viewer.theme.key()} data-text-size={viewer.text_size.key()}>
                if reading { <a class="av-skip" href="#av-main" onclick={skip}>{ "Skip to the article" }</a> }
                <header class="av-header">
                    <h1 class="av-title" id="av-top" tabindex="-1">{ &article.title }</h1>
                    <Toolbar />
                    <SearchBox />
                </header>
                <NoticeBar />
                if viewer.view.shows_timeline() {
                    <TimelineView first={first_plot} range={props.options.range} even_time={props.options.even_time} />
                }
                if viewer.story_open() { <Story /> }
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
        </ContextProvider<TimelineShown>>
        </ContextProvider<TextMarks>>
        </ContextProvider<Viewer>>
        </ContextProvider<Place>>
    }
}
