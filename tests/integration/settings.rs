//! Settings: precedence, sources, and validation errors that name the setting and the form.

use crate::support::{Sandbox, Test};

const GUID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

#[test]
fn flag_beats_env_beats_profile_beats_default_and_config_show_says_which() {
    let sb = Sandbox::new();
    sb.write_config(&format!(
        "[default]\ntenant = \"profile.example.com\"\nclient_id = \"{GUID}\"\nmailbox = \"p@example.com\"\nsmtp_port = 2525\n"
    ));
    let out = sb
        .cmd()
        .args(["--tenant", "flag.example.com", "config", "show", "--json"])
        .env("SMTP_OAUTH_TENANT", "env.example.com")
        .env("SMTP_OAUTH_MAILBOX", "e@example.com")
        .run();
    out.code(0);
    let j = out.json();
    assert_eq!(j["settings"]["tenant"], "flag.example.com");
    assert_eq!(j["sources"]["tenant"], "flag --tenant");
    assert_eq!(j["settings"]["mailbox"], "e@example.com");
    assert_eq!(j["sources"]["mailbox"], "env SMTP_OAUTH_MAILBOX");
    assert_eq!(j["settings"]["client_id"], GUID);
    assert_eq!(j["sources"]["client_id"], "profile default");
    assert_eq!(j["settings"]["smtp_port"], 2525);
    assert_eq!(j["settings"]["smtp_host"], "smtp.office365.com");
    assert_eq!(j["sources"]["smtp_host"], "default for cloud global");
    assert_eq!(
        j["settings"]["token_endpoint"],
        "https://login.microsoftonline.com/flag.example.com/oauth2/v2.0/token"
    );
}

#[test]
fn an_empty_environment_variable_counts_as_unset() {
    let t = Test::new()
        .args(["config", "show", "--json"])
        .env("SMTP_OAUTH_TENANT", "");
    t.sandbox
        .write_config("[default]\ntenant = \"profile.example.com\"\n");
    assert_eq!(t.run().json()["settings"]["tenant"], "profile.example.com");
}

#[test]
fn another_profile_is_chosen_by_flag_or_env() {
    let sb = Sandbox::new();
    sb.write_config(
        "[default]\ntenant = \"a.example.com\"\n[printer]\ntenant = \"b.example.com\"\n",
    );
    let j = sb
        .cmd()
        .args(["--profile", "printer", "config", "show", "--json"])
        .run()
        .json();
    assert_eq!(j["settings"]["tenant"], "b.example.com");
    let j = sb
        .cmd()
        .args(["config", "show", "--json"])
        .env("SMTP_OAUTH_PROFILE", "printer")
        .run()
        .json();
    assert_eq!(j["settings"]["tenant"], "b.example.com");
}

#[test]
fn an_unknown_profile_exits_2_and_lists_the_profiles() {
    let sb = Sandbox::new();
    sb.write_config("[default]\n[printer]\n");
    sb.cmd()
        .args(["--profile", "pritner", "config", "show"])
        .run()
        .code(2)
        .stderr_has("printer");
}

/// Flags with a refused value: (flags, the error's first line, its expected form, its problem).
const INVALID_CASES: &[(&[&str], &str, &str, &str)] = &[
    (
        &["--tenant", "not-a-tenant"],
        "invalid tenant (from flag --tenant)",
        "expected: a Directory (tenant) ID",
        "neither a tenant GUID nor a domain",
    ),
    (
        &["--tenant", "common"],
        "invalid tenant",
        "expected:",
        "multi-tenant alias",
    ),
    (
        &["--tenant", "00000000-0000-0000-0000-000000000000"],
        "invalid tenant",
        "expected:",
        "all-zero GUID",
    ),
    (
        &["--client-id", "12345"],
        "invalid client_id (from flag --client-id)",
        "expected: the Application (client) ID",
        "is not a GUID",
    ),
    (
        &["--client-id", "no-reply@contoso.com"],
        "invalid client_id",
        "App registrations",
        "e-mail address",
    ),
    (
        &["--mailbox", "no-reply"],
        "invalid mailbox (from flag --mailbox)",
        "expected: the mailbox's e-mail address",
        "has no @",
    ),
    (
        &["--mailbox", "Alerts <a@contoso.com>"],
        "invalid mailbox",
        "expected:",
        "use only the address: --mailbox a@contoso.com",
    ),
    (
        &["--secret-expires", "2026-02-30"],
        "invalid secret_expires",
        "expected: a date written YYYY-MM-DD",
        "not a valid calendar date",
    ),
    (
        &["--secret-expires", "12/31/2026"],
        "invalid secret_expires",
        "YYYY-MM-DD",
        "write the expiry as YYYY-MM-DD",
    ),
    (
        &["--smtp-port", "70000"],
        "invalid smtp_port (from flag --smtp-port)",
        "expected: a TCP port number",
        "not a port number",
    ),
    (
        &["--smtp-host", "smtp.office365.com:587"],
        "invalid smtp_host",
        "expected: a host name",
        "--smtp-port 587",
    ),
    (
        &["--timeout", "0"],
        "invalid timeout (from flag --timeout)",
        "expected: a number of seconds",
        "not a timeout",
    ),
    (
        &["--cloud", "mars"],
        "invalid cloud (from flag --cloud)",
        "expected: one of global, usgov, usgov-dod, china",
        "not a cloud",
    ),
    (
        &["--authority", "http://login.microsoftonline.com"],
        "invalid authority",
        "expected: an https:// URL",
        "not loopback",
    ),
    (
        &["--token-endpoint", "ftp://x.example.com/t"],
        "invalid token_endpoint",
        "https://",
        "scheme ftp",
    ),
    (
        &["--proxy", "socks5://proxy:1080"],
        "invalid proxy (from flag --proxy)",
        "expected: an http:// or https:// proxy URL",
        "not supported",
    ),
    (
        &["--admin", "root"],
        "invalid admin",
        "expected: one of none, device-code, app, token",
        "not one of",
    ),
    (
        &["--target", "outlook"],
        "invalid target",
        "expected: one of generic, ise",
        "not one of",
    ),
];

/// Every validation error exits 2, names the setting, where it came from, and the expected form.
#[test]
fn every_invalid_value_exits_2_naming_setting_source_and_form() {
    let cases = INVALID_CASES;
    let sb = Sandbox::new();
    for (args, names, form, problem) in cases {
        let out = sb.cmd().args(*args).args(["config", "show"]).run();
        out.code(2);
        assert!(out.stderr.contains(names), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(form), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(problem), "{args:?}: {}", out.stderr);
        assert!(
            out.stdout.is_empty(),
            "{args:?}: nothing on stdout in human mode"
        );
    }
}

#[test]
fn errors_name_the_environment_variable_and_the_profile_as_source() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "show"])
        .env("SMTP_OAUTH_SMTP_PORT", "smtp")
        .run()
        .code(2)
        .stderr_has("invalid smtp_port (from env SMTP_OAUTH_SMTP_PORT)");
    sb.write_config("[default]\ncloud = \"azure\"\n");
    sb.cmd()
        .args(["config", "show"])
        .run()
        .code(2)
        .stderr_has("invalid cloud (from profile default)");
}

#[test]
fn a_pasted_token_url_is_recognised_and_the_guid_suggested() {
    let sb = Sandbox::new();
    let url = format!("https://login.microsoftonline.com/{GUID}/oauth2/v2.0/token");
    sb.cmd()
        .args(["--tenant", &url, "config", "show"])
        .run()
        .code(2)
        .stderr_has(&format!("use --tenant {GUID}"));
}

#[test]
fn all_invalid_values_are_reported_in_one_run() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["--tenant", "x", "--client-id", "y", "config", "show"])
        .run();
    out.code(2)
        .stderr_has("invalid tenant")
        .stderr_has("invalid client_id");
}

#[test]
fn under_json_a_configuration_error_is_still_one_json_document() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["--json", "--tenant", "not-a-tenant", "config", "show"])
        .run();
    out.code(2);
    let j = out.json();
    assert_eq!(j["schema_version"], 1);
    assert_eq!(j["error"]["setting"], "tenant");
    assert_eq!(j["error"]["exit_code"], 2);
}

#[test]
fn http_endpoints_are_accepted_on_loopback_only() {
    let sb = Sandbox::new();
    sb.cmd()
        .args([
            "--token-endpoint",
            "http://127.0.0.1:9/tok",
            "config",
            "show",
        ])
        .run()
        .code(0);
    sb.cmd()
        .args(["--graph-url", "http://[::1]:9", "config", "show"])
        .run()
        .code(0);
    sb.cmd()
        .args([
            "--graph-url",
            "http://graph.microsoft.com",
            "config",
            "show",
        ])
        .run()
        .code(2);
}

#[test]
fn a_malformed_config_file_exits_2_with_the_line() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntenant = \n");
    sb.cmd()
        .args(["config", "show"])
        .run()
        .code(2)
        .stderr_has("is not valid TOML")
        .stderr_has("line 2");
}

#[test]
fn unknown_profile_keys_are_warned_about_not_fatal() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntennant = \"contoso.com\"\n");
    sb.cmd()
        .args(["config", "show"])
        .run()
        .code(0)
        .stdout_has("unknown key `tennant`");
}

#[test]
fn national_cloud_changes_every_default() {
    let sb = Sandbox::new();
    let j = sb
        .cmd()
        .args([
            "--cloud",
            "china",
            "--tenant",
            "contoso.partner.onmschina.cn",
            "config",
            "show",
            "--json",
        ])
        .run()
        .json();
    assert_eq!(j["settings"]["smtp_host"], "smtp.partner.outlook.cn");
    assert_eq!(
        j["settings"]["scope"],
        "https://partner.outlook.cn/.default"
    );
    assert_eq!(j["settings"]["authority"], "https://login.chinacloudapi.cn");
}

/// DoD tenants: scope and admin API on `outlook-dod.office365.us`, as CISA's ScubaGear uses them
/// on all four tenant kinds (the earlier `outlook.office365.us` scope and `webmail.apps.mil`
/// admin host would have sent DoD users after AADSTS500011 and skipped admin checks).
#[test]
fn the_dod_cloud_uses_the_outlook_dod_hosts() {
    let j = Sandbox::new()
        .cmd()
        .args(["--cloud", "usgov-dod", "config", "show", "--json"])
        .run()
        .json();
    let s = &j["settings"];
    assert_eq!(s["scope"], "https://outlook-dod.office365.us/.default");
    assert_eq!(s["exchange_url"], "https://outlook-dod.office365.us");
    assert_eq!(s["smtp_host"], "outlook-dod.office365.us");
    assert_eq!(s["authority"], "https://login.microsoftonline.us");
    assert_eq!(s["graph_url"], "https://dod-graph.microsoft.us");
}

/// Issue 14's settings points: a config file named on purpose must exist; a negative number gets
/// the tool's own message; a value set with `config set` says so as its source; missing settings
/// name the profiles the file has.
#[test]
fn settings_say_what_is_wrong_and_where_the_values_are() {
    let t = Test::new().args(["--config", "missing.toml", "config", "show"]);
    t.run()
        .code(2)
        .stderr_has("the config file missing.toml (from flag --config) does not exist");

    let t = Test::new().args(["config", "set", "timeout", "-1"]);
    let out = t.run();
    out.code(2).stderr_has("invalid timeout");
    assert!(!out.stderr.contains("'-- -1'"), "{}", out.stderr);

    let t = Test::new().args(["config", "set", "smtp-port", "twenty"]);
    t.run().code(2).stderr_has("(from config set)");

    let t = Test::new().args(["diagnose"]);
    t.sandbox.write_config(
        "[ise]\ntenant = \"contoso.onmicrosoft.com\"\n[printer]\nmailbox = \"p@contoso.com\"\n",
    );
    t.run()
        .code(2)
        .stderr_has("missing settings")
        .stderr_has("also has ise, printer: pick one with --profile NAME");
}

/// Issue 14: values that are valid but very likely mistakes (a scope that is not `.default`,
/// port 465, a date that has passed, a CA file that is not there) are named the same way
/// whether they come from `config set`, a flag or the profile.
#[test]
fn likely_mistakes_are_named_by_config_set_and_for_flags_alike() {
    let sb = Sandbox::new();
    for (key, value, said) in [
        (
            "scope",
            "https://outlook.office365.com/SMTP.SendAsApp",
            "https://outlook.office365.com/.default",
        ),
        ("smtp-port", "465", "use 587 (STARTTLS)"),
        ("secret-expires", "2020-01-01", "has passed"),
        (
            "ca-file",
            "/nonexistent/smtp-oauth-ca.pem",
            "no file at /nonexistent/smtp-oauth-ca.pem",
        ),
    ] {
        let out = sb.cmd().args(["config", "set", key, value]).run();
        out.code(0).stdout_has("warning:").stdout_has(said);
        let flag = format!("--{key}");
        Sandbox::new()
            .cmd()
            .args(["config", "show", flag.as_str(), value])
            .run()
            .stdout_has(&format!("(from flag {flag})"))
            .stdout_has(said);
    }
}
