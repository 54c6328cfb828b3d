//! The article: its model, and how markup becomes that model at build time.
//!
//! Pure Rust with serde only: no UI, no I/O beyond what the caller hands in. Used by the viewer's
//! build script (to ingest) and by the viewer itself (to read the bundled result).

pub mod clauses;
pub mod curated;
pub mod dates;
pub mod error;
pub mod figures;
pub mod markup;
pub mod model;
pub mod sentences;
pub mod source;
pub mod validate;

pub use error::IngestError;
pub use model::*;
pub mod ingest;

pub use ingest::{ingest, to_json, SourceFile};
