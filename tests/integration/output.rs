//! Output: the JSON shape of SPEC.md, JUnit, GitHub annotations, markers, exit statuses.

use smtp_oauth::cli::Format;
use smtp_oauth::failures::{Vars, by_id};
use smtp_oauth::render::{OutputOptions, github, human, junit};
use smtp_oauth::report::{Check, ClassView, Report, Status};

use crate::support::Sandbox;

/// A report with one check of each status, as diagnose will produce.
fn sample_report() -> Report {
    let mut r = Report::new("diagnose", None, false);
    let mut pass = Check::new("dns", "DNS", Status::Pass);
    pass.duration_ms = Some(12);
    pass.summary = Some("smtp.office365.com → 52.96.0.1".into());
    r.push(pass);
    let mut warn = Check::new("secret.expiry", "Client secret expiry", Status::Warn);
    warn.summary = Some("expires in 20 days".into());
    warn.failure_class = Some(ClassView::new(
        by_id("secret-expiring").unwrap(),
        &Vars::default(),
    ));
    r.push(warn);
    let mut fail = Check::new("smtp.auth", "SMTP AUTH <XOAUTH2> & more", Status::Fail);
    fail.duration_ms = Some(412);
    fail.evidence.insert(
        "reply".into(),
        "535 5.7.3 Authentication unsuccessful [AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]".into(),
    );
    let mut vars = Vars::default();
    vars.set("client_id", "00001111-aaaa-2222-bbbb-3333cccc4444");
    fail.failure_class = Some(ClassView::new(by_id("auth-rejected").unwrap(), &vars));
    r.push(fail);
    let mut skip = Check::new("smtp.send", "Send a test message", Status::Skip);
    skip.summary = Some("skipped: AUTH failed".into());
    r.push(skip);
    r
}

fn opts(format: Format) -> OutputOptions {
    OutputOptions {
        format,
        ..OutputOptions::human(false)
    }
}

#[test]
fn the_json_report_has_the_spec_shape() {
    let v = serde_json::to_value(sample_report()).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["command"], "diagnose");
    assert!(v["settings"].is_object());
    let auth = &v["checks"][2];
    assert_eq!(auth["id"], "smtp.auth");
    assert_eq!(auth["status"], "fail");
    assert_eq!(auth["duration_ms"], 412);
    assert!(
        auth["evidence"]["reply"]
            .as_str()
            .unwrap()
            .starts_with("535 5.7.3")
    );
    assert_eq!(auth["failure_class"]["id"], "auth-rejected");
    assert!(auth["failure_class"]["causes"].as_array().unwrap().len() > 2);
    assert!(
        auth["failure_class"]["fix"][0]
            .as_str()
            .unwrap()
            .contains("00001111-aaaa-2222-bbbb-3333cccc4444")
    );
    assert_eq!(
        v["summary"],
        serde_json::json!({"pass": 1, "warn": 1, "fail": 1, "skip": 1})
    );
}

#[test]
fn every_command_prints_one_json_document_with_the_common_fields() {
    let sb = Sandbox::new();
    sb.write_config("[default]\n");
    for args in [
        vec!["config", "show"],
        vec!["config", "path"],
        vec!["config", "list"],
        vec!["config", "set", "tenant", "contoso.com"],
        vec!["config", "unset", "tenant"],
        vec!["explain"],
        vec!["explain", "auth-rejected"],
    ] {
        let out = sb.cmd().args(&args).arg_json().run();
        out.code(0);
        let j = out.json();
        for field in ["schema_version", "command", "settings", "checks", "summary"] {
            assert!(j.get(field).is_some(), "{args:?} lacks {field}: {j}");
        }
        assert!(j["command"].as_str().unwrap().starts_with(args[0]), "{j}");
    }
}

trait JsonArg {
    fn arg_json(self) -> Self;
}
impl JsonArg for crate::support::Run<'_> {
    fn arg_json(self) -> Self {
        self.args(["--format", "json"])
    }
}

#[test]
fn human_output_has_text_markers_evidence_fix_and_one_summary_sentence() {
    let text = human::render(&sample_report(), &opts(Format::Human));
    assert!(
        text.contains("[✓] DNS: smtp.office365.com → 52.96.0.1 (12 ms)"),
        "{text}"
    );
    assert!(text.contains("[!] Client secret expiry"), "{text}");
    assert!(text.contains("[✗] SMTP AUTH"), "{text}");
    assert!(
        text.contains("[–] Send a test message: skipped: AUTH failed"),
        "{text}"
    );
    assert!(
        text.contains("reply: 535 5.7.3 Authentication unsuccessful [AM0PR06CA0126"),
        "the bracket is kept: {text}"
    );
    let to_do = text.split("What to do:").nth(1).unwrap_or_default();
    assert!(
        to_do
            .lines()
            .any(|l| l.contains(". Connect-ExchangeOnline")),
        "every fix once, in a numbered list: {text}"
    );
    assert_eq!(
        text.matches("Connect-ExchangeOnline, then").count(),
        1,
        "{text}"
    );
    assert!(
        text.trim_end()
            .ends_with("[✗] 1 check failed, 1 warning, 1 passed, 1 skipped."),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour when colour is off");
    colored::control::set_override(true);
    let coloured = human::render(
        &sample_report(),
        &OutputOptions {
            color: true,
            ..opts(Format::Human)
        },
    );
    assert!(coloured.contains('\u{1b}'), "colour on a terminal");
}

#[test]
fn junit_is_well_formed_and_types_failures_by_class() {
    let xml = junit::render(&sample_report(), false);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut cases, mut failures, mut skipped) = (0, Vec::new(), 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    "testcase" => cases += 1,
                    "skipped" => skipped += 1,
                    "failure" => failures.push(
                        e.try_get_attribute("type")
                            .unwrap()
                            .unwrap()
                            .value
                            .to_string(),
                    ),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!((cases, skipped), (4, 1));
    assert_eq!(failures, ["auth-rejected"]);
    let strict = junit::render(&sample_report(), true);
    assert!(
        strict.contains("type=\"secret-expiring\""),
        "--strict turns the warning into a failure"
    );
}

#[test]
fn github_annotations_for_failures_and_warnings() {
    let text = github::annotations(&sample_report(), false);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("::warning title=smtp-oauth secret.expiry (secret-expiring)::"));
    assert!(lines[1].starts_with("::error title=smtp-oauth smtp.auth (auth-rejected)::"));
    assert!(
        lines[1].contains("%0AFix: "),
        "multi-line messages are escaped: {}",
        lines[1]
    );
}

#[test]
fn exit_status_is_1_on_failure_and_on_warning_with_strict() {
    let r = sample_report();
    assert_eq!(r.exit_code(false), 1);
    let mut only_warn = Report::new("diagnose", None, false);
    only_warn.push(Check::new(
        "secret.expiry",
        "Client secret expiry",
        Status::Warn,
    ));
    assert_eq!(only_warn.exit_code(false), 0);
    assert_eq!(only_warn.exit_code(true), 1);
}

#[test]
fn junit_goes_to_the_output_file() {
    let sb = Sandbox::new();
    let path = sb.dir.path().join("report.xml");
    sb.cmd()
        .args([
            "explain",
            "--format",
            "junit",
            "--output",
            path.to_str().unwrap(),
        ])
        .run()
        .code(0)
        .stderr_has("Report written to");
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<?xml"));
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let sb = Sandbox::new();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-oauth"))
        .args(["explain"])
        .env_clear()
        .env("XDG_CONFIG_HOME", sb.dir.path())
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(
        status.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn usage_errors_exit_2_and_help_exits_0_with_examples() {
    let sb = Sandbox::new();
    sb.cmd().args(["frobnicate"]).run().code(2);
    sb.cmd().args(["config"]).run().code(2);
    let help = sb.cmd().args(["--help"]).run();
    help.code(0)
        .stdout_has("Examples:")
        .stdout_has("smtp-oauth demo");
    for sub in [
        vec!["config", "--help"],
        vec!["explain", "--help"],
        vec!["completions", "--help"],
        vec!["man", "--help"],
    ] {
        sb.cmd().args(&sub).run().code(0).stdout_has("Examples:");
    }
}
