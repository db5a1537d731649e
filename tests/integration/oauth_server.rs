//! Interop with a real third-party OAuth 2.0 server: panva's `oidc-provider` from npm (a certified
//! OpenID Provider), run by Node with `tests/fixtures/oidc-server.mjs`. A token is obtained with a
//! client secret and with a certificate (private_key_jwt); a wrong secret is classified from the
//! standard OAuth error alone (no AADSTS code). `.ci/run` installs the package; elsewhere the test
//! installs it on first use, or says it is skipped (and fails under CI=true).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::support::{Sandbox, SimProcess, check};

const SECRET_CLIENT: &str = "3f6a9c1e-5b2d-4e8f-a7c0-1d3e5f7a9b2c";
const CERT_CLIENT: &str = "9b2c4d6e-8f0a-4c1e-b3d5-7f9a1b3c5d7e";
const CLIENT_SECRET: &str = "Tp38Q~interopSecretValue.0123456789abcdefg";

/// The exact release of the OAuth server the interop test runs (pinned: a new major or minor must
/// be a deliberate change; `.ci/run` installs the same).
const OIDC_PROVIDER: &str = "oidc-provider@9.13.3";

/// Where the npm package lives (installed once per checkout).
fn package_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("oidc-provider")
}

fn installed() -> bool {
    let dir = package_dir();
    if dir.join("node_modules/oidc-provider/package.json").exists() {
        return true;
    }
    let ok = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
        .arg(&dir)
        .arg(OIDC_PROVIDER)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var("CI").is_err(),
            "CI must be able to install oidc-provider (see .ci/run)"
        );
        eprintln!("skipped: node/npm or the oidc-provider package is not available");
    }
    ok
}

struct OidcServer {
    child: Child,
    port: u16,
}

impl Drop for OidcServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The RSA public key of a PEM certificate, as a JWK.
fn jwk_of(cert_pem: &str) -> String {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let der = CertificateDer::pem_slice_iter(cert_pem.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let (_, cert) = x509_parser::parse_x509_certificate(&der).unwrap();
    let x509_parser::public_key::PublicKey::RSA(rsa) = cert.public_key().parsed().unwrap() else {
        panic!("not RSA")
    };
    let strip = |b: &[u8]| {
        b.iter()
            .skip_while(|x| **x == 0)
            .copied()
            .collect::<Vec<u8>>()
    };
    serde_json::json!({"kty": "RSA", "use": "sig", "alg": "RS256", "n": URL_SAFE_NO_PAD.encode(strip(rsa.modulus)), "e": URL_SAFE_NO_PAD.encode(strip(rsa.exponent))}).to_string()
}

fn start(sb: &Sandbox, client_cert: &Path) -> (OidcServer, PathBuf) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "OAuth interop test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&key, &ca)
        .unwrap();
    let tls_cert = sb.file("oidc-cert.pem", &cert.pem(), 0o644);
    let tls_key = sb.file("oidc-key.pem", &key.serialize_pem(), 0o600);
    let ca_file = sb.file("oidc-ca.pem", &ca.pem(), 0o644);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // An ES module finds its packages beside itself: run a copy next to node_modules.
    let script = package_dir().join("oidc-server.mjs");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oidc-server.mjs"),
        &script,
    )
    .unwrap();
    let mut child = Command::new("node")
        .arg(&script)
        .current_dir(package_dir())
        .env("PORT", port.to_string())
        .env("SCOPE", "https://outlook.office365.com/.default")
        .env("SECRET_CLIENT", SECRET_CLIENT)
        .env("CLIENT_SECRET", CLIENT_SECRET)
        .env("CERT_CLIENT", CERT_CLIENT)
        .env(
            "CLIENT_JWK",
            jwk_of(&std::fs::read_to_string(client_cert).unwrap()),
        )
        .env("TLS_CERT", &tls_cert)
        .env("TLS_KEY", &tls_key)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "ready", "oidc-provider did not start");
    (OidcServer { child, port }, ca_file)
}

#[test]
fn tokens_from_a_real_oauth_server_with_a_secret_and_with_a_certificate() {
    if !installed() {
        return;
    }
    // The simulation only lends its client certificate (RSA) here; nothing talks to it.
    let sim = SimProcess::start("healthy");
    let client_cert = sim.dir.join("client-cert.pem");
    let sb = Sandbox::new();
    let (server, ca) = start(&sb, &client_cert);
    let endpoint = format!("https://127.0.0.1:{}/token", server.port);
    let base = |client: &str| {
        vec![
            "token".to_string(),
            "--json".into(),
            "--tenant".into(),
            "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0".into(),
            "--token-endpoint".into(),
            endpoint.clone(),
            "--client-id".into(),
            client.into(),
            "--ca-file".into(),
            ca.display().to_string(),
        ]
    };

    let with_secret = sb
        .cmd()
        .args(base(SECRET_CLIENT))
        .env("SMTP_OAUTH_CLIENT_SECRET", CLIENT_SECRET)
        .run();
    let j = with_secret.json();
    assert_eq!(check(&j, "token")["status"], "pass", "{j}");

    let mut args = base(CERT_CLIENT);
    args.extend([
        "--client-cert".to_string(),
        client_cert.display().to_string(),
    ]);
    let j = sb.cmd().args(&args).run().json();
    assert_eq!(
        check(&j, "token")["status"],
        "pass",
        "a signed client assertion was accepted: {j}"
    );

    // A wrong secret: oidc-provider answers the standard `invalid_client`, without an AADSTS code.
    let wrong = sb
        .cmd()
        .args(base(SECRET_CLIENT))
        .env(
            "SMTP_OAUTH_CLIENT_SECRET",
            "Wr08Q~notTheSecret.0123456789abcdefghij",
        )
        .run();
    wrong.code(1);
    let j = wrong.json();
    let token = check(&j, "token");
    assert_eq!(token["evidence"]["error"], "invalid_client", "{token}");
    assert_eq!(
        token["failure_class"]["id"], "invalid-client-secret",
        "{token}"
    );
}
