pub mod article_body;
pub mod block_view;
pub mod credit_line;
pub mod section_view;
