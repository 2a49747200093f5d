//! Everything a running sandbox shares between requests: configuration, counters, faults, quirks and
//! each vendor's own state.

use std::sync::RwLock;

use crate::faults::{FaultBoard, Quirks};
use crate::stats::{Counters, Stats};
use crate::{SandboxConfig, eshouhou, locks, zhibang};

pub(crate) struct State {
    pub config: SandboxConfig,
    pub base_url: String,
    pub counters: Counters,
    pub faults: FaultBoard,
    quirks: RwLock<Quirks>,
    pub eshouhou: eshouhou::Eshouhou,
    pub zhibang: zhibang::Zhibang,
}

impl State {
    pub fn new(config: SandboxConfig, base_url: String) -> State {
        State {
            eshouhou: eshouhou::Eshouhou::new(config.eshouhou_work_orders),
            zhibang: zhibang::Zhibang::new(config.zhibang_services),
            config,
            base_url,
            counters: Counters::default(),
            faults: FaultBoard::default(),
            quirks: RwLock::new(Quirks::default()),
        }
    }

    pub fn quirks(&self) -> Quirks {
        *locks::read(&self.quirks)
    }

    pub fn set_quirks(&self, quirks: Quirks) {
        *locks::write(&self.quirks) = quirks;
    }

    pub fn stats(&self) -> Stats {
        let active = self.zhibang.sessions.active_count(self.config.session_idle_timeout);
        self.counters.snapshot(active as u64)
    }

    /// Issued tokens and open sessions survive: they are credentials, not data, and a test that resets
    /// between steps should not have to log in again.
    pub fn reset(&self) {
        self.counters.reset();
        self.faults.clear();
        self.set_quirks(Quirks::default());
        self.zhibang.reset();
    }
}
