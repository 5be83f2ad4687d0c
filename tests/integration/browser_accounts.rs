//! Accounts in the browser, end to end at a phone's 360 px with axe on every
//! screen: the demo admin invites a midwife from the People screen; the test reads
//! the invitation link from the outbox; the midwife opens it, sees what she is
//! invited to, chooses a password (a short one is refused on the field), is sent
//! to set up two-factor, reads the key shown as text beside the QR code the app
//! drew, and the test computes the authenticator's code (RFC 6238) from it; she
//! confirms, sees her recovery codes once, and reaches her caseload. Then she
//! signs out and in again: the password is followed by the authenticator's code.
//! And in Arabic, right to left: the demo mother resets her password from an
//! emailed link, then signs in with a one-time code typed in Arabic digits.

use crate::browser::{Browser, app_with_browser, text};
use crate::browser_referrals::{check_screen, sign_in, sign_out, tick};
use crate::helpers::{TestApp, count, message_payload};
use perilink_server::auth::totp;
use serde_json::{Value, json};

const MIDWIFE: &str = "grace.okafor@trust.example";
const PASSWORD: &str = "kettle harbour violet lantern";

/// JavaScript: whether the element `selector` is on the page.
fn present(selector: &str) -> String {
    format!("return !!document.querySelector({})", json!(selector))
}

/// JavaScript: the element `selector`'s text, without Fluent's isolation marks.
fn inner_text(selector: &str) -> String {
    format!(
        "return (document.querySelector({})?.innerText ?? '').replace(/[\\u2068\\u2069]/g, '').trim()",
        json!(selector)
    )
}

/// The invitation link the outbox holds for the midwife, as a path on this server.
async fn invitation_path(app: &TestApp) -> String {
    assert_eq!(
        count(
            app,
            &format!(
                "SELECT COUNT(*) FROM outbox WHERE template = 'invitation' AND to_address = '{MIDWIFE}'"
            )
        )
        .await,
        1,
        "one invitation, to her"
    );
    let link = message_payload(app, "invitation").await;
    let at = link.find("/accept-invitation?token=").expect("the link's path");
    link[at..].to_owned()
}

/// The authenticator's code for `secret` at `offset_secs` from now.
fn code(secret: &str, offset_secs: i64) -> String {
    let key = totp::base32_decode(secret).expect("a base32 secret");
    totp::code_at(&key, (chrono::Utc::now().timestamp() + offset_secs) as u64)
}

/// Waits for the page at `path`.
async fn wait_for_path(browser: &Browser, path: &str) {
    browser
        .wait_for(
            &format!("the page {path}"),
            &format!("return location.pathname === {}", json!(path)),
        )
        .await;
}

/// Waits for the problem line `selector` to say something.
async fn wait_for_problem(browser: &Browser, what: &str, selector: &str) -> Value {
    browser.wait_for(what, &inner_text(selector)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_invites_a_midwife_who_sets_a_password_enrols_two_factor_and_reaches_her_caseload() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;

    // The demo admin: the demo says on every page that demo accounts need no
    // two-factor.
    sign_in(&browser, &app, "admin@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("the demo banner", &present("[data-testid=demo-banner]"))
        .await;
    browser.click("nav a[href='/people']").await;
    wait_for_path(&browser, "/people").await;
    browser
        .wait_for("the invite form", &present("#people-invite-email"))
        .await;
    browser.fill("#people-invite-email", MIDWIFE).await;
    browser
        .client
        .find(fantoccini::Locator::Id("people-invite-role"))
        .await
        .unwrap()
        .select_by_value("referrer")
        .await
        .unwrap();
    browser.click("[data-testid=invite-send]").await;
    browser
        .wait_for(
            "the invitation, waiting",
            &present(&format!(
                "[data-testid=invitation-item][data-email='{MIDWIFE}'][data-status=pending]"
            )),
        )
        .await;
    check_screen(&browser, "People", "accounts-people-en").await;
    sign_out(&browser).await;

    // The midwife opens the link from her email.
    let path = invitation_path(&app).await;
    browser.goto(&app.url(&path)).await;
    browser
        .wait_for(
            "what she is invited to",
            &inner_text("[data-testid=invitation-email]"),
        )
        .await;
    assert_eq!(
        browser.eval(&inner_text("[data-testid=invitation-email]")).await,
        MIDWIFE
    );
    assert_eq!(
        browser
            .eval("return document.querySelector('[data-testid=invitation-role]').dataset.role")
            .await,
        "referrer"
    );
    assert_eq!(
        browser.eval(&inner_text("[data-testid=invitation-role]")).await,
        text("en", "role-referrer")
    );
    browser.fill("#invite-name", "Grace Okafor").await;
    // Too short: refused on the field, before anything is sent.
    browser.fill("#invite-password", "short one").await;
    browser
        .click("[data-testid=accept-form] button[type=submit]")
        .await;
    wait_for_problem(&browser, "the password problem", "[data-testid=invite-problem]").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('invite-password').getAttribute('aria-invalid')")
            .await,
        "true"
    );
    check_screen(&browser, "accepting an invitation", "accounts-accept-en").await;
    browser.fill("#invite-password", PASSWORD).await;
    browser
        .click("[data-testid=accept-form] button[type=submit]")
        .await;

    // Signed in, and sent to set up two-factor before her caseload.
    wait_for_path(&browser, "/account/two-factor").await;
    assert_eq!(
        browser
            .eval("return new URLSearchParams(location.search).get('next')")
            .await,
        "/referrals"
    );
    browser
        .wait_for(
            "two-factor required",
            &present("[data-testid=twofa-status][data-status=enrolment_required]"),
        )
        .await;
    browser.click("[data-testid=twofa-start]").await;
    let secret = browser
        .wait_for("the key as text", &inner_text("[data-testid=totp-secret]"))
        .await;
    let shown = secret.as_str().unwrap().to_owned();
    assert!(
        shown.split(' ').all(|group| (1..=4).contains(&group.len())),
        "the key is shown in groups of four: {shown}"
    );
    let secret = shown.replace(' ', "");
    // The QR code is drawn in the app, as SVG.
    let modules = browser
        .eval(
            "return document.querySelector('[data-testid=totp-qr] path').getAttribute('d').split('M').length",
        )
        .await;
    assert!(
        modules.as_u64().unwrap() > 100,
        "a QR code's dark modules: {modules}"
    );
    check_screen(&browser, "setting up two-factor", "accounts-two-factor-en").await;

    // A wrong code is refused; the right one turns two-factor on.
    let right = code(&secret, 0);
    let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
    browser.fill("#twofa-code", &wrong).await;
    browser
        .click("[data-testid=twofa-confirm-form] button[type=submit]")
        .await;
    wait_for_problem(&browser, "the wrong code refused", "[data-testid=twofa-problem]").await;
    browser.fill("#twofa-code", &code(&secret, 0)).await;
    browser
        .click("[data-testid=twofa-confirm-form] button[type=submit]")
        .await;
    let codes = browser
        .wait_for(
            "her recovery codes",
            "const c = [...document.querySelectorAll('[data-testid=recovery-codes] li')].map(l => l.innerText);
             return c.length ? c : null;",
        )
        .await;
    assert_eq!(codes.as_array().unwrap().len(), 10, "{codes}");
    assert_eq!(
        browser
            .eval("return document.querySelector('[data-testid=twofa-continue]').disabled")
            .await,
        true,
        "she says she has saved them first"
    );
    check_screen(&browser, "recovery codes", "accounts-recovery-codes-en").await;
    tick(&browser, "recovery-saved").await;
    browser.click("[data-testid=twofa-continue]").await;

    // Her caseload, which the server now opens to her.
    wait_for_path(&browser, "/referrals").await;
    browser.wait_for_heading(&text("en", "start-referrer")).await;
    browser
        .wait_for(
            "her caseload",
            &present("[data-testid=ref-caseload], [data-testid=ref-caseload-empty]"),
        )
        .await;
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM totp_credentials t JOIN users u ON u.id = t.user_id \
             WHERE u.email = 'grace.okafor@trust.example' AND t.confirmed_at IS NOT NULL",
        )
        .await,
        1
    );

    // Her devices: this one, marked.
    browser.click("nav a[href='/account']").await;
    browser
        .wait_for("this device", &present("[data-testid=device][data-current=true]"))
        .await;
    check_screen(&browser, "my account", "accounts-devices-en").await;

    // Signing in again: the password, then the authenticator's next code (each
    // step's code is accepted once).
    sign_out(&browser).await;
    browser.fill("#email", MIDWIFE).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser.wait_for("the second step", &present("#totp-code")).await;
    check_screen(&browser, "the second step of signing in", "accounts-totp-step-en").await;
    browser.fill("#totp-code", &code(&secret, 30)).await;
    browser
        .click("[data-testid=totp-step-form] button[type=submit]")
        .await;
    wait_for_path(&browser, "/referrals").await;
    browser.wait_for_heading(&text("en", "start-referrer")).await;
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mother_resets_her_password_and_signs_in_with_a_code_from_her_email_in_arabic_right_to_left() {
    let (app, browser, _guard) = app_with_browser("ar").await;

    // She has forgotten her password: a link by email sets a new one.
    browser.goto(&app.url("/forgot-password")).await;
    browser
        .wait_for("the forgotten-password form", &present("#forgot-contact"))
        .await;
    browser.fill("#forgot-contact", "mother@demo.perilink.test").await;
    browser
        .click("[data-testid=forgot-form] button[type=submit]")
        .await;
    browser
        .wait_for("the link, sent", &present("[data-testid=forgot-sent]"))
        .await;
    let link = message_payload(&app, "password_reset").await;
    let at = link.find("/reset-password?token=").expect("the link's path");
    browser.goto(&app.url(&link[at..])).await;
    browser
        .wait_for("the new-password form", &present("#reset-password"))
        .await;
    browser.fill("#reset-password", "قهوة الصباح مع الياسمين").await;
    browser
        .click("[data-testid=reset-form] button[type=submit]")
        .await;
    browser
        .wait_for("the password, changed", &present("[data-testid=reset-done]"))
        .await;
    check_screen(&browser, "a new password, in Arabic", "accounts-reset-ar").await;

    browser.goto(&app.url("/sign-in")).await;
    browser.wait_for_heading(&text("ar", "sign-in-title")).await;
    assert_eq!(browser.eval("return document.documentElement.dir").await, "rtl");
    browser.click("[data-testid=code-instead]").await;
    browser
        .wait_for("where to send the code", &present("#code-contact"))
        .await;
    browser.fill("#code-contact", "mother@demo.perilink.test").await;
    browser
        .click("[data-testid=code-request-form] button[type=submit]")
        .await;
    browser
        .wait_for("the code's box", &present("#one-time-code"))
        .await;
    assert_eq!(
        browser
            .eval(
                "const i = document.getElementById('one-time-code');
                 return [i.inputMode, i.autocomplete, i.dir];"
            )
            .await,
        json!(["numeric", "one-time-code", "ltr"])
    );
    // Not six digits: said on the page, nothing sent.
    browser.fill("#one-time-code", "12").await;
    browser
        .click("[data-testid=code-verify-form] button[type=submit]")
        .await;
    wait_for_problem(&browser, "six digits needed", "#code-problem").await;
    check_screen(&browser, "signing in with a code, in Arabic", "accounts-code-ar").await;

    // The code from her email (the outbox), typed with Arabic-Indic digits as an
    // Arabic keyboard may: she is signed in and taken to her sessions.
    let code = message_payload(&app, "login_code").await;
    let arabic_digits: String = code
        .chars()
        .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap())
        .collect();
    browser.fill("#one-time-code", &arabic_digits).await;
    browser
        .click("[data-testid=code-verify-form] button[type=submit]")
        .await;
    wait_for_path(&browser, "/my").await;
    browser.client.clone().close().await.ok();
}
