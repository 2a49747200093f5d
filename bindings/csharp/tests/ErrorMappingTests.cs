using System;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Error envelopes become the exception class of their family, or of their code where it has one.</summary>
    [TestFixture]
    public sealed class ErrorMappingTests
    {
        [TestCase("input", typeof(AfterSalesInputException))]
        [TestCase("auth", typeof(AfterSalesAuthException))]
        [TestCase("transport", typeof(AfterSalesTransportException))]
        [TestCase("vendor", typeof(AfterSalesVendorException))]
        [TestCase("decode", typeof(AfterSalesDecodeException))]
        [TestCase("internal", typeof(AfterSalesInternalException))]
        public void EachFamilyHasItsClassEvenForACodeAddedLater(string family, Type expected)
        {
            AfterSalesException error = Map("{\"code\":\"a_code_from_the_future\",\"family\":\"" + family + "\",\"message\":\"m\",\"retryable\":true}");

            Assert.AreEqual(expected, error.GetType());
            Assert.AreEqual("a_code_from_the_future", error.Code);
            Assert.AreEqual(family, error.Family);
            Assert.AreEqual("m", error.Message);
            Assert.IsTrue(error.Retryable);
        }

        [Test]
        public void OutcomeUnknownHasAClassOfItsOwnUnderTransport()
        {
            AfterSalesException error = Map("{\"code\":\"outcome_unknown\",\"family\":\"transport\",\"message\":\"m\",\"retryable\":false}");

            Assert.AreEqual(typeof(AfterSalesOutcomeUnknownException), error.GetType());
            Assert.IsInstanceOf<AfterSalesTransportException>(error);
            Assert.AreEqual("transport", error.Family);
            Assert.IsFalse(error.Retryable);
        }

        [Test]
        public void AnUnknownFamilyStillGivesTheBaseClass()
        {
            AfterSalesException error = Map("{\"code\":\"x\",\"family\":\"quantum\",\"message\":\"m\",\"retryable\":false}");

            Assert.AreEqual(typeof(AfterSalesException), error.GetType());
            Assert.AreEqual("quantum", error.Family);
        }

        [Test]
        public void VendorDetailsAreKeptWhateverTheirJsonType()
        {
            AfterSalesException error = Map(
                "{\"code\":\"vendor_error\",\"family\":\"vendor\",\"message\":\"m\",\"retryable\":false,\"vendor_code\":500,"
                + "\"vendor_message\":\"系统繁忙，请稍后再试\",\"http_status\":502,\"parameter\":\"pageSize\",\"captcha_url\":\"http://x/r.asp\"}");

            Assert.AreEqual("500", error.VendorCode);
            Assert.AreEqual("系统繁忙，请稍后再试", error.VendorMessage);
            Assert.AreEqual(502, error.HttpStatus);
            Assert.AreEqual("pageSize", error.Parameter);
            Assert.AreEqual("http://x/r.asp", error.CaptchaUrl);
        }

        [Test]
        public void AMinimalErrorDoesNotThrowWhileBeingRead()
        {
            AfterSalesException error = Map("{\"vendor_code\":{\"odd\":1},\"http_status\":\"x\"}");

            Assert.AreEqual("internal_error", error.Code);
            Assert.IsFalse(error.Retryable);
            Assert.AreEqual("{\"odd\":1}", error.VendorCode);
            Assert.IsNull(error.HttpStatus);
        }

        private static AfterSalesException Map(string errorJson)
        {
            return ErrorMapper.FromError((JsonObject)Json.Parse(errorJson));
        }
    }
}
