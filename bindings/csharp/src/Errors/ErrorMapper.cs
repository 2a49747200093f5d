using System;
using System.Globalization;

namespace AfterSales
{
    /// <summary>Builds the exception for the <c>error</c> object of a failure envelope.</summary>
    internal static class ErrorMapper
    {
        /// <summary>
        /// Picks the class of the <c>code</c> where one calls for its own handling (<c>outcome_unknown</c>), else the
        /// class of the <c>family</c>, so that a code added to the library later still lands in the right family; an
        /// unknown family gives the base class.
        /// </summary>
        internal static AfterSalesException FromError(JsonObject error)
        {
            string code = TextOf(error, "code") ?? "internal_error";
            string family = TextOf(error, "family") ?? string.Empty;
            string message = TextOf(error, "message") ?? code;
            bool retryable = ValueOf(error, "retryable") as bool? == true;

            AfterSalesException exception;
            if (code == "outcome_unknown")
            {
                exception = new AfterSalesOutcomeUnknownException(code, message, retryable);
            }
            else
            {
                exception = FromFamily(code, family, message, retryable);
            }

            exception.Parameter = TextOf(error, "parameter");
            exception.HttpStatus = HttpStatusOf(error);
            exception.VendorCode = TextOf(error, "vendor_code");
            exception.VendorMessage = TextOf(error, "vendor_message");
            exception.CaptchaUrl = TextOf(error, "captcha_url");
            exception.RequestId = TextOf(error, "request_id");
            return exception;
        }

        private static AfterSalesException FromFamily(string code, string family, string message, bool retryable)
        {
            switch (family)
            {
                case "input":
                    return new AfterSalesInputException(code, message, retryable);
                case "auth":
                    return new AfterSalesAuthException(code, message, retryable);
                case "transport":
                    return new AfterSalesTransportException(code, message, retryable);
                case "vendor":
                    return new AfterSalesVendorException(code, message, retryable);
                case "decode":
                    return new AfterSalesDecodeException(code, message, retryable);
                case "internal":
                    return new AfterSalesInternalException(code, message, retryable);
                default:
                    return new AfterSalesException(code, family, message, retryable);
            }
        }

        // Reading an error must never throw in its place, whatever type a field turns out to have.
        private static string TextOf(JsonObject error, string name)
        {
            object value = ValueOf(error, name);
            if (value == null || value is string)
            {
                return (string)value;
            }

            if (value is JsonObject || value is JsonArray || value is bool)
            {
                return Json.Serialize(value);
            }

            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        private static int? HttpStatusOf(JsonObject error)
        {
            object status = ValueOf(error, "http_status");
            if (status is long && (long)status >= int.MinValue && (long)status <= int.MaxValue)
            {
                return (int)(long)status;
            }

            return null;
        }

        private static object ValueOf(JsonObject error, string name)
        {
            object value;
            return error.TryGetValue(name, out value) ? value : null;
        }
    }
}
