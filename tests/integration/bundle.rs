//! `diagnose --bundle FILE` and `replay FILE`: the evidence a real tenant gave, kept without a
//! secret, judged again offline to the same verdicts.

use crate::support::Test;

fn verdicts(j: &serde_json::Value) -> Vec<(String, String, String, String)> {
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
            (
                s(&c["id"]),
                s(&c["status"]),
                s(&c["failure_class"]["id"]),
                s(&c["evidence"]["points_to"]),
            )
        })
        .collect()
}

#[test]
fn a_bundle_replays_to_the_same_verdicts_and_holds_no_secret() {
    for scenario in [
        "healthy",
        "service-principal-wrong-object-id",
        "mailbox-outside-rbac-scope",
        "invalid-client-secret",
        "conditional-access-blocked",
        "untrusted-certificate",
        "smtp-throttled",
        "starttls-stripped",
    ] {
        let t = Test::scenario(scenario);
        let path = t.sandbox.dir.path().join("evidence.json");
        let t = t.args([
            "diagnose",
            "--json",
            "--to",
            "alerts@contoso.onmicrosoft.com",
            "--bundle",
            path.to_str().unwrap(),
        ]);
        let live = t.run();
        let live_json = live.json();
        let replayed = Test::new()
            .args(["replay", path.to_str().unwrap(), "--json"])
            .run();
        assert_eq!(replayed.code, live.code, "{scenario}: {}", replayed.stderr);
        assert_eq!(
            verdicts(&replayed.json()),
            verdicts(&live_json),
            "{scenario}: the replay judges as the live run did"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let sim = t.sim.as_ref().unwrap();
        for name in [
            "SMTP_OAUTH_CLIENT_SECRET",
            "SMTP_OAUTH_GRAPH_TOKEN",
            "SMTP_OAUTH_EXCHANGE_TOKEN",
        ] {
            let secret = sim.export(name).unwrap();
            assert!(
                !text.contains(&secret[..16.min(secret.len())]),
                "{scenario}: {name} is in the bundle"
            );
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{scenario}");
        }
        // What Microsoft support asks for is in it.
        if scenario == "invalid-client-secret" {
            assert!(text.contains("\"trace_id\": \""), "{scenario}");
        }
        if scenario == "smtp-throttled" {
            assert!(
                text.contains("432 4.3.2 STOREDRV.ClientSubmit"),
                "{scenario}"
            );
        }
    }
}

/// Bundles kept from earlier runs (tests/fixtures/bundles): their verdicts hold when the rules
/// change, or the change says why.
#[test]
fn kept_bundles_replay_to_their_verdicts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundles");
    for (file, check, class, points_to) in [
        (
            "service-principal-wrong-object-id.json",
            "prereq.exchange_sp",
            "service-principal-wrong-object-id",
            "",
        ),
        (
            "service-principal-wrong-object-id.json",
            "smtp.auth",
            "auth-rejected",
            "service-principal-wrong-object-id",
        ),
        ("smtp-throttled.json", "smtp.send", "smtp-throttled", ""),
    ] {
        let out = Test::new()
            .args(["replay", dir.join(file).to_str().unwrap(), "--json"])
            .run();
        let c = out.check(check);
        assert_eq!(c["failure_class"]["id"], class, "{file}: {c}");
        assert_eq!(
            c["evidence"]["points_to"].as_str().unwrap_or_default(),
            points_to,
            "{file}"
        );
    }
}

#[test]
fn replay_refuses_what_is_not_a_bundle() {
    let t = Test::new();
    let path = t
        .sandbox
        .file("not-a-bundle.json", "{\"format\": \"x\"}", 0o600);
    let out = t.args(["replay", path.to_str().unwrap()]).run();
    out.code(2).stderr_has("is not an smtp-oauth bundle");
}
