using System;
using System.Collections.Generic;
using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>The built-in JSON reader and writer, which replace a JSON package.</summary>
    [TestFixture]
    public sealed class JsonTests
    {
        private enum Urgency
        {
            High = 2,
        }

        [Test]
        public void ParsesEveryKindOfValue()
        {
            var parsed = (JsonObject)Json.Parse(
                "{\"s\":\"张伟\\n\\\"x\\\" \\u00e9 \\ud83d\\ude00\",\"i\":-42,\"big\":12345678901234567890,\"f\":1.5e2,"
                + "\"t\":true,\"n\":null,\"a\":[1,{\"k\":[]}],\"o\":{}}");

            Assert.AreEqual("张伟\n\"x\" é 😀", parsed.GetString("s"));
            Assert.AreEqual(-42L, parsed["i"]);
            Assert.AreEqual(1.2345678901234567e19, (double)parsed["big"], 1e5);
            Assert.AreEqual(150.0, parsed["f"]);
            Assert.AreEqual(true, parsed.GetBoolean("t"));
            Assert.IsTrue(parsed.ContainsKey("n"));
            Assert.IsNull(parsed["n"]);
            Assert.AreEqual(2, parsed.GetArray("a").Count);
            Assert.AreEqual(0, parsed.GetArray("a").Objects().Single().GetArray("k").Count);
            Assert.AreEqual(0, parsed.GetObject("o").Count);
        }

        [Test]
        public void TypedGettersAreLenientOnlyWhereVendorsAre()
        {
            var parsed = (JsonObject)Json.Parse("{\"n\":\"12\",\"m\":7,\"o\":{}}");

            Assert.AreEqual(12L, parsed.GetInt64("n"));
            Assert.AreEqual("7", parsed.GetString("m"));
            Assert.IsNull(parsed.GetString("missing"));
            Assert.Throws<InvalidCastException>(() => parsed.GetString("o"));
            Assert.Throws<InvalidCastException>(() => parsed.GetArray("m"));
        }

        [TestCase("")]
        [TestCase("{")]
        [TestCase("{\"a\":1,}")]
        [TestCase("[1 2]")]
        [TestCase("01")]
        [TestCase("\"tab\there\"")]
        [TestCase("{\"a\":1} x")]
        [TestCase("tru")]
        [TestCase("\"\\x\"")]
        public void RejectsInvalidJson(string text)
        {
            Assert.Throws<FormatException>(() => Json.Parse(text));
        }

        [Test]
        public void RejectsHostileNesting()
        {
            Assert.Throws<FormatException>(() => Json.Parse(new string('[', 10000)));
        }

        [Test]
        public void WritesAnonymousObjectsDictionariesAndScalars()
        {
            var dictionary = new Dictionary<string, object> { { "TelName", "北京\"朝阳\"" }, { "cateid", new[] { 61, 62 } } };
            string json = Json.Serialize(new
            {
                text = "a\\b\u0001\0",
                number = 3,
                money = 12.5m,
                ratio = 0.1,
                flag = false,
                none = (string)null,
                urgency = Urgency.High,
                day = new DateTime(2025, 6, 30),
                moment = new DateTime(2025, 6, 30, 8, 5, 9),
                filters = dictionary,
            });

            Assert.AreEqual(
                "{\"text\":\"a\\\\b\\u0001\\u0000\",\"number\":3,\"money\":12.5,\"ratio\":0.1,\"flag\":false,\"none\":null,"
                + "\"urgency\":2,\"day\":\"2025-06-30\",\"moment\":\"2025-06-30 08:05:09\","
                + "\"filters\":{\"TelName\":\"北京\\\"朝阳\\\"\",\"cateid\":[61,62]}}",
                json);
        }

        [Test]
        public void RoundTripsThroughParse()
        {
            const string text = "{\"rows\":[{\"title\":\"“加急”\",\"n\":1}],\"page\":null}";
            Assert.AreEqual(text, Json.Serialize(Json.Parse(text)));
            Assert.AreEqual(text, Json.Parse(text).ToString());
        }

        [Test]
        public void RefusesValuesJsonCannotHold()
        {
            Assert.Throws<ArgumentException>(() => Json.Serialize(new { x = double.NaN }));
            var cycle = new List<object>();
            cycle.Add(cycle);
            Assert.Throws<ArgumentException>(() => Json.Serialize(cycle));
        }
    }
}
