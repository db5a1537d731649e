//! The `smtp-oauth` binary: everything happens in the library's `run`. A panic would be a bug;
//! if one happens anyway the user gets one line and exit status 2, not a Rust backtrace.

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "smtp-oauth: internal error{location}: this is a bug; please report it with the command you ran"
        );
    }));
    let code = std::panic::catch_unwind(|| smtp_oauth::run(std::env::args_os())).unwrap_or(2);
    std::process::exit(code);
}
