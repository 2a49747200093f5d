//! What every client does the same way: find an endpoint by name, check a call's parameters against it,
//! and run the call. Each vendor's client supplies only how a checked call is sent.

use serde_json::{Map, Value};

use crate::catalogue::{Endpoint, Vendor};
use crate::envelope::Response;
use crate::error::{Error, ErrorCode};
use crate::options::CallOptions;
use crate::params::{self, Params, WireValue};

/// A client of one vendor. [`EshouhouClient`](crate::EshouhouClient) and
/// [`ZhibangClient`](crate::ZhibangClient) are one; cursors and the C ABI work with either.
///
/// Checked parameters are typed by their vendor, so one vendor's cannot be sent by the other's client:
///
/// ```compile_fail
/// use aftersales::{Client, Error, EshouhouClient, ZhibangClient};
///
/// fn mixed(eshouhou: &EshouhouClient, zhibang: &ZhibangClient) -> Result<(), Error> {
///     let params = zhibang.prepare(zhibang.endpoint("service_list")?, &serde_json::Map::new())?;
///     eshouhou.execute(&params).map(drop)
/// }
/// ```
pub trait Client {
    type Vendor: Vendor;

    /// Sends checked parameters with one call's options (deadline, timeout, request id, cancel token)
    /// and normalizes the answer.
    fn execute_with(&self, params: &Params<Self::Vendor>, options: &CallOptions) -> Result<Response, Error>;

    /// The value the client's config holds for a parameter a call leaves out (the parameter's
    /// `config_key`).
    fn config_value(&self, _config_key: &str) -> Option<WireValue> {
        None
    }

    /// Pages a cursor of this client fetches ahead by default (the config's `prefetch`).
    fn prefetch(&self) -> usize {
        0
    }

    /// The catalogue entry of one of the vendor's endpoints.
    fn endpoint(&self, name: &str) -> Result<&'static Endpoint<Self::Vendor>, Error> {
        Self::Vendor::endpoint(name).ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownEndpoint,
                format!("`{}` is not {} endpoint", crate::excerpt::echo(name), Self::Vendor::WITH_ARTICLE),
            )
        })
    }

    /// Checks parameters against the catalogue, filling those left out from the config (`config_key`).
    fn prepare(
        &self,
        endpoint: &'static Endpoint<Self::Vendor>,
        params: &Map<String, Value>,
    ) -> Result<Params<Self::Vendor>, Error> {
        params::validate(endpoint, params, &|param| param.config_key.and_then(|key| self.config_value(key)))
    }

    /// Sends checked parameters and normalizes the answer.
    fn execute(&self, params: &Params<Self::Vendor>) -> Result<Response, Error> {
        self.execute_with(params, &CallOptions::default())
    }

    /// Calls an endpoint of the catalogue by name with JSON parameters (vendor names).
    fn call(&self, endpoint: &str, params: &Map<String, Value>) -> Result<Response, Error> {
        self.call_with(endpoint, params, &CallOptions::default())
    }

    /// Calls an endpoint by name with one call's options.
    fn call_with(&self, endpoint: &str, params: &Map<String, Value>, options: &CallOptions) -> Result<Response, Error> {
        self.execute_with(&self.prepare(self.endpoint(endpoint)?, params)?, options)
    }
}

impl<C: Client> Client for &C {
    type Vendor = C::Vendor;

    fn execute_with(&self, params: &Params<Self::Vendor>, options: &CallOptions) -> Result<Response, Error> {
        (*self).execute_with(params, options)
    }

    fn config_value(&self, config_key: &str) -> Option<WireValue> {
        (*self).config_value(config_key)
    }

    fn prefetch(&self) -> usize {
        (*self).prefetch()
    }
}
