//! Stores the host provides (a Redis, a database, a cache shared by several machines), registered once
//! per process by name and named in a client's config as `callbacks:NAME`.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use super::StoreBackend;

static STORES: RwLock<Option<HashMap<String, Arc<dyn StoreBackend>>>> = RwLock::new(None);

/// Registers (or replaces) the store `name`; clients created afterwards with `callbacks:NAME` use it.
pub fn register(name: &str, store: Arc<dyn StoreBackend>) {
    let mut stores = STORES.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    stores.get_or_insert_with(HashMap::new).insert(name.to_owned(), store);
}

/// The store registered as `name`.
pub fn registered(name: &str) -> Option<Arc<dyn StoreBackend>> {
    let stores = STORES.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    stores.as_ref().and_then(|stores| stores.get(name).cloned())
}
