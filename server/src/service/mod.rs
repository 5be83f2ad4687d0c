//! Queries and mutations: plain async functions over a database connection, used by
//! the routes and by start-up.

pub mod account_links;
pub mod attendance;
pub mod audit;
pub mod bookings;
pub mod calendar_import;
pub mod contact;
pub mod contact_windows;
pub mod delivery;
pub mod demo;
pub mod demo_history;
pub mod email;
pub mod feed_import;
pub mod fetch;
pub mod fhir;
pub mod ical;
pub mod invitations;
pub mod listings;
pub mod listings_admin;
pub mod login;
pub mod login_codes;
pub mod messages;
pub mod notify;
pub mod openreferral;
pub mod outbox;
pub mod readings;
pub mod referrals;
pub mod registers;
pub mod reminders;
pub mod replies;
pub mod reports;
pub mod screening;
pub mod screening_schedule;
pub mod sign_ins;
pub mod signups;
pub mod sql;
pub mod teams;
pub mod two_factor;
pub mod users;

#[cfg(test)]
mod imports {
    //! No module of `service` reaches itself through the others' imports (issue 20,
    //! item 2): read from the `use` lines and paths in the source, as a reviewer
    //! would, so a new cycle fails here with the modules that make it.

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Each top-level module of `service` and the others it names.
    fn graph(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut files = vec![dir.to_path_buf()];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let relative = path.strip_prefix(dir).unwrap();
            let Some(first) = relative.components().next() else {
                continue;
            };
            let module = first
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned();
            if module == "mod" || path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let top_level = relative.components().count() == 1;
            let source = std::fs::read_to_string(&path).unwrap();
            let names = graph.entry(module.clone()).or_default();
            for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
                let mut prefixes = vec!["crate::service::"];
                if top_level {
                    prefixes.push("super::");
                }
                for prefix in prefixes {
                    for (at, _) in line.match_indices(prefix) {
                        let rest = &line[at + prefix.len()..];
                        let name: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if !name.is_empty() && name != module {
                            names.insert(name);
                        }
                    }
                }
            }
        }
        let known: BTreeSet<String> = graph.keys().cloned().collect();
        for names in graph.values_mut() {
            names.retain(|n| known.contains(n));
        }
        graph
    }

    /// A cycle in `graph`, as the modules around it, if there is one.
    fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
        fn visit(
            node: &str,
            graph: &BTreeMap<String, BTreeSet<String>>,
            path: &mut Vec<String>,
            done: &mut BTreeSet<String>,
        ) -> Option<Vec<String>> {
            if let Some(at) = path.iter().position(|n| n == node) {
                let mut found = path[at..].to_vec();
                found.push(node.to_owned());
                return Some(found);
            }
            if !done.insert(node.to_owned()) {
                return None;
            }
            path.push(node.to_owned());
            for next in graph.get(node).into_iter().flatten() {
                if let Some(found) = visit(next, graph, path, done) {
                    return Some(found);
                }
            }
            path.pop();
            None
        }
        let mut done = BTreeSet::new();
        graph
            .keys()
            .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
    }

    #[test]
    fn no_service_module_imports_itself_through_others() {
        let graph = graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/service"));
        assert!(
            graph.len() > 30,
            "the service modules are read: {:?}",
            graph.keys()
        );
        assert!(
            graph["referrals"].contains("attendance") && graph["feed_import"].contains("fetch"),
            "their imports are read"
        );
        assert_eq!(cycle(&graph), None, "an import cycle in server/src/service");
    }

    #[test]
    fn a_cycle_is_found_and_named() {
        let graph: BTreeMap<String, BTreeSet<String>> = [
            ("a", vec!["b"]),
            ("b", vec!["c"]),
            ("c", vec!["a"]),
            ("d", vec!["a"]),
        ]
        .into_iter()
        .map(|(n, to)| (n.to_owned(), to.into_iter().map(str::to_owned).collect()))
        .collect();
        assert_eq!(
            cycle(&graph),
            Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
        );
        let mut acyclic = graph;
        acyclic.get_mut("c").unwrap().clear();
        assert_eq!(cycle(&acyclic), None);
    }
}
