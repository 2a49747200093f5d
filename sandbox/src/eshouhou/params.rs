//! Query parameters as ASP.NET Web API binds them (names match whatever their case), with the checks
//! the v1 and v2 list calls share: paging and the network context.

use super::condition::Condition;
use super::data::Dataset;
use crate::ESHOUHOU_SERVICE_SPACE_ID;

const DEFAULT_PAGE_SIZE: usize = 10;

pub struct Params {
    pairs: Vec<(String, String)>,
}

/// A 1-based page of a list.
pub struct Page {
    size: usize,
    index: usize,
}

impl Page {
    pub fn of<T>(&self, rows: impl Iterator<Item = T>) -> impl Iterator<Item = T> {
        rows.skip((self.index - 1).saturating_mul(self.size)).take(self.size)
    }
}

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Params {
        Params { pairs }
    }

    /// The value of `name`, or "" when it is absent.
    pub fn text(&self, name: &str) -> &str {
        self.pairs.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map_or("", |(_, value)| value.trim())
    }

    pub fn page(&self) -> Result<Page, String> {
        let size = self.count("pageSize")?.filter(|size| *size > 0).unwrap_or(DEFAULT_PAGE_SIZE);
        let index = self.count("pageIndex")?.filter(|index| *index > 0).unwrap_or(1);
        Ok(Page { size, index })
    }

    pub fn condition(&self) -> Result<Condition, String> {
        Condition::parse(self.text("condition"))
    }

    /// Checks serviceSpaceId, serviceNetworkType and serviceNetworkId. Answers the network an outlet
    /// (type 2) asks on behalf of, which narrows work-order lists to that network's orders.
    pub fn network_scope(&self, dataset: &Dataset) -> Result<Option<usize>, String> {
        let space = self.text("serviceSpaceId");
        if !space.is_empty() && !space.eq_ignore_ascii_case(ESHOUHOU_SERVICE_SPACE_ID) {
            return Err("服务空间不存在".to_owned());
        }
        let outlet = match self.text("serviceNetworkType") {
            "" | "1" => false,
            "2" => true,
            _ => return Err("参数错误: serviceNetworkType".to_owned()),
        };
        let network = match self.text("serviceNetworkId") {
            "" => None,
            id => Some(dataset.network_by_id(id).ok_or("服务网点不存在")?),
        };
        Ok(network.filter(|_| outlet))
    }

    pub fn check_space(&self) -> Result<(), String> {
        let space = self.text("serviceSpaceId");
        if space.is_empty() || space.eq_ignore_ascii_case(ESHOUHOU_SERVICE_SPACE_ID) {
            Ok(())
        } else {
            Err("服务空间不存在".to_owned())
        }
    }

    fn count(&self, name: &str) -> Result<Option<usize>, String> {
        match self.text(name) {
            "" => Ok(None),
            text if text.bytes().all(|byte| byte.is_ascii_digit()) => {
                text.parse().map(Some).map_err(|_| format!("参数错误: {name}"))
            }
            _ => Err(format!("参数错误: {name}")),
        }
    }
}
