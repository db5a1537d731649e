//! A small HTTP CONNECT proxy for the proxy scenarios: it tunnels to loopback targets only, and
//! can demand credentials (407 Proxy Authentication Required).

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// `Some((user, password))` makes the proxy answer 407 to requests without them.
pub async fn serve(listener: TcpListener, credentials: Option<(String, String)>) {
    let credentials = Arc::new(credentials);
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let credentials = credentials.clone();
        tokio::spawn(async move {
            let _ = tokio::time::timeout(
                Duration::from_secs(60),
                tunnel(tcp, credentials.as_ref().as_ref()),
            )
            .await;
        });
    }
}

async fn tunnel(tcp: TcpStream, credentials: Option<&(String, String)>) -> std::io::Result<()> {
    let mut reader = BufReader::new(tcp);
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 || head.len() > 64 {
            return Ok(());
        }
        if line == "\r\n" || line == "\n" {
            break;
        }
        head.push(line.trim_end().to_string());
    }
    let request = head.first().cloned().unwrap_or_default();
    let mut parts = request.split_whitespace();
    let (Some("CONNECT"), Some(target)) = (parts.next(), parts.next()) else {
        reader
            .get_mut()
            .write_all(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            .await?;
        return Ok(());
    };
    if let Some((user, password)) = credentials {
        let expected = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        );
        let given = head.iter().find_map(|h| {
            let (k, v) = h.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case("proxy-authorization")
                .then(|| v.trim().to_string())
        });
        if given.as_deref() != Some(expected.as_str()) {
            reader
                .get_mut()
                .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"Contoso proxy\"\r\nContent-Length: 0\r\n\r\n")
                .await?;
            return Ok(());
        }
    }
    let host = target
        .rsplit_once(':')
        .map_or(target, |(h, _)| h)
        .trim_matches(['[', ']']);
    if !crate::settings::validate::is_loopback_host(host) {
        reader
            .get_mut()
            .write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            .await?;
        return Ok(());
    }
    let Ok(mut upstream) = TcpStream::connect(target).await else {
        reader
            .get_mut()
            .write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            .await?;
        return Ok(());
    };
    reader
        .get_mut()
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .await?;
    let buffered = reader.buffer().to_vec();
    upstream.write_all(&buffered).await?;
    let mut client = reader.into_inner();
    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
    Ok(())
}
