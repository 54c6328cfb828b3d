//! Hooks that reach the DOM for a component: each in its own file.

pub mod use_drag;
pub mod use_plot_size;
pub mod use_wheel;
