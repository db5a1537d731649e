//! Property tests of every parser of outside input (issue 15.15): SMTP replies and EHLO
//! capabilities, token-endpoint JSON, JWTs and XOAUTH2 strings, Exchange and Graph texts,
//! client log lines, config TOML, certificate descriptions of random DER, and the output
//! filters. Random and hostile inputs never panic, and what comes out stays bounded.
//!
//! The normal run uses a modest number of cases; `PROPTEST_CASES=N` raises it (the long mode
//! is `scripts/fuzz-long.sh`).

use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text with the characters hostile servers use: controls, escapes, bidi marks, CR/LF,
/// digits and SMTP punctuation, and any Unicode.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just('\u{1b}'),
            Just('\r'),
            Just('\n'),
            Just('\u{0}'),
            Just('\u{202e}'),
            Just('\u{9b}'),
            Just('-'),
            Just(' '),
            Just('.'),
            prop::char::range('0', '9'),
            prop::char::range('A', 'z'),
            any::<char>(),
        ],
        0..400,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// A number from a server: its extremes as often as anything else.
fn edge_i64() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(i64::MIN),
        Just(i64::MAX),
        Just(0),
        Just(-1),
        any::<i64>()
    ]
}

/// An SMTP reply: lines of `NNN[ -]text`, sometimes broken.
fn smtp_replies() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        (100u16..1000, any::<bool>(), hostile_text()).prop_map(|(code, more, text)| {
            format!("{code}{}{text}\r\n", if more { '-' } else { ' ' }).into_bytes()
        }),
        0..8,
    )
    .prop_flat_map(|lines| {
        let joined: Vec<u8> = lines.concat();
        (Just(joined), prop::collection::vec(any::<u8>(), 0..64))
    })
    .prop_map(|(mut a, b)| {
        a.extend(b);
        a
    })
}

/// JSON-looking token-endpoint bodies: real keys with hostile values, and raw noise.
fn token_bodies() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            hostile_text(),
            hostile_text(),
            prop::collection::vec(any::<u64>(), 0..3),
            hostile_text()
        )
            .prop_map(|(error, description, codes, extra)| {
                serde_json::json!({
                    "error": error,
                    "error_description": description,
                    "error_codes": codes,
                    "trace_id": extra,
                    "suberror": extra,
                    "claims": extra,
                })
                .to_string()
            }),
        hostile_text(),
        prop::collection::vec(any::<u8>(), 0..200)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn smtp_replies_never_panic(bytes in smtp_replies()) {
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let mut reader: &[u8] = &bytes;
        if let Ok(reply) = rt.block_on(crate::smtp::reply::read_reply(&mut reader)) {
            let _ = crate::failures::classify::smtp_reply(&reply);
            let _ = crate::failures::classify::auth_reply(&reply);
            prop_assert!((100..1000).contains(&reply.code));
        }
        let text = String::from_utf8_lossy(&bytes);
        for line in text.lines() {
            let _ = crate::smtp::reply::parse_line(line);
            let _ = crate::smtp::reply::enhanced_code(line);
        }
    }

    #[test]
    fn token_endpoint_bodies_never_panic(status in 100u16..600, body in token_bodies()) {
        if let Some(e) = crate::oauth::parse_error(status, &body) {
            let _ = crate::failures::classify::aadsts(&e);
        }
        let _ = crate::oauth::claims::decode(&body);
    }

    #[test]
    fn tokens_and_xoauth2_strings_never_panic(
        parts in prop::collection::vec(hostile_text(), 0..4),
        raw in hostile_text(),
    ) {
        use base64::Engine as _;
        let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        let jwt = parts.iter().map(|p| b64(p)).collect::<Vec<_>>().join(".");
        let _ = crate::oauth::claims::decode(&jwt);
        let _ = crate::oauth::claims::decode(&raw);
        let blob = base64::engine::general_purpose::STANDARD
            .encode(format!("user={raw}\u{1}auth=Bearer {jwt}\u{1}\u{1}"));
        let _ = crate::oauth::claims::decode_xoauth2(&blob);
        let _ = crate::oauth::claims::decode_xoauth2(&raw);
        let _ = crate::oauth::inspect::recognise(&raw);
        let _ = crate::oauth::inspect::recognise(&jwt);
    }

    #[test]
    fn server_numbers_in_claims_never_panic(exp in edge_i64(), nbf in edge_i64(), iat in edge_i64(), at in any::<u32>()) {
        use base64::Engine as _;
        let b64 = |v: &serde_json::Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
        let payload = serde_json::json!({
            "aud": "https://outlook.office365.com", "exp": exp, "nbf": nbf, "iat": iat,
            "roles": ["SMTP.SendAsApp"], "oid": "x", "appid": "y", "tid": "z",
        });
        let jwt = format!("{}.{}.sig", b64(&serde_json::json!({"alg": "RS256"})), b64(&payload));
        if let Ok(c) = crate::oauth::claims::decode(&jwt) {
            let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(u64::from(at));
            let _ = crate::checks::claims::claims_step(&c, crate::cloud::Cloud::Global, false, at);
            let _ = crate::checks::claims::claims_step(&c, crate::cloud::Cloud::Global, true, at);
        }
    }

    #[test]
    fn exchange_and_graph_texts_never_panic(text in hostile_text()) {
        let message = crate::admin::exchange_message(&text);
        prop_assert!(message.len() <= text.len());
        let _ = crate::admin::not_found_object(&text);
        let quoted = format!("object '{text}' couldn't be found on 'x'");
        let _ = crate::admin::not_found_object(&quoted);
    }

    #[test]
    fn client_log_lines_never_panic(lines in prop::collection::vec(hostile_text(), 0..20)) {
        for line in &lines {
            let _ = crate::failures::logscan::classify_line(line);
            let quoted = crate::redact::log_line(line);
            prop_assert!(quoted.len() <= line.len() + 16 * line.len().max(1));
        }
        let log = lines.join("\n");
        let (findings, _) = crate::failures::logscan::scan(log.as_bytes()).unwrap();
        for f in findings {
            prop_assert!(f.lines.len() <= 5);
        }
    }

    #[test]
    fn config_files_never_panic(text in hostile_text(), toml_like in "(\\[[a-z./]{0,8}\\]\n([a-z_]{1,12} = (\"[^\"\n]{0,30}\"|[0-9.-]{1,6}|true|\\{[^}]{0,20}\\})\n){0,6}){0,3}") {
        let dir = tempfile::tempdir().unwrap();
        for body in [&text, &toml_like] {
            let path = dir.path().join("config.toml");
            std::fs::write(&path, body).unwrap();
            if let Ok(file) = crate::settings::config_file::ConfigFile::load(&path) {
                for name in file.profile_names() {
                    let _ = file.profile(&name);
                }
            }
        }
    }

    #[test]
    fn certificate_descriptions_of_random_der_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let _ = crate::tls::certinfo::describe(&bytes);
        let _ = crate::tls::cert_names(&bytes);
        // A real certificate with some bytes changed.
        let mut der = real_certificate();
        for (i, b) in flips {
            let at = i.index(der.len());
            der[at] = b;
        }
        if let Some(info) = crate::tls::certinfo::describe(&der) {
            let _ = crate::tls::certinfo::common_name(&info);
        }
    }

    #[test]
    fn output_filters_are_bounded_and_total(text in hostile_text()) {
        let shown = crate::redact::visible(&text, crate::redact::Lines::Escape);
        prop_assert!(!shown.chars().any(char::is_control));
        prop_assert!(shown.chars().count() <= crate::redact::MAX_TEXT * 10 + 64);
        let kept = crate::redact::visible(&text, crate::redact::Lines::Keep);
        prop_assert!(!kept.chars().any(|c| c.is_control() && c != '\n'));
        let _ = crate::redact::neutralise_workflow_commands(&text);
    }

    #[test]
    fn setting_validators_never_panic(text in hostile_text()) {
        use crate::settings::validate as v;
        let _ = v::tenant(&text);
        let _ = v::client_id(&text);
        let _ = v::mailbox(&text);
        let _ = v::date(&text);
        let _ = v::port(&text);
        let _ = v::timeout(&text);
        let _ = v::cloud(&text);
        let _ = v::endpoint_url(&text);
        let _ = v::proxy_url(&text);
        let _ = v::host(&text);
        let _ = v::scope(&text);
        let _ = v::path(&text);
        let _ = v::profile_name(&text);
    }
}

/// The DER of a certificate like Microsoft's (rcgen, generated once per run).
fn real_certificate() -> Vec<u8> {
    static DER: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    DER.get_or_init(|| {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec!["outlook.office365.com".into()]).unwrap();
        params.self_signed(&key).unwrap().der().to_vec()
    })
    .clone()
}
