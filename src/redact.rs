//! What stands between server text and the person (or machine) reading the output: every
//! secret the process holds is scrubbed, and control characters are made visible.
//!
//! Secrets are *held* where they come into being (a secret read from its source, a token
//! received, an assertion signed, an XOAUTH2 string built, a proxy password); everything that
//! is printed or written as a report passes [`clean`] (`render::emit`, the error line, the
//! notices), so a server that echoes a request body or an AUTH line cannot make one appear.
//! The registry is process-wide on purpose: a secret never has to be passed along to the
//! place that prints, so no path can forget it.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use base64::Engine as _;

/// Every form of every secret held, found by its last [`KEY`] bytes, so that scrubbing a text
/// costs one pass over it however many secrets are held (a fleet holds thousands of tokens).
/// The last bytes, not the first: every JWT of one issuer starts with the same header.
///
/// A form is kept as its length and a 64-bit hash, not its text: a fleet's XOAUTH2 strings
/// (one per mailbox, all ending in the same shared token) would otherwise be thousands of
/// kilobyte strings sharing one key, each compared in full on every insert and every match. At
/// a position whose last bytes are a key, each length held under that key is hashed once and
/// looked up. A hash collision could only hide a harmless text, never show a secret.
#[derive(Default)]
struct Held {
    /// The lengths of the forms that end in each key.
    lengths: HashMap<[u8; KEY], Vec<usize>>,
    forms: std::collections::HashSet<(usize, u64)>,
    /// The SHA-256 of each secret whose forms are held (a secret may also be a form of another,
    /// whose own forms are then still to hold). A digest, not the 64-bit hash of the forms: two
    /// secrets taken for one would leave the second's forms unheld.
    secrets: std::collections::HashSet<[u8; 32]>,
    hasher: std::hash::RandomState,
    /// One bit per [`bucket`] of a key: most positions of a text are rejected here.
    filter: Vec<u64>,
}

/// The shortest form held, and the length of the key forms are found by.
const KEY: usize = 8;
const FILTER_BITS: usize = 1 << 20;

fn bucket(key: [u8; KEY]) -> usize {
    (u64::from_le_bytes(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 44) as usize
}

fn key_at(bytes: &[u8], end: usize) -> [u8; KEY] {
    let mut key = [0u8; KEY];
    key.copy_from_slice(&bytes[end - KEY..end]);
    key
}

impl Held {
    fn id(&self, form: &[u8]) -> (usize, u64) {
        use std::hash::BuildHasher;
        (form.len(), self.hasher.hash_one(form))
    }

    fn insert(&mut self, form: &str) {
        let form = form.as_bytes();
        if form.len() < KEY || !self.forms.insert(self.id(form)) {
            return;
        }
        let key = key_at(form, form.len());
        let lengths = self.lengths.entry(key).or_default();
        if !lengths.contains(&form.len()) {
            lengths.push(form.len());
        }
        if self.filter.is_empty() {
            self.filter = vec![0; FILTER_BITS / 64];
        }
        let b = bucket(key);
        self.filter[b / 64] |= 1 << (b % 64);
    }

    /// The byte ranges of `text` that are a held form, in order, merged where they touch or
    /// overlap (two overlapping secrets are both hidden whole).
    fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let mut found: Vec<(usize, usize)> = Vec::new();
        if self.filter.is_empty() {
            return found;
        }
        for end in KEY..=b.len() {
            let key = key_at(b, end);
            let h = bucket(key);
            if self.filter[h / 64] & (1 << (h % 64)) == 0 {
                continue;
            }
            let Some(lengths) = self.lengths.get(&key) else {
                continue;
            };
            for &len in lengths {
                if end >= len && self.forms.contains(&self.id(&b[end - len..end])) {
                    found.push((end - len, end));
                }
            }
        }
        found.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(found.len());
        for (start, end) in found {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }
}

static HELD: LazyLock<RwLock<Held>> = LazyLock::new(RwLock::default);

/// What a held secret becomes in output.
pub const REDACTED: &str = "<redacted>";

/// The longest string printed as is; longer server text is cut, saying how much was left out.
pub const MAX_TEXT: usize = 4096;

/// Every form a server could echo a secret in: raw, URL-encoded, JSON-escaped, base64.
pub fn forms(secret: &str) -> Vec<String> {
    let url: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.trim_matches('"').to_string();
    vec![
        secret.to_string(),
        url,
        json,
        base64::engine::general_purpose::STANDARD.encode(secret),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(secret),
    ]
}

/// Remembers a secret for the rest of the process. A value shorter than 8 characters would
/// blank out ordinary words; no credential is that short.
pub fn hold(secret: &str) {
    if secret.len() < KEY {
        return;
    }
    // A fleet's profiles hold their app's one token again and again: its forms are held
    // already, and are not worked out anew.
    let mut digest = [0u8; 32];
    digest.copy_from_slice(ring::digest::digest(&ring::digest::SHA256, secret.as_bytes()).as_ref());
    if HELD.read().is_ok_and(|held| held.secrets.contains(&digest)) {
        return;
    }
    let Ok(mut held) = HELD.write() else { return };
    held.secrets.insert(digest);
    for form in forms(secret) {
        held.insert(&form);
    }
}

/// [`hold`] for a `SecretString`.
pub fn hold_secret(secret: &secrecy::SecretString) {
    hold(secrecy::ExposeSecret::expose_secret(secret));
}

/// `text` with every form of every held secret replaced by `<redacted>`.
pub fn scrub(text: &str) -> String {
    scrubbed(text).unwrap_or_else(|| text.to_string())
}

/// [`scrub`], or `None` when `text` holds no secret (it is then printed as it is).
fn scrubbed(text: &str) -> Option<String> {
    let ranges = match HELD.read() {
        Ok(held) => held.ranges(text),
        Err(_) => return None,
    };
    if ranges.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in ranges {
        // Both ends are those of whole UTF-8 forms, so they fall on character boundaries.
        out.push_str(&text[at..start]);
        out.push_str(REDACTED);
        at = end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// How [`visible`] treats a line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// Our own multi-line texts: `\n` stays a line break.
    Keep,
    /// One line of data (a reply, a description, a certificate field): `\n` is shown as `\n`, so
    /// server text can never start a line of its own.
    Escape,
}

/// `text` with control characters shown as escapes (`\x1b`, `\r`, `\u{202e}`) instead of acting
/// on the terminal (no retitled window, no cleared screen, no text hidden by a carriage return
/// or reversed by a bidi override), tabs as spaces, and cut at [`MAX_TEXT`] characters.
pub fn visible(text: &str, lines: Lines) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_TEXT + 64));
    for (count, c) in text.chars().enumerate() {
        if count == MAX_TEXT {
            let rest = text.chars().count() - MAX_TEXT;
            out.push_str(&format!("… ({rest} more characters)"));
            break;
        }
        match c {
            '\n' if lines == Lines::Keep => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push(' '),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c if is_bidi(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Bidi embeddings, overrides and isolates: they reorder what follows them.
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Whether [`visible`] would change `text`: most texts are plain, and are then kept as they
/// are rather than copied.
fn already_visible(text: &str, lines: Lines) -> bool {
    let plain = |c: char| !(c.is_control() && !(c == '\n' && lines == Lines::Keep) || is_bidi(c));
    (text.len() <= MAX_TEXT || text.chars().count() <= MAX_TEXT) && text.chars().all(plain)
}

/// Scrubbed of secrets, then made visible: what every printed string goes through.
pub fn clean(text: &str, lines: Lines) -> String {
    visible(&scrub(text), lines)
}

/// [`clean`] in place, copying only a text that changes (a report holds many thousands of
/// strings, few of which hold a secret or a control character).
pub fn clean_in_place(text: &mut String, lines: Lines) {
    if let Some(s) = scrubbed(text) {
        *text = s;
    }
    if !already_visible(text, lines) {
        *text = visible(text, lines);
    }
}

/// [`clean`] for every string inside a JSON value (evidence, claims).
pub fn clean_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => clean_in_place(s, Lines::Escape),
        serde_json::Value::Array(a) => a.iter_mut().for_each(clean_json),
        serde_json::Value::Object(o) => o.values_mut().for_each(clean_json),
        _ => {}
    }
}

/// Under GitHub Actions, a line that would read as a workflow command (`::error::`,
/// `::stop-commands::`) is shown with a visible mark in front, so only the tool's own
/// annotations are commands.
pub fn neutralise_workflow_commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("::") {
            out.push_str("| ");
        }
        out.push_str(line);
    }
    out
}

/// A line of a client's log as `explain --log` may quote it: the values of secret-bearing
/// parameters (`client_secret=`, `password=`, `client_assertion=` …), bearer tokens, XOAUTH2
/// strings and JWTs replaced by `<redacted>`. Logs are pasted into tickets; a quote must not
/// carry what the log should not have held.
pub fn log_line(line: &str) -> String {
    const PARAMS: &[&str] = &[
        "client_secret=",
        "client_assertion=",
        "access_token=",
        "refresh_token=",
        "password=",
        "passwd=",
        "pwd=",
        "secret=",
    ];
    const PREFIXES: &[&str] = &["bearer ", "xoauth2 ", "auth=bearer "];
    let lower = line.to_ascii_lowercase();
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let value_end = |from: usize| {
        line[from..]
            .find(|c: char| c.is_whitespace() || "&\"',;)]}".contains(c))
            .map_or(line.len(), |n| from + n)
    };
    for marker in PARAMS.iter().chain(PREFIXES) {
        let mut at = 0;
        while let Some(n) = lower[at..].find(marker) {
            let start = at + n + marker.len();
            let end = value_end(start);
            if end > start {
                cut.push((start, end));
            }
            at = end.max(start);
        }
    }
    // Words that are an XOAUTH2 string (base64 of "user=") or a JWT (base64 of '{"').
    let mut at = 0;
    for word in line.split(|c: char| c.is_whitespace() || "\"',;=:()[]".contains(c)) {
        let start = line[at..].find(word).map_or(at, |n| at + n);
        at = start + word.len();
        if word.len() >= 16 && (word.starts_with("dXNlcj0") || word.starts_with("eyJ")) {
            cut.push((start, start + word.len()));
        }
    }
    cut.sort_unstable();
    let mut out = String::with_capacity(line.len());
    let mut pos = 0;
    for (start, end) in cut {
        if start < pos {
            continue;
        }
        out.push_str(&line[pos..start]);
        out.push_str(REDACTED);
        pos = end;
    }
    out.push_str(&line[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(
            visible("220 \x1b]0;pwned\x07 ready\r\n", Lines::Escape),
            "220 \\x1b]0;pwned\\x07 ready\\r\\n"
        );
        assert_eq!(visible("a\u{202e}b", Lines::Keep), "a\\u{202e}b");
        assert_eq!(visible("one\ntwo", Lines::Keep), "one\ntwo");
        assert_eq!(visible("\u{9b}2J", Lines::Keep), "\\x9b2J");
    }

    #[test]
    fn cleaning_in_place_gives_what_clean_gives() {
        hold("in-place-secret-value");
        let texts = [
            "plain text, nothing to do",
            "a\u{202e}b and \x1b[2J",
            "one\ntwo\r\tthree",
            "the in-place-secret-value echoed",
            "ünïcödé ✓ stays",
        ];
        for lines in [Lines::Keep, Lines::Escape] {
            for t in texts
                .iter()
                .map(|t| (*t).to_string())
                .chain(["é".repeat(MAX_TEXT + 3)])
            {
                let mut s = t.clone();
                clean_in_place(&mut s, lines);
                assert_eq!(s, clean(&t, lines), "{t:?} {lines:?}");
            }
        }
    }

    #[test]
    fn a_secret_held_twice_stays_held_and_one_that_is_a_form_of_another_gets_its_own_forms() {
        use base64::Engine as _;
        let raw = "user=held-twice@contoso.example\x01auth=Bearer eyJ0.eyJ1.sig+/=\x01\x01";
        hold(raw);
        hold(raw);
        assert_eq!(scrub(&format!("echo {raw}")), format!("echo {REDACTED}"));
        // The AUTH blob is the raw string's base64 form; held on its own, its URL-encoded form
        // (a server echoing it in a query) is hidden too.
        let blob = base64::engine::general_purpose::STANDARD.encode(raw);
        hold(&blob);
        let url: String = form_urlencoded::byte_serialize(blob.as_bytes()).collect();
        assert_ne!(url, blob, "the blob has characters URL encoding changes");
        assert_eq!(scrub(&format!("q={url}")), format!("q={REDACTED}"));
    }

    #[test]
    fn long_text_is_cut_and_says_so() {
        let long = "x".repeat(MAX_TEXT + 10);
        let shown = visible(&long, Lines::Escape);
        assert!(shown.ends_with("… (10 more characters)"), "{shown}");
    }

    #[test]
    fn overlapping_secrets_are_both_hidden_whole_among_thousands_held() {
        // Like a fleet's tokens: one issuer's header in front of each.
        for i in 0..3000 {
            hold(&format!(
                "eyJ0eXAiOiJKV1QiLCJhbGciOi.claims{i:06}.signature{i:06}"
            ));
        }
        hold("OverlapFirst~ABCDEFGH");
        hold("ABCDEFGH~OverlapSecond");
        let out = scrub(
            "x OverlapFirst~ABCDEFGH~OverlapSecond y eyJ0eXAiOiJKV1QiLCJhbGciOi.claims002999.signature002999 z",
        );
        assert_eq!(out, "x <redacted> y <redacted> z");
        assert_eq!(
            scrub("naïve text, no secret: ü"),
            "naïve text, no secret: ü"
        );
    }

    #[test]
    fn a_fleets_xoauth2_strings_sharing_one_token_are_each_hidden() {
        // Every mailbox's XOAUTH2 string ends in the one token the fleet shares: thousands of
        // forms with the same last bytes, of the same length.
        let token = "eyJ0eXAiOiJKV1QiLCJhbGciOi.shared-fleet-token.sig0123456789";
        let blob =
            |i: usize| format!("user=printer{i:05}@contoso.com\x01auth=Bearer {token}\x01\x01");
        for i in 0..5000 {
            hold(&blob(i));
        }
        let b64 = base64::engine::general_purpose::STANDARD.encode(blob(4321));
        let out = scrub(&format!("C: AUTH XOAUTH2 {b64}\r\nS: 235 ok"));
        assert_eq!(out, "C: AUTH XOAUTH2 <redacted>\r\nS: 235 ok");
        // A near miss (another mailbox than any held) is not a held form.
        let other = blob(99_999).replace(token, "eyJ-not-held");
        assert_eq!(scrub(&other), other);
    }

    #[test]
    fn held_secrets_are_scrubbed_in_every_form() {
        let secret = "Zq98Q~redact+module/test=";
        hold(secret);
        let url: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let b64 = base64::engine::general_purpose::STANDARD.encode(secret);
        let text = format!("a {secret} b {url} c {b64}");
        let out = scrub(&text);
        assert!(!out.contains(secret) && !out.contains(&url) && !out.contains(&b64));
        assert_eq!(out.matches(REDACTED).count(), 3, "{out}");
    }

    #[test]
    fn log_lines_are_quoted_without_their_secrets() {
        let line = "POST client_id=abc&client_secret=Zq98Q~xyz&scope=x Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.sig AUTH XOAUTH2 dXNlcj1hQGIuY29tAWF1dGg9QmVhcmVyIHh4AQE= password=hunter2";
        let out = log_line(line);
        for secret in ["Zq98Q~xyz", "eyJhbGci", "dXNlcj1h", "hunter2"] {
            assert!(!out.contains(secret), "{secret} in {out}");
        }
        assert!(out.contains("client_id=abc"), "{out}");
        assert!(out.contains("scope=x"), "{out}");
    }

    #[test]
    fn workflow_commands_from_servers_are_neutralised() {
        let out = neutralise_workflow_commands("ok\n  ::stop-commands::x\nfine\n");
        assert_eq!(out, "ok\n|   ::stop-commands::x\nfine\n");
    }
}
