//! GitHub Actions workflow commands (`::error::`, `::warning::`) for failed and warned checks.
//!
//! Written to stderr (the runner reads workflow commands from both streams), so stdout stays one
//! JSON document under `--json`.

use std::fmt::Write as _;

use crate::report::{Report, Status};

/// Escapes data per the workflow-command rules.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn annotations(report: &Report, strict: bool) -> String {
    let mut out = String::new();
    for check in &report.checks {
        let level = match check.status {
            Status::Fail => "error",
            Status::Warn if strict => "error",
            Status::Warn => "warning",
            _ => continue,
        };
        let mut title = format!("smtp-oauth {}", check.id);
        let mut message = check.summary.clone().unwrap_or_else(|| check.title.clone());
        if let Some(class) = &check.failure_class {
            let _ = write!(title, " ({})", class.id);
            let _ = write!(message, "\n{}", class.title);
            for fix in &class.fix {
                let _ = write!(message, "\nFix: {fix}");
            }
        }
        let _ = writeln!(
            out,
            "::{level} title={}::{}",
            escape_property(&title),
            escape_data(&message)
        );
    }
    out
}

/// A cell of a Markdown table: one line, `|` escaped, no HTML.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace(['\n', '\r'], " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The job summary: a table of the checks, then each failure's cause and fix.
pub fn step_summary(report: &Report, strict: bool) -> String {
    let s = &report.summary;
    let mut out = format!(
        "### smtp-oauth {}: {} passed, {} warned, {} failed\n\n| | check | result |\n|---|---|---|\n",
        cell(&report.command),
        s.pass,
        s.warn,
        s.fail
    );
    for c in &report.checks {
        let mark = match c.status {
            Status::Pass => "✅",
            Status::Warn if strict => "❌",
            Status::Warn => "⚠️",
            Status::Fail => "❌",
            Status::Skip => "➖",
        };
        let who = c
            .profile
            .as_deref()
            .map(|p| format!("{p}: "))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {mark} | {}{} | {} |",
            cell(&who),
            cell(&c.title),
            cell(c.summary.as_deref().unwrap_or_default())
        );
    }
    for c in report.checks.iter().filter(|c| c.status == Status::Fail) {
        let Some(class) = &c.failure_class else {
            continue;
        };
        let _ = write!(out, "\n**{}** (`{}`)", cell(&class.title), class.id);
        if let Some(found) = c
            .evidence
            .get("narrowed")
            .and_then(serde_json::Value::as_str)
        {
            let _ = write!(out, ": the cause is {}", cell(found));
        }
        out.push_str("\n\n");
        for fix in &class.fix {
            // A fence inside a fix would end the block early.
            let _ = writeln!(out, "```\n{}\n```", fix.replace("```", "'''"));
        }
    }
    out
}

/// Appends [`step_summary`] to `$GITHUB_STEP_SUMMARY` when the runner names that file; a
/// failure to write it is said on stderr and changes nothing else.
pub fn append_step_summary(report: &Report, strict: bool) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    let text = step_summary(report, strict);
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
    if let Err(e) = written {
        eprintln!(
            "smtp-oauth: cannot write the job summary to {}: {e}",
            std::path::Path::new(&path).display()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_and_percent_are_escaped() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
