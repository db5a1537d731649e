//! Secret hygiene: every command, run with a recognisable secret in every place a secret can come
//! from, must never show it on stdout or stderr, nor write it to any file but its intended store.
//! New commands join COMMANDS as they land.

use crate::support::{SECRET, Sandbox};

const COMMANDS: &[&[&str]] = &[
    &["config", "show"],
    &["config", "path"],
    &["config", "list"],
    &["config", "set", "mailbox", "no-reply@contoso.com"],
    &["config", "unset", "mailbox"],
    &["explain"],
    &["explain", "invalid-client-secret"],
    &["completions", "bash"],
    &["man"],
    &["demo", "--list"],
    &["diagnose", "--list-checks"],
    &["explain", "--log", "client.log"],
];

fn assert_clean(what: &str, text: &str) {
    assert!(
        !text.contains(SECRET),
        "the secret leaked into {what}:\n{text}"
    );
    // Also no fragment long enough to matter (a truncated echo).
    assert!(
        !text.contains(&SECRET[..16]),
        "part of the secret leaked into {what}:\n{text}"
    );
}

#[test]
fn no_command_shows_or_writes_the_secret_from_any_source() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntenant = \"contoso.onmicrosoft.com\"\n");
    let secret_file = sb.file("secret.txt", &format!("{SECRET}\n"), 0o600);
    sb.file(
        "client.log",
        "javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful\n",
        0o644,
    );
    let secret_path = secret_file.to_str().unwrap().to_string();
    for command in COMMANDS {
        for format in [&["--format", "human"][..], &["--json"], &["-v"]] {
            let runs = [
                sb.cmd()
                    .args(*command)
                    .args(format)
                    .env("SMTP_OAUTH_CLIENT_SECRET", SECRET)
                    .env("SMTP_OAUTH_ADMIN_CLIENT_SECRET", SECRET)
                    .env("SMTP_OAUTH_GRAPH_TOKEN", SECRET)
                    .env("SMTP_OAUTH_EXCHANGE_TOKEN", SECRET)
                    .env("SMTP_OAUTH_CLIENT_CERT_PASSWORD", SECRET)
                    .env(
                        "HTTPS_PROXY",
                        &format!("http://user:{SECRET}@proxy.example.com:3128"),
                    )
                    .run(),
                sb.cmd()
                    .args(*command)
                    .args(format)
                    .args(["--client-secret-file", &secret_path])
                    .run(),
                sb.cmd()
                    .args(*command)
                    .args(format)
                    .args(["--client-secret-stdin"])
                    .stdin(SECRET)
                    .run(),
            ];
            for out in runs {
                assert_clean(&format!("stdout of {command:?} {format:?}"), &out.stdout);
                assert_clean(&format!("stderr of {command:?} {format:?}"), &out.stderr);
            }
        }
    }
    for (path, bytes) in sb.all_files() {
        if path == secret_file {
            continue;
        }
        assert_clean(
            &format!("file {}", path.display()),
            &String::from_utf8_lossy(&bytes),
        );
    }
}

#[test]
fn a_secret_passed_on_the_command_line_is_refused_without_echo() {
    let sb = Sandbox::new();
    for args in [
        vec!["config", "show", "--client-secret", SECRET],
        vec!["config", "show", &format!("--client-secret={SECRET}")],
        vec!["--admin-client-secret", SECRET, "config", "show"],
    ] {
        let out = sb.cmd().args(&args).run();
        out.code(2)
            .stderr_has("never accepted as a command-line value");
        assert_clean("stderr", &out.stderr);
        assert_clean("stdout", &out.stdout);
    }
}

#[test]
fn a_secret_pasted_into_another_setting_is_not_echoed() {
    let sb = Sandbox::new();
    for flag in [
        "--tenant",
        "--client-id",
        "--mailbox",
        "--smtp-host",
        "--cloud",
    ] {
        let out = sb
            .cmd()
            .args([flag, SECRET, "config", "show", "--json"])
            .run();
        out.code(2);
        assert_clean(&format!("stderr for {flag}"), &out.stderr);
        assert_clean(&format!("stdout for {flag}"), &out.stdout);
    }
}

/// The network commands, against the simulated tenant: its real (simulated) client secret, the
/// tokens it issues and the admin tokens must not appear in any output, with -v and --json too.
#[test]
fn network_commands_never_show_the_secret_or_a_token() {
    let sim = crate::support::SimProcess::start("healthy");
    let secret = sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap().to_string();
    let graph = sim.export("SMTP_OAUTH_GRAPH_TOKEN").unwrap().to_string();
    let sb = Sandbox::new();
    for args in [
        vec!["token"],
        vec!["token", "-v"],
        vec!["token", "--json", "-v"],
        vec!["token", "--format", "junit"],
        vec!["diagnose", "-v"],
        vec!["diagnose", "--json", "-v", "--to", "a@fabrikam.example"],
        vec![
            "diagnose",
            "--bundle",
            "evidence.json",
            "--to",
            "a@fabrikam.example",
        ],
        vec!["test-connection", "-v", "--auth-initial-response"],
        vec!["prereqs", "--json"],
        vec!["certs", "--json"],
        vec!["setup", "--no-test", "--store", "file"],
    ] {
        let out = sb.cmd().args(&args).sim_env(&sim, &[]).run();
        out.code(0);
        for text in [&out.stdout, &out.stderr] {
            assert!(!text.contains(&secret), "{args:?} showed the client secret");
            assert!(
                !text.contains(&graph[..40]),
                "{args:?} showed an admin token"
            );
            assert!(!text.contains("eyJ0eXAi"), "{args:?} showed a token");
        }
    }
    assert!(
        sb.dir.path().join("evidence.json").exists(),
        "the bundle was written (and is checked below)"
    );
    // `setup --store file` put the secret in its one intended store; nowhere else may hold it.
    let store = sb.config_path().parent().unwrap().join("default.secret");
    assert_eq!(std::fs::read_to_string(&store).unwrap().trim(), secret);
    for (path, bytes) in sb.all_files() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            path == store || !text.contains(&secret),
            "{} holds the secret",
            path.display()
        );
        assert!(
            !text.contains("eyJ0eXAi"),
            "{} holds a token",
            path.display()
        );
        assert!(
            !text.contains(&graph[..40]),
            "{} holds an admin token",
            path.display()
        );
    }
}
