//! Hooks that reach the DOM for a component: each in its own file.

pub(crate) mod use_drag;
pub(crate) mod use_plot_size;
pub(crate) mod use_wheel;
