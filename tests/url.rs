//! The address parser: phase, host and debug from query and fragment, junk
//! ignored, and never a panic. (Language and embedding choose the page; see
//! tests/page.rs and the boot script's e2e tests.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::address::{
    join_query, parse, with_phase, without, AddressOptions,
};
use value_governance_explorer::domain::phase::Phase;

/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

#[test]
fn a_phase_in_the_fragment_is_selected() {
    assert_eq!(parse("", "#phase=interest").phase, Some(phase(1)));
    assert_eq!(parse("", "#phase=comprehensive").phase, Some(phase(2)));
}

#[test]
fn the_fragment_wins_over_the_query() {
    assert_eq!(
        parse("?phase=unity", "#phase=comprehensive").phase,
        Some(phase(2))
    );
    assert_eq!(parse("?phase=interest", "").phase, Some(phase(1)));
}

#[test]
fn unknown_or_malformed_values_fall_back_to_defaults() {
    for (query, fragment) in [
        ("", ""),
        ("", "#"),
        ("", "#phase="),
        ("", "#phase=Interest"),
        ("", "#phase=<b>unity</b>"),
        ("?lang=fr", "#phase=3"),
        ("??", "##"),
        ("", "#%%%"),
        ("", "#phase=%E0%A4%A"),
        ("", "#=&&=&phase"),
    ] {
        assert_eq!(
            parse(query, fragment),
            AddressOptions::default(),
            "{query:?} {fragment:?}"
        );
    }
}

#[test]
fn percent_encoding_and_separators_are_understood() {
    assert_eq!(parse("", "#ph%61se=inter%65st").phase, Some(phase(1)));
    assert_eq!(parse("", "#x=1;phase=interest").phase, Some(phase(1)));
    assert_eq!(
        parse("?embed=1&lang=zh-CN&ph%61se=interest", "").phase,
        Some(phase(1))
    );
}

#[test]
fn of_repeated_keys_the_first_usable_value_wins() {
    assert_eq!(
        parse("", "#phase=nope&phase=interest&phase=unity").phase,
        Some(phase(1))
    );
}

#[test]
fn written_fragments_read_back() {
    for phase in Phase::all() {
        assert_eq!(parse("", &with_phase("", phase)).phase, Some(phase));
    }
}

#[test]
fn browser_language_tags_map_to_languages() {
    assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(""), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_address_parses_without_panicking(query in any::<String>(), fragment in any::<String>()) {
        let options = parse(&query, &fragment);
        prop_assert!(options.phase.is_none_or(|found| Phase::from_id(found.id()) == Some(found)));
    }

    #[test]
    fn any_phaselike_fragment_is_a_valid_phase_or_none(value in "[a-z%0-9<>&=#]{0,24}") {
        let options = parse("", &format!("#phase={value}"));
        prop_assert!(options.phase.is_none_or(|found| Phase::from_id(found.id()) == Some(found)));
    }
}

#[test]
fn the_host_option_is_read() {
    let options = parse(
        "?embed=1&view=checklist&host=https%3A%2F%2Flms.example.edu%3A8443",
        "#phase=interest",
    );
    assert_eq!(
        options.host.as_deref(),
        Some("https://lms.example.edu:8443")
    );
    assert_eq!(options.phase, Some(phase(1)));
}

#[test]
fn malformed_host_options_are_dropped() {
    for query in [
        "?host=lms.example.edu",
        "?host=javascript:alert(1)",
        "?host=https://lms.example.edu/path",
        "?host=https://a b",
        "?host=https://host:99999999",
        "?host=ftp://example.edu",
    ] {
        let options = parse(query, "");
        assert_eq!(options.host, None, "{query}");
    }
}

#[test]
fn the_crash_drill_needs_its_exact_value() {
    assert!(parse("?debug=panic", "").crash_drill);
    assert!(!parse("?debug=Panic", "").crash_drill);
    assert!(!parse("", "").crash_drill);
}

#[test]
fn a_key_is_dropped_from_a_query_and_the_rest_kept_in_order() {
    assert_eq!(
        without("?lang=zh&host=https%3A%2F%2Fa.b&view=timeline", "lang"),
        "?host=https%3A%2F%2Fa.b&view=timeline"
    );
    assert_eq!(without("?embed=1&l%61ng=en&lang=zh", "lang"), "?embed=1");
    assert_eq!(without("?lang=zh", "lang"), "");
    assert_eq!(without("", "lang"), "");
    assert_eq!(without("?language=zh", "lang"), "?language=zh");
}

#[test]
fn a_fragment_loses_a_key_and_a_query_joins_an_address() {
    assert_eq!(without("#lang=zh&phase=unity", "lang"), "#phase=unity");
    assert_eq!(join_query("./?lang=en", "?host=x"), "./?lang=en&host=x");
    assert_eq!(join_query("zh.html", "?host=x"), "zh.html?host=x");
    assert_eq!(join_query("zh.html", ""), "zh.html");
}

#[test]
fn choosing_a_phase_keeps_the_rest_of_the_fragment() {
    assert_eq!(with_phase("", phase(1)), "#phase=interest");
    assert_eq!(
        with_phase("#phase=unity&host=https%3A%2F%2Fa.b", phase(2)),
        "#phase=comprehensive&host=https%3A%2F%2Fa.b"
    );
    assert_eq!(with_phase("#host=x", phase(0)), "#phase=unity&host=x");
}
