using System;
using System.IO;

namespace AfterSales.Tests
{
    /// <summary>Where the repository's files are: AFTERSALES_REPO_ROOT, else the first parent of the working directory holding include/aftersales.h.</summary>
    public static class TestPaths
    {
        public static string RepositoryRoot
        {
            get
            {
                string configured = Environment.GetEnvironmentVariable("AFTERSALES_REPO_ROOT");
                if (!string.IsNullOrEmpty(configured))
                {
                    return configured;
                }

                for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory != null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, Path.Combine("include", "aftersales.h"))))
                    {
                        return directory.FullName;
                    }
                }

                throw new InvalidOperationException("Set AFTERSALES_REPO_ROOT: no parent of the working directory holds include/aftersales.h");
            }
        }

        public static string Header
        {
            get { return Path.Combine(RepositoryRoot, Path.Combine("include", "aftersales.h")); }
        }
    }
}
