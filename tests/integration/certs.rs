//! `certs`: the chain and verdict for each TLS fault of the simulator, agreement with
//! `openssl s_client -showcerts` (order and fingerprints), and exported files that `openssl verify`
//! accepts.

use std::process::Command;

use crate::support::{Sandbox, SimProcess};

fn openssl() -> bool {
    Command::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn chain_of(j: &serde_json::Value) -> Vec<String> {
    j["chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["sha256"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn each_tls_fault_gets_its_verdict_and_the_chain_is_shown_anyway() {
    for (scenario, status, class) in [
        ("healthy", "pass", None),
        (
            "untrusted-certificate",
            "fail",
            Some("untrusted-certificate"),
        ),
        ("certificate-expired", "fail", Some("certificate-expired")),
        ("hostname-mismatch", "fail", Some("hostname-mismatch")),
        ("tls-intercepted", "warn", Some("tls-intercepted")),
    ] {
        let sim = SimProcess::start(scenario);
        let j = Sandbox::new()
            .cmd()
            .args(["certs", "--json"])
            .sim_env(&sim, &[])
            .run()
            .json();
        let check = &j["checks"][0];
        assert_eq!(check["status"], status, "{scenario}: {check}");
        assert_eq!(check["failure_class"]["id"].as_str(), class, "{scenario}");
        assert!(
            !chain_of(&j).is_empty(),
            "{scenario}: the chain is shown even when verification fails"
        );
    }
}

#[test]
fn the_verdict_says_which_certificate_and_which_root() {
    let sim = SimProcess::start("certificate-expired");
    let out = Sandbox::new()
        .cmd()
        .args(["certs"])
        .sim_env(&sim, &[])
        .run();
    out.code(1).stdout_has("certificate [0] C=US, ST=WA, L=Redmond, O=Microsoft Corporation, CN=outlook.com expired on");
    let sim = SimProcess::start("untrusted-certificate");
    let out = Sandbox::new()
        .cmd()
        .args(["certs"])
        .sim_env(&sim, &[])
        .run();
    out.code(1)
        .stdout_has(
            "the trust store lacks the root that issued Microsoft Azure ECC TLS Issuing CA 04",
        )
        .stdout_has("CN=DigiCert Global Root G2");
}

#[test]
fn the_chain_matches_what_openssl_sees() {
    if !openssl() {
        eprintln!("skipped: no openssl");
        return;
    }
    let sim = SimProcess::start("healthy");
    let host = sim.export("SMTP_OAUTH_SMTP_HOST").unwrap().to_string();
    let port = sim.export("SMTP_OAUTH_SMTP_PORT").unwrap().to_string();
    let ours = chain_of(
        &Sandbox::new()
            .cmd()
            .args(["certs", "--json"])
            .sim_env(&sim, &[])
            .run()
            .json(),
    );
    let theirs = crate::support::openssl_chain(&format!("{host}:{port}")).unwrap();
    assert_eq!(ours, theirs, "same certificates, same order");
}

#[test]
fn exported_files_verify_with_openssl_and_import_notes_follow_the_target() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("chain");
    // For Cisco ISE: the CAs only (intermediate and root), named for import, and the roles.
    let ise_dir = sb.dir.path().join("ise");
    let ise = sb
        .cmd()
        .args([
            "certs",
            "--out",
            ise_dir.to_str().unwrap(),
            "--target",
            "ise",
        ])
        .sim_env(&sim, &[])
        .run();
    ise.code(0)
        .stdout_has("01-Microsoft_Azure_ECC_TLS_Issuing_CA_03.pem")
        .stdout_has("02-DigiCert_Global_Root_G3-root.pem")
        .stdout_has("Trust for authentication within ISE");
    assert!(
        !ise_dir.join("00-outlook.com.pem").exists(),
        "no leaf for ISE"
    );
    let out = sb
        .cmd()
        .args(["certs", "--out", dir.to_str().unwrap()])
        .sim_env(&sim, &[])
        .run();
    out.code(0).stdout_has("00-outlook.com.pem");
    let pem = sb.cmd().args(["certs", "--pem"]).sim_env(&sim, &[]).run();
    assert_eq!(pem.stdout.matches("-----BEGIN CERTIFICATE-----").count(), 2);
    // The bundle is the presented chain and the root above it (the server does not send its
    // root; it is known here from --ca-file), which ISE needs: the note says to import it.
    let bundle = std::fs::read_to_string(dir.join("chain-bundle.pem")).unwrap();
    assert!(bundle.starts_with(&pem.stdout));
    assert_eq!(bundle.matches("-----BEGIN CERTIFICATE-----").count(), 3);
    let root = std::fs::read_to_string(dir.join("02-DigiCert_Global_Root_G3-root.pem")).unwrap();
    let ca = std::fs::read_to_string(sim.export("SMTP_OAUTH_CA_FILE").unwrap()).unwrap();
    assert!(
        ca.starts_with(&root),
        "the root file is the simulation's root"
    );
    ise.stdout_has("the file ending in -root.pem");
    if !openssl() {
        return;
    }
    let verified = Command::new("openssl")
        .args([
            "verify",
            "-CAfile",
            sim.export("SMTP_OAUTH_CA_FILE").unwrap(),
            "-untrusted",
        ])
        .arg(dir.join("01-Microsoft_Azure_ECC_TLS_Issuing_CA_03.pem"))
        .arg(dir.join("00-outlook.com.pem"))
        .output()
        .unwrap();
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stdout)
    );
    assert!(String::from_utf8_lossy(&verified.stdout).contains(": OK"));
}

#[test]
fn other_targets_login_host_port_and_mozilla_roots() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let j = sb
        .cmd()
        .args(["certs", "login", "--json"])
        .sim_env(&sim, &[])
        .run()
        .json();
    assert_eq!(j["checks"][0]["status"], "pass");
    assert!(
        j["chain"][0]["subject"]
            .as_str()
            .unwrap()
            .contains("stamp2.login.microsoftonline.com")
    );
    let port = sim.export("SMTP_OAUTH_SMTP_PORT").unwrap().to_string();
    let j = sb
        .cmd()
        .args([
            "certs",
            &format!("127.0.0.1:{port}"),
            "--starttls",
            "smtp",
            "--json",
        ])
        .sim_env(&sim, &[])
        .run()
        .json();
    assert_eq!(j["checks"][0]["status"], "pass", "{j}");
    let j = sb
        .cmd()
        .args(["certs", "--trust", "mozilla", "--json"])
        .sim_env(&sim, &["SMTP_OAUTH_CA_FILE"])
        .run()
        .json();
    assert_eq!(
        j["checks"][0]["failure_class"]["id"], "untrusted-certificate",
        "the simulation's root is not Mozilla's"
    );
    sb.cmd()
        .args(["certs", "nonsense"])
        .sim_env(&sim, &[])
        .run()
        .code(2)
        .stderr_has("HOST:PORT");
}

/// A handshake the server cuts off is never "trusted": with STARTTLS and with direct TLS.
#[test]
fn a_cut_handshake_is_never_trusted() {
    use std::io::{BufRead, BufReader, Read, Write};
    for starttls in [true, false] {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(5)))
                .unwrap();
            let mut writer = stream.try_clone().unwrap();
            let mut reader = BufReader::new(stream);
            if starttls {
                let mut line = String::new();
                writer.write_all(b"220 relay ready\r\n").unwrap();
                reader.read_line(&mut line).unwrap();
                writer.write_all(b"250-relay\r\n250 STARTTLS\r\n").unwrap();
                line.clear();
                reader.read_line(&mut line).unwrap();
                writer.write_all(b"220 2.0.0 go ahead\r\n").unwrap();
            }
            // Read the ClientHello, then hang up.
            let mut hello = [0u8; 512];
            let _ = reader.read(&mut hello);
        });
        let mut args = vec![
            "certs".to_string(),
            format!("127.0.0.1:{port}"),
            "--json".to_string(),
        ];
        if starttls {
            args.extend(["--starttls".to_string(), "smtp".to_string()]);
        }
        let out = crate::support::Test::new().args(&args).run();
        server.join().unwrap();
        let j = out.json();
        let chain = j["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "tls.chain")
            .cloned()
            .unwrap_or_default();
        assert_ne!(chain["status"], "pass", "starttls {starttls}: {j}");
        assert!(
            !out.stdout.contains("trusted: the chain"),
            "starttls {starttls}: {}",
            out.stdout
        );
        assert_eq!(out.code, 1, "starttls {starttls}: {}", out.stdout);
    }
}

/// `certs -v`: the connection and the handshake, as the client saw them: STARTTLS's SMTP
/// lines, what was offered, what came back, the chain, the verdict — also when it is refused.
#[test]
fn verbose_certs_shows_the_handshake_transcript() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["certs", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.code(0)
        .stdout_has("-> STARTTLS")
        .stdout_has("ClientHello: no SNI (an IP address), offering TLS 1.3 and TLS 1.2")
        .stdout_has("ServerHello: TLSv1_3")
        .stdout_has("Certificate: 2 presented")
        .stdout_has("verified: the chain verifies for the host");
    let sim = SimProcess::start("untrusted-certificate");
    let out = Sandbox::new()
        .cmd()
        .args(["certs", "login", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.stdout_has("connecting to 127.0.0.1:");
    let out = Sandbox::new()
        .cmd()
        .args(["certs", "-v"])
        .sim_env(&sim, &[])
        .run();
    out.code(1)
        .stdout_has("Certificate: 2 presented")
        .stdout_has("refused:");
}

/// Issue 19: the field labels are in the user's language and the values line up by display
/// width (a CJK character takes two columns), not by character count.
#[test]
fn the_fields_line_up_by_display_width_in_japanese() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["certs", "--lang", "ja", "--no-color"])
        .sim_env(&sim, &[])
        .run();
    let labels = [
        "発行者",
        "有効期間",
        "キー",
        "シリアル番号",
        "sha256",
        "sha1",
    ];
    let mut starts = Vec::new();
    for line in out.stdout.lines() {
        let Some(field) = line.strip_prefix("      ") else {
            continue;
        };
        if let Some(label) = labels.iter().find(|l| field.starts_with(*l)) {
            let value = field[label.len()..].trim_start();
            let before = &field[..field.len() - value.len()];
            starts.push(unicode_width::UnicodeWidthStr::width(before));
        }
    }
    assert!(starts.len() >= 12, "{}", out.stdout);
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "values start at columns {starts:?}:\n{}",
        out.stdout
    );
    assert!(!out.stdout.contains("issuer "), "{}", out.stdout);
}
