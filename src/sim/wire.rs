//! The path between a client and the simulated tenant: loopback as it is, or (for the
//! benchmark) a path with a fixed delay each way, as `tc qdisc … netem delay` gives on a real
//! interface, without root and without a second hop through a forwarding process.
//!
//! A far connection behaves as one whose client is `one_way` away: it *opens* 1.5 round trips
//! after the accept (the client's SYN, the SYN-ACK, the ACK); what the client sends becomes
//! readable `one_way` after it arrived, and not before the connection opens; what the server
//! writes leaves when it is written or when the connection opens, whichever is later, and
//! arrives `one_way` after that (a task of its own writes it then, so a server that writes and
//! closes still delivers). The client's connect returns at once, as it would through a
//! forwarding link; the first answer it reads comes 2 round trips after it, as on a real path,
//! whether the server speaks first (SMTP's greeting) or the client does (a TLS ClientHello).

use std::collections::VecDeque;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::time::{Instant, Sleep};

/// tokio's timer wakes on the first whole millisecond at or after a deadline, about a
/// millisecond late on average; a far connection asks to be woken this much earlier, so that a
/// chunk takes `one_way` on average.
const TIMER_LATE: Duration = Duration::from_millis(1);

/// The most read from the socket at once: a TLS record's worth.
const CHUNK: usize = 16 * 1024 + 256;

/// An accepted connection, as the simulated services read and write it.
pub enum Conn {
    Near(TcpStream),
    Far(Box<Far>),
}

impl Conn {
    /// `tcp` as it is, or behind a path of `one_way` each way.
    pub fn accepted(tcp: TcpStream, one_way: Duration) -> Conn {
        if one_way.is_zero() {
            return Conn::Near(tcp);
        }
        let _ = tcp.set_nodelay(true);
        let opens = Instant::now() + one_way * 3;
        let (read, write) = tcp.into_split();
        let (tx, rx) = unbounded_channel();
        tokio::spawn(deliver(rx, write));
        Conn::Far(Box::new(Far {
            read,
            scratch: vec![0; CHUNK],
            one_way,
            opens,
            arrived: VecDeque::new(),
            eof: None,
            wait: None,
            out: Some(tx),
        }))
    }
}

/// A connection `one_way` away from its client.
pub struct Far {
    read: OwnedReadHalf,
    /// What a read from the socket lands in before it is queued.
    scratch: Vec<u8>,
    one_way: Duration,
    /// When the path's TCP handshake would have reached the server.
    opens: Instant,
    /// What came from the client and when it may be read, in order.
    arrived: VecDeque<(Instant, Vec<u8>)>,
    /// When the client's end of the stream may be seen.
    eof: Option<Instant>,
    wait: Option<Pin<Box<Sleep>>>,
    /// To the task that writes, each chunk with when it is due; `None` once shut.
    out: Option<UnboundedSender<(Instant, Vec<u8>)>>,
}

/// When what reached the server at `now` may be read: `one_way` after it left the client, and
/// not before the connection `opens`.
fn readable_at(now: Instant, opens: Instant, one_way: Duration) -> Instant {
    (now + one_way).max(opens)
}

/// When what the server writes at `now` reaches the client: it leaves once the connection
/// `opens`, and takes `one_way`.
fn arrives_at(now: Instant, opens: Instant, one_way: Duration) -> Instant {
    now.max(opens) + one_way
}

/// Writes each chunk when it is due, together with those due by then (as a link would carry
/// one flight of TLS records: a server writes each record on its own); shuts the socket after
/// the last one.
async fn deliver(mut rx: UnboundedReceiver<(Instant, Vec<u8>)>, mut to: OwnedWriteHalf) {
    let mut next = None;
    loop {
        let chunk = match next.take() {
            Some(chunk) => Some(chunk),
            None => rx.recv().await,
        };
        let Some((due, mut bytes)) = chunk else {
            break;
        };
        tokio::time::sleep_until(due - TIMER_LATE).await;
        while let Ok((later, more)) = rx.try_recv() {
            if later > Instant::now() + TIMER_LATE {
                next = Some((later, more));
                break;
            }
            bytes.extend_from_slice(&more);
        }
        if to.write_all(&bytes).await.is_err() {
            return;
        }
    }
    let _ = to.shutdown().await;
}

impl Far {
    /// Takes in what the socket has now, stamped with when it may be read.
    fn drain(&mut self, cx: &mut Context<'_>) -> io::Result<()> {
        while self.eof.is_none() {
            let mut buf = ReadBuf::new(&mut self.scratch);
            match Pin::new(&mut self.read).poll_read(cx, &mut buf) {
                Poll::Pending => break,
                Poll::Ready(Err(e)) => return Err(e),
                Poll::Ready(Ok(())) => {
                    let due = readable_at(Instant::now(), self.opens, self.one_way);
                    if buf.filled().is_empty() {
                        self.eof = Some(due);
                    } else {
                        let chunk = buf.filled().to_vec();
                        self.arrived.push_back((due, chunk));
                    }
                }
            }
        }
        Ok(())
    }

    /// Ready once `due` has come (near enough for the timer), else waits for it.
    fn reached(&mut self, cx: &mut Context<'_>, due: Instant) -> bool {
        if due <= Instant::now() + TIMER_LATE {
            self.wait = None;
            return true;
        }
        let wait = self
            .wait
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(due - TIMER_LATE)));
        if wait.deadline() != due - TIMER_LATE {
            wait.as_mut().reset(due - TIMER_LATE);
        }
        if wait.as_mut().poll(cx).is_ready() {
            self.wait = None;
            return true;
        }
        false
    }

    fn poll_read(&mut self, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.drain(cx)?;
        if let Some(&(due, _)) = self.arrived.front() {
            if !self.reached(cx, due) {
                return Poll::Pending;
            }
            let Some((due, mut bytes)) = self.arrived.pop_front() else {
                return Poll::Pending;
            };
            let n = bytes.len().min(buf.remaining());
            buf.put_slice(&bytes[..n]);
            if n < bytes.len() {
                bytes.drain(..n);
                self.arrived.push_front((due, bytes));
            }
            return Poll::Ready(Ok(()));
        }
        let eof = self.eof;
        match eof {
            Some(due) if self.reached(cx, due) => Poll::Ready(Ok(())),
            _ => Poll::Pending,
        }
    }

    fn send(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let due = arrives_at(Instant::now(), self.opens, self.one_way);
        match &self.out {
            Some(out) if out.send((due, bytes.to_vec())).is_ok() => Ok(bytes.len()),
            _ => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }
}

impl AsyncRead for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Near(tcp) => Pin::new(tcp).poll_read(cx, buf),
            Conn::Far(far) => far.poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bytes: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Near(tcp) => Pin::new(tcp).poll_write(cx, bytes),
            Conn::Far(far) => Poll::Ready(far.send(bytes)),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Near(tcp) => Pin::new(tcp).poll_flush(cx),
            Conn::Far(_) => Poll::Ready(Ok(())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Near(tcp) => Pin::new(tcp).poll_shutdown(cx),
            Conn::Far(far) => {
                // The writer shuts the socket once what is queued has left.
                far.out = None;
                Poll::Ready(Ok(()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;
    use tokio::net::TcpListener;

    const ONE_WAY_MS: u64 = 30;
    const ONE_WAY: Duration = Duration::from_millis(ONE_WAY_MS);

    /// A server `ONE_WAY` away that reads everything the client sends, then answers with the
    /// byte count and the bytes reversed, and closes.
    async fn far_server() -> std::net::SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let at = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.unwrap();
            let mut conn = Conn::accepted(tcp, ONE_WAY);
            let mut got = Vec::new();
            conn.read_to_end(&mut got).await.unwrap();
            conn.write_all(format!("{}\n", got.len()).as_bytes())
                .await
                .unwrap();
            got.reverse();
            conn.write_all(&got).await.unwrap();
            conn.shutdown().await.unwrap();
        });
        at
    }

    #[tokio::test]
    async fn a_far_connection_answers_two_round_trips_after_the_connect_whole_and_in_order() {
        let at = far_server().await;
        let sent: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let started = Instant::now();
        let tcp = TcpStream::connect(at).await.unwrap();
        let (mut read, mut write) = tcp.into_split();
        write.write_all(&sent).await.unwrap();
        write.shutdown().await.unwrap();
        let mut answer = Vec::new();
        read.read_to_end(&mut answer).await.unwrap();
        let took = started.elapsed();

        let mut expected = format!("{}\n", sent.len()).into_bytes();
        expected.extend(sent.iter().rev());
        assert!(answer == expected, "the answer was not the data reversed");
        // The handshake's 1.5 round trips, then one way back: the timer may wake up to a
        // millisecond early.
        assert!(
            took >= Duration::from_millis(4 * ONE_WAY_MS - 2),
            "answered after {took:?}, sooner than 2 round trips of {:?}",
            ONE_WAY * 2
        );
    }

    #[test]
    fn the_first_answer_comes_two_round_trips_after_the_connect_whoever_speaks_first() {
        let accept = Instant::now();
        let ow = ONE_WAY;
        let opens = accept + ow * 3;
        // The client speaks first (a ClientHello sent as its connect returns): the server reads
        // it as the connection opens and answers at once.
        let read = readable_at(accept, opens, ow);
        assert_eq!(read, accept + ow * 3);
        assert_eq!(arrives_at(read, opens, ow), accept + ow * 4);
        // The server speaks first (SMTP's greeting, written as soon as it accepted).
        assert_eq!(arrives_at(accept, opens, ow), accept + ow * 4);
        // Later on, each way takes one_way.
        let later = accept + ow * 10;
        assert_eq!(readable_at(later, opens, ow), later + ow);
        assert_eq!(arrives_at(later, opens, ow), later + ow);
    }

    #[tokio::test]
    async fn a_near_connection_is_the_socket_as_it_is() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let at = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.unwrap();
            let conn = Conn::accepted(tcp, Duration::ZERO);
            assert!(matches!(conn, Conn::Near(_)));
            let mut conn = conn;
            conn.write_all(b"220 ready\r\n").await.unwrap();
        });
        let mut tcp = TcpStream::connect(at).await.unwrap();
        let mut line = [0u8; 11];
        tcp.read_exact(&mut line).await.unwrap();
        assert_eq!(&line, b"220 ready\r\n");
    }
}
