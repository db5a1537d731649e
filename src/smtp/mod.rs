//! The diagnostic SMTP client: our own small state machine on tokio + rustls (lettre cannot show
//! the steps), its bounded reply parser and its transcript.

pub mod reply;
pub mod session;
pub mod transcript;
