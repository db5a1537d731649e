//! Snapshots of what a user sees: the JSON report of every `demo` scenario and the human report
//! of a healthy and several failing diagnoses. Timings, ports, dates, thumbprints and Microsoft's
//! per-request ids are redacted; everything else must stay as it is unless a change means it.
//! `INSTA_UPDATE=always cargo test --test integration snapshots` rewrites them after a deliberate
//! change (review the diff before committing).

use regex::Regex;

use crate::support::Sandbox;

/// The values that change from run to run, replaced by stable markers.
pub fn redact(text: &str) -> String {
    let mut out = Regex::new(r#""smtp_port": \d+"#)
        .unwrap()
        .replace_all(text, r#""smtp_port": "[PORT]""#)
        .into_owned();
    // Ports of the loopback listeners: every `127.0.0.1:PORT`, then the bare numbers seen there.
    let ports: Vec<String> = Regex::new(r"127\.0\.0\.1:(\d{2,5})")
        .unwrap()
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .collect();
    // After an address the port ends where the digits do (a Korean particle may follow).
    out = Regex::new(r"127\.0\.0\.1:\d{2,5}")
        .unwrap()
        .replace_all(&out, "127.0.0.1:[PORT]")
        .into_owned();
    for p in ports {
        out = Regex::new(&format!(r"\b{p}\b"))
            .unwrap()
            .replace_all(&out, "[PORT]")
            .into_owned();
    }
    let rules: &[(&str, &str)] = &[
        (r#""duration_ms": \d+"#, r#""duration_ms": "[ms]""#),
        (r"\((\d+ ms|[\d.]+ s)\)", "([ms])"),
        // The Date header has whole seconds: a healthy clock reads as 0 or ±1 s of skew.
        (r#"("clock_skew_s"|clock_skew_s): -?[01]\b"#, "${1}: [~0]"),
        (
            r#"("clock_skew_s"|clock_skew_s): -(599|600|601)\b"#,
            "${1}: [~-600]",
        ),
        (r"smtp-oauth-sim-\w+", "smtp-oauth-sim-[DIR]"),
        (
            r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}",
            "[DATE]",
        ),
        (
            r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?Z?",
            "[TIMESTAMP]",
        ),
        // An ASCII boundary: Korean writes a particle right after the day (`2027-09-29에`).
        (r"\b\d{4}-\d{2}-\d{2}(?-u:\b)", "[DAY]"),
        (r"\b[0-9A-F]{40}\b", "[THUMBPRINT]"),
        (r"\b[0-9A-F]{16}\b", "[HEX]"),
        (
            r#"(Trace ID: |Correlation ID: |"trace_id": "|"correlation_id": "|"key_id": "|trace_id: |correlation_id: |key_id: |trace id: |correlation id: |key id: |<)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#,
            "${1}[GUID]",
        ),
    ];
    for (pattern, with) in rules {
        out = Regex::new(pattern)
            .unwrap()
            .replace_all(&out, *with)
            .into_owned();
    }
    out
}

pub fn scenarios(sb: &Sandbox) -> Vec<String> {
    let list = sb.cmd().args(["demo", "--list", "--json"]).run().json();
    list["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

/// `f` for every demo scenario, two at a time (the machine has two cores and every run starts
/// its own tenant), in the order of `demo --list`.
pub fn each_scenario<T: Send>(sb: &Sandbox, f: impl Fn(&str) -> T + Sync) -> Vec<(String, T)> {
    let names = scenarios(sb);
    assert!(names.len() > 50, "{names:?}");
    std::thread::scope(|s| {
        let halves: Vec<_> = names
            .chunks(names.len().div_ceil(2))
            .map(|chunk| {
                let f = &f;
                s.spawn(move || chunk.iter().map(|n| (n.clone(), f(n))).collect::<Vec<_>>())
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

#[test]
fn the_json_report_of_every_demo_scenario_is_pinned() {
    let sb = Sandbox::new();
    let reports = each_scenario(&sb, |n| {
        redact(&sb.cmd().args(["demo", n, "--json"]).run().stdout)
    });
    for (name, report) in reports {
        insta::assert_snapshot!(format!("demo_json__{name}"), report);
    }
}

/// The human report a user reads, for a healthy tenant and five kinds of failure.
#[test]
fn the_human_report_of_a_healthy_and_five_failing_diagnoses_is_pinned() {
    let sb = Sandbox::new();
    for name in [
        "healthy",
        "auth-rejected",
        "service-principal-wrong-object-id",
        "invalid-client-secret",
        "untrusted-certificate",
        "starttls-stripped",
        "smtp-auth-disabled",
    ] {
        let out = sb.cmd().args(["demo", name]).run();
        insta::assert_snapshot!(
            format!("demo_human__{name}"),
            redact(&format!("{}\n--- stderr\n{}", out.stdout, out.stderr))
        );
    }
}

#[test]
fn redaction_keeps_the_stable_ids_and_hides_the_changing_ones() {
    let r = redact(
        r#"{"smtp_port": 4242, "x": "127.0.0.1:4242 Trace ID: 0175e444-cf22-47d5-8e57-03a53fae2ad5", "tenant": "4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14"}"#,
    );
    assert_eq!(
        r,
        r#"{"smtp_port": "[PORT]", "x": "127.0.0.1:[PORT] Trace ID: [GUID]", "tenant": "4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14"}"#
    );
}
