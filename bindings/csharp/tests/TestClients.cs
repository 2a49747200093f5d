using AfterSales;

namespace AfterSales.Tests
{
    /// <summary>Clients configured for the sandbox with its published demo credentials (from sandbox/src/lib.rs).</summary>
    public static class TestClients
    {
        public const string AppId = "ysh54dd4f8arinfx";
        public const string AppSecret = "45e1cc23a7144a28ab110804491e3135";
        public const string ServiceSpaceId = "6a8251ba-ce64-46b7-a505-a4e560032706";
        public const string HeadquartersNetworkId = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d";
        public const string ZhibangUser = "apiuser";
        public const string ZhibangPassword = "sandbox-pass";
        public const string ZhibangFrozenUser = "frozen";
        public const string ZhibangCaptcha = "8888";

        /// <summary>The eshouhou config; tests add or change keys (e.g. <c>retries</c>) before creating a client.</summary>
        public static JsonObject EshouhouConfig()
        {
            return new JsonObject
            {
                { "app_id", AppId },
                { "app_secret", AppSecret },
                { "base_url", Sandbox.Url },
                { "service_space_id", ServiceSpaceId },
                { "service_network_id", HeadquartersNetworkId },
                // An injected fault meets the page a test asks for next, not one read ahead.
                { "prefetch", 0 },
            };
        }

        /// <summary>The Zhibang config of the API user; tests add or change keys before creating a client.</summary>
        public static JsonObject ZhibangConfig()
        {
            return new JsonObject
            {
                { "base_url", Sandbox.Url },
                { "username", ZhibangUser },
                { "password", ZhibangPassword },
                { "prefetch", 0 },
            };
        }

        public static EshouhouClient Eshouhou()
        {
            return new EshouhouClient(EshouhouConfig());
        }

        public static ZhibangClient Zhibang()
        {
            return new ZhibangClient(ZhibangConfig());
        }
    }
}
