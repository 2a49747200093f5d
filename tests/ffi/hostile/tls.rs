//! HTTPS for self-hosted servers: a loopback TLS server whose certificate comes from a CA made at test
//! time. Unknown to the system, that CA fails the handshake (`tls_failed`, never retried); given as
//! `ca_certificates` (PEM text or a file), alone or with the system's roots, it is trusted.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::{Value, json};

use super::server::{Reply, Server};
use super::{LOGIN, PASSWORD, SERVICE_LIST, SESSION, USER, failure, login_answer, success, table, zhibang_at};
use crate::common::Client;

/// A CA and the server config of a certificate it issued for `127.0.0.1` and `localhost`.
struct Pki {
    ca_pem: String,
    server: Arc<rustls::ServerConfig>,
}

fn certificate_authority(name: &str) -> (String, Issuer<'static, KeyPair>) {
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    let key = KeyPair::generate().expect("CA key");
    let certificate = params.self_signed(&key).expect("CA certificate");
    (certificate.pem(), Issuer::new(params, key))
}

static PKI: LazyLock<Pki> = LazyLock::new(|| {
    let (ca_pem, issuer) = certificate_authority("aftersales hostile-server test CA");
    let mut params =
        CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).expect("server parameters");
    params.distinguished_name.push(DnType::CommonName, "127.0.0.1");
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.use_authority_key_identifier_extension = true;
    let key = KeyPair::generate().expect("server key");
    let certificate = params.signed_by(&key, &issuer).expect("server certificate");
    let private_key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(vec![certificate.der().clone()], private_key)
        .expect("server certificate and key");
    Pki { ca_pem, server: Arc::new(server) }
});

/// A Zhibang server over TLS: a login and a service list.
fn tls_zhibang() -> Server {
    Server::start_tls(Arc::clone(&PKI.server), |request, _| match request.path() {
        LOGIN => login_answer(SESSION),
        SERVICE_LIST => Reply::json(200, &table(&[["7", "净水器滤芯更换"]])),
        _ => Reply::status(404),
    })
}

/// Logs in and lists through `https://127.0.0.1:PORT` with `extra` config.
fn lists(server: &Server, extra: Value) {
    assert!(server.url().starts_with("https://127.0.0.1:"));
    let client = zhibang_at(&server.url(), extra);
    let data = success(client.endpoint("service_list", &json!({})))["data"].clone();
    assert_eq!(data["rows"][0]["title"], json!("净水器滤芯更换"));
    assert_eq!(server.requests_to(LOGIN).len(), 1);
}

#[test]
fn a_certificate_from_an_unknown_ca_is_tls_failed_and_not_retried() {
    let server = tls_zhibang();
    let client = zhibang_at(&server.url(), json!({"retries": 3}));
    failure(client.endpoint("service_list", &json!({})), "tls_failed", "transport", false);
    assert_eq!(server.connections(), 1, "the handshake is not tried again");
    assert!(server.requests().is_empty(), "no request went over an untrusted connection");
}

#[test]
fn ca_certificates_as_pem_text_are_trusted() {
    let server = tls_zhibang();
    lists(&server, json!({"ca_certificates": PKI.ca_pem}));
}

/// A file in the temp folder, removed on drop.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn ca_certificates_as_a_pem_file_are_trusted() {
    static FILES: AtomicUsize = AtomicUsize::new(0);
    let file = TempFile(std::env::temp_dir().join(format!(
        "aftersales-hostile-ca-{}-{}.pem",
        std::process::id(),
        FILES.fetch_add(1, Ordering::SeqCst)
    )));
    std::fs::write(&file.0, &PKI.ca_pem).expect("write the CA file");
    let server = tls_zhibang();
    lists(&server, json!({"ca_certificates": file.0.to_str().expect("a UTF-8 temp path")}));
}

#[test]
fn ca_certificates_only_trusts_exactly_those() {
    let server = tls_zhibang();
    lists(&server, json!({"ca_certificates": PKI.ca_pem, "ca_certificates_only": true}));
    let (other_ca, _) = certificate_authority("another CA");
    let client = zhibang_at(&server.url(), json!({"ca_certificates": other_ca, "ca_certificates_only": true}));
    failure(client.endpoint("service_list", &json!({})), "tls_failed", "transport", false);
}

#[test]
fn ca_certificates_holding_garbage_are_refused_at_creation() {
    for garbage in [
        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
        "-----BEGIN CERTIFICATE-----\n",
        "/no/such/ca.pem",
        "not a certificate",
    ] {
        let config = json!({"base_url": "https://127.0.0.1:1", "username": USER, "password": PASSWORD,
                            "ca_certificates": garbage});
        let envelope = Client::new("zhibang", &config).err().unwrap_or_else(|| panic!("{garbage:?} was taken"));
        let error = failure(envelope, "invalid_parameter", "input", false);
        assert_eq!(error["parameter"], json!("ca_certificates"), "{garbage:?}: {error}");
    }
}

#[test]
fn a_redirect_from_https_down_to_http_is_refused() {
    let plain = Server::bystander();
    let target = plain.at(LOGIN);
    let server = Server::start_tls(Arc::clone(&PKI.server), move |request, _| match request.path() {
        LOGIN => Reply::redirect(307, &target),
        _ => Reply::status(404),
    });
    let client = zhibang_at(&server.url(), json!({"ca_certificates": PKI.ca_pem}));
    let error = failure(client.endpoint("service_list", &json!({})), "redirect_refused", "transport", false);
    assert!(error["message"].as_str().is_some_and(|text| text.contains(&plain.url())), "{error}");
    assert_eq!(plain.connections(), 0, "the password never went out in plain text");
}

#[test]
fn a_redirect_from_http_up_to_https_on_the_same_host_is_followed() {
    // By design the https upgrade of the same host counts as the same origin, whatever its port.
    let secure = tls_zhibang();
    let target = secure.at(LOGIN);
    let plain = Server::start(move |request, _| match request.path() {
        LOGIN => Reply::redirect(308, &target),
        _ => Reply::status(404),
    });
    let client = zhibang_at(&plain.url(), json!({"ca_certificates": PKI.ca_pem}));
    success(client.endpoint("login", &json!({})));
    assert_eq!(secure.requests_to(LOGIN).len(), 1, "the login was followed to https");
}

#[test]
fn a_handshake_that_never_completes_is_bounded_by_the_deadline() {
    // A plain server on an https URL: it takes the ClientHello for the start of a request and waits.
    let silent = Server::start(|_, _| Reply::Hang);
    let url = silent.url().replace("http://", "https://");
    let client = zhibang_at(
        &url,
        json!({"ca_certificates": PKI.ca_pem, "deadline_ms": 1500, "timeout_ms": 30000,
                                         "connect_timeout_ms": 30000, "retries": 5}),
    );
    let started = std::time::Instant::now();
    failure(client.endpoint("service_list", &json!({})), "timeout", "transport", true);
    let elapsed = started.elapsed().as_secs_f64();
    assert!((1.2..5.0).contains(&elapsed), "the call took {elapsed} s");
}
