using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// Enumerates the pages of a native cursor, one page in memory at a time, and the rows of those pages.
    /// </summary>
    /// <remarks>
    /// The enumerators are written by hand rather than with <c>yield</c>: an iterator block is over once it has thrown,
    /// and a walk must be able to go on after a retryable failure, as the native cursor does.
    /// </remarks>
    internal static class CursorWalk
    {
        /// <summary>
        /// The pages of a list endpoint. Each enumeration opens a cursor at its first <c>MoveNext</c> and frees it when
        /// the walk ends or the enumerator is disposed (also when the caller stops early); enumerating again starts a new
        /// walk from the first page.
        /// </summary>
        internal static IEnumerable<JsonObject> Pages(Func<NativeHandle> open, Func<NativeHandle, IntPtr> next)
        {
            return new Enumeration(() => new PageEnumerator(open, next));
        }

        /// <summary>The rows of every page, in order, with the failure rules of the pages.</summary>
        internal static IEnumerable<JsonObject> Rows(IEnumerable<JsonObject> pages)
        {
            return new Enumeration(() => new RowEnumerator(pages.GetEnumerator()));
        }

        private sealed class Enumeration : IEnumerable<JsonObject>
        {
            private readonly Func<IEnumerator<JsonObject>> start;

            internal Enumeration(Func<IEnumerator<JsonObject>> start)
            {
                this.start = start;
            }

            public IEnumerator<JsonObject> GetEnumerator()
            {
                return start();
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }
        }

        /// <summary>
        /// One walk. A failed page throws from <c>MoveNext</c>; after a retryable failure the cursor stays on that page
        /// and the next <c>MoveNext</c> asks for it again, while any other failure ends the walk and is thrown again
        /// (as an equal exception) by every later <c>MoveNext</c> without a request.
        /// </summary>
        private sealed class PageEnumerator : IEnumerator<JsonObject>
        {
            private readonly Func<NativeHandle> open;
            private readonly Func<NativeHandle, IntPtr> next;
            private NativeHandle cursor;
            private bool finished;
            private JsonObject failure;

            internal PageEnumerator(Func<NativeHandle> open, Func<NativeHandle, IntPtr> next)
            {
                this.open = open;
                this.next = next;
            }

            public JsonObject Current { get; private set; }

            object IEnumerator.Current
            {
                get
                {
                    return Current;
                }
            }

            public bool MoveNext()
            {
                if (failure != null)
                {
                    throw ErrorMapper.FromError(failure);
                }

                if (finished)
                {
                    return false;
                }

                if (cursor == null)
                {
                    cursor = open();
                }

                JsonObject error;
                bool ended;
                AfterSalesResponse page = Envelope.TakePage(next(cursor), out error, out ended);
                if (ended)
                {
                    // The native cursor would only repeat itself from here, so it is freed now and a failure kept.
                    finished = true;
                    failure = error;
                    cursor.Dispose();
                }

                if (error != null)
                {
                    throw ErrorMapper.FromError(error);
                }

                Current = page.Data;
                return Current != null;
            }

            public void Reset()
            {
                throw new NotSupportedException("enumerate the pages again to walk anew from the first page");
            }

            public void Dispose()
            {
                if (cursor != null)
                {
                    cursor.Dispose();
                }
            }
        }

        private sealed class RowEnumerator : IEnumerator<JsonObject>
        {
            private readonly IEnumerator<JsonObject> pages;
            private IEnumerator<JsonObject> rows = Enumerable.Empty<JsonObject>().GetEnumerator();

            internal RowEnumerator(IEnumerator<JsonObject> pages)
            {
                this.pages = pages;
            }

            public JsonObject Current
            {
                get
                {
                    return rows.Current;
                }
            }

            object IEnumerator.Current
            {
                get
                {
                    return Current;
                }
            }

            public bool MoveNext()
            {
                while (!rows.MoveNext())
                {
                    if (!pages.MoveNext())
                    {
                        return false;
                    }

                    JsonArray pageRows = pages.Current.GetArray("rows");
                    rows = (pageRows == null ? Enumerable.Empty<JsonObject>() : pageRows.Objects()).GetEnumerator();
                }

                return true;
            }

            public void Reset()
            {
                throw new NotSupportedException("enumerate the rows again to walk anew from the first page");
            }

            public void Dispose()
            {
                pages.Dispose();
            }
        }
    }
}
