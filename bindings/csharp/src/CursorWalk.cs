using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace AfterSales
{
    /// <summary>Enumerates the pages of a native cursor, one page in memory at a time.</summary>
    internal static class CursorWalk
    {
        /// <summary>
        /// Opens a cursor when enumeration starts and frees it when enumeration ends, also when the caller stops early
        /// or a page fails; enumerating again starts a new walk from the first page.
        /// </summary>
        internal static IEnumerable<JsonObject> Pages<TCursor>(Func<TCursor> open, Func<TCursor, IntPtr> next)
            where TCursor : SafeHandle
        {
            using (TCursor cursor = open())
            {
                if (cursor.IsInvalid)
                {
                    throw new OutOfMemoryException("libaftersales could not allocate a cursor");
                }

                while (true)
                {
                    AfterSalesResponse page = Envelope.Take(next(cursor));
                    if (page.Data != null)
                    {
                        yield return page.Data;
                    }

                    // data is null only after the last page; stopping on it too means a walk can never spin.
                    if (page.Data == null || page.Meta.GetBoolean("done") == true)
                    {
                        yield break;
                    }
                }
            }
        }

        /// <summary>The rows of every page, in order.</summary>
        internal static IEnumerable<JsonObject> Rows(IEnumerable<JsonObject> pages)
        {
            foreach (JsonObject page in pages)
            {
                JsonArray rows = page.GetArray("rows");
                if (rows == null)
                {
                    continue;
                }

                foreach (JsonObject row in rows.Objects())
                {
                    yield return row;
                }
            }
        }
    }
}
