//! Hooks, each in its own file: the viewer's own (links, shortcuts, scrolling, what a host
//! hears), used by `App`, and the timeline's, which reach the DOM for its plot.

pub(crate) mod use_download;
pub(crate) mod use_drag;
pub(crate) mod use_go_to;
pub(crate) mod use_height_messages;
pub(crate) mod use_host_changes;
pub(crate) mod use_links;
pub(crate) mod use_match_paint;
pub(crate) mod use_plot_size;
pub(crate) mod use_section_spy;
pub(crate) mod use_shortcuts;
pub(crate) mod use_shown_events;
pub(crate) mod use_telling;
pub(crate) mod use_view_report;
pub(crate) mod use_wheel;
