//! Every screen of the app, who must be able to reach it by tapping, and whether
//! it has a place in the menu.
//!
//! The app's router (`app/src/lib.rs`) and this table name the same paths; a test
//! reads the router's source and fails on any path missing here, and the browser's
//! reachability test starts at each role's home page and fails on any screen of
//! that role it cannot reach by following links.

use crate::auth::Role;

/// Who must be able to reach a screen by tapping from their home page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Everyone, signed in or not.
    Everyone,
    /// Whoever is not signed in.
    SignedOut,
    /// Anyone signed in.
    SignedIn,
    /// People with one of these roles.
    Roles(&'static [Role]),
    /// Opened from a link in a message (an invitation, a set-up or reset link),
    /// or an entry address that sends you on; never a screen one taps to.
    FromOutside,
}

impl Audience {
    /// Whether someone (`None`: not signed in) must reach the screen by tapping.
    pub fn includes(self, who: Option<Role>) -> bool {
        match self {
            Audience::Everyone => true,
            Audience::SignedOut => who.is_none(),
            Audience::SignedIn => who.is_some(),
            Audience::Roles(roles) => who.is_some_and(|role| roles.contains(&role)),
            Audience::FromOutside => false,
        }
    }
}

/// One screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppRoute {
    /// The router's path; `:name` stands for one segment.
    pub path: &'static str,
    pub audience: Audience,
    /// The locale key of its menu item, if it has one (shown to its audience).
    pub menu: Option<&'static str>,
}

/// Every screen, in the order the menu lists those in it.
pub const ROUTES: &[AppRoute] = &[
    AppRoute {
        path: "/",
        audience: Audience::Everyone,
        menu: Some("nav-home"),
    },
    AppRoute {
        path: "/find",
        audience: Audience::Everyone,
        menu: Some("nav-find"),
    },
    AppRoute {
        path: "/my",
        audience: Audience::Roles(&[Role::Mother]),
        menu: Some("nav-my-sessions"),
    },
    // Her check-ins and referrals live at addresses that say nothing about them:
    // someone glancing at her phone learns nothing from its history.
    AppRoute {
        path: "/check",
        audience: Audience::Roles(&[Role::Mother]),
        menu: Some("nav-check-in"),
    },
    AppRoute {
        path: "/admin",
        audience: Audience::Roles(&[Role::Admin]),
        menu: Some("nav-admin"),
    },
    AppRoute {
        path: "/referrals",
        audience: Audience::Roles(&[Role::Referrer]),
        menu: Some("nav-my-referrals"),
    },
    AppRoute {
        path: "/register",
        audience: Audience::Roles(&[Role::Host]),
        menu: Some("nav-register"),
    },
    AppRoute {
        path: "/referrals",
        audience: Audience::Roles(&[Role::Host, Role::Coordinator]),
        menu: Some("nav-incoming"),
    },
    AppRoute {
        path: "/coordinator",
        audience: Audience::Roles(&[Role::Coordinator]),
        menu: Some("nav-directory"),
    },
    AppRoute {
        path: "/screening",
        audience: Audience::Roles(&Role::READS_HEALTH_DATA),
        menu: Some("nav-alerts"),
    },
    AppRoute {
        path: "/people",
        audience: Audience::Roles(&[Role::Coordinator, Role::Admin]),
        menu: Some("nav-people"),
    },
    AppRoute {
        path: "/account",
        audience: Audience::SignedIn,
        menu: Some("nav-account"),
    },
    // Reached from a screen, not the menu.
    AppRoute {
        path: "/sign-in",
        audience: Audience::SignedOut,
        menu: None,
    },
    AppRoute {
        path: "/sign-up",
        audience: Audience::SignedOut,
        menu: None,
    },
    AppRoute {
        path: "/forgot-password",
        audience: Audience::SignedOut,
        menu: None,
    },
    AppRoute {
        path: "/sessions/:id",
        audience: Audience::Everyone,
        menu: None,
    },
    AppRoute {
        path: "/notes",
        audience: Audience::Roles(&[Role::Mother]),
        menu: None,
    },
    AppRoute {
        path: "/coordinator",
        audience: Audience::Roles(&[Role::Admin]),
        menu: None,
    },
    AppRoute {
        path: "/coordinator/outcomes",
        audience: Audience::Roles(&[Role::Coordinator, Role::Admin]),
        menu: None,
    },
    AppRoute {
        path: "/coordinator/feeds",
        audience: Audience::Roles(&[Role::Coordinator]),
        menu: None,
    },
    AppRoute {
        path: "/register",
        audience: Audience::Roles(&[Role::Coordinator, Role::Admin]),
        menu: None,
    },
    AppRoute {
        path: "/account/two-factor",
        audience: Audience::Roles(&Role::READS_HEALTH_DATA),
        menu: None,
    },
    AppRoute {
        path: "/accept-invitation",
        audience: Audience::FromOutside,
        menu: None,
    },
    AppRoute {
        path: "/set-up",
        audience: Audience::FromOutside,
        menu: None,
    },
    AppRoute {
        path: "/reset-password",
        audience: Audience::FromOutside,
        menu: None,
    },
    AppRoute {
        path: "/staff",
        audience: Audience::FromOutside,
        menu: None,
    },
    AppRoute {
        path: "/staff/",
        audience: Audience::FromOutside,
        menu: None,
    },
];

/// The menu items for someone (`None`: not signed in): each path with its key.
pub fn menu_for(who: Option<Role>) -> impl Iterator<Item = (&'static str, &'static str)> {
    ROUTES
        .iter()
        .filter(move |r| r.audience.includes(who))
        .filter_map(|r| r.menu.map(|key| (r.path, key)))
}

/// The distinct paths someone must be able to reach by tapping.
pub fn reachable_by(who: Option<Role>) -> Vec<&'static str> {
    let mut paths: Vec<&'static str> = Vec::new();
    for route in ROUTES.iter().filter(|r| r.audience.includes(who)) {
        if !paths.contains(&route.path) {
            paths.push(route.path);
        }
    }
    paths
}

/// The router path `path` (an address's path, without query) is a screen of, if any.
pub fn route_of(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    ROUTES.iter().map(|r| r.path).find(|pattern| {
        let wanted: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
        wanted.len() == segments.len()
            && wanted
                .iter()
                .zip(&segments)
                .all(|(w, s)| w.starts_with(':') && !s.is_empty() || w == s)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_has_its_own_menu() {
        let mother: Vec<_> = menu_for(Some(Role::Mother)).map(|(p, _)| p).collect();
        assert_eq!(mother, ["/", "/find", "/my", "/check", "/account"]);
        let referrer: Vec<_> = menu_for(Some(Role::Referrer)).map(|(_, k)| k).collect();
        assert_eq!(
            referrer,
            [
                "nav-home",
                "nav-find",
                "nav-my-referrals",
                "nav-alerts",
                "nav-account"
            ]
        );
        let host: Vec<_> = menu_for(Some(Role::Host)).map(|(p, _)| p).collect();
        assert_eq!(host, ["/", "/find", "/register", "/referrals", "/account"]);
        let signed_out: Vec<_> = menu_for(None).map(|(p, _)| p).collect();
        assert_eq!(signed_out, ["/", "/find"]);
    }

    #[test]
    fn an_address_finds_its_screen() {
        assert_eq!(route_of("/sessions/abc"), Some("/sessions/:id"));
        assert_eq!(route_of("/sessions/"), None);
        assert_eq!(route_of("/"), Some("/"));
        assert_eq!(route_of("/coordinator/outcomes"), Some("/coordinator/outcomes"));
        assert_eq!(route_of("/staff/"), Some("/staff"));
        assert_eq!(route_of("/nowhere"), None);
    }

    #[test]
    fn who_must_reach_what() {
        let admin = reachable_by(Some(Role::Admin));
        for path in [
            "/admin",
            "/people",
            "/coordinator",
            "/coordinator/outcomes",
            "/register",
            "/screening",
        ] {
            assert!(admin.contains(&path), "{path}");
        }
        assert!(!admin.contains(&"/my"));
        let visitor = reachable_by(None);
        assert!(visitor.contains(&"/sign-up") && !visitor.contains(&"/account"));
        assert!(!visitor.contains(&"/set-up"));
    }
}
