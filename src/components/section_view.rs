use article::Section;
use yew::prelude::*;

use super::block_view::BlockView;
use crate::fixed::Fixed;
use crate::viewer::TextMarks;

#[derive(Properties, PartialEq)]
pub(crate) struct SectionViewProps {
    pub section: Fixed<Section>,
    /// The reader's marks, narrowed to this section (no focus when it holds none of it).
    pub marks: TextMarks,
}

/// A section with its real heading level (`==` is h2, `====` is h4), a visible link to itself,
/// and its subsections.
#[component]
pub(crate) fn SectionView(props: &SectionViewProps) -> Html {
    let (section, marks) = (&props.section, &props.marks);
    let heading = format!("h{}", section.level.clamp(2, 6));
    let heading_id = format!("{}-heading", section.id);
    html! {
        <section class="av-section" id={section.id.clone()} aria-labelledby={heading_id.clone()} tabindex="-1">
            <div class="av-heading-row">
                <@{heading} id={heading_id} class="av-heading">{ &section.title }</@>
                <a class="av-anchor" href={format!("#{}", section.id)} aria-label={format!("Link to the section {}", section.title)}>{ "#" }</a>
            </div>
            { for section.each(|s| &s.blocks).map(|block| html! { <BlockView key={block.id()} marks={marks.in_block(&block)} block={block.clone()} /> }) }
            { for section.each(|s| &s.sections).map(|s| html! { <SectionView key={s.id.as_str()} marks={marks.in_section(&s)} section={s.clone()} /> }) }
        </section>
    }
}
