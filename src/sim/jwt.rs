//! Access tokens of the simulated Entra ID: v1.0 JWTs signed RS256 with the simulator's own key
//! (`simulator-token-signing-key.pem`, made for this simulation and used nowhere else), and the
//! random ids Microsoft puts in responses (trace ids, session ids).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{self, RsaKeyPair};
use rustls::pki_types::PrivateKeyDer;
use rustls::pki_types::pem::PemObject;
use serde_json::Value;

const SIGNING_KEY_PEM: &str = include_str!("simulator-token-signing-key.pem");

pub struct TokenSigner {
    key: RsaKeyPair,
    kid: String,
    /// Tokens whose signature verified, with their claims: a front end checks a bearer token's
    /// signature once, not on every request it comes with (a fleet's admin token comes with
    /// thousands). At most 1024 kept.
    verified: crate::shared::Kept<String, Value>,
}

impl Default for TokenSigner {
    fn default() -> Self {
        Self::new()
    }
}

impl TokenSigner {
    pub fn new() -> TokenSigner {
        let der = PrivateKeyDer::from_pem_slice(SIGNING_KEY_PEM.as_bytes())
            .expect("the bundled key is PEM");
        let PrivateKeyDer::Pkcs8(pkcs8) = der else {
            panic!("the bundled key is PKCS#8")
        };
        let key = RsaKeyPair::from_pkcs8(pkcs8.secret_pkcs8_der()).expect("the bundled key is RSA");
        let digest = ring::digest::digest(
            &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
            key.public().as_ref(),
        );
        let kid = URL_SAFE_NO_PAD.encode(digest.as_ref());
        TokenSigner {
            key,
            kid,
            verified: crate::shared::Kept::new(1024),
        }
    }

    /// A signed JWT with these claims.
    pub fn issue(&self, claims: &Value) -> String {
        let header =
            serde_json::json!({"typ": "JWT", "alg": "RS256", "x5t": self.kid, "kid": self.kid});
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut sig = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &signature::RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                input.as_bytes(),
                &mut sig,
            )
            .expect("RSA signing with a valid key");
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
    }

    /// The claims of a token this signer issued, or `None` if the signature does not verify.
    pub fn verify(&self, token: &str) -> Option<Value> {
        if let Some(claims) = self.verified.get(token) {
            return Some(claims);
        }
        let claims = self.verify_signature(token)?;
        self.verified.keep(token.to_string(), claims.clone());
        Some(claims)
    }

    fn verify_signature(&self, token: &str) -> Option<Value> {
        let mut parts = token.split('.');
        let (h, c, s) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let sig = URL_SAFE_NO_PAD.decode(s).ok()?;
        let public = signature::UnparsedPublicKey::new(
            &signature::RSA_PKCS1_2048_8192_SHA256,
            self.key.public().as_ref(),
        );
        public.verify(format!("{h}.{c}").as_bytes(), &sig).ok()?;
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(c).ok()?).ok()
    }
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    SystemRandom::new().fill(&mut b).expect("system randomness");
    b
}

/// A random GUID in Microsoft's lowercase form.
pub fn guid() -> String {
    crate::net::new_guid()
}

/// 16 upper-case hex digits, like the session id in Exchange's banners and brackets.
pub fn session_id() -> String {
    random_bytes::<8>()
        .iter()
        .map(|x| format!("{x:02X}"))
        .collect()
}

/// A random secret value shaped like Entra's (`xxx8Q~` + 34 characters).
pub fn secret_value() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";
    let b = random_bytes::<37>();
    let mut s: String = b[..3]
        .iter()
        .map(|x| ALPHABET[usize::from(*x) % 62] as char)
        .collect();
    s.push_str("8Q~");
    s.extend(
        b[3..]
            .iter()
            .map(|x| ALPHABET[usize::from(*x) % ALPHABET.len()] as char),
    );
    s
}

/// Opaque base64url noise for `aio`, `uti`, `rh`.
pub fn opaque(n: usize) -> String {
    let b = random_bytes::<48>();
    URL_SAFE_NO_PAD.encode(&b[..n.min(48)])
}
