use article::Section;
use yew::prelude::*;

use super::block_view::BlockView;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub section: &'static Section,
}

/// A section with its real heading level (`==` is h2, `====` is h4) and its subsections.
#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let section = props.section;
    let heading = format!("h{}", section.level.clamp(2, 6));
    html! {
        <section class="av-section" id={section.id.clone()} aria-labelledby={format!("{}-heading", section.id)}>
            <@{heading} id={format!("{}-heading", section.id)}>{ &section.title }</@>
            { for section.blocks.iter().map(|block| html! { <BlockView key={block.id()} block={block} /> }) }
            { for section.sections.iter().map(|s| html! { <SectionView key={s.id.as_str()} section={s} /> }) }
        </section>
    }
}
