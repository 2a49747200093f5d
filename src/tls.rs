//! The TLS settings of every client, built once per process for each trust choice. Loading the system's
//! trust store takes milliseconds, and many ERP plugins create a client per request: with the settings
//! shared, a further client costs microseconds. Only the settings are shared (they are immutable); each
//! client keeps its own connection pool, so freeing a client closes its connections and no client ever
//! sends on a connection another client opened.

use std::sync::{Arc, Mutex, PoisonError};

use rustls::ClientConfig;
use rustls::RootCertStore;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use rustls_platform_verifier::Verifier;

use crate::error::{Error, ErrorCode};

/// How many distinct trust choices are kept; a host uses one or two, and the bound keeps a host that
/// makes clients with ever-new certificates from growing the cache.
const MOST_CACHED: usize = 8;

/// Which certificate authorities a client trusts: the system's store, plus `ca_certificates` when the
/// config gives them, or only those when `ca_certificates_only` is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trust {
    pub extra_pem: Option<String>,
    pub only_extra: bool,
}

static CACHE: Mutex<Vec<(Trust, Arc<ClientConfig>)>> = Mutex::new(Vec::new());

/// The TLS settings for `trust`, shared with every client of the process that trusts the same.
pub fn settings(trust: &Trust) -> Result<Arc<ClientConfig>, Error> {
    if let Some(found) = cached(trust) {
        return Ok(found);
    }
    // Built outside the lock: two first clients may both build, which is harmless, while a lock held
    // over the trust store's loading would make every other client creation wait for it.
    let built = Arc::new(build(trust)?);
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, found)) = cache.iter().find(|(key, _)| key == trust) {
        return Ok(found.clone());
    }
    if cache.len() == MOST_CACHED {
        cache.remove(0);
    }
    cache.push((trust.clone(), built.clone()));
    Ok(built)
}

fn cached(trust: &Trust) -> Option<Arc<ClientConfig>> {
    let cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    cache.iter().find(|(key, _)| key == trust).map(|(_, config)| config.clone())
}

fn build(trust: &Trust) -> Result<ClientConfig, Error> {
    let provider = provider();
    let extra = match &trust.extra_pem {
        Some(pem) => certificates(pem)?,
        None => Vec::new(),
    };
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|error| failed(&error))?;
    let mut config = if trust.only_extra {
        let mut roots = RootCertStore::empty();
        for certificate in extra {
            roots.add(certificate).map_err(|error| failed(&error))?;
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        let verifier =
            if extra.is_empty() { Verifier::new(provider) } else { Verifier::new_with_extra_roots(extra, provider) }
                .map_err(|error| failed(&error))?;
        builder.dangerous().with_custom_certificate_verifier(Arc::new(verifier)).with_no_client_auth()
    };
    // The transport speaks HTTP/1.1 only, which the server learns through ALPN as with reqwest's own.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// The process's installed crypto provider, else ring, the one the library is built with.
fn provider() -> Arc<CryptoProvider> {
    CryptoProvider::get_default().cloned().unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()))
}

/// The certificates of a PEM bundle, each checked to be a certificate a trust store accepts (the system
/// verifier would skip a bad one without a word, leaving the host to wonder why its CA is not trusted).
fn certificates(pem: &str) -> Result<Vec<CertificateDer<'static>>, Error> {
    let not_pem =
        || Error::parameter(ErrorCode::InvalidParameter, "ca_certificates", "config `ca_certificates` is not PEM");
    let certificates =
        CertificateDer::pem_slice_iter(pem.as_bytes()).collect::<Result<Vec<_>, _>>().map_err(|_| not_pem())?;
    let mut check = RootCertStore::empty();
    for certificate in &certificates {
        check.add(certificate.clone()).map_err(|_| not_pem())?;
    }
    if certificates.is_empty() {
        return Err(not_pem());
    }
    Ok(certificates)
}

fn failed(error: &dyn std::fmt::Display) -> Error {
    Error::new(ErrorCode::TlsFailed, format!("the TLS settings could not be built: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_with_the_same_trust_share_one_settings_object() {
        let trust = Trust { extra_pem: None, only_extra: false };
        let first = settings(&trust).expect("the system trust store loads");
        let second = settings(&trust).expect("cached");
        assert!(Arc::ptr_eq(&first, &second));
    }

    #[test]
    fn a_bundle_that_is_not_pem_is_refused_as_the_config_key() {
        let trust = Trust { extra_pem: Some("not a certificate".into()), only_extra: true };
        let error = settings(&trust).expect_err("not PEM");
        assert_eq!(error.code(), ErrorCode::InvalidParameter);
    }
}
