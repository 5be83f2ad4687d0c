//! Bad input gets a clear JSON error with the right 4xx status, never a 500.

use crate::helpers::{Backend, TestApp, assert_error};

#[tokio::test]
async fn malformed_bodies_get_400_422_415_or_413() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let post = |body: &'static str, content_type: Option<&'static str>| {
        let mut request = app.client.post(app.url("/api/auth/login")).body(body);
        if let Some(ct) = content_type {
            request = request.header("Content-Type", ct);
        }
        request.send()
    };
    let json = Some("application/json");
    assert_error(post("{not json", json).await.unwrap(), 400, "bad_request").await;
    assert_error(post("", json).await.unwrap(), 400, "bad_request").await;
    assert_error(
        post(r#"{"email": 42, "password": "x"}"#, json).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        post(r#"{"email": "a@b.c"}"#, json).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        post(r#"[1, 2, 3]"#, json).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        post(r#"{"email": "", "password": ""}"#, json).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        post(r#"{"email":"a@b.c","password":"x"}"#, None).await.unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;
    assert_error(
        post(r#"{"email":"a@b.c","password":"x"}"#, Some("text/plain"))
            .await
            .unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;

    let huge = format!(
        r#"{{"email":"a@b.c","password":"{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let response = app
        .client
        .post(app.url("/api/auth/login"))
        .header("Content-Type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_error(response, 413, "payload_too_large").await;

    let long = format!(r#"{{"email":"a@b.c","password":"{}"}}"#, "x".repeat(5000));
    let response = app
        .client
        .post(app.url("/api/auth/login"))
        .header("Content-Type", "application/json")
        .body(long)
        .send()
        .await
        .unwrap();
    assert_error(response, 422, "validation_failed").await;
}

#[tokio::test]
async fn unknown_routes_get_404_and_wrong_methods_405_as_json() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    assert_error(app.get("/api/nowhere").await, 404, "not_found").await;
    assert_error(app.get("/api/auth/login/extra").await, 404, "not_found").await;
    assert_error(
        app.post_json("/api/nowhere", &serde_json::json!({})).await,
        404,
        "not_found",
    )
    .await;
    assert_error(app.get("/api/auth/login").await, 405, "method_not_allowed").await;
    let delete = app.client.delete(app.url("/api/health")).send().await.unwrap();
    assert_error(delete, 405, "method_not_allowed").await;
    let post_page = app.client.post(app.url("/")).send().await.unwrap();
    assert_error(post_page, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn junk_never_causes_a_server_error() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let junk_bodies = [
        "\u{0}\u{1}\u{2}",
        "{\"email\":\"\u{202e}\",\"password\":\"\u{0}\"}",
        "{\"email\":null,\"password\":null}",
        "{\"email\":\"a\",\"password\":\"b\",\"extra\":{\"deep\":[[[[[[]]]]]]}}",
        "9999999999999999999999999999",
        "\"just a string\"",
        &"[".repeat(10_000),
    ];
    for body in junk_bodies {
        for path in [
            "/api/auth/login",
            "/api/auth/refresh",
            "/api/auth/logout",
            "/api/me",
            "/api/health",
        ] {
            let response = app
                .client
                .post(app.url(path))
                .header("Content-Type", "application/json")
                .header("Cookie", "perilink_refresh=junk\"%%; other=1")
                .body(body.to_owned())
                .send()
                .await
                .unwrap();
            assert!(
                response.status().is_client_error() || response.status().is_success(),
                "{path} answered {} to {body:?}",
                response.status()
            );
        }
    }
    for header in [
        "Bearer",
        "Bearer ",
        "Bearer \u{1}",
        "bearer a.b.c",
        "Bearer a.b.c.d.e",
    ] {
        let response = app
            .client
            .get(app.url("/api/me"))
            .header("Authorization", header)
            .send()
            .await;
        if let Ok(response) = response {
            assert_eq!(response.status(), 401, "{header:?}");
        }
    }
}
