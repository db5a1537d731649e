//! `demo`: every scenario yields the failure class it is named after, through the real binary.

use crate::support::Sandbox;

fn classes(j: &serde_json::Value) -> Vec<(String, String)> {
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| {
            Some((
                c["failure_class"]["id"].as_str()?.to_string(),
                c["id"].as_str()?.to_string(),
            ))
        })
        .collect()
}

#[test]
fn the_healthy_demo_passes_end_to_end() {
    let out = Sandbox::new().cmd().args(["demo"]).run();
    out.code(0)
        .stdout_has("[✓] SMTP AUTH XOAUTH2: 235 2.7.0 Authentication successful")
        .stdout_has("250 2.0.0 OK <");
    assert!(
        !out.stdout.contains("[✗]") && !out.stdout.contains("[–]"),
        "{}",
        out.stdout
    );
}

#[test]
fn every_scenario_yields_the_class_it_is_named_after() {
    let sb = Sandbox::new();
    let list = sb.cmd().args(["demo", "--list", "--json"]).run().json();
    let names: Vec<(String, String)> = list["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["yields"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(names.len() > 35, "{names:?}");
    for (name, yields) in names.iter().filter(|(n, _)| n != "healthy") {
        let out = sb.cmd().args(["demo", name, "--json"]).run();
        let j = out.json();
        let found = classes(&j);
        if yields == "healthy" {
            assert_eq!(out.code, 0, "{name} is a healthy tenant: {found:?}");
            continue;
        }
        assert!(
            found.iter().any(|(class, _)| class == yields),
            "{name} should yield {yields}, yielded {found:?}"
        );
        let warn_only = [
            "secret-expiring",
            "tls-intercepted",
            "secret-rotated-not-updated",
            "single-credential-left",
        ]
        .contains(&name.as_str());
        assert_eq!(out.code, i32::from(!warn_only), "{name}: exit status");
    }
}

#[test]
fn wrong_credentials_keep_microsofts_trace_ids_in_the_evidence() {
    let j = Sandbox::new()
        .cmd()
        .args(["demo", "invalid-client-secret", "--json"])
        .run()
        .json();
    let token = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "token")
        .unwrap();
    assert_eq!(token["evidence"]["aadsts"], "AADSTS7000215");
    assert_eq!(token["evidence"]["http_status"], 401);
    for f in ["trace_id", "correlation_id", "timestamp"] {
        assert!(token["evidence"][f].is_string(), "{f}: {token}");
    }
    assert!(
        token["failure_class"]["fix"][0]
            .as_str()
            .unwrap()
            .contains("Certificates & secrets")
    );
}

#[test]
fn a_dead_host_costs_one_timeout() {
    let out = Sandbox::new()
        .cmd()
        .args(["demo", "network-timeout", "--json"])
        .run();
    let j = out.json();
    let greeting = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "smtp.greeting")
        .unwrap();
    assert_eq!(greeting["failure_class"]["id"], "network-timeout");
    for later in ["smtp.ehlo", "smtp.starttls", "tls.chain", "smtp.auth"] {
        let c = j["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == later)
            .unwrap();
        assert_eq!(
            c["status"], "skip",
            "{later} is skipped, not timed out again"
        );
    }
}

#[test]
fn the_transcript_redacts_the_xoauth2_line_and_no_output_carries_a_token_or_secret() {
    let sb = Sandbox::new();
    for args in [
        vec!["demo", "-v"],
        vec!["demo", "-v", "--json"],
        vec!["demo", "service-principal-missing", "-v"],
    ] {
        let out = sb.cmd().args(&args).run();
        assert!(
            out.stdout.contains("<redacted: ") || args.contains(&"--json"),
            "{}",
            out.stdout
        );
        for text in [&out.stdout, &out.stderr] {
            assert!(!text.contains("eyJ"), "a JWT leaked with {args:?}");
            assert!(
                !text.contains("8Q~"),
                "a client secret leaked with {args:?}"
            );
            assert!(
                !text.contains("auth=Bearer"),
                "an XOAUTH2 string leaked with {args:?}"
            );
        }
    }
}

#[test]
fn an_unknown_scenario_exits_2_with_a_suggestion() {
    Sandbox::new()
        .cmd()
        .args(["demo", "untrusted-certificat"])
        .run()
        .code(2)
        .stderr_has("did you mean untrusted-certificate");
}

/// `demo --serve` keeps the tenant up and prints `export NAME='value'` lines that point every other
/// command at it; Ctrl-C (here: the test killing it) stops it.
#[test]
fn demo_serve_exports_settings_that_other_commands_use() {
    use std::io::{BufRead, BufReader};
    let sb = Sandbox::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-oauth"))
        .args(["demo", "--serve"])
        .env_clear()
        .env("XDG_CONFIG_HOME", sb.dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut exports = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while let Some(Ok(line)) = lines.next() {
        let Some(rest) = line.strip_prefix("export ") else {
            panic!("not an export line: {line}")
        };
        let (k, v) = rest.split_once('=').unwrap();
        exports.push((k.to_string(), v.trim_matches('\'').to_string()));
        if k == "SMTP_OAUTH_EXCHANGE_TOKEN" {
            break;
        }
    }
    let names: Vec<&str> = exports.iter().map(|(k, _)| k.as_str()).collect();
    for expected in [
        "SMTP_OAUTH_TENANT",
        "SMTP_OAUTH_CLIENT_ID",
        "SMTP_OAUTH_CLIENT_SECRET",
        "SMTP_OAUTH_MAILBOX",
        "SMTP_OAUTH_AUTHORITY",
        "SMTP_OAUTH_SMTP_HOST",
        "SMTP_OAUTH_SMTP_PORT",
        "SMTP_OAUTH_GRAPH_URL",
        "SMTP_OAUTH_EXCHANGE_URL",
        "SMTP_OAUTH_CA_FILE",
        "SMTP_OAUTH_GRAPH_TOKEN",
        "SMTP_OAUTH_EXCHANGE_TOKEN",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let mut run = sb.cmd().args(["config", "show", "--json"]);
    for (k, v) in &exports {
        run = run.env(k, v);
    }
    let j = run.run().json();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(j["settings"]["smtp_host"], "127.0.0.1");
    assert_eq!(
        j["settings"]["admin"], "token",
        "the admin tokens make prereqs use admin access"
    );
    assert!(
        j["settings"]["token_endpoint"]
            .as_str()
            .unwrap()
            .starts_with("https://127.0.0.1:")
    );
    assert!(
        j["settings"]["client_secret"]
            .as_str()
            .unwrap()
            .starts_with("set (from env")
    );
}
