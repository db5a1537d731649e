//! `setup` driven through a pseudo-terminal (expectrl), as an admin at a terminal would use it, and
//! without a terminal.

use std::time::Duration;

use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect};

use crate::support::{Sandbox, SimProcess};

/// The wizard in a pty: the simulation's endpoints and trust come from the environment (like a
/// proxy or CA setting would); the values the wizard asks for do not.
fn wizard(sb: &Sandbox, sim: &SimProcess, extra: &[&str]) -> Session {
    let mut args = vec!["setup"];
    args.extend(extra);
    crate::support::in_pty(
        sb,
        sim,
        &args,
        &[
            "SMTP_OAUTH_TENANT",
            "SMTP_OAUTH_CLIENT_ID",
            "SMTP_OAUTH_CLIENT_SECRET",
            "SMTP_OAUTH_MAILBOX",
            "SMTP_OAUTH_SECRET_EXPIRES",
        ],
    )
}

/// Types a line into a password prompt once the prompt has turned echo off: typed earlier, the
/// line would be echoed and then flushed away when the prompt switches the terminal mode.
fn send_secret(p: &mut Session, line: &str) {
    use expectrl::process::Termios as _;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while p.get_process().is_echo().unwrap_or(false) {
        assert!(
            std::time::Instant::now() < deadline,
            "the password prompt never turned echo off"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // Echo off is the first half of the prompt's mode change; give it a moment to finish (a
    // fresh-clone CI run under load once lost the line here).
    std::thread::sleep(Duration::from_millis(100));
    p.send_line(line).unwrap();
}

/// Everything the session printed until now (and until it ends, with `Eof`).
fn rest(session: &mut Session) -> String {
    session
        .expect(expectrl::Eof)
        .map(|c| String::from_utf8_lossy(c.as_bytes()).into_owned())
        .unwrap_or_default()
}

#[test]
fn a_full_run_tests_saves_and_prints_the_values_and_never_echoes_the_secret() {
    let sim = SimProcess::start("healthy");
    let secret = sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap().to_string();
    let sb = Sandbox::new();
    let mut p = wizard(&sb, &sim, &[]);
    let mut seen = String::new();
    let mut step = |p: &mut Session, prompt: &str, answer: Option<&str>| {
        let c = p
            .expect(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        seen.push_str(&String::from_utf8_lossy(c.before()));
        if let Some(answer) = answer {
            p.send_line(answer).unwrap();
        }
    };
    step(&mut p, "Which client will send the mail?", Some(""));
    step(&mut p, "Which Microsoft cloud?", Some(""));
    step(
        &mut p,
        "Tenant ID or domain",
        Some(
            "https://login.microsoftonline.com/4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14/oauth2/v2.0/token",
        ),
    );
    step(
        &mut p,
        "use --tenant 4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14",
        Some(smtp_oauth::sim::tenant::TENANT_ID),
    );
    step(
        &mut p,
        "Application (client) ID",
        Some("no-reply@contoso.onmicrosoft.com"),
    );
    step(
        &mut p,
        "is an e-mail address",
        Some(smtp_oauth::sim::tenant::CLIENT_ID),
    );
    step(&mut p, "How does the app authenticate?", Some(""));
    step(&mut p, "Client secret value", None);
    send_secret(&mut p, smtp_oauth::sim::tenant::SECRET_ID);
    step(&mut p, "the Secret ID, not the Value", None);
    step(&mut p, "Client secret value", None);
    send_secret(&mut p, &secret);
    step(&mut p, "Secret expiry date", Some("2027-03-31"));
    step(
        &mut p,
        "Mailbox address",
        Some(smtp_oauth::sim::tenant::MAILBOX),
    );
    step(&mut p, "SMTP server", Some(""));
    step(&mut p, "SMTP port", Some(""));
    step(&mut p, "Connection timeout", Some(""));
    step(&mut p, "Where should the secret be kept?", Some(""));
    // A stray Enter is no answer (the question comes again); a typed "y" and Enter is.
    step(&mut p, "Save profile default", Some(""));
    step(&mut p, "Save profile default", Some("y"));
    seen.push_str(&rest(&mut p));
    assert!(
        seen.contains("Successfully connected to 127.0.0.1."),
        "{seen}"
    );
    assert_eq!(
        seen.matches("SMTP AUTH XOAUTH2: 235").count(),
        1,
        "one report per test: {seen}"
    );
    assert!(
        seen.contains("The Exchange side is in place"),
        "the test authenticated: the prerequisites are confirmed: {seen}"
    );
    assert!(!seen.contains(&secret), "the secret was echoed");
    let config = sb.read_config();
    assert!(
        config.contains(&format!(
            "tenant = \"{}\"",
            smtp_oauth::sim::tenant::TENANT_ID
        )),
        "{config}"
    );
    assert!(
        config.contains("secret_expires = \"2027-03-31\"") && !config.contains(&secret),
        "{config}"
    );
    let secret_file = sb.config_path().parent().unwrap().join("default.secret");
    assert_eq!(
        std::fs::read_to_string(&secret_file).unwrap().trim(),
        secret
    );
    for (path, bytes) in sb.all_files() {
        if path != secret_file {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(&secret),
                "{} holds the secret",
                path.display()
            );
        }
    }
}

#[test]
fn ctrl_c_halfway_leaves_the_config_file_byte_for_byte_unchanged() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let before = "# my settings\n[default]\ntenant = \"contoso.onmicrosoft.com\"\n[other]\nmailbox = \"x@contoso.com\"\n";
    sb.write_config(before);
    let mut p = wizard(&sb, &sim, &[]);
    p.expect("Which client will send the mail?").unwrap();
    p.send_line("").unwrap();
    p.expect("Which Microsoft cloud?").unwrap();
    p.send_line("").unwrap();
    p.expect("Tenant ID or domain").unwrap();
    p.send_line("").unwrap();
    p.expect("Application (client) ID").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    let _ = rest(&mut p);
    assert_eq!(sb.read_config(), before);
    let leftovers: Vec<_> = std::fs::read_dir(sb.config_path().parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "nothing else written: {leftovers:?}");
    // The answers so far are kept elsewhere (the state directory), and the next setup of the
    // profile offers them as the suggested answers.
    let draft = sb
        .dir
        .path()
        .join(".local/state/smtp-oauth/setup-default.toml");
    let kept = std::fs::read_to_string(&draft).unwrap();
    assert!(
        kept.contains("tenant = \"contoso.onmicrosoft.com\""),
        "{kept}"
    );
    let mut p = wizard(&sb, &sim, &[]);
    p.expect("A setup of this profile stopped on").unwrap();
    p.expect("Go on with them").unwrap();
    p.send_line("yes").unwrap();
    p.expect("Which client will send the mail?").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    let _ = rest(&mut p);
    assert_eq!(sb.read_config(), before);
}

/// A menu is answered with a typed number or name: pasted text is refused, never a selection
/// (dialoguer's menu moved on the `k` of a pasted URL).
#[test]
fn pasted_text_in_a_menu_moves_nothing() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let mut p = wizard(&sb, &sim, &[]);
    p.expect("Which client will send the mail?").unwrap();
    p.send_line("").unwrap();
    p.expect("Which Microsoft cloud? (1-4)").unwrap();
    p.send_line("https://login.microsoftonline.com/kontoso")
        .unwrap();
    p.expect("is none of the choices").unwrap();
    p.send_line("china").unwrap();
    p.expect("Tenant ID or domain").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    let _ = rest(&mut p);
    let kept = std::fs::read_to_string(
        sb.dir
            .path()
            .join(".local/state/smtp-oauth/setup-default.toml"),
    )
    .unwrap();
    assert!(kept.contains("cloud = \"china\""), "{kept}");
}

/// Answers every question of a generic setup with the simulation's values, up to the test.
fn answer_everything(p: &mut Session, secret: &str) {
    for (prompt, answer) in [
        ("Which client will send the mail?", ""),
        ("Which Microsoft cloud?", ""),
        ("Tenant ID or domain", smtp_oauth::sim::tenant::TENANT_ID),
        (
            "Application (client) ID",
            smtp_oauth::sim::tenant::CLIENT_ID,
        ),
        ("How does the app authenticate?", ""),
    ] {
        p.expect(prompt).unwrap();
        p.send_line(answer).unwrap();
    }
    p.expect("Client secret value").unwrap();
    send_secret(p, secret);
    for (prompt, answer) in [
        ("Secret expiry date", ""),
        ("Mailbox address", smtp_oauth::sim::tenant::MAILBOX),
        ("SMTP server", ""),
        ("SMTP port", ""),
        ("Connection timeout", ""),
        ("Where should the secret be kept?", ""),
    ] {
        p.expect(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        p.send_line(answer).unwrap();
    }
}

/// A failed test and "save anyway? no": a plain sentence, what failed, exit 1, nothing saved.
#[test]
fn declining_to_save_after_a_failed_test_exits_1_with_nothing_saved() {
    let sim = SimProcess::start("other-cloud-tenant");
    let secret = sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap().to_string();
    let sb = Sandbox::new();
    let mut p = wizard(&sb, &sim, &[]);
    answer_everything(&mut p, &secret);
    p.expect("Change the Microsoft cloud?").unwrap();
    p.send_line("no").unwrap();
    p.expect("Save the values anyway?").unwrap();
    p.send_line("no").unwrap();
    let out = rest(&mut p);
    assert!(
        out.contains("Not saved: the test connection failed"),
        "{out}"
    );
    assert!(
        !out.contains("[✓] Tenant"),
        "only what failed is repeated: {out}"
    );
    let status = p.get_process().wait().unwrap();
    assert!(
        matches!(status, expectrl::process::unix::WaitStatus::Exited(_, 1)),
        "{status:?}"
    );
    assert!(!sb.config_path().exists());
}

/// A tenant in another cloud: the wizard says which one discovery names and asks for the cloud
/// again (not the tenant), with that cloud suggested.
#[test]
fn a_tenant_of_another_cloud_asks_for_the_cloud_again() {
    let sim = SimProcess::start("other-cloud-tenant");
    let secret = sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap().to_string();
    let sb = Sandbox::new();
    let mut p = wizard(&sb, &sim, &[]);
    answer_everything(&mut p, &secret);
    p.expect("The tenant is in the usgov cloud (OpenID discovery says so), not global.")
        .unwrap();
    p.expect("Change the Microsoft cloud?").unwrap();
    p.send_line("yes").unwrap();
    p.expect("Which Microsoft cloud? (1-4) [2]").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    let _ = rest(&mut p);
    // What was kept for the next setup holds every answer but the secret.
    let kept = std::fs::read_to_string(
        sb.dir
            .path()
            .join(".local/state/smtp-oauth/setup-default.toml"),
    )
    .unwrap();
    assert!(kept.contains(smtp_oauth::sim::tenant::MAILBOX), "{kept}");
    assert!(!kept.contains(&secret), "the secret was kept: {kept}");
}

#[test]
fn without_a_terminal_every_value_comes_from_flags_and_env_or_exit_2() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["setup"])
        .sim_env(&sim, &["SMTP_OAUTH_MAILBOX", "SMTP_OAUTH_CLIENT_ID"])
        .run();
    out.code(2)
        .stderr_has("missing")
        .stderr_has("client id: --client-id")
        .stderr_has("mailbox: --mailbox");
    assert!(!sb.config_path().exists(), "nothing written");
    let out = sb
        .cmd()
        .args(["setup", "--ise-release", "3.4 P4", "--store", "file"])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("Cisco ISE 3.4 P4: Administration › System › Settings › SMTP Server")
        .stdout_has("Authentication             MS Exchange Online OAuth")
        .stdout_has("Trust for authentication within ISE")
        .stdout_has("60 seconds")
        .stdout_has("https://outlook.office.com/.default");
    assert!(sb.read_config().contains("target = \"ise\""));
    // Setup writes each value in the one form `config set` writes: the same timeout twice gives
    // the same line, not a string once and a number once.
    let written_by_setup = sb
        .read_config()
        .lines()
        .find(|l| l.starts_with("timeout"))
        .map(str::to_string);
    sb.cmd()
        .args(["--profile", "default", "config", "set", "timeout", "60"])
        .run()
        .code(0);
    let written_by_config_set = sb
        .read_config()
        .lines()
        .find(|l| l.starts_with("timeout"))
        .map(str::to_string);
    assert!(written_by_setup.is_some(), "{}", sb.read_config());
    assert_eq!(written_by_setup, written_by_config_set);
    // A domain is resolved to the tenant GUID, which is what is saved. Without admin access, a
    // test that authenticated still proves the Exchange side: no New-ServicePrincipal /
    // Add-MailboxPermission steps are suggested after it (issue 14).
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["setup", "--tenant", "contoso.onmicrosoft.com"])
        .sim_env(
            &sim,
            &[
                "SMTP_OAUTH_TENANT",
                "SMTP_OAUTH_GRAPH_TOKEN",
                "SMTP_OAUTH_EXCHANGE_TOKEN",
            ],
        )
        .run();
    out.code(0).stdout_has("The Exchange side is in place");
    assert!(
        !out.stdout.contains("New-ServicePrincipal"),
        "{}",
        out.stdout
    );
    assert!(
        sb.read_config().contains(&format!(
            "tenant = \"{}\"",
            smtp_oauth::sim::tenant::TENANT_ID
        )),
        "{}",
        sb.read_config()
    );
}

/// Without a terminal, a failing test saves nothing: a working profile and its secret file are
/// never replaced by values that fail (issue 14); `--save-anyway` says it on purpose.
#[test]
fn setup_without_a_terminal_saves_only_what_passed_its_test() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    sb.cmd()
        .args(["setup", "--store", "file"])
        .sim_env(&sim, &[])
        .run()
        .code(0);
    let config_before = sb.read_config();
    let store = sb.config_path().parent().unwrap().join("default.secret");
    let secret_before = std::fs::read_to_string(&store).unwrap();
    let wrong = "Wr08Q~thisIsNotTheSecretOfThisApp.0123456";
    let out = sb
        .cmd()
        .args(["setup", "--store", "file"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .env("SMTP_OAUTH_CLIENT_SECRET", wrong)
        .run();
    out.code(1)
        .stdout_has("Not saved: the test connection failed");
    assert_eq!(sb.read_config(), config_before, "the profile is untouched");
    assert_eq!(
        std::fs::read_to_string(&store).unwrap(),
        secret_before,
        "the working secret is kept"
    );
    let out = sb
        .cmd()
        .args(["setup", "--store", "file", "--save-anyway"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .env("SMTP_OAUTH_CLIENT_SECRET", wrong)
        .run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert_eq!(std::fs::read_to_string(&store).unwrap().trim(), wrong);
}

/// ISE as its guide has it: a release without OAuth SMTP stops, and ISE takes a secret only.
#[test]
fn setup_for_ise_refuses_an_unsupported_release_and_a_certificate() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    sb.cmd()
        .args(["setup", "--ise-release", "3.2 P2", "--store", "file"])
        .sim_env(&sim, &[])
        .run()
        .code(2)
        .stderr_has("client-platform-unsupported");
    assert!(!sb.config_path().exists(), "nothing written");
    let cert = sim.dir.join("client-cert.pem");
    sb.cmd()
        .args([
            "setup",
            "--ise-release",
            "3.3 P8",
            "--client-cert",
            cert.to_str().unwrap(),
        ])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .run()
        .code(2)
        .stderr_has("client secret only");
}

/// A missing service principal: the values are right, so the wizard suggests saving them and
/// says the fix is on the Exchange side (never "change the mailbox?" with yes suggested).
#[test]
fn an_exchange_side_failure_suggests_saving_and_the_exchange_steps() {
    let sim = SimProcess::start("service-principal-missing");
    let secret = sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap().to_string();
    let sb = Sandbox::new();
    let mut p = wizard(&sb, &sim, &[]);
    answer_everything(&mut p, &secret);
    // After a 535 the mailbox is the value a 535 points to, but the suggestion is no change.
    p.expect("Change the mailbox?").unwrap();
    p.expect("suggested: no").unwrap();
    p.send_line("no").unwrap();
    let c = p.expect("Save the values?").unwrap();
    let before = String::from_utf8_lossy(c.before()).into_owned();
    assert!(
        before.contains("what is missing is on the Exchange side"),
        "{before}"
    );
    p.expect("suggested: yes").unwrap();
    p.send_line("yes").unwrap();
    p.expect("Save profile default").unwrap();
    p.send_line("yes").unwrap();
    let out = rest(&mut p);
    assert!(
        out.contains("New-ServicePrincipal"),
        "the Exchange steps follow: {out}"
    );
    assert!(sb.config_path().exists());
}

/// Issue 19: the wizard asks in the user's language, its portal paths in the portal's own
/// labels, a typed name of a translated menu item still picks it, and a refused answer is
/// said in the language too.
#[test]
fn the_wizard_asks_in_the_users_language() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let mut p = wizard(&sb, &sim, &["--lang", "ja"]);
    p.expect("メールを送るクライアントはどれですか?").unwrap();
    p.send_line("一般").unwrap();
    p.expect("どの Microsoft クラウドですか?").unwrap();
    p.send_line("1").unwrap();
    p.expect("Microsoft Entra 管理センター › 概要 › テナント ID")
        .unwrap();
    p.expect("テナント ID またはドメイン").unwrap();
    // A refused answer is said in Japanese too, with the hint of what to type.
    p.send_line("user@contoso.com").unwrap();
    p.expect("`user@contoso.com` はメール アドレスで、テナントではありません")
        .unwrap();
    p.expect("テナントはそのドメインかもしれません: --tenant contoso.com")
        .unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    let after = rest(&mut p);
    assert!(!after.contains("Tenant ID or domain"), "{after}");
}

/// Issue 19: setup's closing summary (Cisco ISE's fields and their notes) reads in the user's
/// language, ISE's own field names stay as its page shows them, and the JSON message stays the
/// English one.
#[test]
fn the_summary_is_said_in_the_users_language_and_the_json_stays_english() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let args = [
        "setup",
        "--ise-release",
        "3.4 P4",
        "--store",
        "file",
        "--lang",
        "fr",
    ];
    let out = sb.cmd().args(args).sim_env(&sim, &[]).run();
    out.code(0)
        .stdout_has("Connection Timeout         60 secondes")
        .stdout_has("(rempli par ISE)")
        .stdout_has("ISE n'enregistre ces valeurs qu'après un Test Connection réussi");
    assert!(!out.stdout.contains("filled in by ISE"), "{}", out.stdout);
    let json = sb
        .cmd()
        .args(args)
        .args(["--json"])
        .sim_env(&sim, &[])
        .run()
        .json();
    let message = json["message"].as_str().unwrap_or_default();
    assert!(message.contains("60 seconds"), "{json}");
    assert!(message.contains("(filled in by ISE)"), "{json}");
}
