using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AfterSales.Native
{
    /// <summary>
    /// On .NET Framework, loads aftersales.dll for the process architecture from <c>runtimes\win-&lt;arch&gt;\native\</c>
    /// below AfterSales.dll (where the package's build targets copy it), or from beside AfterSales.dll.
    /// </summary>
    /// <remarks>
    /// .NET Framework searches only the assembly's own directory and the Windows DLL path, never the
    /// <c>runtimes</c> folders that .NET 6+ reads from <c>deps.json</c>, and an AnyCPU host may run as x86 or x64.
    /// Once a module named aftersales.dll is loaded, Windows hands it to every <c>DllImport("aftersales")</c>.
    /// </remarks>
    internal static class WindowsPreloader
    {
        private const string FileName = "aftersales.dll";

        internal static void TryPreload()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                || !RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
            {
                return;
            }

            string architecture = ArchitectureFolder();
            foreach (string directory in CandidateDirectories())
            {
                if (TryLoad(Path.Combine(directory, Path.Combine("runtimes", Path.Combine("win-" + architecture, Path.Combine("native", FileName)))))
                    || TryLoad(Path.Combine(directory, FileName)))
                {
                    return;
                }
            }
        }

        private static string ArchitectureFolder()
        {
            switch (RuntimeInformation.ProcessArchitecture)
            {
                case Architecture.X86:
                    return "x86";
                case Architecture.Arm64:
                    return "arm64";
                default:
                    return "x64";
            }
        }

        // CodeBase first: ASP.NET and some plugin hosts shadow-copy assemblies, and Location is then the copy.
        private static IEnumerable<string> CandidateDirectories()
        {
            Assembly assembly = typeof(WindowsPreloader).Assembly;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var candidates = new List<string>();
            Uri codeBase;
            if (Uri.TryCreate(assembly.CodeBase, UriKind.Absolute, out codeBase) && codeBase.IsFile)
            {
                candidates.Add(Path.GetDirectoryName(codeBase.LocalPath));
            }

            if (!string.IsNullOrEmpty(assembly.Location))
            {
                candidates.Add(Path.GetDirectoryName(assembly.Location));
            }

            candidates.Add(AppDomain.CurrentDomain.BaseDirectory);
            foreach (string candidate in candidates)
            {
                if (!string.IsNullOrEmpty(candidate) && seen.Add(candidate))
                {
                    yield return candidate;
                }
            }
        }

        // A file of the wrong architecture fails to load (error 193); the next candidate is then tried.
        private static bool TryLoad(string path)
        {
            return File.Exists(path) && LoadLibraryW(path) != IntPtr.Zero;
        }

        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern IntPtr LoadLibraryW(string path);
    }
}
