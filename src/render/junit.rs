//! JUnit XML: one test suite per report, one test case per check. A failed check is a
//! `<failure>` typed with its failure-class id; a skipped one `<skipped>`; a warning passes
//! (with its text in `<system-out>`) unless `--strict`.

use std::fmt::Write as _;

use crate::report::{Check, Report, Status};

/// Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn details(check: &Check) -> String {
    let mut text = String::new();
    if let Some(s) = &check.summary {
        let _ = writeln!(text, "{s}");
    }
    for (k, v) in &check.evidence {
        let v = v.as_str().map_or_else(|| v.to_string(), str::to_string);
        let _ = writeln!(text, "{k}: {v}");
    }
    if let Some(class) = &check.failure_class {
        let _ = writeln!(text, "\n{} ({})", class.title, class.id);
        for (i, c) in class.causes.iter().enumerate() {
            let _ = writeln!(text, "cause {}: {c}", i + 1);
        }
        for f in &class.fix {
            let _ = writeln!(text, "fix: {f}");
        }
    }
    text
}

pub fn render(report: &Report, strict: bool) -> String {
    let failures = report.summary.fail + if strict { report.summary.warn } else { 0 };
    let time: f64 = report
        .checks
        .iter()
        .filter_map(|c| c.duration_ms)
        .sum::<u64>() as f64
        / 1000.0;
    let name = xml_escape(&format!("smtp-oauth {}", report.command));
    let classname = xml_escape(&format!("smtp-oauth.{}", report.command.replace(' ', ".")));
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<testsuites name=\"smtp-oauth\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{}\" time=\"{time:.3}\">",
        report.checks.len(),
        report.summary.skip
    );
    let _ = writeln!(
        x,
        "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{}\" time=\"{time:.3}\">",
        report.checks.len(),
        report.summary.skip
    );
    for check in &report.checks {
        let secs = check.duration_ms.unwrap_or(0) as f64 / 1000.0;
        let _ = write!(
            x,
            "    <testcase classname=\"{classname}\" name=\"{}\" time=\"{secs:.3}\"",
            xml_escape(&format!("{}: {}", check.id, check.title))
        );
        let message = xml_escape(check.summary.as_deref().unwrap_or(&check.title));
        let body = xml_escape(&details(check));
        match check.status {
            Status::Pass => x.push_str("/>\n"),
            Status::Skip => {
                let _ = writeln!(
                    x,
                    ">\n      <skipped message=\"{message}\"/>\n    </testcase>"
                );
            }
            Status::Fail => {
                let kind = check
                    .failure_class
                    .as_ref()
                    .map_or("failure", |c| c.id.as_str());
                let _ = writeln!(
                    x,
                    ">\n      <failure type=\"{}\" message=\"{message}\">{body}</failure>\n    </testcase>",
                    xml_escape(kind)
                );
            }
            Status::Warn if strict => {
                let kind = check
                    .failure_class
                    .as_ref()
                    .map_or("warning", |c| c.id.as_str());
                let _ = writeln!(
                    x,
                    ">\n      <failure type=\"{}\" message=\"{message}\">{body}</failure>\n    </testcase>",
                    xml_escape(kind)
                );
            }
            Status::Warn => {
                let _ = writeln!(
                    x,
                    ">\n      <system-out>warning: {body}</system-out>\n    </testcase>"
                );
            }
        }
    }
    x.push_str("  </testsuite>\n</testsuites>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            xml_escape("<a href=\"x\">&\u{1b}</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;\u{FFFD}&lt;/a&gt;"
        );
    }
}
