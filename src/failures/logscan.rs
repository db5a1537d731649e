//! `explain --log`: which failure classes a client's debug log shows (Cisco ISE's `guest.log`,
//! javax.mail, Python smtplib, Node's nodemailer, raw SMTP and AADSTS lines), with the lines that
//! show them. Streams the log line by line in constant memory; very long lines are cut.

use super::ClassId;
use std::collections::BTreeMap;
use std::io::BufRead;

use super::{classify_smtp_reply, lookup};

/// Longest part of a line that is looked at (a stack trace line is far shorter).
const MAX_LINE: usize = 16 * 1024;
/// Lines kept as evidence per class.
const KEEP: usize = 5;

/// One class found in a log.
#[derive(Debug, Clone)]
pub struct Finding {
    pub class: ClassId,
    pub count: usize,
    /// `(line number, text)` of the first occurrences.
    pub lines: Vec<(usize, String)>,
}

/// The class a line shows, keyed on protocol facts first (AADSTS code, SMTP code + enhanced code),
/// then on the clients' own texts.
pub fn classify_line(line: &str) -> Option<ClassId> {
    if let Some(i) = line.find("AADSTS") {
        let digits: String = line[i + 6..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if let Some(c) = lookup(&digits).first() {
            return Some(c.id);
        }
    }
    if let Some(class) = smtp_reply_in(line) {
        return Some(class);
    }
    let lower = line.to_ascii_lowercase();
    crate::failures::classify_log_text(&lower).map(|c| c.id)
}

/// An SMTP reply inside a line: `535 5.7.3 …`, `535-5.7.139 …`, or Python's `(535, b'5.7.3 …`.
fn smtp_reply_in(line: &str) -> Option<ClassId> {
    let bytes = line.as_bytes();
    for i in 0..bytes.len().saturating_sub(8) {
        if !(bytes[i..i + 3].iter().all(u8::is_ascii_digit) && matches!(bytes[i], b'4' | b'5')) {
            continue;
        }
        if i > 0 && bytes[i - 1].is_ascii_digit() {
            continue;
        }
        let rest = &line[i + 3..];
        let after = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('-'))
            .or_else(|| rest.strip_prefix(", b'"))
            .or_else(|| rest.strip_prefix(", b\""));
        let Some(after) = after else { continue };
        let Some(enhanced) = crate::smtp::reply::enhanced_code(after) else {
            continue;
        };
        let code: u16 = line[i..i + 3].parse().ok()?;
        if let Some(c) = classify_smtp_reply(code, Some(&enhanced), after) {
            return Some(c.id);
        }
    }
    None
}

/// Reads a log to the end and reports each class with its first lines.
pub fn scan<R: BufRead>(mut reader: R) -> std::io::Result<(Vec<Finding>, usize)> {
    let mut found: BTreeMap<ClassId, Finding> = BTreeMap::new();
    let mut buf = Vec::with_capacity(4096);
    let mut number = 0;
    loop {
        buf.clear();
        let n = read_capped_line(&mut reader, &mut buf)?;
        if n == 0 {
            break;
        }
        number += 1;
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end();
        if let Some(class) = classify_line(line) {
            let f = found.entry(class).or_insert_with(|| Finding {
                class,
                count: 0,
                lines: Vec::new(),
            });
            f.count += 1;
            if f.lines.len() < KEEP {
                let quoted = crate::redact::log_line(line);
                f.lines.push((number, quoted.chars().take(300).collect()));
            }
        }
    }
    let mut findings: Vec<Finding> = found.into_values().collect();
    findings.sort_by_key(|f| f.lines.first().map_or(0, |l| l.0));
    Ok((findings, number))
}

/// Reads one line, keeping at most MAX_LINE bytes of it; returns the bytes consumed.
fn read_capped_line<R: BufRead>(reader: &mut R, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut consumed = 0;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(consumed);
        }
        let (take, done) = match available.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let room = MAX_LINE.saturating_sub(buf.len());
        buf.extend_from_slice(&available[..take.min(room)]);
        reader.consume(take);
        consumed += take;
        if done {
            return Ok(consumed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_five_failures_and_the_generic_forms() {
        let log = "\
2024-02-14 10:00:01 ERROR [pool-1] javax.mail.MessagingException: Could not connect to SMTP host: smtp.office365.com, port: 587;
  nested exception is: java.net.SocketTimeoutException: connect timed out
2024-02-14 10:05:00 ERROR guest.log: javax.mail.AuthenticationFailedException: failed to connect, Invalid email address
2024-02-14 10:06:00 ERROR sun.security.validator.ValidatorException: PKIX path building failed: unable to find valid certification path to requested target
2024-02-14 10:07:00 ERROR OAuth token request failed: Invalid client secret
2024-02-14 10:08:00 ERROR {\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000222: The provided client secret keys for app 'x' are expired.\"}
smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.')
Error: Invalid login: 535 5.7.3 Authentication unsuccessful [AM0PR06CA0126.eurprd06.prod.outlook.com]
{ [Error: Greeting never received] code: 'ETIMEDOUT', command: 'CONN' }
nothing to see here
";
        let (findings, lines) = scan(log.as_bytes()).unwrap();
        assert_eq!(lines, 10);
        let classes: Vec<ClassId> = findings.iter().map(|f| f.class).collect();
        for c in [
            ClassId::NETWORK_TIMEOUT,
            ClassId::AUTH_REJECTED,
            ClassId::UNTRUSTED_CERTIFICATE,
            ClassId::INVALID_CLIENT_SECRET,
            ClassId::SECRET_EXPIRED,
            ClassId::SMTP_AUTH_DISABLED,
        ] {
            assert!(classes.contains(&c), "{c} not in {classes:?}");
        }
        let timeout = findings
            .iter()
            .find(|f| f.class == ClassId::NETWORK_TIMEOUT)
            .unwrap();
        assert_eq!(timeout.lines[0].0, 2, "line numbers are 1-based");
        assert_eq!(timeout.count, 2);
    }

    #[test]
    fn huge_lines_and_binary_garbage_are_harmless() {
        let mut log = vec![b'x'; 5 * 1024 * 1024];
        log.extend_from_slice(b" 535 5.7.3 Authentication unsuccessful\n\xff\xfe\x00garbage\n");
        let (findings, lines) = scan(&log[..]).unwrap();
        assert_eq!(lines, 2);
        assert!(
            findings.is_empty(),
            "the reply beyond the kept part of a huge line is not seen: {findings:?}"
        );
    }
}
