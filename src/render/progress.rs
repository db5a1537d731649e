//! Progress on a terminal: one spinner per running phase of a diagnosis, on stderr, cleared when
//! the phase ends. Nothing at all on a pipe, under `CI`, or for machine formats.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::checks::diagnose::Observer;

pub struct Spinners {
    multi: MultiProgress,
    labels: HashMap<&'static str, String>,
    running: Mutex<HashMap<String, ProgressBar>>,
}

impl Spinners {
    /// Spinners when `show` (the output is for people on a terminal, no CI: the caller knows).
    pub fn for_terminal(show: bool, labels: HashMap<&'static str, String>) -> Option<Spinners> {
        show.then(|| Spinners {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr()),
            labels,
            running: Mutex::new(HashMap::new()),
        })
    }
}

impl Observer for Spinners {
    fn started(&self, phase: &str) {
        let label = self
            .labels
            .get(phase)
            .cloned()
            .unwrap_or_else(|| phase.to_string());
        let bar = self.multi.add(ProgressBar::new_spinner());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(label);
        bar.enable_steady_tick(Duration::from_millis(80));
        if let Ok(mut r) = self.running.lock() {
            r.insert(phase.to_string(), bar);
        }
    }

    fn finished(&self, phase: &str) {
        if let Some(bar) = self.running.lock().ok().and_then(|mut r| r.remove(phase)) {
            bar.finish_and_clear();
        }
    }

    fn notice(&self, text: &str) {
        let text = &crate::redact::clean(text, crate::redact::Lines::Keep);
        if self.multi.println(text).is_err() {
            eprintln!("{text}");
        }
    }
}

/// No spinners (a pipe, CI, a machine format), but what the user must do still reaches stderr.
pub struct Notices;

impl Observer for Notices {
    fn started(&self, _: &str) {}
    fn finished(&self, _: &str) {}
    fn notice(&self, text: &str) {
        eprintln!("{}", crate::redact::clean(text, crate::redact::Lines::Keep));
    }
}
