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
    let failed = |c: &Check| c.status == Status::Fail || (strict && c.status == Status::Warn);
    let total_failures = report.checks.iter().filter(|c| failed(c)).count();
    let total_time: f64 = report
        .checks
        .iter()
        .filter_map(|c| c.duration_ms)
        .sum::<u64>() as f64
        / 1000.0;
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<testsuites name=\"smtp-oauth\" tests=\"{}\" failures=\"{total_failures}\" errors=\"0\" skipped=\"{}\" time=\"{total_time:.3}\">",
        report.checks.len(),
        report.summary.skip
    );
    // One suite per profile (one suite when there are no profiles).
    let mut suites: Vec<(Option<&str>, Vec<&Check>)> = Vec::new();
    for c in &report.checks {
        match suites.iter_mut().find(|(p, _)| *p == c.profile.as_deref()) {
            Some((_, list)) => list.push(c),
            None => suites.push((c.profile.as_deref(), vec![c])),
        }
    }
    if suites.is_empty() {
        suites.push((None, Vec::new()));
    }
    for (profile, checks) in suites {
        let suffix = profile.map(|p| format!(" [{p}]")).unwrap_or_default();
        let name = xml_escape(&format!("smtp-oauth {}{suffix}", report.command));
        let classname = xml_escape(&format!(
            "smtp-oauth.{}{}",
            report.command.replace(' ', "."),
            profile.map(|p| format!(".{p}")).unwrap_or_default()
        ));
        let failures = checks.iter().filter(|c| failed(c)).count();
        let skipped = checks.iter().filter(|c| c.status == Status::Skip).count();
        let time: f64 = checks.iter().filter_map(|c| c.duration_ms).sum::<u64>() as f64 / 1000.0;
        let _ = writeln!(
            x,
            "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{time:.3}\">",
            checks.len()
        );
        for check in checks {
            testcase(&mut x, check, &classname, strict);
        }
        x.push_str("  </testsuite>\n");
    }
    x.push_str("</testsuites>\n");
    x
}

fn testcase(x: &mut String, check: &Check, classname: &str, strict: bool) {
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
        Status::Fail | Status::Warn if check.status == Status::Fail || strict => {
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
        _ => {
            let _ = writeln!(
                x,
                ">\n      <system-out>warning: {body}</system-out>\n    </testcase>"
            );
        }
    }
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
