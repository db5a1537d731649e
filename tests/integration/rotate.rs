//! `secret rotate` against the simulated tenant: the new secret is added, works end to end
//! (token, AUTH), is stored where the profile keeps its secret, and only then is the old one
//! removed; a new secret that fails its test is taken back; Graph's 403 names the permission;
//! no secret reaches any output or any file but the secret file.

use smtp_oauth::sim::{SimOptions, tenant};

use crate::support::{Sandbox, SimProcess, check};

/// A sandbox whose default profile points at `sim`, its secret in a 0600 file.
fn profile(sim: &SimProcess) -> (Sandbox, std::path::PathBuf) {
    let sb = Sandbox::new();
    let secret = sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap().to_string();
    let file = sb.file("default.secret", &format!("{secret}\n"), 0o600);
    sb.write_config(&sim.profile_toml("default", &file));
    (sb, file)
}

/// The app's secrets in the simulated tenant: (keyId, value).
fn secrets(sim: &SimProcess) -> Vec<(String, String)> {
    sim.state
        .tenant
        .lock()
        .unwrap()
        .app
        .secrets
        .iter()
        .map(|s| (s.key_id.clone(), s.value.clone()))
        .collect()
}

/// What a rotation run may print and write: everything but the secret file.
fn assert_no_secret_anywhere(
    sb: &Sandbox,
    secret_file: &std::path::Path,
    outputs: &[&str],
    secrets: &[&str],
) {
    for s in secrets {
        for o in outputs {
            assert!(!o.contains(s), "a secret reached the output:\n{o}");
        }
        for (path, bytes) in sb.all_files() {
            if path != secret_file {
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(s),
                    "a secret reached {}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn rotate_adds_tests_stores_then_removes_the_old_secret() {
    let sim = SimProcess::start("healthy");
    let (sb, file) = profile(&sim);
    let old = std::fs::read_to_string(&file).unwrap().trim().to_string();
    let out = sb
        .cmd()
        .args(["secret", "rotate", "--yes", "--json"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"],
        )
        .run();
    out.code(0);
    let j = out.json();
    for id in [
        "rotate.add",
        "token",
        "smtp.auth",
        "rotate.store",
        "rotate.remove_old",
    ] {
        assert_eq!(check(&j, id)["status"], "pass", "{id}: {j:#}");
    }
    // The file holds the new secret, which is the app's only one now.
    let new = std::fs::read_to_string(&file).unwrap().trim().to_string();
    assert_ne!(new, old);
    let now = secrets(&sim);
    assert_eq!(now.len(), 1, "the old secret is removed");
    assert_eq!(now[0].1, new);
    assert_ne!(now[0].0, tenant::SECRET_ID);
    // The profile records the new secret's expiry and Secret ID.
    let config = sb.read_config();
    assert!(
        config.contains(&format!("secret_key_id = \"{}\"", now[0].0)),
        "{config}"
    );
    assert!(config.contains("secret_expires = "), "{config}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert_no_secret_anywhere(&sb, &file, &[&out.stdout, &out.stderr], &[&new, &old]);

    // The profile works with the new secret, and the credentials check matches it by keyId.
    let after = sb
        .cmd()
        .args(["diagnose", "--json"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"],
        )
        .run();
    after.code(0);
    assert_eq!(check(&after.json(), "prereq.credentials")["status"], "pass");
}

/// A new secret that gets a token but not AUTH (FullAccess missing) is taken back: the app's
/// secrets and the secret file are as they were.
#[test]
fn a_new_secret_that_fails_its_test_is_taken_back() {
    let sim = SimProcess::start("mailbox-permission-missing");
    let (sb, file) = profile(&sim);
    let before_file = std::fs::read_to_string(&file).unwrap();
    let before = secrets(&sim);
    let out = sb
        .cmd()
        .args(["secret", "rotate", "--yes", "--json"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .run();
    out.code(1);
    let j = out.json();
    assert_eq!(check(&j, "rotate.add")["status"], "pass");
    assert_eq!(check(&j, "smtp.auth")["status"], "fail");
    assert!(
        j["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != "rotate.remove_old")
    );
    assert!(
        j["headline"]
            .as_str()
            .unwrap()
            .contains("The new secret was taken back"),
        "{j:#}"
    );
    assert_eq!(secrets(&sim), before);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before_file);
}

/// An admin app without Application.ReadWrite.OwnedBy: Graph's 403, what to grant, nothing changed.
#[test]
fn without_the_permission_graph_says_no_and_the_tool_says_what_to_grant() {
    let sim = SimProcess::start_with(
        "healthy",
        SimOptions {
            graph_write_denied: true,
            ..SimOptions::default()
        },
    );
    let (sb, file) = profile(&sim);
    let before_file = std::fs::read_to_string(&file).unwrap();
    let out = sb
        .cmd()
        .args(["secret", "rotate", "--yes", "--json"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .run();
    out.code(1);
    let add = check(&out.json(), "rotate.add").clone();
    assert_eq!(add["failure_class"]["id"], "credential-change-failed");
    let summary = add["summary"].as_str().unwrap();
    assert!(
        summary.contains("403 Authorization_RequestDenied: Insufficient privileges"),
        "{summary}"
    );
    assert!(
        summary.contains("Application.ReadWrite.OwnedBy"),
        "{summary}"
    );
    assert_eq!(secrets(&sim).len(), 1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before_file);
}

#[test]
fn dry_run_and_keep_old_and_no_terminal() {
    let sim = SimProcess::start("healthy");
    let (sb, file) = profile(&sim);
    let run = |args: &[&str]| {
        sb.cmd()
            .args(["secret", "rotate"])
            .args(args)
            .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
            .run()
    };
    let dry = run(&["--dry-run"]);
    dry.code(0)
        .stdout_has("1. add a client secret")
        .stdout_has(&format!(
            "remove the old secret \"ISE SMTP\" (Secret ID {}",
            tenant::SECRET_ID
        ))
        .stdout_has("Dry run: nothing was changed.");
    assert_eq!(secrets(&sim).len(), 1);
    // No terminal and no --yes: refused before anything changes.
    let refused = run(&[]);
    refused.code(2).stderr_has("--yes");
    assert_eq!(secrets(&sim).len(), 1);
    // --keep-old: both secrets stay, the file has the new one.
    let old = std::fs::read_to_string(&file).unwrap().trim().to_string();
    run(&["--yes", "--keep-old"])
        .code(0)
        .stdout_has("The old secret was kept (--keep-old).");
    let now = secrets(&sim);
    assert_eq!(now.len(), 2);
    assert!(now.iter().any(|(_, v)| *v == old));
    assert_ne!(std::fs::read_to_string(&file).unwrap().trim(), old);
}

/// At a terminal: a typed `rotate`, the new value shown once (the ISE fields for an ISE
/// profile), and the old secret still valid until the typed `remove`.
#[test]
fn at_a_terminal_the_value_is_shown_once_and_the_old_secret_lives_until_remove() {
    use expectrl::{Eof, Expect};
    let sim = SimProcess::start("healthy");
    let (sb, file) = profile(&sim);
    let mut config = sb.read_config();
    config.push_str("target = \"ise\"\n");
    sb.write_config(&config);
    let old = std::fs::read_to_string(&file).unwrap().trim().to_string();
    let mut p = crate::support::in_pty(
        &sb,
        &sim,
        &["secret", "rotate"],
        &["SMTP_OAUTH_CLIENT_SECRET"],
    );
    p.expect("Type `rotate` to go ahead").unwrap();
    p.send_line("rotate").unwrap();
    p.expect("copy it now, it is not shown again").unwrap();
    p.expect("Expiry Date").unwrap();
    p.expect("Type `remove` to go ahead").unwrap();
    // Before the answer: both secrets are valid, the file already holds the new one.
    let new = std::fs::read_to_string(&file).unwrap().trim().to_string();
    let both = secrets(&sim);
    assert_eq!(both.len(), 2);
    assert!(both.iter().any(|(_, v)| *v == old) && both.iter().any(|(_, v)| *v == new));
    p.send_line("remove").unwrap();
    let out = p
        .expect(Eof)
        .map(|c| String::from_utf8_lossy(c.as_bytes()).into_owned())
        .unwrap_or_default();
    assert!(out.contains("Old secret removed"), "{out}");
    assert_eq!(
        secrets(&sim),
        vec![(
            both.iter().find(|(_, v)| *v == new).unwrap().0.clone(),
            new.clone()
        )]
    );
    // Shown once: the report after the prompt does not repeat it.
    assert!(
        !out.contains(&new),
        "the value appears again after it was shown:\n{out}"
    );
}

/// Entra refuses a brand-new secret for a while: the test is tried again until it is accepted.
#[test]
fn a_new_secret_entra_does_not_accept_yet_is_tried_again() {
    let sim = SimProcess::start("healthy");
    std::sync::Arc::make_mut(&mut sim.state.tenant.lock().unwrap()).new_secret_delay =
        std::time::Duration::from_secs(3);
    let (sb, _) = profile(&sim);
    let out = sb
        .cmd()
        .args(["secret", "rotate", "--yes", "--json", "--wait", "1m"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"],
        )
        .run();
    out.code(0)
        .stderr_has("Entra does not accept the new secret yet");
    assert_eq!(check(&out.json(), "rotate.remove_old")["status"], "pass");
    // With no time to wait, the same refusal takes the new secret back.
    let before = secrets(&sim);
    let out = sb
        .cmd()
        .args(["secret", "rotate", "--yes", "--json", "--wait", "1s"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"],
        )
        .run();
    out.code(1);
    assert_eq!(
        check(&out.json(), "token")["failure_class"]["id"],
        "invalid-client-secret"
    );
    assert_eq!(secrets(&sim), before);
}

/// An admin signs in with a device code, for Graph's Application.ReadWrite.All.
#[test]
fn rotate_with_a_device_code_sign_in() {
    let sim = SimProcess::start("healthy");
    let (sb, _) = profile(&sim);
    let out = sb
        .cmd()
        .args([
            "secret",
            "rotate",
            "--yes",
            "--json",
            "--admin",
            "device-code",
        ])
        .sim_env(
            &sim,
            &[
                "SMTP_OAUTH_CLIENT_SECRET",
                "SMTP_OAUTH_SECRET_EXPIRES",
                "SMTP_OAUTH_GRAPH_TOKEN",
                "SMTP_OAUTH_EXCHANGE_TOKEN",
            ],
        )
        .run();
    out.code(0)
        .stderr_has("https://microsoft.com/devicelogin and enter the code");
    assert_eq!(check(&out.json(), "rotate.remove_old")["status"], "pass");
    assert_eq!(secrets(&sim).len(), 1);
}

/// A sandbox whose default profile signs in with a copy of the simulation's client certificate.
fn cert_profile(sim: &SimProcess) -> (Sandbox, std::path::PathBuf) {
    let sb = Sandbox::new();
    let (_, sim_cert) = sim
        .admin_app_exports()
        .into_iter()
        .find(|(k, _)| k == "SMTP_OAUTH_ADMIN_CLIENT_CERT")
        .unwrap();
    let pem = std::fs::read_to_string(sim_cert).unwrap();
    let cert = sb.file("client-cert.pem", &pem, 0o600);
    let toml = sim
        .profile_toml("default", std::path::Path::new("unused"))
        .replace(
            "client_secret_file = \"unused\"",
            &format!("client_cert = \"{}\"", cert.display()),
        );
    sb.write_config(&toml);
    (sb, cert)
}

/// The DER of the app's registered certificates.
fn certificates(sim: &SimProcess) -> Vec<Vec<u8>> {
    sim.state.tenant.lock().unwrap().app.certificates.clone()
}

fn der_of(pem_file: &std::path::Path) -> Vec<u8> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    CertificateDer::pem_file_iter(pem_file)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .as_ref()
        .to_vec()
}

const CERT_ENV_WITHOUT: &[&str] = &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"];

#[test]
fn cert_rotate_makes_uploads_tests_and_then_removes_the_old_certificate() {
    let sim = SimProcess::start("healthy");
    let (sb, old_file) = cert_profile(&sim);
    let old_pem = std::fs::read_to_string(&old_file).unwrap();
    let old_der = der_of(&old_file);
    assert!(certificates(&sim).contains(&old_der));
    let out = sb
        .cmd()
        .args(["cert", "rotate", "--yes", "--json", "--days", "90"])
        .sim_env(&sim, CERT_ENV_WITHOUT)
        .run();
    out.code(0);
    let j = out.json();
    for id in [
        "rotate.add",
        "token",
        "smtp.auth",
        "rotate.store",
        "rotate.remove_old",
    ] {
        assert_eq!(check(&j, id)["status"], "pass", "{id}: {j:#}");
    }
    let date = time::OffsetDateTime::now_utc().date();
    let new_file = sb.dir.path().join(format!("client-cert-{date}.pem"));
    let new_der = der_of(&new_file);
    assert_eq!(
        certificates(&sim),
        vec![new_der],
        "only the new certificate is registered"
    );
    assert_eq!(
        std::fs::read_to_string(&old_file).unwrap(),
        old_pem,
        "the old file is untouched"
    );
    assert!(
        sb.read_config()
            .contains(&format!("client_cert = \"{}\"", new_file.display()))
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&new_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // The new private key reaches no output.
    let new_pem = std::fs::read_to_string(&new_file).unwrap();
    let key_body: String = new_pem
        .split("-----BEGIN PRIVATE KEY-----")
        .nth(1)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    assert!(!out.stdout.contains(&key_body) && !out.stderr.contains(&key_body));
    // The profile works with it.
    sb.cmd()
        .args(["diagnose", "--json"])
        .sim_env(&sim, CERT_ENV_WITHOUT)
        .run()
        .code(0);
}

#[test]
fn a_new_certificate_that_fails_its_test_is_removed_and_its_file_deleted() {
    let sim = SimProcess::start("mailbox-permission-missing");
    let (sb, _) = cert_profile(&sim);
    let before = certificates(&sim);
    let config = sb.read_config();
    let out = sb
        .cmd()
        .args(["cert", "rotate", "--yes", "--json"])
        .sim_env(&sim, CERT_ENV_WITHOUT)
        .run();
    out.code(1);
    let j = out.json();
    assert_eq!(check(&j, "rotate.add")["status"], "pass");
    assert_eq!(check(&j, "smtp.auth")["status"], "fail");
    assert!(
        j["headline"]
            .as_str()
            .unwrap()
            .contains("The new certificate was removed again")
    );
    assert_eq!(certificates(&sim), before);
    assert_eq!(sb.read_config(), config);
    let date = time::OffsetDateTime::now_utc().date();
    assert!(
        !sb.dir
            .path()
            .join(format!("client-cert-{date}.pem"))
            .exists()
    );
}

#[test]
fn cert_rotate_dry_run_changes_nothing_and_a_secret_profile_is_sent_to_secret_rotate() {
    let sim = SimProcess::start("healthy");
    let (sb, _) = cert_profile(&sim);
    let before = certificates(&sim);
    sb.cmd()
        .args(["cert", "rotate", "--dry-run"])
        .sim_env(&sim, CERT_ENV_WITHOUT)
        .run()
        .code(0)
        .stdout_has("upload it (Graph addKey, the proof signed by the certificate in use)")
        .stdout_has("Dry run: nothing was changed.");
    assert_eq!(certificates(&sim), before);
    let date = time::OffsetDateTime::now_utc().date();
    assert!(
        !sb.dir
            .path()
            .join(format!("client-cert-{date}.pem"))
            .exists()
    );
    let (secret_sb, _) = profile(&sim);
    secret_sb
        .cmd()
        .args(["cert", "rotate", "--dry-run"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .run()
        .code(2)
        .stderr_has("`smtp-oauth secret rotate` rotates that");
}

/// Read with admin access, the secret's expiry and Secret ID are remembered in the profile (for
/// the runs without admin access); a value from the environment stays the user's say.
#[test]
fn prereqs_remember_the_secret_expiry_and_key_id_in_the_profile() {
    let sim = SimProcess::start("healthy");
    let (sb, _) = profile(&sim);
    let first = sb
        .cmd()
        .args(["prereqs", "--json"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"],
        )
        .run();
    first.code(0).stderr_has("Remembered in profile default");
    let config = sb.read_config();
    assert!(
        config.contains(&format!("secret_key_id = \"{}\"", tenant::SECRET_ID)),
        "{config}"
    );
    let expires = check(&first.json(), "prereq.credentials")["evidence"]["expires"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        config.contains(&format!("secret_expires = \"{expires}\"")),
        "{config}"
    );
    // Nothing new to remember: nothing written, nothing said.
    let again = sb
        .cmd()
        .args(["prereqs", "--json"])
        .sim_env(
            &sim,
            &["SMTP_OAUTH_CLIENT_SECRET", "SMTP_OAUTH_SECRET_EXPIRES"],
        )
        .run();
    assert!(!again.stderr.contains("Remembered"), "{}", again.stderr);
    assert_eq!(sb.read_config(), config);
    // A date from the environment is not replaced in the profile.
    let (sb, _) = profile(&sim);
    sb.cmd()
        .args(["diagnose", "--json"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .run();
    let config = sb.read_config();
    assert!(!config.contains("secret_expires"), "{config}");
    assert!(config.contains("secret_key_id"), "{config}");
}
