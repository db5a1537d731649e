//! Answers one run asks for once and shares. Under `diagnose --all-profiles` the profiles of one
//! app registration send the same token request, the same tenant discovery and the same admin
//! reads (the Enterprise app, its credentials, its Exchange service principal, the tenant's
//! transport settings); each is sent once, and every profile that asks gets that answer — a
//! second asker waits for the first rather than sending its own.
//!
//! A diagnosis changes nothing in a tenant, so one answer read during the run is as true for
//! every profile as ten thousand would be (and consistent across them). It is also what Entra
//! asks of a client: an app that requests the same client-credentials token over and over is
//! throttled with 429 and `Retry-After: 60` (MSAL.NET wiki, "Client Throttling"). What differs
//! between profiles (the mailbox, the SMTP session) is asked per profile, as before.
//!
//! Keys name the request; parts that are secrets (a client secret, a bearer token) enter a key
//! only as a SHA-256 digest, so a key never holds one.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

/// The answers of one run, by request.
#[derive(Default)]
pub struct Shared {
    cells: Mutex<HashMap<String, Arc<dyn Any + Send + Sync>>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.cells.lock().map_or(0, |c| c.len());
        write!(f, "Shared({n} answers)")
    }
}

impl Shared {
    /// The answer to the request `key`: `ask`'s, if this is the first asker, else the first
    /// asker's (waiting for it while it runs). Should the first asker be dropped before it ends,
    /// the next one asks in its place.
    pub async fn once<T, F>(&self, key: &str, ask: F) -> T
    where
        T: Clone + Send + Sync + 'static,
        F: Future<Output = T>,
    {
        let cell = {
            let mut cells = self
                .cells
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let any = cells
                .entry(key.to_string())
                .or_insert_with(|| Arc::new(OnceCell::<T>::new()))
                .clone();
            any.downcast::<OnceCell<T>>()
        };
        match cell {
            Ok(cell) => cell.get_or_init(|| ask).await.clone(),
            // The same key asked for an answer of another type: a programming slip that must
            // not cost a wrong answer, so this one is asked on its own.
            Err(_) => ask.await,
        }
    }
}

/// A key's part that is a secret, as it may enter a key: its SHA-256, hex.
pub fn digest(secret: &str) -> String {
    crate::tls::certinfo::sha256(secret.as_bytes())
}

/// What the process remembers across runs of the same work (a chain it verified, a certificate
/// it described, a token the simulator verified), bounded: emptied when full, so a long run
/// never grows it without end.
pub struct Kept<K, V> {
    map: Mutex<HashMap<K, V>>,
    most: usize,
}

impl<K: Eq + std::hash::Hash, V: Clone> Kept<K, V> {
    pub fn new(most: usize) -> Kept<K, V> {
        Kept {
            map: Mutex::default(),
            most,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, V>> {
        self.map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Eq + std::hash::Hash + ?Sized,
    {
        self.lock().get(key).cloned()
    }

    pub fn keep(&self, key: K, value: V) {
        let mut map = self.lock();
        if map.len() >= self.most {
            map.clear();
        }
        map.insert(key, value);
    }
}

impl<K, V> std::fmt::Debug for Kept<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Kept(at most {})", self.most)
    }
}

/// Asks through `shared` when there is one, else on its own. The request is boxed: a future
/// waiting on a shared answer would otherwise hold the request's state twice (and a diagnosis's
/// futures are large already).
pub async fn maybe<T, F>(shared: Option<&Shared>, key: impl FnOnce() -> String, ask: F) -> T
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = T>,
{
    let ask = Box::pin(ask);
    match shared {
        Some(s) => s.once(&key(), ask).await,
        None => ask.await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn concurrent_askers_of_one_request_get_one_answer() {
        let shared = Shared::default();
        let asked = AtomicU32::new(0);
        let ask = || async {
            asked.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            42u32
        };
        let (a, b, c) = tokio::join!(
            shared.once("token|x", ask()),
            shared.once("token|x", ask()),
            shared.once("token|y", ask())
        );
        assert_eq!((a, b, c), (42, 42, 42));
        assert_eq!(asked.load(Ordering::SeqCst), 2, "x once, y once");
    }

    #[tokio::test]
    async fn a_dropped_first_asker_leaves_the_request_to_the_next() {
        let shared = Shared::default();
        let slow = shared.once("k", async {
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
            1u8
        });
        let _ = tokio::time::timeout(std::time::Duration::from_millis(10), slow).await;
        assert_eq!(shared.once("k", async { 2u8 }).await, 2);
    }

    #[test]
    fn a_secret_enters_a_key_only_as_its_digest() {
        let d = digest("uwU8Q~secret");
        assert_eq!(d.len(), 64);
        assert!(!d.contains("secret"));
        assert_eq!(d, digest("uwU8Q~secret"));
    }

    #[test]
    fn what_is_kept_is_bounded() {
        let kept = Kept::new(2);
        kept.keep("a".to_string(), 1);
        kept.keep("b".to_string(), 2);
        assert_eq!((kept.get("a"), kept.get("b")), (Some(1), Some(2)));
        kept.keep("c".to_string(), 3);
        assert_eq!((kept.get("a"), kept.get("c")), (None, Some(3)));
    }
}
