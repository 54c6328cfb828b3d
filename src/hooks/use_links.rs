use yew::prelude::*;

use crate::embed::{start_at, StartAt, View};
use crate::fixed::Fixed;
use crate::fragment::{self, Target};
use crate::library::Library;
use crate::place::Place;
use crate::state::Action;
use crate::viewer::Viewer;

/// Follows the URL fragment: once at start, and on every change (links, back, forward). With no
/// fragment, the page starts where the host asked (`start`); a notice about the host's choices
/// shows at start either way.
#[hook]
pub(crate) fn use_links(
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
            (Target::Top, None) => match start_at(start, viewer.view) {
                StartAt::Events(section) => {
                    go(Target::Top, start_notice);
                    viewer.dispatch(Action::FilterSection(Some(section)));
                }
                // A link to a story step opens on the story (the step is selected already); the
                // story view is the story, from the top.
                StartAt::Place(Target::Event { .. }) if viewer.story_open() => {
                    go(Target::Top, start_notice);
                    if let (false, Some(story)) = (viewer.view == View::Story, place.by_id("av-story")) {
                        place.show(&story, false);
                    }
                }
                StartAt::Place(target) => go(target, start_notice),
                StartAt::Top => go(Target::Top, start_notice),
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
