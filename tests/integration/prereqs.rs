//! `prereqs` against the simulated tenant: every class, the 401/403 ladder, the device-code sign-in,
//! and --fix → re-check → test-connection passes; a second --fix changes nothing.

use smtp_oauth::sim::{AdminLevel, SimOptions};

use crate::support::{Sandbox, SimProcess};

fn failing(j: &serde_json::Value) -> Vec<(String, String)> {
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "fail" || c["status"] == "warn")
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["failure_class"]["id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn each_broken_prerequisite_is_named() {
    for (scenario, check) in [
        ("service-principal-missing", "prereq.exchange_sp"),
        ("service-principal-wrong-object-id", "prereq.exchange_sp"),
        ("mailbox-permission-missing", "prereq.mailbox_permission"),
        ("mailbox-not-found", "prereq.mailbox"),
        ("permission-not-granted", "prereq.permission"),
        ("smtp-auth-disabled", "prereq.smtp_auth"),
        ("secret-expiring", "prereq.credentials"),
        ("propagation-pending", "prereq.propagation"),
    ] {
        let sim = SimProcess::start(scenario);
        let out = Sandbox::new()
            .cmd()
            .args(["prereqs", "--json"])
            .sim_env(&sim, &[])
            .run();
        let found = failing(&out.json());
        assert!(
            found.contains(&(check.to_string(), scenario.to_string())),
            "{scenario}: {found:?}"
        );
    }
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["prereqs", "--json"])
        .sim_env(&sim, &[])
        .run();
    out.code(0);
    assert!(failing(&out.json()).is_empty());
}

#[test]
fn the_wrong_object_id_is_shown_next_to_the_right_one() {
    let sim = SimProcess::start("service-principal-wrong-object-id");
    let out = Sandbox::new()
        .cmd()
        .args(["prereqs"])
        .sim_env(&sim, &[])
        .run();
    out.code(1)
        .stdout_has(&format!(
            "registered with ObjectId {}, but the Enterprise application's object id is {}",
            smtp_oauth::sim::tenant::APP_OBJECT_ID,
            smtp_oauth::sim::tenant::SP_OBJECT_ID
        ))
        .stdout_has(&format!(
            "the App registration's object id {} is another",
            smtp_oauth::sim::tenant::APP_OBJECT_ID
        ));
}

#[test]
fn without_admin_access_each_check_gives_the_powershell_with_the_oid_from_the_token() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["prereqs"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"],
        )
        .run();
    out.code(0)
        .stdout_has(&format!(
            "Get-ServicePrincipal -Identity {}",
            smtp_oauth::sim::tenant::SP_OBJECT_ID
        ))
        .stdout_has(&format!(
            "New-ServicePrincipal -AppId {} -ObjectId {}",
            smtp_oauth::sim::tenant::CLIENT_ID,
            smtp_oauth::sim::tenant::SP_OBJECT_ID
        ))
        .stdout_has("[–] Exchange service principal");
}

#[test]
fn a_refused_admin_token_names_the_missing_permission_or_role() {
    for (level, needle) in [
        (AdminLevel::NoGrant, "Exchange.ManageAsApp"),
        (
            AdminLevel::RoleOnly,
            "no Entra role: assign Exchange Administrator",
        ),
        // A redirect is said as a redirect, not as a token without the permission.
        (
            AdminLevel::Redirect,
            "a redirect to https://contoso0.outlook.office365.com/adminapi/beta/",
        ),
    ] {
        let sim = SimProcess::start_with(
            "healthy",
            SimOptions {
                exchange_admin: Some(level),
                ..SimOptions::default()
            },
        );
        let out = Sandbox::new()
            .cmd()
            .args(["prereqs"])
            .sim_env(&sim, &[])
            .run();
        out.stdout_has(needle);
    }
}

#[test]
fn device_code_sign_in_shows_the_code_and_polls() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["prereqs", "--admin", "device-code", "--json"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"],
        )
        .run();
    out.code(0)
        .stderr_has("https://microsoft.com/devicelogin and enter the code");
    assert!(failing(&out.json()).is_empty());
}

#[test]
fn an_expired_device_code_ends_the_sign_in_with_a_clear_message() {
    let sim = SimProcess::start_with(
        "healthy",
        SimOptions {
            device_code_expires: true,
            ..SimOptions::default()
        },
    );
    let out = Sandbox::new()
        .cmd()
        .args(["prereqs", "--admin", "device-code"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"],
        )
        .run();
    out.code(2)
        .stderr_has("expired before the sign-in finished");
}

#[test]
fn fix_repairs_then_test_connection_passes_and_a_second_fix_changes_nothing() {
    let sim = SimProcess::start("service-principal-wrong-object-id");
    std::sync::Arc::make_mut(&mut sim.state.tenant.lock().unwrap()).propagation_delay =
        std::time::Duration::from_millis(200);
    let sb = Sandbox::new();
    sb.cmd()
        .args(["prereqs", "--fix"])
        .sim_env(&sim, &[])
        .run()
        .code(2)
        .stderr_has("--yes");
    let dry = sb
        .cmd()
        .args(["prereqs", "--fix", "--dry-run"])
        .sim_env(&sim, &[])
        .run();
    // The whole plan, in order: the right registration and its FullAccess before the removal.
    dry.stdout_has("The plan: 3 changes to the tenant, in this order:")
        .stdout_has("1. run: New-ServicePrincipal")
        .stdout_has("2. run: Add-MailboxPermission")
        .stdout_has(
            "3. remove: Remove-ServicePrincipal -Identity c3a9e7d1-5f2b-4e86-a0c4-7b1d9e3f5a28",
        )
        .stdout_has("Dry run: nothing was changed.");
    let registered = |sim: &SimProcess| {
        let tenant = sim.state.tenant.lock().unwrap();
        tenant
            .exchange_service_principals
            .iter()
            .find(|sp| sp.app_id == smtp_oauth::sim::tenant::CLIENT_ID)
            .map(|sp| sp.object_id.clone())
    };
    assert_eq!(
        registered(&sim).as_deref(),
        Some(smtp_oauth::sim::tenant::APP_OBJECT_ID),
        "a dry run changes nothing"
    );
    let fixed = sb
        .cmd()
        .args(["prereqs", "--fix", "--yes", "--json"])
        .sim_env(&sim, &[])
        .run();
    let headline = fixed.json()["headline"].as_str().unwrap().to_string();
    let done: Vec<&str> = headline.lines().collect();
    assert!(
        done[0].starts_with("done: New-ServicePrincipal"),
        "{headline}"
    );
    assert!(
        done[1].starts_with("done: Add-MailboxPermission"),
        "{headline}"
    );
    assert!(
        done[2].starts_with("done: Remove-ServicePrincipal"),
        "{headline}"
    );
    assert_eq!(
        registered(&sim).as_deref(),
        Some(smtp_oauth::sim::tenant::SP_OBJECT_ID),
        "the right registration is the one left"
    );
    let after = failing(&fixed.json());
    assert!(
        after
            .iter()
            .all(|(_, class)| class == "propagation-pending"),
        "{after:?}"
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    sb.cmd()
        .args(["test-connection"])
        .sim_env(&sim, &[])
        .run()
        .code(0)
        .stdout_has("Successfully connected");
    let again = sb
        .cmd()
        .args(["prereqs", "--fix", "--yes"])
        .sim_env(&sim, &[])
        .run();
    again.stdout_has("Nothing to fix");
}

#[test]
fn diagnose_narrows_the_opaque_535_with_the_prerequisites() {
    let sim = SimProcess::start("mailbox-permission-missing");
    let out = Sandbox::new()
        .cmd()
        .args(["diagnose", "--json"])
        .sim_env(&sim, &[])
        .run();
    let j = out.json();
    let auth = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "smtp.auth")
        .unwrap();
    assert_eq!(auth["failure_class"]["id"], "auth-rejected");
    assert_eq!(auth["evidence"]["points_to"], "mailbox-permission-missing");
}

#[test]
fn exchange_answers_over_several_pages_are_read_to_the_end() {
    // One row per page. The prerequisites ask for single objects (Get-ServicePrincipal
    // -Identity), so they come out the same; a multi-row answer is read page after page.
    for (scenario, expected) in [
        ("healthy", vec![]),
        (
            "service-principal-wrong-object-id",
            vec![(
                "prereq.exchange_sp".to_string(),
                "service-principal-wrong-object-id".to_string(),
            )],
        ),
    ] {
        let sim = SimProcess::start_with(
            scenario,
            SimOptions {
                exchange_page_size: Some(1),
                ..SimOptions::default()
            },
        );
        let j = Sandbox::new()
            .cmd()
            .args(["prereqs", "--json"])
            .sim_env(&sim, &[])
            .run()
            .json();
        assert_eq!(failing(&j), expected, "{scenario}: {j}");
    }
    let sim = SimProcess::start_with(
        "healthy",
        SimOptions {
            exchange_page_size: Some(1),
            ..SimOptions::default()
        },
    );
    let (_, exchange) = admin_clients(&sim);
    let rows = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(exchange.invoke(
            "Get-MailboxPermission",
            serde_json::json!({"Identity": smtp_oauth::sim::tenant::MAILBOX}),
        ))
        .unwrap();
    assert_eq!(
        rows.len(),
        2,
        "SELF and the service principal, one page each: {rows:?}"
    );
}

/// Graph and Exchange admin clients for the simulated tenant, from the settings it exports.
fn admin_clients(sim: &SimProcess) -> (smtp_oauth::admin::Graph, smtp_oauth::admin::Exchange) {
    let env: std::collections::HashMap<String, String> = sim.exports.iter().cloned().collect();
    let getter = |k: &str| env.get(k).cloned();
    let args = smtp_oauth::cli::SettingArgs::default();
    let (path, profile) = smtp_oauth::settings::locate(&args, &getter);
    let file = smtp_oauth::settings::config_file::ConfigFile::load(&path.value).unwrap();
    let settings =
        smtp_oauth::settings::Settings::resolve(&args, &getter, &file, profile, path).unwrap();
    let trust =
        smtp_oauth::tls::Trust::new(settings.ca_file.as_ref().map(|c| c.value.as_path())).unwrap();
    let graph = smtp_oauth::admin::Graph::new(
        &settings.network(),
        &trust,
        &settings.graph_url.value,
        settings.graph_token.as_ref().unwrap().value.clone(),
    )
    .unwrap();
    let exchange = smtp_oauth::admin::Exchange::new(
        &settings.network(),
        &trust,
        &settings.exchange_url.value,
        settings.exchange_token.as_ref().unwrap().value.clone(),
        smtp_oauth::sim::tenant::TENANT_ID,
    )
    .unwrap();
    (graph, exchange)
}

/// A busy admin API (Graph's 429, Exchange's "too many requests at once") is asked again after
/// its Retry-After, up to three tries in all; past that its own words are quoted, and the
/// prerequisites name no cause they did not see.
#[test]
fn a_busy_admin_api_is_asked_again_then_quoted() {
    let busy = |n| {
        SimProcess::start_with(
            "healthy",
            SimOptions {
                admin_busy_first: n,
                ..SimOptions::default()
            },
        )
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let permission = || {
        (
            "Get-MailboxPermission",
            serde_json::json!({"Identity": smtp_oauth::sim::tenant::MAILBOX}),
        )
    };
    // Two refusals, then the answer.
    let sim = busy(2);
    let (graph, exchange) = admin_clients(&sim);
    let (cmdlet, parameters) = permission();
    let started = std::time::Instant::now();
    let rows = rt.block_on(exchange.invoke(cmdlet, parameters)).unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(2),
        "Retry-After: 1, twice"
    );
    assert_eq!(
        sim.state.admin_requests("\"Get-MailboxPermission\""),
        3,
        "refused twice, answered the third time"
    );
    let mailbox = format!("/users/{}", smtp_oauth::sim::tenant::MAILBOX);
    assert!(rt.block_on(graph.get(&mailbox)).unwrap().is_some());
    // Three refusals: the third is the answer, in the service's own words.
    let sim = busy(3);
    let (_, exchange) = admin_clients(&sim);
    let (cmdlet, parameters) = permission();
    let e = rt
        .block_on(exchange.invoke(cmdlet, parameters))
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "Get-MailboxPermission: HTTP 429: You have reached the maximum number of concurrent requests per tenant. Please wait and try again."
    );
    let sim_graph = busy(3);
    let (graph_busy, _) = admin_clients(&sim_graph);
    let e = rt
        .block_on(graph_busy.get(&mailbox))
        .unwrap_err()
        .to_string();
    assert!(e.contains("429") && e.contains("Too many requests"), "{e}");
    drop((graph, sim, graph_busy, sim_graph));
    // The prerequisites go through a busy start and pass.
    let prereqs = |sim: &SimProcess| {
        Sandbox::new()
            .cmd()
            .args(["prereqs", "--json"])
            .sim_env(sim, &[])
            .run()
            .json()
    };
    let sim = busy(2);
    let j = prereqs(&sim);
    assert_eq!(failing(&j), vec![], "{j}");
    assert_eq!(
        sim.state
            .admin_busy_given
            .load(std::sync::atomic::Ordering::Relaxed),
        2
    );
    // Graph busy past the tries: the Enterprise app could not be read, so the Exchange service
    // principal is unverified, and no cause is named for it.
    let sim = busy(3);
    let j = prereqs(&sim);
    let check = |id: &str| {
        j["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone()
    };
    let app = check("prereq.enterprise_app");
    assert_eq!(app["status"], "skip", "{app}");
    assert!(
        app["summary"]
            .as_str()
            .unwrap()
            .contains("Too many requests"),
        "{app}"
    );
    let sp = check("prereq.exchange_sp");
    assert_eq!(sp["status"], "warn", "{sp}");
    assert!(sp.get("failure_class").is_none(), "{sp}");
    assert!(failing(&j).iter().all(|(_, class)| class.is_empty()), "{j}");
}

/// The habitual "y, Enter" never changes a tenant: `--fix` shows the whole plan and asks once
/// for a typed `apply`; an empty line asks again, anything else stops with nothing changed.
#[test]
fn fix_asks_once_for_a_typed_answer_and_a_stray_key_changes_nothing() {
    use expectrl::{Eof, Expect};
    let sim = SimProcess::start("service-principal-wrong-object-id");
    let sb = Sandbox::new();
    let spawn = || crate::support::in_pty(&sb, &sim, &["prereqs", "--fix"], &[]);
    let registered = || {
        sim.state
            .tenant
            .lock()
            .unwrap()
            .exchange_service_principals
            .iter()
            .filter(|sp| sp.app_id == smtp_oauth::sim::tenant::CLIENT_ID)
            .map(|sp| sp.object_id.clone())
            .collect::<Vec<_>>()
    };
    let mut p = spawn();
    p.expect("3. remove: Remove-ServicePrincipal").unwrap();
    p.expect("Type `apply` to go ahead").unwrap();
    // An empty line is no answer: the same question again.
    p.send_line("").unwrap();
    p.expect("Type `apply` to go ahead").unwrap();
    p.send_line("y").unwrap();
    let out = p
        .expect(Eof)
        .map(|c| String::from_utf8_lossy(c.as_bytes()).into_owned())
        .unwrap_or_default();
    assert!(out.contains("Not confirmed: nothing was changed."), "{out}");
    assert_eq!(registered(), [smtp_oauth::sim::tenant::APP_OBJECT_ID]);

    let mut p = spawn();
    p.expect("Type `apply` to go ahead").unwrap();
    p.send_line("apply").unwrap();
    let out = p
        .expect(Eof)
        .map(|c| String::from_utf8_lossy(c.as_bytes()).into_owned())
        .unwrap_or_default();
    assert!(out.contains("done: Remove-ServicePrincipal"), "{out}");
    assert_eq!(registered(), [smtp_oauth::sim::tenant::SP_OBJECT_ID]);
}

/// RBAC for Applications: `--fix` puts the mailbox in a scope and assigns the role over it, and
/// then AUTH works; with RBAC configured but no assignment at all, the same two steps make one.
#[test]
fn fix_sets_up_rbac_for_applications_scope_and_assignment() {
    use crate::support::Test;
    let t =
        Test::scenario("mailbox-outside-rbac-scope").args(["prereqs", "--fix", "--yes", "--json"]);
    std::sync::Arc::make_mut(&mut t.sim.as_ref().unwrap().state.tenant.lock().unwrap())
        .propagation_delay = std::time::Duration::ZERO;
    let fixed = t.run();
    let headline = fixed.json()["headline"].as_str().unwrap().to_string();
    assert!(headline.contains("done: New-ManagementScope"), "{headline}");
    assert!(
        headline.contains("done: New-ManagementRoleAssignment"),
        "{headline}"
    );
    assert_eq!(
        fixed.check("prereq.mailbox_permission")["status"],
        "pass",
        "{}",
        fixed.stdout
    );
    let t = t.args(["test-connection"]);
    t.run().code(0).stdout_has("Successfully connected");

    let t = Test::scenario("rbac-for-applications")
        .env("SMTP_OAUTH_RBAC_FOR_APPS", "true")
        .args(["prereqs", "--json"]);
    {
        let mut guard = t.sim.as_ref().unwrap().state.tenant.lock().unwrap();
        let tenant = std::sync::Arc::make_mut(&mut guard);
        tenant.role_assignments.clear();
        tenant.propagation_delay = std::time::Duration::ZERO;
    }
    let before = t.run();
    let permission = before.check("prereq.permission");
    assert_eq!(
        permission["failure_class"]["id"], "permission-not-granted",
        "{permission}"
    );
    assert_eq!(before.check("prereq.mailbox_permission")["status"], "skip");
    let t = t.args(["prereqs", "--fix", "--yes", "--json"]);
    let after = t.run();
    assert_eq!(
        after.check("prereq.permission")["status"],
        "pass",
        "{}",
        after.stdout
    );
}

/// Issue 17.1: the credential in use, found by its hint among the app's credentials: a newer
/// secret in Entra is "rotated, not on this client"; the only valid credential close to its end
/// says so; expired credentials still listed are named for clean-up.
#[test]
fn the_credential_in_use_is_found_and_its_siblings_are_judged() {
    use crate::support::Test;
    let rotated = Test::scenario("secret-rotated-not-updated").args(["prereqs", "--json"]);
    let c = rotated.run().check("prereq.credentials");
    assert_eq!(c["status"], "warn", "{c}");
    assert_eq!(c["failure_class"]["id"], "secret-rotated");
    assert_eq!(
        c["evidence"]["key_id"],
        smtp_oauth::sim::tenant::SECRET_ID,
        "the one in use"
    );
    assert_eq!(
        c["evidence"]["newer_key_id"],
        "b7d3f1a9-5c2e-4e80-9a6b-3d1f5c7e9b24"
    );
    assert!(
        c["summary"]
            .as_str()
            .unwrap()
            .starts_with("rotated in Entra but not on this client: secret ISE SMTP 2027"),
        "{c}"
    );

    let single = Test::scenario("single-credential-left").args(["prereqs", "--json"]);
    let c = single.run().check("prereq.credentials");
    assert_eq!(c["status"], "warn", "{c}");
    assert_eq!(c["failure_class"]["id"], "secret-expiring");
    assert_eq!(c["evidence"]["valid_credentials"], 1);
    assert_eq!(
        c["evidence"]["expired_still_listed"],
        serde_json::json!(["secret ISE SMTP 2024"])
    );
    assert!(
        c["summary"]
            .as_str()
            .unwrap()
            .contains("the app's only valid credential"),
        "{c}"
    );

    let healthy = Test::scenario("healthy").args(["prereqs", "--json"]);
    let c = healthy.run().check("prereq.credentials");
    assert_eq!(c["status"], "pass", "{c}");
    assert!(c["evidence"].get("expired_still_listed").is_none());
}
