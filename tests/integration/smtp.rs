//! `test-connection`, `send-test` and `diagnose` against the simulated tenant.

use crate::support::{Sandbox, SimProcess, check};

#[test]
fn test_connection_says_what_the_appliance_says() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["test-connection"])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("Successfully connected to 127.0.0.1.")
        .stdout_has("[✓] SMTP AUTH XOAUTH2: 235 2.7.0 Authentication successful");
    assert!(
        !out.stdout.contains("Send a test message"),
        "test-connection sends nothing"
    );
    assert!(sim.state.outbox.lock().unwrap().is_empty());
}

#[test]
fn auth_sends_the_initial_response_by_default_and_two_steps_on_request() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["test-connection", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("AUTH with the initial response (one round trip)")
        .stdout_has("~> AUTH XOAUTH2 <redacted: ");
    assert!(!out.stdout.contains("<~  334"), "{}", out.stdout);

    // The old flag still works (it is the default now).
    let out = Sandbox::new()
        .cmd()
        .args(["test-connection", "--auth-initial-response", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.code(0).stdout_has("~> AUTH XOAUTH2 <redacted: ");

    let out = Sandbox::new()
        .cmd()
        .args(["test-connection", "--auth-two-step", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("AUTH in two steps (the XOAUTH2 string after 334)")
        .stdout_has("~> AUTH XOAUTH2\n")
        .stdout_has("<~  334");
}

#[test]
fn a_server_that_refuses_the_initial_response_gets_the_two_step_form() {
    let sim = SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            smtp_fault: Some(smtp_oauth::sim::SmtpFault::NoInitialResponse),
            ..Default::default()
        },
    );
    let out = Sandbox::new()
        .cmd()
        .args(["test-connection", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("<~  501 5.5.4 Invalid arguments")
        .stdout_has("the server refused the initial response: AUTH again in two steps")
        .stdout_has("235 2.7.0 Authentication successful");
}

#[test]
fn send_test_delivers_a_well_formed_message_and_reports_the_queue_reply() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args([
            "send-test",
            "--to",
            "helpdesk@fabrikam.example",
            "--subject",
            "Printer on floor 2",
        ])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("Test message accepted by 127.0.0.1: 250 2.0.0 OK <");
    let delivered = sim.state.outbox.lock().unwrap().clone();
    assert_eq!(delivered.len(), 1);
    let m = &delivered[0];
    assert_eq!(m.from, smtp_oauth::sim::tenant::MAILBOX);
    assert_eq!(m.to, ["helpdesk@fabrikam.example"]);
    for header in [
        "From: no-reply@contoso.onmicrosoft.com",
        "To: helpdesk@fabrikam.example",
        "Subject: Printer on floor 2",
        "Date: ",
        "Message-ID: <",
    ] {
        assert!(
            m.message.contains(header),
            "{header} missing:\n{}",
            m.message
        );
    }
    let id = m
        .message
        .lines()
        .find_map(|l| l.strip_prefix("Message-ID: "))
        .unwrap();
    assert!(
        out.stdout.contains(id),
        "the queue reply names the message's own id"
    );
}

#[test]
fn sending_as_another_address_without_sendas_is_classified() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args([
            "send-test",
            "--to",
            "a@fabrikam.example",
            "--from",
            "alerts@contoso.onmicrosoft.com",
            "--json",
        ])
        .sim_env(&sim, &[])
        .run();
    out.code(1);
    let j = out.json();
    let send = &check(&j, "smtp.send")["failure_class"];
    assert_eq!(send["id"], "send-as-denied");
    assert!(send["fix"][0].as_str().unwrap().contains(
        "Add-RecipientPermission -Identity alerts@contoso.onmicrosoft.com -Trustee 1e5d9b3f"
    ));
}

#[test]
fn send_test_without_a_recipient_is_a_usage_error() {
    Sandbox::new()
        .cmd()
        .args(["send-test"])
        .run()
        .code(2)
        .stderr_has("--to ADDRESS");
    Sandbox::new()
        .cmd()
        .args(["send-test", "--to", "not-an-address"])
        .run()
        .code(2)
        .stderr_has("has no @");
}

#[test]
fn diagnose_only_and_list_checks() {
    let sb = Sandbox::new();
    let list = sb
        .cmd()
        .args(["diagnose", "--list-checks", "--json"])
        .run()
        .json();
    assert!(
        list["scenarios"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "tls.chain")
    );
    let sim = SimProcess::start("untrusted-certificate");
    let j = sb
        .cmd()
        .args(["diagnose", "--only", "tls.chain", "smtp.auth", "--json"])
        .sim_env(&sim, &[])
        .run()
        .json();
    let ids: Vec<_> = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["tls.chain", "smtp.auth"]);
    assert_eq!(
        check(&j, "tls.chain")["failure_class"]["id"],
        "untrusted-certificate"
    );
    assert_eq!(check(&j, "smtp.auth")["status"], "skip");
    sb.cmd()
        .args(["diagnose", "--only", "bogus"])
        .run()
        .code(2)
        .stderr_has("--list-checks");
}

#[test]
fn diagnose_names_missing_settings_and_exits_2() {
    let out = Sandbox::new().cmd().args(["diagnose"]).run();
    out.code(2)
        .stderr_has("tenant: --tenant or SMTP_OAUTH_TENANT")
        .stderr_has("client secret")
        .stderr_has("mailbox: --mailbox");
}

#[test]
fn wait_retries_auth_until_the_change_has_propagated() {
    // The scenario's changes propagate after 8 s; --wait retries with back-off (10 s first).
    let sim = SimProcess::start("propagation-pending");
    let out = Sandbox::new()
        .cmd()
        .args(["diagnose", "--wait", "2m", "--json"])
        .sim_env(&sim, &[])
        .run();
    out.code(0).stderr_has("retrying in");
    let auth = check(&out.json(), "smtp.auth").clone();
    assert_eq!(auth["status"], "pass");
    assert!(
        auth["evidence"]["attempts"].as_u64().unwrap() >= 2,
        "{auth}"
    );
}

#[test]
fn a_reset_oversized_or_garbage_server_ends_in_a_classified_failure() {
    use smtp_oauth::sim::{SimOptions, SmtpFault};
    for (fault, step) in [
        (SmtpFault::ResetAfterEhlo, "smtp.ehlo"),
        (SmtpFault::Oversized, "smtp.greeting"),
        (SmtpFault::Garbage, "smtp.greeting"),
    ] {
        let sim = SimProcess::start_with(
            "healthy",
            SimOptions {
                smtp_fault: Some(fault),
                ..SimOptions::default()
            },
        );
        let out = Sandbox::new()
            .cmd()
            .args(["test-connection", "--json"])
            .sim_env(&sim, &[])
            .run();
        out.code(1);
        let c = check(&out.json(), step).clone();
        assert_eq!(c["failure_class"]["id"], "protocol-error", "{fault:?}: {c}");
    }
}

/// A profile that points at a simulated tenant, its secret in a 0600 file.
fn profile_for(sb: &Sandbox, name: &str, sim: &SimProcess) -> String {
    let secret = sb.file(
        &format!("{name}.secret"),
        sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap(),
        0o600,
    );
    sim.profile_toml(name, &secret)
}

/// A run with the simulated tenant's admin tokens, so the prerequisites run too.
fn with_admin_tokens<'a>(
    mut run: crate::support::Run<'a>,
    sim: &SimProcess,
) -> crate::support::Run<'a> {
    for k in ["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"] {
        run = run.env(k, sim.export(k).unwrap());
    }
    run
}

/// Each profile of a fleet's JSON report, in order, and whether none of its checks failed.
fn fleet_passes(j: &serde_json::Value) -> Vec<(&str, bool)> {
    j["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["profile"].as_str().unwrap(), p["summary"]["fail"] == 0))
        .collect()
}

/// How many token requests the simulated login host has answered.
fn token_requests(sim: &SimProcess) -> u32 {
    sim.state
        .token_requests
        .load(std::sync::atomic::Ordering::SeqCst)
}

/// Check `id` of `profile` in a fleet's JSON report.
#[track_caller]
fn fleet_check<'a>(j: &'a serde_json::Value, profile: &str, id: &str) -> &'a serde_json::Value {
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["profile"] == profile && c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} of {profile} in {j}"))
}

#[test]
fn all_profiles_diagnoses_a_fleet_in_one_report() {
    let good = SimProcess::start("healthy");
    let bad = SimProcess::start("untrusted-certificate");
    let sb = Sandbox::new();
    let config = format!(
        "{}{}[typo]\ntenant = \"not a tenant\"\n",
        profile_for(&sb, "printer-1", &good),
        profile_for(&sb, "printer-2", &bad)
    );
    sb.write_config(&config);
    let out = sb
        .cmd()
        .args(["diagnose", "--all-profiles", "--json"])
        .run();
    out.code(1);
    let j = out.json();
    assert_eq!(
        fleet_passes(&j),
        [("printer-1", true), ("printer-2", false), ("typo", false)]
    );
    let tls_of = |profile: &str| {
        j["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["profile"] == profile && c["id"] == "tls.chain")
            .map(|c| c["status"].clone())
    };
    assert_eq!(tls_of("printer-1"), Some(serde_json::json!("pass")));
    assert_eq!(tls_of("printer-2"), Some(serde_json::json!("fail")));
    let typo = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["profile"] == "typo")
        .unwrap();
    assert!(
        typo["summary"]
            .as_str()
            .unwrap()
            .contains("invalid tenant (from profile typo)"),
        "{typo}"
    );
    let junit = sb.dir.path().join("fleet.xml");
    sb.cmd()
        .args([
            "diagnose",
            "--all-profiles",
            "--format",
            "junit",
            "--output",
            junit.to_str().unwrap(),
        ])
        .run()
        .code(1);
    let xml = std::fs::read_to_string(junit).unwrap();
    assert_eq!(
        xml.matches("<testsuite ").count(),
        3,
        "one suite per profile"
    );
    let human = sb.cmd().args(["diagnose", "--all-profiles"]).run();
    human
        .stdout_has("── profile printer-1 ──")
        .stdout_has("── profile printer-2 ──");

    // A variable set for the job never silently replaces what the profiles say (issue 16: a
    // failing printer passed because SMTP_OAUTH_MAILBOX replaced its mailbox).
    let out = sb
        .cmd()
        .args(["diagnose", "--all-profiles", "--json"])
        .env("SMTP_OAUTH_MAILBOX", "someone-else@contoso.onmicrosoft.com")
        .run();
    out.code(2)
        .stderr_has("SMTP_OAUTH_MAILBOX would replace mailbox of printer-1, printer-2")
        .stderr_has("--env-overrides");
    let out = sb
        .cmd()
        .args(["diagnose", "--all-profiles", "--env-overrides", "--json"])
        .env("SMTP_OAUTH_MAILBOX", "someone-else@contoso.onmicrosoft.com")
        .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("someone-else@contoso.onmicrosoft.com"));
}

/// A mistyped `--only` check is refused before any profile runs, not an empty report that
/// passes the fleet.
#[test]
fn a_fleet_refuses_a_check_that_does_not_exist() {
    let sim = SimProcess::start("untrusted-certificate");
    let sb = Sandbox::new();
    sb.write_config(&profile_for(&sb, "printer-1", &sim));
    let out = sb
        .cmd()
        .args([
            "diagnose",
            "--all-profiles",
            "--json",
            "--only",
            "tls.chian",
        ])
        .run();
    out.code(2).stderr_has("tls.chian");
}

/// The token request, the SMTP connection and the prerequisites run at the same time: shown by the
/// order of events (every phase starts before any ends), not by wall-clock asserts.
#[test]
fn independent_phases_run_concurrently() {
    let sim = SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            reply_delay: std::time::Duration::from_millis(30),
            ..Default::default()
        },
    );
    let j = Sandbox::new()
        .cmd()
        .args(["diagnose", "-v", "--json"])
        .sim_env(&sim, &[])
        .run()
        .json();
    let events: Vec<String> = j["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e.as_str()
                .unwrap()
                .split(" ms ")
                .nth(1)
                .unwrap()
                .to_string()
        })
        .collect();
    let at = |name: &str| {
        events
            .iter()
            .position(|e| e == name)
            .unwrap_or_else(|| panic!("{name} not in {events:?}"))
    };
    let first_end = ["token.end", "smtp.connect.end", "prereqs.end"]
        .iter()
        .map(|e| at(e))
        .min()
        .unwrap();
    for start in ["token.start", "smtp.connect.start", "prereqs.start"] {
        assert!(
            at(start) < first_end,
            "{start} only after a phase ended: {events:?}"
        );
    }
    assert!(
        at("smtp.auth.start") > at("token.end") && at("smtp.auth.start") > at("smtp.connect.end"),
        "AUTH needs both: {events:?}"
    );
}

/// Exchange Online allows three SMTP sessions per mailbox at once: a fleet of appliances that
/// share one mailbox never opens a fourth, and profiles with mailboxes of their own run side by
/// side. The simulated Exchange counts the sessions it authenticated.
#[test]
fn a_fleet_opens_at_most_three_sessions_per_mailbox() {
    let sim = SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            // Long enough that the sessions of a fleet overlap.
            reply_delay: std::time::Duration::from_millis(60),
            extra_mailboxes: 4,
            ..Default::default()
        },
    );
    let sb = Sandbox::new();
    let mut config = String::new();
    for i in 0..8 {
        config.push_str(&profile_for(&sb, &format!("shared-{i}"), &sim));
    }
    for i in 0..4 {
        config.push_str(&profile_for(&sb, &format!("own-{i}"), &sim).replace(
            smtp_oauth::sim::tenant::MAILBOX,
            &smtp_oauth::sim::tenant::fleet_mailbox(i),
        ));
    }
    sb.write_config(&config);
    let out = sb
        .cmd()
        .args([
            "diagnose",
            "--all-profiles",
            "--json",
            "--only",
            "smtp.auth",
        ])
        .run();
    out.code(0);
    let passed = out.json()["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["id"] == "smtp.auth" && c["status"] == "pass")
        .count();
    assert_eq!(passed, 12, "{}", out.stdout);
    assert_eq!(sim.state.most_sessions(smtp_oauth::sim::tenant::MAILBOX), 3);
    for i in 0..4 {
        assert_eq!(
            sim.state
                .most_sessions(&smtp_oauth::sim::tenant::fleet_mailbox(i)),
            1
        );
    }
}

/// The profiles of one app registration ask once for what they share (the app's token, the
/// tenant's discovery, the app-level admin reads: Entra throttles an app that asks for the same
/// token over and over), and each for what is its own (its mailbox). A profile whose secret is
/// wrong sends its own request and gets its own cause: sharing never hides a wrong value.
#[test]
fn a_fleet_asks_once_for_what_its_profiles_share_and_each_for_its_own() {
    let sim = SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            extra_mailboxes: 5,
            ..Default::default()
        },
    );
    let sb = Sandbox::new();
    let mut config = String::new();
    for i in 0..5 {
        config.push_str(&profile_for(&sb, &format!("own-{i}"), &sim).replace(
            smtp_oauth::sim::tenant::MAILBOX,
            &smtp_oauth::sim::tenant::fleet_mailbox(i),
        ));
    }
    let wrong = sb.file(
        "wrong.secret",
        "Zq48Q~k3VbT9yLm2Xw7Rn5Pd1Hs6Jf0Ga4Ec8Uo",
        0o600,
    );
    config.push_str(&sim.profile_toml("wrong-secret", &wrong));
    sb.write_config(&config);
    let out = with_admin_tokens(
        sb.cmd().args(["diagnose", "--all-profiles", "--json"]),
        &sim,
    )
    .run();
    out.code(1);
    let j = out.json();
    assert_eq!(
        fleet_passes(&j),
        [
            ("own-0", true),
            ("own-1", true),
            ("own-2", true),
            ("own-3", true),
            ("own-4", true),
            ("wrong-secret", false)
        ],
        "{}",
        out.stdout
    );
    assert_eq!(
        fleet_check(&j, "wrong-secret", "token")["failure_class"]["id"],
        "invalid-client-secret"
    );
    assert_eq!(fleet_check(&j, "own-3", "token")["status"], "pass");
    // One token for the five that share a secret, one for the wrong secret.
    let tokens = token_requests(&sim);
    assert_eq!(tokens, 2);
    let client_id = sim.export("SMTP_OAUTH_CLIENT_ID").unwrap();
    assert_eq!(
        sim.state
            .admin_requests(&format!("GET /v1.0/servicePrincipals(appId='{client_id}')")),
        1
    );
    assert_eq!(sim.state.admin_requests("\"Get-TransportConfig\""), 1);
    assert_eq!(
        sim.state.admin_requests("\"Get-CASMailbox\""),
        6,
        "one per mailbox"
    );
}

/// A shared answer is shared only along the same route: a profile whose requests go through a
/// proxy (here one that is not there) gets its own requests and its own cause, never the answer
/// the direct profiles got, and they never get its failure.
#[test]
fn a_fleet_shares_nothing_between_profiles_that_reach_microsoft_differently() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let mut config = String::new();
    for name in ["direct-1", "direct-2"] {
        config.push_str(&profile_for(&sb, name, &sim));
    }
    config.push_str(&profile_for(&sb, "via-proxy", &sim));
    config.push_str("proxy = \"http://127.0.0.1:1\"\n");
    sb.write_config(&config);
    let run = sb.cmd().env("NO_PROXY", "").args([
        "diagnose",
        "--all-profiles",
        "--json",
        "--only",
        "token",
        "prereq.enterprise_app",
    ]);
    let out = with_admin_tokens(run, &sim).run();
    out.code(1);
    let j = out.json();
    assert_eq!(
        fleet_check(&j, "via-proxy", "token")["failure_class"]["id"],
        "proxy-unreachable"
    );
    // Not the direct profiles' answer: Graph could not be reached through the proxy, and the
    // report says so.
    let app = fleet_check(&j, "via-proxy", "prereq.enterprise_app");
    assert_eq!(app["status"], "skip");
    assert!(
        app["summary"]
            .as_str()
            .unwrap()
            .contains("the proxy cannot be reached"),
        "{app}"
    );
    for direct in ["direct-1", "direct-2"] {
        assert_eq!(fleet_check(&j, direct, "token")["status"], "pass");
        assert_eq!(
            fleet_check(&j, direct, "prereq.enterprise_app")["status"],
            "pass"
        );
    }
    let tokens = token_requests(&sim);
    assert_eq!(
        tokens, 1,
        "the direct profiles share one; the proxied one never arrives"
    );
}

/// With `--admin app` a fleet gets the admin app's two tokens once, not two per profile.
#[test]
fn a_fleet_gets_the_admin_apps_tokens_once() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let config: String = ["printer-1", "printer-2", "printer-3"]
        .iter()
        .map(|name| profile_for(&sb, name, &sim))
        .collect();
    sb.write_config(&config);
    let run = sb
        .cmd()
        .args(["diagnose", "--all-profiles", "--json", "--admin", "app"]);
    let out = sim
        .admin_app_exports()
        .iter()
        .fold(run, |run, (k, v)| run.env(k, v))
        .run();
    out.code(0);
    let j = out.json();
    for name in ["printer-1", "printer-2", "printer-3"] {
        assert_eq!(
            fleet_check(&j, name, "prereq.enterprise_app")["status"],
            "pass"
        );
    }
    let tokens = token_requests(&sim);
    assert_eq!(
        tokens, 3,
        "the app's token and the admin app's two, once each"
    );
}
