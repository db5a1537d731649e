//! SMTP replies: multi-line parsing with the basic code, the enhanced status code (RFC 3463) and
//! Exchange's bracket suffix — bounded in line length, line count and total size, so a hostile
//! server gets a classified `protocol-error`, not our memory.

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

/// Longest reply line accepted (RFC 5321 allows 512; Exchange's lines are far shorter).
pub const MAX_LINE: usize = 2048;
/// Most lines in one reply (an EHLO list has about a dozen).
pub const MAX_LINES: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SmtpReply {
    pub code: u16,
    pub enhanced: Option<String>,
    /// The text of each line, without code and separator.
    pub lines: Vec<String>,
}

impl SmtpReply {
    /// The reply as the server sent it, one line per line.
    pub fn raw(&self) -> String {
        let last = self.lines.len().saturating_sub(1);
        self.lines
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{}{}{l}", self.code, if i == last { ' ' } else { '-' }))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// Exchange's `[host timestamp session]` suffix, kept for Microsoft support.
    pub fn bracket(&self) -> Option<String> {
        let text = self.lines.last()?;
        let start = text.rfind('[')?;
        let bracket = &text[start..];
        // Exchange's suffix names its server (`[AM0PR06CA0126.eurprd06.prod.outlook.com …]`); a bare
        // session id such as the banner's `[08DCE8B62813AB2B]` is not it.
        (bracket.ends_with(']') && bracket.contains('.')).then(|| bracket.to_string())
    }

    pub fn is_positive(&self) -> bool {
        (200..400).contains(&self.code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum ReplyError {
    #[error("the server closed the connection")]
    Closed,
    #[error("a reply line is longer than {MAX_LINE} bytes")]
    LineTooLong,
    #[error("a reply has more than {MAX_LINES} lines")]
    TooManyLines,
    #[error("not an SMTP reply: {0:?}")]
    Garbage(String),
    #[error("reading failed: {0}")]
    Io(String),
    /// The TLS layer failed under the reply (an alert such as `certificate_required` right
    /// after a TLS 1.3 handshake, a bad record).
    #[error("the TLS connection failed: {0}")]
    Tls(String),
}

/// Parses one reply line: `(code, is_last, text)`.
pub fn parse_line(line: &str) -> Result<(u16, bool, &str), ReplyError> {
    let bytes = line.as_bytes();
    let garbage = || ReplyError::Garbage(line.chars().take(80).collect());
    if bytes.len() < 3
        || !bytes[..3].iter().all(u8::is_ascii_digit)
        || !(b'2'..=b'5').contains(&bytes[0])
    {
        return Err(garbage());
    }
    let code: u16 = line[..3].parse().map_err(|_| garbage())?;
    match bytes.get(3) {
        None => Ok((code, true, "")),
        Some(b' ') => Ok((code, true, &line[4..])),
        Some(b'-') => Ok((code, false, &line[4..])),
        Some(_) => Err(garbage()),
    }
}

/// `5.7.139` from the start of a reply text.
pub fn enhanced_code(text: &str) -> Option<String> {
    let first = text.split_whitespace().next()?.trim_end_matches([';', ',']);
    let mut parts = first.split('.');
    let class = parts.next()?;
    let subject = parts.next()?;
    let detail = parts.next()?;
    let ok = matches!(class, "2" | "4" | "5")
        && (1..=3).contains(&subject.len())
        && (1..=3).contains(&detail.len())
        && subject
            .chars()
            .chain(detail.chars())
            .all(|c| c.is_ascii_digit())
        && parts.next().is_none();
    ok.then(|| first.to_string())
}

/// Reads one (possibly multi-line) reply.
pub async fn read_reply<R: AsyncBufRead + Unpin>(r: &mut R) -> Result<SmtpReply, ReplyError> {
    let mut lines = Vec::new();
    let mut code = None;
    loop {
        let line = read_bounded_line(r).await?;
        let (c, last, text) = parse_line(&line)?;
        if code.is_some_and(|prev| prev != c) {
            return Err(ReplyError::Garbage(format!(
                "code changed within a reply: {line}"
            )));
        }
        code = Some(c);
        lines.push(text.to_string());
        if lines.len() > MAX_LINES {
            return Err(ReplyError::TooManyLines);
        }
        if last {
            let enhanced = lines.first().and_then(|l| enhanced_code(l));
            return Ok(SmtpReply {
                code: c,
                enhanced,
                lines,
            });
        }
    }
}

async fn read_bounded_line<R: AsyncBufRead + Unpin>(r: &mut R) -> Result<String, ReplyError> {
    let mut line = Vec::new();
    loop {
        let available =
            r.fill_buf()
                .await
                .map_err(|e| match crate::tls::find_rustls_error(&e) {
                    Some(tls) => ReplyError::Tls(crate::tls::describe(tls)),
                    None => ReplyError::Io(e.to_string()),
                })?;
        if available.is_empty() {
            return if line.is_empty() {
                Err(ReplyError::Closed)
            } else {
                Err(ReplyError::Garbage(
                    String::from_utf8_lossy(&line).chars().take(80).collect(),
                ))
            };
        }
        let (take, done) = match available.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        line.extend_from_slice(&available[..take]);
        r.consume(take);
        if line.len() > MAX_LINE + 2 {
            return Err(ReplyError::LineTooLong);
        }
        if done {
            let text = String::from_utf8_lossy(&line);
            return Ok(text.trim_end_matches(['\r', '\n']).to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn parse(input: &str) -> Result<SmtpReply, ReplyError> {
        let mut r = tokio::io::BufReader::new(input.as_bytes());
        read_reply(&mut r).await
    }

    #[tokio::test]
    async fn multi_line_with_enhanced_code_and_bracket() {
        let r = parse("535 5.7.3 Authentication unsuccessful [AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]\r\n").await.unwrap();
        assert_eq!((r.code, r.enhanced.as_deref()), (535, Some("5.7.3")));
        assert_eq!(
            r.bracket().unwrap(),
            "[AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]"
        );
        let r = parse("250-host Hello\r\n250-SIZE 1\r\n250 SMTPUTF8\r\n")
            .await
            .unwrap();
        assert_eq!(r.lines, ["host Hello", "SIZE 1", "SMTPUTF8"]);
        assert_eq!(r.enhanced, None);
        assert_eq!(parse("334 \r\n").await.unwrap().lines, [""]);
        assert_eq!(parse("334\r\n").await.unwrap().code, 334);
    }

    #[tokio::test]
    async fn hostile_input_is_a_classified_error() {
        assert_eq!(parse("").await, Err(ReplyError::Closed));
        assert!(matches!(
            parse("HTTP/1.1 400 Bad Request\r\n").await,
            Err(ReplyError::Garbage(_))
        ));
        assert_eq!(
            parse(&format!("220 {}\r\n", "x".repeat(5000))).await,
            Err(ReplyError::LineTooLong)
        );
        assert_eq!(
            parse(&"250-x\r\n".repeat(200)).await,
            Err(ReplyError::TooManyLines)
        );
        assert!(matches!(
            parse("250-a\r\n251 b\r\n").await,
            Err(ReplyError::Garbage(_))
        ));
        assert!(matches!(parse("250-a").await, Err(ReplyError::Garbage(_))));
    }

    /// No byte sequence makes the parser panic or read past its bounds: pseudo-random replies
    /// built from SMTP-ish fragments, thousands of them.
    #[tokio::test]
    async fn property_no_input_panics() {
        let fragments = [
            "250",
            "-",
            " ",
            "535 5.7.3 ",
            "\r\n",
            "\n",
            "[",
            "]",
            "x",
            "\u{0}",
            "9999",
            "2.0.0",
            "\u{fffd}",
        ];
        let mut x: u64 = 0xDEAD_BEEF_CAFE_F00D;
        for _ in 0..3000 {
            let mut input = String::new();
            for _ in 0..(x % 40) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                input.push_str(fragments[usize::try_from(x % 13).unwrap_or(0)]);
            }
            if let Ok(r) = parse(&input).await {
                assert!((200..=599).contains(&r.code));
                let _ = (r.raw(), r.bracket(), r.text());
            }
        }
    }

    #[test]
    fn enhanced_codes() {
        assert_eq!(
            enhanced_code("5.7.139 Authentication unsuccessful").as_deref(),
            Some("5.7.139")
        );
        assert_eq!(enhanced_code("2.0.0 OK").as_deref(), Some("2.0.0"));
        assert_eq!(
            enhanced_code("5.2.252 SendAsDenied;").as_deref(),
            Some("5.2.252")
        );
        assert_eq!(enhanced_code("Authentication unsuccessful"), None);
        assert_eq!(enhanced_code("1.2.3 x"), None);
    }
}
