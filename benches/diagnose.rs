//! `cargo bench --bench diagnose`: the speed goals of issue 20 and SPEC.md, measured against the
//! simulated tenant behind links that add their own round-trip delay, printed as a table (not
//! asserted: a noisy machine must not fail a build). The figures go into docs/benchmark.md.
//!
//! - `test-connection` at a 50 ms round trip vs the protocol's lower bound (7 round trips, see
//!   docs/benchmark.md) and vs a sequential script doing the same steps (`benches/baseline.py`:
//!   urllib for the token, then smtplib);
//! - `diagnose` vs its own critical path (from its timeline);
//! - a dead SMTP host (accepts, never greets) vs the configured timeout;
//! - `--all-profiles` with 1, 1,000 and 10,000 profiles, each with its own mailbox: wall time,
//!   peak RSS, CPU time;
//! - cold start of `--version`; CPU time of one diagnosis.
//!
//! `BENCH_FLEET=N` stops the fleet at N profiles (`BENCH_FLEET=1000`: a quicker run); the fleet's
//! delay is in the simulated services' own sockets, or on the links with `BENCH_LINKS=1`;
//! `BENCH_ONLY=fleet` (a comma-separated list of `test-connection`, `diagnose`, `dead-host`,
//! `fleet`, `cold-start`) runs only those parts.

#![allow(clippy::unwrap_used)] // a benchmark fails loudly on a broken setup

use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use smtp_oauth::sim::{Background, SimOptions};

const BIN: &str = env!("CARGO_BIN_EXE_smtp-oauth");
/// Half the round trip: 25 ms each way, 50 ms round trip (a Microsoft front door from many
/// offices).
const ONE_WAY: Duration = Duration::from_millis(25);
const RTT_MS: f64 = 50.0;
/// greeting (TCP handshake, then the 220: 2), EHLO, STARTTLS, the TLS 1.3 handshake, EHLO over
/// TLS, AUTH with the initial response: the token request (3) runs beside the first five.
const TEST_CONNECTION_ROUND_TRIPS: f64 = 7.0;

type Rows = Vec<(String, String, String, bool)>;

mod link {
    //! A TCP link with a fixed delay each way, as `tc qdisc … netem delay` gives on loopback,
    //! without root: the connection reaches the server 1.5 round trips after the client's
    //! connect (SYN, SYN-ACK, ACK), and every chunk arrives `one_way` after it was sent.

    use std::net::SocketAddr;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
    use tokio::net::{TcpListener, TcpStream};
    use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
    use tokio::time::Instant;

    /// tokio's timer wakes on the first whole millisecond at or after a deadline, and its wait
    /// rounds up to whole milliseconds once more: measured, 1.2 ms late on average, on every
    /// hop (about 17 ms over `test-connection`'s 14 hops). The link asks to be woken this much
    /// earlier, so that a chunk takes `one_way` on average (give or take half a millisecond);
    /// [`Stats::mean_delay`] says what it took.
    const TIMER_LATE: Duration = Duration::from_millis(1);

    /// What a link has carried.
    #[derive(Default)]
    pub(crate) struct Stats {
        pub(crate) connections: AtomicUsize,
        /// The delay of each chunk the timer held (not those already due when the far side was
        /// ready: a chunk sent before the connection reached the server waits for it), in µs.
        delay_us: AtomicU64,
        chunks: AtomicU64,
    }

    impl Stats {
        /// The mean delay of the chunks the timer held, and how many there were.
        pub(crate) fn mean_delay(&self) -> (Duration, u64) {
            let n = self.chunks.load(Ordering::Relaxed);
            let total = self.delay_us.load(Ordering::Relaxed);
            (Duration::from_micros(total / n.max(1)), n)
        }
    }

    /// A chunk and when it was sent.
    type Chunk = (Instant, Vec<u8>);

    /// A link in front of `upstream`; returns the address to connect to instead, and what it
    /// carries.
    pub(crate) fn open(
        rt: &tokio::runtime::Runtime,
        upstream: SocketAddr,
        one_way: Duration,
    ) -> (SocketAddr, Arc<Stats>) {
        let listener = rt.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let at = listener.local_addr().unwrap();
        let stats = Arc::new(Stats::default());
        let carried = stats.clone();
        rt.spawn(async move {
            loop {
                if let Ok((client, _)) = listener.accept().await {
                    carried.connections.fetch_add(1, Ordering::Relaxed);
                    tokio::spawn(carry(client, upstream, one_way, carried.clone()));
                }
            }
        });
        (at, stats)
    }

    async fn carry(client: TcpStream, upstream: SocketAddr, one_way: Duration, stats: Arc<Stats>) {
        let _ = client.set_nodelay(true);
        let reaches_server = Instant::now() + one_way * 3;
        let (from_client, to_client) = client.into_split();
        let (up_tx, up_rx) = unbounded_channel();
        tokio::spawn(stamp(from_client, up_tx));
        tokio::time::sleep_until(reaches_server - TIMER_LATE).await;
        let Ok(server) = TcpStream::connect(upstream).await else {
            return;
        };
        let _ = server.set_nodelay(true);
        let (from_server, to_server) = server.into_split();
        let (down_tx, down_rx) = unbounded_channel();
        tokio::spawn(stamp(from_server, down_tx));
        tokio::join!(
            deliver(up_rx, to_server, one_way, &stats),
            deliver(down_rx, to_client, one_way, &stats)
        );
    }

    /// Reads what one side sends, stamped with when it was sent.
    async fn stamp(mut from: OwnedReadHalf, tx: UnboundedSender<Chunk>) {
        // A TLS record's worth: a larger buffer is only more to zero on every connection.
        let mut buf = vec![0u8; 16 * 1024 + 256];
        while let Ok(n) = from.read(&mut buf).await {
            if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    }

    /// Writes each chunk `one_way` after it was sent; closes after the last.
    async fn deliver(
        mut rx: UnboundedReceiver<Chunk>,
        mut to: OwnedWriteHalf,
        one_way: Duration,
        stats: &Stats,
    ) {
        while let Some((sent, bytes)) = rx.recv().await {
            let due = sent + one_way;
            if due > Instant::now() {
                tokio::time::sleep_until(due - TIMER_LATE).await;
                let delay = u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX);
                stats.delay_us.fetch_add(delay, Ordering::Relaxed);
                stats.chunks.fetch_add(1, Ordering::Relaxed);
            }
            if to.write_all(&bytes).await.is_err() {
                break;
            }
        }
        let _ = to.shutdown().await;
    }
}

/// The simulated tenant with every service behind a delayed link; `exports` point at the links.
struct Delayed {
    _sim: Background,
    exports: Vec<(String, String)>,
    /// What each link has carried, per service (the export that names it).
    carried: Vec<(String, std::sync::Arc<link::Stats>)>,
    /// The links' runtime (none when the delay is in the simulated sockets).
    _links: Option<tokio::runtime::Runtime>,
}

impl Delayed {
    /// The delay on links in front of the simulated services (a second hop through this
    /// process, whose timing is checked: see [`link`]).
    fn start(scenario: &str, options: SimOptions, one_way: Duration) -> Delayed {
        let sim = Background::start(scenario, options).unwrap();
        let links = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let mut ports: Vec<u16> = Vec::new();
        for (k, v) in &sim.exports {
            if k == "SMTP_OAUTH_SMTP_PORT" {
                ports.push(v.parse().unwrap());
            } else if let Ok(u) = url::Url::parse(v)
                && u.host_str() == Some("127.0.0.1")
                && let Some(p) = u.port()
            {
                ports.push(p);
            }
        }
        ports.sort_unstable();
        ports.dedup();
        let mut exports = sim.exports.clone();
        let mut carried = Vec::new();
        for port in ports {
            let upstream: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
            let (via, count) = link::open(&links, upstream, one_way);
            let via = via.port();
            let mut service = None;
            for (k, v) in &mut exports {
                if k == "SMTP_OAUTH_SMTP_PORT" && *v == port.to_string() {
                    *v = via.to_string();
                    service.get_or_insert_with(|| k.clone());
                } else if v.contains(&format!("127.0.0.1:{port}")) {
                    *v = v.replace(&format!("127.0.0.1:{port}"), &format!("127.0.0.1:{via}"));
                    service.get_or_insert_with(|| k.clone());
                }
            }
            carried.push((service.unwrap_or_default(), count));
        }
        Delayed {
            _sim: sim,
            exports,
            carried,
            _links: Some(links),
        }
    }

    /// The delay inside the simulated services' own connections (`SimOptions::one_way`): the
    /// same path without the links' second hop, whose CPU the two cores would otherwise share
    /// with the client. Carries no connection counts.
    fn start_in_sim(scenario: &str, mut options: SimOptions, one_way: Duration) -> Delayed {
        options.one_way = one_way;
        // One thread: the tenant stands for servers of its own, and on the two cores it shares
        // with the client a second one cost a third more of its CPU in wake-ups.
        options.workers = Some(1);
        let sim = Background::start(scenario, options).unwrap();
        Delayed {
            exports: sim.exports.clone(),
            _sim: sim,
            carried: Vec::new(),
            _links: None,
        }
    }

    /// Connections carried so far, per service: `AUTHORITY 3, SMTP_PORT 1 …`.
    fn connections(&self) -> Vec<(String, usize)> {
        self.carried
            .iter()
            .map(|(k, n)| {
                (
                    k.trim_start_matches("SMTP_OAUTH_").to_string(),
                    n.connections.load(std::sync::atomic::Ordering::Relaxed),
                )
            })
            .collect()
    }

    /// The mean one-way delay the links gave the chunks their timers held, over all links.
    fn mean_delay(&self) -> (Duration, u64) {
        let (mut total, mut chunks) = (Duration::ZERO, 0u64);
        for (_, stats) in &self.carried {
            let (mean, n) = stats.mean_delay();
            total += mean * u32::try_from(n).unwrap_or(u32::MAX);
            chunks += n;
        }
        (
            total / u32::try_from(chunks.max(1)).unwrap_or(u32::MAX),
            chunks,
        )
    }

    fn export(&self, name: &str) -> &str {
        self.exports
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap()
    }
}

fn command(program: &str, exports: &[(String, String)], home: &std::path::Path) -> Command {
    let mut c = Command::new(program);
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .envs(exports.iter().map(|(k, v)| (k, v)))
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    c
}

fn timed(mut c: Command) -> (Duration, String) {
    let started = Instant::now();
    let out = c.output().expect("run the command");
    (
        started.elapsed(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Wall time, peak RSS (KiB) and CPU time (user + system) of one run of `c` (which should exit
/// 0; says so when it does not), measured by a
/// Python parent: `wait4` gives that child's CPU time exactly; the peak RSS is the child's
/// `VmHWM`, read every 2 ms for the first second and every 10 ms after (a fleet's minutes of
/// 2 ms polling were 3 % of the two cores it shares with the client; `VmHWM` is a high-water
/// mark, so a slower poll only misses the last 10 ms) until it exits (`wait4`'s own figure
/// would include the parent's image, copied by the fork before `exec`). `None` without
/// python3.
fn measured(c: &Command) -> Option<(Duration, u64, Duration)> {
    const PARENT: &str = "import os, subprocess, sys, time\n\
        t = time.monotonic()\n\
        p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n\
        hwm = 0\n\
        while os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT | os.WNOHANG) is None:\n\
        \x20   try:\n\
        \x20       for line in open(f'/proc/{p.pid}/status'):\n\
        \x20           if line.startswith('VmHWM:'):\n\
        \x20               hwm = max(hwm, int(line.split()[1]))\n\
        \x20   except OSError:\n\
        \x20       pass\n\
        \x20   time.sleep(0.002 if time.monotonic() - t < 1 else 0.01)\n\
        w = time.monotonic() - t\n\
        _, status, r = os.wait4(p.pid, 0)\n\
        p.returncode = 0\n\
        print(w, hwm, r.ru_utime + r.ru_stime, os.waitstatus_to_exitcode(status))\n";
    let mut p = Command::new("python3");
    p.arg("-c")
        .arg(PARENT)
        .arg(c.get_program())
        .args(c.get_args());
    p.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            p.env(k, v);
        }
    }
    let out = p.stderr(Stdio::null()).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut f = text.split_whitespace();
    let wall: f64 = f.next()?.parse().ok()?;
    let rss: u64 = f.next()?.parse().ok()?;
    let cpu: f64 = f.next()?.parse().ok()?;
    let code: i32 = f.next()?.parse().ok()?;
    if code != 0 {
        println!("{:?} exited with {code}", c.get_args().collect::<Vec<_>>());
    }
    Some((
        Duration::from_secs_f64(wall),
        rss,
        Duration::from_secs_f64(cpu),
    ))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// Phase durations from a `-v --json` report's timeline (`+12 ms token.start` …).
fn phases(report: &serde_json::Value) -> Vec<(String, u64)> {
    let events: Vec<(String, u64)> = report["timeline"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| {
                    let text = e.as_str()?;
                    let (at, name) = text.trim_start_matches('+').split_once(" ms ")?;
                    Some((name.to_string(), at.parse().ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    for (name, start) in &events {
        if let Some(phase) = name.strip_suffix(".start")
            && let Some((_, end)) = events.iter().find(|(n, _)| n == &format!("{phase}.end"))
        {
            out.push((phase.to_string(), end - start));
        }
    }
    out
}

/// `test-connection` at a 50 ms round trip vs the lower bound and the sequential script.
fn test_connection(home: &std::path::Path, rows: &mut Rows) {
    let sim = Delayed::start("healthy", SimOptions::default(), ONE_WAY);
    let walls: Vec<Duration> = (0..7)
        .map(|_| {
            let mut c = command(BIN, &sim.exports, home);
            c.arg("test-connection");
            timed(c).0
        })
        .collect();
    let wall = median(walls);
    let bound = TEST_CONNECTION_ROUND_TRIPS * RTT_MS;
    let ratio = wall.as_secs_f64() * 1000.0 / bound;
    rows.push((
        "test-connection, 50 ms RTT".into(),
        format!("{} (lower bound {bound:.0} ms)", ms(wall)),
        format!("≤ 1.1 × lower bound (is {ratio:.2} ×)"),
        ratio <= 1.1,
    ));
    let (delay, chunks) = sim.mean_delay();
    let off = (delay.as_secs_f64() - ONE_WAY.as_secs_f64()).abs() * 1000.0;
    rows.push((
        "  the links' one-way delay".into(),
        format!(
            "{:.2} ms mean over {chunks} chunks",
            delay.as_secs_f64() * 1000.0
        ),
        format!("{} ms ± 0.5", ONE_WAY.as_millis()),
        off <= 0.5,
    ));
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/baseline.py");
    let runs: Vec<(Duration, String)> = (0..5)
        .map(|_| {
            let mut c = command("python3", &sim.exports, home);
            c.arg(script);
            timed(c)
        })
        .collect();
    if runs.iter().all(|(_, out)| out.trim() == "235") {
        let baseline = median(runs.into_iter().map(|(d, _)| d).collect());
        let ratio = wall.as_secs_f64() / baseline.as_secs_f64();
        rows.push((
            "  vs the sequential script".into(),
            format!("{} vs {}", ms(wall), ms(baseline)),
            format!("≤ 0.55 × the script (is {ratio:.2} ×)"),
            ratio <= 0.55,
        ));
    } else {
        rows.push((
            "  vs the sequential script".into(),
            "not measured (python3 missing or the script failed)".into(),
            "≤ 0.55 × the script".into(),
            false,
        ));
    }
    drop(sim);
}

/// `diagnose` vs its own critical path (the longest chain of its timeline); returns its phases.
fn diagnose_vs_critical_path(home: &std::path::Path, rows: &mut Rows) -> Vec<(String, u64)> {
    let sim = Delayed::start("healthy", SimOptions::default(), ONE_WAY);
    let walls: Vec<Duration> = (0..5)
        .map(|_| {
            let mut c = command(BIN, &sim.exports, home);
            c.args(["diagnose", "--json"]);
            timed(c).0
        })
        .collect();
    let wall = median(walls);
    let mut c = command(BIN, &sim.exports, home);
    c.args(["diagnose", "-v", "--json"]);
    let (_, out) = timed(c);
    let p = phases(&serde_json::from_str(&out).unwrap_or_default());
    let get = |n: &str| p.iter().find(|(x, _)| x == n).map_or(0, |(_, d)| *d);
    // AUTH follows the token and the session; the prerequisites run beside all three.
    let critical = (get("token").max(get("smtp.connect")) + get("smtp.auth")).max(get("prereqs"));
    let sequential = get("token") + get("smtp.connect") + get("prereqs") + get("smtp.auth");
    let ratio = wall.as_secs_f64() * 1000.0 / critical.max(1) as f64;
    rows.push((
        "diagnose, 50 ms RTT".into(),
        format!(
            "{} (critical path {critical} ms, sequential {sequential} ms)",
            ms(wall)
        ),
        format!("≤ 1.1 × critical path (is {ratio:.2} ×)"),
        ratio <= 1.1,
    ));
    let mut c = command(BIN, &sim.exports, home);
    c.args(["diagnose", "--json"]);
    let runs: Vec<(Duration, u64, Duration)> = (0..5).filter_map(|_| measured(&c)).collect();
    if !runs.is_empty() {
        let cpu = median(runs.iter().map(|r| r.2).collect());
        let rss = runs.iter().map(|r| r.1).max().unwrap_or_default();
        rows.push((
            "CPU time of one diagnosis".into(),
            format!("{} (peak RSS {:.1} MiB)", ms(cpu), rss as f64 / 1024.0),
            "≤ 30 ms".into(),
            cpu <= Duration::from_millis(30),
        ));
    }
    drop(sim);
    p
}

/// A dead SMTP host costs one timeout.
fn dead_host(home: &std::path::Path, rows: &mut Rows) {
    let sim = Background::start("network-timeout", SimOptions::default()).unwrap();
    let mut c = command(BIN, &sim.exports, home);
    c.args(["diagnose", "--json", "--timeout", "2"]);
    let (wall, _) = timed(c);
    rows.push((
        "dead SMTP host, --timeout 2".into(),
        ms(wall),
        "≤ timeout + 0.5 s".into(),
        wall <= Duration::from_millis(2500),
    ));
    drop(sim);
}

/// `--all-profiles` with 1, 1,000 and 10,000 profiles, each with a mailbox of its own, at a
/// 50 ms round trip.
fn fleet(home: &std::path::Path, rows: &mut Rows) {
    let largest: usize = std::env::var("BENCH_FLEET")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let options = SimOptions {
        extra_mailboxes: largest,
        ..SimOptions::default()
    };
    // The delay in the simulated services' sockets, unless BENCH_LINKS=1 asks for the links
    // (which count connections, at a third more of the simulated side's CPU).
    let sim = if std::env::var_os("BENCH_LINKS").is_some() {
        Delayed::start("healthy", options, ONE_WAY)
    } else {
        Delayed::start_in_sim("healthy", options, ONE_WAY)
    };
    let secret_path = home.join("secret");
    std::fs::write(&secret_path, sim.export("SMTP_OAUTH_CLIENT_SECRET")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&secret_path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // Profiles as the file keeps them, a mailbox each; the exports point at the links.
    let profile = |i: usize| {
        smtp_oauth::sim::profile_toml(&format!("appliance-{i:05}"), &secret_path, &sim.exports)
            .replace(
                smtp_oauth::sim::tenant::MAILBOX,
                &smtp_oauth::sim::tenant::fleet_mailbox(i),
            )
    };
    // The admin tokens apply to every profile (prerequisites included).
    let admin: Vec<(String, String)> = ["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"]
        .iter()
        .map(|k| (k.to_string(), sim.export(k).to_string()))
        .collect();
    let mut figures = Vec::new();
    let mut sizes: Vec<usize> = [1, 1_000, 10_000]
        .into_iter()
        .filter(|n| *n <= largest)
        .collect();
    if !sizes.contains(&largest) {
        sizes.push(largest);
    }
    for n in sizes {
        let config = home.join(format!("fleet-{n}.toml"));
        std::fs::write(&config, (0..n).map(profile).collect::<String>()).unwrap();
        let mut c = command(BIN, &admin, home);
        c.args(["diagnose", "--all-profiles", "--json", "--config"])
            .arg(&config);
        let before = sim.connections();
        let served_before = own_cpu();
        let m = measured(&c).unwrap_or_else(|| (timed(c).0, 0, Duration::ZERO));
        let served = own_cpu().saturating_sub(served_before);
        let opened: Vec<String> = sim
            .connections()
            .iter()
            .zip(&before)
            .map(|((k, after), (_, was))| format!("{k} {}", after - was))
            .collect();
        // Per profile: what the tool itself spends, and what the simulated tenant and the links
        // spend on the same two cores (on a real path that is Microsoft's and the network's).
        let per = |d: Duration| d.as_secs_f64() * 1000.0 / n as f64;
        println!(
            "fleet {n:>6}: {} wall, {} MiB peak, {} CPU, {:.2} ms a profile (the simulated tenant, and the links if any: {}, {:.2} ms a profile){}",
            ms(m.0),
            m.1 / 1024,
            ms(m.2),
            per(m.2),
            ms(served),
            per(served),
            if opened.is_empty() {
                String::new()
            } else {
                format!("; connections: {}", opened.join(", "))
            }
        );
        figures.push((n, m));
    }
    fleet_rows(&figures, rows);
    drop(sim);
}

fn fleet_rows(figures: &[(usize, (Duration, u64, Duration))], rows: &mut Rows) {
    let Some((_, one)) = figures.first() else {
        return;
    };
    for (n, (wall, rss, cpu)) in figures.iter().skip(1) {
        let ratio = wall.as_secs_f64() / one.0.as_secs_f64();
        rows.push((
            format!("--all-profiles, {n} vs 1 profile"),
            format!(
                "{} vs {}; {} vs {} MiB; CPU {}",
                ms(*wall),
                ms(one.0),
                rss / 1024,
                one.1 / 1024,
                ms(*cpu)
            ),
            format!("≤ 20 × one profile at 10,000 (is {ratio:.1} ×)"),
            *n < 10_000 || ratio <= 20.0,
        ));
    }
}

/// This process's CPU time so far (user + system): the simulated tenant and the delaying links
/// run here, so what a run cost them is the difference. Zero where `/proc` is not there.
fn own_cpu() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // The fields after the command name (which is in parentheses and may hold spaces):
    // utime and stime are the 14th and 15th of the line, in clock ticks (100 per second).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let f: Vec<&str> = after.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|x| x.parse::<u64>().ok());
    match (tick(11), tick(12)) {
        (Some(u), Some(s)) => Duration::from_millis((u + s) * 10),
        _ => Duration::ZERO,
    }
}

/// Cold start of --version.
fn cold_start(home: &std::path::Path, rows: &mut Rows) {
    let starts: Vec<Duration> = (0..30)
        .map(|_| {
            let mut c = command(BIN, &[], home);
            c.arg("--version");
            timed(c).0
        })
        .collect();
    let start = median(starts);
    rows.push((
        "cold start of --version".into(),
        format!("{:.1} ms", start.as_secs_f64() * 1000.0),
        "< 5 ms".into(),
        start < Duration::from_millis(5),
    ));
}

fn main() {
    let home = tempfile::tempdir().unwrap();
    let mut rows: Rows = Vec::new();
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let runs = |part: &str| only.is_empty() || only.split(',').any(|p| p.trim() == part);

    if runs("test-connection") {
        test_connection(home.path(), &mut rows);
    }
    let p = if runs("diagnose") {
        diagnose_vs_critical_path(home.path(), &mut rows)
    } else {
        Vec::new()
    };
    if runs("dead-host") {
        dead_host(home.path(), &mut rows);
    }
    if runs("fleet") {
        fleet(home.path(), &mut rows);
    }
    if runs("cold-start") {
        cold_start(home.path(), &mut rows);
    }

    println!("\n{:<40} {:<60} {:<40} met", "measure", "result", "target");
    for (what, result, target, met) in &rows {
        println!(
            "{what:<40} {result:<60} {target:<40} {}",
            if *met { "yes" } else { "NO" }
        );
    }
    println!("\nphases of the last diagnose (ms): {p:?}");
}
