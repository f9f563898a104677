namespace InfoGov.Api.Tests.TestHost;

/// <summary>The repository root, found from the test binaries by looking for InfoGov.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "InfoGov.sln"))) return dir.FullName;
        throw new InvalidOperationException("InfoGov.sln not found above " + AppContext.BaseDirectory);
    }
}
