//! Truth against real Microsoft (issue 13): each misdiagnosis a real tenant would hit, reproduced
//! with the simulated tenant answering in the captured shapes, and the class the tool names.

use crate::support::{Test, check};

fn demo(name: &str) -> (i32, serde_json::Value) {
    let out = Test::new().args(["demo", name, "--json"]).run();
    (out.code, out.json())
}

fn failing_classes(j: &serde_json::Value) -> Vec<String> {
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "fail")
        .filter_map(|c| c["failure_class"]["id"].as_str().map(str::to_string))
        .collect()
}

/// Misdiagnosis 4: a secret in its last 60 days no longer takes over the narrowing of a 535.
#[test]
fn an_expiring_secret_does_not_take_over_the_narrowing_of_a_535() {
    let (code, j) = demo("no-full-access-secret-expiring");
    assert_eq!(code, 1);
    let auth = check(&j, "smtp.auth");
    assert_eq!(auth["failure_class"]["id"], "auth-rejected");
    assert_eq!(auth["evidence"]["points_to"], "mailbox-permission-missing");
    assert_eq!(check(&j, "prereq.credentials")["status"], "warn");
}

/// Misdiagnosis 5: throttling and transient Exchange answers are not "a server broke the protocol".
#[test]
fn throttling_and_transient_replies_are_named_as_such() {
    for (scenario, check_id, class, reply) in [
        (
            "smtp-transient",
            "smtp.auth",
            "smtp-transient",
            "451 4.7.0 Temporary server error",
        ),
        (
            "smtp-throttled",
            "smtp.send",
            "smtp-throttled",
            "432 4.3.2 STOREDRV.ClientSubmit",
        ),
        (
            "send-quota-exceeded",
            "smtp.send",
            "smtp-throttled",
            "554 5.2.0 STOREDRV",
        ),
        (
            "mailbox-logon-failed",
            "smtp.send",
            "mailbox-logon-failed",
            "430 4.2.0 STOREDRV",
        ),
        (
            "message-too-large",
            "smtp.send",
            "message-too-large",
            "552 5.3.4",
        ),
        ("smtp-rejected", "smtp.send", "smtp-rejected", "550 5.1.8"),
    ] {
        let (code, j) = demo(scenario);
        assert_eq!(code, 1, "{scenario}");
        let c = check(&j, check_id);
        assert_eq!(c["failure_class"]["id"], class, "{scenario}: {c}");
        assert!(
            c["evidence"]["reply"].as_str().unwrap().starts_with(reply),
            "{scenario}: Microsoft's reply is the evidence: {c}"
        );
        assert!(
            !failing_classes(&j).contains(&"protocol-error".to_string()),
            "{scenario}"
        );
    }
}

/// Misdiagnosis 7: AADSTS7000229 (no Enterprise app) is not a bad secret; AADSTS900382 (a GCC
/// High tenant on the global host) is not a protocol error; an unknown code shows Microsoft's.
#[test]
fn token_errors_name_the_real_cause_or_say_what_microsoft_said() {
    let (_, j) = demo("enterprise-app-missing");
    let token = check(&j, "token");
    assert_eq!(token["failure_class"]["id"], "app-not-found");
    assert!(
        token["failure_class"]["fix"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f.as_str().unwrap().contains("az ad sp create --id")),
        "{token}"
    );
    assert!(!failing_classes(&j).contains(&"invalid-client-secret".to_string()));

    let (_, j) = demo("other-cloud-tenant");
    let token = check(&j, "token");
    assert_eq!(token["failure_class"]["id"], "invalid-tenant");
    assert_eq!(token["evidence"]["aadsts"], "AADSTS900382");

    let (_, j) = demo("token-request-refused");
    let token = check(&j, "token");
    assert_eq!(token["failure_class"]["id"], "token-request-refused");
    assert_eq!(
        token["evidence"]["lookup"],
        "https://login.microsoftonline.com/error?code=50194"
    );
    assert!(token["evidence"]["trace_id"].is_string());
    assert!(
        token["summary"]
            .as_str()
            .unwrap()
            .starts_with("AADSTS50194: Application")
    );
}

/// AADSTS53003 as it really arrives (`invalid_grant`, `suberror`, `claims`): the Conditional
/// Access policy ids reach the evidence.
#[test]
fn conditional_access_evidence_names_the_policies() {
    let (_, j) = demo("conditional-access-blocked");
    let token = check(&j, "token");
    assert_eq!(token["failure_class"]["id"], "conditional-access-blocked");
    assert_eq!(token["evidence"]["error"], "invalid_grant");
    assert_eq!(token["evidence"]["suberror"], "message_only");
    assert_eq!(
        token["evidence"]["conditional_access_policies"][0],
        "9c2e4a6b-8d0f-4b13-a5c7-e9f1b3d5a7c2"
    );
}

/// Misdiagnosis 9: a wrong client id is one finding (the app does not exist), not three; nothing
/// tells you to run New-ServicePrincipal for an app that does not exist.
#[test]
fn a_wrong_client_id_skips_what_depends_on_the_app() {
    let (_, j) = demo("app-not-found");
    let failing = failing_classes(&j);
    assert!(failing.iter().all(|c| c == "app-not-found"), "{failing:?}");
    for id in ["prereq.exchange_sp", "prereq.mailbox_permission"] {
        let c = check(&j, id);
        assert_eq!(c["status"], "skip", "{c}");
        assert!(
            c["summary"]
                .as_str()
                .unwrap()
                .contains("the app was not found")
        );
    }
    assert!(
        !j.to_string()
            .contains("New-ServicePrincipal -AppId 5e7a9c1b")
    );
}

/// Misdiagnosis 1: New-ServicePrincipal never run, or run with the App-registration object id, is
/// that and only that; Exchange's not-found for the service principal is not a missing mailbox.
#[test]
fn a_missing_or_wrong_service_principal_is_not_also_a_missing_mailbox() {
    for (scenario, class) in [
        ("service-principal-missing", "service-principal-missing"),
        (
            "service-principal-wrong-object-id",
            "service-principal-wrong-object-id",
        ),
    ] {
        let (code, j) = demo(scenario);
        assert_eq!(code, 1);
        let mut failing = failing_classes(&j);
        failing.sort();
        assert_eq!(failing, ["auth-rejected", class], "{scenario}");
        assert_eq!(check(&j, "smtp.auth")["evidence"]["points_to"], class);
        let full = check(&j, "prereq.mailbox_permission");
        assert_eq!(full["status"], "skip", "{full}");
        assert!(
            full["summary"]
                .as_str()
                .unwrap()
                .contains("knows no service principal")
        );
    }
}

/// Misdiagnosis 2: a mailbox whose SMTP address is not its UPN is found by its address.
#[test]
fn a_mailbox_whose_address_is_not_its_upn_is_found() {
    let (code, j) = demo("mailbox-address-not-upn");
    assert_eq!(code, 0, "{j}");
    let m = check(&j, "prereq.mailbox");
    assert_eq!(m["status"], "pass");
    assert_eq!(m["evidence"]["found_by"], "mail");
    assert_eq!(
        m["evidence"]["user_principal_name"],
        "svc-noreply@contoso.onmicrosoft.com"
    );
}

/// Misdiagnosis 3: a shared mailbox, sign-in blocked and unlicensed (Microsoft's no-reply
/// setup), is valid.
#[test]
fn a_shared_unlicensed_sign_in_blocked_mailbox_is_valid() {
    let (code, j) = demo("shared-mailbox");
    assert_eq!(code, 0, "{j}");
    let m = check(&j, "prereq.mailbox");
    assert_eq!(m["status"], "pass");
    assert_eq!(m["evidence"]["recipient_type"], "SharedMailbox");
    assert_eq!(m["evidence"]["account_enabled"], false);
    assert_eq!(check(&j, "smtp.auth")["status"], "pass");
}

/// Misdiagnosis 6: RBAC for Applications (no API permission, no `roles` in the token, no
/// FullAccess) is healthy end to end, with and without admin access.
#[test]
fn rbac_for_applications_is_healthy_end_to_end() {
    let (code, j) = demo("rbac-for-applications");
    assert_eq!(code, 0, "{j}");
    let claims = check(&j, "token.claims");
    assert_eq!(claims["status"], "pass");
    assert_eq!(claims["evidence"]["rbac_for_applications"], true);
    let permission = check(&j, "prereq.permission");
    assert_eq!(permission["status"], "pass");
    assert_eq!(
        permission["evidence"]["rbac_role_assignment"],
        "SMTP senders - SMTP.SendAsApp"
    );
    let scope = check(&j, "prereq.mailbox_permission");
    assert_eq!(scope["status"], "pass");
    assert!(
        scope["summary"]
            .as_str()
            .unwrap()
            .contains("needs no FullAccess")
    );

    // Without admin access the token alone cannot tell; Exchange's 235 can.
    let out = Test::scenario("rbac-for-applications")
        .without(&["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"])
        .args(["diagnose", "--json"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.check("token.claims")["status"], "pass");
    assert_eq!(out.check("smtp.auth")["status"], "pass");
}

/// RBAC for Applications with the mailbox outside the assignment's scope names the scope; the
/// mixed setup (role assignment and API permission) is named and FullAccess is asked for again.
#[test]
fn rbac_scope_and_mixed_setups_are_named() {
    let (code, j) = demo("mailbox-outside-rbac-scope");
    assert_eq!(code, 1);
    let scope = check(&j, "prereq.mailbox_permission");
    assert_eq!(scope["failure_class"]["id"], "mailbox-outside-rbac-scope");
    assert_eq!(scope["evidence"]["scope"], "SMTP senders");
    assert_eq!(
        check(&j, "smtp.auth")["evidence"]["points_to"],
        "mailbox-outside-rbac-scope"
    );
    assert_eq!(check(&j, "token.claims")["status"], "pass");

    let (code, j) = demo("rbac-mixed-permissions");
    assert_eq!(code, 1);
    let permission = check(&j, "prereq.permission");
    assert_eq!(permission["status"], "warn");
    assert_eq!(permission["failure_class"]["id"], "rbac-mixed-permissions");
    assert_eq!(
        check(&j, "prereq.mailbox_permission")["failure_class"]["id"],
        "mailbox-permission-missing"
    );
    assert_eq!(
        check(&j, "smtp.auth")["evidence"]["points_to"],
        "mailbox-permission-missing"
    );
}

/// National clouds: the tenant's discovery document names its cloud, and a wrong `--cloud` is
/// said as such, next to AADSTS900382.
#[test]
fn a_tenant_in_another_cloud_is_named_from_discovery() {
    let (_, j) = demo("other-cloud-tenant");
    let tenant = check(&j, "tenant");
    assert_eq!(tenant["failure_class"]["id"], "invalid-tenant");
    assert_eq!(tenant["evidence"]["tenant_cloud"], "usgov");
    assert!(
        tenant["summary"]
            .as_str()
            .unwrap()
            .contains("set --cloud usgov"),
        "{tenant}"
    );
    let (_, j) = demo("healthy");
    assert_eq!(check(&j, "tenant")["status"], "pass");
    assert_eq!(check(&j, "tenant")["evidence"]["tenant_cloud"], "global");
}

/// The two classes a client that is not this tool meets (Basic auth after its retirement, MAIL
/// without AUTH) are recognised in the client's own log and explained with Microsoft's schedule.
#[test]
fn basic_auth_retirement_and_unauthenticated_mail_are_recognised_in_a_log() {
    let t = Test::new();
    let log = t.sandbox.file(
        "printer.log",
        "2026-12-30 08:00:01 SMTP< 550 5.7.30 Basic authentication is not supported for Client Submission. [AM0PR06CA0126.eurprd06.prod.outlook.com 2026-12-30T08:00:01.000Z 08DE0000AAAA0000]\n\
         2026-12-30 08:05:00 SMTP< 530 5.7.57 Client not authenticated to send mail. [US22278CA0034.US7P278.PROD.OUTLOOK.COM 2026-12-30T08:05:00.000Z 08DE0000BBBB0000]\n",
        0o644,
    );
    let out = t
        .args(["explain", "--log", log.to_str().unwrap(), "--json"])
        .run();
    let text = out.stdout.clone();
    for class in ["basic-auth-retired", "smtp-not-authenticated"] {
        assert!(text.contains(&format!("\"{class}\"")), "{class}: {text}");
    }
    let out = Test::new().args(["explain", "basic-auth-retired"]).run();
    out.code(0)
        .stdout_has("end of December 2026")
        .stdout_has("second half of 2027");
}

/// A fix names the right value (issue 14): for every `demo` scenario, no fix line of a class
/// repeats the setting the check found wrong — the scope that was refused, the host the
/// certificate does not cover, the port that refused, the proxy URL that failed.
#[test]
fn no_fix_line_repeats_the_value_its_check_found_wrong() {
    let list = Test::new().args(["demo", "--list", "--json"]).run().json();
    let wrong_setting = |class: &str| match class {
        "invalid-scope" | "wrong-audience" | "exchange-resource-missing" => Some("scope"),
        "hostname-mismatch" => Some("smtp_host"),
        "connection-refused" => Some("smtp_port"),
        "proxy-auth-required" | "proxy-unreachable" => Some("proxy"),
        _ => None,
    };
    for s in list["scenarios"].as_array().unwrap() {
        let name = s["name"].as_str().unwrap();
        let j = Test::new().args(["demo", name, "--json"]).run().json();
        for c in j["checks"].as_array().unwrap() {
            let Some(class) = c["failure_class"]["id"].as_str() else {
                continue;
            };
            let Some(key) = wrong_setting(class) else {
                continue;
            };
            let value = match &j["settings"][key] {
                serde_json::Value::String(v) => v.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => continue,
            };
            // The user's value where it is right (the cloud's own scope) may be named.
            if key == "scope" && value == "https://outlook.office365.com/.default" {
                continue;
            }
            for fix in c["failure_class"]["fix"].as_array().unwrap() {
                let fix = fix.as_str().unwrap();
                let shown = if key == "smtp_port" {
                    fix.split(|ch: char| !ch.is_ascii_digit())
                        .any(|w| w == value)
                } else {
                    fix.contains(&value)
                };
                assert!(
                    !shown,
                    "{name}: the fix of {class} repeats the wrong {key} {value}: {fix}"
                );
            }
        }
    }
}
