//! Generated files are committed and must match what the code generates.

use crate::support::{Sandbox, assert_generated};

#[test]
fn failure_class_reference_is_fresh() {
    assert_generated(
        "docs/failure-classes.md",
        smtp_oauth::failures::reference_markdown().as_bytes(),
    );
}

/// The reference in each language (issue 19): `docs/failure-classes.LANG.md`.
#[test]
fn failure_class_references_in_every_language_are_fresh() {
    for lang in smtp_oauth::i18n::Lang::ALL.iter().skip(1) {
        assert_generated(
            &format!("docs/failure-classes.{}.md", lang.tag()),
            smtp_oauth::failures::reference_markdown_in(*lang).as_bytes(),
        );
    }
}

#[test]
fn man_page_is_fresh() {
    let out = Sandbox::new().cmd().args(["man"]).run();
    out.code(0).stdout_has(".TH smtp-oauth");
    assert_generated("docs/smtp-oauth.1", out.stdout.as_bytes());
}

#[test]
fn completions_are_fresh() {
    let sb = Sandbox::new();
    for (shell, file) in [
        ("bash", "completions/smtp-oauth.bash"),
        ("zsh", "completions/_smtp-oauth"),
        ("fish", "completions/smtp-oauth.fish"),
        ("powershell", "completions/_smtp-oauth.ps1"),
        ("elvish", "completions/smtp-oauth.elv"),
    ] {
        let out = sb.cmd().args(["completions", shell]).run();
        out.code(0).stdout_has("config");
        assert_generated(file, out.stdout.as_bytes());
    }
}
