//! Writes the benchmark's floor page: the widget's English content (phases
//! and checklist, supports, citation) as one static HTML file with no
//! script, from the same compiled content. Used by `.ci/bench`; nothing
//! loads faster than this, so the widget is measured against it.
//!
//! Usage: `floor_page STYLESHEET...` prints the page, linking the given
//! stylesheets (the built ones, so both pages are styled alike).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use value_governance_explorer::content::{fill, Lang};

    fn text(value: &str) -> String {
        value
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    let content = Lang::En.content();
    let ui = &content.ui;
    let cite = &content.citation;
    let mut page =
        String::from("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str(&format!("<title>{}</title>\n", text(ui.page_title)));
    for stylesheet in std::env::args().skip(1) {
        page.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{}\">\n",
            text(&stylesheet)
        ));
    }
    page.push_str("</head>\n<body>\n<div class=\"vge\">\n<header class=\"vge-masthead\">\n");
    page.push_str(&format!(
        "<h1 class=\"vge-title\">{}</h1>\n",
        text(ui.app_title)
    ));
    page.push_str(&format!(
        "<p class=\"vge-subtitle\">{}</p>\n",
        text(ui.app_subtitle)
    ));
    page.push_str(&format!(
        "<p class=\"vge-intro\">{}</p>\n</header>\n<main>\n",
        text(ui.intro)
    ));
    page.push_str(&format!(
        "<section class=\"vge-timeline\"><h2>{}</h2>\n<p>{}</p>\n<ol class=\"vge-track\">\n",
        text(ui.timeline_heading),
        text(ui.timeline_intro)
    ));
    for (index, phase) in content.phases.iter().enumerate() {
        page.push_str(&format!(
            "<li class=\"vge-step\"><span class=\"vge-step-number\">{}</span> <span class=\"vge-step-name\">{}</span> <span class=\"vge-term\" lang=\"zh-Hans\">{}</span></li>\n",
            text(&fill(ui.phase_number, &[("n", &(index + 1))])),
            text(phase.name),
            text(phase.term)
        ));
    }
    page.push_str("</ol>\n");
    for (index, phase) in content.phases.iter().enumerate() {
        page.push_str(&format!(
            "<h3>{}</h3>\n<p>{}</p>\n",
            text(phase.name),
            text(phase.goal)
        ));
        for extra in [
            phase.reading,
            phase.ongoing_text,
            content.shift_from(index).map(|shift| shift.text),
        ]
        .into_iter()
        .flatten()
        {
            page.push_str(&format!("<p>{}</p>\n", text(extra)));
        }
    }
    page.push_str(&format!(
        "</section>\n<section class=\"vge-checklist\"><h2>{}</h2>\n<p>{}</p>\n",
        text(ui.checklist_heading),
        text(ui.checklist_intro)
    ));
    for group in content.groups {
        page.push_str(&format!(
            "<h3>{}</h3>\n<p>{}</p>\n<ul>\n",
            text(group.heading),
            text(group.intro)
        ));
        for item in content.items_in(group.id) {
            page.push_str(&format!(
                "<li><label><input type=\"checkbox\" class=\"vge-checkbox\"> {} <span class=\"vge-term\" lang=\"zh-Hans\">{}</span></label><p>{}</p></li>\n",
                text(item.label),
                text(item.term),
                text(item.explanation)
            ));
        }
        page.push_str("</ul>\n");
    }
    page.push_str(&format!("</section>\n<section class=\"vge-supports\"><h2>{}</h2>\n<p>{}</p>\n<ol class=\"vge-supports-list\">\n", text(ui.supports_heading), text(ui.supports_intro)));
    for support in content.supports {
        page.push_str(&format!(
            "<li class=\"vge-support\"><h3>{} <span class=\"vge-term\" lang=\"zh-Hans\">{}</span></h3><p>{}</p></li>\n",
            text(support.name),
            text(support.term),
            text(support.explanation)
        ));
    }
    page.push_str(&format!(
        "</ol>\n</section>\n</main>\n<footer class=\"vge-citation\"><h2>{}</h2><p>{}, <cite>{}</cite>, {}, {}, {}, {}, {}.</p></footer>\n</div>\n</body>\n</html>\n",
        text(ui.citation_heading),
        text(cite.author),
        text(cite.title),
        text(cite.journal),
        text(cite.edition),
        text(cite.year),
        text(cite.issue),
        text(cite.pages)
    ));
    print!("{page}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
