// TraceSource.TraceData is [Conditional("TRACE")]: defined here, the events reach the listeners whatever symbols the
// project is built with (Mono's mcs defines none).
#define TRACE

using System;
using System.Diagnostics;
using System.Threading;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// The library's log events: on the <see cref="TraceSource"/> named <c>AfterSales</c> (<see cref="Source"/>), for a
    /// host that routes tracing with its own listeners, and on the static <see cref="Event"/>, for a host with a logger
    /// of its own.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Levels map to <see cref="TraceEventType"/>: error to <c>Error</c>, warn to <c>Warning</c> (a failed call, a retry,
    /// a re-login), info to <c>Information</c> (a call, a login, a token), debug to <c>Verbose</c> (every HTTP request
    /// and response). No event holds a password, app secret, token, sign, session or query string.
    /// </para>
    /// <para>
    /// The native library builds an event only when its level is wanted. Before each call the clients compare what
    /// <see cref="Source"/>'s switch (when it has listeners) and the <see cref="Event"/> handlers (at
    /// <see cref="EventLevels"/>) want with what the library was last told, and tell it again only when that changed:
    /// with neither, the native callback is not registered and a call costs a few field reads. A change of the switch
    /// takes effect at the next call.
    /// </para>
    /// </remarks>
    public static class AfterSalesLog
    {
        private static readonly object Gate = new object();

        // Referenced for the life of the process: native code holds a pointer to it once it is registered, and a
        // collected delegate would be a call into freed memory.
        private static readonly NativeMethods.LogCallback Callback = Deliver;

        private static EventHandler<AfterSalesLogEventArgs> handlers;
        private static int eventLevels = (int)SourceLevels.Information;
        private static int applied;

        static AfterSalesLog()
        {
            Source = new TraceSource("AfterSales");

            // An unloaded AppDomain (a .NET Framework plugin) leaves no code for the pointer to reach.
            AppDomain.CurrentDomain.DomainUnload += (sender, args) => Unregister();
            AppDomain.CurrentDomain.ProcessExit += (sender, args) => Unregister();
        }

        /// <summary>
        /// Receives every event at <see cref="EventLevels"/> (or more severe), on the thread that made the call, from
        /// any thread, possibly several at once. <c>sender</c> is null. An exception thrown by a handler is dropped: it
        /// cannot travel back through the native call.
        /// </summary>
        public static event EventHandler<AfterSalesLogEventArgs> Event
        {
            add
            {
                lock (Gate)
                {
                    handlers += value;
                }
            }

            remove
            {
                lock (Gate)
                {
                    handlers -= value;
                }
            }
        }

        /// <summary>
        /// The <see cref="TraceSource"/> <c>AfterSales</c>. Its switch is <c>Off</c> unless the host turns it on, in code
        /// (<c>AfterSalesLog.Source.Switch.Level = SourceLevels.Information</c>) or in <c>app.config</c>
        /// (<c>&lt;system.diagnostics&gt;&lt;sources&gt;&lt;source name="AfterSales" switchValue="Information"&gt;</c>). Each
        /// event is traced with <see cref="TraceSource.TraceData(TraceEventType, int, object)"/>, its data the
        /// <see cref="AfterSalesLogEventArgs"/>, whose <c>ToString()</c> is a readable line.
        /// </summary>
        public static TraceSource Source { get; private set; }

        /// <summary>The levels the <see cref="Event"/> handlers receive; <see cref="SourceLevels.Information"/> by default (calls, logins, warnings), <see cref="SourceLevels.Verbose"/> adds every HTTP request.</summary>
        public static SourceLevels EventLevels
        {
            get { return (SourceLevels)Volatile.Read(ref eventLevels); }
            set { Volatile.Write(ref eventLevels, (int)value); }
        }

        /// <summary>Tells the library the level wanted now, when it changed since the last call.</summary>
        internal static void Sync()
        {
            if (Wanted() == Volatile.Read(ref applied))
            {
                return;
            }

            lock (Gate)
            {
                // Another thread may have told it meanwhile, or the levels changed again: apply what holds now.
                int wanted = Wanted();
                if (wanted != applied)
                {
                    NativeMethods.aftersales_set_log_callback(wanted == 0 ? null : Callback, IntPtr.Zero, (uint)wanted);
                    Volatile.Write(ref applied, wanted);
                }
            }
        }

        private static int Wanted()
        {
            int wanted = Volatile.Read(ref handlers) == null ? 0 : NativeLevel(EventLevels);
            if (Source.Listeners.Count > 0)
            {
                wanted = Math.Max(wanted, NativeLevel(Source.Switch.Level));
            }

            return wanted;
        }

        // The C ABI's minimum level (4 debug ... 1 error, 0 none) for the most detailed type the levels let through.
        private static int NativeLevel(SourceLevels levels)
        {
            for (int native = 4; native > 0; native--)
            {
                if ((levels & (SourceLevels)TypeOf((uint)native)) != 0)
                {
                    return native;
                }
            }

            return 0;
        }

        private static TraceEventType TypeOf(uint level)
        {
            switch (level)
            {
                case 1:
                    return TraceEventType.Error;
                case 2:
                    return TraceEventType.Warning;
                case 3:
                    return TraceEventType.Information;
                default:
                    return TraceEventType.Verbose;
            }
        }

        private static void Deliver(IntPtr userData, uint level, IntPtr eventJson)
        {
            // An exception must not unwind into native code (the runtime would end the process), and the call that
            // emitted the event goes on whatever a listener or handler does.
            try
            {
                TraceEventType type = TypeOf(level);
                bool traced = Source.Switch.ShouldTrace(type);
                EventHandler<AfterSalesLogEventArgs> raised = Volatile.Read(ref handlers);
                if ((EventLevels & (SourceLevels)type) == 0)
                {
                    raised = null;
                }

                if (!traced && raised == null)
                {
                    return;
                }

                string json = Utf8Marshal.FromNative(eventJson);
                var args = new AfterSalesLogEventArgs(type, json, Json.Parse(json) as JsonObject ?? new JsonObject());
                if (traced)
                {
                    try
                    {
                        Source.TraceData(type, 0, args);
                    }
                    catch (Exception)
                    {
                        // A failing listener must not keep the event from the handlers.
                    }
                }

                if (raised != null)
                {
                    foreach (EventHandler<AfterSalesLogEventArgs> handler in raised.GetInvocationList())
                    {
                        try
                        {
                            handler(null, args);
                        }
                        catch (Exception)
                        {
                            // Nor a failing handler from the others.
                        }
                    }
                }
            }
            catch (Exception)
            {
                // As above: nothing may leave the callback.
            }
        }

        private static void Unregister()
        {
            lock (Gate)
            {
                // Never registered: nothing to undo, and the library may not even be loaded.
                if (applied == 0)
                {
                    return;
                }

                NativeMethods.aftersales_set_log_callback(null, IntPtr.Zero, 0);
                Volatile.Write(ref applied, 0);
            }
        }
    }
}
