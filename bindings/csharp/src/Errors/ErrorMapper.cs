using System;
using System.Globalization;

namespace AfterSales
{
    /// <summary>Builds the exception for the <c>error</c> object of a failure envelope.</summary>
    internal static class ErrorMapper
    {
        /// <summary>
        /// Picks the class by <c>family</c>, not by <c>code</c>, so that a code added to the library later still lands
        /// in the right class; an unknown family gives the base class.
        /// </summary>
        internal static AfterSalesException FromError(JsonObject error)
        {
            string code = TextOf(error, "code") ?? "internal_error";
            string family = TextOf(error, "family") ?? string.Empty;
            string message = TextOf(error, "message") ?? code;
            bool retryable = ValueOf(error, "retryable") as bool? == true;

            AfterSalesException exception;
            switch (family)
            {
                case "input":
                    exception = new AfterSalesInputException(code, message, retryable);
                    break;
                case "auth":
                    exception = new AfterSalesAuthException(code, message, retryable);
                    break;
                case "transport":
                    exception = new AfterSalesTransportException(code, message, retryable);
                    break;
                case "vendor":
                    exception = new AfterSalesVendorException(code, message, retryable);
                    break;
                case "decode":
                    exception = new AfterSalesDecodeException(code, message, retryable);
                    break;
                case "internal":
                    exception = new AfterSalesInternalException(code, message, retryable);
                    break;
                default:
                    exception = new AfterSalesException(code, family, message, retryable);
                    break;
            }

            exception.Parameter = TextOf(error, "parameter");
            exception.HttpStatus = HttpStatusOf(error);
            exception.VendorCode = TextOf(error, "vendor_code");
            exception.VendorMessage = TextOf(error, "vendor_message");
            exception.CaptchaUrl = TextOf(error, "captcha_url");
            return exception;
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
