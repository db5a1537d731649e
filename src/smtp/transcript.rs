//! The protocol transcript shown with `-v`: direction markers as swaks has them (` -> ` sent,
//! `<-  ` received, `~>`/`<~` over TLS, `===` events), a timestamp per line. The AUTH payload is
//! redacted by construction: the only way to record it is [`Transcript::sent_secret`], which keeps
//! its length, never its bytes.

use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Transcript {
    start: Instant,
    pub lines: Vec<(Duration, String)>,
}

impl Default for Transcript {
    fn default() -> Self {
        Transcript {
            start: Instant::now(),
            lines: Vec::new(),
        }
    }
}

impl Transcript {
    /// A transcript as a bundle kept it: its lines, without their timings.
    pub fn from_lines(lines: Vec<String>) -> Transcript {
        Transcript {
            start: Instant::now(),
            lines: lines.into_iter().map(|l| (Duration::ZERO, l)).collect(),
        }
    }

    fn push(&mut self, text: String) {
        self.lines.push((self.start.elapsed(), text));
    }

    pub fn event(&mut self, text: impl Into<String>) {
        self.push(format!("=== {}", text.into()));
    }

    pub fn sent(&mut self, tls: bool, line: &str) {
        self.push(format!("{} {line}", if tls { " ~>" } else { " ->" }));
    }

    /// A line that carries a secret: only a label and its size are kept.
    pub fn sent_secret(&mut self, tls: bool, label: &str, len: usize) {
        self.push(format!(
            "{} {label}<redacted: {len} bytes>",
            if tls { " ~>" } else { " ->" }
        ));
    }

    pub fn received(&mut self, tls: bool, raw: &str) {
        for line in raw.lines() {
            self.push(format!("{} {line}", if tls { "<~ " } else { "<- " }));
        }
    }

    /// The rendered lines, for a report's `transcript`.
    pub fn lines(&self) -> Vec<String> {
        self.render().lines().map(str::to_string).collect()
    }

    pub fn render(&self) -> String {
        self.lines
            .iter()
            .map(|(at, l)| format!("[{:>7.3}s] {l}", at.as_secs_f64()))
            .collect::<Vec<_>>()
            .join("\n")
    }
}
