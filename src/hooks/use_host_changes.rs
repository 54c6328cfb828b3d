use yew::prelude::*;

use crate::embed::{start_at, Options, StartAt};
use crate::state::Action;
use crate::viewer::Viewer;

/// A host changed its choices after the start (an element's attributes): what changed is
/// followed (the view, the theme, where to be); what was not understood is named in a notice.
#[hook]
pub(crate) fn use_host_changes(viewer: &Viewer, options: &Options, notice: Option<&str>) {
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
            match start_at(options.start.clone(), options.view) {
                StartAt::Events(section) => viewer.dispatch(Action::FilterSection(Some(section))),
                StartAt::Place(target) => viewer.dispatch(Action::GoTo(target, None)),
                StartAt::Top => {}
            }
        }
        if options.story != was.story {
            viewer.dispatch(Action::Story(options.story));
        }
        if options.who != was.who {
            viewer.dispatch(Action::ChooseEntity(options.who.clone()));
        }
        if options.only_section != was.only_section {
            viewer.dispatch(Action::FilterSection(options.only_section.clone()));
        }
        if options.search != was.search {
            viewer.dispatch(options.search.clone().map_or(Action::ClearSearch, Action::Search));
        }
        if let Some(notice) = notice {
            viewer.dispatch(Action::Notify(notice.clone()));
        }
    });
}
