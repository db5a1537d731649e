//! The one integration-test crate: drives the real `smtp-oauth` binary.
#![allow(unreachable_pub)] // test-crate items are shared between its modules only
#![allow(clippy::unwrap_used)] // test support panics with a message on broken fixtures

mod bundle;
mod catalog;
mod certs;
mod config_edits;
mod demo;
mod docs;
mod dovecot;
mod generated;
mod hostile;
mod hygiene;
mod i18n;
mod monitoring;
mod oauth_server;
mod output;
mod prereqs;
mod raw;
mod rotate;
mod schedule;
mod settings;
mod setup;
mod sim_contract;
mod smtp;
mod snapshots;
mod support;
mod token;
mod truststore;
mod truth;
