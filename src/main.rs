//! The `smtp-oauth` binary: everything happens in the library's `run`.

fn main() {
    std::process::exit(smtp_oauth::run(std::env::args_os()));
}
