//! The failure catalog through `explain`: every SPEC id, lookups by code, values filled in.

use crate::support::Sandbox;

/// The failure-class ids of SPEC.md: a public contract.
pub const SPEC_IDS: &[&str] = &[
    "network-timeout",
    "connection-refused",
    "dns-failure",
    "proxy-auth-required",
    "proxy-unreachable",
    "invalid-tenant",
    "app-not-found",
    "invalid-client-secret",
    "secret-id-not-value",
    "secret-expired",
    "secret-expiring",
    "invalid-scope",
    "exchange-resource-missing",
    "app-disabled",
    "conditional-access-blocked",
    "invalid-client-assertion",
    "clock-skew",
    "token-service-error",
    "wrong-audience",
    "permission-not-granted",
    "auth-rejected",
    "service-principal-missing",
    "service-principal-wrong-object-id",
    "mailbox-permission-missing",
    "mailbox-not-found",
    "smtp-auth-disabled",
    "security-defaults",
    "propagation-pending",
    "send-as-denied",
    "starttls-stripped",
    "starttls-unavailable",
    "xoauth2-unavailable",
    "tls-version-rejected",
    "untrusted-certificate",
    "tls-intercepted",
    "hostname-mismatch",
    "certificate-expired",
    "tls-handshake-failed",
    "protocol-error",
    "client-platform-unsupported",
];

#[test]
fn explain_lists_every_spec_id() {
    let sb = Sandbox::new();
    let j = sb.cmd().args(["explain", "--json"]).run().json();
    let ids: Vec<&str> = j["failure_classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for id in SPEC_IDS {
        assert!(ids.contains(id), "explain lacks {id}");
    }
    let human = sb.cmd().args(["explain"]).run();
    for id in SPEC_IDS {
        human.stdout_has(id);
    }
}

/// When the product contract is checked out beside the repository, its table must match too.
#[test]
fn the_catalog_matches_the_failure_table_of_spec_md_when_present() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/SPEC.md");
    let Ok(text) = std::fs::read_to_string(spec) else {
        return;
    };
    let section = text.split("## Failure classes").nth(1).unwrap_or_default();
    let section = section.split("\n## ").next().unwrap_or_default();
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        for id in line
            .split('|')
            .nth(1)
            .unwrap()
            .split('/')
            .map(|s| s.trim().trim_matches('`'))
        {
            assert!(
                SPEC_IDS.contains(&id),
                "SPEC.md has {id}, which this test does not know"
            );
            assert!(
                smtp_oauth::failures::by_id(id).is_some(),
                "catalog lacks {id}"
            );
        }
    }
}

#[test]
fn explain_an_id_fills_in_the_users_values() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "explain",
            "auth-rejected",
            "--client-id",
            "00001111-aaaa-2222-bbbb-3333cccc4444",
            "--mailbox",
            "no-reply@contoso.com",
        ])
        .run();
    out.code(0)
        .stdout_has("New-ServicePrincipal -AppId 00001111-aaaa-2222-bbbb-3333cccc4444 -ObjectId <enterprise-app-object-id>")
        .stdout_has("Add-MailboxPermission -Identity no-reply@contoso.com")
        .stdout_has("Likely causes, most likely first:");
}

#[test]
fn explain_by_aadsts_code_and_smtp_status() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["explain", "AADSTS7000215"])
        .run()
        .code(0)
        .stdout_has("invalid-client-secret");
    sb.cmd()
        .args(["explain", "7000222"])
        .run()
        .code(0)
        .stdout_has("secret-expired");
    let j = sb.cmd().args(["explain", "5.7.139", "--json"]).run().json();
    let ids: Vec<_> = j["failure_classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"smtp-auth-disabled") && ids.contains(&"security-defaults"),
        "{ids:?}"
    );
}

#[test]
fn an_unknown_id_exits_2_with_a_suggestion() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["explain", "auth-rejectd"])
        .run()
        .code(2)
        .stderr_has("did you mean auth-rejected");
}

#[test]
fn explain_still_works_when_the_settings_are_broken() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["explain", "invalid-tenant"])
        .env("SMTP_OAUTH_TENANT", "bad tenant")
        .run()
        .code(0)
        .stderr_has("warning: your settings are not filled into the fixes");
}

/// `explain` takes what people paste: a whole reply line, an enhanced or bare code, an AADSTS
/// line, a Java client's exception.
#[test]
fn explain_takes_what_people_paste() {
    for (pasted, class) in [
        (
            "535 5.7.3 Authentication unsuccessful [AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]",
            "auth-rejected",
        ),
        ("5.7.57", "smtp-not-authenticated"),
        ("530", "smtp-not-authenticated"),
        (
            "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value",
            "invalid-client-secret",
        ),
        (
            "java.net.ConnectException: Connection timed out (Connection timed out)",
            "network-timeout",
        ),
    ] {
        let j = crate::support::Test::new()
            .args(["explain", pasted, "--json"])
            .run()
            .json();
        let ids: Vec<&str> = j["failure_classes"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["id"].as_str())
            .collect();
        assert!(ids.contains(&class), "{pasted}: {ids:?}");
    }
}
