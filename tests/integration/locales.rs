//! Every locale is complete: the same keys as English, no extra, every message
//! parses and formats, and uses no variable English does not.

use crate::helpers::workspace_root;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use perilink_shared::language::Language;
use std::collections::{BTreeMap, BTreeSet};

/// The files each locale is split into: the app fetches only those its screens need.
pub(crate) const FILES: [&str; 9] = [
    "main.ftl",
    "find.ftl",
    "staff.ftl",
    "referrals.ftl",
    "register.ftl",
    "reports.ftl",
    "screening.ftl",
    "accounts.ftl",
    // What the server sends by text or email (it builds these in).
    "messages.ftl",
];

fn read(tag: &str, file: &str) -> String {
    let path = workspace_root().join("locales").join(tag).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each message and term of one file of a locale, with the variables it uses.
fn entries(tag: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let source = read(tag, file);
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!(
            "{tag}/{file}: {} parse errors, first: {:?}",
            errors.len(),
            errors[0]
        ),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                for attribute in &m.attributes {
                    pattern_vars(&attribute.value, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
            }
            Entry::Term(t) => {
                let mut vars = BTreeSet::new();
                pattern_vars(&t.value, &mut vars);
                out.insert(format!("-{}", t.id.name), vars);
            }
            Entry::Junk { content } => panic!("{tag}/{file}: unparsable entry: {content}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_vars(arguments, vars),
        _ => {}
    }
}

fn call_vars(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_vars(positional, vars);
    }
    for named in &arguments.named {
        inline_vars(&named.value, vars);
    }
}

#[test]
fn there_is_a_locale_folder_for_each_interface_language_and_no_other() {
    let mut folders: Vec<String> = std::fs::read_dir(workspace_root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut expected: Vec<String> = Language::ALL.iter().map(|l| l.tag().to_owned()).collect();
    expected.sort();
    assert_eq!(folders, expected);
}

#[test]
fn every_locale_has_exactly_the_english_keys_and_no_new_variables() {
    assert!(entries("en", "main.ftl").len() > 40);
    let mut problems = Vec::new();
    for file in FILES {
        let english = entries("en", file);
        for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
            let tag = language.tag();
            let translated = entries(tag, file);
            for key in english.keys().filter(|k| !translated.contains_key(*k)) {
                problems.push(format!("{tag}/{file}: lacks {key}"));
            }
            for key in translated.keys().filter(|k| !english.contains_key(*k)) {
                problems.push(format!("{tag}/{file}: has {key}, which English does not"));
            }
            for (key, vars) in &translated {
                if let Some(english_vars) = english.get(key) {
                    for var in vars.difference(english_vars) {
                        problems.push(format!("{tag}/{file}: {key} uses ${var}, which English does not"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_key_is_defined_in_two_files() {
    let mut seen = BTreeMap::new();
    for file in FILES {
        for key in entries("en", file).into_keys() {
            if let Some(other) = seen.insert(key.clone(), file) {
                panic!("{key} is in both {other} and {file}");
            }
        }
    }
}

#[test]
fn the_app_fetches_every_locale_file() {
    let source = std::fs::read_to_string(workspace_root().join("app/src/i18n.rs")).unwrap();
    // The messages are the server's: it builds them in (server/src/service/messages.rs).
    for file in FILES.into_iter().filter(|f| *f != "messages.ftl") {
        assert!(
            source.contains(&format!("\"{file}\"")),
            "app/src/i18n.rs never loads {file}"
        );
    }
}

#[test]
fn every_translation_says_it_awaits_review_by_a_native_speaker() {
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let source = read(language.tag(), "main.ftl");
        let header: String = source
            .lines()
            .take_while(|l| l.starts_with('#') || l.is_empty())
            .collect();
        assert!(
            header.contains("awaits review by a native speaker"),
            "{}",
            language.tag()
        );
    }
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    for language in Language::ALL {
        let tag = language.tag();
        let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
        for file in FILES {
            let resource = FluentResource::try_new(read(tag, file))
                .unwrap_or_else(|(_, e)| panic!("{tag}/{file}: {e:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("{tag}/{file}: {e:?}"));
        }
        for file in FILES {
            for (key, vars) in entries("en", file).iter().filter(|(k, _)| !k.starts_with('-')) {
                for n in [1, 2, 5, 15] {
                    let mut args = FluentArgs::new();
                    for var in vars {
                        args.set(var.as_str(), n);
                    }
                    let message = bundle
                        .get_message(key)
                        .unwrap_or_else(|| panic!("{tag}: {key} missing"));
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{tag}: {key}: {errors:?}");
                    assert!(!text.trim().is_empty(), "{tag}: {key} is empty");
                }
            }
        }
    }
}
