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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_and_percent_are_escaped() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
