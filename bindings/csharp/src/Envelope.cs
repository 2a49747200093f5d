using System;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>Turns the envelope strings the library returns into responses or exceptions, freeing each string once.</summary>
    internal static class Envelope
    {
        /// <summary>Reads, frees and unpacks an envelope: the response on success, else the mapped exception is thrown.</summary>
        internal static AfterSalesResponse Take(IntPtr envelope)
        {
            JsonObject parsed = Parse(TakeString(envelope));
            if (parsed.GetBoolean("ok") != true)
            {
                throw ToException(parsed);
            }

            return Response(parsed);
        }

        /// <summary>
        /// Reads, frees and unpacks a cursor page's envelope without throwing for a failure: the response, or null with
        /// <paramref name="error"/> set to the failure's <c>error</c> object. <paramref name="ended"/> tells that the walk
        /// ends here: <c>meta.done</c>, which a failure carries too, or a success without data.
        /// </summary>
        internal static AfterSalesResponse TakePage(IntPtr envelope, out JsonObject error, out bool ended)
        {
            JsonObject parsed = Parse(TakeString(envelope));
            ended = (parsed.GetObject("meta") ?? new JsonObject()).GetBoolean("done") == true;
            if (parsed.GetBoolean("ok") == true)
            {
                error = null;
                AfterSalesResponse page = Response(parsed);

                // data is null only after the last page; ending on it too means a walk can never spin.
                ended = ended || page.Data == null;
                return page;
            }

            error = parsed.GetObject("error");
            if (error == null)
            {
                throw Malformed("it has neither ok: true nor an error");
            }

            return null;
        }

        /// <summary>Reads and frees the error envelope a constructor stored in its <c>error_json</c> out parameter.</summary>
        internal static AfterSalesException TakeError(IntPtr envelope)
        {
            return ToException(Parse(TakeString(envelope)));
        }

        /// <summary>Copies a returned string and frees it, also when copying fails.</summary>
        internal static string TakeString(IntPtr text)
        {
            if (text == IntPtr.Zero)
            {
                // The contract returns NULL only when memory ran out.
                throw new OutOfMemoryException("libaftersales could not allocate its answer");
            }

            try
            {
                return Utf8Marshal.FromNative(text);
            }
            finally
            {
                NativeMethods.aftersales_string_free(text);
            }
        }

        private static JsonObject Parse(string text)
        {
            object parsed;
            try
            {
                parsed = Json.Parse(text);
            }
            catch (FormatException error)
            {
                throw Malformed(error.Message);
            }

            var envelope = parsed as JsonObject;
            if (envelope == null)
            {
                throw Malformed("it is not a JSON object");
            }

            return envelope;
        }

        private static AfterSalesResponse Response(JsonObject envelope)
        {
            object data;
            envelope.TryGetValue("data", out data);
            if (data != null && !(data is JsonObject))
            {
                throw Malformed("its data is not a JSON object");
            }

            return new AfterSalesResponse((JsonObject)data, envelope.GetObject("meta") ?? new JsonObject());
        }

        private static AfterSalesException ToException(JsonObject envelope)
        {
            JsonObject error = envelope.GetObject("error");
            if (error == null)
            {
                return Malformed("it has neither ok: true nor an error");
            }

            return ErrorMapper.FromError(error);
        }

        // An envelope the wrapper cannot read is a bug on one side of the boundary, never a vendor problem.
        private static AfterSalesInternalException Malformed(string problem)
        {
            return new AfterSalesInternalException("internal_error", "libaftersales returned an envelope the .NET wrapper cannot read: " + problem, false);
        }
    }
}
